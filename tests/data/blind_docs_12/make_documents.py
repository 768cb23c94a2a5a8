#!/usr/bin/env python3
"""Construit le jeu blind_docs_12 : 32 documents (16 avis, 16 règlements de consultation) et labels.csv.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_13/make_documents.py (lignes 28-664, plus « import csv » : écriture
PDF reportlab / DOCX python-docx / TXT, tableaux, deux colonnes, césure, aides de saisie) ; le reste
(documents, étiquettes, contrôle des preuves sur le texte extrait des fichiers produits, contrôle du
déterminisme) est écrit pour ce jeu.

Jeu de PRÉCISION : la plupart des documents emploient le vocabulaire social / environnemental dans
d'autres rôles (objet, sélection, pièces à fournir, nom de l'acheteur, critères non sociaux, rappel
de textes, procédure antérieure, avis rectificatifs) ; quelques vrais positifs, brefs ou mal placés.
Tous les acheteurs, lieux, références et montants sont inventés.

Usage : /work/main/.venv/bin/python tests/data/blind_docs_12/make_documents.py
"""
import csv
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
OUT = os.path.join(HERE, "documents")
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
SET_NAME = "blind_values_13"

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
    c.setAuthor("clausecheck " + SET_NAME)
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
    cp.author = "clausecheck " + SET_NAME
    cp.last_modified_by = "clausecheck " + SET_NAME
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
    return (s.replace("~", " ").replace("^", " ").replace(BR, " ").replace(SB, " ").replace(HY, "")
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






# ============================================================================ blind_docs_12
SET_NAME = "blind_docs_12"
DOCS_DIR = os.path.join(HERE, "documents")


def D(file, doc_type, blocks, label, header="", footer="", hyphen=False, cols=1):
    return dict(file=file, doc_type=doc_type, blocks=blocks, label=label, header=header,
                footer=footer, hyphen=hyphen, cols=cols)


def ART(n, title, *paras):
    out = [H("Article %s – %s" % (n, title))]
    for x in paras:
        out.append(LST(x) if isinstance(x, list) else P(x))
    return out


def flat(*parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            out.extend(p)
        else:
            out.append(p)
    return out


# ----------------------------------------------------------------------------- AVIS (16)
def d01():
    b = [
        TITLE("BOAMP – Bulletin officiel des annonces des marchés publics", "Avis de marché",
              "Annonce n° 26-41873 – Services – Procédure adaptée"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Département de l'Orvanne – Direction de l'insertion, de l'emploi et des solidarités"),
        P("Type de numéro national d'identification : SIRET | N° : 22890001200017"),
        P("Ville : Saint-Aubert-sur-Lèze | Code postal : 89310 | Groupement de commandes : Non"),
        H("Section 2 : Communication"),
        P("Lien direct aux documents de la consultation : https://marches.orvanne-departement.fr/consultation/2026-DIES-004"),
        P("Identifiant interne de la consultation : 2026-DIES-004"),
        P("Nom du contact : Service de la commande publique – tél. 03 86 40 12 77"),
        H("Section 3 : Procédure"),
        P("Type de procédure : Procédure adaptée ouverte (services sociaux et autres services spécifiques, art. R. 2123-1 3° du CCP)"),
        P("Conditions de participation :"),
        LST(["Aptitude à exercer l'activité professionnelle : néant",
             "Capacité économique et financière : chiffre d'affaires global des trois derniers exercices",
             "Capacités techniques et professionnelles : références de prestations d'accompagnement vers l'emploi de "
             "publics bénéficiaires de minima sociaux ; présentation des moyens humains (conseillers en insertion "
             "professionnelle, psychologues du travail) et des locaux d'accueil dans chaque territoire"]),
        P("Technique d'achat : Accord-cadre avec un seul opérateur par lot"),
        P("Date et heure limite de réception des plis : 07/04/2026 à 12h00"),
        P("Présentation des offres par catalogue électronique : Interdite"),
        P("Réduction du nombre de candidats : Non | Possibilité d'attribution sans négociation : Oui"),
        P("L'acheteur exige la présentation de variantes : Non"),
        P("Critères d'attribution : Valeur technique (méthodologie d'accompagnement, moyens humains dédiés, "
          "partenariats avec les employeurs du territoire) : 60 % ; Prix : 40 %"),
        H("Section 4 : Identification du marché"),
        P("Intitulé du marché : Accompagnement socioprofessionnel des bénéficiaires du RSA vers l'emploi"),
        P("Code CPV principal : 85312320 – Services de conseil"),
        P("Type de marché : Services"),
        P("Description succincte du marché : Le marché porte sur l'accompagnement renforcé de bénéficiaires du revenu de "
          "solidarité active orientés par le Département : diagnostic, levée des freins périphériques (mobilité, garde "
          "d'enfants, santé), mise en relation avec les employeurs et suivi dans l'emploi pendant six mois. Il met en "
          "oeuvre le programme départemental d'insertion 2026-2028."),
        P("Lieu principal d'exécution : territoire du Département de l'Orvanne"),
        P("Durée du marché (en mois) : 12 – reconductible deux fois"),
        P("Valeur estimée (H.T.) : 1~260~000 euros pour la durée totale, reconductions comprises"),
        P("La consultation comporte des tranches : Non"),
        P("La consultation prévoit une réservation de tout ou partie du marché : Non"),
        P("Marché alloti : Oui"),
        H("Section 5 : Lots"),
        TAB([["Lot", "Intitulé", "Valeur estimée HT"],
             ["1", "Territoire Nord (Saint-Aubert, Vézenay)", "540 000 €"],
             ["2", "Territoire Centre (Lèze-Orvanne)", "420 000 €"],
             ["3", "Territoire Sud (Montcorbier et cantons ruraux)", "300 000 €"]]),
        H("Section 6 : Informations complémentaires"),
        P("Visite obligatoire : Non"),
        P("Conditions particulières d'exécution : Néant"),
        P("Autres informations complémentaires : Les prestations sont financées en partie par le Fonds social européen+ "
          "(FSE+). Les candidats peuvent répondre à un ou plusieurs lots."),
        P("Date d'envoi du présent avis : 02/03/2026"),
    ]
    lab = L(allotissement=1, nb_lots=3, montant_estime_ht=1260000,
            evidence=["Marché alloti : Oui", "3 | Territoire Sud",
                      "Valeur estimée (H.T.) : 1 260 000 euros pour la durée totale"])
    return D("d01_avis_accompagnement_rsa.txt", "AVIS", b, lab)


def d02():
    b = [
        TITLE("Supplément au Journal officiel de l'Union européenne", "Avis de marché",
              "Services – Directive 2014/24/UE – 2026/S 061-187342"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Syndicat mixte Brennes Environnement, 4 route de la Sablière, 41220 Neung-la-Brenne, "
          "France. Courriel : marches@brennes-environnement.fr. Code NUTS : FRB05"),
        P("I.3) Communication : Les documents du marché sont disponibles gratuitement en accès direct non restreint et "
          "complet, à l'adresse : https://www.achats-brennes.fr"),
        P("I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale"),
        P("I.5) Activité principale : Environnement"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages ménagers "
          "recyclables. Numéro de référence : SMBE-2026-03"),
        P("II.1.2) Code CPV principal : 90511000"),
        P("II.1.3) Type de marché : Services"),
        P("II.1.4) Description succincte : Collecte des OMR et des emballages sur les 38 communes du syndicat, "
          "fourniture et maintenance des bacs roulants, transport jusqu'au centre de tri de Romorantin et à l'unité de "
          "valorisation énergétique."),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 8~400~000,00 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être soumises pour "
          "tous les lots"),
        P("II.2.1) Intitulé : Secteur Est – Lot nº : 1"),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique (organisation des tournées, "
          "moyens matériels, plan de continuité) / Pondération : 40 – Critère de qualité – Nom : Délai d'intervention en "
          "cas de bac non collecté / Pondération : 15 – Prix – Pondération : 45"),
        P("II.2.6) Valeur estimée : Valeur hors TVA : 4 700 000,00 EUR"),
        P("II.2.7) Durée du marché : 72 mois. Ce marché peut faire l'objet d'une reconduction : non"),
        P("II.2.10) Des variantes seront prises en considération : non"),
        P("II.2.11) Options : oui. Description des options : collecte séparée des biodéchets des gros producteurs "
          "(restaurants scolaires, EHPAD) à compter de la troisième année"),
        P("II.2.1) Intitulé : Secteur Ouest – Lot nº : 2"),
        P("II.2.5) Critères d'attribution : Les critères énoncés ci-dessous – mêmes critères et pondérations que pour le lot 1"),
        P("II.2.6) Valeur estimée : Valeur hors TVA : 3 700 000,00 EUR"),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.1) Habilitation à exercer l'activité professionnelle : récépissé de déclaration pour l'activité de "
          "transport par route de déchets (art. R. 541-50 du code de l'environnement)"),
        P("III.1.2) Capacité économique et financière : chiffre d'affaires annuel des trois derniers exercices"),
        P("III.1.3) Capacité technique et professionnelle : liste des principales prestations de collecte exécutées "
          "au cours des trois dernières années ; description du parc de véhicules ; certification ISO 14001 en cours de "
          "validité ou tout moyen de preuve équivalent d'un système de management environnemental"),
        P("III.2.2) Conditions particulières d'exécution : se reporter au CCAP"),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : Procédure ouverte"),
        P("IV.2.2) Date limite de réception des offres : 28/04/2026 – 12:00"),
        P("IV.2.6) Délai minimal pendant lequel le soumissionnaire est tenu de maintenir son offre : 6 mois"),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : Une visite des dépôts de Neung et de Salbris est proposée le 09/04/2026. "
          "Le marché prend la suite du contrat n° 2019-07 arrivant à échéance le 31/12/2026."),
        P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif d'Orléans"),
        P("VI.5) Date d'envoi du présent avis : 25/03/2026"),
    ]
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=8400000,
            evidence=["Ce marché est divisé en lots : oui", "Secteur Ouest – Lot nº : 2",
                      "Valeur totale estimée : Valeur hors TVA : 8 400 000,00 EUR"])
    return D("d02_avis_joue_collecte_om.txt", "AVIS", b, lab)


def d03():
    b = [
        TITLE("Contract notice", "Services", "Directive 2014/24/EU – Notice number 2026/S 072-221904"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses: Centre hospitalier universitaire de Valmorin, Direction des achats, 2 avenue du "
          "Professeur Lemierre, 37044 Valmorin Cedex, France. NUTS code: FRB04"),
        P("I.3) Communication: The procurement documents are available for unrestricted and full direct access, free "
          "of charge, at: https://achats.chu-valmorin.fr. Tenders must be submitted electronically through the "
          "buyer's secure submission environment."),
        P("I.4) Type of the contracting authority: Body governed by public law"),
        P("I.5) Main activity: Health"),
        H("Section II: Object"),
        P("II.1.1) Title: Cleaning of the non-medical premises of the Valmorin University Hospital. Reference number: "
          "2026-CHU-017"),
        P("II.1.2) Main CPV code: 90919200 Office cleaning services"),
        P("II.1.3) Type of contract: Services"),
        P("II.1.4) Short description: Daily cleaning of offices, corridors, logistics platforms, staff changing "
          "rooms and covered car parks of the Bretonneau and Trousseau sites."),
        P("II.1.5) Estimated total value: Value excluding VAT: 1 900 000.00 EUR"),
        P("II.1.6) Information about lots: This contract is divided into lots: no"),
        P("II.2.3) Place of performance: Valmorin (Bretonneau and Trousseau hospital sites)"),
        P("II.2.5) Award criteria:"),
        LST(["Quality criterion - Name: Methodology and organisation of the service / Weighting: 40",
             "Quality criterion - Name: Safety of patients and users during the service (signage, wet floors, "
             "night work) / Weighting: 20",
             "Price - Weighting: 40"]),
        P("II.2.7) Duration of the contract: 48 months. This contract is subject to renewal: no"),
        P("II.2.10) Information about variants: Variants will be accepted: no"),
        P("II.2.11) Information about options: Options: no"),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.1) Suitability to pursue the professional activity: extract from the trade register"),
        P("III.1.3) Technical and professional ability: list of the main cleaning services provided over the past "
          "three years in healthcare establishments; average annual workforce"),
        P("III.1.5) Information about reserved contracts: Reserved contract: no"),
        P("III.2.2) Contract performance conditions: none"),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure"),
        P("IV.2.2) Time limit for receipt of tenders: 19/05/2026 Local time: 12:00"),
        P("IV.2.4) Languages in which tenders may be submitted: French"),
        H("Section VI: Complementary information"),
        P("VI.3) Additional information: A site visit is mandatory (two dates proposed in the consultation "
          "regulations). Staff transfer: the list of staff currently assigned is annexed to the documents."),
        P("VI.4.1) Review body: Tribunal administratif de Valmorin"),
        P("VI.5) Date of dispatch of this notice: 10/04/2026"),
    ]
    lab = L(allotissement=0, montant_estime_ht=1900000,
            evidence=["This contract is divided into lots: no", "Value excluding VAT: 1 900 000.00 EUR"])
    return D("d03_ted_en_cleaning.txt", "AVIS", b, lab)


def d04():
    b = [
        TITLE("Avis de marché ou de concession – régime standard", "Commune de Montréjac – Espaces verts",
              "Directive 2014/24/UE – Numéro de publication de l'avis : 00412387-2026"),
        H("1. Acheteur"),
        P("BT-500 Nom officiel : Commune de Montréjac"),
        P("BT-11 Forme juridique de l'acheteur : Collectivité territoriale"),
        P("BT-10 Activité du pouvoir adjudicateur : Services d'administration générale"),
        H("2. Procédure"),
        P("BT-21 Titre : Entretien des espaces verts communaux et fauchage des accotements"),
        P("BT-24 Description : Tonte, taille, désherbage manuel et mécanique des parcs, squares et cimetières ; "
          "fauchage et débroussaillage des accotements et chemins ruraux."),
        P("BT-04 Identifiant de la procédure : 7c1e2f0a-55d3-4a91-b0e6-3f2a8d9e4c11"),
        P("BT-105 Type de procédure : Ouverte"),
        P("BT-262 Classification principale (cpv) : 77310000 Services de plantation et d'entretien des espaces verts"),
        P("BT-27 Valeur estimée hors TVA : 396 000,00 EUR"),
        P("Informations sur les lots : Nombre de lots : 2. Des offres peuvent être soumises pour tous les lots."),
        H("5. Lot"),
        H2("5.1 Lot technique ID : LOT-0001"),
        P("BT-21 Titre : Entretien des parcs, squares et cimetières"),
        P("BT-27 Valeur estimée hors TVA : 252 000,00 EUR"),
        P("BT-36 Durée : 48 Mois"),
        P("BT-06 Marchés publics stratégiques : Aucun marché public stratégique"),
        P("BT-71 Participation réservée : La participation n'est pas réservée."),
        P("BT-539 Critère d'attribution – Type : Qualité – BT-734 Nom : Délai d'intervention sur signalement – "
          "BT-541 Pondération (pourcentage, valeur exacte) : 20"),
        P("BT-539 Critère d'attribution – Type : Qualité – BT-734 Nom : Moyens humains et matériels affectés au lot – "
          "BT-541 Pondération : 30"),
        P("BT-539 Critère d'attribution – Type : Prix – BT-541 Pondération : 50"),
        P("BT-70 Conditions d'exécution du marché : Sans objet"),
        H2("5.1 Lot technique ID : LOT-0002"),
        P("BT-21 Titre : Fauchage et débroussaillage des accotements et chemins ruraux"),
        P("BT-27 Valeur estimée hors TVA : 144 000,00 EUR"),
        P("BT-36 Durée : 48 Mois"),
        P("BT-539 Critère d'attribution – Type : Prix – BT-541 Pondération : 60"),
        P("BT-539 Critère d'attribution – Type : Qualité – BT-734 Nom : Organisation des chantiers et sécurité des "
          "usagers de la route – BT-541 Pondération : 40"),
        P("BT-300 Informations complémentaires : Lot réservé, en application de l'article L. 2113-13 du code de la "
          "commande publique, aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 "
          "du code du travail. Visite des chemins possible sur rendez-vous."),
        H("8. Organisations"),
        P("Organisation chargée des procédures de recours : Tribunal administratif de Toulouse"),
        P("BT-05 Date d'envoi de l'avis : 16/03/2026"),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-13", allotissement=1, nb_lots=2, montant_estime_ht=396000,
            evidence=["Lot réservé, en application de l'article L. 2113-13 du code de la commande publique, aux "
                      "structures d'insertion par l'activité économique", "Nombre de lots : 2",
                      "BT-27 Valeur estimée hors TVA : 396 000,00 EUR"])
    return D("d04_eforms_espaces_verts.txt", "AVIS", b, lab)


def d05():
    b = [
        TITLE("AVIS D'APPEL PUBLIC A LA CONCURRENCE", "Procédure adaptée – article R. 2123-1 1° du CCP",
              "Publié sur le profil d'acheteur le 11/02/2026"),
        P("Pouvoir adjudicateur : Communauté d'agglomération Coeur de Sarthon – Service Emploi-Insertion / PLIE du "
          "Sarthon, 9 place de la Halle, 72610 Sarthon-la-Vieille"),
        P("Objet : Conception graphique et impression du guide « Parcours vers l'emploi » et des supports de "
          "communication du PLIE (années 2026-2027)"),
        P("Caractéristiques principales : guide de 48 pages en quadrichromie (3 000 ex.), 5 000 flyers A5, 4 kakémonos "
          "et 2 000 cartes de correspondance pour les participants du PLIE. Marché non alloti (prestations "
          "indissociables). Accord-cadre mono-attributaire à bons de commande sans minimum, maximum 38 000 € HT sur "
          "sa durée totale."),
        P("Durée : 24 mois à compter de la notification"),
        P("Conditions particulières d'exécution : Papier recyclé."),
        P("Conditions de participation : DC1 et DC2 ou DUME ; attestation d'assurance responsabilité civile ; deux "
          "références de travaux d'impression comparables."),
        P("Critères de sélection des offres :"),
        LST(["Prix (sur la base du devis estimatif) : 50 %",
             "Qualité graphique des maquettes d'intention remises avec l'offre : 30 %",
             "Délai de livraison : 20 %"]),
        P("Retrait du dossier : gratuitement sur https://achats.coeur-sarthon.fr (réf. 2026-PLIE-02)"),
        P("Date limite de remise des offres : lundi 9 mars 2026, 12 h"),
        P("Renseignements administratifs : service commande publique, 02 43 97 11 40 – Renseignements techniques : "
          "Mme Olivia Tessier, chargée de communication du Service Emploi-Insertion."),
    ]
    lab = L(clause_environnementale=1, allotissement=0, montant_max_ht=38000,
            evidence=["Conditions particulières d'exécution : Papier recyclé.", "Marché non alloti",
                      "maximum 38 000 € HT sur sa durée totale"])
    return D("d05_avis_mapa_impression.txt", "AVIS", b, lab)


def d06():
    b = [
        TITLE("BOAMP", "AVIS D'ATTRIBUTION", "Résultat de marché – Fournitures – Annonce n° 26-22917"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : SIVU de restauration scolaire de la Vallée de l'Aubrelle"),
        P("Numéro national d'identification : SIRET 25560218400016 – Ville : Locmaria-Aubrelle – Code postal : 56390"),
        H("Section 2 : Procédure"),
        P("Type de procédure : Appel d'offres ouvert"),
        P("Référence de l'avis initial : BOAMP n° 25-118402 du 18/11/2025 ; JOUE 2025/S 224-701155"),
        H("Section 3 : Identification du marché"),
        P("Intitulé du marché : Fourniture et livraison de repas en liaison froide pour les restaurants scolaires et "
          "l'accueil de loisirs"),
        P("Code CPV principal : 55523100 – Services de repas scolaires"),
        P("Description succincte : accord-cadre à bons de commande d'une durée d'un an reconductible trois fois ; "
          "environ 142 000 repas par an livrés dans neuf restaurants satellites."),
        P("Marché alloti : Oui – Nombre de lots : 2"),
        H("Section 4 : Critères d'attribution retenus"),
        RTAB([["Critère", "Pondération"],
              ["Prix des repas (prix unitaire pondéré par les quantités estimées)", "40 %"],
              ["Qualité gustative, variété et équilibre nutritionnel des menus", "30 %"],
              ["Performances en matière de protection de l'environnement (part de produits biologiques, réduction "
               "des emballages plastiques, organisation des tournées de livraison)", "20 %"],
              ["Délai de remplacement en cas de défaillance", "10 %"]], widths=[4, 1], align="lr"),
        H("Section 5 : Attribution du marché"),
        H2("Lot n° 1 – Restaurants scolaires (écoles maternelles et élémentaires)"),
        P("Date de signature : 12/02/2026 – Nombre d'offres reçues : 4 – Offres reçues par voie électronique : 4"),
        P("Titulaire : SAS Cuisine Centrale de l'Ouest, ZA de Kerlann, 56000 Vannes – PME : oui"),
        P("Prix unitaire du repas élémentaire : 3,18 € HT"),
        H2("Lot n° 2 – Accueil de loisirs (mercredis et vacances scolaires)"),
        P("Date de signature : 12/02/2026 – Nombre d'offres reçues : 3 (une offre anormalement basse rejetée)"),
        P("Titulaire : SARL Les Saveurs du Blavet, 56700 Hennebont – PME : oui"),
        H("Section 6 : Informations complémentaires"),
        P("Les candidats devaient justifier de l'agrément sanitaire de leur cuisine centrale ou d'une certification "
          "ISO 22000 équivalente. Le marché peut être consulté au siège du SIVU sur rendez-vous, dans le respect des "
          "secrets protégés par la loi."),
        P("Instance chargée des procédures de recours : Tribunal administratif de Rennes, 3 contour de la Motte, "
          "35044 Rennes Cedex"),
        P("Date d'envoi du présent avis à la publication : 20/02/2026"),
    ]
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=2,
            evidence=["Performances en matière de protection de l'environnement (part de produits biologiques",
                      "Marché alloti : Oui – Nombre de lots : 2"])
    return D("d06_avis_attribution_restauration.pdf", "AVIS", b, lab,
             header="BOAMP – Avis d'attribution n° 26-22917", footer="SIVU Vallée de l'Aubrelle – Restauration scolaire")


def d07():
    b = [
        TITLE("AVIS RECTIFICATIF", "Marché de travaux – Procédure adaptée",
              "Rectificatif à l'annonce n° 26-30312 parue au BOAMP le 14/02/2026"),
        P("Identification de l'organisme qui passe le marché : OPH Habitat Marches-de-l'Est, 17 rue du Moulin-Foulon, "
          "52100 Saint-Dizier-la-Forge"),
        P("Objet du marché : Réhabilitation thermique de 64 logements, résidence Les Tilleuls à Vernoux-le-Bois – 6 lots"),
        P("Ce rectificatif concerne l'ensemble des lots."),
        H("Modifications à apporter"),
        P("Dans la rubrique « Critères d'attribution » :"),
        P("Au lieu de : « Prix : 60 % – Valeur technique : 40 % »"),
        P("Lire : « Prix : 55 % – Valeur technique : 35 % – Performances en matière d'insertion professionnelle des "
          "publics en difficulté : 10 % »"),
        P("Dans la rubrique « Date limite de réception des offres » :"),
        P("Au lieu de : 20/03/2026 à 12h00 – Lire : 27/03/2026 à 12h00"),
        H("Autres informations"),
        P("Un additif au règlement de la consultation (RC modifié, version 2) est mis en ligne sur la plateforme "
          "https://marches.habitat-mde.fr. Les entreprises ayant déjà déposé une offre peuvent la compléter ou la "
          "remplacer avant la nouvelle date limite. Les autres mentions de l'avis initial demeurent inchangées."),
        P("Date d'envoi du présent avis : 05/03/2026"),
    ]
    lab = L(critere_social=1, allotissement=1, nb_lots=6,
            evidence=["Performances en matière d'insertion professionnelle des publics en difficulté : 10 %",
                      "résidence Les Tilleuls à Vernoux-le-Bois – 6 lots"])
    return D("d07_avis_rectificatif_rehabilitation.txt", "AVIS", b, lab)


def d08():
    b = [
        TITLE("AVIS RECTIFICATIF", "Services – Procédure adaptée",
              "Annonce initiale n° 26-18840 du 02/02/2026"),
        P("Nom de l'acheteur : Centre communal d'action sociale de Pont-Séverin"),
        P("Objet de la consultation : Nettoyage des locaux du CCAS et de la résidence autonomie Les Glycines"),
        P("Référence : CCAS-2026-01"),
        H("Rectifications"),
        P("Rubrique « Conditions de participation – Marché réservé » :"),
        P("Au lieu de : « Oui. Le marché est réservé à des entreprises adaptées ou à des établissements et services "
          "d'aide par le travail. »"),
        P("Lire : « Non. »"),
        P("La mention figurant dans l'avis initial résultait d'une erreur de saisie : la consultation est ouverte à "
          "tout opérateur économique, quel que soit son statut."),
        P("Rubrique « Date limite de réception des offres » : Au lieu de : 23/02/2026 à 16h00 – Lire : 02/03/2026 à 16h00."),
        P("Les critères d'attribution (prix 60 %, valeur technique 40 %) ne sont pas modifiés."),
        P("Envoi du rectificatif à la publication : 09/02/2026"),
    ]
    lab = L(evidence=[])
    return D("d08_avis_rectificatif_nettoyage.txt", "AVIS", b, lab)


def d09():
    b = [
        TITLE("Contract notice", "Services", "Directive 2014/24/EU – 2026/S 081-255610"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses: Région Centre-Littoral, Direction des lycées et du patrimoine éducatif, 1 quai "
          "des Carmes, 44915 Nantes-Rezé Cedex 9. Contact person: service marchés publics"),
        P("I.4) Type of the contracting authority: Regional or local authority"),
        H("Section II: Object"),
        P("II.1.1) Title: Multi-technical maintenance and minor repair works in regional upper secondary schools (lycées)"),
        P("II.1.2) Main CPV code: 50700000 Repair and maintenance services of building installations"),
        P("II.1.4) Short description: Preventive and corrective maintenance of doors, locks, plumbing fittings, "
          "electrical installations and furniture in 41 lycées, with minor repair works ordered by purchase orders."),
        P("II.1.5) Estimated total value: Value excluding VAT: 2 350 000.00 EUR"),
        P("II.1.6) Information about lots: This contract is divided into lots: yes. Tenders may be submitted for all lots"),
        LST(["Lot No 1: North area lycées",
             "Lot No 2: South area lycées",
             "Lot No 3: Lycées with boarding facilities"]),
        P("II.2.5) Award criteria: Quality criterion - Name: Technical value (response times, staff qualifications, "
          "spare parts logistics) / Weighting: 60 – Price - Weighting: 40"),
        P("II.2.7) Duration in months: 48. This contract is subject to renewal: no"),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.3) Technical and professional ability: Qualibat certificates or equivalent; list of similar contracts "
          "performed over the past three years"),
        P("III.2.2) Contract performance conditions: Social integration clause (Article L. 2112-2 of the French Public "
          "Procurement Code): the contractor shall allocate a minimum of 850 hours of work, all lots taken together, to "
          "persons experiencing particular social or professional difficulties. A facilitator appointed by the Region "
          "assists the contractor."),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure"),
        P("IV.1.3) Information about a framework agreement: The procurement involves the establishment of a framework "
          "agreement with a single operator"),
        P("IV.2.2) Time limit for receipt of tenders: 02/06/2026 Local time: 12:00"),
        H("Section VI: Complementary information"),
        P("VI.3) Additional information: The procurement documents (in French) can be downloaded from "
          "https://marches.centre-littoral.fr."),
        P("VI.4.1) Review body: Tribunal administratif de Nantes"),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=850, allotissement=1, nb_lots=3,
            montant_estime_ht=2350000,
            evidence=["the contractor shall allocate a minimum of 850 hours of work, all lots taken together, to persons "
                      "experiencing particular social or professional difficulties",
                      "This contract is divided into lots: yes", "Lot No 3", "Value excluding VAT: 2 350 000.00 EUR"])
    return D("d09_ted_en_maintenance_lycees.txt", "AVIS", b, lab)


def d10():
    b = [
        TITLE("BOAMP – Avis de marché", "Services", "Annonce n° 26-50211"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Université Pierre-Daunou – Direction des ressources humaines, pôle formation des personnels"),
        P("Ville : Boulogne-sur-Liane | Code postal : 62201"),
        H("Section 3 : Procédure"),
        P("Type de procédure : Appel d'offres ouvert"),
        P("Conditions de participation – Capacités techniques : liste de références de formations d'adultes en "
          "langues ; CV des formateurs pressentis ; certification Qualiopi ou équivalent."),
        P("Critères d'attribution : Qualité pédagogique (programme, supports, évaluation des acquis) : 45 % – Moyens "
          "humains (qualification et expérience des formateurs) : 15 % – Prix : 40 %"),
        H("Section 4 : Identification du marché"),
        P("Intitulé : Formations en langues étrangères des personnels et formation à l'environnement numérique de travail"),
        P("Code CPV principal : 80580000 – Cours de langues"),
        P("Description : Formations en anglais, espagnol et allemand (groupes et cours individuels), français langue "
          "étrangère pour les chercheurs accueillis, et prise en main de l'environnement numérique de travail (ENT) et "
          "de la suite collaborative de l'université."),
        P("Technique d'achat : accord-cadre à bons de commande mono-attributaire"),
        P("Valeur maximale : 480 000 € HT pour la durée totale de l'accord-cadre (4 ans)"),
        P("La consultation prévoit une réservation de tout ou partie du marché : Non"),
        P("Marché alloti : Non"),
        H("Section 6 : Informations complémentaires"),
        P("Les sessions se déroulent sur les campus de Boulogne et de Calais-Marck ; l'université met les salles à "
          "disposition. Le titulaire s'adapte au calendrier universitaire."),
        P("Date limite de réception des offres : 14/05/2026 à 14h00"),
    ]
    lab = L(allotissement=0, montant_max_ht=480000,
            evidence=["Marché alloti : Non", "Valeur maximale : 480 000 € HT pour la durée totale de l'accord-cadre"])
    return D("d10_avis_formation_langues.txt", "AVIS", b, lab)


def d11():
    b = [
        TITLE("AVIS D'APPEL PUBLIC A LA CONCURRENCE", "Commune de Saint-Quentin-des-Prés",
              "MAPA travaux – avis publié sur https://marchespublics.stquentindespres.fr"),
        P("1 – Maître d'ouvrage : Commune de Saint-Quentin-des-Prés, représentée par son maire, Mairie, 1 place "
          "Charles-de-Gaulle, 60650 Saint-Quentin-des-Prés"),
        P("2 – Objet : Travaux d'aménagement de la rue des Tanneurs et du parvis de l'école Jules-Ferry"),
        P("3 – Procédure : procédure adaptée (art. L. 2123-1 et R. 2123-1 du CCP)"),
        P("4 – Allotissement : 2 lots – Lot 1 : Voirie et réseaux divers ; Lot 2 : Eclairage public (dépose et "
          "remplacement de 14 candélabres)"),
        P("5 – Montant estimatif des travaux : 412 000 € HT (lot 1 : 351 000 € HT ; lot 2 : 61 000 € HT)"),
        P("6 – Variantes : autorisées pour le lot 1 sur la nature des matériaux de fondation de chaussée. PSE n° 1 "
          "(lot 1) : bordures en granit en lieu et place des bordures béton T2."),
        P("7 – Délai d'exécution : 4 mois, période de préparation de 1 mois incluse"),
        P("8 – Conditions de participation : certificats de qualification FNTP ou équivalents, références de chantiers "
          "de même nature, attestations d'assurance décennale"),
        P("9 – Critères de jugement des offres : Prix 60 % ; Valeur technique 40 % (méthodologie, planning, moyens "
          "affectés)"),
        P("10 – Date limite de réception des offres : vendredi 17 avril 2026 à 12h00"),
        P("11 – Informations complémentaires : visite libre du site. Le lot 1 comporte une clause d'insertion "
          "professionnelle : 350 heures de travail au profit de publics éloignés de l'emploi, avec l'appui de la "
          "Maison de l'emploi du Pays de Corlay. Le DCE est téléchargeable gratuitement sur le profil d'acheteur."),
        P("12 – Date d'envoi à la publication : 23/03/2026"),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=350, allotissement=1, nb_lots=2,
            montant_estime_ht=412000,
            evidence=["Le lot 1 comporte une clause d'insertion professionnelle : 350 heures de travail au profit de "
                      "publics éloignés de l'emploi", "Allotissement : 2 lots",
                      "Montant estimatif des travaux : 412 000 € HT"])
    return D("d11_avis_mapa_voirie.txt", "AVIS", b, lab)


def d12():
    b = [
        TITLE("Supplément au Journal officiel de l'Union européenne", "AVIS DE MARCHÉ – FOURNITURES",
              "Directive 2014/24/UE – 2026/S 049-149027"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Service départemental d'incendie et de secours de la Vérance (SDIS 87V), Groupement logistique, "
          "12 allée des Pompiers, 87280 Limoux-la-Vérance. Courriel : achats@sdis-verance.fr"),
        P("I.5) Activité principale : Ordre et sécurité publics"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Acquisition de véhicules de secours et d'assistance aux victimes (VSAV), de véhicules "
          "légers de commandement et de véhicules utilitaires"),
        P("II.1.2) Code CPV principal : 34114110 – Véhicules de secours"),
        P("II.1.5) Valeur totale estimée hors TVA : 3 150 000,00 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui – Nombre de lots : 3"),
        H2("Lot nº 1 – VSAV (châssis-cabine et cellule sanitaire)"),
        P("II.2.5) Critères d'attribution :"),
        LST(["Critère de qualité – Nom : Performance technique et ergonomie de la cellule sanitaire / Pondération : 35",
             "Critère de qualité – Nom : Performance environnementale du véhicule (émissions de CO2 en g/km, "
             "consommation de carburant) / Pondération : 15",
             "Critère de qualité – Nom : Délai de livraison / Pondération : 10",
             "Prix – Pondération : 40"]),
        H2("Lot nº 2 – Véhicules légers de commandement"),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Sécurité des usagers (équipements d'aide à la "
          "conduite, signalisation prioritaire) / Pondération : 25 – Prix – Pondération : 75"),
        H2("Lot nº 3 – Véhicules utilitaires"),
        P("II.2.5) Critères d'attribution : Prix – Pondération : 70 – Critère de qualité – Nom : Délai de livraison / "
          "Pondération : 30"),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.3) Capacité technique et professionnelle : références de livraisons de véhicules d'incendie et de "
          "secours au cours des trois dernières années ; description du réseau après-vente dans la région"),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : Procédure ouverte"),
        P("IV.2.2) Date limite de réception des offres : 06/05/2026 – 12:00"),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : Un véhicule de présérie pourra être demandé pour essai au candidat "
          "classé premier du lot 1. Le SDIS adhère à l'UGAP, qui n'est pas candidate."),
        P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Limoges"),
    ]
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=3150000,
            evidence=["Performance environnementale du véhicule (émissions de CO2 en g/km",
                      "Ce marché est divisé en lots : oui – Nombre de lots : 3",
                      "Valeur totale estimée hors TVA : 3 150 000,00 EUR"])
    return D("d12_avis_joue_vehicules_sdis.pdf", "AVIS", b, lab,
             header="JOUE 2026/S 049-149027 – Avis de marché", footer="SDIS de la Vérance – Véhicules 2026",
             hyphen=True)


def d13():
    b = [
        TITLE("BOAMP – Avis de marché", "Services – Entité : société anonyme d'HLM",
              "Annonce n° 26-38826"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Immobilière Sud-Armor, société anonyme d'HLM – Agence de Pen-ar-Hoat"),
        P("Ville : Quimperlé-Est | Code postal : 29360"),
        H("Section 3 : Procédure"),
        P("Type de procédure : Appel d'offres ouvert"),
        P("Conditions de participation : capacité professionnelle : attestation de formation des agents au travail "
          "en hauteur ; références d'entretien de parties communes d'immeubles collectifs"),
        P("Critères d'attribution :"),
        LST(["Prix des prestations : 50 %",
             "Valeur technique (organisation, fréquences, contrôle qualité) : 40 %",
             "Conditions d'emploi du personnel affecté au marché (part de contrats à durée indéterminée, travail "
             "en journée plutôt qu'en horaires décalés, plan de formation qualifiante des agents) : 10 %"]),
        H("Section 4 : Identification du marché"),
        P("Intitulé du marché : Entretien ménager des parties communes et sortie des conteneurs à ordures ménagères"),
        P("Code CPV principal : 90911200 – Services de nettoyage de bâtiments"),
        P("Description succincte : 1 140 logements collectifs répartis sur 42 halls ; nettoyage des halls, cages "
          "d'escalier, ascenseurs et locaux poubelles ; sortie et rentrée des bacs selon le calendrier de collecte."),
        P("Valeur estimée (H.T.) : 620 000 euros (4 ans)"),
        P("La consultation prévoit une réservation de tout ou partie du marché : Non"),
        P("Marché alloti : Non"),
        H("Section 6 : Informations complémentaires"),
        P("Les candidats sont informés que le titulaire sera tenu, le cas échéant, de reprendre le personnel dans les "
          "conditions prévues par l'accord du 5 mars 2002 (annexe 7 de la convention collective nationale des "
          "entreprises de propreté). La liste du personnel affecté est jointe au DCE."),
    ]
    lab = L(critere_social=1, allotissement=0, montant_estime_ht=620000,
            evidence=["Conditions d'emploi du personnel affecté au marché (part de contrats à durée indéterminée",
                      "Marché alloti : Non", "Valeur estimée (H.T.) : 620 000 euros (4 ans)"])
    return D("d13_avis_menage_bailleur.txt", "AVIS", b, lab)


def d14():
    b = [
        TITLE("AVIS DE MARCHE", "Fournitures – procédure adaptée", "Communauté de communes du Haut-Lirvan"),
        P("Acheteur : Communauté de communes du Haut-Lirvan – Service Environnement et prévention des déchets, "
          "ZA des Granges, 48400 Florac-en-Lirvan"),
        P("Objet : Fourniture de composteurs individuels, de lombricomposteurs et de bioseaux dans le cadre du "
          "programme local de prévention des déchets ménagers et assimilés (PLPDMA) et du tri à la source des biodéchets."),
        P("Type : accord-cadre à bons de commande, durée 1 an reconductible 2 fois. Montant maximum annuel : "
          "150 000 € HT pour l'ensemble des lots, soit 450 000 € HT sur la durée maximale de l'accord-cadre."),
        P("Lots : Lot 1 – Composteurs en bois et en plastique (300 à 800 litres) ; Lot 2 – Lombricomposteurs et "
          "bioseaux de cuisine"),
        P("Variantes : autorisées (coloris des couvercles, mode de fixation des panneaux)."),
        P("Justifications à produire : DC1, DC2, attestations fiscales et sociales, fiches techniques et "
          "échantillon d'un bioseau."),
        P("Critères : prix 60 % ; valeur technique 40 % (robustesse des matériaux, facilité de montage, délais de "
          "livraison et de réassort)"),
        P("Remise des offres : 20/04/2026 avant 17 h, exclusivement par voie dématérialisée sur "
          "https://www.marches-lirvan.fr"),
        P("Renseignements techniques : M. Paul Arnal, animateur prévention, 04 66 45 20 10"),
    ]
    lab = L(allotissement=1, nb_lots=2, montant_max_ht=450000,
            evidence=["Lot 2 – Lombricomposteurs", "soit 450 000 € HT sur la durée maximale de l'accord-cadre"])
    return D("d14_avis_composteurs.txt", "AVIS", b, lab)


def d15():
    b = [
        TITLE("Avis de marché – régime standard", "Fourniture d'électricité – groupement de commandes",
              "Numéro de publication de l'avis : 00288104-2026"),
        H("1. Acheteur"),
        P("BT-500 Nom officiel : Syndicat intercommunal d'énergies de la Loue-Aval (SIELA), coordonnateur du "
          "groupement de commandes pour l'achat d'énergies"),
        P("BT-10 Activité du pouvoir adjudicateur : Logement et équipements collectifs"),
        H("2. Procédure"),
        P("BT-21 Titre : Fourniture et acheminement d'électricité pour les points de livraison de puissance inférieure "
          "ou égale à 36 kVA (C5) des membres du groupement"),
        P("BT-24 Description : Fourniture d'électricité, responsabilité d'équilibre et services associés pour environ "
          "2 300 points de livraison (éclairage public, écoles, mairies, salles communales)."),
        P("BT-27 Valeur estimée hors TVA : 5 200 000,00 EUR"),
        P("BT-105 Type de procédure : Ouverte"),
        P("Informations sur les lots : la procédure n'est pas divisée en lots (marché non alloti)."),
        H("5. Lot – LOT-0000"),
        P("BT-36 Durée : 36 Mois"),
        P("BT-06 Marchés publics stratégiques : Aucun marché public stratégique"),
        P("BT-71 Participation réservée : La participation n'est pas réservée."),
        P("BT-750 Critères de sélection : autorisation d'exercer l'activité d'achat d'électricité pour revente aux "
          "clients finals (art. L. 333-1 du code de l'énergie) ; contrat GRD-F en vigueur."),
        P("BT-539 Critère d'attribution – Type : Prix – BT-734 Nom : Prix de la fourniture et des services – BT-541 "
          "Pondération : 80"),
        P("BT-539 Critère d'attribution – Type : Qualité – BT-734 Nom : Qualité du service client et des outils de "
          "suivi des consommations – BT-541 Pondération : 20"),
        P("BT-70 Conditions d'exécution du marché : Sans objet"),
        P("BT-300 Informations complémentaires : Les prix de l'électricité sont révisables selon les modalités du CCAP. "
          "Le groupement réunit 64 communes et 3 EPCI."),
    ]
    lab = L(allotissement=0, montant_estime_ht=5200000,
            evidence=["la procédure n'est pas divisée en lots (marché non alloti)",
                      "BT-27 Valeur estimée hors TVA : 5 200 000,00 EUR"])
    return D("d15_eforms_electricite.txt", "AVIS", b, lab)


def d16():
    b = [
        TITLE("AVIS D'APPEL A LA CONCURRENCE", "Services sociaux et autres services spécifiques",
              "Procédure adaptée – art. R. 2123-1 3° du code de la commande publique"),
        P("Organisme acheteur : Centre communal d'action sociale de Beaulieu-sur-Vanne – Pôle Solidarités Seniors, "
          "4 rue des Ecoles, 10190 Beaulieu-sur-Vanne"),
        P("Objet : Portage de repas à domicile pour les personnes âgées et les personnes en situation de handicap "
          "résidant sur la commune (environ 95 bénéficiaires, 7 jours sur 7)."),
        P("Marché non alloti. Durée : 3 ans. Montant estimé : 210 000 € HT sur 3 ans."),
        P("Marché réservé : Non. L'article L. 2113-15 du code de la commande publique permet aux acheteurs de "
          "réserver certains marchés de services sociaux aux entreprises de l'économie sociale et solidaire ; le CCAS "
          "n'a pas retenu cette possibilité pour la présente consultation."),
        P("Critères : qualité des repas (menus, adaptation aux régimes, textures modifiées) 40 % ; prix 40 % ; "
          "modalités de livraison et relation avec les bénéficiaires 20 %."),
        P("Dossier de consultation : à télécharger sur https://beaulieu-sur-vanne.e-marchespublics.fr"),
        P("Date limite : 15 avril 2026, 11 h 30"),
    ]
    lab = L(allotissement=0, montant_estime_ht=210000,
            evidence=["Marché non alloti.", "Montant estimé : 210 000 € HT sur 3 ans."])
    return D("d16_avis_portage_repas.txt", "AVIS", b, lab)


# ----------------------------------------------------------------------------- RC (16)
def d17():
    b = flat(
        TITLE("VILLE DE LANVALLEC", "RÈGLEMENT DE LA CONSULTATION",
              "Réhabilitation et extension du groupe scolaire Jean-Macé – Marché de travaux n° 2026-08"),
        ART(1, "Objet de la consultation",
            "La présente consultation concerne les travaux de réhabilitation et d'extension du groupe scolaire "
            "Jean-Macé, 14 rue de la Libération à Lanvallec. Les travaux se déroulent en site occupé pendant l'année "
            "scolaire, les interventions bruyantes étant concentrées sur les vacances d'été."),
        ART(2, "Décomposition en lots",
            "Les travaux sont répartis en 8 lots traités par marchés séparés :"),
        [RTAB([["Lot", "Désignation", "Estimation HT"],
               ["01", "Gros œuvre – démolitions", "512 000 €"],
               ["02", "Charpente – couverture – zinguerie", "168 000 €"],
               ["03", "Menuiseries extérieures aluminium", "146 000 €"],
               ["04", "Plâtrerie – isolation – faux plafonds", "118 000 €"],
               ["05", "Menuiseries intérieures bois", "74 000 €"],
               ["06", "Revêtements de sols – faïence", "96 000 €"],
               ["07", "Plomberie – chauffage – ventilation", "248 000 €"],
               ["08", "Electricité courants forts et faibles", "124 000 €"],
               ["", "Estimation globale", "1 486 000 €"]], widths=[0.6, 4, 1.4], align="llr", bold_last=True)],
        ART(3, "Procédure – variantes – PSE",
            "La consultation est passée en procédure adaptée en application des articles L. 2123-1 et R. 2123-1 du "
            "code de la commande publique. Les variantes à l'initiative des candidats ne sont pas autorisées. Une "
            "prestation supplémentaire éventuelle est prévue : PSE n° 1 (lot 05) – portes de placard coulissantes dans "
            "les salles de classe. Les candidats du lot 05 sont tenus de la chiffrer."),
        ART(4, "Délai d'exécution",
            "Le délai global est de 11 mois, période de préparation de 1 mois comprise. Le calendrier détaillé "
            "d'exécution est établi par le maître d'œuvre pendant la période de préparation."),
        ART(5, "Contenu du dossier à remettre par les candidats"),
        [H2("5.1 Pièces de la candidature"),
         LST(["la lettre de candidature (imprimé DC1 ou équivalent) et la déclaration du candidat (DC2) ;",
              "l'attestation sur l'honneur que le candidat satisfait aux obligations relatives à l'emploi des "
              "travailleurs handicapés définies aux articles L. 5212-1 à L. 5212-11 du code du travail ;",
              "la liste nominative des salariés étrangers employés et soumis à autorisation de travail (art. D. 8254-2 "
              "du code du travail) ;",
              "les certificats de qualification professionnelle Qualibat ou équivalents, ou à défaut des références "
              "de travaux de moins de cinq ans ;",
              "l'attestation d'assurance de responsabilité civile et décennale en cours de validité."]),
         H2("5.2 Pièces de l'offre"),
         LST(["l'acte d'engagement (ATTRI1) complété ;",
              "la décomposition du prix global et forfaitaire (DPGF) du lot ;",
              "un mémoire technique précisant les moyens humains affectés au chantier (encadrement, compagnons), "
              "la méthodologie d'intervention en site occupé et le planning prévisionnel."])],
        ART(6, "Jugement des offres",
            "Le pouvoir adjudicateur choisit, pour chaque lot, l'offre économiquement la plus avantageuse appréciée "
            "selon les critères pondérés suivants :"),
        [RTAB([["Critère", "Pondération"],
               ["Prix des prestations", "60 %"],
               ["Valeur technique, dont : méthodologie en site occupé (20 pts), moyens humains affectés (10 pts), "
                "planning (10 pts)", "40 %"]], widths=[5, 1.2], align="lr"),
         P("Les offres anormalement basses sont traitées conformément aux articles R. 2152-3 et suivants du code. La "
           "Ville se réserve la possibilité de négocier avec les trois candidats les mieux classés.")],
        ART(7, "Conditions d'envoi et de remise des offres",
            "Les plis sont déposés sur le profil d'acheteur https://marches.lanvallec.fr avant le mardi 12 mai 2026 "
            "à 12 heures. Toute offre arrivée hors délai est écartée. La copie de sauvegarde est admise dans les "
            "conditions de l'arrêté du 22 mars 2019."),
        [SPLIT("Le délai de validité des offres est de cent vingt jours à compter de la date limite de remise des "
               "offres. Pour tout renseignement d'ordre technique, les candidats s'adressent au maître d'œuvre, "
               "cabinet Le Floc'h Architectes, par",
               "l'intermédiaire exclusif de la plateforme, au plus tard huit jours avant la date limite.")],
        ART(8, "Recours",
            "Tribunal administratif de Rennes, 3 contour de la Motte, CS 44416, 35044 Rennes Cedex.")
    )
    lab = L(allotissement=1, nb_lots=8, montant_estime_ht=1486000,
            evidence=["Les travaux sont répartis en 8 lots traités par marchés séparés", "Estimation globale 1 486 000 €"])
    return D("d17_rc_groupe_scolaire.pdf", "RC", b, lab, header="Ville de Lanvallec – RC – Marché n° 2026-08",
             footer="Groupe scolaire Jean-Macé – Règlement de la consultation", hyphen=True)


def d18():
    b = flat(
        TITLE("Département de la Vérance – Direction des routes – Agence territoriale de Saint-Clair",
              "Règlement de consultation valant cahier des clauses administratives particulières",
              "Procédure adaptée – Travaux – Réf. DR-ATSC-2026-11"),
        ART(1, "Objet",
            "Le marché a pour objet la réfection de murets en pierre sèche le long des routes départementales RD 12 "
            "(PR 4+200 à 6+050) et RD 47 (PR 0+000 à 1+300), avec dépose, tri des pierres, reprise des fondations et "
            "remontage à l'identique."),
        ART(2, "Forme du marché",
            "Marché ordinaire de travaux, à prix global et forfaitaire. La consultation n'est pas allotie : les "
            "travaux portent sur un ouvrage unique dont la réalisation par un seul opérateur garantit la cohérence "
            "de l'appareillage (article L. 2113-11 du code de la commande publique)."),
        ART(3, "Montant estimé",
            "Le montant estimé des travaux est de 96~500 € HT."),
        ART(4, "Pièces contractuelles",
            ["le présent règlement valant CCAP ;", "le cahier des clauses techniques particulières (CCTP) et ses plans ;",
             "l'acte d'engagement et la décomposition du prix global et forfaitaire ;",
             "le CCAG Travaux approuvé par l'arrêté du 30 mars 2021."]),
        ART(5, "Délais",
            "Délai d'exécution : 10 semaines, dont 2 semaines de préparation. Les travaux sont interrompus du "
            "1er juillet au 31 août (fréquentation touristique de la vallée)."),
        ART(6, "Prix et paiement",
            "Les prix sont fermes et actualisables (index TP03a). Le délai de paiement est de 30 jours. Une avance de "
            "10 % est versée si le titulaire ne la refuse pas."),
        ART(7, "Pénalités",
            "Pénalité de retard : 1/3000e du montant du marché par jour calendaire. Absence aux rendez-vous de "
            "chantier : 100 € par absence."),
        ART(8, "Action d'insertion",
            "Le titulaire réalise, pendant l'exécution des travaux, une action d'insertion d'au moins 210 heures de "
            "travail au profit de personnes rencontrant des difficultés sociales ou professionnelles particulières. "
            "Il peut y satisfaire par embauche directe, par mise à disposition de salariés (ETTI, GEIQ, association "
            "intermédiaire) ou en sous-traitant une partie des travaux à une structure d'insertion par l'activité "
            "économique.",
            "Le facilitateur clauses sociales du Département valide l'éligibilité des personnes et reçoit chaque mois "
            "l'état des heures réalisées. Chaque heure non réalisée, sans justification admise, donne lieu à une "
            "pénalité de 40 € HT."),
        ART(9, "Candidature",
            "Le candidat produit le DC1, le DC2 ou le DUME, les attestations d'assurance et une liste de chantiers de "
            "maçonnerie traditionnelle ou de pierre sèche réalisés ces cinq dernières années."),
        ART(10, "Jugement des offres",
            "Prix : 60 %. Valeur technique : 40 % (mode opératoire et provenance des pierres de complément 25 %, "
            "composition de l'équipe et savoir-faire 15 %)."),
        ART(11, "Remise des offres",
            "Les offres sont remises sur https://marches.verance.fr au plus tard le 30 avril 2026 à 16 heures. "
            "Délai de validité des offres : 90 jours.")
    )
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=210, allotissement=0, montant_estime_ht=96500,
            evidence=["une action d'insertion d'au moins 210 heures de travail au profit de personnes rencontrant des "
                      "difficultés sociales ou professionnelles particulières", "La consultation n'est pas allotie",
                      "Le montant estimé des travaux est de 96 500 € HT."])
    return D("d18_rc_valant_ccap_murets.docx", "RC", b, lab, header="Département de la Vérance – DR-ATSC-2026-11",
             footer="RC valant CCAP – Réfection de murets")


def d19():
    b = flat(
        TITLE("VÉRANCE HABITAT – Office public de l'habitat", "REGLEMENT DE LA CONSULTATION",
              "Entretien des espaces verts des résidences du secteur Nord – Accord-cadre n° 26-S-004"),
        ART(1, "Objet et étendue",
            "L'accord-cadre porte sur l'entretien courant des espaces verts (tonte, taille des haies et arbustes, "
            "ramassage des feuilles, désherbage des allées) de 27 résidences du secteur Nord. Il est exécuté par "
            "émission de bons de commande."),
        ART(2, "Allotissement",
            "Le marché n'est pas alloti. L'Office a estimé que la dévolution en lots séparés rendrait techniquement "
            "difficile la coordination des passages sur des résidences imbriquées (article L. 2113-11 du CCP)."),
        ART(3, "Durée et montant",
            "L'accord-cadre est conclu pour un an, reconductible tacitement trois fois. Il ne comporte pas de montant "
            "minimum ; le montant maximum est fixé à 90 000 € HT par an, soit 360 000 € HT pour quatre ans."),
        ART(4, "Conditions de participation",
            "Chaque candidat fournit :",
            ["les formulaires DC1 et DC2 ou le DUME ;",
             "une liste de références de prestations similaires exécutées au cours des trois dernières années ; les "
             "candidats peuvent notamment faire état de marchés comportant une clause d'insertion qu'ils ont exécutés ;",
             "l'effectif moyen annuel, en précisant le nombre de travailleurs handicapés employés au titre de la "
             "déclaration obligatoire d'emploi des travailleurs handicapés ;",
             "la liste du matériel dont dispose l'entreprise."]),
        ART(5, "Contenu de l'offre",
            "L'offre comprend l'acte d'engagement, le bordereau des prix unitaires, le détail quantitatif estimatif "
            "non contractuel et un mémoire technique."),
        ART(6, "Critères de jugement des offres"),
        [TAB([["Critères", "Pondération"],
              ["1. Prix (sur le DQE)", "50 %"],
              ["2. Valeur technique :", "50 %"],
              ["   2.1 méthodologie et calendrier des passages", "25 %"],
              ["   2.2 moyens humains et matériels affectés", "15 %"],
              ["   2.3 délai d'intervention en cas de demande urgente", "10 %"]], widths=[5, 1.3], align="lr")],
        ART(7, "Visite",
            "Une visite des résidences est conseillée ; elle est organisée sur demande auprès du responsable "
            "du patrimoine du secteur Nord."),
        ART(8, "Date limite et modalités de dépôt",
            "Les plis sont transmis par voie électronique sur https://verance-habitat.marcoweb.fr avant le "
            "04/05/2026 à 12h00. Les offres restent valables 120 jours.")
    )
    lab = L(allotissement=0, montant_max_ht=360000,
            evidence=["Le marché n'est pas alloti.", "soit 360 000 € HT pour quatre ans"])
    return D("d19_rc_espaces_verts_oph.pdf", "RC", b, lab, header="Vérance Habitat – RC 26-S-004",
             footer="Entretien des espaces verts – secteur Nord")


def d20():
    b = flat(
        TITLE("RÉGION CENTRE-LITTORAL", "Règlement de la consultation",
              "Direction de la formation professionnelle, de l'apprentissage et de l'orientation – Programme "
              "régional « Compétences 2026 »"),
        ART(1, "Objet",
            "La consultation porte sur l'achat d'actions de formation qualifiante à destination des demandeurs "
            "d'emploi, notamment des personnes éloignées de l'emploi, des jeunes sans qualification et des "
            "personnes en reconversion. Les formations préparent aux métiers en tension du territoire, dont les "
            "métiers de la rénovation énergétique et de la transition écologique."),
        ART(2, "Allotissement",
            "Le marché est divisé en 5 lots sectoriels :",
            ["Lot 1 : Bâtiment et rénovation énergétique",
             "Lot 2 : Aide et soins à la personne",
             "Lot 3 : Transport et logistique",
             "Lot 4 : Numérique",
             "Lot 5 : Métiers de l'environnement et de l'eau"],
            "Le montant estimé de l'ensemble des lots est de 2 750 000 € HT sur la durée de l'accord-cadre."),
        ART(3, "Procédure",
            "Procédure adaptée, en application de l'article R. 2123-1 3° du code de la commande publique (services "
            "sociaux et autres services spécifiques). La Région peut négocier avec les candidats."),
        ART(4, "Conditions de participation",
            "Les organismes de formation justifient de la certification Qualiopi au titre des actions de formation. "
            "Ils présentent leurs références, les CV des formateurs et la liste des plateaux techniques disponibles."),
        ART(5, "Critères d'attribution"),
        [TAB([["Critère", "Pondération"],
              ["Qualité pédagogique (contenus, progression, modalités d'évaluation)", "35 %"],
              ["Ingénierie et organisation des parcours (durées, individualisation, alternance)", "15 %"],
              ["Moyens humains et matériels", "10 %"],
              ["Prix (coût heure-stagiaire)", "40 %"]])],
        ART(6, "Remise des offres",
            "Dépôt exclusivement dématérialisé sur le profil d'acheteur de la Région avant le 22 mai 2026, 12h. Le "
            "candidat remet une offre distincte par lot. La durée de validité des offres est de 150 jours."),
        ART(7, "Renseignements",
            "Les questions sont posées sur la plateforme. Les réponses sont communiquées à tous les candidats "
            "ayant retiré le dossier.")
    )
    lab = L(allotissement=1, nb_lots=5, montant_estime_ht=2750000,
            evidence=["Le marché est divisé en 5 lots sectoriels",
                      "Le montant estimé de l'ensemble des lots est de 2 750 000 € HT"])
    return D("d20_rc_formations_qualifiantes.docx", "RC", b, lab,
             header="Région Centre-Littoral – DFPAO – Compétences 2026", footer="Règlement de la consultation")


def d21():
    b = flat(
        TITLE("UNIVERSITÉ PIERRE-DAUNOU", "RÈGLEMENT DE CONSULTATION",
              "Direction du patrimoine immobilier et du développement durable – Nettoyage des locaux – AO 2026-PAT-03"),
        ART(1, "Objet de la consultation",
            "Nettoyage courant et vitrerie des bâtiments d'enseignement, de recherche et administratifs de "
            "l'université."),
        ART(2, "Allotissement",
            "Lot 1 – Campus de la Liane (38 000 m²) ; Lot 2 – Site de l'IUT de Calais-Marck (11 500 m²). Un même "
            "candidat peut être attributaire des deux lots."),
        ART(3, "Valeur estimée",
            "Le montant estimé de l'accord-cadre est de 1 120 000 € HT pour quatre ans, tous lots confondus."),
        ART(4, "Caractéristiques",
            "Procédure d'appel d'offres ouvert (articles R. 2161-2 à R. 2161-5 du code de la commande publique). Le "
            "marché n'est pas réservé au titre des articles L. 2113-12 à L. 2113-15 du code. Les candidats sont "
            "informés que le titulaire reprend le personnel affecté au site dans les conditions de l'annexe 7 de la "
            "convention collective nationale des entreprises de propreté."),
        ART(5, "Pièces de candidature",
            "DC1, DC2 (ou DUME), attestations d'assurance, références de nettoyage de locaux d'enseignement "
            "supérieur ou de bureaux d'une surface comparable."),
        ART(6, "Jugement des offres",
            "Les offres sont notées sur 100 points, lot par lot :"),
        [RTAB([["Critère", "Points"],
               ["Prix", "50"],
               ["Valeur technique : organisation et méthodologie (25), moyens humains et encadrement (15)", "40"],
               ["Performance environnementale des prestations (produits et consommables, matériels, dosage et "
                "formation des agents à l'utilisation des produits)", "10"]], widths=[4, 1], align="lr")],
        ART(7, "Visite obligatoire",
            "La visite des locaux est obligatoire pour chaque lot ; une attestation de visite est remise au "
            "candidat. Dates : 7 et 9 avril 2026."),
        ART(8, "Remise des plis",
            "Dépôt sur la plateforme des achats de l'État (PLACE) avant le 5 mai 2026 à 16h00. Validité des "
            "offres : 6 mois.")
    )
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=1120000,
            evidence=["Performance environnementale des prestations (produits et consommables, matériels, dosage",
                      "Lot 2 – Site de l'IUT de Calais-Marck",
                      "Le montant estimé de l'accord-cadre est de 1 120 000 € HT"])
    return D("d21_rc_nettoyage_universite.pdf", "RC", b, lab, header="Université Pierre-Daunou – AO 2026-PAT-03",
             footer="Règlement de consultation – nettoyage des locaux", cols=2)


def d22():
    b = flat(
        TITLE("Commune de Saint-Gildas-du-Rhu – Centre technique municipal",
              "RC valant CCAP", "Fourniture de produits d'entretien et d'articles d'hygiène – MAPA n° 2026-F-03"),
        ART(1, "Objet",
            "Fourniture et livraison de produits d'entretien (sols, sanitaires, vitres), d'essuyage et d'articles "
            "d'hygiène pour les écoles, la mairie, la salle polyvalente et les vestiaires sportifs."),
        ART(2, "Caractéristiques",
            "Procédure adaptée. Marché réservé (art. L2113-12 CCP). Accord-cadre à bons de commande sans minimum, "
            "d'un montant maximum de 24 000 € HT par an, conclu pour deux ans, soit 48 000 € HT au total. La "
            "consultation ne fait pas l'objet d'un allotissement."),
        ART(3, "Pièces à produire",
            ["le formulaire DC1 ou une lettre de candidature ;",
             "le justificatif de la qualité d'entreprise adaptée ou d'établissement et service d'aide par le travail ;",
             "le bordereau des prix unitaires complété et les fiches techniques et de données de sécurité des produits."]),
        ART(4, "Commandes et livraisons",
            "Les bons de commande sont émis par le centre technique municipal. Les livraisons ont lieu dans un "
            "délai maximal de 8 jours ouvrés, franco de port, dans chaque bâtiment desservi."),
        ART(5, "Prix – facturation – paiement",
            "Les prix sont fermes la première année, puis révisés une fois à la date anniversaire. Paiement par "
            "mandat administratif à 30 jours."),
        ART(6, "Critères de choix",
            "Prix (sur la base d'un panier type) : 70 % – Délai de livraison : 30 %."),
        ART(7, "Remise des offres",
            "Avant le 16/04/2026 à 12h, sur https://saint-gildas-du-rhu.achatpublic-local.fr. Renseignements : "
            "M. Le Goff, responsable du CTM.")
    )
    lab = L(marche_reserve=1, reserve_base="L2113-12", allotissement=0, montant_max_ht=48000,
            evidence=["Marché réservé (art. L2113-12 CCP).", "ne fait pas l'objet d'un allotissement",
                      "soit 48 000 € HT au total"])
    return D("d22_rc_valant_ccap_produits_entretien.docx", "RC", b, lab,
             header="Saint-Gildas-du-Rhu – MAPA 2026-F-03", footer="RC valant CCAP")


def d23():
    b = flat(
        TITLE("CHU DE VALMORIN – Direction des travaux et de l'ingénierie", "REGLEMENT DE LA CONSULTATION",
              "Restructuration du service de pédopsychiatrie – Bâtiment F – Procédure n° 2026-T-05"),
        ART(1, "Objet",
            "Restructuration du niveau 1 du bâtiment F (1 150 m²) pour l'accueil de l'unité d'hospitalisation de "
            "pédopsychiatrie et de l'hôpital de jour, en site occupé."),
        ART(2, "Historique de la procédure",
            "La présente consultation fait suite à la procédure n° 2025-T-14, déclarée sans suite pour motif "
            "d'intérêt général (redéfinition du besoin). Dans cette précédente procédure, les offres devaient être "
            "jugées selon le prix (50 %), la valeur technique (40 %) et les performances en matière d'insertion "
            "professionnelle des publics en difficulté (10 %). Ces critères ne sont pas repris : seuls s'appliquent "
            "ceux de l'article 7 du présent règlement."),
        ART(3, "Lots",
            "Le marché est décomposé en 5 lots : 1 – Démolition, gros œuvre ; 2 – Cloisons, doublages, faux "
            "plafonds ; 3 – Menuiseries intérieures, serrurerie ; 4 – Revêtements de sols souples, peinture ; "
            "5 – Plomberie, CVC, électricité. Montant prévisionnel des travaux : 1 730 000 € HT."),
        ART(4, "Variantes et prestations supplémentaires",
            "Aucune variante n'est admise. PSE n° 1 (lot 3) : portes de chambre avec oculus à store intégré ; PSE "
            "n° 2 (lot 4) : peinture anti-graffiti dans les circulations."),
        ART(5, "Délais",
            "Les travaux sont réalisés en trois phases sur 9 mois, hors période de préparation de 6 semaines."),
        ART(6, "Dossier de candidature",
            "DC1, DC2, attestations d'assurances, qualifications ou références, et attestation de formation du "
            "personnel aux risques d'intervention en établissement de santé (protocole infectieux, consignes "
            "d'hygiène)."),
        ART(7, "Critères d'attribution",
            "Pour chaque lot, les offres sont classées selon :",
            ["prix : 55 % ;",
             "valeur technique : 45 %, répartis entre les moyens humains affectés (15 %), la méthodologie et le "
             "phasage en site occupé (20 %) et les mesures prises pour la sécurité des usagers et la continuité des "
             "soins (10 %)."]),
        [SPLIT("Le CHU peut engager des négociations avec les candidats ayant remis les trois meilleures offres "
               "de chaque lot ; il peut aussi attribuer le marché sur la base des offres initiales, sans",
               "négociation. Les offres irrégulières peuvent être régularisées si elles ne sont pas anormalement "
               "basses.")],
        ART(8, "Remise des offres",
            "Date limite : 21/05/2026, 12h00, sur la plateforme achats.chu-valmorin.fr. Délai de validité : "
            "120 jours."),
        ART(9, "Recours",
            "Tribunal administratif de Valmorin. Référé précontractuel (art. L. 551-1 du code de justice "
            "administrative) jusqu'à la signature du marché.")
    )
    lab = L(allotissement=1, nb_lots=5, montant_estime_ht=1730000,
            evidence=["Le marché est décomposé en 5 lots", "Montant prévisionnel des travaux : 1 730 000 € HT"])
    return D("d23_rc_travaux_pedopsychiatrie.pdf", "RC", b, lab, header="CHU de Valmorin – RC 2026-T-05",
             footer="Restructuration bâtiment F – règlement de la consultation", hyphen=True)


def d24():
    b = flat(
        TITLE("SEMAVAB – Société d'économie mixte d'aménagement de la Vallée de la Brenne",
              "Règlement de la consultation",
              "Mandataire de la Communauté de communes Brenne-Val-de-Creuse – Maîtrise d'œuvre – Recyclerie"),
        ART(1, "Objet",
            "La consultation porte sur une mission de maîtrise d'œuvre (mission de base et mission EXE partielle) "
            "pour la construction d'une recyclerie-ressourcerie sur la ZA des Chaumes à Ruffec-le-Château. Le "
            "bâtiment accueillera les activités de réemploi, de réparation et de vente d'objets collectés en "
            "déchèterie. La recyclerie sera exploitée par un atelier et chantier d'insertion, qui y emploiera "
            "des salariés en parcours d'insertion."),
        ART(2, "Forme du marché",
            "Marché ordinaire, non alloti : la mission de maîtrise d'œuvre constitue un ensemble indissociable."),
        ART(3, "Composition de l'équipe",
            "L'équipe comprend obligatoirement un architecte inscrit à l'Ordre, la mission de conception étant "
            "réservée à la profession d'architecte en application de l'article 3 de la loi n° 77-2 du 3 janvier "
            "1977. Elle réunit en outre des compétences en structure bois, en fluides et en qualité "
            "environnementale des bâtiments (RE2020)."),
        ART(4, "Pièces de la candidature",
            ["DC1 et DC2 ou DUME pour chaque membre de l'équipe ;",
             "attestation d'inscription à l'Ordre des architectes ;",
             "trois références de bâtiments d'activité ou d'équipements publics de moins de cinq ans, dont au moins "
             "une en ossature bois."]),
        ART(5, "Critères",
            "Valeur technique : 60 % (compréhension des enjeux du programme et du fonctionnement d'un lieu de "
            "réemploi, méthodologie, moyens humains et temps passé par phase) ; Prix : 40 %."),
        ART(6, "Remise des offres",
            "Les plis sont déposés sur https://semavab.marches-securises.fr jusqu'au 12 mai 2026 à 12h. Une audition "
            "des trois premiers candidats pourra être organisée.")
    )
    lab = L(allotissement=0, evidence=["Marché ordinaire, non alloti"])
    return D("d24_rc_moe_recyclerie.docx", "RC", b, lab, header="SEMAVAB – MOE recyclerie des Chaumes",
             footer="Règlement de la consultation")


def d25():
    b = flat(
        TITLE("Rectorat de l'académie de Valmorin – Division de la logistique et des achats",
              "RÈGLEMENT DE LA CONSULTATION", "Fourniture de mobilier pour les services académiques et les CIO"),
        ART(1, "Objet",
            "Accord-cadre à bons de commande pour la fourniture, la livraison et le montage de mobilier de bureau, "
            "de salles de réunion et d'accueil du public."),
        ART(2, "Lots",
            "Lot 1 : sièges de bureau ; Lot 2 : bureaux et rangements ; Lot 3 : mobilier de réunion ; Lot 4 : "
            "mobilier d'accueil et d'attente."),
        ART(3, "Montant",
            "Le montant maximum de l'accord-cadre, tous lots confondus, est de 640 000 € HT pour sa durée totale de "
            "quatre ans. Il n'est pas fixé de minimum."),
        ART(4, "Critères d'attribution",
            "Les critères sont identiques pour les quatre lots :"),
        [RTAB([["Critère", "Pondération", "Eléments d'appréciation"],
               ["Prix", "40 %", "Prix du panier type"],
               ["Qualité technique et ergonomie", "35 %", "Robustesse, réglages, sécurité des usagers, garanties"],
               ["Caractéristiques environnementales des produits", "15 %",
                "Part de matière recyclée, recyclabilité en fin de vie, émissions de COV"],
               ["Délai de livraison", "10 %", "Délai garanti en jours ouvrés"]], widths=[2.2, 1, 3], align="lrl"),
         P("Des échantillons (un siège pour le lot 1) peuvent être demandés au candidat pressenti.")],
        ART(5, "Candidature",
            "DC1, DC2, attestations sur l'honneur ; les candidats peuvent présenter des certificats de conformité aux "
            "normes NF EN 1335 et NF EN 527."),
        ART(6, "Remise",
            "Sur PLACE avant le 28/05/2026 à 14h. Validité des offres : 120 jours.")
    )
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=4, montant_max_ht=640000,
            evidence=["Caractéristiques environnementales des produits", "Lot 4 : mobilier d'accueil et d'attente",
                      "640 000 € HT pour sa durée totale de quatre ans"])
    return D("d25_rc_mobilier_rectorat.pdf", "RC", b, lab, header="Rectorat de Valmorin – DLA – Mobilier",
             footer="RC – accord-cadre mobilier 2026-2030")


def d26():
    b = flat(
        TITLE("SDIS DE LA VÉRANCE – Groupement des moyens logistiques", "Règlement de la consultation",
              "Fourniture de tenues de service et d'intervention – AO n° 2026-12"),
        ART(1, "Objet et lots",
            "L'accord-cadre porte sur la fourniture de tenues de service et d'intervention des sapeurs-pompiers "
            "professionnels et volontaires. Il est divisé en 3 lots : lot 1 – tenues de service et d'intervention "
            "(TSI) ; lot 2 – tenues de sport ; lot 3 – chaussures et rangers d'intervention."),
        ART(2, "Durée",
            "Un an à compter de la notification, reconductible trois fois par période d'un an."),
        ART(3, "Conditions d'exécution portées à la connaissance des candidats",
            "Le titulaire garantit que les articles livrés sont fabriqués dans le respect des huit conventions "
            "fondamentales de l'Organisation internationale du travail, à toutes les étapes de la chaîne "
            "d'approvisionnement. Il communique au SDIS, à sa demande, la liste des sites de confection et les "
            "rapports d'audit social de moins de deux ans. Ces stipulations figurent à l'article 11 du CCAP."),
        ART(4, "Candidature",
            "Pièces : DC1, DC2, attestation sur l'honneur relative à l'obligation d'emploi des travailleurs "
            "handicapés, certificats de conformité des équipements aux normes EN 469 et EN 15090."),
        ART(5, "Critères d'attribution",
            "Performance technique des tenues (protection, confort thermique, durabilité au lavage) : 50 % – Prix : "
            "40 % – Délai de livraison : 10 %."),
        ART(6, "Echantillons",
            "Les candidats remettent, pour chaque lot, un échantillon de chaque article en taille M (ou 42 pour "
            "les chaussures), identifié au nom du candidat."),
        ART(7, "Remise des offres",
            "Plateforme https://sdis-verance.achatpublic.fr, avant le 19/05/2026 à 12h.")
    )
    lab = L(clause_sociale=1, allotissement=1, nb_lots=3,
            evidence=["Le titulaire garantit que les articles livrés sont fabriqués dans le respect des huit "
                      "conventions fondamentales de l'Organisation internationale du travail",
                      "Il est divisé en 3 lots"])
    return D("d26_rc_tenues_sdis.docx", "RC", b, lab, header="SDIS de la Vérance – AO 2026-12",
             footer="Règlement de la consultation – habillement")


def d27():
    b = flat(
        TITLE("SMEP du Plateau de Gâtine", "REGLEMENT DE CONSULTATION",
              "Renouvellement de canalisations d'eau potable – programme 2026"),
        ART(1, "Objet",
            "Renouvellement de conduites de distribution en fonte et en PVC, reprise des branchements en plomb, "
            "pose de poteaux incendie sur les communes de Secondigny-Gâtine, Allonne et Le Retail."),
        ART(2, "Lots et estimation",
            "Lot 1 : Secteur de Secondigny – 780 000 € HT ; Lot 2 : Secteur d'Allonne – 410 000 € HT ; Lot 3 : "
            "Secteur du Retail – 265 000 € HT, soit 1 455 000 € HT au total."),
        ART(3, "Procédure", "Procédure adaptée (art. R. 2123-1 1° du CCP). Négociation possible."),
        ART(4, "Conditions d'exécution",
            "Action d'insertion (art. L. 2112-2 du CCP) : 1 500 heures, lot n° 1 seulement. Modalités au CCAP, art. "
            "14. Contact : facilitatrice du PLIE du Gâtinais."),
        ART(5, "Pièces à fournir",
            "DC1, DC2, certificats FNTP (canalisations d'eau potable) ou références équivalentes, attestation "
            "d'assurance décennale, mémoire technique."),
        ART(6, "Critères",
            "Prix : 60 %. Valeur technique : 40 % (méthodologie et phasage 20 %, moyens humains et matériels 10 %, "
            "délai d'intervention en cas de fuite pendant la garantie de parfait achèvement 10 %)."),
        ART(7, "Remise des offres",
            "Le 11/05/2026 à 12h00 au plus tard, via https://smep-gatine.e-marchespublics.com.")
    )
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, allotissement=1, nb_lots=3,
            montant_estime_ht=1455000,
            evidence=["Action d'insertion (art. L. 2112-2 du CCP) : 1 500 heures, lot n° 1 seulement",
                      "Lot 3 : Secteur du Retail", "soit 1 455 000 € HT au total"])
    return D("d27_rc_canalisations_eau.pdf", "RC", b, lab, header="SMEP du Plateau de Gâtine – RC 2026",
             footer="Renouvellement de canalisations – programme 2026")


def d28():
    b = flat(
        TITLE("CCAS de Ville-Armand – Service insertion et accompagnement social", "Règlement de la consultation",
              "Prestations d'accompagnement social et professionnel – MAPA 2026-03"),
        ART(1, "Objet",
            "Le marché porte sur des prestations d'accompagnement social et professionnel de personnes en situation "
            "de précarité domiciliées au CCAS : ateliers collectifs de remobilisation, entretiens individuels, "
            "accompagnement vers l'emploi et la formation."),
        ART(2, "Nature et forme",
            "Services sociaux et autres services spécifiques, procédure adaptée (art. R. 2123-1 3° du CCP). Le marché "
            "n'est pas alloti. Accord-cadre à bons de commande : montant maximum de 75 000 € HT par an, reconductible "
            "une fois, soit 150 000 € HT sur deux ans."),
        ART(3, "Considérations sociales",
            "L'article L. 2112-2 du code de la commande publique permet à l'acheteur de prévoir des conditions "
            "d'exécution prenant en compte des considérations relatives au domaine social ou à l'emploi. Compte tenu "
            "de l'objet même du marché, le CCAS n'a pas prévu de condition d'exécution supplémentaire de cette nature."),
        ART(4, "Pièces à produire",
            ["lettre de candidature et déclaration du candidat (DC1, DC2) ;",
             "attestation sur l'honneur de la déclaration d'emploi des travailleurs handicapés (art. L. 5212-1 et "
             "suivants du code du travail) ;",
             "présentation de la structure et des intervenants (diplômes de travailleur social ou de conseiller en "
             "insertion professionnelle) ;",
             "mémoire méthodologique et bordereau des prix."]),
        ART(5, "Jugement des offres",
            "Qualité de la méthodologie d'accompagnement : 50 % ; Moyens humains (qualification, stabilité des "
            "intervenants) : 20 % ; Prix : 30 %."),
        ART(6, "Date limite",
            "Les offres sont adressées par voie électronique avant le 24 avril 2026 à 12h sur le profil d'acheteur "
            "de la Ville.")
    )
    lab = L(allotissement=0, montant_max_ht=150000,
            evidence=["Le marché n'est pas alloti.", "soit 150 000 € HT sur deux ans"])
    return D("d28_rc_accompagnement_ccas.docx", "RC", b, lab, header="CCAS de Ville-Armand – MAPA 2026-03",
             footer="RC – accompagnement social et professionnel")


def d29():
    b = flat(
        TITLE("RÉGION CENTRE-LITTORAL – Direction des lycées", "REGLEMENT DE LA CONSULTATION",
              "Service énergie et maintenance – Maintenance des installations de chauffage, ventilation et ECS des lycées"),
        ART(1, "Objet",
            "Exploitation et maintenance préventive et corrective (prestations P2) des installations de chauffage, "
            "de ventilation et de production d'eau chaude sanitaire de 52 lycées publics. La fourniture de "
            "combustible (P1) n'est pas comprise."),
        ART(2, "Allotissement",
            "4 lots géographiques : lot 1 – bassin Nord ; lot 2 – bassin Est ; lot 3 – bassin Sud ; lot 4 – "
            "bassin Ouest. Un candidat peut se voir attribuer deux lots au plus."),
        ART(3, "Montant",
            "Accord-cadre à bons de commande. Montant maximum sur quatre ans, tous lots confondus : 1 600 000 € HT."),
        ART(4, "Capacités exigées",
            "Qualification Qualibat 5312 ou équivalente ; attestation de capacité pour la manipulation des fluides "
            "frigorigènes prévue à l'article R. 543-99 du code de l'environnement ; références de maintenance "
            "d'établissements recevant du public."),
        ART(5, "Critères",
            "Prix : 50 %. Valeur technique : 50 %, appréciée au regard des moyens humains et de l'organisation de "
            "l'astreinte (20 %), du délai d'intervention en cas de panne (15 %) et de la performance technique du "
            "plan de maintenance préventive proposé (15 %)."),
        [SPLIT("Le mémoire technique ne doit pas excéder 20 pages par lot, hors annexes. Les candidats y "
               "décrivent l'organisation des visites de contrôle et le contenu des",
               "rapports mensuels transmis au service énergie et maintenance.")],
        ART(6, "Remise des offres",
            "Avant le 02/06/2026, 12h00, sur https://marches.centre-littoral.fr. Délai de validité : 150 jours.")
    )
    lab = L(allotissement=1, nb_lots=4, montant_max_ht=1600000,
            evidence=["4 lots géographiques", "Montant maximum sur quatre ans, tous lots confondus : 1 600 000 € HT"])
    return D("d29_rc_maintenance_cvc_lycees.pdf", "RC", b, lab, header="Région Centre-Littoral – Lycées – CVC",
             footer="RC – maintenance P2 des lycées", hyphen=True)


def d30():
    b = flat(
        TITLE("Commune des Arcis-sur-Loing", "Règlement de consultation valant CCAP",
              "Aménagement du parc de la Roselière – MAPA travaux 2026-04"),
        ART(1, "Objet",
            "Création d'un parc urbain refuge de biodiversité : terrassement de noues et d'une mare, cheminements en "
            "stabilisé, plantations de haies champêtres et de prairies fleuries, mobilier et nichoirs."),
        ART(2, "Lots et estimation",
            "Lot 1 : terrassement, VRD, cheminements ; lot 2 : plantations et génie écologique. Estimation : 186 000 € "
            "HT (lot 1 : 121 000 € ; lot 2 : 65 000 €)."),
        ART(3, "Délais", "Préparation : 3 semaines. Exécution : 14 semaines, plantations entre novembre et mars."),
        ART(4, "Prix", "Prix unitaires appliqués aux quantités réellement exécutées (BPU). Prix révisables (TP01)."),
        ART(5, "Conditions d'exécution",
            "Le titulaire trie sur place les déchets de chantier en au moins quatre flux (bois, métaux, inertes, "
            "déchets non dangereux en mélange) et remet à la commune les bordereaux de suivi des déchets. Le brûlage "
            "est interdit."),
        ART(6, "Réception", "Réception à l'issue des travaux ; pour le lot 2, constat de reprise des végétaux au "
            "printemps suivant."),
        ART(7, "Jugement des offres",
            "Prix 60 % ; qualité de la méthodologie 30 % ; délai 10 %."),
        ART(8, "Remise", "Avant le 07/05/2026, 12h, sur le profil d'acheteur de la commune.")
    )
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_estime_ht=186000,
            evidence=["Le titulaire trie sur place les déchets de chantier en au moins quatre flux",
                      "lot 2 : plantations et génie écologique", "Estimation : 186 000 € HT"])
    return D("d30_rc_valant_ccap_parc.docx", "RC", b, lab, header="Les Arcis-sur-Loing – MAPA 2026-04",
             footer="RC valant CCAP – parc de la Roselière")


def d31():
    b = flat(
        TITLE("Communauté de communes du Val d'Orvin – Pôle Solidarités", "Règlement de la consultation",
              "Transport à la demande des personnes à mobilité réduite – MAPA S-2026-02"),
        ART(1, "Objet",
            "Service de transport à la demande, de porte à porte, destiné aux personnes à mobilité réduite résidant "
            "sur les 19 communes du Val d'Orvin (titulaires d'une carte mobilité inclusion, personnes âgées de plus "
            "de 75 ans)."),
        ART(2, "Caractéristiques",
            "Marché non alloti. Durée de trois ans. Valeur estimée : 285 000 € HT pour la durée totale."),
        ART(3, "Dossier de candidature",
            ["DC1, DC2 ou DUME ;",
             "inscription au registre des entreprises de transport public routier de personnes ;",
             "attestation sur l'honneur relative à l'obligation d'emploi des travailleurs handicapés (articles "
             "L. 5212-1 à L. 5212-11 du code du travail) ;",
             "liste des salariés étrangers soumis à autorisation de travail ;",
             "références de services de transport de personnes."]),
        ART(4, "Critères de jugement",
            "Prix 40 % ; qualité du service 40 % (moyens humains et matériels affectés, organisation des "
            "réservations, remplacement des véhicules) ; sécurité des usagers 20 %."),
        ART(5, "Négociation", "La communauté de communes se réserve la possibilité de négocier avec les trois "
            "candidats les mieux classés."),
        ART(6, "Remise des offres", "Dépôt électronique avant le 30/04/2026, 17h.")
    )
    lab = L(allotissement=0, montant_estime_ht=285000,
            evidence=["Marché non alloti.", "Valeur estimée : 285 000 € HT pour la durée totale."])
    return D("d31_rc_transport_pmr.pdf", "RC", b, lab, header="CC du Val d'Orvin – MAPA S-2026-02",
             footer="RC – transport à la demande PMR")


def d32():
    b = flat(
        TITLE("GHT Vallées de l'Orvanne – Centre hospitalier de Saint-Aubert (établissement support)",
              "Règlement de la consultation", "Location-entretien des tenues professionnelles et du linge plat"),
        ART(1, "Objet",
            "Location et entretien des tenues professionnelles des agents et du linge plat des établissements "
            "parties du GHT (environ 420 tonnes de linge par an)."),
        ART(2, "Lots",
            "Lot 1 : tenues professionnelles ; lot 2 : linge plat et linge hôtelier. Montant estimé : 2 400 000 € HT "
            "sur quatre ans."),
        ART(3, "Candidats",
            "Le marché n'est pas réservé. Les entreprises adaptées, les ESAT et les structures d'insertion par "
            "l'activité économique peuvent toutefois candidater, seules ou en groupement, dans les conditions de "
            "droit commun."),
        ART(4, "Variantes",
            "Les variantes sont autorisées sur la composition des textiles (polyester-coton ou 100 % polyester), "
            "sous réserve de conformité aux spécifications du CCTP."),
        ART(5, "Critères",
            "Valeur technique 45 % (performance technique du procédé de traitement du linge, traçabilité par puce "
            "RFID, délais de rotation) ; prix 45 % ; qualité du service (délai d'intervention en cas de réclamation) "
            "10 %."),
        ART(6, "Remise", "Sur la plateforme du GHT avant le 26/05/2026 à 12h00.")
    )
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=2400000,
            evidence=["lot 2 : linge plat et linge hôtelier", "Montant estimé : 2 400 000 € HT sur quatre ans"])
    return D("d32_rc_blanchisserie_ght.docx", "RC", b, lab, header="GHT Vallées de l'Orvanne – RC",
             footer="Location-entretien du linge")


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16,
        d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31, d32]


# ----------------------------------------------------------------------------- contrôles
def ws(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


def extracted_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        t = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
        return [ws(t), ws(re.sub(r"(\w)-\n(\w)", r"\1\2", t))]
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return [ws("\n".join(parts))]
    with open(path, encoding="utf-8") as fh:
        return [ws(fh.read())]


def build_all():
    if os.path.isdir(DOCS_DIR):
        for f in os.listdir(DOCS_DIR):
            os.remove(os.path.join(DOCS_DIR, f))
    else:
        os.makedirs(DOCS_DIR)
    docs = []
    pages = {}
    for f in DOCS:
        p = f()
        path = os.path.join(DOCS_DIR, p["file"])
        ext = p["file"].rsplit(".", 1)[1]
        pdf = ext == "pdf"
        blocks = [_conv(b, pdf) for b in p["blocks"]]
        if pdf:
            pages[p["file"]] = build_pdf(path, _conv_str(p["header"], True), _conv_str(p["footer"], True), blocks,
                                         hyphen=p["hyphen"], title=p["header"], cols=p["cols"])
        elif ext == "docx":
            build_docx(path, p["header"], p["footer"], blocks)
        else:
            build_txt(path, blocks)
        docs.append(p)
    md5 = {}
    import hashlib
    for p in docs:
        with open(os.path.join(DOCS_DIR, p["file"]), "rb") as fh:
            md5[p["file"]] = hashlib.md5(fh.read()).hexdigest()
    return docs, md5, pages


def main():
    docs, md5a, pages = build_all()
    docs, md5b, pages = build_all()
    problems = []
    if md5a != md5b:
        problems.append("non déterministe : %r" % [k for k in md5a if md5a[k] != md5b.get(k)])
    rows = []
    for p in docs:
        lab = p["label"]
        texts = extracted_text(os.path.join(DOCS_DIR, p["file"]))
        for q in lab["evidence"]:
            if q.startswith("["):
                continue
            if not any(ws(norm(q)) in t for t in texts):
                problems.append("%s : preuve absente du texte extrait : %r" % (p["file"], q))
        ev = " | ".join(ws(norm(q)) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (p["file"], len(ev)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % p["file"])
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % p["file"])
        if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % p["file"])
        if p["doc_type"] not in _DOC_TYPES:
            problems.append("%s : doc_type" % p["file"])
        row = {"path": p["file"], "doc_type": p["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
        if row["nb_lots"] and row["allotissement"] != "1":
            problems.append("%s : nb_lots sans allotissement" % p["file"])
    names = [r["path"] for r in rows]
    if len(set(names)) != len(names) or len(names) != 32:
        problems.append("noms de fichiers : %d" % len(set(names)))
    with open(os.path.join(DOCS_DIR, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    kinds = {}
    for r in rows:
        e = r["path"].rsplit(".", 1)[1]
        kinds[e] = kinds.get(e, 0) + 1
    print("documents : %d (%s) ; pages PDF : %s" % (len(rows), kinds, pages))
    for c in ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
              "clause_environnementale", "critere_environnemental"):
        print("  %s = 1 : %d" % (c, sum(1 for r in rows if r[c] == "1")))
    print("déterminisme (md5 de deux constructions) : %s" % ("identique" if md5a == md5b else "DIFFÉRENT"))
    print("contrôles -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
