"""Shared helpers for the bilan tests: the real DECP files (../shared/decp) and the fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED_DECP = REPO.parent / "shared" / "decp"
DATA = Path(__file__).resolve().parent / "data"
CROIX = "moreymat+decp-marches-securises/data/processed/decp_21590163800019_2019-01-01_2021-12-31.json"


@pytest.fixture(scope="session")
def decp_dir() -> Path:
    if not (SHARED_DECP / "data").is_dir():
        pytest.skip("../shared/decp absent : tests sur les fichiers DECP réels ignorés")
    return SHARED_DECP


def real_files(decp_dir: Path) -> list[Path]:
    """Every real data file the issue means: the .json, .zip and .csv files under data/."""
    return sorted(p for p in (decp_dir / "data").rglob("*") if p.is_file() and p.suffix in (".json", ".zip", ".csv"))


def import_into(store, paths):
    from clausecheck.ingestion.decp import Importer

    return Importer(store).import_paths(paths)
