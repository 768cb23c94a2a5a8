"""The bilan as one HTML page: French, self-contained (no external asset), offline, printable.

Charts are drawn here, at build time, as inline SVG (clausecheck.outputs.charts). Every share is
written with its numerator and denominator, « non renseigné » where the data says nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from clausecheck.assessment.bilan.labels import ENVIRONMENTAL_KEYS, SOCIAL_KEYS
from clausecheck.assessment.bilan.model import Bilan, Dimension, GroupRow, Share
from clausecheck.ingestion.decp.loader import REJECTION_LABELS
from clausecheck.outputs import charts
from clausecheck.outputs.charts import MISSING, fr_money, fr_number, fr_percent

TEMPLATES = Path(__file__).resolve().parent / "templates"


def fr_date(day) -> str:
    return day.strftime("%d/%m/%Y") if day else "…"


def share_text(share: Share) -> str:
    if share.value is None:
        return MISSING
    return f"{fr_percent(share.value)} ({fr_number(share.count)}/{fr_number(share.known)})"


def _share_cell(share: Share) -> dict[str, Any]:
    title = (f"{share.count} sur {share.known} marchés où le champ est renseigné ; {share.unknown} non renseignés"
             if share.known else f"champ non renseigné pour les {share.unknown} marchés")
    return {"text": share_text(share), "title": title, "missing": share.value is None,
            "sort": share.value if share.value is not None else -1}


def _row_view(row: GroupRow) -> dict[str, Any]:
    return {
        "label": row.label, "key": row.key, "contracts": fr_number(row.contracts),
        "amount": fr_money(row.amount) if row.amount_known else MISSING,
        "amount_current": fr_money(row.amount_current) if row.amount_current is not None else MISSING,
        "social": {k: _share_cell(row.social[k]) for k in SOCIAL_KEYS},
        "reserved_count": fr_number(row.social["marche_reserve"].count) if row.social["marche_reserve"].known else MISSING,
        "environmental": {k: _share_cell(row.environmental[k]) for k in ENVIRONMENTAL_KEYS},
        "offers": fr_number(row.offers_mean, 1) if row.offers_mean is not None else MISSING,
        "offers_title": f"moyenne sur {row.offers_known} marchés où le nombre d'offres est renseigné",
        "single": _share_cell(row.single_offer),
        "local": _share_cell(row.local_holder),
        "hours": fr_number(row.insertion_hours) if row.insertion_hours is not None else MISSING,
        "matched": row.matched_contracts,
    }


def _dimension_view(dim: Dimension) -> dict[str, Any]:
    return {"id": dim.id, "label": dim.label, "date_used": dim.date_used, "hidden": dim.hidden,
            "rows": [_row_view(r) for r in dim.rows]}


def _kpis(bilan: Bilan) -> list[dict[str, str]]:
    total = bilan.dimensions[0].rows[0]
    social = total.social["clause_sociale"]
    any_env = total.environmental["au_moins_une"]
    reserved = total.social["marche_reserve"]
    kpis = [
        {"id": "kpi-marches", "label": "Marchés du bilan", "value": fr_number(bilan.totals.contracts),
         "note": f"{fr_number(bilan.totals.buyers)} acheteur(s), notifiés du {fr_date(bilan.totals.first_notified)} "
                 f"au {fr_date(bilan.totals.last_notified)}"},
        {"id": "kpi-montant", "label": "Montant initial total HT", "value": fr_money(bilan.totals.amount),
         "note": f"{fr_number(total.amount_known)} marchés au montant renseigné"},
        {"id": "kpi-clause-sociale", "label": "Part avec une clause sociale",
         "value": fr_percent(social.value) if social.value is not None else MISSING,
         "note": f"{fr_number(social.count)} sur {fr_number(social.known)} ; non renseigné pour {fr_number(social.unknown)}"},
        {"id": "kpi-reserves", "label": "Marchés réservés",
         "value": fr_number(reserved.count) if reserved.known else MISSING,
         "note": f"sur {fr_number(reserved.known)} marchés au format qui le dit"},
        {"id": "kpi-environnement", "label": "Part avec une considération environnementale",
         "value": fr_percent(any_env.value) if any_env.value is not None else MISSING,
         "note": f"{fr_number(any_env.count)} sur {fr_number(any_env.known)}"},
        {"id": "kpi-heures", "label": "Heures d'insertion (documents rapprochés)",
         "value": fr_number(total.insertion_hours) if total.insertion_hours is not None else MISSING,
         "note": (f"{total.matched_contracts} dossier(s) rapproché(s) portant des heures" if total.insertion_hours is not None
                  else "aucun scan de dossiers fourni (--scan)")},
        {"id": "kpi-lus", "label": "Enregistrements lus (tous les fichiers)", "value": fr_number(bilan.read),
         "note": f"{fr_number(bilan.imported)} importés + {fr_number(bilan.rejected)} écartés"},
        {"id": "kpi-ecartes", "label": "Enregistrements écartés", "value": fr_number(bilan.rejected),
         "note": "avec leur motif, voir « Données importées »"},
    ]
    return kpis


def _charts(bilan: Bilan) -> dict[str, Markup]:
    years = next(d for d in bilan.dimensions if d.id == "annee").rows
    out: dict[str, Markup] = {}
    if years:
        labels = [r.label for r in years]
        out["contracts_by_year"] = Markup(charts.stacked_bar(labels, {
            "considérations renseignées": [r.social["au_moins_une"].known for r in years],
            "considérations non renseignées": [r.social["au_moins_une"].unknown for r in years]},
            title="Marchés notifiés par année"))
        out["shares_by_year"] = Markup(charts.line(labels, {
            "Clause sociale": [r.social["clause_sociale"].value for r in years],
            "Critère social": [r.social["critere_social"].value for r in years],
            "Marché réservé": [r.social["marche_reserve"].value for r in years],
            "Considération environnementale": [r.environmental["au_moins_une"].value for r in years]},
            title="Part des marchés avec chaque considération, par année"))
    for dim_id, title in (("categorie", "Marchés par catégorie d'achat"), ("procedure", "Marchés par procédure"),
                          ("tranche", "Marchés par tranche de montant initial HT")):
        rows = next(d for d in bilan.dimensions if d.id == dim_id).rows
        if rows:
            out[dim_id] = Markup(charts.bar([r.label for r in rows], [r.contracts for r in rows], title=title,
                                            horizontal=True))
    by_year: dict[int, tuple[int, int]] = {}
    for r in bilan.rotation.rows:
        purchases, repeats = by_year.get(r.year, (0, 0))
        by_year[r.year] = (purchases + r.purchases, repeats + r.repeats_12m)
    if by_year:
        ys = sorted(by_year)
        out["rotation"] = Markup(charts.stacked_bar([str(y) for y in ys], {
            "attribution à un titulaire déjà retenu dans les 12 mois": [by_year[y][1] for y in ys],
            "autres achats sous le seuil": [by_year[y][0] - by_year[y][1] for y in ys]},
            title="Achats sous le seuil de dispense, par année"))
    return out


def _rotation_view(bilan: Bilan) -> dict[str, Any]:
    rot = bilan.rotation
    rows = []
    for r in rot.rows[:200]:
        rows.append({
            "year": r.year, "buyer": f"{r.buyer_name} ({r.buyer_siret})" if r.buyer_name else r.buyer_siret,
            "division": r.division_label, "purchases": fr_number(r.purchases), "amount": fr_money(r.amount),
            "holders": fr_number(r.distinct_holders),
            "top": f"{r.top_holder_name or r.top_holder}", "top_id": r.top_holder,
            "top_count": fr_percent(r.top_share_count), "top_amount": fr_percent(r.top_share_amount),
            "hhi_count": fr_number(r.hhi_count), "hhi_amount": fr_number(r.hhi_amount),
            "repeats": fr_number(r.repeats_12m), "compulsory": r.compulsory, "listed": r.from_purchase_list,
            "repeat_holders": ", ".join(f"{h.name or h.holder} ({h.repeats})" for h in r.repeat_holders[:4]),
        })
    return {"rows": rows, "hidden": rot.hidden, "considered": fr_number(rot.considered),
            "excluded": [(k, fr_number(v)) for k, v in rot.excluded.items()],
            "thresholds": [{"id": t.id, "nature": {"tous": "tous", "travaux": "travaux",
                                                   "fournitures_services": "fournitures et services"}[t.nature],
                            "amount": fr_money(t.amount_ht), "from": fr_date(t.valid_from), "to": fr_date(t.valid_to),
                            "verified": "oui" if t.verified else "à confirmer", "contracts": fr_number(t.contracts)}
                           for t in rot.thresholds]}


def _files_view(bilan: Bilan) -> list[dict[str, Any]]:
    return [{"path": f.path, "fmt": f.fmt or "—", "versions": f.schema_versions or "—", "rows": fr_number(f.rows) if f.rows else "—",
             "read": fr_number(f.read), "imported": fr_number(f.imported), "rejected": fr_number(f.rejected),
             "concessions": fr_number(f.concessions), "error": f.error, "notes": f.notes, "origin": f.origin,
             "balanced": f.read == f.imported + f.rejected,
             "reasons": [(REJECTION_LABELS.get(c, c), fr_number(n)) for c, n in f.rejected_by_reason.items()]}
            for f in bilan.files]


def context(bilan: Bilan) -> dict[str, Any]:
    return {
        "bilan": bilan, "scope": bilan.scope.describe(), "kpis": _kpis(bilan), "charts": _charts(bilan),
        "dimensions": [_dimension_view(d) for d in bilan.dimensions if d.id != "ensemble"],
        "total": _row_view(bilan.dimensions[0].rows[0]),
        "social_keys": SOCIAL_KEYS, "environmental_keys": ENVIRONMENTAL_KEYS,
        "with_hours": bilan.crosscheck is not None,
        "rotation": _rotation_view(bilan), "files": _files_view(bilan),
        "rejections": [(REJECTION_LABELS.get(c, c), c, fr_number(n)) for c, n in bilan.rejected_by_reason.items()],
        "warnings": [(c, fr_number(n)) for c, n in list(bilan.warnings_by_code.items())[:40]],
        "warnings_more": max(0, len(bilan.warnings_by_code) - 40),
        "fr_number": fr_number, "fr_percent": fr_percent, "fr_money": fr_money,
        "read": fr_number(bilan.read), "imported": fr_number(bilan.imported), "rejected": fr_number(bilan.rejected),
        "balanced": bilan.read == bilan.imported + bilan.rejected,
    }


def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)),
                       autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
                       trim_blocks=True, lstrip_blocks=True)


def render_bilan(bilan: Bilan) -> str:
    env = _environment()
    css = (TEMPLATES / "bilan.css").read_text(encoding="utf-8")
    return env.get_template("bilan.html.j2").render(css=Markup(css), **context(bilan))


def write_bilan_report(bilan: Bilan, path: Path | str) -> None:
    Path(path).write_text(render_bilan(bilan), encoding="utf-8")
