"""Grammatical negation around a candidate passage, with spaCy French loaded once, lazily.

Cascade, cheapest first:
1. no negation cue in the clause -> not negated (almost every candidate stops here);
2. a negation right before the match in the same clause ("ne comporte pas de clause",
   "aucune clause", "sans heures") -> negated, decided lexically;
3. a "ne ... pas" after the match on its line ("la clause sociale n'est pas prévue") -> spaCy
   parses the clause and says whether the negation governs the match (detection/parser.py: loaded
   once per process, only when such a clause exists).
"""

from __future__ import annotations

import re

from clausecheck.detection.parser import nlp

_CUE = re.compile(r"(?<!\w)(?:ne|n'|pas|aucune?s?|sans|jamais|nullement|ni)(?!\w)", re.IGNORECASE)
_NEG_WORDS = {"pas", "jamais", "nullement", "aucun", "aucune", "aucuns", "aucunes", "sans", "ni", "point"}
# On folded text: a negation closing just before the match ("ne ... pas de", "aucune", "sans").
_NEGATED_BEFORE = re.compile(
    r"(?:(?<!\w)(?:ne\s|n')[^,;:()]{0,60}?(?<!\w)(?:pas|plus|jamais|nullement|point|aucune?s?)(?!\w)"
    r"[^,;:()]{0,25}\Z"
    # a bare "aucun"/"sans" must sit on the match's line: "Clauses sociales : Sans" above a
    # "Clauses environnementales : Avec" line negates nothing
    r"|(?<!\w)(?:aucune?s?|sans|pas de|pas d')(?!\w)[^,;:()\n]{0,25}\Z)"
)
_NEGATED_INSIDE = re.compile(
    r"(?<!\w)(?:ne\s|n')[^,;:()]{0,40}?(?<!\w)(?:pas|plus|jamais|nullement|point|aucune?s?)(?!\w)"
)


# verbs whose negation sets a limit: « ne dépasse pas », « ne doit pas excéder », « ne peut être supérieur »
_LIMIT_VERB = re.compile(r"d[ée]pass|exc[ée]d|sup[ée]rieur|outrepass")


# A harm the holder must keep out of the contract, negated right before it, is the commitment itself: « extraits et
# taillés sans recours au travail des enfants », « exempts de substances CMR », « le titulaire ne recourt en aucun cas
# au travail forcé » (not « le marché ne comporte pas de clause sur le travail des enfants »: the negation there
# governs the clause)
_HARM = re.compile(r"travail\s+(?:des\s+enfants|forc[ée]|dissimul[ée])|discriminat|harc[eè]lement|"
                   r"substances?\s+(?:dangereuses|cmr|nocives)|perturbateurs?\s+endocriniens?|"
                   r"plastiques?\s+[àa]\s+usage\s+unique|pesticides?|herbicides?|phyto(?:sanitaire|pharmaceutique)s?")
_AVOIDS_BEFORE = re.compile(
    r"(?:(?<!\w)sans(?:\s+(?:aucun\s+)?(?:recours|recourir|avoir\s+recours|faire\s+appel|utiliser|employer|"
    r"utilisation|emploi))?|(?<!\w)exempte?s?|(?:ne\s|n')\s?(?:recour\w*|utilis\w*|emploi\w*|fai\w*\s+appel)\s+"
    r"(?:pas|jamais|en\s+aucun\s+cas))\s*(?:(?:au|aux|a\s+la|a\s+l'|a|de|d'|des|du)\s*)?"
    # the kind of thing kept out named first: « sans produits phytosanitaires »
    r"(?:(?:aucun\s+)?(?:produits?|substances?|recours\s+aux?)\s+)?\Z")


def avoids_a_harm(folded_before: str, folded_match: str) -> bool:
    """The negation right before the match keeps a harm out of the contract: the prohibition is the clause."""
    harm = _HARM.search(folded_match)  # (the negation may open the match itself: « sans produits phytosanitaires »)
    return harm is not None and _AVOIDS_BEFORE.search((folded_before + folded_match[:harm.start()])[-80:]) is not None


def has_cue(folded_clause: str) -> bool:
    return _CUE.search(folded_clause) is not None


def negated_before(folded_before: str) -> bool:
    """Lexical check on the folded clause text that precedes the match."""
    return _NEGATED_BEFORE.search(folded_before[-120:]) is not None


def negated_inside(folded_match: str) -> bool:
    """"Le marché n'est pas réservé à ...": the negation sits inside the matched span."""
    return _NEGATED_INSIDE.search(folded_match) is not None


def is_negated(clause: str, match_start: int, match_end: int) -> tuple[bool, str]:
    """Is the [match_start, match_end) part of `clause` under a negation in that clause?

    Returns (negated, trace note in French).
    """
    model = nlp()
    if model is None:
        before = clause[max(0, match_start - 60):match_start]
        hit = _CUE.search(before)
        return (hit is not None, "négation (indice lexical, spaCy indisponible)" if hit else "")
    parsed = model(clause)
    match_tokens = [t for t in parsed if t.idx < match_end and t.idx + len(t) > match_start]
    if not match_tokens:
        return False, ""
    governing = set()
    for token in match_tokens:
        governing.add(token.i)
        governing.update(a.i for a in token.ancestors)
    for token in parsed:
        word = token.lower_
        if word not in _NEG_WORDS:
            continue
        if word == "sans" and token.idx > match_end:
            continue  # "clause ... sans objet" is handled by negative context
        if _LIMIT_VERB.match(token.head.lower_) or any(_LIMIT_VERB.match(t.lower_) for t in parsed[token.i + 1:token.i + 4]):
            continue  # « le niveau sonore ne dépasse pas 75 dB(A) »: a limit, stated by a negation, is required
        if token.head.i in governing or token.i in governing:
            return True, f"négation « {token.text} » portant sur « {token.head.text} »"
    return False, ""
