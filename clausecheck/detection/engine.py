"""The detection stage, one step per module:

candidates (recognizers.py: the YAML rules' patterns and notice fields) -> context (context.py)
-> negation and denials (denials.py) -> the role of each passage (roles.py; the passage model's
role where the structure shows none, model_step.py) -> the decision table, role × topic ->
category (decision.py) -> the passage model on sentences the rules did not read (model_step.py).

Cascade for speed: cheap regexes run over the whole text; context, spaCy, roles and the model
only ever look at the candidates those regexes found and at sentences holding a topic word.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clausecheck.categories import BASIS_TIERS, BY_ID, CATEGORIES, prevailing_bases
from clausecheck.detection.answers import answer_start, moved_to_answers
from clausecheck.detection.attributes import read_attribute
from clausecheck.detection.context import score_context
from clausecheck.detection.decision import DecisionTable, considerations_of, load_decisions, ordered_bases
from clausecheck.detection.denials import apply_denials, apply_negation, apply_not_stated, not_contractual
from clausecheck.detection.hours_tables import hours_table_end
from clausecheck.detection.model_step import ModelSettings, commentary_of, model_findings, with_model_role
from clausecheck.detection.passage_model import PassageModel
from clausecheck.detection.recognizers import DEFAULT_RECOGNIZERS, Candidate, Recognizer, _short
from clausecheck.detection.roles import UNKNOWN, RoleConfig, RoleReader, RoleReading, cover_end, load_roles
from clausecheck.detection.rules import Rule, load_rules
from clausecheck.detection.snippets import snippet_document
from clausecheck.detection.stipulations import confirm_stipulations
from clausecheck.model import Document, Section
from clausecheck.results import Finding, FindingAttributes
from clausecheck.text import after_the_list, content_words, is_running_line, is_toc_line, toc_block_lines

log = logging.getLogger(__name__)

# Defaults of rules/settings.yml `detection:` (each documented there).
DEFAULTS: dict[str, Any] = {
    "threshold": 0.5,
    "max_findings_per_rule": 5,
    "context_cap_margin": 0.2,
}
# How far around a match each attribute extractor reads (back, forward), in characters.
MAX_SET_ASIDE_NOTES = 20  # document notes on matches a passage's role set aside
# the pieces whose cover (title block, before the first section) names what the contract buys, and its longest reach
# a register's answer to a question on insertion states what the holder is to do (answers.py), under whatever label
ANSWERED = RoleReading("execution", "indice", "réponse d'un registre de questions-réponses")
ATTRIBUTE_WINDOWS = {
    "hours": (250, 300), "publics": (300, 600), "modes": (300, 600), "penalty": (200, 400),
    "facilitator": (300, 600), "weight": (0, 100), "bases": (250, 400),
}

__all__ = ["DetectionResult", "Detector", "snippet_document"]


@dataclass(slots=True)
class DetectionResult:
    findings: list[Finding] = field(default_factory=list)
    considerations: dict[str, bool | None] = field(default_factory=dict)
    unknown_reasons: dict[str, str] = field(default_factory=dict)
    reservation_bases: list[str] = field(default_factory=list)
    reservation_readings: dict[str, str] = field(default_factory=dict)  # basis -> article | mots | case
    trace: list[str] = field(default_factory=list)  # document-level notes (passage model absent…)


def load_detection_settings(rules_dir: Path | None) -> dict[str, Any]:
    try:
        from clausecheck.resources import read_yaml, rules_dir as default_dir

        path = (rules_dir or default_dir()) / "settings.yml"
        if path.is_file():
            data = read_yaml(path) or {}
            return dict(data.get("detection") or {})
    except Exception as exc:  # settings belong to several stages: never fail detection on them
        log.debug("settings.yml illisible pour la détection : %s", exc)
    return {}


# the share of disabled or disadvantaged workers the law requires of a reserved contract's holder (L2113-12: 50 %,
# L2113-13: 30 %), on folded text
_RESERVATION_SHARE = re.compile(r"\b(?:50|cinquante|30|trente)\s*(?:%|pour\s*cent)[^.;]{0,120}\b(?:handicape|defavorise|"
                                r"en\s+situation\s+de\s+handicap|en\s+difficulte)")
# the structures a contract is reserved to (L2113-12, L2113-13), on folded text
_RESERVED_TO = re.compile(r"esat|entreprises?\s+adaptees?|siae|structures?\s+d'insertion(?:\s+par\s+l'activite\s+economique)?|"
                          r"ateliers?\s+proteges?|etablissements?\s+et\s+services?\s+d'aide\s+par\s+le\s+travail")

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
        settings = dict(DEFAULTS, **load_detection_settings(rules_dir))
        self.threshold = float(threshold if threshold is not None else settings["threshold"])
        self.max_per_rule = int(settings["max_findings_per_rule"])
        self.cap_margin = float(settings["context_cap_margin"])
        self.recognizers = recognizers
        self.use_classifier = use_classifier
        self.model_settings = ModelSettings.from_settings(settings.get("model") or {}, use_classifier)
        self.decisions: DecisionTable = load_decisions(str(rules_dir / "decisions.yml") if rules_dir else None)
        self.role_config: RoleConfig = load_roles(str(rules_dir / "roles.yml") if rules_dir else None)
        self._classifier: Any = None
        self._classifier_note = ""
        self._classifier_loaded = False
        self._classifier_lock = threading.Lock()  # the API may detect from several threads

    # ------------------------------------------------------------------ the passage model
    def classifier(self) -> PassageModel | None:
        """The passage model (models/passage_model.*), loaded once; None when absent or turned off."""
        if not self.use_classifier:
            return None
        with self._classifier_lock:
            if not self._classifier_loaded:
                self._classifier_loaded = True
                try:
                    self._classifier = PassageModel.load()
                    if self._classifier is None:
                        self._classifier_note = "modèle de passages absent : règles seules"
                except Exception as exc:
                    self._classifier = None
                    self._classifier_note = f"modèle de passages indisponible ({type(exc).__name__}) : règles seules"
        return self._classifier

    # ------------------------------------------------------------------ public API
    def detect(self, doc: Document) -> DetectionResult:
        return self._detect(doc, self.rules)

    def rule_findings(self, rule: Rule, text: str, doc_type: str | None = None) -> list[Finding]:
        """What `rule` alone finds in a snippet (with the shipped roles and decision table)."""
        doc = snippet_document(text, doc_type or "AUTRE")
        return [f for f in self._detect(doc, [rule]).findings if f.rule_id == rule.id]

    def rule_fires(self, rule: Rule, text: str, doc_type: str | None = None) -> bool:
        """Does `rule` produce a finding (with its own polarity) on this snippet?"""
        return any(f.polarity == rule.polarity for f in self.rule_findings(rule, text, doc_type))

    # ------------------------------------------------------------------ the stages
    def _detect(self, doc: Document, rules: list[Rule]) -> DetectionResult:
        result = DetectionResult()
        if not doc.text_status.readable:
            reason = doc.status_message or "texte illisible"
            result.considerations = dict.fromkeys(CATEGORIES)
            result.unknown_reasons = dict.fromkeys(CATEGORIES, reason)
            return result
        if not doc.text and doc.pages:
            doc.finalise_text()
        folded = doc.folded
        roles = RoleReader(doc, self.role_config)
        applicable = [r for r in rules if r.applies_to_doc_type(doc.doc_type)]
        candidates = [c for recognizer in self.recognizers for c in recognizer.candidates(doc, folded, applicable)]
        score_context(doc, folded, candidates, roles, threshold=self.threshold, cap_margin=self.cap_margin)
        apply_negation(doc, folded, candidates, self.threshold)
        apply_denials(doc, folded, candidates, self.threshold)
        apply_not_stated(folded, candidates, self.threshold)
        model = self.classifier()
        if model is None and self._classifier_note and self.use_classifier:
            result.trace.append(self._classifier_note)
        result.findings, set_aside, object_topics, unread = self._findings(doc, folded, candidates, roles, model)
        result.trace.extend(set_aside)
        if model is not None and self.model_settings.model_only and rules is self.rules:
            # kept or set aside, the rules have read these sentences, each on its topic; not a rule that only
            # wanted its context (« le prestataire » where it looks for « le titulaire »), nor one that counts
            # only in other roles (a generic word read in criteria alone): it has not decided
            matched = [(c.start, c.end, self.decisions.topic_of(c)) for c in candidates
                       if not (c.rule.requires_context and not c.context_hit and not c.negative_hit)
                       and id(c) not in unread]
            # ... though its word is there: the model must then be as sure as for a weak sign it confirms
            generic = [(c.start, c.end, self.decisions.topic_of(c)) for c in candidates if id(c) in unread]
            result.findings.extend(model_findings(doc, roles, self.decisions, model, result.findings, matched,
                                                  rules, self.model_settings, result.trace, object_topics, generic))
        # (read only when there is something to set aside: the register costs a model pass over the document)
        commentary = commentary_of(doc, model) if rules is self.rules and any(
            f.polarity == "present" for f in result.findings) else None
        if commentary is not None:
            result.trace.append(f"rien n'est retenu : {commentary}")
            result.findings = [f for f in result.findings if f.polarity != "present"]
        present = {f.category for f in result.findings if f.polarity == "present"}
        result.considerations, result.unknown_reasons = considerations_of(doc, present)
        named = [(basis, str(tier)) for f in result.findings if f.category == "marche_reserve" and f.polarity == "present"
                 for basis, tier in _tiers_of(f).items()]
        bases, note = prevailing_bases(named)
        result.reservation_bases = ordered_bases(set(bases))
        result.reservation_readings = {}
        for basis, tier in named:  # each basis named, by its most telling reading
            known = result.reservation_readings.get(basis)
            if known is None or BASIS_TIERS.index(tier) < BASIS_TIERS.index(known):
                result.reservation_readings[basis] = tier
        if note:
            result.trace.append(note)
        return result

    def _findings(self, doc: Document, folded: str, candidates: list[Candidate], roles: RoleReader,
                  model: PassageModel | None) -> tuple[list[Finding], list[str], frozenset[str], set[int]]:
        """The findings, notes on the matches set aside by their passage's role, the topics the
        contract's object is about, and the matches (by id) of rules that count only in other roles."""
        per_rule: dict[tuple[str, str], int] = {}  # findings of a rule in each category (its cap is per category)
        starts: dict[int, int] = {}  # index of a finding -> where its match starts
        unread: set[int] = set()
        findings: list[Finding] = []
        set_aside: list[str] = []
        kept = [c for c in sorted(candidates, key=lambda c: (c.start, -c.score)) if c.score >= self.threshold]
        if doc.doc_type == "QR":  # what a question asks about insertion, its answer states (hours, above all)
            on_insertion = {id(c) for c in kept if self.decisions.topic_of(c) == "insertion"}
            moved = moved_to_answers(folded, [c for c in kept if id(c) in on_insertion], lambda lo: roles.sentence(lo, lo + 1))
            kept = sorted([c for c in kept if id(c) not in on_insertion] + moved, key=lambda c: (c.start, -c.score))
        readings = {}
        for cand in kept:
            reading = roles.role_of_match(cand.start, cand.end) if cand.window is None else ANSWERED
            if self.model_settings.role_fallback and reading.source == "aucun":
                lo, hi = roles.sentence(cand.start, cand.end)
                reading = with_model_role(reading, model, doc.text[lo:hi],
                                          prescribing_piece=doc.doc_type in roles.config.stipulations)
            readings[id(cand)] = roles.stipulation(reading)
            if reading.body is not None and _set_aside_in(reading.body, self.decisions.topic_of(cand), candidates,
                                                          self.decisions.topic_of):
                # the article's first sentence, which gave the heading its role, was set aside on that topic (« Article
                # 18 – Obligation d'emploi des travailleurs handicapés » then the legal duty's reminder)
                readings[id(cand)] = RoleReading(UNKNOWN, "aucun", "titre d'un article dont la première phrase est écartée")
            if cand.rule.reads_as:  # what the match says is its role, wherever it stands
                readings[id(cand)] = RoleReading(cand.rule.reads_as, "motif", f"le motif {cand.rule.id} le dit lui-même")
        confirm_stipulations(folded, doc.text, kept, readings, roles, model, self.decisions.topic_of,
                             self.model_settings.stipulation_floor)
        # What the contract buys is no clause of it: a topic the object itself is about (collecting
        # waste, insertion services) counts again only where a passage says it is an execution
        # condition, a criterion or a reservation in so many words.
        object_topics = {self.decisions.topic_of(c) for c in kept if readings[id(c)].role == "object"}
        # ... and so does one a rule recognised as the purchase in the piece's cover, before its first section (« CCTP
        # — Accompagnement socioprofessionnel renforcé des bénéficiaires du RSA »: buying insertion services)
        object_topics |= _topics_bought_in_the_cover(doc, candidates, self.decisions.topic_of)
        # (buying insertion services covers the social topic too, as for the passage model)
        bought = object_topics | ({"social"} if "insertion" in object_topics else set())
        # ... and, for the environment, only in the object's own terms: a waste-collection contract's « véhicules de
        # classe Crit'Air 1 » are a condition on how it is done, its « déchets verts collectés » are what it buys (an
        # environmental object is one domain of many; buying insertion or employment services covers its topic)
        object_words = {word for c in kept if readings[id(c)].role == "object"
                        for word in content_words(folded[slice(*roles.sentence(c.start, c.end))])}
        # The beneficiaries a reservation names (« réservé à une entreprise adaptée ou un ESAT ») are the
        # reservation's, whatever field the buyer wrote it in: no social clause of their own.
        reserving = {roles.sentence(c.start, c.end) for c in kept
                     if c.rule.category == "marche_reserve" and c.rule.polarity == "present"}
        toc_lines = toc_block_lines(folded) if kept else set()
        # a document that says at its head it binds no one (« Document joint pour information - ne constitue pas un
        # engagement contractuel de l'offre »: a candidate's RSE report) commits the holder to nothing it relates
        not_binding = not_contractual(folded)
        for cand in kept:
            rule = cand.rule
            reading = readings[id(cand)]
            line_start = folded.rfind("\n", 0, cand.start) + 1
            line_end = folded.find("\n", cand.end)
            line = folded[line_start:line_end if line_end >= 0 else len(folded)]
            if not cand.from_field and is_running_line(line):
                continue  # a running header or footer (« Direction de l'Environnement – RC – p.5 »)
            if not cand.from_field and (is_toc_line(line) or line_start in toc_lines):
                if len(set_aside) < MAX_SET_ASIDE_NOTES:
                    set_aside.append(f"écarté ({rule.id}) : « {_short(doc.text[cand.start:cand.end], 60)} » — "
                                     "ligne de sommaire, qui nomme un article sans le stipuler")
                continue
            denial = (not_binding or roles.denial(cand.start, cand.end) or roles.denied_below(cand.start)) \
                if rule.polarity == "present" and not cand.from_field and not rule.fields else None
            if denial is not None:
                if len(set_aside) < MAX_SET_ASIDE_NOTES:
                    set_aside.append(f"écarté ({rule.id}) : « {_short(doc.text[cand.start:cand.end], 60)} » — {denial}")
                continue
            # only a domain's word (a topic term) is set aside: a rule that states a clause (« une clause
            # est prévue au CCAP », « heures d'insertion à réaliser ») is read for what it says
            broad_term = rule.topic is not None and not rule.category
            # (so is a category rule's match whose role only the passage model read, in the object's own words: a
            # waste-collection CCTP's « les emballages sont collectés une fois tous les quinze jours »)
            guessed = reading.source == "modèle" and self.decisions.topic_of(cand) == "environmental"
            if ((broad_term or guessed) and self.decisions.topic_of(cand) in bought and rule.polarity == "present"
                    and not roles.declared(reading, cand.start, cand.end) and reading.role in ("execution", "criteria")
                    and (self.decisions.topic_of(cand) != "environmental"
                         or content_words(folded[cand.start:cand.end]) & object_words)):
                reading = RoleReading("object", "objet", "même thème que l'objet du marché, sans condition "
                                                         "d'exécution déclarée")
            elif (reading.role == UNKNOWN and reading.source == "aucun" and rule.polarity == "present"
                  and self.decisions.topic_of(cand) == "environmental" and "environmental" in bought
                  and (words := content_words(folded[cand.start:cand.end])) and words <= object_words):
                # no role read, and every word the object's own (« Lot n° 2 - Collecte et recyclage des cartons » under
                # « Objet du marché : Collecte et recyclage des papiers et cartons »): a lot's title, what is bought
                reading = RoleReading("object", "objet", "mots de l'objet du marché, sans rôle lu")
            # (the publics of the insertion structures it names too: « réservé aux ETTI, qui mettent à
            # disposition des personnes en parcours d'insertion »)
            if (reserving and (self.decisions.topic_of(cand) == "social"
                               or (broad_term and self.decisions.topic_of(cand) == "insertion"))
                    and rule.polarity == "present"
                    and ((sentence := roles.sentence(cand.start, cand.end)) in reserving
                         # (and the share of workers the law sets for a reserved contract: « Le titulaire certifie
                         # qu'au moins 50 % des travailleurs concernés … sont des travailleurs handicapés »)
                         or _RESERVATION_SHARE.search(folded, *sentence)
                         # (and the structures it is reserved to, named as the holder: « L'ESAT Les Ateliers du
                         # Thaurion … s'engage à exécuter les prestations du lot n° 2 »)
                         or _RESERVED_TO.fullmatch(folded, cand.start, cand.end))):
                reading = RoleReading("reservation", reading.source, "bénéficiaires d'une réservation dite "
                                                                     "dans la même phrase")
            if rule.roles and reading.role not in rule.roles:
                unread.add(id(cand))
                continue  # a rule that only counts in some roles (a criterion's wording, a notice's field)
            if rule.requires_attribute and not read_attribute(rule.requires_attribute, folded, doc.text,
                                                              *roles.sentence(cand.start, cand.end)):
                if len(set_aside) < MAX_SET_ASIDE_NOTES:
                    set_aside.append(f"écarté ({rule.id}) : « {_short(doc.text[cand.start:cand.end], 60)} » — "
                                     f"sa phrase ne donne pas l'attribut requis « {rule.requires_attribute} »")
                continue
            category, note = self.decisions.categorise(cand, reading)
            trace = list(cand.trace)
            trace.append(reading.describe(self.role_config.labels))
            if note:
                trace.append(note)
            if category is None:
                if len(set_aside) < MAX_SET_ASIDE_NOTES:
                    set_aside.append(f"écarté ({rule.id}) : « {_short(doc.text[cand.start:cand.end], 60)} » — "
                                     f"{reading.describe(self.role_config.labels)} ; {note}")
                continue
            attrs = self._attributes(rule, category, doc, cand)
            # Beyond the cap, keep a finding only if it carries new hours (sums over lots).
            # (per category: a lexicon's words that weigh five criteria may still state a clause)
            count = per_rule.get((rule.id, category), 0)
            if count >= self.max_per_rule and not attrs.get("hours_values"):
                continue
            per_rule[(rule.id, category)] = count + 1
            section = doc.section_at(cand.start)
            trace.append(f"score final {cand.score:.2f} (seuil {self.threshold:.2f})")
            message = rule.message if category == rule.category or not rule.category else \
                f"{BY_ID[category].label} — {rule.message}"
            starts[len(findings)] = cand.start
            findings.append(Finding(
                category=category,
                kind=rule.kind,
                rule_id=rule.id,
                message=message,
                evidence=doc.evidence(cand.start, cand.end),
                score=cand.score,
                source=cand.source,
                polarity=rule.polarity,
                severity=rule.severity,
                legal_basis=list(rule.legal_basis),
                decp_value=BY_ID[category].decp_value if rule.polarity == "present" else rule.decp_value,
                attributes=attrs,
                trace=trace,
                section=section.label() if section else None,
            ))
        findings = _headings_answered_below(doc, findings, starts, set_aside)
        return findings, set_aside, frozenset(object_topics), unread

    def _attributes(self, rule: Rule, category: str, doc: Document, cand: Candidate) -> FindingAttributes:
        names = list(rule.attributes)
        if BY_ID[category].is_criterion and "weight" not in names:
            names.append("weight")  # a criterion's weight, whichever rule found its topic
        if category == "marche_reserve" and "bases" not in names:
            names.append("bases")
        attrs: FindingAttributes = {}
        for name in names:
            back, forward = ATTRIBUTE_WINDOWS.get(name, (200, 300))
            lo, hi = cand.window or (max(0, cand.start - back), min(len(doc.folded), cand.end + forward))
            if name == "hours" and cand.window is None:
                hi = max(hi, after_the_list(doc.text, cand.start))
                # never a word cut by the window's end (« 175 heures au plus par pers|onne »: what a figure counts)
                word_end = re.match(r"\w*", doc.folded[hi:hi + 30])
                hi += word_end.end() if word_end else 0
                if "heure" in doc.folded[max(lo, hi - UNIT_CUT):hi]:
                    # a figure's unit cut from what follows it, which tells what it counts (« … jusqu'à 72\nheures »
                    # then « avant cette date »: a time limit; « (au plus 70 heures) sont décomptées dans le\nvolume »):
                    # to the end of its sentence, else of its line
                    ahead = doc.folded[hi:hi + LINE_END_REACH]
                    stop = re.search(r"[.;](?:\s|$)", ahead) or re.search(r"\n", ahead)
                    hi = hi + stop.start() if stop else hi
                if doc.doc_type == "QR" and (answer := answer_start(doc.folded, cand.start)) is not None:
                    lo = max(lo, answer)  # an answer's hours, not the question's quoting the old figure
                article_end = _article_end(doc, cand.end)
                hi = max(min(hi, article_end), hours_table_end(doc.text, doc.folded, hi, article_end))
            attrs.update(read_attribute(name, doc.folded, doc.text, lo, hi))
        return attrs


UNIT_CUT = 12  # characters before a window's end where an hours unit is cut from its context
LINE_END_REACH = 120  # characters such a window runs on to end its line


def _article_end(doc: Document, at: int) -> int:
    """Where the article holding `at` ends: at the next article in its numbering (« Article 3 » then « Article 4 »,
    « 8.2 » then « 8.3 » or « 9 »). The hours of the next article are another matter's (« Article 4 - Pénalités …
    Appareil à l'arrêt plus de 48 heures »). Only the numbering tells, and a table's numbered rows read as headings
    (« 01 Gros œuvre 420 » under « ARTICLE 7 ») are no article; sub-sections (« 7.2 Volume ») stay in the article."""
    section = doc.section_at(at)
    if section is None:
        return len(doc.folded)
    article = section if section.parent is None else doc.sections[section.parent]
    parts = _number_parts(article.number)
    if parts:
        for later in doc.sections:
            if later.start > at and _follows(parts, _number_parts(later.number)) and not _a_table_row(doc, later):
                return later.start
    return len(doc.folded)


# a numbered table row read as a heading: its cells (« 3 Menuiseries extérieures 240 000 », « 07 Plomberie | 140 »),
# or the numbered line above it (« 2 Électricité 300 h » then « 3 Serrurerie - métallerie néant »)
_TABLE_CELLS = re.compile(r"\d$|\||\t")
_NUMBERED_LINE = re.compile(r"[ \t]*\d{1,3}\b")


def _a_table_row(doc: Document, section: Section) -> bool:
    above = doc.text.rfind("\n", 0, max(0, section.start - 1)) + 1
    return bool(_TABLE_CELLS.search(section.title)) or bool(_NUMBERED_LINE.match(doc.text, above, section.start))


def _number_parts(number: str | None) -> tuple[int, ...]:
    """« 8.2 » -> (8, 2); () for a number of another kind (« III », « A) »)."""
    found = re.fullmatch(r"(\d{1,3}(?:\.\d{1,3})*)\.?", (number or "").strip())
    return tuple(int(part) for part in found.group(1).split(".")) if found else ()


def _follows(parts: tuple[int, ...], later: tuple[int, ...]) -> bool:
    """Does the number `later` come next after `parts` at one of its levels (8.2 -> 8.3, 9, 9.1)?"""
    return any(len(later) > k and later[:k] == parts[:k] and later[k] == parts[k] + 1 for k in range(len(parts)))


def _set_aside_in(span: tuple[int, int], topic: str | None, candidates: list[Candidate],
                  topic_of: Callable[[Candidate], str | None]) -> bool:
    """Does a match on `topic` within `span` stand in a context its rule sets aside (another sense, a legal duty)?"""
    return any(span[0] <= c.start < span[1] and c.negative_hit and topic_of(c) == topic for c in candidates)


def _topics_bought_in_the_cover(doc: Document, candidates: list[Candidate],
                                topic_of: Callable[[Candidate], str | None]) -> set[str]:
    """The topics of the matches a rule set aside as what the contract buys (their negative context: « accompagnement
    socio-professionnel », « prestations de services d'insertion ») in a piece's cover — its title block, before its
    first section: the piece's object. A reservation is never what is bought."""
    end = cover_end(doc)
    return {topic for c in candidates if c.start < end and c.negative_hit
            and (topic := topic_of(c)) is not None and topic != "reservation"}


def _headings_answered_below(doc: Document, findings: list[Finding], starts: dict[int, int],
                             set_aside: list[str]) -> list[Finding]:
    """A heading that names a clause (« ARTICLE 9 – CLAUSES SOCIALES ET ENVIRONNEMENTALES ») stipulates nothing by
    itself when the document says, for that category, that there is none (« 9.2 Clause environnementale — Sans objet
    pour le présent lot »): the heading's finding gives way to the statement of absence."""
    absent = {f.category for f in findings if f.polarity == "absent"}
    if not absent:
        return findings
    heading_lines = {section.start for section in doc.sections}
    kept = []
    for index, finding in enumerate(findings):
        start = starts.get(index)
        if finding.polarity == "present" and finding.category in absent and start is not None \
                and doc.folded.rfind("\n", 0, start) + 1 in heading_lines:
            if len(set_aside) < MAX_SET_ASIDE_NOTES:
                set_aside.append(f"écarté ({finding.rule_id}) : « {_short(finding.evidence.quote if finding.evidence else '', 60)} »"
                                 " — titre d'article, et le document dit plus bas qu'il n'y en a pas")
            continue
        kept.append(finding)
    return kept


def _tiers_of(finding: Finding) -> dict[str, str]:
    """A reservation finding's bases with how each is named (a rule's declared bases count as words)."""
    tiers = finding.attributes.get("bases_tier")
    if tiers is not None:
        return dict(tiers)
    return dict.fromkeys(finding.attributes.get("bases", []), "mots")
