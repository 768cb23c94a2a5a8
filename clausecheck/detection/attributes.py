"""Attributes read in the passage around a finding: hours, publics, modes, penalties,
facilitator, criterion weight, reservation bases. Each extractor: (folded passage) -> FindingAttributes."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import cast

from clausecheck.categories import BASIS_TIERS
from clausecheck.detection import hours_reading
from clausecheck.detection.text import compile_pattern
from clausecheck.detection.vocabulary import shipped_vocabulary
from clausecheck.results_document import FindingAttributes, HoursStatement

PUBLICS = "publics_eloignes"  # the vocabulary's fragment the `publics` attribute names
MODES = {
    "embauche directe": r"embauche directe|recrutement direct",
    "mise à disposition (ETTI/AI/GEIQ)": r"mise a disposition|\betti\b|associations? intermediaires?|\bgeiq\b|travail temporaire d'insertion",
    "sous-traitance ou co-traitance (SIAE/EA/ESAT)": r"(?:sous|co)[- ]?traitance.{0,80}(?:siae|\bea\b|esat|insertion|adaptee)|"
                                                     r"(?:siae|esat).{0,80}(?:sous|co)[- ]?trait",
    "formation": r"action de formation|formation qualifiante|apprentissage|contrat de professionnalisation",
}
_PENALTY = re.compile(r"(\d+(?:[,.]\d+)?)\s*(?:\$|euros?|eur)\s*(?:ht\s*)?(?:par|/)\s*heure")
_FACILITATOR = compile_pattern(r"facilitat(?:eur|rice)|maison de l'emploi|\bplie\b|guichet clause|clause sociale 34")
_WEIGHT_PCT = re.compile(r"(\d{1,2}(?:[,.]\d+)?)\s*%")
_WEIGHT_PONDERATION = re.compile(r"(?:ponderation|weighting|coefficient)\s*:?\s*(\d{1,3}(?:[,.]\d+)?)")
_WEIGHT_POINTS = re.compile(r"(\d{1,3}(?:[,.]\d+)?)\s*(?:points?|pts)\b")

# Reservation bases, each read three ways (LABELS.md): an article cited in the text prevails over
# the words, which prevail over a notice form's ticked boxes (buyers tick them loosely). Older bases
# map to the current articles (ordonnance 2015-899 art. 36-I -> L2113-12, 36-II -> L2113-13, art. 37
# -> L2113-15; CMP art. 15 -> L2113-12).
BASES: dict[str, tuple[tuple[str, str], ...]] = {
    "article": (
        ("L2113-13-1", r"l\.? ?2113-13-1"),
        ("L2113-15", r"l\.? ?2113-15|art(?:icle)?s?\.? ?37\b|art(?:icle)?\.? ?77 de la directive|directive 2014/24/ue,? art(?:icle)?\.? ?77\b"),
        # (a range from L2113-12 covers L2113-13: « conformément aux articles L. 2113-12 à L. 2113-14 »)
        ("L2113-13", r"l\.? ?2113-13(?!-)|l\.? ?2113-12 (?:a|et) (?:l\.? ?)?2113-14|36[- ]?(?:ii|2)\b|art(?:icle)?\.? ?36-? ?ii"),
        ("L2113-12", r"l\.? ?2113-12|36[- ]?(?:i|1)\b|art(?:icle)?\.? ?15\b|art(?:icle)?\.? ?20 de la directive"),
    ),
    "mots": (
        ("L2113-13-1", r"detenu|etablissements? penitentiaires?|personnes? (?:detenues|incarcerees)|travail penitentiaire"),
        ("L2113-15", r"economie sociale et solidaire|\bess\b"),
        ("L2113-13", r"insertion par l'activite economique|\bsiae\b|structures? d'insertion|entreprises? d'insertion|"
                     r"associations? (?:intermediaires?|d'insertion)|ateliers? et chantiers? d'insertion|"
                     r"entreprises? de travail temporaire d'insertion|\betti\b|"
                     r"reserve\w* insertion\b|integration through economic activity|"
                     r"(?:structures?|undertakings|enterprises|companies) (?:for|of) (?:social )?integration\b"),
        ("L2113-12", r"ateliers? proteges?|\besat\b|entreprises? adaptees?|travailleurs? handicapes?|"
                     r"personnes? handicapees?|etablissements? et services? d'aide par le travail|sheltered|disabled|"
                     r"handicapped"),
    ),
    "case": (
        ("L2113-15", r"organisations_service_mission|res-pub-ser|mission de service public.{0,80}reserv|"
                     r"reserv\w* (?:aux|a des|to) organisations (?:ayant|poursuivant|pursuing) (?:une|a) "
                     r"(?:mission de service public|public service mission)"),
        ("L2113-12", r"res-ws|restricted_sheltered|emplois? proteges?|"
                     r"ateliers? proteges? et (?:a |aux )?(?:des )?operateurs economiques"),
    ),
}
_BASES = [(tier, basis, re.compile(pattern)) for tier in BASIS_TIERS for basis, pattern in BASES[tier]]
# A notice form's box label is a box, whatever words it holds: TED's « réservé à des ateliers protégés et
# à des opérateurs économiques dont l'objet est l'intégration sociale et professionnelle… », and the
# name of a structured notice's element (« RESTRICTED_SHELTERED_PROGRAM »)
_BOX_LABELS = re.compile(r"(?:ateliers? proteges? et (?:a |aux )?)?(?:des\s+)?operateurs\s+economiques\s+dont\s+"
                         r"l'obje(?:t|ctif principal est)"
                         r"[\s\S]{0,160}?(?:defavorisees|handicapees)|\b[a-z]+(?:_[a-z0-9]+)+\b")
# a line whose box is left empty says nothing (« ☐ aux entreprises adaptées et ESAT (article L. 2113-12) »;
# folded, an empty box reads « _ », a ticked one « x »)
_UNTICKED_LINE = re.compile(r"^[ \t]*(?:_(?!_)|\[ \]|\( \))[^\n]*$", re.MULTILINE)
_MODES = {k: re.compile(v) for k, v in MODES.items()}


@cache
def _publics() -> dict[str, re.Pattern[str]]:
    """The publics far from employment, by name (rules/vocabulary.yml, the fragment the insertion rules use)."""
    return {name: compile_pattern(pattern) for name, pattern in shipped_vocabulary().get(PUBLICS, {}).items()}


def publics(passage: str) -> FindingAttributes:
    found = [name for name, rx in _publics().items() if rx.search(passage)]
    return {"publics": found} if found else {}


def modes(passage: str) -> FindingAttributes:
    found = [name for name, rx in _MODES.items() if rx.search(passage)]
    return {"modes": found} if found else {}


def penalty(passage: str) -> FindingAttributes:
    m = _PENALTY.search(passage)
    return {"penalty_per_hour": float(m.group(1).replace(",", "."))} if m else {}


def facilitator(passage: str) -> FindingAttributes:
    m = _FACILITATOR.search(passage)
    return {"facilitator": m.group(0)} if m else {}


def weight(passage: str) -> FindingAttributes:
    """Weight of an award criterion written right after it: 10 %, Pondération : 5, 20 points."""
    for regex, unit in ((_WEIGHT_PCT, "%"), (_WEIGHT_PONDERATION, "pondération"), (_WEIGHT_POINTS, "points")):
        m = regex.search(passage)
        if m:
            return {"weight": float(m.group(1).replace(",", ".")), "weight_unit": unit}
    return {}


def bases(passage: str) -> FindingAttributes:
    """Reservation bases named in the passage, each with how it is named (`bases_tier`: its most
    telling reading, article > mots > case)."""
    tiers: dict[str, str] = {}
    # (lines joined once the empty boxes are gone: a basis's words may run over a line end)
    passage = " ".join(_UNTICKED_LINE.sub(" ", passage).split())
    words = _BOX_LABELS.sub(" ", passage)
    for tier, basis, rx in _BASES:
        if basis not in tiers and rx.search(passage if tier == "case" else words):
            tiers[basis] = tier
    return {"bases": list(tiers), "bases_tier": tiers} if tiers else {}


def _reads_folded(read: Callable[[str], FindingAttributes]) -> Callable[[str, str], FindingAttributes]:
    """An extractor that reads the folded passage only."""
    return lambda folded, _written: read(folded)


# each reads (the folded passage, the same passage as written)
EXTRACTORS: dict[str, Callable[[str, str], FindingAttributes]] = {
    "hours": hours_reading.hours,  # also the passage as written: a table's headings open on capitals
    "publics": _reads_folded(publics),
    "modes": _reads_folded(modes),
    "penalty": _reads_folded(penalty),
    "facilitator": _reads_folded(facilitator),
    "weight": _reads_folded(weight),
    "bases": _reads_folded(bases),
}


def read_attribute(name: str, folded: str, text: str, lo: int, hi: int) -> FindingAttributes:
    """One attribute read in the passage [lo, hi) of the document (its folded text and its text as
    written), its positions given in the document's text."""
    extractor = EXTRACTORS.get(name)
    return at_offset(extractor(folded[lo:hi], text[lo:hi]), lo) if extractor is not None else {}


def at_offset(attrs: FindingAttributes, offset: int) -> FindingAttributes:
    """Hours statements' positions, from the passage read to the document's text."""
    if "hours_at" in attrs:
        attrs["hours_at"] = [moved(item, offset) for item in attrs["hours_at"]]
    return attrs


def moved(statement: HoursStatement, offset: int) -> HoursStatement:
    """An hours statement whose position is moved by `offset`."""
    value, at, *rest = statement
    return cast("HoursStatement", (value, at + offset, *rest))
