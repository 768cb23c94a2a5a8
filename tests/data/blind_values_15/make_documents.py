#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_15 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py : lignes 27-664
(écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB,
césure forcée HY, aides de saisie, number_articles, C, A, _DOC_TYPES) et lignes 2431-2611
(extra_checks, build_piece, check_articles, _expect, main, qui écrivent dossiers.yml, expect et
labels.csv). Changements : SET_NAME ; dans l'en-tête de dossiers.yml, nom du jeu et deux lignes sur
la pièce modificative (rectificatif, Q/R) ; commentaire de _expect (jeu de référence).
Les articles de remplissage neutres et les dossiers ont été écrits pour ce jeu (lignes 665-2429 de
blind_values_13 non lues).

Thème : les valeurs d'un dossier entier (allotissement, nombre de lots, estimation, maximum sur toutes
les périodes et tous les lots, heures d'insertion comptées une fois, fondement de réservation).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF) ; BR = retour à la ligne forcé dans les PDF ;
SB = coupure possible d'un nombre en fin de ligne ; HY = césure possible d'un mot court.

Usage : .venv/bin/python tests/data/blind_values_15/make_documents.py
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
SET_NAME = "blind_values_15"

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






# ----------------------------------------------------------------------------- articles de remplissage (blind_values_15)
# Écrits pour ce jeu. Ni clause sociale ou environnementale, ni critère, ni lots, ni montant maximum ou
# estimé. Pièges volontaires : assurances, pénalités, indemnité de 40 €, seuil de l'avance, délais en heures.

def f_prix(c, v=0):
    if v == 0:
        return A("Prix et révision",
                 "Les prix sont réputés comprendre toutes les charges fiscales, parafiscales ou autres frappant "
                 "obligatoirement la prestation, ainsi que les frais de transport et de livraison.",
                 "Ils sont fermes pendant la première année d'exécution puis révisables à chaque date anniversaire "
                 "par application de la formule P = P0 x (0,15 + 0,85 x I/I0), I étant le dernier indice connu.")
    if v == 1:
        return A("Forme et variation des prix",
                 "Les prestations sont réglées par application des prix unitaires du bordereau aux quantités "
                 "réellement exécutées. Les prix sont actualisables puis révisables selon les modalités "
                 "définies ci-après ; la clause de sauvegarde joue si la révision excède 8 % sur un an.")
    return A("Prix",
             "Les prix du bordereau sont révisés une fois par an, au 1er janvier, sur la base de l'indice des "
             "prix de production de l'industrie française pour le marché français. Le coefficient est arrondi "
             "au millième supérieur.")


def f_paiement(c, v=0):
    return A("Modalités de paiement",
             "Les sommes dues sont payées dans un délai global de %d jours à compter de la réception de la "
             "facture, déposée sur le portail Chorus Pro. Le dépassement du délai fait courir de plein droit des "
             "intérêts moratoires au taux de la BCE majoré de huit points, ainsi qu'une indemnité forfaitaire "
             "de 40 euros pour frais de recouvrement." % c["delai"],
             "Une avance est versée au titulaire lorsque le montant initial est supérieur à 50~000 € HT et le "
             "délai d'exécution supérieur à deux mois, sauf renonciation expresse à l'acte d'engagement."
             if v == 0 else
             "Aucune avance n'est versée pour les bons de commande d'un montant inférieur à 50~000 € HT ou d'une "
             "durée d'exécution inférieure à deux mois.")


def f_penalites(c, v=0):
    if v == 0:
        return A("Pénalités",
                 "Par dérogation au CCAG, le titulaire encourt, sans mise en demeure préalable, une pénalité de "
                 "150 € HT par jour calendaire de retard. Le montant total des pénalités est plafonné à 10 % du "
                 "montant HT du bon de commande concerné.",
                 "Les pénalités inférieures à 300 € HT pour l'ensemble du marché ne sont pas appliquées.")
    if v == 1:
        return A("Pénalités de retard",
                 "En cas de retard, une pénalité journalière de 1/1000e du montant HT du bon de commande, avec un "
                 "minimum de 80 € HT par jour, est appliquée. Toute intervention non commencée dans le délai de "
                 "4 heures suivant l'appel en urgence donne lieu à une pénalité forfaitaire de 200 € HT.")
    return A("Pénalités",
             "Le retard dans la remise des documents de suivi donne lieu à une pénalité de 50 € HT par jour. "
             "Les pénalités sont cumulables et leur total ne peut excéder 8 % du montant HT des prestations "
             "commandées dans l'année.")


def f_assurances(c, v=0):
    if v == 0:
        return A("Assurances",
                 "Le titulaire justifie, dans les quinze jours suivant la notification, d'une assurance de "
                 "responsabilité civile garantissant au moins 3~000~000 € par sinistre pour les dommages "
                 "corporels et 1~000~000 € pour les dommages matériels et immatériels consécutifs.")
    return A("Assurances",
             "Le titulaire doit être couvert par une police de responsabilité civile professionnelle d'un montant "
             "minimal de 5~000~000 € par sinistre et par année d'assurance ; l'attestation est fournie chaque "
             "année avant le 31 janvier.")


def f_litiges(c, v=0):
    return A("Différends et litiges",
             "Les parties recherchent un règlement amiable de leurs différends ; elles peuvent saisir le comité "
             "consultatif de règlement amiable compétent. À défaut, le litige est porté devant le tribunal "
             "administratif de %s." % c["ta"],
             "Le CCAG %s (arrêté du 30 mars 2021) est seul applicable pour les dispositions auxquelles le présent "
             "document ne déroge pas." % c["ccag"])


def f_resiliation(c, v=0):
    return A("Résiliation",
             "Il est fait application du chapitre 9 du CCAG %s. En cas de résiliation pour motif d'intérêt "
             "général, l'indemnité due au titulaire est fixée à 2 %% du montant HT des prestations restant à "
             "commander, calculé sur la base du dernier bon de commande émis." % c["ccag"])


def f_rc_retrait(c, v=0):
    return A("Retrait du dossier de consultation",
             "Le dossier est téléchargeable gratuitement sur le profil d'acheteur %s. Les candidats sont invités "
             "à s'identifier afin d'être informés des éventuelles modifications et des réponses aux questions. "
             "Les questions sont posées sur la plateforme au plus tard dix jours avant la date limite de remise "
             "des offres." % c["profil"])


def f_rc_remise(c, v=0, date="12 avril 2027", heure="12 heures"):
    return A("Date et conditions de remise des plis",
             "Les plis sont déposés par voie électronique sur le profil d'acheteur avant le %s à %s. Les "
             "plis parvenus après cette date et cette heure ne sont pas examinés. Le délai de validité des offres "
             "est de 120 jours." % (date, heure))


def f_rc_candidature(c, v=0):
    return A("Pièces de la candidature",
             ["la lettre de candidature (DC1) ou le DUME ;",
              "la déclaration du candidat (DC2) indiquant le chiffre d'affaires des trois derniers exercices ;",
              "l'attestation d'assurance de responsabilité civile en cours de validité ;",
              "une liste de références de moins de trois ans pour des prestations similaires."],
             "Le chiffre d'affaires annuel minimal exigé est fixé à 150~000 € HT ; il n'excède pas une fois et "
             "demie la valeur estimée du marché." if v == 0 else
             "Aucun niveau minimal de capacité n'est exigé ; l'acheteur apprécie les capacités au vu de "
             "l'ensemble des pièces.")


def f_rc_nego(c, v=0):
    return A("Négociation",
             "L'acheteur se réserve la possibilité d'attribuer le marché sur la base des offres initiales sans "
             "négociation. S'il négocie, il le fait avec les trois candidats les mieux classés au plus, par écrit "
             "sur la plateforme.")


def f_ae_titulaire(c, v=0):
    return A("Identification du titulaire",
             "Nom, prénom et qualité du signataire : ........................................",
             "Raison sociale, adresse du siège, numéro SIRET : ........................................",
             "agissant pour mon propre compte / pour le compte de la société / en qualité de mandataire du "
             "groupement (rayer les mentions inutiles), après avoir pris connaissance des pièces de la "
             "consultation, m'engage sans réserve à exécuter les prestations dans les conditions ci-après.")


def f_ae_compte(c, v=0):
    return A("Compte à créditer",
             "Nom de l'établissement bancaire : ........................   IBAN : ................................",
             "Joindre un relevé d'identité bancaire. Le titulaire renonce / ne renonce pas (rayer la mention "
             "inutile) au bénéfice de l'avance.")


def f_ae_signature(c, v=0):
    return A("Signature",
             "Fait en un seul original, à ...................., le ....................",
             "Signature électronique du candidat (certificat conforme au règlement eIDAS).",
             "Acceptation de l'offre par le représentant de l'acheteur : ....................")


# ============================================================================= dossiers (blind_values_15)

def d01():
    c = C("la commune de Vallon-sur-Arize", "Toulouse", delai=30, profil="https://marches.vallon-arize.fr",
          ref="2027-DA-05")
    hd = "Commune de Vallon-sur-Arize – Cuisine centrale – Accord-cadre n° 2027-DA-05"
    rc = [TITLE("COMMUNE DE VALLON-SUR-ARIZE", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture et livraison de denrées alimentaires pour la cuisine centrale",
                "Procédure adaptée – articles R. 2123-1 et suivants du code de la commande publique"),
          H("Article 1 – Objet de la consultation"),
          P("La présente consultation porte sur la fourniture et la livraison de denrées alimentaires destinées à "
            "la cuisine centrale municipale, qui prépare chaque jour environ 1~150 repas pour les écoles, le "
            "multi-accueil et le portage à domicile."),
          H("Article 2 – Décomposition en lots"),
          P("Conformément à l'article L. 2113-10 du code de la commande publique, la consultation est décomposée "
            "en trois lots, attribués séparément :"),
          LST(["lot 1 : épicerie, conserves et produits secs ;",
               "lot 2 : produits laitiers et ovoproduits ;",
               "lot 3 : fruits et légumes frais."]),
          P("Un même candidat peut répondre a un, plusieurs ou à l'ensemble des lots. Il présente une offre "
            "distincte pour chacun d'eux."),
          H("Article 3 – Forme et durée"),
          P("Chaque lot fait l'objet d'un accord-cadre mono-attributaire exécuté par bons de commande, sans montant "
            "minimum et avec un montant maximum par période fixé à l'article 3 du CCAP."),
          P("La période initiale court de la notification, prévue le 1er mars 2027, jusqu'au 31 décembre 2027. "
            "L'accord-cadre est ensuite reconductible tacitement deux fois pour douze mois (années 2028 et 2029), "
            "puis une dernière fois du 1er janvier au 30 juin 2030, date à laquelle il prend fin en tout état de "
            "cause."),
          H("Article 4 – Estimation"),
          P("À titre indicatif, le montant estimé de l'ensemble des lots, pour toute la durée de l'accord-cadre "
            "reconductions comprises, est de 330~000 € HT. Cette valeur a déterminé la procédure de passation ; "
            "elle n'engage pas la commune sur un volume de commandes."),
          *f_rc_retrait(c),
          *f_rc_candidature(c),
          H("Article # – Jugement des offres"),
          P("Les offres sont jugées lot par lot selon les critères pondérés suivants :"),
          RTAB([["Critère", "Pondération"],
                ["Prix (bordereau de prix unitaires appliqué au panier-type)", "50 %"],
                ["Qualité gustative et fraîcheur des produits (échantillons)", "30 %"],
                ["Performance environnementale des livraisons : réduction des emballages, mode de transport, "
                 "contenants réutilisables", "20 %"]], widths=[4, 1], align="lr"),
          *f_rc_nego(c),
          *f_rc_remise(c, date="12 avril 2027", heure="12 heures")]
    ccap = [TITLE("COMMUNE DE VALLON-SUR-ARIZE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Denrées alimentaires – lots 1 à 3"),
            H("Article 1 – Objet et lots"),
            P("Le présent CCAP s'applique aux trois lots de l'accord-cadre : lot 1 épicerie, lot 2 produits laitiers "
              "et ovoproduits, lot 3 fruits et légumes frais."),
            H("Article 2 – Durée"),
            P("Période initiale : de la notification au 31 décembre 2027. Reconductions tacites : 2028, puis 2029, "
              "puis une dernière reconduction limitée au premier semestre 2030 (six mois). Le titulaire peut "
              "refuser la reconduction par lettre recommandée trois mois avant l'échéance."),
            H("Article 3 – Montants de l'accord-cadre"),
            P("Chaque lot est conclu sans montant minimum. Le montant maximum des commandes est fixé, pour chaque "
              "période d'exécution, dans le tableau suivant (euros hors taxes). Les montants non consommés au cours "
              "d'une période ne sont pas reportés sur la suivante ; il n'est pas fixé de plafond global distinct."),
            RTAB([["Lot", "Période initiale (2027)", "1re reconduction (2028)", "2e reconduction (2029)",
                   "Dernière reconduction (janv.-juin 2030)"],
                  ["Lot 1 – Épicerie", "40 000", "48 000", "48 000", "24 000"],
                  ["Lot 2 – Produits laitiers", "25 000", "30 000", "30 000", "15 000"],
                  ["Lot 3 – Fruits et légumes", "35 000", "42 000", "42 000", "21 000"]],
                 widths=[2.2, 1.4, 1.4, 1.4, 1.8], align="lrrrr"),
            P("Le montant d'un bon de commande ne peut être inférieur à 150 € HT ; en deçà, la livraison est "
              "groupée avec la commande suivante. Les montants TTC correspondants (TVA à 5,5 %) figurent aux actes "
              "d'engagement."),
            H("Article 4 – Conditions de livraison"),
            P("Les livraisons ont lieu du lundi au vendredi entre 6 h 30 et 9 heures, à la cuisine centrale, 4 rue "
              "du Moulin. Tout retard de livraison au-delà de 9 heures donne lieu à une pénalité de 50 € HT par "
              "heure de retard commencée."),
            H("Article 5 – Conditions d'exécution à caractère environnemental"),
            P("Le titulaire livre les produits dans des contenants réutilisables (caisses consignées ou bacs "
              "plastiques lavables) pour au moins 80 % des volumes livrés. Il reprend, à chaque livraison, les "
              "emballages secondaires et les cagettes vides et justifie annuellement de leur réemploi ou de leur "
              "recyclage."),
            *f_prix(c, 0),
            *f_paiement(c, 1),
            *f_penalites(c, 2),
            *f_assurances(c, 0),
            *f_litiges(c)]
    ae2 = [TITLE("Commune de Vallon-sur-Arize", "ACTE D'ENGAGEMENT – LOT N° 2",
                 "Produits laitiers et ovoproduits – accord-cadre n° 2027-DA-05"),
           *f_ae_titulaire(c),
           H("Article 2 – Objet"),
           P("Le présent acte d'engagement porte sur le lot n° 2 (produits laitiers et ovoproduits) de "
             "l'accord-cadre de fourniture de denrées alimentaires de la cuisine centrale."),
           H("Article 3 – Montant maximum du lot"),
           P("Le lot est conclu sans minimum. Ses montants maximums par période sont les suivants :"),
           LST(["période initiale, de la notification au 31/12/2027 : 25 000,00 € HT (26 375,00 € TTC) ;",
                "première reconduction (2028) : 30 000,00 € HT (31 650,00 € TTC) ;",
                "deuxième reconduction (2029) : 30 000,00 € HT (31 650,00 € TTC) ;",
                "dernière reconduction (1er semestre 2030) : 15 000,00 € HT (15 825,00 € TTC)."]),
           P("Soit, pour la durée maximale du lot, un montant de 105 500,00 € TTC."),
           H("Article 4 – Prix"),
           P("Les prix unitaires sont ceux du bordereau de prix du lot 2 joint à la présente offre."),
           *f_ae_compte(c),
           *f_ae_signature(c)]
    bpu1 = [TITLE("Commune de Vallon-sur-Arize", "BORDEREAU DES PRIX UNITAIRES – LOT 1",
                  "Épicerie, conserves et produits secs"),
            P("Les prix sont exprimés en euros hors taxes, franco de port et d'emballage, livraison comprise entre "
              "6 h 30 et 9 heures. Les quantités annuelles sont données à titre purement indicatif et n'engagent "
              "pas la commune."),
            RTAB([["N°", "Désignation", "Unité", "Qté annuelle indicative", "Prix unitaire HT"],
                  ["1.01", "Pâtes alimentaires blé dur, sachet 5 kg", "kg", "1 800", ""],
                  ["1.02", "Riz long étuvé, sac 5 kg", "kg", "1 200", ""],
                  ["1.03", "Huile de tournesol, bidon 5 l", "l", "600", ""],
                  ["1.04", "Tomates pelées, boîte 5/1", "boîte", "420", ""],
                  ["1.05", "Lentilles vertes sèches", "kg", "350", ""],
                  ["1.06", "Farine de blé T55, sac 25 kg", "kg", "500", ""],
                  ["1.07", "Compote de pommes sans sucre ajouté, 4/4", "boîte", "900", ""]],
                 widths=[0.6, 3.2, 0.8, 1.3, 1.2], align="llrrr"),
            P("Remise consentie sur le tarif catalogue pour les produits hors bordereau : ........ %"),
            P("Cachet et signature du candidat : ....................")]
    pieces = [
        PIECE("RC_2027-DA-05.pdf", "RC", hd + " – RC", "RC – denrées alimentaires", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=330000,
                evidence=["la consultation est décomposée en trois lots",
                          "reconductions comprises, est de 330~000 € HT",
                          "Performance environnementale des livraisons"])),
        PIECE("CCAP_2027-DA-05.pdf", "CCAP", hd + " – CCAP", "CCAP – denrées alimentaires", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=400000,
                evidence=["aux trois lots de l'accord-cadre",
                          "Lot 1 – Épicerie 40 000 48 000 48 000 24 000",
                          "Lot 2 – Produits laitiers 25 000 30 000 30 000 15 000",
                          "Lot 3 – Fruits et légumes 35 000 42 000 42 000 21 000",
                          "[160 000 + 100 000 + 140 000 = 400 000]",
                          "livre les produits dans des contenants réutilisables"]), hyphen=True),
        PIECE("AE_lot2_2027-DA-05.docx", "AE", hd + " – AE lot 2", "AE lot 2", ae2,
              L(allotissement=1, montant_max_ht=100000,
                evidence=["le lot n° 2 (produits laitiers et ovoproduits)",
                          "période initiale, de la notification au 31/12/2027 : 25 000,00 € HT",
                          "[25 000 + 30 000 + 30 000 + 15 000 = 100 000]"])),
        PIECE("BPU_lot1_2027-DA-05.docx", "BPU", hd + " – BPU lot 1", "BPU lot 1", bpu1,
              L(allotissement=1, evidence=["BORDEREAU DES PRIX UNITAIRES – LOT 1"])),
    ]
    return dict(
        id="d01", title="Commune de Vallon-sur-Arize – denrées alimentaires de la cuisine centrale (3 lots, "
                        "accord-cadre à bons de commande)",
        pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=3, montant_estime_ht=330000, montant_max_ht=400000),
        note="Maximum : tableau du CCAP, un maximum par lot et par période, quatre périodes de durées inégales "
             "(période initiale de dix mois environ, deux reconductions de douze mois, une dernière de six mois), "
             "sans total ni colonne de total : lot 1 40 000 + 48 000 + 48 000 + 24 000 = 160 000 ; lot 2 25 000 + "
             "30 000 + 30 000 + 15 000 = 100 000 ; lot 3 35 000 + 42 000 + 42 000 + 21 000 = 140 000 ; total "
             "400 000. AE du lot 2 : liste des quatre périodes en HT et TTC, total écrit seulement en TTC "
             "(105 500 € TTC) ; pièce étiquetée 100 000 (HT calculé). Estimation 330 000 (RC, toutes périodes, "
             "tous lots). Pièges : plancher de 150 € HT par bon, pénalité de 50 € HT par heure de retard, "
             "« entre 6 h 30 et 9 heures », 1 150 repas par jour, quantités indicatives du BPU, avance (seuil "
             "50 000 € HT), 40 €. 3 lots (RC, CCAP). Pas de clause sociale.")


def d02():
    c = C("le Département de la Haute-Vézère", "Limoges", delai=30, profil="https://achats.hautevezere.fr",
          ref="27-ROUT-014")
    hd = "Département de la Haute-Vézère – Direction des routes – Marché 27-ROUT-014"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "BOAMP – Services – Avis n° 27-041876",
                  "Département de la Haute-Vézère"),
            H("Section I : Pouvoir adjudicateur"),
            P("Nom et adresse : Département de la Haute-Vézère, Hôtel du Département, 2 place des Tilleuls, "
              "19000 Valvézère. Courriel : commande.publique@hautevezere.fr"),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : Fauchage et débroussaillage des accotements des routes départementales – "
              "secteurs de Valvézère et de Saint-Genès. Référence : 27-ROUT-014"),
            P("II.1.2) Code CPV principal : 77312000"),
            P("II.1.3) Type de marché : Services"),
            P("II.1.4) Description succincte : accord-cadre à bons de commande mono-attributaire pour le fauchage "
              "mécanique des accotements, fossés et talus (environ 1 350 km de routes)."),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 610 000 euros"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
            P("II.2.5) Critères d'attribution : Prix : 50 % ; Valeur technique : 35 % ; Performance en "
              "matière d'insertion professionnelle des publics en difficulté : 15 %"),
            P("II.2.7) Durée du marché : 12 mois. Ce marché peut faire l'objet d'une reconduction : oui. "
              "Description des modalités : trois reconductions tacites de douze mois."),
            H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
            P("III.1.5) Informations sur les marchés réservés : néant"),
            P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion de 1 920 heures au "
              "total sur la durée maximale de l'accord-cadre (article 8 du CCAP)."),
            H("Section IV : Procédure"),
            P("IV.1.1) Type de procédure : Procédure ouverte"),
            P("IV.2.2) Date limite de réception des offres : 22 février 2027 - 12:00"),
            H("Section VI : Renseignements complémentaires"),
            P("VI.3) Informations complémentaires : visite facultative des itinéraires le 3 février 2027 à "
              "9 heures au centre d'exploitation de Saint-Genès."),
            P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Limoges.")]
    rc = [TITLE("DÉPARTEMENT DE LA HAUTE-VÉZÈRE", "RÈGLEMENT DE LA CONSULTATION",
                "Fauchage et débroussaillage des accotements – 27-ROUT-014"),
          H("Article 1 – Objet"),
          P("La consultation a pour objet le fauchage et le débroussaillage des dépendances vertes des routes "
            "départementales des secteurs de Valvézère et de Saint-Genès."),
          H("Article 2 – Décomposition"),
          P("Le marché n'est pas alloti. Le fauchage et le débroussaillage d'un même itinéraire doivent être "
            "réalisés dans la même tournée ; leur dissociation rendrait l'exécution plus coûteuse et plus "
            "difficile à coordonner (article L. 2113-11 du code de la commande publique)."),
          H("Article 3 – Forme et durée"),
          P("Il s'agit d'un accord-cadre à bons de commande conclu pour une durée d'un an à compter du 1er avril "
            "2027. Il est reconductible tacitement trois fois par période d'un an, sans que sa durée totale "
            "puisse excéder quatre ans. Le montant maximum annuel est fixé au CCAP."),
          H("Article 4 – Clause d'insertion"),
          P("Les candidats sont informés que le titulaire devra réserver une part des heures de travail générées "
            "par le marché à des personnes rencontrant des difficultés sociales ou professionnelles "
            "particulières, dans les conditions de l'article 8 du CCAP. Le facilitateur de la Maison de l'emploi "
            "de Valvézère accompagne gratuitement le titulaire."),
          *f_rc_retrait(c),
          *f_rc_candidature(c, 0),
          H("Article # – Critères de jugement des offres"),
          LST(["Prix des prestations (détail quantitatif estimatif) : 50 % ;",
               "Valeur technique (moyens matériels, organisation des tournées, sécurité) : 35 % ;",
               "Performance en matière d'insertion professionnelle des publics en difficulté, appréciée au vu "
               "des modalités de réalisation des heures proposées : 15 %."]),
          *f_rc_remise(c, date="22 février 2027", heure="12 heures")]
    ccap = [TITLE("DÉPARTEMENT DE LA HAUTE-VÉZÈRE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Fauchage et débroussaillage des accotements"),
            H("Article 1 – Objet"),
            P("Le présent accord-cadre a pour objet le fauchage et le débroussaillage des accotements des routes "
              "départementales. Sa durée et ses reconductions sont fixées par le règlement de la consultation et "
              "l'acte d'engagement."),
            H("Article 2 – Pièces contractuelles"),
            P("Acte d'engagement ; présent CCAP ; CCTP ; bordereau des prix unitaires ; CCAG-FCS ; mémoire "
              "technique du titulaire."),
            H("Article 3 – Montant de l'accord-cadre"),
            P("L'accord-cadre est conclu sans montant minimum. Son montant maximum annuel est de 180 k€ HT "
              "(216 k€ TTC) ; il s'applique à chaque période d'exécution de douze mois."),
            P("Aucun bon de commande ne peut excéder 45 000 € HT. Les bons sont émis par le chef du centre "
              "d'exploitation et transmis par courriel."),
            H("Article 4 – Délais d'intervention"),
            P("Le premier passage de fauchage est achevé avant le 15 juin. Les interventions de sécurité "
              "(visibilité d'un carrefour) sont engagées sous 48 heures. Tout travail est interdit entre "
              "22 heures et 6 heures et les jours de marché sur les routes de traversée d'agglomération."),
            *f_prix(c, 1),
            *f_paiement(c, 0),
            H("Article 7 – Pénalités"),
            P("Retard d'achèvement d'un passage : 200 € HT par jour. Absence de signalisation temporaire : "
              "500 € HT par constat."),
            H("Article 8 – Clause sociale d'insertion"),
            P("En application de l'article L. 2112-2 du code de la commande publique, le titulaire s'engage à "
              "réaliser une action d'insertion professionnelle au bénéfice des publics éloignés de l'emploi "
              "(demandeurs d'emploi de longue durée, bénéficiaires du RSA, jeunes sans qualification, travailleurs "
              "handicapés…)."),
            P("Le nombre d'heures de main-d'œuvre nécessaires à l'exécution des prestations est estimé par le "
              "Département à 9 600 heures par an. Le titulaire réserve à l'insertion 5 % de ces heures, soit "
              "480 heures par année d'exécution et, sur la durée maximale (reconductions comprises), un total de "
              "1" + SB + "920 heures."),
            P("Le titulaire choisit entre l'embauche directe, la mise à disposition de salariés par une structure "
              "d'insertion ou la sous-traitance à une SIAE. Chaque heure d'insertion non réalisée donne lieu à "
              "une pénalité de 60 € HT."),
            *f_assurances(c, 0),
            *f_litiges(c)]
    cctp = [TITLE("Département de la Haute-Vézère", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Fauchage et débroussaillage – 27-ROUT-014"),
            H("Article 1 – Consistance des prestations"),
            P("Les prestations comprennent la passe de sécurité (largeur d'un outil, 1,20 m), la passe complète "
              "des accotements et fossés, et le débroussaillage des talus. Le linéaire est d'environ 1 350 km ; le "
              "volume annuel est estimé à 2 400 heures de tracteur-faucheuse."),
            H("Article 2 – Matériel"),
            P("Le titulaire dipose d'au moins trois tracteurs équipés d'épareuses à bras déporté et d'un "
              "gyrobroyeur. Le matériel est équipé de gyrophares et de panneaux AK5 ; la vitesse d'avancement "
              "n'excède pas 4 km/h en passe complète."),
            H("Article 3 – Calendrier"),
            P("Premier passage (sécurité) : du 2 mai au 15 juin. Deuxième passage (complet) : du 1er septembre au "
              "31 octobre. Les horaires de travail sont de 7 heures à 19 heures du lundi au vendredi."),
            H("Article 6 – Fauchage raisonné et protection de l'environnement"),
            P("La hauteur de coupe est d'au moins 8 cm. Le fauchage des talus est différé après le 15 septembre "
              "sur les sections signalées comme refuges de biodiversité. Les engins utilisent des huiles "
              "hydrauliques biodégradables et le titulaire récupère les déchets (plastiques, canettes) collectés "
              "lors des passages pour les déposer en déchetterie."),
            H("Article 7 – Suivi"),
            P("Le titulaire tient un cahier de tournées mentionnant les sections fauchées, les heures de "
              "passage et les incidents. Il le transmet chaque vendredi avant 12 heures.")]
    pieces = [
        PIECE("avis_BOAMP_27-041876.txt", "AVIS", hd + " – avis", "avis", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1920, critere_social=1,
                allotissement=0, montant_estime_ht=610000,
                evidence=["Valeur hors TVA : 610 000 euros", "Ce marché est divisé en lots : non",
                          "clause sociale d'insertion de 1 920 heures au total",
                          "Performance en matière d'insertion professionnelle des publics en difficulté : 15 %"])),
        PIECE("RC_27-ROUT-014.pdf", "RC", hd + " – RC", "Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=0,
                evidence=["Le marché n'est pas alloti.",
                          "le titulaire devra réserver une part des heures de travail générées",
                          "Performance en matière d'insertion professionnelle des publics en difficulté"])),
        PIECE("CCAP_27-ROUT-014.pdf", "CCAP", hd + " – CCAP", "CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1920, montant_max_ht=180000,
                evidence=["Son montant maximum annuel est de 180 k€ HT",
                          "sur la durée maximale (reconductions comprises), un total de 1~920 heures",
                          "le titulaire s'engage à réaliser une action d'insertion professionnelle"]),
              hyphen=True),
        PIECE("CCTP_27-ROUT-014.docx", "CCTP", hd + " – CCTP", "CCTP", cctp,
              L(clause_environnementale=1,
                evidence=["Les engins utilisent des huiles hydrauliques biodégradables"])),
    ]
    return dict(
        id="d02", title="Département de la Haute-Vézère – fauchage et débroussaillage des accotements "
                        "(accord-cadre non alloti)",
        pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(heures_insertion=1920, allotissement=0, montant_estime_ht=610000, montant_max_ht=720000),
        note="Maximum : le CCAP ne donne qu'un maximum annuel écrit en k€ (« 180 k€ HT (216 k€ TTC) », par période "
             "de douze mois) et renvoie la durée au RC et à l'AE ; le RC et l'avis donnent un an reconductible "
             "trois fois : 180 000 × 4 = 720 000. Le CCAP seul reçoit 180 000 (il ne dit pas le nombre de "
             "périodes). Heures : 5 % de 9 600 heures de main-d'œuvre par an = 480 heures par an, total écrit "
             "1 920 (CCAP et avis) : 1 920 pour le dossier ; ne pas prendre 9 600, 480 ni 2 400 (heures de "
             "tracteur au CCTP). Estimation 610 000 (avis). Non alloti (RC, avis). Pièges : 45 000 € HT par bon, "
             "60 € HT par heure non réalisée, « sous 48 heures », « entre 22 heures et 6 heures », « de 7 heures "
             "à 19 heures », 12:00, 9 heures, 1 350 km, 216 k€ TTC.")


def d03():
    c = C("le centre hospitalier de Lormes-Saint-Ivan", "Dijon", delai=50,
          profil="https://www.achats-hopitaux-bfc.fr", ref="CHL-2027-011")
    hd = "Centre hospitalier de Lormes-Saint-Ivan – Direction des achats – CHL-2027-011"
    rc = [TITLE("CENTRE HOSPITALIER DE LORMES-SAINT-IVAN", "RÈGLEMENT DE LA CONSULTATION",
                "Location-entretien et entretien du linge"),
          H("Article 1 – Objet"),
          P("La consultation porte sur la location et l'entretien du linge hôtelier et des tenues professionnelles "
            "du centre hospitalier, ainsi que sur l'entretien du linge personnel des résidents de l'EHPAD « Les "
            "Tilleuls », rattaché à l'établissement."),
          H("Article 2 – Allotissement"),
          P("La consultation est divisée en deux lots :"),
          LST(["Lot 1 : location-entretien du linge hôtelier et des tenues professionnelles ;",
               "Lot 2 : entretien et marquage du linge personnel des résidents de l'EHPAD."]),
          H("Article 3 – Lot réservé"),
          P("Le lot 2 est réservé, en application de l'article L. 2113-12 du code de la commande publique, aux "
            "entreprises adaptées, aux établissements et services d'aide par le travail ainsi qu'à des structures "
            "équivalentes, qui emploient une proportion minimale de 50 % de travailleurs handicapés. Le lot 1 "
            "n'est pas réservé."),
          H("Article 4 – Valeur estimée"),
          P("La valeur estimée de l'accord-cadre, pour les deux lots et pour sa durée maximale de quatre ans, est "
            "de 510 000 € HT. Les quantités figurant à l'annexe 2 du CCTP (environ 62 tonnes de linge par an) "
            "sont indicatives."),
          *f_rc_retrait(c),
          *f_rc_candidature(c, 1),
          H("Article # – Critères d'attribution"),
          RTAB([["Critère", "Lot 1", "Lot 2"],
                ["Prix", "40 %", "40 %"],
                ["Valeur technique (circuits, délais, qualité de finition, traçabilité)", "50 %", "55 %"],
                ["Démarche environnementale : consommation d'eau et d'énergie par kilo de linge traité", "10 %",
                 "5 %"]], widths=[4, 1, 1], align="lrr"),
          *f_rc_remise(c, date="9 avril 2027", heure="16 heures")]
    ccap = [TITLE("CENTRE HOSPITALIER DE LORMES-SAINT-IVAN", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre à bons de commande – linge – CHL-2027-011"),
            H("Article 1 – Objet et lots"),
            P("Le présent CCAP est commun aux deux lots de l'accord-cadre : lot 1 (linge hôtelier et tenues), "
              "lot 2 (linge des résidents). Le lot 2 est réservé aux EA et ESAT (article L. 2113-12 du CCP)."),
            H("Article 2 – Durée"),
            P("Chaque lot est conclu pour un an à compter du 1er juillet 2027. Il est reconductible trois fois par "
              "tacite reconduction pour une durée d'un an ; sa durée totale ne peut excéder quatre ans."),
            H("Article 3 – Circuit du linge"),
            P("Le linge sale est collecté deux fois par semaines dans les offices des services de soins. Le linge "
              "propre est restitué sous 72 heures, plié et conditionné par service. Le linge des résidents est "
              "lavé à 60 °C au moins, le linge contaminé à 70 °C pendant 25 minutes."),
            H("Article 4 – Conditions d'exécution environnementales"),
            P("Le titulaire utilise des lessives et produits sans phosphates, titulaires de l'Écolabel européen "
              "ou d'un label équivalent. Il transporte le linge dans des sacs et chariots réutilisables et optimise "
              "ses tournées ; il communique chaque année au centre hospitalier ses consommations d'eau et "
              "d'énergie par kilo de linge traité."),
            H("Article 5 – Montants"),
            P("Les accords-cadres sont conclus sans montant minimum. Les montants maximums annuels sont les "
              "suivants ; ils s'appliquent à chaque période annuelle d'exécution, reconductions comprises :"),
            RTAB([["Lot", "Maximum annuel HT", "Maximum annuel TTC"],
                  ["Lot 1 – Linge hôtelier et tenues", "95 000 €", "114 000 €"],
                  ["Lot 2 – Linge des résidents", "40 000 €", "48 000 €"]], widths=[3, 1.5, 1.5], align="lrr"),
            *f_prix(c, 0),
            *f_paiement(c, 0),
            *f_penalites(c, 0),
            *f_assurances(c, 1),
            *f_litiges(c)]
    ae2 = [TITLE("Centre hospitalier de Lormes-Saint-Ivan", "ACTE D'ENGAGEMENT",
                 "Lot n° 2 – Entretien du linge personnel des résidents (lot réservé)"),
           *f_ae_titulaire(c),
           H("Article 2 – Lot réservé"),
           P("Le présent lot est réservé aux entreprises adaptées et aux ESAT (article L. 2113-12 du code de la "
             "commande publique). Le candidat déclare être : [ ] une entreprise adaptée  [ ] un ESAT  [ ] une "
             "structure équivalente, et employer au moins 50 % de travailleurs handicapés."),
           H("Article 3 – Montant"),
           P("L'accord-cadre du lot 2 est conclu sans minimum, avec un montant maximum annuel de 40 000 € HT, soit "
             "160 000 € HT pour sa durée maximale de quatre ans."),
           P("Les prix sont ceux du bordereau annexé (prix au kilo de linge traité et prix unitaire du marquage)."),
           *f_ae_compte(c),
           *f_ae_signature(c)]
    qr = [TITLE("CENTRE HOSPITALIER DE LORMES-SAINT-IVAN", "QUESTIONS DES CANDIDATS ET RÉPONSES DE L'ACHETEUR",
                "Consultation CHL-2027-011 – mise en ligne le 29 mars 2027"),
          P("Les réponses ci-dessous sont communiquées à l'ensemble des candidats ; elles complètent et, le cas "
            "échéant, modifient les pièces du dossier de consultation."),
          H2("Question n° 1"),
          P("Les tonnages de l'annexe 2 du CCTP sont-ils contractuels ?"),
          P("Réponse : non, ils sont indicatifs et ne constituent pas un engagement de commande."),
          H2("Question n° 2"),
          P("Le montant maximum annuel du lot 1 (95 000 € HT) paraît insuffisant compte tenu de l'ouverture du "
            "pôle de rééducation annoncée pour 2028. Sera-t-il ajusté ?"),
          P("Réponse : oui. Le montant maximum annuel du lot 1 est porté à 110 000 € HT (132 000 € TTC) ; "
            "l'article 5 du CCAP est modifié en ce sens. Pour le reste, les deux lots sont inchangés, y compris "
            "le maximum du lot 2."),
          H2("Question n° 3"),
          P("Le délai de restitution de 72 heures s'applique-t-il le week-end ?"),
          P("Réponse : le délai est décompté en jours ouvrés ; le linge collecté le vendredi après 14 heures est "
            "restitué le mercredi suivant au plus tard."),
          H2("Question n° 4"),
          P("Une visite de la lingerie est-elle possible ?"),
          P("Réponse : une visite est organisée le 2 avril 2027 à 10 heures ; elle n'est pas obligatoire.")]
    pieces = [
        PIECE("RC_CHL-2027-011.docx", "RC", hd + " – RC", "RC", rc,
              L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=2,
                montant_estime_ht=510000,
                evidence=["La consultation est divisée en deux lots",
                          "Le lot 2 est réservé, en application de l'article L. 2113-12",
                          "durée maximale de quatre ans, est de 510 000 € HT",
                          "Démarche environnementale : consommation d'eau et d'énergie par kilo de linge traité"])),
        PIECE("CCAP_CHL-2027-011.pdf", "CCAP", hd + " – CCAP", "CCAP linge", ccap,
              L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=2,
                montant_max_ht=540000,
                evidence=["commun aux deux lots", "Le lot 2 est réservé aux EA et ESAT (article L. 2113-12 du CCP)",
                          "Lot 1 – Linge hôtelier et tenues 95 000 € 114 000 €",
                          "Lot 2 – Linge des résidents 40 000 € 48 000 €",
                          "reconductible trois fois", "[(95 000 + 40 000) × 4 = 540 000]",
                          "titulaires de l'Écolabel européen"]), hyphen=True),
        PIECE("AE_lot2_CHL-2027-011.docx", "AE", hd + " – AE lot 2", "AE lot 2", ae2,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=160000,
                evidence=["Lot n° 2 – Entretien du linge personnel des résidents (lot réservé)",
                          "réservé aux entreprises adaptées et aux ESAT (article L. 2113-12",
                          "soit 160 000 € HT pour sa durée maximale de quatre ans"])),
        PIECE("QR_CHL-2027-011.pdf", "QR", hd + " – Q/R", "Questions-réponses", qr,
              L(allotissement=1, nb_lots=2, montant_max_ht=110000,
                evidence=["Le montant maximum annuel du lot 1 est porté à 110 000 € HT",
                          "les deux lots sont inchangés"])),
    ]
    return dict(
        id="d03", title="Centre hospitalier de Lormes-Saint-Ivan – entretien du linge (2 lots, lot 2 réservé)",
        pieces=pieces, pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_estime_ht=510000, montant_max_ht=600000,
                 reserve_base="L2113-12"),
        note="Maximum : CCAP, tableau des maxima annuels par lot en HT et TTC (95 000 et 40 000 HT ; 114 000 et "
             "48 000 TTC), un an reconductible trois fois (quatre périodes) : CCAP étiqueté (95 000 + 40 000) × 4 = "
             "540 000. Le registre Q/R porte le maximum annuel du lot 1 à 110 000 € HT et modifie l'article 5 du "
             "CCAP : dossier (110 000 + 40 000) × 4 = 600 000. Le Q/R reçoit 110 000 (seul chiffre qu'il fixe, "
             "annuel, sans durée). AE du lot 2 : « 40 000 € HT, soit 160 000 € HT pour sa durée maximale » : "
             "160 000. Estimation 510 000 (RC). Lot 2 réservé L2113-12 (RC, CCAP, AE). Pièges : TTC à côté du HT "
             "(114 000, 48 000, 132 000), ancien chiffre 95 000 dans la question, 62 tonnes, « sous 72 heures », "
             "« 70 °C pendant 25 minutes », 5 000 000 € d'assurance, 50 % de travailleurs handicapés, délai de "
             "paiement de 50 jours, « 16 heures », « 14 heures », « 10 heures ».")


def d04():
    c = C("l'office public Val-Semoy Habitat", "Châlons-en-Champagne", ccag="travaux", delai=30,
          profil="https://marches.valsemoy-habitat.fr", ref="VSH-2027-T02")
    hd = "Val-Semoy Habitat – Réhabilitation de la résidence Les Aubépins – VSH-2027-T02"
    avis = [TITLE("AVIS D'APPEL À LA CONCURRENCE", "BOAMP – Travaux – Procédure adaptée",
                  "Val-Semoy Habitat, office public de l'habitat"),
            P("Acheteur : Val-Semoy Habitat, 12 avenue de la Semoy, 08120 Semoy-le-Val."),
            P("Objet : réhabilitation thermique de la résidence « Les Aubépins » (84 logements, bâtiments A à D)."),
            P("Type de marché : Travaux. Procédure adaptée ouverte (article R. 2123-1 1° du CCP)."),
            P("Lieu d'exécution : rue des Aubépins, 08120 Semoy-le-Val."),
            P("Allotissement : oui. Lot 1 gros œuvre – ravalement ; lot 2 isolation thermique par l'extérieur ; "
              "lot 3 menuiseries extérieures ; lot 4 plomberie – ventilation ; lot 5 électricité ; lot 6 peinture "
              "– revêtements de sols."),
            P("Valeur estimée hors TVA : 2 450 000 euros (tranche ferme et tranches optionnelles)."),
            P("Tranches : une tranche ferme (bâtiments A et B) et deux tranches optionnelles (bâtiment C ; "
              "bâtiment D)."),
            P("Conditions particulières d'exécution : clause sociale d'insertion sur les lots 1, 2, 4 et 6 "
              "(environ 1 400 heures au total) ; tri et traçabilité des déchets de chantier."),
            P("Critères d'attribution : prix 60 % ; valeur technique 40 %."),
            P("Date limite de réception des offres : 5 mars 2027 à 17 heures."),
            P("Instance chargée des procédures de recours : Tribunal administratif de Châlons-en-Champagne.")]
    rc = [TITLE("VAL-SEMOY HABITAT", "RÈGLEMENT DE LA CONSULTATION",
                "Réhabilitation thermique de la résidence « Les Aubépins » – 84 logements"),
          H("Article 1 – Objet et décomposition"),
          P("La consultation porte sur la réhabilitation thermique de la résidence « Les Aubépins ». Les travaux "
            "sont répartis en six lots traités par marchés séparés, chacun comportant une tranche ferme et deux "
            "tranches optionnelles."),
          RTAB([["Lot", "Désignation", "Estimation HT"],
                ["1", "Gros œuvre – ravalement", "520 000 €"],
                ["2", "Isolation thermique par l'extérieur", "780 000 €"],
                ["3", "Menuiseries extérieures", "430 000 €"],
                ["4", "Plomberie – ventilation", "310 000 €"],
                ["5", "Électricité", "160 000 €"],
                ["6", "Peinture – revêtements de sols (PSE comprise)", "250 000 €"],
                ["", "Total de l'opération", "2 450 000 €"]], widths=[0.6, 3.4, 1.4], align="llr", bold_last=True),
          H("Article 2 – Tranches et prestations supplémentaires"),
          P("La tranche ferme (bâtiments A et B) est estimée, tous lots confondus, à 1" + SB + "600~000 € HT. Tranche "
            "optionnelle 1 : bâtiment C (500 000 € HT). Tranche optionnelle 2 : bâtiment D (350 000 € HT). Le lot 6 "
            "comporte une prestation supplémentaire éventuelle obligatoire (PSE n° 1 : peinture des cages "
            "d'escalier), estimée à 45 000 € HT et incluse dans l'estimation du lot. Les estimations du tableau "
            "comprennent l'ensemble des tranches."),
          H("Article 3 – Délais"),
          P("Le délai global d'exécution est de 14 mois, période de préparation de deux mois comprise. Les "
            "tranches optionnelles peuvent être affermies dans un délai de 10 mois à compter de la notification."),
          H("Article 4 – Clause d'insertion"),
          P("Les lots 1, 2, 4 et 6 comportent une clause d'insertion dont le volume est fixé, lot par lot, à "
            "l'article 9 du CCAP. Le facilitateur du PLIE Ardenne-Semoy assiste les entreprises."),
          *f_rc_retrait(c),
          *f_rc_candidature(c, 1),
          H("Article # – Jugement des offres"),
          P("Prix des prestations : 60 %. Valeur technique : 40 %, dont 25 points pour la méthodologie et le "
            "planning, 10 points pour les moyens humains et 5 points pour les mesures de réduction des "
            "nuisances, de tri et de valorisation des déchets du chantier."),
          *f_rc_remise(c, date="5 mars 2027", heure="17 heures")]
    ccap = [TITLE("VAL-SEMOY HABITAT", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Marchés de travaux – lots 1 à 6 – VSH-2027-T02"),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux six lots de l'opération de réhabilitation de la résidence « Les "
              "Aubépins »."),
            H("Article 2 – Tranches"),
            P("Chaque marché comprend une tranche ferme et deux tranches optionnelles. L'affermissement d'une "
              "tranche optionnelle est notifié par ordre de service ; aucune indemnité d'attente ou de dédit n'est "
              "due."),
            H("Article 3 – Prix"),
            P("Les marchés sont traités à prix global et forfaitaire par tranche, établis sur la base de la "
              "décomposition du prix global et forfaitaire (DPGF). Les prix sont actualisables (index BT01)."),
            H("Article 4 – Avance et retenue de garantie"),
            P("Une avance de 10 % est accordée lorsque le montant de la tranche est supérieur à 50~000 € HT. Une "
              "retenue de garantie de 5 % est appliquée ; elle peut être remplacée par une garantie à première "
              "demande."),
            H("Article 5 – Délais et horaires de chantier"),
            P("Délai global : 14 mois. Le chantier est ouvert du lundi au vendredi de 7 h 30 à 17 h 30 ; les "
              "travaux bruyants sont interdits avant 8 heures. En cas de coupure d'eau ou d'électricité, les "
              "occupants sont prévenus 48 heures à l'avance."),
            H("Article 6 – Pénalités"),
            P("Retard dans l'exécution : 300 € HT par jour calendaire. Absence à un rendez-vous de chantier : "
              "100 € HT. Retard dans l'enlèvement des déchets : 150 € HT par jour."),
            H("Article 7 – Gestion des déchets de chantier"),
            P("Chaque titulaire trie ses déchets sur le chantier en cinq flux au moins (inertes, bois, métaux, "
              "plâtre, déchets non dangereux en mélange), les évacue vers des filières de valorisation et remet "
              "les bordereaux de suivi au maître d'œuvre. Le taux de valorisation matière visé est de 70 % en "
              "masse."),
            H("Article 8 – Assurances"),
            P("Les titulaires justifient d'une assurance de responsabilité décennale et d'une responsabilité "
              "civile d'au moins 4 500 000 € par sinistre."),
            H("Article 9 – Clause sociale d'insertion"),
            P("Les titulaires des lots 1, 2, 4 et 6 s'engagent à réserver à des personnes éloignées de l'emploi "
              "un nombre d'heures de travail égal à 7 % des heures de main-d'œuvre estimées de leur lot, toutes "
              "tranches comprises, selon le tableau ci-dessous."),
            RTAB([["Lot", "Heures de main-d'œuvre estimées", "Taux", "Heures d'insertion"],
                  ["1 – Gros œuvre – ravalement", "10 000", "7 %", "700"],
                  ["2 – Isolation thermique par l'extérieur", "6 000", "7 %", "420"],
                  ["4 – Plomberie – ventilation", "2 000", "7 %", "140"],
                  ["6 – Peinture – revêtements de sols", "2 000", "7 %", "140"],
                  ["Total", "20 000", "–", "1 400"]], widths=[3, 2, 0.8, 1.6], align="lrrr", bold_last=True),
            P("Si une tranche optionnelle n'est pas affermie, le nombre d'heures du lot est réduit au prorata du "
              "montant de cette tranche. Toute heure non réalisée est pénalisée à raison de 50 € HT."),
            *f_litiges(c)]
    ae4 = [TITLE("Val-Semoy Habitat", "ACTE D'ENGAGEMENT", "Lot n° 4 – Plomberie – ventilation"),
           *f_ae_titulaire(c),
           H("Article 2 – Offre de prix"),
           RTAB([["Tranche", "Montant HT", "TVA", "Montant TTC"],
                 ["Tranche ferme (bâtiments A et B)", "............ €", "............ €", "............ €"],
                 ["Tranche optionnelle 1 (bâtiment C)", "............ €", "............ €", "............ €"],
                 ["Tranche optionnelle 2 (bâtiment D)", "............ €", "............ €", "............ €"]],
                widths=[3, 1.4, 1.2, 1.4], align="lrrr"),
           H("Article 3 – Délai"),
           P("Le délai d'exécution du lot est celui du calendrier détaillé, dans le délai global de 14 mois."),
           H("Article 4 – Engagement d'insertion"),
           P("Conformément à l'article 9 du CCAP, je m'engage à réaliser 140 heures d'insertion au bénéfice de "
             "personnes éloignées de l'emploi, par embauche directe, mise à disposition ou sous-traitance à une "
             "structure d'insertion."),
           *f_ae_compte(c),
           *f_ae_signature(c)]
    pieces = [
        PIECE("avis_VSH-2027-T02.txt", "AVIS", hd + " – avis", "avis", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1400, clause_environnementale=1,
                allotissement=1, nb_lots=6, montant_estime_ht=2450000,
                evidence=["Valeur estimée hors TVA : 2 450 000 euros", "Allotissement : oui.",
                          "lot 6 peinture – revêtements de sols",
                          "clause sociale d'insertion sur les lots 1, 2, 4 et 6 (environ 1 400 heures au total)",
                          "tri et traçabilité des déchets de chantier"])),
        PIECE("RC_VSH-2027-T02.pdf", "RC", hd + " – RC", "Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=6,
                montant_estime_ht=2450000,
                evidence=["répartis en six lots", "Total de l'opération 2 450 000 €",
                          "Les lots 1, 2, 4 et 6 comportent une clause d'insertion",
                          "5 points pour les mesures de réduction des nuisances, de tri et de valorisation des "
                          "déchets du chantier"])),
        PIECE("CCAP_VSH-2027-T02.pdf", "CCAP", hd + " – CCAP", "CCAP travaux", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1400, clause_environnementale=1,
                allotissement=1, nb_lots=6,
                evidence=["commun aux six lots", "Total 20 000 – 1 400",
                          "s'engagent à réserver à des personnes éloignées de l'emploi",
                          "Chaque titulaire trie ses déchets sur le chantier en cinq flux"]), hyphen=True),
        PIECE("AE_lot4_VSH-2027-T02.docx", "AE", hd + " – AE lot 4", "AE lot 4", ae4,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=140, allotissement=1,
                evidence=["Lot n° 4 – Plomberie – ventilation", "je m'engage à réaliser 140 heures d'insertion"])),
    ]
    return dict(
        id="d04", title="Val-Semoy Habitat – réhabilitation thermique de 84 logements (travaux, 6 lots, tranches)",
        pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale",
                            "critere_environnemental"],
        values=V(heures_insertion=1400, allotissement=1, nb_lots=6, montant_estime_ht=2450000),
        note="Marchés de travaux ordinaires (prix global et forfaitaire par tranche) : aucun montant maximum "
             "(vide). Estimation : 2 450 000 (avis ; ligne Total du tableau du RC), tranches optionnelles et PSE "
             "comprises ; ne pas ajouter la ligne Total aux six lignes, ni les tranches (1 600 000 + 500 000 + "
             "350 000 = 2 450 000, même somme), ni la PSE (45 000, déjà incluse) ; 1 600 000 n'est que la tranche "
             "ferme. Heures : tableau du CCAP par lot (700 + 420 + 140 + 140) avec ligne Total 1 400 ; ne pas "
             "prendre 20 000 (heures de main-d'œuvre) ; avis « environ 1 400 heures » ; AE du lot 4 : 140. "
             "6 lots. Pièges : avance (50 000 € HT), retenue de 5 %, 4 500 000 € d'assurance, 14 mois, "
             "« de 7 h 30 à 17 h 30 », « 48 heures à l'avance », 50 € HT par heure non réalisée, 84 logements.")


def d05():
    c = C("l'Université de Carnelle", "Orléans", delai=30, profil="https://marches.univ-carnelle.fr",
          ref="UC-DAF-27-08")
    hd = "Université de Carnelle – Direction des achats – UC-DAF-27-08"
    avis = [TITLE("AVIS DE MARCHÉ", "Journal officiel de l'Union européenne – Services – Directive 2014/24/UE",
                  "France-Saint-Fréjus : Services de nettoyage de bâtiments"),
            H("Section I : Pouvoir adjudicateur"),
            P("I.1) Université de Carnelle, 1 allée des Sciences, 45170 Saint-Fréjus. Type : organisme de droit "
              "public ; activité : éducation."),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : Nettoyage des locaux du campus de Saint-Fréjus. Numéro de référence : "
              "UC-DAF-27-08"),
            P("II.1.2) Code CPV principal : 90911200"),
            P("II.1.4) Description succincte : accord-cadre à bons de commande pour le nettoyage courant et la "
              "vitrerie de quatre bâtiments d'enseignement (11 800 m²)."),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 330 000,00 EUR"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
            P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Méthodologie, organisation et moyens / "
              "Pondération : 40 ; Critère de qualité – Nom : Accompagnement socioprofessionnel et formation des "
              "salariés en parcours d'insertion / Pondération : 15 ; Prix – Pondération : 45"),
            P("II.2.7) Durée en mois : 12. Ce marché peut faire l'objet d'une reconduction : oui. Description : "
              "deux reconductions d'un an."),
            H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
            P("III.1.5) Informations sur les marchés réservés : Le marché est réservé à des ateliers protégés et à "
              "des opérateurs économiques dont l'objectif est l'intégration sociale et professionnelle de "
              "personnes handicapées ou défavorisées."),
            H("Section VI : Renseignements complémentaires"),
            P("VI.3) Informations complémentaires : Marché réservé aux structures d'insertion par l'activité "
              "économique mentionnées à l'article L. 5132-4 du code du travail, en application de l'article "
              "L. 2113-13 du code de la commande publique. Visite obligatoire le 3 mai 2027 à 10 heures."),
            P("VI.5) Date d'envoi du présent avis : 14 avril 2027")]
    rc = [TITLE("UNIVERSITÉ DE CARNELLE", "RÈGLEMENT DE LA CONSULTATION",
                "Nettoyage des locaux du campus de Saint-Fréjus – appel d'offres ouvert"),
          H("Article 1 – Objet"),
          P("La consultation porte sur le nettoyage courant, la vitrerie et les remises en état ponctuelles des "
            "bâtiments A, B, C et D du campus de Saint-Fréjus."),
          H("Article 2 – Marché réservé"),
          P("En application de l'article L. 2113-13 du code de la commande publique, le marché est réservé aux "
            "structures d'insertion par l'activité économique (entreprises d'insertion, associations "
            "intermédiaires, ateliers et chantiers d'insertion, entreprises de travail temporaire d'insertion) "
            "et aux structures équivalentes. Les candidats joignent leur convention avec l'État."),
          H("Article 3 – Absence d'allotissement, forme et durée"),
          P("Le marché n'est pas alloti : les quatre bâtiments forment un site unique, desservi par une même "
            "équipe, et leur séparation renchérirait l'encadrement. Il prend la forme d'un accord-cadre à bons "
            "de commande d'une durée de douze mois à compter du 1er septembre 2027, reconductible deux fois par "
            "période de douze mois."),
          *f_rc_retrait(c),
          *f_rc_candidature(c, 1),
          H("Article # – Critères d'attribution"),
          LST(["Prix (45 %) ;",
               "Méthodologie, organisation et moyens (40 %) ;",
               "Accompagnement socioprofessionnel et formation des salariés en parcours d'insertion affectés au "
               "marché (15 %)."]),
          H("Article # – Visite"),
          P("Une visite obligatoire est organisée le 3 mai 2027 à 10 heures ; elle dure environ deux heures."),
          *f_rc_remise(c, date="20 mai 2027", heure="14 heures")]
    ccap = [TITLE("UNIVERSITÉ DE CARNELLE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Nettoyage des locaux – accord-cadre réservé (article L. 2113-13 du CCP)"),
            H("Article 1 – Objet"),
            P("Le présent accord-cadre porte sur le nettoyage des locaux du campus de Saint-Fréjus. Il est réservé "
              "aux structures d'insertion par l'activité économique. Sa durée et ses reconductions sont fixées à "
              "l'article 3 du règlement de la consultation."),
            H("Article 2 – Montant"),
            P("L'accord-cadre est conclu sans montant minimum et avec un montant maximum de 125" + SB + "000 € HT (cent "
              "vingt-cinq mille euros hors taxes) par période annuelle d'exécution."),
            H("Article 3 – Volume et horaires des prestations"),
            P("Le volume d'intervention est estimé à 3 640 heures de nettoyage par an, soit deux agents à temps "
              "plein. Le nettoyage courant est réalisé de 6 heures à 9 heures, avant l'ouverture des amphithéâtres, "
              "et de 18 heures à 20 heures. Les remises en état ponctuelles sont facturées au taux horaire de "
              "27,50 € HT du bordereau."),
            H("Article 4 – Conditions d'exécution environnementales"),
            P("Le titulaire utilise exclusivement des produits de nettoyage porteurs de l'Écolabel européen ou "
              "d'un label équivalent, dosés au moyen de centrales de dilution. Il emploie des franges et lavettes "
              "microfibres lavables, et vide séparément les corbeilles de tri (papier, emballages) vers les "
              "conteneurs dédiés."),
            *f_prix(c, 0),
            *f_paiement(c, 0),
            *f_penalites(c, 2),
            *f_assurances(c, 0),
            *f_resiliation(c),
            *f_litiges(c)]
    ae = [TITLE("Université de Carnelle", "ACTE D'ENGAGEMENT", "Nettoyage des locaux du campus de Saint-Fréjus"),
          *f_ae_titulaire(c),
          H("Article 2 – Qualité du candidat (marché réservé)"),
          P("Le marché étant réservé en application de l'article L. 2113-13 du code de la commande publique, le "
            "candidat déclare être une structure d'insertion par l'activité économique conventionnée : [ ] EI  "
            "[ ] ACI  [ ] AI  [ ] ETTI, ou une structure équivalente."),
          H("Article 3 – Montant maximum"),
          P("Le montant maximum de l'accord-cadre, toutes périodes confondues, est fixé à trois cent "
            "soixante-quinze mille euros hors taxes."),
          P("Les prestations sont réglées par application du bordereau de prix unitaires et du forfait mensuel "
            "de nettoyage courant."),
          *f_ae_compte(c),
          *f_ae_signature(c)]
    pieces = [
        PIECE("avis_JOUE_UC-DAF-27-08.txt", "AVIS", hd + " – avis", "avis", avis,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0,
                montant_estime_ht=330000,
                evidence=["Valeur hors TVA : 330 000,00 EUR", "Ce marché est divisé en lots : non",
                          "en application de l'article L. 2113-13 du code de la commande publique",
                          "Accompagnement socioprofessionnel et formation des salariés en parcours d'insertion / "
                          "Pondération : 15"])),
        PIECE("RC_UC-DAF-27-08.pdf", "RC", hd + " – RC", "Règlement de la consultation", rc,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0,
                evidence=["En application de l'article L. 2113-13 du code de la commande publique, le marché est "
                          "réservé", "Le marché n'est pas alloti",
                          "Accompagnement socioprofessionnel et formation des salariés en parcours d'insertion"])),
        PIECE("CCAP_UC-DAF-27-08.pdf", "CCAP", hd + " – CCAP", "CCAP nettoyage", ccap,
              L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, montant_max_ht=125000,
                evidence=["accord-cadre réservé (article L. 2113-13 du CCP)",
                          "montant maximum de 125~000 € HT (cent vingt-cinq mille euros hors taxes) par période "
                          "annuelle", "porteurs de l'Écolabel européen"]), hyphen=True),
        PIECE("AE_UC-DAF-27-08.docx", "AE", hd + " – AE", "Acte d'engagement", ae,
              L(marche_reserve=1, reserve_base="L2113-13", montant_max_ht=375000,
                evidence=["réservé en application de l'article L. 2113-13",
                          "toutes périodes confondues, est fixé à trois cent soixante-quinze mille euros hors "
                          "taxes"])),
    ]
    return dict(
        id="d05", title="Université de Carnelle – nettoyage des locaux (accord-cadre réservé aux SIAE, non alloti)",
        pieces=pieces, pos=["critere_social", "marche_reserve", "clause_environnementale"],
        values=V(allotissement=0, montant_estime_ht=330000, montant_max_ht=375000, reserve_base="L2113-13"),
        note="Maximum : le CCAP donne 125 000 € HT (en chiffres et en lettres) « par période annuelle » et renvoie "
             "la durée au RC (douze mois reconductibles deux fois, aussi dans l'avis) : 125 000 × 3 = 375 000 ; "
             "l'AE écrit le total en lettres seulement (« trois cent soixante-quinze mille euros hors taxes ») : "
             "375 000. CCAP seul : 125 000. Estimation 330 000 (avis). Non alloti (avis, RC). Réservation : "
             "l'avis coche la case « ateliers protégés … personnes handicapées ou défavorisées » mais cite "
             "L. 2113-13 (SIAE) en VI.3 : l'article prévaut, L2113-13 seul. Critère social : accompagnement des "
             "salariés en insertion (15 %). Pas de clause d'insertion (le marché est réservé, aucune heure). "
             "Pièges : 3 640 heures de nettoyage par an (heures de personnel), taux horaire 27,50 € HT, « de "
             "6 heures à 9 heures », visite à 10 heures, 11 800 m², 3 000 000 € et 1 000 000 € d'assurance, "
             "avance 50 000 € HT, 40 €.")


def d06():
    c = C("le SIVOM de la Vallée du Lhers", "Toulouse", delai=30, profil="https://sivom-lhers.marches-publics.info",
          ref="SIVOM-2027-03")
    hd = "SIVOM de la Vallée du Lhers – Collectes en porte-à-porte – SIVOM-2027-03"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "BOAMP – Services", "SIVOM de la Vallée du Lhers"),
            P("Section 1 : Identification de l'acheteur. Nom complet : SIVOM de la Vallée du Lhers, 3 route de "
              "Mirepoix, 09500 Lhers-le-Bas."),
            P("Section 2 : Procédure. Type : appel d'offres ouvert. Conditions de participation : voir le "
              "règlement de la consultation."),
            P("Section 3 : Objet. Collecte en porte-à-porte des encombrants et des déchets verts sur les 27 "
              "communes membres. Type de marché : services. Valeur estimée hors TVA : 780 000 euros."),
            P("Description des lots : le marché est divisé en 2 lots. Lot 1 : collecte des encombrants ; Lot 2 : "
              "collecte des déchets verts."),
            P("Critères d'attribution : prix 50 % ; valeur technique 30 % ; insertion professionnelle 10 % ; "
              "performance environnementale du parc de véhicules 10 %."),
            P("Conditions particulières d'exécution : clause sociale d'insertion pour les deux lots (article 7 du "
              "CCAP) ; véhicules de collecte de norme Euro VI ou à motorisation alternative (article 8 du CCAP)."),
            P("Date limite de réception des offres : 18 janvier 2027 à 12 h 00."),
            P("Date d'envoi de l'avis : 2 décembre 2026.")]
    rect = [TITLE("AVIS RECTIFICATIF", "BOAMP – Services – rectificatif à l'avis n° 26-176402",
                  "SIVOM de la Vallée du Lhers"),
            P("Objet de l'avis initial : collecte en porte-à-porte des encombrants et des déchets verts "
              "(SIVOM-2027-03)."),
            P("Informations rectificatives :"),
            P("Au lieu de : « lot 2 : 7 % des heures de main-d'œuvre, estimées à 2 500 heures, soit 175 heures "
              "d'insertion »."),
            P("Lire : « lot 2 : 7 % des heures de main-d'œuvre, estimées à 3 000 heures, soit 210 heures "
              "d'insertion ». L'article 7 du CCAP est modifié en conséquence."),
            P("Au lieu de : date limite de réception des offres le 18 janvier 2027 à 12 h 00. Lire : le 25 janvier "
              "2027 à 12 h 00."),
            P("Les autres dispositions de l'avis initial et du dossier de consultation sont inchangées."),
            P("Date d'envoi du présent avis : 28 décembre 2026.")]
    rc = [TITLE("SIVOM DE LA VALLÉE DU LHERS", "RÈGLEMENT DE LA CONSULTATION",
                "Collecte des encombrants et des déchets verts en porte-à-porte"),
          H("Article 1 – Objet et lots"),
          P("La consultation porte sur la collecte en porte-à-porte, sur rendez-vous, des encombrants (lot 1) et "
            "des déchets verts (lot 2) des particuliers des 27 communes du syndicat. Chaque lot fait l'objet d'un "
            "accord-cadre à bons de commande distinct."),
          H("Article 2 – Durée"),
          P("Les accords-cadres sont conclus du 1er janvier 2027 au 31 décembre 2028. Ils sont reconductibles une "
            "fois, pour une durée d'un an, par décision expresse notifiée trois mois avant l'échéance."),
          H("Article 3 – Candidature"),
          P("Le candidat fournit le DC1, le DC2 et la copie de son récépissé de déclaration d'activité de "
            "transport de déchets. Le chiffre d'affaires minimal exigé est de 200~000 € HT par an."),
          H("Article 4 – Critères"),
          LST(["Prix : 50 % ;",
               "Valeur technique (organisation des tournées, délais de rendez-vous, moyens) : 30 % ;",
               "Performance en matière d'insertion professionnelle (nombre de personnes accueillies, "
               "encadrement, formation) : 10 % ;",
               "Performance environnementale du parc de véhicules affecté au marché : 10 %."]),
          H("Article 5 – Renseignements"),
          P("Les questions sont posées sur le profil d'acheteur au plus tard le 8 janvier 2027. Les réponses sont "
            "publiées à tous les candidats sous 72 heures."),
          *f_rc_remise(c, date="18 janvier 2027", heure="12 heures")]
    ccap = [TITLE("SIVOM DE LA VALLÉE DU LHERS", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Collectes en porte-à-porte – lots 1 et 2"),
            H("Article 1 – Objet"),
            P("Le présent CCAP s'applique aux deux lots : lot 1, collecte des encombrants ; lot 2, collecte des "
              "déchets verts."),
            H("Article 2 – Durée"),
            P("Du 1er janvier 2027 au 31 décembre 2028, soit deux années civiles, reconductible une fois pour une "
              "année civile (2029)."),
            H("Article 3 – Organisation des collectes"),
            P("Les collectes on lieu du lundi au samedi de 5 heures à 12 heures. Les rendez-vous sont fixés dans "
              "un délai de dix jours ; un encombrant ne dépasse pas 3,5 tonnes par tournée et par véhicule."),
            H("Article 4 – Montants"),
            P("Les accords-cadres sont conclus sans minimum. Le montant maximum est de 210 k€ HT par année civile "
              "pour le lot 1 et de 90 k€ HT par année civile pour le lot 2, y compris l'année de reconduction."),
            *f_prix(c, 2),
            *f_paiement(c, 1),
            H("Article 7 – Clause sociale d'insertion"),
            P("Pour chacun des deux lots, le titulaire réserve à des personnes rencontrant des difficultés "
              "d'insertion une part des heures de travail nécessaires à l'exécution, sur la durée totale de "
              "l'accord-cadre, reconduction comprise :"),
            LST(["lot 1 : 7 % des heures de main-d'œuvre, estimées à 6 000 heures, soit 420 heures d'insertion ;",
                 "lot 2 : 7 % des heures de main-d'œuvre, estimées à 2 500 heures, soit 175 heures d'insertion."]),
            P("Les salariés en insertion travaillent au moins 20 heures par semaine. Le titulaire transmet chaque "
              "trimestre un état des heures réalisées au facilitateur."),
            H("Article 8 – Véhicules"),
            P("Les véhicules de collecte affectés au marché sont de norme Euro VI au minimum ou fonctionnent au "
              "GNV, au bioGNV ou à l'électricité. Les déchets verts sont livrés à la plateforme de compostage "
              "de Lhers-le-Bas ; les encombrants sont triés pour le réemploi à la ressourcerie."),
            *f_penalites(c, 0),
            *f_assurances(c, 0),
            *f_litiges(c)]
    pieces = [
        PIECE("avis_BOAMP_26-176402.txt", "AVIS", hd + " – avis", "avis", avis,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, clause_environnementale=1,
                critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=780000,
                evidence=["Valeur estimée hors TVA : 780 000 euros", "le marché est divisé en 2 lots",
                          "clause sociale d'insertion pour les deux lots", "insertion professionnelle 10 %",
                          "véhicules de collecte de norme Euro VI",
                          "performance environnementale du parc de véhicules 10 %"])),
        PIECE("avis_rectificatif_26-176402.txt", "AVIS", hd + " – rectificatif", "rectificatif", rect,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=210, allotissement=1,
                evidence=["Lire : « lot 2 : 7 % des heures de main-d'œuvre, estimées à 3 000 heures, soit 210 heures "
                          "d'insertion »"])),
        PIECE("RC_SIVOM-2027-03.pdf", "RC", hd + " – RC", "Règlement de la consultation", rc,
              L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2,
                evidence=["des encombrants (lot 1) et des déchets verts (lot 2)",
                          "Performance en matière d'insertion professionnelle",
                          "Performance environnementale du parc de véhicules affecté au marché : 10 %."]), cols=2),
        PIECE("CCAP_SIVOM-2027-03.pdf", "CCAP", hd + " – CCAP", "CCAP collectes", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=595, clause_environnementale=1,
                allotissement=1, nb_lots=2, montant_max_ht=900000,
                evidence=["aux deux lots", "210 k€ HT par année civile pour le lot 1",
                          "90 k€ HT par année civile pour le lot 2", "reconductible une fois",
                          "[(210 000 + 90 000) × 3 = 900 000]", "soit 420 heures d'insertion",
                          "soit 175 heures d'insertion", "[420 + 175 = 595]",
                          "sont de norme Euro VI au minimum"]), hyphen=True),
    ]
    return dict(
        id="d06", title="SIVOM de la Vallée du Lhers – collecte des encombrants et des déchets verts (2 lots, "
                        "avis rectificatif)",
        pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
                            "critere_environnemental"],
        values=V(heures_insertion=630, allotissement=1, nb_lots=2, montant_estime_ht=780000, montant_max_ht=900000),
        note="Maximum : CCAP, maxima par année civile et par lot en k€ (210 k€ et 90 k€), deux années civiles plus "
             "une reconduction d'un an (trois années) : (210 000 + 90 000) × 3 = 900 000 ; aucun total écrit. "
             "Heures : CCAP, pourcentage des heures de main-d'œuvre avec les heures données : lot 1 7 % de 6 000 = "
             "420, lot 2 7 % de 2 500 = 175 (CCAP 595) ; l'avis rectificatif, postérieur, porte le lot 2 à 210 "
             "(7 % de 3 000) et modifie l'article 7 du CCAP : dossier 420 + 210 = 630. Ne pas prendre 6 000, "
             "3 000, 2 500, 20 heures par semaine. Le rectificatif reçoit 210 (seul lot qu'il fixe). Estimation "
             "780 000 (avis). 2 lots. RC à deux colonnes. Pièges : CA minimal 200 000 € HT, « de 5 heures à "
             "12 heures », « sous 72 heures », 3,5 tonnes, 12 h 00, 27 communes.")


def d07():
    c = C("la Région Val-de-Loirette", "Nantes", ccag="travaux", delai=30,
          profil="https://marchespublics.valdeloirette.fr", ref="RVL-LYC-27-19")
    hd = "Région Val-de-Loirette – Direction des lycées – RVL-LYC-27-19"
    rc = [TITLE("RÉGION VAL-DE-LOIRETTE", "RÈGLEMENT DE LA CONSULTATION",
                "Maintenance multitechnique et petits travaux des lycées du secteur Est"),
          H("Article 1 – Objet"),
          P("La consultation a pour objet la maintenance multitechnique (plomberie, électricité courants forts, "
            "serrurerie, menuiserie) et les petits travaux d'entretien des neuf lycées publics du secteur Est."),
          H("Article 2 – Absence d'allotissement"),
          P("En application de l'article L. 2113-11 du code de la commande publique, le marché n'est pas alloti : "
            "les interventions des différents corps d'état se succédent sur les mêmes locaux, le plus souvent dans "
            "une même journée, et leur coordination ne peut être assurée par les équipes de la Région."),
          H("Article 3 – Forme et durée"),
          P("Accord-cadre à bons de commande mono-attributaire, conclu pour quatre années fermes à compter du "
            "1er septembre 2027, sans reconduction. Les montants minimum et maximum figurent au CCAP et à l'acte "
            "d'engagement."),
          H("Article 4 – Insertion professionnelle"),
          P("Le titulaire réalisera au minimum 490 heures d'insertion sur la durée du marché, réparties par "
            "année selon l'article 9 du CCAP. Il peut proposer un volume supérieur, qui devient alors "
            "contractuel."),
          *f_rc_retrait(c),
          *f_rc_candidature(c, 0),
          H("Article # – Critères de jugement"),
          RTAB([["Critère", "Pondération"],
                ["Prix (détail quantitatif estimatif)", "40"],
                ["Valeur technique (organisation, délais d'intervention, astreinte)", "45"],
                ["Insertion : volume d'heures proposé au-delà du minimum et qualité des parcours", "15"]],
               widths=[4, 1], align="lr"),
          *f_rc_remise(c, date="21 mai 2027", heure="12 heures")]
    ccap = [TITLE("RÉGION VAL-DE-LOIRETTE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Maintenance multitechnique des lycées du secteur Est"),
            H("Article 1 – Objet et durée"),
            P("Le présent accord-cadre à bons de commande porte sur la maintenance multitechnique et les petits "
              "travaux des lycées du secteur Est. Il est conclu pour quatre ans à compter du 1er septembre 2027."),
            H("Article 2 – Montants"),
            P("L'accord-cadre est conclu avec un montant minimum de 100~000 € HT sur sa durée. Le montant maximum "
              "est défini par année d'exécution dans le tableau de l'article 3 de l'acte d'engagement."),
            P("Les bons de commande dont le montant dépasse 25 000 € HT font l'objet d'un devis préalable "
              "accepté."),
            H("Article 3 – Délais d'intervention"),
            P("Le titulaire assure une astreinte 24 heures sur 24, sept jours sur sept. Les urgences (fuite, panne "
              "électrique d'un bâtiment) sont traitées sous 4 heures, les demandes courantes sous cinq jours "
              "ouvrés."),
            *f_prix(c, 1),
            H("Article 5 – Main-d'œuvre"),
            P("Les interventions non prévues au bordereau sont rémunérées au taux horaire de 42 € HT pour un "
              "ouvrier qualifié et de 55 € HT pour un chef d'équipe, le temps étant décompté par quart d'heure."),
            *f_paiement(c, 1),
            *f_penalites(c, 1),
            H("Article 8 – Déchets et matériaux"),
            P("Le titulaire reprend et fait traiter par des filières agréées les déchets produits par ses "
              "interventions, notamment les DEEE, les lampes et les huiles. Il remplace les luminaires défectueux "
              "par des luminaires à LED et fournit chaque semestre les bordereaux de suivi des déchets."),
            H("Article 9 – Clause d'insertion"),
            P("Le titulaire consacre à l'insertion professionnelle de personnes éloignées de l'emploi un nombre "
              "minimal d'heures de travail fixé par année d'exécution :"),
            RTAB([["Année d'exécution", "Heures d'insertion minimales"],
                  ["Année 1 (sept. 2027 – août 2028)", "150"],
                  ["Année 2", "120"],
                  ["Année 3", "120"],
                  ["Année 4", "100"],
                  ["Total sur la durée du marché", "490"]], widths=[3, 2], align="lr", bold_last=True),
            P("Les heures réalisées au-delà du minimum d'une année sont reportées sur l'année suivante. Le "
              "titulaire désigne un tuteur pour chaque salarié en insertion et lui accorde au moins 35 heures de "
              "formation."),
            *f_assurances(c, 1),
            *f_litiges(c)]
    ae = [TITLE("Région Val-de-Loirette", "ACTE D'ENGAGEMENT",
                "Maintenance multitechnique des lycées du secteur Est – RVL-LYC-27-19"),
          *f_ae_titulaire(c),
          H("Article 2 – Durée"),
          P("Quatre ans à compter du 1er septembre 2027."),
          H("Article 3 – Montants minimum et maximum"),
          P("Montant minimum sur la durée de l'accord-cadre : 100 000 € HT. Montants maximums par année "
            "d'exécution :"),
          RTAB([["Période", "Maximum HT", "TVA 20 %", "Maximum TTC"],
                ["Année 1", "300 000 €", "60 000 €", "360 000 €"],
                ["Année 2", "250 000 €", "50 000 €", "300 000 €"],
                ["Année 3", "250 000 €", "50 000 €", "300 000 €"],
                ["Année 4", "200 000 €", "40 000 €", "240 000 €"],
                ["Total", "1 000 000 €", "200 000 €", "1 200 000 €"]], widths=[1.6, 1.4, 1.2, 1.4], align="lrrr"),
          P("Les prix sont ceux du bordereau de prix unitaires annexé."),
          *f_ae_compte(c),
          *f_ae_signature(c)]
    cctp = [TITLE("RÉGION VAL-DE-LOIRETTE", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Maintenance multitechnique des lycées du secteur Est"),
            H("Article 1 – Patrimoine concerné"),
            P("Neuf lycées, 142 000 m² de surfaces de plancher. Les établissements sont ouverts de 7 h 30 à "
              "18 h 30 du lundi au vendredi et le samedi matin ; les internats fonctionnent en continu."),
            H("Article 2 – Organisation des interventions"),
            P("Le titulaire met à disposition une équipe de trois techniciens, soit environ 9 800 heures de "
              "main-d'œuvre par an. Les travaux bruyants sont interdits pendant les épreuves d'examen et entre "
              "12 heures et 14 heures dans les bâtiments d'internat."),
            H("Article 3 – Pièces détachées"),
            P("Les pièces de remplacement sont neuves et garanties 12 mois. Les équipements déposés sont repris par "
              "le titulaire, qui les oriente vers des filières de recyclage ; les fluides frigorigènes sont "
              "récupérés par un opérateur certifié."),
            H("Article 4 – Compte rendu"),
            P("Chaque intervention donne lieu à un bon d'intervention signé mentionnant l'heure d'arrivée, l'heure "
              "de départ et les fournitures. Le compte rendu mensuel est remis avant le 5 du mois suivant.")]
    bpu = [TITLE("RÉGION VAL-DE-LOIRETTE", "BORDEREAU DES PRIX UNITAIRES",
                 "Maintenance multitechnique des lycées du secteur Est – RVL-LYC-27-19"),
           P("Prix en euros hors taxes. Les montants minimum et maximum de l'accord-cadre figurent à l'acte "
             "d'engagement ; les quantités ne sont pas contractuelles."),
           RTAB([["Réf.", "Désignation", "Unité", "Prix unitaire HT"],
                 ["MO-1", "Heure d'ouvrier qualifié (jours ouvrés, 7 h 30 – 18 h)", "heure", "42,00"],
                 ["MO-2", "Heure de chef d'équipe", "heure", "55,00"],
                 ["MO-3", "Majoration des heures d'astreinte (nuit, dimanche, jour férié)", "%", "50"],
                 ["DP-1", "Déplacement par intervention (forfait)", "u", "35,00"],
                 ["EL-4", "Remplacement d'un luminaire 600 x 600 par un luminaire LED", "u", "............"],
                 ["PL-2", "Remplacement d'un robinet temporisé de lavabo", "u", "............"],
                 ["SE-7", "Remplacement d'un cylindre européen 30 x 30", "u", "............"]],
                widths=[0.8, 4, 0.8, 1.3], align="llrr"),
           P("Les fournitures non prévues au bordereau sont facturées au prix catalogue du fournisseur diminué "
             "d'une remise de ...... %, majoré d'un coefficient de frais de 1,10.")]
    pieces = [
        PIECE("RC_RVL-LYC-27-19.docx", "RC", hd + " – RC", "RC", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=490, critere_social=1, allotissement=0,
                evidence=["le marché n'est pas alloti",
                          "Le titulaire réalisera au minimum 490 heures d'insertion sur la durée du marché",
                          "Insertion : volume d'heures proposé au-delà du minimum et qualité des parcours 15"])),
        PIECE("CCAP_RVL-LYC-27-19.pdf", "CCAP", hd + " – CCAP", "CCAP maintenance lycées", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=490, clause_environnementale=1,
                evidence=["Total sur la durée du marché 490",
                          "Le titulaire consacre à l'insertion professionnelle de personnes éloignées de l'emploi",
                          "Le titulaire reprend et fait traiter par des filières agréées les déchets"]),
              hyphen=True),
        PIECE("AE_RVL-LYC-27-19.docx", "AE", hd + " – AE", "AE", ae,
              L(montant_max_ht=1000000, evidence=["Total 1 000 000 € 200 000 € 1 200 000 €"])),
        PIECE("CCTP_RVL-LYC-27-19.pdf", "CCTP", hd + " – CCTP", "CCTP maintenance lycées", cctp,
              L(clause_environnementale=1,
                evidence=["Les équipements déposés sont repris par le titulaire, qui les oriente vers des filières "
                          "de recyclage"])),
        PIECE("BPU_RVL-LYC-27-19.pdf", "BPU", hd + " – BPU", "BPU", bpu, L()),
    ]
    return dict(
        id="d07", title="Région Val-de-Loirette – maintenance multitechnique des lycées (accord-cadre non alloti)",
        pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(heures_insertion=490, allotissement=0, montant_max_ht=1000000),
        note="Maximum : le CCAP renvoie au tableau de l'AE : maxima par année (300 000, 250 000, 250 000, 200 000) "
             "avec colonnes TVA et TTC et ligne Total (1 000 000 HT ; 1 200 000 TTC) : 1 000 000, sans rien "
             "ajouter. Le minimum (100 000 € HT sur la durée) n'est pas un maximum. Heures : tableau du CCAP par "
             "année (150 + 120 + 120 + 100) avec ligne Total 490, et « au minimum 490 heures » au RC : 490. "
             "Non alloti (RC). Pas d'estimation. Pièges : 25 000 € HT de devis préalable, taux horaires 42 et "
             "55 € HT, « 24 heures sur 24 », « sous 4 heures », 35 heures de formation, 9 800 heures de "
             "main-d'œuvre (CCTP), « de 7 h 30 à 18 h 30 », « entre 12 heures et 14 heures », 142 000 m², "
             "5 000 000 € d'assurance, pénalité de 200 € HT après 4 heures ; BPU : heures d'ouvrier (42 € HT), de chef "
             "d'équipe (55 € HT), majoration de 50 % des heures d'astreinte, coefficient 1,10 (aucune valeur).")


def d08():
    c = C("le Département du Haut-Cérou", "Toulouse", delai=30, profil="https://marches.hautcerou.fr",
          ref="HC-DIS-2027-04")
    hd = "Département du Haut-Cérou – Direction de l'insertion et des solidarités – HC-DIS-2027-04"
    avis = [TITLE("AVIS DE MARCHÉ – SERVICES SOCIAUX ET AUTRES SERVICES SPÉCIFIQUES",
                  "Journal officiel de l'Union européenne – Directive 2014/24/UE – Annexe XIV",
                  "France-Cérou-la-Ville : Services d'orientation professionnelle"),
            H("Section I : Pouvoir adjudicateur"),
            P("Département du Haut-Cérou, 1 boulevard de la Préfecture, 82110 Cérou-la-Ville."),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : Accompagnement socioprofessionnel renforcé des bénéficiaires du RSA. "
              "Référence : HC-DIS-2027-04"),
            P("II.1.2) Code CPV principal : 85312320. II.1.3) Type de marché : Services"),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 900 000 EUR"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être "
              "soumises pour tous les lots."),
            P("II.2) Lot n° 1 : territoire Nord ; Lot n° 2 : territoire Centre ; Lot n° 3 : territoire Sud."),
            P("II.2.4) Description : accompagnement individuel et collectif de 420 bénéficiaires par an vers "
              "l'emploi ou la formation : diagnostic, ateliers, mises en situation professionnelle en entreprise."),
            H("Section III : Renseignements d'ordre juridique"),
            P("III.1.5) Informations sur les marchés réservés : La participation à la procédure est réservée à "
              "des organisations qui poursuivent une mission de service public liée à la prestation de services "
              "sociaux (article 77 de la directive 2014/24/UE)."),
            H("Section VI : Renseignements complémentaires"),
            P("VI.3) Marché réservé en application de l'article L. 2113-15 du code de la commande publique aux "
              "entreprises de l'économie sociale et solidaire poursuivant une mission de service public. Date "
              "limite de réception des offres : 30 juin 2027, 12:00.")]
    rc = [TITLE("DÉPARTEMENT DU HAUT-CÉROU", "RÈGLEMENT DE LA CONSULTATION",
                "Accompagnement socioprofessionnel renforcé des bénéficiaires du RSA"),
          H("Article 1 – Objet"),
          P("Le Département confie à des opérateurs l'accompagnement renforcé vers l'emploi des bénéficiaires du "
            "revenu de solidarité active orientés par ses équipes, dans le cadre de son programme départemental "
            "d'insertion."),
          H("Article 2 – Lots"),
          P("Le marché est décomposé en trois lots géographiques : lot 1 territoire Nord (160 places par an), "
            "lot 2 territoire Centre (180 places), lot 3 territoire Sud (80 places)."),
          H("Article 3 – Procédure et réservation"),
          P("La consultation est passée selon la procédure adaptée applicable aux services sociaux et autres "
            "services spécifiques (article R. 2123-1 3° du CCP). Elle est réservée, sur le fondement de l'article "
            "L. 2113-15 du même code, aux entreprises de l'économie sociale et solidaire au sens de l'article 1er "
            "de la loi n° 2014-856 du 31 juillet 2014 qui poursuivent une mission de service public."),
          H("Article 4 – Durée"),
          P("Chaque accord-cadre est conclu pour douze mois à compter du 1er septembre 2027 et peut être reconduit "
            "deux fois pour douze mois. Conformément à la réglementation applicable aux marchés réservés de ce "
            "type, sa durée totale n'excède pas trois ans."),
          *f_rc_retrait(c),
          H("Article # – Contenu de l'offre"),
          P("Le candidat décrit sa méthodologie : diagnostic initial, parcours d'au moins 20 heures "
            "d'accompagnement individuel par bénéficiaire et par semestre, ateliers collectifs de trois heures, "
            "relations avec les employeurs du territoire."),
          H("Article # – Critères"),
          LST(["Valeur technique : 60 % (méthodologie d'accompagnement 35 %, moyens humains et implantation 25 %) ;",
               "Prix : 40 %."]),
          *f_rc_remise(c, date="30 juin 2027", heure="12 heures")]
    ccap = [TITLE("DÉPARTEMENT DU HAUT-CÉROU", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accompagnement renforcé des bénéficiaires du RSA – lots 1 à 3"),
            H("Article 1 – Objet et lots"),
            P("Le présent CCAP s'applique aux trois lots territoriaux (Nord, Centre, Sud). Les accords-cadres sont "
              "réservés aux entreprises de l'économie sociale et solidaire (article L. 2113-15 du code de la "
              "commande publique)."),
            H("Article 2 – Durée"),
            P("Douze mois à compter du 1er septembre 2027, reconductibles tacitement deux fois par période de "
              "douze mois."),
            H("Article 3 – Montants"),
            P("Les accords-cadres sont exécutés par bons de commande, sans montant minimum. Les montants maximums "
              "de chaque période de douze mois sont les suivants :"),
            LST(["lot 1 – Nord : 120 000 € HT ;", "lot 2 – Centre : 150 000 € HT ;", "lot 3 – Sud : 80 000 € HT."]),
            P("À titre d'information, le prix de référence d'une heure d'accompagnement individuel constaté lors "
              "du précédent marché était de 48 € HT."),
            H("Article 4 – Obligations de l'opérateur"),
            P("L'opérateur reçoit le bénéficiaire dans les dix jours ouvrés suivant l'orientation, organise au "
              "moins deux rendez-vous par mois et transmet au référent départemental un bilan à trois mois et à la "
              "sortie. Les locaux d'accueil sont ouverts au moins de 9 heures à 17 heures du lundi au vendredi."),
            *f_prix(c, 2),
            *f_paiement(c, 1),
            *f_penalites(c, 2),
            *f_assurances(c, 0),
            *f_litiges(c)]
    ae1 = [TITLE("Département du Haut-Cérou", "ACTE D'ENGAGEMENT – LOT 1 (territoire Nord)",
                 "Accompagnement renforcé des bénéficiaires du RSA – HC-DIS-2027-04"),
           *f_ae_titulaire(c),
           H("Article 2 – Réservation"),
           P("Le candidat atteste être une entreprise de l'économie sociale et solidaire poursuivant une mission de "
             "service public, condition de la réservation prévue à l'article L. 2113-15 du code de la commande "
             "publique."),
           H("Article 3 – Montant"),
           P("Le lot 1 est exécuté par bons de commande sans minimum, dans la limite d'un montant maximum de "
             "120 000 € HT par période de douze mois (144 000 € TTC). La durée et les reconductions sont celles "
             "fixées par le CCAP."),
           P("Prix forfaitaire par parcours d'accompagnement (six mois) : ............ € HT."),
           *f_ae_compte(c),
           *f_ae_signature(c)]
    pieces = [
        PIECE("avis_JOUE_HC-DIS-2027-04.txt", "AVIS", hd + " – avis", "avis", avis,
              L(marche_reserve=1, reserve_base="L2113-15", allotissement=1, nb_lots=3, montant_estime_ht=900000,
                evidence=["Valeur hors TVA : 900 000 EUR", "Ce marché est divisé en lots : oui",
                          "Lot n° 3 : territoire Sud",
                          "Marché réservé en application de l'article L. 2113-15 du code de la commande publique"])),
        PIECE("RC_HC-DIS-2027-04.pdf", "RC", hd + " – RC", "Règlement de la consultation", rc,
              L(marche_reserve=1, reserve_base="L2113-15", allotissement=1, nb_lots=3,
                evidence=["Le marché est décomposé en trois lots géographiques",
                          "Elle est réservée, sur le fondement de l'article L. 2113-15"]), hyphen=True),
        PIECE("CCAP_HC-DIS-2027-04.pdf", "CCAP", hd + " – CCAP", "CCAP", ccap,
              L(marche_reserve=1, reserve_base="L2113-15", allotissement=1, nb_lots=3, montant_max_ht=1050000,
                evidence=["s'applique aux trois lots territoriaux",
                          "(article L. 2113-15 du code de la commande publique)",
                          "lot 1 – Nord : 120 000 € HT ;", "lot 2 – Centre : 150 000 € HT ;",
                          "lot 3 – Sud : 80 000 € HT.", "reconductibles tacitement deux fois",
                          "[(120 000 + 150 000 + 80 000) × 3 = 1 050 000]"])),
        PIECE("AE_lot1_HC-DIS-2027-04.docx", "AE", hd + " – AE lot 1", "AE lot 1", ae1,
              L(marche_reserve=1, reserve_base="L2113-15", allotissement=1, montant_max_ht=120000,
                evidence=["ACTE D'ENGAGEMENT – LOT 1 (territoire Nord)",
                          "condition de la réservation prévue à l'article L. 2113-15",
                          "120 000 € HT par période de douze mois"])),
    ]
    return dict(
        id="d08", title="Département du Haut-Cérou – accompagnement des bénéficiaires du RSA (3 lots réservés ESS)",
        pieces=pieces, pos=["marche_reserve"],
        values=V(allotissement=1, nb_lots=3, montant_estime_ht=900000, montant_max_ht=1050000,
                 reserve_base="L2113-15"),
        note="Maximum : CCAP, liste des maxima de chaque période de douze mois par lot (120 000, 150 000, 80 000), "
             "douze mois reconductibles deux fois (trois périodes) : 350 000 × 3 = 1 050 000. AE du lot 1 : "
             "« 120 000 € HT par période de douze mois », durée renvoyée au CCAP : 120 000. Estimation 900 000 "
             "(avis). Réservation L2113-15 (article cité ; case de l'avis « mission de service public », art. 77). "
             "L'objet même est l'insertion (accompagnement des bénéficiaires du RSA) : ni clause sociale, ni clause "
             "d'insertion, ni critère social (les critères jugent la prestation elle-même). Pièges : 20 heures "
             "d'accompagnement par bénéficiaire, ateliers de trois heures, prix de 48 € HT de l'heure "
             "d'accompagnement, 420 bénéficiaires et 160/180/80 places, 144 000 € TTC, « de 9 heures à "
             "17 heures », 12:00, 3 000 000 €.")


def d09():
    c = C("la Ville de Saint-Aubrin-des-Chaumes", "Poitiers", delai=30, profil="https://www.saint-aubrin.fr/marches",
          ref="SAC-27-PE")
    hd = "Ville de Saint-Aubrin-des-Chaumes – Service de la commande publique – SAC-27-PE"
    rc = [TITLE("VILLE DE SAINT-AUBRIN-DES-CHAUMES", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture de produits d'entretien et d'hygiène"),
          H("Article 1 – Objet"),
          P("La consultation porte sur la fourniture et la livraison de produits d'entretien, d'essuyage et "
            "d'hygiène pour les bâtiments communaux (écoles, crèches, gymnases, mairie, médiathèque)."),
          H("Article 2 – Lot unique"),
          P("La consultation n'est pas allotie : l'ensemble des références est commandé auprès d'un même "
            "fournisseur afin de grouper les livraisons et de limiter les transports. Le marché comporte un lot "
            "unique."),
          H("Article 3 – Procédure et estimation"),
          P("Procédure adaptée (article R. 2123-1 1° du CCP), la valeur estimée étant inférieure au seuil "
            "européen de 216 000 € HT. Le besoin est estimé à 160~000 € HT pour la durée totale du marché, "
            "prolongation éventuelle comprise."),
          H("Article 4 – Durée"),
          P("Accord-cadre à bons de commande conclu pour une période initiale de dix-huit mois à compter du "
            "1er janvier 2028, reconductible une fois pour dix-huit mois. Il comporte en outre une option de "
            "prolongation d'une durée maximale de six mois, que la Ville peut lever avant l'échéance de la "
            "reconduction pour assurer la continuité des approvisionnements."),
          *f_rc_retrait(c),
          *f_rc_candidature(c, 1),
          H("Article # – Critères"),
          LST(["Prix : 60 % (panier-type du détail estimatif) ;",
               "Valeur technique : 30 % (délais, échantillons, conditionnements) ;",
               "Caractéristiques environnementales des produits et des emballages : 10 %."]),
          *f_rc_remise(c, date="15 octobre 2027", heure="12 heures")]
    ccap = [TITLE("VILLE DE SAINT-AUBRIN-DES-CHAUMES", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Produits d'entretien et d'hygiène – accord-cadre à bons de commande"),
            H("Article 1 – Objet"),
            P("Fourniture et livraison de produits d'entretien et d'hygiène pour les bâtiments communaux."),
            H("Article 2 – Durée"),
            P("Période initiale de dix-huit mois ; une reconduction de dix-huit mois ; option de prolongation de "
              "six mois au plus (article 4 du RC)."),
            H("Article 3 – Livraisons"),
            P("Les livraisons ont lieu dans les cinq jours ouvrés suivant la commande, entre 8 heures et 11 h 30, "
              "franco de port pour toute commande d'au moins 250 € HT. Les produits dangereux sont livrés avec "
              "leur fiche de donnés de sécurité."),
            H("Article 4 – Montants"),
            P("L'accord-cadre est conclu sans montant minimum. Les montants maximums sont les suivants :"),
            LST(["période initiale (dix-huit mois) : 90 000 € HT ;",
                 "période de reconduction (dix-huit mois) : 90 000 € HT ;",
                 "période de prolongation, en cas de levée de l'option (six mois au plus) : 30 000 € HT."]),
            P("Ces montants ne se cumulent pas d'une période à l'autre."),
            H("Article 5 – Exigences environnementales"),
            P("Les détergents et produits d'entretien livrés portent l'Écolabel européen ou un label équivalent. Le "
              "titulaire livre les produits concentrés en bidons rechargeables, reprend les bidons vides à chaque "
              "livraison et les oriente vers le réemploi ou le recyclage."),
            *f_prix(c, 0),
            *f_paiement(c, 1),
            *f_penalites(c, 0),
            *f_litiges(c)]
    ae = [TITLE("Ville de Saint-Aubrin-des-Chaumes", "ACTE D'ENGAGEMENT",
                "Fourniture de produits d'entretien et d'hygiène – SAC-27-PE"),
          *f_ae_titulaire(c),
          H("Article 2 – Montants"),
          P("L'accord-cadre est exécuté par bons de commande dans les limites fixées à l'article 4 du CCAP. Pour "
            "information, le montant maximum de la période initiale correspond à 108 000 € TTC."),
          P("Les prix unitaires sont ceux du bordereau de prix et du catalogue remisé (remise : ....... %)."),
          *f_ae_compte(c),
          *f_ae_signature(c)]
    qr = [TITLE("Ville de Saint-Aubrin-des-Chaumes", "QUESTIONS-RÉPONSES N° 1",
                "Consultation SAC-27-PE – publié le 2 octobre 2027"),
          P("Question 1 : Pouvez-vous confirmer que le montant maximum de la période de reconduction est "
            "identique à celui de la période initiale ?"),
          P("Réponse : non. En raison de la reprise en régie du nettoyage de la médiathèque et des gymnases à "
            "compter de 2029, le montant maximum de la période de reconduction est ramené à 75 000 € HT. Les "
            "autres montants de l'article 4 du CCAP sont inchangés. Le CCAP modifié est mis en ligne avec la "
            "présente réponse."),
          P("Question 2 : Les commandes passées le vendredi après 16 heures sont-elles livrables le lundi ?"),
          P("Réponse : oui, le délai de cinq jours ouvrés court à compter du premier jour ouvré suivant la "
            "commande."),
          P("Question 3 : Les échantillons doivent-ils être remis avec l'offre ?"),
          P("Réponse : oui, à l'accueil des services techniques, 14 rue des Chaumes, avant le 15 octobre 2027 à "
            "12 heures.")]
    pieces = [
        PIECE("RC_SAC-27-PE.pdf", "RC", hd + " – RC", "Règlement de la consultation", rc,
              L(critere_environnemental=1, allotissement=0, montant_estime_ht=160000,
                evidence=["La consultation n'est pas allotie",
                          "Le besoin est estimé à 160~000 € HT pour la durée totale du marché",
                          "Caractéristiques environnementales des produits et des emballages : 10 %."])),
        PIECE("CCAP_SAC-27-PE.pdf", "CCAP", hd + " – CCAP", "CCAP", ccap,
              L(clause_environnementale=1, montant_max_ht=210000,
                evidence=["période initiale (dix-huit mois) : 90 000 € HT ;",
                          "période de reconduction (dix-huit mois) : 90 000 € HT ;",
                          "six mois au plus) : 30 000 € HT.", "[90 000 + 90 000 + 30 000 = 210 000]",
                          "reprend les bidons vides à chaque livraison"]), hyphen=True),
        PIECE("AE_SAC-27-PE.docx", "AE", hd + " – AE", "AE", ae, L()),
        PIECE("QR_SAC-27-PE.docx", "QR", hd + " – Q/R", "Questions-réponses", qr,
              L(montant_max_ht=75000,
                evidence=["le montant maximum de la période de reconduction est ramené à 75 000 € HT"])),
    ]
    return dict(
        id="d09", title="Ville de Saint-Aubrin-des-Chaumes – produits d'entretien (périodes de 18 mois, option de "
                        "prolongation, Q/R)",
        pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
        values=V(allotissement=0, montant_estime_ht=160000, montant_max_ht=195000),
        note="Maximum : CCAP, liste des maxima par période : initiale 18 mois 90 000, reconduction 18 mois 90 000, "
             "prolongation optionnelle de six mois 30 000 (période comprise dans « toutes les périodes ») : CCAP "
             "210 000. Le registre Q/R ramène la reconduction à 75 000 € HT (« les autres montants … sont "
             "inchangés ») : dossier 90 000 + 75 000 + 30 000 = 195 000 ; le Q/R reçoit 75 000 (seul chiffre "
             "qu'il fixe). L'AE n'écrit que 108 000 € TTC (période initiale) : vide. Estimation 160 000 (RC, "
             "prolongation comprise). Non alloti (« lot unique », RC). Pièges : seuil européen 216 000 € HT, "
             "franco de 250 € HT, « entre 8 heures et 11 h 30 », « après 16 heures », « ne se cumulent pas », "
             "pénalités plafonnées à 10 % du bon, avance.")


def d10():
    c = C("le Syndicat mixte du bassin de la Sèvre-Aurance", "Poitiers", delai=30,
          profil="https://www.marches-securises.fr", ref="SMBSA-2027-02")
    hd = "Syndicat mixte du bassin de la Sèvre-Aurance – SMBSA-2027-02"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "BOAMP – Services – Procédure adaptée",
                  "Syndicat mixte du bassin de la Sèvre-Aurance"),
            P("Acheteur : Syndicat mixte du bassin de la Sèvre-Aurance, 5 quai des Tanneurs, 79200 Aurance."),
            P("Objet : entretien de la ripisylve, des berges et des zones humides du bassin – accords-cadres à "
              "bons de commande."),
            P("Lots : oui, 2 lots. Lot 1 : entretien de la ripisylve et enlèvement des embâcles (cours principaux). "
              "Lot 2 : entretien des zones humides et des petits affluents (lot réservé)."),
            P("Marché réservé : le lot 2 est réservé aux entreprises adaptées, aux ESAT et aux structures "
              "d'insertion par l'activité économique (articles L. 2113-12, L. 2113-13 et L. 2113-14 du code de la "
              "commande publique)."),
            P("Valeur estimée hors TVA : 470 000 euros. Montant maximum cumulé des deux lots sur la durée totale : "
              "520 000 euros HT."),
            P("Durée : deux ans à compter du 1er mars 2027, reconductible une fois pour un an."),
            P("Conditions d'exécution : clause d'insertion sur le lot 1 (400 heures) ; absence de produits "
              "phytosanitaires et huiles biodégradables (CCAP, article 6)."),
            P("Remise des offres : 10 février 2027 à 12 h."),
            P("Renseignements : le technicien rivière répond aux questions par la plateforme uniquement.")]
    rc = [TITLE("SYNDICAT MIXTE DU BASSIN DE LA SÈVRE-AURANCE", "RÈGLEMENT DE LA CONSULTATION",
                "Entretien de la ripisylve et des zones humides – procédure adaptée"),
          H("Article 1 – Objet et lots"),
          P("La consultation comprend deux lots, attribués séparément : lot 1 ripisylve et embâcles des cours "
            "principaux (62 km de berges) ; lot 2 zones humides et petits affluents."),
          H("Article 2 – Lot réservé"),
          P("Le lot 2 est réservé, conformément aux articles L. 2113-12 à L. 2113-14 du code de la commande "
            "publique, aux entreprises adaptées, aux établissements et services d'aide par le travail et aux "
            "structures d'insertion par l'activité économique, ou à un groupement de ces opérateurs."),
          H("Article 3 – Durée"),
          P("Les accords-cadres sont conclus pour deux ans à compter du 1er mars 2027 et peuvent être reconduits "
            "une fois pour un an."),
          *f_rc_retrait(c),
          *f_rc_candidature(c, 1),
          H("Article # – Critères d'attribution"),
          P("Lot 1 : prix 40 % ; valeur technique 50 % ; modalités de réalisation des heures d'insertion "
            "(encadrement, tutorat, formation qualifiante) 10 %."),
          P("Lot 2 : prix 40 % ; valeur technique 60 %."),
          *f_rc_nego(c),
          *f_rc_remise(c, date="10 février 2027", heure="12 heures")]
    ccap = [TITLE("SYNDICAT MIXTE DU BASSIN DE LA SÈVRE-AURANCE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Entretien de la ripisylve et des zones humides – lots 1 et 2"),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux deux lots. Le lot 2 est réservé (articles L. 2113-12 et L. 2113-13 "
              "du code de la commande publique)."),
            H("Article 2 – Durée"),
            P("Deux ans à compter du 1er mars 2027, reconductible une fois pour un an, soit trois ans au plus."),
            H("Article 3 – Montants maximums"),
            P("Les accords-cadres sont conclus sans minimum et avec les montants maximums suivants, toutes "
              "périodes confondues, pour leur durée totale, reconduction comprise : lot 1, 320 000 € HT ; lot 2, "
              "200 000 € HT ; soit un montant maximum cumulé pour l'opération de 520" + SB + "000 € HT."),
            H("Article 4 – Clause d'insertion (lot 1)"),
            P("Le titulaire du lot 1 réalise, sur la durée totale de l'accord-cadre, 400 heures de travail au "
              "bénéfice de personnes éloignées de l'emploi (environ 135 heures par an), par embauche directe, "
              "mise à disposition ou sous-traitance à une SIAE. Le lot 2, réservé, ne comporte pas de clause "
              "d'insertion."),
            H("Article 5 – Conditions d'intervention"),
            P("Les chantiers se déroulent de 8 heures à 17 heures, hors week-ends et jours fériés. Après une crue, "
              "l'enlèvement des embâcles dangereux est engagé sous 48 heures. Les travaux en lit mineur sont "
              "interdits du 1er novembre au 31 mars (période de frai)."),
            H("Article 6 – Protection des milieux"),
            P("L'usage de produits phytosanitaires est interdit. Les tronçonneuses et engins utilisent des huiles "
              "de chaîne et hydrauliques biodégradables ; les rémanents sont broyés sur place ou valorisés en "
              "bois-énergie ; les espèces exotiques envahissantes sont évacuées en sacs fermés."),
            *f_prix(c, 2),
            *f_paiement(c, 1),
            *f_penalites(c, 2),
            *f_assurances(c, 0),
            *f_litiges(c)]
    qr = [TITLE("Syndicat mixte du bassin de la Sèvre-Aurance", "QUESTIONS ET RÉPONSES",
                "Consultation SMBSA-2027-02"),
          H2("Question 1 (lot 1)"),
          P("Les 400 heures d'insertion du lot 1 s'entendent-elles par an ?"),
          P("Réponse : non. Les 400 heures sont dues pour toute la durée de l'accord-cadre, reconduction comprise "
            "(trois ans au plus). L'indication « environ 135 heures par an » de l'article 4 du CCAP n'est "
            "qu'indicative."),
          H2("Question 2 (les deux lots)"),
          P("Quel est le taux horaire retenu pour les interventions en régie ?"),
          P("Réponse : il n'y a pas de taux horaire ; les prestations sont rémunérées aux prix unitaires du "
            "bordereau (mètre linéaire de berge, unité d'embâcle, hectare de zone humide)."),
          H2("Question 3 (lot 2)"),
          P("Un groupement entre un ESAT et une association intermédiaire peut-il répondre au lot 2 ?"),
          P("Réponse : oui, le lot 2 peut être attribué à un groupement de ces opérateurs.")]
    pieces = [
        PIECE("avis_BOAMP_SMBSA-2027-02.txt", "AVIS", hd + " – avis", "avis", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=400, marche_reserve=1,
                reserve_base="L2113-12;L2113-13", clause_environnementale=1, allotissement=1, nb_lots=2,
                montant_estime_ht=470000, montant_max_ht=520000,
                evidence=["Lots : oui, 2 lots.", "articles L. 2113-12, L. 2113-13 et L. 2113-14",
                          "Valeur estimée hors TVA : 470 000 euros",
                          "Montant maximum cumulé des deux lots sur la durée totale : 520 000 euros HT",
                          "clause d'insertion sur le lot 1 (400 heures)",
                          "absence de produits phytosanitaires et huiles biodégradables"])),
        PIECE("RC_SMBSA-2027-02.pdf", "RC", hd + " – RC", "Règlement de la consultation", rc,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=1,
                nb_lots=2,
                evidence=["La consultation comprend deux lots",
                          "conformément aux articles L. 2113-12 à L. 2113-14",
                          "modalités de réalisation des heures d'insertion (encadrement, tutorat, formation "
                          "qualifiante) 10 %"])),
        PIECE("CCAP_SMBSA-2027-02.pdf", "CCAP", hd + " – CCAP", "CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=400, marche_reserve=1,
                reserve_base="L2113-12;L2113-13", clause_environnementale=1, allotissement=1, nb_lots=2,
                montant_max_ht=520000,
                evidence=["commun aux deux lots", "(articles L. 2113-12 et L. 2113-13",
                          "soit un montant maximum cumulé pour l'opération de 520~000 € HT",
                          "réalise, sur la durée totale de l'accord-cadre, 400 heures de travail",
                          "L'usage de produits phytosanitaires est interdit."]), hyphen=True),
        PIECE("QR_SMBSA-2027-02.docx", "QR", hd + " – Q/R", "Questions-réponses", qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=400, allotissement=1, nb_lots=2,
                evidence=["Question 2 (les deux lots)",
                          "Les 400 heures sont dues pour toute la durée de l'accord-cadre"])),
    ]
    return dict(
        id="d10", title="Syndicat mixte du bassin de la Sèvre-Aurance – ripisylve et zones humides (2 lots, lot 2 "
                        "réservé EA/ESAT et SIAE)",
        pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                            "clause_environnementale"],
        values=V(heures_insertion=400, allotissement=1, nb_lots=2, montant_estime_ht=470000, montant_max_ht=520000,
                 reserve_base="L2113-12;L2113-13"),
        note="Maximum : CCAP, maxima par lot pour la durée totale (320 000 + 200 000) suivis du total écrit "
             "« montant maximum cumulé de 520 000 € HT » ; avis : même total. Ne rien multiplier (les montants "
             "valent pour la durée totale, reconduction comprise) ni ajouter le total à ses lignes (pas 1 040 000, "
             "pas 1 560 000). Heures : 400 pour toute la durée (lot 1 seul) ; « environ 135 heures par an » est "
             "indicatif et le Q/R le confirme ; pas de heures au lot 2 (réservé). Estimation 470 000 (avis). "
             "Réservation du lot 2 : L. 2113-12 et L. 2113-13 (et L. 2113-14, qui permet le cumul) : "
             "L2113-12;L2113-13. Pièges : 62 km, « de 8 heures à 17 heures », « sous 48 heures », « 12 h », "
             "taux horaire inexistant (Q/R), 3 000 000 €.")


def d11():
    c = C("la Communauté d'agglomération du Pays de Brévenne", "Lyon", delai=30,
          profil="https://marches.agglo-brevenne.fr", ref="CAPB-ESP-2027")
    hd = "Communauté d'agglomération du Pays de Brévenne – CAPB-ESP-2027"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "BOAMP – Services – Appel d'offres ouvert",
                  "Communauté d'agglomération du Pays de Brévenne"),
            P("I. Acheteur : Communauté d'agglomération du Pays de Brévenne, 40 rue de la République, 69610 "
              "Brévenne-Ville."),
            P("II. Objet : entretien des espaces verts des zones d'activités économiques communautaires."),
            P("Lots : le marché est alloti en trois lots – lot 1 : zones d'activités Nord ; lot 2 : zones "
              "d'activités Sud ; lot 3 : bassins de rétention et noues (lot réservé)."),
            P("Valeur estimée hors TVA : 540 000 EUR pour l'ensemble des lots et la durée maximale de quatre ans."),
            P("Durée : 12 mois, reconductible trois fois."),
            P("Marché réservé : lot 3 réservé aux entreprises adaptées et aux ESAT (article L. 2113-12 du code de "
              "la commande publique)."),
            P("Conditions particulières d'exécution : clause sociale d'insertion sur les lots 1 et 2, pour un "
              "volume total de 2 000 heures sur la durée maximale ; gestion différenciée sans produits "
              "phytosanitaires."),
            P("Critères d'attribution : prix 45 % ; valeur technique 45 % ; performance environnementale "
              "(gestion des déchets verts, matériel électrique) 10 %."),
            P("Date limite : 28 mai 2027 à 11 h 30.")]
    rc = [TITLE("COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE BRÉVENNE", "RÈGLEMENT DE LA CONSULTATION",
                "Entretien des espaces verts des zones d'activités économiques"),
          H("Article 1 – Objet et allotissement"),
          P("La consultation est divisée en trois lots : lot 1 zones d'activités Nord (38 ha) ; lot 2 zones "
            "d'activités Sud (27 ha) ; lot 3 bassins de rétention et noues (9 ha). Le lot 3 est réservé aux "
            "entreprises adaptées et aux établissements et services d'aide par le travail, en application de "
            "l'article L. 2113-12 du code de la commande publique."),
          H("Article 2 – Durée"),
          P("Chaque accord-cadre est conclu pour douze mois à compter du 1er juillet 2027 ; il est reconductible "
            "tacitement trois fois pour douze mois."),
          *f_rc_retrait(c),
          *f_rc_candidature(c, 0),
          H("Article # – Jugement des offres"),
          LST(["Prix : 45 % ;", "Valeur technique (organisation, moyens, calendrier de tonte) : 45 % ;",
               "Performance environnementale (valorisation des déchets verts, part de matériel électrique) : "
               "10 %."]),
          *f_rc_remise(c, date="28 mai 2027", heure="11 h 30")]
    ccap = [TITLE("COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE BRÉVENNE",
                  "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Espaces verts des zones d'activités – lots 1 à 3"),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux trois lots. Le lot 3 est réservé aux EA et ESAT (article L. 2113-12 "
              "du CCP)."),
            H("Article 2 – Durée"),
            P("Douze mois à compter du 1er juillet 2027, reconductibles trois fois par période de douze mois."),
            H("Article 3 – Montants minimum et maximum"),
            P("Chaque lot est un accord-cadre à bons de commande assorti, pour chaque période de douze mois, d'un "
              "montant minimum et d'un montant maximum :"),
            RTAB([["Lot", "Minimum par période (HT)", "Maximum par période (HT)"],
                  ["Lot 1 – ZA Nord", "20 000 €", "80 000 €"],
                  ["Lot 2 – ZA Sud", "15 000 €", "60 000 €"],
                  ["Lot 3 – Bassins et noues", "5 000 €", "25 000 €"]], widths=[2.4, 1.6, 1.6], align="lrr"),
            P("Conformément à l'article R. 2194-8 du code de la commande publique, le maximum d'une période peut "
              "être dépassé dans la limite de 10 % par voie de modification, sans que ce dépassement soit "
              "reporté sur les périodes suivantes."),
            H("Article 4 – Clause sociale d'insertion (lots 1 et 2)"),
            P("Les titulaires des lots 1 et 2 réservent à des personnes rencontrant des difficultés d'accès à "
              "l'emploi le nombre d'heures de travail indiqué ci-dessous :"),
            RTAB([["Lot", "Heures d'insertion par période de douze mois", "Heures sur la durée maximale (4 ans)"],
                  ["Lot 1", "300", "1 200"],
                  ["Lot 2", "200", "800"],
                  ["Total", "500", "2 000"]], widths=[1.2, 2.4, 2.4], align="lrr", bold_last=True),
            P("Le lot 3, réservé, n'est pas soumis à la clause. Les heures de tutorat effectuées par les salariés "
              "permanents du titulaire ne sont pas décomptées."),
            H("Article 5 – Conditions d'exécution environnementales"),
            P("Les espaces sont entretenus en gestion différenciée, sans aucun produit phytosanitaire. Les tontes "
              "sont mulchées ou valorisées en compostage ; le titulaire utilise du matériel portatif électrique "
              "pour au moins la moitié des heures de débroussaillage."),
            H("Article 6 – Horaires"),
            P("Les interventions ont lieu entre 7 heures et 19 heures ; les souffleurs ne sont pas utilisé avant "
              "8 heures. Les prestations ponctuelles sont rémunérées au taux horaire de 38 € HT par agent."),
            *f_paiement(c, 1),
            *f_penalites(c, 0),
            *f_litiges(c)]
    ae3 = [TITLE("Communauté d'agglomération du Pays de Brévenne", "ACTE D'ENGAGEMENT – LOT N° 3",
                 "Bassins de rétention et noues – lot réservé (article L. 2113-12 du CCP)"),
           *f_ae_titulaire(c),
           H("Article 2 – Qualité du candidat"),
           P("Le lot 3 étant réservé, le candidat déclare être une entreprise adaptée, un ESAT ou une structure "
             "équivalente employant au moins 50 % de travailleurs handicapés."),
           H("Article 3 – Montants"),
           P("Montant minimum par période de douze mois : 5 000 € HT. Montant maximum par période de douze mois : "
             "25 000 € HT, soit 100 000 € HT pour les quatre périodes."),
           *f_ae_compte(c),
           *f_ae_signature(c)]
    pieces = [
        PIECE("avis_CAPB-ESP-2027.txt", "AVIS", hd + " – avis", "avis", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, marche_reserve=1,
                reserve_base="L2113-12", clause_environnementale=1, critere_environnemental=1, allotissement=1,
                nb_lots=3, montant_estime_ht=540000,
                evidence=["le marché est alloti en trois lots", "Valeur estimée hors TVA : 540 000 EUR",
                          "ESAT (article L. 2113-12",
                          "volume total de 2 000 heures sur la durée maximale",
                          "gestion différenciée sans produits phytosanitaires",
                          "performance environnementale (gestion des déchets verts"])),
        PIECE("RC_CAPB-ESP-2027.pdf", "RC", hd + " – RC", "RC espaces verts", rc,
              L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=3,
                evidence=["La consultation est divisée en trois lots",
                          "en application de l'article L. 2113-12 du code de la commande publique",
                          "Performance environnementale (valorisation des déchets verts, part de matériel "
                          "électrique)"])),
        PIECE("CCAP_CAPB-ESP-2027.pdf", "CCAP", hd + " – CCAP", "CCAP espaces verts", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, marche_reserve=1,
                reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=3,
                montant_max_ht=660000,
                evidence=["commun aux trois lots", "Lot 1 – ZA Nord 20 000 € 80 000 €",
                          "Lot 2 – ZA Sud 15 000 € 60 000 €", "Lot 3 – Bassins et noues 5 000 € 25 000 €",
                          "[(80 000 + 60 000 + 25 000) × 4 = 660 000]", "Total 500 2 000",
                          "(article L. 2113-12 du CCP)", "sans aucun produit phytosanitaire"]), hyphen=True),
        PIECE("AE_lot3_CAPB-ESP-2027.docx", "AE", hd + " – AE lot 3", "AE lot 3", ae3,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=100000,
                evidence=["ACTE D'ENGAGEMENT – LOT N° 3", "lot réservé (article L. 2113-12 du CCP)",
                          "soit 100 000 € HT pour les quatre périodes"])),
    ]
    return dict(
        id="d11", title="CA du Pays de Brévenne – espaces verts des zones d'activités (3 lots, lot 3 réservé EA/ESAT)",
        pieces=pieces, pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
                            "critere_environnemental"],
        values=V(heures_insertion=2000, allotissement=1, nb_lots=3, montant_estime_ht=540000, montant_max_ht=660000,
                 reserve_base="L2113-12"),
        note="Maximum : tableau du CCAP, minimum et maximum par lot et par période de douze mois (ne prendre que la "
             "colonne des maxima : 80 000, 60 000, 25 000), quatre périodes (douze mois reconductibles trois "
             "fois) : 165 000 × 4 = 660 000. Le dépassement possible de 10 % par modification (R. 2194-8) n'entre "
             "pas dans le maximum. AE du lot 3 : « 25 000 € HT, soit 100 000 € HT pour les quatre périodes » : "
             "100 000. Heures : tableau du CCAP, colonnes par an (300, 200, total 500) et sur quatre ans (1 200, "
             "800, total 2 000) : 2 000, comme l'avis ; ne pas additionner 500 et 2 000, ni multiplier 2 000. "
             "Estimation 540 000 (avis). Lot 3 réservé L2113-12. Pièges : minima (20 000, 15 000, 5 000), taux "
             "horaire 38 € HT, « entre 7 heures et 19 heures », « avant 8 heures », hectares, 11 h 30, 50 % de "
             "travailleurs handicapés.")


def d12():
    c = C("la Commune de Montferrand-le-Haut", "Clermont-Ferrand", ccag="travaux", delai=30,
          profil="https://www.achatpublic-auvergne.fr", ref="MLH-VOI-27")
    hd = "Commune de Montferrand-le-Haut – Services techniques – MLH-VOI-27"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "BOAMP – Travaux – Avis n° 27-009311",
                  "Commune de Montferrand-le-Haut"),
            P("Nom et adresse de l'acheteur : Commune de Montferrand-le-Haut, place de la Halle, 63990 "
              "Montferrand-le-Haut."),
            P("Objet : accord-cadre à bons de commande pour les travaux d'entretien et de grosses réparations de "
              "la voirie communale."),
            P("Procédure : procédure adaptée (article R. 2123-1 1° du CCP)."),
            P("Allotissement : deux lots. Lot 1 : chaussées, trottoirs et réseaux pluviaux. Lot 2 : signalisation "
              "horizontale et verticale."),
            P("Durée : un an à compter de la notification, reconductible trois fois."),
            P("Montants maximums sur la durée totale de l'accord-cadre (quatre ans) : lot 1 : 1 200 000 EUR HT ; "
              "lot 2 : 150 000 EUR HT."),
            P("Valeur estimée hors TVA : 1 100 000 EUR."),
            P("Conditions d'exécution : clause d'insertion sur le lot 1 (600 heures) ; recyclage des matériaux "
              "de chantier."),
            P("Critères : prix 50 % ; valeur technique 40 % ; insertion professionnelle 10 %."),
            P("Date limite de réception des offres : 19 mars 2027 à 12 heures.")]
    rc = [TITLE("COMMUNE DE MONTFERRAND-LE-HAUT", "RÈGLEMENT DE LA CONSULTATION",
                "Travaux d'entretien et de grosses réparations de la voirie communale"),
          H("Article 1 – Objet"),
          P("Travaux de voirie sur les 74 km de voies communales : reprofilage, enrobés, bordures, trottoirs, "
            "avaloirs et réseaux pluviaux, signalisation."),
          H("Article 2 – Allotissement"),
          P("La consultation comporte deux lots : lot 1 chaussées, trottoirs et réseaux pluviaux ; lot 2 "
            "signalisation horizontale et verticale. Les candidats peuvent soumisionner pour l'un et/ou l'autre "
            "lot."),
          H("Article 3 – Forme et durée"),
          P("Accords-cadres mono-attributaires à bons de commande, conclus pour un an et reconductibles trois "
            "fois. Les montants maximums du CCAP s'entendent pour la durée totale, reconductions comprises."),
          *f_rc_retrait(c),
          *f_rc_candidature(c, 0),
          H("Article # – Jugement des offres"),
          P("Les offres sont classées, pour chaque lot, selon les critères suivants : prix (détail quantitatif "
            "estimatif) 50 % ; valeur technique 40 % ; pour le lot 1, mesures proposées en faveur de "
            "l'insertion professionnelle des publics éloignés de l'emploi 10 % (pour le lot 2, la valeur "
            "technique est portée à 50 %)."),
          *f_rc_remise(c, date="19 mars 2027", heure="12 heures")]
    ccap = [TITLE("COMMUNE DE MONTFERRAND-LE-HAUT", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accords-cadres de travaux de voirie – lots 1 et 2"),
            H("Article 1 – Objet et lots"),
            P("Le présent CCAP régit les deux lots des accords-cadres de travaux de voirie de la commune."),
            H("Article 2 – Durée"),
            P("Un an à compter de la notification ; reconductible trois fois par période d'un an."),
            H("Article 3 – Montants"),
            P("Les accords-cadres sont conclus sans minimum. Les montants maximums, pour la durée totale, "
              "reconductions comprises, sont de 1,2 M€ HT pour le lot 1 et de 150 k€ HT pour le lot 2."),
            P("Pour mémoire, les travaux de moins de 100 000 € HT peuvent être passés sans publicité ni mise en "
              "concurrence ; cette faculté ne s'applique pas aux bons de commande du présent accord-cadre."),
            H("Article 4 – Délais et horaires"),
            P("Les réparations urgentes (nid-de-poule dangereux, avaloir effondré) sont engagées sous 24 heures. "
              "Les chantiers de nuit (de 21 heures à 6 heures) font l'objet d'une majoration prévue au bordereau. "
              "La main-d'œuvre en régie est rémunérée au taux horaire de 48 € HT."),
            H("Article 5 – Clause d'insertion (lot 1)"),
            P("Le titulaire du lot 1 réalise une heure d'insertion au bénéfice de personnes éloignées de l'emploi "
              "par tranche de 2 000 € HT du montant maximum du lot, soit 600 heures sur la durée de "
              "l'accord-cadre. Le lot 2 ne comporte pas de clause d'insertion."),
            H("Article 6 – Matériaux et déchets"),
            P("Les fraisats d'enrobés sont recyclés en centrale ; les enrobés mis en œuvre contiennent au moins "
              "20 % d'agrégats d'enrobés recyclés et sont fabriqués à température abaissée (enrobés tièdes). Les "
              "déblais inertes sont réemployés ou évacués vers une installation de recyclage autorisée."),
            *f_prix(c, 1),
            *f_paiement(c, 0),
            *f_penalites(c, 1),
            *f_litiges(c)]
    rect = [TITLE("AVIS RECTIFICATIF", "BOAMP – Travaux – rectificatif à l'avis n° 27-009311",
                  "Commune de Montferrand-le-Haut"),
            P("Objet : travaux d'entretien et de grosses réparations de la voirie communale (MLH-VOI-27)."),
            P("Motif : intégration au programme du lot 1 de la réfection de la route des Granges."),
            P("Modifications :"),
            LST(["le montant maximum du lot 1 sur la durée totale est porté de 1,2 M€ HT à 1,5 M€ HT ;",
                 "en conséquence, le nombre d'heures d'insertion du lot 1 est porté de 600 à 750 heures ;",
                 "la valeur estimée hors TVA du marché est portée à 1 300 000 EUR ;",
                 "la date limite de réception des offres est reportée au 2 avril 2027 à 12 heures."]),
            P("Les articles 3 et 5 du CCAP sont modifiés en conséquence ; le lot 2 est inchangé."),
            P("Date d'envoi du présent avis : 8 mars 2027.")]
    dqe = [TITLE("Commune de Montferrand-le-Haut", "DÉTAIL QUANTITATIF ESTIMATIF – LOT 1",
                 "Chaussées, trottoirs et réseaux pluviaux – document non contractuel"),
           P("Le présent détail sert uniquement au jugement des offres (critère prix). Les quantités "
             "correspondent à une année type de commandes et n'engagent pas la commune."),
           RTAB([["N°", "Désignation", "Unité", "Quantité", "Prix unitaire HT", "Montant HT"],
                 ["1.1", "Fraisage de chaussée, ép. 0 à 5 cm", "m²", "6 500", "", ""],
                 ["1.2", "Enrobé BBSG 0/10, ép. 6 cm, mise en œuvre mécanique", "t", "1 450", "", ""],
                 ["1.3", "Bordure T2 en béton, fourniture et pose", "ml", "820", "", ""],
                 ["1.4", "Avaloir grille fonte, remplacement complet", "u", "24", "", ""],
                 ["1.5", "Heure de mini-pelle avec chauffeur", "h", "120", "", ""],
                 ["1.6", "Heure de compacteur vibrant avec chauffeur", "h", "90", "", ""],
                 ["", "Total du détail estimatif HT", "", "", "", ".............."],
                 ["", "TVA 20 %", "", "", "", ".............."],
                 ["", "Total TTC", "", "", "", ".............."]],
                widths=[0.5, 3.4, 0.6, 0.9, 1.2, 1.2], align="llrrrr")]
    pieces = [
        PIECE("avis_BOAMP_27-009311.txt", "AVIS", hd + " – avis", "avis", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, critere_social=1,
                clause_environnementale=1, allotissement=1, nb_lots=2, montant_estime_ht=1100000,
                montant_max_ht=1350000,
                evidence=["Allotissement : deux lots.", "lot 1 : 1 200 000 EUR HT ; lot 2 : 150 000 EUR HT",
                          "[1 200 000 + 150 000 = 1 350 000]", "Valeur estimée hors TVA : 1 100 000 EUR",
                          "clause d'insertion sur le lot 1 (600 heures)", "recyclage des matériaux de chantier",
                          "insertion professionnelle 10 %"])),
        PIECE("RC_MLH-VOI-27.docx", "RC", hd + " – RC", "RC", rc,
              L(critere_social=1, allotissement=1, nb_lots=2,
                evidence=["La consultation comporte deux lots",
                          "mesures proposées en faveur de l'insertion professionnelle des publics éloignés de "
                          "l'emploi 10 %"])),
        PIECE("CCAP_MLH-VOI-27.pdf", "CCAP", hd + " – CCAP", "CCAP voirie", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, clause_environnementale=1,
                allotissement=1, nb_lots=2, montant_max_ht=1350000,
                evidence=["régit les deux lots", "sont de 1,2 M€ HT pour le lot 1 et de 150 k€ HT pour le lot 2",
                          "[1 200 000 + 150 000 = 1 350 000]", "soit 600 heures sur la durée de l'accord-cadre",
                          "contiennent au moins 20 % d'agrégats d'enrobés recyclés"]), hyphen=True),
        PIECE("avis_rectificatif_27-009311.txt", "AVIS", hd + " – rectificatif", "rectificatif", rect,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=750, allotissement=1,
                montant_estime_ht=1300000, montant_max_ht=1500000,
                evidence=["est porté de 1,2 M€ HT à 1,5 M€ HT",
                          "le nombre d'heures d'insertion du lot 1 est porté de 600 à 750 heures",
                          "la valeur estimée hors TVA du marché est portée à 1 300 000 EUR"])),
        PIECE("DQE_lot1_MLH-VOI-27.docx", "DQE", hd + " – DQE lot 1", "DQE lot 1", dqe,
              L(allotissement=1, evidence=["DÉTAIL QUANTITATIF ESTIMATIF – LOT 1"])),
    ]
    return dict(
        id="d12", title="Commune de Montferrand-le-Haut – travaux de voirie (2 lots, maxima en M€ et k€, avis "
                        "rectificatif)",
        pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(heures_insertion=750, allotissement=1, nb_lots=2, montant_estime_ht=1300000,
                 montant_max_ht=1650000),
        note="Maximum : maxima par lot pour la durée totale (avis : 1 200 000 et 150 000 EUR HT ; CCAP : « 1,2 M€ "
             "HT » et « 150 k€ HT ») : 1 350 000 avant rectification ; l'avis rectificatif, postérieur, porte le "
             "lot 1 à 1,5 M€ HT (lot 2 inchangé) : dossier 1 500 000 + 150 000 = 1 650 000 ; le rectificatif "
             "reçoit 1 500 000 (seul lot qu'il fixe). Ne pas multiplier par quatre (montants sur la durée "
             "totale). Heures : lot 1 seul, « une heure … par tranche de 2 000 € HT …, soit 600 heures » (CCAP, "
             "avis) ; le rectificatif porte les heures à 750 : dossier 750. Estimation : 1 100 000 (avis "
             "initial), portée à 1 300 000 par le rectificatif : 1 300 000. 2 lots. Pièges : seuil de "
             "100 000 € HT (dispense de procédure), taux horaire 48 € HT, « sous 24 heures », « de 21 heures à "
             "6 heures », 74 km, 20 % d'agrégats, 12 heures ; DQE du lot 1 (année type, non contractuel, total à "
             "remplir, heures de mini-pelle et de compacteur).")


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
        for col in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
            if r[col] and not re.fullmatch(r"\d+(\.\d+)?", r[col]):
                out.append("%s : %s = %r" % (r["path"], col, r[col]))
    return out
def build_piece(folder, p, buyer):
    path = os.path.join(folder, p["file"])
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
    # blind_values_15 : mêmes clés que le dossiers.yml de blind_values_13 (trois catégories sociales)
    out["considerations"] = {c: c in d["pos"] for c in ("clause_sociale", "clause_insertion", "critere_social")}
    return out


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = []
    dossiers_yml = []
    problems = []
    kinds = {}
    pages = {}
    cuts = []
    for f in DOSSIERS:
        d = f()
        folder = os.path.join(OUT, d["id"])
        os.makedirs(folder)
        buyer = d["pieces"][0]["header"].split(" – ")[0]
        if not (3 <= len(d["pieces"]) <= 5):
            problems.append("%s : %d pièces" % (d["id"], len(d["pieces"])))
        for c in d["pos"]:
            if c not in _CATEGORIES:
                problems.append("%s : catégorie inconnue %s" % (d["id"], c))
        rb = d["values"].get("reserve_base")
        if bool(rb) != ("marche_reserve" in d["pos"]):
            problems.append("%s : reserve_base du dossier / pos incohérents" % d["id"])
        if "clause_insertion" in d["pos"] and "clause_sociale" not in d["pos"]:
            problems.append("%s : clause_insertion sans clause_sociale (dossier)" % d["id"])
        for p in d["pieces"]:
            problems.extend(check_articles(d, p))
            k0 = len(CUT_LOG)
            n = build_piece(folder, p, buyer)
            for mark, what, cut in CUT_LOG[k0:]:
                cuts.append("%s/%s %s « %s » : %s" % (d["id"], p["file"], mark, what.replace(NB, " "),
                                                      "coupé" if cut else "entier"))
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            if n is not None:
                pages[n] = pages.get(n, 0) + 1
                if not (1 <= n <= 4):
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
    head = ("# Jeu blind_values_15 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de conflit entre pièces, le CCAP, le RC, l'AE, l'avis ou le registre des questions-réponses\n"
            "# priment sur le CCTP et ses annexes ; une pièce qui modifie expressément une autre (avis rectificatif,\n"
            "# réponse du registre Q/R) prime sur elle, la plus récente l'emportant (voir note).\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    for line in cuts:
        print("  coupure", line)
    problems.extend(extra_checks(rows))
    print("contrôles : preuves présentes dans le texte logique de leur pièce ; preuves <= 300 caractères ; PDF de "
          "1 à 4 pages ; 3 à 5 pièces par dossier ; articles sans doublon ; clause_insertion => clause_sociale ; "
          "marche_reserve <=> reserve_base ; pos du dossier <=> pièces ; types et valeurs des colonnes -> %d "
          "problème(s)" % len(problems))
    print("%d dossiers, %d pièces (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d (%d restés entiers) ; "
          "césures forcées : %d (%d restées entières)" % (
        len(dossiers_yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"], SB_STATS["whole"],
        HY_STATS["cut"], HY_STATS["whole"]))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
