"""Text that talks about procurement in general — guides, legal explainers, glossaries, news, case law, circulars,
training material — against tender text that stipulates (tests/data/blind_commentary.yml: 150 passages written blind;
tests/data/real_paraphrased.yml: paraphrases of real passages harvested from public pages, the dev half of a probe
whose other half is kept sealed outside the repository). Scored through the real command line like the sealed sets.

Scored once before any fix (engine 866d418): blind_commentary 0.584, real_paraphrased 0.174. The fix is a model's, not
a word list's: the passage model's register head, trained on commentary paraphrased from public pages
(models/training/commentary_passages.jsonl) against the real tender passages; a document of no tender type whose
passages it reads as commentary gives no finding. A word list written from the real dev half was tried first and
dropped: it reached neither the paraphrases of that same half nor the blind set (0.584 → 0.597).

Since, the 53 passages of real_paraphrased.yml that are commentary (no tender type, no category) also train the
register head: its figure (0.174 → 0.506 before they did) is a training figure now; blind_commentary (0.683, unchanged
by them) and the sealed half of the probe (0.319 → 0.442 → 0.453, errors unread) are the ones that tell."""

from __future__ import annotations

import shutil

import pytest

from blind_sets import wrong_categories
from sealed_scorer import REPO, sealed_scorer

BLIND = REPO / "tests" / "data" / "blind_commentary.yml"
PARAPHRASED = REPO / "tests" / "data" / "real_paraphrased.yml"


@pytest.mark.parametrize("path, count, floor", [(BLIND, 150, 0.66), (PARAPHRASED, 92, 0.45)])
def test_commentary_sets_keep_their_floor(tmp_path, path, count, floor):
    shutil.copy(path, tmp_path / "passages.yml")
    result = sealed_scorer().run(tmp_path)["documents"]
    assert result["documents"] == count and result["missing"] == 0
    assert result["macro_f1"] >= floor, result["macro_f1"]


# Guides, glossaries, news, circulars and training material that name clauses, criteria, hours and reservations
# (document of no tender type): nothing is retained
COMMENTARY_FIXED = {"bc-001", "bc-002", "bc-006", "bc-010", "bc-028", "bc-030", "bc-045", "bc-052", "bc-066", "bc-069"}


def test_commentary_documents_give_no_finding():
    assert wrong_categories(BLIND, COMMENTARY_FIXED) == []


# Typed pieces that remind the law before stipulating, or stipulate in plain words, keep their findings
STIPULATIONS = {"bc-076", "bc-077", "bc-078", "bc-085", "bc-088", "bc-100", "bc-110"}


def test_typed_pieces_that_remind_the_law_still_stipulate():
    assert wrong_categories(BLIND, STIPULATIONS) == []


# Typed pieces that name without stipulating: a table-of-contents entry, a heading answered « Sans objet » and the
# law it then recalls, a notice's statement answered « non » at its end (tests/test_detection_form_answers.py)
NAMED_NOT_STIPULATED = {"bc-053", "bc-058", "bc-062"}


def test_what_a_typed_piece_names_without_stipulating_gives_no_finding():
    assert wrong_categories(BLIND, NAMED_NOT_STIPULATED) == []
