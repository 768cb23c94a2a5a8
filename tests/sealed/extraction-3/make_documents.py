#!/usr/bin/env python3
"""Construit les dossiers du jeu scellé extraction-3 (PDF reportlab, DOCX python-docx, notices .txt).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et montants sont inventés et saisis à la main.
L'infrastructure PDF/DOCX est reprise (adaptée) de tests/data/blind_values_3/make_documents.py.

Usage : .venv/bin/python tests/sealed/extraction-3/make_documents.py
"""
import csv
import io
import os
import shutil
import sys
import zipfile
import datetime

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dossiers")
BR = "¦BR¦"          # retour à la ligne forcé (PDF) ; espace ailleurs
NB = "\u00a0"         # espace insécable
NN = "\u202f"         # espace fine insécable (remplacée par NB dans les PDF : absente des polices de base)

COLUMNS = ["path", "doc_type", "clause_sociale", "clause_insertion", "heures_insertion",
           "critere_social", "marche_reserve", "reserve_base", "clause_environnementale",
           "critere_environnemental", "allotissement", "nb_lots", "montant_estime_ht",
           "montant_max_ht", "evidence"]
CATS = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
        "clause_environnementale", "critere_environnemental")


def nb(s):
    """Chiffre avec espaces insécables (U+00A0)."""
    return s.replace(" ", NB)


def nn(s):
    """Chiffre avec espaces fines insécables (U+202F)."""
    return s.replace(" ", NN)


def norm(s):
    return s.replace(BR, " ").replace(NB, " ").replace(NN, " ")


# ----------------------------------------------------------------------------- blocs
# ("title", [lignes]) ; ("h", texte) ; ("h2", texte) ; ("p", texte) ; ("list", [items]) ;
# ("table", rows, {"lines": bool, "widths": [...], "align": "lrr", "header": True}) ;
# ("split", avant, après) : paragraphe coupé par un saut de page (PDF) ;
# ("pagebreak",) ; ("fill", sorte) : emplacement des articles administratifs courants


def plain_text(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.extend(b[1])
        elif k in ("h", "h2", "p"):
            out.append(b[1])
        elif k == "list":
            out.extend(b[1])
        elif k == "table":
            for r in b[1]:
                out.append(" ".join(r))
        elif k == "split":
            out.append(b[1] + " " + b[2])
    return norm("\n".join(out))


# ----------------------------------------------------------------------------- PDF
PW, PH = A4
ML, MR, MT, MB = 64, 60, 80, 72
FONT, BOLD = "Helvetica", "Helvetica-Bold"
FS, LEAD = 10.5, 14.4
TFS, TLEAD = 9.4, 12.2


VOWELS = set("aeiouyàâäéèêëîïôöùûüœAEIOUYÉÈÊÀÂÎÔÛ")
_INSEP = {"ch", "ph", "th", "gn", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr",
          "tr", "vr"}


def _syllable_cut(w, k):
    """Coupure syllabique approximative du français : V-CV ou C-C (hors groupes inséparables)."""
    a, b_, c = w[k - 1], w[k], w[k + 1]
    if a in VOWELS and b_ not in VOWELS and c in VOWELS:
        return (w[k - 2:k].lower() if k >= 2 else "") not in _INSEP or w[k - 2] in VOWELS
    if a not in VOWELS and b_ not in VOWELS and (a + b_).lower() not in _INSEP and a != "-":
        return w[k - 2] in VOWELS or (w[k - 2:k].lower() in _INSEP)
    return False


def wrap(text, font, size, width, hyphen=False):
    lines = []
    for part in text.replace(BR, "\n").split("\n"):
        words = part.split(" ")
        cur = ""
        for w in words:
            cand = w if not cur else cur + " " + w
            if stringWidth(cand, font, size) <= width:
                cur = cand
                continue
            if hyphen and cur and len(w) >= 9 and w.isalpha():
                done = False
                for k in range(len(w) - 3, 3, -1):
                    if not _syllable_cut(w, k):
                        continue
                    pre = w[:k] + "-"
                    if stringWidth(cur + " " + pre, font, size) <= width:
                        lines.append(cur + " " + pre)
                        cur = w[k:]
                        done = True
                        break
                if done:
                    continue
            if cur:
                lines.append(cur)
            cur = w
        lines.append(cur)
    return lines


class PdfLayout:
    def __init__(self, header, footer, hyphen=False):
        self.header, self.footer, self.hyphen = header, footer, hyphen
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = PH - MT

    def need(self, h):
        if self.y - h < MB:
            self.new_page()

    def text(self, x, s, font=FONT, size=FS):
        self.ops.append(("text", x, self.y, font, size, s))

    def add_lines(self, lines, font=FONT, size=FS, lead=LEAD, x=ML):
        for ln in lines:
            self.need(lead)
            self.y -= lead
            self.text(x, ln, font, size)

    def block(self, b):
        width = PW - ML - MR
        k = b[0]
        if k == "title":
            self.y -= 6
            for i, ln in enumerate(b[1]):
                size = 14 if i == 1 else 11
                font = BOLD if i <= 1 else FONT
                for l2 in wrap(ln, font, size, width):
                    self.need(size + 6)
                    self.y -= size + 6
                    w = stringWidth(l2, font, size)
                    self.text((PW - w) / 2, l2, font, size)
            self.y -= 14
            self.ops.append(("line", ML, self.y + 6, PW - MR, self.y + 6))
        elif k in ("h", "h2"):
            size = 11.5 if k == "h" else 10.5
            self.need(LEAD * 3)
            self.y -= 8
            self.add_lines(wrap(b[1], BOLD, size, width), BOLD, size)
            self.y -= 3
        elif k == "p":
            self.add_lines(wrap(b[1], FONT, FS, width, self.hyphen))
            self.y -= 5
        elif k == "list":
            for it in b[1]:
                ls = wrap(it, FONT, FS, width - 16, self.hyphen)
                self.need(LEAD)
                self.y -= LEAD
                self.text(ML + 4, "-")
                self.text(ML + 16, ls[0])
                self.add_lines(ls[1:], x=ML + 16)
            self.y -= 5
        elif k == "split":
            self.add_lines(wrap(b[1], FONT, FS, width, self.hyphen))
            self.new_page()
            self.add_lines(wrap(b[2], FONT, FS, width, self.hyphen))
            self.y -= 5
        elif k == "pagebreak":
            self.new_page()
        elif k == "table":
            self.table(b[1], b[2] if len(b) > 2 else {})
        else:
            raise ValueError(k)

    def table(self, rows, opt):
        width = PW - ML - MR
        n = len(rows[0])
        fr = opt.get("widths") or [1.0 / n] * n
        tot = sum(fr)
        cw = [width * f / tot for f in fr]
        align = opt.get("align") or "l" * n
        lines_on = opt.get("lines", True)
        header = opt.get("header", True)
        pad = 4
        self.y -= 4
        hdr_cells = None
        for ri, row in enumerate(rows):
            bold = header and ri == 0
            font = BOLD if bold else FONT
            cells = [wrap(c, font, TFS, cw[i] - 2 * pad) for i, c in enumerate(row)]
            rh = max(len(c) for c in cells) * TLEAD + 2 * pad
            if self.y - rh < MB:
                self.new_page()
                self.y -= 4
                if header and hdr_cells is not None and ri > 0:
                    self._row(hdr_cells, cw, align, BOLD, lines_on, pad)
            if bold:
                hdr_cells = cells
            self._row(cells, cw, align, font, lines_on, pad)
        self.y -= 8

    def _row(self, cells, cw, align, font, lines_on, pad):
        rh = max(len(c) for c in cells) * TLEAD + 2 * pad
        top = self.y
        x = ML
        for i, c in enumerate(cells):
            yy = top - pad
            for ln in c:
                yy -= TLEAD
                if align[i] == "r":
                    xx = x + cw[i] - pad - stringWidth(ln, font, TFS)
                else:
                    xx = x + pad
                self.ops.append(("text", xx, yy + 2.5, font, TFS, ln))
            if lines_on:
                self.ops.append(("rect", x, top - rh, cw[i], rh))
            x += cw[i]
        self.y = top - rh


def _pdf_safe(blocks):
    """Remplace l'espace fine insécable (absente d'Helvetica) par l'espace insécable."""
    def f(v):
        if isinstance(v, str):
            return v.replace(NN, NB)
        if isinstance(v, list):
            return [f(x) for x in v]
        if isinstance(v, tuple):
            return tuple(f(x) for x in v)
        return v
    return [f(b) for b in blocks]


def pdf_pages(header, footer, blocks, hyphen):
    lay = PdfLayout(header, footer, hyphen)
    for b in _pdf_safe(blocks):
        lay.block(b)
    return [p for p in lay.pages if p]


def pdf_fullness(header, footer, blocks, hyphen):
    """(nombre de pages, part remplie de la dernière page)."""
    lay = PdfLayout(header, footer, hyphen)
    for b in _pdf_safe(blocks):
        lay.block(b)
    n = len([p for p in lay.pages if p])
    return n, (PH - MT - lay.y) / (PH - MT - MB)


def build_pdf(path, header, footer, blocks, hyphen=False, title=""):
    pages = pdf_pages(header, footer, blocks, hyphen)
    n = len(pages)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setAuthor("clausecheck extraction-3")
    c.setTitle(title or header)
    for i, ops in enumerate(pages, 1):
        c.setFont(FONT, 8.5)
        c.drawString(ML, PH - 42, header)
        c.setLineWidth(0.5)
        c.line(ML, PH - 48, PW - MR, PH - 48)
        for op in ops:
            if op[0] == "text":
                _, x, y, f, s, t = op
                c.setFont(f, s)
                c.drawString(x, y, t)
            elif op[0] == "line":
                c.line(op[1], op[2], op[3], op[4])
            elif op[0] == "rect":
                c.rect(op[1], op[2], op[3], op[4], stroke=1, fill=0)
        c.line(ML, 54, PW - MR, 54)
        c.setFont(FONT, 8.5)
        c.drawString(ML, 40, footer)
        pg = "Page %d / %d" % (i, n)
        c.drawString(PW - MR - stringWidth(pg, FONT, 8.5), 40, pg)
        c.showPage()
    c.save()
    return n


# ----------------------------------------------------------------------------- DOCX
def _page_field(par):
    run = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def build_docx(path, header, footer, blocks):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    fp = sec.footer.paragraphs[0]
    fp.text = footer + " — page "
    _page_field(fp)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_paragraph(b[1][0])
            d.add_heading(b[1][1], 0)
            for ln in b[1][2:]:
                d.add_paragraph(ln)
        elif k == "h":
            d.add_heading(b[1], 1)
        elif k == "h2":
            d.add_heading(b[1], 2)
        elif k == "p":
            d.add_paragraph(b[1].replace(BR, " "))
        elif k == "list":
            for it in b[1]:
                d.add_paragraph(it.replace(BR, " "), style="List Bullet")
        elif k == "split":
            p = d.add_paragraph(b[1] + " ")
            p.add_run().add_break(WD_BREAK.PAGE)
            p.add_run(b[2])
        elif k == "pagebreak":
            d.add_page_break()
        elif k == "table":
            rows, opt = b[1], (b[2] if len(b) > 2 else {})
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if opt.get("lines", True):
                t.style = d.styles["Table Grid"]
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = v.replace(BR, " ")
                    if i == 0 and opt.get("header", True):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(k)
    cp = d.core_properties
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp.author = "clausecheck extraction-3"
    cp.last_modified_by = "clausecheck extraction-3"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.title = header
    buf = io.BytesIO()
    d.save(buf)
    # réécriture du zip avec des dates figées (déterminisme)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def build_txt(path, blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.extend(b[1])
            out.append("")
        elif k in ("h", "h2"):
            out.append("")
            out.append(b[1])
        elif k == "p":
            out.append(b[1].replace(BR, " "))
        elif k == "list":
            out.extend("- " + i for i in b[1])
        elif k == "table":
            for r in b[1]:
                out.append(" | ".join(c.replace(BR, " ") for c in r))
    # les notices gardent leurs espaces insécables (copiées-collées d'un profil d'acheteur)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ----------------------------------------------------------------------------- articles courants
# Articles administratifs neutres (sans lot, montant, clause sociale ou environnementale), rédigés
# à la main, insérés à l'emplacement ("fill", sorte) pour donner aux pièces leur longueur réelle.
FILL = {
    "RC": [
        ("Mise à disposition du dossier de consultation",
         "Le dossier de consultation des entreprises est téléchargeable gratuitement sur le profil "
         "d'acheteur. Les opérateurs économiques sont invités à s'y identifier afin d'être tenus "
         "informés des éventuelles précisions, réponses aux questions ou reports de date. À défaut "
         "d'identification, il leur appartient de consulter régulièrement la plateforme."),
        ("Modifications de détail",
         "L'acheteur se réserve le droit d'apporter des modifications de détail au dossier de "
         "consultation au plus tard six jours avant la date limite fixée pour la réception des offres. "
         "Les candidats devront alors répondre sur la base du dossier modifié, sans pouvoir élever "
         "aucune réclamation à ce sujet. Si la date limite est reportée, la disposition précédente "
         "s'applique en fonction de la nouvelle date."),
        ("Pièces de la candidature",
         "Chaque candidat produit une lettre de candidature (formulaire DC1 ou équivalent), la "
         "déclaration du candidat (formulaire DC2 ou équivalent), une déclaration sur l'honneur "
         "attestant qu'il n'entre dans aucun des cas d'exclusion prévus aux articles L2141-1 à L2141-11 "
         "du code de la commande publique, la déclaration du chiffre d'affaires global des trois "
         "derniers exercices et une liste des principales références de même nature. Le document "
         "unique de marché européen (DUME) est accepté."),
        ("Contenu de l'offre",
         "L'offre comprend l'acte d'engagement complété, les annexes financières renseignées sans "
         "modification de leur cadre, un mémoire technique d'une trentaine de pages au plus et, le cas "
         "échéant, les fiches techniques des matériels proposés. Toute offre incomplète à la date "
         "limite pourra être régularisée dans les conditions de l'article R2152-2."),
        ("Transmission des plis",
         "Les plis sont transmis exclusivement par voie électronique sur le profil d'acheteur. La "
         "transmission sur support papier ou par courriel n'est pas autorisée. Le candidat peut "
         "adresser, en parallèle, une copie de sauvegarde sur support physique électronique ou papier, "
         "dans un pli scellé portant la mention « copie de sauvegarde ». Les formats de fichiers "
         "acceptés sont les formats bureautiques courants (PDF, DOCX, XLSX, ODT)."),
        ("Négociation",
         "Après analyse des offres initiales, l'acheteur se réserve la possibilité d'engager des "
         "négociations avec les trois candidats les mieux classés. Il se réserve également la "
         "possibilité d'attribuer le marché sur la base des offres initiales, sans négociation. La "
         "négociation peut porter sur tous les éléments de l'offre, notamment le prix."),
        ("Offres anormalement basses",
         "Si une offre paraît anormalement basse, l'acheteur exige que le candidat fournisse des "
         "précisions et justifications sur le montant de son offre dans le délai qu'il fixe. Si, "
         "après vérification, les justifications ne sont pas suffisantes, l'offre est rejetée par "
         "décision motivée conformément aux articles R2152-3 et suivants."),
        ("Renseignements complémentaires",
         "Les questions sont posées par écrit sur le profil d'acheteur au plus tard dix jours avant "
         "la date limite de remise des offres. Une réponse est adressée à tous les candidats "
         "identifiés, au plus tard six jours avant cette date. Aucune réponse ne sera apportée "
         "oralement ou par téléphone."),
        ("Documents à produire par l'attributaire",
         "Le candidat retenu produit, dans un délai de huit jours à compter de la demande, les "
         "attestations de régularité fiscale et sociale, une attestation de vigilance de moins de "
         "six mois, un extrait K ou Kbis et, s'il emploie des salariés étrangers, la liste "
         "nominative prévue à l'article D8254-2 du code du travail. À défaut, son offre est rejetée."),
        ("Voies et délais de recours",
         "Le tribunal administratif territorialement compétent peut être saisi d'un référé "
         "précontractuel (article L551-1 du code de justice administrative) jusqu'à la signature du "
         "marché, d'un référé contractuel dans les conditions des articles L551-13 et suivants, ou d'un "
         "recours en contestation de validité dans un délai de deux mois à compter de la publication "
         "de l'avis d'attribution."),
    ],
    "CCAP": [
        ("Pièces constitutives du marché",
         "Les pièces constitutives du marché sont, par ordre de priorité décroissante : l'acte "
         "d'engagement et ses annexes, le présent cahier des clauses administratives particulières, le "
         "cahier des clauses techniques particulières, le cahier des clauses administratives générales "
         "applicable, l'offre technique du titulaire. En cas de contradiction entre ces pièces, elles "
         "prévalent dans cet ordre."),
        ("Forme et variation des prix",
         "Les prix sont fermes pendant les douze premiers mois, puis révisables annuellement à la date "
         "anniversaire du marché par application d'une formule paramétrique fondée sur l'indice de "
         "référence publié au Bulletin officiel de la concurrence. La révision est calculée sur la "
         "base du dernier indice connu à la date de révision. Aucune clause de sauvegarde n'est prévue."),
        ("Avance",
         "Une avance est accordée au titulaire, sauf renonciation expresse de sa part dans l'acte "
         "d'engagement, lorsque les conditions de l'article R2191-3 du code de la commande publique "
         "sont réunies. Son taux est fixé à 10 % et porté à 20 % lorsque le titulaire est une petite ou "
         "moyenne entreprise. Le remboursement s'impute sur les sommes dues lorsque le montant des "
         "prestations exécutées atteint 65 % du montant initial."),
        ("Modalités de règlement",
         "Les sommes dues sont réglées par mandat administratif dans un délai global de paiement de "
         "trente jours à compter de la réception de la demande de paiement. Les factures sont "
         "déposées sur le portail Chorus Pro. Le dépassement du délai ouvre de plein droit le "
         "versement d'intérêts moratoires et d'une indemnité forfaitaire pour frais de recouvrement."),
        ("Pénalités",
         "Par dérogation au CCAG, le titulaire encourt, sans mise en demeure préalable, une pénalité "
         "journalière de cent cinquante euros par jour calendaire de retard dans l'exécution d'une "
         "commande. Le montant total des pénalités est plafonné à 10 % du montant du marché. Aucune "
         "exonération n'est prévue en deçà de mille euros."),
        ("Assurances",
         "Le titulaire justifie, dans un délai de quinze jours à compter de la notification et avant "
         "tout commencement d'exécution, qu'il est titulaire d'une assurance couvrant les "
         "responsabilités découlant des principes dont s'inspirent les articles 1240 à 1242 du code "
         "civil. Il en produit l'attestation chaque année à la demande de l'acheteur."),
        ("Sous-traitance",
         "Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de "
         "l'acceptation de chaque sous-traitant et de l'agrément de ses conditions de paiement. Le "
         "sous-traitant direct dont le montant du contrat est égal ou supérieur à six cents euros "
         "TTC bénéficie du paiement direct."),
        ("Résiliation",
         "Les stipulations du CCAG relatives à la résiliation sont seules applicables. En cas de "
         "résiliation pour faute du titulaire, l'acheteur peut faire exécuter les prestations aux "
         "frais et risques de celui-ci. La résiliation pour motif d'intérêt général ouvre droit à "
         "une indemnité égale à 5 % du montant hors taxes non exécuté."),
        ("Protection des données personnelles",
         "Le titulaire s'engage à traiter les données personnelles auxquelles il a accès uniquement "
         "pour les besoins du marché et conformément au règlement (UE) 2016/679. Il informe "
         "l'acheteur sans délai de toute violation de données et lui restitue ou détruit les données "
         "au terme du marché."),
        ("Règlement des différends",
         "En cas de différend, les parties s'efforcent de trouver une solution amiable et peuvent "
         "saisir le comité consultatif interrégional de règlement amiable des différends. À défaut, "
         "le litige est porté devant le tribunal administratif compétent."),
        ("Dérogations au CCAG",
         "Les articles du présent document relatifs aux pénalités, à la réception et aux délais de "
         "paiement dérogent aux articles correspondants du cahier des clauses administratives "
         "générales. Les autres stipulations du CCAG s'appliquent sans modification."),
    ],
    "CCTP": [
        ("Normes et règlements applicables",
         "Les prestations sont exécutées conformément aux normes françaises et européennes en vigueur "
         "à la date de remise des offres, aux documents techniques unifiés et aux règles de l'art. "
         "Le titulaire signale à l'acheteur toute contradiction entre ces textes et le présent "
         "cahier avant tout commencement d'exécution."),
        ("Connaissance des sites",
         "Le titulaire est réputé avoir pris connaissance des lieux, de leurs accès, des contraintes "
         "d'occupation et de toutes les sujétions d'exécution. Aucune réclamation fondée sur une "
         "méconnaissance des sites ne sera admise après la signature du marché. Une visite peut être "
         "organisée sur demande auprès des services techniques."),
        ("Réunions et suivi",
         "Une réunion de lancement est tenue dans les quinze jours suivant la notification. Des "
         "réunions de suivi sont ensuite organisées selon une périodicité trimestrielle. Le "
         "titulaire en rédige le compte rendu, qu'il transmet sous huit jours pour validation."),
        ("Qualité des produits et prestations",
         "Les fournitures et matériaux mis en œuvre sont neufs, de première qualité et conformes aux "
         "échantillons ou fiches techniques remis avec l'offre. Toute substitution est soumise à "
         "l'accord préalable et écrit de l'acheteur, sur présentation d'un produit de qualité au "
         "moins équivalente."),
        ("Sécurité et hygiène",
         "Le titulaire respecte les dispositions du code du travail relatives à la santé et à la "
         "sécurité des travailleurs. Il fournit à son personnel les équipements de protection "
         "individuelle adaptés et établit, avant toute intervention, le plan de prévention prévu par "
         "la réglementation lorsque celui-ci est requis."),
        ("Contrôles et réception",
         "L'acheteur peut procéder à tout moment à des contrôles de la bonne exécution des "
         "prestations. Les défauts constatés font l'objet d'une fiche de non-conformité ; le "
         "titulaire y remédie dans le délai fixé par la fiche, à ses frais. La réception est "
         "prononcée après levée de l'ensemble des réserves."),
        ("Documents à remettre",
         "À l'issue de chaque intervention, le titulaire remet un bon d'intervention signé précisant "
         "la date, la durée, la nature des travaux réalisés et les fournitures employées. Un bilan "
         "annuel récapitulatif est transmis avant le 31 janvier de l'année suivante."),
    ],
    "AE": [
        ("Identification de l'acheteur",
         "Personne habilitée à donner les renseignements prévus à l'article R2191-59 du code de la "
         "commande publique : le directeur général des services. Ordonnateur : le représentant légal "
         "de l'acheteur. Comptable assignataire des paiements : le comptable public de la trésorerie "
         "compétente."),
        ("Engagement du titulaire",
         "Après avoir pris connaissance des pièces constitutives du marché, le signataire s'engage, "
         "sans réserve, à exécuter les prestations demandées dans les conditions définies ci-après. "
         "L'offre ainsi présentée ne lie toutefois le signataire que si son acceptation est notifiée "
         "dans un délai de cent vingt jours à compter de la date limite de réception des offres."),
        ("Compte à créditer",
         "Le maître d'ouvrage se libérera des sommes dues au titre du présent marché en faisant "
         "porter le montant au crédit du compte ouvert au nom du titulaire, dont le relevé d'identité "
         "bancaire est joint au présent acte. En cas de groupement, le paiement est effectué sur un "
         "compte unique ouvert au nom du mandataire, sauf stipulation contraire."),
        ("Avance",
         "Le titulaire déclare accepter le versement de l'avance prévue au cahier des clauses "
         "administratives particulières. Il peut y renoncer en cochant la case correspondante. "
         "Case à cocher : [ ] je renonce au bénéfice de l'avance."),
        ("Groupement",
         "En cas de groupement d'opérateurs économiques, la nature du groupement est précisée "
         "(conjoint ou solidaire). Le mandataire d'un groupement conjoint est solidaire de chacun des "
         "membres pour ses obligations contractuelles à l'égard de l'acheteur."),
        ("Signature du candidat",
         "Nom, prénom et qualité du signataire : ........................................ "
         "Fait à ......................, le ...................... Signature électronique "
         "conforme au règlement eIDAS exigée."),
        ("Acceptation de l'offre",
         "Est acceptée la présente offre pour valoir acte d'engagement. À ......................, "
         "le ...................... Le représentant de l'acheteur, habilité par délibération."),
    ],
}
FILL["BPU"] = FILL["CCTP"]
FILL["DQE"] = FILL["CCTP"]


# ----------------------------------------------------------------------------- aides de saisie
def L(cs=0, ci=0, h=None, crs=0, mr=0, rb="", ce=0, cre=0, al=None, nbl=None, est=None, mx=None, ev=()):
    """Étiquette d'une pièce (pour la pièce seule)."""
    return {"clause_sociale": cs, "clause_insertion": ci, "heures_insertion": h,
            "critere_social": crs, "marche_reserve": mr, "reserve_base": rb,
            "clause_environnementale": ce, "critere_environnemental": cre,
            "allotissement": al, "nb_lots": nbl, "montant_estime_ht": est,
            "montant_max_ht": mx, "evidence": list(ev)}


def P(file, doc_type, header, footer, blocks, label, hyphen=True):
    return {"file": file, "doc_type": doc_type, "header": header, "footer": footer,
            "blocks": blocks, "label": label, "hyphen": hyphen}


def V(al=None, nbl=None, est=None, mx=None, h=None, rb=""):
    return {"allotissement": al, "nb_lots": nbl, "montant_estime_ht": est,
            "montant_max_ht": mx, "heures_insertion": h, "reserve_base": rb or None}


CS, CI, CRS, RES, CE, CRE = CATS


# =============================================================================== DOSSIER 01
def d01():
    b = "Ville de Saint-Aubin-des-Marais"
    ref = "AC 2026-017"
    obj = "Entretien des espaces verts, des terrains de sport et des cimetières"
    rc = P("RC_AC2026-017.pdf", "RC", f"{b} – {ref} – Règlement de la consultation",
           "RC – Entretien des espaces verts – version du 12 février 2026", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj,
                   "Appel d'offres ouvert – articles R2124-2 1° et R2161-2 à R2161-5 du code de la commande publique"]),
        ("h", "Article 1 – Objet de la consultation"),
        ("p", "La présente consultation porte sur l'entretien courant et saisonnier des parcs, jardins, "
              "accotements, terrains de sport et cimetières de la commune : tonte, taille des haies et "
              "arbustes, désherbage manuel ou mécanique, ramassage des feuilles, entretien des massifs et "
              "petits travaux de réfection des allées."),
        ("h", "Article 2 – Allotissement"),
        ("p", "Conformément à l'article L2113-10 du code de la commande publique, la consultation est "
              "divisée en trois lots, chaque lot donnant lieu à un accord-cadre distinct :"),
        ("list", ["Lot n° 1 : entretien des parcs, jardins et accotements ;",
                  "Lot n° 2 : entretien des terrains de sport et des abords des équipements ;",
                  "Lot n° 3 : entretien des cimetières communaux (lot réservé, voir article 3)."]),
        ("p", "Les candidats peuvent présenter une offre pour un, plusieurs ou l'ensemble des lots."),
        ("h", "Article 3 – Lot réservé"),
        ("p", "En application de l'article L2113-13 du code de la commande publique, le lot n° 3 est "
              "réservé aux structures d'insertion par l'activité économque mentionnées à l'article "
              "L5132-4 du code du travail ainsi qu'aux structures équivalentes. Les candidats à ce lot "
              "joignent à leur candidature la copie de leur conventionnement en cours de validité."),
        ("h", "Article 4 – Forme, durée et valeur estimée"),
        ("p", "Chaque lot fait l'objet d'un accord-cadre mono-attributaire exécuté par bons de commande "
              "(articles R2162-2 et R2162-13 et suivants). Chaque accord-cadre est conclu pour une durée "
              "d'un an à compter de sa notification, reconductible tacitement trois fois par période "
              "d'un an. Les montants minimum et maximum annuels de chaque lot sont fixés à l'article 4 "
              f"du CCAP. La valeur estimée de l'ensemble des lots, sur la durée maximale de quatre ans, "
              f"est de {nb('612 000')}{NB}€ HT."),
        ("h", "Article 5 – Conditions d'exécution"),
        ("p", "Les lots n° 1 et n° 2 comportent une clause sociale d'insertion prise en application de "
              "l'article L2112-2 du code de la commande publique ; le volume horaire et les modalités de "
              "mise en œuvre figurent à l'article 9 du CCAP. Pour tous les lots, les prestations sont "
              "exécutées sans recours aux produits phytopharmaceutiques, selon les principes de la "
              "gestion différenciée, et les déchets verts sont apportés à la plateforme de compostage "
              "intercommunale."),
        ("fill", "RC"),
        ("h", "Article 8 – Jugement des offres"),
        ("p", "L'offre économiquement la plus avantageuse est appréciée lot par lot selon les critères "
              "pondérés suivants :"),
        ("table", [["Critère", "Pondération"],
                   ["Prix des prestations (apprécié au vu du détail quantitatif estimatif)", "50 %"],
                   ["Valeur technique, appréciée au vu du mémoire technique :", "40 %"],
                   ["– moyens humains et matériels affectés au lot", "25 %"],
                   ["– performance environnementale : matériels électriques, gestion des déchets verts, "
                    "économies d'eau d'arrosage", "15 %"],
                   ["Délais d'intervention sur demande urgente", "10 %"]],
         {"widths": [4, 1], "align": "lr"}),
        ("p", "Chaque critère est noté sur 10 puis pondéré. En cas d'égalité, l'offre la mieux classée "
              "sur la valeur technique l'emporte."),
    ], L(cs=1, ci=1, mr=1, rb="L2113-13", ce=1, cre=1, al=1, nbl=3, est=612000,
         ev=["la consultation est divisée en trois lots",
             "article L2113-13 du code de la commande publique, le lot n° 3 est réservé",
             "comportent une clause sociale d'insertion",
             "sans recours aux produits phytopharmaceutiques",
             "performance environnementale : matériels électriques",
             "est de 612 000 € HT"]))

    ccap = P("CCAP_AC2026-017.docx", "CCAP", f"{b} – {ref} – CCAP",
             "Cahier des clauses administratives particulières – commun aux trois lots", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj,
                   "Accords-cadres à bons de commande – CCAG-FCS (arrêté du 30 mars 2021)"]),
        ("h", "Article 1 – Objet et décomposition"),
        ("p", "Le présent CCAP est commun aux trois lots de la consultation. Le lot n° 1 porte sur les "
              "parcs, jardins et accotements, le lot n° 2 sur les terrains de sport et le lot n° 3 sur "
              "les cimetières communaux. Le lot n° 3 est réservé en application de l'article L2113-13 du "
              "code de la commande publique."),
        ("h", "Article 3 – Durée"),
        ("p", "Chaque accord-cadre prend effet à sa notification pour une période d'un an. Il est "
              "reconductible tacitement trois fois par période d'un an, sans que sa durée totale puisse "
              "excéder quatre ans. Le refus de reconduction est notifié au moins trois mois avant "
              "l'échéance."),
        ("h", "Article 4 – Montants minimum et maximum"),
        ("p", "Les montants de commandes de chaque accord-cadre sont encadrés comme suit, pour chaque "
              "période annuelle, reconductions comprises :"),
        ("table", [["Lot", "Montant minimum annuel HT", "Montant maximum annuel HT"],
                   ["Lot 1 – Parcs, jardins, accotements", nn("20 000 €"), nn("90 000 €")],
                   ["Lot 2 – Terrains de sport", nn("10 000 €"), nn("60 000 €")],
                   ["Lot 3 – Cimetières", nn("5 000 €"), nn("40 000 €")]]),
        ("fill", "CCAP"),
        ("h", "Article 9 – Clause sociale d'insertion (lots n° 1 et n° 2)"),
        ("p", "En application de l'article L2112-2 du code de la commande publique, le titulaire des lots "
              "n° 1 et n° 2 s'engage à réserver à des personnes rencontrant des difficultés sociales ou "
              "professionnelles particulières un volume d'heures de travail fixé comme suit pour la durée "
              "totale de l'accord-cadre, reconductions comprises :"),
        ("table", [["Lot", "Volume d'heures d'insertion"],
                   ["Lot n° 1", "420 heures"],
                   ["Lot n° 2", "280 heures"]]),
        ("p", "Le lot n° 3, réservé aux structures d'insertion par l'activité économique, ne comporte pas "
              "de clause d'insertion. Sont notamment éligibles les demandeurs d'emploi de longue durée, "
              "les bénéficiaires du RSA, les jeunes de moins de 26 ans sans qualification et les "
              "travailleurs reconnus handicapés. Le titulaire peut recourir à l'embauche directe, à la "
              "mise à disposition par une structure d'insertion ou à la sous-traitance. Le facilitateur du "
              "PLIE de la vallée de l'Ysère l'accompagne et valide l'éligibilité des personnes."),
        ("p", "Le non-respect de l'engagement donne lieu à une pénalité de 45 € HT par heure non réalisée."),
        ("h", "Article 10 – Conditions d'exécution environnementales"),
        ("p", "Le titulaire n'utilise aucun produit phytopharmaceutique. Les déchets verts sont apportés "
              "à la plateforme de compostage intercommunale ; les tontes sont laissées sur place "
              "(mulching) lorsque cela est possible. Le petit outillage thermique (souffleurs, "
              "taille-haies) est remplacé par du matériel électrique à batterie au plus tard à la "
              "première reconduction."),
    ], L(cs=1, ci=1, h=700, mr=1, rb="L2113-13", ce=1, al=1, nbl=3, mx=760000,
         ev=["commun aux trois lots",
             "Le lot n° 3 est réservé en application de l'article L2113-13",
             "Lot n° 1 420 heures", "Lot n° 2 280 heures",
             "reconductible tacitement trois fois",
             "Lot 1 – Parcs, jardins, accotements 20 000 € 90 000 €",
             "n'utilise aucun produit phytopharmaceutique"]), hyphen=False)

    ae = P("AE_lot3_AC2026-017.docx", "AE", f"{b} – {ref} – Acte d'engagement lot 3",
           "Acte d'engagement – lot n° 3", [
        ("title", [b, "ACTE D'ENGAGEMENT", "Lot n° 3 : entretien des cimetières communaux",
                   "Accord-cadre à bons de commande"]),
        ("h", "A – Objet de l'acte d'engagement"),
        ("p", "Le présent acte d'engagement concerne le lot n° 3 de la consultation « " + obj + " ». "
              "Ce lot est réservé aux structures d'insertion par l'activité économique en application de "
              "l'article L2113-13 du code de la commande publique."),
        ("h", "B – Durée et montants"),
        ("p", "L'accord-cadre est conclu pour un an à compter de sa notification, reconductible trois "
              "fois par période d'un an."),
        ("table", [["Montant minimum annuel HT", "Montant maximum annuel HT"],
                   [nb("5 000 €"), nb("40 000 €")]]),
        ("p", "Les prestations sont rémunérées par application des prix unitaires du bordereau des prix "
              "unitaires aux quantités réellement commandées."),
        ("fill", "AE"),
        ("h", "C – Identification du titulaire"),
        ("p", "Raison sociale : ............................ N° SIRET : ............................ "
              "N° et date du conventionnement SIAE : ............................"),
    ], L(mr=1, rb="L2113-13", al=1, mx=160000,
         ev=["concerne le lot n° 3 de la consultation",
             "réservé aux structures d'insertion par l'activité économique en application de l'article L2113-13",
             "reconductible trois fois", "40 000 €"]), hyphen=False)

    return {"id": "d01-saint-aubin-espaces-verts", "title": obj, "pieces": [rc, ccap, ae],
            "pos": [CS, CI, RES, CE, CRE],
            "values": V(al=1, nbl=3, est=612000, mx=760000, h=700, rb="L2113-13"),
            "note": "Maxima annuels par lot (90 000 + 60 000 + 40 000) sur quatre périodes (un an reconductible "
                    "trois fois) = 760 000 ; minima ignorés. Heures : 420 + 280 (lots 1 et 2, durée totale). "
                    "Lot 3 réservé SIAE (L2113-13). L'AE seul : 40 000 × 4 = 160 000."}


# =============================================================================== DOSSIER 02
def d02():
    b = "Communauté de communes du Val de Sorge"
    ref = "2026-TX-04"
    obj = "Réhabilitation et extension du gymnase intercommunal de Lestrac"
    lots6 = [["Lot", "Désignation"],
             ["1", "Désamiantage – démolition"], ["2", "Gros œuvre – maçonnerie"],
             ["3", "Charpente – couverture – bardage"], ["4", "Menuiseries – cloisons – doublages"],
             ["5", "Chauffage – ventilation – plomberie"], ["6", "Électricité courants forts et faibles"]]
    rc = P("RC_2026-TX-04.docx", "RC", f"{b} – {ref} – Règlement de consultation",
           "Règlement de la consultation – travaux", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj,
                   "Marché public de travaux – procédure adaptée (article R2123-1 1°)"]),
        ("h", "1. Objet"),
        ("p", "La consultation a pour objet les travaux de réhabilitation et d'extension du gymnase "
              "intercommunal de Lestrac (salle de 1 100 m², vestiaires, club-house)."),
        ("h", "2. Décomposition en lots"),
        ("p", "Les travaux sont répartis en six lots traités par marchés séparés :"),
        ("table", lots6, {"lines": False, "widths": [1, 6]}),
        ("p", f"Le montant prévisionnel des travaux, tous lots confondus, est estimé à {nn('1 840 000')} € HT."),
        ("h", "3. Clause d'insertion"),
        ("p", "Les lots n° 1, 2 et 4 comportent une clause d'insertion professionnelle dont le volume et "
              "les modalités sont fixés à l'article 8 du CCAP. À titre d'information, la réhabilitation de "
              "la piscine intercommunale en 2023 a permis de réaliser 1 150 heures d'insertion."),
        ("fill", "RC"),
        ("h", "6. Jugement des offres"),
        ("table", [["Critère", "Pondération"],
                   ["Prix des prestations", "55 %"],
                   ["Valeur technique (mémoire justificatif), dont organisation du tri et de la "
                    "valorisation des déchets de chantier : 5 %", "35 %"],
                   ["Performances en matière d'insertion professionnelle des publics en difficulté "
                    "(lots 1, 2 et 4 ; pour les autres lots cette pondération est reportée sur la "
                    "valeur technique)", "10 %"]], {"widths": [5, 1]}),
    ], L(cs=1, ci=1, crs=1, cre=1, al=1, nbl=6, est=1840000,
         ev=["Les travaux sont répartis en six lots",
             "est estimé à 1 840 000 € HT",
             "Les lots n° 1, 2 et 4 comportent une clause d'insertion professionnelle",
             "Performances en matière d'insertion professionnelle des publics en difficulté",
             "organisation du tri et de la valorisation des déchets de chantier"]))

    ccap = P("CCAP_2026-TX-04.pdf", "CCAP", f"{b} – {ref} – CCAP", "CCAP commun à tous les lots", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj,
                   "CCAG-Travaux 2021 – commun aux six lots"]),
        ("h", "Article 2 – Décomposition du marché"),
        ("p", "Les travaux font l'objet de six lots séparés, attribués à des entreprises distinctes ou "
              "groupées. Le présent CCAP s'applique à l'ensemble des lots ; les stipulations propres à un "
              "lot sont signalées comme telles."),
        ("h", "Article 3 – Délais"),
        ("p", "Le délai global d'exécution est de quatorze mois, période de préparation de deux mois "
              "comprise. Le calendrier détaillé est établi par l'OPC et notifié par ordre de service."),
        ("fill", "CCAP"),
        ("h", "Article 8 – Clause sociale d'insertion"),
        ("p", "Conformément à l'article L2112-2 du code de la commande publique, les titulaires des lots "
              "désignés ci-dessous s'engagent à réaliser une action d'insertion réservant aux publics "
              "éloignés de l'emploi le nombre minimal d'heures de travail suivant :"),
        ("table", [["Lot", "Heures d'insertion"],
                   ["Lot 1 – Désamiantage – démolition", "385 heures"],
                   ["Lot 2 – Gros œuvre – maçonnerie", "245 heures"],
                   ["Lot 4 – Menuiseries – cloisons – doublages", "126 heures"]],
         {"lines": False, "widths": [4, 1.4], "align": "lr"}),
        ("p", "Les heures de formation préalables à l'embauche ne sont pas décomptées. Le titulaire "
              "transmet chaque mois au facilitateur de la Maison de l'emploi un état nominatif des heures "
              "réalisées. Toute heure non réalisée donne lieu à une pénalité de cinquante euros."),
        ("h", "Article 9 – Gestion des déchets de chantier"),
        ("p", "Chaque titulaire établit un schéma d'organisation et de gestion des déchets (SOGED) avant "
              "le démarrage des travaux. Les déchets sont triés sur le chantier en cinq flux au moins "
              "(inertes, bois, métaux, plâtre, déchets non dangereux en mélange) et les bordereaux de "
              "suivi sont remis au maître d'œuvre. Le brûlage de déchets est interdit."),
    ], L(cs=1, ci=1, h=756, ce=1, al=1, nbl=6,
         ev=["six lots séparés", "Lot 1 – Désamiantage – démolition 385 heures",
             "Lot 2 – Gros œuvre – maçonnerie 245 heures",
             "Lot 4 – Menuiseries – cloisons – doublages 126 heures",
             "Les déchets sont triés sur le chantier en cinq flux"]))

    cctp = P("CCTP_prescriptions_generales.pdf", "CCTP", f"{b} – {ref} – CCTP",
             "CCTP – prescriptions communes – indice B (juin 2025)", [
        ("title", [b, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", obj,
                   "Fascicule 0 – Prescriptions communes à tous les corps d'état"]),
        ("h", "0.1 Présentation de l'opération"),
        ("p", "Le projet est décomposé en sept lots : désamiantage et démolition, gros œuvre, charpente "
              "et couverture, menuiseries et cloisons, chauffage-ventilation-plomberie, électricité, et "
              "lot 7 – VRD et aménagements extérieurs. Chaque entreprise prend connaissance de "
              "l'ensemble des fascicules afin d'assurer la cohérence de ses ouvrages avec ceux des "
              "autres corps d'état."),
        ("h", "0.2 Installations de chantier"),
        ("p", "Les installations communes (base vie, clôtures, branchements provisoires) sont à la charge "
              "du lot gros œuvre et font l'objet d'un compte prorata géré selon la convention type."),
        ("fill", "CCTP"),
        ("h", "0.6 Déchets et propreté du chantier"),
        ("p", "Les entreprises assurent le tri sélectif de leurs déchets dans les bennes mises en place "
              "par le lot gros œuvre et justifient, par les bordereaux de suivi, un taux de valorisation "
              "matière d'au moins 70 % des déchets non dangereux. Les déchets amiantés sont évacués vers "
              "une installation de stockage agréée avec bordereau BSDA."),
        ("h", "0.7 Nuisances"),
        ("p", "Les travaux bruyants sont interdits avant 7 h 30 et après 19 h. Les engins sont conformes "
              "aux normes d'émission sonores en vigueur et les voiries d'accès sont nettoyées chaque jour."),
    ], L(ce=1, al=1, nbl=7,
         ev=["Le projet est décomposé en sept lots",
             "un taux de valorisation matière d'au moins 70 % des déchets non dangereux"]))

    return {"id": "d02-val-de-sorge-gymnase", "title": obj, "pieces": [rc, ccap, cctp],
            "pos": [CS, CI, CRS, CE, CRE],
            "values": V(al=1, nbl=6, est=1840000, h=756),
            "note": "Conflit : le CCTP (indice B, antérieur) annonce sept lots avec un lot VRD ; le RC et le CCAP "
                    "(pièces administratives qui prévalent) en comptent six. Heures : 385 + 245 + 126 = 756 ; "
                    "les 1 150 heures de la piscine (2023) sont un marché antérieur. Travaux : pas de maximum."}


# =============================================================================== DOSSIER 03
def d03():
    b = "Centre hospitalier de Valmorin"
    ref = "2026-CHV-NET"
    obj = "Nettoyage des locaux administratifs et des consultations externes"
    rc = P("RC_nettoyage_2026.pdf", "RC", f"{b} – {ref} – RC", "Direction des achats – RC nettoyage", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, "Appel d'offres ouvert"]),
        ("h", "Article 1 – Objet"),
        ("p", "Le marché porte sur le nettoyage quotidien et périodique des bâtiments administratifs "
              "(bâtiments A, C et F) et des locaux de consultations externes du centre hospitalier, soit "
              "environ 7 400 m² de surfaces."),
        ("h", "Article 2 – Allotissement"),
        ("p", "Le marché n'est pas alloti. Les prestations de nettoyage des différents bâtiments forment "
              "un ensemble homogène dont la division en lots rendrait techniquement difficile la "
              "coordination des équipes et l'organisation des remplacements, notamment en horaires "
              "décalés (article L2113-11 du code de la commande publique)."),
        ("h", "Article 3 – Forme et durée"),
        ("p", "Il s'agit d'un accord-cadre mono-attributaire exécuté par bons de commande, avec montants "
              "minimum et maximum fixés par période à l'article 4 du CCAP. Il est conclu pour une période "
              "initiale de douze mois reconductible deux fois. La valeur estimée du besoin sur la durée "
              f"maximale est de {nb('520 000')} € HT."),
        ("p", "Le titulaire devra mettre en œuvre la clause sociale d'insertion prévue à l'article 11 du "
              "CCAP."),
        ("fill", "RC"),
        ("h", "Article 7 – Critères d'attribution"),
        ("table", [["Critères", "Pondération"],
                   ["Prix (sur la base du DQE)", "50 %"],
                   ["Valeur technique : organisation, encadrement, plan de contrôle qualité", "35 %"],
                   ["Performance environnementale des produits et des méthodes (écolabels, dosage, "
                    "microfibre, consommation d'eau)", "15 %"]], {"lines": False, "widths": [5, 1]}),
    ], L(cs=1, ci=1, cre=1, al=0, est=520000,
         ev=["Le marché n'est pas alloti", "est de 520 000 € HT",
             "mettre en œuvre la clause sociale d'insertion",
             "Performance environnementale des produits et des méthodes"]))

    ccap = P("CCAP_nettoyage_2026.pdf", "CCAP", f"{b} – {ref} – CCAP", "CCAP nettoyage – v2", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "CCAG-FCS"]),
        ("h", "Article 3 – Durée"),
        ("p", "L'accord-cadre est conclu pour une période initiale de douze mois à compter du 1er mai "
              "2026. Il peut être reconduit deux fois pour une période de douze mois."),
        ("h", "Article 4 – Montants"),
        ("p", "Les montants minimum et maximum de l'accord-cadre sont fixés par période comme suit :"),
        ("table", [["Période", "Minimum HT", "Maximum HT"],
                   ["Période initiale (12 mois)", nb("60 000 €"), nb("180 000 €")],
                   ["Première reconduction (12 mois)", nb("60 000 €"), nb("180 000 €")],
                   ["Seconde reconduction (12 mois)", nb("65 000 €"), nb("190 000 €")]],
         {"widths": [3, 1.5, 1.5], "align": "lrr"}),
        ("p", f"Le montant d'un bon de commande ne peut excéder {nb('25 000')} € HT."),
        ("fill", "CCAP"),
        ("h", "Article 11 – Clause sociale d'insertion"),
        ("p", "Le titulaire s'engage à réaliser une action d'insertion représentant au minimum 300 heures "
              "de travail par année d'exécution du marché, au profit de personnes éloignées de l'emploi "
              "validées par le facilitateur. L'action débute dans un délai de trente jours suivant la "
              "notification."),
        ("p", "Le titulaire atteste en outre satisfaire à l'obligation d'emploi des travailleurs "
              "handicapés prévue aux articles L5212-1 à L5212-11 du code du travail."),
        ("h", "Article 12 – Exigences environnementales"),
        ("p", "Les produits de nettoyage utilisés sont titulaires de l'Écolabel européen ou d'un label "
              "équivalent ; leur dosage est assuré par des centrales de dilution. Le titulaire utilise des "
              "textiles microfibres réutilisables et assure la collecte sélective des déchets papier et "
              "carton des bureaux."),
    ], L(cs=1, ci=1, h=300, ce=1, mx=550000,
         ev=["Période initiale (12 mois) 60 000 € 180 000 €",
             "Seconde reconduction (12 mois) 65 000 € 190 000 €",
             "au minimum 300 heures de travail par année d'exécution",
             "titulaires de l'Écolabel européen"]))

    dqe_rows = [["Réf.", "Désignation", "Unité", "Quantité annuelle", "Prix unitaire HT", "Total HT"],
                ["1.1", "Bureaux – entretien quotidien", "m²/an", nb("3 200"), "14,20", nb("45 440,00")],
                ["1.2", "Circulations et halls", "m²/an", nb("1 450"), "11,80", nb("17 110,00")],
                ["1.3", "Sanitaires", "m²/an", "380", "38,50", nb("14 630,00")],
                ["2.1", "Salles de consultation", "m²/an", nb("1 900"), "16,40", nb("31 160,00")],
                ["2.2", "Salles d'attente", "m²/an", "470", "12,00", nb("5 640,00")],
                ["3.1", "Lavage des vitres (par passage)", "m²", nb("2 100"), "3,10", nb("6 510,00")],
                ["3.2", "Décapage et protection des sols", "m²", "900", "9,80", nb("8 820,00")],
                ["4.1", "Intervention ponctuelle (heure)", "h", "260", "32,50", nb("8 450,00")],
                ["", "Total DQE HT", "", "", "", nb("137 760,00")],
                ["", "TVA 20 %", "", "", "", nb("27 552,00")],
                ["", "Total DQE TTC", "", "", "", nb("165 312,00")]]
    dqe = P("DQE_nettoyage_2026.docx", "DQE", f"{b} – {ref} – DQE", "Détail quantitatif estimatif", [
        ("title", [b, "DÉTAIL QUANTITATIF ESTIMATIF", obj,
                   "Document non contractuel servant au seul jugement des offres"]),
        ("p", "Candidat : Nettéo Services SAS – offre du 3 mars 2026. Les quantités indiquées sont des "
              "estimations annuelles ; elles ne constituent aucun engagement de l'acheteur et ne servent "
              "qu'à la comparaison des offres."),
        ("table", dqe_rows),
    ], L(), hyphen=False)

    return {"id": "d03-valmorin-nettoyage", "title": obj, "pieces": [rc, ccap, dqe],
            "pos": [CS, CI, CE, CRE],
            "values": V(al=0, est=520000, mx=550000, h=300),
            "note": "Un maximum par période : 180 000 + 180 000 + 190 000 = 550 000 ; minima et plafond par bon "
                    "de commande (25 000) écartés ; total DQE écarté. Heures : « 300 heures par année » lu "
                    "littéralement (nombre tel qu'écrit : 300), voir SCORES.md."}


# =============================================================================== DOSSIER 04
def d04():
    b = "Département du Lévrain"
    ref = "26-LEV-041"
    obj = "Fourniture et installation de mobilier pour les collèges"
    ted = P("avis_TED_26-LEV-041.txt", "AVIS", f"{b} – {ref} – TED", "", [
        ("title", ["Contract notice", "Supplies", "Directive 2014/24/EU",
                   "France-Saint-Orens-la-Vallée: School furniture"]),
        ("h", "Section I: Contracting authority"),
        ("p", "I.1) Name and addresses: Département du Lévrain, Hôtel du Département, 4 place des "
              "Tilleuls, Saint-Orens-la-Vallée, 49870, France. Contact: Direction de la commande "
              "publique. E-mail: achats@levrain-departement.example. NUTS code: FRG02"),
        ("p", "I.4) Type of the contracting authority: Regional or local authority"),
        ("h", "Section II: Object"),
        ("p", "II.1.1) Title: Supply and installation of furniture for the Département's secondary schools "
              "(collèges). Reference number: 26-LEV-041"),
        ("p", "II.1.2) Main CPV code: 39160000 School furniture"),
        ("p", "II.1.3) Type of contract: Supplies"),
        ("p", "II.1.4) Short description: Framework agreements with purchase orders for the supply, "
              "delivery and installation of classroom, canteen and staff furniture, and the refurbishment "
              "of existing furniture, for 52 collèges."),
        ("p", f"II.1.5) Estimated total value: Value excluding VAT: {nb('2 150 000.00')} EUR"),
        ("p", "II.1.6) Information about lots: This contract is divided into lots: yes. Tenders may be "
              "submitted for all lots."),
        ("h", "II.2) Description"),
        ("p", "II.2.1) Title: Classroom furniture. Lot No: 1"),
        ("p", "II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 40; "
              "Quality criterion - Name: Environmental performance (recycled content, durability, "
              "end-of-life take-back) / Weighting: 20; Price - Weighting: 40"),
        ("p", f"II.2.6) Estimated value: Value excluding VAT: {nb('950 000.00')} EUR"),
        ("p", "II.2.7) Duration in months: 48. This contract is subject to renewal: no"),
        ("p", f"II.2.14) Additional information: maximum amount of the framework agreement for the whole "
              f"duration: {nb('1 200 000')} EUR excluding VAT."),
        ("p", "II.2.1) Title: Canteen furniture. Lot No: 2"),
        ("p", "II.2.5) Award criteria: same as lot 1."),
        ("p", f"II.2.6) Estimated value: Value excluding VAT: {nb('640 000.00')} EUR"),
        ("p", f"II.2.14) Additional information: maximum amount: {nb('800 000')} EUR excluding VAT over 48 months."),
        ("p", "II.2.1) Title: Staff rooms and documentation centres. Lot No: 3"),
        ("p", f"II.2.6) Estimated value: Value excluding VAT: {nb('360 000.00')} EUR"),
        ("p", f"II.2.14) Additional information: maximum amount: {nb('450 000')} EUR excluding VAT over 48 months."),
        ("p", "II.2.1) Title: Refurbishment and repair of existing furniture (reserved lot). Lot No: 4"),
        ("p", "II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 60; "
              "Price - Weighting: 40"),
        ("p", f"II.2.6) Estimated value: Value excluding VAT: {nb('200 000.00')} EUR"),
        ("p", f"II.2.14) Additional information: maximum amount: {nb('250 000')} EUR excluding VAT over 48 months."),
        ("h", "Section III: Legal, economic, financial and technical information"),
        ("p", "III.1.5) Information about reserved contracts: The contract is restricted to sheltered "
              "workshops and economic operators aiming at the social and professional integration of "
              "disabled or disadvantaged persons. Lot 4 only: reserved under Article L2113-12 of the "
              "French Public Procurement Code (entreprises adaptées and ESAT)."),
        ("p", "III.2.2) Contract performance conditions: The contractor shall take back and recycle all "
              "delivery packaging, use reusable protective blankets for transport and keep spare parts "
              "available for at least ten years."),
        ("h", "Section IV: Procedure"),
        ("p", "IV.1.1) Type of procedure: Open procedure. IV.1.3) The procurement involves the "
              "establishment of a framework agreement with a single operator. IV.2.2) Time limit for "
              "receipt of tenders: 27/04/2026 Local time: 12:00. IV.2.4) Languages: French"),
        ("h", "Section VI: Complementary information"),
        ("p", "VI.3) Additional information: the procurement documents are available free of charge on "
              "the buyer profile. VI.4.1) Review body: Tribunal administratif de Vallonges."),
    ], L(mr=1, rb="L2113-12", ce=1, cre=1, al=1, nbl=4, est=2150000, mx=2700000,
         ev=["This contract is divided into lots: yes", "Lot No: 4",
             "reserved under Article L2113-12",
             "shall take back and recycle all delivery packaging",
             "Environmental performance (recycled content",
             "Value excluding VAT: 2 150 000.00 EUR", "1 200 000 EUR excluding VAT"]))

    rc = P("RC_26-LEV-041.pdf", "RC", f"{b} – {ref} – RC", "Règlement de la consultation – mobilier", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, "Appel d'offres ouvert européen"]),
        ("h", "Article 1 – Objet et allotissement"),
        ("p", "La consultation porte sur la fourniture, la livraison et l'installation de mobilier pour "
              "les collèges du Département. Elle comporte quatre lots :"),
        ("table", [["Lot 1", "Mobilier de salles de classe"],
                   ["Lot 2", "Mobilier de restauration"],
                   ["Lot 3", "Mobilier des salles des professeurs et des CDI"],
                   ["Lot 4", "Remise en état et réparation du mobilier existant – lot réservé"]],
         {"lines": False, "header": False, "widths": [1, 5]}),
        ("h", "Article 2 – Lot réservé"),
        ("p", "Le lot 4 est réservé, en application de l'article L2113-12 du code de la commande publique, "
              "aux entreprises adaptées, aux établissements et services d'aide par le travail et aux "
              "structures équivalentes employant au moins 50 % de travailleurs handicapés."),
        ("h", "Article 3 – Forme des accords-cadres"),
        ("p", "Chaque lot donne lieu à un accord-cadre mono-attributaire à bons de commande d'une durée de "
              "quarante-huit mois, sans minimum, avec un montant maximum fixé à l'article 5 du CCAP."),
        ("fill", "RC"),
        ("h", "Article 9 – Jugement des offres"),
        ("p", "Lots 1 à 3 : valeur technique 40 % ; performance environnementale (taux de matière recyclée, "
              "durabilité et réparabilité, reprise en fin de vie) 20 % ; prix 40 %. Lot 4 : valeur "
              "technique 60 % ; prix 40 %."),
    ], L(mr=1, rb="L2113-12", cre=1, al=1, nbl=4,
         ev=["Elle comporte quatre lots", "Le lot 4 est réservé, en application de l'article L2113-12",
             "performance environnementale (taux de matière recyclée"]))

    ccap = P("CCAP_26-LEV-041.docx", "CCAP", f"{b} – {ref} – CCAP", "CCAP – mobilier des collèges", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "Lots 1 à 4"]),
        ("h", "Article 2 – Lots"),
        ("p", "Le présent CCAP régit les quatre accords-cadres issus de la consultation. Le lot 4, réservé "
              "en application de l'article L2113-12 du code de la commande publique, est soumis aux mêmes "
              "stipulations sous réserve de l'article 14."),
        ("h", "Article 5 – Montants maximums"),
        ("p", "Aucun montant minimum n'est fixé. Le montant maximum des commandes pour la durée totale de "
              "quarante-huit mois est fixé pour chaque lot comme suit :"),
        ("table", [["Lot", "Montant maximum HT (48 mois)"],
                   ["Lot 1", nn("1 200 000 €")], ["Lot 2", nn("800 000 €")],
                   ["Lot 3", nn("450 000 €")], ["Lot 4", nn("250 000 €")]]),
        ("fill", "CCAP"),
        ("h", "Article 12 – Conditions d'exécution à caractère environnemental"),
        ("p", "Le titulaire reprend et recycle l'ensemble des emballages de livraison ; les protections de "
              "transport sont réutilisables. Les pièces détachées sont disponibles pendant au moins dix "
              "ans. Les livraisons sont regroupées par collège afin de limiter le nombre de trajets."),
    ], L(mr=1, rb="L2113-12", ce=1, al=1, nbl=4, mx=2700000,
         ev=["régit les quatre accords-cadres", "Le lot 4, réservé en application de l'article L2113-12",
             "Lot 1 1 200 000 €", "Lot 2 800 000 €", "Lot 3 450 000 €", "Lot 4 250 000 €",
             "reprend et recycle l'ensemble des emballages"]), hyphen=False)

    return {"id": "d04-levrain-mobilier-colleges", "title": obj, "pieces": [ted, rc, ccap],
            "pos": [RES, CE, CRE],
            "values": V(al=1, nbl=4, est=2150000, mx=2700000, rb="L2113-12"),
            "note": "Maxima par lot sans total (1 200 000 + 800 000 + 450 000 + 250 000 = 2 700 000) ; valeur "
                    "estimée 2 150 000 (TED II.1.5). Lot 4 réservé, article L2113-12 cité (la case TED est "
                    "cohérente)."}


# =============================================================================== DOSSIER 05
def d05():
    b = "Commune de Bréval-sur-Ource"
    ref = "MAPA 2026-03"
    obj = "Aménagement de la rue des Tanneurs et de la place du Foirail"
    ccap = P("CCAP_MAPA2026-03.pdf", "CCAP", f"{b} – {ref} – CCAP valant règlement",
             "CCAP valant règlement de consultation – rue des Tanneurs", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj,
                   "valant règlement de la consultation – procédure adaptée"]),
        ("h", "Article 1 – Objet"),
        ("p", "Le marché a pour objet les travaux de requalification de la rue des Tanneurs (340 m) et de "
              "la place du Foirail : terrassements, reprise des réseaux d'eaux pluviales, bordures, "
              "revêtements en enrobés et pavés, signalisation et mobilier urbain."),
        ("h", "Article 2 – Allotissement"),
        ("p", "Le marché n'est pas alloti. La réalisation simultanée des terrassements, des réseaux et des "
              "revêtements sur une voie maintenue en circulation impose une coordination que la commune "
              "n'est pas en mesure d'assurer elle-même (article L2113-11, 2° du code de la commande "
              "publique)."),
        ("h", "Article 3 – Tranches et montant estimé"),
        ("p", f"Le marché comporte une tranche ferme (rue des Tanneurs, {nb('231 000')} € HT) et une tranche "
              f"optionnelle (place du Foirail, {nb('55 500')} € HT). Le montant des travaux est estimé à "
              f"{nb('286 500')} € HT, tranches ferme et optionnelle confondues."),
        ("fill", "CCAP"),
        ("h", "Article 7 – Clause d'insertion"),
        ("p", "Le titulaire s'engage à réaliser 175 heures de travail au profit de personnes éloignées de "
              "l'emploi (demandeurs d'emploi de longue durée, bénéficiaires du RSA, jeunes sans "
              "qualification, travailleurs handicapés). Le facilitateur de la Maison de l'emploi du Pays "
              "d'Ource consacre environ 12 heures à l'accompagnement de l'entreprise. Les heures de "
              "formation (CACES, SST) suivies par les personnes recrutées ne sont pas comptées dans les "
              "175 heures."),
        ("h", "Article 8 – Dispositions environnementales"),
        ("p", "Les enrobés rabotés sont recyclés en centrale ; les déblais non pollués sont réemployés sur "
              "l'opération ou dirigés vers une plateforme de valorisation. Le titulaire remet un schéma "
              "d'organisation et de suivi de l'élimination des déchets (SOSED) avec son offre et le met "
              "en œuvre pendant le chantier."),
        ("h", "Article 12 – Jugement des offres"),
        ("table", [["Critère", "Points"],
                   ["Prix", "60"],
                   ["Valeur technique", "40"],
                   ["dont méthodologie et planning", "20"],
                   ["dont mesures prises pour limiter les nuisances de chantier et gérer les déchets", "10"],
                   ["dont moyens affectés", "10"]], {"widths": [5, 1], "align": "lr"}),
    ], L(cs=1, ci=1, h=175, ce=1, cre=1, al=0, est=286500,
         ev=["Le marché n'est pas alloti", "est estimé à 286 500 € HT",
             "s'engage à réaliser 175 heures de travail au profit de personnes éloignées de l'emploi",
             "Les enrobés rabotés sont recyclés en centrale",
             "mesures prises pour limiter les nuisances de chantier et gérer les déchets"]))

    cctp = P("CCTP_MAPA2026-03.pdf", "CCTP", f"{b} – {ref} – CCTP", "CCTP – voirie et réseaux", [
        ("title", [b, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", obj, "Voirie et réseaux divers"]),
        ("h", "1. Organisation du présent document"),
        ("p", "Les ouvrages sont décrits par lots techniques :"),
        ("list", ["Lot technique n° 1 – Terrassements, démolitions et purges ;",
                  "Lot technique n° 2 – Réseaux d'eaux pluviales et branchements ;",
                  "Lot technique n° 3 – Bordures, caniveaux et revêtements ;",
                  "Lot technique n° 4 – Signalisation et mobilier urbain."]),
        ("p", "Le titulaire exécute l'ensemble des ouvrages décrits et assure leur enchaînement."),
        ("h", "2. Lot technique n° 1 – Terrassements"),
        ("p", "Les terrassements sont exécutés à la pelle mécanique jusqu'au fond de forme défini aux "
              "profils en travers. Les purges de matériaux impropres sont réalisées sur ordre du maître "
              "d'œuvre et remplacées par une grave non traitée 0/31,5."),
        ("fill", "CCTP"),
        ("h", "4. Lot technique n° 3 – Revêtements"),
        ("p", "La couche de roulement est en béton bitumineux semi-grenu 0/10 de 6 cm d'épaisseur. Les "
              "enrobés intègrent au moins 20 % d'agrégats d'enrobés recyclés. Les croûtes d'enrobés "
              "démolies sont évacuées vers une centrale de recyclage, bons de pesée à l'appui."),
        ("h", "6. Gestion des déchets"),
        ("p", "Le titulaire trie les déchets de chantier (inertes, enrobés, métaux, bois) et transmet les "
              "bordereaux de suivi. Aucun déchet n'est enfoui ou brûlé sur place."),
    ], L(ce=1, ev=["au moins 20 % d'agrégats d'enrobés recyclés",
                   "Le titulaire trie les déchets de chantier"]))

    return {"id": "d05-breval-rue-des-tanneurs", "title": obj, "pieces": [ccap, cctp],
            "pos": [CS, CI, CE, CRE],
            "values": V(al=0, est=286500, h=175),
            "note": "Non alloti avec motif (L2113-11) ; les « lots techniques » du CCTP ne sont pas des lots du "
                    "marché (CCTP : allotissement vide). Heures : 175 ; les 12 heures du facilitateur et les "
                    "heures de formation sont écartées. Travaux : pas de maximum."}


# =============================================================================== DOSSIER 06
def d06():
    b = "Syndicat mixte des transports du Bassin de Lorme"
    ref = "SMTBL-2025-12"
    obj = "Nettoyage et petite maintenance des abribus et points d'arrêt"
    avis = P("avis_attribution_SMTBL-2025-12.txt", "AVIS", f"{b} – {ref} – avis d'attribution", "", [
        ("title", ["AVIS D'ATTRIBUTION", "Services – Résultat de marché",
                   "Département(s) de publication : 58"]),
        ("h", "Section I : Identification de l'acheteur"),
        ("p", "Nom complet de l'acheteur : Syndicat mixte des transports du Bassin de Lorme. Type de "
              "numéro national d'identification : SIRET. Code postal / Ville : 63990 Lorme-Vieille."),
        ("h", "Section II : Objet de la consultation"),
        ("p", "Intitulé : " + obj + ". Code CPV principal : 90910000. Type de marché : Services."),
        ("p", "Description : accords-cadres à bons de commande d'une durée de quatre ans."),
        ("p", "Le marché est divisé en lots : Oui. Nombre de lots : 3."),
        ("p", "Critères d'attribution : prix 50 % ; valeur technique 35 % ; performance en matière "
              "d'insertion professionnelle des publics en difficulté (lot 2 uniquement) 15 %."),
        ("p", "Conditions d'exécution : le lot 2 comporte une clause d'insertion de 1 200 heures sur la "
              "durée de l'accord-cadre. Clause environnementale : utilisation exclusive de produits "
              "écolabellisés et de procédés de nettoyage à faible consommation d'eau (lots 2 et 3)."),
        ("h", "Section III : Procédure"),
        ("p", "Procédure ouverte. Date d'envoi de l'avis initial : 14/10/2025."),
        ("h", "Section IV : Attribution"),
        ("table", [["Lot", "Intitulé", "Attributaire", "Offres reçues", "Montant maximum HT"],
                   ["1", "Maintenance des équipements d'information voyageurs", "Signalétique Armand SAS",
                    "4", nn("200 000 €")],
                   ["2", "Nettoyage des abribus et points d'arrêt", "Régie de quartier Lorme Services",
                    "3", nn("340 000 €")],
                   ["3", "Enlèvement des tags et graffitis", "Net'Façades SARL", "5", nn("95 000 €")]]),
        ("p", f"Valeur totale du marché (hors TVA) : {nn('635 000')} euros."),
        ("p", "Date d'attribution : 19/12/2025."),
    ], L(cs=1, ci=1, h=1200, crs=1, ce=1, al=1, nbl=3, mx=635000,
         ev=["Nombre de lots : 3", "clause d'insertion de 1 200 heures",
             "performance en matière d'insertion professionnelle des publics en difficulté",
             "utilisation exclusive de produits écolabellisés",
             "Valeur totale du marché (hors TVA) : 635 000 euros"]))

    ccap = P("CCAP_SMTBL-2025-12.pdf", "CCAP", f"{b} – {ref} – CCAP", "CCAP – abribus – lots 1 à 3", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj,
                   "Accords-cadres à bons de commande – trois lots"]),
        ("h", "Article 1 – Objet et lots"),
        ("p", "Le présent CCAP s'applique aux trois lots : lot 1 – maintenance des équipements "
              "d'information voyageurs ; lot 2 – nettoyage des abribus et points d'arrêt ; lot 3 – "
              "enlèvement des tags et graffitis."),
        ("h", "Article 3 – Durée et montants"),
        ("p", "Chaque accord-cadre est conclu pour quatre ans à compter de sa notification, sans "
              "reconduction. Il n'est pas fixé de minimum."),
        ("table", [["Lot", "Montant" + BR + "maximum HT pour" + BR + "la durée totale"],
                   ["Lot 1", nb("200 000 €")], ["Lot 2", nb("340 000 €")], ["Lot 3", nb("95 000 €")]],
         {"widths": [2, 2], "align": "lr"}),
        ("fill", "CCAP"),
        ("h", "Article 9 – Clause sociale d'insertion (lot 2)"),
        ("p", "Le titulaire du lot 2 réserve aux publics rencontrant des difficultés d'accès à l'emploi "
              "1 200 heures de travail sur la durée totale de l'accord-cadre, soit 300 heures par année. "
              "Le suivi est assuré par le facilitateur du PLIE du Bassin de Lorme."),
        ("h", "Article 10 – Clause environnementale (lots 2 et 3)"),
        ("p", "Les produits de nettoyage et de décapage sont écolabellisés ou équivalents ; le lavage "
              "haute pression est réalisé avec des appareils limitant la consommation d'eau à 8 litres "
              "par minute ; les eaux de lavage chargées sont récupérées."),
    ], L(cs=1, ci=1, h=1200, ce=1, al=1, nbl=3, mx=635000,
         ev=["s'applique aux trois lots", "Lot 1 200 000 €", "Lot 2 340 000 €", "Lot 3 95 000 €",
             "1 200 heures de travail sur la durée totale",
             "Les produits de nettoyage et de décapage sont écolabellisés"]))

    ae = P("AE_lot2_SMTBL-2025-12.pdf", "AE", f"{b} – {ref} – AE lot 2", "Acte d'engagement – lot 2", [
        ("title", [b, "ACTE D'ENGAGEMENT", "Lot n° 2 : nettoyage des abribus et points d'arrêt",
                   obj]),
        ("h", "Article 1 – Objet"),
        ("p", "Le présent acte d'engagement porte sur le lot n° 2 de la consultation, qui en comporte "
              "trois."),
        ("h", "Article 2 – Montant"),
        ("p", f"L'accord-cadre est conclu sans minimum et avec un montant maximum de {nb('340 000')} € HT "
              f"pour sa durée de quatre ans."),
        ("h", "Article 3 – Engagement d'insertion"),
        ("p", "Le titulaire s'engage à réaliser les 1 200 heures d'insertion prévues à l'article 9 du CCAP "
              "et à transmettre les justificatifs au facilitateur."),
        ("fill", "AE"),
    ], L(cs=1, ci=1, h=1200, al=1, nbl=3, mx=340000,
         ev=["porte sur le lot n° 2 de la consultation, qui en comporte trois",
             "montant maximum de 340 000 € HT", "réaliser les 1 200 heures d'insertion"]))

    return {"id": "d06-lorme-abribus-attribution", "title": obj, "pieces": [avis, ccap, ae],
            "pos": [CS, CI, CRS, CE],
            "values": V(al=1, nbl=3, mx=635000, h=1200),
            "note": "Avis d'attribution : trois lots, maxima 200 000 + 340 000 + 95 000 = 635 000. Les 1 200 heures "
                    "du lot 2 sont répétées dans trois pièces et comptées une fois ; « 300 heures par année » est "
                    "la même obligation. Pas de valeur estimée."}


# =============================================================================== DOSSIER 07
def d07():
    b = "Université de Ménestrel"
    ref = "UMEN-2026-CVC"
    obj = "Maintenance des installations de chauffage, ventilation et climatisation du campus"
    rc = P("RC_UMEN-2026-CVC.docx", "RC", f"{b} – {ref} – RC", "Règlement de la consultation", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, "Appel d'offres ouvert"]),
        ("h", "1. Objet"),
        ("p", "La consultation porte sur la maintenance préventive et corrective des installations de "
              "chauffage, de ventilation et de climatisation des dix-sept bâtiments du campus de la "
              "Haute-Rive, ainsi que sur la conduite des chaufferies."),
        ("h", "2. Allotissement"),
        ("p", "Le marché n'est pas alloti : les installations du campus sont interconnectées et pilotées "
              "par une gestion technique centralisée unique ; leur maintenance par des titulaires "
              "distincts rendrait l'exécution techniquement difficile et plus coûteuse (article L2113-11 "
              "du code de la commande publique)."),
        ("h", "3. Forme et durée"),
        ("p", f"Accord-cadre mono-attributaire à bons de commande, conclu pour une durée ferme de quatre "
              f"ans, non reconductible. Montant minimum annuel : {nb('20 000')} € HT ; montant maximum "
              f"annuel : {nb('95 000')} € HT. La partie forfaitaire (maintenance préventive) est "
              f"rémunérée par un prix global annuel."),
        ("fill", "RC"),
        ("h", "7. Critères de jugement des offres"),
        ("table", [["Critère", "Pondération"],
                   ["Prix", "45 %"],
                   ["Valeur technique (organisation, astreinte, qualification des techniciens)", "40 %"],
                   ["Démarche de réduction des consommations énergétiques proposée (plan de progrès "
                    "chiffré)", "15 %"]]),
    ], L(cre=1, al=0, mx=380000,
         ev=["Le marché n'est pas alloti", "durée ferme de quatre ans",
             "montant maximum annuel : 95 000 € HT",
             "Démarche de réduction des consommations énergétiques"]))

    ccap = P("CCAP_UMEN-2026-CVC.docx", "CCAP", f"{b} – {ref} – CCAP", "CCAP maintenance CVC", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "CCAG-MI"]),
        ("h", "Article 1 – Objet et décomposition"),
        ("p", "Le marché est passé en marché unique, sans allotissement. Il comprend une partie à prix "
              "global (maintenance préventive et conduite) et une partie à bons de commande (dépannages "
              "et petits travaux)."),
        ("h", "Article 2 – Durée et montants"),
        ("p", f"Le marché est conclu pour quatre ans à compter du 1er septembre 2026. Les bons de commande "
              f"sont émis dans la limite d'un montant minimum annuel de {nb('20 000')} € HT et d'un "
              f"montant maximum annuel de {nb('95 000')} € HT."),
        ("fill", "CCAP"),
        ("h", "Article 11 – Obligations sociales du titulaire"),
        ("p", "Le titulaire déclare respecter les obligations des articles L5212-1 à L5212-11 du code du "
              "travail et produit tous les six mois les attestations prévues à l'article D8222-5."),
        ("p", "Le titulaire garantit que les pièces détachées, composants et équipements qu'il fournit "
              "sont fabriqués dans le respect des huit conventions fondamentales de l'Organisation "
              "internationale du travail ; il communique, sur demande, les éléments de traçabilité de "
              "sa chaîne d'approvisionnement et les mesures correctives engagées."),
        ("h", "Article 12 – Performance énergétique et fluides frigorigènes"),
        ("p", "Le titulaire s'engage à réduire de 8 % les consommations de chauffage du campus, à climat "
              "constant, au terme de la deuxième année. Les fluides frigorigènes sont récupérés lors de "
              "toute intervention, tracés dans le registre de l'installation et remis à un centre agréé."),
    ], L(cs=1, ce=1, al=0, mx=380000,
         ev=["marché unique, sans allotissement", "conclu pour quatre ans",
             "montant maximum annuel de 95 000 € HT",
             "dans le respect des huit conventions fondamentales de l'Organisation internationale du travail",
             "s'engage à réduire de 8 % les consommations de chauffage"]))

    cctp = P("CCTP_UMEN-2026-CVC.pdf", "CCTP", f"{b} – {ref} – CCTP", "CCTP – maintenance CVC", [
        ("title", [b, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                   "Lot n° 2 – Maintenance des installations de chauffage, ventilation et climatisation",
                   "Campus de la Haute-Rive"]),
        ("h", "1. Objet"),
        ("p", "Le présent CCTP définit les prestations du lot n° 2 – maintenance des installations de "
              "chauffage, ventilation et climatisation : visites préventives, conduite des chaufferies, "
              "dépannages et tenue des carnets d'entretien."),
        ("h", "2. Inventaire des installations"),
        ("table", [["Bâtiment", "Production", "Puissance", "CTA"],
                   ["A – Présidence", "Chaudière gaz condensation", "420 kW", "2"],
                   ["B à E – Enseignement", "Sous-station réseau de chaleur", "1 350 kW", "9"],
                   ["F – Bibliothèque", "PAC air/eau réversible", "260 kW", "3"],
                   ["G – Laboratoires", "Groupe froid + chaudière", "510 kW", "6"]],
         {"lines": False}),
        ("fill", "CCTP"),
        ("h", "6. Fluides frigorigènes et consommations"),
        ("p", "Toute intervention sur un circuit frigorifique est réalisée par un personnel titulaire de "
              "l'attestation de capacité ; les fluides sont récupérés et jamais dégazés. Le titulaire "
              "relève mensuellement les consommations d'énergie, ajuste les courbes de chauffe et "
              "propose chaque année des actions d'économie d'énergie chiffrées. La gestion technique "
              "centralisée (environnement Niagara) reste la propriété de l'université."),
    ], L(ce=1, al=1,
         ev=["Le présent CCTP définit les prestations du lot n° 2",
             "les fluides sont récupérés et jamais dégazés"]))

    return {"id": "d07-menestrel-maintenance-cvc", "title": obj, "pieces": [rc, ccap, cctp],
            "pos": [CS, CE, CRE],
            "values": V(al=0, mx=380000),
            "note": "Conflit : le CCTP, reliquat d'une version allotie, se présente comme « lot n° 2 » ; le RC et le "
                    "CCAP (qui prévalent) disent le marché non alloti. Maximum annuel 95 000 × 4 ans fermes = "
                    "380 000 ; minimum écarté. Clause sociale non d'insertion (conventions OIT) ; la mention "
                    "L5212-1 est un rappel légal."}


# =============================================================================== DOSSIER 08
def d08():
    b = "Communauté d'agglomération Portes de l'Aurance"
    ref = "CAPA-26-031"
    obj = "Fourniture et livraison de repas en liaison froide pour les accueils de loisirs"
    avis = P("avis_eforms_CAPA-26-031.txt", "AVIS", f"{b} – {ref} – avis eForms", "", [
        ("title", ["Avis de marché ou de concession – régime standard",
                   "Directive 2014/24/UE – formulaire eForms 16", "Notice 00231876-2026"]),
        ("h", "1. Acheteur"),
        ("p", "1.1 Acheteur – Nom officiel : Communauté d'agglomération Portes de l'Aurance. Forme "
              "juridique : autorité régionale ou locale. Activité : services d'administration générale."),
        ("h", "2. Procédure"),
        ("p", "2.1 Procédure – Titre : " + obj + ". Description : accords-cadres à bons de commande pour "
              "la confection et la livraison des repas des neuf accueils de loisirs communautaires. "
              "Identifiant de la procédure : " + ref + ". Type de procédure : ouverte."),
        ("p", "2.1.1 Objet – Nature du marché : fournitures. Nomenclature principale (cpv) : 55523100. "
              f"Valeur estimée hors TVA : {nn('1 320 000,00')} EUR"),
        ("p", "2.1.4 Informations générales – Base juridique : directive 2014/24/UE."),
        ("h", "5. Lot"),
        ("p", "5.1 Lot – identifiant : LOT-0001. Titre : Déjeuners en liaison froide. Valeur estimée hors "
              f"TVA : {nn('1 150 000,00')} EUR. Valeur maximale de l'accord-cadre : {nn('1 440 000,00')} EUR. "
              "Durée : 48 mois."),
        ("p", "5.1.3 Marchés publics stratégiques – Objectif de la passation stratégique : réduction des "
              "incidences environnementales ; objectif social. Approche visant à réduire les incidences "
              "environnementales : critères de marchés publics écologiques de l'UE. Objectif social : "
              "emploi des personnes défavorisées."),
        ("p", "5.1.6 Informations générales – Participation réservée : la participation n'est pas réservée."),
        ("p", "5.1.10 Critères d'attribution – Type : prix ; pondération 45. Type : qualité ; Nom : qualité "
              "gustative et nutritionnelle ; pondération 35. Type : qualité ; Nom : performance "
              "environnementale (approvisionnement de proximité, emballages, transport) ; pondération 20."),
        ("p", "5.1.12 Conditions d'exécution : clause sociale d'insertion (au moins 5 % des heures de "
              "travail nécessaires à l'exécution, réservées à des publics éloignés de l'emploi) ; "
              "contenants réutilisables et livraison en véhicules à faibles émissions."),
        ("p", "5.1 Lot – identifiant : LOT-0002. Titre : Goûters et collations. Valeur estimée hors TVA : "
              f"{nn('170 000,00')} EUR. Valeur maximale de l'accord-cadre : {nn('210 000,00')} EUR. Durée : "
              "48 mois. Critères d'attribution : prix, pondération 60 ; qualité, pondération 40. "
              "Participation réservée : non."),
        ("h", "8. Organisations"),
        ("p", "Organisation chargée des procédures de recours : Tribunal administratif de Montsalve."),
    ], L(cs=1, ci=1, ce=1, cre=1, al=1, nbl=2, est=1320000, mx=1650000,
         ev=["LOT-0002", "Valeur estimée hors TVA : 1 320 000,00 EUR",
             "Valeur maximale de l'accord-cadre : 1 440 000,00 EUR",
             "Valeur maximale de l'accord-cadre : 210 000,00 EUR",
             "clause sociale d'insertion (au moins 5 %",
             "contenants réutilisables", "performance environnementale"]))

    rc = P("RC_CAPA-26-031.pdf", "RC", f"{b} – {ref} – RC", "RC – repas des accueils de loisirs", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, "Appel d'offres ouvert"]),
        ("h", "Article 1 – Objet et lots"),
        ("p", "La consultation est décomposée en deux lots : lot 1 – déjeuners en liaison froide ; "
              "lot 2 – goûters et collations. Un même candidat peut être attributaire des deux lots."),
        ("p", "Le lot 1 comporte une clause sociale d'insertion décrite à l'article 10 du CCAP."),
        ("fill", "RC"),
        ("h", "Article 6 – Jugement des offres"),
        ("p", "Lot 1 :"),
        ("table", [["Critère", "Pondération"],
                   ["Prix (DQE)", "45 %"],
                   ["Qualité gustative et nutritionnelle (menus types, fiches techniques, test de "
                    "dégustation)", "35 %"],
                   ["Performance environnementale : approvisionnement de proximité, réduction des "
                    "emballages, transport", "20 %"]]),
        ("p", "Lot 2 : prix 60 % ; qualité des produits et diversité de l'offre 40 %."),
    ], L(cs=1, ci=1, cre=1, al=1, nbl=2,
         ev=["La consultation est décomposée en deux lots",
             "Le lot 1 comporte une clause sociale d'insertion",
             "Performance environnementale : approvisionnement de proximité"]))

    ccap = P("CCAP_CAPA-26-031.pdf", "CCAP", f"{b} – {ref} – CCAP", "CCAP – repas des accueils de loisirs", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "Lots 1 et 2 – CCAG-FCS"]),
        ("h", "Article 2 – Durée"),
        ("p", "Chaque accord-cadre est conclu pour quarante-huit mois à compter du 1er septembre 2026."),
        ("h", "Article 3 – Montants"),
        ("p", "Il n'est pas fixé de montant minimum. Les montants maximums pour la durée totale sont de "
              f"{nb('1 440 000')} € HT pour le lot 1 et de {nb('210 000')} € HT pour le lot 2."),
        ("fill", "CCAP"),
        ("h", "Article 10 – Clause sociale d'insertion (lot 1)"),
        ("p", "Le titulaire du lot 1 réserve à des personnes éloignées de l'emploi au moins 5 % du nombre "
              "total d'heures travaillées pour l'exécution du marché (production, allotissement des "
              "repas, livraison). Il transmet chaque trimestre un état des heures réalisées."),
        ("h", "Article 11 – Conditions d'exécution environnementales"),
        ("p", "Les repas sont livrés dans des contenants réutilisables en inox ; l'usage de barquettes "
              "plastiques jetables est interdit. Les livraisons sont effectuées par des véhicules à "
              "faibles émissions au sens de l'article L224-7 du code de l'environnement. Au moins 50 % "
              "des produits, en valeur, sont des produits durables et de qualité, dont 20 % issus de "
              "l'agriculture biologique."),
    ], L(cs=1, ci=1, ce=1, al=1, nbl=2, mx=1650000,
         ev=["Lots 1 et 2", "1 440 000 € HT pour le lot 1 et de 210 000 € HT pour le lot 2",
             "au moins 5 % du nombre total d'heures travaillées",
             "livrés dans des contenants réutilisables en inox"]))

    ae = P("AE_lot1_CAPA-26-031.docx", "AE", f"{b} – {ref} – AE lot 1", "Acte d'engagement – lot 1", [
        ("title", [b, "ACTE D'ENGAGEMENT", "Lot n° 1 – Déjeuners en liaison froide", obj]),
        ("h", "1. Objet de l'engagement"),
        ("p", "Le présent acte d'engagement concerne le lot n° 1 de l'accord-cadre."),
        ("h", "2. Montant"),
        ("p", f"Montant maximum pour la durée totale de l'accord-cadre : {nn('1 440 000')} € HT. Il n'est "
              f"pas fixé de minimum."),
        ("h", "3. Clause d'insertion"),
        ("p", "Le titulaire s'engage à respecter la clause sociale d'insertion de l'article 10 du CCAP "
              "(5 % des heures travaillées)."),
        ("fill", "AE"),
    ], L(cs=1, ci=1, al=1, mx=1440000,
         ev=["concerne le lot n° 1 de l'accord-cadre", "1 440 000 € HT",
             "respecter la clause sociale d'insertion"]), hyphen=False)

    return {"id": "d08-aurance-repas-loisirs", "title": obj, "pieces": [avis, rc, ccap, ae],
            "pos": [CS, CI, CE, CRE],
            "values": V(al=1, nbl=2, est=1320000, mx=1650000),
            "note": "Insertion exprimée en part d'heures (5 %) sans nombre : heures vides. Maxima 1 440 000 + 210 000 ; "
                    "valeur estimée 1 320 000 (avis eForms). Les « 50 % de produits durables » du CCAP s'ajoutent à des "
                    "conditions d'exécution nettes (contenants, véhicules)."}


# =============================================================================== DOSSIER 09
def d09():
    b = "Ville de Coudray-Mézières"
    ref = "2026-PE-07"
    obj = "Entretien du linge des établissements d'accueil du jeune enfant"
    rc = P("RC_linge_creches.pdf", "RC", f"{b} – {ref} – RC", "Règlement de consultation – linge des crèches", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, "Procédure adaptée – marché réservé"]),
        ("h", "Article 1 – Objet"),
        ("p", "Le marché porte sur la collecte, le lavage, le séchage, le pliage et la livraison du linge "
              "plat et des textiles des quatre multi-accueils municipaux (environ 9 tonnes par an)."),
        ("h", "Article 2 – Marché réservé"),
        ("p", "En application des articles L2113-12 à L2113-14 du code de la commande publique, le présent "
              "marché est réservé à la fois aux entreprises adaptées, aux établissements et services "
              "d'aide par le travail et aux structures d'insertion par l'activité économique, ainsi "
              "qu'aux structures équivalentes, dès lors qu'ils emploient au moins 50 % de travailleurs "
              "handicapés ou défavorisés."),
        ("h", "Article 3 – Allotissement"),
        ("p", "Le marché n'est pas alloti : le volume modeste de linge et l'unicité de la tournée de "
              "collecte ne permettent pas d'identifier des prestations distinctes."),
        ("h", "Article 4 – Forme et montant"),
        ("p", "Accord-cadre à bons de commande conclu pour un an, reconductible trois fois. Le montant "
              "maximum de l'accord-cadre est fixé à 64 k€ HT pour toute sa durée, reconductions "
              "comprises."),
        ("fill", "RC"),
        ("h", "Article 8 – Critères de jugement"),
        ("table", [["Critère", "Pondération"],
                   ["Prix", "40 %"],
                   ["Valeur technique (process, délais, traçabilité du linge)", "45 %"],
                   ["Accompagnement et progression professionnelle des travailleurs affectés au marché "
                    "(parcours, formation, sorties vers l'emploi)", "15 %"]],
         {"widths": [5, 1], "align": "lr"}),
    ], L(crs=1, mr=1, rb="L2113-12;L2113-13", al=0, mx=64000,
         ev=["le présent marché est réservé à la fois aux entreprises adaptées",
             "structures d'insertion par l'activité économique",
             "Le marché n'est pas alloti", "64 k€ HT pour toute sa durée",
             "Accompagnement et progression professionnelle des travailleurs"]))

    ccap = P("CCAP_linge_creches.pdf", "CCAP", f"{b} – {ref} – CCAP", "CCAP – linge des crèches", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "CCAG-FCS"]),
        ("h", "Article 1 – Objet et caractère réservé"),
        ("p", "Le marché est réservé en application des articles L2113-12 et L2113-13 du code de la "
              "commande publique ; le titulaire justifie pendant toute la durée du marché de son statut "
              "d'entreprise adaptée, d'ESAT ou de structure d'insertion par l'activité économique."),
        ("h", "Article 2 – Durée et montant"),
        ("p", "L'accord-cadre est conclu pour une période d'un an à compter du 2 mars 2026, reconductible "
              f"tacitement trois fois. Montant maximum sur la durée totale : {nb('64 000')} € HT."),
        ("fill", "CCAP"),
        ("h", "Article 9 – Exigences environnementales d'exécution"),
        ("p", "Les lessives et produits de traitement du linge sont titulaires de l'Écolabel européen ou "
              "équivalent. Le lavage est réalisé à 40 °C au plus, sauf pour le linge souillé. La collecte "
              "est effectuée avec un véhicule à faibles émissions et le titulaire communique chaque "
              "année ses consommations d'eau par kilogramme de linge traité."),
    ], L(mr=1, rb="L2113-12;L2113-13", ce=1, mx=64000,
         ev=["réservé en application des articles L2113-12 et L2113-13",
             "Montant maximum sur la durée totale : 64 000 € HT",
             "Les lessives et produits de traitement du linge sont titulaires de l'Écolabel"]))

    return {"id": "d09-coudray-linge-creches", "title": obj, "pieces": [rc, ccap],
            "pos": [CRS, RES, CE],
            "values": V(al=0, mx=64000, rb="L2113-12;L2113-13"),
            "note": "Réservation double (L2113-14, loi ASAP) : bases L2113-12 et L2113-13. Maximum en k€ dans le RC "
                    "(64 k€) et en euros dans le CCAP : 64 000 pour toute la durée. Critère d'accompagnement "
                    "des travailleurs = critère social."}


# =============================================================================== DOSSIER 10
def d10():
    b = "Syndicat des eaux du Haut-Pradel"
    ref = "SEHP-AC-2026-02"
    obj = "Travaux de renouvellement des canalisations d'eau potable"
    ccap = P("CCAP_SEHP-AC-2026-02.pdf", "CCAP", f"{b} – {ref} – CCAP", "CCAP – renouvellement AEP", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj,
                   "Accord-cadre de travaux à bons de commande – CCAG-Travaux"]),
        ("h", "Article 2 – Lot unique"),
        ("p", "Le marché est conclu en lot unique : le renouvellement des conduites, des branchements et "
              "la réfection des chaussées forment une prestation unique sur chaque rue, qui ne permet pas "
              "l'identification de prestations distinctes."),
        ("fill", "CCAP", 3),
        ("h", "Article 3 – Durée, valeur estimée et montants"),
        ("p", "L'accord-cadre est conclu pour une durée de quatre ans à compter de sa notification. La "
              f"valeur estimée du besoin est de {nb('1 950 000')} € HT. Le montant minimum des commandes est "
              f"de {nb('400 000')} € HT pour la durée totale."),
        ("split", "Le montant maximum des commandes pour la durée totale de l'accord-cadre est fixé à 2 400",
         "000 € HT. Ce montant tient compte des travaux de réparation consécutifs aux casses."),
        ("fill", "CCAP"),
        ("h", "Article 10 – Clause sociale d'insertion"),
        ("p", "En application de l'article L2112-2 du code de la commande publique, le titulaire réalise "
              "1 400 heures d'insetion sur la durée de l'accord-cadre, au bénéfice de personnes éloignées "
              "de l'emploi orientées ou validées par le facilitateur du département. Les heures sont "
              "réparties au prorata des bons de commande émis."),
        ("h", "Article 11 – Déblais, matériaux et déchets"),
        ("p", "Les déblais sont réemployés en remblai après validation de leur portance ; les excédents "
              "sont dirigés vers une plateforme de valorisation. Les conduites en amiante-ciment déposées "
              "sont conditionnées, étiquetées et éliminées avec bordereau de suivi."),
    ], L(cs=1, ci=1, h=1400, ce=1, al=0, est=1950000, mx=2400000,
         ev=["Le marché est conclu en lot unique", "valeur estimée du besoin est de 1 950 000 € HT",
             "est fixé à 2 400 000 € HT", "1 400 heures d'insetion",
             "Les déblais sont réemployés en remblai"]))

    cctp = P("CCTP_SEHP-AC-2026-02.docx", "CCTP", f"{b} – {ref} – CCTP", "CCTP – renouvellement AEP", [
        ("title", [b, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", obj, "Avec annexes 1 et 2"]),
        ("h", "1. Matériaux"),
        ("p", "Les canalisations sont en fonte ductile (DN 100 à DN 200) ou en polyéthylène haute densité "
              "PE100 (DN 32 à DN 90). Les raccords et pièces spéciales bénéficient de l'attestation de "
              "conformité sanitaire."),
        ("h", "2. Exécution des tranchées"),
        ("p", "La largeur de tranchée est égale au diamètre extérieur augmenté de 0,40 m. Le lit de pose "
              "est en sable 0/4 sur 10 cm. Le grillage avertisseur bleu est posé à 0,30 m au-dessus de la "
              "génératrice supérieure."),
        ("fill", "CCTP"),
        ("h", "4. Gestion des déblais"),
        ("p", "Le titulaire privilégie le réemploi des déblais en remblai et achemine les excédents vers "
              "une installation de recyclage ; les bons de pesée sont joints aux situations."),
        ("h", "Annexe 2 – Fiche de synthèse de l'opération (programme 2023)"),
        ("table", [["Rubrique", "Valeur"],
                   ["Forme", "Accord-cadre à bons de commande – lot unique"],
                   ["Durée", "4 ans"],
                   ["Montant maximum de l'accord-cadre", nn("1 800 000 € HT")],
                   ["Clause d'insertion", nn("1 000 heures")]]),
    ], L(cs=1, ci=1, h=1000, ce=1, al=0, mx=1800000,
         ev=["Accord-cadre à bons de commande – lot unique",
             "Montant maximum de l'accord-cadre 1 800 000 € HT", "Clause d'insertion 1 000 heures",
             "achemine les excédents vers une installation de recyclage"]), hyphen=False)

    ae = P("AE_SEHP-AC-2026-02.docx", "AE", f"{b} – {ref} – AE", "Acte d'engagement", [
        ("title", [b, "ACTE D'ENGAGEMENT", obj, "Accord-cadre à bons de commande – lot unique"]),
        ("h", "Article 1 – Engagement"),
        ("p", "Le signataire s'engage à exécuter les travaux aux prix du bordereau des prix unitaires, "
              f"dans la limite d'un montant maximum de {nb('2 400 000')} € HT pour la durée totale de "
              f"l'accord-cadre et avec un minimum de {nb('400 000')} € HT."),
        ("h", "Article 2 – Insertion"),
        ("p", "Le titulaire s'engage à réaliser les 1 400 heures de la clause sociale d'insertion prévue à "
              "l'article 10 du CCAP."),
        ("fill", "AE"),
    ], L(cs=1, ci=1, h=1400, al=0, mx=2400000,
         ev=["lot unique", "montant maximum de 2 400 000 € HT pour la durée totale",
             "réaliser les 1 400 heures de la clause sociale d'insertion"]), hyphen=False)

    return {"id": "d10-haut-pradel-canalisations", "title": obj, "pieces": [ccap, cctp, ae],
            "pos": [CS, CI, CE],
            "values": V(al=0, est=1950000, mx=2400000, h=1400),
            "note": "Conflit : l'annexe 2 du CCTP (fiche du programme 2023) porte un maximum de 1 800 000 et "
                    "1 000 heures ; le CCAP et l'AE (qui prévalent) disent 2 400 000 et 1 400 heures. Le "
                    "maximum du CCAP est coupé par un saut de page (« 2 400 » / « 000 € HT »). « Lot unique » "
                    "lu comme non alloti. Faute de frappe « insetion » voulue."}


# =============================================================================== DOSSIER 11
def d11():
    b = "Ville de Lanvézec"
    ref = "2026-FOURN-02"
    obj = "Fournitures de bureau, mise sous pli et papier de reprographie"
    avis = P("avis_BOAMP_2026-FOURN-02.txt", "AVIS", f"{b} – {ref} – avis BOAMP", "", [
        ("title", ["AVIS DE MARCHÉ", "Fournitures", "Avis n° 26-118457 – publié le 09/03/2026"]),
        ("h", "Section 1 : Identification de l'acheteur"),
        ("p", "Nom complet de l'acheteur : Ville de Lanvézec. Type d'organisme : commune. Code postal / "
              "Ville : 29990 Lanvézec."),
        ("h", "Section 2 : Communication"),
        ("p", "Lien vers le profil d'acheteur : https://marches.lanvezec.example"),
        ("h", "Section 3 : Procédure"),
        ("p", "Type de procédure : procédure adaptée ouverte. Conditions de participation : voir RC. "
              "Date limite de réception des plis : 10/04/2026 à 12h00."),
        ("p", "Marché réservé : Oui – lot 2, réservé aux entreprises adaptées et aux ESAT en application "
              "de l'article L2113-12 du code de la commande publique."),
        ("p", "Critères d'attribution : prix 60 % ; valeur technique 25 % ; performances "
              "environnementales 15 %."),
        ("h", "Section 4 : Identification du marché"),
        ("p", "Intitulé du marché : " + obj + ". Code CPV principal : 30192000. Type de marché : "
              "fournitures. Description succincte : accords-cadres à bons de commande de deux ans, "
              "reconductibles une fois un an."),
        ("p", "Conditions d'exécution : livraisons groupées mensuelles, emballages réduits et reprise des "
              "cartons de livraison par le titulaire."),
        ("p", "Le marché est divisé en lots : Oui."),
        ("h", "Section 5 : Lots"),
        ("table", [["Lot", "Intitulé", "Montant maximum (durée totale)"],
                   ["1", "Fournitures de bureau", nn("144 000 € HT")],
                   ["2", "Mise sous pli et routage (réservé)", nn("90 000 € HT")],
                   ["3", "Papier de reprographie", nn("66 000 € HT")]]),
        ("h", "Section 6 : Informations complémentaires"),
        ("p", "Visite obligatoire : non. Autres informations : les documents sont accessibles gratuitement."),
    ], L(mr=1, rb="L2113-12", ce=1, cre=1, al=1, nbl=3, mx=300000,
         ev=["Marché réservé : Oui – lot 2", "article L2113-12",
             "performances environnementales 15 %", "reprise des cartons",
             "Le marché est divisé en lots : Oui", "1 Fournitures de bureau 144 000 € HT",
             "2 Mise sous pli et routage (réservé) 90 000 € HT", "3 Papier de reprographie 66 000 € HT"]))

    rc = P("RC_2026-FOURN-02.pdf", "RC", f"{b} – {ref} – RC", "Règlement de consultation – fournitures", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, "Procédure adaptée ouverte"]),
        ("h", "Article 1 – Objet et lots"),
        ("p", "La consultation est allotie en trois lots : lot 1 – fournitures de bureau ; lot 2 – mise "
              "sous pli et routage des courriers ; lot 3 – papier de reprographie."),
        ("p", "Le lot 2 est réservé aux entreprises adaptées et aux établissements et services d'aide par "
              "le travail (article L2113-12 du code de la commande publique)."),
        ("h", "Article 3 – Durée"),
        ("p", "Chaque accord-cadre est conclu pour une durée de deux ans à compter de sa notification, "
              "reconductible une fois pour une durée d'un an. Pour information, le budget annuel consacré "
              f"à ces achats est d'environ {nb('120 000')} € TTC."),
        ("fill", "RC"),
        ("h", "Article 7 – Critères"),
        ("table", [["Critère", "Lots 1 et 3", "Lot 2"],
                   ["Prix", "60 %", "60 %"],
                   ["Valeur technique", "25 %", "40 %"],
                   ["Performances environnementales (emballages, livraisons, produits)", "15 %", "–"]],
         {"lines": False, "widths": [4, 1, 1], "align": "lrr"}),
    ], L(mr=1, rb="L2113-12", cre=1, al=1, nbl=3,
         ev=["La consultation est allotie en trois lots",
             "Le lot 2 est réservé aux entreprises adaptées",
             "Performances environnementales (emballages, livraisons, produits)"]))

    ccap = P("CCAP_2026-FOURN-02.pdf", "CCAP", f"{b} – {ref} – CCAP", "CCAP – fournitures", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "Lots 1, 2 et 3"]),
        ("h", "Article 2 – Durée"),
        ("p", "La durée de chaque accord-cadre est fixée par le règlement de la consultation."),
        ("h", "Article 3 – Montants maximums annuels"),
        ("table", [["Lot", "Montant maximum annuel HT"],
                   ["Lot 1 – Fournitures de bureau", nb("48 000 €")],
                   ["Lot 2 – Mise sous pli et routage", nb("30 000 €")],
                   ["Lot 3 – Papier de reprographie", nb("22 000 €")]],
         {"widths": [3, 2], "align": "lr"}),
        ("p", "Le lot 2 est exécuté par une entreprise adaptée ou un ESAT, conformément à son caractère "
              "réservé (article L2113-12)."),
        ("fill", "CCAP"),
        ("h", "Article 9 – Conditions environnementales d'exécution"),
        ("p", "Les livraisons sont regroupées une fois par mois et par site. Les emballages sont réduits "
              "au strict nécessaire et le titulaire reprend les cartons de livraison en vue de leur "
              "recyclage. Pour le lot 3, le papier est recyclé à 100 % ou issu de forêts gérées "
              "durablement."),
    ], L(mr=1, rb="L2113-12", ce=1, al=1, nbl=3, mx=100000,
         ev=["Lots 1, 2 et 3", "Lot 1 – Fournitures de bureau 48 000 €",
             "Lot 2 – Mise sous pli et routage 30 000 €", "Lot 3 – Papier de reprographie 22 000 €",
             "conformément à son caractère réservé (article L2113-12)",
             "le titulaire reprend les cartons de livraison"]))

    return {"id": "d11-lanvezec-fournitures", "title": obj, "pieces": [avis, rc, ccap],
            "pos": [RES, CE, CRE],
            "values": V(al=1, nbl=3, mx=300000, rb="L2113-12"),
            "note": "Maxima annuels par lot au CCAP (48 000 + 30 000 + 22 000), durée au RC (deux ans + un an) : "
                    "300 000, égal à la somme des maxima de l'avis. Le CCAP seul ne connaît que l'année "
                    "(100 000). Budget TTC du RC écarté. Pas de valeur estimée HT."}


# =============================================================================== DOSSIER 12
def d12():
    b = "CCAS de Ferrière-Haute"
    ref = "CCAS-2026-01"
    obj = "Confection et portage de repas à domicile"
    rc = P("RC_portage_repas.pdf", "RC", f"{b} – {ref} – RC", "Règlement de la consultation – portage de repas", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj,
                   "Procédure adaptée – services sociaux et autres services spécifiques (R2123-1 3°)"]),
        ("h", "Article 1 – Objet"),
        ("p", "Le marché porte sur la confection et la livraison à domicile, six jours sur sept, de repas "
              "pour les personnes âgées et les personnes en situation de handicap bénéficiaires du "
              "service de portage du CCAS (environ 70 repas par jour)."),
        ("h", "Article 2 – Marché réservé"),
        ("p", "Le présent marché, qui porte exclusivement sur des services sociaux et autres services "
              "spécifiques, est réservé, en application de l'article L2113-15 du code de la commande "
              "publique, aux entreprises de l'économie sociale et solidaire et aux structures équivalentes "
              "poursuivant une mission de service public liée à la prestation."),
        ("h", "Article 3 – Allotissement"),
        ("p", "Le marché n'est pas alloti : la confection et la livraison des repas forment une même "
              "chaîne en liaison froide dont la division compromettrait la sécurité sanitaire."),
        ("h", "Article 4 – Durée et montants"),
        ("p", f"Le marché est conclu pour un an, reconductible deux fois. Le montant maximum annuel est "
              f"fixé à {nb('96 000')} € TTC. La valeur estimée du marché, reconductions comprises, est de "
              f"{nb('272 700')} € HT."),
        ("fill", "RC"),
        ("h", "Article 8 – Critères"),
        ("p", "Prix : 40 %. Qualité des repas (équilibre, adaptation aux régimes, goût) : 45 %. Modalités de "
              "livraison et réduction de l'impact environnemental (véhicules, contenants) : 15 %."),
    ], L(mr=1, rb="L2113-15", cre=1, al=0, est=272700,
         ev=["est réservé, en application de l'article L2113-15", "Le marché n'est pas alloti",
             "est de 272 700 € HT",
             "réduction de l'impact environnemental (véhicules, contenants) : 15 %"]))

    ccap = P("CCAP_portage_repas.docx", "CCAP", f"{b} – {ref} – CCAP", "CCAP – portage de repas", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "Accord-cadre à bons de commande"]),
        ("h", "Article 1 – Caractère réservé"),
        ("p", "Le marché est réservé aux entreprises de l'économie sociale et solidaire sur le fondement "
              "de l'article L2113-15 du code de la commande publique. Le titulaire ne peut se voir "
              "attribuer un nouveau marché réservé sur ce fondement pour les mêmes prestations pendant "
              "trois ans."),
        ("h", "Article 2 – Montants"),
        ("p", f"Montant minimum annuel : {nn('40 000')} € TTC. Montant maximum annuel : {nn('96 000')} € TTC. "
              "Les prix s'entendent repas livré, TVA au taux réduit comprise."),
        ("fill", "CCAP"),
        ("h", "Article 10 – Conditions d'exécution environnementales"),
        ("p", "Les tournées sont assurées par des véhicules électriques ou roulant au GNV. Les repas sont "
              "conditionnés dans des barquettes compostables ou des contenants consignés ; le titulaire "
              "reprend les contenants lors de la livraison suivante."),
    ], L(mr=1, rb="L2113-15", ce=1,
         ev=["réservé aux entreprises de l'économie sociale et solidaire sur le fondement de l'article L2113-15",
             "Les tournées sont assurées par des véhicules électriques"]), hyphen=False)

    ae = P("AE_portage_repas.pdf", "AE", f"{b} – {ref} – AE", "Acte d'engagement – portage de repas", [
        ("title", [b, "ACTE D'ENGAGEMENT", obj, "Marché réservé – article L2113-15"]),
        ("h", "Article 1 – Objet"),
        ("p", "Le signataire s'engage à assurer la confection et la livraison des repas dans les conditions "
              "du CCAP, en qualité d'entreprise de l'économie sociale et solidaire au sens de l'article 1er "
              "de la loi n° 2014-856 du 31 juillet 2014, candidate au marché réservé prévu à l'article "
              "L2113-15 du code de la commande publique."),
        ("h", "Article 2 – Prix et montants"),
        ("table", [["Prestation", "Prix unitaire TTC"],
                   ["Repas complet livré", "9,85 €"],
                   ["Repas complet régime (sans sel, diabétique, mixé)", "10,40 €"],
                   ["Potage du soir", "1,20 €"]]),
        ("p", f"Montant maximum annuel : {nb('96 000')} € TTC."),
        ("fill", "AE"),
    ], L(mr=1, rb="L2113-15", ev=["candidate au marché réservé prévu à l'article L2113-15"]))

    return {"id": "d12-ferriere-portage-repas", "title": obj, "pieces": [rc, ccap, ae],
            "pos": [RES, CE, CRE],
            "values": V(al=0, est=272700, rb="L2113-15"),
            "note": "Maximum exprimé seulement TTC (96 000 € TTC par an) : montant_max_ht vide. Valeur estimée HT "
                    "272 700 (RC). Réservation ESS L2113-15. L'objet social du marché n'est pas une clause sociale."}


# =============================================================================== DOSSIER 13
def d13():
    b = "Ville de Pontcerf"
    ref = "AC-BAT-2026"
    obj = "Travaux d'entretien et de grosses réparations des bâtiments communaux"
    rc = P("RC_AC-BAT-2026.pdf", "RC", f"{b} – {ref} – RC", "Règlement de la consultation – bâtiments", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj,
                   "Accords-cadres de travaux à bons de commande – procédure adaptée"]),
        ("h", "Article 1 – Objet et décomposition"),
        ("p", "La consultation porte sur les travaux d'entretien, de réparation et de mise en conformité "
              "des 64 bâtiments communaux. Elle est décomposée en cinq lots :"),
        ("table", [["N°", "Lot"],
                   ["1", "Gros œuvre – maçonnerie"], ["2", "Menuiseries intérieures et extérieures"],
                   ["3", "Peinture – revêtements de sols"], ["4", "Plomberie – sanitaires"],
                   ["5", "Électricité"]], {"widths": [1, 6]}),
        ("h", "Article 2 – Durée et valeur estimée"),
        ("p", "Chaque accord-cadre est conclu pour un an, reconductible trois fois. La valeur estimée de "
              f"l'ensemble des lots sur quatre ans est de {nb('1 440 000')} € HT."),
        ("h", "Article 3 – Clause d'insertion"),
        ("p", "Les lots 1, 2, 3 et 5 comportent une clause sociale d'insertion dont les volumes sont fixés "
              "à l'article 8 du CCAP. Le lot 4 n'est pas concerné."),
        ("fill", "RC"),
        ("h", "Article 7 – Critères d'attribution"),
        ("table", [["Critère", "Pondération"],
                   ["Prix (DQE non contractuel)", "60 %"],
                   ["Valeur technique : moyens, délais d'intervention, méthodologie", "30 %"],
                   ["Modalités de mise en œuvre de l'action d'insertion (accompagnement, tutorat, "
                    "parcours proposé) – lots 1, 2, 3 et 5", "10 %"]], {"lines": False, "widths": [5, 1]}),
        ("p", "Pour le lot 4, la pondération de la valeur technique est portée à 40 %."),
    ], L(cs=1, ci=1, crs=1, al=1, nbl=5, est=1440000,
         ev=["Elle est décomposée en cinq lots", "est de 1 440 000 € HT",
             "Les lots 1, 2, 3 et 5 comportent une clause sociale d'insertion",
             "Modalités de mise en œuvre de l'action d'insertion"]))

    ccap = P("CCAP_AC-BAT-2026.docx", "CCAP", f"{b} – {ref} – CCAP", "CCAP – bâtiments communaux", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "Commun aux lots 1 à 5"]),
        ("h", "Article 3 – Durée"),
        ("p", "Chaque accord-cadre est conclu pour une période initiale d'un an, reconductible tacitement "
              "trois fois pour un an, soit une durée maximale de quatre ans."),
        ("h", "Article 4 – Montants par lot"),
        ("table", [["Lot", "Montant minimum annuel HT", "Montant maximun annuel HT"],
                   ["1 – Gros œuvre – maçonnerie", nn("30 000 €"), nn("150 000 €")],
                   ["2 – Menuiseries", nn("15 000 €"), nn("80 000 €")],
                   ["3 – Peinture – revêtements de sols", nn("15 000 €"), nn("90 000 €")],
                   ["4 – Plomberie – sanitaires", nn("10 000 €"), nn("60 000 €")],
                   ["5 – Électricité", nn("10 000 €"), nn("70 000 €")]]),
        ("p", f"Montant maximum par bon de commande : {nn('40 000')} € HT, tous lots."),
        ("fill", "CCAP"),
        ("h", "Article 8 – Clause sociale d'insertion"),
        ("p", "Les titulaires des lots ci-dessous consacrent aux publics éloignés de l'emploi le volume "
              "d'heures de travail suivant, pour la durée totale de l'accord-cadre :"),
        ("table", [["Lot", "Heures d'insertion"],
                   ["Lot 1", "500"], ["Lot 2", "200"], ["Lot 3", "250"], ["Lot 4", "Non concerné"],
                   ["Lot 5", "150"]]),
        ("h", "Article 9 – Chantiers et déchets"),
        ("p", "Les déchets sont triés et déposés en déchèterie professionnelle ; les bordereaux sont joints "
              "aux factures. Les peintures et colles employées à l'intérieur sont étiquetées A+ et à faible "
              "teneur en composés organiques volatils."),
    ], L(cs=1, ci=1, h=1100, ce=1, al=1, nbl=5, mx=1800000,
         ev=["Commun aux lots 1 à 5", "soit une durée maximale de quatre ans",
             "Montant maximun annuel HT", "Lot 1 500", "Lot 2 200", "Lot 3 250", "Lot 5 150",
             "Les déchets sont triés et déposés en déchèterie professionnelle"]), hyphen=False)

    ae = P("AE_lot3_AC-BAT-2026.docx", "AE", f"{b} – {ref} – AE lot 3", "Acte d'engagement – lot 3", [
        ("title", [b, "ACTE D'ENGAGEMENT", "Lot n° 3 – Peinture – revêtements de sols", obj]),
        ("h", "1. Objet"),
        ("p", "Le présent acte d'engagement concerne le lot n° 3 de l'accord-cadre."),
        ("h", "2. Montants"),
        ("p", f"Montant minimum annuel : {nb('15 000')} € HT ; montant maximum annuel : {nb('90 000')} € HT."),
        ("h", "3. Clause d'insertion"),
        ("p", "Le titulaire s'engage à réaliser 250 heures d'insertion selon l'article 8 du CCAP."),
        ("fill", "AE"),
    ], L(cs=1, ci=1, h=250, al=1, mx=90000,
         ev=["concerne le lot n° 3 de l'accord-cadre", "montant maximum annuel : 90 000 € HT",
             "réaliser 250 heures d'insertion"]), hyphen=False)

    return {"id": "d13-pontcerf-batiments", "title": obj, "pieces": [rc, ccap, ae],
            "pos": [CS, CI, CRS, CE],
            "values": V(al=1, nbl=5, est=1440000, mx=1800000, h=1100),
            "note": "Maxima annuels 150 000 + 80 000 + 90 000 + 60 000 + 70 000 = 450 000 × 4 ans = 1 800 000 ; "
                    "plafond par bon de commande (40 000) et minima écartés. Heures par lot 500 + 200 + 250 + 150 "
                    "= 1 100. L'AE seul : 90 000 (une année, sa durée n'y figure pas). Faute « maximun » voulue."}


# =============================================================================== DOSSIER 14
def d14():
    b = "Syndicat mixte e-Territoires du Causse"
    ref = "SMET-2026-05"
    obj = "Numérisation de fonds d'archives et hébergement des images"
    rc = P("RC_SMET-2026-05.pdf", "RC", f"{b} – {ref} – RC", "RC – numérisation et hébergement", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, "Procédure adaptée ouverte"]),
        ("h", "Article 1 – Objet et lots"),
        ("p", "La consultation est décomposée en deux lots : lot 1 – numérisation des registres "
              "paroissiaux, d'état civil et des plans cadastraux napoléoniens des communes membres ; "
              "lot 2 – hébergement, conservation et diffusion en ligne des images produites."),
        ("p", "Le montant estimé du besoin est de 480 k€ HT, tous lots confondus, sur quatre ans."),
        ("p", "Le lot 1 comporte une clause d'insertion définie à l'article 8 du CCAP."),
        ("fill", "RC"),
        ("h", "Article 6 – Critères"),
        ("table", [["Critère", "Lot 1", "Lot 2"],
                   ["Prix", "40 %", "40 %"],
                   ["Valeur technique (qualité d'image, chaîne de contrôle, sécurité)", "50 %", "50 %"],
                   ["Délais de traitement / de mise en ligne", "10 %", "10 %"]],
         {"widths": [4, 1, 1], "align": "lrr"}),
        ("p", "Le candidat décrit l'environnement technique de numérisation (scanners, logiciels, formats) "
              "et l'environnement d'hébergement proposé."),
    ], L(cs=1, ci=1, al=1, nbl=2, est=480000,
         ev=["La consultation est décomposée en deux lots", "480 k€ HT, tous lots confondus",
             "Le lot 1 comporte une clause d'insertion"]))

    ccap = P("CCAP_SMET-2026-05.pdf", "CCAP", f"{b} – {ref} – CCAP", "CCAP – numérisation et hébergement", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "CCAG-TIC"]),
        ("h", "Article 2 – Lots, durée et montants"),
        ("p", "Chaque lot fait l'objet d'un accord-cadre à bons de commande conclu pour quatre ans. Montant "
              "maximum pour la durée totale : lot 1, 450 k€ HT ; lot 2, 120 k€ HT. Aucun minimum n'est fixé."),
        ("fill", "CCAP"),
        ("h", "Article 8 – Clause d'insertion (lot 1)"),
        ("p", "Le titulaire du lot 1 confie 420 heures de travail de préparation des documents, de "
              "numérisation et de contrôle à des personnes éloignées de l'emploi. Les 70 heures de "
              "formation initiale aux outils de numérisation dispensées à ces personnes ne sont pas "
              "comptabilisées dans ce volume. Le bilan est transmis dans un délai de 45 jours après "
              "la fin de chaque année d'exécution."),
        ("h", "Article 9 – Sécurité des systèmes"),
        ("p", "Le titulaire du lot 2 maintient un environnement de production et un environnement de "
              "recette distincts, héberge les données en France et assure une disponibilité de 99,5 %."),
    ], L(cs=1, ci=1, h=420, al=1, nbl=2, mx=570000,
         ev=["lot 1, 450 k€ HT ; lot 2, 120 k€ HT", "confie 420 heures de travail"]))

    cctp = P("CCTP_SMET-2026-05.docx", "CCTP", f"{b} – {ref} – CCTP", "CCTP – lots 1 et 2", [
        ("title", [b, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", obj, "Lots 1 et 2"]),
        ("h", "1. Lot 1 – Numérisation"),
        ("p", "Les documents sont numérisés en couleur, en 400 dpi minimum, au format TIFF non compressé "
              "pour les masters et JPEG pour la diffusion. Les registres fragiles sont traités sur "
              "pupitre en V, sans mise à plat forcée."),
        ("table", [["Fonds", "Volume estimé", "Format"],
                   ["Registres paroissiaux et d'état civil", nn("612 000 vues"), "A4 à A3"],
                   ["Plans cadastraux napoléoniens", nn("3 400 vues"), "Grand format"],
                   ["Délibérations communales", nn("95 000 vues"), "A4"]]),
        ("h", "2. Lot 2 – Hébergement et diffusion"),
        ("p", "L'environnement d'hébergement comprend une plateforme de diffusion compatible IIIF, un "
              "moteur de recherche par commune et par type de registre et un environnement de recette. "
              "Les sauvegardes sont quotidiennes et conservées trente jours."),
        ("fill", "CCTP"),
    ], L(al=1, nbl=2, ev=["Lots 1 et 2"]), hyphen=False)

    return {"id": "d14-causse-numerisation", "title": obj, "pieces": [rc, ccap, cctp],
            "pos": [CS, CI],
            "values": V(al=1, nbl=2, est=480000, mx=570000, h=420),
            "note": "Montants en k€ : maxima 450 k€ + 120 k€ = 570 000 ; valeur estimée 480 k€. Heures 420 ; les 70 "
                    "heures de formation et le délai de 45 jours sont des pièges. « Environnement » au sens "
                    "informatique : aucune catégorie environnementale. Les 612 000 vues ne sont pas un montant."}


# =============================================================================== DOSSIER 15
def d15():
    b = "Orbéa Habitat"
    ref = "OH-2026-MEN"
    obj = "Remplacement des menuiseries extérieures de trois résidences"
    avis = P("avis_eforms_OH-2026-MEN.txt", "AVIS", f"{b} – {ref} – avis eForms", "", [
        ("title", ["Avis de marché – régime standard", "Directive 2014/24/UE – eForms (formulaire 16)",
                   "Travaux"]),
        ("h", "1. Acheteur"),
        ("p", "Nom officiel : Orbéa Habitat, office public de l'habitat. Rôle : acheteur."),
        ("h", "2. Procédure"),
        ("p", "Titre : " + obj + " (résidences Les Tilleuls, Le Clos Fleuri, Les Hauts de Sarne). "
              "Identifiant interne : " + ref + ". Type de procédure : ouverte. Nature du marché : travaux. "
              f"CPV principal : 45421000. Valeur estimée hors TVA : {nn('1 085 000')} EUR."),
        ("p", "Marchés publics stratégiques : réduction des incidences environnementales ; objectif social "
              "(emploi des personnes défavorisées)."),
        ("h", "5. Lots"),
        ("p", f"LOT-0001 – Menuiseries PVC et aluminium. Valeur estimée : {nn('790 000')} EUR. "
              "Durée : 10 mois."),
        ("p", f"LOT-0002 – Occultations et volets roulants. Valeur estimée : {nn('295 000')} EUR. "
              "Durée : 8 mois."),
        ("p", "Critères d'attribution (les deux lots) : prix, pondération 50 ; qualité – valeur technique, "
              "pondération 40 ; qualité – performance environnementale (bilan carbone du transport des "
              "menuiseries et filière de recyclage des menuiseries déposées), pondération 10."),
        ("p", "Conditions d'exécution : clause sociale d'insertion de 900 heures (lot 1 : 630 heures ; "
              "lot 2 : 270 heures) ; dépose sélective et recyclage des menuiseries remplacées."),
        ("p", "Participation réservée : la participation n'est pas réservée."),
        ("h", "8. Organisations"),
        ("p", "Service de médiation : comité consultatif de règlement amiable territorialement compétent."),
    ], L(cs=1, ci=1, h=900, ce=1, cre=1, al=1, nbl=2, est=1085000,
         ev=["LOT-0002", "Valeur estimée hors TVA : 1 085 000 EUR",
             "clause sociale d'insertion de 900 heures",
             "dépose sélective et recyclage des menuiseries remplacées",
             "performance environnementale (bilan carbone du transport"]))

    rc = P("RC_OH-2026-MEN.docx", "RC", f"{b} – {ref} – RC", "Règlement de la consultation", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, "Appel d'offres ouvert – travaux"]),
        ("h", "1. Objet et lots"),
        ("p", "Les travaux comprennent la dépose des menuiseries existantes et la fourniture et la pose de "
              "menuiseries neuves, d'occultations et de volets roulants. Ils sont répartis en deux lots : "
              "lot 1 – menuiseries PVC et aluminium ; lot 2 – occultations et volets roulants."),
        ("p", f"Le montant prévisionnel des travaux est de {nb('1 085 000')} € HT."),
        ("h", "2. Insertion professionnelle"),
        ("p", "Les deux lots comportent une clause sociale d'insertion (article 9 du CCAP). Pour mémoire, "
              "l'opération de réhabilitation de 2023 a permis de réaliser 2 300 heures d'insertion sur le "
              "patrimoine de l'office."),
        ("fill", "RC"),
        ("h", "5. Critères"),
        ("table", [["Critère", "Pondération"],
                   ["Prix", "50"],
                   ["Valeur technique", "40"],
                   ["Performance environnementale (bilan carbone du transport, filière de recyclage des "
                    "menuiseries déposées)", "10"]]),
    ], L(cs=1, ci=1, cre=1, al=1, nbl=2, est=1085000,
         ev=["Ils sont répartis en deux lots", "Le montant prévisionnel des travaux est de 1 085 000 € HT",
             "Les deux lots comportent une clause sociale d'insertion",
             "Performance environnementale (bilan carbone du transport"]))

    ccap = P("CCAP_OH-2026-MEN.pdf", "CCAP", f"{b} – {ref} – CCAP", "CCAP – menuiseries extérieures", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "Lots 1 et 2 – CCAG-Travaux"]),
        ("h", "Article 2 – Lots"),
        ("p", "Le marché comprend deux lots faisant chacun l'objet d'un marché séparé."),
        ("h", "Article 4 – Délais"),
        ("p", "Le délai d'exécution est de dix mois pour le lot 1 et de huit mois pour le lot 2, période de "
              "préparation comprise, à compter de l'ordre de service de démarrage."),
        ("fill", "CCAP"),
        ("h", "Article 9 – Clause sociale d'insertion"),
        ("p", "Le volume d'heures d'insertion exigé est de 630 heures pour le lot 1 et de 270 heures pour "
              "le lot 2. Le titulaire transmet au facilitateur, dans un délai de 15 jours suivant la "
              "notification, le plan de mise en œuvre de son engagement. Le facilitateur de la Maison de "
              "l'emploi consacre environ 20 heures à l'accompagnement de chaque titulaire ; ces heures "
              "ne sont pas des heures d'insertion."),
        ("h", "Article 10 – Dépose et recyclage"),
        ("p", "Les menuiseries déposées sont triées par matériau (PVC, aluminium, bois, verre) et remises à "
              "une filière de recyclage ; les certificats de recyclage sont remis avec le décompte final. "
              "Les menuiseries posées présentent un coefficient Uw inférieur ou égal à 1,3 W/m².K."),
    ], L(cs=1, ci=1, h=900, ce=1, al=1, nbl=2,
         ev=["deux lots faisant chacun l'objet d'un marché séparé",
             "630 heures pour le lot 1 et de 270 heures pour le lot 2",
             "remises à une filière de recyclage"]))

    return {"id": "d15-orbea-menuiseries", "title": obj, "pieces": [avis, rc, ccap],
            "pos": [CS, CI, CE, CRE],
            "values": V(al=1, nbl=2, est=1085000, h=900),
            "note": "Heures 630 + 270 = 900, répétées dans l'avis et le CCAP, comptées une fois ; les 2 300 heures de "
                    "2023, les 20 heures du facilitateur et le délai de 15 jours sont des pièges. Travaux : pas de "
                    "maximum."}


# =============================================================================== DOSSIER 16
def d16():
    b = "Ville de Montrigaud-les-Ormes"
    ref = "2026-SIGN"
    obj = "Fourniture et pose de signalisation routière"
    rc = P("RC_2026-SIGN.pdf", "RC", f"{b} – {ref} – RC", "RC – signalisation", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, "Procédure adaptée – accords-cadres"]),
        ("h", "Article 1 – Lots"),
        ("p", "La consultation comporte trois lots : lot 1 – signalisation verticale ; lot 2 – "
              "signalisation horizontale ; lot 3 – signalisation lumineuse tricolore. Chaque lot donne "
              "lieu à un accord-cadre à bons de commande de trois ans."),
        ("p", "Le lot 1 comporte une clause sociale d'insertion (article 7 du CCAP)."),
        ("fill", "RC"),
        ("h", "Article 6 – Critères"),
        ("table", [["Critère", "Pondération"],
                   ["Prix (DQE)", "50 %"],
                   ["Valeur technique", "35 %"],
                   ["Performance environnementale : produits de marquage sans solvant, recyclage des "
                    "panneaux déposés", "15 %"]], {"lines": False, "widths": [5, 1]}),
    ], L(cs=1, ci=1, cre=1, al=1, nbl=3,
         ev=["La consultation comporte trois lots", "Le lot 1 comporte une clause sociale d'insertion",
             "Performance environnementale : produits de marquage sans solvant"]))

    ccap = P("CCAP_2026-SIGN.pdf", "CCAP", f"{b} – {ref} – CCAP", "CCAP – signalisation", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "Lots 1 à 3"]),
        ("h", "Article 3 – Durée et montants maximums"),
        ("p", "Chaque accord-cadre est conclu pour trois ans. Les montants maximums pour la durée totale "
              "sont les suivants :"),
        ("table", [["Lot", "Montant maximum HT (3 ans)"],
                   ["Lot 1 – Signalisation verticale", nb("260 000 €")],
                   ["Lot 2 – Signalisation horizontale", nb("180 000 €")],
                   ["Lot 3 – Signalisation lumineuse tricolore", nb("75 000 €")],
                   ["Total", nb("515 000 €")]], {"widths": [3, 2], "align": "lr"}),
        ("fill", "CCAP"),
        ("h", "Article 7 – Clause sociale d'insertion (lot 1)"),
        ("p", "Le titulaire du lot 1 réalise 140 heures de travail d'insertion au profit de personnes "
              "éloignées de l'emploi, dans les conditions fixées par le guide de la clause sociale "
              "annexé."),
        ("h", "Article 8 – Conditions environnementales"),
        ("p", "Les panneaux, mâts et supports déposés sont repris par le titulaire et dirigés vers une "
              "filière de recyclage de l'aluminium et de l'acier. Les produits de marquage sont en phase "
              "aqueuse, sans solvant."),
    ], L(cs=1, ci=1, h=140, ce=1, al=1, nbl=3, mx=515000,
         ev=["Lots 1 à 3", "Total 515 000 €", "réalise 140 heures de travail d'insertion",
             "dirigés vers une filière de recyclage de l'aluminium"]))

    cctp = P("CCTP_2026-SIGN.docx", "CCTP", f"{b} – {ref} – CCTP", "CCTP – signalisation (version 1)", [
        ("title", [b, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", obj, "Version 1 – novembre 2025"]),
        ("h", "1. Décomposition"),
        ("p", "Le marché comprend deux lots : lot 1 – signalisation verticale (panneaux de police, "
              "directionnels et supports) ; lot 2 – signalisation horizontale (marquages longitudinaux, "
              "passages piétons, zébras)."),
        ("h", "2. Lot 1 – Signalisation verticale"),
        ("p", "Les panneaux sont en aluminium, de gamme normale, revêtus d'un film rétroréfléchissant de "
              "classe 2. Les supports sont en acier galvanisé à section ronde de 76 mm."),
        ("h", "3. Lot 2 – Signalisation horizontale"),
        ("p", "Les produits de marquage sont certifiés NF Équipements de la route. Les passages piétons "
              "sont réalisés en enduit à chaud ou en résine à froid."),
        ("h", "4. Dépose"),
        ("p", "Les panneaux et supports déposés sont évacués vers une filière de recyclage des métaux ; "
              "aucun dépôt n'est admis sur la voie publique."),
        ("fill", "CCTP"),
    ], L(ce=1, al=1, nbl=2,
         ev=["Le marché comprend deux lots",
             "évacués vers une filière de recyclage des métaux"]), hyphen=False)

    bpu = P("BPU_lot1_2026-SIGN.docx", "BPU", f"{b} – {ref} – BPU lot 1", "Bordereau des prix unitaires – lot 1", [
        ("title", [b, "BORDEREAU DES PRIX UNITAIRES", "Lot 1 – Signalisation verticale", obj]),
        ("table", [["N°", "Désignation", "Unité", "Prix HT en chiffres"],
                   ["1.01", "Panneau de police triangulaire 700 mm, classe 2", "u", ""],
                   ["1.02", "Panneau de police circulaire 650 mm, classe 2", "u", ""],
                   ["1.03", "Panneau directionnel type D21, 1 000 × 250 mm", "u", ""],
                   ["1.04", "Support acier galvanisé Ø 76 mm, hauteur 3 m", "u", ""],
                   ["1.05", "Massif de fondation béton 0,40 × 0,40 × 0,60 m", "u", ""],
                   ["1.06", "Dépose d'un panneau et de son support, évacuation comprise", "u", ""],
                   ["1.07", "Plus-value pour intervention de nuit", "forfait", ""]]),
        ("p", "Les prix s'entendent fourniture, transport et pose compris."),
    ], L(al=1, ev=["Lot 1 – Signalisation verticale"]), hyphen=False)

    return {"id": "d16-montrigaud-signalisation", "title": obj, "pieces": [rc, ccap, cctp, bpu],
            "pos": [CS, CI, CE, CRE],
            "values": V(al=1, nbl=3, mx=515000, h=140),
            "note": "Conflit : le CCTP (version 1) ne connaît que deux lots ; le RC et le CCAP en comptent trois "
                    "(lot 3 ajouté). Maxima par lot avec total 515 000. Heures 140 (lot 1 seul)."}


# =============================================================================== DOSSIER 17
def d17():
    b = "Commune de Saint-Hilaire-des-Landiers"
    ref = "MOE-GS-2026"
    obj = "Maîtrise d'œuvre pour la construction d'un groupe scolaire"
    avis = P("avis_BOAMP_MOE-GS-2026.txt", "AVIS", f"{b} – {ref} – avis BOAMP", "", [
        ("title", ["AVIS DE MARCHÉ", "Services", "Avis n° 26-054402"]),
        ("h", "Section 1 : Identification de l'acheteur"),
        ("p", "Nom complet de l'acheteur : Commune de Saint-Hilaire-des-Landiers. Code postal / Ville : "
              "85990 Saint-Hilaire-des-Landiers."),
        ("h", "Section 3 : Procédure"),
        ("p", "Type de procédure : procédure avec négociation. Conditions de participation : aptitude à "
              "exercer l'activité professionnelle – la participation est réservée à une profession "
              "particulière : oui, architectes inscrits à l'ordre (loi n° 77-2 du 3 janvier 1977)."),
        ("p", "Marché réservé : Non."),
        ("p", "Critères d'attribution : valeur technique 50 % ; prix 30 % ; qualité environnementale de la "
              "démarche (conception bas carbone, matériaux biosourcés) 20 %."),
        ("h", "Section 4 : Identification du marché"),
        ("p", "Intitulé : " + obj + " (10 classes, restauration, accueil périscolaire). Code CPV "
              "principal : 71000000. Valeur estimée hors TVA : 410 000 euros. Coût prévisionnel des "
              f"travaux : {nn('5 200 000')} € HT."),
        ("p", "Division en lots : Non – mission de maîtrise d'œuvre globale et indissociable."),
        ("h", "Section 6 : Informations complémentaires"),
        ("p", "Mission de base loi MOP avec missions complémentaires OPC et SSI. Visite du site "
              "facultative."),
    ], L(cre=1, al=0, est=410000,
         ev=["qualité environnementale de la démarche (conception bas carbone, matériaux biosourcés) 20 %",
             "Valeur estimée hors TVA : 410 000 euros", "Division en lots : Non"]))

    rc = P("RC_MOE-GS-2026.docx", "RC", f"{b} – {ref} – RC", "Règlement de la consultation – MOE", [
        ("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, "Procédure avec négociation (R2124-3)"]),
        ("h", "1. Objet"),
        ("p", "La consultation porte sur une mission de maîtrise d'œuvre de base, au sens de l'article "
              "R2431-4 du code de la commande publique, complétée des missions OPC et SSI."),
        ("h", "2. Allotissement"),
        ("p", "Le marché n'est pas alloti, la mission de maîtrise d'œuvre formant un tout indissociable."),
        ("h", "3. Montant"),
        ("p", f"Le montant des honoraires est estimé à {nn('410 000')} € HT pour une enveloppe prévisionnelle "
              f"de travaux de {nn('5 200 000')} € HT."),
        ("fill", "RC"),
        ("h", "7. Critères"),
        ("table", [["Critère", "Pondération"],
                   ["Valeur technique (note méthodologique, équipe, planning)", "50 %"],
                   ["Prix (taux de rémunération et forfait)", "30 %"],
                   ["Qualité environnementale de la démarche (conception bas carbone, biosourcés)", "20 %"]]),
    ], L(cre=1, al=0, est=410000,
         ev=["Le marché n'est pas alloti", "honoraires est estimé à 410 000 € HT",
             "Qualité environnementale de la démarche"]))

    ccap = P("CCAP_MOE-GS-2026.docx", "CCAP", f"{b} – {ref} – CCAP", "CCAP – maîtrise d'œuvre", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "CCAG-MOE"]),
        ("h", "Article 3 – Engagements de performance"),
        ("p", "Le maître d'œuvre s'engage sur un projet atteignant le seuil 2028 de l'indicateur Ic "
              "construction de la RE2020 et intégrant au moins 30 % de matériaux biosourcés en volume. "
              "Le dépassement constaté à l'issue des études d'avant-projet donne lieu à reprise des "
              "études sans rémunération supplémentaire."),
        ("h", "Article 4 – Rémunération"),
        ("p", "La rémunération est forfaitaire. Le forfait provisoire est fixé par l'acte d'engagement ; "
              "le forfait définitif est arrêté à l'issue de l'avant-projet définitif."),
        ("fill", "CCAP"),
        ("h", "Article 9 – Assistance pour les marchés de travaux"),
        ("p", "Le maître d'œuvre rédige les pièces des futurs marchés de travaux, qui comporteront une "
              "clause sociale d'insertion d'un volume prévisionnel d'environ 3 500 heures, et en assure le "
              "suivi avec le facilitateur pendant le chantier."),
    ], L(ce=1, ev=["atteignant le seuil 2028 de l'indicateur Ic construction de la RE2020"]))

    ae = P("AE_MOE-GS-2026.pdf", "AE", f"{b} – {ref} – AE", "Acte d'engagement – maîtrise d'œuvre", [
        ("title", [b, "ACTE D'ENGAGEMENT", obj, "Marché de maîtrise d'œuvre"]),
        ("h", "Article 1 – Objet"),
        ("p", "Le présent acte d'engagement porte sur la mission de maîtrise d'œuvre définie au CCAP."),
        ("h", "Article 2 – Rémunération"),
        ("table", [["Élément", "Valeur"],
                   ["Coût prévisionnel des travaux (enveloppe)", nb("5 200 000 € HT")],
                   ["Taux de rémunération", "7,66 %"],
                   ["Forfait provisoire de rémunération", nb("398 320 € HT")],
                   ["Missions complémentaires OPC et SSI", nb("11 500 € HT")]],
         {"widths": [3, 2], "align": "lr"}),
        ("h", "Article 3 – Répartition entre cotraitants"),
        ("table", [["Cotraitant", "Rôle", "Part"],
                   ["Atelier d'architecture (mandataire)", "Architecte", "58 %"],
                   ["Bureau d'études structure", "BET structure", "14 %"],
                   ["Bureau d'études fluides", "BET fluides", "16 %"],
                   ["Économiste", "Économie de la construction", "12 %"]], {"lines": False}),
        ("fill", "AE"),
    ], L())

    return {"id": "d17-saint-hilaire-moe-groupe-scolaire", "title": obj, "pieces": [avis, rc, ccap, ae],
            "pos": [CE, CRE],
            "values": V(al=0, est=410000),
            "note": "Valeur estimée = honoraires 410 000 ; l'enveloppe travaux (5 200 000) et le forfait de l'AE "
                    "sont écartés. « Réservé à la profession d'architecte » n'est pas un marché réservé. Les "
                    "3 500 heures visent les futurs marchés de travaux : pas d'insertion pour ce marché."}


# =============================================================================== DOSSIER 18
def d18():
    b = "Centre hospitalier intercommunal des Deux-Rives"
    ref = "CHIDR-2026-SEC"
    obj = "Prestations de sécurité incendie, de sûreté et de rondes"
    avis = P("avis_BOAMP_CHIDR-2026-SEC.txt", "AVIS", f"{b} – {ref} – avis BOAMP", "", [
        ("title", ["AVIS DE MARCHÉ", "Services", "Avis n° 26-071930"]),
        ("h", "Section 1 : Identification de l'acheteur"),
        ("p", "Nom complet de l'acheteur : Centre hospitalier intercommunal des Deux-Rives. Type "
              "d'organisme : établissement public de santé."),
        ("h", "Section 3 : Procédure"),
        ("p", "Type de procédure : appel d'offres ouvert. Marché réservé : Non. Critères d'attribution : "
              "prix 40 % ; valeur technique 60 %."),
        ("h", "Section 4 : Identification du marché"),
        ("p", "Intitulé : " + obj + ". Code CPV principal : 79710000. Type de marché : services. "
              "Description : accord-cadre à bons de commande d'une durée d'un an reconductible trois fois. "
              f"Valeur estimée hors TVA : {nn('1 020 000')} euros. Montant maximum sur quatre ans : "
              f"{nn('1 120 000')} € HT."),
        ("p", "Le marché est divisé en lots : Non."),
        ("h", "Section 6 : Informations complémentaires"),
        ("p", "Le titulaire reprend le personnel affecté au site dans les conditions de l'accord du 5 mars "
              "2002 annexé à la convention collective des entreprises de prévention et de sécurité."),
    ], L(al=0, est=1020000, mx=1120000,
         ev=["Valeur estimée hors TVA : 1 020 000 euros", "Montant maximum sur quatre ans : 1 120 000 € HT",
             "Le marché est divisé en lots : Non"]))

    ccap = P("CCAP_CHIDR-2026-SEC.pdf", "CCAP", f"{b} – {ref} – CCAP", "CCAP – sécurité et sûreté", [
        ("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "CCAG-FCS"]),
        ("h", "Article 2 – Allotissement"),
        ("p", "Le marché n'est pas allotti : la coordination des agents SSIAP et des agents de sûreté sur un "
              "site unique, sous une seule autorité, est indispensable à la sécurité des patients."),
        ("fill", "CCAP", 3),
        ("h", "Article 3 – Durée et montants"),
        ("p", "L'accord-cadre est conclu pour une période initiale d'un an, reconductible trois fois par "
              "périodes d'un an. Montant minimum annuel : 180 000 € HT."),
        ("split", "Montant maximum annuel : 280",
         "000 € HT, applicable à chaque période de reconduction."),
        ("fill", "CCAP"),
        ("h", "Article 12 – Obligations sociales"),
        ("p", "Le titulaire respecte les obligations légales relatives à la reprise du personnel prévues "
              "par l'accord du 5 mars 2002 ainsi que les articles L5212-1 et suivants du code du travail."),
        ("h", "Article 13 – Conditions environnementales"),
        ("p", "Les rondes extérieures motorisées sont réalisées avec un véhicule électrique fourni par le "
              "titulaire. Les agents éteignent les éclairages et ferment les ouvrants laissés ouverts lors "
              "des rondes de nuit et le signalent sur la main courante électronique."),
    ], L(ce=1, al=0, mx=1120000,
         ev=["Le marché n'est pas allotti", "reconductible trois fois",
             "Montant maximum annuel : 280 000 € HT",
             "réalisées avec un véhicule électrique fourni par le titulaire"]))

    dqe = P("DQE_CHIDR-2026-SEC.docx", "DQE", f"{b} – {ref} – DQE", "Détail quantitatif estimatif", [
        ("title", [b, "DÉTAIL QUANTITATIF ESTIMATIF", obj, "Simulation annuelle – non contractuelle"]),
        ("table", [["Prestation", "Unité", "Quantité", "Prix unitaire HT", "Total HT"],
                   ["Agent SSIAP 1 – heure de jour", "h", nb("8 760"), "24,50", nb("214 620,00")],
                   ["Agent SSIAP 2 – heure de nuit", "h", nb("1 200"), "31,20", nb("37 440,00")],
                   ["Ronde de sûreté supplémentaire", "u", "120", "45,00", nb("5 400,00")],
                   ["Total général HT (simulation)", "", "", "", nb("257 460,00")]]),
        ("p", "Offre de la société Vigilis Ouest – valorisation au 15 avril 2026."),
    ], L(), hyphen=False)

    return {"id": "d18-deux-rives-securite", "title": obj, "pieces": [avis, ccap, dqe],
            "pos": [CE],
            "values": V(al=0, est=1020000, mx=1120000),
            "note": "Maximum annuel 280 000 (coupé par un saut de page dans le CCAP) × 4 = 1 120 000, égal au "
                    "maximum de l'avis ; minimum et total du DQE écartés. Reprise du personnel et L5212 : "
                    "rappels légaux, pas de clause sociale. Faute « allotti » voulue."}


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18]


# ----------------------------------------------------------------------------- construction
def _with_fill(blocks, kind_items, k):
    """Remplace chaque marqueur ("fill", sorte) par les k premiers articles courants proposés."""
    out = []
    for b in blocks:
        if b[0] == "fill" and len(b) > 2:
            # marqueur à nombre fixe d'articles, pris en fin de liste (pas de doublon avec l'autre)
            for title, text in kind_items[len(kind_items) - b[2]:]:
                out.append(("h", title))
                out.append(("p", text))
        elif b[0] == "fill":
            for title, text in kind_items[:k]:
                out.append(("h", title))
                out.append(("p", text))
        else:
            out.append(b)
    return out


def _fill_items(p, seed):
    kinds = [b[1] for b in p["blocks"] if b[0] == "fill"]
    if not kinds:
        return []
    lib = FILL[kinds[0]]
    start = (seed * 3) % len(lib)
    return lib[start:] + lib[:start]


def _free_count(p, items):
    """Articles disponibles pour le marqueur variable (hors ceux des marqueurs à nombre fixe)."""
    fixed = sum(b[2] for b in p["blocks"] if b[0] == "fill" and len(b) > 2)
    return len(items) - fixed


def build_piece(folder, p, seed):
    path = os.path.join(folder, p["file"])
    items = _fill_items(p, seed)
    ext = p["file"].rsplit(".", 1)[1]
    if ext == "pdf":
        # articles courants ajoutés jusqu'à 2 ou 3 pages selon la pièce, dernière page remplie à moitié environ
        target = 3 if seed % 3 == 2 else 2
        k = 0
        blocks = _with_fill(p["blocks"], items, 0)
        while k < _free_count(p, items):
            n, full = pdf_fullness(p["header"], p["footer"], blocks, p["hyphen"])
            if n >= target and full >= 0.45:
                break
            cand = _with_fill(p["blocks"], items, k + 1)
            if pdf_fullness(p["header"], p["footer"], cand, p["hyphen"])[0] > 4:
                break
            blocks, k = cand, k + 1
        n = build_pdf(path, p["header"], p["footer"], blocks, p["hyphen"], title=p["header"])
    elif ext == "docx":
        blocks = _with_fill(p["blocks"], items, 3)
        build_docx(path, p["header"], p["footer"], blocks)
        n = None
    else:
        blocks = _with_fill(p["blocks"], items, 0)
        build_txt(path, blocks)
        n = None
    p["final_blocks"] = blocks
    return n


def _fmt(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


_EXPECT_KEYS = {"allotissement": "divided", "nb_lots": "lot_count", "montant_estime_ht": "estimated_ht",
                "montant_max_ht": "max_ht", "heures_insertion": "insertion_hours", "reserve_base": "reservation_bases"}
_CATEGORIES = CATS


def _expect(d):
    """The dossier's values under the names scripts/score_sealed.py scores (a mechanical translation)."""
    out = {}
    for name, key in _EXPECT_KEYS.items():
        if name not in d["values"]:
            continue
        value = d["values"][name]
        if key == "divided":
            value = None if value is None else bool(int(value))
        elif key == "reservation_bases":
            value = sorted(value.split(";")) if value else []
        out[key] = value
    out["considerations"] = {c: c in d["pos"] for c in _CATEGORIES}
    return out


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = []
    dossiers_yml = []
    problems = []
    n_pdf = n_docx = n_txt = 0
    for seed, f in enumerate(DOSSIERS):
        d = f()
        folder = os.path.join(OUT, d["id"])
        os.makedirs(folder)
        union = set()
        for p in d["pieces"]:
            n = build_piece(folder, p, seed + len(p["file"]))
            ext = p["file"].rsplit(".", 1)[1]
            n_pdf += ext == "pdf"
            n_docx += ext == "docx"
            n_txt += ext == "txt"
            if n is not None and not (2 <= n <= 4):
                problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
            lab = dict(p["label"])
            txt = plain_text(p["final_blocks"])
            for q in lab["evidence"]:
                if norm(q) not in txt:
                    problems.append("%s/%s : preuve absente : %r" % (d["id"], p["file"], q))
            need_ev = any(lab[c] == 1 for c in CATS) or any(
                lab[c] not in (None, "") for c in ("heures_insertion", "nb_lots", "montant_estime_ht",
                                                  "montant_max_ht"))
            if need_ev and not lab["evidence"]:
                problems.append("%s/%s : pas de preuve" % (d["id"], p["file"]))
            ev = " | ".join(lab["evidence"])
            if len(ev) > 300:
                problems.append("%s/%s : preuve trop longue (%d)" % (d["id"], p["file"], len(ev)))
            if (lab["marche_reserve"] == 1) != bool(lab["reserve_base"]):
                problems.append("%s/%s : marche_reserve et reserve_base incohérents" % (d["id"], p["file"]))
            if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
                problems.append("%s/%s : insertion sans clause sociale" % (d["id"], p["file"]))
            union |= {c for c in CATS if lab[c] == 1}
            row = {"path": d["id"] + "/" + p["file"], "doc_type": p["doc_type"]}
            for c in COLUMNS[2:-1]:
                row[c] = _fmt(lab[c])
            row["evidence"] = ev
            rows.append(row)
        if union != set(d["pos"]):
            problems.append("%s : pos %s différent des pièces %s" % (d["id"], sorted(d["pos"]), sorted(union)))
        dossiers_yml.append(dict(
            id=d["id"], title=d["title"],
            pieces=[dict(file=p["file"], doc_type=p["doc_type"]) for p in d["pieces"]],
            pos=d["pos"], values=d["values"], note=d["note"],
            # the same values as scripts/score_sealed.py reads them (added by the project, not the annotator)
            path="dossiers/" + d["id"], expect=_expect(d)))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu extraction-3 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de contradiction, la pièce administrative (CCAP/RC/AE/avis) prévaut sur le CCTP ou une annexe.\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    print("%d dossiers, %d pièces (%d PDF, %d DOCX, %d TXT)" % (len(dossiers_yml), len(rows), n_pdf, n_docx, n_txt))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
