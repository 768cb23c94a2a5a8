#!/usr/bin/env python3
"""Construit le jeu blind_notices_11 : 36 avis entiers (TXT, PDF, XML de type TED) et documents/labels.csv.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur clausecheck).
Tous les acheteurs, lieux, références, adresses (domaines .invalid) et montants sont inventés.
Chaque avis est étiqueté pour lui-même selon /work/shared/eval/LABELS.md.

Déterministe : pas d'aléa, PDF reportlab en mode invariant.
Contrôles : chaque citation de la colonne evidence est retrouvée, espaces normalisés, dans le texte
extrait du fichier produit (pypdf pour les PDF, texte des éléments pour les XML, fichier brut pour les TXT) ;
evidence <= 300 caractères ; cohérence des colonnes.

Usage : /work/main/.venv/bin/python tests/data/blind_notices_11/make_documents.py
"""
import csv
import os
import re
import sys
import xml.etree.ElementTree as ET

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "documents")
NB = "\u00a0"
NNB = "\u202f"

COLUMNS = ["path", "doc_type", "clause_sociale", "clause_insertion", "heures_insertion",
           "critere_social", "marche_reserve", "reserve_base", "clause_environnementale",
           "critere_environnemental", "allotissement", "nb_lots", "montant_estime_ht",
           "montant_max_ht", "evidence"]

NOTICES = []


def L(**kw):
    d = dict(clause_sociale=0, clause_insertion=0, heures_insertion=None, critere_social=0,
             marche_reserve=0, reserve_base=None, clause_environnementale=0, critere_environnemental=0,
             allotissement=None, nb_lots=None, montant_estime_ht=None, montant_max_ht=None, evidence=[])
    for k in kw:
        if k not in d:
            raise KeyError(k)
    d.update(kw)
    return d


def notice(file, form, note, label, text=None, header=None):
    NOTICES.append(dict(file=file, form=form, note=note, label=label, text=text, header=header))


# ----------------------------------------------------------------------------- PDF
PW, PH = A4
ML, MR, MT, MB = 62, 58, 78, 70
FS, LEAD = 10, 13.6


def wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split(" "):
        cand = w if not cur else cur + " " + w
        if stringWidth(cand, font, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def build_pdf(path, header, text):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setAuthor("clausecheck blind_notices_11")
    c.setTitle(header)
    width = PW - ML - MR
    pages = [[]]
    y = PH - MT
    for raw in text.strip("\n").split("\n"):
        if raw.startswith("## "):
            font, size, s, before = "Helvetica-Bold", 10.5, raw[3:], 7
        elif raw.startswith("# "):
            font, size, s, before = "Helvetica-Bold", 13, raw[2:], 4
        else:
            font, size, s, before = "Helvetica", FS, raw, 2
        if not s.strip():
            y -= 5
            continue
        y -= before
        for ln in wrap(s, font, size, width):
            if y - LEAD < MB:
                pages.append([])
                y = PH - MT
            y -= LEAD
            pages[-1].append((font, size, y, ln))
    n = len(pages)
    for i, ops in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawString(ML, PH - 42, header)
        c.setLineWidth(0.5)
        c.line(ML, PH - 48, PW - MR, PH - 48)
        for font, size, yy, ln in ops:
            c.setFont(font, size)
            c.drawString(ML, yy, ln)
        c.line(ML, 52, PW - MR, 52)
        c.setFont("Helvetica", 8)
        pg = "Page %d / %d" % (i, n)
        c.drawString(PW - MR - stringWidth(pg, "Helvetica", 8), 40, pg)
        c.showPage()
    c.save()
    return n


def extracted(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xml":
        root = ET.parse(path).getroot()
        return " ".join(root.itertext())
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def ws(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


# ============================================================================= AVIS
# --------------------------------------------------------------------------- n01
notice("n01_boamp_groupe_scolaire.txt", "BOAMP ancien formulaire national (MAPA travaux)",
       "insertion annoncée dans « Conditions particulières » pour deux lots, total d'heures écrit ; "
       "déclaration L5212 en candidature (piège)",
       L(clause_sociale=1, clause_insertion=1, heures_insertion=1750, allotissement=1, nb_lots=5,
         montant_estime_ht=2310000,
         evidence=["1 100 heures pour le lot 1 et 650 heures pour le lot 3, soit 1 750 heures au total",
                   "Prestations divisées en lots : oui", "Lot(s) 5", "2 310 000 euros HT"]),
       text="""BOAMP - Bulletin officiel des annonces des marchés publics
Annonce No 26-118734
Département(s) de publication : 71

AVIS D'APPEL PUBLIC À LA CONCURRENCE

Nom et adresse officiels de l'organisme acheteur : Commune de Verchamps-sur-Arroux.
 Correspondant : M. le Maire, 4 place de la Mairie, 71990 Verchamps-sur-Arroux, tél. : 03 85 00 41 17, courriel : marches@verchamps-sur-arroux.invalid, adresse internet du profil d'acheteur : https://achats.verchamps-sur-arroux.invalid.

Principale(s) activité(s) du pouvoir adjudicateur : Services généraux des administrations publiques.

Objet du marché : réhabilitation et extension du groupe scolaire Jean-Rostand.
Type de marché de travaux : exécution.
CPV - Objet principal : 45214210.
Lieu d'exécution : rue des Écoles, 71990 Verchamps-sur-Arroux.

Caractéristiques principales :
Travaux en site occupé, phasés sur deux périodes estivales ; les classes seront relogées dans des bâtiments modulaires pendant la phase 2.
Refus des variantes.
Prestations divisées en lots : oui.
Possibilité de présenter une offre pour un ou plusieurs lots.
Durée du marché ou délai d'exécution : 14 mois à compter de la notification du marché.

Conditions particulières :
L'exécution du marché est soumise à des conditions particulières : oui. Les lots 1 (gros œuvre) et 3 (menuiseries extérieures) intègrent une action favorisant l'accès à l'emploi de personnes qui en sont durablement éloignées : 1 100 heures pour le lot 1 et 650 heures pour le lot 3, soit 1 750 heures au total, mises en œuvre avec l'appui du PLIE du Grand Autunois.

Cautionnement et garanties exigés : retenue de garantie de 5 % pouvant être remplacée par une garantie à première demande.
Modalités essentielles de financement et de paiement : paiement à 30 jours ; avance de 10 % dans les conditions prévues au CCAP.

Conditions de participation :
Situation juridique - références requises : lettre de candidature (DC1) ; déclaration du candidat (DC2) ; déclaration sur l'honneur justifiant que le candidat a satisfait aux obligations d'emploi des travailleurs handicapés définies aux articles L. 5212-1 à L. 5212-11 du code du travail.
Capacité technique - références requises : liste des travaux exécutés au cours des cinq dernières années ; certificats de qualification professionnelle ou équivalent.

Critères d'attribution :
Offre économiquement la plus avantageuse appréciée en fonction des critères énoncés ci-dessous avec leur pondération :
 - prix des prestations : 60 % ;
 - valeur technique, appréciée au vu du mémoire justificatif : 40 %.

Type de procédure : procédure adaptée.
Date limite de réception des offres : 9 mars 2026, à 12 heures.
Délai minimum de validité des offres : 120 jours à compter de la date limite de réception des offres.

Renseignements complémentaires : visite du site conseillée, sur rendez-vous auprès des services techniques. L'estimation du coût des travaux, tous lots confondus, s'élève à 2 310 000 euros HT.

Renseignements relatifs aux lots :
Lot(s) 1. Gros œuvre - démolitions.
Lot(s) 2. Charpente - couverture.
Lot(s) 3. Menuiseries extérieures aluminium.
Lot(s) 4. Plâtrerie - peinture.
Lot(s) 5. Électricité courants forts et faibles.

Date d'envoi du présent avis à la publication : 9 février 2026.
""")

# --------------------------------------------------------------------------- n02
notice("n02_joue_nettoyage_lycee.txt", "JOUE formulaire standard 2 (avis de marché) en français",
       "critère « performances en matière d'insertion professionnelle des publics en difficulté » et "
       "insertion en III.2.2 ; non alloti",
       L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, critere_social=1, allotissement=0,
         montant_estime_ht=960000,
         evidence=["Nom : Performances en matière d'insertion professionnelle des publics en difficulté",
                   "volume minimal de 2 400 heures", "Ce marché est divisé en lots : non",
                   "Valeur hors TVA : 960 000,00 EUR"]),
       text="""France-Metz : Services de nettoyage de bâtiments
2026/S 031-088412
Avis de marché
Services
Base juridique :
Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Nom officiel : Région Grand Est-Mosellane — Direction des lycées
Adresse postale : 12 quai Félix-Maréchal
Ville : Metz
Code NUTS : FRF33 Moselle
Code postal : 57000
Pays : France
Courriel : lycees.achats@region-gem.invalid
Adresse(s) internet :
Adresse principale : https://www.region-gem.invalid
I.4) Type de pouvoir adjudicateur
Autorité régionale ou locale
I.5) Activité principale
Services généraux des administrations publiques

Section II : Objet
II.1) Étendue du marché
II.1.1) Intitulé :
Nettoyage des locaux du lycée polyvalent Robert-Schuman
Numéro de référence : 2026-LYC-014
II.1.2) Code CPV principal
90910000 Services de nettoyage
II.1.3) Type de marché
Services
II.1.4) Description succincte :
Nettoyage quotidien et remise en état périodique des locaux d'enseignement, de l'internat et des logements de fonction du lycée.
II.1.5) Valeur totale estimée
Valeur hors TVA : 960 000,00 EUR
II.1.6) Information sur les lots
Ce marché est divisé en lots : non
II.2) Description
II.2.3) Lieu d'exécution
Code NUTS : FRF33 Moselle
II.2.4) Description des prestations :
Accord-cadre mono-attributaire exécuté par bons de commande pour les remises en état et par prix forfaitaires pour l'entretien courant.
II.2.5) Critères d'attribution
Critères énoncés ci-dessous
Critère de qualité - Nom : Valeur technique / Pondération : 35
Critère de qualité - Nom : Performances en matière d'insertion professionnelle des publics en difficulté / Pondération : 15
Prix - Pondération : 50
II.2.7) Durée du marché, de l'accord-cadre ou du système d'acquisition dynamique
Durée en mois : 48
Ce marché peut faire l'objet d'une reconduction : non
II.2.10) Variantes
Des variantes seront prises en considération : non
II.2.11) Information sur les options
Options : non

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1) Conditions de participation
III.1.1) Habilitation à exercer l'activité professionnelle, y compris exigences relatives à l'inscription au registre du commerce ou de la profession
Liste et description succincte des conditions : formulaires DC1 et DC2 ou DUME.
III.1.3) Capacité technique et professionnelle
Liste et description succincte des critères de sélection : références de prestations de nettoyage de locaux scolaires au cours des trois dernières années.
III.2) Conditions liées au marché
III.2.2) Conditions particulières d'exécution :
Le titulaire met en œuvre une action d'insertion au bénéfice de personnes rencontrant des difficultés sociales ou professionnelles particulières, pour un volume minimal de 2 400 heures sur la durée totale du marché (article L. 2112-2 du code de la commande publique).

Section IV : Procédure
IV.1.1) Type de procédure
Procédure ouverte
IV.2.2) Date limite de réception des offres ou des demandes de participation
Date : 16/03/2026
Heure locale : 12:00

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires :
Le dossier de consultation est téléchargeable gratuitement sur le profil d'acheteur.
VI.4.1) Instance chargée des procédures de recours
Nom officiel : Tribunal administratif de Strasbourg
Ville : Strasbourg
Pays : France
VI.5) Date d'envoi du présent avis
11/02/2026
""")

# --------------------------------------------------------------------------- n03
notice("n03_ted_xml_denrees.xml", "XML de type TED (F02, anglais), trois lots",
       "critère environnemental par son contenu (distance parcourue par les produits) ; conditions "
       "d'exécution : caisses consignées, pas de film plastique ; « organic » dans l'objet",
       L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=3,
         montant_estime_ht=744000,
         evidence=["Distance travelled by the products between the place of production and the central kitchen",
                   "Deliveries shall be made in returnable crates",
                   "The contract is divided into three lots", "744000"]),
       text="""<?xml version="1.0" encoding="UTF-8"?>
<TED_EXPORT DOC_ID="143412-2026" EDITION="2026143">
  <CODED_DATA_SECTION>
    <NOTICE_DATA>
      <NO_DOC_OJS>2026/S 143-412907</NO_DOC_OJS>
      <ISO_COUNTRY VALUE="FR"/>
    </NOTICE_DATA>
  </CODED_DATA_SECTION>
  <FORM_SECTION>
    <F02_2014 LG="EN" CATEGORY="TRANSLATION" FORM="F02">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Syndicat intercommunal de restauration scolaire du Val de Sarthe</OFFICIALNAME>
          <ADDRESS>2 allée des Peupliers</ADDRESS>
          <TOWN>Roëzé-les-Prés</TOWN>
          <POSTAL_CODE>72210</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <E_MAIL>commandes@sirs-valdesarthe.invalid</E_MAIL>
          <URL_GENERAL>https://www.sirs-valdesarthe.invalid</URL_GENERAL>
        </ADDRESS_CONTRACTING_BODY>
        <CA_TYPE VALUE="BODY_PUBLIC"/>
        <CA_ACTIVITY VALUE="EDUCATION"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Supply of fresh fruit, vegetables, dairy and organic products for the central kitchen</P></TITLE>
        <REFERENCE_NUMBER>SIRS-2026-07</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="15300000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SUPPLIES"/>
        <SHORT_DESCR><P>Framework agreement for the supply of food products to the central kitchen, which prepares about 2 600 meals a day for the primary schools of the syndicate. The contract is divided into three lots.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">744000</VAL_ESTIMATED_TOTAL>
        <LOT_DIVISION><LOT_ALL/></LOT_DIVISION>
        <OBJECT_DESCR ITEM="1">
          <TITLE><P>Fresh fruit and vegetables</P></TITLE>
          <LOT_NO>1</LOT_NO>
          <CPV_ADDITIONAL><CPV_CODE CODE="03221000"/></CPV_ADDITIONAL>
          <SHORT_DESCR><P>Seasonal fresh fruit and vegetables, delivered three times a week.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY>
              <AC_CRITERION>Quality and freshness of the products (tasting of samples)</AC_CRITERION>
              <AC_WEIGHTING>30</AC_WEIGHTING>
            </AC_QUALITY>
            <AC_QUALITY>
              <AC_CRITERION>Distance travelled by the products between the place of production and the central kitchen</AC_CRITERION>
              <AC_WEIGHTING>20</AC_WEIGHTING>
            </AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>50</AC_WEIGHTING></AC_PRICE>
          </AC>
          <DURATION TYPE="MONTH">24</DURATION>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="2">
          <TITLE><P>Dairy products</P></TITLE>
          <LOT_NO>2</LOT_NO>
          <SHORT_DESCR><P>Milk, yoghurts and cheese, including products under a quality label.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY>
              <AC_CRITERION>Quality of the products</AC_CRITERION>
              <AC_WEIGHTING>40</AC_WEIGHTING>
            </AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>60</AC_WEIGHTING></AC_PRICE>
          </AC>
          <DURATION TYPE="MONTH">24</DURATION>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="3">
          <TITLE><P>Organic groceries</P></TITLE>
          <LOT_NO>3</LOT_NO>
          <SHORT_DESCR><P>Dry goods from organic farming: pasta, rice, pulses, flour.</P></SHORT_DESCR>
          <AC>
            <AC_PRICE><AC_WEIGHTING>100</AC_WEIGHTING></AC_PRICE>
          </AC>
          <DURATION TYPE="MONTH">24</DURATION>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>See the procurement documents.</P></SUITABILITY>
        <PERFORMANCE_CONDITIONS><P>Deliveries shall be made in returnable crates, which the contractor collects and reuses; single-use plastic film around pallets and cardboard over-packaging are not accepted at the central kitchen.</P></PERFORMANCE_CONDITIONS>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <FRAMEWORK/>
        <DATE_RECEIPT_TENDERS>2026-08-31</DATE_RECEIPT_TENDERS>
        <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <ADDRESS_REVIEW_BODY>
          <OFFICIALNAME>Tribunal administratif de Nantes</OFFICIALNAME>
          <TOWN>Nantes</TOWN>
          <COUNTRY VALUE="FR"/>
        </ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2026-07-24</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>
  </FORM_SECTION>
</TED_EXPORT>
""")

# --------------------------------------------------------------------------- n04
notice("n04_eforms_espaces_verts_ea.txt", "eForms (avis de marché, rendu texte en français)",
       "« Le marché est réservé à des entreprises adaptées » (article L. 2113-12 cité) ; conditions "
       "d'exécution sans produits phytopharmaceutiques et compostage ; valeur estimée et valeur maximale",
       L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1,
         montant_estime_ht=150000, montant_max_ht=180000,
         evidence=["Le marché est réservé à des entreprises adaptées (article L. 2113-12 du code de la commande publique)",
                   "L'emploi de produits phytopharmaceutiques est exclu",
                   "Valeur estimée hors TVA : 150 000,00 EUR", "Valeur maximale de l'accord-cadre : 180 000,00 EUR"]),
       text="""Avis de marché – Régime normal
Numéro de publication de l'avis : 00418876-2026
Date de publication : 03/06/2026

1. Acheteur
1.1 Acheteur
Nom officiel : Centre hospitalier de Montrevel-les-Prés
Forme juridique de l'acheteur : Organisme de droit public
Activité du pouvoir adjudicateur : Santé

2. Procédure
2.1 Procédure
Titre : Entretien des espaces verts et des abords des sites hospitaliers
Description : Tonte, taille des haies et arbustes, entretien des massifs, ramassage des feuilles et désherbage des cheminements des trois sites du centre hospitalier. Le marché est réservé à des entreprises adaptées (article L. 2113-12 du code de la commande publique).
Identifiant de la procédure : 5b1e7c42-9d0a-4e6f-8a31-2f6c0d9e7a10
Identifiant interne : CH-MLP-2026-031
Type de procédure : Ouverte
2.1.1 Objet
Nature du marché : Services
Nomenclature principale (cpv) : 77310000 Services de plantation et d'entretien d'espaces verts
2.1.2 Lieu d'exécution
Ville : Montrevel-les-Prés
Code postal : 01340
Pays : France
2.1.3 Valeur
Valeur estimée hors TVA : 150 000,00 EUR
Valeur maximale de l'accord-cadre : 180 000,00 EUR
2.1.4 Informations générales
Base juridique :
Directive 2014/24/UE

5. Lot
5.1 Lot technique ID : LOT-0000
Titre : Entretien des espaces verts et des abords des sites hospitaliers
5.1.3 Durée estimée
Durée : 3 Année
5.1.6 Informations générales
Participation réservée : La participation est réservée aux ateliers protégés et aux opérateurs économiques dont l'objectif est l'intégration sociale et professionnelle des personnes handicapées ou défavorisées
Projet de passation de marché non financé par des fonds de l'UE
5.1.10 Critères d'attribution
Critère :
Type : Prix
Description : Montant du détail quantitatif estimatif
Pondération (pourcentage, valeur exacte) : 70
Critère :
Type : Qualité
Description : Organisation des équipes et planning d'intervention au regard des contraintes de circulation sur les sites
Pondération (pourcentage, valeur exacte) : 30
5.1.12 Conditions du marché
Conditions d'exécution du marché : L'emploi de produits phytopharmaceutiques est exclu sur l'ensemble des sites ; les déchets verts issus des tontes et des tailles sont compostés sur place ou déposés sur une plateforme de compostage agréée, aux frais du titulaire.
Accord-cadre, sans remise en concurrence des marchés spécifiques
5.1.16 Autres organisations associées
Organisation chargée des procédures de recours : Tribunal administratif de Lyon

8. Organisations
8.1 ORG-0001
Nom officiel : Centre hospitalier de Montrevel-les-Prés
Adresse postale : 17 route de Bourg
Ville : Montrevel-les-Prés
Adresse électronique : achats@ch-montrevel.invalid
Rôles de cette organisation : Acheteur

Informations relatives à l'avis
Type de formulaire : Mise en concurrence
Type d'avis : Avis de marché ou de concession – régime standard
Langues dans lesquelles le présent avis est officiellement disponible : français
""")

# --------------------------------------------------------------------------- n05
notice("n05_ted_en_blanchisserie.txt", "TED avis de marché en anglais (rendu texte)",
       "« Reserved for sheltered workshops (ESAT) and adapted enterprises » sans article ; non alloti",
       L(marche_reserve=1, reserve_base="L2113-12", allotissement=0, montant_estime_ht=412000,
         evidence=["Reserved for sheltered workshops (ESAT) and adapted enterprises",
                   "This contract is divided into lots: no", "Value excluding VAT: 412 000.00 EUR"]),
       text="""France-Dijon: Laundry services
2026/S 088-261340
Contract notice
Services
Legal Basis:
Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Official name: Groupement hospitalier de territoire Côte-d'Or Sud
Postal address: 3 boulevard du Maréchal-Lyautey
Town: Dijon
NUTS code: FRC11 Côte-d'Or
Postal code: 21000
Country: France
E-mail: marches@ght-cotedorsud.invalid
Internet address(es):
Main address: https://www.ght-cotedorsud.invalid
I.4) Type of the contracting authority
Body governed by public law
I.5) Main activity
Health

Section II: Object
II.1) Scope of the procurement
II.1.1) Title:
Laundering, ironing and delivery of residents' personal linen for four nursing homes
Reference number: GHT-2026-LING-02
II.1.2) Main CPV code
98310000 Washing and dry-cleaning services
II.1.3) Type of contract
Services
II.1.4) Short description:
Weekly collection, marking, washing, ironing and return of the personal linen of about 380 residents.
II.1.5) Estimated total value
Value excluding VAT: 412 000.00 EUR
II.1.6) Information about lots
This contract is divided into lots: no
II.2) Description
II.2.5) Award criteria
Criteria below
Quality criterion - Name: Organisation of collection and delivery rounds, traceability of garments / Weighting: 40
Price - Weighting: 60
II.2.7) Duration of the contract, framework agreement or dynamic purchasing system
Duration in months: 36
This contract is subject to renewal: no

Section III: Legal, economic, financial and technical information
III.1) Conditions for participation
III.1.1) Suitability to pursue the professional activity, including requirements relating to enrolment on professional or trade registers
List and brief description of conditions: see the consultation regulations.
III.1.5) Information about reserved contracts
The contract is restricted to sheltered workshops and economic operators aiming at the social and professional integration of disabled or disadvantaged persons

Section IV: Procedure
IV.1.1) Type of procedure
Open procedure
IV.2.2) Time limit for receipt of tenders or requests to participate
Date: 22/05/2026
Local time: 12:00

Section VI: Complementary information
VI.3) Additional information:
Reserved for sheltered workshops (ESAT) and adapted enterprises employing at least 50 % disabled workers. Tenderers shall provide proof of their status with their application.
VI.4.1) Review body
Official name: Tribunal administratif de Dijon
Town: Dijon
Country: France
VI.5) Date of dispatch of this notice:
05/05/2026
""")

# --------------------------------------------------------------------------- n06
notice("n06_joue_accompagnement_rsa.txt", "JOUE formulaire 21 (services sociaux et autres services spécifiques)",
       "piège : l'objet est l'accompagnement vers l'emploi (insertion = objet) ; « Le marché n'est pas réservé » ; "
       "critères génériques ; trois lots",
       L(allotissement=1, nb_lots=3, montant_estime_ht=1350000,
         evidence=["Ce marché est divisé en lots : oui", "Lot nº : 3", "Valeur hors TVA : 1 350 000,00 EUR"]),
       text="""France-Châteauroux : Services d'aide sociale
2026/S 057-171223
Avis de marché
Services sociaux et autres services spécifiques – marchés publics
Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Nom officiel : Département de l'Indre-et-Brenne — Direction de l'insertion et de l'emploi
Adresse postale : Hôtel du Département, place de la Victoire
Ville : Châteauroux
Code postal : 36000
Pays : France
Courriel : dia.marches@indre-et-brenne.invalid
I.5) Activité principale
Protection sociale

Section II : Objet
II.1.1) Intitulé :
Accompagnement socioprofessionnel renforcé des bénéficiaires du revenu de solidarité active
II.1.2) Code CPV principal
85312000 Services d'action sociale sans hébergement
II.1.3) Type de marché
Services
II.1.4) Description succincte :
Le marché a pour objet l'accompagnement vers l'emploi des allocataires du RSA orientés par le Département : diagnostic, construction du parcours d'insertion professionnelle, mise en relation avec les employeurs, suivi dans l'emploi pendant six mois. Les publics concernés sont éloignés de l'emploi depuis plus de vingt-quatre mois en moyenne.
II.1.5) Valeur totale estimée
Valeur hors TVA : 1 350 000,00 EUR
II.1.6) Information sur les lots
Ce marché est divisé en lots : oui
II.2) Description
II.2.1) Intitulé : Territoire de Châteauroux
Lot nº : 1
II.2.1) Intitulé : Territoire du Boischaut
Lot nº : 2
II.2.1) Intitulé : Territoire de la Brenne
Lot nº : 3
II.2.4) Description des prestations :
Chaque lot couvre la file active des bénéficiaires orientés sur le territoire concerné, soit environ 420 personnes par an pour le lot 1, 260 pour le lot 2 et 180 pour le lot 3.
II.2.5) Critères d'attribution (pour chacun des lots)
Critère de qualité - Nom : Valeur technique appréciée au vu du mémoire (moyens humains affectés, organisation, implantation des lieux d'accueil) / Pondération : 60
Prix - Pondération : 40

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1) Conditions de participation
Agrément ou habilitation éventuellement requis : néant. Les candidats présentent les qualifications des intervenants (conseillers en insertion professionnelle, travailleurs sociaux).
III.1.5) Informations sur les marchés réservés
Le marché n'est pas réservé.

Section IV : Procédure
IV.1.1) Forme de la procédure : Procédure adaptée applicable aux services sociaux et autres services spécifiques (article R. 2123-1 3° du code de la commande publique)
IV.2.2) Date limite de réception des offres : 20/04/2026 à 16:00

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires :
Accord-cadre à bons de commande d'une durée de deux ans, reconductible une fois.
VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Limoges
VI.5) Date d'envoi du présent avis : 18/03/2026
""")

# --------------------------------------------------------------------------- n07
notice("n07_boamp_centre_de_tri.txt", "BOAMP ancien formulaire national",
       "piège : acheteur « syndicat de valorisation des déchets », objet tri et valorisation des emballages ; "
       "critères sans environnement ; non alloti",
       L(allotissement=0, montant_estime_ht=3200000,
         evidence=["Prestations divisées en lots : non", "3 200 000 euros hors taxes"]),
       text="""BOAMP
Annonce No 26-54102
I. II. III. IV. VI.

AVIS D'APPEL PUBLIC À LA CONCURRENCE

Nom et adresse officiels de l'organisme acheteur : Syndicat intercommunal de valorisation et de traitement des déchets ménagers de la Vallée de l'Aube (SIVTD).
 Correspondant : M. le Président, 8 rue du Moulin-Neuf, 10500 Brienne-sur-Aube, courriel : secretariat@sivtd-aube.invalid.

Objet du marché : exploitation du centre de tri des emballages ménagers recyclables et des papiers de Brienne-sur-Aube.
Catégorie de services : 16.
CPV - Objet principal : 90514000.

Lieu d'exécution : zone artisanale des Grèves, 10500 Brienne-sur-Aube.

Caractéristiques principales :
Le titulaire assure la réception des collectes sélectives, le tri manuel et mécanisé des flux (environ 9 500 tonnes par an), le conditionnement des matériaux triés en balles et leur chargement à destination des repreneurs désignés par le syndicat.
Prestations divisées en lots : non.
Durée du marché ou délai d'exécution : 60 mois à compter du 1er janvier 2027.

Cautionnement et garanties exigés : néant.
Modalités essentielles de financement et de paiement : prix unitaires à la tonne entrante, révisables annuellement ; paiement à 30 jours.

Conditions de participation :
Situation juridique - références requises : DC1, DC2 ou DUME.
Capacité économique et financière - références requises : chiffre d'affaires global des trois derniers exercices.
Capacité technique - références requises : références d'exploitation de centres de tri d'une capacité comparable.

Critères d'attribution :
Offre économiquement la plus avantageuse appréciée en fonction des critères énoncés ci-dessous avec leur pondération :
 - prix : 55 % ;
 - valeur technique : 45 %, dont organisation de l'exploitation et moyens humains (25 %) et plan de maintenance des équipements (20 %).

Type de procédure : procédure formalisée (appel d'offres ouvert).
Date limite de réception des offres : 2 octobre 2026, à 11 heures.

Renseignements complémentaires : le montant des prestations est estimé à 3 200 000 euros hors taxes pour la durée du marché. Visite obligatoire du centre de tri.

Date d'envoi du présent avis à la publication : 21 août 2026.
""")

# --------------------------------------------------------------------------- n08
notice("n08_joue_cvc_criteres_dce.txt", "JOUE formulaire standard 2 en français",
       "piège : « tous les critères sont énoncés uniquement dans les documents de la consultation », III.2.2 "
       "renvoyant au CCAP ; deux lots",
       L(allotissement=1, nb_lots=2, montant_estime_ht=540000,
         evidence=["Ce marché est divisé en lots : oui", "Lot nº : 2", "Valeur hors TVA : 540 000,00 EUR"]),
       text="""France-Valence : Services de réparation et d'entretien d'installations de chauffage
2026/S 112-336901
Avis de marché
Services
Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Nom officiel : Valence Drôme Agglomération des Trois Rivières
Adresse postale : 1 place Jean-Perdrix
Ville : Valence
Code postal : 26000
Pays : France
Courriel : commande-publique@vd3r.invalid

Section II : Objet
II.1.1) Intitulé :
Maintenance des installations de chauffage, ventilation et climatisation des bâtiments communautaires
II.1.2) Code CPV principal
50720000 Services de réparation et d'entretien de chauffage central
II.1.4) Description succincte :
Maintenance préventive et corrective, astreinte et dépannage des installations thermiques de 46 bâtiments.
II.1.5) Valeur totale estimée
Valeur hors TVA : 540 000,00 EUR
II.1.6) Information sur les lots
Ce marché est divisé en lots : oui
Des offres peuvent être présentées pour tous les lots
II.2) Description
II.2.1) Intitulé : Bâtiments administratifs et culturels
Lot nº : 1
II.2.5) Critères d'attribution
Le prix n'est pas le seul critère d'attribution et tous les critères sont énoncés uniquement dans les documents de la consultation
II.2.1) Intitulé : Équipements sportifs et piscines
Lot nº : 2
II.2.5) Critères d'attribution
Le prix n'est pas le seul critère d'attribution et tous les critères sont énoncés uniquement dans les documents de la consultation

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.3) Capacité technique et professionnelle
Critères de sélection tels que mentionnés dans les documents de la consultation
III.2.2) Conditions particulières d'exécution :
Conformément aux documents de la consultation (CCAP).

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
IV.2.2) Date limite de réception des offres : 24/07/2026 - 12:00

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires :
Les offres sont analysées lot par lot. Les documents de la consultation sont accessibles sur https://marches.vd3r.invalid.
VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Grenoble
VI.5) Date d'envoi du présent avis : 12/06/2026
""")

# --------------------------------------------------------------------------- n09
notice("n09_ted_en_ordinateurs.txt", "TED avis de marché en anglais (rendu texte)",
       "piège : « Reserved contract: No », prix seul, « environnement » dans le nom de l'acheteur et au sens "
       "informatique ; non alloti",
       L(allotissement=0, montant_estime_ht=265000,
         evidence=["This contract is divided into lots: no", "Value excluding VAT: 265 000.00 EUR"]),
       text="""France-Limoges: Laptop computers
2026/S 041-120877
Contract notice
Supplies
Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Official name: Conseil départemental de la Haute-Brenne — Direction de l'eau, de l'environnement et des espaces naturels
Postal address: 11 rue François-Chénieux
Town: Limoges
Postal code: 87000
Country: France
E-mail: deen.achats@hautebrenne.invalid
I.5) Main activity
General public services

Section II: Object
II.1.1) Title:
Supply of laptops and docking stations for field staff
Reference number: HB-DEEN-2026-004
II.1.2) Main CPV code
30213100 Portable computers
II.1.3) Type of contract
Supplies
II.1.4) Short description:
Supply of 140 ruggedised laptops with docking stations, compatible with the department's existing virtual desktop environment, for the staff monitoring rivers and natural areas.
II.1.5) Estimated total value
Value excluding VAT: 265 000.00 EUR
II.1.6) Information about lots
This contract is divided into lots: no
II.2.5) Award criteria
Price
II.2.7) Duration in months: 12

Section III: Legal, economic, financial and technical information
III.1.1) Suitability to pursue the professional activity
List and brief description of conditions: as stated in the procurement documents.
III.1.5) Information about reserved contracts
Reserved contract: No
III.2.2) Contract performance conditions:
None.

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure
IV.2.2) Time limit for receipt of tenders: 06/04/2026 12:00

Section VI: Complementary information
VI.3) Additional information:
The equipment shall run the current Windows environment used by the department and be delivered pre-configured.
VI.4.1) Review body: Tribunal administratif de Limoges
VI.5) Date of dispatch of this notice: 27/02/2026
""")

# --------------------------------------------------------------------------- n10
notice("n10_mapa_toiture_eglise.txt", "MAPA en texte libre (petite commune)",
       "critère « performances en matière de protection de l'environnement » (déchets de chantier, provenance "
       "des matériaux) ; lot unique ; montant estimé",
       L(critere_environnemental=1, allotissement=0, montant_estime_ht=146000,
         evidence=["Performances en matière de protection de l'environnement (tri et évacuation des déchets du chantier, provenance des matériaux) : 10 points",
                   "Marché en lot unique", "146 000 € HT"]),
       text="""COMMUNE DE SAINT-AUBIN-DES-LANDES-HAUTES
Avis d'appel public à la concurrence – procédure adaptée

Le Maire de Saint-Aubin-des-Landes-Hautes lance une consultation pour la réfection de la couverture en ardoise de l'église Saint-Aubin (nef et bas-côtés), avec reprise de la charpente sur deux travées.

Marché en lot unique. Le montant des travaux est estimé à 146 000 € HT. Durée prévisionnelle du chantier : 5 mois, démarrage envisagé en avril 2026.

Les entreprises sont jugées sur leurs garanties et capacités (qualification Qualibat 3192 ou équivalent, références de couverture sur monuments anciens).

L'offre la mieux-disante sera retenue selon les critères suivants :
Prix : 50 points
Valeur technique (méthodologie, planning, moyens affectés) : 40 points
Performances en matière de protection de l'environnement (tri et évacuation des déchets du chantier, provenance des matériaux) : 10 points

Le dossier est remis gratuitement sur demande à mairie@saint-aubin-landes-hautes.invalid ou retiré au secrétariat de mairie aux heures d'ouverture (lundi, mardi et jeudi, 9 h – 12 h).

Visite de l'église sur rendez-vous auprès de la mairie (02 99 00 73 12).

Remise des offres : avant le vendredi 13 février 2026 à 17 heures, sous pli ou par voie électronique.

Fait à Saint-Aubin-des-Landes-Hautes, le 19 janvier 2026.
Le Maire, Jean-Yves Le Goff
""")

# --------------------------------------------------------------------------- n11
notice("n11_eforms_restauration_deux_lots.txt", "eForms (avis de marché), deux lots chacun ses critères",
       "critère environnemental « distance d'approvisionnement » (lot 1) ; critère social « part du marché "
       "confiée à des structures de l'ESS » (lot 2) ; conditions d'exécution renvoyant au CCAP",
       L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=1120000,
         evidence=["Distance d'approvisionnement : nombre de kilomètres parcourus entre le lieu de production",
                   "Part du marché confiée à des structures de l'économie sociale et solidaire",
                   "La procédure comporte deux lots", "Valeur estimée hors TVA : 1 120 000,00 EUR"]),
       text="""Avis de marché
Numéro de publication de l'avis : 00211547-2026
Numéro de l'édition du JO S : 71/2026

1. Acheteur
1.1 Acheteur
Nom officiel : Ville de Port-Sainte-Marine
Forme juridique de l'acheteur : Autorité locale
Activité du pouvoir adjudicateur : Services des administrations publiques générales

2. Procédure
2.1 Procédure
Titre : Fourniture de denrées et livraison des repas pour la restauration scolaire
Description : La cuisine centrale de la Ville produit environ 3 100 repas par jour scolaire. La procédure comporte deux lots : la fourniture de produits frais (lot 1) et la livraison des repas en liaison froide vers les restaurants satellites (lot 2).
Identifiant interne : PSM-2026-RS-01
Type de procédure : Ouverte
2.1.1 Objet
Nature du marché : Fournitures
Nomenclature principale (cpv) : 15000000 Produits alimentaires, boissons, tabac et produits connexes
2.1.3 Valeur
Valeur estimée hors TVA : 1 120 000,00 EUR

5. Lot
5.1 Lot technique ID : LOT-0001
Titre : Produits frais (fruits, légumes, produits laitiers)
5.1.3 Durée estimée
Durée : 4 Année
5.1.10 Critères d'attribution
Critère :
Type : Prix
Pondération (points, valeur exacte) : 50
Critère :
Type : Qualité
Description : Qualité gustative et fraîcheur des produits, appréciées par dégustation d'échantillons
Pondération (points, valeur exacte) : 35
Critère :
Type : Qualité
Description : Distance d'approvisionnement : nombre de kilomètres parcourus entre le lieu de production ou de première transformation et la cuisine centrale
Pondération (points, valeur exacte) : 15
5.1.12 Conditions du marché
Conditions d'exécution du marché : Se reporter au cahier des clauses administratives particulières.

5.1 Lot technique ID : LOT-0002
Titre : Livraison des repas en liaison froide
5.1.3 Durée estimée
Durée : 4 Année
5.1.10 Critères d'attribution
Critère :
Type : Prix
Pondération (points, valeur exacte) : 60
Critère :
Type : Qualité
Description : Organisation des tournées et respect de la chaîne du froid
Pondération (points, valeur exacte) : 30
Critère :
Type : Qualité
Description : Part du marché confiée à des structures de l'économie sociale et solidaire (en pourcentage du montant du lot, en co-traitance ou en sous-traitance)
Pondération (points, valeur exacte) : 10
5.1.12 Conditions du marché
Conditions d'exécution du marché : Se reporter au cahier des clauses administratives particulières.

8. Organisations
8.1 ORG-0001
Nom officiel : Ville de Port-Sainte-Marine
Ville : Port-Sainte-Marine
Adresse électronique : achats@port-sainte-marine.invalid
Rôles de cette organisation : Acheteur
8.1 ORG-0002
Nom officiel : Tribunal administratif de Montpellier
Rôles de cette organisation : Organisation chargée des procédures de recours
""")

# --------------------------------------------------------------------------- n12
notice("n12_joue_attribution_logements.txt", "JOUE formulaire 3 (avis d'attribution) en français, trois lots",
       "avis d'attribution : critère « accueil et accompagnement de personnes en parcours d'insertion » ; heures "
       "d'insertion par lot en VI.3 (600 + 300 = 900) ; pas de valeur estimée (valeurs attribuées seulement, non étiquetées)",
       L(clause_sociale=1, clause_insertion=1, heures_insertion=900, critere_social=1, allotissement=1, nb_lots=3,
         evidence=["Nom : Accueil et accompagnement sur le chantier de personnes en parcours d'insertion",
                   "clause d'insertion par l'activité économique : 600 heures (lot 1) et 300 heures (lot 2)",
                   "[600 + 300 = 900]", "Ce marché est divisé en lots : oui", "Lot nº : 3"]),
       text="""France-Angers : Travaux de rénovation de bâtiments
2026/S 162-498210
Avis d'attribution de marché
Résultats de la procédure de marché
Travaux
Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Nom officiel : Maine-et-Loir Habitat, office public de l'habitat
Adresse postale : 5 rue de la Rame
Ville : Angers
Code postal : 49100
Pays : France
Courriel : marches@mlhabitat.invalid
I.4) Type de pouvoir adjudicateur : Organisme de droit public
I.5) Activité principale : Logement et équipements collectifs

Section II : Objet
II.1.1) Intitulé :
Réhabilitation thermique et remplacement des équipements sanitaires de 96 logements, résidence Les Tilleuls
II.1.2) Code CPV principal : 45453000 Travaux de réfection et de remise à neuf
II.1.3) Type de marché : Travaux
II.1.4) Description succincte :
Isolation des façades par l'extérieur, remplacement des menuiseries, rénovation des pièces humides.
II.1.6) Information sur les lots
Ce marché est divisé en lots : oui
II.2) Description
II.2.1) Intitulé : Isolation thermique par l'extérieur
Lot nº : 1
II.2.5) Critères d'attribution
Critère de qualité - Nom : Valeur technique / Pondération : 30
Critère de qualité - Nom : Accueil et accompagnement sur le chantier de personnes en parcours d'insertion / Pondération : 10
Prix - Pondération : 60
II.2.1) Intitulé : Menuiseries extérieures
Lot nº : 2
II.2.5) Critères d'attribution
Critère de qualité - Nom : Valeur technique / Pondération : 30
Critère de qualité - Nom : Accueil et accompagnement sur le chantier de personnes en parcours d'insertion / Pondération : 10
Prix - Pondération : 60
II.2.1) Intitulé : Plomberie - sanitaires
Lot nº : 3
II.2.5) Critères d'attribution
Critère de qualité - Nom : Valeur technique / Pondération : 40
Prix - Pondération : 60

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
IV.2.1) Publication antérieure relative à la présente procédure : Numéro de l'avis au JO série S : 2026/S 061-182004

Section V : Attribution du marché
Marché nº : 2026-017  Lot nº : 1
V.2.1) Date de conclusion du marché : 28/07/2026
V.2.2) Nombre d'offres reçues : 5
V.2.3) Nom et adresse du titulaire : Façades et Isolation du Maine SAS, Angers
Marché nº : 2026-018  Lot nº : 2
V.2.1) Date de conclusion du marché : 28/07/2026
V.2.2) Nombre d'offres reçues : 7
V.2.3) Nom et adresse du titulaire : Menuiseries Baugeoises SARL, Baugé-en-Anjou
Marché nº : 2026-019  Lot nº : 3
V.2.1) Date de conclusion du marché : 30/07/2026
V.2.2) Nombre d'offres reçues : 4
V.2.3) Nom et adresse du titulaire : Thermi-Loire Services, Trélazé

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires :
Les lots 1 et 2 comportent une clause d'insertion par l'activité économique : 600 heures (lot 1) et 300 heures (lot 2), à réaliser au profit de personnes éloignées de l'emploi, avec le concours du facilitateur de la Maison de l'emploi.
VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Nantes
VI.5) Date d'envoi du présent avis : 19/08/2026
""")

# --------------------------------------------------------------------------- n13
notice("n13_joue_rectificatif_transport.txt", "JOUE formulaire 14 (avis rectificatif) en français",
       "rectificatif qui ajoute un critère sur les émissions des véhicules (environnemental par son contenu)",
       L(critere_environnemental=1,
         evidence=["Nom : Émissions de dioxyde de carbone et de polluants locaux des véhicules affectés au service"]),
       text="""France-Auch : Services de transport scolaire
2026/S 095-289514
Rectificatif
Avis portant sur des modifications ou des informations additionnelles
Services
(Supplément au Journal officiel de l'Union européenne, 2026/S 088-262071)

Section I : Pouvoir adjudicateur/entité adjudicatrice
I.1) Nom et adresses
Nom officiel : Communauté de communes Astarac-Gascogne
Adresse postale : 2 avenue de la Gare
Ville : Mirande
Code postal : 32300
Pays : France
Courriel : transports@astarac-gascogne.invalid

Section II : Objet
II.1.1) Intitulé :
Transport scolaire des élèves des écoles et du collège de Mirande
Numéro de référence : CCAG-2026-TS
II.1.2) Code CPV principal : 60130000 Services spécialisés de transport routier de passagers
II.1.3) Type de marché : Services
II.1.4) Description succincte :
Exécution de onze circuits de ramassage scolaire, dont trois en zone de montagne.

Section VI : Renseignements complémentaires
VI.5) Date d'envoi du présent avis : 13/05/2026
VI.6) Référence de l'avis original
Numéro de l'avis au JO série S : 2026/S 088-262071

Section VII : Modifications
VII.1) Informations à rectifier ou à ajouter
VII.1.1) Motif de la modification
Modification des informations originales fournies par le pouvoir adjudicateur
VII.1.2) Texte à rectifier dans l'avis original
Numéro de section : II.2.5
Endroit où se trouve le texte à modifier : Critères d'attribution
Au lieu de :
Critère de qualité - Nom : Valeur technique / Pondération : 40
Prix - Pondération : 60
Lire :
Critère de qualité - 1. Nom : Valeur technique / Pondération : 30
Critère de qualité - 2. Nom : Émissions de dioxyde de carbone et de polluants locaux des véhicules affectés au service (motorisation, norme Euro) / Pondération : 10
Prix - Pondération : 60
Numéro de section : IV.2.2
Au lieu de :
Date : 02/06/2026
Lire :
Date : 12/06/2026
VII.2) Autres informations complémentaires :
Les candidats ayant déjà remis une offre sont invités à la compléter au regard du nouveau critère.
""")

# --------------------------------------------------------------------------- n14
notice("n14_boamp_rectificatif_reservation.txt", "BOAMP avis rectificatif (formulaire national)",
       "piège : le rectificatif SUPPRIME la réservation L. 2113-13 (« Lire : Le marché n'est pas réservé ») ; "
       "marché non réservé",
       L(evidence=[]),
       text="""BOAMP
Avis rectificatif
Annonce No 26-99317
Département(s) de publication : 59

Référence de l'avis initial : annonce No 26-95544 publiée le 22 juillet 2026.

Nom et adresse officiels de l'organisme acheteur : Commune de Hautmont-sur-Sambre.
 Correspondant : Mme la Directrice générale des services, 1 place de l'Hôtel-de-Ville, 59330 Hautmont-sur-Sambre, courriel : marches@hautmont-sambre.invalid.

Objet du marché : entretien des cimetières communaux et désherbage manuel des allées.

Modifications apportées à l'avis initial :
Dans la rubrique « Conditions de participation » :
au lieu de : « Marché réservé aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail (article L. 2113-13 du code de la commande publique). » ;
lire : « Le marché n'est pas réservé. ».
Dans la rubrique « Date limite de réception des offres » :
au lieu de : « 28 août 2026, à 12 heures » ;
lire : « 11 septembre 2026, à 12 heures ».

Motif : la mention de réservation a été publiée par erreur ; la consultation est ouverte à tout opérateur économique.

Autres informations : les autres rubriques de l'avis initial sont inchangées.

Date d'envoi du présent avis à la publication : 4 août 2026.
""")

# --------------------------------------------------------------------------- n15
notice("n15_boamp_gymnase_8_lots.pdf", "BOAMP ancien formulaire national (PDF), huit lots",
       "insertion par lot dans « Conditions particulières d'exécution » (1 200 + 600 + 350 = 2 150 h) ; "
       "critères par groupes de lots ; déclaration L5212 (piège)",
       L(clause_sociale=1, clause_insertion=1, heures_insertion=2150, allotissement=1, nb_lots=8,
         montant_estime_ht=3850000,
         evidence=["lot 1 : 1 200 heures ; lot 2 : 600 heures ; lot 5 : 350 heures", "[1 200 + 600 + 350 = 2 150]",
                   "La consultation est divisée en 8 lots", "3 850 000 € HT"]),
       header="BOAMP – Annonce No 26-140288 – Communauté de communes du Pays de Vernoux-en-Gâtine",
       text="""# AVIS D'APPEL PUBLIC À LA CONCURRENCE
Annonce No 26-140288 – Département(s) de publication : 79
## Nom et adresse officiels de l'organisme acheteur
Communauté de communes du Pays de Vernoux-en-Gâtine. Correspondant : M. le Président, 3 rue de la Poste, 79240 Vernoux-en-Gâtine, courriel : travaux@ccpvg.invalid, profil d'acheteur : https://marches.ccpvg.invalid.
## Objet du marché
Construction d'un gymnase intercommunal de type C avec mur d'escalade, à Vernoux-en-Gâtine.
CPV - Objet principal : 45212225.
## Caractéristiques principales
La consultation est divisée en 8 lots. Les candidats peuvent présenter une offre pour un ou plusieurs lots. Les variantes ne sont pas autorisées. L'estimation prévisionnelle des travaux, tous lots confondus, est de 3 850 000 € HT.
Délai d'exécution : 16 mois, période de préparation de 2 mois comprise.
## Conditions particulières d'exécution
Afin de favoriser l'accès à l'emploi des personnes qui en sont éloignées, les titulaires des lots suivants réalisent une action d'insertion dont le volume horaire minimal est fixé comme suit : lot 1 : 1 200 heures ; lot 2 : 600 heures ; lot 5 : 350 heures. Le titulaire peut recourir à l'embauche directe, à la mise à disposition de salariés par une structure d'insertion ou à la sous-traitance à une SIAE. Le suivi est assuré par le facilitateur du Département des Deux-Sèvres.
## Conditions de participation
Justifications à produire quant aux qualités et capacités du candidat : formulaires DC1 et DC2 ; déclaration sur l'honneur relative au respect de l'obligation d'emploi des travailleurs handicapés (articles L. 5212-1 à L. 5212-11 du code du travail) ; attestations d'assurance ; certificats de qualification professionnelle.
## Critères d'attribution
Offre économiquement la plus avantageuse appréciée en fonction des critères suivants :
Lots 1 à 6 : prix des travaux (60 %) ; valeur technique (40 %).
Lots 7 et 8 : prix des travaux (70 %) ; valeur technique (30 %).
## Type de procédure
Procédure adaptée (article R. 2123-1 du code de la commande publique).
## Date limite de réception des offres
Le 5 octobre 2026 à 12 heures.
## Renseignements relatifs aux lots
Lot 1 : Terrassements - gros œuvre.
Lot 2 : Charpente métallique - bardage.
Lot 3 : Couverture - étanchéité.
Lot 4 : Menuiseries extérieures.
Lot 5 : Cloisons - doublages - faux plafonds.
Lot 6 : Revêtements de sols sportifs.
Lot 7 : Chauffage - ventilation - plomberie.
Lot 8 : Électricité.
## Date d'envoi du présent avis à la publication
7 septembre 2026.
""")

# --------------------------------------------------------------------------- n16
notice("n16_ted_en_voirie.txt", "TED avis de marché en anglais (rendu texte)",
       "condition d'exécution d'insertion exprimée en part des heures (5 %), sans nombre d'heures ; non alloti",
       L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_estime_ht=2100000,
         evidence=["at least 5 % of the hours worked on the contract to people experiencing particular difficulties in accessing employment",
                   "This contract is divided into lots: no", "Value excluding VAT: 2 100 000.00 EUR"]),
       text="""France-Quimper: Road-maintenance works
2026/S 019-054338
Contract notice
Works
Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Official name: Département du Finistère-Cornouaille
Postal address: 32 boulevard Dupleix
Town: Quimper
Postal code: 29000
Country: France
E-mail: routes.marches@finistere-cornouaille.invalid
I.5) Main activity: General public services

Section II: Object
II.1.1) Title:
Maintenance of departmental roads - surface dressing and patching, Cornouaille sector
II.1.2) Main CPV code: 45233142 Road-repair works
II.1.3) Type of contract: Works
II.1.4) Short description:
Framework agreement for surface dressing, patching and the repair of road shoulders on about 1 400 km of departmental roads.
II.1.5) Estimated total value
Value excluding VAT: 2 100 000.00 EUR
II.1.6) Information about lots
This contract is divided into lots: no
II.2.5) Award criteria
Quality criterion - Name: Technical value (methods, equipment, organisation of traffic management) / Weighting: 40
Price - Weighting: 60
II.2.7) Duration in months: 48

Section III: Legal, economic, financial and technical information
III.1.3) Technical and professional ability
Selection criteria as stated in the procurement documents
III.2.2) Contract performance conditions:
The contractor shall allocate at least 5 % of the hours worked on the contract to people experiencing particular difficulties in accessing employment (long-term jobseekers, recipients of minimum social benefits, young people without qualifications), by direct hiring or through an integration structure. A report on the hours completed is sent to the contracting authority every six months.

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure
IV.2.2) Time limit for receipt of tenders: 03/03/2026 16:00

Section VI: Complementary information
VI.3) Additional information:
Tenders may be submitted in French only. Site visits are not organised.
VI.4.1) Review body: Tribunal administratif de Rennes
VI.5) Date of dispatch of this notice: 26/01/2026
""")

# --------------------------------------------------------------------------- n17
notice("n17_ted_xml_accompagnement_logement_ess.xml", "XML de type TED (F21, français)",
       "réservation aux entreprises de l'ESS (article L. 2113-15 cité, élément RESERVED_ORGANISATIONS_SERVICE_MISSION) ; "
       "l'objet est un service social (pas une clause) ; non alloti",
       L(marche_reserve=1, reserve_base="L2113-15", allotissement=0, montant_estime_ht=280000,
         evidence=["Conformément à l'article L. 2113-15 du code de la commande publique, le marché est réservé",
                   "Le marché n'est pas alloti", "280000"]),
       text="""<?xml version="1.0" encoding="UTF-8"?>
<TED_EXPORT DOC_ID="301554-2026" EDITION="2026101">
  <CODED_DATA_SECTION>
    <NOTICE_DATA>
      <NO_DOC_OJS>2026/S 101-301554</NO_DOC_OJS>
      <ISO_COUNTRY VALUE="FR"/>
    </NOTICE_DATA>
  </CODED_DATA_SECTION>
  <FORM_SECTION>
    <F21_2014 LG="FR" CATEGORY="ORIGINAL" FORM="F21">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <NOTICE TYPE="CONTRACT"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Métropole de Rives-de-Loire — Direction de l'habitat</OFFICIALNAME>
          <ADDRESS>9 quai de la Fosse</ADDRESS>
          <TOWN>Saint-Herblain-sur-Loire</TOWN>
          <POSTAL_CODE>44800</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <E_MAIL>habitat.marches@rives-de-loire.invalid</E_MAIL>
        </ADDRESS_CONTRACTING_BODY>
        <CA_TYPE VALUE="REGIONAL_AUTHORITY"/>
        <CA_ACTIVITY VALUE="HOUSING_AND_COMMUNITY_AMENITIES"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Accompagnement social lié au logement des ménages relogés dans le cadre du renouvellement urbain</P></TITLE>
        <REFERENCE_NUMBER>RDL-HAB-2026-12</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="85320000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SERVICES"/>
        <SHORT_DESCR><P>Diagnostic social, accompagnement au relogement et suivi post-relogement d'environ 230 ménages des quartiers Bellevue et Sillon. Le marché n'est pas alloti.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">280000</VAL_ESTIMATED_TOTAL>
        <NO_LOT_DIVISION/>
        <OBJECT_DESCR ITEM="1">
          <SHORT_DESCR><P>Les prestations sont exécutées par des intervenants titulaires d'un diplôme d'État de travail social.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY>
              <AC_CRITERION>Valeur technique (organisation, moyens humains affectés, délais d'intervention)</AC_CRITERION>
              <AC_WEIGHTING>60</AC_WEIGHTING>
            </AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>40</AC_WEIGHTING></AC_PRICE>
          </AC>
          <DURATION TYPE="MONTH">36</DURATION>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <RESERVED_ORGANISATIONS_SERVICE_MISSION/>
        <SUITABILITY><P>Justificatif de la qualité d'entreprise de l'économie sociale et solidaire au sens de l'article 1er de la loi n° 2014-856 du 31 juillet 2014.</P></SUITABILITY>
      </LEFTI>
      <PROCEDURE>
        <PT_AWARD_CONTRACT_WITHOUT_CALL/>
        <DATE_RECEIPT_TENDERS>2026-07-03</DATE_RECEIPT_TENDERS>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <INFO_ADD><P>Conformément à l'article L. 2113-15 du code de la commande publique, le marché est réservé aux entreprises de l'économie sociale et solidaire poursuivant une mission de service public liée à la prestation de services sociaux.</P></INFO_ADD>
        <ADDRESS_REVIEW_BODY>
          <OFFICIALNAME>Tribunal administratif de Nantes</OFFICIALNAME>
          <TOWN>Nantes</TOWN>
          <COUNTRY VALUE="FR"/>
        </ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2026-05-26</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F21_2014>
  </FORM_SECTION>
</TED_EXPORT>
""")

# --------------------------------------------------------------------------- n18
notice("n18_ted_xml_plages_siae.xml", "XML de type TED (F02, français)",
       "case RESTRICTED_SHELTERED_WORKSHOP cochée mais texte citant l'article L. 2113-13 (SIAE) : l'article prime ; "
       "« nettoyage des plages » dans l'objet",
       L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=96000,
         evidence=["réservé aux structures d'insertion par l'activité économique en application de l'article L. 2113-13",
                   "Marché non alloti", "96000"]),
       text="""<?xml version="1.0" encoding="UTF-8"?>
<TED_EXPORT DOC_ID="188410-2026" EDITION="2026064">
  <CODED_DATA_SECTION>
    <NOTICE_DATA>
      <NO_DOC_OJS>2026/S 064-188410</NO_DOC_OJS>
      <ISO_COUNTRY VALUE="FR"/>
    </NOTICE_DATA>
  </CODED_DATA_SECTION>
  <FORM_SECTION>
    <F02_2014 LG="FR" CATEGORY="ORIGINAL" FORM="F02">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Commune de Sainte-Lucie-sur-Mer</OFFICIALNAME>
          <ADDRESS>Place du Marché</ADDRESS>
          <TOWN>Sainte-Lucie-sur-Mer</TOWN>
          <POSTAL_CODE>85470</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <E_MAIL>dgs@sainte-lucie-sur-mer.invalid</E_MAIL>
        </ADDRESS_CONTRACTING_BODY>
        <CA_TYPE VALUE="REGIONAL_AUTHORITY"/>
        <CA_ACTIVITY VALUE="GENERAL_PUBLIC_SERVICES"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Nettoyage manuel des plages et entretien des sentiers du littoral</P></TITLE>
        <REFERENCE_NUMBER>SLM-2026-05</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="90680000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SERVICES"/>
        <SHORT_DESCR><P>Ramassage manuel des macro-déchets sur 6 km de plages, entretien des ganivelles et des sentiers de découverte du littoral, d'avril à octobre. Marché non alloti.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">96000</VAL_ESTIMATED_TOTAL>
        <NO_LOT_DIVISION/>
        <OBJECT_DESCR ITEM="1">
          <AC>
            <AC_QUALITY>
              <AC_CRITERION>Valeur technique : encadrement des équipes et planning saisonnier</AC_CRITERION>
              <AC_WEIGHTING>45</AC_WEIGHTING>
            </AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>55</AC_WEIGHTING></AC_PRICE>
          </AC>
          <DURATION TYPE="MONTH">24</DURATION>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <RESTRICTED_SHELTERED_WORKSHOP/>
        <SUITABILITY><P>Conformément au règlement de la consultation.</P></SUITABILITY>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <DATE_RECEIPT_TENDERS>2026-04-20</DATE_RECEIPT_TENDERS>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <INFO_ADD><P>Le marché est réservé aux structures d'insertion par l'activité économique en application de l'article L. 2113-13 du code de la commande publique (ateliers et chantiers d'insertion, entreprises d'insertion, associations intermédiaires).</P></INFO_ADD>
        <ADDRESS_REVIEW_BODY>
          <OFFICIALNAME>Tribunal administratif de Nantes</OFFICIALNAME>
          <TOWN>Nantes</TOWN>
          <COUNTRY VALUE="FR"/>
        </ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2026-03-27</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>
  </FORM_SECTION>
</TED_EXPORT>
""")

# --------------------------------------------------------------------------- n19
notice("n19_ted_xml_mobilier.xml", "XML de type TED (F02, français), deux lots",
       "piège : « environnement » et « écologie » dans le nom de l'acheteur ; prix seul ; déclaration "
       "L5212 en candidature ; pas de réservation",
       L(allotissement=1, nb_lots=2, montant_estime_ht=118000,
         evidence=["Marché alloti en deux lots", "118000"]),
       text="""<?xml version="1.0" encoding="UTF-8"?>
<TED_EXPORT DOC_ID="077215-2026" EDITION="2026027">
  <CODED_DATA_SECTION>
    <NOTICE_DATA>
      <NO_DOC_OJS>2026/S 027-077215</NO_DOC_OJS>
      <ISO_COUNTRY VALUE="FR"/>
    </NOTICE_DATA>
  </CODED_DATA_SECTION>
  <FORM_SECTION>
    <F02_2014 LG="FR" CATEGORY="ORIGINAL" FORM="F02">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Syndicat mixte pour l'environnement et l'écologie urbaine de l'agglomération de Bourg-Vauclair</OFFICIALNAME>
          <ADDRESS>14 rue des Tanneurs</ADDRESS>
          <TOWN>Bourg-Vauclair</TOWN>
          <POSTAL_CODE>39100</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <E_MAIL>administration@smeeu-bv.invalid</E_MAIL>
        </ADDRESS_CONTRACTING_BODY>
        <CA_TYPE VALUE="BODY_PUBLIC"/>
        <CA_ACTIVITY VALUE="ENVIRONMENT"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Fourniture de mobilier de bureau pour le nouveau siège administratif</P></TITLE>
        <REFERENCE_NUMBER>SMEEU-2026-02</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="39130000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SUPPLIES"/>
        <SHORT_DESCR><P>Fourniture, livraison et installation de postes de travail, sièges et rangements pour 85 agents. Marché alloti en deux lots.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">118000</VAL_ESTIMATED_TOTAL>
        <LOT_DIVISION><LOT_ALL/></LOT_DIVISION>
        <OBJECT_DESCR ITEM="1">
          <TITLE><P>Postes de travail et sièges</P></TITLE>
          <LOT_NO>1</LOT_NO>
          <AC><AC_PRICE><AC_WEIGHTING>100</AC_WEIGHTING></AC_PRICE></AC>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="2">
          <TITLE><P>Rangements et armoires</P></TITLE>
          <LOT_NO>2</LOT_NO>
          <AC><AC_PRICE><AC_WEIGHTING>100</AC_WEIGHTING></AC_PRICE></AC>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Lettre de candidature ; déclaration sur l'honneur attestant que le candidat satisfait à l'obligation d'emploi des travailleurs handicapés prévue aux articles L. 5212-1 à L. 5212-11 du code du travail.</P></SUITABILITY>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <DATE_RECEIPT_TENDERS>2026-03-09</DATE_RECEIPT_TENDERS>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <INFO_ADD><P>L'offre retenue pour chaque lot est l'offre au prix le plus bas.</P></INFO_ADD>
        <ADDRESS_REVIEW_BODY>
          <OFFICIALNAME>Tribunal administratif de Besançon</OFFICIALNAME>
          <TOWN>Besançon</TOWN>
          <COUNTRY VALUE="FR"/>
        </ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2026-02-06</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>
  </FORM_SECTION>
</TED_EXPORT>
""")

# --------------------------------------------------------------------------- n20
notice("n20_mapa_debroussaillage_siae.pdf", "MAPA en texte libre (PDF, petite commune)",
       "réservation aux SIAE par les mots (ateliers et chantiers d'insertion, entreprises d'insertion), sans "
       "article ; non alloti ; montant estimé",
       L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=38000,
         evidence=["Ce marché est réservé aux structures d'insertion par l'activité économique",
                   "La prestation n'est pas décomposée en lots", "38 000 euros hors taxes"]),
       header="Commune de Roquebrune-des-Garrigues – Avis de consultation – Débroussaillement 2026",
       text="""# Commune de Roquebrune-des-Garrigues
Avis de consultation – Marché à procédure adaptée
## Objet
Débroussaillement des chemins ruraux, des abords des voies communales et des obligations légales de débroussaillement autour des bâtiments communaux, pour la saison 2026.
## Qui peut répondre ?
Ce marché est réservé aux structures d'insertion par l'activité économique : ateliers et chantiers d'insertion, entreprises d'insertion, associations intermédiaires. Les candidats joignent à leur offre la copie de leur conventionnement en cours de validité.
## Ce que la commune attend
La prestation n'est pas décomposée en lots. Environ 34 km de bords de chemins et 6 hectares de parcelles sont à traiter entre le 15 mars et le 30 juin. Le matériel et les équipements de protection sont fournis par le prestataire.
Le budget prévisionnel est de 38 000 euros hors taxes.
## Comment l'offre sera choisie
Le prix compte pour 40 % ; la valeur technique (organisation des équipes, encadrement, calendrier) pour 60 %.
## Remise des offres
Les offres sont à adresser avant le 20 février 2026, 12 h, à mairie@roquebrune-garrigues.invalid ou à déposer en mairie, 1 rue de l'Horloge, 34460 Roquebrune-des-Garrigues.
Renseignements : secrétariat de mairie, 04 67 00 18 22.
""")

# --------------------------------------------------------------------------- n21
notice("n21_eforms_etude_biomasse.txt", "eForms (avis de marché, rendu texte)",
       "piège : « Participation non réservée », prix seul, « transition écologique » dans le nom de l'acheteur, "
       "biomasse dans l'objet ; conditions d'exécution « Aucune »",
       L(montant_estime_ht=75000,
         evidence=["Valeur estimée hors TVA : 75 000,00 EUR"]),
       text="""Avis de marché
Numéro de publication de l'avis : 00534012-2026

1. Acheteur
1.1 Acheteur
Nom officiel : Communauté de communes Cœur de Brenne — Service Transition écologique et énergies
Forme juridique de l'acheteur : Autorité locale
Activité du pouvoir adjudicateur : Services des administrations publiques générales

2. Procédure
2.1 Procédure
Titre : Étude de faisabilité d'un réseau de chaleur alimenté par une chaufferie biomasse
Description : Étude d'opportunité et de faisabilité technico-économique d'un réseau de chaleur desservant le collège, la piscine et l'EHPAD du bourg de Mézières-en-Brenne : recensement des besoins, dimensionnement, scénarios d'approvisionnement en plaquettes forestières, bilan économique.
Identifiant interne : CCCB-2026-ENR-03
Type de procédure : Ouverte
2.1.1 Objet
Nature du marché : Services
Nomenclature principale (cpv) : 71314000 Services liés à l'énergie
2.1.3 Valeur
Valeur estimée hors TVA : 75 000,00 EUR

5. Lot
5.1 Lot technique ID : LOT-0000
Titre : Étude de faisabilité réseau de chaleur biomasse
5.1.3 Durée estimée
Durée : 8 Mois
5.1.6 Informations générales
Participation réservée : Participation non réservée.
5.1.9 Critères de sélection
Critère :
Type : Aptitude technique et professionnelle
Description : Références d'études de réseaux de chaleur au cours des trois dernières années
5.1.10 Critères d'attribution
Critère :
Type : Prix
Description : Montant global et forfaitaire de l'étude
Pondération (pourcentage, valeur exacte) : 100
5.1.12 Conditions du marché
Conditions d'exécution du marché : Aucune

8. Organisations
8.1 ORG-0001
Nom officiel : Communauté de communes Cœur de Brenne
Ville : Mézières-en-Brenne
Adresse électronique : energie@coeurdebrenne.invalid
Rôles de cette organisation : Acheteur
""")

# --------------------------------------------------------------------------- n22
notice("n22_ted_en_attribution_encombrants.txt", "TED avis d'attribution en anglais (rendu texte), deux lots",
       "piège : objet enlèvement et recyclage des encombrants ; « The contract is not reserved » ; critères "
       "prix et organisation des tournées",
       L(allotissement=1, nb_lots=2,
         evidence=["This contract is divided into lots: yes", "Lot No: 2"]),
       text="""France-Perpignan: Refuse recycling services
2026/S 176-533017
Contract award notice
Results of the procurement procedure
Services
Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Official name: Perpignan Roussillon Côte Vermeille Agglomération
Postal address: 11 boulevard Saint-Assiscle
Town: Perpignan
Postal code: 66000
Country: France
E-mail: dechets.marches@prcv-agglo.invalid

Section II: Object
II.1.1) Title:
Collection of bulky waste and transfer to recycling channels
II.1.2) Main CPV code: 90514000 Refuse recycling services
II.1.3) Type of contract: Services
II.1.4) Short description:
Door-to-door collection of bulky waste by appointment, emptying of bins at the twelve recycling centres and transport of materials to the recovery and recycling facilities designated by the agglomeration.
II.1.6) Information about lots
This contract is divided into lots: yes
II.2) Description
II.2.1) Title: Door-to-door collection of bulky waste
Lot No: 1
II.2.5) Award criteria
Quality criterion - Name: Organisation of collection rounds and appointment handling / Weighting: 30
Price - Weighting: 70
II.2.1) Title: Haulage of bins from recycling centres
Lot No: 2
II.2.5) Award criteria
Quality criterion - Name: Fleet availability and response times / Weighting: 30
Price - Weighting: 70

Section III: Legal, economic, financial and technical information
III.1.5) Information about reserved contracts
The contract is not reserved.

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure
IV.2.1) Previous publication concerning this procedure: Notice number in the OJ S: 2026/S 071-208339

Section V: Award of contract
Contract No: 2026-DEC-11  Lot No: 1
V.2.1) Date of conclusion of the contract: 22/08/2026
V.2.2) Number of tenders received: 3
V.2.3) Name and address of the contractor: Roussillon Environnement Services SAS, Rivesaltes
Contract No: 2026-DEC-12  Lot No: 2
V.2.1) Date of conclusion of the contract: 22/08/2026
V.2.2) Number of tenders received: 4
V.2.3) Name and address of the contractor: Transports Catalans Bennes SARL, Elne

Section VI: Complementary information
VI.4.1) Review body: Tribunal administratif de Montpellier
VI.5) Date of dispatch of this notice: 07/09/2026
""")

# --------------------------------------------------------------------------- n23
notice("n23_joue_nettoyage_quatre_lots.txt", "JOUE formulaire standard 2 en français, quatre lots",
       "conditions d'exécution environnementales en III.2.2 (Écolabel européen, dosage, tri) ; sous-critère "
       "de réduction des consommations d'eau et de produits",
       L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=4,
         montant_estime_ht=1780000,
         evidence=["porteurs de l'Écolabel européen ou d'un écolabel équivalent",
                   "Nom : Démarche de réduction des consommations d'eau et de produits / Pondération : 10",
                   "Ce marché est divisé en lots : oui", "Lot nº : 4", "Valeur hors TVA : 1 780 000,00 EUR"]),
       text="""France-Besançon : Services de nettoyage de bâtiments
2026/S 133-398102
Avis de marché
Services
Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Nom officiel : Ville de Besançon-Chailluz
Adresse postale : 2 rue Mégevand
Ville : Besançon
Code postal : 25000
Pays : France
Courriel : commande.publique@besancon-chailluz.invalid

Section II : Objet
II.1.1) Intitulé :
Nettoyage et entretien des bâtiments communaux
II.1.2) Code CPV principal : 90911200 Services de nettoyage de bâtiments
II.1.4) Description succincte :
Nettoyage courant des bureaux, écoles, équipements sportifs et culturels de la Ville.
II.1.5) Valeur totale estimée
Valeur hors TVA : 1 780 000,00 EUR
II.1.6) Information sur les lots
Ce marché est divisé en lots : oui
Des offres peuvent être présentées pour tous les lots
II.2) Description
II.2.1) Intitulé : Bâtiments administratifs
Lot nº : 1
II.2.1) Intitulé : Groupes scolaires
Lot nº : 2
II.2.1) Intitulé : Équipements sportifs
Lot nº : 3
II.2.1) Intitulé : Équipements culturels
Lot nº : 4
II.2.5) Critères d'attribution (identiques pour les quatre lots)
Critère de qualité - Nom : Moyens humains et organisation des interventions / Pondération : 30
Critère de qualité - Nom : Démarche de réduction des consommations d'eau et de produits / Pondération : 10
Prix - Pondération : 60

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.3) Capacité technique et professionnelle
Liste et description succincte des critères de sélection : effectifs moyens annuels et références de prestations similaires.
III.2.2) Conditions particulières d'exécution :
Les produits d'entretien utilisés sont porteurs de l'Écolabel européen ou d'un écolabel équivalent ; le titulaire utilise des systèmes de dosage et assure le tri, dans les conteneurs de la Ville, des déchets collectés lors des prestations.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
IV.2.2) Date limite de réception des offres : 14/09/2026 - 12:00

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires :
Visite facultative des sites. Les offres sont jugées lot par lot.
VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Besançon
VI.5) Date d'envoi du présent avis : 10/07/2026
""")

# --------------------------------------------------------------------------- n24
notice("n24_boamp_menuiseries_oph.txt", "BOAMP ancien formulaire national",
       "piège : critères « énoncés dans le cahier des charges », conditions particulières : non, déclaration "
       "L5212 en candidature ; non alloti",
       L(allotissement=0,
         evidence=["Prestations divisées en lots : non"]),
       text="""BOAMP
Annonce No 26-31877
Département(s) de publication : 62

AVIS D'APPEL PUBLIC À LA CONCURRENCE

Nom et adresse officiels de l'organisme acheteur : Artois Côte d'Opale Habitat, office public de l'habitat.
 Correspondant : Service des marchés, 27 rue Gambetta, 62400 Béthune-Lillers, courriel : marches@acoh.invalid, adresse internet : https://www.acoh.invalid.

Objet du marché : remplacement des menuiseries extérieures et des occultations de 64 logements individuels, cité des Mésanges.
Type de marché de travaux : exécution.
CPV - Objet principal : 45421100.
Lieu d'exécution : cité des Mésanges, 62190 Lillers-Val.

Caractéristiques principales :
Dépose des menuiseries bois existantes, fourniture et pose de fenêtres PVC, de portes d'entrée et de volets roulants électriques.
Prestations divisées en lots : non.
Durée du marché ou délai d'exécution : 6 mois à compter de l'ordre de service de démarrage.

Conditions particulières :
L'exécution du marché est soumise à des conditions particulières : non.

Conditions de participation :
Situation juridique - références requises : DC1, DC2 ; attestation sur l'honneur du respect de l'obligation d'emploi des travailleurs handicapés (articles L. 5212-1 à L. 5212-11 du code du travail) ; attestations fiscales et sociales.
Capacité technique - références requises : références de chantiers de même nature en site occupé.

Critères d'attribution :
Offre économiquement la plus avantageuse appréciée en fonction des critères énoncés dans le cahier des charges (règlement de la consultation, lettre d'invitation ou document descriptif).

Type de procédure : procédure adaptée.
Date limite de réception des offres : 30 mars 2026, à 12 heures.

Renseignements complémentaires : le dossier de consultation est disponible sur le profil d'acheteur.

Date d'envoi du présent avis à la publication : 3 mars 2026.
""")

# --------------------------------------------------------------------------- n25
notice("n25_joue_proprete_lot_reserve.txt", "JOUE formulaire standard 2 en français, trois lots",
       "seul le lot 3 est réservé, à la fois aux EA/ESAT et aux SIAE (articles L. 2113-12 et L. 2113-13 cités) ; "
       "autres lots ouverts",
       L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=1, nb_lots=3, montant_estime_ht=870000,
         evidence=["Le lot 3 est réservé, en application des articles L. 2113-12 et L. 2113-13 du code de la commande publique",
                   "Ce marché est divisé en lots : oui", "Lot nº : 3", "Valeur hors TVA : 870 000,00 EUR"]),
       text="""France-Saint-Quentin : Services de nettoyage et de balayage des rues
2026/S 049-146633
Avis de marché
Services
Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Nom officiel : Communauté d'agglomération du Vermandois-Somme
Adresse postale : 58 boulevard Victor-Hugo
Ville : Saint-Quentin
Code postal : 02100
Pays : France
Courriel : marches@agglo-vermandois.invalid

Section II : Objet
II.1.1) Intitulé :
Propreté urbaine et entretien des espaces extérieurs des zones d'activités communautaires
II.1.2) Code CPV principal : 90610000 Services de nettoyage et de balayage des rues
II.1.4) Description succincte :
Balayage mécanisé des voiries, vidage des corbeilles, entretien des accotements et des bassins de rétention des zones d'activités.
II.1.5) Valeur totale estimée
Valeur hors TVA : 870 000,00 EUR
II.1.6) Information sur les lots
Ce marché est divisé en lots : oui
II.2) Description
II.2.1) Intitulé : Balayage mécanisé des voiries
Lot nº : 1
II.2.5) Critères d'attribution
Critère de qualité - Nom : Valeur technique / Pondération : 40
Prix - Pondération : 60
II.2.1) Intitulé : Fauchage des accotements et curage des bassins
Lot nº : 2
II.2.5) Critères d'attribution
Critère de qualité - Nom : Valeur technique / Pondération : 40
Prix - Pondération : 60
II.2.1) Intitulé : Vidage des corbeilles et ramassage manuel des déchets diffus
Lot nº : 3
II.2.5) Critères d'attribution
Critère de qualité - Nom : Encadrement et organisation des équipes / Pondération : 50
Prix - Pondération : 50

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.5) Informations sur les marchés réservés
Le lot 3 est réservé, en application des articles L. 2113-12 et L. 2113-13 du code de la commande publique, aux entreprises adaptées, aux établissements et services d'aide par le travail et aux structures d'insertion par l'activité économique. Les lots 1 et 2 ne sont pas réservés.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
IV.2.2) Date limite de réception des offres : 13/04/2026 - 12:00

Section VI : Renseignements complémentaires
VI.4.1) Instance chargée des procédures de recours : Tribunal administratif d'Amiens
VI.5) Date d'envoi du présent avis : 10/03/2026
""")

# --------------------------------------------------------------------------- n26
notice("n26_joue_sel_deneigement.pdf", "JOUE formulaire standard 2 en français (PDF)",
       "piège : « Le marché n'est pas réservé », prix seul, III.2.2 sans objet ; montant maximum de l'accord-cadre ; "
       "non alloti",
       L(allotissement=0, montant_max_ht=250000,
         evidence=["Ce marché est divisé en lots : non", "montant maximum de 250 000,00 EUR HT"]),
       header="JOUE 2026/S 175-529904 – Département des Hautes-Combes – Fourniture de sel de déneigement",
       text="""# Avis de marché – Fournitures
France-Pontarlier : Sel de déneigement – 2026/S 175-529904 – Directive 2014/24/UE
## Section I : Pouvoir adjudicateur
I.1) Nom officiel : Département des Hautes-Combes, Direction des routes. Adresse postale : 4 rue de la Gare, 25300 Pontarlier, France. Courriel : routes@hautes-combes.invalid.
I.5) Activité principale : Services généraux des administrations publiques.
## Section II : Objet
II.1.1) Intitulé : Fourniture et livraison de sel de déneigement en vrac pour les centres d'exploitation routière.
II.1.2) Code CPV principal : 34927100 Sel de déneigement.
II.1.3) Type de marché : Fournitures.
II.1.4) Description succincte : accord-cadre à bons de commande mono-attributaire, conclu pour un an reconductible trois fois, avec un montant maximum de 250 000,00 EUR HT sur la durée totale de l'accord-cadre, reconductions comprises.
II.1.6) Information sur les lots : Ce marché est divisé en lots : non.
II.2.5) Critères d'attribution : Prix.
II.2.7) Durée en mois : 12. Ce marché peut faire l'objet d'une reconduction : oui. Description des modalités ou du calendrier des reconductions : trois reconductions tacites d'un an.
## Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.1) Habilitation à exercer l'activité professionnelle : voir le règlement de la consultation.
III.1.5) Informations sur les marchés réservés : Le marché n'est pas réservé.
III.2.2) Conditions particulières d'exécution : sans objet.
## Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte.
IV.2.2) Date limite de réception des offres : 19/10/2026 à 12:00.
## Section VI : Renseignements complémentaires
VI.3) Informations complémentaires : livraisons par camion-benne de 25 tonnes minimum, sous 48 heures en période hivernale.
VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Besançon.
VI.5) Date d'envoi du présent avis : 09/09/2026.
""")

# --------------------------------------------------------------------------- n27
notice("n27_eforms_college_insertion.txt", "eForms (avis de marché, rendu texte)",
       "insertion de 525 heures dans « Conditions d'exécution du marché » et critère « qualité de la démarche "
       "d'insertion » ; « rénovation énergétique » dans l'objet (piège) ; non alloti",
       L(clause_sociale=1, clause_insertion=1, heures_insertion=525, critere_social=1, allotissement=0,
         montant_estime_ht=1480000,
         evidence=["un volume minimal de 525 heures au profit de personnes éloignées de l'emploi",
                   "Qualité de la démarche d'insertion proposée", "La consultation n'est pas allotie",
                   "Valeur estimée hors TVA : 1 480 000,00 EUR"]),
       text="""Avis de marché – Régime normal
Numéro de publication de l'avis : 00387760-2026

1. Acheteur
1.1 Acheteur
Nom officiel : Département de la Vienne-Clain
Forme juridique de l'acheteur : Autorité régionale ou locale
Activité du pouvoir adjudicateur : Services des administrations publiques générales

2. Procédure
2.1 Procédure
Titre : Rénovation énergétique du collège Lucie-Aubrac à Chauvigny-les-Bois
Description : Marché global de travaux : isolation des toitures-terrasses, remplacement des menuiseries, remplacement de la chaufferie fioul par une pompe à chaleur, installation d'une ventilation double flux. La consultation n'est pas allotie (article L. 2113-11 du code de la commande publique) en raison de l'imbrication des prestations en site occupé.
Identifiant interne : DVC-2026-COL-08
Type de procédure : Ouverte
2.1.1 Objet
Nature du marché : Travaux
Nomenclature principale (cpv) : 45321000 Travaux d'isolation thermique
2.1.3 Valeur
Valeur estimée hors TVA : 1 480 000,00 EUR

5. Lot
5.1 Lot technique ID : LOT-0001
Titre : Rénovation énergétique du collège Lucie-Aubrac
5.1.3 Durée estimée
Durée : 11 Mois
5.1.6 Informations générales
Participation réservée : Participation non réservée.
5.1.10 Critères d'attribution
Critère :
Type : Prix
Pondération (pourcentage, valeur exacte) : 55
Critère :
Type : Qualité
Description : Valeur technique (méthodologie, phasage en site occupé, moyens affectés)
Pondération (pourcentage, valeur exacte) : 35
Critère :
Type : Qualité
Description : Qualité de la démarche d'insertion proposée (accueil, tutorat, formation des personnes recrutées)
Pondération (pourcentage, valeur exacte) : 10
5.1.12 Conditions du marché
Conditions d'exécution du marché : Clause sociale d'insertion : le titulaire réalise une action d'insertion d'un volume minimal de 525 heures au profit de personnes éloignées de l'emploi, en lien avec le facilitateur du PLIE du Châtelleraudais, qui l'assiste dans le choix des modalités (embauche directe, mise à disposition, sous-traitance).

8. Organisations
8.1 ORG-0001
Nom officiel : Département de la Vienne-Clain
Ville : Poitiers
Adresse électronique : colleges.travaux@vienne-clain.invalid
Rôles de cette organisation : Acheteur
""")

# --------------------------------------------------------------------------- n28
notice("n28_ted_en_attribution_detenus.txt", "TED avis d'attribution en anglais (rendu texte)",
       "marché réservé aux opérateurs employant des personnes détenues (article L2113-13-1 cité) ; non alloti",
       L(marche_reserve=1, reserve_base="L2113-13-1", allotissement=0,
         evidence=["reserved for economic operators employing persons in detention (Article L2113-13-1",
                   "This contract is divided into lots: no"]),
       text="""France-Rennes: Packaging services
2026/S 204-620155
Contract award notice
Results of the procurement procedure
Services
Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Official name: Région Bretagne-Armor — Direction de la communication
Postal address: 283 avenue du Général-Patton
Town: Rennes
Postal code: 35700
Country: France
E-mail: dircom.achats@bretagne-armor.invalid

Section II: Object
II.1.1) Title:
Assembly and packaging of welcome kits for apprentices
II.1.2) Main CPV code: 79980000 Packaging services
II.1.3) Type of contract: Services
II.1.4) Short description:
Assembly, insertion of documents and packaging of about 18 000 welcome kits a year, and shipment to the training centres.
II.1.6) Information about lots
This contract is divided into lots: no
II.2.5) Award criteria
Quality criterion - Name: Production capacity and quality control / Weighting: 50
Price - Weighting: 50

Section III: Legal, economic, financial and technical information
III.1.5) Information about reserved contracts
The contract is reserved for economic operators employing persons in detention (Article L2113-13-1 of the French Public Procurement Code), at least half of the workers assigned to the contract being detained persons.

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure
IV.2.1) Previous publication concerning this procedure: Notice number in the OJ S: 2026/S 139-401872

Section V: Award of contract
Contract No: 2026-COM-22
V.2.1) Date of conclusion of the contract: 02/10/2026
V.2.2) Number of tenders received: 2
V.2.3) Name and address of the contractor: Atelier de production du centre pénitentiaire de Rennes-Vezin, concession managed by Armor Conditionnement SAS

Section VI: Complementary information
VI.4.1) Review body: Tribunal administratif de Rennes
VI.5) Date of dispatch of this notice: 20/10/2026
""")

# --------------------------------------------------------------------------- n29
notice("n29_mapa_aire_de_jeux.txt", "MAPA en texte libre (petite commune)",
       "piège : « environnement » dans le nom du service acheteur, prix seul",
       L(montant_estime_ht=52000,
         evidence=["estimé à 52 000 € HT"]),
       text="""MAIRIE DE LA CHAPELLE-SUR-VOLANE
Service Environnement et Cadre de vie

AVIS DE MISE EN CONCURRENCE (MAPA)

Pouvoir adjudicateur : Commune de La Chapelle-sur-Volane, 2 place de l'Église, 07380 La Chapelle-sur-Volane. Courriel : cadredevie@chapelle-volane.invalid.

Objet : fourniture et pose de jeux pour enfants et de sols amortissants pour l'aire de jeux du parc des Tilleuls (jeux 2-6 ans et 6-12 ans, conformes aux normes NF EN 1176 et NF EN 1177).

Montant : l'achat est estimé à 52 000 € HT, pose comprise.

Jugement : le marché sera attribué au candidat ayant remis l'offre conforme au prix le plus bas. Aucun autre critère n'est retenu.

Délai d'exécution : livraison et pose avant le 30 mai 2026.

Documents : le cahier des charges est envoyé par courriel sur simple demande.

Date limite de réception des offres : lundi 16 mars 2026 à 12 h 00.

Publication du présent avis : 23 février 2026.
""")

# --------------------------------------------------------------------------- n30
notice("n30_joue_voirie_vi3_insertion.txt", "JOUE formulaire standard 2 en français",
       "insertion annoncée seulement en VI.3 (1 050 heures) ; valorisation des matériaux en III.2.2 ; "
       "montant maximum sur quatre ans ; non alloti",
       L(clause_sociale=1, clause_insertion=1, heures_insertion=1050, clause_environnementale=1, allotissement=0,
         montant_max_ht=1600000,
         evidence=["le titulaire devra réserver 1 050 heures de travail à des personnes engagées dans un parcours d'insertion",
                   "au moins 70 % des matériaux extraits", "Ce marché est divisé en lots : non",
                   "montant maximum de 1 600 000 euros HT"]),
       text="""France-Niort : Travaux de voirie
2026/S 010-027741
Avis de marché
Travaux
Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Nom officiel : Ville de Niort-sur-Sèvre
Adresse postale : Place Martin-Bastard
Ville : Niort
Code postal : 79000
Pays : France
Courriel : voirie.marches@niort-sur-sevre.invalid

Section II : Objet
II.1.1) Intitulé :
Accord-cadre de travaux d'entretien et d'aménagement de la voirie communale
II.1.2) Code CPV principal : 45233140 Travaux routiers
II.1.4) Description succincte :
Accord-cadre à bons de commande d'une durée de quatre ans, avec un montant maximum de 1 600 000 euros HT pour la durée totale : réfection de chaussées et trottoirs, bordures, petits aménagements de sécurité.
II.1.6) Information sur les lots
Ce marché est divisé en lots : non
II.2.5) Critères d'attribution
Critère de qualité - Nom : Valeur technique / Pondération : 45
Prix - Pondération : 55
II.2.7) Durée en mois : 48

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.3) Capacité technique et professionnelle
Liste et description succincte des critères de sélection : moyens humains et matériels ; références de travaux similaires.
III.2.2) Conditions particulières d'exécution :
Le titulaire valorise au moins 70 % des matériaux extraits (déblais, enrobés rabotés, bordures) dans ses propres chantiers ou en installation de recyclage, et en justifie par les bordereaux de suivi.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
IV.2.2) Date limite de réception des offres : 23/02/2026 - 12:00

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires :
Une clause d'insertion sociale figure au CCAP : sur la durée de l'accord-cadre, le titulaire devra réserver 1 050 heures de travail à des personnes engagées dans un parcours d'insertion. Le dossier est téléchargeable sur https://marches.niort-sur-sevre.invalid.
VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Poitiers
VI.5) Date d'envoi du présent avis : 14/01/2026
""")

# --------------------------------------------------------------------------- n31
notice("n31_ted_xml_plomberie_selection.xml", "XML de type TED (F02, français)",
       "piège : exigences de candidature (références avec publics en insertion, obligation d'emploi des travailleurs "
       "handicapés) ; critères technique et prix ; non alloti",
       L(allotissement=0, montant_estime_ht=420000,
         evidence=["Le marché n'est pas divisé en lots", "420000"]),
       text="""<?xml version="1.0" encoding="UTF-8"?>
<TED_EXPORT DOC_ID="256093-2026" EDITION="2026088">
  <CODED_DATA_SECTION>
    <NOTICE_DATA>
      <NO_DOC_OJS>2026/S 088-256093</NO_DOC_OJS>
      <ISO_COUNTRY VALUE="FR"/>
    </NOTICE_DATA>
  </CODED_DATA_SECTION>
  <FORM_SECTION>
    <F02_2014 LG="FR" CATEGORY="ORIGINAL" FORM="F02">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Université Rhône-Confluence</OFFICIALNAME>
          <ADDRESS>18 quai Claude-Bernard</ADDRESS>
          <TOWN>Lyon</TOWN>
          <POSTAL_CODE>69007</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <E_MAIL>patrimoine.marches@univ-rhone-confluence.invalid</E_MAIL>
        </ADDRESS_CONTRACTING_BODY>
        <CA_TYPE VALUE="BODY_PUBLIC"/>
        <CA_ACTIVITY VALUE="EDUCATION"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Travaux d'entretien et de petites réparations en plomberie et sanitaires</P></TITLE>
        <REFERENCE_NUMBER>URC-PAT-2026-19</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="45330000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="WORKS"/>
        <SHORT_DESCR><P>Accord-cadre à bons de commande pour les travaux de plomberie des campus. Le marché n'est pas divisé en lots.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">420000</VAL_ESTIMATED_TOTAL>
        <NO_LOT_DIVISION/>
        <OBJECT_DESCR ITEM="1">
          <AC>
            <AC_QUALITY>
              <AC_CRITERION>Valeur technique</AC_CRITERION>
              <AC_WEIGHTING>40</AC_WEIGHTING>
            </AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>60</AC_WEIGHTING></AC_PRICE>
          </AC>
          <DURATION TYPE="MONTH">48</DURATION>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Déclaration sur l'honneur attestant le respect de l'obligation d'emploi des travailleurs handicapés (articles L. 5212-1 à L. 5212-11 du code du travail).</P></SUITABILITY>
        <TECHNICAL_PROFESSIONAL_CRITERIA_DOC/>
        <TECHNICAL_PROFESSIONAL_INFO><P>Liste des principaux travaux réalisés au cours des cinq dernières années, en précisant, le cas échéant, ceux exécutés avec des salariés en insertion ; effectifs moyens annuels ; qualification Qualibat 5111 ou équivalent.</P></TECHNICAL_PROFESSIONAL_INFO>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <FRAMEWORK/>
        <DATE_RECEIPT_TENDERS>2026-05-29</DATE_RECEIPT_TENDERS>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <INFO_ADD><P>Visite des campus facultative, sur rendez-vous.</P></INFO_ADD>
        <ADDRESS_REVIEW_BODY>
          <OFFICIALNAME>Tribunal administratif de Lyon</OFFICIALNAME>
          <TOWN>Lyon</TOWN>
          <COUNTRY VALUE="FR"/>
        </ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2026-04-28</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>
  </FORM_SECTION>
</TED_EXPORT>
""")

# --------------------------------------------------------------------------- n32
notice("n32_boamp_fournitures_bureau.txt", "BOAMP ancien formulaire national, deux lots",
       "critère environnemental par son contenu (émissions liées au transport des livraisons) ; conditions "
       "particulières : conventions fondamentales de l'OIT (clause sociale sans insertion) ; montant maximum total",
       L(clause_sociale=1, critere_environnemental=1, allotissement=1, nb_lots=2, montant_max_ht=300000,
         evidence=["respect des conventions fondamentales de l'Organisation internationale du travail",
                   "émissions de gaz à effet de serre liées aux livraisons", "Prestations divisées en lots : oui",
                   "Lot(s) 2", "montant maximum total, lots confondus, est de 300 000 € HT"]),
       text="""BOAMP
Annonce No 26-72915
Département(s) de publication : 13

AVIS D'APPEL PUBLIC À LA CONCURRENCE

Nom et adresse officiels de l'organisme acheteur : Syndicat mixte des ports de plaisance de l'étang de Berre.
 Correspondant : Mme la Directrice, quai Baptistin-Jourdan, 13500 Martigues-Ferrières, courriel : achats@smppb.invalid.

Objet du marché : fourniture de papier et de petites fournitures de bureau.
Type de marché de fournitures : achat.
CPV - Objet principal : 30190000.

Caractéristiques principales :
Accord-cadre à bons de commande d'une durée d'un an reconductible trois fois ; le montant maximum total, lots confondus, est de 300 000 € HT pour la durée de l'accord-cadre.
Prestations divisées en lots : oui.
Possibilité de présenter une offre pour un ou plusieurs lots.

Conditions particulières :
L'exécution du marché est soumise à des conditions particulières : oui. Le titulaire garantit que les articles livrés sont fabriqués dans le respect des conventions fondamentales de l'Organisation internationale du travail ; il communique sur demande la liste des sites de fabrication et les rapports d'audit social correspondants.

Conditions de participation :
Situation juridique - références requises : DC1, DC2 ou DUME.

Critères d'attribution :
Offre économiquement la plus avantageuse appréciée en fonction des critères énoncés ci-dessous avec leur pondération :
 1. Prix : 50 % ;
 2. Valeur technique (catalogue, délais de livraison) : 30 % ;
 3. Mode de livraison et émissions de gaz à effet de serre liées aux livraisons (mutualisation des tournées, véhicules utilisés) : 20 %.

Type de procédure : procédure adaptée.
Date limite de réception des offres : 17 avril 2026, à 12 heures.

Renseignements relatifs aux lots :
Lot(s) 1. Papier pour impression et reprographie.
Lot(s) 2. Petites fournitures de bureau et de classement.

Date d'envoi du présent avis à la publication : 24 mars 2026.
""")

# --------------------------------------------------------------------------- n33
notice("n33_eforms_berges.txt", "eForms (avis de marché, rendu texte)",
       "piège : « protection de l'environnement » dans le nom de l'acheteur, restauration écologique dans l'objet ; "
       "conditions d'exécution « se reporter au CCAP » ; participation non réservée",
       L(montant_estime_ht=410000,
         evidence=["Valeur estimée hors TVA : 410 000,00 EUR"]),
       text="""Avis de marché
Numéro de publication de l'avis : 00461930-2026

1. Acheteur
1.1 Acheteur
Nom officiel : Syndicat mixte d'aménagement et de protection de l'environnement du bassin de la Vèze
Forme juridique de l'acheteur : Organisme de droit public
Activité du pouvoir adjudicateur : Protection de l'environnement

2. Procédure
2.1 Procédure
Titre : Restauration écologique des berges de la Vèze entre Saint-Véran-le-Haut et Lurcy
Description : Travaux de restauration des berges sur environ 1,2 km (terrassements, génie végétal, enlèvement des embâcles) et remise en état des accès.
Identifiant interne : SMAPE-2026-T04
Type de procédure : Procédure adaptée
2.1.1 Objet
Nature du marché : Travaux
Nomenclature principale (cpv) : 45246400 Travaux de protection contre les inondations
2.1.3 Valeur
Valeur estimée hors TVA : 410 000,00 EUR

5. Lot
5.1 Lot technique ID : LOT-0000
Titre : Restauration des berges de la Vèze
5.1.3 Durée estimée
Durée : 7 Mois
5.1.6 Informations générales
Participation réservée : Participation non réservée.
5.1.10 Critères d'attribution
Critère :
Type : Qualité
Description : Valeur technique
Pondération (pourcentage, valeur exacte) : 45
Critère :
Type : Prix
Description : Prix
Pondération (pourcentage, valeur exacte) : 55
5.1.12 Conditions du marché
Conditions d'exécution du marché : Se reporter au CCAP.

8. Organisations
8.1 ORG-0001
Nom officiel : Syndicat mixte d'aménagement et de protection de l'environnement du bassin de la Vèze
Ville : Lurcy
Adresse électronique : travaux@smape-veze.invalid
Rôles de cette organisation : Acheteur
""")

# --------------------------------------------------------------------------- n34
notice("n34_attribution_menage_hopital.pdf", "Avis d'attribution (PDF, formulaire BOAMP)",
       "piège : « environnement hospitalier » au sens des zones de soins ; « Marché réservé : non » ; deux lots",
       L(allotissement=1, nb_lots=2,
         evidence=["Marché alloti : oui, 2 lots"]),
       header="BOAMP – Avis d'attribution No 26-151102 – Centre hospitalier intercommunal des Deux-Vallées",
       text="""# AVIS D'ATTRIBUTION
Annonce No 26-151102 – Département(s) de publication : 38
## Identification de l'organisme qui passe le marché
Centre hospitalier intercommunal des Deux-Vallées, direction des achats, 12 avenue du Grésivaudan, 38530 Pontcharra-Belledonne. Courriel : achats@chi-deuxvallees.invalid.
## Objet du marché
Entretien ménager des locaux administratifs et des services de soins.
Marché alloti : oui, 2 lots.
Marché réservé : non.
## Critères d'attribution retenus
Lot 1 – Locaux administratifs et logistiques : prix (50 %) ; valeur technique (50 %), appréciée au regard des moyens humains et de la fréquence des passages.
Lot 2 – Services de soins : prix (40 %) ; valeur technique (60 %), dont méthodologie d'intervention dans un environnement hospitalier (zones à risque infectieux, circuits propre/sale) et formation des agents au bionettoyage.
## Type de procédure
Appel d'offres ouvert.
## Attribution du marché
Lot 1 : Alpes Propreté Services SAS, 38100 Grenoble. Date d'attribution : 15 septembre 2026. Nombre d'offres reçues : 6.
Lot 2 : Hygiène Santé Dauphiné SARL, 38400 Saint-Martin-d'Hères. Date d'attribution : 15 septembre 2026. Nombre d'offres reçues : 4.
## Renseignements complémentaires
Le marché peut être consulté, dans le respect des secrets protégés par la loi, auprès de la direction des achats.
Instance chargée des procédures de recours : Tribunal administratif de Grenoble.
## Date d'envoi du présent avis à la publication
28 septembre 2026.
""")

# --------------------------------------------------------------------------- n35
notice("n35_ted_en_station_epuration.txt", "TED avis de marché en anglais (rendu texte), deux lots",
       "critère « employment of people far from the labour market » ; heures d'insertion par lot en III.2.2 "
       "(1 800 + 1 200 = 3 000) ; « wastewater treatment » dans l'objet (piège)",
       L(clause_sociale=1, clause_insertion=1, heures_insertion=3000, critere_social=1, allotissement=1, nb_lots=2,
         montant_estime_ht=6900000,
         evidence=["Measures proposed for the employment and training of people far from the labour market",
                   "Lot 1: 1 800 hours; Lot 2: 1 200 hours", "[1 800 + 1 200 = 3 000]",
                   "This contract is divided into lots: yes", "Lot No: 2", "Value excluding VAT: 6 900 000.00 EUR"]),
       text="""France-Agen: Construction work for sewage-treatment plants
2026/S 224-681450
Contract notice
Works
Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Official name: Syndicat des eaux et de l'assainissement Garonne-Albret
Postal address: 6 rue Lamouroux
Town: Agen
Postal code: 47000
Country: France
E-mail: travaux@seaga.invalid

Section II: Object
II.1.1) Title:
Construction of the new wastewater treatment plant of Port-Sainte-Albret (18 000 population equivalent)
II.1.2) Main CPV code: 45252100 Sewage-treatment plant construction work
II.1.4) Short description:
Design and construction of a biological treatment plant with sludge drying reed beds, and demolition of the existing lagoons.
II.1.5) Estimated total value
Value excluding VAT: 6 900 000.00 EUR
II.1.6) Information about lots
This contract is divided into lots: yes
II.2) Description
II.2.1) Title: Civil engineering and buildings
Lot No: 1
II.2.5) Award criteria
Quality criterion - Name: Technical value / Weighting: 40
Quality criterion - Name: Measures proposed for the employment and training of people far from the labour market / Weighting: 10
Price - Weighting: 50
II.2.1) Title: Process equipment, electricity and automation
Lot No: 2
II.2.5) Award criteria
Quality criterion - Name: Technical value (methodology, schedule, reliability of the equipment proposed) / Weighting: 50
Price - Weighting: 50

Section III: Legal, economic, financial and technical information
III.1.3) Technical and professional ability
Selection criteria as stated in the procurement documents
III.2.2) Contract performance conditions:
Social integration clause: each contractor carries out a minimum number of working hours for people facing social or professional difficulties, as follows. Lot 1: 1 800 hours; Lot 2: 1 200 hours. The facilitator of the Lot-et-Garonne Employment House assists the contractors.

Section IV: Procedure
IV.1.1) Type of procedure: Restricted procedure
IV.2.2) Time limit for receipt of requests to participate: 08/12/2026 12:00

Section VI: Complementary information
VI.4.1) Review body: Tribunal administratif de Bordeaux
VI.5) Date of dispatch of this notice: 13/11/2026
""")

# --------------------------------------------------------------------------- n36
notice("n36_rectificatif_copieurs_mei.txt", "Avis rectificatif (formulaire national, texte)",
       "piège : acheteur « Maison de l'emploi et de l'insertion », rectificatif de date seulement, critères inchangés "
       "et non énoncés",
       L(evidence=[]),
       text="""AVIS RECTIFICATIF

Organisme acheteur : Maison de l'emploi et de l'insertion du Pays de Lunel-Vidourle, association, 140 avenue des Abrivados, 34400 Lunel-Vidourle. Courriel : direction@mei-lunel.invalid.

Avis initial : avis d'appel public à la concurrence publié le 2 février 2026 sur le profil d'acheteur et au Midi Libre-Annonces (référence MEI-2026-01).

Objet de la consultation : location et maintenance de trois copieurs multifonctions pour les antennes de Lunel, Marsillargues et Sommières.

Rectification :
La date limite de remise des offres, initialement fixée au 27 février 2026 à 12 h, est reportée au 9 mars 2026 à 12 h. Une question posée par un candidat et sa réponse ont été ajoutées au dossier de consultation.

Les critères d'attribution, précisés dans le règlement de la consultation, sont inchangés. Le reste de l'avis initial demeure sans changement.

Fait à Lunel-Vidourle, le 16 février 2026.
Le Directeur
""")


# ============================================================================= construction
def fmt(v):
    if v is None:
        return ""
    return str(v)


def check_row(n, lab):
    pb = []
    f = n["file"]
    if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
        pb.append("%s : clause_insertion sans clause_sociale" % f)
    if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
        pb.append("%s : marche_reserve / reserve_base" % f)
    if lab["heures_insertion"] and lab["clause_insertion"] != 1:
        pb.append("%s : heures sans insertion" % f)
    if lab["nb_lots"] and lab["allotissement"] != 1:
        pb.append("%s : nb_lots sans allotissement" % f)
    filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
    if filled and not lab["evidence"]:
        pb.append("%s : valeurs sans preuve" % f)
    return pb


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    rows, problems, kinds = [], [], {}
    names = set()
    for n in NOTICES:
        f = n["file"]
        if f in names:
            problems.append("doublon " + f)
        names.add(f)
        path = os.path.join(OUT, f)
        ext = f.rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        if ext == "pdf":
            build_pdf(path, n["header"], n["text"])
        else:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(n["text"])
        txt = ws(extracted(path))
        lab = n["label"]
        for q in lab["evidence"]:
            if q.startswith("["):      # remarque de l'annotateur (calcul), pas une citation
                continue
            if ws(q) not in txt:
                problems.append("%s : preuve absente : %r" % (f, q))
        ev = " | ".join(lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (f, len(ev)))
        problems.extend(check_row(n, lab))
        row = {"path": f, "doc_type": "AVIS"}
        for c in COLUMNS[2:-1]:
            row[c] = fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    pos = {c: sum(1 for r in rows if r[c] == "1") for c in
           ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
            "clause_environnementale", "critere_environnemental", "allotissement")}
    print("%d avis (%s)" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    print("positifs :", pos)
    print("valeurs : heures %d, nb_lots %d, montant_estime %d, montant_max %d, allotissement=0 : %d" % (
        sum(1 for r in rows if r["heures_insertion"]), sum(1 for r in rows if r["nb_lots"]),
        sum(1 for r in rows if r["montant_estime_ht"]), sum(1 for r in rows if r["montant_max_ht"]),
        sum(1 for r in rows if r["allotissement"] == "0")))
    print("contrôles (preuves retrouvées dans le texte extrait, longueur, cohérence) -> %d problème(s)" % len(problems))
    for p in problems:
        print("PROBLÈME :", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
