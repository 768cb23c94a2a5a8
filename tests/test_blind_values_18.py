"""Estimates and maxima stated every way across the pieces of 12 whole dossiers (tests/data/blind_values_18: 40 PDF,
DOCX and notice pieces, written and built blind on 2026-12-07 — who, what was read: its README), scored through the
real command line like the sealed sets. Scored once before any fix it led to: on the session's start engine 4515627,
dossiers' maximum 10/12, estimate 11/12, categories 34/36, pieces all 1.000; on the engine of the moment (6af35c7 and
the blind_docs_9 fixes), maximum 11/12. Since it was used to fix the kinds it shows (issues #9, #11), its floors are
dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_18"
# before any fix: every value 1.0 on the pieces
DOCUMENT_FLOORS = {"max_ht": 1.0, "insertion_hours": 1.0, "estimated_ht": 1.0, "lot_count": 1.0,
                   "allotment_divided": 1.0, "reservation_bases": 1.0}
# before any fix: maximum 10, estimate 11 (of 12)
DOSSIER_FLOORS = {"max_ht": 11, "insertion_hours": 12, "estimated_ht": 12, "reservation_bases": 12, "divided": 12,
                  "lot_count": 12}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)
    assert scored["documents"]["macro_f1"] >= 0.96, scored["documents"]["macro_f1"]


def test_dossiers_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: the initial term said as « une première période d'un an »
    makes the dossier's term, over which the RC's yearly estimate counts (« Le montant annuel estimé des prestations
    est de 145 000 € HT » → 580 000) (d06); a price criterion's row naming the price schedule heads nothing (« Prix (sur
    la base du détail quantitatif estimatif) : 40 % ; … ; modalités d'accompagnement socioprofessionnel des salariés
    en parcours : 20 % »), and that last criterion is social (d07); « bio-nettoyage » is no organic product (d04).
    Left: a Q/R answer that changes one period's maximum (d11); « plan de formation des agents : 20 % » read as a
    social criterion in a guarding contract (d12)."""
    assert_dossier_floors(scored, 12, DOSSIER_FLOORS)
