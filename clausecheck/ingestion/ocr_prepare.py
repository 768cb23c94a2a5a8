"""Make a scanned image easy for Tesseract: grey levels, enough resolution, upright lines.

Nothing here knows Tesseract: numpy and Pillow only.
- `to_grey` flattens colour and transparency onto white; `without_colour_ink` also whitens the
  colour ink of stamps and signatures, which Tesseract would read as words;
- `upscale` brings a low-resolution scan (150 dpi) to about 300 dpi, where Tesseract reads best;
- `estimate_layout` finds the small angle (a few degrees) of a page fed askew into a scanner, by the
  projection profile (rows of ink are sharpest when the text lines are level), and tells a page
  turned a quarter (its columns of ink are sharper than its rows);
- `ink_share` tells a blank page from a written one without reading it.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageOps

TARGET_DPI = 300
# Largest image worked on (an A4 page at 600 dpi): a bigger one (a 48-megapixel photo, a plan) is
# reduced first, which bounds a worker's memory (colour, grey and mask copies) and Tesseract's time.
WORKING_PIXELS = 36_000_000
_MIN_USEFUL_DPI = 250  # below this a scan is enlarged before reading
_MAX_UPSCALE = 4.0


def fit(image: Image.Image, dpi: float) -> tuple[Image.Image, float]:
    """The image reduced to about 300 dpi when finer than 400 dpi (Tesseract reads no better, only
    slower) and to at most WORKING_PIXELS, with its resolution after that."""
    pixels = image.width * image.height
    factor = TARGET_DPI / dpi if dpi > 400 else 1.0
    factor = min(factor, (WORKING_PIXELS / max(pixels, 1)) ** 0.5)
    if factor >= 0.98:
        return image, dpi
    size = (max(1, int(image.width * factor)), max(1, int(image.height * factor)))
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    return image.resize(size, Image.Resampling.LANCZOS), dpi * factor


def to_grey(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    if image.mode == "CMYK":
        image = image.convert("RGB")
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = ImageOps.autocontrast(image.convert("I").point(lambda value: value / 256)).convert("L")
    return image.convert("L") if image.mode != "L" else image


def without_colour_ink(image: Image.Image, dpi: float) -> Image.Image | None:
    """The page in grey with its stamps and signatures in colour made white, or None when it has none.

    Colour ink is bright and saturated (a blue or red stamp, a blue pen); what is erased is the
    colour ink inside the box of any colour shape at least 0.6 inch high and wide (a stamp's ring,
    a signature's strokes). Colour text (a heading in blue) is made of small separate letters and
    stays."""
    if image.mode not in ("RGB", "RGBA", "P", "CMYK", "YCbCr"):
        return None
    from scipy import ndimage

    rgb = image.convert("RGB")
    hsv = np.asarray(rgb.convert("HSV"), dtype=np.uint8)
    colour = (hsv[..., 1] > 70) & (hsv[..., 2] > 110)
    if colour.mean() < 0.0002:
        return None
    step = max(1, round(dpi / 75))  # look for shapes at about 75 dpi: quick, and strokes join up
    coarse = ndimage.binary_dilation(colour[::step, ::step], iterations=2)
    labels, count = ndimage.label(coarse)
    if not count:
        return None
    big = max(1, round(0.6 * dpi / step))
    erase = np.zeros(colour.shape, dtype=bool)
    for box in ndimage.find_objects(labels):
        if box is None:
            continue
        rows, cols = box
        if rows.stop - rows.start >= big and cols.stop - cols.start >= big:
            erase[rows.start * step:rows.stop * step, cols.start * step:cols.stop * step] = True
    # inside a stamp's box, paler colour counts too: the ink's edges, grain and JPEG have washed it out
    erase &= (hsv[..., 1] > 35) & (hsv[..., 2] > 90)
    if not erase.any():
        return None
    grey = np.array(to_grey(rgb), dtype=np.uint8)
    grey[erase] = 255
    return Image.fromarray(grey, mode="L")


def estimated_dpi(image: Image.Image, declared: float | None) -> float:
    """The resolution of a scan: as declared when plausible, else as if the page were A4."""
    if declared and 50 <= declared <= 1200:
        return float(declared)
    long_side_inches = 11.69  # A4
    return max(image.size) / long_side_inches


def upscale(image: Image.Image, dpi: float, max_pixels: int) -> tuple[Image.Image, float]:
    """Enlarge a scan below 250 dpi to about 300 dpi (never past `max_pixels`)."""
    if dpi >= _MIN_USEFUL_DPI:
        return image, dpi
    factor = min(TARGET_DPI / max(dpi, 1.0), _MAX_UPSCALE)
    width, height = image.size
    factor = min(factor, (max_pixels / max(width * height, 1)) ** 0.5)
    if factor <= 1.05:
        return image, dpi
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS), dpi * factor


def _otsu(values: np.ndarray) -> int:
    histogram = np.bincount(values.ravel(), minlength=256).astype(np.float64)
    total = histogram.sum()
    if total == 0:
        return 128
    levels = np.arange(256)
    weight_dark = np.cumsum(histogram)
    mean_dark = np.cumsum(histogram * levels)
    weight_light = total - weight_dark
    overall = mean_dark[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (overall * weight_dark / total - mean_dark) ** 2 / (weight_dark * weight_light)
    between = np.nan_to_num(between)
    return int(np.argmax(between))


def ink_mask(grey: Image.Image, width: int = 1000) -> np.ndarray:
    """Boolean ink pixels of a reduced copy (dark on light, Otsu's threshold)."""
    small = grey
    if grey.width > width:
        small = grey.resize((width, max(1, round(grey.height * width / grey.width))), Image.Resampling.BOX)
    values = np.asarray(small, dtype=np.uint8)
    threshold = _otsu(values)
    if values.std() < 8:  # a flat page (blank, or uniform noise): no ink at all
        return np.zeros(values.shape, dtype=bool)
    return values < min(threshold, 200)


def ink_share(grey: Image.Image) -> float:
    mask = ink_mask(grey)
    return float(mask.mean()) if mask.size else 0.0


def _profile_scores(ink: Image.Image, angle: float) -> tuple[float, float]:
    """Sharpness of the row and of the column ink profiles at `angle` (scale-free)."""
    rotated = ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0) if angle else ink
    pixels = np.asarray(rotated, dtype=np.float64)
    scores = []
    for axis in (1, 0):
        profile = pixels.sum(axis=axis)
        energy = float((profile * profile).sum()) or 1.0
        steps = np.diff(profile)
        scores.append(float((steps * steps).sum()) / energy)
    return scores[0], scores[1]


def estimate_layout(grey: Image.Image, max_degrees: float) -> tuple[float, bool]:
    """(skew, sideways): the counter-clockwise rotation (degrees) that levels the text lines,
    0.0 when unsure; and whether the lines run top to bottom (a page turned 90 degrees)."""
    mask = ink_mask(grey, width=800)
    if mask.mean() < 0.002:
        return 0.0, False
    ink = Image.fromarray((mask * 255).astype(np.uint8), mode="L")
    span = max(max_degrees, 0.0)
    coarse = np.arange(-span, span + 1e-9, 0.5) if span else np.array([0.0])
    scores = {round(float(a), 2): _profile_scores(ink, float(a)) for a in coarse}
    best = max(scores, key=lambda a: scores[a][0])
    if span:
        for angle in np.arange(best - 0.5, best + 0.5 + 1e-9, 0.1):
            angle = round(float(angle), 2)
            if abs(angle) <= span and angle not in scores:
                scores[angle] = _profile_scores(ink, angle)
    best_rows = max(scores, key=lambda a: scores[a][0])
    best_columns = max(scores, key=lambda a: scores[a][1])
    sideways = scores[best_columns][1] > 1.5 * scores[best_rows][0]
    level = scores[0.0][0] if 0.0 in scores else _profile_scores(ink, 0.0)[0]
    # a flat profile (no text lines: a photo, a plan) gains little from any angle: leave it
    if sideways or abs(best_rows) < 0.2 or scores[best_rows][0] < level * 1.02:
        return 0.0, sideways
    return best_rows, False


def rotate(grey: Image.Image, degrees_ccw: float) -> Image.Image:
    if not degrees_ccw:
        return grey
    if degrees_ccw % 90 == 0:
        return grey.rotate(degrees_ccw, expand=True)
    return grey.rotate(degrees_ccw, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
