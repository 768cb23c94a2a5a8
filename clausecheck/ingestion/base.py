"""What every format reader returns, and the errors it may raise."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from clausecheck.model import OcrReport, StructuredField, TextStatus


@dataclass(slots=True)
class Limits:
    """Bounds on what one input may cost; exceeding them is reported, never fatal to a batch."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_pages: int = 3000
    max_sheet_rows: int = 20_000
    zip_max_depth: int = 2
    zip_max_members: int = 5_000
    zip_max_total_bytes: int = 1024 * 1024 * 1024
    zip_max_ratio: float = 200.0  # uncompressed / compressed, for members above 1 MiB
    pdf_table_pages: int = 6  # pages per PDF where pdfplumber looks for tables


DEFAULT_LIMITS = Limits()

# pdfium keeps global state and is not thread-safe: two threads inside it at once crash the whole
# process (the API may run analyses, and check uploads, in threads). Every call into pypdfium2 holds it.
PDFIUM_LOCK = threading.RLock()


class IngestionError(Exception):
    """A reader's known failure: the document gets this status and French message."""

    def __init__(self, status: TextStatus, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(slots=True)
class RawPage:
    text: str
    has_text_layer: bool = True
    tables: list[list[list[str]]] = field(default_factory=list)
    removed_lines: list[str] = field(default_factory=list)  # headers/footers given apart by the format
    # Set by OCR (ingestion/ocr.py): how the text was obtained, and how sure the reading is.
    text_source: str = "text_layer"
    ocr_confidence: float | None = None
    ocr_trusted: bool = False
    source_image: str = ""


@dataclass(slots=True)
class Extracted:
    pages: list[RawPage]
    fields: list[StructuredField] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    ocr: OcrReport | None = None  # set by ingestion/ocr.py when some page or picture needed OCR
    ocr_seconds: float = 0.0
    paginated: bool = False  # true pages: look for running headers and footers


def format_size(size: int) -> str:
    """A size as a person reads it, in French units."""
    for unit, factor in (("Go", 1024**3), ("Mo", 1024**2), ("Ko", 1024)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}".replace(".", ",")
    return f"{size} octets"
