"""The decision: each candidate's category from the role of its passage and the topic of its rule
(rules/decisions.yml), then the document's three-state considerations and reservation bases.

A rule finds a topic (insertion, other social, environmental, reservation); what that topic
counts as depends on what the passage does: an award criterion, an obligation of the holder, a
reservation, or nothing (the object of the contract, a question to the candidate, a price line).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from clausecheck.categories import BY_ID, CATEGORIES, RESERVATION_BASES, with_implied
from clausecheck.detection.recognizers import Candidate
from clausecheck.detection.roles import RoleReading
from clausecheck.model import Document

RULE_READING = "rule"


@dataclass(frozen=True, slots=True)
class DecisionTable:
    topics: dict[str, str]
    topic_of_category: dict[str, str]
    table: dict[str, dict[str, str | None] | str]
    why_nothing: dict[str, str]

    def topic_of(self, cand: Candidate) -> str:
        return cand.rule.topic or self.topic_of_category[cand.rule.category]

    def categorise(self, cand: Candidate, reading: RoleReading) -> tuple[str | None, str]:
        """(category or None, French note for the trace)."""
        rule = cand.rule
        topic = self.topic_of(cand)
        row = self.table.get(reading.role, RULE_READING)
        if rule.polarity == "absent" or row == RULE_READING or (cand.from_field and reading.role == "other"):
            category: str | None = rule.category
            return category, (f"thème « {self.topics.get(topic, topic)} », aucun rôle lu : "
                              f"lecture de la règle ({category})" if category else "")
        assert isinstance(row, dict)
        category = row.get(topic)
        if category is None:
            why = self.why_nothing.get(reading.role, "rien à retenir")
            return None, f"thème « {self.topics.get(topic, topic)} » × {reading.role} : {why}"
        return category, f"table : {reading.role} × {self.topics.get(topic, topic)} → {category}"


@lru_cache(maxsize=4)
def load_decisions(path: str | None = None) -> DecisionTable:
    from clausecheck.resources import read_yaml, rules_dir

    data = read_yaml(path or rules_dir() / "decisions.yml") or {}
    table = data.get("table") or {}
    for role, row in table.items():
        if isinstance(row, dict):
            for topic, category in row.items():
                if category is not None and category not in BY_ID:
                    raise ValueError(f"decisions.yml : catégorie inconnue « {category} » ({role} × {topic})")
    return DecisionTable(dict(data.get("topics") or {}), dict(data.get("topic_of_category") or {}), table,
                         dict(data.get("why_nothing") or {}))


def considerations_of(doc: Document, present: set[str]) -> tuple[dict[str, bool | None], dict[str, str]]:
    """Present when found; unknown (with the reason) when some pages had no text to trust (no text
    layer, or OCR too unsure); else absent."""
    present = with_implied(present)
    unverified = doc.unverified_reason()
    considerations: dict[str, bool | None] = {}
    unknown: dict[str, str] = {}
    for category in CATEGORIES:
        if category in present:
            considerations[category] = True
        elif unverified:
            considerations[category] = None
            unknown[category] = unverified
        else:
            considerations[category] = False
    return considerations, unknown


def ordered_bases(bases: set[str]) -> list[str]:
    return [b for b in RESERVATION_BASES if b in bases]
