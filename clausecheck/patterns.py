"""The one library of regex fragments for how tender documents name lots, numbers and amounts.

Rules and extraction build their patterns from these pieces instead of writing them again
(tests/test_patterns.py fails when a lot or « n° » pattern is written outside this module).
Fragments are plain strings, to be placed inside a larger pattern; none has a capturing group.
`last_match` finds the last match of a pattern (the mention nearest before a figure).
They are written for the analysis text (accents kept, any case: compile with re.IGNORECASE
where case may vary).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# « n° », « nº », « no », « n o », and the replacement glyph a PDF leaves for a lost « ° »
NUMERO = r"n\s?[°ºo\ufffd]"
# « n° », « nº » with the sign itself written: a table header, where a bare « no » would not say « numéro »
NUMERO_SIGN = r"n[°º]"
# « n° », « nº », « no » right after the « n » (no space, no lost glyph): « avis nº 24-1234 », « dossier n° : … »
NUMERO_GLUED = r"n[°ºo]"
# « n° » in the folded text (clausecheck.text.fold: « ° » becomes « o », « º » becomes « _ »)
NUMERO_FOLDED = r"n ?o"
# what a correction takes out, said of it (folded text): « sont supprimées », « a été retiré », « est annulé »
REMOVED_FOLDED = r"(?:sont|est|seront|sera|ont\s+ete|a\s+ete)\s+(?:supprimee?s?|retiree?s?|annulee?s?|abandonnee?s?)\b"
# an optional « n° » (or plural « nos ») between a word and its number, with what may follow it
NUMERO_OPT = r"(?:" + NUMERO + r"s?\.?\s*)?"
# « lot », « lot n° », « lot no. » before a number (not the number itself)
LOT = r"lot\s*" + NUMERO_OPT
# « lot » or « lots », with an optional « n° »
LOTS = r"lots?\s*" + NUMERO_OPT
# the same on one line (a table row or a list line must not run into the next line)
LOT_ON_LINE = r"lot[ \t]*(?:" + NUMERO + r"\.?)?[ \t]*"
# the key opening a table row, on raw or folded text: a lot's mark and its number, or a bare row number
# (« Lot n° 2 », « 02 »); the number is group 1
ROW_KEY = r"(?:" + LOT_ON_LINE + r")?0*(\d{1,3})\b"
# « Lot n° », « Lots n° » heading the column of lot numbers in a table
LOT_NUMERO = r"lots?\s*" + NUMERO_SIGN
# a lot's mark just before a figure, on raw or folded text: in « Lot 1 520 000 € » or « Lot 1 200 »
# (a table row laid out without bars) the figure's first group is the lot's number
LOT_MARK_AT_END = re.compile(r"\blots?\s*(?:" + NUMERO + r"\.?\s*)?$", re.IGNORECASE)
# « lot 3 », « lot n 3 », « lot n ° 3 »: a typed title, where the « n » may stand alone or apart from its sign
LOT_SPACED = r"lot\s*(?:n\s*[°o]?\s*)?"
# « lot » written again between « n° » and the number: « Lot nº : Lot 12 », « lots 1 à lot 5 »
LOT_AGAIN = r"(?:lot\s*)?"
# « Lot 3 » opening a list line or a table row: « lot », then spaces on the same line, no « n° »
LOT_PLAIN_ON_LINE = r"lot[ \t]+"
# « Nombre de lots : » before the count of lots (a count, not a lot's number)
NUMBER_OF_LOTS = r"nombre\s+de\s+lots\s*:?\s*"
# the « n' » of « n'est » (the elided « ne »), not a « n° »: « aucun lot n'est réservé »
NE_ELIDED = r"n['’]"
# a lot number: one to three digits
LOT_NUMBER = r"\d{1,3}"
# a list of further numbers: « , 2 et 3 », « ou n° 4 »
MORE_NUMBERS = r"(?:\s*(?:,|et|ou|and|or)\s*" + NUMERO_OPT + r"\d{1,3}\b)"
# a number that is not followed by another list member: « lot 2 » but not « lot 2, 3 et 4 »
NOT_A_LIST = r"(?!\s*(?:,|et|ou|à)\s*" + NUMERO_OPT + r"\d)"
# the currency of an amount: « € », « euro », « euros », « EUR »
CURRENCY = r"(?:€|euros?\b|eur\b)"
# the first cell of a table's total row: « Total », « Montant total », « Ensemble des lots », « Total général »
TOTAL_CELL = r"(?:total|montant\s+(?:(?:maxim\w*|minim\w*|estim\w*|prévisionnel)\s+)?total|ensemble\s+des\s+lots|tous\s+lots|total\s+g[ée]n[ée]ral)\b"
# the parts of a contract that add up like lots without being lots
TRANCHE = r"tranche\s+(?:ferme|optionnelle|conditionnelle)"
# the base solution and its options (PSE), parts of one contract that add up like tranches
BASE_SOLUTION = r"(?:solution|offre)\s+de\s+base"
OPTION = r"(?:pse|prestations?\s+suppl[ée]mentaires?\s+[ée]ventuelles?|option)"
# what may follow a number and make it an amount, a share or a length rather than a lot
NOT_A_LOT_NUMBER = r"(?!\s*(?:€|%|euros?|ans?|mois|jours))"
# small counts written in words, as in durations and renewals (« trois (3) ans », « deux fois »)
NUMBER_WORD = (r"(?:\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
               r"seize|dix-huit|vingt-quatre|trente-six|quarante-huit)")


# An earlier contract named as the subject of what is said: « le précédent marché s'est élevé à … »,
# « lors du dernier marché, 4 100 heures… »; and this one, which a sentence may set against it
# (accents optional: the pattern serves the analysis text and the folded text alike)
PREVIOUS_CONTRACT = (r"(?:pr[ée]c[ée]dente?s?|anciens?|derni(?:er|ère)s?)\s+(?:march[ée]s?|contrats?|accords?-cadres?|consultations?)|"
                     r"(?:march[ée]s?|contrats?|accords?-cadres?)\s+(?:pr[ée]c[ée]dents?|ant[ée]rieurs?|en\s+cours|sortants?|[ée]chus?)|"
                     r"(?:lors|au\s+cours)\s+du\s+(?:pr[ée]c[ée]dent|dernier)|titulaire\s+sortant|"
                     # what an earlier work achieved, in the pluperfect: « le chantier de l'ancien gymnase (2022)
                     # avait mobilisé 1 850 heures », « … avaient été réalisées », « avait donné lieu à 1 100 heures »
                     r"\bavai(?:en)?t\s+(?:été\s+)?(?:mobilis|r[ée]alis|g[ée]n[ée]r|effectu|totalis|permis|donn[ée]\s+lieu)\w*|"
                     # or in the passé composé of a completed work: « … 4 200 heures d'insertion ont été réalisées »,
                     # « En 2025, la Ville a permis la réalisation de 12 000 heures »
                     r"\bont\s+[ée]t[ée]\s+(?:r[ée]alis|effectu|mobilis)[ée]+s?\b|\b(?:a|ont)\s+permis\s+(?:la\s+r[ée]alisation|de\s+r[ée]aliser)|"
                     # in English: « the previous contract delivered 3,200 hours », « under the former framework agreement »
                     r"\b(?:previous|former|last|expiring|outgoing)\s+(?:contracts?|framework\s+agreements?|tenders?)\b")
CURRENT_CONTRACT = (r"\b(?:pr[ée]sent|nouve(?:au|l|lle)|futur)\s+(?:march[ée]|contrat|accord-cadre|lot|consultation)|"
                    r"\b(?:this|the\s+new|the\s+present)\s+(?:contract|framework\s+agreement)\b")
_PREVIOUS_CONTRACT = re.compile(PREVIOUS_CONTRACT, re.IGNORECASE)
_CURRENT_CONTRACT = re.compile(CURRENT_CONTRACT, re.IGNORECASE)


# An ordinal rank in words or abbreviated (« première », « seconde », « 2e », « 3ème »), accents optional; its rank
# by `ordinal_rank` (folded or not).
ORDINAL = (r"(?:premi[èe]re?|1(?:[èe]re?|er|re)|deuxi[èe]me|seconde?|2nde|2[èe](?:me)?|troisi[èe]me|3[èe](?:me)?|"
           r"quatri[èe]me|4[èe](?:me)?|cinqui[èe]me|5[èe](?:me)?)")
_ORDINAL_RANKS = {"premier": 1, "premiere": 1, "1er": 1, "1ere": 1, "1re": 1, "deuxieme": 2, "second": 2,
                  "seconde": 2, "2nde": 2, "2e": 2, "2eme": 2, "troisieme": 3, "3e": 3, "3eme": 3, "quatrieme": 4,
                  "4e": 4, "4eme": 4, "cinquieme": 5, "5e": 5, "5eme": 5}


def ordinal_rank(word: str) -> int | None:
    """« deuxième » -> 2, « 1re » -> 1; None for a word that is no ordinal of ORDINAL."""
    return _ORDINAL_RANKS.get(word.lower().replace("è", "e"))


def about_previous_contract(sentence: str) -> bool:
    """Whether a sentence (or the part of it before a figure) speaks of an earlier contract and not
    of this one: what that contract held or cost is not this one's."""
    return _PREVIOUS_CONTRACT.search(sentence) is not None and _CURRENT_CONTRACT.search(sentence) is None


def last_match(pattern: re.Pattern[str] | str, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The last match of `pattern` in text[pos:endpos] (the last that `finditer` gives), or None."""
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    last = None
    for match in compiled.finditer(text, pos, len(text) if endpos is None else endpos):
        last = match
    return last


# a figure changed, on lower-cased or folded text: « porté de 70 000 € HT à 90 000 € HT », « ramené de 1 200 à 900 heures »,
# « réduit de … à … » (the verb's stem; what follows it is each reader's)
CHANGE_VERB = r"\b(?:port|pass|relev|augment|ramen|modifi|r[ée]vis|r[ée]dui|abaiss)\w*"


# what a correction notice replaces: « Au lieu de : … Lire : … ». Written to start with its literal (the look-behind
# after « au » is the word boundary before it): `re` then jumps from one « au » to the next, where a pattern that
# starts with \b is tried at every position of the text — 15 times slower over a whole document.
INSTEAD_OF = r"au(?<!\wau)\s+lieu\s+de\b"
# (lower-cased or folded text) where a correction notice's replaced wording runs: from « au lieu de » to « lire », or to
# the paragraph's end (« au lieu de : « montant maximum annuel : 200 000 euros HT », lire : « … 160 000 euros HT » »)
_REPLACED = re.compile(INSTEAD_OF + r"\s*:?")
_REPLACEMENT = re.compile(r"\blire\b|\n\s*\n")


@lru_cache(maxsize=4)
def replaced_spans(low: str) -> tuple[tuple[int, int], ...]:
    """The spans of words a correction notice quotes as replaced (its « au lieu de » text): stated no more. In a table
    of modifications laid out as text (« Rubrique   Au lieu de   Lire » then « II.1.5 Valeur totale estimée 520 000 € HT
    610 000 € HT »), each row's first figure, under « Au lieu de »."""
    spans: list[tuple[int, int]] = []
    if "lieu" not in low and "remplac" not in low:
        return ()  # most documents: no search of the whole text
    for m in _REPLACED.finditer(low):
        end = _REPLACEMENT.search(low, m.end())
        spans.append((m.start(), end.start() if end else len(low)))
    for m in _QUOTED_THEN_REPLACED.finditer(low):  # « les mots « 300 heures » sont remplacés par les mots « 450 heures » »
        spans.append(m.span(1))
    cells = changes_table_cells(low)
    spans.extend(old for old, _new in cells)
    for head in _changes_table_heads(low):
        if "|" in head.group():
            continue  # a table with bars: its cells, read above
        pos = head.end() + 1
        while pos < len(low) and (line_end := low.find("\n", pos)) != pos:
            line_end = len(low) if line_end < 0 else line_end
            figures = list(_ROW_FIGURE.finditer(low, pos, line_end))
            if len(figures) < 2:
                break  # the table's rows give the old figure, then the new one
            spans.append(figures[0].span())
            pos = line_end + 1
    return tuple(spans)


# the words quoted as the ones another quotation replaces: « les mots « 300 heures » sont remplacés par les mots « … » »
# (lower-cased text keeps « », folded text turns them into ")
_QUOTED_THEN_REPLACED = re.compile(r"[«\"]([^«»\"]{1,200})[»\"]\s*(?:est|sont)\s+remplac[ée]+s?\s+par\b")
# the header line of a table of modifications: « Rubrique | Au lieu de | Lire »
_CHANGES_TABLE_HEAD = re.compile(r"[^\n]*\bau\s+lieu\s+de\b[^\n]*\blire\b[^\n\d]*$", re.MULTILINE)
_ROW_FIGURE = re.compile(r"\d{1,3}(?:[ .\u202f\u00a0]\d{3})*(?:,\d+)?\s*(?:" + CURRENCY + r")")
_INSTEAD_OF_CELL = re.compile(INSTEAD_OF)
_READ_CELL = re.compile(r"\blire\b")


def _changes_table_heads(low: str) -> Iterator[re.Match[str]]:
    """Each line that heads a table of modifications, read from the lines that hold « au lieu de » (a pattern that
    starts a line and backtracks along it, tried over the whole text, would cost more than every other reading)."""
    line_start = -1
    for instead in _REPLACED.finditer(low):
        if instead.start() < line_start:
            continue  # that line was read
        line_start = low.rfind("\n", 0, instead.start()) + 1
        if (head := _CHANGES_TABLE_HEAD.match(low, line_start)) is not None:
            yield head
        line_end = low.find("\n", instead.end())
        line_start = len(low) if line_end < 0 else line_end


def changes_table_cells(low: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(replaced cell, new cell) of each row of a table of modifications with bars (« Pièce / article | Au lieu de |
    Lire » then « RC art. 2 | … quatre lots | … cinq lots »), whatever its cells hold: the rows run while they have the
    head's number of cells."""
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    if "lieu" not in low or "|" not in low or "lire" not in low:
        return out  # most documents: no search of the whole text
    for head in _changes_table_heads(low):
        names = head.group().split("|")
        old_i = next((i for i, name in enumerate(names) if _INSTEAD_OF_CELL.search(name)), None)
        new_i = next((i for i, name in enumerate(names) if _READ_CELL.search(name)), None)
        if len(names) < 3 or old_i is None or new_i is None or new_i <= old_i:
            continue
        pos = head.end() + 1
        while pos < len(low):
            line_end = low.find("\n", pos)
            line_end = len(low) if line_end < 0 else line_end
            if low.count("|", pos, line_end) != len(names) - 1:
                break
            bounds = [pos - 1, *(i for i in range(pos, line_end) if low[i] == "|"), line_end]
            out.append(((bounds[old_i] + 1, bounds[old_i + 1]), (bounds[new_i] + 1, bounds[new_i + 1])))
            pos = line_end + 1
    return out


# what says a figure or a length covers every period of the contract (on lower-cased text): « reconductions
# comprises », « toutes périodes confondues », « sa durée globale » — shared by the durations and the amounts
WHOLE_TERM = r"toutes\s+p[ée]riodes(?:\s+confondues)?|reconductions?\s+(?:comprises?|incluses?)|dur[ée]e\s+(?:totale|maximale|globale)"


# what a figure given for one year says (on lower-cased text, accents kept): « montant maximum annuel »,
# « par an », « per year », « par période de 12 mois »
ANNUAL = re.compile(r"annuel|\bannual|\bper\s+(?:year|annum)\b|\bpar\s+an\b|/\s?an\b|\bpar\s+année|chaque\s+année|\bl['’]an\b"
                    r"|pour\s+une\s+année|\bune\s+année\b"
                    # a year said in months: « par période de 12 mois », « par période d'exécution de douze mois »
                    r"|(?:par|chaque|pour\s+une)\s+période\s+(?:d['’]\s?\w+\s+|\w+\s+){0,2}?(?:de\s+)?(?:12|douze)\s+mois")
