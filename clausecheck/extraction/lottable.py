"""Lots read from tables (pdfplumber tables of ruled PDF pages, DOCX/ODT tables, XLSX sheets)
and from text rows (« Lot n° 1 Démolition - Gros œuvre 612 000 € Clause d'insertion »):
number, title, amounts by column, reservation of the lot.

Also `reserved_bases_in(text)`: the legal bases of a reservation stated in a short passage.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from clausecheck.extraction.amount_wording import PER_SPAN, period_months, span_months
from clausecheck.extraction.numbers import AMOUNT_RE, find_amounts, parse_number
from clausecheck.extraction.textscan import Scanner
from clausecheck.model import Document
from clausecheck.patterns import (
    CURRENCY,
    LOT,
    LOT_NUMERO,
    LOT_ON_LINE,
    LOTS,
    NE_ELIDED,
    NUMERO,
    NUMERO_OPT,
    NUMERO_SIGN,
    ROW_KEY,
    TOTAL_CELL,
)
from clausecheck.tables import framed_tables, text_tables

# ------------------------------------------------------------------ reservation of a lot
_RESERVED_RE = re.compile(r"r[ée]serv[ée]", re.IGNORECASE)
_NOT_RESERVED_RE = re.compile(r"\bnon\s+r[ée]serv|\bn['’]\s?est\s+pas\s+r[ée]serv|\baucun\s+lot\s+" + NE_ELIDED + r"\s?est\s+r[ée]serv|"
                              r"\bne\s+(?:sont|seront|sera)\s+pas\s+r[ée]serv|r[ée]serv[ée]e?s?\s*:\s*non\b", re.IGNORECASE)
_BASE_RES = (
    ("L2113-13-1", re.compile(r"L\.?\s?2113-13-1\b|p[ée]nitentiaire|personnes\s+d[ée]tenues|\bd[ée]tenus\b", re.IGNORECASE)),
    ("L2113-13", re.compile(r"L\.?\s?2113-13(?!-)\b|\bSIAE\b|insertion\s+par\s+l['’]\s?activit[ée]\s+[ée]conomique|"
                            r"structures?\s+d['’]\s?insertion", re.IGNORECASE)),
    ("L2113-12", re.compile(r"L\.?\s?2113-12\b|\bESAT\b|entreprises?\s+adapt[ée]es|\bEA\b|travailleurs\s+handicap|"
                            r"ateliers?\s+prot[ée]g", re.IGNORECASE)),
    ("L2113-15", re.compile(r"L\.?\s?2113-15\b|[ée]conomie\s+sociale\s+et\s+solidaire|\bESS\b", re.IGNORECASE)),
)


def reserved_bases_in(text: str) -> list[str]:
    """Bases of a reservation stated in a short passage (a table row, a sentence); [] when the
    passage does not say « réservé » or says it is not."""
    if not _RESERVED_RE.search(text) or _NOT_RESERVED_RE.search(text):
        return []
    out = []
    for base, rx in _BASE_RES:
        m = rx.search(text)
        if m and not (base == "L2113-13" and "L2113-13-1" in out and re.match(r"L\.?\s?2113-13", m.group())):
            out.append(base)
    return out


# ------------------------------------------------------------------ tables
@dataclass(slots=True)
class LotRow:
    number: int
    title: str = ""
    amounts: dict[str, float] = field(default_factory=dict)  # 'estimated' / 'max' / 'min' -> value as written
    # kind -> the months its figure is given for: 12 a year's, 24 « par période de 24 mois », 0 the whole term
    per_months: dict[str, int] = field(default_factory=dict)
    # kind -> the lot's figure for each period of a table by period: (period, value, start, end), the period as
    # amount_candidates.Candidate.period names it (« initial », « renewal », « renewal 2 », « dated année 1 »)
    periods: dict[str, list[tuple[str, float, int, int]]] = field(default_factory=dict)
    reserved_bases: list[str] = field(default_factory=list)
    start: int = 0  # span of the row (its lot cell) in the scanner's text
    end: int = 0
    amount_spans: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(slots=True)
class LotTable:
    rows: dict[int, LotRow] = field(default_factory=dict)
    totals: dict[str, tuple[float, int, int, int]] = field(default_factory=dict)  # kind -> (value, start, end, per_months)
    # text tables framed by bars read here, in the scanner's text: their figures are read by column here,
    # not one by one as prose
    text_spans: list[tuple[int, int]] = field(default_factory=list)


_CELL_LOT_RE = re.compile(r"^\s*(?:" + LOT + r":?\s*)?0*(\d{1,3})\s*[.:)\-–]?\s*$", re.IGNORECASE)
_CELL_LOT_LEAD_RE = re.compile(r"^\s*" + LOT + r":?\s*0*(\d{1,3})\b\s*[.:)\-–]?\s*(?P<rest>.*)$",
                               re.IGNORECASE | re.DOTALL)
# a column given to some lots (« Lots 1 et 2 » over their weights): no column of lot numbers
_NAMED_LOTS_HEADER_RE = re.compile(r"^\s*" + LOTS + r"\d{1,3}\s*(?:,|et|à|a|-|&)\s*\d", re.IGNORECASE)
_LOT_HEADER_RE = re.compile(r"^\s*(?:" + NUMERO_SIGN + r"\s*(?:de\s+)?)?lots?\b|^\s*" + NUMERO_SIGN + r"\s*$|\b" + LOT_NUMERO
                            + r"|num[ée]ro\s+(?:de\s+|du\s+)?lot", re.IGNORECASE)
# in the column headed « Lot », a number and the lot's title: « 1 – Mobilier de bureau »
_CELL_NUMBER_TITLE_RE = re.compile(r"^\s*0*(\d{1,3})\s*[-–.)]\s+(?P<rest>\S.*)$", re.DOTALL)
# a bare « N° » / « Numéro » header numbers the rows (items of a price schedule), not lots: it heads
# the lot column only when its cells say « Lot 1 »
_BARE_NUMBER_HEADER_RE = re.compile(r"^\s*(?:" + NUMERO_SIGN + r"|num[ée]ro|n\s?o\.?)\s*$", re.IGNORECASE)
_TITLE_HEADER_RE = re.compile(r"d[ée]signation|intitul|libell|objet|nature|description|titre|prestations?|corps\s+d", re.IGNORECASE)
_AMOUNT_HEADER_RE = re.compile(r"montant|estim|valeur|budget|co[uû]t|€|\beur\b|euros?|\bht\b|h\.t|enveloppe|\bmaxi|\bmini|\bmax\b|\bmin\b",
                               re.IGNORECASE)
# never an amount of a lot or of the contract, whatever else the header says (« Prix unitaire HT »)
_NEVER_AMOUNT_HEADER_RE = re.compile(r"(?:par|d['’]un|de\s+chaque)\s+(?:bon\s+de\s+)?commande|par\s+march[ée]\s+subs[ée]quent|"
                                     r"unitaire|\bp\.?\s?u\.?(?:\s|$)|prix\s+unit|quantit|\bqt[ée]s?\b|\bunit[ée]s?\b|"
                                     r"/\s?(?:m[²2³3]?|ml|u|h|kg|t|j|heure|jour)\b|"
                                     # what a candidate must show, not what the contract is worth
                                     r"chiffre\s+d['’]\s?affaires|\bca\s+(?:annuel|minimal|moyen)|capital\s+social|assurance",
                                     re.IGNORECASE)
_NOT_AMOUNT_HEADER_RE = re.compile(r"unitaire|\bp\.?u\.?\b|quantit|\bqt[ée]|\bttc\b|t\.t\.c|%|pourcentage|d[ée]lai|dur[ée]e|"
                                   r"heures?|nombre", re.IGNORECASE)
_TOTAL_CELL_RE = re.compile(r"^\s*" + TOTAL_CELL, re.IGNORECASE)


def header_kind_of_cell(header: str) -> str | None:
    h = header.lower()
    if _NEVER_AMOUNT_HEADER_RE.search(h):
        return None
    if not _AMOUNT_HEADER_RE.search(h) or (_NOT_AMOUNT_HEADER_RE.search(h) and not re.search(r"\bht\b|h\.t", h)):
        return None
    if re.search(r"\bttc\b|t\.t\.c|toutes\s+taxes", h) and not re.search(r"\bht\b|h\.t|hors", h):
        return None
    if re.search(r"\bmaxi|\bmax\b", h):  # « Montant maximum », « Max. HT » (not « administratives »)
        return "max"
    if re.search(r"\bmini|\bmin\b", h):
        return "min"
    return "estimated"


def _cell_amount(cell: str) -> float | None:
    cell = (cell or "").strip()
    if not cell or not re.search(r"\d", cell):
        return None
    found = find_amounts(cell)
    if found:
        return found[0].value if found[0].tax != "TTC" else None
    cleaned = re.sub(r"(?i)\s*(?:€|eur(?:os?)?|h\.?t\.?|hors\s+taxes?)\s*", " ", cell).strip()
    value = parse_number(cleaned)
    return value


# a header that gives its column's unit in thousands or millions (« Montant maximum annuel (k€ HT) »)
_THOUSANDS_HEADER_RE = re.compile(r"\bk\s?€|\bk\s?eur\b|\bkeur\b|milliers?\s+d['’]\s?euros", re.IGNORECASE)
_MILLIONS_HEADER_RE = re.compile(r"\bm\s?€|\bm\s?eur\b|\bmeur\b|millions?\s+d['’]\s?euros", re.IGNORECASE)


def header_scale(header_cell: str) -> float:
    """1 000 for a header or caption in thousands of euros (« k€ HT », « en milliers d'euros »), 10⁶ in millions, else 1."""
    if _THOUSANDS_HEADER_RE.search(header_cell):
        return 1_000.0
    if _MILLIONS_HEADER_RE.search(header_cell):
        return 1_000_000.0
    return 1.0


def _column_scale(header: list[str], column: int, caption_scale: float) -> float:
    """The unit of a column: its header's (« Max. (k€ HT) »), else the caption's (« Montants en k€ HT »)."""
    own = header_scale(header[column]) if column < len(header) else 1.0
    return own if own != 1.0 else caption_scale


def _scaled_amount(cell: str, scale: float) -> float | None:
    """A cell's amount in euros, its header's unit applied to a bare figure (« 60 » under « k€ HT »)."""
    value = _cell_amount(cell)
    if value is None or scale == 1.0 or find_amounts(cell):
        return value
    return value * scale


def _clean(cell: str) -> str:
    return " ".join(str(cell or "").split())


def _find(scan: Scanner, needle: str, start: int, limit: int) -> int:
    """Where a cell's text appears in the analysis text (spaces may differ), or -1."""
    needle = _clean(needle)
    if not needle:
        return -1
    words = needle.split()
    # never inside a longer word or number (the « 2 » of « m2 », the « 1 » of « 12 »); a dash may be drawn otherwise
    pattern = r"\s+".join("[-–—]" if w in ("-", "–", "—") else re.escape(w) for w in words[:6])
    if words[0][0].isalnum():
        pattern = r"(?<![\w²³])" + pattern
    if len(words) <= 6 and words[-1][-1].isalnum():
        pattern += r"(?![\w²³])"
    m = re.compile(pattern, re.IGNORECASE).search(scan.text, start, min(len(scan.text), limit))
    return m.start() if m else -1


def table_lots(doc: Document, scan: Scanner) -> LotTable:
    """Lots listed in the document's tables: a column of lot numbers (headed « Lot » or holding
    « Lot n° 1 » cells), the title column, the amount columns (kind from their header)."""
    out = LotTable()
    for page_index, page in enumerate(doc.pages):
        base = doc.page_starts[page_index] if page_index < len(doc.page_starts) else 0
        page_end = base + len(page.text)
        for table in page.tables or []:
            if not table or len(table) < 2:
                continue
            # (its first words in the text's order, before any sign the text layer may render otherwise: « – »)
            words = " ".join(str(c or "") for c in table[0]).split()
            lead = list(itertools.takewhile(lambda w: re.fullmatch(r"[\w'’.]+", w) is not None, words))[:6]
            at = _find(scan, " ".join(lead), base, page_end + 1) if lead else -1
            months, caption_kind, scale = _said_above(scan.text, at) if at > 0 else (0, None, 1.0)
            _read_table(_lots_as_rows(table), scan, base, page_end, out, all_months=months, caption_kind=caption_kind,
                        caption_scale=scale, table_at=at)
    _framed_rows(scan, out)
    _text_rows(scan, out)
    return out


def _lots_as_rows(table: list[list[str]]) -> list[list[str]]:
    """A table whose lots are its columns (« | Lot 1 – Parcs | Lot 2 – Voirie | » over « Montant estimatif HT | 120 000 € |
    96 000 € ») turned on its side, a row per lot, as the reader expects it."""
    head = [_clean(c) for c in table[0]]
    if sum(1 for c in head[1:] if _CELL_LOT_LEAD_RE.match(c) or _CELL_LOT_RE.match(c)) < 2 \
            or not any(row and header_kind_of_cell(_clean(row[0])) for row in table[1:]):
        return table
    width = max(len(row) for row in table)
    rows = [[str(row[j] or "") if j < len(row) else "" for row in table] for j in range(width)]
    rows[0][0] = rows[0][0] or "Lot"
    return rows


# what the line above a table says of all its figures: « … sont fixés pour la période initiale d'un an : »
_PARAGRAPH_ANNUAL_RE = re.compile(r"montants?\b[^.;]{0,120}?(?:\bannuels?\b|\bpar\s+an\b|/\s?an\b)"
                                  # the year said first, as a period of twelve months: « assorti, pour chaque période de
                                  # douze mois, d'un montant minimum et d'un montant maximum : »
                                  r"|(?:par|chaque)\s+p[ée]riode\s+(?:d['’]\s?\w+\s+)?de\s+(?:12|douze)\s+mois\b[^.;]{0,80}?"
                                  r"\bmontants?\b", re.IGNORECASE)
_PARAGRAPH_SPAN_RE = re.compile(r"montants?\s+(?:maxim|minim|estim)\w*[^.;\n]{0,100}?(?:" + PER_SPAN.pattern + ")")
# (« période initiale » names one period, unless the periods it lists make the whole term: « pour la durée totale de
# l'accord-cadre (période initiale et trois reconductions) »)
_CAPTION_ANNUAL_RE = re.compile(r"annuel|par\s+an\b|/\s?an\b|chaque\s+ann[ée]e|p[ée]riode\s+initiale(?!\s+et\s+(?:les\s+|ses\s+)?"
                                r"(?:\w+\s+)?(?:reconductions?|renouvellements?|p[ée]riodes?\s+de\s+reconduction))|"
                                r"pour\s+(?:une|la)\s+"
                                r"(?:premi[èe]re\s+)?(?:ann[ée]e|p[ée]riode)\b", re.IGNORECASE)


_ROW_KEY_RE = re.compile(ROW_KEY, re.IGNORECASE)


def _lots_read_already(cells: list[list[str]], out: LotTable) -> bool:
    """Every row of a table rendered as text keys a lot whose amounts a reading of the same table made already."""
    numbers = [int(m.group(1)) for row in cells[1:] if row and (m := _ROW_KEY_RE.match(row[0].strip()))]
    return len(numbers) >= 2 and all(n in out.rows and out.rows[n].amounts for n in numbers)


def _said_above(text: str, start: int) -> tuple[int, str | None, float]:
    """What the lines just above a table say of all its figures: the months they are given for (12 a year's, 0 the
    whole term), their kind (« Les montants maximums … sont fixés comme suit : ») and their unit (k€)."""
    caption_start = text.rfind("\n", 0, max(text.rfind("\n", 0, start), 0)) + 1
    caption = text[caption_start:start]
    # the unit may be said a little higher (« Les montants … sont exprimés en milliers d'euros hors taxes
    # (k€ HT), par\nan ; chaque lot … »), within the paragraph just above
    paragraph = text[max(0, start - 400):start].split("\n\n")[-1].split("\n")[-4:]
    # and so may the year the figures are given for (« … en milliers d'euros hors taxes (k€ HT), par\nan »)
    said_yearly = _PARAGRAPH_ANNUAL_RE.search(" ".join(paragraph))
    # or the period of n months they are given for (« le montant maximum par période de 24 mois »)
    # (within one sentence: a line that wraps a sentence goes on in lower case; a heading's line does not)
    joined = re.sub(r"(?<=[a-zà-ÿ,])\n(?=[a-zà-ÿ])", " ", "\n".join(paragraph))
    said_span = _PARAGRAPH_SPAN_RE.search(joined.lower())
    months = 12 if _CAPTION_ANNUAL_RE.search(caption) or said_yearly else (span_months(said_span) if said_span else 0)
    # the kind: the caption's, else the sentence that opens the table (« Les montants maximum des commandes\nsont
    # fixés, pour chaque lot et pour chaque période, dans le tableau ci-dessous : »), else the last sentence above that
    # points at it (« … est fixé par année d'exécution dans le tableau ci-dessous. Il n'est pas fixé de montant
    # minimum. »); a kind said not to exist is none (« Il n'est pas fixé de montant minimum »)
    kind = header_kind_of_cell(kind_said(caption)) or next(
        (found for sentence in reversed(re.split(r"(?<=[.;])\s+|\n", joined.rstrip()))
         if _POINTS_AT_TABLE_RE.search(sentence) and (found := header_kind_of_cell(kind_said(sentence)))), None)
    return months, kind, header_scale("\n".join(paragraph))


# a sentence pointing at the table below it: « dans le tableau ci-dessous », « comme suit : », « … : »
_POINTS_AT_TABLE_RE = re.compile(r"tableau\s+(?:ci-dessous|suivant|ci-apr[èe]s)|ci-apr[èe]s|comme\s+suit|:\s*$",
                                 re.IGNORECASE)
# a kind of amount said not to exist: « Il n'est pas fixé de montant minimum », « sans minimum », « aucun maximum »
_NO_KIND_RE = re.compile(r"(?:n[’']est|ne\s+sont)\s+pas\s+fix[ée]e?s?\s+de\s+montants?\s+\w+|\bpas\s+de\s+montants?\s+"
                         r"(?:minim|maxim)\w*|\bsans\s+(?:montants?\s+)?(?:minim|maxim)\w*|\baucun\s+(?:montant\s+)?"
                         r"(?:minim|maxim)\w*", re.IGNORECASE)


def kind_said(text: str) -> str:
    """A caption or a sentence over figures, the kinds of amount it says do not exist taken out (« Il n'est pas fixé
    de montant minimum. »): what is left names the kind of its figures."""
    return _NO_KIND_RE.sub(" ", text)


def _framed_rows(scan: Scanner, out: LotTable) -> None:
    """Lots tables rendered as text: rows between bars (« | 1 | Voirie | 40 000 € | 80 000 € | »), rows of
    figures under a header line, one cell per line (layout.text_tables); read by column like a ruled
    table: each figure gets the kind of its own column's header."""
    text = scan.text
    for rows in framed_tables(text) + text_tables(text):
        start, end = rows[0][0][0], rows[-1][-1][1]
        before = {num: dict(row.amounts) for num, row in out.rows.items()}  # (rows another reading made may be its)
        cells = [[text[a:b] for a, b in row] for row in rows]
        months, caption_kind, scale = _said_above(text, start)
        _read_table(cells, scan, start, end, out, all_months=months, caption_kind=caption_kind, caption_scale=scale)
        header = " ".join(cells[0])
        # (its rows read now, or already read from the page's ruled table that the text renders)
        read = {num: dict(row.amounts) for num, row in out.rows.items()} != before or _lots_read_already(cells, out)
        if read and _AMOUNT_HEADER_RE.search(header) and not find_amounts(header):
            out.text_spans.append((start, end))  # a lots table whose header names its amount columns


# a table rendered as text whose amount cells carry no currency sign: the header names the lot
# column and the amount column with its unit (« Lot  Désignation  Montant estimé en euros HT »)
_TEXT_HEADER_RE = re.compile(r"^[^\n]*\blots?\b[^\n]*$", re.MULTILINE)
_BARE_ROW_RE = re.compile(r"[ \t]*(?:[-•*|][ \t]*)?(?:" + LOT_ON_LINE + r")?0*(?P<n>\d{1,3})[ \t]*[-.:)–|]?[ \t]+"
                          r"(?P<t>[^\d\n|][^\n]*?)(?:[ \t]*\|)?[ \t]+(?P<v>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{2})?)"
                          r"[ \t]*(?P<cur>" + CURRENCY + r")?[ \t]*(?:h\.?t\.?)?[ \t|]*(?:\n|$)",
                          re.IGNORECASE)
_LOT_ANCHOR = re.compile(r"lot")


def _text_rows(scan: Scanner, out: LotTable) -> None:
    low = scan.low
    done = -1
    for a, _b in scan.windows(_LOT_ANCHOR, 0, 0):
        if a < done:
            continue
        line_start = low.rfind("\n", 0, a) + 1
        line_end = low.find("\n", a)
        line_end = len(low) if line_end < 0 else line_end
        done = line_end
        header = low[line_start:line_end]
        kind = header_kind_of_cell(header) if len(header) < 160 and re.search(r"€|euros?|\bht\b|h\.t", header) else None
        if kind is None or find_amounts(header) or re.search(r"\d{3}", header):
            continue
        pos = line_end + 1
        rows: list[re.Match[str]] = []
        while len(rows) < 60:
            m = _BARE_ROW_RE.match(scan.text, pos)
            # a row that opens with « Lot 1 » and gives its amount in euros is read with the text
            # (amounts.py); one that opens with a bare number (« 1 | VRD | 145 000,00 € ») only here
            if not m or (find_amounts(m.group()) and (m.group("cur") is None or re.match(r"[ \t]*(?:[-•*|][ \t]*)?lot", m.group(), re.IGNORECASE))):
                break
            rows.append(m)
            pos = m.end()
        if len(rows) < 2 or len({int(m.group("n")) for m in rows}) != len(rows):
            continue
        for m in rows:
            num = int(m.group("n"))
            value = parse_number(m.group("v"))
            if num > 300 or not value or num in out.rows:
                continue
            row = out.rows[num] = LotRow(num, cut_title(m.group("t").strip()), start=m.start("n"), end=m.end("n"))
            row.amounts[kind] = value
            row.per_months[kind] = period_months(header)
            row.amount_spans[kind] = m.span("v")


def _names_lots(body: list[list[str]], col: int) -> bool:
    """The cells of a column read « Lot 1 », « Lot n° 2 » (at least two of them, most of the filled ones)."""
    cells = [r[col] for r in body if col < len(r) and r[col]]
    hits = sum(1 for c in cells if re.match(r"^\s*lot\b", c, re.IGNORECASE) and _CELL_LOT_LEAD_RE.match(c))
    return hits >= 2 and hits * 2 >= len(cells)


_LOTS_WORD_RE = re.compile(r"\blots?\b|\balloti", re.IGNORECASE)


def _numbered_lots_table(header: list[str], scan: Scanner) -> bool:
    """A « N° » column numbers lots when the other columns give amounts of a lot (« Montant maximum HT »),
    none of them is a unit, a quantity or a unit price (a price schedule), and the document speaks of lots."""
    if any(_NEVER_AMOUNT_HEADER_RE.search(h) for h in header if h):
        return False
    if not any(header_kind_of_cell(h) for h in header if h):
        return False
    return bool(_LOTS_WORD_RE.search(scan.text))


def _read_table(table: list[list[str]], scan: Scanner, base: int, page_end: int, out: LotTable,
                all_months: int = 0, caption_kind: str | None = None, caption_scale: float = 1.0,
                table_at: int = -1) -> None:
    rows = [[_clean(c) for c in row] for row in table]
    # the header: one of the first eight rows with a lot column, else none (cells say « Lot n° 1 »)
    header_index = None
    lot_col = None
    for i, row in enumerate(rows[:8]):
        for j, cell in enumerate(row):
            if cell and len(cell) < 40 and _LOT_HEADER_RE.search(cell) and not _CELL_LOT_LEAD_RE.match(cell) \
                    and not _NAMED_LOTS_HEADER_RE.match(cell):
                if _BARE_NUMBER_HEADER_RE.match(cell) and not _names_lots(rows[i + 1:], j) \
                        and not _numbered_lots_table(row, scan):
                    continue
                header_index, lot_col = i, j
                break
        if header_index is not None:
            break
    body_start = (header_index + 1) if header_index is not None else 0
    body = rows[body_start:]
    if lot_col is None:
        # no header: the first column whose cells read « Lot n° N » in at least two rows
        width = max(len(r) for r in rows)
        for j in range(min(width, 3)):
            hits = sum(1 for r in rows if j < len(r) and re.match(r"^\s*lot\b", r[j], re.IGNORECASE)
                       and _CELL_LOT_LEAD_RE.match(r[j]))
            if hits >= 2:
                lot_col = j
                break
        if lot_col is None:
            return
        if not _CELL_LOT_LEAD_RE.match(rows[0][lot_col]) and any(header_kind_of_cell(c) for c in rows[0] if c):
            header_index, body = 0, rows[1:]  # a header with no cell over the lots' column (« | Minimum HT | Maximum HT »)
    header = rows[header_index] if header_index is not None else []
    # a header may span two rows (« Montant estimé » above « (€ HT) »)
    if header_index is not None and len(rows) > header_index + 1 and not any(
            _CELL_LOT_RE.match(c) or _CELL_LOT_LEAD_RE.match(c) for c in rows[header_index + 1][lot_col:lot_col + 1]):
        nxt = rows[header_index + 1]
        if not any(_cell_amount(c) for c in nxt):
            header = [(h + " " + (nxt[k] if k < len(nxt) else "")).strip() for k, h in enumerate(header)]
            body = rows[header_index + 2:]
    title_col = next((k for k, h in enumerate(header) if k != lot_col and _TITLE_HEADER_RE.search(h)
                      and not header_kind_of_cell(h)), None)
    header_kinds = {k: header_kind_of_cell(h) for k, h in enumerate(header) if k != lot_col and k != title_col}
    if caption_kind and not any(header_kinds.values()) and not any(_OWN_KIND_RE.search(h) for h in header):
        header_kinds = _caption_kinds(header, header_kinds, caption_kind)
    col_months = {k: all_months or period_months(h) for k, h in enumerate(header)}
    # of two columns of one kind (« Max. annuel HT », « Max. sur 4 ans HT »), the one over the whole term first, then a
    # total before the parts it adds (« Tranche ferme € HT | Tranches optionnelles € HT | Total € HT »)
    amount_cols = {k: v for k, v in sorted(header_kinds.items(), key=lambda item: (
        bool(col_months.get(item[0])), not _TOTAL_CELL_RE.match(header[item[0]]), bool(_PART_CELL_RE.search(header[item[0]])))) if v}
    # a lots table by period (« Lot | Période initiale | Chaque période de reconduction ») whose kind the lines above
    # give: each lot's figure for each period, added up over the renewals later (amount_periods.combine_periods)
    # ... or whose header cells give both the kind and the period (« Maximum de la période initiale (€ HT) », « Maximum
    # de chaque reconduction (€ HT) »): one kind over every column, each column a period
    period_cols = _period_columns(header, lot_col, title_col)
    if not amount_cols:
        period_kind = caption_kind
    elif len(set(amount_cols.values())) == 1 and set(period_cols) == set(amount_cols):
        period_kind = next(iter(amount_cols.values()))
    else:
        period_kind = None
    if not period_kind:
        period_cols = {}
    seen_numbers: dict[int, int] = {}
    parsed: list[tuple[int, list[str], str]] = []
    totals_rows: list[list[str]] = []
    for row in body:
        if lot_col >= len(row):
            continue
        cell = row[lot_col]
        m = _CELL_LOT_RE.match(cell)
        rest = ""
        if not m:
            m = _CELL_LOT_LEAD_RE.match(cell) or (_CELL_NUMBER_TITLE_RE.match(cell) if header_index is not None else None)
            rest = m.group("rest").strip(" :-–.") if m else ""
        if not m:
            if any(_TOTAL_CELL_RE.match(c) for c in row[:lot_col + 2] if c):
                totals_rows.append(row)
            continue
        num = int(m.group(1))
        if num > 300:
            continue
        seen_numbers[num] = seen_numbers.get(num, 0) + 1
        parsed.append((num, row, rest))
    if not parsed:
        return
    # a lot number on several rows: a price schedule by lot, not a list of lots (keep numbers only)
    summary = all(n == 1 for n in seen_numbers.values())
    # ... unless each of a lot's rows names one of its parts (« 1 - ripisylve | Tranche ferme (2017-2018) | 80 000 »,
    # « 1 - ripisylve | Tranche optionnelle (2018-2019) | 45 000 »): the lot's figure is the sum of its parts
    parts = not summary and all(any(_PART_CELL_RE.search(c) for k, c in enumerate(row) if k != lot_col)
                                for num, row, _rest in parsed if seen_numbers[num] > 1)
    summary = summary or parts
    read_here: set[tuple[int, str]] = set()  # (lot, kind) read from this table (the same table may be read twice)
    # (a row's lot is looked for from where the table starts: the « 1 » of row 1 is not that of « Article 1 » above)
    cursor = table_at if table_at >= base else base
    for num, row, rest in parsed:
        lot_cell = row[lot_col]
        pos = _find(scan, lot_cell, cursor, page_end + 1)
        if pos < 0:
            pos = _find(scan, lot_cell, base, page_end + 1)
        start = pos if pos >= 0 else base
        end = start + max(len(lot_cell), 1)
        if pos >= 0:
            cursor = end
        title = rest
        if title_col is not None and title_col < len(row) and row[title_col]:
            title = row[title_col]
        if not title:
            title = next((c for k, c in enumerate(row) if k != lot_col and c and k not in amount_cols
                          and not re.fullmatch(r"[\d\s.,€%-]+", c) and _cell_amount(c) is None), "")
        lot = out.rows.get(num)
        if lot is None:
            lot = out.rows[num] = LotRow(num, title[:200], start=start, end=end)
        elif not lot.title and title:
            lot.title = title[:200]
        lot.reserved_bases = lot.reserved_bases or reserved_bases_in(" ".join(row))
        if not summary:
            continue
        cell_cursor = start  # (equal figures on one row: each cell after the one before)
        for k, period in period_cols.items():
            value = _scaled_amount(row[k], _column_scale(header, k, caption_scale)) if k < len(row) else None
            if value and period_kind:  # (period columns are read only where a caption or their header names their kind)
                apos = _find(scan, row[k], cell_cursor, page_end + 1)
                span = (apos, apos + len(row[k])) if apos >= 0 else (start, end)
                cell_cursor = max(cell_cursor, span[1])
                lot.periods.setdefault(period_kind, []).append((period, value, *span))
        for k, kind in amount_cols.items():
            next_part = parts and (num, kind) in read_here
            if k >= len(row) or (kind in lot.amounts and not next_part) or kind in lot.periods:  # (read by period
                continue                                                                          # from the ruled table)
            value = _scaled_amount(row[k], _column_scale(header, k, caption_scale))
            if value is None or value <= 0:
                continue
            read_here.add((num, kind))
            if next_part:  # the lot's next part: its figure adds up, its evidence runs to this cell
                lot.amounts[kind] += value
                apos = _find(scan, row[k], start, page_end + 1)
                if apos >= 0 and kind in lot.amount_spans:
                    lot.amount_spans[kind] = (lot.amount_spans[kind][0], apos + len(row[k]))
                continue
            lot.amounts[kind] = value
            lot.per_months[kind] = col_months.get(k, 0)
            apos = _find(scan, row[k], start, page_end + 1)
            lot.amount_spans[kind] = (apos, apos + len(row[k])) if apos >= 0 else (start, end)
    if summary:
        for row in totals_rows:
            for k, kind in amount_cols.items():
                if k < len(row) and kind not in out.totals:
                    value = _scaled_amount(row[k], _column_scale(header, k, caption_scale))
                    if value:
                        apos = _find(scan, row[k], base, page_end + 1)
                        s = apos if apos >= 0 else base
                        out.totals[kind] = (value, s, s + len(row[k]), col_months.get(k, 0))


# a cell naming one part of a lot: its firm or optional tranche, a phase, a campaign
_PART_CELL_RE = re.compile(r"\btranches?\b|\bphases?\b|\bcampagnes?\b|\bpartie\s+(?:ferme|optionnelle)|\bpse\b|"
                           r"prestations?\s+suppl[ée]mentaires?", re.IGNORECASE)
# a header cell that says what its figures are, even if not read as an amount (« Maximum TTC »): the caption
# above the table does not override it
_OWN_KIND_RE = re.compile(r"\bttc\b|t\.t\.c|toutes\s+taxes|mini|maxi|\bmin\b|\bmax\b|estim", re.IGNORECASE)
# a column per period (« Année 1 », « 2027 », « Période initiale »): a part of the whole term
_PERIOD_COLUMN_RE = re.compile(r"ann[ée]e|\ban\b|p[ée]riode|reconduction|tranche|\b20\d\d\b|year", re.IGNORECASE)


_INITIAL_COLUMN_RE = re.compile(r"p[ée]riode\s+initiale|premi[èe]re\s+p[ée]riode|p[ée]riode\s+ferme|dur[ée]e\s+initiale",
                                re.IGNORECASE)
_RENEWAL_COLUMN_RE = re.compile(r"reconduction", re.IGNORECASE)
_NUMBERED_RENEWAL_RE = re.compile(r"reconduction\s*" + NUMERO_OPT + r"(\d)\b|\b(\d)\s*(?:e|è|ème|re|ère|er)\s+reconduction",
                                  re.IGNORECASE)
_YEAR_COLUMN_RE = re.compile(r"^\s*ann[ée]e\s*" + NUMERO_OPT + r"(\d{1,2})\b", re.IGNORECASE)


def _period_columns(header: list[str], lot_col: int, title_col: int | None) -> dict[int, str]:
    """The columns of a lots table that each name a period, as Candidate.period names it: an initial period and
    its renewals (each, or numbered), or years one by one. Empty unless every other column is one of them."""
    periods: dict[int, str] = {}
    for k, cell in enumerate(header):
        if k in (lot_col, title_col):
            continue
        if (numbered := _NUMBERED_RENEWAL_RE.search(cell)) is not None:
            periods[k] = f"renewal {numbered.group(1) or numbered.group(2)}"
        elif _INITIAL_COLUMN_RE.search(cell):
            periods[k] = "initial"
        elif _RENEWAL_COLUMN_RE.search(cell):
            periods[k] = "renewal"
        elif (year := _YEAR_COLUMN_RE.search(cell)) is not None:
            periods[k] = f"dated année {year.group(1)}"
        elif cell.strip():
            return {}
    numbers = [int(t.split()[1]) for t in periods.values() if t.startswith("renewal ")]
    if numbers:  # « 1re reconduction », « 2e reconduction », « Dernière reconduction »: the last is one more
        for k in sorted(periods):
            if periods[k] == "renewal":
                numbers.append(max(numbers) + 1)
                periods[k] = f"renewal {numbers[-1]}"
    tags = set(periods.values())
    initial_and_renewals = "initial" in tags and len(tags) >= 2 and all(not t.startswith("dated") for t in tags)
    years = len(tags) >= 2 and all(t.startswith("dated") for t in tags)
    return periods if initial_and_renewals or years else {}


def _caption_kinds(header: list[str], columns: dict[int, str | None], kind: str) -> dict[int, str | None]:
    """The kind the line above a table gives its figures (« Les montants maximums … sont fixés comme suit : »)
    when no header cell names one: to its « Total » column, else to the columns that name no period."""
    total = [k for k in columns if _TOTAL_CELL_RE.match(header[k])]
    chosen = total or [k for k in columns if not _PERIOD_COLUMN_RE.search(header[k])
                       and not _NOT_AMOUNT_HEADER_RE.search(header[k])]  # (« Heures d'insertion »)
    return {k: (kind if k in chosen else None) for k in columns}


# ------------------------------------------------------------------ text rows
# the line of a lot row cut before its first amount: « Lot n° 1 Démolition - Gros œuvre 612 000 € … »
_NEXT_LOT_RE = re.compile(r"\s*[;,]?\s*(?:\b(?i:lots?)|(?<=[a-zà-ÿ])Lots?)\s*(?i:" + NUMERO + r")|\s(?:Maxi|Montant|Valeur|Seuil)\b")


def cut_title(title: str) -> str:
    """A lot title read from a text line, stopped before an amount, a following lot mark or a
    trailing column (« Clause d'insertion (CCAP », « Maxi », « Montant »)."""
    m = AMOUNT_RE.search(title)
    if m:
        title = title[:m.start()]
    m = re.search(r"\s(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:[,.]\d{1,2})?)\s*(?:HT|H\.T\.)?\s*$", title)
    if m:
        title = title[:m.start()]
    title = _NEXT_LOT_RE.split(title, maxsplit=1)[0]
    return title.strip(" :-–—.;,|")
