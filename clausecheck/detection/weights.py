"""The signs that a line of a criteria table weighs something: a percentage or points, a coefficient, a bare number in
its last cell. Read by the role reader (a weighed line is a criterion's row) and the passage model's step (in a piece
that prescribes, a criterion must weigh something)."""

from __future__ import annotations

import re

# a weight alone on the next line: the cell after a criterion's name in a table read one cell per line
WEIGHT_END = re.compile(r"\n[ \t]*(\d{1,3}(?:[,.]\d+)?[ \t]*(?:%|points?|pts))[ \t]*$")
WEIGHT_REST = re.compile(r"[ \t]*[-–][ \t]*(\d{1,3}(?:[,.]\d+)?[ \t]*(?:%|points?|pts))[ \t]*(?:\n|$)")
WEIGHT = re.compile(r"\d ?(?:%|points?\b|pts\b)")
WEIGHT_CELL = re.compile(r"\|[ \t]*\d{1,3}(?:[,.]\d{1,2})?[ \t]*$")  # a row's last cell, a bare weight (« A - Prix | 45 »)
WEIGHTED_ROW = re.compile(WEIGHT.pattern + r"|\bcoef(?:ficient)?\.? ?\d")  # a weight, or a coefficient
SCORED_PART = re.compile(WEIGHT.pattern + r"|\bnot[ée]e?\s+sur\s+\d")  # a weight, or « noté sur 20 »
WEIGHT_LINE = re.compile(r"[^\n]*\n[ \t]*(\d{1,3}(?:[,.]\d+)?[ \t]*(?:%|points?|pts))[ \t]*(?:\n|$)")
# a weight sign that is a percentage alone (« (7 %) »), and a share of the working hours (folded text): « 7 % des heures
# de main-d'oeuvre », « 5 % du nombre total d'heures »
BARE_PERCENT = re.compile(r"(?:\w\s)?[(|:\s-]*(\d{1,3}(?:[,.]\d+)?)\s?%[)|;.,:\s]*")
HOURS_SHARE = re.compile(r"(?<![\d,.])(\d{1,3}(?:[,.]\d+)?)\s?%\s+(?:des|du)\s+(?:heures|nombre\s+(?:total\s+)?d'\s?heures|"
                          r"volume\s+(?:total\s+)?d'\s?heures|temps\s+de\s+travail)")
