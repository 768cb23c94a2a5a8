"""How tender documents write « n° », a lot and its number, and a currency is written once, in
clausecheck/patterns.py: these tests fail when one of those fragments is written again elsewhere
(extraction, detection, structure, assessment, the API, or the rules in rules/*.yml).

What counts as written again, in a regular expression (a string holding a regex escape):
- a « n° » class: « n » then a character class holding « ° » or « º » (NUMERO, NUMERO_SIGN);
- a lot and its number: « lot » or « lots », then only spacing, « n° » or a repeated « lot », then a
  digit or a number group (LOT, LOTS, LOT_AGAIN, LOT_NUMERO, LOT_SPACED, LOT_ON_LINE);
- the currency of an amount, « € », « euro(s) » or « eur » as one alternation (CURRENCY).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from clausecheck import patterns

ROOT = Path(__file__).resolve().parents[1]
FRAGMENTS = ROOT / "clausecheck" / "patterns.py"

REGEX_MARK = re.compile(r"\\[sdbwSDBW]|\(\?|\[[^\]]+\]")
NUMERO_AGAIN = re.compile(r"n(?:\\s[?*]?| \??)?\[[^\]]*[°º]")
_GAP = r"(?:\\s[*+?]?|\[ \\t\][*+?]?| \??|\\\.\??|\(\?:|\)\??|:\??)*"
LOT_NUMBER_AGAIN = re.compile(r"(?<![a-z])lots?(?:\?|\\\(s\\\)\??|\(\?:\\\(s\\\)\)\?)?" + _GAP
                              + r"(?:\\d|\(\?P<\w+>\\d|n(?:\\s[?*]?| \??)?\[|lot\\s)", re.IGNORECASE)
CURRENCY_AGAIN = re.compile(r"€\|euros\?\\b\|eur\\b")


def _regexes_in_python(path: Path) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and REGEX_MARK.search(node.value):
            yield node.lineno, node.value


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def python_regexes() -> list[tuple[str, str]]:
    found = []
    for folder in ("clausecheck", "api"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path != FRAGMENTS:
                found += [(f"{path.relative_to(ROOT)}:{line}", text) for line, text in _regexes_in_python(path)]
    return found


def rule_regexes() -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "rules").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [(str(path.relative_to(ROOT)), text) for text in _strings(data) if REGEX_MARK.search(text)]
    return found


def written_again(pattern: re.Pattern[str], regexes: list[tuple[str, str]]) -> list[str]:
    return [f"{where} : …{text[max(0, m.start() - 30):m.end() + 30]}…"
            for where, text in regexes for m in pattern.finditer(text)]


def test_the_checks_see_the_fragments_they_guard():
    """Each check catches the fragment written out, so a pass means something."""
    written = [("patterns.py", value) for value in (patterns.NUMERO, patterns.NUMERO_SIGN, patterns.CURRENCY,
                                                    patterns.LOT + r"(?P<n>\d{1,3})", patterns.LOT_AGAIN + r"\d",
                                                    patterns.LOT_SPACED + r"(?P<n>\d{1,3})",
                                                    patterns.LOT_ON_LINE + r"\d", patterns.LOT_NUMERO + r"\d")]
    assert len(written_again(NUMERO_AGAIN, written)) >= 6
    assert len(written_again(LOT_NUMBER_AGAIN, written)) == 5
    assert len(written_again(CURRENCY_AGAIN, written)) == 1
    assert written_again(LOT_NUMBER_AGAIN, [("x", r"\blot\s*n[°º]\s*(\d+)"), ("y", r"lots?\s+(?P<n>\d{1,3})")])
    assert not written_again(LOT_NUMBER_AGAIN, [("x", r"\blots?\b|\ballotissement"), ("y", r"lot\s+unique\b")])


def test_the_checks_read_extraction_detection_and_the_rules():
    places = {where.split(":")[0] for where, _ in python_regexes() + rule_regexes()}
    for expected in ("clausecheck/extraction/allotment.py", "clausecheck/extraction/lottable.py",
                     "clausecheck/detection/roles.py", "clausecheck/structure/doctype.py", "rules/reserved.yml",
                     "rules/insertion.yml"):
        assert expected in places, expected


def test_no_numero_written_outside_the_fragments():
    assert not written_again(NUMERO_AGAIN, python_regexes()), "utiliser patterns.NUMERO (ou NUMERO_SIGN)"


def test_no_lot_number_written_outside_the_fragments():
    assert not written_again(LOT_NUMBER_AGAIN, python_regexes() + rule_regexes()), \
        "utiliser patterns.LOT, LOTS, LOT_AGAIN, LOT_NUMERO, LOT_SPACED ou LOT_ON_LINE"


def test_no_currency_written_outside_the_fragments():
    assert not written_again(CURRENCY_AGAIN, python_regexes() + rule_regexes()), "utiliser patterns.CURRENCY"


def test_rules_have_no_degree_sign_they_could_never_meet():
    """Rules read the folded text, where « n° » is « no »: a « ° » in a rule's class never matches."""
    dead = [f"{where} : {text}" for where, text in rule_regexes() if re.search(r"\[[^\]]*[°º]", text)]
    assert not dead
