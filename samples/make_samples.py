#!/usr/bin/env python3
"""Write the FICTITIOUS sample tender dossiers shipped in samples/.

Everything here is invented: "Ville d'Exempleville" does not exist, nor do its consultation
numbers, addresses, facilitator or web site. The wording imitates real French DCE wording so
that clausecheck has something realistic to show.

    python samples/make_samples.py            # (re)write samples/ next to this script
    python samples/make_samples.py --out DIR  # write elsewhere (tests, benchmarks)

Outputs (byte-for-byte reproducible: reportlab invariant mode, fixed ZIP/DOCX timestamps):

    dce-ville-exemple/RC.pdf     règlement de la consultation, 4 lots, lot 3 réservé SIAE (L2113-13)
    dce-ville-exemple/CCAP.pdf   art. 6.1.2 engagement d'insertion (1 200 h lot 1 + 350 h lot 2), clause env.
    dce-ville-exemple/CCTP.docx  technical clauses, with traps (insertion paysagère, environnement de recette, 400 h)
    dce-ville-exemple/AE.docx    acte d'engagement (blank form)
    dce-nettoyage.zip            RC.pdf + CCAP.pdf, cleaning services < 60 000 € HT, not divided, "Clauses sociales : Sans"
    dce-espaces-verts-scanne/CCAP-numerise.pdf  a scanned CCAP page (no text layer): insertion clause of
                                 420 hours, read by OCR (Tesseract)
    illisible/scan-sans-texte.pdf  a blank sheet scanned: no text layer and nothing OCR can read, reported
                                 as unknown whether Tesseract is installed or not

Needs reportlab, python-docx, Pillow and pypdfium2 (all in the project's dependencies).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import io
import zipfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # reproducible PDFs (fixed dates and IDs)

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

NBSP = "\u00a0"
BUYER = "Ville d'Exempleville"
FIXED_DATE = (2026, 3, 9, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------------------------

_base = getSampleStyleSheet()
STYLES = {
    "title": ParagraphStyle("t", parent=_base["Title"], fontName="Helvetica-Bold", fontSize=17, leading=22),
    "subtitle": ParagraphStyle("st", parent=_base["Normal"], fontName="Helvetica", fontSize=12, leading=16,
                               alignment=TA_CENTER, spaceAfter=6),
    "h1": ParagraphStyle("h1", parent=_base["Heading1"], fontName="Helvetica-Bold", fontSize=13, leading=17,
                         spaceBefore=12, spaceAfter=6),
    "h2": ParagraphStyle("h2", parent=_base["Heading2"], fontName="Helvetica-Bold", fontSize=11, leading=14,
                         spaceBefore=8, spaceAfter=4),
    "body": ParagraphStyle("b", parent=_base["Normal"], fontName="Helvetica", fontSize=10, leading=13.5,
                           alignment=TA_JUSTIFY, spaceAfter=5),
    "bullet": ParagraphStyle("bl", parent=_base["Normal"], fontName="Helvetica", fontSize=10, leading=13.5,
                             leftIndent=14, bulletIndent=4, spaceAfter=2),
    "cell": ParagraphStyle("c", parent=_base["Normal"], fontName="Helvetica", fontSize=9, leading=11.5),
    "cellb": ParagraphStyle("cb", parent=_base["Normal"], fontName="Helvetica-Bold", fontSize=9, leading=11.5),
}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_pdf(path: Path, blocks: list, header: str, footer: str, *, title: str, subject: str) -> None:
    """Write a PDF from simple blocks, with a running header and footer on every page.

    blocks: ("title"|"subtitle"|"h1"|"h2"|"p", text), ("raw", xml_text) for text that carries
    reportlab markup (forced <br/> line breaks), ("ul", [items]), ("table", rows, col_widths),
    ("break",) or ("space", points).
    """
    path.parent.mkdir(parents=True, exist_ok=True)

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        canvas.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        canvas.line(2 * cm, 1.55 * cm, A4[0] - 2 * cm, 1.55 * cm)
        canvas.drawString(2 * cm, 1.1 * cm, footer)
        canvas.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"Page {doc.page}")
        canvas.restoreState()

    story = []
    for block in blocks:
        kind = block[0]
        if kind in ("title", "subtitle", "h1", "h2"):
            story.append(Paragraph(_esc(block[1]), STYLES[kind]))
        elif kind == "p":
            story.append(Paragraph(_esc(block[1]), STYLES["body"]))
        elif kind == "raw":
            story.append(Paragraph(block[1], STYLES["body"]))
        elif kind == "ul":
            for item in block[1]:
                story.append(Paragraph(_esc(item), STYLES["bullet"], bulletText="–"))
            story.append(Spacer(1, 4))
        elif kind == "table":
            rows, widths = block[1], block[2]
            data = [[Paragraph(_esc(c), STYLES["cellb" if i == 0 else "cell"]) for c in row]
                    for i, row in enumerate(rows)]
            table = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6EEF5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(KeepTogether([table, Spacer(1, 8)]))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "space":
            story.append(Spacer(1, block[1]))
        else:  # pragma: no cover - programming error
            raise ValueError(kind)

    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm,
        bottomMargin=2.2 * cm, title=title, author=BUYER, subject=subject, creator="samples/make_samples.py",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def eur(amount: int) -> str:
    """French thousands separator (no-break space), as word processors write it."""
    return f"{amount:,}".replace(",", NBSP) + f"{NBSP}€"


# ---------------------------------------------------------------------------------------------
# Dossier 1: Ville d'Exempleville, réhabilitation du groupe scolaire Jules-Ferry (travaux, 4 lots)
# ---------------------------------------------------------------------------------------------

CONSULT = "2026-TRX-014"
OBJET = "Réhabilitation et extension du groupe scolaire Jules-Ferry"
LOTS = [
    (1, "Démolition – Gros œuvre – Maçonnerie", 612_000),
    (2, "Menuiseries extérieures – Serrurerie – Gestion technique du bâtiment", 214_500),
    (3, "Peinture – Revêtements muraux et sols souples", 86_000),
    (4, "Aménagements paysagers – Espaces verts", 47_500),
]
TOTAL = sum(a for _, _, a in LOTS)  # 960 000 € HT


def rc_blocks() -> list:
    lot_rows = [["Lot", "Désignation", "Montant estimé (€ HT)", "Observations"]]
    for n, name, amount in LOTS:
        note = "Lot réservé aux SIAE (art. L2113-13 du CCP)" if n == 3 else (
            "Clause d'insertion (CCAP art. 6.1.2)" if n in (1, 2) else "–")
        lot_rows.append([f"Lot n° {n}", name, eur(amount), note])
    lot_rows.append(["Total", "Ensemble des lots", eur(TOTAL), ""])

    return [
        ("title", "RÈGLEMENT DE LA CONSULTATION (RC)"),
        ("subtitle", BUYER),
        ("subtitle", "Direction de la commande publique – Hôtel de Ville – 1, place de la Mairie – 99000 Exempleville"),
        ("space", 12),
        ("subtitle", f"Objet de la consultation : {OBJET}"),
        ("subtitle", f"Consultation n° {CONSULT} – Marché public de travaux"),
        ("subtitle", "Procédure adaptée ouverte (articles L2123-1 et R2123-1 1° du code de la commande publique)"),
        ("space", 18),
        ("table", [
            ["Étape", "Date"],
            ["Date d'envoi de l'avis à la publication", "9 mars 2026"],
            ["Visite facultative du site", "18 mars 2026 à 10h00"],
            ["Date limite de réception des questions", "1er avril 2026 à 12h00"],
            ["Date limite de remise des offres", "10 avril 2026 à 12h00"],
            ["Démarrage prévisionnel des travaux", "6 juillet 2026"],
        ], [9, 7]),
        ("p", "Le présent document est un exemple fictif produit pour la démonstration du logiciel "
              "clausecheck. Toute ressemblance avec une consultation réelle serait fortuite."),
        ("break",),
        ("h1", "Article 1 – Objet et étendue de la consultation"),
        ("h2", "1.1 Objet"),
        ("p", f"La présente consultation porte sur la {OBJET[0].lower() + OBJET[1:]}, situé 12, rue des "
              "Tilleuls à Exempleville. L'opération comprend la démolition d'un préau, la construction d'une "
              "extension de deux salles de classe, le remplacement des menuiseries extérieures, la réfection des "
              "peintures et des sols et l'aménagement paysager de la cour."),
        ("p", "Classification CPV principale : 45214210-5 (Travaux de construction d'écoles primaires)."),
        ("h2", "1.2 Procédure"),
        ("p", "La consultation est passée selon une procédure adaptée ouverte en application des articles L2123-1 "
              "et R2123-1 1° du code de la commande publique. Le pouvoir adjudicateur se réserve la possibilité "
              "de négocier avec les trois candidats ayant présenté les offres les mieux classées ; il peut "
              "également attribuer le marché sur la base des offres initiales, sans négociation."),
        ("h2", "1.3 Décomposition en lots"),
        ("p", "Les travaux sont répartis en quatre (4) lots, conformément à l'article L2113-10 du code de la "
              "commande publique. Chaque lot fera l'objet d'un marché distinct. Les candidats peuvent "
              "soumissionner pour un ou plusieurs lots. Le montant total estimé de l'opération est de "
              f"{eur(TOTAL)} HT, réparti comme suit :"),
        ("table", lot_rows, [2, 7.3, 3.3, 4.4]),
        ("h2", "1.4 Lot réservé"),
        ("p", "En application de l'article L2113-13 du code de la commande publique, le lot n° 3 « Peinture – "
              "Revêtements muraux et sols souples » est réservé aux structures d'insertion par l'activité "
              "économique (SIAE) mentionnées à l'article L5132-4 du code du travail ainsi qu'aux structures "
              "équivalentes, lorsqu'elles emploient une proportion minimale de 50 % de travailleurs défavorisés "
              "(article R2113-7 du code de la commande publique). Les candidats à ce lot joignent à leur "
              "candidature tout document justifiant de leur conventionnement au titre de l'insertion par "
              "l'activité économique."),
        ("h2", "1.5 Variantes et prestations supplémentaires éventuelles"),
        ("p", "Les variantes à l'initiative des candidats ne sont pas autorisées. Aucune prestation "
              "supplémentaire éventuelle n'est prévue."),
        ("h2", "1.6 Délais d'exécution"),
        ("p", "Le délai global d'exécution des travaux est de quatorze (14) mois à compter de la date fixée par "
              "l'ordre de service de démarrage, période de préparation d'un mois incluse. Les délais propres à "
              "chaque lot sont fixés par le calendrier détaillé d'exécution."),
        ("h1", "Article 2 – Conditions de la consultation"),
        ("h2", "2.1 Délai de validité des offres"),
        ("p", "Le délai de validité des offres est fixé à cent vingt (120) jours à compter de la date limite de "
              "remise des offres, soit jusqu'au 8 août 2026."),
        ("h2", "2.2 Clause sociale d'insertion"),
        ("p", "Les lots n° 1 et n° 2 comportent une clause sociale d'insertion par laquelle le titulaire "
              "s'engage à réserver une part des heures de travail générées par le marché à des personnes "
              "éloignées de l'emploi, dans les conditions fixées à l'article 6.1.2 du CCAP. Le volume d'heures "
              "d'insertion est de 1 200 heures pour le lot n° 1 et de 350 heures pour le lot n° 2. La Maison "
              "de l'emploi d'Exempleville accompagne gratuitement les entreprises dans la mise en œuvre de cette "
              "clause."),
        ("h2", "2.3 Conditions environnementales d'exécution"),
        ("p", "Tous les lots sont soumis aux conditions environnementales d'exécution de l'article 6.2 du CCAP "
              "(tri et traçabilité des déchets de chantier, véhicules de livraison à faibles émissions)."),
        ("h2", "2.4 Avance et modalités de paiement"),
        ("p", "Une avance de 20 % du montant initial toutes taxes comprises est accordée au titulaire lorsque le "
              "montant initial du lot est supérieur à 50 000 € HT et que le délai d'exécution est supérieur à "
              "deux mois, sauf renonciation expresse de sa part dans l'acte d'engagement. Les sommes dues sont "
              "payées dans un délai global de trente (30) jours par mandat administratif, sur le budget "
              "d'investissement de la Ville (autorisation de programme AP 2026-03)."),
        ("h2", "2.5 Forme juridique du groupement"),
        ("p", "En cas de groupement, la forme souhaitée est le groupement conjoint avec mandataire solidaire. "
              "Un même opérateur ne peut être mandataire de plus d'un groupement pour un même lot."),
        ("h1", "Article 3 – Contenu du dossier de consultation"),
        ("ul", [
            "le présent règlement de la consultation (RC) ;",
            "l'acte d'engagement (AE), un par lot ;",
            "le cahier des clauses administratives particulières (CCAP) commun à tous les lots ;",
            "le cahier des clauses techniques particulières (CCTP) ;",
            "les décompositions du prix global et forfaitaire (DPGF), une par lot ;",
            "les plans de l'existant et du projet ; le rapport de repérage amiante avant travaux.",
        ]),
        ("p", "Le dossier est téléchargeable gratuitement sur le profil d'acheteur de la Ville : "
              "https://marches.exempleville.example (adresse fictive)."),
        ("h1", "Article 4 – Présentation des candidatures et des offres"),
        ("h2", "4.1 Pièces de la candidature"),
        ("ul", [
            "la lettre de candidature (formulaire DC1) ou le document unique de marché européen (DUME) ;",
            "la déclaration du candidat (formulaire DC2) ;",
            "les attestations d'assurance de responsabilité civile et décennale en cours de validité ;",
            "des références de travaux de nature et de montant comparables exécutés au cours des cinq "
            "dernières années, avec attestations de bonne exécution.",
        ]),
        ("h2", "4.2 Niveaux minimaux de capacité"),
        ("p", "Les candidats doivent justifier d'un chiffre d'affaires annuel minimal, calculé sur la moyenne "
              "des trois derniers exercices disponibles, de 900 000 € HT pour le lot n° 1 et de 300 000 € HT "
              "pour le lot n° 2. Aucun chiffre d'affaires minimal n'est exigé pour les lots n° 3 et n° 4. Ces "
              "niveaux n'excèdent pas une fois et demie la valeur estimée de chaque lot (article R2142-7)."),
        ("h2", "4.3 Pièces de l'offre"),
        ("ul", [
            "l'acte d'engagement complété et signé ;",
            "la DPGF du lot concerné ;",
            "un mémoire technique répondant aux sous-critères de l'article 5 ;",
            "une note d'engagement en matière d'insertion (lots n° 1 et n° 2), précisant les modalités de "
            "réalisation envisagées, l'encadrement et les actions de formation prévues ;",
            "une note environnementale décrivant la gestion des déchets et le plan de déplacements du chantier.",
        ]),
        ("h1", "Article 5 – Jugement des offres"),
        ("p", "Les offres sont jugées lot par lot. L'offre économiquement la plus avantageuse est choisie en "
              "fonction des critères pondérés suivants (article R2152-7 du code de la commande publique) :"),
        ("table", [
            ["Critère", "Pondération"],
            ["Prix des prestations (DPGF)", "45 %"],
            ["Valeur technique (mémoire technique)", "30 %"],
            ["Performance en matière d'insertion professionnelle des publics en difficulté", "15 %"],
            ["Performances environnementales", "10 %"],
        ], [12, 4]),
        ("p", "Critère « Valeur technique » (30 points) : méthodologie et organisation du chantier (15 points), "
              "moyens humains et matériels affectés (10 points), planning détaillé (5 points)."),
        ("p", "Performance en matière d'insertion professionnelle : 15 %. Ce critère est apprécié au vu de la "
              "note d'engagement : modalités d'accueil et d'encadrement des personnes en insertion, désignation "
              "d'un tuteur, actions de formation qualifiantes proposées, perspectives d'emploi durable à l'issue "
              "du chantier. Pour le lot n° 3, réservé, ce critère apprécie le parcours d'accompagnement proposé."),
        ("p", "Performances environnementales : 10 %. Ce critère est apprécié au vu de la note "
              "environnementale : taux de valorisation des déchets visé, origine et caractéristiques "
              "environnementales des matériaux (bois certifié, peintures à faible émission de COV), limitation "
              "des nuisances sonores et des déplacements."),
        ("p", "Le prix est noté selon la formule : note = 45 × (prix de l'offre la moins-disante / prix de l'offre "
              "examinée). Toute offre anormalement basse fera l'objet d'une demande de précisions "
              "conformément aux articles R2152-3 et suivants."),
        ("h1", "Article 6 – Conditions d'envoi et de remise des plis"),
        ("p", "La transmission des plis se fait exclusivement par voie électronique sur le profil d'acheteur. "
              "Les offres reçues après la date et l'heure limites du 10 avril 2026 à 12h00 ne seront pas "
              "examinées. La signature électronique n'est exigée que de l'attributaire, au stade de "
              "l'attribution."),
        ("h1", "Article 7 – Renseignements complémentaires"),
        ("p", "Les questions sont posées sur le profil d'acheteur au plus tard le 1er avril 2026 à 12h00. Une "
              "réponse est communiquée à tous les candidats ayant retiré le dossier au plus tard six jours avant "
              "la date limite de remise des offres."),
        ("p", "Instance chargée des procédures de recours : Tribunal administratif d'Exempleville (juridiction "
              "fictive), 3 allée de la Justice, 99000 Exempleville. Référé précontractuel (article L551-1 du "
              "code de justice administrative) jusqu'à la signature du marché."),
    ]


def ccap_blocks() -> list:
    return [
        ("title", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES (CCAP)"),
        ("subtitle", BUYER),
        ("subtitle", f"{OBJET} – Consultation n° {CONSULT}"),
        ("subtitle", "Marché public de travaux – Procédure adaptée – Lots n° 1 à 4"),
        ("space", 10),
        ("h1", "Article 1 – Objet du marché – Dispositions générales"),
        ("h2", "1.1 Objet"),
        ("p", f"Les stipulations du présent CCAP concernent la {OBJET[0].lower() + OBJET[1:]} (consultation "
              f"n° {CONSULT}). Elles sont communes aux quatre lots définis au règlement de la consultation."),
        ("h2", "1.2 Décomposition en lots"),
        ("p", "Le marché est alloti en quatre lots : lot n° 1 Démolition – Gros œuvre – Maçonnerie ; lot n° 2 "
              "Menuiseries extérieures – Serrurerie – Gestion technique du bâtiment ; lot n° 3 Peinture – "
              "Revêtements muraux et sols souples (lot réservé, article L2113-13) ; lot n° 4 Aménagements "
              "paysagers – Espaces verts."),
        ("h2", "1.3 Cahier des clauses administratives générales"),
        ("p", "Le CCAG applicable est le cahier des clauses administratives générales des marchés publics de "
              "travaux (CCAG-Travaux) approuvé par l'arrêté du 30 mars 2021. Les dérogations au CCAG sont "
              "récapitulées à l'article 11."),
        ("h1", "Article 2 – Pièces constitutives du marché"),
        ("ul", [
            "l'acte d'engagement (AE) et ses annexes éventuelles ;",
            "le présent CCAP ;",
            "le CCTP et ses annexes (plans, rapport de repérage amiante) ;",
            "la décomposition du prix global et forfaitaire (DPGF) ;",
            "le CCAG-Travaux ;",
            "le mémoire technique, la note d'engagement en matière d'insertion et la note environnementale "
            "du titulaire.",
        ]),
        ("h1", "Article 3 – Prix et modalités de règlement"),
        ("h2", "3.1 Forme des prix"),
        ("p", "Le marché est conclu à prix global et forfaitaire. Les prix sont révisables mensuellement par "
              "application de l'index BT01 (lots n° 1 et 2) ou BT46 (lot n° 3) et TP01 (lot n° 4), selon la "
              "formule P = P0 × (0,15 + 0,85 × I(d-3) / I0)."),
        ("h2", "3.2 Avance"),
        ("p", "Une avance de 20 % du montant initial TTC est versée au titulaire dans les conditions des "
              "articles R2191-3 et suivants, sauf renonciation dans l'acte d'engagement. Son remboursement "
              "commence lorsque le montant des prestations exécutées atteint 65 % du montant initial."),
        ("h2", "3.3 Retenue de garantie"),
        ("p", "Une retenue de garantie de 5 % du montant initial du marché est prélevée sur les acomptes. Elle "
              "peut être remplacée par une garantie à première demande ou une caution personnelle et solidaire."),
        ("h2", "3.4 Délai de paiement"),
        ("p", "Le délai global de paiement est de trente (30) jours. Le dépassement ouvre droit aux intérêts "
              "moratoires au taux de la Banque centrale européenne majoré de huit points et à l'indemnité "
              "forfaitaire de 40 € pour frais de recouvrement."),
        ("h1", "Article 4 – Délais d'exécution"),
        ("p", "Le délai global d'exécution est de quatorze (14) mois à compter de l'ordre de service de "
              "démarrage, dont une période de préparation d'un (1) mois. La réception des travaux des lots n° 1 à "
              "3 doit intervenir au plus tard le 21 août 2027 pour permettre la rentrée scolaire."),
        ("h1", "Article 5 – Pénalités"),
        ("p", "Par dérogation à l'article 19.2.1 du CCAG-Travaux, le titulaire encourt, en cas de retard dans "
              "l'exécution, une pénalité journalière de 1/3 000 du montant HT de son marché. L'absence non "
              "excusée aux réunions de chantier donne lieu à une pénalité forfaitaire de 150 € HT par absence. "
              "Les pénalités ne sont pas plafonnées."),
        ("break",),
        ("h1", "Article 6 – Conditions particulières d'exécution"),
        ("h2", "6.1 Clause sociale"),
        ("h2", "Article 6.1.1 – Objet"),
        ("p", "En application de l'article L2112-2 du code de la commande publique, le pouvoir adjudicateur "
              "fait de la promotion de l'emploi des personnes rencontrant des difficultés sociales ou "
              "professionnelles particulières une condition d'exécution du marché, pour les lots n° 1 et n° 2."),
        ("h2", "Article 6.1.2 – Engagement d'insertion sociale"),
        ("p", "Le titulaire s'engage à consacrer une part des heures de travail générées par le marché à une "
              "action d'insertion professionnelle. Le nombre d'heures d'insertion à réaliser est fixé à :"),
        ("ul", [
            "lot n° 1 (Démolition – Gros œuvre – Maçonnerie) : 1 200 heures de travail d'insertion ;",
            "lot n° 2 (Menuiseries extérieures – Serrurerie – GTB) : 350 heures de travail d'insertion.",
        ]),
        ("p", "Publics éligibles. Peuvent être comptabilisées les heures de travail réalisées par : les "
              "demandeurs d'emploi de longue durée (plus de douze mois d'inscription) ; les bénéficiaires du "
              "revenu de solidarité active (RSA), de l'allocation de solidarité spécifique (ASS) ou de "
              "l'allocation aux adultes handicapés (AAH) ; les travailleurs reconnus handicapés ; les jeunes de "
              "moins de 26 ans sans qualification ; les demandeurs d'emploi de plus de 50 ans ; les personnes "
              "résidant dans un quartier prioritaire de la politique de la ville ; les salariés en parcours "
              "dans une structure d'insertion par l'activité économique ou un groupement d'employeurs pour "
              "l'insertion et la qualification (GEIQ). L'éligibilité est validée préalablement par le "
              "facilitateur."),
        ("p", "Modalités de mise en œuvre. Le titulaire choisit librement l'une ou plusieurs des modalités "
              "suivantes :"),
        ("ul", [
            "l'embauche directe, sous contrat à durée indéterminée, à durée déterminée, d'apprentissage ou "
            "de professionnalisation, de personnes relevant des publics éligibles ;",
            "la mise à disposition de salariés par une entreprise de travail temporaire d'insertion (ETTI), "
            "une association intermédiaire (AI) ou un GEIQ ;",
            "la sous-traitance ou la co-traitance d'une partie des prestations à une structure d'insertion "
            "par l'activité économique (SIAE) ou à une entreprise adaptée.",
        ]),
        ("raw", "Lorsque le titulaire envisage de recourir à la sous-<br/>traitance pour satisfaire tout ou "
                "partie de son engagement, il le déclare dans les conditions de l'article 7 et précise le "
                "nombre d'heures confiées au sous-traitant."),
        ("p", "Facilitateur. La Maison de l'emploi d'Exempleville (fictive) désigne un facilitateur chargé "
              "d'informer le titulaire, de l'aider à identifier les candidats, de valider leur éligibilité et "
              "de suivre l'exécution de la clause. Contact : facilitateur@maison-emploi-exempleville.example."),
        ("raw", "Suivi. Le titulaire transmet chaque mois au facilitateur un état nominatif des heures "
                "d'inser-<br/>tion réalisées, accompagné des justificatifs (contrats, relevés d'heures). Un "
                "bilan final est remis avec le projet de décompte final."),
        ("p", "Pénalités. En cas de non-respect de son engagement d'insertion, le titulaire encourt, par "
              "dérogation à l'article 19 du CCAG-Travaux, une pénalité de 60 € HT par heure d'insertion non "
              "réalisée, ainsi qu'une pénalité de 100 € HT par jour de retard dans la transmission des "
              "documents de suivi, après mise en demeure restée sans effet pendant quinze jours."),
        ("h2", "6.2 Conditions environnementales d'exécution"),
        ("p", "Conformément à l'article L2112-2 du code de la commande publique, le titulaire respecte les "
              "conditions environnementales suivantes pendant toute la durée du chantier :"),
        ("ul", [
            "tri des déchets à la source en cinq flux au minimum (bois, métaux, plâtre, minéraux, déchets non "
            "dangereux en mélange) dans des bennes identifiées, et traçabilité par bordereaux de suivi des "
            "déchets transmis au maître d'œuvre ;",
            "un taux de valorisation matière d'au moins 70 % en masse des déchets non dangereux, justifié à la "
            "réception ;",
            "utilisation, pour les livraisons et les déplacements sur le chantier, de véhicules de catégorie "
            "Crit'Air 1 ou électriques ; les moteurs sont coupés pendant les opérations de chargement ;",
            "limitation des nuisances sonores, interdiction des travaux bruyants pendant les heures de classe "
            "lorsque les locaux voisins sont occupés ;",
            "absence de rejet dans les réseaux d'eaux pluviales ; les eaux de lavage des outils sont décantées.",
        ]),
        ("p", "Le non-respect de ces conditions, constaté contradictoirement, donne lieu à une pénalité de "
              "200 € HT par constat."),
        ("h2", "6.3 Confidentialité et protection des données"),
        ("p", "Le titulaire est tenu à une obligation de confidentialité pour les informations relatives aux "
              "élèves et au personnel dont il pourrait avoir connaissance à l'occasion du chantier."),
        ("h1", "Article 7 – Sous-traitance"),
        ("p", "Le titulaire peut sous-traiter l'exécution de certaines parties du marché, sous réserve de "
              "l'acceptation du sous-traitant et de l'agrément de ses conditions de paiement par le pouvoir "
              "adjudicateur (articles L2193-1 et suivants). Le sous-traitant direct dont le montant de la "
              "créance est égal ou supérieur à 600 € TTC bénéficie du paiement direct."),
        ("h1", "Article 8 – Réception"),
        ("p", "La réception a lieu dans les conditions de l'article 41 du CCAG-Travaux. Les opérations "
              "préalables à la réception sont organisées lot par lot. Le dossier des ouvrages exécutés est remis "
              "au plus tard à la date de la réception."),
        ("h1", "Article 9 – Assurances"),
        ("p", "Le titulaire justifie, dans un délai de quinze jours à compter de la notification et avant tout "
              "commencement d'exécution, d'une assurance de responsabilité civile professionnelle et d'une "
              "assurance de responsabilité décennale couvrant les ouvrages du lot."),
        ("h1", "Article 10 – Résiliation"),
        ("p", "Les stipulations des articles 46 à 50 du CCAG-Travaux sont applicables. Le manquement répété à "
              "l'engagement d'insertion de l'article 6.1.2 peut constituer une faute justifiant la résiliation "
              "aux torts du titulaire, après mise en demeure."),
        ("h1", "Article 11 – Dérogations au CCAG-Travaux"),
        ("table", [
            ["Article du CCAP", "Article du CCAG-Travaux auquel il est dérogé"],
            ["Article 5", "Article 19.2.1 (pénalités de retard)"],
            ["Article 6.1.2", "Article 19 (pénalités relatives à l'insertion)"],
            ["Article 6.2", "Article 19 (pénalités environnementales)"],
        ], [6, 10]),
        ("space", 14),
        ("p", "Lu et accepté par le titulaire, à ............................ le ............................"),
    ]


# ---------------------------------------------------------------------------------------------
# DOCX helpers (CCTP, AE)
# ---------------------------------------------------------------------------------------------

def _docx_doc(header: str, footer: str):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer
    props = doc.core_properties
    props.author = BUYER
    props.last_modified_by = BUYER
    props.created = _dt.datetime(*FIXED_DATE)
    props.modified = _dt.datetime(*FIXED_DATE)
    props.revision = 1
    return doc


def _docx_table(doc, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def _save_docx_reproducibly(doc, path: Path) -> None:
    """python-docx stamps ZIP entries with the current time: rewrite them with a fixed one."""
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))


def write_cctp(path: Path) -> None:
    doc = _docx_doc(f"{BUYER} – {OBJET}", f"CCTP – Consultation n° {CONSULT} – Document fictif de démonstration")
    doc.add_heading("CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES (CCTP)", level=0)
    doc.add_paragraph(f"{BUYER} – {OBJET}")
    doc.add_paragraph(f"Consultation n° {CONSULT} – Lots n° 1 à 4")

    doc.add_heading("1. Généralités", level=1)
    doc.add_heading("1.1 Objet du CCTP", level=2)
    doc.add_paragraph(
        "Le présent cahier définit les spécifications techniques des ouvrages à réaliser pour la réhabilitation "
        "et l'extension du groupe scolaire Jules-Ferry. Il complète les plans et la DPGF de chaque lot.")
    doc.add_heading("1.2 Normes et documents de référence", level=2)
    doc.add_paragraph(
        "Les ouvrages sont exécutés conformément aux documents techniques unifiés (DTU) en vigueur à la date de "
        "remise des offres, aux normes NF et aux règles de l'art, notamment : NF DTU 20.1 (ouvrages en maçonnerie "
        "de petits éléments), NF DTU 36.5 (mise en œuvre des fenêtres et portes extérieures), NF DTU 59.1 "
        "(revêtements de peinture en feuil mince), NF P 98-332 (règles de distance entre les réseaux et les "
        "végétaux).")
    doc.add_heading("1.3 Accessibilité", level=2)
    doc.add_paragraph(
        "Les ouvrages respectent les règles d'accessibilité aux personnes handicapées des établissements "
        "recevant du public (arrêté du 20 avril 2017) : cheminements extérieurs, largeur des portes, "
        "ressauts inférieurs à 2 cm, contrastes visuels des nez de marche et des portes vitrées.")

    doc.add_heading("2. Lot n° 1 – Démolition – Gros œuvre – Maçonnerie", level=1)
    doc.add_heading("2.1 Démolitions", level=2)
    doc.add_paragraph(
        "Le titulaire procède à la démolition du préau existant (structure métallique et couverture en bac acier) "
        "après dépose des équipements. Le rapport de repérage amiante ne fait apparaître aucun matériau amianté "
        "dans l'emprise des démolitions.")
    doc.add_heading("2.2 Bétons et mortiers", level=2)
    doc.add_paragraph("Les caractéristiques minimales des bétons sont les suivantes :")
    _docx_table(doc, [
        ["Ouvrage", "Classe de résistance", "Classe d'exposition", "Observations"],
        ["Fondations superficielles", "C25/30", "XC2", "Semelles filantes, béton de propreté 5 cm"],
        ["Dallage sur terre-plein", "C25/30", "XC1", "Épaisseur 15 cm, treillis soudé ST 25 C"],
        ["Voiles et poteaux", "C30/37", "XC4", "Parement soigné en façade"],
        ["Mortier de hourdage", "M10", "–", "Blocs béton creux B40"],
    ])
    doc.add_paragraph(
        "Les ciments employés sont de type CEM II ou CEM III. Les essais de convenance sont à la charge du "
        "titulaire.")

    doc.add_heading("3. Lot n° 2 – Menuiseries extérieures – Serrurerie – GTB", level=1)
    doc.add_heading("3.1 Menuiseries", level=2)
    doc.add_paragraph(
        "Menuiseries en aluminium à rupture de pont thermique, coefficient Uw ≤ 1,3 W/m².K, vitrages 4/16/4 à "
        "isolation renforcée avec gaz argon, classement AEV minimal A*3 E*7B V*A2.")
    doc.add_heading("3.2 Gestion technique du bâtiment", level=2)
    doc.add_paragraph(
        "Le titulaire fournit et paramètre la supervision de gestion technique du bâtiment (GTB) des nouvelles "
        "salles. Avant toute mise en production, le paramétrage est validé dans un environnement de recette "
        "distinct, mis à disposition par le titulaire, sur lequel la Ville réalise les tests de vérification "
        "d'aptitude. Les données d'exploitation restent la propriété de la Ville.")

    doc.add_heading("4. Lot n° 3 – Peinture – Revêtements", level=1)
    doc.add_paragraph(
        "Préparation des fonds (lessivage, rebouchage, ponçage), impression et deux couches de finition "
        "velours. Revêtements de sols souples en lés PVC U3P3, classement au feu Bfl-s1, remontées en plinthes "
        "de 10 cm. Les teintes sont choisies par le maître d'œuvre sur présentation d'échantillons.")

    doc.add_heading("5. Lot n° 4 – Aménagements paysagers – Espaces verts", level=1)
    doc.add_paragraph(
        "L'insertion paysagère de l'extension est assurée par une haie champêtre d'essences locales (charme, "
        "noisetier, cornouiller) et par la plantation de trois arbres de haute tige dans la cour. La qualité de "
        "l'insertion paysagère des ouvrages est vérifiée par le maître d'œuvre au terme de la première année "
        "de garantie de reprise.")
    _docx_table(doc, [
        ["Végétal", "Force", "Quantité", "Garantie de reprise"],
        ["Tilleul à petites feuilles (Tilia cordata)", "16/18 tige", "3", "1 an"],
        ["Haie champêtre mélangée", "60/80 godet", "120", "1 an"],
        ["Gazon rustique", "–", "450 m²", "jusqu'à la 2e tonte"],
    ])

    doc.add_heading("6. Hygiène, sécurité et coordination", level=1)
    doc.add_paragraph(
        "L'opération est soumise à coordination en matière de sécurité et de protection de la santé (SPS) de "
        "niveau 2. Chaque titulaire remet son plan particulier de sécurité et de protection de la santé (PPSPS) "
        "au coordonnateur avant toute intervention.")
    doc.add_paragraph(
        "Les interventions dans les locaux scolaires restés en fonctionnement donnent lieu à l'établissement "
        "d'un plan de prévention écrit lorsque les travaux à effectuer représentent un nombre total d'heures "
        "de travail prévisible égal au moins à 400 heures sur une période de douze mois, conformément à "
        "l'article R4512-7 du code du travail.")
    doc.add_paragraph(
        "Le titulaire maintient le chantier propre ; les cheminements des élèves sont séparés de la zone de "
        "travaux par des clôtures pleines de 2 m de hauteur.")
    _save_docx_reproducibly(doc, path)


def write_ae(path: Path) -> None:
    doc = _docx_doc(f"{BUYER} – Acte d'engagement", f"AE – Consultation n° {CONSULT} – Document fictif")
    doc.add_heading("ACTE D'ENGAGEMENT (AE)", level=0)
    doc.add_paragraph(f"Marché public de travaux – {OBJET}")
    doc.add_paragraph(f"Consultation n° {CONSULT} – Procédure adaptée")
    doc.add_heading("A – Objet de l'acte d'engagement", level=1)
    doc.add_paragraph("Le présent acte d'engagement concerne le lot n° ..... : ...................................")
    doc.add_heading("B – Identification de l'acheteur", level=1)
    doc.add_paragraph(f"{BUYER}, représentée par son Maire en exercice, Hôtel de Ville, 1, place de la Mairie, "
                      "99000 Exempleville. Comptable assignataire : Trésorerie municipale d'Exempleville.")
    doc.add_heading("C – Engagement du titulaire", level=1)
    doc.add_paragraph(
        "Après avoir pris connaissance des pièces constitutives du marché, le signataire s'engage, sur la base de "
        "son offre et pour son propre compte (ou pour le compte du groupement), à exécuter les travaux dans les "
        "conditions ci-après définies. L'offre ainsi présentée ne le lie toutefois que si son acceptation lui "
        "est notifiée dans un délai de 120 jours à compter de la date limite de remise des offres.")
    _docx_table(doc, [
        ["Rubrique", "À compléter par le candidat"],
        ["Nom commercial et dénomination sociale", ""],
        ["Adresse de l'établissement", ""],
        ["Numéro SIRET", ""],
        ["Montant de l'offre HT", "................ €"],
        ["TVA (20 %)", "................ €"],
        ["Montant de l'offre TTC", "................ €"],
    ])
    doc.add_heading("D – Délai d'exécution", level=1)
    doc.add_paragraph("Le délai d'exécution est celui fixé à l'article 4 du CCAP.")
    doc.add_heading("E – Avance", level=1)
    doc.add_paragraph("Le titulaire renonce au bénéfice de l'avance :   ☐ Non   ☐ Oui")
    doc.add_heading("F – Paiement", level=1)
    doc.add_paragraph("Les sommes dues sont versées au compte ouvert au nom de : .................. "
                      "IBAN : FR76 .... .... .... .... .... ... (joindre un RIB)")
    doc.add_heading("G – Signature", level=1)
    doc.add_paragraph("Fait en un seul original, à ........................, le ........................")
    doc.add_paragraph("Signature du candidat (signature électronique exigée de l'attributaire seulement)")
    doc.add_paragraph("Acceptation de l'offre par le pouvoir adjudicateur : le Maire, ou son représentant.")
    _save_docx_reproducibly(doc, path)


# ---------------------------------------------------------------------------------------------
# Dossier 2: nettoyage de la médiathèque (services, < 60 000 € HT, not divided, no social clause)
# ---------------------------------------------------------------------------------------------

N_CONSULT = "2026-SRV-031"
N_OBJET = "Nettoyage et entretien des locaux de la médiathèque municipale Louise-Michel"


def nettoyage_rc_blocks() -> list:
    return [
        ("title", "RÈGLEMENT DE LA CONSULTATION"),
        ("subtitle", BUYER),
        ("subtitle", f"Objet : {N_OBJET}"),
        ("subtitle", f"Consultation n° {N_CONSULT} – Marché public de services"),
        ("subtitle", "Procédure adaptée (article R2123-1 1° du code de la commande publique)"),
        ("space", 10),
        ("table", [
            ["Étape", "Date"],
            ["Date d'envoi de la consultation", "4 mai 2026"],
            ["Date limite de remise des offres", "29 mai 2026 à 12h00"],
            ["Début d'exécution", "1er juillet 2026"],
        ], [9, 7]),
        ("h1", "Article 1 – Objet de la consultation"),
        ("p", "La consultation porte sur le nettoyage quotidien et l'entretien périodique des locaux de la "
              "médiathèque municipale Louise-Michel (1 150 m² : salles de lecture, bureaux, sanitaires, "
              "auditorium). Classification CPV : 90919200-4 (Services de nettoyage de bureaux)."),
        ("h1", "Article 2 – Procédure et forme du marché"),
        ("p", "Le marché est passé selon une procédure adaptée. Il s'agit d'un accord-cadre mono-attributaire "
              "exécuté par bons de commande, conclu pour une durée d'un an à compter du 1er juillet 2026, "
              "reconductible tacitement trois fois pour une durée d'un an, soit une durée maximale de quatre ans."),
        ("p", "Le montant estimé de l'accord-cadre est de 14 500 € HT par an, soit 58 000 € HT sur la durée "
              "totale, reconductions comprises. Le montant maximum est fixé à 16 000 € HT par an."),
        ("h1", "Article 3 – Allotissement"),
        ("p", "Le marché n'est pas alloti. En application de l'article L2113-11 du code de la commande publique, "
              "la dévolution en lots séparés rendrait techniquement plus difficile l'exécution des prestations : "
              "celles-ci portent sur un bâtiment unique, sont réalisées par une même équipe sur des plages "
              "horaires communes et relèvent d'un seul interlocuteur pour le contrôle de la qualité."),
        ("h1", "Article 4 – Caractéristiques principales"),
        ("ul", [
            "Variantes : non autorisées.",
            "Visite des locaux : obligatoire, sur rendez-vous avant le 20 mai 2026.",
            "Clauses sociales : Sans.",
            "Clauses environnementales : produits d'entretien écolabellisés (voir article 7 du CCAP).",
            "Avance : sans objet, le montant annuel étant inférieur à 50 000 € HT.",
        ]),
        ("h1", "Article 5 – Contenu de l'offre"),
        ("ul", [
            "le formulaire DC1 ou DUME et le formulaire DC2 ;",
            "le bordereau des prix unitaires complété ;",
            "un mémoire technique : organisation, effectifs affectés, fréquences, produits utilisés "
            "(fiches techniques), modalités de contrôle de la qualité.",
        ]),
        ("h1", "Article 6 – Critères de jugement des offres"),
        ("table", [
            ["Critère", "Pondération"],
            ["Prix", "60 %"],
            ["Valeur technique", "40 %"],
        ], [12, 4]),
        ("p", "La valeur technique est appréciée au vu du mémoire technique : organisation et moyens humains "
              "(20 points), adéquation des fréquences (10 points), produits et matériels employés (10 points)."),
        ("h1", "Article 7 – Remise des offres"),
        ("p", "Les offres sont transmises sur le profil d'acheteur https://marches.exempleville.example "
              "(adresse fictive) avant le 29 mai 2026 à 12h00."),
    ]


def nettoyage_ccap_blocks() -> list:
    return [
        ("title", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        ("subtitle", BUYER),
        ("subtitle", f"{N_OBJET} – Consultation n° {N_CONSULT}"),
        ("h1", "Article 1 – Objet"),
        ("p", "Le présent accord-cadre a pour objet le nettoyage et l'entretien des locaux de la médiathèque "
              "municipale Louise-Michel. Le marché n'est pas alloti (voir le règlement de la consultation)."),
        ("h1", "Article 2 – Pièces contractuelles"),
        ("p", "Acte d'engagement ; présent CCAP ; cahier des charges techniques ; bordereau des prix unitaires ; "
              "CCAG-Fournitures courantes et services (arrêté du 30 mars 2021) ; mémoire technique du titulaire."),
        ("h1", "Article 3 – Durée"),
        ("p", "L'accord-cadre est conclu pour un an à compter du 1er juillet 2026, reconductible tacitement trois "
              "fois. Le montant maximum annuel est de 16 000 € HT."),
        ("h1", "Article 4 – Prix"),
        ("p", "Les prix sont unitaires, fermes la première année puis révisés à chaque reconduction selon "
              "l'indice ICHT-IME (indice du coût horaire du travail, industries mécaniques et électriques)."),
        ("h1", "Article 5 – Exécution des prestations"),
        ("p", "Les prestations quotidiennes sont réalisées du lundi au samedi entre 6h30 et 9h30, hors présence "
              "du public. Le titulaire désigne un chef d'équipe joignable pendant les heures d'ouverture."),
        ("h1", "Article 6 – Clauses sociales"),
        ("p", "Sans objet. Le présent marché ne comporte pas de clause sociale ni de clause d'insertion. Le "
              "titulaire reste tenu au respect des obligations légales en matière de droit du travail, notamment "
              "la reprise du personnel prévue par la convention collective des entreprises de propreté."),
        ("h1", "Article 7 – Conditions environnementales"),
        ("p", "Les produits d'entretien utilisés disposent de l'Écolabel européen ou d'un écolabel équivalent. "
              "Le titulaire privilégie les méthodes de nettoyage à faible consommation d'eau (microfibres, "
              "pré-imprégnation) et reprend les emballages vides de ses produits."),
        ("h1", "Article 8 – Pénalités"),
        ("p", "Toute prestation non exécutée donne lieu, après constat contradictoire, à une pénalité de 50 € HT "
              "par manquement."),
        ("h1", "Article 9 – Paiement"),
        ("p", "Les prestations sont réglées mensuellement, à terme échu, dans un délai global de paiement de "
              "trente jours."),
        ("h1", "Article 10 – Contrôle de la qualité"),
        ("p", "Un contrôle contradictoire de la qualité des prestations est réalisé chaque mois par le "
              "responsable de la médiathèque et le chef d'équipe du titulaire, à l'aide d'une grille "
              "d'évaluation annexée au cahier des charges. Une note inférieure à 14/20 donne lieu à un plan "
              "d'actions correctives remis sous huit jours."),
        ("h1", "Article 11 – Assurances"),
        ("p", "Le titulaire justifie d'une assurance de responsabilité civile couvrant les dommages causés aux "
              "biens de la Ville, notamment aux collections, aux équipements informatiques et au mobilier."),
        ("h1", "Article 12 – Résiliation"),
        ("p", "Les stipulations des articles 36 à 42 du CCAG-Fournitures courantes et services sont "
              "applicables. Trois notes de contrôle consécutives inférieures à 10/20 peuvent justifier la "
              "résiliation aux torts du titulaire, après mise en demeure."),
        ("h1", "Article 13 – Règlement des litiges"),
        ("p", "En cas de litige, les parties recherchent un règlement amiable, le cas échéant devant le comité "
              "consultatif de règlement amiable compétent, avant toute saisine du Tribunal administratif "
              "d'Exempleville (juridiction fictive)."),
        ("h1", "Article 14 – Dérogations au CCAG"),
        ("p", "L'article 8 du présent CCAP déroge à l'article 14 du CCAG-Fournitures courantes et services."),
        ("space", 14),
        ("p", "Lu et accepté par le titulaire, à ............................ le ............................"),
    ]


# ---------------------------------------------------------------------------------------------

def write_all(out: Path) -> list[Path]:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from scan_samples import write_scan, write_scanned_ccap  # the two scans (samples/scan_samples.py)

    out.mkdir(parents=True, exist_ok=True)
    d1 = out / "dce-ville-exemple"
    header = f"{BUYER} – {OBJET}"
    build_pdf(d1 / "RC.pdf", rc_blocks(), header, f"RC – Consultation n° {CONSULT}",
              title="Règlement de la consultation", subject=OBJET)
    build_pdf(d1 / "CCAP.pdf", ccap_blocks(), header, f"CCAP – Consultation n° {CONSULT}",
              title="Cahier des clauses administratives particulières", subject=OBJET)
    write_cctp(d1 / "CCTP.docx")
    write_ae(d1 / "AE.docx")

    tmp = out / ".nettoyage-build"
    n_header = f"{BUYER} – {N_OBJET}"
    build_pdf(tmp / "RC.pdf", nettoyage_rc_blocks(), n_header, f"RC – Consultation n° {N_CONSULT}",
              title="Règlement de la consultation", subject=N_OBJET)
    build_pdf(tmp / "CCAP.pdf", nettoyage_ccap_blocks(), n_header, f"CCAP – Consultation n° {N_CONSULT}",
              title="Cahier des clauses administratives particulières", subject=N_OBJET)
    archive = out / "dce-nettoyage.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in ("RC.pdf", "CCAP.pdf"):
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, (tmp / name).read_bytes())
    for name in ("RC.pdf", "CCAP.pdf"):
        (tmp / name).unlink()
    tmp.rmdir()

    write_scanned_ccap(out / "dce-espaces-verts-scanne" / "CCAP-numerise.pdf")
    write_scan(out / "illisible" / "scan-sans-texte.pdf")
    return sorted(p for p in out.rglob("*") if p.is_file() and p.suffix in {".pdf", ".docx", ".zip"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                        help="output folder (default: the samples/ folder holding this script)")
    args = parser.parse_args(argv)
    for path in write_all(args.out):
        print(f"{path.stat().st_size:>8}  {path.relative_to(args.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
