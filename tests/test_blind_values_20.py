"""How dossiers state the estimated value — notices' II.1.5 beside their lots' II.2.6, per-lot tables with and without a
total row, k€ and M€, amounts in letters beside TTC figures, an estimate only in each lot's AE, figures corrected by a
register or a correction notice, a DQE's total — beside the buyer's budgets, legal thresholds, minima and prices
(tests/data/blind_values_20: 12 dossiers, 46 pieces, written blind on 2026-12-07 — who, what was read: its README),
scored through the real command line like the sealed sets. Scored once before any fix it led to: dossiers' estimate
8/12 on the session's start engine 120db44, 9/12 on the engine of the moment; maximum 11/12, hours 11/12. Used since
to fix kinds (issue #11), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_20"
# before any fix: estimate 0.778, maximum 0.9, hours 0.8, the other values 1.0
DOCUMENT_FLOORS = {"estimated_ht": 0.83, "max_ht": 0.9, "insertion_hours": 1.0, "lot_count": 1.0,
                   "allotment_divided": 1.0, "reservation_bases": 1.0}
# before any fix: estimate 8, maximum 11, hours 11 (of 12)
DOSSIER_FLOORS = {"estimated_ht": 10, "max_ht": 12, "insertion_hours": 12, "lot_count": 12, "divided": 12,
                  "reservation_bases": 12}


def test_documents_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: the buyer's own budget is not the contract's value (« le
    budget annuel consacré par la commune à ses espaces verts … avoisine 640 000 € ») (d09); a figure named a threshold
    right after it (« Le montant des travaux excédant 100 000 € HT, seuil en deçà duquel … ») (d04); a total row's
    figure is not split as if a lot's number ran into it (« Total des trois lots 2 750 ») (d03)."""
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kind fixed, its example written before the fix: a correction that replaces one lot's figure of a sum (« VI.3 —
    Au lieu de : « lot 3 : 150 000 € HT » — Lire : « lot 3 : 200 000 € HT » ») gives the sum with the new figure,
    unless the same correction replaced the whole value too (« II.1.5 — Au lieu de : 420 000 EUR — Lire : 465 000
    EUR ») (d08). Left: a DQE's total without a currency sign as the estimate (d04); an estimate given only per year
    (d10: the author leaves it blank, LABELS.md states no multiplication for the estimate; the engine multiplies it by
    the duration, as for the maximum)."""
    assert_dossier_floors(scored, 12, DOSSIER_FLOORS)
