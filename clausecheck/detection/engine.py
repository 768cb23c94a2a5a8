"""The detection stage: recognizers -> context -> negation -> classifier -> decision.

Cascade for speed: cheap regexes run over the whole text; the context window, spaCy and the
passage classifier only ever look at the candidates those regexes found.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clausecheck.detection import attributes as attribute_extractors
from clausecheck.detection.negation import has_cue, is_negated, negated_before, negated_inside
from clausecheck.detection.recognizers import DEFAULT_RECOGNIZERS, Candidate, Recognizer, _short
from clausecheck.detection.rules import Rule, load_rules
from clausecheck.detection.text import fold
from clausecheck.model import CATEGORIES, Document, Finding, Page, StructuredField

log = logging.getLogger(__name__)

DEFAULT_THRESHOLD = 0.5
MAX_FINDINGS_PER_RULE = 5
MODEL_NUDGE = 0.1  # the most the passage classifier may add to or remove from a rule's score
CLAUSE_LIMIT = 300  # characters looked at on each side for the clause/sentence of a match
# How far around a match each attribute extractor reads (back, forward), in characters.
ATTRIBUTE_WINDOWS = {
    "hours": (250, 300), "publics": (300, 600), "modes": (300, 600), "penalty": (200, 400),
    "facilitator": (300, 600), "weight": (0, 100), "bases": (250, 400),
}
# A category implied by another (LABELS.md: clause_insertion=1 implies clause_sociale=1).
IMPLIES = {"clause_insertion": ("clause_sociale",)}
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
MODEL_DECP = {
    "clause_sociale": "Clause sociale", "clause_insertion": "Clause sociale", "critere_social": "Critère social",
    "marche_reserve": "Marché réservé", "clause_environnementale": "Clause environnementale",
    "critere_environnemental": "Critère environnemental",
}
_PASSAGE_ENDS = ("\n", ". ", "; ", "! ", "? ", "\f")


def _passage_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence or line around [start, end): at most MODEL_PASSAGE_MAX + 1 characters."""
    floor = max(0, start - MODEL_PASSAGE_MAX)
    lo = max([folded.rfind(sep, floor, start) + len(sep) if folded.rfind(sep, floor, start) >= 0 else floor
              for sep in _PASSAGE_ENDS])
    ceiling = min(len(folded), end + MODEL_PASSAGE_MAX)
    his = [folded.find(sep, end, ceiling) for sep in _PASSAGE_ENDS]
    hi = min([h + 1 for h in his if h >= 0] or [ceiling])
    return lo, hi
MODEL_PASSAGE_MAX = 400
_SENTENCE_END = re.compile(r"[.;!?]\s|\n\s*\n|\f")
# After a match, a negation past a line end, a comma or a relative pronoun is about something else.
_POST_CLAUSE_END = re.compile(r"[\n,;(]|(?<!\w)(?:dont|qui|que|lorsque|si)(?!\w)")


# What follows a label or heading and denies it (folded text).
_DENIAL_VALUE = re.compile(
    r"(?:neant|sans objet|sans(?!\w| prejudice)|non(?![\w-])|aucune?s?(?!\w)|n/?a(?!\w)|none(?!\w)|no(?!\w)|pas de\s)"
)
_LABEL_DENIAL = re.compile(r"\s*(?:[:=]|-\s)\s*" + _DENIAL_VALUE.pattern)
# A heading line: numbering / "Article 8 -" before the match, nothing but punctuation after.
_HEADING_PREFIX = re.compile(
    r"\s*[*#>\-]*\s*(?:(?:article|art\.?|chapitre|section|titre|partie|paragraphe|annexe|point)\s*[\w.\-]{0,8}\s*)?"
    r"[\d.\-)]*\s*[\-:.)]?\s*\Z"
)
_HEADING_REST = re.compile(r"[\s:.\-]*\Z")
_BOX = r"\[\s*[xX✓✔✗✘■●]?\s*\]|\(\s*[xX✓✔■●]?\s*\)|[☐□☒☑■⊠✓✔✗✘❏▢]"
_BOX_OR_ANSWER = re.compile(r"(" + _BOX + r")|(?<!\w)(oui|non|yes|no)(?!\w)", re.IGNORECASE)
_CHECKED = re.compile(r"[xX✓✔✗✘■●☒☑⊠]")


def checked_answer(text: str) -> str | None:
    """The answer ticked on a yes/no line ("[ ] oui [x] non", "☐ Oui ☒ Non", "Oui ☐ Non ☒"):
    "oui", "non", or None when nothing (or both) is ticked. Boxes go with the answer they
    stand before when the line opens with a box, else with the answer they follow."""
    items = [(m.group(1), (m.group(2) or "").lower()) for m in _BOX_OR_ANSWER.finditer(text[:80])]
    if not any(box for box, _ in items) or not any(answer for _, answer in items):
        return None
    box_first = bool(items[0][0])
    ticked: set[str] = set()
    for i, (box, _) in enumerate(items):
        if not box:
            continue
        j = i + 1 if box_first else i - 1
        if 0 <= j < len(items) and items[j][1] and _CHECKED.search(box):
            ticked.add({"yes": "oui", "no": "non"}.get(items[j][1], items[j][1]))
    return ticked.pop() if len(ticked) == 1 else None


@dataclass(slots=True)
class DetectionResult:
    findings: list[Finding] = field(default_factory=list)
    considerations: dict[str, bool | None] = field(default_factory=dict)
    unknown_reasons: dict[str, str] = field(default_factory=dict)
    insertion_hours: int | None = None
    reservation_bases: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)  # document-level notes (classifier absent, sums...)


def _load_settings(rules_dir: Path | None) -> dict[str, Any]:
    try:
        import yaml
        from clausecheck.resources import rules_dir as default_dir

        path = (rules_dir or default_dir()) / "settings.yml"
        if path.is_file():
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            return dict(data.get("detection") or {})
    except Exception as exc:  # settings belong to another stage: never fail detection on them
        log.debug("settings.yml illisible pour la détection : %s", exc)
    return {}


class Detector:
    def __init__(
        self,
        rules: list[Rule] | None = None,
        rules_dir: Path | None = None,
        use_classifier: bool = True,
        threshold: float | None = None,
        recognizers: tuple[Recognizer, ...] = DEFAULT_RECOGNIZERS,
    ) -> None:
        self.rules = rules if rules is not None else load_rules(rules_dir)
        settings = _load_settings(rules_dir) if threshold is None else {}
        self.threshold = float(threshold if threshold is not None else settings.get("threshold", DEFAULT_THRESHOLD))
        self.max_per_rule = int(settings.get("max_findings_per_rule", MAX_FINDINGS_PER_RULE))
        self.recognizers = recognizers
        self.use_classifier = use_classifier
        model_only = dict(MODEL_ONLY_DEFAULTS, **(settings.get("model_only") or {}))
        self.model_only = bool(use_classifier and model_only.get("enabled"))
        self.model_only_thresholds = {
            c: float((model_only.get("thresholds") or {}).get(c, MODEL_ONLY_THRESHOLD)) for c in CATEGORIES
        }
        self.model_only_doc_types = {
            c: set((model_only.get("doc_types") or {}).get(c, MODEL_ONLY_DOC_TYPES[c])) for c in CATEGORIES
        }
        self.model_only_max_passages = int(model_only.get("max_passages", MODEL_ONLY_MAX_PASSAGES))
        self._classifier: Any = None
        self._classifier_note = ""
        self._classifier_loaded = False
        self._classifier_lock = threading.Lock()  # the API may detect from several threads

    # ------------------------------------------------------------------ classifier
    def classifier(self) -> Any | None:
        if not self.use_classifier:
            return None
        with self._classifier_lock:
            if not self._classifier_loaded:
                self._load_classifier()
        return self._classifier

    def _load_classifier(self) -> None:
        if not self._classifier_loaded:
            self._classifier_loaded = True
            try:
                from clausecheck.detection.classifier import PassageClassifier

                self._classifier = PassageClassifier.load()
                if self._classifier is None:
                    self._classifier_note = "classifieur de passages absent : règles seules"
            except Exception as exc:
                self._classifier = None
                self._classifier_note = f"classifieur de passages indisponible ({type(exc).__name__}) : règles seules"

    # ------------------------------------------------------------------ public API
    def detect(self, doc: Document) -> DetectionResult:
        return self._detect(doc, self.rules)

    def _detect(self, doc: Document, rules: list[Rule]) -> DetectionResult:
        result = DetectionResult()
        if not doc.text_status.readable:
            reason = doc.status_message or "texte illisible"
            result.considerations = {c: None for c in CATEGORIES}
            result.unknown_reasons = {c: reason for c in CATEGORIES}
            return result
        if not doc.text and doc.pages:
            doc.finalise_text()
        folded = fold(doc.text)
        candidates = self._candidates(doc, folded, rules)
        self._score_context(doc, folded, candidates)
        self._apply_negation(doc, folded, candidates)
        self._apply_denials(doc, folded, candidates)
        self._apply_classifier(doc, candidates, result)
        result.findings = self._findings(doc, folded, candidates)
        if self.model_only and rules is self.rules:
            result.findings.extend(self._model_only_findings(doc, folded, result))
        self._decide(doc, folded, result)
        return result

    def rule_fires(self, rule: Rule, text: str, doc_type: str | None = None) -> bool:
        """Does `rule` produce a finding (with its own polarity) on this snippet?"""
        doc = snippet_document(text, doc_type or (rule.applies_to[0] if rule.applies_to else "AUTRE"))
        findings = self._detect(doc, [rule]).findings
        return any(f.rule_id == rule.id and f.polarity == rule.polarity for f in findings)

    # ------------------------------------------------------------------ stages
    def _candidates(self, doc: Document, folded: str, rules: list[Rule]) -> list[Candidate]:
        rules = [r for r in rules if r.applies_to_doc_type(doc.doc_type)]
        found: list[Candidate] = []
        for recognizer in self.recognizers:
            found.extend(recognizer.candidates(doc, folded, rules))
        return found

    def _score_context(self, doc: Document, folded: str, candidates: list[Candidate]) -> None:
        for cand in candidates:
            rule = cand.rule
            for block in rule.context:
                hit = self._context_hit(folded, cand, block)
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
            if rule.requires_context and not cand.context_hit:
                cand.score = min(cand.score, self.threshold - 0.2)
                cand.trace.append("contexte requis absent : score plafonné")
            for block in rule.negative_context:
                hit = self._context_hit(folded, cand, block)
                if hit:
                    cand.score -= block.weight
                    cand.trace.append(f"contexte négatif −{block.weight:.2f} : « {_short(hit, 40)} »")
            cand.score = max(0.0, min(1.0, cand.score))

    @staticmethod
    def _context_hit(folded: str, cand: Candidate, block: Any) -> str | None:
        """First word of the block found near the match (not inside it)."""
        if block.regex is None:
            return None
        lo = max(0, cand.start - block.before)
        hi = min(len(folded), cand.end + block.after)
        for m in block.regex.finditer(folded, lo, hi):
            if not (cand.start <= m.start() < cand.end):
                return m.group(0)
        return None

    def _clause_bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        lo = max(0, start - CLAUSE_LIMIT)
        clause_start = lo
        for m in _SENTENCE_END.finditer(text, lo, start):
            clause_start = m.end()
        hi = min(len(text), end + CLAUSE_LIMIT)
        m = _SENTENCE_END.search(text, end, hi)
        clause_end = m.start() + 1 if m else hi
        return clause_start, clause_end

    def _apply_negation(self, doc: Document, folded: str, candidates: list[Candidate]) -> None:
        for cand in candidates:
            if not cand.rule.negation or cand.from_field or cand.score < self.threshold:
                continue
            lo, hi = self._clause_bounds(doc.text, cand.start, cand.end)
            if not has_cue(folded[lo:hi]):
                continue  # cascade: no cue word, no parse
            if negated_before(folded[lo:cand.start]):
                negated, note = True, "négation avant le motif (lexicale)"
            elif negated_inside(folded[cand.start:cand.end]):
                negated, note = True, "négation dans le motif (lexicale)"
            elif negated_inside(_POST_CLAUSE_END.split(folded[cand.end:min(hi, cand.end + 80)], 1)[0]):
                # "la clause sociale n'est pas prévue": only the parser can tell what it governs
                negated, note = is_negated(doc.text[lo:hi], cand.start - lo, cand.end - lo)
                log.debug("négation par spaCy sur %s : %r", doc.path, doc.text[lo:hi][:200])
            else:
                continue
            if negated:
                cand.score = 0.0
                cand.negated = True
                cand.trace.append(f"{note} : écarté")

    def _apply_denials(self, doc: Document, folded: str, candidates: list[Candidate]) -> None:
        """A heading or a label is not a commitment when what follows denies it:
        "Clause d'insertion : néant", "Clause sociale : [ ] oui [x] non", or a heading
        "Article 8 - Clause d'insertion" whose first sentence is "Le présent marché ne comporte
        pas de clause d'insertion." (a negated match of the same category) or "Néant."."""
        for cand in candidates:
            rule = cand.rule
            if not rule.negation or cand.from_field or rule.polarity != "present" or cand.score < self.threshold:
                continue
            line_start = folded.rfind("\n", 0, cand.start) + 1
            line_end = folded.find("\n", cand.end)
            line_end = len(folded) if line_end < 0 else line_end
            after = folded[cand.end:line_end]
            note = ""
            if _LABEL_DENIAL.match(after) or checked_answer(doc.text[cand.end:line_end]) == "non":
                note = f"libellé suivi d'une réponse négative « {_short(doc.text[cand.end:line_end], 40)} »"
            elif _HEADING_PREFIX.match(folded[line_start:cand.start]) and _HEADING_REST.match(after):
                nxt = line_end + 1
                while nxt < len(folded) and folded[nxt] in " \n\t":
                    nxt += 1
                stop = _SENTENCE_END.search(folded, nxt, min(len(folded), nxt + CLAUSE_LIMIT))
                sentence_end = stop.start() + 1 if stop else min(len(folded), nxt + CLAUSE_LIMIT)
                first_line_end = folded.find("\n", nxt)
                first_line_end = len(folded) if first_line_end < 0 else first_line_end
                if nxt < len(folded) and (
                    _DENIAL_VALUE.match(folded, nxt)
                    or checked_answer(doc.text[nxt:first_line_end]) == "non"
                    or any(
                        other.rule.category == rule.category and nxt <= other.start < sentence_end and (
                            other.negated or negated_before(folded[nxt:other.start])
                            or (other.rule.polarity == "absent" and other.score >= self.threshold)
                        )
                        for other in candidates
                    )
                ):
                    note = f"intitulé suivi d'une négation « {_short(doc.text[nxt:sentence_end], 60)} »"
            if note:
                cand.score = 0.0
                cand.negated = True
                cand.trace.append(f"{note} : écarté")

    def _apply_classifier(self, doc: Document, candidates: list[Candidate], result: DetectionResult) -> None:
        """Ask the passage classifier about the candidates whose fate it can change.

        The model moves a score by at most ±MODEL_NUDGE, so only candidates within that band
        around the threshold are sent (cascade: most documents never load or call it)."""
        kept = [
            c for c in candidates
            if c.rule.polarity == "present" and abs(c.score - self.threshold) < MODEL_NUDGE
        ]
        if not kept:
            return
        model = self.classifier()
        if model is None:
            if self._classifier_note:
                result.trace.append(self._classifier_note)
            return
        passages = []
        for cand in kept:
            lo, hi = self._clause_bounds(doc.text, cand.start, cand.end)
            passages.append(" ".join(doc.text[lo:hi].split()))
        try:
            probabilities = model.predict(passages)
        except Exception as exc:
            result.trace.append(f"classifieur de passages en erreur ({type(exc).__name__}) : règles seules")
            return
        for cand, probs in zip(kept, probabilities):
            prob = float(probs.get(cand.rule.category, 0.0))
            delta = 2 * MODEL_NUDGE * (prob - 0.5)  # rules stay in charge, the model nudges
            cand.score = max(0.0, min(1.0, cand.score + delta))
            if prob >= 0.5:
                cand.source = "rule+model"
            cand.trace.append(f"classifieur p={prob:.2f} ({delta:+.2f})")

    def _model_passages(self, doc: Document, folded: str, wanted: set[str]) -> list[tuple[int, int, set[str]]]:
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
                if len(spans) > 4 * self.model_only_max_passages:
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
        return [(a, b, c) for a, b, c, _ in out[: self.model_only_max_passages]]

    def _model_only_findings(self, doc: Document, folded: str, result: DetectionResult) -> list[Finding]:
        """Categories the rules did not find, reported from the passage classifier alone when
        its probability on a short passage reaches the category's (high) threshold."""
        decided = {f.category for f in result.findings}  # present or declared absent
        for category in list(decided):
            decided.update(IMPLIES.get(category, ()))
        wanted = {
            c for c in CATEGORIES
            if c not in decided and doc.doc_type in self.model_only_doc_types[c]
        }
        if not wanted:
            return []
        passages = self._model_passages(doc, folded, wanted)
        if not passages:
            return []
        model = self.classifier()
        if model is None:
            return []
        try:
            probabilities = model.predict([doc.text[a:b] for a, b, _ in passages])
        except Exception as exc:
            result.trace.append(f"classifieur de passages en erreur ({type(exc).__name__}) : règles seules")
            return []
        best: dict[str, tuple[float, int, int]] = {}
        for (start, end, cats), probs in zip(passages, probabilities):
            for category in cats:
                prob = float(probs.get(category, 0.0))
                if prob >= self.model_only_thresholds[category] and prob > best.get(category, (0.0,))[0]:
                    best[category] = (prob, start, end)
        findings = []
        extractors = {"clause_insertion": ("hours", "publics", "modes"), "marche_reserve": ("bases",),
                      "critere_social": ("weight",), "critere_environnemental": ("weight",)}
        for category, (prob, start, end) in best.items():
            attrs: dict[str, Any] = {}
            for name in extractors.get(category, ()):
                attrs.update(_absolute(attribute_extractors.EXTRACTORS[name](folded[start:end]), start))
            section = doc.section_at(start)
            findings.append(Finding(
                category=category, kind="modele", rule_id=f"model.{category}",
                message=MODEL_ONLY_MESSAGES[category], evidence=doc.evidence(start, end),
                score=prob, source="model", polarity="present", severity="INFO",
                legal_basis=[], decp_value=MODEL_DECP[category], attributes=attrs,
                trace=[f"classifieur seul p={prob:.2f} (seuil {self.model_only_thresholds[category]:.2f}) "
                       f"sur « {_short(doc.text[start:end], 80)} »"],
                section=section.label() if section else None,
            ))
        return findings

    def _findings(self, doc: Document, folded: str, candidates: list[Candidate]) -> list[Finding]:
        per_rule: dict[str, int] = {}
        findings: list[Finding] = []
        for cand in sorted(candidates, key=lambda c: (c.start, -c.score)):
            if cand.score < self.threshold:
                continue
            rule = cand.rule
            count = per_rule.get(rule.id, 0)
            attrs = self._attributes(rule, folded, cand)
            # Beyond the cap, keep a finding only if it carries new hours (sums over lots).
            if count >= self.max_per_rule and not attrs.get("hours_values"):
                continue
            per_rule[rule.id] = count + 1
            section = doc.section_at(cand.start)
            cand.trace.append(f"score final {cand.score:.2f} (seuil {self.threshold:.2f})")
            findings.append(Finding(
                category=rule.category,
                kind=rule.kind,
                rule_id=rule.id,
                message=rule.message,
                evidence=doc.evidence(cand.start, cand.end),
                score=cand.score,
                source=cand.source,
                polarity=rule.polarity,
                severity=rule.severity,
                legal_basis=list(rule.legal_basis),
                decp_value=rule.decp_value,
                attributes=attrs,
                trace=cand.trace,
                section=section.label() if section else None,
            ))
        return findings

    def _attributes(self, rule: Rule, folded: str, cand: Candidate) -> dict[str, Any]:
        attrs: dict[str, Any] = {}
        for name in rule.attributes:
            extractor = attribute_extractors.EXTRACTORS.get(name)
            if extractor is None:
                continue
            back, forward = ATTRIBUTE_WINDOWS.get(name, (200, 300))
            lo = max(0, cand.start - back)
            hi = min(len(folded), cand.end + forward)
            attrs.update(_absolute(extractor(folded[lo:hi]), lo))
        return attrs

    def _decide(self, doc: Document, folded: str, result: DetectionResult) -> None:
        present = {f.category for f in result.findings if f.polarity == "present"}
        for category in list(present):
            present.update(IMPLIES.get(category, ()))
        no_text_pages = doc.pages_without_text
        for category in CATEGORIES:
            if category in present:
                result.considerations[category] = True
            elif no_text_pages:
                result.considerations[category] = None
                result.unknown_reasons[category] = (
                    f"pages sans couche texte ({', '.join(map(str, no_text_pages[:10]))}) : "
                    "absence non vérifiable"
                )
            else:
                result.considerations[category] = False
        notes_before = len(result.trace)
        result.insertion_hours = self._insertion_hours(result, folded)
        # The scan output carries findings, not document notes: the first hours finding also
        # carries how the document's total was computed.
        for note in result.trace[notes_before:]:
            for f in result.findings:
                if f.attributes.get("hours_values") and f.category == "clause_insertion":
                    f.trace.append(note)
                    f.attributes["hours_total"] = result.insertion_hours
                    break
        bases: list[str] = []
        for f in result.findings:
            if f.category == "marche_reserve" and f.polarity == "present":
                for basis in f.attributes.get("bases", []):
                    if basis not in bases:
                        bases.append(basis)
        from clausecheck.model import RESERVATION_BASES

        result.reservation_bases = [b for b in RESERVATION_BASES if b in bases]

    def _insertion_hours(self, result: DetectionResult, folded: str) -> int | None:
        """Insertion hours of the document: one figure per lot or period, summed.

        Every hours statement of the insertion findings is placed in its lot / period (the
        nearest "lot 2", "tranche optionnelle 1", "2e période"… before it, else right after it).
        A figure restated in the same lot / period (RC then CCAP, the same sentence twice) or
        without one counts once; equal figures of different lots all count; a figure equal to
        the sum of the others is a stated total with its breakdown."""
        statements: dict[int | None, int] = {}
        loose: list[int] = []
        for f in result.findings:
            if f.category != "clause_insertion" or f.polarity != "present":
                continue
            at = f.attributes.get("hours_at")
            if at:
                for value, pos in at:
                    statements.setdefault(int(pos), int(value))
            else:
                loose.extend(int(v) for v in f.attributes.get("hours_values", []))
        ordered = sorted(statements.items())
        entries: list[tuple[str | None, int]] = []
        for i, (pos, value) in enumerate(ordered):
            prev_end = ordered[i - 1][0] + 1 if i else 0
            next_start = ordered[i + 1][0] if i + 1 < len(ordered) else len(folded)
            scope = _hours_scope(folded, pos, prev_end, next_start)
            if (scope, value) not in entries:
                entries.append((scope, value))
        for value in loose:
            if (None, value) not in entries:
                entries.append((None, value))
        scoped = {v for s, v in entries if s is not None}
        entries = [(s, v) for s, v in entries if s is not None or v not in scoped]
        if not entries:
            return None
        values = [v for _, v in entries]
        largest = max(values)
        others = list(values)
        others.remove(largest)
        all_lots = all(s and s.startswith("lot") for s, _ in entries)
        if others and largest not in others and largest == sum(others) and not all_lots:
            result.trace.append(
                f"heures d'insertion : {largest} = total déclaré de " + " + ".join(map(str, others))
            )
            return largest
        if len(values) > 1:
            parts = [f"{v} ({s})" if s else str(v) for s, v in entries]
            result.trace.append(
                "heures d'insertion : somme " + " + ".join(parts)
                + f" = {sum(values)} (une par lot ou période, les reprises comptées une fois)"
            )
        return sum(values)


_ORDINALS = {
    "premier": "1", "premiere": "1", "1er": "1", "1ere": "1", "deuxieme": "2", "second": "2", "seconde": "2",
    "2e": "2", "2eme": "2", "2nde": "2", "troisieme": "3", "3e": "3", "3eme": "3", "quatrieme": "4",
    "4e": "4", "4eme": "4", "cinquieme": "5", "5e": "5", "5eme": "5", "initiale": "1",
}
_ORDINAL = r"(?:\d+|premiere?|1ere?|deuxieme|second[e]?|2nde|2e(?:me)?|troisieme|3e(?:me)?|quatrieme|4e(?:me)?|cinquieme|5e(?:me)?)"
_NUM = r"(?:n\s*[o_]?\s*\.?\s*)?"
_SCOPE = re.compile(
    r"(?<!\w)(?:(lot)s?\s*" + _NUM + r"(\d+|[a-z](?![\w']))"
    r"|(tranche)\s+(ferme|optionnelle|conditionnelle)(?:\s*" + _NUM + r"(\d+))?"
    r"|(" + _ORDINAL + r")\s+(periode|annee|reconduction|phase|tranche)"
    r"|(periode|annee|reconduction|phase)\s+(?:de reconduction\s+)?" + _NUM + r"(\d+|initiale)(?!\w))"
)
_SCOPE_BACK = 200  # characters looked at before a figure for its lot / period
_SCOPE_FORWARD = 60  # and after it, when nothing stands before
_SCOPE_FORWARD_END = re.compile(r"[,;:.!?\n]")
_FIGURE = re.compile(r"[\d .\u202f]*")


def _scope_key(m: re.Match[str]) -> str:
    g = m.groups()
    if g[0]:
        return f"lot {g[1]}"
    if g[2]:
        return f"tranche {g[3]} {g[4] or ''}".strip()
    if g[5]:
        return f"{g[6]} {_ORDINALS.get(g[5], g[5])}"
    return f"{g[7]} {_ORDINALS.get(g[8], g[8])}"


def _last_scope(folded: str, lo: int, hi: int) -> str | None:
    """The last lot / period named between lo and hi."""
    last = None
    for last in _SCOPE.finditer(folded, lo, hi):
        pass
    return _scope_key(last) if last is not None else None


def _hours_scope(folded: str, pos: int, prev_end: int, next_start: int) -> str | None:
    """The lot or period an hours figure at `pos` belongs to, or None. A figure in a table row
    (a " | " line) belongs to that row: its lot or period if the row names one before the
    figure, else the row's first cell ("01 | Gros œuvre | 1 200" is row 01)."""
    line_start = folded.rfind("\n", 0, pos) + 1
    line_end = folded.find("\n", pos)
    line = folded[line_start:len(folded) if line_end < 0 else line_end]
    if "|" in line[:pos - line_start]:
        scope = _last_scope(folded, line_start, pos)
        first = line.split("|", 1)[0].strip()
        if scope or first:
            return scope or f"ligne {first}"
    scope = _last_scope(folded, max(prev_end, pos - _SCOPE_BACK), pos)
    if scope:
        return scope
    hi = min(next_start, pos + _SCOPE_FORWARD, len(folded))
    figure_end = _FIGURE.match(folded, pos).end()
    end = _SCOPE_FORWARD_END.search(folded, figure_end, hi)  # "1 250 heures, réparti : lot 1…" is not lot 1
    m = _SCOPE.search(folded, pos, end.start() if end else hi)
    return _scope_key(m) if m else None


def _absolute(attrs: dict[str, Any], offset: int) -> dict[str, Any]:
    """Hours statements' positions, from the passage read to the document's text."""
    if "hours_at" in attrs:
        attrs["hours_at"] = [[value, pos + offset] for value, pos in attrs["hours_at"]]
    return attrs


_FIELD_LINE = re.compile(r"^([A-Za-z][\w\-.:/]*[A-Z_][\w\-.:/]*): ?(.*)$")


def snippet_document(text: str, doc_type: str = "AUTRE", path: str = "exemple.txt") -> Document:
    """A one-page Document for a snippet. Its analysis text is normalised the way the ingestion
    normalises a page (line-end hyphenation joined, typographic apostrophes and spaces folded),
    with the offset map back to the snippet, so a snippet is read as the same text in a document
    would be. Lines `ELEMENT/PATH: text` also become structured fields, the way the XML
    ingestion renders notices."""
    from clausecheck.ingestion.normalize import normalise

    analysis, offset_map = normalise(text)
    page = Page(number=1, raw_text=text, text=analysis, offset_map=offset_map)
    doc = Document(path=path, dossier="exemple", format="txt", pages=[page], doc_type=doc_type)
    doc.finalise_text()
    pos = 0
    for line in analysis.split("\n"):
        m = _FIELD_LINE.match(line)
        if m and "/" in m.group(1):
            doc.fields.append(StructuredField(m.group(1), m.group(2).strip(), {}, pos + len(m.group(1)) + 2))
        pos += len(line) + 1
    return doc
