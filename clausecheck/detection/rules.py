"""Detection rules: YAML data, validated on load, each shipping its own French examples.

One file per family in `rules/` (insertion.yml, social.yml, ...). A file holds
`rules: [...]`; see docs/rules.md for every key. `settings.yml` and `thresholds.yml` in the
same folder belong to other stages and are skipped; `vocabulary.yml` holds the named fragments
a pattern writes `{{name}}` (detection/vocabulary.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from clausecheck.categories import CATEGORIES, DECP_VALUES
from clausecheck.detection.attributes import EXTRACTORS
from clausecheck.detection.roles import ROLES
from clausecheck.detection.text import compile_pattern, compile_words, fold_pattern_text
from clausecheck.detection.vocabulary import VOCABULARY_FILE, Vocabulary, VocabularyError, expand, load_vocabulary
from clausecheck.model import DOC_TYPES
from clausecheck.resources import read_yaml

NOT_RULE_FILES = {"settings.yml", "thresholds.yml", "roles.yml", "decisions.yml", VOCABULARY_FILE}
TOPICS = ("insertion", "social", "environmental", "reservation")
SEVERITIES = ("INFO", "LOW", "MEDIUM", "HIGH")
CONFIDENCES = ("LOW", "MEDIUM", "HIGH")
POLARITIES = ("present", "absent")
KNOWN_KEYS = {
    "id", "category", "kind", "message", "severity", "polarity", "score", "metadata",
    "patterns", "fields", "context", "negative_context", "requires_context", "applies_to",
    "excluded_doc_types", "section_hints", "negation", "attributes", "examples", "description",
    "triggers", "topic", "roles", "context_roles", "requires_attribute", "reach", "reads_as",
}
# Characters each side of a literal in which a rule's matches lie, unless the rule says less: longer than any
# pattern's reach. A rule whose patterns are short phrases says so (`reach: 200`), and its regexes scan less text.
DEFAULT_REACH = 400


class RuleError(ValueError):
    """A rule file is wrong; the message says which file, which rule, and what to fix."""


@dataclass(slots=True)
class WordContext:
    """Words looked for in a window of characters around a match."""

    words: list[str]
    before: int  # characters looked at before the match
    after: int  # and after it
    weight: float  # added (context) or removed (negative_context) from the score
    regex: re.Pattern[str] | None = None


@dataclass(slots=True)
class FieldPattern:
    """Matches one structured-notice field: element path (regex) and optionally its text."""

    path: re.Pattern[str]
    text: re.Pattern[str] | None = None
    attributes: dict[str, re.Pattern[str]] = field(default_factory=dict)  # e.g. listName


@dataclass(slots=True)
class Example:
    """An annotated French snippet; `doc_type` sets the document type it is read as. A positive
    example may say which category the rule's finding must have there (`category`: the same words
    are a criterion under « Critères » and a clause under « Conditions d'exécution »), the words
    the evidence must quote (`quote`), and attributes it must read (`hours`, `bases`, `weight`)."""

    text: str
    doc_type: str | None = None
    category: str | None = None
    quote: str | None = None
    hours: int | None = None
    bases: list[str] | None = None
    weight: float | None = None


@dataclass(slots=True)
class Rule:
    id: str
    category: str
    kind: str
    message: str
    severity: str
    polarity: str
    score: float
    legal_basis: list[str]
    decp_value: str | None
    confidence: str
    patterns: list[str]
    regexes: list[re.Pattern[str]]
    literals: list[list[str] | None]  # per regex: words every match contains (declared in the YAML)
    fields: list[FieldPattern]
    context: list[WordContext]  # each block adds its weight once when one of its words is near
    negative_context: list[WordContext]
    requires_context: bool
    applies_to: list[str]
    excluded_doc_types: list[str]
    section_hints: WordContext | None
    negation: bool  # look for a grammatical negation around the match
    attributes: list[str]  # attribute extractors to run on the passage
    positive_examples: list[Example]
    negative_examples: list[Example]
    source_file: str
    description: str = ""
    # Literal words (folded) of which one must occur in the document for the regexes to run:
    # a substring test costs microseconds, a regex pass over a long document does not.
    triggers: list[str] = field(default_factory=list)
    topic: str | None = None  # insertion | social | environmental | reservation (default: its category's)
    roles: list[str] = field(default_factory=list)  # passage roles it may fire in (default: any)
    context_roles: list[str] = field(default_factory=list)  # roles that meet `requires_context`
    # an attribute its match's sentence must yield (« bases »: a reservation names who it is for)
    requires_attribute: str | None = None
    reach: int = DEFAULT_REACH  # characters each side of a literal where every match lies (tests/test_rules.py)
    # the role its match states itself, whatever passage it stands in (the insertion minimum a criterion recalls
    # is the holder's obligation, not the criterion)
    reads_as: str | None = None

    @property
    def examples(self) -> list[Example]:
        return [*self.positive_examples, *self.negative_examples]

    def applies_to_doc_type(self, doc_type: str) -> bool:
        if doc_type in self.excluded_doc_types:
            return False
        return not self.applies_to or doc_type in self.applies_to

    def catalog_entry(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "kind": self.kind,
            "message": self.message,
            "severity": self.severity,
            "polarity": self.polarity,
            "score": self.score,
            "legal_basis": list(self.legal_basis),
            "decp_value": self.decp_value,
            "confidence": self.confidence,
            "patterns": list(self.patterns),
            "fields": len(self.fields),
            "applies_to": list(self.applies_to),
            "excluded_doc_types": list(self.excluded_doc_types),
            "examples": {"positive": len(self.positive_examples), "negative": len(self.negative_examples)},
            "file": self.source_file,
            "description": self.description,
            "topic": self.topic,
            "roles": list(self.roles),
            "reads_as": self.reads_as,
        }


def _context_blocks(raw: Any, where: str, default_window: int, default_weight: float) -> list[WordContext]:
    """`context:` is a list of words, one block {words, window|before/after, weight}, or a
    list of such blocks (e.g. weights close after a criterion, a heading further before)."""
    if raw is None:
        return []
    if isinstance(raw, list) and raw and all(isinstance(item, dict) for item in raw):
        return [b for item in raw if (b := _word_context(item, where, default_window, default_weight))]
    block = _word_context(raw, where, default_window, default_weight)
    return [block] if block else []


def _word_context(raw: Any, where: str, default_window: int, default_weight: float) -> WordContext | None:
    if raw is None:
        return None
    if isinstance(raw, list):
        raw = {"words": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("words"), list) or not raw["words"]:
        raise RuleError(f"{where}: attendu une liste de mots (ou {{words: [...], window, weight}})")
    words = [str(w) for w in raw["words"]]
    try:
        regex = compile_words(words)
    except re.error as exc:
        raise RuleError(f"{where}: expression invalide ({exc})") from exc
    window = int(raw.get("window", default_window))
    return WordContext(
        words, int(raw.get("before", window)), int(raw.get("after", window)),
        float(raw.get("weight", default_weight)), regex,
    )


EXAMPLE_KEYS = {"text", "doc_type", "category", "quote", "hours", "bases", "weight"}


def _required_attribute(raw: Any, where: str) -> str | None:
    if raw is None:
        return None
    if str(raw) not in EXTRACTORS:
        raise RuleError(f"{where}: requires_attribute {raw!r} inconnu (attendu : {', '.join(sorted(EXTRACTORS))})")
    return str(raw)


def _example(raw: Any, where: str) -> Example:
    if isinstance(raw, str):
        return Example(raw, None)
    if isinstance(raw, dict) and isinstance(raw.get("text"), str):
        unknown = set(raw) - EXAMPLE_KEYS
        if unknown:
            raise RuleError(f"{where}: clé(s) d'exemple inconnue(s) {sorted(unknown)}")
        doc_type = raw.get("doc_type")
        if doc_type is not None and doc_type not in DOC_TYPES:
            raise RuleError(f"{where}: type de document inconnu {doc_type!r} dans un exemple")
        category = raw.get("category")
        if category is not None and category not in CATEGORIES:
            raise RuleError(f"{where}: catégorie inconnue {category!r} dans un exemple")
        return Example(raw["text"], doc_type, category, raw.get("quote"),
                       int(raw["hours"]) if raw.get("hours") is not None else None,
                       [str(b) for b in raw["bases"]] if raw.get("bases") is not None else None,
                       float(raw["weight"]) if raw.get("weight") is not None else None)
    raise RuleError(f"{where}: exemple invalide {raw!r} (texte, ou {{text, doc_type, category, quote, …}})")


def _rule_from_dict(raw: dict[str, Any], source: str, vocabulary: Vocabulary | None = None) -> Rule:
    rid = raw.get("id")
    where = f"{source}: règle {rid!r}"
    if not isinstance(rid, str) or not rid.strip():
        raise RuleError(f"{source}: une règle n'a pas d'identifiant (clé 'id')")
    unknown = set(raw) - KNOWN_KEYS
    if unknown:
        raise RuleError(f"{where}: clé(s) inconnue(s) {sorted(unknown)}")
    category = raw.get("category")
    topic = raw.get("topic")
    roles = [str(r) for r in raw.get("roles") or []]
    context_roles = [str(r) for r in raw.get("context_roles") or []]
    reads_as = raw.get("reads_as")
    for role in roles + context_roles + ([reads_as] if reads_as is not None else []):
        if role not in ROLES:
            raise RuleError(f"{where}: rôle inconnu {role!r} (attendu : {', '.join(ROLES)})")
    if topic is not None and topic not in TOPICS:
        raise RuleError(f"{where}: thème inconnu {topic!r} (attendu : {', '.join(TOPICS)})")
    if category is None and (topic is None or not roles or "other" in roles):
        raise RuleError(f"{where}: sans catégorie, une règle doit donner son thème (topic) et les rôles où elle "
                        "vaut (roles, sans « other ») : la table de décision fixe alors la catégorie")
    if category is not None and category not in CATEGORIES:
        raise RuleError(f"{where}: catégorie inconnue {category!r} (attendu : {', '.join(CATEGORIES)})")
    message = str(raw.get("message") or "").strip()
    if not message:
        raise RuleError(f"{where}: message vide")
    severity = str(raw.get("severity", "INFO"))
    if severity not in SEVERITIES:
        raise RuleError(f"{where}: sévérité inconnue {severity!r}")
    polarity = str(raw.get("polarity", "present"))
    if polarity not in POLARITIES:
        raise RuleError(f"{where}: polarité inconnue {polarity!r}")
    score = float(raw.get("score", 0.6))
    if not 0.0 < score <= 1.0:
        raise RuleError(f"{where}: score hors de ]0, 1]")
    metadata = raw.get("metadata") or {}
    decp_value = metadata.get("decp_value")
    if decp_value is not None and decp_value not in DECP_VALUES:
        raise RuleError(f"{where}: decp_value inconnue {decp_value!r}")
    confidence = str(metadata.get("confidence", "MEDIUM"))
    if confidence not in CONFIDENCES:
        raise RuleError(f"{where}: metadata.confidence doit valoir LOW, MEDIUM ou HIGH")
    patterns: list[str] = []
    literals: list[list[str] | None] = []
    regexes = []
    for item in raw.get("patterns") or []:
        if isinstance(item, dict):
            pattern = str(item.get("regex") or "")
            declared = [fold_pattern_text(str(w)).lower() for w in item.get("literals") or []]
            literals.append(declared or None)
        else:
            pattern = str(item)
            literals.append(None)
        try:
            pattern = expand(pattern, vocabulary or {}, where)
        except VocabularyError as exc:
            raise RuleError(str(exc)) from exc
        patterns.append(pattern)
        try:
            regexes.append(compile_pattern(pattern))
        except re.error as exc:
            raise RuleError(f"{where}: motif invalide {pattern!r} ({exc})") from exc
    fields = []
    for item in raw.get("fields") or []:
        try:
            fields.append(FieldPattern(
                re.compile(str(item["path"]), re.IGNORECASE),
                compile_pattern(str(item["text"])) if item.get("text") else None,
                {str(k): re.compile(str(v), re.IGNORECASE) for k, v in (item.get("attributes") or {}).items()},
            ))
        except (KeyError, TypeError, re.error) as exc:
            raise RuleError(f"{where}: champ structuré invalide {item!r} ({exc})") from exc
    if not regexes and not fields:
        raise RuleError(f"{where}: ni 'patterns' ni 'fields'")
    for key in ("applies_to", "excluded_doc_types"):
        for doc_type in raw.get(key) or []:
            if doc_type not in DOC_TYPES:
                raise RuleError(f"{where}: type de document inconnu {doc_type!r} dans {key}")
    examples = raw.get("examples") or {}
    positive = [_example(e, where) for e in examples.get("positive") or []]
    negative = [_example(e, where) for e in examples.get("negative") or []]
    if not positive or not negative:
        raise RuleError(f"{where}: chaque règle doit fournir des exemples positifs ET négatifs")
    return Rule(
        id=rid,
        category=category or "",
        kind=str(raw.get("kind") or category or topic),
        message=message,
        severity=severity,
        polarity=polarity,
        score=score,
        legal_basis=[str(b) for b in metadata.get("legal_basis") or []],
        decp_value=decp_value,
        confidence=confidence,
        patterns=patterns,
        regexes=regexes,
        literals=literals,
        fields=fields,
        context=_context_blocks(raw.get("context"), f"{where} context", 150, 0.25),
        negative_context=_context_blocks(raw.get("negative_context"), f"{where} negative_context", 150, 1.0),
        requires_context=bool(raw.get("requires_context", False)),
        applies_to=[str(t) for t in raw.get("applies_to") or []],
        excluded_doc_types=[str(t) for t in raw.get("excluded_doc_types") or []],
        section_hints=_word_context(raw.get("section_hints"), f"{where} section_hints", 0, 0.1),
        negation=bool(raw.get("negation", polarity == "present")),
        attributes=[str(a) for a in raw.get("attributes") or []],
        positive_examples=positive,
        negative_examples=negative,
        source_file=source,
        description=str(raw.get("description") or ""),
        requires_attribute=_required_attribute(raw.get("requires_attribute"), where),
        triggers=[fold_pattern_text(str(t)).lower() for t in raw.get("triggers") or []],
        topic=topic,
        roles=roles,
        context_roles=context_roles,
        reach=_reach(raw.get("reach", DEFAULT_REACH), where),
        reads_as=reads_as,
    )


def _reach(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 20 <= value <= DEFAULT_REACH:
        raise RuleError(f"{where}: reach doit être un nombre de caractères entre 20 et {DEFAULT_REACH}")
    return value


def load_rules(rules_dir: Path | None = None) -> list[Rule]:
    """Load and validate every rule file; raise RuleError with a clear French message."""
    if rules_dir is None:
        from clausecheck.resources import rules_dir as default_rules_dir
        rules_dir = default_rules_dir()
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    files = sorted(p for p in Path(rules_dir).glob("*.yml") if p.name not in NOT_RULE_FILES)
    if not files:
        raise RuleError(f"aucun fichier de règles dans {rules_dir}")
    try:
        vocabulary = load_vocabulary(Path(rules_dir))
    except (VocabularyError, yaml.YAMLError) as exc:
        raise RuleError(str(exc)) from exc
    for path in files:
        try:
            data = read_yaml(path) or {}
        except yaml.YAMLError as exc:
            raise RuleError(f"{path.name}: YAML invalide ({exc})") from exc
        if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
            raise RuleError(f"{path.name}: attendu une clé 'rules' contenant une liste")
        for raw in data["rules"]:
            if not isinstance(raw, dict):
                raise RuleError(f"{path.name}: chaque règle doit être un dictionnaire")
            rule = _rule_from_dict(raw, path.name, vocabulary)
            if rule.id in seen:
                raise RuleError(f"{path.name}: identifiant {rule.id!r} déjà utilisé dans {seen[rule.id]}")
            seen[rule.id] = path.name
            rules.append(rule)
    return rules


def rules_catalog(rules: list[Rule] | None = None) -> list[dict[str, Any]]:
    """The rule list for `clausecheck rules list` and GET /v1/rules."""
    return [rule.catalog_entry() for rule in (rules if rules is not None else load_rules())]
