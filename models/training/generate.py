"""Generate the labelled passage set used to train the passage classifier.

Every passage here was written for this project: template families (``group``) combined with
slot values and realistic noise (missing accents, upper case, line-break hyphenation, typos,
abbreviations). Nothing is copied from the evaluation corpus.

Run from the repository root:

    .venv/bin/python models/training/generate.py            # writes models/training/passages.jsonl

The output is deterministic (fixed seeds, stable ordering), so the file can be regenerated and
diffed. Labels follow ../shared/eval/LABELS.md: a passage is labelled with a category only when
the passage itself commits the holder (or announces the commitment / criterion / reservation);
legal reminders, blank forms, negations and other senses of the same words carry no label.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
import zlib
from pathlib import Path

from clausecheck.model import CATEGORIES

OUT = Path(__file__).resolve().parent / "passages.jsonl"

CS, CI, CRS, MR, CE, CRE = CATEGORIES
INS = [CS, CI]
ORDER = [CS, CI, CRS, MR, CE, CRE]

# --------------------------------------------------------------------------------------------
# Shared slot values
# --------------------------------------------------------------------------------------------

S: dict[str, list[str]] = {
    "tit": [
        "Le titulaire", "Le titulaire du marché", "L'entreprise titulaire", "Le prestataire",
        "L'entrepreneur", "Le cocontractant", "Le titulaire de l'accord-cadre", "L'attributaire",
        "Chaque titulaire", "Le titulaire du lot", "Le fournisseur", "L'opérateur économique retenu",
    ],
    "tit_low": [
        "le titulaire", "le titulaire du marché", "l'entreprise titulaire", "le prestataire",
        "l'entrepreneur", "le cocontractant", "l'attributaire", "le fournisseur",
    ],
    "art": [
        "l'article 9 du CCAP", "l'article 12.3 du C.C.A.P.", "l'art. 7 du CCAP", "l'article 5.4 du cahier des clauses administratives particulières",
        "l'article 14 du CCAP", "l'annexe 3 du CCAP", "l'article 10.2 du CCAP", "l'article 6 du CCP",
        "l'article 8.1 du CCAP", "l'annexe sociale du CCAP", "l'article 21 du CCAP",
    ],
    "piece": ["CCAP", "C.C.A.P.", "cahier des charges", "CCTP", "règlement de la consultation", "CCP", "cahier des clauses particulières", "dossier de consultation"],
    "acheteur": [
        "le pouvoir adjudicateur", "l'acheteur", "la collectivité", "le maître d'ouvrage", "la Ville",
        "le Département", "la Métropole", "la Communauté d'agglomération", "l'établissement", "la Région",
        "l'Université", "le Centre hospitalier", "l'OPH", "le syndicat mixte",
    ],
    "facil": [
        "la Maison de l'emploi", "le PLIE", "le facilitateur du PLIE", "la Maison de l'Emploi et de la Formation",
        "le facilitateur clauses sociales", "le service insertion de la Métropole", "la Mission locale",
        "le facilitateur de la clause sociale", "le guichet unique clauses sociales", "la cellule clauses d'insertion du Département",
        "la MDEF", "le chargé de mission clauses sociales", "l'association ID Clauses", "le référent clause du PLIE",
    ],
    "lot": ["lot n°1", "lot n° 2", "lot 3", "lot n°4", "Lot 05", "lot n°6", "lot 7", "lot n°2", "lot unique", "lot 12"],
    "lotT": ["Lot n°1", "Lot n° 2", "Lot 3", "Lot n°4", "Lot 05", "Lot n°6", "Lot 7", "Lot n°8", "Lot 11"],
    "objet_trav": [
        "gros œuvre", "démolition", "voirie et réseaux divers", "menuiseries extérieures", "plâtrerie - peinture",
        "charpente couverture", "électricité courants forts", "plomberie chauffage ventilation", "étanchéité",
        "terrassements", "revêtements de sols", "serrurerie métallerie", "espaces verts", "désamiantage",
    ],
    "objet_srv": [
        "nettoyage des locaux", "entretien des espaces verts", "collecte des déchets ménagers", "restauration collective",
        "gardiennage et surveillance", "blanchisserie", "déménagement", "maintenance des ascenseurs",
        "propreté urbaine", "transport scolaire", "numérisation d'archives", "entretien de la voirie",
        "prestations de manutention", "fourniture de repas", "reprographie", "maintenance des bâtiments",
    ],
    "pen": ["30", "45", "50", "60", "70", "75", "80", "100", "150"],
    "days": ["8", "10", "15", "quinze", "30", "trente", "huit"],
    "pct": ["5", "10", "15", "20", "25", "30", "8", "12", "3", "6"],
    "w_small": ["5", "10", "15", "20", "5 %", "10 %", "15%", "8", "3", "12", "20 %", "2", "4", "6"],
    "w_big": ["40", "50", "55", "60", "60 %", "45 %", "70", "30", "35 %", "40%"],
    "crit_n": ["1.", "2.", "3.", "4.", "Critère 2 :", "Critère n°3 -", "C3 :", "3)", "b)", "c)", "Critère 4 -", ""],
    "pond": ["/ Pondération : {w}", "/ Pondération: {w}", ": {w} %", "({w} %)", "- {w} points", ": {w} points", "noté sur {w} points", "pondéré à {w} %", "{w}%", "- {w} %", "/ {w} pts", "coefficient {w}"],
    "date": ["1er janvier 2025", "15 mars 2026", "1er septembre 2024", "30 juin 2025", "2 mai 2026"],
    "ville": ["Rennes", "Lyon", "Grenoble", "Saint-Étienne", "Nantes", "Lille", "Marseille", "Montpellier", "Clermont-Ferrand", "Tours", "Besançon", "Metz", "Nîmes", "Caen"],
    "months": ["12", "24", "36", "48", "6", "18"],
    "amount": ["150 000", "250 000", "1 200 000", "80 000", "45 000", "3 500 000", "600 000", "95 000"],
}


def hours_value(rng: random.Random) -> str:
    n = rng.choice([35, 70, 105, 140, 150, 210, 280, 350, 400, 455, 500, 600, 700, 750, 800, 1000, 1200,
                    1500, 1750, 2000, 2500, 3000, 3500, 4200, 5000, 6000, 8500, 12000])
    if n >= 1000 and rng.random() < 0.6:
        return f"{n:,}".replace(",", rng.choice([" ", " ", "."]))
    return str(n)


def big_number(rng: random.Random) -> str:
    n = rng.choice([120, 300, 450, 800, 1200, 1600, 2500, 3200, 4000, 5200, 7800, 10000])
    return f"{n:,}".replace(",", " ") if rng.random() < 0.5 else str(n)


# --------------------------------------------------------------------------------------------
# Template families: (group, labels, note, templates, local slots, count)
# --------------------------------------------------------------------------------------------

F: list[tuple[str, list[str], str, list[str], dict[str, list[str]], int]] = []


def fam(name: str, labels: list[str], note: str, templates: list[str], n: int, group: str | None = None,
        split: int = 2, **slots: list[str]) -> None:
    """A template family. Passages from template i go to group ``f"{group}.{i % split}"``, so a
    held-out split keeps some wordings of a topic unseen while others are learned."""
    F.append((name, group or name, labels, note, templates, slots, n, split))


PUBLICS = [
    "les demandeurs d'emploi de longue durée (plus de 12 mois d'inscription)",
    "les bénéficiaires des minima sociaux (RSA, ASS, AAH)",
    "les jeunes de moins de 26 ans sans qualification",
    "les travailleurs reconnus handicapés",
    "les demandeurs d'emploi de plus de 50 ans",
    "les personnes résidant dans un quartier prioritaire de la politique de la ville",
    "les personnes prises en charge par une structure d'insertion par l'activité économique",
    "les personnes en parcours dans un GEIQ",
    "les publics éloignés de l'emploi",
    "les personnes rencontrant des difficultés sociales et professionnelles particulières",
    "les jeunes suivis par la Mission locale",
    "les allocataires du RSA",
]

# ---- insertion clauses (CS + CI) ------------------------------------------------------------
fam("ins_hours_commit", INS, "holder must devote a number of work hours to insertion",
    [
        "{tit} s'engage à réaliser une action d'insertion professionnelle représentant au minimum {h} heures de travail au profit de personnes éloignées de l'emploi.",
        "{tit} est tenu de consacrer {h} heures de travail à l'insertion de publics rencontrant des difficultés d'accès à l'emploi, pendant toute la durée du marché.",
        "Le nombre d'heures d'insertion à réaliser par {tit_low} est fixé à {h} heures pour le {lot}.",
        "Pour l'exécution du présent marché, {tit_low} réserve au moins {h} heures de travail à des personnes en difficulté d'insertion sociale et professionnelle.",
        "Volume horaire d'insertion exigé : {h} heures ({lot}).",
        "L'engagement d'insertion porte sur {h} heures minimum, réalisées par des personnes relevant des publics éligibles définis ci-après.",
        "Nombre d'heures de travail à réaliser au titre de la clause d'insertion : {h} h",
        "En application de l'article L2112-2 du code de la commande publique, {tit_low} s'engage à réserver une part des heures de travail générées par le marché, soit {h} heures, à une action d'insertion.",
        "Chaque entreprise attributaire devra réaliser {h} heures d'insertion sur la durée du chantier.",
        "{tit} doit faire travailler des personnes en parcours d'insertion à hauteur de {h} heures au moins sur l'ensemble de la période d'exécution.",
        "La part du marché réservée à l'insertion est évaluée à {h} heures de travail, soit environ {pct} % de la main d'œuvre nécessaire.",
        "Objectif d'heures d'insertion : {h} heures par an, reconduction comprise.",
    ], 60, h=["{H}"])

fam("ins_clause_short", INS, "announces an insertion clause without hours",
    [
        "Le marché comporte une clause d'insertion.",
        "Le présent marché comporte une clause sociale d'insertion professionnelle.",
        "Les prestations comportent une clause obligatoire d'insertion par l'activité économique.",
        "Clause d'insertion : oui, voir {art}.",
        "Une clause sociale d'insertion est intégrée dans chacun des lots.",
        "Ce marché intègre une clause de promotion de l'emploi au bénéfice des personnes éloignées de l'emploi.",
        "Conditions particulières d'exécution : clause sociale d'insertion professionnelle (cf. {art}).",
        "Le présent accord-cadre contient des clauses visant à favoriser l'emploi de personnes rencontrant des difficultés particulières d'insertion et à lutter contre le chômage.",
        "Les marchés passés comprendront une clause sociale favorisant l'accès à l'emploi des personnes en situation d'exclusion.",
        "Clause d'insertion sociale obligatoire dans le cadre de l'exécution des travaux ({lot}).",
        "L'exécution du marché est soumise à une condition d'insertion professionnelle de personnes éloignées de l'emploi, détaillée dans le {piece}.",
        "Dispositif de clause sociale : le titulaire devra mettre en œuvre une action d'insertion en faveur des demandeurs d'emploi rencontrant des difficultés.",
    ], 45)

fam("ins_publics", INS, "list of eligible publics for the insertion action",
    [
        "Sont éligibles à l'action d'insertion : {p1} ; {p2} ; {p3}.",
        "Les personnes pouvant bénéficier des heures d'insertion sont notamment {p1}, {p2} et {p3}.",
        "Publics concernés par la clause : {p1}, {p2}, {p3}, ou toute personne validée par {facil} sur avis motivé.",
        "Les heures d'insertion doivent bénéficier à des personnes éloignées de l'emploi, telles que {p1} ou {p2}. L'éligibilité est validée par {facil}.",
        "Pour l'exécution de la clause sociale, les publics éligibles sont : - {p1} - {p2} - {p3} - {p4}",
    ], 40, p1=PUBLICS, p2=PUBLICS, p3=PUBLICS, p4=PUBLICS)

fam("ins_modalites", INS, "how the holder fulfils the insertion commitment (hiring, ETTI/AI/GEIQ, SIAE subcontracting)",
    [
        "Pour satisfaire à son obligation d'insertion, {tit_low} peut recourir à l'embauche directe, à la mise à disposition de personnel par une entreprise de travail temporaire d'insertion (ETTI), une association intermédiaire (AI) ou un GEIQ, ou encore à la sous-traitance ou co-traitance avec une SIAE.",
        "Modalités de mise en œuvre de l'action d'insertion : embauche directe en CDD, CDI ou contrat d'apprentissage ; mise à disposition par une ETTI, AI ou un GEIQ ; sous-traitance à une entreprise d'insertion ou à une entreprise adaptée.",
        "{tit} choisit librement la modalité de réalisation des heures d'insertion : recrutement direct, recours à une structure d'insertion par l'activité économique, ou sous-traitance d'une partie des prestations à une SIAE, un ESAT ou une EA.",
        "Option 1 : embauche directe des bénéficiaires. Option 2 : mise à disposition de salariés en insertion par une ETTI, une AI ou un GEIQ. Option 3 : sous-traitance ou co-traitance avec une structure d'insertion.",
        "Les heures réalisées via une mise à disposition par une association intermédiaire ou une ETTI sont comptabilisées au titre de l'engagement d'insertion du titulaire.",
        "{tit} peut s'appuyer sur une entreprise de travail temporaire d'insertion pour réaliser les heures d'insertion prévues au marché ; les contrats de mission seront transmis à {facil}.",
    ], 30)

fam("ins_facilitateur", INS, "holder must contact the insertion facilitator (PLIE / Maison de l'emploi)",
    [
        "Dans un délai de {d} jours à compter de la notification, {tit_low} prend contact avec {facil}, chargé d'accompagner la mise en œuvre de la clause d'insertion.",
        "{tit} désigne un référent insertion et transmet à {facil} le planning prévisionnel des heures d'insertion.",
        "Pour la mise en œuvre de l'action d'insertion, {tit_low} bénéficie de l'appui gratuit de {facil} (facilitateur), qui propose des candidats et valide leur éligibilité.",
        "{facil} assure le suivi de la clause sociale : {tit_low} lui communique chaque mois les relevés d'heures effectuées par les personnes en insertion.",
        "Le facilitateur de {ville} accompagne les entreprises dans la réalisation de leur engagement d'insertion et contrôle le nombre d'heures réalisées.",
        "Contact clause d'insertion : facilitateur du PLIE de {ville}, qui aide {tit_low} à identifier les candidats et à respecter l'objectif d'heures.",
    ], 35)

fam("ins_penalties", INS, "penalty per insertion hour not performed",
    [
        "En cas de non-respect de l'engagement d'insertion, {tit_low} subit une pénalité de {pen} € HT par heure d'insertion non réalisée.",
        "Non réalisation des heures d'insertion prévues : {pen} € HT par heure manquante.",
        "Si {tit_low} n'a pas réalisé la totalité des heures d'insertion, une pénalité égale à {pen} euros HT multipliée par le nombre d'heures non effectuées lui est appliquée.",
        "Pénalités relatives à la clause sociale : défaut de transmission des justificatifs d'insertion : {pen} € par jour de retard ; heures d'insertion non réalisées : {pen} € HT par heure.",
        "Le non-respect de l'obligation d'insertion donne lieu à l'application d'une pénalité forfaitaire de {pen} € HT par heure d'insertion non exécutée, sans mise en demeure préalable.",
        "Pénalité pour inexécution de l'action d'insertion : montant de {pen} € par heure non réalisée, plafonnée à 10 % du montant du marché.",
    ], 35)

fam("ins_reporting", INS, "reporting and supporting documents for insertion hours",
    [
        "{tit} fournit mensuellement un état nominatif des heures d'insertion réalisées, accompagné des contrats de travail et attestations de mise à disposition.",
        "À la fin du marché, {tit_low} remet un bilan de l'action d'insertion indiquant le nombre d'heures effectuées par chaque bénéficiaire et les parcours proposés.",
        "Le suivi de l'exécution de la clause d'insertion est réalisé à partir des tableaux de bord transmis par {tit_low} au facilitateur.",
        "Justificatifs à produire au titre de l'engagement d'insertion : copie des contrats, relevés d'heures, attestations d'éligibilité délivrées par {facil}.",
        "{tit} renseigne trimestriellement l'outil de suivi des heures d'insertion mis à disposition par {acheteur}.",
    ], 30)

fam("ins_rc_info", INS, "RC / notice informs candidates of the insertion clause and asks them to commit",
    [
        "Le candidat est informé que le marché comporte une clause d'insertion professionnelle décrite à {art}. En remettant son offre, il s'engage à la respecter.",
        "Les candidats doivent tenir compte, dans l'élaboration de leur offre, de l'obligation d'insertion prévue au {piece}, qui représente {h} heures de travail.",
        "Conditions d'exécution à caractère social : le titulaire réalisera une action d'insertion au bénéfice de publics éloignés de l'emploi (voir {art}).",
        "Informations complémentaires : ce marché comporte une clause sociale d'insertion ; le facilitateur ({facil}) se tient à disposition des candidats.",
        "Les offres qui ne prévoient pas la réalisation des heures d'insertion exigées seront déclarées irrégulières.",
        "Condition d'exécution : insertion professionnelle de personnes rencontrant des difficultés sociales ou professionnelles, à hauteur de {h} heures.",
    ], 35, h=["{H}"])

fam("ins_ae", INS, "acte d'engagement: commitment to the insertion hours",
    [
        "Je m'engage / nous nous engageons à réaliser les {h} heures d'insertion prévues au CCAP.",
        "Engagement relatif à la clause d'insertion : le soumissionnaire s'engage à réaliser au minimum {h} heures de travail au profit de personnes en insertion.",
        "Le signataire s'engage, au nom de l'entreprise, à respecter les conditions d'exécution relatives à l'insertion professionnelle figurant au {piece}.",
        "Nombre d'heures d'insertion sur lequel l'entreprise s'engage : {h}",
    ], 25, h=["{H}"])

fam("ins_global", INS, "globalisation / duration details of insertion hours",
    [
        "Les heures d'insertion sont globalisées à l'échelle de l'opération : {tit_low} peut les réaliser sur d'autres chantiers du maître d'ouvrage avec l'accord du facilitateur.",
        "Les heures d'insertion sont calculées sur la base du montant des travaux : {h} heures pour le {lot}, {h2} heures pour les autres lots.",
        "La durée minimale du parcours de chaque bénéficiaire est de 70 heures ; l'objectif global d'insertion reste de {h} heures.",
        "Une même personne peut effectuer plusieurs missions au titre de la clause d'insertion ; les heures de formation qualifiante sont prises en compte dans la limite de 20 %.",
        "L'engagement d'insertion peut être réalisé par la formation de personnes en parcours, à condition que la formation soit qualifiante et suivie d'heures de travail sur le chantier.",
    ], 25, h=["{H}"], h2=["{H}"])

fam("ins_notice_boamp", INS, "notice section III conditions: insertion",
    [
        "III.1.1) Conditions particulières : exécution du marché soumise à une clause d'insertion par l'activité économique.",
        "Conditions d'exécution : le marché comprend une clause d'insertion des publics éloignés de l'emploi, nombre d'heures : {h}.",
        "Conditions liées au contrat : promotion de l'emploi de personnes rencontrant des difficultés particulières d'insertion (heures d'insertion : {h}).",
        "Informations sur l'exécution : une clause sociale d'insertion est prévue pour les {lot} ; elle représente environ {h} heures.",
        "CONDITIONS PARTICULIERES D'EXECUTION : CLAUSE SOCIALE D'INSERTION ({h} HEURES)",
    ], 25, h=["{H}"])

# ---- other social execution conditions (CS) -------------------------------------------------


fam("soc_oit", [CS], "decent work / ILO conventions required in the supply chain",
    [
        "{tit} s'assure que ses fournisseurs respectent les droits fondamentaux des travailleurs et transmet, sur demande, la cartographie des risques sociaux de sa chaîne d'approvisionnement.",
        "Les équipements sont produits sans recours au travail forcé ni au travail des enfants ; {tit_low} accepte les audits sociaux demandés par l'acheteur.",
        "{tit} garantit que les produits livrés sont fabriqués dans le respect des conventions fondamentales de l'Organisation internationale du travail (OIT), notamment en matière de travail des enfants et de travail forcé.",
        "{tit} s'engage à ce que les fournitures, y compris chez ses sous-traitants, soient produites dans des conditions respectant les huit conventions fondamentales de l'OIT ; il fournit sur demande les audits sociaux correspondants.",
        "Traçabilité sociale : {tit_low} transmet la liste des sites de fabrication et tout document attestant du respect des droits fondamentaux au travail (conventions OIT n° 29, 87, 98, 100, 105, 111, 138 et 182).",
        "Les vêtements de travail doivent être fabriqués dans des conditions conformes aux normes internationales du travail ; {tit_low} s'engage dans une démarche de vigilance sur sa chaîne d'approvisionnement.",
        "Clause de respect des normes sociales : en cas de manquement avéré aux conventions de l'OIT dans la chaîne de production, {tit_low} présente un plan d'action correctif sous {d} jours.",
    ], 35)

fam("soc_egalite", [CS], "gender equality / non-discrimination actions required by the buyer",
    [
        "{tit} s'engage à garantir l'égalité de rémunération entre les femmes et les hommes affectés au marché et à lutter contre le harcèlement.",
        "Des actions de sensibilisation à la non-discrimination sont organisées au moins une fois par an pour les équipes intervenant sur le marché.",
        "{tit} met en œuvre, pendant l'exécution du marché, des actions de prévention des discriminations à l'embauche et sensibilise le personnel affecté au marché.",
        "{tit} s'engage à mener des actions en faveur de l'égalité professionnelle entre les femmes et les hommes parmi le personnel affecté à l'exécution des prestations, et en rend compte annuellement.",
        "Au titre des conditions d'exécution, {tit_low} forme son encadrement à la lutte contre les discriminations et transmet un bilan des actions menées.",
        "{tit} s'engage dans une démarche d'amélioration continue de ses pratiques sociales en matière de prévention des discriminations.",
        "Le titulaire veille à la mixité des équipes intervenant sur le marché et présente, à la fin de chaque année, les mesures prises en faveur de l'égalité femmes-hommes.",
        "Clause d'égalité : {tit_low} désigne un référent égalité et lutte contre les discriminations pour la durée du contrat.",
    ], 35)

fam("soc_accessibilite", [CS], "accessibility commitments for people with disabilities",
    [
        "{tit} garantit l'accessibilité des prestations aux usagers en situation de handicap (accueil adapté, supports accessibles, accompagnement).",
        "Les locaux mis à disposition pour les formations sont accessibles aux personnes à mobilité réduite ; à défaut, {tit_low} propose une solution adaptée.",
        "{tit} veille à ce que les évènements organisés soient accessibles au plus grand nombre, notamment aux personnes à mobilité réduite et aux personnes en situation de handicap.",
        "Les supports de communication produits par {tit_low} doivent être accessibles aux personnes malvoyantes (version en gros caractères, FALC, audiodescription).",
        "{tit} s'engage à rendre les services numériques livrés conformes au niveau AA du RGAA et à fournir une déclaration d'accessibilité.",
        "Le prestataire adapte l'accueil téléphonique aux personnes sourdes ou malentendantes (transcription, LSF) pendant toute la durée du marché.",
        "Le transporteur garantit l'accès des véhicules aux usagers en fauteuil roulant et forme ses conducteurs à l'accueil des personnes handicapées.",
    ], 30)

fam("soc_apprentissage", [CS], "apprenticeship / hiring commitment (not framed as insertion)",
    [
        "L'entreprise s'engage à former au moins un jeune en alternance sur la durée du chantier et à désigner un tuteur.",
        "{tit} accueille des stagiaires en formation professionnelle issus des lycées du territoire pendant l'exécution du marché.",
        "{tit} s'engage à accueillir au moins un apprenti ou un alternant pendant la durée d'exécution du marché.",
        "Pendant l'exécution des travaux, l'entreprise accueille des jeunes en contrat d'apprentissage et en justifie auprès du maître d'ouvrage.",
        "{tit} s'engage à proposer des stages de découverte des métiers à des collégiens du territoire, à raison de {d} stages par an.",
        "Clause sociale de formation : {tit_low} forme au moins deux salariés affectés au marché à un diplôme qualifiant pendant la durée du contrat.",
        "Le titulaire s'engage à recruter localement le personnel supplémentaire nécessaire à l'exécution du marché et à en informer {acheteur}.",
    ], 30)

fam("soc_conditions_travail", [CS], "working conditions commitments beyond the law",
    [
        "{tit} garantit au personnel affecté au marché des conditions de travail décentes et des horaires compatibles avec la vie familiale.",
        "Le titulaire s'engage à maintenir l'emploi des salariés affectés au marché et à leur proposer des formations qualifiantes.",
        "Les prestations de nettoyage sont réalisées en journée, en continu, afin d'améliorer les conditions de travail des agents et de limiter le temps partiel subi.",
        "{tit} s'engage à privilégier les contrats à temps plein pour le personnel affecté au marché et à limiter le recours aux horaires fractionnés.",
        "{tit} favorise l'emploi durable : au moins {pct} % des heures sont réalisées par des salariés en CDI.",
        "Les produits alimentaires proposés sont issus du commerce équitable et garantissent une rémunération juste aux producteurs.",
        "Le prestataire met en place des mesures de prévention de la pénibilité allant au-delà des obligations réglementaires et en présente le bilan annuel.",
    ], 30)

# ---- social award criteria (CRS) ------------------------------------------------------------



# ---- reserved contracts (MR) ----------------------------------------------------------------
fam("res_L2113_12", [MR], "contract or lot reserved to EA/ESAT",
    [
        "Le présent marché est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail, en application de l'article L2113-12 du code de la commande publique.",
        "Le {lot} est réservé à des entreprises adaptées (EA) ou ESAT au titre de l'article L. 2113-12 du CCP.",
        "Marché réservé : oui. Ce marché est réservé aux opérateurs mentionnés à l'article L2113-12 du code de la commande publique (EA, ESAT et structures équivalentes).",
        "En application de l'article L2113-12 du Code de la commande publique, la consultation est réservée aux structures employant au moins 50 % de travailleurs handicapés.",
        "Seuls peuvent soumissionner au {lot} les ESAT et les entreprises adaptées (marché réservé - art. L2113-12 CCP).",
        "Le marché est réservé à des ateliers protégés et à des opérateurs économiques dont l'objet est l'intégration sociale et professionnelle de personnes handicapées.",
        "Lot réservé aux établissements et services d'aide par le travail (ESAT) et entreprises adaptées conformément à l'article L2113-12.",
        "Procédure réservée : le marché de {osrv} est réservé aux entreprises adaptées et ESAT.",
    ], 45)

fam("res_L2113_13", [MR], "contract or lot reserved to SIAE",
    [
        "Le présent marché est réservé aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail (article L2113-13 du CCP).",
        "Le {lot} ({osrv}) est réservé aux SIAE et structures équivalentes, conformément à l'article L2113-13 du code de la commande publique.",
        "Marché réservé à des structures d'insertion par l'activité économique (EI, ACI, AI, ETTI).",
        "Conformément à l'article L.2113-13 du CCP, seules les structures d'insertion par l'activité économique peuvent présenter une offre pour ce lot.",
        "La présente consultation est réservée aux ateliers et chantiers d'insertion et aux entreprises d'insertion (art. L2113-13 du code de la commande publique).",
        "Marché réservé : oui - structures d'insertion par l'activité économique (L2113-13).",
        "Le lot n°2 « {osrv} » fait l'objet d'une réservation au profit des SIAE en application de l'article L. 2113-13.",
    ], 40)

fam("res_both", [MR], "contract reserved to both EA/ESAT and SIAE (L2113-14)",
    [
        "Le marché est réservé à la fois aux opérateurs relevant de l'article L2113-12 (EA, ESAT) et à ceux relevant de l'article L2113-13 (SIAE), en application de l'article L2113-14 du CCP.",
        "Lot réservé aux entreprises adaptées, ESAT et structures d'insertion par l'activité économique (articles L2113-12 à L2113-14 du code de la commande publique).",
        "Le marché est réservé à des ateliers protégés et à des opérateurs économiques dont l'objet est l'intégration sociale et professionnelle de personnes handicapées ou défavorisées.",
        "MARCHE RESERVE AUX EA, ESAT ET SIAE",
    ], 20)

fam("res_old_basis", [MR], "reservation under older bases (ordonnance 2015-899 art. 36, CMP art. 15)",
    [
        "Le présent marché est réservé en application de l'article 36-I de l'ordonnance n° 2015-899 du 23 juillet 2015 aux entreprises adaptées et ESAT.",
        "Marché réservé aux structures d'insertion par l'activité économique au titre de l'article 36-II de l'ordonnance n°2015-899.",
        "Conformément à l'article 15 du code des marchés publics, le lot {lotn} est réservé à des entreprises adaptées ou à des établissements et services d'aide par le travail.",
        "Le {lot} est réservé aux opérateurs mentionnés à l'article 36 de l'ordonnance du 23 juillet 2015 relative aux marchés publics.",
    ], 20, lotn=["1", "2", "3", "4"])

fam("res_prison_ess", [MR], "reservation L2113-13-1 (prison work) or L2113-15 (ESS)",
    [
        "Le présent marché est réservé, en application de l'article L2113-13-1 du code de la commande publique, aux opérateurs économiques employant des personnes détenues.",
        "Lot réservé aux structures employant au moins 50 % de personnes détenues (art. L2113-13-1 CCP).",
        "Le marché, qui porte exclusivement sur des services sociaux et autres services spécifiques, est réservé aux entreprises de l'économie sociale et solidaire en application de l'article L2113-15 du CCP.",
        "Marché réservé aux entreprises de l'ESS poursuivant une mission de service public (article L. 2113-15 du code de la commande publique).",
        "Réservation au titre de l'article L2113-15 : seules les entreprises de l'économie sociale et solidaire peuvent soumissionner.",
    ], 25)

fam("res_notice_field", [MR], "notice field stating a reserved contract",
    [
        "Marché réservé : oui",
        "Marché réservé : Oui - EA/ESAT",
        "III.1.5) Informations sur les marchés réservés : Le marché est réservé à des ateliers protégés et opérateurs économiques dont l'objet est l'intégration sociale et professionnelle de personnes handicapées ou défavorisées",
        "Réservation : le lot {lotn} est réservé à des structures d'insertion par l'activité économique",
        "Intitulé : {osrv} (Marché réservé)",
        "Procurement reserved for sheltered workshops and economic operators aiming at the social and professional integration of disabled or disadvantaged persons",
    ], 25, lotn=["1", "2", "3", "4", "5"])

# ---- environmental execution conditions (CE) ------------------------------------------------
fam("env_dechets_chantier", [CE], "site waste sorting and recovery required",
    [
        "Les déchets de chantier sont triés à la source en au moins cinq flux et orientés vers des installations de recyclage ; {tit_low} remet mensuellement les bons de pesée.",
        "L'entreprise est responsable de l'élimination de ses déchets dans le respect du code de l'environnement et privilégie leur réemploi ou leur recyclage.",
        "Objectif de valorisation matière des déchets du chantier : {pct}0 % au minimum, justifié par les bordereaux de suivi.",
        "Les entreprises devront réaliser le tri des déchets de chantier et rechercher des filières de valorisation ou de récupération.",
        "Chaque entreprise aura à sa charge la gestion, le tri sélectif et l'évacuation de ses déchets vers des filières agréées ; les bordereaux de suivi seront remis au maître d'œuvre.",
        "{tit} met en place un tri sélectif des déchets sur le chantier (bois, métaux, inertes, DIB) dans des bennes séparées.",
        "Un schéma d'organisation et de gestion des déchets (SOGED) est remis avec l'offre ; {tit_low} s'engage à valoriser au moins {pct}0 % des déchets de chantier.",
        "L'entrepreneur se conformera aux spécifications d'un tri de niveau 1 et tiendra à jour le registre des déchets.",
        "Les déchets doivent être valorisés ; la mise en décharge n'est admise que pour les déchets ultimes.",
        "Il sera mis en place un tri sélectif des déchets, y compris toutes sujétions d'évacuation vers les filières de recyclage.",
        "Le brûlage des déchets sur le chantier est interdit ; les emballages sont repris par les fournisseurs ou triés en vue de leur recyclage.",
        "Gestion des déchets : {tit_low} justifie de la traçabilité et du taux de valorisation des déchets produits par l'opération.",
    ], 50)

fam("env_chantier_nuisances", [CE], "low-nuisance site charter, environmental management during works",
    [
        "Chantier à faibles nuisances : {tit_low} limite les nuisances sonores, les émissions de poussières et les pollutions accidentelles pendant toute la durée des travaux.",
        "{tit} prend les mesures nécessaires pour préserver la faune, la flore et les arbres existants à proximité de l'emprise du chantier.",
        "{tit} respecte la charte chantier à faibles nuisances annexée au {piece} : limitation du bruit, des poussières et protection des sols.",
        "Les engins utilisés sur le chantier doivent respecter les normes d'émissions les plus récentes ; le stationnement moteur tournant est proscrit.",
        "L'entreprise prend toutes dispositions pour éviter la pollution des sols et des eaux : aires de lavage étanches, bacs de rétention pour les produits dangereux.",
        "Un plan de respect de l'environnement (PRE) est établi par {tit_low} et soumis au maître d'œuvre avant le démarrage des travaux.",
        "Les eaux de lavage des toupies et outils seront récupérées et décantées avant rejet ; aucun rejet dans le milieu naturel n'est admis.",
    ], 30)

fam("env_ecolabel", [CE], "ecolabel / environmental label required on products",
    [
        "Les consommables proposés doivent respecter les critères de l'Écolabel européen ou présenter des caractéristiques environnementales équivalentes, justifiées par une fiche produit.",
        "Les fournitures de bureau sont issues de matériaux recyclés à {pct}0 % au moins et portent un écolabel officiel.",
        "Il sera exigé des peintures, lasures et vernis bénéficiant de la marque NF Environnement ou de l'Écolabel européen.",
        "Les produits d'entretien utilisés doivent être titulaires de l'Ecolabel européen ou d'un label équivalent.",
        "Les bois mis en œuvre proviennent de forêts gérées durablement, sous label d'éco-certification FSC ou PEFC, dont {tit_low} fournit les certificats.",
        "Le papier fourni est recyclé ou issu de forêts gérées durablement et porte l'Ange bleu, l'Écolabel européen ou équivalent.",
        "Les textiles fournis doivent être certifiés OEKO-TEX ou porter l'Écolabel européen ; la preuve du label est jointe à chaque livraison.",
        "Les colles et produits de pose présentent une classe d'émission A+ et sont exempts de solvants.",
    ], 40)

fam("env_emballages", [CE], "packaging reduction / recycled packaging",
    [
        "Les produits sont livrés en vrac ou en conditionnements de grande contenance afin de réduire les déchets d'emballage.",
        "Les emballages plastiques à usage unique sont interdits ; {tit_low} propose des emballages compostables ou réemployables.",
        "{tit} limite le nombre d'emballages, notamment plastiques, et privilégie les emballages en matériaux recyclés.",
        "Les livraisons sont effectuées avec un minimum d'emballages ; {tit_low} reprend et recycle les emballages à ses frais.",
        "Le suremballage est proscrit ; les emballages doivent être recyclables ou réutilisables.",
        "{tit} utilise des contenants consignés et réutilisables pour la livraison des denrées.",
        "Le fournisseur collecte les cartons et palettes après livraison en vue de leur réemploi.",
    ], 30)

fam("env_energie", [CE], "energy efficiency required during execution",
    [
        "{tit} met en œuvre les mesures d'économie d'énergie prévues au CCTP et transmet un relevé annuel des consommations.",
        "Les équipements livrés doivent disposer d'un label énergétique de haute efficacité (classe A ou équivalent) afin de limiter l'impact environnemental.",
        "L'éclairage public rénové devra permettre une baisse d'au moins {pct}0 % de la consommation électrique et limiter la pollution lumineuse.",
        "Le choix des luminaires et des sources devra répondre en priorité aux exigences d'économies d'énergie (LED, détection de présence).",
        "Les matériels fournis présentent une consommation énergétique économe et disposent d'un mode veille à faible consommation.",
        "{tit} s'engage sur une réduction de {pct} % des consommations d'énergie des installations par rapport à la situation de référence.",
        "Les équipements de génie climatique proposés auront un rendement minimum conforme à la classe énergétique A ; le titulaire optimise les réglages pour limiter les consommations.",
        "Le prestataire éteint les éclairages et équipements non nécessaires à l'issue de ses interventions afin de limiter la consommation d'énergie.",
    ], 35)

fam("env_vehicules", [CE], "clean vehicles, eco-driving, emissions",
    [
        "Les véhicules de collecte affectés au marché fonctionnent au bioGNV ou à l'électricité afin de réduire les émissions polluantes.",
        "{tit} limite les déplacements à vide et regroupe les livraisons pour réduire l'impact environnemental du transport.",
        "Les véhicules utilisés pour l'exécution des prestations sont à faibles émissions (électriques, hybrides ou GNV) ou au minimum de vignette Crit'Air 1.",
        "{tit} forme ses chauffeurs à l'éco-conduite et optimise les tournées de livraison afin de réduire les émissions de CO2.",
        "Les livraisons en centre-ville sont réalisées au moyen de véhicules électriques ou de vélos cargos.",
        "{tit} transmet chaque année le bilan des émissions de gaz à effet de serre liées aux transports effectués pour le marché.",
        "Le parc de véhicules affecté au marché respecte au minimum la norme Euro 6.",
    ], 30)

fam("env_produits_entretien", [CE], "eco-friendly cleaning methods",
    [
        "Les produits de nettoyage sont écologiques, sans parfum ni substance dangereuse pour l'environnement ; leur dosage est automatisé.",
        "La gestion des espaces verts est réalisée en zéro phyto, avec une gestion différenciée favorable à la biodiversité.",
        "Le prestataire utilise des méthodes de nettoyage limitant l'usage de produits chimiques (microfibres, nettoyage vapeur) et des produits concentrés avec doseurs.",
        "Les produits utilisés sont biodégradables et ne contiennent pas de substances classées CMR.",
        "{tit} fournit les fiches de données de sécurité et justifie du caractère écologique des produits et consommables utilisés.",
        "L'usage de produits phytosanitaires est interdit ; {tit_low} emploie des techniques de désherbage alternatives (mécanique, thermique).",
        "Les déchets verts issus de l'entretien sont compostés ou valorisés ; le paillage est réalisé avec les broyats produits sur site.",
    ], 30)

fam("env_reemploi", [CE], "durability, repairability, recovery of equipment",
    [
        "Les matériels remplacés sont orientés prioritairement vers le réemploi ou le reconditionnement ; à défaut, ils sont recyclés dans une filière agréée.",
        "{tit} propose des équipements reconditionnés et garantit leur réparabilité pendant toute la durée du marché.",
        "{tit} garantit la disponibilité des pièces détachées pendant au moins 5 ans après la livraison.",
        "Le titulaire reprend les matériels usagés et assure leur traitement par une filière DEEE agréée, dont il fournit les attestations.",
        "Les équipements proposés doivent être réparables ; {tit_low} communique l'indice de réparabilité de chaque produit.",
        "{tit} privilégie le réemploi des matériaux déposés et fournit un diagnostic ressources avant démolition.",
        "Les cartouches d'impression usagées sont collectées gratuitement par {tit_low} en vue de leur recyclage.",
    ], 30)

fam("env_alimentation", [CE], "sustainable food requirements during execution",
    [
        "Le prestataire privilégie les produits de saison issus de circuits courts et réduit le transport des denrées.",
        "Les barquettes en plastique sont remplacées par des contenants réutilisables en inox ou en verre.",
        "{tit} s'engage à servir au moins 50 % de produits durables et de qualité, dont 20 % issus de l'agriculture biologique, conformément à la loi EGalim.",
        "Le prestataire met en place des actions de lutte contre le gaspillage alimentaire et en présente le bilan chaque trimestre.",
        "Les repas comportent au moins un menu végétarien par semaine et des produits de saison ; les contenants en plastique sont proscrits.",
        "Les biodéchets de la cuisine sont triés à la source et collectés en vue de leur valorisation.",
    ], 25)


fam("env_gestion", [CE], "environmental management commitments during execution",
    [
        "{tit} s'engage à limiter l'impact environnemental de ses prestations et présente chaque année un rapport sur les actions menées.",
        "Le titulaire met en place des indicateurs environnementaux (déchets, énergie, eau) et les communique lors des réunions de suivi.",
        "{tit} met en œuvre un système de management environnemental pour l'exécution des prestations et désigne un responsable environnement.",
        "Clause de progrès : {tit_low} propose chaque année des améliorations visant à réduire l'impact environnemental des prestations.",
        "Le prestataire réalise un bilan carbone des prestations et propose un plan de réduction des émissions.",
        "{tit} s'engage à réduire sa consommation d'eau et à utiliser des équipements économes en eau.",
        "Les impressions sont réalisées en recto verso, sur papier recyclé, avec des encres végétales.",
    ], 30)

# ---- environmental award criteria (CRE) -----------------------------------------------------


fam("crit_env_subcrit", [CRE], "environmental sub-criterion in a technical value criterion",
    [
        "Valeur technique ({wb} %) appréciée au regard des sous-critères suivants : méthodologie ({ws} %), moyens humains ({ws} %), mesures environnementales ({ws} %).",
        "Sous-critère 3 : prise en compte des contraintes environnementales ({ws} points) - mesures proposées pour limiter les nuisances et valoriser les déchets.",
        "Qualité de la réponse au regard des exigences fonctionnelles, techniques et environnementales : {wb} %",
        "Le critère valeur technique comprend un sous-critère « démarche environnementale du candidat » noté sur {ws} points.",
        "Diversité du catalogue et qualités, y compris environnementales, des produits proposés : {ws} points",
        "Mesures prises en matière d'hygiène, sécurité et environnement : {ws} %",
    ], 35, ws=["5", "10", "15", "8", "4", "20", "3"], wb=["30", "40", "45", "50", "60"])

fam("crit_env_plus_price", [CRE], "criteria list including an environmental one",
    [
        "Critères d'attribution : 1. Prix ({wb} %) ; 2. Valeur technique ({wb2} %) ; 3. Performances environnementales ({ws} %).",
        "Prix : {wb} % - Valeur technique : {wb2} % - Développement durable : {ws} %",
        "Les offres sont jugées sur : le prix ({wb}%), la qualité technique ({wb2}%), la démarche environnementale ({ws}%).",
        "Critère 1 Prix {wb} pts / Critère 2 Méthodologie {wb2} pts / Critère 3 Environnement {ws} pts",
    ], 25, ws=["5", "10", "15", "20"], wb=["40", "50", "60"], wb2=["30", "25", "35", "20"])

fam("crit_soc_plus_price", [CRS], "criteria list including a social one",
    [
        "Critères d'attribution : 1. Prix ({wb} %) ; 2. Valeur technique ({wb2} %) ; 3. Performances en matière d'insertion professionnelle ({ws} %).",
        "Prix : {wb} % - Valeur technique : {wb2} % - Insertion sociale : {ws} %",
        "Les offres sont jugées sur : le prix ({wb}%), la méthodologie ({wb2}%), l'engagement social du candidat ({ws}%).",
    ], 18, ws=["5", "10", "15"], wb=["40", "50", "60"], wb2=["30", "25", "35"])

fam("crit_both_plus_price", [CRS, CRE], "criteria list with separate social and environmental criteria",
    [
        "Prix {wb} % ; valeur technique {wb2} % ; performances environnementales {ws} % ; performances en matière d'insertion {ws} %.",
        "1. Prix : {wb} / 2. Qualité : {wb2} / 3. Environnement : {ws} / 4. Social : {ws}",
    ], 12, ws=["5", "10"], wb=["40", "50"], wb2=["30", "35"])

# --------------------------------------------------------------------------------------------
# Hard negatives (no label)
# --------------------------------------------------------------------------------------------
NEG: list[str] = []

fam("neg_dc1_reserve", NEG, "blank DC1 form quoting reserved-contract articles (not a reservation)",
    [
        "F - Marchés publics réservés : Le candidat individuel, ou chacun des membres du groupement, est-il une entreprise adaptée ou un établissement et service d'aide par le travail mentionnés à l'article L. 2113-12 du code de la commande publique ? ☐ Oui ☐ Non",
        "(Cocher la case correspondante.) Si le marché est réservé, le candidat indique s'il est une structure d'insertion par l'activité économique mentionnée à l'article L. 2113-13 du code de la commande publique.",
        "Le candidat individuel ou chacun des membres du groupement déclare être une SIAE au sens de l'article L2113-13 : □ OUI □ NON (à ne remplir que si la consultation est réservée)",
        "Rubrique F : à renseigner uniquement lorsque l'acheteur a réservé le marché à des opérateurs économiques relevant des articles L2113-12, L2113-13 ou L2113-15 du code de la commande publique.",
        "Dans le cas d'un marché réservé, l'acheteur vérifie que la proportion minimale de travailleurs handicapés ou défavorisés est de 50 % (article R2113-7).",
        "NOTICE DC1 : la rubrique relative aux marchés réservés permet au candidat de préciser s'il relève d'une catégorie d'opérateurs à laquelle un marché peut être réservé.",
        "DC1 - Lettre de candidature - Habilitation du mandataire par ses co-traitants. Rubrique F : marchés réservés (articles L2113-12 à L2113-15 du code de la commande publique).",
    ], 40)

fam("neg_dc2_l5212", NEG, "L5212-1 disabled-worker employment declaration (legal reminder)",
    [
        "Le candidat déclare sur l'honneur être en règle, au cours de l'année précédant celle au cours de laquelle a lieu le lancement de la consultation, au regard des articles L. 5212-1 à L. 5212-11 du code du travail concernant l'emploi des travailleurs handicapés.",
        "Attestation sur l'honneur : le candidat satisfait à l'obligation d'emploi des travailleurs handicapés prévue aux articles L5212-1 à L5212-11 du code du travail.",
        "Déclaration sur l'honneur du candidat justifiant qu'il n'entre dans aucun des cas d'interdiction de soumissionner et qu'il est en règle au regard de l'obligation d'emploi des travailleurs handicapés.",
        "Le candidat n'a pas fait l'objet, depuis moins de cinq ans, d'une condamnation pour travail dissimulé, et respecte les articles L. 5212-1 à L. 5212-11 du code du travail.",
        "DC2 - Déclaration du candidat individuel ou du membre du groupement : effectifs moyens annuels, dont travailleurs handicapés.",
    ], 35)

fam("neg_legal_social", NEG, "legal labour obligations reminders (not a social clause)",
    [
        "{tit} remet tous les six mois, jusqu'à la fin de l'exécution du marché, les pièces prévues aux articles D. 8222-5 ou D. 8222-7 du code du travail (attestation URSSAF).",
        "{tit} est tenu au respect des dispositions législatives et réglementaires relatives à la protection de la main-d'œuvre et aux conditions de travail.",
        "En cas de recours à des salariés détachés, {tit_low} transmet la déclaration préalable de détachement prévue à l'article R1263-3 du code du travail.",
        "{tit} s'engage à respecter la législation en vigueur en matière de lutte contre le travail dissimulé (articles L8221-1 et suivants du code du travail).",
        "Le personnel du titulaire demeure placé sous son autorité hiérarchique exclusive ; il est rémunéré conformément à la convention collective applicable.",
        "Conformément à l'accord de branche, le nouveau titulaire reprend le personnel affecté au site dans les conditions prévues par la convention collective de la propreté.",
        "Les interdictions de soumissionner prévues aux articles L2141-1 à L2141-5 s'appliquent, notamment en cas de méconnaissance de l'obligation de négociation sur l'égalité professionnelle (L2141-4).",
        "Le titulaire fournit la liste nominative des salariés étrangers soumis à autorisation de travail, conformément à l'article D8254-2 du code du travail.",
        "Les dispositions du CCAG relatives à la protection de la main-d'œuvre, aux conditions de travail et à l'égalité de traitement s'appliquent au présent marché.",
    ], 45)

fam("neg_reserve_non", NEG, "notice/form field saying the contract is not reserved",
    [
        "Marché réservé : non",
        "Marché réservé : Non",
        "MARCHE RESERVE : NON",
        "Le marché n'est pas réservé.",
        "La consultation n'est pas réservée à des entreprises adaptées ni à des structures d'insertion.",
        "Informations sur les marchés réservés : sans objet",
        "Réservation : aucune",
        "Prestation réservée à une profession particulière : oui - architecte",
        "La prestation est réservée à une profession particulière : architectes inscrits à l'ordre.",
        "Marché réservé (article L2113-12 à L2113-15) : non",
        "Procurement reserved: none",
        "Lot réservé : non applicable",
        "Le marché est réservé aux entreprises d'assurances et intermédiaires habilités à présenter des opérations d'assurance (code des assurances).",
        "L'accord-cadre est réservé aux notaires en exercice, en application des textes régissant la profession.",
        "La prestation est réservée aux avocats inscrits à un barreau.",
        "Mission réservée aux experts-comptables inscrits au tableau de l'ordre.",
        "Un seul lot pourra être attribué par candidat ; les autres lots sont réservés aux autres soumissionnaires.",
    ], 40)



fam("neg_insertion_services", NEG, "contract object is insertion services (not an insertion clause)",
    [
        "Objet du marché : accompagnement socioprofessionnel des bénéficiaires du RSA vers l'emploi.",
        "Le présent marché a pour objet des prestations d'accompagnement renforcé vers l'emploi des publics éloignés de l'emploi, pour le compte du Département.",
        "Mise en œuvre d'ateliers de remobilisation et de levée des freins périphériques à l'emploi pour des demandeurs d'emploi de longue durée.",
        "Marché de services d'insertion professionnelle : le prestataire accompagne chaque année 150 jeunes suivis par la Mission locale.",
        "Prestation de coaching et de formation des bénéficiaires du PLIE, comprenant des entretiens individuels et des ateliers collectifs.",
        "Lot 2 : actions d'orientation et de formation pré-qualifiante pour les personnes en parcours d'insertion.",
        "Le prestataire réalise des diagnostics socio-professionnels et propose un plan d'action individualisé à chaque bénéficiaire orienté par le Département.",
        "Description des prestations : animation d'un dispositif d'insertion par le sport pour les jeunes des quartiers prioritaires.",
    ], 40)

fam("neg_insertion_other_sense", NEG, "'insertion' in a technical sense",
    [
        "Fourniture et insertion d'une isolation en laine de roche de 200 mm dans les rampants.",
        "Insertion paysagère du bâtiment : les façades seront traitées en bardage bois afin de favoriser l'intégration dans le site.",
        "Insertion des données dans le logiciel de gestion patrimoniale par le prestataire.",
        "Insertion d'une annonce dans la presse locale et au BOAMP.",
        "Les fourreaux permettent l'insertion ultérieure de câbles de fibre optique.",
        "Insertion de clapets coupe-feu dans les gaines de ventilation traversant les parois.",
        "L'insertion urbaine du projet fera l'objet d'une attention particulière (volumétrie, matériaux).",
        "Point d'insertion du réseau : raccordement sur le regard existant en limite de propriété.",
        "Insertion de la carte SIM et paramétrage des terminaux à la charge du titulaire.",
        "Étude d'insertion architecturale et paysagère du futur équipement.",
    ], 40)

fam("neg_reserve_other_sense", NEG, "'réservé' / 'réserve' in other senses",
    [
        "{acheteur} se réserve le droit de ne pas donner suite à la consultation.",
        "Cadre réservé à l'administration",
        "Le stationnement est réservé aux véhicules de service pendant la durée des travaux.",
        "Espace réservé au candidat : joindre le mémoire technique.",
        "Les prix sont fermes, sous réserve des dispositions de l'article 10.",
        "{acheteur} se réserve la possibilité de négocier avec les trois candidats les mieux classés.",
        "Les réserves formulées lors des opérations préalables à la réception seront levées dans un délai de {d} jours.",
        "Accès réservé au personnel habilité muni d'un badge.",
        "Une zone de stockage réservée à l'entreprise sera délimitée sur le chantier.",
        "Cadre réservé à l'acheteur - date de réception de l'offre :",
    ], 40)

fam("neg_hours_volume", NEG, "service volumes in hours / hourly rates (not insertion)",
    [
        "Le volume prévisionnel est de {bn} heures de gardiennage par an.",
        "Le taux horaire de l'agent de sécurité comprend l'ensemble des charges sociales.",
        "Volume estimatif : {bn} heures d'intervention de maintenance par an.",
        "Les heures de nettoyage sont réparties du lundi au vendredi entre 6 h et 9 h.",
        "La prestation représente environ {bn} heures de prestations intellectuelles sur la durée du marché.",
        "Prix unitaire de l'heure de main-d'œuvre de jour : ............ € HT",
        "Heures supplémentaires de nuit et de week-end : majoration de 25 % du taux horaire.",
        "Les heures de formation des agents du titulaire ne sont pas facturées à l'acheteur.",
        "Le titulaire assure {bn} heures de surveillance des équipements sportifs et établit une main courante.",
        "Forfait annuel correspondant à {bn} heures de conduite.",
    ], 45)

fam("neg_plan_prevention", NEG, "400-hour prevention plan (safety, not insertion)",
    [
        "Un plan de prévention écrit est établi lorsque l'opération représente au moins 400 heures de travail sur une période de douze mois (article R4512-7 du code du travail).",
        "Dès lors que les travaux atteignent 400 heures sur 12 mois, un plan de prévention est obligatoire avant toute intervention.",
        "Plan de prévention : inspection commune préalable et analyse des risques d'interférence ; obligatoire au-delà de 400 heures de travail.",
        "Le titulaire participe à l'inspection commune préalable et signe le plan de prévention, les prestations dépassant 400 heures par an.",
    ], 25)

fam("neg_environnement_it", NEG, "'environnement' in IT / technical / pedagogical sense",
    [
        "Le titulaire met à disposition un environnement de recette distinct de l'environnement de production.",
        "Les postes de travail fonctionnent sous environnement Windows 11 et Microsoft 365.",
        "L'environnement technique du système d'information est décrit en annexe 2 du CCTP.",
        "Déploiement sur les environnements de développement, de pré-production et de production.",
        "La solution doit s'intégrer dans l'environnement applicatif existant (annuaire LDAP, SSO).",
        "Environnement pédagogique : la formation se déroule dans une salle équipée de vidéoprojecteur.",
        "Le site est situé dans un environnement urbain dense, à proximité d'une école.",
        "Environnement numérique de travail (ENT) des lycées : maintenance et hébergement.",
        "Les tests de charge sont réalisés dans un environnement iso-production.",
        "Environnement de travail : bureaux partagés, accès au réseau de l'établissement.",
        "Compatibilité avec l'environnement Linux et les navigateurs du marché.",
        "Description de l'environnement matériel et logiciel : serveurs virtualisés VMware.",
        "{tit} met à disposition un environnement de formation et un environnement de test pour les utilisateurs.",
        "Les correctifs sont d'abord installés sur l'environnement de préproduction, puis validés par l'acheteur.",
        "{tit} fournit un environnement d'hébergement sécurisé conforme au référentiel SecNumCloud.",
        "L'environnement cible comprend une base de données PostgreSQL et un serveur d'applications.",
        "Les interventions dans l'environnement clinique respectent les règles d'hygiène hospitalière.",
    ], 90)

fam("neg_environnement_mention", NEG, "mere mention of environmental law / context, no obligation",
    [
        "Le projet est soumis à la réglementation des installations classées pour la protection de l'environnement.",
        "Références réglementaires : code de l'environnement, code de la construction et de l'habitation, code de l'urbanisme.",
        "Le bâtiment a été construit en 1975 ; une étude d'impact sur l'environnement a été réalisée lors du permis.",
        "Direction de l'environnement et du cadre de vie - Service des espaces publics.",
        "Le CCTP décrit l'environnement du site : accès, voiries, réseaux existants.",
        "Objet : mission d'assistance à maîtrise d'ouvrage pour la révision du plan climat.",
    ], 30)

fam("neg_boilerplate", NEG, "generic administrative boilerplate",
    [
        "Le délai global de paiement est fixé à 30 jours à compter de la réception de la demande de paiement.",
        "Une avance de {pct} % du montant initial est accordée au titulaire, sauf renonciation de sa part.",
        "Une retenue de garantie de 5 % est appliquée sur le montant de chaque acompte.",
        "Par dérogation à l'article 14 du CCAG, les pénalités de retard sont fixées à 1/1000 du montant du marché par jour de retard.",
        "Les pièces constitutives du marché sont, par ordre de priorité décroissante : l'acte d'engagement, le CCAP, le CCTP, le BPU.",
        "Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de l'acceptation du sous-traitant et de l'agrément de ses conditions de paiement.",
        "Les litiges sont portés devant le tribunal administratif de {ville}.",
        "Le marché est conclu pour une durée de {m} mois à compter de sa notification.",
        "Le titulaire doit justifier d'une assurance responsabilité civile professionnelle en cours de validité.",
        "Les prix sont révisés annuellement par application de l'indice ICHT-rev TS.",
        "La présente consultation est passée selon la procédure adaptée en application des articles L2123-1 et R2123-1 du code de la commande publique.",
        "Les offres sont rédigées en langue française et exprimées en euros.",
        "Les variantes ne sont pas autorisées.",
        "Date limite de réception des offres : {date} à 12h00.",
        "Le marché est divisé en {lotn} lots, chaque lot faisant l'objet d'un marché séparé.",
        "Le dossier de consultation est téléchargeable gratuitement sur le profil d'acheteur.",
        "Accord-cadre à bons de commande avec un montant maximum de {amt} € HT par an.",
        "Les candidats transmettent leur offre par voie électronique exclusivement.",
        "Le pouvoir adjudicateur est la Ville de {ville}, représentée par son Maire.",
        "Pénalités pour absence aux réunions de chantier : {pen} € HT par absence.",
        "En cas de retard dans la remise des documents, une pénalité de {pen} € par jour est appliquée.",
        "La durée de validité des offres est de 120 jours à compter de la date limite de remise.",
        "Le titulaire désigne un interlocuteur unique chargé du suivi de l'exécution du marché.",
        "Les modifications du marché sont régies par les articles R2194-1 à R2194-9 du code de la commande publique.",
    ], 110, lotn=["2", "3", "4", "6", "8"], m=S["months"], amt=S["amount"])

fam("neg_criteria_price_tech", NEG, "price / technical / delay criteria only",
    [
        "{cn} Prix des prestations {pond}",
        "{cn} Valeur technique {pond}",
        "{cn} Délai d'exécution {pond}",
        "Critères d'attribution : prix ({wb} %) et valeur technique ({wb2} %).",
        "{cn} Moyens humains et matériels affectés au marché {pond}",
        "{cn} Méthodologie d'intervention et planning {pond}",
        "{cn} Qualité du service après-vente et délais de livraison {pond}",
        "Critère de qualité - Nom : Valeur méthodologique et technique / Pondération : {wb}",
        "Prix : 1. PRIX / Pondération : {wb}",
        "{cn} Pertinence de l'organisation proposée pour la maintenance préventive {pond}",
        "Offre économiquement la plus avantageuse appréciée en fonction des critères énoncés dans le cahier des charges.",
        "Le prix est apprécié sur la base du DQE ; la note technique sur la base du mémoire technique.",
        "{cn} Qualité de l'accompagnement des usagers et méthodologie de suivi {pond}",
        "{cn} Garantie et service après-vente {pond}",
    ], 70, w=["{WS}", "{WB}"], wb=["40", "50", "60", "70"], wb2=["60", "50", "40", "30"])

fam("neg_tech_cctp", NEG, "technical CCTP content",
    [
        "Les menuiseries extérieures seront en aluminium à rupture de pont thermique, vitrage 4/16/4.",
        "Le titulaire assure la maintenance préventive des ascenseurs une fois par mois et intervient sous 4 heures en cas de panne.",
        "Les agents de sécurité sont titulaires de la carte professionnelle délivrée par le CNAPS et du SSIAP 1.",
        "Le câblage est réalisé en catégorie 6A ; les baies sont équipées de bandeaux de brassage.",
        "Les enduits seront dressés à la règle et présenteront une planéité conforme au DTU 26.1.",
        "Le nettoyage des vitres est réalisé deux fois par an, côté intérieur et extérieur.",
        "Les repas sont livrés en liaison froide et conservés entre 0 et 3 °C.",
        "L'entreprise évacue ses gravats et laisse le chantier propre en fin de journée.",
        "Le prestataire assure la tonte des pelouses de mars à octobre, à raison de deux passages par mois.",
        "La plateforme doit être disponible 99,5 % du temps, hors fenêtres de maintenance programmées.",
        "Les travaux seront réalisés en site occupé ; l'entreprise adaptera ses horaires aux contraintes de l'établissement.",
        "Le véhicule est livré avec deux jeux de clés, le carnet d'entretien et la carte grise.",
        "L'alarme anti-intrusion est reliée au poste central de télésurveillance.",
        "Les garde-corps sont dimensionnés conformément à la norme NF P01-012.",
        "Réglementation accessibilité : les cheminements respectent les dispositions réglementaires applicables aux ERP.",
    ], 70)

fam("neg_social_object", NEG, "social topics as the contract object or context, no commitment",
    [
        "Objet : prestations d'aide à domicile pour les personnes âgées et handicapées.",
        "Marché de transport adapté des élèves et étudiants en situation de handicap.",
        "Fourniture de matériel médical pour l'ESAT de {ville}.",
        "Travaux de rénovation de l'entreprise adaptée de {ville} : lot {lotn} menuiseries.",
        "Le Centre communal d'action sociale (CCAS) de {ville} lance une consultation pour la fourniture de repas.",
        "Prestations de restauration pour l'ESAT et le foyer d'hébergement.",
        "Maison de l'emploi de {ville} - marché de nettoyage des locaux.",
        "Le PLIE de {ville} lance une consultation pour l'impression de ses supports de communication.",
        "Le Département mène une politique volontariste en faveur de l'insertion ; le présent marché concerne la maintenance de ses photocopieurs.",
    ], 35, lotn=["1", "2", "3"])

fam("neg_env_product_object", NEG, "environmental topic as object of a study/work, no execution requirement",
    [
        "Mission de diagnostic de performance énergétique (DPE) des bâtiments communaux.",
        "Étude de faisabilité d'un réseau de chaleur.",
        "Maîtrise d'œuvre pour la réhabilitation de la station d'épuration.",
        "Fourniture de bacs de collecte des ordures ménagères.",
        "Marché de collecte et de traitement des déchets ménagers et assimilés.",
        "Prestation d'élaboration du bilan des émissions de gaz à effet de serre de la collectivité.",
    ], 25)



fam("cross_nonreserve_insertion", INS, "not reserved, but an insertion clause",
    [
        "Marché réservé : non. Le marché comporte une clause d'insertion.",
        "Le marché n'est pas réservé ; toutefois {tit_low} devra réaliser {h} heures d'insertion au profit de publics éloignés de l'emploi.",
        "Réservation : aucune. Conditions d'exécution : clause sociale d'insertion de {h} heures.",
        "Le présent marché n'est pas un marché réservé au sens de l'article L2113-13, mais il comporte une clause d'insertion professionnelle.",
    ], 16, h=["{H}"])

fam("cross_reserve_lot", [MR], "one lot reserved, others not",
    [
        "Le lot n°1 n'est pas réservé. Le lot n°2 ({osrv}) est réservé aux entreprises adaptées et ESAT (article L2113-12).",
        "Seul le {lot} est réservé aux structures d'insertion par l'activité économique ; les autres lots sont ouverts à tous les opérateurs.",
        "Lots 1 à 3 : non réservés. Lot 4 : réservé aux SIAE (L2113-13 CCP).",
    ], 12)


# ---- compositional families: the same frames with social / environmental / neutral topics, so
# the model learns the frame (criterion, execution condition, form field, negation) separately
# from the topic. Frames are split into groups; each group holds every topic variant.

SOC_TOPICS = [
    "Performances en matière d'insertion professionnelle des publics en difficulté",
    "Qualité du dispositif d'insertion proposé (accueil, tutorat, formation des personnes en insertion)",
    "réalisation d'heures d'insertion pour l'exécution des prestations du marché",
    "Nombre d'heures d'insertion proposées au-delà du minimum exigé",
    "Moyens mis en œuvre pour l'insertion des personnes éloignées de l'emploi",
    "Valeur sociale de l'offre",
    "Performances en matière sociale",
    "Politique sociale appliquée aux prestations (conditions de travail, formation du personnel)",
    "Mesures en faveur de l'égalité professionnelle et de la lutte contre les discriminations",
    "Traçabilité sociale des produits et respect des conventions de l'OIT",
    "Dimension sociale de l'offre",
    "Engagement en matière d'emploi local et d'accueil d'apprentis",
    "Qualité sociale de l'offre",
    "Accompagnement et encadrement des salariés en insertion",
    "Critère social",
    "Performances en matière de développement des approvisionnements directs et d'insertion",
    "Actions en faveur de l'emploi des personnes handicapées dans l'exécution du marché",
    "Engagement de recrutement de demandeurs d'emploi du territoire",
]
ENV_TOPICS = [
    "Performances en matière de protection de l'environnement",
    "Démarche environnementale",
    "Valeur environnementale",
    "Critère environnemental",
    "Performances environnementales des matériels proposés",
    "Démarche environnementale - environnement et gestion des déchets",
    "Mesures prises en faveur de la protection de l'environnement lors de l'exécution",
    "Qualité environnementale de l'offre",
    "Performance en matière de protection de l'environnement spécifiquement affectée aux prestations",
    "Réduction de l'empreinte carbone des prestations",
    "La maîtrise de l'énergie",
    "Performances énergétiques et bilan carbone des équipements",
    "Gestion des déchets et économie circulaire",
    "Valeur développement durable",
    "Critère développement durable",
    "Conditions de développement durable",
    "Prise en compte des aspects environnementaux et du développement durable",
    "Critère développement responsable",
    "Politique de développement durable liée à l'objet du contrat",
    "Impact environnemental des produits (emballages, transport, recyclabilité)",
    "Consommation énergétique des équipements",
    "Mesures de réduction des nuisances et des déchets de chantier",
]
MIXED_TOPICS = [
    "Mesures environnementales et sociales",
    "Qualité technique, environnementale et sociale de l'offre",
    "Développement durable (volets social et environnemental)",
    "Responsabilité sociale et environnementale de l'offre",
    "Démarche environnementale et sociale mise en œuvre pour l'exécution du marché",
    "Performances sociales et environnementales",
]
NEUTRAL_TOPICS = [
    "Prix des prestations", "Valeur technique", "Délai d'exécution", "Moyens humains et matériels affectés au marché",
    "Méthodologie d'intervention et planning", "Qualité du service après-vente et délais de livraison",
    "Valeur méthodologique et technique", "PRIX", "Pertinence de l'organisation proposée pour la maintenance",
    "Qualité de l'accompagnement des usagers et méthodologie de suivi", "Garantie et service après-vente",
    "Qualité des fournitures au regard du CCTP", "Délai de livraison", "Coût global d'utilisation",
    "Qualité de la méthodologie d'accompagnement des bénéficiaires", "Références et compétences de l'équipe",
    "Qualité du mémoire technique", "Réactivité et délais d'intervention", "Prix global et forfaitaire",
    "Sécurité et organisation du chantier",
]
CRIT_FRAMES = [
    "{cn} {topic} {pond}",
    "Critère de qualité - Nom : {topic} / Pondération : {w}",
    "{topic} : {w} %",
    "Sous-critère {cn} {topic} {pond}",
    "- {topic} ({w} points)",
    "{cn} {topic}, noté sur {w}",
    "Critère n°{k} : {topic} - pondération {w} %",
    "{k}. {topic} / Pondération : {w}",
    "{topic} ........ {w} pts",
    "Le critère « {topic} » est pondéré à {w} %.",
    "{cn} {topic} (sous-critère de la valeur technique, {w} points)",
    "Critère {k} - {topic} : {w}%",
]
for _k in range(3):
    _frames = CRIT_FRAMES[_k::3]
    _g = f"crit_frames_{_k}"
    fam(f"crit_soc_f{_k}", [CRS], "social award criterion", _frames, 45, group=_g, split=1, topic=SOC_TOPICS, w=["{WS}"], k=["1", "2", "3", "4", "5"])
    fam(f"crit_env_f{_k}", [CRE], "environmental / sustainable-development award criterion", _frames, 55, group=_g, split=1, topic=ENV_TOPICS, w=["{WS}"], k=["1", "2", "3", "4", "5"])
    fam(f"crit_mix_f{_k}", [CRS, CRE], "combined social and environmental award criterion", _frames, 18, group=_g, split=1, topic=MIXED_TOPICS, w=["{WS}", "{WB}"], k=["1", "2", "3", "4"])
    fam(f"crit_neu_f{_k}", NEG, "price / technical award criterion (no social or environmental content)", _frames, 45, group=_g, split=1, topic=NEUTRAL_TOPICS, w=["{WS}", "{WB}"], k=["1", "2", "3", "4"])

COND_FRAMES = [
    "Cette consultation comporte des conditions d'exécution à caractère {adj} dont le détail est indiqué dans le {piece}.",
    "Le marché comporte des conditions d'exécution à caractère {adj}.",
    "Le présent accord-cadre prévoit des conditions d'exécution des prestations comportant des éléments à caractère {adj}.",
    "Les conditions d'exécution des prestations comportent des éléments à caractère {adj} (voir {art}).",
    "Le marché comportera des stipulations à caractère {adj}.",
    "Accord-cadre comportant des conditions d'exécution à caractère {adj}.",
    "Conditions particulières d'exécution : clause à caractère {adj} (cf. {art}).",
    "Les prestations sont soumises à des conditions d'exécution de nature {adj}, définies au {piece}.",
    "Marché intégrant des considérations d'ordre {adj} dans ses conditions d'exécution.",
    "En application de l'article L2112-2 du code de la commande publique, le marché comporte des conditions d'exécution à caractère {adj}.",
    "Le {piece} fixe des conditions d'exécution à caractère {adj} que le titulaire s'engage à respecter.",
    "Des dispositions à caractère {adj} sont prévues à {art}.",
]
for _k in range(3):
    _frames = COND_FRAMES[_k::3]
    _g = f"cond_frames_{_k}"
    fam(f"cond_soc_f{_k}", [CS], "announces social execution conditions", _frames, 22, group=_g, split=1, adj=["social"])
    fam(f"cond_env_f{_k}", [CE], "announces environmental execution conditions", _frames, 22, group=_g, split=1, adj=["environnemental"])
    fam(f"cond_both_f{_k}", [CS, CE], "announces social and environmental execution conditions", _frames, 22, group=_g, split=1, adj=["social et environnemental", "environnemental et social"])
    fam(f"cond_neu_f{_k}", NEG, "execution conditions of another nature (no social / environmental content)", _frames, 14, group=_g, split=1, adj=["technique", "financier", "administratif", "confidentiel", "particulier"])

# Form fields "Clauses sociales : Avec / Sans" and the like, every combination.
SOC_FIELD = [("Clauses sociales", "Avec", "Sans"), ("Clause sociale", "oui", "non"), ("Considérations sociales", "Clause sociale", "Pas de considération sociale"),
             ("CLAUSE SOCIALE", "OUI", "NON"), ("Clause sociale", "Oui", "Sans objet"), ("Marché comportant une clause sociale", "oui", "non")]
INS_FIELD = [("Clause d'insertion", "oui", "non"), ("Clauses d'insertion", "Avec", "Sans"), ("Heures d'insertion", "oui ({H} h)", "sans objet")]
ENV_FIELD = [("Clauses environnementales", "Avec", "Sans"), ("Clause environnementale", "oui", "non"), ("Considérations environnementales", "Clause environnementale", "Pas de considération environnementale"),
             ("CLAUSE ENVIRONNEMENTALE", "OUI", "NON"), ("Clause environnementale", "Oui", "Sans objet"), ("Marché comportant une clause environnementale", "oui", "non")]
YES = ["Avec", "oui", "Oui", "OUI", "X Oui", "Oui (voir CCAP)", "AVEC"]
NO = ["Sans", "non", "Non", "NON", "Sans objet", "néant", "SANS", "Non prévue"]
for _k in range(3):
    _g = f"form_fields_{_k}"
    soc = SOC_FIELD[_k::3]
    ins = INS_FIELD[_k::3]
    env = ENV_FIELD[_k::3]
    sep = [" / ", "\n", " ; ", " - "]
    fam(f"field_soc_yes_f{_k}", [CS], "form field: social clause yes", [f"{n} : {y}" for n, y, _ in soc] + [f"{n} : {{yv}}" for n, _, _ in soc if "Consid" not in n], 10, group=_g, split=1, yv=YES)
    fam(f"field_soc_no_f{_k}", NEG, "form field: social clause no", [f"{n} : {no}" for n, _, no in soc] + [f"{n} : {{nv}}" for n, _, _ in soc if "Consid" not in n], 10, group=_g, split=1, nv=NO)
    fam(f"field_ins_yes_f{_k}", INS, "form field: insertion clause yes", [f"{n} : {y}" for n, y, _ in ins], 6, group=_g, split=1)
    fam(f"field_ins_no_f{_k}", NEG, "form field: insertion clause no", [f"{n} : {no}" for n, _, no in ins], 6, group=_g, split=1)
    fam(f"field_env_yes_f{_k}", [CE], "form field: environmental clause yes", [f"{n} : {y}" for n, y, _ in env] + [f"{n} : {{yv}}" for n, _, _ in env if "Consid" not in n], 10, group=_g, split=1, yv=YES)
    fam(f"field_env_no_f{_k}", NEG, "form field: environmental clause no", [f"{n} : {no}" for n, _, no in env] + [f"{n} : {{nv}}" for n, _, _ in env if "Consid" not in n], 10, group=_g, split=1, nv=NO)
    for _si, (sn, sy, sno) in enumerate(soc):
        for _ei, (en, ey, eno) in enumerate(env):
            fam(f"field_pair_yy_f{_k}_{_si}{_ei}", [CS, CE], "form fields: social yes, environmental yes", [f"{sn} : {sy}{{sep}}{en} : {ey}"], 3, group=_g, split=1, sep=sep)
            fam(f"field_pair_yn_f{_k}_{_si}{_ei}", [CS], "form fields: social yes, environmental no", [f"{sn} : {sy}{{sep}}{en} : {eno}"], 3, group=_g, split=1, sep=sep)
            fam(f"field_pair_ny_f{_k}_{_si}{_ei}", [CE], "form fields: social no, environmental yes", [f"{sn} : {sno}{{sep}}{en} : {ey}"], 3, group=_g, split=1, sep=sep)
            fam(f"field_pair_nn_f{_k}_{_si}{_ei}", NEG, "form fields: social no, environmental no", [f"{sn} : {sno}{{sep}}{en} : {eno}"], 3, group=_g, split=1, sep=sep)

RES_FIELD_NAMES = ["Marché réservé", "Marché réservé (articles L2113-12 à L2113-15 du CCP)", "Réservation", "Lot réservé", "Informations sur les marchés réservés", "MARCHE RESERVE", "Marché réservé à des opérateurs de l'ESS ou de l'insertion"]
for _k in range(2):
    _g = f"res_fields_{_k}"
    names = RES_FIELD_NAMES[_k::2]
    fam(f"res_field_yes_f{_k}", [MR], "form field: reserved contract yes", [f"{n} : {{v}}" for n in names], 16, group=_g, split=1,
        v=["oui", "Oui", "OUI", "oui - EA / ESAT (L2113-12)", "oui, SIAE (article L2113-13)", "Oui (entreprises adaptées et ESAT)", "oui - lot 2"])
    fam(f"res_field_no_f{_k}", NEG, "form field: reserved contract no", [f"{n} : {{v}}" for n in names], 30, group=_g, split=1,
        v=["non", "Non", "NON", "sans objet", "aucune", "Non applicable", "néant"])

# Affirmations and negations built on the same frames.
POL_ITEMS = [
    ("une clause sociale", "de clause sociale", "Aucune clause sociale n'est prévue", [CS]),
    ("une clause d'insertion", "de clause d'insertion", "Aucune clause d'insertion n'est prévue", INS),
    ("une clause d'insertion professionnelle", "de clause d'insertion professionnelle", "Aucune heure d'insertion n'est exigée", INS),
    ("une clause environnementale", "de clause environnementale", "Aucune clause environnementale n'est prévue", [CE]),
    ("des clauses sociales et environnementales", "de clause sociale ni environnementale", "Aucune clause sociale ou environnementale n'est prévue", [CS, CE]),
    ("un critère environnemental", "de critère environnemental", "Aucun critère environnemental n'est retenu", [CRE]),
    ("un critère social", "de critère social", "Aucun critère social n'est retenu", [CRS]),
    ("un lot réservé aux structures d'insertion", "de lot réservé", "Aucun lot n'est réservé", [MR]),
]
POS_FRAMES = ["Le présent marché comporte {x}.", "Il est prévu {x}.", "La consultation intègre {x}.", "Le marché prévoit {x} (voir {art}).", "L'acheteur a prévu {x} pour ce marché.", "{X} est prévue au marché."]
NEG_FRAMES = ["Le présent marché ne comporte pas {y}.", "Il n'est pas prévu {y}.", "La consultation n'intègre pas {y}.", "Le marché ne prévoit pas {y} (sans objet).", "L'acheteur n'a pas prévu {y} compte tenu de la nature des prestations.", "{Z}."]
for _k in range(2):
    _g = f"polarity_{_k}"
    for i, (x, y, z, labels) in enumerate(POL_ITEMS):
        pos = [f.replace("{x}", x).replace("{X}", x[0].upper() + x[1:]) for f in POS_FRAMES[_k::2]]
        pos = [f for f in pos if not (f.endswith("est prévue au marché.") and not x.startswith("une"))]
        neg = [f.replace("{y}", y).replace("{Z}", z) for f in NEG_FRAMES[_k::2]]
        fam(f"pol_pos_f{_k}_{i}", labels, "affirmative statement of a clause / criterion / reservation", pos, 4, group=_g, split=1)
        fam(f"pol_neg_f{_k}_{i}", NEG, "negation of a clause / criterion / reservation", neg, 9, group=_g, split=1)


# Notice / RC boilerplate written for the project (standard headings of BOAMP/JOUE forms and the
# usual administrative sentences). Used as hard negatives and as context around positives.
NOTICE_BOILER = [
    "Liste et description succincte des critères de sélection, indication des informations et documents requis : lettre de candidature (DC1) et déclaration du candidat (DC2) ou DUME.",
    "Une liste des principaux services fournis au cours des trois dernières années, indiquant le montant, la date et le destinataire public ou privé.",
    "Déclaration indiquant les effectifs moyens annuels du candidat et l'importance du personnel d'encadrement pour chacune des trois dernières années.",
    "Déclaration concernant le chiffre d'affaires global et le chiffre d'affaires du domaine d'activités faisant l'objet du marché, portant sur les trois derniers exercices disponibles.",
    "Les dépôts de plis doivent être impérativement remis par voie dématérialisée sur le profil d'acheteur.",
    "Pour retrouver cet avis intégral, accéder au DCE, poser des questions à l'acheteur ou déposer un pli, rendez-vous sur la plateforme de dématérialisation.",
    "Cette consultation bénéficie du service DUME ; le candidat peut présenter sa candidature sous la forme d'un document unique de marché européen.",
    "Le DCE est téléchargeable gratuitement sur la plateforme ; le site est libre d'accès et permet de s'identifier afin d'être informé des modifications.",
    "Instance chargée des procédures de recours : Tribunal administratif, adresse, téléphone, courriel.",
    "Introduction de recours : référé précontractuel avant la signature du contrat, référé contractuel dans un délai de 31 jours, recours de pleine juridiction dans un délai de deux mois.",
    "Service auprès duquel des renseignements peuvent être obtenus concernant l'introduction des recours : greffe du tribunal administratif.",
    "Date d'envoi du présent avis à la publication.",
    "Une visite sur site est obligatoire ; l'offre d'un candidat n'ayant pas effectué la visite sera déclarée irrégulière.",
    "Les candidats doivent appliquer le même mode de transmission à tous les documents transmis au pouvoir adjudicateur.",
    "Le choix du mode de transmission est global et irréversible.",
    "Demandes de renseignements complémentaires à adresser via le profil d'acheteur au plus tard six jours avant la date limite.",
    "Le marché fait l'objet d'un financement sur fonds propres avec recours au FEDER.",
    "Modalités essentielles de financement et de paiement : paiement par virement administratif dans un délai de 30 jours ; avance de 5 % sauf renonciation du titulaire.",
    "Forme juridique que devra revêtir le groupement d'opérateurs économiques attributaire : groupement conjoint avec mandataire solidaire.",
    "Il est interdit aux candidats de présenter plusieurs offres en agissant à la fois en qualité de candidats individuels et de membres d'un groupement.",
    "Obligation d'indiquer les noms et qualifications professionnelles des membres du personnel chargés de l'exécution du marché.",
    "Marché éligible au MPS : la transmission et la vérification des documents de candidatures peuvent être effectuées par le dispositif marché public simplifié.",
    "Une ou des primes seront attribuées aux candidats ayant remis un projet conforme.",
    "Le contrat nécessite l'accès à des sites sécurisés ; le personnel du titulaire fera l'objet d'une enquête administrative préalable.",
    "Renseignements d'ordre administratif : correspondant, service de la commande publique, téléphone, courriel.",
    "Adresse à laquelle des informations complémentaires peuvent être obtenues : le ou les points de contact susmentionnés.",
    "Type de pouvoir adjudicateur : autorité régionale ou locale. Activité principale : services généraux des administrations publiques.",
    "Code CPV principal : 45000000. Type de marché : travaux. Lieu principal d'exécution : territoire communal.",
    "Description succincte : accord-cadre mono-attributaire à bons de commande, sans minimum et avec un maximum annuel.",
    "Ce marché peut faire l'objet d'une reconduction : oui ; nombre de reconductions : trois, par période d'un an.",
    "Des variantes seront prises en considération : non. Options : non.",
    "Le contrat s'inscrit dans un projet ou programme financé par des fonds de l'Union européenne : non.",
    "Type de procédure : procédure ouverte. Le marché est couvert par l'accord sur les marchés publics : oui.",
    "Date limite de réception des offres ou des demandes de participation. Langue pouvant être utilisée dans l'offre : français.",
    "Délai minimal pendant lequel le soumissionnaire est tenu de maintenir son offre : quatre mois à compter de la date limite de réception des offres.",
    "Modalités d'ouverture des offres : séance non publique.",
    "Niveaux spécifiques minimaux exigés : capacités professionnelles, références pour des prestations similaires.",
    "Les candidatures incomplètes pourront être régularisées dans un délai fixé par l'acheteur.",
    "Tranche ferme et tranches optionnelles ; nomenclature ; sommaire du dossier.",
    "Quantité ou étendue : fourniture de pièces détachées, d'accessoires et de consommables nécessaires à la maintenance des véhicules.",
    "Objet du marché : fourniture de produits et matériels horticoles pour l'entretien des terrains de sport.",
    "La consultation a pour objet la fourniture et la livraison de colis gourmands destinés aux aînés de la commune.",
    "Fourniture de caissons amovibles destinés au transport des déchets issus des déchèteries.",
    "Prestations de transport et de traitement des déchets valorisables issus du tri.",
    "Produits lessiviels et d'hygiène : caractéristiques principales et quantités estimatives.",
    "Fourniture et pose de la signalétique directionnelle et des panneaux de police.",
    "Certification de qualité exigée pour les panneaux de signalisation (marque NF ou équivalent).",
    "Correspondant : direction régionale de l'environnement, de l'aménagement et du logement, service achats.",
    "Direction de l'environnement et du développement durable, service des marchés, tél. 04 00 00 00 00.",
    "Connaissance et compréhension de l'environnement du client et de ses métiers.",
    "Le titulaire s'engage à informer son personnel des contrôles d'accès au site avant le début d'exécution.",
    "Fourniture et acheminement d'électricité pour les sites du pouvoir adjudicateur, y compris services associés.",
    "Repérage amiante avant travaux et analyse des enrobés avant intervention.",
    "Recrutement de personnel pour le compte de l'office (CDD et CDI) : passation de tests techniques et de personnalité.",
    "Prestations d'évaluation préalable au recrutement des demandeurs d'emploi pour le compte de l'opérateur public.",
    "Valeur technique appréciée au regard du mémoire technique : organisation, moyens, planning.",
    "Les offres sont classées par ordre décroissant ; l'offre la mieux classée est retenue.",
    "For lot 2 and 3, the framework agreement will be awarded to a single economic operator with a minimum and maximum value.",
    "Each lot is the subject of a multi-beneficiary framework agreement with a maximum of three economic operators.",
    "Section III : Renseignements d'ordre juridique, économique, financier et technique.",
    "Conditions de participation : habilitation à exercer l'activité professionnelle, y compris exigences relatives à l'inscription au registre du commerce.",
    "Capacité économique et financière : critères de sélection tels que mentionnés dans les documents de la consultation.",
]
SHORT_FRAGMENTS = [
    "13 août 2020", "Page 3 sur 12", "II.2.6) Valeur estimée", "Lot nº : 2", "Section IV : Procédure", "Annexe A",
    "Critères énoncés ci-dessous", "Prix :", "Critère de qualité", "Durée en mois : 36", "Code NUTS : FRK24",
    "Sommaire", "ARTICLE 4", "Fait à Lyon, le", "Signature du candidat", "Montant HT", "TVA 20 %", "Total TTC",
    "Descripteur principal : 90910000", "Numéro de référence : 2024-015", "Informations complémentaires :",
    "VI.3) INFORMATIONS COMPLÉMENTAIRES", "Objet", "Référence", "Néant", "Voir CCTP", "Cachet de l'entreprise",
]

fam("neg_notice_boiler", NEG, "notice / RC boilerplate (procedure, selection, remedies, objects)",
    ["{b1}", "{b1} {b2}", "{b1} {b2} {b3}", "{b1}\n{b2}", "{b1} {b2} {b3} {b4}"], 260, split=1, b1=NOTICE_BOILER, b2=NOTICE_BOILER, b3=NOTICE_BOILER, b4=NOTICE_BOILER)
fam("neg_fragments", NEG, "short fragments: dates, headings, numbers", ["{f}", "{f} {f2}"], 60, split=1, f=SHORT_FRAGMENTS, f2=SHORT_FRAGMENTS)

CONFLICTING_NEG = {"neg_reserve_non"}

# --------------------------------------------------------------------------------------------
# Neutral context sentences (used to embed some passages inside longer paragraphs)
# --------------------------------------------------------------------------------------------
CONTEXT = [
    "Les dispositions ci-après complètent le CCAG applicable.",
    "Le présent article précise les obligations du titulaire.",
    "Sauf stipulation contraire, les délais sont exprimés en jours calendaires.",
    "Les documents sont remis en un exemplaire sous format électronique.",
    "Tout manquement sera constaté par procès-verbal.",
    "Le titulaire en informe le représentant de l'acheteur par écrit.",
    "Ces obligations s'appliquent pendant toute la durée du marché, y compris en cas de reconduction.",
    "Elles s'appliquent également aux sous-traitants.",
    "Les modalités sont précisées ci-dessous.",
    "Le titulaire ne peut se prévaloir d'une méconnaissance de ces dispositions.",
    "Le non-respect de ces stipulations peut entraîner la résiliation du marché aux torts du titulaire.",
    "Le représentant du pouvoir adjudicateur peut procéder à tout contrôle.",
]

HEADINGS = [
    "ARTICLE {n} - ", "Article {n} : ", "{n}. ", "{n} - ", "", "", "", "", "",
]
SECTION_TITLES = {
    CI: ["CLAUSE D'INSERTION", "Clause sociale d'insertion", "Action d'insertion professionnelle", "Conditions d'exécution à caractère social"],
    CS: ["Clause sociale", "Conditions d'exécution sociales", "Engagements sociaux du titulaire"],
    CE: ["Clause environnementale", "Dispositions environnementales", "Développement durable", "Gestion des déchets"],
    MR: ["Marché réservé", "Réservation du marché", "Conditions de participation"],
    CRS: ["Critères d'attribution", "Jugement des offres"],
    CRE: ["Critères d'attribution", "Jugement des offres"],
    None: ["Dispositions générales", "Obligations du titulaire", "Exécution des prestations", "Pièces à fournir", "Objet du marché", "Prix", "Clauses techniques"],
}

# --------------------------------------------------------------------------------------------
# Noise
# --------------------------------------------------------------------------------------------
ABBREV = [
    ("code de la commande publique", "CCP"), ("Code de la commande publique", "CCP"),
    ("article", "art."), ("Article", "Art."), ("numéro", "n°"),
    ("hors taxes", "HT"), ("Maison de l'emploi", "MDE"), ("structures d'insertion par l'activité économique", "SIAE"),
    ("entreprises adaptées", "EA"), ("pouvoir adjudicateur", "PA"), ("titulaire", "Titulaire"),
    ("pourcentage", "%"), ("code du travail", "C. trav."), ("établissements et services d'aide par le travail", "ESAT"),
]


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def hyphenate(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 8 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    w = words[i]
    cut = rng.randint(3, len(w) - 3)
    words[i] = w[:cut] + "-\n" + w[cut:]
    return " ".join(words)


def line_breaks(text: str, rng: random.Random) -> str:
    out = []
    col = 0
    width = rng.randint(45, 95)
    for w in text.split(" "):
        if col + len(w) > width and col:
            out.append("\n")
            col = 0
        elif out:
            out.append(" ")
        out.append(w)
        col += len(w) + 1
    return "".join(out)


def typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    k = rng.randint(1, len(w) - 2)
    op = rng.random()
    if op < 0.4:
        w = w[:k] + w[k + 1:]
    elif op < 0.7:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    else:
        w = w[:k] + w[k] + w[k:]
    words[i] = w
    return " ".join(words)


def noise(text: str, rng: random.Random) -> str:
    if rng.random() < 0.25:
        for a, b in ABBREV:
            if a in text and rng.random() < 0.5:
                text = text.replace(a, b)
    if rng.random() < 0.2:
        text = re.sub(r"(\d) heures\b", r"\1 h", text)
    if rng.random() < 0.15:
        text = typo(text, rng)
    if rng.random() < 0.12:
        text = text.replace("œ", "oe")
    if rng.random() < 0.12:
        text = text.replace("'", "’")
    if rng.random() < 0.12:
        text = strip_accents(text)
    if rng.random() < 0.07:
        text = text.upper()
    if rng.random() < 0.12:
        text = hyphenate(text, rng)
    if rng.random() < 0.15:
        text = line_breaks(text, rng)
    if rng.random() < 0.05:
        text = text.replace(" ", "  ", rng.randint(1, 3))
    return text


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------
SLOT = re.compile(r"\{([A-Za-z_0-9]+)\}")


def render(template: str, local: dict[str, list[str]], rng: random.Random) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(1)
        if key == "H":
            return hours_value(rng)
        if key == "WS":
            return rng.choice(["5", "10", "15", "20", "8", "3", "12", "6", "4", "2"])
        if key == "WB":
            return rng.choice(["30", "40", "50", "60", "35", "45"])
        if key == "bn":
            return big_number(rng)
        if key == "h" and "h" not in local:
            return hours_value(rng)
        if key == "cn":
            return rng.choice(S["crit_n"])
        if key == "pond":
            return rng.choice(S["pond"])
        if key in ("d",):
            return rng.choice(S["days"])
        if key == "osrv":
            return rng.choice(S["objet_srv"])
        if key in local:
            return rng.choice(local[key])
        if key in S:
            return rng.choice(S[key])
        if key == "w":
            return rng.choice(["5", "10", "15", "20"])
        raise KeyError(key)

    # nested templates (e.g. pond contains {w}) -> render until stable
    text = template
    for _ in range(4):
        new = SLOT.sub(sub, text)
        if new == text:
            break
        text = new
    # capitalise a sentence start produced by a lower-case slot
    return text[0].upper() + text[1:] if text else text


def frame(text: str, labels: list[str], rng: random.Random) -> str:
    """Sometimes wrap a passage with a heading and neutral context sentences."""
    r = rng.random()
    if r < 0.18:
        key = labels[-1] if labels else None
        if key == CS and CI in labels:
            key = CI
        if not labels and rng.random() < 0.35:
            # negatives also sit under "clause sociale"-like headings in real documents
            key = rng.choice(list(SECTION_TITLES))
        title = rng.choice(SECTION_TITLES.get(key, SECTION_TITLES[None]))
        head = rng.choice(HEADINGS).format(n=rng.randint(2, 24))
        text = f"{head}{title}\n{text}"
    elif r < 0.36:
        before = rng.random() < 0.5
        ctx = " ".join(rng.sample(CONTEXT, rng.randint(1, 2)))
        text = f"{ctx} {text}" if before else f"{text} {ctx}"
    elif r < 0.52:
        # inside a longer notice-like paragraph
        pre = " ".join(rng.sample(NOTICE_BOILER, rng.randint(0, 2)))
        post = " ".join(rng.sample(NOTICE_BOILER, rng.randint(1, 2)))
        text = f"{pre} {text} {post}".strip()
    return text


def norm_key(text: str) -> str:
    return " ".join(strip_accents(text).lower().split())


def generate(seed: int = 20260101) -> list[dict]:
    rows: list[dict] = []
    seen: set[str] = set()
    for name, group, labels, note, templates, local, n, split in F:
        rng = random.Random(seed + zlib.crc32(name.encode()))
        made = 0
        attempts = 0
        while made < n and attempts < n * 30:
            attempts += 1
            # cycle templates first so every template appears at least once
            tidx = made % len(templates) if made < len(templates) else rng.randrange(len(templates))
            template = templates[tidx]
            text = render(template, local, rng)
            text = frame(text, labels, rng)
            text = noise(text, rng)
            key = norm_key(text)
            if key in seen:
                continue
            seen.add(key)
            made += 1
            rows.append({
                "id": f"{name}-{made:03d}",
                "text": text,
                "labels": sorted(labels, key=ORDER.index),
                "group": f"{group}.{tidx % split}" if split > 1 else group,
                "note": note,
            })
    rows.extend(combos(seed, seen))
    return rows


def combos(seed: int, seen: set[str]) -> list[dict]:
    """Passages mixing two families (e.g. an insertion clause followed by a negation of the
    environmental clause, or a positive sentence inside a block of boilerplate), labelled with
    the union of the positive parts."""
    rng = random.Random(seed + 7)
    by_group = {name: (labels, templates, local, group, split) for name, group, labels, _, templates, local, _, split in F}
    # field / polarity / criterion frames are short items, not passages to embed
    pos_groups = [g for g, v in by_group.items() if v[0] and not g.startswith(("field_", "pol_", "res_field_", "crit_", "cond_"))]
    neg_groups = [g for g, v in by_group.items() if not v[0] and not g.startswith(("field_", "pol_", "res_field_", "crit_", "cond_"))]
    out = []
    i = 0
    attempts = 0
    while i < 120 and attempts < 2000:
        attempts += 1
        a = rng.choice(pos_groups)
        b = rng.choice([g for g in neg_groups if g not in CONFLICTING_NEG])
        la, ta, loca, ga, spa = by_group[a]
        lb, tb, locb, _, _ = by_group[b]
        ti = rng.randrange(len(ta))
        parts = [render(ta[ti], loca, rng), render(rng.choice(tb), locb, rng)]
        rng.shuffle(parts)
        text = noise("\n".join(parts) if rng.random() < 0.5 else " ".join(parts), rng)
        key = norm_key(text)
        if key in seen:
            continue
        seen.add(key)
        i += 1
        out.append({
            "id": f"mix_{a}__{b}-{i:03d}",
            "text": text,
            "labels": sorted(la, key=ORDER.index),
            "group": f"{ga}.{ti % spa}" if spa > 1 else ga,  # held out with its positive part
            "note": f"combination: {a} (positive) with {b} (negative context)",
        })
    return out


def main(argv: list[str] | None = None) -> int:
    rows = generate()
    out = Path(argv[0]) if argv else OUT
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter

    counts = Counter(label for r in rows for label in r["labels"])
    print(f"{len(rows)} passages, {len({r['group'] for r in rows})} groups -> {out}")
    for label in ["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale", "critere_environnemental"]:
        print(f"  {label}: {counts[label]}")
    print(f"  (no label): {sum(1 for r in rows if not r['labels'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
