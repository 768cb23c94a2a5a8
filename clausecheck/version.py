"""The version of clausecheck (also in pyproject.toml; tests/test_library.py checks they agree)."""

__version__ = "0.1.0"
