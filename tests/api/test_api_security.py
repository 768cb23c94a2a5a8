"""Keys (missing, invalid, revoked, header forms), organisation isolation, upload limits."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.api.conftest import auth, make_pdf, upload

PROBLEM = "application/problem+json"


def assert_problem(r, status: int, *words: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == PROBLEM
    body = r.json()
    assert body["status"] == status and body["title"] and body["detail"]
    assert body["type"].startswith("urn:clausecheck:probleme:")
    for word in words:
        assert word in body["detail"] or word in body["title"], body
    assert "Traceback" not in r.text and "File \"" not in r.text
    return body


PROTECTED = [("GET", "/v1/analyses"), ("POST", "/v1/analyses"), ("GET", "/v1/analyses/x"),
             ("DELETE", "/v1/analyses/x"), ("GET", "/v1/analyses/x/report"), ("GET", "/v1/analyses/x/export.csv"),
             ("GET", "/v1/analyses/x/export.xlsx"), ("GET", "/v1/rules"), ("GET", "/v1/thresholds")]


@pytest.mark.parametrize("method,path", PROTECTED)
def test_missing_key_is_401(client, method, path):
    r = client.request(method, path)
    body = assert_problem(r, 401, "clé d'API")
    assert body["title"] == "Authentification requise"
    assert r.headers["www-authenticate"].startswith("Bearer")


def test_invalid_keys_are_401(client, key):
    prefix = key.split("_")[1]
    for bad in ["nimportequoi", "cc_inconnu_secret", f"cc_{prefix}_mauvais-secret", key + "x", "cc__"]:
        assert_problem(client.get("/v1/analyses", headers=auth(bad)), 401, "révoquée")
        assert_problem(client.get("/v1/analyses", headers={"X-API-Key": bad}), 401)
    assert client.get("/v1/analyses", headers={"Authorization": f"Basic {key}"}).status_code == 401


def test_both_header_forms_work(client, key):
    assert client.get("/v1/analyses", headers=auth(key)).status_code == 200
    assert client.get("/v1/analyses", headers={"X-API-Key": key}).status_code == 200


def test_keys_are_stored_hashed_and_revocable(client, key, settings):
    import sqlalchemy as sa

    from api.admin import list_api_keys, revoke_api_key
    from api.storage import ApiKey, make_engine

    engine = make_engine(settings)
    with engine.connect() as conn:
        row = conn.execute(sa.select(ApiKey)).one()
    engine.dispose()
    assert key not in {row.key_hash, row.salt, row.prefix, row.id} and len(row.key_hash) == 64
    listed = list_api_keys(settings)
    assert [k["org"] for k in listed] == ["mairie-a"] and listed[0]["active"]
    assert all(key not in str(v) for v in listed[0].values())

    assert client.get("/v1/analyses", headers=auth(key)).status_code == 200
    assert revoke_api_key(row.prefix, settings) is True
    assert revoke_api_key(row.prefix, settings) is False
    assert_problem(client.get("/v1/analyses", headers=auth(key)), 401, "révoquée")
    assert list_api_keys(settings)[0]["active"] is False


def test_revoke_by_id_or_key(settings, make_key):
    from api.admin import list_api_keys, revoke_api_key

    make_key("a")
    k2 = make_key("b")
    ids = {k["org"]: k["id"] for k in list_api_keys(settings)}
    assert revoke_api_key(ids["a"], settings)
    assert revoke_api_key(k2, settings)
    assert not revoke_api_key("inexistante", settings)
    assert not any(k["active"] for k in list_api_keys(settings))


def test_other_organisation_sees_404(client, key, make_key, insertion_pdf):
    analysis_id = upload(client, key, [("CCAP.pdf", insertion_pdf)]).json()["id"]
    other = make_key("mairie-b")
    for suffix in ("", "/report", "/export.csv", "/export.xlsx"):
        assert_problem(client.get(f"/v1/analyses/{analysis_id}{suffix}", headers=auth(other)), 404)
    assert_problem(client.delete(f"/v1/analyses/{analysis_id}", headers=auth(other)), 404)
    assert client.get("/v1/analyses", headers=auth(other)).json()["total"] == 0
    # Still there for its owner.
    assert client.get(f"/v1/analyses/{analysis_id}", headers=auth(key)).status_code == 200


def test_unknown_route_and_method_are_problems(client, key):
    assert_problem(client.get("/v1/inexistant", headers=auth(key)), 404)
    assert_problem(client.put("/v1/rules", headers=auth(key)), 405)


# ----------------------------------------------------------------------------- limits


def test_file_too_big(client, key, settings):
    big = b"%PDF-1.4\n" + b"0" * (settings.max_file_bytes + 10)
    assert_problem(upload(client, key, [("gros.pdf", big)]), 413, "taille maximale")


def test_request_too_big(client, key, settings):
    half = b"%PDF-1.4\n" + b"0" * (settings.max_upload_bytes // 2)
    body = assert_problem(upload(client, key, [("a.pdf", half), ("b.pdf", half), ("c.pdf", half)]), 413)
    assert "taille maximale" in body["detail"]


def test_too_many_files(client, key, settings):
    files = [(f"f{i}.txt", f"Pièce {i}".encode()) for i in range(settings.max_files + 1)]
    assert_problem(upload(client, key, files), 413, "fichiers")


def test_too_many_pages(client, key, settings):
    pdf = make_pdf(["Une page."], pages=settings.max_pages + 1)
    assert_problem(upload(client, key, [("long.pdf", pdf)]), 413, "pages")


@pytest.mark.parametrize("name,content", [
    ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
    ("faux.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(range(256))),
    ("ancien.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200),
])
def test_bad_type_by_content(client, key, name, content):
    body = assert_problem(upload(client, key, [(name, content)]), 415, "Formats acceptés")
    assert body["title"] == "Type de fichier non accepté"
    assert name in body["detail"]


def test_accepted_types_by_content(client, key):
    files = [("avis.xml", b"<?xml version='1.0'?><avis>texte</avis>"),
             ("page.html", "<!DOCTYPE html><html><body>Marché</body></html>".encode()),
             ("note.txt", "Clause d'insertion : 100 heures.".encode("cp1252")),
             ("sans-extension", b"%PDF-1.4\n%%EOF")]
    r = upload(client, key, files)
    assert r.status_code == 202, r.text
    assert [f["kind"] for f in r.json()["files"]] == ["xml", "html", "text", "pdf"]


def test_empty_and_missing_files(client, key):
    assert_problem(upload(client, key, [("vide.pdf", b"")]), 422, "vide")
    r = client.post("/v1/analyses", data={"buyer": "x"}, headers=auth(key))
    assert_problem(r, 422)


def test_bad_metadata(client, key, insertion_pdf):
    body = assert_problem(upload(client, key, [("a.pdf", insertion_pdf)], consultation_date="09/03/2026"), 422)
    assert "AAAA-MM-JJ" in body["detail"]


def _zip(entries: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_limits(client, key, settings):
    many = _zip({f"f{i}.txt": b"x" for i in range(settings.max_zip_entries + 1)})
    assert_problem(upload(client, key, [("many.zip", many)]), 413, "éléments")
    bomb = _zip({"bombe.txt": b"\x00" * (20 * 1024 * 1024)})
    assert len(bomb) < settings.max_file_bytes
    assert_problem(upload(client, key, [("bombe.zip", bomb)]), 413)
    assert_problem(upload(client, key, [("casse.zip", b"PK\x03\x04" + b"\x00" * 50)]), 422, "ZIP")


def test_cors_off_by_default(client, key):
    r = client.options("/v1/analyses", headers={"Origin": "https://exemple.fr", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in r.headers


def test_cors_on_when_configured(app_factory, key):
    with app_factory(cors_origins=("https://exemple.fr",)) as client:
        r = client.get("/v1/analyses", headers={**auth(key), "Origin": "https://exemple.fr"})
        assert r.headers["access-control-allow-origin"] == "https://exemple.fr"
        r = client.get("/v1/analyses", headers={**auth(key), "Origin": "https://autre.fr"})
        assert "access-control-allow-origin" not in r.headers


def test_internal_error_hides_trace(app_factory, key, engine):
    from dataclasses import replace

    def boom():
        raise RuntimeError("secret interne /chemin/caché")

    with app_factory() as client:
        client.app.state.engine = replace(engine, rules_catalog=boom)
        r = client.get("/v1/rules", headers=auth(key))
        body = assert_problem(r, 500)
        assert "secret" not in r.text and "RuntimeError" not in r.text
        assert body["title"] == "Erreur interne"
