"""Merge the per-document results of one dossier (tender) into one view, keeping provenance."""

from __future__ import annotations

from datetime import date
from typing import Any

from clausecheck.extraction.facts import parse_date

# Which document is trusted first for a fact of the whole consultation.
DOC_PRIORITY = {"AVIS": 0, "RC": 1, "AE": 2, "CCAP": 3, "DQE": 4, "BPU": 5, "DPGF": 5, "CCTP": 6, "CADRE": 7,
                "QR": 8, "AUTRE": 9, "FORM": 10}
SCALAR_FACTS = ("buyer", "object", "procedure", "publication_date", "deadline", "duration_months", "renewals")
REQUIREMENTS = ("min_turnover", "references", "insurance", "groupement_form", "max_lots_per_bidder", "variants",
                "advance_rate", "advance_rate_sme", "retenue_garantie", "payment_delay_days", "site_visit_mandatory")
CATEGORIES = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
              "clause_environnementale", "critere_environnemental")


def _priority(doc: dict[str, Any]) -> tuple[int, str]:
    return DOC_PRIORITY.get(str(doc.get("doc_type") or "AUTRE"), 9), str(doc.get("path", ""))


def _facts(doc: dict[str, Any]) -> dict[str, Any]:
    facts = doc.get("facts") or {}
    return facts if isinstance(facts, dict) else {}


def _with_source(value: Any, path: str) -> Any:
    if isinstance(value, dict):
        out = dict(value)
        out.setdefault("source_document", path)
        return out
    return value


def aggregate_tender(documents: list[dict[str, Any]]) -> dict[str, Any]:
    """One dossier's merged allotment, amounts, lots and facts. Every merged value says which
    document it came from (`source_document`), and its evidence points into that document."""
    docs = sorted(documents, key=_priority)
    # --- allotment: « one lot of a divided contract » in any document means divided
    allotment: dict[str, Any] = {"divided": None, "lot_count": None, "no_division_reason": None,
                                 "evidence": [], "sources": []}
    for doc in docs:
        a = _facts(doc).get("allotment") or doc.get("allotment") or {}
        if a.get("divided") is True and allotment["divided"] is not True:
            allotment["divided"] = True
            allotment["sources"].append(doc.get("path"))
            allotment["evidence"].extend((a.get("evidence") or [])[:2])
    if allotment["divided"] is None:
        for doc in docs:
            a = _facts(doc).get("allotment") or doc.get("allotment") or {}
            if a.get("divided") is False:
                allotment["divided"] = False
                allotment["sources"].append(doc.get("path"))
                allotment["evidence"].extend((a.get("evidence") or [])[:2])
                if a.get("no_division_reason") and not allotment["no_division_reason"]:
                    allotment["no_division_reason"] = a["no_division_reason"]
                break
    if allotment["divided"] is False:
        for doc in docs:
            reason = (_facts(doc).get("allotment") or {}).get("no_division_reason")
            if reason:
                allotment["no_division_reason"] = reason
                break
    if allotment["divided"]:
        for doc in docs:
            a = _facts(doc).get("allotment") or doc.get("allotment") or {}
            if a.get("lot_count"):
                allotment["lot_count"] = a["lot_count"]
                if doc.get("path") not in allotment["sources"]:
                    allotment["sources"].append(doc.get("path"))
                break

    # --- amounts: the most authoritative document that states them
    amounts: dict[str, Any] = {"estimated_ht": None, "max_ht": None, "min_ht": None, "evidence": [], "note": "",
                               "sources": {}, "evidence_by_kind": {}}
    for key in ("estimated_ht", "max_ht", "min_ht"):
        for doc in docs:
            a = _facts(doc).get("amounts") or doc.get("amounts") or {}
            if a.get(key) is not None:
                amounts[key] = a[key]
                amounts["sources"][key] = doc.get("path")
                by_kind = (a.get("evidence_by_kind") or {}).get(key)
                if by_kind:
                    amounts["evidence_by_kind"][key] = list(by_kind)
                amounts["evidence"].extend(e for e in (a.get("evidence") or [])[:3] if e not in amounts["evidence"])
                if a.get("note") and a["note"] not in amounts["note"]:
                    amounts["note"] = (amounts["note"] + " ; " if amounts["note"] else "") + a["note"]
                break

    # --- lots: union by number, first document (by priority) wins for each value
    lots: dict[str, dict[str, Any]] = {}
    for doc in docs:
        for lot in _facts(doc).get("lots") or []:
            key = str(lot.get("number"))
            merged = lots.setdefault(key, {"number": lot.get("number"), "title": "", "estimated_ht": None,
                                           "min_ht": None, "max_ht": None, "duration_months": None,
                                           "reserved_bases": [], "cpv": [], "evidence": [], "sources": []})
            for k in ("title", "estimated_ht", "min_ht", "max_ht", "duration_months"):
                if not merged.get(k) and lot.get(k):
                    merged[k] = lot[k]
            for b in lot.get("reserved_bases") or []:
                if b not in merged["reserved_bases"]:
                    merged["reserved_bases"].append(b)
            for c in lot.get("cpv") or []:
                if c not in merged["cpv"]:
                    merged["cpv"].append(c)
            merged["evidence"].extend((lot.get("evidence") or [])[:1])
            if doc.get("path") not in merged["sources"]:
                merged["sources"].append(doc.get("path"))
    lot_list = sorted(lots.values(), key=lambda l: (len(str(l["number"])), str(l["number"])))

    # --- scalar facts and requirements
    facts: dict[str, Any] = {k: None for k in SCALAR_FACTS}
    for key in SCALAR_FACTS:
        for doc in docs:
            value = _facts(doc).get(key)
            if value:
                facts[key] = _with_source(value, doc.get("path", ""))
                break
    # the consultation date is the earliest publication date read anywhere
    pubs = []
    for doc in docs:
        value = _facts(doc).get("publication_date")
        if value and value.get("value"):
            pubs.append((str(value["value"]), doc.get("path", ""), value))
    if pubs:
        first = min(pubs)
        facts["publication_date"] = _with_source(first[2], first[1])
    cpv: list[dict[str, Any]] = []
    seen: set[str] = set()
    for doc in docs:
        for c in _facts(doc).get("cpv") or []:
            if c.get("code") not in seen:
                seen.add(c.get("code"))
                cpv.append(_with_source(c, doc.get("path", "")))
    requirements: dict[str, Any] = {k: None for k in REQUIREMENTS}
    certifications: list[dict[str, Any]] = []
    for doc in docs:
        req = _facts(doc).get("requirements") or {}
        for key in REQUIREMENTS:
            if requirements[key] is None and req.get(key) is not None:
                requirements[key] = _with_source(req[key], doc.get("path", ""))
        for c in req.get("certifications") or []:
            if all(c.get("value") != x.get("value") for x in certifications):
                certifications.append(_with_source(c, doc.get("path", "")))
    requirements["certifications"] = certifications

    response_days = None
    pub, deadline = facts.get("publication_date"), facts.get("deadline")
    if pub and deadline:
        d1, d2 = parse_date(str(pub.get("value"))), parse_date(str(deadline.get("value")))
        if d1 and d2 and d2 >= d1:
            response_days = (d2 - d1).days

    considerations: dict[str, bool | None] = {}
    for cat in CATEGORIES:
        values = [(doc.get("considerations") or {}).get(cat) for doc in documents]
        considerations[cat] = True if any(v is True for v in values) else (
            False if any(v is False for v in values) else None)
    bases: list[str] = []
    for doc in documents:
        for b in doc.get("reservation_bases") or []:
            if b not in bases:
                bases.append(b)

    return {
        "documents": [doc.get("path") for doc in documents],
        "allotment": allotment,
        "amounts": amounts,
        "lots": lot_list,
        "considerations": considerations,
        "reservation_bases": bases,
        "facts": {
            **facts,
            "cpv": cpv,
            "lots": lot_list,
            "requirements": requirements,
            "response_days": response_days,
            "reference_date": None,
            "reference_date_source": None,
        },
    }


def consultation_date(tender: dict[str, Any]) -> tuple[date | None, dict[str, Any] | None]:
    pub = ((tender.get("facts") or {}).get("publication_date")) or None
    if pub and pub.get("value"):
        return parse_date(str(pub["value"])), pub
    return None, None
