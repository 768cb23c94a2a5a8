"""Recognizers (Presidio style): each turns a document into scored candidates.

- RegexRecognizer: the YAML rules' patterns over the folded analysis text;
- FieldRecognizer: the YAML rules' `fields` over structured-notice fields (BOAMP/TED/eForms XML);
The passage model is no recognizer: it reads only the passages the rules found or left silent
(model_step.py), so its cost stays proportional to what the text holds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

import ahocorasick

from clausecheck.detection.rules import Rule
from clausecheck.model import Document


@dataclass(slots=True)
class Candidate:
    rule: Rule
    start: int  # span in Document.text
    end: int
    score: float
    trace: list[str] = field(default_factory=list)
    source: str = "rule"
    from_field: bool = False
    context_hit: bool = False
    negative_hit: bool = False  # a word of its negative context was found near it
    negated: bool = False  # set by the negation stage
    window: tuple[int, int] | None = None  # where its attributes are read, when not around it (an answer: answers.py)


class Recognizer(Protocol):
    def candidates(self, doc: Document, folded: str, rules: list[Rule]) -> list[Candidate]: ...


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class RegexRecognizer:
    """Regex patterns of every applicable rule; overlapping matches of one rule are merged.

    Cascade: a regex runs only in windows around the strings one of which every match of it
    holds (its `literals`, declared in the YAML; tests/test_rules.py checks them on every match of
    every example and test passage), found in one pass (Aho-Corasick, in C), whatever its rule's
    triggers. A regex without literals runs around its rule's trigger words, or, without triggers,
    over the whole text. The windows reach as far each side as the rule says its matches do (`reach`).
    """

    def candidates(self, doc: Document, folded: str, rules: list[Rule]) -> list[Candidate]:
        found: list[Candidate] = []
        rules = [rule for rule in rules if rule.regexes]
        words: set[str] = set()
        for rule in rules:
            for literals in rule.literals:
                words.update(literals or rule.triggers)  # a rule's triggers serve only its patterns without literals
        positions = word_index(frozenset(words)).positions(folded)
        names = sorted(_names_spans(folded) + body_names(doc.text))
        for rule in rules:
            spans: set[tuple[int, int]] = set()
            for regex, literals in zip(rule.regexes, rule.literals, strict=True):
                for lo, hi in self._windows(folded, literals or rule.triggers, positions, rule.reach):
                    for m in regex.finditer(folded, lo, hi):
                        # a match starts where a word starts: « plie » (the PLIE) is not the end of « supplies »
                        if m.end() > m.start() and not (m.start() and folded[m.start()].isalpha()
                                                        and folded[m.start() - 1].isalpha()) \
                                and not _in_a_name(folded, m.start(), names):
                            spans.add((m.start(), m.end()))
            last_end = -1
            for start, end in sorted(spans):
                if start < last_end:
                    continue  # same rule, overlapping match: one candidate
                last_end = end
                found.append(Candidate(
                    rule, start, end, rule.score,
                    [f"motif {rule.id} : « {_short(doc.text[start:end])} » (score de base {rule.score:.2f})"],
                ))
        return found

    def _windows(self, folded: str, triggers, positions: dict[str, list[int]], reach: int) -> list[tuple[int, int]]:
        if not triggers:
            return [(0, len(folded))]
        starts: list[int] = []
        for trigger in triggers:
            starts.extend(positions.get(trigger, ()))
        windows: list[tuple[int, int]] = []
        for at in sorted(starts):
            lo, hi = max(0, at - reach), min(len(folded), at + reach)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
            else:
                windows.append((lo, hi))
        return windows


# an address: its words name a place on the web, they say nothing (« …/PSL-2027-FSC », « www.eco-achats.fr »)
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s|]+")


def _names_spans(folded: str) -> list[tuple[int, int]]:
    if "http" not in folded and "www." not in folded:
        return []
    return [(m.start(), m.end()) for m in _ADDRESS.finditer(folded)]


# the proper name of a public body, as written: its capitalised head noun mid-sentence, then its adjectives and its
# « de … » complements (« Office français de la biodiversité », « Agence de l'environnement et de la maîtrise de
# l'énergie », « Direction régionale de l'environnement »): its words name the body, they say nothing of the contract
# (the head is searched for by its words, so that the regex engine skips to them; where it stands is checked after:
# ten times faster over a whole document than a regex opening on look-behinds)
_BODY_HEAD = re.compile(r"(?:Office|Agence|Conservatoire|Observatoire|Institut|Fédération|Direction|Ministère|"
                        r"Établissement public)\b")
_BODY_REST = re.compile(r"(?:\s+(?:national|régional|départemental|interdépartemental|français|européen|territorial|"
                        r"local|public)e?s?)*(?:\s*,?\s*(?:et\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
                        r"[a-zà-ÿ-]{3,}(?:\s+(?:et\s+)?[a-zà-ÿ-]{3,}(?=\s+(?:de|du|des|d['’])\b))?){1,4}")


def body_names(text: str) -> list[tuple[int, int]]:
    """Where the text names a public body by its proper name (see _BODY_HEAD)."""
    spans = []
    for head in _BODY_HEAD.finditer(text):
        at = head.start()
        if at == 0 or text[at - 1] == "\n" or text[at - 1].isalnum() or text[at - 1] == "_" \
                or (at >= 2 and text[at - 2] in ".!?:" and text[at - 1].isspace()):
            continue  # inside a word, or where a line or a sentence starts: no name's head mid-sentence
        rest = _BODY_REST.match(text, head.end())
        if rest is not None:
            spans.append((at, rest.end()))
    return spans


def _in_a_name(folded: str, start: int, addresses: list[tuple[int, int]]) -> bool:
    """Does the match at `start` stand in a web address or close a reference code (« PSL-2027-FSC », « 2027_BIO »)?
    Such words are a name's letters, not the text's."""
    if start >= 2 and folded[start - 1] in "-_/" and folded[start - 2].isdigit():
        return True
    at = bisect_right(addresses, (start, len(folded))) - 1
    return at >= 0 and addresses[at][0] <= start < addresses[at][1]


class WordIndex:
    """Every occurrence of a fixed set of words in one pass over the text (Aho-Corasick, in C):
    one scan for the 200-odd triggers and literals instead of one `str.find` scan each."""

    def __init__(self, words: frozenset[str]):
        self._automaton = ahocorasick.Automaton()
        for word in words:
            self._automaton.add_word(word, word)
        self._empty = not words
        if words:
            self._automaton.make_automaton()

    def positions(self, text: str) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        if self._empty:
            return found
        for end, word in self._automaton.iter(text):
            found.setdefault(word, []).append(end - len(word) + 1)
        return found


@lru_cache(maxsize=8)
def word_index(words: frozenset[str]) -> WordIndex:
    return WordIndex(words)


class FieldRecognizer:
    """Structured-notice fields (`Document.fields`): element path and optional text pattern."""

    def candidates(self, doc: Document, folded: str, rules: list[Rule]) -> list[Candidate]:
        if not doc.fields:
            return []
        from clausecheck.text import fold

        found: list[Candidate] = []
        for rule in rules:
            if not rule.fields:
                continue
            for item in doc.fields:
                for pattern in rule.fields:
                    if not pattern.path.search(item.path):
                        continue
                    if pattern.text is not None and not pattern.text.search(fold(item.text)):
                        continue
                    if any(not rx.search(item.attributes.get(name, "")) for name, rx in pattern.attributes.items()):
                        continue
                    start, end = _field_span(doc, item.offset, len(item.text))
                    found.append(Candidate(
                        rule, start, end, rule.score,
                        [f"champ {item.path} : « {_short(item.text) or '(vide)'} » (score de base {rule.score:.2f})"],
                        from_field=True,
                    ))
                    break
        return found


def _field_span(doc: Document, offset: int, length: int) -> tuple[int, int]:
    """The field's text, or, for an empty element, its whole `PATH:` line."""
    text = doc.text
    offset = min(max(offset, 0), len(text))
    if length > 0:
        return offset, min(offset + length, len(text))
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    if line_end <= line_start:
        return offset, min(offset + 1, len(text))
    return line_start, line_end


DEFAULT_RECOGNIZERS: tuple[Recognizer, ...] = (RegexRecognizer(), FieldRecognizer())
