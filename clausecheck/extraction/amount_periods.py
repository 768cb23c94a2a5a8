"""Figures given per period of a framework agreement (initial period, renewals), added up into one
over all its periods, with the arithmetic said; how the notes name amounts and parts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clausecheck.extraction.amount_wording import RENEWAL_SAME
from clausecheck.extraction.durations import Durations
from clausecheck.text import french_number

if TYPE_CHECKING:
    from clausecheck.extraction.amount_candidates import Candidate


def format_amount(v: float) -> str:
    """« 1 200 000 », « 12 500,50 »: an amount as the notes show it."""
    s = french_number(v, 2, " ")
    return s[:-3] if s.endswith(",00") else s


_TRANCHES = {"TF": "tranche ferme", "TO": "tranche optionnelle", "TC": "tranche conditionnelle"}


def is_tranche(part: str) -> bool:
    """Is the part a tranche (« TF », « TO2 ») rather than a lot, an option or the base solution?"""
    return part[:2] in _TRANCHES


def part_name(part: str) -> str:
    """'3' -> 'lot 3'; 'TF' -> 'tranche ferme'; 'TO2' -> 'tranche optionnelle 2'; 'PSE1' -> 'PSE 1' (see
    tranche_before)."""
    if part == "BASE":
        return "solution de base"
    if part.startswith("item "):
        return part[5:]
    if part.startswith("PSE"):
        return "PSE " + part[3:]
    if is_tranche(part):
        return (_TRANCHES[part[:2]] + " " + part[2:]).strip()
    return f"lot {part}"


def combine_periods(cands: list[Candidate], durations: Durations, low: str) -> None:
    """Figures given per period of a framework agreement, added up into one over all its periods:
    the initial period plus each renewal (« 600 000 + 2 × 300 000 = 1 200 000 »), the renewals
    numbered one by one, or the initial figure again for each renewal when the text says they are
    the same. An initial figure and a renewal figure whose number of renewals the piece does not say are kept
    together for the dossier (Candidate.per_renewal), which may know it from another piece."""
    groups: dict[tuple[str, str | None], list[Candidate]] = {}
    for cand in cands:
        if cand.period is not None:
            groups.setdefault((cand.kind, cand.lot), []).append(cand)
    for (_kind, _lot), group in groups.items():
        dated = {c.period: c for c in group if c.period and c.period.startswith("dated ")}
        if len(dated) >= 2 and all(c.period.startswith("dated ") for c in group if c.period):
            # each period named by its dates, with its own figure: « du 1er avril 2027 au 31 mars 2028 : 62 000 »
            first, *others = sorted(dated.values(), key=lambda c: c.start)
            first.total = sum(c.value for c in dated.values())
            first.note = ("périodes datées : " + " + ".join(format_amount(c.value) for c in [first, *others])
                          + f" = {format_amount(first.total)}")
            first.period = None
            first.end = max(c.end for c in dated.values())
            for c in others:
                if c in cands:
                    cands.remove(c)
            continue
        initial = next((c for c in group if c.period == "initial"), None)
        each = [c for c in group if c.period == "renewal"]
        # an optional extension of the term is one more period of the whole (« période de prolongation … : 30 000 »)
        extensions = [c for c in group if c.period == "extension"]
        numbered = {c.period: c for c in group if c.period and c.period.startswith("renewal ")}
        n = durations.renewals
        if initial is None and (numbered or (each and n)):
            initial = _first_period_before(cands, group)
        if initial is None:
            continue
        if numbered:
            parts = [c.value for c in numbered.values()]
            total = initial.value + sum(parts)
            how = " + ".join(format_amount(v) for v in [initial.value, *parts])
            used = list(numbered.values())
        elif each and n:
            total = initial.value + n * each[0].value
            how = f"{format_amount(initial.value)} + {n} × {format_amount(each[0].value)}"
            used = each[:1]
        elif not each and n and RENEWAL_SAME.search(low):
            total = initial.value * (1 + n)
            how = f"{format_amount(initial.value)} × {1 + n} périodes (les reconductions au même montant)"
            used = []
        elif each and n is None and initial.period == "initial":
            # the number of renewals is said in another piece, if anywhere: no total here, the dossier adds them up
            initial.per_renewal = each[0].value
            initial.period = None
            initial.note = (f"{format_amount(initial.value)} pour la période initiale, {format_amount(each[0].value)} par "
                            "reconduction ; nombre de reconductions non dit dans la pièce")
            initial.end = max(initial.end, each[0].end)
            for c in each:
                if c in cands:
                    cands.remove(c)
            continue
        else:
            continue
        if extensions:
            total += sum(c.value for c in extensions)
            how += "".join(f" + {format_amount(c.value)} (prolongation)" for c in extensions)
            used += extensions
        initial.total = total
        initial.period = None
        initial.note = f"période initiale et reconductions : {how} = {format_amount(total)}"
        if used:
            initial.end = max([initial.end] + [c.end for c in used])
        for c in used + [c for c in each if c not in used]:
            if c in cands:
                cands.remove(c)


def _first_period_before(cands: list[Candidate], renewals: list[Candidate]) -> Candidate | None:
    """The figure of the first period when only the renewals are named next to theirs: « Article 6.1 – Première
    période … Le montant maximum des commandes pour cette période est de 75 000 € HT. Article 6.2 – Deuxième
    période (première reconduction) : … » — the nearest figure of the same kind and part just before the
    renewals, given plainly (neither over the whole duration nor multiplied out)."""
    first = min(c.start for c in renewals)
    kind, lot = renewals[0].kind, renewals[0].lot
    before = [c for c in cands if c.kind == kind and c.lot == lot and c.period is None and not c.note and not c.weak
              and c.end <= first and first - c.end < 600]
    return max(before, key=lambda c: c.end) if before else None
