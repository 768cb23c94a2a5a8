"""Tables as the text extraction gives them: rows of cells between bars (`framed_tables`, `row_cells`), and tables
laid out without bars (`text_tables`): rows of figures under a header line, one cell per line, or one column after
the other. Each table is a list of rows, each row a list of cell spans in the text."""

from __future__ import annotations

import re
from itertools import pairwise

from clausecheck.patterns import LOT_ON_LINE, LOTS, ROW_KEY, TOTAL_CELL
from clausecheck.text import fold, is_running_line

_LINE_MAX = 160  # a running header or footer is a short line
# a page number alone on its line: « – 3 – », « 2 / 6 »
_PAGE_NUMBER_LINE = re.compile(r"^[ \t]*(?:[-–—][ \t]*\d{1,3}[ \t]*[-–—]|\d{1,3}[ \t]*/[ \t]*\d{1,3})[ \t]*$")


def is_page_furniture(line: str) -> bool:
    """A page number or a running header or footer line: what the page puts between two lines of text."""
    return bool(_PAGE_NUMBER_LINE.match(line)) or (len(line) <= _LINE_MAX and is_running_line(fold(line)))


def line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer("\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def bar_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the table row text[start:end], as spans."""
    spans, pos = [], start
    for m in re.finditer(r"\|", text[start:end]):
        spans.append((pos, start + m.start()))
        pos = start + m.end()
    spans.append((pos, end))
    return spans


def row_cells(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The cells of the table row text[start:end] (« | Lot | Montant | » or « Lot | Montant »), as spans:
    the empty pieces outside a framed row's opening and closing bars left out."""
    cells = bar_cells(text, start, len(text) if end is None else end)
    if cells and not text[cells[0][0]:cells[0][1]].strip():
        cells = cells[1:]
    if cells and not text[cells[-1][0]:cells[-1][1]].strip():
        cells = cells[:-1]
    return cells


def framed_tables(text: str) -> list[list[list[tuple[int, int]]]]:
    """The tables rendered as text rows of cells between bars (« | Lot | Montant maximum HT | »): for
    each, its rows, each row the spans of its cells (the empty pieces outside a framed row's opening
    and closing bars left out). A running header or footer, or a blank line, between two rows does not
    end the table (the page broke it there)."""
    if "|" not in text:
        return []
    tables: list[list[list[tuple[int, int]]]] = []
    current: list[list[tuple[int, int]]] = []
    pending = False  # a running line or a blank line since the last row
    for start, end in line_spans(text):
        line = text[start:end]
        pieces = bar_cells(text, start, end) if "|" in line else []
        if len(pieces) >= (3 if line.lstrip().startswith("|") else 2):
            current.append(row_cells(text, start, end))
            pending = False
            continue
        if current and not pending and (not line.strip() or is_page_furniture(line)):
            pending = True
            continue
        if len(current) >= 2:
            tables.append(current)
        current, pending = [], False
    if len(current) >= 2:
        tables.append(current)
    return tables


# the first cell of a row of a table laid out one cell per line: a lot's mark, a row number, a year or a total
_ROW_KEY = re.compile(r"^[ \t]*(?:(?:" + LOT_ON_LINE + r"|(?:tranche|ann[ée]e|poste)[ \t]*)0*\d{1,3}\b|0*\d{1,3}[ \t]*$|(?:19|20)\d\d[ \t]*$|"
                      r"0*\d{1,3}[ \t]*[-–.)][ \t]|" + TOTAL_CELL + r")", re.IGNORECASE)
_TOTAL_KEY = re.compile(r"^[ \t]*" + TOTAL_CELL, re.IGNORECASE)
_HEADER_CELL_MAX = 60
_FIGURE = re.compile(r"\d{3}|\d[ \u00a0\u202f]?(?:€|%)|\d[,.]\d")  # what a header cell does not hold
_CELLS_PER_ROW = range(2, 9)
_HEADING_LINES_MAX = 12  # a heading of eight columns, some wrapped over two lines
_READINGS_MAX = 16  # ways of reading a heading whose lines may each head a column or wrap the one before
# a column heading: opens on a capital, does not close like a sentence or a label (« Renseignements relatifs aux lots : »)
_HEADER_LINE = re.compile(r"^[A-ZÀ-ÝN°%].*(?<![:;.,])$")
# the second line of a heading wrapped in its column: « annuel (k€ HT) », « (en € HT) », « HT (€) » (a word
# opening on a capital, « Maximum HT », would be a column of its own)
_WRAPPED_HEADER = re.compile(r"^(?:[a-zà-ÿ(€]|(?:HT|TTC|H\.T\.|hors)\b).*(?<![:;.,])$")


def _stripped(text: str, span: tuple[int, int]) -> tuple[int, int]:
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def text_tables(text: str) -> list[list[list[tuple[int, int]]]]:
    """The tables the text extraction laid out without bars, in the shape of `framed_tables` (rows of
    cell spans, every row as many cells as its header, an empty span for an empty cell):

    - **rows of figures under a header line** (an unruled PDF table, whose column gaps the text keeps as
      one space: « Lot Intitulé Montant max HT Montant max TTC » above « 01 Reliure et dorure 50 000,00
      60 000,00 »): each row ends on as many figures as the header names value columns (a header cell
      opens on a capital: « Montant max HT »); the figures are told apart by their groups of three digits;
    - **one cell per line** (a table copied from a PDF viewer or a tagged PDF: « Lot », « Désignation »,
      « Montant maximum HT », then « Lot 1 », « Nettoyage », « 45 000 € »…): a header of short lines
      without figures, then rows of as many lines, each opening on a lot's mark, a row number or a total."""
    lines = line_spans(text)
    return sorted(_unruled_tables(text, lines) + _cell_per_line_tables(text, lines) + _column_after_column_tables(text, lines),
                  key=lambda t: t[0][0][0])


_LOT_LINE = re.compile(r"[ \t]*" + LOT_ON_LINE + r"0*\d{1,3}\b", re.IGNORECASE)
_FIGURE_LINE = re.compile(r"[ \t]*\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d{1,2})?[ \t]*(?:[kKM]?€|euros?)?(?:[ \t]*(?:HT|TTC))?[ \t]*$")


def _column_after_column_tables(text: str, lines: list[tuple[int, int]]) -> list[list[list[tuple[int, int]]]]:
    """A table whose columns the extraction gave one after the other: the lots' lines (« Lot 1 – Fruits »,
    « Lot 2 – … »), then the figures' heading (« Montant maximum annuel HT »), then as many figures, in the same
    order. Rows of the shape of `framed_tables`: an empty cell over the lots, the heading over the figures."""
    tables = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _LOT_LINE.match(text[slice(*lines[j])]):
            j += 1
        n = j - i
        if n < 2 or j + n >= len(lines):
            i = j + 1 if n else i + 1
            continue
        heading = _stripped(text, lines[j])
        figures = lines[j + 1:j + 1 + n]
        if _HEADER_LINE.match(text[slice(*heading)]) and _VALUE_HEADER.search(text[slice(*heading)]) \
                and not _FIGURE.search(text[slice(*heading)]) \
                and all(_FIGURE_LINE.match(text[slice(*span)]) for span in figures):
            tables.append([[(heading[0], heading[0]), heading],
                           *[[_stripped(text, lot), _stripped(text, figure)] for lot, figure in zip(lines[i:j], figures, strict=True)]])
            i = j + 1 + n
        else:
            i = j
    return tables


# a header cell of an unruled table opens on a capital (« Montant max HT », « Max. sur 4 ans HT »), not an
# acronym (HT, TTC, CPV, MO), or on « dont », the part of the column before it (« dont heures de formation »)
_HEADER_CELL_START = re.compile(r"(?<!\S)(?:[A-ZÀ-Ý][a-zà-ÿ]|%|N°|dont\b)")
# what one of the value columns is about: the header must name at least one
_VALUE_HEADER = re.compile(r"montant|\bmax|\bmin|heures?\b|valeur|prix|estim|total|volume|nombre|\bpart\b|taux|budget|"
                           r"quantit|co[uû]t|p[ée]riode|reconduction|ann[ée]e|tranche", re.IGNORECASE)
# one piece of a figure closing a row: digits (a decimal part on its last group) and what closes the figure, or
# an empty cell
_ATOM = re.compile(r"(?P<digits>\d+)(?P<dec>,\d{1,2})?(?P<mark>[ \u00a0\u202f]?(?:[kKM]?€|%|h\b|heures?\b|euros?\b)"
                   r"(?:[ \u00a0\u202f]?(?:HT|H\.T\.|TTC|hors taxes?))?)?|(?P<none>[—–-]|/|n[ée]ant|sans objet)")
_ROW_MAX = 200
_NOTHING_TO_SAY = re.compile(r"\b(?:sans objet|n[ée]ant|non concern[ée])", re.IGNORECASE)
_FIGURE_ENDS = frozenset("0123456789€%h-—–/tTeEsS")  # the last character of a row of figures (« 45 000 € HT », « néant »)


def _unruled_tables(text: str, lines: list[tuple[int, int]]) -> list[list[list[tuple[int, int]]]]:
    tables = []
    # a header is followed by a row that ends on a figure (or an empty cell): checked first, it is cheap
    ends_on_figure = [bool(text[a:b].rstrip()) and text[a:b].rstrip()[-1] in _FIGURE_ENDS for a, b in lines]
    i = 0
    while i < len(lines):
        if i + 1 >= len(lines) or not ends_on_figure[i + 1]:
            i += 1
            continue
        start, end = lines[i]
        header = text[start:end]
        starts = [m.start() for m in _HEADER_CELL_START.finditer(header)]
        if (len(starts) < 2 or len(header) > _ROW_MAX or _FIGURE.search(header) or "|" in header
                or not _VALUE_HEADER.search(header)):
            i += 1
            continue
        found = None
        cells = _segments(header, starts)
        # the first column names the rows (« Lot », « Désignation »), unless it heads figures itself
        first_is_value = not header[:starts[0]].strip() and bool(_VALUE_HEADER.search(header[slice(*cells[0])]))
        for k in range(min(len(starts) - (not first_is_value), 8), 0, -1):
            has_label = len(starts) > k or header[:starts[0]].strip() != ""
            rows = []
            j = i + 1
            while j < len(lines) and (row := _figure_row(text, *lines[j], k, has_label)) is not None:
                if first_is_value and k > 1 and _TOTAL_KEY.match(text[slice(*row[0])]) \
                        and (total := _figure_row(text, *lines[j], k - 1, True)) is not None:
                    # the total row's label stands in the first value column (« Total 2 200 » under « Année Heures »
                    # and « 2027 800 »): one figure fewer, not « 2 » and « 200 »
                    row = [total[0], (total[0][1], total[0][1]), *total[1:]]
                rows.append(row)
                j += 1
            rows = _same_keys(text, rows)
            j = i + 1 + len(rows)
            value_cells = [(start + a, start + b) for a, b in cells[-k:]]
            if len(rows) >= 2 and any(_VALUE_HEADER.search(text[a:b]) for a, b in value_cells):
                label_cell = (start, start + len(header[:cells[-k][0]].rstrip())) if has_label else (start, start)
                found = [[label_cell, *value_cells], *rows]
                break
        if found is None:
            i += 1
            continue
        tables.append(_key_apart(text, found, [(start + a, start + b) for a, b in cells[:-k]]))
        i = j
    return tables


_LEADING_KEY = re.compile(ROW_KEY + r"(?=[ \t]+\S)", re.IGNORECASE)


def _key_apart(text: str, table: list[list[tuple[int, int]]], label_heads: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Under a header naming two row columns (« Lot Intitulé »), each row's label split into its key and the
    rest (« 01 » and « Reliure et dorure »)."""
    if len(label_heads) < 2:
        return table
    keys = [None if _TOTAL_KEY.match(text[slice(*row[0])]) else _LEADING_KEY.match(text, row[0][0], row[0][1])
            for row in table[1:]]
    if not any(keys) or any(key is None and not _TOTAL_KEY.match(text[slice(*row[0])]) for key, row in zip(keys, table[1:], strict=True)):
        return table
    (a, _), (c, _) = label_heads[0], label_heads[1]
    out = [[(a, a + len(text[a:c].rstrip())), (c, table[0][0][1]), *table[0][1:]]]
    for key, row in zip(keys, table[1:], strict=True):
        lo, hi = row[0]
        if key is None:
            out.append([row[0], (hi, hi), *row[1:]])
        else:
            rest = key.end() + len(text[key.end():hi]) - len(text[key.end():hi].lstrip())
            out.append([(lo, key.end()), (rest, hi), *row[1:]])
    return out


_BARE_LOT = re.compile(LOTS, re.IGNORECASE)


def _same_keys(text: str, rows: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """The rows up to the first that breaks their pattern: when the first two open on a key (« 01 - Gros
    œuvre », « Lot 2 »), a line that does not, nor is a total, is the prose after the table."""
    if len(rows) < 2 or not all(_ROW_KEY.match(text[slice(*row[0])]) for row in rows[:2]):
        return rows
    for n, row in enumerate(rows):
        if not _ROW_KEY.match(text[slice(*row[0])]):
            return rows[:n]
    return rows


def _segments(line: str, starts: list[int]) -> list[tuple[int, int]]:
    bounds = [*starts, len(line)]
    return [(a, a + len(line[a:b].rstrip())) for a, b in pairwise(bounds)]


def _figure_row(text: str, start: int, end: int, k: int, has_label: bool) -> list[tuple[int, int]] | None:
    """[label, figure 1, …, figure k] of a row ending on k figures (« 1 150 600 » under « Lot », « Heures / an »,
    « Heures sur 4 ans » is lot 1, 150 and 600), or None."""
    line = text[start:end].rstrip()
    if not line or len(line) > _ROW_MAX or "|" in line:
        return None
    atoms: list[re.Match[str]] = []
    pos = len(line)
    for m in reversed(list(_ATOM.finditer(line))):
        if line[m.end():pos].strip() or (m.start() and not line[m.start() - 1].isspace()):
            break
        atoms.append(m)
        pos = m.start()
    atoms.reverse()
    if atoms and len(atoms) < k and all(m.group("none") for m in atoms) and _NOTHING_TO_SAY.search(line[:atoms[0].start()]):
        # a row said empty in its label (« L3 sans objet (lot réservé) - - »): as many empty cells as figures
        label_end = start + len(line[:atoms[0].start()].rstrip())
        return [(start, label_end), *[(start + len(line), start + len(line))] * k]
    for first in range(len(atoms)):
        label = line[:atoms[first].start()].strip()
        if (has_label and not label) or _BARE_LOT.fullmatch(label):
            continue  # « Lot 1 200 » is lot 1's 200, not a lot's 1 200
        if " " in label and label.rsplit(" ", 1)[1].isdigit():
            return None  # « 1 600 70 »: lot 1 and 600, 70, or lot 1 600 and 70? no reading
        figures = _partitions(atoms[first:], k)
        if len(figures) == 1:
            cells = [(start + atoms[first + a].start(), start + atoms[first + b].end()) for a, b in figures[0]]
            return [(start, start + len(line[:atoms[first].start()].rstrip())), *cells]
        if figures:
            return None  # read two ways: no reading
    return None


def _partitions(atoms: list[re.Match[str]], k: int) -> list[list[tuple[int, int]]]:
    """The ways of reading the atoms as exactly k figures (each a (first, last) atom index pair), at most two."""
    if k == 0:
        return [[]] if not atoms else []
    if not atoms:
        return []
    out: list[list[tuple[int, int]]] = []
    head = atoms[0]
    ends = [0]
    if head.group("digits") is not None and head.group("digits")[0] == "0" and head.group("digits") != "0":
        return []  # « 000 € » continues a figure, it opens none
    if head.group("digits") is not None and len(head.group("digits")) <= 3 and not (head.group("dec") or head.group("mark")):
        for n in range(1, len(atoms)):
            atom = atoms[n]
            if atom.group("digits") is None or len(atom.group("digits")) != 3:
                break
            ends.append(n)
            if atom.group("dec") or atom.group("mark"):
                break
    for last in ends:
        for rest in _partitions(atoms[last + 1:], k - 1):
            out.append([(0, last), *[(a + last + 1, b + last + 1) for a, b in rest]])
            if len(out) > 1:
                return out
    return out


def _cell_per_line_tables(text: str, lines: list[tuple[int, int]]) -> list[list[list[tuple[int, int]]]]:
    tables = []
    lines = [_stripped(text, span) for span in lines]
    short = [bool(text[a:b]) and len(text[a:b]) <= _HEADER_CELL_MAX and "|" not in text[a:b] for a, b in lines]
    heading: dict[tuple[int, bool], bool] = {}  # whether line n can head a column or wrap a heading, asked once

    def can_head(n: int, first: bool) -> bool:
        """Line n can head a column (`first`), or continue a heading wrapped in its column."""
        if (n, first) not in heading:
            cell = text[slice(*lines[n])]
            plain = short[n] and not _ROW_KEY.match(cell) and not _FIGURE.search(cell)
            heading[n, first] = plain and bool((_HEADER_LINE if first else _WRAPPED_HEADER).match(cell))
        return heading[n, first]

    i = 0
    while i < len(lines):
        best: tuple[list[list[tuple[int, int]]], int] | None = None
        if not (short[i] and i + 2 < len(lines) and short[i + 1] and short[i + 2]):
            i += 1  # a header of two cells or more, then a row: three short lines at least
            continue
        readings: list[list[tuple[int, int]]] = [[]]  # the heading read so far: its cells, each over one line or more
        for h in range(1, _HEADING_LINES_MAX + 1):
            if i + h > len(lines):
                break
            line = lines[i + h - 1]
            column, wrap = can_head(i + h - 1, True), h > 1 and can_head(i + h - 1, False)
            # each line heads a column or continues the one before, wrapped in it (« Montant maximum » over
            # « annuel (k€ HT) », « Heures de main-d'œuvre » over « estimées »); « HT (€) » may be either
            readings = ([[*cells, line] for cells in readings] if column else []) + \
                       ([[*cells[:-1], (cells[-1][0], line[1])] for cells in readings] if wrap else [])
            readings = [cells for cells in readings if len(cells) < _CELLS_PER_ROW.stop][:_READINGS_MAX]
            if not readings:
                break
            for head in readings:
                if len(head) < _CELLS_PER_ROW.start:
                    continue
                rows, after = _rows_of(text, lines, short, i + h, len(head))
                if len(rows) >= 2 and (best is None or after > best[1]):
                    best = ([head, *rows], after)
        if best is None:
            i += 1
            continue
        tables.append(best[0])
        i = best[1]
    return tables


def _rows_of(text: str, lines: list[tuple[int, int]], short: list[bool], i: int,
             k: int) -> tuple[list[list[tuple[int, int]]], int]:
    """Rows of k lines from line i, each opening on a key, and the line after them. A total row may hold
    one line less (its label over two columns, or an empty cell): then its figures go to the last columns."""
    rows = []
    kind = None  # the rows' keys are of one kind: lots, row numbers or years (« 2027 », « 300 », « 2028 » is no table)
    while i < len(lines) and short[i] and (key := _ROW_KEY.match(text[slice(*lines[i])])):
        if not _TOTAL_KEY.match(key.group()):
            kind = kind or _key_kind(key.group())
            if _key_kind(key.group()) != kind:
                break
        full = i + k <= len(lines) and all(short[i:i + k])
        if _TOTAL_KEY.match(text[slice(*lines[i])]) and k > 2 and i + k - 1 <= len(lines) and all(short[i:i + k - 1]) \
                and not (full and re.search(r"\d", text[slice(*lines[i + k - 1])])):
            end = lines[i + k - 2][1]
            rows.append([lines[i], (end, end), *lines[i + 1:i + k - 1]])
            return rows, i + k - 1
        if not full:
            break
        if any(_misaligned(text[slice(*span)], kind) for span in lines[i + 1:i + k]):
            break  # a year, a lot's mark or « Total » inside a row: the columns are not these
        rows.append(list(lines[i:i + k]))
        i += k
    return rows, i


def _misaligned(cell: str, kind: str | None) -> bool:
    key = _ROW_KEY.match(cell)
    if key is None:
        return False
    return bool(_TOTAL_KEY.match(cell)) or (kind in ("year", "named") and _key_kind(key.group()) == kind)


def _key_kind(key: str) -> str:
    key = key.strip()
    if re.fullmatch(r"(?:19|20)\d\d", key):
        return "year"
    return "number" if key[:1].isdigit() else "named"
