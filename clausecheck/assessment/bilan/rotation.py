"""Supplier rotation under the dispense threshold (R2122-8) in force on each contract's date.

For each buyer × CPV division × year of notification, over the contracts whose initial amount is
strictly below the threshold of their nature on their notification date (rules/thresholds.yml:
25 000 € HT before 2020; 40 000 € then 60 000 € HT from 1 April 2026 for supplies and services;
40 000 €, 70 000 € then 100 000 € HT for works): number of purchases, distinct holders, the
top holder's share (by count and by amount), the Herfindahl-Hirschman index on counts and on
amounts (sum of squared percentage shares, 0–10 000), and repeated awards to the same holder
within twelve months (the previous award may be in the previous year), with the ten firms most
often awarded again.

A holder is the firm (SIREN of the first holder's SIRET, the mandataire of a group); a contract
without a holder or an amount cannot count and is said so. DECP are compulsory only from 25 000 €
HT (before 2020) then 40 000 € HT: under the threshold they show only what buyers chose to
publish, which is why a buyer's own purchase list (`--achats`) can be added.
"""

from __future__ import annotations

import itertools
from datetime import date

import pandas as pd

from clausecheck.assessment.bilan.labels import division_label
from clausecheck.assessment.bilan.model import RepeatHolder, Rotation, RotationRow, Scope, ThresholdUse
from clausecheck.assessment.thresholds import load_thresholds
from clausecheck.ingestion.decp.store import Store

LIMIT = 200  # rows on the page; the JSON keeps them all


def thresholds_frame() -> pd.DataFrame:
    """The no-publicity and DECP-publication thresholds, by nature, as a table; overlaps are an error."""
    rows = []
    for entry in load_thresholds():
        if entry.get("kind") not in ("no_publicity", "decp_publication"):
            continue
        natures = ["travaux", "fournitures_services"] if entry.get("nature") == "tous" else [entry["nature"]]
        for nature in natures:
            rows.append({"id": entry["id"], "kind": entry["kind"], "nature": nature, "amount": float(entry["amount_ht"]),
                         "valid_from": date.fromisoformat(str(entry["valid_from"])) if entry.get("valid_from") else date(1900, 1, 1),
                         "valid_to": date.fromisoformat(str(entry["valid_to"])) if entry.get("valid_to") else date(9999, 12, 31),
                         "verified": bool(entry.get("verified"))})
    frame = pd.DataFrame(rows)
    for (kind, nature), group in frame.groupby(["kind", "nature"]):
        spans = sorted(zip(group["valid_from"], group["valid_to"], strict=True))
        for (_, end), (start, _) in itertools.pairwise(spans):
            if start <= end:
                raise ValueError(f"rules/thresholds.yml : seuils {kind} ({nature}) qui se chevauchent au {start}")
    return frame


_BASE = """
WITH base AS (
    SELECT c.record_id, c.buyer_siret, c.buyer_name, c.cpv_division, c.year, c.notified, c.amount_initial,
           c.first_company AS firm, c.first_holder_name AS firm_name, c.origin,
           t.amount AS threshold, t.id AS threshold_id, p.amount AS decp_threshold
    FROM contracts c
    LEFT JOIN bilan_thresholds t ON t.kind = 'no_publicity'
         AND t.nature = CASE WHEN c.category = 'travaux' THEN 'travaux' ELSE 'fournitures_services' END
         AND c.notified BETWEEN t.valid_from AND t.valid_to
    LEFT JOIN bilan_thresholds p ON p.kind = 'decp_publication'
         AND p.nature = CASE WHEN c.category = 'travaux' THEN 'travaux' ELSE 'fournitures_services' END
         AND c.notified BETWEEN p.valid_from AND p.valid_to
    WHERE {where}
), under AS (
    SELECT * FROM base WHERE amount_initial < threshold AND firm IS NOT NULL
)
"""


_GROUPS = """
, seq AS (
    SELECT *, lag(notified) OVER (PARTITION BY buyer_siret, cpv_division, firm ORDER BY notified, record_id) AS previous
    FROM under
), firms AS (
    SELECT buyer_siret, coalesce(cpv_division, '') AS division, year, firm, count(*) AS n,
           sum(amount_initial) AS amount, min(firm_name) AS name, min(buyer_name) AS buyer_name,
           count(*) FILTER (WHERE previous IS NOT NULL AND notified <= previous + INTERVAL 12 MONTH) AS repeats,
           count(*) FILTER (WHERE amount_initial >= decp_threshold) AS compulsory,
           count(*) FILTER (WHERE origin = 'achats') AS listed
    FROM seq GROUP BY ALL
)
SELECT buyer_siret, division, year, sum(n) AS total_n, sum(amount) AS total_amount, count(*) AS firms,
       10000.0 * sum(n * n) / (sum(n) * sum(n)) AS hhi_count,
       10000.0 * sum(amount * amount) / (sum(amount) * sum(amount)) AS hhi_amount,
       arg_max(firm, n * 1e15 + amount) AS top_firm, max(n) AS top_n,
       arg_max(amount, n * 1e15 + amount) AS top_amount, arg_max(name, n * 1e15 + amount) AS top_name,
       sum(repeats) AS repeats, sum(compulsory) AS compulsory, sum(listed) AS listed, min(buyer_name) AS buyer_name,
       CASE WHEN sum(repeats) > 0 THEN list_slice(list(struct_pack(firm := firm, name := name, awards := n,
           repeats := repeats) ORDER BY repeats DESC, firm) FILTER (WHERE repeats > 0), 1, 10) END AS repeated
FROM firms GROUP BY ALL
ORDER BY year, buyer_siret, total_n DESC, division
"""


def _excluded_and_uses(store: Store, where: str, params: list) -> tuple[dict[str, int], dict[str, int]]:
    rows = store.con.execute(_BASE.format(where=where) + """
        SELECT threshold_id, count(*) AS n,
               count(*) FILTER (WHERE threshold IS NULL) AS no_threshold,
               count(*) FILTER (WHERE threshold IS NOT NULL AND amount_initial IS NULL) AS no_amount,
               count(*) FILTER (WHERE amount_initial >= threshold) AS above,
               count(*) FILTER (WHERE amount_initial < threshold AND firm IS NULL) AS no_holder,
               count(*) FILTER (WHERE cpv_division IS NULL AND amount_initial < threshold AND firm IS NOT NULL) AS no_cpv
        FROM base GROUP BY threshold_id""", params).fetchall()
    totals = [sum(r[i] for r in rows) for i in range(2, 7)]
    excluded = {
        "aucun seuil de dispense connu à la date de notification (avant le 1er octobre 2015)": int(totals[0]),
        "montant non renseigné": int(totals[1]),
        "au-dessus du seuil de dispense en vigueur": int(totals[2]),
        "sans titulaire": int(totals[3]),
        "dont sans code CPV (regroupés sous « CPV non renseigné »)": int(totals[4]),
    }
    return excluded, {r[0]: int(r[1]) for r in rows if r[0] is not None}


def rotation(store: Store, scope: Scope) -> Rotation:
    from clausecheck.assessment.bilan.indicators import scope_sql

    frame = thresholds_frame()
    store.con.register("bilan_thresholds", frame)
    where, params = scope_sql(scope, origins=("decp", "achats"))
    # Columns through numpy: at national scale (about 200 000 groups) three times faster than row tuples.
    columns = {k: v.tolist() for k, v in store.con.execute(_BASE.format(where=where) + _GROUPS, params).fetchnumpy().items()}
    rows = []
    for (buyer, division, year, total_n, total_amount, firms, hhi_n, hhi_a, top_firm, top_n, top_amount, top_name,
         repeats, compulsory, listed, buyer_name, repeated) in zip(*columns.values(), strict=True):
        rows.append(RotationRow(
            buyer_siret=buyer, buyer_name=buyer_name, cpv_division=division or "",
            division_label=division_label(division or None), year=int(year), purchases=int(total_n),
            amount=float(total_amount), distinct_holders=int(firms), top_holder=top_firm, top_holder_name=top_name,
            top_share_count=int(top_n) / int(total_n), top_share_amount=float(top_amount) / float(total_amount),
            hhi_count=float(hhi_n), hhi_amount=float(hhi_a), repeats_12m=int(repeats), compulsory=int(compulsory),
            from_purchase_list=int(listed),
            repeat_holders=[] if repeated is None else [
                RepeatHolder(r["firm"], r["name"], int(r["awards"]), int(r["repeats"])) for r in repeated]))
    excluded, counts = _excluded_and_uses(store, where, params)
    used = []
    for _, t in frame[frame["kind"] == "no_publicity"].drop_duplicates("id").iterrows():
        used.append(ThresholdUse(id=t["id"], nature="tous" if (frame["id"] == t["id"]).sum() > 1 else t["nature"],
                                 amount_ht=t["amount"], valid_from=t["valid_from"],
                                 valid_to=None if t["valid_to"].year == 9999 else t["valid_to"],
                                 verified=bool(t["verified"]), contracts=int(counts.get(t["id"], 0))))
    return Rotation(rows=rows, considered=sum(r.purchases for r in rows), excluded=excluded, thresholds=used,
                    hidden=max(0, len(rows) - LIMIT))
