"""Run the pipeline over many inputs through an executor, streaming results to disk.

Memory stays flat whatever the number of documents: each finished document is written to the
JSON output at once, and only a compact copy of it waits in a temporary file until the
dossiers are assessed at the end.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from clausecheck.ingestion import InputItem, discover, ingest_file
from clausecheck.model import CATEGORIES
from clausecheck.outputs.json_output import (
    SCHEMA_VERSION,
    aggregate_considerations,
    decp_values,
    document_to_dict,
    engine_info,
)

# ----------------------------------------------------------------------------- executors


class Executor(Protocol):
    """Runs `analyse_item` over items, yielding results as they finish (any order)."""

    def map_unordered(self, items: list[InputItem]) -> Iterator[list[dict[str, Any]]]: ...


_ENGINE = None
_ENGINE_OPTIONS: dict[str, Any] = {}


def _init_worker(options: dict[str, Any]) -> None:
    global _ENGINE, _ENGINE_OPTIONS
    from clausecheck.pipeline import Engine

    _ENGINE_OPTIONS = options
    _ENGINE = Engine(use_model=options.get("use_model", True))
    _ENGINE.warm_up()


def analyse_item(item: InputItem) -> list[dict[str, Any]]:
    """Read and analyse one input (a ZIP gives several documents). Never raises."""
    if _ENGINE is None:
        _init_worker(_ENGINE_OPTIONS)
    results = []
    started = time.perf_counter()
    documents = ingest_file(item.path, item.display_path, item.dossier)
    ingest_time = (time.perf_counter() - started) / max(len(documents), 1)
    for document in documents:
        try:
            analysis = _ENGINE.analyse(document)
            analysis.timings["ingest"] = ingest_time
            results.append(document_to_dict(analysis))
        except Exception as error:  # one document's failure is reported, the batch goes on
            results.append(_engine_failure(document.path, document.dossier, error))
    return results


def _engine_failure(path: str, dossier: str, error: Exception) -> dict[str, Any]:
    reason = f"Erreur interne de l'analyse : {type(error).__name__}: {error}"[:300]
    return {
        "path": path, "dossier": dossier, "text_status": "corrupt", "status_message": reason,
        "considerations": {c: None for c in CATEGORIES}, "unknown_reasons": {c: reason for c in CATEGORIES},
        "insertion_hours": None, "reservation_bases": [], "allotment": {"divided": None, "lot_count": None},
        "amounts": {"estimated_ht": None, "max_ht": None}, "findings": [], "facts": {}, "doc_type": None,
        "decp": decp_values({c: None for c in CATEGORIES}),
    }


class SerialExecutor:
    def __init__(self, options: dict[str, Any]):
        self.options = options

    def map_unordered(self, items: list[InputItem]) -> Iterator[list[dict[str, Any]]]:
        _init_worker(self.options)
        for item in items:
            yield analyse_item(item)


class ProcessExecutor:
    """Local worker processes; a distributed engine would implement the same method."""

    def __init__(self, workers: int, options: dict[str, Any]):
        self.workers = workers
        self.options = options

    def map_unordered(self, items: list[InputItem]) -> Iterator[list[dict[str, Any]]]:
        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        # large files first so that no worker is left with a long one at the end
        ordered = sorted(items, key=lambda item: -_size(item.path))
        with context.Pool(self.workers, initializer=_init_worker, initargs=(self.options,), maxtasksperchild=200) as pool:
            yield from pool.imap_unordered(analyse_item, ordered, chunksize=4)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def make_executor(workers: int, options: dict[str, Any]) -> Executor:
    return SerialExecutor(options) if workers <= 1 else ProcessExecutor(workers, options)


# ----------------------------------------------------------------------------- scan


@dataclass
class ScanOutcome:
    documents: int = 0
    by_status: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    tenders: int = 0
    seconds: float = 0.0
    pages: int = 0

    @property
    def failed(self) -> int:
        return self.documents - self.by_status.get("ok", 0)


_COMPACT_KEYS = ("path", "dossier", "doc_type", "title", "text_status", "status_message", "considerations",
                 "unknown_reasons", "insertion_hours", "reservation_bases", "allotment", "amounts", "decp", "facts",
                 "findings", "page_count")


def _compact(document: dict[str, Any]) -> dict[str, Any]:
    compact = {key: document.get(key) for key in _COMPACT_KEYS}
    compact["findings"] = [
        {k: f.get(k) for k in ("category", "kind", "polarity", "score", "attributes", "evidence", "legal_basis")}
        for f in document.get("findings") or []
    ]
    return compact


def scan(
    paths: list[Path],
    json_out: Path,
    *,
    workers: int = 1,
    reference_date: date | None = None,
    use_model: bool = True,
    progress: Callable[[int, int], None] | None = None,
    exclude: list[Path] | None = None,
) -> ScanOutcome:
    """Scan files, folders and ZIPs; write the scan JSON to `json_out`, streaming documents.

    `exclude` names files not to read (the scan's own outputs when written in a scanned folder).
    """
    started = time.perf_counter()
    started_at = datetime.now(timezone.utc)
    items = discover(paths, exclude=[json_out, *(exclude or [])])
    outcome = ScanOutcome()
    executor = make_executor(workers, {"use_model": use_model})
    json_out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as pending, open(json_out, "w", encoding="utf-8") as out:
        out.write('{"schema_version": %s,\n "engine": %s,\n "documents": [\n'
                  % (json.dumps(SCHEMA_VERSION), json.dumps(engine_info(), ensure_ascii=False)))
        first = True
        done = 0
        for results in executor.map_unordered(items):
            for document in results:
                out.write(("" if first else ",\n") + json.dumps(document, ensure_ascii=False))
                first = False
                pending.write(json.dumps(_compact(document), ensure_ascii=False) + "\n")
                outcome.documents += 1
                outcome.pages += document.get("page_count") or 0
                outcome.by_status[document.get("text_status", "corrupt")] += 1
            done += 1
            if progress:
                progress(done, len(items))
        out.write("\n ],\n")
        pending.seek(0)
        tenders = build_tenders(_read_lines(pending), scan_date=started_at.date(), override_date=reference_date)
        out.write(' "tenders": [\n')
        for index, tender in enumerate(tenders):
            out.write(("" if index == 0 else ",\n") + json.dumps(tender, ensure_ascii=False))
            outcome.tenders += 1
        out.write("\n ],\n")
        outcome.seconds = time.perf_counter() - started
        scan_info = {
            "started_at": started_at.isoformat(timespec="seconds"),
            "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "roots": [str(p) for p in paths],
            "reference_date": reference_date.isoformat() if reference_date else None,
            "workers": workers,
            "seconds": round(outcome.seconds, 2),
        }
        summary = {"documents": outcome.documents, "ok": outcome.by_status.get("ok", 0), "failed": outcome.failed,
                   "by_status": dict(outcome.by_status), "tenders": outcome.tenders, "pages": outcome.pages}
        out.write(' "scan": %s,\n "summary": %s\n}\n' % (json.dumps(scan_info, ensure_ascii=False), json.dumps(summary)))
    return outcome


def _read_lines(handle) -> Iterator[dict[str, Any]]:
    for line in handle:
        if line.strip():
            yield json.loads(line)


def build_tenders(documents: Iterable[dict[str, Any]], *, scan_date: date, override_date: date | None) -> list[dict[str, Any]]:
    """Group documents into tenders (dossiers) and assess each.

    A folder of published notices is not one tender: when every document of a dossier is a
    notice, each notice stands as its own tender.
    """
    from clausecheck.assessment import aggregate_tender, assess_tender

    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for document in documents:
        groups[document.get("dossier") or document["path"]].append(document)
    tenders: list[dict[str, Any]] = []
    for dossier in sorted(groups):
        members = groups[dossier]
        if len(members) > 1 and all(doc.get("doc_type") == "AVIS" for doc in members):
            units = [(doc["path"], [doc]) for doc in sorted(members, key=lambda d: d["path"])]
        else:
            units = [(dossier, sorted(members, key=lambda d: d["path"]))]
        for tender_id, docs in units:
            tenders.append(_tender(tender_id, docs, scan_date, override_date, aggregate_tender, assess_tender))
    return tenders


def _tender(tender_id, docs, scan_date, override_date, aggregate_tender, assess_tender) -> dict[str, Any]:
    considerations = aggregate_considerations(docs)
    hours = [doc.get("insertion_hours") for doc in docs if doc.get("insertion_hours")]
    bases = sorted({base for doc in docs for base in doc.get("reservation_bases") or []})
    tender: dict[str, Any] = {
        "id": tender_id,
        "path": tender_id,
        "documents": [doc["path"] for doc in docs],
        "unreadable_documents": [
            {"path": doc["path"], "text_status": doc.get("text_status"), "status_message": doc.get("status_message")}
            for doc in docs if doc.get("text_status") != "ok"
        ],
        "considerations": considerations,
        # the same hours are often restated in several pieces (RC, CCAP, AE): keep the largest statement
        "insertion_hours": max(hours) if hours else None,
        "reservation_bases": bases,
        "decp": decp_values(considerations),
    }
    tender.update(aggregate_tender(docs))
    tender.update(assess_tender(tender, docs, scan_date=scan_date, override_date=override_date))
    return tender


def scan_to_dict(paths: list[Path], *, reference_date: date | None = None, workers: int = 1,
                 use_model: bool = True) -> dict[str, Any]:
    """Scan and return the whole result as a dict (for the API, the report and tests)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "scan.json"
        scan([Path(p) for p in paths], out, workers=workers, reference_date=reference_date, use_model=use_model)
        return json.loads(out.read_text(encoding="utf-8"))


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))
