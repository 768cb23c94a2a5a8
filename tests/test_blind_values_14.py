"""Maxima, estimates, lots, insertion hours and reservation bases spread across the pieces of whole dossiers
(tests/data/blind_values_14: 16 dossiers, 64 PDF, DOCX and notice pieces, written and built blind on 2026-12-07 —
who, what was read: its README), scored through the real command line like the sealed sets. Scored once before any fix
it led to, on the session's start engine b0821b1: pieces' maximum 0.591 (13/22), hours 0.812; dossiers' maximum 9/16,
hours 13/16, estimate 15/16, allotment 15/16, lot count 15/16, bases 16/16. Since it was used to fix the kinds it shows
(issue #11), its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_14"
# before any fix: maximum 0.591, hours 0.812, estimate 0.938, lot count 0.941, allotment 0.935, bases 1.0
DOCUMENT_FLOORS = {"max_ht": 0.90, "insertion_hours": 1.0, "estimated_ht": 0.93, "lot_count": 0.94,
                   "allotment_divided": 0.95, "reservation_bases": 1.0}
# before any fix: maximum 9, hours 13, estimate 15, allotment 15, lot count 15, bases 16 (of 16)
DOSSIER_FLOORS = {"max_ht": 16, "insertion_hours": 16, "estimated_ht": 15, "reservation_bases": 16, "divided": 16,
                  "lot_count": 16}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: a table of annual maxima by lot and year whose kind the
    sentence pointing at it gives (« … le montant maximum des commandes est fixé par année d'exécution dans le tableau
    ci-dessous. Il n'est pas fixé de montant minimum. »): a kind said not to exist is none, and the lot × year grid adds
    up (d01); a list of periods whose head sentence wraps over two lines (« … est fixé pour chaque\\npériode : ») (d02);
    the total of every lot said after one lot's figure (« … 320 000 € HT pour le lot 2, soit pour l'ensemble des deux
    lots de la consultation … un montant maximum de 1\\n520 000 € HT ») (d15); a periods table in k€ whose rows give
    a duration first (« Période initiale 12 mois 20 60 » under « Minimum (k€ HT) Maximum (k€ HT) ») (d05); a lot in
    several rows, one per tranche (« Tranche ferme (2017-2018) 80 000 », « Tranche optionnelle (2018-2019) 45 000 »),
    adds its parts (d16); a correction notice's replaced figure (« au lieu de : « montant maximum annuel : 200 000
    euros HT », lire : « … 160 000 euros HT » ») is not stated, and the notice's new figure amends the dossier, over
    the term the CCAP gives (d09); « porte le montant maximum du lot n° 3 de 90 000 € HT à 110 000 € HT »: the new
    figure, and the dossier's sum of lots changed by it (d08). Hours: a figure said not to count (« Les heures de
    formation obligatoire initiale des conducteurs (FIMO, 140 heures) ne sont pas comptées comme heures d'insertion »,
    d08), a part counted within the commitment (« Les heures de formation des salariés en insertion (au plus 70 heures)
    sont décomptées dans le volume ci-dessus », d04), the commitment's alternative if an option is not taken up (« Si
    la PSE n° 1 n'est pas retenue, le volume est réduit à 525 heures », d10) add nothing. Allotment: « La présente
    consultation n'est pas allotie » prevails over the lot it relaunches (« la relance du lot n° 2 … de la consultation
    n° 2026-T-11, qui comprenait quatre lots ») (d12)."""
    assert_dossier_floors(scored, 16, DOSSIER_FLOORS)
