"""Amounts: estimated value, maximum and minimum excluding VAT (HT), summed over lots and
multiplied out over renewals when the text states an annual or per-period figure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from clausecheck.extraction.numbers import AmountMatch, find_amounts, small_number
from clausecheck.extraction.structured import fields_of
from clausecheck.extraction.textscan import EURO_ANCHOR, Scanner
from clausecheck.model import Document

_NW = r"(?:\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"

# keywords, searched in the lower-cased left context
_MAX_RE = re.compile(r"maxim|\bmaxi\b|plafond|ne\s+(?:pourra|peut|saurait|devra)\s+(?:pas\s+)?(?:exc[ée]der|d[ée]passer)|"
                     r"dans\s+la\s+limite|\bau\s+plus\b|\bmax\b")
_MIN_RE = re.compile(r"minim|\bmini\b|\bmin\b")
_EST_RE = re.compile(r"estim|valeur|montant\s+(?:global|total|prévisionnel|indicatif|du\s+march|des\s+prestations|de\s+l['’]accord|"
                     r"des\s+travaux|du\s+contrat|des\s+commandes)|prévisionnel|indicati|budget|enveloppe|évalu|co[uû]t\s+(?:estim|prévi|global|total|des\s+travaux)|"
                     r"montant\s+(?:hors\s+tva|ht)\b|montant\s*:|\bmontant\s+de\s+l['’]op")
_EXCLUDE_RE = re.compile(
    r"chiffre\s+d['’]\s?affaires|\bca\b|capital|assurance|indemnit|prime\b|p[ée]nalit|garantie|caution|\bavance|acompte|"
    r"salaire|r[ée]f[ée]rences?\b|seuil\s+(?:de|des|européen|national|de\s+procédure)|dispense|inférieur|supérieur\s+à|"
    r"sous\s+le\s+seuil|au[- ]dessus|au[- ]dessous|\bpar\s+(?:heure|jour|mois|personne|agent|unité|stagiaire)|"
    r"tarif|prix\s+unitaire|enveloppe[^.\n]{0,50}travaux|affecté[e]?s?\s+aux\s+travaux|forfait\s+de|amende|\bfrais\b|\brémunération|\bcertificat|\btaxe\b|sous[- ]traitance|"
    r"montant\s+(?:de\s+l['’]offre|attribué|du\s+marché\s+attribué|des\s+offres)|offre\s+la\s+plus|\battribu|titulaire\s+a"
)
_ANNUAL_RE = re.compile(r"annuel|\bpar\s+an\b|/\s?an\b|\bpar\s+année|chaque\s+année|\bl['’]an\b|pour\s+une\s+année|\bune\s+année\b")
_PERIOD_RE = re.compile(r"période\s+initiale|durée\s+initiale|identiques?\s+pour\s+(?:chaque|la|les)\s+(?:éventuelles\s+)?périodes?|pour\s+chaque\s+période|"
                        r"par\s+période|\bchaque\s+reconduction|identiques?\s+en\s+cas\s+de\s+reconduction|même\s+montant")
_TOTAL_RE = re.compile(r"reconductions?\s+(?:comprises?|incluses?)|toutes\s+périodes|durée\s+totale|pour\s+la\s+durée\s+(?:de\s+l['’]accord|du\s+march|du\s+contrat|globale|totale|maximale)|"
                       r"\bsur\s+(?:la\s+durée|" + _NW + r"\s+(?:ans|années|mois))|pour\s+" + _NW + r"\s+(?:ans|années)|"
                       r"ensemble\s+des\s+lots|tous\s+lots|total\s+des\s+lots|durée\s+de\s+l['’]accord")
_LOTWIDE_RE = re.compile(r"ensemble\s+des\s+lots|tous\s+lots|total\s+des\s+lots|(?:valeur|montant)\s+total|global|"
                         r"total\s+(?:estimated\s+)?value|estimated\s+total")

# durations and renewals (on lower-cased text)
_DUR_UNIT = r"(?P<u>ans?|années?|mois)"
TOTAL_DURATION_RE = re.compile(
    r"(?:toutes\s+périodes\s+confondues|reconductions?\s+(?:comprises?|incluses?)|durée\s+(?:maximale|totale|globale)(?:\s+(?:du\s+contrat|du\s+march[ée]|de\s+l['’]accord[- ]cadre))?)"
    r"[^.\n]{0,40}?\b(?P<n>" + _NW + r")\s*(?:\(\d+\)\s*)?" + _DUR_UNIT + r"(?:\s+et\s+(?P<n2>\d{1,3})\s+mois)?"
    r"|ne\s+pourra\s+(?:donc\s+)?(?:pas\s+)?exc[ée]der\s+(?P<n3>" + _NW + r")\s*(?:\(\d+\)\s*)?(?P<u3>ans?|années?|mois)"
)
INITIAL_DURATION_RE = re.compile(
    r"durée\s+en\s+mois\s*:\s*(?P<m>\d{1,3})"
    r"|(?:durée\s+(?:initiale\s+)?(?:du\s+march[ée]|de\s+l['’]accord[- ]cadre|du\s+contrat)?\s*:?\s*(?:de\s+)?|période\s+initiale\s+(?:de\s+|d['’])|"
    r"conclu(?:e)?\s+pour\s+(?:une\s+(?:durée|période)\s+(?:initiale\s+)?(?:de\s+|d['’]))?|pour\s+une\s+durée\s+(?:initiale\s+)?(?:de\s+|d['’]))"
    r"(?P<n>" + _NW + r")\s*(?:\(\d+\)\s*)?(?P<u>ans?|années?|mois)\b"
)
RENEWALS_RE = re.compile(
    r"nombre\s+de\s+(?:périodes\s+de\s+)?reconductions?(?:\s+éventuelles)?\s*(?::|fixé\s+à)\s*(?P<n>" + _NW + r")\b"
    r"|reconductible\s+(?P<n2>" + _NW + r")\s*(?:\(\d+\)\s*)?fois"
    r"|renouvelable\s+(?P<n3>" + _NW + r")\s*(?:\(\d+\)\s*)?fois"
    r"|reconduction[^.\n]{0,40}?\b(?P<n4>" + _NW + r")\s*(?:\(\d+\)\s*)?(?:reprises|fois)"
    r"|reconduit(?:e)?s?[^.\n]{0,60}?\b(?P<n5>" + _NW + r")\s*(?:\(\d+\)\s*)?(?:fois|reprises)"
    r"|durée\s+maximale\s+de\s+reconduction\s+de\s+(?P<n6>" + _NW + r")\s*(?P<u6>ans?|années?)"
    r"|(?P<n7>" + _NW + r")\s*(?:\(\d+\)\s*)?(?:reconductions|périodes\s+de\s+reconduction)"
    r"|(?P<none>non\s+reconductible|sans\s+reconduction|reconduction\s*:\s*non)"
)


@dataclass(slots=True)
class Candidate:
    kind: str  # 'estimated', 'max', 'min'
    value: float  # as written
    total: float  # after multiplying out periods
    start: int
    end: int
    tax: str | None
    lot: str | None
    lotwide: bool
    note: str = ""


@dataclass(slots=True)
class Durations:
    initial_months: float | None = None
    total_months: float | None = None
    renewals: int | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)

    def periods(self) -> int | None:
        if self.renewals is not None:
            return 1 + self.renewals
        if self.total_months and self.initial_months:
            ratio = self.total_months / self.initial_months
            if abs(ratio - round(ratio)) < 0.01 and 1 <= ratio <= 10:
                return int(round(ratio))
        return None

    def total_years(self) -> float | None:
        if self.total_months:
            return self.total_months / 12
        if self.initial_months and self.renewals is not None:
            return self.initial_months * (1 + self.renewals) / 12
        if self.initial_months and self.renewals is None:
            return self.initial_months / 12
        return None


def _months(n: str | None, unit: str | None) -> float | None:
    value = small_number(n or "")
    if value is None:
        return None
    return float(value) * (1 if (unit or "").startswith("mois") else 12)


A_DURATION = re.compile(r"durée|période|reconduc|renouvel|exc[ée]der")


def _low_iter(scan: Scanner, pattern: re.Pattern[str], before: int, after: int):
    last = -1
    for s, e in scan.windows(A_DURATION, before, after):
        for m in pattern.finditer(scan.low, s, e):
            if m.start() >= last:
                last = m.end()
                yield m


def read_durations(scan: Scanner) -> Durations:
    d = Durations()
    for m in _low_iter(scan, TOTAL_DURATION_RE, 90, 110):
        if m.group("n3"):
            months = _months(m.group("n3"), m.group("u3"))
        else:
            months = _months(m.group("n"), m.group("u"))
            if months is not None and m.group("n2"):
                months += float(m.group("n2"))
        if months and 1 <= months <= 240:
            d.total_months = months
            d.spans.append(m.span())
            break
    generic: tuple[float, tuple[int, int]] | None = None
    for m in _low_iter(scan, INITIAL_DURATION_RE, 90, 110):
        months = float(m.group("m")) if m.group("m") else _months(m.group("n"), m.group("u"))
        if not months or not 1 <= months <= 240:
            continue
        if re.search(r"initial", m.group()):
            d.initial_months = months
            d.spans.append(m.span())
            break
        if generic is None:
            generic = (months, m.span())
    for m in _low_iter(scan, RENEWALS_RE, 90, 110):
        if m.group("none"):
            d.renewals = 0
            d.spans.append(m.span())
            break
        raw = next((g for g in (m.group("n"), m.group("n2"), m.group("n3"), m.group("n4"), m.group("n5"),
                                m.group("n6"), m.group("n7")) if g), None)
        n = small_number(raw or "")
        if n is None or n > 10:
            continue
        if m.group("n6"):
            # « durée maximale de reconduction de 3 ans » with yearly periods
            period = d.initial_months or 12
            n = int(round(n * 12 / period)) if period else n
        d.renewals = n
        d.spans.append(m.span())
        break
    if d.initial_months is None and generic is not None:
        months, span = generic
        if d.renewals and months * (1 + d.renewals) > 120 and d.total_months is None:
            d.total_months = months  # a form's « durée » that already covers the renewals
        else:
            d.initial_months = months
        d.spans.append(span)
    return d


def _context(scan: Scanner, a: AmountMatch, prev_end: int) -> tuple[str, str]:
    text = scan.low
    start = max(prev_end, a.start - 110, 0)
    left = text[start:a.start]
    # keep the current line, or the previous one when the amount opens its line
    nl = left.rfind("\n")
    if nl >= 0:
        prev_nl = left.rfind("\n", 0, nl)
        previous = left[prev_nl + 1:nl]
        if left[nl + 1:].strip(" :\t") == "" or (len(previous) < 70 and prev_nl >= 0) or len(left[nl + 1:]) < 40:
            left = left[prev_nl + 1:]
        else:
            left = left[nl + 1:]
    right = text[a.end:a.end + 90]
    cut = right.find("\n")
    if cut >= 0:
        right = right[:cut]
    return left, right


def _kind(left: str, right: str) -> str | None:
    best: tuple[int, str] | None = None
    for kind, rx in (("max", _MAX_RE), ("min", _MIN_RE), ("estimated", _EST_RE)):
        for m in rx.finditer(left):
            if best is None or m.start() > best[0] or (m.start() == best[0] and kind == "max"):
                best = (m.start(), kind)
    excl = None
    for m in _EXCLUDE_RE.finditer(left):
        excl = m.start()
    if excl is not None and (best is None or excl > best[0] - 40):
        return None
    if re.match(r"^\s*(?:ht\s+|h\.t\.\s+)?(?:au\s+maximum|maximum)", right):
        return "max"
    if best is None:
        return None
    # « Valeur maximum estimée » -> maximum
    if best[1] == "estimated" and _MAX_RE.search(left[max(0, best[0] - 30):]):
        return "max"
    return best[1]


def _lot_at(lot_positions: list[tuple[int, str]], pos: int) -> str | None:
    current = None
    for p, lot in lot_positions:
        if p > pos:
            break
        current = lot
    return current


@dataclass(slots=True)
class AmountsResult:
    estimated_ht: float | None = None
    max_ht: float | None = None
    min_ht: float | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    per_lot: dict[str, dict[str, float]] = field(default_factory=dict)
    durations: Durations | None = None
    ttc_only: bool = False


def _fmt(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s[:-3] if s.endswith(",00") else s


def _choose(cands: list[Candidate], kind: str, divided: bool | None, res: AmountsResult) -> float | None:
    mine = [c for c in cands if c.kind == kind]
    if not mine:
        return None
    label = {"estimated": "valeur estimée", "max": "montant maximum", "min": "montant minimum"}[kind]
    wide = [c for c in mine if c.lot is None or c.lotwide]
    by_lot: dict[str, Candidate] = {}
    for c in mine:
        if c.lot is not None and not c.lotwide:
            prev = by_lot.get(c.lot)
            if prev is None or (c.total > prev.total and kind != "min"):
                by_lot[c.lot] = c
    strong = [c for c in wide if c.lotwide]
    if strong:
        wide = strong
    if wide:
        best = max(wide, key=lambda c: c.total) if kind != "min" else min(wide, key=lambda c: c.total)
        lot_sum = sum(c.total for c in by_lot.values())
        if len(by_lot) >= 2 and lot_sum > best.total * 1.01 and not best.lotwide:
            pass  # lot figures add up to more than the stray total: use the sum below
        else:
            res.spans.append((best.start, best.end))
            res.notes.append(f"{label} : {_fmt(best.total)} € HT" + (f" ({best.note})" if best.note else ""))
            return best.total
    if by_lot:
        total = sum(c.total for c in by_lot.values())
        for c in by_lot.values():
            res.spans.append((c.start, c.end))
            res.per_lot.setdefault(c.lot, {})[kind] = c.total
        if len(by_lot) == 1:
            c = next(iter(by_lot.values()))
            res.notes.append(f"{label} : {_fmt(total)} € HT (lot {c.lot})" + (f" ({c.note})" if c.note else ""))
        else:
            res.notes.append(f"{label} : somme sur {len(by_lot)} lots = {_fmt(total)} € HT")
        return total
    return None


def _structured_candidates(doc: Document, cands: list[Candidate]) -> None:
    for f in fields_of(doc):
        names = f.names
        last = names[-1]
        if not f.text:
            continue
        kind = None
        lotwide = False
        lot = None
        if last in ("VALEUR_TOTALE",):
            kind, lotwide = "estimated", True
        elif last == "VALEUR" and "LOT" in names:
            kind = "estimated"
        elif last == "VALEUR" and ("CARACTERISTIQUES" in names or "OBJET" in names):
            kind, lotwide = "estimated", True
        elif last == "MONTANT_MAXI":
            kind = "max"
        elif last == "MONTANT_MINI":
            kind = "min"
        elif last in ("VAL_ESTIMATED_TOTAL", "VAL_OBJECT"):
            kind = "estimated"
            lotwide = names[-2] == "OBJECT_CONTRACT"
        elif last == "EstimatedOverallContractAmount":
            kind = "estimated"
            lotwide = "ProcurementProjectLot" not in names
        elif last in ("MaximumValueAmount", "FrameworkMaximumAmount"):
            kind = "max"
        if kind is None:
            continue
        try:
            value = float(f.text.replace(" ", "").replace(",", "."))
        except ValueError:
            continue
        if not lotwide and ("LOT" in names or "ProcurementProjectLot" in names or "OBJECT_DESCR" in names
                            or "AWARD_CONTRACT" in names):
            lot = f"x{f.start}"  # one distinct slot per lot field: summed over lots
        cands.append(Candidate(kind, value, value, f.start, f.end, "HT", lot, lotwide, "champ structuré"))


_PAIR_RE = re.compile(r"minim\w*\s*/\s*maxim\w*[^0-9\n]{0,40}$")
_PERIOD_N_RE = re.compile(r"p[ée]riode\s*(?P<i>\d)\s*:\s*$")
_MOE_RE = re.compile(r"ma[iî]trise\s+d['’]\s?(?:œ|oe)uvre")


def _sentence(scan: Scanner, start: int, end: int) -> str:
    low = scan.low
    s = max(low.rfind(". ", max(0, start - 250), start), low.rfind("\n", max(0, start - 250), start), start - 250, 0)
    e = low.find(". ", end, end + 200)
    e = end + 200 if e < 0 else e
    nl = low.find("\n", end, e)
    if nl >= 0:
        e = nl
    return low[s:e]


def analyse_amounts(doc: Document, scan: Scanner, lot_positions: list[tuple[int, str]],
                    divided: bool | None) -> AmountsResult:
    res = AmountsResult()
    durations = read_durations(scan)
    res.durations = durations
    cands: list[Candidate] = []
    structured: list[Candidate] = []
    _structured_candidates(doc, structured)
    seen: set[tuple[str, float, str | None]] = set()
    prev_end = 0
    ttc_seen = False
    moe = bool(_MOE_RE.search(scan.low[:30000]))
    pair_next: str | None = None
    series: list[Candidate] = []
    series_kind: str | None = None
    for s, e in scan.windows(EURO_ANCHOR, 60, 8):
        for a in find_amounts(scan.text, s, e):
            left, right = _context(scan, a, prev_end)
            prev_end = a.end
            if a.tax == "TTC":
                ttc_seen = True
                pair_next = None
                continue
            kind = _kind(left, right)
            wide_left = scan.low[max(0, a.start - 160):a.start]
            if _PAIR_RE.search(wide_left):
                kind, pair_next = "min", "max"
            elif pair_next and re.fullmatch(r"[\s(]*(?:h\.?t\.?)?[\s)]*/\s*", left):
                kind, pair_next = pair_next, None
            else:
                pair_next = None
            period_n = _PERIOD_N_RE.search(left)
            if period_n and kind is None:
                m_kind = None
                for kk, rx in (("max", _MAX_RE), ("min", _MIN_RE), ("estimated", _EST_RE)):
                    if rx.search(wide_left):
                        m_kind = kk
                        break
                kind = m_kind or series_kind
            if kind is None or a.value <= 0:
                continue
            if moe and re.search(r"travaux", left[-60:]) and kind == "estimated":
                continue
            total = a.value
            note = ""
            own = left[-80:] + " " + right[:80]
            sentence = _sentence(scan, a.start, a.end)
            if _TOTAL_RE.search(own):
                note = "montant donné pour toute la durée"
            elif _ANNUAL_RE.search(own) or (_ANNUAL_RE.search(sentence) and not _TOTAL_RE.search(sentence)):
                years = durations.total_years()
                if years and years > 1:
                    total = a.value * years
                    note = f"montant annuel × {years:g} ans (durée totale, reconductions comprises)"
                else:
                    note = "montant annuel, durée totale non déterminée"
            elif (_PERIOD_RE.search(sentence) or _PERIOD_RE.search(scan.low[a.end:a.end + 160])) and kind in ("max", "min"):
                periods = durations.periods()
                if periods and periods > 1:
                    total = a.value * periods
                    note = f"montant par période × {periods} périodes (reconductions comprises)"
            lot = _lot_at(lot_positions, a.start)
            if divided is False:
                lot = None
            lotwide = bool(_LOTWIDE_RE.search(own))
            s0, e0 = scan.span(a.start, a.end)
            cand = Candidate(kind, a.value, total, s0, e0, a.tax, lot, lotwide, note)
            if period_n:
                idx = int(period_n.group("i"))
                if idx == 1 or not series:
                    series = [cand]
                    series_kind = kind
                    cands.append(cand)
                elif idx == len(series) + 1 and series[0].kind == kind:
                    series.append(cand)
                    head = series[0]
                    head.total = sum(c.value for c in series)
                    head.end = e0
                    head.note = f"somme des {len(series)} périodes"
                continue
            series = []
            key = (kind, round(total, 2), None if lotwide else lot)
            if key in seen:
                continue
            seen.add(key)
            cands.append(cand)
    res.ttc_only = ttc_seen and not cands
    for kind in ("estimated", "max", "min"):
        pool = [c for c in structured if c.kind == kind] or [c for c in cands if c.kind == kind]
        value = _choose(pool, kind, divided, res)
        if kind == "estimated":
            res.estimated_ht = value
        elif kind == "max":
            res.max_ht = value
        else:
            res.min_ht = value
    if res.max_ht is not None and res.min_ht is not None and res.min_ht > res.max_ht:
        res.min_ht = None
    return res
