"""A table of a framework agreement's amounts by period, rendered as text: one row per period
(« Période initiale », « Reconduction n° 1 », « 2e reconduction », « Année 3 », or consecutive calendar
years « 2027 », « Année civile 2028 »), one column per kind of amount, named in a header line above the
rows (« Montant minimum HT | Montant maximum HT »).

Its figures are read by their column, not by the words around them (the header line names both
kinds, so a figure's neighbourhood cannot tell them apart), and each column adds up over the
periods: the maximum over the whole duration is the sum of the maximum column. The cells may give
bare figures (« 75 000,00 ») when the header says the currency once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from clausecheck.extraction.lottable import header_kind_of_cell, header_scale, kind_said
from clausecheck.extraction.numbers import parse_number
from clausecheck.extraction.textscan import Scanner
from clausecheck.patterns import CURRENCY, NUMERO_OPT, TOTAL_CELL
from clausecheck.tables import is_page_furniture, row_cells

# the label of a period, at the start of a row
PERIOD_ROW = re.compile(
    r"[ \t]*(?:[|•*–-][ \t]*)?(?:"
    r"p[ée]riode\s+(?:initiale|ferme|de\s+base)|premi[èe]re\s+p[ée]riode|tranche\s+ferme|ann[ée]e\s+ferme"
    r"|(?:\d{1,2}|premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me|quatri[èe]me)\s*(?:re|er|e|ère|ème|nde?)?\s+(?:p[ée]riode\s+de\s+)?(?:reconduction|renouvellement)"
    r"|(?:reconduction|renouvellement|p[ée]riode|ann[ée]e|year|period|renewal)\s*" + NUMERO_OPT + r"\d{1,2}\b"
    # a renewal or an extension named alone, its length in brackets or its figures next: « Reconduction (12 mois) »
    r"|(?:p[ée]riode\s+de\s+)?(?:reconduction|renouvellement|prolongation)\b(?=\s*(?:\(|\d|[|:]))"
    r"|(?:initial\s+period|first\s+period)"
    r")", re.IGNORECASE)
# a calendar year keying a row (« 2027 », « Année civile 2028 »): read only in a series of consecutive years
YEAR_ROW = re.compile(r"[ \t]*(?:[|•*–-][ \t]*)?(?:ann[ée]e\s+(?:civile\s+)?)?((?:19|20)\d\d)\b(?![,.]\d)", re.IGNORECASE)
# a figure in a cell: « 80 000,00 € », « 75 000,00 », « 120 000 € HT » (never a year: « Année 2027 »)
CELL_FIGURE = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|(?!(?:19|20)\d\d\b)\d{4,9})(?:,\d{1,2})?(?![\d])")
# a figure in thousands or millions of euros, the unit said once above (« 95 », « 112,5 » under « k€ HT »)
SCALED_FIGURE = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d{1,3})?(?![\d])")
_CURRENCY_WORDS = re.compile(r"€|\beur\b|euros?|\bht\b|h\.t", re.IGNORECASE)
# the kinds a header names, in their order (« Montant minimum HT   Montant maximum HT »)
_BOUND = re.compile(r"maxi|mini", re.IGNORECASE)
_TTC_AFTER = re.compile(r"\w*(?:\s+(?:annuel\w*|global\w*|total\w*))?\s*(?:\(?\s*(?:en\s+)?" + CURRENCY + r"\s*)?ttc\b",
                        re.IGNORECASE)


@dataclass(slots=True)
class PeriodColumn:
    kind: str  # 'max', 'min', 'estimated'
    values: list[float] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # in the analysis text

    @property
    def total(self) -> float:
        return sum(self.values)


@dataclass(slots=True)
class PeriodTable:
    start: int  # the header line, in the analysis text
    end: int  # the end of the last row
    labels: list[str]
    columns: list[PeriodColumn]


def _header_kinds(header: str) -> list[str | None]:
    """The kind of each amount column a header names, left to right. A piped header gives one per
    cell after the first (the periods' labels); a header whose cells the text extraction ran together
    gives its bounds in the order written, or one estimate column."""
    if "|" in header:
        return [header_kind_of_cell(header[a:b].strip()) for a, b in row_cells(header)[1:]]
    # (a column said « TTC » is no value of the contract: « Minimum HT  Maximum HT  Maximum TTC »)
    bounds: list[str | None] = [None if _TTC_AFTER.match(header, m.end()) else ("max" if m.group().lower() == "maxi" else "min")
                                for m in _BOUND.finditer(header)]
    if bounds:
        return bounds
    kind = header_kind_of_cell(header)
    return [kind] if kind else []


def read_period_tables(scan: Scanner) -> list[PeriodTable]:
    low = scan.low
    tables: list[PeriodTable] = []
    lines = low.split("\n")
    cased = scan.text.split("\n")
    cased = cased if len(cased) == len(lines) else lines  # (as written: a wrapped sentence goes on in lower case)
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        if not _is_row(lines[i]):
            i += 1
            continue
        rows = []
        while i < len(lines):
            if _is_row(lines[i]):
                rows.append(i)
            elif (gap := _page_break(lines, i)) is not None:
                i += gap  # (a running header or footer between two rows: the page broke the table there)
                continue
            else:
                break
            i += 1
        table = _read_block(lines, starts, rows, cased) if len(rows) >= 2 else None
        if table is not None:
            tables.append(table)
    return tables


def _label(line: str) -> re.Match[str] | None:
    return PERIOD_ROW.match(line) or YEAR_ROW.match(line)


def _is_row(line: str) -> bool:
    """A period's row: its label, then a figure (a bare small one after a year, the unit said in the header)."""
    if (period := PERIOD_ROW.match(line)) is not None:
        # (a small bare figure counts here, read only under a header that gives the unit: « Période initiale 12 mois
        # 20 60 » under « Minimum (k€ HT) Maximum (k€ HT) »)
        return bool(_figures(SCALED_FIGURE, line, period.end()))
    year = YEAR_ROW.match(line)
    return year is not None and (CELL_FIGURE.search(line, year.end()) or SCALED_FIGURE.search(line, year.end())) is not None


_FIRST_PERIOD = re.compile(r"[ \t]*(?:[|•*–-][ \t]*)?(?:p[ée]riode\s+(?:initiale|ferme|de\s+base)|premi[èe]re\s+p[ée]riode|"
                           r"tranche\s+ferme|ann[ée]e\s+(?:ferme|n?°?\s*1\b)|p[ée]riode\s+(?:n?°?\s*)?1\b|initial|first)",
                           re.IGNORECASE)
_BREAK_LINES_MAX = 3  # a footer, the next page's header, its page number


def _page_break(lines: list[str], i: int) -> int | None:
    """How many lines from i a page break puts between two rows of the table (a page number or a running line
    among them, a period's row right after), or None."""
    for gap in range(1, _BREAK_LINES_MAX + 1):
        if i + gap >= len(lines):
            return None
        if _label(lines[i + gap]):
            between = [line.strip() for line in lines[i:i + gap] if line.strip()]
            if any(is_page_furniture(line) for line in between):
                return gap
            # a document too short for its running header to repeat: one short line without a figure, the series
            # going on after it (« 1re reconduction … » / « AE – Accord-cadre de maintenance » / « 2e reconduction … »)
            if len(between) == 1 and len(between[0]) <= 80 and not _FIRST_PERIOD.match(lines[i + gap]):
                return gap
            return None
        if CELL_FIGURE.search(lines[i + gap - 1]) and not is_page_furniture(lines[i + gap - 1].strip()):
            return None  # a line of text with a figure: the table ended
    return None


def _row_figures(line: str, piped: bool, figure: re.Pattern[str]) -> list[tuple[int, str] | None]:
    """(offset in the line, figure) for each amount column of a row, None for an empty cell."""
    label = _label(line)
    assert label is not None
    if piped:
        return [(m.start(), m.group()) if (m := figure.search(line, a, b)) else None
                for a, b in row_cells(line)[1:]]
    return [(m.start(), m.group()) for m in _figures(figure, line, label.end())]


_DURATION_AFTER = re.compile(r"\s*(?:mois|ans?|ann[ée]es?|jours?|semaines?|months?|years?)\b", re.IGNORECASE)


def _figures(figure: re.Pattern[str], line: str, start: int) -> list[re.Match[str]]:
    """The figures of a row from `start`, a duration (« 12 mois ») aside."""
    return [m for m in figure.finditer(line, start) if not _DURATION_AFTER.match(line, m.end())]


def _years_in_a_row(lines: list[str], rows: list[int]) -> bool | None:
    """True for rows keyed by consecutive calendar years, False for rows keyed by periods, None for a mix."""
    years = [int(m.group(1)) if not PERIOD_ROW.match(lines[r]) and (m := YEAR_ROW.match(lines[r])) else None for r in rows]
    if all(y is None for y in years):
        return False
    known = [y for y in years if y is not None]
    if len(known) < len(years):
        return None
    return all(b == a + 1 for a, b in pairwise(known)) or None


def _head_sentence(lines: list[str], head: int) -> str:
    """The sentence a list's head line closes: its line, with the lines above it when the sentence was wrapped
    (« Il n'est pas fixé de montant minimum. Le montant maximum des commandes est fixé pour chaque\npériode : »)."""
    text, k = lines[head].strip(), head
    while text[:1].islower() and k > 0 and head - k < 2 and lines[k - 1].strip() and not CELL_FIGURE.search(lines[k - 1]):
        k -= 1
        text = lines[k].strip() + " " + text
    return re.split(r"(?<=[.;])\s+", text)[-1]


def _read_block(lines: list[str], starts: list[int], rows: list[int], cased: list[str]) -> PeriodTable | None:
    # the header: the nearest line above the rows that gives no figure, within three lines
    head = next((k for k in range(rows[0] - 1, max(rows[0] - 4, -1), -1)
                 if lines[k].strip() and not CELL_FIGURE.search(lines[k])), None)
    if head is None:
        return None
    kinds = _header_kinds(kind_said(_head_sentence(cased, head)).lower())
    if not any(kinds):
        return None
    # the currency is said once, in the header, or in every row
    if not _CURRENCY_WORDS.search(lines[head]) and not all(_CURRENCY_WORDS.search(lines[r]) for r in rows):
        return None
    years = _years_in_a_row(lines, rows)
    if years is None:
        return None
    # figures in thousands or millions when the header says so, or the caption just above it (« (en milliers
    # d'euros hors taxes) : »); small bare figures are read only then
    scale = header_scale(lines[head]) if header_scale(lines[head]) != 1.0 else header_scale(" ".join(lines[max(0, head - 2):head]))
    figure = SCALED_FIGURE if scale != 1.0 else CELL_FIGURE
    piped = "|" in lines[head]
    columns: dict[int, PeriodColumn] = {}
    for r in rows:
        figures = _row_figures(lines[r], piped, figure)
        if len(figures) != len(kinds):
            return None  # a row that does not fit the header: not read as this table
        for col, (kind, cell) in enumerate(zip(kinds, figures, strict=True)):
            if kind is None or cell is None or not (value := parse_number(cell[1])):
                continue
            column = columns.setdefault(col, PeriodColumn(kind))
            at = starts[r] + cell[0]
            column.values.append(value * scale)
            column.spans.append((at, at + len(cell[1])))
    # a column counts when every period gives it a figure (a blank cell would make the sum wrong)
    full = [c for c in columns.values() if len(c.values) == len(rows)]
    if not full:
        return None
    labels = [m.group().strip(" |") for r in rows if (m := _label(lines[r]))]
    last = rows[-1] + 1 if rows[-1] + 1 < len(lines) and _total_row_of(lines[rows[-1] + 1], figure, len(kinds)) else rows[-1]
    return PeriodTable(starts[head], starts[last] + len(lines[last]), labels, full)


_TOTAL_ROW = re.compile(r"[ \t]*(?:\|[ \t]*)?" + TOTAL_CELL, re.IGNORECASE)


def _total_row_of(line: str, figure: re.Pattern[str], columns: int) -> bool:
    """Is the line the table's total row (« Total 30 000 € 120 000 € »), one figure per column? Its figures are the
    columns' sums, which the table gives already: no figure to read again by its words."""
    total = _TOTAL_ROW.match(line)
    return total is not None and len(_figures(figure, line, total.end())) == columns
