"""Validate a normalised DECP record against the official schema of its version.

Schemas (copied from 139bercy/format-commande-publique, public domain, in `schemas/`):
1.4.0 for v1 records notified before 1 April 2019, 1.5.0 from then on (arrêté du 22 mars 2019),
2.0.3 for the 2022/2024 format. Each record is validated alone, against the `marche` or
`contrat-concession` definition of its schema.

Speed (measured, docs/bilan.md): `jsonschema` takes about 520 µs per record, i.e. 13 minutes for
1.5 million contracts; fastjsonschema about 50 µs; jsonschema-rs (Rust) about 4 µs, and it lists
every error with its path and keyword. The import uses jsonschema-rs; `reference_errors` runs the
same schema through `jsonschema`, and the tests check that both find the same errors on real files.

What an error does (the rest is kept with a warning, see docs/bilan.md):
- **rejected**: no buyer SIRET (14 digits), no notification date (concessions: signature
  date) — the record cannot be attributed to a buyer and a year;
- **warning**: every other departure from the schema (missing or out-of-list field, wrong type…).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
SCHEMA_FILES = {"1.4.0": "decp-1.4.0.json", "1.5.0": "decp-1.5.0.json", "2.0.3": "decp-2.0.3.json"}
V15_FROM = "2019-04-01"  # arrêté du 22 mars 2019, applicable with the code de la commande publique

# (field, keyword) → rejection code. Only what makes a record unattributable to a buyer and a year:
# a missing or too long contract id only warns (the Croix file leaves 33 of 159 ids empty).
BLOCKING = {
    "marche": {("acheteur", "required"): "acheteur_siret_invalide", ("acheteur", "type"): "acheteur_siret_invalide",
               ("acheteur.id", "required"): "acheteur_siret_invalide", ("acheteur.id", "type"): "acheteur_siret_invalide",
               ("acheteur.id", "pattern"): "acheteur_siret_invalide",
               ("dateNotification", "required"): "date_notification_absente",
               ("dateNotification", "type"): "date_notification_absente",
               ("dateNotification", "pattern"): "date_notification_absente"},
    "concession": {("autoriteConcedante", "required"): "acheteur_siret_invalide",
                   ("autoriteConcedante.id", "required"): "acheteur_siret_invalide",
                   ("autoriteConcedante.id", "pattern"): "acheteur_siret_invalide",
                   ("dateSignature", "required"): "date_notification_absente",
                   ("dateSignature", "pattern"): "date_notification_absente"},
}
_EXTRA = re.compile(r"'([^']+)'")
_REQUIRED = re.compile(r"'([^']+)' is a required property")
_REQUIRED_RS = re.compile(r'"([^"]+)" is a required property')


@dataclass(frozen=True, slots=True)
class SchemaError:
    field: str  # dotted path without list indices ("titulaires.titulaire.typeIdentifiant")
    validator: str  # JSON Schema keyword that failed
    message: str  # French
    blocking_code: str | None  # rejection code when the error makes the record unusable

    @property
    def code(self) -> str:
        return f"schema.{self.validator}.{self.field}"


def schema_version(major: str, notified: str | None) -> str:
    """The official schema a record of this format major version ("1" or "2") is checked against."""
    if major == "2":
        return "2.0.3"
    return "1.4.0" if notified and notified < V15_FROM else "1.5.0"


@cache
def _record_schema(version: str, kind: str) -> dict[str, Any]:
    with open(SCHEMA_DIR / SCHEMA_FILES[version], encoding="utf-8-sig") as f:
        full = json.load(f)
    definition = "contrat-concession" if kind == "concession" else "marche"
    return {"$schema": full.get("$schema", "http://json-schema.org/draft-07/schema#"),
            "definitions": copy.deepcopy(full["definitions"]),
            "allOf": [{"$ref": f"#/definitions/{definition}"}]}


@cache
def _fast(version: str, kind: str):
    return jsonschema_rs.validator_for(_record_schema(version, kind))


@cache
def _full(version: str, kind: str):
    schema = _record_schema(version, kind)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def _field(path) -> str:
    return ".".join(str(p) for p in path if not isinstance(p, int))


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "…"


def _french(keyword: str, value: Any, limit: Any, field: str, version: str) -> str:
    if keyword == "required":
        return f"champ obligatoire « {field} » absent (schéma {version})"
    if keyword == "enum":
        return f"« {field} » = « {_show(value)} » hors nomenclature du schéma {version}"
    if keyword == "pattern":
        return f"« {field} » = « {_show(value)} » ne respecte pas le format attendu (schéma {version})"
    if keyword == "type":
        return f"« {field} » = « {_show(value)} » : type attendu {limit} (schéma {version})"
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return f"« {field} » = {_show(value)} hors des bornes du schéma {version} ({keyword} {limit})"
    if keyword in ("maxLength", "minLength", "minItems", "maxItems"):
        return f"« {field} » : longueur hors des bornes du schéma {version} ({keyword} {limit})"
    if keyword == "uniqueItems":
        return f"« {field} » : valeurs répétées (schéma {version})"
    if keyword == "additionalProperties":
        return f"« {field} » : champ non prévu par le schéma {version}"
    return f"« {field or 'enregistrement'} » non conforme au schéma {version} ({keyword})"


def _limit(schema: dict, path: list) -> Any:
    """The schema value the failed keyword holds (the minimum, the expected type…)."""
    node: Any = schema
    for part in path:
        node = node.get(part) if isinstance(node, dict) else (node[part] if isinstance(node, list) else None)
        if node is None:
            return None
    return node


def validate(record: dict[str, Any], version: str, kind: str = "marche",
             missing_columns: frozenset[str] = frozenset()) -> list[SchemaError]:
    """Every schema error of the record (empty when valid). `missing_columns`: fields a flat export
    does not carry at all; their absence is said once per file, not on every record."""
    validator = _fast(version, kind)
    if validator.is_valid(record):
        return []
    blocking = BLOCKING["concession" if kind == "concession" else "marche"]
    schema = _record_schema(version, kind)
    out: list[SchemaError] = []
    seen: set[tuple[str, str]] = set()
    for error in validator.iter_errors(record):
        schema_path = list(error.schema_path)
        keyword = str(schema_path[-1]) if schema_path else "?"
        field = _field(error.instance_path)
        if keyword == "required":
            m = _REQUIRED_RS.search(error.message)
            missing = m.group(1) if m else "?"
            field = f"{field}.{missing}" if field else missing
            if field in missing_columns:
                continue
        elif keyword == "additionalProperties":
            names = sorted(n for n in _EXTRA.findall(error.message) if isinstance(error.instance, dict) and n in error.instance)
            field = f"{field}.{'+'.join(names)}" if field else "+".join(names)
        key = (field, keyword)
        if key in seen:
            continue
        seen.add(key)
        message = _french(keyword, error.instance, _limit(schema, schema_path), field, version)
        out.append(SchemaError(field=field, validator=keyword, message=message, blocking_code=blocking.get(key)))
    return out


def reference_errors(record: dict[str, Any], version: str, kind: str = "marche") -> set[tuple[str, str]]:
    """(field, keyword) of every error `jsonschema` (the reference implementation) finds: for tests."""
    out = set()
    for error in _full(version, kind).iter_errors(record):
        field = _field(error.absolute_path)
        if error.validator == "required":
            m = _REQUIRED.search(error.message)
            field = f"{field}.{m.group(1)}" if field and m else (m.group(1) if m else field)
        elif error.validator == "additionalProperties":
            names = sorted(n for n in _EXTRA.findall(error.message.split("(", 1)[-1]) if n in (error.instance or {}))
            field = f"{field}.{'+'.join(names)}" if field else "+".join(names)
        out.add((field, str(error.validator)))
    return out
