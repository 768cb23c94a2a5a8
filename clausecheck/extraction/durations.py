"""Durations and renewals of a contract: initial period, total duration, number of renewals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from clausecheck.extraction.facts import DATE_RE, parse_date
from clausecheck.extraction.numbers import small_number
from clausecheck.extraction.textscan import Scanner
from clausecheck.patterns import NUMBER_WORD, WHOLE_TERM

# durations and renewals (on lower-cased text)
DURATION_UNIT = r"(?P<u>ans?|années?|mois)"


TOTAL_DURATION_RE = re.compile(
    r"(?:" + WHOLE_TERM +
    # « durée maximale de reconduction de 2 ans » is the renewals' length, not the whole duration
    r"(?!\s+(?:de\s+(?:la\s+|des?\s+)?)?(?:reconduction|renouvellement|prolongation))(?:\s+(?:du\s+contrat|du\s+march[ée]|de\s+l['’]accord[- ]cadre))?)"
    r"[^.]{0,40}?\b(?P<n>" + NUMBER_WORD + r")\s*(?:\(\d+\)\s*)?" + DURATION_UNIT + r"(?:\s+et\s+(?P<n2>\d{1,3})\s+mois)?"
    r"|ne\s+pourra\s+(?:donc\s+)?(?:pas\s+)?exc[ée]der\s+(?P<n3>" + NUMBER_WORD + r")\s*(?:\(\d+\)\s*)?(?P<u3>ans?|ann[ée]es?|mois)"
    # renewals bounded by the whole length: « reconductible par période de 12 mois dans la limite de 48 mois »,
    # « … sans excéder 48 mois au total », « … sans que sa durée totale puisse excéder quatre ans »
    r"|(?:recondu|renouvel)[^.]{0,120}?(?:dans\s+la\s+limite\s+(?:d['’]une\s+dur[ée]e\s+(?:(?:totale|maximale|globale)\s+)?)?"
    r"(?:de\s+|d['’])|sans\s+(?:pouvoir\s+)?(?:exc[ée]der|d[ée]passer)\s+|sans\s+que\s+(?:la|sa)\s+dur[ée]e\s+(?:totale\s+|globale\s+)?"
    r"(?:ne\s+)?(?:puisse|puissent)\s+(?:exc[ée]der|d[ée]passer)\s+)"
    r"(?P<n4>" + NUMBER_WORD + r")\s*(?:\(\d+\)\s*)?(?P<u4>ans?|ann[ée]es?|mois)\b"
    # in English: « the total duration may not exceed 48 months », « maximum duration: 4 years »
    r"|(?:total|overall|maximum)\s+duration[^.]{0,40}?\b(?P<n5>\d{1,3})\s*(?P<u5>years?|months?)\b"
)


INITIAL_DURATION_RE = re.compile(
    # a form's field: « Durée en mois : 36 », « Durée du marché (en mois) : 12 »
    r"(?:dur[ée]e(?:\s+du\s+march[ée]|\s+de\s+l['’]accord[- ]cadre|\s+du\s+contrat)?\s*\(?\s*en\s+mois\s*\)?|duration\s+in\s+months)\s*:\s*(?P<m>\d{1,3})"
    # the firm period is the initial one: « durée ferme de trois ans », « deux ans fermes »
    r"|(?P<firm>" + NUMBER_WORD + r")\s*(?:\(\d+\)\s*)?(?P<fu>ans|ann[ée]es|mois)\s+fermes\b"
    r"|(?:dur[ée]e\s+(?:initiale\s+|ferme\s+)?(?:du\s+march[ée]|de\s+l['’]accord[- ]cadre|du\s+contrat)?\s*:?\s*"
    r"(?:(?:est|sera)\s+(?:fix[ée]e\s+à\s+|de\s+|d['’])|de\s+)?|p[ée]riode\s+initiale\s+(?:(?:est|sera)\s+(?:fix[ée]e\s+à\s+)?)?(?:de\s+|d['’])|"
    r"conclu(?:e)?\s+pour\s+(?:une\s+(?:premi[èe]re\s+)?(?:dur[ée]e|p[ée]riode)\s+(?:initiale\s+|ferme\s+)?(?:de\s+|d['’]))?|pour\s+une\s+dur[ée]e\s+(?:initiale\s+|ferme\s+)?(?:de\s+|d['’])|"
    # a works contract gives its length as « le délai global d'exécution des travaux est de quatorze (14) mois »
    # (never « le délai d'exécution de chaque bon de commande »)
    r"d[ée]lai\s+(?:global\s+)?d['’]ex[ée]cution(?:\s+(?:global|des\s+travaux|des\s+prestations|du\s+march[ée]|du\s+contrat))?"
    r"\s*:?\s*(?:(?:est|sera)\s+(?:fix[ée]\s+à\s+|de\s+|d['’])|de\s+)?"
    # a notice in English: « concluded for 4 years », « awarded for a period of 24 months »
    r"|(?:concluded|awarded|entered\s+into)\s+for\s+(?:a\s+(?:period|term|duration)\s+of\s+)?)"
    r"(?P<n>" + NUMBER_WORD + r")\s*(?:\(\d+\)\s*)?(?P<u>ans?|ann[ée]es?|mois|years?|months?)\b"
)


RENEWALS_RE = re.compile(
    r"nombre\s+de\s+(?:p[ée]riodes\s+de\s+)?reconductions?(?:\s+(?:[ée]ventuelles|possibles|pr[ée]vues|maximum))?\s*(?::|(?:est\s+)?fix[ée]\s+à)\s*(?P<n>" + NUMBER_WORD + r")\b"
    # a word of renewal (any form, typos after its stem: « reconductibe ») and, in its sentence, how many times:
    # « reconductible deux fois », « recon-ductible par période annuelle, trois fois au plus »
    r"|\b(?:recondu|renouvel)\w*[^.]{0,120}?\b(?P<n5>" + NUMBER_WORD + r")\s*(?:\(\d+\)\s*)?(?:fois|reprises|au\s+plus\b|au\s+maximum\b)"
    r"|renewed\s+(?P<n8>\d{1,2}|once|twice|three|four|five)\s*(?:times\b)?"
    # a notice's field: eForms « Renouvellement maximal : 3 », « Maximum renewals: 3 »
    r"|renouvellements?\s+maxima(?:l|ux)\s*:\s*(?P<n9>\d{1,2})\b|maximum\s+(?:number\s+of\s+)?renewals?\s*:\s*(?P<n10>\d{1,2})\b"
    r"|dur[ée]e\s+maximale\s+de\s+reconduction\s+de\s+(?P<n6>" + NUMBER_WORD + r")\s*(?:\(\d+\)\s*)?(?P<u6>ans?|ann[ée]es?)"
    # « deux périodes optionnelles d'un an », « une période de reconduction de 2 ans »
    r"|(?P<n7>" + NUMBER_WORD + r")\s*(?:\(\d+\)\s*)?(?:reconductions|p[ée]riodes?\s+(?:de\s+reconduction|optionnelles?))"
    r"|(?P<one>(?:une\s+)?reconduction\s+unique|une\s+seule\s+reconduction|"
    # « une reconduction de dix-huit mois »
    r"\bune\s+reconduction\s+(?:d['’]\s?une\s+dur[ée]e\s+)?de\s+" + NUMBER_WORD + r"\s*(?:\(\d+\)\s*)?(?:mois|ans?|ann[ée]es?)\b|(?:reconductible|renouvelable|reconduite?|renouvel[ée]e?)s?\s+"
    r"(?:(?:tacitement|express[ée]ment|par\s+tacite\s+reconduction)\s+)?une\s+seule\s+fois|reconduction\s*\(\s*une\s+seule"
    r"|n['’]\s?est\s+(?:reconductible|renouvelable)\s+qu['’]\s?une\s+(?:seule\s+)?fois)"  # « n'est reconductible qu'une fois »
    r"|(?P<none>non\s+reconductible|sans\s+reconduction|reconduction\s*:\s*non|n['’]est\s+pas\s+(?:reconductible|renouvelable)"
    r"|ne\s+(?:sera|pourra|peut)\s+pas\s+(?:être\s+)?(?:reconduit|renouvel)|subject\s+to\s+renewal\s*:\s*no\b)"
)


# the length of each renewal: « reconduit par période successive de 1 an », « reconductible par périodes de 12 mois »,
# « reconduit deux fois pour une durée de 12 mois chacune », « une reconduction unique, d'une durée de six mois »
RENEWAL_PERIOD_RE = re.compile(
    r"(?:recondu|renouvel)[^.]{0,80}?\b(?:par|pour|d['’])\s*(?:une\s+)?(?:p[ée]riodes?|dur[ée]e)\s+(?:successives?\s+)?"
    r"(?:de\s+|d['’])(?P<n>" + NUMBER_WORD + r")\s*(?:\(\d+\)\s*)?(?P<u>ans?|ann[ée]es?|mois)\b"
    # the length said as the renewal's own span: « reconductible une fois pour une année civile (2029) »
    r"|(?:recondu|renouvel)[^.]{0,40}?\bpour\s+(?P<n2>une?|" + NUMBER_WORD + r")\s+(?:nouvelles?\s+|seule\s+)?"
    r"(?P<u2>ans?|ann[ée]es?|mois)\b"
    r"|reconductions?\s+(?:d['’]\s?une\s+dur[ée]e\s+)?de\s+(?P<n3>" + NUMBER_WORD + r")\s*(?:\(\d+\)\s*)?(?P<u3>ans?|ann[ée]es?|mois)\b"
)


@dataclass(slots=True)
class Durations:
    initial_months: float | None = None
    total_months: float | None = None
    renewals: int | None = None
    renewal_months: float | None = None  # the length of each renewal, when said
    spans: list[tuple[int, int]] = field(default_factory=list)

    def periods(self) -> int | None:
        if self.renewals is not None:
            return 1 + self.renewals
        if self.total_months and self.initial_months:
            ratio = self.total_months / self.initial_months
            if abs(ratio - round(ratio)) < 0.01 and 1 <= ratio <= 10:
                return round(ratio)
        return None

    def total_years(self) -> float | None:
        if self.total_months:
            return self.total_months / 12
        if self.initial_months and self.renewals is not None:
            return (self.initial_months + self.renewals * (self.renewal_months or self.initial_months)) / 12
        if self.initial_months and self.renewals is None:
            return self.initial_months / 12
        return None


_RENEWAL_WORD = re.compile(r"\b(?:recondu|renouvel)\w*")
# the contract's term as two dates: « Le marché est exécuté du 1er septembre 2027 au 31 août 2030 », said of the
# contract (not a visit's or a school year's dates elsewhere in the text)
_FROM = re.compile(r"\bdu\s+")
_TO = re.compile(r"\s+(?:au|jusqu['’]\s?au)\s+")
_TERM_WORDS = re.compile(r"dur[ée]e|ex[ée]cut|conclu|couvre|march[ée]|accord[- ]cadre|contrat")
_TERM_CONTEXT = 100  # characters before the first date where the sentence names the contract or its term


def _date_range(scan: Scanner) -> tuple[float, tuple[int, int]] | None:
    """The months between two dates that bound the contract's term, and where they are said."""
    low = scan.low
    for m in _FROM.finditer(low):
        first = DATE_RE.match(low, m.end())
        to = _TO.match(low, first.end()) if first else None
        last = DATE_RE.match(low, to.end()) if to else None
        if first is None or last is None:
            continue
        before = low[max(0, m.start() - _TERM_CONTEXT):m.start()]
        if not _TERM_WORDS.search(before.rsplit(".", 1)[-1]):
            continue
        a, b = parse_date(first.group()), parse_date(last.group())
        if a is None or b is None or b <= a:
            continue
        months = round(((b - a).days + 1) / 30.44)
        if 6 <= months <= 120:
            return float(months), (m.start(), last.end())
    return None



def _from_last_renewal_word(low: str, match: re.Match[str]) -> tuple[int, int]:
    """The evidence of a count of renewals from the renewal word nearest the count: « reconduit 1 fois », not
    the heading « Reconduction » above it."""
    words = [w.start() for w in _RENEWAL_WORD.finditer(low, match.start(), match.start("n5"))]
    return (words[-1] if words else match.start()), match.end()


_ENGLISH_TIMES = {"once": 1, "twice": 2, "three": 3, "four": 4, "five": 5}


def months_of(n: str | None, unit: str | None) -> float | None:
    value = small_number(n or "")
    if value is None:
        return None
    return float(value) * (1 if (unit or "").startswith(("mois", "month")) else 12)


# Every branch starts with a letter, its word boundary checked after it (« c(?<=\bc)onclu »): the regex engine then
# skips straight to the letters that can start a match, four times faster over a whole dossier than with « \bconclu »
A_DURATION = re.compile(r"dur[ée]e|c(?<=\bc)onclue?s?\s+pour\b|p[ée]riode|recondu|renouvel|exc[ée]der|d[ée]lai|fermes?\b"
                        r"|duration|renew|c(?<=\bc)oncluded\s+for\b|a(?<=\ba)warded\s+for\b")


def iter_near_durations(scan: Scanner, pattern: re.Pattern[str], before: int, after: int):
    last = -1
    for s, e in scan.windows(A_DURATION, before, after):
        for m in pattern.finditer(scan.low, s, e):
            if m.start() >= last:
                last = m.end()
                yield m


def read_durations(scan: Scanner) -> Durations:
    d = Durations()
    for m in iter_near_durations(scan, TOTAL_DURATION_RE, 90, 110):
        if m.group("n5"):
            months = months_of(m.group("n5"), m.group("u5"))
        elif m.group("n3"):
            months = months_of(m.group("n3"), m.group("u3"))
        elif m.group("n4"):
            months = months_of(m.group("n4"), m.group("u4"))
        else:
            months = months_of(m.group("n"), m.group("u"))
            if months is not None and m.group("n2"):
                months += float(m.group("n2"))
        if months and 1 <= months <= 240:
            d.total_months = months
            d.spans.append(m.span())
            break
    generic: tuple[float, tuple[int, int], bool] | None = None  # (months, span, from a form's « Durée en mois »)
    for m in iter_near_durations(scan, INITIAL_DURATION_RE, 90, 110):
        if m.group("m"):
            months = float(m.group("m"))
        elif m.group("firm"):
            months = months_of(m.group("firm"), m.group("fu"))
        else:
            months = months_of(m.group("n"), m.group("u"))
        if not months or not 1 <= months <= 240:
            continue
        if re.search(r"initial|ferme|premi[èe]re", m.group()):
            d.initial_months = months
            d.spans.append(m.span())
            break
        if generic is None:
            generic = (months, m.span(), bool(m.group("m")))
    for m in iter_near_durations(scan, RENEWALS_RE, 90, 110):
        if m.group("none") or m.group("one"):
            d.renewals = 0 if m.group("none") else 1
            d.spans.append(m.span())
            break
        raw = next((g for g in (m.group("n"), m.group("n5"), m.group("n6"), m.group("n7"), m.group("n8"),
                                m.group("n9"), m.group("n10")) if g), None)
        n = _ENGLISH_TIMES.get(raw or "") or small_number(raw or "")
        if n is None or n > 10:
            continue
        if m.group("n6"):
            # « durée maximale de reconduction de 3 ans » with yearly periods
            period_months = d.initial_months or 12
            n = round(n * 12 / period_months) if period_months else n
        d.renewals = n
        d.spans.append(_from_last_renewal_word(scan.low, m) if m.group("n5") else m.span())
        break
    period = None
    if d.renewals:
        for m in iter_near_durations(scan, RENEWAL_PERIOD_RE, 90, 110):
            period = next(months_of(m.group(n), m.group(u)) for n, u in (("n", "u"), ("n2", "u2"), ("n3", "u3"))
                          if m.group(n))
            break
    d.renewal_months = period
    if d.initial_months is None and generic is None and d.total_months is None and (dated := _date_range(scan)):
        generic = (dated[0], dated[1], False)
    if d.initial_months is None and generic is not None:
        months, span, form = generic
        if form and d.renewals and d.total_months is None and period and period < months \
                and abs(period * (1 + d.renewals) - months) < 0.5:
            # « Durée en mois : 36 », renewed twice by periods of a year: the form's duration covers the renewals
            d.total_months = months
            d.initial_months = period
        elif d.renewals and months * (1 + d.renewals) > 120 and d.total_months is None:
            d.total_months = months  # a form's « durée » that already covers the renewals
        else:
            d.initial_months = months
        d.spans.append(span)
    return d
