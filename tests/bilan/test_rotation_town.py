"""Supplier rotation for the town's three years (Ville de Croix, 2019–2021, 159 records), checked
against a count made here with the standard library only, from the raw JSON and the legal
thresholds written out below (not from rules/thresholds.yml)."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

import pytest

from clausecheck.assessment.bilan.build import build_bilan
from clausecheck.assessment.bilan.model import Scope
from clausecheck.ingestion.decp import open_store
from tests.bilan.conftest import CROIX, import_into

SIRET = "21590163800019"


def threshold(day: date, works: bool) -> float:
    """R2122-8 dispense threshold on a date: 25 000 € before 2020; then 40 000 € (supplies and services);
    works 40 000 €, 70 000 € from 24 July 2020, 100 000 € from 8 December 2020."""
    if day < date(2020, 1, 1):
        return 25000
    if not works:
        return 40000 if day < date(2026, 4, 1) else 60000
    if day < date(2020, 7, 24):
        return 40000
    if day < date(2020, 12, 8):
        return 70000
    return 100000


def add_12_months(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def independent_count(path) -> dict:
    raw = json.loads(path.read_text(encoding="utf-8"))["marches"]
    seen, records = set(), []
    for record in raw:  # the file publishes one record twice, byte for byte
        key = json.dumps(record, sort_keys=True)
        if key not in seen:
            seen.add(key)
            records.append(record)
    under = []
    for order, r in enumerate(records):
        amount = float(r["montant"])
        holders = r.get("titulaires") or []
        if amount <= 0 or not holders:
            continue
        day = date.fromisoformat(r["dateNotification"])
        cpv = (r.get("codeCPV") or "").strip()
        division = cpv[:2] if cpv[:2].isdigit() else ""
        if amount >= threshold(day, division == "45"):
            continue
        holder = holders[0]["id"].strip()
        firm = holder[:9] if len(holder) == 14 and holder.isdigit() else holder
        under.append({"order": order, "day": day, "year": day.year, "division": division, "firm": firm, "amount": amount})
    repeats: dict[tuple, int] = defaultdict(int)
    history: dict[tuple, list] = defaultdict(list)
    for u in sorted(under, key=lambda u: (u["day"], u["order"])):
        previous = history[(u["division"], u["firm"])]
        if previous and u["day"] <= add_12_months(previous[-1]):
            repeats[(u["division"], u["year"])] += 1
        previous.append(u["day"])
    groups: dict[tuple, dict] = {}
    for u in under:
        g = groups.setdefault((u["division"], u["year"]), {"n": 0, "amount": 0.0, "firms": defaultdict(lambda: [0, 0.0])})
        g["n"] += 1
        g["amount"] += u["amount"]
        g["firms"][u["firm"]][0] += 1
        g["firms"][u["firm"]][1] += u["amount"]
    out = {}
    for key, g in groups.items():
        best = max(g["firms"].values(), key=lambda v: (v[0], v[1]))
        out[key] = {
            "purchases": g["n"], "amount": g["amount"], "holders": len(g["firms"]),
            "top_count": best[0] / g["n"], "top_amount": best[1] / g["amount"],
            "hhi_count": sum((100 * c / g["n"]) ** 2 for c, _ in g["firms"].values()),
            "hhi_amount": sum((100 * a / g["amount"]) ** 2 for _, a in g["firms"].values()),
            "repeats": repeats[key]}
    return out


@pytest.fixture(scope="module")
def town(decp_dir):
    store = open_store(None)
    import_into(store, [decp_dir / "data" / CROIX])
    bilan = build_bilan(store, Scope(buyers=(SIRET,)))
    store.close()
    return bilan


def test_town_rotation_matches_an_independent_count(town, decp_dir):
    expected = independent_count(decp_dir / "data" / CROIX)
    got = {(r.cpv_division, r.year): r for r in town.rotation.rows}
    assert set(got) == set(expected)
    assert {y for _, y in got} == {2019, 2020, 2021}
    for key, e in expected.items():
        r = got[key]
        assert (r.purchases, r.distinct_holders, r.repeats_12m) == (e["purchases"], e["holders"], e["repeats"]), key
        assert r.amount == pytest.approx(e["amount"])
        assert r.top_share_count == pytest.approx(e["top_count"]) and r.top_share_amount == pytest.approx(e["top_amount"])
        assert r.hhi_count == pytest.approx(e["hhi_count"]) and r.hhi_amount == pytest.approx(e["hhi_amount"])
    assert town.rotation.considered == sum(e["purchases"] for e in expected.values())
    assert sum(e["repeats"] for e in expected.values()) > 0  # the check would be weaker without any repeat


def test_town_totals(town):
    assert town.totals.contracts == 158 and town.totals.years == [2019, 2020, 2021]
    years = {r.key: r.contracts for r in next(d for d in town.dimensions if d.id == "annee").rows}
    assert years == {"2019": 74, "2020": 51, "2021": 33}  # 2021: 34 published, one of them twice
