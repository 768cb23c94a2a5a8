"""Typed objects of DECP ingestion: a raw record as read, a normalised contract, what was set aside and why.

Every record read ends as exactly one `Contract` (imported) or one `Rejection` (set aside, with
its reason): `FileReport.read == imported + rejected`, nothing is dropped without a count.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SOCIAL_VALUES: tuple[str, ...] = ("Clause sociale", "Critère social", "Marché réservé", "Pas de considération sociale")
ENVIRONMENTAL_VALUES: tuple[str, ...] = ("Clause environnementale", "Critère environnemental",
                                         "Pas de considération environnementale")
CATEGORIES: tuple[str, ...] = ("travaux", "fournitures", "services")


@dataclass(frozen=True, slots=True)
class Issue:
    """One thing normalisation or validation noticed on a record (kept: a warning; blocking: a rejection)."""

    code: str
    message: str  # French, for a person


@dataclass(slots=True)
class RawRecord:
    """One record as the file gives it, already shaped like the JSON of its version."""

    data: Any
    position: int  # 1-based rank of the record in its file (CSV: first row of the record)
    member: str  # file name, or "archive.zip!member.json"
    fmt: str  # json-v1 | json-v2 | xml-v1 | xml-v2 | csv
    kind: str = "marche"  # marche | concession
    rows: int = 1  # CSV rows merged into this record
    notes: list[Issue] = field(default_factory=list)  # what the reader itself had to fix
    missing_columns: frozenset[str] = frozenset()  # fields a flat export does not carry at all
    extra: dict[str, Any] = field(default_factory=dict)  # reader-only values (holder departments…)


@dataclass(frozen=True, slots=True)
class Holder:
    id: str | None
    id_type: str | None
    name: str | None
    department: str | None = None  # only when the source carries it (consolidated exports)

    @property
    def company(self) -> str | None:
        """The firm: SIREN (first 9 digits) of a SIRET, the identifier itself otherwise."""
        if not self.id:
            return None
        if len(self.id) == 14 and self.id.isdigit():
            return self.id[:9]
        return self.id


@dataclass(slots=True)
class Contract:
    """A normalised, validated DECP record (or a line of a buyer's own purchase list)."""

    origin: str  # decp | achats
    member: str
    position: int
    fmt: str
    schema_version: str | None
    kind: str  # marche | concession
    decp_id: str | None  # None: the record gives no contract identifier (a warning, not a rejection)
    uid: str | None
    source: str | None
    buyer_siret: str
    buyer_name: str | None
    buyer_department: str | None
    nature: str | None
    category: str | None  # travaux | fournitures | services | None
    cpv: str | None  # 8 digits
    procedure: str | None  # as published (normalised spelling)
    procedure_group: str | None  # one of PROCEDURE_GROUPS (labels of several schema versions merged)
    object: str | None
    place_code: str | None
    place_type: str | None
    place_department: str | None
    notified: date
    published: date | None
    amount_initial: float | None
    amount_current: float | None
    duration_initial: int | None
    duration_current: int | None
    modifications: int
    offers: int | None  # None: the format has no such field, or it was not given
    social: tuple[str, ...] | None  # None: "non renseigné"
    environmental: tuple[str, ...] | None
    holders: tuple[Holder, ...]
    warnings: tuple[Issue, ...] = ()

    @property
    def cpv_division(self) -> str | None:
        return self.cpv[:2] if self.cpv else None


@dataclass(frozen=True, slots=True)
class Rejection:
    member: str
    position: int
    decp_id: str | None
    buyer_siret: str | None
    code: str
    message: str  # French


@dataclass(slots=True)
class FileReport:
    """What one input file gave: counts, reasons, warnings. `read == imported + rejected`."""

    path: str
    fmt: str | None = None
    schema_versions: Counter = field(default_factory=Counter)
    rows: int = 0  # CSV rows (several per record in consolidated exports)
    read: int = 0
    imported: int = 0
    rejected: int = 0
    concessions: int = 0  # imported contracts that are concessions (outside the marché indicators)
    rejected_by_reason: Counter = field(default_factory=Counter)
    warnings_by_code: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)  # French, file level (missing columns, members…)
    error: str | None = None  # French: the file could not be read as DECP at all
    seconds: float = 0.0

    @property
    def balanced(self) -> bool:
        return self.read == self.imported + self.rejected


@dataclass(slots=True)
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def read(self) -> int:
        return sum(f.read for f in self.files)

    @property
    def imported(self) -> int:
        return sum(f.imported for f in self.files)

    @property
    def rejected(self) -> int:
        return sum(f.rejected for f in self.files)

    @property
    def unreadable_files(self) -> list[FileReport]:
        return [f for f in self.files if f.error]

    def rejected_by_reason(self) -> Counter:
        total: Counter = Counter()
        for f in self.files:
            total.update(f.rejected_by_reason)
        return total

    def warnings_by_code(self) -> Counter:
        total: Counter = Counter()
        for f in self.files:
            total.update(f.warnings_by_code)
        return total
