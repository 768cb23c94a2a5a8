"""Length-preserving text folding and the regex dialect the YAML rules are written in.

Rules match on a folded copy of `Document.text` (lower case, accents removed, every
apostrophe as "'", every whitespace as " "): one character in, one character out, so a
match span on the folded text is a span on `Document.text` and `Document.evidence()` works
unchanged.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`\u2032"


# Non-ASCII characters left once accents are gone. The folded text is kept pure ASCII: Python
# then stores it one byte per character and substring and regex searches run several times
# faster. Anything else becomes "_".
_ASCII_SUBSTITUTES = {
    "œ": "o", "Œ": "o", "æ": "a", "Æ": "a", "ß": "s", "€": "$", "°": "o", "«": '"', "»": '"',
    "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-",
    "\u2026": ".", "\u2022": "*", "\uf0b7": "*", "\u25aa": "*", "\u00b2": "2", "\u00b3": "3",
}


@lru_cache(maxsize=None)
def _fold_char(char: str) -> str:
    if char in _APOSTROPHES:
        return "'"
    if char == "\n":
        return "\n"  # kept: rules may stop at a line end with [^\n]
    if char.isspace():
        return " "
    if char.isascii():
        return char.lower()
    if char in _ASCII_SUBSTITUTES:
        return _ASCII_SUBSTITUTES[char]
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


def fold_pattern_text(pattern: str) -> str:
    """Strip accents and unify apostrophes in a pattern, keeping case: lower-casing is left
    to `translate_pattern`, which knows that \\S, \\W, \\D, \\B must keep theirs."""
    out = []
    for char in pattern:
        if char in _APOSTROPHES:
            out.append("'")
        elif char.isspace() or char.isascii():
            out.append(char)
        elif char in _ASCII_SUBSTITUTES:
            substitute = _ASCII_SUBSTITUTES[char]
            out.append("\\$" if substitute == "$" else substitute)
        else:
            base = unicodedata.normalize("NFD", char)[0]
            out.append(base if base.isascii() else char)
    return "".join(out)


def translate_pattern(pattern: str) -> str:
    """Turn the rule dialect into a Python regex over folded text.

    - accents are ignored (the pattern is folded like the text);
    - a literal space matches any run of whitespace or line breaks (" ?" : optional);
    - a literal apostrophe matches ', a lost apostrophe ('?' or nothing) and spaces.
    Inside a character class nothing is rewritten.
    """
    folded = fold_pattern_text(pattern)
    out: list[str] = []
    in_class = False
    escaped = False
    skip_next = False
    for index, char in enumerate(folded):
        if skip_next:
            skip_next = False
            continue
        if escaped:
            out.append(char)  # \S, \W, \D, \B keep their case
            escaped = False
            continue
        if char == "\\":
            out.append(char)
            escaped = True
            continue
        if in_class:
            out.append(char if out and out[-1] == "\\" else char.lower())
            if char == "]":
                in_class = False
            continue
        if char == "[":
            in_class = True
            out.append(char)
        elif char == " ":
            optional = folded[index + 1:index + 2] == "?"
            out.append(r"\s*" if optional else r"\s+")  # "a ?b": the space is optional
            skip_next = optional
        elif char == "'":
            out.append(r"['?]?\s*")
        else:
            out.append(char.lower())
    return "".join(out)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    # The text is folded to lower case and so is the pattern: no IGNORECASE, which would
    # stop the regex engine from using its fast literal search (5-10x slower on 12 MB).
    return re.compile(translate_pattern(pattern))


def compile_words(words: list[str]) -> re.Pattern[str] | None:
    """One regex for a list of context words/phrases, anchored on word boundaries
    (a context word must not match inside another word: Presidio issue #1061)."""
    if not words:
        return None
    parts = [translate_pattern(w) for w in words]
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")
