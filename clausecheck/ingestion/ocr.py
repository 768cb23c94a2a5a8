"""OCR of the pages that need it, after a reader has read what the file holds as text.

Which pages: in a PDF, a page with pictures and no text layer, or whose text layer is too thin for
its area (a scan with a stamped header); every page with `--ocr force`. Every page of a PNG, JPEG
or TIFF file. The pictures of a DOCX/ODT large enough not to be logos. A page with a good text
layer is never read again (except with `force`).

What it records: each page says how its text was obtained (`text_source`), and for OCR its mean
word confidence and whether that reaches the bar of rules/settings.yml; the document's `ocr`
report (model.OcrReport, in the JSON) says what was done (pages read, rotation and skew, cap
reached, failures, time). `settle_status`
then gives the document its status: `ocr` when some of its text was read by OCR, `no_text_layer`
(with the reason, in French) when nothing could be read with confidence.

Modes: `auto` reads when Tesseract is installed (else the pages stay unread and the message
says how to install it), `off` never reads, `force` reads every page.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clausecheck.ingestion.base import PDFIUM_LOCK, Extracted, IngestionError, RawPage
from clausecheck.ingestion.images import (
    IMAGE_FORMATS,
    a4_share,
    document_pictures,
    image_coverage,
    image_frames,
    render_pdf_page,
)
from clausecheck.ingestion.ocr_cache import DirectoryOcrCache, OcrCache
from clausecheck.ingestion.ocr_engine import INSTALL_HINT, OcrError, OcrPage, fingerprint, read_image, tesseract_status
from clausecheck.ingestion.ocr_settings import OcrSettings, load_ocr_settings
from clausecheck.model import Document, OcrIssue, OcrPageReport, OcrReport, Page, TextStatus

MODES = ("auto", "off", "force")
_MIN_PICTURE_WORDS = 3  # a picture of a DOCX read with fewer sure words is an illustration, not text


@dataclass(frozen=True)
class OcrOptions:
    mode: str = "auto"
    settings: OcrSettings = field(default_factory=load_ocr_settings)
    cache: OcrCache | None = None

    @classmethod
    def for_mode(cls, mode: str = "auto", settings: OcrSettings | None = None,
                 cache_dir: str | Path | None = None) -> OcrOptions:
        """Options for a scan; `cache_dir` keeps each page read under the file's sha256 (the API's)."""
        if mode not in MODES:
            raise ValueError(f"mode OCR inconnu : {mode}")
        settings = settings or load_ocr_settings()
        cache = None
        if cache_dir and mode != "off" and tesseract_status(settings.language).available:
            cache = DirectoryOcrCache(Path(cache_dir), fingerprint(settings))
        return cls(mode, settings, cache)

    @property
    def available(self) -> bool:
        return self.mode != "off" and tesseract_status(self.settings.language).available


# ----------------------------------------------------------------------------- which pages


def apply_ocr(data: bytes, fmt: str, sha256: str, extracted: Extracted, options: OcrOptions) -> None:
    """Read by OCR what `extracted` lacks; record it in the pages and in `extracted.ocr`. Never
    raises: a failure here costs the images, never the text already read."""
    started = time.perf_counter()
    try:
        if fmt == "pdf":
            report = _ocr_pdf(data, sha256, extracted.pages, options)
        elif fmt in IMAGE_FORMATS:
            report = _ocr_image_file(data, sha256, extracted.pages, options)
        elif fmt in ("docx", "odt"):
            report = _ocr_pictures(data, fmt, extracted.pages, options)
        else:
            return
    except IngestionError as error:
        report = _report(options)
        report.failed.append(OcrIssue(error.message))
    except Exception as error:  # same rule as the readers: this file's problem only
        report = _report(options)
        report.failed.append(OcrIssue(f"{type(error).__name__}: {error}"[:200]))
    if report is not None:
        extracted.ocr = report
        extracted.ocr_seconds = time.perf_counter() - started


def _report(options: OcrOptions) -> OcrReport:
    status = tesseract_status(options.settings.language)
    report = OcrReport(mode=options.mode, available=options.available,
                       engine=f"tesseract {status.version} ({options.settings.language})" if status.available else None,
                       min_confidence=options.settings.min_confidence, cap=options.settings.max_pages_per_document)
    if options.mode == "off":
        report.message = "OCR désactivée (--ocr off) : les pages numérisées ne sont pas lues."
    elif not status.available:
        report.message = f"OCR indisponible : {status.message}."
    return report


def _thin(raw: RawPage, page, settings: OcrSettings) -> bool:
    """A text layer too thin for the page's area, on a page mostly covered by pictures."""
    chars = len("".join(raw.text.split()))
    if chars >= settings.thin_text_chars_per_a4 * 2:  # cheap test first: most pages stop here
        return False
    return (chars < settings.thin_text_chars_per_a4 * a4_share(page)
            and image_coverage(page) >= settings.thin_text_image_coverage)


def _ocr_pdf(data: bytes, sha256: str, pages: list[RawPage], options: OcrOptions) -> OcrReport | None:
    import pypdfium2 as pdfium

    settings = options.settings
    force = options.mode == "force"
    if not force and all(raw.has_text_layer and len("".join(raw.text.split())) >= settings.thin_text_chars_per_a4 * 2
                         for raw in pages):
        return None  # every page has a good text layer: nothing to do, not even reopen the file
    with PDFIUM_LOCK:  # only the calls into pdfium hold it, never the OCR itself
        pdf = pdfium.PdfDocument(data)
    try:
        wanted: list[int] = []
        for index, raw in enumerate(pages):
            if force or not raw.has_text_layer:
                wanted.append(index)
                continue
            with PDFIUM_LOCK:
                page = pdf[index]
                try:
                    if _thin(raw, page, settings):
                        wanted.append(index)
                finally:
                    page.close()
        if not wanted:
            return None
        report = _report(options)
        if not options.available:
            report.pages_not_read = [i + 1 for i in wanted]
            return report

        def render(index: int) -> tuple[Any, float]:
            with PDFIUM_LOCK:
                page = pdf[index]
                try:
                    return render_pdf_page(page, settings)
                finally:
                    page.close()

        _read_pages(wanted, pages, sha256, render, options, report)
        return report
    finally:
        with PDFIUM_LOCK:
            pdf.close()


def _ocr_image_file(data: bytes, sha256: str, pages: list[RawPage], options: OcrOptions) -> OcrReport:
    report = _report(options)
    wanted = list(range(len(pages)))
    if not options.available:
        report.pages_not_read = [i + 1 for i in wanted]
        return report
    frames = image_frames(data, options.settings)
    at = -1
    frame: tuple[Any, float | None] | None = None

    def render(index: int) -> tuple[Any, float | None]:
        nonlocal at, frame
        while at < index:  # frames come in order; cached pages are skipped over
            frame = next(frames)
            at += 1
        assert frame is not None  # pages are numbered from 0: one frame at least was read
        return frame

    _read_pages(wanted, pages, sha256, render, options, report)
    return report


def _read_pages(wanted: list[int], pages: list[RawPage], sha256: str, render, options: OcrOptions,
                report: OcrReport) -> None:
    settings = options.settings
    cap = max(settings.max_pages_per_document, 0)
    if len(wanted) > cap:
        report.cap_reached = True
        report.pages_not_read = [i + 1 for i in wanted[cap:]]
        wanted = wanted[:cap]
    for index in wanted:
        number = index + 1
        cached = options.cache.get(sha256, number) if options.cache is not None else None
        result = cached
        if result is None:
            try:
                image, dpi = render(index)
                result = read_image(image, settings, dpi)
            except (OcrError, IngestionError) as error:
                report.failed.append(OcrIssue(getattr(error, "message", None) or str(error), page=number))
                continue
            except StopIteration:
                report.failed.append(OcrIssue("page d'image absente du fichier", page=number))
                continue
            except MemoryError:
                report.failed.append(OcrIssue("page trop grande pour être lue en mémoire", page=number))
                continue
            if options.cache is not None:
                options.cache.put(sha256, number, result)
        _use(pages[index], result, options)
        report.pages.append(_page_report(number, result, settings, cached is not None))


def _use(raw: RawPage, result: OcrPage, options: OcrOptions) -> None:
    """Put an OCR reading on the page, unless the page's own text layer says more."""
    layer = "".join(raw.text.split())
    read = "".join(result.text.split())
    if raw.has_text_layer and layer and not (options.mode == "force" and read) and len(read) <= len(layer):
        return  # a thin text layer that OCR does not improve on: keep the file's own text
    raw.text = result.text
    raw.text_source = "ocr"
    raw.ocr_confidence = result.confidence
    raw.ocr_trusted = _trusted(result, options.settings)


def _trusted(result: OcrPage, settings: OcrSettings) -> bool:
    return result.confidence is not None and result.confidence >= settings.min_confidence


def _page_report(number: int, result: OcrPage, settings: OcrSettings, cached: bool,
                 image: str | None = None) -> OcrPageReport:
    return OcrPageReport(page=number, confidence=result.confidence, words=result.words,
                         trusted=_trusted(result, settings), rotation=result.rotation, skew=result.skew,
                         dpi=result.dpi, cached=cached, image=image)


def _ocr_pictures(data: bytes, fmt: str, pages: list[RawPage], options: OcrOptions) -> OcrReport | None:
    """Pictures of a DOCX/ODT with text on them become extra pages after the document's own text."""
    settings = options.settings
    pictures, skipped = document_pictures(data, fmt, settings)
    if not pictures:
        return None
    report = _report(options)
    report.images_skipped = skipped
    if not options.available:
        report.images_not_read = [p.name for p in pictures]
        return report
    cap = max(settings.max_pages_per_document, 0)
    if len(pictures) > cap:
        report.cap_reached = True
        report.images_not_read = [p.name for p in pictures[cap:]]
        pictures = pictures[:cap]
    for picture in pictures:
        key = hashlib.sha256(picture.data).hexdigest()  # the same picture in two documents is read once
        result = options.cache.get(key, 1) if options.cache is not None else None
        cached = result is not None
        if result is None:
            try:
                frame, dpi = next(image_frames(picture.data, settings))
                result = read_image(frame, settings, dpi)
            except (OcrError, IngestionError, StopIteration, MemoryError) as error:
                report.failed.append(OcrIssue(getattr(error, "message", None) or "image illisible", image=picture.name))
                continue
            if options.cache is not None:
                options.cache.put(key, 1, result)
        if not _trusted(result, settings) or result.words < _MIN_PICTURE_WORDS:
            skipped.append(OcrIssue("pas de texte lisible (photo, schéma ou lecture trop incertaine)",
                                    image=picture.name, confidence=result.confidence))
            continue
        pages.append(RawPage(text=result.text, has_text_layer=False, text_source="ocr", ocr_confidence=result.confidence,
                             ocr_trusted=True, source_image=picture.name))
        report.pages.append(_page_report(len(pages), result, settings, cached, picture.name))
    return report


# ----------------------------------------------------------------------------- the document's status


def settle_status(document: Document) -> None:
    """The document's status once its pages are read: `ocr`, `ok` or `no_text_layer` with the reason."""
    pages = document.pages
    if not pages:
        return
    report = document.ocr
    own_text = any(p.has_text_layer and p.text_source != "ocr" for p in pages)
    trusted = [p for p in pages if p.text_source == "ocr" and p.ocr_trusted]
    used = [p for p in pages if p.text_source == "ocr" and p.text.strip()]
    if own_text or trusted:
        if used:
            document.text_status = TextStatus.OCR
            document.status_message = _read_message(used, report)
        elif not document.text.strip():
            document.status_message = "Document lisible mais vide de texte."
        return
    document.text_status = TextStatus.NO_TEXT_LAYER
    document.status_message = _unread_message(used, report)


def _pages(numbers: list[Any]) -> str:
    shown = ", ".join(map(str, numbers[:10]))
    return shown + (f" et {len(numbers) - 10} autres" if len(numbers) > 10 else "")


def _percent(value: float) -> str:
    return f"{value:.0f}\u00a0%"


def _read_message(used: list[Page], report: OcrReport | None) -> str:
    confidences = [p.ocr_confidence for p in used if p.ocr_confidence is not None]
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    images = [p for p in used if p.source_image]
    where = (f"{len(images)} image{'s' if len(images) > 1 else ''} du document" if images and len(images) == len(used)
             else f"page{'s' if len(used) > 1 else ''} {_pages([p.number for p in used])}")
    message = f"Texte lu par reconnaissance de caractères (OCR) : {where}, confiance moyenne {_percent(mean)}."
    weak = [p.number for p in used if not p.ocr_trusted]
    if weak:
        message += f" Confiance insuffisante page{'s' if len(weak) > 1 else ''} {_pages(weak)} : absence non vérifiable."
    failed = report.failed if report is not None else []
    if failed:
        where_failed = [f.page or f.image for f in failed]
        message += f" Lecture OCR échouée : {_pages(where_failed)} ({failed[0].message.rstrip('.')})."
    return message + _cap_note(report)


def _cap_note(report: OcrReport | None) -> str:
    if report is None or not report.cap_reached:
        return ""
    left = len(report.pages_not_read or report.images_not_read)
    return (f" Limite de {report.cap} pages lues par OCR par document atteinte (rules/settings.yml, "
            f"ocr.max_pages_per_document) : {left} autre{'s' if left > 1 else ''} non lue{'s' if left > 1 else ''}, "
            "leur contenu est inconnu.")


def _unread_message(used: list[Page], report: OcrReport | None) -> str:
    unknown = " ; son contenu est inconnu, pas absent."
    if report is None:
        return ("Aucune couche texte : document numérisé (image). Il faudrait une reconnaissance de caractères "
                "(OCR) pour l'analyser" + unknown)
    if report.mode == "off":
        return "Aucune couche texte : document numérisé (image), OCR désactivée (--ocr off)" + unknown
    if not report.available:
        return ("Aucune couche texte : document numérisé (image). La reconnaissance de caractères (OCR) n'est pas "
                f"disponible sur ce poste : {INSTALL_HINT}" + unknown)
    if used:
        confidences = [p.ocr_confidence for p in used if p.ocr_confidence is not None]
        best = max(confidences) if confidences else 0.0
        return (f"Document numérisé lu par OCR avec une confiance trop faible pour s'y fier (au mieux {_percent(best)}, "
                f"seuil {_percent(report.min_confidence)})" + unknown + _cap_note(report))
    if report.failed and not report.pages:
        return f"Document numérisé : la lecture OCR a échoué ({report.failed[0].message})" + unknown + _cap_note(report)
    return ("Document numérisé : la reconnaissance de caractères (OCR) n'y a trouvé aucun texte (page blanche ou "
            "image sans écrit)" + unknown + _cap_note(report))
