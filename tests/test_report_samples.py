"""The report of the real scan of samples/: assessment flags land in the sections made for them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clausecheck.outputs import tabular
from clausecheck.outputs.json_output import load_scan
from clausecheck.outputs.report import render_report
from clausecheck.pipeline import scan_json
from clausecheck.results import ScanResult

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def scan() -> ScanResult:
    """The scan of samples/ as the report reads it: written as JSON, loaded back."""
    return load_scan(scan_json([REPO / "samples"]))


def _section(html: str, section_id: str) -> str:
    match = re.search(rf'<section id="{section_id}".*?</section>', html, re.S)
    assert match, section_id
    return match.group(0)


def test_threshold_opportunities_are_listed_as_opportunities(scan):
    flag_ids = {flag.id for tender in scan.tenders for flag in tender.flags}
    opportunity_ids = flag_ids & set(tabular.OPPORTUNITY_FLAGS)
    assert "opportunite_sans_publicite" in opportunity_ids  # the cleaning contract is under 60 000 € HT
    opportunities = _section(render_report(scan), "opportunites")
    assert "Sous le seuil de dispense" in opportunities
    assert "médiathèque" in opportunities


def test_every_emitted_flag_is_classified(scan):
    for tender in scan.tenders:
        for flag in tender.flags:
            assert flag.label and flag.message and flag.legal_basis, flag


def test_lot_flags_show_the_lot_amount_not_the_contract_total(scan):
    html = _section(render_report(scan), "opportunites")
    total = next(t for t in scan.tenders if t.id == "dce-ville-exemple").amounts.estimated_ht
    assert total is not None
    rows = re.findall(r"<tr>.*?</tr>", html, re.S)
    lot_rows = [row for row in rows if "<td>Lot " in row]
    assert lot_rows
    total_text = f"{int(total):,}".replace(",", "\u202f")
    for row in lot_rows:
        # the "Montant HT" cell; the "Pourquoi" cell may cite the total (R2123-1's 20 % condition)
        amount_cell = re.search(r'<td class="num">(.*?)</td>', row, re.S).group(1)
        assert amount_cell.strip() not in ("", "—")
        assert total_text not in amount_cell and f"{int(total):,}".replace(",", " ") not in amount_cell
