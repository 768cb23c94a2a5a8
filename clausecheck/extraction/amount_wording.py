"""The words around a figure that say what it is: an estimate, a maximum or a minimum; per year,
per period or for the whole duration; for one part or for all lots; or not the contract's value
at all (a turnover, a penalty, a previous contract)."""

from __future__ import annotations

import re

from clausecheck.extraction.amount_context import sentence_start
from clausecheck.extraction.numbers import AmountMatch, find_amounts
from clausecheck.extraction.textscan import Scanner
from clausecheck.patterns import (
    ANNUAL,
    BASE_SOLUTION,
    CURRENCY,
    LOT,
    NUMBER_WORD,
    NUMERO_OPT,
    OPTION,
    ORDINAL,
    TOTAL_CELL,
    TRANCHE,
    WHOLE_TERM,
    last_match,
    ordinal_rank,
)
from clausecheck.text import lines_above

# keywords, searched in the lower-cased left context
MAX_WORDS = re.compile(r"maxim|\bmaxi\b|plafond|ne\s+(?:pourra|peut|saurait|devra)\s+(?:pas\s+)?(?:exc[ée]der|d[ée]passer)|"
                     r"dans\s+la\s+limite|\bau\s+plus\b|\bmax\b")


MIN_WORDS = re.compile(r"minim|\bmini\b|\bmin\b")


ESTIMATE_WORDS = re.compile(r"estim|valeur|montant\s+(?:global|total|prévisionnel|indicatif|du\s+march|des\s+prestations|de\s+l['’]accord|"
                     r"des\s+travaux|du\s+contrat|des\s+commandes)|prévisionnel|indicati|budget|enveloppe|évalu|co[uû]t\s+(?:estim|prévi|global|total|des\s+travaux)|"
                     r"montant\s+(?:hors\s+tva|ht)\b|montant\s*:|\bmontant\s+de\s+l['’]op")


# what a budget is allotted to when it is this contract's: « à ces prestations », « au présent marché », « à l'opération »
_TO_THIS_CONTRACT = (r"(?:(?:à|a)\s+(?:ces\s+prestations|cette\s+(?:opération|consultation|prestation)|ce\s+(?:marché|contrat|projet)|"
                     r"l['’]\s?(?:accord-cadre|opération)|la\s+présente\s+consultation)|au\s+(?:présent\s+)?(?:marché|contrat|projet)\b)")


NOT_THE_VALUE = re.compile(
    r"chiffre\s+d['’]\s?affaires|niveau\(?x?\)?\s+sp[ée]cifique|\bca\b|capital|assurance|indemnit|prime\b|p[ée]nalit|garantie|caution|\bavance|acompte|"
    r"salaire|r[ée]f[ée]rences?\b|seuils?\s+(?:de|des|européens?|nationa(?:l|ux)|de\s+procédure)|dispense|inférieur|supérieur\s+à|"
    r"sous\s+le\s+seuil|au[- ]dessus|au[- ]dessous|\bpar\s+(?:heure|jour|mois|personne|agent|unité|stagiaire)|"
    # the price an offer or a lump-sum contract is made at, not the buyer's estimate (« Le montant global et forfaitaire
    # de l'offre s'élève à : Montant HT : 84 500,00 € », « conclu pour un montant global et forfaitaire de 85 000 € HT »)
    r"montant\s+global\s+et\s+forfaitaire|\b(?:montant|forfaitaire|total|global)\s+de\s+(?:l['’]\s?|mon\s+|son\s+|votre\s+|notre\s+)offre|"
    r"tarif|prix\s+unitaire|enveloppe[^.\n]{0,50}travaux|affecté[e]?s?\s+aux\s+travaux|forfait\s+de|amende|\brémunération|\bcertificat|\btaxe\b|sous[- ]trait(?:ance|é)|subcontract|"
    r"\bfrais\s+(?:de|d['’]|du|des|annexes|engag|expos|occasionn|li[ée]s|aff[ée]rents|g[ée]n[ée]raux|financiers|bancaires|r[ée]els)|"
    r"\b(?:les|des|aux|ces|leurs?|ses|vos|nos)\s+frais\b|\bfrais\s*:|"
    # what a contract cost (« … s'est élevé à … »), not this one's value (an earlier contract named in the
    # sentence: patterns.about_previous_contract)
    r"s['’]est\s+[ée]lev[ée]|se\s+sont\s+[ée]lev[ée]|d[ée]penses?\s+(?:constat|réalis|pass|antérieur)|"
    # the budget voted for the spending, a cap on each order or each subsequent contract
    r"crédits?\s+(?:inscrits?|ouverts?|budgétaires?)|"
    # the buyer's own budget for a service, not the contract's value (« le budget annuel consacré par la commune à ses
    # espaces verts … avoisine 640 000 € », « budget de fonctionnement du service ») — unless what it is allotted to is
    # this contract (« Le budget alloué à ces prestations est de 96 k€ HT », « budget consacré au présent marché »)
    r"\bbudget\s+(?:annuel\s+|global\s+)?(?:(?:consacr|allou)(?!\w*\s+" + _TO_THIS_CONTRACT + r")|de\s+fonctionnement|communal|municipal|d[ée]partemental|"
    r"de\s+la\s+(?:commune|ville|collectivit|r[ée]gion)|du\s+(?:service|d[ée]partement|syndicat|centre|chu))|"
    # the total of a price simulation (« le montant du détail quantitatif estimatif (61 240,00 € HT) »), not the
    # contract's value — unlike an estimate made from it (« Le montant estimatif, établi sur la base du DQE, … »)
    r"(?:montant|total)\s+(?:du|de\s+ce)\s+(?:d[ée]tail\s+quantitatif|dqe\b)|"
    r"\b(?:chaque|par|d['’]\s?un|du)\s+(?:bon\s+de\s+commande|commande|marché\s+subséquent)\s+(?:est|sera|ne\s+(?:peut|pourra))|"
    # « Le montant des bons de commande ponctuels (…) ne peut excéder 8 000 € HT par bon », « Le montant d'une
    # commande de travaux de rénovation ne peut dépasser 20 k€ HT »
    r"\bmontant\s+(?:des|de\s+ses|de\s+chaque|d['’]\s?une?|du)\s+(?:bons?\s+de\s+commande|commandes?|marchés?\s+subséquents?)\b[^.;\d]{0,80}?"
    r"\bne\s+(?:peut|pourra|doit)\b|"
    r"\b(?:bons?\s+de\s+commande|commandes|marchés?\s+subséquents?)\b[^.;\d]{0,60}\bplafonn|"  # « les bons de commande sont plafonnés à »
    # a bound of one order, one delivery or one invoice (« Le montant minimal d'une commande est de 150 € HT »)
    r"\bmontants?\s+(?:minim|maxim)\w*\s+(?:d['’]\s?une?|de\s+chaque|par|du)\s+(?:bon\s+de\s+commande|commande|livraison|facture)\b|"
    # a maximum said of each order or subsequent contract (« Montant maximum par bon de commande : », « The maximum
    # value of each specific contract (call-off) is »)
    r"\b(?:par|pour\s+chaque|de\s+chaque)\s+(?:bon\s+de\s+commande|commande|marché\s+subséquent)\s*:|"
    r"\b(?:of|for)\s+each\s+(?:specific\s+contract|call-off|order)\b|\bper\s+(?:call-off|order|specific\s+contract)\b|"
    r"montant\s+(?:de\s+l['’]offre|attribué|du\s+marché\s+attribué|des\s+offres)|offre\s+la\s+plus|(?<!-)\battribu(?!taires?\b)|titulaire\s+a"
)


# A figure given for a period other than a year, by its length in months: « 35 000 € HT par semestre d'exécution »,
# « montant maximum trimestriel », « par période de 24 mois » (twelve months is a year: patterns.ANNUAL)
PER_SPAN = re.compile(r"\bpar\s+(?P<unit>semestre|trimestre|mois)\b|\b(?P<adj>semestriel|trimestriel|mensuel)\w*"
                      r"|\bpar\s+p[ée]riode\s+(?:d['’]\s?ex[ée]cution\s+)?de\s+(?P<n>6|3|18|24|36|six|trois|dix-huit|vingt-quatre|"
                      r"trente-six)\s+mois")
_SPAN_MONTHS = {"semestre": 6, "semestriel": 6, "trimestre": 3, "trimestriel": 3, "mois": 1, "mensuel": 1, "six": 6,
                "trois": 3, "dix-huit": 18, "vingt-quatre": 24, "trente-six": 36}


def span_months(match: re.Match[str]) -> int:
    """The length in months of the period a PER_SPAN match names."""
    word = match.group("unit") or match.group("adj") or match.group("n")
    return int(word) if word.isdigit() else _SPAN_MONTHS[word]


def period_months(header: str) -> int:
    """The months a table header's figures are given for: 12 for a year's (« Max. annuel HT »), n for a period's
    (« Maximum par période de 24 mois »), 0 when it says neither (the whole term, as written)."""
    low = header.lower()
    if ANNUAL.search(low):
        return 12
    span = PER_SPAN.search(low)
    return span_months(span) if span else 0


# what says a figure amends the dossier (a register's answer, a correction): « les documents sont rectifiés … Le
# montant maximum s'établit ainsi à … », « est porté à », « désormais »
AMENDMENT = re.compile(r"\b(?:est|sont|a\s+été|ont\s+été)\s+(?:modifi|rectifi|supprim|remplac|corrig|port|ramen)\w*"
                       r"|\berreur\s+mat[ée]rielle|\bd[ée]sormais\b|\bs['’]\s?[ée]tablit\s+(?:donc\s+|ainsi\s+|d[ée]sormais\s+)?à")


# what opens a sentence of figures each given for one period (« Pour chaque période d'exécution, … : lot 1 : … »)
EACH_PERIOD_OPENS = re.compile(r"\b(?:pour\s+)?chaque\s+période\b(?!\s+de\s+reconduction)")


PER_PERIOD = re.compile(r"période\s+initiale|durée\s+initiale|identiques?\s+pour\s+(?:chaque|la|les)\s+(?:éventuelles\s+)?périodes?|\bchaque\s+période|"
                        r"par\s+période|\bchaque\s+reconduction|identiques?\s+en\s+cas\s+de\s+reconduction|même\s+montant")


# A figure given for one period of a framework agreement, said next to it: the initial (firm) period, or
# each renewal (« chacune des reconductions », « la période de reconduction n° 2 », « en cas de
# reconduction »). The periods add up: « 600 000 + 2 × 300 000 ».
PERIOD_INITIAL = re.compile(r"p[ée]riode\s+(?:initiale|ferme)|premi[èe]re\s+p[ée]riode|dur[ée]e\s+initiale|"
                            r"hors\s+(?:reconductions?|renouvellements?)|\b(?:first|initial)\s+(?:period|term)\b")
# an optional extension of the term, one more period (« période de prolongation, en cas de levée de l'option »)
PERIOD_EXTENSION = re.compile(r"p[ée]riode\s+(?:optionnelle\s+)?de\s+prolongation|prolongation\s+(?:optionnelle|[ée]ventuelle)")
PERIOD_RENEWAL = re.compile(r"(?:(?P<o>" + ORDINAL + r")|(?P<last>derni[èe]re))\s+"
                            r"(?:p[ée]riode\s+de\s+)?(?:reconduction|renouvellement)|"
                            r"(?:reconduction|renouvellement|p[ée]riode\s+de\s+reconduction)\s*" + NUMERO_OPT
                            + r"(?P<k>\d)\b|(?:chaque|chacune\s+des|par)\s+(?:(?:deux|trois|quatre|cinq|\d)\s+)?(?:p[ée]riodes?\s+de\s+)?(?:[ée]ventuelles?\s+)?"
                            r"(?:reconductions?|renouvellements?)|p[ée]riodes?\s+(?:de\s+reconduction|reconduites?|"
                            r"suivantes|de\s+renouvellement|optionnelles?)|(?:la|une|en\s+cas\s+de)\s+reconduction|année\s+de\s+reconduction|"
                            r"\b(?:each|per|every)\s+renewal(?:\s+period)?\b|\brenewal\s+periods?\b")
# the renewals cost what the initial period costs
RENEWAL_SAME = re.compile(r"(?:reconduction|renouvellement)s?[^.]{0,140}(?:identiques?\b|même\s+montant|"
                          r"mêmes\s+montants)|(?:identiques?|même\s+montant)\s+(?:pour|à)\s+(?:chaque|chacune\s+des|la|les)\s+"
                          r"(?:périodes?\s+de\s+)?(?:reconduction|renouvellement)|"
                          # « identique pour la période initiale et pour chaque renouvellement », « il s'applique à la période
                          # initiale et à chaque période de reconduction » (both named at once: one figure for each)
                          r"(?:(?:identiques?|même\s+montant)\s+(?:pour|à)\s+)?la\s+période\s+initiale\s+(?:et|comme)\s+(?:pour\s+|à\s+)?"
                          r"(?:chaque|chacune\s+des|les)\s+(?:périodes?\s+de\s+)?(?:reconduction|renouvellement)")


_TAX_WORD = re.compile(r"\b(?:ttc|ht|h\.t)\b")
_HEADER_REACH = 6  # lines above a row where its table's header may stand (other rows between)


def column_tax(scan: Scanner, a: AmountMatch) -> str | None:
    """« HT » or « TTC » as the header of a table laid out without bars gives it to the figure's column
    (« Lot  Maximum annuel HT  Maximum annuel TTC » above « Lot 1  520 000 €  548 600 € »): the header
    names as many taxes as the row has figures, in their order. None when no such header stands above."""
    low = scan.low
    line_start = low.rfind("\n", 0, a.start) + 1
    line_end = low.find("\n", a.end)
    on_line = find_amounts(scan.text, line_start, len(low) if line_end < 0 else line_end)
    if len(on_line) < 2:
        return None
    index = next((k for k, other in enumerate(on_line) if other.start == a.start), None)
    if index is None:
        return None
    for prev, line in lines_above(low, line_start, _HEADER_REACH):
        if find_amounts(scan.text, prev, prev + len(line)):
            continue  # another row of the table
        taxes = _TAX_WORD.findall(line)
        if "ttc" not in taxes or len(taxes) != len(on_line):
            return None
        return "TTC" if taxes[index] == "ttc" else "HT"
    return None


_BOUND_WORD = re.compile(r"\b(?:minim\w*|mini|min)\b|\b(?:maxim\w*|maxi|max)\b")


def column_kind(scan: Scanner, a: AmountMatch) -> str | None:
    """« min » or « max » as the header of a table gives it to the figure's column (« Période | Mini HT | Maxi HT »
    above « Par période annuelle … | 20 000 € | 90 000 € »): the header names as many bounds as the row has figures, in
    their order, at least one of each. None when no such header stands above."""
    low = scan.low
    line_start = low.rfind("\n", 0, a.start) + 1
    line_end = low.find("\n", a.end)
    on_line = find_amounts(scan.text, line_start, len(low) if line_end < 0 else line_end)
    if len(on_line) < 2 or "|" not in low[line_start:a.start]:
        return None  # (a table's row, its cells between bars: not prose that names a minimum, then a maximum)
    index = next((k for k, other in enumerate(on_line) if other.start == a.start), None)
    if index is None:
        return None
    for prev, line in lines_above(low, line_start, _HEADER_REACH):
        if find_amounts(scan.text, prev, prev + len(line)):
            continue  # another row of the table
        if "|" not in line:
            return None
        bounds = ["min" if word.startswith("min") else "max" for word in _BOUND_WORD.findall(line)]
        if len(bounds) != len(on_line) or set(bounds) != {"min", "max"}:
            return None
        return bounds[index]
    return None


# a total shared out between the lots in the same sentence: « …, soit un montant maximum annuel par lot de : »
PER_LOT_FOLLOWS = re.compile(r"\bpar\s+lot\b|pour\s+chaque\s+lot|r[ée]parti\w*\s+(?:comme\s+suit|entre)")
# a figure's breakdown by lot right after it, in brackets or after « dont »: « 1 920 000 EUR HT (lot 1 : … ; lot 2 : …) »,
# « 1 200 000 € HT, dont lot n° 1 : 680 000 € HT, lot n° 2 : … »
# (after the words that say what it covers, maybe: « 207 000 € HT pour les trois années (lot 1 : 126 000 € HT ; … »)
BREAKDOWN_FOLLOWS = re.compile(r"^[\s.]*(?:(?:ht|h\.t\.)\s*)?(?:[^().;:\d\n]{0,50}?\s)?(?:\(\s*|,?\s*dont\s+(?:pour\s+)?(?:le\s+)?)lots?\s+"
                               + NUMERO_OPT + r"\d")


# a row that gives the total of the rows above: « Total », « Montant maximum total de l'accord-cadre … »
TOTAL_ROW = re.compile(r"\s*" + TOTAL_CELL)


EACH_PERIOD = re.compile(r"période\s+initiale\s+(?:et|ainsi\s+que)\s+(?:pour\s+)?(?:chaque|chacune\s+des)\s+(?:périodes?\s+de\s+)?reconduction")


WHOLE_DURATION = re.compile(WHOLE_TERM + r"|pour\s+la\s+durée\s+(?:de\s+l['’]accord|du\s+march|du\s+contrat)|"
                       r"\bsur\s+(?:la\s+durée|" + NUMBER_WORD + r"\s+(?:ans|années|mois))|pour\s+" + NUMBER_WORD + r"\s+(?:ans|années)|"
                       r"durée\s+de\s+l['’]accord")


CONTRACT_WIDE = re.compile(r"ensemble\s+des\s+lots|tous\s+lots|total\s+des\s+lots|(?:valeur|montant)\s+total|global|"
                         r"total\s+(?:estimated\s+)?value|estimated\s+total")


# says the figure covers every lot, wherever it stands (« pour l'ensemble des 2 lots », « tous lots confondus »)
ALL_LOTS = re.compile(r"ensemble\s+des\s+(?:\d+\s+|\w+\s+)?lots|tous\s+(?:les\s+)?lots|total\s+des\s+lots|"
                      r"\b(?:pour|sur)\s+les\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})\s+lots\b|"
                      r"cumul\w*\s+des\s+(?:\d+\s+|\w+\s+)?lots|"
                      # the lots' figures added up for the whole: « soit un montant maximum cumulé pour l'opération »
                      r"\bcumul[ée]+s?\s+(?:pour|de|sur)\s+l['’]\s?(?:op[ée]ration|ensemble|accord-cadre|march[ée])|"
                      # one framework agreement per lot: all of them (« le montant maximum global des quatre
                      # accords-cadres », « l'ensemble des accords-cadres »)
                      r"ensemble\s+des\s+accords-cadres\b|\b(?:des|les)\s+" + NUMBER_WORD + r"\s+accords-cadres\b|"
                          # « Valeur estimée totale hors TVA : 381 000 euros » under the lots' lines
                          r"(?:valeur|montant)\s+estim[ée]+\s+totale?\b|"
                          r"lots\s+confondus|all\s+lots|(?:valeur|montant)\s+totale?\s+(?:estim[ée]+\s+)?(?:du\s+march|de\s+l['’]op|"
                          r"de\s+l['’]accord|du\s+contrat)|valeur\s+totale\s+estim|total\s+(?:estimated\s+)?value|"
                          # « la valeur estimée hors TVA du marché est portée à 1 300 000 EUR » after a change to lot 1
                          r"valeur\s+estim[ée]+\s+(?:hors\s+tva\s+|h\.?t\.?\s+)?du\s+march[ée]\b")


# a bound said not to exist: « sans montant minimum ni maximum », « without a maximum value »
# (not the « sans » a label answers: « Mini : Sans Maxi : 20 000 euros »)
_DENIED_BOUND = re.compile(r"(?<!:)(?<!:\s)\b(?:sans|without|no)\s+(?:(?:a|any|de|montant)\s+)?(?:min(?:imum|\.)?\s+"
                           r"(?:ni|et\s+sans|nor|or|and\s+without|and\s+no)\s+(?:(?:a|any|de|montant)\s+)?)?$")


# what a wording that is not the value introduces, ending on a colon the line before: « Le montant global et forfaitaire
# de l'offre s'élève à :\nMontant HT : 84 500,00 € »
_INTRODUCES_THIS_LINE = re.compile(r"[^.;\n]*(?:\n[^.;\n]*)?:\s*\n[^\n]*$")

# a bound of the duration, not of the amount: « pour sa durée maximale de quatre ans »
_DURATION_BOUND = re.compile(r"\b(?:dur[ée]e|d[ée]lai|p[ée]riode)\s+(?:totale\s+)?$")


def kind_of(left: str, right: str) -> str | None:
    best: tuple[int, str] | None = None
    for kind, rx in (("max", MAX_WORDS), ("min", MIN_WORDS), ("estimated", ESTIMATE_WORDS)):
        for m in rx.finditer(left):
            if kind in ("max", "min") and (_DENIED_BOUND.search(left, max(0, m.start() - 40), m.start())
                                           or _DURATION_BOUND.search(left, max(0, m.start() - 20), m.start())):
                continue  # the bound the sentence says there is not, or a duration's, names no figure
            if best is None or m.start() > best[0] or (m.start() == best[0] and kind == "max"):
                best = (m.start(), kind)
    excl: re.Match[str] | None = None
    for m in NOT_THE_VALUE.finditer(left):
        excl = m
    # a wording that is not the value, close before the bound's word or holding it (« le montant d'une commande
    # … ne peut dépasser »)
    if excl is not None and (best is None or excl.start() > best[0] - 40 or excl.start() <= best[0] < excl.end()
                             or _INTRODUCES_THIS_LINE.match(left, excl.end())):
        return None
    if PER_UNIT_AFTER.match(right):
        return None  # « 15 000 € HT par bon de commande », « 2 000 € par sinistre »: a cap per order, not the contract's
    if THRESHOLD_AFTER.match(right):
        return None  # « … excédant 100 000 € HT, seuil en deçà duquel … »: a legal threshold, not this contract's figure
    if re.match(r"^\s*(?:ht\s+|h\.t\.\s+)?(?:au\s+maximum|maximum)(?![\s:]*(?:de\s+|d['’]\s?)?\d)", right):
        return "max"
    if best is None:
        return None
    # « Valeur maximum estimée » -> maximum
    if best[1] == "estimated" and re.search(r"(?:maxim\w*|plafond|\bmax\b)\s+(?:[\w'’]+\s+){0,2}$", left[max(0, best[0] - 40):best[0]]):
        return "max"
    return best[1]


# a figure named a threshold right after it: « 100 000 € HT, seuil en deçà duquel … », « 221 000 € HT (seuil européen) »
THRESHOLD_AFTER = re.compile(r"^[\s)]*(?:(?:ht|h\.t\.?|hors\s+taxes?)\b)?[\s,(]*(?:soit\s+le\s+|c['’]est-à-dire\s+le\s+)?seuils?\b")


PER_UNIT_AFTER = re.compile(r"^[\s)]*(?:(?:ht|h\.t\.?|hors\s+taxes?)\b[\s)]*)?,?\s*(?:par|pour\s+(?:un|une|chaque))\s+"
                                r"(?:bons?(?:\s+de\s+commande)?|commande|facture|intervention|sinistre|unité|heure|jour|agent|élève|repas)\b")


MIN_MAX_PAIR = re.compile(r"minim\w*\s*/\s*maxim\w*[^0-9\n]{0,40}$"
                      # « les montants minimum et maximum …, sont respectivement de 10 000 € HT et 90 000 € HT »
                      r"|minim\w*\s+et\s+maxim\w*[^0-9\n.;]{0,100}\brespectivement\s+(?:de\s+|d['’]\s?|à\s+)?$")


# « Période 1 : », « — période nº 2 maximal HT », « année 3 : »
PERIOD_N = re.compile(r"(?:p[ée]riode|ann[ée]e|year)\s*" + NUMERO_OPT + r"(?P<i>\d{1,2})\s*(?::\s*|\s+(?:(?:maxim|minim|estim)\w*\s*)?"
                          r"(?:\(?h\.?t\.?\)?\s*)?:?\s*)$")


# the same said after the figure: « 100 000 € HT pour la première année, 120 000 € HT pour la deuxième année »
PERIOD_N_AFTER = re.compile(r"^\s*(?:h\.?t\.?\s*)?,?\s*(?:pour|au\s+titre\s+de|durant|pendant)\s+la\s+(?P<o>" + ORDINAL
                            + r")\s+(?:ann[ée]e|p[ée]riode)\b")


def period_index(left: str, right: str) -> int | None:
    """The rank of the period a figure is given for (« période 2 : 40 000 € », « 40 000 € pour la deuxième
    année »), or None."""
    before = PERIOD_N.search(left)
    if before:
        return int(before.group("i"))
    after = PERIOD_N_AFTER.match(right)
    return ordinal_rank(after.group("o")) if after else None


MAITRISE_OEUVRE = re.compile(r"ma[iî]trise\s+d['’]\s?(?:œ|oe)uvre")


# « 14 500 € HT par an, soit 58 000 € HT sur quatre ans »: the second figure restates the first
RESTATEMENT = re.compile(r"^[\s,;(]*(?:(?:par\s+an|par\s+année|annuel(?:lement)?|/\s?an|hors\s+taxes?)\b[\s,;]*)?"
                         r"(?:soit|c['’]est[- ]à[- ]dire)\b[^\d\n]{0,45}$")


# between two figures, only the name of the next part: « …, le lot 2 à », « et celui de la tranche optionnelle à »
PART = (r"(?:" + LOT + r"\d{1,3}|" + TRANCHE + r"(?:\s*" + NUMERO_OPT + r"\d{1,2})?"
        # the base solution and its options (PSE), added up like tranches
        r"|" + BASE_SOLUTION + r"|" + OPTION + r"(?:\s*" + NUMERO_OPT + r"\d{1,2})?)")


NEXT_PART = re.compile(r"^[\s,;]*(?:et\s+|dont\s+)?(?:(?:celui|celle)\s+)?(?:pour\s+|de\s+)?(?:le\s+|la\s+|l['’]\s?|au\s+|du\s+)?"
                           + PART + r"\s*(?::|à|de|pour|est\s+(?:de|estimée?\s+à))?\s*$")


# the previous figure's part named after it, then the next figure: « … € HT pour le lot 1 et de … »
PART_THEN_NEXT = re.compile(r"^[\s,]*(?:pour|au\s+titre\s+d[ue])\s+(?:le\s+|la\s+)?" + PART + r"\s*,?\s*(?:et\s+)(?:de\s+|à\s+)?$")


# the years a figure is given for, right after it: « … par an pendant 4 ans », « 450 000 HT par an, sur 2 ans
# fermes » (with « par an » said there, « sur 2 ans » counts the years: the figure is no whole-term one)
DURING_YEARS = re.compile(r"^[\s,]*(?:(?:ht|h\.t\.)\s*)?(?:(?P<yearly>par\s+an|par\s+année|/\s?an)|annuel(?:lement)?)?\s*,?\s*"
                          r"(?:pendant|durant|sur)\s+(?P<n>" + NUMBER_WORD + r")\s*(?:\(\d+\)\s*)?(?:ans|années)\b")


# « Valeur maximum estimée » is the estimated value of the contract as well as its maximum
MAX_ESTIMATED = re.compile(r"(?:valeur|montant)\s+maxim(?:um|al|ale)\s+estim[ée]+|(?:valeur|montant)\s+estim[ée]+\s+maxim")


def clause_left(left: str) -> str:
    """The part of the left context that speaks of this amount: from the last sentence break,
    and after a « soit » that links it to the previous figure."""
    cut = max(left.rfind(". "), left.rfind("; "), left.rfind(".-"))
    if cut >= 0:
        left = left[cut + 2:]
    m = last_match(r"\bsoit\b", left)
    if m is not None:
        left = left[m.end():]
    return left


def clause_right(right: str, next_start: int | None, a_end: int) -> str:
    if next_start is not None and next_start - a_end < len(right):
        right = right[:max(next_start - a_end, 0)]
        # « 14 500 € par an, soit 58 000 € »: stop before the link to the next figure
        right = re.split(r"\bsoit\b", right)[0]
    cut = right.find(". ")
    if cut >= 0:
        right = right[:cut]
    return right


_FOR_PERIOD = re.compile(r"(?:\bpour|au\s+titre\s+d[eu]|\bdurant|\bsur|s['’]entend|\bà)\s+(?:la\s+|les\s+|l['’]\s?|chaque\s+|"
                         r"chacune\s+des\s+)?$")


# a period label that says by itself what the figure before it is for: « 45 000 € HT par période de reconduction »
_PERIOD_IS_FOR = re.compile(r"(?:par|chaque|chacune)\b")


# a period named by its dates, right before its figure: « du 1er avril 2027 au 31 mars 2028 : »
_DATED_PERIOD = re.compile(r"\bdu\s+(?:1er|\d{1,2})\s+[a-zéû]+\s+(?P<y>\d{4})\s+au\s+(?:1er|\d{1,2})\s+[a-zéû]+\s+\d{4}"
                           r"\s*\)?\s*:?\s*$")


# an ordinal standing for the renewal just named: « … pour la première reconduction et 115 000 € HT pour la seconde »
_ELLIPTIC_RENEWAL = re.compile(r"\s*" + CURRENCY + r"?\s*(?:ht|h\.t\.?)?\s*(?:pour|au\s+titre\s+de)\s+la\s+(?P<o>" + ORDINAL
                               + r")\b(?!\s+(?:p[ée]riode|ann[ée]e|tranche|phase|partie))")


def period_of(own_left: str, own_right: str) -> str | None:
    """The period of a framework agreement a figure is given for, when said next to it: after
    it (« 120 000 € HT pour la période initiale »), else the nearest label before it."""
    near = own_left[-80:] + " " + own_right[:80]
    if WHOLE_DURATION.search(near) or RENEWAL_SAME.search(near):
        return None  # a total over the whole duration, or « (montant identique pour chaque période de reconduction) »
    right = own_right[:70]
    found = [(m.start(), "initial", m) for m in PERIOD_INITIAL.finditer(right)] + \
        [(m.start(), "renewal", m) for m in PERIOD_RENEWAL.finditer(right)] + \
        [(m.start(), "extension", m) for m in PERIOD_EXTENSION.finditer(right)]
    # after the figure, only a label it is given for (« … € HT pour la période initiale »), not the
    # next clause (« maximum (160 000 EUR HT), conclu pour une période initiale d'un an »)
    found = [f for f in found if f[0] <= 35 and (_FOR_PERIOD.search(right[:f[0]]) or (
        not right[:f[0]].strip() and _PERIOD_IS_FOR.match(f[2].group())))]
    if not found and (ellipsis := _ELLIPTIC_RENEWAL.match(right)) and PERIOD_RENEWAL.search(own_left[-150:]):
        rank = ordinal_rank(ellipsis.group("o"))  # « … pour la première reconduction et 115 000 € HT pour la seconde »
        if rank:
            return f"renewal {rank}"
    if not found:
        left = own_left[-90:]
        found = [(-m.end(), "initial", m) for m in PERIOD_INITIAL.finditer(left)] + \
            [(-m.end(), "renewal", m) for m in PERIOD_RENEWAL.finditer(left)] + \
            [(-m.end(), "extension", m) for m in PERIOD_EXTENSION.finditer(left)]
    if not found:
        dated = _DATED_PERIOD.search(own_left[-90:])
        return f"dated {dated.group('y')}" if dated else None
    _pos, label, m = min(found, key=lambda item: item[0])
    rank = ordinal_rank(m.groupdict().get("o") or "")
    k = m.groupdict().get("k") or (str(rank) if rank else None) or ("last" if m.groupdict().get("last") else None)
    return f"renewal {k}" if label == "renewal" and k else label


_LOT_NUMBERED = re.compile(r"\blots?\b[^\n\d]{0,12}\d", re.IGNORECASE)


def every_lot_before(scan: Scanner, start: int) -> bool:
    """The sentence before the figure at `start` says « every lot » after the last lot it names (« … 320 000 € HT
    pour le lot 2, soit pour l'ensemble des deux lots de la consultation … un montant maximum de 1 520 000 € HT »)."""
    before = scan.low[sentence_start(scan, start):start]
    every = [m.start() for m in ALL_LOTS.finditer(before)]
    marks = [m.start() for m in _LOT_NUMBERED.finditer(before)]
    return bool(every) and (not marks or every[-1] > marks[-1])


# the next article's heading: what follows it is no longer about the figure (« … 120 000 €\nArticle 4 - Durée …
# reconductible tacitement trois fois par période d'un an »)
_NEXT_ARTICLE = re.compile(r"\n[ \t]*(?:article|art\.|chapitre|titre)\s*\d")


def until_next_article(after: str) -> str:
    """The words after a figure, up to the next article's heading."""
    m = _NEXT_ARTICLE.search(after)
    return after[:m.start()] if m else after
