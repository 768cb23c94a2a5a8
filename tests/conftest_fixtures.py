"""Factories for ingestion tests: every fixture file is generated in tmp_path, none is committed.

Import with `from conftest_fixtures import ...` (the tests folder is on sys.path under pytest's
default import mode; the test modules also add it explicitly).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXED_DATE = (2026, 3, 9, 9, 0, 0)

HEADER = "Ville de Testville – Marché public de travaux n° 2026-042"
FOOTER = "CCAP – Document de test"


# ---------------------------------------------------------------------------------------------- PDF

def pdf_bytes(pages: list[list[str]], *, header: str | None = None, footer: str | None = None,
              font: str = "Helvetica", font_file: Path | None = None, size: float = 10.5) -> bytes:
    """A born-digital PDF: one list of lines per page, drawn exactly as given (no reflow).

    `header`/`footer` are drawn on every page (the footer followed by "Page N / M"), as word
    processors do. `font_file` embeds a TrueType font (needed for ligature glyphs ﬁ ﬂ ﬃ).
    """
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    if font_file is not None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        font = "TestTTF"
        pdfmetrics.registerFont(TTFont(font, str(font_file)))
    _width, height = A4
    total = len(pages)
    for number, lines in enumerate(pages, start=1):
        if header:
            c.setFont(font, 8)
            c.drawString(56, height - 36, header)
        c.setFont(font, size)
        y = height - 80
        for line in lines:
            c.drawString(56, y, line)
            y -= size * 1.45
        if footer:
            c.setFont(font, 8)
            c.drawString(56, 30, f"{footer} – Page {number} / {total}")
        c.showPage()
    c.save()
    return buf.getvalue()


def filler(page: int, n: int = 12) -> list[str]:
    """Body lines that differ from page to page (so they are never taken for running lines)."""
    words = ["maçonnerie", "menuiserie", "réception", "planning", "chantier", "ouvrage", "garantie",
             "révision", "avenant", "acompte", "décompte", "réunion", "ordre de service", "sécurité"]
    return [f"Article {page}.{i} – Les stipulations relatives au {words[(page * 7 + i) % len(words)]} "
            f"s'appliquent à la tranche {page * 100 + i}." for i in range(1, n + 1)]


def image_page_pdf_bytes(text_pages: list[list[str]] | None = None, image_pages: int = 1) -> bytes:
    """Text pages (if any) followed by `image_pages` pages holding only a picture of text: a scan."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    for lines in text_pages or []:
        c.setFont("Helvetica", 11)
        y = A4[1] - 80
        for line in lines:
            c.drawString(56, y, line)
            y -= 16
        c.showPage()
    for _ in range(image_pages):
        image = Image.new("L", (620, 877), 245)
        draw = ImageDraw.Draw(image)
        for i in range(20):
            draw.text((40, 40 + i * 30), f"Ligne numerisee {i} : 1 200 heures d'insertion", fill=20)
        png = io.BytesIO()
        image.save(png, format="PNG")
        png.seek(0)
        c.drawImage(ImageReader(png), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf_bytes(user_password: str = "secret") -> bytes:
    """A PDF that needs a user password to open (pypdf)."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(pdf_bytes([["Pièce confidentielle : 1 200 heures d'insertion."]])))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="proprietaire")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def corrupt_pdf_bytes() -> bytes:
    """Starts like a PDF, then nothing a PDF reader can repair."""
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 40 + b"\n%%EOF garbage"


def truncated_pdf_bytes() -> bytes:
    """A real PDF cut in the middle, as an interrupted download leaves it."""
    data = pdf_bytes([filler(1), filler(2)])
    return data[: len(data) // 3]


# ---------------------------------------------------------------------------------------------- Office

def docx_bytes(*, paragraphs: list[str], table: list[list[str]] | None = None, header: str | None = None,
               footer: str | None = None, heading: str | None = None) -> bytes:
    import docx

    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for col, value in enumerate(row):
                t.cell(r, col).text = value
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def odt_bytes(*, heading: str, paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=heading))
    for text in paragraphs:
        document.text.addElement(P(text=text))
    if table:
        t = Table(name="Lots")
        t.addElement(TableColumn(numbercolumnsrepeated=len(table[0])))
        for row in table:
            tr = TableRow()
            for value in row:
                cell = TableCell()
                cell.addElement(P(text=value))
                tr.addElement(cell)
            t.addElement(tr)
        document.text.addElement(t)
    buf = io.BytesIO()
    document.write(buf)
    return buf.getvalue()


def xlsx_bytes(sheets: dict[str, list[list[object]]]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buf = io.BytesIO()
    workbook.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------- markup

HTML_NOTICE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="{charset}"><title>Avis de marché – Ville de Testville</title>
<style>body {{ font-family: sans-serif; }}</style><script>var x = "ne pas lire";</script></head>
<body><h1>Avis de marché</h1>
<p>Objet : entretien des espaces verts de la commune. Procédure adaptée.</p>
<table><tr><th>Lot</th><th>Intitulé</th><th>Montant estimé</th></tr>
<tr><td>1</td><td>Tonte et débroussaillage</td><td>45 000 € HT</td></tr>
<tr><td>2</td><td>Élagage</td><td>30 000 € HT</td></tr></table>
<p>Le lot 2 est réservé aux structures d'insertion par l'activité économique (article L2113-13).</p>
</body></html>
"""

BOAMP_XML = """<?xml version="1.0" encoding="UTF-8"?>
<BOAMP xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <GESTION><REFERENCE><IDWEB>26-123456</IDWEB></REFERENCE></GESTION>
  <DONNEES>
    <IDENTITE><DENOMINATION>Ville de Testville</DENOMINATION><VILLE>Testville</VILLE></IDENTITE>
    <OBJET>
      <TITRE_MARCHE>Travaux de rénovation énergétique de l'école Pasteur</TITRE_MARCHE>
      <CPV><PRINCIPAL>45214210</PRINCIPAL></CPV>
      <DIV_EN_LOTS><OUI/></DIV_EN_LOTS>
      <LOTS><LOT><NUM>1</NUM><INTITULE>Isolation par l'extérieur</INTITULE></LOT>
            <LOT><NUM>2</NUM><INTITULE>Menuiseries</INTITULE></LOT></LOTS>
    </OBJET>
    <CONDITION_PARTICIPATION><MARCHE_RESERVE_NON/></CONDITION_PARTICIPATION>
    <CONDITIONS_EXECUTION>Clause d'insertion : 800 heures de travail réservées à des publics éloignés de l'emploi.</CONDITIONS_EXECUTION>
  </DONNEES>
</BOAMP>
"""


# ---------------------------------------------------------------------------------------------- ZIP

def zip_bytes(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = compression
            archive.writestr(info, data)
    return buf.getvalue()


def nested_zip_bytes(depth: int, leaf_name: str = "piece.txt", leaf: bytes = b"Texte au fond.") -> bytes:
    """depth=1: a ZIP holding the leaf; depth=2: a ZIP holding niveau2.zip holding the leaf; ..."""
    data = zip_bytes({leaf_name: leaf})
    for level in range(depth, 1, -1):
        data = zip_bytes({f"niveau{level}.zip": data})
    return data


def zip_bomb_bytes(uncompressed_mib: int = 16) -> bytes:
    """A ZIP whose one big member is zeros (ratio ~1000:1) beside two ordinary members."""
    return zip_bytes({
        "RC.txt": "Règlement de la consultation : le marché est alloti en 3 lots.".encode(),
        "bombe.txt": b"\0" * (uncompressed_mib * 1024 * 1024),
        "CCAP.txt": "Le titulaire réalise 500 heures d'insertion.".encode(),
    })


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
