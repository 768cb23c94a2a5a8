"""PDF: fast text per page with pypdfium2; pdfplumber only for tables on the few pages that need them."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from clausecheck.ingestion.base import PDFIUM_LOCK, Extracted, IngestionError, Limits, RawPage
from clausecheck.model import TextStatus

# A page worth a table pass: it speaks of lots and carries amounts, or gives amounts in thousands or millions
# (a table's bare figures under « (k€ HT) »).
_TABLE_HINT = re.compile(r"(?is)\blots?\b.{0,400}?\d[\d  .]{2,}(?:,\d{2})?\s*(?:€|eur|euros|HT)"
                         # the currency said once in a column's header, bare figures in its cells: « (€ HT) » … « 600 000 »
                         r"|\blots?\b.{0,400}?\(\s*(?:€|eur|euros)\s*(?:HT|H\.T\.)?\s*\).{0,400}?\b\d{1,3}[  .]\d{3}\b"
                         r"|\b[km]€|\b(?:milliers|millions)\s+d.euros"
                         # the currency said in the sentence above the table: « Les maximums, en euros hors taxes, sont les
                         # suivants : » then « Lot 1 - Gymnases 110 000 110 000 115 000 »
                         r"|\beuros?\s+(?:hors\s+taxes|h\.?t\.?)\b.{0,600}?\blots?\b.{0,200}?\b\d{1,3}[  .]\d{3}\b")


def read_pdf(data: bytes, limits: Limits) -> Extracted:
    with PDFIUM_LOCK:
        count, pages, table_pages = _read_text(data, limits)
    if count == 0:
        raise IngestionError(TextStatus.CORRUPT, "PDF sans aucune page.")
    _add_tables(data, pages, table_pages)
    return Extracted(pages=pages, paginated=True, metadata={"page_count": count})


def _read_text(data: bytes, limits: Limits) -> tuple[int, list[RawPage], list[int]]:
    """Each page's text, and the pages worth a table pass (the caller holds PDFIUM_LOCK)."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        text = str(error).lower()
        if "password" in text:
            raise IngestionError(TextStatus.ENCRYPTED, "PDF protégé par un mot de passe : son texte ne peut pas être lu.") from error
        raise IngestionError(TextStatus.CORRUPT, f"PDF illisible ou endommagé ({error}).") from error
    try:
        count = len(pdf)
        if count > limits.max_pages:
            raise IngestionError(TextStatus.TOO_LARGE, f"PDF de {count} pages : au-delà de la limite de {limits.max_pages} pages.")
        pages: list[RawPage] = []
        table_pages: list[int] = []
        for index in range(count):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
                has_layer = bool(text.strip()) or not _has_images(page)
                # pdfplumber finds tables from drawn rules: a page with none cannot yield one
                if len(table_pages) < limits.pdf_table_pages and _TABLE_HINT.search(text) and _ruled(page):
                    table_pages.append(index)
            finally:
                page.close()
            pages.append(RawPage(text=text, has_text_layer=has_layer))
    finally:
        pdf.close()
    return count, pages, table_pages


def _has_images(page: pdfium.PdfPage) -> bool:
    return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))


def _ruled(page: pdfium.PdfPage, minimum: int = 4) -> bool:
    count = 0
    for obj in page.get_objects(max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            count += 1
            if count >= minimum:
                return True
    return False


def _add_tables(data: bytes, pages: list[RawPage], candidates: list[int]) -> None:
    """Tables (lots and amounts) on the few ruled pages whose text suggests them; layout needs pdfplumber."""
    if not candidates:
        return
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as document:
            for index in candidates:
                page = document.pages[index]
                try:
                    tables = page.extract_tables()
                finally:
                    page.flush_cache()
                pages[index].tables = [
                    [[" ".join((cell or "").split()) for cell in row] for row in table if any(row)]
                    for table in tables
                ]
    except Exception:  # tables are a bonus: the page text is already there
        return
