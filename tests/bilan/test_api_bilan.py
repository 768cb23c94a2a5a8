"""The bilan over HTTP: upload DECP files per organisation, read the bilan as JSON or HTML."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from api.app import create_app
from api.engine import real_engine
from api.settings import Settings
from tests.bilan.conftest import DATA, REPO


@pytest.fixture
def settings(tmp_path):
    return Settings(data_dir=tmp_path / "data", workers=1, executor="thread", max_upload_bytes=8 * 1024 * 1024,
                    max_file_bytes=4 * 1024 * 1024, max_files=5, max_pages=60, poll_seconds=0.1)


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings, real_engine()), raise_server_exceptions=False) as c:
        yield c


def _key(settings, org):
    from api.cli import create_api_key

    return {"Authorization": f"Bearer {create_api_key(org, settings)}"}


def _files(*names, field="files"):
    return [(field, (name, (DATA / name).read_bytes(), "application/json")) for name in names]


def test_upload_then_bilan_json_and_html(client, settings):
    headers = _key(settings, "Ville de Test")
    r = client.post("/v1/bilan/decp", files=_files("decp_fixture_v2.json", "decp_fixture_v1.json"), headers=headers)
    assert r.status_code == 201, r.text
    body = r.json()
    first = body["files"][0]
    assert (first["read"], first["imported"], first["rejected"]) == (13, 11, 2)
    assert first["rejected_by_reason"] == {"date_notification_absente": 1, "doublon": 1}
    assert body["contracts_in_store"] == 13
    r = client.get("/v1/bilan", headers=headers)
    assert r.status_code == 200 and r.json()["totals"]["contracts"] == 12 and r.json()["balanced"]
    r = client.get("/v1/bilan", params={"acheteur": "21000000000024", "annees": "2024"}, headers=headers)
    assert r.json()["totals"]["contracts"] == 2
    r = client.get("/v1/bilan/report", headers=headers)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html") and "<svg" in r.text
    again = client.post("/v1/bilan/decp", files=_files("decp_fixture_v1.json"), headers=headers).json()
    assert again["files"][0]["already_imported"] and again["contracts_in_store"] == 13


def test_each_organisation_sees_only_its_own(client, settings):
    a, b = _key(settings, "Ville A"), _key(settings, "Ville B")
    assert client.post("/v1/bilan/decp", files=_files("decp_fixture_v1.json"), headers=a).status_code == 201
    r = client.get("/v1/bilan", headers=b)
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
    assert "déposez d'abord" in r.json()["detail"]
    assert client.delete("/v1/bilan", headers=a).status_code == 204
    assert client.get("/v1/bilan", headers=a).status_code == 404
    assert client.get("/v1/bilan").status_code == 401


def test_bad_uploads_are_refused_in_french(client, settings):
    headers = _key(settings, "Ville C")
    r = client.post("/v1/bilan/decp", files=[("files", ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"))],
                    headers=headers)
    assert r.status_code == 415 and "ni du JSON" in r.json()["detail"]
    r = client.post("/v1/bilan/decp", files=_files("decp_fixture_v1.json"), data={"acheteur": "12AB"}, headers=headers)
    assert r.status_code == 422 and r.json()["code"] == "siret-invalide"
    r = client.post("/v1/bilan/decp", files=[("achats", ("achats.csv", b"nom;prix\nx;1\n", "text/csv"))],
                    data={"acheteur": "21000000000016"}, headers=headers)
    assert r.status_code == 422 and "colonnes attendues" in r.json()["detail"]
    r = client.post("/v1/bilan/decp", files=[("files", ("config.json", b'{"resource_id": 1}', "application/json"))],
                    headers=headers)
    assert r.status_code == 201 and "marches" in r.json()["files"][0]["error"]  # read, reported, nothing lost
    assert client.get("/v1/bilan", params={"annees": "20x4"}, headers=headers).status_code == 422


def test_cross_check_with_an_analysis_of_the_organisation(client, settings):
    headers = _key(settings, "Ville d'Exempleville")
    zip_bytes = (REPO / "samples" / "dce-nettoyage.zip").read_bytes()
    r = client.post("/v1/analyses", files=[("files", ("dce-nettoyage.zip", zip_bytes, "application/zip"))],
                    headers=headers)
    assert r.status_code == 202, r.text
    analysis = r.json()["id"]
    deadline = time.monotonic() + 60
    while client.get(f"/v1/analyses/{analysis}", headers=headers).json()["status"] not in ("done", "failed"):
        assert time.monotonic() < deadline
        time.sleep(0.1)
    client.post("/v1/bilan/decp", files=_files("decp_exempleville_2026.json"), headers=headers)
    r = client.get("/v1/bilan", params={"analyses": analysis, "acheteur": "21999999900013"}, headers=headers)
    assert r.status_code == 200, r.text
    check = r.json()["crosscheck"]
    assert [m["decp_id"] for m in check["matches"]] == ["2026SRV031"] and check["discrepancies"] == []
    other = _key(settings, "Autre ville")
    client.post("/v1/bilan/decp", files=_files("decp_fixture_v1.json"), headers=other)
    assert client.get("/v1/bilan", params={"analyses": analysis}, headers=other).status_code == 404
