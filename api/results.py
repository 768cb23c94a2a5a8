"""What the API adds to, or hides from, the engine's result before storing or serving it.

- `scan.roots` names the uploaded files, never the server folder the analysis ran in;
- a tender whose buyer the engine did not find takes the buyer declared at upload, marked
  « déclaré au dépôt »;
- the dossier laid out for the uploaded files is named after the reference given at upload.

`present_result` returns a new dict (the given one is left as is) and is idempotent, so it can be
applied when an analysis finishes and again to results stored before these rules existed.
"""

from __future__ import annotations

from typing import Any

from api.names import dossier_name
from api.validation import OFFICE_EXTENSIONS

DECLARED = "déclaré au dépôt"


def is_archive_upload(files: list[tuple[str, str]]) -> bool:
    """A single ZIP (not an office document) is scanned as it is; anything else goes in a folder.

    `files` holds (filename, kind); analyses stored before office kinds existed say « zip » for a DOCX."""
    return len(files) == 1 and files[0][1] == "zip" and not files[0][0].lower().endswith(OFFICE_EXTENSIONS)


def _empty(fact: Any) -> bool:
    value = fact.get("value") if isinstance(fact, dict) and "value" in fact else fact
    if isinstance(value, str):
        return not value.strip()
    return value in (None, [], {})


def present_result(result: Any, *, files: list[tuple[str, str]], buyer: str | None,
                   reference: str | None) -> Any:
    if not isinstance(result, dict):
        return result
    out = dict(result)
    if isinstance(out.get("scan"), dict):
        scan = dict(out["scan"])
        scan["roots"] = [name for name, _ in files]
        out["scan"] = scan

    tenders = [dict(t) if isinstance(t, dict) else t for t in out.get("tenders") or []]
    renames: dict[str, str] = {}
    if reference:
        if is_archive_upload(files):
            old_ids = [t.get("id") for t in tenders if isinstance(t, dict)]
            if len(old_ids) == 1 and isinstance(old_ids[0], str) and old_ids[0] != reference:
                renames[old_ids[0]] = reference
        else:
            folder = dossier_name(reference)
            if folder != reference:
                renames[folder] = reference
    for tender in tenders:
        if not isinstance(tender, dict):
            continue
        new_id = renames.get(tender.get("id"))
        if new_id is not None:
            tender["id"] = new_id
            if tender.get("path") in renames:
                tender["path"] = new_id
        if buyer:
            facts = dict(tender.get("facts") or {}) if isinstance(tender.get("facts") or {}, dict) else None
            if facts is not None and _empty(facts.get("buyer")):
                facts["buyer"] = {"value": buyer, "evidence": [], "source": DECLARED}
                tender["facts"] = facts
    if "tenders" in out:
        out["tenders"] = tenders
    if renames and isinstance(out.get("documents"), list):
        documents = []
        for doc in out["documents"]:
            if isinstance(doc, dict) and doc.get("dossier") in renames:
                doc = dict(doc, dossier=renames[doc["dossier"]])
            documents.append(doc)
        out["documents"] = documents
    return out
