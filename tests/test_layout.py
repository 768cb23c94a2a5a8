"""Layout repairs for reading values (clausecheck/layout.py): figures cut by a line end, running
headers inside a sentence, table rows continued over the next line — and the numbers that must stay
apart. Every repaired character maps back to where it stands in the original text."""

from __future__ import annotations

import pytest

from clausecheck.layout import repair_layout


def repaired(text: str) -> str:
    out, mapping = repair_layout(text)
    if mapping is not None:
        assert len(mapping) == len(out) + 1
        for i, ch in enumerate(out):
            if ch not in " \n":
                assert text[mapping[i]] == ch  # every kept character maps back to itself
    return out


@pytest.mark.parametrize("text, figure", [
    ("le titulaire réserve un volume d'au moins 2\n400 heures sur la durée", "2 400 heures"),
    ("est estimé à 1 250\n000 € HT pour trois ans", "1 250 000 € HT"),
    ("devra réaliser 3\nVille de Saint-Brieuc – Règlement de la consultation – page 5/11\n500 heures", "3 500 heures"),
    ("est estimée à 845\n– 3 –\n000 € HT.", "845 000 € HT"),
    ("s'élèvent à 10\n 000 heures, dont", "10 000 heures"),
    ("Nombre d'heures d'insertion : 4\n200\nDate limite", "4 200"),
    ("montant de 98 500\n000,00 €", "98 500 000,00 €"),
    # (blind_values_10) past the footer, the page break and the next page's running header, which only its
    # repetition tells
    ("Métropole – Gardiennage – CCAP\nIl s'engage à réaliser 2\nRDM-2027 – CCAP Page 1 / 2\n\f\n"
     "Métropole – Gardiennage – CCAP\n300 heures d'insertion.", "2 300 heures"),
    # (blind_values_10 d15) lots counted are no lot's number: a total row's cell cut over two lines
    ("Total Deux lots 1\n500 heures\n750 000", "1 500 heures"),
])
def test_cut_figures_are_joined(text, figure):
    assert figure in repaired(text)


@pytest.mark.parametrize("text, apart", [
    ("Les montants : Lot 1 : 80 000 € HT ; Lot 3\n150 000 € HT.", "Lot 3\n150 000"),
    ("Nombre de lots : 3\n200 heures d'insertion par lot", "3\n200"),
    ("Les heures des lots 2\n300 heures pour le lot 3.", "lots 2\n300"),
    ("conformément à l'article 3\n500 heures sont réservées", "article 3\n500"),
    ("Tranche optionnelle 2\n150 000 € HT", "2\n150 000"),
    ("saison\n2025\n300 heures d'insertion", "2025\n300"),
    ("au moins\nCA du Grand Albigeois – CCAP travaux – page 3 sur 12\n600 heures", "600 heures"),
    ("2\n400 heures", "2\n400"),  # a number alone on its line is a list or page number
    ("voir le lot n° 12\n000 du bordereau", "12\n000"),
    ("un montant de 1,5\n000 pièces", "1,5\n000"),
    # the figure at the top of the next page names no unit: it is no thousands
    ("Métropole – CCAP\nIl s'engage à réaliser 2\nRDM – CCAP Page 1 / 2\n\f\nMétropole – CCAP\n300 agents formés.",
     "300 agents"),
])
def test_numbers_that_number_something_stay_apart(text, apart):
    out = repaired(text)
    assert apart in out
    if "Grand Albigeois" in text:
        assert "12 600" not in out and "12600" not in out


def test_running_header_inside_a_sentence_is_left_out():
    text = ("Le montant maximum de l'accord-cadre est fixé à :\nCCAP – Commune de Lunel – page 4\n"
            "250 000 € HT pour la durée totale.")
    assert repaired(text) == ("Le montant maximum de l'accord-cadre est fixé à :\n250 000 € HT pour la durée "
                              "totale.")


def test_table_rows_continued_on_the_next_line_are_one_row():
    text = ("Lot | Désignation | Heures d'insertion\n01 | VRD – terrasse- | 1\n | ments généraux | 100\n"
            "02 | Gros œuvre | 2 300")
    out, mapping = repair_layout(text)
    assert "01 | VRD – terrassements généraux | 1 100\n02 | Gros œuvre | 2 300" in out
    start = out.index("1 100")
    assert text[mapping[start]:mapping[start + 4] + 1] == "1\n | ments généraux | 100"  # evidence: both pieces


def test_nothing_to_repair_gives_no_map():
    assert repair_layout("Le marché n'est pas alloti.\nDurée : 12 mois.") == (
        "Le marché n'est pas alloti.\nDurée : 12 mois.", None)


def test_framed_table_rows_are_rows_not_continuations():
    """« | 1 | … | » opens with an empty piece before its bar: that is the frame, not an empty first cell
    (kind seen on tests/data/blind_values.yml, where every row was merged into the header)."""
    text = ("| Lot | Objet | Montant maximum HT |\n| 1 | Voirie | 80 000 € |\n| 2 | Éclairage public | 20 000 € |\n"
            "| Total | | 100 000 € |")
    assert repair_layout(text)[0] == text
    wrapped = "| Lot | Objet | Montant |\n| 1 | Terrasse- | 64 000 € |\n|   | ments généraux |   |"
    assert "| 1 | Terrassements généraux | 64 000 € |" in repair_layout(wrapped)[0]


# ------------------------------------------------------------------ tables without bars (layout.text_tables)
from clausecheck.tables import text_tables  # noqa: E402


def cell_texts(text: str) -> list[list[list[str]]]:
    return [[[text[a:b] for a, b in row] for row in table] for table in text_tables(text)]


@pytest.mark.parametrize("text, expected", [
    # an unruled PDF table as its text comes out: one space between cells, the figures told apart by their groups
    ("Lot Intitulé Montant max HT Montant max TTC\n01 Reliure et dorure 50 000,00 60 000,00\n"
     "02 Restauration de registres 25 000,00 30 000,00\n(montants en euros)",
     [[["Lot", "Intitulé", "Montant max HT", "Montant max TTC"], ["01", "Reliure et dorure", "50 000,00", "60 000,00"],
       ["02", "Restauration de registres", "25 000,00", "30 000,00"]]]),
    # no heading over the rows' labels; a total row
    ("Minimum HT Maximum HT\nLot 1 – Signalisation verticale 10 000 € 100 000 €\n"
     "Lot 2 – Mobilier de voirie 5 000 € 60 000 €\nTOTAL 15 000 € 160 000 €",
     [[["", "Minimum HT", "Maximum HT"], ["Lot 1 – Signalisation verticale", "10 000 €", "100 000 €"],
       ["Lot 2 – Mobilier de voirie", "5 000 €", "60 000 €"], ["TOTAL", "15 000 €", "160 000 €"]]]),
    # « 1 150 600 » under « Lot », two hours columns: lot 1, 150 and 600
    ("Lot Heures d'insertion / an Heures d'insertion sur 4 ans\n1 150 600\n2 100 400",
     [[["Lot", "Heures d'insertion / an", "Heures d'insertion sur 4 ans"], ["1", "150", "600"], ["2", "100", "400"]]]),
    # one cell per line, a total row whose label spans two columns
    ("Lot\nDésignation\nMontant maximum HT\nLot 1\nNettoyage\n45 000 €\nLot 2\nEspaces verts\n30 000 €\nTotal\n75 000 €",
     [[["Lot", "Désignation", "Montant maximum HT"], ["Lot 1", "Nettoyage", "45 000 €"], ["Lot 2", "Espaces verts", "30 000 €"],
       ["Total", "", "75 000 €"]]]),
    # « dont » opens a header cell in lower case: the part of the column before it
    ("Lot Heures d'insertion dont heures de formation\n1 600 70\n2 400 35",
     [[["Lot", "Heures d'insertion", "dont heures de formation"], ["1", "600", "70"], ["2", "400", "35"]]]),
    # one cell per line, the figures' heading wrapped in its column (blind_values_8, my own wording): its second
    # line opens in lower case, on a bracket or on « HT »
    ("N°\nPrestation\nMontant estimé\n(en € HT)\n1\nCurage\n12 000\n2\nInspection\n8 000",
     [[["N°", "Prestation", "Montant estimé\n(en € HT)"], ["1", "Curage", "12 000"], ["2", "Inspection", "8 000"]]]),
    ("Lot\nObjet\nMaximum\nHT (€)\n1\nPapier\n9 000\n2\nEnveloppes\n4 000",
     [[["Lot", "Objet", "Maximum\nHT (€)"], ["1", "Papier", "9 000"], ["2", "Enveloppes", "4 000"]]]),
    # rows keyed by years; a caption above the heading that would make « 300 » a row's key is no column: the
    # rows' keys are of one kind
    ("Heures prévues par année\nAnnée\nHeures\n2027\n300\n2028\n300\n2029\n250\nTotal\n850",
     [[["Année", "Heures"], ["2027", "300"], ["2028", "300"], ["2029", "250"], ["Total", "850"]]]),
    # a caption above the heading is no column, and a heading opening on a capital word is a column of its own
    ("Tableau 4 - Montants des lots\nLot\nObjet\nMinimum HT\nMaximum HT\n1\nPapier\n1 000 €\n9 000 €\n2\nEncre\n"
     "500 €\n4 000 €",
     [[["Lot", "Objet", "Minimum HT", "Maximum HT"], ["1", "Papier", "1 000 €", "9 000 €"], ["2", "Encre", "500 €", "4 000 €"]]]),
])
def test_tables_without_bars_are_read_by_column(text, expected):
    assert cell_texts(text) == expected


def test_a_page_number_alone_on_its_line_is_furniture():
    from clausecheck.tables import is_page_furniture

    assert is_page_furniture("– 3 –") and is_page_furniture("2 / 6") and is_page_furniture("12/40")
    assert not is_page_furniture("Lot 2 / 6 postes") and not is_page_furniture("1 200")


def test_a_table_whose_columns_came_one_after_the_other():
    # (blind_values_8; my own wording) the lots, the figures' heading, then as many figures in the same order
    text = "Lot 1 - Papier\nLot 2 - Enveloppes\nLot 3 - Toner\nMontant estimé HT\n12 000 €\n4 500 €\n8 000 €\nSuite."
    assert cell_texts(text) == [[["", "Montant estimé HT"], ["Lot 1 - Papier", "12 000 €"], ["Lot 2 - Enveloppes", "4 500 €"],
                                 ["Lot 3 - Toner", "8 000 €"]]]
    # not when the figures are fewer than the lots, nor under a heading that names no value
    assert cell_texts("Lot 1 - Papier\nLot 2 - Toner\nMontant estimé HT\n12 000 €\nSuite du texte.") == []
    assert cell_texts("Lot 1 - Papier\nLot 2 - Toner\nCalendrier\n12 000 €\n4 500 €") == []


@pytest.mark.parametrize("text", [
    # prose that ends its lines on numbers is no table
    "Le Titulaire réalise les prestations dans un délai de 30\njours à compter de la notification, article 12\n"
    "du CCAP, et au plus tard le 15",
    # « 1 600 70 » under « Lot Heures d'insertion » (one value column): lot 1, 600 70? or lot 1 600, 70? no reading
    "Lot Heures d'insertion\n1 600 70\n2 400 35",
    # a label line ending in « : » heads a list, not a table
    "Renseignements relatifs aux lots :\nLot n°1 :\nETANCHEITE\nLot n°2 :\nCLOTURE",
])
def test_what_is_not_a_table_without_bars(text):
    assert text_tables(text) == []
