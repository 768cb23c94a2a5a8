"""Every rule ships with annotated examples (Semgrep's way), run in the shipped configuration: the
whole engine (structure, every rule, the passage model, the decision table, extraction) reads
each example as a one-page document, and the rule must find it (positive) or not (negative).

A positive example may also say which category the finding must have there, which words its
evidence must quote, and the insertion hours, reservation bases or criterion weight the engine
must read (`clausecheck rules test`, tests/test_rules.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from clausecheck.detection.rules import Example, Rule, load_rules
from clausecheck.detection.snippets import snippet_document
from clausecheck.pipeline import Engine
from clausecheck.results import DocumentResult
from clausecheck.text import fold


@dataclass(slots=True)
class ExampleFailure:
    rule_id: str
    expected: str  # 'positive' or 'negative'
    example: str
    detail: str  # French

    def __str__(self) -> str:
        return f"{self.rule_id} [{self.expected}] {self.detail} : « {self.example[:120]} »"


def read_example(engine: Engine, rule: Rule, example: Example) -> DocumentResult:
    doc_type = example.doc_type or (rule.applies_to[0] if rule.applies_to else "AUTRE")
    return engine.analyse(snippet_document(example.text, doc_type))


def check_positive(rule: Rule, example: Example, result: DocumentResult) -> str | None:
    """What is wrong with a positive example's reading, or None."""
    own = [f for f in result.findings if f.rule_id == rule.id and f.polarity == rule.polarity]
    if not own:
        return "l'exemple positif n'est pas détecté par la règle"
    if example.category and not any(f.category == example.category for f in own):
        return f"catégorie attendue {example.category}, obtenue {', '.join(sorted({f.category for f in own}))}"
    if example.quote and not any(fold(example.quote) in fold(f.evidence.quote) for f in own):
        return f"la preuve ne cite pas « {example.quote} »"
    if example.hours is not None and result.insertion_hours != example.hours:
        return f"heures d'insertion attendues {example.hours}, lues {result.insertion_hours}"
    if example.bases is not None and sorted(result.reservation_bases) != sorted(example.bases):
        return f"fondements attendus {example.bases}, lus {result.reservation_bases}"
    if example.weight is not None and not any(f.attributes.get("weight") == example.weight for f in own):
        return f"pondération attendue {example.weight:g}"
    return None


def run_rule_examples(rules: list[Rule] | None = None, engine: Engine | None = None) -> list[ExampleFailure]:
    """Run each rule's examples through the shipped engine. Empty list = all good."""
    rules = rules if rules is not None else load_rules()
    engine = engine or Engine()
    failures: list[ExampleFailure] = []
    for rule in rules:
        for example in rule.positive_examples:
            problem = check_positive(rule, example, read_example(engine, rule, example))
            if problem:
                failures.append(ExampleFailure(rule.id, "positive", example.text, problem))
        for example in rule.negative_examples:
            result = read_example(engine, rule, example)
            if any(f.rule_id == rule.id and f.polarity == rule.polarity for f in result.findings):
                failures.append(ExampleFailure(rule.id, "negative", example.text, "l'exemple négatif est détecté à tort"))
    return failures
