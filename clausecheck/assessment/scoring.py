"""Accessibility of a tender (per lot and per dossier) for two profiles: « TPE/PME locale »
and « SIAE / EA / ESAT ». Each factor is a 0–100 score with a weight; an unknown factor is left
out of the weighted mean (status « donnees_insuffisantes »), never counted as zero."""

from __future__ import annotations

from copy import copy
from typing import Any

from pydantic import JsonValue

from clausecheck.assessment.aggregate import Merged
from clausecheck.model import Evidence
from clausecheck.results import Accessibility, Fact, Factor, Lot, LotAccessibility, Profile, Requirements, TenderFacts
from clausecheck.text import french_number

INSUFFICIENT = "donnees_insuffisantes"


def _fmt(v: float | None) -> str:
    if v is None:
        return "?"
    return f"{french_number(v, group=' ')} € HT"


def _ev(value: Any) -> list[Evidence]:
    return list(getattr(value, "evidence", None) or [])[:3]


def _factor(fid: str, label: str, value: JsonValue, score: float | None, explanation: str,
            evidence: list[Evidence] | None = None) -> Factor:
    return Factor(fid, label, value, score, 0.0, None, "ok" if score is not None else INSUFFICIENT,
                  explanation if score is not None else (explanation or "données insuffisantes"), list(evidence or []))


def sector_match(texts: list[str], cpvs: list[str], settings: dict[str, Any]) -> dict[str, Any] | None:
    """The SIAE/EA/ESAT sector an object or CPV falls in, if any."""
    low = " ".join(t.lower() for t in texts if t)
    for sector in settings.get("siae_sectors") or []:
        for code in cpvs:
            if any(code.startswith(str(p)) for p in sector.get("cpv") or []):
                return {"sector": sector["id"], "label": sector["label"], "by": f"code CPV {code}"}
        for kw in sector.get("keywords") or []:
            if kw.lower() in low:
                return {"sector": sector["id"], "label": sector["label"], "by": f"objet : « {kw} »"}
    return None


def _lot_size(amount: float | None, amount_ev: list[Evidence], settings: dict[str, Any]) -> Factor:
    if amount is None:
        return _factor("lot_size", "Montant du lot ou du marché", None, None,
                       "Montant non indiqué dans les documents : données insuffisantes.")
    score = None
    for band in settings["accessibility"]["lot_size_bands_ht"]:
        if band.get("max") is None or amount <= band["max"]:
            score = float(band["score"])
            break
    return _factor("lot_size", "Montant du lot ou du marché", amount, score,
                   f"Montant de {_fmt(amount)} : plus il est petit, plus une petite structure peut y répondre seule.",
                   amount_ev)


def _allotment(tender: Merged) -> Factor:
    a = tender.allotment
    ev = a.evidence[:2]
    if a.divided is True:
        n = a.lot_count
        return _factor("allotment", "Allotissement", True, 100.0,
                       f"Marché alloti{f' en {n} lots' if n else ''} : une petite structure peut répondre à un seul lot.", ev)
    if a.divided is False:
        if a.no_division_reason:
            return _factor("allotment", "Allotissement", False, 40.0,
                           "Marché non alloti, avec une justification (L2113-11) : il faut pouvoir répondre au tout.", ev)
        return _factor("allotment", "Allotissement", False, 20.0,
                       "Marché non alloti sans justification trouvée : il faut pouvoir répondre au tout.", ev)
    return _factor("allotment", "Allotissement", None, None, "Les documents ne disent pas si le marché est alloti.")


def _turnover(req: Requirements, amount: float | None) -> Factor:
    t = req.min_turnover
    if not t:
        return _factor("min_turnover", "Chiffre d'affaires minimum exigé", None, None,
                       "Aucune exigence de chiffre d'affaires trouvée : données insuffisantes pour conclure.")
    value = t.value if isinstance(t.value, (int, float)) and not isinstance(t.value, bool) else None
    mult = t.multiple
    if value is None and mult:
        score = 70.0 if mult <= 1 else 45.0 if mult <= 1.5 else 20.0
        return _factor("min_turnover", "Chiffre d'affaires minimum exigé", f"{mult:g} × le montant", score,
                       f"Chiffre d'affaires exigé de {mult:g} fois le montant du marché.", _ev(t))
    if value is None:
        return _factor("min_turnover", "Chiffre d'affaires minimum exigé", None, None, "")
    if amount:
        ratio = value / amount
        score = 80.0 if ratio <= 0.5 else 60.0 if ratio <= 1 else 40.0 if ratio <= 1.5 else 15.0
        expl = f"Chiffre d'affaires minimum de {_fmt(value)}, soit {ratio:.1f} fois le montant du marché."
    else:
        score = 80.0 if value <= 100000 else 55.0 if value <= 500000 else 25.0
        expl = f"Chiffre d'affaires minimum de {_fmt(value)}."
    return _factor("min_turnover", "Chiffre d'affaires minimum exigé", value, score, expl, _ev(t))


def _references(req: Requirements) -> Factor:
    r = req.references
    if not r:
        return _factor("references", "Références exigées", None, None, "Aucune exigence de références trouvée.")
    n = r.count
    score = 60.0 if not n else 70.0 if n <= 2 else 35.0
    return _factor("references", "Références exigées", n or True, score,
                   f"{n} références exigées." if n else "Des références de prestations similaires sont demandées.", _ev(r))


def _certifications(req: Requirements, known: bool) -> Factor:
    certs = req.certifications
    if not certs:
        if known:
            return _factor("certifications", "Certifications ou qualifications", [], 100.0,
                           "Aucune certification ni qualification citée dans les documents lus.")
        return _factor("certifications", "Certifications ou qualifications", None, None, "")
    names: list[JsonValue] = [c.value for c in certs]
    score = max(10.0, 100.0 - 25.0 * len(names))
    ev = [e for c in certs[:3] for e in c.evidence[:1]]
    return _factor("certifications", "Certifications ou qualifications", names, score,
                   "Certifications ou qualifications citées : " + ", ".join(map(str, names)) + ".", ev)


def _response_time(facts: TenderFacts) -> Factor:
    days = facts.response_days
    if days is None:
        return _factor("response_time", "Délai de réponse", None, None,
                       "Date de publication ou date limite non trouvée : délai inconnu.")
    score = 100.0 if days >= 30 else 70.0 if days >= 20 else 40.0 if days >= 15 else 10.0
    ev = _ev(facts.publication_date) + _ev(facts.deadline)
    return _factor("response_time", "Délai de réponse", days, score, f"{days} jours entre la publication et la date limite.", ev)


def _number(fact: Fact | None) -> float | None:
    if fact is None or fact.value is None or isinstance(fact.value, str):
        return None
    return float(fact.value)


def _advance(req: Requirements) -> Factor:
    a = req.advance_rate_sme or req.advance_rate
    rate = _number(a)
    if rate is None:
        return _factor("advance", "Avance", None, None, "Taux d'avance non trouvé.")
    score = 100.0 if rate >= 20 else 75.0 if rate >= 10 else 55.0 if rate >= 5 else 20.0
    expl = "Aucune avance prévue : la trésorerie d'une petite structure est sollicitée." if rate == 0 else \
        f"Avance de {rate:g} % (R2191-3, R2191-7)."
    return _factor("advance", "Avance", rate, score, expl, _ev(a))


def _retenue(req: Requirements) -> Factor:
    r = req.retenue_garantie
    rate = _number(r)
    if rate is None:
        return _factor("retenue_garantie", "Retenue de garantie", None, None, "Retenue de garantie non mentionnée.")
    score = 100.0 if rate == 0 else 70.0 if rate <= 3 else 45.0
    return _factor("retenue_garantie", "Retenue de garantie", rate, score,
                   "Pas de retenue de garantie." if rate == 0 else f"Retenue de garantie de {rate:g} % (R2191-33 : 5 % au plus).",
                   _ev(r))


def _payment(req: Requirements) -> Factor:
    p = req.payment_delay_days
    value = _number(p)
    if value is None:
        return _factor("payment_delay", "Délai de paiement", None, None, "Délai de paiement non mentionné.")
    days = int(value)
    score = 100.0 if days <= 30 else 60.0 if days <= 50 else 30.0
    return _factor("payment_delay", "Délai de paiement", days, score, f"Paiement sous {days} jours (R2192-10 : 30 jours).", _ev(p))


def _groupement(req: Requirements) -> Factor:
    g = req.groupement_form
    if not g or not g.value:
        return _factor("groupement", "Forme du groupement", None, None, "Forme de groupement non précisée.")
    v = g.value
    score = 55.0 if v == "solidaire" else 100.0
    return _factor("groupement", "Forme du groupement", v, score,
                   "Groupement solidaire imposé : chaque membre répond de l'ensemble." if v == "solidaire"
                   else f"Groupement {v} possible : répondre à plusieurs est facilité.", _ev(g))


def _sector(tender: Merged, lot: Lot | None, settings: dict[str, Any]) -> Factor:
    facts = tender.facts
    obj = str(facts.object.value) if facts.object and facts.object.value else None
    texts = [obj or ""]
    cpvs = [c.code for c in facts.cpv]
    if lot is not None:
        texts = [lot.title or "", *texts]
        cpvs = list(lot.cpv) + cpvs
    if not any(texts) and not cpvs:
        return _factor("sector", "Secteur d'activité", None, None, "Objet et codes CPV inconnus.")
    match = sector_match(texts, cpvs, settings)
    ev = _ev(facts.object) or [e for c in facts.cpv[:1] for e in c.evidence[:1]]
    if match:
        return _factor("sector", "Secteur d'activité", match["label"], 100.0,
                       f"Secteur où travaillent souvent SIAE, EA et ESAT ({match['label']}, {match['by']}).", ev)
    return _factor("sector", "Secteur d'activité", None, 25.0,
                   "L'objet ne relève pas d'un secteur habituel des SIAE, EA et ESAT.", ev)


def _reservation(tender: Merged, lot: Lot | None) -> Factor:
    bases: list[str] = list(tender.reservation_bases)
    reserved_lots = [other.number for other in tender.lots if other.reserved_bases]
    if lot is not None and reserved_lots:
        # the documents say which lots are reserved: a lot is judged on its own reservation
        own: list[JsonValue] = list(lot.reserved_bases)
        if own:
            return _factor("reservation", "Marché réservé", own, 100.0, f"Lot réservé ({', '.join(map(str, own))}).")
        which = ", ".join(str(n) for n in reserved_lots)
        return _factor("reservation", "Marché réservé", False, 0.0,
                       f"Ce lot n'est pas réservé (lot(s) réservé(s) : {which}).")
    if lot is not None:
        bases = list(lot.reserved_bases) + bases
    reserved = tender.considerations.get("marche_reserve")
    if bases or reserved:
        value: JsonValue = list(bases) if bases else True
        return _factor("reservation", "Marché réservé", value, 100.0,
                       "Marché ou lot réservé" + (f" ({', '.join(bases)})" if bases else "") + ".")
    if reserved is False:
        return _factor("reservation", "Marché réservé", False, 0.0, "Aucune réservation (L2113-12, L2113-13).")
    return _factor("reservation", "Marché réservé", None, None, "Réservation non déterminée.")


def _insertion(tender: Merged) -> Factor:
    v = tender.considerations.get("clause_insertion")
    if v is True:
        return _factor("insertion_clause", "Clause d'insertion", True, 80.0,
                       "Clause d'insertion : le titulaire peut la remplir en sous-traitant ou co-traitant avec une SIAE, EA ou ESAT.")
    if v is False:
        return _factor("insertion_clause", "Clause d'insertion", False, 30.0, "Pas de clause d'insertion.")
    return _factor("insertion_clause", "Clause d'insertion", None, None, "Présence d'une clause d'insertion inconnue.")


def _combine(label: str, factors: list[Factor], weights: dict[str, float], settings: dict[str, Any]) -> Profile:
    acc = settings["accessibility"]
    total_w = sum(float(weights.get(f.id, 0)) for f in factors)
    known = [f for f in factors if f.status == "ok"]
    known_w = sum(float(weights.get(f.id, 0)) for f in known)
    for f in factors:
        f.weight = float(weights.get(f.id, 0))
    score = None
    if len(known) >= int(acc.get("min_known_factors", 3)) and total_w and known_w / total_w >= float(
            acc.get("min_known_weight_share", 0.4)) and known_w > 0:
        score = round(sum((f.score or 0.0) * f.weight for f in known) / known_w, 1)
        for f in known:
            f.contribution = round((f.score or 0.0) * f.weight / known_w, 1)
    return Profile(label, score, "ok" if score is not None else INSUFFICIENT, len(known), factors)


def profiles(tender: Merged, lot: Lot | None, settings: dict[str, Any], docs_read: bool) -> dict[str, Profile]:
    req = tender.facts.requirements
    if lot is not None:
        amount = lot.estimated_ht or lot.max_ht
        amount_ev = lot.evidence[:2]
    else:
        amount = tender.amounts.estimated_ht or tender.amounts.max_ht
        amount_ev = tender.amounts.evidence[:2]
    conf = settings["accessibility"]["profiles"]
    size = _lot_size(amount, amount_ev, settings)
    allot = _allotment(tender)
    turnover = _turnover(req, amount)
    certs = _certifications(req, docs_read)
    tpe = [copy(size), copy(allot), copy(turnover), _references(req), copy(certs), _response_time(tender.facts),
           _advance(req), _retenue(req), _payment(req), _groupement(req)]
    siae = [_sector(tender, lot, settings), _reservation(tender, lot), _insertion(tender), copy(size), copy(allot),
            copy(turnover), copy(certs)]
    return {
        "tpe_pme_locale": _combine(conf["tpe_pme_locale"]["label"], tpe, conf["tpe_pme_locale"]["weights"], settings),
        "siae_ea_esat": _combine(conf["siae_ea_esat"]["label"], siae, conf["siae_ea_esat"]["weights"], settings),
    }


def accessibility(tender: Merged, settings: dict[str, Any], docs_read: bool = True) -> Accessibility:
    lots = [LotAccessibility(lot.number, lot.title or "", profiles(tender, lot, settings, docs_read))
            for lot in tender.lots]
    return Accessibility(profiles(tender, None, settings, docs_read), lots)


__all__ = ["accessibility", "profiles", "sector_match"]
