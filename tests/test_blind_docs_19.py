"""Services to people and long technical or administrative pieces full of social words in roles that commit the holder
to nothing — the users the service is for, accessibility as the object of the works, the staff to provide, labour law
restated, staff transfer, a clause said « sans objet » or planned for a later contract — beside true social and
insertion clauses and criteria in unusual words (tests/data/blind_docs_19, written blind on 2026-12-07 — who, what was
read: its README), scored through the real command line like the sealed sets. Scored once before any fix it led to, on
the engine of the moment ead1595: macro-F1 0.854 (rules alone 0.859), clause_sociale precision 0.353 (11 false
positives). Used since to fix kinds (issue #9), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_docs_19"
# before any fix and since: every value 1.0
DOCUMENT_FLOORS = {"allotment_divided": 1.0, "lot_count": 1.0, "insertion_hours": 1.0, "estimated_ht": 1.0,
                   "max_ht": 1.0, "reservation_bases": 1.0}


def test_documents_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: a clause label answered « sans objet » (d06); a clause planned
    for a later contract (« … lors du prochain renouvellement ; elle ne s'applique pas au présent contrat », d11) or
    said absent (« … ; le présent marché n'en comporte pas », d26); a heading whose body restates labour law (« Le
    prestataire respecte la réglementation relative à la durée du travail », d17; « se conforme aux dispositions du
    code du travail », d21); who the service takes in charge (« Les brancardiers prennent en charge des patients … porteurs
    d'un handicap », d22; « Sont bénéficiaires des prestations : … », d04). Then (session of 86bd6eb, other words in
    tests/test_social_lookalikes.py): the users under the document's own object heading « Objet du présent cahier »
    (d01); each lot of a list « Le présent accord-cadre comprend quatre lots : » opens (d20); a clause the buyer means to
    study « lors du renouvellement » (d27); the passage model's insertion on a service's « heures d'intervention », with
    no word of insertion (d04). Left: staff trained to welcome disabled users and a criterion on accompanying people of
    reduced mobility, both read as social (d30); a CCTP's task read as environmental by the model (d14)."""
    assert_document_floors(scored, DOCUMENT_FLOORS)
    assert scored["documents"]["macro_f1"] >= 0.94, scored["documents"]["macro_f1"]
    assert scored["documents"]["categories"]["clause_sociale"]["fp"] <= 1, scored["documents"]["categories"]
