"""Fast scanning: run a costly regex only in windows around a cheap anchor.

A 600-document corpus is ~13 MB of text; a case-insensitive regex with many alternatives
over all of it costs seconds. Anchors are literal and searched in the lower-cased text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from clausecheck.layout import compose, repair_layout

_COMBINING_RE = re.compile(r"[\u0300-\u036f]")
_CLUSTER_RE = re.compile(r"[^\u0300-\u036f][\u0300-\u036f]+")


def _nfc_with_map(text: str) -> tuple[str, list[int] | None]:
    """NFC-compose text (PDF text often has « e » + combining accent) and map each composed
    character back to its index in the original."""
    if not _COMBINING_RE.search(text):
        return text, None
    out: list[str] = []
    mapping: list[int] = []
    pos = 0
    for m in _CLUSTER_RE.finditer(text):
        if m.start() > pos:
            out.append(text[pos:m.start()])
            mapping.extend(range(pos, m.start()))
        cluster = unicodedata.normalize("NFC", m.group())
        out.append(cluster)
        mapping.extend([m.start()] * len(cluster))
        pos = m.end()
    out.append(text[pos:])
    mapping.extend(range(pos, len(text) + 1))
    return "".join(out), mapping


class Scanner:
    """Per-document helper: analysis text (NFC, figures cut by a line end joined), lower-cased
    copy, cached anchor windows.

    `text` may differ from the document text (decomposed accents, « 1 250\n000 € » read as one
    figure); `orig(i)` maps an index of `text` back to the document text.
    """

    __slots__ = ("_hits", "_map", "_windows", "low", "text")

    def __init__(self, text: str) -> None:
        text, nfc_map = _nfc_with_map(text)
        text, joined_map = repair_layout(text)
        self._map = compose(nfc_map, joined_map)
        self.text = text
        low = text.lower()
        self.low = low if len(low) == len(text) else text  # rare: lower() changed the length
        self._windows: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
        self._hits: dict[str, list[tuple[int, int]]] = {}

    def orig(self, i: int) -> int:
        if self._map is None:
            return i
        return self._map[min(max(i, 0), len(self._map) - 1)]

    def span(self, s: int, e: int) -> tuple[int, int]:
        return self.orig(s), self.orig(e)

    def windows(self, anchor: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
        key = (anchor.pattern, before, after)
        found = self._windows.get(key)
        if found is not None:
            return found
        spans: list[tuple[int, int]] = []
        n = len(self.text)
        for start, end in self.hits(anchor):
            s, e = max(0, start - before), min(n, end + after)
            if spans and s <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], e))
            else:
                spans.append((s, e))
        self._windows[key] = spans
        return spans

    def hits(self, anchor: re.Pattern[str]) -> list[tuple[int, int]]:
        """Where the anchor occurs. An anchor that is a plain alternation of literals is found
        with str.find (much faster than the regex engine on megabytes of text)."""
        found = self._hits.get(anchor.pattern)
        if found is not None:
            return found
        literals = _literals(anchor.pattern)
        if literals is None:
            found = [m.span() for m in anchor.finditer(self.low)]
        else:
            found = []
            low = self.low
            for lit in literals:
                i = low.find(lit)
                while i >= 0:
                    found.append((i, i + len(lit)))
                    i = low.find(lit, i + 1)
            found.sort()
        self._hits[anchor.pattern] = found
        return found

    def finditer(self, pattern: re.Pattern[str], anchor: re.Pattern[str], before: int = 120,
                 after: int = 60) -> Iterator[re.Match[str]]:
        last_end = -1
        for s, e in self.windows(anchor, before, after):
            for m in pattern.finditer(self.text, s, e):
                if m.start() >= last_end:
                    last_end = m.end()
                    yield m

    def search(self, pattern: re.Pattern[str], anchor: re.Pattern[str], before: int = 120,
               after: int = 60) -> re.Match[str] | None:
        return next(self.finditer(pattern, anchor, before, after), None)


LOT_ANCHOR = re.compile(r"lot")
EURO_ANCHOR = re.compile(r"€|eur")


_LITERAL_CACHE: dict[str, list[str] | None] = {}


def _literals(pattern: str) -> list[str] | None:
    """'a|b[ée]c' -> ['a', 'bec', 'béc']; None if the pattern is not that simple."""
    if pattern in _LITERAL_CACHE:
        return _LITERAL_CACHE[pattern]
    out: list[str] = []
    ok = True
    for alt in pattern.split("|"):
        variants = [""]
        i = 0
        while i < len(alt):
            ch = alt[i]
            if ch == "[":
                j = alt.find("]", i)
                chars = alt[i + 1:j]
                if j < 0 or any(c in chars for c in "\\^-"):
                    ok = False
                    break
                variants = [v + c for v in variants for c in chars]
                i = j + 1
            elif ch in "\\.*+?(){}^$":
                ok = False
                break
            else:
                variants = [v + ch for v in variants]
                i += 1
        if not ok:
            break
        out.extend(variants)
    result = out if ok else None
    _LITERAL_CACHE[pattern] = result
    return result
