"""The buyer's own estimate laid out as a price schedule: a DQE or a DPGF titled « Estimation du maître d'œuvre »,
its prices filled in, whose total line (« TOTAL GÉNÉRAL H.T. | 213 354,50 ») carries no currency — the euro is in a
column header, or nowhere. A price schedule's figures are otherwise a candidate's prices or a simulation of them
(« le montant du détail quantitatif estimatif » is no value of the contract): only its title says when it is the
buyer's estimate, so only a schedule with that title is read here."""

from __future__ import annotations

import re

from clausecheck.extraction.amount_candidates import Candidate
from clausecheck.extraction.numbers import parse_number
from clausecheck.extraction.textscan import Scanner

PRICE_SCHEDULES = ("BPU", "DPGF", "DQE")
# where a schedule's title and preamble run, before its table
_TITLE_REACH = 1200
# (lower-cased) « Estimation du maître d'œuvre », « DPGF - ESTIMATION DE LA MAITRISE D'ŒUVRE », « estimation de
# l'acheteur »: whose estimate it is, the buyer's side
_BUYERS_ESTIMATE = re.compile(
    r"\bestimation\s+(?:pr[ée]visionnelle\s+|d[ée]taill[ée]e\s+)?(?:de\s+la\s+|du\s+|de\s+l['’]\s?|des\s+)"
    r"(?:ma[iî]tr(?:e|ise)\s+d['’]\s?(?:œ|oe)uvre|moe\b|ma[iî]tr(?:e|ise)\s+d['’]\s?ouvrage|acheteur|"
    r"pouvoir\s+adjudicateur|administration|services?\s+techniques)", re.IGNORECASE)
# a total line before tax, its figure last on the line: « TOTAL GÉNÉRAL H.T. | 213 354,50 », « Total HT 450 000,00 »,
# « Montant total hors taxes : 96 400,00 € »
_TOTAL_LINE = re.compile(
    r"^[ \t|]*(?:montant\s+)?total\s+(?:g[ée]n[ée]ral\s+)?(?:de\s+l['’]\s?estimation\s+)?"
    r"(?:h\.?\s?t\.?|hors\s+(?:taxes?|tva))(?![\w.])[^\n\d]{0,30}?"
    r"(\d{1,3}(?:[ .\u202f\u00a0]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)[ \t]*(?:€|eur(?:os?)?)?[ \t|]*$",
    re.MULTILINE | re.IGNORECASE)
NOTE = "total HT d'un bordereau établi comme estimation de l'acheteur (« {title} »)"


def schedule_estimate(doc_type: str, scan: Scanner) -> Candidate | None:
    """The estimate a price schedule gives when its title says it is the buyer's: its general total before tax (the
    last total line, after any subtotals), or None."""
    if doc_type not in PRICE_SCHEDULES:
        return None
    low = scan.low
    title = _BUYERS_ESTIMATE.search(low, 0, min(len(low), _TITLE_REACH))
    if title is None:
        return None
    totals = list(_TOTAL_LINE.finditer(low, title.end()))
    if not totals:
        return None
    general = [m for m in totals if "général" in m.group() or "general" in m.group()]
    line = (general or totals)[-1]
    value = parse_number(line.group(1))
    if value is None or value <= 0:
        return None
    start, end = scan.span(*line.span(1))
    title_text = " ".join(scan.text[title.start():title.end()].split())
    return Candidate("estimated", value, value, start, end, "HT", None, True, NOTE.format(title=title_text))
