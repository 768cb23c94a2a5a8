"""Extraction on hand-written fixtures: French numbers, HT/TTC, lots, allotment, amounts, requirements."""

from __future__ import annotations

import json

import pytest

from clausecheck.extraction import extract
from clausecheck.extraction.lottable import table_lots
from clausecheck.extraction.numbers import find_amounts, parse_amount, parse_number, words_to_number
from clausecheck.extraction.textscan import Scanner
from clausecheck.model import Document, Page, StructuredField
from clausecheck.outputs.json_output import to_jsonable


def make_doc(*pages: str, path: str = "d/doc.txt", fmt: str = "txt", fields=None, tables=None) -> Document:
    doc = Document(path=path, dossier="d", format=fmt)
    for i, text in enumerate(pages, 1):
        doc.pages.append(Page(number=i, raw_text=text, text=text, tables=(tables or {}).get(i, [])))
    doc.fields = fields or []
    doc.finalise_text()
    return doc


@pytest.mark.parametrize("text,value", [
    ("1 083 333,33 €", 1083333.33),
    ("6,5 M€", 6_500_000),
    ("500 k€", 500_000),
    ("six cent mille euros", 600_000),
    ("2 200 000.00 EUR", 2_200_000),
    ("1.500.000 €", 1_500_000),
    ("80 000euro(s) H.T", 80_000),
    ("deux millions cinq cent mille euros", 2_500_000),
    ("quatre-vingt-dix mille euros", 90_000),
    ("420,000 EUR", 420_000),
    ("3 millions d'euros", 3_000_000),
])
def test_french_number_forms(text, value):
    assert parse_amount(text) == pytest.approx(value)


def test_parse_number_and_words():
    assert parse_number("6 666 666,67") == pytest.approx(6666666.67)
    assert parse_number("350000") == 350000
    assert words_to_number("trois") == 3
    assert words_to_number("vingt et un") == 21


def test_ht_ttc_markers():
    found = find_amounts("Montant : 120 000 € HT soit 144 000 € TTC ; Valeur hors TVA : 50 000 euros")
    assert [(a.value, a.tax) for a in found] == [(120000, "HT"), (144000, "TTC"), (50000, "HT")]


def test_ttc_never_reported_as_ht():
    facts = extract(make_doc("Le montant estimé du marché est de 240 000 € TTC."))
    assert facts.amounts.estimated_ht is None
    assert "TTC" in facts.amounts.note


def test_ht_and_ttc_both_given():
    facts = extract(make_doc("Le montant estimé du marché est de 200 000 € HT, soit 240 000 € TTC."))
    assert facts.amounts.estimated_ht == 200000
    assert facts.amounts.evidence[0].quote.startswith("200 000")


def test_amount_missing():
    facts = extract(make_doc("Objet du marché : nettoyage des locaux.\nLe marché n'est pas alloti car les prestations sont indissociables."))
    assert facts.amounts.estimated_ht is None and facts.amounts.max_ht is None
    assert facts.allotment.divided is False
    assert "indissociables" in facts.allotment.no_division_reason
    json.dumps(to_jsonable(facts))


def test_annual_maximum_times_renewals():
    text = ("Accord-cadre à bons de commande. Montant maximum annuel : 100 000 euro(s) HT.\n"
            "Le marché est conclu pour une période initiale d'un (1) an. Il peut être reconduit par reconduction tacite, "
            "à trois (3) reprises.\nCe marché est divisé en lots : non")
    facts = extract(make_doc(text))
    assert facts.amounts.max_ht == 400000
    assert "annuel" in facts.amounts.note
    assert facts.allotment.divided is False


def test_period_maximum_identical_for_renewals():
    text = ("Montant total des prestations pour la période initiale de l'accord-cadre (montant identique pour chaque "
            "période de reconduction) : Minimum HT 5 000,00 euro(s) : Maximum HT 200 000,00 euro(s)\n"
            "Nombre de périodes de reconduction fixé à 1, durée de chaque période de reconduction de 1 an.")
    facts = extract(make_doc(text))
    assert facts.amounts.max_ht == 400000
    assert facts.amounts.min_ht == 10000


def test_form_duration_covering_renewals_by_yearly_periods():
    """« Durée en mois : 36 » with yearly renewals « pour une durée maximale de reconduction de 2 ans »:
    36 months is the whole duration (1 + 2 periods of a year), and the renewals' length is not the total."""
    text = ("II.2.7) Durée du marché, de l'accord-cadre ou du système d'acquisition dynamique\nDurée en mois : 36\n"
            "Ce marché peut faire l'objet d'une reconduction : oui\n"
            "Description des modalités ou du calendrier des reconductions : L'accord-cadre peut être reconduit par période "
            "successive de 1 an pour une durée maximale de reconduction de 2 ans.\n"
            "II.2.14) Informations complémentaires : Montant maximum annuel : 50 000,00 Euros H.T.\n")
    facts = extract(make_doc(text))
    assert facts.amounts.max_ht == 150000


@pytest.mark.parametrize("text, months", [
    ("Le délai global d'exécution des travaux est de quatorze (14) mois à compter de l'ordre de service.", 14),
    ("Délai d'exécution : 6 mois", 6),
    ("Le marché est conclu pour une durée de douze mois.", 12),
    ("Le délai d'exécution de chaque bon de commande est de 2 mois.", None),  # an order's delay, not the contract's
    ("Le délai de paiement est de 30 jours.", None),
    # (blind_values_10 d07, written before the fix) the term as two dates, said of the contract
    ("Le marché est exécuté du 1er septembre 2027 au 31 août 2030. Il n'est pas reconductible.", 36),
    ("L'accord-cadre couvre la période du 01/01/2027 au 31/12/2027.", 12),
    # dates of something else: a visit, the school holidays
    ("La visite des sites aura lieu du 3 mars 2026 au 5 mars 2026.", None),
    ("Les prestations sont suspendues pendant les vacances, du 6 juillet 2027 au 31 août 2027.", None),
])
def test_duration_of_the_contract(text, months):
    duration = extract(make_doc(text)).duration_months
    assert (duration and duration.value) == months


def test_amount_for_initial_and_each_renewal_period():
    """A figure « pour la période initiale et chaque période de reconduction annuelle » counts once per period,
    even when the first period is shorter than a year; « trois (03) ans » of renewals are three renewals."""
    text = ("Durée en mois : 6\nLe marché sera conclu pour une période allant de sa date de notification jusqu'au "
            "31 décembre. Il pourra être renouvelé par période successive d'un (01) an pour une durée maximale de "
            "reconduction de trois (03) ans.\nLe marché sera conclu pour la période initiale et chaque période de "
            "reconduction annuelle pour un montant minimum de 40.000 EUR H.T et un montant maximum de 130.000 EUR H.T\n")
    facts = extract(make_doc(text))
    assert facts.amounts.max_ht == 520000


def test_renewable_with_adverb_and_capitalised_euro():
    text = ("Durée : 12 mois à compter de la notification, renouvelable tacitement deux fois pour une durée de 12 mois.\n"
            "Montant maximum par période : 30 000 Euro HT.")
    facts = extract(make_doc(text))
    assert facts.amounts.max_ht == 90000


def test_fresh_produce_lot_is_not_a_fee_and_previous_contract_is_not_the_value():
    facts = extract(make_doc("- lot n° 1 « Produits frais » : montant maximum de 40 000 € HT ;\n"
                             "- lot n° 2 « Épicerie » : montant maximum de 20 000 € HT.\n"))
    assert facts.amounts.max_ht == 60000
    facts = extract(make_doc("Les frais de déplacement sont estimés à 2 000 € HT.\n"
                             "Le montant des commandes du précédent marché s'est élevé à 85 000 € HT.\n"))
    assert facts.amounts.estimated_ht is None


def test_an_earlier_contract_named_in_the_sentence_is_not_this_ones_value():
    """The kind of tests/data/blind_values.yml bv-027 (written before the fix): the earlier contract is the
    sentence's subject, several words before « montant maximum »; a sentence setting this contract against
    it keeps the figure."""
    facts = extract(make_doc("Pour information, le précédent marché (n° 2021-07) était conclu avec un\n"
                             "montant maximum de 300 000 € HT ; les commandes réalisées se sont élevées à\n"
                             "254 310 € HT.\nLe nouvel accord-cadre est conclu sans montant minimum ni maximum.\n"))
    assert facts.amounts.max_ht is None
    facts = extract(make_doc("Contrairement au marché précédent, le présent accord-cadre est conclu avec un "
                             "montant maximum de 180 000 € HT sur sa durée totale.\n"))
    assert facts.amounts.max_ht == 180000


def test_text_table_with_pipes_and_bare_lot_numbers():
    text = ("Lot | Désignation | Estimation HT\n1 | Terrassement – VRD | 145 000,00 €\n"
            "2 | Gros œuvre | 410 000,00 €\n3 | Menuiseries extérieures | 95 000,00 €\n")
    facts = extract(make_doc(text))
    assert facts.allotment.divided is True and facts.allotment.lot_count == 3
    assert facts.amounts.estimated_ht == 650000


@pytest.mark.parametrize("text,divided,count", [
    ("Le présent marché est un marché unique ne faisant pas l'objet d'un allotissement.", False, None),
    ("La présente consultation ne comporte pas de lots.", False, None),
    ("Dévolution en lots séparés : non", False, None),
    ("Lots :\n01 - Terrassements généraux\n02 - Gros œuvre\n03 - Étanchéité\n", True, 3),
])
def test_allotment_wordings(text, divided, count):
    allotment = extract(make_doc(text)).allotment
    assert (allotment.divided, allotment.lot_count) == (divided, count)


@pytest.mark.parametrize("text,maximum", [
    ("L'accord-cadre est passé pour un montant maximum de 90 000 € HT par an pendant 4 ans.", 360000),
    ("Le marché est alloti en deux lots.\nLe montant maximum est de 100 000 € HT pour le lot 1 et de 40 000 € HT pour le lot 2.",
     140000),
    ("Les montants minimum et maximum de l'accord-cadre, pour sa durée totale, sont respectivement de 10 000 € HT "
     "et 90 000 € HT.", 90000),
    ("La durée du marché est de 3 ans. Le maximum annuel est de 70 000 € HT.", 210000),
])
def test_maximum_wordings(text, maximum):
    assert extract(make_doc(text)).amounts.max_ht == maximum


@pytest.mark.parametrize("text,estimated,maximum", [
    ("Montant estimé (€ HT) : 450 000", 450000, None),
    ("Montant estimatif HT en euros : 98 500,00", 98500, None),
    ("Montant estimé (€ TTC) : 120 000", None, None),
    ("Estimation globale : 1 200 000 € HT, dont lot 1 : 700 000 € HT et lot 2 : 500 000 € HT.", 1200000, None),
    ("Le montant des prestations sous-traitées ne peut excéder 30 000 € HT.", None, None),
    ("Le montant maximum des bons de commande est de 15 000 € HT par bon de commande.", None, None),
])
def test_amount_label_and_cap_wordings(text, estimated, maximum):
    amounts = extract(make_doc(text)).amounts
    assert (amounts.estimated_ht, amounts.max_ht) == (estimated, maximum)


def test_lots_known_from_their_figures():
    """Each lot 1..n named in prose with its own figure: the contract is divided into n lots."""
    allotment = extract(make_doc("Estimation globale : 1 200 000 € HT, dont lot 1 : 700 000 € HT et lot 2 : 500 000 € HT.")).allotment
    assert (allotment.divided, allotment.lot_count) == (True, 2)


def test_sum_over_lots_and_lot_numbers():
    text = ("Ce marché est divisé en lots : oui\n"
            "Lot nº : 1\nIntitulé : Espaces verts\nValeur hors TVA : 100 000 euros\n"
            "Lot nº : 2\nIntitulé : Nettoyage\nValeur hors TVA : 40 000 euros\n")
    facts = extract(make_doc(text))
    assert (facts.allotment.divided, facts.allotment.lot_count) == (True, 2)
    assert facts.amounts.estimated_ht == 140000
    assert [lot.number for lot in facts.lots] == [1, 2]
    assert facts.lots[1].estimated_ht == 40000


def test_total_value_wins_over_lots():
    text = ("II.1.5) Valeur totale estimée\nValeur hors TVA : 500 000 euros\nCe marché est divisé en lots : oui\n"
            "Lot nº : 1\nValeur hors TVA : 300 000 euros\nLot nº : 2\nValeur hors TVA : 200 000 euros\n")
    assert extract(make_doc(text)).amounts.estimated_ht == 500000


@pytest.mark.parametrize("text,count", [
    ("La consultation est décomposée en six lots.", 6),
    ("Le marché est passé en deux lots séparés.", 2),
    ("Allotissement : 11 lots", 11),
    ("Lot n°1 : Maçonnerie\nLot n°2 : Peinture\nLot n°3 : Électricité", 3),
    # a sentence naming some lots is not the count
    ("Les lots 2 et 4 sont réservés aux structures d'insertion par l'activité économique (L2113-13).\n", None),
    ("Le marché est divisé en 5 lots.\nLes lots 2 et 4 sont réservés aux SIAE (L2113-13).\n", 5),
    ("Les offres peuvent porter sur les lots 1, 2 et 3.\n", 3),
])
def test_lot_count_from_text(text, count):
    facts = extract(make_doc(text))
    assert facts.allotment.divided is True
    assert facts.allotment.lot_count == count


def test_one_lot_of_divided_contract():
    facts = extract(make_doc("CCTP\nLot 2 : Grands équipements d'agglomération\nSurveillance des sites."))
    assert facts.allotment.divided is True
    assert facts.allotment.lot_count is None


def test_tranches_are_not_lots():
    facts = extract(make_doc("Le marché comporte une tranche ferme et deux tranches optionnelles (tranche 1 et tranche 2)."))
    assert facts.allotment.divided is None
    assert facts.lots == []


@pytest.mark.parametrize("text, estimated", [
    # the base solution and its options (PSE) add up into the estimate (blind_values_8; my own wording)
    ("La solution de base est estimée à 200 000 € HT.\nLa PSE 1 (éclairage LED) est estimée à 18 000 € HT.\nOption n° 2 "
     "(clôture) : montant estimé de 7 000 € HT.", 225000),
    # alone, the base solution is the contract's estimate
    ("Le montant de la solution de base est estimé à 90 000 € HT. Aucune variante n'est admise.", 90000),
    # a stated total, options included, is taken as stated
    ("Montant total estimé, options comprises : 240 000 € HT. Solution de base : 200 000 € HT ; PSE 1 : 40 000 € HT.",
     240000),
    # each part named after its figure, in one sentence (issue #11: options added to the estimate; my own wording)
    ("Le montant estimé est de 200 000 € HT pour la solution de base et de 30 000 € HT pour la PSE n° 1.", 230000),
    ("Le montant estimé du marché est de 200 000 € HT pour la tranche ferme et de 50 000 € HT pour la tranche "
     "optionnelle.", 250000),
    # lots named after their figures still add up as lots
    ("Montant estimé : 120 000 € HT pour le lot 1 et 80 000 € HT pour le lot 2.", 200000),
])
def test_options_add_up_into_the_estimate(text, estimated):
    assert extract(make_doc(text)).amounts.estimated_ht == estimated


@pytest.mark.parametrize("text, maximum", [
    # the members of a groupement each with their maximum, under the paragraph whose last sentence opens the list
    # (blind_values_8; my own wording)
    ("Le groupement réunit trois communes (convention du 2 mars 2027). Les maximums des commandes de chaque "
     "membre, pour toute la durée de l'accord-cadre, sont :\n- Commune de Lérins : 50 000 € HT ;\n- Commune "
     "d'Arbas : 30 000 € HT ;\n- SIVU des Trois Vallées : 20 000 € HT.", 100000),
    # items that say what their figure is are no parts: the whole term's figure is the maximum
    ("Les montants de l'accord-cadre sont les suivants :\n- montant maximum annuel : 50 000 € HT ;\n- montant "
     "maximum sur la durée totale : 200 000 € HT.", 200000),
])
def test_list_items_that_name_whose_figure_add_up(text, maximum):
    assert extract(make_doc(text)).amounts.max_ht == maximum


def test_a_total_followed_by_its_breakdown_by_lot_is_the_contract_s():
    # (blind_values_9; my own wording) the notice's lots come first, then the total with its breakdown in brackets
    text = ("Lot n° 1 : Vitrerie\nLot n° 2 : Sols\nVI.3) Informations complémentaires : montant maximum de l'accord-cadre "
            "sur sa durée totale : 900 000 EUR HT (lot 1 : 500 000 EUR HT ; lot 2 : 400 000 EUR HT).")
    assert extract(make_doc(text)).amounts.max_ht == 900000


def test_a_column_of_caps_on_one_order_is_no_amount_of_the_lots():
    text = ("Lot | Intitulé | Maximum sur 48 mois (k€ HT) | Plafond d'un bon de commande (k€ HT)\n"
            "1 | Postes | 480 | 60\n2 | Écrans | 260 | 25\n")
    amounts = extract(make_doc(text)).amounts
    assert amounts.max_ht == 740000 and amounts.estimated_ht is None


def test_a_cap_on_one_order_is_not_the_contract_s_maximum():
    # (blind_values_7; my own wording)
    text = "L'accord-cadre est conclu sans maximum. Le montant d'un bon de commande ne peut dépasser 8 000 € HT."
    assert extract(make_doc(text)).amounts.max_ht is None



def test_lot_number_must_appear():
    facts = extract(make_doc("Ce marché est divisé en lots : oui\nLot nº : 3\nValeur hors TVA : 10 000 euros"))
    assert [lot.number for lot in facts.lots] == [3]


def test_decomposed_accents_are_read():
    text = "Prestation divise\u0301e en lots : non\nMontant maximum : 70 000 euros H.T."
    facts = extract(make_doc(text))
    assert facts.allotment.divided is False
    assert facts.amounts.max_ht == 70000
    ev = facts.allotment.evidence[0]
    assert text[ev.char_start:ev.char_end].startswith("divise\u0301e")


def test_boamp_xml_fields():
    lines = ["ANNONCE/DONNEES/OBJET/DIV_EN_LOTS/OUI", "ANNONCE/DONNEES/OBJET/LOTS/LOT/NUM: 1",
             "ANNONCE/DONNEES/OBJET/LOTS/LOT/VALEUR [DEVISE=EUR]: 1083333",
             "ANNONCE/DONNEES/OBJET/LOTS/LOT/NUM: 2", "ANNONCE/DONNEES/OBJET/LOTS/LOT/VALEUR [DEVISE=EUR]: 6333333"]
    text = "\n".join(lines)
    fields, pos = [], 0
    for line in lines:
        path, _, value = line.partition(": ")
        attrs = {}
        if " [" in path:
            path, attr = path.split(" [")
            k, v = attr.rstrip("]").split("=")
            attrs[k] = v
        fields.append(StructuredField(path, value, attrs, pos + len(line) - len(value)))
        pos += len(line) + 1
    facts = extract(make_doc(text, fmt="xml", fields=fields))
    assert facts.allotment.divided is True and facts.allotment.lot_count == 2
    assert facts.amounts.estimated_ht == 7416666


def test_ted_xml_rendered_lines_without_fields():
    text = "TED_EXPORT/FORM_SECTION/F02_2014/OBJECT_CONTRACT/NO_LOT_DIVISION\n" \
           "TED_EXPORT/FORM_SECTION/F02_2014/OBJECT_CONTRACT/VAL_ESTIMATED_TOTAL [CURRENCY=EUR]: 6500000"
    facts = extract(make_doc(text, fmt="xml"))
    assert facts.allotment.divided is False
    assert facts.amounts.estimated_ht == 6500000


def test_eforms_single_lot_is_not_divided():
    text = "ContractNotice/cac:ProcurementProjectLot/cbc:ID [schemeName=Lot]: LOT-0000\n" \
           "ContractNotice/cac:ProcurementProject/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount [currencyID=EUR]: 6500000"
    facts = extract(make_doc(text, fmt="xml"))
    assert facts.allotment.divided is False
    assert facts.amounts.estimated_ht == 6500000


def test_requirements_and_dates():
    text = ("Avis publié le 09/08/2020\nDate limite de réception des offres : 10 septembre 2020, à 12 heures.\n"
            "Type de procédure : procédure adaptée.\nType de marché : Services\n"
            "Chiffre d'affaires minimum exigé : 300 000 euros HT.\n"
            "Une avance de 20 % est accordée. Retenue de garantie : pas de retenue de garantie.\n"
            "Le délai global de paiement est de 30 jours. La visite du site est obligatoire.\n"
            "Les candidats fourniront 3 références similaires. Certification ISO 14001 exigée.\n"
            "Code CPV principal : 77310000")
    facts = extract(make_doc(text))
    req = facts.requirements
    assert facts.publication_date.value == "2020-08-09"
    assert facts.deadline.value == "2020-09-10"
    assert facts.procedure.type == "adaptee" and facts.procedure.nature == "services"
    assert req.min_turnover.value == 300000
    assert req.advance_rate.value == 20
    assert req.retenue_garantie.value == 0
    assert req.payment_delay_days.value == 30
    assert req.site_visit_mandatory.value is True
    assert req.references.count == 3
    assert [c.value for c in req.certifications] == ["ISO 14001"]
    assert facts.cpv[0].code == "77310000"
    json.dumps(to_jsonable(facts))


def test_lots_in_a_table_only():
    # an XLSX-like schedule: each row rendered as cells joined by « | »
    text = "N° lot | Désignation | Montant HT\nLot 1 | Tonte | 12 000 €\nLot 2 | Élagage | 8 000 €"
    facts = extract(make_doc(text, fmt="xlsx", tables={1: [[["N° lot", "Désignation", "Montant HT"],
                                                          ["Lot 1", "Tonte", "12 000 €"], ["Lot 2", "Élagage", "8 000 €"]]]}))
    assert facts.allotment.divided is True
    assert facts.allotment.lot_count == 2
    assert {lot.number for lot in facts.lots} == {1, 2}


def test_empty_document():
    facts = extract(make_doc(""))
    assert facts.allotment.divided is None and facts.lots == []


# ----------------------------------------------------------------- explicit totals, annual figures, durations
def test_explicit_total_beats_annual_and_annual_max_times_maximum_duration():
    text = ("L'accord-cadre prend effet le 1er septembre pour une durée d'un an ; il est reconductible expressément "
            "deux fois par période d'un an, soit une durée maximale de trois ans.\n"
            "La valeur estimée du besoin est de 20 000 € HT par an, soit 61 000 € HT pour la durée totale, "
            "reconductions comprises. Le montant maximum des commandes est fixé à 25 000 € HT par an.")
    amounts = extract(make_doc(text)).amounts
    assert amounts.estimated_ht == 61000  # the stated total, not 20 000 and not 20 000 × 3
    assert amounts.max_ht == 75000  # 25 000 a year over the three years
    assert "3 ans" in amounts.note


def test_annual_amounts_identical_for_each_renewal_without_initial_duration():
    text = ("Les commandes annuelles seront comprises entre un minimum de 8 000 euros HT et un maximum de 30 000 euros HT. "
            "Ces montants sont identiques pour les éventuelles périodes de reconduction.\n"
            "Nombre de reconductions éventuelles : 3.")
    amounts = extract(make_doc(text)).amounts
    assert amounts.max_ht == 120000 and amounts.min_ht == 32000


def test_renewable_n_times_tacitly():
    text = ("Le marché est conclu pour un an, reconductible tacitement deux fois. "
            "Le montant maximum annuel est de 10 000 € HT.")
    facts = extract(make_doc(text))
    assert facts.renewals.value == 2
    assert facts.amounts.max_ht == 30000


def test_bulleted_maximum_after_mono_attributaire():
    text = ("Caractéristiques :\n- accord-cadre à bons de commande mono-attributaire ;\n"
            "- montant maximum de 2 500 000 € HT ;\n- durée de deux ans.")
    assert extract(make_doc(text)).amounts.max_ht == 2500000


def test_amount_awarded_is_still_excluded():
    text = "Le montant attribué au titulaire est de 45 000 € HT."
    assert extract(make_doc(text)).amounts.estimated_ht is None


def test_numbered_periods_with_maximum_label_are_summed():
    text = ("Montant des prestations par période :\n— période nº 1 maximal HT 90 000,00 EUR,\n"
            "— période nº 2 maximal HT 50 000,00 EUR,\n— période nº 3 maximal HT 50 000,00 EUR.")
    amounts = extract(make_doc(text)).amounts
    assert amounts.max_ht == 190000
    assert "3 périodes" in amounts.note


def test_numbered_periods_keep_their_kind_after_a_minimum_mention():
    text = ("Accord-cadre sans minimum ni maximum. Les montants estimés par périodes sont :"
            "Période 1 : 400 000 euro(s) HtPériode 2 : 200 000 euro(s) HtPériode 3 : 200 000 euro(s) Ht.")
    assert extract(make_doc(text)).amounts.estimated_ht == 800000


def test_maximum_estimated_value_is_also_the_estimate():
    amounts = extract(make_doc("Valeur maximum estimée (H.T.) : 350 000 euros.")).amounts
    assert amounts.estimated_ht == 350000 and amounts.max_ht == 350000
    # a real estimate is preferred to it
    both = extract(make_doc("Valeur estimée (H.T.) : 300 000 euros.\nValeur maximum estimée (H.T.) : 350 000 euros."))
    assert both.amounts.estimated_ht == 300000


# ----------------------------------------------------------------- amounts by lot
def test_lot_total_inside_a_lot_section_is_summed_with_the_other_lots():
    text = ("Valeur totale estimée : 400 000 euros\nCe marché est divisé en lots : oui\n"
            "Lot nº : 1\nDescription : Le montant total maximum annuel de commandes s'élève à 30 000 euros HT.\n"
            "Lot nº : 2\nDescription : Le montant total maximum annuel de commandes s'élève à 20 000 euros HT.\n"
            "Le marché est conclu pour un an, renouvelable 3 fois, sans que la durée totale ne puisse excéder 4 ans.")
    facts = extract(make_doc(text))
    assert facts.amounts.max_ht == 200000  # (30 000 + 20 000) × 4 years
    assert [lot.max_ht for lot in facts.lots] == [120000, 80000]


def test_inline_lot_names_its_amounts():
    text = ("Ce marché est divisé en lots : oui. Les montants pour la période initiale sont :Lot 1 Minimum 5 000,00 euro(s) "
            "HtMaximum 40 000,00 euro(s) HtLot 2 Minimum 2 000,00 euro(s) HtMaximum 15 000,00 euro(s) Ht"
            "Les montants seront identiques pour chaque période de reconduction.\n"
            "Le nombre de périodes de reconduction est fixé à 1.\n"
            "Lot nº : 1\nIntitulé : Secteur Est\nLot nº : 2\nIntitulé : Secteur Ouest\n")
    facts = extract(make_doc(text))
    assert facts.amounts.max_ht == 110000  # (40 000 + 15 000) × 2 periods
    assert {lot.number: lot.max_ht for lot in facts.lots} == {1: 80000, 2: 30000}


def test_a_list_of_lots_does_not_own_a_later_total():
    rows = "".join(f"Lot {i} : Prix : 60 % - \nLot {i} : Valeur technique : 40 % - \n" for i in range(1, 5))
    text = (f"Ce marché est divisé en lots : oui\n{rows}\nDurée : 1 an.\n"
            "Valeur estimée (H.T.) : 90 000,00 euros.\n")
    facts = extract(make_doc(text))
    assert facts.amounts.estimated_ht == 90000
    assert all(lot.estimated_ht is None for lot in facts.lots)


def test_lot_rows_in_text_get_amounts_titles_and_reservation():
    text = ("Les prestations sont réparties en trois (3) lots :\n"
            "Lot Désignation Montant estimé (€\nHT)\nObservations\n"
            "Lot n° 1 Entretien des espaces verts 45 000 € -\n"
            "Lot n° 2 Nettoyage des vitres et des\nhalls\n120 000 € Clause d'insertion\n"
            "Lot n° 3 Blanchisserie 18 500 € Lot réservé aux ESAT et EA (art. L2113-12)\n"
            "Total Ensemble des lots 183 500 €\n")
    facts = extract(make_doc(text))
    lots = {lot.number: lot for lot in facts.lots}
    assert facts.allotment.lot_count == 3
    assert lots[1].title == "Entretien des espaces verts"
    assert lots[3].title == "Blanchisserie"
    assert [lots[n].estimated_ht for n in (1, 2, 3)] == [45000, 120000, 18500]
    assert lots[3].reserved_bases == ["L2113-12"] and lots[1].reserved_bases == []
    assert facts.amounts.estimated_ht == 183500


def test_lots_table_from_pdf_cells():
    table = [["Lot", "Désignation", "Montant estimé (€ HT)", "Observations"],
             ["Lot n° 1", "Voirie – Réseaux divers", "250 000 €", ""],
             ["Lot n° 2", "Signalétique", "35 000 €", "Lot réservé aux SIAE (art. L2113-13 du CCP)"],
             ["Total", "Ensemble des lots", "285 000 €", ""]]
    text = ("1.3 Lots\nLot Désignation Montant estimé (€ HT) Observations\nLot n° 1 Voirie – Réseaux divers 250 000 €\n"
            "Lot n° 2 Signalétique 35 000 € Lot réservé aux SIAE (art.\nL2113-13 du CCP)\nTotal Ensemble des lots 285 000 €")
    facts = extract(make_doc(text, fmt="pdf", tables={1: [table]}))
    lots = {lot.number: lot for lot in facts.lots}
    assert lots[1].title == "Voirie – Réseaux divers" and lots[1].estimated_ht == 250000
    assert lots[2].estimated_ht == 35000 and lots[2].reserved_bases == ["L2113-13"]
    assert facts.amounts.estimated_ht == 285000


def test_lots_table_from_a_sheet_with_bare_numbers():
    table = [["Consultation 2026-04 : fournitures de bureau"], [""],
             ["N° lot", "Intitulé", "Montant maximum annuel HT"],
             ["1", "Papier", "12000"], ["2", "Petites fournitures", "8000"]]
    text = ("Feuille : Lots\nConsultation 2026-04 : fournitures de bureau\nN° lot | Intitulé | Montant maximum annuel HT\n"
            "1 | Papier | 12000\n2 | Petites fournitures | 8000\nDurée : un an, reconductible 2 fois.")
    facts = extract(make_doc(text, fmt="xlsx", tables={1: [table]}))
    lots = {lot.number: lot for lot in facts.lots}
    assert lots[1].title == "Papier" and lots[1].max_ht == 36000  # 12 000 a year × 3 years
    assert facts.amounts.max_ht == 60000


def test_price_schedule_by_lot_is_not_a_list_of_lot_amounts():
    table = [["Lot", "Désignation", "Montant HT"], ["1", "Tonte", "100"], ["1", "Taille", "200"], ["2", "Élagage", "300"]]
    facts = extract(make_doc("Lot | Désignation | Montant HT", fmt="xlsx", tables={1: [table]}))
    assert all(lot.estimated_ht is None for lot in facts.lots)


def test_reserved_lot_in_a_sentence():
    text = ("Le marché est divisé en 3 lots.\nEn application de l'article L2113-12 du code de la commande publique, "
            "le lot n° 2 « Conditionnement » est réservé aux entreprises adaptées et aux ESAT.")
    lots = {lot.number: lot for lot in extract(make_doc(text)).lots}
    assert lots[2].reserved_bases == ["L2113-12"]
    no = extract(make_doc("Lot n° 1 : Nettoyage. Le lot n° 1 n'est pas réservé.\nLot n° 2 : Vitrerie."))
    assert all(lot.reserved_bases == [] for lot in no.lots)


# ----------------------------------------------------------------- lot counts
def test_numbered_list_after_allotment_heading():
    text = ("Descriptif des ouvrages\n2/ Allotissement du projet :\n00 GENERALITES\n01 TERRASSEMENTS\n"
            "02 GROS ŒUVRE\n03 MENUISERIES\n01.02 Note concernant le dossier\nLot 00 : généralités")
    facts = extract(make_doc(text))
    assert facts.allotment.divided is True and facts.allotment.lot_count == 4


def test_lot_marks_with_a_broken_degree_sign():
    text = "Prestation divisée en lots : oui\nLot N\ufffd 1 - Voirie\nLot N\ufffd 2 - Plantations\nLot N \ufffd 3 - Arrosage"
    facts = extract(make_doc(text))
    assert facts.allotment.lot_count == 3


def test_notice_lot_headings_without_numbers():
    text = ("Prestations divisées en lots : oui.\nRenseignements relatifs aux lots :\n"
            "Lot(s) Gros oeuvre. -\nSelon CCTP\nLot(s) Peinture. -\nSelon CCTP\nLot(s) Electricité. -\nSelon CCTP\n")
    assert extract(make_doc(text)).allotment.lot_count == 3


def test_relaunched_lot_with_earlier_lots_listed():
    text = ("Relance du lot n o 4 « Entretien des terrains ». Les lots n o 1, 2 et 3 ont fait l'objet d'une "
            "précédente consultation.\nLot no4 : Entretien des terrains")
    facts = extract(make_doc(text))
    assert facts.allotment.divided is True and facts.allotment.lot_count == 4


# ----------------------------------------------------------------- QA: price schedules, lot rows
_BPU_ROWS = [["N°", "Désignation", "Unité", "Prix unitaire HT"],
             ["1", "Isolant laine de verre 200 mm", "m²", "32.5"],
             ["2", "Heure de main d'œuvre compagnon", "h", "41"]]


def _bpu_doc(doc_type: str = "AUTRE") -> Document:
    text = "\n".join(" | ".join(r) for r in _BPU_ROWS)
    doc = make_doc(text, path="d/BPU.xlsx", fmt="xlsx", tables={1: [_BPU_ROWS]})
    doc.doc_type = doc_type
    return doc


@pytest.mark.parametrize("doc_type", ["BPU", "AUTRE"])
def test_price_schedule_item_numbers_are_not_lots(doc_type):
    facts = extract(_bpu_doc(doc_type))
    assert facts.allotment.divided is None and facts.allotment.lot_count is None
    assert facts.lots == []
    assert facts.amounts.estimated_ht is None and facts.amounts.max_ht is None


def test_unit_price_column_is_never_a_lot_amount():
    table = [["Lot", "Désignation", "Prix unitaire HT", "Montant estimé HT"],
             ["Lot 1", "Peinture", "25,00 €", "40 000 €"],
             ["Lot 2", "Sols souples", "31,00 €", "55 000 €"]]
    text = "\n".join(" | ".join(r) for r in table)
    doc = make_doc(text, fmt="xlsx", tables={1: [table]})
    rows = table_lots(doc, Scanner(doc.text)).rows
    assert {n: r.amounts for n, r in rows.items()} == {1: {"estimated": 40000}, 2: {"estimated": 55000}}
    facts = extract(doc)
    assert {lot.number: lot.estimated_ht for lot in facts.lots} == {1: 40000, 2: 55000}
    assert facts.amounts.estimated_ht == 95000


def test_bare_number_header_is_a_lot_column_only_when_cells_name_lots():
    table = [["N°", "Intitulé", "Montant estimé HT"],
             ["Lot 1", "Gros œuvre", "250 000 €"], ["Lot 2", "Charpente", "80 000 €"]]
    text = "\n".join(" | ".join(r) for r in table)
    facts = extract(make_doc(text, fmt="xlsx", tables={1: [table]}))
    assert facts.allotment.lot_count == 2
    assert {lot.number: lot.estimated_ht for lot in facts.lots} == {1: 250000, 2: 80000}


def test_lot_evidence_never_points_inside_a_unit():
    table = [["Lot", "Désignation", "Unité", "Montant estimé HT"],
             ["1", "Peinture", "m2", "9 000 €"], ["2", "Carrelage et faïence", "m²", "12 000 €"]]
    text = "\n".join(" | ".join(r) for r in table)
    doc = make_doc(text, fmt="xlsx", tables={1: [table]})
    rows = table_lots(doc, Scanner(doc.text)).rows
    for num, row in rows.items():
        assert doc.text[row.start:row.end] == str(num)
        assert not doc.text[row.start - 1].isalnum()


@pytest.mark.parametrize("text,lots,estimated", [
    ("Lot 1 Gros œuvre 250 000 €\nLot 2 Charpente couverture 80 000 €\n", {1: 250000, 2: 80000}, 330000),
    ("Lot 1 Gros œuvre 250 000 € HT\n", {1: 250000}, 250000),
    ("Lot n° 1 | Voirie | 300 000 € HT\nLot n° 2 | Éclairage public | 50 000 € HT\n", {1: 300000, 2: 50000}, 350000),
])
def test_lot_rows_without_separator_or_with_pipes(text, lots, estimated):
    facts = extract(make_doc("Consultation de travaux.\n" + text))
    assert facts.allotment.divided is True
    assert {lot.number: lot.estimated_ht for lot in facts.lots} == lots
    assert facts.amounts.estimated_ht == estimated


def test_lot_word_in_prose_without_amount_is_not_a_row():
    facts = extract(make_doc("Le lot 1 sera notifié en premier.\nLot 1 de la tranche : voir annexe.\n"))
    assert facts.amounts.estimated_ht is None


def test_price_schedule_never_sums_prices_into_the_contract_value():
    text = ("Bordereau des prix unitaires\nLot n° 1 | Fourniture de sable | 32,50 € HT\n"
            "Lot n° 2 | Fourniture de gravier | 41,00 € HT\n")
    doc = make_doc(text, path="d/BPU.pdf")
    doc.doc_type = "BPU"
    facts = extract(doc)
    assert facts.amounts.estimated_ht is None and facts.amounts.max_ht is None
    assert all(lot.estimated_ht is None for lot in facts.lots)


def test_price_schedule_of_one_lot_keeps_the_lot_but_not_the_prices():
    text = "BPU – Lot n° 3 : Isolation\n" + "\n".join(" | ".join(r) for r in _BPU_ROWS)
    doc = make_doc(text, path="d/BPU-lot3.xlsx", fmt="xlsx", tables={1: [_BPU_ROWS]})
    doc.doc_type = "BPU"
    facts = extract(doc)
    assert [lot.number for lot in facts.lots] == [3]
    assert facts.amounts.estimated_ht is None and facts.lots[0].estimated_ht is None


# Kinds of failure seen on tests/data/blind_values.yml (issue #11): these examples are written anew,
# in other words than the blind passages, which stay the independent check (tests/test_blind_values.py).
@pytest.mark.parametrize("text, total_months, renewals", [
    ("L'accord-cadre est passé pour une durée ferme de deux ans. Il n'est pas reconductible.", 24, 0),
    ("Le marché est conclu pour trois ans fermes à compter du 1er mars.", 36, None),
    ("Conclu pour 6 mois, le marché pourra être renouvelé deux (2) fois pour la même durée.", 18, 2),
    ("Duration in months: 24\nThis contract is subject to renewal: yes\nThe contract may be renewed twice.", 72, 2),
    ("Le contrat ne sera pas reconduit. Il est conclu pour une durée ferme de 18 mois.", 18, 0),
])
def test_firm_durations_and_renewals_in_other_words(text, total_months, renewals):
    from clausecheck.extraction.durations import read_durations

    d = read_durations(Scanner(text))
    assert d.renewals == renewals
    assert d.total_years() is not None and round(d.total_years() * 12) == total_months


@pytest.mark.parametrize("text, total_months", [
    ("Le marché est renouvelable par périodes de six mois dans la limite d'une durée totale de trois ans.", 36),
    ("Le contrat, reconductible tacitement chaque année, ne dépassera pas dans la limite de 4 ans.", 48),
    # a limit that is no length of the contract, or said away from any renewal
    ("Les prix sont révisés dans la limite de 3 % par an. Le marché est conclu pour une durée de 2 ans.", 24),
    ("Les pénalités sont appliquées dans la limite de 10 mois de retard. Durée du marché : 12 mois.", 12),
    # « conclu pour » with no other word of duration
    ("L'accord-cadre est conclu pour 3 ans à compter de sa notification.", 36),
])
def test_renewals_bounded_by_a_whole_length(text, total_months):
    from clausecheck.extraction.durations import read_durations

    d = read_durations(Scanner(text))
    assert d.total_years() is not None and round(d.total_years() * 12) == total_months


def test_lots_listed_with_leader_dots_and_their_total_row():
    text = ("Valeur estimée par lot :\nLot 1 - Menuiseries . . . . . . . . . . . . 40 000 € HT\n"
            "Lot 2 - Peinture ...................... 25 000 € HT\n"
            "Lot 3 - Sols souples ................... 15 000 € HT\n"
            "Montant estimé total .................. 80 000 € HT\n")
    facts = extract(make_doc(text))
    assert facts.amounts.estimated_ht == 80000
    assert sorted((lot.number, lot.estimated_ht) for lot in facts.lots) == [(1, 40000), (2, 25000), (3, 15000)]


# Kinds of failure seen on tests/data/blind_values_3 (issue #11), in other words than its documents.
def test_a_table_header_in_thousands_of_euros_scales_its_bare_figures():
    text = ("Article 4 – Montants maximums sur la durée totale de l'accord-cadre\n"
            "Lot | Désignation | Maximum (k€ HT)\n1 | Mobilier scolaire | 85\n2 | Mobilier de bureau | 40,5\n"
            "Total | | 125,5\n")
    facts = extract(make_doc(text))
    assert facts.amounts.max_ht == 125500
    assert sorted((lot.number, lot.max_ht) for lot in facts.lots) == [(1, 85000), (2, 40500)]


def test_the_paragraph_above_a_table_says_its_figures_are_yearly():
    # (blind_values_7; my own wording) the unit and the year in the paragraph just above the table
    text = ("Les montants maximums ci-dessous sont donnés en k€ HT et par\nan. L'accord-cadre est conclu pour un an, "
            "reconductible une fois.\nLot Désignation Maximum\n1 - Sel de déneigement 40\n2 - Saumure 12\n")
    assert extract(make_doc(text)).amounts.max_ht == 104000
    # … not a paragraph that speaks of the year for something else
    text = ("L'accord-cadre est conclu pour un an, reconductible une fois ; les montants ci-dessous couvrent sa durée "
            "totale.\nLot Désignation Maximum (k€ HT)\n1 - Sel de déneigement 40\n2 - Saumure 12\n")
    assert extract(make_doc(text)).amounts.max_ht == 52000


@pytest.mark.parametrize("text, values", [
    # a lots table without bars, as a PDF's text gives it: the lot's number, then its amount
    ("Lot 1 840 000 € HT", [840000]),
    ("Lot n° 3 75 000 € HT 90 000 € TTC", [75000, 90000]),
    # no lot's mark before it: the figure is whole
    ("Total 1 840 000 € HT", [1840000]),
    ("soit 2 120 000 € HT", [2120000]),
])
def test_a_lot_s_number_is_not_the_first_group_of_its_amount(text, values):
    from clausecheck.extraction.numbers import find_amounts

    assert [a.value for a in find_amounts(text)] == values


def test_a_label_wrapped_by_the_page_still_names_its_figure():
    text = ("Article 3 – Montant\nLe pouvoir adjudicateur évalue les prestations du présent marché ; leur montant "
            "prévisionnel\npour l'ensemble des deux lots et pour la durée totale s'élève à 365 000 € HT.\n")
    assert extract(make_doc(text)).amounts.estimated_ht == 365000


def test_one_figure_for_the_initial_period_as_well_as_each_renewal():
    text = ("L'accord-cadre peut être reconduit trois fois par période d'un an.\nLe montant maximum est de "
            "40 000 € HT pour la période initiale ainsi que pour chacune des périodes de reconduction.\n")
    assert extract(make_doc(text)).amounts.max_ht == 160000


def test_a_period_table_broken_by_a_running_header_is_read_whole():
    text = ("Montants de l'accord-cadre par année :\nPériode | Minimum HT | Maximum HT\n"
            "Année 1 | 10 000 € | 90 000 €\nAnnée 2 | 10 000 € | 70 000 €\n"
            "CCAP – Entretien des voiries – Ville de Sarlande – Page 4/11\nAnnée 3 | 5 000 € | 60 000 €\n")
    assert extract(make_doc(text)).amounts.max_ht == 220000


@pytest.mark.parametrize("text, maximum", [
    # accents lost by the PDF's text layer
    ("Montant maximum annuel : 30 000 EUR HT.\nLe marche est conclu pour une duree de un an, reconductible par "
     "periodes successives d'un an, pour une duree maximale de trois ans.", 90000),
    # the number of renewals said as « possibles »
    ("Montant maximum pour la période initiale : 200 000 € HT.\nMontant maximum pour chaque période de "
     "reconduction : 100 000 € HT.\nNombre de reconductions possibles : 3.", 500000),
])
def test_periods_said_without_accents_or_as_possible_renewals(text, maximum):
    assert extract(make_doc(text)).amounts.max_ht == maximum


@pytest.mark.parametrize("text, divided, lots", [
    ("Le marché de travaux est un marché unique ; les corps d'état décrits au CCTP ne sont pas des lots.", False, None),
    ("Dévolution : les travaux sont confiés à une entreprise générale, seule titulaire du marché.", False, None),
    ("Le montant maximum global est de 600 000 € HT ; sa répartition entre les trois lots figure au CCAP.", True, 3),
    # (blind_values_10, four notices, written before the fix) a notice's field answered « Non » or « Oui »
    ("La consultation comporte des tranches : Non\nMarché alloti : Non\n", False, None),
    ("Marché alloti : Oui\nNombre de lots : 3\n", True, 3),
    # (blind_values_11, written before the fix) the count said beside one lot's name, of the pieces' common part,
    # after the form's answer; a notice's bare field « Lots : non. »
    ("ACTE D'ENGAGEMENT\nLOT N° 2 (sur trois lots) – Mobilier\n", True, 3),
    ("Le présent CCAP est commun aux deux lots de l'accord-cadre.", True, 2),
    ("Division en lots : oui, 4 lots\nValeur estimée hors TVA : 900 000 euros", True, 4),
    ("Type de marché : Services.\nLots : non.\nMarché réservé : oui.", False, None),
    # a field of other « lots » (of goods) stays out
    ("Conditionnement : par lots de 10 unités.", None, None),
    # (real notices in English, read on public notice sites before the fix) the division said in English
    ("This framework agreement is not allotted. This framework agreement is concluded for a period of one year.",
     False, None),
    ("- the contracting authority has decided not to allot this contract for the following reasons: the project "
     "management mission relates to a single work.", False, None),
    ("Pursuant to article L. 2113-12 of the public order code, this lot is reserved for companies adapted.", True, None),
    ("annual minimum of 50,000 excluding VAT and annual maximum of 200,000 excluding VAT for each lot\n"
     "Sector 1: Vervins, Saint-Quentin, Laon\n", True, None),
    # (blind_docs_7 and blind_values_15, written before the fix) the division weighed and set aside; a piece's
    # title naming its lot; lots listed in a sentence
    ("Il est conclu avec un seul opérateur ; l'allotissement n'a pas été retenu, la maintenance imposant un "
     "interlocuteur unique.", False, None),
    ("BORDEREAU DES PRIX UNITAIRES - LOT 1\nÉpicerie, conserves et produits secs\n", True, None),
    ("Allotissement : oui. Lot 1 gros œuvre - ravalement ; lot 2 isolation thermique ; lot 3 menuiseries "
     "extérieures.", True, 3),
])
def test_allotment_said_in_other_words(text, divided, lots):
    allotment = extract(make_doc(text)).allotment
    assert (allotment.divided, allotment.lot_count) == (divided, lots)


def test_a_period_table_s_ttc_column_is_no_maximum():
    """A table laid out without bars, whose header names a minimum, a maximum HT and a maximum TTC: the
    TTC column is not added; « Seconde reconduction » is a period's row."""
    text = ("Montants de l'accord-cadre\nPériode Montant minimum HT Montant maximum HT Montant maximum TTC\n"
            "Période initiale 20 000 € 100 000 € 120 000 €\nPremière reconduction 10 000 € 50 000 € 60 000 €\n"
            "Seconde reconduction 10 000 € 50 000 € 60 000 €\n")
    assert extract(make_doc(text)).amounts.max_ht == 200000


def test_a_ttc_column_of_a_lots_table_laid_out_without_bars_is_left_out():
    text = ("Montants maximum pour la durée totale\nLot   Maximum HT   Maximum TTC\nLot 1   300 000 €   360 000 €\n"
            "Lot 2   100 000 €   120 000 €\n")
    assert extract(make_doc(text)).amounts.max_ht == 400000


def test_annual_maximum_over_firm_years():
    text = ("ARTICLE 3 - MONTANT\nLe montant maximum annuel des commandes est fixé à 60 000 € HT.\n"
            "ARTICLE 4 - DURÉE\nL'accord-cadre est conclu pour une durée ferme de trois ans.")
    facts = extract(make_doc(text))
    assert facts.amounts.max_ht == 180000
    assert "3 ans" in facts.amounts.note


def test_a_figure_per_renewal_said_by_par():
    text = ("Le marché est reconductible une seule fois.\nMontant maximum : 70 000 € HT pour la période initiale et "
            "30 000 € HT par période de reconduction.")
    assert extract(make_doc(text)).amounts.max_ht == 100000


@pytest.mark.parametrize("table, maximum, minimum", [
    # piped, the currency in each cell
    ("Période | Minimum (€ HT) | Maximum (€ HT)\nPériode ferme | 2 000 € | 30 000 €\n1re reconduction | 2 000 € | 25 000 €\n"
     "2e reconduction | 2 000 € | 25 000 €", 80000, 6000),
    # the cells run together by the text extraction, bare figures, the currency said once in the header
    ("Années Montant mini annuel HT Montant maxi annuel HT\nAnnée 1 1 000,00 12 000,00\nAnnée 2 1 000,00 14 000,00",
     26000, 2000),
    # one column only
    ("Période | Montant maximum HT\nPériode initiale | 50 000 €\nReconduction n° 1 | 50 000 €", 100000, None),
])
def test_a_table_of_amounts_by_period_adds_each_column(table, maximum, minimum):
    facts = extract(make_doc("Les montants de l'accord-cadre sont les suivants :\n" + table + "\nLe titulaire …"))
    assert facts.amounts.max_ht == maximum
    assert facts.amounts.min_ht == minimum
    assert "tableau par période" in facts.amounts.note


@pytest.mark.parametrize("caption, table, maximum", [
    # calendar years keying the rows, the figures in k€ said in the header
    ("Le montant maximum des commandes est fixé pour chaque année civile comme suit :",
     "Année civile Montant maximum (k€ HT)\n2027 95\n2028 95\n2029 110\n2030 110", 410000),
    # … or in the caption just above the header, the rows piped
    ("Montants maximums (en milliers d'euros hors taxes) :",
     "Année | Montant maximum HT\nAnnée 2026 | 120,5\nAnnée 2027 | 130", 250500),
    # whole amounts in euros after the years
    ("Montants maximums par année :", "Année | Montant maximum HT\n2026 | 80 000 €\n2027 | 90 000 €", 170000),
])
def test_a_table_of_maxima_keyed_by_calendar_years(caption, table, maximum):
    facts = extract(make_doc(caption + "\n" + table + "\nLe titulaire …"))
    assert facts.amounts.max_ht == maximum
    assert "tableau par période" in facts.amounts.note


@pytest.mark.parametrize("table", [
    # years that do not follow one another: dates of events, not periods
    "Année | Montant maximum (k€ HT)\n2019 95\n2024 110",
    # small bare figures with no unit said in thousands: counts, not amounts
    "Année | Montant maximum HT (€)\n2027 95\n2028 95",
])
def test_years_are_no_periods_without_a_series_or_a_unit(table):
    assert "tableau par période" not in extract(make_doc(table + "\nLe titulaire …")).amounts.note


@pytest.mark.parametrize("text, maximum", [
    # (blind_values_10 d14, written before the fix) a figure per semester, quarter or month over the piece's term
    ("L'accord-cadre est conclu pour deux ans, avec un montant maximum de 35 000 € HT par semestre d'exécution.", 140000),
    ("Montant maximum trimestriel : 10 000 € HT. Le marché est conclu pour une durée d'un an.", 40000),
    # the term unsaid: the figure as written (the dossier multiplies)
    ("Le montant maximum est de 35 000 € HT par semestre d'exécution.", 35000),
    # a period word about something else than the figure
    ("Le montant maximum est de 50 000 € HT pour la durée totale du marché ; les commandes sont passées par trimestre.",
     50000),
])
def test_a_figure_per_semester_quarter_or_month(text, maximum):
    assert extract(make_doc(text)).amounts.max_ht == maximum


@pytest.mark.parametrize("text, maximum", [
    # (blind_values_10 d17, written before the fix) a figure changed: the new one is the value
    ("Réponse : Oui. Le montant maximum annuel du lot 2 est porté de 70 000 € HT à 90 000 € HT ; l'article du CCAP est "
     "modifié en conséquence.", 90000),
    ("Le montant maximum passe de 100 000 € HT à 120 000 € HT.", 120000),
    # a range is no change
    ("Les bons de commande vont de 1 000 € HT à 5 000 € HT. Le montant maximum est de 80 000 € HT.", 80000),
])
def test_a_figure_changed_from_one_amount_to_another(text, maximum):
    assert extract(make_doc(text)).amounts.max_ht == maximum


def test_a_cap_on_one_order_named_with_an_indefinite_article_is_no_maximum():
    text = ("Le montant d'une commande de travaux de rénovation ne peut dépasser 20 k€ HT.\n"
            "Le montant du marché ne peut dépasser 90 000 € HT.")
    assert extract(make_doc(text)).amounts.max_ht == 90000


def test_a_period_table_whose_rows_do_not_fit_its_header_is_not_summed():
    text = ("Période | Montant maximum HT\nPériode initiale | 50 000 € | 20 000 €\nReconduction 1 | 50 000 € | 20 000 €")
    assert "tableau par période" not in extract(make_doc(text)).amounts.note


def test_yearly_maxima_listed_one_after_another():
    text = ("Les montants maximums sont : année 1 : 40 000 € HT ; année 2 : 45 000 € HT ; année 3 : 50 000 € HT. "
            "Le marché est conclu pour trois ans fermes.")
    assert extract(make_doc(text)).amounts.max_ht == 135000


def test_an_annual_maximum_for_all_lots_is_still_annual():
    text = ("Lot 1 : montant maximum annuel de 10 000 € HT\nLot 2 : montant maximum annuel de 15 000 € HT\n"
            "soit un montant maximum annuel pour l'ensemble des lots de 25 000 € HT.\n"
            "L'accord-cadre est conclu pour un an, reconductible trois fois.")
    assert extract(make_doc(text)).amounts.max_ht == 100000


@pytest.mark.parametrize("text, value", [
    # English thousands separators (kind seen on tests/data/blind_values.yml): « EUR 4,400,000 » was read as 4.4
    ("The works are estimated at EUR 2,750,000 excluding VAT.", 2_750_000),
    ("Maximum value of the framework agreement: 640,000.00 EUR", 640_000),
    # a notice's currency field after the figure
    ("II.1.5) Estimated total value\nValue excluding VAT: 2 100 000.00 Currency: EUR", 2_100_000),
    # French decimals stay decimals
    ("12,50 € HT", 12.5),
])
def test_english_grouping_and_currency_fields(text, value):
    assert find_amounts(text)[0].value == pytest.approx(value)


_PERIODS_TEXT = ("Article 3 - {heading}\nLes accords-cadres sont conclus sans remise. Les {what} des "
                 "commandes\nsont fixés, pour chaque lot et pour chaque période, dans le tableau ci-dessous :\n"
                 "Lot Période initiale (notification - 31/12/2027) Chaque période de reconduction (année civile)\n"
                 "Lot n° 1 - Épicerie 120 000 € HT 110 000 € HT\nLot n° 2 - Produits laitiers 90 000 € HT 80 000 € HT\n"
                 "{renewals}")
_PERIODS_TABLE = [["Lot", "Période initiale (notification – 31/12/2027)", "Chaque période de reconduction (année civile)"],
                  ["Lot n° 1 – Épicerie", "120 000 € HT", "110 000 € HT"],
                  ["Lot n° 2 – Produits laitiers", "90 000 € HT", "80 000 € HT"]]


@pytest.mark.parametrize("heading, what, renewals, maximum, open_periods", [
    # (blind_values_9 d03, written before the fix) a ruled table of lots by period, its kind in the sentence above:
    # no total in the piece while the renewals are counted elsewhere — the dossier adds them up
    ("Montants maximum", "montants maximum", "Le nombre de reconductions est fixé à l'article 4 du règlement de la "
     "consultation.", None, {"max_ht": [210000, 190000]}),
    # the renewals counted in the piece: each lot's initial figure plus two renewals
    ("Montants maximum", "montants maximum", "L'accord-cadre est reconductible deux fois.", 590000, {}),
    # neither the heading nor the sentence above names an amount: the periods' figures are nobody's
    ("Volumes", "volumes prévisionnels", "Le nombre de reconductions est fixé à l'article 4 du règlement de la "
     "consultation.", None, {}),
])
def test_a_ruled_table_of_lots_by_period(heading, what, renewals, maximum, open_periods):
    text = _PERIODS_TEXT.format(heading=heading, what=what, renewals=renewals)
    amounts = extract(make_doc(text, fmt="pdf", tables={1: [_PERIODS_TABLE]})).amounts
    assert (amounts.max_ht, amounts.open_periods) == (maximum, open_periods)


def test_a_caption_s_words_that_only_contain_a_bound_name_no_kind():
    """« administratives » holds « mini »: a table of hours under it is no table of minimum amounts."""
    text = ("Chaque lot comporte une clause d'insertion dont le volume, fixé à l'article 10 du cahier des clauses\n"
            "administratives particulières, est rappelé ci-dessous :\nLot Heures d'insertion sur la durée totale\n"
            "1 - Plomberie 400\n2 - Électricité 300\n")
    table = [["Lot", "Heures d'insertion sur la durée totale"], ["1 – Plomberie", "400"], ["2 – Électricité", "300"]]
    assert extract(make_doc(text, fmt="pdf", tables={1: [table]})).amounts.min_ht is None


@pytest.mark.parametrize("text, minimum", [
    # (blind_values_9 d03, written before the fix) a bound of one order is not the contract's
    ("Le montant minimal d'une commande est de 150 € HT ; les livraisons sont franco de port à partir de 300 € HT.", None),
    ("Le montant minimum de chaque bon de commande est fixé à 500 € HT.", None),
    # the contract's bound over its orders stays
    ("Le montant minimum des commandes sur la durée de l'accord-cadre est de 20 000 € HT.", 20000),
])
def test_a_bound_of_one_order_is_not_the_contract_s(text, minimum):
    assert extract(make_doc(text)).amounts.min_ht == minimum


def test_a_ruled_table_of_lots_by_year_sums_each_lot_s_years():
    text = ("Article 4 - Montants\nLes montants maximum sont fixés par lot et par année dans le tableau suivant :\n"
            "Lot Année 1 Année 2 Année 3\nLot 1 - Nord 26 000 € 27 000 € 28 000 €\nLot 2 - Sud 18 000 € 19 000 € 20 000 €\n")
    table = [["Lot", "Année 1", "Année 2", "Année 3"], ["Lot 1 – Nord", "26 000 €", "27 000 €", "28 000 €"],
             ["Lot 2 – Sud", "18 000 €", "19 000 €", "20 000 €"]]
    assert extract(make_doc(text, fmt="pdf", tables={1: [table]})).amounts.max_ht == 138000


def test_a_table_s_total_row_is_read_by_its_column_not_as_prose():
    """(blind_values_11 d16, written before the fix) « Maximum annuel HT | Maximum sur 4 ans HT »: the total row's
    second figure is the four years', though read as prose it follows the word « annuel » of the header line."""
    text = ("Article 2 - Montants maximums\nLes montants maximums HT de chaque lot sont les suivants :\n"
            "Lot Intitulé Maximum annuel\nHT\nMaximum sur 4 ans\nHT\n1 Plâtrerie 250 000 € 1\n000 000 €\n"
            "2 Plomberie 150 000 € 600 000 €\nTotal Tous lots 400 000 € 1\n600 000 €\nArticle 3 - Pièces")
    table = [["Lot", "Intitulé", "Maximum annuel HT", "Maximum sur 4 ans HT"], ["1", "Plâtrerie", "250 000 €", "1 000 000 €"],
             ["2", "Plomberie", "150 000 €", "600 000 €"], ["Total", "Tous lots", "400 000 €", "1 600 000 €"]]
    amounts = extract(make_doc(text, fmt="pdf", tables={1: [table]})).amounts
    assert amounts.max_ht == 1600000 and amounts.per_year == []


def test_equal_figures_on_one_row_of_a_table_by_period_are_each_a_period():
    """(blind_values_11 d11, written before the fix) « 80 000 € » four times on lot 1's row."""
    text = ("Article 3 - Montants maximums par période\nLes montants maximums HT sont fixés, pour chaque lot et chaque "
            "période, dans le tableau suivant :\nLot Période initiale Reconduction 1 Reconduction 2\n"
            "1 - Postes 80 000 € 80 000 € 80 000 €\n2 - Audiovisuel 40 000 € 45 000 € 45 000 €\n")
    table = [["Lot", "Période initiale", "Reconduction 1", "Reconduction 2"], ["1 – Postes", "80 000 €", "80 000 €", "80 000 €"],
             ["2 – Audiovisuel", "40 000 €", "45 000 €", "45 000 €"]]
    assert extract(make_doc(text, fmt="pdf", tables={1: [table]})).amounts.max_ht == 370000


@pytest.mark.parametrize("sentence, maximum", [
    # (blind_values_11 d18, written before the fix) after a lots table, a figure said of all the framework agreements
    # (a stated total preferred to the sum of the rows)
    ("Le montant maximum global des quatre accords-cadres, toutes périodes comprises, s'établit ainsi à 1 000 000 € HT.",
     1000000),
    # a figure said of one lot stays that lot's: 360 000 + 255 000 + 180 000 + 150 000
    ("Le montant maximum du lot 4, toutes périodes comprises, s'établit ainsi à 150 000 € HT.", 945000),
])
def test_a_figure_said_of_all_the_framework_agreements_covers_every_lot(sentence, maximum):
    text = ("Article 6 - Montants maximums\nLes montants maximums des commandes, toutes périodes comprises, sont :\n"
            "Lot Désignation Maximum (€ HT)\n1 Viandes 360 000\n2 Fruits 255 000\n3 Laitiers 180 000\n4 Épicerie 135 000\n"
            + sentence)
    assert extract(make_doc(text)).amounts.max_ht == maximum


def test_a_sentence_s_subject_beyond_the_left_context_and_the_whole_after_a_lot_named_in_passing():
    """(blind_values_11 d10, written before the fix) « L'estimation globale de l'opération, tranche optionnelle et
    prestation supplémentaire éventuelle comprises, s'élève à 645 000 € HT »: an estimate (its word is 130 characters
    back, past an aside) of the whole operation, though « Le lot 2 comporte une PSE » was said just before."""
    text = ("Article 3 - Tranches et estimation\nLe marché comporte une tranche ferme et une tranche optionnelle. Le lot 2 "
            "comporte une prestation supplémentaire éventuelle (PSE n° 1).\nL'estimation globale de l'opération, tranche "
            "optionnelle et prestation supplémentaire éventuelle\ncomprises, s'élève à 645 000 € HT (tranche ferme : 450 000 "
            "€ HT ; tranche optionnelle : 170 000 € HT ; PSE n° 1 : 25 000 € HT).")
    assert extract(make_doc(text)).amounts.estimated_ht == 645000
    # a lot's own section still keeps its figure: a heading opens it
    text = "Lot 2 : maçonnerie\nL'estimation globale du lot, toutes options comprises, s'élève à 80 000 € HT."
    assert extract(make_doc(text)).amounts.one_lot == {"estimated_ht": "2"}

