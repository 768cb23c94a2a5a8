"""Which part of the contract a figure belongs to: a lot named before or after it, the lot
section or list entry it stands in, a tranche, or a row of a lots table rendered as text."""

from __future__ import annotations

import itertools
import re

from clausecheck.extraction.amount_wording import MAX_WORDS, MIN_WORDS, NOT_THE_VALUE
from clausecheck.extraction.numbers import find_amounts
from clausecheck.extraction.textscan import Scanner
from clausecheck.model import Document
from clausecheck.patterns import ANNUAL, BASE_SOLUTION, LOT, NOT_A_LIST, NUMERO_OPT, OPTION, last_match
from clausecheck.structure.registers import quoted_by_candidates
from clausecheck.text import lines_above

# an article about another matter than the contract's value, named by its heading (« Article 9 – Avance »,
# « Pénalités », « Garanties »): its figures (a cap on the advance, a penalty) are none of the contract's amounts
_OTHER_MATTER_HEADING = re.compile(r"\bavances?\b|garantie|p[ée]nalit|assurance|sous-trait|acomptes?\b|cautionnement|"
                                   r"retenue|indemnit|r[ée]siliation|d[ée]lais? de paiement|int[ée]r[êe]ts moratoires")
_THE_VALUE_HEADING = re.compile(r"montant|maxim|minim|valeur|estim|prix|dur[ée]e|lots?\b|forme|objet")


# a figure in euros an answer may state for itself (folded text: « € » is « $ »)
_EURO_FIGURE = re.compile(r"\d[\d \u00a0\u202f.,]*\s?(?:\$|euros?\b|eur\b|k\$)")


def other_matters(doc: Document) -> list[tuple[int, int]]:
    """The spans of the sections whose heading names another matter than the contract's value, and a register's
    questions: the figures a candidate quotes or asks for (« porter le montant maximum annuel du lot 2 à 60 000 € HT
    ? » — « Non. ») are not the dossier's (structure/registers.py)."""
    out = quoted_by_candidates(doc.folded, _EURO_FIGURE) if doc.doc_type == "QR" else []
    for section in doc.sections:
        title = section.title.lower()
        if _OTHER_MATTER_HEADING.search(title) and not _THE_VALUE_HEADING.search(title):
            out.append((section.start, section.end))
    return out


LIST_GAP = 120  # lot marks closer than this form a list (« Lot 1 : Prix 50 % », « Lot 2 : … »), not sections


LIST_SCOPE = 400  # how far a list entry's lot still applies


def block_end(low: str, pos: int, lines: int) -> int:
    """End of the block of `lines` lines opened at pos, stopped early by a blank line."""
    end = pos
    for _ in range(lines):
        nxt = low.find("\n", end + 1 if end > pos else end)
        nxt = len(low) if nxt < 0 else nxt
        if not low[end:nxt].strip() and end > pos:
            break
        end = nxt
    return min(end, pos + LIST_SCOPE)


_BULLET_BEFORE = re.compile(r"[ \t]*[-•*–][ \t]*")


def lot_scopes(lot_positions: list[tuple[int, str]], low: str) -> list[tuple[int, str, float]]:
    """(offset, lot, end of scope): a lot mark opens a section up to the next mark, but in a list
    of lots (a run of close marks naming three lots or more) each entry covers the text up to the
    next entry, and the last one only as many lines as the longest entry before it (a row of a
    list, or a « Lot nº / Intitulé / Valeur » block of a notice)."""
    out: list[tuple[int, str, float]] = []
    run: list[tuple[int, str]] = []

    def bulleted() -> bool:
        # (two lots listed as items, « - lot n° 1 : isolation … ; - lot n° 2 : menuiseries … », are a list too)
        return len({lot for _p, lot in run}) >= 2 and all(
            _BULLET_BEFORE.fullmatch(low, low.rfind("\n", 0, p) + 1, p) for p, _lot in run)

    def flush() -> None:
        if len({lot for _p, lot in run}) < 3 and not bulleted():
            out.extend((p, lot, float("inf")) for p, lot in run)
        else:
            # lines spanned by each entry (from one lot to the next different one)
            starts = [i for i, (_p, lot) in enumerate(run) if i == 0 or lot != run[i - 1][1]]
            height = max((low.count("\n", run[a][0], run[b][0]) for a, b in itertools.pairwise(starts)), default=1)
            last_start = run[starts[-1]][0]
            last_end = block_end(low, last_start, max(height, 1))
            for i, (p, lot) in enumerate(run):
                nxt = next((q for q, other in run[i + 1:] if other != lot), None)
                out.append((p, lot, nxt if nxt is not None else last_end))
        run.clear()

    for p, lot in lot_positions:
        if run and p - run[-1][0] >= LIST_GAP:
            flush()
        run.append((p, lot))
    flush()
    return out


def lot_at(lot_positions: list[tuple[int, str, float]], pos: int) -> str | None:
    current = None
    for p, lot, end in lot_positions:
        if p > pos:
            break
        current = lot if pos <= end else None
    return current


def _opening(lot_positions: list[tuple[int, str, float]], pos: int) -> int | None:
    return max((p for p, _lot, end in lot_positions if p <= pos <= end), default=None)


def opened_in_prose(low: str, lot_positions: list[tuple[int, str, float]], pos: int) -> bool:
    """The lot section `pos` stands in was opened by a lot named inside a sentence (« Le lot 2 comporte une
    prestation supplémentaire éventuelle »), not by a heading or a list entry at a line's start."""
    opening = _opening(lot_positions, pos)
    if opening is None:
        return False
    line = low[low.rfind("\n", 0, opening) + 1:opening]
    return bool(re.search(r"[^\W\d]{3}", line)) and not re.search(r":\s*$|^\s*(?:article|[-•*–]|\d)", line)


def opened_by_a_row(low: str, lot_positions: list[tuple[int, str, float]], pos: int) -> bool:
    """The lot section `pos` stands in was opened by a table's row, closed by its own figure on an earlier line
    (« 2 Véhicules utilitaires … 310 000 » above « Soit un montant maximum global de 520 000 € HT »): the row is
    the lot's, what follows the table is not."""
    opening = _opening(lot_positions, pos)
    if opening is None:
        return False
    line_end = low.find("\n", opening)
    # (a figure of thousands closes the row: not the lot's own number, « Lot nº : 3 »)
    return 0 <= line_end < pos and re.search(r"\d[ \u00a0\u202f.]?\d{3}(?:[,.]\d{1,2})?[ \t]*(?:€|eur|euros)?[ \t]*$",
                                             low[opening:line_end]) is not None


# (past the bracket that restates the figure or closes it: « … euros hors taxes (2 400 000 € HT) pour le lot 1 »)
LOT_AFTER = re.compile(r"^[\s,]*(?:(?:ht|h\.t\.?|hors\s+taxes?)\s*)?(?:\([^()\n]{0,40}\)|\))?[\s,]*"
                       # the figure's period between them: « 210 k€ HT par année civile pour le lot 1 »
                       r"(?:(?:par|chaque)\s+(?:an|ann[ée]e|p[ée]riode)(?:\s+(?:civile|d['’]\s?ex[ée]cution|contractuelle))?\s*,?\s*)?"
                       r"(?:pour|au\s+titre\s+du|for)\s+(?:le\s+)?" + LOT + r"(\d{1,3})\b" + NOT_A_LIST)


# a tranche named just before the amount: its figures add up like those of lots
TRANCHE_NAMED = re.compile(r"\btranche\s+(ferme|optionnelle|conditionnelle)(?:\s*" + NUMERO_OPT + r"(\d{1,2}))?"
                           # the base solution and its options (PSE), which the estimate adds up (LABELS.md)
                           r"|\b(?P<base>" + BASE_SOLUTION + r")\b"
                           r"|\b" + OPTION + r"\s*" + NUMERO_OPT
                           + r"(?P<pse>\d{1,2})\b")


# an amount on a row of a lots table rendered as text: « Lot n° 1 Démolition … 612 000 € »
ROW_START = re.compile(r"^\s*(?:[-•*–]\s*)?(?:" + LOT + r":?\s*\d{1,3}\b|total\b|montant\s+total\b|ensemble\s+des\s+lots)")


HEADER_LINE = re.compile(r"\blots?\b|:\s*$")  # names the lots, or introduces the list


# a lot named just before the amount, in the same clause: « pour le lot 1 avec un maximum de … »
INLINE_LOT = re.compile(r"\b" + LOT + r"(\d{1,3})\b" + NOT_A_LIST)


BARE_LOT_ROW = re.compile(r"^\s*(?:[-•*–]\s*)?" + LOT + r"\d{1,3}\b(?!\s*(?:,|et|ou|à)\s*\d)")


def is_bare_lot_row(row_line: str) -> bool:
    """The start of a line up to its first amount reads like a lots-table row (« lot 1 gros œuvre »,
    « lot n° 1 | voirie | »): a lot mark, a short title, no other figure, no word that gives the
    amount another meaning (minimum, unit price, threshold…)."""
    mark = BARE_LOT_ROW.match(row_line)
    if mark is None or len(row_line) > 140:
        return False
    rest = row_line[mark.end():]
    if re.search(r"\d", rest) or find_amounts(row_line):
        return False
    return not (NOT_THE_VALUE.search(rest) or MIN_WORDS.search(rest) or MAX_WORDS.search(rest)
                or re.search(r"\bttc\b|unitaire|\bpu\b|\bpar\b", rest))


def header_kind(scan: Scanner, line_start: int) -> tuple[str | None, bool]:
    """Kind of the amount column of a text table, read in the header line above its rows."""
    low = scan.low
    pos = line_start
    for _ in range(12):
        prev = low.rfind("\n", 0, max(pos - 1, 0))
        if pos <= 0:
            return None, False
        line = low[prev + 1:pos]
        pos = prev + 1
        if ROW_START.match(line) or not line.strip():
            continue
        if HEADER_LINE.search(line) and not find_amounts(line):
            annual = bool(ANNUAL.search(line))
            if re.search(r"maxi", line):
                return "max", annual
            if re.search(r"mini", line):
                return "min", annual
            if re.search(r"montant|estim|valeur|budget|co[uû]t", line) and not re.search(r"\bttc\b", line):
                return "estimated", annual
            return None, False
        # a wrapped row (« technique du bâtiment ») or the end of the header (« HT) »): keep looking up
        if len(line) > 120:
            return None, False
    return None, False


def table_row_start(scan: Scanner, line_start: int, a_start: int) -> int | None:
    """Start of the text-table row holding an amount: its own line when it opens with « Lot n° 1 »
    or « Total », else a line up to three lines above (a title wrapped by the layout)."""
    low = scan.low
    if ROW_START.match(low[line_start:a_start]):
        return line_start
    if low[line_start:a_start].strip() and len(low[line_start:a_start]) > 60:
        return None
    for prev, line in lines_above(low, line_start, 3):
        if ROW_START.match(line):
            return prev if not find_amounts(line) else None
        if not line.strip() or len(line) > 80 or find_amounts(line):
            return None
    return None


def last_part_before(scan: Scanner, a_start: int, left_start: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The last mention of a part (lot, tranche) in the clause just before an amount."""
    window = scan.low[max(left_start, a_start - 120):a_start]
    cut = last_match(_CLAUSE_BREAK, window)
    if cut is not None:
        window = window[cut.start() + 1:]
    return last_match(pattern, window)


# the end of a sentence or line; a run of leader dots (« Lot 1 – Électricité ........ 85 000 € ») is none
_CLAUSE_BREAK = re.compile(r"(?<!\.)(?<!\. )\.(?= |-)(?! \.)|\n")


# a line that ends on a lot's name, its figure on the next line: « … ; Lot 3\n150 000 € HT »
_LOT_ENDS_LINE = re.compile(r"\b" + LOT + r"\d{1,3}\s*[:.\-–]?\s*$")


def lot_before(scan: Scanner, a_start: int, left_start: int) -> str | None:
    """The lot named before a figure, on its own line — or on the line before when that line ends on
    the lot's name. A lot named in an earlier line (a list of the lots' titles) is not the figure's."""
    line_start = scan.low.rfind("\n", 0, a_start) + 1
    start = max(left_start, line_start)
    if line_start > left_start:
        previous = scan.low[scan.low.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
        if _LOT_ENDS_LINE.search(previous):
            start = max(left_start, line_start - 1 - len(previous))
    found = last_part_before(scan, a_start, start, INLINE_LOT)
    return str(int(found.group(1))) if found is not None else None


# a tranche, the base solution or an option named right after its figure: « 200 000 € HT pour la solution de base et
# de 30 000 € HT pour la PSE n° 1 »
TRANCHE_AFTER = re.compile(r"^[\s,]*(?:pour|au\s+titre\s+d[eu])\s+(?:la\s+|l['’]\s?|le\s+)?(?:" + TRANCHE_NAMED.pattern + r")")


def tranche_before(scan: Scanner, a_start: int, left_start: int) -> str | None:
    """« tranche ferme » -> 'TF', « tranche optionnelle 2 » -> 'TO2', « solution de base » -> 'BASE', « PSE n° 1 »
    -> 'PSE1': the tranches of one contract, its base solution and options add up like lots (they are not lots)."""
    found = last_part_before(scan, a_start, left_start, TRANCHE_NAMED)
    return tranche_code(found) if found is not None else None


def tranche_code(found: re.Match[str]) -> str:
    """The part a TRANCHE_NAMED (or TRANCHE_AFTER) match names (see tranche_before)."""
    if found.group("base"):
        return "BASE"
    if found.group("pse"):
        return "PSE" + found.group("pse")
    return "T" + found.group(1)[0].upper() + (found.group(2) or "")
