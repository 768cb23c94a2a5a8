"""Maxima of framework agreements spread across the pieces of whole dossiers (tests/data/blind_values_11: 18
dossiers, 73 PDF, DOCX and notice pieces, written and built blind: annual maxima with the term in another piece,
per-lot and per-period tables, k€ tables with annual and whole-term columns, a Q&R changing a lot's figure or the
number of renewals, totals cut by a page break, TTC and per-order traps), scored through the real command line like
the sealed sets. Scored once before any fix it led to (its README): pieces' maximum 0.941, hours 0.750; dossiers'
maximum 14/18, hours 16/18. Since it was used to fix the kinds it shows (issues #11), its floors sit at the
after-figures, which are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_11"
# before any fix: maximum 0.941, hours 0.750, estimate 0.875, lot count 0.846, allotment 0.959, bases 1.000
DOCUMENT_FLOORS = {"max_ht": 1.0, "insertion_hours": 1.0, "estimated_ht": 1.0, "lot_count": 0.96,
                   "allotment_divided": 0.97, "reservation_bases": 1.0}
# before any fix: maximum 14, hours 16, estimate 17, the others 18 (of 18)
DOSSIER_FLOORS = {"max_ht": 18, "insertion_hours": 18, "estimated_ht": 18, "reservation_bases": 18, "divided": 18,
                  "lot_count": 18}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kinds fixed at the dossier's level, each example written before the fix: a lots table's total row read by its
    column (« Maximum sur 4 ans HT »), not as prose after the header's « annuel » (d16); a figure « global des quatre
    accords-cadres » after a lots table covers every lot, and « 930 » / page break / « 000 € HT » is one figure (d18);
    a table of lots by period whose equal figures each stand in their own cell, and a register's figure of the whole
    contract that amends the CCAP's (d11); « Pour chaque période d'exécution, le montant maximum … est fixé à : lot 1 :
    … ; lot 2 : … » times the periods another piece counts (d06); « ces heures se répartissent en … » shares out the
    total, « soit 350 heures par période annuelle » restates it, « 01/03/2027 Heure locale » is a date (d02, d06); an
    estimate whose word stands past an aside, of the whole operation though a lot was named in passing (d10)."""
    assert_dossier_floors(scored, 18, DOSSIER_FLOORS)
