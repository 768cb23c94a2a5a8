"""Insertion hours in tables: the figures of a table's hours column, framed by bars or laid out without them, the rows
they stand on, and the figures and marks the readings of clausecheck/detection/hours_reading.py share with them."""

from __future__ import annotations

import re

from clausecheck.patterns import ANNUAL, LOT_MARK_AT_END, LOT_ON_LINE, TOTAL_CELL
from clausecheck.tables import framed_tables, text_tables
from clausecheck.text import fold

# (thousands grouped by a space or a point, or by a comma in English: « 1,200 hours »)
NUMBER = r"(\d{1,3}(?:[ .\u202f]\d{3})+|\d{1,3}(?:,\d{3})+(?![\d,])|\d+)"

MARK_BEFORE = re.compile(r"\b(?:annee|lot|tranche|phase|periode|semestre|trimestre)\s*(?:no\.?\s*)?$")

# A table whose column gives the hours (« Lot | Intitulé | Heures d'insertion » then « 01 | Gros œuvre | 1 200 »)
_TABLE_HOURS_CELL = re.compile(r"\bheures?\b|volume horaire")
_TABLE_FIGURE = re.compile(r"^\s*" + NUMBER + r"\s*(?:h|heures?)?\s*$")


def to_int(text: str) -> int:
    return int(re.sub(r"[ .,\u202f]", "", text))


# a table the text extraction laid out without bars (a PDF table with no rules): a header line naming
# the hours column (« Lot   Heures d'insertion »), then rows that end on their figure (« 02 - Gros œuvre  600 »)
_TEXT_HOURS_HEADER = re.compile(r"^[^\d\n|]{0,60}\bheures?\b[^\d\n|]{0,60}$", re.MULTILINE)
_TEXT_ROW = re.compile(r"[ \t]*(?P<label>[^\n|]*[^\W\d_][^\n|]*?)[ \t]+(?:(?P<n>\d{1,3}(?:[ .\u202f]\d{3})+|\d{1,6})"
                       r"[ \t]*(?:h|heures?)?|-|/|sans\s+objet|neant)[ \t]*(?:\n|$)")


_HEADER_WRAP = re.compile(r"[ \t]*[^\d\n|]{1,40}\n")
# a header's next lines in a table of more columns (« Lot Heures d'insertion » / « (4 ans) » / « Publics prioritaires »):
# its rows may then go on after the hours with a column of words (« Lot 1 - Siège 1 200 DELD, bénéficiaires du RSA »)
_HEADER_MORE = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)|[^\d\n|:;.]{1,40})[ \t]*\n")
# (its label ends at the first figure, the words after it are the next column's; a row without hours has a dash in both)
_NO_HOURS = r"(?:-|/|sans\s+objet|neant)"
_TEXT_ROW_THEN_WORDS = re.compile(r"[ \t]*(?P<label>[^\n|]*?[^\W\d_][^\n|]*?)[ \t]+(?:(?P<n>\d{1,3}(?:[ .\u202f]\d{3})+|\d{1,6})"
                                  r"[ \t]*(?:h|heures?)?(?:[ \t]+[^\W\d_][^\n|]*)?|" + _NO_HOURS + r"(?:[ \t]+" + _NO_HOURS
                                  + r")?)[ \t]*(?:\n|$)")


def text_column_hours(passage: str) -> tuple[list[tuple[int, int, bool]], list[tuple[int, int]]]:
    """Figures closing the rows under a header line that names the hours column, when insertion is
    named in the header or before it: [(value, offset, total row)], and the spans of the rows read. A row « - » or
    « sans objet » gives no hours; a « Total » row is the stated total (the sum of the others, counted once downstream)."""
    found: list[tuple[int, int, bool]] = []
    read_rows: list[tuple[int, int]] = []
    for header in _TEXT_HOURS_HEADER.finditer(passage):
        if "insertion" not in passage[:header.end()]:
            continue
        pos, rows, row_shape = header.end() + 1, [], _TEXT_ROW
        if _TEXT_ROW.match(passage, pos) is None and (wrapped := _HEADER_WRAP.match(passage, pos)) is not None:
            pos = wrapped.end()  # the header's cell wrapped over the next line (« Lot Heures » then « d'insertion »)
        more = 0
        while more < 2 and _TEXT_ROW.match(passage, pos) is None and (extra := _HEADER_MORE.match(passage, pos)):
            pos, more, row_shape = extra.end(), more + 1, _TEXT_ROW_THEN_WORDS
        while (row := row_shape.match(passage, pos)) is not None and row.end() > pos:
            rows.append(row)
            pos = row.end()
        if len(rows) < 2:
            continue
        for row in rows:
            figure, at = row.group("n"), row.start("n")
            total_row = re.match(TOTAL_CELL, row.group("label").strip()) is not None
            if figure and not total_row and (LOT_MARK_AT_END.search(row.group("label"))
                                             or MARK_BEFORE.search(row.group("label"))):
                # « Lot 1 200 »: the first group is the lot's number, the rest its hours (not in « Total des trois
                # lots 2 750 »)
                lot, _, rest = figure.partition(" ")
                figure, at = (rest, at + len(lot) + 1) if rest else (None, at)
            if figure and 35 <= (value := to_int(figure)) <= 200000:
                found.append((value, at, total_row))
                read_rows.append((row.start(), row.end()))
    return found, read_rows



# a table the text extraction laid out on one line, closed by its total: « Échéancier des heures d'insertion Année
# Heures 2027 500 2028 500 2029 500 Total 1 500 », « … Lot Désignation Heures 1 Terrassement 350 2 … Total 1 800 »
_FLATTENED_TOTAL = re.compile(r"^(?P<head>[^\n€]*?\bheures?\b[^\n€]*?)\btotal\s*:?\s*"
                              r"(?P<n>\d{1,3}(?:[ .\u202f]\d{3})+|\d{1,6})\s*(?:h|heures?)?\s*\.?[ \t]*$", re.MULTILINE)


def flattened_table_total(passage: str) -> list[tuple[int, int, bool]]:
    """The total closing a one-line table of insertion hours, [(value, offset)], when the line holds at least two
    figures after the word « heures » (its rows) and insertion is named in it or before it."""
    found = []
    for m in _FLATTENED_TOTAL.finditer(passage):
        head = m.group("head")
        rows = head[re.search(r"\bheures?\b", head).end():]  # type: ignore[union-attr]
        if "insertion" in passage[:m.end("head")] and len(re.findall(r"\b\d+\b", rows)) >= 2 \
                and not _LABOUR_CELL.search(head) \
                and 35 <= (value := to_int(m.group("n"))) <= 200000:
            found.append((value, m.start("n"), True))
    return found


_PART_COLUMN = re.compile(r"^\W*dont\b")
_LABOUR_CELL = re.compile(r"main[- ]d' ?o?e?uvre|travaillees|\btotales?\b")


def table_column_hours(text: str) -> tuple[list[tuple[int, int, str, str | None]], list[tuple[int, int]]]:
    """Figures of the hours column of a table (between bars, rows of figures under a heading line, one
    cell per line: layout), whose header cell names hours, and insertion in the cell or the text before
    the table: [(value, offset, basis, row: _row_scope)], and the spans of the rows read. Of an hours column per year
    and one over the whole term, the latter; a « dont … » column is a part of another."""
    found: list[tuple[int, int, str, str | None]] = []
    read_rows: list[tuple[int, int]] = []
    folded = fold(text)
    for rows in framed_tables(text) + text_tables(text):
        header: list[tuple[int, int]] | None = None
        column, basis = 0, "total"
        previous: list[tuple[int, int]] = []
        for cells in rows:
            hours_cells = [k for k, (a, b) in enumerate(cells)
                           if _TABLE_HOURS_CELL.search(folded[a:b]) and not _PART_COLUMN.match(folded[a:b])]
            if not hours_cells and cells is rows[0] and announces_hours_table(folded, cells[0][0]):
                # the table the text gives the hours in, whose cells do not repeat « heures »: its total column
                hours_cells = [k for k, (a, b) in enumerate(cells) if k and re.match(TOTAL_CELL, folded[a:b].strip())]
            if hours_cells == [0] and "insertion" in folded[:cells[-1][1]] and header is None:
                row = _hours_row(folded, cells, previous)
                if row:  # the table turned on its side: the hours on one row, a column per year or lot
                    found.extend((value, at, basis, None) for value, at, basis in row)
                    break
            previous = cells
            if hours_cells and "insertion" in folded[:cells[-1][1]]:
                # beside a column of the labour hours (« Main-d'œuvre estimée (heures) | Taux | Heures d'insertion »),
                # the one that names insertion
                named = [k for k in hours_cells if "insertion" in folded[slice(*cells[k])]]
                hours_cells = named or [k for k in hours_cells if not _LABOUR_CELL.search(folded[slice(*cells[k])])] \
                    or hours_cells
                whole = [k for k in hours_cells if not ANNUAL.search(text[slice(*cells[k])].lower())]
                if not whole:
                    # the hours per year, then their total over the term in a column that does not repeat « heures »
                    # (« Heures par année d'exécution | Nombre d'années (max.) | Total sur la durée »)
                    whole = [k for k in range(hours_cells[-1] + 1, len(cells)) if _WHOLE_TERM.search(folded[slice(*cells[k])])][-1:]
                header, column, basis = cells, (whole or hours_cells)[0], "total" if whole else "par_an"
                continue
            if header is None or len(cells) != len(header):
                continue
            a, b = cells[column]
            scope = _row_scope(folded, cells[:column])
            if column and MARK_BEFORE.search(folded[slice(*cells[column - 1])].rstrip()) \
                    and (numbered := _NUMBER_THEN_FIGURE.match(folded, a, b)) is not None:
                # « Année 2 120 »: the row's number, then its hours
                scope = f"{scope} {folded[a:numbered.start(1)].strip()}" if scope else scope
                a = numbered.start(1)
            m = _TABLE_FIGURE.match(folded[a:b])
            if m and 35 <= (value := to_int(m.group(1))) <= 200000:
                found.append((value, a + m.start(1), basis, scope))
                read_rows.append((cells[0][0], cells[-1][1]))
    return found, read_rows


# a row's own number run into its figure by the cell split (« Année | 2 120 »): the number, then the figure
_NUMBER_THEN_FIGURE = re.compile(r"\s*\d{1,2}\s+(\d{1,3}(?:[ .\u202f]\d{3})*)\s*(?:h|heures?)?\s*$")


def _row_scope(folded: str, cells: list[tuple[int, int]]) -> str | None:
    """The part of the contract a row of a table without bars gives hours for, from the cells before its hours:
    « ligne 2027 », « ligne 1 », or "" for its total row (the whole); None for a row between bars, which the hours'
    reading places itself. The key is the first cell that is not empty (a table of years has no label column)."""
    if not cells:
        return None
    line_start = folded.rfind("\n", 0, cells[-1][0]) + 1
    if "|" in folded[line_start:cells[-1][1]]:
        return None
    key = next((k for a, b in cells if (k := folded[a:b].strip())), "")
    return "" if re.match(TOTAL_CELL, key) else ("ligne " + key if key else None)


def _hours_row(folded: str, cells: list[tuple[int, int]], header: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The figures of a row headed by its hours label (« | Heures | 200 | 250 | 300 | » under « | Année |
    2027 | 2028 | 2029 | »): its « Total » column when the row above names one, else every column."""
    figures = [(m, a) for a, b in cells[1:] if (m := _TABLE_FIGURE.match(folded[a:b]))]
    if len(cells) < 3 or len(figures) != len(cells) - 1:
        return []  # a label on a row of text, or cells that are not all figures
    values = [(to_int(m.group(1)), a + m.start(1)) for m, a in figures]
    if len(header) == len(cells):
        for k, (a, b) in enumerate(header[1:]):
            if folded[a:b].strip().startswith("total"):
                return [(values[k][0], values[k][1], "total")]
    return [(value, at, "total") for value, at in values]


# a row of a table without bars whose figures carry their unit and open on the row's own number (« 1 250 h 1 000 h
# ramassage des dépôts » under « Lot | Par année d'exécution | Sur la durée maximale (4 ans) | Activités ») : the first
# number is the row's, not the figure's thousands, since the rows' numbers follow one another (1, 2, 3…)
_UNIT_ROW = re.compile(r"^[ \t]*(?P<lot>" + LOT_ON_LINE + r")?(?P<key>\d{1,2})[ \t]+"
                       r"(?P<figures>(?:\d{1,3}(?:[ .\u202f]\d{3})*[ \t]*(?:h|heures?)\b[ \t]*){1,3})(?P<rest>[^\n\d]*)$",
                       re.MULTILINE)
_UNIT_FIGURE = re.compile(r"(\d{1,3}(?:[ .\u202f]\d{3})*)[ \t]*(?:h|heures?)\b")
_ANNUAL_FOLDED = re.compile(r"\bpar\s+an(?:nee)?\b|\bannuel|\bchaque\s+annee\b|/\s?an\b")
_WHOLE_TERM = re.compile(r"\bduree\b|\btotal\b|\bensemble\b|\bsur\s+(?:\d+|deux|trois|quatre|cinq)\s+ans\b")
_HEADER_REACH = 300  # characters above the first row where its header's words are read


def unit_rows_hours(passage: str) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int]]]:
    """The hours of such rows (folded text), when insertion is named before them: [(value, offset, basis, row scope)]
    and the rows' spans. With two figures a row, the header's words say which is the whole term's (« par année
    d'exécution » before « sur la durée maximale »: the second); a single figure is the row's hours."""
    found: list[tuple[int, int, str, str]] = []
    spans: list[tuple[int, int]] = []
    for run in _unit_row_runs(passage):
        counts = {len(_UNIT_FIGURE.findall(row.group("figures"))) for row in run}
        if len(counts) != 1 or "insertion" not in passage[:run[0].start()]:
            continue
        header = passage[max(0, run[0].start() - _HEADER_REACH):run[0].start()]
        header = header[max(header.rfind(":"), header.rfind("."), 0):]
        annual, whole = _ANNUAL_FOLDED.search(header), _WHOLE_TERM.search(header)
        width = counts.pop()
        if width == 1:
            column, basis = 0, "par_an" if annual and not whole else "total"
        elif width == 2 and annual and whole:
            column, basis = (1 if annual.start() < whole.start() else 0), "total"
        else:
            continue
        for row in run:
            figure = list(_UNIT_FIGURE.finditer(row.group("figures")))[column]
            if 35 <= (value := to_int(figure.group(1))) <= 200000:
                scope = ("lot " if row.group("lot") else "ligne ") + str(int(row.group("key")))
                found.append((value, row.start("figures") + figure.start(1), basis, scope))
                spans.append((row.start(), row.end()))
    return found, spans


def _unit_row_runs(folded: str, start: int = 0, end: int | None = None) -> list[list[re.Match[str]]]:
    """Runs of at least two such rows whose numbers follow one another."""
    runs: list[list[re.Match[str]]] = []
    for row in _UNIT_ROW.finditer(folded, start, len(folded) if end is None else end):
        last = runs[-1][-1] if runs else None
        # (a row's words may wrap over one more line: « … pose de la signalisation » / « temporaire »)
        if last is not None and int(row.group("key")) == int(last.group("key")) + 1 \
                and folded.count("\n", last.end(), row.start()) <= 2:
            runs[-1].append(row)
        else:
            runs.append([row])
    return [run for run in runs if len(run) >= 2]


def unit_rows_end(folded: str, start: int, end: int) -> int:
    """The end of the first run of such rows that goes on past `start` within [start - _HEADER_REACH, end), else 0."""
    for run in _unit_row_runs(folded, max(0, start - _HEADER_REACH), end):
        if run[-1].end() > start:
            return run[-1].end()
    return 0


# the sentence before a table that gives the hours in it: « … réserve à des publics en insertion une partie des heures
# travaillées, selon le tableau de répartition ci-après », « Les heures d'insertion sont réparties comme suit : »
_ANNOUNCED = re.compile(r"\bheures?\b[^.]{0,200}?\b(?:tableau|comme suit|ci-apres|ci-dessous|suivant(?:e|es|s)?\s*:)"
                        r"|\btableau\b[^.]{0,120}?\bheures?\b")
_ANNOUNCE_REACH = 300  # characters before a table where it is announced


def announces_hours_table(folded: str, table_start: int) -> bool:
    """Does the text just before the table say it gives hours?"""
    return _ANNOUNCED.search(folded, max(0, table_start - _ANNOUNCE_REACH), table_start) is not None


def hours_table_end(text: str, folded: str, start: int, limit: int) -> int:
    """The end of the first table opening between `start` and `limit` (the article's end) whose header names hours, or
    that its sentence announces, or of the rows opening on their numbers that go on past `start`: the hours of an
    insertion article may stand in a table of its next sub-section, out of the words' reach (« 6.1 Objet » then « 6.2 -
    Nombre d'heures » over « Nombre d'heures | Lot | Précisions »). 0 when there is none."""
    if start >= limit:
        return 0
    if rows_end := unit_rows_end(folded, start, limit):
        return rows_end
    if "heure" not in folded[start:limit]:
        return 0
    for rows in framed_tables(text[start:limit]) + text_tables(text[start:limit]):
        if len(rows) > 1 and (any(_TABLE_HOURS_CELL.search(folded[start + a:start + b]) for a, b in rows[0])
                              or announces_hours_table(folded, start + rows[0][0][0])):
            return start + rows[-1][-1][1]
    return 0
