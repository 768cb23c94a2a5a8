"""The words that say how a contract is divided (read by allotment.py): a form's answer on the division, a statement
that it is not divided, a count of lots, the mark of a lot, one lot of a divided contract, a reason for not dividing
(L2113-11)."""

from __future__ import annotations

import re

from clausecheck.patterns import (
    CURRENCY,
    LOT_AGAIN,
    LOT_PLAIN_ON_LINE,
    LOTS,
    NOT_A_LOT_NUMBER,
    NUMBER_OF_LOTS,
    NUMERO,
    NUMERO_OPT,
)

# A technical piece's « quatre lots techniques » (CVC, plomberie…) are work packages of its description, no
# lots of the contract; an RC's « réparties en quatre lots techniques, attribués séparément » are lots
TECHNICAL_LOTS_RE = re.compile(r"\s+techniques\b", re.IGNORECASE)
TECHNICAL_PIECES = ("CCTP",)
LOT_COUNT_WORD = r"(?:\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt)"

# A form's field on the division and its answer, whatever the form calls it: « Ce marché est divisé en lots :
# oui », « Division en lots : non », « Décomposition en lots : Non. », « … divisé en lots ? Non. » (a form's question
# answered on its line), « Allotissement : sans objet – marché
# unique », « Allotissement : 11 lots », « This contract is divided into lots: no », « Marché alloti : Non ».
FORM_RE = re.compile(
    r"\b(?:divis[ée]+s?|division|d[ée]compos[ée]+s?|d[ée]composition|r[ée]partition|d[ée]volution)\s+en\s+lots"
    r"(?:\s+s[ée]par[ée]s)?\s*[:?]?\s*(?P<yn>oui|non)\b"
    r"|\ballotissement\s*:\s*(?:(?P<yn2>oui|non|sans\s+objet)\b|(?P<n2>" + LOT_COUNT_WORD + r")\s+lots\b)"
    r"|\bdivided\s+into\s+lots\s*[:?]?\s*(?P<yn3>yes|no)\b"
    # « Marché alloti : Non », « Alloti : oui », a form laid out without its colon (« Marché alloti Non »)
    r"|\b(?:march[ée]\s+)?alloti(?:\s*:\s*|[ \t]+)(?P<yn4>oui|non)\b"
    # a notice's field « Lots : non. » (its own line or sentence, after its number: « II.1.6) Lots : non. »)
    r"|(?:^|(?<=[\n.]) ?)(?:[IV]{1,3}\.\d{1,2}(?:\.\d{1,2})?\)?\s*)?lots\s*:\s*(?P<yn5>oui|non)\b",
    re.IGNORECASE,
)
FORM_ANSWER = {"oui": "oui", "yes": "oui", "non": "non", "no": "non", "sans objet": "non"}
NEG_RE = re.compile(
    # (« Lot unique : Intitulé » labels a notice's section; lots « fusionnés en un lot unique n° 3 » leave others)
    r"\b(?:(?:un|en)\s+)lot\s+unique\b(?!\s*(?:" + NUMERO + r"|\d))|\blot\s+unique\b(?!\s*(?::|" + NUMERO + r"|\d))"
    r"|\bn['’]\s?(?:est|a)\s+pas\s+(?:été\s+)?(?:alloti|divis[ée]+\s+en\s+lots|d[ée]compos[ée]+\s+en\s+lots)"
    r"|\bne\s+(?:sera|seront|sont|est)\s+pas\s+(?:allotie?s?|(?:divis|d[ée]compos)[ée]+e?s?\s+en\s+lots)"
    r"|\bnon[\s-]+alloti"
    r"|\b(?:pas|aucune?)\s+(?:(?:n['’]est\s+)?prévu[e]?\s+)?(?:de\s+|d['’]\s?)?(?:d[ée]composition\s+en\s+lots|allotissement)\b"
    r"|\bn['’]\s?est\s+pas\s+prévu\s+de\s+(?:d[ée]composition\s+en\s+lots|lots\b)"
    r"|\bne\s+comporte\s+(?:pas\s+(?:de\s+|d['’]\s?)|aucun\s+)(?:lots?\b|allotissement)"
    r"|\bne\s+(?:fait|fera|faisant|peut|pourra|pouvant)\s+(?:donc\s+)?pas\s+(?:faire\s+)?l['’]\s?objet\s+d['’]\s?(?:un\s+allotissement|une\s+d[ée]composition\s+en\s+lots|un\s+d[ée]coupage\s+en\s+lots|lots?\b)"
    r"|\bn['’]\s?est\s+pas\s+(?:d[ée]coup[ée]+|scind[ée]+)\s+en\s+lots"
    r"|\bsans\s+allotissement|\babsence\s+d['’]\s?allotissement|\bpas\s+d['’]\s?allotissement"
    r"|\bpas\s+(?:été\s+)?alloti"
    # the division weighed and set aside: « l'allotissement n'a pas été retenu », « … n'est pas possible »
    r"|\ballotissement\s+(?:n['’]\s?(?:a|est)|ne\s+(?:sera|serait|peut|pouvait))\s+pas\s+(?:été\s+|être\s+)?"
    r"(?:retenu|possible|envisag|pertinent|justifi|opportun|adapt)"
    r"|\bmarch[ée]\s+(?:global|unique)\s+(?:non\s+alloti|sans\s+lot)"
    # in English: « This framework agreement is not allotted », « … is not divided into lots »
    r"|\b(?:is|are|will)\s+not\s+(?:be\s+)?(?:allotted|divided\s+into\s+lots)|\bdecided\s+not\s+to\s+(?:allot|divide)\b",
    re.IGNORECASE,
)
# one general contractor for all the works, said without the word « lot »: « les travaux sont dévolus en
# entreprise générale »
GENERAL_CONTRACTOR_RE = re.compile(r"\b(?:d[ée]volu|confi)[ée]?e?s?\s+(?:en|à\s+une)\s+entreprise\s+g[ée]n[ée]rale",
                                   re.IGNORECASE)
GENERAL_ANCHOR = re.compile(r"entreprise\s+g")
COUNT_RE = re.compile(
    r"\b(?:divis[ée]+s?|d[ée]compos[ée]+s?|r[ée]parti[e]?s?|scind[ée]+s?|allotie?s?|structur[ée]+s?|organis[ée]+s?|"
    r"compos[ée]+s?|comport(?:e|ant|ent)|comprend|comprenant|constitu[ée]+s?|passés?)\s+"
    # « comporte donc désormais 4 lots », « ne comporte plus que sept lots »
    r"(?:(?:d[ée]sormais|dor[ée]navant|donc|ainsi|plus\s+que|\w+ment)\s+){0,2}(?:en|de|d['’])?\s*"
    r"(?P<n>" + LOT_COUNT_WORD + r")(?:\s*\(\d{1,3}\))?\s+lots?(?:\s?\(s\))?(?!\w)"
    r"|\b(?P<n2>" + LOT_COUNT_WORD + r")\s+lots\s+(?:séparés|distincts|techniques)"
    r"|\b" + NUMBER_OF_LOTS + r"(?P<n3>\d{1,3})\b"
    r"|\((?P<n4>" + LOT_COUNT_WORD + r")\s+lots\)"
    r"|\b(?:concerne|porte\s+sur|pour\s+les)\s+(?P<n5>" + LOT_COUNT_WORD + r")\s+lots\b"
    r"|\bdivided\s+into\s+(?P<n6>\d{1,3})\s+lots?\b"
    r"|\ben\s+(?P<n7>" + LOT_COUNT_WORD + r")(?:\s*\(\d{1,3}\))?\s+lots\b"
    r"|\bentre\s+les\s+(?P<n8>" + LOT_COUNT_WORD + r")\s+lots\b"
    # « Lot 1 sur 2 », « Lot n° 4 (sur 5) », « LOT N° 2 (sur trois lots) »
    r"|\blot\s*" + NUMERO_OPT + r"\d{1,3}\s+\(?(?:sur|of)\s+(?P<n9>" + LOT_COUNT_WORD + r")(?:\s+lots)?\b"
    # « Le présent CCAP est commun aux deux lots »; « Division en lots : oui, 4 lots »
    r"|\bcommune?s?\s+aux\s+(?P<n10>" + LOT_COUNT_WORD + r")\s+lots\b"
    # what applies to every lot, counted: « Les présentes prescriptions s'appliquent aux deux lots », « chacun des trois lots »
    r"|\b(?:s['’]\s?appliqu(?:e|ent)|valent|vaut|applicables?)\s+(?:à|a|aux|pour)\s+(?:(?:chacun|l['’]ensemble)\s+des\s+|tous\s+les\s+)?"
    r"(?P<n12>" + LOT_COUNT_WORD + r")\s+lots\b"
    r"|\bchacun\s+des\s+(?P<n13>" + LOT_COUNT_WORD + r")\s+lots\b"
    r"|\ben\s+lots\s*:?\s*oui\s*[,(–-]\s*(?P<n11>" + LOT_COUNT_WORD + r")\s+lots\b"
    # one lot, then how many there are: « le lot 04 de l'opération, qui en compte 11 », « l'un des six lots »
    r"|\blots?\b[^.;\n]{0,50}?,\s*qui\s+en\s+(?:compte|comporte|comprend)\s+(?P<n14>" + LOT_COUNT_WORD + r")\b"
    r"|\bl['’]\s?un\s+des\s+(?P<n15>" + LOT_COUNT_WORD + r")\s+lots\b",
    re.IGNORECASE,
)
POS_RE = re.compile(
    r"\bmarch[ée]\s+alloti\b(?!\s*:?\s*non\b)|\blots\s+séparés\b(?!\s*:\s*non)|\best\s+alloti\b|\ballotissement\s+en\s+\w+\s+lots"
    r"|\bchaque\s+lot\b(?!\s+de\s+(?:fabrication|production|livraison|\d)|\s+techniques?\b)|\bpour\s+(?:un|plusieurs|l['’]ensemble)\s+(?:ou\s+plusieurs\s+)?(?:des\s+)?lots\b"
    # in English: « … is divided into lots as follows », « … for each lot »
    r"|\bdivided\s+into\s+lots\b(?!\s*:?\s*no\b)|\b(?:for|of)\s+each\s+lot\b",
    re.IGNORECASE,
)
# « Lot nº : 3 », « Lot n°3 : », « Lot(s) 5. », « lot no1 - », « LOT N°01: », « Lot nº: Lot 12 »
LOT_MARK_RE = re.compile(
    r"(?:\b|(?<=[a-z])(?-i:(?=L)))lot(?:\(s\))?\s*(?:" + NUMERO + r"\.?|num[ée]ro|no\.?|n\.)\s*:?\s*" + LOT_AGAIN
    + r"(?P<num>\d{1,3})(?!\d|[.,]\d|\s?%|\s?(?:€|euros?))"
    r"|\blot\(s\)\s*(?P<num2>\d{1,3})\s*[.\-]"
    r"|(?:^|(?<=\n)|(?<=[:;.|«] ))\s*(?:[-•*–]\s*)?" + LOT_PLAIN_ON_LINE + r"(?P<num3>\d{1,3})[ \t]*[:\-–—.|]"
    r"|(?-i:\bLOT-0*(?P<num4>[1-9]\d{0,3})\b)"
    # « Lot » alone at a line's end and its number opening the next (a PDF's line break): « Lot\n3 – Élagage »
    r"|(?:^|(?<=\n))[ \t]*lot[ \t]*\n[ \t]*(?P<num6>\d{1,3})[ \t]*(?=\n|[:\-–—.|])"
    # lots listed in a sentence, each opening its item: « Allotissement : oui. Lot 1 gros œuvre - ravalement ; lot 2
    # isolation thermique par l'extérieur ; … »
    r"|(?:(?<=[;.] )|(?<=[;.:] [-•–] ))" + LOT_PLAIN_ON_LINE + r"(?P<num8>\d{1,3})[ \t]+(?=[^\W\d_]{3,})(?!(?:et|ou|à|a|au|aux|sur|of)\b)"
    # a lot named in brackets after what it buys: « la collecte des encombrants (lot 1) et des déchets verts (lot 2) »
    r"|(?<=\()" + LOT_PLAIN_ON_LINE + r"(?P<num9>\d{1,3})(?=\))"
    # a piece's title that ends with its lot, or a line of its own: « BORDEREAU DES PRIX UNITAIRES - LOT 1 », « CCTP - LOT 2 »
    r"|(?:(?:^|(?<=\n))[ \t]*|(?<=\S [-–—] ))" + LOT_PLAIN_ON_LINE + r"(?P<num7>\d{1,3})[ \t]*(?=\n|$|\()"
    # lots numbered in capital Roman numerals at a line's start: « Lot II : Location du linge plat »
    r"|(?:^|(?<=\n))[ \t]*(?:[-•*–][ \t]*)?" + LOT_PLAIN_ON_LINE
    + r"(?-i:(?P<roman>X|IX|IV|V?I{1,3}|V|VI{1,3}))(?!\w)[ \t]*[:\-–—.|]"
    # a row of a lots table rendered as text, with no separator after the number: « Lot 1 Gros œuvre 250 000 € »
    r"|(?:^|(?<=\n))[ \t]*(?:[-•*–][ \t]*)?" + LOT_PLAIN_ON_LINE
    + r"(?P<num5>\d{1,3})(?=[ \t]+[^\W\d][^\n]{0,120}?\d[ \t]?" + CURRENCY + r")",
    re.IGNORECASE,
)
# One lot of a divided contract: « relance du lot n°2 », « concerne uniquement le lot 3 »
ONE_LOT_RE = re.compile(
    r"\b(?:relance\s+(?:du|des)|concerne\s+(?:uniquement\s+|seulement\s+)?(?:le|les)|uniquement\s+(?:le|les)|"
    r"relance\s+pour\s+le)\s+" + LOTS + r"\d"
    # the piece speaks of its own lot: « le présent lot est réservé », « this lot is reserved for … »
    r"|\ble\s+pr[ée]sent\s+lot\b|\bthis\s+lot\b",
    re.IGNORECASE,
)
# « lots 1 à 5 », « lots nº 1 à 12 »: a range from the first lot gives the number of lots
LOT_RANGE_RE = re.compile(r"\blots\s*" + NUMERO_OPT + r"0?1\s*(?:à|a|-)\s*" + LOT_AGAIN + r"(?P<n>\d{1,3})\b" + NOT_A_LOT_NUMBER,
                          re.IGNORECASE)
SINGLE_LOT_RE = re.compile(r"\b(?:qu['’]\s?)?un\s+seul\s+lot\b", re.IGNORECASE)
# « donne lieu à un marché unique », « font l'objet d'un marché unique », « les prestations forment un marché unique »
# (not the EU single market)
UNIQUE_CONTRACT_RE = re.compile(r"\bun\s+march[ée]\s+unique\b(?!\s+europ)", re.IGNORECASE)
# TED/BOAMP form lines, one per lot section: « Lot nº : 3 », « Lot nº: D1 », « Lot nº : 1.2 »
NOTICE_LOT_RE = re.compile(r"\bLot\s*" + NUMERO + r"\s?:\s*" + LOT_AGAIN + r"(?P<id>[A-Za-z]{0,3}\s?\d{1,3}(?:\.\d{1,2})?)\b",
                           re.IGNORECASE)
REASON_CUE_RE = re.compile(
    r"\b(?:car|en\s+raison|du\s+fait|compte\s+tenu|afin|justifi|motiv|parce|dans\s+la\s+mesure|L\.?\s?2113-11|"
    r"R\.?\s?2113-[23]|ne\s+permet(?:tant)?\s+pas|techniquement|coordination|prestations\s+distinctes|"
    r"difficile|onéreuse|cohérence|indissociable|homogène)",
    re.IGNORECASE,
)
