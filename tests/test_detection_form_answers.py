"""What a tender piece names without stipulating it: a table-of-contents entry, a form's statement answered « non »
at its end, a heading answered « Sans objet » and what its section says to explain it. Kinds from
tests/data/blind_commentary.yml (written blind: bc-053, bc-062, bc-058 are its examples); the passages here are my own
wording, with the negatives that must keep their findings."""

from __future__ import annotations

import pytest

from clausecheck.detection import snippet_document
from clausecheck.pipeline import Engine


@pytest.fixture(scope="module")
def engine():
    return Engine()


def present(engine, text, doc_type):
    return {f.category for f in engine.analyse(snippet_document(text, doc_type)).findings if f.polarity == "present"}


def test_a_table_of_contents_entry_stipulates_nothing(engine):
    toc = ("SOMMAIRE\nARTICLE 6 - PRIX ET REGLEMENT ........................................ 7\n"
           "ARTICLE 7 - CONDITIONS D'EXECUTION A CARACTERE ENVIRONNEMENTAL ........ 8\n"
           "ARTICLE 8 - CLAUSE D'INSERTION PAR L'ACTIVITE ECONOMIQUE .............. 9\n")
    assert present(engine, toc, "CCAP") == set()
    # the article itself, further down, still stipulates
    body = toc + ("\nARTICLE 8 - CLAUSE D'INSERTION PAR L'ACTIVITE ECONOMIQUE\nLe titulaire réserve 900 heures de "
                  "travail à des personnes éloignées de l'emploi.\n")
    assert "clause_insertion" in present(engine, body, "CCAP")
    # a table row whose figure stands after a wide gap is no table-of-contents entry
    row = "Critère 3 : Performance environnementale des véhicules            15\n"
    assert "critere_environnemental" in present(engine, "Critères de jugement des offres\n" + row, "RC")


def test_a_table_of_contents_without_dot_leaders_stipulates_nothing(engine):
    # numbered entries each closed by its page number, never going down (a response template's contents, as in the
    # corpus's Grenoble INP CRTE); a list of criteria with their weights after a colon is no table of contents
    toc = ("SOMMAIRE\n 1. Présentation de l'entreprise 3\n 2. Moyens humains et matériels 4\n 3. Méthodologie 5\n"
           " 3.1. Organisation du chantier 5\n 4. Clause environnementale : tri et valorisation des déchets 7\n"
           " 5. Planning 8\n")
    assert present(engine, toc, "CCAP") == set()
    criteria = ("Critères d'attribution :\n1. Prix / Pondération : 40\n2. Valeur technique / Pondération : 30\n"
                "3. Délai / Pondération : 10\n4. Qualité / Pondération : 10\n"
                "5. Performance environnementale / Pondération : 10\n")
    assert "critere_environnemental" in present(engine, criteria, "AVIS")


def test_a_form_statement_answered_no_at_its_end_reserves_nothing(engine):
    text = ("III.1.5) Informations sur les marchés réservés\nLe marché est réservé à des entreprises adaptées ou à des "
            "établissements et services\nd'aide par le travail employant des travailleurs handicapés : non\n")
    assert present(engine, text, "AVIS") == set()
    assert "marche_reserve" in present(engine, text.replace(": non", ": oui"), "AVIS")
    # another label answered « no » further on is not this statement's answer
    other = ("Critères d'attribution : qualité environnementale des emballages repris par le fournisseur / "
             "Pondération : 20\nVariantes : non\n")
    assert "critere_environnemental" in present(engine, other, "AVIS")


def test_a_heading_answered_sans_objet_keeps_its_explanation_from_counting(engine):
    text = ("4.2 - Marché réservé\nSans objet. (Le code de la commande publique permet de réserver un marché aux "
            "structures d'insertion par l'activité économique ; l'acheteur n'a pas retenu cette possibilité pour la "
            "présente consultation.)\n")
    assert "marche_reserve" not in present(engine, text, "RC")


def test_a_heading_naming_a_clause_gives_way_to_its_section_saying_there_is_none(engine):
    # (kind of blind_environment_3 be3-047; my own wording)
    text = ("ARTICLE 12 – CLAUSES SOCIALES ET ENVIRONNEMENTALES\n12.1 Clause sociale\nLe titulaire confie au moins 600 "
            "heures de travail à des personnes éloignées de l'emploi.\n12.2 Clause environnementale\nSans objet.\n")
    assert present(engine, text, "CCAP") == {"clause_sociale", "clause_insertion"}
    # the same heading over two sections that both stipulate keeps both
    both = text.replace("Sans objet.", "Le titulaire trie ses déchets de chantier et remet les bordereaux de suivi.")
    assert "clause_environnementale" in present(engine, both, "CCAP")


def test_a_question_numbered_glued_to_its_letter_is_read_in_its_answer(engine):
    # (kind of blind_social_5 bs5-031; my own wording) « Q3 – … ? » then « R3 – … »: the answer states what the question
    # asks about, like « Question 3 : … » then « Réponse : … »
    text = ("Q3 – Le volume d'heures d'insertion du lot 2 peut-il être réalisé par un apprenti ?\n"
            "R3 – Oui, s'il est suivi par la Mission locale ; 350 heures restent exigées pour ce lot.\n")
    assert "clause_insertion" in present(engine, text, "QR")
