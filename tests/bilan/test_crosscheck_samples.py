"""Cross-check on samples/: scanned with the real engine, matched to a DECP file of the same dossiers.

The DECP file declares what the documents say; each test changes one declaration and the
cross-check must find that one and no other.
"""

from __future__ import annotations

import copy
import json

import pytest

from clausecheck.assessment.bilan.build import build_bilan
from clausecheck.assessment.bilan.model import Scope
from clausecheck.assessment.bilan.scan_input import tenders_from_scan
from clausecheck.ingestion.decp import open_store
from tests.bilan.conftest import DATA, REPO, import_into

BUYER = "21999999900013"


@pytest.fixture(scope="module")
def tenders():
    from clausecheck.pipeline import scan_json

    return tenders_from_scan(scan_json([REPO / "samples"], workers=1))


def _bilan(tmp_path, tenders, change=None, scope=None):
    data = json.loads((DATA / "decp_exempleville_2026.json").read_text(encoding="utf-8"))
    if change:
        change(data["marches"]["marche"])
    path = tmp_path / "decp.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    store = open_store(None)
    import_into(store, [path])
    bilan = build_bilan(store, scope or Scope(buyers=(BUYER,)), copy.deepcopy(tenders))
    store.close()
    return bilan


def _social(record, values):
    record["considerationsSociales"]["considerationSociale"] = values


def test_true_declarations_give_no_discrepancy(tmp_path, tenders):
    bilan = _bilan(tmp_path, tenders)
    check = bilan.crosscheck
    assert check.discrepancies == []
    matched = {(m.tender_id, m.decp_id, m.lot) for m in check.matches}
    assert matched == {("dce-ville-exemple", f"2026TRX0140{n}", n) for n in (1, 2, 3, 4)} | {
        ("dce-nettoyage.zip", "2026SRV031", None)}
    assert all(m.score >= 0.9 for m in check.matches)
    assert any("référence 2026-TRX-014" in r for m in check.matches for r in m.reasons)
    # no DECP record for the scanned dossier (read by OCR or not) nor for the unreadable scan
    assert sorted(t for t, _ in check.unmatched) == ["dce-espaces-verts-scanne", "illisible"]
    assert check.compared >= 10
    # the dossier's 1 550 insertion hours count once, for the matched contracts
    assert bilan.dimensions[0].rows[0].insertion_hours == 1550


def test_an_undeclared_insertion_clause_is_found_alone(tmp_path, tenders):
    def drop(records):  # lots 1 and 2 no longer declare their insertion clause
        for r in records[:2]:
            _social(r, ["Critère social"])

    found = _bilan(tmp_path, tenders, drop).crosscheck.discrepancies
    assert len(found) == 1
    d = found[0]
    assert (d.tender_id, d.consideration, d.direction) == ("dce-ville-exemple", "Clause sociale", "non_declare")
    assert d.message.startswith("déclaré « Critère social », « Marché réservé »")
    assert "le CCAP impose 1\u202f550 heures d'insertion" in d.message
    assert d.evidence and d.evidence[0].document.endswith("CCAP.pdf")


def test_a_declared_clause_the_documents_lack_is_found_alone(tmp_path, tenders):
    def add(records):  # the cleaning contract says « Clause sociale »; its RC says « Clauses sociales : Sans »
        _social(records[4], ["Clause sociale"])

    found = _bilan(tmp_path, tenders, add).crosscheck.discrepancies
    assert [(d.tender_id, d.consideration, d.direction) for d in found] == [
        ("dce-nettoyage.zip", "Clause sociale", "declare_sans_preuve")]
    assert "aucun des 2 documents lus" in found[0].message


def test_a_reservation_on_the_wrong_lot_is_found_alone(tmp_path, tenders):
    def move(records):
        _social(records[0], ["Clause sociale", "Critère social", "Marché réservé"])

    found = _bilan(tmp_path, tenders, move).crosscheck.discrepancies
    assert [(d.lot, d.consideration, d.direction) for d in found] == [(1, "Marché réservé", "declare_sans_preuve")]
    assert "ne réserve que le lot 3" in found[0].message


def test_an_environmental_clause_left_out_is_found_alone(tmp_path, tenders):
    def drop(records):
        records[4]["considerationsEnvironnementales"]["considerationEnvironnementale"] = [
            "Pas de considération environnementale"]

    found = _bilan(tmp_path, tenders, drop).crosscheck.discrepancies
    assert [(d.tender_id, d.consideration, d.direction) for d in found] == [
        ("dce-nettoyage.zip", "Clause environnementale", "non_declare")]


def test_without_the_buyer_the_reference_and_object_still_match(tmp_path, tenders):
    bilan = _bilan(tmp_path, tenders, scope=Scope())
    assert len(bilan.crosscheck.matches) == 5
    assert all(any("acheteur non vérifiable" in r for r in m.reasons) for m in bilan.crosscheck.matches)


def test_records_of_another_dossier_do_not_match(tmp_path, tenders):
    def elsewhere(records):
        for r in records:
            r["objet"] = "Fourniture de carburants pour les véhicules municipaux"
            r["id"] = "2026FOU0099"

    bilan = _bilan(tmp_path, tenders, elsewhere)
    assert bilan.crosscheck.matches == [] and bilan.crosscheck.discrepancies == []
    assert bilan.dimensions[0].rows[0].insertion_hours == 0
