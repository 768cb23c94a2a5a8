"""The estimated value a dossier states the hard ways (issue #11), read through the library entry point on whole
dossiers. The blind examples of each kind, written before its fix by a helper who had read no rule, are in
tests/data/blind_values_24 (d01, d08: a price schedule that is the buyer's estimate; d04: tranches « tous lots
confondus »; d09: a budget allotted to the contract; d11: hours of the next article; d05: a form's question on the
division answered on its line); these are other words for the same kinds, with the readings that must not change beside
them."""

from __future__ import annotations

from pathlib import Path

import clausecheck
from clausecheck.results import TenderResult


def _analysed(folder: Path, pieces: dict[str, str]) -> TenderResult:
    """The dossier of these pieces (file name: text), analysed whole."""
    folder.mkdir()
    for name, text in pieces.items():
        (folder / name).write_text(text, encoding="utf-8")
    return clausecheck.analyse_dossier([folder])


RC = """RÈGLEMENT DE LA CONSULTATION
Commune de Varennes-sur-Orge – aménagement de la place du Marché

ARTICLE 1 – OBJET
Travaux d'aménagement de la place du Marché. Le marché n'est pas alloti.
"""

ESTIMATE_SCHEDULE = """Commune de Varennes-sur-Orge
BORDEREAU DES PRIX ET DÉTAIL ESTIMATIF
Aménagement de la place du Marché
Estimation de l'administration – mars 2027 – document remis à titre d'information
Réf. | Ouvrage | Unité | Quantité | Prix unitaire | Total
A1 | Dépose de pavés | m2 | 900 | 12,00 | 10 800,00
A2 | Pavage granit | m2 | 900 | 71,50 | 64 350,00
A3 | Plantation d'arbres tige | u | 14 | 865,00 | 12 110,00
Sous-total HT | 87 260,00
Total H.T. : 87 260,00
TVA (20 %) : 17 452,00
Total T.T.C. : 104 712,00
"""

BLANK_SCHEDULE = """Commune de Varennes-sur-Orge
DÉTAIL QUANTITATIF ESTIMATIF – cadre à compléter par le candidat
Réf. | Ouvrage | Unité | Quantité | Prix unitaire | Total
A1 | Dépose de pavés | m2 | 900 | |
A2 | Pavage granit | m2 | 900 | |
Exemple de présentation : Total HT 1 000,00
"""


def test_a_schedule_titled_as_the_administration_s_estimate_gives_its_total_before_tax(tmp_path):
    """Its total line has no currency sign; its title says whose figures they are: the buyer's estimate."""
    tender = _analysed(tmp_path / "estimate", {"RC_VSO-27.txt": RC, "DQE_VSO-27.txt": ESTIMATE_SCHEDULE})
    assert tender.amounts.estimated_ht == 87_260


def test_a_schedule_left_for_the_candidates_gives_no_estimate(tmp_path):
    tender = _analysed(tmp_path / "blank", {"RC_VSO-27.txt": RC, "DQE_VSO-27.txt": BLANK_SCHEDULE})
    assert tender.amounts.estimated_ht is None


def test_a_budget_given_to_this_contract_is_its_estimate(tmp_path):
    tender = _analysed(tmp_path / "budget", {"RC_VSO-27.txt": RC + (
        "\nARTICLE 4 – MONTANT\nLe budget consacré au présent marché s'élève à 150 000 € HT, toutes prestations "
        "comprises.\n")})
    assert tender.amounts.estimated_ht == 150_000


def test_the_buyer_s_own_budget_for_a_service_is_still_no_estimate(tmp_path):
    tender = _analysed(tmp_path / "service", {"RC_VSO-27.txt": RC + (
        "\nARTICLE 4 – CONTEXTE\nLe budget annuel consacré par la commune à l'entretien de ses voiries est de "
        "640 000 €.\n")})
    assert tender.amounts.estimated_ht is None


def test_tranches_given_over_every_lot_add_up(tmp_path):
    """« … pour la tranche conditionnelle, tous lots confondus »: each figure is one tranche's over all lots."""
    tender = _analysed(tmp_path / "tranches", {"RC_VSO-27.txt": RC + (
        "\nARTICLE 4 – MONTANT PRÉVISIONNEL\nLe montant prévisionnel des travaux s'élève à 800 000 € HT pour la "
        "tranche ferme et à 200 000 € HT pour la tranche conditionnelle, tous lots confondus.\n")})
    assert tender.amounts.estimated_ht == 1_000_000


CCAP_HOURS = """CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES
Maintenance des portes automatiques des bâtiments communaux

Article 5 – Action d'insertion
Le titulaire consacre au moins 300 heures de travail à l'emploi de personnes rencontrant des difficultés
sociales ou professionnelles, par embauche directe ou mise à disposition par une structure d'insertion.
Article 6 – Délais d'intervention
Porte restée hors service plus de 72 heures sans intervention : pénalité de 150 € HT par jour.
"""


def test_the_hours_of_the_next_article_are_no_insertion_hours(tmp_path):
    tender = _analysed(tmp_path / "hours", {"CCAP_VSO-28.txt": CCAP_HOURS})
    assert tender.insertion_hours == 300


def test_hours_in_a_sub_section_of_the_insertion_article_still_count(tmp_path):
    text = ("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES\n\nArticle 7 – Clause sociale d'insertion\n"
            "7.1 Publics\nLes personnes éloignées de l'emploi orientées par le facilitateur du PLIE.\n"
            "7.2 Volume\nLe titulaire réalise 450 heures d'insertion sur la durée du marché.\n"
            "Article 8 – Pénalités\nRetard de livraison : 100 € par jour.\n")
    tender = _analysed(tmp_path / "sub", {"CCAP_VSO-29.txt": text})
    assert tender.insertion_hours == 450


def test_a_form_s_question_on_the_division_answered_on_its_line(tmp_path):
    """« … divisé en lots ? Non. » (blind_values_24 d05), in other words and in English: not divided."""
    tender = _analysed(tmp_path / "form", {"AVIS_VSO-30.txt": (
        "AVIS D'APPEL PUBLIC À LA CONCURRENCE\nSection 4 : Identification. Intitulé : nettoyage des vitres des écoles.\n"
        "Ce contrat est-il décomposé en lots ? Non.\nIs this contract divided into lots? No.\n")})
    assert tender.allotment.divided is False
