"""Reading each published shape (v1/v2 JSON, XML, flat CSV, ZIP) and the defects of real files, on small inputs."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest

from clausecheck.ingestion.decp import open_store
from clausecheck.ingestion.decp.normalize import normalise, split_values
from tests.bilan.conftest import DATA, import_into

V2 = json.loads((DATA / "decp_fixture_v2.json").read_text(encoding="utf-8"))


def _import(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    store = open_store(None)
    report = import_into(store, [path]).files[0]
    return store, report


def _rows(store, sql):
    return store.con.execute(sql).fetchall()


@pytest.mark.parametrize("raw,expected", [
    ("2018-12-17+01:00", "2018-12-17"), ("0218-05-04", "2018-05-04"), ("2019-03-07T10:00:00", "2019-03-07"),
    ("07/03/2019", "2019-03-07"), ("2019-02-30", None), ("NC", None)])
def test_dates(raw, expected):
    record, issues = normalise({"dateNotification": raw}, "1")
    assert record.get("dateNotification") == expected
    assert issues  # every fix is said


def test_numbers_ids_and_lists():
    record, issues = normalise({"montant": "30 000,50", "dureeMois": "36", "offresRecues": "NC", "acheteur.id": 21590163800019,
                                "titulaires": [[{"id": "818 099 442 00019", "typeIdentifiant": "Siret"}]],
                                "lieuExecution": {"code": "59170", "typeCode": "CODE POSTAL", "nom ": "Croix"},
                                "nature": "ACCORD-CADRE", "codeCPV": 3000000,
                                "considerationsSociales": "Critère social, Clause sociale"}, "2")
    assert record["montant"] == 30000.5 and record["dureeMois"] == 36 and record["offresRecues"] is None
    assert record["acheteur"] == {"id": "21590163800019"}
    assert record["titulaires"] == [{"titulaire": {"id": "81809944200019", "typeIdentifiant": "SIRET"}}]
    assert record["lieuExecution"] == {"code": "59170", "typeCode": "Code postal", "nom": "Croix"}
    assert record["nature"] == "Accord-cadre" and record["codeCPV"] == "03000000"
    assert record["considerationsSociales"] == {"considerationSociale": ["Critère social", "Clause sociale"]}
    codes = {i.code for i in issues}
    assert {"nombre_en_texte", "cle_pointee", "type_identifiant_corrige", "cle_espace", "nature_corrigee",
            "cpv_zero_perdu", "liste_en_texte.considerationsSociales", "nombre_illisible.offresRecues"} <= codes


def test_consideration_values_outside_the_list_are_not_given():
    assert split_values("['Pas de considération sociale']") == ["Pas de considération sociale"]
    record, issues = normalise({"considerationsSociales": {"considerationSociale": ["Sans objet"]}}, "2")
    assert record["considerationsSociales"] == {"considerationSociale": []}
    assert any(i.code.startswith("valeur_hors_nomenclature") for i in issues)


def test_v2_json_with_concessions_rejections_and_duplicates(tmp_path):
    store, report = _import(tmp_path, "v2.json", json.dumps(V2))
    assert (report.read, report.imported, report.rejected, report.concessions) == (13, 11, 2, 1)
    assert _rows(store, "SELECT decp_id, buyer_siret, notified, amount_initial FROM contracts WHERE kind = 'concession'") == [
        ("C1", "21000000000016", date(2023, 5, 1), 500000.0)]
    assert _rows(store, "SELECT social_values FROM contracts WHERE decp_id = 'F4'") == [("Critère social|Clause sociale",)]


def test_same_records_in_xml(tmp_path):
    def element(name, value):
        if isinstance(value, dict):
            return f"<{name}>" + "".join(element(k, v) for k, v in value.items()) + f"</{name}>"
        if isinstance(value, list):
            return "".join(element(name, v) for v in value)
        if isinstance(value, bool):
            value = "oui" if value else "non"
        return f"<{name}>{value}</{name}>"

    parts = []
    for record in V2["marches"]["marche"][:10]:
        body = {k: v for k, v in record.items() if k not in ("titulaires",)}
        xml = "".join(element(k, v) for k, v in body.items())
        xml += "<titulaires>" + "".join(element("titulaire", t["titulaire"]) for t in record["titulaires"]) + "</titulaires>"
        parts.append(f"<marche>{xml}</marche>")
    store, report = _import(tmp_path, "decp.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<marches>' + "".join(parts) + "</marches>")
    assert (report.read, report.imported, report.rejected, report.fmt) == (10, 10, 0, "xml-v2")
    xml_rows = _rows(store, "SELECT decp_id, amount_initial, offers, social_values, first_holder FROM contracts ORDER BY decp_id")
    json_store, json_report = _import(tmp_path, "v2.json", json.dumps({"marches": {"marche": V2["marches"]["marche"][:10]}}))
    # typed from the XML text with no defect of its own: the same warnings as the JSON (F9 gives no offers)
    assert report.warnings_by_code == json_report.warnings_by_code == {"schema.required.offresRecues": 1}
    assert xml_rows == _rows(json_store, "SELECT decp_id, amount_initial, offers, social_values, first_holder FROM contracts "
                                         "ORDER BY decp_id")


CSV = """\ufeffuid,id,type,codeCPV,acheteur_id,acheteur_nom,titulaire_id,titulaire_nom,montant,dateNotification,procedure,dureeMois,offresRecues,acheteur_departement_code,titulaire_departement_code,considerationsSociales
2100000000001620240001,20240001,Travaux,45214200,21000000000016,COMMUNE TEST,11111111100011,ALPHA,61100,2024-03-01,Procédure adaptée,12,2,59,59,"['Clause sociale']"
2100000000001620240002,20240002,Travaux,45214200,21000000000016,COMMUNE TEST,22222222200022,BETA,20000,2024-04-01,Procédure adaptée,6,1,59,62,"Critère social, Clause sociale"
2100000000001620240001,20240001,Travaux,45214200,21000000000016,COMMUNE TEST,33333333300033,GAMMA,61100,2024-03-01,Procédure adaptée,12,2,59,75,"['Clause sociale']"
2100000000001620240003,20240003,Services,90910000,21000000000016,COMMUNE TEST,44444444400044,DELTA,30000,2024-06-01,Procédure adaptée,12,3,59,59,CDL
2100000000001620240001,20240001,Travaux,45214200,21000000000016,COMMUNE TEST,11111111100011,ALPHA,61100,2024-03-01,Procédure adaptée,12,2,59,59,"['Clause sociale']"
"""


def test_flat_csv_one_row_per_holder(tmp_path):
    store, report = _import(tmp_path, "export.csv", CSV)
    assert (report.rows, report.read, report.imported, report.rejected) == (5, 3, 3, 0)
    holders = _rows(store, "SELECT c.decp_id, h.rank, h.holder_id, h.department FROM holders h JOIN contracts c USING "
                           "(record_id) ORDER BY c.decp_id, h.rank")
    assert holders[:2] == [("20240001", 1, "11111111100011", "59"), ("20240001", 2, "33333333300033", "75")]
    assert len(holders) == 4  # the repeated ALPHA row counts once
    assert _rows(store, "SELECT decp_id, category, social_values, buyer_department, first_holder_department FROM contracts "
                        "ORDER BY decp_id") == [
        ("20240001", "travaux", "Clause sociale", "59", "59"), ("20240002", "travaux", "Critère social|Clause sociale", "59", "62"),
        ("20240003", "services", None, "59", "59")]  # "CDL" is a placeholder: « non renseigné »
    assert not any(code.startswith("nombre_en_texte") for code in report.warnings_by_code)
    assert any("champs absents" in n for n in report.notes)


def test_zip_of_json_and_a_broken_member(tmp_path):
    path = tmp_path / "decp.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("v2.json", json.dumps(V2))
        z.writestr("notes.txt", "rien à voir")
        z.writestr("tableur.xlsx", b"PK\x03\x04 pas une archive DECP")
    store = open_store(None)
    report = import_into(store, [path]).files[0]
    assert (report.read, report.imported, report.rejected) == (13, 11, 2)
    assert any("notes.txt" in n for n in report.notes) and any("tableur.xlsx" in n for n in report.notes)


def test_truncated_json_keeps_what_was_read(tmp_path):
    text = json.dumps(V2)
    _store, report = _import(tmp_path, "cut.json", text[: text.index('"F5"') + 40])
    assert report.error and "tronqué" in report.error
    assert report.read == 4 == report.imported + report.rejected  # F1…F4 read before the cut


def test_nan_is_read_as_not_given(tmp_path):
    text = json.dumps({"marches": {"marche": V2["marches"]["marche"][:3]}}).replace('"montant": 20000', '"montant": NaN')
    store, report = _import(tmp_path, "nan.json", text)
    assert (report.read, report.imported) == (3, 3)
    assert any("NaN" in n for n in report.notes)
    assert _rows(store, "SELECT amount_initial FROM contracts WHERE decp_id = 'F3'") == [(None,)]


@pytest.mark.parametrize("name,content,message", [
    ("config.json", '{"resource_id": "x"}', "marches"),
    ("vide.json", "", "format non reconnu"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "format non reconnu"),
])
def test_files_that_are_not_decp(tmp_path, name, content, message):
    _, report = _import(tmp_path, name, content)
    assert report.read == 0 and message in report.error


@pytest.mark.parametrize("label,group", [
    ("Appel d offres ouvert", "Appel d'offres ouvert"),  # the town writes it without its apostrophe
    ("Appel d’offres restreint", "Appel d'offres restreint"),
    ("Marché négocié sans publicité ni mise en concurrence préalable",
     "Marché passé sans publicité ni mise en concurrence préalable"),
    ("Procédure concurrentielle avec négociation", "Procédure avec négociation"),
    ("Procédure non négociée ouverte", "Autre procédure"),
    ("Concours", "Autre procédure"),
])
def test_procedure_labels_of_every_schema_version_are_grouped(label, group):
    from clausecheck.ingestion.decp.convert import procedure_group

    assert procedure_group(label) == group


def test_a_malformed_csv_line_is_set_aside_with_its_number(tmp_path):
    broken = CSV.replace('ALPHA,61100,2024-03-01,Procédure adaptée,12,2,59,59,"[\'Clause sociale\']"\n2100000000001620240002',
                         'ALPHA,61100,2024-03-01,Procédure adaptée,12,2,59,59,"[\'Clause sociale\']"\n"2100000000001620240009,'
                         '"cassé\n2100000000001620240002', 1)
    store, report = _import(tmp_path, "casse.csv", broken)
    assert report.read == report.imported + report.rejected
    assert report.rejected_by_reason.get("ligne_csv_illisible", 0) >= 1
    lines = _rows(store, "SELECT position, message FROM rejections WHERE code = 'ligne_csv_illisible'")
    assert lines and all(isinstance(p, int) and p > 1 for p, _ in lines)
    assert report.imported >= 2  # the readable records are kept
