"""The figures a document states, each a candidate for one of its amounts (estimate, maximum, minimum), and those
a structured notice gives in its fields, a lots table in its rows and a table by period in its columns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, NamedTuple

from clausecheck.extraction.amount_periods import format_amount
from clausecheck.extraction.lottable import LotTable
from clausecheck.extraction.numbers import AmountMatch
from clausecheck.extraction.period_table import PeriodTable
from clausecheck.extraction.structured import fields_of
from clausecheck.extraction.textscan import Scanner
from clausecheck.model import Document


@dataclass(frozen=True, slots=True)
class Term:
    """How a figure stands to the contract's term: given per year, per period or per span of `months`, or for the
    whole term. `counted`: multiplied out over the term the piece states; else left to the dossier, which may know
    the duration or count the periods from another piece."""
    per: Literal["year", "period", "span", "whole"]
    months: int | None = None
    counted: bool = True


class OverTerm(NamedTuple):
    """A figure carried over the contract's term: the total, the arithmetic shown to the reader, and how."""
    total: float
    note: str = ""
    term: Term | None = None


@dataclass(slots=True)
class Candidate:
    kind: str  # 'estimated', 'max', 'min'
    value: float  # as written
    total: float  # after multiplying out periods
    start: int
    end: int
    tax: str | None
    lot: str | None
    lotwide: bool
    note: str = ""
    weak: bool = False  # used only when no other candidate of its kind exists
    period: str | None = None  # "initial", "renewal" (each one) or "renewal k": a framework agreement's period
    per_renewal: float | None = None  # the initial period's figure, with each renewal's when their number is not said
    replaced: float | None = None  # the figure this one replaces, as written (« porté de 70 000 € HT à 90 000 € HT »)
    from_table: bool = False  # read by the column of a lots table, not as prose
    term: Term | None = None  # how the figure was given over the term, when it was not as a whole


@dataclass(slots=True)
class Figure:
    """One amount in the text, with the words around it."""

    match: AmountMatch
    left: str  # the words before it (its line, or the previous one)
    right: str  # and after it, to the end of the line
    left_start: int
    next_start: int | None  # where the next figure of the same window starts
    between: str | None  # the text since the previous figure, when close (< 80 characters)


@dataclass(slots=True)
class Kind:
    """What a figure is, and the table or period series it belongs to."""

    kind: str | None
    period_n: int | None = None  # « année 2 : … », « … pour la deuxième année »
    header_annual: bool = False
    bare_row: bool = False
    row_line: str = ""


def structured_candidates(doc: Document, cands: list[Candidate]) -> None:
    """The amounts a structured notice gives in its fields (BOAMP, TED, eForms), each with its kind and lot."""
    for f in fields_of(doc):
        names = f.names
        last = names[-1]
        if not f.text:
            continue
        kind = None
        lotwide = False
        lot = None
        if last in ("VALEUR_TOTALE",):
            kind, lotwide = "estimated", True
        elif last == "VALEUR" and "LOT" in names:
            kind = "estimated"
        elif last == "VALEUR" and ("CARACTERISTIQUES" in names or "OBJET" in names):
            kind, lotwide = "estimated", True
        elif last == "MONTANT_MAXI":
            kind = "max"
        elif last == "MONTANT_MINI":
            kind = "min"
        elif last in ("VAL_ESTIMATED_TOTAL", "VAL_OBJECT"):
            kind = "estimated"
            lotwide = names[-2] == "OBJECT_CONTRACT"
        elif last == "EstimatedOverallContractAmount":
            kind = "estimated"
            lotwide = "ProcurementProjectLot" not in names
        elif last in ("MaximumValueAmount", "FrameworkMaximumAmount"):
            kind = "max"
        if kind is None:
            continue
        try:
            value = float(f.text.replace(" ", "").replace(",", "."))
        except ValueError:
            continue
        if not lotwide and ("LOT" in names or "ProcurementProjectLot" in names or "OBJECT_DESCR" in names
                            or "AWARD_CONTRACT" in names):
            lot = f"x{f.start}"  # one distinct slot per lot field: summed over lots
        cands.append(Candidate(kind, value, value, f.start, f.end, "HT", lot, lotwide, "champ structuré"))


def period_table_candidates(table: PeriodTable, scan: Scanner, cands: list[Candidate]) -> None:
    """A table of amounts by period replaces the figures read in it one by one: each column's sum."""
    start, end = scan.span(table.start, table.end)
    cands[:] = [c for c in cands if not start <= c.start < end]
    for column in table.columns:
        s0, _ = scan.span(*column.spans[0])
        _, e0 = scan.span(*column.spans[-1])
        how = " + ".join(format_amount(v) for v in column.values)
        cands.append(Candidate(column.kind, column.values[0], column.total, s0, e0, "HT", None, False,
                               f"tableau par période ({len(column.values)} périodes) : {how} = {format_amount(column.total)}"))


def table_candidates(table: LotTable, scan: Scanner, cands: list[Candidate], seen: set,
                     over_period: Callable[[float, int], OverTerm], divided: bool | None,
                     rows: bool = True) -> None:
    """Each lot's figures from a lots table, and its total row, over the term (`over_period`: a figure given for n
    months, 0 for the whole term)."""
    def read_by_the_table(kind: str, s0: int, e0: int) -> None:
        # the same cell read as prose gives way: its period or its year was guessed from the header line above it
        # (« Maximum annuel HT | Maximum sur 4 ans HT » then « Total Tous lots 500 000 € 2 000 000 € »), and so does a
        # kind the prose only guessed (« Lot 1 - parcs et jardins 27 000 € … » read as an estimate by default, in a
        # table of annual maxima)
        cands[:] = [c for c in cands if not ((c.kind == kind or c.weak) and s0 <= c.start < e0 and not c.from_table)]

    for num, row in (table.rows.items() if rows else ()):
        for kind, periods in row.periods.items():
            if divided is False:
                continue
            for period, value, a, b in periods:
                s0, e0 = scan.span(a, b)
                read_by_the_table(kind, s0, e0)
                cands.append(Candidate(kind, value, value, s0, e0, "HT", str(num), False, "tableau des lots par période",
                                       period=period, from_table=True))
        for kind, value in row.amounts.items():
            total, note, term = over_period(value, row.per_months.get(kind, 0))
            key = (kind, round(total, 2), str(num))
            if key in seen or divided is False:
                continue
            seen.add(key)
            a, b = row.amount_spans.get(kind, (row.start, row.end))
            s0, e0 = scan.span(a, b)
            if kind in row.amount_spans:
                read_by_the_table(kind, s0, e0)  # (the cell read as prose may have taken the lot named above its line)
            cands.append(Candidate(kind, value, total, s0, e0, "HT", str(num), False,
                                   ("tableau des lots ; " + note if note else "tableau des lots"), from_table=True,
                                   term=term))
    for kind, (value, a, b, months) in table.totals.items():
        total, note, term = over_period(value, months)
        total_key = (kind, round(total, 2), None)
        if total_key in seen:
            continue
        seen.add(total_key)
        s0, e0 = scan.span(a, b)
        read_by_the_table(kind, s0, e0)
        cands.append(Candidate(kind, value, total, s0, e0, "HT", None, True,
                               ("total du tableau des lots ; " + note if note else "total du tableau des lots"),
                               from_table=True, term=term))
