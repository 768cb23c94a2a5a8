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
