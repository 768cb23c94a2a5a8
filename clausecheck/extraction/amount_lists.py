"""Figures given as the items of a list or the rows of a table keyed by names: the line that opens the list (« Les
montants maximums sont : »), and the label of an item that only names whose figure it is (a member of a groupement, a
site), so that the items add up like lots."""

from __future__ import annotations

import re

from clausecheck.extraction.textscan import Scanner
from clausecheck.text import fold, is_running_line, lines_above

_ITEM_START = re.compile(r"\s*(?:[-•*–—➢]|\d{1,2}[.)]\s|lot\b|tranche\b|p[ée]riode\b|reconduction\b|total\b)")
# the line that opens a list: « Les montants maximums sont : », « Montants (par période annuelle) : »
_LIST_HEAD = re.compile(r"[^\n]{3,160}:\s*$")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[a-zà-ÿ])")  # on lower-cased text
# what makes a list item's label say more than whose figure it is: a kind, a period, a length, a tax, a total
_ITEM_SAYS = re.compile(r"maxim|minim|estim|montant|valeur|total|p[ée]riode|recondu|renouvel|ann[ée]e|annuel|\ban\b|mois|"
                        r"dur[ée]e|tranche|\blots?\b|option|pse|\bht\b|ttc|\d")
# a row of a table keyed by names, laid out without bars: « Commune de Saint-Arlan 12 000 € »
_NAMED_ROW = re.compile(r"[ \t]*(?P<label>[^\W\d][^:;|\n]{1,80}?)[ \t]+$")
# its header: a line with no figure naming the amounts' kind (« Membre du groupement   Montant maximum annuel HT »)
_AMOUNT_HEADER = re.compile(r"^[^\d\n]*\b(?:montants?|maxim\w*|estim\w*)\b[^\d\n]*$")
_FIGURE_ROW = re.compile(r"[ \t]*[^\W\d][^:;|\n]{1,80}?[ \t]+\d[\d \u00a0\u202f.,]*\s*(?:€|eur|euros)[^\n]*$")


def _inline_head(low: str, start: int) -> str | None:
    """The head of a list run inline, its items cut by « ; » (« Les montants annuels sont les suivants :
    minimum 20 000 € HT ; maximum 90 000 € HT »): it governs every item, not only the first."""
    opening = max(low.rfind(". ", max(0, start - 300), start) + 2, low.rfind("\n\n", max(0, start - 300), start) + 2,
                  start - 300, 0)
    colon = low.rfind(":", opening, start)
    if colon < 0 or ";" not in low[colon:start]:
        return None
    return low[opening:colon + 1]


def _named_table_head(low: str, line_start: int) -> str | None:
    """When the line at `line_start` is a row of a table keyed by names under a header that names the amounts' kind,
    itself under the sentence that opens it (« Les montants maximums annuels sont les suivants : » / « Membre du
    groupement Montant maximum annuel HT » / « Commune de Saint-Arlan 12 000 € »): that sentence."""
    for prev, line in lines_above(low, line_start, 12):
        if _FIGURE_ROW.match(line):
            continue  # another row of the table
        if not _AMOUNT_HEADER.match(line):
            return None
        head_start = low.rfind("\n", 0, prev - 1) + 1
        head = _SENTENCE_BREAK.split(low[head_start:prev - 1])[-1]
        return head if prev > 0 and _LIST_HEAD.match(head) else None
    return None


def item_label(scan: Scanner, start: int) -> str | None:
    """The label of a bulleted item, or of a row of a table keyed by names, that only names whose figure it is (« -
    Ville de Brécourt : 120 000 € HT ; », « Commune de Saint-Arlan 12 000 € »): the members of a groupement, the
    sites of a contract add up like lots. None when the item says more (a kind, a period, a length, a lot: other
    readers place those)."""
    low = scan.low
    line_start = low.rfind("\n", 0, start) + 1
    m = re.match(r"\s*[-•*–—➢]\s*(?P<label>[^\W\d][^:;\n]{1,80}?)\s*:\s*$", low[line_start:start])
    if m is None and _named_table_head(low, line_start) is not None:
        m = _NAMED_ROW.fullmatch(low, line_start, start)
    if m is None or _ITEM_SAYS.search(m.group("label")):
        return None
    return m.group("label")


def list_head(scan: Scanner, start: int) -> str | None:
    """The line that opens the list an amount's line is an item of, when it is one (« • période
    initiale (2 ans) : 400 000 € HT » under « Les montants maximums sont : »)."""
    low = scan.low
    line_start = low.rfind("\n", 0, start) + 1
    if not _ITEM_START.match(low[line_start:start]):
        return _inline_head(low, start) or _named_table_head(low, line_start)
    for prev, line in lines_above(low, line_start, 8):
        if _ITEM_START.match(line) or not line.strip() or is_running_line(fold(line)):
            continue  # (a running header or a page number left between two items by the page break)
        if not _LIST_HEAD.match(line):
            # a paragraph whose last sentence opens the list: « … (convention du 14 janvier 2027). Chaque membre
            # passe ses propres bons de commande, dans la limite du montant maximum annuel qui le concerne : »
            line = _SENTENCE_BREAK.split(line)[-1]
            if not _LIST_HEAD.match(line):
                return None
            return line
        if line[:1].islower() and prev > 0:  # the head's sentence began on the line above (« … est\ndifférent … : »)
            above = low.rfind("\n", 0, prev - 1) + 1
            line = low[above:prev - 1] + " " + line
        return line
    return None
