"""The output schema is generated from the result types: the committed documentation must be what
the types say, every field must be described in French, and a real scan must load back into them."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from clausecheck.outputs import schema_doc
from clausecheck.outputs.json_output import json_schema, load_scan, to_jsonable
from clausecheck.pipeline import scan_json
from clausecheck.results import FindingAttributes, ScanResult

REPO = Path(__file__).resolve().parents[1]


def test_committed_schema_documents_are_generated_from_the_types():
    assert (REPO / "docs" / "output-schema.md").read_text(encoding="utf-8") == schema_doc.render_markdown(), \
        "docs/output-schema.md est périmé : python -m clausecheck.outputs.schema_doc docs"
    committed = json.loads((REPO / "docs" / "output-schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(ScanResult)


def test_every_type_and_field_is_described():
    schema = json_schema(ScanResult)
    definitions = dict(schema["$defs"], ScanResult=schema)
    missing = [f"{name}.{field}" for name, definition in definitions.items()
               for field, prop in (definition.get("properties") or {}).items() if not prop.get("description")]
    undescribed = [name for name, definition in definitions.items()
                   if "properties" in definition and not definition.get("description")]
    assert not missing and not undescribed, (missing, undescribed)


def test_a_real_scan_loads_back_into_the_types_unchanged():
    data = scan_json([REPO / "samples"])
    scan = load_scan(data)
    assert scan.documents and scan.tenders
    assert to_jsonable(scan) == data


def test_findings_carry_only_typed_attributes():
    """What detection reads around a finding is a FindingAttributes: no key it does not declare, each value of its
    declared type (hours statements as (value, offset, basis, amount[, row]))."""
    data = scan_json([REPO / "samples"])
    attributes = [f["attributes"] for d in data["documents"] for f in d.get("findings") or []]
    assert any("hours_at" in a for a in attributes) and any("weight" in a for a in attributes)
    checker = TypeAdapter(FindingAttributes)
    for found in attributes:
        assert set(found) <= set(FindingAttributes.__annotations__), found
        checker.validate_json(json.dumps(found), strict=True)
