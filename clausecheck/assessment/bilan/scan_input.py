"""Read the JSON written by `clausecheck scan --json` (docs/output-schema.md) into typed dossiers.

Only what the bilan, the cross-check and the opportunities feed use: buyer, object, reference,
dates, CPV, amounts, lots, considerations (and the DECP values the engine derives from them),
insertion hours, flags, and the evidence of each category (document, type, page, quote).
The consultation reference is not a scan field: it is read in the evidence the engine kept
(« Consultation n° 2026-SRV-031 »).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from clausecheck.assessment.bilan.model import EvidenceRef
from clausecheck.model import is_readable_status
from clausecheck.patterns import NUMERO_GLUED

_REFERENCE = re.compile(r"(?:consultation|march[ée]|r[ée]f[ée]rence|dossier|affaire)\s*(?:" + NUMERO_GLUED + r"\.?|num[ée]ro)\s*:?\s*"
                        r"([A-Z0-9][A-Z0-9/_.\-]{2,30}[A-Z0-9])", re.IGNORECASE)
_SIRET = re.compile(r"\bSIRET\s*:?\s*((?:\d\s?){13}\d)\b", re.IGNORECASE)


class ScanError(ValueError):
    """The file is not a scan result (French message)."""


@dataclass(slots=True)
class ScanLot:
    number: int
    title: str | None
    estimated_ht: float | None
    max_ht: float | None
    reserved_bases: list[str]


@dataclass(slots=True)
class ScanFlag:
    id: str
    label: str
    lot: int | None
    amount_ht: float | None
    message: str


@dataclass(slots=True)
class ScanDocument:
    path: str
    doc_type: str | None
    readable: bool
    insertion_hours: int | None


@dataclass(slots=True)
class ScanTender:
    id: str
    buyer: str | None
    buyer_siret: str | None
    object: str | None
    reference: str | None
    publication_date: date | None
    deadline: datetime | date | None
    procedure: str | None
    nature: str | None
    cpv: list[str]
    estimated_ht: float | None
    max_ht: float | None
    lots: list[ScanLot]
    considerations: dict[str, bool | None]
    declared_social: list[str] | None  # DECP values the documents support (engine's mapping), None if unknown
    declared_environmental: list[str] | None
    reservation_bases: list[str]
    insertion_hours: int | None
    flags: list[ScanFlag]
    documents: list[ScanDocument]
    unreadable: int
    evidence: dict[str, list[EvidenceRef]] = field(default_factory=dict)  # category → evidence


def _value(fact: Any) -> Any:
    return fact.get("value") if isinstance(fact, dict) else fact


def _date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _deadline(value: Any) -> datetime | date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value[:10])
    except ValueError:
        return None


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _texts(obj: Any) -> list[str]:
    """Every quote and context string under a facts dict (where the reference and SIRET are written)."""
    out: list[str] = []
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key in ("quote", "context") and isinstance(value, str):
                out.append(value)
            else:
                out.extend(_texts(value))
    elif isinstance(obj, list):
        for value in obj:
            out.extend(_texts(value))
    return out


def _evidence(documents: list[dict], tender_docs: set[str]) -> dict[str, list[EvidenceRef]]:
    out: dict[str, list[EvidenceRef]] = {}
    for doc in documents:
        if doc.get("path") not in tender_docs:
            continue
        for finding in doc.get("findings") or []:
            if finding.get("polarity", "present") != "present":
                continue
            ev = finding.get("evidence") or {}
            ref = EvidenceRef(document=str(ev.get("document") or doc.get("path")), doc_type=doc.get("doc_type"),
                              page=ev.get("page"), quote=str(ev.get("quote") or ""))
            out.setdefault(str(finding.get("category")), []).append(ref)
    return out


def _tender(t: dict, documents: list[dict]) -> ScanTender:
    facts = t.get("facts") or {}
    by_path = {d.get("path"): d for d in documents}
    docs = [by_path[p] for p in t.get("documents") or [] if p in by_path]
    texts = _texts(facts)
    reference = next((m.group(1) for text in texts for m in [_REFERENCE.search(text)] if m), None)
    siret = next((re.sub(r"\s", "", m.group(1)) for text in texts for m in [_SIRET.search(text)] if m), None)
    decp = t.get("decp") or {}
    procedure = facts.get("procedure")
    if not isinstance(procedure, dict):
        procedure = {}
    lots = []
    for lot in t.get("lots") or facts.get("lots") or []:
        if isinstance(lot, dict) and isinstance(lot.get("number"), int):
            lots.append(ScanLot(number=lot["number"], title=lot.get("title"), estimated_ht=_float(lot.get("estimated_ht")),
                                max_ht=_float(lot.get("max_ht")), reserved_bases=list(lot.get("reserved_bases") or [])))
    amounts = t.get("amounts") or {}
    flags = [ScanFlag(id=str(f.get("id")), label=str(f.get("label") or f.get("id")), lot=f.get("lot"),
                      amount_ht=_float(f.get("amount_ht")), message=str(f.get("message") or ""))
             for f in t.get("flags") or [] if isinstance(f, dict)]
    return ScanTender(
        id=str(t.get("id")), buyer=_value(facts.get("buyer")), buyer_siret=siret, object=_value(facts.get("object")),
        reference=reference, publication_date=_date(_value(facts.get("publication_date"))),
        deadline=_deadline(_value(facts.get("deadline"))), procedure=procedure.get("label") or procedure.get("type"),
        nature=procedure.get("nature"),
        cpv=[str(c.get("code") if isinstance(c, dict) else c) for c in facts.get("cpv") or []],
        estimated_ht=_float(amounts.get("estimated_ht")), max_ht=_float(amounts.get("max_ht")), lots=lots,
        considerations=dict(t.get("considerations") or {}),
        declared_social=decp.get("considerationsSociales"),
        declared_environmental=decp.get("considerationsEnvironnementales"),
        reservation_bases=list(t.get("reservation_bases") or []),
        insertion_hours=t.get("insertion_hours") if isinstance(t.get("insertion_hours"), int) else None,
        flags=flags,
        documents=[ScanDocument(path=str(d.get("path")), doc_type=d.get("doc_type"),
                                readable=is_readable_status(d.get("text_status")),
                                insertion_hours=d.get("insertion_hours") if isinstance(d.get("insertion_hours"), int) else None)
                   for d in docs],
        unreadable=sum(1 for d in docs if not is_readable_status(d.get("text_status"))),
        evidence=_evidence(docs, {path for path in (d.get("path") for d in docs) if isinstance(path, str)}),
    )


def tenders_from_scan(scan: dict) -> list[ScanTender]:
    if isinstance(scan, dict) and isinstance(scan.get("result"), dict):
        scan = scan["result"]  # an analysis as the API returns it
    if not isinstance(scan, dict) or not isinstance(scan.get("tenders"), list) or not isinstance(scan.get("documents"), list):
        raise ScanError("ce n'est pas un résultat de `clausecheck scan --json` (clés « tenders » et « documents » attendues)")
    documents = [d for d in scan["documents"] if isinstance(d, dict)]
    return [_tender(t, documents) for t in scan["tenders"] if isinstance(t, dict)]


def read_scan(path: Path) -> list[ScanTender]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ScanError(f"{path} n'est pas un JSON valide ({error})") from error
    return tenders_from_scan(data)
