"""French formatting of values, defined once for the HTML report and the dossier table.

Numbers take a narrow no-break space between thousands and a decimal comma (« 1 234,5 »),
amounts a no-break space before « € », dates are written JJ/MM/AAAA, three-state values
« oui » / « non » / « inconnu » (an unknown value is never written « non »). A missing value is
written « — ».
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pydantic import JsonValue

from clausecheck.text import french_number

if TYPE_CHECKING:
    from clausecheck.results import HoursCommitment

MISSING = "—"
TRI_TEXT: dict[bool | None, str] = {True: "oui", False: "non", None: "inconnu"}

_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_LEGAL_ARTICLE = re.compile(r"^[LRD]\d")


def number(value: JsonValue) -> float | None:
    """A JSON value as a number: ints and floats as they are, a string such as « 1 234,5 » read
    the French way, anything else (booleans, lists, null) None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace("\u202f", "").replace(" ", "").replace(",", "."))
        except ValueError:
            return None
    return None


def fr_number(value: JsonValue, decimals: int | None = None) -> str:
    """« 1 234 » or « 1 234,50 »: no decimals for a whole number unless `decimals` says."""
    num = number(value)
    if num is None:
        return MISSING
    if decimals is None:
        decimals = 0 if float(num).is_integer() else 2
    return french_number(num, decimals)


def fr_euros(value: JsonValue) -> str:
    """« 30 000 € »."""
    return MISSING if number(value) is None else f"{fr_number(value)}\u00a0€"


def fr_money(value: JsonValue) -> str:
    """« 30 000 € HT »: an amount before tax."""
    return MISSING if number(value) is None else f"{fr_euros(value)}\u00a0HT"


def fr_score(value: JsonValue) -> str:
    """A confidence from 0 to 1 with two decimals: « 0,93 »."""
    return MISSING if number(value) is None else fr_number(value, 2)


def fr_date(value: str | None) -> str:
    """« 15/12/2026 », « 15/12/2026 à 12 h 00 » when a time other than midnight is given; a text
    that is not an ISO date is returned as it is."""
    if value is None or value == "":
        return MISSING
    match = _DATE_RE.match(value)
    if not match:
        return value
    y, m, d, hh, mm = match.groups()
    out = f"{d}/{m}/{y}"
    if hh is not None and (hh, mm) != ("00", "00"):
        out += f" à {hh}\u00a0h\u00a0{mm}"
    return out


def date_sort_key(value: str | None) -> str:
    """The ISO part of a date, for sorting; empty when there is none."""
    match = _DATE_RE.match(value) if value else None
    return match.group(0) if match else ""


def tri_text(value: bool | None) -> str:
    """« oui », « non » or « inconnu »."""
    return TRI_TEXT[value if value is True or value is False else None]


def legal_text(bases: Sequence[str]) -> str:
    """« art. L2113-13, loi n° 2021-1104 art. 35 »: articles of the code prefixed, other texts as written."""
    return ", ".join(f"art. {b}" if _LEGAL_ARTICLE.match(b) else b for b in bases if b)


def plain(value: JsonValue) -> str:
    """Any JSON value as French text: « oui » / « non », French numbers, lists joined by commas."""
    if value is None or value == "":
        return MISSING
    if value is True:
        return "oui"
    if value is False:
        return "non"
    if isinstance(value, (int, float)):
        return fr_number(value)
    if isinstance(value, list):
        return ", ".join(plain(v) for v in value) or MISSING
    if isinstance(value, dict):
        return " ; ".join(f"{k} : {plain(v)}" for k, v in value.items())
    return str(value)


HOURS_BASIS_LABELS = {
    "total": "", "par_an": "par an", "par_lot": "par lot", "par_tranche": "par tranche de montant",
    "part": "part des heures de main-d'œuvre",
    "dont": "dont (part du chiffre précédent)", "marche_precedent": "marché précédent (non compté)",
    "au_dela": "offre au-delà du minimum, notée par un critère (non comptée)",
}


def hours_commitment_text(commitment: HoursCommitment) -> str:
    """« 1 200 h par an (lot 2) : 1 200 h × 3 ans = 3 600 h », in French, from an HoursCommitment."""
    basis = HOURS_BASIS_LABELS.get(commitment.basis, commitment.basis)
    if commitment.basis == "par_tranche" and commitment.per_amount:
        basis = f"par tranche de {fr_money(commitment.per_amount)}"
    text = f"{fr_number(commitment.hours)}\u00a0h" + (f" {basis}" if basis else "")
    if commitment.scope:
        text += f" ({commitment.scope})"
    if commitment.arithmetic:
        text += f" : {commitment.arithmetic}"
    return text
