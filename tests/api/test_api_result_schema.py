"""The API describes and serves an analysis' result with the schema generated from
clausecheck.results.ScanResult, and still serves results stored by older versions."""

from __future__ import annotations

import json
import uuid

import pytest

from api.storage import Analysis, AnalysisFile, utcnow
from clausecheck.outputs.json_output import json_schema
from clausecheck.results import ScanResult
from tests.api.conftest import auth, upload, wait_done

jsonschema_rs = pytest.importorskip("jsonschema_rs")


def _without_null_defaults(schema):
    """FastAPI leaves `"default": null` out of the OpenAPI document; nothing else differs."""
    if isinstance(schema, dict):
        return {k: _without_null_defaults(v) for k, v in schema.items() if not (k == "default" and v is None)}
    if isinstance(schema, list):
        return [_without_null_defaults(v) for v in schema]
    return schema


def _openapi(client) -> dict:
    return client.get("/openapi.json").json()


def _validator(openapi: dict, component: str):
    schema = {"$ref": f"#/components/schemas/{component}", "components": openapi["components"]}
    return jsonschema_rs.Draft202012Validator(schema)


def test_openapi_result_is_the_schema_of_scan_result(client):
    openapi = _openapi(client)
    components = openapi["components"]["schemas"]
    result = components["AnalysisOut"]["properties"]["result"]
    assert {"$ref": "#/components/schemas/ScanResult"} in result["anyOf"]
    generated = json_schema(ScanResult)
    definitions = generated.pop("$defs")
    definitions["ScanResult"] = generated
    definitions = json.loads(json.dumps(definitions).replace("#/$defs/", "#/components/schemas/"))
    for name, schema in definitions.items():
        assert _without_null_defaults(components[name]) == _without_null_defaults(schema), name


def test_a_finished_analysis_matches_its_openapi_schema(client, key, insertion_pdf, plain_pdf):
    analysis_id = upload(client, key, [("CCAP.pdf", insertion_pdf), ("CCTP.pdf", plain_pdf)],
                         buyer="Ville de Testville", reference="2026-042").json()["id"]
    body = wait_done(client, key, analysis_id)
    assert body["status"] == "done", body
    errors = list(_validator(_openapi(client), "AnalysisOut").iter_errors(body))
    assert not errors, [f"{list(e.instance_path)}: {e.message}" for e in errors[:5]]
    assert body["result"]["tenders"][0]["id"] == "2026-042"


# A result as an older version stored it: the API's own `facts.buyer.source`, keys the schema does
# not know, keys it has since gained left out, and parts that no longer fit (a finding without its
# score, a flag written as a bare string).
OLD_RESULT = {
    "schema_version": "1",
    "engine": {"name": "clausecheck", "version": "0.0.9"},
    "documents": [
        {"path": "2026-007/CCAP.pdf", "dossier": "2026-007", "format": "pdf", "text_status": "ok",
         "considerations": {"clause_insertion": True, "clause_sociale": True},
         "insertion_hours": 350, "ancienne_cle": "ignorée",
         "findings": [
             {"category": "clause_insertion", "kind": "heures_insertion", "rule_id": "insertion.heures",
              "message": "350 heures d'insertion", "score": 0.91,
              "evidence": {"document": "2026-007/CCAP.pdf", "page": 3, "char_start": 10, "char_end": 40,
                           "quote": "350 heures d'insertion"}},
             {"category": "clause_sociale", "kind": "x", "rule_id": "r", "message": "sans score",
              "evidence": {"document": "2026-007/CCAP.pdf", "page": 1, "char_start": 0, "char_end": 1,
                           "quote": "x"}},
         ]},
    ],
    "tenders": [
        {"id": "2026-007", "path": "2026-007", "documents": ["2026-007/CCAP.pdf"],
         "considerations": {"clause_insertion": True},
         "facts": {"buyer": {"value": "Commune d'Avant", "evidence": [], "source": "déclaré au dépôt"}},
         "flags": ["sans_critere_social",
                   {"id": "petit_lot", "label": "Petit lot", "severity": "INFO", "legal_basis": ["R2123-1"],
                    "message": "Lot sous le seuil."}]},
    ],
    "summary": {"documents": 1, "ok": 1, "failed": 0},
}


def test_a_result_stored_by_an_older_version_is_still_served(client, key, insertion_pdf):
    analysis_id = str(uuid.uuid4())
    with client.app.state.sessions() as s:
        job = Analysis(id=analysis_id, org="mairie-a", status="done", progress=1.0, buyer="Commune d'Avant",
                       reference="2026-007", created_at=utcnow(), finished_at=utcnow(), attempts=1,
                       document_count=1, result=OLD_RESULT)
        job.files = [AnalysisFile(position=0, filename="CCAP.pdf", sha256="0" * 64, size_bytes=10, kind="pdf")]
        s.add(job)
        s.commit()
    r = client.get(f"/v1/analyses/{analysis_id}", headers=auth(key))
    assert r.status_code == 200, r.text
    body = r.json()
    assert not list(_validator(_openapi(client), "AnalysisOut").iter_errors(body))
    result = body["result"]
    document = result["documents"][0]
    assert document["insertion_hours"] == 350 and "ancienne_cle" not in document
    assert [f["message"] for f in document["findings"]] == ["350 heures d'insertion"]
    buyer = result["tenders"][0]["facts"]["buyer"]
    assert buyer["value"] == "Commune d'Avant" and buyer["source_document"] == "déclaré au dépôt"
    assert [f["id"] for f in result["tenders"][0]["flags"]] == ["petit_lot"]
    for suffix in ("/report", "/export.csv", "/export.xlsx"):
        assert client.get(f"/v1/analyses/{analysis_id}{suffix}", headers=auth(key)).status_code == 200, suffix
    with client.app.state.sessions() as s:  # the stored JSON is left as it was
        assert s.get(Analysis, analysis_id).result == OLD_RESULT
