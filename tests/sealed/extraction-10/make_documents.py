#!/usr/bin/env python3
"""Construit le jeu scellé extraction-10 : douze dossiers de consultation (DCE) inventés, entiers.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure copiée (sed) de tests/data/blind_values_13/make_documents.py, lignes 28-664 (écriture
PDF reportlab / DOCX python-docx / TXT, tableaux, deux colonnes, césure, nombres coupés SB, césure
forcée HY, aides de saisie) et lignes 2433-2611 (contrôles, construction des pièces, dossiers.yml),
puis adaptée : archives ZIP de plateforme avec sous-dossiers, contrôle des preuves sur le texte
EXTRAIT des fichiers produits (pypdf, python-docx, lecture directe), double construction et
comparaison des md5, 3 à 6 pièces par dossier.

Thème : les VALEURS des dossiers entiers (montants estimés, maxima d'accords-cadres, heures
d'insertion, nombre de lots, lots réservés et leurs fondements), réparties entre les pièces.

Déterministe : pas d'aléa, dates figées (PDF invariant=1, DOCX et ZIP horodatés au 2026-01-01).
Tous les textes, acheteurs, lieux, références, SIRET et nombres sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F
(remplacée par U+00A0 dans les PDF) ; BR = retour à la ligne forcé dans les PDF ; SB = coupure
possible d'un nombre en fin de ligne ; HY = césure possible d'un mot court.

Usage : /work/main/.venv/bin/python tests/sealed/extraction-10/make_documents.py
"""
import csv
import hashlib
import io
import os
import re
import shutil
import sys
import zipfile
import datetime
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle, Paragraph

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
SB = "¦SB¦"          # coupure possible dans un nombre (PDF : le nombre est coupé en fin de ligne si la
                     # ligne est déjà remplie aux 3/5 ; ailleurs : espace insécable)
SB_STATS = {"cut": 0, "whole": 0}
HY = "¦HY¦"          # césure possible d'un mot court (PDF : « heu- » / « res » si le mot déborde ;
                     # ailleurs : rien)
HY_STATS = {"cut": 0, "whole": 0}
CUT_LOG = []         # (marque, texte, coupé ?) pour chaque SB/HY rencontré dans un PDF
SET_NAME = "extraction-10"
DOC_AUTHOR = "Service commande publique"

COLUMNS = ["path", "doc_type", "clause_sociale", "clause_insertion", "heures_insertion",
           "critere_social", "marche_reserve", "reserve_base", "clause_environnementale",
           "critere_environnemental", "allotissement", "nb_lots", "montant_estime_ht",
           "montant_max_ht", "evidence"]

# ----------------------------------------------------------------------------- blocs
# ("title", [lignes]) ; ("h", texte) ; ("h2", texte) ; ("p", texte) ; ("list", [items]) ;
# ("table", rows, {"lines": bool, "widths": [...], "align": "lrr", "header": True}) : tableau tracé à la main ;
# ("rtable", rows, {...mêmes options}) : vrai tableau reportlab (platypus Table, cellules Paragraph) ;
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
        elif k in ("table", "rtable"):
            for r in b[1]:
                out.append(" ".join(r))
        elif k == "split":
            out.append(b[1] + " " + b[2])
    s = "\n".join(out).replace(BR, " ").replace(SB, " ").replace(HY, "").replace(NB, " ").replace(NNB, " ")
    return s


def dx(s):
    """Texte d'un bloc pour DOCX et TXT : pas de retour forcé, nombre coupable gardé entier."""
    return s.replace(BR, " ").replace(SB, NB).replace(HY, "")


# ----------------------------------------------------------------------------- PDF
PW, PH = A4
ML, MR, MT, MB = 64, 60, 80, 72
GAP = 20
FONT, BOLD = "Helvetica", "Helvetica-Bold"
FS, LEAD = 10.5, 14.4
TFS, TLEAD = 9.4, 12.2

VOW = set("aeiouyàâäéèêëîïôöùûüœæAEIOUYÉÈÊÀÂÎÔÛ")
_KEEP = {"ch", "ph", "th", "gn", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr",
         "tr", "vr", "gu", "qu"}


def hyph_points(w):
    """Points de coupure plausibles (à peu près syllabiques) d'un mot français : V-CV et C-C."""
    pts = []
    for k in range(3, len(w) - 2):
        a, b, c = w[k - 1], w[k], w[k + 1]
        if a in VOW and b not in VOW and c in VOW and b not in "x":
            pts.append(k)
        elif (a not in VOW and b not in VOW and (a + b).lower() not in _KEEP
              and k >= 2 and w[k - 2] in VOW and c in VOW):
            pts.append(k)
    return pts


def wrap(text, font, size, width, hyphen=False):
    lines = []
    for part in text.replace(BR, "\n").split("\n"):
        words = part.split(" ")
        cur = ""
        for w in words:
            if HY in w:
                first, rest = w.split(HY, 1)
                whole = first + rest.replace(HY, "")
                cand_whole = whole if not cur else cur + " " + whole
                cand = first + "-" if not cur else cur + " " + first + "-"
                if (cur and stringWidth(cand_whole, font, size) > width
                        and stringWidth(cand, font, size) <= width):
                    lines.append(cand)
                    cur = rest.replace(HY, "")
                    HY_STATS["cut"] += 1
                    CUT_LOG.append(("HY", whole, True))
                    continue
                HY_STATS["whole"] += 1
                CUT_LOG.append(("HY", whole, False))
                w = whole
            if SB in w:
                first, rest = w.split(SB, 1)
                rest = rest.replace(SB, NB)
                cand = first if not cur else cur + " " + first
                if cur and stringWidth(cand, font, size) <= width and stringWidth(cur, font, size) >= 0.6 * width:
                    lines.append(cand)
                    cur = rest
                    SB_STATS["cut"] += 1
                    CUT_LOG.append(("SB", first + " " + rest, True))
                    continue
                SB_STATS["whole"] += 1
                CUT_LOG.append(("SB", first + " " + rest, False))
                w = first + NB + rest
            cand = w if not cur else cur + " " + w
            if stringWidth(cand, font, size) <= width:
                cur = cand
                continue
            core = w.rstrip(",.;:)")
            if hyphen and cur and len(core) >= 8 and core.isalpha():
                done = False
                for k in sorted(hyph_points(core), reverse=True):
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


_PS = ParagraphStyle("cell", fontName=FONT, fontSize=TFS, leading=TLEAD, alignment=TA_LEFT)
_PSR = ParagraphStyle("cellr", parent=_PS, alignment=TA_RIGHT)
_PSB = ParagraphStyle("cellb", parent=_PS, fontName=BOLD)
_PSBR = ParagraphStyle("cellbr", parent=_PSB, alignment=TA_RIGHT)


def make_rtable(rows, opt, width):
    n = len(rows[0])
    fr = opt.get("widths") or [1.0 / n] * n
    tot = sum(fr)
    cw = [width * f / tot for f in fr]
    align = opt.get("align") or "l" * n
    header = opt.get("header", True)
    data = []
    for ri, r in enumerate(rows):
        row = []
        for ci, c in enumerate(r):
            bold = header and ri == 0 or (opt.get("bold_last") and ri == len(rows) - 1)
            st = (_PSBR if align[ci] == "r" else _PSB) if bold else (_PSR if align[ci] == "r" else _PS)
            row.append(Paragraph(escape(c).replace(BR, "<br/>").replace(SB, NB).replace(HY, ""), st))
        data.append(row)
    t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if opt.get("lines", True):
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    t.setStyle(TableStyle(style))
    return t


class PdfLayout:
    def __init__(self, header, footer, hyphen=False, cols=1):
        self.header, self.footer, self.hyphen = header, footer, hyphen
        self.cols = cols
        self.pages = []
        self.new_page()

    # géométrie de la colonne courante
    @property
    def width(self):
        if self.cols == 1 or self.full:
            return PW - ML - MR
        return (PW - ML - MR - GAP) / 2.0

    @property
    def x0(self):
        if self.cols == 1 or self.full:
            return ML
        return ML + self.col * (self.width + GAP)

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = PH - MT
        self.col = 0
        self.col_top = self.y
        self.full = False

    def next_col(self):
        if self.cols == 2 and not self.full and self.col == 0:
            self.col = 1
            self.y = self.col_top
        else:
            self.new_page()

    def need(self, h):
        if self.y - h < MB:
            self.next_col()

    def text(self, x, s, font=FONT, size=FS):
        self.ops.append(("text", x, self.y, font, size, s))

    def add_lines(self, lines, font=FONT, size=FS, lead=LEAD, dx=0):
        for ln in lines:
            self.need(lead)
            self.y -= lead
            self.text(self.x0 + dx, ln, font, size)

    def block(self, b):
        k = b[0]
        if k == "title":
            self.full = True
            width = self.width
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
            self.full = False
            self.col_top = self.y
            return
        width = self.width
        if k in ("h", "h2"):
            size = 11.5 if k == "h" else 10.5
            self.need(LEAD * 3)
            self.y -= 8
            self.add_lines(wrap(b[1], BOLD, size, self.width), BOLD, size)
            self.y -= 3
        elif k == "p":
            self.add_lines(wrap(b[1], FONT, FS, width, self.hyphen))
            self.y -= 5
        elif k == "list":
            for it in b[1]:
                ls = wrap(it, FONT, FS, self.width - 16, self.hyphen)
                self.need(LEAD)
                self.y -= LEAD
                self.text(self.x0 + 4, "-")
                self.text(self.x0 + 16, ls[0])
                self.add_lines(ls[1:], dx=16)
            self.y -= 5
        elif k == "split":
            self.add_lines(wrap(b[1], FONT, FS, width, self.hyphen))
            self.new_page()
            self.add_lines(wrap(b[2], FONT, FS, self.width, self.hyphen))
            self.y -= 5
        elif k == "pagebreak":
            self.new_page()
        elif k == "table":
            self.table(b[1], b[2] if len(b) > 2 else {})
        elif k == "rtable":
            self.rtable(b[1], b[2] if len(b) > 2 else {})
        else:
            raise ValueError(k)

    def rtable(self, rows, opt):
        """Vrai tableau reportlab ; coupé entre colonnes ou pages (en-tête répété) si nécessaire."""
        self.y -= 4
        t = make_rtable(rows, opt, self.width)
        while True:
            avail = self.y - MB
            w, h = t.wrap(self.width, avail)
            if h <= avail:
                self.ops.append(("flow", t, self.x0, self.y - h, self.width))
                self.y -= h + 8
                return
            parts = t.split(self.width, avail)
            if len(parts) >= 2:
                first = parts[0]
                w1, h1 = first.wrap(self.width, avail)
                self.ops.append(("flow", first, self.x0, self.y - h1, self.width))
                t = parts[1]
            self.next_col()
            self.y -= 4

    def table(self, rows, opt):
        width = self.width
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
                self.next_col()
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
        x = self.x0
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


def build_pdf(path, header, footer, blocks, hyphen=False, title="", cols=1):
    lay = PdfLayout(header, footer, hyphen, cols)
    for b in blocks:
        lay.block(b)
    pages = [p for p in lay.pages if p]
    n = len(pages)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setAuthor(DOC_AUTHOR)
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
            elif op[0] == "flow":
                _, t, x, y, w = op
                t.wrapOn(c, w, PH)
                t.drawOn(c, x, y)
                c.setLineWidth(0.5)
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
            d.add_paragraph(dx(b[1]))
        elif k == "list":
            for it in b[1]:
                d.add_paragraph(dx(it), style="List Bullet")
        elif k == "split":
            p = d.add_paragraph(dx(b[1]) + " ")
            p.add_run().add_break(WD_BREAK.PAGE)
            p.add_run(dx(b[2]))
        elif k == "pagebreak":
            d.add_page_break()
        elif k in ("table", "rtable"):
            rows, opt = b[1], (b[2] if len(b) > 2 else {})
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if opt.get("lines", True):
                t.style = d.styles["Table Grid"]
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = dx(v)
                    if i == 0 and opt.get("header", True):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(k)
    cp = d.core_properties
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp.author = DOC_AUTHOR
    cp.last_modified_by = DOC_AUTHOR
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
            out.append(dx(b[1]))
        elif k == "list":
            out.extend("- " + dx(i) for i in b[1])
        elif k in ("table", "rtable"):
            for r in b[1]:
                out.append(" | ".join(dx(c) for c in r))
    with open(path, "w", encoding="utf-8") as f:
        f.write(dx("\n".join(out)) + "\n")


# ----------------------------------------------------------------------------- aides de saisie
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


def RTAB(rows, **opt):
    return ("rtable", [list(r) for r in rows], opt)


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


def PIECE(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen, cols=cols)


def _fmt(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def norm(s):
    return (s.replace("§", " ").replace("¤", "").replace("~", " ").replace("^", " ").replace(BR, " ").replace(SB, " ").replace(HY, "")
            .replace(NB, " ").replace(NNB, " "))


def _conv_str(s, pdf):
    s = s.replace("§", SB).replace("¤", HY)
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




# ----------------------------------------------------------------------------- articles de remplissage
# Articles neutres écrits pour ce jeu : ni clause sociale, ni clause environnementale, ni lots, ni
# montant maximum. Chaque fonction prend un contexte c (dict) et une variante v (0, 1 ou 2).
# Clés de c : qui (« la Ville de X »), Qui (« La Ville de X »), ta (tribunal administratif),
# ccag (« fournitures courantes et services » ou « travaux »), delai (jours), profil (adresse du profil
# d'acheteur), ref (référence de la consultation).

def C(qui, ta, ccag="fournitures courantes et services", delai=30, profil="", ref=""):
    return dict(qui=qui, Qui=qui[0].upper() + qui[1:], ta=ta, ccag=ccag, delai=delai, profil=profil, ref=ref)


def A(title, *paras):
    """Un article numéroté automatiquement : titre puis paragraphes (str) ou listes (list)."""
    out = [H("Article # – " + title)]
    for x in paras:
        out.append(LST(x) if isinstance(x, list) else P(x))
    return out




# ----------------------------------------------------------------------------- types de pièces
_DOC_TYPES = {"RC", "CCAP", "CCTP", "AE", "BPU", "DPGF", "DQE", "AVIS", "QR", "FORM", "CADRE", "AUTRE"}






# ----------------------------------------------------------------------------- articles de remplissage neutres
# Écrits pour ce jeu : ni clause sociale ou environnementale, ni lots, ni montant estimé ou maximum, ni heures
# d'insertion ; quelques nombres pièges (assurances, délais, pourcentages d'avance, indemnités).
def _fill_texts(c, v):
    ta, ville = c["ta"], c["ville"]
    return {
        "litiges": [
            ("Règlement des litiges",
             ["Le tribunal administratif de %s est compétent pour tout litige né de la passation ou de l'exécution du "
              "marché. Avant toute saisine, les parties peuvent recourir au comité consultatif interrégional de règlement "
              "amiable des litiges ou au médiateur des entreprises." % ta]),
            ("Litiges – voies de recours",
             ["Instance chargée des procédures de recours : tribunal administratif de %s. Référé précontractuel avant la "
              "signature du marché (art. L551-1 du CJA) ; recours de pleine juridiction dans les deux mois suivant la "
              "publicité de l'attribution." % ta]),
            ("Différends",
             ["En cas de differend, le titulaire adresse un memoire de reclamation dans un delai de deux mois (art. 55 du "
              "CCAG). A défaut d'accord, le litige est porté devant le TA de %s." % ta]),
        ][v],
        "demat": [
            ("Modalités de dépôt électronique",
             ["Les plis sont remis exclusivement par voie électronique sur le profil d'acheteur. La signature électronique "
              "de l'offre n'est pas exigée au dépôt ; seul l'attributaire signe le marché, au format PAdES ou XAdES, avec un "
              "certificat conforme au règlement eIDAS. Une copie de sauvegarde peut être transmise sur support physique "
              "sous pli cacheté portant la mention « copie de sauvegarde »."]),
            ("Transmission des offres",
             ["Le dépôt se fait sur la plateforme ; le candidat veille à la taille des fichiers (100 Mo par pli au plus) et "
              "aux formats admis (PDF, DOCX, XLSX, ODT). Tout pli reçu après l'heure limite est rejeté. Le candidat est "
              "invité à tester la plateforme et à anticiper son dépôt."]),
            ("Remise des plis – dematerialisation",
             ["Conformement aux articles R2132-7 et suivants, les candidatures et offres sont transmises par voie "
              "electronique. Les fichiers infectés par un virus sont réputés n'avoir jamais été reçus."]),
        ][v],
        "renseignements": [
            ("Renseignements complémentaires",
             ["Les questions sont posées sur le profil d'acheteur au plus tard huit jours avant la date limite de remise "
              "des offres. Les réponses sont publiées au plus tard six jours avant cette date à l'ensemble des candidats."]),
            ("Questions des candidats",
             ["Toute demande de renseignement est adressée via la messagerie de la plateforme, au plus tard 10 jours avant "
              "la date limite. Aucune réponse n'est donnée par téléphone."]),
            ("Demandes de precisions",
             ["Les candidats peuvent poser leurs questions jusqu'à 7 jours calendaires avant la date limite ; l'acheteur "
              "répond au plus tard 5 jours avant."]),
        ][v],
        "negociation": [
            ("Négociation",
             ["L'acheteur se réserve la possibilité de négocier avec les trois candidats les mieux classés. Il peut "
              "également attribuer le marché sur la base des offres initiales, sans négociation."]),
            ("Négociation et mise au point",
             ["Une négociation peut être engagée par écrit avec tous les candidats ayant remis une offre recevable ; elle "
              "porte sur tous les éléments de l'offre, y compris le prix. Une mise au point du marché peut intervenir "
              "avec l'attributaire sans modifier les caractéristiques substantielles de l'offre."]),
            ("Négociation", ["Aucune négociation n'est prévue."]),
        ][v],
        "assurances": [
            ("Assurances",
             ["Le titulaire justifie, dans les quinze jours suivant la notification, d'une assurance de responsabilité "
              "civile couvrant au moins 1~500~000 € par sinistre pour les dommages corporels et 500~000 € pour les dommages "
              "matériels et immatériels."]),
            ("Assurances",
             ["Avant tout commencement d'exécution, le titulaire produit une attestation d'assurance de responsabilité "
              "civile professionnelle et, le cas échéant, de responsabilité décennale, en cours de validité."]),
            ("Responsabilite – assurances",
             ["Le titulaire est seul responsable des dommages causés par son personnel ou son matériel. Il fournit chaque "
              "année l'attestation de son assureur (RC exploitation : 3 M€ par sinistre minimum)."]),
        ][v],
        "facturation": [
            ("Facturation",
             ["Les factures sont déposées sur le portail Chorus Pro. Elles mentionnent le numéro d'engagement juridique, "
              "la référence du marché, le détail des prestations et le montant hors taxes, le taux et le montant de TVA. "
              "Le délai global de paiement est de 30 jours ; le dépassement ouvre droit aux intérêts moratoires et à "
              "l'indemnité forfaitaire de 40 € pour frais de recouvrement."]),
            ("Modalités de règlement",
             ["Le paiement intervient par mandat administratif. Les demandes de paiement sont transmises par voie "
              "dématérialisée (Chorus Pro – SIRET du service destinataire indiqué sur le bon de commande)."]),
            ("Facturation – paiement",
             ["Facturation mensuelle à terme échu, sur Chorus Pro. Taux des intérêts moratoires : taux de la BCE majoré "
              "de 8 points."]),
        ][v],
        "resiliation": [
            ("Résiliation",
             ["Les stipulations du chapitre 7 du CCAG s'appliquent. En cas de résiliation pour motif d'intérêt général, "
              "le titulaire perçoit une indemnité de 5 % du montant hors taxes des prestations restant à exécuter."]),
            ("Résiliation",
             ["L'acheteur peut résilier le marché dans les cas prévus aux articles L2195-1 et suivants du code. La "
              "résiliation aux torts du titulaire intervient après mise en demeure restée sans effet pendant 15 jours."]),
            ("Resiliation – exécution aux frais et risques",
             ["Après mise en demeure infructueuse, l'acheteur peut faire exécuter les prestations par un tiers aux frais "
              "et risques du titulaire (art. 51 du CCAG)."]),
        ][v],
        "donnees": [
            ("Confidentialité – données personnelles",
             ["Le titulaire et son personnel sont tenus à la discrétion sur les informations dont ils ont connaissance. "
              "Lorsque l'exécution implique un traitement de données personnelles, le titulaire agit en qualité de "
              "sous-traitant au sens de l'article 28 du RGPD et ne traite les données que sur instruction documentée."]),
            ("Protection des donnees",
             ["Les donnees a caractere personnel transmises au titulaire ne peuvent être utilisées qu'aux fins du marché ; "
              "elles sont restituées ou détruites à son terme."]),
            ("Secret et sécurité",
             ["Le personnel du titulaire respecte le règlement intérieur des sites et les consignes de sécurité "
              "(badges, clés, alarmes) ; toute perte de clé est signalée sans délai."]),
        ][v],
    }


def FILL(c, v, topics, start, fmt="Article {n} – {t}"):
    """Articles neutres numérotés à partir de start ; v choisit la rédaction (0, 1 ou 2)."""
    texts = _fill_texts(c, v)
    out = []
    n = start
    for t in topics:
        title, paras = texts[t]
        out.append(H(fmt.format(n=n, t=title)))
        for x in paras:
            out.append(P(x))
        n += 1
    return out


def CX(ta, ville):
    return dict(ta=ta, ville=ville)


# ============================================================================= DOSSIERS
# Convention supplémentaire : « § » = SB (nombre coupable en fin de ligne), « ¤ » = HY (césure d'un mot court).

# ----------------------------------------------------------------------------- d01
def d01():
    ref = "2027-TX-04"
    hd = "CC du Val d'Arvenne – Groupe scolaire Jules-Ferrières – " + ref
    rc = [
        TITLE("Communauté de communes du Val d'Arvenne", "RÈGLEMENT DE LA CONSULTATION (RC)",
              "Réhabilitation et extension du groupe scolaire Jules-Ferrières à Saint-Ambroix-les-Vignes",
              "Procédure adaptée ouverte – articles L2123-1 et R2123-1 1° du code de la commande publique",
              "Consultation n° " + ref),
        H("Article 1 – Identification de l'acheteur"),
        P("Communauté de communes du Val d'Arvenne, 4 place de la Halle, 48320 Saint-Ambroix-les-Vignes. "
          "SIRET : 200~067~418~00019. Représentant du pouvoir adjudicateur : le Président. Maîtrise d'œuvre : "
          "groupement Atelier Lhermet architectes (mandataire) / BET Fluides Sud-Arvenne."),
        H("Article 2 – Objet de la consultation et décomposition en lots"),
        P("La consultation porte sur la réhabilitation lourde du bâtiment élémentaire (1~150 m² SDP) et la "
          "construction d'une extension de trois classes et d'un préau. Les travaux sont répartis en sept lots "
          "séparés ; chaque lot fait l'objet d'un marché distinct. Les candidats peuvent répondre à un ou plusieurs lots."),
        RTAB([["Lot", "Désignation"],
              ["01", "Gros œuvre – démolitions – maçonnerie"],
              ["02", "Charpente bois – couverture zinc"],
              ["03", "Menuiseries extérieures aluminium – occultations"],
              ["04", "Plâtrerie – isolation – faux plafonds"],
              ["05", "Électricité courants forts et faibles"],
              ["06", "Peinture – revêtements de sols souples"],
              ["07", "VRD – aménagements extérieurs"]], widths=[0.15, 0.85]),
        P("Le montant prévisionnel des travaux, tous lots confondus, est estimé à 1§840~000 € HT (valeur janvier 2027). "
          "Le lot 06 comporte une prestation supplémentaire éventuelle (PSE n°~1 : remplacement du sol sportif du préau) ; "
          "la PSE n'est pas un lot et sa mise en œuvre est décidée à la notification. Variantes : non autorisées."),
        H("Article 3 – Délais d'exécution"),
        P("Délai global : seize (16) mois, période de préparation d'un mois incluse. Démarrage prévisionnel des travaux : "
          "juillet 2027, en site occupé pendant l'année scolaire (phasage en 3 phases décrit au CCTP)."),
        H("Article 4 – Conditions d'exécution à caractère social"),
        P("En application de l'article L2112-2 du code, les lots 01, 02, 03, 04, 06 et 07 comportent une clause sociale "
          "d'insertion professionnelle : le titulaire réserve une partie des heures de travail générées par le marché à des "
          "personnes éloignées de l'emploi. Le nombre d'heures propre à chaque lot et les modalités sont fixés à l'article 9 "
          "du CCAP. La Maison de l'emploi du Haut-Arvenne (facilitatrice) accompagne gratuitement les entreprises."),
        H("Article 5 – Contenu du dossier de consultation"),
        LST(["le présent RC ;", "l'acte d'engagement (AE) de chaque lot ;", "le CCAP commun à tous les lots ;",
             "le CCTP de chaque lot et ses annexes ; les plans ;", "la DPGF de chaque lot (cadre à compléter) ;",
             "le PGC SPS et le rapport initial du contrôleur technique."]),
        H("Article 6 – Présentation des candidatures"),
        P("Formulaires DC1 et DC2 (ou DUME), attestations d'assurance, références de moins de cinq ans pour des travaux "
          "similaires, qualifications Qualibat ou équivalentes. Aucun niveau minimal de chiffre d'affaires n'est exigé."),
        H("Article 7 – Jugement des offres"),
        P("Les offres sont jugées lot par lot selon les critères pondérés suivants :"),
        RTAB([["Critère", "Pondération"],
              ["Prix des prestations (DPGF)", "50 %"],
              ["Valeur technique : méthodologie, phasage en site occupé, moyens affectés, planning", "40 %"],
              ["Performance environnementale : gestion et valorisation des déchets de chantier, provenance des matériaux", "10 %"]],
             widths=[0.8, 0.2], align="lr"),
        P("Le respect de la clause d'insertion est une condition d'exécution ; il n'est pas noté."),
        H("Article 8 – Conditions de remise des offres"),
        P("Date limite de réception : vendredi 19 mars 2027 à 12~h~00, sur le profil d'acheteur "
          "https://marches.val-arvenne.fr. Visite du site obligatoire, sur rendez-vous, les mardis de 9~h~00 à 11~h~30. "
          "Durée de validité des offres : 120 jours."),
    ]
    ccap = [
        TITLE("Communauté de communes du Val d'Arvenne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Groupe scolaire Jules-Ferrières – CCAP commun aux sept lots", "Marché n° " + ref),
        H("Article 1 – Objet – dispositions générales"),
        P("Le présent CCAP est commun aux sept lots de l'opération. Il déroge au CCAG Travaux (arrêté du 30 mars 2021) "
          "aux articles récapitulés à l'article 14."),
        H("Article 2 – Pièces contractuelles"),
        P("Par ordre de priorité : l'AE du lot, le présent CCAP, le CCTP du lot et ses annexes, la DPGF, le CCAG Travaux, "
          "le mémoire technique du titulaire."),
        H("Article 3 – Prix – variation"),
        P("Prix global et forfaitaire, révisable mensuellement par application de l'index BT de référence du lot "
          "(BT01 pour le lot 01, BT16b pour le lot 02, etc.), mois zéro : mars 2027."),
        H("Article 4 – Avance – retenue de garantie"),
        P("Une avance de 10 % du montant initial TTC est versée au titulaire lorsque le montant du lot excède 50~000 € HT "
          "et que le délai d'exécution est supérieur à deux mois. Une retenue de garantie de 5 % est appliquée ; elle peut "
          "être remplacée par une garantie à première demande."),
        H("Article 5 – Pénalités"),
        P("Retard d'exécution : 1/3~000e du montant du lot par jour calendaire. Absence à une réunion de chantier : 150 € HT. "
          "Non-remise des DOE : 100 € HT par jour."),
        H("Article 6 – Gestion environnementale du chantier"),
        P("Le titulaire trie sur le chantier ses déchets en cinq flux au moins (bois, métaux, plâtre, inertes, "
          "déchets non dangereux en mélange), justifie leur élimination par les bordereaux de suivi et atteint un taux de "
          "valorisation matière d'au moins 70 % en masse. Le brûlage est interdit. Les engins de plus de 19 kW sont de "
          "norme Stage~V ou électriques."),
        H("Article 7 – Horaires et organisation du chantier"),
        P("Les travaux bruyants sont interdits pendant les heures de classe (8~h~30 – 11~h~45 et 13~h~30 – 16~h~30). Le chantier "
          "est ouvert de 7~h~30 à 18~h~00 du lundi au vendredi ; aucun travail de nuit n'est autorisé."),
        H("Article 8 – Sous-traitance"),
        P("La sous-traitance est admise dans les conditions des articles L2193-1 et suivants. La sous-traitance à une "
          "structure d'insertion est encouragée pour satisfaire l'article 9."),
        H("Article 9 – Clause sociale d'insertion"),
        P("Les titulaires des lots mentionnés ci-après s'engagent à réaliser, pendant l'exécution de leur marché, un nombre "
          "minimal d'heures de travail au profit de personnes rencontrant des difficultés sociales ou professionnelles "
          "particulières : demandeurs d'emploi de longue durée, allocataires du RSA, jeunes de moins de 26 ans sans "
          "qualification, travailleurs handicapés, personnes suivies par un PLIE ou une SIAE."),
        RTAB([["Lot", "Heures d'insertion minimales"],
              ["01 – Gros œuvre", "490"], ["02 – Charpente couverture", "175"], ["03 – Menuiseries ext.", "70"],
              ["04 – Plâtrerie isolation", "210"], ["05 – Électricité", "néant"], ["06 – Peinture sols", "140"],
              ["07 – VRD", "315"], ["Total des heures d'insertion", "1 400"]],
             widths=[0.65, 0.35], align="lr", bold_last=True),
        P("L'engagement peut être exécuté par embauche directe, mise à disposition (ETTI, AI, GEIQ) ou sous-traitance/"
          "co-traitance avec une SIAE, une EA ou un ESAT. Un état mensuel des heures est transmis au facilitateur. "
          "En cas de non-réalisation, une pénalité de 60 € HT par heure non effectuée est appliquée, sauf cas de "
          "défaillance du facilitateur."),
        H("Article 10 – Réception"),
        P("La réception a lieu dans les conditions de l'article 41 du CCAG. Garantie de parfait achèvement : un an."),
    ]
    ae = [
        TITLE("Communauté de communes du Val d'Arvenne", "ACTE D'ENGAGEMENT",
              "Lot n° 04 – Plâtrerie – isolation – faux plafonds", "Consultation " + ref),
        H("A – Objet de l'acte d'engagement"),
        P("Marché public de travaux : réhabilitation et extension du groupe scolaire Jules-Ferrières. Le présent acte "
          "d'engagement concerne uniquement le lot n° 04 de l'opération."),
        H("B – Engagement du titulaire"),
        P("Après avoir pris connaissance des pièces du marché, le signataire s'engage, sur la base de son offre, à exécuter "
          "les prestations du lot 04 pour le prix global et forfaitaire suivant :"),
        TAB([["Montant HT", "…………………… €"], ["TVA (20 %)", "…………………… €"], ["Montant TTC", "…………………… €"]],
            header=False, widths=[0.5, 0.5]),
        P("Le titulaire s'engage en outre à réaliser au minimum 210 heures d'insertion professionnelle au titre de "
          "l'article 9 du CCAP et à désigner un référent insertion."),
        H("C – Délai"),
        P("Le délai d'exécution du lot est celui du calendrier détaillé (9 semaines d'intervention réparties sur 16 mois)."),
        H("D – Paiement"),
        P("Compte à créditer : IBAN ………………… . Délai global de paiement : 30 jours."),
        H("E – Signature"),
        P("Fait à ……………, le …………… . Signature du candidat. Décision du pouvoir adjudicateur : ………"),
    ]
    dpgf = [
        TITLE("CC du Val d'Arvenne – Groupe scolaire Jules-Ferrières", "DPGF – Lot 01 Gros œuvre – démolitions – maçonnerie",
              "Décomposition du prix global et forfaitaire – " + ref),
        P("Les quantités sont données à titre indicatif ; l'entreprise les vérifie et reste seule responsable de son prix global."),
        TAB([["N°", "Désignation", "U", "Qté", "PU HT", "Total HT"],
             ["1.1", "Installation de chantier, clôtures, base vie", "ens", "1", "", ""],
             ["1.2", "Démolition des cloisons et doublages existants", "m²", "410", "", ""],
             ["1.3", "Tri et évacuation des gravats en centre agréé", "t", "85", "", ""],
             ["2.1", "Fondations superficielles – semelles filantes", "m3", "42", "", ""],
             ["2.2", "Dallage béton armé ép. 15 cm", "m²", "265", "", ""],
             ["3.1", "Maçonnerie blocs béton 20 cm", "m²", "318", "", ""],
             ["4.1", "Travaux en régie – forfait de 35 heures de compagnon", "h", "35", "", ""],
             ["", "TOTAL HT du lot 01", "", "", "", ""],
             ["", "TVA 20 %", "", "", "", ""], ["", "TOTAL TTC", "", "", "", ""]]),
    ]
    qr = [
        TITLE("Communauté de communes du Val d'Arvenne", "REGISTRE DES QUESTIONS ET RÉPONSES N° 1",
              "Consultation " + ref + " – Groupe scolaire Jules-Ferrières", "Publié sur le profil d'acheteur le 8 mars 2027"),
        P("Les réponses ci-dessous sont communiquées à l'ensemble des entreprises ayant retiré le dossier. Elles font partie "
          "intégrante du DCE."),
        H2("Question 1 (lot 01)"),
        P("La visite est-elle possible le mercredi ? — Réponse : non, les visites ont lieu uniquement le mardi matin."),
        H2("Question 2 (lot 04)"),
        P("Le CCTP modificatif intègre le doublage des circulations au lot 04. Le nombre d'heures d'insertion est-il revu ? "
          "— Réponse : oui. Le volume d'heures d'insertion du lot 04 est porté de 210 heures à 280 heures. Le tableau de "
          "l'article 9 du CCAP est modifié en conséquence ; les autres lots sont inchangés."),
        H2("Question 3 (lot 05)"),
        P("Le lot électricité est-il soumis à la clause d'insertion ? — Réponse : non, le lot 05 ne comporte pas "
          "d'heures d'insertion."),
        H2("Question 4 (tous lots)"),
        P("Les 14 heures de formation SST de nos compagnons peuvent-elles être décomptées ? — Réponse : non. Seules les "
          "heures de travail effectuées par les personnes éligibles sont prises en compte."),
        H2("Question 5"),
        P("Le montant prévisionnel de 1§840~000 € indiqué au RC est-il hors taxes ? — Réponse : oui, il s'agit d'un montant "
          "HT, soit 2~208~000 € TTC. La date limite de remise des offres est reportée au 26 mars 2027 à 12~h~00."),
    ]
    cx = CX("Nîmes", "Saint-Ambroix-les-Vignes")
    rc += FILL(cx, 0, ["renseignements", "negociation", "litiges"], 9)
    ccap += FILL(cx, 0, ["assurances", "facturation", "resiliation"], 11) + [H("Article 14 – Dérogations au CCAG"), P("L'article 4 déroge à l'article 14 du CCAG ; l'article 5 déroge à l'article 19.2 ; l'article 7 complète l'article 31.")]
    return dict(
        id="d01",
        title="CC du Val d'Arvenne – réhabilitation et extension d'un groupe scolaire (7 lots, heures modifiées par Q/R)",
        pieces=[
            PIECE("RC_" + ref + ".pdf", "RC", hd, "RC – version du 15/02/2027", rc, L(
                clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=7,
                montant_estime_ht=1840000,
                evidence=["comportent une clause sociale d'insertion professionnelle",
                          "Performance environnementale : gestion et valorisation des déchets de chantier",
                          "Les travaux sont répartis en sept lots séparés",
                          "estimé à 1 840 000 € HT"]), hyphen=True),
            PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP commun – paraphe :", ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1400, clause_environnementale=1,
                allotissement=1, nb_lots=7,
                evidence=["Clause sociale d'insertion", "Total des heures d'insertion 1 400",
                          "trie sur le chantier ses déchets en cinq flux",
                          "Le présent CCAP est commun aux sept lots"]), hyphen=True, cols=2),
            PIECE("AE_" + ref + "_lot04.docx", "AE", hd, "AE lot 04", ae, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=210, allotissement=1,
                evidence=["réaliser au minimum 210 heures d'insertion professionnelle",
                          "concerne uniquement le lot n° 04"])),
            PIECE("DPGF_" + ref + "_lot01.docx", "DPGF", hd, "DPGF lot 01", dpgf, L(
                allotissement=1, evidence=["DPGF – Lot 01 Gros œuvre"])),
            PIECE("QR_" + ref + "_n1.pdf", "QR", hd, "Questions / réponses n° 1", qr, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=280, allotissement=1, montant_estime_ht=1840000,
                evidence=["Le volume d'heures d'insertion du lot 04 est porté de 210 heures à 280 heures",
                          "le lot 05 ne comporte pas d'heures d'insertion",
                          "montant prévisionnel de 1 840 000 €", "il s'agit d'un montant HT"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1470, allotissement=1, nb_lots=7, montant_estime_ht=1840000),
        note="Heures : tableau de l'article 9 du CCAP (490 + 175 + 70 + 210 + 140 + 315 = 1 400, total écrit), puis la "
             "réponse 2 du registre Q/R porte le lot 04 de 210 à 280 heures : 1 400 - 210 + 280 = 1 470. L'AE du lot 04, "
             "antérieur, écrit encore 210. Montant estimé : 1 840 000 € HT (RC, confirmé HT par la Q/R ; 2 208 000 € TTC "
             "est un piège). Sept lots (RC, CCAP) ; la PSE du lot 06 n'est pas un lot. Pièges : 35 heures de régie "
             "(DPGF), 14 heures de formation SST, horaires de chantier et de classe, avance 50 000 € HT, pénalité 60 € HT "
             "par heure. Pas d'accord-cadre : pas de maximum.",
    )


# ----------------------------------------------------------------------------- d02 (ZIP)
def d02():
    ref = "2027-NET-02"
    root = "DCE_MONTCLARET_" + ref.replace("-", "") + "/"
    hd = "Ville de Montclaret-sur-Loing – Nettoyage des locaux – " + ref
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Ville de Montclaret-sur-Loing – Nettoyage et entretien des locaux municipaux",
              "Annonce n° 27-018842 – BOAMP, rubrique Services"),
        H("Section I : Pouvoir adjudicateur"),
        P("Ville de Montclaret-sur-Loing, Hôtel de Ville, 1 rue de la République, 45290 Montclaret-sur-Loing. "
          "SIRET 214~502~871~00016. Type : autorité régionale ou locale. Profil : https://achats.montclaret.fr"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : nettoyage et entretien des locaux municipaux. II.1.3) Type : services. CPV 90919200."),
        P("II.1.5) Valeur totale estimée hors TVA : 498~000 EUR (durée maximale de quatre ans, tous lots)."),
        P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Nombre de lots : 3."),
        P("II.2.4) Accord-cadre à bons de commande mono-attributaire par lot, conclu pour un an et reconductible trois fois. "
          "Valeur maximale de l'accord-cadre sur sa durée totale, tous lots : 572~000 EUR HT."),
        P("II.2.5) Critères d'attribution : prix 40 % ; valeur technique 45 % (dont accompagnement des personnes en "
          "insertion sur les lots 1 et 2 : 5 %) ; performance environnementale 15 %."),
        H("Section III : Renseignements juridiques"),
        P("III.1.5) Marché réservé : le lot 3 est réservé aux entreprises adaptées et aux établissements et services "
          "d'aide par le travail (article L2113-12 du code de la commande publique)."),
        P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion pour les lots 1 et 2, soit 1~600 "
          "heures au total sur la durée maximale ; utilisation de produits porteurs de l'Écolabel européen ou équivalent."),
        H("Section IV : Procédure"),
        P("Procédure : appel d'offres ouvert. Date limite de réception des offres : 12 avril 2027, 16~h~00. "
          "Délai de validité des offres : 150 jours."),
    ]
    rc = [
        TITLE("VILLE DE MONTCLARET-SUR-LOING", "Règlement de consultation",
              "Nettoyage et entretien des locaux municipaux", "Appel d'offres ouvert – Réf. " + ref),
        H("1. Objet et forme du marché"),
        P("Le marché a pour objet le nettoyage courant et l'entretien périodique des bâtiments municipaux. Il prend la forme "
          "d'accords-cadres à bons de commande avec minimum et maximum, conclus par lot avec un seul opérateur. Les "
          "montants minimum et maximum figurent à l'article 4 du CCAP."),
        H("2. Allotissement"),
        P("Le marché est décomposé en trois lots :"),
        LST(["Lot 1 : nettoyage des bâtiments administratifs et culturels (14 sites) ;",
             "Lot 2 : nettoyage des équipements sportifs (gymnases, vestiaires, piscine Léo-Lagrange) ;",
             "Lot 3 : nettoyage de la vitrerie de l'ensemble des sites – lot réservé."]),
        P("Conformément à l'article L2113-12 du code de la commande publique, le lot 3 est réservé aux entreprises "
          "adaptées, aux ESAT et aux structures équivalentes employant au moins 50 % de travailleurs handicapés."),
        H("3. Durée"),
        P("Chaque accord-cadre court du 1er juin 2027 au 31 mai 2028. Il est reconductible tacitement trois fois "
          "par période de douze mois ; sa durée ne peut excéder quatre ans."),
        H("4. Clause d'insertion"),
        P("Les lots 1 et 2 comportent une condition d'exécution relative à l'insertion des publics éloignés de l'emploi "
          "(art. 9 du CCAP). Le lot 3, réservé, n'en comporte pas."),
        H("5. Jugement des offres"),
        RTAB([["Critère", "Lots 1 et 2", "Lot 3"],
              ["Prix (BPU appliqué au DQE non contractuel)", "40 %", "50 %"],
              ["Valeur technique – organisation, encadrement, moyens", "40 %", "35 %"],
              ["Valeur technique – modalités d'accueil et de tutorat des personnes en insertion", "5 %", "–"],
              ["Performance environnementale – produits, dosage, consommation d'eau", "15 %", "15 %"]],
             widths=[0.6, 0.2, 0.2], align="lrr"),
        H("6. Visite"),
        P("Une visite facultative des sites est organisée le 23 mars 2027 ; rendez-vous à 9~h~30 devant l'Hôtel de Ville."),
    ]
    ccap = [
        TITLE("Ville de Montclaret-sur-Loing", "CCAP – Cahier des clauses administratives particulières",
              "Nettoyage et entretien des locaux municipaux – 3 lots", "Réf. " + ref),
        H("Article 1 – Objet"),
        P("Le présent CCAP s'applique aux trois lots de la consultation. Le lot 3 (vitrerie) est réservé en application "
          "de l'article L2113-12 du code de la commande publique."),
        H("Article 2 – Pièces contractuelles"),
        P("AE, CCAP, CCTP, BPU, CCAG-FCS (arrêté du 30 mars 2021), mémoire technique."),
        H("Article 3 – Durée et reconduction"),
        P("Durée initiale : 12 mois à compter du 1er juin 2027, reconductible tacitement trois fois par période de 12 mois. "
          "Le titulaire peut refuser la reconduction avec un préavis de trois mois."),
        H("Article 4 – Montants minimum et maximum"),
        P("Les montants ci-dessous s'entendent par période d'exécution de douze mois ; ils sont identiques pour la période "
          "initiale et pour chacune des reconductions."),
        TAB([["Lot", "Minimum annuel HT", "Maximum annuel HT"],
             ["Lot 1", "30 000 €", "85 000 €"], ["Lot 2", "12 000 €", "40 000 €"], ["Lot 3", "4 000 €", "18 000 €"]],
            align="lrr"),
        P("Aucun bon de commande ne peut dépasser 25~000 € HT."),
        H("Article 5 – Prix"),
        P("Prix unitaires du BPU, révisés annuellement selon l'indice ICHTrev-TS des services de nettoyage."),
        H("Article 6 – Produits et méthodes"),
        P("Le titulaire utilise exclusivement des produits d'entretien porteurs de l'Écolabel européen ou équivalent, "
          "des systèmes de dosage automatique et des textiles microfibres lavables ; les aérosols sont proscrits."),
        H("Article 7 – Horaires"),
        P("Les interventions ont lieu entre 6~h~00 et 8~h~30 ou après 18~h~00. Le personnel suit une formation de "
          "7 heures aux protocoles de la Ville."),
        H("Article 8 – Pénalités"),
        P("Prestation non réalisée : 150 € HT par site et par jour. Absence de remise du rapport mensuel : 50 € HT."),
        H("Article 9 – Clause sociale (lots 1 et 2)"),
        P("Le titulaire du lot 1 réalise 1~200 heures d'insertion sur la durée totale de l'accord-cadre (reconductions "
          "comprises) ; le titulaire du lot 2 en réalise 400. Les publics visés sont ceux définis par le PLIE du "
          "Montargois. Pénalité : 40 € HT par heure non réalisée."),
    ]
    ae = [
        TITLE("Ville de Montclaret-sur-Loing", "ACTE D'ENGAGEMENT – LOT 3", "Nettoyage de la vitrerie – lot réservé",
              "Réf. " + ref),
        P("Objet : accord-cadre à bons de commande, lot 3 « nettoyage de la vitrerie », réservé aux entreprises "
          "adaptées et aux ESAT (article L2113-12 du code de la commande publique)."),
        P("Montant minimum par période annuelle : 4~000 € HT. Montant maximum par période annuelle : 18~000 € HT, soit "
          "21~600 € TTC. Durée : un an à compter du 1er juin 2027, reconductible trois fois."),
        P("Le candidat atteste que la proportion de travailleurs handicapés de sa structure est d'au moins 50 % : "
          "………… %."),
        TAB([["Raison sociale", ""], ["SIRET", ""], ["Statut (EA / ESAT / équivalent)", ""], ["Signataire", ""]],
            header=False, widths=[0.45, 0.55]),
        P("Délai de paiement : 30 jours. Fait à ………………, le ……………"),
    ]
    bpu = [
        TITLE("Ville de Montclaret-sur-Loing – Réf. " + ref, "BORDEREAU DES PRIX UNITAIRES",
              "Lot 1 – Nettoyage des bâtiments administratifs et culturels"),
        RTAB([["Code", "Prestation", "Unité", "Prix unitaire HT"],
              ["N01", "Nettoyage courant bureaux (fréquence quotidienne)", "m²/mois", ""],
              ["N02", "Nettoyage courant sanitaires", "m²/mois", ""],
              ["N03", "Décapage et mise en cire des sols thermoplastiques", "m²", ""],
              ["N04", "Shampouinage moquettes", "m²", ""],
              ["N05", "Remise en état après manifestation (médiathèque, salle Ronsard)", "heure", ""],
              ["N06", "Intervention urgente (délai 2 heures)", "forfait", ""]],
             widths=[0.1, 0.55, 0.15, 0.2], align="lllr"),
        P("Les prix s'entendent hors taxes, toutes sujétions comprises. Le DQE joint au dossier, non contractuel, sert au "
          "seul jugement des offres."),
    ]
    cx = CX("Orléans", "Montclaret-sur-Loing")
    rc += FILL(cx, 1, ["demat", "renseignements", "litiges"], 7, "{n}. {t}")
    ccap += FILL(cx, 1, ["facturation", "resiliation", "donnees"], 10)
    return dict(
        id="d02", zip="DCE_" + ref + ".zip",
        title="Ville de Montclaret-sur-Loing – nettoyage des locaux (3 lots dont 1 réservé EA/ESAT, ZIP de plateforme)",
        pieces=[
            PIECE("AVIS_" + ref + ".txt", "AVIS", hd, "", avis, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1600, critere_social=1, marche_reserve=1,
                reserve_base="L2113-12", clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=3,
                montant_estime_ht=498000, montant_max_ht=572000,
                evidence=["clause sociale d'insertion pour les lots 1 et 2, soit 1 600 heures",
                          "accompagnement des personnes en insertion", "(article L2113-12",
                          "produits porteurs de l'Écolabel européen", "performance environnementale 15 %",
                          "Nombre de lots : 3", "hors TVA : 498 000 EUR", "tous lots : 572 000 EUR HT"])) | dict(outside=True),
            PIECE(root + "1_Reglement/RC_" + ref + ".pdf", "RC", hd, "Règlement de consultation", rc, L(
                clause_sociale=1, clause_insertion=1, critere_social=1, marche_reserve=1, reserve_base="L2113-12",
                critere_environnemental=1, allotissement=1, nb_lots=3,
                evidence=["condition d'exécution relative à l'insertion des publics éloignés de l'emploi",
                          "modalités d'accueil et de tutorat des personnes en insertion",
                          "le lot 3 est réservé aux entreprises adaptées, aux ESAT",
                          "Performance environnementale", "décomposé en trois lots"])),
            PIECE(root + "2_Administratif/CCAP_" + ref + ".docx", "CCAP", hd, "CCAP " + ref, ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1600, marche_reserve=1, reserve_base="L2113-12",
                clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=572000,
                evidence=["1 200 heures d'insertion", "en réalise 400", "[1 200 + 400 = 1 600]",
                          "réservé en application de l'article L2113-12", "porteurs de l'Écolabel européen",
                          "aux trois lots", "[maxima annuels 85 000 + 40 000 + 18 000 = 143 000 × 4 périodes = 572 000]"])),
            PIECE(root + "2_Administratif/AE_lot3_" + ref + ".docx", "AE", hd, "AE lot 3", ae, L(
                marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=72000,
                evidence=["réservé aux entreprises adaptées et aux ESAT (article L2113-12",
                          "lot 3 « nettoyage de la vitrerie »",
                          "Montant maximum par période annuelle : 18 000 € HT", "reconductible trois fois",
                          "[18 000 × 4 = 72 000]"])),
            PIECE(root + "3_Financier/BPU_lot1_" + ref + ".pdf", "BPU", hd, "BPU lot 1", bpu, L(
                allotissement=1, evidence=["Lot 1 – Nettoyage des bâtiments administratifs et culturels"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=1600, allotissement=1, nb_lots=3, montant_estime_ht=498000, montant_max_ht=572000,
                 reserve_base="L2113-12"),
        note="Maximum : le CCAP donne des maxima annuels par lot (85 000, 40 000, 18 000), identiques pour la période "
             "initiale et les trois reconductions : (85 000 + 40 000 + 18 000) × 4 = 572 000 € HT, total écrit par l'avis. "
             "Estimation : 498 000 € HT (avis, durée maximale, tous lots). Heures : 1 200 (lot 1) + 400 (lot 2) = 1 600 "
             "(CCAP ; total écrit dans l'avis). Lot 3 réservé L2113-12. Pièges : minima annuels, plafond de 25 000 € HT par "
             "bon de commande, 21 600 € TTC de l'AE, formation de 7 heures, horaires 6 h – 8 h 30, intervention en 2 heures, "
             "pénalité 40 € HT par heure. L'avis est publié hors de l'archive (même dossier).",
    )


# ----------------------------------------------------------------------------- d03
def d03():
    ref = "2027-DA-11R"
    hd = "SIRS du Pays de Lhéry – Denrées alimentaires (relance) – " + ref
    rc = [
        TITLE("Syndicat intercommunal de restauration scolaire du Pays de Lhéry", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture de denrées alimentaires – relance des lots n° 3 et n° 7 déclarés infructueux",
              "Procédure adaptée – " + ref),
        H("1 – Contexte"),
        P("La consultation n° 2026-DA-11, lancée le 2 septembre 2026 et comprenant neuf lots, a été attribuée pour sept "
          "lots. Les lots n° 3 « Fruits et légumes frais issus de l'agriculture biologique » et n° 7 « Pain et "
          "viennoiseries » ont été déclarés infructueux (aucune offre pour le lot 3, offres inacceptables pour le lot 7)."),
        P("Pour mémoire, l'accord-cadre initial (neuf lots) représentait un montant maximum de 1§130~000 € HT sur sa "
          "durée ; ce montant ne concerne pas la présente relance."),
        H("2 – Objet et lots de la présente consultation"),
        P("La présente consultation porte uniquement sur les deux lots déclarés infructueux, qui conservent leur "
          "numérotation d'origine :"),
        LST(["lot n° 3 : fruits et légumes frais issus de l'agriculture biologique ;",
             "lot n° 7 : pain et viennoiseries (livraison quotidienne)."]),
        P("Chaque lot donne lieu à un accord-cadre à bons de commande distinct, avec minimum et maximum fixés au CCAP."),
        H("3 – Critères"),
        P("Prix : 50 % ; qualité gustative et fraîcheur (échantillons) : 30 % ; performance environnementale des "
          "livraisons et des emballages : 20 %."),
        H("4 – Échantillons"),
        P("Les échantillons du lot 7 sont déposés le 14 janvier 2027 entre 7~h~00 et 9~h~00 à la cuisine centrale, "
          "ZA des Grands-Prés, 36150 Lhéry-le-Bourg."),
        H("5 – Remise des offres"),
        P("Date limite : lundi 25 janvier 2027 à 12~h. Les offres sont déposées sur le profil d'acheteur du syndicat."),
    ]
    ccap = [
        TITLE("SIRS du Pays de Lhéry", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Fourniture de denrées alimentaires – lots 3 et 7 (relance)", "Réf. " + ref),
        H("Article 1 – Forme des marchés"),
        P("Accords-cadres mono-attributaires exécutés par bons de commande (art. R2162-2 et R2162-13 à R2162-14 du code), "
          "un par lot ; la consultation comprend deux lots (n° 3 et n° 7)."),
        H("Article 2 – Durée"),
        P("Période initiale : de la notification (prévue le 1er avril 2027) au 31 décembre 2027. Reconduction expresse "
          "possible une fois, pour l'année civile 2028."),
        H("Article 3 – Montants"),
        P("Les montants minimum et maximum, exprimés hors taxes, sont fixés par lot et par période :"),
        RTAB([["Lot", "Période", "Minimum HT", "Maximum HT"],
              ["3", "Période initiale (avril–déc. 2027)", "15 000 €", "52 000 €"],
              ["3", "Reconduction (2028)", "20 000 €", "68 000 €"],
              ["7", "Période initiale (avril–déc. 2027)", "6 000 €", "21 000 €"],
              ["7", "Reconduction (2028)", "8 000 €", "28 000 €"]],
             widths=[0.1, 0.44, 0.23, 0.23], align="llrr"),
        H("Article 4 – Livraisons et conditions environnementales"),
        P("Les livraisons sont regroupées (au plus trois par semaine pour le lot 3) et effectuées avec des véhicules "
          "Crit'Air 1 ou électriques. Les cagettes et caisses sont consignées et reprises à chaque livraison ; les "
          "emballages plastiques à usage unique sont interdits."),
        H("Article 5 – Prix et paiement"),
        P("Prix unitaires du BPU, révisables trimestriellement (lot 3 : mercuriale de référence ; lot 7 : indice "
          "INSEE 010534766). TVA 5,5 %. Paiement à 30 jours."),
        H("Article 6 – Pénalités"),
        P("Retard de livraison au-delà de 7~h~30 : 80 € HT par livraison. Produit non conforme non remplacé dans les "
          "2 heures : 150 € HT."),
    ]
    bpu = [
        TITLE("SIRS du Pays de Lhéry – " + ref, "BORDEREAU DES PRIX UNITAIRES – LOT N° 3",
              "Fruits et légumes frais issus de l'agriculture biologique"),
        TAB([["Réf.", "Produit (AB, catégorie I)", "Unité", "Prix HT"],
             ["301", "Pommes de terre de consommation, calibre 40/60", "kg", ""],
             ["302", "Carottes lavées", "kg", ""], ["303", "Pommes (variétés de saison)", "kg", ""],
             ["304", "Salade batavia", "pièce", ""], ["305", "Courgettes", "kg", ""],
             ["306", "Clémentines (hors saison locale)", "kg", ""]]),
        P("Les prix intègrent la livraison à la cuisine centrale et la reprise des contenants."),
    ]
    ae = [
        TITLE("SIRS du Pays de Lhéry", "ACTE D'ENGAGEMENT", "Lot n° 7 – Pain et viennoiseries", ref),
        P("Objet : accord-cadre à bons de commande pour la fourniture de pain et viennoiseries (lot n° 7 de la "
          "consultation relancée)."),
        P("Montant maximum : 21~000 € HT pour la période initiale et 28~000 € HT pour la période de reconduction. "
          "Montant minimum : 6~000 € HT et 8~000 € HT."),
        P("Taux de TVA applicable : 5,5 %. Délai de paiement : 30 jours à réception de facture."),
        TAB([["Candidat", ""], ["Adresse", ""], ["SIRET", ""], ["Date et signature", ""]], header=False),
    ]
    cx = CX("Limoges", "Lhéry-le-Bourg")
    rc += FILL(cx, 2, ["negociation", "demat"], 6, "{n} – {t}")
    ccap += FILL(cx, 2, ["assurances", "litiges"], 7)
    return dict(
        id="d03",
        title="SIRS du Pays de Lhéry – relance de deux lots infructueux de denrées alimentaires (numérotation d'origine)",
        pieces=[
            PIECE("RC_" + ref + ".pdf", "RC", hd, "RC relance lots 3 et 7", rc, L(
                critere_environnemental=1, allotissement=1, nb_lots=2,
                evidence=["performance environnementale des livraisons et des emballages : 20 %",
                          "porte uniquement sur les deux lots déclarés infructueux"]), cols=2, hyphen=True),
            PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP relance", ccap, L(
                clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=169000,
                evidence=["véhicules Crit'Air 1 ou électriques", "cagettes et caisses sont consignées",
                          "comprend deux lots (n° 3 et n° 7)", "[52 000 + 68 000 + 21 000 + 28 000 = 169 000]"])),
            PIECE("BPU_" + ref + "_lot3.docx", "BPU", hd, "BPU lot 3", bpu, L(
                allotissement=1, evidence=["BORDEREAU DES PRIX UNITAIRES – LOT N° 3"])),
            PIECE("AE_" + ref + "_lot7.docx", "AE", hd, "AE lot 7", ae, L(
                allotissement=1, montant_max_ht=49000,
                evidence=["Lot n° 7 – Pain et viennoiseries",
                          "21 000 € HT pour la période initiale et 28 000 € HT pour la période de reconduction"])),
        ],
        pos=["clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_max_ht=169000),
        note="Deux lots relancés (3 et 7), qui gardent leur numéro d'origine : nb_lots = 2, pas 7 ni 9. Maximum : tableau "
             "du CCAP par lot et par période, 52 000 + 68 000 + 21 000 + 28 000 = 169 000 € HT (pas de total écrit). "
             "Pièges : maximum de 1 130 000 € HT de l'accord-cadre initial (autre contrat), minima, pénalités, heures de "
             "livraison (7 h 30) et de dépôt des échantillons. Aucune estimation écrite. Aucune clause sociale.",
    )


# ----------------------------------------------------------------------------- d04
def d04():
    ref = "SMBS-2027-03"
    hd = "Syndicat mixte du bassin de la Sèvrette – Entretien des berges – " + ref
    avis = [
        TITLE("Avis de marché – Services", "Syndicat mixte du bassin de la Sèvrette (SMBS)",
              "Entretien de la ripisylve, des berges et des zones humides – marché réservé"),
        P("Acheteur : Syndicat mixte du bassin de la Sèvrette, 12 route de Niort, 79370 Celles-la-Sèvrette — "
          "SIRET 257~901~344~00028."),
        P("Objet : entretien de la végétation des berges, abattage sélectif, gestion des embâcles et fauche des zones "
          "humides sur 64 km de cours d'eau. CPV principal : 77312000."),
        P("Division en lots : non. Forme : accord-cadre à bons de commande, un an reconductible deux fois."),
        P("Valeur estimée hors TVA : 150~000 EUR. Valeur maximale de l'accord-cadre : 210~000 EUR HT sur sa durée totale."),
        P("Marché réservé : oui. Le marché est réservé aux structures d'insertion par l'activité économique mentionnées "
          "à l'article L5132-4 du code du travail et aux structures équivalentes (article L2113-13 du code de la "
          "commande publique)."),
        P("Critères d'attribution : prix 40 % ; valeur technique 35 % ; qualité du projet d'insertion et "
          "d'accompagnement des salariés en parcours 15 % ; performance environnementale 10 %."),
        P("Date limite de réception des offres : 8 mars 2027 à 17~h~00. Procédure adaptée."),
    ]
    rc = [
        TITLE("SYNDICAT MIXTE DU BASSIN DE LA SÈVRETTE", "Règlement de la consultation",
              "Entretien des berges et zones humides – marché réservé aux SIAE", "Réf. : " + ref),
        H("Article 1 – Objet"),
        P("Travaux d'entretien courant de la ripisylve et des berges sur le réseau hydrographique du bassin (64 km)."),
        H("Article 2 – Marché réservé"),
        P("En application des articles L2113-13 et R2113-7 du code de la commande publique, le marché est réservé aux "
          "structures d'insertion par l'activité économique (ateliers et chantiers d'insertion, entreprises d'insertion, "
          "associations intermédiaires, ETTI) et aux structures équivalentes, dont la proportion de travailleurs "
          "défavorisés est d'au moins 50 %."),
        H("Article 3 – Allotissement"),
        P("Le marché n'est pas alloti : les interventions, réparties sur un linéaire continu et programmées selon les "
          "débits, ne peuvent être dissociées sans nuire à la coordination des chantiers (art. L2113-11)."),
        H("Article 4 – Forme et durée"),
        P("Accord-cadre à bons de commande avec minimum et maximum annuels (voir CCAP), d'une durée d'un an à compter du "
          "1er avril 2027, reconductible deux fois."),
        H("Article 5 – Critères de jugement"),
        TAB([["Critère", "Poids"], ["Prix (DQE)", "40 %"], ["Valeur technique (méthodes, matériel, sécurité)", "35 %"],
             ["Qualité du projet d'insertion : encadrement technique, accompagnement socioprofessionnel, formation", "15 %"],
             ["Performance environnementale (devenir des rémanents, matériel à faibles émissions)", "10 %"]],
            widths=[0.8, 0.2], align="lr"),
        H("Article 6 – Pièces à produire"),
        P("Justificatif du conventionnement SIAE par la DDETS ou de l'équivalence ; mémoire technique ; DQE complété."),
    ]
    ccap = [
        TITLE("SMBS", "CCAP", "Entretien des berges et zones humides – accord-cadre réservé", ref),
        H("Article 1 – Objet et réservation"),
        P("Le présent accord-cadre, non alloti, est réservé aux SIAE (art. L2113-13 du code de la commande publique)."),
        H("Article 2 – Durée"),
        P("Un an à compter du 1er avril 2027, reconductible tacitement deux fois par période d'un an (durée maximale : "
          "trois ans)."),
        H("Article 3 – Montants"),
        P("Montant minimum annuel : 20~000 € HT. Montant maximum annuel : 70§000 € HT (84§000 € TTC). Ces montants "
          "s'appliquent à chaque période annuelle."),
        H("Article 4 – Prescriptions environnementales d'exécution"),
        P("Aucun produit phytosanitaire n'est employé. Les rémanents sont broyés sur place ou valorisés en bois-énergie ; "
          "les huiles de chaîne sont biodégradables ; les engins intervenant en lit mineur disposent d'un kit anti-pollution."),
        H("Article 5 – Pénalités"),
        P("Retard d'exécution d'un bon de commande : 100 € HT par jour. Intervention en période de nidification "
          "(15 mars – 31 juillet) sans accord : 500 € HT."),
        H("Article 6 – Paiement"),
        P("Délai global de paiement : 30 jours. Avance de 20 % à la demande du titulaire."),
    ]
    cctp = [
        TITLE("SMBS – " + ref, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", "Entretien des berges et zones humides"),
        H("1. Secteurs d'intervention"),
        P("Sèvrette amont (22 km), Sèvrette aval (18 km), affluents du Vivier et de la Guirande (24 km)."),
        H("2. Techniques"),
        P("Abattage sélectif des arbres instables ou dépérissants, recépage, débroussaillage manuel, retrait des "
          "embâcles gênants. Les souches sont conservées pour la tenue des berges. La fauche des prairies humides est "
          "tardive (après le 15 juillet) et exportatrice."),
        P("Le titulaire n'utilise aucun produit phytosanitaire ni débroussaillant chimique ; les déchets verts sont "
          "broyés sur place ou évacués vers une plateforme de compostage agréée."),
        H("3. Organisation"),
        P("Horaires d'intervention : 7~h~30 – 16~h~30. Une équipe type comprend un encadrant technique pour huit salariés "
          "au plus. Les salariés reçoivent une formation de 21 heures à l'abattage et au bûcheronnage en sécurité."),
        H("4. Compte rendu"),
        P("Un compte rendu cartographié est remis après chaque bon de commande."),
    ]
    bpu = [
        TITLE("SMBS – " + ref, "BORDEREAU DES PRIX UNITAIRES", "Entretien des berges et zones humides"),
        RTAB([["N°", "Désignation", "Unité", "PU HT"],
              ["1", "Débroussaillage manuel des berges", "ml", ""],
              ["2", "Abattage sélectif arbre Ø < 40 cm", "u", ""],
              ["3", "Abattage sélectif arbre Ø ≥ 40 cm", "u", ""],
              ["4", "Retrait d'embâcle (par équipe de 4)", "jour", ""],
              ["5", "Fauche exportatrice de prairie humide", "ha", ""],
              ["6", "Broyage des rémanents sur place", "m3", ""]],
             widths=[0.08, 0.6, 0.12, 0.2], align="lllr"),
    ]
    cx = CX("Poitiers", "Celles-la-Sèvrette")
    rc += FILL(cx, 1, ["negociation", "renseignements"], 7)
    ccap += FILL(cx, 0, ["facturation", "litiges"], 7)
    return dict(
        id="d04",
        title="Syndicat mixte du bassin de la Sèvrette – entretien des berges, accord-cadre non alloti réservé aux SIAE",
        pieces=[
            PIECE("Avis_marche_" + ref + ".txt", "AVIS", hd, "", avis, L(
                critere_social=1, marche_reserve=1, reserve_base="L2113-13", critere_environnemental=1,
                allotissement=0, montant_estime_ht=150000, montant_max_ht=210000,
                evidence=["qualité du projet d'insertion et d'accompagnement des salariés en parcours 15 %",
                          "(article L2113-13 du code de la commande publique)", "performance environnementale 10 %",
                          "Division en lots : non", "Valeur estimée hors TVA : 150 000 EUR",
                          "Valeur maximale de l'accord-cadre : 210 000 EUR HT"])),
            PIECE("RC_" + ref + ".docx", "RC", hd, "RC " + ref, rc, L(
                critere_social=1, marche_reserve=1, reserve_base="L2113-13", critere_environnemental=1, allotissement=0,
                evidence=["Qualité du projet d'insertion : encadrement technique, accompagnement socioprofessionnel",
                          "En application des articles L2113-13 et R2113-7", "Performance environnementale",
                          "Le marché n'est pas alloti"])),
            PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP – page", ccap, L(
                marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, allotissement=0,
                montant_max_ht=210000,
                evidence=["réservé aux SIAE (art. L2113-13", "Aucun produit phytosanitaire n'est employé",
                          "non alloti", "Montant maximum annuel : 70 000 € HT", "reconductible tacitement deux fois",
                          "[70 000 × 3 = 210 000]"])),
            PIECE("CCTP_" + ref + ".pdf", "CCTP", hd, "CCTP", cctp, L(
                clause_environnementale=1,
                evidence=["n'utilise aucun produit phytosanitaire ni débroussaillant chimique"]), cols=2, hyphen=True),
            PIECE("BPU_" + ref + ".pdf", "BPU", hd, "BPU", bpu, L()),
        ],
        pos=["critere_social", "marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=0, montant_estime_ht=150000, montant_max_ht=210000, reserve_base="L2113-13"),
        note="Maximum : 70 000 € HT par an, identique pour chaque période, un an + deux reconductions = 210 000 € HT (total "
             "écrit dans l'avis). Estimation 150 000 € HT (avis). Non alloti (RC, avis, CCAP). Réservé SIAE L2113-13. "
             "Critère social : qualité du projet d'insertion (15 %) ; aucune clause d'insertion (marché réservé). Pièges : "
             "84 000 € TTC, minimum 20 000 €, formation de 21 heures, horaires 7 h 30 – 16 h 30, pénalités, avance 20 %.",
    )


# ----------------------------------------------------------------------------- d05
def d05():
    ref = "CHIDV-2027-014"
    hd = "Centre hospitalier intercommunal des Deux-Vallées – Textiles – " + ref
    rc = [
        TITLE("Centre hospitalier intercommunal des Deux-Vallées", "RÈGLEMENT DE LA CONSULTATION",
              "Location-entretien des vêtements professionnels et entretien du linge des résidents",
              "Appel d'offres ouvert – " + ref),
        H("Article 1 – Objet et lots"),
        P("La consultation comprend deux lots, chacun donnant lieu à un accord-cadre à bons de commande :"),
        LST(["Lot 1 : location et entretien des vêtements professionnels des agents (environ 640 porteurs) ;",
             "Lot 2 : entretien du linge personnel des résidents des EHPAD Les Aulnes et Val-Fleuri – lot réservé."]),
        H("Article 2 – Réservation du lot 2"),
        P("Le lot 2 est réservé, conformément aux articles L2113-12, L2113-13 et L2113-14 du code de la commande "
          "publique, à la fois aux entreprises adaptées et ESAT et aux structures d'insertion par l'activité économique."),
        H("Article 3 – Durée et montants estimatifs"),
        P("Les accords-cadres sont conclus pour quatre ans ferme à compter du 1er juillet 2027, sans reconduction. "
          "Montant estimatif annuel : lot 1 : 96§000 € HT ; lot 2 : 39~000 € HT. Les montants maximum figurent au CCAP."),
        H("Article 4 – Critères"),
        RTAB([["Critère", "Lot 1", "Lot 2"],
              ["Prix", "50 %", "50 %"],
              ["Valeur technique", "35 %", "40 %"],
              ["Performance environnementale (lessives, eau, transport)", "10 %", "10 %"],
              ["Performance en matière d'insertion professionnelle des publics en difficulté", "5 %", "–"]],
             widths=[0.6, 0.2, 0.2], align="lrr"),
        H("Article 5 – Remise des offres"),
        P("Offres remises au plus tard le 30 avril 2027 à 16~h. Les échantillons de tenues du lot 1 sont déposés au "
          "magasin central, ouvert de 8~h à 15~h30."),
    ]
    ccap = [
        TITLE("CH intercommunal des Deux-Vallées", "CCAP", "Textiles – lots 1 et 2", ref),
        H("Art. 1 – Objet"),
        P("Le présent CCAP régit les deux lots de la consultation (lot 1 : vêtements professionnels ; lot 2 : linge des "
          "résidents)."),
        H("Art. 2 – Durée"),
        P("Quatre ans ferme à compter du 1er juillet 2027."),
        H("Art. 3 – Montants minimum et maximum"),
        P("Les montants sont fixés pour la durée totale de l'accord-cadre : lot 1 : minimum 200~000 € HT, maximum "
          "600§000 € HT ; lot 2 : minimum 60~000 € HT, maximum 240§000 € HT."),
        H("Art. 4 – Délais et pénalités"),
        P("Délai de livraison du linge propre : 48 heures après collecte. Pénalité : 150 € HT par heure de retard de "
          "livraison au-delà de la tolérance d'une heure ; 30 € HT par article perdu."),
        H("Art. 5 – Clause sociale d'insertion (lot 1)"),
        P("Le titulaire du lot 1 s'engage à réaliser 700 heures de travail au bénéfice de personnes éloignées de l'emploi "
          "pendant la durée de l'accord-cadre, selon les modalités du guide de la clause annexé. Pénalité : 50 € HT par "
          "heure non réalisée."),
        H("Art. 6 – Exigences environnementales"),
        P("Le titulaire emploie des lessives sans phosphates ni perborates, porteuses d'un écolabel de type I ; il limite "
          "la consommation d'eau à 8 litres par kg de linge traité et optimise ses tournées (deux collectes par semaine)."),
        H("Art. 7 – Paiement"),
        P("Délai global de paiement : 50 jours (art. R2192-11). Retenue de garantie : néant."),
    ]
    cctp2 = [
        TITLE("CHIDV – " + ref, "CCTP – Lot 2", "Entretien du linge personnel des résidents"),
        P("Rappel : le lot 2 est réservé aux opérateurs mentionnés aux articles L2113-12 et L2113-13 du code de la "
          "commande publique (voir RC)."),
        H("1. Volumes"),
        P("Environ 18 tonnes de linge par an pour 160 résidents ; marquage nominatif thermocollé."),
        H("2. Collecte et livraison"),
        P("Collecte les lundis et jeudis entre 6~h et 8~h ; livraison du linge propre, plié et trié par résident, "
          "sous 48 heures."),
        H("3. Traitement"),
        P("Lavage à 40 °C sauf linge souillé (60 °C). Le titulaire utilise des lessives écolabellisées, limite les "
          "consommations d'eau et d'énergie et justifie ses consommations dans un bilan annuel."),
        H("4. Qualité"),
        P("Méthode RABC ; taux de perte toléré : 0,5 %."),
    ]
    dqe = [
        TITLE("CHIDV – " + ref, "DÉTAIL QUANTITATIF ESTIMATIF – LOT 1", "Location et entretien des vêtements professionnels"),
        P("Quantités annuelles estimées, non contractuelles, servant au seul jugement des offres."),
        RTAB([["Article", "Unité", "Qté annuelle", "PU HT", "Total HT"],
              ["Tenue soignant (tunique + pantalon)", "semaine-porteur", "22 400", "", ""],
              ["Tenue technique", "semaine-porteur", "3 100", "", ""],
              ["Blouse médicale", "semaine-porteur", "4 700", "", ""],
              ["Dotation initiale et marquage", "porteur", "640", "", ""],
              ["Total annuel HT", "", "", "", ""]],
             widths=[0.4, 0.18, 0.14, 0.14, 0.14], align="llrrr", bold_last=True),
    ]
    qr = [
        TITLE("CHIDV", "Questions des candidats et réponses de l'acheteur", ref),
        H2("Q1 – Lot 1 : les 700 heures d'insertion sont-elles annuelles ?"),
        P("Non. Les 700 heures sont dues sur la durée totale de quatre ans, soit à titre indicatif environ 175 heures "
          "par an."),
        H2("Q2 – Lot 1 : le maximum de 600~000 € HT est-il annuel ?"),
        P("Non, il s'applique à la durée totale de l'accord-cadre (quatre ans)."),
        H2("Q3 – Lot 2 : un ESAT peut-il se présenter en groupement avec une entreprise d'insertion ?"),
        P("Oui, le lot étant réservé aux deux catégories de structures."),
        H2("Q4 – Délai de paiement ?"),
        P("50 jours, l'acheteur étant un établissement public de santé."),
    ]
    cx = CX("Lyon", "Valbrune")
    rc += FILL(cx, 2, ["renseignements", "litiges"], 6)
    ccap += FILL(cx, 1, ["assurances", "donnees", "resiliation"], 8, "Art. {n} – {t}")
    return dict(
        id="d05",
        title="CH intercommunal des Deux-Vallées – textiles, 2 lots dont 1 réservé EA/ESAT et SIAE (L2113-14)",
        pieces=[
            PIECE("RC_" + ref + ".pdf", "RC", hd, "RC", rc, L(
                critere_social=1, marche_reserve=1, reserve_base="L2113-12;L2113-13", critere_environnemental=1,
                allotissement=1, nb_lots=2, montant_estime_ht=540000,
                evidence=["Performance en matière d'insertion professionnelle des publics en difficulté",
                          "articles L2113-12, L2113-13 et L2113-14", "Performance environnementale (lessives, eau, transport)",
                          "comprend deux lots", "quatre ans ferme", "lot 1 : 96 000 € HT ; lot 2 : 39 000 € HT",
                          "[(96 000 + 39 000) × 4]"]), hyphen=True),
            PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=700, clause_environnementale=1,
                allotissement=1, nb_lots=2, montant_max_ht=840000,
                evidence=["réaliser 700 heures de travail au bénéfice de personnes éloignées de l'emploi",
                          "lessives sans phosphates ni perborates", "les deux lots",
                          "maximum 600 000 € HT", "maximum 240 000 € HT", "[600 000 + 240 000]"]), cols=2, hyphen=True),
            PIECE("CCTP_" + ref + "_lot2.docx", "CCTP", hd, "CCTP lot 2", cctp2, L(
                marche_reserve=1, reserve_base="L2113-12;L2113-13", clause_environnementale=1, allotissement=1,
                evidence=["le lot 2 est réservé aux opérateurs mentionnés aux articles L2113-12 et L2113-13",
                          "utilise des lessives écolabellisées"])),
            PIECE("DQE_" + ref + "_lot1.pdf", "DQE", hd, "DQE lot 1", dqe, L(
                allotissement=1, evidence=["DÉTAIL QUANTITATIF ESTIMATIF – LOT 1"])),
            PIECE("QR_" + ref + ".pdf", "QR", hd, "Q/R", qr, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=700, marche_reserve=1, reserve_base="L2113-12;L2113-13",
                allotissement=1, montant_max_ht=600000,
                evidence=["Les 700 heures sont dues sur la durée totale", "le lot étant réservé aux deux catégories",
                          "Lot 2 : un ESAT", "le maximum de 600 000 € HT", "s'applique à la durée totale"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=700, allotissement=1, nb_lots=2, montant_estime_ht=540000, montant_max_ht=840000,
                 reserve_base="L2113-12;L2113-13"),
        note="Estimation : le RC donne des montants annuels par lot (96 000 + 39 000 = 135 000 € HT) et une durée de quatre "
             "ans ferme sans reconduction : 135 000 × 4 = 540 000 € HT (calculé, non écrit). Maximum : CCAP, pour la durée "
             "totale, 600 000 + 240 000 = 840 000 € HT (la Q/R confirme que ce n'est pas annuel). Heures : 700 sur la durée "
             "totale (CCAP, confirmé par la Q/R ; « 175 heures par an » est indicatif). Lot 2 réservé à la fois L2113-12 "
             "et L2113-13 (L2113-14). Pièges : minima, 640 porteurs, 48 heures, pénalité 150 € HT par heure, 8 litres par "
             "kg, paiement 50 jours, horaires.",
    )


# ----------------------------------------------------------------------------- d06 (ZIP)
def d06():
    ref = "BRH-2027-V01"
    root = "Consultation_" + ref + "/"
    hd = "Commune de Bréhaudière – Entretien de voirie – " + ref
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Commune de Bréhaudière (Ille-et-Vilaine)",
              "Accord-cadre de travaux d'entretien et de grosses réparations de voirie"),
        P("Acheteur : Commune de Bréhaudière, 2 place de l'Église, 35590 Bréhaudière – SIRET 213~503~117~00013."),
        P("Type de procédure : procédure adaptée (valeur inférieure au seuil européen de 5~404~000 € HT applicable aux "
          "travaux)."),
        P("Valeur estimée hors TVA : 1~500~000 EUR sur la durée maximale de l'accord-cadre."),
        P("Montant maximum de l'accord-cadre : 900~000 EUR HT pour la période initiale de 24 mois et 450~000 EUR HT "
          "pour chacune des deux périodes de reconduction de 12 mois."),
        P("Lots : marché non alloti."),
        P("Conditions d'exécution : clause d'insertion sociale (800 heures sur la durée maximale) ; recyclage des "
          "enrobés et des matériaux de démolition."),
        P("Critères : prix 55 % ; valeur technique 35 % ; performance environnementale 10 %."),
        P("Remise des offres : 22 février 2027, 12~h~00, sur https://marches.megalis-exemple.bzh"),
    ]
    rc = [
        TITLE("COMMUNE DE BRÉHAUDIÈRE", "RÈGLEMENT DE CONSULTATION",
              "Travaux d'entretien et de grosses réparations de voirie communale", "Accord-cadre à bons de commande – " + ref),
        H("Article 1 – Objet"),
        P("Réfection de chaussées, trottoirs, bordures, réseaux d'eaux pluviales et signalisation horizontale sur les "
          "46 km de voirie communale."),
        H("Article 2 – Allotissement"),
        P("Le marché n'est pas alloti. Les prestations (terrassements, revêtements, assainissement pluvial) s'enchaînent "
          "sur chaque chantier et leur dévolution à plusieurs entreprises rendrait l'exécution plus coûteuse et la "
          "coordination impossible pour les services de la commune (article L2113-11 du code)."),
        H("Article 3 – Forme"),
        P("Accord-cadre mono-attributaire à bons de commande, avec un minimum et un maximum (voir CCAP art. 3). Durée : "
          "24 mois, reconductible deux fois 12 mois."),
        H("Article 4 – Jugement des offres"),
        LST(["Prix (DQE) : 55 %", "Valeur technique (moyens, organisation, délais d'intervention) : 35 %",
             "Performance environnementale (taux de recyclage des enrobés, centrale d'enrobage, transport) : 10 %"]),
        H("Article 5 – Capacités"),
        P("Chiffre d'affaires minimal : 1§350~000 € HT (1,5 fois la valeur de la période initiale)."),
    ]
    ccap = [
        TITLE("Commune de Bréhaudière", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Entretien et grosses réparations de voirie – accord-cadre à bons de commande", ref),
        H("Article 1 – Objet"),
        P("Accord-cadre de travaux exécuté par bons de commande (art. R2162-13 et suivants), non alloti, attribué à un "
          "seul opérateur."),
        H("Article 2 – Durée"),
        P("La période initiale est de 24 mois à compter de la notification. L'accord-cadre peut être reconduit "
          "expressément deux fois, pour une période de 12 mois chacune."),
        H("Article 3 – Montants"),
        P("Montant minimum : 150~000 € HT pour la période initiale ; 60~000 € HT par période de reconduction."),
        P("Montant maximum : 900§000 € HT pour la période initiale ; 450§000 € HT pour chaque période de reconduction."),
        P("Un bon de commande ne peut excéder 200~000 € HT ; au-delà, un marché distinct est passé."),
        H("Article 4 – Délais d'intervention"),
        P("Urgence (sécurité) : intervention sous 4 heures, 24~h/24. Travaux courants : délai fixé par le bon de commande."),
        H("Article 5 – Pénalités"),
        P("Retard : 200 € HT par jour calendaire. Non-respect de la signalisation de chantier : 300 € HT par constat."),
        H("Article 6 – Retenue de garantie"),
        P("5 % du montant de chaque bon de commande, remplaçable par une garantie à première demande."),
        H("Article 7 – Environnement"),
        P("Les fraisats d'enrobés sont intégralement recyclés ; les enrobés mis en œuvre contiennent au moins 20 % "
          "d'agrégats d'enrobés recyclés, sauf couche de roulement en zone de trafic T1. Le titulaire remet le SOSED "
          "et les bordereaux de suivi des déchets."),
        H("Article 8 – Clause sociale d'insertion"),
        P("Le titulaire réalise un volume minimal de 400 heu¤res d'insertion au titre de la période initiale, puis de "
          "200 heures par période de reconduction, soit 800 heures au total si l'accord-cadre est reconduit deux fois. "
          "Il est accompagné par la facilitatrice de la Maison de l'emploi de Vitré-Communauté. Pénalité : 50 € HT par "
          "heure non réalisée."),
    ]
    ae = [
        TITLE("Commune de Bréhaudière", "ACTE D'ENGAGEMENT", "Accord-cadre – entretien de voirie", ref),
        P("Le titulaire s'engage à exécuter les prestations aux prix unitaires de son BPU, dans la limite des montants "
          "maximum fixés à l'article 3 du CCAP."),
        P("Pour information, montant maximum TTC de la période initiale : 1~080~000 €."),
        P("Le titulaire s'engage à exécuter l'action d'insertion prévue à l'article 8 du CCAP et à transmettre chaque "
          "trimestre l'état des heures réalisées."),
        TAB([["Entreprise", ""], ["SIRET", ""], ["Code APE", ""], ["Nom et qualité du signataire", ""]], header=False),
        P("Durée de validité de l'offre : 120 jours."),
    ]
    bpu = [
        TITLE("Commune de Bréhaudière – " + ref, "BPU – Bordereau des prix unitaires"),
        TAB([["N°", "Désignation", "Unité", "Prix HT (chiffres)", "Prix HT (lettres)"],
             ["100", "Installation de chantier par bon de commande", "forfait", "", ""],
             ["210", "Rabotage de chaussée ép. 0 à 5 cm", "m²", "", ""],
             ["320", "Enrobé BBSG 0/10 avec 20 % d'agrégats recyclés", "t", "", ""],
             ["410", "Bordure T2 posée sur béton", "ml", "", ""],
             ["520", "Avaloir fonte 500x500", "u", "", ""],
             ["900", "Main-d'œuvre en régie (chef d'équipe)", "heure", "", ""]],
            widths=[0.08, 0.42, 0.12, 0.18, 0.2]),
    ]
    cx = CX("Rennes", "Bréhaudière")
    rc += FILL(cx, 0, ["demat", "negociation", "litiges"], 6)
    ccap += FILL(cx, 2, ["facturation", "resiliation", "assurances"], 9)
    return dict(
        id="d06", zip=ref + "_DCE.zip",
        title="Commune de Bréhaudière – accord-cadre de travaux de voirie, maxima par période, heures par période (ZIP)",
        pieces=[
            PIECE(root + "00_AAPC/Avis_" + ref + ".txt", "AVIS", hd, "", avis, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=800, clause_environnementale=1,
                critere_environnemental=1, allotissement=0, montant_estime_ht=1500000, montant_max_ht=1800000,
                evidence=["clause d'insertion sociale (800 heures sur la durée maximale)",
                          "recyclage des enrobés", "performance environnementale 10 %", "marché non alloti",
                          "Valeur estimée hors TVA : 1 500 000 EUR",
                          "900 000 EUR HT pour la période initiale", "450 000 EUR HT pour chacune des deux périodes",
                          "[900 000 + 2 × 450 000]"])),
            PIECE(root + "01_RC/RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc, L(
                critere_environnemental=1, allotissement=0,
                evidence=["Performance environnementale (taux de recyclage des enrobés",
                          "Le marché n'est pas alloti"])),
            PIECE(root + "02_CCAP/CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=800, clause_environnementale=1, allotissement=0,
                montant_max_ht=1800000,
                evidence=["soit 800 heures au total", "au moins 20 % d'agrégats d'enrobés recyclés", "non alloti",
                          "900 000 € HT pour la période initiale ; 450 000 € HT pour chaque période de reconduction",
                          "[900 000 + 2 × 450 000]"]), hyphen=True),
            PIECE(root + "03_AE/AE_" + ref + ".docx", "AE", hd, "AE " + ref, ae, L(
                clause_sociale=1, clause_insertion=1,
                evidence=["s'engage à exécuter l'action d'insertion prévue à l'article 8 du CCAP"])),
            PIECE(root + "04_BPU/BPU_" + ref + ".docx", "BPU", hd, "BPU", bpu, L()),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=800, allotissement=0, montant_estime_ht=1500000, montant_max_ht=1800000),
        note="Maximum : 900 000 € HT (période initiale de 24 mois) + 2 × 450 000 € HT (deux reconductions) = 1 800 000 € HT "
             "(CCAP et avis, sans total écrit). Estimation 1 500 000 € HT (avis). Heures : 400 + 2 × 200 = 800, total écrit "
             "au CCAP et dans l'avis. Pièges : seuil européen 5 404 000 €, minima, plafond de 200 000 € HT par bon, "
             "1 080 000 € TTC de l'AE, chiffre d'affaires minimal 1 350 000 €, 4 heures / 24 h/24, pénalités, 20 % "
             "d'agrégats, retenue 5 %. Le BPU est rattaché au marché unique (allotissement vide).",
    )


# ----------------------------------------------------------------------------- d07
def d07():
    ref = "CUHR-27-FOU-009"
    hd = "Communauté urbaine de Haute-Rivelle – Mobilier scolaire – " + ref
    rc = [
        TITLE("Communauté urbaine de Haute-Rivelle", "Règlement de la consultation",
              "Fourniture et livraison de mobilier scolaire, de restauration et de petite enfance",
              "Appel d'offres ouvert (art. R2161-2 à R2161-5) – " + ref),
        H("1. Objet – décomposition"),
        P("La consultation est allotie en 4 lots : lot 1 mobilier de salle de classe ; lot 2 mobilier de restauration "
          "scolaire ; lot 3 rangements et bibliothèques ; lot 4 mobilier de petite enfance (crèches)."),
        P("Prestations supplémentaires éventuelles (PSE), à chiffrer obligatoirement : PSE n° 1 (lots 1 et 2) reprise et "
          "recyclage du mobilier usagé ; PSE n° 2 (lot 3) montage et fixation murale. Les PSE ne constituent ni des lots "
          "ni des variantes."),
        H("2. Montant estimé"),
        P("Le montant total estimé des quatre lots est de 372~000 € HT sur la durée maximale de trois ans."),
        H("3. Critères d'attribution"),
        TAB([["Critère", "Pondération"],
             ["Prix", "40 %"],
             ["Qualité technique, ergonomie, garanties (échantillons)", "35 %"],
             ["Performance environnementale : part de matériaux recyclés, durabilité, réparabilité, emballages", "20 %"],
             ["Démarche sociale : recours à des structures d'insertion ou du handicap pour la fabrication, le montage "
              "ou la livraison", "5 %"]],
            widths=[0.8, 0.2], align="lr"),
        H("4. Échantillons"),
        P("Une chaise et une table par taille (T3 à T6) pour le lot 1, livrées franco au magasin de Rivelle-Est avant le "
          "3 mars 2027, 16~h."),
        H("5. Remise des offres"),
        P("Le 10 mars 2027 à 12 heures au plus tard."),
    ]
    ccap = [
        TITLE("Communauté urbaine de Haute-Rivelle", "CCAP", "Mobilier scolaire et de restauration", ref),
        H("Art. 1 – Forme"),
        P("Quatre accords-cadres à bons de commande (un par lot), mono-attributaires, avec minimum et maximum."),
        H("Art. 2 – Durée"),
        P("Un an à compter du 1er mai 2027, reconductible deux fois par période d'un an."),
        H("Art. 3 – Montants"),
        P("Montants par lot, en euros hors taxes, applicables à chaque période annuelle (période initiale et reconductions) :"),
        RTAB([["Lot", "Minimum annuel", "Maximum annuel"],
              ["1 – Salle de classe", "10 000", "60 000"], ["2 – Restauration", "5 000", "35 000"],
              ["3 – Rangements", "3 000", "20 000"], ["4 – Petite enfance", "2 000", "15 000"]],
             widths=[0.5, 0.25, 0.25], align="lrr"),
        H("Art. 4 – Livraison"),
        P("Délai de livraison : 6 semaines maximum à compter du bon de commande ; livraison et montage entre 8~h et 17~h "
          "pendant les vacances scolaires. Pénalité : 1/1000e du montant du bon par jour de retard."),
        H("Art. 5 – Emballages et déchets"),
        P("Le titulaire livre le mobilier avec un emballage minimal, reprend l'ensemble des emballages à la livraison et "
          "justifie de leur valorisation matière. Les palettes sont consignées."),
        H("Art. 6 – Garantie"),
        P("Garantie pièces et main-d'œuvre : 10 ans pour les structures, 5 ans pour les plateaux et assises."),
    ]
    cctp = [
        TITLE("CU de Haute-Rivelle – " + ref, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", "Lots 1 à 4"),
        H("Chapitre 1 – Généralités communes aux quatre lots"),
        P("Le mobilier est conforme aux normes NF EN 1729-1 et 1729-2 (mobilier scolaire) et NF EN 16121. Les panneaux à "
          "base de bois sont classés E1 et issus de forêts gérées durablement (PEFC, FSC ou équivalent) ; les finitions "
          "sont exemptes de solvants chlorés. Les pièces d'usure sont disponibles pendant 10 ans au moins."),
        H("Chapitre 2 – Lot 1 : salle de classe"),
        P("Tables réglables en hauteur (tailles 3 à 6), plateau stratifié 22 mm, chaises coque polypropylène recyclé à 50 % "
          "au moins, hauteur d'assise 35 à 46 cm."),
        H("Chapitre 3 – Lot 2 : restauration"),
        P("Tables pliantes sur chariot, chaises empilables par 10, lavables à haute pression."),
        H("Chapitre 4 – Lot 3 : rangements"),
        P("Armoires à portes battantes, bibliothèques basses à bacs, fixation murale obligatoire au-delà de 1,20 m."),
        H("Chapitre 5 – Lot 4 : petite enfance"),
        P("Mobilier conforme NF EN 1176 pour les structures de motricité ; angles arrondis ; vernis à l'eau."),
    ]
    dqe = [
        TITLE("CU de Haute-Rivelle", "DQE – Lot 2 Mobilier de restauration scolaire", ref),
        TAB([["Réf.", "Article", "Qté annuelle estimée", "PU HT", "Montant HT"],
             ["R1", "Table pliante 8 places 180x80", "40", "", ""],
             ["R2", "Chaise empilable T4", "220", "", ""],
             ["R3", "Chaise empilable T6", "180", "", ""],
             ["R4", "Chariot de transport 10 tables", "6", "", ""],
             ["", "Montant total HT", "", "", ""], ["", "Montant total TTC", "", "", ""]]),
        P("Quantités non contractuelles, utilisées pour la seule comparaison des offres."),
    ]
    cx = CX("Grenoble", "Rivelle")
    rc += FILL(cx, 0, ["renseignements", "demat"], 6, "{n}. {t}")
    ccap += FILL(cx, 0, ["facturation", "litiges"], 7, "Art. {n} – {t}")
    return dict(
        id="d07",
        title="CU de Haute-Rivelle – mobilier scolaire, 4 lots + 2 PSE, minima/maxima annuels par lot",
        pieces=[
            PIECE("RC_" + ref + ".docx", "RC", hd, "RC " + ref, rc, L(
                critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=4, montant_estime_ht=372000,
                evidence=["Démarche sociale : recours à des structures d'insertion ou du handicap",
                          "Performance environnementale : part de matériaux recyclés", "allotie en 4 lots",
                          "372 000 € HT sur la durée maximale"])),
            PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap, L(
                clause_environnementale=1, allotissement=1, nb_lots=4, montant_max_ht=390000,
                evidence=["reprend l'ensemble des emballages à la livraison", "Quatre accords-cadres à bons de commande (un par lot)",
                          "applicables à chaque période annuelle", "reconductible deux fois",
                          "[(60 000 + 35 000 + 20 000 + 15 000) × 3 = 390 000]"])),
            PIECE("CCTP_" + ref + ".pdf", "CCTP", hd, "CCTP", cctp, L(
                clause_environnementale=1, allotissement=1, nb_lots=4,
                evidence=["issus de forêts gérées durablement (PEFC, FSC ou équivalent)",
                          "communes aux quatre lots"]), hyphen=True),
            PIECE("DQE_" + ref + "_lot2.docx", "DQE", hd, "DQE lot 2", dqe, L(
                allotissement=1, evidence=["DQE – Lot 2 Mobilier de restauration scolaire"])),
        ],
        pos=["critere_social", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=4, montant_estime_ht=372000, montant_max_ht=390000),
        note="Maximum : maxima annuels du CCAP (60 000 + 35 000 + 20 000 + 15 000 = 130 000 € HT) applicables à chaque "
             "période, un an + deux reconductions : 130 000 × 3 = 390 000 € HT (calculé). Estimation : 372 000 € HT écrite "
             "au RC. Quatre lots ; les deux PSE ne sont pas des lots. Critère social (5 %) mais aucune clause sociale. "
             "Pièges : minima, garanties 10 et 5 ans, 6 semaines, 8 h – 17 h, 1/1000e, 35 à 46 cm, DQE en TTC.",
    )


# ----------------------------------------------------------------------------- d08 (ZIP + avis rectificatif hors archive)
def d08():
    ref = "VSH-2027-017"
    root = "DCE_" + ref + "/"
    hd = "Val-de-Serre Habitat – Réhabilitation thermique Les Tilleuls – " + ref
    rc = [
        TITLE("VAL-DE-SERRE HABITAT – Office public de l'habitat", "RÈGLEMENT DE LA CONSULTATION",
              "Réhabilitation thermique de 84 logements – résidence Les Tilleuls à Serre-sur-Aume",
              "Procédure adaptée – marché de travaux en entreprise générale – " + ref),
        H("Article 1 – Acheteur"),
        P("Val-de-Serre Habitat, OPH, 9 avenue des Tanneurs, 02110 Serre-sur-Aume. SIRET 272~000~915~00041."),
        H("Article 2 – Objet – tranches"),
        P("Les travaux comprennent l'isolation thermique par l'extérieur, le remplacement des menuiseries, la ventilation "
          "hygroréglable et la rénovation des halls. Le marché comporte une tranche ferme et deux tranches optionnelles "
          "(art. R2113-4 à R2113-6) :"),
        RTAB([["Tranche", "Contenu", "Montant prévisionnel HT"],
              ["Tranche ferme", "Bâtiments A et B (48 logements)", "1 250 000 €"],
              ["Tranche optionnelle 1", "Bâtiment C (24 logements)", "640 000 €"],
              ["Tranche optionnelle 2", "Bâtiment D (12 logements) et halls", "410 000 €"]],
             widths=[0.28, 0.44, 0.28], align="llr"),
        P("Le montant prévisionnel des travaux, toutes tranches confondues, est de 2§300~000 € HT."),
        H("Article 3 – Absence d'allotissement"),
        P("Le marché n'est pas divisé en lots : l'intervention en site occupé impose un interlocuteur unique pour "
          "l'ordonnancement, la sécurité des locataires et la garantie de performance (art. L2113-11 2°)."),
        H("Article 4 – Critères"),
        P("Prix : 60 points. Valeur technique : 40 points, dont méthodologie en site occupé 15, planning 10, gestion "
          "environnementale du chantier et des déchets 10, relation avec les locataires 5."),
        H("Article 5 – Clause d'insertion"),
        P("Le marché comporte une clause d'insertion par l'activité économique dont le volume d'heures, fixé par tranche, "
          "figure à l'article 7 du CCAP."),
        H("Article 6 – Remise des plis"),
        P("Date limite : 2 avril 2027, 12~h~00. Visite obligatoire le 16 mars 2027 à 14~h (attestation délivrée)."),
    ]
    ccap = [
        TITLE("Val-de-Serre Habitat", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Réhabilitation thermique de 84 logements – Les Tilleuls", "Marché " + ref),
        H("Article 1 – Objet – tranches"),
        P("Marché unique (non alloti) à tranches : une tranche ferme et deux tranches optionnelles, affermies par ordre "
          "de service dans un délai de 18 mois à compter de la notification."),
        H("Article 2 – Délais"),
        P("Tranche ferme : 10 mois ; tranche optionnelle 1 : 6 mois ; tranche optionnelle 2 : 4 mois, préparation incluse."),
        H("Article 3 – Prix"),
        P("Prix global et forfaitaire par tranche, actualisable (index BT01)."),
        H("Article 4 – Retenue de garantie – avance"),
        P("Retenue de garantie de 5 % ; avance de 5 % du montant TTC de chaque tranche affermie."),
        H("Article 5 – Pénalités"),
        P("Retard : 300 € HT par jour calendaire. Intervention dans un logement sans prévenance de 48 heures : 150 € HT."),
        H("Article 6 – Gestion des déchets et nuisances"),
        P("Le titulaire met en place une charte chantier à faibles nuisances : tri sélectif en bennes séparées, reprise "
          "des menuiseries PVC déposées par une filière de recyclage, suivi par bordereaux, limitation du bruit entre "
          "12~h et 13~h 30."),
        H("Article 7 – Clause sociale d'insertion"),
        P("Le titulaire réalise, pour chaque tranche affermie, le nombre minimal d'heures d'insertion ci-dessous au "
          "profit de publics éloignés de l'emploi, avec l'appui du facilitateur du PLIE de l'Aume :"),
        RTAB([["Tranche", "Heures d'insertion"], ["Tranche ferme", "700"], ["Tranche optionnelle 1", "350"],
              ["Tranche optionnelle 2", "210"], ["Total (toutes tranches)", "1 260"]],
             widths=[0.6, 0.4], align="lr", bold_last=True),
        P("Pénalité : 75 € HT par heure non réalisée, plafonnée à 10 % du montant de la tranche."),
    ]
    dpgf = [
        TITLE("Val-de-Serre Habitat – " + ref, "DPGF – Décomposition du prix global et forfaitaire"),
        RTAB([["Poste", "Désignation", "U", "Qté TF", "Qté TO1", "Qté TO2"],
              ["1", "Installations de chantier", "ens", "1", "1", "1"],
              ["2", "Isolation thermique par l'extérieur (PSE graphité 160 mm)", "m²", "2 760", "1 380", "680"],
              ["3", "Menuiseries PVC double vitrage", "u", "312", "156", "78"],
              ["4", "VMC hygroréglable type B", "logt", "48", "24", "12"],
              ["5", "Rénovation des halls", "u", "0", "0", "4"],
              ["", "Sous-total HT par tranche", "", "", "", ""]],
             widths=[0.08, 0.44, 0.08, 0.13, 0.13, 0.14], align="lllrrr"),
        P("Le candidat porte ses prix par tranche ; le total HT des trois tranches est reporté à l'acte d'engagement."),
    ]
    ae = [
        TITLE("Val-de-Serre Habitat", "ACTE D'ENGAGEMENT", "Réhabilitation thermique Les Tilleuls", ref),
        TAB([["Tranche", "Montant HT", "Montant TTC (TVA 5,5 %)"], ["Tranche ferme", "", ""],
             ["Tranche optionnelle 1", "", ""], ["Tranche optionnelle 2", "", ""], ["Total", "", ""]]),
        P("Le titulaire s'engage à réaliser les heures d'insertion prévues au CCAP pour chaque tranche affermie."),
        P("Délai de paiement : 30 jours. Signature : ……………"),
    ]
    rect = [
        TITLE("AVIS RECTIFICATIF", "Val-de-Serre Habitat – Réhabilitation thermique de 84 logements, résidence Les Tilleuls",
              "Référence de l'avis initial : BOAMP 27-031455 du 24 février 2027"),
        P("Objet de la rectification : modification du nombre d'heures d'insertion de la tranche ferme (ajout du "
          "ravalement des pignons) et report de la date limite."),
        P("Dans le CCAP, article 7, au lieu de : « Tranche ferme : 700 heures » et « Total (toutes tranches) : 1~260 heures »."),
        P("Lire : « Tranche ferme : 770 heures » et « Total (toutes tranches) : 1~330 heures »."),
        P("Les heures des tranches optionnelles sont inchangées."),
        P("Date limite de réception des offres : au lieu du 2 avril 2027 à 12 h 00, lire : 9 avril 2027 à 12 h 00."),
        P("Les autres dispositions de l'avis initial sont inchangées."),
    ]
    cx = CX("Amiens", "Serre-sur-Aume")
    rc += FILL(cx, 1, ["negociation", "litiges"], 7)
    ccap += FILL(cx, 1, ["assurances", "facturation", "resiliation"], 8)
    return dict(
        id="d08", zip="DCE_" + ref + "_complet.zip",
        title="Val-de-Serre Habitat – réhabilitation thermique à tranches, non allotie, heures corrigées par avis rectificatif",
        pieces=[
            PIECE(root + "1-Administratif/RC_" + ref + ".pdf", "RC", hd, "RC – consultation " + ref, rc, L(
                clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=0,
                montant_estime_ht=2300000,
                evidence=["comporte une clause d'insertion par l'activité économique",
                          "gestion environnementale du chantier et des déchets 10", "n'est pas divisé en lots",
                          "toutes tranches confondues, est de 2 300 000 € HT"]), hyphen=True),
            PIECE(root + "1-Administratif/CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1260, clause_environnementale=1, allotissement=0,
                evidence=["Total (toutes tranches) 1 260", "le nombre minimal d'heures d'insertion",
                          "reprise des menuiseries PVC déposées par une filière de recyclage", "Marché unique (non alloti)"]),
                cols=2),
            PIECE(root + "2-Financier/DPGF_" + ref + ".pdf", "DPGF", hd, "DPGF", dpgf, L()),
            PIECE(root + "1-Administratif/AE_" + ref + ".docx", "AE", hd, "AE", ae, L(
                clause_sociale=1, clause_insertion=1,
                evidence=["s'engage à réaliser les heures d'insertion prévues au CCAP"])),
            PIECE("Avis_rectificatif_" + ref + ".txt", "AVIS", hd, "", rect, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1330,
                evidence=["Lire : « Tranche ferme : 770 heures » et « Total (toutes tranches) : 1 330 heures »",
                          "modification du nombre d'heures d'insertion"])) | dict(outside=True),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1330, allotissement=0, montant_estime_ht=2300000),
        note="Heures : tableau du CCAP par tranche 700 + 350 + 210 = 1 260 (total écrit) ; l'avis rectificatif (publié hors "
             "de l'archive) porte la tranche ferme à 770 et le total à 1 330 : valeur du dossier 1 330. Estimation : "
             "2 300 000 € HT toutes tranches (RC, total écrit ; 1 250 000 + 640 000 + 410 000). Non alloti : les tranches "
             "ne sont pas des lots. Pas d'accord-cadre : pas de maximum. Pièges : 84 logements, quantités de la DPGF, "
             "18 mois, délais par tranche, 48 heures, 12 h – 13 h 30, pénalité 75 € HT par heure, retenue 5 %.",
    )


# ----------------------------------------------------------------------------- d09
def d09():
    ref = "CD-HL-2027-SOC-05"
    hd = "Département de la Haute-Lisière – Accompagnement RSA – " + ref
    rc = [
        TITLE("DÉPARTEMENT DE LA HAUTE-LISIÈRE", "Règlement de la consultation",
              "Accompagnement socioprofessionnel des bénéficiaires du RSA",
              "Procédure adaptée – services sociaux et autres services spécifiques (art. R2123-1 3°) – " + ref),
        H("Article 1 – Objet"),
        P("Le Département confie à des opérateurs l'accompagnement vers l'emploi de bénéficiaires du RSA soumis aux droits "
          "et devoirs : diagnostic, construction d'un parcours, levée des freins, mise en relation avec les employeurs."),
        H("Article 2 – Lots"),
        P("Les prestations sont réparties en cinq lots géographiques et thématiques :"),
        RTAB([["Lot", "Territoire / public"], ["1", "Territoire Nord (Lisière-Ville, Auvrin)"],
              ["2", "Territoire Centre (Mareuil, Champ-Vert)"], ["3", "Territoire Sud (Sainte-Ode, Varennes)"],
              ["4", "Territoire Est (Clairbois)"],
              ["5", "Publics très éloignés de l'emploi, tout le département – lot réservé"]], widths=[0.12, 0.88]),
        H("Article 3 – Réservation du lot 5"),
        P("En application de l'article L2113-15 du code de la commande publique, le lot 5 est réservé aux entreprises de "
          "l'économie sociale et solidaire au sens de l'article 1er de la loi n° 2014-856 du 31 juillet 2014, qui "
          "poursuivent un objectif d'intérêt général lié à la prestation. Les lots 1 à 4 sont ouverts à tout opérateur."),
        H("Article 4 – Durée"),
        P("36 mois ferme à compter du 1er septembre 2027."),
        H("Article 5 – Critères"),
        LST(["Valeur technique (méthodologie d'accompagnement, moyens humains, ancrage territorial) : 55 %",
             "Prix : 40 %",
             "Performance environnementale (limitation des déplacements des bénéficiaires, dématérialisation) : 5 %"]),
    ]
    ccap = [
        TITLE("Département de la Haute-Lisière", "CCAP – Cahier des clauses administratives particulières",
              "Accompagnement socioprofessionnel des bénéficiaires du RSA", ref),
        H("Article 1 – Forme"),
        P("Cinq accords-cadres à bons de commande mono-attributaires, un par lot. Le lot 5 est réservé (art. L2113-15 du "
          "code de la commande publique)."),
        H("Article 2 – Montants"),
        P("Montants pour la durée totale de 36 mois, hors TVA :"),
        TAB([["Lot", "Minimum", "Maximum"], ["1 – Nord", "60 000 €", "180 000 €"], ["2 – Centre", "50 000 €", "150 000 €"],
             ["3 – Sud", "40 000 €", "120 000 €"], ["4 – Est", "30 000 €", "95 000 €"],
             ["5 – Publics très éloignés (réservé)", "20 000 €", "60 000 €"]], align="lrr"),
        H("Article 3 – Prix"),
        P("Prix forfaitaire par parcours de six mois, prix unitaire par atelier collectif ; révision annuelle sur l'indice "
          "des prix à la consommation (hors tabac)."),
        H("Article 4 – Suivi"),
        P("Bilan trimestriel dans l'outil départemental ; comité de suivi semestriel. Pénalité : 100 € par bilan manquant."),
        H("Article 5 – Paiement"),
        P("Mandat administratif, délai de 30 jours ; avance de 10 % sur demande."),
    ]
    cctp = [
        TITLE("Département de la Haute-Lisière – " + ref, "CCTP", "Accompagnement socioprofessionnel – lots 1 à 5"),
        H("1. Public et volumes"),
        P("Environ 1~400 bénéficiaires orientés par an, répartis entre les cinq lots selon leur territoire ; le lot 5 "
          "accueille les personnes sans activité depuis plus de trois ans."),
        H("2. Contenu de l'accompagnement"),
        P("Chaque parcours comprend au minimum 20 heures d'accompagnement individuel par bénéficiaire sur six mois, "
          "des entretiens au moins mensuels et l'accès à 300 heures d'ateliers collectifs par an et par lot (CV, "
          "numérique, mobilité)."),
        H("3. Lieux et horaires"),
        P("Permanences dans les maisons départementales des solidarités, du lundi au vendredi de 9~h à 12~h et de "
          "13~h~30 à 17~h ; une permanence en soirée jusqu'à 19~h par semaine."),
        H("4. Indicateurs"),
        P("Taux de sorties positives (emploi, formation qualifiante), taux de présence aux rendez-vous, délai de "
          "premier rendez-vous (15 jours au plus)."),
        H("5. Moyens"),
        P("Ratio d'un conseiller pour 70 parcours actifs au plus ; conseillers titulaires d'un diplôme de niveau 5 au moins."),
    ]
    bpu = [
        TITLE("Département de la Haute-Lisière – " + ref, "BORDEREAU DES PRIX UNITAIRES (tous lots)"),
        TAB([["Prestation", "Unité", "Lot 1", "Lot 2", "Lot 3", "Lot 4", "Lot 5"],
             ["Parcours d'accompagnement de 6 mois", "parcours", "", "", "", "", ""],
             ["Renouvellement de parcours (3 mois)", "parcours", "", "", "", "", ""],
             ["Atelier collectif (3 heures, 12 personnes max.)", "atelier", "", "", "", "", ""]],
            widths=[0.37, 0.13, 0.1, 0.1, 0.1, 0.1, 0.1]),
        P("Prix HT ; les organismes non assujettis à la TVA le précisent."),
    ]
    cx = CX("Châlons-en-Champagne", "Lisière-Ville")
    rc += FILL(cx, 2, ["demat", "renseignements", "negociation"], 6)
    ccap += FILL(cx, 0, ["donnees", "resiliation", "litiges"], 6)
    return dict(
        id="d09",
        title="Département de la Haute-Lisière – accompagnement RSA, 5 lots dont 1 réservé ESS (L2113-15)",
        pieces=[
            PIECE("RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc, L(
                marche_reserve=1, reserve_base="L2113-15", critere_environnemental=1, allotissement=1, nb_lots=5,
                evidence=["En application de l'article L2113-15 du code de la commande publique, le lot 5 est réservé",
                          "Performance environnementale (limitation des déplacements", "réparties en cinq lots"])),
            PIECE("CCAP_" + ref + ".docx", "CCAP", hd, "CCAP " + ref, ccap, L(
                marche_reserve=1, reserve_base="L2113-15", allotissement=1, nb_lots=5, montant_max_ht=605000,
                evidence=["Le lot 5 est réservé (art. L2113-15", "Cinq accords-cadres à bons de commande",
                          "[maxima sur 36 mois : 180 000 + 150 000 + 120 000 + 95 000 + 60 000 = 605 000]"])),
            PIECE("CCTP_" + ref + ".pdf", "CCTP", hd, "CCTP", cctp, L(
                allotissement=1, nb_lots=5, evidence=["répartis entre les cinq lots"]), cols=2, hyphen=True),
            PIECE("BPU_" + ref + ".docx", "BPU", hd, "BPU", bpu, L(
                allotissement=1, nb_lots=5, evidence=["BORDEREAU DES PRIX UNITAIRES (tous lots)", "Lot 5"])),
        ],
        pos=["marche_reserve", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=5, montant_max_ht=605000, reserve_base="L2113-15"),
        note="Maximum : tableau du CCAP pour la durée totale de 36 mois, 180 000 + 150 000 + 120 000 + 95 000 + 60 000 = "
             "605 000 € HT (pas de total écrit). Lot 5 réservé ESS, L2113-15. L'objet est l'accompagnement vers l'emploi : "
             "ce n'est pas une clause d'insertion, et le critère de valeur technique porte sur la qualité de la prestation "
             "(pas un critère social). Pièges : 20 heures par bénéficiaire, 300 heures d'ateliers, horaires de permanence, "
             "1 400 bénéficiaires, minima, ratio 1 pour 70. Aucune estimation.",
    )


# ----------------------------------------------------------------------------- d10
def d10():
    ref = "SO-2027-RS01"
    hd = "Ville de Saint-Orvens – Repas en liaison froide – " + ref
    rc = [
        TITLE("Ville de Saint-Orvens", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture et livraison de repas en liaison froide (restauration scolaire, accueils de loisirs, portage)",
              "Appel d'offres ouvert – " + ref),
        H("Article 1 – Objet – forme"),
        P("Accord-cadre à bons de commande mono-attributaire. Le marché n'est pas alloti : la production des repas "
          "scolaires et des repas portés à domicile repose sur une même cuisine et une même logistique ; leur séparation "
          "renchérirait sensiblement le coût du repas."),
        H("Article 2 – Durée – montant estimé"),
        P("L'accord-cadre est conclu pour une durée d'un an à compter du 1er septembre 2027 ; il est reconductible trois "
          "fois par période d'un an. Le montant annuel estimé des prestations est de 210~000 € HT (environ 92~000 repas)."),
        H("Article 3 – Critères de jugement"),
        RTAB([["Critère", "Poids"], ["Prix (DQE)", "40 %"],
              ["Qualité des repas (plans alimentaires, produits, goût)", "40 %"],
              ["Performance environnementale (circuits de proximité, contenants, gaspillage)", "15 %"],
              ["Insertion : moyens mis en œuvre pour l'exécution de la clause sociale", "5 %"]],
             widths=[0.8, 0.2], align="lr"),
        H("Article 4 – Dégustation"),
        P("Les trois candidats les mieux classés sur le prix peuvent être invités à une dégustation le 18 mai 2027 à 10~h~30."),
    ]
    ccap = [
        TITLE("Ville de Saint-Orvens", "CCAP", "Repas en liaison froide", ref),
        H("Article 1 – Durée"),
        P("Un an à compter du 1er septembre 2027, reconductible tacitement trois fois ; durée maximale quatre ans."),
        H("Article 2 – Montant maximum"),
        P("Le montant maximum annuel est fixé à 260§000 € HT ; il s'applique à la période initiale et à chaque période "
          "de reconduction. Il n'est pas fixé de minimum."),
        H("Article 3 – Livraisons"),
        P("Livraison dans les offices avant 10~h~30 (scolaire) ou 9~h (portage), en véhicule réfrigéré. Pénalité : "
          "5 € HT par repas manquant, 200 € HT par livraison hors délai."),
        H("Article 4 – Engagements qualitatifs et environnementaux"),
        P("Le titulaire respecte au moins 50 % de produits durables et de qualité dont 20 % issus de l'agriculture "
          "biologique (art. L230-5-1 du code rural). Il livre les repas dans des bacs gastronormes réutilisables en "
          "inox ; les barquettes plastiques jetables sont proscrites. Il mesure le gaspillage une semaine par trimestre."),
        H("Article 5 – Clause sociale d'insertion"),
        P("Le titulaire consacre 450 heures de travail à l'insertion de personnes éloignées de l'emploi sur la durée "
          "totale de l'accord-cadre (reconductions comprises), par embauche directe, mise à disposition ou sous-traitance "
          "à une SIAE."),
        H("Article 6 – Paiement"),
        P("Délai de paiement : 30 jours ; intérêts moratoires au taux BCE majoré de 8 points et indemnité de 40 €."),
    ]
    qr = [
        TITLE("VILLE DE SAINT-ORVENS", "Réponses aux questions des candidats", "Consultation " + ref),
        P("Question 1 : Les 450 heures d'insertion sont-elles à réaliser chaque année ?"),
        P("Reponse : non. 450 heures sur la duree totale, reconductions comprises, soit a titre indicatif 112 a 113 "
          "heures par annee d'execution."),
        P("Question 2 : Les 14 heures de formation HACCP dispensées au personnel peuvent-elles être comptées ?"),
        P("Reponse : non, seules les heures de travail des personnes eligibles sont comptees."),
        P("Question 3 : Le montant maximum annuel de 260~000 € est-il exprime TTC ?"),
        P("Reponse : il est exprime hors taxes, soit 1~040~000 € HT sur les quatre annees possibles."),
        P("Question 4 : Combien de repas par jour ?"),
        P("Reponse : 520 repas en moyenne les jours scolaires, 90 repas portes."),
    ]
    bpu = [
        TITLE("Ville de Saint-Orvens – " + ref, "BORDEREAU DES PRIX UNITAIRES"),
        TAB([["Code", "Type de repas", "Prix HT", "TVA", "Prix TTC"],
             ["R1", "Repas maternelle (4 composantes)", "", "5,5 %", ""],
             ["R2", "Repas élémentaire (5 composantes)", "", "5,5 %", ""],
             ["R3", "Repas adulte", "", "5,5 %", ""],
             ["R4", "Repas porté à domicile (déjeuner + dîner)", "", "5,5 %", ""],
             ["R5", "Goûter accueil de loisirs", "", "5,5 %", ""]], align="llrrr"),
    ]
    ae = [
        TITLE("Ville de Saint-Orvens", "Acte d'engagement", ref),
        P("Le candidat s'engage à livrer les repas aux prix de son BPU, dans la limite du montant maximum du CCAP."),
        P("Estimation annuelle TTC (pour l'information budgétaire) : 221~550 €."),
        TAB([["Nom commercial", ""], ["SIRET", ""], ["Adresse", ""]], header=False),
        P("Fait à ………, le ………"),
    ]
    cx = CX("Caen", "Saint-Orvens")
    rc += FILL(cx, 1, ["negociation", "demat", "litiges"], 5)
    ccap += FILL(cx, 1, ["assurances", "donnees"], 7)
    return dict(
        id="d10",
        title="Ville de Saint-Orvens – repas en liaison froide, montant annuel × durée, heures précisées par Q/R",
        pieces=[
            PIECE("RC_" + ref + ".pdf", "RC", hd, "RC", rc, L(
                clause_sociale="?", clause_insertion="?",
                critere_social=1, critere_environnemental=1, allotissement=0, montant_estime_ht=840000,
                evidence=["Insertion : moyens mis en œuvre pour l'exécution de la clause sociale",
                          "Performance environnementale (circuits de proximité", "Le marché n'est pas alloti",
                          "reconductible trois fois", "montant annuel estimé des prestations est de 210 000 € HT",
                          "[210 000 × 4]"])),
            PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=450, clause_environnementale=1,
                montant_max_ht=1040000,
                evidence=["consacre 450 heures de travail à l'insertion", "bacs gastronormes réutilisables en inox",
                          "maximum annuel est fixé à 260 000 € HT", "[260 000 × 4 = 1 040 000]"]), cols=2, hyphen=True),
            PIECE("QR_" + ref + ".txt", "QR", hd, "", qr, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=450, montant_max_ht=1040000,
                evidence=["450 heures sur la duree totale, reconductions comprises", "soit 1 040 000 € HT sur les quatre annees"])),
            PIECE("BPU_" + ref + ".docx", "BPU", hd, "BPU", bpu, L()),
            PIECE("AE_" + ref + ".docx", "AE", hd, "AE", ae, L()),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=450, allotissement=0, montant_estime_ht=840000, montant_max_ht=1040000),
        note="Estimation : le RC écrit 210 000 € HT par an et une durée d'un an reconductible trois fois : 210 000 × 4 = "
             "840 000 € HT (calculé, non écrit). Maximum : 260 000 € HT par an, même montant pour chaque période (CCAP), "
             "× 4 = 1 040 000 € HT, total écrit dans la Q/R. Heures : 450 sur la durée totale (CCAP, Q/R) ; « 112 à 113 "
             "par an » est indicatif. Non alloti (RC). Pièges : 221 550 € TTC (AE), 92 000 repas, 14 heures HACCP, "
             "heures de livraison, pénalités 5 € et 200 €, indemnité 40 €.",
    )


# ----------------------------------------------------------------------------- d11
def d11():
    ref = "APV-2027-PU-06"
    hd = "Agglomération du Pays de Vérandes – Propreté urbaine – " + ref
    avis = [
        TITLE("Avis de marché", "Agglomération du Pays de Vérandes – Prestations de propreté urbaine",
              "Formulaire eForms – Services – Procédure ouverte"),
        P("Acheteur : Communauté d'agglomération du Pays de Vérandes, 30 boulevard Carnot, 71400 Vérandes. "
          "Identifiant légal : 200~041~962~00015."),
        P("Objet : balayage manuel, vidage des corbeilles, désherbage des voiries et enlèvement des dépôts sauvages sur "
          "les 19 communes."),
        P("Informations sur les lots : nombre de lots : 3. Les offres peuvent être présentées pour tous les lots."),
        P("Valeur estimée hors TVA : 610~000 EUR. Valeur maximale de l'accord-cadre : 736~000 EUR."),
        P("Participation réservée : participation réservée aux ateliers protégés et aux opérateurs économiques dont "
          "l'objectif est l'intégration sociale et professionnelle de personnes handicapées ou défavorisées (lot 2)."),
        P("Conditions d'exécution du marché : clause sociale d'insertion professionnelle pour le lot 1 ; matériels à "
          "faibles émissions."),
        P("Informations complémentaires : le lot 2 est réservé aux structures d'insertion par l'activité économique "
          "(article L2113-13 du code de la commande publique)."),
        P("Date limite de réception des offres : 15/03/2027 – 12:00."),
    ]
    rc = [
        TITLE("Agglomération du Pays de Vérandes", "RÈGLEMENT DE LA CONSULTATION", "Prestations de propreté urbaine",
              ref),
        H("Art. 1 – Lots"),
        RTAB([["Lot", "Intitulé", "Observations"],
              ["1", "Balayage manuel et vidage des corbeilles", "clause d'insertion"],
              ["2", "Désherbage manuel et mécanique des voiries", "réservé SIAE (L2113-13)"],
              ["3", "Enlèvement des dépôts sauvages", "–"]], widths=[0.1, 0.55, 0.35]),
        H("Art. 2 – Réservation"),
        P("Le lot 2 est réservé, en application de l'article L2113-13 du code de la commande publique, aux structures "
          "d'insertion par l'activité économique mentionnées à l'article L5132-4 du code du travail et aux structures "
          "équivalentes."),
        H("Art. 3 – Durée"),
        P("Accords-cadres conclus pour deux ans à compter du 1er juin 2027, reconductibles deux fois un an (4 ans au plus)."),
        H("Art. 4 – Critères"),
        P("Prix 50 % ; valeur technique 40 % ; performance environnementale (motorisation des engins, gestion des "
          "déchets collectés) 10 %."),
        H("Art. 5 – Variantes"),
        P("Les variantes sont autorisées pour le lot 2 (désherbage thermique ou à eau chaude) ; elles ne créent pas de lot."),
    ]
    ccap = [
        TITLE("Agglomération du Pays de Vérandes", "C.C.A.P.", "Prestations de propreté urbaine – lots 1 à 3", ref),
        H("Article 1 – Montants"),
        P("Montants minimum et maximum pour la durée totale de l'accord-cadre (4 ans, reconductions comprises), en € HT :"),
        RTAB([["Lot", "Minimum", "Maximum"], ["Lot 1", "160 000", "480 000"], ["Lot 2 (réservé aux SIAE)", "50 000", "160 000"],
              ["Lot 3", "30 000", "96 000"]], widths=[0.4, 0.3, 0.3], align="lrr"),
        H("Article 2 – Pénalités"),
        P("Secteur non traité : 250 € HT ; corbeille non vidée signalée : 20 € HT ; retard de plus de 2 heures sur le "
          "planning : 100 € HT."),
        H("Article 3 – Clause sociale (lot 1)"),
        P("Le titulaire du lot 1 réserve aux publics éloignés de l'emploi un volume d'heures de travail réparti comme suit :"),
        RTAB([["Période", "Heures d'insertion"], ["Année 1", "375"], ["Année 2", "375"], ["Année 3 (1re reconduction)", "375"],
              ["Année 4 (2e reconduction)", "375"], ["Total", "1 500"]],
             widths=[0.6, 0.4], align="lr", bold_last=True),
        P("Le lot 2 étant réservé, il ne comporte pas d'heures d'insertion. Pénalité : 45 € HT par heure non réalisée."),
        H("Article 4 – Environnement"),
        P("Les engins de balayage sont électriques ou au GNV ; les déchets collectés sont triés (emballages, verre, "
          "déchets verts) et apportés en déchèterie communautaire."),
    ]
    cctp1 = [
        TITLE("Agglomération du Pays de Vérandes", "CCTP – Lot 1", "Balayage manuel et vidage des corbeilles", ref),
        H("1. Périmètre"),
        P("Centres-bourgs de 19 communes, 1~240 corbeilles de rue, 86 km de trottoirs."),
        H("2. Fréquences et horaires"),
        P("Hypercentre de Vérandes : passage quotidien de 5~h~30 à 12~h~30 ; autres centres : deux passages par semaine."),
        H("3. Personnel et insertion"),
        P("Le titulaire emploie sur le lot les personnes en parcours d'insertion prévues au CCAP (1~500 heures sur "
          "quatre ans, 375 heures par an) et leur désigne un tuteur."),
        H("4. Matériel"),
        P("Chariots de propreté et aspirateurs de déchets urbains électriques ; aucun souffleur thermique."),
    ]
    bpu2 = [
        TITLE("Agglomération du Pays de Vérandes – " + ref, "BPU – Lot 2 : désherbage des voiries",
              "Lot réservé aux SIAE (art. L2113-13 CCP)"),
        RTAB([["N°", "Prestation", "Unité", "Prix HT"], ["2.1", "Désherbage manuel des fils d'eau", "km", ""],
              ["2.2", "Désherbage mécanique (brosse)", "km", ""], ["2.3", "Désherbage des pieds d'arbres", "u", ""],
              ["2.4", "Intervention ponctuelle (équipe de 3, 7 heures)", "jour", ""]],
             widths=[0.1, 0.55, 0.15, 0.2], align="lllr"),
    ]
    cx = CX("Dijon", "Vérandes")
    rc += FILL(cx, 0, ["negociation", "renseignements"], 6, "Art. {n} – {t}")
    ccap += FILL(cx, 2, ["facturation", "resiliation", "litiges"], 5)
    return dict(
        id="d11",
        title="Agglomération du Pays de Vérandes – propreté urbaine, 3 lots, lot 2 réservé SIAE (cases eForms larges)",
        pieces=[
            PIECE("Avis_" + ref + ".txt", "AVIS", hd, "", avis, L(
                clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13",
                clause_environnementale=1, allotissement=1, nb_lots=3, montant_estime_ht=610000, montant_max_ht=736000,
                evidence=["clause sociale d'insertion professionnelle pour le lot 1",
                          "le lot 2 est réservé aux structures d'insertion par l'activité économique (article L2113-13",
                          "matériels à faibles émissions", "nombre de lots : 3", "Valeur estimée hors TVA : 610 000 EUR",
                          "Valeur maximale de l'accord-cadre : 736 000 EUR"])),
            PIECE("RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc, L(
                clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13", critere_environnemental=1,
                allotissement=1, nb_lots=3,
                evidence=["clause d'insertion", "Le lot 2 est réservé, en application de l'article L2113-13",
                          "performance environnementale (motorisation des engins", "Lot Intitulé Observations"]),
                hyphen=True),
            PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1500, marche_reserve=1, reserve_base="L2113-13",
                clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=736000,
                evidence=["réserve aux publics éloignés de l'emploi un volume d'heures", "Total 1 500",
                          "Lot 2 (réservé aux SIAE)", "engins de balayage sont électriques ou au GNV", "lots 1 à 3",
                          "[480 000 + 160 000 + 96 000]"]), cols=2),
            PIECE("CCTP_" + ref + "_lot1.docx", "CCTP", hd, "CCTP lot 1", cctp1, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1500, clause_environnementale=1, allotissement=1,
                evidence=["1 500 heures sur quatre ans", "aucun souffleur thermique", "CCTP – Lot 1"])),
            PIECE("BPU_" + ref + "_lot2.pdf", "BPU", hd, "BPU lot 2", bpu2, L(
                marche_reserve=1, reserve_base="L2113-13", allotissement=1,
                evidence=["Lot réservé aux SIAE (art. L2113-13 CCP)"])),
        ],
        pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1500, allotissement=1, nb_lots=3, montant_estime_ht=610000, montant_max_ht=736000,
                 reserve_base="L2113-13"),
        note="Maximum : tableau du CCAP pour la durée totale (4 ans) 480 000 + 160 000 + 96 000 = 736 000 € HT, total écrit "
             "dans l'avis. Estimation 610 000 € HT (avis). Heures : tableau par année 4 × 375 = 1 500 (total écrit). Lot 2 "
             "réservé : l'avis coche la case « ateliers protégés… » (qui pencherait vers L2113-12) mais cite l'article "
             "L2113-13 (SIAE), comme le RC et le BPU : l'article cité prévaut, base L2113-13 (le CCAP dit « réservé aux "
             "SIAE »). Pièges : minima, pénalités, 2 heures, "
             "horaires 5 h 30 – 12 h 30, 1 240 corbeilles, équipe de 3 pendant 7 heures, variantes qui ne sont pas des lots.",
    )


# ----------------------------------------------------------------------------- d12
def d12():
    ref = "VSA-2027-CVC"
    hd = "Commune de Vaux-sur-Aubrette – Exploitation CVC – " + ref
    rc = [
        TITLE("Commune de Vaux-sur-Aubrette", "Règlement de la consultation",
              "Exploitation, maintenance et dépannage des installations de chauffage, ventilation et climatisation",
              "Procédure adaptée – " + ref),
        H("1. Objet"),
        P("Le marché porte sur la conduite et l'entretien (prestations P2, forfaitaires) et le gros entretien et les "
          "dépannages hors forfait (P3 et travaux, à bons de commande) des installations de 23 bâtiments communaux. "
          "La fourniture d'énergie (P1) n'est pas comprise."),
        H("2. Allotissement"),
        P("Un lot unique : la continuité de service et la responsabilité sur les résultats de performance énergétique "
          "exigent un seul exploitant (article L2113-11 du code de la commande publique)."),
        H("3. Durée – valeur estimée"),
        P("Durée : quatre ans à compter du 1er octobre 2027, sans reconduction. La valeur totale estimée du marché, parts "
          "forfaitaire et à bons de commande, est de 312~000 € HT pour la durée du marché. Pour information, le contrat "
          "actuel (2021-2027) s'élève à 71~000 € HT par an."),
        H("4. Critères"),
        P("Prix 45 % ; valeur technique 40 % ; engagement de performance énergétique (réduction des consommations "
          "garantie) 15 %."),
        H("5. Visite"),
        P("Visite obligatoire des chaufferies les 8 et 9 juin 2027, de 9~h à 12~h."),
    ]
    ccap = [
        TITLE("Commune de Vaux-sur-Aubrette", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Exploitation des installations CVC", ref),
        H("Article 1 – Forme"),
        P("Marché mixte : partie forfaitaire (P2) et partie à bons de commande (P3 hors forfait, petits travaux)."),
        H("Article 2 – Montants"),
        P("La partie à bons de commande est conclue sans minimum et avec un montant maximum annuel de 30~000 € HT, soit "
          "120§000 € HT sur la durée du marché."),
        H("Article 3 – Intéressement et performance"),
        P("Le titulaire s'engage sur une réduction de 8 % des consommations de chauffage par rapport à la référence "
          "2024-2026, corrigée des DJU. En cas de dépassement, il supporte 50 % du surcoût ; en cas d'économie, il en "
          "perçoit 30 %."),
        H("Article 4 – Délais d'intervention – pénalités"),
        P("Astreinte 24~h/24 et 7~j/7. Délai d'intervention : 4 heures en cas de panne totale, 24 heures sinon. "
          "Pénalité : 50 € HT par heure de retard."),
        H("Article 5 – Obligations sociales"),
        P("Le titulaire produit tous les six mois les attestations prévues aux articles L8222-1 et D8222-5 du code du "
          "travail (lutte contre le travail dissimulé) et respecte les articles L5212-1 à L5212-11 du même code relatifs "
          "à l'emploi des travailleurs handicapés."),
        H("Article 6 – Formation"),
        P("Le titulaire assure une formation de 35 heures des agents techniques communaux à la conduite des installations."),
    ]
    cctp = [
        TITLE("Commune de Vaux-sur-Aubrette – " + ref, "CCTP", "Exploitation des installations CVC"),
        H("1. Installations"),
        P("23 bâtiments, 31 chaudières gaz à condensation, 4 pompes à chaleur air-eau, 12 centrales de traitement d'air. "
          "Puissance installée totale : 4,2 MW."),
        H("2. Conduite"),
        P("Températures de consigne : 19 °C en occupation, 16 °C en inoccupation, 8 °C hors gel. Le titulaire "
          "programme les réduits de nuit et de week-end et ajuste les courbes de chauffe."),
        H("3. Performance énergétique"),
        P("Le titulaire met en œuvre un plan de sobriété énergétique, récupère et fait traiter les fluides frigorigènes "
          "par une filière agréée et remet un bilan annuel des consommations et des émissions de gaz à effet de serre."),
        H("4. Horaires"),
        P("Interventions programmées du lundi au vendredi de 7~h~30 à 17~h ; dépannages à toute heure."),
    ]
    dpgf = [
        TITLE("Commune de Vaux-sur-Aubrette – " + ref, "DPGF – Partie forfaitaire P2",
              "Décomposition du prix global et forfaitaire annuel"),
        TAB([["Site", "Installations", "Prix annuel HT"], ["Hôtel de Ville", "2 chaudières, 1 CTA", ""],
             ["Groupe scolaire Pasteur", "4 chaudières, 2 CTA", ""], ["Gymnase Coubertin", "2 chaudières, 1 PAC", ""],
             ["Médiathèque", "1 PAC, 1 CTA", ""], ["Autres sites (19)", "voir annexe", ""],
             ["Total annuel P2 HT", "", ""]], align="llr"),
    ]
    cx = CX("Besançon", "Vaux-sur-Aubrette")
    rc += FILL(cx, 2, ["renseignements", "litiges"], 6, "{n}. {t}")
    ccap += FILL(cx, 2, ["donnees", "assurances", "facturation"], 7)
    return dict(
        id="d12",
        title="Commune de Vaux-sur-Aubrette – exploitation CVC, marché mixte non alloti (forfait + bons de commande)",
        pieces=[
            PIECE("RC_" + ref + ".docx", "RC", hd, "RC " + ref, rc, L(
                critere_environnemental=1, allotissement=0, montant_estime_ht=312000,
                evidence=["engagement de performance énergétique (réduction des consommations garantie) 15 %",
                          "Un lot unique", "est de 312 000 € HT pour la durée du marché"])),
            PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap, L(
                clause_environnementale=1, montant_max_ht=120000,
                evidence=["s'engage sur une réduction de 8 % des consommations de chauffage",
                          "soit 120 000 € HT sur la durée du marché"]), hyphen=True),
            PIECE("CCTP_" + ref + ".pdf", "CCTP", hd, "CCTP", cctp, L(
                clause_environnementale=1,
                evidence=["met en œuvre un plan de sobriété énergétique",
                          "fluides frigorigènes par une filière agréée"]), cols=2, hyphen=True),
            PIECE("DPGF_" + ref + ".docx", "DPGF", hd, "DPGF", dpgf, L()),
        ],
        pos=["clause_environnementale", "critere_environnemental"],
        values=V(allotissement=0, montant_estime_ht=312000, montant_max_ht=120000),
        note="Estimation : 312 000 € HT écrite au RC (parts forfaitaire et à bons de commande, quatre ans). Maximum : partie "
             "à bons de commande 30 000 € HT par an, soit 120 000 € HT sur la durée (total écrit au CCAP). Lot unique : "
             "non alloti. Aucune considération sociale : les obligations du CCAP (travail dissimulé, L5212-1 à L5212-11) "
             "sont des rappels de la loi. Pièges : contrat actuel 71 000 € HT par an, formation de 35 heures, 4 heures / 24 "
             "heures, 24 h/24, pénalité 50 € HT par heure, 8 % / 50 % / 30 %, 4,2 MW.",
    )


# ----------------------------------------------------------------------------- contrôles et construction
DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]


def extra_checks(rows):
    out = []
    for r in rows:
        if r["doc_type"] not in _DOC_TYPES:
            out.append("%s : doc_type %s" % (r["path"], r["doc_type"]))
        for col in ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                    "clause_environnementale", "critere_environnemental"):
            if r[col] not in ("0", "1", "?"):
                out.append("%s : %s = %r" % (r["path"], col, r[col]))
        if r["allotissement"] not in ("", "0", "1"):
            out.append("%s : allotissement = %r" % (r["path"], r["allotissement"]))
        if r["nb_lots"] and r["allotissement"] != "1":
            out.append("%s : nb_lots sans allotissement 1" % r["path"])
        if r["heures_insertion"] and r["clause_insertion"] != "1":
            out.append("%s : heures sans clause_insertion" % r["path"])
        if r["clause_insertion"] == "1" and r["clause_sociale"] != "1":
            out.append("%s : clause_insertion sans clause_sociale" % r["path"])
        if (r["marche_reserve"] == "1") != bool(r["reserve_base"]):
            out.append("%s : marche_reserve / reserve_base incohérents" % r["path"])
        for col in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
            if r[col] and not re.fullmatch(r"\d+(\.\d+)?", r[col]):
                out.append("%s : %s = %r" % (r["path"], col, r[col]))
        if r["reserve_base"]:
            for b in r["reserve_base"].split(";"):
                if b not in ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"):
                    out.append("%s : reserve_base %r" % (r["path"], b))
    return out


def build_piece(folder, p):
    path = os.path.join(folder, p["file"])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ext = p["file"].rsplit(".", 1)[1]
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in number_articles(p["blocks"])]
    n = None
    if pdf:
        n = build_pdf(path, _conv_str(p["header"], True), _conv_str(p["footer"], True), blocks,
                      hyphen=p.get("hyphen", False), title=p["header"], cols=p.get("cols", 1))
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


# ----------------------------------------------------------------------------- texte extrait
def extract_text(data, ext):
    """Texte extrait du fichier produit (octets), comme un lecteur ordinaire le verrait."""
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join((pg.extract_text() or "") for pg in r.pages)
    if ext == "docx":
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    return data.decode("utf-8")


def norm_ws(s):
    """Espaces normalisés ; mot coupé par un trait d'union en fin de ligne recollé."""
    s = s.replace(NB, " ").replace(NNB, " ").replace("\u00ad", "")
    s = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", s)
    return re.sub(r"\s+", " ", s).strip()


_EXPECT_KEYS = {"allotissement": "divided", "nb_lots": "lot_count", "montant_estime_ht": "estimated_ht",
                "montant_max_ht": "max_ht", "heures_insertion": "insertion_hours", "reserve_base": "reservation_bases"}
_CATEGORIES = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
               "clause_environnementale", "critere_environnemental")


def _expect(d):
    """Les valeurs du dossier sous les noms du bloc expect (traduction mécanique de values et pos)."""
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
    out["considerations"] = {c: c in d["pos"] for c in ("clause_sociale", "clause_insertion", "critere_social")}
    return out


def _zip_write(zpath, members):
    """Archive de plateforme : répertoires puis fichiers, dates figées au 2026-01-01."""
    dirs = []
    for name, _ in members:
        parts = name.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            dn = "/".join(parts[:i]) + "/"
            if dn not in dirs:
                dirs.append(dn)
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for dn in dirs:
            zi = zipfile.ZipInfo(dn, date_time=(2026, 1, 1, 0, 0, 0))
            zi.external_attr = 0o40755 << 16
            z.writestr(zi, b"")
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def build_all(verbose):
    SB_STATS.update(cut=0, whole=0)
    HY_STATS.update(cut=0, whole=0)
    del CUT_LOG[:]
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = []
    dossiers_yml = []
    problems = []
    kinds = {}
    pages = {}
    cuts = []
    nzip = 0
    for f in DOSSIERS:
        d = f()
        folder = os.path.join(OUT, d["id"])
        os.makedirs(folder)
        arch = d.get("zip")
        stage = os.path.join(folder, "_stage") if arch else folder
        if not (3 <= len(d["pieces"]) <= 6):
            problems.append("%s : %d pièces" % (d["id"], len(d["pieces"])))
        for c in d["pos"]:
            if c not in _CATEGORIES:
                problems.append("%s : catégorie inconnue %s" % (d["id"], c))
        rb = d["values"].get("reserve_base")
        if bool(rb) != ("marche_reserve" in d["pos"]):
            problems.append("%s : reserve_base du dossier / pos incohérents" % d["id"])
        if "clause_insertion" in d["pos"] and "clause_sociale" not in d["pos"]:
            problems.append("%s : clause_insertion sans clause_sociale (dossier)" % d["id"])
        if d["values"].get("nb_lots") and d["values"].get("allotissement") != 1:
            problems.append("%s : nb_lots sans allotissement (dossier)" % d["id"])
        members = []
        for p in d["pieces"]:
            problems.extend(check_articles(d, p))
            in_zip = arch and not p.get("outside")
            k0 = len(CUT_LOG)
            n = build_piece(stage if in_zip else folder, p)
            for mark, what, cut in CUT_LOG[k0:]:
                cuts.append("%s/%s %s « %s » : %s" % (d["id"], p["file"], mark, what.replace(NB, " "),
                                                      "coupé" if cut else "entier"))
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            if n is not None:
                pages[n] = pages.get(n, 0) + 1
                if not (1 <= n <= 5):
                    problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
            with open(os.path.join(stage if in_zip else folder, p["file"]), "rb") as fh:
                data = fh.read()
            if in_zip:
                members.append((p["file"], data))
                p["relpath"] = arch + "/" + p["file"]
            else:
                p["relpath"] = p["file"]
            lab = dict(p["label"])
            extracted = norm_ws(extract_text(data, ext))
            logical = norm_ws(plain_text(p["final_blocks"]))
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                nq = norm_ws(norm(q))
                if nq not in extracted:
                    problems.append("%s/%s : preuve absente du texte extrait : %r" % (d["id"], p["file"], nq))
                if nq not in logical:
                    problems.append("%s/%s : preuve absente du texte logique : %r" % (d["id"], p["file"], nq))
            ev = " | ".join(norm_ws(norm(q)) for q in lab["evidence"])
            if len(ev) > 300:
                problems.append("%s/%s : preuve trop longue (%d)" % (d["id"], p["file"], len(ev)))
            filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
            if filled and not lab["evidence"]:
                problems.append("%s/%s : valeurs sans preuve" % (d["id"], p["file"]))
            for c in _CATEGORIES:
                if lab[c] == 1 and c not in d["pos"]:
                    problems.append("%s/%s : %s=1 absent de pos du dossier" % (d["id"], p["file"], c))
            row = {"path": d["id"] + "/" + p["relpath"], "doc_type": p["doc_type"]}
            if p["doc_type"] not in _DOC_TYPES:
                problems.append("%s/%s : doc_type" % (d["id"], p["file"]))
            for c in COLUMNS[2:-1]:
                row[c] = _fmt(lab[c])
            row["evidence"] = ev
            rows.append(row)
        if arch:
            _zip_write(os.path.join(folder, arch), members)
            shutil.rmtree(stage)
            nzip += 1
        for c in d["pos"]:
            if not any(p["label"][c] == 1 for p in d["pieces"]):
                problems.append("%s : %s dans pos sans pièce à 1" % (d["id"], c))
        dossiers_yml.append(dict(
            id=d["id"], title=d["title"],
            pieces=[dict(file=p["relpath"], doc_type=p["doc_type"]) for p in d["pieces"]],
            pos=d["pos"], values=d["values"], note=d["note"],
            path="dossiers/" + d["id"], expect=_expect(d)))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu scellé extraction-10 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de conflit entre pièces, la pièce la plus récente (avis rectificatif, registre des\n"
            "# questions-réponses) prime, puis le CCAP, le RC, l'AE et l'avis sur le CCTP et ses annexes (voir note).\n"
            "# Pour un dossier livré en ZIP, file = <archive>.zip/<chemin dans l'archive>.\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    problems.extend(extra_checks(rows))
    if verbose:
        for line in cuts:
            print("  coupure", line)
        print("%d dossiers (%d en ZIP), %d pièces (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d "
              "(%d restés entiers) ; césures forcées : %d (%d restées entières)" % (
                  len(dossiers_yml), nzip, len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
                  ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"], SB_STATS["whole"],
                  HY_STATS["cut"], HY_STATS["whole"]))
    return problems


def md5_tree():
    out = {}
    for root in (OUT,):
        for dp, dn, fn in os.walk(root):
            for f in fn:
                p = os.path.join(dp, f)
                with open(p, "rb") as fh:
                    out[os.path.relpath(p, HERE)] = hashlib.md5(fh.read()).hexdigest()
    with open(os.path.join(HERE, "dossiers.yml"), "rb") as fh:
        out["dossiers.yml"] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    problems = build_all(True)
    first = md5_tree()
    problems2 = build_all(False)
    second = md5_tree()
    if first != second:
        diff = sorted(k for k in set(first) | set(second) if first.get(k) != second.get(k))
        problems.append("construction non déterministe : %s" % ", ".join(diff))
    print("deux constructions, %d fichiers, md5 identiques : %s" % (len(first), first == second))
    print("contrôles : preuves présentes dans le texte EXTRAIT (pypdf / python-docx / txt) et dans le texte logique ; "
          "preuves <= 300 caractères ; PDF de 1 à 5 pages ; 3 à 6 pièces par dossier ; articles sans doublon ; "
          "clause_insertion => clause_sociale ; marche_reserve <=> reserve_base ; nb_lots => allotissement 1 ; "
          "pos du dossier <=> pièces ; types et valeurs des colonnes -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
