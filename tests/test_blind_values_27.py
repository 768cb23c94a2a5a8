"""Lots, division and insertion hours across a dossier's pieces — lots in every layout (ruled or not, as columns, A/B/C,
sub-lots, merged, removed, relaunched), « lot unique », a global contract; hours per lot in tables with their columns in
any order, per year and for the whole term, as a share with its base, in one lot's AE, corrected by a register, in a
notice — beside hour figures that are not insertion hours (tests/data/blind_values_27: 12 dossiers, 59 pieces, written
blind on 2026-12-07 — who, what was read: its README), scored through the real command line like the sealed sets.
Scored once before any fix it led to, on the session's start engine 86bd6eb: dossiers' hours 5/12, estimate 10/12,
maximum 11/12; pieces' hours 0.609. Used since to fix kinds (issue #11), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_27"
# before any fix: allotment 0.944, lots 0.885, hours 0.609, estimate 0.882, maximum 0.833, bases 0.667
DOCUMENT_FLOORS = {"allotment_divided": 0.94, "lot_count": 0.88, "insertion_hours": 0.82, "estimated_ht": 0.88,
                   "max_ht": 0.83, "reservation_bases": 0.66}
# before any fix: hours 5, estimate 10, maximum 11 (of 12); the others 12
DOSSIER_FLOORS = {"divided": 12, "lot_count": 12, "estimated_ht": 10, "max_ht": 11, "insertion_hours": 9,
                  "reservation_bases": 12}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: a total of hours in brackets split by a line end, « (1\\n360
    heures au total pour les trois lots) » after « soit respectivement 600, 400 et 360 heures » (d05); « 480 heures de
    travail pour l'ensemble du marché » said of the whole, not of the tranche named in the article above (d10); in the
    nineteenth session, a table without bars whose rows open with the lot's number run into the first figure (« 1 250 h
    1 000 h », d02), the labour-hours column beside the insertion column (d03), hours in the table of the article's
    next sub-section (d04's CCAP; its dossier still misses the register's correction of one lot). Left: shares of hours
    with their base (d07); relaunched lots (d08)."""
    assert_dossier_floors(scored, 12, DOSSIER_FLOORS)
