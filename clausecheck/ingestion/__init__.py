"""Ingestion: files, folders and ZIPs in, Documents out. The rest of the engine never touches a file format.

`discover` turns the paths a user gives into input items (each with its display path and
dossier); `ingest_file` / `ingest_bytes` read one item into one or more Documents (a ZIP
gives its members). Reading never raises on bad content: the Document says what went wrong
in `text_status` and a French `status_message`, and every other input is still read.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from clausecheck.ingestion.archive import iter_members
from clausecheck.ingestion.base import DEFAULT_LIMITS, Extracted, IngestionError, Limits, format_size
from clausecheck.ingestion.images import IMAGE_FORMATS, read_image_file
from clausecheck.ingestion.markup import read_html, read_text, read_xml
from clausecheck.ingestion.normalize import find_running_lines, normalise
from clausecheck.ingestion.ocr import OcrOptions, apply_ocr, settle_status
from clausecheck.ingestion.office import read_docx, read_odt, read_xlsx
from clausecheck.ingestion.pdf import read_pdf
from clausecheck.ingestion.sniff import sniff_format
from clausecheck.model import Document, Page, TextStatus
from clausecheck.patterns import LOT, LOT_NUMBER

__all__ = ["DEFAULT_LIMITS", "InputItem", "Limits", "OcrOptions", "discover", "ingest_bytes", "ingest_file", "read_input"]

Reader = Callable[[bytes, Limits], Extracted]

READERS: dict[str, Reader] = {
    "pdf": read_pdf,
    "docx": read_docx,
    "odt": read_odt,
    "xlsx": read_xlsx,
    "html": read_html,
    "xml": read_xml,
    "txt": read_text,
    "md": read_text,
    **dict.fromkeys(IMAGE_FORMATS, read_image_file),
}

_UNSUPPORTED_MESSAGES = {
    "doc": "Format Word 97-2003 (.doc) non pris en charge : enregistrez le fichier en .docx ou en PDF.",
    "xls": "Format Excel 97-2003 (.xls) non pris en charge : enregistrez le fichier en .xlsx.",
    "ods": "Classeur OpenDocument (.ods) non pris en charge : enregistrez-le en .xlsx.",
    "unknown": "Type de fichier non reconnu (ni PDF, ni bureautique, ni texte).",
}

_SKIPPED_FILES = {".ds_store", "thumbs.db", "desktop.ini"}
# Files found in folders that are never tender documents (code, configuration, data dumps).
# CSV is a data export (the scan writes its own tables as CSV), not a piece of a DCE.
_SKIPPED_SUFFIXES = {".py", ".pyc", ".sh", ".js", ".css", ".json", ".yml", ".yaml", ".toml", ".ini", ".cfg", ".log",
                     ".lock", ".exe", ".dll", ".csv"}


# A folder's own documentation (README.md) describes the folder; it is not a tender document.
_READ_ME = re.compile(r"(?i)^(?:readme|lisezmoi|lisez-moi)(?:\.(?:md|txt|markdown))?$")


@dataclass(slots=True, frozen=True)
class InputItem:
    path: Path
    display_path: str  # relative to the scanned root, '/' separators
    dossier: str


def discover(paths: list[Path], exclude: list[Path] | None = None) -> list[InputItem]:
    """Files to read, each with its display path and its dossier (one tender).

    A folder that directly holds documents is a dossier, a ZIP is a dossier (with everything
    inside it), a file given on its own is its own dossier. A sub-folder named after a part of a
    DCE (« 01 - RC », « Annexes », « Lot 2 ») belongs to the dossier of the folder above it. `exclude` leaves out files such as
    the scan's own outputs written inside the scanned folder.
    """
    excluded = {_resolved(p) for p in exclude or []}
    labels = _root_labels([Path(p) for p in paths])
    items: list[InputItem] = []
    for root, label in zip((Path(p) for p in paths), labels, strict=True):
        prefix = label + "/" if len(paths) > 1 else ""
        if root.is_file():
            if _resolved(root) not in excluded:
                display = label if len(paths) > 1 else root.name
                items.append(InputItem(root, display, display))
            continue
        if not root.is_dir():
            continue
        dossier_of: dict[str, str] = {}
        for directory, subdirs, files in os.walk(root):
            subdirs[:] = sorted(d for d in subdirs if not d.startswith(".") and d != "__MACOSX")
            relative_dir = Path(directory).relative_to(root).as_posix()
            if relative_dir == ".":
                folder_dossier = label
            elif is_dce_part_folder(Path(directory).name):
                # « 01 - RC », « Annexes », « Lot 2 » of an unzipped DCE belong to the folder above
                folder_dossier = dossier_of[Path(relative_dir).parent.as_posix()]
            else:
                folder_dossier = prefix + relative_dir
            dossier_of[relative_dir] = folder_dossier
            for name in sorted(files):
                if not _is_candidate(name) or _resolved(Path(directory) / name) in excluded:
                    continue
                display = prefix + (name if relative_dir == "." else f"{relative_dir}/{name}")
                dossier = display if name.lower().endswith(".zip") else folder_dossier
                items.append(InputItem(Path(directory) / name, display, dossier))
    return items


# Sub-folders of an unzipped DCE, named after its parts: numbered (« 01 - RC », « 2_Pièces
# administratives »), a piece (« CCTP », « Plans »), a group of pieces or a lot (« Lot 3 - Peinture »).
# A sub-folder with any other name (« Mairie 2026-015 ») is a dossier of its own.
_DCE_PART_FOLDER = re.compile(
    r"(?i)^(?:\d{1,2}\s*[-._)]\s*\S.*"
    r"|(?:rc|ccap|cctp|ccag|cahiers? des charges|ae|acte d.engagement|bpu|dpgf|dqe|cadre de r[ée]ponse"
    r"|m[ée]moire technique|annexes?|plans?|pi[èe]ces?(?: \w+)?|documents? (?:administratifs|techniques|graphiques)"
    r"|[ée]tudes?|diagnostics?|questions?.r[ée]ponses?)(?:\s*[-–:,]?\s+\S.*)?"
    r"|" + LOT + LOT_NUMBER + r"(?:\W.*)?)$"
)


def is_dce_part_folder(name: str) -> bool:
    return bool(_DCE_PART_FOLDER.match(name.strip()))


def _is_candidate(name: str) -> bool:
    return not (name.startswith((".", "~$")) or name.lower() in _SKIPPED_FILES
                or Path(name).suffix.lower() in _SKIPPED_SUFFIXES or _READ_ME.match(name))


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _root_labels(roots: list[Path]) -> list[str]:
    """A name per root: its folder or file name ("." becomes the folder's real name), made
    unique with as many parent folders as needed ("A/RC.pdf", "B/RC.pdf")."""
    parts = [_resolved(root).parts for root in roots]
    depth = 1
    while True:
        labels = ["/".join(p[-depth:]) if p else "." for p in parts]
        if len(set(labels)) == len(labels) or depth > max((len(p) for p in parts), default=1):
            return labels
        depth += 1


def ingest_file(path: Path, display_path: str, dossier: str, limits: Limits | None = None,
                ocr: OcrOptions | None = None) -> list[Document]:
    """Read one file. `ocr` None reads no image (as `--ocr off`, with the older message)."""
    content = read_input(path, display_path, dossier, limits)
    return [content] if isinstance(content, Document) else ingest_bytes(content, display_path, dossier, limits, ocr=ocr)


def read_input(path: Path, display_path: str, dossier: str, limits: Limits | None = None) -> bytes | Document:
    """The bytes of one input file, or the Document that says why they cannot be read (too large,
    inaccessible). What `ingest_file` reads, and what a client sends to remote workers that do not
    see its files (clausecheck/executors/dask_cluster.py): the same refusals either way."""
    limits = limits or DEFAULT_LIMITS
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            return _failed(display_path, dossier, "unknown", size, TextStatus.TOO_LARGE,
                           f"Fichier de {format_size(size)} : au-delà de la limite de {format_size(limits.max_file_bytes)}.")
        return path.read_bytes()
    except OSError as error:
        return _failed(display_path, dossier, "unknown", 0, TextStatus.CORRUPT, f"Fichier inaccessible ({error.strerror or error}).")


def ingest_bytes(data: bytes, display_path: str, dossier: str, limits: Limits | None = None, depth: int = 0,
                 ocr: OcrOptions | None = None) -> list[Document]:
    limits = limits or DEFAULT_LIMITS
    fmt = sniff_format(data, display_path)
    if fmt == "zip":
        return _ingest_zip(data, display_path, dossier, limits, depth, ocr)
    return [_read_document(data, fmt, display_path, dossier, limits, ocr)]


def _ingest_zip(data: bytes, display_path: str, dossier: str, limits: Limits, depth: int,
                ocr: OcrOptions | None) -> list[Document]:
    if depth >= limits.zip_max_depth:
        return [_failed(display_path, dossier, "zip", len(data), TextStatus.TOO_LARGE,
                        f"Archive imbriquée au-delà de {limits.zip_max_depth} niveaux : non ouverte.")]
    documents: list[Document] = []
    for member in iter_members(data, limits):
        member_path = f"{display_path}/{member.name}" if member.name else display_path
        if member.status is not None:
            documents.append(_failed(member_path, dossier, "zip" if not member.name else "unknown", 0, member.status, member.message))
            continue
        documents.extend(ingest_bytes(member.data or b"", member_path, dossier, limits, depth + 1, ocr))
    return documents


def _failed(path: str, dossier: str, fmt: str, size: int, status: TextStatus, message: str) -> Document:
    return Document(path=path, dossier=dossier, format=fmt, size_bytes=size, text_status=status, status_message=message)


def _read_document(data: bytes, fmt: str, display_path: str, dossier: str, limits: Limits,
                   ocr: OcrOptions | None) -> Document:
    document = Document(path=display_path, dossier=dossier, format=fmt, size_bytes=len(data),
                        sha256=hashlib.sha256(data).hexdigest())
    if fmt == "empty":
        document.text_status = TextStatus.CORRUPT
        document.status_message = "Fichier vide (0 octet)."
        return document
    reader = READERS.get(fmt)
    if reader is None:
        document.text_status = TextStatus.UNSUPPORTED
        document.status_message = _UNSUPPORTED_MESSAGES.get(fmt, _UNSUPPORTED_MESSAGES["unknown"])
        return document
    try:
        extracted = reader(data, limits)
    except IngestionError as error:
        document.text_status = error.status
        document.status_message = error.message
        return document
    except MemoryError:
        document.text_status = TextStatus.TOO_LARGE
        document.status_message = "Fichier trop volumineux pour être lu en mémoire."
        return document
    except Exception as error:  # a parser's unexpected failure is this file's problem, not the batch's
        document.text_status = TextStatus.CORRUPT
        document.status_message = f"Fichier illisible : {type(error).__name__}: {error}"[:300]
        return document
    if ocr is not None:
        apply_ocr(data, fmt, document.sha256, extracted, ocr)
    _fill(document, extracted)
    return document


def _fill(document: Document, extracted: Extracted) -> None:
    raw_texts = [page.text for page in extracted.pages]
    running = find_running_lines(raw_texts) if extracted.paginated else [[] for _ in raw_texts]
    for number, (raw_page, drops) in enumerate(zip(extracted.pages, running, strict=True), start=1):
        text, offset_map = normalise(raw_page.text, drops)
        removed = list(raw_page.removed_lines) + [" ".join(raw_page.text[s:e].split()) for s, e in drops]
        document.pages.append(Page(number=number, raw_text=raw_page.text, text=text, offset_map=offset_map,
                                   has_text_layer=raw_page.has_text_layer, removed_lines=removed,
                                   tables=raw_page.tables, text_source=raw_page.text_source,
                                   ocr_confidence=raw_page.ocr_confidence, ocr_trusted=raw_page.ocr_trusted,
                                   source_image=raw_page.source_image))
    document.fields = extracted.fields
    document.metadata.update(extracted.metadata)
    document.ocr, document.ocr_seconds = extracted.ocr, extracted.ocr_seconds
    document.finalise_text()
    settle_status(document)  # ok, ocr, or no_text_layer with the reason
    if (note := extracted.metadata.get("read_note")) and not document.status_message:
        document.status_message = note  # read, with a reservation (a malformed XML read tolerantly)
