"""Match scanned dossiers to DECP records, with a score and its reasons (in French).

A dossier (one consultation, maybe several lots) matches the DECP records of its lots. Score out
of 1: buyer 0.30 (same SIRET; or the bilan's own buyer, `--acheteur`; or close names), reference
0.25 (the consultation number found in the DECP identifier or object), object 0.25 (share of
significant words in common, with the dossier's object or a lot title), dates 0.10 (notified
after the consultation, within 18 months; half within 36), amount 0.10 (within 25 % of the
dossier's or lot's estimate; half within 50 %). A record is matched when its score is at least
0.5 and its object or reference agrees; each record goes to its best dossier only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from clausecheck.assessment.bilan.indicators import scope_sql
from clausecheck.assessment.bilan.model import Match, Scope
from clausecheck.assessment.bilan.scan_input import ScanTender
from clausecheck.ingestion.decp.convert import fold
from clausecheck.ingestion.decp.store import Store
from clausecheck.patterns import LOT_SPACED
from clausecheck.text import french_number

WEIGHTS = {"buyer": 0.30, "reference": 0.25, "object": 0.25, "dates": 0.10, "amount": 0.10}
MIN_SCORE = 0.5
MIN_OBJECT = 0.3
STOPWORDS = frozenset("""
le la les de des du d l un une et en au aux a pour par sur dans avec sans ou son sa ses leur leurs ce cette
lot lots marche marches accord cadre prestations prestation fourniture fournitures travaux services service
relatif relatifs relative relatives concernant objet ville commune n no
""".split())
_LOT = re.compile(r"\b" + LOT_SPACED + r"(\d{1,3})\b", re.IGNORECASE)


@dataclass(slots=True)
class Candidate:
    record_id: int
    decp_id: str | None
    buyer_siret: str
    buyer_name: str | None
    object: str | None
    notified: date
    amount: float | None
    social: tuple[str, ...] | None
    environmental: tuple[str, ...] | None

    @property
    def lot_number(self) -> int | None:
        m = _LOT.search(self.object or "")
        return int(m.group(1)) if m else None


def words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", fold(text or "")) if len(w) >= 3 and w not in STOPWORDS}


def overlap(a: str | None, b: str | None) -> float:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _alnum(text: str | None) -> str:
    return re.sub(r"[^A-Z0-9]", "", fold(text or "").upper())


def candidates(store: Store, tender: ScanTender, scope: Scope) -> list[Candidate]:
    where, params = scope_sql(scope)
    clauses = [where]
    anchor = tender.publication_date or (tender.deadline.date() if isinstance(tender.deadline, datetime) else tender.deadline)
    if anchor:
        clauses.append("c.notified BETWEEN ? AND ?")
        params += [anchor - timedelta(days=60), anchor + timedelta(days=3 * 366)]
    if tender.buyer_siret:
        clauses.append("c.buyer_siret = ?")
        params.append(tender.buyer_siret)
    texts = [tender.object] + [lot.title for lot in tender.lots]
    tokens = sorted({w for t in texts for w in words(t) if len(w) >= 5}, key=len, reverse=True)[:8]
    anyof = ["lower(strip_accents(coalesce(c.object, ''))) LIKE ?" for _ in tokens]
    params += [f"%{t}%" for t in tokens]
    reference = _alnum(tender.reference)
    if len(reference) >= 5:
        anyof.append("regexp_replace(upper(coalesce(c.decp_id, '') || coalesce(c.object, '')), '[^A-Z0-9]', '', 'g') LIKE ?")
        params.append(f"%{reference}%")
    if not anyof:
        return []
    clauses.append("(" + " OR ".join(anyof) + ")")
    rows = store.con.execute(
        "SELECT record_id, decp_id, buyer_siret, buyer_name, object, notified, amount_initial, social_values, env_values "
        f"FROM contracts c WHERE {' AND '.join(clauses)} LIMIT 5000", params).fetchall()
    return [Candidate(record_id=r[0], decp_id=r[1], buyer_siret=r[2], buyer_name=r[3], object=r[4], notified=r[5],
                      amount=r[6], social=tuple(r[7].split("|")) if r[7] is not None else None,
                      environmental=tuple(r[8].split("|")) if r[8] is not None else None) for r in rows]


def _pct(x: float) -> str:
    return f"{x * 100:.0f}\u202f%"


def _money(x: float) -> str:
    return french_number(x) + " €"


def score(tender: ScanTender, cand: Candidate, scope: Scope) -> tuple[float, list[str], int | None, float, bool]:
    """(score, French reasons, lot number, object similarity, reference found)."""
    reasons: list[str] = []
    parts: dict[str, float] = {}
    if tender.buyer_siret and cand.buyer_siret == tender.buyer_siret:
        parts["buyer"] = 1.0
        reasons.append(f"acheteur : même SIRET ({cand.buyer_siret})")
    elif scope.buyers and any(cand.buyer_siret.startswith(b) for b in scope.buyers):
        parts["buyer"] = 1.0
        reasons.append(f"acheteur : celui du bilan ({cand.buyer_siret}, option --acheteur)")
    elif cand.buyer_name and tender.buyer:
        parts["buyer"] = overlap(cand.buyer_name, tender.buyer)
        reasons.append(f"acheteur : noms proches à {_pct(parts['buyer'])} (« {cand.buyer_name} » / « {tender.buyer} »)")
    else:
        parts["buyer"] = 0.0
        reasons.append("acheteur non vérifiable (ni SIRET dans le dossier, ni nom dans la donnée)")
    reference = _alnum(tender.reference)
    found = bool(reference) and len(reference) >= 5 and (
        reference in _alnum(cand.decp_id) or reference in _alnum(cand.object)
        or (len(_alnum(cand.decp_id)) >= 6 and _alnum(cand.decp_id) in reference))
    parts["reference"] = 1.0 if found else 0.0
    if found:
        reasons.append(f"référence {tender.reference} retrouvée (identifiant DECP « {cand.decp_id} »)")
    lot = None
    if tender.lots:
        numbers = {entry.number: entry for entry in tender.lots}
        lot = cand.lot_number if cand.lot_number in numbers else None
        if lot is None:
            best = max(tender.lots, key=lambda entry: overlap(entry.title, cand.object))
            if overlap(best.title, cand.object) >= 0.5:
                lot = best.number
    similarity = max([overlap(tender.object, cand.object)]
                     + [overlap(entry.title, cand.object) for entry in tender.lots if lot is None or entry.number == lot])
    parts["object"] = similarity
    reasons.append(f"objet : {_pct(similarity)} de mots significatifs en commun"
                   + (f" (lot {lot})" if lot is not None else ""))
    anchor = tender.deadline.date() if isinstance(tender.deadline, datetime) else (tender.deadline or tender.publication_date)
    if anchor and tender.publication_date and cand.notified < tender.publication_date - timedelta(days=30):
        parts["dates"] = 0.0
        reasons.append(f"notifié le {cand.notified:%d/%m/%Y}, avant la consultation")
    elif anchor:
        days = (cand.notified - anchor).days
        parts["dates"] = 1.0 if days <= 548 else 0.5 if days <= 1096 else 0.0
        reasons.append(f"notifié le {cand.notified:%d/%m/%Y} ({days} jours après la "
                       f"{'date limite' if tender.deadline else 'publication'})")
    else:
        parts["dates"] = 0.0
        reasons.append("dates du dossier inconnues")
    estimate = None
    if lot is not None:
        estimate = next((entry.estimated_ht or entry.max_ht for entry in tender.lots if entry.number == lot), None)
    estimate = estimate or tender.estimated_ht or tender.max_ht
    if estimate and cand.amount:
        gap = abs(cand.amount - estimate) / estimate
        parts["amount"] = 1.0 if gap <= 0.25 else 0.5 if gap <= 0.5 else 0.0
        reasons.append(f"montant {_money(cand.amount)} pour {_money(estimate)} estimés (écart {_pct(gap)})")
    else:
        parts["amount"] = 0.0
        reasons.append("montant non comparable")
    total = sum(WEIGHTS[k] * v for k, v in parts.items())
    return round(total, 3), reasons, lot, similarity, found


def match(store: Store, tenders: list[ScanTender], scope: Scope) -> tuple[list[Match], dict[str, list], list[tuple[str, str]]]:
    """Matches (each record to its best dossier), candidates kept per dossier, unmatched dossiers with a reason."""
    pairs = []
    kept: dict[str, list[Candidate]] = {}
    for tender in tenders:
        for cand in candidates(store, tender, scope):
            total, reasons, lot, similarity, found = score(tender, cand, scope)
            if total >= MIN_SCORE and (similarity >= MIN_OBJECT or found):
                pairs.append((total, tender.id, cand, lot, reasons))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2].record_id))
    taken: set[int] = set()
    matches: list[Match] = []
    for total, tender_id, cand, lot, reasons in pairs:
        if cand.record_id in taken:
            continue
        taken.add(cand.record_id)
        kept.setdefault(tender_id, []).append(cand)
        matches.append(Match(tender_id=tender_id, record_id=cand.record_id, decp_id=cand.decp_id,
                             buyer_siret=cand.buyer_siret, object=cand.object, notified=cand.notified, lot=lot,
                             score=total, reasons=reasons))
    unmatched = []
    for tender in tenders:
        if tender.id not in kept:
            why = "aucune donnée essentielle proche (acheteur, référence, objet, dates)" if tender.object or tender.reference \
                else "ni objet ni référence lus dans le dossier : rapprochement impossible"
            unmatched.append((tender.id, why))
    matches.sort(key=lambda m: (m.tender_id, m.lot or 0, m.record_id))
    return matches, kept, unmatched
