"""Regressions from the QA pass: accent-insensitive buyer filter, no server paths in results,
upload metadata carried into the tenders (buyer, dossier name), real kind of office files."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from tests.api.conftest import auth, upload, wait_done


def _csv_rows(client, key, analysis_id) -> list[dict[str, str]]:
    r = client.get(f"/v1/analyses/{analysis_id}/export.csv", headers=auth(key))
    assert r.status_code == 200, r.text
    text = r.content.decode("utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=";,\t")
    return list(csv.DictReader(io.StringIO(text), dialect=dialect))


def _xlsx_rows(client, key, analysis_id) -> list[dict[str, object]]:
    import openpyxl

    r = client.get(f"/v1/analyses/{analysis_id}/export.xlsx", headers=auth(key))
    assert r.status_code == 200, r.text
    ws = openpyxl.load_workbook(io.BytesIO(r.content)).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    header = [str(h) if h is not None else "" for h in rows[0]]
    return [dict(zip(header, row, strict=True)) for row in rows[1:] if any(v not in (None, "") for v in row)]


def _column(row: dict, name: str):
    for key, value in row.items():
        if key and key.strip().lower() == name.lower():
            return value
    raise AssertionError(f"colonne {name!r} absente : {list(row)}")


# --------------------------------------------------------------------------- 1. buyer filter


def test_buyer_filter_ignores_case_and_accents(client, key, plain_pdf):
    ids = {}
    for name, buyer in [("a", "Commune de Saint-Étienne"), ("b", "Ville de Testville"),
                        ("c", "Cœur de Loire Agglomération")]:
        r = upload(client, key, [(f"{name}.pdf", plain_pdf)], buyer=buyer)
        assert r.status_code == 202, r.text
        ids[name] = r.json()["id"]

    def found(term: str) -> set[str]:
        r = client.get("/v1/analyses", params={"buyer": term}, headers=auth(key))
        assert r.status_code == 200, r.text
        return {i["id"] for i in r.json()["items"]}

    for term in ("étienne", "Étienne", "ÉTIENNE", "etienne", "saint-étienne", "SAINT ETIENNE", "de saint-e"):
        assert found(term) == {ids["a"]}, term
    r = client.get("/v1/analyses?buyer=%C3%89tienne", headers=auth(key))
    assert {i["id"] for i in r.json()["items"]} == {ids["a"]}
    assert found("coeur") == found("CŒUR") == found("agglomeration") == {ids["c"]}
    assert found("testville") == {ids["b"]}
    assert found("de") == set(ids.values())
    assert found("%") == found("_") == set()  # wildcards are literal characters
    # The buyer is shown as given.
    r = client.get(f"/v1/analyses/{ids['a']}", headers=auth(key))
    assert r.json()["buyer"] == "Commune de Saint-Étienne"


def test_upgrade_from_0001_backfills_the_buyer_search(app_factory, settings, key, plain_pdf):
    """A database created by the first migration, with analyses in it, is upgraded in place."""
    import sqlalchemy as sa
    from alembic import command

    from api.storage import alembic_config, make_engine

    with app_factory() as client:
        client.app.state.runner.stop()
        analysis_id = upload(client, key, [("a.pdf", plain_pdf)], buyer="Commune de Saint-Étienne").json()["id"]
    # Back to the 0001 schema, as an existing installation would have it.
    db = make_engine(settings)
    cfg = alembic_config(settings.sqlalchemy_url)
    with db.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
        columns = {c["name"] for c in sa.inspect(conn).get_columns("analyses")}
    db.dispose()
    assert "buyer_search" not in columns and "buyer" in columns

    with app_factory() as client:  # upgrades at start-up
        client.app.state.runner.stop()
        r = client.get("/v1/analyses", params={"buyer": "étienne"}, headers=auth(key))
        assert r.status_code == 200, r.text
        assert [i["id"] for i in r.json()["items"]] == [analysis_id]


# --------------------------------------------------------------------------- 2. no server paths


def test_result_never_shows_server_paths(client, key, settings, insertion_pdf, plain_pdf):
    single = upload(client, key, [("CCAP.pdf", insertion_pdf), ("CCTP.pdf", plain_pdf)]).json()["id"]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("DCE/CCAP.pdf", insertion_pdf)
    zipped = upload(client, key, [("dce.zip", buf.getvalue())]).json()["id"]
    for analysis_id, roots in ((single, ["CCAP.pdf", "CCTP.pdf"]), (zipped, ["dce.zip"])):
        body = wait_done(client, key, analysis_id)
        assert body["status"] == "done", body
        text = json.dumps(body, ensure_ascii=False)
        for secret in (str(settings.data_dir), str(settings.work_dir), "/work/", "/tmp/"):
            assert secret not in text, secret
        assert body["result"]["scan"]["roots"] == roots
        report = client.get(f"/v1/analyses/{analysis_id}/report", headers=auth(key)).text
        assert str(settings.data_dir) not in report and str(settings.work_dir) not in report


# --------------------------------------------------------------------------- 3. upload metadata in tenders


def test_declared_buyer_fills_tenders_exports_and_report(client, key, insertion_pdf, plain_pdf):
    r = upload(client, key, [("CCAP.pdf", insertion_pdf), ("CCTP.pdf", plain_pdf)],
               buyer="Commune de Saint-Étienne", reference="2026-042")
    body = wait_done(client, key, r.json()["id"])
    assert body["status"] == "done", body
    tenders = body["result"]["tenders"]
    assert len(tenders) == 1
    buyer = tenders[0]["facts"]["buyer"]
    assert buyer["value"] == "Commune de Saint-Étienne"
    assert buyer["source_document"] == "déclaré au dépôt"
    assert tenders[0]["id"] == "2026-042"

    rows = _csv_rows(client, key, body["id"])
    assert len(rows) == 1
    assert _column(rows[0], "Acheteur") == "Commune de Saint-Étienne"
    assert _column(rows[0], "Dossier") == "2026-042"
    xrows = _xlsx_rows(client, key, body["id"])
    assert _column(xrows[0], "Acheteur") == "Commune de Saint-Étienne"
    report = client.get(f"/v1/analyses/{body['id']}/report", headers=auth(key)).text
    assert "Commune de Saint-Étienne" in report


def test_reference_with_slash_names_the_dossier(client, key, insertion_pdf, plain_pdf):
    r = upload(client, key, [("CCAP.pdf", insertion_pdf), ("CCTP.pdf", plain_pdf)], reference="2026/AO/042")
    body = wait_done(client, key, r.json()["id"])
    assert body["status"] == "done", body
    assert [t["id"] for t in body["result"]["tenders"]] == ["2026/AO/042"]
    assert _column(_csv_rows(client, key, body["id"])[0], "Dossier") == "2026/AO/042"


def test_buyer_found_in_documents_is_kept(client, key):
    text = ("REGLEMENT DE LA CONSULTATION\n"
            "Pouvoir adjudicateur : Communauté de communes du Val Vert\n"
            "Objet : fourniture de mobilier de bureau.\n").encode()
    r = upload(client, key, [("RC.txt", text)], buyer="Acheteur déclaré")
    body = wait_done(client, key, r.json()["id"])
    assert body["status"] == "done", body
    buyer = body["result"]["tenders"][0]["facts"]["buyer"]
    if buyer and buyer.get("source_document") != "déclaré au dépôt":  # the engine found one: left alone
        assert buyer["value"] != "Acheteur déclaré"
    else:
        pytest.fail(f"acheteur du document non trouvé par le moteur : {buyer}")


def test_without_metadata_nothing_is_declared(client, key, plain_pdf):
    body = wait_done(client, key, upload(client, key, [("CCTP.pdf", plain_pdf)]).json()["id"])
    assert body["status"] == "done", body
    buyer = (body["result"]["tenders"][0].get("facts") or {}).get("buyer")
    assert not buyer or buyer.get("source_document") != "déclaré au dépôt"


# --------------------------------------------------------------------------- 4. real kind


def _office(kind: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        if kind in ("odt", "ods"):
            mime = {"odt": "text", "ods": "spreadsheet"}[kind]
            zf.writestr(zipfile.ZipInfo("mimetype"), f"application/vnd.oasis.opendocument.{mime}")
            zf.writestr("content.xml", "<office:document-content/>")
            zf.writestr("META-INF/manifest.xml", "<manifest/>")
        else:
            main = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}[kind]
            zf.writestr("[Content_Types].xml", "<Types/>")
            zf.writestr("_rels/.rels", "<Relationships/>")
            zf.writestr(main, "<x/>")
    return buf.getvalue()


def test_upload_reports_the_real_kind(client, key, insertion_pdf):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Lot", "Montant"])
    wb.active.append([1, 1000])
    real_xlsx = io.BytesIO()
    wb.save(real_xlsx)
    plain_zip = io.BytesIO()
    with zipfile.ZipFile(plain_zip, "w") as zf:
        zf.writestr("CCAP.pdf", insertion_pdf)
    files = [("bpu.xlsx", real_xlsx.getvalue()), ("ccap.docx", _office("docx")), ("rc.odt", _office("odt")),
             ("dce.zip", plain_zip.getvalue()), ("ccap.pdf", insertion_pdf)]
    r = upload(client, key, files)
    assert r.status_code == 202, r.text
    assert [f["kind"] for f in r.json()["files"]] == ["xlsx", "docx", "odt", "zip", "pdf"]
    r = client.get(f"/v1/analyses/{r.json()['id']}", headers=auth(key))
    assert [f["kind"] for f in r.json()["files"]] == ["xlsx", "docx", "odt", "zip", "pdf"]
    # Kind is read from the content, not the name.
    r = upload(client, key, [("renomme.zip", real_xlsx.getvalue()), ("tableau.bin", _office("ods"))])
    assert [f["kind"] for f in r.json()["files"]] == ["xlsx", "ods"]


def test_single_xlsx_is_analysed_as_a_spreadsheet(client, key):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Article", "Clause sociale d'insertion : 500 heures d'insertion professionnelle"])
    buf = io.BytesIO()
    wb.save(buf)
    r = upload(client, key, [("annexe.xlsx", buf.getvalue())], reference="R-X")
    assert r.json()["files"][0]["kind"] == "xlsx"
    body = wait_done(client, key, r.json()["id"])
    assert body["status"] == "done", body
    paths = [d["path"] for d in body["result"]["documents"]]
    assert paths and all(p.endswith("annexe.xlsx") for p in paths), paths
    assert body["result"]["scan"]["roots"] == ["annexe.xlsx"]
