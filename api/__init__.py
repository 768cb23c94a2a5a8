"""HTTP service of clausecheck (FastAPI), versioned under /v1. See api/app.py."""

__version__ = "1.0.0"
