"""The typed objects every stage passes on. Nothing else is shared between stages.

Data flows one way: ingestion builds a Document (pages, text, offsets back to the source),
structure fills its sections and type, detection adds Findings, extraction adds Facts,
assessment scores the dossier, outputs serialise it all.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


# Where a sentence ends in analysis text: end punctuation before a space, a blank line, a page break.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n|\f")

CATEGORIES: tuple[str, ...] = (
    "clause_sociale",
    "clause_insertion",
    "critere_social",
    "marche_reserve",
    "clause_environnementale",
    "critere_environnemental",
)

CATEGORY_LABELS: dict[str, str] = {  # what a person reads (DECP vocabulary, plus the insertion sub-kind)
    "clause_sociale": "Clause sociale",
    "clause_insertion": "Clause d'insertion",
    "critere_social": "Critère social",
    "marche_reserve": "Marché réservé",
    "clause_environnementale": "Clause environnementale",
    "critere_environnemental": "Critère environnemental",
}

RESERVATION_BASES: tuple[str, ...] = ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15")

DOC_TYPES: tuple[str, ...] = (
    "RC", "CCAP", "CCTP", "AE", "BPU", "DPGF", "DQE", "AVIS", "QR", "FORM", "CADRE", "AUTRE",
)


@dataclass(slots=True)
class OffsetMap:
    """Piecewise map from normalised offsets to raw offsets.

    Segment i covers normalised [norm_starts[i], next start) and came from raw
    [raw_starts[i], raw_ends[i]); when both lengths match the map is linear inside it.
    """

    norm_starts: list[int] = field(default_factory=list)
    raw_starts: list[int] = field(default_factory=list)
    raw_ends: list[int] = field(default_factory=list)
    norm_length: int = 0

    def add(self, norm_start: int, norm_len: int, raw_start: int, raw_end: int) -> None:
        if norm_len <= 0:
            return
        self.norm_starts.append(norm_start)
        self.raw_starts.append(raw_start)
        self.raw_ends.append(raw_end)
        self.norm_length = norm_start + norm_len

    def _segment(self, offset: int) -> int:
        return max(bisect.bisect_right(self.norm_starts, offset) - 1, 0)

    def _norm_len(self, i: int) -> int:
        nxt = self.norm_starts[i + 1] if i + 1 < len(self.norm_starts) else self.norm_length
        return nxt - self.norm_starts[i]

    def to_raw_start(self, offset: int) -> int:
        if not self.norm_starts:
            return offset
        i = self._segment(offset)
        if self._norm_len(i) == self.raw_ends[i] - self.raw_starts[i]:
            return self.raw_starts[i] + min(offset - self.norm_starts[i], self._norm_len(i))
        return self.raw_starts[i]

    def to_raw_end(self, offset: int) -> int:
        """Raw end for a normalised exclusive end offset."""
        if not self.norm_starts:
            return offset
        i = self._segment(max(offset - 1, 0))
        if self._norm_len(i) == self.raw_ends[i] - self.raw_starts[i]:
            return self.raw_starts[i] + min(offset - self.norm_starts[i], self._norm_len(i))
        return self.raw_ends[i]

    def shifted(self, norm_delta: int, raw_delta: int) -> "OffsetMap":
        return OffsetMap(
            [s + norm_delta for s in self.norm_starts],
            [s + raw_delta for s in self.raw_starts],
            [e + raw_delta for e in self.raw_ends],
            self.norm_length + norm_delta,
        )

    def extend(self, other: "OffsetMap") -> None:
        self.norm_starts.extend(other.norm_starts)
        self.raw_starts.extend(other.raw_starts)
        self.raw_ends.extend(other.raw_ends)
        self.norm_length = max(self.norm_length, other.norm_length)


class TextStatus(str, Enum):
    OK = "ok"
    NO_TEXT_LAYER = "no_text_layer"
    ENCRYPTED = "encrypted"
    CORRUPT = "corrupt"
    UNSUPPORTED = "unsupported"
    TOO_LARGE = "too_large"

    @property
    def readable(self) -> bool:
        return self is TextStatus.OK


@dataclass(slots=True)
class Page:
    """One page (or sheet, or the whole of a flow format) as read from the source.

    `raw_text` is what the parser gave; `text` is the normalised analysis text, and
    `offset_map` maps offsets of `text` back to `raw_text`, so a finding on `text` can always
    quote and point at the original.
    """

    number: int
    raw_text: str
    text: str = ""
    offset_map: OffsetMap | None = None
    has_text_layer: bool = True
    removed_lines: list[str] = field(default_factory=list)  # running headers/footers kept aside
    tables: list[list[list[str]]] = field(default_factory=list)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` to the matching span of `raw_text`."""
        if self.offset_map is None:
            return start, end
        return self.offset_map.to_raw_start(start), max(self.offset_map.to_raw_end(end), self.offset_map.to_raw_start(start))


@dataclass(slots=True)
class Evidence:
    """Where a claim comes from: enough for a person to check it in ten seconds."""

    document: str
    page: int
    char_start: int  # offsets in the page's raw extracted text
    char_end: int
    quote: str
    context: str = ""  # the sentence around the quote, so it reads without opening the document

    def to_dict(self) -> dict[str, Any]:
        data = {
            "document": self.document,
            "page": self.page,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "quote": self.quote,
        }
        if self.context and self.context != self.quote:
            data["context"] = self.context
        return data


@dataclass(slots=True)
class Section:
    """A heading and the span of analysis text it governs (document-level offsets)."""

    number: str | None
    title: str
    level: int
    page: int
    start: int
    end: int
    parent: int | None = None  # index in Document.sections

    def label(self) -> str:
        return f"{self.number} {self.title}".strip() if self.number else self.title


@dataclass(slots=True)
class StructuredField:
    """A field of a structured notice (BOAMP/TED/eForms XML): element path, attributes, text."""

    path: str
    text: str
    attributes: dict[str, str] = field(default_factory=dict)
    offset: int = 0  # where its text starts in the document's analysis text


@dataclass(slots=True)
class Document:
    path: str  # relative to the scanned root, '/' separators; inside a ZIP: 'a.zip/inner.pdf'
    dossier: str  # identifier of the dossier (tender) the document belongs to
    format: str  # pdf, docx, odt, xlsx, html, xml, txt, md, unknown
    size_bytes: int = 0
    sha256: str = ""
    pages: list[Page] = field(default_factory=list)
    text_status: TextStatus = TextStatus.OK
    status_message: str = ""  # French, for a person
    doc_type: str = "AUTRE"
    doc_type_reason: str = ""
    title: str = ""
    sections: list[Section] = field(default_factory=list)
    fields: list[StructuredField] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    # Built by `finalise_text()`: the analysis text of every page joined, and where each page starts.
    text: str = ""
    page_starts: list[int] = field(default_factory=list)

    PAGE_SEPARATOR = "\n\f\n"

    def finalise_text(self) -> None:
        parts: list[str] = []
        starts: list[int] = []
        pos = 0
        for page in self.pages:
            starts.append(pos)
            parts.append(page.text)
            pos += len(page.text) + len(self.PAGE_SEPARATOR)
        self.text = self.PAGE_SEPARATOR.join(parts)
        self.page_starts = starts

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def pages_without_text(self) -> list[int]:
        return [p.number for p in self.pages if not p.has_text_layer]

    def page_index_at(self, offset: int) -> int:
        return max(bisect.bisect_right(self.page_starts, offset) - 1, 0)

    def evidence(self, start: int, end: int, quote: str | None = None) -> Evidence:
        """Evidence for a [start, end) span of `self.text`, pointing into the raw page text."""
        if not self.pages:
            return Evidence(self.path, 1, start, end, quote if quote is not None else self.text[start:end])
        index = self.page_index_at(start)
        page = self.pages[index]
        local_start = start - self.page_starts[index]
        local_end = min(end - self.page_starts[index], len(page.text))
        raw_start, raw_end = page.raw_span(local_start, max(local_end, local_start + 1))
        if quote is None:
            quote = " ".join(self.text[start:end].split())
        return Evidence(self.path, page.number, raw_start, raw_end, quote, self.sentence_around(start, end))

    def sentence_around(self, start: int, end: int, reach: int = 160) -> str:
        """The sentence holding [start, end) of `self.text`, at most `reach` characters each side."""
        left_bound = max(0, start - reach)
        before = self.text[left_bound:start]
        cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=None)
        if cut is not None:
            left = left_bound + cut
        else:
            space = before.find(" ")
            left = left_bound + space + 1 if left_bound > 0 and space >= 0 else left_bound
        after = self.text[end:end + reach]
        match = _SENTENCE_END.search(after)
        if match:
            right = end + match.start() + (1 if after[match.start()] in ".!?" else 0)
        else:
            space = after.rfind(" ")
            right = end + space if end + reach < len(self.text) and space > 0 else end + len(after)
        text = " ".join(self.text[left:right].split())
        prefix = "… " if cut is None and left > 0 else ""
        suffix = " …" if not match and right < len(self.text) else ""
        return prefix + text + suffix

    def section_at(self, offset: int) -> Section | None:
        """The innermost section containing the offset."""
        best: Section | None = None
        for section in self.sections:
            if section.start <= offset < section.end and (best is None or section.level >= best.level):
                best = section
        return best


@dataclass(slots=True)
class Finding:
    """One social or environmental commitment (or its explicit absence) found in a document."""

    category: str  # one of CATEGORIES
    kind: str  # finer kind, e.g. 'heures_insertion', 'reserve_siae', 'critere_pondere'
    rule_id: str
    message: str  # French
    evidence: Evidence
    score: float
    source: str = "rule"  # 'rule', 'model' or 'rule+model'
    polarity: str = "present"  # 'present', or 'absent' for an explicit statement of absence
    severity: str = "INFO"
    legal_basis: list[str] = field(default_factory=list)
    decp_value: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    trace: list[str] = field(default_factory=list)
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "kind": self.kind,
            "rule_id": self.rule_id,
            "message": self.message,
            "polarity": self.polarity,
            "score": round(self.score, 3),
            "source": self.source,
            "severity": self.severity,
            "legal_basis": list(self.legal_basis),
            "decp_value": self.decp_value,
            "section": self.section,
            "evidence": self.evidence.to_dict(),
            "attributes": self.attributes,
            "trace": list(self.trace),
        }


@dataclass(slots=True)
class Fact:
    """An extracted value (amount, date, requirement, ...) with where it was read."""

    name: str
    value: Any
    evidence: list[Evidence] = field(default_factory=list)
    note: str = ""  # French, e.g. how a total was computed

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "note": self.note,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(slots=True)
class Lot:
    number: int | str
    title: str = ""
    estimated_ht: float | None = None
    min_ht: float | None = None
    max_ht: float | None = None
    duration_months: float | None = None
    reserved_bases: list[str] = field(default_factory=list)
    cpv: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "estimated_ht": self.estimated_ht,
            "min_ht": self.min_ht,
            "max_ht": self.max_ht,
            "duration_months": self.duration_months,
            "reserved_bases": list(self.reserved_bases),
            "cpv": list(self.cpv),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(slots=True)
class DocumentAnalysis:
    """Everything the engine concluded about one document."""

    document: Document
    findings: list[Finding] = field(default_factory=list)
    considerations: dict[str, bool | None] = field(default_factory=dict)
    unknown_reasons: dict[str, str] = field(default_factory=dict)  # category -> French reason
    insertion_hours: int | None = None
    reservation_bases: list[str] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # filled by extraction (see extraction/)
    notes: list[str] = field(default_factory=list)  # document-level decision notes (French)
    timings: dict[str, float] = field(default_factory=dict)
