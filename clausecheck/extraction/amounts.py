"""Amounts: estimated value, maximum and minimum excluding VAT (HT), summed over lots and
multiplied out over renewals when the text states an annual or per-period figure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from clausecheck.extraction.lottable import LotTable
from clausecheck.extraction.numbers import AmountMatch, find_amounts, small_number
from clausecheck.extraction.structured import fields_of
from clausecheck.extraction.textscan import EURO_ANCHOR, Scanner
from clausecheck.patterns import LOT, NOT_A_LIST, NUMBER_WORD, NUMERO_OPT, TRANCHE
from clausecheck.model import Document

_NW = NUMBER_WORD

# keywords, searched in the lower-cased left context
_MAX_RE = re.compile(r"maxim|\bmaxi\b|plafond|ne\s+(?:pourra|peut|saurait|devra)\s+(?:pas\s+)?(?:exc[ée]der|d[ée]passer)|"
                     r"dans\s+la\s+limite|\bau\s+plus\b|\bmax\b")
_MIN_RE = re.compile(r"minim|\bmini\b|\bmin\b")
_EST_RE = re.compile(r"estim|valeur|montant\s+(?:global|total|prévisionnel|indicatif|du\s+march|des\s+prestations|de\s+l['’]accord|"
                     r"des\s+travaux|du\s+contrat|des\s+commandes)|prévisionnel|indicati|budget|enveloppe|évalu|co[uû]t\s+(?:estim|prévi|global|total|des\s+travaux)|"
                     r"montant\s+(?:hors\s+tva|ht)\b|montant\s*:|\bmontant\s+de\s+l['’]op")
_EXCLUDE_RE = re.compile(
    r"chiffre\s+d['’]\s?affaires|niveau\(?x?\)?\s+sp[ée]cifique|\bca\b|capital|assurance|indemnit|prime\b|p[ée]nalit|garantie|caution|\bavance|acompte|"
    r"salaire|r[ée]f[ée]rences?\b|seuil\s+(?:de|des|européen|national|de\s+procédure)|dispense|inférieur|supérieur\s+à|"
    r"sous\s+le\s+seuil|au[- ]dessus|au[- ]dessous|\bpar\s+(?:heure|jour|mois|personne|agent|unité|stagiaire)|"
    r"tarif|prix\s+unitaire|enveloppe[^.\n]{0,50}travaux|affecté[e]?s?\s+aux\s+travaux|forfait\s+de|amende|\brémunération|\bcertificat|\btaxe\b|sous[- ]trait(?:ance|é)|"
    r"\bfrais\s+(?:de|d['’]|du|des|annexes|engag|expos|occasionn|li[ée]s|aff[ée]rents|g[ée]n[ée]raux|financiers|bancaires|r[ée]els)|"
    r"\b(?:les|des|aux|ces|leurs?|ses|vos|nos)\s+frais\b|\bfrais\s*:|"
    # what a previous or current contract cost (« le précédent marché s'est élevé à … »), not this one's value
    r"pr[ée]c[ée]dente?s?\s+(?:march|contrat|accord|consultation)|(?:march[ée]|contrat|accord[- ]cadre)\s+(?:pr[ée]c[ée]dent|ant[ée]rieur|sortant)|"
    r"\bancien\s+(?:march|contrat)|s['’]est\s+[ée]lev[ée]|"
    r"montant\s+(?:de\s+l['’]offre|attribué|du\s+marché\s+attribué|des\s+offres)|offre\s+la\s+plus|(?<!-)\battribu(?!taires?\b)|titulaire\s+a"
)
_ANNUAL_RE = re.compile(r"annuel|\bpar\s+an\b|/\s?an\b|\bpar\s+année|chaque\s+année|\bl['’]an\b|pour\s+une\s+année|\bune\s+année\b")
_PERIOD_RE = re.compile(r"période\s+initiale|durée\s+initiale|identiques?\s+pour\s+(?:chaque|la|les)\s+(?:éventuelles\s+)?périodes?|pour\s+chaque\s+période|"
                        r"par\s+période|\bchaque\s+reconduction|identiques?\s+en\s+cas\s+de\s+reconduction|même\s+montant")
_EACH_PERIOD_RE = re.compile(r"période\s+initiale\s+et\s+(?:pour\s+)?(?:chaque|chacune\s+des)\s+(?:périodes?\s+de\s+)?reconduction")
_TOTAL_RE = re.compile(r"reconductions?\s+(?:comprises?|incluses?)|toutes\s+périodes|durée\s+totale|pour\s+la\s+durée\s+(?:de\s+l['’]accord|du\s+march|du\s+contrat|globale|totale|maximale)|"
                       r"\bsur\s+(?:la\s+durée|" + _NW + r"\s+(?:ans|années|mois))|pour\s+" + _NW + r"\s+(?:ans|années)|"
                       r"ensemble\s+des\s+lots|tous\s+lots|total\s+des\s+lots|durée\s+de\s+l['’]accord")
_LOTWIDE_RE = re.compile(r"ensemble\s+des\s+lots|tous\s+lots|total\s+des\s+lots|(?:valeur|montant)\s+total|global|"
                         r"total\s+(?:estimated\s+)?value|estimated\s+total")
# says the figure covers every lot, wherever it stands (« pour l'ensemble des 2 lots », « tous lots confondus »)
_ALL_LOTS_RE = re.compile(r"ensemble\s+des\s+(?:\d+\s+|\w+\s+)?lots|tous\s+(?:les\s+)?lots|total\s+des\s+lots|"
                          r"lots\s+confondus|all\s+lots|(?:valeur|montant)\s+totale?\s+(?:estim[ée]+\s+)?(?:du\s+march|de\s+l['’]op|"
                          r"de\s+l['’]accord|du\s+contrat)|valeur\s+totale\s+estim|total\s+(?:estimated\s+)?value")

# durations and renewals (on lower-cased text)
_DUR_UNIT = r"(?P<u>ans?|années?|mois)"
TOTAL_DURATION_RE = re.compile(
    r"(?:toutes\s+périodes\s+confondues|reconductions?\s+(?:comprises?|incluses?)|durée\s+(?:maximale|totale|globale)"
    # « durée maximale de reconduction de 2 ans » is the renewals' length, not the whole duration
    r"(?!\s+(?:de\s+(?:la\s+|des?\s+)?)?(?:reconduction|renouvellement|prolongation))(?:\s+(?:du\s+contrat|du\s+march[ée]|de\s+l['’]accord[- ]cadre))?)"
    r"[^.\n]{0,40}?\b(?P<n>" + _NW + r")\s*(?:\(\d+\)\s*)?" + _DUR_UNIT + r"(?:\s+et\s+(?P<n2>\d{1,3})\s+mois)?"
    r"|ne\s+pourra\s+(?:donc\s+)?(?:pas\s+)?exc[ée]der\s+(?P<n3>" + _NW + r")\s*(?:\(\d+\)\s*)?(?P<u3>ans?|années?|mois)"
)
INITIAL_DURATION_RE = re.compile(
    r"durée\s+en\s+mois\s*:\s*(?P<m>\d{1,3})"
    r"|(?:durée\s+(?:initiale\s+)?(?:du\s+march[ée]|de\s+l['’]accord[- ]cadre|du\s+contrat)?\s*:?\s*"
    r"(?:(?:est|sera)\s+(?:fixée\s+à\s+|de\s+|d['’])|de\s+)?|période\s+initiale\s+(?:de\s+|d['’])|"
    r"conclu(?:e)?\s+pour\s+(?:une\s+(?:durée|période)\s+(?:initiale\s+)?(?:de\s+|d['’]))?|pour\s+une\s+durée\s+(?:initiale\s+)?(?:de\s+|d['’])|"
    # a works contract gives its length as « le délai global d'exécution des travaux est de quatorze (14) mois »
    # (never « le délai d'exécution de chaque bon de commande »)
    r"délai\s+(?:global\s+)?d['’]exécution(?:\s+(?:global|des\s+travaux|des\s+prestations|du\s+march[ée]|du\s+contrat))?"
    r"\s*:?\s*(?:(?:est|sera)\s+(?:fixé\s+à\s+|de\s+|d['’])|de\s+)?)"
    r"(?P<n>" + _NW + r")\s*(?:\(\d+\)\s*)?(?P<u>ans?|années?|mois)\b"
)
RENEWALS_RE = re.compile(
    r"nombre\s+de\s+(?:périodes\s+de\s+)?reconductions?(?:\s+éventuelles)?\s*(?::|(?:est\s+)?fixé\s+à)\s*(?P<n>" + _NW + r")\b"
    r"|reconductibles?\s+(?:(?:tacitement|expressément|express[ée]ment|annuellement|par\s+tacite\s+reconduction)\s+)?(?P<n2>" + _NW + r")\s*(?:\(\d+\)\s*)?fois"
    r"|renouvelables?\s+(?:(?:tacitement|expressément|express[ée]ment|annuellement|par\s+tacite\s+reconduction)\s+)?(?P<n3>" + _NW + r")\s*(?:\(\d+\)\s*)?fois"
    r"|reconduction[^.\n]{0,40}?\b(?P<n4>" + _NW + r")\s*(?:\(\d+\)\s*)?(?:reprises|fois)"
    r"|reconduit(?:e)?s?[^.\n]{0,60}?\b(?P<n5>" + _NW + r")\s*(?:\(\d+\)\s*)?(?:fois|reprises)"
    r"|durée\s+maximale\s+de\s+reconduction\s+de\s+(?P<n6>" + _NW + r")\s*(?:\(\d+\)\s*)?(?P<u6>ans?|années?)"
    r"|(?P<n7>" + _NW + r")\s*(?:\(\d+\)\s*)?(?:reconductions|périodes\s+de\s+reconduction)"
    r"|(?P<none>non\s+reconductible|sans\s+reconduction|reconduction\s*:\s*non)"
)
# the length of each renewal: « reconduit par période successive de 1 an », « reconductible par périodes de 12 mois »
RENEWAL_PERIOD_RE = re.compile(
    r"(?:reconduc|renouvel)[^.\n]{0,60}?\bpar\s+p[ée]riodes?\s+(?:successives?\s+)?(?:de\s+|d['’])(?P<n>" + _NW + r")\s*"
    r"(?:\(\d+\)\s*)?(?P<u>ans?|années?|mois)\b"
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
    weak: bool = False  # used only when no other candidate of its kind exists


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


A_DURATION = re.compile(r"durée|période|reconduc|renouvel|exc[ée]der|délai")


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
        period = None
        if d.renewals:
            for m in _low_iter(scan, RENEWAL_PERIOD_RE, 90, 110):
                period = _months(m.group("n"), m.group("u"))
                break
        if d.renewals and d.total_months is None and period and period < months \
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


def _context(scan: Scanner, a: AmountMatch, prev_end: int) -> tuple[str, str]:
    text = scan.low
    start = max(prev_end, a.start - 110, 0)
    left = text[start:a.start]
    # keep the current line, or the previous one when the amount opens its line
    nl = left.rfind("\n")
    if nl >= 0:
        prev_nl = left.rfind("\n", 0, nl)
        previous = left[prev_nl + 1:nl]
        current = left[nl + 1:]
        bullet = re.match(r"\s*(?:[-•*–—]|\d{1,2}[.)])\s", current) is not None
        closed = previous.rstrip().endswith((".", ";"))  # the previous line ended its sentence
        if not bullet and (current.strip(" :\t") == "" or (not closed and ((len(previous) < 70 and prev_nl >= 0)
                                                                           or len(current) < 40))):
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
    if _PER_UNIT_RIGHT_RE.match(right):
        return None  # « 15 000 € HT par bon de commande », « 2 000 € par sinistre »: a cap per order, not the contract's
    if re.match(r"^\s*(?:ht\s+|h\.t\.\s+)?(?:au\s+maximum|maximum)(?![\s:]*(?:de\s+|d['’]\s?)?\d)", right):
        return "max"
    if best is None:
        return None
    # « Valeur maximum estimée » -> maximum
    if best[1] == "estimated" and re.search(r"(?:maxim\w*|plafond|\bmax\b)\s+(?:[\w'’]+\s+){0,2}$", left[max(0, best[0] - 40):best[0]]):
        return "max"
    return best[1]


_PER_UNIT_RIGHT_RE = re.compile(r"^[\s)]*(?:(?:ht|h\.t\.?|hors\s+taxes?)\b[\s)]*)?,?\s*(?:par|pour\s+(?:un|une|chaque))\s+"
                                r"(?:bons?\s+de\s+commande|commande|facture|intervention|sinistre|unité|heure|jour|agent|élève|repas)\b")
_LIST_GAP = 120  # lot marks closer than this form a list (« Lot 1 : Prix 50 % », « Lot 2 : … »), not sections
_LIST_SCOPE = 400  # how far a list entry's lot still applies


def _block_end(low: str, pos: int, lines: int) -> int:
    """End of the block of `lines` lines opened at pos, stopped early by a blank line."""
    end = pos
    for _ in range(lines):
        nxt = low.find("\n", end + 1 if end > pos else end)
        nxt = len(low) if nxt < 0 else nxt
        if not low[end:nxt].strip() and end > pos:
            break
        end = nxt
    return min(end, pos + _LIST_SCOPE)


def _lot_scopes(lot_positions: list[tuple[int, str]], low: str) -> list[tuple[int, str, float]]:
    """(offset, lot, end of scope): a lot mark opens a section up to the next mark, but in a list
    of lots (a run of close marks naming three lots or more) each entry covers the text up to the
    next entry, and the last one only as many lines as the longest entry before it (a row of a
    list, or a « Lot nº / Intitulé / Valeur » block of a notice)."""
    out: list[tuple[int, str, float]] = []
    run: list[tuple[int, str]] = []

    def flush() -> None:
        if len({lot for _p, lot in run}) < 3:
            out.extend((p, lot, float("inf")) for p, lot in run)
        else:
            # lines spanned by each entry (from one lot to the next different one)
            starts = [i for i, (_p, lot) in enumerate(run) if i == 0 or lot != run[i - 1][1]]
            height = max((low.count("\n", run[a][0], run[b][0]) for a, b in zip(starts, starts[1:])), default=1)
            last_start = run[starts[-1]][0]
            last_end = _block_end(low, last_start, max(height, 1))
            for i, (p, lot) in enumerate(run):
                nxt = next((q for q, other in run[i + 1:] if other != lot), None)
                out.append((p, lot, nxt if nxt is not None else last_end))
        run.clear()

    for p, lot in lot_positions:
        if run and p - run[-1][0] >= _LIST_GAP:
            flush()
        run.append((p, lot))
    flush()
    return out


def _lot_at(lot_positions: list[tuple[int, str, float]], pos: int) -> str | None:
    current = None
    for p, lot, end in lot_positions:
        if p > pos:
            break
        current = lot if pos <= end else None
    return current


@dataclass(slots=True)
class AmountsResult:
    estimated_ht: float | None = None
    max_ht: float | None = None
    min_ht: float | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    spans_by_kind: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # 'estimated' / 'max' / 'min'
    notes: list[str] = field(default_factory=list)
    per_lot: dict[str, dict[str, float]] = field(default_factory=dict)
    durations: Durations | None = None
    ttc_only: bool = False


def _fmt(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s[:-3] if s.endswith(",00") else s


def _part_name(part: str) -> str:
    """'3' -> 'lot 3'; 'TF' -> 'tranche ferme'; 'TO2' -> 'tranche optionnelle 2' (see _inline_tranche)."""
    kinds = {"TF": "tranche ferme", "TO": "tranche optionnelle", "TC": "tranche conditionnelle"}
    if part[:2] in kinds:
        return (kinds[part[:2]] + " " + part[2:]).strip()
    return f"lot {part}"


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
    for c in by_lot.values():
        res.per_lot.setdefault(c.lot, {})[kind] = c.total
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
        if len(by_lot) == 1:
            c = next(iter(by_lot.values()))
            res.notes.append(f"{label} : {_fmt(total)} € HT ({_part_name(c.lot)})" + (f" ({c.note})" if c.note else ""))
        else:
            parts = "tranches" if all(_part_name(k).startswith("tranche") for k in by_lot) else "lots"
            res.notes.append(f"{label} : somme sur {len(by_lot)} {parts} = {_fmt(total)} € HT")
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


_PAIR_RE = re.compile(r"minim\w*\s*/\s*maxim\w*[^0-9\n]{0,40}$"
                      # « les montants minimum et maximum …, sont respectivement de 10 000 € HT et 90 000 € HT »
                      r"|minim\w*\s+et\s+maxim\w*[^0-9\n.;]{0,100}\brespectivement\s+(?:de\s+|d['’]\s?|à\s+)?$")
# « Période 1 : », « — période nº 2 maximal HT »
_PERIOD_N_RE = re.compile(r"p[ée]riode\s*" + NUMERO_OPT + r"(?P<i>\d{1,2})\s*(?::\s*|\s+(?:(?:maxim|minim|estim)\w*\s*)?"
                          r"(?:\(?h\.?t\.?\)?\s*)?:?\s*)$")
_MOE_RE = re.compile(r"ma[iî]trise\s+d['’]\s?(?:œ|oe)uvre")
# « 14 500 € HT par an, soit 58 000 € HT sur quatre ans »: the second figure restates the first
_RESTATE_RE = re.compile(r"^[\s,;(]*(?:(?:par\s+an|par\s+année|annuel(?:lement)?|/\s?an|hors\s+taxes?)\b[\s,;]*)?"
                         r"(?:soit|c['’]est[- ]à[- ]dire)\b[^\d\n]{0,45}$")
# between two figures, only the name of the next part: « …, le lot 2 à », « et celui de la tranche optionnelle à »
_PART = r"(?:" + LOT + r"\d{1,3}|" + TRANCHE + r"(?:\s*" + NUMERO_OPT + r"\d{1,2})?)"
_NEXT_PART_RE = re.compile(r"^[\s,;]*(?:et\s+|dont\s+)?(?:(?:celui|celle)\s+)?(?:pour\s+|de\s+)?(?:le\s+|la\s+|l['’]\s?|au\s+|du\s+)?"
                           + _PART + r"\s*(?::|à|de|pour|est\s+(?:de|estimée?\s+à))?\s*$")
# the previous figure's part named after it, then the next figure: « … € HT pour le lot 1 et de … »
_PART_THEN_NEXT_RE = re.compile(r"^[\s,]*(?:pour|au\s+titre\s+d[ue])\s+(?:le\s+|la\s+)?" + _PART + r"\s*,?\s*(?:et\s+)(?:de\s+|à\s+)?$")
_LOT_AFTER_RE = re.compile(r"^[\s,]*(?:pour|au\s+titre\s+du)\s+(?:le\s+)?" + LOT + r"(\d{1,3})\b" + NOT_A_LIST)
# « … par an pendant 4 ans »
_DURING_RE = re.compile(r"^[\s,]*(?:(?:ht|h\.t\.)\s*)?(?:par\s+an|par\s+année|annuel(?:lement)?)?\s*,?\s*(?:pendant|durant)\s+(?P<n>" + _NW + r")\s*(?:\(\d+\)\s*)?(?:ans|années)\b")
# a tranche named just before the amount: its figures add up like those of lots
_TRANCHE_RE = re.compile(r"\btranche\s+(ferme|optionnelle|conditionnelle)(?:\s*" + NUMERO_OPT + r"(\d{1,2}))?")
# « Valeur maximum estimée » is the estimated value of the contract as well as its maximum
_MAX_ESTIMATED_RE = re.compile(r"(?:valeur|montant)\s+maxim(?:um|al|ale)\s+estim[ée]+|(?:valeur|montant)\s+estim[ée]+\s+maxim")
# an amount on a row of a lots table rendered as text: « Lot n° 1 Démolition … 612 000 € »
_ROW_START_RE = re.compile(r"^\s*(?:[-•*–]\s*)?(?:" + LOT + r":?\s*\d{1,3}\b|total\b|montant\s+total\b|ensemble\s+des\s+lots)")
_HEADER_LINE_RE = re.compile(r"\blots?\b|:\s*$")  # names the lots, or introduces the list
# a lot named just before the amount, in the same clause: « pour le lot 1 avec un maximum de … »
_INLINE_LOT_RE = re.compile(r"\b" + LOT + r"(\d{1,3})\b" + NOT_A_LIST)


PRICE_SCHEDULES = ("BPU", "DPGF", "DQE")
ROW_NOTE = "ligne d'un tableau des lots"
_BARE_LOT_ROW_RE = re.compile(r"^\s*(?:[-•*–]\s*)?" + LOT + r"\d{1,3}\b(?!\s*(?:,|et|ou|à)\s*\d)")


def _bare_lot_row(row_line: str) -> bool:
    """The start of a line up to its first amount reads like a lots-table row (« lot 1 gros œuvre »,
    « lot n° 1 | voirie | »): a lot mark, a short title, no other figure, no word that gives the
    amount another meaning (minimum, unit price, threshold…)."""
    mark = _BARE_LOT_ROW_RE.match(row_line)
    if mark is None or len(row_line) > 140:
        return False
    rest = row_line[mark.end():]
    if re.search(r"\d", rest) or find_amounts(row_line):
        return False
    return not (_EXCLUDE_RE.search(rest) or _MIN_RE.search(rest) or _MAX_RE.search(rest)
                or re.search(r"\bttc\b|unitaire|\bpu\b|\bpar\b", rest))


def _sentence(scan: Scanner, start: int, end: int) -> str:
    low = scan.low
    s = max(low.rfind(". ", max(0, start - 250), start), low.rfind("\n", max(0, start - 250), start), start - 250, 0)
    e = low.find(". ", end, end + 200)
    e = end + 200 if e < 0 else e
    nl = low.find("\n", end, e)
    if nl >= 0:
        e = nl
    return low[s:e]


def _own_left(left: str) -> str:
    """The part of the left context that speaks of this amount: from the last sentence break,
    and after a « soit » that links it to the previous figure."""
    cut = max(left.rfind(". "), left.rfind("; "), left.rfind(".-"))
    if cut >= 0:
        left = left[cut + 2:]
    m = None
    for m in re.finditer(r"\bsoit\b", left):
        pass
    if m is not None:
        left = left[m.end():]
    return left


def _own_right(right: str, next_start: int | None, a_end: int) -> str:
    if next_start is not None and next_start - a_end < len(right):
        right = right[:max(next_start - a_end, 0)]
        # « 14 500 € par an, soit 58 000 € »: stop before the link to the next figure
        right = re.split(r"\bsoit\b", right)[0]
    cut = right.find(". ")
    if cut >= 0:
        right = right[:cut]
    return right


def _header_kind(scan: Scanner, line_start: int) -> tuple[str | None, bool]:
    """Kind of the amount column of a text table, read in the header line above its rows."""
    low = scan.low
    pos = line_start
    for _ in range(12):
        prev = low.rfind("\n", 0, max(pos - 1, 0))
        if pos <= 0:
            return None, False
        line = low[prev + 1:pos]
        pos = prev + 1
        if _ROW_START_RE.match(line) or not line.strip():
            continue
        if _HEADER_LINE_RE.search(line) and not find_amounts(line):
            annual = bool(_ANNUAL_RE.search(line))
            if re.search(r"maxi", line):
                return "max", annual
            if re.search(r"mini", line):
                return "min", annual
            if re.search(r"montant|estim|valeur|budget|co[uû]t", line) and not re.search(r"\bttc\b", line):
                return "estimated", annual
            return None, False
        # a wrapped row (« technique du bâtiment ») or the end of the header (« HT) »): keep looking up
        if len(line) > 120:
            return None, False
    return None, False


def _row_start(scan: Scanner, line_start: int, a_start: int) -> int | None:
    """Start of the text-table row holding an amount: its own line when it opens with « Lot n° 1 »
    or « Total », else a line up to three lines above (a title wrapped by the layout)."""
    low = scan.low
    if _ROW_START_RE.match(low[line_start:a_start]):
        return line_start
    if low[line_start:a_start].strip() and len(low[line_start:a_start]) > 60:
        return None
    pos = line_start
    for _ in range(3):
        if pos <= 0:
            return None
        prev = low.rfind("\n", 0, pos - 1) + 1
        line = low[prev:pos - 1]
        if _ROW_START_RE.match(line):
            return prev if not find_amounts(line) else None
        if not line.strip() or len(line) > 80 or find_amounts(line):
            return None
        pos = prev
    return None


def _inline(scan: Scanner, a_start: int, left_start: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The last mention of a part (lot, tranche) in the clause just before an amount."""
    window = scan.low[max(left_start, a_start - 120):a_start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind(".-"))
    if cut >= 0:
        window = window[cut + 1:]
    found = None
    for found in pattern.finditer(window):
        pass
    return found


def _inline_lot(scan: Scanner, a_start: int, left_start: int) -> str | None:
    found = _inline(scan, a_start, left_start, _INLINE_LOT_RE)
    return str(int(found.group(1))) if found is not None else None


def _inline_tranche(scan: Scanner, a_start: int, left_start: int) -> str | None:
    """« tranche ferme » -> 'TF', « tranche optionnelle 2 » -> 'TO2': the tranches of one contract
    add up like lots (they are not lots)."""
    found = _inline(scan, a_start, left_start, _TRANCHE_RE)
    if found is None:
        return None
    return "T" + found.group(1)[0].upper() + (found.group(2) or "")


def analyse_amounts(doc: Document, scan: Scanner, lot_positions: list[tuple[int, str]],
                    divided: bool | None, table: LotTable | None = None) -> AmountsResult:
    res = AmountsResult()
    # a price schedule lists unit prices (or a detail of quantities): its rows never give the value of a lot
    price_schedule = doc.doc_type in PRICE_SCHEDULES
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
    last: tuple[int, str | None, str | None] = (-1, None, None)  # (end, kind, lot) of the previous amount
    last_cand: Candidate | None = None
    last_cand_end = -2
    years = durations.total_years()
    periods = durations.periods()
    scopes = _lot_scopes(lot_positions, scan.low)

    def multiply(value: float, annual: bool, per_period: bool) -> tuple[float, str]:
        if annual:
            if years and years > 1:
                return value * years, f"montant annuel × {years:g} ans (durée totale, reconductions comprises)"
            if durations.renewals and periods and periods > 1 and not durations.initial_months:
                return value * periods, f"montant annuel × {periods} périodes d'un an (reconductions comprises)"
            return value, "montant annuel, durée totale non déterminée"
        if per_period and periods and periods > 1:
            return value * periods, f"montant par période × {periods} périodes (reconductions comprises)"
        return value, ""

    for s, e in scan.windows(EURO_ANCHOR, 60, 30):
        found = find_amounts(scan.text, s, e)
        for idx, a in enumerate(found):
            left, right = _context(scan, a, prev_end)
            left_start = max(prev_end, a.start - 110, 0)
            prev_end = a.end
            if a.tax == "TTC":
                ttc_seen = True
                pair_next = None
                last = (a.end, _kind(left, right), None)  # an HT figure restating it takes its kind
                continue
            kind = _kind(left, right)
            wide_left = scan.low[max(0, a.start - 160):a.start]
            if _PAIR_RE.search(wide_left):
                kind, pair_next = "min", "max"
            elif pair_next and re.fullmatch(r"[\s(]*(?:h\.?t\.?)?[\s)]*(?:/|,?\s*et\s+(?:de\s+|à\s+)?)\s*", left):
                kind, pair_next = pair_next, None
            else:
                pair_next = None
            between = scan.low[last[0]:a.start] if last[0] >= 0 and a.start - last[0] < 80 else None
            if kind is None and last[1] is not None and between is not None and (
                    _RESTATE_RE.match(between) or _NEXT_PART_RE.match(between) or _PART_THEN_NEXT_RE.match(between)
                    or re.fullmatch(r"\s*[(\[]\s*", between)):
                # « …, soit 58 000 € HT sur la durée totale », « 144 000 € TTC (120 000 € HT) »,
                # « le lot 1 est estimé à 45 000 € HT, le lot 2 à 30 000 € HT »
                kind = last[1]
            period_n = _PERIOD_N_RE.search(left)
            if period_n and kind is None:
                idx_n = int(period_n.group("i"))
                if series and idx_n == len(series) + 1:
                    kind = series_kind
                else:
                    m_kind = None
                    for kk, rx in (("max", _MAX_RE), ("min", _MIN_RE), ("estimated", _EST_RE)):
                        hits = [m.start() for m in rx.finditer(wide_left)]
                        if hits and (m_kind is None or hits[-1] > m_kind[0]):
                            m_kind = (hits[-1], kk)
                    kind = m_kind[1] if m_kind else series_kind
            line_start = scan.low.rfind("\n", 0, a.start) + 1
            row_line = scan.low[line_start:a.start]
            header_annual = False
            bare_row = False
            if kind is None and not price_schedule:
                row_start = _row_start(scan, line_start, a.start)
                if row_start is not None:
                    kind, header_annual = _header_kind(scan, row_start)
                if kind is None and row_start == line_start and _bare_lot_row(row_line):
                    # « Lot 1 Gros œuvre 250 000 € », « Lot n° 1 | Voirie | 300 000 € HT » with no header:
                    # the lot's value, used only when nothing states the estimate in words
                    kind, bare_row = "estimated", True
            if kind is None or a.value <= 0:
                last = (a.end, None, None)
                continue
            if moe and re.search(r"travaux", left[-60:]) and kind == "estimated":
                last = (a.end, None, None)
                continue
            next_start = found[idx + 1].start if idx + 1 < len(found) else None
            own_left = _own_left(left)
            own_right = _own_right(right, next_start, a.end)
            own = own_left[-80:] + " " + own_right[:80]
            sentence = _sentence(scan, a.start, a.end)
            total = a.value
            note = ""
            # a run of figures with no sentence break keeps the « annuel » of its opening phrase
            chained = (last_cand is not None and last_cand.note.startswith("montant annuel") and last[0] == last_cand_end
                       and a.start - last[0] < 150 and not re.search(r"\.\s|\n|;", scan.low[last[0]:a.start]))
            if _TOTAL_RE.search(own):
                note = "montant donné pour toute la durée"
            elif _EACH_PERIOD_RE.search(sentence) and kind in ("max", "min") and periods and periods > 1:
                # « pour la période initiale et chaque période de reconduction (annuelle) » : a figure per period,
                # whatever the length of the first one
                total, note = multiply(a.value, False, True)
            elif _ANNUAL_RE.search(own) or chained or header_annual or (_ANNUAL_RE.search(sentence) and not _TOTAL_RE.search(sentence)
                                                       and not _RESTATE_RE.match(between or "")):
                total, note = multiply(a.value, True, False)
                during = _DURING_RE.match(own_right)
                if not (years and years > 1) and during and (n_years := small_number(during.group("n"))) and 1 < n_years <= 10:
                    # « 90 000 € HT par an pendant 4 ans »: the clause gives its own duration
                    total, note = a.value * n_years, f"montant annuel × {n_years} ans"
            elif (_PERIOD_RE.search(sentence) or _PERIOD_RE.search(scan.low[a.end:a.end + 160])) and kind in ("max", "min"):
                total, note = multiply(a.value, False, True)
            after = _LOT_AFTER_RE.match(own_right)
            if after is not None:
                lot = str(int(after.group(1)))  # the lot named right after its figure: « … € HT pour le lot 2 »
            elif between is not None and _PART_THEN_NEXT_RE.match(between):
                lot = None  # the lot named just before belongs to the previous figure
            else:
                lot = _inline_lot(scan, a.start, left_start)
            tranche = _inline_tranche(scan, a.start, left_start) if lot is None else None
            if lot is None and tranche is None and last[2] is not None and between is not None and not re.search(r"\.\s|\n|;", between):
                lot = last[2]  # « pour le lot 1 avec un minimum de 20 000 € HT et un maximum de 70 000 € HT »
            if lot is None:
                lot = _lot_at(scopes, a.start)
            total_row = re.match(r"\s*(?:total|montant\s+total|ensemble\s+des\s+lots)\b", row_line) is not None
            if total_row:
                lot = None
            if kind == last[1] and between is not None and _RESTATE_RE.match(between) and last[2] is not None:
                lot = last[2]
            if divided is False:
                lot = None
            if lot is None and not total_row:
                lot = tranche
            lotwide = bool(_LOTWIDE_RE.search(own))
            if lotwide and lot is not None and not _ALL_LOTS_RE.search(own):
                # « Le montant total maximum annuel … » inside a lot's section is the lot's total
                lotwide = False
            elif _ALL_LOTS_RE.search(own) or total_row:
                lotwide = True
            last = (a.end, kind, lot)
            s0, e0 = scan.span(a.start, a.end)
            cand = Candidate(kind, a.value, total, s0, e0, a.tax, lot, lotwide, note)
            if bare_row:
                cand.weak = True
                cand.note = cand.note or ROW_NOTE
            if bare_row and lot is None:
                last = (a.end, None, None)
                continue
            if period_n:
                idx_n = int(period_n.group("i"))
                if idx_n == 1 or not series:
                    series = [cand]
                    series_kind = kind
                    cands.append(cand)
                elif idx_n == len(series) + 1 and series[0].kind == kind:
                    series.append(cand)
                    head = series[0]
                    head.total = sum(c.value for c in series)
                    head.end = e0
                    head.note = f"somme des {len(series)} périodes"
                continue
            series = []
            restated = last_cand if (last_cand is not None and last_cand.kind == kind and between is not None
                                     and _RESTATE_RE.match(between)) else None
            last_cand = cand
            last_cand_end = a.end
            if restated is not None:
                # the same figure said twice: an explicit total over the whole duration beats an annual one
                if note.startswith("montant donné") and not restated.note.startswith("montant donné"):
                    if restated in cands:
                        cands.remove(restated)
                        seen.discard((kind, round(restated.total, 2), None if restated.lotwide else restated.lot))
                elif restated.note.startswith("montant donné") and not note.startswith("montant donné"):
                    continue
            key = (kind, round(total, 2), None if lotwide else lot)
            if key in seen:
                continue
            seen.add(key)
            cands.append(cand)
            if kind == "max" and _MAX_ESTIMATED_RE.search(own_left):
                weak = Candidate("estimated", a.value, total, s0, e0, a.tax, lot, lotwide, note)
                weak.weak = True
                cands.append(weak)
    if table is not None:
        _table_candidates(table, scan, cands, seen, multiply, divided, rows=not price_schedule)
    # rows of the same list of lots: once one lot's value is read for sure, the bare rows are its siblings
    if any(c.kind == "estimated" and not c.weak and c.lot is not None and not c.lotwide for c in cands):
        for c in cands:
            if c.weak and c.note == ROW_NOTE:
                c.weak = False
    res.ttc_only = ttc_seen and not cands
    for kind in ("estimated", "max", "min"):
        pool = [c for c in structured if c.kind == kind] or [c for c in cands if c.kind == kind and not c.weak] or \
            [c for c in cands if c.kind == kind]
        before = len(res.spans)
        value = _choose(pool, kind, divided, res)
        if value is not None:
            res.spans_by_kind[kind] = res.spans[before:]
        if kind == "estimated":
            res.estimated_ht = value
        elif kind == "max":
            res.max_ht = value
        else:
            res.min_ht = value
    if res.max_ht is not None and res.min_ht is not None and res.min_ht > res.max_ht:
        res.min_ht = None
    return res


def _table_candidates(table: LotTable, scan: Scanner, cands: list[Candidate], seen: set, multiply, divided,
                      rows: bool = True) -> None:
    for num, row in (table.rows.items() if rows else ()):
        for kind, value in row.amounts.items():
            total, note = multiply(value, row.annual.get(kind, False), False)
            key = (kind, round(total, 2), str(num))
            if key in seen or divided is False:
                continue
            seen.add(key)
            a, b = row.amount_spans.get(kind, (row.start, row.end))
            s0, e0 = scan.span(a, b)
            cands.append(Candidate(kind, value, total, s0, e0, "HT", str(num), False,
                                   ("tableau des lots ; " + note if note else "tableau des lots")))
    for kind, (value, a, b, annual) in table.totals.items():
        total, note = multiply(value, annual, False)
        key = (kind, round(total, 2), None)
        if key in seen:
            continue
        seen.add(key)
        s0, e0 = scan.span(a, b)
        cands.append(Candidate(kind, value, total, s0, e0, "HT", None, True,
                               ("total du tableau des lots ; " + note if note else "total du tableau des lots")))
