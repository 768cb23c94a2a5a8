"""How the maximum and the estimate are stated, across the pieces of 14 whole dossiers (tests/data/blind_values_16: 52
PDF, DOCX and notice pieces, written and built blind on 2026-12-07 — who, what was read: its README), scored through
the real command line like the sealed sets. Scored once before any fix it led to: on the session's start engine
4515627, dossiers' maximum 11/14, hours 12/14, the rest 14/14; pieces' allotment 0.857, hours 0.600, maximum 0.955;
on the engine of the moment (06d36d5, after the session's fixes drawn from other sets), dossiers' maximum 12/14,
pieces' allotment 0.943. Since it was used to fix the kinds it shows (issue #11), its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_16"
# before any fix: allotment 0.857, hours 0.600, maximum 0.955, the rest 1.0
DOCUMENT_FLOORS = {"max_ht": 1.0, "insertion_hours": 1.0, "estimated_ht": 1.0, "lot_count": 1.0,
                   "allotment_divided": 1.0, "reservation_bases": 1.0}
# before any fix: maximum 11, hours 12 (of 14)
DOSSIER_FLOORS = {"max_ht": 14, "insertion_hours": 14, "estimated_ht": 14, "reservation_bases": 14, "divided": 14,
                  "lot_count": 14}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: a time limit that is the sentence's subject (« Le délai
    d'intervention après un bon de commande urgent est de 48 heures ») gives no insertion hours (d02); the hours named
    just before, stood for by « en » (« Le titulaire du lot 1 réalise 280 heures d'insertion ; le titulaire du lot 2
    en réalise 120 ») (d06); a periods table whose renewal row is named alone (« Reconduction (12 mois) 15 000 €
    60 000 € ») and whose total row (« Total 30 000 € 120 000 € ») belongs to it, not read again by its words (d11); a
    groupement's table of each member's yearly maximum under a header line (« Membre du groupement   Montant maximum
    annuel HT ») adds up, over the term the RC gives (d05); « Il n'est pas prévu de lots » (d07); a piece's title
    naming its lot before a bracket (« ACTE D'ENGAGEMENT - LOT 3 (RÉSERVÉ) ») (d13)."""
    assert_dossier_floors(scored, 14, DOSSIER_FLOORS)
