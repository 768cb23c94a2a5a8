"""Habits of the code base that no linter checks: no source file grows past 600 lines (issue 10).

A file that long does several jobs: split it by job (as clausecheck/results*.py are) rather than
raise the limit. Tests, sample dossiers and the training data are not held to it.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 600
SOURCE_SUFFIXES = {".py", ".js", ".css", ".html", ".j2", ".sh", ".mako"}
EXEMPT = ("tests/", "samples/", "models/training/")
SKIPPED_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", "out", "build", "dist", "test-artifacts",
                "data", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def source_files() -> list[Path]:
    found = []
    for path in ROOT.rglob("*"):
        relative = path.relative_to(ROOT)
        if any(part in SKIPPED_DIRS for part in relative.parts[:-1]) or not path.is_file():
            continue
        if path.suffix in SOURCE_SUFFIXES and not relative.as_posix().startswith(EXEMPT):
            found.append(path)
    return found


def test_the_walk_finds_the_code():
    names = {path.relative_to(ROOT).as_posix() for path in source_files()}
    assert {"clausecheck/results.py", "api/app.py", "scripts/test.sh"} <= names
    assert not any(name.startswith("tests/") for name in names)


def test_no_source_file_over_600_lines():
    long = {}
    for path in source_files():
        with path.open(encoding="utf-8", errors="replace") as handle:
            count = sum(1 for _ in handle)
        if count > MAX_LINES:
            long[path.relative_to(ROOT).as_posix()] = count
    assert not long, (f"fichiers de plus de {MAX_LINES} lignes : {long} — "
                      "découpez-les par rôle (comme clausecheck/results*.py)")
