"""Precision on social, insertion and environmental clauses in 30 whole documents (tests/data/blind_docs_8: CCAP, CCP,
CCTP, RC, AE, notices in French and English, Q/R registers and a blank form, in PDF, DOCX and text, written and built
blind on 2026-12-07 — who, what was read: its README): social and environmental words in roles that commit the holder
to nothing, and real commitments beside them. Scored once before any fix it led to (the same figures on the session's
start engine 4515627 and on 825369d): macro-F1 0.830, clause_sociale precision 0.538 (14 false positives in all).
Used since to fix kinds (issue #9), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_docs_8"
# before any fix: allotment 1.0, lot count 0.941, hours 1.0, estimate 0.923, maximum 0.900, bases 1.0
DOCUMENT_FLOORS = {"allotment_divided": 1.0, "lot_count": 0.94, "insertion_hours": 1.0, "estimated_ht": 0.92,
                   "max_ht": 1.0, "reservation_bases": 1.0}


def test_documents_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: the working conditions of the buyer's own staff, or those
    their employer fixes (« garantissant des conditions de travail normales aux agents communaux », « les conditions
    de travail de ses propres agents », « … fixées par leur employeur dans le respect de la convention collective »)
    are no social clause (d05, d10, d11, d14, d25); criteria envisaged then set aside by a pronoun in the next
    sentence (« … a envisagé un critère relatif aux performances en matière d'insertion professionnelle … Ils n'ont
    pas été retenus », « … avait été envisagé ; il n'a pas été retenu ») (d08, d26); the buyer's aims over its own
    contracts (« qu'au moins 30 % de ses marchés comportent une considération sociale », « dans l'ensemble de ses
    achats de denrées ») (d06, d26); a notice's title field names what is bought (« II.1.1) Title: Employment support
    and job-coaching for long-term jobseekers ») (d12); a firm's or a department's name is no environmental word (« le
    bureau d'études Terre & Eau Environnement », « au service gestion des déchets ») (d15, d11); « lot 2 : 25 000 € HT,
    soit 65 000 € HT au total » is the total, not lot 2's (d06)."""
    assert_document_floors(scored, DOCUMENT_FLOORS)
    assert scored["documents"]["macro_f1"] >= 0.99, scored["documents"]["macro_f1"]
