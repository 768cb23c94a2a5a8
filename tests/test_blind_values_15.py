"""Maxima over unequal periods, tranches and options, estimates, lots, insertion hours and reservation bases across the
pieces of 12 whole dossiers (tests/data/blind_values_15: 50 PDF, DOCX and notice pieces, written and built blind on
2026-12-07 — who, what was read: its README), scored through the real command line like the sealed sets. Scored once
before any fix it led to, on the session's start engine 4515627: pieces' maximum 0.667 (14/21), hours 0.824, estimate
0.923, lot count 0.917, allotment 0.923, bases 0.833; dossiers' maximum 6/12, estimate 10/12, hours 11/12, the rest
12/12. Since it was used to fix the kinds it shows (issue #11), its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_15"
# before any fix: maximum 0.667, hours 0.824, estimate 0.923, lot count 0.917, allotment 0.923, bases 0.833
DOCUMENT_FLOORS = {"max_ht": 0.95, "insertion_hours": 0.88, "estimated_ht": 1.0, "lot_count": 0.91,
                   "allotment_divided": 0.97, "reservation_bases": 0.88}
# before any fix: maximum 6, estimate 10, hours 11 (of 12)
DOSSIER_FLOORS = {"max_ht": 11, "insertion_hours": 12, "estimated_ht": 12, "reservation_bases": 12, "divided": 12,
                  "lot_count": 12}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: the last renewal named « dernière » beside numbered ones, as a
    table column (« 1re reconduction (2028) | 2e reconduction (2029) | Dernière reconduction (janv.-juin 2030) ») or in
    a list (« dernière reconduction (1er semestre 2030) : 15 000,00 € HT ») (d01); « pour sa durée maximale de quatre
    ans » bounds the duration, not the figure (« La valeur estimée …, pour les deux lots et pour sa durée maximale de
    quatre ans, est de 510 000 € HT », d03); a row's number run into its hours by the cell split (« Année 2 120 »: year
    2, 120 hours) (d07); a renewal's own span (« reconductible une fois pour une année civile ») and the lot named after
    the figure's period (« 210 k€ HT par année civile pour le lot 1 ») (d06); « une reconduction de dix-huit mois »
    and an optional extension period with its own maximum (d09); a table whose figures are per period of twelve months
    as the sentence above it says (« assorti, pour chaque période de douze mois, d'un montant minimum et d'un montant
    maximum ») (d11); a change in millions (« porté de 1,2 M€ HT à 1,5 M€ HT ») and the contract's estimate after a
    lot's change (« la valeur estimée hors TVA du marché est portée à 1 300 000 EUR ») (d12); a piece's title naming
    its lot (« BORDEREAU DES PRIX UNITAIRES - LOT 1 ») is one lot of a divided contract; a reservation « sur le
    fondement de l'article L.\\n2113-15 » (d08); a Q/R that gives one lot's new yearly maximum without the old one
    (« Le montant maximum annuel du lot 1 est porté à 110 000 € HT ») replaces that lot's total in the CCAP's sum, over
    the dossier's term (d03)."""
    assert_dossier_floors(scored, 12, DOSSIER_FLOORS)
