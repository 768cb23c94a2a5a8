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


def test_a_correction_of_the_dossier_is_none_of_the_pieces_it_names():
    """« ADDITIF N° 1 AU DCE » then a table « Pièce / article | Au lieu de | Lire » whose rows name « CCAP art. 1 »
    (blind_values_23 d03, typed CCAP before the fix): a correction, which the dossier reads as amending the others."""
    document = Document(path="piece_07.docx", dossier="x", format="docx")
    document.text = ("Communauté de communes du Haut-Vernay\nMODIFICATIF N° 2 AU DOSSIER DE CONSULTATION\n"
                     "Pièce / article | Au lieu de | Lire\nCCAP art. 4 | délai de 8 mois | délai de 10 mois\n")
    assert classify(document)[0] == "AUTRE"
    document.text = "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES\nArticle 12 – Avenant modificatif\n"
    assert classify(document)[0] == "CCAP"
