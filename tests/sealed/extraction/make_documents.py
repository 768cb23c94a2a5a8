#!/usr/bin/env python3
"""Produit les dossiers du jeu scellé « extraction » (PDF reportlab, DOCX python-docx, un ZIP) et
leurs étiquettes par pièce (dossiers/labels.csv) à partir des textes tenus ici.

Les textes sont originaux (écrits pour ce jeu, sans lecture du code d'extraction ni du corpus).
Dans un paragraphe ou une cellule, « \\n » force un retour à la ligne : c'est ainsi que sont
fabriqués les chiffres coupés en fin de ligne (« 1 385\\n000 € HT ») que l'on trouve dans les PDF.

    .venv/bin/python tests/sealed/extraction/make_documents.py          # écrit dossiers/
    .venv/bin/python tests/sealed/extraction/make_documents.py --check  # + vérifie la couche texte
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1  # PDF reproductibles (pas de date de création variable)

HERE = Path(__file__).resolve().parent
OUT = HERE / "dossiers"
LABEL_COLUMNS = [
    "path", "doc_type", "clause_sociale", "clause_insertion", "heures_insertion", "critere_social",
    "marche_reserve", "reserve_base", "clause_environnementale", "critere_environnemental", "allotissement",
    "nb_lots", "montant_estime_ht", "montant_max_ht", "evidence",
]
FIXED_DATE = dt.datetime(2026, 1, 15, 9, 0, 0)

# ----------------------------------------------------------------------------------------- PDF

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19, alignment=TA_CENTER,
                       spaceAfter=10)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, alignment=TA_CENTER, spaceAfter=12)
HEADING = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8,
                         spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName="Helvetica-Bold")


def _markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def build_pdf(piece: dict, target: Path) -> None:
    header, footer = piece["header"], piece["footer"]

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        canvas.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        canvas.drawString(2 * cm, 1.2 * cm, footer)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canvas.restoreState()

    story = []
    for block in piece["blocks"]:
        kind = block[0]
        if kind == "title":
            story.append(Paragraph(_markup(block[1]), TITLE))
        elif kind == "sub":
            story.append(Paragraph(_markup(block[1]), SUBTITLE))
        elif kind == "h":
            story.append(Paragraph(_markup(block[1]), HEADING))
        elif kind == "p":
            story.append(Paragraph(_markup(block[1]), BODY))
        elif kind == "table":
            rows, widths = block[1], block[2]
            data = [[Paragraph(_markup(cell), CELL_BOLD if i == 0 else CELL) for cell in row]
                    for i, row in enumerate(rows)]
            total = A4[0] - 4 * cm
            col_widths = [total * w for w in widths] if widths else None
            table = Table(data, colWidths=col_widths, repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [table, Spacer(1, 6)]
        elif kind == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=piece.get("doc_title", ""),
                            author=piece.get("author", ""), creator="make_documents.py")
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# ----------------------------------------------------------------------------------------- DOCX


def _page_field(paragraph) -> None:
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


def build_docx(piece: dict, target: Path) -> None:
    document = docx.Document()
    document.core_properties.author = piece.get("author", "")
    document.core_properties.title = piece.get("doc_title", "")
    document.core_properties.created = FIXED_DATE
    document.core_properties.modified = FIXED_DATE
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    head = section.header.paragraphs[0]
    head.text = piece["header"]
    head.runs[0].font.size = Pt(8)
    foot = section.footer.paragraphs[0]
    run = foot.add_run(piece["footer"] + " – page ")
    run.font.size = Pt(8)
    _page_field(foot)
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    for block in piece["blocks"]:
        kind = block[0]
        if kind == "title":
            heading = document.add_heading(block[1], level=0)
            heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "sub":
            paragraph = document.add_paragraph(block[1])
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            document.add_heading(block[1], level=2)
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind == "table":
            rows = block[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, value in enumerate(row):
                    cell = table.cell(i, j)
                    cell.text = value
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            document.add_paragraph("")
        elif kind == "pb":
            document.add_page_break()
        else:
            raise ValueError(kind)
    document.save(str(target))


# ----------------------------------------------------------------------------------------- dossiers


def build_piece(piece: dict, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.suffix == ".pdf":
        build_pdf(piece, target)
    elif target.suffix == ".docx":
        build_docx(piece, target)
    else:
        raise ValueError(target)


def piece_text(piece: dict) -> str:
    """The piece's words, line breaks and cell borders turned into single spaces (for the evidence check)."""
    parts = [piece["header"], piece["footer"]]
    for block in piece["blocks"]:
        if block[0] == "table":
            parts += [cell for row in block[1] for cell in row]
        elif len(block) > 1:
            parts.append(block[1])
    return re.sub(r"\s+", " ", " ".join(parts))


def label_row(path: str, piece: dict) -> dict[str, str]:
    label = piece["label"]
    row = dict.fromkeys(LABEL_COLUMNS, "")
    row["path"] = path
    for column in LABEL_COLUMNS[1:]:
        value = label.get(column, "")
        row[column] = ";".join(value) if isinstance(value, list) else str(value)
    for column in ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                   "clause_environnementale", "critere_environnemental"):
        row[column] = row[column] or "0"
    return row


def check_evidence(path: str, piece: dict) -> list[str]:
    text = piece_text(piece)
    problems = []
    for quote in (piece["label"].get("evidence") or "").split(" | "):
        if quote and re.sub(r"\s+", " ", quote) not in text:
            problems.append(f"{path}: citation introuvable « {quote} »")
    if len(piece["label"].get("evidence") or "") > 300:
        problems.append(f"{path}: evidence > 300 caractères")
    return problems


def write_all() -> list[dict[str, str]]:
    if OUT.exists():
        for child in OUT.iterdir():
            if child.name in ("labels.csv",):
                continue
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    OUT.mkdir(exist_ok=True)
    rows, problems = [], []
    for name, pieces in DOSSIERS.items():
        if name.endswith(".zip"):
            staging = OUT / ("_staging_" + name)
            for inner, piece in pieces.items():
                build_piece(piece, staging / inner)
                rows.append(label_row(f"{name}/{inner}", piece))
                problems += check_evidence(f"{name}/{inner}", piece)
            with zipfile.ZipFile(OUT / name, "w", zipfile.ZIP_DEFLATED) as archive:
                for inner in pieces:
                    info = zipfile.ZipInfo(inner, date_time=FIXED_DATE.timetuple()[:6])
                    info.compress_type = zipfile.ZIP_DEFLATED
                    archive.writestr(info, (staging / inner).read_bytes())
            shutil.rmtree(staging)
        else:
            for inner, piece in pieces.items():
                build_piece(piece, OUT / name / inner)
                rows.append(label_row(f"{name}/{inner}", piece))
                problems += check_evidence(f"{name}/{inner}", piece)
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=LABEL_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    for problem in problems:
        print(problem, file=sys.stderr)
    return rows


def check_text_layers() -> int:
    """Every PDF (also inside the ZIP) has a text layer; report page counts."""
    import pypdfium2 as pdfium

    bad = 0

    def inspect(label: str, data: bytes) -> None:
        nonlocal bad
        pdf = pdfium.PdfDocument(data)
        chars = [len(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]
        status = "ok" if all(c > 50 for c in chars) else "SANS TEXTE"
        bad += status != "ok"
        print(f"{label:70s} {len(pdf)} p. {status}")

    for path in sorted(OUT.rglob("*")):
        if path.suffix == ".pdf":
            inspect(str(path.relative_to(OUT)), path.read_bytes())
        elif path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for inner in archive.namelist():
                    if inner.endswith(".pdf"):
                        inspect(f"{path.name}/{inner}", archive.read(inner))
        elif path.suffix == ".docx":
            document = docx.Document(str(path))
            print(f"{path.relative_to(OUT)!s:70s} docx, {len(document.tables)} tableau(x)")
    return bad


# =========================================================================================
# TEXTES DES PIÈCES
# =========================================================================================


def T(text):
    return ("title", text)


def S(text):
    return ("sub", text)


def H(text):
    return ("h", text)


def P(text):
    return ("p", text)


def TB(rows, widths=None):
    return ("table", rows, widths)


def PB():
    return ("pb",)


def piece(header, footer, blocks, label, author=""):
    return {"header": header, "footer": footer, "blocks": blocks, "label": label, "author": author,
            "doc_title": next((b[1] for b in blocks if b[0] == "title"), "")}


def L(doc_type, **values):
    """Étiquette d'une pièce (LABELS.md) ; les catégories absentes valent 0, les valeurs absentes sont vides."""
    return {"doc_type": doc_type, **values}


DOSSIERS: dict[str, dict[str, dict]] = {}

# -----------------------------------------------------------------------------------------
# d01 – Ville de Saint-Priest : voirie, marché unique ; le CCTP range ses prescriptions en « lots
# techniques » ; estimation coupée en fin de ligne ; aucune date de publication, date limite seule.
# -----------------------------------------------------------------------------------------
_H01 = "Ville de Saint-Priest – Direction de l'espace public"
DOSSIERS["d01-voirie-saint-priest"] = {
    "RC.pdf": piece(_H01, "RC – MAPA n° 2025-VOI-07 – Rue Aristide-Briand", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Requalification de la rue Aristide-Briand\nProcédure adaptée – articles L. 2123-1 et R. 2123-1 1° "
          "du code de la commande publique"),
        H("Article 1 – Acheteur"),
        P("Ville de Saint-Priest, place Charles-Ottina, 69800 Saint-Priest, représentée par son maire. "
          "Service gestionnaire : Direction de l'espace public, bureau des marchés."),
        H("Article 2 – Objet de la consultation"),
        P("La consultation porte sur les travaux de requalification de la rue Aristide-Briand entre la place "
          "de la Mairie et le boulevard Édouard-Herriot : reprise complète de la chaussée, élargissement des "
          "trottoirs, création d'une piste cyclable bidirectionnelle et renouvellement de l'éclairage public. "
          "Les travaux sont réalisés sous circulation maintenue, par demi-chaussée."),
        H("Article 3 – Décomposition du marché"),
        P("Le marché n'est pas alloti. Les travaux de chaussée, de trottoirs et de réseaux sont imbriqués sur "
          "un linéaire de 420 mètres et doivent être phasés au jour le jour ; leur dévolution à plusieurs "
          "entreprises rendrait l'exécution techniquement difficile et plus coûteuse (article L. 2113-11 du "
          "code de la commande publique). Le marché ne comporte ni tranche ni variante imposée."),
        H("Article 4 – Montant prévisionnel et délai"),
        P("Le montant des travaux est estimé par la maîtrise d'œuvre à 1 385\n000 € HT. Le délai global "
          "d'exécution est de huit mois, période de préparation d'un mois comprise."),
        H("Article 5 – Clause d'insertion professionnelle"),
        P("En application de l'article L. 2112-2 du code de la commande publique, le titulaire réalise une "
          "action d'insertion professionnelle d'un volume minimal de 1 800 heures de travail au profit de "
          "personnes éloignées de l'emploi, dans les conditions fixées à l'article 9 du CCAP. Le facilitateur "
          "de la Maison métropolitaine d'insertion pour l'emploi accompagne le titulaire dans la mise en œuvre "
          "de cet engagement."),
        PB(),
        H("Article 6 – Jugement des offres"),
        P("L'offre économiquement la plus avantageuse est appréciée selon les critères pondérés suivants :"),
        TB([["Critère", "Pondération"],
            ["Prix des prestations (sur la base de la DPGF)", "55 %"],
            ["Valeur technique, dont :", "45 %"],
            ["– méthodologie, phasage et maintien de la circulation", "25 %"],
            ["– moyens humains et matériels affectés au chantier", "10 %"],
            ["– gestion environnementale du chantier : tri et valorisation des déblais, réduction du bruit "
             "et des poussières", "10 %"]], [0.8, 0.2]),
        H("Article 7 – Conditions de remise des offres"),
        P("Les offres sont déposées exclusivement sur le profil d'acheteur de la Ville. Date limite de "
          "réception des offres : vendredi 16 mai 2025 à 12 h 00. Le délai de validité des offres est de "
          "120 jours."),
        H("Article 8 – Renseignements"),
        P("Les questions sont posées sur le profil d'acheteur au plus tard huit jours avant la date limite. "
          "Les réponses sont communiquées à l'ensemble des candidats ayant retiré le dossier."),
    ], L("RC", clause_sociale=1, clause_insertion=1, heures_insertion=1800, critere_environnemental=1,
         allotissement=0, montant_estime_ht=1385000,
         evidence="volume minimal de 1 800 heures de travail | gestion environnementale du chantier : tri et "
                  "valorisation des déblais | Le marché n'est pas alloti. | estimé par la maîtrise d'œuvre à "
                  "1 385 000 € HT"), author="Ville de Saint-Priest"),
    "CCAP.docx": piece("Ville de Saint-Priest", "CCAP – MAPA 2025-VOI-07", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Requalification de la rue Aristide-Briand – MAPA n° 2025-VOI-07"),
        H("Article 1 – Objet et décomposition"),
        P("1.1 Le présent marché a pour objet les travaux de requalification de la rue Aristide-Briand "
          "(chaussée, trottoirs, piste cyclable, éclairage public)."),
        P("1.2 Le marché n'est pas décomposé en lots. Il ne comporte pas de tranches. Les prescriptions "
          "techniques sont présentées au CCTP par corps d'état, sans que cette présentation emporte "
          "allotissement."),
        H("Article 2 – Pièces contractuelles"),
        P("Par ordre de priorité décroissante : l'acte d'engagement ; le présent CCAP ; le CCTP ; la "
          "décomposition du prix global et forfaitaire (DPGF) ; le CCAG applicable aux marchés publics de "
          "travaux approuvé par l'arrêté du 30 mars 2021."),
        H("Article 3 – Prix"),
        P("Les travaux sont réglés par un prix global et forfaitaire. Les prix sont révisables selon l'index "
          "TP01 ; le mois zéro est celui de la date limite de remise des offres."),
        H("Article 4 – Délais"),
        P("Le délai d'exécution est de huit mois à compter de la date fixée par l'ordre de service de "
          "démarrage, période de préparation d'un mois comprise."),
        H("Article 5 – Réception et garantie"),
        P("Le délai de garantie est d'un an à compter de la date d'effet de la réception. Les luminaires "
          "font en outre l'objet d'une garantie de cinq ans accordée par le fabricant."),
        H("Article 8 – Gestion des déchets de chantier"),
        P("Le titulaire trie sur le chantier les déchets en cinq flux au minimum (inertes, enrobés, métaux, "
          "bois, déchets non dangereux en mélange). Il remet avant le démarrage un schéma d'organisation et de "
          "gestion des déchets (SOGED) et justifie la destination de chaque flux par les bordereaux de suivi. "
          "Au moins 70 % en masse des déchets inertes sont valorisés en réemploi ou en recyclage."),
        H("Article 9 – Clause d'insertion professionnelle"),
        P("9.1 Le titulaire s'engage à réaliser, pendant la durée du marché, une action d'insertion "
          "représentant au minimum 1 800 heures de travail, confiées à des personnes rencontrant des "
          "difficultés sociales ou professionnelles particulières : demandeurs d'emploi de longue durée, "
          "bénéficiaires du RSA, jeunes de moins de 26 ans sans qualification, travailleurs reconnus "
          "handicapés, résidents des quartiers prioritaires de la politique de la ville."),
        P("9.2 Le titulaire choisit librement la modalité de mise en œuvre : embauche directe, mise à "
          "disposition par une entreprise de travail temporaire d'insertion ou par un groupement d'employeurs "
          "pour l'insertion et la qualification, sous-traitance à une structure d'insertion par l'activité "
          "économique."),
        P("9.3 Le titulaire transmet chaque mois au facilitateur l'état des heures réalisées. Les manquements "
          "sont sanctionnés comme suit :"),
        TB([["Manquement", "Pénalité"],
            ["Heure d'insertion non réalisée au terme du marché", "50 € HT par heure"],
            ["Retard dans la transmission de l'état mensuel", "100 € HT par jour"]]),
    ], L("CCAP", clause_sociale=1, clause_insertion=1, heures_insertion=1800, clause_environnementale=1,
         allotissement=0,
         evidence="au minimum 1 800 heures de travail | trie sur le chantier les déchets en cinq flux | Le "
                  "marché n'est pas décomposé en lots"), author="Ville de Saint-Priest"),
    "CCTP.pdf": piece(_H01, "CCTP – MAPA n° 2025-VOI-07", [
        T("CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES"),
        S("Requalification de la rue Aristide-Briand – Ville de Saint-Priest"),
        H("Chapitre 0 – Généralités"),
        P("Le présent CCTP décrit les ouvrages à réaliser par l'entreprise titulaire du marché. Pour la "
          "commodité de la lecture, les prescriptions sont regroupées en trois lots techniques, qui "
          "correspondent à des corps d'état et non à des marchés distincts : l'ensemble des travaux est "
          "exécuté sous la responsabilité du seul titulaire."),
        H("LOT 1 – TERRASSEMENTS ET CHAUSSÉES"),
        P("Rabotage de la couche de roulement sur 8 cm, purges localisées, mise en œuvre d'une grave-bitume "
          "0/14 et d'un béton bitumineux semi-grenu 0/10. Les enrobés contiennent au moins 20 % d'agrégats "
          "d'enrobés recyclés ; les fraisats sont acheminés vers une centrale d'enrobage pour y être recyclés "
          "et ne peuvent être mis en décharge."),
        H("LOT 2 – BORDURES, TROTTOIRS ET PISTE CYCLABLE"),
        P("Pose de bordures en granit de réemploi issues de la dépose, complétées par des bordures neuves en "
          "béton ; trottoirs en béton désactivé ; piste cyclable en enrobé coloré dans la masse. Les déblais "
          "sains sont réutilisés en remblai des tranchées après contrôle de leur portance."),
        H("LOT 3 – ÉCLAIRAGE PUBLIC ET SIGNALISATION"),
        P("Remplacement des 34 candélabres par des mâts de 6 mètres équipés de luminaires LED dont la "
          "puissance est abaissée de moitié entre 23 h et 5 h. Signalisation horizontale en peinture à l'eau "
          "sans solvant."),
        H("Chapitre 4 – Contrôles"),
        P("Le titulaire réalise le contrôle intérieur (compacité, épaisseurs, planéité) ; le maître d'œuvre "
          "fait réaliser un contrôle extérieur par un laboratoire agréé."),
    ], L("CCTP", clause_environnementale=1,
         evidence="au moins 20 % d'agrégats d'enrobés recyclés | peinture à l'eau sans solvant"),
        author="Ville de Saint-Priest"),
    "AE.docx": piece("Ville de Saint-Priest", "AE – MAPA 2025-VOI-07", [
        T("ACTE D'ENGAGEMENT"),
        S("Acheteur : Ville de Saint-Priest\nObjet : requalification de la rue Aristide-Briand – MAPA n° "
          "2025-VOI-07"),
        H("A – Objet de l'acte d'engagement"),
        P("Le présent acte d'engagement porte sur l'ensemble des travaux. Le marché est unique et n'est pas "
          "décomposé en lots."),
        H("B – Engagement du titulaire"),
        P("Après avoir pris connaissance des pièces constitutives du marché, le signataire s'engage, sur la "
          "base de son offre, à exécuter les travaux aux conditions ci-après, pour le prix global et "
          "forfaitaire suivant :"),
        TB([["Montant", "Valeur"],
            ["Montant HT", "................................ €"],
            ["TVA (20 %)", "................................ €"],
            ["Montant TTC", "................................ €"]]),
        P("Délai d'exécution : huit mois, conformément à l'article 4 du CCAP."),
        H("C – Signature"),
        P("Fait à ......................, le ......................\nLe représentant habilité du titulaire "
          "(signature et cachet)"),
        P("Acceptation de l'offre par le pouvoir adjudicateur : le maire ou son représentant."),
    ], L("AE", allotissement=0, evidence="n'est pas décomposé en lots"), author="Ville de Saint-Priest"),
}

# -----------------------------------------------------------------------------------------
# d02 – Département de la Sarthe : espaces verts, 3 lots à bons de commande, maximums annuels par
# lot dans un tableau, 3 reconductions ; lot 3 réservé (L2113-12) ; heures lot 1 redites.
# -----------------------------------------------------------------------------------------
_H02 = "Département de la Sarthe – Direction des bâtiments et de l'éducation"
DOSSIERS["d02-espaces-verts-sarthe"] = {
    "RC.pdf": piece(_H02, "RC – Accord-cadre 2025-SVE-041", [
        T("RÈGLEMENT DE CONSULTATION"),
        S("Entretien des espaces verts des collèges et des centres d'exploitation routière\nAppel d'offres "
          "ouvert – articles R. 2124-2 1° et R. 2161-2 à R. 2161-5 du code de la commande publique\n"
          "RC – version du 28 août 2025"),
        H("1. Objet"),
        P("La consultation porte sur l'entretien courant des espaces verts (tonte, taille des haies, "
          "désherbage manuel ou mécanique, ramassage des feuilles) de 38 collèges et de 11 centres "
          "d'exploitation routière du Département."),
        H("2. Allotissement"),
        P("La consultation est divisée en trois lots, attribués séparément. Chaque lot donne lieu à un "
          "accord-cadre mono-attributaire exécuté par bons de commande, sans montant minimum, avec les "
          "montants maximums annuels suivants :"),
        TB([["Lot", "Secteur", "Montant maximum annuel HT"],
            ["1", "Secteur nord (Mamers, Sillé-le-Guillaume, Bonnétable)", "120 000 €"],
            ["2", "Secteur sud (La Flèche, Sablé-sur-Sarthe, Château-du-Loir)", "80 000 €"],
            ["3", "Sites du Mans et de sa couronne – lot réservé", "40 000 €"]], [0.1, 0.6, 0.3]),
        H("3. Durée"),
        P("Chaque accord-cadre est conclu pour une durée d'un an à compter du 1er janvier 2026. Il est "
          "reconductible tacitement trois fois par période d'un an, soit une durée maximale de quatre ans."),
        H("4. Lot réservé"),
        P("Le lot 3 est réservé aux entreprises adaptées et aux établissements et services d'aide par le "
          "travail, en application de l'article L. 2113-12 du code de la commande publique. Les candidats au "
          "lot 3 justifient de leur statut."),
        PB(),
        H("5. Insertion professionnelle (lot 1)"),
        P("Pour le lot 1, le titulaire réalise 2 400 heures d'insertion sur la durée maximale de "
          "l'accord-cadre, soit 600 heures par période annuelle, selon les modalités de l'article 8 du CCAP."),
        H("6. Critères d'attribution"),
        TB([["Critère", "Pondération"],
            ["Prix (bordereau des prix appliqué au détail quantitatif estimatif non contractuel)", "50 %"],
            ["Valeur technique (organisation, encadrement, plan de charge)", "35 %"],
            ["Performance environnementale des moyens : part du matériel électrique, gestion et valorisation "
             "des déchets verts", "15 %"]], [0.8, 0.2]),
        H("7. Remise des offres"),
        P("Les offres sont transmises par voie électronique avant le lundi 6 octobre 2025 à 12 h 00."),
    ], L("RC", clause_sociale=1, clause_insertion=1, heures_insertion=2400, marche_reserve=1,
         reserve_base=["L2113-12"], critere_environnemental=1, allotissement=1, nb_lots=3, montant_max_ht=960000,
         evidence="2 400 heures d'insertion sur la durée maximale | en application de l'article L. 2113-12 | "
                  "Performance environnementale des moyens | divisée en trois lots | reconductible tacitement "
                  "trois fois"), author="Département de la Sarthe"),
    "CCAP.docx": piece("Département de la Sarthe", "CCAP – Accord-cadre 2025-SVE-041", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Entretien des espaces verts des collèges et des centres d'exploitation routière – accord-cadre "
          "2025-SVE-041 – CCAP commun aux trois lots"),
        H("Article 1 – Objet et allotissement"),
        P("Le présent CCAP s'applique aux trois lots de la consultation : lot 1 (secteur nord), lot 2 "
          "(secteur sud) et lot 3 (sites du Mans et de sa couronne, réservé)."),
        H("Article 3 – Durée"),
        P("L'accord-cadre est conclu pour un an à compter du 1er janvier 2026 et peut être reconduit "
          "tacitement trois fois par période d'un an. Le titulaire qui refuse la reconduction en informe le "
          "Département trois mois avant l'échéance."),
        H("Article 4 – Montants"),
        P("Chaque lot est exécuté par bons de commande dans les limites annuelles suivantes :"),
        TB([["Lot", "Minimum annuel HT", "Maximum annuel HT"],
            ["Lot 1", "20 000 €", "120 000 €"],
            ["Lot 2", "15 000 €", "80 000 €"],
            ["Lot 3", "5 000 €", "40 000 €"]]),
        H("Article 7 – Prescriptions environnementales"),
        P("Aucun produit phytosanitaire n'est utilisé, y compris sur les terrains de sport. Les déchets verts "
          "sont valorisés par compostage ou par broyage et paillage sur place ; leur mise en décharge est "
          "interdite. Sur les sites scolaires, la tonte de proximité et la taille sont réalisées avec du "
          "matériel électrique sur batterie pendant les heures de cours."),
        H("Article 8 – Clause d'insertion (lot 1)"),
        P("Le titulaire du lot 1 consacre 2 400 heures de travail à des personnes éloignées de l'emploi sur "
          "la durée maximale de l'accord-cadre, soit 600 heures par période annuelle. Le suivi est assuré par "
          "le facilitateur du Département. En cas de non-reconduction, l'objectif est ramené au prorata des "
          "périodes exécutées."),
        H("Article 9 – Lot réservé"),
        P("Le lot 3 est réservé, en application de l'article L. 2113-12 du code de la commande publique, aux "
          "entreprises adaptées, aux ESAT et aux structures équivalentes."),
        H("Article 11 – Pénalités"),
        P("Non-réalisation des heures d'insertion : 40 € HT par heure manquante. Intervention non réalisée "
          "dans le délai du bon de commande : 150 € HT par jour de retard."),
    ], L("CCAP", clause_sociale=1, clause_insertion=1, heures_insertion=2400, marche_reserve=1,
         reserve_base=["L2113-12"], clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=960000,
         evidence="consacre 2 400 heures de travail | réservé, en application de l'article L. 2113-12 | "
                  "Aucun produit phytosanitaire | trois lots | 120 000 € | 80 000 € | 40 000 €"),
        author="Département de la Sarthe"),
    "AE-lot3.pdf": piece(_H02, "AE – Accord-cadre 2025-SVE-041 – Lot 3", [
        T("ACTE D'ENGAGEMENT"),
        S("Département de la Sarthe – Accord-cadre 2025-SVE-041\nLot n° 3 : entretien des espaces verts des "
          "sites du Mans et de sa couronne\nLot réservé en application de l'article L. 2113-12 du code de la "
          "commande publique"),
        H("1. Identification du candidat"),
        P("Nom, raison sociale : ..........................................\nStatut (cocher) : [ ] entreprise "
          "adaptée   [ ] ESAT   [ ] structure équivalente\nNuméro SIRET : ......................."),
        H("2. Engagement"),
        P("Le candidat s'engage à exécuter les prestations du lot n° 3 aux prix unitaires du bordereau des prix "
          "annexé, dans la limite d'un montant maximum annuel de 40 000 € HT, l'accord-cadre étant conclu pour "
          "un an et reconductible trois fois."),
        H("3. Durée"),
        P("Un an à compter du 1er janvier 2026, reconductible tacitement trois fois par période d'un an."),
        H("4. Signature"),
        P("À ..................., le ...................\nSignature du représentant habilité"),
    ], L("AE", marche_reserve=1, reserve_base=["L2113-12"], allotissement=1, montant_max_ht=160000,
         evidence="Lot réservé en application de l'article L. 2113-12 | montant maximum annuel de 40 000 € HT | "
                  "reconductible trois fois"), author="Département de la Sarthe"),
}

# -----------------------------------------------------------------------------------------
# d03 – CH intercommunal du Val d'Ariège : repas en liaison froide ; le RC donne 3 600 000 € HT,
# l'AE 2 600 000 + 1 300 000 (fait foi, confirmé par le registre des questions) ; pas de date de
# publication ; première question le 12/06/2025.
# -----------------------------------------------------------------------------------------
_H03 = "CHIVA – Direction des achats et de la logistique"
DOSSIERS["d03-restauration-chiva"] = {
    "RC.docx": piece(_H03, "RC – 2025-RES-03", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Centre hospitalier intercommunal du Val d'Ariège\nFourniture de repas en liaison froide pour les "
          "EHPAD de Foix, Lavelanet et Tarascon-sur-Ariège\nConsultation n° 2025-RES-03 – appel d'offres ouvert"),
        H("1. Objet"),
        P("La consultation porte sur la production et la livraison en liaison froide d'environ 210 000 repas "
          "par an (déjeuners, dîners, collations) pour trois EHPAD, ainsi que sur la reprise et le lavage des "
          "contenants."),
        H("2. Décomposition"),
        P("Le marché n'est pas alloti : la production, la livraison et la reprise des contenants constituent "
          "une prestation indissociable, assurée à partir d'une cuisine unique ; un découpage par "
          "établissement renchérirait le coût des tournées."),
        H("3. Forme et durée"),
        P("Accord-cadre à bons de commande, mono-attributaire, conclu pour une période initiale de 24 mois, "
          "reconductible une fois pour 12 mois. Le montant maximum de l'accord-cadre est fixé à 3 600 000 € HT."),
        H("4. Critères d'attribution"),
        TB([["Critère", "Pondération"],
            ["Prix", "40 %"],
            ["Qualité gustative et nutritionnelle (jury de dégustation)", "45 %"],
            ["Part de produits durables et de qualité au-delà du minimum légal, dont produits issus de "
             "l'agriculture biologique", "15 %"]]),
        H("5. Remise des offres"),
        P("Date limite de réception des offres : lundi 30 juin 2025 à 16 h 00. Une séance de dégustation est "
          "organisée avec les trois candidats les mieux classés."),
    ], L("RC", critere_environnemental=1, allotissement=0, montant_max_ht=3600000,
         evidence="Le marché n'est pas alloti | Le montant maximum de l'accord-cadre est fixé à 3 600 000 € HT | "
                  "Part de produits durables et de qualité au-delà du minimum légal"),
        author="CH intercommunal du Val d'Ariège"),
    "AE.pdf": piece(_H03, "AE – 2025-RES-03", [
        T("ACTE D'ENGAGEMENT"),
        S("Acheteur : Centre hospitalier intercommunal du Val d'Ariège\nObjet : fourniture de repas en liaison "
          "froide pour les EHPAD – consultation n° 2025-RES-03\nMarché non alloti"),
        H("Article 1 – Contractant"),
        P("Je soussigné(e) ....................................., agissant au nom et pour le compte de "
          "....................................., m'engage, sur la base de mon offre, à exécuter les "
          "prestations dans les conditions du CCAP et du CCTP."),
        H("Article 2 – Montants de l'accord-cadre"),
        P("L'accord-cadre est exécuté par bons de commande, sans montant minimum, dans la limite des montants "
          "maximums suivants :"),
        TB([["Période", "Durée", "Montant maximum HT"],
            ["Période initiale", "24 mois", "2 600\n000,00 €"],
            ["Période de reconduction", "12 mois", "1 300 000,00 €"]], [0.4, 0.25, 0.35]),
        H("Article 3 – Durée"),
        P("La période initiale court à compter du 1er septembre 2025. La reconduction est expresse ; elle est "
          "notifiée au titulaire au plus tard deux mois avant l'échéance."),
        H("Article 4 – Signature"),
        P("Fait à ..................., le ...................\nSignature du candidat"),
        P("Décision de l'acheteur : la présente offre est acceptée.\nLe directeur du CHIVA"),
    ], L("AE", allotissement=0, montant_max_ht=3900000,
         evidence="Marché non alloti | 2 600 000,00 € | 1 300 000,00 €"),
        author="CH intercommunal du Val d'Ariège"),
    "CCAP.pdf": piece(_H03, "CCAP – 2025-RES-03", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Fourniture de repas en liaison froide pour les EHPAD – consultation n° 2025-RES-03"),
        H("Article 1 – Objet"),
        P("Le présent accord-cadre a pour objet la production, la livraison en liaison froide et la reprise des "
          "contenants des repas des EHPAD du CHIVA. Le marché n'est pas alloti."),
        H("Article 2 – Pièces contractuelles"),
        P("L'acte d'engagement, qui fixe les montants maximums ; le présent CCAP ; le CCTP et ses annexes "
          "(grammages, plans alimentaires) ; le bordereau des prix unitaires ; le CCAG applicable aux marchés "
          "de fournitures courantes et de services. En cas de contradiction entre ces pièces, elles prévalent "
          "dans l'ordre ci-dessus."),
        H("Article 3 – Durée"),
        P("L'accord-cadre est conclu pour une période initiale de 24 mois à compter du 1er septembre 2025, "
          "reconductible une fois pour une période de 12 mois."),
        PB(),
        H("Article 6 – Qualité et durabilité des denrées"),
        P("En valeur d'achat annuelle, au moins 50 % des denrées entrant dans la composition des repas sont des "
          "produits durables et de qualité au sens de l'article L. 230-5-1 du code rural et de la pêche "
          "maritime, dont au moins 20 % issus de l'agriculture biologique. Le titulaire transmet chaque "
          "trimestre un état justificatif."),
        P("Le titulaire livre les repas dans des bacs gastronormes en inox réutilisables ; les barquettes en "
          "plastique à usage unique sont proscrites. Il organise avec chaque établissement une pesée "
          "trimestrielle des restes afin de réduire le gaspillage alimentaire."),
        H("Article 9 – Pénalités"),
        P("Retard de livraison supérieur à 30 minutes : 200 € HT par livraison. Non-respect des taux de "
          "produits durables : 1 % du montant facturé du trimestre."),
    ], L("CCAP", clause_environnementale=1, allotissement=0,
         evidence="bacs gastronormes en inox réutilisables | au moins 50 % des denrées | Le marché n'est pas "
                  "alloti"), author="CH intercommunal du Val d'Ariège"),
    "Questions-reponses.pdf": piece(_H03, "Registre des questions – 2025-RES-03", [
        T("REGISTRE DES QUESTIONS ET RÉPONSES"),
        S("Consultation n° 2025-RES-03 – Fourniture de repas en liaison froide pour les EHPAD"),
        H("Question n° 1 – reçue le 12/06/2025"),
        P("Le règlement de la consultation indique un montant maximum de 3 600 000 € HT, alors que l'acte "
          "d'engagement fixe 2 600 000 € HT pour la période initiale et 1 300 000 € HT pour la reconduction. "
          "Quel montant fait foi ?"),
        H("Réponse du 16/06/2025"),
        P("L'acte d'engagement fait foi. Le montant maximum de l'accord-cadre est de 2 600 000 € HT pour la "
          "période initiale de 24 mois et de 1 300 000 € HT pour la période de reconduction de 12 mois, soit "
          "3 900 000 € HT sur sa durée totale. Le chiffre du règlement de la consultation résulte d'une erreur "
          "matérielle."),
        H("Question n° 2 – reçue le 19/06/2025"),
        P("Les repas à texture modifiée sont-ils facturés au même prix que les repas standards ?"),
        H("Réponse du 20/06/2025"),
        P("Non : le bordereau des prix comporte une ligne distincte (prix n° 7)."),
    ], L("QR", montant_max_ht=3900000, evidence="soit 3 900 000 € HT sur sa durée totale"),
        author="CH intercommunal du Val d'Ariège"),
}

# -----------------------------------------------------------------------------------------
# d04 – Université de Franche-Comté (ZIP du profil d'acheteur, sous-dossiers numérotés) :
# nettoyage, 2 lots ; lot 2 réservé SIAE (sous-traitance ESAT possible) ; 1 500 heures (lot 1),
# l'annexe les répartit par année ; critère d'insertion ; estimation totale et par lot.
# -----------------------------------------------------------------------------------------
_H04 = "Université de Franche-Comté – Direction du patrimoine"
DOSSIERS["d04-nettoyage-universite.zip"] = {
    "01 - RC/RC.pdf": piece(_H04, "RC – consultation UFC-2025-042", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Nettoyage et hygiène des locaux des campus de Besançon-Bouloie et de Montbéliard\nAppel d'offres "
          "ouvert – consultation n° UFC-2025-042"),
        H("1. Objet et allotissement"),
        P("Les prestations sont réparties en deux lots, attribués séparément :\n– lot 1 : nettoyage des "
          "bâtiments du campus de la Bouloie à Besançon (48 000 m²) ;\n– lot 2 : nettoyage des bâtiments du "
          "site de Montbéliard (9 500 m²)."),
        H("2. Valeur estimée"),
        P("La valeur totale estimée de la consultation, sur la durée maximale de quatre ans, est de "
          "1 380 000 € HT, dont 1 100 000 € HT pour le lot 1 et 280 000 € HT pour le lot 2."),
        H("3. Lot réservé"),
        P("Le lot 2 est réservé aux structures d'insertion par l'activité économique mentionnées à l'article "
          "L. 5132-4 du code du travail, en application de l'article L. 2113-13 du code de la commande "
          "publique. Le titulaire du lot 2 peut confier une partie des prestations, en sous-traitance, à un "
          "ESAT ou à une entreprise adaptée."),
        H("4. Insertion professionnelle (lot 1)"),
        P("Le titulaire du lot 1 s'engage à réaliser 1\n500 heures d'insertion sur la durée totale du marché, "
          "selon l'annexe « clause sociale » jointe au CCAP."),
        PB(),
        H("5. Critères d'attribution"),
        TB([["Critère", "Lot 1", "Lot 2"],
            ["Prix", "50 %", "55 %"],
            ["Valeur technique (organisation, encadrement, contrôle de la qualité)", "40 %", "45 %"],
            ["Performance en matière d'insertion professionnelle des publics en difficulté (parcours, "
             "tutorat, formation)", "10 %", "—"]], [0.64, 0.18, 0.18]),
        H("6. Calendrier"),
        P("Date d'envoi de l'avis d'appel public à la concurrence au BOAMP et au JOUE : 5 décembre 2025.\n"
          "Date limite de réception des offres : mardi 20 janvier 2026 à 14 h 00."),
    ], L("RC", clause_sociale=1, clause_insertion=1, heures_insertion=1500, critere_social=1, marche_reserve=1,
         reserve_base=["L2113-13"], allotissement=1, nb_lots=2, montant_estime_ht=1380000,
         evidence="réaliser 1 500 heures d'insertion | Performance en matière d'insertion professionnelle | en "
                  "application de l'article L. 2113-13 | réparties en deux lots | 1 380 000 € HT"),
        author="Université de Franche-Comté"),
    "02 - CCAP/CCAP.pdf": piece(_H04, "CCAP – consultation UFC-2025-042", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Nettoyage et hygiène des locaux – consultation UFC-2025-042 – CCAP commun aux deux lots"),
        H("Article 1 – Objet"),
        P("Le marché est divisé en deux lots : lot 1 (campus de la Bouloie) et lot 2 (site de Montbéliard, "
          "réservé)."),
        H("Article 2 – Durée"),
        P("Chaque marché est conclu pour une durée d'un an à compter du 1er avril 2026, reconductible trois "
          "fois par période d'un an."),
        H("Article 3 – Prix"),
        P("Les prestations récurrentes sont rémunérées par un prix forfaitaire mensuel ; les prestations "
          "ponctuelles, par les prix unitaires du bordereau."),
        H("Article 6 – Produits et méthodes"),
        P("Les produits d'entretien utilisés sont porteurs de l'écolabel européen ou d'un label équivalent, à "
          "l'exception des désinfectants des salles de travaux pratiques. Le titulaire utilise des centrales "
          "de dilution et des textiles microfibres lavables ; les lingettes jetables sont proscrites. Il forme "
          "son personnel à l'éco-dosage dans les trois mois suivant la notification."),
        H("Article 7 – Clause d'insertion (lot 1)"),
        P("Le titulaire du lot 1 réalise 1 500 heures d'insertion sur la durée totale du marché, reconductions "
          "comprises. Les modalités, les publics et le suivi figurent à l'annexe « clause sociale »."),
        H("Article 8 – Lot réservé"),
        P("Le lot 2 est réservé aux SIAE en application de l'article L. 2113-13 du code de la commande "
          "publique. Le titulaire justifie chaque année de son conventionnement par l'État."),
    ], L("CCAP", clause_sociale=1, clause_insertion=1, heures_insertion=1500, marche_reserve=1,
         reserve_base=["L2113-13"], clause_environnementale=1, allotissement=1, nb_lots=2,
         evidence="réalise 1 500 heures d'insertion | réservé aux SIAE en application de l'article L. 2113-13 | "
                  "porteurs de l'écolabel européen | divisé en deux lots"), author="Université de Franche-Comté"),
    "03 - AE/AE-lot2.docx": piece("Université de Franche-Comté", "AE – UFC-2025-042 – lot 2", [
        T("ACTE D'ENGAGEMENT"),
        S("Université de Franche-Comté – consultation UFC-2025-042\nLot n° 2 : nettoyage des bâtiments du site "
          "de Montbéliard\nMarché réservé aux structures d'insertion par l'activité économique (article "
          "L. 2113-13 du code de la commande publique)"),
        H("1. Titulaire"),
        P("Raison sociale : ....................\nNature de la structure : [ ] entreprise d'insertion  [ ] "
          "association intermédiaire  [ ] atelier et chantier d'insertion  [ ] entreprise de travail "
          "temporaire d'insertion\nNuméro de conventionnement : ................."),
        H("2. Prix"),
        TB([["Prestation", "Montant HT"],
            ["Forfait mensuel de nettoyage récurrent", "........ €"],
            ["Montant annuel (12 mois)", "........ €"]]),
        H("3. Durée"),
        P("Un an à compter du 1er avril 2026, reconductible trois fois."),
        H("4. Signature"),
        P("Fait à ............, le ............"),
    ], L("AE", marche_reserve=1, reserve_base=["L2113-13"], allotissement=1,
         evidence="Lot n° 2 | Marché réservé aux structures d'insertion par l'activité économique (article "
                  "L. 2113-13"), author="Université de Franche-Comté"),
    "04 - Annexes/Annexe-clause-sociale.docx": piece("Université de Franche-Comté",
                                                     "Annexe au CCAP – UFC-2025-042", [
        T("ANNEXE AU CCAP – CLAUSE SOCIALE D'INSERTION"),
        S("Consultation UFC-2025-042 – Lot 1 : campus de la Bouloie"),
        H("1. Volume"),
        P("Le titulaire du lot 1 réalise 1 500 heures d'insertion sur la durée totale du marché (quatre ans si "
          "toutes les reconductions sont prononcées). À titre indicatif, ce volume se répartit ainsi :"),
        TB([["Période", "Heures d'insertion (indicatif)"],
            ["Année 1", "375"], ["Année 2", "375"], ["Année 3", "375"], ["Année 4", "375"]]),
        H("2. Publics"),
        P("Demandeurs d'emploi de longue durée, bénéficiaires de minima sociaux, jeunes de moins de 26 ans "
          "sans diplôme, personnes reconnues travailleurs handicapés, salariés en parcours dans une SIAE."),
        H("3. Modalités"),
        P("Embauche directe en CDD ou en CDI, mise à disposition par une ETTI ou une association "
          "intermédiaire, recours à un GEIQ. Un tuteur est désigné pour chaque personne."),
        H("4. Suivi et pénalités"),
        P("Le titulaire transmet un bilan semestriel au facilitateur de la Maison de l'emploi du Grand "
          "Besançon. Chaque heure non réalisée à l'échéance du marché donne lieu à une pénalité de 45 € HT."),
    ], L("AUTRE", clause_sociale=1, clause_insertion=1, heures_insertion=1500, allotissement=1,
         evidence="réalise 1 500 heures d'insertion sur la durée totale | Lot 1 : campus de la Bouloie"),
        author="Université de Franche-Comté"),
}

# -----------------------------------------------------------------------------------------
# d05 – OPH Loire Bocage Habitat : chaudières et VMC ; non alloti ; « CCAP valant acte
# d'engagement » ; maximum annuel × 4 périodes (tableau) ; insertion en part des heures (5 %) ;
# garantie des pièces 2 ans ; RC daté, pas de publication.
# -----------------------------------------------------------------------------------------
_H05 = "Loire Bocage Habitat – Office public de l'habitat"
DOSSIERS["d05-chaudieres-oph"] = {
    "RC.pdf": piece(_H05, "RC – consultation LBH-2026-03", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Entretien annuel et dépannage des chaudières individuelles gaz et des VMC\nProcédure adaptée "
          "ouverte – consultation LBH-2026-03\nRC – version du 10/02/2026"),
        H("1. Objet"),
        P("La consultation porte sur l'entretien annuel et le dépannage de 2 150 chaudières individuelles gaz "
          "et de 1 400 ventilations mécaniques contrôlées, réparties dans 64 résidences du patrimoine de "
          "l'Office."),
        H("2. Décomposition"),
        P("La consultation n'est pas allotie : l'entretien des chaudières, celui des VMC et la permanence de "
          "dépannage forment un service intégré, avec un interlocuteur et un numéro d'astreinte uniques pour "
          "les locataires."),
        H("3. Forme, durée et montant"),
        P("Accord-cadre à bons de commande, conclu pour un an à compter du 1er mai 2026 et reconductible trois "
          "fois par période d'un an. Le montant maximum est de 72 000 € HT par période annuelle ; il n'est pas "
          "fixé de minimum."),
        H("4. Insertion professionnelle"),
        P("Le titulaire réserve à des personnes en parcours d'insertion une part des heures de main-d'œuvre au "
          "moins égale à 5 % des heures travaillées au titre du marché (article 12 du CCAP valant acte "
          "d'engagement)."),
        H("5. Jugement des offres"),
        P("Prix : 60 %, apprécié sur un détail quantitatif estimatif non contractuel. Valeur technique : 40 % "
          "(délais d'intervention, organisation de l'astreinte, qualification des techniciens)."),
        H("6. Date limite"),
        P("Les offres sont remises sur la plateforme avant le vendredi 13 mars 2026 à 12 h 00."),
    ], L("RC", clause_sociale=1, clause_insertion=1, allotissement=0, montant_max_ht=288000,
         evidence="au moins égale à 5 % des heures travaillées | n'est pas allotie | 72 000 € HT par période "
                  "annuelle | reconductible trois fois"), author="Loire Bocage Habitat"),
    "CCAP-valant-AE.docx": piece("Loire Bocage Habitat", "CCAP valant AE – LBH-2026-03", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES VALANT ACTE D'ENGAGEMENT"),
        S("Entretien annuel et dépannage des chaudières individuelles gaz et des VMC – consultation LBH-2026-03"),
        H("Article 1 – Objet"),
        P("Le présent document vaut à la fois cahier des clauses administratives particulières et acte "
          "d'engagement. Le marché, non alloti, porte sur l'entretien annuel obligatoire et le dépannage des "
          "chaudières individuelles gaz et des VMC des logements de l'Office."),
        H("Article 2 – Durée"),
        P("L'accord-cadre prend effet le 1er mai 2026 pour un an. Il est reconductible tacitement trois fois "
          "par période d'un an."),
        H("Article 3 – Montants"),
        P("L'accord-cadre est exécuté par bons de commande, sans minimum, dans la limite des montants maximums "
          "suivants :"),
        TB([["Période", "Montant maximum HT"],
            ["Période initiale (mai 2026 – avril 2027)", "72 000 €"],
            ["Première reconduction", "72 000 €"],
            ["Deuxième reconduction", "72 000 €"],
            ["Troisième reconduction", "72 000 €"]]),
        H("Article 7 – Garanties"),
        P("Les pièces détachées fournies par le titulaire sont garanties deux ans, main-d'œuvre comprise, à "
          "compter de leur pose."),
        H("Article 9 – Véhicules d'intervention"),
        P("Au moins la moitié des véhicules affectés au marché sont électriques ou hybrides rechargeables dès "
          "la deuxième période d'exécution ; le titulaire communique la liste de ses véhicules et leur "
          "vignette Crit'Air à chaque reconduction."),
        H("Article 12 – Insertion professionnelle"),
        P("Le titulaire réserve à des personnes éloignées de l'emploi au moins 5 % des heures de main-d'œuvre "
          "consacrées au marché. Il déclare chaque semestre les heures réalisées au facilitateur de "
          "l'agglomération."),
        H("Article 15 – Engagement du candidat"),
        P("Après avoir pris connaissance du présent document et des pièces qu'il mentionne, le candidat "
          "s'engage, sans réserve, à exécuter les prestations aux prix du bordereau des prix unitaires joint à "
          "son offre.\nFait à ..............., le ...............\nSignature du candidat"),
    ], L("CCAP", clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=0,
         montant_max_ht=288000,
         evidence="au moins 5 % des heures de main-d'œuvre | véhicules affectés au marché sont électriques ou "
                  "hybrides rechargeables | non alloti | 72 000 €"), author="Loire Bocage Habitat"),
    "BPU.docx": piece("Loire Bocage Habitat", "BPU – LBH-2026-03", [
        T("BORDEREAU DES PRIX UNITAIRES"),
        S("Consultation LBH-2026-03 – prix en euros hors taxes"),
        TB([["N°", "Désignation", "Unité", "Prix unitaire HT"],
            ["1", "Entretien annuel d'une chaudière murale gaz (visite, nettoyage, contrôle de combustion, "
                  "attestation)", "u", "........"],
            ["2", "Entretien annuel d'une VMC simple flux (nettoyage des bouches, contrôle des débits)", "u",
             "........"],
            ["3", "Déplacement et diagnostic en dépannage, heures ouvrées", "u", "........"],
            ["4", "Majoration d'intervention en astreinte (nuit, week-end, jour férié)", "u", "........"],
            ["5", "Main-d'œuvre de dépannage au-delà de la première heure", "h", "........"],
            ["6", "Remplacement d'un corps de chauffe, fourniture et pose", "u", "........"]]),
        P("Les pièces détachées sont facturées au prix public du fabricant, affecté de la remise consentie à "
          "l'article 2 de l'offre."),
    ], L("BPU", evidence=""), author="Loire Bocage Habitat"),
}

# -----------------------------------------------------------------------------------------
# d06 – Département de la Haute-Vienne : collège, 9 lots ; avis BOAMP (EUR devant le chiffre,
# date d'envoi) ; RC : estimation par lot avec ligne de total, 2 300 heures ; CCAP : heures par
# lot dans un tableau, une cellule coupée.
# -----------------------------------------------------------------------------------------
_LOTS06 = [["1", "Gros œuvre", "1 020 000 €"], ["2", "Charpente bois", "310 000 €"],
           ["3", "Menuiseries extérieures", "280 000 €"], ["4", "Menuiseries intérieures", "190 000 €"],
           ["5", "Plâtrerie, isolation", "240 000 €"], ["6", "Électricité", "330 000 €"],
           ["7", "Chauffage, ventilation, plomberie", "410 000 €"], ["8", "Peinture", "90 000 €"],
           ["9", "Revêtements de sols", "80 000 €"]]
DOSSIERS["d06-college-haute-vienne"] = {
    "AVIS.pdf": piece("BOAMP – Avis n° 25-31874", "Avis de marché – Département de la Haute-Vienne", [
        T("AVIS D'APPEL PUBLIC À LA CONCURRENCE"),
        S("Département de la Haute-Vienne – Direction des bâtiments départementaux\n11 rue François-Chénieux, "
          "87000 Limoges"),
        H("Section I : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Département de la Haute-Vienne\nType d'acheteur : collectivité "
          "territoriale\nProfil d'acheteur : plateforme des marchés publics du Département"),
        H("Section II : Communication"),
        P("Accès aux documents de la consultation : accès libre, direct et complet sur le profil d'acheteur."),
        H("Section III : Procédure"),
        P("Type de procédure : procédure adaptée ouverte\nDate et heure limites de réception des plis : "
          "22 avril 2025 à 12 h 00"),
        H("Section IV : Identification du marché"),
        P("Intitulé du marché : restructuration et extension du collège Jean-Moulin à Saint-Junien\nCode CPV "
          "principal : 45214220 – Travaux de construction d'établissements d'enseignement secondaire\nType de "
          "marché : travaux\nValeur estimée hors TVA : EUR 2 950 000\nLa consultation comporte des tranches : "
          "non\nDivision en lots : oui – nombre de lots : 9"),
        H("Section V : Lots"),
        P("Lot 1 : gros œuvre – Lot 2 : charpente bois – Lot 3 : menuiseries extérieures – Lot 4 : menuiseries "
          "intérieures – Lot 5 : plâtrerie, isolation – Lot 6 : électricité – Lot 7 : chauffage, ventilation, "
          "plomberie – Lot 8 : peinture – Lot 9 : revêtements de sols"),
        H("Section VI : Conditions d'exécution et critères"),
        P("Conditions particulières d'exécution : clause sociale d'insertion pour les lots 1, 2, 3, 5 et 8 ; "
          "tri, traçabilité et valorisation des déchets de chantier pour tous les lots.\nCritères "
          "d'attribution : prix 50 % ; valeur technique 50 %."),
        H("Section VII : Informations complémentaires"),
        P("Date d'envoi du présent avis : 17 mars 2025"),
    ], L("AVIS", clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=9,
         montant_estime_ht=2950000,
         evidence="clause sociale d'insertion pour les lots 1, 2, 3, 5 et 8 | tri, traçabilité et valorisation "
                  "des déchets de chantier | Division en lots : oui – nombre de lots : 9 | EUR 2 950 000"),
        author="Département de la Haute-Vienne"),
    "RC.docx": piece("Département de la Haute-Vienne", "RC – consultation HV-2025-TRX-12", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Restructuration et extension du collège Jean-Moulin à Saint-Junien – consultation HV-2025-TRX-12"),
        H("Article 1 – Objet"),
        P("Les travaux comprennent la démolition de l'ancien bâtiment d'externat, la construction d'une "
          "extension de 1 450 m² (salles de sciences, centre de documentation) et la restructuration du "
          "bâtiment d'enseignement général, en site occupé."),
        H("Article 2 – Allotissement et estimation"),
        P("Les travaux sont répartis en neuf lots traités par marchés séparés. L'estimation du maître d'œuvre "
          "s'établit comme suit :"),
        TB([["Lot", "Désignation", "Estimation HT"], *_LOTS06, ["Total", "", "2 950 000 €"]]),
        PB(),
        H("Article 3 – Délai"),
        P("Le délai global d'exécution est de quatorze mois, dont un mois de préparation. Les délais propres à "
          "chaque lot résultent du calendrier détaillé d'exécution."),
        H("Article 4 – Insertion professionnelle"),
        P("Le volume global d'heures d'insertion s'élève à 2 300 heures, réparties entre les lots 1, 2, 3, 5 "
          "et 8 selon l'article 10 du CCAP. Les autres lots ne comportent pas d'heures d'insertion."),
        H("Article 5 – Critères"),
        P("Prix : 50 % ; valeur technique : 50 % (méthodologie : 30 % ; planning et moyens : 20 %)."),
        H("Article 6 – Remise des offres"),
        P("Date limite : 22 avril 2025 à 12 h 00. Les candidats peuvent répondre à un ou plusieurs lots."),
    ], L("RC", clause_sociale=1, clause_insertion=1, heures_insertion=2300, allotissement=1, nb_lots=9,
         montant_estime_ht=2950000,
         evidence="2 300 heures | répartis en neuf lots | 2 950 000 €"), author="Département de la Haute-Vienne"),
    "CCAP.pdf": piece("Département de la Haute-Vienne – Direction des bâtiments départementaux",
                      "CCAP – consultation HV-2025-TRX-12", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Collège Jean-Moulin à Saint-Junien – consultation HV-2025-TRX-12 – CCAP commun à tous les lots"),
        H("Article 1 – Allotissement"),
        P("Les travaux sont répartis en neuf lots ; chaque lot fait l'objet d'un marché distinct conclu avec "
          "une entreprise unique ou un groupement."),
        H("Article 4 – Délais"),
        P("Le délai global est de quatorze mois à compter de l'ordre de service de démarrage, période de "
          "préparation d'un mois comprise."),
        H("Article 9 – Gestion des déchets"),
        P("Chaque titulaire trie ses déchets dans les bennes communes installées par le titulaire du lot 1 "
          "(bois, métaux, plâtre, inertes, déchets non dangereux en mélange) et remet les bordereaux de suivi "
          "au maître d'œuvre. Au moins 70 % des déchets produits sont orientés vers une filière de "
          "valorisation."),
        H("Article 10 – Clause d'insertion"),
        P("Les titulaires des lots ci-dessous réalisent une action d'insertion dont le volume minimal est fixé "
          "par lot :"),
        TB([["Lot", "Désignation", "Heures d'insertion"],
            ["1", "Gros œuvre", "1\n200"], ["2", "Charpente bois", "300"], ["3", "Menuiseries extérieures", "250"],
            ["5", "Plâtrerie, isolation", "400"], ["8", "Peinture", "150"]], [0.12, 0.6, 0.28]),
        P("Les lots 4, 6, 7 et 9 ne comportent pas d'heures d'insertion. Le facilitateur du PLIE de "
          "l'agglomération accompagne les entreprises. Pénalité : 45 € HT par heure non réalisée."),
    ], L("CCAP", clause_sociale=1, clause_insertion=1, heures_insertion=2300, clause_environnementale=1,
         allotissement=1, nb_lots=9,
         evidence="Gros œuvre | 1 200 | 300 | 250 | 400 | 150 | Au moins 70 % des déchets produits | répartis en "
                  "neuf lots"), author="Département de la Haute-Vienne"),
}

# -----------------------------------------------------------------------------------------
# d07 – CCAS de Vierzon : linge de l'EHPAD ; avis JOUE avec la case « ateliers protégés » cochée
# mais VI.3 qui cite L2113-13 ; RC et CCP : SIAE ; maximum annuel × 3 périodes.
# -----------------------------------------------------------------------------------------
DOSSIERS["d07-linge-ehpad-vierzon"] = {
    "AVIS.pdf": piece("Supplément au Journal officiel de l'Union européenne", "Avis de marché – CCAS de Vierzon", [
        T("AVIS DE MARCHÉ"),
        S("Services – Directive 2014/24/UE"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Centre communal d'action sociale de Vierzon, EHPAD Résidence Les Tilleuls, "
          "18100 Vierzon, France\nI.4) Type de pouvoir adjudicateur : autorité régionale ou locale"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : traitement du linge plat et du linge des résidents de l'EHPAD Résidence Les "
          "Tilleuls\nII.1.2) Code CPV principal : 98310000\nII.1.3) Type de marché : services\nII.1.6) "
          "Information sur les lots : Ce marché est divisé en lots : non\nII.2.7) Durée du marché : 12 mois – "
          "Ce marché peut faire l'objet d'une reconduction : oui – Description des modalités ou du calendrier "
          "des reconductions : deux reconductions d'un an"),
        H("Section III : Renseignements d'ordre juridique"),
        P("III.1.5) Informations sur les marchés réservés\n[X] Le marché est réservé à des ateliers protégés et "
          "des opérateurs économiques dont l'objectif est l'intégration sociale et professionnelle de "
          "personnes handicapées ou défavorisées"),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : procédure ouverte\nIV.2.2) Date limite de réception des offres : "
          "08/12/2025 à 12:00"),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : Marché réservé aux structures d'insertion par l'activité "
          "économique, en application de l'article L. 2113-13 du code de la commande publique. Accord-cadre à "
          "bons de commande dont le montant maximum annuel est de 78 000 € HT.\nVI.5) Date d'envoi du présent "
          "avis : 04/11/2025"),
    ], L("AVIS", marche_reserve=1, reserve_base=["L2113-13"], allotissement=0, montant_max_ht=234000,
         evidence="Marché réservé aux structures d'insertion par l'activité économique, en application de "
                  "l'article L. 2113-13 | Ce marché est divisé en lots : non | montant maximum annuel est de "
                  "78 000 € HT | deux reconductions d'un an"), author="CCAS de Vierzon"),
    "RC.pdf": piece("CCAS de Vierzon – EHPAD Résidence Les Tilleuls", "RC – consultation CCAS-2025-07", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Traitement du linge de l'EHPAD Résidence Les Tilleuls\nConsultation CCAS-2025-07 – appel d'offres "
          "ouvert"),
        H("1. Objet"),
        P("Collecte, lavage, séchage, repassage, marquage et livraison du linge plat (draps, taies, "
          "serviettes) et du linge personnel des 96 résidents."),
        H("2. Marché réservé"),
        P("Le marché est réservé, en application de l'article L. 2113-13 du code de la commande publique, aux "
          "structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du "
          "travail. Les candidats joignent la convention qui les lie à l'État."),
        H("3. Décomposition, durée et montant"),
        P("Le marché n'est pas alloti : il fait l'objet d'un marché unique. Il s'agit d'un accord-cadre à bons "
          "de commande, sans minimum, d'un montant maximum annuel de 78 000 € HT, conclu pour un an à compter "
          "du 1er janvier 2026 et reconductible deux fois par période d'un an."),
        H("4. Critères"),
        TB([["Critère", "Pondération"],
            ["Prix", "60 %"],
            ["Valeur technique (circuit du linge, délais, traçabilité)", "30 %"],
            ["Démarche environnementale : lessives écolabellisées, consommation d'eau et d'énergie par "
             "kilogramme de linge traité", "10 %"]]),
        H("5. Remise des offres"),
        P("Avant le lundi 8 décembre 2025 à 12 h 00, sur le profil d'acheteur du CCAS."),
    ], L("RC", marche_reserve=1, reserve_base=["L2113-13"], critere_environnemental=1, allotissement=0,
         montant_max_ht=234000,
         evidence="réservé, en application de l'article L. 2113-13 | Démarche environnementale : lessives "
                  "écolabellisées | n'est pas alloti | 78 000 € HT | reconductible deux fois"),
        author="CCAS de Vierzon"),
    "CCP.docx": piece("CCAS de Vierzon – EHPAD Résidence Les Tilleuls", "CCP – consultation CCAS-2025-07", [
        T("CAHIER DES CLAUSES PARTICULIÈRES"),
        S("Traitement du linge de l'EHPAD Résidence Les Tilleuls – consultation CCAS-2025-07\nLe présent "
          "cahier regroupe les clauses administratives et techniques du marché."),
        H("Article 1 – Objet et forme"),
        P("Accord-cadre à bons de commande ; marché réservé aux SIAE (article L. 2113-13 du code de la "
          "commande publique). Montant maximum : 78 000 € HT par an. Durée : un an à compter du 1er janvier "
          "2026, reconductible deux fois."),
        H("Article 4 – Prescriptions techniques"),
        P("Deux collectes par semaine, le mardi et le vendredi ; restitution du linge plat sous 72 heures et "
          "du linge des résidents sous cinq jours ouvrés. Le linge des résidents est marqué au nom de chacun "
          "par étiquette thermocollée dès son entrée."),
        H("Article 5 – Exigences environnementales"),
        P("Les lessives et produits lessiviels sont porteurs de l'écolabel européen ou d'un label équivalent. "
          "Le linge est transporté dans des sacs en tissu réutilisables ; les sacs plastiques à usage unique "
          "sont interdits. Le titulaire communique chaque année sa consommation d'eau et d'énergie par "
          "kilogramme de linge traité."),
        H("Article 8 – Pénalités"),
        P("Retard de restitution : 50 € HT par jour. Linge perdu : remboursement à la valeur à neuf."),
    ], L("CCAP", marche_reserve=1, reserve_base=["L2113-13"], clause_environnementale=1, montant_max_ht=234000,
         evidence="marché réservé aux SIAE (article L. 2113-13 | porteurs de l'écolabel européen | 78 000 € HT "
                  "par an | reconductible deux fois"), author="CCAS de Vierzon"),
}

# -----------------------------------------------------------------------------------------
# d08 – Université de Bretagne Occidentale : fournitures, 4 lots, maximums par lot sur la durée
# totale + total écrit ; lot 4 réservé (mots seuls : EA/ESAT) ; avis d'attribution « le titulaire
# du lot 1 » ; pas de date de publication, date limite seule.
# -----------------------------------------------------------------------------------------
_LOTS08 = [["1", "Papier de reprographie", "200 000 €"], ["2", "Petites fournitures de bureau", "60 000 €"],
           ["3", "Consommables d'impression", "90 000 €"],
           ["4", "Fournitures de classement conditionnées par une EA ou un ESAT (lot réservé)", "25 000 €"]]
_H08 = "Université de Bretagne Occidentale – Service des achats"
DOSSIERS["d08-fournitures-ubo"] = {
    "RC.pdf": piece(_H08, "RC – consultation UBO-2025-FB", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Fournitures de bureau, papier et consommables d'impression\nAppel d'offres ouvert – consultation "
          "UBO-2025-FB"),
        H("1. Objet et forme"),
        P("La consultation porte sur la fourniture et la livraison, sur les sites de Brest, Quimper et Morlaix, "
          "de fournitures de bureau, de papier et de consommables d'impression. Chaque lot donne lieu à un "
          "accord-cadre à bons de commande, sans minimum, conclu pour un an et reconductible trois fois."),
        H("2. Allotissement et montants maximums"),
        P("La consultation est divisée en quatre lots. Les montants maximums ci-dessous valent pour la durée "
          "totale de chaque accord-cadre, reconductions comprises :"),
        TB([["Lot", "Intitulé", "Maximum HT (durée totale)"], *_LOTS08], [0.1, 0.6, 0.3]),
        P("Montant maximum total, tous lots confondus : 375 000 € HT pour la durée totale."),
        PB(),
        H("3. Lot réservé"),
        P("Le lot 4 est réservé aux entreprises adaptées et aux établissements et services d'aide par le "
          "travail."),
        H("4. Critères"),
        P("Prix : 60 % ; valeur technique (délais, service client, échantillons) : 25 % ; performances "
          "environnementales des produits (part de produits écolabellisés, réduction et reprise des "
          "emballages) : 15 %."),
        H("5. Remise des offres"),
        P("Date limite de réception des offres : vendredi 4 avril 2025 à 17 h 00."),
    ], L("RC", marche_reserve=1, reserve_base=["L2113-12"], critere_environnemental=1, allotissement=1, nb_lots=4,
         montant_max_ht=375000,
         evidence="Le lot 4 est réservé aux entreprises adaptées et aux établissements et services d'aide par le "
                  "travail | performances environnementales des produits | divisée en quatre lots | 375 000 € HT"),
        author="Université de Bretagne Occidentale"),
    "CCAP.pdf": piece(_H08, "CCAP – consultation UBO-2025-FB", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Fournitures de bureau, papier et consommables d'impression – consultation UBO-2025-FB – CCAP commun "
          "aux quatre lots"),
        H("Article 1 – Lots"),
        P("Le marché comprend quatre lots ; chaque lot fait l'objet d'un accord-cadre distinct. Le lot 4 est "
          "réservé à des ESAT ou à des entreprises adaptées."),
        H("Article 2 – Durée"),
        P("Chaque accord-cadre est conclu pour un an à compter de sa notification et reconductible tacitement "
          "trois fois par période d'un an."),
        H("Article 3 – Montants maximums (durée totale, reconductions comprises)"),
        TB([["Lot", "Intitulé", "Maximum HT"], *_LOTS08, ["", "Total", "375 000 €"]], [0.1, 0.6, 0.3]),
        H("Article 6 – Exigences environnementales"),
        P("Le papier de reprographie est 100 % recyclé ou certifié FSC ou PEFC. Les cartouches de toner "
          "remanufacturées sont proposées en priorité et le titulaire reprend gratuitement les cartouches "
          "vides. Les livraisons sont groupées une fois par semaine et par site ; les suremballages en "
          "polystyrène sont interdits."),
        H("Article 8 – Pénalités"),
        P("Retard de livraison : 30 € HT par jour et par bon de commande."),
    ], L("CCAP", marche_reserve=1, reserve_base=["L2113-12"], clause_environnementale=1, allotissement=1,
         nb_lots=4, montant_max_ht=375000,
         evidence="réservé à des ESAT ou à des entreprises adaptées | 100 % recyclé ou certifié FSC ou PEFC | "
                  "quatre lots | 375 000 €"), author="Université de Bretagne Occidentale"),
    "Avis-attribution.docx": piece("Université de Bretagne Occidentale", "Avis d'attribution – UBO-2025-FB", [
        T("AVIS D'ATTRIBUTION"),
        S("Université de Bretagne Occidentale – Fournitures de bureau, papier et consommables d'impression – "
          "consultation UBO-2025-FB"),
        H("Attribution des lots"),
        TB([["Lot", "Intitulé", "Titulaire", "Date d'attribution"],
            ["1", "Papier de reprographie", "Papeteries de l'Iroise SAS, Brest", "12 juin 2025"],
            ["2", "Petites fournitures de bureau", "Infructueux – relance en procédure adaptée", "—"],
            ["3", "Consommables d'impression", "Bureau Service Armor, Saint-Brieuc", "12 juin 2025"],
            ["4", "Fournitures de classement (marché réservé aux EA et ESAT)", "ESAT Les Ateliers du Ponant, "
             "Landerneau", "12 juin 2025"]]),
        P("Le titulaire du lot 1 et le titulaire du lot 3 ont été informés par courrier du 13 juin 2025. Les "
          "candidats évincés peuvent former un référé contractuel dans les conditions de l'article L. 551-13 "
          "du code de justice administrative."),
        P("Date d'envoi du présent avis : 20 juin 2025"),
    ], L("AVIS", marche_reserve=1, reserve_base=["L2113-12"], allotissement=1, nb_lots=4,
         evidence="marché réservé aux EA et ESAT | Le titulaire du lot 1 et le titulaire du lot 3"),
        author="Université de Bretagne Occidentale"),
}

# -----------------------------------------------------------------------------------------
# d09 – Communauté de communes Cœur de Savoie : transport scolaire ; non alloti, une tranche
# ferme et deux optionnelles (pas des lots) ; estimation totale écrite ; heures par année
# scolaire sans total ; RC daté.
# -----------------------------------------------------------------------------------------
_H09 = "Communauté de communes Cœur de Savoie – Service mobilités"
DOSSIERS["d09-transport-scolaire-coeur-de-savoie"] = {
    "RC.docx": piece(_H09, "RC – transport scolaire 2025", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Transport scolaire des élèves des écoles primaires du territoire – quatorze circuits\nProcédure "
          "adaptée – RC établi le 6 janvier 2025"),
        H("1. Objet"),
        P("Le marché porte sur le transport quotidien des élèves des écoles primaires vers les écoles, les "
          "restaurants scolaires et les équipements sportifs communautaires, sur quatorze circuits."),
        H("2. Décomposition"),
        P("Le marché n'est pas alloti : les quatorze circuits partagent les mêmes véhicules sur des horaires "
          "décalés, et leur dévolution séparée empêcherait cette mutualisation. Le marché comporte une tranche "
          "ferme et deux tranches optionnelles :"),
        TB([["Tranche", "Période d'exécution", "Montant estimé HT"],
            ["Tranche ferme", "année scolaire 2025-2026", "180 000 €"],
            ["Tranche optionnelle 1", "année scolaire 2026-2027", "180 000 €"],
            ["Tranche optionnelle 2", "année scolaire 2027-2028", "180 000 €"]]),
        P("Soit un montant total estimé, tranches optionnelles comprises, de 540 000 € HT."),
        H("3. Clause sociale"),
        P("Le titulaire consacre 400 heures par année scolaire d'exécution à l'emploi de personnes en "
          "insertion (conducteurs en formation, accompagnateurs), selon l'article 9 du CCAP."),
        H("4. Critères"),
        P("Prix : 50 %. Valeur technique : 35 %. Performances environnementales du parc de véhicules affecté "
          "au marché (norme Euro, motorisation, âge moyen) : 15 %."),
        H("5. Date limite"),
        P("Les offres sont reçues jusqu'au lundi 3 février 2025 à 12 h 00."),
    ], L("RC", clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=0,
         montant_estime_ht=540000,
         evidence="400 heures par année scolaire d'exécution | Performances environnementales du parc de "
                  "véhicules | n'est pas alloti | 540 000 € HT"), author="Communauté de communes Cœur de Savoie"),
    "CCAP.pdf": piece(_H09, "CCAP – transport scolaire 2025", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Transport scolaire des élèves des écoles primaires – Communauté de communes Cœur de Savoie"),
        H("Article 1 – Objet et décomposition"),
        P("Le marché n'est pas décomposé en lots. Il comporte une tranche ferme et deux tranches optionnelles, "
          "dont l'affermissement est notifié au plus tard le 30 juin précédant l'année scolaire concernée. "
          "Aucune indemnité d'attente ni de dédit n'est due en cas de non-affermissement."),
        H("Article 3 – Durée"),
        P("Chaque tranche couvre une année scolaire, de la rentrée de septembre au début des vacances d'été."),
        H("Article 7 – Véhicules"),
        P("Les autocars affectés au marché respectent au minimum la norme Euro VI ; leur âge moyen n'excède pas "
          "huit ans pendant toute l'exécution. L'usage d'un véhicule de remplacement d'une norme inférieure "
          "est limité à dix jours consécutifs. Les conducteurs suivent une formation à l'écoconduite dans "
          "l'année de la notification."),
        H("Article 9 – Clause sociale d'insertion"),
        P("Pour chaque tranche exécutée, le titulaire réserve 400 heures de travail à des personnes éloignées "
          "de l'emploi. Les heures non réalisées sur une tranche ne sont pas reportées sur la suivante ; elles "
          "donnent lieu à une pénalité de 30 € HT par heure."),
    ], L("CCAP", clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=0,
         evidence="réserve 400 heures de travail | respectent au minimum la norme Euro VI | n'est pas décomposé "
                  "en lots"), author="Communauté de communes Cœur de Savoie"),
    "CCTP.pdf": piece(_H09, "CCTP – transport scolaire 2025", [
        T("CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES"),
        S("Transport scolaire – Communauté de communes Cœur de Savoie"),
        H("1. Circuits"),
        TB([["Circuit", "Communes desservies", "Élèves", "Km par jour"],
            ["1", "Montmélian – Arbin – Francin", "52", "38"],
            ["2", "Chignin – Saint-Jeoire-Prieuré", "41", "44"],
            ["3", "La Rochette – Villard-Sallet – Étable", "63", "57"],
            ["4", "Pontcharra-sur-Bréda (hameaux) – Détrier", "35", "29"],
            ["5 à 14", "voir annexe cartographique", "—", "—"]]),
        H("2. Horaires"),
        P("Les horaires sont arrêtés avec les directeurs d'école avant chaque rentrée. L'arrivée des élèves "
          "intervient entre 8 h 10 et 8 h 20 ; aucun élève n'attend le car plus de dix minutes au point "
          "d'arrêt."),
        H("3. Sécurité"),
        P("Les véhicules sont équipés de ceintures de sécurité à toutes les places. Un accompagnateur est "
          "présent sur les circuits desservant les classes maternelles."),
    ], L("CCTP", evidence=""), author="Communauté de communes Cœur de Savoie"),
}

# -----------------------------------------------------------------------------------------
# d10 – Commune de Lamballe-Armor : rénovation, marché unique ; CCTP en « LOT 01 … LOT 05 »
# (corps d'état) ; CCAP valant AE ; DPGF vierge ; 400 heures ; date limite seule.
# -----------------------------------------------------------------------------------------
_H10 = "Commune de Lamballe-Armor – Services techniques"
DOSSIERS["d10-mairie-annexe-lamballe"] = {
    "RC.pdf": piece(_H10, "RC – consultation LA-2025-15", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Rénovation énergétique et mise en accessibilité de la mairie annexe de Maroué\nMarché de travaux – "
          "procédure adaptée – consultation LA-2025-15"),
        H("1. Objet"),
        P("Isolation par l'intérieur, remplacement des menuiseries extérieures et du système de chauffage, "
          "reprise de l'éclairage et création d'un sanitaire accessible et d'une rampe d'accès."),
        H("2. Forme du marché"),
        P("La consultation donne lieu à un marché unique de travaux, non alloti, passé avec une entreprise "
          "générale ou un groupement : les interventions des différents corps d'état s'enchaînent dans un "
          "bâtiment occupé de 310 m², et leur coordination par un seul titulaire conditionne le respect du "
          "délai (article L. 2113-11 du code de la commande publique)."),
        H("3. Estimation"),
        P("Estimation de l'administration : 385 000 € HT."),
        H("4. Insertion"),
        P("Le titulaire réalise 400 heures d'insertion professionnelle (article 8 du CCAP valant acte "
          "d'engagement)."),
        H("5. Critères"),
        P("Prix : 60 %. Valeur technique : 40 % (méthodologie en site occupé, planning, références "
          "comparables)."),
        H("6. Date limite de réception des offres"),
        P("Vendredi 28 novembre 2025 à 12 h 00."),
    ], L("RC", clause_sociale=1, clause_insertion=1, heures_insertion=400, allotissement=0,
         montant_estime_ht=385000,
         evidence="réalise 400 heures d'insertion professionnelle | marché unique de travaux, non alloti | "
                  "Estimation de l'administration : 385 000 € HT"), author="Commune de Lamballe-Armor"),
    "CCAP-valant-AE.docx": piece("Commune de Lamballe-Armor", "CCAP valant AE – LA-2025-15", [
        T("CCAP VALANT ACTE D'ENGAGEMENT"),
        S("Rénovation énergétique et mise en accessibilité de la mairie annexe de Maroué – consultation "
          "LA-2025-15"),
        H("Article 1 – Objet"),
        P("Le présent document vaut cahier des clauses administratives particulières et acte d'engagement. Le "
          "marché n'est pas alloti ; les prescriptions du CCTP sont présentées par corps d'état pour la seule "
          "commodité de la lecture."),
        H("Article 3 – Prix"),
        P("Le marché est conclu à prix global et forfaitaire. Montant de l'offre du candidat :"),
        TB([["", "Montant"], ["Montant HT", "................ €"], ["TVA 20 %", "................ €"],
            ["Montant TTC", "................ €"]]),
        H("Article 4 – Délai d'exécution"),
        P("Cinq mois à compter de l'ordre de service de démarrage, période de préparation de trois semaines "
          "comprise."),
        PB(),
        H("Article 6 – Garanties"),
        P("Délai de garantie : un an à compter de la réception ; garanties biennale et décennale dans les "
          "conditions du code civil."),
        H("Article 7 – Déchets de chantier"),
        P("Tri sur site en quatre flux au minimum (bois, plâtre, métaux, déchets non dangereux en mélange) ; "
          "dépose sélective des menuiseries pour le recyclage du verre et de l'aluminium ; bordereaux de suivi "
          "remis avant le décompte final."),
        H("Article 8 – Insertion professionnelle"),
        P("Le titulaire réalise 400 heures de travail au profit de personnes éloignées de l'emploi (demandeurs "
          "d'emploi de longue durée, bénéficiaires du RSA, jeunes sans qualification). Chaque heure non "
          "réalisée donne lieu à une pénalité de 40 € HT."),
        H("Article 12 – Engagement du candidat"),
        P("Le candidat s'engage, sans réserve, à exécuter les travaux conformément au présent document, au CCTP "
          "et à la DPGF, pour le montant indiqué à l'article 3.\nFait à ..............., le ...............\n"
          "Signature"),
    ], L("CCAP", clause_sociale=1, clause_insertion=1, heures_insertion=400, clause_environnementale=1,
         allotissement=0,
         evidence="réalise 400 heures de travail | Tri sur site en quatre flux | Le marché n'est pas alloti"),
        author="Commune de Lamballe-Armor"),
    "CCTP.pdf": piece(_H10, "CCTP – consultation LA-2025-15", [
        T("CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES"),
        S("Rénovation énergétique et mise en accessibilité de la mairie annexe de Maroué"),
        H("0. Généralités"),
        P("Les travaux sont décrits ci-après par lots techniques. Cette présentation ne constitue pas un "
          "allotissement : l'entreprise titulaire du marché exécute l'ensemble des lots décrits, en propre ou "
          "par sous-traitance déclarée."),
        H("LOT 01 – ISOLATION ET PLÂTRERIE"),
        P("Isolation des murs par l'intérieur en fibre de bois, résistance thermique R ≥ 3,7 m².K/W, doublage "
          "en plaques de plâtre. Les isolants biosourcés sont exigés pour les murs et les rampants."),
        H("LOT 02 – MENUISERIES EXTÉRIEURES"),
        P("Fenêtres en bois-aluminium à double vitrage, coefficient Uw ≤ 1,3 W/m².K ; porte d'entrée "
          "accessible d'un passage utile de 90 cm."),
        H("LOT 03 – ÉLECTRICITÉ"),
        P("Les travaux du lot électricité comprennent le remplacement du tableau général et la pose de "
          "luminaires LED avec détection de présence dans les circulations et les sanitaires."),
        H("LOT 04 – PLOMBERIE ET CHAUFFAGE"),
        P("Remplacement de la chaudière au fioul par une pompe à chaleur air/eau ; robinets thermostatiques "
          "sur tous les émetteurs ; création d'un sanitaire accessible."),
        H("LOT 05 – PEINTURE"),
        P("Peintures intérieures classées A+ pour les émissions dans l'air intérieur et porteuses de "
          "l'écolabel européen."),
    ], L("CCTP", clause_environnementale=1,
         evidence="Les isolants biosourcés sont exigés | porteuses de l'écolabel européen"),
        author="Commune de Lamballe-Armor"),
    "DPGF.docx": piece("Commune de Lamballe-Armor", "DPGF – LA-2025-15", [
        T("DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE"),
        S("Consultation LA-2025-15 – à compléter par le candidat (montants en euros HT)"),
        TB([["Poste", "Désignation", "Montant HT"],
            ["01", "Isolation et plâtrerie", ""], ["02", "Menuiseries extérieures", ""],
            ["03", "Électricité", ""], ["04", "Plomberie et chauffage", ""], ["05", "Peinture", ""],
            ["", "Total HT", ""], ["", "TVA 20 %", ""], ["", "Total TTC", ""]]),
        P("Le candidat détaille chaque poste dans le cadre joint. Les quantités sont données à titre "
          "indicatif ; le prix est global et forfaitaire."),
    ], L("DPGF", evidence=""), author="Commune de Lamballe-Armor"),
}

# -----------------------------------------------------------------------------------------
# d11 – SGCD du Morbihan (services de l'État) : nettoyage ; réservé à la fois L2113-12 et
# L2113-13 (L2113-14) ; maximum annuel × 4, total écrit au CCAP et dans l'avis ; RC mis en ligne.
# -----------------------------------------------------------------------------------------
_H11 = "Préfecture du Morbihan – Secrétariat général commun départemental"
DOSSIERS["d11-nettoyage-sgcd-morbihan"] = {
    "RC.pdf": piece(_H11, "RC – consultation SGCD56-2025-02", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Nettoyage des locaux de la préfecture du Morbihan et des sous-préfectures de Lorient et de Pontivy\n"
          "Procédure adaptée – consultation SGCD56-2025-02"),
        H("1. Objet"),
        P("Nettoyage quotidien des bureaux, des espaces d'accueil du public et des sanitaires, et nettoyage "
          "périodique des vitres, sur trois sites représentant 7 800 m²."),
        H("2. Décomposition"),
        P("Le marché n'est pas alloti : le volume des prestations de chaque sous-préfecture est trop faible "
          "pour constituer un lot viable, et un encadrement commun aux trois sites est attendu."),
        H("3. Marché réservé"),
        P("En application des articles L. 2113-12 et L. 2113-13 du code de la commande publique, et comme le "
          "permet l'article L. 2113-14 du même code, le marché est réservé à la fois aux entreprises adaptées "
          "et aux ESAT et aux structures d'insertion par l'activité économique."),
        H("4. Forme, durée et montant"),
        P("Accord-cadre à bons de commande d'une durée d'un an à compter du 1er juillet 2025, reconductible "
          "trois fois. Montant maximum annuel : 52 000 € HT."),
        H("5. Critères"),
        P("Prix : 55 %. Valeur technique (organisation, encadrement, plan de contrôle) : 45 %."),
        H("6. Calendrier"),
        P("Dossier mis en ligne sur la plateforme des achats de l'État le 4 avril 2025. Date limite de "
          "réception des offres : vendredi 9 mai 2025 à 12 h 00."),
    ], L("RC", marche_reserve=1, reserve_base=["L2113-12", "L2113-13"], allotissement=0, montant_max_ht=208000,
         evidence="réservé à la fois aux entreprises adaptées et aux ESAT et aux structures d'insertion par "
                  "l'activité économique | n'est pas alloti | Montant maximum annuel : 52 000 € HT | "
                  "reconductible trois fois"), author="SGCD du Morbihan"),
    "CCAP.pdf": piece(_H11, "CCAP – consultation SGCD56-2025-02", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Nettoyage des locaux de la préfecture et des sous-préfectures du Morbihan – consultation "
          "SGCD56-2025-02"),
        H("Article 2 – Durée et montant"),
        P("L'accord-cadre est conclu pour un an à compter du 1er juillet 2025 et peut être reconduit trois fois "
          "par période d'un an. Le montant maximum est de 52 000 € HT par période, soit 208 000 € HT sur la "
          "durée maximale de quatre ans."),
        H("Article 5 – Réservation"),
        P("Le marché est réservé aux opérateurs mentionnés aux articles L. 2113-12 et L. 2113-13 du code de la "
          "commande publique. Le titulaire maintient, pendant toute l'exécution, une proportion d'au moins "
          "50 % de travailleurs handicapés ou défavorisés."),
        H("Article 6 – Exigences environnementales"),
        P("Les produits d'entretien sont porteurs de l'écolabel européen ou d'un label équivalent ; les "
          "textiles sont des microfibres lavables. Le personnel est formé aux gestes économes en eau et en "
          "énergie ; il éteint les éclairages et ferme les fenêtres à l'issue de chaque intervention."),
        H("Article 9 – Pénalités"),
        P("Prestation non exécutée : 80 € HT par local et par jour. Absence de l'encadrant à la réunion "
          "mensuelle : 150 € HT."),
    ], L("CCAP", marche_reserve=1, reserve_base=["L2113-12", "L2113-13"], clause_environnementale=1,
         montant_max_ht=208000,
         evidence="réservé aux opérateurs mentionnés aux articles L. 2113-12 et L. 2113-13 | porteurs de "
                  "l'écolabel européen | soit 208 000 € HT sur la durée maximale"), author="SGCD du Morbihan"),
    "AVIS.docx": piece("Préfecture du Morbihan", "Avis d'appel public à la concurrence – SGCD56-2025-02", [
        T("AVIS D'APPEL PUBLIC À LA CONCURRENCE"),
        S("Secrétariat général commun départemental du Morbihan – 24 place de la République, 56000 Vannes"),
        H("Objet"),
        P("Nettoyage des locaux de la préfecture du Morbihan et des sous-préfectures de Lorient et de Pontivy."),
        TB([["Rubrique", "Information"],
            ["Type de marché", "Services"],
            ["Procédure", "Procédure adaptée"],
            ["Division en lots", "Non"],
            ["Marché réservé", "Oui – opérateurs mentionnés aux articles L. 2113-12 et L. 2113-13 du code de "
                               "la commande publique (article L. 2113-14)"],
            ["Valeur maximale de l'accord-cadre", "208 000 EUR HT"],
            ["Durée", "12 mois, reconductible trois fois"],
            ["Date limite de réception des offres", "09/05/2025 à 12:00"],
            ["Date d'envoi du présent avis", "04/04/2025"]]),
    ], L("AVIS", marche_reserve=1, reserve_base=["L2113-12", "L2113-13"], allotissement=0, montant_max_ht=208000,
         evidence="Oui – opérateurs mentionnés aux articles L. 2113-12 et L. 2113-13 | Division en lots | "
                  "208 000 EUR HT"), author="SGCD du Morbihan"),
}

# -----------------------------------------------------------------------------------------
# d12 – SMICTOM Val de Sèvre : collecte des déchets, 2 lots ; estimation par lot et totale
# (tableau) ; heures par tranche de 100 000 € facturés (pas de total) ; document daté.
# -----------------------------------------------------------------------------------------
_H12 = "SMICTOM Val de Sèvre – Syndicat mixte de collecte et de traitement des ordures ménagères"
DOSSIERS["d12-collecte-smictom"] = {
    "RC.pdf": piece(_H12, "RC – consultation SMV-2025-COL", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Collecte des déchets ménagers et transport des bennes de déchèteries\nAppel d'offres ouvert – "
          "consultation SMV-2025-COL – document édité le 18 juillet 2025"),
        H("1. Objet"),
        P("Lot 1 : collecte en porte-à-porte des ordures ménagères résiduelles et des emballages ménagers "
          "recyclables sur les 23 communes du syndicat. Lot 2 : transport des bennes des six déchèteries vers "
          "les exutoires désignés par le syndicat."),
        H("2. Allotissement"),
        P("La consultation est divisée en deux lots, attribués séparément. Un candidat peut répondre aux deux "
          "lots."),
        H("3. Durée"),
        P("Chaque marché est conclu pour six ans à compter du 1er janvier 2026."),
        H("4. Estimation"),
        TB([["Lot", "Estimation HT sur six ans"],
            ["Lot 1 – Collecte en porte-à-porte", "3 100 000 €"],
            ["Lot 2 – Transport des bennes de déchèteries", "1 100 000 €"],
            ["Valeur totale estimée", "4 200 000 €"]]),
        PB(),
        H("5. Insertion professionnelle"),
        P("Pour chaque lot, le titulaire réalise 30 heures d'insertion par tranche de 100 000 € HT de "
          "prestations facturées ; le décompte est établi chaque année sur la base du montant facturé."),
        H("6. Critères"),
        P("Prix : 45 %. Valeur technique : 40 %. Performances environnementales (motorisation des véhicules, "
          "émissions de CO2 par tonne collectée) : 15 %."),
        H("7. Date limite"),
        P("Date limite de réception des offres : lundi 15 septembre 2025 à 12 h 00."),
    ], L("RC", clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=2,
         montant_estime_ht=4200000,
         evidence="30 heures d'insertion par tranche de 100 000 € HT | Performances environnementales | divisée "
                  "en deux lots | 4 200 000 €"), author="SMICTOM Val de Sèvre"),
    "CCAP.docx": piece("SMICTOM Val de Sèvre", "CCAP – consultation SMV-2025-COL", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Collecte des déchets ménagers et transport des bennes de déchèteries – CCAP commun aux deux lots"),
        H("Article 1 – Objet et lots"),
        P("Le marché comporte deux lots : lot 1, collecte en porte-à-porte ; lot 2, transport des bennes de "
          "déchèteries."),
        H("Article 3 – Durée"),
        P("Six ans à compter du 1er janvier 2026, sans reconduction."),
        H("Article 8 – Véhicules"),
        P("Les bennes de collecte du lot 1 fonctionnent au bioGNV ou à l'électricité. Les porteurs du lot 2 "
          "respectent la norme Euro VI et sont compatibles avec le carburant B100. Le titulaire transmet chaque "
          "année le bilan de ses consommations et de ses émissions de CO2."),
        H("Article 10 – Insertion professionnelle"),
        P("Le titulaire de chaque lot réalise 30 heures d'insertion par tranche de 100 000 € HT de prestations "
          "facturées. Le bilan annuel compare les heures réalisées aux heures dues au vu de la facturation de "
          "l'année ; l'écart donne lieu à une pénalité de 35 € HT par heure."),
    ], L("CCAP", clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=2,
         evidence="30 heures d'insertion par tranche de 100 000 € HT | fonctionnent au bioGNV ou à l'électricité "
                  "| deux lots"), author="SMICTOM Val de Sèvre"),
    "AE-lot1.pdf": piece(_H12, "AE – consultation SMV-2025-COL – lot 1", [
        T("ACTE D'ENGAGEMENT"),
        S("Lot n° 1 : collecte en porte-à-porte des ordures ménagères résiduelles et des emballages"),
        H("1. Engagement"),
        P("Le candidat s'engage à exécuter les prestations du lot n° 1 aux prix de son offre et à réaliser "
          "30 heures d'insertion par tranche de 100 000 € HT de prestations facturées, conformément à "
          "l'article 10 du CCAP."),
        H("2. Prix"),
        TB([["Prestation", "Prix HT"],
            ["Forfait annuel de collecte des OMR", "................ €"],
            ["Forfait annuel de collecte des emballages", "................ €"],
            ["Prix à la tonne au-delà de 12 500 t/an", "................ €"]]),
        H("3. Signature"),
        P("Fait à ..............., le ...............\nLe candidat"),
    ], L("AE", clause_sociale=1, clause_insertion=1, allotissement=1,
         evidence="réaliser 30 heures d'insertion par tranche de 100 000 € HT | Lot n° 1"),
        author="SMICTOM Val de Sèvre"),
}

# -----------------------------------------------------------------------------------------
# d13 – Région Centre-Val de Loire : postes informatiques ; maximum période initiale +
# reconduction ; « € 1 500 000 HT » au CCAP ; budget TTC indicatif ; clause OIT ; registre Q/R.
# -----------------------------------------------------------------------------------------
_H13 = "Région Centre-Val de Loire – Direction des systèmes d'information"
DOSSIERS["d13-informatique-region-cvl"] = {
    "RC.docx": piece(_H13, "RC – consultation RCVL-2025-INF-09", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Acquisition de postes de travail, d'ordinateurs portables et d'écrans pour les services régionaux\n"
          "Appel d'offres ouvert – consultation RCVL-2025-INF-09"),
        H("1. Objet"),
        P("Fourniture, livraison, préparation (image système) et garantie sur site de postes fixes, "
          "d'ordinateurs portables et d'écrans, ainsi que reprise des matériels remplacés."),
        H("2. Allotissement"),
        P("Le marché n'est pas alloti : la cohérence du parc (image système unique, outil de déploiement, "
          "garantie et maintenance) impose un fournisseur unique."),
        H("3. Forme, durée et montants"),
        P("Accord-cadre à bons de commande, mono-attributaire, conclu pour une période initiale de deux ans à "
          "compter de sa notification, reconductible une fois pour un an. Montant maximum : 1 500 000 € HT "
          "pour la période initiale ; 750 000 € HT pour la période de reconduction."),
        H("4. Critères"),
        P("Prix : 40 %. Valeur technique : 40 %. Performance environnementale (consommation électrique "
          "mesurée, indice de réparabilité, durée de disponibilité des pièces détachées) : 20 %."),
        H("5. Calendrier"),
        P("Avis envoyé au JOUE et au BOAMP le 12 décembre 2025. Date limite de réception des offres : lundi "
          "26 janvier 2026 à 12 h 00."),
    ], L("RC", critere_environnemental=1, allotissement=0, montant_max_ht=2250000,
         evidence="Performance environnementale (consommation électrique | n'est pas alloti | 1 500 000 € HT "
                  "pour la période initiale ; 750 000 € HT pour la période de reconduction"),
        author="Région Centre-Val de Loire"),
    "CCAP.pdf": piece(_H13, "CCAP – consultation RCVL-2025-INF-09", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Acquisition de postes de travail, d'ordinateurs portables et d'écrans – consultation "
          "RCVL-2025-INF-09"),
        H("Article 1 – Objet"),
        P("L'accord-cadre porte sur la fourniture de matériels informatiques et les services associés. Le "
          "marché n'est pas alloti."),
        H("Article 2 – Montants"),
        P("Montant maximum de la période initiale : € 1 500 000 HT.\nMontant maximum de la période de "
          "reconduction : € 750 000 HT.\nÀ titre d'information, le budget annuel que la Région consacre à ces "
          "achats est d'environ 900 000 € TTC ; ce chiffre n'engage pas l'acheteur."),
        PB(),
        H("Article 5 – Exigences environnementales"),
        P("Les postes et les écrans sont conformes au référentiel EPEAT niveau Silver ou équivalent. Le "
          "titulaire reprend les emballages lors de la livraison et reprend gratuitement les équipements "
          "remplacés, qu'il oriente vers le réemploi ou vers une filière agréée de traitement des DEEE ; il "
          "remet un certificat de traitement."),
        H("Article 6 – Responsabilité sociale"),
        P("Le titulaire garantit que les équipements sont fabriqués dans le respect des conventions "
          "fondamentales de l'Organisation internationale du travail. Il remet, à la demande de la Région, le "
          "dernier audit social de ses sites d'assemblage et un plan d'action en cas d'écart."),
        H("Article 7 – Garantie"),
        P("Les matériels sont garantis cinq ans sur site, pièces et main-d'œuvre."),
    ], L("CCAP", clause_sociale=1, clause_environnementale=1, allotissement=0, montant_max_ht=2250000,
         evidence="conventions fondamentales de l'Organisation internationale du travail | EPEAT niveau Silver | "
                  "n'est pas alloti | € 1 500 000 HT | € 750 000 HT"), author="Région Centre-Val de Loire"),
    "Questions-reponses.docx": piece("Région Centre-Val de Loire", "Questions / réponses – RCVL-2025-INF-09", [
        T("QUESTIONS DES CANDIDATS ET RÉPONSES DE L'ACHETEUR"),
        S("Consultation RCVL-2025-INF-09"),
        H("Question 1 – posée le 15/12/2025"),
        P("Le CCAP mentionne un budget d'environ 900 000 € TTC par an. S'agit-il d'un minimum de commandes ?"),
        P("Réponse : Non. Ce budget est indicatif. Seuls les montants maximums hors taxes fixés au RC et au "
          "CCAP sont contractuels : 1 500 000 € HT pour la période initiale et 750 000 € HT pour la période de "
          "reconduction."),
        H("Question 2 – posée le 18/12/2025"),
        P("Le marché est-il alloti ? Un candidat peut-il répondre pour les seuls écrans ?"),
        P("Réponse : Non. Le marché n'est pas alloti ; une offre qui ne porterait que sur une partie des "
          "matériels serait irrégulière."),
        H("Question 3 – posée le 05/01/2026"),
        P("Les livraisons peuvent-elles être regroupées sur le site d'Orléans ?"),
        P("Réponse : Oui, pour les commandes de moins de vingt postes ; au-delà, la livraison a lieu sur le "
          "site d'affectation."),
    ], L("QR", allotissement=0, montant_max_ht=2250000,
         evidence="Le marché n'est pas alloti | 1 500 000 € HT pour la période initiale et 750 000 € HT pour la "
                  "période de reconduction"), author="Région Centre-Val de Loire"),
}

# -----------------------------------------------------------------------------------------
# d14 – SIAEPA du Thouet : réseaux, 2 lots ; estimations par lot sans total ; heures par lot
# coupées en fin de ligne au RC, redites au CCAP (tableau) et à l'AE du lot 2 ; AE daté ; garantie
# de deux ans ; pas de date de publication.
# -----------------------------------------------------------------------------------------
_H14 = "SIAEPA du Thouet – Syndicat intercommunal d'alimentation en eau potable et d'assainissement"
DOSSIERS["d14-reseaux-siaepa-thouet"] = {
    "RC.pdf": piece(_H14, "RC – consultation SIAEPA-2025-T04", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Renouvellement de conduites d'eau potable et réhabilitation de collecteurs d'eaux usées\n"
          "Procédure adaptée – consultation SIAEPA-2025-T04"),
        H("Article 1 – Objet"),
        P("Renouvellement de 2,3 km de conduites d'eau potable en fonte ductile (lot 1) et réhabilitation par "
          "chemisage continu de 1,1 km de collecteurs d'eaux usées (lot 2), sur les communes d'Airvault et de "
          "Saint-Loup-Lamairé."),
        H("Article 2 – Allotissement"),
        P("Les travaux sont répartis en deux lots faisant l'objet de marchés séparés."),
        H("Article 3 – Estimation"),
        TB([["Lot", "Désignation", "Estimation HT"],
            ["1", "Renouvellement des conduites d'eau potable", "1 650 000 €"],
            ["2", "Réhabilitation des collecteurs d'assainissement", "980 000 €"]], [0.1, 0.6, 0.3]),
        H("Article 4 – Insertion professionnelle"),
        P("Le volume d'heures d'insertion est de 2\n400 heures pour le lot 1 et de 1 100 heures pour le lot 2, "
          "selon les modalités de l'article 10 du CCAP."),
        H("Article 5 – Critères"),
        P("Prix : 60 %. Valeur technique : 40 %."),
        H("Article 6 – Date limite"),
        P("Vendredi 4 juillet 2025 à 12 h 00."),
    ], L("RC", clause_sociale=1, clause_insertion=1, heures_insertion=3500, allotissement=1, nb_lots=2,
         montant_estime_ht=2630000,
         evidence="2 400 heures pour le lot 1 et de 1 100 heures pour le lot 2 | répartis en deux lots | "
                  "1 650 000 € | 980 000 €"), author="SIAEPA du Thouet"),
    "CCAP.pdf": piece(_H14, "CCAP – consultation SIAEPA-2025-T04", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Réseaux d'eau potable et d'assainissement – consultation SIAEPA-2025-T04 – CCAP commun aux deux lots"),
        H("Article 1 – Lots"),
        P("Le présent CCAP s'applique aux deux lots de la consultation."),
        H("Article 4 – Délais d'exécution"),
        P("Lot 1 : dix mois. Lot 2 : sept mois. Ces délais courent à compter de l'ordre de service de "
          "démarrage propre à chaque lot."),
        H("Article 5 – Garantie"),
        P("Le délai de garantie est porté à deux ans pour les canalisations et les chemisages, à compter de la "
          "réception."),
        H("Article 9 – Environnement"),
        P("Les déblais excédentaires sont évacués vers une plateforme de recyclage ou, à défaut, vers une "
          "installation de stockage de déchets inertes ; les enrobés fraisés sont recyclés. Les eaux chlorées "
          "de désinfection des conduites sont neutralisées avant rejet au milieu naturel."),
        H("Article 10 – Insertion professionnelle"),
        TB([["Lot", "Heures d'insertion"],
            ["Lot 1 – Eau potable", "2 400 heures"],
            ["Lot 2 – Assainissement", "1 100 heures"]]),
        P("Pénalité : 45 € HT par heure non réalisée à la réception."),
    ], L("CCAP", clause_sociale=1, clause_insertion=1, heures_insertion=3500, clause_environnementale=1,
         allotissement=1, nb_lots=2,
         evidence="2 400 heures | 1 100 heures | eaux chlorées de désinfection des conduites sont neutralisées | "
                  "deux lots"), author="SIAEPA du Thouet"),
    "AE-lot2.docx": piece("SIAEPA du Thouet", "AE – SIAEPA-2025-T04 – lot 2", [
        T("ACTE D'ENGAGEMENT"),
        S("Lot n° 2 : réhabilitation des collecteurs d'assainissement\nDocument établi par le maître "
          "d'ouvrage le 26 mai 2025"),
        H("1. Engagement"),
        P("Le candidat s'engage à exécuter les travaux du lot n° 2 pour le prix indiqué ci-dessous et à "
          "réaliser 1 100 heures d'insertion (article 10 du CCAP)."),
        TB([["", "Montant"], ["Montant HT", "................ €"], ["Montant TTC", "................ €"]]),
        H("2. Délai"),
        P("Sept mois à compter de l'ordre de service de démarrage."),
        H("3. Signature"),
        P("Fait à ..............., le ...............\nLe candidat"),
    ], L("AE", clause_sociale=1, clause_insertion=1, heures_insertion=1100, allotissement=1,
         evidence="réaliser 1 100 heures d'insertion | Lot n° 2"), author="SIAEPA du Thouet"),
}

# -----------------------------------------------------------------------------------------
# d15 – Métropole Rouen Normandie : accompagnement vers l'emploi (l'objet EST l'insertion : pas de
# clause) ; 2 lots réservés ESS (L2113-15) ; « EUR 310 000 » ; avis envoyé à une date.
# -----------------------------------------------------------------------------------------
_H15 = "Métropole Rouen Normandie – Plan local pour l'insertion et l'emploi"
DOSSIERS["d15-accompagnement-plie-rouen"] = {
    "RC.pdf": piece(_H15, "RC – consultation MRN-2026-PLIE", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Accompagnement renforcé vers l'emploi des participants du PLIE\nServices sociaux et autres services "
          "spécifiques – procédure adaptée – consultation MRN-2026-PLIE"),
        H("1. Objet"),
        P("Accompagnement individualisé et renforcé vers l'emploi de 240 participants par an du plan local "
          "pour l'insertion et l'emploi : diagnostic, construction du parcours, mise en relation avec les "
          "employeurs, suivi dans l'emploi pendant six mois."),
        H("2. Allotissement"),
        P("La consultation est divisée en deux lots géographiques : lot 1, territoire de la rive droite ; "
          "lot 2, territoire de la rive gauche."),
        H("3. Réservation"),
        P("Les deux lots sont réservés, en application de l'article L. 2113-15 du code de la commande "
          "publique, aux entreprises de l'économie sociale et solidaire au sens de l'article 1er de la loi "
          "n° 2014-856 du 31 juillet 2014 qui poursuivent une mission de service public liée aux services "
          "concernés."),
        H("4. Valeur estimée"),
        P("EUR 310 000 HT sur la durée totale du marché (lot 1 : EUR 180 000 ; lot 2 : EUR 130 000)."),
        H("5. Critères"),
        P("Prix : 40 %. Valeur technique : 60 %."),
        H("6. Calendrier"),
        P("Avis d'appel public à la concurrence envoyé le 3 février 2026. Date limite de remise des offres : "
          "lundi 9 mars 2026 à 12 h 00."),
    ], L("RC", marche_reserve=1, reserve_base=["L2113-15"], allotissement=1, nb_lots=2, montant_estime_ht=310000,
         evidence="réservés, en application de l'article L. 2113-15 | divisée en deux lots | EUR 310 000 HT"),
        author="Métropole Rouen Normandie"),
    "CCAP.docx": piece("Métropole Rouen Normandie", "CCAP – consultation MRN-2026-PLIE", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Accompagnement renforcé vers l'emploi des participants du PLIE – CCAP commun aux deux lots"),
        H("Article 1 – Objet et lots"),
        P("Le marché a pour objet l'accompagnement renforcé vers l'emploi des participants du PLIE. Il comprend "
          "deux lots : lot 1 (rive droite) et lot 2 (rive gauche)."),
        H("Article 2 – Réservation"),
        P("Les deux lots sont réservés aux entreprises de l'économie sociale et solidaire en application de "
          "l'article L. 2113-15 du code de la commande publique."),
        H("Article 3 – Durée"),
        P("Deux ans à compter du 1er mai 2026, sans reconduction."),
        H("Article 4 – Prix"),
        P("Le prix comprend un forfait par parcours accompagné et une part variable versée pour chaque sortie "
          "en emploi durable (contrat d'au moins six mois) ou en formation qualifiante."),
        H("Article 6 – Obligations du titulaire"),
        P("Le titulaire désigne un référent unique par participant, tient à jour le dossier de suivi dans "
          "l'outil du PLIE et participe aux comités de suivi trimestriels."),
        H("Article 8 – Données personnelles"),
        P("Le titulaire agit en qualité de sous-traitant au sens du règlement général sur la protection des "
          "données ; il ne conserve aucune donnée au-delà de la durée du marché."),
    ], L("CCAP", marche_reserve=1, reserve_base=["L2113-15"], allotissement=1, nb_lots=2,
         evidence="réservés aux entreprises de l'économie sociale et solidaire en application de l'article "
                  "L. 2113-15 | deux lots"), author="Métropole Rouen Normandie"),
}

# -----------------------------------------------------------------------------------------
# d16 – Région Bourgogne-Franche-Comté : mobilier de lycées ; l'avis dit « divisé en lots : non »
# (erreur de saisie) alors que le RC, le CCTP et l'AE du lot 2 montrent 3 lots ; estimation par lot
# avec total ; garantie 5 ans.
# -----------------------------------------------------------------------------------------
_H16 = "Région Bourgogne-Franche-Comté – Direction des lycées"
DOSSIERS["d16-mobilier-lycees-bfc"] = {
    "AVIS.docx": piece("Région Bourgogne-Franche-Comté", "Avis de marché – BFC-2025-MOB-03", [
        T("AVIS DE MARCHÉ"),
        S("Région Bourgogne-Franche-Comté – 4 square Castan, 25031 Besançon"),
        TB([["Rubrique", "Information"],
            ["Objet", "Fourniture et installation de mobilier pour les lycées de la Nièvre et de l'Yonne"],
            ["Type de marché", "Fournitures"],
            ["Procédure", "Procédure adaptée"],
            ["Information sur les lots", "Ce marché est divisé en lots : non"],
            ["Valeur estimée hors TVA", "265 000,00 EUR"],
            ["Critères d'attribution", "Énoncés dans les documents de la consultation"],
            ["Date limite de réception des offres", "17/03/2025 à 12:00"],
            ["Date d'envoi du présent avis", "11/02/2025"]]),
    ], L("AVIS", allotissement=0, montant_estime_ht=265000,
         evidence="Ce marché est divisé en lots : non | 265 000,00 EUR"), author="Région Bourgogne-Franche-Comté"),
    "RC.pdf": piece(_H16, "RC – consultation BFC-2025-MOB-03", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Fourniture et installation de mobilier pour les lycées de la Nièvre et de l'Yonne\nProcédure "
          "adaptée – consultation BFC-2025-MOB-03"),
        H("1. Objet"),
        P("Fourniture, livraison et installation de mobilier pour six lycées, pendant les vacances d'été 2025."),
        H("2. Allotissement"),
        P("La consultation est divisée en trois lots, attribués séparément :"),
        TB([["Lot", "Intitulé", "Estimation HT"],
            ["1", "Mobilier de salles de classe", "140 000 €"],
            ["2", "Mobilier d'internat", "75 000 €"],
            ["3", "Mobilier de centre de documentation", "50 000 €"],
            ["Total", "", "265 000 €"]], [0.15, 0.55, 0.3]),
        H("3. Forme"),
        P("Marchés ordinaires à prix unitaires ; livraison en une fois entre le 10 juillet et le 22 août 2025."),
        H("4. Critères"),
        P("Prix : 50 %. Valeur technique : 30 %. Critères environnementaux (bois certifié issu de forêts gérées "
          "durablement, démontabilité, durée de disponibilité des pièces détachées) : 20 %."),
        H("5. Date limite"),
        P("Lundi 17 mars 2025 à 12 h 00."),
    ], L("RC", critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=265000,
         evidence="Critères environnementaux (bois certifié | divisée en trois lots | 265 000 €"),
        author="Région Bourgogne-Franche-Comté"),
    "AE-lot2.pdf": piece(_H16, "AE – consultation BFC-2025-MOB-03 – lot 2", [
        T("ACTE D'ENGAGEMENT"),
        S("Consultation BFC-2025-MOB-03\nLot n° 2 : mobilier d'internat"),
        H("1. Offre"),
        P("Le candidat s'engage à livrer et installer le mobilier du lot n° 2 aux prix unitaires de son "
          "bordereau, pour un montant total de :"),
        TB([["", "Montant"], ["Montant HT", "................ €"], ["Montant TTC", "................ €"]]),
        H("2. Délai de livraison"),
        P("Dix semaines à compter de la notification, livraison et installation achevées au plus tard le "
          "22 août 2025."),
        H("3. Garantie"),
        P("Le mobilier est garanti cinq ans, pièces et main-d'œuvre, à compter de l'admission."),
        H("4. Signature"),
        P("Fait à ..............., le ...............\nLe candidat"),
    ], L("AE", allotissement=1, evidence="Lot n° 2 : mobilier d'internat"), author="Région Bourgogne-Franche-Comté"),
    "CCTP.docx": piece("Région Bourgogne-Franche-Comté", "CCTP – BFC-2025-MOB-03", [
        T("CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES"),
        S("Mobilier pour les lycées de la Nièvre et de l'Yonne – CCTP commun aux trois lots"),
        H("1. Exigences communes"),
        P("Le bois et les panneaux proviennent de forêts gérées durablement (PEFC, FSC ou équivalent) ; les "
          "panneaux sont de classe E1 et les colles sont sans formaldéhyde ajouté. Les emballages sont "
          "recyclables et sont repris par le titulaire à la livraison. Les pièces détachées restent "
          "disponibles dix ans."),
        H("2. Lot 1 – Mobilier de salles de classe"),
        P("Tables de 130 × 50 cm réglables en hauteur (tailles 5 à 7), chaises coque en polypropylène "
          "recyclé, bureau de l'enseignant avec caisson."),
        H("3. Lot 2 – Mobilier d'internat"),
        P("Lits de 90 × 190 cm avec sommier à lattes, armoires à deux portes fermant à clé, bureaux et "
          "chaises."),
        H("4. Lot 3 – Mobilier de centre de documentation"),
        P("Rayonnages simple et double face, bacs à albums, tables de lecture, chauffeuses."),
    ], L("CCTP", clause_environnementale=1, allotissement=1, nb_lots=3,
         evidence="forêts gérées durablement (PEFC, FSC ou équivalent) | emballages sont recyclables et sont "
                  "repris | commun aux trois lots"), author="Région Bourgogne-Franche-Comté"),
}

# -----------------------------------------------------------------------------------------
# d17 – OPH Habitat des Coteaux de l'Ain : peinture et sols, 2 lots ; maximums par lot pour la
# période initiale (2 ans) et par reconduction (×2) ; total écrit au RC ; heures par lot ;
# critère d'insertion ; AE du lot 1 ; date d'envoi de l'avis.
# -----------------------------------------------------------------------------------------
_H17 = "Habitat des Coteaux de l'Ain – Office public de l'habitat"
_MAX17 = [["Lot", "Maximum période initiale (2 ans)", "Maximum par période de reconduction (1 an)"],
          ["Lot 1 – Peinture et revêtements muraux", "600 000 € HT", "300 000 € HT"],
          ["Lot 2 – Revêtements de sols souples", "400 000 € HT", "200 000 € HT"]]
DOSSIERS["d17-peinture-sols-oph-ain"] = {
    "RC.pdf": piece(_H17, "RC – consultation HCA-2026-PEI", [
        T("RÈGLEMENT DE LA CONSULTATION"),
        S("Travaux de peinture et de revêtements de sols dans les logements vacants et les parties communes\n"
          "Appel d'offres ouvert – consultation HCA-2026-PEI"),
        H("1. Objet"),
        P("Remise en état des logements libérés avant relocation et entretien des parties communes de "
          "5 200 logements situés à Bourg-en-Bresse, Oyonnax et Ambérieu-en-Bugey."),
        H("2. Allotissement"),
        P("La consultation est divisée en deux lots : lot 1, peinture et revêtements muraux ; lot 2, "
          "revêtements de sols souples."),
        H("3. Forme et montants"),
        P("Chaque lot donne lieu à un accord-cadre à bons de commande, sans minimum, conclu pour une période "
          "initiale de deux ans et reconductible deux fois pour un an. Les montants maximums sont les suivants :"),
        TB(_MAX17, [0.4, 0.3, 0.3]),
        P("Soit, pour les deux lots réunis et sur la durée maximale de quatre ans, un montant maximum de"),
        PB(),
        P("2 000 000 € HT, que les bons de commande ne peuvent dépasser."),
        H("4. Insertion professionnelle"),
        P("Heures d'insertion à réaliser sur la durée maximale : lot 1 : 1 050 heures ; lot 2 : 700 heures."),
        H("5. Critères"),
        P("Prix : 50 %. Valeur technique : 40 %. Performance en matière d'insertion professionnelle (nature des "
          "parcours proposés, tutorat, formation qualifiante) : 10 %."),
        H("6. Calendrier"),
        P("Date d'envoi de l'avis à la publication : 7 avril 2026. Date limite de réception des offres : lundi "
          "11 mai 2026 à 12 h 00."),
    ], L("RC", clause_sociale=1, clause_insertion=1, heures_insertion=1750, critere_social=1, allotissement=1,
         nb_lots=2, montant_max_ht=2000000,
         evidence="lot 1 : 1 050 heures ; lot 2 : 700 heures | Performance en matière d'insertion "
                  "professionnelle | divisée en deux lots | 2 000 000 € HT, que les bons de commande ne peuvent dépasser"),
        author="Habitat des Coteaux de l'Ain"),
    "CCAP.docx": piece("Habitat des Coteaux de l'Ain", "CCAP – consultation HCA-2026-PEI", [
        T("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"),
        S("Travaux de peinture et de revêtements de sols – consultation HCA-2026-PEI – CCAP commun aux deux lots"),
        H("Article 1 – Lots"),
        P("Le marché comprend deux lots, chacun faisant l'objet d'un accord-cadre distinct."),
        H("Article 3 – Durée et montants"),
        P("Période initiale de deux ans à compter de la notification, reconductible deux fois pour un an. "
          "Montants maximums :"),
        TB(_MAX17, [0.4, 0.3, 0.3]),
        H("Article 8 – Insertion professionnelle"),
        TB([["Lot", "Heures d'insertion (durée maximale)"], ["Lot 1", "1 050"], ["Lot 2", "700"]]),
        P("Les heures sont réalisées par embauche directe, mise à disposition par une ETTI ou un GEIQ, ou "
          "sous-traitance à une SIAE. Pénalité : 40 € HT par heure non réalisée."),
        H("Article 9 – Environnement"),
        P("Les peintures et vernis sont porteurs de l'écolabel européen ; les colles des revêtements de sols "
          "sont classées EC1. Le titulaire reprend les pots vides et les chutes de revêtement et justifie de "
          "leur recyclage."),
    ], L("CCAP", clause_sociale=1, clause_insertion=1, heures_insertion=1750, clause_environnementale=1,
         allotissement=1, nb_lots=2, montant_max_ht=2000000,
         evidence="Lot 1 | 1 050 | Lot 2 | 700 | Les peintures et vernis sont porteurs de l'écolabel européen | "
                  "deux lots | 600 000 € HT | 300 000 € HT | 400 000 € HT | 200 000 € HT"),
        author="Habitat des Coteaux de l'Ain"),
    "AE-lot1.docx": piece("Habitat des Coteaux de l'Ain", "AE – HCA-2026-PEI – lot 1", [
        T("ACTE D'ENGAGEMENT"),
        S("Consultation HCA-2026-PEI\nLot n° 1 : peinture et revêtements muraux"),
        H("1. Montants"),
        P("L'accord-cadre est exécuté par bons de commande, sans minimum, dans la limite de 600 000 € HT pour "
          "la période initiale de deux ans et de 300 000 € HT pour chacune des deux périodes de reconduction "
          "d'un an."),
        H("2. Insertion"),
        P("Le titulaire réalise 1 050 heures d'insertion sur la durée maximale de l'accord-cadre."),
        H("3. Signature"),
        P("Fait à ..............., le ...............\nLe candidat"),
    ], L("AE", clause_sociale=1, clause_insertion=1, heures_insertion=1050, allotissement=1,
         montant_max_ht=1200000,
         evidence="réalise 1 050 heures d'insertion | Lot n° 1 | 600 000 € HT pour la période initiale | "
                  "300 000 € HT pour chacune des deux périodes"), author="Habitat des Coteaux de l'Ain"),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="vérifie la couche texte des PDF")
    args = parser.parse_args()
    rows = write_all()
    print(f"{len(DOSSIERS)} dossiers, {len(rows)} pièces")
    if args.check:
        return 1 if check_text_layers() else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
