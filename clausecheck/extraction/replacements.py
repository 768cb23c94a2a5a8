"""The figures a correction replaces, whatever they are figures of.

A correction does not always say which amount it changes: « Point 1 de l'avis rectificatif n° 1 : Au lieu de :
« porté de 900 000 € HT à 1 100 000 € HT » Lire : « porté de 900 000 € HT à 1 000 000 € HT » ». Read as pairs
(old figure, new figure), the dossier replaces a value it holds by the new figure where the old one is that value
(assessment/aggregate.py): the replaced figure names what is changed.
"""

from __future__ import annotations

import re
from itertools import pairwise

from clausecheck.extraction.numbers import find_amounts
from clausecheck.patterns import CHANGE_VERB, CURRENCY, INSTEAD_OF, NUMERO_OPT, changes_table_cells, replaced_spans

# where a correction's new wording ends: the paragraph, or the next « au lieu de »
_READ = re.compile(r"lire\s*:?")
_NEW_WORDING_END = re.compile(r"\n\s*\n|" + INSTEAD_OF)
# « porté de 900 000 € HT à 1 000 000 € HT »: between the verb and the old figure, a few words naming it at most
_CHANGED_FROM = re.compile(CHANGE_VERB + r"\s+(?:[^\n.;]{0,60}?\s)?de\s+$")
_VERB = re.compile(CHANGE_VERB + r"\s+(?:[^\n.;]{0,60}?\s)?de\s+\d")
_CHANGE_REACH = 160  # characters after a verb of change where its two figures stand
# the new figure said first, the old one after « au lieu de » (« il convient de lire : 69 000 € HT sur trois ans, au lieu
# de 96 000 € HT »): the new figure in the words just before, the old one right after
_INSTEAD_OF = re.compile(INSTEAD_OF + r"\s*:?\s*")
_NEW_BEFORE = 90  # characters before « au lieu de » where the new figure stands, in its sentence
_OLD_AFTER = 40  # characters after it where the old one stands
# between the old figure and the new one: « … € HT à » (amounts.py reads it too)
CHANGED_TO = re.compile(r"\s*(?:k|m)?\s*" + CURRENCY + r"?\s*(?:ht|h\.t\.?|hors\s+taxes)?\s*à\s*$")


def figure_replacements(text: str, low: str) -> list[tuple[float, float]]:
    """(old, new) amounts, in the order the text gives them: the figures of a correction's « au lieu de » wording
    against those of its « lire » wording, position by position, and the figures a sentence says are changed
    (« porté de X à Y ») outside a replaced wording. TTC figures are left out."""
    pairs: list[tuple[float, float]] = []
    spans = replaced_spans(low)
    for lo, hi in spans:
        read = _READ.match(low, hi)
        if read is None:
            continue  # a quoted word or a table row, not « au lieu de … lire … »
        end = _NEW_WORDING_END.search(low, read.end())
        old = [a.value for a in find_amounts(text, lo, hi) if a.tax != "TTC"]
        new = [a.value for a in find_amounts(text, read.end(), end.start() if end else len(low)) if a.tax != "TTC"]
        if len(old) == len(new):
            pairs.extend((o, n) for o, n in zip(old, new, strict=True) if abs(o - n) > 0.5)
    for (old_lo, old_hi), (new_lo, new_hi) in changes_table_cells(low):
        # a table's row: « RC art. 2 - total | Total : 820 000 € HT | Total : 884 000 € HT »
        old = [a.value for a in find_amounts(text, old_lo, old_hi) if a.tax != "TTC"]
        new = [a.value for a in find_amounts(text, new_lo, new_hi) if a.tax != "TTC"]
        if len(old) == len(new):
            pairs.extend((o, n) for o, n in zip(old, new, strict=True) if abs(o - n) > 0.5 and (o, n) not in pairs)
    for instead in _INSTEAD_OF.finditer(low):
        lo = max(0, instead.start() - _NEW_BEFORE, low.rfind(". ", 0, instead.start()) + 1, low.rfind("\n\n", 0, instead.start()))
        new_figures = [a for a in find_amounts(text, lo, instead.start()) if a.tax != "TTC"]
        old_figures = [a for a in find_amounts(text, instead.end(), min(len(text), instead.end() + _OLD_AFTER))
                       if a.tax != "TTC" and a.start - instead.end() <= 3]
        if new_figures and old_figures and abs(new_figures[-1].value - old_figures[0].value) > 0.5 \
                and (old_figures[0].value, new_figures[-1].value) not in pairs:
            pairs.append((old_figures[0].value, new_figures[-1].value))
    # amounts are read only around the verbs of change (most documents have none: no reading of the whole text)
    for verb in _VERB.finditer(low):
        found = [a for a in find_amounts(text, verb.start(), min(len(text), verb.end() + _CHANGE_REACH))
                 if a.tax != "TTC" and not any(lo <= a.start < hi for lo, hi in spans)]
        for before, after in pairwise(found):
            if CHANGED_TO.match(low, before.end, after.start) \
                    and _CHANGED_FROM.search(low, max(0, before.start - 80), before.start) \
                    and (before.value, after.value) not in pairs:
                pairs.append((before.value, after.value))
    return pairs


# the label of a correction's line, before what it says (« Lire : 2e reconduction – minimum … – maximum … »)
REPLACEMENT_LABEL = re.compile(r"^(?:au\s+lieu\s+de|lire|remplac[ée]\s+par)\s*:?\s*(?:[«\"]\s*)?")


# a lot a correction takes out of the consultation (« Le lot n° 4 « Produits surgelés » est retiré de la présente
# consultation », « le lot 3 est supprimé »): not one declared unsuccessful after the offers, a correction's act. Read from
# the verb back to the lot it is said of (few documents say such a verb; most name many lots)
_REMOVED = re.compile(r"\b(?:est|a\s+été)\s+(?:retir|supprim|annul|abandonn)\w*")
_LOT_SAID = re.compile(r"\blot\s*" + NUMERO_OPT + r"(\d{1,3})\b(?=[^.;\n]*$)")
_LOT_REACH = 90  # characters before the verb where the lot it is said of stands


def removed_lots(low: str) -> list[str]:
    """The numbers of the lots a correction removes from the consultation, as written."""
    found: list[str] = []
    for verb in _REMOVED.finditer(low):
        lots = list(_LOT_SAID.finditer(low[max(0, verb.start() - _LOT_REACH):verb.start()]))
        if lots and (number := lots[0].group(1).lstrip("0") or "0") not in found:
            found.append(number)
    return found
