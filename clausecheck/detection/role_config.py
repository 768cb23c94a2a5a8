"""What the role reader is configured with (rules/roles.yml) and what it returns: the roles, a reading and its
trace, the signs compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from clausecheck.detection.text import compile_pattern

ROLES = ("object", "selection", "criteria", "execution", "reservation", "price_schedule", "form", "other")
UNKNOWN = "other"


@dataclass(frozen=True, slots=True)
class RoleReading:
    role: str
    source: str  # champ | indice | intitulé | indice faible | indice confirmé | type de pièce | stipulation | modèle | aucun
    reason: str  # French, for the decision trace
    body: tuple[int, int] | None = None  # the article's first sentence a heading took its role from

    def describe(self, labels: dict[str, str]) -> str:
        return f"rôle « {labels.get(self.role, self.role)} » ({self.source} : {self.reason})"


@dataclass(slots=True)
class RoleConfig:
    labels: dict[str, str]
    fields: list[tuple[str, re.Pattern[str]]]
    strong: list[tuple[str, re.Pattern[str]]]
    weak: list[tuple[str, re.Pattern[str]]]
    headings: list[tuple[str, re.Pattern[str]]]
    topic_headings: list[tuple[str, re.Pattern[str]]]
    doc_types: dict[str, str]
    stipulations: dict[str, str]  # doc type -> role of a passage with no sign at all (last resort)
    # (kind, pattern); kinds: denied, optional, past, buyer_programme, question, not_scored, legal_reminder
    denials: list[tuple[str, re.Pattern[str]]]
    # clauses as what a service works on (« le suivi des clauses sociales dans les marchés du syndicat »): no clause
    subject_matter: list[re.Pattern[str]] = field(default_factory=list)


def _pairs(raw: dict[str, list[str]], compile_one: Any) -> list[tuple[str, re.Pattern[str]]]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for role, patterns in (raw or {}).items():
        if role not in ROLES:
            raise ValueError(f"roles.yml : rôle inconnu « {role} »")
        out.extend((role, compile_one(pattern)) for pattern in patterns)
    return out


@lru_cache(maxsize=4)
def load_roles(path: str | None = None) -> RoleConfig:
    from clausecheck.resources import read_yaml, rules_dir

    data = read_yaml(path or rules_dir() / "roles.yml") or {}
    cues = data.get("cues") or {}
    return RoleConfig(
        labels=dict(data.get("labels") or {}),
        fields=_pairs(data.get("fields") or {}, re.compile),
        strong=_pairs(cues.get("strong") or {}, lambda p: re.compile(compile_pattern(p).pattern, re.MULTILINE)),
        weak=_pairs(cues.get("weak") or {}, lambda p: re.compile(compile_pattern(p).pattern, re.MULTILINE)),
        headings=_pairs(data.get("headings") or {}, compile_pattern),
        topic_headings=_pairs(data.get("topic_headings") or {}, compile_pattern),
        doc_types=dict(data.get("doc_types") or {}),
        stipulations=dict(data.get("stipulations") or {}),
        denials=[(kind, re.compile(compile_pattern(p).pattern, re.MULTILINE))
                 for kind, patterns in (data.get("denials") or {}).items() for p in patterns],
        subject_matter=[compile_pattern(p) for p in data.get("subject_matter") or []],
    )


def first_sign(pairs: list[tuple[str, re.Pattern[str]]], text: str) -> tuple[str, str] | None:
    """The role whose sign occurs first in `text`, and the sign."""
    best: tuple[int, str, str] | None = None
    for role, pattern in pairs:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), role, match.group(0))
    return (best[1], best[2]) if best else None
