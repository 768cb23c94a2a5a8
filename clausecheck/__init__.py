"""clausecheck: what French public tender documents really commit to (social, insertion,
reserved, environmental clauses; lots, amounts, accessibility, thresholds).

    import clausecheck
    tender = clausecheck.analyse_dossier(["dce/"])            # one dossier -> TenderResult
    run = clausecheck.scan(["dossiers/"], executor=...)       # many -> documents(), then tenders()
"""

from __future__ import annotations

from typing import Any

from clausecheck.version import __version__

__all__ = ["__version__", "analyse_dossier", "scan"]


def __getattr__(name: str) -> Any:
    # the engine loads on first use, so `import clausecheck` stays light
    if name in ("analyse_dossier", "scan"):
        from clausecheck import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
