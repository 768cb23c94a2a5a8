"""Long technical and contractual pieces (CCTP of works and services, CCAP and CCP of MAPA) full of environmental and
social words in technical, billing, training or legal senses, twelve of the thirty also holding a true clause inside an
ordinary article (tests/data/blind_docs_16, written blind on 2026-12-07 — who, what was read: its README), scored
through the real command line like the sealed sets. Scored once before any fix it led to, on the session's start
engine 5c21c20: macro-F1 0.769 (rules alone 0.852), recall 1.00, clause_environnementale precision 0.318 (15 false
positives). Used since to fix kinds (issue #9), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_docs_16"
# before any fix: estimate 0.6, the other values 1.0
DOCUMENT_FLOORS = {"allotment_divided": 1.0, "lot_count": 1.0, "insertion_hours": 1.0, "estimated_ht": 0.6,
                   "max_ht": 1.0, "reservation_bases": 1.0}


def test_documents_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: who pays for what is consumed is a price term (« Les
    consommations d'eau et d'électricité sont réparties au compte prorata », « La consommation électrique des appareils
    est facturée à l'Office ») (d05, d17, d18, d19); the passage model read technical stipulations of a CCTP as
    environmental clauses (« Les sols mouillés sont balisés », « sacs des corbeilles déposés au local déchets ») (d01,
    d07, d08, d09, d11, d22: retrained with technical stipulations written blind); the environment's regulation
    restated (« conformes à la réglementation relative aux émissions sonores », a control « imposé par le code de
    l'environnement ») (d05, d21); the holder who reserves part of its work to people far from employment makes no
    reserved contract (d18, sixteenth session, from blind_docs_17's kind); in the seventeenth session, the people a
    service is for, said to be served by it (d09), a price's « charges … sociales » (d18), a perishable food's shelf
    life and what the buyer orders only if it wishes (d26). Left: « autocars de 49 places » (d15); a product's acoustic
    performance (d03); green waste taken to the municipal platform (d20); residents' handicap read by the model as a
    commitment (d26)."""
    assert_document_floors(scored, DOCUMENT_FLOORS)
    assert scored["documents"]["macro_f1"] >= 0.95, scored["documents"]["macro_f1"]
    assert scored["documents"]["categories"]["clause_environnementale"]["fp"] <= 3, scored["documents"]["categories"]
