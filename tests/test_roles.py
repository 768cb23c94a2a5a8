"""The role of a passage (clausecheck/detection/roles.py): what a passage does, read from its
structure — its label, the headings above it, its own signs — on snippets written for these tests."""

from __future__ import annotations

import pytest

from clausecheck.detection import snippet_document
from clausecheck.detection.roles import RoleReader, load_roles
from clausecheck.structure import apply_structure


@pytest.fixture(scope="module")
def config():
    return load_roles()


def reading(config, text: str, at: str, doc_type: str = "AVIS"):
    doc = snippet_document(text, doc_type)
    apply_structure(doc)
    start = doc.text.index(at)
    return RoleReader(doc, config).role_at(start, start + len(at))


def test_sentence_ends_where_a_capital_follows_the_full_stop(config):
    """Notices run sentences together (« …TOULON.Nombre d'heures… »): the second sentence of a lot's
    description is not its object."""
    text = ("II.2.4) Description des prestations : Lieux d'intervention : ANTIBES-CANNES-TOULON.Nombre d'heures "
            "de travail à réaliser au titre de l'engagement d'insertion professionnelle : 2870.")
    doc = snippet_document(text, "AVIS")
    reader = RoleReader(doc, config)
    start = doc.text.index("Nombre d'heures")
    lo, _ = reader.sentence(start, start + 5)
    assert lo == start
    assert reader.role_at(start, start + 5).role != "object"


@pytest.mark.parametrize("text, inside", [
    ("Le présent marché est réservé, conformément à l'article L. 2113-13 du code, aux structures d'insertion. Fin.",
     "aux structures d'insertion"),
    ("Il est réservé, en application de l'art. 15 du code des marchés publics, à des entreprises adaptées. Fin.",
     "à des entreprises adaptées"),
])
def test_the_dot_of_an_abbreviation_before_its_number_ends_no_sentence(config, text, inside):
    doc = snippet_document(text, "CCAP")
    reader = RoleReader(doc, config)
    lo, hi = reader.sentence(0, 5)
    assert inside in doc.text[lo:hi] and "Fin" not in doc.text[lo:hi]
    # a single letter ending a sentence still ends it (« … le lot A. Le titulaire … »)
    other = snippet_document("Le marché comprend le lot A. Le titulaire livre le lot B.", "CCAP")
    assert "titulaire" not in other.text[slice(*RoleReader(other, config).sentence(0, 5))]


def test_object_label_governs_its_first_sentence_only(config):
    text = ("Objet : Entretien des espaces verts de la commune. Le titulaire réserve 800 heures de travail à des "
            "personnes éloignées de l'emploi.")
    assert reading(config, text, "Entretien des espaces verts").role == "object"
    assert reading(config, text, "800 heures").role != "object"


def test_a_later_sentence_without_a_sign_still_describes_the_object(config):
    text = ("Objet : accompagnement renforcé de personnes sans emploi. Les publics concernés sont les "
            "bénéficiaires du RSA et les jeunes de moins de 26 ans.")
    found = reading(config, text, "Les publics concernés")
    assert found.role == "object" and "suite de" in found.reason


def test_criteria_list_items_take_the_role_of_their_list(config):
    text = "Critères d'attribution :\n- Prix : 60 %\n- Performance environnementale des véhicules : 15 %\n"
    found = reading(config, text, "Performance environnementale", "RC")
    assert found.role == "criteria" and found.source == "intitulé"


@pytest.mark.parametrize("text, at, role", [
    # a count of places is no weight in points
    ("Un circuit ne pourra desservir plus de 5 points d'utilisation.\nLes luminaires sont à LED.", "Les luminaires", None),
    ("Le titulaire installe 12 points lumineux.\nLes luminaires sont à LED.", "Les luminaires", None),
    # a weight in points is one
    ("Valeur environnementale : 20 points\nPart des véhicules électriques affectés au marché", "Part des véhicules",
     "criteria"),
])
def test_points_weigh_a_criterion_only_when_they_are_a_weight(config, text, at, role):
    found = reading(config, text, at, "CCTP" if role is None else "RC")
    assert (found.role == "criteria") == (role == "criteria"), found


@pytest.mark.parametrize("text, at, is_criterion", [
    # an item named, weighted, then described, cut from the list's heading
    ("b) Véhicules de livraison (12 points) : motorisation, norme Euro et kilométrage annuel prévu.", "motorisation",
     True),
    ("2° Emballages (5 %) : part de contenants consignés ou réutilisables.", "part de contenants", True),
    # a percentage inside a sentence, or a rate that is no weight
    ("Retenue de garantie : le titulaire peut la remplacer par une garantie à première demande de 5 %.",
     "garantie à première", False),
    ("La part des produits issus de l'agriculture biologique (20 % au moins en valeur) sera contrôlée chaque mois.",
     "sera contrôlée", False),
])
def test_an_item_weighted_after_its_name_is_a_criterion(config, text, at, is_criterion):
    assert (reading(config, text, at, "RC").role == "criteria") == is_criterion


@pytest.mark.parametrize("text, at", [
    # a criterion's title line governs the prose that describes it, past a running header
    ("Critère n° 5 – Démarche de prévention des déchets (10 points)\nCCAP – Restauration collective – page 7/12\n"
     "L'offre qui prévoit la reprise des contenants et le don des excédents à une association obtient la note maximale.",
     "L'offre qui prévoit"),
    # a description that says how the offer is marked
    ("La note tient compte de la part de légumes de saison dans les menus proposés.", "légumes de saison"),
    ("Chaque candidat est noté sur la distance moyenne parcourue par ses véhicules de livraison.", "distance moyenne"),
    ("Sont appréciés : le recours au vrac, la consigne des bouteilles, la réduction des suremballages.", "le recours"),
])
def test_a_criterion_s_description_reads_as_a_criterion(config, text, at):
    assert reading(config, text, at, "RC").role == "criteria"


@pytest.mark.parametrize("text, at", [
    # a criterion's title joined to its description by a dash on one line
    ("Sous-critère 3.1 (4 pts) – Part des ordinateurs reconditionnés dans la flotte livrée.", "Part des ordinateurs"),
    # a marking method, under its heading or saying how the mark is given
    ("Modalités de notation\nLe rapport entre la masse de déchets valorisés et la masse totale donne la note.",
     "Le rapport entre"),
    ("La note N4 (sur 20) est attribuée au prorata de la part de papier recyclé.", "papier recyclé"),
])
def test_a_criterion_s_title_or_marking_method_governs_its_text(config, text, at):
    assert reading(config, text, at, "RC").role == "criteria"


@pytest.mark.parametrize("text, at, role", [
    # a question in a questions-and-answers register asks; its answer may commit
    ("Question n° 4 : Les véhicules devront-ils rouler au bioGNV ?\nRéponse : Oui, le titulaire affecte au marché des "
     "véhicules roulant au bioGNV.", "Les véhicules devront", "selection"),
    ("Question n° 4 : Les véhicules devront-ils rouler au bioGNV ?\nRéponse : Oui, le titulaire affecte au marché des "
     "véhicules roulant au bioGNV.", "affecte au marché", "execution"),
    # documents asked for the candidature are selection, whatever clause they name
    ("Pièces à fournir au titre de la candidature : attestations de deux marchés ayant comporté une clause sociale.",
     "attestations", "selection"),
])
def test_questions_and_candidature_documents_commit_to_nothing(config, text, at, role):
    assert reading(config, text, at, "QR" if "Question" in text else "RC").role == role


def test_marking_words_in_a_clause_do_not_make_it_a_criterion(config):
    text = "Le titulaire remet chaque mois un rapport ; les écarts constatés sont notés dans le registre du chantier."
    assert reading(config, text, "Le titulaire remet", "CCAP").role != "criteria"


def test_heading_of_execution_conditions(config):
    text = "ARTICLE 9 - CONDITIONS D'EXECUTION\n\nLes emballages sont repris par le titulaire et recyclés."
    assert reading(config, text, "Les emballages", "CCAP").role == "execution"


def test_price_schedule_lines_are_price_schedule(config):
    text = "Prix n° 12 | Tri et évacuation des déchets de chantier | forfait | 1"
    assert reading(config, text, "Tri et évacuation", "DPGF").role == "price_schedule"


def test_denial_is_told(config):
    doc = snippet_document("Le présent marché ne comporte pas de clause d'insertion.", "CCAP")
    reader = RoleReader(doc, config)
    start = doc.text.index("clause d'insertion")
    assert reader.denial(start, start + 5)


# A criterion's line closed by its weight after a dash, which ends the sentence (blind_criteria_3; my own wording)
def test_a_line_closed_by_its_weight_after_a_dash_is_a_criterion(config):
    text = "4) Part des produits issus de l'agriculture biologique dans les menus\n   proposés – 15 points"
    assert reading(config, text, "agriculture biologique", "CCAP").role == "criteria"
    text = "Le titulaire livre des produits issus de l'agriculture biologique – voir l'annexe 2."
    assert reading(config, text, "agriculture biologique", "CCAP").role != "criteria"


# A criterion said not to count or not to apply (blind_criteria_3; my own wording) denies what its sentence names;
# a criterion that applies does not.
@pytest.mark.parametrize("text, word, denied", [
    ("La note sur la démarche environnementale n'est pas prise en compte dans la notation des offres.",
     "environnementale", True),
    ("Le critère relatif aux performances environnementales, prévu par l'art. L. 2152-7, ne s'applique pas\nà la "
     "présente procédure.", "environnementales", True),
    ("Le critère environnemental (15 %) s'applique à chacun des lots.", "environnemental", False),
])
def test_a_criterion_said_not_to_count(config, text, word, denied):
    doc = snippet_document(text, "RC")
    start = doc.text.index(word)
    assert bool(RoleReader(doc, config).denial(start, start + len(word))) is denied


# A sentence the page layout wraps over several lines keeps its role (kind seen on
# tests/data/blind_clauses.yml; examples written anew).
@pytest.mark.parametrize("text", [
    "Le titulaire s'engage, pendant toute la durée du marché, à\nconfier 300 heures d'insertion à des demandeurs "
    "d'emploi.",
    "Pendant toute la durée du marché, le prestataire\nveille à ce que ses salariés bénéficient de conditions de "
    "travail\nconformes aux conventions fondamentales de l'OIT.",
])
def test_a_sentence_wrapped_over_lines_keeps_its_role(text):
    doc = snippet_document(text, "AVIS")
    reader = RoleReader(doc)
    at = len(doc.text) - 12
    assert reader.role_at(at, at + 5).role == "execution"
    assert reader.sentence(at, at + 5)[0] == 0


def test_a_line_ending_a_sentence_or_opening_a_list_is_not_joined():
    doc = snippet_document("Conditions d'exécution :\n- le titulaire recycle ses emballages\nPrix : 60 %", "AVIS")
    reader = RoleReader(doc)
    at = doc.text.index("recycle")
    assert reader.sentence(at, at + 5) == (doc.text.index("- le"), doc.text.index("\nPrix"))


def test_a_sentence_wrapped_before_a_figure_with_its_unit_keeps_its_role():
    """« … soit environ\n10 % du montant … » goes on with the sentence: a figure with its unit numbers no list
    item (kind seen on tests/data/blind_clauses_2.yml, written blind)."""
    text = ("Le titulaire confie l'entretien des abords des bassins de rétention, soit environ\n"
            "10 % du montant annuel des prestations, à une structure d'insertion par l'activité\néconomique.")
    doc = snippet_document(text, "CCAP")
    reading = RoleReader(doc).role_at(doc.folded.index("structure d"))
    assert reading.role == "execution"
    listed = snippet_document("Les pièces à fournir sont les suivantes :\n1 Le DC1 signé\n2 Le DC2", "RC")
    reader = RoleReader(listed)
    assert reader.sentence(listed.folded.index("dc2"), listed.folded.index("dc2") + 3)[0] > listed.folded.index("dc1")


def test_a_criteria_row_that_names_a_clause_is_a_criterion(config):
    """Under « Critères de jugement », a weighted row naming the insertion clause is a criterion; the same
    words in an execution article, without a weight, stay a clause."""
    text = ("Article 5 - Critères de jugement\nCritère Pondération\nPrix 60 %\n"
            "Modalités de mise en œuvre de la clause d'insertion 10 %\nArticle 6 - Visite")
    assert reading(config, text, "clause d'insertion", "RC").role == "criteria"
    text = ("Article 8 - Clause d'insertion\nLe titulaire met en œuvre la clause d'insertion décrite ci-après.\n"
            "Article 9 - Pénalités")
    assert reading(config, text, "clause d'insertion décrite", "CCAP").role == "execution"


def test_what_a_criterion_asks_the_candidate_is_the_criterion(config):
    """« le candidat indique » under a criterion's own label is how the offer is judged; under the
    candidature's label it stays a selection question."""
    text = "Critère n° 2 – Performance environnementale (20 %) : le candidat indique les émissions de ses véhicules."
    assert reading(config, text, "le candidat indique", "RC").role == "criteria"
    text = "Pièces de la candidature : le candidat indique ses références pour des prestations similaires."
    assert reading(config, text, "le candidat indique", "RC").role == "selection"


def test_an_article_whose_first_sentence_denies_its_heading_states_nothing(config):
    """« Article 11 – Conditions d'exécution à caractère social » then « Aucune condition … n'est prévue »: the
    heading states nothing; a denial further down, for one lot, leaves the heading its meaning."""
    doc = snippet_document("Article 11 – Conditions d'exécution à caractère social\nAucune condition d'exécution à "
                           "caractère social n'est prévue.\nArticle 12 – Prix", "CCAP")
    apply_structure(doc)
    assert RoleReader(doc, config).denied_below(doc.text.index("Conditions"))
    doc = snippet_document("Article 4 – Clause sociale d'insertion\nLot A – Nettoyage : 1 100 heures par an\n"
                           "Lot C – Vitrerie : pas de clause\nArticle 5 – Prix", "RC")
    apply_structure(doc)
    assert RoleReader(doc, config).denied_below(doc.text.index("Clause sociale")) is None


@pytest.mark.parametrize("section, role", [
    # (blind_criteria_4 072, written before the fix) eForms' « Critère : » opens one criterion's fields; the section
    # above says which criteria they are
    ("5.1.9 Critères de sélection", "selection"),
    ("5.1.10 Critères d'attribution", "criteria"),
])
def test_an_eforms_criterion_item_takes_the_kind_of_its_section(config, section, role):
    text = (f"{section}\nCritère :\n    Type : Aptitude technique et professionnelle\n    Description : certificat ISO "
            "14001 ou équivalent, ou description des mesures de gestion environnementale\n    Utilisé : Oui")
    assert reading(config, text, "mesures de gestion environnementale").role == role


@pytest.mark.parametrize("text, weighted", [
    ("Valeur environnementale : 20 %", True),
    # (blind_criteria_4 151, written before the fix) a threshold closing the sentence is no weight
    ("Le candidat déclare que la proportion de travailleurs handicapés qu'il emploie est au moins égale à 50 %.", False),
])
def test_a_threshold_is_no_weight(config, text, weighted):
    assert (reading(config, text, text[:20], doc_type="AE").role == "criteria") is weighted


@pytest.mark.parametrize("text, at, reservation", [
    # (blind_values_12 097, written before the fix) a label answered on its own line governs nothing below
    ("Reserved contract: no.\nSocial clause: the successful tenderer will provide 1,260 hours of work to people in "
     "professional integration.", "people in professional integration", False),
    # a label that opens a list still governs its items
    ("Marché réservé :\n- lot 2 réservé aux structures d'insertion par l'activité économique", "lot 2 réservé", True),
])
def test_a_label_answered_on_its_own_line_governs_nothing_below(config, text, at, reservation):
    assert (reading(config, text, at).role == "reservation") is reservation
