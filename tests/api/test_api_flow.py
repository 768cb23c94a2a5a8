"""Upload → analysis by the real engine → result, report, exports, list, delete."""

from __future__ import annotations

import csv
import io
import zipfile

from tests.api.conftest import auth, upload, wait_done

CATEGORIES = {"clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
              "clause_environnementale", "critere_environnemental"}


def test_upload_runs_to_done_with_documents_and_considerations(client, key, insertion_pdf, plain_pdf):
    r = upload(client, key, [("CCAP.pdf", insertion_pdf), ("CCTP.pdf", plain_pdf)],
               buyer="Ville de Testville", reference="2026-042", consultation_date="2026-03-09")
    assert r.status_code == 202, r.text
    created = r.json()
    assert created["status"] == "queued"
    assert r.headers["location"] == created["url"] == f"/v1/analyses/{created['id']}"
    assert [f["kind"] for f in created["files"]] == ["pdf", "pdf"]

    body = wait_done(client, key, created["id"])
    assert body["status"] == "done", body
    assert body["progress"] == 1.0
    assert body["buyer"] == "Ville de Testville" and body["consultation_date"] == "2026-03-09"
    result = body["result"]
    assert result["schema_version"] == "1"
    docs = {d["path"].rsplit("/", 1)[-1]: d for d in result["documents"]}
    assert set(docs) == {"CCAP.pdf", "CCTP.pdf"}
    for doc in docs.values():
        assert set(doc["considerations"]) == CATEGORIES
    assert docs["CCAP.pdf"]["considerations"]["clause_insertion"] is True
    assert "clause_insertion" in body["categories"]
    assert body["document_count"] == 2

    # Result can be left out of the status document.
    light = client.get(f"/v1/analyses/{created['id']}?include_result=false", headers=auth(key)).json()
    assert light["result"] is None and light["status"] == "done"


def test_report_and_exports(client, key, insertion_pdf):
    analysis_id = upload(client, key, [("CCAP.pdf", insertion_pdf)], reference="R-1").json()["id"]
    assert wait_done(client, key, analysis_id)["status"] == "done"

    r = client.get(f"/v1/analyses/{analysis_id}/report", headers=auth(key))
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "<html" in r.text.lower()

    r = client.get(f"/v1/analyses/{analysis_id}/export.csv", headers=auth(key))
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) >= 2  # header + one dossier

    r = client.get(f"/v1/analyses/{analysis_id}/export.xlsx", headers=auth(key))
    assert r.status_code == 200
    assert r.content[:2] == b"PK"
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    assert wb.worksheets[0].max_row >= 2


def test_zip_dossier(client, key, insertion_pdf, plain_pdf):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("DCE/CCAP.pdf", insertion_pdf)
        zf.writestr("DCE/CCTP.pdf", plain_pdf)
    r = upload(client, key, [("dce.zip", buf.getvalue())])
    assert r.status_code == 202, r.text
    assert r.json()["files"][0]["kind"] == "zip"
    body = wait_done(client, key, r.json()["id"])
    assert body["status"] == "done", body
    paths = sorted(d["path"] for d in body["result"]["documents"])
    assert len(paths) == 2 and all(p.endswith(".pdf") for p in paths)
    assert len(body["result"]["tenders"]) == 1


def test_report_before_done_is_409(app_factory, key, insertion_pdf):
    with app_factory() as client:
        client.app.state.runner.stop()  # nothing will run
        analysis_id = upload(client, key, [("CCAP.pdf", insertion_pdf)]).json()["id"]
        for suffix in ("/report", "/export.csv", "/export.xlsx"):
            r = client.get(f"/v1/analyses/{analysis_id}{suffix}", headers=auth(key))
            assert r.status_code == 409
            assert r.headers["content-type"] == "application/problem+json"
            assert "pas encore terminée" in r.json()["detail"]


def test_list_filters_and_pagination(client, key, make_key, insertion_pdf, plain_pdf):
    ids = {}
    for name, pdf, buyer, day in [
        ("a", insertion_pdf, "Ville de Testville", "2026-01-10"),
        ("b", plain_pdf, "Département du Test", "2026-02-10"),
        ("c", insertion_pdf, "Ville de Testville", "2026-03-10"),
    ]:
        r = upload(client, key, [(f"{name}.pdf", pdf)], buyer=buyer, consultation_date=day, reference=name)
        ids[name] = r.json()["id"]
    for analysis_id in ids.values():
        assert wait_done(client, key, analysis_id)["status"] == "done"
    # Another organisation's analysis never shows up.
    other = make_key("mairie-b")
    upload(client, other, [("z.pdf", insertion_pdf)], buyer="Ville de Testville")

    def listing(**params):
        r = client.get("/v1/analyses", params=params, headers=auth(key))
        assert r.status_code == 200, r.text
        return r.json()

    everything = listing()
    assert everything["total"] == 3 and [i["id"] for i in everything["items"]] == [ids["c"], ids["b"], ids["a"]]
    p1, p2 = listing(page_size=2, page=1), listing(page_size=2, page=2)
    assert p1["pages"] == 2 and len(p1["items"]) == 2 and len(p2["items"]) == 1
    assert {i["id"] for i in p1["items"] + p2["items"]} == set(ids.values())
    assert listing(page=5)["items"] == []

    assert {i["id"] for i in listing(buyer="testville")["items"]} == {ids["a"], ids["c"]}
    assert {i["id"] for i in listing(date_from="2026-02-01")["items"]} == {ids["b"], ids["c"]}
    assert {i["id"] for i in listing(date_from="2026-02-01", date_to="2026-02-28")["items"]} == {ids["b"]}
    insertion = {i["id"] for i in listing(category="clause_insertion")["items"]}
    assert {ids["a"], ids["c"]} <= insertion and ids["b"] not in insertion
    assert listing(status="done")["total"] == 3

    flags = {f for i in everything["items"] for f in i["flags"]}
    for flag in flags:
        flagged = listing(flag=flag)
        assert flagged["total"] >= 1 and all(flag in i["flags"] for i in flagged["items"])
    assert listing(flag="aucun-signalement-de-ce-nom")["total"] == 0

    r = client.get("/v1/analyses", params={"category": "inconnue"}, headers=auth(key))
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    assert r.json()["title"] == "Requête invalide"
    r = client.get("/v1/analyses", params={"page_size": 1000}, headers=auth(key))
    assert r.status_code == 422


def test_delete_removes_files(client, key, settings, insertion_pdf, plain_pdf):
    first = upload(client, key, [("CCAP.pdf", insertion_pdf), ("CCTP.pdf", plain_pdf)]).json()
    second = upload(client, key, [("CCAP.pdf", insertion_pdf)]).json()  # shares one file
    wait_done(client, key, first["id"])
    wait_done(client, key, second["id"])
    blobs = {f["sha256"]: settings.blobs_dir / f["sha256"][:2] / f["sha256"] for f in first["files"]}
    assert all(p.exists() for p in blobs.values())

    r = client.delete(f"/v1/analyses/{first['id']}", headers=auth(key))
    assert r.status_code == 204
    assert client.get(f"/v1/analyses/{first['id']}", headers=auth(key)).status_code == 404
    shared = second["files"][0]["sha256"]
    for sha, path in blobs.items():
        assert path.exists() == (sha == shared)
    assert not (settings.work_dir / first["id"]).exists()

    assert client.delete(f"/v1/analyses/{second['id']}", headers=auth(key)).status_code == 204
    assert not any(p.exists() for p in blobs.values())
    assert client.delete(f"/v1/analyses/{second['id']}", headers=auth(key)).status_code == 404


def test_catalogues(client, key):
    for path in ("/v1/rules", "/v1/thresholds"):
        r = client.get(path, headers=auth(key))
        assert r.status_code == 200, r.text
        assert isinstance(r.json(), list) and r.json()


def test_probes_need_no_key(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    r = client.get("/readyz")
    assert r.status_code == 200 and r.json()["status"] == "ready"


def test_openapi_is_french(client):
    r = client.get("/openapi.json")
    assert r.status_code == 200
    schema = r.json()
    post = schema["paths"]["/v1/analyses"]["post"]
    assert post["summary"] == "Déposer un dossier à analyser"
    assert "Successful Response" not in r.text
    assert "application/problem+json" in post["responses"]["413"]["content"]
    assert client.get("/docs").status_code == 200
