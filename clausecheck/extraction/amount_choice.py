"""Which of a document's candidate figures is its estimate, maximum or minimum: the figure of the whole contract,
else the sum of its lots' (or tranches', or options'); and what the piece leaves to the dossier (a yearly figure whose
duration it does not say, a figure per period whose periods it does not count, an initial and a renewal figure)."""

from __future__ import annotations

from dataclasses import dataclass, field

from clausecheck.extraction.amount_candidates import Candidate
from clausecheck.extraction.amount_periods import format_amount, is_tranche, part_name
from clausecheck.extraction.durations import Durations


@dataclass(slots=True)
class AmountsResult:
    estimated_ht: float | None = None
    max_ht: float | None = None
    min_ht: float | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    spans_by_kind: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # 'estimated' / 'max' / 'min'
    notes: list[str] = field(default_factory=list)
    per_lot: dict[str, dict[str, float]] = field(default_factory=dict)
    durations: Durations | None = None
    ttc_only: bool = False
    per_year: set[str] = field(default_factory=set)  # kinds whose figure is yearly and whose duration the text omits
    per_period: set[str] = field(default_factory=set)  # kinds whose figure is each period's, their number unsaid
    one_lot: dict[str, str] = field(default_factory=dict)  # kind -> the lot whose figure is the document's only one
    open_periods: dict[str, tuple[float, float]] = field(default_factory=dict)  # kind -> (initial, each renewal)
    per_span: dict[str, int] = field(default_factory=dict)  # kind -> months of the period its figure is given for
    changed: dict[str, tuple[float, float]] = field(default_factory=dict)  # kind -> (old, new) figure, as written
    amended: set[str] = field(default_factory=set)  # kinds whose figure the piece says amends the dossier
    initial_only: set[str] = field(default_factory=set)  # kinds whose figure is the initial period's alone
    one_period: set[str] = field(default_factory=set)  # kinds whose only figure is one named renewal's (« 2e reconduction »)


KIND_LABELS = {"estimated": "valeur estimée", "max": "montant maximum", "min": "montant minimum"}
YEARLY_NO_DURATION = "montant annuel, durée totale non déterminée"
SPAN_NO_DURATION = "montant par période, durée totale non déterminée"
PERIODS_NOT_COUNTED = "montant par période, nombre de périodes non dit dans la pièce"


def choose(cands: list[Candidate], kind: str, divided: bool | None, res: AmountsResult) -> float | None:
    total, used = _chosen(cands, kind, res)
    left = {c.term for c in used if c.term is not None and not c.term.counted}
    if len(used) == 1 and (used[0].period or "").startswith("renewal ") and used[0].per_renewal is None:
        # the figure of one named renewal (« Lire : 2e reconduction – maximum 75 000 € HT »): that period's, not each
        # period's; the dossier puts it in place of that period's old figure (assessment/aggregate.py)
        res.one_period.add(kind)
    elif used and len(left) == 1 and all(c.term in left for c in used):
        term = left.pop()  # each figure given per year, per period or per span, their number left to the dossier
        if term.per == "year":
            res.per_year.add(kind)  # the dossier may know the duration from another piece
        elif term.per == "period":
            res.per_period.add(kind)  # the dossier may count the periods from another piece
        elif term.per == "span" and term.months:
            res.per_span[kind] = term.months  # a semester's, a quarter's figure: the dossier knows the term, maybe
    if len(used) == 1 and used[0].replaced is not None:
        res.changed[kind] = (used[0].replaced, used[0].value)  # another piece's figure may be the one it changes
    if used and all(c.per_renewal is not None for c in used):
        # an initial figure and one per renewal (each lot's, maybe), their number unsaid: no total in this piece
        # (the dossier's)
        res.open_periods[kind] = (sum(c.value for c in used), sum(c.per_renewal or 0.0 for c in used))
        res.notes[-1] = f"{KIND_LABELS[kind]} : pas de total dans la pièce ({'; '.join(c.note for c in used)})"
        return None
    if used and kind != "min" and all(c.period == "initial" and c.per_renewal is None for c in used) \
            and (res.durations is None or res.durations.renewals is None):
        # the initial period's figure alone, the renewals' said elsewhere (« Montant maximum de la période initiale :
        # 38 000,00 € HT … Les montants … des périodes de reconduction figurent à l'article 3 du CCAP »): the piece's
        # figure, which the dossier takes only when no piece gives the total of the periods
        res.initial_only.add(kind)
        res.notes[-1] += " (période initiale seule)"
    return total


def _chosen(cands: list[Candidate], kind: str, res: AmountsResult) -> tuple[float | None, list[Candidate]]:
    """The document's figure of one kind, and the candidates it was made of."""
    mine = [c for c in cands if c.kind == kind]
    if not mine:
        return None, []
    label = KIND_LABELS[kind]
    # the base solution is a part only beside its options (PSE); alone it is the contract's figure
    alone = not any(c.lot is not None and c.lot.startswith("PSE") for c in mine)

    def whole(c: Candidate) -> bool:
        # (a tranche's figure « tous lots confondus » is over every lot, and still one tranche's: a part of the whole)
        return c.lot is None or (c.lotwide and not is_tranche(c.lot)) or (alone and c.lot == "BASE")

    wide = [c for c in mine if whole(c)]
    by_lot: dict[str, Candidate] = {}
    for c in mine:
        if not whole(c) and c.lot is not None:
            prev = by_lot.get(c.lot)
            if prev is None or (c.total > prev.total and kind != "min"):
                by_lot[c.lot] = c
    strong = [c for c in wide if c.lotwide]
    if strong:
        wide = strong
    for lot, c in by_lot.items():
        res.per_lot.setdefault(lot, {})[kind] = c.total
    if wide:
        best = max(wide, key=lambda c: c.total) if kind != "min" else min(wide, key=lambda c: c.total)
        lot_sum = sum(c.total for c in by_lot.values())
        if len(by_lot) >= 2 and lot_sum > best.total * 1.01 and not best.lotwide:
            pass  # lot figures add up to more than the stray total: use the sum below
        else:
            res.spans.append((best.start, best.end))
            res.notes.append(f"{label} : {format_amount(best.total)} € HT" + (f" ({best.note})" if best.note else ""))
            return best.total, [best]
    if by_lot:
        total = sum(c.total for c in by_lot.values())
        for c in by_lot.values():
            res.spans.append((c.start, c.end))
        if len(by_lot) == 1:
            lot, c = next(iter(by_lot.items()))
            res.one_lot[kind] = lot
            res.notes.append(f"{label} : {format_amount(total)} € HT ({part_name(lot)})" + (f" ({c.note})" if c.note else ""))
        else:
            parts = "tranches" if all(part_name(k).startswith("tranche") for k in by_lot) else \
                "éléments de la liste" if all(k.startswith("item ") for k in by_lot) else \
                "parts (solution de base, PSE)" if all(k == "BASE" or k.startswith("PSE") for k in by_lot) else "lots"
            res.notes.append(f"{label} : somme sur {len(by_lot)} {parts} = {format_amount(total)} € HT")
        return total, list(by_lot.values())
    return None, []
