"""Wording variants written from the legal texts and usual DCE phrasing (not from the corpus):
each line says which categories must be present (+) or absent (-)."""

from __future__ import annotations

import pytest

from clausecheck.detection import Detector, snippet_document
from clausecheck.pipeline import Engine

CASES = [
    # --- insertion / social clauses
    ("CCAP", "ARTICLE 14 – CONDITIONS D'EXÉCUTION À CARACTÈRE SOCIAL\nEn application de l'article L. 2112-2 du code "
     "de la commande publique, le titulaire s'engage à réserver 5 % des heures travaillées à une action "
     "d'insertion professionnelle.", "+clause_sociale +clause_insertion"),
    ("CCAP", "Le titulaire devra réaliser un minimum de 1 750 heures de travail dédiées à l'insertion.",
     "+clause_insertion"),
    ("CCAP", "Clause sociale d'insertion et de promotion de l'emploi : le nombre d'heures d'insertion est fixé à 600 h.",
     "+clause_insertion +clause_sociale"),
    ("AVIS", "Conditions particulières d'exécution : le marché comporte une clause sociale d’insertion (article 38 "
     "de l'ordonnance du 23 juillet 2015).", "+clause_insertion"),
    ("RC", "Clauses sociales : Oui\nClauses environnementales : Non", "+clause_sociale -clause_environnementale"),
    ("CCAP", "Le titulaire s'engage à ce que les produits fournis soient fabriqués dans le respect des conventions "
     "fondamentales de l'OIT.", "+clause_sociale"),
    ("AVIS", "Marché de prestations d'accompagnement vers l'emploi des bénéficiaires du RSA.", "-clause_insertion"),
    ("RC", "Les candidats produisent l'attestation d'emploi des travailleurs handicapés (article L. 5212-2 du code "
     "du travail).", "-clause_sociale -marche_reserve"),
    ("CCTP", "Insertion des gaines dans les fourreaux existants ; 40 heures de main-d'œuvre.", "-clause_insertion"),
    # --- reserved
    ("RC", "Conformément à l'article L2113-13 du code de la commande publique, le présent accord-cadre est réservé "
     "aux structures d'insertion par l'activité économique.", "+marche_reserve"),
    ("AVIS", "Le lot n° 4 est réservé à des entreprises adaptées ou à des établissements et services d'aide par le "
     "travail (article L. 2113-12).", "+marche_reserve"),
    ("AVIS", "Marché réservé : NON", "-marche_reserve"),
    ("RC", "Le marché n’est pas réservé.", "-marche_reserve"),
    ("AVIS", "Informations sur les marchés réservés : néant.", "-marche_reserve"),
    ("RC", "La participation est réservée à la profession d'architecte.", "-marche_reserve"),
    # (blind_values_10) the holder reserves a share of its hours: an insertion clause, not a reserved contract
    ("CCAP", "Le titulaire de chaque lot réserve une part des heures de travail nécessaires à l'exécution des travaux "
     "à des personnes éloignées de l'emploi.", "-marche_reserve +clause_insertion"),
    ("CCAP", "Le lot 2 est réservé aux structures d'insertion par l'activité économique ; le titulaire réserve "
     "en outre 5 % des heures à l'insertion.", "+marche_reserve"),
    # --- environment clauses
    ("CCTP", "Les déchets de chantier seront triés et évacués vers des filières de valorisation agréées ; le "
     "titulaire remettra les bordereaux de suivi.", "+clause_environnementale"),
    ("CCAP", "ARTICLE 10 – CLAUSE ENVIRONNEMENTALE\nLe titulaire s'engage à livrer les fournitures dans des "
     "emballages recyclables et à reprendre les emballages.", "+clause_environnementale"),
    ("CCTP", "Les produits d'entretien utilisés devront être titulaires de l'écolabel européen ou équivalent.",
     "+clause_environnementale"),
    ("CCTP", "L'environnement logiciel comprend Windows Server et une base PostgreSQL.",
     "-clause_environnementale -critere_environnemental"),
    ("AVIS", "Description succincte : collecte et traitement des déchets ménagers et valorisation des déchets verts.",
     "-clause_environnementale"),
    # (blind_environment_2 012) the object under a lettered heading of an AE, not a clause
    ("AE", "A – Objet de l'acte d'engagement\nMarché n° 2026-07 : enlèvement, transport et valorisation des déchets "
     "d'équipements électriques et électroniques.\nB – Engagement du titulaire\nLe signataire s'engage à exécuter "
     "les prestations pour un montant maximum de 45 000 € HT.", "-clause_environnementale"),
    # --- criteria
    ("RC", "Critère 3 : Performances en matière de développement durable (10 %)", "+critere_environnemental"),
    ("RC", "Valeur environnementale de l'offre : 15 points", "+critere_environnemental"),
    ("AVIS", "Critère de qualité - Nom: Mesures en faveur de l'insertion professionnelle / Pondération: 10",
     "+critere_social"),
    ("RC", "Sous-critère 2.3 : démarche RSE et actions sociales de l'entreprise (5 points)", "+critere_social"),
    ("RC", "Critères de jugement des offres :\n1. Prix : 60 %\n2. Valeur technique : 40 %",
     "-critere_social -critere_environnemental"),
    ("RC", "Le candidat indique sa raison sociale et son siège social. Critère prix : 100 %.", "-critere_social"),
    ("AVIS", "Award criteria: Environmental performance / Weighting: 10", "+critere_environnemental"),
    ("AVIS", "Objectif : réduction de 40 % des émissions de gaz à effet de serre du parc.", "-critere_environnemental"),
    ("CCTP", "Le titulaire atteindra une performance énergétique de 20 % supérieure à la RT 2012.",
     "-critere_environnemental"),
    ("AVIS", "Marché réservé : oui (article L. 2113-12 du code de la commande publique)", "+marche_reserve"),
    ("AVIS", "Le marché est réservé aux entreprises de l'économie sociale et solidaire (article L. 2113-15).",
     "+marche_reserve"),
    # --- « ni … ni » denies the clauses it names, not a prohibition on the holder
    ("CCAP", "Le marché ne prévoit ni clause d'insertion ni clause environnementale.",
     "-clause_insertion -clause_environnementale"),
    ("CCTP", "Le titulaire n'utilise ni produits phytosanitaires ni engrais de synthèse sur les espaces verts.",
     "+clause_environnementale"),
    # --- a longer label answered « no », and one answered with content
    ("AVIS", "Clauses environnementales d'exécution du marché : néant", "-clause_environnementale"),
    ("AVIS", "Clauses environnementales d'exécution du marché : tri des déchets de chantier et bordereaux de suivi",
     "+clause_environnementale"),
    # --- each match takes the role it names in a sentence announcing both roles; a weighted one stays a criterion
    ("AVIS", "Le marché comporte des critères d'attribution environnementaux et des conditions d'exécution à "
     "caractère environnemental (réemploi des menuiseries déposées).", "+clause_environnementale"),
    ("RC", "Critère 3 : respect des conditions d'exécution environnementales (10 %)",
     "+critere_environnemental -clause_environnementale"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Engine(use_model=False)


@pytest.mark.parametrize("doc_type, text, expected", CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_variant(detector, doc_type, text, expected):
    result = detector.analyse(snippet_document(text, doc_type))
    for item in expected.split():
        category, wanted = item[1:], item[0] == "+"
        assert bool(result.considerations[category]) is wanted, (item, [f.trace for f in result.findings])


# Read by the shipped engine (rules, passage model, decision table): what a sentence's role needs the model for
SHIPPED_CASES = [
    # (blind_values_10 d01) hours reserved to people are insertion; a reservation is to operators
    ("CCAP", "1. Objet de la fiche\nLa présente fiche fixe, pour chaque lot, le nombre minimal d'heures de travail que "
     "le titulaire réserve\nà des publics éloignés de l'emploi, en application de l'article du CCAP relatif à la "
     "clause d'insertion\npar l'activité économique.", "-marche_reserve +clause_insertion"),
    ("RC", "Le lot 3 est réservé aux structures d'insertion par l'activité économique (article L. 2113-13), qui "
     "emploient des personnes éloignées de l'emploi.", "+marche_reserve"),
    # a table of hours per lot: its lot codes and hours are no weights (blind_stipulations 074)
    ("CCAP", "| Lot | Désignation | Heures de travail réservées aux publics éloignés de l'emploi |\n| 01 | Gros œuvre | 650 |"
     "\n| 03 | Charpente | 210 |", "-critere_social"),
    ("RC", "| Critère | Pondération |\n| Prix | 60 |\n| Insertion des publics éloignés de l'emploi | 10 |", "+critere_social"),
    # (blind_values_10 d06) in a waste-collection contract, the vehicles' class is a condition on how it is done;
    # the waste it collects is what it buys
    ("CCAP", "Article 1 - Objet\nLe marché a pour objet la collecte des déchets verts et des encombrants.\n"
     "Article 5 - Véhicules\nLes véhicules affectés sont de classe Crit'Air 1 ou électriques.", "+clause_environnementale"),
    ("CCAP", "Article 1 - Objet\nLe marché a pour objet la collecte des déchets verts et des encombrants.\n"
     "Article 4 - Exécution\nLes déchets verts collectés sont livrés à la plateforme de compostage de la commune.",
     "-clause_environnementale"),
]


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine()


@pytest.mark.parametrize("doc_type, text, expected", SHIPPED_CASES, ids=[f"s{i:02d}" for i in range(len(SHIPPED_CASES))])
def test_variant_read_by_the_shipped_engine(shipped, doc_type, text, expected):
    test_variant(shipped, doc_type, text, expected)
