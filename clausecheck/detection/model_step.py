"""The passage model's part in a decision (rules/settings.yml `detection.model`):

- **the role the structure could not tell**: a passage with no sign of its role takes the model's
  role when its probability reaches the threshold chosen on held-out buyers;
- **the passages the rules are silent on**: a sentence that holds a topic word but no rule finding
  is read by the model; when a topic reaches its threshold and the passage's role makes it count
  (rules/decisions.yml), the model reports the category, with the passage as evidence.
The model never overrules a rule's finding: it decides only where the rules say nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from clausecheck.categories import BY_ID
from clausecheck.detection.attributes import read_attribute
from clausecheck.detection.decision import DecisionTable
from clausecheck.detection.denials import answered_no, body_answers_no, not_contractual
from clausecheck.detection.line_shapes import LIST_ITEM
from clausecheck.detection.passage_model import TOPICS, PassageModel, Verdict, commentary_chunks
from clausecheck.detection.recognizers import WordIndex, _short
from clausecheck.detection.roles import UNKNOWN, RoleReader, RoleReading, cover_end
from clausecheck.detection.rules import Rule
from clausecheck.detection.stipulations import prescribes, states
from clausecheck.detection.weights import WEIGHTED_ROW
from clausecheck.model import Document
from clausecheck.results import Finding, FindingAttributes
from clausecheck.text import is_running_line

EXTRACTORS = {"clause_insertion": ("hours", "publics", "modes"), "marche_reserve": ("bases",),
              "critere_social": ("weight",), "critere_environnemental": ("weight",)}
# RoleReading.source values the model may build on (« stipulation »: a prescribing sentence of a CCAP or CCTP)
CONFIRMED_SIGN = "indice confirmé"  # a weak sign of role the model reads the same way
STRUCTURAL_SOURCES = ("champ", "indice", "intitulé", "stipulation", CONFIRMED_SIGN)
# The roles the model may give. The object, a blank form and a price schedule are told by where a
# passage stands (the object field or first article, the piece's type), which the structure has
# already read when it finds no sign: the model's « object » there would silence a real clause.
FALLBACK_ROLES = ("criteria", "execution", "selection", "reservation")
UNCOMMITTED_PIECES = ("form", "price_schedule")  # roles.yml doc_types whose pieces commit to nothing
PASSAGE_MIN = 25  # characters: shorter sentences say too little for the model


@dataclass(frozen=True, slots=True)
class ModelSettings:
    role_fallback: bool = True
    model_only: bool = True
    max_passages: int = 60  # per document, the sentences with the most topic words first
    stipulation_floor: float = 0.4  # the topic probability that confirms a stipulation (detection/stipulations.py)
    confirmed_sign_floor: float = 0.9  # the topic probability a weak sign confirmed by the model needs
    # the least topic probability a category the rules did not find needs, per topic (rules/settings.yml)
    model_only_floors: tuple[tuple[str, float], ...] = ()
    # topics the model reports where the rules are silent only on a passage holding a word of that topic's rules
    model_only_own_word: tuple[tuple[str, tuple[str, ...]], ...] = ()  # topic -> the topics whose words it needs

    @classmethod
    def from_settings(cls, raw: dict[str, Any], use_model: bool) -> ModelSettings:
        return cls(role_fallback=use_model and bool(raw.get("role_fallback", True)),
                   model_only=use_model and bool(raw.get("model_only", True)),
                   max_passages=int(raw.get("max_passages", 60)),
                   stipulation_floor=float(raw.get("stipulation_floor", 0.4)),
                   confirmed_sign_floor=float(raw.get("confirmed_sign_floor", 0.9)),
                   model_only_floors=tuple((str(topic), float(floor))
                                           for topic, floor in (raw.get("model_only_floors") or {}).items()),
                   model_only_own_word=tuple((str(topic), tuple(str(t) for t in fields))
                                             for topic, fields in (raw.get("model_only_own_word") or {}).items()))

    def floor(self, topic: str, threshold: float) -> float:
        """The model's threshold for `topic`, raised to its model-only floor."""
        return max([threshold, *(floor for name, floor in self.model_only_floors if name == topic)])


# a notice's field rendered as a line opens with its element's path (« ContractNotice/…/Description: »): the structure
# has read it (the field's role); the model reads the words the buyer wrote
_FIELD_PATH = re.compile(r"^[ \t]*[A-Za-z][\w\-.:]*/[\w\-.:/]*(?: \[[^\]\n]*\])?: ?", re.MULTILINE)


def _list_intro_start(folded: str, lo: int) -> int:
    """Where the passage at `lo` is read from for its words: the line that opens its list when it is an item of one
    (« Pénalités spécifiques à la clause sociale : » above « - non-réalisation des heures : … »), else `lo`."""
    line_start = folded.rfind("\n", 0, lo) + 1
    above = folded.rfind("\n", 0, max(line_start - 1, 0)) + 1
    while above < line_start and folded[line_start - 2:line_start - 1] != ":" and LIST_ITEM.match(folded[above:line_start]):
        line_start = above  # a sibling item above: the list opens higher
        above = folded.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return above if above < line_start and folded[line_start - 2:line_start - 1] == ":" else lo


@lru_cache(maxsize=8)
def _words_at_word_start(words: frozenset[str]) -> re.Pattern[str]:
    """Any of `words` where a word starts (« oit », the ILO, not the end of « soit »)."""
    return re.compile(_WORD_START + "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")")


def without_field_path(passage: str) -> str:
    return _FIELD_PATH.sub("", passage)


def with_model_role(reading: RoleReading, model: PassageModel | None, passage: str,
                    prescribing_piece: bool = False) -> RoleReading:
    """The structural reading, or the model's role where the structure gave no sign at all. In a piece that prescribes
    (a CCAP, a CCTP), a sentence the model reads as a criterion must weigh something: there a requirement with no sign
    of role is the holder's obligation (« Article 3 - Performance environnementale du parc » then « Les véhicules
    respectent au minimum la norme Euro 6 »), and its criteria stand under a heading that says so."""
    if model is None or reading.role != UNKNOWN or reading.source != "aucun":
        return reading
    verdict = model.predict([passage])[0]
    if verdict.role == "criteria" and prescribing_piece and not WEIGHTED_ROW.search(passage):
        return reading
    if verdict.role_probability >= model.role_threshold and verdict.role in FALLBACK_ROLES:
        return RoleReading(verdict.role, "modèle", f"p={verdict.role_probability:.2f} (seuil {model.role_threshold:.2f})")
    return reading


@lru_cache(maxsize=4)
def _topic_words(words: frozenset[str]) -> WordIndex:
    return WordIndex(words)


_WORD_START = r"(?<![\w])"


@lru_cache(maxsize=4)
def _other_senses(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    if all(p.startswith(_WORD_START) for p in patterns):
        # the same match, found faster: a position inside a word fails once, not once per phrase
        return re.compile(_WORD_START + "(?:" + "|".join(f"(?:{p[len(_WORD_START):]})" for p in patterns) + ")")
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def other_senses(rules: list[Rule]) -> re.Pattern[str] | None:
    """The phrases the rules read as another sense of their words (their vetoing negative context:
    « environnement technique », « code de l'environnement », « insertion dans le site »)."""
    return _other_senses(tuple(sorted({ctx.regex.pattern for rule in rules for ctx in rule.negative_context
                                       if ctx.regex is not None and ctx.weight >= 1.0})))


SENSE_REACH = 80  # characters around a topic word where a phrase holding it may start or end


def _in_other_sense(folded: str, senses: re.Pattern[str], start: int, lo: int, hi: int) -> bool:
    """Does a phrase the rules read in another sense hold the topic word at `start`?"""
    return any(m.start() <= start < m.end()
               for m in senses.finditer(folded, max(lo, start - SENSE_REACH), min(hi, start + SENSE_REACH)))


def _floor_note(settings: ModelSettings, topic: str, threshold: float) -> str:
    floor = settings.floor(topic, threshold)
    return f" ; plancher {floor:.2f} où les règles se taisent" if floor > threshold else ""


def _on_topic(verdict: Verdict, model: PassageModel) -> bool:
    return any(p >= model.topic_thresholds[topic] for topic, p in verdict.topics.items())


def confirmed_weak_sign(reading: RoleReading, verdict: Verdict, model: PassageModel) -> RoleReading:
    """A weak sign of role (« le titulaire regroupe… », « … doit … ») that the model reads the same way
    on its own: two readings that agree, from the words and from the whole sentence, are worth a strong one."""
    if reading.source != "indice faible" or verdict.role != reading.role or verdict.role_probability < model.role_threshold:
        return reading
    return RoleReading(reading.role, CONFIRMED_SIGN,
                       f"{reading.reason} ; rôle confirmé par le modèle (p={verdict.role_probability:.2f})")


def silent_passages(doc: Document, roles: RoleReader, rules: list[Rule], covered: list[tuple[int, int]],
                    limit: int) -> list[tuple[int, int]]:
    """Sentences holding a topic word that no finding covers, the densest first. A word the rules
    read in another sense (« l'environnement marin ») invites no reading: it is no topic word there."""
    words = frozenset(t for rule in rules if rule.topic or rule.category for t in rule.triggers)
    positions = _topic_words(words).positions(doc.folded)
    sentences: dict[tuple[int, int], list[int]] = {}
    for starts in positions.values():
        for start in starts:
            sentences.setdefault(roles.sentence(start, start + 1), []).append(start)
    senses = other_senses(rules)
    out = []
    for (lo, hi), starts in sorted(sentences.items(), key=lambda item: (-len(item[1]), item[0])):
        line = doc.folded[lo:hi]
        if hi - lo < PASSAGE_MIN or is_running_line(line) or any(a < hi and lo < b for a, b in covered):
            continue
        if senses is not None and all(_in_other_sense(doc.folded, senses, start, lo, hi) for start in starts):
            continue
        out.append((lo, hi))
        if len(out) >= limit:
            break
    return sorted(out)


def _under_a_heading_answered_no(doc: Document, pos: int) -> bool:
    """The passage stands in a section whose heading is answered no by its body (« 3.4 – Marché réservé » then « Sans
    objet. (L'article L. 2113-12 permet de réserver … ; cette faculté n'est pas mise en œuvre) »): what the section
    goes on to say explains the « no », it does not take it back."""
    section = doc.section_at(pos)
    if section is None:
        return False
    heading_end = doc.folded.find("\n", section.start)
    return 0 <= heading_end < pos and body_answers_no(doc.text, doc.folded, heading_end)


def model_findings(doc: Document, roles: RoleReader, decisions: DecisionTable, model: PassageModel,
                   findings: list[Finding], spans: list[tuple[int, int, str]], rules: list[Rule],
                   settings: ModelSettings, notes: list[str], object_topics: frozenset[str] = frozenset(),
                   generic: Sequence[tuple[int, int, str]] = ()) -> list[Finding]:
    """Categories the rules did not find, reported by the model on passages the rules were silent on.
    `spans` are where the rules matched, kept or set aside, with the topic each rule reads: those
    sentences are the rules' to judge on those topics.
    The passage's role must come from its structure (a field, a cue, a label or heading): the
    model's topic alone, on a sentence of unknown role, mistakes « insertion des câbles » or
    « heures travaillées » for a clause."""
    if roles.config.doc_types.get(doc.doc_type) in UNCOMMITTED_PIECES or not_contractual(doc.folded):
        # a blank form, its notice or a price schedule names every kind of clause and commits to none; nor does a
        # document that says it binds no one
        return []
    found = {f.category for f in findings}  # present or declared absent: the rules have spoken
    # What the contract buys is no clause of it (as for the rules, detection/engine.py): a topic the object is
    # about counts only where a field or a sign in the sentence says so; buying insertion services is social too
    object_bound = set(object_topics) | ({"social"} if "insertion" in object_topics else set())
    # the act of reserving, as the reservation rules' trigger words say it (réserv-, restricted, sheltered…)
    reserving = {word for rule in rules if rule.category == "marche_reserve" and rule.polarity == "present"
                 for word in rule.triggers}
    # A sentence where a rule matched is the rules' to judge on that rule's topic, not on the others: the
    # beneficiaries a reservation names are social words, and the rule that read them has not read the
    # reservation.
    read_on: dict[tuple[int, int], set[str]] = {}
    for start, end, topic in spans:
        read_on.setdefault(roles.sentence(start, end), set()).add(topic)
    covered = [sentence for sentence, topics in read_on.items() if topics >= set(TOPICS)]
    # where a rule's word stood that counts only in other roles (« carburant », read in criteria alone)
    worded: dict[tuple[int, int], set[str]] = {}
    for start, end, topic in generic:
        worded.setdefault(roles.sentence(start, end), set()).add(topic)
    own_words = {topic: _words_at_word_start(frozenset(
        w for rule in rules if rule.polarity == "present"
        and (rule.topic or decisions.topic_of_category.get(rule.category or "")) in fields for w in rule.triggers))
        for topic, fields in settings.model_only_own_word}
    passages = silent_passages(doc, roles, rules, covered, settings.max_passages)
    if not passages:
        return []
    verdicts = model.predict([without_field_path(doc.text[lo:hi]) for lo, hi in passages])
    cover = cover_end(doc)
    best: dict[str, tuple[float, int, int, RoleReading, str]] = {}
    for (lo, hi), verdict in zip(passages, verdicts, strict=True):
        ruled = {topic for (a, b), topics in read_on.items() if a < hi and lo < b for topic in topics}
        if not any(probability >= model.topic_thresholds[topic] and topic not in ruled
                   for topic, probability in verdict.topics.items()):
            continue  # no topic the model could report here: the passage's role need not be read
        reading = roles.role_at(lo, hi)
        # a piece's title block names what it buys (« CCTP – LOT 2 / Collecte en porte-à-porte des emballages
        # recyclables »): it prescribes nothing
        if reading.source == "aucun" and lo >= cover and (prescribes(doc.folded, lo, hi) or (
                _on_topic(verdict, model) and states(doc.text[lo:hi]))):
            reading = roles.stipulation(reading)  # a CCAP's or CCTP's sentence that prescribes: the piece's role
        reading = confirmed_weak_sign(reading, verdict, model)
        if reading.source not in STRUCTURAL_SOURCES:
            continue
        row = decisions.table.get(reading.role)
        if not isinstance(row, dict) or roles.denial(lo, hi) or answered_no(doc.text, doc.folded, lo, hi) \
                or _under_a_heading_answered_no(doc, lo):
            continue
        for topic, probability in verdict.topics.items():
            category = row.get(topic)
            threshold = settings.floor(topic, model.topic_thresholds[topic])
            if reading.source == CONFIRMED_SIGN or any(topic in topics for (a, b), topics in worded.items()
                                                       if a < hi and lo < b):
                # two weak readings agreeing make a role, not a topic: « le nombre d'heures travaillées »
                # the holder reports is not an insertion commitment on a middling probability; nor is a
                # generic word the rules read in other roles alone (« le plein de carburant »)
                threshold = max(threshold, settings.confirmed_sign_floor)
            if category is None or category in found or topic in ruled or probability < threshold:
                continue
            if topic in object_bound and not roles.declared(reading, lo, hi):
                continue
            if topic in own_words and not own_words[topic].search(doc.folded, _list_intro_start(doc.folded, lo), hi):
                continue  # « 21 000 heures d'intervention par an » of a home-help service: hours, no one's insertion
            if category == "marche_reserve" and not (any(word in doc.folded[lo:hi] for word in reserving)
                                                     and read_attribute("bases", doc.folded, doc.text, lo, hi)):
                # a reservation says it reserves, and names who for (L2113-12 to -15): « réservé aux PME »
                # names no one, « sous-traitées à des entreprises adaptées : 5 points » reserves nothing
                continue
            if probability > best.get(category, (0.0,))[0]:
                best[category] = (probability, lo, hi, reading, topic)
    out = []
    labels = roles.config.labels
    for category, (probability, lo, hi, reading, topic) in best.items():
        attrs: FindingAttributes = {}
        for name in EXTRACTORS.get(category, ()):
            attrs.update(read_attribute(name, doc.folded, doc.text, lo, hi))
        section = doc.section_at(lo)
        out.append(Finding(
            category=category, kind="modele", rule_id="modele.passages",
            message=f"{BY_ID[category].label} (passage reconnu par le modèle)",
            evidence=doc.evidence(lo, hi), score=probability, source="model", polarity="present",
            legal_basis=[], decp_value=BY_ID[category].decp_value, attributes=attrs,
            trace=[reading.describe(labels),
                   f"modèle {model.version} : thème « {decisions.topics.get(topic, topic)} » p={probability:.2f} "
                   f"(seuil {model.topic_thresholds[topic]:.2f}, choisi sur des acheteurs tenus à l'écart"
                   + _floor_note(settings, topic, model.topic_thresholds[topic]) + ")",
                   f"table : {reading.role} × {decisions.topics.get(topic, topic)} → {category}"],
            section=section.label() if section else None,
        ))
        notes.append(f"modèle : {BY_ID[category].label} sur « {_short(doc.text[lo:hi], 80)} »")
    return out



# A document comments on procurement when most of its passages, read by the register head, talk about it in general
CHUNKS_READ = 40  # passages read across a long document, evenly spaced


def commentary_of(doc: Document, model: PassageModel | None) -> str | None:
    """Why the document talks about procurement in general (a guide, a legal explainer, news, case law) instead
    of stipulating for a contract: the median commentary probability of its passages (runs of sentences, as the
    head was trained on) reaches the register threshold chosen out of fold (models/MODEL_CARD.md). Only a
    document of no tender type is read so: a typed piece (RC, CCAP, notice, register of answers…) that reminds the
    law before stipulating, or answers in a conversational tone, still stipulates; a notice read by its fields too.
    None when the model has no register head."""
    if model is None or model.commentary_threshold is None or doc.fields or doc.doc_type not in (None, "AUTRE"):
        return None
    chunks = [c for c in commentary_chunks(doc.text) if len(c) >= PASSAGE_MIN]
    if not chunks:
        return None
    step = max(1, len(chunks) // CHUNKS_READ)
    read = chunks[::step][:CHUNKS_READ]
    probabilities = sorted(v.commentary or 0.0 for v in model.predict(read))
    median = probabilities[len(probabilities) // 2]
    if median < model.commentary_threshold:
        return None
    return (f"texte qui parle de la commande publique en général (guide, explication du droit, actualité), "
            f"non d'un marché : probabilité médiane {median:.2f} ≥ {model.commentary_threshold:.2f} "
            f"sur {len(read)} passage(s)")
