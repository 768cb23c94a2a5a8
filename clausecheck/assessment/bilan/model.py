"""Typed results of the bilan: every figure with its numerator, denominator and what was left out.

A share is never 0 where the data says nothing: `Share.value` is None ("non renseigné") when no
record of the group carries the field (the 2019 format has no considerations, no offers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Share:
    count: int  # records with the value
    known: int  # records where the field is given: the denominator
    unknown: int  # records where it is not given ("non renseigné")

    @property
    def value(self) -> float | None:
        return self.count / self.known if self.known else None


@dataclass(slots=True)
class GroupRow:
    key: str
    label: str
    contracts: int
    amount: float | None  # sum of the initial amounts given
    amount_known: int
    amount_current: float | None  # same contracts, amounts after their modifications
    social: dict[str, Share]  # clause_sociale, critere_social, marche_reserve, au_moins_une
    environmental: dict[str, Share]  # clause_environnementale, critere_environnemental, au_moins_une
    offers_mean: float | None
    offers_known: int
    single_offer: Share
    local_holder: Share  # first holder in the buyer's département (only when the export carries both)
    insertion_hours: int | None = None  # from matched documents; None without a scan
    matched_contracts: int | None = None


@dataclass(slots=True)
class Dimension:
    id: str
    label: str
    date_used: str  # French: which date places a contract in the group
    rows: list[GroupRow]
    hidden: int = 0  # groups left out of the page beyond the limit (they are in the database)


@dataclass(frozen=True, slots=True)
class ThresholdUse:
    id: str
    nature: str
    amount_ht: float
    valid_from: date | None
    valid_to: date | None
    verified: bool
    contracts: int  # contracts of the scope judged against it


@dataclass(slots=True)
class RepeatHolder:
    holder: str  # SIREN (or identifier) of the firm
    name: str | None
    awards: int
    repeats: int  # awards within twelve months of a previous award


@dataclass(slots=True)
class RotationRow:
    buyer_siret: str
    buyer_name: str | None
    cpv_division: str
    division_label: str
    year: int
    purchases: int
    amount: float
    distinct_holders: int
    top_holder: str
    top_holder_name: str | None
    top_share_count: float  # 0–1
    top_share_amount: float  # 0–1, same holder
    hhi_count: float  # 0–10 000
    hhi_amount: float
    repeats_12m: int
    compulsory: int  # purchases at or above the DECP publication threshold of their date
    from_purchase_list: int  # lines from the buyer's own purchase list (--achats)
    repeat_holders: list[RepeatHolder] = field(default_factory=list)


@dataclass(slots=True)
class Rotation:
    rows: list[RotationRow]
    considered: int  # contracts under the threshold in force on their date, with a holder
    excluded: dict[str, int]  # French reason → count
    thresholds: list[ThresholdUse]
    hidden: int = 0


@dataclass(frozen=True, slots=True)
class EvidenceRef:
    document: str
    doc_type: str | None
    page: int | None
    quote: str


@dataclass(slots=True)
class Match:
    tender_id: str
    record_id: int
    decp_id: str | None
    buyer_siret: str
    object: str | None
    notified: date
    lot: int | None
    score: float
    reasons: list[str]  # French


@dataclass(slots=True)
class Discrepancy:
    tender_id: str
    record_ids: list[int]
    decp_ids: list[str]
    consideration: str  # the DECP value concerned ("Clause sociale"…)
    direction: str  # non_declare | declare_sans_preuve
    lot: int | None
    message: str  # French, the line a buyer corrects
    evidence: list[EvidenceRef] = field(default_factory=list)


@dataclass(slots=True)
class CrossCheck:
    tenders: int
    matches: list[Match]
    unmatched: list[tuple[str, str]]  # tender id, French reason
    discrepancies: list[Discrepancy]
    compared: int  # (dossier or lot, consideration) pairs compared
    not_comparable: dict[str, int]  # French reason → count


@dataclass(slots=True)
class FileSummary:
    path: str
    fmt: str | None
    schema_versions: str
    rows: int
    read: int
    imported: int
    rejected: int
    concessions: int
    error: str | None
    notes: list[str]
    rejected_by_reason: dict[str, int]
    warnings_by_code: dict[str, int]
    origin: str = "decp"


@dataclass(slots=True)
class Totals:
    contracts: int  # marchés in the scope
    amount: float | None
    concessions: int  # imported, outside the marché indicators
    purchase_lines: int  # lines of buyers' own purchase lists (rotation only)
    years: list[int]
    buyers: int
    with_considerations: int  # contracts whose format carries considerations
    first_notified: date | None
    last_notified: date | None


@dataclass(slots=True)
class Scope:
    buyers: tuple[str, ...] = ()  # SIRET (14) or SIREN (9) prefixes
    year_from: int | None = None
    year_to: int | None = None

    def describe(self) -> str:
        parts = []
        if self.buyers:
            parts.append("acheteur " + ", ".join(self.buyers))
        if self.year_from or self.year_to:
            parts.append(f"années {self.year_from or '…'} à {self.year_to or '…'}")
        return " ; ".join(parts) or "toutes les données importées"


@dataclass(slots=True)
class Bilan:
    generated_at: str
    scope: Scope
    files: list[FileSummary]
    read: int
    imported: int
    rejected: int
    rejected_by_reason: dict[str, int]
    warnings_by_code: dict[str, int]
    totals: Totals
    dimensions: list[Dimension]
    rotation: Rotation
    crosscheck: CrossCheck | None
    notes: list[str]  # French method notes shown on the page
