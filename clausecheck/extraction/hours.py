"""Insertion hours of a document: every hours statement of its insertion findings (read with its
basis by clausecheck/detection/hours_reading.py) placed in its lot, tranche or period, then summed
(one figure per part; restatements once; a stated total with its breakdown once). Each statement
becomes an HoursCommitment with the contract's total drawn from it when the dossier gives what it
takes (years × hours per year, lots × hours per lot, amount ÷ slice × hours), the arithmetic shown."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausecheck.detection.hours_reading import COUNTED
from clausecheck.extraction.allotment import lots_named_in
from clausecheck.model import Document
from clausecheck.patterns import ORDINAL, ROW_KEY, TOTAL_CELL, last_match, ordinal_rank
from clausecheck.results import DocumentFacts, Finding, HoursCommitment
from clausecheck.structure.registers import quoted_by_candidates
from clausecheck.text import french_number

# an hours figure an answer may state for itself
_HOURS_FIGURE = re.compile(r"\d[\d \u00a0\u202f]*\s?(?:h\b|heures?)")


@dataclass(frozen=True, slots=True)
class HoursReading:
    total: int | None  # the hours the document states (LABELS.md: as written, summed over lots)
    note: str | None  # how `total` was made, when it took more than one figure
    commitments: list[HoursCommitment]


def _fmt(value: float) -> str:
    return french_number(value, group="\u00a0")


def _derive(commitment: HoursCommitment, facts: DocumentFacts | None) -> None:
    """The contract's total from a rate, when the dossier gives what it takes."""
    h = commitment.hours
    if commitment.basis == "part" and commitment.per_amount:
        share = h / commitment.per_amount * 100
        commitment.derived_total = h
        commitment.arithmetic = f"{share:.3g} % × {_fmt(commitment.per_amount)} h de main-d'œuvre = {_fmt(h)} h"
        return
    if facts is None:
        return
    if commitment.basis == "par_an":
        months = facts.duration_months.total_months or facts.duration_months.value if facts.duration_months else None
        if months and months >= 12:
            years = months / 12
            commitment.derived_total = round(h * years)
            commitment.arithmetic = f"{_fmt(h)} h × {years:g} an{'s' if years > 1 else ''} = {_fmt(h * years)} h"
    elif commitment.basis == "par_lot":
        lots = lots_named_in(commitment.evidence.quote if commitment.evidence else "") or facts.allotment.lot_count
        if lots:
            commitment.derived_total = h * lots
            commitment.arithmetic = f"{_fmt(h)} h × {lots} lots = {_fmt(h * lots)} h"
    elif commitment.basis == "par_tranche" and commitment.per_amount:
        amount, which = facts.amounts.estimated_ht, "montant estimé"
        if amount is None:
            amount, which = facts.amounts.max_ht, "montant maximum"
        if amount:
            slices = amount / commitment.per_amount
            commitment.derived_total = round(h * slices)
            commitment.estimated = True
            commitment.arithmetic = (f"{_fmt(h)} h × {_fmt(amount)} € HT ({which}) ÷ {_fmt(commitment.per_amount)} € "
                                     f"= {_fmt(h * slices)} h (estimation)")


def insertion_hours(findings: list[Finding], folded: str, doc: Document | None = None,
                    facts: DocumentFacts | None = None) -> HoursReading:
    """Insertion hours of the document: one figure per lot or period, summed.

    Every hours statement of the insertion findings is placed in its lot / period (the
    nearest "lot 2", "tranche optionnelle 1", "2e période"… before it, else right after it).
    A figure restated in the same lot / period (RC then CCAP, the same sentence twice) or
    without one counts once; equal figures of different lots all count; a figure equal to
    the sum of the others is a stated total with its breakdown. Rates (per lot) count as their
    total when the number of lots is known; parts (« dont »), earlier contracts and amounts
    rates do not count."""
    statements: dict[int, tuple[int, str, float | None]] = {}
    rows: dict[int, str | None] = {}
    loose: list[int] = []
    # a register's questions quote the candidate's figures (« le volume de 450 heures … Peut-il être revu ? »): the
    # answer says what holds (structure/registers.py)
    asked = quoted_by_candidates(folded, _HOURS_FIGURE) if doc is not None and doc.doc_type == "QR" else []
    for f in findings:
        if f.category != "clause_insertion" or f.polarity != "present":
            continue
        at = f.attributes.get("hours_at")
        if at:
            for item in at:  # (value, offset, basis, slice amount or None, [row]): detection/hours_reading.py
                value, pos, basis, amount = item[0], item[1], item[2], item[3]
                if any(lo <= pos < hi for lo, hi in asked):
                    continue
                statements.setdefault(pos, (value, basis, float(amount) if amount is not None else None))
                if len(item) > 4:  # the row of a table without bars the figure stands on ("" for its total)
                    rows[pos] = item[4] or None
        else:
            loose.extend(f.attributes.get("hours_values", []))
    ordered = sorted(statements.items())
    # hours per year count as stated only where no total is stated: « 1 200 heures par an, soit 3 600
    # heures sur la durée du marché » states 3 600
    has_total = any(basis == "total" for _value, basis, _amount in statements.values())
    commitments: list[HoursCommitment] = []
    entries: list[tuple[str | None, int]] = []
    for i, (pos, (value, basis, amount)) in enumerate(ordered):
        prev_end = ordered[i - 1][0] + 1 if i else 0
        next_start = ordered[i + 1][0] if i + 1 < len(ordered) else len(folded)
        scope = rows[pos] if pos in rows else _hours_scope(folded, pos, prev_end, next_start)
        commitment = HoursCommitment(hours=float(value), basis=basis, scope=scope, per_amount=amount,
                                     counted=basis in COUNTED,
                                     evidence=doc.evidence(*_sentence_span(folded, pos)) if doc else None)
        _derive(commitment, facts)
        if not any(c.hours == commitment.hours and c.basis == basis and c.scope == scope for c in commitments):
            commitments.append(commitment)
        if basis not in COUNTED or (basis == "par_an" and has_total):
            commitment.counted = False
            continue
        if basis == "par_lot" and commitment.derived_total:
            value = int(commitment.derived_total)  # LABELS.md: hours given for each lot are summed over the lots
        if (scope, value) not in entries:
            entries.append((scope, value))
    for value in loose:
        if (None, value) not in entries:
            entries.append((None, value))
    scoped = {v for sc, v in entries if sc is not None}
    entries = [(sc, v) for sc, v in entries if sc is not None or v not in scoped]
    if not entries:
        return HoursReading(None, None, commitments)
    parts = [c for c in commitments if c.basis == "dont"]
    if len(entries) == 1 and parts:
        value = entries[0][1]
        return HoursReading(value, f"heures d'insertion : {value} (total déclaré ; "
                            + " et ".join(_fmt(c.hours) for c in parts) + " en sont des parts, non ajoutées)",
                            commitments)
    whole = [v for sc, v in entries if sc == WHOLE]
    if whole and len(entries) > len(whole):
        # a total said in so many words (« soit 1 800 heures au total ») over the figures it sums up, whatever their
        # arithmetic (« 1 000 heures pour la période initiale et 400 heures par reconduction »)
        detail = [f"{v} ({sc})" if sc else str(v) for sc, v in entries if sc != WHOLE]
        return HoursReading(max(whole), f"heures d'insertion : {max(whole)} (total déclaré ; " + ", ".join(detail)
                            + " en sont le détail, non ajoutés)", commitments)
    values = [v for _, v in entries]
    largest = max(values)
    others = list(values)
    others.remove(largest)
    # figures each given for its own lot or table row are parts: none of them is their total
    # (and so are figures each of its own period: « période initiale : 800 heures ; reconduction n° 1 : 400 heures … »)
    all_lots = all(sc and sc.startswith(("lot", "ligne", "periode", "reconduction", "annee", "tranche")) for sc, _ in entries)
    if others and largest not in others and largest == sum(others) and not all_lots:
        return HoursReading(largest, f"heures d'insertion : {largest} = total déclaré de " + " + ".join(map(str, others)),
                            commitments)
    if len(values) > 1:
        labels = [f"{v} ({sc})" if sc else str(v) for sc, v in entries]
        return HoursReading(sum(values), "heures d'insertion : somme " + " + ".join(labels)
                            + f" = {sum(values)} (une par lot ou période, les reprises comptées une fois)", commitments)
    return HoursReading(sum(values), None, commitments)


_SENTENCE_END = re.compile(r"[.;!?](?=\s)|\n\s*\n")


def _sentence_span(folded: str, pos: int) -> tuple[int, int]:
    """The sentence holding the figure at `pos`: the commitment, not its heading or a penalty table."""
    lo = max(0, pos - 400)
    for m in _SENTENCE_END.finditer(folded, lo, pos):
        lo = m.end()
    while lo < pos and folded[lo] in " \n\t":
        lo += 1
    hi_match = _SENTENCE_END.search(folded, pos, min(len(folded), pos + 400))
    hi = hi_match.start() + 1 if hi_match else min(len(folded), pos + 400)
    return lo, hi


_ORDINAL = r"(?:\d+|" + ORDINAL + ")"


def _rank(word: str) -> str:
    """« deuxieme » -> '2', « initiale » -> '1', a figure as it is."""
    return "1" if word == "initiale" else str(ordinal_rank(word) or word)
_NUM = r"(?:n\s*[o_]?\s*\.?\s*)?"
_SCOPE = re.compile(
    r"(?<!\w)(?:(lot)s?\s*" + _NUM + r"(\d+|(?<![a-z])[a-z](?![\w']))"  # « lot B », not the « s » of « lots »
    r"|(tranche)\s+(ferme|optionnelle|conditionnelle)(?:\s*" + _NUM + r"(\d+))?"
    r"|(" + _ORDINAL + r")\s+(periode|annee|reconduction|phase|tranche)"
    r"|(periode|annee|reconduction|phase)\s+(?:de reconduction\s+)?" + _NUM + r"(\d+|initiale)(?!\w))"
)
_SCOPE_BACK = 200  # characters looked at before a figure for its lot / period
# a new part of the text, after a blank line: « Section VI : Conditions particulières d'exécution », « Article 8 – … »
_NEW_PART = re.compile(r"\n[ \t]*\n[ \t]*(?:section|article|chapitre|partie|titre|[ivx]{1,4}\.\d|\d{1,2}(?:\.\d{1,2})*[.)\- ])")
_SCOPE_FORWARD = 60  # and after it, when nothing stands before
_SCOPE_FORWARD_END = re.compile(r"[,;:.!?\n]")
_FIGURE = re.compile(r"[\d .\u202f]*(?:\n\d{3}(?!\d)[ \u202f]*)?")  # (a figure a line end splits: « (1\n360 heures au total »)
# a figure said to be the whole contract's, whatever part was named before it
# (its basis may stand between: « soit 500 heures par an pour l'ensemble des lots »)
_WHOLE_AFTER = re.compile(r"(?:h\b|heures?)\s+(?:d'\s*insertion\s+|de\s+travail\s+)?(?:(?:par an(?:nee)?|annuelles?|chaque annee)\s+)?"
                          r"(?:au total|en tout|tous lots|pour l'ensemble (?:des lots|du marche))")
_WHOLE_BEFORE = re.compile(r"(?:\btotal(?:e|es)?|au total|soit un total de|tous lots confondus)\s*:?\s*(?:de\s+)?$")
_WHOLE_ROW = re.compile(TOTAL_CELL)
# the figure's own clause says it is the whole's: « … : le volume total d'heures d'insertion de l'opération est désormais de »
_WHOLE_CLAUSE = re.compile(r"\b(?:volume|nombre)\s+total\b|\btotal\s+(?:des|d')\s*heures|\btous\s+lots\b")
WHOLE = "ensemble du marché"  # the scope of a figure said of the whole contract in so many words
# the part a figure is given for, named right after it: « … heures (d'insertion) pour le lot n° 2 »
_OWN_FIGURE = re.compile(r"\s*(?:\([^)\n]{0,40}\)\s*)?[:=\-–]\s*\d")
_FOR_PART_AFTER = re.compile(r"(?:h\b|heures?)\s+(?:d'\s*insertion\s+)?(?:pour|au titre d[eu]|sur)\s+(?:le |la |l')?")


def _scope_key(m: re.Match[str]) -> str:
    g = m.groups()
    if g[0]:
        return f"lot {g[1]}"
    if g[2]:
        return f"tranche {g[3]} {g[4] or ''}".strip()
    if g[5]:
        return f"{g[6]} {_rank(g[5])}"
    return f"{g[7]} {_rank(g[8])}"


def _last_scope(folded: str, lo: int, hi: int) -> str | None:
    """The last lot / period named between lo and hi."""
    last = last_match(_SCOPE, folded, lo, hi)
    return _scope_key(last) if last is not None else None


_ROW_KEY = re.compile(r"[ \t]*" + ROW_KEY + r"(?![ \t]*(?:h\b|heures?\b|%|\$))")
_ROW_END = re.compile(r"[ \t]*(?:h|heures?)?[ \t]*")
_HOURS_LABEL_CELL = re.compile(r"(?:nombre d'|volume d')?heures?\b")


def _hours_scope(folded: str, pos: int, prev_end: int, next_start: int) -> str | None:
    """The lot or period an hours figure at `pos` belongs to, or None. A figure in a table row
    (a " | " line) belongs to that row: its lot or period if the row names one before the
    figure, else the row's first cell ("01 | Gros œuvre | 1 200" is row 01)."""
    line_start = folded.rfind("\n", 0, pos) + 1
    line_end = folded.find("\n", pos)
    line = folded[line_start:len(folded) if line_end < 0 else line_end]
    if "|" in line[:pos - line_start]:
        scope = _last_scope(folded, line_start, pos)
        first = line.split("|", 1)[0].strip()
        if not scope and _WHOLE_ROW.match(first):
            return None  # the table's total row
        label = line.strip().lstrip("|").split("|", 1)[0].strip()
        if not scope and _HOURS_LABEL_CELL.match(label):  # a table on its side: a column per year or lot
            return f"colonne {line.count('|', 0, pos - line_start)}"
        if scope or first:
            return scope or f"ligne {first}"
    figure = _FIGURE.match(folded, pos)
    figure_end = figure.end() if figure else pos
    clause = folded[max(0, pos - 120):pos]
    clause = clause[max(clause.rfind(c) for c in ".;:") + 1:]
    if _WHOLE_AFTER.match(folded, figure_end) or _WHOLE_BEFORE.search(folded[max(0, pos - 40):pos]) \
            or _WHOLE_CLAUSE.search(clause):
        # « soit 3 000 heures au total », « total : 3 000 heures »: the whole contract's — even closing a line that
        # opened on a lot (« lot 2 (maçonnerie) 500 heures, …, soit un total de 2 150 heures »)
        return WHOLE
    row = _ROW_KEY.match(line)
    if row and pos - line_start > row.end() and _ROW_END.fullmatch(folded, figure_end, line_start + len(line)):
        # a row of a table without bars, closed by its figure (« 2 1 175 » under « Lot  Bénéficiaires  Heures »)
        return _last_scope(folded, line_start, pos) or f"ligne {row.group(1)}"
    named_after = _FOR_PART_AFTER.match(folded, figure_end)
    if named_after:  # « 2 100 heures pour le lot n° 1 et 900 heures pour le lot n° 2 »
        m = _SCOPE.match(folded, named_after.end())
        if m:
            return _scope_key(m)
    back = max(prev_end, pos - _SCOPE_BACK)
    part = last_match(_NEW_PART, folded, back, pos)
    scope = _last_scope(folded, part.end() if part else back, pos)  # (a lot listed in an earlier part is not this one's)
    if scope:
        return scope
    hi = min(next_start, pos + _SCOPE_FORWARD, len(folded))
    end = _SCOPE_FORWARD_END.search(folded, figure_end, hi)  # "1 250 heures, réparti : lot 1…" is not lot 1
    m = _SCOPE.search(folded, pos, end.start() if end else hi)
    if m is None or _OWN_FIGURE.match(folded, m.end()):
        # (« 1 200 heures … (lot 2 : 700 h ; lot 3 : 500 h) »: a lot with a figure of its own heads its breakdown)
        return None
    return _scope_key(m)
