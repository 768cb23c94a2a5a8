"""The two scanned samples written by make_samples.py (FICTITIOUS, like every sample).

    dce-espaces-verts-scanne/CCAP-numerise.pdf  a CCAP page printed then scanned: no text layer, read by OCR
    illisible/scan-sans-texte.pdf               a blank sheet scanned: nothing anyone can read
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402


def _image_only_pdf(path: Path, image, title: str) -> None:
    """An A4 PDF holding only a JPEG picture: what a scanner without OCR produces (no text layer)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=70, optimize=True)
    buf.seek(0)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def write_scan(path: Path) -> None:
    """A blank sheet through the scanner: greyish paper, darker towards one edge, not one written
    mark. No OCR can read anything on it: it stays unreadable whether Tesseract is installed or not."""
    from PIL import Image

    width, height = 1240, 1754  # A4 at 150 dpi
    image = Image.linear_gradient("L").resize((width, height)).point(lambda v: 248 - v // 40)
    _image_only_pdf(path, image, "Copie numérisée sans couche texte")


SCANNED_CCAP = [
    ("Helvetica-Bold", 14, "VILLE D'EXEMPLEVILLE"),
    ("Helvetica", 11, "Entretien des espaces verts des écoles – Consultation n° 2026-SRV-022"),
    ("Helvetica-Bold", 13, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES (extrait)"),
    ("Helvetica", 10, ""),
    ("Helvetica-Bold", 11, "Article 6 – Clause sociale d'insertion"),
    ("Helvetica", 10.5, "Le titulaire s'engage à réaliser une action d'insertion professionnelle représentant"),
    ("Helvetica", 10.5, "420 heures de travail au bénéfice de personnes éloignées de l'emploi : demandeurs"),
    ("Helvetica", 10.5, "d'emploi de longue durée, bénéficiaires du RSA, jeunes de moins de 26 ans sans"),
    ("Helvetica", 10.5, "qualification. Il peut y satisfaire par embauche directe ou par mise à disposition"),
    ("Helvetica", 10.5, "de salariés d'une entreprise de travail temporaire d'insertion (ETTI). Le facilitateur"),
    ("Helvetica", 10.5, "de la Maison de l'emploi d'Exempleville accompagne l'entreprise dans la mise en œuvre"),
    ("Helvetica", 10.5, "de cette clause. Chaque heure non réalisée donne lieu à une pénalité de 40 € HT."),
    ("Helvetica", 10, ""),
    ("Helvetica-Bold", 11, "Article 7 – Conditions environnementales d'exécution"),
    ("Helvetica", 10.5, "Le titulaire assure le tri et la valorisation des déchets verts (compostage, paillage"),
    ("Helvetica", 10.5, "sur place) et n'emploie aucun produit phytosanitaire sur l'ensemble des sites."),
    ("Helvetica", 10, ""),
    ("Helvetica", 9, "Copie numérisée de l'exemplaire papier signé (fictif)."),
]


def write_scanned_ccap(path: Path) -> None:
    """A CCAP page printed, then scanned in grey at 200 dpi, a little askew, saved as JPEG: no text
    layer, the insertion clause (420 hours) readable only by OCR."""
    import pypdfium2 as pdfium
    from PIL import Image
    from reportlab.pdfgen import canvas

    typed = io.BytesIO()
    c = canvas.Canvas(typed, pagesize=A4, invariant=1)
    y = A4[1] - 3 * cm
    for font, size, line in SCANNED_CCAP:
        c.setFont(font, size)
        c.drawString(2.2 * cm, y, line)
        y -= size * 1.55
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(typed.getvalue())
    try:
        page = pdf[0]
        image = page.render(scale=200 / 72, grayscale=True).to_pil().convert("L")
        page.close()
    finally:
        pdf.close()
    image = image.rotate(0.8, resample=Image.Resampling.BICUBIC, fillcolor=255)
    image = image.point(lambda v: round(v * 0.9 + 14))  # greyish paper, softer black
    _image_only_pdf(path, image, "CCAP numérisé")
