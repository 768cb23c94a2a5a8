"""What a line of a document looks like: an item of a list, a heading that opens another part, or prose the page
wrapped over to the next line — read by the role reader to know how far a label or a heading reaches."""

from __future__ import annotations

import re

LABEL_MAX = 160  # a label or heading line is short
LABEL_LINE = re.compile(r"^\s*(?:[\dIVXivx]{1,4}(?:[.)-]\d{0,2}){0,4}\)?\s*[-–.:)]?\s*)?[^\n]{2,%d}$" % LABEL_MAX)  # noqa: UP031 (braces of the regex)

# a figure with its unit goes on with a sentence (« … soit environ\n10 % du montant »), it numbers no item
_FIGURE_WITH_UNIT = r"\d[\d \u00a0\u202f]*(?:[,.]\d+)?\s*(?:%|€|euros?\b|h\b|heures?\b|ans?\b|mois\b|jours?\b)"
# (« B.2 » numbers an item of a lettered part: « Partie B – Méthodes (10 points) » then « B.1 … », « B.2 … »)
LIST_ITEM = re.compile(r"^\s*(?!" + _FIGURE_WITH_UNIT + r")(?:[-*•>–]|\d{1,2}(?:\.\d{1,2}){0,3}[.)°]?|[a-z][.)]|[a-h]\.\d{1,2}[.)]?|"
                        r"[ivx]{1,4}[.)])\s")


_CONTINUATION = re.compile(r"[a-zà-öø-ÿœ(«\"'’]|" + _FIGURE_WITH_UNIT)


def wrapped(line: str, next_line: str) -> bool:
    """`next_line` goes on with the sentence of `line`: the page layout cut it there. Never a
    table row, and never after a sentence's end, a colon or a line that opens a list item."""
    end = line.rstrip()
    return bool(end) and end[-1] not in ".;:!?|" and "|" not in next_line and "|" not in line \
        and _CONTINUATION.match(next_line.lstrip()) is not None and not LIST_ITEM.match(next_line)


def is_heading(line: str) -> bool:
    """A short line that opens another part of the document: in capitals, or numbered like an
    article or a notice section. (A line ending with « : » only introduces what follows.)"""
    stripped = line.strip()
    if not stripped or len(stripped) > LABEL_MAX or not LABEL_LINE.match(stripped):
        return False
    letters = [c for c in stripped if c.isalpha()]
    upper = len(letters) > 3 and sum(c.isupper() for c in letters) / len(letters) > 0.7
    return upper or bool(re.match(r"^(?:article|art\.|chapitre|section|titre|rubrique|partie)\b", stripped, re.IGNORECASE)) \
        or bool(re.match(r"^[IVX]{1,4}\.\d", stripped))
