"""The regex dialect the YAML rules are written in, over the folded text (clausecheck/text.py).

Rules match on a folded copy of `Document.text` (lower case, accents removed, every
apostrophe as "'", every whitespace as " "): one character in, one character out, so a
match span on the folded text is a span on `Document.text` and `Document.evidence()` works
unchanged.
"""

from __future__ import annotations

import re
import unicodedata

from clausecheck.text import APOSTROPHES, ASCII_SUBSTITUTES, fold

__all__ = ["compile_pattern", "compile_words", "fold", "fold_pattern_text", "translate_pattern"]

def fold_pattern_text(pattern: str) -> str:
    """Strip accents and unify apostrophes in a pattern, keeping case: lower-casing is left
    to `translate_pattern`, which knows that \\S, \\W, \\D, \\B must keep theirs."""
    out = []
    for char in pattern:
        if char in APOSTROPHES:
            out.append("'")
        elif char.isspace() or char.isascii():
            out.append(char)
        elif char in ASCII_SUBSTITUTES:
            substitute = ASCII_SUBSTITUTES[char]
            out.append("\\$" if substitute == "$" else substitute)
        else:
            base = unicodedata.normalize("NFD", char)[0]
            out.append(base if base.isascii() else char)
    return "".join(out)


# An optional ending also matches its inclusive spellings: « (s) », « (e)s », « (e)(s) », « .e.s »,
# « ·e·s » (the middle dot folds to « _ »).
INCLUSIVE_ENDINGS = {
    "s": r"(?:s|\(e?s\)|\(e\)s|\(e\)\(s\)|[._]e[._]s|[._]s)?",
    "e": r"(?:e|\(e\)|[._]e)?",
}


def translate_pattern(pattern: str) -> str:
    """Turn the rule dialect into a Python regex over folded text.

    - accents are ignored (the pattern is folded like the text);
    - a literal space matches any run of whitespace or line breaks (" ?" : optional);
    - a literal apostrophe matches ', a lost apostrophe ('?' or nothing) and spaces;
    - an optional plural or feminine ending after a letter (« personnes? », « eloignees? ») also
      matches its inclusive spellings (« personne(s) éloignée(s) », « salarié(e)s », « salarié·e·s »).
    Inside a character class nothing is rewritten.
    """
    folded = fold_pattern_text(pattern)
    out: list[str] = []
    in_class = False
    escaped = False
    skip_next = False
    after_letter = False  # the previous character is a letter of a word, not of an escape
    for index, char in enumerate(folded):
        if skip_next:
            skip_next = False
            continue
        if escaped:
            out.append(char)  # \S, \W, \D, \B keep their case
            escaped = after_letter = False
            continue
        ending = char.lower()
        if after_letter and ending in "se" and folded[index + 1:index + 2] == "?" \
                and folded[index + 2:index + 3] != "?":
            out.append(INCLUSIVE_ENDINGS[ending])
            skip_next = True
            after_letter = False
            continue
        after_letter = not in_class and char.isalpha()
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

