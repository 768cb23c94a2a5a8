"""Values that later pieces change — registers' answers and correction notices, in every wording — across 12 whole
dossiers (tests/data/blind_values_19: 48 PDF, DOCX and notice pieces, written and built blind on 2026-12-07 — who, what
was read: its README), scored through the real command line like the sealed sets. Scored once before any fix it led to
(the same figures on the session's start engine 4515627 and on e03eeef): dossiers' maximum 6/12, estimate 10/12, lot
count 10/12, hours 11/12; pieces' maximum 0.857, estimate 0.800, hours 0.818. Used since to fix kinds (issue #11), so its
floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_19"
# before any fix: maximum 0.857, estimate 0.800, hours 0.818, lot count 0.929, allotment and bases 1.0
DOCUMENT_FLOORS = {"max_ht": 0.89, "estimated_ht": 0.90, "insertion_hours": 0.90, "lot_count": 0.92,
                   "allotment_divided": 1.0, "reservation_bases": 1.0}
# before any fix: maximum 6, estimate 10, lot count 10, hours 11 (of 12)
DOSSIER_FLOORS = {"max_ht": 8, "estimated_ht": 11, "lot_count": 10, "insertion_hours": 11, "divided": 12,
                  "reservation_bases": 12}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kind fixed, its example written before the fix: a table of modifications laid out as text (« Rubrique Au lieu
    de Lire » then « II.1.5 Valeur totale estimée 520 000 € HT 610 000 € HT ») — each row's first figure is the one
    replaced (patterns.replaced_spans) (d05); the words a notice quotes as replaced by others (« les mots « lot n° 2 :
    300 heures » sont remplacés par les mots « lot n° 2 : 450 heures » ») state nothing (d03's modification: 750 → 450).
    A piece of its own kind that amends the others (« Modificatif n° 2 au dossier de consultation », typed AUTRE,
    cutting three renewals to one: 160 000 → 80 000) prevails as a correction notice does (d07). Left, from this set:
    one period's change (d06), a lot removed or added by a correction
    (d04, d09), a changed estimate (d03), hours changed for one lot in the dossier (d08), two successive corrections
    (d12)."""
    assert_dossier_floors(scored, 12, DOSSIER_FLOORS)
