"""The last resort for a passage that shows no sign of its role, in a piece that prescribes.

A CCAP or a CCTP states what the holder must do, often with no « le titulaire » and no « doit »:
« Les livraisons … sont réalisées au moyen de véhicules électriques », « L'isolant … est un matériau
biosourcé ». Read as having no role, such a stipulation counted for nothing. Read as an obligation
whatever it says, a topic word in a technical passage (« attestation de recyclage », « coffret CO2 »,
« conditions d'emploi » of a steel) became a clause. So a passage gets the piece's role
(rules/roles.yml, `stipulations`) only when it is a sentence that prescribes (a finite verb, not a
heading, a table-of-contents line or a list of references) and its topic is confirmed: by the passage
model, or by two readings of the same topic in the sentence. The trace says which.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from clausecheck.detection.parser import nlp
from clausecheck.detection.passage_model import PassageModel
from clausecheck.detection.recognizers import Candidate
from clausecheck.detection.roles import UNKNOWN, RoleReader, RoleReading

# a finite verb of a stipulation (folded text): to be, must, and the verbs contracts prescribe with
PRESCRIPTIVE = re.compile(
    r"\b(?:est|sont|sera|seront|doit|doivent|devra|devront|fait|font|fera|feront|assure|assurent|assurera|"
    r"utilise|utilisent|emploie|emploient|respecte|respectent|fournit|fournissent|met|mettent|remet|remettent|"
    r"transmet|transmettent|realise|realisent|effectue|effectuent|veille|veillent|garantit|garantissent|"
    r"applique|appliquent|privilegie|privilegient|limite|limitent|depasse|depassent|comporte|comportent|"
    r"interdit|proscrit|exige|impose|prend|prennent|trie|trient|reprend|reprennent|evacue|evacuent)\b")
# what is not a stipulation even with such a verb: a table of contents, a reference to a code
_NOT_A_STIPULATION = re.compile(r"\.{5,}|\bcode (?:du travail|de l.environnement|de la commande)|\blivre [ivx]+\b")
SENTENCE_MIN = 40


def prescribes(folded: str, lo: int, hi: int) -> bool:
    """Is folded[lo:hi] a sentence that prescribes (a finite verb; not a table of contents or a code's
    reference)?"""
    return hi - lo >= SENTENCE_MIN and bool(PRESCRIPTIVE.search(folded, lo, hi)) \
        and not _NOT_A_STIPULATION.search(folded, lo, hi)


def states(sentence: str) -> bool:
    """Does the sentence state something of a subject (« Les arbres plantés appartiennent à des essences
    locales »)? The verbs a specification uses are too many to list; its grammar is not: a subject and
    its verb, which a heading, a label or a table cell (« Capacité : 60 paniers par heure ») lacks.
    Asked of spaCy's parse, only for the few sentences the word list above does not settle."""
    parser = nlp()
    if parser is None or len(sentence) < SENTENCE_MIN:
        return False
    return any(token.dep_.startswith("nsubj") for token in parser(sentence))


def confirm_stipulations(folded: str, text: str, cands: Sequence[Candidate], readings: dict[int, RoleReading],
                         roles: RoleReader, model: PassageModel | None, topic_of: Callable[[Candidate], str],
                         model_floor: float) -> None:
    """Keep the piece's role only for the candidates whose stipulation is confirmed; the others go back
    to « no sign of role » (their rule's own reading). Changes `readings` in place."""
    pending = [c for c in cands if readings[id(c)].source == "stipulation"]
    if not pending:
        return
    sentence_of = {id(c): roles.sentence(c.start, c.end) for c in cands}
    # how many separate readings of each topic a sentence holds
    spans: dict[tuple[tuple[int, int], str], set[tuple[int, int]]] = {}
    for cand in cands:
        spans.setdefault((sentence_of[id(cand)], topic_of(cand)), set()).add((cand.start, cand.end))
    readings_of = {key: _distinct(found) for key, found in spans.items()}
    prescribing = {(lo, hi) for lo, hi in {sentence_of[id(c)] for c in pending} if prescribes(folded, lo, hi)}
    to_ask = sorted({b for c in pending if (b := sentence_of[id(c)]) in prescribing and readings_of[(b, topic_of(c))] < 2})
    topics: dict[tuple[int, int], dict[str, float]] = {}
    if model is not None and to_ask:
        for bounds, verdict in zip(to_ask, model.predict([text[lo:hi] for lo, hi in to_ask]), strict=True):
            topics[bounds] = verdict.topics
    for cand in pending:
        bounds, topic, reading = sentence_of[id(cand)], topic_of(cand), readings[id(cand)]
        why = None
        if bounds in prescribing:
            if readings_of[(bounds, topic)] >= 2:
                why = "deux lectures du même thème dans la phrase"
            elif topics.get(bounds, {}).get(topic, 0.0) >= model_floor:
                why = f"thème confirmé par le modèle (p={topics[bounds][topic]:.2f})"
        if why is None:
            readings[id(cand)] = RoleReading(UNKNOWN, "aucun", "aucun signe de rôle")
        else:
            readings[id(cand)] = RoleReading(reading.role, "stipulation", f"{reading.reason} ; {why}")


def _distinct(found: set[tuple[int, int]]) -> int:
    """How many readings do not overlap (two rules reading the same words count once)."""
    count, last_end = 0, -1
    for start, end in sorted(found):
        if start >= last_end:
            count, last_end = count + 1, end
    return count
