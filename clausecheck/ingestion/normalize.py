"""Text normalisation that keeps a map back to the original offsets.

What it does, in one pass over the raw text of a page:
- Unicode NFKC where it matters (ligatures ﬁ ﬂ ﬃ, no-break spaces, full-width forms),
  typographic apostrophes and dashes folded to ASCII so rules see one spelling;
- line-end hyphenation joined ("inser-\\ntion" -> "insertion") except where the hyphen belongs
  to the word ("sous-\\ntraitance" -> "sous-traitance"); PDF soft-hyphen markers dropped;
- runs of spaces collapsed, CR/LF unified; words set in spaced letters joined (« M o n t a n t »);
- lines given in `drop_ranges` (running headers and footers) left out.

Only the characters that change are visited in Python; plain runs are copied whole, and the
offset map is stored as segments, so this stays fast on large documents.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from clausecheck.model import OffsetMap

# Hyphens that end a line in extracted PDF text: ASCII, pdfium's U+FFFE marker, soft hyphen, U+2010/2011.
_LINE_END_HYPHEN = "-\ufffe\u00ad\u2010\u2011\x02"

# First parts of French compounds whose hyphen must survive a line break.
_COMPOUND_PREFIXES = frozenset(
    """sous co non demi semi mi auto anti contre ex extra inter intra multi post pré pre pro quasi
    vice arrière avant après grand grande petit petite haut basse porte garde chef ci là au
    peut-être état états maître maîtres maitre maitres bons bon hors
    """.split()
)

_FOLD = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u2026": "...", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u00ad": "", "\ufffe": "", "\x02": "", "\ufeff": "", "\u200b": "",
    "\t": " ", "\x0c": "\n", "\x0b": "\n",
}

_HYPHENS = re.escape(_LINE_END_HYPHEN.replace("\ufffe", ""))
_BRANCHES = {
    # a line-end hyphen after a word character; pdfium marks it with U+FFFE and may already have
    # removed the line break. The look-behind comes after the hyphen, so that the engine tries it only
    # there, and the word before it is looked up only when this matches.
    "hyph": r"(?P<hyph>(?:[" + _HYPHENS + r"](?<=\w.)[ \t]*\r?\n|\ufffe(?<=\w.)[ \t]*(?:\r?\n)?)[ \t]*(?=(?P<next>\w)))",
    "crlf": r"(?P<crlf>[ \t\u00a0\u202f]*\r\n?)",  # trailing spaces go with the line break
    "trail": r"(?P<trail>[ \t\u00a0\u202f]+(?=\n))",
    "spaces": r"(?P<spaces>[ \t\u00a0\u202f\u2009\u2007]{2,})",
    # a word set in spaced letters, as PDF headings and labels often are (« M o n t a n t »,
    # « C C A P »): four letters at least, one space apart, words two spaces or more apart
    "spaced": r"(?P<spaced>(?<![^\W\d_])[^\W\d_](?: [^\W\d_]){3,}(?![^\W\d_]))",
    "comb": r"(?P<comb>.[\u0300-\u036f]+)",
    "other": r"(?P<other>[^\n\x20-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff])",
}
# The two branches that can start at any letter cost the most, and rarely match: each is left out of a
# text that holds no sign of it (a spaced word of four letters always holds « ␣L␣L␣L »).
_OPTIONAL = {"spaced": re.compile(r" [^\W\d_] [^\W\d_] [^\W\d_]"), "comb": re.compile(r"[\u0300-\u036f]")}
_SPECIALS = {
    needed: re.compile("|".join(p for name, p in _BRANCHES.items() if name not in _OPTIONAL or name in needed))
    for needed in (frozenset(), frozenset({"spaced"}), frozenset({"comb"}), frozenset(_OPTIONAL))
}


def _special(raw: str) -> re.Pattern[str]:
    return _SPECIALS[frozenset(name for name, hint in _OPTIONAL.items() if hint.search(raw))]


_WORD_BEFORE = re.compile(r"\w+$")


def _fold_char(ch: str) -> str:
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    nfkc = unicodedata.normalize("NFKC", ch)
    category = unicodedata.category(nfkc[0]) if nfkc else "Cc"
    if category in ("Cc", "Cf", "Co", "Cs", "Cn"):
        return " " if category == "Cc" else ""
    return nfkc


def _keeps_hyphen(word: str, next_char: str) -> bool:
    return word.lower() in _COMPOUND_PREFIXES or next_char.isupper() or next_char.isdigit() or word.isdigit()


# A figure's last group of three digits cut by a line-end hyphen: « 1 250 0-\n00 € », « 2 40-\n0 heures ».
# Only a group that follows another (« 1 250 » then « 0 »), whose two parts make three digits, is
# joined: ranges (« 2019-\n2020 », « lots 1-\n3 ») keep their hyphen.
_GROUP_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f](?P<part>\d{1,2})$")
_PART_AFTER = re.compile(r"\d{1,2}(?!\d)")


def _cuts_a_digit_group(raw: str, start: int, end: int) -> bool:
    before = _GROUP_BEFORE.search(raw, max(0, start - 30), start)
    after = _PART_AFTER.match(raw, end)
    return before is not None and after is not None and len(before.group("part")) + len(after.group()) == 3


def normalise(raw: str, drop_ranges: list[tuple[int, int]] | None = None) -> tuple[str, OffsetMap]:
    """Normalise `raw`, leaving out `drop_ranges`; returns the text and its map to `raw`."""
    if not drop_ranges:
        return _normalise_chunk(raw, 0)
    parts: list[str] = []
    offset_map = OffsetMap()
    cursor = 0
    norm_pos = 0
    for start, end in [*sorted(drop_ranges), (len(raw), len(raw))]:
        if start > cursor:
            text, chunk_map = _normalise_chunk(raw[cursor:start], cursor)
            parts.append(text)
            offset_map.extend(chunk_map.shifted(norm_pos, 0))
            norm_pos += len(text)
        cursor = max(cursor, end)
    return "".join(parts), offset_map


def _normalise_chunk(raw: str, raw_base: int) -> tuple[str, OffsetMap]:
    out: list[str] = []
    offset_map = OffsetMap()
    pos = 0  # normalised length so far
    last = 0

    def emit(text: str, raw_start: int, raw_end: int) -> None:
        nonlocal pos
        if text:
            out.append(text)
            offset_map.add(pos, len(text), raw_base + raw_start, raw_base + raw_end)
            pos += len(text)

    for match in _special(raw).finditer(raw):
        start, end = match.span()
        if start > last:
            emit(raw[last:start], last, start)
        last = end
        kind = match.lastgroup
        if kind == "hyph":
            word = _WORD_BEFORE.search(raw, max(0, start - 40), start)
            if match.group("next").isdigit() and _cuts_a_digit_group(raw, start, end):
                pass  # the figure is joined
            elif _keeps_hyphen(word.group() if word else "", match.group("next")):
                emit("-", start, start + 1)
            # else the hyphen and the line break disappear: the word is joined
        elif kind == "crlf":
            emit("\n", start, end)
        elif kind == "trail":
            pass
        elif kind == "spaces":
            emit(" ", start, end)
        elif kind == "spaced":
            emit(match.group().replace(" ", ""), start, end)
        elif kind == "comb":
            emit(unicodedata.normalize("NFC", match.group()), start, end)
        else:
            emit(_fold_char(match.group()), start, end)
    if last < len(raw):
        emit(raw[last:], last, len(raw))
    return "".join(out), offset_map


_DIGITS = re.compile(r"\d+")


def _line_key(line: str) -> str:
    """Lines equal but for their numbers ("Page 3 sur 15") share a key; long lines must match exactly."""
    folded = " ".join(line.split()).lower()
    return _DIGITS.sub("#", folded) if len(folded) <= 60 else folded


_TWO_PAGE_LINE_MIN = 20  # characters of a line repeated on both pages of a two-page document to be taken as running


def find_running_lines(pages: list[str], zone: int = 3) -> list[list[tuple[int, int]]]:
    """Raw spans of lines repeated at the top or bottom of most pages (headers, footers).

    A line counts when, with its numbers masked ("Page 3 sur 15"), it stands within the
    first or last `zone` non-empty lines of at least half the pages (and of 3 pages or more);
    in a document of two pages, a line of some length on both (« Ville de X – Gardiennage – CCAP »,
    « Consultation n° 12 – CCAP Page 1 / 2 »): a short one (« Lot 1 ») may be a table's first row.
    """
    result: list[list[tuple[int, int]]] = [[] for _ in pages]
    if len(pages) < 2:
        return result
    per_page: list[list[tuple[str, int, int]]] = []
    counts: Counter[str] = Counter()
    for text in pages:
        lines: list[tuple[str, int, int]] = []
        start = 0
        for line in text.splitlines(keepends=True):
            end = start + len(line)
            if line.strip():
                lines.append((_line_key(line), start, end))
            start = end
        edge = lines[:zone] + lines[-zone:] if len(lines) > 2 * zone else lines
        if len(pages) == 2 and len(lines) <= 2 * zone:
            edge = []  # two short pages (or the same page twice): no body to tell a header from
        per_page.append(edge)
        counts.update({key for key, _, _ in edge})
    needed = max(3, (len(pages) + 1) // 2) if len(pages) > 2 else 2
    shortest = 3 if len(pages) > 2 else _TWO_PAGE_LINE_MIN
    running = {key for key, n in counts.items() if n >= needed and len(key.replace("#", "").strip()) >= shortest}
    for index, edge in enumerate(per_page):
        seen: set[tuple[int, int]] = set()
        for key, start, end in edge:
            if key in running and (start, end) not in seen:
                seen.add((start, end))
                result[index].append((start, end))
    return result
