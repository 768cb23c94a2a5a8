"""One document, from its bytes to its DocumentResult: ingestion -> structure -> detection ->
extraction, with what is costly to load (rules, spaCy, the passage model) held once per process.
This is what a worker runs; clausecheck/pipeline.py runs it over a scan through an executor.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clausecheck.categories import CATEGORIES, decp_values
from clausecheck.ingestion import InputItem, OcrOptions, ingest_bytes, ingest_file
from clausecheck.model import Document
from clausecheck.results import AllotmentSummary, AmountsSummary, DocumentResult, SectionSummary

if TYPE_CHECKING:
    from clausecheck.detection import Detector


@dataclass(frozen=True, slots=True)
class EngineOptions:
    """What a worker needs to build its engine (picklable, sent once per worker)."""

    use_model: bool = True
    ocr: str = "auto"  # scanned pages: auto (when Tesseract is installed), off, force (docs/ocr.md)
    ocr_cache_dir: str | None = None  # where pages read by OCR are kept by file sha256 (the API's); None: no cache

    def __post_init__(self) -> None:
        from clausecheck.ingestion.ocr import MODES

        if self.ocr not in MODES:  # said here, by the caller, not by a worker
            raise ValueError(f"mode OCR inconnu : « {self.ocr} » (attendu : {', '.join(MODES)})")


class Engine:
    """Holds what is costly to load (rules, spaCy, the passage model) once per process."""

    def __init__(self, use_model: bool = True) -> None:
        self.use_model = use_model
        self._detector: Detector | None = None

    @property
    def detector(self) -> Detector:
        if self._detector is None:
            from clausecheck.detection import Detector

            self._detector = Detector(use_classifier=self.use_model)
        return self._detector

    def warm_up(self) -> None:
        """Load rules, the passage model and spaCy's parser now, so that no document's timing pays for it."""
        from clausecheck.detection.parser import nlp

        self.detector.classifier()
        nlp()

    def analyse(self, document: Document, ingest_seconds: float | None = None) -> DocumentResult:
        from clausecheck.extraction import extract
        from clausecheck.extraction.hours import insertion_hours
        from clausecheck.structure import apply_structure

        result = _document_shell(document)
        timings: dict[str, float] = {"ocr": document.ocr_seconds} if document.ocr is not None else {}
        if not document.text_status.readable:
            reason = document.status_message or "document illisible"
            result.considerations = dict.fromkeys(CATEGORIES)
            result.unknown_reasons = dict.fromkeys(CATEGORIES, reason)
            result.decp = decp_values(result.considerations)
            result.timings = timings
            return result
        started = time.perf_counter()
        apply_structure(document)
        timings["structure"] = time.perf_counter() - started

        started = time.perf_counter()
        detected = self.detector.detect(document)
        timings["detect"] = time.perf_counter() - started

        started = time.perf_counter()
        facts = extract(document)
        reading = insertion_hours(detected.findings, document.folded, document, facts)
        hours = reading.total
        if reading.note:  # the first hours finding says how the document's total was computed
            first = next((f for f in detected.findings if f.category == "clause_insertion"
                          and f.attributes.get("hours_values")), None)
            if first is not None and hours is not None:  # a note always comes with its total
                first.trace.append(reading.note)
                first.attributes["hours_total"] = hours
            detected.trace.append(reading.note)
        timings["extract"] = time.perf_counter() - started
        if ingest_seconds is not None:
            timings["ingest"] = ingest_seconds

        result = _document_shell(document)  # structure has set the type, title and sections
        result.considerations = {category: detected.considerations.get(category) for category in CATEGORIES}
        result.unknown_reasons = dict(detected.unknown_reasons)
        result.insertion_hours = hours
        result.hours_commitments = reading.commitments
        result.reservation_bases = list(detected.reservation_bases)
        result.reservation_readings = dict(detected.reservation_readings)
        result.allotment = AllotmentSummary(facts.allotment.divided, facts.allotment.lot_count)
        result.amounts = AmountsSummary(facts.amounts.estimated_ht, facts.amounts.max_ht)
        result.decp = decp_values(result.considerations)
        result.findings = detected.findings
        result.detection_notes = list(detected.trace)
        result.facts = facts
        result.timings = timings
        return result


def _document_shell(document: Document) -> DocumentResult:
    """A document's identity and reading status, before any analysis."""
    readable = document.text_status.readable
    return DocumentResult(
        path=document.path,
        dossier=document.dossier,
        format=document.format,
        size_bytes=document.size_bytes,
        sha256=document.sha256,
        doc_type=document.doc_type if readable else None,
        doc_type_reason=document.doc_type_reason,
        title=document.title,
        text_status=document.text_status.value,
        status_message=document.status_message,
        page_count=document.page_count,
        pages_without_text=document.pages_without_text,
        ocr=document.ocr,
        sections=[SectionSummary(s.number, s.title, s.level, s.page) for s in document.sections[:300]],
    )


# ----------------------------------------------------------------------------- one input, in a worker

_ENGINE: Engine | None = None
_OPTIONS: EngineOptions | None = None
_OCR: OcrOptions | None = None  # OCR runs here, in the worker, with the reading of the file


def start_worker(options: EngineOptions) -> None:
    """Build this process's engine and load everything costly before the first document."""
    global _ENGINE, _OPTIONS, _OCR
    _OCR = OcrOptions.for_mode(options.ocr, cache_dir=options.ocr_cache_dir)
    _ENGINE = Engine(use_model=options.use_model)
    _ENGINE.warm_up()
    _OPTIONS = options


def engine_ready(options: EngineOptions) -> None:
    """Make sure this process's engine was built with these options (a long-lived worker of a
    cluster may serve scans made with other options)."""
    if _ENGINE is None or options != _OPTIONS:
        start_worker(options)


def analyse_item(item: InputItem, content: bytes | Document | None = None) -> list[DocumentResult]:
    """Read and analyse one input (a ZIP gives several documents). Never raises: a document the
    engine fails on is reported with the reason, the others are analysed. `content`, when given,
    is what `ingestion.read_input` gave for the item on another machine (its bytes, or why they
    could not be read); otherwise the file is read here."""
    if _ENGINE is None:
        start_worker(EngineOptions())
    assert _ENGINE is not None
    started = time.perf_counter()
    if content is None:
        documents = ingest_file(item.path, item.display_path, item.dossier, ocr=_OCR)
    elif isinstance(content, Document):
        documents = [content]
    else:
        documents = ingest_bytes(content, item.display_path, item.dossier, ocr=_OCR)
    ingest_seconds = (time.perf_counter() - started) / max(len(documents), 1)
    results = []
    for document in documents:
        try:
            results.append(_ENGINE.analyse(document, ingest_seconds))
        except Exception as error:  # one document's failure is reported, the batch goes on
            results.append(engine_failure(document, error))
    return results


def engine_failure(document: Document, error: Exception) -> DocumentResult:
    return not_analysed(document, f"Erreur interne de l'analyse : {type(error).__name__}: {error}")


def input_failure(item: InputItem, reason: str) -> DocumentResult:
    """An input that no worker could analyse (it took its worker down every time): reported with
    the reason, like an unreadable document, so that the rest of the scan goes on."""
    return not_analysed(Document(path=item.display_path, dossier=item.dossier, format="unknown"), reason)


def not_analysed(document: Document, reason: str) -> DocumentResult:
    reason = reason[:300]
    result = _document_shell(document)
    result.doc_type = None
    result.text_status = "corrupt"
    result.status_message = reason
    result.considerations = dict.fromkeys(CATEGORIES)
    result.unknown_reasons = dict.fromkeys(CATEGORIES, reason)
    result.decp = decp_values(result.considerations)
    result.sections = []
    return result
