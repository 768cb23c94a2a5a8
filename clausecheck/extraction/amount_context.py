"""The words around a figure in the text: how far back its label may stand (an aside in brackets counted for nothing),
the lines a page or a narrow column wrapped into its sentence, the sentence that announces a list of figures, and the
words after it to the end of its clause."""

from __future__ import annotations

import re

from clausecheck.extraction.numbers import AmountMatch
from clausecheck.extraction.textscan import Scanner
from clausecheck.patterns import last_match
from clausecheck.tables import is_page_furniture

LEFT_REACH = 110  # characters before a figure where its label stands, asides in brackets not counted
LIST_REACH = 320  # how far back the sentence that announces a list of figures may start
# what announces a list of figures: « … est fixé comme suit : », « … réparti de la façon suivante : »
_LIST_INTRO = re.compile(r"(?:comme\s+suit|(?:de\s+la\s+(?:fa[çc]on|mani[èe]re)\s+)?suivante?s?|ci-apr[èe]s|ainsi)\s*:")
_KIND_WORD = re.compile(r"estim|maxim|minim|valeur|montant\s+(?:global|total)|budget|enveloppe")
_SENTENCE_OPENS = re.compile(r"[.;!?]\s|\n\s*\n|:\s*\n")


def context_start(text: str, end: int, floor: int) -> int:
    """Where the left context of a figure at `end` opens: LEFT_REACH characters back, an aside in brackets
    counted for nothing (« Le montant maximum de l'accord-cadre, pour sa durée totale de quatre ans
    (période initiale et reconductions comprises), est de 1 200 000 € HT »)."""
    if ")" not in text[max(floor, end - LEFT_REACH):end]:
        return max(end - LEFT_REACH, floor)  # no aside: the common case, without walking back
    pos, counted = end, 0
    while pos > floor and counted < LEFT_REACH:
        pos -= 1
        if text[pos] == ")":
            opening = text.rfind("(", max(floor, pos - 2 * LEFT_REACH), pos)
            if opening >= 0 and "\n\n" not in text[opening:pos]:
                pos = opening
                continue
        counted += 1
    return max(pos, floor)


_PAGE_BREAK = re.compile(r"[ \t]*\n\s*\f\s*")
_FURNITURE_LINES_MAX = 3  # a footer, a blank line, the next page's header


def _furniture_above(scan: Scanner, line_start: int, floor: int) -> int | None:
    """Where the label's line ends when only a page's furniture (a page number, a running header or footer
    that the reading left because the document is too short to show it repeated) and blank lines stand
    between it and a figure opening its line; None when nothing of the kind is there."""
    pos, skipped = line_start - 1, 0
    for _ in range(_FURNITURE_LINES_MAX + 2):
        above = scan.text.rfind("\n", floor, pos) + 1
        if above <= floor or pos <= floor:
            break
        line = scan.text[above:pos]
        if line.strip() and not is_page_furniture(line.strip()):
            break
        skipped += bool(line.strip())
        pos = above - 1
    label = scan.text[scan.text.rfind("\n", floor, pos) + 1:pos].rstrip()
    return pos if skipped and label and not label.endswith((".", ";")) else None  # a label, not a sentence ended


def context_of(scan: Scanner, a: AmountMatch, prev_end: int) -> tuple[str, str]:
    text = scan.low
    floor = max(prev_end, 0)
    end = a.start
    line_start = text.rfind("\n", 0, a.start) + 1
    if line_start > floor and not text[line_start:a.start].strip():
        label_end = _furniture_above(scan, line_start, floor)
        if label_end is not None:
            end = label_end + 1  # « Montant maximum annuel HT :\n[Accord-cadre … Page 6 sur 22]\n\n70 000 € »
    start = context_start(text, end, floor)
    # a page break between a label and its figure is one more line end (« … un montant maximum annuel de
    # \n\n\f\n450 000 € HT »): the running lines around it are already gone
    left = _PAGE_BREAK.sub("\n", text[start:end])
    # keep the current line, or the previous one when the amount opens its line
    nl = left.rfind("\n")
    if nl >= 0:
        prev_nl = left.rfind("\n", 0, nl)
        previous = left[prev_nl + 1:nl]
        current = left[nl + 1:]
        bullet = re.match(r"\s*(?:[-•*–—]|\d{1,2}[.)])\s", current) is not None
        closed = previous.rstrip().endswith((".", ";"))  # the previous line ended its sentence
        # (prose wrapped by the page, its words cut before the figure's line: « La valeur estimée de\n
        # l'accord-cadre, tous lots confondus, est de 1 520 000 € HT »)
        wrapped = wraps(scan.text, text.rfind("\n", 0, start + nl) + 1, start + nl)
        if not bullet and (current.strip(" :\t") == "" or (not closed and ((len(previous) < 70 and prev_nl >= 0)
                                                                           or len(current) < 40 or wrapped))):
            earlier = left.rfind("\n", 0, prev_nl) if prev_nl >= 0 else -1
            if not current.strip(" :\t") and previous[:1].islower() and prev_nl >= 0 \
                    and not left[earlier + 1:prev_nl].rstrip().endswith((".", ";", ":")):
                prev_nl = earlier  # « Le montant maximum\nannuel est fixé à\n60 000 € HT »: the label over two lines
            left = _with_lines_wrapped_into(left, prev_nl + 1)
        else:
            left = left[nl + 1:]
    if _LIST_INTRO.search(left) and not _KIND_WORD.search(left):
        # the first item of a list its sentence announces (« Le montant maximum de chaque lot, sur la durée totale de
        # l'accord-cadre, reconductions incluses, est fixé comme suit : lot 1 : 560 000 € HT ; … »): the sentence says
        # what its figures are, however far back it starts
        opening = max(floor, a.start - LIST_REACH)
        sentence = last_match(_SENTENCE_OPENS, text, opening, a.start)
        announced = _PAGE_BREAK.sub("\n", text[sentence.end() if sentence else opening:a.start])
        if _KIND_WORD.search(announced):  # (not « les dépenses … des dernières années sont les suivantes : »)
            left = announced
    right = text[a.end:a.end + 90]
    cut = right.find("\n")
    if cut >= 0:
        line, following = right[:cut], right[cut + 1:].split("\n", 1)[0]
        # prose wrapped by the page goes on over the line end (« … soit 600 000 € HT sur la\ndurée
        # maximale ») ; a sentence end, a table row, a list item or a notice's next field does not
        line_start = text.rfind("\n", 0, a.end) + 1
        ended = not line.strip() and text[a.end - 1:a.end] == "."
        right = line + " " + following if not ended and wraps(scan.text, line_start, a.end + cut) else line
    return left, right


def _with_lines_wrapped_into(left: str, kept_from: int) -> str:
    """left[kept_from:], grown by the lines above it that the page wrapped into it (a narrow column: « Le montant
    maximum global des commandes, » / « pour la durée totale des accords-cadres » / « (période initiale et
    reconduction), est fixé à … »)."""
    for _ in range(2):
        if kept_from <= 0:
            break
        above_start = left.rfind("\n", 0, kept_from - 1) + 1
        first_end = left.find("\n", kept_from)
        if above_start == 0 and left[:1] != "\n" and kept_from - 1 - above_start < 20:
            break  # (the reach cut that line: too little of it to read)
        if not wraps_into(left[above_start:kept_from - 1], left[kept_from:first_end if first_end >= 0 else len(left)]):
            break
        kept_from = above_start
    return left[kept_from:]


_BULLET = re.compile(r"\s*(?:[-•*–—➢]|\d{1,2}[.)]\s)")


_ENDS_ON_A_LINK = re.compile(r"(?:\b(?:par|de|du|des|à|au|aux|pour|sur|en|et|ou|le|la|les|un|une)|,)\s*$", re.IGNORECASE)


def wraps(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line text[line_start:line_end] is prose wrapped by the page that goes on over its
    line end: a long line with no sentence end, and a next line that starts in lower case (« … le
    montant\nmaximum de 50 000 € HT »), never a table row, a list item or a notice's next field."""
    nxt_end = text.find("\n", line_end + 1)
    return wraps_into(text[line_start:line_end], text[line_end + 1:nxt_end if nxt_end >= 0 else len(text)])


def wraps_into(line: str, following: str) -> bool:
    """`wraps`, said of a line and the one after it."""
    # (a short line goes on too when it ends on a word that ends no sentence: « … fixé à 12 500 € HT par » in a
    # narrow column)
    if (len(line.strip()) < 45 and not _ENDS_ON_A_LINK.search(line)) \
            or line.rstrip().endswith((".", ":", ";", "!", "?")) or "|" in line:
        return False
    stripped = following.lstrip()
    return bool(stripped) and (stripped[0].islower() or stripped[0].isdigit()) and "|" not in following \
        and not _BULLET.match(following)


def sentence_start(scan: Scanner, start: int) -> int:
    """Where the sentence holding a figure starts, over the line ends of prose wrapped by the page."""
    low, text = scan.low, scan.text
    s = max(low.rfind(". ", max(0, start - 250), start), low.rfind(";", max(0, start - 250), start), start - 250, 0)
    nl = low.rfind("\n", s, start)
    while nl >= 0:
        prev_start = low.rfind("\n", 0, nl) + 1
        if not wraps(text, prev_start, nl):
            return nl + 1
        nl = low.rfind("\n", s, nl)
    return s


def sentence_around(scan: Scanner, start: int, end: int) -> str:
    """The sentence around a figure, over the line ends of prose wrapped by the page (`wraps`)."""
    low, text = scan.low, scan.text
    s = sentence_start(scan, start)
    e = low.find(". ", end, end + 200)
    e = end + 200 if e < 0 else e
    nl = low.find("\n", end, e)
    while nl >= 0:
        line_start = low.rfind("\n", 0, nl) + 1
        if not wraps(text, line_start, nl):
            e = nl
            break
        nl = low.find("\n", nl + 1, e)
    return low[s:e]
