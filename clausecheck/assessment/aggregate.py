"""Merge the documents of one dossier (tender) into one view, keeping provenance: every merged
value says which document it came from (`source_document`, `sources`), and its evidence points
into that document."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from clausecheck.categories import CATEGORIES, RESERVATION_BASES
from clausecheck.extraction.facts import parse_date
from clausecheck.results import (
    CpvCode,
    DocumentResult,
    DurationFact,
    Fact,
    Lot,
    ProcedureFact,
    Requirements,
    TenderAllotment,
    TenderAmounts,
    TenderFacts,
)

# Which document is trusted first for a fact of the whole consultation.
DOC_PRIORITY = {"AVIS": 0, "RC": 1, "AE": 2, "CCAP": 3, "DQE": 4, "BPU": 5, "DPGF": 5, "CCTP": 6, "CADRE": 7,
                "QR": 8, "AUTRE": 9, "FORM": 10}


@dataclass(slots=True)
class Merged:
    """What a dossier's documents say together, before it is scored and flagged."""

    allotment: TenderAllotment
    amounts: TenderAmounts
    lots: list[Lot]
    facts: TenderFacts
    considerations: dict[str, bool | None]
    reservation_bases: list[str] = field(default_factory=list)


def _priority(doc: DocumentResult) -> tuple[int, str]:
    return DOC_PRIORITY.get(doc.doc_type or "AUTRE", 9), doc.path


def _sourced(value: Fact | DurationFact | ProcedureFact | CpvCode | None, path: str):  # type: ignore[no-untyped-def]
    return None if value is None else replace(value, source_document=value.source_document or path)


def merge_allotment(docs: list[DocumentResult]) -> TenderAllotment:
    """« One lot of a divided contract » in any document means divided."""
    merged = TenderAllotment()
    for doc in docs:
        a = doc.facts.allotment
        if a.divided is True and merged.divided is not True:
            merged.divided = True
            merged.sources.append(doc.path)
            merged.evidence.extend(a.evidence[:2])
    if merged.divided is None:
        for doc in docs:
            a = doc.facts.allotment
            if a.divided is False:
                merged.divided = False
                merged.sources.append(doc.path)
                merged.evidence.extend(a.evidence[:2])
                if a.no_division_reason and not merged.no_division_reason:
                    merged.no_division_reason = a.no_division_reason
                break
    if merged.divided is False:
        for doc in docs:
            if doc.facts.allotment.no_division_reason:
                merged.no_division_reason = doc.facts.allotment.no_division_reason
                break
    if merged.divided:
        for doc in docs:
            if doc.facts.allotment.lot_count:
                merged.lot_count = doc.facts.allotment.lot_count
                if doc.path not in merged.sources:
                    merged.sources.append(doc.path)
                break
    return merged


def merge_amounts(docs: list[DocumentResult]) -> TenderAmounts:
    """Each amount from the most authoritative document that states it."""
    merged = TenderAmounts()
    for key in ("estimated_ht", "max_ht", "min_ht"):
        for doc in docs:
            a = doc.facts.amounts
            value = getattr(a, key)
            if value is None:
                continue
            setattr(merged, key, value)
            merged.sources[key] = doc.path
            if a.evidence_by_kind.get(key):
                merged.evidence_by_kind[key] = list(a.evidence_by_kind[key])
            merged.evidence.extend(e for e in a.evidence[:3] if e not in merged.evidence)
            if a.note and a.note not in merged.note:
                merged.note = (merged.note + " ; " if merged.note else "") + a.note
            break
    return merged


def merge_lots(docs: list[DocumentResult]) -> list[Lot]:
    """Lots by number across documents; the first document (by priority) gives each value."""
    lots: dict[str, Lot] = {}
    for doc in docs:
        for lot in doc.facts.lots:
            merged = lots.setdefault(str(lot.number), Lot(number=lot.number, sources=[]))
            for key in ("title", "estimated_ht", "min_ht", "max_ht", "duration_months"):
                if not getattr(merged, key) and getattr(lot, key):
                    setattr(merged, key, getattr(lot, key))
            merged.reserved_bases.extend(b for b in lot.reserved_bases if b not in merged.reserved_bases)
            merged.cpv.extend(c for c in lot.cpv if c not in merged.cpv)
            merged.evidence.extend(lot.evidence[:1])
            assert merged.sources is not None
            if doc.path not in merged.sources:
                merged.sources.append(doc.path)
    return sorted(lots.values(), key=lambda lot: (len(str(lot.number)), str(lot.number)))


def merge_facts(docs: list[DocumentResult], lots: list[Lot]) -> TenderFacts:
    facts = TenderFacts(lots=lots)
    for key in ("buyer", "object", "procedure", "publication_date", "deadline", "duration_months", "renewals"):
        for doc in docs:
            value = getattr(doc.facts, key)
            if value:
                setattr(facts, key, _sourced(value, doc.path))
                break
    # the consultation date is the earliest publication date read anywhere
    publications = [(str(doc.facts.publication_date.value), doc.path, doc.facts.publication_date)
                    for doc in docs if doc.facts.publication_date and doc.facts.publication_date.value]
    if publications:
        _value, path, fact = min(publications, key=lambda item: (item[0], item[1]))
        facts.publication_date = _sourced(fact, path)
    seen: set[str] = set()
    for doc in docs:
        for code in doc.facts.cpv:
            if code.code not in seen:
                seen.add(code.code)
                facts.cpv.append(_sourced(code, doc.path))
    facts.requirements = merge_requirements(docs)
    if facts.publication_date and facts.deadline:
        published, due = parse_date(str(facts.publication_date.value)), parse_date(str(facts.deadline.value))
        if published and due and due >= published:
            facts.response_days = (due - published).days
    return facts


def merge_requirements(docs: list[DocumentResult]) -> Requirements:
    merged = Requirements()
    for doc in docs:
        for key in Requirements.NAMES:
            value = getattr(doc.facts.requirements, key)
            if getattr(merged, key) is None and value is not None:
                setattr(merged, key, _sourced(value, doc.path))
        for certification in doc.facts.requirements.certifications:
            if all(certification.value != known.value for known in merged.certifications):
                merged.certifications.append(_sourced(certification, doc.path))
    return merged


def merge_considerations(docs: list[DocumentResult]) -> dict[str, bool | None]:
    """Present if one document has it; absent if one says no and none yes; else unknown."""
    out: dict[str, bool | None] = {}
    for category in CATEGORIES:
        states = [doc.considerations.get(category) for doc in docs]
        out[category] = True if any(s is True for s in states) else (False if any(s is False for s in states) else None)
    return out


def merge(documents: list[DocumentResult]) -> Merged:
    docs = sorted(documents, key=_priority)
    lots = merge_lots(docs)
    bases = {basis for doc in documents for basis in doc.reservation_bases}
    return Merged(
        allotment=merge_allotment(docs),
        amounts=merge_amounts(docs),
        lots=lots,
        facts=merge_facts(docs, lots),
        considerations=merge_considerations(documents),
        reservation_bases=[b for b in RESERVATION_BASES if b in bases] + sorted(bases - set(RESERVATION_BASES)),
    )


