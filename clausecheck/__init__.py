"""clausecheck: what French public tender documents really commit to (social, insertion,
reserved, environmental clauses; lots, amounts, accessibility, thresholds)."""

__version__ = "0.1.0"
