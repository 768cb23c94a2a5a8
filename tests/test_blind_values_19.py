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
DOCUMENT_FLOORS = {"max_ht": 0.89, "estimated_ht": 1.0, "insertion_hours": 0.90, "lot_count": 1.0,
                   "allotment_divided": 1.0, "reservation_bases": 1.0}
# before any fix: maximum 6, estimate 10, lot count 10, hours 11 (of 12)
DOSSIER_FLOORS = {"max_ht": 11, "estimated_ht": 12, "lot_count": 12, "insertion_hours": 12, "divided": 12,
                  "reservation_bases": 12}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kind fixed, its example written before the fix: a table of modifications laid out as text (« Rubrique Au lieu
    de Lire » then « II.1.5 Valeur totale estimée 520 000 € HT 610 000 € HT ») — each row's first figure is the one
    replaced (patterns.replaced_spans) (d05); the words a notice quotes as replaced by others (« les mots « lot n° 2 :
    300 heures » sont remplacés par les mots « lot n° 2 : 450 heures » ») state nothing (d03's modification: 750 → 450).
    A piece of its own kind that amends the others (« Modificatif n° 2 au dossier de consultation », typed AUTRE,
    cutting three renewals to one: 160 000 → 80 000) prevails as a correction notice does (d07). A total shared out
    after « dont » (« 1 200 000 € HT, dont lot n° 1 : 680 000 € HT, lot n° 2 : … ») is the whole, its parts the lots'
    (d03). A correction that replaces a figure without naming it (« Au lieu de : « porté de 900 000 € HT à 1 100 000 €
    HT » Lire : « porté de 900 000 € HT à 1 000 000 € HT » ») replaces the dossier's value equal to the old figure, the
    corrections in the order of their numbers (d12). A count a correction or a register gives as a change (« Lire : …
    Nombre de lots : 3 », « comporte désormais trois lots ») prevails, the replaced count no longer read (d04, d09).
    A correction's new hours followed by the old ones in brackets (« … est porté à 1 200 heures (au lieu de 800
    heures) ») are read, and change that lot's figure in the dossier (d08). Fixed from blind_values_23's kinds: one
    named period's new figure (« Le montant maximum de la première reconduction est ramené à 45 000 € HT ») (d06); a lot
    a correction removes leaves the lots' sum (d04). Left: the maximum when a lot is added (d09)."""
    assert_dossier_floors(scored, 12, DOSSIER_FLOORS)
