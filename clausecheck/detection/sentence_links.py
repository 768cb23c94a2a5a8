"""How a sentence links to what stands before it: pointing back at the sentence before (« Cette information … », « le
présent marché n'en comporte pas »), a pronoun saying what it named was not kept (« Ils n'ont pas été retenus »), or
speaking of the part it stands in (« Ce chapitre n'est pas noté »). Read by the role reader's denials (detection/roles.py)."""

from __future__ import annotations

import re

# a sentence that opens by pointing back at the one before: « Cette information, … », « Ces éléments, … »
# what points back at the sentence before: « Cette information … », « … ces critères n'ont finalement pas été retenus »
POINTS_BACK = re.compile(r"\b(?:cette information|ces informations|cet element|ces elements|ces donnees|ces mentions|"
                          r"(?:le present|ce) (?:preambule|paragraphe|expose)|(?:ce|ces|cette) (?:criteres?|clauses?)|"
                          r"(?:la presente|cette) mention|(?:ce|ces) (?:points?|aspects?|propositions?|engagements?|documents?)|"
                          r"(?:cette|ces) pieces?)\b"
                          # (« … recourir davantage aux clauses sociales ; le présent marché n'en comporte pas »)
                          r"|\b(?:le present (?:marche|contrat|accord-cadre)|la presente consultation|ce marche|cet accord-cadre"
                          r"|le marche) n['’]\s?en\b")
# ... or a pronoun that opens it, saying what the sentence before named was not kept: « … a envisagé un critère relatif à
# l'insertion professionnelle … Ils n'ont pas été retenus », « … avait été envisagé ; il n'a pas été retenu »
# what was not kept: « retenu », « repris », « reconduit », « maintenu » (folded text)
NOT_KEPT = r"(?:retenue?s?|reprise?s?|reconduite?s?|maintenue?s?|conservee?s?)"
NOT_KEPT_BY_PRONOUN = re.compile(r"\s*(?:ils|elles|il|elle)\s+(?:(?:n['’]\s?(?:a|ont|est)|ne\s+(?:sont|seront|sera))\s+"
                                  r"(?:\w+\s+)?pas\s+(?:ete\s+)?" + NOT_KEPT + r"\b"
                                  # (« … sera introduite lors du prochain renouvellement ; elle ne s'applique pas au présent
                                  # contrat »)
                                  r"|ne\s+s['’]\s?applique(?:nt|ra|ront)?\s+pas\b)")
# a sentence that speaks of the part it stands in: « Ce chapitre … », « Cette partie … », « Le présent article … »
THIS_PART = re.compile(r"\s*(?:ce|cet|cette|le\s+present|la\s+presente)\s+(?:chapitre|partie|article|point|volet|section|"
                        r"paragraphe|cadre|rubrique)\b")
