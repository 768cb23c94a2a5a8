"""Thin adapter over the clausecheck engine, so the service can be tested with another engine.

`Engine` gathers the few engine functions the API calls. `real_engine()` imports them lazily from
clausecheck; tests may pass any object with the same attributes to `create_app(engine=...)`.
`scan` must be a picklable module-level function when jobs run in worker processes.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable


def scan(paths: list[Path], reference_date: date | None = None) -> dict:
    from clausecheck.pipeline import scan_json

    return scan_json([Path(p) for p in paths], reference_date=reference_date)


def render_report(result: dict) -> str:
    """The HTML report of a stored analysis (the JSON of a scan)."""
    from clausecheck.outputs.json_output import load_scan
    from clausecheck.outputs.report import render_report as _render

    return _render(load_scan(result))


def export_table(result: dict, suffix: str) -> bytes:
    """The dossier table of a stored analysis; `suffix` is ".csv" or ".xlsx"."""
    from clausecheck.outputs.json_output import load_scan
    from clausecheck.outputs.tabular import table_bytes

    return table_bytes(load_scan(result), suffix)


def rules_catalog() -> list[dict]:
    from clausecheck.detection.rules import rules_catalog as _rules

    return _rules()


def thresholds_catalog() -> list[dict]:
    from clausecheck.assessment import thresholds_catalog as _thresholds

    return _thresholds()


def warm_up() -> None:
    """Load the engine (language model, rules) in a worker process before the first job arrives."""
    try:
        with tempfile.TemporaryDirectory(prefix="clausecheck-warmup-") as tmp:
            sample = Path(tmp) / "echauffement.txt"
            sample.write_text("Le titulaire réalise 100 heures d'insertion professionnelle.", encoding="utf-8")
            scan([sample])
    except Exception:  # pragma: no cover - a real problem is reported when a job runs
        pass


def noop() -> None:
    """Sent to a fresh worker pool so its processes start (and warm up) at once."""


@dataclass
class Engine:
    scan: Callable[..., dict] = scan
    render_report: Callable[[dict], str] = render_report
    export_table: Callable[[dict, str], bytes] = export_table
    rules_catalog: Callable[[], list[dict]] = rules_catalog
    thresholds_catalog: Callable[[], list[dict]] = thresholds_catalog
    warm_up: Callable[[], None] | None = warm_up


def real_engine() -> Engine:
    return Engine()


def result_tags(result: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Categories present in any tender or document, and flags raised, in a scan result."""
    categories: set[str] = set()
    flags: set[str] = set()
    for item in list(result.get("tenders") or []) + list(result.get("documents") or []):
        for cat, value in (item.get("considerations") or {}).items():
            if value is True:
                categories.add(str(cat)[:100])
    for tender in result.get("tenders") or []:
        for flag in tender.get("flags") or []:
            if isinstance(flag, dict):
                flag = flag.get("code") or flag.get("id") or flag.get("kind") or flag.get("name")
            if flag:
                flags.add(str(flag)[:100])
    return categories, flags
