"""Estimated and maximum amounts as buyers write them in acts of engagement, notices and RCs — the buyer's estimate
beside the bidder's price, a single lot's act, tranches, renewals, minimum and maximum, TTC with its rate, k€, M€,
words, tables with a total row — beside figures that are not the estimate (thresholds, guarantees, turnover, the
previous contract) (tests/data/blind_values_26: 12 dossiers, 49 pieces, written blind on 2026-12-07 — who, what was
read: its README), scored through the real command line like the sealed sets. Scored once before any fix it led to,
on the session's start engine 86bd6eb: dossiers' estimate 11/12, maximum 12/12, division 11/12; pieces' maximum 0.867,
estimate 0.963, division 0.954. Used since to fix kinds (issue #11), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_26"
# before any fix: allotment 0.954, lots 1.0, hours 1.0, estimate 0.963, maximum 0.867, bases 1.0
DOCUMENT_FLOORS = {"allotment_divided": 1.0, "lot_count": 1.0, "insertion_hours": 1.0, "estimated_ht": 1.0,
                   "max_ht": 1.0, "reservation_bases": 1.0}
# before any fix: estimate 11, division 11 (of 12); the others 12
DOSSIER_FLOORS = {"divided": 12, "lot_count": 12, "estimated_ht": 12, "max_ht": 12, "insertion_hours": 12,
                  "reservation_bases": 12}


def test_documents_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: a notice form's « Marché alloti Non » without a colon (d04);
    « ne fait pas l'objet d'un découpage en lots » (d10); a table of maxima « pour la durée totale de l'accord-cadre
    (période initiale et trois reconductions) », not multiplied (d05); a total then its breakdown by lot in brackets
    after some words (« 207 000 € HT pour les trois années (lot 1 : … ; lot 2 : …) », d06); a yearly maximum that
    « s'applique à la période initiale et à chaque période de reconduction » (d10)."""
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    assert_dossier_floors(scored, 12, DOSSIER_FLOORS)
