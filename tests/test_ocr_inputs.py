"""What OCR reads, what it leaves alone, and how bad inputs end: each with a clear status.

Tests marked `needs_tesseract` read real pages; the others replace Tesseract's reading by a
stand-in (the page-selection, status and cache logic is the same) and run anywhere.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import ClassVar

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clausecheck.ingestion import OcrOptions, ingest_bytes, ocr as ocr_module
from clausecheck.ingestion.ocr_cache import DirectoryOcrCache
from clausecheck.ingestion.ocr_engine import OcrPage, TesseractStatus
from clausecheck.ingestion.ocr_settings import load_ocr_settings
from clausecheck.ingestion.sniff import sniff_format
from clausecheck.model import Document, TextStatus
from clausecheck.outputs.json_output import to_jsonable
from clausecheck.pipeline import Engine
from conftest_fixtures import filler, pdf_bytes
from ocr_pages import image_pdf, require_tesseract, scan_image

INSERTION = ("Le titulaire réalise 300 heures d'insertion professionnelle au bénéfice de personnes "
             "éloignées de l'emploi, avec l'appui du facilitateur.")


@pytest.fixture()
def needs_tesseract():
    require_tesseract()


@pytest.fixture()
def fake_tesseract(monkeypatch):
    """Tesseract 'installed', its reading replaced: returns the list of pages it was asked to read."""
    class Calls(list):
        reading: ClassVar[dict[str, OcrPage]] = {"page": OcrPage(INSERTION, 93.0, 17)}

    calls = Calls()
    reading = calls.reading

    def read_image(image, settings, dpi=None):
        calls.append(image.size)
        return reading["page"]

    monkeypatch.setattr(ocr_module, "tesseract_status", lambda language="fra": TesseractStatus(True, "5.3.0", ("fra", "osd")))
    monkeypatch.setattr(ocr_module, "read_image", read_image)
    return calls


def options(mode: str = "auto", **settings) -> OcrOptions:
    return OcrOptions(mode, load_ocr_settings().with_(**settings), None)


def read(data: bytes, name: str, ocr: OcrOptions | None = None) -> Document:
    [document] = ingest_bytes(data, name, "dossier", ocr=ocr or options())
    return document


def png(image: Image.Image, **params) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", **params)
    return out.getvalue()


def text_and_scan_pdf() -> bytes:
    """Page 1 typed (an insertion clause), page 2 a scan."""
    from conftest_fixtures import image_page_pdf_bytes

    return image_page_pdf_bytes(text_pages=[["RÈGLEMENT DE LA CONSULTATION", INSERTION[:90], INSERTION[90:]]], image_pages=1)


# ---------------------------------------------------------------------------------------------- hostile inputs

def test_image_of_ten_thousand_pixels_square_is_too_large():
    data = png(Image.new("1", (10_000, 10_000), 1))
    for mode in ("auto", "off"):
        document = read(data, "plan.png", options(mode))
        assert document.format == "png"
        assert document.text_status is TextStatus.TOO_LARGE, document.status_message
        assert "10\u00a0000 × 10\u00a0000 pixels" in document.status_message
        assert "ocr.max_image_pixels" in document.status_message


def test_corrupt_images_are_corrupt_not_fatal():
    good = png(Image.new("L", (800, 1000), 255))
    truncated = good[: len(good) // 2] if len(good) > 400 else good[:60]
    jpeg_header_only = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64
    for name, data in (("coupee.png", truncated), ("vide.jpg", jpeg_header_only), ("bruit.tif", b"II*\x00" + bytes(range(256)) * 8)):
        document = read(data, name)
        assert document.text_status is TextStatus.CORRUPT, (name, document.text_status, document.status_message)
        assert "Image" in document.status_message and "Traceback" not in document.status_message


def test_images_are_sniffed_by_content_not_extension():
    assert sniff_format(png(Image.new("L", (10, 10))), "scan.pdf") == "png"
    jpeg = io.BytesIO()
    Image.new("RGB", (10, 10)).save(jpeg, format="JPEG")
    assert sniff_format(jpeg.getvalue(), "scan.txt") == "jpeg"
    tiff = io.BytesIO()
    Image.new("L", (10, 10)).save(tiff, format="TIFF")
    assert sniff_format(tiff.getvalue(), "scan") == "tiff"


def test_five_hundred_page_scan_stops_at_the_cap(fake_tesseract):
    """500 scanned pages, a cap of 3: three are read, the rest reported, nothing else lost."""
    page = Image.new("L", (300, 420), 250)
    data = image_pdf([page] * 500)  # the same picture on every page: a small file
    assert len(data) < 2_000_000
    document = read(data, "archive-scannee.pdf", options(max_pages_per_document=3))
    info = document.ocr
    assert document.page_count == 500 and len(fake_tesseract) == 3
    assert info.cap_reached is True and info.cap == 3
    assert info.pages_not_read == list(range(4, 501))
    assert document.text_status is TextStatus.OCR
    assert "Limite de 3 pages lues par OCR" in document.status_message and "497 autres non lues" in document.status_message
    assert document.pages_without_text == list(range(4, 501))
    analysis = Engine(use_model=False).analyse(document)
    assert analysis.considerations["clause_insertion"] is True
    assert analysis.considerations["clause_environnementale"] is None  # 497 pages unread: unknown, not absent
    assert "pages sans couche texte (4, 5, 6" in analysis.unknown_reasons["clause_environnementale"]


def test_default_cap_is_the_documented_setting():
    settings = load_ocr_settings()
    assert settings.max_pages_per_document == 100 and settings.max_image_pixels == 60_000_000
    assert settings.min_confidence == 70 and settings.dpi == 300


# ---------------------------------------------------------------------------------------------- three honest states

def test_without_tesseract_the_scan_stays_unknown_and_says_how_to_install(monkeypatch):
    monkeypatch.setattr(ocr_module, "tesseract_status",
                        lambda language="fra": TesseractStatus(False, message="Tesseract n'est pas installé sur ce poste"))
    document = read(image_pdf([Image.new("L", (300, 420), 250)]), "scan.pdf")
    assert document.text_status is TextStatus.NO_TEXT_LAYER
    assert "apt-get install tesseract-ocr tesseract-ocr-fra" in document.status_message
    assert "inconnu, pas absent" in document.status_message
    assert document.ocr.available is False and document.ocr.message.startswith("OCR indisponible")
    assert document.ocr.pages_not_read == [1]


def test_ocr_off_reads_no_image(fake_tesseract):
    document = read(text_and_scan_pdf(), "mixte.pdf", options("off"))
    assert fake_tesseract == [] and document.text_status is TextStatus.OK
    assert document.pages_without_text == [2]
    scan = read(image_pdf([Image.new("L", (300, 420), 250)]), "scan.pdf", options("off"))
    assert scan.text_status is TextStatus.NO_TEXT_LAYER and "--ocr off" in scan.status_message


def test_low_confidence_page_leaves_categories_unknown_with_its_reason(fake_tesseract):
    fake_tesseract.reading["page"] = OcrPage("Artlcle 9 - Dlsp0sltlons dlverses", 45.0, 5)
    document = read(text_and_scan_pdf(), "mixte.pdf")
    assert document.text_status is TextStatus.OCR
    page = document.pages[1]
    assert page.text_source == "ocr" and not page.ocr_trusted and page.ocr_confidence == 45.0
    assert document.pages_without_text == [2]
    analysis = Engine(use_model=False).analyse(document)
    assert analysis.considerations["clause_insertion"] is True  # read on the typed page
    reason = analysis.unknown_reasons["clause_environnementale"]
    assert analysis.considerations["clause_environnementale"] is None
    assert "confiance insuffisante (2 (45 %))" in reason and "absence non vérifiable" in reason

    scan_only = read(image_pdf([Image.new("L", (300, 420), 250)]), "scan.pdf")
    assert scan_only.text_status is TextStatus.NO_TEXT_LAYER
    assert "confiance trop faible" in scan_only.status_message and "45" in scan_only.status_message


def test_findings_on_ocr_pages_say_so(fake_tesseract):
    document = read(image_pdf([Image.new("L", (300, 420), 250)]), "CCAP-scan.pdf")
    analysis = Engine(use_model=False).analyse(document)
    hours = next(f for f in analysis.findings if f.kind == "heures_insertion")
    assert to_jsonable(hours.evidence)["text_source"] == "ocr" and to_jsonable(hours.evidence)["ocr_confidence"] == 93.0
    assert all(f.evidence.text_source == "ocr" and f.evidence.ocr_confidence == 93.0 for f in analysis.findings)
    plain = Engine(use_model=False).analyse(read(pdf_bytes([[INSERTION]]), "CCAP.pdf"))  # a text layer
    assert plain.findings and plain.text_status == "ok"
    for finding in plain.findings:  # evidence from a text layer says nothing of OCR, in the JSON either
        assert finding.evidence.text_source == "text_layer"
        assert not {"text_source", "ocr_confidence"} & set(to_jsonable(finding.evidence))


# ---------------------------------------------------------------------------------------------- which pages

def test_good_text_layer_is_never_ocrd(fake_tesseract):
    data = pdf_bytes([filler(1, 30), filler(2, 30)])
    document = read(data, "CCAP.pdf")
    assert fake_tesseract == [] and document.ocr is None
    assert document.text_status is TextStatus.OK
    forced = read(data, "CCAP.pdf", options("force"))
    assert len(fake_tesseract) == 2 and forced.text_status is TextStatus.OCR


def test_thin_text_layer_over_a_scan_is_ocrd(fake_tesseract):
    """A scan whose only text layer is a stamped header line is read by OCR; the header is not all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(io.BytesIO(png(Image.new("L", (300, 420), 250)))), 0, 0, width=A4[0], height=A4[1])
    c.setFont("Helvetica", 8)
    c.drawString(40, A4[1] - 20, "Reçu en préfecture le 12/03/2026")
    c.showPage()
    c.save()
    document = read(out.getvalue(), "AE-signe.pdf")
    assert len(fake_tesseract) == 1
    assert document.pages[0].text_source == "ocr" and "300 heures" in document.text


def test_ocr_cache_reads_each_page_once(fake_tesseract, tmp_path):
    cache = DirectoryOcrCache(tmp_path / "ocr", "test")
    opts = OcrOptions("auto", load_ocr_settings(), cache)
    data = text_and_scan_pdf()
    first = read(data, "mixte.pdf", opts)
    second = read(data, "autre-nom.pdf", opts)
    assert len(fake_tesseract) == 1
    assert first.text == second.text
    assert [p.cached for p in second.ocr.pages] == [True]
    [stored] = list((tmp_path / "ocr" / "test").rglob("*.json"))
    assert stored.name == "2.json" and stored.parent.name == first.sha256
    stored.write_text("{pas du json", encoding="utf-8")  # damaged: read again, never crash
    read(data, "mixte.pdf", opts)
    assert len(fake_tesseract) == 2


def test_scan_keeps_ocr_in_the_given_folder_and_the_api_in_its_data_directory(fake_tesseract, tmp_path):
    """The same file scanned twice with a cache folder is read by OCR once; the API's engine scans with
    its data directory's `ocr/` folder."""
    from api.app import create_app
    from api.settings import Settings
    from clausecheck.pipeline import scan

    folder = tmp_path / "dce"
    folder.mkdir()
    (folder / "mixte.pdf").write_bytes(text_and_scan_pdf())
    cache = tmp_path / "cache"
    first = scan([folder], ocr_cache_dir=cache).result()
    second = scan([folder], ocr_cache_dir=cache).result()
    assert len(fake_tesseract) == 1
    assert [p.cached for p in first.documents[0].ocr.pages] == [False]
    assert [p.cached for p in second.documents[0].ocr.pages] == [True]
    assert second.documents[0].considerations == first.documents[0].considerations
    scan([folder]).result()  # no cache folder: read again
    assert len(fake_tesseract) == 2

    settings = Settings(data_dir=tmp_path / "data")
    app = create_app(settings, start_runner=False)
    result = app.state.engine.scan([folder], None)
    assert len(fake_tesseract) == 3 and result.documents[0].text_status == "ocr"
    stored = list((tmp_path / "data" / "ocr").rglob("2.json"))
    assert len(stored) == 1 and stored[0].parent.name == result.documents[0].sha256
    app.state.engine.scan([folder], None)
    assert len(fake_tesseract) == 3  # the same file uploaded again: not read twice


def test_unknown_ocr_mode_is_refused_by_the_caller():
    from clausecheck.pipeline import scan

    with pytest.raises(ValueError, match="mode OCR inconnu"):
        scan([], ocr="toujours")


# ---------------------------------------------------------------------------------------------- real reading

def test_docx_picture_is_read_and_logo_left_aside(needs_tesseract):
    import docx

    scan = scan_image(150)
    document = docx.Document()
    document.add_picture(io.BytesIO(png(Image.new("RGB", (240, 90), (0, 80, 160)))))  # the buyer's logo
    document.add_paragraph("CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES")
    document.add_paragraph("L'annexe ci-dessous est la copie numérisée du règlement.")
    document.add_picture(io.BytesIO(png(scan, dpi=(150, 150))))
    out = io.BytesIO()
    document.save(out)
    read_doc = read(out.getvalue(), "CCTP.docx", OcrOptions.for_mode("auto"))
    assert read_doc.text_status is TextStatus.OCR, read_doc.status_message
    assert read_doc.page_count == 2
    picture_page = read_doc.pages[1]
    assert picture_page.text_source == "ocr" and picture_page.source_image.startswith("word/media/")
    assert "1 200 heures" in picture_page.text
    info = read_doc.ocr
    assert [s.message for s in info.images_skipped] == ["petite image (logo, icône) : non lue"]
    assert read_doc.pages_without_text == []


def test_multipage_tiff_is_read_page_by_page(needs_tesseract):
    first, second = scan_image(200), Image.new("L", (1654, 2339), 255)
    out = io.BytesIO()
    first.save(out, format="TIFF", save_all=True, append_images=[second], dpi=(200, 200))
    document = read(out.getvalue(), "scan.tif", OcrOptions.for_mode("auto"))
    assert document.format == "tiff" and document.page_count == 2
    assert document.text_status is TextStatus.OCR
    assert "1 200 heures" in document.pages[0].text
    assert document.pages[1].text_source == "ocr" and document.pages[1].ocr_confidence is None  # blank page
    assert document.pages_without_text == [2]


def test_blank_scan_stays_unreadable_with_or_without_tesseract(needs_tesseract):
    blank = Image.new("L", (1240, 1754), 248)
    document = read(image_pdf([blank]), "scan-vierge.pdf", OcrOptions.for_mode("auto"))
    assert document.text_status is TextStatus.NO_TEXT_LAYER
    assert "aucun texte" in document.status_message and "inconnu" in document.status_message


def test_odt_picture_is_read(needs_tesseract):
    from odf.draw import Frame, Image as OdfImage
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text="CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES"))
    href = document.addPicture("Pictures/annexe.png", "image/png", png(scan_image(150), dpi=(150, 150)))
    frame = Frame(width="17cm", height="24cm", anchortype="paragraph")
    frame.addElement(OdfImage(href=href))
    holder = P()
    holder.addElement(frame)
    document.text.addElement(holder)
    out = io.BytesIO()
    document.save(out)
    read_doc = read(out.getvalue(), "CCTP.odt", OcrOptions.for_mode("auto"))
    assert read_doc.text_status is TextStatus.OCR, read_doc.status_message
    assert [p.source_image for p in read_doc.pages] == ["", "Pictures/annexe.png"]
    assert "1 200 heures" in read_doc.text and "1 image du document" in read_doc.status_message


def test_big_photos_are_reduced_before_reading():
    """A 50-megapixel photo of an A4 page is read at about 300 dpi: bounded memory and time."""
    from clausecheck.ingestion import ocr_prepare as prep

    photo = Image.new("L", (6000, 8480), 255)
    image, dpi = prep.fit(photo, prep.estimated_dpi(photo, None))
    assert 2400 <= image.width <= 2560 and 295 <= dpi <= 305
    plan = Image.new("L", (9000, 6500), 255)  # 58 Mpx at 300 dpi: within the file limit, above the working size
    image, dpi = prep.fit(plan, 300)
    assert image.width * image.height <= prep.WORKING_PIXELS and dpi < 300
