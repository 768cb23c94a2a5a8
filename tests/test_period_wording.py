"""Periods of a framework agreement said in words the readers had not met (issue #11; kinds seen on
tests/data/blind_values_4.yml, written blind): renewals bounded by a whole length, a single renewal, a
year said in months, a figure per year with its rank after it, a label before an aside in brackets."""

from __future__ import annotations

import pytest

from clausecheck.extraction.amount_context import LEFT_REACH, context_start
from clausecheck.extraction.amount_wording import period_index
from clausecheck.extraction.durations import read_durations
from clausecheck.extraction.textscan import Scanner
from clausecheck.patterns import ANNUAL


@pytest.mark.parametrize("text, total, renewals", [
    ("Il est reconduit par périodes successives de 12 mois sans excéder 48 mois au total.", 48, None),
    ("Le marché est reconductible tacitement par période d'un an, sans que sa durée totale puisse excéder quatre ans.", 48, None),
    ("L'accord-cadre est conclu pour deux ans. Il pourra être reconduit expressément une seule fois.", None, 1),
    # notices (blind_values_5): the eForms field, English words
    ("5.1.3 Durée estimée\nDurée : 12 Mois\n5.1.4 Renouvellement\nRenouvellement maximal : 3", None, 3),
    ("Description of renewals: The framework agreement may be renewed three times for a period of 12 months each; "
     "the total duration may not exceed 48 months.", 48, 3),
    # the count anywhere in the renewal's sentence, whatever the word's ending (blind_values_8, my own wording)
    ("Le contrat est renouvelable, par décision expresse et par période de six mois, quatre fois au plus.", None, 4),
    ("L'accord-cadre est reconductibe 2 fois.", None, 2),
    # a form's field (blind_values_9; my own wording)
    ("Durée du marché (en mois) : 24\nNombre de reconductions : 1", None, 1),
    # the count belongs to the renewal's sentence only
    ("Le marché est reconductible tacitement. Les délais sont réduits 3 fois en cas d'urgence.", None, None),
])
def test_renewals_said_other_ways(text, total, renewals):
    durations = read_durations(Scanner(text))
    assert durations.total_months == total
    assert durations.renewals == renewals


def test_a_form_s_duration_in_months_and_the_whole_term():
    durations = read_durations(Scanner("Durée du marché (en mois) : 24\nNombre de reconductions : 1"))
    assert durations.initial_months == 24 and durations.total_years() == 4


def test_a_year_said_in_months_is_a_year():
    assert ANNUAL.search("90 000 € ht par période de 12 mois")
    assert ANNUAL.search("pour une période de douze mois")
    assert ANNUAL.search("par période d'exécution de douze mois")  # (blind_values_9)
    assert not ANNUAL.search("par période de 6 mois")


@pytest.mark.parametrize("left, right, rank", [
    ("année 2 : ", "", 2),
    ("et ", " pour la deuxième année et", 2),
    ("", " ht pour la troisième année.", 3),
    ("", " pour la durée du marché", None),
])
def test_the_rank_of_a_period(left, right, rank):
    assert period_index(left, right) == rank


def test_an_aside_in_brackets_does_not_push_the_label_away():
    text = ("le montant maximum de l'accord-cadre, pour sa durée totale de quatre ans (période initiale et "
            "reconductions comprises), est de 1 200 000 € ht")
    figure = text.index("1 200 000")
    assert text[context_start(text, figure, 0):figure].startswith("le montant maximum")
    plain = "x" * 200 + " est de 1 200 000 € ht"
    assert plain.index("1 200") - context_start(plain, plain.index("1 200"), 0) == LEFT_REACH  # no aside: as before


def test_a_notice_in_english_gives_its_term():
    durations = read_durations(Scanner("Framework agreement without minimum, maximum EUR 180 000 excluding VAT per year, "
                                       "concluded for\n4 years."))
    assert durations.initial_months == 48
    assert read_durations(Scanner("The contract is awarded for a period of 24 months.")).initial_months == 24


def test_a_label_over_two_lines_above_its_figure():
    from clausecheck.extraction.amount_context import context_of
    from clausecheck.extraction.amount_wording import kind_of
    from clausecheck.extraction.numbers import find_amounts

    scan = Scanner("L'accord-cadre est conclu pour un an, reconductible trois fois. Le montant maximum\n"
                   "annuel est fixé à\n60 000 € HT.")
    figure = find_amounts(scan.text)[0]
    assert kind_of(*context_of(scan, figure, 0)) == "max"


@pytest.fixture(scope="module")
def engine():
    from clausecheck.pipeline import Engine

    return Engine()


@pytest.mark.parametrize("text, total", [
    # a figure per period listed after one label, the periods in a list with « ; » (French and English)
    ("L'accord-cadre est conclu pour une période initiale de 12 mois, renouvelable deux fois, chaque fois pour 12 "
     "mois. Montant maximum : première période 100 000 € HT ; chaque période de renouvellement 120 000 € HT.", 340000),
    ("The framework agreement is concluded for an initial period of 12 months and may be renewed twice. Maximum "
     "amount: first period EUR 100,000 excluding VAT; each renewal period EUR 120,000 excluding VAT.", 340000),
    # one yearly figure, the same for the initial period and each renewal
    ("Durée : 12 mois. Renouvellement maximal : 3. Montant maximum annuel de 50 000 € HT, identique pour la "
     "période initiale et pour chaque renouvellement.", 200000),
    # the standard form's currency field
    ("II.1.5) Valeur totale estimée :\nValeur hors TVA : 540 000 Monnaie : EUR", None),
    # renewals ranked by words, under a list head wrapped over two lines
    ("L'accord-cadre est conclu pour une période initiale d'un an, reconductible deux fois.\nCompte tenu des "
     "besoins, le montant maximum de commandes est\ndifférent pour chaque période :\n- période initiale : 100 000 € "
     "HT ;\n- première période de reconduction : 110 000 € HT ;\n- seconde période de reconduction : 120 000 € HT.",
     330000),
    # a list head that gives the whole term, over two lines
    ("Les montants ci-dessous valent pour la durée totale de l'accord-cadre (période initiale et\nreconductions) :\n"
     "- montant minimum : 10 000 € HT ;\n- montant maximum : 80 000 € HT.\nL'accord-cadre est conclu pour un an, "
     "reconductible deux fois.", 80000),
    # a yearly figure with its years after it: « sur 2 ans » counts the years
    ("Montant maximum de l'accord-cadre : EUR 300 000 HT par an, sur 2 ans fermes\nDurée : 24 mois, non reconductible",
     600000),
    # the line above a table names its figures' kind, the « Total » column gives the whole term
    ("Les montants maximums de commandes, exprimés en euros hors taxes, sont fixés comme suit :\n"
     "| Lot | Désignation | Année 1 | Année 2 | Total |\n| 1 | Entretien | 100 000 | 110 000 | 210 000 |\n"
     "| 2 | Plomberie | 50 000 | 60 000 | 110 000 |\n| Total | | 150 000 | 170 000 | 320 000 |", 320000),
    # only the renewals named next to their figures: the plain figure just before them is the first period's
    ("4.1 Année 2028. Le montant maximum des commandes de cette année est de 40 000 € HT.\n4.2 Reconduction n° 1 "
     "(2029) : montant maximum de 45 000 € HT.\n4.3 Reconduction n° 2 (2030) : montant maximum de 50 000 € HT.", 135000),
    # the first period named in the clause before its figure, one renewal named by its own (blind_values_7; my own
    # wording)
    ("La période initiale est de six mois ; son montant maximum est de 20 000 € HT. Le marché peut être reconduit "
     "une fois pour un an ; le montant maximum de la période de reconduction est de 45 000 € HT.", 65000),
    # a period table broken by the page: a running title alone on its line between two rows (blind_values_7; my
    # own wording)
    ("Les montants maximums, hors taxes, sont les suivants :\nPériode initiale ......... 20 000,00 € HT\n"
     "Reconduction n° 1 ......... 22 000,00 € HT\nVille d'Aurel - Entretien des fontaines\nReconduction n° 2 ......... "
     "24 000,00 € HT", 66000),
    # … never a figure said to cover the whole duration
    ("Le montant maximum sur la durée totale de l'accord-cadre est de 300 000 € HT.\nReconduction n° 1 : montant "
     "maximum de 90 000 € HT.\nReconduction n° 2 : montant maximum de 90 000 € HT.", 300000),
    # a page's furniture left between a label and its figure (a document too short for its running lines to
    # show): the label is the line above it
    ("Montant maximum de l'accord-cadre :\nVille de Corbel - CCAP Entretien des fontaines - page 3/8\n\n54 000 € HT "
     "pour la durée totale.", 54000),
    ("Le montant maximum sur la durée totale est fixé à\n\n- 7 -\n\n210 000 € HT.", 210000),
    # a yearly maximum given in TTC, then in HT as its restatement: still yearly (blind_values_8; my own wording)
    ("Montant maximum annuel : 60 000 € TTC (soit 50 000 € HT). Le marché est conclu pour un an, reconductible "
     "deux fois.", 150000),
    # … but the restatement of an HT figure keeps what it says
    ("Montant maximum : 40 000 € HT par an, soit 120 000 € HT sur trois ans.", 120000),
    # renewals counted « au plus »
    ("Article 4 - Montants maximums\nPériode initiale : 30 000 € HT.\nPériodes de reconduction (deux au plus) : 35 000 "
     "€ HT par période.", 100000),
    # « sa durée globale » is the whole term, whatever yearly figure follows for information
    ("Le montant maximum est de 480 000 € HT pour sa durée globale de quatre ans, soit 120 000 € HT par an.", 480000),
])
def test_maxima_over_the_periods_of_a_notice(engine, text, total):
    from clausecheck.detection import snippet_document

    result = engine.analyse(snippet_document(text, "AVIS")).amounts
    if total is None:
        assert result.estimated_ht == 540000
    else:
        assert result.max_ht == total


def test_furniture_does_not_join_a_figure_to_a_sentence_ended_above_it(engine):
    from clausecheck.detection import snippet_document

    text = "Le montant maximum figure à l'acte d'engagement.\n- 4 -\n\n1 500 € HT de pénalité par jour de retard."
    assert engine.analyse(snippet_document(text, "CCAP")).amounts.max_ht is None


def test_ordinals_have_one_home():
    from clausecheck.patterns import ordinal_rank

    assert [ordinal_rank(w) for w in ("première", "1re", "seconde", "2e", "troisième", "5eme")] == [1, 1, 2, 2, 3, 5]
    assert ordinal_rank("dernière") is None
