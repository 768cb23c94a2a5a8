"""The dated table of legal thresholds (rules/thresholds.yml) and the settings (rules/settings.yml)."""

from __future__ import annotations

import copy
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from clausecheck.resources import read_yaml, rules_dir


@lru_cache(maxsize=4)
def _load_yaml(path: str) -> dict[str, Any]:
    return read_yaml(path) or {}


def load_thresholds(path: Path | None = None) -> list[dict[str, Any]]:
    data = _load_yaml(str(path or rules_dir() / "thresholds.yml"))
    return copy.deepcopy(data.get("thresholds", []))


def load_settings(path: Path | None = None) -> dict[str, Any]:
    return copy.deepcopy(_load_yaml(str(path or rules_dir() / "settings.yml")))


def _d(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def valid_from(entry: dict[str, Any]) -> date | None:
    return _d(entry.get("valid_from"))


def in_force(entry: dict[str, Any], on: date) -> bool:
    start, end = _d(entry.get("valid_from")), _d(entry.get("valid_to"))
    return (start is None or start <= on) and (end is None or on <= end)


def nature_key(nature: str | None) -> str:
    return "travaux" if nature == "travaux" else "fournitures_services"


def find(kind: str, on: date, nature: str | None = None, buyer: str | None = None,
         table: list[dict[str, Any]] | None = None) -> dict[str, Any] | None:
    """The threshold of `kind` in force on `on` for this nature of contract (and buyer type)."""
    table = table if table is not None else load_thresholds()
    wanted = nature_key(nature) if nature is not None else None
    best = None
    for entry in table:
        if entry.get("kind") != kind or not in_force(entry, on):
            continue
        n = entry.get("nature", "tous")
        if n != "tous" and wanted is not None and n != wanted:
            continue
        if n != "tous" and wanted is None and n != "fournitures_services":
            continue
        b = entry.get("buyer")
        if buyer is not None and b not in (None, "tous", buyer):
            continue
        if buyer is None and b not in (None, "tous", "autres"):
            continue
        best = entry
    return best


def thresholds_catalog() -> list[dict[str, Any]]:
    """Every threshold with its validity, source and verification status (for the API)."""
    return load_thresholds()
