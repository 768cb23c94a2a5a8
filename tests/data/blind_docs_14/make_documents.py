#!/usr/bin/env python3
"""Construit le jeu blind_docs_14 : 32 documents entiers (PDF reportlab, DOCX python-docx, TXT) sur les
critères d'attribution sociaux et environnementaux, et leurs étiquettes documents/labels.csv.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py, lignes 27-664
(écriture PDF/DOCX/TXT, tableaux, deux colonnes, césure, SB/HY, aides de saisie, number_articles, L,
_DOC_TYPES) ; extra_checks repris des lignes 2433-2451. Le reste (documents, contrôle des preuves sur le
texte EXTRAIT des fichiers produits, déterminisme) est écrit pour ce jeu.

Tous les textes, acheteurs, lieux, références et nombres sont inventés.
Conventions : « ~ » = espace insécable ; « ^ » = espace fine insécable ; BR, SB, HY : voir plus bas.

Usage : .venv/bin/python tests/data/blind_docs_14/make_documents.py
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
        for col in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
            if r[col] and not re.fullmatch(r"\d+(\.\d+)?", r[col]):
                out.append("%s : %s = %r" % (r["path"], col, r[col]))
    return out

# ============================================================================= blind_docs_14
SET_NAME = "blind_docs_14"
OUT = os.path.join(HERE, "documents")


def DOC(key, name, doc_type, label, header="", footer="", blocks=None, raw=None, hyphen=False, cols=1):
    return dict(key=key, name=name, doc_type=doc_type, label=label, header=header, footer=footer,
                blocks=blocks, raw=raw, hyphen=hyphen, cols=cols)


# ----------------------------------------------------------------------------- documents « P »
def p_rc_voirie():
    b = [TITLE("Communauté de communes des Coteaux du Lizon",
               "RÈGLEMENT DE LA CONSULTATION",
               "Travaux de requalification de la voirie communautaire – programme 2027",
               "Procédure adaptée ouverte (art. L2123-1 et R2123-1 1° du code de la commande publique)",
               "Réf. : CCCL-2027-VOI-04")]
    b += A("Objet de la consultation",
           "La présente consultation porte sur les travaux de requalification des voies communautaires inscrites "
           "au programme 2027 (rue des Tanneurs à Lizon-le-Bas, VC 12 à Fontgrenier, chemin des Écoliers à Saint-Maurin).",
           "Les prestations sont décrites au CCTP. Le marché est passé sous la forme d'un marché ordinaire par lot.")
    b += A("Allotissement et estimation",
           "Les travaux sont répartis en 3 lots désignés ci-dessous. Les candidats peuvent répondre à un ou plusieurs lots.")
    b.append(RTAB([["Lot", "Désignation", "Estimation (€ HT)"],
                   ["1", "Terrassements, chaussées et enrobés", "1~120~000"],
                   ["2", "Bordures, trottoirs et revêtements piétons", "510~000"],
                   ["3", "Signalisation horizontale et verticale", "220~000"]],
                  widths=[0.8, 4, 1.6], align="llr"))
    b.append(P("Le montant estimatif de l'ensemble des travaux est de 1~850~000~€~HT, toutes tranches et tous lots confondus."))
    b += A("Conditions particulières d'exécution",
           "En application de l'article L2112-2 du code de la commande publique, le titulaire du lot 1 est tenu de réserver "
           "au moins 1~200 heures de travail à des personnes rencontrant des difficultés sociales ou professionnelles "
           "particulières, selon les modalités de l'article 9 du CCAP. Le facilitateur du PLIE des Coteaux accompagne "
           "gratuitement les entreprises (contact : clauses@plie-coteaux.fr).",
           "Les lots 2 et 3 ne comportent pas d'engagement de ce type.")
    b += A("Durée et délais",
           "Le délai global d'exécution est fixé par lot dans l'acte d'engagement. La période de préparation est de "
           "4 semaines ; elle n'est pas comprise dans le délai d'exécution.",
           "Les variantes ne sont pas autorisées. Aucune prestation supplémentaire éventuelle n'est prévue.")
    b += A("Contenu des plis",
           ["Candidature : DC1 et DC2 ou DUME, attestations d'assurance, liste des travaux exécutés au cours des cinq "
            "dernières années, certificats de capacité.",
            "Offre : acte d'engagement, DQE complété, mémoire technique (15 pages maximum), planning prévisionnel."])
    b.append(H("Article 6 – Jugement des offres"))
    b.append(P("Les offres sont analysées lot par lot. L'offre économiquement la plus avantageuse est appréciée "
               "selon les critères pondérés suivants, dans le respect de l'article R2152-7 du code de la commande publique :"))
    b.append(RTAB([["Critères et sous-critères", "Pondération"],
                   ["1. Prix des prestations, jugé sur le montant du DQE", "50 %"],
                   ["2. Valeur technique, appréciée au vu du mémoire", "40 %"],
                   ["2.1 Méthodologie, phasage et maintien de la circulation", "20 %"],
                   ["2.2 Moyens humains et matériels affectés au chantier", "10 %"],
                   ["2.3 Gestion des déblais et réemploi des matériaux de chantier (taux de valorisation des enrobés "
                    "fraisés, distance aux installations de recyclage)", "10 %"],
                   ["3. Performance en matière d'insertion professionnelle des publics en difficulté (heures proposées "
                    "au-delà du minimum, tutorat, accompagnement)", "10 %"]],
                  widths=[5.2, 1.2], align="lr"))
    b.append(P("Pour le critère 3, applicable au seul lot 1, le nombre d'heures proposé au-delà de 1~200 heures est "
               "noté proportionnellement ; les lots 2 et 3 sont jugés sur les critères 1 (55 %) et 2 (45 %)."))
    b += A("Renseignements complémentaires",
           "Les questions sont posées sur le profil d'acheteur au plus tard 8 jours avant la date limite de remise des offres.")
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, critere_social=1, critere_environnemental=1,
            allotissement=1, nb_lots=3, montant_estime_ht=1850000,
            evidence=["1~200 heures de travail à des personnes rencontrant des difficultés sociales",
                      "Gestion des déblais et réemploi des matériaux de chantier",
                      "Performance en matière d'insertion professionnelle des publics en difficulté",
                      "répartis en 3 lots", "1~850~000~€~HT"])
    return DOC("p_rc_voirie", "rc_voirie_lizon.pdf", "RC", lab, "CC des Coteaux du Lizon – RC voirie 2027",
               "CCCL-2027-VOI-04 – Règlement de la consultation", b, hyphen=True)


def p_ccp_denrees():
    b = [TITLE("Commune de Vernoux-sur-Aize",
               "CAHIER DES CLAUSES PARTICULIÈRES (CCP)",
               "Fourniture de denrées d'épicerie et de produits laitiers pour la cuisine centrale",
               "Accord-cadre à bons de commande – procédure adaptée")]
    b += A("Objet – forme du marché",
           "Le présent CCP vaut cahier des clauses administratives et techniques. Il a pour objet la fourniture de denrées "
           "d'épicerie et de produits laitiers livrés à la cuisine centrale, 4 allée des Tilleuls.",
           "La consultation ne fait pas l'objet d'un allotissement : la gamme de produits est commandée et livrée en une "
           "seule tournée, et un découpage rendrait l'exécution plus coûteuse (art. L2113-11 du code de la commande publique).")
    b += A("Durée – montants",
           "L'accord-cadre est conclu pour un an à compter de sa notification, reconductible tacitement trois fois par "
           "période d'un an, soit quatre ans au plus.",
           "Il est conclu sans montant minimum et avec un montant maximum annuel de 45~000~€~HT, identique pour chaque période.")
    b += A("Livraisons – emballages",
           "Les livraisons ont lieu le mardi et le jeudi entre 6 h 30 et 9 h. Les denrées sont livrées dans des caisses "
           "consignées ou réutilisables ; le fournisseur reprend à chaque livraison les suremballages, palettes et "
           "caisses vides, et justifie une fois par an de leur réemploi ou de leur recyclage.",
           "Les conditionnements individuels sont proscrits sauf demande expresse de la cuisine centrale.")
    b += A("Prix – règlement",
           "Les prix sont révisables trimestriellement selon l'indice mentionné à l'annexe 2. Le délai global de paiement "
           "est de 30 jours. Les factures sont déposées sur Chorus Pro.")
    b += A("Jugement des offres",
           "Les offres sont classées sur 100 points :",
           ["Prix, apprécié sur le détail quantitatif estimatif non contractuel : 40 points ;",
            "Qualité des produits, au vu des fiches techniques et des échantillons : 30 points ;",
            "Part des produits issus de l'agriculture biologique dans l'offre, exprimée en valeur sur le DQE : 20 points ;",
            "Délais de livraison et de dépannage en cas de rupture : 10 points."],
           "En cas d'égalité, l'offre la mieux notée sur la qualité des produits est retenue.")
    b += A("Pénalités",
           "Tout retard de livraison supérieur à 30 minutes donne lieu à une pénalité de 50~€ par livraison. "
           "Les produits non conformes sont remplacés dans la journée.")
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=0, montant_max_ht=180000,
            evidence=["le fournisseur reprend à chaque livraison les suremballages, palettes et caisses vides",
                      "Part des produits issus de l'agriculture biologique dans l'offre",
                      "ne fait pas l'objet d'un allotissement", "montant maximum annuel de 45~000~€~HT",
                      "[45 000 × 4 périodes = 180 000]"])
    return DOC("p_ccp_denrees", "ccp_denrees_vernoux.docx", "CCAP", lab,
               "Commune de Vernoux-sur-Aize – CCP denrées", "CCP – Fourniture de denrées – 2027", b)


def p_avis_en_cleaning():
    raw = """Contract notice
Services
Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Official name: Département de la Haute-Gâtine
Postal address: 12 place Carnot
Town: Bressy-la-Tour
Postal code: 79410
Country: France
E-mail: achats@hautegatine.fr
I.4) Type of the contracting authority: Regional or local authority

Section II: Object
II.1.1) Title: Cleaning of the administrative buildings of the Département
Reference number: 27S0031
II.1.2) Main CPV code: 90910000 Cleaning services
II.1.3) Type of contract: Services
II.1.4) Short description: Routine cleaning, window cleaning and periodic works in 14 administrative buildings.
II.1.5) Estimated total value
Value excluding VAT: 860~000.00
Currency: EUR
II.1.6) Information about lots
This contract is divided into lots: no
II.2.3) Place of performance: NUTS code FRI33
II.2.5) Award criteria
Criteria below
Quality criterion - Name: Organisation of the service, frequencies and quality control / Weighting: 25
Quality criterion - Name: Working conditions of the cleaning staff (share of daytime work, weekly contract hours, training plan) / Weighting: 15
Quality criterion - Name: Ecolabelled products, microfibre, dosing equipment and water consumption / Weighting: 10
Price - Weighting: 50
II.2.7) Duration of the contract: 48 months
This contract is subject to renewal: no
II.2.10) Information about variants: Variants will be accepted: no
II.2.13) Information about European Union funds: no

Section III: Legal, economic, financial and technical information
III.1.1) Suitability: see procurement documents
III.1.3) Technical and professional ability: list of similar services over the last three years
III.2.2) Contract performance conditions: as set out in the procurement documents

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure
IV.2.2) Time limit for receipt of tenders: 19/02/2027 Local time: 12:00
IV.2.4) Languages: FR

Section VI: Complementary information
VI.3) Additional information: A site visit is recommended. Questions through the buyer profile.
VI.4.1) Review body: Tribunal administratif de Poitiers
VI.5) Date of dispatch of this notice: 08/01/2027
"""
    lab = L(critere_social=1, critere_environnemental=1, allotissement=0, montant_estime_ht=860000,
            evidence=["Working conditions of the cleaning staff (share of daytime work, weekly contract hours, training plan)",
                      "Ecolabelled products, microfibre, dosing equipment and water consumption",
                      "This contract is divided into lots: no", "Value excluding VAT: 860~000.00"])
    return DOC("p_avis_en_cleaning", "notice_cleaning_hautegatine.txt", "AVIS", lab, raw=raw)


def p_eforms_mobilier():
    raw = """<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">5c1e7a02-91d3-4b6e-a0f4-3e2d17c9b841</cbc:ID>
  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cac:Party><cac:PartyName><cbc:Name languageID="FRA">Université Rhône-Vallée – Direction des achats</cbc:Name></cac:PartyName></cac:Party>
  </cac:ContractingParty>
  <cac:ProcurementProject>
    <cbc:ID>URV-2027-MOB</cbc:ID>
    <cbc:Name languageID="FRA">Fourniture de mobilier de bureau et de sièges pour le campus de la Pardière</cbc:Name>
    <cbc:Description languageID="FRA">Fourniture, livraison et installation de mobilier de bureau et de sièges de travail, en deux lots.</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">supplies</cbc:ProcurementTypeCode>
    <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">335000</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>
    <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">39130000</cbc:ItemClassificationCode></cac:MainCommodityClassification>
  </cac:ProcurementProject>
  <cac:TenderingTerms>
    <cac:LotDistribution><cbc:MaximumLotsSubmittedNumeric>2</cbc:MaximumLotsSubmittedNumeric></cac:LotDistribution>
  </cac:TenderingTerms>
  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">LOT-0001</cbc:ID>
    <cac:TenderingTerms>
      <cac:AwardingTerms>
        <cac:AwardingCriterion>
          <cac:SubordinateAwardingCriterion>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">price</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">Prix</cbc:Name>
            <ext:UBLExtensions><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>50</efbc:ParameterNumeric></efac:AwardCriterionParameter></ext:UBLExtensions>
          </cac:SubordinateAwardingCriterion>
          <cac:SubordinateAwardingCriterion>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">Valeur technique et ergonomie</cbc:Name>
            <cbc:Description languageID="FRA">Robustesse, réglages, garantie, délais de livraison et d'installation.</cbc:Description>
            <ext:UBLExtensions><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>35</efbc:ParameterNumeric></efac:AwardCriterionParameter></ext:UBLExtensions>
          </cac:SubordinateAwardingCriterion>
          <cac:SubordinateAwardingCriterion>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">Modalités de reprise et de réemploi du mobilier usagé</cbc:Name>
            <cbc:Description languageID="FRA">Enlèvement du mobilier remplacé, part remise en état et réemployée, filière de recyclage des éléments non réemployables, justificatifs fournis.</cbc:Description>
            <ext:UBLExtensions><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>15</efbc:ParameterNumeric></efac:AwardCriterionParameter></ext:UBLExtensions>
          </cac:SubordinateAwardingCriterion>
        </cac:AwardingCriterion>
      </cac:AwardingTerms>
    </cac:TenderingTerms>
    <cac:ProcurementProject>
      <cbc:Name languageID="FRA">Lot 1 – Mobilier de bureau</cbc:Name>
      <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">240000</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">LOT-0002</cbc:ID>
    <cac:TenderingTerms>
      <cac:AwardingTerms>
        <cac:AwardingCriterion>
          <cac:SubordinateAwardingCriterion>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">price</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">Prix</cbc:Name>
            <ext:UBLExtensions><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>60</efbc:ParameterNumeric></efac:AwardCriterionParameter></ext:UBLExtensions>
          </cac:SubordinateAwardingCriterion>
          <cac:SubordinateAwardingCriterion>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">Confort et ergonomie des sièges (essais)</cbc:Name>
            <ext:UBLExtensions><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>40</efbc:ParameterNumeric></efac:AwardCriterionParameter></ext:UBLExtensions>
          </cac:SubordinateAwardingCriterion>
        </cac:AwardingCriterion>
      </cac:AwardingTerms>
    </cac:TenderingTerms>
    <cac:ProcurementProject>
      <cbc:Name languageID="FRA">Lot 2 – Sièges de travail</cbc:Name>
      <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">95000</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
</ContractNotice>
"""
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=335000,
            evidence=["Modalités de reprise et de réemploi du mobilier usagé",
                      "en deux lots", '<cbc:EstimatedOverallContractAmount currencyID="EUR">335000'])
    return DOC("p_eforms_mobilier", "eforms_mobilier_urv.txt", "AVIS", lab, raw=raw)


def p_rapport_nettoyage():
    b = [TITLE("Ville de Lanvallec – Direction de la commande publique",
               "RAPPORT D'ANALYSE DES OFFRES",
               "Nettoyage des équipements sportifs municipaux – Lot 1 : gymnases et salles",
               "Consultation n° 2027-014 – procédure adaptée")]
    b.append(H("1. Rappel de la procédure"))
    b.append(P("L'avis d'appel public à la concurrence a été publié le 6 janvier 2027 au BOAMP et sur le profil d'acheteur. "
               "Le marché est alloti en 2 lots (lot 1 : gymnases et salles ; lot 2 : vestiaires des stades). Le présent "
               "rapport ne concerne que le lot 1. L'estimation globale des deux lots est de 212~000~€~HT sur trois ans."))
    b.append(P("Quatre plis ont été reçus dans les délais pour le lot 1. Les quatre candidatures ont été jugées recevables."))
    b.append(H("2. Critères de jugement (article 7 du règlement de la consultation)"))
    b.append(RTAB([["Critère", "Notation", "Poids"],
                   ["Prix (DQE)", "note sur 20", "60 %"],
                   ["Valeur technique (mémoire : organisation, fréquences, contrôle)", "note sur 20", "30 %"],
                   ["Nombre d'heures de travail confiées à des personnes en parcours d'insertion, rapporté au volume "
                    "horaire total du lot", "note sur 20", "10 %"]],
                  widths=[4.4, 1.3, 0.9], align="lll"))
    b.append(P("Pour le troisième critère, l'offre proposant le pourcentage le plus élevé obtient 20/20, les autres "
               "une note proportionnelle. Un candidat n'ayant rien proposé obtient 0."))
    b.append(H("3. Analyse des offres"))
    b.append(RTAB([["Candidat", "Prix HT/an", "Note prix", "Note VT", "Note 3e crit.", "Note pondérée"],
                   ["Net'Armor Services", "64~820", "18,6", "15,0", "20,0", "17,66"],
                   ["Propreté du Trieux", "59~410", "20,0", "12,5", "8,0", "16,55"],
                   ["ABC Multiservices", "71~300", "16,7", "16,5", "12,0", "16,17"],
                   ["Clean Ouest", "68~050", "17,5", "11,0", "0,0", "13,80"]],
                  widths=[2.6, 1.3, 1.1, 1.1, 1.3, 1.4], align="lrrrrr"))
    b.append(P("Net'Armor Services s'engage à confier 18 % des heures du lot à des salariés en parcours d'insertion "
               "recrutés avec l'appui de l'association intermédiaire locale ; Propreté du Trieux propose 7 %."))
    b.append(H("4. Proposition"))
    b.append(P("Il est proposé d'attribuer le lot 1 à la société Net'Armor Services, offre économiquement la plus "
               "avantageuse, pour un montant annuel de 64~820~€~HT."))
    b.append(P("Fait à Lanvallec, le 3 mars 2027. Le rapporteur : M. Le Goff, acheteur."))
    lab = L(critere_social=1, allotissement=1, nb_lots=2, montant_estime_ht=212000,
            evidence=["Nombre d'heures de travail confiées à des personnes en parcours d'insertion",
                      "alloti en 2 lots", "L'estimation globale des deux lots est de 212~000~€~HT"])
    return DOC("p_rapport_nettoyage", "rapport_analyse_lanvallec.pdf", "AUTRE", lab,
               "Ville de Lanvallec – RAO 2027-014", "Document interne – ne pas diffuser", b)


def p_cadre_espaces_verts():
    b = [TITLE("Syndicat intercommunal du Bassin de la Sèvrine",
               "CADRE DE MÉMOIRE TECHNIQUE",
               "Entretien des espaces verts et des berges – Lot n°2 : secteur Nord",
               "(marché alloti en 3 lots : secteur Sud, secteur Nord, berges)")]
    b.append(P("Le présent cadre est obligatoire. Le candidat répond dans les cases prévues, sans renvoyer à des "
               "documents commerciaux. Les parties ci-dessous sont notées au titre du critère « valeur technique » "
               "(40 points sur 100, le prix étant noté sur 60 points)."))
    b.append(H("Partie A – Organisation et moyens (20 points)"))
    b.append(LST(["A.1 Composition de l'équipe affectée au lot, encadrement, remplacements",
                  "A.2 Matériels affectés (liste, âge, entretien)",
                  "A.3 Planning annuel des interventions"]))
    b.append(TAB([["Réponse du candidat"], ["…"]]))
    b.append(H("Partie B – Méthodes d'entretien (10 points)"))
    b.append(LST(["B.1 Gestion différenciée : hauteurs de tonte, fauche tardive, zones refuges",
                  "B.2 Entretien sans produits phytopharmaceutiques de synthèse, paillage, désherbage alternatif",
                  "B.3 Devenir des déchets verts : broyage sur place, compostage, distance à la plateforme"]))
    b.append(TAB([["Réponse du candidat"], ["…"]]))
    b.append(H("Partie C – Accompagnement des salariés (10 points)"))
    b.append(P("Le candidat décrit l'accueil et l'accompagnement des salariés en parcours d'insertion affectés au chantier : "
               "tuteur désigné, formations qualifiantes proposées (CACES, certificat phyto, CQP), suivi avec le "
               "conseiller référent, perspectives de sortie vers l'emploi durable."))
    b.append(TAB([["Réponse du candidat"], ["…"]]))
    b.append(H("Partie D – Renseignements non notés"))
    b.append(P("Coordonnées de l'interlocuteur unique ; numéro d'astreinte ; attestation d'assurance en cours de validité."))
    b.append(P("Signature du candidat :"))
    lab = L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=3,
            evidence=["Partie B – Méthodes d'entretien (10 points)",
                      "Entretien sans produits phytopharmaceutiques de synthèse",
                      "Partie C – Accompagnement des salariés (10 points)",
                      "salariés en parcours d'insertion affectés au chantier", "marché alloti en 3 lots"])
    return DOC("p_cadre_espaces_verts", "cadre_memoire_sevrine_lot2.docx", "CADRE", lab,
               "SIBS – Entretien des espaces verts – Lot 2", "Cadre de mémoire technique", b)


def p_ccap_transport():
    b = [TITLE("Communauté d'agglomération Val de Morge",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Transports occasionnels d'élèves et de groupes (sorties scolaires, centres de loisirs)",
               "Marché à procédure adaptée – accord-cadre à bons de commande")]
    b += A("Objet",
           "Le présent accord-cadre a pour objet les transports occasionnels en autocar des élèves des écoles "
           "communautaires et des enfants accueillis en centre de loisirs, dans un rayon de 150 km.")
    b += A("Décomposition",
           "Le marché n'est pas alloti, les prestations formant un ensemble homogène. Il est attribué à un seul opérateur.")
    b += A("Montant et durée",
           "L'accord-cadre est conclu sans minimum et avec un montant maximum de 90~000~€~HT pour sa durée totale, "
           "fixée à trois ans à compter de la notification.")
    b += A("Exécution des transports",
           "Les véhicules sont conformes à la réglementation en vigueur pour le transport en commun d'enfants. "
           "Le conducteur est présent 15 minutes avant l'heure de départ. Toute annulation par l'acheteur moins de "
           "24 heures avant le départ est facturée à 50 %.")
    b += A("Choix de l'offre",
           "Le jugement des offres se fait selon les critères suivants :")
    b.append(RTAB([["Critère", "Pondération"],
                   ["Prix, apprécié sur un panier de 12 trajets types", "55 %"],
                   ["Qualité du service : ponctualité, procédure en cas de panne ou d'incident, interlocuteur", "30 %"],
                   ["Niveau d'émissions des véhicules affectés au marché (norme Euro, motorisation électrique, GNV "
                    "ou biocarburant, vignette Crit'Air), apprécié sur la liste du parc fournie", "15 %"]],
                  widths=[5.2, 1.2], align="lr"))
    b.append(P("Le candidat qui ne fournit pas la liste du parc affecté obtient la note de 0 au troisième critère. "
               "Les pieces justificatives (cartes grises) pourront etre demandees avant attribution."))
    b += A("Pénalités",
           "Retard au départ supérieur à 15 minutes : 80~€ par trajet. Absence de véhicule : 300~€ par trajet, "
           "sans préjudice de l'exécution aux frais et risques du titulaire.")
    b += A("Paiement",
           "Le délai global de paiement est de 30 jours à compter de la réception de la facture.")
    lab = L(critere_environnemental=1, allotissement=0, montant_max_ht=90000,
            evidence=["Niveau d'émissions des véhicules affectés au marché", "Le marché n'est pas alloti",
                      "montant maximum de 90~000~€~HT pour sa durée totale"])
    return DOC("p_ccap_transport", "ccap_transports_valdemorge.pdf", "CCAP", lab,
               "CA Val de Morge – CCAP transports occasionnels", "CCAP – TO-2027", b, hyphen=True)


def p_qr_batiment():
    raw = """Ville de Castelroc – Réhabilitation du groupe scolaire Jean-Moulin
Consultation 27TX05 – 9 lots
REGISTRE DES QUESTIONS / RÉPONSES n° 1 (mis en ligne le 14/01/2027)

Question 1 (lot 2 Gros œuvre) : La visite est-elle obligatoire ?
Réponse : Non. Une visite libre est possible les mercredis 20 et 27 janvier de 9 h à 11 h, sur rendez-vous auprès des services techniques.

Question 2 (lot 4 Menuiseries intérieures) : Le DPGF indique 38 blocs-portes alors que les plans en font apparaître 41.
Réponse : Les plans font foi. Un DPGF modifié est mis en ligne ; les candidats ayant déjà téléchargé le dossier sont invités à l'utiliser.

Question 3 (tous lots) : Pouvez-vous preciser la notation du sous-critere 2.3 mentionné à l'article 8 du RC ?
Réponse : Le sous-critère 2.3 « Tri, traçabilité et valorisation des déchets de chantier (bordereaux de suivi, filières retenues, taux de valorisation visé) » est noté sur 5 points sur les 40 points de la valeur technique. Il s'applique à tous les lots.

Question 4 (lot 7 Électricité) : Le remplacement des luminaires de la cour est-il compris ?
Réponse : Oui, il est compris dans le lot 7 (poste 7.4.2 du DPGF).

Question 5 : Les entreprises peuvent-elles répondre à plusieurs lots ?
Réponse : Oui. La consultation comprend 9 lots traités séparément ; aucune limitation du nombre de lots attribués n'est prévue.

Question 6 (lot 1 Désamiantage) : Le repérage amiante avant travaux est-il disponible ?
Réponse : Oui, le rapport du 12/10/2026 est ajouté au dossier (pièce 6.3).

Le pouvoir adjudicateur – service de la commande publique
"""
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=9,
            evidence=["Tri, traçabilité et valorisation des déchets de chantier",
                      "est noté sur 5 points sur les 40 points de la valeur technique",
                      "La consultation comprend 9 lots"])
    return DOC("p_qr_batiment", "qr_groupe_scolaire_castelroc.txt", "QR", lab, raw=raw)


def p_rectif_ajout():
    b = [TITLE("Syndicat de traitement des déchets du Haut-Béarnais (SYTHAB)",
               "AVIS RECTIFICATIF",
               "Collecte et valorisation des encombrants en porte-à-porte",
               "Avis initial n° 27-004518 publié au BOAMP le 11/01/2027")]
    b.append(H("Section I – Identification de l'acheteur"))
    b.append(P("SYTHAB, 3 route de l'Usine, 64870 Arrens-Bastide. Profil d'acheteur : https://marches.sythab.fr"))
    b.append(H("Section VII – Modifications"))
    b.append(P("VII.1.1) Motif de la modification : modification des informations originales fournies par le pouvoir adjudicateur."))
    b.append(P("VII.1.2) Texte à rectifier dans l'avis original :"))
    b.append(TAB([["Section", "Au lieu de", "Lire"],
                  ["II.2.5", "Prix : 60 ; Valeur technique : 40",
                   "Prix : 55 ; Valeur technique : 35 ; Nombre d'heures de travail que le candidat s'engage à confier à "
                   "des personnes éloignées de l'emploi : 10"],
                  ["IV.2.2", "17/02/2027 à 12 h 00", "03/03/2027 à 12 h 00"]],
                 widths=[0.9, 2.2, 3.6]))
    b.append(P("VII.2) Autres informations complémentaires : le règlement de la consultation modifié (article 9) est "
               "disponible sur le profil d'acheteur. Les candidats ayant déjà remis une offre peuvent la modifier jusqu'à "
               "la nouvelle date limite."))
    b.append(P("Date d'envoi du présent avis : 02/02/2027."))
    lab = L(critere_social=1,
            evidence=["Nombre d'heures de travail que le candidat s'engage à confier à des personnes éloignées de l'emploi : 10"])
    return DOC("p_rectif_ajout", "avis_rectificatif_sythab.pdf", "AVIS", lab,
               "BOAMP – Avis rectificatif 27-004518", "SYTHAB – encombrants", b)


def p_rc_informatique():
    b = [TITLE("Ville de Saint-Ouradour",
               "RÈGLEMENT DE LA CONSULTATION",
               "Acquisition de postes de travail et d'écrans",
               "Appel d'offres ouvert – articles R2124-2 1° et R2161-2 à R2161-5 du CCP")]
    b += A("Objet et décomposition",
           "La consultation porte sur l'acquisition de postes de travail fixes et portables et d'écrans destinés aux "
           "services municipaux et aux écoles. Elle est décomposée en deux lots : lot 1 – postes de travail ; "
           "lot 2 – écrans et accessoires.",
           "Chaque lot fait l'objet d'un accord-cadre à bons de commande mono-attributaire conclu pour quatre ans.")
    b += A("Montants",
           "Montant maximum pour la durée totale : lot 1 : 300~000~€~HT ; lot 2 : 120~000~€~HT. Aucun montant "
           "minimum n'est fixé.")
    b += A("Compatibilité",
           "Les matériels doivent être compatibles avec l'environnement informatique de la Ville (annuaire, outil de "
           "télédéploiement, masters Windows). Un poste de démonstration pourra être demandé.")
    b += A("Documents à produire",
           ["DC1, DC2 ou DUME ;", "attestations d'assurance ;", "acte d'engagement par lot ;",
            "BPU et DQE du lot ;", "fiches techniques des matériels proposés ;",
            "fiche de consommation électrique TEC (kWh/an) de chaque modèle ;",
            "engagement sur la durée de disponibilité des pièces détachées."])
    b += A("Critères d'attribution",
           "Pour chacun des deux lots, l'offre économiquement la plus avantageuse est déterminée selon les critères "
           "pondérés ci-après :",
           ["Prix (DQE) : 50 % ;",
            "Valeur technique (performances, garantie sur site, délais de livraison) : 30 % ;",
            "Consommation électrique des équipements et durée de disponibilité des pièces détachées : 20 %."],
           "Le troisième critère est noté à partir de la consommation annuelle typique déclarée et du nombre d'années "
           "pendant lesquelles le fabricant garantit la fourniture de pièces (au-delà de 5 ans).")
    b += A("Négociation",
           "Aucune négociation n'est prévue. L'acheteur peut demander aux candidats de préciser la teneur de leur offre.")
    b += A("Recours",
           "Tribunal administratif de Limoges, 2 cours Bugeaud, 87000 Limoges.")
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_max_ht=420000,
            evidence=["Consommation électrique des équipements et durée de disponibilité des pièces détachées : 20 %",
                      "décomposée en deux lots", "lot 1 : 300~000~€~HT ; lot 2 : 120~000~€~HT",
                      "[300 000 + 120 000 = 420 000]"])
    return DOC("p_rc_informatique", "rc_postes_saint_ouradour.pdf", "RC", lab,
               "Ville de Saint-Ouradour – RC 2027-INF-02", "Règlement de la consultation", b, cols=2, hyphen=True)


def p_ccp_traiteur():
    b = [TITLE("Communauté d'agglomération du Pays de Brénac",
               "CAHIER DES CHARGES VALANT CCAP ET CCTP",
               "Prestations de traiteur pour les réceptions et cérémonies communautaires",
               "MAPA – accord-cadre à bons de commande")]
    b += A("Objet",
           "Prestations de traiteur (cocktails, buffets, plateaux-repas) pour les réceptions organisées par la "
           "Communauté d'agglomération, de 20 à 400 convives.")
    b += A("Montant",
           "L'accord-cadre est conclu sans montant minimum et avec un montant maximum de 60~000~€~HT sur quatre ans.")
    b += A("Exécution",
           "Les prestations sont livrées et dressées au plus tard 1 heure avant le début de la réception. Le "
           "personnel de service est fourni à la demande (tarif horaire du BPU).",
           "Les denrées respectent la réglementation sanitaire ; les allergènes sont indiqués pour chaque pièce.")
    b += A("Critères de choix",
           "Les offres sont notées sur 10 pour chaque critère, la note étant multipliée par la pondération indiquée :")
    b.append(TAB([["Critère", "Pondération"],
                  ["Critère 1 – Prix (BPU appliqué à trois réceptions types)", "pondération : 5"],
                  ["Critère 2 – Qualité gustative et présentation (dégustation)", "pondération : 3"],
                  ["Critère 3 – Produits de saison, vaisselle réutilisable et limitation des déchets alimentaires "
                   "et des emballages jetables", "pondération : 1"],
                  ["Critère 4 – Part des prestations confiées à des travailleurs handicapés ou à des personnes en "
                   "parcours d'insertion (recours à un ESAT, une EA ou une SIAE)", "pondération : 1"]],
                 widths=[5, 1.4]))
    b.append(P("La note finale est la somme des notes pondérées, sur 100."))
    b += A("Facturation",
           "Une facture par réception, déposée sur Chorus Pro, mentionnant le numéro du bon de commande.")
    lab = L(critere_social=1, critere_environnemental=1, montant_max_ht=60000,
            evidence=["vaisselle réutilisable et limitation des déchets alimentaires et des emballages jetables",
                      "Part des prestations confiées à des travailleurs handicapés ou à des personnes en parcours d'insertion",
                      "montant maximum de 60~000~€~HT sur quatre ans"])
    return DOC("p_ccp_traiteur", "cahier_charges_traiteur_brenac.docx", "CCAP", lab,
               "CA du Pays de Brénac – Traiteur", "Cahier des charges – 2027-TRT", b)


def p_avis_boamp_gymnase():
    raw = """AVIS D'APPEL PUBLIC À LA CONCURRENCE
Département(s) de publication : 58
Annonce n° 27-011963

Section I : Pouvoir adjudicateur
I.1) Nom et adresses : Commune de Cercy-les-Forges, 1 place de la Mairie, 58340 Cercy-les-Forges. Courriel : marches@cercy-forges.fr
I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale

Section II : Objet
II.1.1) Intitulé : Construction d'un gymnase intercommunal
II.1.2) Code CPV principal : 45212222
II.1.3) Type de marché : Travaux
II.1.5) Valeur totale estimée : Valeur hors TVA : 3~400~000 euros
II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Nombre de lots : 4
Lot 1 : Gros œuvre – VRD
Lot 2 : Charpente – couverture – bardage
Lot 3 : Menuiseries – plâtrerie – peinture
Lot 4 : Équipements sportifs
II.2.5) Critères d'attribution (identiques pour les lots 1 à 3)
Critère de qualité - Nom : Valeur technique / Pondération : 40
Critère de qualité - Nom : Nombre d'heures d'insertion proposées au-delà du volume minimum imposé / Pondération : 10
Prix - Pondération : 50
Lot 4 : Prix - Pondération : 60 ; Critère de qualité - Nom : Valeur technique / Pondération : 40
II.2.7) Durée : 16 mois

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.1) Habilitation à exercer l'activité professionnelle : voir RC
III.1.5) Informations sur les marchés réservés : néant
III.2.2) Conditions particulières d'exécution : clause d'insertion professionnelle en application de l'article L2112-2 du code de la commande publique. Volume minimum : lot 1 : 1~200 heures ; lot 2 : 800 heures ; lot 3 : 500 heures ; lot 4 : sans objet. Le suivi est assuré par la Maison de l'emploi du Nivernais.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure adaptée ouverte
IV.2.2) Date limite de réception des offres : 26/03/2027 à 12h00

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires : visite conseillée. Les offres sont remises par voie électronique uniquement.
VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Dijon
VI.5) Date d'envoi du présent avis : 22/02/2027
"""
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2500, critere_social=1,
            allotissement=1, nb_lots=4, montant_estime_ht=3400000,
            evidence=["Nombre d'heures d'insertion proposées au-delà du volume minimum imposé / Pondération : 10",
                      "lot 1 : 1~200 heures ; lot 2 : 800 heures ; lot 3 : 500 heures",
                      "[1 200 + 800 + 500 = 2 500]", "Nombre de lots : 4", "Valeur hors TVA : 3~400~000 euros"])
    return DOC("p_avis_boamp_gymnase", "avis_gymnase_cercy.txt", "AVIS", lab, raw=raw)


def p_rapport_vetements():
    b = [TITLE("Centre hospitalier intercommunal des Deux-Vallées",
               "RAPPORT DE PRÉSENTATION ET D'ANALYSE DES OFFRES",
               "Fourniture de vêtements de travail et tenues professionnelles",
               "Appel d'offres ouvert n° CHI-2027-011")]
    b.append(H("1. Objet"))
    b.append(P("Fourniture de tuniques, pantalons et vestes pour les personnels soignants, techniques et logistiques. "
               "La consultation ne comporte pas de lots : les tenues doivent être homogènes (coloris, tailles) et "
               "traitées par la même blanchisserie."))
    b.append(H("2. Critères d'attribution et pondération (RC, art. 6)"))
    b.append(RTAB([["Critère", "Poids"],
                   ["Prix (DQE)", "50 %"],
                   ["Qualité, confort et tenue au lavage industriel (essais de port, 50 lavages)", "30 %"],
                   ["Conditions de fabrication : respect des conventions fondamentales de l'OIT tout au long de la "
                    "chaîne d'approvisionnement, audits des ateliers, traçabilité des sites de confection", "10 %"],
                   ["Part de fibres recyclées ou issues de l'agriculture biologique, et solution de collecte et de "
                    "recyclage des tenues en fin de vie", "10 %"]],
                  widths=[5.4, 1]))
    b.append(H("3. Offres reçues et notation"))
    b.append(RTAB([["Soumissionnaire", "Prix /50", "Qualité /30", "Fabrication /10", "Fibres /10", "Total /100"],
                   ["Textiles Lemarquis", "44,2", "26,0", "8,0", "6,5", "84,7"],
                   ["ProTenue SAS", "50,0", "21,5", "4,0", "3,0", "78,5"],
                   ["Hospitex", "41,8", "24,0", "9,0", "9,5", "84,3"]],
                  widths=[2.4, 1, 1.1, 1.3, 1.1, 1.1], align="lrrrrr"))
    b.append(P("ProTenue n'a produit aucun rapport d'audit des ateliers de confection situés hors Union européenne ; "
               "Hospitex et Textiles Lemarquis ont produit des audits de moins de deux ans."))
    b.append(H("4. Conclusion"))
    b.append(P("La commission propose de retenir l'offre de Textiles Lemarquis, classée première, pour un montant "
               "de 236~400~€~HT au DQE."))
    lab = L(critere_social=1, critere_environnemental=1, allotissement=0,
            evidence=["respect des conventions fondamentales de l'OIT tout au long de la chaîne d'approvisionnement",
                      "Part de fibres recyclées ou issues de l'agriculture biologique",
                      "La consultation ne comporte pas de lots"])
    return DOC("p_rapport_vetements", "rapport_analyse_tenues_chi.docx", "AUTRE", lab,
               "CHI des Deux-Vallées – Rapport d'analyse CHI-2027-011", "Direction des achats", b)


def p_rc_nettoyage():
    b = [TITLE("Office public de l'habitat Loire-Ardoise",
               "RÈGLEMENT DE LA CONSULTATION",
               "Nettoyage des parties communes et vitrerie des résidences",
               "Procédure d'appel d'offres ouvert – accords-cadres à bons de commande")]
    b += A("Objet – lots",
           "La consultation a pour objet le nettoyage des parties communes (halls, escaliers, locaux poubelles) de 38 "
           "résidences et le nettoyage des vitreries. Elle comprend 2 lots :",
           ["lot 1 – nettoyage des parties communes ;",
            "lot 2 – vitrerie et nettoyage des halls vitrés."])
    b += A("Marché réservé (lot 2)",
           "Le lot 2 est réservé, en application de l'article L2113-12 du code de la commande publique, aux entreprises "
           "adaptées, aux établissements et services d'aide par le travail et aux structures équivalentes, qui emploient "
           "au moins 50 % de travailleurs handicapés. Le lot 1 n'est pas réservé.")
    b += A("Durée",
           "Chaque accord-cadre est conclu pour deux ans, reconductible une fois pour deux ans. Les quantités du DQE "
           "sont indicatives.")
    b += A("Présentation des candidatures",
           "Les candidats produisent le DUME ou les formulaires DC1 et DC2, la liste des principales prestations "
           "effectuées au cours des trois dernières années et, pour le lot 2, la preuve de leur qualité d'EA ou d'ESAT "
           "(agrément, contrat pluriannuel d'objectifs et de moyens ou notification de l'ARS).",
           "Les candidatures incomplètes peuvent être régularisées dans un délai de 5 jours.")
    b += A("Présentation des offres",
           "L'offre comprend l'acte d'engagement du lot, le BPU, le DQE et un mémoire technique de 20 pages au plus, "
           "établi selon le plan suivant : organisation et encadrement ; fréquences ; contrôle qualité ; personnel "
           "affecté et conditions d'emploi ; produits et matériels.",
           "Les candidats peuvent visiter trois résidences témoins (Les Ardoisières, Clos Saint-Lô, La Douve) sur "
           "rendez-vous. La visite n'est pas obligatoire mais vivement conseillée.",
           "Les offres sont établies en euros. Les prix sont révisables annuellement selon l'indice ICHT-IME. "
           "Le délai de validité des offres est de 150 jours.")
    b += A("Jugement des offres",
           "Les offres sont analysées lot par lot et notées sur 100 points :",
           ["Prix, apprécié sur le DQE : 50 points ;",
            "Valeur technique : 50 points, répartis comme suit :",
            "a) organisation, fréquences et contrôle qualité : 15 points ;"])
    b.append(SPLIT("b) conditions d'emploi et de formation des agents affectés au marché (part des contrats à durée "
                   "indéterminée, volume horaire hebdomadaire proposé aux agents,",
                   "travail en journée, plan de formation et d'accès à la qualification) : 15 points ;"))
    b.append(LST(["c) produits et méthodes : produits écolabellisés, dosage automatique, consommation d'eau, "
                  "usage de la microfibre : 10 points ;",
                  "d) moyens matériels et délais de remplacement du matériel : 10 points."]))
    b.append(P("Le candidat qui ne renseigne pas une rubrique obtient 0 point au sous-critère correspondant. En cas "
               "d'offre anormalement basse, les dispositions des articles R2152-3 et suivants s'appliquent."))
    b += A("Attribution",
           "Le candidat retenu produit dans un délai de 8 jours les attestations prévues aux articles R2143-6 à R2143-10. "
           "Les candidats non retenus sont informés par voie électronique.")
    b += A("Litiges",
           "Tribunal administratif de Nantes, 6 allée de l'Île Gloriette, 44041 Nantes Cedex.")
    lab = L(critere_social=1, critere_environnemental=1, marche_reserve=1, reserve_base="L2113-12",
            allotissement=1, nb_lots=2,
            evidence=["conditions d'emploi et de formation des agents affectés au marché",
                      "produits écolabellisés, dosage automatique, consommation d'eau",
                      "Le lot 2 est réservé, en application de l'article L2113-12", "Elle comprend 2 lots"])
    return DOC("p_rc_nettoyage", "rc_nettoyage_loire_ardoise.pdf", "RC", lab,
               "OPH Loire-Ardoise – RC nettoyage 2027", "RC – NET-2027-03", b)


def p_ccap_impression():
    b = [TITLE("Syndicat mixte du Parc naturel régional des Monts d'Olme",
               "CCAP – IMPRESSION DES SUPPORTS DE COMMUNICATION",
               "Marché public passé selon la procédure adaptée (art. R2123-1 du CCP)")]
    b += A("Objet",
           "Impression et livraison des supports de communication du Parc : magazine semestriel, dépliants, "
           "cartes touristiques, affiches.")
    b += A("Forme – montant",
           "Accord-cadre à bons de commande. Montant maximum sur la durée totale du marché (4 ans) : "
           "120~000~€~HT. Le marché n'est pas alloti.")
    b += A("Fabrication – déchets",
           "Le titulaire remet les chutes de papier, les gâches et les déchets d'encres et de solvants à des filières "
           "agréées de recyclage ou de traitement ; il en justifie sur simple demande (bordereaux). Les invendus et "
           "retours sont repris et recyclés à ses frais.")
    b += A("Délais",
           "Le délai d'exécution est fixé par chaque bon de commande, à compter de la validation du BAT.")
    b += A("Critères d'attribution",
           "Chaque critère est noté sur 20 puis affecté du coefficient indiqué :",
           ["Prix (BPU appliqué à un panier de commandes) – note sur 20 – coefficient 3",
            "Qualité technique (finitions, calage colorimétrique, échantillons) – note sur 20 – coefficient 1,5",
            "Impact de la fabrication : papiers recyclés ou issus de forêts gérées durablement, encres végétales, "
            "distance de livraison – note sur 20 – coefficient 1",
            "Délais de fabrication – note sur 20 – coefficient 0,5"])
    b += A("Pénalités",
           "Retard de livraison : 1/1000e du montant du bon de commande par jour calendaire.")
    b += A("Règlement",
           "Paiement par virement à 30 jours. Avance : sans objet (montant des bons de commande inférieur au seuil).")
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=0, montant_max_ht=120000,
            evidence=["remet les chutes de papier, les gâches et les déchets d'encres et de solvants à des filières "
                      "agréées de recyclage",
                      "papiers recyclés ou issus de forêts gérées durablement, encres végétales",
                      "Le marché n'est pas alloti", "120~000~€~HT"])
    return DOC("p_ccap_impression", "ccap_impression_monts_olme.txt", "CCAP", lab, blocks=b)


def p_ted_xml_dechets():
    raw = """<?xml version="1.0" encoding="UTF-8"?>
<TED_ESENDERS xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication" VERSION="R2.0.9.S05">
<SENDER><IDENTIFICATION><ESENDER_LOGIN>ENOTICES</ESENDER_LOGIN><NO_DOC_EXT>2027-014782</NO_DOC_EXT></IDENTIFICATION></SENDER>
<FORM_SECTION>
<F02_2014 LG="FR" CATEGORY="ORIGINAL" FORM="F02">
<LEGAL_BASIS VALUE="32014L0024"/>
<CONTRACTING_BODY>
<ADDRESS_CONTRACTING_BODY><OFFICIALNAME>Communauté de communes Causses et Vallée du Tarnon</OFFICIALNAME><TOWN>Florac-Val-Haut</TOWN><POSTAL_CODE>48400</POSTAL_CODE><COUNTRY VALUE="FR"/></ADDRESS_CONTRACTING_BODY>
<CA_TYPE VALUE="REGIONAL_AUTHORITY"/>
</CONTRACTING_BODY>
<OBJECT_CONTRACT>
<TITLE><P>Collecte des déchets ménagers et assimilés et des emballages en porte-à-porte</P></TITLE>
<REFERENCE_NUMBER>CCCVT-2027-COL</REFERENCE_NUMBER>
<CPV_MAIN><CPV_CODE CODE="90511000"/></CPV_MAIN>
<TYPE_CONTRACT CTYPE="SERVICES"/>
<SHORT_DESCR><P>Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages, collecte des points d'apport volontaire, sur les 17 communes du territoire.</P></SHORT_DESCR>
<VAL_ESTIMATED_TOTAL CURRENCY="EUR">4200000</VAL_ESTIMATED_TOTAL>
<NO_LOT_DIVISION/>
<OBJECT_DESCR>
<MAIN_SITE><P>Territoire de la communauté de communes</P></MAIN_SITE>
<SHORT_DESCR><P>Marché global de collecte d'une durée de 6 ans.</P></SHORT_DESCR>
<AC>
<AC_QUALITY><AC_CRITERION>Valeur technique : organisation des tournées, moyens, continuité du service</AC_CRITERION><AC_WEIGHTING>35</AC_WEIGHTING></AC_QUALITY>
<AC_QUALITY><AC_CRITERION>Plan de réduction des émissions de CO2 et de polluants du parc de bennes affecté (motorisations, optimisation des tournées)</AC_CRITERION><AC_WEIGHTING>10</AC_WEIGHTING></AC_QUALITY>
<AC_QUALITY><AC_CRITERION>Performance en matière d'insertion professionnelle : heures proposées au-delà du minimum et accompagnement des salariés</AC_CRITERION><AC_WEIGHTING>5</AC_WEIGHTING></AC_QUALITY>
<AC_PRICE><AC_WEIGHTING>50</AC_WEIGHTING></AC_PRICE>
</AC>
<DURATION TYPE="MONTH">72</DURATION>
<NO_RENEWAL/>
<NO_ACCEPTED_VARIANTS/>
<NO_OPTIONS/>
<NO_EU_PROGR_RELATED/>
</OBJECT_DESCR>
</OBJECT_CONTRACT>
<LEFTI>
<SUITABILITY><P>Inscription au registre du commerce ; récépissé de déclaration pour le transport de déchets.</P></SUITABILITY>
<TECHNICAL_PROFESSIONAL_INFO><P>Références de collecte sur les trois dernières années ; effectifs ; parc de véhicules.</P></TECHNICAL_PROFESSIONAL_INFO>
<PERFORMANCE_CONDITIONS><P>Clause sociale d'insertion : le titulaire réalise au minimum 6000 heures de travail au bénéfice de personnes éloignées de l'emploi sur la durée du marché (article L2112-2 du code de la commande publique).</P></PERFORMANCE_CONDITIONS>
</LEFTI>
<PROCEDURE>
<PT_OPEN/>
<DATE_RECEIPT_TENDERS>2027-04-09</DATE_RECEIPT_TENDERS>
<LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
</PROCEDURE>
<COMPLEMENTARY_INFO>
<ADDRESS_REVIEW_BODY><OFFICIALNAME>Tribunal administratif de Nîmes</OFFICIALNAME><TOWN>Nîmes</TOWN><COUNTRY VALUE="FR"/></ADDRESS_REVIEW_BODY>
<DATE_DISPATCH_NOTICE>2027-02-26</DATE_DISPATCH_NOTICE>
</COMPLEMENTARY_INFO>
</F02_2014>
</FORM_SECTION>
</TED_ESENDERS>
"""
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=6000, critere_social=1, critere_environnemental=1,
            allotissement=0, montant_estime_ht=4200000,
            evidence=["Plan de réduction des émissions de CO2 et de polluants du parc de bennes affecté",
                      "Performance en matière d'insertion professionnelle",
                      "réalise au minimum 6000 heures de travail au bénéfice de personnes éloignées de l'emploi",
                      "<NO_LOT_DIVISION/>", '<VAL_ESTIMATED_TOTAL CURRENCY="EUR">4200000'])
    return DOC("p_ted_xml_dechets", "ted_f02_collecte_tarnon.txt", "AVIS", lab, raw=raw)


def p_ccp_demenagement():
    b = [TITLE("Mairie de Bourg-Sainte-Rose",
               "CAHIER DES CLAUSES PARTICULIÈRES",
               "Déménagement des services municipaux vers le nouvel hôtel de ville",
               "Procédure adaptée – marché ordinaire")]
    b += A("Objet du marche",
           "Le présent marché a pour objet le transfert des services municipaux (environ 90 postes de travail, archives "
           "courantes, mobilier) de l'ancien hôtel de ville et de l'annexe Fourcade vers le nouvel hôtel de ville, "
           "ainsi que l'évacuation du mobilier non repris.")
    b += A("Estimation",
           "Le montant des prestations est estimé à 75~000~€~HT.")
    b += A("Conditions d'exécution",
           "Le déménagement se déroule sur deux week-ends consécutifs. Le titulaire protège les sols, murs et ascenseurs "
           "des deux bâtiments. Les cartons sont fournis et numérotés selon le plan d'implantation remis par la Ville.")
    b += A("Jugement des offres",
           "Le marché est attribué à l'offre économiquement la plus avantageuse appréciée selon les critères suivants : "
           "prix (60 %) et valeur technique (40 %).",
           "La valeur technique est appréciée au vu du mémoire technique, au regard des éléments suivants, qui ne sont "
           "pas pondérés entre eux :",
           ["organisation du transfert, planning et nombre de déménageurs par équipe ;",
            "moyens matériels (véhicules, monte-meubles, chariots) ;",
            "protection des biens et des locaux ;",
            "modalités de reprise et de réemploi du mobilier usagé non transféré (dons à des associations, "
            "ressourceries, filières de recyclage) et limitation des emballages à usage unique (caisses "
            "réutilisables)."])
    b += A("Pénalités",
           "Tout retard dans la remise des locaux libérés donne lieu à une pénalité de 500~€ par jour.")
    b += A("Assurances",
           "Le titulaire justifie d'une assurance ad valorem couvrant la valeur des biens transportés.")
    lab = L(critere_environnemental=1, montant_estime_ht=75000,
            evidence=["modalités de reprise et de réemploi du mobilier usagé non transféré",
                      "limitation des emballages à usage unique",
                      "Le montant des prestations est estimé à 75~000~€~HT"])
    return DOC("p_ccp_demenagement", "ccp_demenagement_bourg_sainte_rose.pdf", "CCAP", lab,
               "Bourg-Sainte-Rose – CCP déménagement", "CCP – DEM-2027", b)


def p_avis_en_catering():
    raw = """Contract notice – Directive 2014/24/EU
Section I: Contracting authority
Official name: Caisse des écoles de Montreval-sur-Lise
Town: Montreval-sur-Lise  Country: France
Main activity: General public services

Section II: Object
II.1.1) Title: Supply of food and delivered meals for school canteens and holiday centres
II.1.2) Main CPV code: 15000000
II.1.3) Type of contract: Supplies
II.1.5) Estimated total value: Value excluding VAT: 440~000.00 Currency: EUR
II.1.6) Information about lots: This contract is divided into lots: yes
Tenders may be submitted for all lots

II.2) Description
II.2.1) Title: Fresh fruit and vegetables   Lot No: 1
II.2.4) Description of the procurement: Weekly deliveries to 9 school kitchens.
II.2.5) Award criteria
Quality criterion - Name: Freshness, calibre and ripeness (sampling) / Weighting: 30
Quality criterion - Name: Share of products from organic farming / Weighting: 20
Price - Weighting: 50
II.2.6) Estimated value: Value excluding VAT: 180~000.00 Currency: EUR

II.2.1) Title: Preparation and delivery of meals for holiday centres   Lot No: 2
II.2.4) Description of the procurement: Cold-chain delivery of lunches and snacks during school holidays.
II.2.5) Award criteria
Quality criterion - Name: Menus, variety and taste quality / Weighting: 40
Quality criterion - Name: Number of working hours allocated to long-term jobseekers and young people without qualifications / Weighting: 10
Price - Weighting: 50
II.2.6) Estimated value: Value excluding VAT: 260~000.00 Currency: EUR

Section III: Legal, economic, financial and technical information
III.1.2) Economic and financial standing: turnover over the last three years.
III.1.3) Technical and professional ability: health approval (agrément sanitaire) of the production kitchen.

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure
IV.2.2) Time limit for receipt of tenders: 30/04/2027 Local time: 12:00

Section VI: Complementary information
VI.4.1) Review body: Tribunal administratif de Lyon
VI.5) Date of dispatch of this notice: 21/03/2027
"""
    lab = L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=440000,
            evidence=["Share of products from organic farming / Weighting: 20",
                      "Number of working hours allocated to long-term jobseekers and young people without qualifications",
                      "This contract is divided into lots: yes", "Lot No: 2", "Value excluding VAT: 440~000.00"])
    return DOC("p_avis_en_catering", "notice_catering_montreval.txt", "AVIS", lab, raw=raw)


# ----------------------------------------------------------------------------- documents « T »
def t_rc_ascenseurs():
    b = [TITLE("Ville de Pontclair-sur-Orne",
               "REGLEMENT DE CONSULTATION",
               "Maintenance préventive et corrective des ascenseurs et monte-charges",
               "Procédure adaptée – art. R2123-1 du code de la commande publique")]
    b += A("Objet",
           "Maintenance des 23 ascenseurs et 4 monte-charges des bâtiments communaux (contrat de type étendu "
           "au sens de la norme NF P 82-022), dépannages 24 h/24 et 7 j/7.")
    b += A("Allotissement",
           "Le marché n'est pas alloti. Une dévolution en lots séparés, par bâtiment, rendrait la coordination des "
           "astreintes techniquement difficile (art. L2113-11 du CCP).")
    b += A("Conditions de participation",
           "Le candidat produit, à l'appui de sa candidature :",
           ["la déclaration sur l'honneur prévue à l'article R2143-3 ;",
            "ses chiffres d'affaires des trois derniers exercices ;",
            "la liste de références de maintenance d'appareils comparables ;",
            "les certificats ISO 9001 et ISO 14001 ou tout moyen de preuve équivalent de ses procédures de qualité "
            "et de management environnemental ;",
            "l'effectif des techniciens d'astreinte dans un rayon de 50 km."],
           "Ces éléments servent à apprécier les capacités des candidats ; ils ne sont pas pris en compte pour le "
           "classement des offres.")
    b += A("Critères de jugement des offres",
           "Le marché est attribué au candidat ayant présenté l'offre économiquement la plus avantageuse, "
           "appréciée en fonction des critères suivants :")
    b.append(RTAB([["Critère", "Pondération"],
                   ["Prix global forfaitaire annuel et prix des pièces (BPU)", "40 %"],
                   ["Délais d'intervention et de remise en service (dépannage, personne bloquée)", "20 %"],
                   ["Méthodologie de maintenance préventive (gammes, fréquences, compte rendu)", "25 %"],
                   ["Service après-vente : astreinte, stock de pièces, suivi informatisé des appareils", "15 %"]],
                  widths=[5.2, 1.2], align="lr"))
    b += A("Visite",
           "Une visite de la salle des machines de l'hôtel de ville est organisée le 9 février 2027 à 10 h.")
    lab = L(allotissement=0, evidence=["Le marché n'est pas alloti"])
    return DOC("t_rc_ascenseurs", "rc_ascenseurs_pontclair.pdf", "RC", lab,
               "Ville de Pontclair-sur-Orne – RC maintenance ascenseurs", "RC – ASC-2027", b)


def t_ccp_gardiennage():
    b = [TITLE("Établissement public foncier du Val d'Ysère",
               "CAHIER DES CLAUSES PARTICULIÈRES",
               "Surveillance et gardiennage des sites en portage foncier",
               "Marché à procédure adaptée")]
    b += A("Objet",
           "Surveillance des sites acquis par l'établissement en attente de cession : rondes de nuit, levée de doute "
           "sur alarme, intervention en cas d'intrusion ou de squat.")
    b += A("Personnel",
           "Les agents sont titulaires de la carte professionnelle délivrée par le CNAPS. Le titulaire transmet la liste "
           "nominative des agents affectés et tient à jour le registre des rondes.",
           "Conformément aux articles L8222-1 et D8222-5 du code du travail, le titulaire remet tous les six mois les "
           "attestations de vigilance de l'URSSAF. Il respecte les obligations relatives à l'emploi des travailleurs "
           "handicapés (articles L5212-1 à L5212-11 du code du travail) et à l'emploi des salariés étrangers.")
    b += A("Sécurité",
           "Un plan de prévention est établi avant le début des prestations. Les agents intervenant seuls sont équipés "
           "d'un dispositif d'alarme pour travailleur isolé.")
    b += A("Critères d'attribution",
           "Les offres sont notées sur 100 points :",
           ["prix : 55 points ;",
            "moyens humains affectés : effectifs, qualifications (CQP APS, SSIAP), encadrement et délai de "
            "remplacement des agents absents : 25 points ;",
            "sécurité et procédures : consignes de ronde, levée de doute, comptes rendus d'intervention : 20 points."])
    b += A("Pénalités",
           "Ronde non effectuée : 150~€ ; intervention au-delà de 30 minutes après l'alarme : 200~€.")
    b += A("Paiement",
           "Les prestations sont réglées mensuellement, à 30 jours.")
    lab = L(evidence=[])
    return DOC("t_ccp_gardiennage", "ccp_gardiennage_epf.docx", "CCAP", lab,
               "EPF du Val d'Ysère – CCP gardiennage", "CCP – GARD-2027", b)


def t_rc_sel():
    b = [TITLE("Département de la Haute-Fréaume – Direction des routes",
               "RÈGLEMENT DE LA CONSULTATION",
               "Fourniture de sel de déneigement – campagnes 2027-2030",
               "Appel d'offres ouvert")]
    b += A("Objet – lots",
           "Fourniture de sel de déneigement conforme à la norme NF P 98-180. Deux lots : lot 1 – sel en vrac livré "
           "dans les centres d'exploitation ; lot 2 – sel en sacs de 25 kg.")
    b += A("Forme et montants",
           "Accords-cadres à bons de commande, mono-attributaires, conclus pour trois ans. Montant maximum pour la "
           "durée totale : lot 1 : 150~000~€~HT ; lot 2 : 45~000~€~HT.")
    b += A("Jugement des offres",
           "Le seul critère de jugement des offres est le prix, apprécié au vu du détail quantitatif estimatif de "
           "chaque lot. Les fournitures étant parfaitement définies par le CCTP et la norme, aucun autre critère "
           "n'est retenu.")
    b += A("Offres anormalement basses",
           "Toute offre paraissant anormalement basse fait l'objet d'une demande de précisions écrite.")
    b += A("Dépôt",
           "Les plis sont déposés sur la plateforme marches.hautefreaume.fr avant le 14 mai 2027 à 16 h.")
    lab = L(allotissement=1, nb_lots=2, montant_max_ht=195000,
            evidence=["Deux lots", "lot 1 : 150~000~€~HT ; lot 2 : 45~000~€~HT", "[150 000 + 45 000 = 195 000]"])
    return DOC("t_rc_sel", "rc_sel_haute_freaume.txt", "RC", lab, blocks=b)


def t_ccap_fournitures_bureau():
    b = [TITLE("Syndicat intercommunal à vocation scolaire du Plateau d'Arvel",
               "CCAP – FOURNITURES DE BUREAU ET PAPETERIE",
               "Marché à procédure adaptée – accord-cadre à bons de commande")]
    b += A("Objet",
           "Fourniture de petites fournitures de bureau, de papeterie et de consommables pour les 6 écoles du syndicat.")
    b += A("Montant",
           "Montant maximum pour la durée totale de l'accord-cadre : 30~000~€~HT.")
    b += A("Livraison",
           "Livraison franco dans chaque école sous 5 jours ouvrés. Les erreurs de livraison sont reprises sous 48 heures.")
    b += A("Critères de jugement des offres",
           "L'article R2152-7 du code de la commande publique permet à l'acheteur de retenir, outre le prix ou le coût, "
           "des critères tels que la qualité, les performances en matière de protection de l'environnement, de "
           "développement des approvisionnements directs de produits de l'agriculture ou d'insertion professionnelle "
           "des publics en difficulté.",
           "Pour la présente consultation, compte tenu du caractère standardisé des fournitures, seuls sont retenus "
           "les critères suivants : prix, apprécié sur le BPU appliqué à un panier type (70 %) ; délais de livraison "
           "et de reprise des erreurs de livraison (30 %).")
    b += A("Paiement",
           "Délai global de paiement : 30 jours. Pas d'avance.")
    lab = L(montant_max_ht=30000, evidence=["Montant maximum pour la durée totale de l'accord-cadre : 30~000~€~HT"])
    return DOC("t_ccap_fournitures_bureau", "ccap_fournitures_arvel.pdf", "CCAP", lab,
               "SIVOS du Plateau d'Arvel – CCAP fournitures", "CCAP – FB-2026", b, hyphen=True)


def t_rectif_retrait():
    raw = """BOAMP – AVIS RECTIFICATIF
Annonce n° 26-098214 – Département(s) de publication : 21

Identification de l'organisme qui passe le marché : Ville de Semur-les-Vignes, service des marchés, 2 rue du Rempart, 21140 Semur-les-Vignes
Objet du marché : Entretien et maintenance des installations de chauffage, ventilation et climatisation des bâtiments communaux
Référence de l'avis initial : annonce n° 26-091377 publiée le 02/06/2026

Modifications à apporter :

Dans la rubrique « Critères d'attribution » :
Au lieu de :
- Prix : 50 %
- Valeur technique : 35 %
- Performances en matière de protection de l'environnement : 15 %
Lire :
- Prix : 50 %
- Valeur technique : 50 %
Le critère « Performances en matière de protection de l'environnement » est supprimé. Sa pondération est reportée sur la valeur technique, dont les sous-critères restent la méthodologie de maintenance (30 %) et les moyens affectés (20 %).

Dans la rubrique « Date limite de réception des offres » :
Au lieu de : 03/07/2026 à 12 h 00
Lire : 10/07/2026 à 12 h 00

Autres informations : le règlement de la consultation modifié est en ligne sur le profil d'acheteur.
Date d'envoi du présent avis à la publication : 16/06/2026
"""
    lab = L(evidence=[])
    return DOC("t_rectif_retrait", "avis_rectificatif_semur.txt", "AVIS", lab, raw=raw)


def t_rapport_voirie():
    b = [TITLE("Commune de Malzéville-Haute",
               "RAPPORT D'ANALYSE DES OFFRES",
               "Entretien courant de la voirie communale 2026-2029",
               "MAPA n° 2026-07")]
    b.append(H("1. Contexte"))
    b.append(P("Le marché d'entretien de la voirie arrive à échéance le 30 septembre 2026. L'estimation du nouveau "
               "marché est de 420~000~€~HT pour trois ans."))
    b.append(P("Pour mémoire, la consultation précédente (marché n° 2022-11) comportait un critère « insertion "
               "professionnelle » pondéré à 10 %. Ce critère n'a pas été reconduit dans la présente consultation."))
    b.append(H("2. Critères de jugement retenus (article 8 du RC)"))
    b.append(TAB([["Critère", "Pondération"],
                  ["Prix (DQE)", "60 %"],
                  ["Valeur technique – méthodologie d'intervention et signalisation de chantier", "25 %"],
                  ["Valeur technique – moyens humains et matériels, délai de mobilisation", "15 %"]],
                 widths=[5, 1.2]))
    b.append(H("3. Notation"))
    b.append(TAB([["Entreprise", "Prix", "Méthodo.", "Moyens", "Total"],
                  ["Routes du Saulnois", "55,2", "21,0", "12,0", "88,2"],
                  ["TP Merlin & Fils", "60,0", "17,5", "10,5", "88,0"],
                  ["Colas-Meurthe (agence Nancy Sud)", "52,8", "23,0", "13,5", "89,3"]],
                 widths=[3, 1, 1, 1, 1]))
    b.append(H("4. Proposition d'attribution"))
    b.append(P("Il est proposé de retenir l'offre de Colas-Meurthe, classée première avec 89,3 points."))
    lab = L(montant_estime_ht=420000, evidence=["L'estimation du nouveau marché est de 420~000~€~HT pour trois ans"])
    return DOC("t_rapport_voirie", "rapport_analyse_malzeville.docx", "AUTRE", lab,
               "Commune de Malzéville-Haute – RAO 2026-07", "Rapport d'analyse", b)


def t_cadre_salle():
    b = [TITLE("Commune des Aubiers-en-Vaux",
               "CADRE DE RÉPONSE TECHNIQUE (CRT)",
               "Construction d'une salle polyvalente – Lot 03 : Charpente bois",
               "À joindre obligatoirement à l'offre")]
    b.append(P("La valeur technique (40 % de la note globale) est appréciée au vu des chapitres 1 à 3 du présent cadre, "
               "selon le barème indiqué. Le prix compte pour 60 %."))
    b.append(H("Chapitre 1 – Méthodologie et phasage (20 points)"))
    b.append(P("Décrire l'enchaînement des tâches, les interfaces avec le lot 02 Gros œuvre et le lot 04 Couverture, "
               "les modes de levage et les dispositions de stabilité provisoire."))
    b.append(TAB([["Réponse"], [" "]]))
    b.append(H("Chapitre 2 – Moyens humains et matériels (12 points)"))
    b.append(P("Effectif affecté, qualification du chef d'équipe, matériel de levage, atelier de taille."))
    b.append(TAB([["Réponse"], [" "]]))
    b.append(H("Chapitre 3 – Planning détaillé (8 points)"))
    b.append(P("Planning des études d'exécution, de la fabrication et du montage, cohérent avec le calendrier "
               "prévisionnel de l'opération."))
    b.append(TAB([["Réponse"], [" "]]))
    b.append(H("Chapitre 4 – Démarche environnementale du chantier"))
    b.append(P("Le candidat peut présenter, à titre d'information, sa démarche en matière de tri des déchets de chantier, "
               "d'origine des bois et de limitation des nuisances. Ce chapitre n'est pas noté et n'intervient pas dans "
               "le jugement des offres."))
    b.append(TAB([["Réponse"], [" "]]))
    lab = L(allotissement=1, evidence=["Lot 03 : Charpente bois"])
    return DOC("t_cadre_salle", "crt_salle_polyvalente_lot03.docx", "CADRE", lab,
               "Les Aubiers-en-Vaux – Salle polyvalente – CRT lot 03", "Cadre de réponse technique", b)


def t_rc_eclairage():
    b = [TITLE("Syndicat départemental d'énergies de la Vallée du Loing",
               "RÈGLEMENT DE LA CONSULTATION",
               "Maintenance de l'éclairage public des communes adhérentes – secteur Est",
               "Procédure adaptée")]
    b += A("Objet",
           "Maintenance préventive et curative de 6~400 points lumineux, des armoires de commande et des illuminations "
           "festives du secteur Est.")
    b += A("Présentation des offres",
           "Acte d'engagement, BPU, DQE non contractuel, mémoire technique.")
    b += A("Jugement des offres",
           "Le tableau ci-dessous reprend la trame type des critères du syndicat :")
    b.append(RTAB([["Critère / sous-critère", "Points"],
                   ["1. Prix (DQE)", "50"],
                   ["2. Valeur technique", "40"],
                   ["2.1 Méthodologie de maintenance et de dépannage", "25"],
                   ["2.2 Moyens humains et matériels (nacelles, stock)", "15"],
                   ["2.3 Performances en matière de protection de l'environnement", "non retenu"],
                   ["3. Délais d'intervention", "10"]],
                  widths=[5.2, 1.2], align="lr"))
    b.append(P("Le sous-critère 2.3 figure dans la trame type mais n'est pas retenu pour la présente consultation : il "
               "n'est pas noté et aucune information n'est attendue à ce titre dans le mémoire technique."))
    b += A("Audition",
           "Le syndicat se réserve la possibilité d'auditionner les trois candidats les mieux classés.")
    lab = L(evidence=[])
    return DOC("t_rc_eclairage", "rc_eclairage_sdevl.pdf", "RC", lab,
               "SDEVL – RC maintenance EP secteur Est", "RC – EP-EST-2026", b)


def t_qr_selection():
    raw = """CONSULTATION 2026-PROP-08 – Nettoyage des locaux de la Communauté de communes du Pays d'Essart
Questions des candidats et réponses de l'acheteur

Q1 – Le RC demande « des références en matière d'insertion » et « une certification ISO 14001 ou équivalente ». S'agit-il de critères de notation ?
R1 – Non. Ces éléments figurent parmi les pièces de la candidature (article 5.1 du RC) et servent uniquement à apprécier les capacités techniques et professionnelles des candidats. Ils ne sont pas pris en compte pour le jugement des offres.

Q2 – Quels sont alors les critères de jugement des offres ?
R2 – Conformément à l'article 7 du RC : prix (60 %) ; valeur technique (40 %), appréciée sur la méthodologie de nettoyage (25 %) et le planning et l'organisation des remplacements (15 %).

Q3 – Un candidat peut-il se présenter seul alors qu'il n'a qu'une référence ?
R3 – Oui. L'absence de références peut être compensée par tout autre moyen de preuve des capacités (art. R2142-14 du CCP).

Q4 – La surface du bâtiment C est-elle de 1 240 m² ou de 1 420 m² ?
R4 – 1 420 m². L'annexe 2 du CCTP est corrigée.

Fait à Essart-le-Bourg, le 18/05/2026
"""
    lab = L(evidence=[])
    return DOC("t_qr_selection", "questions_reponses_essart.txt", "QR", lab, raw=raw)


def t_avis_en_security():
    raw = """Contract notice
Section I: Contracting authority
Official name: Métropole de Riveclaire – Direction de la commande publique
Town: Riveclaire   Country: France

Section II: Object
II.1.1) Title: Security guarding and fire safety services for metropolitan buildings
II.1.2) Main CPV code: 79713000 Guard services
II.1.3) Type of contract: Services
II.1.5) Estimated total value: Value excluding VAT: 520~000.00 Currency: EUR
II.1.6) Information about lots: This contract is divided into lots: no
II.2.5) Award criteria
Quality criterion - Name: Staff qualifications, supervision and replacement of absent guards / Weighting: 30
Quality criterion - Name: Security procedures: rounds, alarm response and incident reporting / Weighting: 20
Price - Weighting: 50
II.2.7) Duration in months: 36

Section III: Legal, economic, financial and technical information
III.1.1) Suitability to pursue the professional activity: CNAPS authorisation of the company.
III.1.3) Technical and professional ability: SSIAP qualified staff; references for similar services.
III.1.5) Information about reserved contracts: not applicable
III.2.2) Contract performance conditions: see procurement documents.

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure
IV.2.2) Time limit for receipt of tenders: 15/09/2026 Local time: 12:00

Section VI: Complementary information
VI.5) Date of dispatch of this notice: 07/08/2026
"""
    lab = L(allotissement=0, montant_estime_ht=520000,
            evidence=["This contract is divided into lots: no", "Value excluding VAT: 520~000.00"])
    return DOC("t_avis_en_security", "notice_guarding_riveclaire.txt", "AVIS", lab, raw=raw)


def t_ccp_espaces_verts():
    b = [TITLE("Commune de Roquebrune-d'Aygues",
               "CAHIER DES CLAUSES PARTICULIERES",
               "Entretien des espaces verts communaux – 2026/2028",
               "MAPA – marché ordinaire à prix unitaires")]
    b += A("Objet",
           "Tonte, taille des haies et arbustes, désherbage, ramassage des feuilles et entretien des massifs des "
           "espaces verts communaux (annexe 1 : liste des sites, 14,2 ha).")
    b += A("Durée",
           "Le marché est conclu pour un an à compter du 1er mars 2026, reconductible deux fois.")
    b += A("Prescriptions d'execution",
           "L'usage de produits phytopharmaceutiques de synthèse est interdit sur l'ensemble des sites. Les déchets "
           "verts sont broyés sur place ou évacués vers la plateforme de compostage de la Crau-Nord ; le titulaire "
           "transmet chaque trimestre les bons de dépôt. Le brûlage est proscrit.")
    b += A("Action d'insertion",
           "Le titulaire réalise, sur la durée initiale du marché, une action d'insertion d'au moins 150 heures de "
           "travail au bénéfice de personnes rencontrant des difficultés d'accès à l'emploi (demandeurs d'emploi de "
           "longue durée, bénéficiaires du RSA, jeunes sans qualification). Il peut recourir à l'embauche directe, à "
           "la mise à disposition par une association intermédiaire ou à la sous-traitance à une SIAE. Le non-respect "
           "de l'engagement est sanctionné par une pénalité de 40~€ par heure non réalisée.")
    b += A("Jugement des offres",
           "Critères : prix (60 %) ; valeur technique (40 %), appréciée sur :",
           ["les moyens matériels affectés (parc de tondeuses, taille-haies, véhicules) – 15 % ;",
            "le planning annuel des interventions – 10 % ;",
            "la méthodologie de tonte, de taille et de ramassage – 15 %."],
           "L'engagement d'insertion étant une condition d'exécution imposée à tous, il n'est pas noté.")
    b += A("Prix – paiement",
           "Prix unitaires du BPU, révisables annuellement (indice ICHT-rev-TS). Paiement à 30 jours.")
    b += A("Pénalités",
           "Intervention non réalisée à la date du planning : 100~€ par site et par jour de retard.")
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=150, clause_environnementale=1,
            evidence=["L'usage de produits phytopharmaceutiques de synthèse est interdit",
                      "évacués vers la plateforme de compostage",
                      "une action d'insertion d'au moins 150 heures de travail"])
    return DOC("t_ccp_espaces_verts", "ccp_espaces_verts_roquebrune.pdf", "CCAP", lab,
               "Commune de Roquebrune-d'Aygues – CCP espaces verts", "CCP – EV-2026", b, cols=2, hyphen=True)


def t_rc_logiciel():
    b = [TITLE("Communauté urbaine de Val-Lanterne",
               "RÈGLEMENT DE LA CONSULTATION",
               "Fourniture, mise en œuvre et maintenance d'un logiciel de gestion des autorisations d'urbanisme",
               "Procédure adaptée – article R2123-1 1°")]
    b += A("Objet",
           "Acquisition des licences, paramétrage, reprise des données de l'application actuelle, formation des "
           "instructeurs et maintenance pendant quatre ans d'un logiciel de gestion des autorisations du droit des sols.")
    b += A("Environnement technique",
           "La solution s'intègre dans l'environnement technique existant de la communauté urbaine : serveurs Linux "
           "virtualisés, base PostgreSQL, annuaire Active Directory, SIG QGIS. Un mode SaaS hébergé en France est "
           "accepté.")
    b += A("Critères d'attribution",
           "Les offres sont classées selon les critères suivants :",
           ["Qualité technique de la solution (40 %) : couverture fonctionnelle du cahier des charges, ergonomie, "
            "intégration dans l'environnement technique existant, interopérabilité avec la plateforme de "
            "dématérialisation des demandes ;",
            "Prix (35 %) : coût global sur quatre ans (licences, prestations, maintenance) ;",
            "Méthodologie de reprise des données et planning de déploiement (15 %) ;",
            "Assistance et maintenance : délais de correction des anomalies bloquantes, hotline (10 %)."],
           "Une démonstration sur scénario pourra être organisée avec les trois candidats les mieux classés ; elle "
           "sert à vérifier les réponses du mémoire.")
    b += A("Confidentialité",
           "Le titulaire est soumis au RGPD pour les données personnelles des pétitionnaires.")
    lab = L(evidence=[])
    return DOC("t_rc_logiciel", "rc_logiciel_ads_val_lanterne.docx", "RC", lab,
               "CU de Val-Lanterne – RC logiciel ADS", "RC – SI-2026-04", b)


def t_avis_toitures():
    raw = """AVIS D'APPEL PUBLIC À LA CONCURRENCE – MAPA

Nom et adresse de l'acheteur : Commune de Sainte-Illide-d'Olt, Place de l'Église, 12500 Sainte-Illide-d'Olt – Tél. 05 65 00 00 00
Objet : Réfection des toitures de l'école élémentaire et du restaurant scolaire
Type de marché : travaux
Procédure : procédure adaptée (article R2123-1 du code de la commande publique)
Lieu d'exécution : Sainte-Illide-d'Olt
Division en lots : oui
Lot 1 : Couverture ardoise – zinguerie
Lot 2 : Charpente – traitement des bois
Marché réservé : non
Conditions de participation : Qualibat 3111 ou équivalent (lot 1), références de travaux similaires ; assurance décennale.
Critères d'attribution : offre économiquement la plus avantageuse appréciée en fonction des critères énoncés dans le règlement de la consultation.
Date limite de réception des offres : 12 juin 2026 à 12 h.
Dossier de consultation : téléchargeable gratuitement sur https://marchespublics-aveyron-exemple.fr
Renseignements techniques : M. Bras, services techniques.
Date d'envoi à la publication : 19 mai 2026
"""
    lab = L(allotissement=1, nb_lots=2, evidence=["Division en lots : oui", "Lot 2 : Charpente"])
    return DOC("t_avis_toitures", "aapc_toitures_sainte_illide.txt", "AVIS", lab, raw=raw)


def t_ccap_repas_ehpad():
    b = [TITLE("EHPAD public Les Glycines – Saint-Varent-du-Lay",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Fourniture de repas en liaison froide pour les résidents et le portage à domicile",
               "Procédure adaptée – accord-cadre à bons de commande")]
    b += A("Objet",
           "Fabrication et livraison en liaison froide des déjeuners et dîners des 62 résidents et de 35 repas "
           "quotidiens portés à domicile par le CCAS, textures modifiées comprises.")
    b += A("Montant",
           "Accord-cadre sans minimum, avec un montant maximum de 310~000~€~HT pour sa durée totale de quatre ans.")
    b += A("Exigences sanitaires",
           "Le titulaire dispose d'un agrément sanitaire et d'un plan de maîtrise sanitaire. Les températures sont "
           "enregistrées à chaque livraison. Les menus sont validés par la diététicienne de l'établissement.")
    b += A("Jugement des offres",
           "Les critères de jugement sont :")
    b.append(RTAB([["Critère", "Pondération"],
                   ["Prix du repas (journée alimentaire complète)", "40 %"],
                   ["Qualité gustative et variété des menus (dégustation par un panel de résidents)", "30 %"],
                   ["Sécurité sanitaire : plan de maîtrise sanitaire, traçabilité, gestion des alertes", "20 %"],
                   ["Réactivité : délai de prise en compte des modifications de commande", "10 %"]],
                  widths=[5.2, 1.2], align="lr"))
    b += A("Pénalités",
           "Livraison hors plage horaire : 100~€. Rupture de la chaîne du froid constatée : 500~€ et remplacement "
           "immédiat des repas.")
    lab = L(montant_max_ht=310000, evidence=["montant maximum de 310~000~€~HT pour sa durée totale de quatre ans"])
    return DOC("t_ccap_repas_ehpad", "ccap_repas_glycines.pdf", "CCAP", lab,
               "EHPAD Les Glycines – CCAP repas", "CCAP – REP-2026", b)


# ----------------------------------------------------------------------------- ordre et noms
ORDER = [p_rc_voirie, t_rc_ascenseurs, p_avis_en_cleaning, t_ccp_gardiennage, p_ccp_denrees, p_rapport_nettoyage,
         t_rc_sel, p_eforms_mobilier, t_ccap_fournitures_bureau, p_cadre_espaces_verts, p_ccap_transport,
         t_rectif_retrait, p_qr_batiment, t_rapport_voirie, p_rectif_ajout, t_cadre_salle, p_rc_informatique,
         t_rc_eclairage, p_ccp_traiteur, t_qr_selection, p_avis_boamp_gymnase, p_rapport_vetements,
         t_avis_en_security, p_rc_nettoyage, t_ccp_espaces_verts, p_ccap_impression, t_rc_logiciel,
         p_ted_xml_dechets, t_avis_toitures, p_ccp_demenagement, t_ccap_repas_ehpad, p_avis_en_catering]


# ----------------------------------------------------------------------------- construction et contrôles
import hashlib
import pypdf


def conv_raw(s):
    return s.replace("~", NB).replace("^", NNB)


def extract(path):
    """Texte extrait du fichier produit (pypdf, python-docx ou lecture brute), espaces normalisés."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        txt = "\n".join((pg.extract_text() or "") for pg in pypdf.PdfReader(path).pages)
    elif ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        txt = "\n".join(parts)
    else:
        with open(path, encoding="utf-8") as fh:
            txt = fh.read()
    return re.sub(r"\s+", " ", txt)


def wsnorm(s):
    return re.sub(r"\s+", " ", norm(s)).strip()


def build_all():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    docs = []
    for i, f in enumerate(ORDER, 1):
        d = f()
        d["file"] = "d%02d_%s" % (i, d["name"])
        path = os.path.join(OUT, d["file"])
        ext = d["file"].rsplit(".", 1)[1]
        d["pages"] = None
        if d["raw"] is not None:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(conv_raw(d["raw"]))
        else:
            pdf = ext == "pdf"
            blocks = [_conv(b, pdf) for b in number_articles(d["blocks"])]
            if pdf:
                d["pages"] = build_pdf(path, _conv_str(d["header"], True), _conv_str(d["footer"], True), blocks,
                                       hyphen=d["hyphen"], title=d["header"], cols=d["cols"])
            elif ext == "docx":
                build_docx(path, d["header"], d["footer"], blocks)
            else:
                build_txt(path, blocks)
        docs.append(d)
    return docs


def digests():
    out = {}
    for fn in sorted(os.listdir(OUT)):
        with open(os.path.join(OUT, fn), "rb") as fh:
            out[fn] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    docs = build_all()
    first = digests()
    docs = build_all()
    second = digests()
    problems = []
    if first != second:
        problems.append("non déterministe : %r" % [k for k in first if first[k] != second.get(k)])
    rows = []
    for d in docs:
        lab = d["label"]
        path = os.path.join(OUT, d["file"])
        txt = extract(path)
        for q in lab["evidence"]:
            if q.startswith("["):
                continue
            if wsnorm(q) not in txt:
                problems.append("%s : preuve absente du texte extrait : %r" % (d["file"], q))
        ev = " | ".join(wsnorm(q) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (d["file"], len(ev)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % d["file"])
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % d["file"])
        if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base" % d["file"])
        if d["pages"] is not None and not (1 <= d["pages"] <= 4):
            problems.append("%s : %d pages" % (d["file"], d["pages"]))
        if d["doc_type"] not in _DOC_TYPES:
            problems.append("%s : doc_type" % d["file"])
        row = {"path": d["file"], "doc_type": d["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
    problems.extend(extra_checks(rows))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    kinds = {}
    for d in docs:
        e = d["file"].rsplit(".", 1)[1]
        kinds[e] = kinds.get(e, 0) + 1
    print("%d documents (%s) ; pages PDF : %s" % (len(docs), kinds, [d["pages"] for d in docs if d["pages"]]))
    for c in ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
              "critere_environnemental"):
        print("  %s = 1 : %d" % (c, sum(1 for r in rows if r[c] == "1")))
    print("déterminisme (deux constructions, md5 comparés) : %s" % ("identique" if first == second else "DIFFÉRENT"))
    print("contrôles -> %d problème(s)" % len(problems))
    for p in problems:
        print("PROBLÈME :", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
