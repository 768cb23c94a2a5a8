"""The passage classifier's part in a decision: it nudges the rules' borderline candidates and, when
enabled (rules/settings.yml `detection.model_only`), reports on its own the categories the rules did
not find, with a high bar per category."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from clausecheck.categories import BY_ID, CATEGORIES, with_implied
from clausecheck.detection import attributes as attribute_extractors
from clausecheck.detection.attributes import at_offset
from clausecheck.detection.denials import clause_bounds
from clausecheck.detection.negation import negated_before, negated_inside
from clausecheck.detection.recognizers import Candidate, _short
from clausecheck.model import Document
from clausecheck.results import Finding

# Model-only findings (the passage classifier alone, on passages the rules did not report):
# off unless rules/settings.yml `detection: model_only: enabled: true`; a high bar per category
# because the model's probabilities come from a balanced synthetic training set.
MODEL_ONLY_THRESHOLD = 0.9
MODEL_ONLY_MAX_PASSAGES = 8  # per document: the passages with the most trigger words
MODEL_ONLY_DEFAULTS: dict[str, Any] = {"enabled": False}
_CLAUSE_TYPES = ("AVIS", "CCAP", "CCTP", "AE", "RC")
MODEL_ONLY_DOC_TYPES = {
    "clause_sociale": _CLAUSE_TYPES, "clause_insertion": _CLAUSE_TYPES,
    "clause_environnementale": _CLAUSE_TYPES, "marche_reserve": ("AVIS", "RC", "CCAP", "AE"),
    "critere_social": ("RC", "AVIS"), "critere_environnemental": ("RC", "AVIS"),
}
# Cheap pre-selection (folded text): a passage goes to the model only if it holds one of its
# category's trigger words; criteria also need a criterion marker, clauses must not have one.
_MODEL_TRIGGERS = {
    "clause_insertion": re.compile(r"insertion|eloigne\w* (?:de l'|du )?emploi|demandeurs? d'emploi|\brsa\b|minima sociaux|social integration|finding employment|quartiers prioritaires"),
    "clause_sociale": re.compile(r"insertion|eloigne\w* (?:de l'|du )?emploi|demandeurs? d'emploi|apprenti|alternance|egalite professionnelle|egalite (?:entre les )?femmes|discriminations|\boit\b|organisation internationale du travail|commerce equitable|travail (?:des enfants|force)|conventions fondamentales"),
    "marche_reserve": re.compile(r"reserve|sheltered|emplois? proteges?"),
    "clause_environnementale": re.compile(r"dechets|recycl|ecolabel|eco-? ?label|emballages|biosource|reemploi|economie circulaire|eco-?concep|crit'air|vehicules? (?:propres|electriques|hybrides|a faibles)|agriculture biologique|faibles? emissions|emissions? de (?:co2|gaz|polluants|poussieres)|nuisances (?:sonores|de chantier)|forets? gerees? durablement"),
    "critere_social": re.compile(r"insertion|\bsocia(?:l|le|les|ux)\b|emploi|handicap|\brse\b|societal"),
    "critere_environnemental": re.compile(r"environ|durable|carbone|dechet|energ|ecolog|emission|recycl|emballage"),
}
# A clause passage must read as an obligation on the holder.
_COMMITMENT = re.compile(
    r"titulaire|prestataire|entrepreneur|entreprise|fournisseur|attributaire|contractor|"
    r"\bdevr\w+|\bdoi(?:t|vent)\b|s'engage|s'oblige|impos\w+|exig\w+|\bclauses?\b|conditions? (?:particulieres )?d'execution"
)
_CRITERION_MARK = re.compile(r"crit(?:e|è)re|criterion|ponderation|weighting|\bnote(?:e|s)? sur|\d+ ?(?:%|(?:points?|pts)\b)")
# Absence, condition, question or form wording: the model does not read these reliably.
_MODEL_VETO = re.compile(
    r"sans objet|\bneant\b|:\s*(?:non|sans|no)\b|le cas echeant|\bsi (?:le|la|un|une)\b|cocher|\?|"
    r"\bou non\b|capacites? techniques?|criteres? de selection|l\.? ?5212-|windows|linux|logiciel|informatique"
)
MODEL_ONLY_MESSAGES = {
    "clause_sociale": "Clause sociale (passage reconnu par le classifieur)",
    "clause_insertion": "Clause d'insertion (passage reconnu par le classifieur)",
    "critere_social": "Critère d'attribution social (passage reconnu par le classifieur)",
    "marche_reserve": "Marché réservé (passage reconnu par le classifieur)",
    "clause_environnementale": "Clause environnementale (passage reconnu par le classifieur)",
    "critere_environnemental": "Critère d'attribution environnemental (passage reconnu par le classifieur)",
}


@dataclass(slots=True)
class ModelOnlySettings:
    enabled: bool
    thresholds: dict[str, float]
    doc_types: dict[str, set[str]]
    max_passages: int

    @classmethod
    def from_settings(cls, raw: dict[str, Any], use_classifier: bool) -> "ModelOnlySettings":
        merged = dict(MODEL_ONLY_DEFAULTS, **(raw or {}))
        return cls(
            enabled=bool(use_classifier and merged.get("enabled")),
            thresholds={c: float((merged.get("thresholds") or {}).get(c, MODEL_ONLY_THRESHOLD)) for c in CATEGORIES},
            doc_types={c: set((merged.get("doc_types") or {}).get(c, MODEL_ONLY_DOC_TYPES[c])) for c in CATEGORIES},
            max_passages=int(merged.get("max_passages", MODEL_ONLY_MAX_PASSAGES)),
        )


_PASSAGE_ENDS = ("\n", ". ", "; ", "! ", "? ", "\f")


MODEL_PASSAGE_MAX = 400


def _passage_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence or line around [start, end): at most MODEL_PASSAGE_MAX + 1 characters."""
    floor = max(0, start - MODEL_PASSAGE_MAX)
    lo = max([folded.rfind(sep, floor, start) + len(sep) if folded.rfind(sep, floor, start) >= 0 else floor
              for sep in _PASSAGE_ENDS])
    ceiling = min(len(folded), end + MODEL_PASSAGE_MAX)
    his = [folded.find(sep, end, ceiling) for sep in _PASSAGE_ENDS]
    hi = min([h + 1 for h in his if h >= 0] or [ceiling])
    return lo, hi


def apply_classifier(doc: Document, candidates: list[Candidate], model: Any, notes: list[str], *, threshold: float,
                     nudge: float) -> None:
    """Ask the passage classifier about the candidates whose fate it can change.

    The model moves a score by at most ±nudge, so only candidates within that band around the
    threshold are sent (cascade: most documents never load or call it)."""
    kept = [
        c for c in candidates
        if c.rule.polarity == "present" and c.rule.category and abs(c.score - threshold) < nudge
    ]
    if not kept:
        return
    if model is None:
        return
    passages = []
    for cand in kept:
        lo, hi = clause_bounds(doc.text, cand.start, cand.end)
        passages.append(" ".join(doc.text[lo:hi].split()))
    try:
        probabilities = model.predict(passages)
    except Exception as exc:
        notes.append(f"classifieur de passages en erreur ({type(exc).__name__}) : règles seules")
        return
    for cand, probs in zip(kept, probabilities):
        prob = float(probs.get(cand.rule.category, 0.0))
        delta = 2 * nudge * (prob - 0.5)  # rules stay in charge, the model nudges
        cand.score = max(0.0, min(1.0, cand.score + delta))
        if prob >= 0.5:
            cand.source = "rule+model"
        cand.trace.append(f"classifieur p={prob:.2f} ({delta:+.2f})")



def model_passages(doc: Document, folded: str, wanted: set[str], max_passages: int) -> list[tuple[int, int, set[str]]]:
    """Sentences / lines (≤ MODEL_PASSAGE_MAX characters) holding a trigger word of a
    wanted category, without veto wording: (start, end, categories it may support).

    Cascade: the triggers are searched over the whole text (C speed); only the passages
    around their hits are looked at in Python."""
    spans: dict[tuple[int, int], None] = {}
    for category in wanted:
        last_end = -1
        for m in _MODEL_TRIGGERS[category].finditer(folded):
            if m.start() < last_end:
                continue  # same passage as the previous hit
            bounds = _passage_bounds(folded, m.start(), m.end())
            last_end = bounds[1]
            spans[bounds] = None
            if len(spans) > 4 * max_passages:
                break
    out: list[tuple[int, int, set[str], int]] = []
    for start, end in spans:
        piece = folded[start:end]
        if len(piece.strip()) < 25 or end - start > MODEL_PASSAGE_MAX:
            continue
        criterion = _CRITERION_MARK.search(piece) is not None
        cats: set[str] = set()
        hits = 0
        for category in wanted:
            if category.startswith("critere") != criterion:
                continue
            found = _MODEL_TRIGGERS[category].findall(piece)
            if found:
                cats.add(category)
                hits += len(found)
        if cats and not criterion and not _COMMITMENT.search(piece):
            continue
        if not cats or _MODEL_VETO.search(piece) or negated_inside(piece) or negated_before(piece):
            continue
        out.append((start, end, cats, hits))
    out.sort(key=lambda item: (-item[3], item[0]))
    return [(a, b, c) for a, b, c, _ in out[: max_passages]]



def model_only_findings(doc: Document, folded: str, findings: list[Finding], model: Any, notes: list[str],
                        settings: ModelOnlySettings) -> list[Finding]:
    """Categories the rules did not find, reported from the passage classifier alone when
    its probability on a short passage reaches the category's (high) threshold."""
    decided = with_implied({f.category for f in findings})  # present or declared absent
    wanted = {
        c for c in CATEGORIES
        if c not in decided and doc.doc_type in settings.doc_types[c]
    }
    if not wanted:
        return []
    passages = model_passages(doc, folded, wanted, settings.max_passages)
    if not passages:
        return []
    if model is None:
        return []
    try:
        probabilities = model.predict([doc.text[a:b] for a, b, _ in passages])
    except Exception as exc:
        notes.append(f"classifieur de passages en erreur ({type(exc).__name__}) : règles seules")
        return []
    best: dict[str, tuple[float, int, int]] = {}
    for (start, end, cats), probs in zip(passages, probabilities):
        for category in cats:
            prob = float(probs.get(category, 0.0))
            if prob >= settings.thresholds[category] and prob > best.get(category, (0.0,))[0]:
                best[category] = (prob, start, end)
    findings = []
    extractors = {"clause_insertion": ("hours", "publics", "modes"), "marche_reserve": ("bases",),
                  "critere_social": ("weight",), "critere_environnemental": ("weight",)}
    for category, (prob, start, end) in best.items():
        attrs: dict[str, Any] = {}
        for name in extractors.get(category, ()):
            attrs.update(at_offset(attribute_extractors.EXTRACTORS[name](folded[start:end]), start))
        section = doc.section_at(start)
        findings.append(Finding(
            category=category, kind="modele", rule_id=f"model.{category}",
            message=MODEL_ONLY_MESSAGES[category], evidence=doc.evidence(start, end),
            score=prob, source="model", polarity="present", severity="INFO",
            legal_basis=[], decp_value=BY_ID[category].decp_value, attributes=attrs,
            trace=[f"classifieur seul p={prob:.2f} (seuil {settings.thresholds[category]:.2f}) "
                   f"sur « {_short(doc.text[start:end], 80)} »"],
            section=section.label() if section else None,
        ))
    return findings

