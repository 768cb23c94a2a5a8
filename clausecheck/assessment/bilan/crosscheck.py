"""Compare what the DECP declare with what the matched dossiers say, as a list a buyer can correct.

For each matched dossier and each consideration of the DECP lists (Clause sociale, Critère
social, Marché réservé, Clause environnementale, Critère environnemental):
- the documents carry it but none of the dossier's records declares it → « non déclaré »
  (« déclaré « Pas de considération sociale », mais le CCAP impose 1 200 heures d'insertion »);
- a record declares it but no document of the dossier does → « déclaré sans trace », only when
  every document of the dossier was read (an unreadable scan proves nothing).
What the documents carry is the engine's own DECP mapping of the dossier (`tenders[].decp`).
A lot-level reservation (the dossier reserves lot 3) is compared lot by lot when the record names
its lot; everything else is compared for the dossier (a clause in any lot is enough), since the
documents rarely say which lot a clause binds. Records in a format without considerations (2019)
cannot be compared: they are counted, never reported as discrepancies.
"""

from __future__ import annotations

from collections import Counter

from clausecheck.assessment.bilan.matching import Candidate
from clausecheck.assessment.bilan.model import CrossCheck, Discrepancy, EvidenceRef, Match
from clausecheck.assessment.bilan.scan_input import ScanTender

SOCIAL = ("Clause sociale", "Critère social", "Marché réservé")
ENVIRONMENTAL = ("Clause environnementale", "Critère environnemental")
CATEGORIES = {"Clause sociale": ("clause_insertion", "clause_sociale"), "Critère social": ("critere_social",),
              "Marché réservé": ("marche_reserve",), "Clause environnementale": ("clause_environnementale",),
              "Critère environnemental": ("critere_environnemental",)}
WHAT = {"Clause sociale": "contient une clause sociale", "Critère social": "prévoit un critère social d'attribution",
        "Marché réservé": "réserve le marché", "Clause environnementale": "contient une clause environnementale",
        "Critère environnemental": "prévoit un critère environnemental d'attribution"}


def _fr(n: float) -> str:
    return f"{n:,.0f}".replace(",", "\u202f")


def _doc_name(ref: EvidenceRef) -> str:
    if ref.doc_type and ref.doc_type not in ("AUTRE", "FORM", "CADRE"):
        return f"le {ref.doc_type}"
    return f"le document « {ref.document.rsplit('/', 1)[-1]} »"


def _evidence(tender: ScanTender, value: str) -> list[EvidenceRef]:
    refs = [r for category in CATEGORIES[value] for r in tender.evidence.get(category, [])]
    order = {"CCAP": 0, "RC": 1, "AVIS": 2, "CCTP": 3, "AE": 4}
    return sorted(refs, key=lambda r: ("heure" not in r.quote.lower(), order.get(r.doc_type or "", 9), r.page or 0))


def _what(tender: ScanTender, value: str, refs: list[EvidenceRef], lot: int | None = None) -> str:
    if value == "Clause sociale" and tender.insertion_hours:
        docs = sorted((d for d in tender.documents if d.insertion_hours),
                      key=lambda d: (d.doc_type != "CCAP", -(d.insertion_hours or 0)))
        if docs:
            name = f"le {docs[0].doc_type}" if docs[0].doc_type else f"le document « {docs[0].path} »"
            return f"{name} impose {_fr(docs[0].insertion_hours or 0)} heures d'insertion"
    where = _doc_name(refs[0]) if refs else "le dossier"
    if value == "Marché réservé":
        target = f"le lot {lot}" if lot is not None else "le marché"
        bases = ", ".join(tender.reservation_bases)
        return f"{where} réserve {target}" + (f" ({bases})" if bases else "")
    return f"{where} {WHAT[value]}"


def _group_values(cand: Candidate, group: tuple[str, ...]) -> tuple[str, ...] | None:
    """What the record declares in this group of considerations (None: its format has no such field)."""
    return cand.social if group is SOCIAL else cand.environmental


def _declared(cands: list[Candidate], group: tuple[str, ...]) -> str:
    values = sorted({v for c in cands for v in (_group_values(c, group) or ())})
    return " », « ".join(values) if values else "rien"


def _lots_text(matches: list[Match]) -> str:
    lots = sorted({m.lot for m in matches if m.lot is not None})
    if len(matches) <= 1:
        return ""
    return f" ({len(matches)} marchés" + (f" : lots {', '.join(map(str, lots))}" if lots else "") + ")"


def compare(tenders: list[ScanTender], matches: list[Match], kept: dict[str, list[Candidate]],
            unmatched: list[tuple[str, str]]) -> CrossCheck:
    by_id = {t.id: t for t in tenders}
    found: list[Discrepancy] = []
    not_comparable: Counter = Counter()
    compared = 0
    for tender_id, cands in kept.items():
        tender = by_id[tender_id]
        tender_matches = [m for m in matches if m.tender_id == tender_id]
        lot_of = {m.record_id: m.lot for m in tender_matches}
        for group in (SOCIAL, ENVIRONMENTAL):
            docs = tender.declared_social if group is SOCIAL else tender.declared_environmental
            known = [c for c in cands if _group_values(c, group) is not None]
            if docs is None:
                not_comparable["documents du dossier illisibles ou sans analyse"] += len(group)
                continue
            if not known:
                not_comparable["format DECP sans considérations (2019) ou champ non renseigné"] += len(group)
                continue
            for value in group:
                lot_level = value == "Marché réservé" and any(lot.reserved_bases for lot in tender.lots)
                dossier_level = [c for c in known if not (lot_level and lot_of.get(c.record_id) is not None)]
                if lot_level:
                    compared += _compare_lots(tender, [c for c in known if c not in dossier_level], lot_of, found)
                if not dossier_level:
                    continue
                compared += 1
                in_docs = value in docs
                declared = [c for c in dossier_level if value in (_group_values(c, group) or ())]
                refs = _evidence(tender, value)
                subset = [m for m in tender_matches if m.record_id in {c.record_id for c in dossier_level}]
                if in_docs and not declared:
                    found.append(Discrepancy(
                        tender_id=tender_id, record_ids=[c.record_id for c in dossier_level],
                        decp_ids=[c.decp_id or "" for c in dossier_level], consideration=value,
                        direction="non_declare", lot=None,
                        message=f"déclaré « {_declared(dossier_level, group)} »{_lots_text(subset)}, "
                                f"mais {_what(tender, value, refs)}",
                        evidence=refs[:2]))
                elif declared and not in_docs:
                    if tender.unreadable:
                        not_comparable["absence non vérifiable (documents illisibles dans le dossier)"] += 1
                        continue
                    readable = sum(1 for d in tender.documents if d.readable)
                    found.append(Discrepancy(
                        tender_id=tender_id, record_ids=[c.record_id for c in declared],
                        decp_ids=[c.decp_id or "" for c in declared], consideration=value,
                        direction="declare_sans_preuve", lot=None,
                        message=f"déclaré « {value} »{_lots_text([m for m in subset if m.record_id in {c.record_id for c in declared}])}, "
                                f"mais aucun des {readable} documents lus du dossier n'en contient"))
    return CrossCheck(tenders=len(tenders), matches=matches, unmatched=unmatched, discrepancies=found,
                      compared=compared, not_comparable=dict(not_comparable))


def _compare_lots(tender: ScanTender, cands: list[Candidate], lot_of: dict[int, int | None],
                  found: list[Discrepancy]) -> int:
    reserved = {entry.number for entry in tender.lots if entry.reserved_bases}
    refs = _evidence(tender, "Marché réservé")
    n = 0
    for cand in cands:
        lot = lot_of[cand.record_id]
        n += 1
        declared = "Marché réservé" in (cand.social or ())
        if lot in reserved and not declared:
            found.append(Discrepancy(
                tender_id=tender.id, record_ids=[cand.record_id], decp_ids=[cand.decp_id or ""],
                consideration="Marché réservé", direction="non_declare", lot=lot,
                message=f"lot {lot} déclaré « {_declared([cand], SOCIAL)} », mais {_what(tender, 'Marché réservé', refs, lot)}",
                evidence=refs[:2]))
        elif declared and lot not in reserved and not tender.unreadable:
            others = ", ".join(map(str, sorted(reserved)))
            found.append(Discrepancy(
                tender_id=tender.id, record_ids=[cand.record_id], decp_ids=[cand.decp_id or ""],
                consideration="Marché réservé", direction="declare_sans_preuve", lot=lot,
                message=f"lot {lot} déclaré « Marché réservé », mais le dossier ne réserve que "
                        f"{'le lot' if len(reserved) == 1 else 'les lots'} {others}",
                evidence=refs[:2]))
    return n


def hours_by_record(tenders: list[ScanTender], matches: list[Match]) -> dict[int, int]:
    """Each matched dossier's insertion hours, counted once, on its earliest notified record."""
    out: dict[int, int] = {}
    by_tender: dict[str, list[Match]] = {}
    for m in matches:
        by_tender.setdefault(m.tender_id, []).append(m)
    for tender in tenders:
        if tender.insertion_hours and tender.id in by_tender:
            first = min(by_tender[tender.id], key=lambda m: (m.notified, m.record_id))
            out[first.record_id] = out.get(first.record_id, 0) + tender.insertion_hours
    return out
