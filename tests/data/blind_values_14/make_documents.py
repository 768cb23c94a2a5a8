#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_14 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py : lignes 27-664
(imports, écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres
coupés SB, césure forcée HY, aides de saisie, number_articles, C, A, _DOC_TYPES) et lignes 2433-2611
(extra_checks, build_piece, check_articles, _expect, main, qui écrivent dossiers.yml, expect et
labels.csv). Changements : cette docstring, SET_NAME, en-tête de dossiers.yml, commentaire de _expect.
Les articles de remplissage neutres et les seize dossiers ont été écrits pour ce jeu.

Thèmes : montant maximum HT sur toutes les périodes (périodes de durées inégales, maximum annuel et
reconductions dans une autre pièce, durée en mois, maxima par lot avec ou sans total, tableau en k€,
base et options, TTC seul, « sans maximum », Q/R et avis rectificatif, grille lot × année) ;
montant estimé HT (par lot et total, reconductions comprises ou non, avis en conflit avec le RC,
montant global et forfaitaire d'une offre) ; allotissement et nombre de lots (lots techniques d'un
CCTP, tableau de lots, lot infructueux relancé, lot unique, AE d'un lot) ; heures d'insertion ;
fondements de réservation.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF) ; BR = retour à la ligne forcé dans les PDF ;
SB = coupure possible d'un nombre en fin de ligne ; HY = césure possible d'un mot court.

Usage : .venv/bin/python tests/data/blind_values_14/make_documents.py
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
SET_NAME = "blind_values_14"

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






# ----------------------------------------------------------------------------- remplissage (blind_values_14)
# Articles neutres écrits pour ce jeu : ni clause sociale ou environnementale, ni critère social ou
# environnemental, ni lots, ni montant maximum ou estimé. Pièges volontaires : montants d'assurance,
# pénalités, seuils, « heures » qui ne sont pas des heures d'insertion.

def f_pieces(c, v=0, extra=()):
    items = ["l'acte d'engagement et ses annexes éventuelles ;",
             "le présent cahier des clauses administratives particulières (CCAP) ;",
             "le cahier des clauses techniques particulières (CCTP) ;"]
    items += list(extra)
    items += ["le cahier des clauses administratives générales applicable aux marchés publics de %s (CCAG), "
              "dans sa version issue de l'arrêté du 30 mars 2021 ;" % c["ccag"],
              "l'offre technique du titulaire (mémoire technique)."]
    intro = ["Les pièces contractuelles prévalent dans l'ordre ci-après :",
             "Par dérogation à l'article 4.1 du CCAG, l'ordre de priorité des pièces est le suivant :",
             "En cas de contradiction entre leurs stipulations, les pièces prévalent dans l'ordre suivant :"][v % 3]
    return A("Pièces contractuelles", intro, items)


def f_prix(c, v=0):
    t = [("Les prix sont unitaires. Ils sont fermes pendant les douze premiers mois d'exécution, puis révisés à "
          "chaque date anniversaire par application de la formule P = P0 x (0,15 + 0,85 x I/I0), I étant le dernier "
          "indice publié à la date de révision."),
         ("Les prestations sont réglées par application des prix unitaires du bordereau aux quantités réellement "
          "exécutées. Les prix sont actualisables dans les conditions de l'article R. 2112-10 du code de la "
          "commande publique ; le mois zéro est celui de la date limite de remise des offres."),
         ("Les prix sont réputés comprendre toutes les charges fiscales, parafiscales et autres frais afférents "
          "aux prestations, ainsi que les frais de déplacement, de conditionnement et de transport jusqu'au lieu "
          "de livraison.")]
    return A("Prix et variation des prix", t[v % 3])


def f_paiement(c, v=0):
    t = [("Les sommes dues sont réglées par mandat administratif dans un délai global de paiement de %d jours à "
          "compter de la réception de la facture. Le dépassement de ce délai ouvre droit, sans autre formalité, à "
          "des intérêts moratoires et à une indemnité forfaitaire pour frais de recouvrement de 40 €." % c["delai"]),
         ("Les factures sont déposées sur le portail Chorus Pro. Le délai global de paiement est de %d jours. Elles "
          "portent la référence du bon de commande, le détail des prestations et le montant hors taxes et toutes "
          "taxes comprises." % c["delai"]),
         ("Le paiement intervient par virement, dans un délai de %d jours à compter de la réception de la demande "
          "de paiement. Aucun acompte n'est versé pour une période inférieure à un mois." % c["delai"])]
    return A("Modalités de paiement", t[v % 3])


def f_penalites(c, v=0):
    t = [("En cas de retard dans l'exécution d'un bon de commande, le titulaire encourt, sans mise en demeure "
          "préalable, une pénalité de 150 € par jour calendaire de retard, plafonnée à 10 % du montant hors taxes "
          "du bon de commande concerné."),
         ("Par dérogation à l'article 14 du CCAG, les pénalités de retard sont calculées selon la formule P = V x R "
          "/ 1000, V étant la valeur des prestations en retard et R le nombre de jours de retard. Le titulaire "
          "n'est pas exonéré des pénalités dont le montant total ne dépasse pas 300 € HT pour l'ensemble du marché."),
         ("Toute prestation non réalisée ou mal exécutée, constatée contradictoirement, donne lieu à une pénalité "
          "forfaitaire de 200 € par constat, après une mise en demeure restée sans effet pendant cinq jours.")]
    return A("Pénalités", t[v % 3])


def f_assurances(c, v=0):
    t = [("Le titulaire justifie, dans les quinze jours de la notification, d'une assurance de responsabilité "
          "civile couvrant les dommages corporels à hauteur de 3~000~000 € par sinistre et les dommages matériels "
          "à hauteur de 1~000~000 € par sinistre."),
         ("Le titulaire est titulaire d'une police d'assurance garantissant sa responsabilité civile "
          "professionnelle, pour un montant minimal de 2~000~000 € par sinistre et par année d'assurance. "
          "L'attestation est produite chaque année au 1er janvier.")]
    return A("Assurances", t[v % 2])


def f_resiliation(c, v=0):
    t = [("Les stipulations du chapitre 9 du CCAG s'appliquent. En cas de résiliation pour faute, les prestations "
          "peuvent être exécutées aux frais et risques du titulaire."),
         ("L'acheteur peut résilier le marché dans les conditions prévues au CCAG. En cas de résiliation pour "
          "motif d'intérêt général, le titulaire perçoit une indemnité de 5 % du montant hors taxes des "
          "prestations restant à exécuter au titre des bons de commande émis.")]
    return A("Résiliation", t[v % 2])


def f_litiges(c, v=0):
    t = [("Les litiges relatifs au présent marché relèvent du tribunal administratif de %s. Avant toute saisine, "
          "les parties recherchent un règlement amiable, le cas échéant devant le comité consultatif "
          "interrégional de règlement amiable des litiges." % c["ta"]),
         "Tout différend est porté devant le tribunal administratif de %s." % c["ta"]]
    return A("Règlement des litiges", t[v % 2])


def f_rc_retrait(c, v=0):
    t = [("Le dossier de consultation est mis gratuitement à disposition sur le profil d'acheteur %s. Les "
          "candidats qui souhaitent être informés des précisions éventuelles s'identifient lors du "
          "téléchargement." % c["profil"]),
         ("Le dossier de consultation est téléchargeable sur %s. Les questions sont posées par écrit sur le "
          "même profil au plus tard dix jours avant la date limite de remise des offres ; les réponses sont "
          "communiquées à tous les candidats identifiés." % c["profil"])]
    return A("Retrait du dossier et questions", t[v % 2])


def f_rc_remise(c, v=0, date="mardi 16 mars 2027"):
    t = [("Les offres sont transmises par voie électronique sur le profil d'acheteur avant le %s à 12 heures. "
          "Un pli reçu après cette date et cette heure n'est pas ouvert. Le délai de validité des offres est de "
          "cent vingt jours." % date),
         ("La date limite de réception des plis est fixée au %s à 17 h 00. Les plis sont remis exclusivement "
          "par voie électronique ; une copie de sauvegarde peut être envoyée dans les conditions de l'arrêté du "
          "22 mars 2019." % date)]
    return A("Remise des plis", t[v % 2])


def f_rc_candidature(c, v=0):
    t = [("Le candidat produit les formulaires DC1 et DC2 ou un document unique de marché européen (DUME), une "
          "attestation d'assurance de responsabilité civile et la liste des principales prestations réalisées "
          "au cours des trois dernières années."),
         ("Le candidat joint à son offre une lettre de candidature, une déclaration sur l'honneur attestant qu'il "
          "n'entre dans aucun des cas d'exclusion prévus aux articles L. 2141-1 à L. 2141-5 du code de la commande "
          "publique, et la présentation de ses moyens humains et matériels.")]
    return A("Pièces de la candidature", t[v % 2])


def f_rc_jugement(c, crits, v=0):
    intro = ["L'offre économiquement la plus avantageuse est appréciée au regard des critères pondérés suivants :",
             "Les offres sont classées selon les critères ci-après :",
             "Le jugement des offres est effectué au regard des critères et pondérations suivants :"][v % 3]
    tail = ["Une offre anormalement basse peut être rejetée après demande de précisions.",
            "Les erreurs de multiplication, d'addition ou de report du bordereau sont rectifiées ; le prix unitaire "
            "écrit en lettres prévaut.",
            "L'acheteur se réserve la possibilité de négocier avec les trois candidats les mieux classés."][v % 3]
    return A("Jugement des offres", intro, list(crits), tail)


def f_ae_titulaire(c, v=0):
    t = [("Je soussigné(e), …………………… (nom, prénom, qualité), agissant au nom et pour le compte de la société "
          "…………………… (raison sociale, adresse, numéro SIRET), après avoir pris connaissance des pièces du dossier "
          "de consultation, m'engage, sans réserve, à exécuter les prestations dans les conditions ci-après."),
         ("Le signataire, dûment habilité, engage la personne morale désignée ci-dessous, ou les membres du "
          "groupement, sur la base de son offre et dans les conditions des pièces contractuelles.")]
    return A("Identification et engagement du titulaire", t[v % 2])


def f_ae_compte(c, v=0):
    return A("Compte à créditer",
             "Les sommes dues sont versées au compte ouvert au nom du titulaire : IBAN …………………… ; BIC …………… "
             "(joindre un relevé d'identité bancaire).")


def f_ae_signature(c, v=0):
    t = ["Fait en un seul original, à ……………, le ……………. Signature du titulaire (électronique, avec un certificat "
         "qualifié).",
         "Offre valable cent vingt jours à compter de la date limite de remise des offres. Signature du candidat "
         "et, après attribution, acceptation de l'offre par le représentant de l'acheteur."]
    return A("Signature", t[v % 2])


def f_cctp_generalites(c, v=0):
    t = [("Le titulaire désigne un interlocuteur unique, joignable aux jours ouvrés, qui organise les "
          "interventions et rend compte à l'acheteur. Une réunion de lancement a lieu dans les quinze jours de la "
          "notification."),
         ("Avant tout commencement d'exécution, le titulaire remet un plan de prévention établi avec l'acheteur "
          "(décret du 20 février 1992). Les personnels portent une tenue et un badge d'identification.")]
    return A("Organisation des prestations", t[v % 2])


def AVIS_HEAD(c, num, dep):
    return [P("Département(s) de publication : %s" % dep), P("Annonce n° %s" % num)]


# ============================================================================= dossiers

def d01():
    c = C("la Commune de Vallon-sur-Brenne", "Mirevaux", profil="https://marches.vallon-sur-brenne.example",
          ref="EV-2027-02")
    hd = "Commune de Vallon-sur-Brenne – Consultation EV-2027-02"
    rc = [TITLE("Commune de Vallon-sur-Brenne", "Règlement de la consultation",
                "Entretien des espaces verts communaux – accord-cadre à bons de commande",
                "Consultation n° EV-2027-02 – procédure adaptée"),
          H("Article # – Objet de la consultation"),
          P("La consultation porte sur l'entretien des parcs, jardins, haies et cimetières de la commune. Chaque "
            "lot donne lieu à un accord-cadre à bons de commande, conclu avec un seul opérateur économique, sans "
            "minimum et avec des montants maximums annuels fixés au CCAP."),
          H("Article # – Allotissement et montants estimés"),
          P("La consultation est divisée en trois lots. Chaque lot fait l'objet d'un accord-cadre distinct ; un "
            "candidat peut présenter une offre pour un, plusieurs ou la totalité des lots."),
          RTAB([["Lot", "Intitulé", "Montant estimé sur la durée totale (€ HT)"],
                ["1", "Tonte et entretien des parcs et jardins", "96~000"],
                ["2", "Taille des haies et des massifs arbustifs", "58~000"],
                ["3", "Entretien des cimetières (lot réservé)", "44~000"],
                ["", "Total des trois lots", "198~000"]],
               widths=[0.8, 4, 2.4], align="llr", bold_last=True),
          P("Les montants estimés couvrent la période initiale et les trois reconductions. Ils sont donnés à titre "
            "indicatif et n'engagent pas la commune sur un volume de commandes."),
          H("Article # – Lot réservé"),
          P("Le lot n° 3 est réservé, en application de l'article L.~2113-12 du code de la commande publique, aux "
            "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
            "équivalentes, qui emploient au moins 50 % de travailleurs handicapés. Les lots n° 1 et n° 2 ne sont "
            "pas réservés."),
          H("Article # – Durée"),
          P("Chaque accord-cadre est conclu pour une période initiale d'un an à compter du 1er mars 2027. Il peut "
            "être reconduit tacitement trois fois, par période d'un an, sans que sa durée totale excède quatre ans."),
          *f_rc_retrait(c, 0), *f_rc_candidature(c, 0),
          *f_rc_jugement(c, ["Prix des prestations : 55 % ;",
                             "Valeur technique (moyens humains et matériels, organisation des tournées) : 30 % ;",
                             "Performance environnementale (matériels électriques ou à faibles émissions, "
                             "valorisation des déchets verts) : 15 %."], 0),
          *f_rc_remise(c, 0)]
    ccap = [TITLE("Commune de Vallon-sur-Brenne", "Cahier des clauses administratives particulières",
                  "Entretien des espaces verts communaux", "Consultation n° EV-2027-02"),
            H("Article # – Objet et forme des accords-cadres"),
            P("Le présent CCAP s'applique à chacun des trois lots de la consultation (lot 1 : parcs et jardins ; "
              "lot 2 : haies et massifs ; lot 3 : cimetières). Chaque lot est un accord-cadre à bons de commande "
              "mono-attributaire, régi par les articles R.~2162-1 à R.~2162-6 et R.~2162-13 et R.~2162-14 du code de "
              "la commande publique."),
            H("Article # – Durée"),
            P("Chaque accord-cadre court pendant une période initiale d'un an à compter du 1er mars 2027. Il est "
              "reconductible tacitement trois fois par période d'un an ; le titulaire ne peut refuser la "
              "reconduction. La durée totale ne peut excéder quatre ans."),
            H("Article # – Montants maximums"),
            P("Pour chaque lot, le montant maximum des commandes est fixé par année d'exécution dans le tableau "
              "ci-dessous. Il n'est pas fixé de montant minimum."),
            RTAB([["Lot", "Année 1 (initiale)", "Année 2", "Année 3", "Année 4"],
                  ["Lot 1 – parcs et jardins", "27~000 €", "27~000 €", "28~000 €", "28~000 €"],
                  ["Lot 2 – haies et massifs", "16~000 €", "16~000 €", "16~000 €", "16~000 €"],
                  ["Lot 3 – cimetières", "12~000 €", "12~000 €", "13~000 €", "13~000 €"]],
                 widths=[2.6, 1.5, 1.2, 1.2, 1.2], align="lrrrr"),
            P("Montants maximums annuels exprimés hors taxes. Les montants non consommés au cours d'une année ne "
              "sont pas reportés sur l'année suivante."),
            H("Article # – Bons de commande et délais"),
            P("Les bons de commande précisent la nature des travaux, le site et la date d'intervention. Le délai "
              "d'intervention est de cinq jours ouvrés ; il est ramené à 48 heures en cas d'urgence (chute d'arbre, "
              "dégradation, intempérie)."),
            H("Article # – Conditions d'exécution à caractère environnemental"),
            P("Le titulaire n'emploie aucun produit phytopharmaceutique de synthèse. Les déchets verts sont broyés "
              "sur place ou évacués vers la plateforme de compostage intercommunale ; leur brûlage est interdit. "
              "Les tontes sont réalisées en mulching chaque fois que la hauteur de l'herbe le permet."),
            H("Article # – Horaires d'intervention"),
            P("Aux abords des écoles, les interventions ont lieu en dehors des heures d'entrée et de sortie des "
              "élèves (8 h 20 – 8 h 40 et 16 h 20 – 16 h 45). Dans les cimetières, le titulaire respecte les heures "
              "d'ouverture au public (8 heures – 18 heures) et interrompt tout travail bruyant pendant les "
              "cérémonies."),
            *f_prix(c, 0), *f_paiement(c, 0), *f_penalites(c, 0), *f_assurances(c, 0), *f_litiges(c, 0)]
    ae = [TITLE("Commune de Vallon-sur-Brenne", "Acte d'engagement – Lot n° 3",
                "Entretien des cimetières communaux",
                "Lot réservé (article L. 2113-12 du code de la commande publique)"),
          H("Article # – Objet"),
          P("Le présent acte d'engagement concerne le seul lot n° 3 « Entretien des cimetières » de l'accord-cadre "
            "d'entretien des espaces verts communaux (consultation EV-2027-02). Ce lot est réservé aux entreprises "
            "adaptées, aux établissements et services d'aide par le travail et aux structures équivalentes."),
          *f_ae_titulaire(c, 0),
          H("Article # – Statut du candidat"),
          P("Le candidat coche la case correspondante : [ ] entreprise adaptée ; [ ] établissement et service d'aide "
            "par le travail ; [ ] structure équivalente établie dans un autre État membre."),
          H("Article # – Montant maximum"),
          P("Le montant maximum des commandes du lot n° 3 est de 12~000 € HT pour chacune des deux premières années "
            "d'exécution et de 13~000 € HT pour chacune des deux années suivantes (période initiale et trois "
            "reconductions)."),
          H("Article # – Prix"),
          P("Les prestations sont rémunérées par application des prix unitaires du bordereau du lot n° 3, joint au "
            "présent acte d'engagement."),
          *f_ae_compte(c), *f_ae_signature(c, 0)]
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Commune de Vallon-sur-Brenne"),
            *AVIS_HEAD(c, "27-014402", "58"),
            H("Section 1 : Identification de l'acheteur"),
            P("Nom complet de l'acheteur : Commune de Vallon-sur-Brenne"),
            P("Type de numéro national d'identification : SIRET"),
            P("Code postal / Ville : 58470 Vallon-sur-Brenne"),
            H("Section 2 : Communication"),
            P("Lien direct aux documents de la consultation : https://marches.vallon-sur-brenne.example"),
            H("Section 3 : Procédure"),
            P("Type de procédure : Procédure adaptée ouverte"),
            P("Date et heure limite de réception des plis : 16/03/2027 à 12 h 00"),
            P("Critères d'attribution : Prix des prestations : 55 % ; Valeur technique : 30 % ; Performance "
              "environnementale (matériels, valorisation des déchets verts) : 15 %"),
            H("Section 4 : Identification du marché"),
            P("Intitulé du marché : Entretien des espaces verts communaux"),
            P("Code CPV principal : 77313000 – Services d'entretien des parcs"),
            P("Type de marché : Services"),
            P("Description succincte : accords-cadres à bons de commande, un par lot, d'une durée d'un an "
              "reconductible trois fois."),
            P("Valeur estimée hors TVA : 198 000 euros"),
            P("La consultation comporte des tranches : Non"),
            P("Marché réservé : Oui – lot n° 3 uniquement, en application de l'article L. 2113-12 du code de la "
              "commande publique (entreprises adaptées, ESAT)"),
            H("Section 5 : Lots"),
            P("Marché alloti : Oui"),
            P("Lot n° 1 : Tonte et entretien des parcs et jardins"),
            P("Lot n° 2 : Taille des haies et des massifs arbustifs"),
            P("Lot n° 3 : Entretien des cimetières (lot réservé)"),
            H("Section 6 : Informations complémentaires"),
            P("Visite facultative des sites le 2 mars 2027 à 9 heures, rendez-vous devant la mairie.")]
    pieces = [
        PIECE("RC_EV-2027-02.pdf", "RC", hd, "RC – Entretien des espaces verts", rc,
              L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=3,
                montant_estime_ht=198000,
                evidence=["La consultation est divisée en trois lots", "Total des trois lots 198 000",
                          "Le lot n° 3 est réservé, en application de l'article L. 2113-12",
                          "Performance environnementale (matériels électriques ou à faibles émissions, valorisation "
                          "des déchets verts) : 15 %"]), hyphen=True),
        PIECE("CCAP_EV-2027-02.pdf", "CCAP", hd, "CCAP – Entretien des espaces verts", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=224000,
                evidence=["chacun des trois lots de la consultation",
                          "le montant maximum des commandes est fixé par année d'exécution",
                          "[110 000 + 64 000 + 50 000 = 224 000, quatre années]",
                          "Le titulaire n'emploie aucun produit phytopharmaceutique de synthèse"])),
        PIECE("AE_EV-2027-02_lot3.docx", "AE", hd, "AE – lot 3", ae,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=50000,
                evidence=["concerne le seul lot n° 3",
                          "Lot réservé (article L. 2113-12 du code de la commande publique)",
                          "12 000 € HT pour chacune des deux premières années d'exécution et de 13 000 € HT pour "
                          "chacune des deux années suivantes", "[2 x 12 000 + 2 x 13 000 = 50 000]"])),
        PIECE("AVIS_EV-2027-02.txt", "AVIS", hd, "", avis,
              L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=3,
                montant_estime_ht=198000,
                evidence=["Marché alloti : Oui", "Lot n° 3 : Entretien des cimetières",
                          "Valeur estimée hors TVA : 198 000 euros",
                          "lot n° 3 uniquement, en application de l'article L. 2113-12",
                          "Performance environnementale (matériels, valorisation des déchets verts) : 15 %"])),
    ]
    return dict(id="d01", title="Commune de Vallon-sur-Brenne – entretien des espaces verts (trois lots, lot 3 réservé)",
                pieces=pieces, pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=198000, montant_max_ht=224000,
                         reserve_base="L2113-12"),
                note=("Maximum : grille lot x année au CCAP, sans total : lot 1 27 000 + 27 000 + 28 000 + 28 000 = "
                      "110 000 ; lot 2 16 000 x 4 = 64 000 ; lot 3 12 000 + 12 000 + 13 000 + 13 000 = 50 000 ; "
                      "110 000 + 64 000 + 50 000 = 224 000. L'AE du lot 3 écrit les maxima de son lot (50 000). "
                      "Estimation : tableau des lots du RC, ligne Total 198 000 (reconductions comprises), reprise "
                      "par l'avis ; on ne l'ajoute pas à ses lignes (96 000 + 58 000 + 44 000). Trois lots (RC, CCAP, "
                      "avis). Réservation du seul lot 3, L. 2113-12 cité (RC, AE, avis). Pièges : « 48 heures », "
                      "heures d'entrée des élèves et d'ouverture des cimetières, « 50 % de travailleurs "
                      "handicapés » (taux légal, pas un montant), assurances 3 000 000 € / 1 000 000 €."))


def d02():
    c = C("la Communauté de communes du Pays de Lérance", "Mirevaux", delai=30,
          profil="https://achats.cc-pays-lerance.example", ref="2027-NET-01")
    hd = "CC du Pays de Lérance – Nettoyage des locaux – 2027-NET-01"
    rc = [TITLE("Communauté de communes du Pays de Lérance", "Règlement de la consultation",
                "Nettoyage des locaux communautaires", "Accord-cadre à bons de commande – procédure adaptée"),
          H("Article # – Objet"),
          P("La consultation a pour objet le nettoyage courant et la remise en état des locaux du siège "
            "communautaire, de la médiathèque et de la maison des services au public."),
          H("Article # – Allotissement"),
          P("L'accord-cadre n'est pas alloti. Les trois sites, situés dans un rayon de deux kilomètres, sont "
            "nettoyés par les mêmes équipes ; une division en lots rendrait l'exécution techniquement plus "
            "difficile et financièrement plus coûteuse (article L. 2113-11 du code de la commande publique)."),
          H("Article # – Durée"),
          P("L'accord-cadre comprend une période initiale de dix-huit mois, puis peut être reconduit deux fois : la "
            "première reconduction porte sur douze mois, la seconde sur six mois, de sorte que la durée totale "
            "n'excède pas trente-six mois."),
          H("Article # – Clause d'insertion"),
          P("Les candidats sont informés que le titulaire devra réserver une partie des heures de travail "
            "nécessaires à l'exécution à des personnes éloignées de l'emploi, dans les conditions de l'article 8 "
            "du CCAP. Le facilitateur de la Maison de l'emploi du Pays de Lérance accompagne le titulaire."),
          *f_rc_retrait(c, 1), *f_rc_candidature(c, 1),
          *f_rc_jugement(c, ["Prix : 50 % ;",
                             "Valeur technique : 40 %, dont organisation et encadrement des équipes (30 %) et "
                             "modalités de mise en œuvre de l'action d'insertion, tutorat et parcours proposés "
                             "(10 %) ;",
                             "Délai de remise en état après sinistre : 10 %."], 1),
          *f_rc_remise(c, 1, "lundi 8 février 2027")]
    ccap = [TITLE("Communauté de communes du Pays de Lérance", "Cahier des clauses administratives particulières",
                  "Nettoyage des locaux communautaires", "Consultation 2027-NET-01"),
            H("Article # – Objet et forme"),
            P("Le présent accord-cadre à bons de commande porte sur le nettoyage des locaux communautaires. Il est "
              "conclu avec un seul opérateur économique et n'est pas divisé en lots."),
            *f_pieces(c, 0, ["le bordereau des prix unitaires (BPU) ;"]),
            H("Article # – Durée et périodes"),
            P("La période initiale court pendant dix-huit mois à compter du 1er avril 2027. L'accord-cadre peut "
              "ensuite être reconduit une première fois pour douze mois, puis une seconde fois pour six mois. La "
              "reconduction est expresse ; elle est notifiée au titulaire deux mois avant le terme de la période en "
              "cours."),
            H("Article # – Montants"),
            P("Il n'est pas fixé de montant minimum. Le montant maximum des commandes est fixé pour chaque période :"),
            LST(["période initiale (dix-huit mois) : 120~000 € HT ;",
                 "première reconduction (douze mois) : 80~000 € HT ;",
                 "seconde reconduction (six mois) : 40~000 € HT."]),
            P("Le montant maximum d'une période qui n'a pas été atteint ne s'ajoute pas à celui de la période "
              "suivante. Les sommes engagées par bon de commande ne peuvent dépasser, pour une même période, le "
              "maximum qui vient d'être rappelé, soit pour la première période une moyenne de 6~667 € HT par mois."),
            *f_prix(c, 1), *f_paiement(c, 1),
            H("Article # – Conditions d'exécution environnementales"),
            P("Le titulaire utilise des produits d'entretien porteurs de l'Écolabel européen ou d'un label "
              "équivalent, dosés au moyen de centrales de dilution, et des lavettes en microfibre réutilisables "
              "lavées par ses soins. Les emballages vides sont repris par le titulaire."),
            H("Article # – Clause sociale d'insertion"),
            P("En application de l'article L.~2112-2 du code de la commande publique, le titulaire réserve, pour "
              "chaque année d'exécution, 300~heures de travail à des personnes rencontrant des difficultés sociales "
              "ou professionnelles particulières : demandeurs d'emploi de longue durée, bénéficiaires du RSA, jeunes "
              "de moins de vingt-six ans sans qualification, travailleurs reconnus handicapés. Les modalités "
              "(embauche directe, mise à disposition par une structure d'insertion, sous-traitance) sont proposées "
              "par le titulaire et validées par le facilitateur."),
            P("Le titulaire transmet chaque trimestre un état des heures réalisées. Chaque heure non réalisée du fait "
              "du titulaire donne lieu à une pénalité de 30 € HT."),
            *f_penalites(c, 1), *f_assurances(c, 1), *f_resiliation(c, 0), *f_litiges(c, 1)]
    cctp = [TITLE("Communauté de communes du Pays de Lérance", "Cahier des clauses techniques particulières",
                  "Nettoyage des locaux communautaires", "Consultation 2027-NET-01"),
            H("Article # – Sites et surfaces"),
            RTAB([["Site", "Surface (m²)", "Fréquence", "Plage d'intervention"],
                  ["Siège communautaire", "1~450", "5 jours sur 7", "6 h 00 – 8 h 30"],
                  ["Médiathèque", "820", "6 jours sur 7", "après 18 h 30"],
                  ["Maison des services au public", "390", "3 jours sur 7", "12 h 00 – 13 h 30"]],
                 widths=[3, 1.4, 1.5, 2], align="lrll"),
            H("Article # – Horaires"),
            P("Les prestations sont réalisées hors des heures d'ouverture au public. La médiathèque est ouverte de "
              "10 heures à 18 heures du mardi au samedi ; le nettoyage y débute après 18 h 30. Le siège accueille le "
              "public à partir de 8 h 45."),
            H("Article # – Prestations"),
            P("Le nettoyage courant comprend l'aspiration des sols, le vidage des corbeilles, l'entretien des "
              "sanitaires et la désinfection des points de contact. Le titulaire respecte le tri des déchets mis en "
              "place sur chaque site (papiers, emballages, biodéchets) et dépose chaque flux dans le bac prévu."),
            H("Article # – Interventions ponctuelles"),
            P("Les remises en état après travaux ou sinistre sont commandées par bon de commande et réalisées sous "
              "48 heures. Les vitres sont nettoyées deux fois par an."),
            H("Article # – Personnel"),
            P("Chaque agent reçoit, avant sa première intervention, une formation de quatre heures aux consignes "
              "de sécurité et d'accès du site. Le titulaire communique la liste nominative des agents et tout "
              "changement dans les 24 heures."),
            *f_cctp_generalites(c, 0)]
    ae = [TITLE("Communauté de communes du Pays de Lérance", "Acte d'engagement",
                "Nettoyage des locaux communautaires – marché non alloti", "Consultation 2027-NET-01"),
          *f_ae_titulaire(c, 1),
          H("Article # – Objet et durée"),
          P("Le présent acte d'engagement porte sur l'accord-cadre à bons de commande de nettoyage des locaux "
            "communautaires. Il prend effet le 1er avril 2027 pour la période initiale définie au CCAP."),
          H("Article # – Prix"),
          P("Les prestations sont rémunérées par application des prix unitaires du bordereau des prix. Les "
            "montants maximums par période sont ceux de l'article 4 du CCAP."),
          H("Article # – Engagements particuliers"),
          P("Le titulaire s'engage à respecter les conditions d'exécution du CCAP, notamment la clause sociale "
            "d'insertion de son article 8, et désigne son référent insertion : ……………………"),
          *f_ae_compte(c), *f_ae_signature(c, 1)]
    pieces = [
        PIECE("RC_2027-NET-01.docx", "RC", hd, "RC 2027-NET-01", rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=0,
                evidence=["L'accord-cadre n'est pas alloti",
                          "le titulaire devra réserver une partie des heures de travail nécessaires à l'exécution à "
                          "des personnes éloignées de l'emploi",
                          "modalités de mise en œuvre de l'action d'insertion, tutorat et parcours proposés (10 %)"])),
        PIECE("CCAP_2027-NET-01.pdf", "CCAP", hd, "CCAP 2027-NET-01", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=300, clause_environnementale=1,
                allotissement=0, montant_max_ht=240000,
                evidence=["n'est pas divisé en lots", "période initiale (dix-huit mois) : 120 000 € HT",
                          "première reconduction (douze mois) : 80 000 € HT",
                          "seconde reconduction (six mois) : 40 000 € HT",
                          "[= 240 000]", "pour chaque année d'exécution, 300 heures de travail",
                          "porteurs de l'Écolabel européen"]), hyphen=True),
        PIECE("CCTP_2027-NET-01.pdf", "CCTP", hd, "CCTP 2027-NET-01", cctp,
              L(clause_environnementale=1,
                evidence=["Le titulaire respecte le tri des déchets mis en place sur chaque site"])),
        PIECE("AE_2027-NET-01.docx", "AE", hd, "AE 2027-NET-01", ae,
              L(clause_sociale=1, clause_insertion=1, allotissement=0,
                evidence=["marché non alloti",
                          "Le titulaire s'engage à respecter les conditions d'exécution du CCAP, notamment la clause "
                          "sociale d'insertion de son article 8"])),
    ]
    return dict(id="d02", title="CC du Pays de Lérance – nettoyage des locaux (périodes de durées inégales)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(allotissement=0, montant_max_ht=240000, heures_insertion=300),
                note=("Maximum : le CCAP fixe un maximum propre à chaque période, de durées inégales (18, 12 et 6 "
                      "mois) : 120 000 + 80 000 + 40 000 = 240 000 (aucun total écrit ; la moyenne de 6 667 € HT par "
                      "mois n'est pas un maximum). Heures : « pour chaque année d'exécution, 300 heures », aucun "
                      "total écrit : 300, tel qu'écrit (convention des heures par an, voir README). Non alloti (RC, "
                      "CCAP, AE). Pièges : 30 € HT par heure non réalisée, formation de quatre heures, « sous 48 "
                      "heures », « dans les 24 heures », horaires d'ouverture (10 heures à 18 heures), plages "
                      "d'intervention du CCTP."))


def d03():
    c = C("la Ville de Saint-Orlac", "Pontbéral", delai=30, profil="https://www.saint-orlac-marches.example",
          ref="F27-006")
    hd = "Ville de Saint-Orlac – Papier et consommables d'impression – F27-006"
    rc = [TITLE("Ville de Saint-Orlac", "Règlement de la consultation",
                "Fourniture de papier et de consommables d'impression", "Appel d'offres ouvert – F27-006"),
          H("Article # – Objet"),
          P("La consultation porte sur la fourniture de papier de reprographie, d'enveloppes et de cartouches "
            "d'impression pour les services municipaux et les écoles. Elle donne lieu à un accord-cadre à bons de "
            "commande mono-attributaire."),
          H("Article # – Allotissement"),
          P("L'accord-cadre n'est pas alloti : les produits sont livrés ensemble, par les mêmes tournées, sur les "
            "mêmes sites ; une division en lots multiplierait les livraisons."),
          H("Article # – Montant estimé"),
          P("Le montant estimé de l'accord-cadre, pour sa durée totale, reconductions comprises, est de "
            "132~000 € HT. Ce montant est indicatif ; les quantités du détail estimatif ne sont pas contractuelles."),
          *f_rc_retrait(c, 0), *f_rc_candidature(c, 0),
          *f_rc_jugement(c, ["Prix (appréciés sur le détail quantitatif estimatif) : 60 % ;",
                             "Qualité des produits et du service (délais, échantillons) : 20 % ;",
                             "Performance environnementale (taux de fibres recyclées, reprise des cartouches) : "
                             "20 %."], 2),
          *f_rc_remise(c, 0, "jeudi 11 février 2027"),
          H("Article # – Discordances"),
          P("En cas de discordance entre l'avis d'appel public à la concurrence et le présent règlement, les "
            "mentions du présent règlement prévalent.")]
    ccap = [TITLE("Ville de Saint-Orlac", "Cahier des clauses administratives particulières",
                  "Fourniture de papier et de consommables d'impression", "F27-006"),
            H("Article # – Objet"),
            P("Le présent accord-cadre à bons de commande porte sur la fourniture de papier, d'enveloppes et de "
              "cartouches d'impression. Sa durée et ses reconductions sont fixées par l'acte d'engagement."),
            *f_pieces(c, 1, ["le bordereau des prix unitaires et le détail quantitatif estimatif ;"]),
            H("Article # – Montant maximum"),
            P("Le montant maximum annuel des commandes est fixé à 48~000 € HT. Aucun montant minimum n'est fixé. "
              "Chaque bon de commande est d'un montant au moins égal à 150 € HT, sauf pour les écoles."),
            H("Article # – Livraisons"),
            P("Les livraisons ont lieu dans un délai de cinq jours ouvrés à compter de la réception du bon de "
              "commande, du lundi au vendredi entre 8 heures et 11 h 30. Les commandes urgentes sont livrées sous "
              "48 heures."),
            H("Article # – Reprise des consommables usagés"),
            P("Le titulaire reprend gratuitement, à chaque livraison, les cartouches et toners usagés, en vue de leur "
              "réemploi ou de leur recyclage par une filière agréée, et remet chaque semestre un bordereau des "
              "quantités reprises. Les livraisons sont faites sans suremballage plastique."),
            *f_prix(c, 2), *f_paiement(c, 2), *f_penalites(c, 2), *f_litiges(c, 0)]
    ae = [TITLE("Ville de Saint-Orlac", "Acte d'engagement",
                "Fourniture de papier et de consommables d'impression", "F27-006"),
          *f_ae_titulaire(c, 0),
          H("Article # – Durée"),
          P("L'accord-cadre est conclu pour un an à compter de sa notification. Il est reconductible tacitement "
            "deux fois, par période d'un an. Le titulaire ne peut s'opposer à la reconduction."),
          H("Article # – Prix"),
          P("Les fournitures sont payées aux prix unitaires du bordereau, appliqués aux quantités commandées. Les "
            "montants sont ceux du CCAP."),
          *f_ae_compte(c), *f_ae_signature(c, 0)]
    avis = [TITLE("Contract notice – Standard regime", "Directive 2014/24/EU"),
            H("1. Buyer"),
            P("Official name: Ville de Saint-Orlac"),
            P("Legal type of the buyer: Local authority"),
            P("Activity of the contracting authority: General public services"),
            H("2. Procedure"),
            P("Title: Fourniture de papier et de consommables d'impression"),
            P("Description: Framework agreement for the supply of copy paper, envelopes and printer cartridges for "
              "the municipal services and schools."),
            P("Procedure identifier: 4c1e77a0-2b5d-4f0e-9a31-6d0b2f71c206"),
            P("Internal identifier: F27-006"),
            P("Type of procedure: Open"),
            P("Main nature of the contract: Supplies"),
            P("Main classification (cpv): 30197630 Printing paper"),
            P("Additional classification (cpv): 30125100 Toner cartridges"),
            P("Estimated value excluding VAT: 150 000 EUR"),
            H("5. Lot"),
            P("5.1 Lot technical ID: LOT-0000"),
            P("Title: Fourniture de papier et de consommables d'impression"),
            P("Estimated duration: 12 Month"),
            P("Maximum renewals: 2"),
            P("The buyer reserves the right for additional purchases from the contractor, as described here: "
              "none."),
            P("Reserved participation: Participation is not reserved."),
            P("Award criteria"),
            P("Criterion: Type: Price – Description: Prix – Weight (percentage, exact): 60"),
            P("Criterion: Type: Quality – Description: Qualité des produits et du service – Weight (percentage, "
              "exact): 20"),
            P("Criterion: Type: Quality – Description: Performance environnementale (fibres recyclées, reprise des "
              "cartouches) – Weight (percentage, exact): 20"),
            P("Framework agreement: Framework agreement, without reopening of competition"),
            P("Deadline for receipt of tenders: 11/02/2027 12:00:00 (UTC+1)"),
            P("Information about review deadlines: two months from the publication of the award decision."),
            H("8. Organisations"),
            P("Review organisation: Tribunal administratif de Pontbéral")]
    pieces = [
        PIECE("RC_F27-006.pdf", "RC", hd, "RC – F27-006", rc,
              L(critere_environnemental=1, allotissement=0, montant_estime_ht=132000,
                evidence=["L'accord-cadre n'est pas alloti",
                          "pour sa durée totale, reconductions comprises, est de 132 000 € HT",
                          "Performance environnementale (taux de fibres recyclées, reprise des cartouches) : 20 %"]),
              hyphen=True),
        PIECE("CCAP_F27-006.pdf", "CCAP", hd, "CCAP – F27-006", ccap,
              L(clause_environnementale=1, montant_max_ht=48000,
                evidence=["Le montant maximum annuel des commandes est fixé à 48 000 € HT",
                          "Le titulaire reprend gratuitement, à chaque livraison, les cartouches et toners usagés"])),
        PIECE("AE_F27-006.docx", "AE", hd, "AE – F27-006", ae, L()),
        PIECE("AVIS_F27-006_eforms.txt", "AVIS", hd, "", avis,
              L(critere_environnemental=1, montant_estime_ht=150000,
                evidence=["Estimated value excluding VAT: 150 000 EUR",
                          "Performance environnementale (fibres recyclées, reprise des cartouches) – Weight "
                          "(percentage, exact): 20"])),
    ]
    return dict(id="d03", title="Ville de Saint-Orlac – papier et consommables (maximum annuel, reconductions à l'AE ; "
                                "estimation de l'avis en conflit avec le RC)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_estime_ht=132000, montant_max_ht=144000),
                note=("Maximum : CCAP « 48 000 € HT » par an, la durée est renvoyée à l'AE (un an reconductible "
                      "tacitement deux fois, soit trois années) : 48 000 x 3 = 144 000 ; le CCAP seul reçoit 48 000. "
                      "Estimation : le RC écrit 132 000 € HT « reconductions comprises », l'avis eForms 150 000 EUR ; "
                      "les deux pièces ont la même autorité, mais l'article 8 du RC dit qu'en cas de discordance avec "
                      "l'avis le RC prévaut : 132 000 pour le dossier ; l'avis garde 150 000 pour lui. Non alloti (RC ; "
                      "l'avis eForms n'a que LOT-0000 et ne dit rien : vide). Pièges : 150 € HT par bon, « sous 48 "
                      "heures », « entre 8 heures et 11 h 30 », 40 €."))


def d04():
    c = C("l'Office public de l'habitat Terres de Morvèze", "Pontbéral", ccag="travaux", delai=30,
          profil="https://marches.terres-de-morveze.example", ref="TM-2027-11")
    hd = "Terres de Morvèze Habitat – Réhabilitation thermique résidence Les Tilleuls – TM-2027-11"
    rc = [TITLE("Office public de l'habitat Terres de Morvèze", "Règlement de la consultation",
                "Réhabilitation thermique de la résidence Les Tilleuls (48 logements)", "Procédure adaptée – TM-2027-11"),
          H("Article # – Objet"),
          P("La consultation porte sur la réhabilitation thermique de la résidence Les Tilleuls : désamiantage, "
            "isolation thermique par l'extérieur, remplacement des menuiseries, ventilation et électricité des "
            "parties communes."),
          H("Article # – Forme du marché"),
          P("Le marché n'est pas alloti. En application de l'article L.~2113-11 du code de la commande publique, "
            "l'office recourt à un marché unique confié à une entreprise générale ou à un groupement : les "
            "interventions en site occupé exigent une coordination permanente que l'office n'est pas en mesure "
            "d'assurer lot par lot."),
          H("Article # – Montant estimé"),
          P("Le montant estimé des travaux est de 1~380~000 € HT, valeur janvier 2027. Le délai d'exécution est de "
            "quatorze mois, période de préparation de deux mois comprise."),
          H("Article # – Clause d'insertion"),
          P("Le marché comporte une action d'insertion professionnelle d'au moins 1~100 heures de travail, définie "
            "à l'article 10 du CCAP."),
          *f_rc_retrait(c, 1),
          H("Article # – Visite"),
          P("Une visite du site est obligatoire. Elle a lieu le 12 janvier 2027 à 10 heures ou le 14 janvier 2027 "
            "à 14 heures ; une attestation de visite est remise."),
          *f_rc_candidature(c, 0),
          *f_rc_jugement(c, ["Prix : 50 % ;", "Valeur technique : 40 % (méthodologie en site occupé, planning, "
                                                "moyens) ;", "Délai d'exécution : 10 %."], 0),
          *f_rc_remise(c, 1, "vendredi 29 janvier 2027")]
    ccap = [TITLE("Office public de l'habitat Terres de Morvèze", "Cahier des clauses administratives particulières",
                  "Réhabilitation thermique de la résidence Les Tilleuls", "TM-2027-11"),
            H("Article # – Objet et décomposition"),
            P("Le marché porte sur la réhabilitation thermique de la résidence Les Tilleuls. Il est conclu avec une "
              "entreprise générale ou un groupement d'entreprises ; il n'est pas décomposé en lots. Il ne comporte ni "
              "tranche ni prestation supplémentaire éventuelle."),
            *f_pieces(c, 2, ["la décomposition du prix global et forfaitaire (DPGF) ;", "le planning contractuel ;"]),
            H("Article # – Prix"),
            P("Le marché est traité à prix global et forfaitaire. Le prix est actualisable selon l'index BT01 ; le "
              "mois zéro est celui de la date limite de remise des offres."),
            H("Article # – Délais et horaires de chantier"),
            P("Le délai d'exécution est de quatorze mois à compter de l'ordre de service de démarrage. Les travaux "
              "ont lieu du lundi au vendredi entre 7 h 30 et 17 h 30 ; aucune intervention bruyante n'a lieu avant "
              "8 heures dans les logements occupés. Les locataires sont prévenus 48 heures avant toute intervention "
              "dans leur logement."),
            H("Article # – Gestion des déchets de chantier"),
            P("Le titulaire trie les déchets de chantier en cinq flux au moins (inertes, bois, métaux, plâtre, "
              "déchets non dangereux en mélange) et les évacue vers des installations de valorisation. Les déchets "
              "amiantés suivent la filière réglementaire ; les bordereaux de suivi sont remis au maître d'ouvrage."),
            *f_paiement(c, 0),
            H("Article # – Avance et retenue de garantie"),
            P("Une avance de 10 % du montant initial TTC est versée au titulaire, sauf renonciation. Une retenue de "
              "garantie de 5 % est appliquée ; elle peut être remplacée par une garantie à première demande."),
            *f_penalites(c, 2), *f_assurances(c, 0),
            H("Article # – Action d'insertion"),
            P("Le titulaire réalise une action d'insertion d'un volume minimal de 1~100 heures de travail au profit "
              "de personnes éloignées de l'emploi, par embauche directe, mise à disposition ou sous-traitance à une "
              "structure d'insertion par l'activité économique. Le suivi est assuré par le facilitateur du PLIE de "
              "Morvèze. Chaque heure non réalisée donne lieu à une pénalité de 50 € HT."),
            P("Les heures de formation des salariés en insertion (au plus 70 heures) sont décomptées dans le volume "
              "ci-dessus."),
            *f_litiges(c, 0)]
    cctp = [TITLE("Office public de l'habitat Terres de Morvèze", "Cahier des clauses techniques particulières",
                  "Réhabilitation thermique de la résidence Les Tilleuls", "TM-2027-11"),
            H("Article # – Présentation"),
            P("Le présent CCTP décrit les ouvrages par lots techniques. Ces lots techniques correspondent aux corps "
              "d'état à coordonner par le titulaire ; chaque chapitre précise les ouvrages, les matériaux et les "
              "essais."),
            RTAB([["Lot technique", "Corps d'état", "Principaux ouvrages"],
                  ["01", "Désamiantage", "retrait des enduits et des conduits amiantés"],
                  ["02", "Isolation thermique par l'extérieur", "isolant 160 mm, enduit mince, bandes coupe-feu"],
                  ["03", "Menuiseries extérieures", "fenêtres PVC double vitrage, volets roulants"],
                  ["04", "Ventilation", "VMC hygroréglable de type B"],
                  ["05", "Électricité des parties communes", "éclairage à détection, colonnes montantes"]],
                 widths=[1.3, 2.6, 4], align="lll"),
            H("Article # – Lot technique 02 : isolation"),
            P("L'isolant présente une résistance thermique d'au moins 4,5 m².K/W. Les chutes d'isolant et les "
              "emballages sont collectés séparément et repris par le fournisseur ou évacués vers une filière de "
              "recyclage."),
            H("Article # – Lot technique 03 : menuiseries"),
            P("Les menuiseries déposées sont démantelées ; le verre et le PVC sont orientés vers des filières de "
              "recyclage distinctes. Le coefficient Uw des fenêtres posées n'excède pas 1,3 W/m².K."),
            H("Article # – Lot technique 04 : ventilation"),
            P("Les bouches sont réglées et mesurées à la réception. Les essais de fonctionnement durent 72 heures "
              "sans interruption."),
            H("Article # – Lot technique 05 : électricité"),
            P("Les luminaires des parties communes sont équipés de détecteurs de présence ; la temporisation est "
              "réglée à deux minutes.")]
    ae = [TITLE("Office public de l'habitat Terres de Morvèze", "Acte d'engagement",
                "Réhabilitation thermique de la résidence Les Tilleuls – marché unique", "TM-2027-11"),
          *f_ae_titulaire(c, 0),
          H("Article # – Prix de l'offre"),
          P("Le candidat s'engage à exécuter les travaux pour un montant global et forfaitaire de 1~296~540,00 € HT, "
            "soit 1~555~848,00 € TTC (TVA au taux de 20 %), conformément à la décomposition du prix global et "
            "forfaitaire jointe."),
          H("Article # – Délai"),
          P("Le délai d'exécution est celui du CCAP (quatorze mois). Le candidat ne propose pas de délai réduit : "
            "[ ] oui [ ] non, délai proposé : …… mois."),
          H("Article # – Action d'insertion"),
          P("Je m'engage à réaliser l'action d'insertion prévue à l'article 10 du CCAP et désigne comme "
            "interlocuteur du facilitateur : ……………………"),
          *f_ae_compte(c), *f_ae_signature(c, 0)]
    pieces = [
        PIECE("RC_TM-2027-11.pdf", "RC", hd, "RC – TM-2027-11", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1100, allotissement=0,
                montant_estime_ht=1380000,
                evidence=["Le marché n'est pas alloti", "Le montant estimé des travaux est de 1 380 000 € HT",
                          "une action d'insertion professionnelle d'au moins 1 100 heures de travail"]), cols=2),
        PIECE("CCAP_TM-2027-11.pdf", "CCAP", hd, "CCAP – TM-2027-11", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1100, clause_environnementale=1,
                allotissement=0,
                evidence=["il n'est pas décomposé en lots",
                          "une action d'insertion d'un volume minimal de 1 100 heures de travail",
                          "Le titulaire trie les déchets de chantier en cinq flux au moins"]), hyphen=True),
        PIECE("CCTP_TM-2027-11.pdf", "CCTP", hd, "CCTP – TM-2027-11", cctp,
              L(clause_environnementale=1,
                evidence=["Les chutes d'isolant et les emballages sont collectés séparément et repris par le "
                          "fournisseur ou évacués vers une filière de recyclage"])),
        PIECE("AE_TM-2027-11.docx", "AE", hd, "AE – TM-2027-11", ae,
              L(clause_sociale=1, clause_insertion=1, allotissement=0,
                evidence=["marché unique",
                          "Je m'engage à réaliser l'action d'insertion prévue à l'article 10 du CCAP"])),
    ]
    return dict(id="d04", title="OPH Terres de Morvèze – réhabilitation thermique (marché global ; lots techniques du CCTP)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(allotissement=0, montant_estime_ht=1380000, heures_insertion=1100),
                note=("Non alloti : RC « Le marché n'est pas alloti » (L. 2113-11), CCAP « il n'est pas décomposé en "
                      "lots » ; les « lots techniques » 01 à 05 du CCTP sont des corps d'état d'un marché unique "
                      "(CCTP : allotissement vide, nb_lots vide ; il ne faut pas compter cinq lots). Estimation : RC "
                      "1 380 000 € HT. L'AE rempli donne le « montant global et forfaitaire » de l'offre (1 296 540,00 "
                      "€ HT) : prix d'une offre, ni estimation ni maximum (vide). Pas d'accord-cadre : aucun maximum. "
                      "Heures : 1 100 (RC, CCAP) ; les « au plus 70 heures » de formation sont comprises dans les "
                      "1 100, on ne les ajoute pas. Pièges : 7 h 30 – 17 h 30, 48 heures, 72 heures d'essais, "
                      "avance 10 %, retenue 5 %."))


def d05():
    c = C("le Département de la Haute-Ourse", "Ourville", delai=30,
          profil="https://marches.haute-ourse.example", ref="ARCH-2027-03")
    hd = "Département de la Haute-Ourse – Numérisation des archives – ARCH-2027-03"
    rc = [TITLE("Département de la Haute-Ourse", "Règlement de la consultation",
                "Numérisation et reprographie de fonds d'archives", "Appel d'offres ouvert – ARCH-2027-03"),
          H("Article # – Objet"),
          P("La consultation porte sur la préparation matérielle, la numérisation, le contrôle qualité et le "
            "reconditionnement de fonds d'archives (registres, plans, liasses). Elle donne lieu à un accord-cadre à "
            "bons de commande mono-attributaire."),
          H("Article # – Marché réservé"),
          P("En application de l'article L.~2113-13 du code de la commande publique, l'accord-cadre est réservé aux "
            "structures d'insertion par l'activité économique mentionnées à l'article L.~5132-4 du code du travail "
            "(entreprises d'insertion, entreprises de travail temporaire d'insertion, associations intermédiaires, "
            "ateliers et chantiers d'insertion) et aux structures équivalentes."),
          H("Article # – Allotissement"),
          P("L'accord-cadre n'est pas alloti : la chaîne de préparation, de numérisation et de reconditionnement "
            "d'un même fonds ne peut être scindée sans risque pour les documents."),
          H("Article # – Durée et montants"),
          P("L'accord-cadre est conclu pour douze mois et peut être reconduit deux fois pour douze mois. Les "
            "montants minimums et maximums de chaque période figurent à l'article 4 du CCAP."),
          *f_rc_retrait(c, 0), *f_rc_candidature(c, 1),
          *f_rc_jugement(c, ["Prix : 50 % ;",
                             "Valeur technique : 50 %, dont méthodologie de traitement des documents (20 %), "
                             "moyens matériels (15 %) et qualité de l'accompagnement socioprofessionnel et de la "
                             "formation des salariés en parcours d'insertion affectés au marché (15 %)."], 1),
          *f_rc_remise(c, 0, "lundi 22 février 2027")]
    ccap = [TITLE("Département de la Haute-Ourse", "Cahier des clauses administratives particulières",
                  "Numérisation et reprographie de fonds d'archives", "ARCH-2027-03"),
            H("Article # – Objet et forme"),
            P("Le présent accord-cadre à bons de commande porte sur la numérisation et la reprographie de fonds "
              "d'archives départementales. Il est exécuté au fur et à mesure de l'émission de bons de commande."),
            *f_pieces(c, 0, ["le bordereau des prix unitaires ;"]),
            H("Article # – Durée"),
            P("La période initiale est de douze mois à compter de la notification. L'accord-cadre peut être reconduit "
              "deux fois, pour douze mois chaque fois, par décision expresse notifiée un mois avant l'échéance."),
            H("Article # – Montants minimums et maximums"),
            P("Les montants des commandes sont fixés pour chaque période dans le tableau ci-dessous. Les montants "
              "sont exprimés en milliers d'euros hors taxes (k€ HT)."),
            RTAB([["Période", "Durée", "Minimum (k€ HT)", "Maximum (k€ HT)"],
                  ["Période initiale", "12 mois", "20", "60"],
                  ["Première reconduction", "12 mois", "20", "60"],
                  ["Seconde reconduction", "12 mois", "15", "45"]],
                 widths=[2.6, 1.2, 1.6, 1.6], align="llrr"),
            H("Article # – Exécution"),
            P("Les documents sont traités dans les locaux du Département. La salle de traitement est accessible de "
              "9 heures à 17 heures du lundi au vendredi. La cadence de numérisation attendue est d'au moins 400 vues "
              "par heure pour les registres reliés ; les documents fragiles sont traités à la main."),
            P("Chaque lot de documents restitué fait l'objet d'un contrôle de qualité par échantillonnage. Les "
              "anomalies sont reprises sous 72 heures."),
            *f_prix(c, 0), *f_paiement(c, 0), *f_penalites(c, 1), *f_resiliation(c, 1), *f_litiges(c, 0)]
    avis = [TITLE("Contract notice", "Directive 2014/24/EU"),
            H("Section I: Contracting authority"),
            P("I.1) Name and addresses"),
            P("Official name: Département de la Haute-Ourse"),
            P("Postal address: 1 place de l'Hôtel du Département  Town: Ourville  Postal code: 70990  Country: France"),
            P("I.4) Type of the contracting authority: Regional or local authority"),
            H("Section II: Object"),
            P("II.1.1) Title: Numérisation et reprographie de fonds d'archives  Reference number: ARCH-2027-03"),
            P("II.1.2) Main CPV code: 79999100 Scanning services"),
            P("II.1.3) Type of contract: Services"),
            P("II.1.4) Short description: Framework agreement for the preparation, digitisation and repackaging of "
              "archive collections."),
            P("II.1.5) Estimated total value: Value excluding VAT: 150 000.00 Currency: EUR"),
            P("II.1.6) Information about lots: This contract is divided into lots: no"),
            P("II.2.5) Award criteria: Quality criterion - Name: Valeur technique / Weighting: 50; Price - "
              "Weighting: 50"),
            P("II.2.7) Duration of the contract, framework agreement or dynamic purchasing system: Duration in "
              "months: 12. This contract is subject to renewal: yes. Description of renewals: two renewals of twelve "
              "months each."),
            P("II.2.10) Information about variants: Variants will be accepted: no"),
            H("Section III: Legal, economic, financial and technical information"),
            P("III.1.1) Suitability to pursue the professional activity: see the tender documents."),
            P("III.1.5) Information about reserved contracts: The contract is restricted to sheltered workshops and "
              "economic operators aiming at the social and professional integration of disabled or disadvantaged "
              "persons"),
            H("Section IV: Procedure"),
            P("IV.1.1) Type of procedure: Open procedure"),
            P("IV.1.3) Information about a framework agreement: The procurement involves the establishment of a "
              "framework agreement with a single operator"),
            P("IV.2.2) Time limit for receipt of tenders: 22/02/2027 Local time: 12:00"),
            H("Section VI: Complementary information"),
            P("VI.3) Additional information: Marché réservé, en application de l'article L. 2113-13 du code de la "
              "commande publique, aux structures d'insertion par l'activité économique et aux structures "
              "équivalentes. Minimum and maximum amounts of each period: see the CCAP."),
            P("VI.4.1) Review body: Tribunal administratif d'Ourville")]
    ae = [TITLE("Département de la Haute-Ourse", "Acte d'engagement",
                "Numérisation et reprographie de fonds d'archives", "ARCH-2027-03"),
          *f_ae_titulaire(c, 1),
          H("Article # – Qualité du candidat"),
          P("Le marché est réservé aux structures d'insertion par l'activité économique (article L.~2113-13 du code "
            "de la commande publique). Le candidat déclare être : [ ] entreprise d'insertion ; [ ] entreprise de "
            "travail temporaire d'insertion ; [ ] association intermédiaire ; [ ] atelier et chantier d'insertion ; "
            "[ ] structure équivalente, et joint sa convention avec l'État en cours de validité."),
          H("Article # – Prix"),
          P("Les prestations sont réglées aux prix unitaires du bordereau, dans la limite des montants maximums du "
            "CCAP."),
          *f_ae_compte(c), *f_ae_signature(c, 1)]
    pieces = [
        PIECE("RC_ARCH-2027-03.docx", "RC", hd, "RC ARCH-2027-03", rc,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0,
                evidence=["En application de l'article L. 2113-13 du code de la commande publique, l'accord-cadre est "
                          "réservé", "L'accord-cadre n'est pas alloti",
                          "qualité de l'accompagnement socioprofessionnel et de la formation des salariés en "
                          "parcours d'insertion affectés au marché (15 %)"])),
        PIECE("CCAP_ARCH-2027-03.pdf", "CCAP", hd, "CCAP ARCH-2027-03", ccap,
              L(montant_max_ht=165000,
                evidence=["Les montants sont exprimés en milliers d'euros hors taxes (k€ HT)",
                          "Période initiale 12 mois 20 60", "Première reconduction 12 mois 20 60",
                          "Seconde reconduction 12 mois 15 45", "[60 + 60 + 45 = 165 k€]"])),
        PIECE("AVIS_ARCH-2027-03_JOUE.txt", "AVIS", hd, "", avis,
              L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=150000,
                evidence=["Value excluding VAT: 150 000.00 Currency: EUR",
                          "This contract is divided into lots: no",
                          "Marché réservé, en application de l'article L. 2113-13 du code de la commande publique"])),
        PIECE("AE_ARCH-2027-03.docx", "AE", hd, "AE ARCH-2027-03", ae,
              L(marche_reserve=1, reserve_base="L2113-13",
                evidence=["Le marché est réservé aux structures d'insertion par l'activité économique (article "
                          "L. 2113-13 du code de la commande publique)"])),
    ]
    return dict(id="d05", title="Département de la Haute-Ourse – numérisation d'archives (tableau en k€ ; case d'avis "
                                "contraire à l'article cité)",
                pieces=pieces, pos=["critere_social", "marche_reserve"],
                values=V(allotissement=0, montant_estime_ht=150000, montant_max_ht=165000, reserve_base="L2113-13"),
                note=("Maximum : tableau du CCAP en k€ HT par période (12 mois chacune), sans total : 60 + 60 + 45 = "
                      "165 k€ = 165 000 (les minimums 20 + 20 + 15 ne comptent pas). Estimation : avis II.1.5, "
                      "150 000. Réservation : l'avis coche la case « sheltered workshops… » (qui mènerait à L2113-12) "
                      "mais cite en VI.3 l'article L. 2113-13, comme le RC et l'AE ; l'article cité prévaut (LABELS.md) : "
                      "L2113-13, y compris pour l'avis seul. Non alloti (RC, avis). Critère social : accompagnement "
                      "socioprofessionnel des salariés en insertion (15 %) au RC ; l'avis ne nomme que « Valeur "
                      "technique ». Pièges : 400 vues par heure, 9 heures à 17 heures, « sous 72 heures »."))


def d06():
    c = C("le Centre communal d'action sociale de Brévannes-la-Forêt", "Pontbéral", delai=30,
          profil="https://marches.ccas-brevannes.example", ref="CCAS-2021-04")
    hd = "CCAS de Brévannes-la-Forêt – Accompagnement socioprofessionnel – CCAS-2021-04"
    rc = [TITLE("Centre communal d'action sociale de Brévannes-la-Forêt", "Règlement de la consultation",
                "Accompagnement socioprofessionnel des bénéficiaires du RSA",
                "Procédure adaptée (services sociaux et autres services spécifiques) – CCAS-2021-04"),
          H("Article # – Objet"),
          P("La consultation porte sur l'accompagnement vers l'emploi ou la formation des bénéficiaires du revenu "
            "de solidarité active orientés par le CCAS. Elle donne lieu à un accord-cadre à bons de commande "
            "mono-attributaire, d'une durée de trois ans à compter du 1er septembre 2021, non reconductible."),
          H("Article # – Réservation"),
          P("Les prestations relèvent exclusivement des services sociaux et autres services spécifiques mentionnés "
            "à l'article R.~2123-1, 3° du code de la commande publique. En application de l'article L.~2113-15 du "
            "même code, l'accord-cadre est réservé aux entreprises de l'économie sociale et solidaire, au sens de "
            "l'article 1er de la loi n° 2014-856 du 31 juillet 2014, qui poursuivent une mission de service public "
            "liée à la prestation de ces services et n'ont pas obtenu de l'acheteur, au cours des trois années "
            "précédentes, un marché réservé sur ce fondement."),
          H("Article # – Allotissement"),
          P("L'accord-cadre n'est pas alloti, le parcours de chaque bénéficiaire devant être suivi par un même "
            "référent."),
          H("Article # – Montant estimé"),
          P("Le besoin est estimé à 95~000 € HT par an, soit 285~000 € HT pour la durée totale de l'accord-cadre. "
            "Aucun montant minimum ni maximum n'est fixé (article 3 du CCAP)."),
          *f_rc_retrait(c, 1), *f_rc_candidature(c, 0),
          *f_rc_jugement(c, ["Valeur technique (organisation des permanences, qualification des intervenants, "
                             "outils de suivi) : 60 % ;", "Prix : 40 %."], 0),
          *f_rc_remise(c, 1, "lundi 14 juin 2021")]
    ccap = [TITLE("Centre communal d'action sociale de Brévannes-la-Forêt",
                  "Cahier des clauses administratives particulières",
                  "Accompagnement socioprofessionnel des bénéficiaires du RSA", "CCAS-2021-04"),
            H("Article # – Objet"),
            P("Le présent accord-cadre porte sur l'accompagnement socioprofessionnel de bénéficiaires du RSA "
              "éloignés de l'emploi. Chaque orientation donne lieu à un bon de commande nominatif."),
            H("Article # – Durée"),
            P("L'accord-cadre est conclu pour trois ans à compter du 1er septembre 2021. Il n'est pas reconductible."),
            H("Article # – Montants"),
            P("L'accord-cadre est conclu sans montant minimum ni montant maximum. Le CCAS n'est engagé que par les bons "
              "de commande qu'il émet."),
            H("Article # – Contenu de l'accompagnement"),
            P("Chaque bénéficiaire reçoit au plus vingt heures d'accompagnement individuel par trimestre, sous forme "
              "d'entretiens d'une heure, et peut participer à des ateliers collectifs de trois heures. Les "
              "permanences sont tenues au CCAS le mardi et le jeudi de 9 heures à 12 heures."),
            H("Article # – Prix"),
            P("Le prix est forfaitaire par parcours trimestriel ; il couvre les entretiens, les ateliers et les "
              "comptes rendus. Un parcours interrompu avant la fin du trimestre est payé au prorata du nombre de "
              "semaines."),
            *f_paiement(c, 1), *f_penalites(c, 2), *f_resiliation(c, 0), *f_litiges(c, 1)]
    cctp = [TITLE("Centre communal d'action sociale de Brévannes-la-Forêt",
                  "Cahier des clauses techniques particulières",
                  "Accompagnement socioprofessionnel des bénéficiaires du RSA", "CCAS-2021-04"),
            H("Article # – Public"),
            P("Le prestataire accompagne chaque année environ 120 bénéficiaires du RSA, demandeurs d'emploi de longue "
              "durée ou sans qualification, orientés par le CCAS après le diagnostic social."),
            H("Article # – Objectifs"),
            P("L'accompagnement vise un taux de sorties positives (emploi durable, formation qualifiante, création "
              "d'activité) d'au moins 35 %. Il comprend un diagnostic, un plan d'action, des mises en situation "
              "professionnelle et le suivi dans l'emploi pendant les trois premiers mois."),
            RTAB([["Étape", "Durée indicative", "Livrable"],
                  ["Diagnostic", "2 entretiens d'une heure", "fiche de diagnostic"],
                  ["Plan d'action", "1 entretien d'une heure", "contrat d'engagement"],
                  ["Mises en situation", "jusqu'à 70 heures en entreprise", "bilan de l'employeur"],
                  ["Suivi dans l'emploi", "3 mois", "compte rendu de sortie"]],
                 widths=[2.2, 2.6, 2.6]),
            H("Article # – Comptes rendus"),
            P("Le prestataire transmet un compte rendu trimestriel par bénéficiaire et un bilan annuel. Toute "
              "absence non justifiée à un entretien est signalée au CCAS sous 48 heures.")]
    avis = [TITLE("Avis de marché – Services sociaux et autres services spécifiques",
                  "Directive 2014/24/UE – formulaire standard 21"),
            H("Section I : Pouvoir adjudicateur"),
            P("I.1) Nom et adresses : Centre communal d'action sociale de Brévannes-la-Forêt, 3 rue de la Mairie, "
              "61990 Brévannes-la-Forêt, France"),
            P("I.5) Activité principale : Protection sociale"),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : Accompagnement socioprofessionnel des bénéficiaires du RSA. Numéro de référence : "
              "CCAS-2021-04"),
            P("II.1.2) Code CPV principal : 85312320 Services de conseil"),
            P("II.1.3) Type de marché : Services"),
            P("II.1.4) Description succincte : accord-cadre à bons de commande pour l'accompagnement vers l'emploi "
              "de bénéficiaires du RSA."),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 285 000,00 EUR"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
            P("II.2.7) Durée du marché : 36 mois"),
            H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
            P("III.1.5) Informations sur les marchés réservés : La participation est réservée à des organisations "
              "poursuivant une mission de service public liée à la prestation des services visés à l'article 77 de "
              "la directive 2014/24/UE"),
            H("Section IV : Procédure"),
            P("IV.1.1) Forme de la procédure : Procédure ouverte"),
            P("IV.2.2) Date limite de réception des offres : 14/06/2021 à 12:00"),
            H("Section VI : Renseignements complémentaires"),
            P("VI.3) Informations complémentaires : accord-cadre sans montant minimum ni maximum.")]
    pieces = [
        PIECE("RC_CCAS-2021-04.docx", "RC", hd, "RC CCAS-2021-04", rc,
              L(marche_reserve=1, reserve_base="L2113-15", allotissement=0, montant_estime_ht=285000,
                evidence=["En application de l'article L. 2113-15 du même code, l'accord-cadre est réservé",
                          "L'accord-cadre n'est pas alloti",
                          "soit 285 000 € HT pour la durée totale de l'accord-cadre"])),
        PIECE("CCAP_CCAS-2021-04.pdf", "CCAP", hd, "CCAP CCAS-2021-04", ccap, L(), hyphen=True),
        PIECE("CCTP_CCAS-2021-04.docx", "CCTP", hd, "CCTP CCAS-2021-04", cctp, L()),
        PIECE("AVIS_CCAS-2021-04_JOUE.txt", "AVIS", hd, "", avis,
              L(marche_reserve=1, reserve_base="L2113-15", allotissement=0, montant_estime_ht=285000,
                evidence=["Valeur hors TVA : 285 000,00 EUR", "Ce marché est divisé en lots : non",
                          "La participation est réservée à des organisations poursuivant une mission de service "
                          "public"])),
    ]
    return dict(id="d06", title="CCAS de Brévannes-la-Forêt – accompagnement des bénéficiaires du RSA (sans maximum ; "
                                "réservé ESS)",
                pieces=pieces, pos=["marche_reserve"],
                values=V(allotissement=0, montant_estime_ht=285000, reserve_base="L2113-15"),
                note=("Maximum : « sans montant minimum ni montant maximum » (CCAP, RC, avis) : vide (consultation de "
                      "2021). Estimation : « 95 000 € HT par an, soit 285 000 € HT pour la durée totale » (RC) et "
                      "285 000 (avis) : 285 000, le total écrit (on ne garde pas 95 000). Réservation L2113-15 : article "
                      "cité au RC ; l'avis n'a que la case « organisations poursuivant une mission de service public "
                      "(article 77) », qui mène aussi à L2113-15. L'objet du marché est l'insertion des bénéficiaires : "
                      "ce n'est pas une clause d'insertion (LABELS.md), aucune pièce n'a clause_insertion. Pièges : "
                      "vingt heures par trimestre, entretiens d'une heure, 70 heures en entreprise, 9 heures à 12 "
                      "heures, 48 heures, 35 %."))


def d07():
    c = C("le Syndicat mixte des eaux du Val de Sorne", "Mirevaux", delai=30,
          profil="https://marches.eaux-valdesorne.example", ref="SMEVS-27-02")
    hd = "SMEVS – Vêtements de travail et EPI – SMEVS-27-02"
    rc = [TITLE("Syndicat mixte des eaux du Val de Sorne", "Règlement de la consultation",
                "Fourniture de vêtements de travail et d'équipements de protection individuelle",
                "Procédure adaptée – SMEVS-27-02"),
          H("Article # – Objet et allotissement"),
          P("La consultation est divisée en deux lots : lot 1 – vêtements de travail (pantalons, vestes, parkas, "
            "tee-shirts) ; lot 2 – équipements de protection individuelle (gants, lunettes, casques, bottes). Chaque "
            "lot donne lieu à un accord-cadre à bons de commande d'une durée de deux ans, non reconductible."),
          H("Article # – Montant estimé"),
          P("Le montant total estimé des deux lots, pour la durée totale des accords-cadres, est de 62~000 € HT."),
          *f_rc_retrait(c, 0),
          H("Article # – Échantillons"),
          P("Le candidat remet, pour chaque article du bordereau marqué d'un astérisque, un échantillon à sa taille "
            "médiane. Les échantillons sont déposés au siège du syndicat du lundi au vendredi de 8 heures à 12 "
            "heures."),
          *f_rc_candidature(c, 0),
          *f_rc_jugement(c, ["Qualité des articles (échantillons, fiches techniques) : 50 % ;",
                             "Prix (bordereau) : 40 % ;", "Délais de livraison : 10 %."], 2),
          *f_rc_remise(c, 0, "vendredi 5 mars 2027")]
    ccap = [TITLE("Syndicat mixte des eaux du Val de Sorne", "Cahier des clauses administratives particulières",
                  "Vêtements de travail et équipements de protection individuelle", "SMEVS-27-02"),
            H("Article # – Objet"),
            P("Le présent CCAP est commun aux deux lots de la consultation. Chaque lot est un accord-cadre à bons de "
              "commande conclu pour deux ans à compter de sa notification."),
            H("Article # – Montants maximums"),
            P("Les commandes de chaque lot ne peuvent dépasser, pour la durée totale de l'accord-cadre, les montants "
              "suivants, toutes taxes comprises :"),
            RTAB([["Lot", "Intitulé", "Montant maximum (TTC)"],
                  ["1", "Vêtements de travail", "48~000 € TTC"],
                  ["2", "Équipements de protection individuelle", "30~000 € TTC"]],
                 widths=[0.8, 4, 2.2], align="llr"),
            H("Article # – Livraisons"),
            P("Les articles sont livrés au centre technique dans un délai de dix jours ouvrés ; les articles de "
              "remplacement urgent le sont sous 48 heures. Une permanence téléphonique est assurée de 8 heures à 12 "
              "heures."),
            H("Article # – Conditions d'exécution environnementales"),
            P("Les articles sont livrés sans emballage individuel en plastique, regroupés par agent. Le titulaire "
              "reprend gratuitement les vêtements usagés remis par le syndicat et les oriente vers une filière de "
              "réemploi ou de recyclage textile ; il en justifie une fois par an."),
            *f_prix(c, 2), *f_paiement(c, 0), *f_penalites(c, 0), *f_litiges(c, 1)]
    ae = [TITLE("Syndicat mixte des eaux du Val de Sorne", "Acte d'engagement – Lot n° 1",
                "Vêtements de travail", "SMEVS-27-02"),
          H("Article # – Objet"),
          P("Le présent acte d'engagement porte sur le lot n° 1 « Vêtements de travail », l'un des deux lots de la "
            "consultation SMEVS-27-02."),
          *f_ae_titulaire(c, 0),
          H("Article # – Montant"),
          P("Les commandes du lot n° 1 sont passées dans la limite d'un montant maximum de 48~000 € TTC pour la "
            "durée totale de l'accord-cadre. Les prix unitaires sont ceux du bordereau du lot n° 1."),
          *f_ae_compte(c), *f_ae_signature(c, 1)]
    bpu = [TITLE("Syndicat mixte des eaux du Val de Sorne", "Bordereau des prix unitaires – Lot n° 2",
                 "Équipements de protection individuelle", "SMEVS-27-02"),
           P("Prix unitaires hors taxes, livraison comprise. Le montant maximum du lot n° 2 est rappelé pour "
             "information : 30~000 € TTC sur la durée de l'accord-cadre."),
           RTAB([["N°", "Désignation", "Unité", "Prix unitaire HT (€)"],
                 ["2.01", "Gants de manutention EN 388, niveau 4131", "paire", ""],
                 ["2.02", "Gants nitrile jetables, boîte de 100", "boîte", ""],
                 ["2.03", "Lunettes de protection EN 166, traitement antibuée", "unité", ""],
                 ["2.04", "Casque de chantier EN 397 avec jugulaire", "unité", ""],
                 ["2.05", "Bottes de sécurité S5, semelle antidérapante", "paire", ""],
                 ["2.06", "Bouchons d'oreilles moulés, paire réutilisable", "paire", ""],
                 ["2.07", "Gilet haute visibilité classe 2", "unité", ""]],
                widths=[0.8, 4.2, 1, 1.6], align="lllr"),
           P("Le candidat complète chaque prix ; un prix non renseigné rend l'offre irrégulière. TVA au taux de "
             "20 %.")]
    pieces = [
        PIECE("RC_SMEVS-27-02.pdf", "RC", hd, "RC SMEVS-27-02", rc,
              L(allotissement=1, nb_lots=2, montant_estime_ht=62000,
                evidence=["La consultation est divisée en deux lots",
                          "Le montant total estimé des deux lots, pour la durée totale des accords-cadres, est de "
                          "62 000 € HT"])),
        PIECE("CCAP_SMEVS-27-02.docx", "CCAP", hd, "CCAP SMEVS-27-02", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=2,
                evidence=["Le présent CCAP est commun aux deux lots de la consultation",
                          "Le titulaire reprend gratuitement les vêtements usagés remis par le syndicat et les oriente "
                          "vers une filière de réemploi ou de recyclage textile"])),
        PIECE("AE_SMEVS-27-02_lot1.docx", "AE", hd, "AE lot 1 SMEVS-27-02", ae,
              L(allotissement=1, nb_lots=2, evidence=["l'un des deux lots de la consultation"])),
        PIECE("BPU_SMEVS-27-02_lot2.pdf", "BPU", hd, "BPU lot 2 SMEVS-27-02", bpu,
              L(allotissement=1, evidence=["Bordereau des prix unitaires – Lot n° 2"])),
    ]
    return dict(id="d07", title="SM des eaux du Val de Sorne – vêtements de travail et EPI (maximum en TTC seulement)",
                pieces=pieces, pos=["clause_environnementale"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=62000),
                note=("Maximum : écrit seulement en TTC (CCAP : 48 000 € TTC et 30 000 € TTC ; AE lot 1 et BPU lot 2 "
                      "les rappellent en TTC) ; aucune pièce ne donne de maximum HT : vide (on ne divise pas par "
                      "1,2). Estimation : RC 62 000 € HT pour les deux lots. Deux lots (RC, CCAP, AE lot 1 « l'un "
                      "des deux lots ») ; le BPU du lot 2 ne dit pas combien de lots : nb_lots vide. Pièges : 48 "
                      "heures, 8 heures à 12 heures, TVA 20 %, normes EN."))


def d08():
    c = C("la Communauté d'agglomération du Grand Orvanne", "Ourville", delai=30,
          profil="https://marches.grand-orvanne.example", ref="TS-2027")
    hd = "CA du Grand Orvanne – Transport scolaire – TS-2027"
    rc = [TITLE("Communauté d'agglomération du Grand Orvanne", "Règlement de la consultation",
                "Transport scolaire – circuits de l'agglomération", "Appel d'offres ouvert – TS-2027"),
          H("Article # – Objet"),
          P("La consultation porte sur l'exécution de circuits de transport scolaire desservant les écoles, collèges "
            "et lycées de l'agglomération. Chaque lot donne lieu à un accord-cadre à bons de commande "
            "mono-attributaire d'un an, reconductible trois fois."),
          H("Article # – Allotissement"),
          P("La consultation est divisée en quatre lots géographiques :"),
          RTAB([["Lot", "Secteur", "Estimation 4 ans (€ HT)"],
                ["1", "Nord", "280~000"],
                ["2", "Est", "230~000"],
                ["3", "Vallée", "80~000"],
                ["4", "Sud", "130~000"],
                ["", "Total", "720~000"]],
               widths=[0.7, 1.5, 2], align="llr", bold_last=True),
          P("Un même candidat peut être attributaire de plusieurs lots."),
          H("Article # – Clause d'insertion"),
          P("Le volume d'heures d'insertion, détaillé lot par lot à l'article 7 du CCAP, s'élève à 1" + SB + "000 "
            "heures pour l'ensemble des quatre lots. Les heures sont réalisées par des conducteurs ou des accompagnateurs "
            "recrutés parmi les publics éloignés de l'emploi."),
          *f_rc_retrait(c, 1), *f_rc_candidature(c, 1),
          *f_rc_jugement(c, ["Prix : 50 % ;", "Valeur technique (véhicules, organisation, remplacement des "
                                               "conducteurs) : 40 % ;",
                             "Performance en matière d'insertion professionnelle des publics en difficulté : "
                             "10 %."], 0),
          *f_rc_remise(c, 0, "lundi 1er mars 2027")]
    ccap = [TITLE("Communauté d'agglomération du Grand Orvanne", "Cahier des clauses administratives particulières",
                  "Transport scolaire – circuits de l'agglomération", "TS-2027"),
            H("Article # – Objet"),
            P("Le présent CCAP est commun aux quatre lots. Chaque lot est un accord-cadre à bons de commande "
              "exécuté par émission de bons de commande annuels par circuit."),
            H("Article # – Durée"),
            P("Chaque accord-cadre est conclu pour l'année scolaire 2027-2028. Il est reconductible trois fois, pour "
              "une année scolaire chaque fois."),
            *f_pieces(c, 2, ["le bordereau des prix unitaires de chaque lot ;"]),
            H("Article # – Montants maximums"),
            P("Pour la durée totale de l'accord-cadre, reconductions comprises, le montant maximum des commandes est "
              "fixé à 320~000 € HT pour le lot 1, 260~000 € HT pour le lot 2, 90~000 € HT pour le lot 3 et "
              "150~000 € HT pour le lot 4, soit un montant maximum total de 820" + SB + "000 € HT pour l'ensemble "
              "des lots."),
            H("Article # – Horaires"),
            P("Les horaires de chaque circuit sont fixés par la fiche circuit. Les élèves arrivent au plus tôt 10 "
              "minutes avant l'ouverture de l'établissement, à 8 h 20 en général ; la durée d'un trajet n'excède pas "
              "45 minutes."),
            H("Article # – Véhicules"),
            P("Les véhicules affectés aux circuits sont classés Crit'Air 1 ou fonctionnent à l'électricité ou au "
              "bioGNV ; le titulaire forme ses conducteurs à l'écoconduite dans les six mois de la notification."),
            H("Article # – Clause d'insertion"),
            P("Le titulaire réserve aux publics éloignés de l'emploi un nombre minimal d'heures de travail, pour "
              "la durée totale de l'accord-cadre :"),
            LST(["lot 1 : 400 heures ;", "lot 2 : 300 heures ;", "lot 3 : 100 heures ;", "lot 4 : 200 heures."]),
            P("Les heures de formation obligatoire initiale des conducteurs (FIMO, 140 heures) ne sont pas comptées "
              "comme heures d'insertion."),
            *f_paiement(c, 2), *f_penalites(c, 0), *f_assurances(c, 0), *f_litiges(c, 0)]
    qr = [TITLE("Communauté d'agglomération du Grand Orvanne", "Registre des questions et réponses",
                "Transport scolaire – TS-2027", "Mise à jour du 3 février 2027"),
          H("Question 1 (reçue le 25 janvier 2027)"),
          P("Le montant maximum du lot 3 paraît insuffisant au regard du nombre de circuits de la vallée et de la "
            "hausse du prix du carburant. L'acheteur peut-il le revoir ?"),
          H("Réponse"),
          P("Oui. L'acheteur porte le montant maximum du lot n° 3 de 90~000 € HT à 110~000 € HT pour la durée "
            "totale de l'accord-cadre. L'article 4 du CCAP est modifié en ce sens ; les montants maximums des autres "
            "lots sont inchangés."),
          H("Question 2 (reçue le 27 janvier 2027)"),
          P("Un autocar immatriculé en 2019 peut-il être affecté à un circuit ?"),
          H("Réponse"),
          P("Oui, sous réserve de respecter l'article du CCAP relatif aux véhicules."),
          H("Question 3 (reçue le 29 janvier 2027)"),
          P("Le circuit V-04 part-il toujours à 7 h 05 ?"),
          H("Réponse"),
          P("Les horaires des fiches circuits sont indicatifs ; ils seront confirmés en juin 2027.")]
    ae = [TITLE("Communauté d'agglomération du Grand Orvanne", "Acte d'engagement – Lot n° 2 (secteur Est)",
                "Transport scolaire", "TS-2027"),
          *f_ae_titulaire(c, 0),
          H("Article # – Objet"),
          P("Le présent acte d'engagement porte sur le lot n° 2 « secteur Est » de l'accord-cadre de transport "
            "scolaire."),
          H("Article # – Montant maximum"),
          P("Le montant maximum des commandes du lot n° 2 est de 260~000 € HT pour la durée totale de "
            "l'accord-cadre, reconductions comprises."),
          H("Article # – Insertion"),
          P("Je m'engage à réaliser les 300 heures d'insertion prévues pour le lot n° 2 par le CCAP."),
          *f_ae_compte(c), *f_ae_signature(c, 0)]
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Communauté d'agglomération du Grand Orvanne"),
            *AVIS_HEAD(c, "27-021877", "70"),
            H("Section 1 : Identification de l'acheteur"),
            P("Nom complet de l'acheteur : Communauté d'agglomération du Grand Orvanne"),
            P("Code postal / Ville : 70990 Ourville"),
            H("Section 3 : Procédure"),
            P("Type de procédure : Appel d'offres ouvert"),
            P("Conditions de participation : voir le règlement de la consultation"),
            P("Date et heure limite de réception des plis : 01/03/2027 à 12 h 00"),
            H("Section 4 : Identification du marché"),
            P("Intitulé du marché : Transport scolaire – circuits de l'agglomération"),
            P("Code CPV principal : 60130000 – Services spécialisés de transport routier de passagers"),
            P("Type de marché : Services"),
            P("Valeur estimée hors TVA : 720 000 euros"),
            P("Conditions particulières d'exécution : clause sociale d'insertion (1 000 heures pour l'ensemble des "
              "lots)."),
            P("Critères d'attribution : Prix : 50 % ; Valeur technique : 40 % ; Performance en matière d'insertion "
              "professionnelle : 10 %"),
            H("Section 5 : Lots"),
            P("Marché alloti : Oui"),
            P("Lot n° 1 : secteur Nord"), P("Lot n° 2 : secteur Est"), P("Lot n° 3 : secteur Vallée"),
            P("Lot n° 4 : secteur Sud")]
    pieces = [
        PIECE("RC_TS-2027.pdf", "RC", hd, "RC TS-2027", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, critere_social=1, allotissement=1,
                nb_lots=4, montant_estime_ht=720000,
                evidence=["La consultation est divisée en quatre lots géographiques", "Total 720 000",
                          "s'élève à 1 000 heures pour l'ensemble des quatre lots",
                          "Performance en matière d'insertion professionnelle des publics en difficulté"]), cols=2),
        PIECE("CCAP_TS-2027.pdf", "CCAP", hd, "CCAP TS-2027", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, clause_environnementale=1,
                allotissement=1, nb_lots=4, montant_max_ht=820000,
                evidence=["commun aux quatre lots", "soit un montant maximum total de 820 000 € HT",
                          "lot 1 : 400 heures", "lot 4 : 200 heures", "[400 + 300 + 100 + 200 = 1 000]",
                          "Les véhicules affectés aux circuits sont classés Crit'Air 1"]), hyphen=True),
        PIECE("QR_TS-2027.docx", "QR", hd, "Q/R TS-2027", qr,
              L(allotissement=1, montant_max_ht=110000,
                evidence=["L'acheteur porte le montant maximum du lot n° 3 de 90 000 € HT à 110 000 € HT"])),
        PIECE("AE_TS-2027_lot2.docx", "AE", hd, "AE lot 2 TS-2027", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=300, allotissement=1, montant_max_ht=260000,
                evidence=["porte sur le lot n° 2", "Le montant maximum des commandes du lot n° 2 est de 260 000 € HT",
                          "Je m'engage à réaliser les 300 heures d'insertion"])),
        PIECE("AVIS_TS-2027.txt", "AVIS", hd, "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, critere_social=1, allotissement=1,
                nb_lots=4, montant_estime_ht=720000,
                evidence=["Valeur estimée hors TVA : 720 000 euros",
                          "clause sociale d'insertion (1 000 heures pour l'ensemble des lots)",
                          "Performance en matière d'insertion professionnelle : 10 %", "Marché alloti : Oui",
                          "Lot n° 4 : secteur Sud"])),
    ]
    return dict(id="d08", title="CA du Grand Orvanne – transport scolaire (quatre lots ; Q/R qui change le maximum d'un lot)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(allotissement=1, nb_lots=4, montant_estime_ht=720000, montant_max_ht=840000,
                         heures_insertion=1000),
                note=("Maximum : CCAP, maxima par lot et total écrit 820 000 (320 000 + 260 000 + 90 000 + 150 000) ; "
                      "le registre Q/R porte le lot 3 de 90 000 à 110 000 et modifie le CCAP, sans écrire de nouveau "
                      "total : 320 000 + 260 000 + 110 000 + 150 000 = 840 000 (le total écrit de 820 000 est "
                      "périmé). Le Q/R seul reçoit 110 000, l'AE du lot 2 260 000. Heures : 400 + 300 + 100 + 200 au "
                      "CCAP, total 1 000 écrit au RC et à l'avis : 1 000 ; l'AE du lot 2 : 300. Estimation : tableau "
                      "du RC, total 720 000, repris par l'avis. Quatre lots. Pièges : FIMO 140 heures (exclues), 45 "
                      "minutes, 8 h 20, 7 h 05."))


def d09():
    c = C("la Commune de Lanvézec", "Kervaly", delai=30, profil="https://marches.lanvezec.example",
          ref="CARB-2027")
    hd = "Commune de Lanvézec – Fourniture de carburants en vrac – CARB-2027"
    avis1 = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Commune de Lanvézec"),
             *AVIS_HEAD(c, "27-028114", "29"),
             H("Section 1 : Identification de l'acheteur"),
             P("Nom complet de l'acheteur : Commune de Lanvézec"),
             P("Code postal / Ville : 29990 Lanvézec"),
             H("Section 3 : Procédure"),
             P("Type de procédure : Procédure adaptée ouverte"),
             P("Date et heure limite de réception des plis : 29/03/2027 à 12 h 00"),
             H("Section 4 : Identification du marché"),
             P("Intitulé du marché : Fourniture de carburants en vrac (gazole et gazole non routier)"),
             P("Code CPV principal : 09134100 – Gazole"),
             P("Type de marché : Fournitures"),
             P("Description succincte : accord-cadre à bons de commande, sans minimum ; montant maximum annuel : "
               "200 000 euros HT ; durée : 12 mois, reconductible 3 fois par période de 12 mois."),
             P("Lieu principal de livraison : centre technique municipal, Lanvézec"),
             H("Section 5 : Lots"),
             P("Marché alloti : Non"),
             H("Section 6 : Informations complémentaires"),
             P("Livraisons du lundi au vendredi, de 7 heures à 12 heures.")]
    avis2 = [TITLE("AVIS RECTIFICATIF", "Commune de Lanvézec"),
             *AVIS_HEAD(c, "27-030551", "29"),
             P("Avis rectificatif de l'annonce n° 27-028114 publiée le 02/03/2027"),
             H("Section 1 : Identification de l'acheteur"),
             P("Nom complet de l'acheteur : Commune de Lanvézec"),
             H("Section 4 : Identification du marché"),
             P("Intitulé du marché : Fourniture de carburants en vrac (gazole et gazole non routier)"),
             H("Section 6 : Informations rectificatives"),
             P("Dans la rubrique « Description succincte », au lieu de : « montant maximum annuel : 200 000 euros "
               "HT », lire : « montant maximum annuel : 160 000 euros HT »."),
             P("Dans la rubrique « Date et heure limite de réception des plis », au lieu de : « 29/03/2027 à 12 h "
               "00 », lire : « 06/04/2027 à 12 h 00 »."),
             P("Le CCAP modifié en conséquence (indice B) est mis en ligne sur le profil d'acheteur. Les autres "
               "mentions de l'avis initial sont inchangées.")]
    rc = [TITLE("Commune de Lanvézec", "Règlement de la consultation",
                "Fourniture de carburants en vrac", "Procédure adaptée – CARB-2027"),
          H("Article # – Objet"),
          P("La consultation porte sur la fourniture et la livraison en cuve de gazole et de gazole non routier "
            "pour les véhicules et engins des services techniques."),
          H("Article # – Allotissement"),
          P("L'accord-cadre n'est pas alloti : les deux carburants sont livrés par le même camion-citerne à "
            "compartiments, dans les cuves d'un même site ; une division en lots doublerait les livraisons."),
          H("Article # – Durée et montants"),
          P("La durée, les reconductions et le montant maximum figurent au CCAP."),
          *f_rc_retrait(c, 1), *f_rc_candidature(c, 0),
          *f_rc_jugement(c, ["Prix (remise sur l'indice de référence) : 70 % ;",
                             "Délai de livraison et continuité de service : 30 %."], 1),
          *f_rc_remise(c, 0, "lundi 29 mars 2027")]
    ccap = [TITLE("Commune de Lanvézec", "Cahier des clauses administratives particulières",
                  "Fourniture de carburants en vrac", "CARB-2027 – indice A"),
            H("Article # – Objet"),
            P("Le présent accord-cadre à bons de commande porte sur la fourniture de gazole et de gazole non routier "
              "livrés en cuve au centre technique municipal."),
            H("Article # – Durée"),
            P("L'accord-cadre est conclu pour un an à compter du 1er mai 2027. Il est reconductible tacitement trois "
              "fois, par période d'un an, sans que sa durée totale excède quatre ans."),
            H("Article # – Montant maximum"),
            P("Il n'est pas fixé de montant minimum. Le montant maximum annuel des commandes est de "
              "200~000 € HT."),
            H("Article # – Livraisons"),
            P("Chaque livraison porte sur au moins 3~000 litres. Elle intervient dans les trois jours ouvrés suivant "
              "le bon de commande, du lundi au vendredi entre 7 heures et 12 heures ; en cas de rupture, sous 24 "
              "heures."),
            H("Article # – Conditions d'exécution environnementales"),
            P("Les livraisons sont effectuées avec des camions-citernes répondant au moins à la norme Euro VI. Le "
              "titulaire équipe chaque flexible d'un dispositif anti-égouttures et met à disposition, à chaque "
              "livraison, un kit absorbant en cas d'épandage."),
            H("Article # – Prix"),
            P("Le prix du litre est égal à l'indice de référence publié la semaine de livraison, diminué de la remise "
              "consentie par le titulaire dans son offre, laquelle est ferme pour toute la durée de l'accord-cadre."),
            *f_paiement(c, 1), *f_penalites(c, 0), *f_litiges(c, 1)]
    pieces = [
        PIECE("AVIS_CARB-2027_initial.txt", "AVIS", hd, "", avis1,
              L(allotissement=0, montant_max_ht=800000,
                evidence=["montant maximum annuel : 200 000 euros HT ; durée : 12 mois, reconductible 3 fois",
                          "[200 000 x 4 = 800 000]", "Marché alloti : Non"])),
        PIECE("AVIS_CARB-2027_rectificatif.txt", "AVIS", hd, "", avis2,
              L(montant_max_ht=160000,
                evidence=["lire : « montant maximum annuel : 160 000 euros HT »"])),
        PIECE("RC_CARB-2027.pdf", "RC", hd, "RC CARB-2027", rc,
              L(allotissement=0, evidence=["L'accord-cadre n'est pas alloti"])),
        PIECE("CCAP_CARB-2027.pdf", "CCAP", hd, "CCAP CARB-2027 indice A", ccap,
              L(clause_environnementale=1, montant_max_ht=800000,
                evidence=["Il est reconductible tacitement trois fois",
                          "Le montant maximum annuel des commandes est de 200 000 € HT", "[200 000 x 4 = 800 000]",
                          "Les livraisons sont effectuées avec des camions-citernes répondant au moins à la norme "
                          "Euro VI"]), hyphen=True),
    ]
    return dict(id="d09", title="Commune de Lanvézec – carburants en vrac (avis rectificatif qui baisse le maximum annuel)",
                pieces=pieces, pos=["clause_environnementale"],
                values=V(allotissement=0, montant_max_ht=640000),
                note=("Maximum : CCAP (indice A) et avis initial : 200 000 € HT par an, un an reconductible trois fois "
                      "(quatre années) ; l'avis rectificatif, postérieur, remplace expressément le maximum annuel par "
                      "160 000 euros HT et annonce un CCAP indice B : 160 000 x 4 = 640 000 pour le dossier. Chaque "
                      "pièce garde son propre chiffre : CCAP et avis initial 800 000 (ils connaissent les quatre "
                      "années), rectificatif 160 000 (il ne parle pas de la durée). Non alloti. Pièges : 3 000 "
                      "litres, 7 heures à 12 heures, « sous 24 heures », Euro VI."))


def d10():
    c = C("l'Établissement public Le Carré des Arts de Vernolles", "Ourville", delai=30,
          profil="https://marches.carre-des-arts.example", ref="CVC-2027-01")
    hd = "Le Carré des Arts de Vernolles – Maintenance CVC – CVC-2027-01"
    rc = [TITLE("Établissement public Le Carré des Arts de Vernolles", "Règlement de la consultation",
                "Maintenance des installations de chauffage, ventilation et climatisation",
                "Procédure adaptée – CVC-2027-01"),
          H("Article # – Objet"),
          P("La consultation porte sur la maintenance préventive et corrective des installations de chauffage, "
            "de ventilation et de climatisation du Carré des Arts (salle de spectacle, ateliers, bureaux). Elle "
            "donne lieu à un accord-cadre à bons de commande mono-attributaire d'une durée de quatre ans."),
          H("Article # – Allotissement"),
          P("L'accord-cadre n'est pas alloti : les installations sont interdépendantes et pilotées par une même "
            "gestion technique centralisée."),
          H("Article # – Prestation supplémentaire éventuelle"),
          P("Les candidats répondent obligatoirement à la solution de base et à la prestation supplémentaire "
            "éventuelle n° 1 (maintenance des centrales de traitement d'air de la salle de spectacle). L'acheteur "
            "décide, à l'attribution, de retenir ou non la PSE n° 1."),
          H("Article # – Clause d'insertion"),
          P("Le titulaire réalise une action d'insertion professionnelle dont le volume est fixé à l'article 9 du "
            "CCAP."),
          *f_rc_retrait(c, 0), *f_rc_candidature(c, 0),
          *f_rc_jugement(c, ["Prix (solution de base et PSE) : 50 % ;",
                             "Valeur technique (moyens, délais d'intervention, plan de maintenance) : 40 % ;",
                             "Performance environnementale (engagement de réduction des consommations d'énergie, "
                             "gestion des fluides frigorigènes) : 10 %."], 1),
          *f_rc_remise(c, 1, "mercredi 10 mars 2027")]
    ccap = [TITLE("Établissement public Le Carré des Arts de Vernolles",
                  "Cahier des clauses administratives particulières",
                  "Maintenance des installations de chauffage, ventilation et climatisation", "CVC-2027-01"),
            H("Article # – Objet et forme"),
            P("Le présent accord-cadre à bons de commande, conclu avec un seul opérateur économique, porte sur la "
              "maintenance des installations de chauffage, de ventilation et de climatisation. Il comprend une "
              "solution de base et une prestation supplémentaire éventuelle (PSE n° 1)."),
            *f_pieces(c, 0, ["le bordereau des prix unitaires (solution de base et PSE n° 1) ;"]),
            H("Article # – Durée"),
            P("L'accord-cadre est conclu pour une durée ferme de quatre ans à compter du 1er juin 2027."),
            *f_prix(c, 0),
            H("Article # – Montant maximum"),
            P("Le montant maximum de l'accord-cadre, pour sa durée totale de quatre ans, est fixé à 180~000 € HT "
              "pour la solution de base. Si la PSE n° 1 est retenue, ce maximum est augmenté de 36~000 € HT pour la "
              "même durée. Il n'est pas fixé de montant minimum."),
            H("Article # – Délais d'intervention"),
            P("Le titulaire assure une astreinte 24 heures sur 24 pendant la saison de chauffage. Il intervient sous "
              "4 heures en cas de panne affectant une salle occupée, sous 24 heures dans les autres cas. Le "
              "chauffage de la salle est en service de 6 heures à 23 heures les jours de représentation."),
            *f_paiement(c, 0), *f_penalites(c, 1),
            H("Article # – Action d'insertion"),
            P("Le titulaire consacre à l'insertion de personnes éloignées de l'emploi 35 heures de travail par "
              "tranche de 12~000 € HT du montant maximum de l'accord-cadre, PSE comprise, soit 630 heures sur la "
              "durée de l'accord-cadre. Si la PSE n° 1 n'est pas retenue, le volume est réduit à 525 heures."),
            P("Le titulaire rend compte chaque semestre des heures réalisées au facilitateur de la Maison de l'emploi. "
              "Les heures de la formation de deux heures dispensée aux nouveaux techniciens ne sont pas des heures "
              "d'insertion."),
            *f_assurances(c, 1), *f_litiges(c, 0)]
    ae = [TITLE("Établissement public Le Carré des Arts de Vernolles", "Acte d'engagement",
                "Maintenance des installations de chauffage, ventilation et climatisation", "CVC-2027-01"),
          *f_ae_titulaire(c, 0),
          H("Article # – Montant maximum"),
          P("Les commandes sont passées dans la limite des montants maximums suivants, pour la durée totale de "
            "l'accord-cadre :"),
          RTAB([["Partie", "Montant maximum (€ HT)"],
                ["Solution de base", "180~000"],
                ["PSE n° 1 – centrales de traitement d'air", "36~000"],
                ["Total, PSE n° 1 comprise", "216~000"]], widths=[4, 2], align="lr"),
          P("PSE n° 1 retenue (case remplie par l'acheteur) : [ ] oui [ ] non"),
          H("Article # – Engagements particuliers"),
          P("J'accepte la clause d'insertion de l'article 9 du CCAP et désigne mon référent : ……………………"),
          *f_ae_compte(c), *f_ae_signature(c, 0)]
    cctp = [TITLE("Établissement public Le Carré des Arts de Vernolles",
                  "Cahier des clauses techniques particulières",
                  "Maintenance des installations de chauffage, ventilation et climatisation", "CVC-2027-01"),
            H("Article # – Installations"),
            RTAB([["Équipement", "Nombre", "Observations"],
                  ["Chaudières gaz à condensation", "2", "puissance unitaire 450 kW"],
                  ["Groupes froids", "2", "R32, charge 18 kg chacun"],
                  ["Centrales de traitement d'air (PSE n° 1)", "3", "salle de spectacle"],
                  ["Ventilo-convecteurs", "64", "bureaux et ateliers"]], widths=[3.4, 1, 3], align="lrl"),
            H("Article # – Maintenance préventive"),
            P("Le titulaire réalise deux visites par an de deux heures au moins sur chaque chaudière et le contrôle "
              "annuel d'étanchéité des groupes froids. Il relève mensuellement les consommations de gaz et "
              "d'électricité et propose des réglages pour les réduire."),
            H("Article # – Fluides frigorigènes"),
            P("Toute intervention sur les circuits frigorifiques est réalisée par un personnel titulaire d'une "
              "attestation de capacité. Les fluides récupérés sont remis à un distributeur ou à une installation de "
              "traitement agréée ; le titulaire remet le bordereau de suivi des déchets dangereux correspondant."),
            H("Article # – Plages de fonctionnement"),
            P("Les bureaux sont chauffés de 7 heures à 19 heures en semaine ; la salle de spectacle selon le planning "
              "des représentations. Les programmations horaires de la GTC sont modifiées à la demande, sous 48 "
              "heures.")]
    pieces = [
        PIECE("RC_CVC-2027-01.pdf", "RC", hd, "RC CVC-2027-01", rc,
              L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=0,
                evidence=["L'accord-cadre n'est pas alloti",
                          "Le titulaire réalise une action d'insertion professionnelle",
                          "Performance environnementale (engagement de réduction des consommations d'énergie, "
                          "gestion des fluides frigorigènes) : 10 %"])),
        PIECE("CCAP_CVC-2027-01.pdf", "CCAP", hd, "CCAP CVC-2027-01", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=630, montant_max_ht=216000,
                evidence=["est fixé à 180 000 € HT pour la solution de base",
                          "ce maximum est augmenté de 36 000 € HT pour la même durée",
                          "[180 000 + 36 000 = 216 000, PSE comprise]",
                          "35 heures de travail par tranche de 12 000 € HT", "soit 630 heures"]), hyphen=True),
        PIECE("AE_CVC-2027-01.docx", "AE", hd, "AE CVC-2027-01", ae,
              L(clause_sociale=1, clause_insertion=1, montant_max_ht=216000,
                evidence=["Total, PSE n° 1 comprise 216 000",
                          "J'accepte la clause d'insertion de l'article 9 du CCAP"])),
        PIECE("CCTP_CVC-2027-01.docx", "CCTP", hd, "CCTP CVC-2027-01", cctp,
              L(clause_environnementale=1,
                evidence=["Les fluides récupérés sont remis à un distributeur ou à une installation de traitement "
                          "agréée"])),
    ]
    return dict(id="d10", title="Le Carré des Arts de Vernolles – maintenance CVC (maximum de base et de PSE ; heures "
                                "par tranche de montant)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_max_ht=216000, heures_insertion=630),
                note=("Maximum : CCAP 180 000 € HT (solution de base, quatre ans) « augmenté de 36 000 € HT » si la "
                      "PSE n° 1 est retenue ; l'AE écrit le total « PSE n° 1 comprise » 216 000 : 216 000 (convention : "
                      "le maximum comprend les options et PSE, comme la valeur estimée ; le CCAP seul reçoit aussi "
                      "180 000 + 36 000 = 216 000). Heures : « 35 heures … par tranche de 12 000 € HT … soit 630 "
                      "heures » (216 000 / 12 000 = 18 ; 18 x 35 = 630) ; les 525 heures sans PSE ne sont qu'une "
                      "hypothèse. Non alloti (RC). Pièges : astreinte 24 heures sur 24, sous 4 heures, sous 24 "
                      "heures, 6 heures à 23 heures, formation de deux heures, visites de deux heures, 450 kW."))


def d11():
    c = C("le Syndicat intercommunal d'énergies de l'Arvèze", "Kervaly", delai=30,
          profil="https://marches.siea-arveze.example", ref="IRVE-27")
    hd = "SIE de l'Arvèze – Maintenance des bornes de recharge – IRVE-27"
    rc = [TITLE("Syndicat intercommunal d'énergies de l'Arvèze", "Règlement de la consultation",
                "Maintenance des infrastructures de recharge pour véhicules électriques",
                "Appel d'offres ouvert – IRVE-27"),
          H("Article # – Objet"),
          P("La consultation porte sur la maintenance préventive et corrective des 86 bornes de recharge publiques "
            "du syndicat, ainsi que sur la supervision et l'assistance téléphonique aux usagers."),
          H("Article # – Allotissement"),
          P("L'accord-cadre n'est pas alloti : la supervision et la maintenance d'une même borne ne peuvent être "
            "confiées à deux opérateurs sans nuire à la continuité du service."),
          H("Article # – Durée"),
          P("L'accord-cadre est conclu pour une période initiale de 12 mois. Il peut être reconduit deux fois pour "
            "12 mois, soit une durée maximale de 36 mois."),
          H("Article # – Montant estimé"),
          P("Le montant estimé de la période initiale de 12 mois est de 50~000 € HT, hors reconductions."),
          *f_rc_retrait(c, 1), *f_rc_candidature(c, 1),
          *f_rc_jugement(c, ["Valeur technique (délais de remise en service, supervision, pièces détachées) : "
                             "55 % ;", "Prix : 45 %."], 2),
          *f_rc_remise(c, 0, "vendredi 7 mai 2027")]
    ccap = [TITLE("Syndicat intercommunal d'énergies de l'Arvèze", "Cahier des clauses administratives particulières",
                  "Maintenance des infrastructures de recharge pour véhicules électriques", "IRVE-27"),
            H("Article # – Objet"),
            P("Le présent accord-cadre à bons de commande, mono-attributaire, porte sur la maintenance des "
              "infrastructures de recharge pour véhicules électriques du syndicat."),
            *f_pieces(c, 1, ["le bordereau des prix unitaires ;", "le plan de maintenance préventive ;"]),
            H("Article # – Durée"),
            P("La période initiale est de 12 mois à compter du 1er juillet 2027. L'accord-cadre est reconductible "
              "tacitement deux fois pour 12 mois. Sa durée maximale est de 36 mois."),
            *f_prix(c, 1),
            H("Article # – Délais"),
            P("Le titulaire remet en service une borne hors d'usage sous 72 heures, et sous 24 heures pour les bornes "
              "rapides des aires de covoiturage. La supervision est assurée sept jours sur sept de 7 heures à 22 "
              "heures ; l'assistance téléphonique aux usagers est joignable 24 heures sur 24."),
            H("Article # – Habilitations"),
            P("Les techniciens disposent de l'habilitation électrique adaptée et suivent, avant leur première "
              "intervention, une formation de trois heures aux procédures du syndicat. Chaque intervention est "
              "consignée dans l'outil de supervision dans les 2 heures qui suivent sa clôture. Les interventions "
              "préventives sont planifiées un mois à l'avance et regroupées par secteur géographique."),
            *f_paiement(c, 2), *f_penalites(c, 0), *f_assurances(c, 0), *f_resiliation(c, 1),
            H("Article # – Sous-traitance"),
            P("Le titulaire peut sous-traiter l'exécution de certaines parties de l'accord-cadre, à condition d'avoir "
              "obtenu l'acceptation de chaque sous-traitant et l'agrément de ses conditions de paiement. La demande "
              "est présentée au moyen du formulaire DC4 ou d'un document équivalent."),
            H("Article # – Vérifications"),
            P("Chaque intervention corrective donne lieu à un test de recharge complet en présence, si le syndicat le "
              "souhaite, de son représentant. La prestation est réputée admise si aucune réserve n'est formulée dans "
              "les dix jours ouvrés suivant la transmission du rapport d'intervention. Les pièces remplacées sont "
              "tenues à la disposition du syndicat pendant un mois."),
            H("Article # – Confidentialité et données"),
            P("Les données de supervision (sessions de recharge, identifiants des badges, historiques d'alarmes) "
              "appartiennent au syndicat. Le titulaire ne les utilise que pour l'exécution de l'accord-cadre et les "
              "restitue dans un format ouvert à la fin de celui-ci. Il respecte le règlement général sur la protection "
              "des données et désigne un correspondant chargé de ces questions."),
            H("Article # – Garantie des pièces"),
            P("Les pièces détachées fournies par le titulaire sont garanties deux ans à compter de leur pose. Pendant "
              "ce délai, le titulaire remplace à ses frais toute pièce défectueuse, main-d'œuvre et déplacement "
              "compris, sans que cette garantie fasse obstacle à l'application des pénalités. Le titulaire tient à jour "
              "un registre des pièces posées, indiquant pour chacune la borne concernée, la date de pose, la "
              "référence du fabricant et le numéro de série."),
            H("Article # – Montant maximum"),
            SPLIT("Les commandes sont passées au fur et à mesure des besoins, par bons de commande signés par le "
                  "président du syndicat ou par son délégataire. Chaque bon de commande précise les bornes "
                  "concernées, la nature des prestations, le délai d'exécution et le montant estimé de la commande "
                  "au vu des prix du bordereau ; il est transmis au titulaire par voie électronique, avec accusé de "
                  "réception ; le titulaire en confirme la réception dans un délai d'un jour ouvré. Il n'est pas fixé de "
                  "montant minimum. Le montant maximum des "
                  "commandes est fixé à 55",
                  "000 € HT par période de 12 mois d'exécution. Les montants non consommés ne sont pas reportés."),
            H("Article # – Clause d'insertion"),
            P("Le titulaire consacre à l'insertion de personnes éloignées de l'emploi au moins 70 heures de travail "
              "par année d'exécution, par embauche directe, mise à disposition ou sous-traitance à une structure "
              "d'insertion. Il en rend compte au syndicat à la fin de chaque année."),
            *f_litiges(c, 1)]
    ae = [TITLE("Syndicat intercommunal d'énergies de l'Arvèze", "Acte d'engagement",
                "Maintenance des infrastructures de recharge pour véhicules électriques", "IRVE-27"),
          *f_ae_titulaire(c, 1),
          H("Article # – Prix et montants"),
          P("Les prestations sont réglées aux prix unitaires du bordereau. Le montant maximum par période est celui "
            "du CCAP."),
          H("Article # – Engagement d'insertion"),
          P("J'accepte la clause d'insertion du CCAP et m'engage à en rendre compte chaque année."),
          *f_ae_compte(c), *f_ae_signature(c, 1)]
    avis = [TITLE("Contract notice – Standard regime", "Directive 2014/24/EU"),
            H("1. Buyer"),
            P("Official name: Syndicat intercommunal d'énergies de l'Arvèze"),
            P("Legal type of the buyer: Group of local authorities"),
            H("2. Procedure"),
            P("Title: Maintenance des infrastructures de recharge pour véhicules électriques"),
            P("Description: Framework agreement for the preventive and corrective maintenance and supervision of 86 "
              "public electric vehicle charging points."),
            P("Internal identifier: IRVE-27"),
            P("Type of procedure: Open"),
            P("Main nature of the contract: Services"),
            P("Main classification (cpv): 50532000 Repair and maintenance services of electrical machinery"),
            P("Estimated value excluding VAT: 150 000 EUR (initial period and two renewals)"),
            H("5. Lot"),
            P("5.1 Lot technical ID: LOT-0000"),
            P("Estimated duration: 12 Month"),
            P("Maximum renewals: 2"),
            P("Reserved participation: Participation is not reserved."),
            P("Strategic procurement: Reduction of social impacts"),
            P("Social objective promoted: Employment opportunities for long-term unemployed, disadvantaged and "
              "disabled persons"),
            P("Description of the terms of performance: Clause d'insertion : au moins 70 heures de travail par année "
              "d'exécution au profit de personnes éloignées de l'emploi."),
            P("Award criteria"),
            P("Criterion: Type: Quality – Description: Valeur technique – Weight (percentage, exact): 55"),
            P("Criterion: Type: Price – Description: Prix – Weight (percentage, exact): 45"),
            P("Deadline for receipt of tenders: 07/05/2027 12:00:00 (UTC+2)")]
    pieces = [
        PIECE("RC_IRVE-27.docx", "RC", hd, "RC IRVE-27", rc,
              L(allotissement=0, montant_estime_ht=150000,
                evidence=["L'accord-cadre n'est pas alloti", "Il peut être reconduit deux fois pour 12 mois",
                          "Le montant estimé de la période initiale de 12 mois est de 50 000 € HT, hors "
                          "reconductions", "[50 000 x 3 = 150 000]"])),
        PIECE("CCAP_IRVE-27.pdf", "CCAP", hd, "CCAP IRVE-27", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=70, montant_max_ht=165000,
                evidence=["Sa durée maximale est de 36 mois",
                          "Le montant maximum des commandes est fixé à 55 000 € HT par période de 12 mois",
                          "[55 000 x 3 = 165 000]", "au moins 70 heures de travail par année d'exécution"]),
              hyphen=True),
        PIECE("AE_IRVE-27.docx", "AE", hd, "AE IRVE-27", ae,
              L(clause_sociale=1, clause_insertion=1,
                evidence=["J'accepte la clause d'insertion du CCAP"])),
        PIECE("AVIS_IRVE-27_eforms.txt", "AVIS", hd, "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=70, montant_estime_ht=150000,
                evidence=["Estimated value excluding VAT: 150 000 EUR (initial period and two renewals)",
                          "Clause d'insertion : au moins 70 heures de travail par année d'exécution"])),
    ]
    return dict(id="d11", title="SIE de l'Arvèze – maintenance des bornes de recharge (maximum par période de 12 mois ; "
                                "durée en mois ; heures par an)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion"],
                values=V(allotissement=0, montant_estime_ht=150000, montant_max_ht=165000, heures_insertion=70),
                note=("Maximum : « 55 000 € HT par période de 12 mois » (CCAP, nombre coupé par un saut de page « 55 » "
                      "/ « 000 ») et « durée maximale de 36 mois » : 55 000 x 3 = 165 000. Estimation : RC 50 000 € HT "
                      "pour la période initiale « hors reconductions », deux reconductions de 12 mois dans la même "
                      "pièce ; l'avis écrit 150 000 EUR « initial period and two renewals » : 150 000 (le total écrit "
                      "de l'avis ; le RC seul : 50 000 x 3 = 150 000, même convention que pour le maximum). Heures : "
                      "« au moins 70 heures … par année d'exécution », aucun total écrit : 70 (convention des heures "
                      "par an). Non alloti (RC ; l'avis n'a que LOT-0000). Pièges : 72 heures, 24 heures, 7 heures à "
                      "22 heures, 24 heures sur 24, formation de trois heures, « dans les 2 heures », 86 bornes."))


def d12():
    c = C("la Commune de Sainte-Aulde", "Kervaly", ccag="travaux", delai=30,
          profil="https://marches.sainte-aulde.example", ref="2027-T-03")
    hd = "Commune de Sainte-Aulde – Relance menuiseries extérieures groupe scolaire – 2027-T-03"
    rc = [TITLE("Commune de Sainte-Aulde", "Règlement de la consultation",
                "Groupe scolaire Jean-Rostand – menuiseries extérieures (relance)", "Procédure adaptée – 2027-T-03"),
          H("Article # – Objet"),
          P("La présente consultation a pour objet la relance du lot n° 2 « Menuiseries extérieures » de "
            "l'opération de réhabilitation du groupe scolaire Jean-Rostand. Ce lot a été déclaré infructueux à "
            "l'issue de la consultation n° 2026-T-11, qui comprenait quatre lots ; les lots n° 1, 3 et 4 ont été "
            "attribués en novembre 2026 et sont en cours d'exécution."),
          H("Article # – Forme du marché"),
          P("La présente consultation n'est pas allotie : elle donne lieu à un marché unique de travaux, à prix "
            "global et forfaitaire, sans tranche ni prestation supplémentaire éventuelle."),
          H("Article # – Montant estimé et délais"),
          P("Le montant estimé des travaux, toutes prestations comprises et valeur janvier 2027, est de 186" + SB +
            "000 € HT. Les travaux sont exécutés pendant les vacances scolaires d'été 2027, du 7 juillet au 27 "
            "août."),
          H("Article # – Clause d'insertion"),
          P("Le titulaire réalise une action d'insertion de 210 heures de travail, dans les conditions de l'article "
            "8 du CCAP."),
          *f_rc_retrait(c, 0), *f_rc_candidature(c, 0),
          *f_rc_jugement(c, ["Prix : 60 % ;", "Valeur technique (méthodologie, provenance et performances des "
                                               "menuiseries, planning) : 40 %."], 0),
          *f_rc_remise(c, 1, "vendredi 2 avril 2027")]
    ccap = [TITLE("Commune de Sainte-Aulde", "Cahier des clauses administratives particulières",
                  "Groupe scolaire Jean-Rostand – menuiseries extérieures (relance)", "2027-T-03"),
            H("Article # – Objet"),
            P("Le marché porte sur la dépose des menuiseries existantes et la fourniture et la pose de 64 fenêtres et "
              "de 6 portes extérieures (ancien lot n° 2 de la consultation 2026-T-11). Il n'est pas décomposé en "
              "lots."),
            *f_pieces(c, 1, ["la décomposition du prix global et forfaitaire ;", "le calendrier d'exécution ;"]),
            H("Article # – Prix"),
            P("Le marché est traité à prix global et forfaitaire, ferme et actualisable."),
            H("Article # – Délais et coordination"),
            P("Les travaux sont exécutés du 7 juillet au 27 août 2027. Le titulaire se coordonne avec les titulaires "
              "des lots n° 1 (gros œuvre), 3 (plâtrerie) et 4 (peinture) de l'opération, déjà attribués. Le chantier "
              "est interrompu de 12 heures à 13 h 30 lorsque le centre de loisirs occupe le bâtiment."),
            H("Article # – Gestion des déchets"),
            P("Les menuiseries déposées sont démantelées sur site : le verre, les profilés PVC et l'aluminium sont "
              "stockés dans des bennes distinctes et envoyés en recyclage ; les bordereaux sont remis au maître "
              "d'œuvre."),
            *f_paiement(c, 0),
            H("Article # – Sécurité"),
            P("Chaque compagnon suit, avant son arrivée sur le chantier, l'accueil sécurité de 7 heures prévu par le "
              "plan général de coordination."),
            H("Article # – Clause d'insertion"),
            P("Le titulaire réserve au moins 210 heures de travail à des personnes éloignées de l'emploi, par "
              "embauche directe, mise à disposition par une entreprise de travail temporaire d'insertion ou "
              "sous-traitance à une structure d'insertion. L'accueil sécurité ci-dessus n'est pas décompté."),
            *f_penalites(c, 0), *f_litiges(c, 0)]
    ae = [TITLE("Commune de Sainte-Aulde", "Acte d'engagement",
                "Groupe scolaire Jean-Rostand – menuiseries extérieures (relance) – marché unique", "2027-T-03"),
          *f_ae_titulaire(c, 0),
          H("Article # – Prix"),
          P("Le candidat s'engage pour un montant global et forfaitaire de : …………… € HT, soit …………… € TTC."),
          H("Article # – Engagements particuliers"),
          P("J'accepte la clause d'insertion de l'article 8 du CCAP."),
          *f_ae_compte(c), *f_ae_signature(c, 0)]
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Commune de Sainte-Aulde"),
            *AVIS_HEAD(c, "27-033902", "29"),
            H("Section 1 : Identification de l'acheteur"),
            P("Nom complet de l'acheteur : Commune de Sainte-Aulde"),
            H("Section 3 : Procédure"),
            P("Type de procédure : Procédure adaptée ouverte"),
            P("Date et heure limite de réception des plis : 02/04/2027 à 12 h 00"),
            H("Section 4 : Identification du marché"),
            P("Intitulé du marché : Relance – menuiseries extérieures du groupe scolaire Jean-Rostand (lot n° 2 "
              "déclaré infructueux de la consultation 2026-T-11)"),
            P("Code CPV principal : 45421000 – Travaux de menuiserie"),
            P("Type de marché : Travaux"),
            P("Valeur estimée hors TVA : 186 000 euros"),
            P("Conditions particulières d'exécution : clause sociale d'insertion de 210 heures."),
            H("Section 5 : Lots"),
            P("Marché alloti : Non")]
    pieces = [
        PIECE("RC_2027-T-03.pdf", "RC", hd, "RC 2027-T-03", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=210, allotissement=0,
                montant_estime_ht=186000,
                evidence=["La présente consultation n'est pas allotie",
                          "valeur janvier 2027, est de 186 000 € HT",
                          "une action d'insertion de 210 heures de travail"]), hyphen=True),
        PIECE("CCAP_2027-T-03.pdf", "CCAP", hd, "CCAP 2027-T-03", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=210, clause_environnementale=1,
                allotissement=0,
                evidence=["Il n'est pas décomposé en lots",
                          "Le titulaire réserve au moins 210 heures de travail à des personnes éloignées de l'emploi",
                          "stockés dans des bennes distinctes et envoyés en recyclage"]), hyphen=True),
        PIECE("AE_2027-T-03.docx", "AE", hd, "AE 2027-T-03", ae,
              L(clause_sociale=1, clause_insertion=1, allotissement=0,
                evidence=["marché unique", "J'accepte la clause d'insertion de l'article 8 du CCAP"])),
        PIECE("AVIS_2027-T-03.txt", "AVIS", hd, "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=210, allotissement=0,
                montant_estime_ht=186000,
                evidence=["Valeur estimée hors TVA : 186 000 euros", "clause sociale d'insertion de 210 heures",
                          "Marché alloti : Non"])),
    ]
    return dict(id="d12", title="Commune de Sainte-Aulde – relance d'un lot infructueux (menuiseries extérieures)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(allotissement=0, montant_estime_ht=186000, heures_insertion=210),
                note=("Allotissement : la consultation relance l'ancien lot n° 2, déclaré infructueux, d'une "
                      "consultation de quatre lots ; la présente consultation « n'est pas allotie » (RC, CCAP, avis, AE "
                      "« marché unique ») : 0, nombre de lots vide (ni 4, ni 1). Estimation 186 000 (RC, avis). "
                      "Marché de travaux à prix global et forfaitaire : pas de maximum. Heures 210 (RC, CCAP, avis). "
                      "Pièges : lots n° 1, 3 et 4 de l'opération, accueil sécurité de 7 heures (non décompté), 12 "
                      "heures à 13 h 30, 64 fenêtres."))


def d13():
    c = C("la Commune de Pré-Saint-Lubin", "Pontbéral", delai=30, profil="https://marches.pre-saint-lubin.example",
          ref="LING-2027")
    hd = "Commune de Pré-Saint-Lubin – Entretien du linge des crèches – LING-2027"
    rc = [TITLE("Commune de Pré-Saint-Lubin", "Règlement de la consultation",
                "Entretien du linge des établissements d'accueil du jeune enfant",
                "Procédure adaptée – marché réservé – LING-2027"),
          H("Article # – Objet"),
          P("La consultation porte sur la collecte, le lavage, le séchage, le repassage et la livraison du linge "
            "plat et des vêtements de travail des trois crèches municipales. Elle donne lieu à un accord-cadre à "
            "bons de commande mono-attributaire."),
          H("Article # – Lot unique"),
          P("La consultation est passée en lot unique : son objet ne permet pas l'identification de prestations "
            "distinctes (article L.~2113-10 du code de la commande publique), le linge des trois crèches étant "
            "collecté par une même tournée."),
          H("Article # – Marché réservé"),
          P("En application de l'article L.~2113-14 du code de la commande publique, l'accord-cadre est réservé à "
            "la fois aux opérateurs économiques mentionnés à l'article L.~2113-12 (entreprises adaptées, "
            "établissements et services d'aide par le travail et structures équivalentes) et à ceux mentionnés à "
            "l'article L.~2113-13 (structures d'insertion par l'activité économique et structures équivalentes)."),
          H("Article # – Durée"),
          P("L'accord-cadre est conclu pour un an à compter du 1er septembre 2027. Il est reconductible "
            "tacitement trois fois, par période d'un an."),
          *f_rc_retrait(c, 0), *f_rc_candidature(c, 1),
          *f_rc_jugement(c, ["Valeur technique (organisation des collectes, traçabilité, procédés de lavage) : "
                             "60 % ;", "Prix : 40 %."], 2),
          *f_rc_remise(c, 1, "mardi 8 juin 2027")]
    ccap = [TITLE("Commune de Pré-Saint-Lubin", "Cahier des clauses administratives particulières",
                  "Entretien du linge des établissements d'accueil du jeune enfant", "LING-2027"),
            H("Article # – Objet et forme"),
            P("Le présent accord-cadre à bons de commande, passé en lot unique, porte sur l'entretien du linge des "
              "crèches municipales. Sa durée est fixée par le règlement de la consultation."),
            *f_pieces(c, 2, ["le bordereau des prix unitaires ;"]),
            H("Article # – Montant maximum"),
            P("Le montant maximum annuel des commandes est de 18~500 € HT. Aucun montant minimum n'est fixé. Le "
              "volume indicatif est de 9~000 kg de linge par an."),
            H("Article # – Collecte et livraison"),
            P("Le linge sale est collecté le lundi et le jeudi à partir de 8 heures et restitué propre sous 48 "
              "heures, plié et conditionné par crèche. Le linge souillé est placé par les crèches dans des sacs "
              "hydrosolubles."),
            H("Article # – Conditions d'exécution environnementales"),
            P("Le titulaire utilise des lessives porteuses de l'Écolabel européen ou équivalent, sans phosphates, "
              "et lave à 40 °C au plus, sauf pour le linge souillé. Les housses de livraison sont réutilisables ; "
              "aucun film plastique à usage unique n'est employé."),
            *f_prix(c, 0), *f_paiement(c, 0), *f_penalites(c, 2), *f_litiges(c, 0)]
    avis = [TITLE("Contract notice – Light regime", "Directive 2014/24/EU"),
            H("1. Buyer"),
            P("Official name: Commune de Pré-Saint-Lubin"),
            P("Legal type of the buyer: Local authority"),
            H("2. Procedure"),
            P("Title: Entretien du linge des établissements d'accueil du jeune enfant"),
            P("Description: Framework agreement for the collection, washing, ironing and delivery of the linen of "
              "three municipal nurseries."),
            P("Internal identifier: LING-2027"),
            P("Main nature of the contract: Services"),
            P("Main classification (cpv): 98310000 Washing and dry-cleaning services"),
            H("5. Lot"),
            P("5.1 Lot technical ID: LOT-0000"),
            P("Title: Entretien du linge des crèches"),
            P("Estimated duration: 12 Month"),
            P("Maximum renewals: 3"),
            P("Reserved participation: Participation is reserved to sheltered workshops and economic operators "
              "aiming at the social and professional integration of disabled or disadvantaged persons."),
            P("Framework agreement: Framework agreement, without reopening of competition"),
            P("Maximum value of the framework agreement: 74 000 EUR"),
            P("Award criteria"),
            P("Criterion: Type: Quality – Description: Valeur technique – Weight (percentage, exact): 60"),
            P("Criterion: Type: Price – Description: Prix – Weight (percentage, exact): 40"),
            P("Deadline for receipt of tenders: 08/06/2027 12:00:00 (UTC+2)")]
    pieces = [
        PIECE("RC_LING-2027.pdf", "RC", hd, "RC LING-2027", rc,
              L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=0,
                evidence=["La consultation est passée en lot unique",
                          "réservé à la fois aux opérateurs économiques mentionnés à l'article L. 2113-12",
                          "et à ceux mentionnés à l'article L. 2113-13"]), hyphen=True),
        PIECE("CCAP_LING-2027.docx", "CCAP", hd, "CCAP LING-2027", ccap,
              L(clause_environnementale=1, allotissement=0, montant_max_ht=18500,
                evidence=["passé en lot unique", "Le montant maximum annuel des commandes est de 18 500 € HT",
                          "lessives porteuses de l'Écolabel européen ou équivalent"])),
        PIECE("AVIS_LING-2027_eforms.txt", "AVIS", hd, "", avis,
              L(marche_reserve=1, reserve_base="L2113-12", montant_max_ht=74000,
                evidence=["Participation is reserved to sheltered workshops",
                          "Maximum value of the framework agreement: 74 000 EUR"])),
    ]
    return dict(id="d13", title="Commune de Pré-Saint-Lubin – linge des crèches (lot unique ; réservé EA/ESAT et SIAE)",
                pieces=pieces, pos=["marche_reserve", "clause_environnementale"],
                values=V(allotissement=0, montant_max_ht=74000, reserve_base="L2113-12;L2113-13"),
                note=("Maximum : CCAP « maximum annuel 18 500 € HT », durée renvoyée au RC (un an reconductible trois "
                      "fois, quatre années) : 18 500 x 4 = 74 000, total écrit par l'avis (« Maximum value of the "
                      "framework agreement: 74 000 EUR ») ; le CCAP seul reçoit 18 500. « Lot unique » : non alloti "
                      "(0), nombre de lots vide ; l'avis (LOT-0000 seul) ne dit rien : vide. Réservation : le RC cite "
                      "L. 2113-14 et les deux articles L. 2113-12 et L. 2113-13 ; l'avis n'a que la case « sheltered "
                      "workshops » (L2113-12 pour l'avis seul) ; l'article cité prévaut : L2113-12;L2113-13. Pièges : "
                      "9 000 kg, 8 heures, sous 48 heures, 40 °C."))


def d14():
    c = C("le Centre hospitalier de Mornac-sur-Lisle", "Pontbéral", delai=50,
          profil="https://www.ch-mornac.example/marches", ref="CH-2015-09")
    hd = "Centre hospitalier de Mornac-sur-Lisle – Marché réservé – CH-2015-09"
    rc = [TITLE("Centre hospitalier de Mornac-sur-Lisle", "Règlement de la consultation",
                "Mise sous pli du courrier et entretien des espaces extérieurs",
                "Procédure adaptée (article 28 du code des marchés publics) – CH-2015-09"),
          H("Article # – Objet"),
          P("La consultation porte sur des prestations de mise sous pli et d'affranchissement du courrier "
            "administratif et sur l'entretien des espaces extérieurs de l'hôpital. Le marché est un marché à bons "
            "de commande passé en application de l'article 77 du code des marchés publics."),
          H("Article # – Marché réservé"),
          P("En application de l'article 15 du code des marchés publics, le présent marché est réservé, pour ses "
            "deux lots, à des entreprises adaptées et à des établissements et services d'aide par le travail, ou à "
            "des structures équivalentes, lorsque la majorité des travailleurs concernés sont des personnes "
            "handicapées."),
          H("Article # – Allotissement"),
          P("Le marché est divisé en deux lots : lot n° 1 – mise sous pli et affranchissement ; lot n° 2 – "
            "entretien des espaces extérieurs. Chaque lot est attribué séparément."),
          H("Article # – Durée"),
          P("Le marché est conclu pour un an à compter du 1er octobre 2015, reconductible deux fois par période d'un "
            "an."),
          *f_rc_retrait(c, 0),
          H("Article # – Candidature"),
          P("Le candidat produit les formulaires DC1 et DC2 et justifie de son agrément en qualité d'entreprise "
            "adaptée ou d'ESAT."),
          *f_rc_jugement(c, ["Valeur technique : 50 % ;", "Prix : 50 %."], 1),
          H("Article # – Date limite"),
          P("Les offres sont remises au bureau des marchés, sous pli cacheté, avant le 31 août 2015 à 16 heures.")]
    ccap = [TITLE("Centre hospitalier de Mornac-sur-Lisle", "Cahier des clauses administratives particulières",
                  "Mise sous pli du courrier et entretien des espaces extérieurs", "CH-2015-09"),
            H("Article # – Objet"),
            P("Le présent CCAP est commun aux deux lots du marché. Le marché est un marché à bons de commande sans "
              "minimum, d'une durée d'un an reconductible deux fois."),
            H("Article # – Pièces contractuelles"),
            P("Les pièces contractuelles sont : l'acte d'engagement, le présent CCAP, le CCTP, le bordereau des prix "
              "unitaires de chaque lot et le CCAG applicable aux marchés publics de fournitures courantes et de "
              "services de 2009."),
            H("Article # – Montants maximums"),
            P("Les montants maximums des commandes, pour la durée totale du marché, reconductions comprises, sont "
              "les suivants :"),
            LST(["lot n° 1 – mise sous pli et affranchissement : 60~000 € HT ;",
                 "lot n° 2 – entretien des espaces extérieurs : 35~000 € HT."]),
            H("Article # – Exécution du lot n° 1"),
            P("Le courrier est remis au titulaire chaque jour ouvré avant 11 heures et déposé à La Poste le jour "
              "même. Le titulaire tient un registre des plis recommandés."),
            H("Article # – Exécution du lot n° 2"),
            P("Aucun produit phytosanitaire n'est utilisé ; le désherbage est mécanique ou thermique. Les déchets "
              "verts sont déposés sur l'aire de compostage de l'hôpital."),
            H("Article # – Paiement"),
            P("Le délai global de paiement est de 50 jours, conformément au décret n° 2013-269 du 29 mars 2013."),
            *f_penalites(c, 2), *f_litiges(c, 1)]
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Centre hospitalier de Mornac-sur-Lisle"),
            P("Département de publication : 24"),
            P("Annonce n° 15-118274"),
            P("I. II. III. IV. V. – Identification de l'organisme qui passe le marché : Centre hospitalier de "
              "Mornac-sur-Lisle, service des achats, 24990 Mornac-sur-Lisle."),
            P("Objet du marché : mise sous pli du courrier et entretien des espaces extérieurs."),
            P("Type de marché de services : 27."),
            P("Caractéristiques principales : marché à bons de commande sans minimum, d'une durée d'un an "
              "reconductible deux fois."),
            P("Quantités (fournitures et services), nature et étendue (travaux) : lot 1 : montant maximum 60 000 "
              "euros HT ; lot 2 : montant maximum 35 000 euros HT, pour la durée totale du marché."),
            P("Marché réservé : oui. Le marché est réservé à des entreprises adaptées et à des établissements et "
              "services d'aide par le travail (article 15 du code des marchés publics)."),
            P("Critères d'attribution : valeur technique : 50 % ; prix : 50 %."),
            P("Type de procédure : procédure adaptée."),
            P("Date limite de réception des offres : 31 août 2015 à 16 heures."),
            P("Renseignements relatifs aux lots :"),
            P("Lot n° 1 : mise sous pli et affranchissement."),
            P("Lot n° 2 : entretien des espaces extérieurs.")]
    bpu = [TITLE("Centre hospitalier de Mornac-sur-Lisle", "Bordereau des prix unitaires – Lot n° 1",
                 "Mise sous pli et affranchissement", "CH-2015-09"),
           TAB([["Réf.", "Prestation", "Unité", "Prix unitaire HT"],
                ["1.1", "Mise sous pli manuelle, 1 à 3 feuillets", "le mille", ""],
                ["1.2", "Mise sous pli manuelle, 4 à 8 feuillets", "le mille", ""],
                ["1.3", "Pliage d'un document A4 en trois", "le mille", ""],
                ["1.4", "Affranchissement et dépôt, plis ordinaires", "le mille", ""],
                ["1.5", "Dépôt d'un pli recommandé avec accusé de réception", "l'unité", ""]]),
           P("Les prix s'entendent hors affranchissement, celui-ci étant refacturé au centre hospitalier à "
             "l'euro près.")]
    pieces = [
        PIECE("RC_CH-2015-09.pdf", "RC", hd, "RC CH-2015-09", rc,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2,
                evidence=["En application de l'article 15 du code des marchés publics, le présent marché est réservé",
                          "à des entreprises adaptées et à des établissements et services d'aide par le travail",
                          "Le marché est divisé en deux lots"]), cols=2),
        PIECE("CCAP_CH-2015-09.pdf", "CCAP", hd, "CCAP CH-2015-09", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=95000,
                evidence=["commun aux deux lots du marché",
                          "lot n° 1 – mise sous pli et affranchissement : 60 000 € HT",
                          "lot n° 2 – entretien des espaces extérieurs : 35 000 € HT", "[60 000 + 35 000 = 95 000]",
                          "Aucun produit phytosanitaire n'est utilisé"])),
        PIECE("AVIS_CH-2015-09.txt", "AVIS", hd, "", avis,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2, montant_max_ht=95000,
                evidence=["lot 1 : montant maximum 60 000 euros HT ; lot 2 : montant maximum 35 000 euros HT",
                          "[60 000 + 35 000 = 95 000]", "Marché réservé : oui",
                          "réservé à des entreprises adaptées et à des établissements et services d'aide par le "
                          "travail (article 15 du code des marchés publics)", "Lot n° 2 : entretien"])),
        PIECE("BPU_CH-2015-09_lot1.docx", "BPU", hd, "BPU lot 1 CH-2015-09", bpu,
              L(allotissement=1, evidence=["Bordereau des prix unitaires – Lot n° 1"])),
    ]
    return dict(id="d14", title="CH de Mornac-sur-Lisle (2015) – marché réservé (article 15 du CMP), maxima par lot sans total",
                pieces=pieces, pos=["marche_reserve", "clause_environnementale"],
                values=V(allotissement=1, nb_lots=2, montant_max_ht=95000, reserve_base="L2113-12"),
                note=("Maximum : par lot, pour la durée totale reconductions comprises, sans total écrit (CCAP, avis) : "
                      "60 000 + 35 000 = 95 000. Réservation : article 15 du code des marchés publics (2006), réservé "
                      "aux entreprises adaptées et ESAT : L2113-12 (ancienne base, mots « entreprises adaptées / "
                      "ESAT »). Deux lots (RC, CCAP, avis) ; le BPU du lot 1 ne dit pas combien. Pièges : délai de "
                      "paiement 50 jours, « avant 11 heures », « 16 heures », 300 € et 1/1000 des pénalités."))


def d15():
    c = C("la Communauté de communes des Coteaux d'Ambre", "Mirevaux", ccag="travaux", delai=30,
          profil="https://marches.coteaux-ambre.example", ref="VOI-2027")
    hd = "CC des Coteaux d'Ambre – Entretien de voirie – VOI-2027"
    rc = [TITLE("Communauté de communes des Coteaux d'Ambre", "Règlement de la consultation",
                "Travaux d'entretien de la voirie communautaire", "Accord-cadre à bons de commande – VOI-2027"),
          H("Article # – Objet et allotissement"),
          P("La consultation porte sur des travaux d'entretien de la voirie communautaire. Elle est divisée en deux "
            "lots, chacun donnant lieu à un accord-cadre à bons de commande mono-attributaire d'un an reconductible "
            "trois fois :"),
          RTAB([["Lot", "Intitulé", "Principaux travaux"],
                ["1", "Chaussées", "reprofilage, enduits superficiels, enrobés, purges"],
                ["2", "Signalisation", "marquage au sol, panneaux de police et directionnels"]],
               widths=[0.6, 1.8, 5], align="lll"),
          H("Article # – Clause d'insertion"),
          P("Les deux lots comportent une clause d'insertion dont le volume par lot est fixé à l'article 6 du "
            "CCAP. Le total des heures d'insertion exigées pour les deux lots de la consultation s'élève ainsi à 700 "
            "heu" + HY + "res de travail, sur la durée totale des accords-cadres. Le facilitateur du PLIE des Coteaux accompagne les entreprises dans la "
            "recherche des candidats."),
          *f_rc_retrait(c, 1), *f_rc_candidature(c, 0),
          *f_rc_jugement(c, ["Prix (détail quantitatif estimatif) : 55 % ;",
                             "Valeur technique (moyens, organisation, sécurité des chantiers) : 35 % ;",
                             "Performance en matière d'insertion professionnelle des publics en difficulté "
                             "(tutorat, qualification, engagement au-delà du minimum) : 10 %."], 0),
          *f_rc_remise(c, 0, "lundi 12 avril 2027")]
    ccap = [TITLE("Communauté de communes des Coteaux d'Ambre", "Cahier des clauses administratives particulières",
                  "Travaux d'entretien de la voirie communautaire", "VOI-2027"),
            H("Article # – Objet"),
            P("Le présent CCAP est commun aux deux lots de la consultation (lot 1 : chaussées ; lot 2 : "
              "signalisation). Chaque lot est un accord-cadre à bons de commande exécuté par bons de commande."),
            H("Article # – Durée"),
            P("Chaque accord-cadre est conclu pour un an à compter de sa notification. Il est reconductible "
              "tacitement trois fois, par période d'un an."),
            H("Article # – Montants maximums"),
            P("Pour la durée totale des accords-cadres, reconductions comprises, le montant maximum des commandes est "
              "de 1~200~000 € HT pour le lot 1 et de 320~000 € HT pour le lot 2, soit pour l'ensemble des deux lots "
              "de la consultation et pour les quatre années un montant maximum de 1" + SB + "520~000 € HT. Aucun "
              "minimum n'est fixé."),
            *f_pieces(c, 1, ["le bordereau des prix unitaires et le détail quantitatif estimatif de chaque lot ;"]),
            H("Article # – Conditions d'exécution environnementales"),
            P("Les fraisats d'enrobés sont recyclés en centrale ; les enrobés mis en œuvre sur le lot 1 contiennent au "
              "moins 20 % d'agrégats d'enrobés recyclés. Les peintures de marquage du lot 2 sont en phase aqueuse. Le "
              "titulaire tient un registre des déchets évacués."),
            H("Article # – Clause d'insertion"),
            P("Le titulaire réserve à des personnes éloignées de l'emploi un volume minimal d'heures de travail, pour "
              "la durée totale de l'accord-cadre : lot 1 : 420 heures ; lot 2 : 280 heures. Les heures sont réalisées "
              "par embauche directe, mise à disposition ou sous-traitance à une structure d'insertion."),
            H("Article # – Horaires et délais"),
            P("Les chantiers se déroulent du lundi au vendredi de 7 h 30 à 17 h. La signalisation temporaire est "
              "posée 24 heures avant le début des travaux ; les interventions urgentes sont réalisées sous 48 heures."),
            *f_paiement(c, 0), *f_penalites(c, 0), *f_assurances(c, 0), *f_litiges(c, 0)]
    ae = [TITLE("Communauté de communes des Coteaux d'Ambre", "Acte d'engagement – Lot n° 2 : signalisation",
                "Travaux d'entretien de la voirie communautaire", "VOI-2027"),
          *f_ae_titulaire(c, 0),
          H("Article # – Objet"),
          P("Le présent acte d'engagement porte sur le lot n° 2 « Signalisation » de la consultation VOI-2027."),
          H("Article # – Montant maximum"),
          P("Le montant maximum des commandes du lot n° 2 est de 320~000 € HT pour la durée totale de "
            "l'accord-cadre, reconductions comprises."),
          H("Article # – Insertion"),
          P("Je m'engage à réaliser, au titre du lot n° 2, au moins 280 heures de travail d'insertion, et "
            "propose : [ ] l'embauche directe ; [ ] la mise à disposition ; [ ] la sous-traitance à une structure "
            "d'insertion."),
          *f_ae_compte(c), *f_ae_signature(c, 1)]
    dqe = [TITLE("Communauté de communes des Coteaux d'Ambre", "Détail quantitatif estimatif – Lot n° 1 : chaussées",
                 "Travaux d'entretien de la voirie communautaire", "VOI-2027"),
           P("Le détail quantitatif estimatif sert uniquement au jugement des offres. Ses quantités, qui "
             "correspondent à une année type, ne sont pas contractuelles et n'engagent pas l'acheteur."),
           TAB([["N°", "Désignation", "Unité", "Quantité", "Prix unitaire HT", "Montant HT"],
                ["1.01", "Installation de chantier", "forfait", "12", "", ""],
                ["1.02", "Purge et reprise de chaussée", "m²", "900", "", ""],
                ["1.03", "Enduit superficiel bicouche", "m²", "14~000", "", ""],
                ["1.04", "Enrobé BBSG 0/10 mis en œuvre", "t", "1~250", "", ""],
                ["1.05", "Fraisage de chaussée", "m²", "3~000", "", ""],
                ["", "Total HT du détail quantitatif estimatif", "", "", "", ""]],
               widths=[0.7, 3.2, 0.9, 1, 1.3, 1.2], align="lllrrr")]
    pieces = [
        PIECE("RC_VOI-2027.pdf", "RC", hd, "RC VOI-2027", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=700, critere_social=1, allotissement=1,
                nb_lots=2,
                evidence=["Elle est divisée en deux lots",
                          "Le total des heures d'insertion exigées pour les deux lots de la consultation s'élève ainsi "
                          "à 700 heures",
                          "Performance en matière d'insertion professionnelle des publics en difficulté"]),
              hyphen=True),
        PIECE("CCAP_VOI-2027.pdf", "CCAP", hd, "CCAP VOI-2027", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=700, clause_environnementale=1,
                allotissement=1, nb_lots=2, montant_max_ht=1520000,
                evidence=["commun aux deux lots de la consultation",
                          "un montant maximum de 1 520 000 € HT",
                          "lot 1 : 420 heures ; lot 2 : 280 heures", "[420 + 280 = 700]",
                          "au moins 20 % d'agrégats d'enrobés recyclés"]), hyphen=True),
        PIECE("AE_VOI-2027_lot2.docx", "AE", hd, "AE lot 2 VOI-2027", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=280, allotissement=1, montant_max_ht=320000,
                evidence=["porte sur le lot n° 2",
                          "Le montant maximum des commandes du lot n° 2 est de 320 000 € HT",
                          "au moins 280 heures de travail d'insertion"])),
        PIECE("DQE_VOI-2027_lot1.pdf", "DQE", hd, "DQE lot 1 VOI-2027", dqe,
              L(allotissement=1, evidence=["Détail quantitatif estimatif – Lot n° 1"])),
    ]
    return dict(id="d15", title="CC des Coteaux d'Ambre – entretien de voirie (deux lots ; heures par lot au CCAP, total au RC)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(allotissement=1, nb_lots=2, montant_max_ht=1520000, heures_insertion=700),
                note=("Maximum : CCAP, maxima par lot (1 200 000 et 320 000) et total écrit « 1 / 520 000 € HT » "
                      "(nombre coupé en fin de ligne) : 1 520 000, sans ajouter les lignes au total. AE du lot 2 : "
                      "320 000. Heures : 420 + 280 par lot au CCAP, total écrit au RC « 700 heures » : 700 ; AE lot 2 : "
                      "280. Pas d'estimation : le DQE n'a que des quantités (« année type », non contractuelles) et un "
                      "total vide. Deux lots. Pièges : 7 h 30 à 17 h, 24 heures, sous 48 heures, 20 %, 14 000 m², "
                      "1 250 t."))


def d16():
    c = C("le Syndicat mixte de la rivière Ganelle", "Kervaly", delai=30,
          profil="https://marches.smr-ganelle.example", ref="SMRG-2017-02")
    hd = "Syndicat mixte de la rivière Ganelle – Entretien des cours d'eau – SMRG-2017-02"
    rc = [TITLE("Syndicat mixte de la rivière Ganelle", "Règlement de la consultation",
                "Entretien de la ripisylve et ramassage des déchets flottants",
                "Procédure adaptée (article 27 du décret n° 2016-360) – SMRG-2017-02"),
          H("Article # – Objet"),
          P("La consultation porte sur l'entretien de la végétation des berges de la Ganelle et de ses affluents et "
            "sur le ramassage des déchets flottants et des embâcles légers."),
          H("Article # – Lots"),
          P("La consultation comprend deux lots : lot n° 1 – entretien de la ripisylve ; lot n° 2 – ramassage des "
            "déchets flottants et des embâcles légers. Chaque lot est un accord-cadre à bons de commande."),
          H("Article # – Lot réservé"),
          P("Le lot n° 2 est réservé, en application de l'article 36-II de l'ordonnance n° 2015-899 du 23 juillet "
            "2015 relative aux marchés publics, aux structures d'insertion par l'activité économique mentionnées à "
            "l'article L.~5132-4 du code du travail et aux structures équivalentes. Le lot n° 1 n'est pas réservé."),
          H("Article # – Montants estimés"),
          P("Les prestations sont estimées à 105~000 € HT pour le lot n° 1, tranche ferme et tranche optionnelle "
            "comprises, et à 20~000 € HT pour le lot n° 2, pour toute la durée des accords-cadres."),
          *f_rc_retrait(c, 0), *f_rc_candidature(c, 0),
          *f_rc_jugement(c, ["Valeur technique : 60 % ;", "Prix : 40 %."], 1),
          *f_rc_remise(c, 0, "vendredi 20 janvier 2017")]
    ccap = [TITLE("Syndicat mixte de la rivière Ganelle", "Cahier des clauses administratives particulières",
                  "Entretien de la ripisylve et ramassage des déchets flottants", "SMRG-2017-02"),
            H("Article # – Objet"),
            P("Le présent CCAP s'applique aux deux lots. Chaque lot est un accord-cadre à bons de commande, au sens "
              "des articles 78 et 80 du décret n° 2016-360 du 25 mars 2016, conclu pour deux campagnes d'entretien "
              "(2017-2018 et 2018-2019)."),
            H("Article # – Tranches du lot n° 1"),
            P("Le lot n° 1 comporte une tranche ferme (campagne 2017-2018) et une tranche optionnelle (campagne "
              "2018-2019), affermie par décision notifiée au plus tard le 30 juin 2018. Le lot n° 2 ne comporte pas "
              "de tranche."),
            H("Article # – Montants maximums"),
            RTAB([["Lot", "Partie", "Montant maximum (€ HT)"],
                  ["1 – ripisylve", "Tranche ferme (2017-2018)", "80~000"],
                  ["1 – ripisylve", "Tranche optionnelle (2018-2019)", "45~000"],
                  ["2 – déchets flottants", "Deux campagnes", "24~000"]],
                 widths=[2.2, 3, 2], align="llr"),
            P("Aucun montant minimum n'est fixé."),
            H("Article # – Période d'intervention"),
            P("Les travaux de coupe sont interdits du 1er mars au 31 juillet, période de nidification. Les "
              "interventions ont lieu entre 8 heures et 17 heures ; le titulaire prévient le syndicat 48 heures "
              "avant chaque intervention."),
            H("Article # – Conditions d'exécution environnementales (lot n° 1)"),
            P("Les engins utilisent une huile hydraulique biodégradable. Les rémanents sont broyés et laissés sur "
              "place hors zone inondable ou évacués vers une plateforme de compostage ; aucun brûlage n'est autorisé. "
              "Les déchets ramassés au titre du lot n° 2 sont triés avant leur dépôt en déchetterie."),
            H("Article # – Clause d'insertion (lot n° 1)"),
            P("Le titulaire du lot n° 1 réalise une heure de travail d'insertion par tranche de 1~500 € HT de "
              "prestations commandées. Le nombre d'heures dû est arrêté à la fin de chaque campagne au vu des bons de "
              "commande émis ; les heures sont réalisées par des personnes éloignées de l'emploi."),
            *f_paiement(c, 0), *f_penalites(c, 1), *f_litiges(c, 0)]
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Syndicat mixte de la rivière Ganelle"),
            *AVIS_HEAD(c, "17-004417", "46"),
            P("Nom et adresse officiels de l'organisme acheteur : Syndicat mixte de la rivière Ganelle, 2 place du "
              "Foirail, 46990 Ganelle."),
            P("Objet du marché : entretien de la ripisylve et ramassage des déchets flottants."),
            P("Catégorie de services : 27."),
            P("Caractéristiques principales : accords-cadres à bons de commande ; le lot 1 comporte une tranche ferme "
              "et une tranche optionnelle."),
            P("Marché réservé : lot n° 2, en application de l'article 36-II de l'ordonnance n° 2015-899 du 23 "
              "juillet 2015."),
            P("Conditions particulières d'exécution : clause d'insertion pour le lot n° 1."),
            P("Critères d'attribution : offre économiquement la plus avantageuse appréciée en fonction des critères "
              "énoncés dans le règlement de la consultation."),
            P("Date limite de réception des offres : 20 janvier 2017 à 12 heures."),
            P("Renseignements relatifs aux lots :"),
            P("Lot n° 1 : entretien de la ripisylve."),
            P("Lot n° 2 : ramassage des déchets flottants et des embâcles légers (lot réservé).")]
    ae = [TITLE("Syndicat mixte de la rivière Ganelle", "Acte d'engagement – Lot n° 2",
                "Ramassage des déchets flottants et des embâcles légers",
                "Lot réservé aux structures d'insertion par l'activité économique"),
          *f_ae_titulaire(c, 0),
          H("Article # – Objet"),
          P("Le présent acte d'engagement porte sur le lot n° 2 de la consultation SMRG-2017-02, réservé en "
            "application de l'article 36-II de l'ordonnance n° 2015-899 du 23 juillet 2015."),
          H("Article # – Montant maximum"),
          P("Les commandes du lot n° 2 sont passées dans la limite d'un montant maximum de 24~000 € HT pour les "
            "deux campagnes."),
          *f_ae_compte(c), *f_ae_signature(c, 0)]
    pieces = [
        PIECE("RC_SMRG-2017-02.pdf", "RC", hd, "RC SMRG-2017-02", rc,
              L(marche_reserve=1, reserve_base="L2113-13", allotissement=1, nb_lots=2, montant_estime_ht=125000,
                evidence=["La consultation comprend deux lots",
                          "Le lot n° 2 est réservé, en application de l'article 36-II de l'ordonnance n° 2015-899",
                          "105 000 € HT pour le lot n° 1", "20 000 € HT pour le lot n° 2",
                          "[105 000 + 20 000 = 125 000]"]), hyphen=True),
        PIECE("CCAP_SMRG-2017-02.pdf", "CCAP", hd, "CCAP SMRG-2017-02", ccap,
              L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=2,
                montant_max_ht=149000,
                evidence=["Le présent CCAP s'applique aux deux lots", "Tranche ferme (2017-2018) 80 000",
                          "Tranche optionnelle (2018-2019) 45 000", "Deux campagnes 24 000",
                          "[80 000 + 45 000 + 24 000 = 149 000]",
                          "une heure de travail d'insertion par tranche de 1 500 € HT",
                          "Les engins utilisent une huile hydraulique biodégradable"])),
        PIECE("AVIS_SMRG-2017-02.txt", "AVIS", hd, "", avis,
              L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13", allotissement=1,
                nb_lots=2,
                evidence=["Marché réservé : lot n° 2, en application de l'article 36-II de l'ordonnance",
                          "clause d'insertion pour le lot n° 1", "Lot n° 2 : ramassage"])),
        PIECE("AE_SMRG-2017-02_lot2.docx", "AE", hd, "AE lot 2 SMRG-2017-02", ae,
              L(marche_reserve=1, reserve_base="L2113-13", allotissement=1, montant_max_ht=24000,
                evidence=["porte sur le lot n° 2",
                          "Lot réservé aux structures d'insertion par l'activité économique",
                          "article 36-II de l'ordonnance n° 2015-899",
                          "un montant maximum de 24 000 € HT pour les deux campagnes"])),
    ]
    return dict(id="d16", title="SM de la rivière Ganelle (2017) – ripisylve et déchets flottants (tranches ; lot 2 "
                                "réservé, ordonnance art. 36-II)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=125000, montant_max_ht=149000,
                         reserve_base="L2113-13"),
                note=("Maximum : tableau du CCAP, lot 1 tranche ferme 80 000 + tranche optionnelle 45 000, lot 2 "
                      "24 000, sans total : 149 000 (la tranche optionnelle compte, comme une PSE). L'AE du lot 2 : "
                      "24 000. Estimation : RC, par lot, sans total : 105 000 + 20 000 = 125 000. Heures : « une heure "
                      "… par tranche de 1 500 € HT de prestations commandées », arrêtée au vu des commandes, aucun "
                      "nombre écrit : vide (clause d'insertion quand même). Réservation du seul lot 2, ordonnance "
                      "2015-899 art. 36-II -> L2113-13 (RC, avis, AE). Deux lots. Pièges : « tranche » (de montant "
                      "et tranche ferme/optionnelle), 8 heures à 17 heures, 48 heures, 1er mars – 31 juillet."))
DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16]

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
    # blind_values_14 : mêmes clés que le dossiers.yml de blind_values_13 (trois catégories sociales)
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
    head = ("# Jeu blind_values_14 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de conflit entre pièces, le CCAP, le RC, l'AE, l'avis ou le registre des questions-réponses\n"
            "# priment sur le CCTP et ses annexes ; entre pièces de même rang, une clause de préséance écrite ou la\n"
            "# pièce postérieure qui modifie expressément (Q/R, avis rectificatif) l'emporte (voir note).\n")
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
