"""Maxima of framework agreements every way dossiers state them — per year with the renewals in another piece, per
period in a table, per lot with and without a total row, once for the whole term, in k€ and in letters, with the
minimum beside, per order (a trap), changed by a register or a correction, per quarter or semester — across 12 whole
dossiers (tests/data/blind_values_22: 42 pieces, written blind on 2026-12-07 — who, what was read: its README), scored
through the real command line like the sealed sets. Scored once before any fix it led to: dossiers' maximum 7/12 on
the session's start engine 120db44 and on the engine of the moment; pieces' maximum 0.875. Used since to fix kinds
(issue #11), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_22"
# before any fix: maximum 0.875, hours 0.333, the other values 1.0
DOCUMENT_FLOORS = {"max_ht": 1.0, "insertion_hours": 1.0, "estimated_ht": 1.0, "lot_count": 1.0,
                   "allotment_divided": 1.0}
# before any fix: maximum 7, estimate 10, hours 10 (of 12)
DOSSIER_FLOORS = {"max_ht": 10, "estimated_ht": 10, "insertion_hours": 12, "lot_count": 12, "divided": 12}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: a table's minimum and maximum columns (« Période | Mini HT |
    Maxi HT » above « Par période annuelle … | 20 000 € | 90 000 € ») give each figure its bound (d06); the initial
    period's maximum alone, the renewals' said elsewhere (« Montant maximum de la période initiale : 38 000,00 € HT …
    Les montants … des périodes de reconduction figurent à l'article 3 du CCAP »), is the piece's figure, which the
    dossier takes only when no piece gives the total of the periods (d02).
    A short line of a narrow column that ends on a word that ends no sentence goes on over its end (« … fixé à 12 500 €
    HT par » / « trimestre civil ») (d10: 12 500 per quarter over 18 months, 75 000).
    Left: a register raising a yearly maximum to be multiplied (d08); a
    maximum for one lot only, the other lot having none (d09: the whole cannot be known); yearly estimates, which the
    engine multiplies by the duration and this author leaves blank (d04, d12)."""
    assert_dossier_floors(scored, 12, DOSSIER_FLOORS)
