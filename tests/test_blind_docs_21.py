"""Environmental clauses and criteria, often without the word, beside their look-alikes — « environnement » in the IT
sense or as a site's surroundings, a contract whose object is environmental, legal reminders, the buyer's climate plan,
ISO 14001 as a capacity, « sans objet », energy counted in the price (tests/data/blind_docs_21, written blind on
2026-12-07 — who, what was read: its README), scored through the real command line like the sealed sets. Scored once
before any fix, on the session's start engine 86bd6eb: macro-F1 0.953 (clause_environnementale 0.917, 2 false;
critere_social 0.800, 1 false). Used since to fix kinds (issue #9), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_docs_21"
DOCUMENT_FLOORS = {"allotment_divided": 1.0, "lot_count": 1.0, "insertion_hours": 1.0, "estimated_ht": 1.0,
                   "max_ht": 1.0, "reservation_bases": 1.0}


def test_documents_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: the ambient conditions of premises (« conditions
    environnementales … maîtrisées ») and an instrument's CO2 sensors (30); waste law restated (« en sa qualité de
    producteur, conformément aux articles L. … du code de l'environnement », « comme l'interdit le règlement
    sanitaire ») and shared site expenses « réparties entre les entreprises » (21). Left: the accessibility of a PMR
    transport's vehicles in a criterion, read as social (13)."""
    assert_document_floors(scored, DOCUMENT_FLOORS)
    assert scored["documents"]["macro_f1"] >= 0.96, scored["documents"]["macro_f1"]
