"""The engine's typed result as the API stores and serves it.

What the API adds to, or hides from, the engine's `ScanResult` (`present_result`):
- `scan.roots` names the uploaded files, never the server folder the analysis ran in;
- a tender whose buyer the engine did not find takes the buyer declared at upload, its
  `source_document` being « déclaré au dépôt »;
- the dossier laid out for the uploaded files is named after the reference given at upload.
`present_result` is idempotent: it is applied when an analysis finishes and again when it is read,
so results stored before these rules existed are served by them too.

Stored results are JSON (`to_jsonable(ScanResult)`). `stored_result` reads one back as the current
`ScanResult`, leniently: pydantic's lax validation (unknown keys ignored, missing keys take their
defaults) after converting the one key the API itself used to add (`facts.buyer.source`); a result
that still does not fit loses its smallest failing parts, with a warning in the log. The stored JSON
is never rewritten.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from api.names import dossier_name
from api.validation import OFFICE_EXTENSIONS
from clausecheck.outputs.json_output import load_scan
from clausecheck.results import Fact, ScanResult

log = logging.getLogger("clausecheck.api.results")

DECLARED = "déclaré au dépôt"
MAX_REPAIRS = 500


def is_archive_upload(files: list[tuple[str, str]]) -> bool:
    """A single ZIP (not an office document) is scanned as it is; anything else goes in a folder.

    `files` holds (filename, kind); analyses stored before office kinds existed say « zip » for a DOCX."""
    return len(files) == 1 and files[0][1] == "zip" and not files[0][0].lower().endswith(OFFICE_EXTENSIONS)


def _empty(fact: Fact | None) -> bool:
    if fact is None:
        return True
    if isinstance(fact.value, str):
        return not fact.value.strip()
    return fact.value is None


def present_result(result: ScanResult, *, files: list[tuple[str, str]], buyer: str | None,
                   reference: str | None) -> ScanResult:
    """Apply the API's rules (module docstring) to `result`, in place; returns it."""
    if result.scan is not None:
        result.scan.roots = [name for name, _ in files]
    renames: dict[str, str] = {}
    if reference:
        if is_archive_upload(files):
            if len(result.tenders) == 1 and result.tenders[0].id != reference:
                renames[result.tenders[0].id] = reference
        else:
            folder = dossier_name(reference)
            if folder != reference:
                renames[folder] = reference
    for tender in result.tenders:
        new_id = renames.get(tender.id)
        if new_id is not None:
            tender.id = new_id
            if tender.path in renames:
                tender.path = new_id
        if buyer and _empty(tender.facts.buyer):
            tender.facts.buyer = Fact(value=buyer, evidence=[], source_document=DECLARED)
    if renames:
        for document in result.documents:
            document.dossier = renames.get(document.dossier, document.dossier)
    return result


def result_tags(result: ScanResult) -> tuple[set[str], set[str]]:
    """Categories present in any tender or document, and flags raised on the tenders."""
    categories: set[str] = set()
    for considerations in [t.considerations for t in result.tenders] + [d.considerations for d in result.documents]:
        categories.update(str(category)[:100] for category, value in considerations.items() if value is True)
    flags = {flag.id[:100] for tender in result.tenders for flag in tender.flags if flag.id}
    return categories, flags


# ----------------------------------------------------------------------------- stored results


def stored_result(data: Any, *, analysis_id: str = "") -> ScanResult:
    """A stored result as the current `ScanResult` (see the module docstring)."""
    if not isinstance(data, dict):
        log.warning("analyse %s : résultat enregistré illisible (%s), servi vide", analysis_id, type(data).__name__)
        return ScanResult()
    data = _converted(data)
    try:
        return load_scan(data)
    except ValidationError:
        pass
    data = json.loads(json.dumps(data))  # a copy to prune
    dropped: list[str] = []
    for _ in range(MAX_REPAIRS):
        try:
            result = load_scan(data)
        except ValidationError as error:
            try:
                dropped.append(_drop(data, error.errors(include_url=False)[0]["loc"]))
            except ValueError:
                break
            continue
        log.warning("analyse %s : résultat enregistré d'un format ancien, parties illisibles ignorées : %s",
                    analysis_id, ", ".join(dropped[:20]))
        return result
    log.warning("analyse %s : résultat enregistré illisible, servi vide", analysis_id)
    return ScanResult()


def _converted(data: dict[str, Any]) -> dict[str, Any]:
    """Older results said `facts.buyer.source = « déclaré au dépôt »`, a key outside the schema."""
    tenders = data.get("tenders")
    if not isinstance(tenders, list) or not any(_declared_the_old_way(t) for t in tenders):
        return data
    converted = []
    for tender in tenders:
        if _declared_the_old_way(tender):
            buyer = {k: v for k, v in tender["facts"]["buyer"].items() if k != "source"}
            buyer["source_document"] = DECLARED
            tender = {**tender, "facts": {**tender["facts"], "buyer": buyer}}
        converted.append(tender)
    return {**data, "tenders": converted}


def _declared_the_old_way(tender: Any) -> bool:
    facts = tender.get("facts") if isinstance(tender, dict) else None
    buyer = facts.get("buyer") if isinstance(facts, dict) else None
    return isinstance(buyer, dict) and buyer.get("source") == DECLARED


def _drop(data: dict[str, Any], loc: Iterable[int | str]) -> str:
    """Remove the deepest part of `data` on the path of a validation error; returns its path.

    A missing key makes its parent the deepest part; removing a required key makes the next error
    climb one level. Names on the path that are not in the data (union members) are skipped."""
    parents: list[tuple[Any, int | str]] = []
    node: Any = data
    for key in loc:
        in_dict = isinstance(node, dict) and key in node
        in_list = isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node)
        if in_dict or in_list:
            parents.append((node, key))
            node = node[key]
    if not parents:
        raise ValueError("nothing left to drop")
    container, key = parents[-1]
    del container[key]
    return "/".join(str(k) for _, k in parents)
