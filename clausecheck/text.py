"""Folded views of text: one folding for analysis, one key for searching names.

`fold(text)` is the analysis view every stage reads: lower case, accents removed, every
apostrophe as "'", every whitespace as " " (line breaks kept), pure ASCII — and one character
in, one character out, so a span found on the folded text is the same span of the original and
needs no offset map of its own. `search_key(name)` is for looking names up (buyers in the API):
ligatures spelled out, punctuation as spaces, spaces collapsed. `french_number(value)` writes a
figure back the French way for a person to read.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

APOSTROPHES = "\u2019\u2018\u02bc\u00b4`\u2032"


# Non-ASCII characters left once accents are gone. The folded text is kept pure ASCII: Python
# then stores it one byte per character and substring and regex searches run several times
# faster. Anything else becomes "_".
ASCII_SUBSTITUTES = {
    "œ": "o", "Œ": "o", "æ": "a", "Æ": "a", "ß": "s", "€": "$", "°": "o", "«": '"', "»": '"',
    "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-",
    "\u2026": ".", "\u2022": "*", "\uf0b7": "*", "\u25aa": "*", "\u00b2": "2", "\u00b3": "3",
    # a ticked box reads « x », an empty one « _ » (as every other symbol): « ☐ ESAT  ☒ SIAE » is told apart
    "☒": "x", "☑": "x", "⊠": "x", "✓": "x", "✔": "x", "✗": "x", "✘": "x",
}


@cache
def _fold_char(char: str) -> str:
    if char in APOSTROPHES:
        return "'"
    if char == "\n":
        return "\n"  # kept: rules may stop at a line end with [^\n]
    if char.isspace():
        return " "
    if char.isascii():
        return char.lower()
    if char in ASCII_SUBSTITUTES:
        return ASCII_SUBSTITUTES[char]
    if unicodedata.combining(char):
        return " "  # an accent left alone by the PDF (« réserve ́ ») is not a letter
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 and base.isascii() else "_"


def _fold_unencodable(error: UnicodeError) -> tuple[str, int]:
    run = error.object[error.start:error.end]  # type: ignore[attr-defined]
    return "".join(map(_fold_char, run)), error.end  # type: ignore[attr-defined]


codecs.register_error("clausecheck-fold", _fold_unencodable)
# ASCII folded byte for byte; every non-ASCII character has been replaced by the error handler
_ASCII_TABLE = bytes(ord(_fold_char(chr(i))) for i in range(128)) + b"_" * 128


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and whitespace, pure ASCII (œ -> o,
    € -> $, other symbols -> _); same length as `text`.

    Encoding to ASCII with a handler for the runs of other characters, then one bytes.translate,
    is 2 to 3 times faster than str.translate, which looks every non-ASCII text up character by
    character."""
    return text.encode("ascii", "clausecheck-fold").translate(_ASCII_TABLE).decode("ascii")

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def fold_words(text: str) -> str:
    """`fold` with ligatures spelt out (« œuvre » → « oeuvre »): for reading words, where positions
    in the original text do not matter."""
    return fold(text.translate(_LIGATURES))


def search_key(value: str | None) -> str | None:
    """A name folded for searching: « Commune de Saint-Étienne » → « commune de saint etienne »."""
    if value is None:
        return None
    return " ".join(_NOT_WORD.sub(" ", fold_words(value)).split())


# A running header or footer left in the text by a page break: « Ville de X – CCAP – page 4/9 »,
# « RC – p. 3 », « … | 5/12 ».
_RUNNING_LINE = re.compile(r"(?:\bpage \d{1,3}(?: ?(?:/|sur) ?\d{1,3})?|\bp\. ?\d{1,3}|[-–|]\s*\d{1,3} ?/ ?\d{1,3})\s*$")
RUNNING_LINE_MAX = 160


_CONTENT_WORD = re.compile(r"[a-z]{5,}")
# the words every passage of a tender shares, which say nothing of what it is about
_GENERIC_WORDS = frozenset({"titulaire", "marche", "marches", "prestations", "prestation", "travaux", "services",
                            "fourniture", "fournitures", "ensemble", "accord", "cadre", "present", "presente",
                            "contrat", "consultation", "execution", "conditions", "objet"})


def content_words(folded: str) -> set[str]:
    """The words of five letters or more of a folded passage, but those every tender passage shares: what the
    passage is about (« collecte des dechets verts » → collecte, dechets, verts)."""
    return {word for word in _CONTENT_WORD.findall(folded) if word not in _GENERIC_WORDS}


def is_running_line(folded_line: str) -> bool:
    """A running header or footer left in the text (« Ville de X – CCAP – page 4/9 »): not a passage."""
    return len(folded_line) <= RUNNING_LINE_MAX and _RUNNING_LINE.search(folded_line) is not None


# a table-of-contents entry: a title, a leader of dots, its page number (« ARTICLE 9 - CLAUSE SOCIALE D'INSERTION
# ............ 11 »); not a wide gap, which a table row without bars has too (« Performance environnementale    15 »)
_TOC_LINE = re.compile(r"(?:\.{4,}|…{2,})\s*\d{1,3}\s*$")


def is_toc_line(line: str) -> bool:
    """A table-of-contents entry names an article; it neither heads it nor stipulates."""
    return _TOC_LINE.search(line) is not None


# a numbered entry closed by a number: « 4.1. Consommation énergétique en fonctionnement et en veille 10 »
# (the number after a word or a parenthesis, not after a label's colon: « Pondération : 5 » is a weight)
_NUMBERED_ENTRY = re.compile(r"^[ \t]*\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t]+[^\W\d][^\n]*?(?:[^\W\d]|\))[ \t]+(\d{1,3})[ \t]*$",
                             re.MULTILINE)
TOC_RUN = 5  # entries in a row that make a table of contents


@lru_cache(maxsize=4)  # (the section tree and the detection both ask, of the same folded text)
def toc_block_lines(text: str) -> frozenset[int]:
    """Where the lines of a table of contents without dot leaders start: a run of numbered entries each closed by its
    page number, the numbers never going down (not weights, which add up to the whole: « 1 Prix 60 … 3 Délai 10 »)."""
    starts: set[int] = set()
    run: list[tuple[int, int]] = []

    def close() -> None:
        pages = [page for _start, page in run]
        if len(run) >= TOC_RUN and sum(pages) not in (10, 20, 100, 1000):
            starts.update(start for start, _page in run)

    for title in _TOC_TITLE.finditer(text):
        starts.update(_titled_entries(text, title.end()))
    last_end = -1
    for m in _NUMBERED_ENTRY.finditer(text):
        page = int(m.group(1))
        if run and (text[last_end:m.start()].strip() or page < run[-1][1]):
            close()
            run = []
        run.append((m.start(), page))
        last_end = m.end()
    close()
    return frozenset(starts)


# a table of contents under its title, its entries without page numbers (« Sommaire » then « Article 1 - Objet et forme
# du marché », « - Article 2 - Objet de la mission », « 3. Durée »…): the entries until the first line of another
# shape, a page break or an entry whose number goes down (the body's « Article 1 » after the last entry)
_TOC_TITLE = re.compile(r"^[ \t]*(?:sommaire|table des matieres|contents|table of contents)[ \t]*:?[ \t]*$", re.MULTILINE)
_TITLED_ENTRY = re.compile(r"[ \t]*(?:[-•–][ \t]*)?(?:(?:article|chapitre|titre|partie|section)[ \t]+)?(\d{1,2})(?:\.\d{1,2}){0,3}\.?"
                           r"[ \t]*(?:[-–:.)][ \t]*)?[^\W\d][^\n.;]{0,150}(?:\n|$)")
TOC_TITLED_RUN = 3  # entries under a table of contents' title that make it one


def _titled_entries(text: str, title_end: int) -> list[int]:
    """The starts of the entries under the title line ending at `title_end` (blank lines between them, not two in a
    row once they have begun), when there are enough of them to make a table of contents."""
    entries: list[int] = []
    last, blanks = -1, 0
    at = text.find("\n", title_end) + 1
    while 0 < at < len(text):
        line_end = text.find("\n", at)
        if not text[at:line_end if line_end >= 0 else len(text)].strip(" \t"):
            blanks += 1
            if entries and blanks > 1:
                break  # two blank lines: the table has ended
        else:
            entry = _TITLED_ENTRY.match(text, at)
            if entry is None or int(entry.group(1)) < last:
                break
            last, blanks = int(entry.group(1)), 0
            entries.append(at)
        if line_end < 0:
            break
        at = line_end + 1
    return entries if len(entries) >= TOC_TITLED_RUN else []


NARROW_NBSP = "\u202f"


# a list opened by the sentence of a match: its colon at a line's end, then its items (« - … », « • … », « 1) … »)
_LIST_OPENS = re.compile(r":[ \t]*\n")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)°])[ \t]")
LIST_REACH = 1500  # the longest list (and the sentence after it) read past
_SENTENCE_END = re.compile(r"[.;](?=\s)")
_SENTENCE_OR_PARAGRAPH_END = re.compile(r"[.;](?=\s)|\n\s*\n")


def lines_above(text: str, pos: int, limit: int) -> Iterator[tuple[int, str]]:
    """Up to `limit` lines going up from `pos`, nearest first: each one's start and text (from a line's start, the
    lines above it; from inside a line, first its part before `pos`)."""
    for _ in range(limit):
        if pos <= 0:
            return
        prev = text.rfind("\n", 0, pos - 1) + 1
        yield prev, text[prev:pos - 1]
        pos = prev


def after_the_list(text: str, start: int) -> int:
    """Where the sentence after the list that the sentence at `start` opens ends (« … le titulaire recrute … des
    personnes relevant de l'une des situations suivantes : » then the list, then « Ces recrutements représentent …
    au moins 2 100 heures de travail. »); `start` when the sentence opens no list."""
    sentence_end = _SENTENCE_OR_PARAGRAPH_END.search(text, start)
    opens = _LIST_OPENS.search(text, start, sentence_end.start() + 1 if sentence_end else start + 400)
    if opens is None:
        return start
    pos, limit = opens.end(), min(len(text), start + LIST_REACH)
    while pos < limit and _LIST_ITEM.match(text, pos):
        line_end = text.find("\n", pos)
        if line_end < 0:
            return limit
        pos = line_end + 1
        while pos < limit and not _LIST_ITEM.match(text, pos) and text[pos:pos + 1].islower():
            pos = text.find("\n", pos) + 1 or limit  # an item wrapped over the next line (as written: in lower case)
    following = _SENTENCE_END.search(text, pos, limit)
    return following.end() if following else limit


def french_number(value: float, decimals: int = 0, group: str = NARROW_NBSP) -> str:
    """12345.6 → « 12 346 », decimals=1 → « 12 345,6 »: thousands grouped by `group` (a narrow
    no-break space unless said), decimal comma."""
    return f"{value:,.{decimals}f}".replace(",", group).replace(".", ",")
