"""Detection: passages, their role and topic, the decision table -> Findings with evidence and trace."""

from clausecheck.detection.engine import DetectionResult, Detector
from clausecheck.detection.rules import Rule, RuleError, load_rules, rules_catalog
from clausecheck.detection.snippets import snippet_document

__all__ = [
    "DetectionResult",
    "Detector",
    "Rule",
    "RuleError",
    "load_rules",
    "rules_catalog",
    "snippet_document",
]
