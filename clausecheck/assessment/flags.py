"""Flags a buyer can act on: threshold opportunities, small lots, possible reservation,
missing justification of non-division, turnover above the legal cap, short response period,
and the loi Climat et Résilience obligations from 22 August 2026."""

from __future__ import annotations

from typing import Any

from clausecheck.assessment import thresholds as th
from clausecheck.assessment.aggregate import Merged
from clausecheck.assessment.launch import Launch
from clausecheck.assessment.scoring import sector_match
from clausecheck.model import Evidence
from clausecheck.results import Flag, FlagThreshold, LotNumber
from clausecheck.text import french_number

# (lot number or None for the whole contract, amount, evidence, how to name it)
Unit = tuple[LotNumber | None, float | None, list[Evidence], str]


def _fmt(v: float | None) -> str:
    if v is None:
        return "?"
    return french_number(v, group=" ") + " € HT"


def _flag(fid: str, label: str, severity: str, legal_basis: list[str], message: str, *, lot: LotNumber | None = None,
          amount: float | None = None, evidence: list[Evidence] | None = None,
          threshold: dict[str, Any] | None = None) -> Flag:
    flag = Flag(fid, label, severity, legal_basis, message, lot, amount, list(evidence or [])[:4])
    if threshold is not None:
        flag.threshold = FlagThreshold(
            threshold.get("id"), threshold.get("amount_ht"), threshold.get("ratio"),
            _text(threshold.get("valid_from")), _text(threshold.get("valid_to")), bool(threshold.get("verified")))
        if not threshold.get("verified"):
            flag.message += " (seuil non vérifié dans nos sources : à confirmer)"
    return flag


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _value(amounts: Any) -> tuple[float | None, str | None]:
    """The value to compare with a threshold, and which figure it is: for a framework agreement with a
    maximum (accord-cadre à bons de commande), the maximum over its whole duration (R2121-8), else the
    estimated value. When both are given, the larger one."""
    est, mx = amounts.estimated_ht, amounts.max_ht
    if mx is not None and (est is None or float(mx) >= float(est)):
        return float(mx), "max_ht"
    if est is not None:
        return float(est), "estimated_ht"
    return None, None


def _units(tender: Merged) -> list[Unit]:
    """(lot number or None, amount, evidence, label) for the contract and each lot with an amount."""
    amounts = tender.amounts
    out: list[Unit] = []
    total, key = _value(amounts)
    ev = list(amounts.evidence_by_kind.get(key) or amounts.evidence)[:2] if key else []
    what = "le marché (montant maximum de l'accord-cadre)" if key == "max_ht" else "le marché"
    out.append((None, total, ev, what))
    for lot in tender.lots:
        amt, lkey = _value(lot)
        if amt is not None:
            label = f"le lot {lot.number}" + (" (montant maximum)" if lkey == "max_ht" else "")
            out.append((lot.number, amt, lot.evidence[:2], label))
    return out


def _all_lots_value(tender: Merged, units: list[Unit]) -> float | None:
    """The total value of all the lots: the contract's value, else the sum of the lots' values when
    every lot has one."""
    if units[0][1] is not None:
        return units[0][1]
    lots = units[1:]
    count = tender.allotment.lot_count
    if lots and count and len(lots) == int(count) == len(tender.lots):
        return sum(float(a or 0.0) for _l, a, _e, _w in lots)
    return None


def _small_lots(units: list[Unit], total: float | None, small: dict[str, Any] | None) -> tuple[list[Unit], float]:
    """Lots meeting R2123-1 2°: each below the small-lot amount, and together within `share_max` of the
    total value of all lots (the smallest lots first). Returns them and the share of the total they use."""
    if not small or not total:
        return [], 0.0
    share_max = float(small.get("share_max", 0.2))
    candidates = sorted((u for u in units[1:] if u[1] is not None and u[1] < float(small["amount_ht"])),
                        key=lambda u: u[1] or 0.0)
    budget = share_max * total
    chosen: list[Unit] = []
    used = 0.0
    for unit in candidates:
        amount = unit[1] or 0.0
        if used + amount <= budget + 1e-6:
            chosen.append(unit)
            used += amount
    return chosen, used


def compute_flags(tender: Merged, launch: Launch, settings: dict[str, Any],
                  table: list[dict[str, Any]] | None = None) -> list[Flag]:
    """The flags of one dossier. Every flag that rests on a threshold or a dated obligation says
    which launch date it rests on (`date_basis`), or that the date is unknown."""
    flags = _flags(tender, launch, settings, table if table is not None else th.load_thresholds())
    for flag in flags:
        if flag.threshold is not None:
            flag.date_basis = launch.basis
    return flags


def _flags(tender: Merged, launch: Launch, settings: dict[str, Any], table: list[dict[str, Any]]) -> list[Flag]:
    ref = launch.reference
    facts = tender.facts
    proc = facts.procedure
    nature = proc.nature if proc else None
    nature_label = "travaux" if nature == "travaux" else "fournitures et services"
    flags: list[Flag] = []
    units = _units(tender)
    allot = tender.allotment
    total_amount = units[0][1]

    # --- under the no-publicity threshold (R2122-8), and under the buyer's internal threshold. The
    # value of the contract is that of all its lots (for a framework with a maximum, the maximum over its
    # whole duration); a lot alone may be dispensed only when it meets R2123-1 2° (below 80 000 € HT for
    # supplies and services or 1 M€ HT for works, and with the other such lots within 20 % of the total)
    dispense = th.find("no_publicity", ref, nature, table=table)
    internal = (settings.get("buyer") or {}).get("internal_threshold_ht")
    small = th.find("small_lot", ref, nature, table=table)
    all_lots = _all_lots_value(tender, units)
    eligible, used_small = _small_lots(units, all_lots, small)
    eligible_lots = {lot for lot, _a, _e, _w in eligible}
    whole_dispensed = bool(dispense and total_amount is not None and total_amount < float(dispense["amount_ht"]))
    whole_internal = bool(internal and total_amount is not None and total_amount < float(internal))
    share_note = ""
    if small and all_lots:
        share_note = (f" ; il remplit les conditions de l'article R2123-1 2° (lot sous {_fmt(small['amount_ht'])}, "
                      f"petits lots retenus = {used_small / all_lots:.0%} de la valeur totale de {_fmt(all_lots)}, "
                      f"limite {float(small.get('share_max', 0.2)):.0%})")
    for lot, amount, ev, what in units:
        if amount is None:
            continue
        if lot is not None and (whole_dispensed or lot not in eligible_lots):
            continue  # the whole contract is flagged already, or the lot cannot be dispensed alone
        cond = share_note if lot is not None else ""
        if dispense and amount < float(dispense["amount_ht"]):
            flags.append(_flag(
                "opportunite_sans_publicite", "Sous le seuil de dispense de procédure", "info",
                ["R2122-8"] + (["R2123-1"] if lot is not None else []),
                f"Pour {what} ({_fmt(amount)}), le montant est sous le seuil de {_fmt(dispense['amount_ht'])} "
                f"({nature_label}, en vigueur au {ref.isoformat()}){cond} : l'acheteur peut consulter directement "
                f"des TPE/PME locales, SIAE, EA ou ESAT sans publicité ni mise en concurrence.",
                lot=lot, amount=amount, evidence=ev, threshold=dispense))
        elif internal and amount < float(internal) and not (lot is not None and whole_internal):
            flags.append(_flag(
                "sous_seuil_interne", "Sous le seuil interne de l'acheteur", "info", ["R2122-8"],
                f"Pour {what} ({_fmt(amount)}), le montant est sous le seuil interne de {_fmt(internal)} "
                f"fixé par l'acheteur{cond} : une consultation simplifiée de structures locales est possible.",
                lot=lot, amount=amount, evidence=ev))

    # --- small lots (R2123-1 2°): only matters when the whole is in a formal procedure (at or above
    # the EU threshold), and only for the smallest lots that together stay within 20 % of the total
    eu_buyer = (settings.get("buyer") or {}).get("default_eu_buyer", "autres")
    eu_whole = th.find("eu", ref, nature, buyer=None if eu_buyer == "autres" else eu_buyer, table=table)
    if small and allot.divided and all_lots and eu_whole and all_lots >= float(eu_whole["amount_ht"]):
        share_max = float(small.get("share_max", 0.2))
        for lot, amount, ev, _w in eligible:
            flags.append(_flag(
                "petit_lot", "Petit lot (procédure adaptée possible)", "info", ["R2123-1"],
                f"Le lot {lot} ({_fmt(amount)}) est sous {_fmt(small['amount_ht'])} ({nature_label}) et, avec les "
                f"autres petits lots signalés ({used_small / all_lots:.0%} du total), reste dans la limite de "
                f"{share_max:.0%} de la valeur totale "
                f"({_fmt(all_lots)}, au-dessus du seuil européen) : il peut être passé en procédure adaptée, "
                "allégée pour les petites structures.",
                lot=lot, amount=amount, evidence=ev, threshold=small))

    # --- reservation possible (L2113-12 / L2113-13)
    reserved = bool(tender.reservation_bases) or tender.considerations.get("marche_reserve") is True
    lots = tender.lots
    # when the documents say which lots are reserved, the other lots can still be reserved
    lot_level = any(lot.reserved_bases for lot in lots)
    if not reserved or lot_level:
        obj = facts.object
        obj_text = str(obj.value) if obj and obj.value else None
        cpvs = [c.code for c in facts.cpv]
        targets: list[tuple[LotNumber | None, list[str], list[str], list[Evidence]]] = [
            (lot.number, [lot.title or ""] + ([] if lot.title else [obj_text or ""]), list(lot.cpv), lot.evidence[:1])
            for lot in lots if not lot.reserved_bases]
        if not targets and not lot_level:
            targets = [(None, [obj_text or ""], cpvs, obj.evidence[:1] if obj else [])]
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
    if allot.divided is False and not allot.no_division_reason:
        flags.append(_flag(
            "non_allotissement_non_motive", "Marché non alloti sans motivation trouvée", "warning",
            ["L2113-10", "L2113-11"],
            "Le marché n'est pas alloti et aucune justification n'a été trouvée dans les documents : "
            "l'acheteur doit motiver ce choix (L2113-11) ; allotir ouvrirait la consultation aux petites structures.",
            evidence=allot.evidence[:2]))

    # --- minimum turnover above the cap (R2142-7)
    cap = th.find("turnover_cap", ref, nature, table=table)
    t = facts.requirements.min_turnover
    base = tender.amounts.estimated_ht or tender.amounts.max_ht
    if cap and t:
        ratio = None
        turnover = t.value if isinstance(t.value, (int, float)) and not isinstance(t.value, bool) else None
        if turnover is not None and base:
            ratio = float(turnover) / float(base)
        elif t.multiple:
            ratio = float(t.multiple)
        if ratio is not None and ratio > float(cap["ratio"]) + 1e-9:
            flags.append(_flag(
                "chiffre_affaires_excessif", "Chiffre d'affaires exigé au-dessus du plafond", "alert", ["R2142-7"],
                f"Le chiffre d'affaires minimum exigé vaut {ratio:.2f} fois le montant estimé, au-delà du plafond de "
                f"{float(cap['ratio']):g} fois en vigueur au {ref.isoformat()} : à réduire, ou à justifier par "
                f"l'objet ou les conditions d'exécution.", amount=turnover, evidence=list(t.evidence),
                threshold=cap))

    # --- short response period
    days = facts.response_days
    if days is not None:
        limits = (settings.get("response_period") or {}).get("short_days") or {}
        ptype = proc.type if proc else None
        limit = limits.get(ptype or "default", limits.get("default", 20))
        if days < limit:
            ev = (facts.publication_date.evidence[:1] if facts.publication_date else []) + \
                (facts.deadline.evidence[:1] if facts.deadline else [])
            flags.append(_flag(
                "delai_reponse_court", "Délai de réponse court", "warning", ["R2143-1", "R2161-2"],
                f"{days} jours seulement entre la publication et la date limite (repère : {limit} jours) : "
                f"un délai plus long laisserait aux petites structures le temps de répondre ou de se grouper.",
                evidence=ev))

    # --- loi Climat et Résilience, consultations from 22 August 2026 at or above the EU thresholds. The
    # obligation depends on the launch date: surely before, nothing; unknown, a conditional warning.
    buyer_type = (settings.get("buyer") or {}).get("default_eu_buyer", "autres")
    eu = th.find("eu", ref, nature, buyer=None if buyer_type == "autres" else buyer_type, table=table)
    cons = tender.considerations
    if eu and total_amount is not None and total_amount >= float(eu["amount_ht"]):
        for entry in table:
            if entry.get("kind") != "climate_obligation":
                continue
            start = th.valid_from(entry)
            before = launch.launched_before(start) if start is not None else False
            if before is True or (before is False and not th.in_force(entry, ref)):
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
            since = start.strftime("%d/%m/%Y") if start else "?"
            if before is None:
                severity = "warning"
                when = (f"Si la consultation a été lancée le {since} ou après (le dossier ne permet pas de le dire), "
                        f"et pour un montant de")
            else:
                severity = "alert" if cons.get(cat) is False else "warning"
                when = f"Consultation lancée le {since} ou après, d'un montant de"
            flags.append(_flag(
                f"climat_{cat}", f"Loi Climat et Résilience : {what}", severity,
                [entry["article"], "loi n° 2021-1104 art. 35"],
                f"{when} {_fmt(total_amount)} au moins égal au seuil européen ({_fmt(eu['amount_ht'])}) : {what} "
                f"est obligatoire ({entry['article']}) et {state} dans les documents.",
                amount=total_amount, evidence=tender.amounts.evidence[:1],
                threshold=entry))
    return flags
