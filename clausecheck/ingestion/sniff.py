"""File type from content (magic bytes), the extension only breaking ties."""

from __future__ import annotations

import io
import zipfile

_TEXT_EXTENSIONS = {".txt": "txt", ".md": "md", ".markdown": "md", ".csv": "txt"}


def sniff_format(data: bytes, name: str) -> str:
    """One of pdf, docx, xlsx, odt, ods, zip, html, xml, txt, md, doc, xls, png, jpeg, tiff, empty, unknown."""
    lower = name.lower()
    ext = lower[lower.rfind("."):] if "." in lower else ""
    if not data:
        return "empty"
    head = data[:2048]
    # ZIP first: an uncompressed archive holding a PDF shows "%PDF-" near its start
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data)
    image = _sniff_image(head)  # magic bytes at the very start: before the looser PDF test below
    if image:
        return image
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: legacy .doc/.xls
        return "xls" if ext in (".xls", ".xlt") else "doc"
    text_head = _decode_head(head)
    if text_head is None:
        return "unknown"
    probe = text_head.lstrip().lower()
    if probe.startswith("<?xml"):
        return "html" if "<html" in probe[:1024] else "xml"
    if probe.startswith(("<!doctype html", "<html")) or "<html" in probe[:1024]:
        return "html"
    if probe.startswith("<") and ext in (".xml",):
        return "xml"
    if ext in (".htm", ".html"):
        return "html"
    return _TEXT_EXTENSIONS.get(ext, "txt")


def _sniff_image(head: bytes) -> str | None:
    """Scanned pages saved as pictures: PNG, JPEG, TIFF (either byte order)."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    return None


def _sniff_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100]
                if b"opendocument.text" in mimetype:
                    return "odt"
                if b"opendocument.spreadsheet" in mimetype:
                    return "ods"
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return "zip"  # let the archive reader say what is wrong with it
    return "zip"


def _decode_head(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    if len(head) > 4 and head[1:2] == b"\x00" and head[3:4] == b"\x00":
        return head.decode("utf-16-le", errors="ignore")
    if b"\x00" in head:
        return None
    return head.decode("utf-8", errors="ignore")


def decode_text(data: bytes) -> str:
    """Decode text bytes: BOM, UTF-16 without BOM, UTF-8, then Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if len(data) > 4 and data[1:2] == b"\x00" and data[3:4] == b"\x00":
        return data.decode("utf-16-le", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
