"""Insertion hours read from a table's hours column (detection/hours_reading.py), whatever the table's
layout: between bars, rows of figures under a heading line (an unruled PDF table), one cell per line.
Examples of kinds first seen on tests/data/blind_values_4.yml (written blind)."""

from __future__ import annotations

import pytest

from clausecheck.detection import snippet_document
from clausecheck.detection.hours_reading import hours
from clausecheck.pipeline import Engine
from clausecheck.text import fold


def read(text: str) -> list[tuple[int, str]]:
    return [(value, basis) for value, _offset, basis, *_ in hours(fold(text), text).get("hours_at", [])]


@pytest.fixture(scope="module")
def engine():
    return Engine()


def test_an_unruled_table_gives_its_hours_column_only():
    text = ("Répartition des heures d'insertion par lot :\nLot Montant estimé HT Part de MO Taux clause Heures d'insertion\n"
            "1 320 000 € 40 % 5 % 480\n2 150 000 € 45 % 5 % 210")
    assert read(text) == [(480, "total"), (210, "total")]


def test_of_a_yearly_column_and_one_over_the_term_the_latter_counts():
    text = "Lot Heures d'insertion / an Heures d'insertion sur 4 ans\n1 150 600\n2 100 400"
    assert read(text) == [(600, "total"), (400, "total")]
    yearly = "Lot Heures d'insertion par an\n1 Voirie 150\n2 Réseaux 100"
    assert read(yearly) == [(150, "par_an"), (100, "par_an")]


def test_a_part_column_is_not_read():
    text = "| Lot | Heures d'insertion | dont heures de formation |\n| 1 | 600 | 70 |\n| 2 | 400 | 35 |"
    assert [value for value, _ in read(text)] == [600, 400]
    # unruled, the part column's header in lower case still opens a cell: « 1 600 70 » is lot 1, 600, 70
    unruled = "Lot Heures d'insertion dont heures de formation\n1 600 70\n2 400 35"
    assert [value for value, _ in read(unruled)] == [600, 400]


def test_equal_figures_of_two_rows_both_count(engine):
    # rows « 2 1 175 » and « 3 1 175 »: each row is its own scope, as a framed row is
    text = ("Article 7 – Clause d'insertion\nLe titulaire réalise les heures d'insertion suivantes :\n"
            "Lot Nombre de bénéficiaires Heures d'insertion\n1 2 350\n2 1 175\n3 1 175")
    result = engine.analyse(snippet_document(text, "CCAP"))
    assert result.insertion_hours == 700


def test_equal_rows_of_a_table_one_cell_per_line_both_count(engine):
    # (blind_values_8; my own wording) years as the rows' keys, two equal years, then the total row
    text = ("Article 6 – Clause d'insertion\nHeures d'insertion prévues par année\nAnnée\nHeures\n2027\n400\n2028\n400"
            "\n2029\n250")
    assert engine.analyse(snippet_document(text, "CCAP")).insertion_hours == 1050
    assert engine.analyse(snippet_document(text + "\nTotal\n1 050", "CCAP")).insertion_hours == 1050


def test_a_stated_total_after_an_unruled_table_counts_once(engine):
    text = ("Article 9 – Heures d'insertion\nLot Heures d'insertion\n01 - Gros œuvre 980\n02 - Charpente 350\n"
            "04 - Plâtrerie 280\nLe volume global, tous lots confondus, s'établit à 1 610 heures de travail.")
    assert engine.analyse(snippet_document(text, "CCAP")).insertion_hours == 1610  # « tous lots » names no lot


def test_a_table_on_its_side_gives_each_column_once(engine):
    # the hours on one row, a column per year: equal years both count (each column its own scope)
    text = ("Heures d'insertion à réaliser par année d'exécution de l'accord-cadre (4 ans) :\n"
            "| Année | 2027 | 2028 | 2029 | 2030 |\n| Heures | 200 | 250 | 250 | 300 |")
    assert engine.analyse(snippet_document(text, "CCAP")).insertion_hours == 1000
    with_total = ("Heures d'insertion par année :\n| Année | 2027 | 2028 | Total |\n| Heures | 300 | 300 | 600 |")
    assert read(with_total) == [(600, "total")]
    text_row = "Heures d'insertion réalisées :\n| Heures | voir l'article 6 | selon le planning |"
    assert read(text_row) == []  # a label over cells of words is no row of hours


def test_a_whole_contract_figure_with_its_basis_before_the_whole_is_the_lots_total(engine):
    """(blind_values_10 d17) « soit 500 heures par an pour l'ensemble des lots » states the lots' sum."""
    text = ("Article 6 - Clause d'insertion\nLe titulaire réalise des heures d'insertion. Volume annuel : lot 1 : 300 "
            "heures par an ; lot 2 : 200 heures par an ; soit 500 heures par an pour l'ensemble des lots.")
    assert engine.analyse(snippet_document(text, "CCAP")).insertion_hours == 500


def test_a_question_s_answer_states_the_hours_it_asks_about(engine):
    """(blind_values_10 d10, d13 and blind_values_8 090, written before the fix) in a register of questions and
    answers, the question commits to nothing; its answer does, though it no longer names insertion."""
    register = ("QUESTIONS DES CANDIDATS ET RÉPONSES\nQuestion 1\nQuel est le volume total d'heures d'insertion si "
                "l'accord-cadre est reconduit deux fois ?\nRéponse : 1 000 heures pour la période initiale et 400 heures "
                "par reconduction, soit 1 800 heures au total sur quatre ans.\nQuestion 2\nLes horaires peuvent-ils "
                "être décalés ?\nRéponse : Non.\n")
    result = engine.analyse(snippet_document(register, "QR"))
    assert result.considerations["clause_insertion"] is True and result.insertion_hours == 1800
    corrected = ("Question 2 - reçue le 22 février\nL'annexe 3 du CCTP indique 900 heures d'insertion et le CCAP 1 200 "
                 "heures. Quel chiffre faut-il retenir ?\nRéponse : Le chiffre de 900 heures figurant à l'annexe 3 du "
                 "CCTP est une erreur matérielle. L'engagement est de 1 200 heures sur la durée totale du marché.\n")
    assert engine.analyse(snippet_document(corrected, "QR")).insertion_hours == 1200
    denied = ("Question 3\nLe marché comporte-t-il une clause d'insertion ?\nRéponse : Non, le marché ne comporte "
              "aucune clause sociale.\n")
    assert engine.analyse(snippet_document(denied, "QR")).considerations["clause_insertion"] is False
    # out of a register, a question stays a question
    assert engine.analyse(snippet_document(register, "CCAP")).insertion_hours != 1800


# (blind_values_12 054, 108, 007, 106 are the blind examples; these are my own wording, with the negatives)
def test_a_table_laid_out_on_one_line_gives_its_total(engine):
    text = ("Article 11 – Insertion professionnelle\nPlanning des heures d'insertion Exercice Heures 2026 300 2027 450 "
            "2028 450 Total 1 200")
    assert engine.analyse(snippet_document(text, "CCAP")).insertion_hours == 1200
    by_lot = ("Clause d'insertion – répartition Lot Intitulé Heures 1 Menuiseries 420 2 Peinture 180 Total 600")
    assert read(by_lot) == [(600, "total")]


def test_a_one_line_table_of_amounts_or_of_labour_hours_gives_no_insertion_hours():
    amounts = "Clause d'insertion. Montants par lot Lot Heures Montant 1 Voirie 12 000 2 Réseaux 8 000 Total 20 000 €"
    assert read(amounts) == []
    labour = ("Clause d'insertion : 5 % des heures de main-d'œuvre.\nHeures de main-d'œuvre par année 2027 4 000 "
              "2028 4 000 Total 8 000")
    assert 8000 not in [value for value, _ in read(labour)]
    one_figure = "Heures d'insertion Total 900"  # no rows: a label and its figure, read as such elsewhere
    assert read(one_figure) == [] or read(one_figure) == [(900, "total")]


def test_a_total_row_under_a_table_of_years_is_one_figure(engine):
    # « 1 200 » could be read « 1 » and « 200 » under two value columns: the label « Total » takes the year's place
    text = ("Clause d'insertion – calendrier\nAnnée        Heures d'insertion\n2027         600\n2028         600\n"
            "Total        1 200")
    result = engine.analyse(snippet_document(text, "CCAP"))
    assert result.insertion_hours == 1200
    assert sorted(c.hours for c in result.hours_commitments) == [600, 600, 1200]


def test_the_insertion_column_is_read_beside_the_labour_hours_column():
    text = ("| Lot | Heures travaillées estimées | Part | Heures d'insertion |\n| 1 | 20 000 | 5 % | 1 000 |\n"
            "| 2 | 6 000 | 5 % | 300 |")
    assert [value for value, _ in read(text)] == [1000, 300]
    # with no column naming insertion, a column of the labour hours is still not the one read
    unnamed = ("Clause d'insertion, 5 % des heures :\n| Lot | Main-d'œuvre (heures) | Heures |\n| 1 | 20 000 | 1 000 |\n"
               "| 2 | 6 000 | 300 |")
    assert [value for value, _ in read(unnamed)] == [1000, 300]
