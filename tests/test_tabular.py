"""The dossier table (clausecheck.outputs.tabular): DataFrame, CSV and XLSX export."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pandas as pd
import pytest

from clausecheck.outputs.tabular import COLUMNS, tender_rows, tender_table, write_table
from clausecheck.results import ScanResult, TenderResult

_spec = importlib.util.spec_from_file_location(
    "report_fixture", Path(__file__).parent / "browser" / "report_fixture.py")
report_fixture = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(report_fixture)
fixture_result = report_fixture.fixture_result


def by_dossier(table: pd.DataFrame) -> dict[str, pd.Series]:
    return {row["Dossier"]: row for _, row in table.iterrows()}


def test_columns_and_rows():
    table = tender_table(fixture_result())
    assert list(table.columns) == [c.label for c in COLUMNS]
    assert len(table) == 3
    assert "Heures d'insertion" in table.columns and "Clause d'insertion" in table.columns


def test_values():
    rows = by_dossier(tender_table(fixture_result()))
    voirie = rows["voirie-saint-exemple"]
    assert voirie["Acheteur"] == "Ville de Saint-Exemple <em>mairie</em>"  # raw text, no HTML escaping here
    assert voirie["Procédure"] == "appel d'offres ouvert"  # the procedure's French label
    assert voirie["Heures d'insertion"] == 3000
    assert voirie["Clause d'insertion"] == "oui"
    assert voirie["Critère environnemental"] == "non"
    assert voirie["Bases de réservation"] == "L2113-13"
    assert voirie["Nombre de lots"] == 2
    assert voirie["Montant maximum HT (€)"] == 900000
    assert voirie["Accessibilité TPE/PME locale (/100)"] == 62
    assert voirie["Opportunités sous les seuils"] == 2
    assert voirie["Manques loi Climat"] == 1
    assert voirie["Signalements"] == 4
    assert pd.Timestamp(voirie["Date limite de réponse"]) == pd.Timestamp("2026-12-15")


def test_unknown_is_not_absent():
    rows = by_dossier(tender_table(fixture_result()))
    scanned = rows["ecole-scan"]
    for col in ("Clause sociale", "Clause d'insertion", "Critère social", "Marché réservé",
                "Clause environnementale", "Critère environnemental", "Allotissement"):
        assert scanned[col] == "inconnu"
    assert scanned["Documents illisibles"] == 1
    assert pd.isna(scanned["Heures d'insertion"])
    hostile = rows[report_fixture.HOSTILE_DOSSIER]
    assert hostile["Clause sociale"] == "non"
    assert pd.isna(hostile["Accessibilité TPE/PME locale (/100)"])  # données insuffisantes: no score


def test_csv_roundtrip(tmp_path):
    out = tmp_path / "dossiers.csv"
    write_table(fixture_result(), out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: a French spreadsheet reads the accents right
    back = pd.read_csv(out, sep=";", decimal=",", encoding="utf-8-sig")
    assert list(back.columns) == [c.label for c in COLUMNS]
    rows = by_dossier(back)
    assert rows["voirie-saint-exemple"]["Montant estimé HT (€)"] == 450000
    assert rows["ecole-scan"]["Clause sociale"] == "inconnu"
    assert math.isnan(rows["ecole-scan"]["Heures d'insertion"])


def test_xlsx_roundtrip(tmp_path):
    out = tmp_path / "dossiers.xlsx"
    write_table(fixture_result(), out)
    back = pd.read_excel(out, sheet_name="Dossiers")
    assert list(back.columns) == [c.label for c in COLUMNS]
    rows = by_dossier(back)
    assert rows["voirie-saint-exemple"]["Heures d'insertion"] == 3000
    assert rows[report_fixture.HOSTILE_DOSSIER]["Clause environnementale"] == "non"


def test_unknown_suffix(tmp_path):
    with pytest.raises(ValueError, match="Format d'export"):
        write_table(fixture_result(), tmp_path / "dossiers.ods")


@pytest.mark.parametrize("scan", [
    ScanResult(),
    ScanResult(documents=fixture_result().documents),  # rows are the scan's tenders, none rebuilt
    ScanResult(tenders=[TenderResult(id="x", path="x")]),  # a dossier with nothing assessed
])
def test_empty_or_partial(scan, tmp_path):
    table = tender_table(scan)
    assert list(table.columns) == [c.label for c in COLUMNS]
    assert len(table) == len(scan.tenders)
    write_table(scan, tmp_path / "t.csv")
    write_table(scan, tmp_path / "t.xlsx")


def test_unassessed_dossier_is_unknown_not_absent():
    (row,) = tender_rows(ScanResult(tenders=[TenderResult(id="x", path="x")]))
    assert row["clause_sociale"] is None and row["allotissement"] is None
    assert row["score_tpe_pme_locale"] is None and row["signalements"] == 0

