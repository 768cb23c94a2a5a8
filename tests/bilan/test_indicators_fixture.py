"""Each indicator's value on the small hand-counted fixture (tests/bilan/data/README.md lists the counts)."""

from __future__ import annotations

import pytest

from clausecheck.assessment.bilan.build import build_bilan
from clausecheck.assessment.bilan.model import Scope, Share
from clausecheck.ingestion.decp import open_store
from tests.bilan.conftest import DATA, import_into

A, B = "21000000000016", "21000000000024"


@pytest.fixture(scope="module")
def store():
    store = open_store(None)
    report = import_into(store, [DATA / "decp_fixture_v2.json", DATA / "decp_fixture_v1.json"])
    store.report = report
    yield store
    store.close()


@pytest.fixture(scope="module")
def bilan(store):
    return build_bilan(store, Scope())


def _dim(bilan, dim_id):
    return {row.key: row for row in next(d for d in bilan.dimensions if d.id == dim_id).rows}


def test_reading_counts(store, bilan):
    v2, v1 = store.report.files
    assert (v2.read, v2.imported, v2.rejected) == (13, 11, 2)
    assert dict(v2.rejected_by_reason) == {"date_notification_absente": 1, "doublon": 1}
    assert v2.concessions == 1
    assert (v1.read, v1.imported, v1.rejected) == (2, 2, 0)
    assert (bilan.read, bilan.imported, bilan.rejected) == (15, 13, 2)
    assert bilan.totals.contracts == 12 and bilan.totals.concessions == 1 and bilan.totals.buyers == 2


def test_shares_by_year(bilan):
    years = _dim(bilan, "annee")
    assert list(years) == ["2022", "2023", "2024"]
    y22, y23, y24 = years["2022"], years["2023"], years["2024"]
    assert y22.contracts == 5 and y22.amount == 223000
    assert y22.social["clause_sociale"] == Share(1, 3, 2)  # the two 2019-format records: « non renseigné »
    assert y22.social["marche_reserve"] == Share(1, 3, 2)
    assert y22.social["au_moins_une"] == Share(2, 3, 2)
    assert y22.environmental["clause_environnementale"] == Share(1, 3, 2)
    assert y23.social["clause_sociale"] == Share(2, 4, 0) and y23.social["critere_social"] == Share(1, 4, 0)
    assert y23.social["marche_reserve"] == Share(0, 4, 0)
    assert y23.environmental["critere_environnemental"] == Share(2, 4, 0)
    assert y23.environmental["au_moins_une"] == Share(2, 4, 0) and y23.amount == 304000
    assert y24.social["au_moins_une"] == Share(2, 3, 0) and y24.social["marche_reserve"] == Share(1, 3, 0)
    assert y24.amount == 2107000


def test_offers_received_and_single_offer(bilan):
    years = _dim(bilan, "annee")
    assert years["2022"].offers_mean == pytest.approx(2.0) and years["2022"].offers_known == 3
    assert years["2022"].single_offer == Share(1, 3, 2)
    assert years["2023"].offers_mean == pytest.approx(2.75) and years["2023"].single_offer == Share(2, 4, 0)
    assert years["2024"].offers_mean == pytest.approx(2.5) and years["2024"].single_offer == Share(0, 2, 1)


def test_not_given_is_never_zero(bilan):
    procedures = _dim(bilan, "procedure")
    aoo = procedures["Appel d'offres ouvert"]  # F5 (2022 format: 5 offers) and V2 (2019 format)
    assert aoo.contracts == 2 and aoo.offers_known == 1 and aoo.offers_mean == 5
    v1_only = open_store(None)
    import_into(v1_only, [DATA / "decp_fixture_v1.json"])
    total = build_bilan(v1_only, Scope()).dimensions[0].rows[0]
    assert total.social["clause_sociale"].value is None and total.social["clause_sociale"].unknown == 2
    assert total.offers_mean is None and total.single_offer.value is None
    v1_only.close()


def test_totals_and_other_dimensions(bilan):
    total = bilan.dimensions[0].rows[0]
    assert total.contracts == 12
    assert total.social["clause_sociale"] == Share(4, 10, 2)
    assert total.social["marche_reserve"] == Share(2, 10, 2)
    assert total.social["au_moins_une"] == Share(6, 10, 2)
    assert total.environmental["au_moins_une"] == Share(4, 10, 2)
    assert total.insertion_hours is None  # no scan given: « non renseigné »
    assert {k: r.contracts for k, r in _dim(bilan, "categorie").items()} == {"services": 9, "travaux": 2, "fournitures": 1}
    assert {k: r.contracts for k, r in _dim(bilan, "acheteur").items()} == {A: 8, B: 4}
    assert {k: r.contracts for k, r in _dim(bilan, "tranche").items()} == {"1": 6, "2": 2, "4": 2, "5": 1, "6": 1}
    assert {k: r.contracts for k, r in _dim(bilan, "procedure").items()} == {
        "Procédure adaptée": 8, "Appel d'offres ouvert": 2, "Marché passé sans publicité ni mise en concurrence préalable": 1,
        "Procédure avec négociation": 1}
    quarters = {k: r.contracts for k, r in _dim(bilan, "trimestre").items()}
    assert quarters == {"2022-T1": 1, "2022-T2": 1, "2022-T3": 2, "2022-T4": 1, "2023-T1": 1, "2023-T2": 1,
                        "2023-T3": 1, "2023-T4": 1, "2024-T1": 1, "2024-T2": 1, "2024-T3": 1}
    assert _dim(bilan, "division_cpv")["77"].contracts == 5


def test_rotation_under_the_threshold(bilan):
    rows = {(r.buyer_siret, r.cpv_division, r.year): r for r in bilan.rotation.rows}
    assert set(rows) == {(A, "45", 2022), (A, "77", 2022), (A, "77", 2023), (B, "90", 2023), (B, "45", 2024),
                         (B, "90", 2024)}
    assert bilan.rotation.considered == 9
    a77 = rows[(A, "77", 2022)]
    assert (a77.purchases, a77.distinct_holders, a77.top_holder) == (3, 2, "111111111")
    assert a77.top_share_count == pytest.approx(2 / 3) and a77.top_share_amount == pytest.approx(35000 / 43000)
    assert a77.hhi_count == pytest.approx((200 / 3) ** 2 + (100 / 3) ** 2)
    assert a77.hhi_amount == pytest.approx((3500000 / 43000) ** 2 + (800000 / 43000) ** 2)
    assert a77.repeats_12m == 1 and [h.holder for h in a77.repeat_holders] == ["111111111"]
    assert rows[(A, "77", 2023)].repeats_12m == 1  # F4 to H2, seven months after V1 (previous year)
    b90 = rows[(B, "90", 2023)]
    assert (b90.purchases, b90.distinct_holders, b90.hhi_count, b90.hhi_amount, b90.repeats_12m) == (2, 1, 10000, 10000, 1)
    assert rows[(B, "90", 2024)].repeats_12m == 1
    assert rows[(B, "45", 2024)].purchases == 1  # 95 000 € of works: under the 100 000 € works threshold
    assert bilan.rotation.excluded["au-dessus du seuil de dispense en vigueur"] == 3  # V2, F5, F10


def test_scope_by_buyer_and_years(store):
    bilan = build_bilan(store, Scope(buyers=(B,), year_from=2024, year_to=2024))
    assert bilan.totals.contracts == 2  # F8, F9
    assert {(r.cpv_division, r.year) for r in bilan.rotation.rows} == {("45", 2024), ("90", 2024)}
    siren = build_bilan(store, Scope(buyers=(A[:9],)))
    assert siren.totals.contracts == 12  # both fictitious buyers share the SIREN 210000000
