"""Dossiers whose estimated value is stated the hard ways — a price schedule that is the maître d'œuvre's estimate with
no currency on its total, a yearly figure over a term, per-lot figures in an AE, TTC only, tranches, words only, « k€ »,
a budget allotted to the contract, a notice that disagrees with the RC — beside the figures that are not the estimate
near it (tests/data/blind_values_24: 12 dossiers, 47 pieces, written blind on 2026-12-07 — who, what was read: its
README), scored through the real command line like the sealed sets. Scored once before any fix it led to, on the
session's start engine bf0256b: dossiers' estimate 7/12, hours 11/12, pieces' estimate 0.733. Used since to fix kinds
(issue #11), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_24"
# before any fix: estimate 0.733, hours 0.875, maximum 0.857, allotment 0.966, lots and bases 1.0
DOCUMENT_FLOORS = {"allotment_divided": 1.0, "lot_count": 1.0, "insertion_hours": 1.0, "estimated_ht": 1.0,
                   "max_ht": 0.85, "reservation_bases": 1.0}
# before any fix: estimate 7, hours 11 (of 12); the others 12
DOSSIER_FLOORS = {"divided": 12, "lot_count": 12, "estimated_ht": 11, "max_ht": 12, "insertion_hours": 12,
                  "reservation_bases": 12}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: a DQE or DPGF titled as the maître d'œuvre's estimate gives
    its total before tax though the line holds no currency (« TOTAL GÉNÉRAL H.T. | 213 354,50 », d01, d08); tranches
    given « tous lots confondus » are each one tranche's, and add up (d04); a budget allotted to the contract is its
    estimate (« Le budget alloué à ces prestations est de 96 k€ HT », d09); the hours of the next article are no
    insertion hours (« Article 4 - Pénalités … plus de 48 heures », d11); a form's question answered on its line
    (« Le marché est-il divisé en lots ? Non. », d05). Left: a CCAP's maxima in a table laid out across (« Lot 1 Lot 2
    Lot 3 Lot 4 » above their figures, d06: the dossier is right from its RC); an RC and a notice that disagree
    without a word of why (d12: the set expects no figure, the engine gives the notice's)."""
    assert_dossier_floors(scored, 12, DOSSIER_FLOORS)
