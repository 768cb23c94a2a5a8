"""`clausecheck bilan`: outputs, exit codes, French errors, the store reused, a buyer's purchase list."""

from __future__ import annotations

import json

import openpyxl
import pytest

from clausecheck.interfaces.cli import main
from tests.bilan.conftest import DATA

A = "21000000000016"


def _run(tmp_path, *extra, decp=("decp_fixture_v2.json", "decp_fixture_v1.json")):
    args = ["bilan", "--decp", *[str(DATA / d) for d in decp], "-o", str(tmp_path / "bilan.html"),
            "--json", str(tmp_path / "bilan.json"), "--xlsx", str(tmp_path / "bilan.xlsx"), *extra]
    code = main(args)
    return code, json.loads((tmp_path / "bilan.json").read_text(encoding="utf-8")) if (tmp_path / "bilan.json").exists() else None


def test_outputs_hold_the_figures_and_the_counts(tmp_path, capsys):
    code, data = _run(tmp_path)
    assert code == 1  # one record has no notification date: reported, the rest is done
    assert (data["read"], data["imported"], data["rejected"], data["balanced"]) == (15, 13, 2, True)
    assert data["rejected_by_reason"] == {"date_notification_absente": 1, "doublon": 1}
    assert data["totals"]["contracts"] == 12
    years = {r["key"]: r for r in next(d for d in data["dimensions"] if d["id"] == "annee")["rows"]}
    assert years["2023"]["social"]["clause_sociale"] == {"count": 2, "known": 4, "unknown": 0, "value": 0.5}
    assert years["2022"]["social"]["critere_social"]["value"] == 0.0
    assert data["rotation"]["considered"] == 9 and len(data["rotation"]["rows"]) == 6
    err = capsys.readouterr().err
    assert "13 lus, 11 importés, 2 écartés" in err and "Lus : 15 = importés 13 + écartés 2." in err
    html = (tmp_path / "bilan.html").read_text(encoding="utf-8")
    assert 'lang="fr"' in html and "<svg" in html and "http://" not in html.replace("http://www.w3.org", "")
    assert "40\u202f%" in html  # the 4/10 share of contracts with a clause sociale
    book = openpyxl.load_workbook(tmp_path / "bilan.xlsx")
    assert "Rotation sous le seuil" in book.sheetnames and "année" in book.sheetnames
    sheet = book["année"]
    assert [c.value for c in sheet[1]][:3] == ["Groupe", "Clé", "Marchés"]
    assert [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)] == [5, 4, 3]
    listed = list(book["Marchés du périmètre"].iter_rows(min_row=2, values_only=True))  # the records behind it
    assert len(listed) == 12 and {r[4] for r in listed} >= {"F1", "F10", "2022V1000001"}
    set_aside = list(book["Écartés"].iter_rows(min_row=2, values_only=True))
    assert sorted(r[4] for r in set_aside) == ["date_notification_absente", "doublon"]


def test_clean_input_exits_0_and_scope_options(tmp_path):
    code, data = _run(tmp_path, "--acheteur", A, "--annees", "2022-2023", decp=("decp_fixture_v1.json",))
    assert code == 0
    assert data["scope"]["buyers"] == [A] and data["scope"]["year_from"] == 2022
    assert data["totals"]["contracts"] == 2


def test_the_store_is_reused_without_importing_twice(tmp_path, capsys):
    db = tmp_path / "bilan.duckdb"
    _run(tmp_path, "--db", str(db))
    capsys.readouterr()
    code, data = _run(tmp_path, "--db", str(db))
    assert "déjà importé" in capsys.readouterr().err
    assert code == 0 and data["read"] == 15  # the figures are the same, nothing counted twice
    assert main(["bilan", "--db", str(db), "--json", str(tmp_path / "again.json")]) == 0  # no --decp: the store alone


@pytest.mark.parametrize("args,message", [
    (["--decp", "absent.json", "-o", "x.html"], "fichier introuvable"),
    (["--decp", str(DATA / "decp_fixture_v1.json")], "rien à écrire"),
    (["--decp", str(DATA / "decp_fixture_v1.json"), "-o", "x.html", "--acheteur", "123"], "SIRET"),
    (["--decp", str(DATA / "decp_fixture_v1.json"), "-o", "x.html", "--annees", "2024-2022"], "période"),
    (["--decp", str(DATA / "decp_fixture_v1.json"), "-o", "x.html", "--scan", str(DATA / "decp_fixture_v1.json")],
     "clausecheck scan"),
    (["-o", "x.html"], "aucune donnée"),
])
def test_usage_errors_in_french(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        code = main(["bilan", *args])
        raise SystemExit(code)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_output_to_a_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["bilan", "--decp", str(DATA / "decp_fixture_v1.json"), "-o", str(tmp_path)]) == 2
    assert "est un dossier" in capsys.readouterr().err


PURCHASES = """date;montant_ht;siret_fournisseur;fournisseur;objet;cpv
15/03/2023;1 200,00;44444444400044;DELTA;Nettoyage vitres;90910000
20/04/2023;800;;Jardins du Nord;Taille de haies;77310000
2023-05-02;950;44444444400044;DELTA;Nettoyage moquettes;90910000
;500;44444444400044;DELTA;sans date;90910000
31/12/2023;5000;44444444400044;DELTA;déjà publié;90910000
"""


def test_purchase_list_completes_the_rotation(tmp_path, capsys):
    achats = tmp_path / "achats.csv"
    achats.write_text(PURCHASES, encoding="utf-8")
    _code, data = _run(tmp_path, "--achats", str(achats), "--acheteur", "21000000000024")
    listed = next(f for f in data["files"] if f["origin"] == "achats")
    assert (listed["read"], listed["imported"], listed["rejected"]) == (5, 3, 2)
    assert listed["rejected_by_reason"] == {"achat_date_absente": 1, "achat_deja_dans_decp": 1}  # F7, published
    assert data["totals"]["purchase_lines"] == 3 and data["totals"]["contracts"] == 4  # lines count in rotation only
    rows = {(r["cpv_division"], r["year"]): r for r in data["rotation"]["rows"]}
    b90 = rows[("90", 2023)]
    assert (b90["purchases"], b90["distinct_holders"], b90["from_purchase_list"]) == (4, 1, 2)
    assert b90["repeats_12m"] == 3  # every award to DELTA after the first within twelve months
    assert rows[("77", 2023)]["top_holder_name"] == "Jardins du Nord"


def test_purchase_list_in_xlsx_and_unusable_list(tmp_path, capsys):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [line.split(";") for line in PURCHASES.splitlines()[:3]]:
        sheet.append(row)
    path = tmp_path / "achats.xlsx"
    book.save(path)
    _code, data = _run(tmp_path, "--achats", str(path), "--acheteur", "21000000000024")
    assert next(f for f in data["files"] if f["origin"] == "achats")["imported"] == 2
    bad = tmp_path / "mauvais.csv"
    bad.write_text("nom;prix\nx;1\n", encoding="utf-8")
    assert main(["bilan", "--decp", str(DATA / "decp_fixture_v1.json"), "--achats", str(bad), "-o",
                 str(tmp_path / "b.html")]) == 2
    assert "colonnes attendues" in capsys.readouterr().err
