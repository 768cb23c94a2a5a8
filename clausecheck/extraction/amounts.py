"""Amounts: estimated value, maximum and minimum excluding VAT (HT), summed over lots and
multiplied out over renewals when the text states an annual or per-period figure.

Each figure is read with the words around it (amount_wording), placed in its part of the
contract (amount_scope) and multiplied out by the durations (durations); then one value of
each kind is chosen for the document."""

from __future__ import annotations

import re
from dataclasses import replace

from clausecheck.extraction.amount_candidates import (
    Candidate,
    Figure,
    Kind,
    OverTerm,
    Term,
    period_table_candidates,
    structured_candidates,
    table_candidates,
)
from clausecheck.extraction.amount_choice import (
    PERIODS_NOT_COUNTED,
    SPAN_NO_DURATION,
    YEARLY_NO_DURATION,
    AmountsResult,
    choose,
)
from clausecheck.extraction.amount_context import context_of, context_start, sentence_around, sentence_start
from clausecheck.extraction.amount_lists import item_label, list_head
from clausecheck.extraction.amount_periods import combine_periods, format_amount
from clausecheck.extraction.amount_scope import (
    LOT_AFTER,
    TRANCHE_AFTER,
    header_kind,
    is_bare_lot_row,
    lot_at,
    lot_before,
    lot_scopes,
    opened_by_a_row,
    opened_in_prose,
    other_matters,
    table_row_start,
    tranche_before,
    tranche_code,
)
from clausecheck.extraction.amount_wording import (
    ALL_LOTS,
    AMENDMENT,
    BREAKDOWN_FOLLOWS,
    CONTRACT_WIDE,
    DURING_YEARS,
    EACH_PERIOD,
    EACH_PERIOD_OPENS,
    ESTIMATE_WORDS,
    MAITRISE_OEUVRE,
    MAX_ESTIMATED,
    MAX_WORDS,
    MIN_MAX_PAIR,
    MIN_WORDS,
    NEXT_PART,
    PART_THEN_NEXT,
    PER_LOT_FOLLOWS,
    PER_PERIOD,
    PER_SPAN,
    PERIOD_INITIAL,
    PERIOD_RENEWAL,
    RESTATEMENT,
    TOTAL_ROW,
    WHOLE_DURATION,
    clause_left,
    clause_right,
    column_kind,
    column_tax,
    every_lot_before,
    kind_of,
    period_index,
    period_of,
    span_months,
    until_next_article,
)
from clausecheck.extraction.durations import read_durations
from clausecheck.extraction.lottable import LotTable
from clausecheck.extraction.numbers import find_amounts, small_number, vat_rate_stated
from clausecheck.extraction.period_table import read_period_tables
from clausecheck.extraction.replacements import CHANGED_TO, REPLACEMENT_LABEL, removed_lots
from clausecheck.extraction.schedule_estimate import PRICE_SCHEDULES, schedule_estimate
from clausecheck.extraction.textscan import EURO_ANCHOR, Scanner
from clausecheck.model import Document
from clausecheck.patterns import ANNUAL, CHANGE_VERB, CURRENCY, NUMERO_OPT, about_previous_contract, replaced_spans

# a figure changed: « porté de 70 000 € HT à 90 000 € HT », « passe de … à … »
# (the figure may be named between the verb and « de »: « porte le montant maximum du lot n° 3 de 90 000 € HT à … »)
# (in thousands or millions too: « porté de 1,2 M€ HT à 1,5 M€ HT »)
_CHANGED_FROM = re.compile(CHANGE_VERB + r"\s+(?:[^\n.;]{0,60}?\s)?de\s+"
                           r"[\d\s.,\u00a0\u202f]+(?:k|m)?\s*" + CURRENCY + r"?\s*(?:ht|h\.t\.)?$")
# a figure said to be the total of what came before it: « soit 65 000 € HT au total »
_IN_ALL = re.compile(r"^[\s,]*(?:(?:ht|h\.t\.?|hors\s+taxes?)\b[\s,]*)?(?:au\s+total|en\s+tout|pour\s+l['’]\s?ensemble\b)")
# between a list of periods and their total: « … 115 000 € HT pour la seconde, soit 335 000 € HT »
_SERIES_TOTAL = re.compile(r"^[^.;\d\n]{0,60}?,?\s*soit\s*(?:un\s+total\s+de\s+|au\s+total\s+)?$")
# between a period's two bounds on its line: « période initiale : minimum 8 000 € HT, maximum 70 000 € HT »
_OTHER_BOUND = re.compile(r"\s*" + CURRENCY + r"?\s*(?:ht|h\.t\.?|hors\s+taxes)?\s*[,;–-]?\s*(?:et\s+)?(?:(?:le|un)\s+)?"
                          r"(?:montant\s+)?(?:minimum|maximum|minimal|maximal|mini|maxi)\s*(?:de\s+|:\s*)?$")
# between two figures of one list, the next lot's label only: « … 80 000 € HT ; lot 2 : 70 000 € HT »
_NEXT_LOT = re.compile(r"\s*(?:€|euros?)?\s*(?:ht|h\.t\.?)?\s*[;,]\s*(?:et\s+)?(?:(?:le|pour\s+le)\s+)?lot\s*" + NUMERO_OPT
                       + r"\w{1,3}\s*(?:\([^)\n]{0,40}\)\s*)?:?\s*")
_BRACKET_NEXT = re.compile(r"[\s,]*(?:(?:ht|h\.t\.?|hors\s+taxes?)\s*)?\(")  # a restatement: « … hors taxes (1 600 000 € HT) »
# the line of a labelled item before its figure: « Période initiale (1er janvier – 31 décembre 2027) : »
_LABEL_ITEM = re.compile(r"[ \t]*(?:[-•*–][ \t]*)?[^\W\d][^.;:\n]{1,110}[:.…]+[ \t]*$")


ROW_NOTE = "ligne d'un tableau des lots"
YEARLY = Term("year")


def _opens_with_a_period(low: str, at: int) -> bool:
    """Does the line holding `at` open with a period's label (a list of periods, one a line)?"""
    line = REPLACEMENT_LABEL.sub("", low[low.rfind("\n", 0, at) + 1:at].lstrip(" \t-–•*"))
    return bool(PERIOD_INITIAL.match(line) or PERIOD_RENEWAL.match(line))


def _whole(cand: Candidate) -> bool:
    """Said to be given for the whole term (« pour toute la durée du marché »)."""
    return cand.term is not None and cand.term.per == "whole"


class AmountReader:
    """Reads every amount of a document in order, one statement at a time, and keeps the candidates.

    What a figure means often depends on the previous one (a pair « minimum / maximum », a
    restatement « soit … », a series « période 1, période 2 », the next lot of a list): the reader
    keeps that state, and each kind of statement has its own method."""

    def __init__(self, doc: Document, scan: Scanner, lot_positions: list[tuple[int, str]], divided: bool | None):
        self.scan = scan
        self.divided = divided
        # a price schedule lists unit prices (or a detail of quantities): its rows never give the value of a lot
        self.price_schedule = doc.doc_type in PRICE_SCHEDULES
        self.durations = read_durations(scan)
        self.doc_sections = doc.section_at if doc.sections else None
        self.years = self.durations.total_years()
        self.periods = self.durations.periods()
        self.scopes, self.other_matters = lot_scopes(lot_positions, scan.low), other_matters(doc)
        self.removed = set(removed_lots(scan.low))  # (a lot taken out of the consultation is given no figure after)
        self.moe = bool(MAITRISE_OEUVRE.search(scan.low[:30000]))
        self.cands: list[Candidate] = []
        # (kind, total, lot, period) of a figure read in the text; (kind, total, lot) of one read in the table of lots
        self.seen: set[tuple[str, float, str | None, str | None] | tuple[str, float, str | None]] = set()
        self.ttc_seen = False
        self.from_ttc: dict[int, tuple[float, float]] = {}  # where a figure was given with tax and its rate: (TTC, rate)
        self.prev_end = 0
        self.pair_next: str | None = None
        self.series: list[Candidate] = []
        self.series_kind: str | None = None
        self.last: tuple[int, str | None, str | None] = (-1, None, None)  # (end, kind, lot) of the previous amount
        self.last_cand: Candidate | None = None
        self.last_cand_end = -2
        self.sibling = False  # the figure being read took its kind from the previous lot's

    def multiply(self, value: float, annual: bool, per_period: bool) -> OverTerm:
        """A figure given per year or per period, over the whole duration, with how it was computed."""
        years, periods = self.years, self.periods
        if annual:
            if years and years > 1:
                return OverTerm(value * years, f"montant annuel × {years:g} ans (durée totale, reconductions comprises)",
                                YEARLY)
            if self.durations.renewals and periods and periods > 1 and not self.durations.initial_months:
                return OverTerm(value * periods, f"montant annuel × {periods} périodes d'un an (reconductions comprises)",
                                YEARLY)
            return OverTerm(value, YEARLY_NO_DURATION, Term("year", counted=False))
        if per_period and periods and periods > 1:
            return OverTerm(value * periods, f"montant par période × {periods} périodes (reconductions comprises)",
                            Term("period"))
        if per_period and self.durations.renewals is None:
            return OverTerm(value, PERIODS_NOT_COUNTED, Term("period", counted=False))
        return OverTerm(value)

    def read(self) -> None:
        scan = self.scan
        replaced = replaced_spans(scan.low)
        for s, e in scan.windows(EURO_ANCHOR, 60, 30):
            found = find_amounts(scan.text, s, e)
            for idx, a in enumerate(found):
                if any(lo <= a.start < hi for lo, hi in replaced):
                    continue  # a correction notice's replaced figure (« au lieu de : « … 200 000 euros HT » »)
                left, right = context_of(scan, a, self.prev_end)
                left_start = context_start(scan.low, a.start, max(self.prev_end, 0))
                self.prev_end = a.end
                rate = vat_rate_stated(scan.low, a.end) if a.tax == "TTC" else None
                if rate is not None:
                    # « 432 000 € TTC (TVA au taux normal de 20 %) »: the figure the rate said gives, before tax
                    self.from_ttc[a.start] = (a.value, rate)
                    a = replace(a, value=round(a.value / (1 + rate / 100), 2), tax="HT")
                elif a.tax == "TTC" or (a.tax is None and column_tax(scan, a) == "TTC"):
                    self.ttc_seen = True
                    self.pair_next = None
                    self.last = (a.end, kind_of(left, right), None)  # an HT figure restating it takes its kind
                    continue
                last_end = self.last[0]
                between = scan.low[last_end:a.start] if last_end >= 0 and a.start - last_end < 80 else None
                next_start = found[idx + 1].start if idx + 1 < len(found) else None
                self.read_figure(Figure(a, left, right, left_start, next_start, between))

    def read_figure(self, figure: Figure) -> None:
        a = figure.match
        self.sibling = False
        old = self.last_cand
        if old is not None and self.last_cand_end == self.last[0] and CHANGED_TO.match(figure.between or "x") \
                and _CHANGED_FROM.search(self.scan.low[max(0, self.last[0] - 80):self.last[0]]):
            # « … est porté de 70 000 € HT à 90 000 € HT »: the new figure replaces the old, kind, lot and period kept
            if old in self.cands:
                self.cands.remove(old)
            s0, e0 = self.scan.span(a.start, a.end)
            factor = old.total / old.value if old.value else 1.0
            changed = replace(old, value=a.value, total=a.value * factor, start=s0, end=e0, replaced=old.value,
                              note=f"porté de {format_amount(old.value)} à {format_amount(a.value)}"
                                   f"{' ; ' + old.note if old.note else ''}")
            self.cands.append(changed)
            self.last, self.last_cand, self.last_cand_end = (a.end, old.kind, old.lot), changed, a.end
            return
        kind = self.kind(figure)
        if kind.kind is None or a.value <= 0 or any(lo <= a.start < hi for lo, hi in self.other_matters) \
                or about_previous_contract(self.scan.low[sentence_start(self.scan, a.start):a.start]):
            self.last = (a.end, None, None)  # no kind, or what an earlier contract was worth
            return
        if self.moe and re.search(r"travaux", figure.left[-60:]) and kind.kind == "estimated":
            self.last = (a.end, None, None)  # a project manager's contract: the works' cost is not its value
            return
        own_left = clause_left(figure.left)
        own_right = clause_right(figure.right, figure.next_start, a.end)
        if re.search(r"(?:[^.]t|€|euros?|eur)\.$", self.scan.low[max(0, a.end - 6):a.end]):
            own_right = ""  # « … 300 000 € HT. Toutefois… » : the full stop read with « HT » ended the sentence
        own = own_left[-80:] + " " + own_right[:80]
        period = period_of(own_left, own_right)
        if period is None and old is not None and old.period is not None and old.kind != kind.kind \
                and self.last_cand_end == self.last[0] and _OTHER_BOUND.match(figure.between or "x") \
                and _opens_with_a_period(self.scan.low, a.start):
            period = old.period  # the line's period is both bounds': « - période initiale : minimum 8 000 € HT, maximum 70 000 € HT »
        if period == "initial" and EACH_PERIOD.search(own_right[:200]):
            period = None  # « … pour la période initiale ainsi que pour chacune des périodes de reconduction »: every period's
        if period is not None:
            total, note, term = a.value, "", None
        else:
            total, note, term = self.over_duration(figure, kind, own, own_right)
        lot, lotwide, _total_row = self.part(figure, kind, own, own_right)
        self.last = (a.end, kind.kind, lot)
        s0, e0 = self.scan.span(a.start, a.end)
        if a.start in self.from_ttc:
            ttc, rate = self.from_ttc[a.start]
            rate_said = f"{rate:g}".replace(".", ",")
            divisor = f"{1 + rate / 100:g}".replace(".", ",")
            note = f"{format_amount(ttc)} € TTC ÷ {divisor} (TVA de {rate_said} % indiquée)" + (f" ; {note}" if note else "")
        cand = Candidate(kind.kind, a.value, total, s0, e0, a.tax, lot, lotwide, note, period=period, term=term)
        if kind.bare_row:
            cand.weak = True
            cand.note = cand.note or ROW_NOTE
            if lot is None:
                self.last = (a.end, None, None)
                return
        if kind.period_n:
            self.add_to_series(cand, kind.period_n, e0)
            return
        self.series = []
        if period is None and figure.between is not None and _SERIES_TOTAL.match(figure.between):
            self.total_of_periods(cand)
        self.add(cand, figure, own_left)

    def total_of_periods(self, cand: Candidate) -> None:
        """A figure closing a list of one kind's periods with their sum (« 110 000 € HT pour la période initiale,
        110 000 € HT pour la première reconduction et 115 000 € HT pour la seconde, soit 335 000 € HT ») is the total
        over the term: the periods' figures give way to it, the arithmetic said."""
        periods: list[Candidate] = []
        for c in reversed(self.cands):
            if c.kind != cand.kind or c.lot != cand.lot or c.period is None or cand.start - c.end > 400:
                break
            periods.insert(0, c)
        if len(periods) < 2 or abs(sum(c.value for c in periods) - cand.value) > 0.5:
            return
        for c in periods:
            self.cands.remove(c)
        cand.start = periods[0].start
        cand.note = "total des périodes : " + " + ".join(format_amount(c.value) for c in periods) + \
            f" = {format_amount(cand.value)}"
        cand.term = None

    def opening(self, pos: int) -> str:
        """The sentence before a figure, when no figure comes before it in the sentence: its subject may stand
        further back than the left context reaches, an aside between (« L'estimation globale de l'opération,
        tranche optionnelle et prestation supplémentaire éventuelle comprises, s'élève à 645 000 € HT »)."""
        opening = self.scan.low[max(sentence_start(self.scan, pos), pos - 250):pos]
        return "" if re.search(r"\d", opening) else opening

    def kind(self, figure: Figure) -> Kind:
        """Estimate, maximum or minimum: from the words before and after the figure, else from the
        figure before it (a pair, a restatement, the next part of a list), else from its period series
        or the header of the lots table it stands in."""
        a, left, scan = figure.match, figure.left, self.scan
        kind = column_kind(scan, a) or kind_of(left, figure.right)
        if kind is None and len(opening := self.opening(a.start)) > len(left):
            kind = kind_of(opening, figure.right)
        head = list_head(scan, a.start) if kind is None else None
        if head is not None:
            kind = kind_of(head, "")  # an item of « Les montants maximums sont : »
        if kind is None and self.doc_sections and _LABEL_ITEM.match(scan.low, scan.low.rfind("\n", 0, a.start) + 1, a.start):
            # a labelled item (« Période initiale (2027) : 120 000 € HT », « Lot A : 45 000 € HT ») under a
            # heading that names the kind (« Article 3 – Montants maximums »)
            section = self.doc_sections(a.start)
            kind = kind_of(section.title.lower(), "") if section is not None else None
        wide_left = scan.low[max(0, a.start - 160):a.start]
        if MIN_MAX_PAIR.search(wide_left):
            kind, self.pair_next = "min", "max"
        elif self.pair_next and re.fullmatch(r"[\s(]*(?:h\.?t\.?)?[\s)]*(?:/|,?\s*et\s+(?:de\s+|à\s+)?)\s*", left):
            kind, self.pair_next = self.pair_next, None
        else:
            self.pair_next = None
        between = figure.between
        if kind is None and self.last[1] is not None and between is not None and (
                RESTATEMENT.match(between) or NEXT_PART.match(between) or PART_THEN_NEXT.match(between)
                or re.fullmatch(r"\s*[(\[]\s*", between)):
            # « …, soit 58 000 € HT sur la durée totale », « 144 000 € TTC (120 000 € HT) »,
            # « le lot 1 est estimé à 45 000 € HT, le lot 2 à 30 000 € HT »
            kind = self.last[1]
        if kind is None and self.last[1] is not None and between is not None and _SERIES_TOTAL.match(between):
            kind = self.last[1]  # « …, 115 000 € HT pour la seconde, soit 335 000 € HT »: the periods' total
        if kind is None and self.last[1] is not None and between is not None and not re.search(r"\.\s|\n\s*\n", between) \
                and (PERIOD_INITIAL.search(between) or PERIOD_RENEWAL.search(between)
                     or (";" not in between and PERIOD_RENEWAL.search(between + " " + figure.right[:70]))):
            # « 120 000 € HT pour la période initiale et de 40 000 € HT pour la période de reconduction »,
            # « première période 250 000 € HT ; chaque période de renouvellement 300 000 € HT »
            kind = self.last[1]
        if kind is None:
            kind = self.sibling_kind(figure)
        period_n = period_index(left, figure.right)
        if period_n and kind is None:
            if self.series and period_n == len(self.series) + 1:
                kind = self.series_kind
            else:
                m_kind = None
                for kk, rx in (("max", MAX_WORDS), ("min", MIN_WORDS), ("estimated", ESTIMATE_WORDS)):
                    hits = [m.start() for m in rx.finditer(wide_left)]
                    if hits and (m_kind is None or hits[-1] > m_kind[0]):
                        m_kind = (hits[-1], kk)
                kind = m_kind[1] if m_kind else self.series_kind
        line_start = scan.low.rfind("\n", 0, a.start) + 1
        result = Kind(kind, period_n, row_line=scan.low[line_start:a.start])
        if kind is None and not self.price_schedule:
            row_start = table_row_start(scan, line_start, a.start)
            if row_start is not None:
                result.kind, result.header_annual = header_kind(scan, row_start)
            if result.kind is None and row_start == line_start and is_bare_lot_row(result.row_line):
                # « Lot 1 Gros œuvre 250 000 € », « Lot n° 1 | Voirie | 300 000 € HT » with no header:
                # the lot's value, used only when nothing states the estimate in words
                result.kind, result.bare_row = "estimated", True
        return result

    def sibling_kind(self, figure: Figure) -> str | None:
        """The kind of the previous figure, for the next lot of the same list: « Montant maximum annuel :
        lot 1 (fruits) : 20 000 € HT ; lot 2 (épicerie) :\n35 000 € HT », « … de 35 000 € HT pour le lot 1
        (produits), de 52 000 € HT pour le lot 2 ». The same sentence (no full stop, no blank line), another lot."""
        last_end, last_kind, last_lot = self.last
        a, scan = figure.match, self.scan
        if last_kind is None or last_lot is None or last_end < 0 or a.start - last_end > 200:
            return None
        gap = scan.low[last_end:a.start]
        if re.search(r"\.\s|\n\s*\n", gap):
            return None
        after = self.lot_after(figure, clause_right(figure.right, figure.next_start, a.end))
        lot = str(int(after.group(1))) if after else lot_before(scan, a.start, max(last_end, a.start - 110))
        if lot is None:  # a lot named otherwise on the figure's line: « Lot B – Mobilier scolaire 145 000 € HT »
            line_start = scan.low.rfind("\n", 0, a.start) + 1
            lot = next((name for p, name, _end in reversed(self.scopes) if line_start <= p < a.start), None)
        if lot is None or lot == last_lot:
            return None
        self.sibling = True
        return last_kind

    def over_duration(self, figure: Figure, kind: Kind, own: str, own_right: str) -> OverTerm:
        """The figure over the whole duration: as written when it says so, multiplied out when it is
        given per year or per period."""
        a, scan, last, last_cand = figure.match, self.scan, self.last, self.last_cand
        sentence = sentence_around(scan, a.start, a.end)
        head = list_head(scan, a.start)
        if head is not None:
            sentence = head + " " + sentence  # « Montants (par période annuelle) : » governs its items
        # a run of figures with no sentence break keeps the « annuel » of its opening phrase
        gap = scan.low[last[0]:a.start]
        chained = (last_cand is not None and last_cand.term is not None and last_cand.term.per == "year"
                   and last_cand.replaced is None and last[0] == self.last_cand_end
                   and a.start - last[0] < 150
                   and (self.sibling or not re.search(r"\.\s|\n|;", gap) or _NEXT_LOT.fullmatch(gap) is not None))
        per_bound = kind.kind in ("max", "min")
        yearly = DURING_YEARS.match(own_right)
        if yearly and yearly.group("yearly") and (n_years := small_number(yearly.group("n"))) and 1 < n_years <= 10:
            return OverTerm(a.value * n_years, f"montant annuel × {n_years} ans", YEARLY)
        if (span := PER_SPAN.search(own_right[:40])) is not None and per_bound:
            return self.over_spans(a.value, span_months(span))  # « 35 000 € HT par semestre » whatever else is said
        if WHOLE_DURATION.search(own) or (head is not None and WHOLE_DURATION.search(head)):
            # (or the line that opens its list: « Les montants ci-dessous valent pour la durée totale … : »)
            return OverTerm(a.value, "montant donné pour toute la durée", Term("whole"))
        if EACH_PERIOD.search(sentence) and per_bound and self.periods and self.periods > 1:
            # « pour la période initiale et chaque période de reconduction (annuelle) » : a figure per period,
            # whatever the length of the first one
            return self.multiply(a.value, False, True)
        # (a restatement of a figure read before keeps what it says, « 60 000 € HT par an, soit 180 000 € HT » —
        # not of a TTC figure set aside, « 96 000 € TTC (soit 80 000 € HT) » per year)
        restates_a_candidate = RESTATEMENT.match(figure.between or "") is not None and last[0] == self.last_cand_end
        if ANNUAL.search(own) or chained or kind.header_annual or (
                ANNUAL.search(sentence) and not WHOLE_DURATION.search(sentence) and not restates_a_candidate):
            over = self.multiply(a.value, True, False)
            during = DURING_YEARS.match(own_right)
            if not (self.years and self.years > 1) and during and (n_years := small_number(during.group("n"))) \
                    and 1 < n_years <= 10:
                # « 90 000 € HT par an pendant 4 ans »: the clause gives its own duration
                over = OverTerm(a.value * n_years, f"montant annuel × {n_years} ans", YEARLY)
            return over
        # (the sentence, or the words since the last full stop when a colon at a line's end cut the sentence short:
        # « Pour chaque période d'exécution, le montant maximum … est fixé à : lot 1 :\n120 000 € HT ; lot 2 : … »)
        stop = max(scan.low.rfind(". ", 0, a.start), scan.low.rfind(".\n", 0, a.start))
        since_stop = scan.low[max(stop + 2, a.start - 250):a.start]
        if (PER_PERIOD.search(sentence) or PER_PERIOD.search(until_next_article(scan.low[a.end:a.end + 160]))
                or EACH_PERIOD_OPENS.search(since_stop)) and per_bound:
            return self.multiply(a.value, False, True)
        span = PER_SPAN.search(own)
        if span is not None and per_bound:
            return self.over_spans(a.value, span_months(span))
        return OverTerm(a.value)

    def over_period(self, value: float, months: int) -> OverTerm:
        """A table's figure given for months (lottable.LotRow.per_months: 0 the whole term, 12 a year)."""
        if months == 0:
            return OverTerm(value)
        return self.multiply(value, True, False) if months == 12 else self.over_spans(value, months)

    def over_spans(self, value: float, months: int) -> OverTerm:
        """A figure given per semester, quarter, month or period of n months, over the term the piece states."""
        total_months = self.durations.total_months or (round(self.years * 12) if self.years else None)
        if total_months and total_months > months and total_months % months == 0:
            return OverTerm(value * (total_months // months),
                            f"montant par période de {months} mois × {total_months // months} périodes",
                            Term("span", months))
        return OverTerm(value, f"{SPAN_NO_DURATION} ({months} mois)", Term("span", months, counted=False))

    def lot_after(self, figure: Figure, own_right: str) -> re.Match[str] | None:
        """The lot named right after a figure — after its restatement in brackets too, which its clause stops at (« …
        d'un million six cent mille euros hors taxes (1 600 000 € HT) pour le lot 2 »)."""
        a = figure.match
        raw = self.scan.low[a.end:a.end + 90]
        return LOT_AFTER.match(own_right) or (LOT_AFTER.match(raw) if _BRACKET_NEXT.match(raw) else None)

    def part(self, figure: Figure, kind: Kind, own: str, own_right: str) -> tuple[str | None, bool, bool]:
        """(lot or tranche, whether the figure covers every lot, whether it is a table's total row)."""
        a, scan, last, between = figure.match, self.scan, self.last, figure.between
        after = self.lot_after(figure, own_right)
        lot: str | None
        if after is not None:
            lot = str(int(after.group(1)))  # the lot named right after its figure: « … € HT pour le lot 2 »
        elif between is not None and PART_THEN_NEXT.match(between):
            lot = None  # the lot named just before belongs to the previous figure
        else:
            lot = lot_before(scan, a.start, figure.left_start)
        tranche_after = TRANCHE_AFTER.match(own_right) if lot is None else None
        if tranche_after is not None:
            tranche: str | None = tranche_code(tranche_after)  # « … € HT pour la PSE n° 1 »
        elif lot is None and not (between is not None and PART_THEN_NEXT.match(between)):
            tranche = tranche_before(scan, a.start, figure.left_start)
        else:
            tranche = None
        if lot is None and tranche is None and last[2] is not None and between is not None \
                and not re.search(r"\.\s|\n|;", between):
            lot = last[2]  # « pour le lot 1 avec un minimum de 20 000 € HT et un maximum de 70 000 € HT »
        # « … 320 000 € HT pour le lot 2, soit pour l'ensemble des deux lots de la consultation … un montant maximum de
        # 1 520 000 € HT »: lot 2 is the previous figure's, this one covers every lot
        every_lot = after is None and every_lot_before(scan, a.start)
        if every_lot:
            lot = None
        from_section = lot is None
        if lot is None and not every_lot:
            lot = lot_at(self.scopes, a.start)
            if lot in self.removed:
                lot = None  # « Lot n° 08 : ce lot est retiré … le montant prévisionnel des travaux est ramené à … »
        total_row = TOTAL_ROW.match(kind.row_line) is not None
        if total_row:
            lot = None
        if kind.kind == last[1] and between is not None and RESTATEMENT.match(between) and last[2] is not None:
            # « …, soit 300 000 € HT » restates the lot's figure — not « lot 2 : 25 000 € HT, soit 65 000 € HT au total »
            lot, every_lot = (None, True) if _IN_ALL.match(own_right) else (last[2], every_lot)
        if self.divided is False:
            lot = None
        if lot is None and not total_row:
            lot = tranche
        if lot is None and not total_row and kind.kind in ("max", "estimated") and list_head(scan, a.start) is not None \
                and (label := item_label(scan, a.start)) is not None:
            lot = "item " + label  # a member of a groupement, a site: the items of the list add up
        lotwide = bool(CONTRACT_WIDE.search(own))
        if from_section and lot is not None and (lotwide or CONTRACT_WIDE.search(self.opening(a.start))) \
                and opened_in_prose(scan.low, self.scopes, a.start):
            lot, lotwide = None, True  # « L'estimation globale de l'opération … » after « Le lot 2 comporte une PSE »
        elif from_section and lot is not None and lotwide and opened_by_a_row(scan.low, self.scopes, a.start):
            lot = None  # « Soit un montant maximum global de … » under the table's last row
        if lotwide and lot is not None and not ALL_LOTS.search(own) and not (from_section and PER_LOT_FOLLOWS.search(own_right)):
            # « Le montant total maximum annuel … » inside a lot's section is the lot's total — not when the
            # sentence goes on to share it out between the lots (« …, soit par lot : »)
            lotwide = False
        elif lotwide and from_section and PER_LOT_FOLLOWS.search(own_right):
            lot = None
        elif from_section and BREAKDOWN_FOLLOWS.match(own_right):
            lot, lotwide = None, True  # the figure its brackets then share out between the lots is their total
        elif ALL_LOTS.search(own) or total_row or every_lot:
            lotwide = True
        return lot, lotwide, total_row

    def add_to_series(self, cand: Candidate, index: int, end: int) -> None:
        """« Période 1 : …, période 2 : … »: the periods' figures add up into the first one."""
        if index == 1 or not self.series:
            self.series = [cand]
            self.series_kind = cand.kind
            self.cands.append(cand)
        elif index == len(self.series) + 1 and self.series[0].kind == cand.kind:
            self.series.append(cand)
            head = self.series[0]
            head.total = sum(c.value for c in self.series)
            head.end = end
            head.note, head.term = f"somme des {len(self.series)} périodes", None

    def add(self, cand: Candidate, figure: Figure, own_left: str) -> None:
        """Keep a candidate, once: a restatement of the previous figure replaces it or is dropped."""
        between = figure.between
        last_cand = self.last_cand
        restated = last_cand if (last_cand is not None and last_cand.kind == cand.kind and between is not None
                                 and RESTATEMENT.match(between)) else None
        self.last_cand = cand
        self.last_cand_end = figure.match.end
        if restated is not None:
            # the same figure said twice: an explicit total over the whole duration beats an annual one
            if _whole(cand) and not _whole(restated):
                if restated in self.cands:
                    self.cands.remove(restated)
                    self.seen.discard((cand.kind, round(restated.total, 2),
                                       None if restated.lotwide else restated.lot, restated.period))
            elif _whole(restated) and not _whole(cand):
                return
        key = (cand.kind, round(cand.total, 2), None if cand.lotwide else cand.lot, cand.period)
        if key in self.seen:
            return
        self.seen.add(key)
        self.cands.append(cand)
        if cand.kind == "max" and MAX_ESTIMATED.search(own_left):
            weak = Candidate("estimated", cand.value, cand.total, cand.start, cand.end, cand.tax, cand.lot,
                             cand.lotwide, cand.note, term=cand.term)
            weak.weak = True
            self.cands.append(weak)


def analyse_amounts(doc: Document, scan: Scanner, lot_positions: list[tuple[int, str]],
                    divided: bool | None, table: LotTable | None = None) -> AmountsResult:
    reader = AmountReader(doc, scan, lot_positions, divided)
    reader.read()
    replaced = replaced_spans(scan.low)
    cands = reader.cands
    if (schedule_total := schedule_estimate(doc.doc_type, scan)) is not None:
        cands.append(schedule_total)
    for period_table in read_period_tables(scan):
        period_table_candidates(period_table, scan, cands)
    if table is not None:
        for a, b in table.text_spans:  # read by column with the lots table
            start, end = scan.span(a, b)
            cands[:] = [c for c in cands if not start <= c.start < end]
        table_candidates(table, scan, cands, reader.seen, reader.over_period, divided, rows=not reader.price_schedule)
    combine_periods(cands, reader.durations, scan.low)  # (the prose's periods and a lots table's by period)
    # rows of the same list of lots: once one lot's value is read for sure, the bare rows are its siblings
    if any(c.kind == "estimated" and not c.weak and c.lot is not None and not c.lotwide for c in cands):
        for c in cands:
            if c.weak and c.note == ROW_NOTE:
                c.weak = False
    structured: list[Candidate] = []
    structured_candidates(doc, structured)
    res = AmountsResult(durations=reader.durations)
    res.ttc_only = reader.ttc_seen and not cands
    for kind in ("estimated", "max", "min"):
        pool = [c for c in structured if c.kind == kind] or [c for c in cands if c.kind == kind and not c.weak] or \
            [c for c in cands if c.kind == kind]
        before = len(res.spans)
        value = choose(pool, kind, divided, res)
        if value is not None:
            res.spans_by_kind[kind] = res.spans[before:]
            if any(AMENDMENT.search(scan.low, max(0, a - 300), a) or any(0 <= a - hi < 200 for _lo, hi in replaced)
                   for a, _b in res.spans[before:]):
                # « … les documents sont rectifiés. Le montant maximum s'établit ainsi à … », a correction notice's
                # « au lieu de : « … », lire : « montant maximum annuel : 160 000 euros HT » »
                res.amended.add(kind)
        if kind == "estimated":
            res.estimated_ht = value
        elif kind == "max":
            res.max_ht = value
        else:
            res.min_ht = value
    if res.max_ht is not None and res.min_ht is not None and res.min_ht > res.max_ht:
        res.min_ht = None
    return res
