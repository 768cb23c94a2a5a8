"""Negation and denial: a match that the text itself says is not there.

- negation: "le marché ne comporte pas de clause d'insertion" (lexical first, spaCy for the hard cases);
- denial: a label or heading followed by a denial ("Clause d'insertion : néant", "Clause sociale :
  [ ] oui [x] non", "Article 8 – Clause d'insertion" then "Le présent marché ne comporte pas…");
- not stated: words the text quotes without stating them as this consultation's terms — what a correction
  notice replaces ("Au lieu de : … Lire : …"), the criteria the code allows a buyer, listed as a possibility
  ("l'acheteur peut se fonder sur une pluralité de critères … parmi lesquels …"), the name a field gives a buyer
  or a firm ("Organisme acheteur : Maison de l'emploi et de l'insertion …").
"""

from __future__ import annotations

import logging
import re

from clausecheck.detection.negation import avoids_a_harm, has_cue, is_negated, negated_before, negated_inside
from clausecheck.detection.recognizers import Candidate, _short
from clausecheck.model import Document
from clausecheck.patterns import replaced_spans

log = logging.getLogger(__name__)

CLAUSE_LIMIT = 300  # characters looked at on each side for the clause/sentence of a match
_SENTENCE_END = re.compile(r"[.;!?]\s|\n\s*\n|\f")
# After a match, a negation past a line end, a comma or a relative pronoun is about something else.
_POST_CLAUSE_END = re.compile(r"[\n,;(]|(?<!\w)(?:dont|qui|que|lorsque|si)(?!\w)")


LABEL_MAX = 80  # characters of a label, before its colon
# What follows a label or heading and denies it (folded text).
_DENIAL_VALUE = re.compile(
    # (« aucun herbicide n'est appliqué » after a colon is a prohibition, not an empty answer)
    # (and a count of zero: « Clause sociale – nombre d'heures d'insertion : 0 (…) »)
    r"(?:neant|sans objet|sans(?!\w| prejudice)|non(?![\w-])|aucune?s?(?!\w)(?![^.;]{0,80}\bn(?:e\s|['’]))|n/?a(?!\w)|0(?![\d,.])|"
    r"none(?!\w)|no(?!\w)|pas de\s|"
    # a dash alone for the answer: « Green procurement criteria: – »
    r"[-–—]+[ \t]*(?=\n|$))"
)
_LABEL_DENIAL = re.compile(r"\s*(?:[:=|]|-\s)\s*" + _DENIAL_VALUE.pattern)
# A heading line: numbering / "Article 8 -" before the match, nothing but punctuation after.
_HEADING_PREFIX = re.compile(
    r"\s*[*#>\-]*\s*(?:(?:article|art\.?|chapitre|section|titre|partie|paragraphe|annexe|point)\s*[\w.\-]{0,8}\s*)?"
    r"[\d.\-)]*\s*[\-:.)]?\s*\Z"
)
# A label left empty: « III.1.5) Informations sur les marchés réservés : » then the next section.
_EMPTY_LABEL = re.compile(r"[^:\n]{0,60}:\s*\Z")
_NEXT_SECTION = re.compile(r"(?:[ivx]{1,4}(?:\.\d{1,2}){1,3}\)|section [ivx]{1,4}\b|\d{1,2}(?:\.\d{1,2}){0,3}\)? [a-z])")
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


def answered_no(text: str, folded: str, start: int, end: int) -> str | None:
    """The line holding [start, end) answers « non » to itself: a label followed by « néant »,
    « sans objet », « non »…, or a yes/no line with « non » ticked. The answer, else None."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line_end = len(folded) if line_end < 0 else line_end
    colon = folded.find(":", line_start, line_end)
    if colon >= 0:
        answer = colon + 1
        while answer < line_end and folded[answer] == " ":
            answer += 1
        if _DENIAL_VALUE.match(folded, answer):
            return _short(text[answer:line_end], 40)
    if checked_answer(text[line_start:line_end]) == "non":
        return _short(text[line_start:line_end], 40)
    return None


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - CLAUSE_LIMIT)
    clause_start = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        clause_start = m.end()
    hi = min(len(text), end + CLAUSE_LIMIT)
    after = _SENTENCE_END.search(text, end, hi)
    clause_end = after.start() + 1 if after else hi
    return clause_start, clause_end



def apply_negation(doc: Document, folded: str, candidates: list[Candidate], threshold: float) -> None:
    """A candidate under a grammatical negation in its clause is set aside (score 0, traced)."""
    for cand in candidates:
        if not cand.rule.negation or cand.from_field or cand.score < threshold:
            continue
        lo, hi = clause_bounds(doc.text, cand.start, cand.end)
        if not has_cue(folded[lo:hi]):
            continue  # cascade: no cue word, no parse
        if avoids_a_harm(folded[lo:cand.start], folded[cand.start:cand.end]):
            continue  # « sans recours au travail des enfants »: the prohibition is the commitment
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



def _body_start(folded: str, heading_end: int) -> int:
    nxt = heading_end + 1
    while nxt < len(folded) and folded[nxt] in " \n\t":
        nxt += 1
    return nxt


def body_answers_no(text: str, folded: str, heading_end: int) -> bool:
    """The body under a heading line (ending at `heading_end`) opens by answering no: « Sans objet. », « Néant »,
    « ☐ Oui ☒ Non »."""
    nxt = _body_start(folded, heading_end)
    first_line_end = folded.find("\n", nxt)
    first_line_end = len(folded) if first_line_end < 0 else first_line_end
    return nxt < len(folded) and (_DENIAL_VALUE.match(folded, nxt) is not None
                                  or checked_answer(text[nxt:first_line_end]) == "non")


_STATEMENT_END = re.compile(r"\n\s*\n|[.;!?](?:\s|$)|\Z")
_NO_AT_THE_END = re.compile(r":\s*(non|no)\s*[.;!?]?\s*\Z")
STATEMENT_MAX = 300  # characters from a match to its statement's answer


def _answered_no_at_the_end(folded: str, end: int) -> int | None:
    """Where « non » answers the statement holding a match, at the statement's very end after a colon (the form's
    answer cell laid after its question), else None."""
    stop = _STATEMENT_END.search(folded, end, min(len(folded), end + STATEMENT_MAX + 1))
    if stop is None:
        return None
    answer = _NO_AT_THE_END.search(folded, end, stop.end())
    if answer is None or ":" in folded[end:answer.start()] or folded.count("\n", end, answer.start()) > 2:
        return None  # another label answered in between (« … / Weighting: 15 … Options: no »): not this one's answer
    return answer.start(1)


# a table cell answering no
_NO_CELL = re.compile(r"non|neant|sans\s+objet|aucune?|none|no|n/?a")
# the end of a row laid out without bars that answers it: « … non retenu », « … sans objet »
# (nothing between: « Clause d'insertion : L1 : 280 h ; L2 et L3 : néant » answers other lots, not the row's label)
_ROW_CLOSED_NO = re.compile(r"[^:;|\n]*\s(non\s+retenue?s?|sans\s+objet|neant)\s*\.?[ \t]*$", re.MULTILINE)
# below a rubric's line, a correction's « Au lieu de : … » then « Lire : « Non. » » (folded text: « » are ")
_RUBRIC_READ_NO = re.compile(r"\s*\n\s*au\s+lieu\s+de\b[^\n]*\n\s*lire\s*:?\s*\"?\s*(non|neant|sans\s+objet|aucune?)\b")


def _last_cell_says_no(folded: str, line_start: int, start: int, line_end: int) -> int | None:
    """Where the last cell of a table row answers « non » (« néant », « sans objet »…) to the row's first cell, which
    holds the match at `start`; else None."""
    bar = folded.rfind("|", start, line_end)
    if bar < 0 or "|" in folded[line_start:start].strip(" \t|"):
        return None
    cell = bar + 1
    while cell < line_end and folded[cell] in " \t":
        cell += 1
    # (a word, never a figure: « | 0 » in a table of scores is a mark, not an answer)
    return cell if _NO_CELL.fullmatch(folded[cell:line_end].strip(" \t|.")) else None


def apply_denials(doc: Document, folded: str, candidates: list[Candidate], threshold: float) -> None:
    """A heading or a label is not a commitment when what follows denies it:
    "Clause d'insertion : néant", "Clause sociale : [ ] oui [x] non", or a heading
    "Article 8 - Clause d'insertion" whose first sentence is "Le présent marché ne comporte
    pas de clause d'insertion." (a negated match of the same category) or "Néant."."""
    for cand in candidates:
        rule = cand.rule
        if not rule.negation or cand.from_field or rule.polarity != "present" or cand.score < threshold:
            continue
        line_start = folded.rfind("\n", 0, cand.start) + 1
        line_end = folded.find("\n", cand.end)
        line_end = len(folded) if line_end < 0 else line_end
        after = folded[cand.end:line_end]
        note = ""
        colon = folded.find(":", cand.end, line_end)
        # (the label's colon may end the match itself: « Reserved participation: » then « None »)
        labelled = ":" + after if folded[cand.end - 1:cand.end] == ":" else after
        if _LABEL_DENIAL.match(labelled) or checked_answer(doc.text[cand.end:line_end]) == "non":
            note = f"libellé suivi d'une réponse négative « {_short(doc.text[cand.end:line_end], 40)} »"
        elif 0 <= colon - line_start <= LABEL_MAX and ":" not in folded[line_start:cand.start] and (
                answer := answered_no(doc.text, folded, cand.start, cand.end)):
            # the match is part of a longer label: « Green Procurement Criteria: None », « Clauses sociales et
            # environnementales d'exécution : néant »
            note = f"libellé suivi d'une réponse négative « {answer} »"
        elif (read_no := _RUBRIC_READ_NO.match(folded, line_end)) is not None:
            # a correction notice's rubric whose new wording answers no: « Rubrique « Conditions de participation –
            # Marché réservé » : » then « Au lieu de : « Oui. Le marché est réservé … » » and « Lire : « Non. » »
            note = f"rubrique que le rectificatif corrige en « {_short(doc.text[read_no.start(1):read_no.end(1)], 20)} »"
        elif (closing := _ROW_CLOSED_NO.match(folded, cand.end, line_end)) is not None:
            # a row of a criteria list laid out without bars, closed by its answer: « 2.3 Performances en matière de
            # protection de l'environnement non retenu »
            note = f"ligne close par « {_short(doc.text[closing.start(1):closing.end(1)], 20)} »"
        elif (cell := _last_cell_says_no(folded, line_start, cand.start, line_end)) is not None:
            # a table row whose label cell holds the match and whose last cell answers it: « Marché réservé (art.
            # L. 2113-12 à L. 2113-15 du CCP) | non »
            note = f"ligne de tableau dont la dernière case répond « {_short(doc.text[cell:line_end], 20)} »"
        elif _HEADING_PREFIX.match(folded[line_start:cand.start]) and _HEADING_REST.match(after):
            nxt = _body_start(folded, line_end)
            stop = _SENTENCE_END.search(folded, nxt, min(len(folded), nxt + CLAUSE_LIMIT))
            sentence_end = stop.start() + 1 if stop else min(len(folded), nxt + CLAUSE_LIMIT)
            if nxt < len(folded) and (
                body_answers_no(doc.text, folded, line_end)
                or any(
                    other.rule.category == rule.category and nxt <= other.start < sentence_end and (
                        other.negated or negated_before(folded[nxt:other.start])
                        or (other.rule.polarity == "absent" and other.score >= threshold)
                    )
                    for other in candidates
                )
            ):
                note = f"intitulé suivi d'une négation « {_short(doc.text[nxt:sentence_end], 60)} »"
        elif (answer_at := _answered_no_at_the_end(folded, cand.end)) is not None:
            # a form's statement answered at its end, past a line break: « Le marché est réservé à des ateliers
            # protégés … de personnes handicapées ou défavorisées : non »
            note = f"libellé suivi d'une réponse négative « {_short(doc.text[answer_at:answer_at + 10], 10)} »"
        elif _EMPTY_LABEL.match(after):
            nxt = _body_start(folded, line_end)
            if nxt >= len(folded) or _NEXT_SECTION.match(folded, nxt):
                note = "intitulé sans contenu (la section suivante commence)"
        if note:
            cand.score = 0.0
            cand.negated = True
            cand.trace.append(f"{note} : écarté")


# (written from its first letter, « p(?<=\bp) », so that the regex engine looks for that letter before trying a match:
# over a whole document, ten times faster than a leading « \b »)
_POSSIBLE_CRITERIA = re.compile(r"p(?<=\bp)(?:(?:eut|euvent|ourra|ourront)\s+(?:se\s+fonder|s['’]\s?appuyer|retenir|choisir)\b"
                                r"[^.;]{0,120}\bcriteres?\b[^.;]{0,80}?\bparmi\s+lesquel(?:le)?s\b[^.;]*"
                                # « L'article R2152-7 … permet à l'acheteur de retenir, outre le prix ou le coût, des
                                # critères tels que la qualité, les performances en matière de protection de … »
                                r"|ermet(?:tent)?\s+(?:a\s+l['’]\s?acheteur\s+|au\s+pouvoir\s+adjudicateur\s+)?de\s+"
                                r"(?:retenir|prevoir|se\s+fonder\s+sur|choisir)\b[^.;]{0,80}\bcriteres?\s+(?:tels?\s+que|comme|"
                                r"notamment)\b[^.;]*)")


# the name a field gives a buyer or a firm, up to its first comma: « Organisme acheteur : Maison de l'emploi et de
# l'insertion du Pays de …, association, … », « Winner: Régie de quartier … Insertion »
_NAME_FIELD = re.compile(
    r"^[ \t]*(?:[\w.)]{1,8}[ \t]+)?(?:organisme\s+acheteur|nom\s+(?:officiel|de\s+l'acheteur|de\s+l'organisme(?:\s+acheteur)?"
    r"|du\s+titulaire|de\s+l'attributaire)|official\s+name|winner|attributaire|titulaire(?:\s+retenu)?|raison\s+sociale"
    r"|name\s+of\s+the\s+(?:winner|contractor|buyer)"
    # a structured notice's name element, rendered « PATH: text » (TED « …/ADDRESS_CONTRACTING_BODY/OFFICIALNAME »,
    # eForms « …/Party/PartyName/Name [languageID=FRA] »)
    r"|[^\n:]*/(?:officialname|partyname/name|nom_officiel|raison_sociale)\b[^\n:]*)\s*:[ \t]*([^\n,;]+)", re.MULTILINE)


_A_VERB = re.compile(r"\b(?:s'engage\w*|doi[tv]\w*|devr\w*|reserv\w*|realis\w*|est|sont|sera|seront|comporte\w*|"
                     r"applique\w*|met|mettra)\b")


def not_stated_spans(folded: str) -> list[tuple[int, int, str]]:
    """Where the text quotes words without stating them as its own terms (see the module), with why."""
    spans = [(a, b, "texte remplacé par le rectificatif (« au lieu de »)") for a, b in replaced_spans(folded)]
    spans.extend((m.start(), m.end(), "critères que le code permet, cités comme une possibilité (« parmi lesquels », « tels que »)")
                 for m in _POSSIBLE_CRITERIA.finditer(folded))
    # (a name, not a sentence: « Titulaire : le titulaire réserve 5 % des heures … » states a commitment)
    spans.extend((m.start(1), m.end(1), "nom d'un acheteur ou d'une entreprise, donné par son champ")
                 for m in _NAME_FIELD.finditer(folded) if not _A_VERB.search(m.group(1)))
    return spans


def apply_not_stated(folded: str, candidates: list[Candidate], threshold: float) -> None:
    """A candidate in words the text does not state as its own terms is set aside (score 0, traced)."""
    spans = not_stated_spans(folded)
    for cand in candidates:
        if cand.from_field or cand.score < threshold:
            continue
        why = next((note for lo, hi, note in spans if lo <= cand.start < hi), None)
        if why is not None:
            cand.score = 0.0
            cand.negated = True
            cand.trace.append(f"{why} : écarté")


# (folded text) a document's own word that it binds no one
_NOT_CONTRACTUAL = re.compile(r"\b(?:ne\s+constitue\s+pas\s+un\s+engagement\s+contractuel|document\s+non\s+contractuel|"
                              r"sans\s+valeur\s+contractuelle|n['’]a\s+pas\s+de\s+valeur\s+contractuelle)")
NOT_CONTRACTUAL_HEAD = 600  # characters: the title block, where a document says what it is


def not_contractual(folded: str) -> str | None:
    """Why the document binds no one, when its head says so (« ne constitue pas un engagement contractuel »)."""
    found = _NOT_CONTRACTUAL.search(folded, 0, NOT_CONTRACTUAL_HEAD)
    return f"document qui se dit non contractuel : « {found.group(0)} »" if found else None
