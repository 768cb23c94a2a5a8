"""The one registry of the six categories a document is judged on, and of reservation bases.

Everything else (rules, detection, outputs, report, API, evaluation) reads these objects: a
category's id, the label a person reads, its DECP value and family, what it implies, and the
short name used in test sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

CategoryId = Literal[
    "clause_sociale",
    "clause_insertion",
    "critere_social",
    "marche_reserve",
    "clause_environnementale",
    "critere_environnemental",
]
DecpFamily = Literal["considerationsSociales", "considerationsEnvironnementales"]
ReservationBasis = Literal["L2113-12", "L2113-13", "L2113-13-1", "L2113-15"]


@dataclass(frozen=True, slots=True)
class Category:
    id: CategoryId
    label: str  # French, DECP vocabulary plus the insertion sub-kind
    decp_value: str  # published as this value of `decp_family`
    decp_family: DecpFamily
    abbreviation: str  # in the held-out passage sets
    implies: tuple[CategoryId, ...] = ()
    is_criterion: bool = False  # an award criterion (else an execution clause or a reservation)
    description: str = ""  # French, one line, for the report and the API


REGISTRY: tuple[Category, ...] = (
    Category("clause_sociale", "Clause sociale", "Clause sociale", "considerationsSociales", "CS",
             description="condition d'exécution ou engagement à caractère social imposé au titulaire"),
    Category("clause_insertion", "Clause d'insertion", "Clause sociale", "considerationsSociales", "CI",
             implies=("clause_sociale",),
             description="heures, emplois ou formations réservés à des personnes éloignées de l'emploi"),
    Category("critere_social", "Critère social", "Critère social", "considerationsSociales", "KS",
             is_criterion=True, description="critère ou sous-critère d'attribution social ou d'insertion"),
    Category("marche_reserve", "Marché réservé", "Marché réservé", "considerationsSociales", "MR",
             description="marché ou lot réservé (L2113-12, L2113-13, L2113-13-1, L2113-15)"),
    Category("clause_environnementale", "Clause environnementale", "Clause environnementale",
             "considerationsEnvironnementales", "CE",
             description="condition d'exécution ou exigence environnementale imposée au titulaire"),
    Category("critere_environnemental", "Critère environnemental", "Critère environnemental",
             "considerationsEnvironnementales", "KE", is_criterion=True,
             description="critère ou sous-critère d'attribution environnemental"),
)

CATEGORIES: tuple[CategoryId, ...] = get_args(CategoryId)
BY_ID: dict[str, Category] = {category.id: category for category in REGISTRY}
CATEGORY_LABELS: dict[str, str] = {category.id: category.label for category in REGISTRY}
BY_ABBREVIATION: dict[str, CategoryId] = {category.abbreviation: category.id for category in REGISTRY}
DECP_VALUES: tuple[str, ...] = tuple(dict.fromkeys(category.decp_value for category in REGISTRY))
DECP_NONE = {  # what a family publishes when nothing of it is present
    "considerationsSociales": "Pas de considération sociale",
    "considerationsEnvironnementales": "Pas de considération environnementale",
}
RESERVATION_BASES: tuple[ReservationBasis, ...] = get_args(ReservationBasis)

assert tuple(category.id for category in REGISTRY) == CATEGORIES, "registry and CategoryId disagree"


def with_implied(categories: set[str]) -> set[str]:
    """The categories and those they imply (LABELS.md: an insertion clause is a social clause)."""
    out = set(categories)
    for category in categories:
        out.update(BY_ID[category].implies if category in BY_ID else ())
    return out


def decp_values(considerations: dict[str, bool | None]) -> dict[str, list[str] | None]:
    """DECP `considerationsSociales` / `considerationsEnvironnementales`, ready to publish:
    the values present, the family's « Pas de … » when every category was read absent, None when
    none of them could be read."""
    present = with_implied({c for c, state in considerations.items() if state})
    out: dict[str, list[str] | None] = {}
    for family, none_value in DECP_NONE.items():
        # a sub-kind (the insertion clause) is published through the category it implies
        members = [c for c in REGISTRY if c.decp_family == family and not c.implies]
        if all(considerations.get(c.id) is None and c.id not in present for c in members):
            out[family] = None
            continue
        values = list(dict.fromkeys(c.decp_value for c in members if c.id in present))
        out[family] = values or [none_value]
    return out


# How a reservation basis is named, from the most telling (LABELS.md): an article cited in the text,
# the words (EA, ESAT, SIAE…), a notice form's ticked boxes (ticked loosely by buyers).
BASIS_TIERS = ("article", "mots", "case")


def prevailing_bases(named: list[tuple[str, str]]) -> tuple[list[str], str | None]:
    """The bases of a document from every (basis, tier) its reservation findings name: those named
    by the most telling reading only (an article over the words, the words over a form's boxes), and
    a note when another reading named others."""
    if not named:
        return [], None
    best = min(BASIS_TIERS.index(tier) for _basis, tier in named)
    kept = {basis for basis, tier in named if BASIS_TIERS.index(tier) == best}
    dropped = {basis for basis, _tier in named} - kept
    note = None
    if dropped:
        how = {"article": "l'article cité", "mots": "les mots du texte", "case": "les cases du formulaire"}[BASIS_TIERS[best]]
        note = (f"fondements : {', '.join(sorted(kept))} d'après {how}, qui prévaut ; "
                f"{', '.join(sorted(dropped))} écarté (lu moins sûrement)")
    return sorted(kept), note
