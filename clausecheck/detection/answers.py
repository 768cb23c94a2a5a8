"""A register of questions and answers (doc type QR): what a question asks about insertion, its answer states.

« Question 1 – Quel est le volume total d'heures d'insertion … ? » commits to nothing; « Réponse : 1 000 heures pour
la période initiale et 400 heures par reconduction, soit 1 800 heures au total » does, though it no longer names
insertion. A match in a question is moved to the answer that follows it (unless the answer says no and states no
hours), and the
answer alone is read for its attributes (hours)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from clausecheck.detection.hours_reading import hours
from clausecheck.detection.recognizers import Candidate
from clausecheck.patterns import last_match

# (folded text) a question's line and an answer's line, as registers number and label them
# (the number may be glued to its letter: « Q12 – … », « R12 – Oui, … »)
_QUESTION_LINE = re.compile(r"^[ \t]*(?:question|q)(?:\b|(?=\d))[^\n]{0,3}\s*(?:n\s?°\s*)?\d{0,3}", re.MULTILINE)
_ANSWER_LINE = re.compile(r"^[ \t]*(?:reponse|r)(?:\b[^:\n]{0,60}:|\d{1,3}[ \t]*[-–:.)])[ \t]*", re.MULTILINE)
_ANSWERS_NO = re.compile(r"(?:non\b|aucune?\b|pas\s+de\b|sans\s+objet|neant)")
ANSWER_MAX = 1500  # characters of an answer read


def answer_to(folded: str, start: int) -> tuple[int, int] | None:
    """The answer to the question holding `start`: from after its « Réponse : » to the next question."""
    question = last_match(_QUESTION_LINE, folded, 0, start + 1)
    answer = _ANSWER_LINE.search(folded, start)
    if question is None or answer is None:
        return None
    between = _ANSWER_LINE.search(folded, question.end(), start)
    following = _QUESTION_LINE.search(folded, start, answer.start())
    if between is not None or following is not None:
        return None  # `start` is in an answer already, or the next question comes before any answer
    stop = _QUESTION_LINE.search(folded, answer.end())
    hi = min(stop.start() if stop else len(folded), answer.end() + ANSWER_MAX)
    if _ANSWERS_NO.match(folded, answer.end()) and not (
            "heure" in folded[question.start():answer.start()]
            and hours(folded[answer.end():min(hi, answer.end() + 300)]).get("hours_values")):
        # (a « Non » to a question about the hours, that goes on to state insertion hours as the hours reader counts
        # them, still states them: « … reportées sur le présent marché ? — Non. Le volume exigé … est de 1 900
        # heures »; not a « Non » whatever hours of another kind follow)
        return None
    return answer.end(), hi


def answer_start(folded: str, pos: int) -> int | None:
    """Where the answer holding `pos` starts (after its « Réponse : »), None when `pos` is in no answer: what its
    attributes are read from, not the question before it (« Pour le lot n° 2, le volume de 300 heures paraît élevé …
    Peut-il être revu ? » then « Réponse : … ramené à 200 heures »)."""
    answer = last_match(_ANSWER_LINE, folded, 0, pos + 1)
    if answer is None or _QUESTION_LINE.search(folded, answer.end(), pos) is not None:
        return None
    return answer.end()


def moved_to_answers(folded: str, candidates: list[Candidate],
                     first_sentence: Callable[[int], tuple[int, int]]) -> list[Candidate]:
    """The candidates, those in a question moved to its answer's first sentence (`first_sentence(lo)` gives its
    span), read in the answer only (`Candidate.window`)."""
    moved: list[Candidate] = []
    for cand in candidates:
        answer = answer_to(folded, cand.start)
        if answer is None:
            moved.append(cand)
            continue
        lo, hi = first_sentence(answer[0])
        moved.append(replace(cand, start=lo, end=max(lo + 1, min(hi, answer[1])), window=answer,
                             trace=[*cand.trace, "question d'un registre : lue dans sa réponse"]))
    return moved
