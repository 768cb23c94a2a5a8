"""Maxima and insertion hours spread across the pieces of whole dossiers (tests/data/blind_values_13: 16 dossiers, 64
PDF, DOCX and notice pieces, written and built blind on 2026-12-07 — who, what was read: its README), scored through
the real command line like the sealed sets. Scored once before any fix it led to, on the session's start engine
d526579: pieces' maximum 0.786 (22/28), hours 0.929; dossiers' maximum 12/16, hours 15/16, every other value 16/16.
Since it was used to fix the kinds it shows (issue #11), its floors sit at the after-figures, which are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_13"
# before any fix: maximum 0.786, hours 0.929, estimate 1.0, lot count 0.885, allotment 0.933, bases 1.0
DOCUMENT_FLOORS = {"max_ht": 1.0, "insertion_hours": 1.0, "estimated_ht": 1.0, "lot_count": 0.96,
                   "allotment_divided": 0.97, "reservation_bases": 1.0}
# before any fix: maximum 12, hours 15, the others 16 (of 16)
DOSSIER_FLOORS = {"max_ht": 16, "insertion_hours": 16, "estimated_ht": 16, "reservation_bases": 16, "divided": 16,
                  "lot_count": 16}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: a period's two bounds on its line (« - période initiale :
    minimum 8 000 € HT, maximum 70 000 € HT ») are both that period's (d01); « ramené de 240 000 EUR HT à 180 000 EUR
    HT »: the currency written EUR in a change (d09); a questions-and-answers register that says it changes one lot's
    hours (« porté à 120 heures … l'article 6 du CCAP, qui prévoyait 90 heures pour ce lot, est modifié ») changes the
    dossier's sum of lots, and the figure it replaces is not counted (d10); a lots table whose header cells give the
    kind and the period (« Maximum de la période initiale (€ HT) », « Maximum de chaque reconduction (€ HT) ») is read
    period by period (d15); a table whose currency is said in the sentence above it (« Les maximums, en euros hors
    taxes, sont les suivants : ») is looked for on its PDF page (d16). At the pieces' level: « 30 000 € HT pour chacune des
    deux reconductions » is each renewal's (d15's AE); « … pour la première reconduction et 115 000 € HT pour la seconde,
    soit 335 000 € HT »: the ordinal alone is the next renewal, and the « soit » that closes the periods is their total
    (d16's AE)."""
    assert_dossier_floors(scored, 16, DOSSIER_FLOORS)
