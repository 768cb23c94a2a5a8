from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not (CORPUS / "labels.csv").exists():
        pytest.skip("../shared/corpus absent : tests sur corpus réel ignorés")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_scan(corpus_dir: Path) -> dict:
    """One scan of the real corpus shared by every test that needs it (it takes a while)."""
    from clausecheck.pipeline import scan_json

    return scan_json([corpus_dir], workers=2)
