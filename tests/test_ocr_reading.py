"""OCR reads scanned pages well enough for the real engine: measured character error rates.

Each page is typeset with known French text (accents, « œ », « n° », « 1 200 heures », a ruled
weighting table), turned into an image as a scanner would, wrapped in a PDF with no text
layer, and read through the real ingestion and analysis. The character error rate (edit
distance over the reference length, on the normalised text the analysis reads) is measured:
≤ 2 % on a clean page, ≤ 5 % on a degraded one. These tests need Tesseract: they skip with their
reason on a machine without it, and fail in CI (CLAUSECHECK_REQUIRE_TESSERACT=1).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clausecheck.ingestion import OcrOptions, ingest_bytes
from clausecheck.model import Document, TextStatus
from clausecheck.outputs.json_output import to_jsonable
from clausecheck.pipeline import Engine
from ocr_pages import (
    add_stamp,
    character_error_rate,
    degrade,
    image_pdf,
    reference_text,
    require_tesseract,
    scan_image,
)

pytestmark = pytest.mark.ocr

MEASURED: dict[str, float] = {}  # page -> CER, printed at the end of the module (pytest -s)


@pytest.fixture(scope="module", autouse=True)
def _tesseract():
    require_tesseract()
    yield
    if MEASURED:
        print("\nTaux d'erreur caractères (CER) mesurés : "
              + ", ".join(f"{name} {rate:.2%}" for name, rate in sorted(MEASURED.items())))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(use_model=False)


@pytest.fixture(scope="module")
def upright() -> Document:
    return read(image_pdf([scan_image(300)]), "RC-scan.pdf")


def read(data: bytes, name: str, mode: str = "auto") -> Document:
    [document] = ingest_bytes(data, name, "dossier", ocr=OcrOptions.for_mode(mode))
    return document


def measured(name: str, document: Document) -> float:
    rate = character_error_rate(reference_text(), document.text)
    MEASURED[name] = rate
    return rate


def test_clean_scan_is_read_and_the_engine_finds_clause_hours_and_weight(upright, engine):
    document = upright
    assert document.text_status is TextStatus.OCR, document.status_message
    assert document.text_status.readable
    [page] = document.pages
    assert page.text_source == "ocr" and page.ocr_trusted and page.ocr_confidence >= 85, page.ocr_confidence
    assert document.pages_without_text == []
    assert "confiance moyenne" in document.status_message
    rate = measured("page nette 300 dpi", document)
    assert rate <= 0.02, (rate, document.text)
    for exact in ("mise en œuvre", "Marché n° 2026-TRX-031", "1 200 heures", "Émile-Zola", "Pondération", "15 %"):
        assert exact in document.text, exact

    analysis = engine.analyse(document)
    assert document.doc_type == "RC"
    assert analysis.considerations["clause_insertion"] is True
    assert analysis.considerations["critere_social"] is True
    assert analysis.insertion_hours == 1200
    weights = [f.attributes.get("weight") for f in analysis.findings if f.category == "critere_social"]
    assert 15.0 in weights, [(f.kind, f.attributes) for f in analysis.findings]
    hours = next(f for f in analysis.findings if f.kind == "heures_insertion")
    evidence = to_jsonable(hours.evidence)
    assert evidence["text_source"] == "ocr" and evidence["ocr_confidence"] >= 85, evidence
    # the evidence points back into the page's OCR text
    assert document.pages[0].raw_text[hours.evidence.char_start:hours.evidence.char_end].split()[:2] == hours.evidence.quote.split()[:2]


def test_page_turned_a_quarter_reads_as_well_as_upright(upright):
    upright_rate = measured("page nette 300 dpi", upright)
    for degrees in (90, 270):
        turned = scan_image(300).rotate(degrees, expand=True)
        document = read(image_pdf([turned]), "RC-scan.pdf")
        assert document.text_status is TextStatus.OCR, document.status_message
        info = document.ocr.pages[0]
        assert info.rotation in (90, 270), info
        rate = measured(f"page tournée de {degrees}°", document)
        assert rate <= upright_rate + 0.005, (degrees, rate, upright_rate)


def test_page_scanned_at_150_dpi_is_read():
    low = scan_image(150)
    document = read(image_pdf([low], dpi=150), "RC-150dpi.pdf")
    assert document.text_status is TextStatus.OCR, document.status_message
    assert measured("page 150 dpi (PDF)", document) <= 0.02

    png = io.BytesIO()
    low.save(png, format="PNG", dpi=(150, 150))
    image = read(png.getvalue(), "page-150dpi.png")
    assert image.format == "png" and image.text_status is TextStatus.OCR, image.status_message
    assert image.ocr.pages[0].dpi >= 290  # enlarged before reading
    assert measured("page 150 dpi (PNG)", image) <= 0.02


def test_degraded_page_reads_within_five_percent(engine):
    """Noise and specks, fed 2° askew, JPEG at quality 40, a blue office stamp over the table."""
    page = degrade(scan_image(300, colour=True), skew=2.0)
    document = read(image_pdf([page], jpeg=True), "RC-photocopie.pdf")
    assert document.text_status is TextStatus.OCR, document.status_message
    info = document.ocr.pages[0]
    assert 1.5 <= abs(info.skew) <= 2.5, info  # levelled
    rate = measured("page dégradée", document)
    assert rate <= 0.05, (rate, document.text)
    analysis = engine.analyse(document)
    assert analysis.insertion_hours == 1200
    assert 15.0 in [f.attributes.get("weight") for f in analysis.findings if f.category == "critere_social"]


def test_stamp_is_left_out_but_colour_headings_stay():
    """A stamp's colour ink is not read as words; headings printed in blue (Word's default) are."""
    page = add_stamp(scan_image(300, colour=True, heading_colour=(46, 116, 181)))
    document = read(image_pdf([page]), "RC-tamponne.pdf")
    assert document.text_status is TextStatus.OCR, document.status_message
    assert "Article 2.2 - Clause sociale d'insertion" in document.text
    assert "Article 5 - Critères de jugement des offres" in document.text
    assert "MAIRIE" not in document.text and "REÇU" not in document.text
    assert measured("page tamponnée, titres en bleu", document) <= 0.02
