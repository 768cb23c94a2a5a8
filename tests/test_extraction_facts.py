"""Facts of a consultation (buyer, object, dates, procedure, requirements) on hand-written French
snippets: each states what a field holds, and what must stay None rather than be guessed."""

from __future__ import annotations

import pytest

from clausecheck.extraction import extract
from clausecheck.extraction.identity import clean_buyer, clean_object
from clausecheck.model import Document, Page
from clausecheck.results import DocumentFacts, Fact


def make_doc(text: str, path: str = "d/doc.txt") -> Document:
    doc = Document(path=path, dossier="d", format="txt")
    doc.pages.append(Page(number=1, raw_text=text, text=text, tables=[]))
    doc.fields = []
    doc.finalise_text()
    return doc


def facts(text: str) -> DocumentFacts:
    return extract(make_doc(text))


def value(f: Fact | None) -> object:
    return None if f is None else f.value


# ---------------------------------------------------------------- buyer
RC_HEADER = """RÈGLEMENT DE LA CONSULTATION
Commune de Saint-Imaginaire-sur-Loire
Service des marchés - 2, rue du Lavoir - 99100 Saint-Imaginaire
Objet : Entretien des espaces verts communaux
Procédure adaptée (article R2123-1 du code de la commande publique)
Article 1 - Objet
Le présent marché porte sur l'entretien des espaces verts communaux.
Article 2 - Négociation
Le pouvoir adjudicateur se réserve la possibilité de négocier avec les candidats.
"""


def test_buyer_is_never_a_sentence_after_pouvoir_adjudicateur():
    f = facts(RC_HEADER)
    assert value(f.buyer) == "Commune de Saint-Imaginaire-sur-Loire"
    assert "réserve" not in value(f.buyer)


def test_buyer_sentence_only_gives_none():
    f = facts("Le pouvoir adjudicateur se réserve le droit de ne pas donner suite.\n"
              "L'acheteur peut demander des précisions aux candidats.\n")
    assert f.buyer is None


@pytest.mark.parametrize("text,expected", [
    ("Nom et adresse officiels de l'organisme acheteur :\n SYNDICAT MIXTE DES EAUX DU PLATEAU\n"
     " A l'attention de : M. Durand, acheteur\n", "SYNDICAT MIXTE DES EAUX DU PLATEAU"),
    ("I.1) NOM ET ADRESSES\n Régie des transports de Valfleuri, Numéro national d'identification : 200000000, "
     "3 rue Haute, 99300 Valfleuri\n", "Régie des transports de Valfleuri"),
    ("I.1) Nom et adresses Nom officiel: Office public de l'habitat de Valmont\nAdresse postale: 1 place\n",
     "Office public de l'habitat de Valmont"),
    ("B - Identification de l'acheteur\nCentre hospitalier de Bellerive, représenté par sa directrice, 4 avenue du Port.\n",
     "Centre hospitalier de Bellerive"),
    ("Identification de l'organisme qui passe le marché : Communauté de communes du Val Fictif\n",
     "Communauté de communes du Val Fictif"),
    ("Organisme :\n ÉTABLISSEMENT D'ENSEIGNEMENT FICTIF (99000 - Villefictive Cedex)\n",
     "ÉTABLISSEMENT D'ENSEIGNEMENT FICTIF"),
    ("NOM ET ADRESSE OFFICIELS DE L'ORGANISME ACHETEUR PUBLIC\n COMMUNAUTE DE COMMUNES\nDES COTEAUX IMAGINAIRES\n"
     "12 GRANDE RUE\n", "COMMUNAUTE DE COMMUNES DES COTEAUX IMAGINAIRES"),
])
def test_buyer_from_labels(text, expected):
    assert value(facts(text).buyer) == expected


def test_buyer_label_inside_a_sentence_is_not_a_label():
    f = facts("Conformément à l'article 5, le maître d'ouvrage : fait procéder aux essais.\n")
    assert f.buyer is None


@pytest.mark.parametrize("raw,expected", [
    ("Nom officiel: Ville de Pontfictif", "Ville de Pontfictif"),
    ("Département de la Fiction (22000000000000)", "Département de la Fiction"),
    ("EST ENSEMBLE FICTIF", "EST ENSEMBLE FICTIF"),
    ("se réserve la possibilité de", None),
    ("fait de la", None),
    ("Le pouvoir adjudicateur", None),
    ("I.1) NOM ET ADRESSES", None),
    ("SIRET : 12345678900012", None),
    ("PUBLIC", None),
    ("(coordonnées complètes);", None),
])
def test_clean_buyer(raw, expected):
    assert clean_buyer(raw) == expected


def test_blank_form_header_is_not_a_buyer():
    text = ("MINISTERE DE L'ECONOMIE ET DES FINANCES\nDirection des Affaires Juridiques\n"
            "LETTRE DE CANDIDATURE\nLe candidat peut recourir à une procédure adaptée ou à un appel d'offres ouvert.\n")
    f = facts(text)
    assert f.buyer is None
    assert f.procedure is None or f.procedure.type is None


# ---------------------------------------------------------------- object
def test_object_labelled_beats_heading_and_is_trimmed():
    assert value(facts(RC_HEADER).object) == "Entretien des espaces verts communaux"


def test_object_explicit_field_beats_later_heading_sentence():
    text = ("RÈGLEMENT DE LA CONSULTATION\nObjet : Maintenance des portes automatiques\n"
            "Article 1 - Objet de la consultation\nLa consultation porte sur la maintenance préventive et corrective "
            "des portes automatiques des bâtiments communaux.\n")
    assert value(facts(text).object) == "Maintenance des portes automatiques"


def test_object_heading_with_dash_is_not_a_value():
    text = ("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES\nArticle 1 - Objet du marché - Dispositions générales\n"
            "1.1 Objet\nLes stipulations du présent CCAP concernent la rénovation de la piscine intercommunale "
            "(consultation n° 2030-07).\n")
    assert value(facts(text).object) == "Rénovation de la piscine intercommunale"


def test_object_wrapped_over_two_lines():
    text = "Objet du marché : Fourniture, installation et mise en\nservice d'un autocommutateur téléphonique\nProcédure : adaptée\n"
    assert value(facts(text).object) == "Fourniture, installation et mise en service d'un autocommutateur téléphonique"


def test_object_intitule_in_numbered_notice():
    text = "Section II : Objet\nII.1) ÉTENDUE DU MARCHÉ\nII.1.1) | Intitulé : Maintenance des ascenseurs des écoles\n"
    assert value(facts(text).object) == "Maintenance des ascenseurs des écoles"


def test_an_empty_object_label_does_not_take_the_next_field():
    """Issue #11 (identity): « Objet : » left empty, then « Date et heure limite de remise des plis : … »."""
    text = ("RÈGLEMENT DE LA CONSULTATION\nObjet :\nDate et heure limite de remise des plis : 12 mars 2025 à 12h00\n"
            "Article 1 - Dispositions générales\n")
    assert facts(text).object is None or "limite" not in value(facts(text).object)
    # a value on the next line is still read, the consultation's reference before it too
    assert value(facts("Objet :\nFourniture de repas en liaison froide\nArticle 2\n").object) == \
        "Fourniture de repas en liaison froide"
    text = "Objet du marché :\nNuméro de la consultation : 200143 Installation d'un accélérateur de particules\n"
    assert value(facts(text).object) == "Installation d'un accélérateur de particules"


def test_a_general_presentation_heading_is_not_the_object():
    text = ("RÈGLEMENT DE LA CONSULTATION\nObjet de la consultation\nPrésentation générale\n"
            "1.1 Contexte\n")
    assert facts(text).object is None or "sentation" not in value(facts(text).object)


def test_object_mid_sentence_label_is_ignored():
    text = ("Chiffre d'affaires concernant les prestations objet du marché : réalisées au cours des trois derniers "
            "exercices disponibles.\n")
    assert facts(text).object is None


@pytest.mark.parametrize("raw,expected", [
    ("La présente consultation porte sur le déneigement des voies communales.", "Déneigement des voies communales"),
    ("Le présent cahier a pour objet de définir les conditions d'exécution", None),
    ("N° 2030-XYZ-001", None),
    ("2. Contenu du dossier de consultation", None),
    (", réalisés au cours des trois derniers exercices", None),
    ("La consultation a pour objet la réalisation des prestations suivantes :", None),
    ("Numéro de la consultation : 2030.ABC.01 ENTRETIEN DES FOSSÉS", "ENTRETIEN DES FOSSÉS"),
])
def test_clean_object(raw, expected):
    assert clean_object(raw) == expected


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize("text,pub,deadline", [
    ("Date d'envoi de la consultation 3 février 2031\nDate limite de réception des offres : 15 juillet 2031 à 12h00\n",
     "2031-02-03", "2031-07-15"),
    ("Avis n° 31-000001\n publié le 02/03/2031\n Date et heure limite de remise des plis :\n 18/09/2031 12:00\n",
     "2031-03-02", "2031-09-18"),
    (" PD Publication date 04/05/2031\n DT Deadline 06/06/2031\n", "2031-05-04", "2031-06-06"),
    ("Date de parution : 10/08/2031\nDate de clôture : 28/08/2031\n", "2031-08-10", "2031-08-28"),
    ("Date limite de dépôt des offres : MERCREDI 15 OCTOBRE 2031 A 12:00\n", None, "2031-10-15"),
])
def test_dates(text, pub, deadline):
    f = facts(text)
    assert value(f.publication_date) == pub
    assert value(f.deadline) == deadline


def test_questions_deadline_is_not_the_offers_deadline():
    text = "Date limite de réception des questions 1er avril 2031 à 12h00\nDate limite de remise des offres 10 avril 2031 à 12h00\n"
    assert value(facts(text).deadline) == "2031-04-10"


def test_deadline_date_on_an_unrelated_next_line_is_not_taken():
    text = "Date limite de remise des offres : voir la plateforme\nDémarrage prévisionnel des travaux 6 juillet 2031\n"
    assert facts(text).deadline is None


# ---------------------------------------------------------------- procedure
def test_procedure_label_beats_a_hypothetical_mention():
    text = ("II.2.11) Options : l'acheteur peut recourir à une procédure négociée sans publicité ni mise en concurrence "
            "pour des prestations similaires.\nIV.1.1) Type de procédure Procédure ouverte\n")
    assert facts(text).procedure.type == "ouverte"


def test_concours_needs_more_than_the_word():
    f = facts("Le titulaire apporte son concours au maître d'ouvrage pour la réception.\n")
    assert f.procedure is None or f.procedure.type is None


# ---------------------------------------------------------------- requirements
@pytest.mark.parametrize("text,expected", [
    ("Les variantes à l'initiative des candidats ne sont pas autorisées.", False),
    ("- Variantes : non autorisées.", False),
    ("Des variantes seront prises en considération : non", False),
    ("Des variantes seront prises en considération : oui", True),
    ("Les variantes proposées par les candidats sont autorisées.", True),
    ("Aucune variante acceptée ;", False),
])
def test_variants(text, expected):
    assert value(facts(text + "\n").requirements.variants) is expected


@pytest.mark.parametrize("text,expected", [
    ("Visite facultative du site le 3 mars 2031 à 10h00", False),
    ("- Visite des locaux : obligatoire, sur rendez-vous.", True),
    ("La visite sur site n'est pas obligatoire.", False),
])
def test_site_visit(text, expected):
    assert value(facts(text + "\n").requirements.site_visit_mandatory) is expected


@pytest.mark.parametrize("text,expected", [
    ("Les prestations sont réglées dans un délai global de paiement de trente jours.", 30),
    ("Les sommes dues sont payées dans un délai\nglobal de trente (30) jours par mandat administratif.", 30),
    ("Le délai maximum de paiement est fixé à 50 jours.", 50),
])
def test_payment_delay(text, expected):
    assert value(facts(text + "\n").requirements.payment_delay_days) == expected


def test_references_of_comparable_works():
    text = "- des références de travaux de nature et de montant comparables exécutés au cours des cinq dernières années ;\n"
    assert value(facts(text).requirements.references) is True


# ---------------------------------------------------------------- structured notices
def _notice(lines: list[str]) -> Document:
    text = "\n".join(lines) + "\n"
    doc = Document(path="n/notice.xml", dossier="n", format="xml")
    doc.pages.append(Page(number=1, raw_text=text, text=text, tables=[]))
    doc.fields = []
    doc.finalise_text()
    return doc


def test_ted_buyer_object_and_dates_from_fields():
    doc = _notice([
        "TED_EXPORT/CODED_DATA_SECTION/REF_OJS/DATE_PUB: 20310415",
        "TED_EXPORT/CODED_DATA_SECTION/CODIF_DATA/DS_DATE_DISPATCH: 20310411",
        "TED_EXPORT/FORM_SECTION/F02_2014/CONTRACTING_BODY/ADDRESS_CONTRACTING_BODY/OFFICIALNAME: Syndicat fictif des eaux",
        "TED_EXPORT/FORM_SECTION/F02_2014/OBJECT_CONTRACT/TITLE/P: Curage des réseaux d'assainissement",
        "TED_EXPORT/FORM_SECTION/F02_2014/PROCEDURE/PT_NEGOTIATED_WITH_PRIOR_CALL",
        "TED_EXPORT/FORM_SECTION/F02_2014/PROCEDURE/DATE_RECEIPT_TENDERS: 2031-06-05",
        "TED_EXPORT/FORM_SECTION/F02_2014/COMPLEMENTARY_INFO/ADDRESS_REVIEW_BODY/OFFICIALNAME: Tribunal administratif",
    ])
    f = extract(doc)
    assert value(f.buyer) == "Syndicat fictif des eaux"
    assert value(f.object) == "Curage des réseaux d'assainissement"
    assert value(f.publication_date) == "2031-04-15"
    assert value(f.deadline) == "2031-06-05"
    assert f.procedure.type == "negociee"


def test_eforms_publication_date_is_not_a_contract_date():
    doc = _notice([
        "ContractAwardNotice/UBLExtensions/UBLExtension/ExtensionContent/EformsExtension/NoticeResult/SettledContract/IssueDate: 2031-02-24+01:00",
        "ContractAwardNotice/UBLExtensions/UBLExtension/ExtensionContent/EformsExtension/Publication/PublicationDate: 2031-03-24+01:00",
        "ContractAwardNotice/IssueDate: 2031-03-19+01:00",
    ])
    assert value(extract(doc).publication_date) == "2031-03-24"


def test_boamp_type_procedure_and_title_first():
    doc = _notice([
        "ANNONCE/GESTION/INDEXATION/DATE_PUBLICATION: 2031-01-02",
        "ANNONCE/DONNEES/IDENTITE/DENOMINATION: Ville de Fictiville",
        "ANNONCE/DONNEES/OBJET/TITRE_MARCHE: Fourniture de mobilier scolaire",
        "ANNONCE/DONNEES/OBJET/OBJET_COMPLET: Accord-cadre de fourniture de mobilier pour les écoles de la ville.",
        "ANNONCE/DONNEES/PROCEDURE/TYPE_PROCEDURE/PROCEDURE_ADAPTE",
    ])
    f = extract(doc)
    assert value(f.buyer) == "Ville de Fictiville"
    assert value(f.object) == "Fourniture de mobilier scolaire"
    assert f.procedure.type == "adaptee"
