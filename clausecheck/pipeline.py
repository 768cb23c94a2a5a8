"""Analyse one document: the only place that knows the order of the stages.

ingestion (done before) -> structure -> detection -> extraction. Assessment works per dossier,
after every document of it is analysed (see interfaces/batch.py).
"""

from __future__ import annotations

import time

from clausecheck.model import CATEGORIES, Document, DocumentAnalysis


class Engine:
    """Holds what is costly to load (rules, spaCy, classifier) once per process."""

    def __init__(self, use_model: bool = True):
        self.use_model = use_model
        self._detector = None

    @property
    def detector(self):
        if self._detector is None:
            from clausecheck.detection import Detector

            self._detector = Detector(use_classifier=self.use_model)
        return self._detector

    def warm_up(self) -> None:
        """Load rules, the classifier and spaCy's parser now, so that no document's timing pays for it."""
        from clausecheck.detection.negation import nlp

        self.detector.classifier()
        nlp()

    def analyse(self, document: Document) -> DocumentAnalysis:
        from clausecheck.extraction import extract
        from clausecheck.structure import apply_structure

        analysis = DocumentAnalysis(document=document)
        if not document.text_status.readable:
            reason = document.status_message or "document illisible"
            analysis.considerations = {category: None for category in CATEGORIES}
            analysis.unknown_reasons = {category: reason for category in CATEGORIES}
            return analysis
        started = time.perf_counter()
        apply_structure(document)
        analysis.timings["structure"] = time.perf_counter() - started

        started = time.perf_counter()
        result = self.detector.detect(document)
        analysis.findings = result.findings
        analysis.considerations = result.considerations
        analysis.unknown_reasons = result.unknown_reasons
        analysis.insertion_hours = result.insertion_hours
        analysis.reservation_bases = result.reservation_bases
        analysis.notes = list(result.trace)
        analysis.timings["detect"] = time.perf_counter() - started

        started = time.perf_counter()
        analysis.facts = extract(document)
        analysis.timings["extract"] = time.perf_counter() - started
        return analysis
