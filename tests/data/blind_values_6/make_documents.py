#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_6 (PDF reportlab, DOCX python-docx, notices .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure PDF/DOCX/TXT reprise de tests/data/blind_values_3/make_documents.py (lignes 1-350)
et logique d'écriture de dossiers.yml / labels.csv reprise du même fichier (lignes 1700-1786).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF (chiffre ou libellé coupé en fin de ligne).

Usage : .venv/bin/python tests/data/blind_values_6/make_documents.py
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
NB = "\u00a0"         # espace insécable (chiffres qui ne se coupent pas)
NNB = "\u202f"        # espace fine insécable (DOCX et TXT seulement)

COLUMNS = ["path", "doc_type", "clause_sociale", "clause_insertion", "heures_insertion",
           "critere_social", "marche_reserve", "reserve_base", "clause_environnementale",
           "critere_environnemental", "allotissement", "nb_lots", "montant_estime_ht",
           "montant_max_ht", "evidence"]

# ----------------------------------------------------------------------------- blocs
# ("title", [lignes]) ; ("h", texte) ; ("h2", texte) ; ("p", texte) ; ("list", [items]) ;
# ("table", rows, {"lines": bool, "widths": [...], "align": "lrr", "header": True}) ;
# ("split", avant, après) : paragraphe coupé par un saut de page (PDF) ;
# ("pagebreak",)


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
    s = "\n".join(out).replace(BR, " ").replace(NB, " ").replace(NNB, " ")
    return s


# ----------------------------------------------------------------------------- PDF
PW, PH = A4
ML, MR, MT, MB = 64, 60, 80, 72
FONT, BOLD = "Helvetica", "Helvetica-Bold"
FS, LEAD = 10.5, 14.4
TFS, TLEAD = 9.4, 12.2


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


def build_pdf(path, header, footer, blocks, hyphen=False, title=""):
    lay = PdfLayout(header, footer, hyphen)
    for b in blocks:
        lay.block(b)
    pages = [p for p in lay.pages if p]
    n = len(pages)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setAuthor("clausecheck blind_values_6")
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
    cp.author = "clausecheck blind_values_6"
    cp.last_modified_by = "clausecheck blind_values_6"
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
                out.append(" | ".join(r))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).replace(BR, " ") + "\n")




# ----------------------------------------------------------------------------- aides de saisie
import re


def H(t):
    return ("h", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def LST(items):
    return ("list", list(items))


def TAB(rows, **opt):
    return ("table", [list(r) for r in rows], opt)


def SPLIT(a, b):
    return ("split", a, b)


def TITLE(*lines):
    return ("title", list(lines))


def L(**kw):
    """Étiquette d'une pièce (pour la pièce seule)."""
    d = dict(clause_sociale=0, clause_insertion=0, heures_insertion=None, critere_social=0,
             marche_reserve=0, reserve_base=None, clause_environnementale=0, critere_environnemental=0,
             allotissement=None, nb_lots=None, montant_estime_ht=None, montant_max_ht=None, evidence=[])
    for k in kw:
        if k not in d:
            raise KeyError(k)
    d.update(kw)
    return d


def V(**kw):
    """Valeurs du dossier entier (les six clés sont toujours écrites ; None = vide)."""
    d = dict(heures_insertion=None, allotissement=None, nb_lots=None, montant_estime_ht=None,
             montant_max_ht=None, reserve_base=None)
    for k in kw:
        if k not in d:
            raise KeyError(k)
    d.update(kw)
    return d


def _fmt(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def norm(s):
    return (s.replace("~", " ").replace("^", " ").replace(BR, " ")
            .replace(NB, " ").replace(NNB, " "))


def _conv_str(s, pdf):
    s = s.replace("~", NB)
    s = s.replace("^", NB if pdf else NNB)
    return s


def _conv(b, pdf):
    out = []
    for x in b:
        if isinstance(x, str):
            out.append(_conv_str(x, pdf))
        elif isinstance(x, list):
            out.append([_conv_str(i, pdf) if isinstance(i, str) else [_conv_str(j, pdf) for j in i] for i in x])
        else:
            out.append(x)
    return tuple(out)


_ART = re.compile(r"^Article (\d+|#)")


def number_articles(blocks):
    """« Article # » reçoit le numéro suivant le dernier article numéroté à la main."""
    n = 0
    out = []
    for b in blocks:
        if b[0] in ("h", "h2"):
            m = _ART.match(b[1])
            if m:
                if m.group(1) == "#":
                    n += 1
                    b = (b[0], b[1].replace("Article #", "Article %d" % n, 1))
                else:
                    n = int(m.group(1))
        out.append(b)
    return out


# ----------------------------------------------------------------------------- clauses types neutres
# Articles de remplissage, sans considération sociale ni environnementale ; certains portent des
# pièges chiffrés (seuil d'avance, retenue de garantie, pénalités) qui ne sont ni un maximum ni une estimation.

def bp(kind, keys, ctx):
    trib = ctx.get("trib", "Vaudrémont")
    trib = ("d'" if trib[0] in "AEIOUÉÈ" else "de ") + trib
    site = ctx.get("site", "https://marches.exemple-acheteur.fr")
    out = []
    for k in keys:
        out.extend(_BP[kind][k](trib, site))
    return out


_BP = {"CCAP": {}, "RC": {}, "AE": {}, "CCTP": {}}

_BP["CCAP"]["pieces"] = lambda t, s: [
    H("Article # – Pièces constitutives du marché"),
    P("Par dérogation à l'article 4.1 du CCAG, les pièces contractuelles du marché prévalent, en cas de "
      "contradiction entre leurs stipulations, dans l'ordre ci-après : l'acte d'engagement et ses annexes ; le "
      "présent cahier des clauses administratives particulières (CCAP) ; le cahier des clauses techniques "
      "particulières (CCTP) ; le bordereau des prix unitaires ; le cahier des clauses administratives générales "
      "applicable ; le mémoire technique du titulaire, sauf pour celles de ses stipulations qui seraient "
      "moins favorables à l'acheteur."),
]
_BP["CCAP"]["prix"] = lambda t, s: [
    H("Article # – Forme et variation des prix"),
    P("Les prix sont réputés établis sur la base des conditions économiques du mois zéro, qui est le mois "
      "précédant celui de la date limite de remise des offres. Ils sont fermes pendant les douze premiers "
      "mois d'exécution puis révisables à chaque date anniversaire de la notification, par application de "
      "la formule P = P0 x (0,125 + 0,875 x I/I0), dans laquelle I0 et I sont les valeurs de l'indice de "
      "référence connues respectivement au mois zéro et au mois de la révision."),
    P("Le coefficient de révision est arrondi au millième supérieur. Aucune révision n'est appliquée "
      "lorsque la variation de l'indice est inférieure à 1 %."),
]
_BP["CCAP"]["avance"] = lambda t, s: [
    H("Article # – Avance"),
    P("Une avance est accordée au titulaire, sauf renonciation expresse de sa part dans l'acte d'engagement, "
      "lorsque le montant initial du marché ou du bon de commande est supérieur à 50~000 € HT et que le délai "
      "d'exécution est supérieur à deux mois. Son taux est fixé à 10 % du montant initial toutes taxes "
      "comprises ; il est porté à 20 % lorsque le titulaire est une petite ou moyenne entreprise."),
    P("Le remboursement de l'avance commence lorsque le montant des prestations exécutées atteint 65 % du "
      "montant initial et s'achève lorsqu'il atteint 80 %."),
]
_BP["CCAP"]["garantie"] = lambda t, s: [
    H("Article # – Retenue de garantie"),
    P("Une retenue de garantie de 5 % est prélevée sur le montant de chaque acompte. Elle peut être remplacée, "
      "au gré du titulaire, par une garantie à première demande ou, si l'acheteur ne s'y oppose pas, par une "
      "caution personnelle et solidaire, constituée pour le montant total de la retenue."),
]
_BP["CCAP"]["paiement"] = lambda t, s: [
    H("Article # – Modalités de règlement"),
    P("Les sommes dues sont réglées par virement dans un délai global de paiement de trente jours à compter de "
      "la réception de la demande de paiement. Les factures sont déposées sur le portail Chorus Pro. Le "
      "dépassement du délai ouvre droit, de plein droit, à des intérêts moratoires au taux de la Banque "
      "centrale européenne majoré de huit points et à une indemnité forfaitaire pour frais de recouvrement de "
      "40 euros."),
]
_BP["CCAP"]["penalites"] = lambda t, s: [
    H("Article # – Pénalités"),
    P("Par dérogation à l'article 14.1 du CCAG, le titulaire encourt, sans mise en demeure préalable, une "
      "pénalité de 150 € HT par jour calendaire de retard dans l'exécution d'un bon de commande. Toute "
      "prestation non conforme et non reprise dans le délai fixé par l'acheteur donne lieu à une pénalité "
      "forfaitaire de 300 € HT par constat. Les pénalités ne sont pas plafonnées ; elles ne sont pas "
      "appliquées lorsque leur montant total n'excède pas 1~000 € HT pour l'ensemble du marché."),
]
_BP["CCAP"]["assurances"] = lambda t, s: [
    H("Article # – Assurances"),
    P("Dans un délai de quinze jours à compter de la notification et avant tout commencement d'exécution, le "
      "titulaire justifie qu'il est titulaire d'une assurance garantissant sa responsabilité civile à l'égard "
      "des tiers et de l'acheteur en cas d'accident ou de dommage causé par l'exécution des prestations. Il "
      "produit chaque année une attestation en cours de validité."),
]
_BP["CCAP"]["travail"] = lambda t, s: [
    H("Article # – Obligations sociales et fiscales légales"),
    P("Le titulaire remet à l'acheteur, lors de la conclusion du marché puis tous les six mois jusqu'à la fin de "
      "son exécution, les documents mentionnés aux articles D.~8222-5 ou D.~8222-7 du code du travail, au titre "
      "de la lutte contre le travail dissimulé. Lorsqu'il détache des salariés en France, il respecte les "
      "articles L.~1262-1 et suivants du même code. Il fournit les attestations de régularité fiscale et "
      "sociale prévues par le code de la commande publique."),
]
_BP["CCAP"]["resiliation"] = lambda t, s: [
    H("Article # – Résiliation"),
    P("Les stipulations du chapitre 7 du CCAG relatives à la résiliation sont applicables. En cas de "
      "résiliation pour faute du titulaire, les prestations peuvent être exécutées à ses frais et risques. "
      "En cas de résiliation pour motif d'intérêt général, le titulaire perçoit une indemnité égale à 5 % "
      "de la différence entre le montant initial hors taxes du marché et le montant des prestations admises."),
]
_BP["CCAP"]["litiges"] = lambda t, s: [
    H("Article # – Règlement des différends"),
    P("Les parties s'efforcent de régler à l'amiable leurs différends ; elles peuvent saisir le comité "
      "consultatif interrégional de règlement amiable compétent. À défaut, le litige est porté devant le "
      "tribunal administratif %s." % t),
]
_BP["CCAP"]["derogations"] = lambda t, s: [
    H("Article # – Dérogations au CCAG"),
    P("Les articles du présent CCAP relatifs aux pièces constitutives du marché et aux pénalités dérogent "
      "respectivement aux articles 4.1 et 14.1 du CCAG."),
]
_BP["CCAP"]["confidentialite"] = lambda t, s: [
    H("Article # – Confidentialité et protection des données"),
    P("Le titulaire et ses sous-traitants sont tenus au secret professionnel pour toutes les informations "
      "dont ils ont connaissance à l'occasion de l'exécution du marché. Lorsque l'exécution implique le "
      "traitement de données à caractère personnel pour le compte de l'acheteur, le titulaire agit en "
      "qualité de sous-traitant au sens du règlement (UE) 2016/679 et n'agit que sur instruction documentée."),
]
_BP["CCAP"]["soustraitance"] = lambda t, s: [
    H("Article # – Sous-traitance"),
    P("Le titulaire peut sous-traiter l'exécution de certaines parties du marché, sous réserve de "
      "l'acceptation du sous-traitant et de l'agrément de ses conditions de paiement par l'acheteur. Le "
      "sous-traitant direct dont le montant du contrat est égal ou supérieur à 600 € TTC bénéficie du "
      "paiement direct."),
]

_BP["CCTP"]["normes"] = lambda t, s: [
    H("Article # – Documents et normes de référence"),
    P("Les prestations sont exécutées conformément aux lois, règlements et normes en vigueur à la date de "
      "leur exécution, ainsi qu'aux règles de l'art. Lorsqu'une norme est citée, toute norme équivalente "
      "d'un autre État membre de l'Union européenne est acceptée, à charge pour le titulaire d'en démontrer "
      "l'équivalence."),
]
_BP["CCTP"]["reunions"] = lambda t, s: [
    H("Article # – Pilotage et réunions de suivi"),
    P("Une réunion de lancement est organisée dans les quinze jours suivant la notification. Le titulaire "
      "désigne un interlocuteur unique, joignable aux heures ouvrables, chargé du suivi du marché. Un comité "
      "de suivi se réunit chaque trimestre ; le titulaire y présente les indicateurs de qualité convenus et "
      "le relevé des incidents. Le compte rendu est rédigé par le titulaire et validé par l'acheteur."),
]
_BP["CCTP"]["securite"] = lambda t, s: [
    H("Article # – Hygiène et sécurité"),
    P("Avant toute intervention, un plan de prévention est établi conjointement lorsque la réglementation "
      "l'exige. Le personnel du titulaire porte les équipements de protection individuelle adaptés et respecte "
      "le règlement intérieur des sites. Tout accident ou incident est signalé sans délai au représentant de "
      "l'acheteur."),
]
_BP["CCTP"]["qualite"] = lambda t, s: [
    H("Article # – Contrôle de la qualité"),
    P("L'acheteur peut procéder à tout contrôle qu'il juge utile, de façon inopinée. Les défauts constatés sont "
      "notifiés au titulaire, qui les corrige dans le délai fixé par la notification. En cas de défauts "
      "répétés, le titulaire présente un plan d'actions correctives et en rend compte au comité de suivi."),
]
_BP["CCTP"]["reversibilite"] = lambda t, s: [
    H("Article # – Fin du marché et réversibilité"),
    P("À l'échéance du marché, quelle qu'en soit la cause, le titulaire remet à l'acheteur l'ensemble des "
      "documents, données et informations nécessaires à la continuité des prestations et apporte son concours "
      "loyal au nouveau titulaire pendant la période de transition, sans supplément de prix."),
]
_BP["CCTP"]["personnel"] = lambda t, s: [
    H("Article # – Personnel du titulaire"),
    P("Le titulaire affecte au marché un personnel qualifié, formé aux prestations et encadré. Il communique "
      "la liste nominative des intervenants et la tient à jour ; tout remplacement durable est signalé à "
      "l'acheteur. Les intervenants sont identifiables par une tenue ou un badge au nom de l'entreprise."),
]

_BP["RC"]["dce"] = lambda t, s: [
    H("Article # – Dossier de consultation"),
    P("Le dossier de consultation des entreprises est mis à disposition gratuitement, par voie électronique, "
      "sur le profil d'acheteur : %s. Il comprend le présent règlement, l'acte d'engagement, le CCAP, le "
      "CCTP et, le cas échéant, le bordereau des prix unitaires. Aucune demande d'envoi sur support papier "
      "n'est acceptée." % s),
]
_BP["RC"]["validite"] = lambda t, s: [
    H("Article # – Délai de validité des offres"),
    P("Le délai de validité des offres est fixé à cent vingt jours à compter de la date limite de réception "
      "des offres. Les variantes ne sont pas autorisées ; les prestations supplémentaires éventuelles ne "
      "sont pas prévues."),
]
_BP["RC"]["candidature"] = lambda t, s: [
    H("Article # – Présentation des candidatures"),
    P("Chaque candidat produit : la lettre de candidature (DC1 ou équivalent) ; la déclaration du candidat "
      "(DC2 ou équivalent) ; une déclaration sur l'honneur attestant qu'il n'entre dans aucun des cas "
      "d'exclusion prévus aux articles L.~2141-1 à L.~2141-5 et L.~2141-7 à L.~2141-11 du code de la "
      "commande publique et qu'il est en règle au regard des articles L.~5212-1 à L.~5212-11 du code du "
      "travail concernant l'emploi des travailleurs handicapés ; le chiffre d'affaires global des trois "
      "derniers exercices ; une liste des principales prestations comparables exécutées au cours des trois "
      "dernières années. Le candidat peut présenter sa candidature sous la forme d'un document unique de "
      "marché européen (DUME)."),
]
_BP["RC"]["remise"] = lambda t, s: [
    H("Article # – Conditions d'envoi des plis"),
    P("Les plis sont transmis exclusivement par voie électronique sur le profil d'acheteur, avant la date et "
      "l'heure limites figurant sur la page de garde. Tout pli reçu hors délai est éliminé. Le candidat peut "
      "adresser une copie de sauvegarde sur support physique ou papier, dans un pli scellé portant la "
      "mention « copie de sauvegarde »."),
]
_BP["RC"]["negociation"] = lambda t, s: [
    H("Article # – Négociation"),
    P("L'acheteur se réserve la possibilité d'attribuer le marché sur la base des offres initiales, sans "
      "négociation. S'il décide de négocier, il engage la négociation avec les trois candidats ayant remis "
      "les offres les mieux classées ; la négociation peut porter sur tous les éléments de l'offre."),
]
_BP["RC"]["renseignements"] = lambda t, s: [
    H("Article # – Renseignements complémentaires"),
    P("Les questions sont posées par écrit sur le profil d'acheteur au plus tard dix jours avant la date "
      "limite de remise des offres. Les réponses sont communiquées à tous les candidats ayant retiré le "
      "dossier, six jours au plus tard avant cette date."),
]
_BP["RC"]["recours"] = lambda t, s: [
    H("Article # – Procédures de recours"),
    P("Instance chargée des procédures de recours et auprès de laquelle des renseignements peuvent être "
      "obtenus : tribunal administratif %s. Le référé précontractuel peut être introduit jusqu'à la "
      "signature du marché ; le recours en contestation de validité, dans les deux mois suivant la "
      "publication de l'avis d'attribution." % t),
]
_BP["RC"]["examen"] = lambda t, s: [
    H("Article # – Examen des candidatures et des offres"),
    P("Les candidatures incomplètes peuvent être régularisées dans un délai de cinq jours. Les offres "
      "irrégulières peuvent être régularisées à condition qu'elles ne soient pas anormalement basses. "
      "L'attributaire pressenti produit, dans un délai de huit jours, les certificats et attestations "
      "prévus aux articles R.~2143-6 à R.~2143-10 du code de la commande publique."),
]

_BP["AE"]["acheteur"] = lambda t, s: [
    H("A – Identification de l'acheteur"),
    P("Personne habilitée à donner les renseignements prévus à l'article R.~2191-59 du code de la commande "
      "publique : le comptable public assignataire des paiements. Ordonnateur : le représentant légal de "
      "l'acheteur ou son délégataire."),
]
_BP["AE"]["contractant"] = lambda t, s: [
    H("B – Identification du contractant"),
    TAB([("Rubrique", "À compléter par le candidat"),
         ("Nom commercial et dénomination sociale", "……………………………………"),
         ("Adresse de l'établissement", "……………………………………"),
         ("Numéro SIRET", "……………………………………"),
         ("Signataire (nom, qualité)", "……………………………………")]),
    P("☐ Le signataire s'engage pour son propre compte. ☐ Le signataire engage la société sur la base de "
      "son offre. ☐ L'ensemble des membres du groupement s'engagent sur la base de l'offre du groupement."),
]
_BP["AE"]["paiement"] = lambda t, s: [
    H("D – Compte à créditer"),
    P("Nom de l'établissement bancaire : …………………… IBAN : …………………… BIC : ……………"),
    P("Avance : ☐ Je renonce au bénéfice de l'avance. ☐ Je ne renonce pas au bénéfice de l'avance."),
]
_BP["AE"]["signature"] = lambda t, s: [
    H("E – Signature"),
    P("Le présent acte d'engagement est signé électroniquement. Fait à ……………………, le ……………………"),
    P("Décision de l'acheteur : la présente offre est acceptée. Visa du représentant du pouvoir adjudicateur."),
]


# ============================================================================= DOSSIERS
# Chaque fonction rend un dossier : id, title, pieces, pos, values, note.

def d01():
    ctx = dict(trib="Castelnoir", site="https://marches.castelnoir-mairie.fr")
    hd = "Ville de Castelnoir – Entretien de voirie (consultation 2027-VOI-02)"
    rc = [
        TITLE("Ville de Castelnoir – Direction de l'espace public", "RÈGLEMENT DE LA CONSULTATION",
              "Accord-cadre à bons de commande de travaux d'entretien et de grosses réparations de la voirie communale",
              "Consultation n° 2027-VOI-02 – Procédure adaptée (articles L.~2123-1 et R.~2123-1 du code de la commande publique)"),
        H("Article 1 – Objet de la consultation"),
        P("La présente consultation porte sur l'exécution, au moyen de bons de commande, des travaux d'entretien "
          "courant et de grosses réparations des chaussées, trottoirs, parcs de stationnement et ouvrages annexes "
          "de la voirie communale de Castelnoir, soit environ 118 kilomètres de voies."),
        H("Article 2 – Décomposition de la consultation"),
        P("L'accord-cadre n'est pas alloti. Les interventions (reprises de chaussée, bordures, revêtements de "
          "trottoirs, petits ouvrages d'assainissement pluvial) s'enchaînent sur les mêmes emprises et dans des "
          "délais courts ; leur dévolution à des titulaires distincts rendrait techniquement difficile la "
          "coordination des interventions et plus coûteuse l'exécution des prestations, au sens de l'article "
          "L.~2113-11 du code de la commande publique."),
        H("Article 3 – Forme de l'accord-cadre"),
        P("Il s'agit d'un accord-cadre mono-attributaire exécuté au moyen de bons de commande, en application des "
          "articles R.~2162-1 à R.~2162-6 et R.~2162-13 à R.~2162-14 du code de la commande publique. Il est "
          "conclu sans montant minimum et avec un montant maximum annuel fixé à l'article 3 du CCAP."),
        H("Article 4 – Durée"),
        P("L'accord-cadre est conclu pour une durée d'un an à compter de sa notification. Il est reconductible "
          "tacitement trois fois par période d'un an, sans que sa durée totale puisse excéder quatre ans."),
        H("Article 5 – Clause sociale d'insertion"),
        P("En application de l'article L.~2112-2 du code de la commande publique, le titulaire réalise une "
          "action d'insertion professionnelle au bénéfice de personnes éloignées de l'emploi, d'un volume "
          "minimal de 1~200 heures de travail sur la durée totale de l'accord-cadre, dans les conditions "
          "fixées à l'article 9 du CCAP. Le facilitateur du PLIE du Castelnois accompagne gratuitement "
          "l'entreprise dans la mise en œuvre de cette obligation."),
        H("Article 6 – Jugement des offres"),
        P("L'offre économiquement la plus avantageuse est appréciée selon les critères pondérés suivants :"),
        TAB([("Critère", "Pondération"),
             ("Prix des prestations, apprécié sur la base du détail quantitatif estimatif (DQE) non contractuel", "50 %"),
             ("Valeur technique, appréciée au vu du mémoire technique", "30 %"),
             ("Performance en matière d'insertion professionnelle des publics en difficulté", "10 %"),
             ("Gestion des déchets de chantier et réduction des nuisances", "10 %")],
            widths=[4, 1], align="lr"),
        P("Le montant total du DQE sert uniquement à comparer les offres : il ne constitue ni un engagement de "
          "commande ni un montant maximum."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "negociation", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Ville de Castelnoir", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Travaux d'entretien et de grosses réparations de la voirie communale – Accord-cadre n° 2027-VOI-02"),
        H("Article 1 – Objet et forme"),
        P("Le présent accord-cadre a pour objet les travaux d'entretien et de grosses réparations de la voirie "
          "communale. Il est exécuté au moyen de bons de commande émis au fur et à mesure des besoins."),
    ] + bp("CCAP", ["pieces"], ctx) + [
        H("Article 3 – Montant de l'accord-cadre"),
        P("Les prix unitaires du bordereau des prix sont appliqués aux quantités réellement exécutées. Afin de "
          "tenir compte des programmes annuels de voirie votés par le conseil municipal, et après examen des "
          "dépenses constatées sur les exercices antérieurs, l'accord-cadre est conclu sans montant minimum et "
          "avec un montant maximum annuel de"),
        ("__split_marker__",),
        H("Article 4 – Durée de l'accord-cadre"),
        P("La durée de l'accord-cadre est fixée à un an à compter de la date de notification. Il est ensuite "
          "reconduit tacitement par périodes successives d'un an, dans la limite de trois reconductions. Le "
          "titulaire ne peut refuser la reconduction ; l'acheteur qui décide de ne pas reconduire en informe "
          "le titulaire au moins deux mois avant l'échéance."),
        H("Article 5 – Bons de commande"),
        P("Chaque bon de commande précise la localisation, la nature et les quantités des travaux ainsi que le "
          "délai d'exécution. Aucun bon de commande ne peut être émis pour un montant supérieur à 90~000 € HT ; "
          "au-delà, les travaux font l'objet d'un marché distinct."),
        H("Article 6 – Délais d'intervention"),
        P("Hors urgence, le délai d'exécution est fixé par le bon de commande. En cas d'urgence (affaissement, "
          "nid-de-poule dangereux, bordure descellée), le titulaire procède à la mise en sécurité sous 4 heures "
          "et à la réparation provisoire sous 48 heures à compter de l'appel de l'astreinte municipale."),
    ] + bp("CCAP", ["prix", "avance"], ctx) + [
        H("Article 9 – Clause sociale d'insertion"),
        P("Le titulaire s'engage à réserver à l'insertion professionnelle de personnes rencontrant des "
          "difficultés sociales ou professionnelles particulières un volume d'au moins 1~200 heures de travail "
          "sur la durée totale de l'accord-cadre, reconductions comprises. Sont notamment éligibles les "
          "demandeurs d'emploi de longue durée, les bénéficiaires du RSA, les jeunes de moins de 26 ans sans "
          "qualification et les personnes reconnues travailleurs handicapés."),
        P("Le titulaire choisit la modalité de mise en œuvre : embauche directe, mise à disposition de "
          "personnel par une entreprise de travail temporaire d'insertion ou une association intermédiaire, "
          "ou sous-traitance à une entreprise d'insertion. Il transmet chaque trimestre un état des heures "
          "réalisées au facilitateur du PLIE. Pour mémoire, le précédent marché d'entretien de voirie "
          "(2023-2026) avait permis la réalisation de 1~460 heures d'insertion."),
        P("Chaque heure d'insertion non réalisée à l'échéance de l'accord-cadre, du fait du titulaire, donne "
          "lieu à une pénalité de 50 € HT."),
        H("Article 10 – Gestion environnementale des chantiers"),
        P("Le titulaire trie sur place les déchets de chantier (enrobés, bétons, terres, métaux) et les évacue "
          "vers des installations de valorisation ; les enrobés de démolition sont recyclés en centrale. Il "
          "remet avec chaque situation les bordereaux de suivi des déchets. Le lavage des engins sur la voie "
          "publique est interdit."),
    ] + bp("CCAP", ["paiement", "penalites", "travail", "litiges"], ctx)
    # le libellé et le chiffre du maximum sont séparés par un saut de page
    i = [k for k, b in enumerate(ccap) if b[0] == "__split_marker__"][0]
    prev = ccap[i - 1][1]
    ccap[i - 1:i + 1] = [SPLIT(prev, "450~000 € HT. Ce montant s'applique à chaque période d'exécution "
                               "définie à l'article 4. Les quantités du détail estimatif ne sont qu'indicatives.")]
    ae = [
        TITLE("Ville de Castelnoir", "ACTE D'ENGAGEMENT",
              "Accord-cadre à bons de commande – Travaux d'entretien et de grosses réparations de la voirie communale – n° 2027-VOI-02"),
    ] + bp("AE", ["acheteur", "contractant"], ctx) + [
        H("C – Engagement du titulaire"),
        H2("C1 – Prix"),
        P("Les prestations sont rémunérées par application des prix unitaires du bordereau des prix aux "
          "quantités réellement exécutées. L'accord-cadre est conclu sans minimum et avec un montant maximum "
          "annuel défini à l'article 3 du CCAP."),
        H2("C2 – Durée"),
        P("La durée de l'accord-cadre et les conditions de sa reconduction sont celles de l'article 4 du CCAP."),
        H2("C3 – Insertion professionnelle"),
        P("Le titulaire s'engage à exécuter l'action d'insertion professionnelle définie à l'article 9 du CCAP "
          "et à en rendre compte selon les modalités qui y sont prévues."),
    ] + bp("AE", ["paiement", "signature"], ctx)
    return dict(
        id="bv6-d01", title="Castelnoir – accord-cadre d'entretien de voirie",
        pieces=[
            dict(file="RC_2027-VOI-02.pdf", doc_type="RC", header=hd + " – RC", footer="Règlement de la consultation",
                 hyphen=True, blocks=rc,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, critere_social=1,
                         critere_environnemental=1, allotissement=0,
                         evidence=["minimal de 1 200 heures de travail sur la durée totale de l'accord-cadre",
                                   "L'accord-cadre n'est pas alloti",
                                   "Performance en matière d'insertion professionnelle des publics en difficulté",
                                   "Gestion des déchets de chantier et réduction des nuisances"])),
            dict(file="CCAP_2027-VOI-02.pdf", doc_type="CCAP", header=hd + " – CCAP", footer="CCAP – Ville de Castelnoir",
                 blocks=ccap,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, clause_environnementale=1,
                         montant_max_ht=1800000,
                         evidence=["montant maximum annuel de 450 000 € HT",
                                   "dans la limite de trois reconductions",
                                   "au moins 1 200 heures de travail sur la durée totale de l'accord-cadre",
                                   "Le titulaire trie sur place les déchets de chantier"])),
            dict(file="AE_2027-VOI-02.docx", doc_type="AE", header=hd + " – AE", footer="Acte d'engagement",
                 blocks=ae,
                 label=L(clause_sociale=1, clause_insertion=1,
                         evidence=["s'engage à exécuter l'action d'insertion professionnelle définie à l'article 9 du CCAP"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1200, allotissement=0, montant_max_ht=1800000),
        note="Maximum annuel 450 000 € HT (CCAP art. 3, chiffre rejeté en tête de page suivante) x 4 périodes "
             "(1 an + 3 reconductions, CCAP art. 4) = 1 800 000. Heures 1 200 dans le RC et reprises au CCAP : "
             "comptées une fois. Pièges : 1 460 h du précédent marché, plafond par bon de commande 90 000 €, "
             "délais sous 4 et 48 heures, total du DQE.")


def d02():
    ctx = dict(trib="Brévanne", site="https://achats.agglo-brevanne.fr")
    hd = "Communauté d'agglomération du Pays de Brévanne – Nettoyage des bâtiments (AC-2027-014)"
    rc = [
        TITLE("Communauté d'agglomération du Pays de Brévanne", "RÈGLEMENT DE LA CONSULTATION",
              "Prestations de nettoyage et d'hygiène des bâtiments communautaires",
              "Appel d'offres ouvert – articles R.~2124-2 1° et R.~2161-2 à R.~2161-5 du code de la commande publique"),
        H("Article 1 – Objet"),
        P("La consultation porte sur le nettoyage courant et périodique des locaux de la communauté "
          "d'agglomération : bâtiments administratifs, équipements sportifs et aquatiques, établissements "
          "d'accueil du jeune enfant."),
        H("Article 2 – Allotissement"),
        P("La consultation est décomposée en trois lots, attribués séparément :"),
        TAB([("Lot", "Désignation"),
             ("1", "Nettoyage des bâtiments administratifs (siège, pôle technique, archives)"),
             ("2", "Nettoyage des équipements sportifs et aquatiques"),
             ("3", "Nettoyage des crèches et relais petite enfance – lot réservé")],
            widths=[1, 6]),
        P("Un même candidat peut présenter une offre pour un, plusieurs ou l'ensemble des lots."),
        H("Article 3 – Lot réservé"),
        P("En application de l'article L.~2113-12 du code de la commande publique, le lot n° 3 est réservé aux "
          "entreprises adaptées, aux établissements et services d'aide par le travail (ESAT) ainsi qu'aux "
          "structures équivalentes, qui emploient une proportion minimale de 50 % de travailleurs handicapés."),
        H("Article 4 – Forme et durée"),
        P("Chaque lot donne lieu à un accord-cadre mono-attributaire exécuté par bons de commande, conclu sans "
          "minimum et avec un montant maximum fixé à l'article 4 du CCAP. La durée initiale est de douze mois ; "
          "elle est reconductible trois fois par période de douze mois."),
        H("Article 5 – Clause d'insertion"),
        P("Les lots 1 et 2 comportent une clause d'insertion professionnelle au bénéfice de personnes éloignées "
          "de l'emploi (article 8 du CCAP). Le volume d'heures à réaliser est précisé lot par lot dans le CCAP."),
        H("Article 6 – Critères d'attribution"),
        TAB([("Critère", "Lots 1 et 2", "Lot 3"),
             ("Prix (application du BPU au DQE)", "50 %", "40 %"),
             ("Valeur technique (organisation, moyens humains, contrôle qualité)", "35 %", "45 %"),
             ("Performance environnementale des produits et des méthodes (dosage, microfibres, écolabels)", "15 %", "15 %")],
            widths=[4, 1.2, 1.2], align="lrr"),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "examen", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Communauté d'agglomération du Pays de Brévanne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Prestations de nettoyage et d'hygiène des bâtiments communautaires – AC-2027-014"),
        H("Article 1 – Objet"),
        P("Le présent CCAP fixe les stipulations administratives applicables aux accords-cadres de nettoyage des "
          "bâtiments communautaires."),
        H("Article 2 – Décomposition en lots"),
        P("Les prestations sont réparties en trois lots : lot 1, bâtiments administratifs ; lot 2, équipements "
          "sportifs et aquatiques ; lot 3, crèches et relais petite enfance. Chaque lot fait l'objet d'un "
          "accord-cadre distinct."),
        H("Article 3 – Durée"),
        P("Chaque accord-cadre est conclu pour une période initiale de douze mois à compter du 1er avril 2027. "
          "Il est reconductible tacitement trois fois pour une période de douze mois, soit une durée maximale "
          "de quatre ans."),
        H("Article 4 – Montants maximums"),
        P("Pour chaque lot, l'accord-cadre est conclu sans montant minimum et avec le montant maximum suivant, "
          "valable pour toute la durée de l'accord-cadre, reconductions comprises :"),
        TAB([("Lot", "Montant maximum HT (durée totale)"),
             ("Lot 1 – Bâtiments administratifs", "120^000,00 €"),
             ("Lot 2 – Équipements sportifs et aquatiques", "85^000,00 €"),
             ("Lot 3 – Crèches et relais petite enfance (réservé)", "60^000,00 €"),
             ("Total", "265^000,00 €")], widths=[3, 2], align="lr"),
        H("Article 5 – Horaires d'intervention"),
        P("Les prestations sont réalisées entre 6 heures et 9 heures ou après 18 heures, en dehors des heures "
          "d'ouverture au public. Dans les équipements aquatiques, les interventions ont lieu pendant les "
          "fermetures techniques."),
        H("Article 6 – Lot réservé"),
        P("Le lot 3 est exécuté par un opérateur relevant de l'article L.~2113-12 du code de la commande "
          "publique. Le titulaire maintient pendant toute la durée du marché la proportion de travailleurs "
          "handicapés exigée par l'article R.~2113-7."),
    ] + bp("CCAP", ["pieces"], ctx) + [
        H("Article 8 – Clause sociale d'insertion"),
        P("Pour les lots 1 et 2, le titulaire réserve à des personnes éloignées de l'emploi le nombre minimal "
          "d'heures de travail indiqué ci-après, pour la durée totale de l'accord-cadre :"),
        TAB([("Lot", "Heures d'insertion minimales"),
             ("Lot 1", "900 heures"),
             ("Lot 2", "600 heures"),
             ("Lot 3", "sans objet (lot réservé)")], widths=[2, 3]),
        P("Le titulaire rend compte semestriellement des heures réalisées. Chaque heure non réalisée donne lieu à "
          "une pénalité de 30 € HT."),
        H("Article 9 – Produits et méthodes"),
        P("Les produits d'entretien utilisés sont porteurs de l'Écolabel européen ou d'un label équivalent. Le "
          "titulaire utilise des centrales de dilution, des textiles microfibres lavables et des sacs issus de "
          "matières recyclées ; il reprend ses emballages vides."),
    ] + bp("CCAP", ["prix", "paiement", "penalites", "travail", "litiges"], ctx)
    ae = [
        TITLE("Communauté d'agglomération du Pays de Brévanne", "ACTE D'ENGAGEMENT",
              "Lot n° 2 : Nettoyage des équipements sportifs et aquatiques – Accord-cadre AC-2027-014"),
    ] + bp("AE", ["acheteur", "contractant"], ctx) + [
        H("C – Engagement"),
        P("Après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, le signataire "
          "s'engage à exécuter les prestations du lot n° 2 aux prix unitaires du bordereau joint."),
        TAB([("Élément", "Valeur"),
             ("Montant minimum", "néant"),
             ("Montant maximum du lot sur la durée totale", "85^000,00 € HT"),
             ("Durée", "12 mois, reconductible 3 fois")], widths=[3, 2]),
        H2("Insertion professionnelle"),
        P("Le titulaire s'engage à réaliser au moins 600 heures d'insertion au bénéfice de personnes éloignées de "
          "l'emploi, conformément à l'article 8 du CCAP."),
    ] + bp("AE", ["paiement", "signature"], ctx)
    return dict(
        id="bv6-d02", title="Pays de Brévanne – nettoyage des bâtiments, 3 lots dont un réservé",
        pieces=[
            dict(file="RC_nettoyage_AC-2027-014.pdf", doc_type="RC", header=hd, footer="RC – nettoyage",
                 blocks=rc,
                 label=L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12",
                         critere_environnemental=1, allotissement=1, nb_lots=3,
                         evidence=["décomposée en trois lots", "lot n° 3 est réservé aux entreprises adaptées",
                                   "Les lots 1 et 2 comportent une clause d'insertion professionnelle",
                                   "Performance environnementale des produits et des méthodes"])),
            dict(file="CCAP_nettoyage.docx", doc_type="CCAP", header=hd, footer="CCAP – nettoyage", blocks=ccap,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, marche_reserve=1,
                         reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=3,
                         montant_max_ht=265000,
                         evidence=["Total 265 000,00 €", "Lot 1 900 heures", "Lot 2 600 heures", "[somme des lots : 900 + 600 = 1500]",
                                   "Le lot 3 est exécuté par un opérateur relevant de l'article L. 2113-12",
                                   "porteurs de l'Écolabel européen"])),
            dict(file="AE_lot2.docx", doc_type="AE", header=hd, footer="AE – lot 2", blocks=ae,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=600, allotissement=1,
                         montant_max_ht=85000,
                         evidence=["Lot n° 2 : Nettoyage des équipements sportifs et aquatiques",
                                   "Montant maximum du lot sur la durée totale 85 000,00 € HT",
                                   "réaliser au moins 600 heures d'insertion"])),
        ],
        pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1500, allotissement=1, nb_lots=3, montant_max_ht=265000, reserve_base="L2113-12"),
        note="Maxima par lot sur la durée totale, tableau avec ligne Total 265 000. Heures par lot dans un "
             "tableau : 900 + 600 = 1 500 (lot 3 réservé sans heures). AE du seul lot 2 : allotissement 1, "
             "nombre de lots inconnu de la pièce, maximum du lot 85 000. Pièges : horaires 6 heures-9 heures.")


def d03():
    ctx = dict(trib="Vaudrémont", site="https://marches.ccas-vaudremont.fr")
    hd = "CCAS de Vaudrémont – Portage de repas à domicile (2027-CCAS-03)"
    rc = [
        TITLE("Centre communal d'action sociale de Vaudrémont", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture et livraison de repas en liaison froide pour le service de portage à domicile",
              "Marché n° 2027-CCAS-03 – Procédure adaptée"),
        H("Article 1 – Objet du marché"),
        P("Le marché a pour objet la confection, le conditionnement et la livraison, en liaison froide, des repas "
          "du midi et du soir destinés aux bénéficiaires du service de portage de repas à domicile du CCAS."),
        H("Article 2 – Allotissement"),
        P("Le marché comporte un lot unique : la confection et la livraison quotidienne d'un même repas aux "
          "mêmes bénéficiaires ne permettent pas l'identification de prestations distinctes."),
        H("Article 3 – Durée et montant estimé"),
        P("Le marché est conclu pour une durée d'un an à compter du 1er septembre 2027, reconductible deux fois "
          "par période d'un an. Le montant estimé des prestations, pour la durée totale du marché reconductions "
          "comprises, s'élève à 312^000 € HT, soit environ 104^000 € HT par an pour 21^500 repas annuels."),
        P("À titre d'information, le marché précédent (2024-2027) a été exécuté pour un montant de 298^740 € HT."),
        H("Article 4 – Critères de jugement des offres"),
        TAB([("Critère", "Pondération"),
             ("Prix, apprécié sur la base d'un panier de 1 000 repas", "40 %"),
             ("Qualité gustative et nutritionnelle des menus (menus types sur quatre semaines)", "35 %"),
             ("Part de produits durables et de qualité et mesures de lutte contre le gaspillage alimentaire", "15 %"),
             ("Modalités et délais de livraison", "10 %")], widths=[4, 1]),
        P("Les candidats remettent un échantillon de trois repas complets lors de la dégustation organisée le "
          "mardi suivant la date limite de remise des offres, entre 10 heures et 12 heures."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "renseignements"], ctx)
    ccap = [
        TITLE("Centre communal d'action sociale de Vaudrémont", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Portage de repas à domicile – Marché n° 2027-CCAS-03"),
        H("Article 1 – Forme du marché"),
        P("Le marché est un marché ordinaire à prix unitaires. Il ne comporte ni montant minimum ni montant "
          "maximum ; les quantités indiquées au détail estimatif (environ 21 500 repas par an) ne sont pas "
          "contractuelles. Pour information, l'enveloppe budgétaire inscrite pour les trois années est de "
          "329^160 € TTC."),
        H("Article 2 – Commandes et livraisons"),
        P("Les effectifs sont communiqués au titulaire le jeudi pour la semaine suivante et peuvent être ajustés "
          "la veille avant 10 heures. Les repas sont livrés entre 7 heures 30 et 11 heures au local de "
          "répartition du CCAS ; leur durée de vie ne peut être inférieure à 72 heures."),
        H("Article 3 – Conditionnements"),
        P("Les repas sont livrés en contenants réutilisables ou, à défaut, compostables ; les barquettes en "
          "plastique sont proscrites. Le titulaire reprend à chaque livraison les bacs isothermes et les "
          "contenants vides, qu'il lave et réemploie."),
    ] + bp("CCAP", ["pieces", "prix", "paiement", "penalites", "assurances", "travail", "litiges"], ctx)
    cctp = [
        TITLE("CCAS de Vaudrémont", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Fourniture et livraison de repas en liaison froide – portage à domicile"),
        H("Article 1 – Composition des repas"),
        P("Le repas du midi comprend une entrée, un plat protidique, un accompagnement, un produit laitier, un "
          "dessert et du pain ; le repas du soir comprend un potage, un plat complet et un dessert. Les "
          "grammages sont ceux recommandés pour les personnes âgées par le GEM-RCN."),
        H("Article 2 – Régimes et textures"),
        P("Le titulaire propose des menus adaptés : régime diabétique, sans sel ajouté, hypocalorique, textures "
          "hachée et mixée. Les commandes de régimes sont passées au plus tard 48 heures à l'avance."),
        H("Article 3 – Qualité des denrées"),
        P("Les repas comportent au moins 50 % de produits durables et de qualité, dont au moins 20 % de produits "
          "issus de l'agriculture biologique, au sens de l'article L.~230-5-1 du code rural et de la pêche "
          "maritime. Le titulaire transmet chaque trimestre un état justifiant ces proportions."),
        H("Article 4 – Conditionnement et transport"),
        P("Les barquettes en plastique sont proscrites : les repas sont conditionnés dans des contenants inox "
          "ou verre réutilisables, repris et lavés par le titulaire. Les tournées de livraison sont organisées "
          "de manière à limiter les kilomètres parcourus ; les véhicules réfrigérés sont conformes à la norme "
          "Euro VI ou électriques."),
        H("Article 5 – Hygiène et traçabilité"),
        P("Le titulaire respecte le plan de maîtrise sanitaire de sa cuisine centrale et conserve les plats "
          "témoins pendant cinq jours. La température des repas est maintenue entre 0 et 3 °C jusqu'à la "
          "remise au CCAS ; un relevé de température accompagne chaque livraison."),
        H("Article 6 – Information des bénéficiaires"),
        P("Les menus sont transmis quatre semaines à l'avance, en gros caractères, avec la liste des allergènes. "
          "Le titulaire participe deux fois par an à la commission des menus du CCAS."),
        H("Article 7 – Continuité du service"),
        P("En cas de panne ou d'incident, le titulaire assure la livraison à partir d'une cuisine de secours "
          "située à moins de 60 kilomètres. Les jours fériés, les repas sont livrés la veille."),
        H("Article 8 – Contrôles"),
        P("Le CCAS peut faire procéder, à tout moment, à des prélèvements analysés par un laboratoire agréé. "
          "Les résultats non conformes sont communiqués au titulaire, qui présente ses mesures correctives sous "
          "huit jours. Deux résultats non conformes consécutifs peuvent justifier la résiliation du marché."),
        H("Article 9 – Gaspillage alimentaire"),
        P("Le titulaire ajuste les portions aux retours constatés par le service ; il mesure chaque mois les "
          "quantités non consommées sur un échantillon de tournées et en communique le bilan au CCAS."),
    ] + bp("CCTP", ["normes", "personnel", "securite", "reunions", "reversibilite"], ctx)
    return dict(
        id="bv6-d03", title="CCAS de Vaudrémont – portage de repas, lot unique, estimation seule",
        pieces=[
            dict(file="RC_portage_repas.docx", doc_type="RC", header=hd, footer="RC", blocks=rc,
                 label=L(critere_environnemental=1, allotissement=0, montant_estime_ht=312000,
                         evidence=["Le marché comporte un lot unique",
                                   "Le montant estimé des prestations, pour la durée totale du marché reconductions comprises, s'élève à 312 000 € HT",
                                   "Part de produits durables et de qualité et mesures de lutte contre le gaspillage alimentaire"])),
            dict(file="CCAP_portage_repas.docx", doc_type="CCAP", header=hd, footer="CCAP", blocks=ccap,
                 label=L(clause_environnementale=1,
                         evidence=["les barquettes en plastique sont proscrites",
                                   "reprend à chaque livraison les bacs isothermes et les contenants vides"])),
            dict(file="CCTP_portage_repas.pdf", doc_type="CCTP", header=hd + " – CCTP", footer="CCTP – portage de repas",
                 hyphen=True, blocks=cctp,
                 label=L(clause_environnementale=1,
                         evidence=["contenants inox ou verre réutilisables, repris et lavés par le titulaire",
                                   "véhicules réfrigérés sont conformes à la norme Euro VI ou électriques"])),
        ],
        pos=["clause_environnementale", "critere_environnemental"],
        values=V(allotissement=0, montant_estime_ht=312000),
        note="Estimation seule (312 000 € HT sur trois ans) ; marché sans maximum. « Lot unique » lu comme non "
             "alloti, nb_lots laissé vide. Pièges : montant du marché précédent 298 740 € HT, enveloppe "
             "329 160 € TTC, 104 000 € HT par an, horaires de livraison, délais en heures.")


def d04():
    ctx = dict(trib="Lirmont-le-Haut", site="https://www.smhl-marches.fr")
    hd = "Syndicat mixte du Haut-Lirmont – Entretien des berges et espaces naturels"
    rc = [
        TITLE("Syndicat mixte du Haut-Lirmont", "RÈGLEMENT DE LA CONSULTATION",
              "Entretien des berges, sentiers et espaces naturels du bassin du Lirmont",
              "Accord-cadre à bons de commande réservé – Procédure adaptée – Réf. SMHL-2027-05"),
        H("Article 1 – Objet"),
        P("La consultation porte sur l'entretien des berges, des sentiers de randonnée et des espaces naturels "
          "du bassin versant du Lirmont : fauchage, débroussaillage sélectif, enlèvement d'embâcles légers, "
          "entretien des passerelles et du mobilier de signalétique."),
        H("Article 2 – Marché réservé"),
        P("En application de l'article L.~2113-13 du code de la commande publique, la présente consultation "
          "est réservée aux structures d'insertion par l'activité économique mentionnées à l'article L.~5132-4 "
          "du code du travail (entreprises d'insertion, ateliers et chantiers d'insertion, associations "
          "intermédiaires, entreprises de travail temporaire d'insertion) et aux structures équivalentes."),
        H("Article 3 – Allotissement"),
        P("Le marché n'est pas alloti. Les prestations forment un ensemble homogène, réalisé sur un même "
          "linéaire de berges par une même équipe ; leur répartition en lots nuirait à la continuité des "
          "interventions et rendrait leur coordination difficile pour le syndicat, qui ne dispose pas des "
          "moyens d'assurer la mission de coordination."),
        H("Article 4 – Forme, durée et montants"),
        P("Il s'agit d'un accord-cadre mono-attributaire à bons de commande, conclu sans montant minimum, pour "
          "une période initiale de douze mois reconductible trois fois. Les montants maximums de chaque "
          "période sont fixés à l'article 5 du CCAP."),
        H("Article 5 – Critères d'attribution"),
        TAB([("Critère", "Points"),
             ("Prix des prestations", "40"),
             ("Valeur technique : moyens matériels, organisation des équipes, planning", "40"),
             ("Accompagnement socioprofessionnel des salariés en parcours d'insertion (encadrement, formation)", "10"),
             ("Méthodes de gestion écologique (fauche tardive, absence de produits phytosanitaires, valorisation des résidus)", "10")],
            widths=[5, 1], align="lr"),
        H("Article 6 – Visite des sites"),
        P("Une visite des principaux sites est organisée le 12 janvier 2027 ; rendez-vous à 9 heures devant la "
          "maison du syndicat. Elle dure environ trois heures et n'est pas obligatoire."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "negociation", "recours"], ctx)
    ccap = [
        TITLE("Syndicat mixte du Haut-Lirmont", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accord-cadre réservé d'entretien des berges et espaces naturels – SMHL-2027-05"),
        H("Article 1 – Objet"),
        P("Le présent accord-cadre porte sur l'entretien des berges, des sentiers et des espaces naturels du "
          "bassin du Lirmont. Il est réservé, en application de l'article L.~2113-13 du code de la commande "
          "publique, aux structures d'insertion par l'activité économique et aux structures équivalentes."),
    ] + bp("CCAP", ["pieces"], ctx) + [
        H("Article 3 – Durée"),
        P("L'accord-cadre est conclu pour une période initiale de douze mois à compter du 1er mars 2027. Il est "
          "reconductible trois fois pour une durée de douze mois."),
        H("Article 4 – Bons de commande"),
        P("Les bons de commande sont émis par le président du syndicat ou son délégataire. Le montant d'un bon "
          "de commande ne peut être inférieur à 500 € HT. Les interventions sont réalisées entre 8 heures et "
          "17 heures ; l'enlèvement d'un embâcle signalé intervient dans un délai de 72 heures."),
        H("Article 5 – Montants"),
        P("L'accord-cadre est conclu sans montant minimum. Les montants maximums sont fixés comme suit pour "
          "chacune des périodes d'exécution :"),
        TAB([("Période", "Montant maximum"),
             ("Période initiale (12 mois)", "90~000 € HT"),
             ("Première reconduction (12 mois)", "75~000 € HT"),
             ("Deuxième reconduction (12 mois)", "75~000 € HT"),
             ("Troisième reconduction (12 mois)", "75~000 € HT")],
            lines=False, widths=[3, 2], align="lr"),
        P("Le montant non consommé d'une période n'est pas reporté sur la période suivante."),
        H("Article 6 – Conditions d'exécution environnementales"),
        P("Aucun produit phytosanitaire n'est utilisé. Les résidus de fauche sont broyés et laissés sur place ou "
          "compostés sur une plateforme agréée ; les huiles de chaîne des tronçonneuses sont biodégradables. La "
          "fauche des prairies humides n'intervient pas avant le 15 juillet."),
    ] + bp("CCAP", ["prix", "paiement", "penalites", "assurances", "travail", "litiges"], ctx)
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Syndicat mixte du Haut-Lirmont"),
        P("Nom et adresse officiels de l'organisme acheteur : Syndicat mixte du Haut-Lirmont, 4 place de la "
          "Halle, Lirmont-le-Haut. Correspondant : M. le Président."),
        P("Objet du marché : entretien des berges, sentiers et espaces naturels du bassin du Lirmont."),
        P("Type de marché : services. Procédure : procédure adaptée. Forme : accord-cadre à bons de commande."),
        P("Marché réservé : oui – article L.~2113-13 du code de la commande publique (structures d'insertion "
          "par l'activité économique)."),
        P("Division en lots : non."),
        P("Montant maximum de l'accord-cadre (toutes périodes) : 315^000 EUR HT (période initiale 90^000 EUR HT ; "
          "chaque reconduction 75^000 EUR HT)."),
        P("Durée : 12 mois, reconductible 3 fois."),
        P("Conditions particulières d'exécution : gestion sans produits phytosanitaires, valorisation des "
          "résidus de fauche."),
        P("Critères d'attribution : prix (40 points) ; valeur technique (40 points) ; accompagnement "
          "socioprofessionnel des salariés en insertion (10 points) ; méthodes de gestion écologique (10 points)."),
        P("Date limite de réception des offres : 3 février 2027 à 12 heures."),
        P("Instance chargée des procédures de recours : tribunal administratif de Lirmont-le-Haut."),
    ]
    return dict(
        id="bv6-d04", title="Haut-Lirmont – berges, marché réservé SIAE, maximum par période",
        pieces=[
            dict(file="RC_SMHL-2027-05.pdf", doc_type="RC", header=hd + " – RC", footer="SMHL-2027-05 – Règlement de consultation",
                 blocks=rc,
                 label=L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", critere_environnemental=1,
                         allotissement=0,
                         evidence=["réservée aux structures d'insertion par l'activité économique",
                                   "Le marché n'est pas alloti",
                                   "Accompagnement socioprofessionnel des salariés en parcours d'insertion",
                                   "Méthodes de gestion écologique"])),
            dict(file="CCAP_SMHL-2027-05.pdf", doc_type="CCAP", header=hd + " – CCAP", footer="SMHL-2027-05 – CCAP",
                 blocks=ccap, hyphen=True,
                 label=L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, montant_max_ht=315000,
                         evidence=["réservé, en application de l'article L. 2113-13",
                                   "Période initiale (12 mois) 90 000 € HT",
                                   "Troisième reconduction (12 mois) 75 000 € HT",
                                   "[90 000 + 3 x 75 000 = 315 000]",
                                   "Aucun produit phytosanitaire n'est utilisé"])),
            dict(file="avis_AAPC_SMHL.txt", doc_type="AVIS", header=hd, footer="", blocks=avis,
                 label=L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1,
                         critere_environnemental=1, allotissement=0, montant_max_ht=315000,
                         evidence=["Marché réservé : oui – article L. 2113-13", "Division en lots : non",
                                   "Montant maximum de l'accord-cadre (toutes périodes) : 315 000 EUR HT",
                                   "gestion sans produits phytosanitaires",
                                   "méthodes de gestion écologique (10 points)"])),
        ],
        pos=["critere_social", "marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=0, montant_max_ht=315000, reserve_base="L2113-13"),
        note="Maximum par période (90 000 puis 3 x 75 000, tableau sans filets ni total) = 315 000, total "
             "repris par l'avis. Marché réservé SIAE : pas de clause d'insertion en heures. Pièges : bon de "
             "commande minimal 500 € HT, délai de 72 heures, visite de trois heures.")


def d05():
    ctx = dict(trib="Saint-Aurèle", site="https://marches.saint-aurele-les-vignes.fr")
    hd = "Commune de Saint-Aurèle-les-Vignes – Groupe scolaire des Tilleuls"
    lots = [("01", "Désamiantage – démolition – gros œuvre"), ("02", "Charpente – couverture – zinguerie"),
            ("03", "Menuiseries extérieures aluminium"), ("04", "Cloisons – doublages – faux plafonds"),
            ("05", "Menuiseries intérieures bois"), ("06", "Revêtements de sols – faïence"),
            ("07", "Plomberie – chauffage – ventilation"), ("08", "Électricité courants forts et faibles")]
    rc = [
        TITLE("Commune de Saint-Aurèle-les-Vignes", "RÈGLEMENT DE LA CONSULTATION",
              "Réhabilitation et extension du groupe scolaire des Tilleuls",
              "Marché de travaux – Procédure adaptée ouverte (article R.~2123-1 1°)"),
        H("Article 1 – Objet"),
        P("La consultation porte sur les travaux de réhabilitation thermique et fonctionnelle du groupe "
          "scolaire des Tilleuls et sur la construction d'une extension de trois classes et d'un préau."),
        H("Article 2 – Décomposition en lots"),
        P("Les travaux sont répartis en huit lots traités par marchés séparés :"),
        TAB([("Lot", "Intitulé")] + lots, lines=False, widths=[1, 6]),
        P("Les candidats peuvent répondre à un ou plusieurs lots. Chaque lot est attribué séparément."),
        H("Article 3 – Montant prévisionnel"),
        P("Le montant prévisionnel des travaux, tous lots confondus, est estimé à 1" + BR +
          "860~000 € HT (valeur mai 2027). Le délai global d'exécution est de quatorze mois, période de "
          "préparation d'un mois comprise."),
        H("Article 4 – Clause sociale"),
        P("Les lots 01, 02, 03 et 07 comportent une clause d'insertion professionnelle dont les volumes "
          "horaires sont fixés à l'article 6 du CCAP commun à tous les lots."),
        H("Article 5 – Jugement des offres"),
        P("Critères : prix des prestations, 60 % ; valeur technique, 40 %, dont 15 points pour les moyens "
          "humains et matériels affectés au chantier, 15 points pour le planning et les méthodes, et 10 points "
          "pour la gestion et la valorisation des déchets de chantier."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "negociation", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Commune de Saint-Aurèle-les-Vignes", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Réhabilitation et extension du groupe scolaire des Tilleuls – CCAP commun aux huit lots"),
        H("Article 1 – Objet et décomposition"),
        P("Le présent CCAP est commun aux huit lots de l'opération, qui font chacun l'objet d'un marché "
          "distinct : lots 01 à 08 tels que désignés au règlement de la consultation."),
        H("Article 2 – Délais"),
        P("Le délai d'exécution de chaque lot s'inscrit dans le calendrier détaillé établi par le maître "
          "d'œuvre. Les travaux bruyants sont interdits pendant les heures de classe ; le chantier est ouvert "
          "de 7 heures 30 à 17 heures 30."),
    ] + bp("CCAP", ["pieces", "prix", "avance"], ctx) + [
        H("Article 6 – Clause sociale d'insertion"),
        P("Les titulaires des lots désignés ci-dessous réservent à des personnes rencontrant des difficultés "
          "d'accès à l'emploi le nombre minimal d'heures de travail suivant :"),
        TAB([("Lot", "Heures d'insertion"), ("01 – Gros œuvre", "700"), ("02 – Charpente couverture", "350"),
             ("03 – Menuiseries extérieures", "210"), ("07 – Plomberie chauffage ventilation", "140"),
             ("Autres lots", "néant")], widths=[3, 2], align="lr"),
        P("Le titulaire transmet mensuellement au facilitateur de la communauté de communes l'état des heures "
          "réalisées. Chaque heure non réalisée donne lieu à une pénalité de 40 € HT."),
        H("Article 7 – Gestion des déchets de chantier"),
        P("Chaque titulaire établit un schéma d'organisation et de gestion des déchets (SOGED). Les déchets sont "
          "triés sur le chantier en cinq flux au moins (bois, métaux, inertes, plâtre, déchets non dangereux en "
          "mélange) et orientés vers des filières de valorisation ; les bordereaux de suivi sont remis au "
          "maître d'œuvre."),
    ] + bp("CCAP", ["garantie", "paiement", "penalites", "assurances", "travail", "litiges"], ctx)
    cctp = [
        TITLE("Commune de Saint-Aurèle-les-Vignes", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Groupe scolaire des Tilleuls – Fascicule 0 : clauses communes à tous les lots"),
        H("1.1 – Présentation de l'opération"),
        P("Le groupe scolaire, construit en 1974, comprend huit classes, un restaurant scolaire et des locaux "
          "périscolaires. L'opération vise un gain de 45 % sur les consommations de chauffage, la mise en "
          "accessibilité et la création de trois classes."),
        H("1.2 – Décomposition des travaux"),
        P("L'opération est décomposée en sept lots :"),
        LST(["Lot 1 : désamiantage, démolition, gros œuvre", "Lot 2 : charpente, couverture, zinguerie",
             "Lot 3 : menuiseries extérieures aluminium", "Lot 4 : plâtrerie et menuiseries intérieures",
             "Lot 5 : revêtements de sols et faïence", "Lot 6 : plomberie, chauffage, ventilation",
             "Lot 7 : électricité"]),
        H("1.3 – Connaissance des lieux"),
        P("Les entreprises sont réputées avoir pris connaissance des lieux et de toutes les contraintes du site, "
          "notamment de la présence des élèves pendant les travaux de la première phase."),
        H("1.4 – Installations de chantier"),
        P("Le titulaire du lot gros œuvre installe la base vie, les clôtures et la plateforme de tri commune. Les "
          "installations sont maintenues propres ; le nettoyage des accès est quotidien."),
        H("1.5 – Déchets"),
        P("Le titulaire de chaque lot évacue ses déchets triés vers les bennes de la plateforme commune, "
          "séparées par flux ; le brûlage et l'enfouissement sur site sont interdits. Les déchets amiantés sont "
          "conditionnés et éliminés en installation autorisée, avec bordereau de suivi."),
        H("1.6 – Coordination"),
        P("Les réunions de chantier ont lieu chaque mardi à 14 heures ; la présence des entreprises convoquées "
          "est obligatoire. Les plans d'exécution sont soumis au visa du maître d'œuvre dix jours avant "
          "la mise en œuvre."),
        H("1.7 – Essais et réception"),
        P("Les essais de fonctionnement des installations techniques sont réalisés en présence du maître "
          "d'œuvre. La réception est prononcée à l'achèvement de l'ensemble des lots ; les opérations préalables "
          "sont organisées lot par lot."),
        H("1.8 – Dossier des ouvrages exécutés"),
        P("Chaque titulaire remet le dossier des ouvrages exécutés en trois exemplaires papier et sous forme "
          "numérique, au plus tard un mois après la réception."),
    ]
    return dict(
        id="bv6-d05", title="Saint-Aurèle-les-Vignes – groupe scolaire, 8 lots de travaux (CCTP en conflit)",
        pieces=[
            dict(file="RC_groupe_scolaire.pdf", doc_type="RC", header=hd + " – RC", footer="Règlement de la consultation",
                 blocks=rc, hyphen=True,
                 label=L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=8,
                         montant_estime_ht=1860000,
                         evidence=["Les travaux sont répartis en huit lots",
                                   "estimé à 1 860 000 € HT",
                                   "Les lots 01, 02, 03 et 07 comportent une clause d'insertion professionnelle",
                                   "10 points pour la gestion et la valorisation des déchets de chantier"])),
            dict(file="CCAP_commun.docx", doc_type="CCAP", header=hd + " – CCAP", footer="CCAP commun", blocks=ccap,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=1400, clause_environnementale=1,
                         allotissement=1, nb_lots=8,
                         evidence=["Le présent CCAP est commun aux huit lots",
                                   "01 – Gros œuvre 700", "02 – Charpente couverture 350",
                                   "03 – Menuiseries extérieures 210", "07 – Plomberie chauffage ventilation 140",
                                   "[somme 1400]", "triés sur le chantier en cinq flux"])),
            dict(file="CCTP_fascicule0.pdf", doc_type="CCTP", header=hd + " – CCTP", footer="CCTP – clauses communes",
                 blocks=cctp,
                 label=L(clause_environnementale=1, allotissement=1, nb_lots=7,
                         evidence=["L'opération est décomposée en sept lots",
                                   "évacue ses déchets triés vers les bennes de la plateforme commune"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1400, allotissement=1, nb_lots=8, montant_estime_ht=1860000),
        note="CONFLIT : le CCTP (fascicule commun ancien) annonce sept lots, le RC et le CCAP huit : le dossier "
             "retient 8. Heures par lot (tableau sans total) : 700 + 350 + 210 + 140 = 1 400. Estimation "
             "1 860 000 € HT coupée en fin de ligne (« 1 » / « 860 000 »). Marché ordinaire : pas de maximum. "
             "Pièges : seuil d'avance 50 000 € HT, horaires de chantier.")


def d06():
    ctx = dict(trib="Orvèze", site="https://marches.haute-orveze.fr")
    hd = "Département de la Haute-Orvèze – Postes de travail et périphériques (DSI-2027-11)"
    rc = [
        TITLE("Département de la Haute-Orvèze – Direction des systèmes d'information", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture de postes de travail informatiques, d'écrans et de périphériques",
              "Appel d'offres ouvert européen – DSI-2027-11"),
        H("Article 1 – Objet"),
        P("La consultation porte sur la fourniture, la livraison, l'installation et la garantie de postes de "
          "travail fixes et portables, d'écrans, d'imprimantes individuelles et de périphériques pour les "
          "services départementaux et les collèges."),
        H("Article 2 – Allotissement"),
        P("La consultation est divisée en deux lots :"),
        LST(["Lot 1 : postes de travail fixes et portables, stations d'accueil ;",
             "Lot 2 : écrans, imprimantes individuelles et périphériques."]),
        H("Article 3 – Forme des accords-cadres"),
        P("Chaque lot fait l'objet d'un accord-cadre mono-attributaire à bons de commande d'une durée de "
          "quatre ans, sans montant minimum, avec les montants maximums suivants, exprimés en milliers d'euros "
          "hors taxes pour la durée totale : lot 1 : 750 k€ HT ; lot 2 : 320 k€ HT."),
        H("Article 4 – Critères"),
        TAB([("Critère", "Pondération"), ("Prix (application du BPU à un panier type)", "50 %"),
             ("Valeur technique (caractéristiques, délais, service après-vente)", "30 %"),
             ("Performance environnementale (consommation électrique TEC, réparabilité, durée de disponibilité des pièces, reprise des matériels)", "20 %")]),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "examen", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Département de la Haute-Orvèze", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accords-cadres de fourniture de postes de travail et de périphériques – DSI-2027-11 – lots 1 et 2"),
        H("Article 1 – Objet et lots"),
        P("Le présent CCAP s'applique aux deux lots de la consultation : lot 1, postes de travail ; lot 2, "
          "écrans, impression et périphériques."),
        H("Article 2 – Montants"),
        P("Les accords-cadres sont conclus sans montant minimum et avec les montants maximums suivants pour "
          "toute leur durée :"),
        TAB([("Lot", "Montant minimum", "Montant maximum (durée totale)"),
             ("Lot 1 – Postes de travail", "néant", "750 k€ HT"),
             ("Lot 2 – Écrans, impression, périphériques", "néant", "320 k€ HT")],
            widths=[3, 1.3, 2], align="lrr"),
        P("Le montant de chaque bon de commande ne peut excéder 60 k€ HT."),
        H("Article 3 – Durée"),
        P("Les accords-cadres sont conclus pour quatre ans à compter de leur notification. Ils ne sont pas "
          "reconductibles."),
        H("Article 4 – Livraison et garantie"),
        P("Les matériels sont livrés dans un délai de quinze jours ouvrés. Ils sont garantis cinq ans, pièces, "
          "main-d'œuvre et déplacement ; l'intervention sur site a lieu le jour ouvré suivant l'appel."),
        H("Article 5 – Exigences environnementales et sociales d'exécution"),
        P("Le titulaire reprend, sans frais, les emballages des matériels livrés et collecte les matériels "
          "remplacés, qu'il oriente vers une filière agréée de traitement des déchets d'équipements électriques "
          "et électroniques ou vers le réemploi ; il remet chaque année un certificat de traitement."),
        P("Le titulaire s'assure que les matériels livrés sont fabriqués dans le respect des conventions "
          "fondamentales de l'Organisation internationale du travail (n° 29, 87, 98, 100, 105, 111, 138 et 182). "
          "Il communique sur demande les audits sociaux de ses fournisseurs de premier rang et met en œuvre les "
          "mesures correctives nécessaires."),
    ] + bp("CCAP", ["pieces", "prix", "avance", "paiement", "penalites", "confidentialite", "litiges"], ctx)
    bpu = [
        TITLE("Département de la Haute-Orvèze", "BORDEREAU DES PRIX UNITAIRES",
              "Lot 1 : Postes de travail fixes et portables, stations d'accueil – DSI-2027-11"),
        P("Les prix sont exprimés en euros hors taxes ; ils comprennent la livraison, l'installation, la "
          "reprise des emballages et la garantie de cinq ans."),
        TAB([("N°", "Désignation", "Unité", "Prix unitaire HT"),
             ("1.1", "Poste fixe bureautique (configuration A)", "unité", ""),
             ("1.2", "Poste fixe hautes performances (configuration B)", "unité", ""),
             ("1.3", "Ordinateur portable 14 pouces", "unité", ""),
             ("1.4", "Ordinateur portable 15 pouces renforcé", "unité", ""),
             ("1.5", "Station d'accueil USB-C", "unité", ""),
             ("1.6", "Extension de garantie d'un an", "unité", ""),
             ("1.7", "Prestation de masterisation (par poste)", "unité", "")]),
        P("Fait à ……………………, le …………………… Signature du candidat :"),
    ]
    return dict(
        id="bv6-d06", title="Haute-Orvèze – postes informatiques, 2 lots, maxima en k€",
        pieces=[
            dict(file="RC_DSI-2027-11.docx", doc_type="RC", header=hd, footer="RC", blocks=rc,
                 label=L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_max_ht=1070000,
                         evidence=["La consultation est divisée en deux lots",
                                   "lot 1 : 750 k€ HT ; lot 2 : 320 k€ HT", "[750 000 + 320 000]",
                                   "Performance environnementale (consommation électrique TEC"])),
            dict(file="CCAP_DSI-2027-11.pdf", doc_type="CCAP", header=hd + " – CCAP", footer="CCAP DSI-2027-11",
                 blocks=ccap, hyphen=True,
                 label=L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=1070000,
                         evidence=["s'applique aux deux lots",
                                   "Lot 1 – Postes de travail néant 750 k€ HT",
                                   "Lot 2 – Écrans, impression, périphériques néant 320 k€ HT",
                                   "conventions fondamentales de l'Organisation internationale du travail",
                                   "reprend, sans frais, les emballages"])),
            dict(file="BPU_lot1.docx", doc_type="BPU", header=hd, footer="BPU lot 1", blocks=bpu,
                 label=L(allotissement=1, evidence=["Lot 1 : Postes de travail fixes et portables"])),
        ],
        pos=["clause_sociale", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_max_ht=1070000),
        note="Maxima en k€ par lot, sans ligne de total : 750 + 320 = 1 070 k€. Clause sociale = conventions "
             "OIT exigées dans la chaîne d'approvisionnement (pas d'insertion). Piège : plafond de 60 k€ par "
             "bon de commande. BPU du lot 1 : allotissement 1, nombre de lots non donné.")


def d07():
    ctx = dict(trib="Orvèze", site="https://orveze-habitat.marches-publics.fr")
    hd = "Orvèze Habitat – Exploitation et maintenance des chaufferies collectives (OH-2027-07)"
    rc = [
        TITLE("Orvèze Habitat – Office public de l'habitat", "RÈGLEMENT DE LA CONSULTATION",
              "Exploitation, maintenance et dépannage des installations de chauffage collectif et d'eau chaude sanitaire",
              "Appel d'offres ouvert – OH-2027-07"),
        H("Article 1 – Objet"),
        P("La consultation porte sur l'exploitation, la conduite, l'entretien et le dépannage des 46 chaufferies "
          "collectives et des installations de production d'eau chaude sanitaire du patrimoine de l'office."),
        H("Article 2 – Allotissement"),
        P("Le marché n'est pas alloti : la conduite, la maintenance préventive, le dépannage et la garantie "
          "totale des mêmes installations forment un tout indissociable ; un allotissement rendrait "
          "l'exécution techniquement difficile et financièrement plus coûteuse (article L.~2113-11 2° du code "
          "de la commande publique)."),
        H("Article 3 – Caractéristiques principales"),
        P("Il s'agit d'un accord-cadre mixte comportant une partie forfaitaire (conduite et maintenance, P2) et "
          "une partie exécutée par bons de commande (gros entretien et renouvellement, P3). Sa durée est de "
          "quatre ans à compter du 1er juillet 2027. Le montant total estimé de l'accord-cadre est de "
          "1~900~000 € HT pour les quatre années, parties forfaitaire et à bons de commande confondues."),
        H("Article 4 – Clause sociale"),
        P("Le titulaire exécute une action d'insertion dont le volume et les modalités sont définis à "
          "l'article 11 du CCAP."),
        H("Article 5 – Critères de jugement"),
        TAB([("Critère", "Pondération"), ("Prix", "45 %"), ("Valeur technique", "40 %"),
             ("Engagement de performance énergétique (niveau de réduction des consommations garanti)", "10 %"),
             ("Modalités de mise en œuvre de la clause d'insertion et accompagnement des personnes", "5 %")],
            widths=[4, 1], align="lr"),
        H("Article 6 – Visite obligatoire"),
        P("La visite de cinq chaufferies représentatives est obligatoire ; elle dure environ quatre heures. Une "
          "attestation de visite est remise au candidat."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "negociation", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Orvèze Habitat", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Exploitation et maintenance des chaufferies collectives – Accord-cadre OH-2027-07"),
        H("Article 1 – Objet"),
        P("Le présent accord-cadre porte sur l'exploitation et la maintenance des installations de chauffage "
          "collectif et d'eau chaude sanitaire du patrimoine d'Orvèze Habitat."),
    ] + bp("CCAP", ["pieces"], ctx) + [
        H("Article 3 – Durée"),
        P("L'accord-cadre est conclu pour une durée ferme de quatre ans à compter du 1er juillet 2027."),
        H("Article 4 – Montant"),
        P("L'accord-cadre est conclu avec un montant maximum de 2~400~000 € HT pour toute la durée du marché, "
          "parties forfaitaire et à bons de commande confondues. Tout dépannage dont le coût dépasse 5~000 € HT "
          "fait l'objet d'un devis préalable accepté par écrit."),
        H("Article 5 – Astreinte et délais"),
        P("Le titulaire assure une astreinte vingt-quatre heures sur vingt-quatre. Il intervient sous 4 heures "
          "en cas d'arrêt total de chauffage et sous 24 heures pour toute autre panne."),
        H("Article 6 – Engagement de performance énergétique"),
        P("Le titulaire s'engage sur une réduction d'au moins 8 % des consommations de combustible par rapport "
          "à la consommation de référence, corrigée des degrés-jours unifiés. L'écart constaté donne lieu à un "
          "intéressement ou à une pénalité. Les fluides frigorigènes sont récupérés par un opérateur disposant "
          "de l'attestation de capacité."),
    ] + bp("CCAP", ["prix", "avance", "paiement", "penalites"], ctx) + [
        H("Article 11 – Clause d'insertion professionnelle"),
        P("Le titulaire réserve à des personnes rencontrant des difficultés sociales ou professionnelles "
          "particulières 400 heures de travail par année d'exécution, soit 1" + BR + "600 heures sur la durée "
          "de quatre ans du marché. Il peut recourir à l'embauche directe, à la mise à disposition par une "
          "structure d'insertion ou à l'apprentissage de jeunes éloignés de l'emploi."),
        P("Un bilan annuel est transmis à l'office. Chaque heure non réalisée donne lieu à une pénalité de 60 € HT."),
    ] + bp("CCAP", ["assurances", "travail", "litiges"], ctx)
    ae = [
        TITLE("Orvèze Habitat", "ACTE D'ENGAGEMENT", "Exploitation et maintenance des chaufferies collectives – OH-2027-07"),
    ] + bp("AE", ["acheteur", "contractant"], ctx) + [
        H("C – Prix et montant"),
        TAB([("Élément", "Montant"),
             ("Partie forfaitaire annuelle (P2)", "…………………… € HT"),
             ("Montant maximum de l'accord-cadre (article 4 du CCAP)", "2^400^000 € HT")], widths=[3, 2]),
        H("D – Insertion"),
        P("Je m'engage à réaliser les 1^600 heures d'insertion prévues à l'article 11 du CCAP sur la durée du "
          "marché."),
    ] + bp("AE", ["paiement", "signature"], ctx)
    return dict(
        id="bv6-d07", title="Orvèze Habitat – chaufferies, non alloti, heures annuelles et totales",
        pieces=[
            dict(file="RC_OH-2027-07.pdf", doc_type="RC", header=hd + " – RC", footer="RC OH-2027-07", blocks=rc,
                 label=L(clause_sociale=1, clause_insertion=1, critere_social=1, critere_environnemental=1,
                         allotissement=0, montant_estime_ht=1900000,
                         evidence=["Le marché n'est pas alloti", "Le montant total estimé de l'accord-cadre est de 1 900 000 € HT",
                                   "action d'insertion", "Engagement de performance énergétique",
                                   "Modalités de mise en œuvre de la clause d'insertion"])),
            dict(file="CCAP_OH-2027-07.pdf", doc_type="CCAP", header=hd + " – CCAP", footer="CCAP OH-2027-07",
                 blocks=ccap, hyphen=True,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=1600, clause_environnementale=1,
                         montant_max_ht=2400000,
                         evidence=["montant maximum de 2 400 000 € HT pour toute la durée du marché",
                                   "400 heures de travail par année d'exécution, soit 1 600 heures",
                                   "réduction d'au moins 8 % des consommations de combustible"])),
            dict(file="AE_OH-2027-07.docx", doc_type="AE", header=hd, footer="AE", blocks=ae,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=1600, montant_max_ht=2400000,
                         evidence=["Montant maximum de l'accord-cadre (article 4 du CCAP) 2 400 000 € HT",
                                   "réaliser les 1 600 heures d'insertion"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1600, allotissement=0, montant_estime_ht=1900000, montant_max_ht=2400000),
        note="Maximum unique sur toute la durée (2 400 000) distinct de l'estimation du RC (1 900 000). Heures : "
             "400 par an « soit 1 600 » sur quatre ans, total écrit retenu (chiffre coupé en fin de ligne dans le "
             "PDF). Pièges : devis au-delà de 5 000 € HT, astreinte 24 heures, délais 4/24 heures, visite.")


def d08():
    ctx = dict(trib="Sorgeline", site="https://marches.valdesorgeline.fr")
    hd = "Communauté de communes du Val de Sorgeline – Transport scolaire 2027-2030"
    amounts = [("1", "Circuits SOR-01 à SOR-03 (secteur nord)", "286~000 €"),
               ("2", "Circuits SOR-04 à SOR-06 (secteur des Coteaux)", "254~000 €"),
               ("3", "Circuits SOR-07 à SOR-09 (vallée de la Sorgeline)", "301~000 €"),
               ("4", "Circuits SOR-10 à SOR-12 (plateau)", "198~000 €"),
               ("5", "Circuits SOR-13 et SOR-14 (regroupements pédagogiques)", "245~000 €")]
    rc = [
        TITLE("Communauté de communes du Val de Sorgeline", "RÈGLEMENT DE LA CONSULTATION",
              "Exécution des services de transport scolaire – années scolaires 2027-2028 à 2029-2030",
              "Appel d'offres ouvert – TS-2027"),
        H("Article 1 – Objet"),
        P("La consultation porte sur l'exécution de quatorze circuits de transport scolaire desservant les "
          "écoles, collèges et le lycée du territoire, pour trois années scolaires."),
        H("Article 2 – Allotisement"),
        P("Les circuits sont regroupés en cinq lots, chacun faisant l'objet d'un marché distinct. Le montant "
          "estimé de chaque lot, pour les trois années scolaires, figure ci-dessous."),
        TAB([("Lot", "Circuits desservis", "Montant estimé HT (3 ans)")] + amounts +
            [("", "Total", "1~284~000 €")], widths=[0.6, 4, 1.8], align="llr"),
        H("Article 3 – Critères"),
        P("Les offres sont classées selon les critères suivants : prix (50 %) ; qualité du service, "
          "organisation et remplacement des conducteurs (30 %) ; émissions de gaz à effet de serre et de "
          "polluants des véhicules affectés au lot (15 %) ; sécurité et formation des conducteurs (5 %)."),
        H("Article 4 – Horaires"),
        P("Les horaires d'arrivée aux établissements sont fixés par les fiches circuits : au plus tard 8 heures "
          "20 pour les collèges, 8 heures 35 pour les écoles."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "examen", "recours"], ctx)
    ccap = [
        TITLE("Communauté de communes du Val de Sorgeline", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Transport scolaire 2027-2030 – commun aux cinq lots"),
        H("Article 1 – Objet et décomposition"),
        P("Le marché est décomposé en cinq lots géographiques. Le présent CCAP est commun à tous les lots."),
        H("Article 2 – Durée"),
        P("Chaque marché est conclu pour trois années scolaires, du 1er septembre 2027 au 7 juillet 2030."),
        H("Article 3 – Rémunération"),
        P("Le titulaire est rémunéré par un prix journalier par circuit, appliqué aux jours effectivement "
          "desservis selon le calendrier scolaire, et par un prix kilométrique pour les services "
          "supplémentaires. Le marché ne comporte ni montant minimum ni montant maximum."),
        H("Article 4 – Véhicules"),
        P("Les véhicules affectés sont conformes au moins à la norme Euro VI ou fonctionnent au bioGNV ou à "
          "l'électricité ; l'âge moyen du parc affecté à un lot n'excède pas huit ans. Le titulaire transmet "
          "chaque année le bilan des consommations de carburant et des émissions de CO2 du parc affecté."),
        H("Article 5 – Personnel de conduite"),
        P("Les conducteurs respectent la réglementation sociale européenne ; ils ne peuvent être employés plus de "
          "48 heures par semaine en moyenne. Le titulaire dispose d'un conducteur de remplacement pour trois "
          "circuits."),
    ] + bp("CCAP", ["pieces", "prix", "paiement", "penalites", "assurances", "resiliation", "travail", "litiges"], ctx)
    ae = [
        TITLE("Communauté de communes du Val de Sorgeline", "ACTE D'ENGAGEMENT",
              "Transport scolaire 2027-2030 – Lot n° 4 (sur 5) : circuits SOR-10 à SOR-12 (plateau)"),
    ] + bp("AE", ["acheteur", "contractant"], ctx) + [
        H("C – Offre de prix"),
        TAB([("Circuit", "Prix journalier HT"), ("SOR-10", "…………"), ("SOR-11", "…………"), ("SOR-12", "…………")]),
        P("Montant estimé du lot pour les trois années scolaires : 198^000 € HT. Ce montant est donné à titre "
          "indicatif et n'engage pas l'acheteur."),
    ] + bp("AE", ["paiement", "signature"], ctx)
    return dict(
        id="bv6-d08", title="Val de Sorgeline – transport scolaire, 5 lots, estimations par lot",
        pieces=[
            dict(file="RC_TS-2027.pdf", doc_type="RC", header=hd + " – RC", footer="RC transport scolaire", blocks=rc,
                 label=L(critere_environnemental=1, allotissement=1, nb_lots=5, montant_estime_ht=1284000,
                         evidence=["regroupés en cinq lots", "Total 1 284 000 €",
                                   "émissions de gaz à effet de serre et de polluants des véhicules affectés au lot (15 %)"])),
            dict(file="CCAP_TS-2027.pdf", doc_type="CCAP", header=hd + " – CCAP", footer="CCAP transport scolaire",
                 blocks=ccap,
                 label=L(clause_environnementale=1, allotissement=1, nb_lots=5,
                         evidence=["décomposé en cinq lots", "conformes au moins à la norme Euro VI ou fonctionnent au bioGNV"])),
            dict(file="AE_TS-2027_lot4.docx", doc_type="AE", header=hd, footer="AE lot 4", blocks=ae,
                 label=L(allotissement=1, nb_lots=5, montant_estime_ht=198000,
                         evidence=["Lot n° 4 (sur 5)", "Montant estimé du lot pour les trois années scolaires : 198 000 € HT"])),
        ],
        pos=["clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=5, montant_estime_ht=1284000),
        note="Estimations par lot avec ligne Total 1 284 000 ; marché ordinaire sans maximum. AE du lot 4 « sur 5 ». "
             "Coquille volontaire « Allotisement » dans le RC. Pièges : 48 heures par semaine (temps de travail), "
             "horaires 8 heures 20.")


def d09():
    ctx = dict(trib="Marnoise", site="https://achats.chi-pradel-marnoise.fr")
    hd = "Centre hospitalier intercommunal de Pradel-Marnoise – Blanchisserie (CHI-2027-21)"
    rc = [
        TITLE("Centre hospitalier intercommunal de Pradel-Marnoise", "RÈGLEMENT DE LA CONSULTATION",
              "Location-entretien des vêtements professionnels et traitement du linge",
              "Appel d'offres ouvert – CHI-2027-21"),
        H("1. Objet et allotissement"),
        P("La consultation porte sur la location et l'entretien des vêtements de travail des agents et sur le "
          "traitement du linge plat et du linge des résidents de l'EHPAD. Elle comprend deux lots :"),
        LST(["Lot 1 : location-entretien des vêtements professionnels ;",
             "Lot 2 : traitement du linge plat et des articles des résidents de l'EHPAD (lot réservé)."]),
        H("2. Réservation du lot 2"),
        P("Conformément aux articles L.~2113-12 à L.~2113-14 du code de la commande publique, le lot 2 est "
          "réservé à la fois aux entreprises adaptées et aux établissements et services d'aide par le travail "
          "(article L.~2113-12) et aux structures d'insertion par l'activité économique (article L.~2113-13)."),
        H("3. Montant"),
        P("Les accords-cadres sont conclus pour un montant maximum total de 540^000 € HT sur quatre ans, "
          "réparti comme suit : 360^000 € HT pour le lot 1 et 180^000 € HT pour le lot 2."),
        H("4. Critères"),
        TAB([("Critère", "Lot 1", "Lot 2"), ("Prix", "40", "40"), ("Valeur technique", "40", "45"),
             ("Impact environnemental du procédé (consommations d'eau et d'énergie, lessives, transport)", "20", "15")]),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Centre hospitalier intercommunal de Pradel-Marnoise", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Blanchisserie – accords-cadres CHI-2027-21, lots 1 et 2"),
        H("Article 1 – Objet"),
        P("Le présent CCAP s'applique aux deux lots : lot 1, location-entretien des vêtements professionnels ; "
          "lot 2, traitement du linge plat et des articles des résidents, réservé aux opérateurs mentionnés aux "
          "articles L.~2113-12 et L.~2113-13 du code de la commande publique."),
        H("Article 2 – Durée"),
        P("Les accords-cadres sont conclus pour une période initiale de deux ans, reconductible une fois pour "
          "deux ans."),
        H("Article 3 – Montants maximums"),
        TAB([("Lot", "Maximum HT sur quatre ans"), ("Lot 1", "360~000 €"), ("Lot 2", "180~000 €"),
             ("Total", "540~000 €")], widths=[2, 2], align="lr"),
        H("Article 4 – Délais"),
        P("Le linge est collecté deux fois par semaine ; il est restitué dans un délai de 72 heures. Les "
          "vêtements nominatifs neufs sont livrés dans les trois semaines suivant la demande."),
        H("Article 5 – Exigences environnementales"),
        P("Le titulaire utilise des lessives sans phosphates, dosées automatiquement, et recycle les eaux de "
          "rinçage ; il mutualise les tournées de collecte et de livraison. Il déclare chaque année les "
          "consommations d'eau et d'énergie par kilogramme de linge traité."),
    ] + bp("CCAP", ["pieces", "prix", "avance", "paiement", "penalites", "travail", "litiges"], ctx)
    avis = [
        TITLE("AVIS DE MARCHÉ – Fournitures et services", "Directive 2014/24/UE"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Centre hospitalier intercommunal de Pradel-Marnoise, 1 avenue des Tilleuls, "
          "Pradel. Adresse du profil d'acheteur : https://achats.chi-pradel-marnoise.fr"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Location-entretien des vêtements professionnels et traitement du linge. Numéro de "
          "référence : CHI-2027-21"),
        P("II.1.3) Type de marché : Services"),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 468^000,00 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être "
          "présentées pour tous les lots."),
        P("II.2.1) Intitulé : Vêtements professionnels. Lot n° : 1"),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 40 ; "
          "Critère de qualité – Nom : Impact environnemental du procédé / Pondération : 20 ; Prix – "
          "Pondération : 40"),
        P("II.2.14) Informations complémentaires : accord-cadre conclu avec un montant maximum de 360^000 EUR HT."),
        P("II.2.1) Intitulé : Linge plat et linge des résidents. Lot n° : 2"),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 45 ; "
          "Critère de qualité – Nom : Impact environnemental du procédé / Pondération : 15 ; Prix – "
          "Pondération : 40"),
        P("II.2.14) Informations complémentaires : accord-cadre conclu avec un montant maximum de 180^000 EUR HT."),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.5) Informations sur les marchés réservés : Le marché est réservé à des ateliers protégés et des "
          "opérateurs économiques dont l'objectif est l'intégration sociale et professionnelle de personnes "
          "handicapées ou défavorisées."),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : seul le lot 2 est réservé, en application des articles "
          "L.~2113-12 et L.~2113-13 du code de la commande publique."),
        P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif de Marnoise."),
    ]
    return dict(
        id="bv6-d09", title="CHI Pradel-Marnoise – blanchisserie, 2 lots dont un réservé EA/ESAT et SIAE",
        pieces=[
            dict(file="RC_blanchisserie.docx", doc_type="RC", header=hd, footer="RC", blocks=rc,
                 label=L(marche_reserve=1, reserve_base="L2113-12;L2113-13", critere_environnemental=1,
                         allotissement=1, nb_lots=2, montant_max_ht=540000,
                         evidence=["Elle comprend deux lots", "le lot 2 est réservé à la fois aux entreprises adaptées",
                                   "(article L. 2113-13)", "montant maximum total de 540 000 € HT sur quatre ans",
                                   "Impact environnemental du procédé"])),
            dict(file="CCAP_blanchisserie.pdf", doc_type="CCAP", header=hd + " – CCAP", footer="CCAP blanchisserie",
                 blocks=ccap,
                 label=L(marche_reserve=1, reserve_base="L2113-12;L2113-13", clause_environnementale=1,
                         allotissement=1, nb_lots=2, montant_max_ht=540000,
                         evidence=["s'applique aux deux lots", "réservé aux opérateurs mentionnés aux articles L. 2113-12 et L. 2113-13",
                                   "Total 540 000 €", "lessives sans phosphates"])),
            dict(file="avis_JOUE_CHI-2027-21.txt", doc_type="AVIS", header=hd, footer="", blocks=avis,
                 label=L(marche_reserve=1, reserve_base="L2113-12;L2113-13", critere_environnemental=1,
                         allotissement=1, nb_lots=2, montant_estime_ht=468000, montant_max_ht=540000,
                         evidence=["Ce marché est divisé en lots : oui", "Valeur hors TVA : 468 000,00 EUR",
                                   "montant maximum de 360 000 EUR HT", "montant maximum de 180 000 EUR HT",
                                   "seul le lot 2 est réservé, en application des articles L. 2113-12 et L. 2113-13",
                                   "Impact environnemental du procédé / Pondération : 20"])),
        ],
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_estime_ht=468000, montant_max_ht=540000,
                 reserve_base="L2113-12;L2113-13"),
        note="Total 540 000 donné avec sa ventilation (RC), tableau avec Total (CCAP), maxima par lot dans l'avis "
             "(360 000 + 180 000). Valeur totale estimée de l'avis 468 000, distincte du maximum. Lot 2 réservé "
             "à la fois L2113-12 et L2113-13 (articles cités, qui priment la case de l'avis). Nombre de lots "
             "de l'avis : deux lots décrits (lots 1 et 2).")


def d10():
    ctx = dict(trib="Lanvézec", site="https://www.lanvezec.fr/marches")
    hd = "Mairie de Lanvézec – Fournitures de bureau et consommables"
    rc = [
        TITLE("Mairie de Lanvézec", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture de papeterie, de fournitures de bureau et de consommables d'impression",
              "MAPA n° 2027-04"),
        H("Article 1 – Objet"),
        P("La consultation porte sur la fourniture et la livraison de papeterie, de petites fournitures de "
          "bureau et de consommables d'impression pour les services municipaux, la médiathèque et les trois "
          "écoles de la commune."),
        H("Article 2 – Forme et durée"),
        P("Il s'agit d'un accord-cadre à bons de commande passé selon la procédure adaptée, conclu pour un an "
          "reconductible une fois. Il comporte un montant minimum annuel de 10^000 € HT et un montant maximum "
          "annuel de 60^000 € TTC."),
        H("Article 3 – Critères de choix"),
        TAB([("Critère", "Pondération"), ("Prix (catalogue et remise)", "60 %"), ("Délais de livraison", "20 %"),
             ("Caractéristiques environnementales des produits proposés (produits recyclés, écolabels, recharges)", "20 %")]),
        H("Article 4 – Échantillons"),
        P("Les candidats fournissent un échantillon des articles 1 à 12 du bordereau, déposé en mairie avant la "
          "date limite, aux horaires d'ouverture (de 9 heures à 12 heures)."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "negociation", "renseignements"], ctx)
    ccap = [
        TITLE("Mairie de Lanvézec", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accord-cadre de fournitures de bureau et consommables – MAPA 2027-04"),
        H("Article 1 – Objet"),
        P("Le présent accord-cadre a pour objet la fourniture de papeterie, de fournitures de bureau et de "
          "consommables d'impression."),
        H("Article 2 – Durée"),
        P("L'accord-cadre est conclu pour une période d'un an à compter de sa notification ; il peut être "
          "reconduit une fois, par décision expresse, pour un an."),
        H("Article 3 – Montants"),
        P("L'accord-cadre est conclu avec un montant minimum annuel de 10~000 € HT et un montant maximum "
          "annuel de 60~000 € TTC. Les commandes sont passées au fil des besoins des services."),
        H("Article 4 – Livraisons"),
        P("Les livraisons sont groupées et n'interviennent pas plus d'une fois par semaine et par site. Le délai "
          "de livraison est de 72 heures ; la livraison est franco de port pour toute commande supérieure à "
          "150 € HT."),
        H("Article 5 – Exigences environnementales"),
        P("Le papier fourni est recyclé et porte l'Écolabel européen. Les emballages sont réduits au strict "
          "nécessaire et en carton recyclé. Le titulaire reprend gratuitement les cartouches d'encre et toners "
          "usagés, qu'il oriente vers le réemploi ou le recyclage, et remet chaque année un bilan des "
          "quantités collectées."),
    ] + bp("CCAP", ["pieces", "prix", "paiement", "penalites", "resiliation", "litiges"], ctx)
    return dict(
        id="bv6-d10", title="Lanvézec – fournitures de bureau, maximum TTC seulement",
        pieces=[
            dict(file="RC_MAPA_2027-04.docx", doc_type="RC", header=hd, footer="RC", blocks=rc,
                 label=L(critere_environnemental=1,
                         evidence=["Caractéristiques environnementales des produits proposés"])),
            dict(file="CCAP_MAPA_2027-04.pdf", doc_type="CCAP", header=hd + " – CCAP", footer="CCAP – MAPA 2027-04",
                 blocks=ccap, hyphen=True,
                 label=L(clause_environnementale=1,
                         evidence=["reprend gratuitement les cartouches d'encre et toners usagés",
                                   "Les livraisons sont groupées"])),
        ],
        pos=["clause_environnementale", "critere_environnemental"],
        values=V(),
        note="Maximum donné seulement TTC (60 000 € TTC par an) : montant_max_ht vide ; le seul chiffre HT est "
             "le minimum annuel (10 000 € HT). Aucune mention de lots (vide). Pièges : franco 150 € HT, 72 heures.")


def d11():
    ctx = dict(trib="Bruyères", site="https://marches.cc-hautes-bruyeres.fr")
    hd = "Communauté de communes des Hautes-Bruyères – Travaux de voirie (HB-2027-09)"
    rc = [
        TITLE("Communauté de communes des Hautes-Bruyères", "RÈGLEMENT DE LA CONSULTATION",
              "Accords-cadres de travaux de voirie et de signalisation",
              "Procédure adaptée – HB-2027-09"),
        H("Article 1 – Objet"),
        P("La consultation porte sur les travaux d'entretien et d'aménagement des voies communautaires et sur la "
          "signalisation horizontale et verticale."),
        H("Article 2 – Décomposition"),
        P("Les prestations sont réparties en deux lots :"),
        TAB([("Lot", "Désignation"), ("1", "Travaux de chaussées et de trottoirs"),
             ("2", "Signalisation horizontale et verticale")], widths=[1, 5]),
        H("Article 3 – Durée et montants"),
        P("Chaque accord-cadre est conclu pour une période initiale d'un an à compter de sa notification. Il est "
          "reconductible deux fois par reconduction expresse, pour une durée maximale de trois ans. Les montants "
          "annuels minimum et maximum de chaque lot sont fixés à l'article 3 du CCAP."),
        H("Article 4 – Clause d'insertion (lot 1)"),
        P("Le titulaire du lot 1 réserve à l'insertion de personnes éloignées de l'emploi une part des heures "
          "travaillées, dans les conditions de l'article 7 du CCAP. Le candidat indique dans l'acte "
          "d'engagement le nombre d'heures d'insertion qu'il s'engage à réaliser."),
        H("Article 5 – Critères"),
        P("Lot 1 : prix, 55 % ; valeur technique, 35 % ; nombre d'heures d'insertion proposé au-delà du minimum "
          "exigé, 10 %. Lot 2 : prix, 60 % ; valeur technique, 40 %."),
        P("Pour le critère d'insertion du lot 1, la note maximale est attribuée à l'offre proposant le plus "
          "grand nombre d'heures, les autres offres étant notées proportionnellement."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "negociation", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Communauté de communes des Hautes-Bruyères", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Travaux de voirie et de signalisation – accords-cadres HB-2027-09 (lots 1 et 2)"),
        H("Article 1 – Objet"),
        P("Le présent CCAP s'applique aux accords-cadres à bons de commande des lots 1 (chaussées et trottoirs) "
          "et 2 (signalisation)."),
        H("Article 2 – Durée"),
        P("La durée de l'accord-cadre et ses reconductions sont fixées à l'article 4 de l'acte d'engagement."),
        H("Article 3 – Montants"),
        P("Chaque accord-cadre est conclu avec les montants annuels suivants :"),
        TAB([("Lot", "Minimum annuel HT", "Montant maxium annuel HT"),
             ("Lot 1", "40~000 €", "150~000 €"), ("Lot 2", "10~000 €", "70~000 €")],
            lines=False, widths=[2, 2, 2.4], align="lrr"),
        H("Article 4 – Exécution des bons de commande"),
        P("Le délai d'exécution est fixé par chaque bon de commande et ne peut être inférieur à quinze jours, "
          "sauf urgence. Les travaux de nuit, réalisés entre 21 heures et 6 heures, donnent lieu à l'application "
          "des prix majorés du bordereau."),
        H("Article 5 – Matériaux"),
        P("Les enrobés mis en œuvre comportent au moins 20 % d'agrégats d'enrobés recyclés. Les peintures "
          "routières sont en phase aqueuse, sans solvants ; les panneaux déposés sont repris et recyclés par le "
          "titulaire."),
    ] + bp("CCAP", ["pieces"], ctx) + [
        H("Article 7 – Clause sociale (lot 1)"),
        P("Le titulaire du lot 1 réserve à des personnes éloignées de l'emploi au moins 5 % du nombre total "
          "d'heures travaillées pour l'exécution des bons de commande, et au minimum le nombre d'heures sur "
          "lequel il s'est engagé dans l'acte d'engagement. Il justifie les heures réalisées chaque semestre."),
    ] + bp("CCAP", ["prix", "avance", "paiement", "penalites", "travail", "litiges"], ctx)
    ae = [
        TITLE("Communauté de communes des Hautes-Bruyères", "ACTE D'ENGAGEMENT",
              "Lot 1 : Travaux de chaussées et de trottoirs – accord-cadre HB-2027-09"),
    ] + bp("AE", ["acheteur", "contractant"], ctx) + [
        H("Article 3 – Prix"),
        P("Les prestations sont rémunérées par application des prix du bordereau aux quantités exécutées, dans "
          "la limite des montants annuels fixés à l'article 3 du CCAP."),
        H("Article 4 – Durée"),
        P("L'accord-cadre est conclu pour un an à compter de sa notification, reconductible deux fois par "
          "décision expresse ; sa durée maximale est de trois ans."),
        H("Article 5 – Engagement d'insertion"),
        P("Je m'engage à réaliser au minimum ….. heures d'insertion pendant la durée de l'accord-cadre, "
          "reconductions comprises."),
    ] + bp("AE", ["paiement", "signature"], ctx)
    return dict(
        id="bv6-d11", title="Hautes-Bruyères – voirie, 2 lots, maxima annuels, durée dans l'AE",
        pieces=[
            dict(file="RC_HB-2027-09.pdf", doc_type="RC", header=hd + " – RC", footer="RC HB-2027-09", blocks=rc,
                 hyphen=True,
                 label=L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=2,
                         evidence=["Les prestations sont réparties en deux lots",
                                   "réserve à l'insertion de personnes éloignées de l'emploi une part des heures",
                                   "nombre d'heures d'insertion proposé au-delà du minimum exigé, 10 %"])),
            dict(file="CCAP_HB-2027-09.pdf", doc_type="CCAP", header=hd + " – CCAP", footer="CCAP HB-2027-09",
                 blocks=ccap,
                 label=L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=2,
                         montant_max_ht=220000,
                         evidence=["Lot 1 40 000 € 150 000 €", "Lot 2 10 000 € 70 000 €",
                                   "[annuel, durée renvoyée à l'AE : 150 000 + 70 000]",
                                   "au moins 5 % du nombre total d'heures travaillées",
                                   "au moins 20 % d'agrégats d'enrobés recyclés"])),
            dict(file="AE_HB-2027-09_lot1.docx", doc_type="AE", header=hd, footer="AE lot 1", blocks=ae,
                 label=L(clause_sociale=1, clause_insertion=1, allotissement=1,
                         evidence=["Lot 1 : Travaux de chaussées et de trottoirs",
                                   "Je m'engage à réaliser au minimum ….. heures d'insertion"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(allotissement=1, nb_lots=2, montant_max_ht=660000),
        note="Maxima ANNUELS par lot au CCAP (150 000 + 70 000 = 220 000, tableau sans filets, coquille "
             "volontaire « maxium »), durée (1 an + 2 reconductions) seulement dans le RC et l'AE : dossier = "
             "220 000 x 3 = 660 000. Pièce CCAP seule : 220 000 (montant annuel, sans durée dans la pièce). "
             "Heures : « 5 % des heures » et « ….. heures » à remplir : aucun nombre. Pièges : minima annuels, "
             "travaux de nuit 21 heures-6 heures.")


def d12():
    ctx = dict(trib="Berlenc", site="https://marches.siea-berlenc.fr")
    hd = "Syndicat intercommunal des eaux du Berlenc – Maîtrise d'œuvre STEU (SIEB-2027-MOE)"
    rc = [
        TITLE("Syndicat intercommunal des eaux du Berlenc", "RÈGLEMENT DE LA CONSULTATION",
              "Mission de maîtrise d'œuvre pour la réhabilitation de la station de traitement des eaux usées de Berlenc-Bas",
              "Procédure adaptée – articles R.~2123-1 et R.~2172-1 du code de la commande publique"),
        H("Article 1 – Objet"),
        P("La consultation porte sur une mission de maîtrise d'œuvre comprenant les éléments de mission de base "
          "et une mission d'exécution partielle, pour la réhabilitation de la station de traitement des eaux "
          "usées de Berlenc-Bas, d'une capacité de 12~000 équivalents-habitants."),
        H("Article 2 – Allotissement"),
        P("La mission n'est pas allotie : elle porte sur la conception d'un ouvrage unique dont les éléments de "
          "mission sont indissociables, conformément à l'article L.~2113-11 du code de la commande publique."),
        H("Article 3 – Enveloppe financière et estimation"),
        P("L'enveloppe financière prévisionnelle affectée aux travaux par le maître d'ouvrage est de "
          "2~750~000 € HT (valeur mars 2027). Le montant estimé des honoraires de maîtrise d'œuvre est de "
          "236~000 € HT."),
        P("Pour mémoire, la maîtrise d'œuvre de la précédente extension de la station (2012) avait été "
          "rémunérée 148~000 € HT."),
        H("Article 4 – Critères de jugement"),
        TAB([("Critère", "Pondération"), ("Méthodologie, organisation et moyens", "40 %"), ("Prix", "30 %"),
             ("Démarche environnementale proposée pour la conception et le chantier (réduction des consommations "
              "énergétiques de la station, réemploi des matériaux)", "20 %"), ("Délais d'études", "10 %")],
            widths=[4, 1], align="lr"),
        H("Article 5 – Visite"),
        P("Une visite de la station, d'une durée d'environ deux heures, est proposée le 18 mars 2027 à 14 heures."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "negociation", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Syndicat intercommunal des eaux du Berlenc", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Maîtrise d'œuvre – réhabilitation de la STEU de Berlenc-Bas"),
        H("Article 1 – Objet"),
        P("Le présent marché de maîtrise d'œuvre est régi par le CCAG applicable aux marchés de maîtrise "
          "d'œuvre et par les articles R.~2431-1 et suivants du code de la commande publique."),
        H("Article 2 – Rémunération"),
        P("Le forfait provisoire de rémunération est égal au produit du taux de rémunération proposé par "
          "l'enveloppe financière prévisionnelle des travaux, fixée à 2~750~000 € HT. Il devient définitif à "
          "l'acceptation de l'avant-projet définitif, sur la base du coût prévisionnel des travaux alors "
          "arrêté. Le seuil de tolérance est fixé à 4 % au-delà de ce coût."),
        H("Article 3 – Délais"),
        P("Les délais d'études sont ceux proposés dans l'acte d'engagement. Les documents sont remis sous forme "
          "numérique ; le maître d'ouvrage notifie sa décision dans un délai de trois semaines."),
    ] + bp("CCAP", ["pieces", "avance", "paiement", "penalites", "assurances", "resiliation", "confidentialite", "litiges"], ctx)
    return dict(
        id="bv6-d12", title="Berlenc – maîtrise d'œuvre, non allotie, enveloppe travaux piège",
        pieces=[
            dict(file="RC_MOE_STEU.pdf", doc_type="RC", header=hd + " – RC", footer="RC maîtrise d'œuvre", blocks=rc,
                 label=L(critere_environnemental=1, allotissement=0, montant_estime_ht=236000,
                         evidence=["La mission n'est pas allotie",
                                   "Le montant estimé des honoraires de maîtrise d'œuvre est de 236 000 € HT",
                                   "Démarche environnementale proposée pour la conception et le chantier"])),
            dict(file="CCAP_MOE_STEU.docx", doc_type="CCAP", header=hd, footer="CCAP maîtrise d'œuvre", blocks=ccap,
                 label=L(evidence=[])),
        ],
        pos=["critere_environnemental"],
        values=V(allotissement=0, montant_estime_ht=236000),
        note="Estimation du marché = honoraires 236 000 € HT ; pièges : enveloppe des travaux 2 750 000 € HT "
             "(RC et CCAP), honoraires de la mission précédente 148 000 € HT, seuil d'avance. CCAP sans "
             "aucune valeur.")


def d13():
    ctx = dict(trib="Ravines", site="https://marches.sictom-deux-ravines.fr")
    hd = "SICTOM des Deux-Ravines – Collecte des déchets ménagers (SDR-2027-01)"
    avis = [
        TITLE("AVIS D'ATTRIBUTION", "SICTOM des Deux-Ravines"),
        P("Nom et adresse de l'acheteur : SICTOM des Deux-Ravines, zone artisanale des Ravines, Ravières."),
        P("Objet : collecte des déchets ménagers et assimilés – accord-cadre SDR-2027-01."),
        P("Type de procédure : appel d'offres ouvert. Avis d'appel à la concurrence publié le 14 mars 2027."),
        H("Attribution"),
        P("Lot n° 2 : collecte sélective des emballages et papiers en points d'apport volontaire."),
        P("Date d'attribution : 6 juillet 2027. Nombre d'offres reçues : 3."),
        P("Titulaire : Société Ravinoise de Propreté (SRP), 12 rue des Forges, Ravières – PME : oui."),
        P("Montant maximum de l'accord-cadre pour ce lot : 1^150^000 EUR HT sur six ans."),
        P("Offre la plus basse : 1^012^300 EUR ; offre la plus élevée : 1^318^400 EUR (montants du détail "
          "quantitatif estimatif, prises en considération)."),
        P("Sous-traitance : non."),
        P("Instance chargée des procédures de recours : tribunal administratif de Ravines."),
    ]
    rc = [
        TITLE("SICTOM des Deux-Ravines", "RÈGLEMENT DE LA CONSULTATION",
              "Collecte des déchets ménagers et assimilés", "Appel d'offres ouvert – SDR-2027-01"),
        H("Article 1 – Objet et lots"),
        P("La consultation porte sur la collecte des déchets ménagers et assimilés des 31 communes membres. Elle "
          "est divisée en deux lots :"),
        LST(["lot 1 : collecte en porte-à-porte des ordures ménagères résiduelles et des biodéchets ;",
             "lot 2 : collecte sélective des emballages et papiers en points d'apport volontaire."]),
        H("Article 2 – Durée"),
        P("Chaque accord-cadre est conclu pour six ans à compter du 1er janvier 2028."),
        H("Article 3 – Insertion"),
        P("Le lot 1 comporte une clause d'insertion professionnelle décrite à l'article 9 du CCAP."),
        H("Article 4 – Critères"),
        P("Prix : 50 % ; valeur technique : 30 % ; performance environnementale des véhicules et optimisation "
          "des tournées (émissions, kilomètres parcourus, niveau sonore) : 20 %."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "examen", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("SICTOM des Deux-Ravines", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Collecte des déchets ménagers et assimilés – accords-cadres SDR-2027-01"),
        H("Article 1 – Objet et lots"),
        P("Le présent CCAP s'applique aux deux lots de la consultation (lot 1 : ordures ménagères résiduelles et "
          "biodéchets ; lot 2 : collecte sélective en points d'apport volontaire)."),
        H("Article 2 – Durée"),
        P("Chaque accord-cadre est conclu pour une durée de six ans à compter du 1er janvier 2028."),
        H("Article 3 – Montants"),
        P("Les montants maxi-" + BR + "mums de chaque accord-cadre, pour la durée totale de six ans, sont les "
          "suivants :"),
        TAB([("Lot", "Montant maximum HT"), ("Lot 1 – OMR et biodéchets", "2~600~000 €"),
             ("Lot 2 – Collecte sélective", "1~150~000 €")], widths=[3, 2], align="lr"),
        H("Article 4 – Horaires"),
        P("La collecte débute à 5 heures dans le centre des bourgs et s'achève au plus tard à 13 heures. Les "
          "bacs renversés sont remis en place ; les réclamations sont traitées sous 24 heures."),
        H("Article 5 – Véhicules"),
        P("Les véhicules de collecte fonctionnent au bioGNV ou à l'électricité, sont équipés de la pesée "
          "embarquée et respectent la norme Euro VI pour les véhicules thermiques de secours. Les conducteurs "
          "suivent une formation à l'écoconduite dans les six mois suivant le début d'exécution."),
    ] + bp("CCAP", ["pieces", "prix", "paiement"], ctx) + [
        H("Article 9 – Clause d'insertion (lot 1)"),
        P("Le titulaire du lot 1 consacre à l'insertion de personnes éloignées de l'emploi 1~500 heures de "
          "travail par année d'exécution. Il tient à jour un tableau de suivi transmis chaque trimestre au "
          "SICTOM et au facilitateur du PLIE des Ravines."),
        P("À titre d'information, le précédent marché de collecte en porte-à-porte (2021-2027) a donné lieu à la "
          "réalisation de 7~900 heures d'insertion."),
    ] + bp("CCAP", ["penalites", "assurances", "travail", "litiges"], ctx)
    return dict(
        id="bv6-d13", title="SICTOM des Deux-Ravines – collecte, 2 lots, heures annuelles, avis d'attribution du lot 2",
        pieces=[
            dict(file="avis_attribution_lot2.txt", doc_type="AVIS", header=hd, footer="", blocks=avis,
                 label=L(allotissement=1, montant_max_ht=1150000,
                         evidence=["Lot n° 2 : collecte sélective",
                                   "Montant maximum de l'accord-cadre pour ce lot : 1 150 000 EUR HT sur six ans"])),
            dict(file="RC_SDR-2027-01.docx", doc_type="RC", header=hd, footer="RC", blocks=rc,
                 label=L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=2,
                         evidence=["divisée en deux lots", "Le lot 1 comporte une clause d'insertion professionnelle",
                                   "performance environnementale des véhicules et optimisation des tournées"])),
            dict(file="CCAP_SDR-2027-01.pdf", doc_type="CCAP", header=hd + " – CCAP", footer="CCAP SDR-2027-01",
                 blocks=ccap,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, clause_environnementale=1,
                         allotissement=1, nb_lots=2, montant_max_ht=3750000,
                         evidence=["s'applique aux deux lots", "Lot 1 – OMR et biodéchets 2 600 000 €",
                                   "Lot 2 – Collecte sélective 1 150 000 €",
                                   "1 500 heures de travail par année d'exécution",
                                   "fonctionnent au bioGNV ou à l'électricité"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1500, allotissement=1, nb_lots=2, montant_max_ht=3750000),
        note="Maxima par lot sur six ans sans total : 2 600 000 + 1 150 000 = 3 750 000 (libellé « maxi-/mums » "
             "coupé en fin de ligne). Heures données SEULEMENT par an (1 500 h par année d'exécution, pas de "
             "total écrit) : valeur « telle qu'écrite » = 1 500 (lecture de LABELS.md, voir README). Avis "
             "d'attribution du seul lot 2 : alloti, nombre de lots non donné. Pièges : 7 900 h du précédent "
             "marché, offres la plus basse/la plus élevée, horaires 5 heures-13 heures.")


def d14():
    ctx = dict(trib="Orvèze", site="https://marches.univ-haute-orveze.fr")
    hd = "Université de Haute-Orvèze – Nettoyage des surfaces vitrées (UHO-2027-33)"
    rc = [
        TITLE("Université de Haute-Orvèze", "RÈGLEMENT DE LA CONSULTATION",
              "Nettoyage des surfaces vitrées, façades vitrées et verrières des campus",
              "Accord-cadre multi-attributaire – Appel d'offres ouvert – UHO-2027-33"),
        H("Article 1 – Objet"),
        P("La consultation porte sur le nettoyage périodique des vitreries intérieures et extérieures, des "
          "façades vitrées et des verrières des trois campus de l'université."),
        H("Article 2 – Décomposition"),
        P("L'accord-cadre n'est pas décomposé en lots : le nettoyage des surfaces vitrées, qui mobilise les "
          "mêmes techniques et les mêmes équipements de travail en hauteur sur tous les sites, ne permet pas "
          "l'identification de prestations distinctes au sens de l'article L.~2113-10 du code de la commande "
          "publique."),
        H("Article 3 – Forme et montant"),
        P("Il s'agit d'un accord-cadre conclu avec trois opérateurs économiques au plus, exécuté par marchés "
          "subséquents après remise en concurrence des titulaires. Le montant maximum de l'accord-cadre est "
          "fixé à 400~000 € HT pour sa durée totale de quatre ans. Chaque marché subséquent est d'un montant "
          "inférieur ou égal à 40~000 € HT."),
        H("Article 4 – Clause sociale"),
        P("Les titulaires sont soumis à une obligation d'insertion professionnelle dont le volume horaire est "
          "défini à l'article 8 du CCAP."),
        H("Article 5 – Critères"),
        P("Attribution de l'accord-cadre : valeur technique 60 % ; prix (bordereau de référence) 40 %. Marchés "
          "subséquents : prix 70 % ; délai d'intervention 30 %."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "examen", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Université de Haute-Orvèze", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Nettoyage des surfaces vitrées – accord-cadre multi-attributaire UHO-2027-33"),
        H("Article 1 – Objet et forme"),
        P("L'accord-cadre est conclu avec trois titulaires au plus ; il est exécuté par marchés subséquents."),
        H("Article 2 – Montant"),
        P("Le montant maximum de l'accord-cadre est de 400^000 € HT pour la durée totale de quatre ans, tous "
          "titulaires confondus. Le montant de chaque marché subséquent est plafonné à 40^000 € HT."),
        H("Article 3 – Durée"),
        P("L'accord-cadre est conclu pour une durée de quatre ans à compter de sa notification."),
        H("Article 4 – Délais"),
        P("Chaque marché subséquent fixe ses délais. En cas de bris de vitrage ou de salissure exceptionnelle, "
          "le titulaire intervient dans un délai de 24 heures."),
        H("Article 5 – Produits et consommations"),
        P("Le titulaire utilise des produits biodégradables et des perches à eau osmosée, qui évitent l'emploi "
          "de détergents ; il limite la consommation d'eau et récupère les eaux de lavage des verrières."),
    ] + bp("CCAP", ["pieces", "prix"], ctx) + [
        H("Article 8 – Clause d'insertoin"),
        P("Chaque titulaire de l'accord-cadre réserve à des personnes éloignées de l'emploi un volume global de "
          "350^heures de travail sur la durée de l'accord-cadre. Ces heures s'ajoutent aux 21 heures de "
          "formation à la sécurité (travail en hauteur) que le titulaire dispense à chaque salarié en insertion "
          "avant toute intervention."),
    ] + bp("CCAP", ["paiement", "penalites", "assurances", "travail", "litiges"], ctx)
    return dict(
        id="bv6-d14", title="Université de Haute-Orvèze – vitrerie, multi-attributaire, plafond des subséquents",
        pieces=[
            dict(file="RC_UHO-2027-33.pdf", doc_type="RC", header=hd + " – RC", footer="RC UHO-2027-33", blocks=rc,
                 label=L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_max_ht=400000,
                         evidence=["L'accord-cadre n'est pas décomposé en lots",
                                   "Le montant maximum de l'accord-cadre est fixé à 400 000 € HT pour sa durée totale",
                                   "obligation d'insertion professionnelle"])),
            dict(file="CCAP_UHO-2027-33.docx", doc_type="CCAP", header=hd, footer="CCAP", blocks=ccap,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=350, clause_environnementale=1,
                         montant_max_ht=400000,
                         evidence=["Le montant maximum de l'accord-cadre est de 400 000 € HT",
                                   "un volume global de 350 heures de travail",
                                   "produits biodégradables et des perches à eau osmosée"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=350, allotissement=0, montant_max_ht=400000),
        note="Maximum global 400 000 ; piège : plafond de 40 000 € HT par marché subséquent. Heures 350 (par "
             "titulaire, valeur telle qu'écrite) ; piège : 21 heures de formation. Coquille volontaire "
             "« insertoin » dans le titre de l'article 8.")


def d15():
    ctx = dict(trib="Belvézac", site="https://www.belvezac.fr/marches-publics")
    hd = "Ville de Belvézac – Maintenance multitechnique des bâtiments (BEL-2027-12)"
    ccap = [
        TITLE("Ville de Belvézac", "CAHIER DES CLAUSES PARTICULIÈRES – CLAUSES ADMINISTRATIVES",
              "Maintenance multitechnique des bâtiments communaux – BEL-2027-12"),
        H("Article 1 – Objet"),
        P("Le marché porte sur la maintenance préventive et corrective des installations techniques des "
          "bâtiments communaux : chauffage, ventilation, plomberie, électricité, menuiseries et serrurerie."),
        H("Article 2 – Allotissement"),
        P("Le marché n'est pas alloti. Une maintenance multitechnique confiée à un titulaire unique garantit un "
          "interlocuteur unique et la coordination des interventions sur des installations imbriquées ; la "
          "ville ne dispose pas des moyens d'assurer elle-même cette coordination (article L.~2113-11 du code de "
          "la commande publique)."),
        H("Article 3 – Durée"),
        P("Le marché est conclu pour une période initiale d'un an à compter du 1er janvier 2028. Il est "
          "reconductible trois fois par période d'un an."),
        H("Article 4 – Montants"),
        P("Le marché est un accord-cadre à bons de commande. Le montant minimum des commandes est de 20~000 € HT "
          "par période d'exécution ; le montant maximum des commandes est de 180~000 € HT par période "
          "d'exécution (période initiale et chacune des reconductions)."),
        H("Article 5 – Délais d'intervention"),
        P("Les délais d'intervention sont fixés au CCTP : 4 heures pour une urgence, 48 heures pour une panne "
          "non urgente, deux semaines pour les travaux programmés."),
    ] + bp("CCAP", ["pieces", "prix", "avance", "paiement"], ctx) + [
        H("Article 10 – Clause d'insertion"),
        P("Le titulaire réalise le nombre d'heures d'insertion sur lequel il s'est engagé à l'article 5 de "
          "l'acte d'engagement, qui ne peut être inférieur au minimum indiqué dans ce même article. Les heures "
          "sont réalisées par des personnes éloignées de l'emploi, embauchées directement ou mises à "
          "disposition par une structure d'insertion."),
        P("Le facilitateur de la Maison de l'emploi de Belvézac consacre environ 12 heures par an au suivi de "
          "la clause et à la validation des publics. Chaque heure non réalisée donne lieu à une pénalité de "
          "45 € HT."),
    ] + bp("CCAP", ["penalites", "assurances", "travail", "litiges"], ctx)
    cctp = [
        TITLE("Ville de Belvézac", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Maintenance multitechnique des bâtiments communaux – BEL-2027-12"),
        H("1. Périmètre"),
        P("Le périmètre comprend 38 bâtiments : groupe scolaire, salles de sport, médiathèque, hôtel de ville, "
          "centre technique, salles associatives. La liste et les équipements figurent en annexe 1."),
        H("2. Organisation des prestations"),
        P("Les prestations sont organisées en quatre lots techniques : lot technique CVC (chauffage, ventilation, "
          "climatisation) ; lot technique plomberie-sanitaires ; lot technique électricité et courants faibles ; "
          "lot technique menuiseries et serrurerie. Pour chaque lot technique, le titulaire désigne un référent."),
        H("3. Maintenance préventive"),
        P("Le titulaire établit un plan de maintenance préventive par bâtiment et par lot technique, validé par "
          "les services techniques dans le mois suivant la notification. Les visites sont planifiées en dehors "
          "des heures d'occupation des locaux."),
        H("4. Maintenance corrective"),
        P("Le titulaire intervient dans un délai de 4 heures pour une urgence (fuite, absence de chauffage, "
          "défaut d'alarme), 48 heures pour une panne non urgente. L'intervention dure au moins 2 heures sur "
          "site lorsqu'un diagnostic est nécessaire."),
        H("5. Pièces et déchets"),
        P("Les sources lumineuses remplacées sont des LED. Les lampes, piles, batteries et déchets d'équipements "
          "électriques déposés sont remis aux éco-organismes agréés ; le titulaire en fournit les bordereaux. Les "
          "fluides frigorigènes sont récupérés et tracés."),
        H("6. Comptes rendus"),
        P("Chaque intervention donne lieu à un compte rendu saisi dans la GMAO de la ville dans les 24 heures."),
        H("7. Astreinte"),
        P("Le titulaire organise une astreinte technique joignable en permanence, week-ends et jours fériés "
          "compris. Le numéro d'astreinte est communiqué au gardien de chaque site."),
        H("8. Documentation"),
        P("Le titulaire tient à jour les carnets sanitaires, les registres de sécurité et les rapports de "
          "vérification périodique. Il signale toute non-conformité réglementaire constatée."),
        H("9. Fin de contrat"),
        P("Trois mois avant l'échéance, le titulaire remet un état des installations et transfère les données "
          "de la GMAO au format ouvert."),
        H("10. Pilotage"),
        P("Une réunion de lancement est organisée dans les quinze jours suivant la notification. Un comité de "
          "suivi se réunit chaque trimestre : le titulaire y présente le taux de réalisation de la maintenance "
          "préventive, le nombre et la durée des pannes, les délais d'intervention constatés et les "
          "propositions d'amélioration. Le compte rendu est rédigé par le titulaire."),
        H("11. Hygiène et sécurité"),
        P("Avant toute intervention dans un établissement recevant du public en activité, un plan de "
          "prévention est établi. Le personnel porte les équipements de protection individuelle adaptés ; les "
          "travaux par point chaud donnent lieu à un permis de feu. Les interventions dans les écoles ont lieu "
          "hors présence des élèves, sauf urgence."),
        H("12. Personnel"),
        P("Le titulaire affecte au marché des techniciens habilités (habilitations électriques, attestation de "
          "capacité pour les fluides frigorigènes). Il communique la liste nominative des intervenants et la "
          "tient à jour."),
        H("13. Inventaire et annexes"),
        P("L'annexe 1 recense les bâtiments, l'annexe 2 les équipements par lot technique et l'annexe 3 les "
          "gammes de maintenance minimales. L'inventaire est mis à jour par le titulaire à chaque remplacement "
          "d'équipement."),
    ]
    ae = [
        TITLE("Ville de Belvézac", "ACTE D'ENGAGEMENT", "Maintenance multitechnique des bâtiments communaux – BEL-2027-12"),
    ] + bp("AE", ["acheteur", "contractant"], ctx) + [
        H("Article 3 – Prix"),
        P("Les prestations sont rémunérées par application des prix du bordereau des prix unitaires aux "
          "quantités commandées."),
        H("Article 4 – Durée"),
        P("La durée est celle fixée à l'article 3 du cahier des clauses particulières."),
        H("Article 5 – Engagement d'insertion"),
        P("Le minimum exigé par l'acheteur est de 500 heures d'insertion sur la durée totale du marché, "
          "reconductions comprises."),
        TAB([("Engagement du candidat", "Nombre d'heures"),
             ("Heures d'insertion proposées (au moins égales au minimum)", "……………… heures")], widths=[3, 2]),
    ] + bp("AE", ["paiement", "signature"], ctx)
    return dict(
        id="bv6-d15", title="Belvézac – maintenance multitechnique, non alloti, lots techniques, heures dans l'AE",
        pieces=[
            dict(file="CCP_administratif_BEL-2027-12.pdf", doc_type="CCAP", header=hd + " – CCAP", footer="CCAP BEL-2027-12",
                 blocks=ccap, hyphen=True,
                 label=L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_max_ht=720000,
                         evidence=["Le marché n'est pas alloti",
                                   "le montant maximum des commandes est de 180 000 € HT par période d'exécution",
                                   "reconductible trois fois", "[180 000 x 4 périodes]",
                                   "réalise le nombre d'heures d'insertion"])),
            dict(file="CCTP_BEL-2027-12.pdf", doc_type="CCTP", header=hd + " – CCTP", footer="CCTP BEL-2027-12",
                 blocks=cctp,
                 label=L(clause_environnementale=1,
                         evidence=["remis aux éco-organismes agréés"])),
            dict(file="AE_BEL-2027-12.docx", doc_type="AE", header=hd, footer="AE", blocks=ae,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=500,
                         evidence=["Le minimum exigé par l'acheteur est de 500 heures d'insertion"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=500, allotissement=0, montant_max_ht=720000),
        note="Maximum par période 180 000 € HT x 4 périodes (1 an + 3 reconductions, même article voisin) = "
             "720 000 ; piège minimum 20 000 par période. Heures seulement dans l'AE (minimum 500), le CCAP y "
             "renvoie. Le CCTP parle de « lots techniques » : allotissement vide pour cette pièce. Pièges : 12 "
             "heures du facilitateur, délais 4/48/24 heures.")


def d16():
    ctx = dict(trib="Vaudrémont", site="https://marches.metropole-vaudremont.fr")
    hd = "Métropole de Vaudrémont – Surveillance et accueil des sites culturels (MV-2027-40)"
    rc = [
        TITLE("Métropole de Vaudrémont", "RÈGLEMENT DE LA CONSULTATION",
              "Surveillance, gardiennage et accueil du musée des Beaux-Arts, du conservatoire et de l'Arsenal",
              "Appel d'offres ouvert – MV-2027-40"),
        H("Article 1 – Objet"),
        P("La consultation porte sur la surveillance humaine, la sécurité incendie, le gardiennage et l'accueil "
          "des trois sites culturels métropolitains."),
        H("Article 2 – Allotissement"),
        P("La consultation fait l'objet d'un lot unique. La surveillance des trois sites, reliés à un même poste "
          "central de sécurité et assurée par une équipe polyvalente, ne permet pas l'identification de "
          "prestations distinctes."),
        H("Article 3 – Forme et montant"),
        P("Il s'agit d'un accord-cadre à bons de commande conclu pour un an, reconductible trois fois, sans "
          "montant minimum et avec un montant maximum de 1~250~000 € HT pour sa durée totale, reconductions "
          "comprises."),
        H("Article 4 – Clause sociale"),
        P("Le titulaire met en œuvre une action d'insertion professionnelle au profit de personnes éloignées de "
          "l'emploi, selon l'article 9 du CCAP."),
        H("Article 5 – Critères"),
        TAB([("Critère", "Pondération"), ("Prix", "40 %"),
             ("Valeur technique (organisation, encadrement, plan de formation)", "45 %"),
             ("Conditions d'emploi et de formation des agents et modalités de mise en œuvre de la clause d'insertion", "15 %")],
            widths=[4, 1], align="lr"),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "examen", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Métropole de Vaudrémont", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Surveillance et accueil des sites culturels – accord-cadre MV-2027-40"),
        H("Article 1 – Objet"),
        P("Le présent accord-cadre porte sur la surveillance, la sécurité incendie et l'accueil de trois sites "
          "culturels."),
        H("Article 2 – Pièces et ordre de priorité"),
        P("En cas de contradiction, les stipulations du présent CCAP prévalent sur celles du CCTP, notamment "
          "en ce qui concerne la clause d'insertion."),
        H("Article 3 – Durée"),
        P("L'accord-cadre est conclu pour une période initiale d'un an, reconductible tacitement trois fois."),
        H("Article 4 – Montant"),
        P("L'accord-cadre est conclu sans minimum et avec un montant maximum de 1^250^000 € HT sur sa durée "
          "totale, reconductions comprises."),
        H("Article 5 – Personnel"),
        P("Les agents sont titulaires de la carte professionnelle et des qualifications SSIAP requises. Ils ne "
          "peuvent être employés plus de 48 heures par semaine ni plus de 12 heures par vacation."),
    ] + bp("CCAP", ["prix", "paiement", "penalites"], ctx) + [
        H("Article 9 – Action d'insertion"),
        P("Le titulaire réserve à des personnes éloignées de l'emploi au moins 1^000 heures de travail sur la "
          "durée totale de l'accord-cadre. Les heures peuvent être réalisées par embauche directe, par "
          "mise à disposition ou dans le cadre d'un contrat de professionnalisation."),
    ] + bp("CCAP", ["assurances", "confidentialite", "travail", "litiges"], ctx)
    cctp = [
        TITLE("Métropole de Vaudrémont", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Surveillance et accueil des sites culturels – MV-2027-40"),
        H("Article 1 – Sites"),
        P("Musée des Beaux-Arts (ouvert de 10 heures à 18 heures, nocturne le jeudi jusqu'à 21 heures), "
          "conservatoire (7 heures – 23 heures), salle de l'Arsenal (soirées de spectacle)."),
        H("Article 2 – Missions"),
        P("Contrôle des accès, rondes, surveillance vidéo depuis le poste central, sécurité incendie, accueil et "
          "orientation du public, gestion des objets trouvés. Les consignes détaillées figurent en annexe."),
        H("Article 3 – Effectifs"),
        P("Le titulaire affecte au minimum deux agents SSIAP 1 au musée pendant les heures d'ouverture, un chef "
          "d'équipe SSIAP 2 au poste central et le nombre d'agents d'accueil fixé par les bons de commande."),
        H("Article 4 – Rondes extérieures"),
        P("Les rondes extérieures entre les sites sont effectuées à vélo à assistance électrique ou avec un "
          "véhicule électrique ; aucun véhicule thermique n'est utilisé pour les rondes."),
        H("Article 5 – Formation"),
        P("Chaque agent suit une formation d'accueil des publics en situation de handicap et une formation aux "
          "gestes de premiers secours avant sa prise de poste."),
        H("Article 6 – Insertion"),
        P("Le titulaire affecte des personnes en insertion à hauteur de 800 heures sur la durée du marché, en "
          "priorité sur les missions d'accueil."),
        H("Article 7 – Main courante"),
        P("Les événements sont consignés dans une main courante électronique consultable par la métropole ; un "
          "rapport mensuel est transmis."),
        H("Article 8 – Événements exceptionnels"),
        P("Pour les soirées de spectacle et les événements exceptionnels, la métropole commande les renforts au "
          "moins 72 heures à l'avance ; le titulaire confirme les effectifs la veille."),
        H("Article 9 – Tenue et comportement"),
        P("Les agents portent une tenue fournie par le titulaire, avec badge nominatif. Ils s'expriment en "
          "français ; la pratique de l'anglais est souhaitée pour l'accueil au musée."),
        H("Article 10 – Contrôle de la qualité"),
        P("La métropole réalise des contrôles inopinés. Chaque écart donne lieu à une fiche de non-conformité à "
          "laquelle le titulaire répond sous huit jours."),
    ] + bp("CCTP", ["normes", "personnel", "securite", "reunions", "reversibilite"], ctx)
    return dict(
        id="bv6-d16", title="Métropole de Vaudrémont – surveillance, lot unique, heures en conflit (CCTP)",
        pieces=[
            dict(file="RC_MV-2027-40.pdf", doc_type="RC", header=hd + " – RC", footer="RC MV-2027-40", blocks=rc,
                 label=L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=0, montant_max_ht=1250000,
                         evidence=["La consultation fait l'objet d'un lot unique",
                                   "montant maximum de 1 250 000 € HT pour sa durée totale",
                                   "action d'insertion professionnelle",
                                   "Conditions d'emploi et de formation des agents et modalités de mise en œuvre de la clause d'insertion"])),
            dict(file="CCAP_MV-2027-40.docx", doc_type="CCAP", header=hd, footer="CCAP", blocks=ccap,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, montant_max_ht=1250000,
                         evidence=["montant maximum de 1 250 000 € HT sur sa durée totale",
                                   "au moins 1 000 heures de travail sur la durée totale"])),
            dict(file="CCTP_MV-2027-40.pdf", doc_type="CCTP", header=hd + " – CCTP", footer="CCTP MV-2027-40",
                 blocks=cctp, hyphen=True,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=800, clause_environnementale=1,
                         evidence=["des personnes en insertion à hauteur de 800 heures",
                                   "aucun véhicule thermique n'est utilisé pour les rondes"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(heures_insertion=1000, allotissement=0, montant_max_ht=1250000),
        note="CONFLIT : le CCTP donne 800 heures, le CCAP 1 000 (et dit prévaloir) : dossier = 1 000. « Lot "
             "unique » = non alloti. Pièges : 48 heures par semaine, "
             "12 heures par vacation, horaires d'ouverture, 72 heures.")


def d17():
    ctx = dict(trib="Arvenne", site="https://marches.plateau-arvenne.fr")
    hd = "Communauté de communes du Plateau d'Arvenne – Produits d'entretien et d'hygiène (PA-2027-02)"
    rc = [
        TITLE("Communauté de communes du Plateau d'Arvenne", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture et livraison de produits d'entretien et d'hygiène", "MAPA – PA-2027-02"),
        H("Article 1 – Objet"),
        P("La consultation porte sur la fourniture de produits d'entretien des sols et des surfaces, de "
          "produits d'hygiène (papier, savons) et de petits matériels de nettoyage pour les quatorze sites "
          "communautaires."),
        H("Article 2 – Allotissement"),
        P("Le marché n'est pas alloti : les volumes en jeu, faibles, rendraient un allotissement "
          "économiquement désavantageux, et un fournisseur unique permet de grouper les livraisons sur chacun "
          "des quatorze sites."),
        H("Article 3 – Forme et montant"),
        P("Il s'agit d'un accord-cadre à bons de commande conclu pour trois ans, sans minimum, avec un montant "
          "maximum de 95~000 € HT pour la durée totale de l'accord-cadre."),
        H("Article 4 – Critères"),
        P("Prix : 50 % ; qualité et efficacité des produits (fiches techniques, échantillons) : 30 % ; "
          "performance environnementale des produits et des conditionnements : 20 %."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "negociation", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Communauté de communes du Plateau d'Arvenne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Produits d'entretien et d'hygiène – accord-cadre PA-2027-02"),
        H("Article 1 – Objet"),
        P("Fourniture et livraison de produits d'entretien et d'hygiène et de petits matériels de nettoyage."),
        H("Article 2 – Durée et montant"),
        P("L'accord-cadre est conclu pour trois ans à compter de sa notification, avec un montant maximum de "
          "95^000 € HT pour toute sa durée. Pour information, les achats de l'exercice 2026 se sont élevés à "
          "27^850 € HT."),
        H("Article 3 – Livraisons"),
        P("Les livraisons sont groupées une fois par mois et par site ; le délai de livraison est de cinq jours "
          "ouvrés. Le titulaire reprend les bidons et emballages vides pour réemploi et privilégie les "
          "conditionnements en recharges et les produits concentrés."),
        H("Article 4 – Garantie des produits"),
        P("Le titulaire garantit la conformité des produits aux fiches techniques remises avec son offre. La "
          "retenue de garantie est sans objet."),
    ] + bp("CCAP", ["pieces", "prix", "paiement", "penalites", "resiliation", "litiges"], ctx)
    cctp = [
        TITLE("Communauté de communes du Plateau d'Arvenne", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Produits d'entretien et d'hygiène – PA-2027-02"),
        H("Article 1 – Décomposition"),
        P("Le marché se décompose en deux lots : lot 1, produits d'entretien des sols et des surfaces ; lot 2, "
          "produits d'hygiène (papier toilette, essuie-mains, savons)."),
        H("Article 2 – Caractéristiques des produits d'entretien"),
        P("Les détergents et désinfectants sont porteurs de l'Écolabel européen ou d'un label équivalent, sauf "
          "pour les produits désinfectants destinés aux locaux de restauration, qui respectent la norme "
          "EN~1276."),
        H("Article 3 – Produits d'hygiène"),
        P("Le papier toilette et les essuie-mains sont en ouate recyclée ; les savons sont livrés en recharges "
          "pour distributeurs existants."),
        H("Article 4 – Conditionnements et livraisons"),
        P("Les produits sont livrés dans des conditionnements consignés ou réutilisables que le titulaire reprend "
          "lors de la livraison suivante. Les livraisons ont lieu entre 8 heures et 16 heures."),
        H("Article 5 – Fiches de données de sécurité"),
        P("Les fiches de données de sécurité sont transmises avec la première livraison de chaque produit et à "
          "chaque mise à jour. Les produits classés CMR sont exclus."),
        H("Article 6 – Formation des agents"),
        P("Le titulaire assure, à la demande, une séance de présentation des produits et des dosages aux agents "
          "d'entretien de chaque site, d'une durée d'une heure environ."),
        H("Article 7 – Échantillons"),
        P("Les échantillons remis avec l'offre sont conservés pour servir de référence pendant toute la durée de "
          "l'accord-cadre. Toute modification de produit est soumise à l'accord préalable de l'acheteur."),
        H("Article 8 – Non-conformité"),
        P("Un produit non conforme est repris et remplacé sous cinq jours ouvrés, sans frais pour l'acheteur."),
        H("Article 9 – Matériels de nettoyage"),
        P("Les balais, seaux, chariots et franges sont robustes et réparables ; les franges microfibres sont "
          "lavables au moins 300 fois. Les pièces détachées des chariots restent disponibles pendant cinq ans."),
        H("Article 10 – Suivi"),
        P("Le titulaire adresse chaque semestre un relevé des quantités livrées par site et par référence, au "
          "format tableur, permettant le suivi des consommations."),
    ] + bp("CCTP", ["normes", "securite", "reunions", "qualite", "reversibilite"], ctx)
    return dict(
        id="bv6-d17", title="Plateau d'Arvenne – produits d'entretien, non alloti (CCTP en conflit)",
        pieces=[
            dict(file="RC_PA-2027-02.pdf", doc_type="RC", header=hd + " – RC", footer="RC PA-2027-02", blocks=rc,
                 label=L(critere_environnemental=1, allotissement=0, montant_max_ht=95000,
                         evidence=["Le marché n'est pas alloti",
                                   "montant maximum de 95 000 € HT pour la durée totale de l'accord-cadre",
                                   "performance environnementale des produits et des conditionnements : 20 %"])),
            dict(file="CCAP_PA-2027-02.docx", doc_type="CCAP", header=hd, footer="CCAP", blocks=ccap,
                 label=L(clause_environnementale=1, montant_max_ht=95000,
                         evidence=["montant maximum de 95 000 € HT pour toute sa durée",
                                   "reprend les bidons et emballages vides pour réemploi"])),
            dict(file="CCTP_PA-2027-02.pdf", doc_type="CCTP", header=hd + " – CCTP", footer="CCTP PA-2027-02",
                 blocks=cctp,
                 label=L(clause_environnementale=1, allotissement=1, nb_lots=2,
                         evidence=["Le marché se décompose en deux lots",
                                   "conditionnements consignés ou réutilisables que le titulaire reprend"])),
        ],
        pos=["clause_environnementale", "critere_environnemental"],
        values=V(allotissement=0, montant_max_ht=95000),
        note="CONFLIT : le CCTP (repris d'une consultation antérieure) décrit deux lots, le RC dit « n'est pas "
             "alloti » avec justification : dossier = 0, nb_lots vide. Maximum unique 95 000 sur la durée ; "
             "pièges : achats 2026 (27 850 € HT), retenue de garantie sans objet.")


def d18():
    ctx = dict(trib="Orvèze", site="https://marches.coeur-orveze.fr")
    hd = "Communauté d'agglomération Cœur d'Orvèze – AMO PLUi (CO-2027-18)"
    rc = [
        TITLE("Communauté d'agglomération Cœur d'Orvèze", "RÈGLEMENT DE LA CONSULTATION",
              "Assistance à maîtrise d'ouvrage pour l'élaboration du plan local d'urbanisme intercommunal",
              "Procédure adaptée – CO-2027-18"),
        H("Article 1 – Objet"),
        P("La consultation porte sur une mission d'assistance à maîtrise d'ouvrage pour l'élaboration du PLUi "
          "des 22 communes de l'agglomération : diagnostic, projet d'aménagement et de développement durables, "
          "orientations d'aménagement et de programmation, règlement et évaluation environnementale."),
        H("Article 2 – Tranches"),
        P("Le marché comporte une tranche ferme (diagnostic et PADD) et deux tranches optionnelles (tranche "
          "optionnelle 1 : OAP et règlement ; tranche optionnelle 2 : évaluation environnementale et dossier "
          "d'enquête publique)."),
        H("Article 3 – Estimation"),
        P("Le montant estimé de la prestation est de 85~000 € HT, tranche ferme et tranches optionnelles "
          "comprises. Pour mémoire, l'élaboration du précédent PLU de la ville-centre avait coûté 62~000 € HT."),
        H("Article 4 – Durée"),
        P("La durée prévisionnelle de la mission est de trente mois. Les réunions de travail, d'une durée de "
          "3 heures environ, se tiennent au siège de l'agglomération."),
        H("Article 5 – Critères"),
        TAB([("Critère", "Pondération"), ("Valeur technique", "60 %"),
             ("– méthodologie et animation de la concertation", "30 %"), ("– composition et expérience de l'équipe", "20 %"),
             ("– planning", "10 %"), ("Prix", "40 %")], widths=[4, 1], align="lr"),
        H("Article 6 – Audition"),
        P("Les trois candidats les mieux classés peuvent être auditionnés pendant 45 minutes."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "negociation", "renseignements", "recours"], ctx)
    cctp = [
        TITLE("Communauté d'agglomération Cœur d'Orvèze", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "AMO pour l'élaboration du PLUi – CO-2027-18"),
        H("Article 1 – Contexte"),
        P("L'agglomération a prescrit l'élaboration de son PLUi par délibération du 15 octobre 2026. Le budget "
          "prévisionnel de l'étude est de 90^000 € HT."),
        H("Article 2 – Contenu de la mission"),
        P("Le prestataire réalise le diagnostic territorial, anime l'élaboration du PADD, rédige les OAP et le "
          "règlement écrit et graphique, et prépare les pièces du dossier d'arrêt du projet."),
        H("Article 3 – Concertation"),
        P("Le prestataire anime douze ateliers de concertation de 3 heures et quatre réunions publiques ; il "
          "rédige le bilan de la concertation."),
        H("Article 4 – Livrables"),
        P("Les livrables sont remis au format numérique ouvert et conformes au standard CNIG ; les données "
          "géographiques sont fournies au format GeoPackage."),
    ]
    return dict(
        id="bv6-d18", title="Cœur d'Orvèze – AMO PLUi, estimation en conflit, rien sur les lots",
        pieces=[
            dict(file="RC_CO-2027-18.pdf", doc_type="RC", header=hd + " – RC", footer="RC CO-2027-18", blocks=rc,
                 hyphen=True,
                 label=L(montant_estime_ht=85000,
                         evidence=["Le montant estimé de la prestation est de 85 000 € HT"])),
            dict(file="CCTP_CO-2027-18.docx", doc_type="CCTP", header=hd, footer="CCTP", blocks=cctp,
                 label=L(montant_estime_ht=90000,
                         evidence=["Le budget prévisionnel de l'étude est de 90 000 € HT"])),
        ],
        pos=[],
        values=V(montant_estime_ht=85000),
        note="CONFLIT : le CCTP annonce un budget prévisionnel de 90 000 € HT, le RC une estimation de 85 000 € HT "
             "(le RC prévaut). Aucune pièce ne parle d'allotissement (vide). « Évaluation environnementale » = "
             "objet, pas une clause. Pièges : précédent PLU 62 000 € HT, ateliers de 3 heures.")


def d19():
    ctx = dict(trib="Berlenc", site="https://www.vallon-sur-berlenc.fr/marches")
    hd = "Commune de Vallon-sur-Berlenc – Déconstruction de l'ancienne piscine (VSB-2027-03)"
    rc = [
        TITLE("Commune de Vallon-sur-Berlenc", "RÈGLEMENT DE LA CONSULTATION",
              "Déconstruction de l'ancienne piscine municipale : désamiantage et démolition",
              "Marché de travaux – Procédure adaptée – VSB-2027-03"),
        H("Article 1 – Objet"),
        P("La consultation porte sur le désamiantage, le curage et la démolition de l'ancienne piscine "
          "municipale, puis sur la remise en état du terrain avant l'aménagement d'un parc."),
        H("Article 2 – Lots"),
        P("Les travaux sont répartis en deux lots :"),
        TAB([("Lot", "Désignation"), ("Lot 1", "Désamiantage et retrait des matériaux contenant du plomb"),
             ("Lot 2", "Curage, démolition, évacuation et remise en état du terrain")], lines=False, widths=[1, 5]),
        H("Article 3 – Montant prévisionnel"),
        P("Le montant prévisionnel des travaux est de 640~000 € HT (lot 1 : 215~000 € HT ; lot 2 : "
          "425~000 € HT). Le détail quantitatif estimatif sert à la comparaison des offres ; son montant total "
          "n'a pas valeur de montant maximum."),
        H("Article 4 – Clause d'insertion"),
        P("Les deux lots comportent une clause d'insertion professionnelle ; les volumes horaires sont fixés à "
          "l'article 8 du CCAP."),
        H("Article 5 – Critères"),
        P("Prix : 60 % ; valeur technique : 40 %, dont 20 points pour la méthodologie et les moyens, 10 points "
          "pour le planning et 10 points pour le plan de gestion des déchets et le taux de valorisation "
          "proposé."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "negociation", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Commune de Vallon-sur-Berlenc", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Déconstruction de l'ancienne piscine – CCAP commun aux lots 1 et 2 – VSB-2027-03"),
        H("Article 1 – Objet"),
        P("Le présent CCAP est commun aux deux lots de l'opération (lot 1 : désamiantage ; lot 2 : démolition)."),
        H("Article 2 – Délais"),
        P("Le délai global d'exécution est de cinq mois, dont deux mois pour le lot 1. Le chantier est ouvert de "
          "7 heures à 19 heures du lundi au vendredi."),
    ] + bp("CCAP", ["pieces", "prix", "avance", "garantie", "paiement"], ctx) + [
        H("Article 8 – Clause d'insertion"),
        P("Le nombre total d'heures d'insertion exigé pour l'opération est fixé à 2^100 heures, réparties comme "
          "suit : lot 1 : 600 heures ; lot 2 : 1^500 heures. À titre indicatif, le chantier de déconstruction de "
          "l'ancien gymnase (2022) avait mobilisé 1^850 heures d'insertion."),
        H("Article 9 – Déchets et réemploi"),
        P("Le titulaire du lot 2 met en œuvre les préconisations du diagnostic produits, équipements, matériaux "
          "et déchets (PEMD) : dépose soignée des éléments réemployables, tri sur site, valorisation des "
          "bétons concassés. Les déchets amiantés sont conditionnés et suivis par bordereau BSDA."),
    ] + bp("CCAP", ["penalites", "assurances", "travail", "litiges"], ctx)
    dqe = [
        TITLE("Commune de Vallon-sur-Berlenc", "DÉTAIL QUANTITATIF ESTIMATIF",
              "Lot n° 2 : Curage, démolition, évacuation et remise en état du terrain – VSB-2027-03"),
        P("Les quantités sont indicatives et servent uniquement au jugement des offres. Le candidat complète "
          "les prix unitaires et les montants."),
        TAB([("N°", "Désignation", "Unité", "Quantité", "Prix unitaire HT", "Montant HT"),
             ("2.1", "Installation de chantier et clôtures", "forfait", "1", "", ""),
             ("2.2", "Curage des locaux techniques", "m²", "640", "", ""),
             ("2.3", "Démolition mécanique des superstructures", "m³", "3^200", "", ""),
             ("2.4", "Démolition des bassins et plages", "m²", "1^150", "", ""),
             ("2.5", "Concassage et réemploi des bétons sur site", "t", "2^400", "", ""),
             ("2.6", "Évacuation des déchets non inertes en filière agréée", "t", "180", "", ""),
             ("2.7", "Remblaiement et nivellement en terre végétale", "m³", "900", "", ""),
             ("", "Total HT du détail quantitatif estimatif", "", "", "", "…………………")]),
    ]
    return dict(
        id="bv6-d19", title="Vallon-sur-Berlenc – déconstruction, 2 lots, heures totales ventilées, DQE vierge",
        pieces=[
            dict(file="RC_VSB-2027-03.pdf", doc_type="RC", header=hd + " – RC", footer="RC VSB-2027-03", blocks=rc,
                 label=L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=2,
                         montant_estime_ht=640000,
                         evidence=["Les travaux sont répartis en deux lots",
                                   "Le montant prévisionnel des travaux est de 640 000 € HT",
                                   "Les deux lots comportent une clause d'insertion professionnelle",
                                   "10 points pour le plan de gestion des déchets et le taux de valorisation"])),
            dict(file="CCAP_VSB-2027-03.pdf", doc_type="CCAP", header=hd + " – CCAP", footer="CCAP VSB-2027-03",
                 blocks=ccap, hyphen=True,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=2100, clause_environnementale=1,
                         allotissement=1, nb_lots=2,
                         evidence=["commun aux deux lots",
                                   "Le nombre total d'heures d'insertion exigé pour l'opération est fixé à 2 100 heures",
                                   "tri sur site, valorisation des bétons concassés"])),
            dict(file="DQE_lot2_VSB-2027-03.docx", doc_type="DQE", header=hd, footer="DQE lot 2", blocks=dqe,
                 label=L(allotissement=1, evidence=["Lot n° 2 : Curage, démolition"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=2100, allotissement=1, nb_lots=2, montant_estime_ht=640000),
        note="Heures : total 2 100 écrit avec sa ventilation (600 + 1 500), compté une fois. Estimation 640 000 "
             "avec ventilation par lot. Pièges : 1 850 h du chantier du gymnase, DQE vierge (total à compléter), "
             "retenue de garantie, avance, horaires.")


def d20():
    ctx = dict(trib="Marsillac", site="https://marches.marsillac-en-orveze.fr")
    hd = "Ville de Marsillac-en-Orvèze – Prestations de traiteur (MAR-2027-06)"
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Ville de Marsillac-en-Orvèze"),
        P("Identification de l'organisme qui passe le marché : Ville de Marsillac-en-Orvèze, hôtel de ville, "
          "place de la République."),
        P("Objet : prestations de traiteur pour les réceptions et manifestations municipales."),
        P("Type de marché : services. Procédure adaptée. Accord-cadre à bons de commande d'une durée de deux ans."),
        P("Marché réservé : Non."),
        P("Division en lots : Oui – 3 lots. Lot 1 : cocktails et buffets ; lot 2 : repas assis ; lot 3 : "
          "petits déjeuners et pauses."),
        P("Valeur estimé (H.T.) : 180^000 euros."),
        P("Conditions particulières d'exécution : lot 1 : clause sociale d'insertion de 300 heures ; tous lots : "
          "vaisselle réutilisable, suppression du plastique à usage unique, produits de saison."),
        P("Critères d'attribution : prix (40 %) ; qualité des prestations (40 %) ; démarche environnementale "
          "(circuits courts, lutte contre le gaspillage, zéro plastique jetable) (20 %)."),
        P("Date limite de réception des offres : 2 avril 2027 à 12 heures."),
    ]
    rc = [
        TITLE("Ville de Marsillac-en-Orvèze", "RÈGLEMENT DE LA CONSULTATION",
              "Prestations de traiteur pour les réceptions et manifestations municipales", "MAPA – MAR-2027-06"),
        H("Article 1 – Objet et lots"),
        P("La consultation est divisée en trois lots : lot 1, cocktails et buffets (jusqu'à 500 convives) ; "
          "lot 2, repas assis ; lot 3, petits déjeuners et pauses. Chaque lot fait l'objet d'un accord-cadre à "
          "bons de commande dont le montant maximum est fixé au CCAP."),
        H("Article 2 – Clause sociale"),
        P("Le lot 1 comporte une clause d'insertion professionnelle définie à l'article 7 du CCAP."),
        H("Article 3 – Critères"),
        TAB([("Critère", "Pondération"), ("Prix", "40 %"), ("Qualité des prestations (dégustation, présentation)", "40 %"),
             ("Démarche environnementale (circuits courts, lutte contre le gaspillage, zéro plastique jetable)", "20 %")]),
        H("Article 4 – Dégustation"),
        P("Une dégustation est organisée pour chaque lot ; les candidats sont convoqués au moins huit jours à "
          "l'avance."),
    ] + bp("RC", ["dce", "candidature", "validite", "remise", "negociation", "renseignements", "recours"], ctx)
    ccap = [
        TITLE("Ville de Marsillac-en-Orvèze", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Prestations de traiteur – accords-cadres MAR-2027-06 (lots 1 à 3)"),
        H("Article 1 – Objet"),
        P("Le présent CCAP s'applique aux trois lots de la consultation."),
        H("Article 2 – Durée"),
        P("Chaque accord-cadre est conclu pour deux ans à compter de sa notification ; il n'est pas reconductible."),
        H("Article 3 – Montants maximums"),
        P("Chaque accord-cadre est conclu sans minimum et avec le montant maximum suivant, pour sa durée totale :"),
        TAB([("Lot", "Montant maximum HT"), ("Lot 1 – Cocktails et buffets", "90~000,00 €"),
             ("Lot 2 – Repas assis", "70~000,00 €"), ("Lot 3 – Petits déjeuners et pauses", "50~000,00 €"),
             ("Total des trois lots", "210~000,00 €")], widths=[3, 2], align="lr"),
        P("Le montant de chaque bon de commande ne peut être inférieur à 300 € HT."),
        H("Article 4 – Exécution"),
        P("Les prestations sont installées au moins 2 heures avant le début de la manifestation. Le titulaire "
          "assure le service avec un serveur pour 40 convives et le débarrassage dans l'heure suivant la fin."),
        H("Article 5 – Exigences environnementales"),
        P("La vaisselle, les verres et les nappes sont réutilisables ; le plastique à usage unique est exclu. Au "
          "moins 60 % des produits sont de saison et proviennent d'un rayon de 150 kilomètres. Les denrées non "
          "servies et consommables sont données à une association d'aide alimentaire."),
    ] + bp("CCAP", ["pieces"], ctx) + [
        H("Article 7 – Clause d'insertion (lot 1)"),
        P("Le titulaire du lot 1 réserve à des personnes éloignées de l'emploi 300 heures de travail sur la "
          "durée totale de l'accord-cadre, notamment pour les fonctions de service et de plonge."),
    ] + bp("CCAP", ["prix", "paiement", "penalites", "assurances", "travail", "litiges"], ctx)
    return dict(
        id="bv6-d20", title="Marsillac-en-Orvèze – traiteur, 3 lots, avis avec estimation et heures",
        pieces=[
            dict(file="avis_AAPC_MAR-2027-06.txt", doc_type="AVIS", header=hd, footer="", blocks=avis,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=300, clause_environnementale=1,
                         critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=180000,
                         evidence=["Division en lots : Oui – 3 lots", "Valeur estimé (H.T.) : 180 000 euros",
                                   "clause sociale d'insertion de 300 heures", "vaisselle réutilisable",
                                   "démarche environnementale"])),
            dict(file="RC_MAR-2027-06.docx", doc_type="RC", header=hd, footer="RC", blocks=rc,
                 label=L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=3,
                         evidence=["divisée en trois lots", "Le lot 1 comporte une clause d'insertion professionnelle",
                                   "Démarche environnementale (circuits courts"])),
            dict(file="CCAP_MAR-2027-06.pdf", doc_type="CCAP", header=hd + " – CCAP", footer="CCAP MAR-2027-06",
                 blocks=ccap,
                 label=L(clause_sociale=1, clause_insertion=1, heures_insertion=300, clause_environnementale=1,
                         allotissement=1, nb_lots=3, montant_max_ht=210000,
                         evidence=["s'applique aux trois lots", "Total des trois lots 210 000,00 €",
                                   "300 heures de travail sur la durée totale",
                                   "le plastique à usage unique est exclu"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=300, allotissement=1, nb_lots=3, montant_estime_ht=180000, montant_max_ht=210000),
        note="Maxima par lot avec ligne « Total des trois lots » 210 000 ; l'avis donne une valeur estimée "
             "distincte (180 000, coquille volontaire « Valeur estimé »). « Marché réservé : Non ». Heures 300 "
             "(lot 1) dans l'avis et le CCAP, comptées une fois. Pièges : minimum de 300 € HT par bon de "
             "commande, 2 heures avant.")


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10,
            d11, d12, d13, d14, d15, d16, d17, d18, d19, d20]


def build_piece(folder, p, buyer):
    path = os.path.join(folder, p["file"])
    ext = p["file"].rsplit(".", 1)[1]
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in number_articles(p["blocks"])]
    n = None
    if pdf:
        n = build_pdf(path, _conv_str(p["header"], True), _conv_str(p["footer"], True), blocks,
                      hyphen=p.get("hyphen", False), title=p["header"])
    elif ext == "docx":
        build_docx(path, p["header"], p["footer"], blocks)
    else:
        build_txt(path, blocks)
    p["final_blocks"] = blocks
    return n


def check_articles(d, p):
    """Les numéros d'articles d'une pièce doivent se suivre sans doublon."""
    nums = []
    for b in number_articles(p["blocks"]):
        if b[0] in ("h", "h2"):
            m = _ART.match(b[1])
            if m:
                nums.append(int(m.group(1)))
    if nums != sorted(set(nums)):
        return ["%s/%s : numérotation des articles %r" % (d["id"], p["file"], nums)]
    return []


_EXPECT_KEYS = {"allotissement": "divided", "nb_lots": "lot_count", "montant_estime_ht": "estimated_ht",
                "montant_max_ht": "max_ht", "heures_insertion": "insertion_hours", "reserve_base": "reservation_bases"}
_CATEGORIES = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
               "clause_environnementale", "critere_environnemental")


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
    kinds = {}
    for f in DOSSIERS:
        d = f()
        folder = os.path.join(OUT, d["id"])
        os.makedirs(folder)
        buyer = d["pieces"][0]["header"].split(" – ")[0]
        for c in d["pos"]:
            if c not in _CATEGORIES:
                problems.append("%s : catégorie inconnue %s" % (d["id"], c))
        for p in d["pieces"]:
            problems.extend(check_articles(d, p))
            n = build_piece(folder, p, buyer)
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            if n is not None and not (2 <= n <= 4):
                problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
            lab = dict(p["label"])
            txt = plain_text(p["final_blocks"])
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                if norm(q) not in txt:
                    problems.append("%s/%s : preuve absente : %r" % (d["id"], p["file"], q))
            ev = " | ".join(norm(q) for q in lab["evidence"])
            if len(ev) > 300:
                problems.append("%s/%s : preuve trop longue (%d)" % (d["id"], p["file"], len(ev)))
            # chaque 1 et chaque nombre doit avoir une preuve
            filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
            if filled and not lab["evidence"]:
                problems.append("%s/%s : valeurs sans preuve" % (d["id"], p["file"]))
            if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
                problems.append("%s/%s : clause_insertion sans clause_sociale" % (d["id"], p["file"]))
            if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
                problems.append("%s/%s : marche_reserve / reserve_base incohérents" % (d["id"], p["file"]))
            for c in _CATEGORIES:
                if lab[c] == 1 and c not in d["pos"]:
                    problems.append("%s/%s : %s=1 absent de pos du dossier" % (d["id"], p["file"], c))
            row = {"path": d["id"] + "/" + p["file"], "doc_type": p["doc_type"]}
            for c in COLUMNS[2:-1]:
                row[c] = _fmt(lab[c])
            row["evidence"] = ev
            rows.append(row)
        for c in d["pos"]:
            if not any(p["label"][c] == 1 for p in d["pieces"]):
                problems.append("%s : %s dans pos sans pièce à 1" % (d["id"], c))
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
    head = ("# Jeu blind_values_6 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de conflit entre pièces, le CCAP, le RC, l'AE ou l'avis priment sur le CCTP (voir note).\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    print("%d dossiers, %d pièces (%s)" % (len(dossiers_yml), len(rows),
                                          ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
