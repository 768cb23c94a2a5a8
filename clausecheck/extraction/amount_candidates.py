"""The figures a document states, each a candidate for one of its amounts (estimate, maximum, minimum), and those
a structured notice gives in its fields."""

from __future__ import annotations

from dataclasses import dataclass

from clausecheck.extraction.structured import fields_of
from clausecheck.model import Document


@dataclass(slots=True)
class Candidate:
    kind: str  # 'estimated', 'max', 'min'
    value: float  # as written
    total: float  # after multiplying out periods
    start: int
    end: int
    tax: str | None
    lot: str | None
    lotwide: bool
    note: str = ""
    weak: bool = False  # used only when no other candidate of its kind exists
    period: str | None = None  # "initial", "renewal" (each one) or "renewal k": a framework agreement's period
    per_renewal: float | None = None  # the initial period's figure, with each renewal's when their number is not said


def structured_candidates(doc: Document, cands: list[Candidate]) -> None:
    """The amounts a structured notice gives in its fields (BOAMP, TED, eForms), each with its kind and lot."""
    for f in fields_of(doc):
        names = f.names
        last = names[-1]
        if not f.text:
            continue
        kind = None
        lotwide = False
        lot = None
        if last in ("VALEUR_TOTALE",):
            kind, lotwide = "estimated", True
        elif last == "VALEUR" and "LOT" in names:
            kind = "estimated"
        elif last == "VALEUR" and ("CARACTERISTIQUES" in names or "OBJET" in names):
            kind, lotwide = "estimated", True
        elif last == "MONTANT_MAXI":
            kind = "max"
        elif last == "MONTANT_MINI":
            kind = "min"
        elif last in ("VAL_ESTIMATED_TOTAL", "VAL_OBJECT"):
            kind = "estimated"
            lotwide = names[-2] == "OBJECT_CONTRACT"
        elif last == "EstimatedOverallContractAmount":
            kind = "estimated"
            lotwide = "ProcurementProjectLot" not in names
        elif last in ("MaximumValueAmount", "FrameworkMaximumAmount"):
            kind = "max"
        if kind is None:
            continue
        try:
            value = float(f.text.replace(" ", "").replace(",", "."))
        except ValueError:
            continue
        if not lotwide and ("LOT" in names or "ProcurementProjectLot" in names or "OBJECT_DESCR" in names
                            or "AWARD_CONTRACT" in names):
            lot = f"x{f.start}"  # one distinct slot per lot field: summed over lots
        cands.append(Candidate(kind, value, value, f.start, f.end, "HT", lot, lotwide, "champ structuré"))
