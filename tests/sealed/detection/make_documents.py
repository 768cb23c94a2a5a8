#!/usr/bin/env python3
"""Écrit les documents entiers du jeu scellé « detection » à partir des textes tenus ici.

    .venv/bin/python tests/sealed/detection/make_documents.py

PDF avec reportlab (en-têtes et pieds de page courants sur chaque page, sauts de page, tableaux,
deux colonnes par des Frames), DOCX avec python-docx (en-tête/pied de section, tableaux, cases à
cocher), et fichiers texte pour les avis (HTML BOAMP, XML BOAMP, TED R2.0.9, eForms UBL, texte).
Les textes sont écrits pour ce jeu ; aucune formulation n'est reprise d'un document réel.

Petit balisage des blocs : ("h", titre), ("p", texte), ("b", [puces]), ("t", lignes, largeurs),
("pb",) saut de page. Dans un texte, « -| » marque un mot coupé en fin de ligne (trait d'union
suivi d'un retour à la ligne).
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent / "documents"
NB = "\u00a0"


# ----------------------------------------------------------------------------------------------
# PDF
# ----------------------------------------------------------------------------------------------
def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for regular, bold in (
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ):
        if Path(regular).exists() and Path(bold).exists():
            pdfmetrics.registerFont(TTFont("Body", regular))
            pdfmetrics.registerFont(TTFont("Body-Bold", bold))
            return "Body", "Body-Bold"
    import reportlab

    base = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("Body", str(base / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont("Body-Bold", str(base / "VeraBd.ttf")))
    return "Body", "Body-Bold"


def _markup(text: str) -> str:
    return escape(text).replace("-|", "-<br/>").replace("\n", "<br/>")


def write_pdf(path: Path, header: str, footer: str, blocks: list, columns: int = 1) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9.2, leading=11.8, spaceAfter=4)
    head = ParagraphStyle("head", fontName=bold, fontSize=10.2, leading=13, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8.4, leading=10.2)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=3)

    pages = {"total": 0}

    def draw_header(canvas, doc):
        # drawn first on each page: the running header comes before the page's text
        width, height = A4
        canvas.saveState()
        canvas.setFont(regular, 7.8)
        canvas.drawString(18 * mm, height - 12 * mm, header)
        canvas.line(18 * mm, height - 13.5 * mm, width - 18 * mm, height - 13.5 * mm)
        canvas.restoreState()

    def draw_footer(canvas, doc):
        # drawn last on each page: the running footer comes after the page's text
        width, _ = A4
        canvas.saveState()
        canvas.setFont(regular, 7.8)
        canvas.drawString(18 * mm, 10 * mm, footer)
        canvas.drawRightString(width - 18 * mm, 10 * mm, f"Page {doc.page}/{pages['total'] or '?'}")
        canvas.restoreState()

    width, height = A4
    margin = 18 * mm
    top, bottom = 20 * mm, 17 * mm
    frame_h = height - top - bottom
    if columns == 1:
        frames = [Frame(margin, bottom, width - 2 * margin, frame_h, id="f1")]
    else:
        gap = 7 * mm
        col_w = (width - 2 * margin - gap) / 2
        frames = [Frame(margin, bottom, col_w, frame_h, id="left"),
                  Frame(margin + col_w + gap, bottom, col_w, frame_h, id="right")]
    frame_w = frames[0]._width
    story = []
    for block in blocks:
        kind = block[0]
        if kind == "h":
            story.append(Paragraph(_markup(block[1]), head))
        elif kind == "p":
            story.append(Paragraph(_markup(block[1]), body))
        elif kind == "b":
            for item in block[1]:
                story.append(Paragraph(_markup(item), bullet, bulletText="–"))
        elif kind == "t":
            rows = block[1]
            ratios = block[2] if len(block) > 2 and block[2] else [1] * len(rows[0])
            widths = [frame_w * r / sum(ratios) for r in ratios]
            data = [[Paragraph(_markup(str(c)), cell) for c in row] for row in rows]
            table = Table(data, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(table)
            story.append(Spacer(1, 5))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, block[1]))
        else:
            raise ValueError(kind)
    import copy
    import io

    for target in (io.BytesIO(), str(path)):  # first pass counts the pages, second writes the file
        doc = BaseDocTemplate(target, pagesize=A4, title=header, author="jeu scellé clausecheck",
                              invariant=1)
        doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=draw_header, onPageEnd=draw_footer)])
        doc.build(copy.deepcopy(story))
        pages["total"] = doc.page


# ----------------------------------------------------------------------------------------------
# DOCX
# ----------------------------------------------------------------------------------------------
def _page_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def _add_text(paragraph, text: str, bold: bool = False) -> None:
    lines = []
    for hard in text.split("\n"):
        pieces = hard.split("-|")
        for index, piece in enumerate(pieces):
            lines.append(piece + ("-" if index < len(pieces) - 1 else ""))
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = bold
        if index < len(lines) - 1:
            run.add_break()


def write_docx(path: Path, header: str, footer: str, blocks: list) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    foot = section.footer.paragraphs[0]
    foot.text = f"{footer} – Page "
    _page_field(foot)
    for block in blocks:
        kind = block[0]
        if kind == "h":
            paragraph = doc.add_paragraph(style="Heading 2")
            _add_text(paragraph, block[1])
        elif kind == "p":
            _add_text(doc.add_paragraph(), block[1])
        elif kind == "b":
            for item in block[1]:
                _add_text(doc.add_paragraph(style="List Bullet"), item)
        elif kind == "t":
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    cell.paragraphs[0].text = ""
                    _add_text(cell.paragraphs[0], str(value), bold=(r == 0))
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "sp":
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.core_properties.title = header
    doc.core_properties.author = "jeu scellé clausecheck"
    doc.save(str(path))


def write_text(path: Path, text: str) -> None:
    path.write_text(text.replace("¤", NB), encoding="utf-8")


def nb(blocks: list) -> list:
    """Espaces insécables : « ¤ » dans les textes."""
    out = []
    for block in blocks:
        if block[0] in ("h", "p"):
            out.append((block[0], block[1].replace("¤", NB)))
        elif block[0] == "b":
            out.append(("b", [item.replace("¤", NB) for item in block[1]]))
        elif block[0] == "t":
            rows = [[str(c).replace("¤", NB) for c in row] for row in block[1]]
            out.append(("t", rows, *block[2:]))
        else:
            out.append(block)
    return out


# ----------------------------------------------------------------------------------------------
# Pièces du DCE (PDF / DOCX)
# ----------------------------------------------------------------------------------------------
DOCS: list[dict] = []

# D01 – CCAP de travaux (PDF) : clause d'insertion dont le titre est séparé du contenu par un saut de page
DOCS.append(dict(
    name="ccap-voirie-montbazon.pdf", kind="pdf",
    header="Commune de Montbazon (37) – Aménagement de la rue de la Gare – CCAP",
    footer="MAPA n° 2025-T-04 – Cahier des clauses administratives particulières",
    blocks=[
        ("h", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        ("p", "Maître d'ouvrage : Commune de Montbazon, représentée par son Maire.\nMaître d'œuvre : Cabinet VRD Touraine Ingénierie."),
        ("h", "ARTICLE 1 – OBJET DU MARCHÉ – DISPOSITIONS GÉNÉRALES"),
        ("p", "1.1 Objet. Le présent marché a pour objet les travaux d'aménagement de voirie et de réseaux de la rue de la Gare : reprise de chaussée, création de trottoirs accessibles, mise en séparatif du réseau d'eaux pluviales."),
        ("p", "1.2 Procédure. Le marché est passé selon la procédure adaptée prévue à l'article R.¤2123-1 1° du code de la commande publique."),
        ("p", "1.3 Allotissement. Les travaux ne sont pas allotis : la coordination de l'intervention des différents corps d'état sur une voie étroite maintenue en circulation rendrait l'exécution techniquement difficile (article L.¤2113-11 du code de la commande publique)."),
        ("p", "1.4 Montant. Le montant prévisionnel des travaux est estimé à 420¤000¤€¤HT."),
        ("h", "ARTICLE 2 – PIÈCES CONSTITUTIVES DU MARCHÉ"),
        ("b", ["l'acte d'engagement (AE) ;", "le présent CCAP ;", "le cahier des clauses techniques particulières (CCTP) ;",
               "la décomposition du prix global et forfaitaire (DPGF) ;", "le CCAG applicable aux marchés publics de travaux (arrêté du 30 mars 2021)."]),
        ("h", "ARTICLE 3 – PRIX – RÈGLEMENT DES COMPTES"),
        ("p", "Le marché est traité à prix global et forfaitaire, révisable selon l'index TP09. Une avance de 5¤% est versée au titulaire dans les conditions de l'article R.¤2191-3 du code de la commande publique. Le délai global de paiement est de 30 jours."),
        ("h", "ARTICLE 4 – DÉLAIS D'EXÉCUTION"),
        ("p", "Le délai d'exécution est de cinq mois, dont une période de préparation d'un mois, à compter de la date fixée par l'ordre de service de démarrage."),
        ("h", "ARTICLE 5 – PÉNALITÉS"),
        ("p", "Par dérogation à l'article 19.2 du CCAG-Travaux, le titulaire subit une pénalité de 300¤€¤HT par jour calendaire de retard. L'absence non excusée à une réunion de chantier entraîne une pénalité de 150¤€¤HT."),
        ("h", "ARTICLE 6 – OBLIGATIONS SOCIALES ET FISCALES"),
        ("p", "Le titulaire remet tous les six mois les documents mentionnés à l'article D.¤8222-5 du code du travail. Il déclare respecter les obligations d'emploi des travailleurs handicapés prévues aux articles L.¤5212-1 à L.¤5212-11 du même code."),
        ("h", "ARTICLE 7 – GESTION DES DÉCHETS DE CHANTIER"),
        ("p", "Le titulaire remet, pendant la période de préparation, un schéma d'organisation et de suivi de l'élimination des déchets (SOSED). Il trie ses déchets sur le chantier en trois flux au moins (inertes, bois et métaux, déchets non dangereux en mélange), interdit tout brûlage et transmet au maître d'œuvre les bordereaux attestant de la valorisation des matériaux évacués. Les enrobés rabotés sont dirigés vers une centrale de recyclage."),
        ("h", "ARTICLE 8 – CLAUSE SOCIALE D'INSERTION"),
        ("pb",),
        ("p", "8.1 Engagement. En application de l'article L.¤2112-2 du code de la commande publique, le titulaire s'engage à réaliser une action d'inser-|tion professionnelle représentant 350 heures de travail au bénéfice de personnes éloignées de l'emploi."),
        ("p", "8.2 Publics concernés. Demandeurs d'emploi inscrits depuis plus de douze mois, bénéficiaires du RSA ou de l'ASS, jeunes de moins de 26 ans sans qualification, travailleurs reconnus handicapés, salariés des structures d'insertion par l'activité économique."),
        ("p", "8.3 Modalités. Le titulaire peut recourir à l'embauche directe, à la mise à disposition de salariés par une entreprise de travail temporaire d'insertion ou un GEIQ, ou à la sous-traitance d'une partie des travaux à une entreprise d'insertion."),
        ("p", "8.4 Accompagnement. Le facilitateur de la Maison de l'emploi de Touraine accompagne le titulaire, valide l'éligibilité des interve-|nants et suit mensuellement les heures réalisées."),
        ("p", "8.5 Sanction. Faute de justifier des heures réalisées à la réception, le titulaire subit une pénalité de 40¤€¤HT par heure d'insertion non effectuée."),
        ("h", "ARTICLE 9 – ASSURANCES"),
        ("p", "Le titulaire justifie, dans un délai de quinze jours à compter de la notification, d'une assurance de responsabilité civile et d'une assurance décennale couvrant les ouvrages exécutés."),
    ]))

# D02 – CCAP d'accord-cadre de denrées (PDF), tableau des lots, un lot réservé
DOCS.append(dict(
    name="ccap-denrees-ch-mont-de-marsan.pdf", kind="pdf",
    header="Centre hospitalier de Mont-de-Marsan – Direction des achats – Denrées alimentaires",
    footer="AOO 2025-DA-017 – CCAP",
    blocks=[
        ("h", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        ("h", "Article 1 – Objet et forme de l'accord-cadre"),
        ("p", "Le présent accord-cadre à bons de commande porte sur la fourniture de denrées alimentaires destinées à la cuisine centrale du centre hospitalier (environ 2¤300 repas par jour). Il est conclu avec un seul opérateur par lot, sans minimum et avec les maxima indiqués ci-dessous pour la durée totale de l'accord-cadre."),
        ("h", "Article 2 – Décomposition en lots"),
        ("t", [["Lot", "Intitulé", "Montant maximum HT (4 ans)"],
               ["1", "Viandes fraîches et charcuterie", "360¤000¤€"],
               ["2", "Produits laitiers et ovoproduits", "220¤000¤€"],
               ["3", "Fruits et légumes frais", "240¤000¤€"],
               ["4", "Épicerie et conserves", "180¤000¤€"],
               ["5", "Produits surgelés", "150¤000¤€"],
               ["6", "Biscuits, confitures et compotes conditionnés en atelier protégé", "50¤000¤€"],
               ["Total", "", "1¤200¤000¤€"]], [1, 5, 3]),
        ("p", "Le lot n°¤6 est réservé, en application de l'article L.¤2113-12 du code de la commande publique, aux entreprises adaptées et aux établissements et services d'aide par le travail."),
        ("h", "Article 3 – Durée"),
        ("p", "L'accord-cadre est conclu pour un an à compter du 1er janvier 2026. Il est reconductible tacitement trois fois par période d'un an, sans que sa durée totale puisse excéder quatre ans."),
        ("h", "Article 4 – Conditions de livraison"),
        ("p", "Les livraisons sont effectuées au quai de la cuisine centrale entre 6¤h et 10¤h, en véhicules frigorifiques respectant la chaîne du froid. Les bons de livraison mentionnent le numéro de lot des produits et leur date limite de consommation."),
        ("p", "Le titulaire livre dans des caisses réutilisables ou des emballages recyclables. Il reprend à chaque livraison, à ses frais, les palettes, caisses et cartons vides en vue de leur réemploi ou de leur recyclage, et réduit les suremballages individuels au strict nécessaire."),
        ("h", "Article 5 – Prix"),
        ("p", "Les prix sont révisables trimestriellement selon les indices INSEE des prix à la production mentionnés à l'annexe 1 pour chacun des lots."),
        ("pb",),
        ("h", "Article 6 – Pénalités"),
        ("p", "Une livraison incomplète ou non conforme, non régularisée dans les quatre heures, donne lieu à une pénalité de 150¤€¤HT, sans préjudice de l'exécution aux frais et risques du titulaire."),
        ("h", "Article 7 – Obligations sociales"),
        ("p", "Le titulaire produit, lors de la conclusion puis tous les six mois, les attestations de l'URSSAF prévues par le code du travail. Il atteste être en règle au regard de l'obligation d'emploi des travailleurs handicapés (articles L.¤5212-1 et suivants)."),
        ("h", "Article 8 – Résiliation"),
        ("p", "Les stipulations du CCAG-Fournitures courantes et services relatives à la résiliation s'appliquent."),
    ]))

# D03 – CCAP de nettoyage (PDF) avec le jugement des offres séparé de son titre par un saut de page
DOCS.append(dict(
    name="ccap-nettoyage-universite-limoges.pdf", kind="pdf",
    header="Université de Limoges – Nettoyage des locaux de la faculté de droit",
    footer="Marché n° 2025-MAPA-031 – CCAP valant règlement de la consultation",
    blocks=[
        ("h", "ARTICLE 1 – OBJET"),
        ("p", "Le marché porte sur le nettoyage courant et la vitrerie des locaux de la faculté de droit et des sciences économiques (11¤400 m² de surfaces). Le marché n'est pas alloti : les prestations forment un ensemble indissociable sur un site unique."),
        ("h", "ARTICLE 2 – FORME ET MONTANT"),
        ("p", "Accord-cadre à bons de commande passé en procédure adaptée, avec un montant maximum de 180¤000¤€¤HT par période annuelle, soit 720¤000¤€¤HT sur la durée maximale de quatre ans."),
        ("h", "ARTICLE 3 – DURÉE"),
        ("p", "Un an à compter de la notification, reconductible trois fois."),
        ("h", "ARTICLE 4 – PERSONNEL"),
        ("p", "Le titulaire communique la liste du personnel affecté et informe l'université de tout changement. Il assure la reprise du personnel dans les conditions de la convention collective des entreprises de propreté."),
        ("h", "ARTICLE 5 – HORAIRES ET CONDITIONS DE TRAVAIL"),
        ("p", "Afin d'améliorer les conditions de travail des agents de propreté, les prestations sont réalisées en journée, entre 6¤h¤30 et 20¤h, selon des horaires continus. Le titulaire privilégie les contrats à temps plein et justifie chaque année de la part d'heures effectuées en journée."),
        ("h", "ARTICLE 6 – PRODUITS ET MATÉRIELS"),
        ("p", "Les produits d'entretien utilisés sont titulaires de l'Ecolabel européen ou d'un label équivalent, à l'exception des produits désinfectants requis par le protocole sanitaire. Le titulaire utilise un système de dosage centralisé et des textiles microfibres lavables ; les consommables jetables sont limités aux sanitaires."),
        ("h", "ARTICLE 7 – CONTRÔLE DE LA QUALITÉ"),
        ("p", "Un contrôle contradictoire est organisé chaque mois sur la base de la grille annexée au CCTP. Une note inférieure à 70/100 entraîne l'application d'une réfaction de 5¤% sur la facture mensuelle."),
        ("h", "ARTICLE 8 – PRÉSENTATION DES OFFRES"),
        ("p", "Chaque candidat produit l'acte d'engagement, le bordereau des prix, un mémoire technique et l'attestation de visite. Le mémoire technique détaille l'organisation proposée, les moyens humains et les produits envisagés."),
        ("h", "ARTICLE 9 – JUGEMENT DES OFFRES"),
        ("pb",),
        ("p", "L'offre économiquement la plus avantageuse est appréciée selon les critères suivants :"),
        ("p", "Critère n°¤1 : Prix (50 points), au vu du montant annuel du bordereau.\nCritère n°¤2 : Valeur technique (30 points) : organisation, moyens, encadrement.\nCritère n°¤3 : Conditions d'emploi des agents affectés (10 points) : part des contrats à temps plein, part des heures effectuées en journée.\nCritère n°¤4 : Produits et méthodes à faible impact (10 points) : part de produits écolabellisés, consommation d'eau par m² traité."),
        ("h", "ARTICLE 10 – LITIGES"),
        ("p", "Le tribunal administratif de Limoges est compétent."),
    ]))

# D04 – CCP de MAPA (DOCX), marché réservé, critère et clause environnementaux
DOCS.append(dict(
    name="ccp-espaces-verts-saint-jean-de-braye.docx", kind="docx",
    header="Ville de Saint-Jean-de-Braye – Entretien des espaces verts des écoles",
    footer="Cahier des charges (CCP) valant RC, CCAP et CCTP",
    blocks=[
        ("h", "CAHIER DES CHARGES – PROCÉDURE ADAPTÉE"),
        ("h", "Article 1 – Objet"),
        ("p", "Entretien des espaces verts des six groupes scolaires de la ville : tonte, taille des haies, désherbage des cours, ramassage des feuilles. Le marché est conclu en lot unique."),
        ("h", "Article 2 – Marché réservé"),
        ("p", "En application de l'article L.¤2113-12 du code de la commande publique, le présent marché est réservé aux établissements et services d'aide par le travail et aux entreprises adaptées."),
        ("h", "Article 3 – Durée et montant"),
        ("p", "Le marché est conclu pour trois ans. Son montant estimé est de 114¤000¤€¤HT pour la durée totale."),
        ("h", "Article 4 – Description des prestations"),
        ("b", ["tonte des pelouses : 14 passages par an ;", "taille des haies : 2 passages par an ;",
               "ramassage des feuilles : de mi-octobre à mi-décembre ;", "désherbage des cours et allées."]),
        ("pb",),
        ("h", "Article 5 – Exigences environnementales d'exécution"),
        ("p", "Aucun produit phytosanitaire n'est employé ; le désherbage est manuel, mécanique ou thermique. Les déchets de tonte et de taille sont broyés et réutilisés en paillage sur site ou apportés à la plateforme de compostage d'Orléans Métropole ; leur mise en décharge est interdite."),
        ("h", "Article 6 – Prix et paiement"),
        ("p", "Prix forfaitaires annuels, réglés mensuellement par douzième. Délai de paiement : 30 jours."),
        ("h", "Article 7 – Pièces à remettre"),
        ("p", "Le candidat remet l'acte d'engagement, la copie de son agrément ESAT ou de sa reconnaissance d'entreprise adaptée, et un mémoire technique."),
        ("h", "Article 8 – Jugement des offres"),
        ("p", "1 – Prix : 60¤%\n2 – Valeur technique (organisation, encadrement des travailleurs, matériel) : 30¤%\n3 – Pratiques de gestion écologique des espaces (paillage, fauche tardive, matériel électrique) : 10¤%"),
    ]))

# D05 – CCP de MAPA (PDF), impression
DOCS.append(dict(
    name="ccp-impression-universite-rouen.pdf", kind="pdf",
    header="Université de Rouen Normandie – Direction de la communication",
    footer="CCP – Impression de supports de communication – MAPA 2025-COM-02",
    blocks=[
        ("h", "CAHIER DES CLAUSES PARTICULIÈRES (CCP)"),
        ("p", "Le présent document tient lieu de règlement de la consultation, de cahier des clauses administratives particulières et de cahier des clauses techniques particulières."),
        ("h", "1. Objet et forme du marché"),
        ("p", "Impression de plaquettes, affiches et programmes pour les événements de l'université. Accord-cadre à bons de commande mono-attributaire, lot unique, d'une durée de deux ans, d'un montant maximum de 90¤000¤€¤HT sur la durée totale."),
        ("h", "2. Fichiers"),
        ("p", "Les fichiers sont transmis au format PDF/X-4. Le titulaire dispose d'un environnement de contrôle colorimétrique et remet un bon à tirer numérique sous 48 heures."),
        ("h", "3. Exigences d'exécution"),
        ("p", "Le papier utilisé est recyclé ou certifié PEFC ou FSC ; les encres sont à base d'huiles végétales. L'imprimeur est labellisé Imprim'Vert ou justifie de pratiques équivalentes de gestion des déchets dangereux. Les livraisons sont regroupées et les cartons de livraison sont repris."),
        ("h", "4. Obligations sociales"),
        ("p", "Le titulaire remet les attestations prévues à l'article D.¤8222-5 du code du travail (lutte contre le travail dissimulé)."),
        ("h", "5. Délais"),
        ("p", "Délai de livraison : 5 jours ouvrés après validation du bon à tirer ; 2 jours en urgence."),
        ("h", "6. Jugement des offres"),
        ("p", "Prix, sur la base d'une commande type : 55¤%\nQualité technique et respect des délais : 30¤%\nPerformance environnemen-|tale de la chaîne d'impression (papier, encres, livraisons) : 15¤%"),
        ("h", "7. Négociation"),
        ("p", "L'université se réserve la possibilité de négocier avec les trois candidats les mieux classés."),
    ]))

# D06 – CCP de MAPA (DOCX) traiteur, tableaux de lots et de critères
DOCS.append(dict(
    name="ccp-traiteur-departement-drome.docx", kind="docx",
    header="Département de la Drôme – Prestations de traiteur pour les réceptions",
    footer="CCP – MAPA n° 25-0412",
    blocks=[
        ("h", "ARTICLE 1 – OBJET ET LOTS"),
        ("p", "Le marché porte sur des prestations de traiteur pour les réceptions organisées par le Département. Il est divisé en deux lots :"),
        ("t", [["Lot", "Intitulé", "Montant maximum annuel HT"],
               ["1", "Cocktails et buffets", "40¤000¤€"],
               ["2", "Repas servis à table", "30¤000¤€"]]),
        ("p", "Chaque lot est un accord-cadre à bons de commande d'une durée d'un an, reconductible deux fois par période d'un an."),
        ("h", "ARTICLE 2 – EXÉCUTION DES PRESTATIONS"),
        ("p", "Le titulaire utilise exclusivement de la vaisselle, des couverts et des nappes réutilisables ; les contenants et couverts en plastique à usage unique sont proscrits. Pour limiter le gaspillage alimentaire, les quantités sont ajustées au nombre de convives confirmé quarante-huit heures à l'avance."),
        ("p", "Le présent marché ne comporte pas de clause sociale d'insertion."),
        ("h", "ARTICLE 3 – PRIX"),
        ("p", "Les prix sont fermes la première année, puis révisés selon l'indice des prix à la consommation « restauration »."),
        ("pb",),
        ("h", "ARTICLE 4 – JUGEMENT DES OFFRES"),
        ("p", "Pour chaque lot, les offres sont jugées selon les critères pondérés suivants :"),
        ("t", [["Critère", "Pondération"],
               ["Prix (sur la base de trois menus types)", "40¤%"],
               ["Qualité gustative et présentation (dégustation)", "30¤%"],
               ["Part de produits issus de l'agriculture biologique et de saison", "15¤%"],
               ["Recours à une structure d'insertion par l'activité économique ou à une entreprise adaptée pour tout ou partie du service", "15¤%"]]),
        ("h", "ARTICLE 5 – PIÈCES À REMETTRE"),
        ("b", ["DC1 et DC2 ou DUME ;", "acte d'engagement par lot ;", "menus types chiffrés ;", "note de présentation des produits et des partenaires."]),
    ]))

# D07 – RC de travaux (PDF), 8 lots, critères séparés de leur titre par un saut de page
DOCS.append(dict(
    name="rc-demi-pension-college-genevoix.pdf", kind="pdf",
    header="Département de la Haute-Vienne – Restructuration de la demi-pension du collège Maurice-Genevoix",
    footer="Règlement de la consultation – Appel d'offres ouvert n° 2025-BAT-09",
    blocks=[
        ("h", "ARTICLE 1 – OBJET DE LA CONSULTATION"),
        ("p", "La consultation porte sur les travaux de restructuration de la demi-pension du collège : démolition partielle, extension de la salle de restauration, réfection de la cuisine. Le montant estimé des travaux est de 1¤650¤000¤€¤HT."),
        ("h", "ARTICLE 2 – DÉCOMPOSITION EN LOTS"),
        ("b", ["Lot 1 : Démolition – Gros œuvre", "Lot 2 : Charpente – Couverture", "Lot 3 : Menuiseries extérieures",
               "Lot 4 : Plâtrerie – Isolation", "Lot 5 : Carrelage – Faïence", "Lot 6 : Équipements de cuisine",
               "Lot 7 : Plomberie – Ventilation", "Lot 8 : Électricité"]),
        ("p", "Les travaux se déroulent en site occupé : l'entreprise tient compte de l'environnement scolaire et du calendrier des congés."),
        ("h", "ARTICLE 3 – CONDITIONS D'EXÉCUTION À CARACTÈRE SOCIAL"),
        ("p", "Les lots 1 et 2 comportent une clause d'insertion professionnelle, décrite à l'article 11 du CCAP, de 420 heures pour le lot 1 et de 180 heures pour le lot 2. Les candidats en tiennent compte dans l'établissement de leur prix."),
        ("h", "ARTICLE 4 – CANDIDATURE"),
        ("b", ["lettre de candidature DC1 ou DUME ;", "chiffre d'affaires des trois derniers exercices ;",
               "liste des travaux exécutés au cours des cinq dernières années ;",
               "le cas échéant, certification ISO¤14001 (à titre d'information, elle n'est pas exigée) ;",
               "le candidat précise s'il a déjà réalisé des heures d'insertion dans le cadre de marchés publics."]),
        ("h", "ARTICLE 5 – VISITE"),
        ("p", "Une visite du site est organisée le mercredi 10 septembre 2025 à 14¤h."),
        ("h", "ARTICLE 6 – CONTENU DE L'OFFRE"),
        ("p", "Acte d'engagement, DPGF, mémoire technique présentant la méthodologie, les moyens, la gestion du chantier en site occupé et le planning."),
        ("h", "ARTICLE 7 – JUGEMENT DES OFFRES"),
        ("pb",),
        ("p", "Pour chaque lot, les offres sont classées selon les critères suivants :"),
        ("p", "Prix : 60¤%\nValeur technique : 40¤%, dont :\n7.1 méthodologie et organisation du chantier en site occupé : 20¤%\n7.2 moyens humains et matériels : 10¤%\n7.3 gestion des déchets de chantier et limitation des nuisances : 5¤%\n7.4 planning : 5¤%"),
        ("h", "ARTICLE 8 – RENSEIGNEMENTS"),
        ("p", "Questions à poser sur le profil d'acheteur au plus tard dix jours avant la date limite de remise des offres."),
    ]))

# D08 – RC de prestations informatiques (DOCX) : que des pièges
DOCS.append(dict(
    name="rc-tma-region-centre.docx", kind="docx",
    header="Région Centre-Val de Loire – Tierce maintenance applicative du SI des aides régionales",
    footer="Règlement de la consultation – AOO 2025-DSN-03",
    blocks=[
        ("h", "1. OBJET"),
        ("p", "La consultation porte sur la tierce maintenance applicative (corrective, évolutive, réglementaire) du système d'information de gestion des aides régionales."),
        ("p", "Le marché n'est pas alloti : la maintenance d'une application unique ne permet pas l'identification de prestations distinctes. Il s'agit d'un accord-cadre à bons de commande d'un montant maximum de 600¤000¤€¤HT sur quatre ans."),
        ("h", "2. ENVIRONNEMENT TECHNIQUE"),
        ("p", "L'application repose sur Java 17, une base PostgreSQL et un serveur d'applications Tomcat. Le titulaire dispose d'un environnement de développement ; la Région met à sa disposition un environnement de recette et un environnement de pré-production."),
        ("h", "3. CANDIDATURE"),
        ("p", "Le candidat produit le DC1, le DC2 et la déclaration relative à l'obligation d'emploi des travailleurs handicapés prévue aux articles L.¤5212-1 à L.¤5212-11 du code du travail."),
        ("pb",),
        ("h", "4. JUGEMENT DES OFFRES"),
        ("p", "Prix : 40¤%\nValeur technique : 60¤%, dont méthodologie de maintenance (30¤%), composition et expérience de l'équipe (20¤%), plan de réversibilité (10¤%)."),
        ("p", "Le candidat peut joindre une présentation libre de sa politique de responsabilité sociétale ; ce document n'est pas noté."),
        ("h", "5. RENSEIGNEMENTS"),
        ("p", "Les questions sont posées sur le profil d'acheteur de la Région."),
    ]))

# D09 – RC d'un marché réservé à la fois EA/ESAT et SIAE (DOCX), critères en tableau
DOCS.append(dict(
    name="rc-linge-ehpad-les-glycines.docx", kind="docx",
    header="EHPAD public « Les Glycines » – Traitement du linge des résidents",
    footer="RC – Procédure adaptée 2025-02",
    blocks=[
        ("h", "ARTICLE 1 – OBJET"),
        ("p", "Collecte, lavage, séchage, repassage, marquage et livraison du linge personnel des 84 résidents. Lot unique. Le montant estimé est de 96¤000¤€¤HT pour la durée totale de quatre ans."),
        ("h", "ARTICLE 2 – MARCHÉ RÉSERVÉ"),
        ("p", "Conformément à l'article L.¤2113-14 du code de la commande publique, le marché est réservé à la fois aux opérateurs mentionnés à l'article L.¤2113-12 (entreprises adaptées, ESAT) et aux structures d'insertion par l'activité économique mentionnées à l'article L.¤2113-13."),
        ("h", "ARTICLE 3 – CANDIDATURE"),
        ("p", "Le candidat complète la rubrique F du formulaire DC1 et joint le justificatif de son statut (agrément, conventionnement DDETS)."),
        ("pb",),
        ("h", "ARTICLE 4 – CRITÈRES D'ATTRIBUTION"),
        ("t", [["Critère", "Pondération"],
               ["Prix au kilogramme de linge", "60¤%"],
               ["Qualité du traitement et délais de retour", "30¤%"],
               ["Impact environnemental du procédé (consommations d'eau et d'énergie par kg, lessives écolabellisées)", "10¤%"]]),
        ("h", "ARTICLE 5 – DÉLAI DE VALIDITÉ DES OFFRES"),
        ("p", "120 jours à compter de la date limite de réception des offres."),
    ]))

# D10 – AE de lot (DOCX), cases à cocher, heures d'insertion
DOCS.append(dict(
    name="ae-lot03-menuiseries-tmh.docx", kind="docx",
    header="Toulouse Métropole Habitat – Réhabilitation de 64 logements – Résidence Les Pins",
    footer="Acte d'engagement – Lot n° 03 Menuiseries extérieures",
    blocks=[
        ("h", "ACTE D'ENGAGEMENT"),
        ("t", [["Rubrique", "Renseignements"],
               ["Acheteur", "Toulouse Métropole Habitat, office public de l'habitat"],
               ["Objet", "Réhabilitation thermique de 64 logements – Lot n°¤03 : Menuiseries extérieures"],
               ["Allotissement", "Le marché est alloti en 7 lots ; le présent acte concerne le lot n°¤03"],
               ["Procédure", "Procédure adaptée (article R.¤2123-1 du code de la commande publique)"]], [1, 3]),
        ("h", "A – Identification du titulaire"),
        ("p", "Nom commercial et dénomination sociale : ................................\nSIRET : ........................  Adresse : ................................"),
        ("p", "☐ Candidat individuel     ☐ Groupement conjoint     ☐ Groupement solidaire"),
        ("h", "B – Engagements"),
        ("p", "Marché réservé : ☐ Oui ☒ Non\nVariante : ☐ Oui ☒ Non\nClause sociale d'insertion : ☒ Oui ☐ Non"),
        ("p", "Nombre d'heures d'insertion à réaliser pour le présent lot (article 10 du CCAP) : 210 heures. Le titulaire s'engage à les réaliser selon l'une des modalités prévues au CCAP, en lien avec le facilitateur de la clause."),
        ("h", "C – Prix"),
        ("p", "Montant de l'offre : ............ €¤HT, soit ............ €¤TTC (TVA 5,5¤%)."),
        ("h", "D – Déclarations"),
        ("p", "Le signataire déclare sur l'honneur être en règle au regard des articles L.¤5212-1 à L.¤5212-11 du code du travail et avoir satisfait à ses obligations fiscales et sociales."),
        ("p", "Fait à ............................, le ............\nSignature du candidat :"),
    ]))

# D11 – AE de fournitures (DOCX) : que des pièges
DOCS.append(dict(
    name="ae-mobilier-scolaire-villeurbanne.docx", kind="docx",
    header="Ville de Villeurbanne – Fourniture de mobilier scolaire",
    footer="Acte d'engagement – Accord-cadre n° 2025-F-118",
    blocks=[
        ("h", "ACTE D'ENGAGEMENT"),
        ("p", "Objet : fourniture et livraison de mobilier scolaire (tables, chaises, armoires) pour les écoles maternelles et élémentaires."),
        ("p", "☒ Le marché n'est pas alloti.\n☐ Le marché est alloti ; le présent acte concerne le lot n° ....."),
        ("t", [["Caractéristique", "Oui", "Non"],
               ["Marché réservé", "☐", "☒"],
               ["Clause sociale", "☐", "☒"],
               ["Variantes autorisées", "☐", "☒"],
               ["Avance", "☒", "☐"]]),
        ("p", "Montant maximum de l'accord-cadre : 150¤000¤€¤HT sur sa durée totale (trois ans)."),
        ("h", "Déclaration sur l'honneur"),
        ("p", "Le signataire déclare ne pas avoir fait l'objet, depuis moins de cinq ans, d'une condamnation pour les infractions mentionnées aux articles L.¤8221-1, L.¤8221-3, L.¤8221-5, L.¤8231-1 et L.¤8241-1 du code du travail, et être en règle au regard des articles L.¤5212-1 à L.¤5212-11 du même code."),
        ("p", "Cadre réservé à l'administration : visa du service de la commande publique ............"),
    ]))

# D12 – AE d'un marché réservé (DOCX) avec rappel des critères en tableau
DOCS.append(dict(
    name="ae-mise-sous-pli-mayenne.docx", kind="docx",
    header="Conseil départemental de la Mayenne – Mise sous pli et conditionnement",
    footer="Acte d'engagement – MAPA 2025-45",
    blocks=[
        ("h", "ACTE D'ENGAGEMENT"),
        ("p", "Objet : mise sous pli, affranchissement et conditionnement des envois en nombre du Département (magazine, courriers aux bénéficiaires de prestations)."),
        ("p", "☒ Le marché n'est pas alloti."),
        ("p", "Marché réservé (article L.¤2113-12 du code de la commande publique) : ☒ Oui ☐ Non\nLe candidat joint la copie de son agrément ESAT ou de son contrat pluriannuel d'objectifs et de moyens d'entreprise adaptée."),
        ("h", "Rappel des critères de jugement (article 8 du règlement de la consultation)"),
        ("t", [["Critère", "Pondération"],
               ["Prix", "50¤%"],
               ["Qualité et délais de traitement", "40¤%"],
               ["Démarche environnementale (réduction des emballages, optimisation des déplacements)", "10¤%"]]),
        ("h", "Engagement du candidat"),
        ("p", "Après avoir pris connaissance des pièces du marché, je m'engage à exécuter les prestations aux prix du bordereau joint.\nFait à Laval, le ............"),
    ]))

# D20 – RC (PDF) à tableaux : lots avec heures d'insertion, critères avec sous-critères
DOCS.append(dict(
    name="rc-rehabilitation-thermique-val-de-loire-habitat.pdf", kind="pdf",
    header="Val de Loire Habitat – Réhabilitation thermique de 48 logements, quartier des Rives",
    footer="Règlement de la consultation – Procédure adaptée 2025-VLH-12",
    blocks=[
        ("h", "ARTICLE 1 – OBJET"),
        ("p", "La consultation porte sur la réhabilitation thermique de 48 logements collectifs : isolation thermique par l'extérieur, remplacement des menuiseries, ventilation hygroréglable et remplacement des chaudières. L'opération vise l'étiquette énergétique C."),
        ("h", "ARTICLE 2 – LOTS, MONTANTS ESTIMÉS ET HEURES D'INSERTION"),
        ("t", [["Lot", "Intitulé", "Montant estimé HT", "Heures d'insertion"],
               ["1", "Isolation thermique par l'extérieur", "520¤000¤€", "400"],
               ["2", "Menuiseries extérieures", "310¤000¤€", "250"],
               ["3", "Ventilation", "95¤000¤€", "–"],
               ["4", "Plomberie – Chauffage", "275¤000¤€", "150"],
               ["Total", "", "1¤200¤000¤€", "800"]], [1, 5, 3, 3]),
        ("p", "Les heures d'insertion figurant au tableau ci-dessus constituent une condition d'exécution du marché, détaillée à l'article 9 du CCAP. Le facilitateur du PLIE de l'agglomération accompagne les titulaires."),
        ("h", "ARTICLE 3 – CANDIDATURE ET OFFRE"),
        ("p", "Le candidat produit le DUME ou les formulaires DC1 et DC2, puis, pour chaque lot, l'acte d'engagement, la DPGF et un mémoire technique."),
        ("pb",),
        ("h", "ARTICLE 4 – JUGEMENT DES OFFRES"),
        ("t", [["Critère", "Sous-critère", "Pondération"],
               ["Prix", "–", "50¤%"],
               ["Valeur technique", "Méthodologie et organisation en site occupé", "25¤%"],
               ["Valeur technique", "Bilan carbone des isolants et menuiseries proposés (FDES)", "10¤%"],
               ["Valeur technique", "Planning d'exécution", "15¤%"]], [2, 5, 2]),
        ("h", "ARTICLE 5 – NÉGOCIATION"),
        ("p", "Le maître d'ouvrage se réserve la possibilité de négocier avec les candidats ayant remis les trois meilleures offres."),
    ]))

# D21 – BPU (PDF) en tableau : pièges (lignes de prix)
DOCS.append(dict(
    name="bpu-espaces-verts-lot2-begles.pdf", kind="pdf",
    header="Ville de Bègles – Entretien des espaces verts – Lot n° 2 : parcs et squares",
    footer="Bordereau des prix unitaires (BPU)",
    blocks=[
        ("h", "BORDEREAU DES PRIX UNITAIRES – LOT N°¤2"),
        ("t", [["N°", "Désignation", "Unité", "Prix unitaire HT"],
               ["2.01", "Tonte de pelouse avec ramassage", "m²", ""],
               ["2.02", "Taille de haie sur deux faces, hauteur inférieure à 2 m", "ml", ""],
               ["2.03", "Ramassage des feuilles et évacuation en déchetterie", "m²", ""],
               ["2.04", "Débroussaillage de talus", "m²", ""],
               ["2.05", "Désherbage manuel de massif", "m²", ""],
               ["2.06", "Fourniture et mise en œuvre de paillage (écorces de pin)", "m³", ""],
               ["2.07", "Plantation d'arbuste en conteneur 3 L", "u", ""],
               ["2.08", "Heure de main-d'œuvre en régie (jardinier qualifié)", "h", ""]], [1, 6, 1, 2]),
        ("p", "Les prix s'entendent toutes sujétions comprises, y compris le déplacement du personnel et du matériel.\nCachet et signature du candidat :"),
    ]))

# D22 – CCTP (DOCX) à tableau d'exigences environnementales
DOCS.append(dict(
    name="cctp-fournitures-bureau-ddtm29.docx", kind="docx",
    header="Direction départementale des territoires et de la mer du Finistère – Fournitures de bureau",
    footer="CCTP – Accord-cadre 2025-DDTM29-05",
    blocks=[
        ("h", "ARTICLE 1 – OBJET"),
        ("p", "Le présent CCTP fixe les spécifications des fournitures de bureau (lot 1) et du papier de reprographie (lot 2) livrées aux services de la DDTM du Finistère. Le marché comporte deux lots."),
        ("h", "ARTICLE 2 – EXIGENCES ENVIRONNEMENTALES"),
        ("p", "Les produits livrés respectent, pendant toute la durée du marché, les exigences suivantes :"),
        ("t", [["Famille de produits", "Exigence", "Moyen de preuve"],
               ["Papier de reprographie", "100¤% fibres recyclées ou fibres issues de forêts gérées durablement", "Certificat Ange bleu, Ecolabel européen, PEFC ou FSC"],
               ["Stylos et surligneurs", "Modèles rechargeables ; recharges disponibles au catalogue", "Fiche produit"],
               ["Classeurs et chemises", "Carton recyclé, sans PVC", "Fiche technique"],
               ["Emballages de livraison", "Réduits ; cartons repris à la livraison suivante", "Engagement du titulaire"]], [2, 4, 3]),
        ("h", "ARTICLE 3 – LIVRAISONS"),
        ("p", "Les livraisons sont regroupées une fois par mois et par site. Le titulaire indique sur le bordereau de livraison les références livrées."),
        ("h", "ARTICLE 4 – CATALOGUE"),
        ("p", "Le titulaire met à disposition un catalogue en ligne ; l'environnement de commande est accessible par identifiant personnel."),
    ]))

# D23 – CCTP (PDF) en deux colonnes, voirie
_CCTP_VOIRIE = [
    ("h", "CHAPITRE 1 – GÉNÉRALITÉS"),
    ("p", "1.1 Objet. Le présent CCTP décrit les travaux du programme annuel d'entretien de la voirie intercommunale : reprofilage, couches de roulement, bordures et signalisation horizontale."),
    ("p", "1.2 Environnement du chantier. Plusieurs sections longent une école et des habitations ; l'entreprise informe les riverains quarante-huit heures avant toute intervention et maintient les accès piétons."),
    ("h", "CHAPITRE 2 – PROVENANCE ET QUALITÉ DES MATÉRIAUX"),
    ("p", "2.1 Enrobés. Les enrobés bitumineux à chaud contiennent au moins 20¤% d'agrégats d'enrobés recyclés ; le taux réel est justifié par les fiches de fabrication de la centrale."),
    ("p", "2.2 Déblais. Les matériaux de déblai sont réutilisés en remblai sur le chantier lorsque leur qualité géotechnique le per-|met ; à défaut, ils sont dirigés vers une plateforme de recyclage des inertes."),
    ("p", "2.3 Granulats. Les granulats proviennent de carrières situées dans un rayon de 60 km, sauf impossibilité technique justifiée."),
    ("h", "CHAPITRE 3 – EXÉCUTION DES TRAVAUX"),
    ("p", "3.1 Rabotage. Les fraisats sont intégralement recyclés ; leur mise en décharge est interdite."),
    ("p", "3.2 Déchets. L'entreprise trie ses déchets sur le chantier, ne brûle aucun déchet et remet au maître d'œuvre les bons de dépôt des installations de traitement."),
    ("p", "3.3 Engins. Les engins et véhicules sont entretenus pour éviter toute fuite d'hydrocarbures ; un kit antipollution est présent sur chaque chantier."),
    ("p", "3.4 Signalisation. La signalisation temporaire est conforme à l'instruction interministérielle sur la signalisation routière, 8e partie."),
    ("h", "CHAPITRE 4 – CONTRÔLES"),
    ("p", "4.1 Contrôles extérieurs. Le maître d'œuvre peut faire réaliser des carottages ; en cas de non-conformité d'épaisseur, la réfaction est calculée selon le barème de l'annexe 2."),
    ("p", "4.2 Réception. La réception a lieu après un relevé contradictoire des surfaces traitées et la remise du dossier des ouvrages exécutés."),
]
DOCS.append(dict(
    name="cctp-voirie-coeur-de-savoie-2col.pdf", kind="pdf", columns=2,
    header="Communauté de communes Cœur de Savoie – Programme de voirie 2025",
    footer="CCTP – Accord-cadre de travaux de voirie",
    blocks=_CCTP_VOIRIE))

# D24 – CCAP (PDF) en deux colonnes, transport scolaire
DOCS.append(dict(
    name="ccap-transport-scolaire-pays-basque-2col.pdf", kind="pdf", columns=2,
    header="Communauté d'agglomération Pays Basque – Services de transport scolaire",
    footer="CCAP – Appel d'offres 2025-MOB-07",
    blocks=[
        ("h", "ARTICLE 1 – OBJET ET ALLOTISSEMENT"),
        ("p", "Le marché a pour objet l'exécution de services réguliers de transport scolaire desservant les collèges et lycées de l'agglomération. Il est divisé en 5 lots géographiques (lot 1 Labourd côte, lot 2 Labourd intérieur, lot 3 Basse-Navarre, lot 4 Soule, lot 5 circuits adaptés)."),
        ("h", "ARTICLE 2 – DURÉE"),
        ("p", "Les marchés débutent à la rentrée scolaire 2026 pour une durée de six années scolaires."),
        ("h", "ARTICLE 3 – VÉHICULES"),
        ("p", "3.1 Les autocars affectés répondent au minimum à la norme Euro VI. 3.2 Au moins 30¤% des véhicules neufs mis en service pendant la durée du marché sont des véhicules à faibles émissions (électrique, bioGNV, hydrogène) ; le titulaire présente chaque année l'état de sa flotte affectée. 3.3 Les véhicules sont équipés de ceintures de sécurité à toutes les places."),
        ("h", "ARTICLE 4 – ÉLÈVES EN SITUATION DE HANDICAP"),
        ("p", "Pour le lot 5, le titulaire affecte des véhicules équipés d'un élévateur ou d'une rampe et d'ancrages pour fauteuils roulants. Tous les conducteurs affectés suivent, avant la rentrée, une formation à l'accueil et à l'accompagnement des élèves en situation de handicap, dont le titulaire transmet les attestations."),
        ("h", "ARTICLE 5 – PERSONNEL"),
        ("p", "Les conducteurs sont titulaires du permis D et de la FIMO ou FCO en cours de validité. Le titulaire remet les attestations prévues à l'article D.¤8222-5 du code du travail."),
        ("h", "ARTICLE 6 – RÉMUNÉRATION"),
        ("p", "Le titulaire est rémunéré par un prix kilométrique et un prix journalier par véhicule, révisés annuellement selon la formule de l'annexe financière."),
        ("h", "ARTICLE 7 – PÉNALITÉS"),
        ("p", "Service non exécuté : 500¤€ par service. Retard supérieur à dix minutes non signalé : 50¤€. Véhicule non conforme à l'article 3 : 200¤€ par jour d'utilisation."),
        ("h", "ARTICLE 8 – CONTINUITÉ DU SERVICE"),
        ("p", "En cas de grève ou d'intempéries, le titulaire met en œuvre le plan de transport adapté prévu par la réglementation et informe l'agglomération au plus tard la veille à 18¤h."),
    ]))

# D25 – Page d'annonces légales (PDF) en deux colonnes : un avis de marché et un avis d'enquête publique
DOCS.append(dict(
    name="avis-jal-muret-toiture-2col.pdf", kind="pdf", columns=2,
    header="La Gazette du Comminges – Annonces légales et judiciaires – 12 juin 2025",
    footer="Annonces légales – habilitées par arrêté préfectoral",
    blocks=[
        ("h", "AVIS D'APPEL PUBLIC À LA CONCURRENCE"),
        ("p", "Commune de Muret, place de l'Hôtel-de-Ville, 31600 Muret.\nObjet : réfection de la toiture et de la zinguerie de l'école élémentaire Vasconia.\nProcédure : procédure adaptée. Lot unique.\nDurée : 3 mois."),
        ("p", "Critères d'attribution : prix 60¤% ; valeur technique 30¤% ; insertion professionnelle des publics éloignés de l'emploi (engagement du candidat) 10¤%."),
        ("p", "Marché réservé : non.\nConditions d'exécution : voir le dossier de consultation."),
        ("p", "Date limite de réception des offres : 7 juillet 2025 à 12¤h. Dossier téléchargeable sur le profil d'acheteur de la commune."),
        ("h", "AVIS D'ENQUÊTE PUBLIQUE"),
        ("p", "Par arrêté du 2 juin 2025, le préfet de la Haute-Garonne prescrit une enquête publique relative au projet de parc photovoltaïque au sol sur la commune de Saint-Clar-de-Rivière. Le dossier comprend une étude d'impact sur l'environnement et l'avis de l'autorité environnementale. Le commissaire enquêteur recevra le public en mairie les 1er, 9 et 17 juillet 2025."),
        ("h", "VENTE AUX ENCHÈRES"),
        ("p", "Adjudication d'une maison d'habitation à Carbonne, mise à prix 85¤000¤€, le 24 juillet 2025 à 14¤h au tribunal judiciaire de Toulouse."),
    ]))

# D26 – Questions / réponses (PDF)
DOCS.append(dict(
    name="qr-metropole-rouen-travaux.pdf", kind="pdf",
    header="Métropole Rouen Normandie – Aménagement du pôle d'échanges de Darnétal",
    footer="Questions des candidats et réponses de l'acheteur – n° 1 à 5",
    blocks=[
        ("h", "QUESTIONS / RÉPONSES"),
        ("p", "Question 1 : La visite du site est-elle obligatoire ?\nRéponse : Non, elle est facultative mais vivement conseillée."),
        ("p", "Question 2 : Pour le lot 2, le volume d'heures d'insertion peut-il être réalisé par une entreprise sous-traitante ?\nRéponse : Oui. Les 420 heures d'insertion prévues à l'article 8 du CCAP pour le lot 2 peuvent être réalisées par un sous-traitant, le titulaire restant responsable de leur réalisation devant la Métropole."),
        ("p", "Question 3 : Comment le sous-critère relatif aux déchets sera-t-il apprécié ?\nRéponse : Le sous-critère « gestion et valorisation des déchets de chantier » (5¤%) est noté au vu des filières et des taux de valorisation que le candidat s'engage à atteindre."),
        ("p", "Question 4 : La certification ISO¤14001 est-elle exigée ?\nRéponse : Non, aucune certification n'est exigée au stade de la candidature."),
        ("p", "Question 5 : Le marché est-il réservé à des structures d'insertion ?\nRéponse : Non, le marché n'est pas réservé."),
    ]))


# ----------------------------------------------------------------------------------------------
# Avis (HTML, XML, texte)
# ----------------------------------------------------------------------------------------------
TEXTS: dict[str, str] = {}

# D13 – avis BOAMP en HTML (procédure adaptée, français)
TEXTS["avis-boamp-nettoyage-talence.html"] = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Avis n° 25-084417 – Ville de Talence – Nettoyage des bâtiments communaux</title></head>
<body>
<div class="header">BOAMP – Bulletin officiel des annonces des marchés publics – Avis n° 25-084417 – publié le 03/06/2025</div>
<h1>Avis de marché – Procédure adaptée</h1>
<h2>Section 1 : Identification de l'acheteur</h2>
<p>Nom complet de l'acheteur : Ville de Talence<br>Type de numéro national d'identification : SIRET<br>Code postal / Ville : 33400 Talence</p>
<h2>Section 2 : Communication</h2>
<p>Lien vers le profil d'acheteur : https://marchespublics.talence.fr</p>
<h2>Section 3 : Procédure</h2>
<p>Type de procédure : Procédure adaptée ouverte<br>Conditions de participation : aptitude à exercer l'activité professionnelle – capacité économique et financière – capacités techniques et professionnelles, selon les documents de la consultation.<br>Technique d'achat : Accord-cadre à bons de commande<br>Date et heure limite de réception des offres : 04/07/2025 à 12h00<br>Présentation des offres par catalogue électronique : Interdite<br>Réduction du nombre de candidats : Non<br>Possibilité d'attribution sans négociation : Oui</p>
<p>Critères d'attribution : Prix des prestations : 60 % ; Valeur technique : 30 % ; Performance environnementale (produits écolabellisés, consommation d'eau) : 10 %</p>
<h2>Section 4 : Identification du marché</h2>
<p>Intitulé du marché : Nettoyage des bâtiments communaux<br>Code CPV principal : 90919200 – Services de nettoyage de bureaux<br>Type de marché : Services<br>Description succincte du marché : Nettoyage courant des écoles, de l'hôtel de ville et des équipements sportifs de la ville.<br>Lieu principal d'exécution : Talence<br>Durée du marché (en mois) : 48<br>Valeur estimée hors TVA : 240 000 euros<br>La consultation comporte des tranches : Non<br>La consultation prévoit une réservation de tout ou partie du marché : Non<br>Marché alloti : Non</p>
<h2>Section 6 : Informations complémentaires</h2>
<p>Conditions particulières d'exécution : clause sociale d'insertion de 300 heures sur la durée du marché, en application de l'article L.2112-2 du code de la commande publique ; le facilitateur du PLIE des Graves accompagne le titulaire.<br>Visite obligatoire : Non<br>Date d'envoi du présent avis : 02/06/2025</p>
</body>
</html>
"""

# D27 – avis BOAMP en texte (procédure adaptée, deux lots, « Marché réservé. » pour un lot)
TEXTS["avis-boamp-encombrants-begles.txt"] = """BOAMP – Avis n° 25-097310 – Ville de Bègles
Avis de marché – Procédure adaptée

Section 1 : Identification de l'acheteur
Nom complet de l'acheteur : Ville de Bègles, esplanade du Raz, 33130 Bègles

Section 4 : Identification du marché
Intitulé du marché : Collecte des encombrants et valorisation des déchets d'équipements électriques et électroniques
Description succincte du marché : Collecte sur rendez-vous des encombrants des particuliers, tri des objets collectés en vue de leur réemploi, démantèlement et valorisation des DEEE.
Marché alloti : Oui

Section 5 : Lots
Lot n° 1 – Collecte des encombrants sur rendez-vous
Description : collecte en porte-à-porte, transport vers la déchetterie communautaire.
Lot n° 2 – Tri, réparation et démantèlement des DEEE collectés
Description : tri des appareils en vue de leur réemploi, démantèlement des appareils hors d'usage.
Informations complémentaires : Marché réservé. Ce lot est réservé aux structures d'insertion par l'activité économique.

Critères d'attribution (pour chaque lot) : prix 60 % ; valeur technique 40 %.

Section 6 : Informations complémentaires
Visite : Non. Date limite de réception des offres : 30/06/2025 à 12h00.
Avis n° 25-097310 – page 1/1
"""

# D19 – avis en anglais, rendu texte d'un avis JOUE
TEXTS["notice-en-lyon-school-works.txt"] = """France-Lyon: Construction work for school buildings
2025/S 118-392174
Contract notice
Works
Legal Basis: Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Official name: Ville de Lyon – Direction de la construction
Town: Lyon  NUTS code: FRK26 Rhône  Postal code: 69205  Country: France

Section II: Object
II.1.1) Title: Extension and energy retrofit of the Jean-Macé primary school
II.1.2) Main CPV code: 45214200 Construction work for school buildings
II.1.3) Type of contract: Works
II.1.4) Short description: Extension of the primary school (6 classrooms) and energy retrofit of the existing building in an occupied school environment.
II.1.5) Estimated total value: Value excluding VAT: 4 100 000.00 EUR
II.1.6) Information about lots: This contract is divided into lots: yes
Tenders may be submitted for all lots

II.2.1) Title: Structural works  Lot No: 1
II.2.5) Award criteria
Criteria below
Quality criterion - Name: Technical merit / Weighting: 40
Quality criterion - Name: Apprenticeships and jobs for people far from employment created on the site / Weighting: 10
Price - Weighting: 50

II.2.1) Title: Roofing and external insulation  Lot No: 2
II.2.5) Award criteria
Criteria below
Quality criterion - Name: Technical merit / Weighting: 50
Price - Weighting: 50

II.2.1) Title: Finishing works  Lot No: 3
II.2.5) Award criteria
Criteria below
Quality criterion - Name: Technical merit / Weighting: 45
Price - Weighting: 55

Section III: Legal, economic, financial and technical information
III.1.1) Suitability to pursue the professional activity: see procurement documents
III.1.3) Technical and professional ability: list of works carried out over the past five years
III.2.2) Contract performance conditions:
Social integration clause: 3 000 hours in total (lot 1: 1 800 hours; lot 2: 700 hours; lot 3: 500 hours), to be performed by people facing difficulties in accessing employment.

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure
IV.2.2) Time limit for receipt of tenders: 15/09/2025 Local time: 12:00

Section VI: Complementary information
VI.3) Additional information: The works take place while the school remains open.
VI.5) Date of dispatch of this notice: 18/06/2025
"""

# D14 – avis BOAMP au format XML (squelette du schéma BOAMP), fournitures en 3 lots
TEXTS["avis-boamp-produits-entretien-grand-chalon.xml"] = """<?xml version="1.0" encoding="UTF-8"?>
<ANNONCE xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://schemas.journal-officiel.gouv.fr/schemabook/boamp/Boamp_v230.xsd">
  <GESTION>
    <REFERENCE>
      <IDWEB>25-102955</IDWEB>
      <TYPE_AVIS><FAMILLE><JOUE/></FAMILLE><PERIMETRE><DIRECTIVE-24/></PERIMETRE><NATURE><APPEL_OFFRE><STANDARD/></APPEL_OFFRE></NATURE><STATUT><INITIAL/></STATUT></TYPE_AVIS>
    </REFERENCE>
    <NOM_HTML>25-102955.html</NOM_HTML>
    <INDEXATION>
      <DATE_PUBLICATION>2025-06-20</DATE_PUBLICATION>
      <DATE_FIN_DIFFUSION>2025-07-28</DATE_FIN_DIFFUSION>
      <DESCRIPTEURS><DESCRIPTEUR><CODE>129</CODE><LIBELLE>Produits d'entretien</LIBELLE></DESCRIPTEUR></DESCRIPTEURS>
      <CRITERES_SOCIAUX_ENV><ENVIRONNEMENTAUX/></CRITERES_SOCIAUX_ENV>
      <DEP_PUBLICATION>71</DEP_PUBLICATION>
      <RESUME_OBJET>Fourniture de produits d'entretien et d'hygiène pour les bâtiments de l'agglomération</RESUME_OBJET>
    </INDEXATION>
  </GESTION>
  <DONNEES>
    <IDENTITE>
      <DENOMINATION>Communauté d'agglomération Le Grand Chalon</DENOMINATION>
      <ADJUDICATEUR_NUTS>FRC13</ADJUDICATEUR_NUTS>
      <ADRESSE>23 avenue Georges-Pompidou</ADRESSE>
      <CP>71100</CP>
      <VILLE>Chalon-sur-Saône</VILLE>
      <MEL>commande.publique@legrandchalon.fr</MEL>
      <URL>https://www.legrandchalon.fr</URL>
      <URL_PROFIL_ACHETEUR>https://marches.legrandchalon.fr</URL_PROFIL_ACHETEUR>
      <URL_DOCUMENT>https://marches.legrandchalon.fr/consultation/2025-GC-44</URL_DOCUMENT>
      <AGIT_POUR_AUTRE_COMPTE_NON/>
      <ORGANISME_ACHETEUR_CENTRAL_NON/>
    </IDENTITE>
    <TYPE_POUVOIR_ADJUDICATEUR><AUTOTRITE_REGIONAL/></TYPE_POUVOIR_ADJUDICATEUR>
    <ACTIVITE_PRINCIPALE><POUVOIR_ADJUDICATEUR><ACT_SERV_ADM_PUB/></POUVOIR_ADJUDICATEUR></ACTIVITE_PRINCIPALE>
    <OBJET>
      <TITRE_MARCHE>Fourniture de produits d'entretien et d'hygiène</TITRE_MARCHE>
      <REF_MARCHE>2025-GC-44</REF_MARCHE>
      <TYPE_MARCHE><FOURNITURES/></TYPE_MARCHE>
      <OBJET_COMPLET>Accord-cadre à bons de commande pour la fourniture de produits d'entretien, d'essuyage et d'hygiène destinés aux bâtiments communautaires (piscines, crèches, services administratifs).</OBJET_COMPLET>
      <CPV><PRINCIPAL>39830000</PRINCIPAL></CPV>
      <DIV_EN_LOTS><OUI/><OFFRE_TOUS/></DIV_EN_LOTS>
      <LOTS>
        <LOT>
          <NUM>1</NUM>
          <INTITULE>Produits d'entretien des sols et surfaces</INTITULE>
          <DESCRIPTION>Détergents, dégraissants, détartrants et produits pour autolaveuses.</DESCRIPTION>
          <CPV><PRINCIPAL>39831000</PRINCIPAL></CPV>
          <CODE_NUTS>FRC13</CODE_NUTS>
          <CRITERES_ATTRIBUTION><CRITERES_CCTP/></CRITERES_ATTRIBUTION>
          <DUREE_MOIS>48</DUREE_MOIS>
          <VARIANTES_NON/>
          <OPTIONS_NON/>
          <CATALOGUE_ELECTRONIQUE_NON/>
          <FONDS_COMMUNAUTAIRES_NON/>
        </LOT>
        <LOT>
          <NUM>2</NUM>
          <INTITULE>Papier d'essuyage et distributeurs</INTITULE>
          <DESCRIPTION>Papier toilette, essuie-mains, bobines et distributeurs associés.</DESCRIPTION>
          <CPV><PRINCIPAL>33760000</PRINCIPAL></CPV>
          <CODE_NUTS>FRC13</CODE_NUTS>
          <CRITERES_ATTRIBUTION><CRITERES_CCTP/></CRITERES_ATTRIBUTION>
          <DUREE_MOIS>48</DUREE_MOIS>
          <VARIANTES_NON/>
          <OPTIONS_NON/>
          <CATALOGUE_ELECTRONIQUE_NON/>
          <FONDS_COMMUNAUTAIRES_NON/>
        </LOT>
        <LOT>
          <NUM>3</NUM>
          <INTITULE>Sacs poubelle</INTITULE>
          <DESCRIPTION>Sacs pour corbeilles et conteneurs, toutes contenances.</DESCRIPTION>
          <CPV><PRINCIPAL>19640000</PRINCIPAL></CPV>
          <CODE_NUTS>FRC13</CODE_NUTS>
          <CRITERES_ATTRIBUTION><CRITERES_CCTP/></CRITERES_ATTRIBUTION>
          <DUREE_MOIS>48</DUREE_MOIS>
          <VARIANTES_NON/>
          <OPTIONS_NON/>
          <CATALOGUE_ELECTRONIQUE_NON/>
          <FONDS_COMMUNAUTAIRES_NON/>
        </LOT>
      </LOTS>
    </OBJET>
    <PROCEDURE>
      <TYPE_PROCEDURE><OUVERT/></TYPE_PROCEDURE>
      <AVIS_IMPLIQUE><ACCORD_CADRE_OUI/></AVIS_IMPLIQUE>
      <ACCORD_CADRE><UN_SEUL_OPERATEUR/></ACCORD_CADRE>
      <ENCHERE_ELECTRONIQUE_NON/>
      <AMP_OUI/>
      <CRITERES_ATTRIBUTION><CRITERES_CCTP/></CRITERES_ATTRIBUTION>
      <MARCHE_PERIODIQUE_NON/>
    </PROCEDURE>
    <CONDITION_DELAI>
      <RECEPT_OFFRES>2025-07-25T12:00:00</RECEPT_OFFRES>
      <VALIDITE_OFFRE><DUREE_MOIS>6</DUREE_MOIS></VALIDITE_OFFRE>
    </CONDITION_DELAI>
    <CONDITION_RELATIVE_MARCHE>
      <PARTICIPATION_ELECTRONIQUE_NON/>
      <LANGUES><LANGUE>FR</LANGUE></LANGUES>
    </CONDITION_RELATIVE_MARCHE>
    <CONDITION_PARTICIPATION>
      <CAP_ECO_MARCHE_OUI/>
      <CAP_TECH_OFFRE_OUI/>
      <MARCHE_RESERVE_NON/>
      <CONDITION_PARTICULIERE_EXECUTION>Les livraisons sont effectuées par des véhicules répondant au moins à la norme Euro 6. Le titulaire reprend et valorise à ses frais les emballages de livraison (cartons, palettes, films) ; les bidons vides sont repris pour recyclage.</CONDITION_PARTICULIERE_EXECUTION>
      <ELIGIBLE_MPS><non/></ELIGIBLE_MPS>
    </CONDITION_PARTICIPATION>
    <CONDITION_ADMINISTRATIVE>
      <DATE_OUVERTURE_OFFRES>2025-07-25T14:00:00</DATE_OUVERTURE_OFFRES>
      <ENVOI_ELECTRONIQUE_AVEC_OUTIL_NON/>
    </CONDITION_ADMINISTRATIVE>
    <RENSEIGNEMENTS_COMPLEMENTAIRES>
      <RENS_COMPLEMENT>Le candidat indiquera dans son offre les moyens mis en oeuvre pour limiter l'impact environnemental de ses livraisons. Les échantillons sont remis avant la date limite de réception des offres.</RENS_COMPLEMENT>
      <PROCEDURES_RECOURS_PRECISIONS>Référé précontractuel avant la signature du marché ; recours pour excès de pouvoir dans les deux mois suivant la publication de l'avis d'attribution.</PROCEDURES_RECOURS_PRECISIONS>
      <ADRESSES_COMPLEMENTAIRES>
        <ADRESSE>
          <TYPE><INSTANCE_RECOURS/></TYPE>
          <DENOMINATION>Tribunal administratif de Dijon</DENOMINATION>
          <ADRESSE>22 rue d'Assas</ADRESSE>
          <CP>21000</CP>
          <VILLE>Dijon</VILLE>
          <TEL>+33 380733000</TEL>
          <MEL>greffe.ta-dijon@juradm.fr</MEL>
        </ADRESSE>
      </ADRESSES_COMPLEMENTAIRES>
    </RENSEIGNEMENTS_COMPLEMENTAIRES>
  </DONNEES>
</ANNONCE>
"""


def _ted(lg: str, doc_id: str, form_body: str, cpv: str, value: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<TED_EXPORT xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication" xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" xsi:schemaLocation="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication TED_EXPORT.xsd" VERSION="R2.0.9.S05.E01" DOC_ID="{doc_id}" EDITION="2025128">
  <TECHNICAL_SECTION>
    <RECEPTION_ID>25-{doc_id[:6]}-001</RECEPTION_ID>
    <DELETION_DATE>20251015</DELETION_DATE>
    <FORM_LG_LIST>{lg} </FORM_LG_LIST>
    <COMMENTS>From Convertor</COMMENTS>
  </TECHNICAL_SECTION>
  <LINKS_SECTION>
    <XML_SCHEMA_DEFINITION_LINK xlink:type="simple" xlink:href="http://ted.europa.eu" xlink:title="TED WEBSITE"/>
    <OFFICIAL_FORMS_LINK xlink:type="simple" xlink:href="http://ted.europa.eu"/>
    <FORMS_LABELS_LINK xlink:type="simple" xlink:href="http://ted.europa.eu"/>
    <ORIGINAL_CPV_LINK xlink:type="simple" xlink:href="http://ted.europa.eu"/>
    <ORIGINAL_NUTS_LINK xlink:type="simple" xlink:href="http://ted.europa.eu"/>
  </LINKS_SECTION>
  <CODED_DATA_SECTION>
    <REF_OJS><COLL_OJ>S</COLL_OJ><NO_OJ>128</NO_OJ><DATE_PUB>20250707</DATE_PUB></REF_OJS>
    <NOTICE_DATA>
      <NO_DOC_OJS>2025/S 128-{doc_id[:6]}</NO_DOC_OJS>
      <URI_LIST><URI_DOC LG="{lg}">https://ted.europa.eu/udl?uri=TED:NOTICE:{doc_id}:TEXT:{lg}:HTML</URI_DOC></URI_LIST>
      <LG_ORIG>{lg}</LG_ORIG>
      <ISO_COUNTRY VALUE="FR"/>
      <ORIGINAL_CPV CODE="{cpv}"/>
      <VALUES><VALUE TYPE="ESTIMATED_TOTAL" CURRENCY="EUR">{value}</VALUE></VALUES>
    </NOTICE_DATA>
    <CODIF_DATA>
      <DS_DATE_DISPATCH>20250702</DS_DATE_DISPATCH>
      <AA_AUTHORITY_TYPE CODE="3"/>
      <TD_DOCUMENT_TYPE CODE="3"/>
      <PR_PROC CODE="1"/>
      <RP_REGULATION CODE="4"/>
      <TY_TYPE_BID CODE="9"/>
      <AC_AWARD_CRIT CODE="2"/>
      <HEADING>01A04</HEADING>
    </CODIF_DATA>
  </CODED_DATA_SECTION>
  <FORM_SECTION>
{form_body}
  </FORM_SECTION>
</TED_EXPORT>
"""


# D15 – TED R2.0.9 en français, travaux en 4 lots
TEXTS["ted-fr-gymnase-saint-nazaire.xml"] = _ted("FR", "418852-2025", """    <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Ville de Saint-Nazaire</OFFICIALNAME>
          <ADDRESS>Place François-Blancho</ADDRESS>
          <TOWN>Saint-Nazaire</TOWN>
          <POSTAL_CODE>44600</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <E_MAIL>marches@mairie-saintnazaire.fr</E_MAIL>
          <n2016:NUTS CODE="FRG01"/>
          <URL_GENERAL>https://www.saintnazaire.fr</URL_GENERAL>
        </ADDRESS_CONTRACTING_BODY>
        <DOCUMENT_FULL/>
        <URL_DOCUMENT>https://marches.saintnazaire.fr/consultation/25T031</URL_DOCUMENT>
        <CA_TYPE VALUE="REGIONAL_AUTHORITY"/>
        <CA_ACTIVITY VALUE="GENERAL_PUBLIC_SERVICES"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Construction d'un gymnase et d'un dojo au quartier de Méan-Penhoët</P></TITLE>
        <REFERENCE_NUMBER>25T031</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="45212225"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="WORKS"/>
        <SHORT_DESCR><P>Construction d'un équipement sportif comprenant une salle multisports, un dojo, des vestiaires et un parvis paysager.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">2300000</VAL_ESTIMATED_TOTAL>
        <LOT_DIVISION><LOT_ALL/></LOT_DIVISION>
        <OBJECT_DESCR ITEM="1">
          <TITLE><P>Gros œuvre</P></TITLE>
          <LOT_NO>1</LOT_NO>
          <n2016:NUTS CODE="FRG01"/>
          <MAIN_SITE><P>Saint-Nazaire</P></MAIN_SITE>
          <SHORT_DESCR><P>Terrassements, fondations, maçonnerie, dallage.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>40</AC_WEIGHTING></AC_QUALITY>
            <AC_QUALITY><AC_CRITERION>Gestion environnementale du chantier (tri des déchets, limitation des nuisances)</AC_CRITERION><AC_WEIGHTING>10</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>50</AC_WEIGHTING></AC_PRICE>
          </AC>
          <DURATION TYPE="MONTH">16</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="2">
          <TITLE><P>Charpente bois – bardage</P></TITLE>
          <LOT_NO>2</LOT_NO>
          <n2016:NUTS CODE="FRG01"/>
          <SHORT_DESCR><P>Charpente lamellé-collé, bardage bois, couverture.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>50</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>50</AC_WEIGHTING></AC_PRICE>
          </AC>
          <DURATION TYPE="MONTH">16</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="3">
          <TITLE><P>Menuiseries – cloisons – peinture</P></TITLE>
          <LOT_NO>3</LOT_NO>
          <n2016:NUTS CODE="FRG01"/>
          <SHORT_DESCR><P>Menuiseries intérieures, cloisons, faux plafonds, peinture.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>45</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>55</AC_WEIGHTING></AC_PRICE>
          </AC>
          <DURATION TYPE="MONTH">16</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="4">
          <TITLE><P>Nettoyage de fin de chantier et entretien des abords</P></TITLE>
          <LOT_NO>4</LOT_NO>
          <n2016:NUTS CODE="FRG01"/>
          <SHORT_DESCR><P>Nettoyage de mise en service et entretien des espaces extérieurs pendant l'année de parfait achèvement.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>40</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>60</AC_WEIGHTING></AC_PRICE>
          </AC>
          <DURATION TYPE="MONTH">18</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
          <INFO_ADD><P>Marché réservé.</P></INFO_ADD>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Voir le règlement de la consultation.</P></SUITABILITY>
        <ECONOMIC_CRITERIA_DOC/>
        <TECHNICAL_CRITERIA_DOC/>
        <RESTRICTED_SHELTERED_WORKSHOP/>
        <PERFORMANCE_CONDITIONS><P>Clause sociale d'insertion : 1 500 heures réparties entre le lot 1 (900 heures) et le lot 3 (600 heures), selon les modalités fixées au CCAP.</P></PERFORMANCE_CONDITIONS>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <CONTRACT_COVERED_GPA/>
        <DATE_RECEIPT_TENDERS>2025-09-08</DATE_RECEIPT_TENDERS>
        <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
        <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
        <DURATION_TENDER_VALID TYPE="MONTH">6</DURATION_TENDER_VALID>
        <OPENING_CONDITION><DATE_OPENING_TENDERS>2025-09-08</DATE_OPENING_TENDERS><TIME_OPENING_TENDERS>14:00</TIME_OPENING_TENDERS></OPENING_CONDITION>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <NO_RECURRENT_PROCUREMENT/>
        <INFO_ADD><P>Visite du site conseillée. Les candidats peuvent répondre à un ou plusieurs lots.</P></INFO_ADD>
        <ADDRESS_REVIEW_BODY>
          <OFFICIALNAME>Tribunal administratif de Nantes</OFFICIALNAME>
          <ADDRESS>6 allée de l'Île-Gloriette</ADDRESS>
          <TOWN>Nantes</TOWN>
          <POSTAL_CODE>44041</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
        </ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2025-07-02</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>""", "45212225", "2300000")

# D17 – TED R2.0.9 en anglais, fournitures informatiques sans lots
TEXTS["ted-en-desktops-grenoble.xml"] = _ted("EN", "420113-2025", """    <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="EN">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Université Grenoble Alpes</OFFICIALNAME>
          <ADDRESS>621 avenue Centrale</ADDRESS>
          <TOWN>Saint-Martin-d'Hères</TOWN>
          <POSTAL_CODE>38400</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <n2016:NUTS CODE="FRK24"/>
          <URL_GENERAL>https://www.univ-grenoble-alpes.fr</URL_GENERAL>
        </ADDRESS_CONTRACTING_BODY>
        <DOCUMENT_FULL/>
        <CA_TYPE VALUE="BODY_PUBLIC"/>
        <CA_ACTIVITY VALUE="EDUCATION"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Supply of desktop computers and monitors</P></TITLE>
        <REFERENCE_NUMBER>UGA-2025-FCS-012</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="30213300"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SUPPLIES"/>
        <SHORT_DESCR><P>Framework agreement for the supply of desktop computers, monitors and docking stations for the university staff, including delivery, installation and warranty.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">860000</VAL_ESTIMATED_TOTAL>
        <NO_LOT_DIVISION/>
        <OBJECT_DESCR ITEM="1">
          <n2016:NUTS CODE="FRK24"/>
          <SHORT_DESCR><P>Desktop computers, 24-inch monitors and docking stations; the software environment is installed by the university.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Technical value</AC_CRITERION><AC_WEIGHTING>35</AC_WEIGHTING></AC_QUALITY>
            <AC_QUALITY><AC_CRITERION>Energy consumption of the equipment (typical energy consumption, kWh per year)</AC_CRITERION><AC_WEIGHTING>15</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>50</AC_WEIGHTING></AC_PRICE>
          </AC>
          <DURATION TYPE="MONTH">48</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>See procurement documents.</P></SUITABILITY>
        <TECHNICAL_PROFESSIONAL_INFO><P>Description of the quality and environmental management measures of the manufacturer (ISO 9001 and ISO 14001 certificates or equivalent evidence).</P></TECHNICAL_PROFESSIONAL_INFO>
        <PERFORMANCE_CONDITIONS><P>The supplier shall ensure that the equipment is manufactured in compliance with the core labour conventions of the International Labour Organisation throughout the supply chain, and shall provide social audit reports on request. All delivery packaging shall be taken back by the supplier for recycling.</P></PERFORMANCE_CONDITIONS>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <FRAMEWORK><SINGLE_OPERATOR/></FRAMEWORK>
        <CONTRACT_COVERED_GPA/>
        <DATE_RECEIPT_TENDERS>2025-08-29</DATE_RECEIPT_TENDERS>
        <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
        <LANGUAGES><LANGUAGE VALUE="FR"/><LANGUAGE VALUE="EN"/></LANGUAGES>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <NO_RECURRENT_PROCUREMENT/>
        <INFO_ADD><P>Tenders shall be submitted through the buyer profile. The contract is not reserved.</P></INFO_ADD>
        <ADDRESS_REVIEW_BODY>
          <OFFICIALNAME>Tribunal administratif de Grenoble</OFFICIALNAME>
          <TOWN>Grenoble</TOWN>
          <COUNTRY VALUE="FR"/>
        </ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2025-07-02</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>""", "30213300", "860000")


_UBL_NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
           'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
           'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
           'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
           'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" '
           'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1" '
           'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"')


def _criterion(kind: str, name: str, weight: int, lang: str) -> str:
    return f"""          <cac:SubordinateAwardingCriterion>
            <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
              <efac:AwardCriterionParameter>
                <efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode>
                <efbc:ParameterNumeric>{weight}</efbc:ParameterNumeric>
              </efac:AwardCriterionParameter>
            </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">{kind}</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="{lang}">{name}</cbc:Name>
            <cbc:Description languageID="{lang}">{name}</cbc:Description>
          </cac:SubordinateAwardingCriterion>
"""


def _eforms_lot(lot_id: str, lang: str, title: str, description: str, cpv: str, reserved: str,
                selection: str, execution: str | None, criteria: list[tuple[str, str, int]],
                strategic: list[tuple[str, str]]) -> str:
    execution_xml = ""
    if execution:
        execution_xml = f"""      <cac:ContractExecutionRequirement>
        <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
        <cbc:Description languageID="{lang}">{execution}</cbc:Description>
      </cac:ContractExecutionRequirement>
"""
    strategic_xml = "".join(
        f"""      <cac:ProcurementAdditionalType>
        <cbc:ProcurementTypeCode listName="{list_name}">{code}</cbc:ProcurementTypeCode>
      </cac:ProcurementAdditionalType>
""" for list_name, code in strategic)
    return f"""  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">{lot_id}</cbc:ID>
    <cac:TenderingTerms>
      <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
        <efac:SelectionCriteria>
          <cbc:CriterionTypeCode listName="selection-criterion">tp-abil</cbc:CriterionTypeCode>
          <cbc:Description languageID="{lang}">{selection}</cbc:Description>
        </efac:SelectionCriteria>
      </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
      <cbc:FundingProgramCode listName="eu-funded">no-eu-funds</cbc:FundingProgramCode>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement>
          <cbc:TendererRequirementTypeCode listName="reserved-procurement">{reserved}</cbc:TendererRequirementTypeCode>
        </cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
{execution_xml}      <cac:AwardingTerms>
        <cac:AwardingCriterion>
{''.join(_criterion(k, n, w, lang) for k, n, w in criteria)}        </cac:AwardingCriterion>
      </cac:AwardingTerms>
    </cac:TenderingTerms>
    <cac:TenderingProcess>
      <cbc:SubmissionMethodCode listName="esubmission">required</cbc:SubmissionMethodCode>
    </cac:TenderingProcess>
    <cac:ProcurementProject>
      <cbc:ID schemeName="InternalID">{lot_id}</cbc:ID>
      <cbc:Name languageID="{lang}">{title}</cbc:Name>
      <cbc:Description languageID="{lang}">{description}</cbc:Description>
      <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
{strategic_xml}      <cac:MainCommodityClassification>
        <cbc:ItemClassificationCode listName="cpv">{cpv}</cbc:ItemClassificationCode>
      </cac:MainCommodityClassification>
      <cac:PlannedPeriod><cbc:DurationMeasure unitCode="MONTH">60</cbc:DurationMeasure></cac:PlannedPeriod>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
"""


def _eforms(lang: str, notice_id: str, buyer: str, town: str, postal: str, nuts: str, title: str,
            description: str, cpv: str, amount: str | None, lots: str) -> str:
    amount_xml = (f"""    <cac:RequestedTenderTotal>
      <cbc:EstimatedOverallContractAmount currencyID="EUR">{amount}</cbc:EstimatedOverallContractAmount>
    </cac:RequestedTenderTotal>
""" if amount else "")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice {_UBL_NS}>
  <ext:UBLExtensions>
    <ext:UBLExtension>
      <ext:ExtensionContent>
        <efext:EformsExtension>
          <efac:NoticeSubType><cbc:SubTypeCode listName="notice-subtype">16</cbc:SubTypeCode></efac:NoticeSubType>
          <efac:Organizations>
            <efac:Organization>
              <efac:Company>
                <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>
                <cac:PartyName><cbc:Name languageID="{lang}">{buyer}</cbc:Name></cac:PartyName>
                <cac:PostalAddress>
                  <cbc:CityName>{town}</cbc:CityName>
                  <cbc:PostalZone>{postal}</cbc:PostalZone>
                  <cbc:CountrySubentityCode listName="nuts">{nuts}</cbc:CountrySubentityCode>
                  <cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country>
                </cac:PostalAddress>
              </efac:Company>
            </efac:Organization>
          </efac:Organizations>
        </efext:EformsExtension>
      </ext:ExtensionContent>
    </ext:UBLExtension>
  </ext:UBLExtensions>
  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">{notice_id}</cbc:ID>
  <cbc:ContractFolderID>{notice_id[::-1]}</cbc:ContractFolderID>
  <cbc:IssueDate>2025-06-24+02:00</cbc:IssueDate>
  <cbc:IssueTime>10:00:00+02:00</cbc:IssueTime>
  <cbc:VersionID>01</cbc:VersionID>
  <cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>
  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>{lang}</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cac:ContractingPartyType><cbc:PartyTypeCode listName="buyer-legal-type">ra-aut</cbc:PartyTypeCode></cac:ContractingPartyType>
    <cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification></cac:Party>
  </cac:ContractingParty>
  <cac:TenderingProcess>
    <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>
  </cac:TenderingProcess>
  <cac:ProcurementProject>
    <cbc:ID schemeName="InternalID">{notice_id[:8]}</cbc:ID>
    <cbc:Name languageID="{lang}">{title}</cbc:Name>
    <cbc:Description languageID="{lang}">{description}</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
{amount_xml}    <cac:MainCommodityClassification>
      <cbc:ItemClassificationCode listName="cpv">{cpv}</cbc:ItemClassificationCode>
    </cac:MainCommodityClassification>
  </cac:ProcurementProject>
{lots}</ContractNotice>
"""


# D16 – eForms en français : collecte des déchets (objet), 2 lots, insertion et véhicules en conditions d'exécution
_SMICTOM_EXEC = ("Clause sociale d'insertion : le titulaire réserve au moins 5 % des heures de collecte à des personnes "
                 "éloignées de l'emploi, avec l'appui du facilitateur du territoire. Les bennes affectées au marché "
                 "fonctionnent au bioGNV ou à l'électricité.")
_SMICTOM_SEL = "Références de collectes similaires ; certification ISO 14001 ou preuves équivalentes de management environnemental."
TEXTS["eforms-fr-collecte-smictom-des-forets.xml"] = _eforms(
    "FRA", "7f3c2a10-5b1e-4d6a-9c1f-2a8e44d0b915", "SMICTOM des Forêts", "Saint-Aubin-du-Cormier", "35140",
    "FRH03", "Collecte des déchets ménagers et assimilés",
    "Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages ménagers recyclables, transport vers le centre de tri et l'unité de valorisation.",
    "90511000", "3600000",
    _eforms_lot("LOT-0001", "FRA", "Collecte des ordures ménagères résiduelles",
                "Collecte hebdomadaire des ordures ménagères résiduelles sur les 19 communes du syndicat.",
                "90511100", "none", _SMICTOM_SEL, _SMICTOM_EXEC,
                [("price", "Prix", 60), ("quality", "Performance environnementale du parc de véhicules (émissions de CO2 et de NOx)", 20),
                 ("quality", "Organisation du service et continuité", 20)],
                [("strategic-procurement", "env-imp"), ("strategic-procurement", "soc-obj"), ("social-objective", "opp")])
    + _eforms_lot("LOT-0002", "FRA", "Collecte des emballages ménagers recyclables",
                  "Collecte en bacs jaunes tous les quinze jours et transport au centre de tri.",
                  "90511000", "none", _SMICTOM_SEL, _SMICTOM_EXEC,
                  [("price", "Prix", 60), ("quality", "Performance environnementale du parc de véhicules (émissions de CO2 et de NOx)", 20),
                   ("quality", "Organisation du service et continuité", 20)],
                  [("strategic-procurement", "env-imp"), ("strategic-procurement", "soc-obj"), ("social-objective", "opp")]))

# D18 – eForms en anglais : marché réservé (res-ws), critère social
TEXTS["eforms-en-green-spaces-gironde-habitat.xml"] = _eforms(
    "ENG", "c21e9b47-0d3a-4f58-8e2b-6b0f7a9d3c42", "Gironde Habitat", "Bordeaux", "33000", "FRI12",
    "Maintenance of the green spaces of social housing estates",
    "Mowing, hedge trimming, leaf collection and litter picking on 42 social housing estates in the Bordeaux area.",
    "77310000", None,
    _eforms_lot("LOT-0001", "ENG", "Maintenance of the green spaces of social housing estates",
                "Mowing, hedge trimming, leaf collection and litter picking on 42 social housing estates.",
                "77310000", "res-ws", "List of similar services performed over the last three years.", None,
                [("price", "Price", 70),
                 ("quality", "Support and training provided to the workers with disabilities assigned to the contract", 30)],
                []))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        path = OUT / doc["name"]
        blocks = nb(doc["blocks"])
        if doc["kind"] == "pdf":
            write_pdf(path, doc["header"], doc["footer"], blocks, columns=doc.get("columns", 1))
        else:
            write_docx(path, doc["header"], doc["footer"], blocks)
        print(path.relative_to(OUT.parent))
    for name, text in TEXTS.items():
        path = OUT / name
        write_text(path, text)
        print(path.relative_to(OUT.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
