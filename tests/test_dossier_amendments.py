"""What a later piece changes in a dossier's figures, read through the library entry point on whole dossiers
(issue #11). The blind example of each kind, written before its fix, is in tests/data/blind_values_23 (d01); these are
other words for the same kinds."""

from __future__ import annotations

from pathlib import Path

import clausecheck
from clausecheck.results import TenderResult

CCAP = """CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES
Entretien des installations de chauffage – accord-cadre à bons de commande

ARTICLE 3 – DURÉE ET MONTANTS
L'accord-cadre est conclu pour une période initiale d'un an, reconductible tacitement trois fois par période d'un an.
Le montant maximum des commandes est de 50 000 € HT pour chaque période, soit 200 000 € HT pour toute la durée de
l'accord-cadre.
"""
NOTICE_HEAD = """AVIS RECTIFICATIF
Objet de l'avis initial : entretien des installations de chauffage
Modifications apportées :
"""


def _analysed(folder: Path, pieces: dict[str, str]) -> TenderResult:
    """The dossier of these pieces (file name: text), analysed whole."""
    folder.mkdir()
    for name, text in pieces.items():
        (folder / name).write_text(text, encoding="utf-8")
    return clausecheck.analyse_dossier([folder])


def _dossier(folder: Path, correction: str) -> TenderResult:
    return _analysed(folder, {"CCAP_2027-14.txt": CCAP, "AVIS_RECTIFICATIF_2027-14.txt": NOTICE_HEAD + correction})


def test_a_correction_of_one_named_period_changes_that_period_only(tmp_path):
    """« Au lieu de : 3e reconduction – … 50 000 € HT / Lire : … 40 000 € HT » beside a CCAP's 4 × 50 000 € HT: the
    total with that period's new figure (200 000 − 50 000 + 40 000), not the new figure times every period."""
    tender = _dossier(tmp_path / "one", "Au lieu de : 3e reconduction – montant maximum 50 000 € HT\n"
                                        "Lire : 3e reconduction – montant maximum 40 000 € HT\n"
                                        "Les autres périodes sont inchangées.\n")
    assert tender.amounts.max_ht == 190_000
    assert "une période sur 4 remplacée" in tender.amounts.note


def test_a_correction_of_every_period_changes_them_all(tmp_path):
    tender = _dossier(tmp_path / "each", "Au lieu de : montant maximum par période : 50 000 € HT\n"
                                         "Lire : montant maximum par période : 40 000 € HT\n")
    assert tender.amounts.max_ht == 160_000


def test_one_named_period_s_new_figure_alone_replaces_that_period_of_equal_ones(tmp_path):
    """The correction gives only the new figure of one period (« … de la deuxième reconduction est abaissé à … »), the
    CCAP one figure for every period and the RC their number: the total with that period's new figure
    (4 × 30 000 − 30 000 + 12 000)."""
    tender = _analysed(tmp_path / "alone", {
        "RC_2027-15.txt": "RÈGLEMENT DE LA CONSULTATION\n\nARTICLE 2 – DURÉE\nL'accord-cadre est conclu pour un an, "
                          "reconductible trois fois par période d'un an.\n",
        "CCAP_2027-15.txt": "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES\n\nARTICLE 4 – MONTANTS\nLe montant maximum "
                            "est fixé à 30 000 € HT par période.\n",
        "AVIS_RECTIFICATIF_2027-15.txt": NOTICE_HEAD + "Le montant maximum de la deuxième reconduction est abaissé à "
                                                       "12 000 € HT ; les autres périodes ne sont pas modifiées.\n"})
    assert tender.amounts.max_ht == 102_000


def test_the_new_figure_said_first_then_the_old_one_after_au_lieu_de():
    """« il convient de lire : 69 000 € HT sur trois ans, au lieu de 96 000 € HT » (blind_values_23 d07, an erratum
    that gives no new total): the pair is (old, new), whatever order the sentence says them in."""
    from clausecheck.extraction.replacements import figure_replacements

    text = "Pour le lot 2 « Menuiseries », il y a lieu de lire 45 000 € HT pour la durée du marché, au lieu de 54 000 € HT."
    assert figure_replacements(text, text.lower()) == [(54_000, 45_000)]
    text = "Au lieu de : « lot 2 : 54 000 € HT »\nLire : « lot 2 : 45 000 € HT »"
    assert figure_replacements(text, text.lower()) == [(54_000, 45_000)]


def test_a_lot_a_correction_removes_leaves_the_sum_and_the_count(tmp_path):
    """The RC's lots table adds up the maximum; a correction takes lot 3 out (« Le lot n° 3 … est supprimé de la
    consultation ») and says the new count (« comporte donc désormais deux lots ») but no new maximum: the sum without
    lot 3, and two lots (blind_values_23 d05 is the blind example)."""
    tender = _analysed(tmp_path / "removed", {
        "RC_2027-16.txt": "RÈGLEMENT DE LA CONSULTATION\n\nARTICLE 3 – ALLOTISSEMENT\nLe marché est divisé en trois lots :\n"
                          "Lot | Désignation | Montant maximum HT\n1 | Papeterie | 40 000 €\n2 | Consommables | 25 000 €\n"
                          "3 | Mobilier | 60 000 €\nTotal | | 125 000 €\n",
        "AVIS_RECTIFICATIF_2027-16.txt": NOTICE_HEAD + "Le lot n° 3 « Mobilier » est supprimé de la consultation ; il sera "
                                                       "relancé plus tard. La consultation comporte donc désormais deux lots.\n"})
    assert tender.amounts.max_ht == 65_000
    assert tender.allotment.lot_count == 2
