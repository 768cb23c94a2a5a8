"""Insertion hours stated every way across the pieces of 12 whole dossiers (tests/data/blind_values_17: 47 PDF, DOCX and
notice pieces, written and built blind on 2026-12-07 — who, what was read: its README), scored through the real command
line like the sealed sets. Scored once before any fix it led to: on the session's start engine 4515627, dossiers' hours
8/12, pieces' hours 0.769, lot count 0.885, bases 0.933; on the engine of the moment (825369d), pieces' hours 0.808, lot
count 0.923, dossiers unchanged. Since it was used to fix the kinds it shows (issue #11), its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_17"
# before any fix: hours 0.769, lot count 0.885, bases 0.933, the rest 1.0
DOCUMENT_FLOORS = {"insertion_hours": 0.96, "lot_count": 0.92, "reservation_bases": 0.93, "estimated_ht": 1.0,
                   "max_ht": 1.0, "allotment_divided": 1.0}
# before any fix: hours 8 (of 12), the rest 12
DOSSIER_FLOORS = {"insertion_hours": 11, "max_ht": 12, "estimated_ht": 12, "reservation_bases": 12, "divided": 12,
                  "lot_count": 12}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: an hours table's total row laid out without bars (« Total lots
    1 et 2 2 000 » under « 1 … 1 200 » and « 2 … 800 ») is their total, not one more figure (d02: 4 000 → 2 000); a
    share of the labour hours takes its base from its own statement, not from another share's result (« … estimées à
    18 000 heures, soit 1 260 heures. Lot 2 : … 5 % des heures de main-d'œuvre facturées …; aucun volume n'est fixé »)
    (d04); the figure a change starts from (« Le volume du lot 2 est ramené de 400 heures à 250 heures ») (d09); a
    time limit read with the rest of its line (« jusqu'à 72\\nheures avant cette date ») (d07). Left: a correction
    notice's « les mots « 350 heures par an » sont remplacés par les mots « 420 heures par an » » (d06)."""
    assert_dossier_floors(scored, 12, DOSSIER_FLOORS)
