"""Page images for OCR: image files (PNG, JPEG, TIFF), pictures inside DOCX/ODT, rendered PDF pages.

Pillow's decompression-bomb limit is set explicitly from rules/settings.yml (`ocr.max_image_pixels`;
by default Pillow only warns): a bigger image file is "too_large", a picture inside a document
is skipped with its reason, a PDF page is rendered at a lower resolution to fit.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image, ImageSequence, UnidentifiedImageError

from clausecheck.ingestion.base import Extracted, IngestionError, Limits, RawPage
from clausecheck.ingestion.ocr_settings import OcrSettings, load_ocr_settings
from clausecheck.model import OcrIssue, TextStatus

IMAGE_FORMATS = {"png": "PNG", "jpeg": "JPEG", "tiff": "TIFF"}
_PICTURE_FOLDERS = {"docx": "word/media/", "odt": "Pictures/"}
_PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif")
_A4_POINTS = 595.0 * 842.0


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def open_image(data: bytes, settings: OcrSettings) -> Image.Image:
    """Open (not yet decode) an image, refusing one above the pixel limit. Raises IngestionError."""
    Image.MAX_IMAGE_PIXELS = settings.max_image_pixels
    image: Image.Image | None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        image = _header(data)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise IngestionError(TextStatus.CORRUPT, f"Image illisible ou endommagée ({error}).") from error
    if image is None or image.width * image.height > settings.max_image_pixels:
        size = "" if image is None else f"de {_grouped(image.width)} × {_grouped(image.height)} pixels "
        raise IngestionError(TextStatus.TOO_LARGE,
                             f"Image {size}au-delà de la limite de {_grouped(settings.max_image_pixels)} pixels "
                             "(rules/settings.yml, ocr.max_image_pixels) : non lue.")
    return image


def _header(data: bytes) -> Image.Image | None:
    """An image refused for its size, opened again for its header only (never decoded), to say its size."""
    limit = Image.MAX_IMAGE_PIXELS
    try:
        Image.MAX_IMAGE_PIXELS = None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return Image.open(io.BytesIO(data))
    except Exception:  # only to word the message
        return None
    finally:
        Image.MAX_IMAGE_PIXELS = limit


def _decoded(frame: Image.Image) -> Image.Image:
    try:
        frame.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise IngestionError(TextStatus.CORRUPT, f"Image endommagée : son contenu ne peut pas être décodé ({error}).") from error
    return frame


def _dpi(image: Image.Image) -> float | None:
    dpi = image.info.get("dpi")
    try:
        return float(dpi[0]) if dpi else None
    except (TypeError, ValueError, IndexError):
        return None


def read_image_file(data: bytes, limits: Limits) -> Extracted:
    """Reader for PNG, JPEG and TIFF files: one empty page per frame, its text to come from OCR.

    The first frame is decoded now, so that a damaged file says so even when OCR is off."""
    settings = load_ocr_settings()
    image = open_image(data, settings)
    frames = getattr(image, "n_frames", 1) or 1
    if frames > limits.max_pages:
        raise IngestionError(TextStatus.TOO_LARGE, f"Image de {frames} pages : au-delà de la limite de {limits.max_pages} pages.")
    _decoded(image)
    pages = [RawPage(text="", has_text_layer=False) for _ in range(frames)]
    return Extracted(pages=pages, paginated=True,
                     metadata={"page_count": frames, "image": {"width": image.width, "height": image.height,
                                                               "format": image.format, "dpi": _dpi(image)}})


def image_frames(data: bytes, settings: OcrSettings) -> Iterator[tuple[Image.Image, float | None]]:
    """Each frame (page) of an image file, decoded, with its declared resolution."""
    image = open_image(data, settings)
    for frame in ImageSequence.Iterator(image):
        if frame.width * frame.height > settings.max_image_pixels:
            raise IngestionError(TextStatus.TOO_LARGE, "Page d'image au-delà de la limite de pixels : non lue.")
        yield _decoded(frame).copy(), _dpi(frame)


@dataclass(slots=True)
class Picture:
    name: str  # path inside the archive
    data: bytes
    width: int
    height: int


def document_pictures(data: bytes, fmt: str, settings: OcrSettings) -> tuple[list[Picture], list[OcrIssue]]:
    """Pictures of a DOCX/ODT worth reading, in their order in the archive, and those left aside (with why)."""
    folder = _PICTURE_FOLDERS.get(fmt)
    if folder is None:
        return [], []
    kept: list[Picture] = []
    skipped: list[OcrIssue] = []
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return [], []
    with archive:
        names = [n for n in archive.namelist() if n.startswith(folder) and n.lower().endswith(_PICTURE_SUFFIXES)]
        for name in sorted(names, key=_natural):
            info = archive.getinfo(name)
            if info.file_size > 64 * 1024 * 1024:
                skipped.append(OcrIssue("image de plus de 64 Mo", image=name))
                continue
            try:
                blob = archive.read(name)
                image = open_image(blob, settings)
            except IngestionError as error:
                skipped.append(OcrIssue(error.message, image=name))
                continue
            except (zipfile.BadZipFile, OSError, ValueError, RuntimeError) as error:
                skipped.append(OcrIssue(f"image illisible ({error})", image=name))
                continue
            if image.width * image.height < settings.min_image_pixels:
                skipped.append(OcrIssue("petite image (logo, icône) : non lue", image=name))
                continue
            kept.append(Picture(name, blob, image.width, image.height))
    return kept, skipped


def _natural(name: str) -> list:
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", name)]


def render_pdf_page(page, settings: OcrSettings) -> tuple[Image.Image, float]:
    """A pdfium page as an image at `settings.dpi`, lowered so it stays under the pixel limit (and
    under an A4 page at 600 dpi: a plan is read at a lower resolution)."""
    from clausecheck.ingestion.ocr_prepare import WORKING_PIXELS

    width, height = page.get_size()
    scale = settings.dpi / 72.0
    pixels = width * scale * height * scale
    budget = min(settings.max_image_pixels, WORKING_PIXELS)
    if pixels > budget:
        scale *= (budget / pixels) ** 0.5
    bitmap = page.render(scale=scale, may_draw_forms=True)
    try:
        image = bitmap.to_pil().convert("RGB")
    finally:
        bitmap.close()
    return image, scale * 72.0


def image_coverage(page) -> float:
    """Share of a pdfium page's area covered by its pictures (a picture inside a form counts with the form's box)."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    area = max(width * height, 1.0)
    covered = 0.0
    top_level = None  # the page-level object being walked: a picture inside a form is placed by it
    for obj in page.get_objects(max_depth=2):
        if obj.level == 0:
            top_level = obj
        if obj.type != pdfium_c.FPDF_PAGEOBJ_IMAGE or top_level is None:
            continue
        bounds = getattr(top_level, "get_bounds", None) or top_level.get_pos  # pypdfium2 5 / 4
        left, bottom, right, top = bounds()
        w = max(0.0, min(right, width) - max(left, 0.0))
        h = max(0.0, min(top, height) - max(bottom, 0.0))
        covered += w * h
        if obj.level > 0:
            top_level = None  # count a form once, however many pictures it holds
    return min(covered / area, 1.0)


def a4_share(page) -> float:
    """The page's area in A4 pages (an A3 page is 2)."""
    width, height = page.get_size()
    return max(width * height / _A4_POINTS, 0.25)
