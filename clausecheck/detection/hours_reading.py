"""Insertion hours stated in a passage, each with its basis: what the figure counts.

- `total` — hours for the contract, a lot or a period (« 3 000 heures d'insertion »);
- `par_an` — hours each year (« 1 200 heures par année d'exécution »): the contract's total is that
  times its years;
- `par_lot` — hours for each lot (« 200 heures d'insertion par lot »): times the number of lots;
- `par_tranche` — hours per slice of the amount (« 40 heures par tranche de 100 000 € HT facturés »):
  a rate, with the slice it is given for;
- `part` — a share of the labour hours, computed from the hours the passage gives for them (« 6 % des
  heures de main-d'oeuvre … ces heures sont estimées à 9 500 heures » : 570), the labour hours given in
  the slice amount's place. Computed, not stated: it is shown with its arithmetic, not counted;
- `dont` — a part of the figure before it (« 10 000 heures, dont 2 000 en embauche directe »);
- `marche_precedent` — what an earlier contract asked or did: not this contract's commitment;
- `au_dela` — hours a candidate may offer beyond the minimum, scored by a criterion (« la note maximale est
  attribuée à toute offre de 500 heures supplémentaires »): an offer, not the contract's commitment.

Never hours: service or opening hours, weekly durations, a prevention plan's 400-hour threshold, the
total labour hours of the works a share is taken of, a training length per person, « 1 ETP = 1 607 h ».
Figures cut by the page layout are read whole (clausecheck/layout.py).

`hours(passage)` gives `hours_values` (the distinct figures counted as stated, bases total, par_an and
par_lot) and `hours_at`: every statement (results_document.HoursStatement) as (value, offset in the passage, basis, slice
amount, labour base or None) and, for a row of a table without bars, the row it stands on (« ligne 2027 », "" for the
total row).
"""

from __future__ import annotations

import re

from clausecheck.detection.hours_tables import (
    MARK_BEFORE,
    NUMBER,
    flattened_table_total,
    table_column_hours,
    text_column_hours,
    to_int,
    unit_rows_hours,
)
from clausecheck.detection.text import compile_pattern
from clausecheck.layout import repair_layout
from clausecheck.numberwords import NUMBER_WORDS, words_to_number
from clausecheck.patterns import (
    CHANGE_VERB,
    CURRENCY,
    INSTEAD_OF,
    LOTS,
    NUMERO_OPT,
    REMOVED_FOLDED,
    about_previous_contract,
    replaced_spans,
)
from clausecheck.results_document import FindingAttributes, HoursStatement

BASES = ("total", "par_an", "par_lot", "par_tranche", "part", "dont", "marche_precedent", "au_dela")
NOT_THIS_CONTRACT = ("marche_precedent", "au_dela")  # bases that say whose hours a figure is, wherever it stands
COUNTED = ("total", "par_an", "par_lot")  # the figures LABELS.md counts as « stated » (a share is computed, not stated)

# « 3 000 heures », « 5043 h », and the unit's usual typo after a figure (« 250 heurs »)
# (in English, the kind between: « 750 integration hours »)
_HOURS_AFTER = re.compile(NUMBER + r"\s*(?:h\b|heures?\b|heurs?\b|hours?\b|(?:integration|insertion)\s+hours?\b)")
# a label then its figure: « Nombre d'heures … : 5043 », « heures d'insertion : 300 »
_HOURS_LABEL = re.compile(
    r"(?:(?:nombre|volume|total)\s+(?:minimum\s+|global\s+|previsionnel\s+)?d['?]?\s*heures[^:]{0,200}?"
    r"|\bheures?\s+d['?]?\s*insertion(?:\s+\w+){0,2})\s*:\s*" + NUMBER + r"(?![\d/])")
# a sentence that ends at a line's end: a label's words do not run past it to the next field's figure
_LABEL_ENDED = re.compile(r"\.[ \t]*\n")
_AN_AMOUNT_AFTER = re.compile(r"\s*(?:\$|" + CURRENCY + ")")  # (folding writes € as $)
# French number words before « heures »: « deux mille heures », « mille cinq cents heures »
_NUMBER_WORD = "(?:" + "|".join(NUMBER_WORDS) + ")"
# (the words may run over a line end: « mille\ncinq cents heures »)
_HOURS_WORDS = re.compile(r"(?<![\w-])(" + _NUMBER_WORD + r"(?:(?:[ -]+|[ \t]*\n[ \t]*)" + _NUMBER_WORD + r")*)\s+"
                          r"(?:\(\s*[\d .\u202f]+\)\s*)?heures?\b")

# Hours that are not insertion hours: service volumes, opening hours, durations per week or person.
_NOT_INSERTION_AFTER = re.compile(
    r"^\s*(?:h\b|heures?)\s+(?:de\s+|d'\s*|a\s+l'\s*|au\s+|aux\s+|a\s+la\s+)?(?:service|surveillance|gardiennage|presence|"
    r"ouverture|intervention|vacation|formation|maintenance|astreinte|prestation|nettoyage|utilisation|fonctionnement|"
    # (the time of those who support the people in insertion: « le facilitateur consacre 40 heures au suivi »)
    r"cours|conduite|vol|accompagnement|suivi|tutorat|encadrement|coordination|reunions?)"
    # (a conversion rate: « sur la base de 1 600 heures par ETP et par an »)
    r"|^\s*(?:h\b|heures?)\s+(?:hebdomadaires|par\s+(?:semaine|jour|mois|salarie|personne|beneficiaire|contrat|million|etp\b|"
    r"equivalent\s+temps\s+plein)"
    r"|/\s*semaine|(?:au\s+profit\s+de|pour)\s+chaque\s+(?:salarie|personne|beneficiaire|agent))"
)
# « une formation de 70 heures », « un contrat de 24 heures »: a length, not a volume to give
_LENGTH_BEFORE = re.compile(r"(?:formation|contrats?|stage|module|session|duree)\s+(?:\w+\s+){0,2}(?:de|d')\s*$")
# a time limit, not a volume: « répond sous 48 heures », « dans un délai de 72 heures », « 24 heures à l'avance »
_DELAY_BEFORE = re.compile(r"(?:\bsous|\bdans\s+(?:un\s+delai\s+(?:maxim\w+\s+)?(?:de|d')|les)|\bdelai\s+(?:\w+\s+){0,3}(?:de|d')"
                           r"|\bau-?\s?dela\s+(?:de|d'))\s*$"
                           # a factor of a product, not a commitment: « soit 2 × 1 607 h = 3 214 heures »
                           r"|(?:[×x*]|\s_)\s*$")  # (« × » folds to « _ »)
# figures given together that share the unit of the last: « réservent respectivement 1 600 et 800 heures »
_HOURS_SHARING_THE_UNIT = re.compile(r"\brespectivement\s+(\d{1,3}(?:[ .\u202f]\d{3})*|\d+)(?=(?:\s*,\s*\d[\d .\u202f]*)*"
                                     r"\s*(?:,|et)\s*\d[\d .\u202f]*\s*(?:h\b|heures?))")
# the hours named just before, stood for by « en »: « Le titulaire du lot 1 réalise 280 heures d'insertion ; le titulaire
# du lot 2 en réalise 120 »
_HOURS_SAID_BEFORE = re.compile(r"\bheures?\b[^.\n]{0,120}?;[^.;\n]{0,60}?\ben\s+(?:realis|effectu|consacr|reserv|accompli)\w*\s+"
                                r"(?:au\s+moins\s+|au\s+minimum\s+)?(\d{1,3}(?:[ .\u202f]\d{3})*|\d+)\b"
                                r"(?!\s*(?:%|€|euros?|jours?|mois|ans?|h\b|heures?))")
# a time limit said as its sentence's subject, not a volume: « Le délai d'intervention après un bon de commande urgent est de 48 heures »
_DELAY_SUBJECT = re.compile(r"\bdelai\s+(?:d'\s?\w+\s+)?(?:\w+\s+){0,6}(?:est|sera)\s+(?:fixe\s+)?(?:de|a)\s*$")
_DELAY_AFTER = re.compile(r"^\s*(?:h\b|heures?)\s+(?:avant|apres|a\s+l'avance|ouvrees|ouvrables|a\s+compter|suivant)")
# the year of a date and the clock: « Date limite de réception des offres : 01/03/2027 Heure locale : 12:00 »
_DATE_BEFORE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*$")
_CLOCK_AFTER = re.compile(r"^\s*(?:h\b|heures?)\s+(?:locale|legale|de\s+paris)")
# the length of a working week: « d'une durée hebdomadaire d'au moins 20 heures, dans la limite de 35 heures »
_WEEKLY_BEFORE = re.compile(r"(?:hebdomadaire|par\s+semaine)[^.;\d]{0,60}(?:\d+\s*(?:h\b|heures?)[^.;\d]{0,40})?$")
# the sentence after the figure takes a share of it: « … évalué à 1 560 heures. Une partie de ces heures pourra
# être confiée à des salariés en insertion »: the figure is the labour a share is taken of
_SHARE_OF_THESE = re.compile(r"(?:une\s+partie|tout\s+ou\s+partie|la\s+moitie|le\s+quart|\d{1,2}(?:[,.]\d+)?\s*%)\s+"
                             r"(?:de\s+ces\s+heures|de\s+ce\s+volume|du\s+volume)")
# the least a person must work to be counted, not a volume to give: « ne sont prises en compte que si elle a effectué
# au minimum 70 heures », « une personne n'est prise en compte qu'à partir de 70 heures », « 150 heures par personne »
_PER_PERSON_BEFORE = re.compile(r"(?:\bsi\s+(?:elle|il|la\s+personne|le\s+salarie)\s+a\s+(?:effectue|realise|travaille|accompli)"
                                r"|(?:personne|salarie|participant|beneficiaire)s?\b[^.;\d]{0,40}\bqu'?\s*a\s+partir\s+de"
                                r"|\bchaque\s+(?:personne|salarie|participant|beneficiaire)\b[^.;\d]{0,40})"
                                r"[^.;\d]{0,25}$")
_PER_PERSON_AFTER = re.compile(r"^\s*(?:h\b|heures?)\s+(?:de\s+travail\s+)?(?:(?:au\s+plus|au\s+maximum|au\s+minimum|au\s+moins)\s+)?"
                               r"(?:par|pour\s+chaque)\s+(?:personne|salarie|participant|"
                               r"beneficiaire)")
# a year's or a lot's number glued to its figure by the layout: « Année 1 300 h » is year 1's 300 hours
_PREVENTION_PLAN = compile_pattern(r"plan de prevention")
# Conversion figures, not commitments: « 1 ETP = 1 607 heures par an » — the rate of one full-time job; a
# commitment the text converts stays one (« 0,6 équivalent temps plein, soit 960 heures sur la durée »)
_CONVERSION_BEFORE = re.compile(r"(?:\betp\b|temps plein|equivalent|correspond\w*|soit|=)\s*[^\d]{0,25}$")
_CONVERSION = re.compile(r"(?<![\d,.])(?:\b1|\bun)\s*(?:\(1\)\s*)?(?:etp\b|equivalent temps plein|emploi a temps plein)")
# Total labour hours of the works (the base of a share): « 10 % du nombre d'heures total de main
# d'oeuvre estimé à 8 000 heures », « sur 6 000 heures travaillées »
_LABOUR_BEFORE = re.compile(
    r"(?:main[- ]d' ?o?e?uvre|heures? (?:totale?s?|travaillees)(?! d' ?insertion)|total (?:des |d'|de )\s*heures(?! d' ?insertion)|"
    r"(?:sur|d')\s*un total de)[^.;\d]{0,40}$"
    # the labour hours, then their estimate: « 7 % du nombre total d'heures travaillées sur le chantier, estimé par la
    # maîtrise d'œuvre à 30 000 heures »
    r"|heures? (?:totale?s?|travaillees)(?! d' ?insertion)[^.;\d]{0,30}\bestim\w*[^.;\d]{0,50}$"
    # the labour hours as the subject of the sentence: « Le nombre total d'heures de main-d'oeuvre
    # nécessaires à la réalisation des travaux est estimé à 8 000 heures »
    r"|heures de main[- ]d' ?o?e?uvre[^.;\d]{0,90}$"
    # « Le volume total de main-d'oeuvre nécessaire à l'exécution du chantier est estimé à 12 000 heures »
    r"|(?:volume|nombre|total)\s+(?:total\s+|global\s+)?(?:d'heures\s+)?de\s+main[- ]d' ?o?e?uvre[^.;\d]{0,90}$"
    # the base a share is taken of: « 10 % des heures de collecte, soit, sur la base de 48 000 heures annuelles, … »
    r"|\d\s*%[^.;]{0,120}\bsur\s+la\s+base\s+(?:de\s+|d'\s*)$"
)
_LABOUR_AFTER = re.compile(r"^\s*(?:h\b|heures?)\s*(?:de main[- ]d' ?o?e?uvre|travaillees|totales?\b)")
# ...unless the figure is the share itself, after its percentage: « 5 % des heures travaillées, soit 1 000 heures »
_SHARE_RESTATED = re.compile(r"\d\s*%[^.;%]{0,100}\bsoit\s*(?:environ\s*|au moins\s*|au minimum\s*|un volume de\s*)?$")

# The bases, read right after the figure (or just before it)
_PER_YEAR_AFTER = re.compile(r"^\s*(?:h\b|heures?)\s*(?:d'\s*insertion\s+)?(?:de\s+travail\s+)?(?:par\s+an(?:nee)?\b|"
                             r"par\s+periode\b|annuelles?|/\s*an\b|chaque\s+annee|pour\s+chaque\s+annee|par\s+annee\s+d'execution)"
                             # in English: « 1,200 hours of integration work per year »
                             r"|^\s*hours?\s+(?:of\s+(?:\w+\s+){0,2}work\s+)?(?:per\s+(?:year|annum)|a\s+year|each\s+year|annually)\b")
_PER_YEAR_BEFORE = re.compile(r"(?:chaque\s+annee|par\s+an(?:nee)?|annuellement)[^.;\d]{0,30}$")
_PER_LOT_AFTER = re.compile(r"^\s*(?:h\b|heures?)\s*(?:d'\s*insertion\s+)?(?:par\s+lot\b(?!\s+de\b)|pour\s+chaque\s+lot|"
                            r"pour\s+chacun\s+des\s+lots)")
_PER_SLICE_AFTER = re.compile(r"^\s*(?:h\b|heures?)\s*(?:d'\s*insertion\s+)?(?:de\s+travail\s+)?(?:par|pour)\s+"
                              r"(?:tranche\s+(?:de\s+)?)?(?P<amount>[\d .\u202f]+(?:,\d+)?)\s*(?P<mult>k|m)?\s*(?:\$|euros?|eur)")
# the lots a sentence lists, then « chacun »: each lot's figure (« Les lots 1 et 2 comportent chacun … 400 heures »)
_EACH_OF_THE_LOTS = re.compile(r"\blots\s+" + NUMERO_OPT + r"\d[^.;]{0,60}\bchacun\b[^.;\d]{0,80}$"
                               r"|\beach\s+of\s+(?:the\s+)?" + LOTS + r"\d[^.;\d]{0,10}(?:\d[^.;\d]{0,10}){0,4}[^.;\d]{0,80}$")
# a figure the sentence says binds no one
_NOT_BINDING = re.compile(r"\bnon\s+contractuel|\bsans\s+que\s+(?:cet|cette|ce)\s+\w+\s+(?:ne\s+)?revete\s+un\s+caractere\s+contractuel"
                          r"|\bsouhaiterai(?:t|ent)\b")
_PART_BEFORE = re.compile(r"\bdont\s+(?:au\s+(?:moins|minimum)\s+|environ\s+)?$")
# a figure further down a « dont » list of the same sentence
# (a figure of hours before « dont »: a page number « 4/12 » of a running header is none)
_PART_OF_LIST = re.compile(r"\d\s*(?:h\b|heures?\b)[^;:]{0,80}\bdont\b[^;:]{0,160}$")
# the sentence shares out hours already stated: « À titre indicatif, ces heures se répartissent en 400 heures pendant
# la période initiale et 150 heures par période de reconduction » — parts of the total, not more hours
# (« ces heures », « ce volume »: the figure said before; « les heures se répartissent ainsi : lot 1 … » states them)
_BREAKDOWN_OF_THESE = re.compile(r"\b(?:ces\s+heures|ce\s+volume)\b[^.;\d]{0,40}\b(?:se\s+)?(?:repartiss|repartie|decompos|ventil)"
                                 r"|\b(?:repartition|ventilation)\s+(?:\w+\s+)?de\s+(?:ces\s+heures|ce\s+volume)")
# a figure of hours shared out in the list that follows it: « Le volume global est de 1 200 heures d'insertion, réparti
# comme suit : lot 1 : 700 h ; lot 2 : 350 h ; lot 5 : 150 h » — the lots' parts, not more hours
_SHARED_OUT_BEFORE = re.compile(r"\d\s*(?:h\b|heures?\b)[^.]{0,60}?\b(?:reparti|ventile|decompose)e?s?\s+(?:comme\s+suit|ainsi|de\s+la\s+"
                                r"(?:maniere|facon)\s+suivante|entre\s+les\s+lots|par\s+lots?)\b[^.]{0,200}$")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
# the figure a change replaces, recalled after the new one: « L'article 6 du CCAP, qui prévoyait 90 heures pour ce lot,
# est modifié », « le volume initialement fixé à 90 heures »
_FORMER_BEFORE = re.compile(r"(?:\bqui\s+pr[eé]voyai(?:t|ent)|\binitialement\s+(?:pr[eé]vu|fix[eé]|retenu)e?s?(?:\s+(?:a|à|de))?"
                            r"|\bpr[eé]c[eé]demment\s+(?:pr[eé]vu|fix[eé]|retenu)e?s?(?:\s+(?:a|à|de))?|\banciennement(?:\s+de)?)\s*$")
# the figure a change starts from: « Le volume du lot 2 est ramené de 400 heures à 250 heures »
_CHANGED_FROM = re.compile(CHANGE_VERB + r"\s+de\s*$")
_CHANGED_TO = re.compile(r"^\s*(?:h\b|heures?)\s+a\s+\d")
# a figure the text says is wrong, or replaced: « … est une erreur matérielle », « erroné », « au lieu de »
_AN_ERROR = re.compile(r"\berreur\b|\berrone|" + INSTEAD_OF)

# hours offered beyond the minimum, and the criterion that scores them
_BEYOND_THE_MINIMUM = re.compile(r"\bau-?\s?dela\s+du\s+minimum|\bheures\s+supplementaires\b|\bdavantage\b|\babove\s+the\s+minimum"
                                 r"|\badditional\s+(?:integration\s+)?hours")
_SCORED = re.compile(r"\bcritere|\bnote\b|\bvaloris|\bpoints?\b|\bcriterion|\bweighting")
# ... unless the figure is the minimum's own (« au-delà du minimum de 350 heures », « de l'obligation minimale fixée
# au CCAP, soit 1 200 heures »): that is the holder's obligation the offer is scored above
_THE_MINIMUM_ITSELF = re.compile(
    r"\b(?:minimum|minima|minimale?s?|minimal)(?:\s+(?:contractuel|obligatoire|exige|impose|requis)e?s?)?"
    r"(?:\s+d'\s*heures(?:\s+d'\s*insertion)?)?"
    r"(?:,?\s+(?:fixe|prevu|impose|exige|defini|inscrit|mentionne)e?s?\s+(?:a|au|aux|par|dans)\b[^.;,]{0,40}?)?"
    r"(?:,?\s*(?:soit|de|d'|:|\()\s*)$"
    r"|\bminimum\s+of\s+$")

def _sentence_start(passage: str, start: int) -> int:
    lo = 0
    for m in _SENTENCE_END.finditer(passage, max(0, start - 600), start):
        lo = m.end()
    return lo


def _slice_amount(m: re.Match[str]) -> float | None:
    try:
        value = float(re.sub(r"[ .\u202f]", "", m.group("amount")).replace(",", "."))
    except ValueError:
        return None
    return value * {"k": 1e3, "m": 1e6}.get(m.group("mult") or "", 1)


# hours said not to count, or counted within the commitment already, or the commitment's alternative if an option
# is not taken up (folded text)
_NOT_COUNTED = re.compile(r"\b(?:ne|n')\s?(?:sont|est|seront|sera)\s+pas\s+(?:comptee?s?|decomptee?s?|comptabilisee?s?|"
                          r"prises?\s+en\s+compte|retenue?s?)\b|\b(?:ne|n')\s?(?:sont|est)\s+pas\s+des\s+heures\s+d'insertion")
_INCLUDED = re.compile(r"\b(?:sont|est|seront|sera)\s+(?:decomptee?s?|comptee?s?|comptabilisee?s?|incluse?s?|comprise?s?)\s+"
                       r"dans\s+(?:le|ce|cet|les|ces|l')\s?(?:volume|nombre|total|heures|engagement)")
# hours a correction takes away, said in the figure's own clause
_REMOVED_HOURS = re.compile(r"[^.;:]{0,80}?\b" + REMOVED_FOLDED)
_ALTERNATIVE = re.compile(r"\bsi\b[^.;]{0,80}\b(?:n'est|ne\s+sont|n'etait)\s+pas\s+(?:retenue?s?|affermie?s?|levee?s?)"
                          r"[^.;]{0,60}\b(?:reduit|ramene|limite)e?s?\s+a\b")


def basis_of(passage: str, start: int, end: int) -> tuple[str | None, float | None]:
    """The basis of the hours figure passage[start:end] (see the module), and the slice amount of a
    rate; (None, None) when the figure is no insertion hours at all."""
    before = passage[max(0, start - 130):start]
    after = passage[end:end + 80]
    if _NOT_INSERTION_AFTER.search(after) or _LENGTH_BEFORE.search(before[-40:]) or _DELAY_BEFORE.search(before[-40:]) \
            or _DELAY_SUBJECT.search(before) \
            or _DELAY_AFTER.search(after) or _WEEKLY_BEFORE.search(before) or _PER_PERSON_BEFORE.search(before) \
            or _PER_PERSON_AFTER.search(after) or _DATE_BEFORE.search(before) or _CLOCK_AFTER.search(after):
        return None, None
    if _FORMER_BEFORE.search(before[-40:]) or any(a <= start < b for a, b in replaced_spans(passage)) \
            or (_CHANGED_FROM.search(before[-40:]) and _CHANGED_TO.match(after)):
        return None, None  # the figure a change replaces (« Au lieu de : « …, soit 175 heures d'insertion ». Lire : … »)
    if _CONVERSION_BEFORE.search(before[-40:]) and _CONVERSION.search(before[-40:]):
        return None, None
    if (_LABOUR_BEFORE.search(before) and not _SHARE_RESTATED.search(before) and not _A_MINIMUM_BEFORE.search(before)) \
            or _LABOUR_AFTER.search(after):
        return None, None
    lo = _sentence_start(passage, start)
    hi = _SENTENCE_END.search(passage, end)
    sentence = passage[lo:hi.start() if hi else len(passage)]
    if hi and passage[hi.start()] == "?":
        return None, None  # a question asserts nothing (« Le volume de 1 200 heures indiqué dans l'avis est-il exact ? »)
    if _NOT_COUNTED.search(sentence) or _ALTERNATIVE.search(passage[lo:start]):
        # « Les heures de formation obligatoire initiale des conducteurs (FIMO, 140 heures) ne sont pas comptées comme
        # heures d'insertion »; « Si la PSE n° 1 n'est pas retenue, le volume est réduit à 525 heures »: no hours to add
        return None, None
    if _REMOVED_HOURS.match(passage, end):
        return None, None  # « Les 105 heures d'insertion prévues au lot 08 sont supprimées : … désormais de 2 030 heures »
    if _INCLUDED.search(sentence):
        return "dont", None  # « Les heures de formation … (au plus 70 heures) sont décomptées dans le volume ci-dessus »
    if about_previous_contract(sentence):  # « Lors du précédent marché (2021-2024), 4 100 heures ont été réalisées »
        return "marche_precedent", None
    error = _AN_ERROR.search(sentence)
    if error and error.group(0).startswith("au") and lo + error.start() >= end:
        error = None  # « … est porté à 1 200 heures (au lieu de 800 heures) »: the figure replaced comes after this one
    if error and not (lo + error.end() <= start and ":" in passage[lo + error.end():start]):
        # « Le chiffre de 900 heures figurant à l'annexe 3 est une erreur matérielle » — not the figure the
        # correction then gives (« il s'agit d'une erreur matérielle : le volume … est de 1 020 heures »)
        return None, None
    if _BEYOND_THE_MINIMUM.search(sentence) and _SCORED.search(sentence) and not _THE_MINIMUM_ITSELF.search(passage[lo:start]):
        return "au_dela", None  # « les heures supplémentaires sont valorisées au critère n° 3, jusqu'à 450 heures »
    if hi and _SHARE_OF_THESE.search(passage[hi.end():hi.end() + 120].split(".")[0]) and not _INSERTION_AFTER.match(passage, end):
        return None, None  # (the next sentence takes a share of it: « … 10 % de ces heures à des personnes en insertion »)
    if _PART_BEFORE.search(before) or _PART_OF_LIST.search(passage[lo:start]) or _BREAKDOWN_OF_THESE.search(passage[lo:start]) \
            or _shared_out_of_counted_hours(passage, start):
        return "dont", None  # « 1 000 heures, dont 600 heures la première année et 400 la seconde »
    if _NOT_BINDING.search(sentence):
        return None, None  # « L'acheteur souhaiterait atteindre 3 000 heures, sans que cet objectif revête un caractère contractuel »
    per_slice = _PER_SLICE_AFTER.search(after)
    if per_slice:
        return "par_tranche", _slice_amount(per_slice)
    if _PER_LOT_AFTER.search(after) or _EACH_OF_THE_LOTS.search(passage[lo:start]):
        return "par_lot", None  # « … 200 heures par lot », « Les lots 1 à 3 comportent chacun une clause de 250 heures »
    own_before = re.split(r"\bsoit\b|\bi\.e\.", before[-50:])[-1]  # « 1 200 heures par an, soit 3 600 heures » : a total
    if _PER_YEAR_AFTER.search(after) or _PER_YEAR_BEFORE.search(own_before):
        return "par_an", None
    return "total", None


def _shared_out_of_counted_hours(passage: str, start: int) -> bool:
    """Is the figure at `start` one part of insertion hours the text gave before it and shares out (« 1 200 heures
    d'insertion, réparti comme suit : lot 1 : 700 h ; … »)? When the figure before is no insertion hours (« 1 500
    heures travaillées »), the parts are what the text states."""
    shared = _SHARED_OUT_BEFORE.search(passage, max(0, start - 300), start)
    if shared is None:
        return False
    figure_start = shared.start()
    while figure_start > 0 and (passage[figure_start - 1].isdigit() or passage[figure_start - 1] in " .\u00a0\u202f"):
        figure_start -= 1
    while not passage[figure_start].isdigit():
        figure_start += 1
    return basis_of(passage, figure_start, shared.start() + 1)[0] in COUNTED


def hours(passage: str, cased: str | None = None) -> FindingAttributes:
    """The insertion hours stated in the passage (folded text), each with its basis (see the module).
    `cased`, the same passage as written, is where tables are found (their headings open on capitals)."""
    values: list[int] = []
    at: list[HoursStatement] = []
    tables_in = cased if cased is not None else passage
    passage, joined = repair_layout(passage)  # « 2\n400 heures » is 2 400 hours

    def where(offset: int) -> int:
        return joined[offset] if joined is not None else offset

    def keep(value: int, start: int, end: int) -> None:
        basis, amount = basis_of(passage, start, end)
        if basis is None:
            return
        if basis in COUNTED and value not in values:
            values.append(value)
        if all(item[1] != where(start) for item in at):
            at.append((value, where(start), basis, amount))

    def read(value: int, offset: int, basis: str, row: str | None = None) -> None:
        """A figure a table's reading gives (`offset` in the passage as given), unless another reading has it."""
        if any(item[1] == offset for item in at):
            return
        if basis in COUNTED and value not in values:
            values.append(value)
        at.append((value, offset, basis, None) if row is None else (value, offset, basis, None, row))

    tables_in, cased_joined = repair_layout(tables_in)  # a table row continued over the next line is one row

    def cased_where(offset: int) -> int:
        return cased_joined[offset] if cased_joined is not None else offset

    table_hours, table_rows = table_column_hours(tables_in)
    # a row whose hours column the table's header names is read from that column only: its other figures are
    # other columns' (« 1 | 8 400 h | 420 h » under « Lot | Main-d'œuvre estimée | Heures d'insertion »)
    read_rows = [(cased_where(a), cased_where(b - 1) + 1) for a, b in table_rows]
    # (a row the table's columns have read is no row of another reading: « A1 300 3 900 » under « … Heures par année
    # Nombre d'années Total sur la durée » is 300, 3 and 900, not a label « A1 300 » closed by 3 900)
    text_hours, text_rows = text_column_hours(passage)
    kept_rows = [(a, b) for a, b in text_rows if not any(lo <= where(a) < hi for lo, hi in read_rows)]
    text_hours = [item for item in text_hours if not any(lo <= where(item[1]) < hi for lo, hi in read_rows)]
    unit_hours, unit_rows = unit_rows_hours(passage)
    read_rows += [(where(a), where(b - 1) + 1) for a, b in kept_rows + unit_rows]
    plan = _PREVENTION_PLAN.search(passage) is not None
    labour = _labour_shares(passage)
    for regex in (_HOURS_LABEL, _HOURS_AFTER, _HOURS_WORDS, _HOURS_SAID_BEFORE, _HOURS_SHARING_THE_UNIT):
        for m in regex.finditer(passage):
            value = words_to_number(m.group(1)) if regex is _HOURS_WORDS else to_int(m.group(1))
            start = m.start(1)
            mark, _, rest = m.group(1).partition(" ")
            if regex is _HOURS_AFTER and rest and len(mark) <= 2 and MARK_BEFORE.search(passage, 0, start):
                value, start = to_int(rest), start + len(mark) + 1  # « Année 1 300 h »: year 1, 300 hours
            if value is None or not 35 <= value <= 200000 or (value == 400 and plan):
                continue
            if regex is _HOURS_LABEL and (_LABEL_ENDED.search(passage, m.start(), start)
                                          or _AN_AMOUNT_AFTER.match(passage, m.end(1))):
                # the label's sentence ended before the figure (« … au-delà du minimum - pondération 10. »), or the
                # figure is a price (« Heure d'insertion non réalisée : 35 € »)
                continue
            if any(lo <= start < hi for lo, hi, *_ in labour):
                continue  # the labour hours a share is taken of, or their breakdown
            if any(lo <= where(start) < hi for lo, hi in read_rows) \
                    and basis_of(passage, start, m.end(1))[0] not in NOT_THIS_CONTRACT:
                continue  # (what the line says of another contract or an offer holds, table or not)
            keep(value, start, m.end(1))
    for _lo, _hi, share_at, value, base in labour:
        if all(item[1] != where(share_at) for item in at):
            at.append((value, where(share_at), "part", base))
    for value, cased_offset, basis, row in table_hours:
        read(value, cased_where(cased_offset), basis, row)
    for value, offset, basis, row in unit_hours:
        read(value, where(offset), basis, row)
    for value, offset, total_row in text_hours + flattened_table_total(passage):
        # (a total row is marked as the whole, "": its figure sums the rows, it is not one more)
        read(value, where(offset), "total", "" if total_row else None)
    return {"hours_values": values, "hours_at": sorted(at, key=lambda item: item[1])} if at else {}


# A share of the labour hours: « 6 % des heures de main-d'oeuvre », « 10 % de ce volume », « 5 % des heures
# de conduite … nécessaires »
_SHARE = re.compile(r"(\d{1,2}(?:[,.]\d{1,2})?)\s*%\s*(?:de\s+ce\s+volume|du\s+volume|de\s+ces\s+heures|"
                    r"des\s+heures|du\s+nombre\s+(?:total\s+)?d'\s*heures)")
# ...already turned into hours by the text: « 5 % des heures travaillées, soit 1 000 heures »
_SHARE_STATED = re.compile(r"[^.;]{0,160}?\b(?:soit|represente\w*|correspond\w*)\b[^.;\d]{0,30}\d")
_SHARE_REACH = 300  # characters around the share where the labour hours are given
_FULL_STOP = re.compile(r"[.!?](?:\s|$)")
# the labour hours named again, their figure without its unit: « le Département estime ces heures à 43 200 »
_THESE_HOURS = re.compile(r"(?:ces\s+heures|ce\s+volume)[^.;\d]{0,60}?" + NUMBER + r"(?!\s*%)")


_A_MINIMUM_BEFORE = re.compile(r"\bminimum\s+(?:de\s+|d'\s*)?$")
_INSERTION_AFTER = re.compile(r"\s*(?:h\b|heures?)\s+d'\s*insertion")
# the share's hours written out after its base: « …, soit un engagement de 1 498 heures d'insertion »
_RESULT_BEFORE = re.compile(r"\bsoit\s*$")
_SHARE_RESULT = re.compile(r"\bsoit\b[^.;\d]{0,40}?" + NUMBER + r"\s*(?:h\b|heures?)")


def _labour_shares(passage: str) -> list[tuple[int, int, int, int, int]]:
    """Shares of the labour hours whose hours the passage gives and does not turn into insertion hours
    itself: (start and end of the labour figures — the total and the breakdown that follows it in its
    sentence —, where the share is, the hours it makes, the labour hours)."""
    out = []
    for share in _SHARE.finditer(passage):
        if _SHARE_STATED.match(passage, share.end()):
            continue
        # the labour hours: the first figure of hours after the share (« … ces heures sont estimées à
        # 9 500 heures »), else the last one before it (« … estimé à 50 400 heures. L'action porte sur 10 %
        # de ce volume »)
        found = [m for rx in (_HOURS_AFTER, _THESE_HOURS) if (m := rx.search(passage, share.end(), share.end() + _SHARE_REACH))]
        after = min(found, key=lambda m: m.start(1)) if found else None
        before = None
        for m in _HOURS_AFTER.finditer(passage, max(0, share.start() - _SHARE_REACH), share.start()):
            if not _RESULT_BEFORE.search(passage, max(0, m.start(1) - 12), m.start(1)):
                before = m  # (not another share's result: « … à 18 000 heures, soit 1 260 heures. Lot 2 : … 5 % des heures »)
        base = after or before
        if base is None or (base_hours := to_int(base.group(1))) < 100:
            continue
        if _A_MINIMUM_BEFORE.search(passage, max(0, base.start(1) - 30), base.start(1)):
            continue  # « 10 % des heures travaillées, avec un minimum de 500 heures »: a floor of insertion hours
        if _INSERTION_AFTER.match(passage, base.end(1)):
            continue  # a share of the insertion hours themselves (« ses 630 heures d'insertion … dans la limite de 50 % du volume »)
        end = _FULL_STOP.search(passage, base.end())  # (a breakdown runs on past « ; »)
        percent = float(share.group(1).replace(",", "."))
        stated = _SHARE_RESULT.search(passage, base.end(), end.start() if end else len(passage))
        if stated and abs(to_int(stated.group(1)) - base_hours * percent / 100) <= max(1.0, 0.02 * base_hours * percent / 100):
            continue  # the text turns the share into hours itself: « … estime ces heures à 21 400, soit 1 498 heures »
        out.append((base.start(1), end.start() if end else len(passage), share.start(),
                    round(base_hours * percent / 100), base_hours))
    return out
