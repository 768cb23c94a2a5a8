"""Read one image with Tesseract (through pytesseract): text, mean word confidence, orientation, skew.

`read_image` prepares the image (ocr_prepare), reads it once, and when that first reading is
poor asks Tesseract's orientation detection (OSD) whether the page is turned, then reads it again
upright. The text is rebuilt from Tesseract's words: lines side by side on the same level (the
cells of a table row) become one line, a wide vertical gap becomes a blank line.

Tesseract runs one thread per call (OMP_THREAD_LIMIT=1): the worker pool already uses the cores,
and Tesseract's own threads on a busy machine make it several times slower.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from functools import lru_cache
from statistics import median
from typing import Any

from PIL import Image

from clausecheck.ingestion import ocr_prepare as prep
from clausecheck.ingestion.ocr_settings import OcrSettings

# Version of the reading below: part of the cache fingerprint, so a change reads pages again.
PIPELINE_VERSION = "1"
# A block of words Tesseract itself doubts this much is a stamp, a signature or a picture, not text.
_NOISE_BLOCK_CONFIDENCE = 35.0
_OSD_MIN_CONFIDENCE = 1.5

INSTALL_HINT = ("installez Tesseract et sa langue française (Debian ou Ubuntu : "
                "« sudo apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-osd »), puis relancez l'analyse")


class OcrError(Exception):
    """Tesseract failed on one page (timeout, crash): the page stays unread, with this French message."""


@dataclass(slots=True)
class OcrPage:
    text: str
    confidence: float | None  # mean word confidence, 0-100; None when no word was found
    words: int = 0
    rotation: int = 0  # degrees turned clockwise to read the page upright
    skew: float = 0.0  # degrees turned counter-clockwise to level its lines
    dpi: int = 300  # resolution the page was read at

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OcrPage:
        return cls(text=str(data["text"]), confidence=None if data.get("confidence") is None else float(data["confidence"]),
                   words=int(data.get("words", 0)), rotation=int(data.get("rotation", 0)),
                   skew=float(data.get("skew", 0.0)), dpi=int(data.get("dpi", 300)))


@dataclass(frozen=True, slots=True)
class TesseractStatus:
    available: bool
    version: str = ""
    languages: tuple[str, ...] = ()
    message: str = ""  # French, when not available

    @property
    def has_osd(self) -> bool:
        return "osd" in self.languages


@lru_cache(maxsize=4)
def tesseract_status(language: str = "fra") -> TesseractStatus:
    """Is Tesseract installed, with the language needed? Checked once per process."""
    try:
        import pytesseract
    except ImportError:
        return TesseractStatus(False, message=f"module pytesseract absent : {INSTALL_HINT}")
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        return TesseractStatus(False, message=f"Tesseract n'est pas installé sur ce poste : {INSTALL_HINT}")
    try:
        version = str(pytesseract.get_tesseract_version())
        languages = tuple(sorted(pytesseract.get_languages(config="")))
    except Exception as error:  # a broken install says so, it does not stop the scan
        return TesseractStatus(False, message=f"Tesseract ne répond pas ({type(error).__name__}) : {INSTALL_HINT}")
    if language not in languages:
        return TesseractStatus(False, version, languages,
                               f"le modèle de langue « {language} » de Tesseract manque : {INSTALL_HINT}")
    return TesseractStatus(True, version, languages)


def fingerprint(settings: OcrSettings) -> str:
    """What shapes an OCR result: the cache files results under it."""
    status = tesseract_status(settings.language)
    return f"tess{status.version}-{settings.language}-{settings.dpi}dpi-p{PIPELINE_VERSION}"


def read_image(image: Image.Image, settings: OcrSettings, declared_dpi: float | None = None) -> OcrPage:
    """Read one page image upright. Raises OcrError when Tesseract fails on it."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    image, dpi = prep.fit(image, prep.estimated_dpi(image, declared_dpi))
    grey = prep.without_colour_ink(image, dpi) or prep.to_grey(image)
    grey, read_dpi = prep.upscale(grey, dpi, settings.max_image_pixels)
    if prep.ink_share(grey) < 0.001:  # a blank page: nothing to read, nothing to pay
        return OcrPage("", None, 0, dpi=round(read_dpi))
    skew, sideways = prep.estimate_layout(grey, settings.max_skew_degrees)
    osd = tesseract_status(settings.language).has_osd
    if sideways:  # lines run top to bottom: a quarter turn one way or the other
        turn = _orientation(grey, read_dpi, settings) if osd else 0
        turns = [turn] if turn in (90, 270) else [90, 270]
    else:
        turns = [0]
    best: OcrPage | None = None
    for turn in turns:
        best = _better(best, _read_turned(grey, turn, skew if turn == 0 else None, read_dpi, settings))
        if (best.confidence or 0.0) >= settings.orientation_check_below:
            break
    assert best is not None
    if not sideways and (best.confidence or 0.0) < settings.orientation_check_below:
        turn = _orientation(grey, read_dpi, settings) if osd else 180  # upside down?
        if turn:
            best = _better(best, _read_turned(grey, turn, None, read_dpi, settings))
    return best


def _better(current: OcrPage | None, other: OcrPage) -> OcrPage:
    if current is None:
        return other
    return other if (other.confidence or 0.0) > (current.confidence or 0.0) else current


def _read_turned(grey: Image.Image, turn: int, skew: float | None, dpi: float, settings: OcrSettings) -> OcrPage:
    """Turn the page `turn` degrees clockwise, level it, read it."""
    upright = prep.rotate(grey, -turn)
    if skew is None:
        skew, _ = prep.estimate_layout(upright, settings.max_skew_degrees)
    text, confidence, words = _tesseract_words(prep.rotate(upright, skew), dpi, settings)
    return OcrPage(text, confidence, words, turn, skew, round(dpi))


def _orientation(grey: Image.Image, dpi: float, settings: OcrSettings) -> int:
    """Clockwise degrees (0, 90, 180, 270) that set the page upright, by Tesseract's OSD; 0 when unsure."""
    if not tesseract_status(settings.language).has_osd:
        return 0
    import pytesseract

    small, small_dpi = grey, dpi
    if dpi > 200:  # OSD needs shapes, not detail: a smaller copy is read twice as fast
        factor = 150 / dpi
        small = grey.resize((max(1, round(grey.width * factor)), max(1, round(grey.height * factor))), Image.Resampling.BOX)
        small_dpi = 150
    try:
        osd = pytesseract.image_to_osd(small, config=f"--psm 0 --dpi {round(small_dpi)} -c min_characters_to_try=20",
                                       output_type=pytesseract.Output.DICT, timeout=settings.page_timeout_seconds)
    except Exception:  # too few characters, or OSD unsure: read as it is
        return 0
    rotate = int(osd.get("rotate", 0) or 0) % 360
    if rotate not in (90, 180, 270) or float(osd.get("orientation_conf", 0) or 0) < _OSD_MIN_CONFIDENCE:
        return 0
    return rotate


def _tesseract_words(grey: Image.Image, dpi: float, settings: OcrSettings) -> tuple[str, float | None, int]:
    import pytesseract

    # pytesseract would write the image as a compressed PNG, slow on a grainy scan (seconds):
    # an uncompressed TIFF costs nothing to write and Tesseract reads it as well
    with tempfile.TemporaryDirectory(prefix="clausecheck-ocr-") as folder:
        path = os.path.join(folder, "page.tif")
        grey.save(path, format="TIFF", dpi=(round(dpi), round(dpi)))
        try:
            data = pytesseract.image_to_data(path, lang=settings.language, config=f"--psm 3 --dpi {round(dpi)}",
                                             output_type=pytesseract.Output.DICT, timeout=settings.page_timeout_seconds)
        except RuntimeError as error:  # pytesseract's timeout
            raise OcrError(f"lecture OCR abandonnée après {settings.page_timeout_seconds:.0f} s") from error
        except pytesseract.TesseractError as error:
            raise OcrError(f"Tesseract a échoué ({str(error.message or error)[:120]})") from error
    return rebuild_text(data)


def rebuild_text(data: dict[str, list]) -> tuple[str, float | None, int]:
    """Text, mean word confidence and word count from pytesseract's image_to_data dictionary."""
    lines: dict[tuple[int, int, int], dict[str, Any]] = {}
    blocks: dict[int, list[float]] = {}
    for i, word in enumerate(data.get("text", [])):
        word = (word or "").strip()
        try:
            confidence = float(data["conf"][i])
        except (TypeError, ValueError):
            continue
        if not word or confidence < 0:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        left, top = int(data["left"][i]), int(data["top"][i])
        right, bottom = left + int(data["width"][i]), top + int(data["height"][i])
        line = lines.setdefault(key, {"words": [], "confs": [], "left": left, "top": top, "right": right, "bottom": bottom})
        line["words"].append(word)
        line["confs"].append(confidence)
        line["left"], line["top"] = min(line["left"], left), min(line["top"], top)
        line["right"], line["bottom"] = max(line["right"], right), max(line["bottom"], bottom)
        blocks.setdefault(key[0], []).append(confidence)
    all_confidences = [c for confs in blocks.values() for c in confs]
    if not all_confidences:
        return "", None, 0
    noisy = {b for b, confs in blocks.items() if sum(confs) / len(confs) < _NOISE_BLOCK_CONFIDENCE}
    kept = [line for key, line in lines.items() if key[0] not in noisy]
    kept_confidences = [c for line in kept for c in line["confs"]]
    # stamps and scribbles aside, the confidence is that of the text; a page mostly of noise keeps all of it
    scored = kept_confidences if len(kept_confidences) >= len(all_confidences) / 2 else all_confidences
    confidence = sum(scored) / len(scored)
    return _layout(kept), round(confidence, 2), len(kept_confidences)


def _layout(lines: list[dict[str, Any]]) -> str:
    """Lines in reading order: those on the same level side by side, blank lines at wide gaps."""
    if not lines:
        return ""
    rows: list[list[dict[str, Any]]] = []
    for line in sorted(lines, key=lambda item: (item["top"], item["left"])):
        centre = (line["top"] + line["bottom"]) / 2
        row = rows[-1] if rows else None
        if row is not None:
            top, bottom = min(item["top"] for item in row), max(item["bottom"] for item in row)
            side_by_side = all(line["left"] >= item["right"] or line["right"] <= item["left"] for item in row)
            if top <= centre <= bottom and side_by_side:
                row.append(line)
                continue
        rows.append([line])
    heights = [max(item["bottom"] for item in row) - min(item["top"] for item in row) for row in rows]
    typical = median(heights) if heights else 0
    out: list[str] = []
    previous_bottom: int | None = None
    for row in rows:
        top = min(item["top"] for item in row)
        if previous_bottom is not None:
            out.append("\n\n" if top - previous_bottom > 0.9 * typical else "\n")
        out.append(" ".join(" ".join(item["words"]) for item in sorted(row, key=lambda item: item["left"])))
        previous_bottom = max(item["bottom"] for item in row)
    return "".join(out)
