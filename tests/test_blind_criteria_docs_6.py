"""Award criteria and environmental clauses in 36 whole documents (tests/data/blind_criteria_docs_6: RC, CCAP, CCTP,
notices, analysis reports and response templates in PDF, DOCX and text, written and built blind on 2026-12-07 — who,
what was read: its README), scored through the real command line like the sealed sets. Scored once before any fix it
led to (same figures on the session's start engine and on c0cdd9b): macro-F1 0.871, precision the weak side. Used since
to fix kinds (issue #9), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_criteria_docs_6"
DOCUMENT_FLOORS = {"allotment_divided": 1.0, "lot_count": 1.0, "insertion_hours": 1.0, "estimated_ht": 1.0,
                   "max_ht": 1.0}


def test_documents_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: the heading that names the holder's commitment on a result
    (« Article 4 - Engagement de performance énergétique ») is an execution condition's, not a criterion's (document
    22, and blind_clauses_3's bc3-055 of another author); a buyer's policy preamble (« Elle y affirme sa volonté de
    favoriser … l'insertion des personnes éloignées de l'emploi ») then « Le présent préambule … n'emporte aucune
    obligation contractuelle » commits the holder to nothing (document 27); a waste-collection CCTP's « les emballages
    sont collectés une fois tous les quinze jours », whose role only the passage model read, is the object it buys, not
    an environmental clause (document 23)."""
    assert_document_floors(scored, DOCUMENT_FLOORS)
    assert scored["documents"]["macro_f1"] >= 0.945, scored["documents"]["macro_f1"]
