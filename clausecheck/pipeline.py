"""Analyse documents and dossiers: the only place that knows the order of the stages.

ingestion -> structure -> detection -> extraction give one DocumentResult per document
(clausecheck/analysis.py, what a worker runs); assessment turns the documents of a dossier into a TenderResult. `scan()` runs this over files,
folders and ZIPs through an executor (local processes by default) and streams the results;
`analyse_dossier()` analyses one dossier and returns its TenderResult.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from clausecheck.analysis import Engine, EngineOptions, analyse_item, engine_failure, start_worker
from clausecheck.ingestion import InputItem, discover
from clausecheck.model import is_readable_status
from clausecheck.results import DocumentResult, ScanInfo, ScanResult, ScanSummary, TenderResult

if TYPE_CHECKING:
    from clausecheck.executors import Executor

__all__ = ["Engine", "EngineOptions", "ScanRun", "analyse_dossier", "analyse_item", "compact", "engine_failure",
           "scan", "scan_json", "start_worker"]


# ----------------------------------------------------------------------------- a scan


def compact(document: DocumentResult) -> DocumentResult:
    """What the assessment of a dossier needs of a document: no sections, notes or traces."""
    return replace(
        document, sections=[], detection_notes=[], timings={},
        findings=[replace(f, trace=[], message="", rule_id="", section=None) for f in document.findings],
    )


@dataclass
class ScanRun:
    """One scan, streamed: `documents()` yields each document as a worker finishes it (any order),
    then `tenders()` yields each dossier's assessment, dossiers sorted. Memory stays flat: a
    compact copy of each document waits in a temporary file, and only the documents of the dossier
    being assessed are read back (the file's offsets are kept by dossier)."""

    paths: list[Path]
    items: list[InputItem]
    executor: Executor
    options: EngineOptions
    reference_date: date | None = None
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    summary: ScanSummary = field(default_factory=ScanSummary)
    _pending: IO[bytes] | None = None
    _offsets: dict[str, list[int]] = field(default_factory=dict)  # dossier -> its documents in _pending
    _started: float = field(default_factory=time.perf_counter)
    _seconds: float | None = None

    def documents(self, progress: Callable[[int, int], None] | None = None) -> Iterator[DocumentResult]:
        from clausecheck.outputs.json_output import dumps

        self._pending = tempfile.TemporaryFile("w+b")
        self._offsets = {}
        by_status: Counter[str] = Counter()
        done = 0
        offset = 0
        for results in self.executor.map_unordered(self.items, self.options):
            for document in results:
                line = (dumps(compact(document)) + "\n").encode("utf-8")
                self._pending.write(line)
                self._offsets.setdefault(document.dossier or document.path, []).append(offset)
                offset += len(line)
                self.summary.documents += 1
                self.summary.pages += document.page_count
                by_status[document.text_status] += 1
                yield document
            done += 1
            if progress:
                progress(done, len(self.items))
        self.summary.by_status = dict(by_status)
        self.summary.ok = sum(count for status, count in by_status.items() if is_readable_status(status))
        self.summary.failed = self.summary.documents - self.summary.ok
        self.summary.reruns = self.executor.reruns()

    def tenders(self) -> Iterator[TenderResult]:
        from clausecheck.assessment import assess_tenders
        from clausecheck.outputs.json_output import load_document

        if self._pending is None:  # documents() not consumed: run it now, results discarded
            for _ in self.documents():
                pass
        pending = self._pending
        assert pending is not None

        def read(offset: int) -> DocumentResult:
            pending.seek(offset)
            return load_document(json.loads(pending.readline()))

        for dossier in sorted(self._offsets):  # the order assess_tenders gives when it has them all
            documents = [read(offset) for offset in self._offsets[dossier]]
            for tender in assess_tenders(documents, scan_date=self.started_at.date(), override_date=self.reference_date):
                self.summary.tenders += 1
                yield tender
        pending.close()
        self._seconds = time.perf_counter() - self._started

    @property
    def seconds(self) -> float:
        return self._seconds if self._seconds is not None else time.perf_counter() - self._started

    def info(self) -> ScanInfo:
        return ScanInfo(
            started_at=self.started_at.isoformat(timespec="seconds"),
            finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
            roots=[str(p) for p in self.paths],
            reference_date=self.reference_date.isoformat() if self.reference_date else None,
            workers=self.executor.workers,
            seconds=round(self.seconds, 2),
            ocr=self.options.ocr,
        )

    def result(self, progress: Callable[[int, int], None] | None = None) -> ScanResult:
        """The whole scan in memory (an API job, the report of a small scan, tests)."""
        from clausecheck.outputs.json_output import engine_info

        documents = list(self.documents(progress))
        tenders = list(self.tenders())
        return ScanResult(engine=engine_info(), documents=documents, tenders=tenders, scan=self.info(),
                          summary=self.summary)


def scan(paths: Sequence[Path | str], *, executor: Executor | None = None, reference_date: date | None = None,
         use_model: bool = True, exclude: Sequence[Path] = (), ocr: str = "auto",
         ocr_cache_dir: Path | str | None = None) -> ScanRun:
    """Scan files, folders and ZIPs. `executor` runs the documents (default: this process);
    `exclude` names files not to read (the scan's own outputs written in a scanned folder);
    `ocr` reads scanned pages: auto (when Tesseract is installed), off, force (every page);
    `ocr_cache_dir` keeps what OCR read, so the same file is never read twice (docs/ocr.md)."""
    from clausecheck.executors import SerialExecutor

    roots = [Path(p) for p in paths]
    items = discover(roots, exclude=list(exclude))
    options = EngineOptions(use_model=use_model, ocr=ocr, ocr_cache_dir=str(ocr_cache_dir) if ocr_cache_dir else None)
    return ScanRun(roots, items, executor or SerialExecutor(), options, reference_date)


def analyse_dossier(paths: Sequence[Path | str], *, reference_date: date | None = None,
                    use_model: bool = True) -> TenderResult:
    """Analyse the files of one dossier (a folder, a ZIP, or several files) as one consultation."""
    from clausecheck.assessment import assess_dossier

    run = scan(paths, reference_date=reference_date, use_model=use_model)
    documents = [compact(d) for d in run.documents()]
    label = Path(paths[0]).name if len(paths) == 1 else "dossier"
    return assess_dossier(label, documents, scan_date=run.started_at.date(), override_date=reference_date)


def scan_json(paths: Sequence[Path | str], **options: Any) -> dict[str, Any]:
    """`scan(...).result()` as the JSON the command line writes (tests, benchmarks, the API)."""
    from clausecheck.outputs.json_output import to_jsonable

    executor = options.pop("executor", None)
    workers = options.pop("workers", None)
    if executor is None and workers:
        from clausecheck.executors import make_executor

        executor = make_executor(workers)
    data = to_jsonable(scan(paths, executor=executor, **options).result())
    assert isinstance(data, dict)
    return data
