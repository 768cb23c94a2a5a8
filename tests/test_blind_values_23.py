"""Dossiers whose values a later piece changes — a register of answers, a correction notice, an additif, an erratum —
at the level of one period, the number of renewals, one lot (added, removed, merged, its hours or estimate corrected,
reserved), beside corrections that change only a date or a TTC figure and answers that refuse a change
(tests/data/blind_values_23: 12 dossiers, 49 pieces, written blind on 2026-12-07 — who, what was read: its README),
scored through the real command line like the sealed sets. Scored once before any fix it led to, on the session's
start engine 5c21c20: dossiers' lots 10/12, estimate 9/12, maximum 7/12, hours 9/12. Used since to fix kinds
(issue #11), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_23"
# before any fix: lots 0.8696, hours 0.643, estimate 0.9, maximum 0.538, allotment and bases 1.0
DOCUMENT_FLOORS = {"allotment_divided": 1.0, "lot_count": 0.95, "insertion_hours": 0.78, "estimated_ht": 0.9,
                   "max_ht": 0.53, "reservation_bases": 1.0}
# before any fix: lots 10, estimate 9, maximum 7, hours 9 (of 12)
DOSSIER_FLOORS = {"divided": 12, "lot_count": 12, "estimated_ht": 11, "max_ht": 10, "insertion_hours": 11,
                  "reservation_bases": 12}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: a correction that replaces one named period's figure (« Au
    lieu de : 2e reconduction – … maximum 90 000 € HT / Lire : … 75 000 € HT ») changes that period only (d01: 345 000,
    not 75 000 × 4); a register's question that asks for a change holds the candidate's figures, not the dossier's
    (« le volume de 450 heures … Peut-il être revu ? » then « ramené à 300 heures », d06; « porter le montant maximum
    annuel du lot 2 à 60 000 € HT ? » then « Non », d11); hours capped per person (« 175 heures au plus par
    personne ») are no volume (d11); the new figure said before « au lieu de » the old one, in an erratum that gives no
    new total (d07); a lot removed (« Le lot n° 4 … est retiré de la présente consultation », d05) or added through a
    table of modifications with bars (« Pièce / article | Au lieu de | Lire ») in an additif (d03). Left: two lots
    merged (d04), a maximum read from a later table (d08, d12)."""
    assert_dossier_floors(scored, 12, DOSSIER_FLOORS)
