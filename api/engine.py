"""Thin adapter over the clausecheck engine, so the service can be tested with another engine.

`Engine` gathers the few engine functions the API calls. `real_engine()` takes them from clausecheck's
library entry points; tests may pass any object with the same attributes to `create_app(engine=...)`.
`scan` and `warm_up` must be picklable module-level functions when jobs run in worker processes.

`scan(paths, reference_date=None, progress=None)` analyses the roots of one analysis and returns the
typed `ScanResult`; `progress(done, total)` is called as each input file is done. The real engine's
scan keeps the pages it reads by OCR under the data directory (`Settings.ocr_cache_dir`), so the same
file uploaded twice is read once. With a Dask scheduler (`CLAUSECHECK_DASK_SCHEDULER`), the documents
are analysed on that cluster and the API's workers only hand them over (the cluster's workers get the
uploaded files' bytes unless they see the data directory).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clausecheck.results import ScanResult

Progress = Callable[[int, int], None]


def scan(paths: list[Path], reference_date: date | None = None, progress: Progress | None = None, *,
         ocr_cache_dir: str | None = None, dask_scheduler: str | None = None) -> ScanResult:
    """The library's scan in this process (each API worker runs one analysis at a time), or on the
    Dask cluster of `dask_scheduler`."""
    from clausecheck.pipeline import scan as run_scan

    executor = None
    if dask_scheduler:
        from clausecheck.executors import make_executor

        executor = make_executor(1, scheduler=dask_scheduler)
    return run_scan([Path(p) for p in paths], reference_date=reference_date, executor=executor,
                    ocr_cache_dir=ocr_cache_dir).result(progress=progress)


def render_report(result: dict[str, Any]) -> str:
    """The HTML report of a stored analysis (the JSON of a scan)."""
    from clausecheck.outputs.json_output import load_scan
    from clausecheck.outputs.report import render_report as _render

    return _render(load_scan(result))


def export_table(result: dict[str, Any], suffix: str) -> bytes:
    """The dossier table of a stored analysis; `suffix` is ".csv" or ".xlsx"."""
    from clausecheck.outputs.json_output import load_scan
    from clausecheck.outputs.tabular import table_bytes

    return table_bytes(load_scan(result), suffix)


def rules_catalog() -> list[dict[str, Any]]:
    from clausecheck.detection.rules import rules_catalog as _rules

    return _rules()


def thresholds_catalog() -> list[dict[str, Any]]:
    from clausecheck.assessment import thresholds_catalog as _thresholds

    return _thresholds()


def warm_up() -> None:
    """Load the engine (rules, passage model, language model) in a worker process before the first job."""
    try:
        from clausecheck.pipeline import EngineOptions, start_worker

        start_worker(EngineOptions())
    except Exception:  # pragma: no cover - a real problem is reported when a job runs
        pass


@dataclass
class Engine:
    scan: Callable[..., ScanResult] = scan
    render_report: Callable[[dict[str, Any]], str] = render_report
    export_table: Callable[[dict[str, Any], str], bytes] = export_table
    rules_catalog: Callable[[], list[dict[str, Any]]] = rules_catalog
    thresholds_catalog: Callable[[], list[dict[str, Any]]] = thresholds_catalog
    warm_up: Callable[[], None] | None = warm_up


def real_engine(ocr_cache_dir: Path | None = None, *, dask_scheduler: str | None = None) -> Engine:
    """The library's engine; `ocr_cache_dir` keeps what OCR reads; with `dask_scheduler`, analyses run
    on that Dask cluster and the API's workers load no engine of their own (picklable partials: jobs
    run in processes)."""
    if ocr_cache_dir is None and not dask_scheduler:
        return Engine()
    cache = str(Path(ocr_cache_dir).resolve()) if ocr_cache_dir is not None else None
    return Engine(scan=partial(scan, ocr_cache_dir=cache, dask_scheduler=dask_scheduler or None),
                  warm_up=None if dask_scheduler else warm_up)
