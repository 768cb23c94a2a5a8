"""Flags a buyer can act on: threshold opportunities, small lots, possible reservation,
missing justification of non-division, turnover above the legal cap, short response period,
and the loi Climat et Résilience obligations from 22 August 2026."""

from __future__ import annotations

from datetime import date
from typing import Any

from clausecheck.assessment import thresholds as th
from clausecheck.assessment.scoring import sector_match


def _fmt(v: float | None) -> str:
    if v is None:
        return "?"
    return f"{v:,.0f}".replace(",", " ") + " € HT"


def _flag(fid: str, label: str, severity: str, legal_basis: list[str], message: str, *, lot: Any = None,
          amount: float | None = None, evidence: list | None = None, threshold: dict | None = None) -> dict[str, Any]:
    out = {"id": fid, "label": label, "severity": severity, "legal_basis": legal_basis, "message": message,
           "lot": lot, "amount_ht": amount, "evidence": list(evidence or [])[:4]}
    if threshold is not None:
        out["threshold"] = {"id": threshold.get("id"), "amount_ht": threshold.get("amount_ht"),
                            "ratio": threshold.get("ratio"), "valid_from": threshold.get("valid_from"),
                            "valid_to": threshold.get("valid_to"), "verified": bool(threshold.get("verified"))}
        if not threshold.get("verified"):
            out["message"] += " (seuil non vérifié dans nos sources : à confirmer)"
    return out


def _units(tender: dict[str, Any]) -> list[tuple[Any, float | None, list, str]]:
    """(lot number or None, amount, evidence, label) for the contract and each lot with an amount."""
    amounts = tender.get("amounts") or {}
    out = []
    total = amounts.get("estimated_ht") or amounts.get("max_ht")
    out.append((None, total, list(amounts.get("evidence") or [])[:2], "le marché"))
    for lot in tender.get("lots") or []:
        amt = lot.get("estimated_ht") or lot.get("max_ht")
        if amt is not None:
            out.append((lot.get("number"), amt, list(lot.get("evidence") or [])[:2], f"le lot {lot.get('number')}"))
    return out


def compute_flags(tender: dict[str, Any], ref: date, settings: dict[str, Any],
                  table: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    table = table if table is not None else th.load_thresholds()
    facts = tender.get("facts") or {}
    proc = facts.get("procedure") or {}
    nature = proc.get("nature") if isinstance(proc, dict) else None
    nature_label = "travaux" if nature == "travaux" else "fournitures et services"
    flags: list[dict[str, Any]] = []
    units = _units(tender)
    allot = tender.get("allotment") or {}
    total_amount = units[0][1]

    # --- under the no-publicity threshold (R2122-8), and under the buyer's internal threshold
    dispense = th.find("no_publicity", ref, nature, table=table)
    internal = (settings.get("buyer") or {}).get("internal_threshold_ht")
    for lot, amount, ev, what in units:
        if amount is None:
            continue
        if dispense and amount < float(dispense["amount_ht"]):
            flags.append(_flag(
                "opportunite_sans_publicite", "Sous le seuil de dispense de procédure", "info", ["R2122-8"],
                f"Pour {what} ({_fmt(amount)}), le montant est sous le seuil de {_fmt(dispense['amount_ht'])} "
                f"({nature_label}, en vigueur au {ref.isoformat()}) : l'acheteur peut consulter directement "
                f"des TPE/PME locales, SIAE, EA ou ESAT sans publicité ni mise en concurrence.",
                lot=lot, amount=amount, evidence=ev, threshold=dispense))
        elif internal and amount < float(internal):
            flags.append(_flag(
                "sous_seuil_interne", "Sous le seuil interne de l'acheteur", "info", ["R2122-8"],
                f"Pour {what} ({_fmt(amount)}), le montant est sous le seuil interne de {_fmt(internal)} "
                f"fixé par l'acheteur : une consultation simplifiée de structures locales est possible.",
                lot=lot, amount=amount, evidence=ev))

    # --- small lots (R2123-1 2°): only matters when the whole is in a formal procedure (at or above
    # the EU threshold), and only for the smallest lots that together stay within 20 % of the total
    small = th.find("small_lot", ref, nature, table=table)
    eu_buyer = (settings.get("buyer") or {}).get("default_eu_buyer", "autres")
    eu_whole = th.find("eu", ref, nature, buyer=None if eu_buyer == "autres" else eu_buyer, table=table)
    if small and allot.get("divided") and total_amount and eu_whole and total_amount >= float(eu_whole["amount_ht"]):
        share_max = float(small.get("share_max", 0.2))
        candidates = sorted(((lot, amount, ev) for lot, amount, ev, _w in units[1:] if amount < float(small["amount_ht"])),
                            key=lambda item: item[1])
        budget = share_max * total_amount
        chosen, used = [], 0.0
        for lot, amount, ev in candidates:
            if used + amount <= budget:
                chosen.append((lot, amount, ev))
                used += amount
        for lot, amount, ev in chosen:
            flags.append(_flag(
                "petit_lot", "Petit lot (procédure adaptée possible)", "info", ["R2123-1"],
                f"Le lot {lot} ({_fmt(amount)}) est sous {_fmt(small['amount_ht'])} ({nature_label}) et, avec les "
                f"autres petits lots signalés ({used / total_amount:.0%} du total), reste dans la limite de "
                f"{share_max:.0%} de la valeur totale "
                f"({_fmt(total_amount)}, au-dessus du seuil européen) : il peut être passé en procédure adaptée, "
                "allégée pour les petites structures.",
                lot=lot, amount=amount, evidence=ev, threshold=small))

    # --- reservation possible (L2113-12 / L2113-13)
    reserved = bool(tender.get("reservation_bases")) or (tender.get("considerations") or {}).get("marche_reserve") is True
    lots = tender.get("lots") or []
    # when the documents say which lots are reserved, the other lots can still be reserved
    lot_level = any(l.get("reserved_bases") for l in lots)
    if not reserved or lot_level:
        obj = facts.get("object") or {}
        obj_text = obj.get("value") if isinstance(obj, dict) else None
        cpvs = [c.get("code", "") for c in facts.get("cpv") or []]
        targets = [(l.get("number"), [l.get("title") or ""] + ([] if l.get("title") else [obj_text or ""]),
                    list(l.get("cpv") or []), list(l.get("evidence") or [])[:1]) for l in lots if not l.get("reserved_bases")]
        if not targets and not lot_level:
            targets = [(None, [obj_text or ""], cpvs, list(obj.get("evidence") or [])[:1] if isinstance(obj, dict) else [])]
        for lot, texts, lot_cpvs, ev in targets:
            match = sector_match(texts, lot_cpvs or cpvs, settings)
            if match:
                what = f"le lot {lot}" if lot is not None else "le marché"
                flags.append(_flag(
                    "reservation_possible", "Réservation possible", "info", ["L2113-12", "L2113-13"],
                    f"Pour {what}, l'objet relève d'un secteur où travaillent des SIAE, EA ou ESAT "
                    f"({match['label']}, {match['by']}) : il pourrait être réservé (L2113-12 pour les EA/ESAT, "
                    f"L2113-13 pour les SIAE).", lot=lot, evidence=ev))

    # --- not divided without a stated reason (L2113-11)
    if allot.get("divided") is False and not allot.get("no_division_reason"):
        flags.append(_flag(
            "non_allotissement_non_motive", "Marché non alloti sans motivation trouvée", "warning",
            ["L2113-10", "L2113-11"],
            "Le marché n'est pas alloti et aucune justification n'a été trouvée dans les documents : "
            "l'acheteur doit motiver ce choix (L2113-11) ; allotir ouvrirait la consultation aux petites structures.",
            evidence=list(allot.get("evidence") or [])[:2]))

    # --- minimum turnover above the cap (R2142-7)
    cap = th.find("turnover_cap", ref, nature, table=table)
    req = facts.get("requirements") or {}
    t = req.get("min_turnover") or {}
    base = (tender.get("amounts") or {}).get("estimated_ht") or (tender.get("amounts") or {}).get("max_ht")
    if cap and t:
        ratio = None
        if t.get("value") is not None and base:
            ratio = float(t["value"]) / float(base)
        elif t.get("multiple"):
            ratio = float(t["multiple"])
        if ratio is not None and ratio > float(cap["ratio"]) + 1e-9:
            flags.append(_flag(
                "chiffre_affaires_excessif", "Chiffre d'affaires exigé au-dessus du plafond", "alert", ["R2142-7"],
                f"Le chiffre d'affaires minimum exigé vaut {ratio:.2f} fois le montant estimé, au-delà du plafond de "
                f"{float(cap['ratio']):g} fois en vigueur au {ref.isoformat()} : à réduire, ou à justifier par "
                f"l'objet ou les conditions d'exécution.", amount=t.get("value"), evidence=list(t.get("evidence") or []),
                threshold=cap))

    # --- short response period
    days = facts.get("response_days")
    if days is not None:
        limits = (settings.get("response_period") or {}).get("short_days") or {}
        ptype = proc.get("type") if isinstance(proc, dict) else None
        limit = limits.get(ptype or "default", limits.get("default", 20))
        if days < limit:
            ev = list((facts.get("publication_date") or {}).get("evidence") or [])[:1] + \
                list((facts.get("deadline") or {}).get("evidence") or [])[:1]
            flags.append(_flag(
                "delai_reponse_court", "Délai de réponse court", "warning", ["R2143-1", "R2161-2"],
                f"{days} jours seulement entre la publication et la date limite (repère : {limit} jours) : "
                f"un délai plus long laisserait aux petites structures le temps de répondre ou de se grouper.",
                evidence=ev))

    # --- loi Climat et Résilience, consultations from 22 August 2026 at or above the EU thresholds
    buyer_type = (settings.get("buyer") or {}).get("default_eu_buyer", "autres")
    eu = th.find("eu", ref, nature, buyer=None if buyer_type == "autres" else buyer_type, table=table)
    cons = tender.get("considerations") or {}
    if eu and total_amount is not None and total_amount >= float(eu["amount_ht"]):
        for entry in table:
            if entry.get("kind") != "climate_obligation" or not th.in_force(entry, ref):
                continue
            cat = entry["consideration"]
            if cons.get(cat) is True:
                continue
            if cat == "clause_sociale" and reserved:
                continue
            what = {"clause_environnementale": "une condition d'exécution environnementale",
                    "critere_environnemental": "un critère d'attribution environnemental",
                    "clause_sociale": "une condition d'exécution sociale ou liée à l'emploi"}[cat]
            state = "n'a pas été trouvée" if cons.get(cat) is False else "n'a pas pu être vérifiée"
            flags.append(_flag(
                f"climat_{cat}", f"Loi Climat et Résilience : {what}", "alert" if cons.get(cat) is False else "warning",
                [entry["article"], "loi n° 2021-1104 art. 35"],
                f"Consultation lancée le {ref.isoformat()} ou après le 22 août 2026, d'un montant de "
                f"{_fmt(total_amount)} au moins égal au seuil européen ({_fmt(eu['amount_ht'])}) : {what} est "
                f"obligatoire ({entry['article']}) et {state} dans les documents.",
                amount=total_amount, evidence=list((tender.get('amounts') or {}).get('evidence') or [])[:1],
                threshold=entry))
    return flags
