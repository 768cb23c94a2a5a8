"""Context (Presidio's enhancer): words near a match raise or lower its score, and a rule that
requires context is capped below the threshold without it. A passage whose role the rule names in
`context_roles` (a criteria list under « Critères d'attribution », an obligation under
« Conditions d'exécution ») meets the requirement by its role."""

from __future__ import annotations

from clausecheck.detection.recognizers import Candidate, _short
from clausecheck.detection.roles import RoleReader
from clausecheck.detection.rules import WordContext
from clausecheck.model import Document
from clausecheck.text import fold


def context_hit(folded: str, cand: Candidate, block: WordContext, holding: bool = False) -> str | None:
    """First word of the block found near the match (not inside it) — or, with `holding`, a phrase that holds the
    whole match (another sense of its words: « recyclage du certificat SST » holds « recyclage »)."""
    if block.regex is None:
        return None
    lo = max(0, cand.start - block.before)
    hi = min(len(folded), cand.end + block.after)
    for m in block.regex.finditer(folded, lo, hi):
        if not (cand.start <= m.start() < cand.end) or (holding and m.start() <= cand.start and m.end() >= cand.end):
            return m.group(0)
    return None


def score_context(doc: Document, folded: str, candidates: list[Candidate], roles: RoleReader, *,
                  threshold: float, cap_margin: float) -> None:
    for cand in candidates:
        rule = cand.rule
        for block in rule.context:
            hit = context_hit(folded, cand, block)
            if hit:
                cand.context_hit = True
                cand.score += block.weight
                cand.trace.append(f"contexte +{block.weight:.2f} : « {_short(hit, 40)} »")
        if rule.section_hints and rule.section_hints.regex:
            section = doc.section_at(cand.start)
            if section and rule.section_hints.regex.search(fold(section.label())):
                cand.context_hit = True
                cand.score += rule.section_hints.weight
                cand.trace.append(f"section +{rule.section_hints.weight:.2f} : « {_short(section.label(), 50)} »")
        if rule.requires_context and not cand.context_hit and rule.context_roles:
            reading = roles.role_at(cand.start, cand.end)
            if reading.role in rule.context_roles:
                cand.context_hit = True
                cand.trace.append(f"contexte donné par le rôle du passage ({reading.source} : {reading.reason})")
        if rule.requires_context and not cand.context_hit:
            cand.score = min(cand.score, threshold - cap_margin)
            cand.trace.append("contexte requis absent : score plafonné")
        for block in rule.negative_context:
            hit = context_hit(folded, cand, block, holding=block.weight >= 1.0)
            if hit:
                cand.negative_hit = True
                cand.score -= block.weight
                cand.trace.append(f"contexte négatif −{block.weight:.2f} : « {_short(hit, 40)} »")
        cand.score = max(0.0, min(1.0, cand.score))
