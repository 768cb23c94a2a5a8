"""Insertion hours in tables of shapes first met in blind_values_27 and blind_values_28 (written blind), tested here in
other words: a labour-hours column beside the insertion column, rows that open on their own number, an hours table in
the article's next sub-section, a table the sentence announces without its cells saying « heures », a row said empty, a
total over the term in a column that does not repeat « heures ». The first five fail on the engine before the fix
(7005361); the last guards what the fix could have broken."""

from __future__ import annotations

import pytest

from clausecheck.detection import snippet_document
from clausecheck.pipeline import Engine


@pytest.fixture(scope="module")
def engine():
    return Engine()


def hours_of(engine, text: str, doc_type: str = "CCAP") -> int | None:
    return engine.analyse(snippet_document(text, doc_type)).insertion_hours


def test_the_labour_hours_column_beside_the_insertion_column_is_not_insertion(engine):
    # a header wrapped over three lines, each row « lot, labour hours, insertion hours », the total said before
    text = ("Article 9 - Insertion professionnelle\n"
            "Le volume d'insertion représente 6 % des 15 000 heures de main-d'œuvre du chantier, soit 900 heures "
            "d'insertion, réparties entre les lots au prorata de leur main-d'œuvre :\n"
            "Lot Main-d'œuvre\nprévisionnelle\nHeures d'insertion\n"
            "1 9 000 h 540 h\n2 4 000 h 240 h\n3 2 000 h 120 h\n"
            "Les heures sont justifiées auprès du facilitateur.")
    assert hours_of(engine, text) == 900


def test_rows_opening_on_their_number_give_the_whole_term_column(engine):
    # « 1 300 h » is row 1's 300 hours, not 1 300; per year, then over the term: the latter
    text = ("Article 11 - Action d'insertion\n"
            "Le titulaire de chaque lot réserve à des personnes en parcours d'insertion le volume d'heures suivant :\n"
            "Lot Par an\nSur la durée totale (3 ans)\nObservations\n"
            "1 300 h 900 h entretien des massifs\n2 150 h 450 h tonte\n3 100 h 300 h élagage léger\n"
            "Toute heure manquante est pénalisée.")
    assert hours_of(engine, text) == 1650


def test_an_hours_table_in_the_next_sub_section_of_the_insertion_article(engine):
    # the insertion is said in 8.1, its hours stand in the table of 8.2, out of the words' reach
    text = ("Article 8 - Promotion de l'emploi\n"
            "8.1 - Principe\n"
            "Les titulaires des lots 1 à 3 mettent en œuvre une action d'insertion professionnelle au profit de "
            "demandeurs d'emploi de longue durée, de jeunes sans qualification et de bénéficiaires des minima sociaux, "
            "selon les modalités précisées ci-après et sous le contrôle du chargé de mission du PLIE, qui valide "
            "l'éligibilité des personnes et reçoit les justificatifs mensuels.\n"
            "8.2 - Volume par lot\n"
            "| Volume d'heures | Lot | Observations |\n"
            "| 700 | 1 | terrassement et réseaux |\n| 420 | 2 | maçonnerie |\n| 180 | 3 | finitions |\n"
            "8.3 - Modalités\nLe titulaire choisit librement entre l'embauche directe et la mise à disposition.")
    assert hours_of(engine, text) == 1300


def test_a_table_the_sentence_announces_gives_its_total_column(engine):
    # cells of years and a total, none saying « heures »: the sentence before says what they count
    text = ("Article 12 - Engagement d'insertion\n"
            "Chaque titulaire consacre à l'insertion de personnes éloignées de l'emploi une part des heures travaillées, "
            "conformément au tableau ci-dessous.\n"
            "Ventilation\n"
            "| Lot | 2027 | 2028 | 2029 | Total |\n"
            "| Lot 1 - Centre | 200 | 200 | 200 | 600 |\n| Lot 2 - Périphérie | 120 | 120 | 120 | 360 |")
    assert hours_of(engine, text) == 960


def test_a_row_said_empty_does_not_end_the_table_and_the_term_column_counts(engine):
    # per year in the column that says « heures », over the term in one that says « total » only; a reserved lot's
    # row said « sans objet » between two others
    text = ("Article 6 - Clause d'insertion\n"
            "Pour les lots 1, 2 et 4, le titulaire réalise une action d'insertion selon le volume suivant :\n"
            "Lot Heures par année Nombre d'années Total sur la durée\n"
            "A1 300 3 900\nA2 200 3 600\nA3 sans objet (lot réservé) - -\nA4 100 3 300\n"
            "Le volume d'une année non exécutée n'est pas dû.")
    assert hours_of(engine, text) == 1800


def test_what_a_table_row_says_of_an_earlier_contract_stays_the_earlier_contracts(engine):
    # an unruled table, then a sentence that ends on a figure of hours: the table's reading does not take it in
    text = ("Article 5 - Clause d'insertion\nLot Heures d'insertion\n1 - Voirie 500\n2 - Éclairage 200\n"
            "À titre d'information, le marché précédent a permis de réaliser 1 300 heures\n"
            "Article 6 - Pénalités")
    assert hours_of(engine, text) == 700
