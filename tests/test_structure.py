"""Section tree and document type on French wording of our own."""

from __future__ import annotations

from clausecheck.ingestion.normalize import normalise
from clausecheck.model import Document, Page
from clausecheck.structure import apply_structure


def _document(text: str, path: str = "piece.pdf", fmt: str = "pdf") -> Document:
    document = Document(path=path, dossier="d", format=fmt)
    for number, raw in enumerate(text.split("\f"), start=1):
        norm, offset_map = normalise(raw)
        document.pages.append(Page(number=number, raw_text=raw, text=norm, offset_map=offset_map))
    document.finalise_text()
    return apply_structure(document)


CCAP = """CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES
Ville d'Exempleville
SOMMAIRE
Article 1 - Objet .............................. 2
ARTICLE 1 - OBJET DU MARCHÉ
Le présent marché a pour objet l'entretien des espaces verts.
ARTICLE 6 - CONDITIONS D'EXÉCUTION
6.1 Clauses sociales
Article 6.1.2 – Engagement d'insertion sociale
Le titulaire réalise 1 200 heures d'insertion.
6.2. Clause environnementale
Le titulaire trie ses déchets.
ARTICLE 7 - PÉNALITÉS
1 200 heures sont à réaliser.
"""


def test_doc_type_from_title_with_reason():
    document = _document(CCAP, path="piece-2.pdf")
    assert document.doc_type == "CCAP"
    assert "page 1" in document.doc_type_reason


def test_doc_type_from_file_name_first():
    document = _document("Texte quelconque sans titre.", path="dossier/RC_2026-014.pdf")
    assert document.doc_type == "RC"
    assert "nom du fichier" in document.doc_type_reason


def test_unknown_type_is_autre_with_reason():
    document = _document("Note interne sur la cantine.", path="note.txt", fmt="txt")
    assert document.doc_type == "AUTRE" and document.doc_type_reason


def test_notice_types():
    assert _document(" Avis No 20-101058\n publié le 13/08/2020\n", path="n.txt", fmt="txt").doc_type == "AVIS"
    assert _document("TI Title France-Nantes: Generating sets\nND Document number 1-2020\n", path="n.txt", fmt="txt").doc_type == "AVIS"


def test_blank_form_is_form():
    text = "LETTRE DE CANDIDATURE\nDC1\nHabilitation du mandataire par ses co-traitants"
    assert _document(text, path="x.docx", fmt="docx").doc_type == "FORM"
    assert _document("contenu", path="DC2.docx", fmt="docx").doc_type == "FORM"


def test_section_tree_and_lookup():
    document = _document(CCAP)
    labels = [(s.number, s.level) for s in document.sections]
    assert ("1", 1) in labels and ("6", 1) in labels and ("6.1.2", 3) in labels and ("6.2", 2) in labels
    assert all(number != "1 200" for number, _ in labels)  # amounts are not headings
    toc_free = [s for s in document.sections if s.title.endswith("2") and "..." in s.title]
    assert not toc_free  # the table of contents line is not a heading
    offset = document.text.index("1 200 heures d'insertion")
    section = document.section_at(offset)
    assert section is not None and section.number == "6.1.2"
    parent = document.sections[section.parent]
    assert parent.number == "6.1"
    offset = document.text.index("trie ses déchets")
    assert document.section_at(offset).number == "6.2"
