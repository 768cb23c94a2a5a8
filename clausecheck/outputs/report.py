"""The HTML report: one self-contained French page built from a scan dict.

`render_report(scan) -> str` and `write_report(scan, path)` are the only entry points; the CLI
(`clausecheck report`, `clausecheck scan --html`) and the API call them, so all three give the
same page. The scan dict is the one written by `outputs/json_output.py` (see
docs/output-schema.md); every key is read defensively, so a scan without tenders, facts,
accessibility or flags still renders.

The page needs no network: styles and scripts are inlined, plotly.js is inlined once, fonts are
the system's. Every text that comes from a document goes through Jinja2 autoescaping; the JSON
given to the scripts is escaped so that no `</script>` (or `<!--`) can close its element.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from clausecheck.categories import CATEGORIES
from clausecheck.outputs import tabular
from clausecheck.outputs.tabular import (
    CATEGORY_LABELS,
    COLUMNS,
    PROFILE_KEYS,
    PROFILE_LABELS,
    as_dict,
    as_list,
    fact_evidence,
    fact_value,
    number,
    tri,
)

TEMPLATES = Path(__file__).parent / "templates"

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
    "no_text_layer": "sans couche texte (document numérisé)",
    "encrypted": "chiffré",
    "corrupt": "endommagé",
    "unsupported": "format non pris en charge",
    "too_large": "trop volumineux",
}

SOURCE_LABELS = {"rule": "règle", "model": "modèle", "rule+model": "règle et modèle"}

SEVERITY_LABELS = {"info": "information", "warning": "attention", "alert": "alerte"}
SEVERITY_ORDER = {"alert": 0, "warning": 1, "info": 2}

FLAG_LABELS = {  # fallbacks only: every flag carries its own French label (clausecheck/assessment/flags.py)
    "opportunite_sans_publicite": "Sous le seuil de dispense de procédure",
    "sous_seuil_interne": "Sous le seuil interne de l'acheteur",
    "petit_lot": "Petit lot",
    "reservation_possible": "Réservation possible",
    "non_allotissement_non_motive": "Non-allotissement non motivé",
    "chiffre_affaires_excessif": "Chiffre d'affaires exigé au-dessus du plafond",
    "delai_reponse_court": "Délai de réponse court",
    "climat_clause_environnementale": "Loi Climat : condition d'exécution environnementale manquante",
    "climat_critere_environnemental": "Loi Climat : critère environnemental manquant",
    "climat_clause_sociale": "Loi Climat : condition d'exécution sociale manquante",
}


ATTRIBUTE_LABELS = {
    "hours": "Heures",
    "publics": "Publics",
    "modes": "Modalités",
    "penalty_per_hour": "Pénalité par heure non réalisée",
    "weight": "Pondération",
    "weight_percent": "Pondération (%)",
    "share": "Part",
    "lots": "Lots",
    "lot": "Lot",
}

REQUIREMENT_LABELS = {
    "min_turnover": "Chiffre d'affaires minimum",
    "minimum_turnover": "Chiffre d'affaires minimum",
    "ca_minimum": "Chiffre d'affaires minimum",
    "references": "Références exigées",
    "certifications": "Certifications exigées",
    "qualifications": "Qualifications exigées",
    "insurance": "Assurances",
    "visit": "Visite obligatoire",
    "visite_obligatoire": "Visite obligatoire",
    "site_visit": "Visite obligatoire",
    "electronic_signature": "Signature électronique",
    "variants": "Variantes",
    "guarantee": "Garantie",
    "retenue_garantie": "Retenue de garantie",
    "advance": "Avance",
    "avance": "Avance",
    "payment_days": "Délai de paiement (jours)",
    "sme_share": "Part réservée aux PME",
}

FACTOR_STATUS_LABELS = {"ok": "évalué", "donnees_insuffisantes": "données insuffisantes"}

SCORE_BINS: tuple[tuple[str, float, float], ...] = (
    ("0–19", 0, 20), ("20–39", 20, 40), ("40–59", 40, 60), ("60–79", 60, 80), ("80–100", 80, 101),
)
BIN_INSUFFICIENT = "Données insuffisantes"
BIN_NOT_ASSESSED = "Non évalué"

COLORS = {
    "oui": "#1b6e3a", "non": "#8a8f98", "inconnu": "#b35c00",
    "tpe_pme_locale": "#00578a", "siae_ea_esat": "#a23b72", "hours": "#1b6e3a",
}
FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif'


# --------------------------------------------------------------------------- formatting


def fr_number(value: Any, decimals: int | None = None) -> str:
    num = number(value)
    if num is None:
        return "—"
    if decimals is None:
        decimals = 0 if float(num).is_integer() else 2
    text = f"{num:,.{decimals}f}"
    return text.replace(",", "\u202f").replace(".", ",")


def fr_money(value: Any) -> str:
    num = number(value)
    if num is None:
        return "—"
    return f"{fr_number(num)}\u00a0€\u00a0HT"


def fr_score(value: Any) -> str:
    num = number(value)
    return "—" if num is None else fr_number(num, 2)


_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


def fr_date(value: Any) -> str:
    value = fact_value(value)
    if value is None or value == "":
        return "—"
    if isinstance(value, datetime):
        value = value.isoformat()
    elif isinstance(value, date):
        value = value.isoformat()
    text = str(value)
    match = _DATE_RE.match(text)
    if not match:
        return text
    y, m, d, hh, mm = match.groups()
    out = f"{d}/{m}/{y}"
    if hh is not None and (hh, mm) != ("00", "00"):
        out += f" à {hh}\u00a0h\u00a0{mm}"
    return out


def date_sort_key(value: Any) -> str:
    value = fact_value(value)
    match = _DATE_RE.match(str(value)) if value else None
    return match.group(0) if match else ""


def tri_text(value: Any) -> str:
    return tabular.TRI_TEXT[tri(value)]


def legal_text(bases: Any) -> str:
    items = [str(b) for b in as_list(bases) if b]
    if not items:
        return ""
    return ", ".join(f"art. {b}" if re.match(r"^[LRD]\d", b) else b for b in items)


def plain(value: Any) -> str:
    """A value of unknown type as French text."""
    value = fact_value(value)
    if value is None or value == "":
        return "—"
    if value is True:
        return "oui"
    if value is False:
        return "non"
    if isinstance(value, (int, float)):
        return fr_number(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(plain(v) for v in value) or "—"
    if isinstance(value, dict):
        text = tabular.text_value(value)
        if text:
            return text
        return " ; ".join(f"{k} : {plain(v)}" for k, v in value.items())
    return str(value)


def slug(text: str, used: set[str]) -> str:
    base = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    base = re.sub(r"[^A-Za-z0-9]+", "-", base).strip("-").lower()[:60] or "dossier"
    candidate, n = f"dossier-{base}", 2
    while candidate in used:
        candidate, n = f"dossier-{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def script_json(data: Any) -> Markup:
    """JSON for a <script type="application/json"> element, safe against `</script>` and `<!--`."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    text = (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return Markup(text)


# --------------------------------------------------------------------------- view model


def evidence_view(ev: Any) -> dict | None:
    ev = as_dict(ev)
    if not ev:
        return None
    quote = " ".join(str(ev.get("quote") or "").split())
    context = " ".join(str(ev.get("context") or "").split())
    start, end = ev.get("char_start"), ev.get("char_end")
    # the quote is shown marked inside its sentence when the sentence holds it
    at = context.find(quote) if quote and context else -1
    return {
        "document": str(ev.get("document") or ""),
        "page": ev.get("page"),
        "chars": f"{start}–{end}" if isinstance(start, int) and isinstance(end, int) else "",
        "quote": quote,
        "before": context[:at] if at >= 0 else "",
        "after": context[at + len(quote):] if at >= 0 else "",
    }


def evidence_list(items: Any) -> list[dict]:
    if isinstance(items, dict):
        items = [items]
    return [v for v in (evidence_view(e) for e in as_list(items)) if v]


def finding_view(f: dict) -> dict:
    attrs = as_dict(f.get("attributes"))
    attributes = []
    for key, label in ATTRIBUTE_LABELS.items():
        if key in attrs and attrs[key] not in (None, "", []):
            value = attrs[key]
            if key == "penalty_per_hour":
                text = f"{fr_number(value)}\u00a0€"
            else:
                text = plain(value)
            attributes.append({"label": label, "value": text})
    score = number(f.get("score"))
    return {
        "category": f.get("category"),
        "category_label": CATEGORY_LABELS.get(str(f.get("category")), str(f.get("category") or "Autre")),
        "kind": str(f.get("kind") or ""),
        "rule_id": str(f.get("rule_id") or ""),
        "message": str(f.get("message") or ""),
        "absent": f.get("polarity") == "absent",
        "score": score,
        "score_text": fr_score(score),
        "score_pct": None if score is None else round(max(0.0, min(1.0, score)) * 100),
        "source": SOURCE_LABELS.get(str(f.get("source")), str(f.get("source") or "—")),
        "severity": str(f.get("severity") or ""),
        "legal": legal_text(f.get("legal_basis")),
        "decp_value": f.get("decp_value"),
        "section": f.get("section"),
        "evidence": evidence_view(f.get("evidence")),
        "attributes": attributes,
        "trace": [str(t) for t in as_list(f.get("trace"))],
    }


def document_view(doc: dict) -> dict:
    status = str(doc.get("text_status") or "ok")
    doc_type = str(doc.get("doc_type") or "AUTRE")
    findings = [finding_view(f) for f in as_list(doc.get("findings")) if isinstance(f, dict)]
    return {
        "path": str(doc.get("path") or ""),
        "dossier": str(doc.get("dossier") or ""),
        "format": str(doc.get("format") or ""),
        "doc_type": doc_type,
        "doc_type_label": DOC_TYPE_LABELS.get(doc_type, doc_type),
        "doc_type_reason": str(doc.get("doc_type_reason") or ""),
        "title": str(doc.get("title") or ""),
        "status": status,
        "readable": status == "ok",
        "status_label": TEXT_STATUS_LABELS.get(status, status),
        "status_message": str(doc.get("status_message") or ""),
        "page_count": doc.get("page_count"),
        "pages_without_text": [p for p in as_list(doc.get("pages_without_text"))],
        "findings": findings,
        "unknown_reasons": {
            CATEGORY_LABELS.get(k, k): str(v) for k, v in as_dict(doc.get("unknown_reasons")).items() if v
        },
    }


def factor_view(factor: dict) -> dict:
    status = str(factor.get("status") or "ok")
    insufficient = status == "donnees_insuffisantes"
    value = factor.get("value")
    return {
        "label": str(factor.get("label") or factor.get("id") or ""),
        "value": "données insuffisantes" if insufficient and value in (None, "") else plain(value),
        "weight": plain(factor.get("weight")),
        "contribution": "—" if factor.get("contribution") is None else fr_number(factor.get("contribution"), 1),
        "insufficient": insufficient,
        "status_label": FACTOR_STATUS_LABELS.get(status, status),
        "explanation": str(factor.get("explanation") or ""),
        "evidence": evidence_list(factor.get("evidence")),
    }


def profile_view(key: str, prof: dict) -> dict:
    prof = as_dict(prof)
    status = str(prof.get("status") or ("ok" if prof else "absent"))
    score = number(prof.get("score"))
    if status == "donnees_insuffisantes":
        score = None
    return {
        "key": key,
        "label": str(prof.get("label") or PROFILE_LABELS.get(key, key)),
        "assessed": bool(prof),
        "score": score,
        "score_text": "données insuffisantes" if (prof and score is None) else (
            f"{fr_number(score, 0)}\u00a0/\u00a0100" if score is not None else "non évalué"),
        "insufficient": bool(prof) and score is None,
        "factors": [factor_view(f) for f in as_list(prof.get("factors")) if isinstance(f, dict)],
    }


def lot_label(number_: Any, lots: list[dict]) -> str:
    if number_ in (None, ""):
        return "Ensemble du marché"
    for lot in lots:
        if str(lot.get("number")) == str(number_):
            title = str(lot.get("title") or "")
            return f"Lot {number_}" + (f" — {title}" if title else "")
    return f"Lot {number_}"


def _lot_amount(number_: Any, lots: list[dict]) -> float | None:
    for lot in lots:
        if number_ is not None and str(lot.get("number")) == str(number_):
            for key in ("estimated_ht", "max_ht"):
                if number(lot.get(key)) is not None:
                    return number(lot.get(key))
    return None


def flag_view(flag: dict, lots: list[dict]) -> dict:
    severity = str(flag.get("severity") or "info")
    fid = str(flag.get("id") or "")
    # a lot's flag without its own amount shows the lot's amount, never the whole contract's
    amount = number(flag.get("amount_ht"))
    if amount is None and flag.get("lot") is not None:
        amount = _lot_amount(flag.get("lot"), lots)
    return {
        "id": fid,
        "label": str(flag.get("label") or FLAG_LABELS.get(fid, fid)),
        "severity": severity if severity in SEVERITY_LABELS else "info",
        "severity_label": SEVERITY_LABELS.get(severity, severity),
        "legal": legal_text(flag.get("legal_basis")),
        "message": str(flag.get("message") or ""),
        "lot": flag.get("lot"),
        "lot_label": lot_label(flag.get("lot"), lots),
        "amount_ht": amount,
        "amount_text": fr_money(amount) if amount is not None else "",
        "evidence": evidence_list(flag.get("evidence")),
    }


def lot_view(lot: Any) -> dict | None:
    lot = as_dict(fact_value(lot)) or as_dict(lot)
    if not lot:
        return None
    return {
        "number": lot.get("number"),
        "title": str(lot.get("title") or ""),
        "estimated": fr_money(lot.get("estimated_ht")),
        "min": fr_money(lot.get("min_ht")),
        "max": fr_money(lot.get("max_ht")),
        "duration": "—" if number(lot.get("duration_months")) is None else f"{fr_number(lot.get('duration_months'))} mois",
        "reserved": legal_text(lot.get("reserved_bases")) or "—",
        "cpv": ", ".join(str(c) for c in as_list(lot.get("cpv"))) or "—",
        "evidence": evidence_list(lot.get("evidence")),
    }


def decp_lists(tender: dict, cons: dict[str, bool | None]) -> dict[str, list[str]]:
    decp = as_dict(tender.get("decp"))
    if decp:
        return {
            "sociales": [str(v) for v in as_list(decp.get("considerationsSociales"))],
            "environnementales": [str(v) for v in as_list(decp.get("considerationsEnvironnementales"))],
        }
    soc, env = [], []
    if cons.get("clause_sociale") or cons.get("clause_insertion"):
        soc.append("Clause sociale")
    if cons.get("critere_social"):
        soc.append("Critère social")
    if cons.get("marche_reserve"):
        soc.append("Marché réservé")
    if cons.get("clause_environnementale"):
        env.append("Clause environnementale")
    if cons.get("critere_environnemental"):
        env.append("Critère environnemental")
    return {"sociales": soc, "environnementales": env}


def decp_text(values: list[str], cons: dict[str, bool | None], cats: tuple[str, ...]) -> str:
    """What the DECP field would say: the values, "aucune", or "inconnues" (never "aucune"
    when a category could not be decided)."""
    if values:
        return ", ".join(values)
    if any(cons.get(c) is None for c in cats):
        return "inconnues (texte illisible ou indécis)"
    return "aucune"


def tender_view(scan: dict, tender: dict, row: dict, anchor: str) -> dict:
    facts = as_dict(tender.get("facts"))
    raw_lots = [l for l in as_list(fact_value(facts.get("lots"))) if l is not None]
    lots = [v for v in (lot_view(l) for l in raw_lots) if v]
    lot_dicts = [as_dict(fact_value(l)) or as_dict(l) for l in raw_lots]
    docs = [document_view(d) for d in tabular.tender_documents(scan, tender)]
    cons = tabular.tender_considerations(scan, tender)

    findings: list[dict] = [f for d in docs for f in d["findings"]]
    order = {cat: i for i, cat in enumerate(CATEGORIES)}
    findings.sort(key=lambda f: (order.get(str(f["category"]), 99), -(f["score"] or 0)))
    groups: list[dict] = []
    for f in findings:
        if not groups or groups[-1]["category"] != f["category"]:
            groups.append({"category": f["category"], "label": f["category_label"], "findings": []})
        groups[-1]["findings"].append(f)

    acc = as_dict(tender.get("accessibility"))
    profiles = [profile_view(k, as_dict(as_dict(acc.get("profiles")).get(k))) for k in PROFILE_KEYS]
    lot_profiles = []
    for lot in as_list(acc.get("lots")):
        lot = as_dict(lot)
        if not lot:
            continue
        lot_profiles.append({
            "label": lot_label(lot.get("number"), lot_dicts) if not lot.get("title")
            else f"Lot {lot.get('number')} — {lot.get('title')}",
            "profiles": [profile_view(k, as_dict(as_dict(lot.get("profiles")).get(k))) for k in PROFILE_KEYS],
        })

    flags = [flag_view(f, lot_dicts) for f in tabular.flags(tender)]
    flags.sort(key=lambda f: SEVERITY_ORDER.get(f["severity"], 3))

    requirements = []
    for key, value in as_dict(fact_value(facts.get("requirements"))).items():
        if value in (None, "", [], {}):
            continue
        label = REQUIREMENT_LABELS.get(key, str(key).replace("_", " ").capitalize())
        val = fact_value(value)
        text = fr_money(val) if "turnover" in key or key.startswith("ca_") else plain(val)
        requirements.append({"label": label, "value": text, "evidence": evidence_list(fact_evidence(value))})

    unknown_reasons: dict[str, list[str]] = {}
    for d in docs:
        for label, reason in d["unknown_reasons"].items():
            unknown_reasons.setdefault(label, []).append(f"{d['path']} : {reason}")

    response_days = number(fact_value(facts.get("response_days")))
    summary = [
        ("Acheteur", row["acheteur"] or "—"),
        ("Objet", row["objet"] or "—"),
        ("Procédure", row["procedure"] or "—"),
        ("Date de publication", fr_date(facts.get("publication_date"))),
        ("Date limite de réponse", fr_date(facts.get("deadline"))
         + (f" ({fr_number(response_days)}\u00a0jours pour répondre)" if response_days is not None else "")),
        ("Codes CPV", plain(facts.get("cpv"))),
        ("Allotissement", {True: "marché alloti", False: "marché non alloti", None: "inconnu"}[row["allotissement"]]
         + (f" ({row['nb_lots']}\u00a0lots)" if row["nb_lots"] else "")),
        ("Montant estimé", fr_money(row["montant_estime_ht"])),
        ("Montant maximum", fr_money(row["montant_max_ht"])),
        ("Heures d'insertion", "—" if row["heures_insertion"] is None else f"{fr_number(row['heures_insertion'])}\u00a0h"),
        ("Bases de réservation", legal_text(tender.get("reservation_bases")) or "—"),
    ]
    return {
        "anchor": anchor,
        "id": row["dossier"],
        "title": row["objet"] or row["dossier"],
        "row": row,
        "summary": summary,
        "considerations": [
            {"key": c, "label": CATEGORY_LABELS[c], "value": tri_text(cons.get(c))} for c in CATEGORIES
        ],
        "unknown_reasons": unknown_reasons,
        "decp": {
            "sociales": decp_text(decp_lists(tender, cons)["sociales"], cons,
                                  ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve")),
            "environnementales": decp_text(decp_lists(tender, cons)["environnementales"], cons,
                                           ("clause_environnementale", "critere_environnemental")),
        },
        "documents": docs,
        "finding_groups": groups,
        "finding_count": len(findings),
        "profiles": profiles,
        "lot_profiles": lot_profiles,
        "assessed": bool(acc),
        "flags": flags,
        "lots": lots,
        "requirements": requirements,
        "facts_known": bool(facts),
    }


def score_bin(score: float | None, assessed: bool) -> str:
    if not assessed:
        return BIN_NOT_ASSESSED
    if score is None:
        return BIN_INSUFFICIENT
    for label, low, high in SCORE_BINS:
        if low <= score < high:
            return label
    return SCORE_BINS[-1][0] if score >= 100 else SCORE_BINS[0][0]


def portfolio(scan: dict, views: list[dict]) -> dict:
    docs = [d for d in as_list(as_dict(scan).get("documents")) if isinstance(d, dict)]
    categories = []
    for cat in CATEGORIES:
        counts = {"oui": 0, "non": 0, "inconnu": 0}
        for v in views:
            counts[tri_text(v["row"].get(cat))] += 1
        doc_counts = {"oui": 0, "non": 0, "inconnu": 0}
        for d in docs:
            doc_counts[tri_text(as_dict(d.get("considerations")).get(cat))] += 1
        categories.append({"key": cat, "label": CATEGORY_LABELS[cat], "tenders": counts, "documents": doc_counts})

    hours = [(v["id"], v["row"]["heures_insertion"]) for v in views if v["row"]["heures_insertion"]]
    distribution = []
    labels = [b[0] for b in SCORE_BINS] + [BIN_INSUFFICIENT, BIN_NOT_ASSESSED]
    for key in PROFILE_KEYS:
        counts = {label: 0 for label in labels}
        scores = []
        for v in views:
            prof = next(p for p in v["profiles"] if p["key"] == key)
            counts[score_bin(prof["score"], prof["assessed"])] += 1
            if prof["score"] is not None:
                scores.append(prof["score"])
        scores.sort()
        median = None
        if scores:
            mid = len(scores) // 2
            median = scores[mid] if len(scores) % 2 else (scores[mid - 1] + scores[mid]) / 2
        distribution.append({
            "key": key, "label": PROFILE_LABELS[key], "counts": counts,
            "mean": sum(scores) / len(scores) if scores else None, "median": median, "n": len(scores),
        })
    bins = [b for b in labels if b != BIN_NOT_ASSESSED or any(d["counts"][b] for d in distribution)]

    opportunities, gaps, others = [], [], []
    for v in views:
        for f in v["flags"]:
            entry = {"flag": f, "tender": v}
            if f["id"] in tabular.OPPORTUNITY_FLAGS:
                opportunities.append(entry)
            elif f["id"].startswith(tabular.LEGAL_GAP_PREFIX):
                gaps.append(entry)
            else:
                others.append(entry)

    unreadable = [document_view(d) for d in docs if not tabular.is_readable(d)]
    partial = [document_view(d) for d in docs if tabular.is_readable(d) and as_list(d.get("pages_without_text"))]

    def with_cat(cat: str) -> int:
        return next(c for c in categories if c["key"] == cat)["tenders"]["oui"]

    kpis = [
        {"label": "Dossiers analysés", "value": fr_number(len(views)), "id": "kpi-dossiers"},
        {"label": "Documents analysés", "value": fr_number(len(docs)), "id": "kpi-documents",
         "note": f"dont {fr_number(len(unreadable))} illisible{'s' if len(unreadable) > 1 else ''}"},
        {"label": "Dossiers avec clause d'insertion", "value": fr_number(with_cat("clause_insertion")), "id": "kpi-insertion"},
        {"label": "Dossiers avec critère social", "value": fr_number(with_cat("critere_social")), "id": "kpi-critere-social"},
        {"label": "Dossiers avec marché ou lot réservé", "value": fr_number(with_cat("marche_reserve")), "id": "kpi-reserve"},
        {"label": "Dossiers avec clause environnementale", "value": fr_number(with_cat("clause_environnementale")), "id": "kpi-clause-env"},
        {"label": "Dossiers avec critère environnemental", "value": fr_number(with_cat("critere_environnemental")), "id": "kpi-critere-env"},
        {"label": "Heures d'insertion engagées", "value": fr_number(sum(h for _, h in hours)), "id": "kpi-heures",
         "note": f"sur {fr_number(len(hours))} dossier{'s' if len(hours) > 1 else ''}"},
        {"label": "Opportunités sous les seuils", "value": fr_number(len(opportunities)), "id": "kpi-opportunites"},
        {"label": "Manques loi Climat", "value": fr_number(len(gaps)), "id": "kpi-manques"},
    ]
    return {
        "kpis": kpis,
        "categories": categories,
        "hours": hours,
        "total_hours": sum(h for _, h in hours),
        "distribution": distribution,
        "bins": bins,
        "opportunities": opportunities,
        "gaps": gaps,
        "others": others,
        "unreadable": unreadable,
        "partial": partial,
        "documents": len(docs),
        "tender_count": len(views),
        "unknown_tenders": sum(1 for v in views if any(c["value"] == "inconnu" for c in v["considerations"])),
    }


# --------------------------------------------------------------------------- charts


def _layout(title: str, height: int, **extra: Any) -> dict:
    layout = {
        "title": {"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}},
        "height": height,
        "margin": {"l": 10, "r": 20, "t": 80, "b": 50},
        "font": {"family": FONT_STACK, "color": "#1a1a1a", "size": 13},
        "separators": ",\u202f",
        "template": "simple_white",
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom", "traceorder": "normal"},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
    }
    layout.update(extra)
    return layout


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def charts(port: dict) -> list[dict]:
    import plotly.graph_objects as go

    specs: list[dict] = []

    cats = port["categories"]
    if not port["tender_count"]:
        return specs
    labels = [c["label"] for c in cats][::-1]
    fig = go.Figure()
    for state, name, pattern in (("oui", "présente", ""), ("non", "absente", ""), ("inconnu", "inconnue", "/")):
        fig.add_trace(go.Bar(
            y=labels, x=[c["tenders"][state] for c in cats][::-1], name=name, orientation="h",
            marker={"color": COLORS[state], "pattern": {"shape": pattern, "fgcolor": "#ffffff"}},
            hovertemplate="%{y} : %{x} dossier(s) — " + name + "<extra></extra>",
        ))
    fig.update_layout(**_layout("Considérations par dossier (DECP)", 340, barmode="stack"))
    fig.update_xaxes(title_text="Nombre de dossiers", dtick=1 if max((sum(c["tenders"].values()) for c in cats), default=0) <= 10 else None)
    fig.update_yaxes(automargin=True)
    specs.append({"id": "graph-categories", "figure": json.loads(fig.to_json()),
                  "alt": "Barres empilées : pour chaque considération, nombre de dossiers où elle est présente, absente ou inconnue."})

    hours = sorted(port["hours"], key=lambda x: x[1])
    if hours:
        fig = go.Figure(go.Bar(
            y=[_short(h[0]) for h in hours], x=[h[1] for h in hours], orientation="h",
            marker={"color": COLORS["hours"]}, text=[f"{fr_number(h[1])} h" for h in hours],
            textposition="auto", hovertemplate="%{y} : %{x} h<extra></extra>",
        ))
        fig.update_layout(**_layout("Heures d'insertion par dossier", 140 + 32 * len(hours), showlegend=False,
                                    margin={"l": 10, "r": 20, "t": 50, "b": 50}))
        fig.update_xaxes(title_text="Heures d'insertion")
        fig.update_yaxes(automargin=True)
        specs.append({"id": "graph-heures", "figure": json.loads(fig.to_json()),
                      "alt": "Barres horizontales : heures d'insertion chiffrées dans chaque dossier."})

    dist = port["distribution"]
    if any(d["counts"].get(b) for d in dist for b in port["bins"]):
        fig = go.Figure()
        for d in dist:
            fig.add_trace(go.Bar(
                x=[b.replace(" ", "<br>") if len(b) > 8 else b for b in port["bins"]],
                y=[d["counts"][b] for b in port["bins"]], name=d["label"],
                marker={"color": COLORS[d["key"]]},
                hovertemplate=d["label"] + " — %{x} : %{y} dossier(s)<extra></extra>",
            ))
        fig.update_layout(**_layout("Répartition des scores d'accessibilité", 340, barmode="group"))
        fig.update_xaxes(title_text="Score sur 100", type="category", tickangle=0, automargin=True)
        fig.update_yaxes(title_text="Nombre de dossiers", rangemode="tozero",
                         dtick=1 if max((max(d["counts"].values()) for d in dist), default=0) <= 10 else None)
        specs.append({"id": "graph-scores", "figure": json.loads(fig.to_json()),
                      "alt": "Barres groupées : nombre de dossiers par tranche de score, pour les deux profils."})
    return specs


# --------------------------------------------------------------------------- rendering


@lru_cache(maxsize=1)
def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    js = get_plotlyjs()
    # Never let the bundle close its own <script> element.
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update({
        "fr_number": fr_number, "fr_money": fr_money, "fr_date": fr_date, "fr_score": fr_score,
        "tri_text": tri_text, "plain": plain,
    })
    env.globals["date_sort_key"] = date_sort_key
    return env


def _asset(name: str) -> Markup:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    return Markup(re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.IGNORECASE))


def table_cells(row: dict) -> list[dict]:
    """Display text and sort key of each cell of the dossier table (same columns as the export)."""
    cells = []
    for col in COLUMNS:
        value = row.get(col.key)
        if col.kind == "tri":
            text = tri_text(value)
            sort = {"oui": "2", "non": "0", "inconnu": "1"}[text]
        elif col.kind in ("int",):
            text = "—" if value is None else fr_number(value)
            sort = "" if value is None else str(value)
        elif col.kind == "money":
            text = "—" if value is None else f"{fr_number(value)}\u00a0€"
            sort = "" if value is None else str(value)
        elif col.kind == "score":
            text = "—" if value is None else fr_number(value, 0)
            sort = "" if value is None else str(value)
        elif col.kind == "date":
            text = fr_date(value)
            sort = date_sort_key(value)
        else:
            text = "—" if value in (None, "") else str(value)
            sort = "" if value in (None, "") else str(value).lower()
        cells.append({"key": col.key, "kind": col.kind, "text": text, "sort": sort, "state": text if col.kind == "tri" else ""})
    return cells


def build_view(scan: dict) -> dict:
    scan = as_dict(scan)
    used: set[str] = set()
    views = []
    for tender in tabular.tenders(scan):
        row = tabular.tender_row(scan, tender)
        view = tender_view(scan, tender, row, slug(row["dossier"], used))
        view["cells"] = table_cells(row)
        view["filter_categories"] = " ".join(c for c in CATEGORIES if row.get(c) is True)
        view["has_unknown"] = any(row.get(c) is None for c in CATEGORIES)
        views.append(view)
    port = portfolio(scan, views)
    engine = as_dict(scan.get("engine"))
    meta = as_dict(scan.get("scan"))
    summary = as_dict(scan.get("summary"))
    return {
        "engine": {
            "name": str(engine.get("name") or "clausecheck"),
            "version": str(engine.get("version") or ""),
            "rules_version": str(engine.get("rules_version") or ""),
            "model_version": str(engine.get("model_version") or ""),
        },
        "meta": {
            "finished_at": fr_date(meta.get("finished_at") or meta.get("started_at")),
            "roots": [str(r) for r in as_list(meta.get("roots"))],
            "reference_date": fr_date(meta.get("reference_date")) if meta.get("reference_date") else None,
        },
        "summary": summary,
        "tenders": views,
        "portfolio": port,
        "columns": COLUMNS,
        # Columns left out on paper (the table goes on a landscape page); all stay on screen.
        "print_optional": ("procedure", "documents", "bases_reservation", "montant_max_ht", "signalements"),
        "category_labels": CATEGORY_LABELS,
        "charts": charts(port),
    }


def export_payload(scan: dict) -> dict[str, str]:
    """The CSV and XLSX exports of the dossier table, base64, for the page's download buttons."""
    import base64

    payload: dict[str, str] = {}
    for fmt in ("csv", "xlsx"):
        try:
            payload[fmt] = base64.b64encode(tabular.table_bytes(scan, fmt)).decode("ascii")
        except Exception:  # an export that cannot be built only hides its button
            continue
    return payload


def render_report(scan: dict) -> str:
    """The whole report as one self-contained HTML string (French)."""
    view = build_view(scan)
    exports = export_payload(as_dict(scan))
    chart_specs = view["charts"]
    return _environment().get_template("report.html.j2").render(
        **view,
        css=_asset("report.css"),
        js=_asset("report.js"),
        plotly_js=Markup(_plotly_js()) if chart_specs else None,
        exports=sorted(exports),
        exports_json=script_json(exports),
        charts_json=script_json([{"id": c["id"], "data": c["figure"].get("data", []),
                                  "layout": c["figure"].get("layout", {})} for c in chart_specs]),
    )


def write_report(scan: dict, path: Path | str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(scan), encoding="utf-8")
