"""Figures that are none of the contract's amounts (issue #11; kinds seen on tests/data/blind_values_4.yml,
written blind): a figure in an article about another matter, named by its heading; a cap on the orders said
with the orders as subject; a threshold named in the plural."""

from __future__ import annotations

import pytest

from clausecheck.detection import snippet_document
from clausecheck.pipeline import Engine


@pytest.fixture(scope="module")
def engine():
    return Engine()


def amounts(engine, text: str, doc_type: str = "CCAP"):
    return engine.analyse(snippet_document(text, doc_type)).amounts


def test_a_figure_under_an_article_about_the_advance_is_no_maximum(engine):
    text = ("Article 9 – Avance\nUne avance est accordée lorsque le montant du bon de commande est supérieur à "
            "50 000 € HT. Son montant est fixé à 20 % du montant TTC, dans la limite de 30 000 € HT.")
    assert amounts(engine, text).max_ht is None
    # the same words under a heading about the contract's value still count
    valued = "Article 4 – Montant de l'accord-cadre\nLe montant maximum est fixé, dans la limite de 30 000 € HT, pour la durée du marché."
    assert amounts(engine, valued).max_ht == 30000


def test_a_cap_on_the_orders_and_a_threshold_are_not_the_contract_s(engine):
    text = ("Le montant estimé du besoin dépassant les seuils européens (216 000 € HT), la consultation est lancée "
            "en appel d'offres ouvert. L'accord-cadre ne comporte aucun montant maximum ; les bons de commande "
            "sont toutefois plafonnés à 25 000 € HT chacun.")
    result = amounts(engine, text, "RC")
    assert result.max_ht is None
    assert result.estimated_ht is None


@pytest.mark.parametrize("text", [
    # kinds first seen on tests/data/blind_values_5.yml (written blind): a maximum said of each order or each
    # subsequent contract, in French and English; a bound the text says there is not; subcontracting in English
    "L'accord-cadre est conclu sans montant minimum ni montant maximum. Montant maximum par bon de commande : "
    "12 000 euros HT.",
    "The framework agreement is concluded without a minimum and without a maximum value. The maximum value of "
    "each specific contract (call-off) is EUR 80,000 excluding VAT.",
    "The framework agreement has no maximum amount. Subcontracting is allowed up to 30 % of the value, i.e. "
    "about EUR 45,000.",
])
def test_no_maximum_and_caps_per_order_give_no_maximum(engine, text):
    assert amounts(engine, text, "AVIS").max_ht is None


def test_a_label_answered_sans_still_lets_the_next_bound_count(engine):
    # « Mini : Sans » answers the minimum; the maximum after it is the lot's
    text = "Lot n° 1 - relevés Mini: Sans Maxi: 20 000 euro(s) HT"
    assert amounts(engine, text, "AVIS").max_ht == 20000
    listed = "Lot 1\nsans minimum\nmontant maximum : 45 000 euro(s) (H.T.)"
    assert amounts(engine, listed, "AVIS").max_ht == 45000


def test_a_caption_does_not_name_the_figures_of_a_table_whose_cells_say_ttc(engine):
    text = ("Montants de l'accord-cadre (exprimés toutes taxes comprises)\n| Lot | Minimum TTC | Maximum TTC |\n"
            "| 1 – Vêtements | 6 000 € | 48 000 € |\n| 2 – Chaussures | 2 400 € | 18 000 € |")
    result = amounts(engine, text)
    assert result.max_ht is None and result.estimated_ht is None


@pytest.mark.parametrize("text, doc_type", [
    # (blind_values_5) a budget including VAT, in English; the total of the price simulation
    ("VI.3) Additional information: The budget earmarked for this contract amounts to EUR 540,000 including VAT "
     "for the three school years.", "AVIS"),
    ("Le titulaire ne peut prétendre à aucune indemnité si le montant des commandes dépasse le montant du détail "
     "quantitatif estimatif (61 240,00 € HT), lequel n'a qu'une valeur indicative.", "CCAP"),
])
def test_a_budget_with_vat_and_a_price_simulation_are_no_estimate(engine, text, doc_type):
    result = amounts(engine, text, doc_type)
    assert result.estimated_ht is None and result.max_ht is None
    # an estimate made from the simulation is an estimate (tests/data/heldout_extraction_2.yml)
    made = "Le montant estimatif des prestations, établi sur la base du DQE, s'élève à 320 000 € HT."
    assert amounts(engine, made, "RC").estimated_ht == 320000


def test_the_price_of_an_offer_or_a_lump_sum_is_no_estimate(engine):
    # (issue #11: « montant global et forfaitaire » read as an estimate; dev_extraction dx-145; my own wording)
    assert amounts(engine, "Le présent marché est conclu pour un montant global et forfaitaire de 85 000 € HT.",
                   "AE").estimated_ht is None
    offer = ("B3 – Prix\nLe montant global et\nforfaitaire de l'offre s'élève à :\nMontant HT : 62 300,00 €\n"
             "Montant TTC : 74 760,00 €\n")
    assert amounts(engine, offer, "AE").estimated_ht is None
    # a lump-sum contract still has an estimate when the text gives one
    estimate = ("Le marché est traité à prix global et forfaitaire. Le montant prévisionnel des travaux est de "
                "275 000 € HT.")
    assert amounts(engine, estimate).estimated_ht == 275000
