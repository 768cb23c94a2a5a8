"""The one serializer of results: typed objects in, JSON out (and back). The command line, the
API, the report and the tests all go through it.

The keys scored by the evaluation contract (path, considerations, insertion_hours,
reservation_bases, allotment, amounts) keep their meaning; everything else is added. The shape
of each object is the dataclass in clausecheck/results.py, so the JSON, its generated schema
(docs/output-schema.md) and the API's response models cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import JsonValue, TypeAdapter

from clausecheck.results import SCHEMA_VERSION, DocumentResult, EngineInfo, ScanResult, TenderResult
from clausecheck.version import __version__

T = TypeVar("T")


_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def adapter(cls: type[T]) -> TypeAdapter[T]:
    """The pydantic adapter of a result type, built once per type."""
    found = _ADAPTERS.get(cls)
    if found is None:
        found = _ADAPTERS[cls] = TypeAdapter(cls)
    return found


def to_jsonable(result: Any) -> JsonValue:
    """A typed result (or a list of them) as plain JSON values, fields in their declared order."""
    if isinstance(result, list):
        return [to_jsonable(item) for item in result]
    value: JsonValue = adapter(type(result)).dump_python(result, mode="json")
    return value


def dumps(result: Any) -> str:
    return json.dumps(to_jsonable(result), ensure_ascii=False)


def load(cls: type[T], data: Any) -> T:
    """A typed result from its JSON values (a scan file, an API response, a stored analysis)."""
    return adapter(cls).validate_python(data)


def load_document(data: Any) -> DocumentResult:
    return load(DocumentResult, data)


def load_scan(data: Any) -> ScanResult:
    return load(ScanResult, data)


def read_scan(path: Path) -> ScanResult:
    return load_scan(json.loads(path.read_text(encoding="utf-8")))


def json_schema(cls: type[Any]) -> dict[str, Any]:
    schema: dict[str, Any] = adapter(cls).json_schema(mode="serialization")
    return schema


def write_scan(run: Any, json_out: Path, progress: Callable[[int, int], None] | None = None) -> None:
    """Stream a `pipeline.ScanRun` to a JSON file: each document as it finishes, then the dossiers,
    then what the scan was. Nothing but one document is held in memory at a time."""
    json_out.parent.mkdir(parents=True, exist_ok=True)
    with open(json_out, "w", encoding="utf-8") as out:
        out.write('{"schema_version": %s,\n "engine": %s,\n "documents": [\n'  # noqa: UP031 (JSON braces)
                  % (json.dumps(SCHEMA_VERSION), dumps(engine_info())))
        for index, document in enumerate(run.documents(progress)):
            out.write(("" if index == 0 else ",\n") + dumps(document))
        out.write("\n ],\n")
        out.write(' "tenders": [\n')
        for index, tender in enumerate(run.tenders()):
            out.write(("" if index == 0 else ",\n") + dumps(tender))
        out.write("\n ],\n")
        scan, summary = dumps(run.info()), json.dumps(to_jsonable(run.summary))
        out.write(' "scan": %s,\n "summary": %s\n}\n' % (scan, summary))  # noqa: UP031 (JSON braces)


def rules_version() -> str | None:
    """A fingerprint of the rule, settings and threshold files, so a result says what judged it."""
    from clausecheck.resources import rules_dir

    digest = hashlib.sha256()
    files = sorted(rules_dir().glob("*.yml"))
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"r-{digest.hexdigest()[:12]}" if files else None


def engine_info() -> EngineInfo:
    info = EngineInfo(name="clausecheck", version=__version__, rules_version=rules_version())
    try:
        from clausecheck.detection.passage_model import PassageModel

        info.model_version = PassageModel.shipped_version()
    except Exception:
        info.model_version = None
    return info


__all__ = [
    "TenderResult",
    "dumps",
    "engine_info",
    "json_schema",
    "load",
    "load_document",
    "load_scan",
    "read_scan",
    "rules_version",
    "to_jsonable",
    "write_scan",
]
