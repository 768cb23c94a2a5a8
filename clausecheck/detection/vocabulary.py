"""Named fragments of the rules' language (rules/vocabulary.yml): one list for one idea, written once and used
wherever a rule or an attribute needs it.

A fragment is a set of named entries, each a pattern in the rules' dialect (clausecheck/detection/text.py). A rule's
pattern writes `{{name}}` where any entry of the fragment may stand; the attribute extractors read the entries by
their names (the publics of an insertion clause, detection/attributes.py). Example: `publics_eloignes`, the publics
far from employment — every rule that reads a hiring, a share of hours or a post given to one of them knows all of
them, instead of each rule keeping its own shorter list.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from clausecheck.resources import read_yaml

VOCABULARY_FILE = "vocabulary.yml"
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")

Vocabulary = dict[str, dict[str, str]]  # fragment name -> {entry name: pattern}


class VocabularyError(ValueError):
    """A vocabulary file or a fragment a pattern names is wrong (French message)."""


def load_vocabulary(rules_dir: Path) -> Vocabulary:
    path = rules_dir / VOCABULARY_FILE
    if not path.is_file():
        return {}
    data = read_yaml(path) or {}
    fragments = data.get("fragments") if isinstance(data, dict) else None
    if not isinstance(fragments, dict):
        raise VocabularyError(f"{VOCABULARY_FILE}: attendu une clé 'fragments' (nom -> entrées)")
    out: Vocabulary = {}
    for name, raw in fragments.items():
        entries = raw.get("entries") if isinstance(raw, dict) else None
        if not isinstance(entries, dict) or not entries:
            raise VocabularyError(f"{VOCABULARY_FILE}: le fragment {name!r} doit donner ses entrées (entries)")
        out[str(name)] = {str(label): str(pattern) for label, pattern in entries.items()}
    return out


@cache
def shipped_vocabulary() -> Vocabulary:
    """The vocabulary shipped with the rules (what the attribute extractors read)."""
    from clausecheck.resources import rules_dir

    return load_vocabulary(rules_dir())


def expand(pattern: str, vocabulary: Vocabulary, where: str) -> str:
    """The pattern with each `{{name}}` replaced by the alternation of the fragment's entries."""

    def entries(m: re.Match[str]) -> str:
        fragment = vocabulary.get(m.group(1))
        if fragment is None:
            raise VocabularyError(f"{where}: fragment inconnu {{{{{m.group(1)}}}}} (rules/{VOCABULARY_FILE})")
        return "(?:" + "|".join(f"(?:{p})" for p in fragment.values()) + ")"

    return _PLACEHOLDER.sub(entries, pattern)
