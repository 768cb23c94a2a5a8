"""Indicators by year, quarter, buyer, category, nature, CPV division, procedure and amount band.

One SQL query per dimension over the store (`contracts`), restricted to the scope's marchés
(concessions and purchase-list lines are outside). Every contract is placed by its notification
date (`dateNotification`): the DECP give no launch date. Shares are counted on the records whose
format carries the field; the others are "non renseigné", never a zero.
"""

from __future__ import annotations

import pandas as pd

from clausecheck.assessment.bilan.labels import CATEGORY_LABELS, band_label, band_sql, division_label
from clausecheck.assessment.bilan.model import Dimension, GroupRow, Scope, Share
from clausecheck.ingestion.decp.store import Store

DATE_NOTE = "date de notification du marché (les DECP ne donnent pas la date de lancement)"
DIMENSIONS: tuple[tuple[str, str, str], ...] = (
    # id, French label, SQL key expression
    ("annee", "Par année", "CAST(c.year AS VARCHAR)"),
    ("trimestre", "Par trimestre", "CAST(c.year AS VARCHAR) || '-T' || CAST(c.quarter AS VARCHAR)"),
    ("acheteur", "Par acheteur", "c.buyer_siret"),
    ("categorie", "Par catégorie d'achat", "c.category"),
    ("nature", "Par nature juridique", "c.nature"),
    ("division_cpv", "Par division CPV", "c.cpv_division"),
    ("procedure", "Par procédure", "c.procedure_group"),
    ("tranche", "Par tranche de montant (montant initial HT)", band_sql("c.amount_initial")),
)
ORDER = {"annee": "k", "trimestre": "k", "tranche": "k"}  # others: by number of contracts
LIMITS = {"acheteur": 30, "division_cpv": 40}


def scope_sql(scope: Scope, origins: tuple[str, ...] = ("decp",), alias: str = "c",
              kind: str = "marche") -> tuple[str, list]:
    clauses = [f"{alias}.kind = ?", f"{alias}.origin IN ({', '.join('?' for _ in origins)})"]
    params: list = [kind, *origins]
    if scope.buyers:
        parts = []
        for buyer in scope.buyers:
            parts.append(f"{alias}.buyer_siret LIKE ?")
            params.append(buyer + "%")
        clauses.append("(" + " OR ".join(parts) + ")")
    if scope.year_from is not None:
        clauses.append(f"{alias}.year >= ?")
        params.append(scope.year_from)
    if scope.year_to is not None:
        clauses.append(f"{alias}.year <= ?")
        params.append(scope.year_to)
    return " AND ".join(clauses), params


def register_hours(store: Store, hours: dict[int, int] | None) -> None:
    """Insertion hours of matched dossiers, each on one contract (see crosscheck.hours_by_record)."""
    frame = pd.DataFrame({"record_id": list((hours or {}).keys()), "hours": list((hours or {}).values())},
                         dtype="int64")
    store.con.register("bilan_hours", frame)


_AGGREGATES = """
    count(*) AS n,
    sum(c.amount_initial) AS amount, count(c.amount_initial) AS amount_known, sum(c.amount_current) AS amount_current,
    count(*) FILTER (WHERE c.s_clause) AS s_clause, count(*) FILTER (WHERE c.s_critere) AS s_critere,
    count(*) FILTER (WHERE c.s_reserve) AS s_reserve,
    count(*) FILTER (WHERE c.s_clause OR c.s_critere OR c.s_reserve) AS s_any, count(c.social_values) AS s_known,
    count(*) FILTER (WHERE c.e_clause) AS e_clause, count(*) FILTER (WHERE c.e_critere) AS e_critere,
    count(*) FILTER (WHERE c.e_clause OR c.e_critere) AS e_any, count(c.env_values) AS e_known,
    avg(c.offers) AS offers_mean, count(c.offers) AS offers_known, count(*) FILTER (WHERE c.offers = 1) AS single,
    count(*) FILTER (WHERE c.first_holder_department = c.buyer_department) AS local,
    count(*) FILTER (WHERE c.first_holder_department IS NOT NULL AND c.buyer_department IS NOT NULL) AS local_known,
    sum(h.hours) AS hours, count(h.record_id) AS matched,
    mode(c.buyer_name) AS buyer_name
"""


def _row(key: str | None, r: dict, dimension: str, with_hours: bool) -> GroupRow:
    n = int(r["n"])

    def share(count: str, known: str) -> Share:
        k = int(r[known])
        return Share(count=int(r[count]), known=k, unknown=n - k)

    return GroupRow(
        key=key if key is not None else "",
        label=_label(dimension, key, r.get("buyer_name")),
        contracts=n,
        amount=float(r["amount"]) if r["amount"] is not None else None,
        amount_known=int(r["amount_known"]),
        amount_current=float(r["amount_current"]) if r["amount_current"] is not None else None,
        social={"clause_sociale": share("s_clause", "s_known"), "critere_social": share("s_critere", "s_known"),
                "marche_reserve": share("s_reserve", "s_known"), "au_moins_une": share("s_any", "s_known")},
        environmental={"clause_environnementale": share("e_clause", "e_known"),
                       "critere_environnemental": share("e_critere", "e_known"),
                       "au_moins_une": share("e_any", "e_known")},
        offers_mean=float(r["offers_mean"]) if r["offers_mean"] is not None else None,
        offers_known=int(r["offers_known"]),
        single_offer=share("single", "offers_known"),
        local_holder=share("local", "local_known"),
        insertion_hours=int(r["hours"] or 0) if with_hours else None,
        matched_contracts=int(r["matched"]) if with_hours else None,
    )


def _label(dimension: str, key: str | None, buyer_name: str | None) -> str:
    if key is None:
        return {"acheteur": "acheteur non renseigné", "categorie": "catégorie non déterminée (CPV absent)",
                "nature": "nature non renseignée", "division_cpv": "CPV non renseigné",
                "procedure": "procédure non renseignée", "tranche": "montant non renseigné"}.get(dimension, "non renseigné")
    if dimension == "acheteur":
        return f"{buyer_name} ({key})" if buyer_name else key
    if dimension == "categorie":
        return CATEGORY_LABELS.get(key, key)
    if dimension == "division_cpv":
        return division_label(key)
    if dimension == "tranche":
        return band_label(key)
    if dimension == "trimestre":
        year, quarter = key.split("-T")
        return f"{quarter}ᵉ trimestre {year}" if quarter != "1" else f"1ᵉʳ trimestre {year}"
    return key


def dimension(store: Store, scope: Scope, dim_id: str, with_hours: bool) -> Dimension:
    label, expr = next((lbl, e) for i, lbl, e in DIMENSIONS if i == dim_id)
    where, params = scope_sql(scope)
    order = "k NULLS LAST" if dim_id in ORDER else "n DESC, k NULLS LAST"
    sql = (f"SELECT {expr} AS k, {_AGGREGATES} FROM contracts c LEFT JOIN bilan_hours h USING (record_id) "
           f"WHERE {where} GROUP BY k ORDER BY {order}")
    cursor = store.con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    records = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    limit = LIMITS.get(dim_id)
    hidden = max(0, len(records) - limit) if limit else 0
    shown = records[:limit] if limit else records
    rows = [_row(r["k"], r, dim_id, with_hours) for r in shown]
    return Dimension(id=dim_id, label=label, date_used=DATE_NOTE, rows=rows, hidden=hidden)


def overall(store: Store, scope: Scope, with_hours: bool) -> GroupRow:
    where, params = scope_sql(scope)
    cursor = store.con.execute(f"SELECT {_AGGREGATES} FROM contracts c LEFT JOIN bilan_hours h USING (record_id) "
                               f"WHERE {where}", params)
    names = [d[0] for d in cursor.description]
    r = dict(zip(names, cursor.fetchall()[0], strict=True))
    row = _row("total", r, "total", with_hours)
    row.label = "Ensemble"
    return row


def all_dimensions(store: Store, scope: Scope, with_hours: bool) -> list[Dimension]:
    return [dimension(store, scope, dim_id, with_hours) for dim_id, _, _ in DIMENSIONS]
