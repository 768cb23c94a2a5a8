"""Insertion hours of a document: every hours statement of its insertion findings placed in its
lot, tranche or period, then summed (one figure per part; restatements once; a stated total with
its breakdown once)."""

from __future__ import annotations

import re

from clausecheck.results import Finding


def insertion_hours(findings: list[Finding], folded: str) -> tuple[int | None, str | None]:
    """Insertion hours of the document: one figure per lot or period, summed.

    Every hours statement of the insertion findings is placed in its lot / period (the
    nearest "lot 2", "tranche optionnelle 1", "2e période"… before it, else right after it).
    A figure restated in the same lot / period (RC then CCAP, the same sentence twice) or
    without one counts once; equal figures of different lots all count; a figure equal to
    the sum of the others is a stated total with its breakdown."""
    statements: dict[int | None, int] = {}
    loose: list[int] = []
    for f in findings:
        if f.category != "clause_insertion" or f.polarity != "present":
            continue
        at = f.attributes.get("hours_at")
        if at:
            for value, pos in at:
                statements.setdefault(int(pos), int(value))
        else:
            loose.extend(int(v) for v in f.attributes.get("hours_values", []))
    ordered = sorted(statements.items())
    entries: list[tuple[str | None, int]] = []
    for i, (pos, value) in enumerate(ordered):
        prev_end = ordered[i - 1][0] + 1 if i else 0
        next_start = ordered[i + 1][0] if i + 1 < len(ordered) else len(folded)
        scope = _hours_scope(folded, pos, prev_end, next_start)
        if (scope, value) not in entries:
            entries.append((scope, value))
    for value in loose:
        if (None, value) not in entries:
            entries.append((None, value))
    scoped = {v for s, v in entries if s is not None}
    entries = [(s, v) for s, v in entries if s is not None or v not in scoped]
    if not entries:
        return None, None
    values = [v for _, v in entries]
    largest = max(values)
    others = list(values)
    others.remove(largest)
    all_lots = all(s and s.startswith("lot") for s, _ in entries)
    if others and largest not in others and largest == sum(others) and not all_lots:
        return largest, f"heures d'insertion : {largest} = total déclaré de " + " + ".join(map(str, others))
    if len(values) > 1:
        parts = [f"{v} ({s})" if s else str(v) for s, v in entries]
        return sum(values), ("heures d'insertion : somme " + " + ".join(parts)
                             + f" = {sum(values)} (une par lot ou période, les reprises comptées une fois)")
    return sum(values), None


_ORDINALS = {
    "premier": "1", "premiere": "1", "1er": "1", "1ere": "1", "deuxieme": "2", "second": "2", "seconde": "2",
    "2e": "2", "2eme": "2", "2nde": "2", "troisieme": "3", "3e": "3", "3eme": "3", "quatrieme": "4",
    "4e": "4", "4eme": "4", "cinquieme": "5", "5e": "5", "5eme": "5", "initiale": "1",
}
_ORDINAL = r"(?:\d+|premiere?|1ere?|deuxieme|second[e]?|2nde|2e(?:me)?|troisieme|3e(?:me)?|quatrieme|4e(?:me)?|cinquieme|5e(?:me)?)"
_NUM = r"(?:n\s*[o_]?\s*\.?\s*)?"
_SCOPE = re.compile(
    r"(?<!\w)(?:(lot)s?\s*" + _NUM + r"(\d+|[a-z](?![\w']))"
    r"|(tranche)\s+(ferme|optionnelle|conditionnelle)(?:\s*" + _NUM + r"(\d+))?"
    r"|(" + _ORDINAL + r")\s+(periode|annee|reconduction|phase|tranche)"
    r"|(periode|annee|reconduction|phase)\s+(?:de reconduction\s+)?" + _NUM + r"(\d+|initiale)(?!\w))"
)
_SCOPE_BACK = 200  # characters looked at before a figure for its lot / period
_SCOPE_FORWARD = 60  # and after it, when nothing stands before
_SCOPE_FORWARD_END = re.compile(r"[,;:.!?\n]")
_FIGURE = re.compile(r"[\d .\u202f]*")


def _scope_key(m: re.Match[str]) -> str:
    g = m.groups()
    if g[0]:
        return f"lot {g[1]}"
    if g[2]:
        return f"tranche {g[3]} {g[4] or ''}".strip()
    if g[5]:
        return f"{g[6]} {_ORDINALS.get(g[5], g[5])}"
    return f"{g[7]} {_ORDINALS.get(g[8], g[8])}"


def _last_scope(folded: str, lo: int, hi: int) -> str | None:
    """The last lot / period named between lo and hi."""
    last = None
    for last in _SCOPE.finditer(folded, lo, hi):
        pass
    return _scope_key(last) if last is not None else None


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
        if scope or first:
            return scope or f"ligne {first}"
    scope = _last_scope(folded, max(prev_end, pos - _SCOPE_BACK), pos)
    if scope:
        return scope
    hi = min(next_start, pos + _SCOPE_FORWARD, len(folded))
    figure_end = _FIGURE.match(folded, pos).end()
    end = _SCOPE_FORWARD_END.search(folded, figure_end, hi)  # "1 250 heures, réparti : lot 1…" is not lot 1
    m = _SCOPE.search(folded, pos, end.start() if end else hi)
    return _scope_key(m) if m else None
