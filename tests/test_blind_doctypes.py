"""What a document is, on first pages written blind (see the header of tests/data/blind_doctypes.yml):
a piece's name standing as a title decides, a name cited in a sentence (« l'article 4.2 du CCTP »)
does not. The floor sits one page below the figure reached."""

from __future__ import annotations

from pathlib import Path

import yaml

from clausecheck.model import Document
from clausecheck.structure.doctype import classify

PAGES = yaml.safe_load((Path(__file__).parent / "data" / "blind_doctypes.yml").read_text(encoding="utf-8"))


def _typed(item: dict) -> str:
    document = Document(path=item["file_name"], dossier="x", format="pdf")
    document.text = item["text"]
    return classify(document)[0]


def test_first_pages_are_typed_by_their_title():
    misses = [(item["id"], item["expected_type"], _typed(item)) for item in PAGES if _typed(item) != item["expected_type"]]
    assert len(PAGES) == 25
    assert len(misses) <= 4, misses


def test_registers_of_questions_are_not_the_piece_they_quote():
    registers = [item for item in PAGES if item["expected_type"] == "QR"]
    assert registers and all(_typed(item) == "QR" for item in registers)
