"""Office formats: DOCX (python-docx, with tables, headers and footers), ODT (odfpy), XLSX (openpyxl)."""

from __future__ import annotations

import io
import zipfile

from clausecheck.ingestion.base import Extracted, IngestionError, Limits, RawPage
from clausecheck.model import TextStatus

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes, limits: Limits) -> Extracted:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise IngestionError(TextStatus.CORRUPT, f"Fichier Word (.docx) endommagé ({error}).") from error
    lines: list[str] = []
    tables: list[list[list[str]]] = []
    headings: list[dict] = []
    offset = 0

    def add_line(text: str) -> None:
        nonlocal offset
        lines.append(text)
        offset += len(text) + 1

    def walk(element) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag == _W + "p":
                text = _paragraph_text(child)
                style = _paragraph_style(child)
                if text.strip() and style and (style.lower().startswith("heading") or style.lower().startswith("titre")):
                    digits = "".join(ch for ch in style if ch.isdigit())
                    headings.append({"offset": offset, "level": int(digits) if digits else 1, "text": text.strip()})
                add_line(text)
            elif tag == _W + "tbl":
                rows = _table_rows(child)
                tables.append(rows)
                for row in rows:
                    add_line(" | ".join(cell for cell in row if cell))
            elif tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    walk(content)

    walk(document.element.body)
    removed: list[str] = []
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            try:
                for paragraph in part.paragraphs:
                    if paragraph.text.strip() and paragraph.text.strip() not in removed:
                        removed.append(paragraph.text.strip())
            except (ValueError, KeyError, AttributeError):
                continue
    page = RawPage(text="\n".join(lines), tables=tables, removed_lines=removed)
    return Extracted(pages=[page], metadata={"style_headings": headings})


def _paragraph_text(paragraph) -> str:
    parts: list[str] = []
    for node in paragraph.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        if node.tag == _W + "t":
            parts.append(node.text or "")
        elif node.tag == _W + "tab":
            parts.append(" ")
        else:
            parts.append("\n")
    return "".join(parts)


def _paragraph_style(paragraph) -> str | None:
    properties = paragraph.find(_W + "pPr")
    if properties is None:
        return None
    style = properties.find(_W + "pStyle")
    return style.get(_W + "val") if style is not None else None


def _table_rows(table) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.iter(_W + "tr"):
        cells = []
        for cell in row.iter(_W + "tc"):
            cells.append(" ".join(" ".join(_paragraph_text(p).split()) for p in cell.iter(_W + "p")).strip())
        rows.append(cells)
    return rows


def read_odt(data: bytes, limits: Limits) -> Extracted:
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load
    from odf.table import Table, TableCell, TableRow

    try:
        document = load(io.BytesIO(data))
    except Exception as error:  # odfpy raises many kinds
        raise IngestionError(TextStatus.CORRUPT, f"Fichier OpenDocument (.odt) endommagé ({error}).") from error
    lines: list[str] = []
    headings: list[dict] = []
    offset = 0
    body = document.text
    for node in body.childNodes:
        qname = getattr(node, "qname", None)
        if qname == (TEXTNS, "h"):
            text = teletype.extractText(node)
            try:
                level = node.getAttribute("outlinelevel") or "1"
            except (AttributeError, ValueError):  # odfpy raises when the optional attribute is absent
                level = "1"
            headings.append({"offset": offset, "level": int(level) if str(level).isdigit() else 1, "text": text.strip()})
            lines.append(text)
            offset += len(text) + 1
        elif qname == (TEXTNS, "p"):
            text = teletype.extractText(node)
            lines.append(text)
            offset += len(text) + 1
        else:
            text = teletype.extractText(node)
            if text.strip():
                lines.append(text)
                offset += len(text) + 1
    tables = []
    for table in document.getElementsByType(Table):
        rows = []
        for row in table.getElementsByType(TableRow):
            rows.append([" ".join(teletype.extractText(c).split()) for c in row.getElementsByType(TableCell)])
        tables.append(rows)
    return Extracted(pages=[RawPage(text="\n".join(lines), tables=tables)], metadata={"style_headings": headings})


def read_xlsx(data: bytes, limits: Limits) -> Extracted:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:
        raise IngestionError(TextStatus.CORRUPT, f"Classeur Excel (.xlsx) endommagé ({error}).") from error
    pages: list[RawPage] = []
    sheet_names: list[str] = []
    try:
        for sheet in workbook.worksheets:
            rows: list[list[str]] = []
            lines = [f"Feuille : {sheet.title}"]
            for count, row in enumerate(sheet.iter_rows(values_only=True)):
                if count >= limits.max_sheet_rows:
                    lines.append(f"[… feuille tronquée à {limits.max_sheet_rows} lignes]")
                    break
                cells = [_cell_text(value) for value in row]
                while cells and not cells[-1]:
                    cells.pop()
                if not any(cells):
                    continue
                rows.append(cells)
                lines.append(" | ".join(cell for cell in cells if cell))
            sheet_names.append(sheet.title)
            pages.append(RawPage(text="\n".join(lines), tables=[rows] if rows else []))
    finally:
        workbook.close()
    if not pages:
        pages.append(RawPage(text=""))
    return Extracted(pages=pages, metadata={"sheets": sheet_names})


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())
