#!/usr/bin/env python3
"""Écrit documents/*.txt et documents/labels.csv (jeu aveugle de 36 avis inventés).

Bibliothèque standard seulement, déterministe : relancer le script réécrit les mêmes octets.
Chaque citation de la colonne evidence est vérifiée présente mot pour mot dans le texte de l'avis,
et la colonne evidence complète ne dépasse pas 300 caractères.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "documents")

COLUMNS = ["path", "doc_type", "clause_sociale", "clause_insertion", "heures_insertion",
           "critere_social", "marche_reserve", "reserve_base", "clause_environnementale",
           "critere_environnemental", "allotissement", "nb_lots", "montant_estime_ht",
           "montant_max_ht", "evidence"]

DOCS = []


def add(name, text, ev, cs=0, ci=0, h="", crs=0, mr=0, rb="", ce=0, cre=0, al="", nb="",
        est="", mx=""):
    DOCS.append(dict(name=name, text=text.strip("\n") + "\n", ev=ev, lab=dict(
        clause_sociale=cs, clause_insertion=ci, heures_insertion=h, critere_social=crs,
        marche_reserve=mr, reserve_base=rb, clause_environnementale=ce,
        critere_environnemental=cre, allotissement=al, nb_lots=nb, montant_estime_ht=est,
        montant_max_ht=mx)))


# ---------------------------------------------------------------- 01 BOAMP, insertion par lot
add("avis_01_boamp_groupe_scolaire.txt", """
BOAMP - Avis n° 26-148213
Département(s) de publication : 63
Annonce No 26-148213

I. II. III. IV. VI.
AVIS DE MARCHÉ - Travaux
Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Commune de Saint-Aubert-les-Combes, place de la Mairie, 63999 Saint-Aubert-les-Combes, F, Courriel : marches@saint-aubert-combes.invalid, Code NUTS : FRK24
Adresse principale : https://www.saint-aubert-combes.invalid
Adresse du profil acheteur : https://marches.profil-acheteur.invalid/sac
I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale
I.5) Activité principale : Services généraux des administrations publiques

Section II : Objet
II.1.1) Intitulé : Réhabilitation et extension du groupe scolaire Jean-Moulin
Numéro de référence : 2026-TX-07
II.1.2) Code CPV principal : 45214200
II.1.3) Type de marché : Travaux
II.1.4) Description succincte : Travaux de réhabilitation lourde et d'extension (320 m²) du groupe scolaire Jean-Moulin, en site occupé, en quatre lots séparés.
II.1.5) Valeur totale estimée : Valeur hors TVA : 1 850 000 euros
II.1.6) Information sur les lots : Ce marché est divisé en lots : oui
Des offres peuvent être soumises pour tous les lots

II.2.1) Intitulé : Gros oeuvre - démolition
Lot nº : 1
II.2.4) Description des prestations : Démolitions, reprises en sous-oeuvre, gros oeuvre de l'extension. Clause sociale d'insertion : 350 heures au lot 1.
II.2.5) Critères d'attribution : Le prix n'est pas le seul critère d'attribution et tous les critères sont énoncés uniquement dans les documents du marché
II.2.7) Durée du marché : 14 mois

II.2.1) Intitulé : Charpente - couverture - bardage
Lot nº : 2
II.2.4) Description des prestations : Charpente bois de l'extension, couverture zinc, bardage. Clause sociale d'insertion : 700 heures au lot 2.
II.2.5) Critères d'attribution : Le prix n'est pas le seul critère d'attribution et tous les critères sont énoncés uniquement dans les documents du marché

II.2.1) Intitulé : Menuiseries intérieures - cloisons
Lot nº : 3
II.2.4) Description des prestations : Cloisons, doublages, portes intérieures, mobilier fixe.

II.2.1) Intitulé : Électricité courants forts et faibles
Lot nº : 4
II.2.4) Description des prestations : Remplacement de l'installation électrique, éclairage, alarme incendie.

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.1) Habilitation à exercer l'activité professionnelle : Liste et description succincte des conditions : DC1, DC2, attestations d'assurance.
III.1.3) Capacité technique et professionnelle : références de travaux de même nature sur les trois dernières années.
III.1.5) Informations sur les marchés réservés :
III.2.2) Conditions particulières d'exécution : Voir CCAP article 9 (insertion) pour les lots 1 et 2.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure adaptée ouverte
IV.2.2) Date limite de réception des offres : 12 février 2026 à 12 h 00
IV.2.4) Langue(s) : français

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires : Critères d'attribution : prix des prestations (60 %), valeur technique appréciée au regard du mémoire technique (40 %). Visite sur site obligatoire.
VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Clermont-Ferrand
VI.5) Date d'envoi du présent avis : 14 janvier 2026
""", ["Clause sociale d'insertion : 350 heures au lot 1", "Clause sociale d'insertion : 700 heures au lot 2",
      "somme 1050 h", "Ce marché est divisé en lots : oui", "Lot nº : 4", "Valeur hors TVA : 1 850 000 euros"],
    cs=1, ci=1, h=1050, al=1, nb=4, est=1850000)

# ---------------------------------------------------------------- 02 BOAMP, lot réservé SIAE
add("avis_02_boamp_nettoyage_lot_reserve.txt", """
BOAMP - Annonce n° 26-151002
AVIS DE MARCHÉ - Services

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Communauté de communes du Val d'Ormoy, 4 rue des Tilleuls, 41999 Ormoy-sur-Cher
I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale

Section II : Objet
II.1.1) Intitulé : Nettoyage et entretien des locaux communautaires
II.1.2) Code CPV principal : 90910000
II.1.3) Type de marché : Services
II.1.4) Description succincte : Accord-cadre à bons de commande mono-attributaire par lot pour le nettoyage des bâtiments administratifs, sportifs et culturels de la communauté de communes. Durée : 4 ans ferme.
II.1.6) Information sur les lots : Ce marché est divisé en lots : oui

II.2.1) Intitulé : Bâtiments administratifs
Lot nº : 1
II.2.4) Description des prestations : Nettoyage quotidien du siège et des trois antennes. Montant maximum sur la durée totale de l'accord-cadre : 300 000 euros HT.

II.2.1) Intitulé : Équipements sportifs
Lot nº : 2
II.2.4) Description des prestations : Gymnases, vestiaires et piscine intercommunale. Montant maximum sur la durée totale de l'accord-cadre : 200 000 euros HT.

II.2.1) Intitulé : Vitrerie et remise en état
Lot nº : 3
II.2.4) Description des prestations : Nettoyage des vitres et remises en état ponctuelles. Montant maximum sur la durée totale de l'accord-cadre : 90 000 euros HT.
Lot 3 réservé aux structures d'insertion par l'activité économique (art. L. 2113-13 du code de la commande publique).

II.2.5) Critères d'attribution (tous lots) : Prix : 55 % ; Valeur technique : 45 %.

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.3) Capacité technique : moyens humains et matériels, références.
III.1.5) Informations sur les marchés réservés : Le marché est réservé à des ateliers protégés et des opérateurs économiques dont l'objectif est l'intégration sociale et professionnelle de personnes handicapées ou défavorisées (lot 3 uniquement).

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
IV.2.2) Date limite de réception des offres : 3 mars 2026 à 16 h 00

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires : Dossier de consultation téléchargeable gratuitement sur le profil acheteur.
""", ["Lot 3 réservé aux structures d'insertion par l'activité économique (art. L. 2113-13",
      "Ce marché est divisé en lots : oui", "Lot nº : 3", "maxima 300 000 + 200 000 + 90 000 = 590000"],
    mr=1, rb="L2113-13", al=1, nb=3, mx=590000)

# ---------------------------------------------------------------- 03 JOUE FR, véhicules
add("avis_03_joue_fr_vehicules_electriques.txt", """
Avis de marché
Fournitures
Base juridique : Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Syndicat mixte des eaux de la Vèze, 18 quai Pasteur, 26999 Vèze-le-Pont, France. Code NUTS : FRK23
I.3) Communication : Les documents du marché sont disponibles gratuitement en accès direct non restreint et complet.

Section II : Objet
II.1.1) Intitulé : Acquisition de véhicules utilitaires légers électriques
II.1.2) Code CPV principal : 34136000
II.1.3) Type de marché : Fournitures
II.1.4) Description succincte : Fourniture de 14 véhicules utilitaires légers à motorisation électrique et de leurs bornes de recharge, avec reprise de véhicules thermiques.
II.1.5) Valeur totale estimée : Valeur hors TVA : 640 000.00 EUR
II.1.6) Information sur les lots : Ce marché est divisé en lots : non
II.2.4) Description des prestations : Fourniture, immatriculation et livraison des véhicules ; formation des agents à la conduite.
II.2.5) Critères d'attribution :
Critère de qualité - Nom : Valeur technique / Pondération : 35
Critère de qualité - Nom : Performance environnementale des véhicules (consommation, autonomie réelle) / Pondération : 15
Coût - Nom : Coût total de possession / Pondération : 50
II.2.7) Durée du marché : 12 mois

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.1) Habilitation : déclaration sur l'honneur.
III.1.2) Capacité économique et financière : chiffre d'affaires des trois derniers exercices.
III.2.2) Conditions particulières d'exécution : Le titulaire assure la reprise des batteries usagées et justifie de leur recyclage dans une filière agréée pendant toute la durée du marché.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
IV.2.2) Date limite de réception des offres ou des demandes de participation : 20/03/2026 Heure locale : 12:00

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires : Variantes non autorisées.
VI.5) Date d'envoi du présent avis : 09/02/2026
""", ["Performance environnementale des véhicules (consommation, autonomie réelle) / Pondération : 15",
      "Le titulaire assure la reprise des batteries usagées et justifie de leur recyclage",
      "Valeur hors TVA : 640 000.00 EUR"],
    ce=1, cre=1, al=0, est=640000)

# ---------------------------------------------------------------- 04 TED EN, restauration
add("avis_04_ted_en_school_catering.txt", """
Contract notice
Services
Legal Basis: Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses: Ville de Montferrand-sur-Lèze, Direction de l'éducation, 2 place de l'Hôtel de Ville, 31999 Montferrand-sur-Lèze, France
I.4) Type of the contracting authority: Regional or local authority

Section II: Object
II.1.1) Title: School catering services (central kitchen and satellite canteens)
II.1.2) Main CPV code: 55524000
II.1.3) Type of contract: Services
II.1.4) Short description: Preparation and delivery of meals for the municipal schools and leisure centres.
II.1.5) Estimated total value: Value excluding VAT: 2 400 000.00 EUR
II.1.6) Information about lots: This contract is divided into lots: yes

II.2.1) Title: Meals for schools
Lot No: 1
II.2.4) Description of the procurement: About 1 400 meals a day in cook-chill delivery.
II.2.5) Award criteria:
Quality criterion - Name: Share of organic and sustainable products / Weighting: 20
Quality criterion - Name: Integration of disadvantaged job seekers / Weighting: 10
Quality criterion - Name: Taste and nutritional quality / Weighting: 30
Price - Weighting: 40

II.2.1) Title: Meals for leisure centres
Lot No: 2
II.2.4) Description of the procurement: Picnic and hot meals during school holidays.
II.2.5) Award criteria:
Quality criterion - Name: Taste and nutritional quality / Weighting: 50
Price - Weighting: 50

Section III: Legal, economic, financial and technical information
III.1.1) Suitability to pursue the professional activity: health approval of the production site.
III.1.5) Information about reserved contracts:
III.2.2) Contract performance conditions: The contractor shall reserve at least 1 200 hours of work to persons far from employment (insertion clause, Article 8 of the special conditions, lot 1). The contractor shall implement a food waste reduction plan and deliver in reusable containers.

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure
IV.2.2) Time limit for receipt of tenders or requests to participate: 16/04/2026 Local time: 12:00
IV.2.4) Languages in which tenders or requests to participate may be submitted: French

Section VI: Complementary information
VI.3) Additional information: Site visit recommended.
""", ["Integration of disadvantaged job seekers / Weighting: 10", "at least 1 200 hours of work",
      "food waste reduction plan", "Share of organic and sustainable products / Weighting: 20",
      "divided into lots: yes", "Lot No: 2", "Value excluding VAT: 2 400 000.00 EUR"],
    cs=1, ci=1, h=1200, crs=1, ce=1, cre=1, al=1, nb=2, est=2400000)

# ---------------------------------------------------------------- 05 eForms FR, espaces verts
add("avis_05_eforms_fr_espaces_verts.txt", """
Avis de marché ou de concession – régime standard
Directive 2014/24/UE

1. Acheteur
1.1 Acheteur
Nom officiel : Département de la Haute-Brévanne
Forme juridique de l'acheteur : Autorité régionale
Activité du pouvoir adjudicateur : Services d'administration générale

2. Procédure
2.1 Procédure
Titre : Entretien des espaces verts des collèges et des routes départementales
Description : Accord-cadre à bons de commande pour l'entretien des espaces verts, en trois lots.
Identifiant de la procédure : 3c1f6a2e-0b7d-4d55-9a9e-6f0c2b1d77aa
Type de procédure : Ouverte
2.1.1 Objet
Nature du marché : Services
Nomenclature principale (cpv) : 77310000 Services de plantation et d'entretien d'espaces verts
2.1.3 Valeur
Valeur estimée hors TVA : 780 000,00 EUR
2.1.4 Informations générales
Base juridique : Directive 2014/24/UE

5. Lot
5.1 Lot : LOT-0001
Titre : Collèges du secteur nord
Description : Tonte, taille, désherbage des espaces verts de 11 collèges.
5.1.3 Durée estimée : 48 Mois
5.1.6 Informations générales
Marché public vert : Critères de marché public écologique de l'UE utilisés
5.1.10 Critères d'attribution
Critère :
Type : Prix
Pondération (points, valeur exacte) : 50
Critère :
Type : Qualité
Nom : Valeur technique
Pondération (points, valeur exacte) : 40
Critère :
Type : Qualité
Nom : Démarche environnementale (matériels, gestion des déchets verts)
Pondération (points, valeur exacte) : 10
5.1.12 Modalités d'exécution
Conditions d'exécution : Gestion différenciée obligatoire ; aucun produit phytosanitaire ; les déchets verts sont valorisés sur une plateforme de compostage agréée.

5.1 Lot : LOT-0002
Titre : Dépendances vertes des routes départementales - secteur sud
Description : Fauchage raisonné et débroussaillage des accotements.
5.1.6 Informations générales
Participation réservée : La participation est réservée aux ateliers protégés et aux opérateurs économiques dont l'objectif principal est l'intégration sociale et professionnelle des personnes handicapées ou défavorisées. Lot réservé en application de l'article L. 2113-12 du code de la commande publique.
5.1.10 Critères d'attribution
Critère :
Type : Prix
Pondération (points, valeur exacte) : 60
Critère :
Type : Qualité
Nom : Organisation et moyens
Pondération (points, valeur exacte) : 40

5.1 Lot : LOT-0003
Titre : Élagage
Description : Élagage et abattage des arbres d'alignement.
5.1.10 Critères d'attribution
Critère :
Type : Prix
Pondération (points, valeur exacte) : 60
Critère :
Type : Qualité
Nom : Valeur technique
Pondération (points, valeur exacte) : 40

8. Organisations
8.1 ORG-0001
Nom officiel : Département de la Haute-Brévanne
""", ["article L. 2113-12 du code de la commande publique", "les déchets verts sont valorisés sur une plateforme de compostage",
      "Nom : Démarche environnementale (matériels, gestion des déchets verts)", "en trois lots",
      "Valeur estimée hors TVA : 780 000,00 EUR"],
    mr=1, rb="L2113-12", ce=1, cre=1, al=1, nb=3, est=780000)

# ---------------------------------------------------------------- 06 eForms EN, IT equipment
add("avis_06_eforms_en_it_equipment.txt", """
Contract or concession notice – standard regime
Directive 2014/24/EU

1. Buyer
1.1 Buyer
Official name: Université de Lanvaux-Kerbrat
Legal type of the buyer: Body governed by public law
Activity of the contracting authority: Education

2. Procedure
2.1 Procedure
Title: Supply of laptops and monitors for staff and students
Description: Framework agreement for the supply of laptops, monitors and accessories, in two lots.
Procedure identifier: 71e0a9d4-5c2f-4a3b-8f1e-0d9b6c4e2a11
Type of procedure: Open
2.1.1 Purpose
Main nature of the contract: Supplies
Main classification (cpv): 30213100 Portable computers
2.1.3 Value
Estimated value excluding VAT: 1 200 000.00 EUR
Maximum value of the framework agreement: 1 500 000.00 EUR

5. Lot
5.1 Lot: LOT-0001
Title: Laptops
5.1.6 General information
Strategic procurement: Reduction of environmental impacts
Strategic procurement: Reduction of social impacts
Green Procurement Criteria: EU Green Public Procurement criteria used
5.1.10 Award criteria
Criterion:
Type: Price
Weight (points, exact): 60
Criterion:
Type: Quality
Name: Technical value
Weight (points, exact): 30
Criterion:
Type: Quality
Name: Environmental performance (energy consumption, repairability index)
Weight (points, exact): 10
5.1.12 Terms of procurement
Terms of performance: Equipment shall bear the EPEAT Gold or TCO Certified label or equivalent. The supplier takes back packaging and end-of-life equipment for reuse. The supplier shall ensure that the goods are manufactured in compliance with the fundamental conventions of the ILO and shall submit an annual social audit of its assembly plants.

5.1 Lot: LOT-0002
Title: Monitors and docking stations
5.1.10 Award criteria
Criterion:
Type: Price
Weight (points, exact): 70
Criterion:
Type: Quality
Name: Technical value
Weight (points, exact): 30

8. Organisations
8.1 ORG-0001
Official name: Université de Lanvaux-Kerbrat
""", ["in compliance with the fundamental conventions of the ILO", "shall bear the EPEAT Gold or TCO Certified label",
      "Name: Environmental performance", "in two lots",
      "Estimated value excluding VAT: 1 200 000.00 EUR", "Maximum value of the framework agreement: 1 500 000.00 EUR"],
    cs=1, ce=1, cre=1, al=1, nb=2, est=1200000, mx=1500000)

# ---------------------------------------------------------------- 07 MAPA, toiture
add("avis_07_mapa_toiture_salle_fetes.txt", """
Commune de Brévillers-en-Thiérache
Avis d'appel public à la concurrence - Procédure adaptée (article R. 2123-1 du code de la commande publique)

Objet : Réfection de la toiture et de la zinguerie de la salle des fêtes.
Montant estimé des travaux : 145 000 € HT.
Le marché n'est pas alloti : les prestations de couverture et de zinguerie ne peuvent être dissociées.

Le marché comporte une clause d'insertion professionnelle : l'entreprise titulaire devra réaliser 210 heures de travail au profit de personnes éloignées de l'emploi, avec l'appui du facilitateur du PLIE du Thiérache-Sud.

Critères de jugement des offres : prix (60 %) ; valeur technique (40 %) appréciée sur le mémoire (méthodologie, planning, sécurité du chantier).
Délai d'exécution : 8 semaines, période de préparation comprise.
Retrait du dossier : profil acheteur https://marches.profil-acheteur.invalid/brevillers
Date limite de remise des offres : vendredi 6 mars 2026 à 12 h.
Renseignements : secrétariat de mairie, 03 00 00 00 00.
""", ["devra réaliser 210 heures de travail au profit de personnes éloignées de l'emploi",
      "Montant estimé des travaux : 145 000 € HT"],
    cs=1, ci=1, h=210, al=0, est=145000)

# ---------------------------------------------------------------- 08 MAPA, blanchisserie réservée EA/ESAT
add("avis_08_mapa_blanchisserie_reserve.txt", """
EHPAD public Les Glycines - Avis de marché (MAPA)
Publié sur le profil acheteur le 02/02/2026

Objet du marché : Entretien et blanchissage du linge plat et des tenues professionnelles de l'EHPAD (collecte, lavage, repassage, livraison).
Forme : accord-cadre à bons de commande, montant maximum annuel de 40 000 € HT. Durée : 1 an à compter de la notification, reconductible tacitement 3 fois par période d'un an.
Allotissement : marché unique, pas de décomposition en lots (prestation homogène).

Marché réservé aux entreprises adaptées et aux établissements et services d'aide par le travail (ESAT) ; les candidats justifient de leur statut.

Jugement des offres : prix 50 %, qualité du service (délais de collecte et de livraison, traçabilité du linge) 50 %.
Remise des offres : par voie électronique uniquement, avant le 27/02/2026 à 17h00.
""", ["Marché réservé aux entreprises adaptées et aux établissements et services d'aide par le travail (ESAT)",
      "montant maximum annuel de 40 000 € HT", "reconductible tacitement 3 fois", "4 x 40000 = 160000"],
    mr=1, rb="L2113-12", al=0, mx=160000)

# ---------------------------------------------------------------- 09 BOAMP, gymnase 12 lots
LOTS9 = ["Terrassement - VRD", "Gros oeuvre", "Charpente métallique", "Couverture - étanchéité",
         "Bardage", "Menuiseries extérieures", "Plâtrerie - isolation", "Menuiseries intérieures",
         "Sols sportifs", "Chauffage - ventilation - plomberie", "Électricité", "Peinture"]
lots9 = "\n".join("II.2.1) Intitulé : %s\nLot nº : %d\nII.2.4) Description des prestations : Travaux du lot « %s » du gymnase.\n"
                  % (t, i, t) for i, t in enumerate(LOTS9, 1))
add("avis_09_boamp_gymnase_12_lots.txt", """
BOAMP - Annonce n° 26-160447
AVIS DE MARCHÉ - Travaux

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Syndicat intercommunal à vocation scolaire et sportive du Haut-Loing, 77999 Lorrez-sur-Loing

Section II : Objet
II.1.1) Intitulé : Construction d'un gymnase de type C
II.1.2) Code CPV principal : 45212222
II.1.4) Description succincte : Construction d'un gymnase de 1 600 m² avec vestiaires et tribune de 200 places.
II.1.5) Valeur totale estimée : Valeur hors TVA : 4 200 000 euros
II.1.6) Information sur les lots : Ce marché est divisé en lots : oui

""" + lots9 + """
II.2.5) Critères d'attribution (applicables à tous les lots) :
1. Prix : 50 %
2. Valeur technique : 40 %, dont sous-critère 2.3 : gestion environnementale du chantier (tri et valorisation des déchets) : 5 %
3. Performance en matière d'insertion professionnelle des publics en difficulté : 10 %

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.3) Capacité technique et professionnelle : qualifications Qualibat ou équivalent, références.
III.2.2) Conditions particulières d'exécution : Voir CCAP.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure adaptée ouverte
IV.2.2) Date limite de réception des offres : 15 avril 2026 à 12 h 00

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires : Le marché comporte une clause sociale d'insertion (lots 1 à 3) dont les modalités sont précisées au CCAP. Visite facultative.
""", ["clause sociale d'insertion (lots 1 à 3)", "Performance en matière d'insertion professionnelle des publics en difficulté : 10 %",
      "gestion environnementale du chantier (tri et valorisation des déchets) : 5 %", "Ce marché est divisé en lots : oui",
      "Lot nº : 12", "Valeur hors TVA : 4 200 000 euros"],
    cs=1, ci=1, crs=1, cre=1, al=1, nb=12, est=4200000)

# ---------------------------------------------------------------- 10 TED EN, cleaning reserved (article wins over box)
add("avis_10_ted_en_cleaning_reserved.txt", """
Contract notice
Services
Legal Basis: Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses: Centre hospitalier de Pontrieux-sur-Aven, 1 rue de l'Hôpital, 29999 Pontrieux-sur-Aven, France
I.4) Type of the contracting authority: Body governed by public law

Section II: Object
II.1.1) Title: Cleaning of the administrative buildings of the hospital
II.1.2) Main CPV code: 90919200
II.1.3) Type of contract: Services
II.1.4) Short description: Daily cleaning of offices, meeting rooms and sanitary facilities of the administrative buildings (about 4 200 m²).
II.1.5) Estimated total value: Value excluding VAT: 380 000.00 EUR
II.1.6) Information about lots: This contract is divided into lots: no
II.2.4) Description of the procurement: Cleaning services for a period of 3 years.
II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 40
Price - Weighting: 60

Section III: Legal, economic, financial and technical information
III.1.5) Information about reserved contracts: The contract is restricted to sheltered workshops and economic operators aiming at the social and professional integration of disabled or disadvantaged persons
III.2.2) Contract performance conditions: Use of ecolabelled cleaning products (EU Ecolabel or equivalent) is required for all routine cleaning.

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure

Section VI: Complementary information
VI.3) Additional information: Contract reserved under Article L. 2113-13 of the French Public Procurement Code (structures d'insertion par l'activité économique).
""", ["Contract reserved under Article L. 2113-13 of the French Public Procurement Code",
      "Use of ecolabelled cleaning products (EU Ecolabel or equivalent) is required",
      "Value excluding VAT: 380 000.00 EUR"],
    mr=1, rb="L2113-13", ce=1, al=0, est=380000)

# ---------------------------------------------------------------- 11 eForms FR, voirie insertion + enrobés
add("avis_11_eforms_fr_voirie_insertion.txt", """
Avis de marché ou de concession – régime standard
Directive 2014/24/UE

1. Acheteur
1.1 Acheteur
Nom officiel : Métropole de Sérac-Montval
Forme juridique de l'acheteur : Autorité locale

2. Procédure
2.1 Procédure
Titre : Requalification de l'avenue des Acacias
Description : Travaux de voirie et de réseaux pour la requalification de l'avenue des Acacias (1,2 km).
Type de procédure : Ouverte
2.1.1 Objet
Nature du marché : Travaux
Nomenclature principale (cpv) : 45233140 Travaux routiers
2.1.3 Valeur
Valeur estimée hors TVA : 3 100 000,00 EUR

5. Lot
5.1 Lot : LOT-0001
Titre : Voirie - revêtements
5.1.6 Informations générales
Achat stratégique : Réduction des incidences sociales
Achat stratégique : Réduction des incidences environnementales
5.1.10 Critères d'attribution
Critère :
Type : Prix
Pondération (pourcentage, valeur exacte) : 55
Critère :
Type : Qualité
Nom : Valeur technique
Pondération (pourcentage, valeur exacte) : 45
5.1.12 Modalités d'exécution
Conditions d'exécution : Clause sociale d'insertion : 1 800 heures de travail réservées à des personnes éloignées de l'emploi. Les couches de roulement intègrent au minimum 20 % d'agrégats d'enrobés recyclés.

5.1 Lot : LOT-0002
Titre : Réseaux humides et secs
5.1.6 Informations générales
Achat stratégique : Réduction des incidences sociales
5.1.10 Critères d'attribution
Critère :
Type : Prix
Pondération (pourcentage, valeur exacte) : 55
Critère :
Type : Qualité
Nom : Valeur technique
Pondération (pourcentage, valeur exacte) : 45
5.1.12 Modalités d'exécution
Conditions d'exécution : Clause sociale d'insertion : 700 heures de travail réservées à des personnes éloignées de l'emploi.

8. Organisations
8.1 ORG-0001
Nom officiel : Métropole de Sérac-Montval
""", ["Clause sociale d'insertion : 1 800 heures", "Clause sociale d'insertion : 700 heures", "somme 2500 h",
      "intègrent au minimum 20 % d'agrégats d'enrobés recyclés", "5.1 Lot : LOT-0002",
      "Valeur estimée hors TVA : 3 100 000,00 EUR"],
    cs=1, ci=1, h=2500, ce=1, al=1, nb=2, est=3100000)

# ---------------------------------------------------------------- 12 JOUE FR, transport scolaire
add("avis_12_joue_fr_transport_scolaire.txt", """
Avis de marché
Services
Base juridique : Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Région Rives-de-Garonne, Hôtel de Région, 47999 Agen-sur-Baïse, France

Section II : Objet
II.1.1) Intitulé : Exécution de services de transport scolaire - secteur de l'Albret
II.1.2) Code CPV principal : 60130000
II.1.4) Description succincte : Transport des élèves des établissements du secteur de l'Albret, six lots géographiques.
II.1.5) Valeur totale estimée : Valeur hors TVA : 2 900 000.00 EUR
II.1.6) Information sur les lots : Ce marché est divisé en lots : oui
Nombre maximal de lots qui peuvent être attribués à un même soumissionnaire : 3

II.2.1) Intitulé : Circuits de Nérac
Lot nº : 1
II.2.5) Critères d'attribution :
Critère de qualité - Nom : Mesures en faveur de l'emploi et de l'insertion des conducteurs / Pondération : 10
Critère de qualité - Nom : Émissions de CO2 et de polluants des véhicules affectés / Pondération : 20
Critère de qualité - Nom : Organisation du service / Pondération : 20
Prix - Pondération : 50
(Lots 2 à 6 : mêmes critères et pondérations.)

II.2.1) Intitulé : Circuits de Mézin
Lot nº : 2
II.2.1) Intitulé : Circuits de Lavardac
Lot nº : 3
II.2.1) Intitulé : Circuits de Francescas
Lot nº : 4
II.2.1) Intitulé : Circuits de Houeillès
Lot nº : 5
II.2.1) Intitulé : Circuits de Casteljaloux
Lot nº : 6

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.1) Habilitation : inscription au registre des transports routiers de personnes.
III.2.2) Conditions particulières d'exécution : Les véhicules affectés au service respectent au minimum la norme Euro VI ; aucun véhicule de plus de 12 ans.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
""", ["Mesures en faveur de l'emploi et de l'insertion des conducteurs / Pondération : 10",
      "Émissions de CO2 et de polluants des véhicules affectés / Pondération : 20",
      "respectent au minimum la norme Euro VI", "Ce marché est divisé en lots : oui", "Lot nº : 6",
      "Valeur hors TVA : 2 900 000.00 EUR"],
    crs=1, ce=1, cre=1, al=1, nb=6, est=2900000)

# ---------------------------------------------------------------- 13 Avis d'attribution, restauration EGALIM
add("avis_13_attribution_restauration.txt", """
BOAMP - Annonce n° 26-171120
AVIS D'ATTRIBUTION - Services

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Commune de Lussac-la-Vallée, 86999 Lussac-la-Vallée

Section II : Objet
II.1.1) Intitulé : Fourniture et livraison de repas en liaison froide pour la restauration scolaire et le portage à domicile
II.1.4) Description succincte : Marché en deux lots : lot 1 restauration scolaire ; lot 2 portage de repas à domicile.
II.1.6) Information sur les lots : Ce marché est divisé en lots : oui
II.1.7) Valeur totale du marché (hors TVA) : 1 020 000 euros
II.2.5) Critères d'attribution : Prix : 40 % ; Qualité gustative et nutritionnelle des repas : 40 % ; Part de produits durables et de qualité issus de l'agriculture biologique et lutte contre le gaspillage alimentaire : 20 %

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
IV.2.1) Publication antérieure : Avis de marché n° 25-140877

Section V : Attribution du marché
Lot nº : 1 - Intitulé : Restauration scolaire
V.2.1) Date de conclusion du marché : 12/01/2026
V.2.2) Nombre d'offres reçues : 3
V.2.3) Nom et adresse du titulaire : SAS Cuisine du Clain, 86999 Vivonne-sur-Clain
Lot nº : 2 - Intitulé : Portage de repas à domicile
V.2.3) Nom et adresse du titulaire : SARL Les Saveurs Poitevines

Section VI : Renseignements complémentaires
VI.5) Date d'envoi du présent avis : 20/01/2026
""", ["Part de produits durables et de qualité issus de l'agriculture biologique et lutte contre le gaspillage alimentaire : 20 %",
      "Ce marché est divisé en lots : oui", "Marché en deux lots"],
    cre=1, al=1, nb=2)

# ---------------------------------------------------------------- 14 TED EN, works insertion 3000 h
add("avis_14_ted_en_works_insertion.txt", """
Contract notice
Works
Legal Basis: Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses: Office public de l'habitat de Valbonnais, 12 avenue de la Gare, 38999 Valbonnais, France
I.4) Type of the contracting authority: Body governed by public law

Section II: Object
II.1.1) Title: Construction of 64 social housing units - Les Prés Verts
II.1.2) Main CPV code: 45211000
II.1.3) Type of contract: Works
II.1.4) Short description: Design-and-build contract (general contractor) for 64 social housing units and an underground car park.
II.1.5) Estimated total value: Value excluding VAT: 8 600 000.00 EUR
II.1.6) Information about lots: This contract is divided into lots: no
II.2.5) Award criteria: Quality criterion - Name: Technical and architectural value / Weighting: 50
Price - Weighting: 50

Section III: Legal, economic, financial and technical information
III.1.3) Technical and professional ability: List of works carried out over the past five years.
III.2.2) Contract performance conditions: Social clause: the contractor shall dedicate at least 5 % of the labour hours of the contract to the professional integration of persons facing difficulties, i.e. approximately 3 000 hours (Article 9 of the special conditions). On-site waste shall be sorted in five streams and recorded in a waste traceability register.

Section IV: Procedure
IV.1.1) Type of procedure: Restricted procedure
""", ["professional integration of persons facing difficulties, i.e. approximately 3 000 hours",
      "On-site waste shall be sorted in five streams", "Value excluding VAT: 8 600 000.00 EUR"],
    cs=1, ci=1, h=3000, ce=1, al=0, est=8600000)

# ---------------------------------------------------------------- 15 eForms EN, ESS reserved social services (object = insertion)
add("avis_15_eforms_en_reserved_public_service.txt", """
Contract or concession notice – light regime
Directive 2014/24/EU

1. Buyer
1.1 Buyer
Official name: Département du Val-de-Sorgue
Legal type of the buyer: Regional authority

2. Procedure
2.1 Procedure
Title: Socio-professional support of recipients of the RSA
Description: Individual support towards employment (insertion professionnelle) of recipients of the revenu de solidarité active, in two territorial lots.
Type of procedure: Other single stage procedure
2.1.1 Purpose
Main nature of the contract: Services
Main classification (cpv): 85312320 Counselling services
2.1.3 Value
Estimated value excluding VAT: 900 000.00 EUR

5. Lot
5.1 Lot: LOT-0001
Title: Northern territory
5.1.6 General information
Reserved participation: Participation is reserved to organisations with a mission of public service and fulfilling other relevant conditions in the legislation
5.1.10 Award criteria
Criterion:
Type: Quality
Name: Support methodology
Weight (percentage, exact): 60
Criterion:
Type: Price
Weight (percentage, exact): 40

5.1 Lot: LOT-0002
Title: Southern territory
5.1.6 General information
Reserved participation: Participation is reserved to organisations with a mission of public service and fulfilling other relevant conditions in the legislation
5.1.10 Award criteria
Criterion:
Type: Quality
Name: Support methodology
Weight (percentage, exact): 60
Criterion:
Type: Price
Weight (percentage, exact): 40

8. Organisations
8.1 ORG-0001
Official name: Département du Val-de-Sorgue
""", ["Participation is reserved to organisations with a mission of public service", "in two territorial lots",
      "Estimated value excluding VAT: 900 000.00 EUR"],
    mr=1, rb="L2113-15", al=1, nb=2, est=900000)

# ---------------------------------------------------------------- 16 MAPA, mobilier scolaire
add("avis_16_mapa_mobilier_scolaire.txt", """
Communauté d'agglomération du Pays de Corlay
Avis d'appel à la concurrence - MAPA n° 2026-011 (publié sur le profil acheteur)

Objet : Fourniture de mobilier scolaire pour les écoles de l'agglomération.
Accord-cadre à bons de commande, montant maximum sur toute sa durée (2 ans) : 120 000 € HT.
Le marché est décomposé en 2 lots : lot 1 mobilier de classe ; lot 2 mobilier de restauration.

Conditions d'exécution : le mobilier livré devra être certifié NF Environnement ou équivalent ; les emballages sont repris par le titulaire lors de la livraison.

Critères d'attribution : prix 50 % ; qualité et ergonomie 30 % ; performance environnementale (recyclabilité, origine certifiée du bois) 20 %.
Date limite : 10 mars 2026, 12 h.
""", ["devra être certifié NF Environnement ou équivalent", "performance environnementale (recyclabilité, origine certifiée du bois) 20 %",
      "décomposé en 2 lots", "montant maximum sur toute sa durée (2 ans) : 120 000 € HT"],
    ce=1, cre=1, al=1, nb=2, mx=120000)

# ---------------------------------------------------------------- 17 BOAMP, lot réservé travail pénitentiaire
add("avis_17_boamp_impression_lot_penitentiaire.txt", """
BOAMP - Annonce n° 26-162310
AVIS DE MARCHÉ - Services

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Caisse locale d'allocations du Morvan-Est, 58999 Château-Chinon-Vallée

Section II : Objet
II.1.1) Intitulé : Impression, façonnage et mise sous pli de documents
II.1.2) Code CPV principal : 79800000
II.1.4) Description succincte : Impression de documents d'information et mise sous pli des courriers aux allocataires.
II.1.5) Valeur totale estimée : Valeur hors TVA : 210 000 euros
II.1.6) Information sur les lots : Ce marché est divisé en lots : oui

II.2.1) Intitulé : Impression et façonnage
Lot nº : 1
II.2.5) Critères d'attribution : Prix 60 % ; Valeur technique 40 %

II.2.1) Intitulé : Mise sous pli et routage
Lot nº : 2
II.2.4) Description des prestations : Mise sous pli manuelle et mécanisée. Lot réservé aux opérateurs économiques employant des personnes détenues (art. L. 2113-13-1 du code de la commande publique).
II.2.5) Critères d'attribution : Prix 50 % ; Valeur technique 50 %

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.5) Informations sur les marchés réservés : voir lot 2.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure adaptée ouverte
""", ["Lot réservé aux opérateurs économiques employant des personnes détenues (art. L. 2113-13-1",
      "Ce marché est divisé en lots : oui", "Lot nº : 2", "Valeur hors TVA : 210 000 euros"],
    mr=1, rb="L2113-13-1", al=1, nb=2, est=210000)

# ---------------------------------------------------------------- 18 eForms FR, réservé EA/ESAT + SIAE, critère social
add("avis_18_eforms_fr_maintenance_reserve_double.txt", """
Avis de marché ou de concession – régime standard
Directive 2014/24/UE

1. Acheteur
1.1 Acheteur
Nom officiel : Ville de Kervellec
Forme juridique de l'acheteur : Autorité locale

2. Procédure
2.1 Procédure
Titre : Petits travaux d'entretien et de maintenance des bâtiments communaux
Description : Accord-cadre à bons de commande pour l'entretien courant des bâtiments communaux.
Type de procédure : Ouverte
2.1.3 Valeur
Valeur estimée hors TVA : 450 000,00 EUR

5. Lot
5.1 Lot : LOT-0001
Titre : Peinture et petits travaux de second oeuvre
5.1.6 Informations générales
Participation réservée : La participation est réservée aux ateliers protégés et aux opérateurs économiques dont l'objectif principal est l'intégration sociale et professionnelle des personnes handicapées ou défavorisées.
Informations complémentaires : Lot réservé à la fois aux entreprises adaptées et ESAT (article L. 2113-12) et aux structures d'insertion par l'activité économique (article L. 2113-13).
5.1.10 Critères d'attribution
Critère :
Type : Prix
Pondération (pourcentage, valeur exacte) : 60
Critère :
Type : Qualité
Nom : Valeur technique
Pondération (pourcentage, valeur exacte) : 30
Critère :
Type : Qualité
Nom : Encadrement et accompagnement professionnel des salariés en parcours
Pondération (pourcentage, valeur exacte) : 10

5.1 Lot : LOT-0002
Titre : Plomberie - chauffage
Participation réservée : Aucune

5.1 Lot : LOT-0003
Titre : Serrurerie - métallerie
Participation réservée : Aucune

8. Organisations
8.1 ORG-0001
Nom officiel : Ville de Kervellec
""", ["entreprises adaptées et ESAT (article L. 2113-12)", "insertion par l'activité économique (article L. 2113-13)",
      "Nom : Encadrement et accompagnement professionnel des salariés en parcours", "5.1 Lot : LOT-0003",
      "Valeur estimée hors TVA : 450 000,00 EUR"],
    crs=1, mr=1, rb="L2113-12;L2113-13", al=1, nb=3, est=450000)

# ---------------------------------------------------------------- 19 Rectificatif ajoutant un critère environnemental
add("avis_19_rectificatif_critere_carbone.txt", """
BOAMP - Annonce n° 26-166902
AVIS RECTIFICATIF

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Commune de Rochemaure-sur-Ance, 43999 Rochemaure-sur-Ance

Section II : Objet
II.1.1) Intitulé : Construction d'une maison de santé pluriprofessionnelle
II.1.2) Code CPV principal : 45215100

Section VI : Renseignements complémentaires
VI.5) Date d'envoi du présent avis : 02/03/2026
VI.6) Référence de l'avis original : Avis n° 26-158030 du 10/02/2026

Section VII : Modifications
VII.1) Informations à rectifier ou à ajouter
VII.1.2) Texte à rectifier dans l'avis original
Numéro de section : II.2.5
Au lieu de : Critères d'attribution : Prix 60 % ; Valeur technique 40 %.
Lire : Critères d'attribution : Prix 50 % ; Valeur technique 35 % ; Performance environnementale des matériaux mis en oeuvre (bilan carbone) 15 %.
Numéro de section : IV.2.2
Au lieu de : 13/03/2026 à 12 h 00
Lire : 27/03/2026 à 12 h 00
VII.2) Autres informations complémentaires : Le règlement de la consultation modifié est disponible sur le profil acheteur.
""", ["Lire : Critères d'attribution : Prix 50 % ; Valeur technique 35 % ; Performance environnementale des matériaux mis en oeuvre (bilan carbone) 15 %"],
    cre=1)

# ================================================================ PIÈGES
# ---------------------------------------------------------------- 20 BOAMP, objet déchets + ISO 14001
add("avis_20_boamp_collecte_dechets_iso.txt", """
BOAMP - Annonce n° 26-149975
AVIS DE MARCHÉ - Services

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Syndicat de collecte et de traitement des ordures ménagères du Bas-Lignon, 42999 Bas-Lignon

Section II : Objet
II.1.1) Intitulé : Collecte des déchets ménagers et assimilés et valorisation des emballages issus du tri sélectif
II.1.2) Code CPV principal : 90511000
II.1.4) Description succincte : Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages recyclables, transport vers le centre de tri et valorisation matière des flux triés.
II.1.5) Valeur totale estimée : Valeur hors TVA : 6 000 000 euros
II.1.6) Information sur les lots : Ce marché est divisé en lots : oui
II.2.1) Intitulé : Collecte des ordures ménagères résiduelles - Lot nº : 1
II.2.1) Intitulé : Collecte sélective et valorisation des emballages - Lot nº : 2
II.2.5) Critères d'attribution : Prix : 60 % ; Valeur technique : 40 %

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.3) Capacité technique et professionnelle : Certificat ISO 14001 ou équivalent ; liste des véhicules de collecte ; références de collectes de déchets sur trois ans.
III.1.5) Informations sur les marchés réservés : Marché réservé : non
III.2.2) Conditions particulières d'exécution : néant

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
""", ["Ce marché est divisé en lots : oui", "Lot nº : 2", "Valeur hors TVA : 6 000 000 euros"],
    al=1, nb=2, est=6000000)

# ---------------------------------------------------------------- 21 TED EN, étude d'impact, ISO 14001 en sélection
add("avis_21_ted_en_environmental_study.txt", """
Contract notice
Services
Legal Basis: Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses: Port de commerce de Saint-Guénolé-la-Rade, quai Ouest, 56999 Saint-Guénolé-la-Rade, France

Section II: Object
II.1.1) Title: Environmental impact assessment for the extension of the container terminal
II.1.2) Main CPV code: 90711000
II.1.4) Short description: Environmental impact study, biodiversity inventories over four seasons and water quality monitoring for the extension of the container terminal.
II.1.5) Estimated total value: Value excluding VAT: 250 000.00 EUR
II.1.6) Information about lots: This contract is divided into lots: no
II.2.5) Award criteria: Quality criterion - Name: Methodology and team / Weighting: 60
Price - Weighting: 40

Section III: Legal, economic, financial and technical information
III.1.3) Technical and professional ability: Environmental management system (ISO 14001 or equivalent); at least three references of environmental impact studies for port or coastal infrastructure.
III.1.5) Information about reserved contracts:
III.2.2) Contract performance conditions:

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure
""", ["Value excluding VAT: 250 000.00 EUR"], al=0, est=250000)

# ---------------------------------------------------------------- 22 eForms FR, cases cochées sans clause
add("avis_22_eforms_fr_cases_cochees.txt", """
Avis de marché ou de concession – régime standard
Directive 2014/24/UE

1. Acheteur
1.1 Acheteur
Nom officiel : Communauté de communes des Coteaux de l'Arnon
Forme juridique de l'acheteur : Autorité locale

2. Procédure
2.1 Procédure
Titre : Maintenance des installations de chauffage, ventilation et climatisation
Description : Maintenance préventive et corrective des installations de génie climatique des bâtiments communautaires, en deux lots.
Type de procédure : Ouverte
2.1.3 Valeur
Valeur estimée hors TVA : 300 000,00 EUR

5. Lot
5.1 Lot : LOT-0001
Titre : Chaufferies et réseaux
5.1.6 Informations générales
Participation réservée : Aucune
Achat stratégique : Réduction des incidences environnementales
Achat stratégique : Réduction des incidences sociales
Description :
5.1.10 Critères d'attribution
Critère :
Type : Prix
Pondération (pourcentage, valeur exacte) : 70
Critère :
Type : Qualité
Nom : Valeur technique
Pondération (pourcentage, valeur exacte) : 30
5.1.12 Modalités d'exécution
Conditions d'exécution :

5.1 Lot : LOT-0002
Titre : Ventilation et climatisation
Participation réservée : Aucune
Achat stratégique : Réduction des incidences environnementales
5.1.10 Critères d'attribution
Critère :
Type : Prix
Pondération (pourcentage, valeur exacte) : 70
Critère :
Type : Qualité
Nom : Valeur technique
Pondération (pourcentage, valeur exacte) : 30

8. Organisations
8.1 ORG-0001
Nom officiel : Communauté de communes des Coteaux de l'Arnon
""", ["en deux lots", "Valeur estimée hors TVA : 300 000,00 EUR"], al=1, nb=2, est=300000)

# ---------------------------------------------------------------- 23 MAPA, objet = accompagnement insertion, références
add("avis_23_mapa_accompagnement_rsa.txt", """
Centre communal d'action sociale de Vireux-les-Forges
Avis de marché - Procédure adaptée (services sociaux et autres services spécifiques, R. 2123-1 3°)

Objet : Accompagnement vers l'emploi et l'insertion professionnelle de 40 bénéficiaires du RSA (ateliers collectifs, suivi individuel, mise en relation avec les employeurs du territoire).
Montant estimé : 85 000 € HT pour 18 mois.

Conditions de participation : le candidat présente ses références en matière d'insertion professionnelle des publics éloignés de l'emploi sur les trois dernières années et les qualifications des conseillers en insertion affectés.

Critères de jugement : qualité de la méthodologie d'accompagnement (60 %) ; prix (40 %).
Date limite de réception des offres : 20 mars 2026 à 12 h.
""", ["Montant estimé : 85 000 € HT"], est=85000)

# ---------------------------------------------------------------- 24 Attribution, titulaires « Environnement »
add("avis_24_attribution_nettoiement_environnement.txt", """
BOAMP - Annonce n° 26-170031
AVIS D'ATTRIBUTION - Services

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Ville de Saint-Privat-des-Oliviers, 30999 Saint-Privat-des-Oliviers

Section II : Objet
II.1.1) Intitulé : Nettoiement mécanisé de la voirie communale
II.1.4) Description succincte : Balayage mécanisé et lavage des voies et places, en deux lots géographiques.
II.1.6) Information sur les lots : Ce marché est divisé en lots : oui
II.1.7) Valeur totale du marché (hors TVA) : 612 000 euros
II.2.5) Critères d'attribution : Prix : 60 % ; Valeur technique : 40 %

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte

Section V : Attribution du marché
Lot nº : 1 - Intitulé : Centre-ville
V.2.3) Nom et adresse du titulaire : SAS Ouest Environnement Services, 30999 Nîmes-Garrigues
V.2.4) Valeur totale du lot : 372 000 euros HT
Lot nº : 2 - Intitulé : Quartiers périphériques
V.2.3) Nom et adresse du titulaire : Vert Environnement Propreté SARL, 30999 Uzès-le-Haut
V.2.4) Valeur totale du lot : 240 000 euros HT

Section VI : Renseignements complémentaires
VI.5) Date d'envoi du présent avis : 28/01/2026
""", ["Ce marché est divisé en lots : oui", "en deux lots géographiques"], al=1, nb=2)

# ---------------------------------------------------------------- 25 Rectificatif supprimant un critère environnemental
add("avis_25_rectificatif_suppression_critere.txt", """
Avis rectificatif
Publié au profil acheteur et au BOAMP

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Hôpital local de Pradelles-en-Velay, 43999 Pradelles-en-Velay

Section II : Objet
II.1.1) Intitulé : Fourniture de produits d'entretien et d'hygiène

Section VII : Modifications
VII.1.2) Texte à rectifier dans l'avis original
Numéro de section : II.2.5
Au lieu de : 1. Prix : 50 % ; 2. Valeur technique : 40 % ; 3. Critère environnemental (écolabels des produits) : 10 %
Lire : 1. Prix : 60 % ; 2. Valeur technique : 40 %
VII.2) Autres informations complémentaires : Les candidats ayant déjà remis une offre peuvent la modifier jusqu'à la date limite inchangée.
""", [])

# ---------------------------------------------------------------- 26 JOUE FR, rénovation énergétique, rappels légaux
add("avis_26_joue_fr_renovation_energetique.txt", """
Avis de marché
Travaux
Base juridique : Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Département de la Marche-Limousine, 23999 Guéret-les-Monts, France

Section II : Objet
II.1.1) Intitulé : Rénovation énergétique du collège Georges-Sand
II.1.2) Code CPV principal : 45321000
II.1.4) Description succincte : Isolation thermique par l'extérieur, remplacement des menuiseries, installation d'une pompe à chaleur et d'une ventilation double flux afin de réduire de 45 % la consommation d'énergie du bâtiment.
II.1.5) Valeur totale estimée : Valeur hors TVA : 2 300 000.00 EUR
II.1.6) Information sur les lots : Ce marché est divisé en lots : oui
Nombre de lots : 5
II.2.5) Critères d'attribution : Critère de qualité - Nom : Valeur technique / Pondération : 45
Prix - Pondération : 55

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.1) Habilitation à exercer l'activité professionnelle : déclaration relative à l'obligation d'emploi des travailleurs handicapés (articles L. 5212-1 à L. 5212-11 du code du travail) ; attestation de vigilance URSSAF (lutte contre le travail dissimulé).
III.1.3) Capacité technique et professionnelle : références de chantiers comportant des heures d'insertion ; qualification RGE.
III.1.5) Informations sur les marchés réservés : Marché réservé : non
III.2.2) Conditions particulières d'exécution :

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
""", ["Ce marché est divisé en lots : oui", "Nombre de lots : 5", "Valeur hors TVA : 2 300 000.00 EUR"],
    al=1, nb=5, est=2300000)

# ---------------------------------------------------------------- 27 eForms EN, bus électriques (objet), tout « none »
add("avis_27_eforms_en_electric_buses.txt", """
Contract or concession notice – standard regime
Directive 2014/25/EU

1. Buyer
1.1 Buyer
Official name: Régie des transports urbains de Belcastel-Agglo
Legal type of the buyer: Public undertaking

2. Procedure
2.1 Procedure
Title: Supply of battery-electric city buses
Description: Framework agreement for the supply of up to 24 battery-electric 12 m city buses with a minimum range of 250 km, and associated maintenance training. Single lot: the buses must be identical for fleet maintenance, the procurement is not divided into lots.
Type of procedure: Negotiated with prior publication of a call for competition / competitive with negotiation
2.1.1 Purpose
Main nature of the contract: Supplies
Main classification (cpv): 34144910 Electric buses
2.1.3 Value
Maximum value of the framework agreement: 7 200 000.00 EUR

5. Lot
5.1 Lot: LOT-0000
Title: Battery-electric city buses
5.1.6 General information
Reserved participation: None
Strategic procurement: None
Green Procurement Criteria: No
5.1.10 Award criteria
Criterion:
Type: Price
Weight (points, exact): 60
Criterion:
Type: Quality
Name: Technical value and after-sales service
Weight (points, exact): 40
5.1.12 Terms of procurement
Terms of performance:

8. Organisations
8.1 ORG-0000
Official name: Régie des transports urbains de Belcastel-Agglo
""", ["Maximum value of the framework agreement: 7 200 000.00 EUR"], al=0, mx=7200000)

# ---------------------------------------------------------------- 28 BOAMP, maîtrise d'oeuvre architecte, « insertion » dans l'objet
add("avis_28_boamp_moe_maison_emploi.txt", """
BOAMP - Annonce n° 26-155518
AVIS DE MARCHÉ - Services

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Communauté urbaine de Lestrem-Marquette, 59999 Lestrem-Marquette

Section II : Objet
II.1.1) Intitulé : Maîtrise d'oeuvre pour la construction de la Maison de l'emploi et de l'insertion
II.1.2) Code CPV principal : 71000000
II.1.4) Description succincte : Mission de maîtrise d'oeuvre de base avec EXE et OPC pour la construction d'un bâtiment de 900 m² accueillant les services de l'emploi, de l'insertion et de la formation.
II.1.5) Valeur totale estimée : Valeur hors TVA : 520 000 euros
II.1.6) Information sur les lots : Ce marché n'est pas divisé en lots
II.2.5) Critères d'attribution : Valeur technique : 60 % ; Prix : 40 %

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.5) Informations sur les marchés réservés : Marché réservé : non
III.2.1) Information relative à la profession : La prestation est réservée à une profession particulière : oui - architecte inscrit à l'Ordre des architectes, mandataire de l'équipe.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure avec négociation
""", ["Valeur hors TVA : 520 000 euros"], al=0, est=520000)

# ---------------------------------------------------------------- 29 MAPA, formation, « environnement » technique
add("avis_29_mapa_formation_agents.txt", """
Commune de Mornac-sur-Touvre - Avis de publicité (procédure adaptée)

Objet : Formation des agents municipaux : module 1 « éco-conduite et tri des déchets au bureau » ; module 2 « prise en main de l'environnement numérique de travail et de l'environnement Windows 11 ».
Montant estimé : 28 000 € HT.
La formation se déroule dans un environnement pédagogique adapté (salle équipée de 12 postes).

Critères : qualité pédagogique du programme et des formateurs (60 %) ; prix (40 %).
Le candidat décrit dans sa note méthodologique sa démarche environnementale et ses engagements sociaux.
Offres à déposer sur le profil acheteur avant le 18/03/2026 à 12 h.
""", ["Montant estimé : 28 000 € HT"], est=28000)

# ---------------------------------------------------------------- 30 JOUE FR, déclaration de politique (ambigu)
add("avis_30_joue_fr_gardiennage_politique_rse.txt", """
Avis de marché
Services
Base juridique : Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Établissement public foncier de la Vallée de l'Ysère, 38999 Saint-Ismier-la-Côte, France

Section II : Objet
II.1.1) Intitulé : Prestations de gardiennage et de surveillance des sites en portage foncier
II.1.2) Code CPV principal : 79713000
II.1.4) Description succincte : Gardiennage, rondes et télésurveillance de sites vacants, en trois lots géographiques.
II.1.5) Valeur totale estimée : Valeur hors TVA : 1 100 000.00 EUR
II.1.6) Information sur les lots : Ce marché est divisé en lots : oui
II.2.5) Critères d'attribution : Critère de qualité - Nom : Valeur technique / Pondération : 50
Prix - Pondération : 50

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.1) Habilitation : autorisation d'exercer délivrée par le CNAPS.
III.2.2) Conditions particulières d'exécution :

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires : L'établissement est engagé dans une politique d'achats socialement et écologiquement responsables et invite les titulaires à s'inscrire dans cette démarche tout au long de l'exécution du marché.
""", ["invite les titulaires à s'inscrire dans cette démarche", "Ce marché est divisé en lots : oui",
      "en trois lots géographiques", "Valeur hors TVA : 1 100 000.00 EUR"],
    cs="?", ce="?", al=1, nb=3, est=1100000)

# ---------------------------------------------------------------- 31 Attribution TED EN, ESAT/EI lauréats, non réservé
add("avis_31_ted_en_award_esat_winner.txt", """
Contract award notice
Services
Legal Basis: Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses: Communauté d'agglomération Lys-et-Deûle, 59999 Armentières-la-Lys, France

Section II: Object
II.1.1) Title: Maintenance of green spaces and cleaning of bus shelters
II.1.4) Short description: Maintenance of parks and cleaning of 140 bus shelters.
II.1.6) Information about lots: This contract is divided into lots: yes
II.2.1) Title: Parks - Lot No: 1
II.2.1) Title: Bus shelters - Lot No: 2
II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 30
Price - Weighting: 70

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure

Section V: Award of contract
Lot No: 1
V.2.3) Name and address of the contractor: ESAT Les Ateliers du Val, 59999 Armentières-la-Lys
Lot No: 2
V.2.3) Name and address of the contractor: Entreprise d'insertion Tremplin Propreté, 59999 Lille-Fives
V.2.5) Information about subcontracting: The contract is likely to be subcontracted: no

Section VI: Complementary information
VI.3) Additional information: The contract was not reserved; tenders were received from 7 economic operators.
""", ["This contract is divided into lots: yes", "Bus shelters - Lot No: 2"], al=1, nb=2)

# ---------------------------------------------------------------- 32 eForms FR, sélection ISO + références insertion
add("avis_32_eforms_fr_espaces_naturels_selection.txt", """
Avis de marché ou de concession – régime standard
Directive 2014/24/UE

1. Acheteur
1.1 Acheteur
Nom officiel : Syndicat mixte du Parc naturel des Hautes-Fagnes-Sud
Forme juridique de l'acheteur : Autorité locale

2. Procédure
2.1 Procédure
Titre : Gestion des espaces naturels sensibles et lutte contre les espèces exotiques envahissantes
Description : Travaux de génie écologique : arrachage de la renouée du Japon, restauration de zones humides, entretien de pelouses sèches par pâturage. Quatre lots.
Type de procédure : Ouverte
2.1.3 Valeur
Valeur estimée hors TVA : 640 000,00 EUR
Valeur maximale de l'accord-cadre : 900 000,00 EUR

5. Lot
5.1 Lot : LOT-0001
Titre : Espèces envahissantes
5.1.6 Informations générales
Participation réservée : Aucune
5.1.9 Critères de sélection
Critère : Type : Aptitude technique et professionnelle – Description : certification ISO 14001 ou équivalent ; références de chantiers d'insertion ou de chantiers réalisés avec des publics en insertion ; habilitation au travail en milieu humide.
5.1.10 Critères d'attribution
Critère : Type : Prix – Pondération : 50
Critère : Type : Qualité – Nom : Valeur technique – Pondération : 50
5.1.12 Modalités d'exécution
Conditions d'exécution : Sans objet

5.1 Lot : LOT-0002
Titre : Zones humides
5.1 Lot : LOT-0003
Titre : Pelouses sèches
5.1 Lot : LOT-0004
Titre : Suivi écologique

8. Organisations
8.1 ORG-0001
Nom officiel : Syndicat mixte du Parc naturel des Hautes-Fagnes-Sud
""", ["Quatre lots.", "5.1 Lot : LOT-0004", "Valeur estimée hors TVA : 640 000,00 EUR",
      "Valeur maximale de l'accord-cadre : 900 000,00 EUR"], al=1, nb=4, est=640000, mx=900000)

# ---------------------------------------------------------------- 33 BOAMP, logiciel, rappels légaux, environnement IT
add("avis_33_boamp_maintenance_logiciel.txt", """
BOAMP - Annonce n° 26-158814
AVIS DE MARCHÉ - Services

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Syndicat intercommunal d'informatique du Ried, 67999 Benfeld-sur-Ill

Section II : Objet
II.1.1) Intitulé : Maintenance et hébergement du progiciel de gestion financière
II.1.2) Code CPV principal : 72267000
II.1.4) Description succincte : Maintenance corrective et évolutive, hébergement en environnement de production et de recette, assistance aux utilisateurs. Accord-cadre à bons de commande d'une durée de 4 ans, avec un montant maximum de 150 000 € HT par an.
II.1.6) Information sur les lots : Division en lots : non
II.2.5) Critères d'attribution : Valeur technique : 60 % (sous-critères : moyens humains 20 %, méthodologie de maintenance 25 %, sécurité de l'environnement d'hébergement 15 %) ; Prix : 40 %

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.1) Habilitation : déclaration sur l'honneur de ne pas entrer dans un cas d'exclusion ; déclaration relative à l'obligation d'emploi des travailleurs handicapés (articles L. 5212-1 à L. 5212-11 du code du travail) ; attestations de lutte contre le travail dissimulé.
III.1.5) Informations sur les marchés réservés :

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
""", ["d'une durée de 4 ans, avec un montant maximum de 150 000 € HT par an", "4 x 150000 = 600000"],
    al=0, mx=600000)

# ---------------------------------------------------------------- 34 MAPA, champs « non »
add("avis_34_mapa_peinture_champs_non.txt", """
Profil acheteur - Consultation n° 2026-PEINT-03
Acheteur : Commune de Villefranche-sur-Auzon
Type de procédure : Procédure adaptée
Objet : Travaux de peinture intérieure de l'école maternelle des Tilleuls
Lot unique
Montant estimé : 60 000 € HT
Marché réservé : non
Clause sociale : non
Clause environnementale : non
Critères d'attribution : Prix 70 % ; Valeur technique 30 %
Date limite de remise des plis : 25/03/2026 12:00
Visite du site : facultative, sur rendez-vous auprès des services techniques.
""", ["Montant estimé : 60 000 € HT"], al=0, est=60000)

# ---------------------------------------------------------------- 35 TED EN, papier recyclé (objet), champs vides
add("avis_35_ted_en_recycled_paper.txt", """
Contract notice
Supplies
Legal Basis: Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses: Rectorat de l'académie de Montredon, 34999 Montredon, France

Section II: Object
II.1.1) Title: Supply of recycled office paper and ecolabelled envelopes
II.1.2) Main CPV code: 30197630
II.1.4) Short description: Supply of 100 % recycled A4 and A3 office paper and of envelopes bearing the EU Ecolabel, delivered to the schools of the academy.
II.1.5) Estimated total value: Value excluding VAT: 180 000.00 EUR
II.1.6) Information about lots: This contract is divided into lots: yes
II.2.1) Title: Recycled office paper - Lot No: 1
II.2.1) Title: Ecolabelled envelopes - Lot No: 2
II.2.5) Award criteria: Price is not the only award criterion and all criteria are stated only in the procurement documents

Section III: Legal, economic, financial and technical information
III.1.5) Information about reserved contracts:
III.2.2) Contract performance conditions:

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure
""", ["Supply of 100 % recycled A4 and A3 office paper", "This contract is divided into lots: yes",
      "Ecolabelled envelopes - Lot No: 2", "Value excluding VAT: 180 000.00 EUR"],
    ce="?", al=1, nb=2, est=180000)

# ---------------------------------------------------------------- 36 eForms EN, result notice, régie de quartier, none
add("avis_36_eforms_en_result_youth_support.txt", """
Contract award notice – standard regime
Directive 2014/24/EU

1. Buyer
1.1 Buyer
Official name: Ville de Roubaix-Hem-Nord
Legal type of the buyer: Local authority

2. Procedure
2.1 Procedure
Title: Employment support for young people from priority neighbourhoods
Description: Coaching towards employment, apprenticeships and insertion of 120 young people aged 16 to 25 living in priority neighbourhoods.
Type of procedure: Open
2.1.1 Purpose
Main nature of the contract: Services
Main classification (cpv): 85312300 Guidance and counselling services

5. Lot
5.1 Lot: LOT-0000
Title: Employment support for young people
5.1.6 General information
Reserved participation: None
Strategic procurement: None
5.1.10 Award criteria
Criterion:
Type: Quality
Name: Support methodology and partnership with local employers
Weight (percentage, exact): 70
Criterion:
Type: Price
Weight (percentage, exact): 30

6. Results
6.1 Result lot identifier: LOT-0000
Winner: Régie de quartier Hem-Lannoy Insertion
Value of the result: 210 000.00 EUR

8. Organisations
8.1 ORG-0001
Official name: Ville de Roubaix-Hem-Nord
""", [])


# ---------------------------------------------------------------- écriture et vérifications
def main():
    os.makedirs(OUT, exist_ok=True)
    names = [d["name"] for d in DOCS]
    assert len(names) == len(set(names)) == 36, len(names)
    rows = []
    for d in DOCS:
        text, lab = d["text"], d["lab"]
        for q in d["ev"]:
            # les notes de calcul (« somme », « = », « x ») ne sont pas des citations
            if q.startswith("somme ") or " = " in q:
                continue
            assert q in text, (d["name"], q)
        evidence = " | ".join(d["ev"])
        assert len(evidence) <= 300, (d["name"], len(evidence))
        if lab["clause_insertion"] == 1:
            assert lab["clause_sociale"] == 1, d["name"]
        if lab["marche_reserve"] != 1:
            assert lab["reserve_base"] == "", d["name"]
        if lab["marche_reserve"] == 1:
            assert lab["reserve_base"], d["name"]
        if lab["nb_lots"] != "":
            assert lab["allotissement"] == 1, d["name"]
        with open(os.path.join(OUT, d["name"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        row = {"path": d["name"], "doc_type": "AVIS", "evidence": evidence}
        row.update({k: lab[k] for k in lab})
        rows.append(row)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in sorted(rows, key=lambda r: r["path"]):
        w.writerow(r)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print("%d avis écrits dans %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
