"""Hours figures near an insertion clause that are no insertion volume, and a period's number glued to its
figure (detection/hours_reading.py; kinds seen on tests/data/blind_values_4.yml, written blind)."""

from __future__ import annotations

import pytest

from clausecheck.detection.hours_reading import hours
from clausecheck.text import fold


def values(text: str) -> list[int]:
    return hours(fold(text), text).get("hours_values", [])


@pytest.mark.parametrize("text", [
    # a time limit
    "Les questions relatives à la clause sociale sont adressées au facilitateur, qui répond sous 48 heures.",
    "Le titulaire informe le facilitateur de l'insertion dans un délai de 72 heures de toute embauche.",
    "Le planning des personnes en insertion est transmis 48 heures à l'avance.",
    # the length of a working week
    "Les contrats conclus au titre de la clause d'insertion ont une durée hebdomadaire d'au moins 20 heures, "
    "dans la limite de 35 heures.",
    # the labour a share is taken of, in the sentence before
    "Le volume annuel de nettoyage est évalué à 1 560 heures. Une partie de ces heures pourra être confiée à "
    "des salariés en insertion.",
    # (blind_values_5) the facilitator's own hours; a previous contract's, in English
    "Le nombre d'heures d'insertion sera arrêté avec le facilitateur, qui consacre environ 35 heures à "
    "l'accompagnement de l'entreprise.",
    "The previous contract delivered 3,200 hours of integration work.",
    # (blind_values_9) earlier framework agreements, plural, and what they achieved in the passé composé
    "Pour mémoire, les accords-cadres précédents ont permis de réaliser 3 400 heures d'insertion.",
    # (blind_values_8) the time of those who support the people in insertion, whatever the preposition
    "La clause d'insertion est suivie par la Maison de l'emploi, qui prévoit 60 heures au tutorat des salariés.",
    "Le chargé de mission insertion assure 25 heures de coordination avec les entreprises du chantier.",
    # (blind_values_10) the least a person must work to be counted; an earlier work's outcome in the pluperfect
    "Les heures d'une personne ne sont prises en compte que si elle a effectué au minimum 70 heures sur le chantier.",
    "Une personne en insertion n'est prise en compte qu'à partir de 70 heures de travail dans l'année.",
    "Chaque salarié en insertion doit avoir travaillé au moins 140 heures pour être compté.",
    "La construction de la piscine (2023-2024) avait donné lieu à 1 100 heures d'insertion.",
    # (blind_values_10 d07) the rate a number of jobs is converted at
    "Le calcul se fait sur la base de 1 600 heures par ETP et par an.",
])
def test_figures_that_are_no_insertion_volume(text):
    assert values(text) == []


def test_a_volume_before_the_share_sentence_of_another_subject_still_counts():
    text = "Le titulaire réalise 1 200 heures d'insertion. Une partie du marché est sous-traitée."
    assert values(text) == [1200]


def test_a_year_s_number_glued_to_its_hours():
    text = "Répartition prévisionnelle des heures d'insertion\nAnnée 1 300 h\nAnnée 2 300 h\nAnnée 3 350 h\nTotal 950 h"
    assert sorted(set(values(text))) == [300, 350, 950]


def test_english_hours_keep_their_thousands_and_their_year():
    """« 1,200 hours » is twelve hundred (not 200), and « per year … i.e. 4,800 hours over the duration » is an
    annual figure restated as the total (kinds seen on tests/data/blind_values_5.yml, written blind)."""
    text = ("The contractor shall implement a social integration clause: 1,200 hours of integration work per year, "
            "i.e. 4,800 hours over the maximum duration of the contract.")
    read = [(value, basis) for value, _at, basis, *_ in hours(fold(text), text)["hours_at"]]
    assert read == [(1200, "par_an"), (4800, "total")]
    assert values("Social clause: 1,750 hours of integration work (lot 1: 1,000 h; lot 2: 750 h).")[0] == 1750


def test_a_volume_is_still_a_volume_beside_a_minimum_per_person():
    text = ("Le titulaire réalise 700 heures d'insertion. Une personne n'est comptée qu'à partir de 70 heures de "
            "travail.")
    assert values(text) == [700]


def test_the_unit_s_usual_typo_after_a_figure_still_counts():
    """(blind_values_8 093, blind_values_10 d12, written before the fix) « 250 heurs »: the unit misspelt."""
    assert values("Volume d'heures à réaliser : lot 1 : 600 heures ; lot 2 : 250 heurs ; lot 4 : 120 heures.") == [
        600, 250, 120]
    assert values("Le titulaire s'engage à réaliser 2 100 heurs d'insertion.") == [2100]


@pytest.mark.parametrize("text, read", [
    # (blind_values_11 d06, written before the fix) the year of a date, then the clock
    ("Date limite de réception des offres : 01/03/2027 Heure locale : 12:00", []),
    # a clause's hours next to a date stay hours
    ("Clause sociale d'insertion : 1 050 heures à réaliser à compter du 01/03/2027.", [(1050, "total")]),
    # (d06) a total restated per annual period: the total, and a yearly rate that is not added
    ("Le titulaire réserve un volume de 1 050 heures de travail sur la durée maximale de l'accord-cadre, soit 350 heures "
     "par période annuelle.", [(1050, "total"), (350, "par_an")]),
    # (d02) a total shared out in the next sentence: parts, not more hours
    ("Le titulaire réalise au moins 700 heures de travail. À titre indicatif, ces heures se répartissent en 400 heures "
     "pendant la période initiale et 150 heures par période de reconduction.",
     [(700, "total"), (400, "dont"), (150, "dont")]),
    # hours of another sentence that shares out something else stay hours
    ("Le titulaire réalise 700 heures d'insertion. Les lots se répartissent en deux zones ; le lot 2 compte 300 heures "
     "d'insertion.", [(700, "total"), (300, "total")]),
])
def test_dates_restated_rates_and_breakdowns_of_a_stated_total(text, read):
    assert [(value, basis) for value, _at, basis, *_ in hours(fold(text), text).get("hours_at", [])] == read
