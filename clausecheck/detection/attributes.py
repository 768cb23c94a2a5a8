"""Attributes read in the passage around a finding: hours, publics, modes, penalties,
facilitator, criterion weight, reservation bases. Each extractor: (folded passage) -> dict."""

from __future__ import annotations

import re
from typing import Callable

from clausecheck.detection.text import compile_pattern
from clausecheck.layout import repair_layout
from clausecheck.numberwords import NUMBER_WORDS, words_to_number

_NUMBER = r"(\d{1,3}(?:[ .\u202f]\d{3})+|\d+)"
# "3 000 heures", "5043 h", "nombre d'heures ... : 5043"
_HOURS_AFTER = re.compile(_NUMBER + r"\s*(?:h\b|heures?\b|hours?\b)")
_HOURS_LABEL = re.compile(r"(?:nombre|volume|total)\s+(?:minimum\s+|global\s+|previsionnel\s+)?d['?]?\s*heures[^:]{0,200}?:\s*" + _NUMBER + r"(?![\d/])")
# Hours that are not insertion hours: service volumes, opening hours, prevention-plan threshold.
_HOURS_NOT_INSERTION = re.compile(
    r"heures?\s+(?:de\s+|d'\s*)?(?:service|surveillance|gardiennage|presence|ouverture|intervention|vacation|"
    r"formation\s+continue|maintenance|astreinte|prestation|nettoyage|utilisation|fonctionnement|cours|conduite|vol)"
    # durations, not volumes: weekly hours, per-person minimum contracts
    r"|heures?\s+(?:hebdomadaires|par\s+(?:semaine|jour|mois|salarie|personne|beneficiaire|contrat|tranche|lot\s+de|million|\d)|/\s*semaine)"
    # ratios, not volumes: "35 heures par tranche de 10 000 EUR HT", "5 heures pour 1 000 EUR"
    r"|heures?\s+(?:d'\s*insertion\s+)?(?:par|pour)\s+(?:tranche|\d)"
)
_PREVENTION_PLAN = compile_pattern(r"plan de prevention")
# Conversion figures, not commitments: "1 ETP = 1 607 heures", "35 heures par semaine".
_CONVERSION_BEFORE = re.compile(r"(?:\betp\b|temps plein|equivalent|correspond\w*|soit|=)\s*[^\d]{0,25}$")
_CONVERSION_AFTER = re.compile(r"^\s*(?:h\b|heures?)\s*(?:par an|annuelles?|/\s*an\b|de travail par an)")
# Total labour hours of the works (the base of a share), not insertion hours: "soit 10 % du
# nombre d'heures total de main d'oeuvre estimé à 8 000 heures", "sur 6 000 heures travaillées".
_LABOUR_BEFORE = re.compile(
    r"(?:main[- ]d' ?o?euvre|heures? (?:totale?s?|travaillees)|total (?:des |d'|de )\s*heures|"
    r"(?:sur|d')\s*un total de)[^.;\d]{0,40}$"
)
_LABOUR_AFTER = re.compile(r"^\s*(?:h\b|heures?)\s*(?:de main[- ]d' ?o?euvre|travaillees|totales?\b)")
# ...unless the figure is the share itself, restated after its percentage: "5 % des heures
# travaillées, soit 1 000 heures", "10 % des heures de main-d'oeuvre du chantier, soit 900 heures".
_SHARE_RESTATED = re.compile(r"\d\s*%[^.;%]{0,80}\bsoit\s*(?:environ\s*|au moins\s*|au minimum\s*|un volume de\s*)?$")
# A table whose column gives the hours ("Lot | Intitulé | Heures d'insertion" then "01 | Gros œuvre | 1 200").
_TABLE_HOURS_CELL = re.compile(r"\bheures?\b|volume horaire")
_TABLE_FIGURE = re.compile(r"^\s*" + _NUMBER + r"\s*(?:h|heures?)?\s*$")
# French number words before "heures": "deux mille heures", "mille cinq cents heures".
_NUMBER_WORD = "(?:" + "|".join(NUMBER_WORDS) + ")"
_HOURS_WORDS = re.compile(r"(?<![\w-])(" + _NUMBER_WORD + r"(?:[ -]+" + _NUMBER_WORD + r")*)\s+(?:\(\s*[\d .\u202f]+\)\s*)?heures?\b")

PUBLICS = {
    "demandeurs d'emploi de longue durée": r"demandeurs? d'emploi (?:de )?longue duree",
    "bénéficiaires de minima sociaux": r"minima sociaux|\brsa\b|\bass\b|\baah\b",
    "travailleurs handicapés": r"travailleurs? handicapes?|\brqth\b|personnes? handicapees?",
    "jeunes sans qualification": r"jeunes? (?:de moins de 26 ans|sans qualification|de moins de 25 ans)",
    "seniors": r"(?:plus|de plus) de 50 ans|seniors?",
    "résidents QPV": r"quartiers? prioritaires?|\bqpv\b",
    "salariés en parcours d'insertion (SIAE)": r"parcours d'insertion|salaries? en insertion",
    "publics éloignés de l'emploi": r"eloignees? (?:de l'|du )?emploi|difficultes? (?:sociales|particulieres) d'insertion",
}
MODES = {
    "embauche directe": r"embauche directe|recrutement direct",
    "mise à disposition (ETTI/AI/GEIQ)": r"mise a disposition|\betti\b|associations? intermediaires?|\bgeiq\b|travail temporaire d'insertion",
    "sous-traitance ou co-traitance (SIAE/EA/ESAT)": r"(?:sous|co)[- ]?traitance.{0,80}(?:siae|\bea\b|esat|insertion|adaptee)|(?:siae|esat).{0,80}(?:sous|co)[- ]?trait",
    "formation": r"action de formation|formation qualifiante|apprentissage|contrat de professionnalisation",
}
_PENALTY = re.compile(r"(\d+(?:[,.]\d+)?)\s*(?:\$|euros?|eur)\s*(?:ht\s*)?(?:par|/)\s*heure")
_FACILITATOR = compile_pattern(r"facilitat(?:eur|rice)|maison de l'emploi|\bplie\b|guichet clause|clause sociale 34")
_WEIGHT_PCT = re.compile(r"(\d{1,2}(?:[,.]\d+)?)\s*%")
_WEIGHT_PONDERATION = re.compile(r"(?:ponderation|weighting|coefficient)\s*:?\s*(\d{1,3}(?:[,.]\d+)?)")
_WEIGHT_POINTS = re.compile(r"(\d{1,3}(?:[,.]\d+)?)\s*(?:points?|pts)\b")

# Reservation basis from the wording (LABELS.md mapping; older bases map to current articles).
BASES = (
    ("L2113-13-1", r"l\.? ?2113-13-1|detenu|etablissements? penitentiaires?|personnes? (?:detenues|incarcerees)|travail penitentiaire"),
    ("L2113-15", r"l\.? ?2113-15|organisations_service_mission|economie sociale et solidaire|\bess\b|mission de service public.{0,80}reserv|res-pub-ser|art(?:icle)?\.? ?37"),
    ("L2113-13", r"l\.? ?2113-13(?!-)|insertion par l'activite economique|\bsiae\b|structures? d'insertion|entreprises? d'insertion|36[- ]?(?:ii|2)\b|art(?:icle)?\.? ?36-? ?ii"),
    ("L2113-12", r"l\.? ?2113-12|ateliers? proteges?|\besat\b|entreprises? adaptees?|travailleurs? handicapes?|personnes? handicapees?|etablissements? et services? d'aide par le travail|36[- ]?(?:i|1)\b|art(?:icle)?\.? ?15\b|res-ws|emplois? proteges?|sheltered|disabled|handicapped"),
)
_BASES = [(b, re.compile(p)) for b, p in BASES]
_PUBLICS = {k: re.compile(v) for k, v in PUBLICS.items()}
_MODES = {k: re.compile(v) for k, v in MODES.items()}


def _to_int(text: str) -> int:
    return int(re.sub(r"[ .\u202f]", "", text))


def hours(passage: str) -> dict:
    """Insertion hours stated in the passage (absolute numbers), never service volumes.

    `hours_values`: the distinct figures; `hours_at`: every statement as [value, offset of the
    figure in the passage], so the engine can tell lots and periods from restatements."""
    values: list[int] = []
    at: list[list[int]] = []
    passage, joined = repair_layout(passage)  # « 2\n400 heures » is 2 400 hours

    def where(offset: int) -> int:
        return joined[offset] if joined is not None else offset

    for regex in (_HOURS_LABEL, _HOURS_AFTER, _HOURS_WORDS):
        for m in regex.finditer(passage):
            tail = passage[m.start():m.end() + 40]
            if _HOURS_NOT_INSERTION.search(tail):
                continue
            value = words_to_number(m.group(1)) if regex is _HOURS_WORDS else _to_int(m.group(1))
            if value is None:
                continue
            if value == 400 and _PREVENTION_PLAN.search(passage):
                continue
            before = passage[max(0, m.start(1) - 40):m.start(1)]
            after = passage[m.end(1):m.end(1) + 40]
            if _CONVERSION_AFTER.search(after) or (
                _CONVERSION_BEFORE.search(before) and re.search(r"\betp\b|temps plein", before)
            ):
                continue
            window = passage[max(0, m.start(1) - 80):m.start(1)]
            if (_LABOUR_BEFORE.search(window) and not _SHARE_RESTATED.search(window)) or _LABOUR_AFTER.search(after):
                continue
            if not 35 <= value <= 200000:
                continue
            if value not in values:
                values.append(value)
            if all(offset != where(m.start(1)) for _, offset in at):
                at.append([value, where(m.start(1))])
    for value, offset in _table_column_hours(passage):
        offset = where(offset)
        if value not in values:
            values.append(value)
        if all(o != offset for _, o in at):
            at.append([value, offset])
    return {"hours_values": values, "hours_at": sorted(at, key=lambda item: item[1])} if values else {}


def _table_column_hours(passage: str) -> list[tuple[int, int]]:
    """Figures of an hours column of a table rendered as " | " lines, whose header cell names
    hours and insertion (in the cell, or in the text before the table): [(value, offset)]."""
    found: list[tuple[int, int]] = []
    lines = passage.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        cells = lines[i].split("|")
        column = next((k for k, cell in enumerate(cells) if _TABLE_HOURS_CELL.search(cell)), None)
        if len(cells) < 2 or column is None or "insertion" not in passage[:starts[i] + len(lines[i])]:
            i += 1
            continue
        i += 1
        while i < len(lines) and "|" in lines[i]:
            row = lines[i].split("|")
            m = _TABLE_FIGURE.match(row[column]) if len(row) == len(cells) else None
            if m:
                value = _to_int(m.group(1))
                if 35 <= value <= 200000:
                    offset = starts[i] + sum(len(c) + 1 for c in row[:column]) + m.start(1)
                    found.append((value, offset))
            i += 1
    return found


def publics(passage: str) -> dict:
    found = [name for name, rx in _PUBLICS.items() if rx.search(passage)]
    return {"publics": found} if found else {}


def modes(passage: str) -> dict:
    found = [name for name, rx in _MODES.items() if rx.search(passage)]
    return {"modes": found} if found else {}


def penalty(passage: str) -> dict:
    m = _PENALTY.search(passage)
    return {"penalty_per_hour": float(m.group(1).replace(",", "."))} if m else {}


def facilitator(passage: str) -> dict:
    m = _FACILITATOR.search(passage)
    return {"facilitator": m.group(0)} if m else {}


def weight(passage: str) -> dict:
    """Weight of an award criterion written right after it: 10 %, Pondération : 5, 20 points."""
    for regex, unit in ((_WEIGHT_PCT, "%"), (_WEIGHT_PONDERATION, "pondération"), (_WEIGHT_POINTS, "points")):
        m = regex.search(passage)
        if m:
            return {"weight": float(m.group(1).replace(",", ".")), "weight_unit": unit}
    return {}


def bases(passage: str) -> dict:
    found = [basis for basis, rx in _BASES if rx.search(passage)]
    return {"bases": found} if found else {}


EXTRACTORS: dict[str, Callable[[str], dict]] = {
    "hours": hours,
    "publics": publics,
    "modes": modes,
    "penalty": penalty,
    "facilitator": facilitator,
    "weight": weight,
    "bases": bases,
}


def at_offset(attrs: dict, offset: int) -> dict:
    """Hours statements' positions, from the passage read to the document's text."""
    if "hours_at" in attrs:
        attrs["hours_at"] = [[value, pos + offset] for value, pos in attrs["hours_at"]]
    return attrs
