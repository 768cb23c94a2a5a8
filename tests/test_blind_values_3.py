"""Values in whole documents and dossiers written and built blind (tests/data/blind_values_3: PDF with
running headers and tables with or without rules, DOCX with real tables, notices), scored through the
real command line like the sealed sets. Scored once before any fix (its README); since it was used to
fix the kinds it shows (issue #11), the floors sit a little under the after-figures, which are dev
figures. The hours the annotator multiplied by the years (« 300 h par an » over four years as 1 200)
are counted as written (LABELS.md), so they stay « wrong » here on purpose."""

from __future__ import annotations

import pytest

from sealed_scorer import REPO, sealed_scorer

SET = REPO / "tests" / "data" / "blind_values_3"
DOCUMENT_FLOORS = {"insertion_hours": 0.53, "max_ht": 0.79, "estimated_ht": 0.74, "lot_count": 0.79,
                   "allotment_divided": 0.90, "reservation_bases": 0.83}
DOSSIER_FLOORS = {"insertion_hours": 13, "max_ht": 17, "estimated_ht": 16, "divided": 19, "lot_count": 19,
                  "reservation_bases": 19}


@pytest.fixture(scope="module")
def scored():
    return sealed_scorer().run(SET)


def test_documents_keep_their_floors(scored):
    documents = scored["documents"]
    assert documents["missing"] == 0
    for value, floor in DOCUMENT_FLOORS.items():
        assert documents[value]["accuracy"] >= floor, (value, documents[value])


def test_dossiers_keep_their_floors(scored):
    dossiers = scored["dossiers"]
    assert dossiers["dossiers"] == 20 and not dossiers["missing"]
    for value, floor in DOSSIER_FLOORS.items():
        assert dossiers["accuracy"][value]["right"] >= floor, (value, dossiers["accuracy"][value])
