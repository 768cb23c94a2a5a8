"""Insertion hours across the pieces of whole dossiers (tests/data/blind_values_10: 18 dossiers, 74 PDF, DOCX and
notice pieces, written and built blind: hours in one piece only, per lot in real tables, per year with the duration
elsewhere, cut at a line end or a page break, minimums per person, earlier works' hours, CCTPs contradicted by the
CCAP or the Q&R), scored through the real command line like the sealed sets. Scored once before any fix (its
README): pieces' hours 0.692, dossiers' hours 10/18, maximum 12/18. Since it was used to fix the kinds it shows
(issue #11), its floors sit at the after-figures, which are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_values_10"
# before any fix: pieces hours 0.692, maximum 0.913, estimate 1.000, lot count 1.000, allotment 0.920, bases 1.000
DOCUMENT_FLOORS = {"insertion_hours": 0.98, "max_ht": 0.98, "estimated_ht": 1.0, "lot_count": 1.0,
                   "allotment_divided": 0.98, "reservation_bases": 1.0}
# before any fix: hours 10, maximum 12, bases 17, estimate, lot count and divided 18 (of 18)
DOSSIER_FLOORS = {"insertion_hours": 18, "max_ht": 16, "estimated_ht": 18, "reservation_bases": 17, "divided": 18,
                  "lot_count": 18}


def test_documents_keep_their_floors(scored):
    assert_document_floors(scored, DOCUMENT_FLOORS)


def test_dossiers_keep_their_floors(scored):
    """Kinds fixed at the dossier's level, each example written before the fix: the least a person must work to be
    counted (« … que si elle a effectué au minimum 70 heures », « qu'à partir de 70 heures ») and an earlier work's
    hours in the pluperfect (« avait donné lieu à 1 100 heures ») are no commitment (d01, d05); « soit 500 heures
    par an pour l'ensemble des lots » is the lots' total (d17); « 2 » at the foot of a page and « 300 heures » under
    the next page's running header are 2 300 hours (d18); « lot 2 : 250 heurs » is lot 2's 250 hours (d12); an AE
    whose only maximum is its lot's yields to the CCAP's figure for the whole contract (d04); « exécuté du 1er
    septembre 2027 au 31 août 2030 » is a term of three years a yearly maximum goes over (d07); the header and
    footer repeated on both pages of a two-page PDF are running lines, and « 2 » at the foot of page 1 joins « 300
    heures » at the top of page 2 inside the passage the hours are read in (d18); a CCAP's maximum for the initial
    period and per renewal, their number in the RC, adds up at the dossier's level (d10); « 35 000 € HT par semestre »
    goes over the notice's 24 months (d14); « Total Deux lots 1 » / « 500 heures » in a table cell is 1 500 (d15); « sur la
    base de 1 600 heures par ETP et par an » is a conversion rate, not a commitment (d07); in a register of questions
    and answers, the answer to a question on insertion states its hours, a total said « au total » over its detail
    and without a figure said to be « une erreur matérielle » (d10, d13)."""
    assert_dossier_floors(scored, 18, DOSSIER_FLOORS)
