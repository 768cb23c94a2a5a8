"""The document as read: pages, analysis text, offset map, sections, evidence.

Ingestion builds a Document (pages, text, offsets back to the source) and structure fills its
sections and type. What the later stages conclude is in clausecheck/results.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Annotated, Any, TypeVar

from pydantic import ConfigDict, Field

from clausecheck.text import fold

T = TypeVar("T")


def described(about: str, **fields: str) -> Callable[[type[T]], type[T]]:
    """French descriptions of a result type and of its fields, for its generated JSON schema
    (docs/output-schema.md, the API's OpenAPI document). A field's own `Field(description=…)` wins."""

    def fill(schema: dict[str, Any]) -> None:
        schema["description"] = about
        for name, prop in (schema.get("properties") or {}).items():
            if name in fields and not prop.get("description"):
                prop["description"] = fields[name]

    def decorate(cls: type[T]) -> type[T]:
        cls.__pydantic_config__ = ConfigDict(json_schema_extra=fill)  # type: ignore[attr-defined]
        return cls

    return decorate


# Where a sentence ends in analysis text: end punctuation before a space, a blank line, a page break.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n|\f")

DOC_TYPES: tuple[str, ...] = (
    "RC", "CCAP", "CCTP", "AE", "BPU", "DPGF", "DQE", "AVIS", "QR", "FORM", "CADRE", "AUTRE",
)
# A blank form (DC1, DC2, ATTRI1, a notice's template): its boxes offer every answer and tick none, so it
# states nothing of the contract (« [ ] pour le marché public (en cas de non allotissement) »)
BLANK_FORM = "FORM"


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

    def shifted(self, norm_delta: int, raw_delta: int) -> OffsetMap:
        return OffsetMap(
            [s + norm_delta for s in self.norm_starts],
            [s + raw_delta for s in self.raw_starts],
            [e + raw_delta for e in self.raw_ends],
            self.norm_length + norm_delta,
        )

    def extend(self, other: OffsetMap) -> None:
        self.norm_starts.extend(other.norm_starts)
        self.raw_starts.extend(other.raw_starts)
        self.raw_ends.extend(other.raw_ends)
        self.norm_length = max(self.norm_length, other.norm_length)


class TextStatus(str, Enum):
    OK = "ok"
    OCR = "ocr"  # readable, and some of its text was read from images (OCR): see Page.text_source
    NO_TEXT_LAYER = "no_text_layer"
    ENCRYPTED = "encrypted"
    CORRUPT = "corrupt"
    UNSUPPORTED = "unsupported"
    TOO_LARGE = "too_large"

    @property
    def readable(self) -> bool:
        return is_readable_status(self.value)


# `text_status` values whose document was read and analysed: `ocr` is as readable as `ok`.
READABLE_STATUSES: frozenset[str] = frozenset({TextStatus.OK.value, TextStatus.OCR.value})


def is_readable_status(status: str | None) -> bool:
    """Whether a document with this `text_status` (a JSON string; none means ok) was read and analysed."""
    return (status or TextStatus.OK.value) in READABLE_STATUSES


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
    # How `raw_text` was obtained: 'text_layer' (read from the file) or 'ocr' (read from its image).
    text_source: str = "text_layer"
    ocr_confidence: float | None = None  # mean word confidence, 0-100, when text_source is 'ocr'
    ocr_trusted: bool = False  # OCR confidence reached rules/settings.yml ocr.min_confidence
    source_image: str = ""  # for a picture inside a DOCX/ODT: its name in the archive

    @property
    def text_unverified(self) -> bool:
        """No text to trust on this page: no text layer and no OCR, or OCR below the confidence bar."""
        if self.text_source == "ocr":
            return not self.ocr_trusted
        return not self.has_text_layer

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` to the matching span of `raw_text`."""
        if self.offset_map is None:
            return start, end
        return self.offset_map.to_raw_start(start), max(self.offset_map.to_raw_end(end), self.offset_map.to_raw_start(start))


@described(
    "La preuve d'un constat : de quoi la vérifier en dix secondes.",
    document="Chemin du document (comme `path`).",
    page="Numéro de page (ou de feuille), à partir de 1.",
    char_start="Position du début de la citation dans le texte extrait de la page.",
    char_end="Position de la fin de la citation dans le texte extrait de la page.",
    quote="La citation exacte.",
    context="La phrase autour de la citation ; absente quand elle ne ferait que la répéter.",
    text_source="« ocr » quand la page a été lue par reconnaissance de caractères ; absent pour une page lue "
                "dans sa couche texte.",
    ocr_confidence="Confiance moyenne des mots de la page lue par OCR (0 à 100) ; absente hors OCR.",
)
@dataclass(slots=True)
class Evidence:
    """Where a claim comes from: enough for a person to check it in ten seconds."""

    document: str
    page: int
    char_start: int  # offsets in the page's raw extracted text
    char_end: int
    quote: str
    # the sentence around the quote, so it reads without opening the document (left out when it
    # would only repeat the quote)
    context: Annotated[str, Field(exclude_if=lambda context: not context)] = ""
    # how the page's text was obtained: said only when it was read from its image (OCR)
    text_source: Annotated[str, Field(exclude_if=lambda source: source == "text_layer")] = "text_layer"
    ocr_confidence: Annotated[float | None, Field(exclude_if=lambda confidence: confidence is None)] = None

    def __post_init__(self) -> None:
        if self.context == self.quote:
            self.context = ""


def is_none(value: Any) -> bool:
    return value is None


@described(
    "Une page (ou une image d'un DOCX/ODT) lue par reconnaissance de caractères (OCR).",
    page="Numéro de la page dans le document (pour une image d'un DOCX/ODT : la page ajoutée après le texte).",
    confidence="Confiance moyenne des mots, de 0 à 100 ; null si aucun mot n'a été reconnu.",
    words="Nombre de mots reconnus (hors tampons et gribouillis écartés).",
    trusted="Confiance au moins égale au seuil (rules/settings.yml, ocr.min_confidence) : la page compte comme lue.",
    rotation="Degrés tournés dans le sens horaire pour lire la page droite (0, 90, 180, 270).",
    skew="Degrés de redressement d'une page numérisée de travers.",
    dpi="Résolution à laquelle la page a été lue.",
    cached="Lue dans le cache (le même fichier déjà lu), sans nouvelle OCR.",
    image="Pour une image d'un DOCX/ODT : son nom dans le fichier. Absent sinon.",
)
@dataclass(slots=True)
class OcrPageReport:
    page: int
    confidence: float | None = None
    words: int = 0
    trusted: bool = False
    rotation: int = 0
    skew: float = 0.0
    dpi: int = 300
    cached: bool = False
    image: Annotated[str | None, Field(exclude_if=is_none)] = None


@described(
    "Une page ou une image que l'OCR n'a pas lue, avec la raison.",
    message="Pourquoi, en français.",
    page="Numéro de la page, quand il s'agit d'une page. Absent sinon.",
    image="Nom de l'image dans le DOCX/ODT, quand il s'agit d'une image. Absent sinon.",
    confidence="Confiance de la lecture écartée (image sans texte lisible). Absente sinon.",
)
@dataclass(slots=True)
class OcrIssue:
    message: str
    page: Annotated[int | None, Field(exclude_if=is_none)] = None
    image: Annotated[str | None, Field(exclude_if=is_none)] = None
    confidence: Annotated[float | None, Field(exclude_if=is_none)] = None


@described(
    "Ce que la lecture OCR a fait sur un document qui avait des pages (ou des images) à lire.",
    mode="Mode de l'analyse (--ocr) : auto, off ou force.",
    available="Tesseract installé, avec son modèle de langue, et utilisé.",
    engine="Moteur et langue (« tesseract 5.3.0 (fra) »), ou null.",
    min_confidence="Seuil de confiance en vigueur (rules/settings.yml, ocr.min_confidence).",
    message="Pourquoi rien n'a été lu (OCR désactivée, Tesseract absent et comment l'installer) ; vide sinon.",
    pages="Les pages (ou images) lues, une par une.",
    cap="Pages (ou images) lues par OCR par document au plus (ocr.max_pages_per_document).",
    cap_reached="Le plafond a été atteint : des pages n'ont pas été lues.",
    pages_not_read="Pages qui demandaient l'OCR et n'ont pas été lues (plafond, ou OCR indisponible) : "
                   "leur contenu est inconnu.",
    images_not_read="Images d'un DOCX/ODT qui n'ont pas été lues (plafond, ou OCR indisponible).",
    images_skipped="Images d'un DOCX/ODT laissées de côté : logos, photos ou schémas sans texte lisible.",
    failed="Pages ou images dont la lecture a échoué.",
)
@dataclass(slots=True)
class OcrReport:
    mode: str = "auto"
    available: bool = False
    engine: str | None = None
    min_confidence: float = 0.0
    message: str = ""
    pages: list[OcrPageReport] = field(default_factory=list)
    cap: int = 0
    cap_reached: bool = False
    pages_not_read: list[int] = field(default_factory=list)
    images_not_read: list[str] = field(default_factory=list)
    images_skipped: list[OcrIssue] = field(default_factory=list)
    failed: list[OcrIssue] = field(default_factory=list)


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
    ocr: OcrReport | None = None  # what OCR did, when some page or picture needed it (ingestion/ocr.py)
    ocr_seconds: float = 0.0  # time OCR took on it (a timing: DocumentResult.timings["ocr"])
    # Built by `finalise_text()`: the analysis text of every page joined, and where each page starts.
    text: str = ""
    page_starts: list[int] = field(default_factory=list)
    _folded: str = field(default="", repr=False)

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
    def folded(self) -> str:
        """The folded view of `text` (clausecheck/text.py), computed once: same length, so its
        offsets are those of `text`."""
        if len(self._folded) != len(self.text):
            self._folded = fold(self.text)
        return self._folded

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def pages_without_text(self) -> list[int]:
        """Pages with no text to trust: no text layer and not read by OCR, or read below the confidence bar."""
        return [p.number for p in self.pages if p.text_unverified]

    def unverified_reason(self) -> str:
        """Why an absence cannot be checked on this document (French), or '' when every page was read."""
        parts: list[str] = []
        unread = [p.number for p in self.pages if p.text_unverified and p.text_source != "ocr"]
        if unread:
            parts.append(f"pages sans couche texte ({_first_ten(unread)})")
        weak = [p for p in self.pages if p.text_unverified and p.text_source == "ocr"]
        if weak:
            shown = [f"{p.number} ({'aucun mot reconnu' if p.ocr_confidence is None else f'{p.ocr_confidence:.0f} %'})"
                     for p in weak]
            parts.append(f"pages lues par OCR avec une confiance insuffisante ({_first_ten(shown)})")
        return " ; ".join(parts) + " : absence non vérifiable" if parts else ""

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
        return Evidence(self.path, page.number, raw_start, raw_end, quote, self.sentence_around(start, end),
                        page.text_source,
                        None if page.ocr_confidence is None else round(page.ocr_confidence, 1))

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



def _first_ten(items: list[Any]) -> str:
    return ", ".join(map(str, items[:10])) + (", …" if len(items) > 10 else "")
