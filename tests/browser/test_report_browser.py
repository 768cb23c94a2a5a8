"""The HTML report of samples/ in a real browser (headless Debian Chromium driven by Playwright).

Skipped when /usr/bin/chromium (or the playwright package) is absent, unless
CLAUSECHECK_REQUIRE_BROWSER=1, in which case it fails: CI sets it (the `chromium` fixture of
tests/conftest.py).
Leaves a full-page screenshot in test-artifacts/report.png.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clausecheck.categories import CATEGORIES
from clausecheck.model import is_readable_status
from clausecheck.outputs.report import write_report
from clausecheck.outputs.tabular import tender_rows
from clausecheck.results import ScanResult

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def scan() -> ScanResult:
    """The real scan of samples/, as the README's main command writes it and reads it back."""
    from clausecheck.outputs.json_output import load_scan
    from clausecheck.pipeline import scan_json

    return load_scan(scan_json([REPO / "samples"]))


@pytest.fixture(scope="module")
def report(scan, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("rapport") / "rapport.html"
    write_report(scan, path)
    return path


@pytest.fixture(scope="module")
def page(chromium, report):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    page.requests = []
    page.errors = []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.goto(report.as_uri())
    page.wait_for_load_state("load")
    yield page
    context.close()


def _fr(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def test_opens_offline_without_errors(page, report):
    assert page.errors == []
    foreign = [u for u in page.requests if not u.startswith(("file:", "data:", "blob:", "about:"))]
    assert foreign == []
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.title().startswith("Rapport clausecheck")


def test_key_figures(page, scan):
    rows = tender_rows(scan)
    documents = scan.documents
    assert page.locator("#kpi-dossiers .kpi-value").inner_text() == _fr(len(rows))
    assert page.locator("#kpi-documents .kpi-value").inner_text() == _fr(len(documents))
    hours = sum(r["heures_insertion"] or 0 for r in rows)
    assert page.locator("#kpi-heures .kpi-value").inner_text() == _fr(hours)
    insertion = sum(1 for r in rows if r["clause_insertion"] is True)
    assert page.locator("#kpi-insertion .kpi-value").inner_text() == _fr(insertion)
    assert page.locator("#kpi-dossiers").is_visible()


def test_charts_are_drawn(page, scan):
    from clausecheck.categories import CATEGORY_LABELS

    for chart in ("#graph-categories", "#graph-heures", "#graph-scores"):
        svg = page.locator(f"{chart} svg.chart")
        assert svg.count() == 1 and svg.is_visible(), chart
        box = svg.bounding_box()
        assert box["width"] > 300 and box["height"] > 100, (chart, box)
    categories = page.locator("#graph-categories svg text")
    for category in CATEGORIES:
        assert categories.filter(has_text=CATEGORY_LABELS[category]).count() == 1, category
    hours = page.locator("#graph-heures svg text")
    for row in tender_rows(scan):
        if row["heures_insertion"]:
            assert hours.filter(has_text=f"{_fr(int(row['heures_insertion']))}\u202fh").count() >= 1, row["dossier"]


def test_report_is_small(report):
    assert report.stat().st_size <= 1_500_000, report.stat().st_size


def test_finding_evidence_visible(page, scan):
    quotes = [f.evidence.quote for d in scan.documents for f in d.findings
              if f.polarity == "present" and f.evidence.quote]
    assert quotes, "aucun constat avec citation dans le scan"
    quote = " ".join(quotes[0].split())
    target = page.locator(".evidence blockquote", has_text=quote[:40]).first
    target.scroll_into_view_if_needed()
    assert target.is_visible()
    caption = target.locator("xpath=following-sibling::figcaption")
    assert "page" in caption.inner_text()


def test_unreadable_documents_listed(page, scan):
    unreadable = [d for d in scan.documents if not is_readable_status(d.text_status)]
    assert unreadable, "samples/ contient un document illisible"
    section = page.locator("#illisibles")
    for doc in unreadable:
        assert section.get_by_text(doc.path, exact=True).is_visible()
        if doc.status_message:
            assert section.get_by_text(doc.status_message).first.is_visible()


def test_filter_and_sort_table(page, scan):
    rows = tender_rows(scan)
    table = page.locator("#table-dossiers tbody tr")
    visible = page.locator("#table-dossiers tbody tr:visible")
    assert table.count() == len(rows)

    # Free-text filter on one dossier's identifier.
    target = rows[0]["dossier"]
    needle = re.split(r"[/<>]", target)[0][:12]
    expected = sum(1 for r in rows if needle.lower() in " ".join(
        str(r.get(k) or "") for k in ("dossier", "acheteur", "objet")).lower())
    page.fill("#filtre-texte", needle)
    assert visible.count() == expected
    assert page.locator("#table-dossiers tbody tr:visible th a").first.inner_text() == target
    assert page.locator("#compte-dossiers").inner_text().startswith(f"{expected} dossier")
    page.fill("#filtre-texte", "")
    assert visible.count() == len(rows)

    # Category filter: only dossiers with an insertion clause.
    page.select_option("#filtre-categorie", "clause_insertion")
    assert visible.count() == sum(1 for r in rows if r["clause_insertion"] is True)
    page.select_option("#filtre-categorie", "__inconnu")
    assert visible.count() == sum(1 for r in rows if any(r[c] is None for c in CATEGORIES))
    page.select_option("#filtre-categorie", "")
    assert visible.count() == len(rows)

    # Sort by insertion hours, descending: the first row has the most hours.
    header = page.locator("#table-dossiers thead th", has_text="Heures d'insertion")
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    best = max(rows, key=lambda r: r["heures_insertion"] or -1)
    assert page.locator("#table-dossiers tbody tr th a").first.inner_text() == best["dossier"]


def test_download_csv(page, scan, tmp_path):
    from clausecheck.outputs.tabular import table_bytes

    with page.expect_download() as info:
        page.click("button[data-export=csv]")
    download = info.value
    assert download.suggested_filename == "clausecheck-dossiers.csv"
    target = tmp_path / "dossiers.csv"
    download.save_as(target)
    assert target.read_bytes() == table_bytes(scan, "csv")


def test_screenshot_and_print(page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000
    page.emulate_media(media="print")
    try:
        assert not page.locator("nav.toc").is_visible()
        assert not page.locator("form.filters").is_visible()
        assert page.locator("#dossiers").is_visible()
        assert page.locator("#graph-categories svg.chart").is_visible()
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF")
        (ARTIFACTS / "report.pdf").write_bytes(pdf)
    finally:
        page.emulate_media(media="screen")


def test_ocr_mark_visible_on_evidence_read_by_ocr(page, scan):
    """samples/dce-espaces-verts-scanne is a scan: its evidence says it was read by OCR, with the confidence."""
    import sys

    sys.path.insert(0, str(REPO / "tests"))
    from ocr_pages import require_tesseract

    require_tesseract()
    ocr_findings = [f for d in scan.documents for f in d.findings if f.evidence.text_source == "ocr"]
    assert ocr_findings, "aucun constat lu par OCR dans le scan des exemples"
    mark = page.locator(".evidence .ocr-mark").first
    mark.scroll_into_view_if_needed()
    assert mark.is_visible()
    assert re.fullmatch(r"lu par OCR \(confiance \d+\s%\)", mark.inner_text()), mark.inner_text()
