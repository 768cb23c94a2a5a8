"""Detection: YAML rules + structured-notice fields + passage classifier -> Findings."""

from clausecheck.detection.engine import DetectionResult, Detector, snippet_document
from clausecheck.detection.rules import ExampleFailure, Rule, RuleError, load_rules, rules_catalog, run_rule_examples

__all__ = [
    "Detector", "DetectionResult", "snippet_document",
    "Rule", "RuleError", "ExampleFailure", "load_rules", "rules_catalog", "run_rule_examples",
]
