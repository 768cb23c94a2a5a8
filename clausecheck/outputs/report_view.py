"""What the HTML report shows, built from a typed `ScanResult`: one view per finding, document,
profile, flag, lot and dossier, and the portfolio that sums them up.

Views are plain dicts of French text ready for the Jinja template (clausecheck/outputs/templates);
values are formatted by clausecheck/outputs/report_format.py, the same functions the dossier
table uses. Nothing here escapes HTML: the template does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields
from typing import Any, cast

from pydantic import JsonValue

from clausecheck.categories import CATEGORIES, CATEGORY_LABELS, decp_values
from clausecheck.model import Evidence, is_readable_status
from clausecheck.outputs import tabular
from clausecheck.outputs.report_format import (
    MISSING,
    date_sort_key,
    fr_date,
    fr_euros,
    fr_money,
    fr_number,
    fr_score,
    legal_text,
    plain,
    tri_text,
)
from clausecheck.outputs.tabular import COLUMNS, PROFILE_KEYS, PROFILE_LABELS
from clausecheck.results import (
    DocumentResult,
    Factor,
    Finding,
    Flag,
    Lot,
    LotNumber,
    Profile,
    Requirements,
    ScanResult,
    TenderResult,
)

View = dict[str, Any]

DOC_TYPE_LABELS = {
    "RC": "Règlement de la consultation",
    "CCAP": "Cahier des clauses administratives particulières",
    "CCTP": "Cahier des clauses techniques particulières",
    "AE": "Acte d'engagement",
    "BPU": "Bordereau des prix unitaires",
    "DPGF": "Décomposition du prix global et forfaitaire",
    "DQE": "Détail quantitatif estimatif",
    "AVIS": "Avis de marché",
    "QR": "Questions-réponses",
    "FORM": "Formulaire vierge",
    "CADRE": "Cadre de réponse",
    "AUTRE": "Autre document",
}

TEXT_STATUS_LABELS = {
    "ok": "lisible",
    "ocr": "lisible, lu par OCR",
    "no_text_layer": "sans couche texte (document numérisé)",
    "encrypted": "chiffré",
    "corrupt": "endommagé",
    "unsupported": "format non pris en charge",
    "too_large": "trop volumineux",
}

SOURCE_LABELS = {"rule": "règle", "model": "modèle", "rule+model": "règle et modèle"}

SEVERITY_LABELS = {"info": "information", "warning": "attention", "alert": "alerte"}
SEVERITY_ORDER = {"alert": 0, "warning": 1, "info": 2}

ATTRIBUTE_LABELS = {  # the finding attributes shown, in this order (keys of results.FindingAttributes)
    "hours_values": "Heures écrites",
    "hours_total": "Heures du document",
    "publics": "Publics",
    "modes": "Modalités",
    "facilitator": "Facilitateur",
    "penalty_per_hour": "Pénalité par heure non réalisée",
    "weight": "Pondération",
    "bases": "Fondements",
}

REQUIREMENT_LABELS = {  # one per field of results.Requirements (a test checks none is missing)
    "min_turnover": "Chiffre d'affaires minimum",
    "references": "Références exigées",
    "certifications": "Certifications exigées",
    "insurance": "Assurances",
    "groupement_form": "Forme du groupement",
    "max_lots_per_bidder": "Nombre maximum de lots par candidat",
    "variants": "Variantes",
    "advance_rate": "Avance (%)",
    "advance_rate_sme": "Avance pour les PME (%)",
    "retenue_garantie": "Retenue de garantie (%)",
    "payment_delay_days": "Délai de paiement (jours)",
    "site_visit_mandatory": "Visite obligatoire",
}

FACTOR_STATUS_LABELS = {"ok": "évalué", "donnees_insuffisantes": "données insuffisantes"}

SCORE_BINS: tuple[tuple[str, float, float], ...] = (
    ("0–19", 0, 20), ("20–39", 20, 40), ("40–59", 40, 60), ("60–79", 60, 80), ("80–100", 80, 101),
)
BIN_INSUFFICIENT = "Données insuffisantes"
BIN_NOT_ASSESSED = "Non évalué"

# Columns left out on paper (the table goes on a landscape page); all stay on screen.
PRINT_OPTIONAL = ("procedure", "documents", "bases_reservation", "montant_max_ht", "signalements")


def slug(text: str, used: set[str]) -> str:
    """A unique `id` for a dossier's section, from its name."""
    base = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^A-Za-z0-9]+", "-", base).strip("-").lower()[:60] or "dossier"
    candidate, n = f"dossier-{base}", 2
    while candidate in used:
        candidate, n = f"dossier-{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def is_readable(doc: DocumentResult) -> bool:
    return is_readable_status(doc.text_status)


# --------------------------------------------------------------------------- findings and documents


def evidence_view(ev: Evidence) -> View:
    quote = " ".join(ev.quote.split())
    context = " ".join(ev.context.split())
    # the quote is shown marked inside its sentence when the sentence holds it
    at = context.find(quote) if quote and context else -1
    return {
        "document": ev.document,
        "page": ev.page,
        "chars": f"{ev.char_start}–{ev.char_end}",
        "quote": quote,
        "before": context[:at] if at >= 0 else "",
        "after": context[at + len(quote):] if at >= 0 else "",
        "ocr": ocr_mark(ev),
    }


def ocr_mark(ev: Evidence) -> str:
    """« lu par OCR (confiance 93 %) » for evidence read from a page's image, else ''."""
    if ev.text_source != "ocr":
        return ""
    return "lu par OCR" + (f" (confiance {fr_number(ev.ocr_confidence, 0)}\u00a0%)" if ev.ocr_confidence is not None else "")


def evidence_list(items: list[Evidence]) -> list[View]:
    return [evidence_view(e) for e in items]


def finding_view(f: Finding) -> View:
    attributes = []
    for key, label in ATTRIBUTE_LABELS.items():
        value = cast("JsonValue", f.attributes.get(key))
        if value not in (None, "", []):
            text = fr_euros(value) if key == "penalty_per_hour" else plain(value)
            if key == "weight" and f.attributes.get("weight_unit") in ("%", "points"):
                text = f"{text}\u00a0{f.attributes['weight_unit']}"
            attributes.append({"label": label, "value": text})
    return {
        "category": f.category,
        "category_label": CATEGORY_LABELS.get(f.category, f.category or "Autre"),
        "kind": f.kind,
        "rule_id": f.rule_id,
        "message": f.message,
        "absent": f.polarity == "absent",
        "score": f.score,
        "score_text": fr_score(f.score),
        "score_pct": round(max(0.0, min(1.0, f.score)) * 100),
        "source": SOURCE_LABELS.get(f.source, f.source or MISSING),
        "severity": f.severity,
        "legal": legal_text(f.legal_basis),
        "decp_value": f.decp_value,
        "section": f.section,
        "evidence": evidence_view(f.evidence),
        "attributes": attributes,
        "trace": f.trace,
    }


def document_view(doc: DocumentResult) -> View:
    status = doc.text_status or "ok"
    doc_type = doc.doc_type or "AUTRE"
    return {
        "path": doc.path,
        "dossier": doc.dossier,
        "format": doc.format,
        "doc_type": doc_type,
        "doc_type_label": DOC_TYPE_LABELS.get(doc_type, doc_type),
        "doc_type_reason": doc.doc_type_reason,
        "title": doc.title,
        "status": status,
        "readable": is_readable(doc),
        "status_label": TEXT_STATUS_LABELS.get(status, status),
        "status_message": doc.status_message,
        "page_count": doc.page_count,
        "pages_without_text": doc.pages_without_text,
        "findings": [finding_view(f) for f in doc.findings],
        "unknown_reasons": {CATEGORY_LABELS.get(k, k): v for k, v in doc.unknown_reasons.items() if v},
    }


# --------------------------------------------------------------------------- accessibility


def factor_view(factor: Factor) -> View:
    insufficient = factor.status == "donnees_insuffisantes"
    return {
        "label": factor.label or factor.id,
        "value": "données insuffisantes" if insufficient and factor.value in (None, "") else plain(factor.value),
        "weight": plain(factor.weight),
        "contribution": MISSING if factor.contribution is None else fr_number(factor.contribution, 1),
        "insufficient": insufficient,
        "status_label": FACTOR_STATUS_LABELS.get(factor.status, factor.status),
        "explanation": factor.explanation,
        "evidence": evidence_list(factor.evidence),
    }


def profile_view(key: str, prof: Profile | None) -> View:
    """A profile's score, or « données insuffisantes », or « non évalué » when it is missing."""
    if prof is None:
        return {"key": key, "label": PROFILE_LABELS.get(key, key), "assessed": False, "score": None,
                "score_text": "non évalué", "insufficient": False, "factors": []}
    score = None if prof.status == "donnees_insuffisantes" else prof.score
    return {
        "key": key,
        "label": prof.label or PROFILE_LABELS.get(key, key),
        "assessed": True,
        "score": score,
        "score_text": "données insuffisantes" if score is None else f"{fr_number(score, 0)}\u00a0/\u00a0100",
        "insufficient": score is None,
        "factors": [factor_view(f) for f in prof.factors],
    }


# --------------------------------------------------------------------------- lots and flags


def _lots_numbered(number_: LotNumber | None, lots: list[Lot]) -> list[Lot]:
    return [lot for lot in lots if str(lot.number) == str(number_)] if number_ is not None else []


def lot_label(number_: LotNumber | None, lots: list[Lot]) -> str:
    if number_ is None or number_ == "":
        return "Ensemble du marché"
    for lot in _lots_numbered(number_, lots):
        return f"Lot {number_}" + (f" — {lot.title}" if lot.title else "")
    return f"Lot {number_}"


def _lot_amount(number_: LotNumber | None, lots: list[Lot]) -> float | None:
    """The lot's estimated amount, else its maximum."""
    for lot in _lots_numbered(number_, lots):
        for amount in (lot.estimated_ht, lot.max_ht):
            if amount is not None:
                return amount
    return None


def flag_view(flag: Flag, lots: list[Lot]) -> View:
    # a lot's flag without its own amount shows the lot's amount, never the whole contract's
    amount = flag.amount_ht
    if amount is None and flag.lot is not None:
        amount = _lot_amount(flag.lot, lots)
    severity = flag.severity or "info"
    return {
        "id": flag.id,
        "label": flag.label or flag.id,
        "severity": severity if severity in SEVERITY_LABELS else "info",
        "severity_label": SEVERITY_LABELS.get(severity, severity),
        "legal": legal_text(flag.legal_basis),
        "message": flag.message,
        "date_basis": flag.date_basis or "",
        "lot": flag.lot,
        "lot_label": lot_label(flag.lot, lots),
        "amount_ht": amount,
        "amount_text": fr_money(amount) if amount is not None else "",
        "evidence": evidence_list(flag.evidence),
    }


def lot_view(lot: Lot) -> View:
    return {
        "number": lot.number,
        "title": lot.title,
        "estimated": fr_money(lot.estimated_ht),
        "min": fr_money(lot.min_ht),
        "max": fr_money(lot.max_ht),
        "duration": MISSING if lot.duration_months is None else f"{fr_number(lot.duration_months)} mois",
        "reserved": legal_text(lot.reserved_bases) or MISSING,
        "cpv": ", ".join(lot.cpv) or MISSING,
        "evidence": evidence_list(lot.evidence),
    }


def requirement_views(requirements: Requirements) -> list[View]:
    """The stated requirements, in the schema's order; the minimum turnover as an amount."""
    views = []
    for field in fields(requirements):
        value = getattr(requirements, field.name)
        if value is None or value == []:
            continue
        label = REQUIREMENT_LABELS.get(field.name, field.name)
        if isinstance(value, list):  # the certifications: one fact each
            text, evidence = plain([fact.value for fact in value]), []
        else:
            text = fr_money(value.value) if "turnover" in field.name else plain(value.value)
            evidence = evidence_list(value.evidence)
        views.append({"label": label, "value": text, "evidence": evidence})
    return views


# --------------------------------------------------------------------------- dossiers


def decp_text(values: list[str] | None, cons: dict[str, bool | None], cats: tuple[str, ...]) -> str:
    """What the DECP field would say: the values, "aucune", or "inconnues" (never "aucune"
    when a category could not be decided)."""
    if values:
        return ", ".join(values)
    if any(cons.get(c) is None for c in cats):
        return "inconnues (texte illisible ou indécis)"
    return "aucune"


def table_cells(row: dict[str, Any]) -> list[View]:
    """Display text and sort key of each cell of the dossier table (same columns as the export)."""
    cells = []
    for col in COLUMNS:
        value = row.get(col.key)
        if col.kind == "tri":
            text = tri_text(value)
            sort = {"oui": "2", "non": "0", "inconnu": "1"}[text]
        elif col.kind == "int":
            text = fr_number(value)
            sort = "" if value is None else str(value)
        elif col.kind == "money":
            text = fr_euros(value)
            sort = "" if value is None else str(value)
        elif col.kind == "score":
            text = fr_number(value, 0)
            sort = "" if value is None else str(value)
        elif col.kind == "date":
            text = fr_date(value)
            sort = date_sort_key(value)
        else:
            text = MISSING if value in (None, "") else str(value)
            sort = "" if value in (None, "") else str(value).lower()
        cells.append({"key": col.key, "kind": col.kind, "text": text, "sort": sort,
                      "state": text if col.kind == "tri" else ""})
    return cells


def tender_view(tender: TenderResult, documents: list[DocumentResult], anchor: str) -> View:
    row = tabular.tender_row(tender)
    facts = tender.facts
    lots = facts.lots
    docs = [document_view(d) for d in documents]
    cons: dict[str, bool | None] = {cat: tender.considerations.get(cat) for cat in CATEGORIES}

    findings: list[View] = [f for d in docs for f in d["findings"]]
    order = {cat: i for i, cat in enumerate(CATEGORIES)}
    findings.sort(key=lambda f: (order.get(f["category"], 99), -(f["score"] or 0)))
    groups: list[View] = []
    for f in findings:
        if not groups or groups[-1]["category"] != f["category"]:
            groups.append({"category": f["category"], "label": f["category_label"], "findings": []})
        groups[-1]["findings"].append(f)

    acc = tender.accessibility
    profiles = [profile_view(k, acc.profiles.get(k)) for k in PROFILE_KEYS]
    lot_profiles = [{
        "label": f"Lot {lot.number} — {lot.title}" if lot.title else lot_label(lot.number, lots),
        "profiles": [profile_view(k, lot.profiles.get(k)) for k in PROFILE_KEYS],
    } for lot in acc.lots]

    flags = [flag_view(f, lots) for f in tender.flags]
    flags.sort(key=lambda f: SEVERITY_ORDER.get(f["severity"], 3))

    unknown_reasons: dict[str, list[str]] = {}
    for d in docs:
        for label, reason in d["unknown_reasons"].items():
            unknown_reasons.setdefault(label, []).append(f"{d['path']} : {reason}")

    days = facts.response_days
    summary = [
        ("Acheteur", row["acheteur"] or MISSING),
        ("Objet", row["objet"] or MISSING),
        ("Procédure", row["procedure"] or MISSING),
        ("Date de publication", fr_date(tabular.fact_text(facts.publication_date))),
        ("Date limite de réponse", fr_date(row["date_limite"])
         + (f" ({fr_number(days)}\u00a0jours pour répondre)" if days is not None else "")),
        ("Codes CPV", ", ".join(c.code for c in facts.cpv) or MISSING),
        ("Allotissement", {True: "marché alloti", False: "marché non alloti", None: "inconnu"}[row["allotissement"]]
         + (f" ({row['nb_lots']}\u00a0lots)" if row["nb_lots"] else "")
         + (f" — {tender.allotment.conflict}" if tender.allotment.conflict else "")),
        ("Montant estimé", fr_money(row["montant_estime_ht"])),
        ("Montant maximum", fr_money(row["montant_max_ht"])),
        ("Calcul des montants", row["calcul_montants"] or MISSING),
        ("Date retenue pour les seuils", tender.launch.basis or MISSING),
        ("Heures d'insertion", (MISSING if row["heures_insertion"] is None
                                else f"{fr_number(row['heures_insertion'])}\u00a0h")
         + (f" — {row['detail_heures']}" if row["detail_heures"] else "")),
        ("Bases de réservation", legal_text(tender.reservation_bases) or MISSING),
    ]
    decp = tender.decp or decp_values(tender.considerations)
    return {
        "anchor": anchor,
        "id": row["dossier"],
        "title": row["objet"] or row["dossier"],
        "row": row,
        "cells": table_cells(row),
        "filter_categories": " ".join(c for c in CATEGORIES if cons[c] is True),
        "has_unknown": any(cons[c] is None for c in CATEGORIES),
        "summary": summary,
        "considerations": [{"key": c, "label": CATEGORY_LABELS[c], "value": tri_text(cons[c])} for c in CATEGORIES],
        "unknown_reasons": unknown_reasons,
        "decp": {
            "sociales": decp_text(decp.get("considerationsSociales"), cons,
                                  ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve")),
            "environnementales": decp_text(decp.get("considerationsEnvironnementales"), cons,
                                           ("clause_environnementale", "critere_environnemental")),
        },
        "documents": docs,
        "finding_groups": groups,
        "finding_count": len(findings),
        "profiles": profiles,
        "lot_profiles": lot_profiles,
        "assessed": bool(acc.profiles),
        "flags": flags,
        "lots": [lot_view(lot) for lot in lots],
        "requirements": requirement_views(facts.requirements),
    }


# --------------------------------------------------------------------------- the portfolio


def score_bin(score: float | None, assessed: bool) -> str:
    if not assessed:
        return BIN_NOT_ASSESSED
    if score is None:
        return BIN_INSUFFICIENT
    for label, low, high in SCORE_BINS:
        if low <= score < high:
            return label
    return SCORE_BINS[-1][0] if score >= 100 else SCORE_BINS[0][0]


def _counts() -> dict[str, int]:
    return {"oui": 0, "non": 0, "inconnu": 0}


def portfolio(scan: ScanResult, views: list[View]) -> View:
    """The whole scan in figures: key numbers, categories, hours, score distribution, flags by
    kind, unreadable documents."""
    docs = scan.documents
    categories: list[View] = []
    for cat in CATEGORIES:
        counts, doc_counts = _counts(), _counts()
        for v in views:
            counts[tri_text(v["row"][cat])] += 1
        for d in docs:
            doc_counts[tri_text(d.considerations.get(cat))] += 1
        categories.append({"key": cat, "label": CATEGORY_LABELS[cat], "tenders": counts, "documents": doc_counts})

    hours = [(v["id"], v["row"]["heures_insertion"]) for v in views if v["row"]["heures_insertion"]]
    distribution: list[View] = []
    labels = [b[0] for b in SCORE_BINS] + [BIN_INSUFFICIENT, BIN_NOT_ASSESSED]
    for key in PROFILE_KEYS:
        bins = dict.fromkeys(labels, 0)
        scores = []
        for v in views:
            prof = next(p for p in v["profiles"] if p["key"] == key)
            bins[score_bin(prof["score"], prof["assessed"])] += 1
            if prof["score"] is not None:
                scores.append(prof["score"])
        scores.sort()
        median = None
        if scores:
            mid = len(scores) // 2
            median = scores[mid] if len(scores) % 2 else (scores[mid - 1] + scores[mid]) / 2
        distribution.append({
            "key": key, "label": PROFILE_LABELS[key], "counts": bins,
            "mean": sum(scores) / len(scores) if scores else None, "median": median, "n": len(scores),
        })
    shown_bins = [b for b in labels if b != BIN_NOT_ASSESSED or any(d["counts"][b] for d in distribution)]

    opportunities: list[View] = []
    gaps: list[View] = []
    others: list[View] = []
    for v in views:
        for f in v["flags"]:
            entry = {"flag": f, "tender": v}
            if f["id"] in tabular.OPPORTUNITY_FLAGS:
                opportunities.append(entry)
            elif f["id"].startswith(tabular.LEGAL_GAP_PREFIX):
                gaps.append(entry)
            else:
                others.append(entry)

    unreadable = [document_view(d) for d in docs if not is_readable(d)]
    partial = [document_view(d) for d in docs if is_readable(d) and d.pages_without_text]

    def with_cat(cat: str) -> int:
        count: int = next(c for c in categories if c["key"] == cat)["tenders"]["oui"]
        return count

    total_hours = sum(h for _, h in hours)
    kpis = [
        {"label": "Dossiers analysés", "value": fr_number(len(views)), "id": "kpi-dossiers"},
        {"label": "Documents analysés", "value": fr_number(len(docs)), "id": "kpi-documents",
         "note": f"dont {fr_number(len(unreadable))} illisible{'s' if len(unreadable) > 1 else ''}"},
        {"label": "Dossiers avec clause d'insertion", "value": fr_number(with_cat("clause_insertion")),
         "id": "kpi-insertion"},
        {"label": "Dossiers avec critère social", "value": fr_number(with_cat("critere_social")),
         "id": "kpi-critere-social"},
        {"label": "Dossiers avec marché ou lot réservé", "value": fr_number(with_cat("marche_reserve")),
         "id": "kpi-reserve"},
        {"label": "Dossiers avec clause environnementale", "value": fr_number(with_cat("clause_environnementale")),
         "id": "kpi-clause-env"},
        {"label": "Dossiers avec critère environnemental", "value": fr_number(with_cat("critere_environnemental")),
         "id": "kpi-critere-env"},
        {"label": "Heures d'insertion engagées", "value": fr_number(total_hours), "id": "kpi-heures",
         "note": f"sur {fr_number(len(hours))} dossier{'s' if len(hours) > 1 else ''}"},
        {"label": "Opportunités sous les seuils", "value": fr_number(len(opportunities)), "id": "kpi-opportunites"},
        {"label": "Manques loi Climat", "value": fr_number(len(gaps)), "id": "kpi-manques"},
    ]
    return {
        "kpis": kpis,
        "categories": categories,
        "hours": hours,
        "total_hours": total_hours,
        "distribution": distribution,
        "bins": shown_bins,
        "opportunities": opportunities,
        "gaps": gaps,
        "others": others,
        "unreadable": unreadable,
        "partial": partial,
        "documents": len(docs),
        "tender_count": len(views),
        "unknown_tenders": sum(1 for v in views if v["has_unknown"]),
    }


# --------------------------------------------------------------------------- the page


def build_view(scan: ScanResult) -> View:
    """Everything the template shows, except the charts and the assets."""
    by_path = {d.path: d for d in scan.documents}
    used: set[str] = set()
    views = [tender_view(t, [by_path[p] for p in t.documents if p in by_path], slug(t.id or t.path, used))
             for t in scan.tenders]
    engine, meta = scan.engine, scan.scan
    return {
        "engine": {
            "name": engine.name or "clausecheck",
            "version": engine.version,
            "rules_version": engine.rules_version or "",
            "model_version": engine.model_version or "",
        },
        "meta": {
            "finished_at": fr_date(meta.finished_at or meta.started_at) if meta else MISSING,
            "roots": meta.roots if meta else [],
            "reference_date": fr_date(meta.reference_date) if meta and meta.reference_date else None,
        },
        "tenders": views,
        "portfolio": portfolio(scan, views),
        "columns": COLUMNS,
        "print_optional": PRINT_OPTIONAL,
        "category_labels": CATEGORY_LABELS,
    }

