"""Checks on uploaded files: type by content (magic bytes), ZIP expansion, PDF pages."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from api.settings import Settings
from clausecheck.ingestion.base import PDFIUM_LOCK

ACCEPTED = "PDF, ZIP (dont DOCX, XLSX, ODT), XML, HTML ou texte"


class UploadRejected(Exception):
    """An upload refused for a reason a person can act on (French message)."""

    def __init__(self, status: int, code: str, title: str, detail: str):
        super().__init__(detail)
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail


def sniff(head: bytes) -> str | None:
    """The kind of a file from its first bytes: pdf, zip, xml, html, text, or None if refused.

    A ZIP is told apart from an office document (docx, xlsx, odt…) by `inspect_file`."""
    if not head:
        return None
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if b"%PDF-" in head[:1024]:  # some producers put junk before the header
        return "pdf"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = head.decode("utf-16")[:2000]
        except UnicodeDecodeError:
            text = head[2:].decode("utf-16", "ignore")[:2000]
        return _text_kind(text)
    if b"\x00" in head:
        return None
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is fine; anything else may be Latin-1.
        if exc.start >= len(body) - 4:
            text = body[: exc.start].decode("utf-8")
        else:
            text = body.decode("cp1252", errors="replace")
            if text.count("\ufffd") > 4:
                return None
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > max(2, len(text) // 100):
        return None
    return _text_kind(text)


def _text_kind(text: str) -> str:
    start = text.lstrip().lower()[:512]
    if start.startswith(("<!doctype html", "<html")) or "<html" in start[:300]:
        return "html"
    if start.startswith(("<?xml", "<")):
        return "html" if "<body" in start or "<head" in start else "xml"
    return "text"


@dataclass
class Inspection:
    kind: str
    pages: int = 0


def inspect_file(path: Path, settings: Settings) -> Inspection:
    with path.open("rb") as fh:
        head = fh.read(8192)
    kind = sniff(head)
    if kind is None:
        raise UploadRejected(
            415, "type-non-accepte", "Type de fichier non accepté",
            f"Le contenu du fichier n'est pas reconnu. Formats acceptés : {ACCEPTED}.",
        )
    if kind == "pdf":
        return Inspection(kind, pdf_pages(path.read_bytes()))
    if kind == "zip":
        pages, office = check_zip(path, settings)
        return Inspection(office or "zip", pages)
    return Inspection(kind)


OOXML_PARTS = (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx"))
ODF_KINDS = {"text": "odt", "spreadsheet": "ods", "presentation": "odp", "graphics": "odg"}
OFFICE_EXTENSIONS = (".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".odg", ".docm", ".xlsm")


def office_kind(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> str | None:
    """docx, xlsx, pptx, odt, ods, odp, odg for an office document (a ZIP inside), else None."""
    names = {i.filename for i in infos}
    if "[Content_Types].xml" in names:
        for prefix, kind in OOXML_PARTS:
            if any(n.startswith(prefix) for n in names):
                return kind
        return None
    mimetype = next((i for i in infos if i.filename == "mimetype"), None)
    if mimetype is not None and mimetype.file_size <= 200 and not mimetype.flag_bits & 0x1:
        try:
            value = zf.read(mimetype).decode("ascii", "ignore").strip()
        except Exception:
            return None
        prefix = "application/vnd.oasis.opendocument."
        if value.startswith(prefix):
            return ODF_KINDS.get(value[len(prefix):].split("-", 1)[0])
    return None


def pdf_pages(data: bytes) -> int:
    """Number of pages, or 0 when the PDF cannot be opened (the engine then reports it)."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover
        return 0
    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except Exception:
            return 0
        try:
            return len(pdf)
        finally:
            pdf.close()


def check_zip(path: Path, settings: Settings) -> tuple[int, str | None]:
    """Refuse ZIP bombs and oversized archives; returns the pages of the PDFs inside and, for an
    office document (DOCX, XLSX, ODT…), its kind."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise UploadRejected(422, "zip-illisible", "Archive ZIP illisible",
                             "Le fichier ZIP est endommagé ou incomplet et ne peut pas être ouvert.") from None
    pages = 0
    with zf:
        infos = zf.infolist()
        office = office_kind(zf, infos)
        is_office = office is not None or any(i.filename in ("[Content_Types].xml", "mimetype") for i in infos)
        if len(infos) > settings.max_zip_entries:
            raise UploadRejected(
                413, "zip-trop-de-fichiers", "Archive ZIP trop volumineuse",
                f"L'archive contient {len(infos)} éléments ; la limite est de {settings.max_zip_entries}.",
            )
        total = 0
        for info in infos:
            total += info.file_size
            if info.compress_size and info.file_size / info.compress_size > settings.max_zip_ratio and info.file_size > 10_000_000:
                raise UploadRejected(
                    413, "zip-taux-compression", "Archive ZIP suspecte",
                    f"L'élément « {info.filename[:120]} » se décompresse {int(info.file_size / info.compress_size)} fois "
                    f"plus gros que sa taille compressée : archive refusée.",
                )
        if total > settings.max_zip_uncompressed_bytes:
            raise UploadRejected(
                413, "zip-trop-volumineux", "Archive ZIP trop volumineuse",
                f"Une fois décompressée, l'archive ferait {total // (1024 * 1024)} Mo ; "
                f"la limite est de {settings.max_zip_uncompressed_bytes // (1024 * 1024)} Mo.",
            )
        if is_office:
            return 0, office
        for info in infos:
            if info.is_dir() or not info.filename.lower().endswith(".pdf") or info.flag_bits & 0x1:
                continue
            if info.file_size > settings.max_file_bytes:
                continue
            try:
                pages += pdf_pages(zf.read(info))
            except Exception:
                continue
    return pages, None
