"""Scanned pages made on the spot for the OCR tests and benchmark, and the character error rate.

A page is typeset by reportlab (real fonts, a ruled table), rendered by pdfium to an image as a
scanner would see it, optionally degraded (noise, skew, JPEG, a stamp, rotation, low
resolution), and wrapped in a PDF holding only that image. The text typeset is known, so what
OCR reads back can be scored.
"""

from __future__ import annotations

import io
import random

from reportlab import rl_config

rl_config.invariant = 1

from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

TITLE = "RÈGLEMENT DE LA CONSULTATION (RC)"
SUBTITLE = "Marché n° 2026-TRX-031 – Réhabilitation de la salle des fêtes Émile-Zola"
HEADING = "Article 2.2 – Clause sociale d'insertion"
CLAUSE = [
    "En application de l'article L2112-2 du code de la commande publique, le titulaire s'engage à",
    "réaliser une action d'insertion professionnelle représentant 1 200 heures de travail au",
    "bénéfice de personnes éloignées de l'emploi : demandeurs d'emploi de longue durée,",
    "bénéficiaires du RSA, jeunes de moins de 26 ans sans qualification. Le facilitateur de la",
    "Maison de l'emploi accompagne l'entreprise dans la mise en œuvre de cette clause ; chaque",
    "heure non réalisée donne lieu à une pénalité de 60 € HT.",
]
CRITERIA_HEADING = "Article 5 – Critères de jugement des offres"
CRITERIA = [
    ("Critère", "Pondération"),
    ("Prix des prestations", "50 %"),
    ("Valeur technique", "35 %"),
    ("Performance en matière d'insertion professionnelle", "15 %"),
]


def reference_text() -> str:
    """What the page says, line by line (table rows as 'cell cell')."""
    lines = [TITLE, SUBTITLE, HEADING, *CLAUSE, CRITERIA_HEADING]
    lines += [f"{left} {right}" for left, right in CRITERIA]
    return "\n".join(lines)


def typeset_pdf(heading_colour: tuple[int, int, int] | None = None) -> bytes:
    """The born-digital page (with a text layer): what the scanner was fed. `heading_colour`
    (RGB) prints the article headings in colour, as Word's default blue headings."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    _width, height = A4
    y = height - 80
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, y, TITLE)
    y -= 20
    c.setFont("Helvetica", 11)
    c.drawString(60, y, SUBTITLE)
    y -= 38

    def heading(text: str) -> None:
        c.setFont("Helvetica-Bold", 12)
        if heading_colour:
            c.setFillColorRGB(*(v / 255 for v in heading_colour))
        c.drawString(60, y, text)
        c.setFillColor(colors.black)

    heading(HEADING)
    y -= 22
    c.setFont("Helvetica", 10.5)
    for line in CLAUSE:
        c.drawString(60, y, line)
        y -= 15.5
    y -= 22
    heading(CRITERIA_HEADING)
    y -= 14
    row_height, left, middle, right = 22, 60, 400, 520
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.8)
    for index, (label, weight) in enumerate(CRITERIA):
        top = y - index * row_height
        c.rect(left, top - row_height, right - left, row_height)
        c.line(middle, top, middle, top - row_height)
        c.setFont("Helvetica-Bold" if index == 0 else "Helvetica", 10.5)
        c.drawString(left + 6, top - 15, label)
        c.drawString(middle + 6, top - 15, weight)
    c.showPage()
    c.save()
    return buf.getvalue()


def scan_image(dpi: int = 300, colour: bool = False, heading_colour: tuple[int, int, int] | None = None) -> Image.Image:
    """The typeset page as a scanner at `dpi` sees it."""
    return scanned(typeset_pdf(heading_colour), dpi, colour)


def scanned(pdf_data: bytes, dpi: int = 300, colour: bool = False) -> Image.Image:
    """The first page of a born-digital PDF as a scanner at `dpi` sees it (grey unless `colour`)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_data)
    try:
        page = pdf[0]
        image = page.render(scale=dpi / 72, grayscale=not colour).to_pil()
        page.close()
    finally:
        pdf.close()
    return image.convert("RGB" if colour else "L")


def add_stamp(image: Image.Image, seed: int = 3) -> Image.Image:
    """A round blue office stamp with its own text, pressed over the right of the clause."""
    image = image.convert("RGB")
    scale = image.width / 2480
    stamp = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(stamp)
    cx, cy, radius = int(1900 * scale), int(1480 * scale), int(190 * scale)
    ink = (30, 60, 170, 150)
    for r in (radius, radius - int(14 * scale)):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=max(2, int(7 * scale)))
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", max(10, int(34 * scale)))
    except OSError:
        font = ImageFont.load_default()
    for dy, words in ((-40, "MAIRIE"), (10, "REÇU LE"), (60, "12 MARS 2026")):
        draw.text((cx, cy + int(dy * scale)), words, fill=ink, font=font, anchor="mm")
    stamp = stamp.rotate(random.Random(seed).uniform(-20, 20), center=(cx, cy))
    return Image.alpha_composite(image.convert("RGBA"), stamp).convert("RGB")


def degrade(image: Image.Image, *, skew: float = 2.0, noise: float = 14.0, speckles: float = 0.002,
            jpeg_quality: int = 40, stamp: bool = True, seed: int = 7) -> Image.Image:
    """A poor photocopy: a stamp, the sheet fed askew, grain and specks, then JPEG compression."""
    import numpy as np

    rng = np.random.default_rng(seed)
    if stamp:
        image = add_stamp(image)
    image = image.convert("RGB").rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    pixels = np.asarray(image, dtype=np.float64)
    pixels = pixels + rng.normal(0.0, noise, pixels.shape[:2])[..., None]
    specks = rng.random(pixels.shape[:2])
    pixels[specks < speckles / 2] = 0
    pixels[specks > 1 - speckles / 2] = 255
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="RGB").filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=jpeg_quality)
    return Image.open(io.BytesIO(out.getvalue()))


def image_pdf(images: list[Image.Image], dpi: int = 300, jpeg: bool = False) -> bytes:
    """A PDF of A4 pages each holding only one picture: no text layer (a scan)."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    for image in images:
        data = io.BytesIO()
        image.save(data, format="JPEG" if jpeg else "PNG", **({"quality": 85} if jpeg else {}))
        data.seek(0)
        width, height = (A4[1], A4[0]) if image.width > image.height else A4
        c.setPageSize((width, height))
        c.drawImage(ImageReader(data), 0, 0, width=width, height=height)
        c.showPage()
    c.save()
    return buf.getvalue()


def normalised(text: str) -> str:
    """The text as the analysis sees it (apostrophes, dashes, spaces folded), on one line."""
    from clausecheck.ingestion.normalize import normalise

    return " ".join(normalise(text)[0].split())


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Edit distance (insertions, deletions, substitutions) over the reference's length, after `normalised`."""
    ref, hyp = normalised(reference), normalised(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    previous = list(range(len(hyp) + 1))
    for i, ref_char in enumerate(ref, start=1):
        current = [i] + [0] * len(hyp)
        for j, hyp_char in enumerate(hyp, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref_char != hyp_char))
        previous = current
    return previous[-1] / len(ref)


def require_tesseract() -> None:
    """Skip (with the reason shown) when Tesseract or its French model is missing; in CI
    (CLAUSECHECK_REQUIRE_TESSERACT=1, set by scripts/test.sh when CI=true) fail instead."""
    import os

    import pytest

    from clausecheck.ingestion.ocr_engine import tesseract_status

    status = tesseract_status("fra")
    if status.available:
        return
    reason = f"Tesseract indisponible : {status.message}"
    if os.environ.get("CLAUSECHECK_REQUIRE_TESSERACT") == "1" or os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CLAUSECHECK_REQUIRE_TESSERACT=1 : les tests OCR doivent tourner en CI)")
    pytest.skip(reason)
