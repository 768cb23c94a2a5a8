"""A register of questions and answers (doc type QR): where each candidate's question stands, and its answer.

A register lays its items out in many ways — « Question n° 3 : … Réponse : … », a table « N° | Question | Réponse »,
a PDF table whose cells follow one another (« 2 Lot 2 : le volume de 450 heures … Peut-il être revu ? » then « Oui.
Après avis du facilitateur, … ramené à 300 heures »). What they share: a question ends on its question mark, and it
starts where its item starts (its number or label opening a line, the cell after the row's number). A figure in a
question is the candidate's — the old figure it quotes, the change it asks for —, not the dossier's: the answer says
what holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausecheck.patterns import NUMERO_FOLDED

# (folded text) what opens an item of a register: its number (« 2 », « 2 | », « 12. », « Q3 – ») or its label
# (« Question n° 4 : »), at a line's start
_ITEM_START = re.compile(r"^[ \t]*(?:(?:question|q)\s*(?:" + NUMERO_FOLDED + r"\s*)?\d{0,3}\b[^\n]{0,3}|\d{1,3}\s*(?:\||[.)–-]|\s))",
                         re.MULTILINE)
QUESTION_REACH = 600  # characters a question may run back from its question mark
_ANSWER_LABEL = re.compile(r"^[\s|:.–-]*(?:r[ée]ponse\b[^:\n]{0,40}:|r\s?\d{1,3}\s*[-–:.)])?[\s|:.–-]*")
_YES = re.compile(r"oui\b")
# a question that asks to change what the dossier says (« Peut-il être revu ? », « … porter le maximum à 60 000 € HT
# ? », « … ramenées à 500 heures ? »): its figures are the one it quotes and the one it proposes
_ASKS_CHANGE = re.compile(r"\bporter\b|\bportee?s?\s+(?:a|de)\b|\b(?:ramen|redui|reduct|augment|diminu|baiss|relev|"
                          r"revoi|revu|modifi|abaiss|ajust|remplac|corrig|rectifi|supprim|ajout|scind|fusionn)\w*")


@dataclass(frozen=True, slots=True)
class RegisterItem:
    question: tuple[int, int]  # from the item's start to its question mark
    answer: tuple[int, int]  # from after the question mark to the next item's question, or the text's end

    def answer_opens(self, folded: str) -> str:
        """The first words of the answer, its label (« Réponse : », « | ») left out."""
        lo, hi = self.answer
        text = folded[lo:hi]
        label = _ANSWER_LABEL.match(text)
        return text[label.end() if label else 0:][:40]

    def says_yes(self, folded: str) -> bool:
        return _YES.match(self.answer_opens(folded)) is not None


def register_items(folded: str) -> list[RegisterItem]:
    """Each question of a register (folded text) with its answer, in order."""
    marks = [m.end() for m in re.finditer(r"\?", folded)]
    items: list[RegisterItem] = []
    previous_end = 0
    for i, end in enumerate(marks):
        floor = max(previous_end, end - QUESTION_REACH)
        starts = [m.start() for m in _ITEM_START.finditer(folded, floor, end)]
        if not starts:
            continue  # a question mark inside an answer, or in prose: no item opens before it
        start = starts[-1]
        if items and start < items[-1].question[1]:
            continue
        answer_end = len(folded)
        for later in marks[i + 1:]:
            following = [m.start() for m in _ITEM_START.finditer(folded, end, later)]
            if following:
                answer_end = following[-1]
                break
        items.append(RegisterItem((start, end), (end, answer_end)))
        previous_end = end
    return items


# an answer that corrects the dossier (« Il s'agit d'une erreur matérielle. Le montant maximum du lot 2 … est de 59 000 € HT »)
_CORRECTS = re.compile(r"erreur\s+materielle|\b(?:est|sont)\s+(?:modifiee?s?|rectifiee?s?|corrigee?s?)\b|\bil\s+faut\s+lire\b")


def quoted_by_candidates(folded: str, answer_states: re.Pattern[str]) -> list[tuple[int, int]]:
    """The questions whose figures are the candidate's own: those that ask to change the dossier, unless a bare « Oui. »
    grants the change (an answer that refuses it, or that states its own figure — `answer_states` finding it —, says
    what holds). A question that only asks about the dossier quotes its figures as they are: they stay."""
    out = []
    for item in register_items(folded):
        lo, hi = item.answer
        if _ASKS_CHANGE.search(folded, *item.question) is None \
                and not (_CORRECTS.search(folded, lo, hi) and answer_states.search(folded, lo, hi)):
            continue  # (a question that quotes the dossier, answered by a correction with its own figure, is corrected)
        if item.says_yes(folded) and answer_states.search(folded, lo, hi) is None:
            continue
        out.append(item.question)
    return out
