"""The bilan page in a real browser (headless Debian Chromium, Playwright), with no network.

Skipped when /usr/bin/chromium (or playwright) is absent, unless CLAUSECHECK_REQUIRE_BROWSER=1,
in which case it fails (CI sets it): the `chromium` fixture of tests/conftest.py. Leaves test-artifacts/bilan.png and bilan.pdf.
"""

from __future__ import annotations

import json

import pytest

from clausecheck.interfaces.cli import main
from tests.bilan.conftest import DATA, REPO

ARTIFACTS = REPO / "test-artifacts"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from clausecheck.pipeline import scan_json

    folder = tmp_path_factory.mktemp("bilan")
    scan = folder / "scan.json"
    scan.write_text(json.dumps(scan_json([REPO / "samples"], workers=1)), encoding="utf-8")
    code = main(["bilan", "--decp", str(DATA / "decp_fixture_v2.json"), str(DATA / "decp_fixture_v1.json"),
                 str(DATA / "decp_exempleville_2026.json"), "--scan", str(scan), "-o", str(folder / "bilan.html"),
                 "--json", str(folder / "bilan.json"), "--quiet"])
    assert code == 1
    return folder / "bilan.html", json.loads((folder / "bilan.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page(chromium, built):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR", offline=True)
    page = context.new_page()
    page.requests, page.errors = [], []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.goto(built[0].as_uri())
    page.wait_for_load_state("load")
    yield page
    context.close()


def _fr(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def test_opens_offline_without_errors(page):
    assert page.errors == []
    assert [u for u in page.requests if not u.startswith(("file:", "data:", "about:"))] == []
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.title().startswith("Bilan clausecheck")


def test_key_figures_are_those_of_the_json(page, built):
    _, data = built
    assert page.locator("#kpi-marches .kpi-value").inner_text() == _fr(data["totals"]["contracts"])
    total = data["dimensions"][0]["rows"][0]
    assert page.locator("#kpi-heures .kpi-value").inner_text() == _fr(total["insertion_hours"]) == "1\u202f550"
    clause = total["social"]["clause_sociale"]
    assert page.locator("#kpi-clause-sociale .kpi-note").inner_text().startswith(f"{clause['count']} sur {clause['known']}")
    assert page.locator("#kpi-lus .kpi-value").inner_text() == _fr(data["read"])
    assert page.locator("#kpi-ecartes .kpi-value").inner_text() == _fr(data["rejected"])
    assert f"importés {_fr(data['imported'])}" in page.locator("#bilan-comptes").inner_text()


def test_tables_and_charts_are_shown(page, built):
    _, data = built
    years = next(d for d in data["dimensions"] if d["id"] == "annee")["rows"]
    rows = page.locator("#table-annee tbody tr")
    assert rows.count() == len(years) == 4  # 2022, 2023, 2024 and the 2026 lots of the samples
    first = rows.first.locator("td")
    assert first.nth(0).inner_text() == _fr(years[0]["contracts"])
    assert "non renseigné" in page.locator("#table-annee tbody tr").first.inner_text()  # the 2019-format records
    charts = page.locator("svg.chart")
    assert charts.count() >= 5
    assert page.locator("#graph-annees svg text", has_text="2023").count() >= 1
    assert page.locator("#graph-annees").is_visible()
    assert page.locator("#table-rotation tbody tr").count() == len(data["rotation"]["rows"])
    assert page.locator("#nb-ecarts").inner_text() == str(len(data["crosscheck"]["discrepancies"])) == "0"
    assert page.locator("#table-rapprochements tbody tr").count() == 5


def test_screenshot_and_print(page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "bilan.png"), full_page=True)
    assert (ARTIFACTS / "bilan.png").stat().st_size > 10_000
    page.emulate_media(media="print")
    try:
        assert not page.locator("nav.toc").is_visible()
        assert page.locator("#rotation").is_visible()
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF")
        (ARTIFACTS / "bilan.pdf").write_bytes(pdf)
    finally:
        page.emulate_media(media="screen")
