#!/usr/bin/env python3
"""Construit le jeu blind_docs_10 : 30 documents entiers (PDF reportlab, DOCX python-docx, avis .txt)
centrés sur les clauses environnementales d'exécution et leurs pièges.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py, lignes 27-664
(écriture PDF/DOCX/TXT, tableaux, deux colonnes, césure, aides de saisie) ; SET_NAME et OUT changés.
Les trente documents, la fonction main et le contrôle des preuves sur le texte extrait des fichiers
(pypdf pour les PDF, python-docx pour les DOCX) ont été écrits pour ce jeu.

Déterministe : pas d'aléa, dates figées. Tous les textes, acheteurs, lieux, références et montants
sont inventés.

Usage : /work/main/.venv/bin/python tests/data/blind_docs_10/make_documents.py
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
SET_NAME = "blind_docs_10"

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






# ============================================================================= documents du jeu
def DOC(file, doc_type, header, footer, blocks, label, note, hyphen=False, cols=1):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, note=note, hyphen=hyphen, cols=cols)


# ----------------------------------------------------------------------------- positifs
def e01():
    b = [TITLE("COMMUNE DE SAINT-AUREL-SUR-MOUZON",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Réhabilitation et extension du groupe scolaire Jean-Rostand",
               "Marché public de travaux – Procédure adaptée (art. R2123-1 du CCP) – Réf. 2027-TRX-04")]
    b += A("Objet du marché – Décomposition",
           "Le présent CCAP s'applique aux marchés de travaux de réhabilitation et d'extension du groupe "
           "scolaire Jean-Rostand, 14 rue des Écoles. Les travaux sont répartis en 9 lots traités par "
           "marchés séparés : lot 1 Gros œuvre – démolitions, lot 2 Charpente – couverture, lot 3 "
           "Menuiseries extérieures, lot 4 Plâtrerie – isolation, lot 5 VRD, lot 6 Sols souples, lot 7 "
           "Peinture, lot 8 Électricité, lot 9 Chauffage – ventilation – plomberie.",
           "Le montant prévisionnel des travaux, tous lots confondus, est estimé à 2~340~000 € HT.")
    b += A("Pièces contractuelles",
           "Les pièces constitutives du marché sont, par ordre de priorité décroissante : l'acte "
           "d'engagement et ses annexes, le présent CCAP, le CCTP commun et le CCTP du lot, le "
           "calendrier d'exécution, la décomposition du prix global et forfaitaire, le CCAG Travaux "
           "approuvé par l'arrêté du 30 mars 2021.")
    b += A("Délais d'exécution",
           "Le délai global d'exécution est de 14 mois à compter de l'ordre de service de démarrage, "
           "période de préparation de 6 semaines incluse. Les travaux en site occupé sont réalisés "
           "pendant les vacances scolaire selon le phasage joint au calendrier.")
    b += A("Action d'insertion professionnelle",
           "En application de l'article L2112-2 du code de la commande publique, les titulaires des "
           "lots 1, 2 et 5 réservent une partie des heures de travail générées par le marché à des "
           "personnes rencontrant des difficultés sociales ou professionnelles particulières. Le "
           "volume global est de 1~200 heures d'insertion, réparti comme suit : lot 1 : 700 h ; "
           "lot 2 : 350 h ; lot 5 : 150 h.",
           "Le facilitateur de la Maison de l'emploi du Val de Mouzon accompagne les entreprises dans "
           "la mise en œuvre (embauche directe, mise à disposition par une ETTI ou un GEIQ, sous-traitance "
           "à une SIAE). Une pénalité de 50 € HT par heure non réalisée est appliquée.")
    b += A("Gestion des déchets de chantier",
           "Chaque titulaire est responsable de l'enlèvement et de la gestion des déchets issus de ses "
           "prestations, jusqu'à leur élimination ou leur valorisation finale. Il remet, pendant la "
           "période de préparation, un schéma d'organisation et de gestion des déchets (SOGED) "
           "précisant la nature et les quantités prévisibles de déchets, les moyens de tri et les "
           "exutoires retenus.",
           "Le tri est réalisé sur le chantier dans des bennes distinctes, au minimum selon cinq flux : "
           "inertes, bois, métaux, plâtre, déchets non dangereux en mélange. Le titulaire du lot 1 met en "
           "place l'aire de tri commune ; les autres titulaires participent à son entretien au prorata.",
           "La traçabilité est assurée par les bordereaux de suivi des déchets (BSD, y compris via "
           "Trackdéchets pour les déchets dangereux) et les bons de pesée des exutoires, transmis au "
           "maître d'œuvre chaque mois avec la situation de travaux. Tout bordereau manquant entraîne "
           "une pénalité de 150 € HT, sans mise en demeure préalable.")
    b += A("Prix – Variation des prix",
           "Les prix sont fermes et actualisables dans les conditions de l'article 3.4.2 du CCAG "
           "Travaux, l'index de référence étant le BT01 pour les lots 1 à 7 et le BT40 ou BT47 pour les "
           "lots 8 et 9.")
    b += A("Avance – Retenue de garantie",
           "Une avance de 10 % est versée au titulaire lorsque le montant initial du lot est supérieur à "
           "50~000 € HT et que le délai d'exécution est supérieur à deux mois. Une retenue de garantie de "
           "5 % est prélevée sur chaque acompte ; elle peut être remplacée par une garantie à première "
           "demande.")
    b += A("Pénalités de retard",
           "Par dérogation à l'article 19.2.1 du CCAG Travaux, la pénalité journalière de retard est "
           "fixée à 1/2000e du montant du marché, avec un minimum de 100 € HT par jour calendaire.")
    b += A("Litiges",
           "Le tribunal administratif de Nancy est seul compétent pour connaître des litiges relatifs "
           "au présent marché.")
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, clause_environnementale=1,
            allotissement=1, nb_lots=9, montant_estime_ht=2340000,
            evidence=["Les travaux sont répartis en 9 lots", "estimé à 2~340~000 € HT",
                      "Le volume global est de 1~200 heures d'insertion",
                      "Le tri est réalisé sur le chantier dans des bennes distinctes",
                      "bordereaux de suivi des déchets"])
    return DOC("E01_CCAP_groupe_scolaire_Saint-Aurel.pdf", "CCAP",
               "Commune de Saint-Aurel-sur-Mouzon – CCAP groupe scolaire Jean-Rostand",
               "CCAP – Réf. 2027-TRX-04", b, lab,
               "Clause déchets classique (SOGED, tri 5 flux, BSD, pénalité) + insertion 1 200 h sur 3 lots.",
               hyphen=True)


def e02():
    b = [TITLE("DÉPARTEMENT DE LA HAUTE-VERNAISE – Direction des routes et des mobilités",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "RD 412 – Recalibrage et renforcement de chaussée entre les PR 12+300 et 15+050",
               "Marché n° 27-DRM-0193")]
    b += [H("1. GÉNÉRALITÉS"),
          P("Le présent CCTP définit les spécifications techniques des travaux de recalibrage de la RD "
            "412 (élargissement de la plate-forme à 6,00 m, reprise des accotements, renforcement de la "
            "structure) sur une longueur de 2 750 m environ, en rase campagne, sous circulation alternée."),
          P("Les normes NF EN 13108-1 (enrobés bitumineux) et NF P 98-150-1 (exécution des assises et "
            "couches de surface) sont applicables, ainsi que le fascicule 27 du CCTG."),
          H("2. PROVENANCE ET QUALITÉ DES MATÉRIAUX"),
          H2("2.1 Granulats"),
          P("Les granulats proviennent de carrières situées à moins de 60 km du chantier, sauf "
            "impossibilité dûment justifiée. Les fiches techniques produits (FTP) sont soumises au visa "
            "du maître d'œuvre 15 jours avant toute mise en œuvre."),
          H2("2.2 Recyclage des enrobés et réemploi des matériaux en place"),
          P("Les matériaux issus du rabotage des chaussées existantes (fraisats) sont intégralement "
            "valorisés : leur mise en installation de stockage est interdite. Ils sont soit réintroduits "
            "en centrale, soit réemployés en couche de forme ou en accotement stabilisé après "
            "criblage."),
          P("L'enrobé de la couche de base (GB3 0/14) contiendra au minimum 30 % d'agrégats d'enrobés "
            "recyclés ; l'enrobé de la couche de roulement (BBSG 0/10) au minimum 15 %. Le titulaire "
            "justifie les taux atteints par les tickets de fabrication de la centrale, joints aux "
            "procès-verbaux de réception des couches."),
          SPLIT("Les terres de déblai non polluées sont réemployées en remblai sur l'emprise du chantier "
                "ou, si leur nature ne le permet pas, dirigées vers une plate-forme de recyclage. Le "
                "titulaire tient à jour un bilan des mouvements de terres et des quantités",
                "évacuées, qui est remis au maître d'œuvre à chaque réunion de chantier."),
          H("3. EXÉCUTION DES TRAVAUX"),
          H2("3.1 Signalisation temporaire"),
          P("La signalisation de chantier est conforme à l'instruction interministérielle sur la "
            "signalisation routière, 8e partie. Les alternats sont gérés par feux tricolores "
            "synchronisés ; la longueur de chaque section neutralisée n'excède pas 400 m."),
          H2("3.2 Nuisances sonores et poussières"),
          P("Les engins utilisés respectent les niveaux de puissance acoustique admissibles fixés par "
            "l'arrêté du 18 mars 2002. Au droit des hameaux de Mallevaux et des Granges, les travaux "
            "bruyants (rabotage, compactage vibrant) sont interdits avant 8 h et après 19 h ; les pistes "
            "sont arrosées par temps sec afin de limiter l'envol de poussières."),
          H2("3.3 Couche de roulement"),
          P("La mise en œuvre est réalisée au finisseur, à une température de répandage conforme à la "
            "fiche produit. Le compactage est contrôlé au gammadensimètre, à raison d'un profil tous les "
            "50 m par voie."),
          H("4. CONTRÔLES ET RÉCEPTION"),
          P("Le plan de contrôle intérieur du titulaire comprend les contrôles de fabrication, de mise en "
            "œuvre et de réception. Le contrôle extérieur est confié par le maître d'ouvrage au "
            "laboratoire départemental."),
          ]
    lab = L(clause_environnementale=1,
            evidence=["leur mise en installation de stockage est interdite",
                      "contiendra au minimum 30 % d'agrégats d'enrobés recyclés",
                      "les pistes sont arrosées par temps sec"])
    return DOC("E02_CCTP_RD412_recalibrage.pdf", "CCTP",
               "Département de la Haute-Vernaise – CCTP RD 412",
               "Marché n° 27-DRM-0193 – CCTP", b, lab,
               "Taux d'enrobés recyclés, interdiction de stockage des fraisats, réemploi des terres (phrase coupée "
               "par un saut de page), bruit et poussières. Aucune mention de lots ni de montant.", hyphen=True)


def e03():
    b = [TITLE("SYNDICAT INTERCOMMUNAL DE TRANSPORT SCOLAIRE DU PAYS DE BRIOLE (SITS)",
               "Cahier des clauses particulières (CCP)",
               "Transport scolaire des élèves des écoles et collèges du territoire",
               "Accord-cadre à bons de commande – Procédure adaptée")]
    b += A("Objet et forme du contrat",
           "Le présent CCP, qui vaut cahier des clauses administratives et techniques, a pour objet "
           "l'exécution des circuits de transport scolaire organisés par le SITS pour les années "
           "scolaires 2027-2028 à 2030-2031.",
           "L'accord-cadre est décomposé en 3 lots géographiques : lot 1 Circuits de la vallée (12 "
           "circuits), lot 2 Circuits du plateau (9 circuits), lot 3 Desserte du collège Louise-Michel "
           "(4 circuits).",
           "Le montant maximum de l'accord-cadre, sur toute sa durée et tous lots confondus, est fixé à "
           "1~660~000 € HT.")
    b += A("Durée",
           "L'accord-cadre est conclu pour une année scolaire à compter du 1er septembre 2027. Il est "
           "reconductible tacitement trois fois, sans que sa durée totale puisse excèder quatre ans.")
    b += A("Véhicules affectés au service",
           "Les véhicules sont des autocars ou autobus adaptés au transport d'enfants, équipés de "
           "ceintures de sécurité pour chaque place assise et d'un éthylotest antidémarrage.",
           "Tout véhicule affecté au service doit disposer au minimum d'un certificat qualité de l'air "
           "Crit'Air 2. Les véhicules mis en circulation sur les circuits à compter du 1er septembre 2028, "
           "en remplacement ou en renfort, sont obligatoirement classés Crit'Air 1 ou Crit'Air 0 "
           "(électrique ou hydrogène). La liste des véhicules avec leur vignette est transmise au SITS "
           "avant chaque rentrée.",
           "Les conducteurs coupent le moteur lors des arrêts prolongés et des stationnements devant "
           "les établissements, y compris en période de chauffe.")
    b += A("Personnel de conduite",
           "Le titulaire affecte des conducteurs titulaires du permis D et de la FIMO ou FCO en cours de "
           "validité. Dans les six mois suivant la notification, chaque conducteur affecté aux circuits "
           "suit une formation à l'éco-conduite d'une demi-journée au moins ; les attestations sont "
           "remises au SITS. Les consommations de carburant par circuit sont communiquées dans le "
           "rapport annuel d'activité.")
    b += A("Prix et règlement",
           "Les prix sont établis par circuit et par jour de fonctionnement. Ils sont révisés "
           "annuellement par application de l'indice CNR « coût de revient autocar ». Le délai global de "
           "paiement est de 30 jours.")
    b += A("Jugement des offres",
           "L'offre économiquement la plus avantageuse est appréciée lot par lot au regard des critères "
           "suivants : prix des prestations (55 %) ; valeur technique (45 %), jugée sur l'organisation "
           "du service et les moyens de remplacement en cas de panne (25 %) et sur la qualification et "
           "la stabilité des conducteurs (20 %).")
    b += A("Pénalités",
           "Circuit non assuré : 300 € HT par circuit. Retard supérieur à 15 minutes : 80 € HT. "
           "Véhicule ne respectant pas la classe Crit'Air exigée : 100 € HT par jour d'utilisation.")
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=1660000,
            evidence=["décomposé en 3 lots géographiques", "est fixé à 1~660~000 € HT",
                      "sont obligatoirement classés Crit'Air 1 ou Crit'Air 0",
                      "suit une formation à l'éco-conduite"])
    return DOC("E03_CCP_transport_scolaire_SITS.docx", "CCAP",
               "SITS du Pays de Briole – CCP transport scolaire", "CCP – Transport scolaire 2027", b, lab,
               "CCP unique (MAPA) rangé en CCAP : Crit'Air, coupure moteur, éco-conduite. Critères sans "
               "volet environnemental.")


def e04():
    b = [TITLE("COMMUNAUTÉ D'AGGLOMÉRATION LOIRE-ET-COTEAUX",
               "CCTP – Lot n° 2 : Nettoyage des bâtiments techniques",
               "Marché de services de nettoyage des locaux communautaires (2 lots)")]
    b += [H("ARTICLE 1 – CONSISTANCE DES PRESTATIONS"),
          P("Le marché de nettoyage est passé en deux lots : lot 1 Sièges administratifs et lot 2 "
            "Bâtiments techniques (centre technique communautaire, ateliers du service eau, déchèterie de "
            "Saint-Lyé pour le seul local du personnel). Le présent CCTP concerne le lot 2."),
          P("Les prestations comprennent l'entretien courant des bureaux, vestiaires, sanitaires et "
            "salles de pause, le nettoyage mensuel des vitres accessibles sans nacelle et la remise en "
            "état annuelle des sols."),
          H("ARTICLE 2 – FRÉQUENCES"),
          TAB([["Locaux", "Fréquence", "Horaire"],
               ["Bureaux, salles de réunion", "3 fois par semaine", "avant 8 h"],
               ["Sanitaires, douches, vestiaires", "quotidienne (lundi-vendredi)", "12 h – 13 h 30"],
               ["Salle de pause", "quotidienne", "après 14 h"],
               ["Vitrerie accessible", "mensuelle", "à convenir"]],
              widths=[0.45, 0.3, 0.25]),
          H("ARTICLE 3 – PRODUITS ET MATÉRIELS"),
          P("Les produits de nettoyage et d'entretien utilisés pendant toute la durée du marché sont "
            "porteurs de l'Ecolabel européen ou d'un écolabel de type I équivalent. Les fiches "
            "techniques et fiches de données de sécurité sont remises au responsable du site avant le "
            "premier jour d'intervention ; tout changement de produit en cours de contrat est soumis à "
            "accord préalable."),
          P("Les produits sont utilisés par dilution au moyen de doseurs ; les aérosols et les "
            "désodorisants d'ambiance sont proscrits. Le titulaire privilégie la méthode de "
            "pré-imprégnation des franges et lavettes microfibres, lavées et réutilisées."),
          P("Les sacs poubelle fournis par le titulaire contiennent au moins 80 % de plastique recyclé."),
          H("ARTICLE 4 – DÉCHETS"),
          P("Les agents du titulaire respectent le tri mis en place dans les bâtiments : papiers et "
            "cartons, emballages, biodéchets de la salle de pause. Les contenants sont vidés dans les "
            "bacs correspondants du point de regroupement ; le mélange des flux est constitutif d'une "
            "non-conformité."),
          H("ARTICLE 5 – ENVIRONNEMENT DE TRAVAIL ET SÉCURITÉ"),
          P("Le personnel intervient en dehors des zones d'atelier en activité. Il porte des chaussures "
            "de sécurité dans l'enceinte du centre technique. Le plan de prévention est établi "
            "conjointement avant le démarrage."),
          H("ARTICLE 6 – CONTRÔLE DE LA QUALITÉ"),
          P("Un contrôle contradictoire est réalisé chaque mois selon une grille jointe en annexe. Deux "
            "contrôles consécutifs insuffisants donnent lieu à l'application des pénalités du CCAP.")]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=2,
            evidence=["Marché de services de nettoyage des locaux communautaires (2 lots)",
                      "porteurs de l'Ecolabel européen ou d'un écolabel de type I équivalent",
                      "au moins 80 % de plastique recyclé"])
    return DOC("E04_CCTP_nettoyage_lot2_CALC.docx", "CCTP",
               "CA Loire-et-Coteaux – CCTP nettoyage lot 2", "CCTP lot 2", b, lab,
               "Produits écolabellisés exigés pendant l'exécution, dosage, sacs recyclés, tri. « Environnement "
               "de travail » au sens sécurité.")


def e05():
    b = [TITLE("HABITAT VAL-DE-LÈZE – Office public de l'habitat",
               "ACTE D'ENGAGEMENT",
               "Réhabilitation thermique de 64 logements – Résidence Les Tilleuls à Morvillars-le-Bas",
               "Lot n° 04 : Menuiseries extérieures PVC et bois – Marché de travaux")]
    b += [H("A – Identification de l'acheteur"),
          P("Habitat Val-de-Lèze, 3 avenue Pasteur, représenté par sa directrice générale. Personne "
            "habilitée à donner les renseignements prévus à l'article R2191-59 du code de la commande "
            "publique : la directrice générale. Comptable assignataire : l'agent comptable de l'office."),
          H("B – Objet"),
          P("Le présent acte d'engagement concerne le lot 04 de l'opération, qui en compte 11. Les "
            "travaux sont exécutés conformément au CCAP, au CCTP et au calendrier de l'opération."),
          H("C – Engagement du titulaire"),
          P("Après avoir pris connaissance des pièces du dossier de consultation, le signataire "
            "s'engage, sur la base de son offre et pour son propre compte / pour le groupement "
            "(rayer la mention inutile), à exécuter les prestations aux prix indiqués ci-dessous."),
          TAB([["Montant de l'offre", ""],
               ["Montant HT", "........................ €"],
               ["TVA (5,5 %)", "........................ €"],
               ["Montant TTC", "........................ €"]], widths=[0.5, 0.5]),
          H("D – Engagements particuliers"),
          P("D.1 Insertion : le titulaire s'engage à réaliser, au titre de la clause sociale prévue à "
            "l'article 9 du CCAP, 210 heures de travail au bénéfice de personnes éloignées de l'emploi."),
          P("D.2 Chantier à faibles nuisances : le titulaire s'engage à respecter la charte chantier à "
            "faibles nuisances annexée au CCAP (pièce n° 7) et en particulier à :"),
          LST(["réaliser la dépose sélective des menuiseries bois existantes et les orienter vers une "
               "filière de valorisation matière (les menuiseries en bon état sont proposées à la "
               "recyclerie de l'office) ;",
               "faire reprendre par son fournisseur les emballages et calages des menuiseries neuves ;",
               "trier sur site les déchets du lot (verre, PVC, bois, métaux) et en remettre les bons de "
               "pesée au coordinateur chantier vert."]),
          H("E – Délai d'exécution"),
          P("Le délai d'exécution du lot est celui fixé au calendrier prévisionnel joint (16 semaines "
            "par tranche de 16 logements, hors période de préparation)."),
          H("F – Paiements"),
          P("Le maître d'ouvrage se libère des sommes dues en faisant porter le montant au crédit du "
            "compte ouvert au nom du titulaire (joindre un RIB)."),
          H("G – Signature"),
          P("Fait en un seul original, à ........................, le ........................ "
            "Signature du candidat (ou de son mandataire) :"),
          P("Acceptation de l'offre par le pouvoir adjudicateur : le présent acte d'engagement est "
            "accepté pour valoir marché.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=210, clause_environnementale=1,
            allotissement=1, nb_lots=11,
            evidence=["concerne le lot 04 de l'opération, qui en compte 11", "210 heures de travail au bénéfice de personnes éloignées de l'emploi",
                      "réaliser la dépose sélective des menuiseries bois existantes",
                      "faire reprendre par son fournisseur les emballages"])
    return DOC("E05_AE_lot04_menuiseries_Tilleuls.pdf", "AE",
               "Habitat Val-de-Lèze – AE lot 04 Menuiseries extérieures", "Acte d'engagement – Résidence Les Tilleuls",
               b, lab, "AE avec engagements particuliers (insertion 210 h, charte chantier à faibles nuisances).")


def e06():
    b = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE",
               "Commune de Vaudrecourt – Aménagement du cimetière et de ses abords",
               "Procédure adaptée ouverte – Travaux")]
    b += [P("Nom et adresse officiels de l'organisme acheteur : Commune de Vaudrecourt, M. le Maire, "
            "place de la Mairie, 51320 Vaudrecourt. Tél : 03 26 00 41 17. Courriel : "
            "marches@vaudrecourt.fr"),
          P("Objet du marché : travaux d'aménagement du cimetière communal (extension, allées, "
            "columbarium) et de ses abords (parking, clôtures)."),
          P("Lieu d'exécution : rue du Moulin, 51320 Vaudrecourt."),
          P("Caractéristiques principales : marché de travaux alloti. Lot 1 : VRD – allées – parking ; "
            "Lot 2 : Maçonnerie – clôtures – columbarium ; Lot 3 : Plantations – engazonnement. Les "
            "candidats peuvent répondre à un ou plusieurs lots."),
          P("Valeur estimée hors TVA : 486 000 euros."),
          P("Durée du marché ou délai d'exécution : 7 mois à compter de l'ordre de service."),
          P("Conditions de participation : voir règlement de la consultation."),
          P("Conditions d'exécution : clauses environnementales."),
          P("Critères d'attribution : offre économiquement la plus avantageuse appréciée en fonction des "
            "critères énoncés ci-dessous : prix des prestations : 60 % ; valeur technique : 40 %."),
          P("Type de procédure : procédure adaptée."),
          P("Date limite de réception des offres : 12 mars 2027 à 12 h 00."),
          P("Adresse de retrait du DCE et de dépôt des offres : profil d'acheteur "
            "https://marches.achats-marne-ardennes.fr (réf. VAUD-2027-02)."),
          P("Date d'envoi du présent avis à la publication : 9 février 2027.")]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_estime_ht=486000,
            evidence=["Conditions d'exécution : clauses environnementales.", "Lot 3 : Plantations – engazonnement",
                      "Valeur estimée hors TVA : 486 000 euros."])
    return DOC("E06_AVIS_Vaudrecourt_cimetiere.txt", "AVIS", "", "", b, lab,
               "Avis : la clause environnementale tient en deux mots. Critères sans volet environnemental.")


def e07():
    b = [TITLE("Contract notice – Supplies", "France-Brévanne: Medical consumables",
               "Directive 2014/24/EU")]
    b += [H("Section I: Contracting authority"),
          P("I.1) Name and addresses: Centre hospitalier universitaire de Brévanne, Direction des achats, "
            "2 boulevard Thiers, Brévanne, 86100, France. E-mail: achats@chu-brevanne.fr. NUTS code: FRI34"),
          P("I.4) Type of the contracting authority: Body governed by public law. I.5) Main activity: Health"),
          H("Section II: Object"),
          P("II.1.1) Title: Supply of single-use medical consumables for care units. Reference number: "
            "CHUB-2027-014"),
          P("II.1.2) Main CPV code: 33140000 Medical consumables. II.1.3) Type of contract: Supplies"),
          P("II.1.4) Short description: Framework agreements for the supply of dressings, compresses, "
            "syringes and infusion sets for the hospital and its two EHPAD."),
          P("II.1.5) Estimated total value excluding VAT: 2 150 000.00 EUR"),
          P("II.1.6) Information about lots: This contract is divided into lots: yes. Tenders may be "
            "submitted for all lots. Maximum number of lots that may be awarded to one tenderer: 4"),
          P("II.2.1) Title: Dressings and compresses. Lot No: 1"),
          P("II.2.1) Title: Syringes and needles. Lot No: 2"),
          P("II.2.1) Title: Infusion sets. Lot No: 3"),
          P("II.2.1) Title: Urinary catheters. Lot No: 4"),
          P("II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 40. "
            "Price - Weighting: 60"),
          P("II.2.7) Duration of the contract: 48 months. This contract is subject to renewal: no"),
          H("Section III: Legal, economic, financial and technical information"),
          P("III.1.1) Suitability to pursue the professional activity: see procurement documents."),
          P("III.1.5) Information about reserved contracts: not applicable."),
          P("III.2.2) Contract performance conditions: Deliveries shall be grouped (maximum two per week "
            "per delivery site) and carried out with vehicles meeting the Euro VI standard or with "
            "electric vehicles. The contractor shall take back and reuse its transport packaging "
            "(pallets, crates) and shall limit plastic over-wrapping to what is strictly required for "
            "sterility. A yearly report on the packaging recovered shall be provided."),
          H("Section IV: Procedure"),
          P("IV.1.1) Type of procedure: Open procedure. IV.2.2) Time limit for receipt of tenders: "
            "14/05/2027 Local time: 16:00. IV.2.4) Languages: French"),
          H("Section VI: Complementary information"),
          P("VI.3) Additional information: Tenders must be submitted electronically on the buyer profile. "
            "VI.4.1) Review body: Tribunal administratif de Poitiers.")]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=4, montant_estime_ht=2150000,
            evidence=["carried out with vehicles meeting the Euro VI standard",
                      "shall take back and reuse its transport packaging",
                      "Estimated total value excluding VAT: 2 150 000.00 EUR", "Lot No: 4"])
    return DOC("E07_AVIS_TED_CHU_Brevanne_consumables.txt", "AVIS", "", "", b, lab,
               "Avis TED en anglais : livraisons Euro VI, reprise des emballages en III.2.2.")


def e08():
    b = [TITLE("VILLE DE PORT-SAINTE-AGNÈS – CCAS DE PORT-SAINTE-AGNÈS (groupement de commandes)",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Fourniture et livraison de repas en liaison froide – restaurants scolaires et portage à domicile")]
    b += A("Objet – Forme du marché",
           "Le marché a pour objet la confection et la livraison en liaison froide de repas destinés "
           "aux quatre restaurants scolaires de la Ville et au service de portage de repas à domicile du "
           "CCAS. Il s'agit d'un accord-cadre à bons de commande mono-attributaire.",
           "Le marché ne fait pas l'objet d'un allotissement : la production centralisée des repas "
           "scolaires et des repas portés constitue une prestation unique (article L2113-11 du CCP).")
    b += A("Montant – Durée",
           "Le montant maximum annuel est fixé à 320~000 € HT. Le marché est conclu pour un an et "
           "reconductible deux fois, soit un montant maximum de 960~000 € HT sur la durée totale.")
    b += A("Qualité et durabilité des denrées",
           "Conformément à l'article L230-5-1 du code rural et de la pêche maritime, le titulaire "
           "s'engage à ce que, sur chaque année d'exécution et en valeur d'achats HT, les produits "
           "durables et de qualité représentent au moins 50 % des denrées, dont au moins 20 % de "
           "produits issus de l'agriculture biologique ou en conversion.",
           "Le titulaire propose au moins un menu végétarien par semaine et privilégie les fruits et "
           "légumes de saison. Il transmet chaque trimestre un tableau de suivi des achats par catégorie "
           "de label, accompagné des factures de ses fournisseurs sur simple demande.")
    b += A("Lutte contre le gaspillage et contenants",
           "Le titulaire réalise deux campagnes de pesée des restes par an avec les équipes de "
           "restauration, et ajuste les grammages en conséquence. Les repas scolaires sont livrés dans "
           "des bacs gastronormes inox réutilisables : les contenants de cuisson, de réchauffe ou de "
           "service en matière plastique sont exclus. Les barquettes du portage à domicile sont "
           "compostables ou recyclables et collectées lors de la livraison suivante.")
    b += A("Livraisons",
           "Les livraisons sont effectuées chaque jour ouvré entre 7 h 30 et 9 h 30 en véhicule "
           "frigorifique. Le bon de livraison mentionne les températures relevées au départ et à "
           "l'arrivée.")
    b += A("Prix",
           "Les prix unitaires figurant au bordereau sont révisés annuellement selon l'indice des prix à "
           "la consommation « restauration collective ».")
    b += A("Pénalités",
           "Non-atteinte des taux de l'article 3 constatée au bilan annuel : pénalité égale à 2 % du "
           "montant annuel facturé par point manquant. Retard de livraison supérieur à 30 minutes : 150 "
           "€ par livraison.")
    b += A("Règlement des différends",
           "Les parties recherchent un règlement amiable ; à défaut, le tribunal administratif de "
           "Montpellier est compétent.")
    lab = L(clause_environnementale=1, allotissement=0, montant_max_ht=960000,
            evidence=["Le marché ne fait pas l'objet d'un allotissement",
                      "soit un montant maximum de 960~000 € HT sur la durée totale",
                      "dont au moins 20 % de produits issus de l'agriculture biologique",
                      "en matière plastique sont exclus"])
    return DOC("E08_CCAP_restauration_Port-Sainte-Agnes.pdf", "CCAP",
               "Ville de Port-Sainte-Agnès / CCAS – CCAP restauration", "CCAP repas liaison froide", b, lab,
               "Quotas EGalim engagés en exécution, bacs inox, anti-gaspillage ; mise en page sur deux colonnes.",
               hyphen=True, cols=2)


def e09():
    b = [TITLE("LOGIRHÔNE HABITAT – SA d'HLM",
               "Cahier des clauses techniques particulières",
               "Entretien des espaces verts des résidences – Lot 1 : secteur Nord (Givors-le-Haut, Saint-Éloi)")]
    b += [H("1 – Objet"),
          P("Le marché d'entretien des espaces verts du patrimoine de Logirhône Habitat comprend deux lots "
            "géographiques. Le lot 1 couvre 23 résidences, soit 61 400 m² d'espaces engazonnés, 3 900 ml "
            "de haies et 412 arbres d'alignement ou isolés (inventaire en annexe 1)."),
          H("2 – Prestations"),
          P("Tonte des pelouses (14 passages par an), taille des haies (2 par an), entretien des massifs, "
            "ramassage des feuilles, désherbage des allées et pieds de bâtiments, nettoyage des aires de "
            "jeux (contrôle visuel hebdomadaire)."),
          H("3 – Modes d'intervention à respecter"),
          P("3.1 Aucun produit phytopharmaceutique n'est utilisé, y compris ceux autorisés en agriculture "
            "biologique, à l'exception des produits de biocontrôle figurant sur la liste officielle et après "
            "accord écrit du gestionnaire. Le désherbage est mécanique ou thermique."),
          P("3.2 Les tontes sont réalisées en mulching sur les grandes surfaces ; les déchets de taille "
            "sont broyés et le broyat est laissé en paillage au pied des massifs de la résidence. "
            "L'évacuation de déchets verts en déchèterie n'est admise que pour les volumes excédant les "
            "besoins de paillage, sur justificatif."),
          P("3.3 Aucune taille de haie ni d'abattage n'est réalisé entre le 15 mars et le 31 juillet, "
            "période de nidification, sauf danger avéré signalé au gestionnaire."),
          P("3.4 Aux abords immédiats des logements, les souffleurs, taille-haies et débroussailleuses "
            "sont à batterie ; les matériels thermiques ne sont tolérés que sur les talus éloignés de plus "
            "de 30 m des façades."),
          H("4 – Fréquences et calendrier"),
          TAB([["Prestation", "Période", "Nombre"],
               ["Tonte", "mars à novembre", "14"],
               ["Taille des haies", "août – février", "2"],
               ["Ramassage des feuilles", "octobre à décembre", "4"]], widths=[0.4, 0.35, 0.25]),
          H("5 – Suivi"),
          P("Le titulaire renseigne à chaque passage la fiche d'intervention dématérialisée. Une visite "
            "contradictoire est organisée chaque trimestre avec le gardien de la résidence.")]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=2,
            evidence=["comprend deux lots géographiques", "Aucun produit phytopharmaceutique n'est utilisé",
                      "le broyat est laissé en paillage", "période de nidification"])
    return DOC("E09_CCTP_espaces_verts_Logirhone_lot1.docx", "CCTP",
               "Logirhône Habitat – CCTP espaces verts lot 1", "CCTP lot 1 – secteur Nord", b, lab,
               "Modes d'exécution : zéro phyto au-delà de la loi, broyat sur place, nidification, matériel à batterie.")


def e10():
    b = [TITLE("SYNDICAT INTERCOMMUNAL D'ASSAINISSEMENT DE LA BASSE-ORNELLE (SIABO)",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Réhabilitation du collecteur d'eaux usées et création d'un bassin d'orage – rue des Tanneurs",
               "Marché de travaux – Procédure adaptée")]
    b += A("Objet – Décomposition",
           "Le marché porte sur la réhabilitation par chemisage du collecteur DN 600 (480 ml), la "
           "reprise de 12 branchements et la construction d'un bassin d'orage enterré de 900 m³. Les "
           "prestations étant techniquement indissociables, elles font l'objet d'un marché unique, sans "
           "allotissement. Le marché comporte une tranche ferme et une tranche optionnelle (bassin).")
    b += A("Documents contractuels",
           "Acte d'engagement, présent CCAP, CCTP et ses annexes (notice environnementale, carte des "
           "enjeux écologiques), DPGF, CCAG Travaux.")
    b += A("Période de préparation",
           "La période de préparation est de 30 jours. Le titulaire y établit le PPSPS, le plan "
           "d'installation de chantier et le plan de respect de l'environnement (PRE) décrivant les "
           "mesures de l'article suivant.")
    b += A("Protection du milieu naturel pendant les travaux",
           "Le chantier longe la ripisylve de l'Ornelle. Avant toute intervention, le titulaire balise, "
           "avec l'écologue mandaté par le syndicat, les stations d'espèces protégées et les arbres à "
           "cavités à préserver ; aucun engin ne circule ni ne stationne dans ces zones.",
           "Aucun stockage de matériaux, de terres ou d'hydrocarbures n'est admis à moins de 10 m du "
           "haut de berge. Le ravitaillement des engins se fait sur une aire étanche avec bac de "
           "rétention ; un kit anti-pollution est présent en permanence sur le chantier.")
    b += [SPLIT("Les travaux dans le lit mineur (batardeau de l'exutoire) sont interdits entre le 1er "
                "novembre et le 31 mars, période de reproduction de la truite fario, et les eaux de pompage "
                "sont rejetées après passage dans un bassin de décantation dont l'entretien est",
                "à la charge du titulaire. Toute pollution accidentelle est signalée sans délai au maître "
                "d'œuvre et à la police de l'eau.")]
    b += A("Bruit et poussières",
           "Les travaux bruyants sont réalisés entre 7 h 30 et 18 h, du lundi au vendredi. Le niveau "
           "sonore mesuré en limite des propriétés riveraines ne dépasse pas 80 dB(A) en LAeq 30 min. "
           "Les pistes sont humidifiées et les camions sortant du chantier sont bâchés ; les roues sont "
           "nettoyées avant accès à la voie publique.")
    b += A("Pénalités particulières",
           "Non-respect des prescriptions des deux articles précédents : 500 € HT par constat, après "
           "constat contradictoire. Pollution du cours d'eau imputable au titulaire : 3 000 € HT, sans "
           "préjudice des frais de remise en état.")
    b += A("Réception",
           "La réception est prononcée dans les conditions de l'article 41 du CCAG Travaux, après "
           "inspection télévisée du collecteur réhabilité et essais d'étanchéité.")
    lab = L(clause_environnementale=1, allotissement=0,
            evidence=["elles font l'objet d'un marché unique, sans allotissement",
                      "un kit anti-pollution est présent en permanence sur le chantier",
                      "ne dépasse pas 80 dB(A)"])
    return DOC("E10_CCAP_SIABO_collecteur_Tanneurs.pdf", "CCAP",
               "SIABO – CCAP collecteur rue des Tanneurs", "CCAP – SIABO 2027", b, lab,
               "Biodiversité pendant les travaux, pollution, bruit ; phrase sur le frai coupée par un saut de page.",
               hyphen=True)


def e11():
    b = [TITLE("UNIVERSITÉ DE HAUTE-ARVÈNE – Direction du patrimoine et de la logistique",
               "CCTP – Fourniture de mobilier pour la bibliothèque universitaire des sciences",
               "Lot 3 : Assises (chaises, fauteuils de lecture, tabourets)")]
    b += [H("1. Contexte"),
          P("La BU des sciences fait l'objet d'un réaménagement de ses espaces de lecture (plateau de 1 "
            "100 m²). La consultation comprend quatre lots : 1 Tables et plans de travail, 2 Rayonnages, "
            "3 Assises, 4 Mobilier d'accueil. Le présent document concerne le lot 3."),
          H("2. Quantités indicatives"),
          RTAB([["Réf.", "Désignation", "Qté"],
                ["A1", "Chaise empilable coque bois, piètement acier", "240"],
                ["A2", "Fauteuil de lecture bas, garnissage tissu", "36"],
                ["A3", "Tabouret haut pour tables mange-debout", "24"]], widths=[0.12, 0.7, 0.18], align="llr"),
          H("3. Exigences techniques générales"),
          P("Les assises sont conformes aux normes NF EN 16139 (résistance) et NF EN 1021-1 et -2 "
            "(comportement au feu des sièges rembourrés). Les tissus sont déhoussables ou lavables à 40 °C."),
          H("4. Exigences environnementales (obligatoires)"),
          P("Les exigences du tableau ci-dessous sont des conditions minimales : une offre qui ne les "
            "respecte pas est irrégulière. Les justificatifs sont fournis à la livraison."),
          RTAB([["Thème", "Exigence", "Justificatif"],
                ["Bois", "Bois et panneaux issus de forêts gérées durablement (FSC, PEFC ou équivalent)",
                 "certificat de chaîne de contrôle"],
                ["Matière recyclée", "Coques et piètements : au moins 30 % de matière recyclée en masse",
                 "fiche produit ou attestation du fabricant"],
                ["Emballages", "Emballages en carton recyclé ou couvertures de protection réutilisables, repris par le livreur",
                 "bon de livraison"],
                ["Mobilier remplacé", "Reprise gratuite des 180 chaises existantes, orientées en priorité vers le réemploi (ressourcerie) puis vers la filière REP des éléments d'ameublement",
                 "attestation de prise en charge"]],
               widths=[0.18, 0.55, 0.27]),
          H("5. Livraison et installation"),
          P("La livraison est faite en une fois, au rez-de-chaussée du bâtiment B, entre le 15 et le 31 "
            "juillet 2027. L'installation comprend le déballage, la mise en place selon le plan et "
            "l'évacuation des déchets de déballage.")]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=4,
            evidence=["La consultation comprend quatre lots",
                      "au moins 30 % de matière recyclée en masse",
                      "Reprise gratuite des 180 chaises existantes"])
    return DOC("E11_CCTP_BU_mobilier_lot3_assises.pdf", "CCTP",
               "Université de Haute-Arvène – CCTP mobilier BU – Lot 3", "CCTP lot 3 Assises", b, lab,
               "Tableau d'exigences environnementales obligatoires (bois certifié, recyclé, reprise du mobilier).")


def e12():
    b = [TITLE("COMMUNAUTÉ URBAINE DE MERVAL-MÉTROPOLE",
               "CCAP – Accord-cadre de fourniture de postes de travail informatiques et prestations associées",
               "Consultation n° 2027-DSI-11 – Appel d'offres ouvert")]
    b += A("Objet",
           "Le présent accord-cadre a pour objet la fourniture de postes de travail (ordinateurs "
           "portables, stations d'accueil, écrans) destinés à l'environnement numérique de travail des "
           "agents de la communauté urbaine et des communes membres, ainsi que les prestations de "
           "préparation (masterisation sous l'environnement Windows 11 Entreprise) et de livraison.")
    b += A("Forme – Montant",
           "Accord-cadre mono-attributaire à bons de commande, conclu sans minimum et avec un montant "
           "maximum de 1~200~000 € HT sur sa durée totale. Le présent accord-cadre n'est pas alloti : "
           "la cohérence du parc et de son support impose un fournisseur unique.")
    b += A("Durée",
           "Quatre ans à compter de la notification, sans reconduction.")
    b += A("Reprise et traitement des matériels usagés",
           "À chaque livraison, et à la demande de la DSI, le titulaire reprend sans frais les matériels "
           "retirés du service, dans la limite du nombre de matériels livrés. Il procède à l'effacement "
           "certifié des données puis oriente les matériels vers le reconditionnement en vue d'un "
           "réemploi ; les matériels non réemployables sont confiés à un éco-organisme agréé pour les "
           "DEEE.",
           "Le titulaire remet pour chaque enlèvement un bordereau listant les numéros de série, leur "
           "destination (réemploi ou recyclage) et le certificat d'effacement.")
    b += A("Emballages et livraison",
           "Les matériels d'une même commande sont livrés groupés, en vrac sur palette lorsque cela est "
           "possible ; l'usage de calages en polystyrène expansé est interdit. Les emballages sont repris "
           "par le livreur.")
    b += A("Garantie",
           "Garantie constructeur de 5 ans sur site, pièces et main d'œuvre, intervention J+1 ouvré.")
    b += A("Pénalités",
           "Bordereau de reprise non remis dans les 30 jours : 200 € par enlèvement. Retard de livraison : "
           "1/1000e du montant du bon de commande par jour.")
    lab = L(clause_environnementale=1, allotissement=0, montant_max_ht=1200000,
            evidence=["maximum de 1~200~000 € HT sur sa durée totale", "n'est pas alloti",
                      "oriente les matériels vers le reconditionnement en vue d'un réemploi",
                      "polystyrène expansé est interdit"])
    return DOC("E12_CCAP_postes_travail_Merval.docx", "CCAP",
               "CU Merval-Métropole – CCAP postes de travail", "CCAP 2027-DSI-11", b, lab,
               "Reprise des matériels usagés (réemploi, DEEE), emballages ; « environnement numérique de "
               "travail » et « environnement Windows » comme bruit.")


def e13():
    b = [TITLE("RÉGION OCCITANE-AURÈS – Direction des lycées",
               "CCTP – Lot 00 : Prescriptions communes à tous les lots",
               "Rénovation énergétique du lycée polyvalent Clément-Ader à Lavaur-Montesquieu",
               "Opération n° LYC-2027-058 – 14 lots")]
    b += [H("00.1 Objet du présent fascicule"),
          P("Le présent fascicule définit les prescriptions communes aux 14 lots de l'opération. Il "
            "prévaut sur les CCTP particuliers en cas de contradiction. Les travaux ont lieu en site "
            "occupé (élèves internes) et sont phasés par bâtiment."),
          H("00.2 Installations de chantier"),
          P("Les installations communes (base vie, clôtures, branchements provisoires) sont à la charge "
            "du lot 01 Gros œuvre. Les autres lots participent aux dépenses communes selon le compte "
            "prorata."),
          H("00.3 Sobriété énergétique du chantier"),
          P("Les modules de base vie sont isolés et équipés d'une régulation de chauffage limitant la "
            "température intérieure à 19 °C en occupation et à 12 °C hors occupation ; les chauffages "
            "d'appoint électriques à résistance sont interdits. L'éclairage de chantier et des bungalows "
            "est asservi à une horloge et à des détecteurs de présence et coupé hors des horaires de "
            "travail."),
          P("Le chantier est raccordé au réseau dès l'installation ; l'utilisation de groupes "
            "électrogènes n'est admise qu'en secours. Des sous-compteurs électricité et eau sont posés "
            "sur la base vie et les consommations sont relevées chaque semaine (cf. tableau ci-dessous)."),
          TAB([["Indicateur", "Relevé", "Destinataire"],
               ["Consommation électrique base vie (kWh)", "hebdomadaire", "OPC et maître d'œuvre"],
               ["Consommation d'eau (m³)", "hebdomadaire", "OPC"],
               ["Heures de fonctionnement groupe électrogène", "à chaque usage", "maître d'œuvre"]],
              widths=[0.5, 0.2, 0.3]),
          H("00.4 Propreté et déchets"),
          P("Chaque entreprise nettoie quotidiennement ses zones d'intervention et évacue ses gravois "
            "vers les bennes de tri du lot 01. Le brûlage de déchets est formellement interdit."),
          H("00.5 Environnement du site"),
          P("L'environnement du lycée (voisinage résidentiel, accès des cars scolaires) impose des "
            "livraisons entre 9 h et 11 h 30 et entre 14 h et 16 h ; aucun camion ne stationne sur le "
            "parvis aux heures d'entrée des élèves.")]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=14,
            evidence=["prescriptions communes aux 14 lots de l'opération",
                      "limitant la température intérieure à 19 °C en occupation",
                      "l'utilisation de groupes électrogènes n'est admise qu'en secours"])
    return DOC("E13_CCTP_lot00_lycee_Clement-Ader.pdf", "CCTP",
               "Région Occitane-Aurès – Lycée Clément-Ader – CCTP lot 00", "LYC-2027-058 – Lot 00", b, lab,
               "Sobriété énergétique de la base vie (19 °C, éclairage, groupes électrogènes, sous-compteurs). "
               "« Environnement du site » au sens contexte.", hyphen=True)


def e14():
    b = [TITLE("VILLE DE CHÂTEAU-ROUVRAY – Direction de la communication",
               "CAHIER DES CLAUSES PARTICULIÈRES (valant CCAP et CCTP)",
               "Impression des supports de communication municipaux – MAPA n° 27-COM-03")]
    b += A("Objet – Lots",
           "La consultation porte sur l'impression et la livraison des supports de communication de la "
           "Ville. Elle est divisée en 2 lots : lot 1 Magazine municipal « Rouvray Mag » (10 numéros par "
           "an, 11 500 exemplaires) ; lot 2 Affiches, flyers et programmes culturels.",
           "Le montant total estimé des deux lots sur la durée maximale de quatre ans est de "
           "310~000 € HT.")
    b += A("Spécifications d'impression",
           "Les formats, grammages et finitions sont précisés au bordereau des prix de chaque lot. Les BAT "
           "sont transmis sous format PDF dans les 48 heures suivant la remise des fichiers.")
    b += A("Exigences environnementales d'exécution",
           "Le papier utilisé est soit 100 % recyclé, soit issu de forêts gérées durablement (FSC ou "
           "PEFC, avec au moins 70 % de fibres certifiées). Les encres sont à base d'huiles végétales, "
           "sans huiles minérales. Le pelliculage plastique des couvertures est exclu ; le magazine est "
           "livré sous bande papier et non sous film.",
           "Les chutes de papier, les plaques et les solvants usagés sont collectés et traités par des "
           "filières agréées ; le titulaire en tient le registre et le présente à toute demande de la "
           "Ville.")
    b += A("Livraison",
           "Le magazine est livré à la plateforme de distribution, rue Condorcet, au plus tard le 25 du "
           "mois précédent sa parution. Les livraisons de chaque lot sont regroupées en une tournée "
           "hebdomadaire au maximum.")
    b += A("Jugement des offres",
           "Critères, pour chaque lot : prix (50 %), apprécié sur le devis quantitatif estimatif ; valeur "
           "technique (30 %), appréciée sur la qualité de l'échantillon remis et les délais de "
           "fabrication ; performance environnementale (20 %), appréciée au vu de la distance entre "
           "l'imprimerie et la Ville et des modes de livraison proposés.")
    b += A("Paiement",
           "Paiement à 30 jours par virement administratif, sur factures établies par bon de commande.")
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2,
            montant_estime_ht=310000,
            evidence=["Elle est divisée en 2 lots", "310~000 € HT",
                      "Les encres sont à base d'huiles végétales, sans huiles minérales",
                      "performance environnementale (20 %)"])
    return DOC("E14_CCP_impression_Chateau-Rouvray.pdf", "CCAP",
               "Ville de Château-Rouvray – CCP impression", "MAPA 27-COM-03", b, lab,
               "CCP unique rangé en CCAP : clause (papier, encres, pelliculage, déchets) et critère environnemental.")


def e15():
    b = [TITLE("SEMAVAL AMÉNAGEMENT – Société d'économie mixte",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "ZAC de l'îlot Gambetta – Démolition des anciens ateliers municipaux",
               "Marché de travaux – lot unique")]
    b += A("Objet",
           "Démolition de trois bâtiments d'ateliers (4 200 m² de plancher), curage, désamiantage préalable "
           "réalisé par un marché distinct, et évacuation des matériaux. Le marché n'est pas décomposé en "
           "lots, le désamiantage ayant été confié à part.",
           "Le montant estimé des travaux est de 690~000 € HT.")
    b += A("Diagnostic PEMD et réemploi",
           "Le diagnostic relatif aux produits, équipements, matériaux et déchets (PEMD) est joint au "
           "DCE. Le titulaire dépose avec soin les éléments qui y sont identifiés comme réemployables "
           "(tuiles mécaniques, charpente métallique des travées 3 à 6, radiateurs en fonte, portes "
           "coupe-feu, pavés de la cour), les conditionne sur palettes et les livre à la plateforme de "
           "réemploi désignée par la SEM, dans un rayon de 25 km.")
    b += A("Valorisation des déchets",
           "Le titulaire atteint un taux de valorisation matière d'au moins 70 % en masse des déchets non "
           "dangereux produits, hors terres. Les bétons concassés sur site sont réemployés en "
           "plateforme pour les futurs lots à bâtir.",
           "Le taux est justifié par les bordereaux de suivi, les bons de pesée et le récolement final "
           "prévu par l'article R126-13 du code de la construction et de l'habitation, remis avant la "
           "réception.")
    b += TABLE_E15()
    b += A("Délais",
           "Délai d'exécution : 5 mois, période de préparation de 3 semaines comprise.")
    b += A("Divers",
           "Le titulaire est réputé avoir pris connaissance des lieux. Le CCAG Travaux 2021 s'applique "
           "pour tout ce qui n'est pas prévu au présent CCAP.")
    lab = L(clause_environnementale=1, allotissement=0, montant_estime_ht=690000,
            evidence=["Le marché n'est pas décomposé en lots", "690~000 € HT",
                      "les livre à la plateforme de réemploi désignée par la SEM",
                      "taux de valorisation matière d'au moins 70 % en masse"])
    return DOC("E15_CCAP_demolition_ilot_Gambetta.docx", "CCAP",
               "SEMAVAL Aménagement – CCAP démolition îlot Gambetta", "CCAP démolition", b, lab,
               "Réemploi issu du diagnostic PEMD, taux de valorisation 70 %, tableau de pénalités.")


def TABLE_E15():
    return [H("Article # – Pénalités environnementales"),
            TAB([["Manquement", "Pénalité"],
                 ["Élément réemployable détruit ou non livré à la plateforme", "300 € HT par élément"],
                 ["Taux de valorisation inférieur à 70 %", "1 000 € HT par point manquant"],
                 ["Bordereau ou bon de pesée manquant", "150 € HT par document"]], widths=[0.65, 0.35])]


def e16():
    b = [TITLE("AVIS DE MARCHÉ", "Université de Saint-Vaast-en-Brenne",
               "Fourniture de consommables de laboratoire")]
    b += [P("SECTION I : POUVOIR ADJUDICATEUR"),
          P("I.1) Université de Saint-Vaast-en-Brenne, Service des achats, 12 allée des Sciences, 36300 "
            "Saint-Vaast-en-Brenne. Point de contact : cellule marchés. Adresse du profil d'acheteur : "
            "https://achats.univ-svb.fr"),
          P("SECTION II : OBJET"),
          P("II.1.1) Intitulé : fourniture de consommables de laboratoire (plastiques, verrerie, gants) "
            "pour les unités de recherche."),
          P("II.1.4) Description succincte : accords-cadres à bons de commande, sans minimum, d'une durée "
            "d'un an reconductible trois fois."),
          P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Nombre de lots : 6."),
          P("II.2.5) Critères d'attribution : prix 50 % ; valeur technique 35 % ; performance "
            "environnementale des produits et des livraisons 15 %."),
          P("SECTION III : RENSEIGNEMENTS D'ORDRE JURIDIQUE, ÉCONOMIQUE, FINANCIER ET TECHNIQUE"),
          P("III.1.5) Marché réservé : non."),
          P("III.2.2) Conditions particulières d'exécution : les livraisons sont regroupées par "
            "bâtiment et effectuées au moyen de véhicules Crit'Air 0 ou 1 ; le titulaire reprend et "
            "recycle les caisses isothermes en polystyrène et les pains de glace."),
          P("SECTION IV : PROCÉDURE"),
          P("IV.1.1) Procédure ouverte. IV.2.2) Date limite de réception des offres : 03/06/2027 à 12 h."),
          P("SECTION VI : RENSEIGNEMENTS COMPLÉMENTAIRES"),
          P("VI.3) Les offres sont remises exclusivement par voie électronique. VI.4.1) Instance chargée "
            "des procédures de recours : tribunal administratif de Limoges.")]
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=6,
            evidence=["Nombre de lots : 6.", "performance environnementale des produits et des livraisons 15 %",
                      "effectuées au moyen de véhicules Crit'Air 0 ou 1"])
    return DOC("E16_AVIS_univ_SVB_consommables_labo.txt", "AVIS", "", "", b, lab,
               "Avis français : clause en III.2.2 et critère environnemental en II.2.5.")


# ----------------------------------------------------------------------------- pièges
def t01():
    b = [TITLE("SICTOM DES TROIS VALLONS",
               "RÈGLEMENT DE LA CONSULTATION",
               "Collecte en porte-à-porte des déchets ménagers et assimilés et transport vers les exutoires",
               "Appel d'offres ouvert – articles R2124-2 et R2161-2 à R2161-5 du CCP")]
    b += A("Objet de la consultation",
           "La consultation porte sur la collecte en porte-à-porte des ordures ménagères résiduelles, des "
           "emballages ménagers recyclables et des biodéchets des 27 communes membres (31 800 habitants), "
           "ainsi que sur le transport des flux collectés vers le centre de tri de Valbrune et l'unité de "
           "méthanisation de La Croix-Haute.")
    b += A("Allotissement",
           "La consultation est divisée en 2 lots : lot 1 Collecte des OMR et des emballages ; lot 2 "
           "Collecte des biodéchets. Un même candidat peut etre attributaire des deux lots.")
    b += A("Durée – Montant",
           "Chaque marché est conclu pour 5 ans à compter du 1er janvier 2028. Le montant total estimé des "
           "deux lots sur la durée du marché est de 6~900~000 € HT.")
    b += A("Contenu du dossier de candidature",
           "Le candidat produit les formulaires DC1 et DC2 ou le DUME, les attestations d'assurance, la "
           "liste des principaux services de même nature exécutés au cours des trois dernières années et "
           "l'indication de l'outillage et du matériel dont il dispose.")
    b += A("Contenu de l'offre",
           "L'acte d'engagement, le bordereau des prix unitaires, le détail quantitatif estimatif et un "
           "mémoire technique présentant l'organisation des tournées, les moyens humains et le parc de "
           "véhicules affecté au service.")
    b += A("Jugement des offres",
           "Les offres sont classées lot par lot selon les critères pondérés suivants :")
    b += [TAB([["Critère", "Pondération"],
               ["Prix (DQE)", "55 %"],
               ["Organisation des tournées et continuité du service", "25 %"],
               ["Moyens humains et encadrement", "12 %"],
               ["Plan de maintenance des bennes", "8 %"]], widths=[0.7, 0.3], align="lr")]
    b += A("Visite",
           "Une visite du quai de transfert est organisée le 18 mai 2027 à 9 h 30 ; elle est facultative.")
    b += A("Renseignements",
           "Les questions sont posées sur le profil d'acheteur au plus tard dix jours avant la date limite "
           "de remise des offres.")
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=6900000,
            evidence=["La consultation est divisée en 2 lots", "6~900~000 € HT"])
    return DOC("T01_RC_SICTOM_collecte_dechets.pdf", "RC",
               "SICTOM des Trois Vallons – RC collecte", "RC – Collecte 2028-2032", b, lab,
               "Piège : l'OBJET est la collecte des déchets ; aucune condition d'exécution ni critère "
               "environnemental.", hyphen=True)


def t02():
    b = [TITLE("COMMUNE DE LUSSAC-LES-PRÉS", "Règlement de consultation",
               "Réaménagement de la place du Marché et des rues adjacentes",
               "Procédure adaptée – Marché de travaux")]
    b += A("Objet et lots",
           "Les travaux portent sur le réaménagement de la place du Marché (5 600 m²). Ils sont "
           "décomposés en trois lots : lot 1 Voirie et réseaux divers ; lot 2 Aménagements paysagers ; "
           "lot 3 Éclairage public.")
    b += A("Délai de validité des offres", "120 jours à compter de la date limite de réception des offres.")
    b += A("Présentation des offres",
           "Chaque offre comprend l'acte d'engagement, la DPGF du lot et un mémoire justificatif des "
           "dispositions que l'entreprise se propose d'adopter pour l'exécution des travaux.")
    b += A("Critères de jugement des offres",
           "Le jugement est effectué par lot. La note finale, sur 100 points, résulte des critères "
           "suivants :",
           ["Prix des prestations : 50 points ;",
            "Valeur technique : 40 points, dont méthodologie et phasage des travaux en site circulé (25 "
            "points) et cohérence du planning (15 points) ;",
            "Performance en matière de protection de l'environnement : 10 points, appréciés au vu des "
            "mesures proposées pour limiter et valoriser les déchets de chantier et pour réduire les "
            "nuisances pour les riverains et les commerçants du marché hebdomadaire."],
           "Le prix est noté selon la formule : note = 50 × (offre la moins disante / offre examinée).")
    b += A("Négociation",
           "Le pouvoir adjudicateur se réserve la possibilité de négocier avec les trois candidats les "
           "mieux classés. Il peut aussi attribuer le marché sur la base des offres initiales.")
    b += A("Renseignements complémentaires",
           "Mairie de Lussac-les-Prés, services techniques, tél. 05 49 00 23 10.")
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=3,
            evidence=["décomposés en trois lots",
                      "Performance en matière de protection de l'environnement : 10 points"])
    return DOC("T02_RC_Lussac_place_du_Marche.docx", "RC",
               "Commune de Lussac-les-Prés – RC place du Marché", "RC – Place du Marché", b, lab,
               "Piège : déchets et nuisances apparaissent seulement comme sous-critère noté (critère "
               "environnemental, pas de clause).")


def t03():
    b = [TITLE("CENTRE HOSPITALIER DE MONTFLEURY-SUR-AUBE",
               "RÈGLEMENT DE LA CONSULTATION",
               "Location-entretien des vêtements professionnels et du linge plat",
               "Appel d'offres ouvert – Réf. CHM-2027-LING")]
    b += A("Objet",
           "La consultation porte sur la location et l'entretien des tenues professionnelles du personnel "
           "soignant et technique (environ 1 450 porteurs) et du linge plat des services d'hébergement.")
    b += A("Décomposition",
           "Le marché n'est pas alloti : la gestion du linge et des tenues repose sur une même chaîne "
           "logistique (collecte, traitement, distribution en armoires).")
    b += A("Pièces de la candidature",
           "Le candidat fournit :",
           ["la lettre de candidature (DC1) et la déclaration du candidat (DC2), ou le DUME ;",
            "le chiffre d'affaires global et celui du domaine d'activité des trois derniers exercices ;",
            "une liste de références de prestations comparables en établissement de santé ;",
            "un certificat ISO 14001 en cours de validité ou toute preuve équivalente de mesures de "
            "gestion environnementale appliquées par la blanchisserie ;",
            "la certification RABC (NF EN 14065) de la blanchisserie."],
           "Une candidature qui ne comporte pas ces pièces, après demande de complément restée sans "
           "réponse, est déclarée irrecevable.")
    b += A("Critères d'attribution",
           "Prix (60 %) ; qualité technique (40 %), appréciée sur le process de traitement du linge, la "
           "traçabilité par puce RFID et les délais de mise à disposition des tenues des nouveaux "
           "arrivants.")
    b += A("Délai de paiement",
           "Le délai global de paiement est de 50 jours (article R2192-11 du code de la commande publique).")
    lab = L(allotissement=0, evidence=["Le marché n'est pas alloti"])
    return DOC("T03_RC_CH_Montfleury_linge.pdf", "RC",
               "CH de Montfleury-sur-Aube – RC linge", "RC – CHM-2027-LING", b, lab,
               "Piège : ISO 14001 demandé à la candidature (sélection), ni clause ni critère environnemental.")


def t04():
    b = [TITLE("VILLE DE BERNAY-LA-FORÊT",
               "CADRE DE RÉPONSE – MÉMOIRE TECHNIQUE",
               "Nettoyage des vitreries des bâtiments communaux")]
    b += [P("Le présent cadre est à compléter par le candidat et à joindre à son offre. Les parties 1 à 3 "
            "servent à l'appréciation du critère « valeur technique » défini au règlement de la "
            "consultation. La partie 4 n'est pas notée : les réponses sont demandées à titre d'information "
            "pour la préparation de la réunion de lancement."),
          H("Partie 1 – Moyens humains"),
          P("1.1 Indiquez l'effectif affecté au marché, l'encadrement et les qualifications (travail en "
            "hauteur, nacelle)."),
          P("Réponse du candidat : ............................................................"),
          H("Partie 2 – Organisation et méthodologie"),
          P("2.1 Décrivez la méthodologie d'intervention par type de vitrerie (verrières, façades, "
            "vitres intérieures)."),
          P("2.2 Précisez les modalités de remplacement d'un agent absent."),
          P("Réponse du candidat : ............................................................"),
          H("Partie 3 – Sécurité"),
          P("3.1 Décrivez les équipements de protection collective et individuelle utilisés."),
          P("Réponse du candidat : ............................................................"),
          H("Partie 4 – Démarche environnementale (non notée)"),
          P("4.1 Le candidat indique, s'il le souhaite, les produits qu'il envisage d'utiliser et, le cas "
            "échéant, les labels dont ils bénéficient."),
          P("4.2 Le candidat précise s'il dispose d'une politique de réduction des consommations d'eau "
            "(perches à eau pure, osmose inverse) et de gestion de ses déchets."),
          P("Réponse du candidat : ............................................................"),
          P("Nom, qualité et signature du candidat :")]
    lab = L(evidence=[])
    return DOC("T04_CADRE_memoire_vitrerie_Bernay.docx", "CADRE",
               "Ville de Bernay-la-Forêt – Cadre de mémoire technique", "Cadre de réponse – vitrerie", b, lab,
               "Piège : questions au candidat sur sa démarche environnementale, explicitement non notées.")


def t05():
    b = [TITLE("COMMUNAUTÉ DE COMMUNES DU HAUT-CLAIRVAUX",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Audits énergétiques de douze bâtiments communautaires")]
    b += [H("Article 1 – Objet de la mission"),
          P("La mission consiste à réaliser l'audit énergétique de douze bâtiments (gymnases, crèches, "
            "piscine, siège) afin de préparer le programme pluriannuel de travaux de la communauté de "
            "communes et de répondre aux obligations du dispositif éco-énergie tertiaire."),
          H("Article 2 – Contenu de l'audit"),
          P("Pour chaque bâtiment, le prestataire :"),
          LST(["recueille les factures d'énergie des trois dernières années et les plans disponibles ;",
               "visite le bâtiment et décrit son environnement technique (production de chaleur, "
               "ventilation, régulation, gestion technique centralisée) ;",
               "établit le bilan des consommations par usage et le compare aux ratios de référence ;",
               "propose au moins deux scénarios de travaux chiffrés, avec le gain énergétique attendu, "
               "les émissions de gaz à effet de serre évitées et le temps de retour brut."]),
          P("L'audit respecte la norme NF EN 16247-2 ; l'auditeur est qualifié OPQIBI 1905 ou "
            "équivalent."),
          H("Article 3 – Livrables"),
          P("Un rapport par bâtiment (format PDF et tableur), une synthèse patrimoniale hiérarchisant les "
            "actions, et une présentation en commission environnement et patrimoine."),
          H("Article 4 – Délais"),
          P("Les rapports provisoires sont remis dans un délai de quatre mois après l'ordre de service ; "
            "les rapports définitifs trois semaines après les observations du maître d'ouvrage."),
          H("Article 5 – Accès aux sites"),
          P("Les visites sont organisées avec le service patrimoine. La piscine est visitée hors période "
            "d'ouverture au public.")]
    lab = L(evidence=[])
    return DOC("T05_CCTP_audits_energetiques_Haut-Clairvaux.pdf", "CCTP",
               "CC du Haut-Clairvaux – CCTP audits énergétiques", "CCTP audits", b, lab,
               "Piège : l'objet est un audit énergétique ; « environnement technique » ; aucune obligation "
               "environnementale sur la manière d'exécuter.", hyphen=True)


def t06():
    b = [TITLE("VILLE DE SAINTE-MARTHE-D'ARGENS – Direction des espaces publics",
               "CCTP – Plantation d'arbres d'alignement",
               "Programme « 1 000 arbres » – tranche 2027 : avenues Foch, Jaurès et boulevard du Levant")]
    b += [H("1. Objet"),
          P("Fourniture et plantation de 240 arbres d'alignement, y compris création des fosses, "
            "fourniture de la terre végétale, tuteurage, arrosage de plantation et garantie de reprise."),
          H("2. Palette végétale"),
          TAB([["Essence", "Force", "Conditionnement", "Quantité"],
               ["Celtis australis", "18/20", "motte grillagée", "80"],
               ["Tilia tomentosa 'Brabant'", "16/18", "motte grillagée", "60"],
               ["Quercus ilex", "14/16", "conteneur", "50"],
               ["Fraxinus angustifolia 'Raywood'", "16/18", "motte grillagée", "50"]],
              widths=[0.4, 0.15, 0.3, 0.15], align="lllr"),
          H("3. Fosses de plantation"),
          P("Les fosses ont un volume minimal de 12 m³ par arbre. Le mélange terre-pierre est conforme au "
            "fascicule 35 du CCTG ; la terre végétale présente un taux de matière organique compris entre 3 "
            "et 5 %."),
          H("4. Plantation et tuteurage"),
          P("La plantation a lieu entre le 15 novembre et le 15 mars, hors période de gel. Chaque arbre "
            "reçoit un tuteurage tripode en châtaignier et un arrosage de plantation de 150 litres."),
          H("5. Garantie de reprise"),
          P("La garantie de reprise court jusqu'à la fin de la deuxième saison de végétation. Les sujets "
            "morts ou dépérissants sont remplacés à l'identique par le titulaire.")]
    lab = L(evidence=[])
    return DOC("T06_CCTP_plantation_arbres_Sainte-Marthe.docx", "CCTP",
               "Ville de Sainte-Marthe-d'Argens – CCTP plantations", "CCTP plantations 2027", b, lab,
               "Piège : l'objet est de planter des arbres ; spécifications horticoles seulement.")


def t07():
    b = [TITLE("COMMUNAUTÉ DE COMMUNES CŒUR DE BOCAGE",
               "RÈGLEMENT DE LA CONSULTATION",
               "Location et maintenance de photocopieurs multifonctions")]
    b += [H("Préambule – Engagement de la collectivité"),
          P("La Communauté de communes Cœur de Bocage s'est dotée en 2019 d'un Agenda 21 et a adopté son "
            "Plan Climat-Air-Énergie Territorial en 2024. Elle a pour ambition de réduire de 40 % les "
            "émissions de gaz à effet de serre de son patrimoine et de ses services d'ici 2035 et souhaite "
            "que sa politique d'achat contribue à cet objectif. Les entreprises sont invitées à prendre "
            "connaissance de ces documents, consultables sur le site de la collectivité."),
          H("Article 1 – Objet"),
          P("La consultation porte sur la location, l'installation et la maintenance de 28 photocopieurs "
            "multifonctions pour le siège et les antennes de la communauté de communes, pour une durée de "
            "60 mois."),
          H("Article 2 – Procédure"),
          P("Procédure adaptée en application de l'article R2123-1 du code de la commande publique. Le "
            "marché est unique et n'est pas décomposé en lots."),
          H("Article 3 – Critères"),
          P("Prix (coût global sur 60 mois, loyers et coût copie) : 70 % ; valeur technique (délais "
            "d'intervention, logiciel de suivi des impressions) : 30 %."),
          H("Article 4 – Remise des offres"),
          P("Les offres sont déposées sur le profil d'acheteur avant le 30 avril 2027 à 12 h.")]
    lab = L(clause_environnementale="?", allotissement=0,
            evidence=["n'est pas décomposé en lots"])
    return DOC("T07_RC_photocopieurs_Coeur_de_Bocage.pdf", "RC",
               "CC Cœur de Bocage – RC photocopieurs", "RC photocopieurs", b, lab,
               "Déclaration de politique (Agenda 21, PCAET) sans obligation : « ? » selon LABELS.md.")


def t08():
    b = [TITLE("GROUPEMENT HOSPITALIER DE TERRITOIRE DES MARCHES DU NORD",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES",
               "Prestations de surveillance, de gardiennage et de securite incendie (SSIAP)")]
    b += A("Objet",
           "Le marché a pour objet la surveillance humaine et la sécurité incendie des sites de "
           "l'établissement support (CH de Wattrelieu) : accueil de nuit, rondes, levée de doute, "
           "tenue du PC sécurité par des agents SSIAP 1 et 2.")
    b += A("Documents contractuels",
           "AE, CCAP, CCTP, BPU et CCAG Fournitures courantes et services (arrêté du 30 mars 2021).")
    b += A("Obligations générales du titulaire",
           "Le titulaire est réputé connaître les lois et règlements en vigueur, notamment en matière de "
           "droit du travail, d'hygiène, de sécurité et de protection de l'environnement, et s'y "
           "conformer pendant toute la durée du marché.",
           "Il remet, tous les six mois, les attestations prévues aux articles D8222-5 et D8254-2 du code "
           "du travail (lutte contre le travail dissimulé et l'emploi d'étrangers sans titre).")
    b += A("Environnement de travail des agents",
           "Les agents exercent dans un environnement hospitalier : ils respectent le secret médical, "
           "les consignes d'hygiène des services et la confidentialité des informations dont ils ont "
           "connaissance. Un local de repos et des vestiaires sont mis à disposition du titulaire.")
    b += A("Conditions d'exécution à caractère environnemental ou social",
           "Sans objet pour le présent marché.")
    b += A("Prix – Révision",
           "Les prix sont révisés annuellement selon la formule de l'annexe financière (indice "
           "« Prévention et sécurité » de la convention collective).")
    b += A("Pénalités",
           "Poste non tenu : 60 € HT par heure. Absence de rapport d'intervention : 50 € HT par rapport.")
    lab = L(evidence=[])
    return DOC("T08_CCAP_GHT_gardiennage.pdf", "CCAP",
               "GHT des Marches du Nord – CCAP gardiennage", "CCAP surveillance et SSIAP", b, lab,
               "Piège : rappel réglementaire général, « environnement hospitalier / de travail », conditions "
               "environnementales « sans objet » ; accents manquants dans le titre.")


def t09():
    b = [TITLE("UNIVERSITÉ JEAN-MONNIER DE VAL-D'ESQUE – Direction du numérique",
               "CCTP – Maintenance et évolution de l'environnement numérique de travail (ENT)",
               "Marché de services – procédure adaptée")]
    b += [H("1. Contexte"),
          P("L'ENT de l'université, fondé sur la solution libre Esup-Portail, est utilisé par 23 000 "
            "étudiants et 2 400 personnels. Il donne accès à la messagerie, à l'emploi du temps, à la "
            "plateforme pédagogique et aux services de scolarité."),
          H("2. Environnement technique"),
          P("L'ENT est hébergé dans le datacenter de l'université sur des machines virtuelles (VMware "
            "vSphere 8), sous Debian 12, avec une base PostgreSQL 15 et une authentification CAS/Shibboleth. "
            "Trois environnements sont maintenus : développement, recette et production."),
          H("3. Prestations attendues"),
          LST(["maintenance corrective (anomalies bloquantes corrigées en 4 heures ouvrées) ;",
               "maintenance évolutive sur bons de commande (nouveaux portlets, intégration de "
               "l'application d'inscriptions pédagogiques) ;",
               "montées de version et correctifs de sécurité, testés en environnement de recette avant "
               "tout passage en production ;",
               "assistance de niveau 3 auprès de l'équipe de la direction du numérique."]),
          H("4. Réversibilité"),
          P("En fin de marché, le titulaire remet l'ensemble des sources, scripts de déploiement et "
            "documentations, et assure un transfert de compétences de cinq jours."),
          H("5. Sécurité"),
          P("Le titulaire respecte la PSSI de l'université et la doctrine de l'ANSSI. Les accès distants "
            "se font exclusivement par VPN avec double authentification.")]
    lab = L(evidence=[])
    return DOC("T09_CCTP_ENT_universite_Val-d-Esque.docx", "CCTP",
               "Université Jean-Monnier – CCTP ENT", "CCTP maintenance ENT", b, lab,
               "Piège : « environnement » au sens numérique/technique uniquement.")


def t10():
    b = [TITLE("Contract notice – Services", "France-Rochebrune: Recycling services",
               "Directive 2014/25/EU")]
    b += [P("Section I: Contracting entity"),
          P("I.1) Name and addresses: Syndicat mixte de valorisation des déchets du Rochebrunois "
            "(SYVADER), 4 rue de l'Industrie, Rochebrune, 26400, France. E-mail: marches@syvader.fr"),
          P("Section II: Object"),
          P("II.1.1) Title: Sorting, crushing and recycling of wood waste collected at the 14 recycling "
            "centres"),
          P("II.1.2) Main CPV code: 90514000 Refuse recycling services"),
          P("II.1.4) Short description: The contractor will take delivery of class A and class B wood "
            "waste, sort it, crush it and send it to panel manufacturers or energy recovery plants. The "
            "material recovery rate is reported monthly."),
          P("II.1.5) Estimated total value excluding VAT: 1 740 000.00 EUR"),
          P("II.1.6) Information about lots: This contract is divided into lots: no"),
          P("II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 40. "
            "Price - Weighting: 60"),
          P("II.2.7) Duration in months: 36"),
          P("Section III: Legal, economic, financial and technical information"),
          P("III.1.3) Technical and professional ability: list of similar services over the last three "
            "years; ISO 14001 certificate or equivalent evidence of environmental management measures; "
            "operating permit of the treatment site under the ICPE regulations."),
          P("III.1.5) Information about reserved contracts: none."),
          P("Section IV: Procedure"),
          P("IV.1.1) Type of procedure: Open procedure. IV.2.2) Time limit for receipt of tenders: "
            "22/06/2027 12:00"),
          P("Section VI: Complementary information"),
          P("VI.4.1) Review body: Tribunal administratif de Grenoble.")]
    lab = L(allotissement=0, montant_estime_ht=1740000,
            evidence=["This contract is divided into lots: no",
                      "Estimated total value excluding VAT: 1 740 000.00 EUR"])
    return DOC("T10_AVIS_TED_SYVADER_wood_recycling.txt", "AVIS", "", "", b, lab,
               "Piège (anglais) : objet = recyclage du bois ; ISO 14001 en sélection ; critères sans volet environnemental.")


def t11():
    b = [TITLE("DÉPARTEMENT DU VAL-DE-SORNE – Direction des infrastructures",
               "RÈGLEMENT DE LA CONSULTATION",
               "Fourniture de sel de déneigement et de saumure – hivers 2027-2028 à 2030-2031",
               "Accord-cadre à bons de commande – appel d'offres ouvert")]
    b += A("Objet – Lots",
           "La consultation porte sur la fourniture de sel de déneigement en vrac et de saumure pour les "
           "centres d'exploitation routière. Elle comprend 2 lots : lot 1 Sel en vrac (centres Nord et "
           "Est) ; lot 2 Sel en vrac et saumure (centres Sud et Ouest).")
    b += A("Montant",
           "Chaque lot est conclu sans minimum. Le montant maximum de l'accord-cadre est de 2~400~000 € HT "
           "pour les deux lots et pour toute sa durée (quatre hivers).")
    b += A("Critères d'attribution",
           "Les offres sont jugées lot par lot selon les critères suivants :")
    b += [RTAB([["Critère", "Sous-critère", "Pondération"],
                ["1. Prix", "DQE", "50 %"],
                ["2. Valeur technique", "Délais de livraison en période de crise, capacité de stockage tampon", "35 %"],
                ["3. Performances environnementales", "Distance et mode de transport du sel jusqu'aux centres (fluvial, ferroviaire, routier) ; teneur en antimottant", "15 %"]],
               widths=[0.3, 0.5, 0.2], align="llr")]
    b += A("Pièces de l'offre",
           "Acte d'engagement, BPU, DQE, fiches techniques du sel (granulométrie, teneur en eau), mémoire "
           "technique répondant à chaque sous-critère.")
    b += A("Remise des offres",
           "Date limite : 16 juin 2027 à 12 h, sur le profil d'acheteur du Département.")
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_max_ht=2400000,
            evidence=["Elle comprend 2 lots", "2~400~000 € HT", "3. Performances environnementales"])
    return DOC("T11_RC_sel_deneigement_Val-de-Sorne.pdf", "RC",
               "Département du Val-de-Sorne – RC sel de déneigement", "RC – sel 2027-2031", b, lab,
               "Piège : le transport apparaît seulement comme critère environnemental dans un tableau.")


def t12():
    b = [TITLE("COMMUNE DE FONTENAY-SUR-LOING",
               "Registre des questions et réponses n° 2",
               "Maintenance des installations de chauffage, de ventilation et d'eau chaude sanitaire des bâtiments communaux")]
    b += [P("Les questions reçues sur le profil d'acheteur entre le 2 et le 9 avril 2027 et les réponses "
            "du pouvoir adjudicateur sont portées à la connaissance de l'ensemble des candidats."),
          H("Question 1"),
          P("Le marché comporte-t-il plusieurs lots ?"),
          P("Réponse : Non. Il s'agit d'un marché unique ; aucun allotissement n'est prévu."),
          H("Question 2"),
          P("Un bilan carbone de l'entreprise ou un engagement de réduction des émissions est-il exigé ? "
            "Les véhicules d'intervention doivent-ils être électriques ?"),
          P("Réponse : Non. Le DCE ne comporte aucune condition d'exécution à caractère environnemental "
            "pour cette consultation et le type de véhicules n'est pas imposé. Ces éléments ne sont pas "
            "non plus évalués au titre des critères."),
          H("Question 3"),
          P("Pouvez-vous préciser l'environnement technique de la GTB de l'école Paul-Bert ?"),
          P("Réponse : la GTB est une solution Distech sous protocole BACnet ; les accès seront "
            "communiqués au titulaire à la notification."),
          H("Question 4"),
          P("La visite des chaufferies est-elle obligatoire ?"),
          P("Réponse : Non, elle est conseillée. Rendez-vous auprès des services techniques au 01 64 00 "
            "57 20.")]
    lab = L(allotissement=0, evidence=["aucun allotissement n'est prévu"])
    return DOC("T12_QR_Fontenay_maintenance_CVC.docx", "QR",
               "Commune de Fontenay-sur-Loing – Questions-réponses n° 2", "Registre des questions-réponses", b, lab,
               "Piège : vocabulaire environnemental dans une question, réponse négative explicite ; GTB.")


def t13():
    b = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE",
               "Pays du Val de Brenne (PETR)",
               "Réalisation du bilan des émissions de gaz à effet de serre et accompagnement du PCAET")]
    b += [P("Identification de l'organisme qui passe le marché : PETR du Val de Brenne, 8 rue Nationale, "
            "36500 Mézières-la-Brenne."),
          P("Objet : réalisation du bilan des émissions de gaz à effet de serre (BEGES réglementaire, "
            "scopes 1, 2 et 3) des collectivités membres, et assistance à la révision du Plan Climat-Air-"
            "Énergie Territorial (diagnostic, stratégie, plan d'actions)."),
          P("Type de marché : services. Procédure adaptée ouverte."),
          P("Allotissement : non."),
          P("Conditions de participation : références de missions similaires ; qualification de l'équipe "
            "(ingénieur ou équivalent, formation Bilan Carbone® ou méthode équivalente)."),
          P("Conditions particulières d'exécution : néant."),
          P("Critères de sélection des offres : prix 40 % ; qualité de la méthodologie et de la "
            "concertation proposée 45 % ; composition de l'équipe 15 %."),
          P("Date limite de réception des offres : 28 mai 2027, 12 h."),
          P("Renseignements : chargée de mission énergie-climat, tél. 02 54 00 18 90.")]
    lab = L(allotissement=0, evidence=["Allotissement : non."])
    return DOC("T13_AVIS_PETR_Val_de_Brenne_BEGES.txt", "AVIS", "", "", b, lab,
               "Piège : objet climatique (BEGES, PCAET), conditions d'exécution « néant ».")


def t14():
    b = [TITLE("SYNDICAT MIXTE D'ACHATS PUBLICS DU GRAND OUEST (SMAPGO) – centrale d'achat",
               "CCTP – Fourniture de papier de reprographie recyclé",
               "Accord-cadre mono-attributaire")]
    b += [H("1. Objet"),
          P("Le présent accord-cadre porte sur la fourniture de ramettes de papier de reprographie "
            "recyclé, formats A4 et A3, pour les membres de la centrale d'achat."),
          H("2. Caractéristiques du papier"),
          TAB([["Caractéristique", "Valeur exigée"],
               ["Composition", "100 % fibres recyclées post-consommation"],
               ["Label", "Ecolabel européen ou Ange bleu, ou équivalent"],
               ["Grammage", "80 g/m² (± 3 %)"],
               ["Blancheur CIE", "≥ 130"],
               ["Compatibilité", "impression laser et jet d'encre, recto verso"]], widths=[0.35, 0.65]),
          H("3. Conditionnement"),
          P("Ramettes de 500 feuilles, cartons de 5 ramettes, palettes de 40 cartons."),
          H("4. Contrôle"),
          P("Le titulaire remet les certificats de label en cours de validité avec son offre et à chaque "
            "renouvellement. Le SMAPGO peut faire analyser un échantillon prélevé à la livraison.")]
    lab = L(clause_environnementale="?", evidence=[])
    return DOC("T14_CCTP_papier_recycle_SMAPGO.pdf", "CCTP",
               "SMAPGO – CCTP papier recyclé", "CCTP papier de reprographie", b, lab,
               "Spécification environnementale qui est l'objet même de l'achat : « ? » selon LABELS.md.")


DOCS = [e01, e02, e03, e04, e05, e06, e07, e08, e09, e10, e11, e12, e13, e14, e15, e16,
        t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12, t13, t14]


# ============================================================================= construction et contrôles
def _ws(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


def extracted_variants(path):
    """Texte extrait du fichier produit (pypdf / python-docx / lecture brute), en deux variantes :
    césure de fin de ligne recollée, et tiret gardé."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        raw = "\n".join(p.extract_text() or "" for p in r.pages)
    elif ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        raw = "\n".join(parts)
    else:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
    dehy = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", raw)
    keep = re.sub(r"-\s*\n\s*", "-", raw)
    return [_ws(raw), _ws(dehy), _ws(keep)], raw


def check_row(r):
    out = []
    for col in _CATS:
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
        out.append("%s : marche_reserve / reserve_base" % r["path"])
    for col in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
        if r[col] and not re.fullmatch(r"\d+(\.\d+)?", r[col]):
            out.append("%s : %s = %r" % (r["path"], col, r[col]))
    return out


_CATS = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
         "clause_environnementale", "critere_environnemental")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows, problems, kinds, pages = [], [], {}, {}
    for f in DOCS:
        p = f()
        path = os.path.join(OUT, p["file"])
        ext = p["file"].rsplit(".", 1)[1]
        pdf = ext == "pdf"
        blocks = [_conv(b, pdf) for b in number_articles(p["blocks"])]
        nums = [int(_ART.match(b[1]).group(1)) for b in number_articles(p["blocks"])
                if b[0] in ("h", "h2") and _ART.match(b[1])]
        if nums != sorted(set(nums)):
            problems.append("%s : articles %r" % (p["file"], nums))
        if pdf:
            n = build_pdf(path, _conv_str(p["header"], True), _conv_str(p["footer"], True), blocks,
                          hyphen=p["hyphen"], title=p["header"], cols=p["cols"])
            pages[p["file"]] = n
        elif ext == "docx":
            build_docx(path, p["header"], p["footer"], blocks)
        else:
            build_txt(path, blocks)
        kinds[ext] = kinds.get(ext, 0) + 1
        lab = p["label"]
        logical = _ws(plain_text(blocks))
        variants, _ = extracted_variants(path)
        for q in lab["evidence"]:
            nq = _ws(norm(q))
            if nq not in logical:
                problems.append("%s : preuve absente du texte logique : %r" % (p["file"], q))
            if not any(nq in v for v in variants):
                problems.append("%s : preuve absente du texte extrait : %r" % (p["file"], q))
        ev = " | ".join(_ws(norm(q)) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (p["file"], len(ev)))
        needs = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "", "?")]
        if needs and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % p["file"])
        if p["doc_type"] not in _DOC_TYPES:
            problems.append("%s : doc_type %s" % (p["file"], p["doc_type"]))
        row = {"path": p["file"], "doc_type": p["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
        problems.extend(check_row(row))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    pos = {c: sum(1 for r in rows if r[c] == "1") for c in _CATS}
    unsure = {c: sum(1 for r in rows if r[c] == "?") for c in _CATS}
    print("%d documents (%s)" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    print("pages PDF :", ", ".join("%s=%d" % kv for kv in sorted(pages.items())))
    print("positifs :", pos)
    print("ambigus (?) :", {k: v for k, v in unsure.items() if v})
    print("césures forcées : %d ; nombres coupés : %d" % (HY_STATS["cut"], SB_STATS["cut"]))
    print("contrôles : preuves dans le texte logique ET dans le texte extrait du fichier (pypdf / "
          "python-docx / txt), <= 300 caractères, colonnes cohérentes -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
