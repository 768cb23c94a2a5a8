#!/usr/bin/env python3
"""Construit les dossiers du jeu scellé extraction-8 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur ni des règles).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py : lignes 27-664
(écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB,
césure forcée HY, aides de saisie, number_articles, C, A, _DOC_TYPES) et lignes 2433-2611
(extra_checks, build_piece, check_articles, _expect, main, qui écrivent dossiers.yml, expect et
labels.csv). Changements : SET_NAME, liste DOSSIERS (ligne 2430 du source, réécrite), en-tête de dossiers.yml (une phrase ajoutée sur
les avis rectificatifs et les registres de questions-réponses postérieurs). Les articles neutres
(f_*) et les douze dossiers ont été écrits pour ce jeu ; les lignes 665-2429 de ce script source n'ont
pas été lues.

Thème : valeurs des dossiers entiers (allotissement, nombre de lots, estimation, maximum sur toutes
les périodes et tous les lots, heures d'insertion comptées une fois, base de réservation) réparties
entre les pièces, avec corrections par avis rectificatif ou questions-réponses.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot court si le mot ne tient plus sur la ligne.

Usage : .venv/bin/python tests/sealed/extraction-8/make_documents.py
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
SET_NAME = "extraction-8"

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






# ----------------------------------------------------------------------------- articles neutres (écrits pour extraction-8)
# Ni clause sociale, ni clause environnementale, ni lots, ni montant maximum ; certains portent des
# nombres pièges (assurance, intérêts moratoires, délais, validité des offres).

def f_pieces(c, v=0):
    if v == 0:
        return A("Pièces constitutives du marché",
                 "Les pièces contractuelles sont, par ordre de priorité décroissante :",
                 ["l'acte d'engagement et ses annexes ;", "le présent cahier des clauses administratives particulières ;",
                  "le cahier des clauses techniques particulières ;",
                  "le cahier des clauses administratives générales applicables aux marchés publics de %s (CCAG) ;" % c["ccag"],
                  "l'offre technique du titulaire."])
    return A("Documents contractuels",
             "Le marché est constitué des documents suivants, qui prévalent dans l'ordre où ils sont cités : "
             "acte d'engagement, CCAP, CCTP, bordereau des prix, CCAG %s, mémoire technique." % c["ccag"])


def f_paiement(c, v=0):
    if v == 0:
        return A("Modalités de paiement",
                 "Les sommes dues au titulaire sont payées par virement dans un délai global de %d jours à compter "
                 "de la réception de la demande de paiement. Le dépassement de ce délai fait courir de plein droit des "
                 "intérêts moratoires au taux de la Banque centrale européenne majoré de huit points, ainsi qu'une "
                 "indemnité forfaitaire de 40 € pour frais de recouvrement." % c["delai"],
                 "Les factures sont déposées sur le portail Chorus Pro ; elles rappellent la référence %s." % c["ref"])
    return A("Règlement des comptes",
             "Le délai global de paiement est de %d jours. Les intérêts moratoires sont calculés au taux directeur de "
             "la BCE majoré de 8 points ; l'indemnité forfaitaire pour frais de recouvrement s'élève à 40 euros." % c["delai"],
             "Les demandes de paiement sont transmises sous forme dématérialisée (Chorus Pro).")


def f_assur(c, montant, v=0):
    if v == 0:
        return A("Assurances",
                 "Le titulaire justifie, dans les quinze jours suivant la notification, d'une assurance de "
                 "responsabilité civile professionnelle couvrant les dommages causés aux tiers, pour un montant "
                 "de garantie d'au moins %s par sinistre." % montant)
    return A("Responsabilité et assurances",
             "Avant tout commencement d'exécution, le titulaire produit une attestation d'assurance en cours de "
             "validité. Le plafond de garantie ne peut être inférieur à %s par sinistre et par année." % montant)


def f_litiges(c, v=0):
    if v == 0:
        return A("Litiges",
                 "En cas de différend, les parties recherchent un règlement amiable ; elles peuvent saisir le comité "
                 "consultatif de règlement amiable compétent. À défaut, le tribunal administratif de %s est seul "
                 "compétent." % c["ta"])
    return A("Droit applicable et juridiction compétente",
             "Le marché est régi par le droit français. Tout litige relève du tribunal administratif de %s." % c["ta"])


def f_resiliation(c):
    return A("Résiliation",
             "Les stipulations du CCAG %s relatives à la résiliation s'appliquent. En cas de résiliation pour faute, "
             "les prestations non exécutées peuvent être confiées à un tiers aux frais et risques du titulaire." % c["ccag"])


def f_rgpd(c):
    return A("Confidentialité et protection des données",
             "Le titulaire et son personnel sont tenus au secret professionnel pour toutes les informations dont ils "
             "ont connaissance. Les données personnelles éventuellement traitées le sont conformément au règlement "
             "(UE) 2016/679 ; elles ne peuvent être conservées au-delà de la durée du marché.")


def f_remise(c, date, v=0):
    if v == 0:
        return A("Conditions de remise des plis",
                 "Les plis sont transmis par voie électronique sur le profil d'acheteur %s avant le %s à 12 h 00. "
                 "Tout pli reçu hors délai est écarté. La copie de sauvegarde est admise dans les conditions de "
                 "l'arrêté du 22 mars 2019." % (c["profil"], date),
                 "Le délai de validité des offres est de 120 jours à compter de la date limite de réception.")
    return A("Dépôt des offres",
             "Date limite de réception : %s, 12 h. Adresse de dépôt : %s. Les offres sont valables 150 jours." %
             (date, c["profil"]))


def f_candidature(c, v=0):
    if v == 0:
        return A("Contenu du dossier de candidature",
                 "Chaque candidat produit :",
                 ["la lettre de candidature (DC1) ou le DUME ;", "la déclaration du candidat (DC2) ;",
                  "les attestations d'assurance en cours de validité ;",
                  "une liste des principales prestations effectuées au cours des trois dernières années."])
    return A("Pièces de la candidature",
             "Le candidat remet un DUME ou les formulaires DC1 et DC2, ainsi que la présentation de ses moyens humains "
             "et techniques et de ses références récentes pour des prestations comparables.")


def f_negociation(c):
    return A("Négociation",
             "%s se réserve la possibilité de négocier avec les trois candidats les mieux classés. Elle peut aussi "
             "attribuer le marché sur la base des offres initiales sans négociation." % c["Qui"])


# ============================================================================= dossiers
# d01 ------------------------------------------------------------------------------------------
def d01():
    c = C("le Syndicat mixte des eaux du Plateau de Vérenne", "Clermaison", delai=30,
          profil="https://marches.smepv-exemple.fr", ref="2027-RE-02")
    hd = "SMEPV – Réactifs de traitement de l'eau potable – 2027-RE-02"
    rc = [TITLE("Syndicat mixte des eaux du Plateau de Vérenne", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture de réactifs pour les usines de production d'eau potable", "Consultation n° 2027-RE-02"),
          *A("Objet de la consultation",
             "La consultation porte sur la fourniture et la livraison de chlorure ferrique, de charbon actif en "
             "poudre et de soude pour les usines de la Garenne et du Moulin-Brûlé. Il s'agit d'un accord-cadre "
             "mono-attributaire exécuté par bons de commande (articles R.~2162-2 et R.~2162-13 du code de la "
             "commande publique)."),
          *A("Décomposition de la consultation",
             "La consultation ne fait pas l'objet d'un allotissement : les trois réactifs sont livrés par le même "
             "transporteur dans les mêmes aires de dépotage et leur dosage est réglé ensemble ; une dévolution en lots "
             "séparés rendrait l'exécution techniquement plus difficile (article L.~2113-11)."),
          *A("Valeur estimée et historique",
             "La valeur estimée de l'accord-cadre, toutes périodes comprises, est de 150~000 € HT.",
             "À titre d'information, les commandes passées au titre du précédent accord-cadre (2023-2026) se sont "
             "élevées à 132" + SB + "400 € HT."),
          *f_candidature(c),
          *A("Jugement des offres",
             "L'offre économiquement la plus avantageuse est appréciée selon les critères suivants :",
             ["prix des prestations, jugé sur le détail quantitatif estimatif : 60 % ;",
              "valeur technique (fiches de données de sécurité, organisation des livraisons) : 30 % ;",
              "performance environnementale des livraisons (émissions de CO2 par tonne livrée, justifiées par le "
              "candidat) : 10 %."]),
          *f_remise(c, "15 février 2027"),
          *A("Renseignements",
             "Le service exploitation répond aux questions posées sur le profil d'acheteur au plus tard six jours "
             "avant la date limite. Les usines peuvent être visitées du lundi au jeudi, de 8 h à 11 h.")]
    ccap = [TITLE("Syndicat mixte des eaux du Plateau de Vérenne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre à bons de commande – réactifs de traitement"),
            *A("Objet", "Le présent accord-cadre a pour objet la fourniture de réactifs de traitement de l'eau "
               "potable, dans les conditions du CCTP."),
            *f_pieces(c),
            *A("Durée",
               "L'accord-cadre est conclu pour une période initiale de dix-huit mois à compter de sa notification. "
               "Il peut être reconduit tacitement deux fois : une première fois pour douze mois, une seconde fois "
               "pour six mois. Sa durée totale ne peut excéder trente-six mois."),
            *A("Montants minimum et maximum",
               "Les commandes sont passées dans les limites suivantes, pour chaque période :",
               ["période initiale (dix-huit mois) : minimum 12~000 € HT, maximum 95~000 € HT ;",
                "première reconduction (douze mois) : minimum 8~000 € HT, maximum 60~000 € HT ;",
                "seconde reconduction (six mois) : minimum 4~000 € HT, maximum 30~000 € HT."],
               "Aucun bon de commande ne peut dépasser 9~000 € HT."),
            *A("Livraisons",
               "Les livraisons ont lieu du lundi au vendredi entre 7 h 30 et 15 h 00, dans un délai de 72 heures "
               "suivant l'envoi du bon de commande ; en cas d'urgence signalée, ce délai est ramené à 24 heures."),
            *A("Emballages et conteneurs",
               "Les réactifs conditionnés sont livrés en grands récipients vrac réutilisables. Le titulaire reprend "
               "à ses frais les conteneurs vides lors de la livraison suivante et les fait reconditionner en vue de "
               "leur réemploi ; les emballages à usage unique ne sont pas admis."),
            *A("Pénalités",
               "Tout retard de livraison donne lieu à une pénalité de 150 € par jour calendaire. Une livraison non "
               "conforme aux spécifications entraîne une pénalité forfaitaire de 500 €."),
            *f_assur(c, "1~500~000 €"),
            *f_paiement(c),
            *f_litiges(c)]
    ae = [TITLE("SMEPV", "ACTE D'ENGAGEMENT", "Accord-cadre n° 2027-RE-02 – Réactifs de traitement"),
          H("A – Identification de l'acheteur"),
          P("Syndicat mixte des eaux du Plateau de Vérenne, représenté par son président."),
          H("B – Engagement du titulaire"),
          P("Après avoir pris connaissance du CCAP, du CCTP et du bordereau des prix unitaires, je m'engage à exécuter "
            "les prestations aux prix unitaires du bordereau, dans les limites de montants fixées par le CCAP."),
          P("Pour information, le montant maximum toutes périodes confondues s'élève à 222~000 € TTC."),
          H("C – Durée"),
          P("Dix-huit mois à compter de la notification, reconductible deux fois (douze mois puis six mois)."),
          H("D – Signature"),
          P("Fait à ........................, le ........................ Le titulaire (signature)")]
    bpu = [TITLE("SMEPV", "BORDEREAU DES PRIX UNITAIRES", "Accord-cadre n° 2027-RE-02"),
           P("Les prix sont exprimés hors taxes, livraison franco sur site. Les quantités annuelles indiquées ne sont "
             "pas contractuelles."),
           RTAB([["N°", "Désignation", "Unité", "Quantité annuelle indicative", "Prix unitaire € HT"],
                 ["1", "Chlorure ferrique 41 %", "tonne", "38", ""],
                 ["2", "Charbon actif en poudre", "tonne", "12", ""],
                 ["3", "Soude 30 %", "tonne", "20", ""],
                 ["4", "Frais de livraison urgente (sous 24 heures)", "forfait", "4", ""]],
                widths=[0.07, 0.43, 0.12, 0.2, 0.18], align="lllrr"),
           P("Cachet et signature du candidat :")]
    L1 = L(allotissement=0, montant_estime_ht=150000, critere_environnemental=1,
           evidence=["La consultation ne fait pas l'objet d'un allotissement",
                     "La valeur estimée de l'accord-cadre, toutes périodes comprises, est de 150~000 € HT.",
                     "performance environnementale des livraisons (émissions de CO2 par tonne livrée"])
    L2 = L(clause_environnementale=1, montant_max_ht=185000,
           evidence=["période initiale (dix-huit mois) : minimum 12~000 € HT, maximum 95~000 € HT",
                     "maximum 60~000 € HT", "maximum 30~000 € HT", "[95 000 + 60 000 + 30 000 = 185 000]",
                     "Le titulaire reprend à ses frais les conteneurs vides"])
    return dict(id="d01", title="Syndicat mixte des eaux du Plateau de Vérenne – réactifs (accord-cadre, périodes inégales)",
                pieces=[PIECE("RC_2027-RE-02.pdf", "RC", hd, "Règlement de la consultation", rc, L1),
                        PIECE("CCAP_2027-RE-02.pdf", "CCAP", hd, "CCAP", ccap, L2, hyphen=True),
                        PIECE("AE_2027-RE-02.docx", "AE", hd, "Acte d'engagement", ae, L()),
                        PIECE("BPU_2027-RE-02.docx", "BPU", hd, "BPU", bpu, L())],
                pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_estime_ht=150000, montant_max_ht=185000),
                note="Maximum : le CCAP donne un maximum par période de durée inégale (18, 12 et 6 mois) : 95 000 + "
                     "60 000 + 30 000 = 185 000 € HT, total non écrit. Estimation : RC, 150 000 € HT toutes périodes. "
                     "Non alloti (RC, motivé). Pièges : minima par période, plafond de 9 000 € par bon de commande, "
                     "précédent accord-cadre (132 400 €), total TTC seul dans l'AE (222 000 € TTC), assurance "
                     "1 500 000 €, pénalités, délais en heures, horaires de livraison.")


# d02 ------------------------------------------------------------------------------------------
def d02():
    c = C("la Ville de Montbrasier", "Nérac-sur-Ombre", delai=30, profil="https://achats.montbrasier-exemple.fr",
          ref="MB-EV-2027")
    hd = "Ville de Montbrasier – Entretien des espaces verts – MB-EV-2027"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Ville de Montbrasier – Entretien des espaces verts"),
            P("Section I : Identification de l'acheteur"),
            P("Nom complet de l'acheteur : Ville de Montbrasier, Direction du cadre de vie. Type : commune."),
            P("Section II : Objet de la consultation"),
            P("Objet : entretien des parcs, squares, accotements et cimetières communaux. Type de marché : services. "
              "Code CPV principal : 77310000. Accord-cadre à bons de commande, mono-attributaire par lot."),
            P("Valeur estimée hors TVA : 390~000 euros (toutes périodes et tous lots)."),
            P("La consultation comporte des lots : oui. Nombre de lots : 4."),
            P("Lot n° 1 : secteur Nord et centre-ville. Lot n° 2 : secteur Sud et zones d'activités. Lot n° 3 : "
              "accotements et bassins de rétention. Lot n° 4 : entretien des cimetières."),
            P("Section III : Conditions de participation"),
            P("Marché réservé : oui, le lot n° 4 est réservé aux structures d'insertion par l'activité économique "
              "(article L. 2113-13 du code de la commande publique)."),
            P("Conditions particulières d'exécution : les lots 1 et 2 comportent une clause sociale d'insertion "
              "(2~000 heures au total sur la durée de l'accord-cadre)."),
            P("Section IV : Procédure"),
            P("Type de procédure : procédure adaptée ouverte. Critères d'attribution des lots 1 et 2 : prix 50 %, "
              "valeur technique 35 %, performances en matière d'insertion professionnelle 15 %. Lots 3 et 4 : "
              "prix 60 %, valeur technique 40 %."),
            P("Date limite de réception des offres : 22 janvier 2027 à 12 h 00."),
            P("Section V : Informations complémentaires : visite des sites conseillée ; renseignements auprès de la "
              "Direction du cadre de vie, ouverte du lundi au vendredi de 8 h 30 à 12 h.")]
    rc = [TITLE("Ville de Montbrasier", "RÈGLEMENT DE LA CONSULTATION", "Entretien des espaces verts communaux",
                "Procédure adaptée – MB-EV-2027"),
          *A("Objet et décomposition",
             "La consultation porte sur l'entretien des espaces verts de la commune. Elle est divisée en quatre lots :",
             ["lot 1 – secteur Nord et centre-ville ;", "lot 2 – secteur Sud et zones d'activités ;",
              "lot 3 – accotements et bassins de rétention ;", "lot 4 – entretien des cimetières."],
             "Un même candidat peut se voir attribuer plusieurs lots."),
          *A("Lot réservé",
             "Le lot 4 est réservé aux structures d'insertion par l'activité économique mentionnées à l'article "
             "L.~5132-4 du code du travail, en application de l'article L.~2113-13 du code de la commande publique."),
          *A("Clause d'insertion",
             "Les lots 1 et 2 comportent une clause sociale d'insertion dont les modalités sont fixées par le CCAP. "
             "Le candidat présente dans son mémoire les modalités de mise en œuvre qu'il propose."),
          *f_candidature(c, 1),
          *A("Critères de jugement des offres",
             "Pour les lots 1 et 2 :",
             ["prix : 50 % ;", "valeur technique : 35 % ;",
              "performances en matière d'insertion professionnelle des publics en difficulté (accueil, tutorat, "
              "formation) : 15 %."],
             "Pour les lots 3 et 4 : prix 60 %, valeur technique 40 %."),
          *f_remise(c, "22 janvier 2027"),
          *A("Visite", "La visite est conseillée. Rendez-vous au centre technique municipal, ouvert de 7 h 30 à "
             "16 h 00, sur demande adressée au moins 48 heures à l'avance.")]
    ccap = [TITLE("Ville de Montbrasier", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre à bons de commande – entretien des espaces verts (4 lots)"),
            *A("Objet et lots", "Le présent CCAP est commun aux quatre lots de la consultation. Le lot 4 est réservé "
               "(article L. 2113-13 du code de la commande publique)."),
            *f_pieces(c, 1),
            *A("Durée", "Chaque accord-cadre est conclu pour un an à compter du 1er mars 2027. Il est reconductible "
               "tacitement deux fois par période d'un an."),
            *A("Montants maximums",
               "Le montant maximum annuel de commandes est fixé pour chaque lot dans le tableau ci-dessous ; il "
               "s'applique à la période initiale et à chaque période de reconduction.",
               ),
            RTAB([["Lot", "Maximum annuel (k€ HT)", "Maximum annuel (k€ TTC)"],
                  ["Lot 1 – Nord et centre-ville", "45", "54"],
                  ["Lot 2 – Sud et zones d'activités", "38", "45,6"],
                  ["Lot 3 – Accotements et bassins", "22", "26,4"],
                  ["Lot 4 – Cimetières", "30", "36"]], widths=[0.5, 0.25, 0.25], align="lrr"),
            *A("Clause sociale d'insertion (lots 1 et 2)",
               "En application de l'article L.~2112-2 du code de la commande publique, le titulaire des lots 1 et 2 "
               "s'engage à réaliser une action d'insertion au profit de personnes éloignées de l'emploi, pour un "
               "volume minimal de :",
               ["lot 1 : 1~200 heures ;", "lot 2 : 800 heures,"],
               "sur la durée totale de l'accord-cadre, reconductions comprises. Le facilitateur du PLIE de "
               "Montbrasier accompagne le titulaire. Toute heure non réalisée donne lieu à une pénalité de 50 € HT.",
               "Chaque équipe d'intervention comprend au minimum trois agents présents 7 heures par jour."),
            *A("Gestion écologique",
               "Le titulaire n'utilise aucun produit phytopharmaceutique de synthèse. Les déchets verts sont "
               "apportés sur la plateforme de compostage communale ; les tontes sont laissées sur place (mulching) "
               "lorsque le CCTP le prévoit."),
            *f_paiement(c, 1),
            *f_assur(c, "2~000~000 €", 1),
            *f_litiges(c, 1)]
    qr = [TITLE("Ville de Montbrasier – MB-EV-2027", "REGISTRE DES QUESTIONS ET RÉPONSES (publié le 12 janvier 2027)"),
          P("Question 1 : Une visite des cimetières est-elle possible le samedi ?"),
          P("Réponse : Non. Les visites ont lieu du lundi au vendredi."),
          P("Question 2 : Le montant maximum annuel du lot 3 paraît insuffisant au regard des surfaces du CCTP."),
          P("Réponse : Le montant maximum annuel du lot 3 est porté de 22 k€ HT à 26 k€ HT, pour la période initiale "
            "comme pour chaque reconduction. Les maximums des autres lots sont inchangés."),
          P("Question 3 : Les 800 heures d'insertion du lot 2 s'entendent-elles par an ?"),
          P("Réponse : Non. Les 800 heures d'insertion du lot 2 sont dues sur la durée totale de l'accord-cadre, "
            "reconductions comprises. Il en va de même des heures du lot 1.")]
    La = L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, critere_social=1, marche_reserve=1,
           reserve_base="L2113-13", allotissement=1, nb_lots=4, montant_estime_ht=390000,
           evidence=["Valeur estimée hors TVA : 390~000 euros", "Nombre de lots : 4",
                     "réservé aux structures d'insertion par l'activité économique (article L. 2113-13",
                     "clause sociale d'insertion (2~000 heures au total",
                     "performances en matière d'insertion professionnelle 15 %"])
    Lr = L(clause_sociale=1, clause_insertion=1, critere_social=1, marche_reserve=1, reserve_base="L2113-13",
           allotissement=1, nb_lots=4,
           evidence=["Elle est divisée en quatre lots", "en application de l'article L.~2113-13",
                     "Les lots 1 et 2 comportent une clause sociale d'insertion",
                     "performances en matière d'insertion professionnelle des publics en difficulté"])
    Lc = L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, marche_reserve=1, reserve_base="L2113-13",
           clause_environnementale=1, allotissement=1, nb_lots=4, montant_max_ht=405000,
           evidence=["commun aux quatre lots", "Le lot 4 est réservé (article L. 2113-13",
                     "lot 1 : 1~200 heures", "lot 2 : 800 heures", "[(45+38+22+30) k€ x 3 périodes = 405 000 ; heures 1 200 + 800]",
                     "n'utilise aucun produit phytopharmaceutique de synthèse"])
    Lq = L(clause_sociale=1, clause_insertion=1, heures_insertion=800, allotissement=1,
           evidence=["Les 800 heures d'insertion du lot 2 sont dues sur la durée totale",
                     "Le montant maximum annuel du lot 3 est porté de 22 k€ HT à 26 k€ HT"])
    return dict(id="d02", title="Ville de Montbrasier – entretien des espaces verts (4 lots, maxima annuels en k€)",
                pieces=[PIECE("AAPC_MB-EV-2027.txt", "AVIS", hd, "Avis", avis, La),
                        PIECE("RC_MB-EV-2027.pdf", "RC", hd, "RC – MB-EV-2027", rc, Lr),
                        PIECE("CCAP_MB-EV-2027.pdf", "CCAP", hd, "CCAP – MB-EV-2027", ccap, Lc, cols=2, hyphen=True),
                        PIECE("Registre_QR_MB-EV-2027.txt", "QR", hd, "Questions-réponses", qr, Lq)],
                pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale"],
                values=V(heures_insertion=2000, allotissement=1, nb_lots=4, montant_estime_ht=390000,
                         montant_max_ht=417000, reserve_base="L2113-13"),
                note="Maximum : tableau du CCAP en k€ HT par an et par lot (45, 38, 22, 30) avec colonne TTC ; le "
                     "registre Q/R porte le lot 3 à 26 k€ pour chaque période ; 1 an + 2 reconductions = 3 périodes : "
                     "(45 + 38 + 26 + 30) x 3 = 417 000 € HT. Heures : 1 200 (lot 1) + 800 (lot 2) = 2 000 sur la "
                     "durée totale (confirmé par le Q/R, pas par an ; total écrit dans l'avis). Estimation : avis, "
                     "390 000. Lot 4 réservé L2113-13. Pièges : colonne TTC, pénalité 50 €/heure, « 7 heures par jour », "
                     "horaires d'ouverture, assurance, « 48 heures à l'avance ».")


# d03 ------------------------------------------------------------------------------------------
def d03():
    c = C("le Département de la Haute-Lisonne", "Lisonne-la-Ville", ccag="travaux", delai=30,
          profil="https://marchespublics.hautelisonne-exemple.fr", ref="HL-2027-031")
    hd = "Département de la Haute-Lisonne – Collège Jean-Rameau – HL-2027-031"
    rc = [TITLE("Département de la Haute-Lisonne", "RÈGLEMENT DE LA CONSULTATION",
                "Restructuration et extension du collège Jean-Rameau à Pont-sur-Lisonne", "Marché de travaux n° HL-2027-031"),
          *A("Objet et procédure",
             "La consultation porte sur les travaux de restructuration et d'extension du collège Jean-Rameau. Elle "
             "est passée selon la procédure adaptée (article R.~2123-1 du code de la commande publique), la valeur "
             "estimée des travaux étant inférieure au seuil européen de 5~404~000 € HT."),
          *A("Allotissement et tranches",
             "Les travaux sont répartis en six lots traités par marchés séparés. Chaque lot comprend une tranche "
             "ferme (bâtiment d'enseignement) et, selon le lot, une ou deux tranches optionnelles : tranche "
             "optionnelle 1 (demi-pension), tranche optionnelle 2 (préau et abords)."),
          *A("Estimation de l'administration",
             "L'estimation de l'administration est indiquée ci-dessous, par lot et par tranche, en euros hors taxes."),
          RTAB([["Lot", "Désignation", "Tranche ferme", "TO 1", "TO 2"],
                ["1", "Démolition – gros œuvre", "1~180~000", "265~000", "92~000"],
                ["2", "Charpente – couverture", "410~000", "88~000", "—"],
                ["3", "Menuiseries extérieures", "305~000", "54~000", "—"],
                ["4", "Plâtrerie – peinture", "226~000", "41~000", "18~000"],
                ["5", "Électricité courants forts et faibles", "298~000", "61~000", "12~000"],
                ["6", "Chauffage – ventilation – plomberie", "512~000", "97~000", "23~000"]],
               widths=[0.07, 0.41, 0.18, 0.17, 0.17], align="llrrr"),
          *A("Critères d'attribution",
             "Les offres sont classées, pour chaque lot, selon les critères suivants :",
             ["prix (montant total tranches optionnelles comprises) : 55 % ;",
              "valeur technique (méthodologie, planning, moyens) : 35 % ;",
              "gestion environnementale du chantier (tri et valorisation des déchets, limitation des nuisances) : 10 %."]),
          *A("Clause d'insertion",
             "Les lots 1, 2 et 6 comportent une clause d'insertion par l'activité économique définie au CCAP."),
          *f_candidature(c),
          *f_remise(c, "12 mars 2027")]
    ccap = [TITLE("Département de la Haute-Lisonne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Collège Jean-Rameau – CCAP commun aux lots 1 à 6"),
            *A("Objet", "Le présent CCAP s'applique aux six lots des travaux de restructuration du collège "
               "Jean-Rameau. Chaque marché comporte une tranche ferme et des tranches optionnelles."),
            *f_pieces(c),
            *A("Délais", "Le délai global d'exécution de la tranche ferme est de quatorze mois, période de préparation "
               "de deux mois comprise. Le chantier est ouvert de 7 h 30 à 17 h 30, du lundi au vendredi."),
            *A("Action d'insertion",
               "Pour les lots 1, 2 et 6, chaque titulaire réserve à l'insertion professionnelle de personnes éloignées "
               "de l'emploi 5 % des heures de main-d'œuvre de son lot, tranches optionnelles affermies comprises. "
               "Les volumes qui en résultent sont les suivants :"),
            RTAB([["Lot", "Heures de main-d'œuvre estimées", "Heures d'insertion"],
                  ["1 – Démolition – gros œuvre", "15~600", "780"],
                  ["2 – Charpente – couverture", "5~200", "260"],
                  ["6 – Chauffage – ventilation – plomberie", "6~800", "340"]], widths=[0.46, 0.3, 0.24], align="lrr"),
            P("Le titulaire peut recourir à l'embauche directe, à la mise à disposition par une structure d'insertion "
              "ou à la sous-traitance à une SIAE. Toute heure non réalisée est pénalisée à hauteur de 40 € HT."),
            *A("Gestion des déchets de chantier",
               "Chaque titulaire remet un schéma d'organisation et de suivi de l'élimination des déchets (SOSED). Les "
               "déchets sont triés sur le chantier en cinq flux au moins ; les bordereaux de suivi sont transmis "
               "chaque mois au maître d'œuvre."),
            *A("Retenue de garantie", "Une retenue de garantie de 5 % est prélevée sur les acomptes ; elle peut être "
               "remplacée par une garantie à première demande."),
            *f_assur(c, "4~000~000 €"),
            *f_paiement(c, 1),
            *f_litiges(c)]
    rect = [TITLE("AVIS RECTIFICATIF N° 1", "Département de la Haute-Lisonne – Collège Jean-Rameau (HL-2027-031)"),
            P("Référence de l'avis initial : avis d'appel public à la concurrence publié le 10 février 2027."),
            P("Objet de la rectification :"),
            P("1. Règlement de la consultation, article 3, estimation du lot 5 – tranche ferme. Au lieu de : "
              "298 000 € HT. Lire : 334 000 € HT. Les autres montants sont inchangés."),
            P("2. CCAP, article 4, heures d'insertion du lot 2. Au lieu de : 260 heures. Lire : 300 heures."),
            P("3. Date limite de réception des offres. Au lieu de : 12 mars 2027 à 12 h 00. Lire : 19 mars 2027 à 12 h 00."),
            P("Les autres mentions de l'avis initial restent inchangées.")]
    ae = [TITLE("Département de la Haute-Lisonne", "ACTE D'ENGAGEMENT – LOT N° 6",
                "Chauffage – ventilation – plomberie (lot 6 sur six lots)"),
          H("Article 1 – Contractant"),
          P("Je soussigné ........................ m'engage, sur la base de mon offre, à exécuter les travaux du lot n° 6 "
            "aux conditions du CCAP et du CCTP."),
          H("Article 2 – Prix"),
          TAB([["Tranche", "Montant € HT", "TVA 20 %", "Montant € TTC"],
               ["Tranche ferme", "", "", ""], ["Tranche optionnelle 1", "", "", ""],
               ["Tranche optionnelle 2", "", "", ""]], widths=[0.4, 0.2, 0.2, 0.2]),
          H("Article 3 – Engagement d'insertion"),
          P("Je m'engage à réaliser les 340 heures d'insertion prévues au CCAP pour le lot 6, selon les modalités "
            "proposées dans mon mémoire technique."),
          H("Article 4 – Délai"),
          P("Le délai d'exécution est celui fixé au CCAP et au calendrier détaillé."),
          P("Fait à ........................, le ........................")]
    Lr = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=6,
           montant_estime_ht=3682000,
           evidence=["Les travaux sont répartis en six lots", "1 Démolition – gros œuvre 1~180~000 265~000 92~000",
                     "[somme des tranches des six lots = 3 682 000]",
                     "Les lots 1, 2 et 6 comportent une clause d'insertion",
                     "gestion environnementale du chantier (tri et valorisation des déchets"])
    Lc = L(clause_sociale=1, clause_insertion=1, heures_insertion=1380, clause_environnementale=1, allotissement=1,
           nb_lots=6,
           evidence=["aux six lots", "1 – Démolition – gros œuvre 15~600 780", "2 – Charpente – couverture 5~200 260",
                     "6 – Chauffage – ventilation – plomberie 6~800 340", "[780 + 260 + 340 = 1 380]",
                     "Les déchets sont triés sur le chantier en cinq flux au moins"])
    Lx = L(clause_sociale=1, clause_insertion=1, heures_insertion=300, allotissement=1,
           evidence=["heures d'insertion du lot 2. Au lieu de : 260 heures. Lire : 300 heures.",
                     "estimation du lot 5 – tranche ferme"])
    La = L(clause_sociale=1, clause_insertion=1, heures_insertion=340, allotissement=1, nb_lots=6,
           evidence=["lot 6 sur six lots", "Je m'engage à réaliser les 340 heures d'insertion prévues au CCAP pour le lot 6"])
    return dict(id="d03", title="Département de la Haute-Lisonne – collège (6 lots, tranches, avis rectificatif)",
                pieces=[PIECE("RC_HL-2027-031.pdf", "RC", hd, "RC", rc, Lr),
                        PIECE("CCAP_HL-2027-031.pdf", "CCAP", hd, "CCAP", ccap, Lc, hyphen=True),
                        PIECE("Avis_rectificatif_1_HL-2027-031.txt", "AVIS", hd, "Avis rectificatif", rect, Lx),
                        PIECE("AE_lot6_HL-2027-031.docx", "AE", hd, "AE lot 6", ae, La)],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=1420, allotissement=1, nb_lots=6, montant_estime_ht=3718000),
                note="Estimation : tableau du RC par lot et par tranche, sans total : tranches fermes 2 931 000, TO1 "
                     "606 000, TO2 145 000 = 3 682 000 ; l'avis rectificatif porte la tranche ferme du lot 5 de "
                     "298 000 à 334 000, d'où 3 718 000 € HT. Heures : tableau du CCAP (5 % des heures de "
                     "main-d'œuvre) 780 + 260 + 340, le lot 2 passant à 300 par l'avis rectificatif : 1 420. Pas de "
                     "maximum (marchés ordinaires). Pièges : heures de main-d'œuvre (15 600…), seuil européen "
                     "5 404 000, pénalité 40 €/heure, retenue 5 %, assurance 4 000 000, horaires de chantier.")


# d04 ------------------------------------------------------------------------------------------
def d04():
    c = C("le Centre hospitalier intercommunal des Deux-Rives", "Vauclère", delai=50,
          profil="https://achats.chi-deuxrives-exemple.fr", ref="CHI2R-BLA-27")
    hd = "CHI des Deux-Rives – Location-entretien du linge – CHI2R-BLA-27"
    rc = [TITLE("Centre hospitalier intercommunal des Deux-Rives", "Règlement de la consultation",
                "Location et entretien du linge et des tenues professionnelles"),
          H("1. Objet"),
          P("La consultation a pour objet la location et l'entretien du linge plat, des tenues professionnelles et "
            "du linge personnel des résidents des EHPAD rattachés au centre hospitalier."),
          H("2. Allotissement"),
          P("Le marché est divisé en deux lots : lot 1 – linge plat et tenues professionnelles ; lot 2 – entretien "
            "du linge personnel des résidents."),
          P("Le lot 2 est réservé, en application de l'article L. 2113-12 du code de la commande publique, aux "
            "entreprises adaptées et aux établissements et services d'aide par le travail, ainsi qu'aux structures "
            "équivalentes."),
          H("3. Durée et estimation"),
          P("Chaque accord-cadre est conclu pour quatre ans fermes. Le montant annuel estimé est de 70 000 € HT pour "
            "le lot 1 et de 22 000 € HT pour le lot 2."),
          P("Volumes annuels indicatifs : 96 tonnes de linge plat pour le lot 1, 14 tonnes pour le lot 2."),
          H("4. Critères"),
          TAB([["Critère", "Pondération"], ["Prix", "50 %"], ["Valeur technique", "40 %"],
               ["Performances environnementales du procédé (eau, énergie, lessives)", "10 %"]], widths=[0.75, 0.25]),
          H("5. Remise des offres"),
          P("Les offres sont déposées sur le profil d'acheteur avant le 5 avril 2027 à 16 h. Délai de validité : "
            "180 jours.")]
    ccap = [TITLE("Centre hospitalier intercommunal des Deux-Rives", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre à bons de commande – linge – 2 lots"),
            *A("Objet et forme", "Le marché est un accord-cadre à bons de commande passé en deux lots. Le lot 2 est "
               "réservé (article L. 2113-12 du code de la commande publique)."),
            *f_pieces(c),
            *A("Durée", "Chaque accord-cadre est conclu pour une durée ferme de quatre ans à compter du 1er juillet 2027."),
            *A("Montants",
               "Le montant minimum des commandes est de 15~000 € HT par an pour le lot 1. Aucun minimum n'est fixé pour "
               "le lot 2.",
               "Le montant maximum des commandes est fixé, pour toute la durée de l'accord-cadre, à 320" + SB + "000 € HT "
               "(384~000 € TTC) pour le lot 1 et à 110~000 € HT (132~000 € TTC) pour le lot 2."),
            *A("Collecte et livraison",
               "Le linge est collecté et livré chaque jour ouvré entre 6 h et 14 h ; le linge souillé est enlevé sous "
               "24 heures. Le délai de retour du linge propre est de 72 heures au plus."),
            *A("Exigences environnementales d'exécution",
               "Les lessives utilisées sont titulaires de l'Écolabel européen ou équivalent. Le titulaire suit et "
               "transmet chaque année la consommation d'eau et d'énergie par kilogramme de linge traité et met en "
               "œuvre un plan de réduction de ces consommations."),
            *A("Pénalités", "Retard de livraison : 200 € par jour ; linge perdu : remboursement à la valeur de "
               "remplacement majorée de 10 %."),
            *f_assur(c, "3~000~000 €"),
            *f_paiement(c),
            *f_litiges(c, 1)]

    def ae(lot, nom, maxi, extra):
        return [TITLE("CHI des Deux-Rives", "ACTE D'ENGAGEMENT", "Lot n° %d – %s" % (lot, nom)),
                H("1. Engagement"),
                P("Le signataire s'engage, sur la base de son offre, à exécuter les prestations du lot n° %d de "
                  "l'accord-cadre CHI2R-BLA-27 (marché en deux lots), aux prix unitaires du bordereau." % lot),
                *extra,
                H("2. Montant"),
                P("L'accord-cadre est exécuté dans la limite d'un montant maximum de %s € HT pour la durée totale de "
                  "quatre ans." % maxi),
                H("3. Compte à créditer"),
                P("IBAN : ................................ BIC : ..............."),
                H("4. Signature"),
                P("À ........................, le ........................")]
    ae1 = ae(1, "linge plat et tenues professionnelles", "320~000", [])
    ae2 = ae(2, "linge personnel des résidents", "110~000",
             [H("Lot réservé"), P("Ce lot est réservé aux entreprises adaptées et aux ESAT (article L. 2113-12 du code "
                                  "de la commande publique). Le candidat atteste remplir cette condition.")])
    Lr = L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=2,
           montant_estime_ht=368000,
           evidence=["Le marché est divisé en deux lots", "Le lot 2 est réservé, en application de l'article L. 2113-12",
                     "Le montant annuel estimé est de 70 000 € HT pour le lot 1 et de 22 000 € HT pour le lot 2",
                     "[(70 000 + 22 000) x 4 ans = 368 000]", "Performances environnementales du procédé"])
    Lc = L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=2,
           montant_max_ht=430000,
           evidence=["passé en deux lots", "Le lot 2 est réservé (article L. 2113-12",
                     "à 320~000 € HT (384~000 € TTC) pour le lot 1 et à 110~000 € HT", "[320 000 + 110 000 = 430 000]",
                     "Les lessives utilisées sont titulaires de l'Écolabel européen"])
    La1 = L(allotissement=1, nb_lots=2, montant_max_ht=320000,
            evidence=["marché en deux lots", "montant maximum de 320~000 € HT pour la durée totale"])
    La2 = L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2, montant_max_ht=110000,
            evidence=["marché en deux lots", "montant maximum de 110~000 € HT pour la durée totale",
                      "réservé aux entreprises adaptées et aux ESAT (article L. 2113-12"])
    return dict(id="d04", title="CHI des Deux-Rives – linge (2 lots, lot 2 réservé EA/ESAT, estimation annuelle)",
                pieces=[PIECE("RC_CHI2R-BLA-27.docx", "RC", hd, "Règlement de la consultation", rc, Lr),
                        PIECE("CCAP_CHI2R-BLA-27.pdf", "CCAP", hd, "CCAP", ccap, Lc),
                        PIECE("AE_lot1_CHI2R-BLA-27.docx", "AE", hd, "AE lot 1", ae1, La1),
                        PIECE("AE_lot2_CHI2R-BLA-27.docx", "AE", hd, "AE lot 2", ae2, La2)],
                pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=368000, montant_max_ht=430000,
                         reserve_base="L2113-12"),
                note="Maximum : CCAP, par lot pour toute la durée, HT avec TTC entre parenthèses : 320 000 + 110 000 = "
                     "430 000 € HT (total non écrit). Estimation : RC, montants annuels par lot (70 000 et 22 000) sur "
                     "quatre ans fermes : 368 000 € HT. Lot 2 réservé L2113-12. Pièges : TTC (384 000, 132 000), "
                     "minimum 15 000 par an, tonnages, délais en heures, horaires de collecte, pénalités, assurance, "
                     "délai de paiement de 50 jours.")


# d05 ------------------------------------------------------------------------------------------
def d05():
    c = C("Orbelys Métropole", "Saint-Orbel", delai=30, profil="https://marches.orbelys-exemple.fr", ref="OM-COL-2027")
    hd = "Orbelys Métropole – Collecte des déchets ménagers – OM-COL-2027"
    avis = [TITLE("Avis de marché – Directive 2014/24/UE", "Orbelys Métropole – Collecte des déchets ménagers et assimilés"),
            P("Section I : Pouvoir adjudicateur"),
            P("I.1) Nom et adresses : Orbelys Métropole, Direction de la propreté et des déchets, 2 place des "
              "Tanneurs, Saint-Orbel."),
            P("Section II : Objet"),
            P("II.1.1) Intitulé : collecte des ordures ménagères résiduelles et des emballages ménagers."),
            P("II.1.2) Code CPV principal : 90511000. II.1.3) Type de marché : services."),
            P("II.1.5) Valeur totale estimée : valeur hors TVA : 4 300 000 EUR."),
            P("II.1.6) Information sur les lots : ce marché est divisé en lots : non."),
            P("II.2.5) Critères d'attribution : critère de qualité – valeur technique : 40 ; critère de qualité – "
              "performances environnementales de la flotte de collecte : 15 ; prix : 45."),
            P("II.2.7) Durée du marché : 48 mois, du 1er juillet 2027 au 30 juin 2031. Ce marché peut faire l'objet "
              "d'une reconduction : non."),
            P("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
            P("III.1.2) Capacité économique et financière : chiffre d'affaires annuel minimal de 1 800 000 EUR."),
            P("III.1.5) Informations sur les marchés réservés : sans objet."),
            P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion de 2 800 heures de travail "
              "sur la durée du marché au profit de personnes éloignées de l'emploi ; véhicules à faibles émissions."),
            P("Section IV : Procédure"),
            P("IV.1.1) Type de procédure : procédure ouverte. IV.2.2) Date limite de réception des offres : "
              "3 mars 2027, 12:00."),
            P("Section VI : Renseignements complémentaires"),
            P("VI.3) Informations complémentaires : le marché en cours (2021-2027) a été exécuté pour environ "
              "1 080 000 EUR HT par an. Une visite du centre technique est organisée le 2 février 2027.")]
    rc = [TITLE("Orbelys Métropole", "RÈGLEMENT DE LA CONSULTATION", "Collecte des déchets ménagers et assimilés",
                "Appel d'offres ouvert – OM-COL-2027"),
          *A("Objet", "La consultation a pour objet la collecte en porte-à-porte des ordures ménagères résiduelles "
             "et des emballages sur les dix-sept communes de la métropole."),
          *A("Absence d'allotissement",
             "Le marché n'est pas alloti : la collecte des deux flux est assurée par les mêmes équipages et les "
             "mêmes véhicules bi-compartimentés ; une division en lots renchérirait l'exécution (article L. 2113-11 "
             "du code de la commande publique)."),
          *A("Forme et valeur estimée",
             "Il s'agit d'un accord-cadre à bons de commande mono-attributaire, d'une durée de quarante-huit mois. "
             "La valeur estimée du besoin sur cette durée est de 4,3~M€ HT. Les montants maximums figurent au CCAP."),
          *f_candidature(c),
          *A("Jugement des offres",
             "Les offres sont jugées selon les critères suivants :",
             ["prix : 45 % ;", "valeur technique : 40 % ;",
              "performances environnementales de la flotte (part de véhicules GNV ou électriques, émissions "
              "de CO2 par tonne collectée) : 15 %."]),
          *f_remise(c, "3 mars 2027", 1)]
    ccap = [TITLE("Orbelys Métropole", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Collecte des déchets ménagers et assimilés – OM-COL-2027"),
            *A("Objet", "Le présent accord-cadre porte sur la collecte des ordures ménagères et des emballages, dans les "
               "conditions du CCTP."),
            *f_pieces(c, 1),
            *A("Durée", "L'accord-cadre prend effet le 1er juillet 2027 et s'achève le 30 juin 2031. Il n'est pas "
               "reconductible."),
            *A("Montants maximums",
               "Les bons de commande sont émis dans la limite des montants maximums suivants, fixés par période "
               "d'exécution :"),
            RTAB([["Période", "Durée", "Montant maximum (k€ HT)"],
                  ["1er juillet – 31 décembre 2027", "6 mois", "600"],
                  ["Année 2028", "12 mois", "1~200"],
                  ["Année 2029", "12 mois", "1~200"],
                  ["Année 2030", "12 mois", "1~200"],
                  ["1er janvier – 30 juin 2031", "6 mois", "600"]], widths=[0.5, 0.2, 0.3], align="llr"),
            P("Pour mémoire, le marché précédent s'établissait à 1~080 k€ HT par an."),
            *A("Clause sociale d'insertion",
               "Le titulaire s'engage à réserver à des personnes rencontrant des difficultés sociales ou "
               "professionnelles particulières 700 heures de travail par année civile complète. Pour chacune des deux "
               "périodes de six mois (second semestre 2027 et premier semestre 2031), l'engagement est de 350 heures.",
               "La non-réalisation des heures est sanctionnée par une pénalité de 60 € HT par heure manquante. Le "
               "facilitateur de la Maison de l'emploi d'Orbelys assure le suivi des heures."),
            *A("Véhicules et émissions",
               "Les bennes de collecte affectées au marché sont, dès le premier jour d'exécution, alimentées au GNV ou "
               "électriques ; à défaut, elles répondent à la norme Euro VI. Le titulaire transmet chaque trimestre "
               "les consommations de carburant et les émissions de CO2 de la flotte."),
            *A("Organisation", "La collecte a lieu de 5 h à 12 h. L'effectif minimal affecté au marché est de 38 "
               "agents. Toute tournée non réalisée donne lieu à une pénalité de 500 €."),
            *f_assur(c, "5~000~000 €", 1),
            *f_paiement(c),
            *f_litiges(c)]
    bpu = [TITLE("Orbelys Métropole", "BORDEREAU DES PRIX UNITAIRES", "OM-COL-2027"),
           RTAB([["Code", "Prestation", "Unité", "Prix € HT"],
                 ["C1", "Collecte des ordures ménagères résiduelles", "tonne", ""],
                 ["C2", "Collecte des emballages ménagers", "tonne", ""],
                 ["C3", "Collecte supplémentaire (jour férié)", "tournée", ""],
                 ["C4", "Heure de mise à disposition d'un équipage (chauffeur + 2 ripeurs)", "heure", ""]],
                widths=[0.1, 0.55, 0.15, 0.2], align="lllr"),
           P("Tonnages de référence 2026 : 41 800 tonnes d'ordures ménagères et 9 600 tonnes d'emballages.")]
    La = L(clause_sociale=1, clause_insertion=1, heures_insertion=2800, clause_environnementale=1,
           critere_environnemental=1, allotissement=0, montant_estime_ht=4300000,
           evidence=["Valeur totale estimée : valeur hors TVA : 4 300 000 EUR", "ce marché est divisé en lots : non",
                     "clause sociale d'insertion de 2 800 heures de travail", "véhicules à faibles émissions",
                     "performances environnementales de la flotte de collecte : 15"])
    Lr = L(critere_environnemental=1, allotissement=0, montant_estime_ht=4300000,
           evidence=["Le marché n'est pas alloti", "La valeur estimée du besoin sur cette durée est de 4,3~M€ HT",
                     "performances environnementales de la flotte (part de véhicules GNV"])
    Lc = L(clause_sociale=1, clause_insertion=1, heures_insertion=2800, clause_environnementale=1, montant_max_ht=4800000,
           evidence=["1er juillet – 31 décembre 2027 6 mois 600", "Année 2028 12 mois 1~200",
                     "1er janvier – 30 juin 2031 6 mois 600", "[600 + 3 x 1 200 + 600 = 4 800 k€ ; heures 350 + 3 x 700 + 350 = 2 800]",
                     "700 heures de travail par année civile complète", "alimentées au GNV ou électriques"])
    return dict(id="d05", title="Orbelys Métropole – collecte des déchets (non alloti, périodes de 6 et 12 mois)",
                pieces=[PIECE("Avis_JOUE_OM-COL-2027.txt", "AVIS", hd, "Avis", avis, La),
                        PIECE("RC_OM-COL-2027.pdf", "RC", hd, "RC", rc, Lr),
                        PIECE("CCAP_OM-COL-2027.pdf", "CCAP", hd, "CCAP", ccap, Lc, hyphen=True),
                        PIECE("BPU_OM-COL-2027.docx", "BPU", hd, "BPU", bpu, L())],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=2800, allotissement=0, montant_estime_ht=4300000, montant_max_ht=4800000),
                note="Maximum : tableau du CCAP en k€ HT par période (deux semestres et trois années) : 600 + 1 200 x 3 "
                     "+ 600 = 4 800 000 € HT, total non écrit. Heures : l'avis écrit 2 800 heures sur la durée ; le "
                     "CCAP les donne par année (700 par année complète, 350 par semestre) : 350 + 2 100 + 350 = 2 800, "
                     "même valeur. Estimation : avis (4 300 000 EUR) et RC (4,3 M€). Non alloti. Pièges : chiffre "
                     "d'affaires minimal 1 800 000, marché précédent 1 080 000 par an, tonnages, 38 agents, pénalités "
                     "60 €/heure et 500 €, horaires de collecte, assurance.")


# d06 ------------------------------------------------------------------------------------------
def d06():
    c = C("l'Université de Lorvance", "Lorvance", delai=30, profil="https://marches.univ-lorvance-exemple.fr",
          ref="UL-MOB-27")
    hd = "Université de Lorvance – Mobilier – UL-MOB-27"
    rc = [TITLE("Université de Lorvance", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture de mobilier pour les campus de Lorvance et de Brécy", "UL-MOB-27"),
          *A("Objet et lots",
             "La consultation est décomposée en trois lots :",
             ["lot 1 : mobilier de bureau neuf ;", "lot 2 : mobilier d'enseignement et d'amphithéâtre ;",
              "lot 3 : mobilier reconditionné et remise en état de mobilier existant."]),
          *A("Réservation du lot 3",
             "Conformément à l'article L. 2113-14 du code de la commande publique, le lot 3 est réservé à la fois aux "
             "entreprises adaptées et aux établissements et services d'aide par le travail mentionnés à l'article "
             "L. 2113-12 et aux structures d'insertion par l'activité économique mentionnées à l'article L. 2113-13."),
          *A("Forme des marchés",
             "Chaque lot donne lieu à un accord-cadre à bons de commande mono-attributaire, conclu pour deux ans et "
             "reconductible une fois pour deux ans. Les montants maximums figurent au CCAP."),
          *f_candidature(c),
          *A("Critères",
             "Lots 1 et 2 : prix 45 %, valeur technique 35 %, performances environnementales (part de matière "
             "recyclée, démontabilité, durée de garantie des pièces) 20 %.",
             "Lot 3 : prix 40 %, valeur technique 60 %."),
          *f_remise(c, "26 avril 2027")]
    ccap = [TITLE("Université de Lorvance", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accords-cadres de fourniture de mobilier – lots 1 à 3"),
            *A("Objet", "Le présent CCAP régit les trois accords-cadres issus de la consultation UL-MOB-27, un par lot. "
               "Le lot 3 est réservé (articles L. 2113-12 et L. 2113-13 du code de la commande publique)."),
            *f_pieces(c),
            *A("Durée", "Chaque accord-cadre est conclu pour deux ans à compter de sa notification, reconductible une "
               "fois pour deux ans."),
            *A("Montants maximums",
               "Les montants maximums ci-dessous valent pour la durée totale de chaque accord-cadre, reconduction "
               "comprise. Il n'est pas fixé de minimum."),
            RTAB([["Lot", "Maximum € HT", "Maximum € TTC"],
                  ["1 – Mobilier de bureau neuf", "180~000", "216~000"],
                  ["2 – Mobilier d'enseignement", "140~000", "168~000"],
                  ["3 – Mobilier reconditionné", "60~000", "72~000"],
                  ["Total TTC", "", "456~000"]], widths=[0.5, 0.25, 0.25], align="lrr"),
            *A("Exigences environnementales",
               "Les bois et panneaux proviennent de forêts gérées durablement (certification PEFC ou FSC ou "
               "équivalent). Les mobiliers sont livrés sans suremballage ; le titulaire reprend les emballages et, "
               "sur demande, le mobilier remplacé en vue de son réemploi ou de son recyclage."),
            *A("Livraison", "Les livraisons ont lieu du lundi au vendredi entre 8 h et 11 h 30, dans un délai de "
               "six semaines à compter du bon de commande. Pénalité de retard : 1/1000 du montant du bon par jour."),
            *f_assur(c, "3~000~000 €"),
            *f_paiement(c, 1),
            *f_litiges(c)]
    qr = [TITLE("Université de Lorvance – UL-MOB-27", "Questions des candidats et réponses de l'acheteur"),
          P("Q1 – Le lot 3 peut-il être attribué à une entreprise ordinaire cotraitante d'un ESAT ?"),
          P("R1 – Non. Le lot 3 étant réservé, chaque membre du groupement doit être une entreprise adaptée, un ESAT, "
            "une structure équivalente ou une SIAE."),
          P("Q2 – Le montant maximum du lot 2 est-il confirmé ?"),
          P("R2 – Le montant maximum du lot 2 est porté à 165 000 € HT (198 000 € TTC) pour la durée totale de "
            "l'accord-cadre, reconduction comprise. Les montants des lots 1 et 3 ne changent pas."),
          P("Q3 – Quelle est la surface de stockage disponible ?"),
          P("R3 – Aucune : les livraisons sont faites directement dans les bureaux.")]
    ae = [TITLE("Université de Lorvance", "ACTE D'ENGAGEMENT – LOT 3", "Mobilier reconditionné et remise en état"),
          H("Objet"),
          P("Accord-cadre à bons de commande – lot 3 de la consultation UL-MOB-27 (trois lots)."),
          H("Condition de réservation"),
          P("Le candidat déclare être une entreprise adaptée, un établissement et service d'aide par le travail "
            "(article L. 2113-12 du code de la commande publique) ou une structure d'insertion par l'activité "
            "économique (article L. 2113-13)."),
          H("Montant"),
          P("Montant maximum du lot 3 pour la durée totale, reconduction comprise : 60 000 € HT."),
          H("Signature"),
          P("Le titulaire : ........................")]
    Lr = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", critere_environnemental=1, allotissement=1, nb_lots=3,
           evidence=["La consultation est décomposée en trois lots", "le lot 3 est réservé à la fois aux",
                     "L. 2113-12 et aux structures d'insertion par l'activité économique mentionnées à l'article L. 2113-13",
                     "performances environnementales (part de matière recyclée"])
    Lc = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", clause_environnementale=1, allotissement=1, nb_lots=3,
           montant_max_ht=380000,
           evidence=["les trois accords-cadres", "Le lot 3 est réservé (articles L. 2113-12 et L. 2113-13",
                     "1 – Mobilier de bureau neuf 180~000", "2 – Mobilier d'enseignement 140~000",
                     "3 – Mobilier reconditionné 60~000", "[180 000 + 140 000 + 60 000 = 380 000 HT]",
                     "certification PEFC ou FSC"])
    Lq = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=1,
           evidence=["Le lot 3 étant réservé, chaque membre du groupement doit être une entreprise adaptée, un ESAT, une structure équivalente ou une SIAE",
                     "Le montant maximum du lot 2 est porté à 165 000 € HT"])
    La = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=1, nb_lots=3, montant_max_ht=60000,
           evidence=["lot 3 de la consultation UL-MOB-27 (trois lots)", "(article L. 2113-12 du code",
                     "(article L. 2113-13)", "reconduction comprise : 60 000 € HT"])
    return dict(id="d06", title="Université de Lorvance – mobilier (3 lots, lot 3 réservé L2113-12 et L2113-13, Q/R)",
                pieces=[PIECE("RC_UL-MOB-27.pdf", "RC", hd, "RC", rc, Lr),
                        PIECE("CCAP_UL-MOB-27.docx", "CCAP", hd, "CCAP", ccap, Lc),
                        PIECE("QR_UL-MOB-27.txt", "QR", hd, "Q/R", qr, Lq),
                        PIECE("AE_lot3_UL-MOB-27.docx", "AE", hd, "AE lot 3", ae, La)],
                pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=3, montant_max_ht=405000, reserve_base="L2113-12;L2113-13"),
                note="Maximum : tableau du CCAP par lot pour la durée totale (reconduction comprise), HT et TTC, avec "
                     "un total écrit en TTC seulement (456 000) ; le Q/R porte le lot 2 de 140 000 à 165 000 € HT : "
                     "180 000 + 165 000 + 60 000 = 405 000 € HT. Pas d'estimation. Lot 3 réservé à la fois "
                     "L2113-12 et L2113-13 (L2113-14). Pièges : TTC, pénalité au 1/1000, délai de six semaines, "
                     "horaires de livraison, assurance.")


# d07 ------------------------------------------------------------------------------------------
def d07():
    c = C("la Commune de Saint-Aubrac-les-Vignes", "Rocheval", delai=30, profil="https://saint-aubrac-exemple.fr/marches",
          ref="SAV-REST-2027")
    hd = "Commune de Saint-Aubrac-les-Vignes – Restauration scolaire – SAV-REST-2027"
    rc = [TITLE("Commune de Saint-Aubrac-les-Vignes", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture et livraison de repas en liaison froide pour la restauration scolaire et l'accueil de loisirs"),
          *A("Objet", "La consultation porte sur la fabrication et la livraison en liaison froide des repas servis "
             "dans les trois écoles communales et à l'accueil de loisirs."),
          *A("Lot unique", "Le marché fait l'objet d'un lot unique : la fabrication et la livraison sont "
             "indissociables et la taille du besoin ne permet pas de l'allotir utilement."),
          *A("Durée et montant",
             "L'accord-cadre est conclu pour un an à compter du 1er septembre 2027, reconductible trois fois par "
             "période d'un an. Le montant estimatif annuel des prestations est de 210~k€~HT.",
             "Il est prévu en moyenne 1" + SB + "450 repas par jour scolaire."),
          *A("Critères d'attribution",
             "Les offres sont appréciées selon les critères et pondérations suivants :"),
          TAB([["Critère", "Pondération"], ["Prix (prix moyen pondéré du repas)", "40 %"],
               ["Qualité gustative et nutritionnelle", "40 %"],
               ["Approvisionnement en circuits courts et lutte contre le gaspillage alimentaire", "10 %"],
               ["Performance en matière d'insertion professionnelle des publics éloignés de l'emploi", "10 %"]],
              widths=[0.78, 0.22], align="lr"),
          *f_remise(c, "14 mai 2027"),
          *A("Renseignements", "Le service scolaire est joignable du lundi au vendredi de 9 h à 12 h.")]
    ccap = [TITLE("Commune de Saint-Aubrac-les-Vignes", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre à bons de commande – repas en liaison froide"),
            *A("Forme", "Le présent marché est un accord-cadre à bons de commande passé en application des articles "
               "R. 2162-1 à R. 2162-14 du code de la commande publique. Il est conclu sans montant maximum. Le "
               "montant minimum de commandes est de 120~000 € HT par période annuelle."),
            *f_pieces(c),
            *A("Durée", "Un an à compter du 1er septembre 2027, reconductible tacitement trois fois."),
            *A("Clause sociale d'insertion",
               "Le titulaire réserve à l'insertion professionnelle de personnes éloignées de l'emploi au moins 5 % des "
               "heures de travail nécessaires à la production et à la livraison des repas de la commune. La commune "
               "estime ces heures à 9" + SB + "000 heures pour la durée totale de l'accord-cadre, reconductions comprises.",
               "Le titulaire transmet chaque semestre au facilitateur un état des heures réalisées."),
            *A("Qualité des denrées",
               "Conformément à l'article L. 230-5-1 du code rural, au moins 50 % des produits servis, en valeur, sont "
               "des produits durables et de qualité, dont au moins 20 % issus de l'agriculture biologique. Les repas "
               "sont livrés dans des bacs inox réutilisables ; les barquettes en plastique sont proscrites."),
            *A("Prix", "Les prix sont révisés chaque 1er septembre. À titre indicatif, le prix moyen du repas du marché "
               "précédent était de 3,85 € HT."),
            *A("Pénalités", "Retard de livraison au-delà de 10 h 30 : 100 € par site et par jour. Repas manquant : "
               "remboursement du prix majoré de 50 %."),
            *f_assur(c, "1~000~000 €"),
            *f_paiement(c),
            *f_litiges(c, 1)]
    cctp = [TITLE("Commune de Saint-Aubrac-les-Vignes", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Repas en liaison froide"),
            H("1. Sites desservis"),
            TAB([["Site", "Repas par jour", "Heure de livraison"],
                 ["École des Tilleuls", "620", "avant 10 h 30"], ["École du Bourg", "480", "avant 10 h 30"],
                 ["École de la Fontaine", "250", "avant 10 h 30"], ["Accueil de loisirs (mercredi)", "100", "avant 11 h"]],
                widths=[0.5, 0.25, 0.25]),
            H("2. Composition des repas"),
            P("Les menus comportent quatre composantes et respectent les recommandations du GEMRCN. Un menu "
              "végétarien est servi au moins une fois par semaine."),
            H("3. Conditionnement"),
            P("Les repas sont conditionnés dans des bacs gastronormes inox réutilisables, repris lors de la livraison "
              "suivante."),
            H("4. Personnel communal"),
            P("La remise en température est assurée par le personnel communal (deux agents par site, 20 heures par "
              "semaine). La cuisine centrale du titulaire est accessible aux agents communaux de 6 h à 14 h.")]
    ae = [TITLE("Commune de Saint-Aubrac-les-Vignes", "ACTE D'ENGAGEMENT", "SAV-REST-2027 – Repas en liaison froide"),
          P("Le soussigné s'engage à livrer les repas aux prix unitaires suivants :"),
          TAB([["Prestation", "Prix unitaire € HT"], ["Repas enfant", ""], ["Repas adulte", ""],
               ["Goûter accueil de loisirs", ""]], widths=[0.7, 0.3]),
          P("L'accord-cadre est conclu sans montant maximum, avec un minimum annuel de 120 000 € HT."),
          P("Fait à ........................, le ........................")]
    Lr = L(critere_social=1, critere_environnemental=1, allotissement=0, montant_estime_ht=840000,
           evidence=["Le marché fait l'objet d'un lot unique", "reconductible trois fois",
                     "montant estimatif annuel des prestations est de 210~k€~HT", "[210 000 x 4 = 840 000]",
                     "Performance en matière d'insertion professionnelle", "circuits courts et lutte contre le gaspillage alimentaire 10 %"])
    Lc = L(clause_sociale=1, clause_insertion=1, heures_insertion=450, clause_environnementale=1,
           evidence=["au moins 5 % des heures de travail nécessaires à la production",
                     "La commune estime ces heures à 9~000 heures pour la durée totale", "[5 % x 9 000 = 450]",
                     "Les repas sont livrés dans des bacs inox réutilisables"])
    Lt = L(clause_environnementale=1,
           evidence=["Les repas sont conditionnés dans des bacs gastronormes inox réutilisables"])
    return dict(id="d07", title="Commune de Saint-Aubrac-les-Vignes – repas (lot unique, sans maximum, heures en pourcentage)",
                pieces=[PIECE("RC_SAV-REST-2027.pdf", "RC", hd, "RC", rc, Lr),
                        PIECE("CCAP_SAV-REST-2027.pdf", "CCAP", hd, "CCAP", ccap, Lc, hyphen=True),
                        PIECE("CCTP_SAV-REST-2027.docx", "CCTP", hd, "CCTP", cctp, Lt),
                        PIECE("AE_SAV-REST-2027.docx", "AE", hd, "AE", ae, L())],
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
                     "critere_environnemental"],
                values=V(heures_insertion=450, allotissement=0, montant_estime_ht=840000),
                note="Maximum : aucun (« sans montant maximum » ; minimum annuel 120 000). Estimation : RC, 210 k€ HT "
                     "par an, un an reconductible trois fois : 210 000 x 4 = 840 000 € HT (non écrit). Heures : CCAP, "
                     "5 % des heures de travail estimées à 9 000 heures sur la durée totale : 450 (non écrit). Lot "
                     "unique = non alloti. Pièges : 1 450 repas par jour, prix du repas 3,85 €, agents communaux "
                     "20 heures par semaine, horaires, pénalités, assurance.")


# d08 ------------------------------------------------------------------------------------------
def d08():
    c = C("Ardelle Habitat", "Ardelle", ccag="travaux", delai=30, profil="https://marches.ardelle-habitat-exemple.fr",
          ref="AH-2027-ENT")
    hd = "Ardelle Habitat – Entretien et petites réparations du patrimoine – AH-2027-ENT"
    avis = [TITLE("BOAMP – Avis de marché", "Ardelle Habitat – Office public de l'habitat"),
            P("Objet : travaux d'entretien courant et de petites réparations dans les logements et parties communes."),
            P("Type de marché : travaux. Procédure : appel d'offres ouvert. Forme : accords-cadres à bons de commande."),
            P("Valeur estimée (HT) : 1 200 000 euros."),
            P("Allotissement : oui. Lot 1 : plomberie-sanitaire. Lot 2 : électricité. Lot 3 : menuiserie-serrurerie. "
              "Lot 4 : peinture et revêtements de sols. Lot 5 : nettoyage après travaux et débarras."),
            P("Marché réservé : [X] Le marché est réservé à des ateliers protégés et à des opérateurs économiques dont "
              "l'objectif est l'intégration sociale et professionnelle de travailleurs handicapés ou défavorisés."),
            P("Précision : le lot 5 est réservé aux structures d'insertion par l'activité économique en application "
              "de l'article L. 2113-13 du code de la commande publique."),
            P("Conditions d'exécution : les lots 1 à 4 comportent une clause d'insertion dont le volume est fixé par "
              "lot au CCAP."),
            P("Critères : prix 60 %, valeur technique 40 %."),
            P("Date limite de réception des offres : 8 octobre 2027 à 12 h.")]
    ccap = [TITLE("Ardelle Habitat", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accords-cadres à bons de commande – entretien du patrimoine – lots 1 à 5"),
            *A("Objet et lots", "Le présent CCAP s'applique aux cinq lots de la consultation. Le lot 5 est réservé "
               "aux structures d'insertion par l'activité économique (article L. 2113-13 du code de la commande "
               "publique)."),
            *f_pieces(c),
            *A("Durée", "Chaque accord-cadre est conclu pour une période initiale de deux ans à compter du 1er janvier "
               "2028. Il peut être reconduit deux fois pour une durée d'un an."),
            *A("Montants maximums",
               "Les montants maximums de commandes sont fixés, par lot et par période, comme suit (en euros HT) :"),
            RTAB([["Lot", "Période initiale (2 ans)", "1re reconduction (1 an)", "2e reconduction (1 an)"],
                  ["1 – Plomberie-sanitaire", "180~000", "90~000", "90~000"],
                  ["2 – Électricité", "150~000", "75~000", "75~000"],
                  ["3 – Menuiserie-serrurerie", "120~000", "60~000", "60~000"],
                  ["4 – Peinture, revêtements de sols", "200~000", "100~000", "100~000"],
                  ["5 – Nettoyage après travaux, débarras", "70~000", "35~000", "35~000"]],
                 widths=[0.34, 0.22, 0.22, 0.22], align="lrrr"),
            *A("Clause d'insertion (lots 1 à 4)",
               "Le titulaire de chacun des lots 1 à 4 réalise chaque année d'exécution, reconductions comprises, le "
               "nombre d'heures d'insertion indiqué ci-dessous au profit de personnes éloignées de l'emploi :"),
            TAB([["Lot", "Heures d'insertion par an"], ["Lot 1", "150"], ["Lot 2", "120"], ["Lot 3", "100"],
                 ["Lot 4", "250"]], widths=[0.5, 0.5], align="lr"),
            P("Les heures non réalisées donnent lieu à une pénalité de 35 € HT par heure."),
            *A("Délais d'intervention",
               "Urgence (fuite, panne générale) : intervention sous 4 heures, astreinte 24 h/24. Intervention "
               "ordinaire : sous 5 jours ouvrés. Pénalité de retard : 80 € par heure de retard pour les urgences."),
            *f_assur(c, "2~500~000 €", 1),
            *f_paiement(c),
            *f_litiges(c)]
    rect = [TITLE("AVIS RECTIFICATIF", "Ardelle Habitat – AH-2027-ENT – Entretien et petites réparations"),
            P("Le présent avis modifie l'avis de marché publié le 4 septembre 2027 et le CCAP."),
            P("Lot 2 – Électricité : le montant maximum de chaque période de reconduction (1re et 2e reconductions) "
              "est porté de 75 000 € HT à 95 000 € HT. Le montant maximum de la période initiale (150 000 € HT) est "
              "inchangé."),
            P("Les autres lots ne sont pas modifiés. La date limite de réception des offres est maintenue.")]
    bpu = [TITLE("Ardelle Habitat", "BORDEREAU DES PRIX UNITAIRES – LOT 4", "Peinture et revêtements de sols"),
           RTAB([["Réf.", "Désignation", "Unité", "Prix € HT"],
                 ["4.01", "Taux horaire de main-d'œuvre (compagnon peintre)", "heure", "42,00"],
                 ["4.02", "Peinture acrylique deux couches sur murs", "m²", ""],
                 ["4.03", "Dépose et pose de sol PVC", "m²", ""],
                 ["4.04", "Déplacement (forfait par intervention)", "forfait", ""]],
                widths=[0.1, 0.55, 0.15, 0.2], align="lllr"),
           P("Les taux horaires s'appliquent aux travaux en régie, de 8 h à 17 h. Majoration de 50 % au-delà.")]
    La = L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13", allotissement=1, nb_lots=5,
           montant_estime_ht=1200000,
           evidence=["Valeur estimée (HT) : 1 200 000 euros", "Lot 5 : nettoyage après travaux et débarras",
                     "le lot 5 est réservé aux structures d'insertion par l'activité économique en application de l'article L. 2113-13",
                     "les lots 1 à 4 comportent une clause d'insertion"])
    Lc = L(clause_sociale=1, clause_insertion=1, heures_insertion=2480, marche_reserve=1, reserve_base="L2113-13",
           allotissement=1, nb_lots=5, montant_max_ht=1440000,
           evidence=["aux cinq lots", "(article L. 2113-13 du code", "1 – Plomberie-sanitaire 180~000 90~000 90~000",
                     "[maximums : 360 + 300 + 240 + 400 + 140 = 1 440 k€ ; heures (150+120+100+250) x 4 ans = 2 480]",
                     "Lot 4 250"])
    Lx = L(allotissement=1,
           evidence=["Lot 2 – Électricité : le montant maximum de chaque période de reconduction"])
    return dict(id="d08", title="Ardelle Habitat – entretien (5 lots, maxima par lot et période, heures par an, rectificatif)",
                pieces=[PIECE("Avis_BOAMP_AH-2027-ENT.txt", "AVIS", hd, "Avis", avis, La),
                        PIECE("CCAP_AH-2027-ENT.pdf", "CCAP", hd, "CCAP", ccap, Lc),
                        PIECE("Avis_rectificatif_AH-2027-ENT.txt", "AVIS", hd, "Avis rectificatif", rect, Lx),
                        PIECE("BPU_lot4_AH-2027-ENT.docx", "BPU", hd, "BPU lot 4", bpu, L(allotissement=1, evidence=["LOT 4"]))],
                pos=["clause_sociale", "clause_insertion", "marche_reserve"],
                values=V(heures_insertion=2480, allotissement=1, nb_lots=5, montant_estime_ht=1200000,
                         montant_max_ht=1480000, reserve_base="L2113-13"),
                note="Maximum : tableau du CCAP par lot et par période (2 ans + 1 an + 1 an), sans total : 1 440 000 ; "
                     "l'avis rectificatif porte chaque reconduction du lot 2 de 75 000 à 95 000 : 1 480 000 € HT. "
                     "Heures : par lot et PAR AN (150, 120, 100, 250) sur quatre années d'exécution (2 + 1 + 1) : "
                     "620 x 4 = 2 480 (non écrit). Estimation : avis, 1 200 000. Réservation : la case « ateliers "
                     "protégés » est cochée, mais l'article cité (L. 2113-13, SIAE) prime : L2113-13. Pièges : taux "
                     "horaire 42 €, intervention sous 4 heures, pénalités 35 €/heure et 80 €/heure, assurance.")


# d09 ------------------------------------------------------------------------------------------
def d09():
    c = C("la Région Armance", "Corvel", delai=30, profil="https://marches.region-armance-exemple.fr", ref="RA-ACC-2027")
    hd = "Région Armance – Accompagnement vers l'emploi – RA-ACC-2027"
    rc = [TITLE("Région Armance", "RÈGLEMENT DE LA CONSULTATION",
                "Accompagnement renforcé vers l'emploi de personnes en recherche d'emploi", "RA-ACC-2027"),
          *A("Objet",
             "La consultation porte sur l'accompagnement individuel et collectif de personnes en recherche d'emploi "
             "vers l'emploi durable ou la formation qualifiante. Il s'agit de services sociaux et autres services "
             "spécifiques au sens de l'article R. 2123-1, 3° du code de la commande publique."),
          *A("Lots",
             "La consultation comporte trois lots géographiques et thématiques :",
             ["lot 1 – bassin de Corvel ;", "lot 2 – bassin des Hautes-Terres ;",
              "lot 3 – accompagnement des personnes placées sous main de justice."]),
          *A("Lot réservé",
             "Le lot 3 est réservé, en application de l'article L. 2113-15 du code de la commande publique, aux "
             "entreprises de l'économie sociale et solidaire et aux structures équivalentes qui poursuivent une "
             "mission de service public liée à la prestation."),
          *A("Montants",
             "Chaque lot donne lieu à un accord-cadre à bons de commande d'une durée de trois ans. La valeur estimée "
             "du besoin sur trois ans est de 950~000 € HT. Les montants maximums sont les suivants : lot 1 : "
             "520~000 € HT ; lot 2 : 380" + SB + "000 € HT ; lot 3 : 240~000 € HT, soit 1" + SB + "140~000 € HT pour l'ensemble "
             "des lots et toute la durée des accords-cadres."),
          *A("Critères",
             "Prix : 40 % ; méthodologie d'accompagnement : 45 % ; moyens humains et implantation : 15 %."),
          *f_candidature(c, 1),
          *f_remise(c, "30 juin 2027")]
    ccap = [TITLE("Région Armance", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accompagnement vers l'emploi – lots 1 à 3"),
            *A("Objet", "Le présent CCAP est commun aux trois lots de la consultation RA-ACC-2027."),
            *f_pieces(c),
            *A("Durée", "Trois ans à compter de la notification, sans reconduction."),
            *A("Montants",
               "Pour chaque lot, le montant minimum est de 60" + SB + "000 € HT et le montant maximum est celui fixé au "
               "règlement de la consultation, pour toute la durée de l'accord-cadre."),
            *A("Unité d'œuvre et prix",
               "L'unité d'œuvre est le parcours d'accompagnement, qui comprend 120 heures d'accompagnement individuel "
               "et collectif sur six mois. Le prix horaire de référence retenu pour le calcul des avenants éventuels "
               "est de 58 € HT."),
            *A("Indicateurs", "Le titulaire rend compte chaque trimestre du nombre de personnes accompagnées, des "
               "sorties vers l'emploi ou la formation et des abandons. Pénalité pour rapport non remis : 150 € par "
               "semaine de retard."),
            *f_rgpd(c),
            *f_assur(c, "1~500~000 €", 1),
            *f_paiement(c, 1),
            *f_litiges(c)]
    cctp = [TITLE("Région Armance", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Accompagnement renforcé vers l'emploi"),
            H("1. Publics"),
            P("Demandeurs d'emploi de longue durée, bénéficiaires du RSA, jeunes de moins de 26 ans sans qualification "
              "et, pour le lot 3, personnes placées sous main de justice. Volume prévisionnel : 1 200 personnes sur "
              "trois ans, tous lots confondus."),
            H("2. Contenu du parcours"),
            LST(["diagnostic et projet professionnel (10 heures) ;",
                 "ateliers collectifs de techniques de recherche d'emploi ;",
                 "périodes de mise en situation en milieu professionnel (jusqu'à 350 heures par personne) ;",
                 "suivi dans l'emploi pendant trois mois."]),
            H("3. Accueil du public"),
            P("Les lieux d'accueil sont ouverts au public du lundi au vendredi de 9 h à 17 h, et au moins une soirée "
              "par semaine jusqu'à 19 h."),
            H("4. Lot 3"),
            P("Le titulaire du lot 3 intervient au centre pénitentiaire de Corvel et en milieu ouvert, en lien avec le "
              "service pénitentiaire d'insertion et de probation.")]
    Lr = L(marche_reserve=1, reserve_base="L2113-15", allotissement=1, nb_lots=3, montant_estime_ht=950000,
           montant_max_ht=1140000,
           evidence=["La consultation comporte trois lots", "Le lot 3 est réservé, en application de l'article L. 2113-15",
                     "La valeur estimée du besoin sur trois ans est de 950~000 € HT",
                     "soit 1~140~000 € HT pour l'ensemble des lots"])
    Lc = L(allotissement=1, nb_lots=3, evidence=["commun aux trois lots"])
    Lt = L(allotissement=1, evidence=["pour le lot 3, personnes placées sous main de justice"])
    return dict(id="d09", title="Région Armance – accompagnement vers l'emploi (objet d'insertion, lot 3 réservé ESS)",
                pieces=[PIECE("RC_RA-ACC-2027.pdf", "RC", hd, "RC", rc, Lr),
                        PIECE("CCAP_RA-ACC-2027.pdf", "CCAP", hd, "CCAP", ccap, Lc, cols=2),
                        PIECE("CCTP_RA-ACC-2027.docx", "CCTP", hd, "CCTP", cctp, Lt)],
                pos=["marche_reserve"],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=950000, montant_max_ht=1140000,
                         reserve_base="L2113-15"),
                note="Maximum : RC, par lot en prose avec total écrit (1 140 000 € HT). Estimation : RC, 950 000. Lot 3 "
                     "réservé L2113-15 (ESS, services sociaux). Pièges : l'OBJET est l'accompagnement vers l'emploi, "
                     "ce n'est pas une clause d'insertion, d'où aucune heure d'insertion malgré « 120 heures "
                     "d'accompagnement », « 350 heures » de mise en situation, « 10 heures », 1 200 personnes ; "
                     "minimum 60 000 par lot, prix horaire 58 €, horaires d'accueil, pénalité, assurance.")


# d10 ------------------------------------------------------------------------------------------
def d10():
    c = C("la Commune de Vaux-la-Salière", "Bréval", ccag="travaux", delai=30, profil="https://vaux-la-saliere-exemple.fr",
          ref="VLS-VOI-27")
    hd = "Commune de Vaux-la-Salière – Travaux de voirie – VLS-VOI-27"
    avis = [TITLE("Avis d'appel public à la concurrence", "Commune de Vaux-la-Salière"),
            P("Objet du marché : travaux d'entretien et de grosses réparations de la voirie communale et des trottoirs "
              "(accord-cadre à bons de commande)."),
            P("Lieu d'exécution : territoire communal. Type : travaux. Procédure adaptée."),
            P("Division en lots : non. Le marché est passé en lot unique, les prestations n'étant pas dissociables."),
            P("Valeur estimée : 1 500 000 € HT sur quatre ans."),
            P("Clause sociale : le titulaire devra réaliser 1 000 heures d'insertion sur la durée de l'accord-cadre."),
            P("Critères d'attribution : prix 60 %, valeur technique 40 %."),
            P("Réception des offres : 20 novembre 2026 à 17 h.")]
    ccap = [TITLE("Commune de Vaux-la-Salière", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre de travaux de voirie – VLS-VOI-27"),
            *A("Objet", "Travaux d'entretien et de grosses réparations de la voirie communale, exécutés par bons de "
               "commande."),
            *f_pieces(c, 1),
            *A("Durée", "L'accord-cadre couvre les années 2027 à 2030. Chaque année civile constitue une période "
               "d'exécution."),
            *A("Montants annuels",
               "Les montants minimum et maximum sont fixés par année :"),
            RTAB([["Année", "Minimum (k€ HT)", "Maximum (k€ HT)"],
                  ["2027", "100", "450"], ["2028", "100", "450"], ["2029", "100", "450"], ["2030", "100", "450"],
                  ["Total", "400", "1~800"]], widths=[0.4, 0.3, 0.3], align="lrr", bold_last=True),
            P("Un bon de commande ne peut excéder 100~000 € HT."),
            *A("Insertion professionnelle",
               "Le titulaire consacre à l'insertion de personnes éloignées de l'emploi 250 heures de travail par année "
               "d'exécution. Pénalité : 30 € HT par heure non réalisée."),
            *A("Matériaux et déchets",
               "Les enrobés mis en œuvre contiennent au moins 30 % d'agrégats d'enrobés recyclés. Les déblais et "
               "fraisats sont orientés vers une installation de valorisation ; les bordereaux de suivi sont remis au "
               "maître d'ouvrage."),
            *A("Délais", "Intervention d'urgence sous 48 heures ; travaux programmés dans le délai fixé par le bon de "
               "commande. Le chantier est ouvert de 7 h 30 à 17 h."),
            *f_assur(c, "3~000~000 €"),
            *f_paiement(c, 1),
            *f_litiges(c, 1)]
    rect = [TITLE("Avis rectificatif", "Commune de Vaux-la-Salière – VLS-VOI-27"),
            P("Modification du CCAP, article 4 (montants annuels) : le montant maximum de l'année 2030 est porté de "
              "450 000 € HT à 520 000 € HT. Les montants des années 2027 à 2029 et les minimums sont inchangés."),
            P("Date limite de réception des offres inchangée : 20 novembre 2026 à 17 h.")]
    bpu = [TITLE("Commune de Vaux-la-Salière", "BORDEREAU DES PRIX UNITAIRES", "Travaux de voirie"),
           RTAB([["N°", "Désignation", "Unité", "Prix € HT"],
                 ["1", "Rabotage de chaussée", "m²", ""], ["2", "Enrobé BBSG 0/10 mis en œuvre", "tonne", ""],
                 ["3", "Bordure T2 fournie et posée", "ml", ""],
                 ["4", "Heure de main-d'œuvre (compagnon)", "heure", "48,00"],
                 ["5", "Heure de camion 19 t avec chauffeur", "heure", "75,00"]],
                widths=[0.08, 0.57, 0.15, 0.2], align="lllr")]
    La = L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, allotissement=0, montant_estime_ht=1500000,
           evidence=["Division en lots : non", "Valeur estimée : 1 500 000 € HT sur quatre ans",
                     "le titulaire devra réaliser 1 000 heures d'insertion"])
    Lc = L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, clause_environnementale=1, montant_max_ht=1800000,
           evidence=["Total 400 1~800", "250 heures de travail par année d'exécution", "[250 x 4 années = 1 000]",
                     "au moins 30 % d'agrégats d'enrobés recyclés"])
    Lx = L(evidence=[])
    return dict(id="d10", title="Commune de Vaux-la-Salière – voirie (non alloti, maxima annuels en k€, rectificatif sur 2030)",
                pieces=[PIECE("AAPC_VLS-VOI-27.txt", "AVIS", hd, "Avis", avis, La),
                        PIECE("CCAP_VLS-VOI-27.pdf", "CCAP", hd, "CCAP", ccap, Lc, hyphen=True),
                        PIECE("Avis_rectificatif_VLS-VOI-27.txt", "AVIS", hd, "Rectificatif", rect, Lx),
                        PIECE("BPU_VLS-VOI-27.docx", "BPU", hd, "BPU", bpu, L())],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=1000, allotissement=0, montant_estime_ht=1500000, montant_max_ht=1870000),
                note="Maximum : tableau du CCAP en k€ HT par année avec total écrit (1 800) ; l'avis rectificatif porte "
                     "2030 de 450 000 à 520 000, le total écrit devient faux : 450 x 3 + 520 = 1 870 000 € HT. Heures : "
                     "l'avis écrit 1 000 heures ; le CCAP, 250 par année sur quatre années : même valeur, comptée une "
                     "fois. Estimation : avis, 1 500 000. Non alloti. Pièges : minimums (total 400), plafond de "
                     "100 000 par bon, taux horaires du BPU, 48 heures, pénalité 30 €/heure, assurance.")


# d11 ------------------------------------------------------------------------------------------
def d11():
    c = C("la Communauté d'agglomération du Pays de Brennes", "Brennes", delai=30,
          profil="https://marches.agglo-brennes-exemple.fr", ref="CAPB-IMP-27")
    hd = "Agglomération du Pays de Brennes – Impression – CAPB-IMP-27"
    rc = [TITLE("Communauté d'agglomération du Pays de Brennes", "Règlement de la consultation",
                "Travaux d'impression et de façonnage"),
          H("1 – Objet et lots"),
          P("La consultation porte sur l'impression des supports de communication de l'agglomération. Elle est "
            "allotie comme suit : lot 1 – impression offset et numérique grand volume (magazine, guides) ; lot 2 – "
            "petits travaux d'impression, façonnage et mise sous pli."),
          H("2 – Lot réservé"),
          P("Le lot 2 est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail, "
            "ainsi qu'aux structures équivalentes employant une proportion minimale de 50 % de travailleurs "
            "handicapés."),
          H("3 – Critères de sélection des offres"),
          LST(["Prix : 50 %", "Valeur technique : 35 %",
               "Performance environnementale (papier, encres, transport) : 15 %"]),
          H("4 – Remise des offres"),
          P("Avant le 9 juillet 2027 à 12 h, sur le profil d'acheteur. Délai de validité des offres : 90 jours.")]
    ccap = [TITLE("Communauté d'agglomération du Pays de Brennes", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accords-cadres d'impression – lots 1 et 2"),
            *A("Objet", "Le présent CCAP régit les deux lots de la consultation CAPB-IMP-27."),
            *f_pieces(c),
            *A("Durée", "Chaque accord-cadre est conclu pour un an à compter du 1er septembre 2027. Il est "
               "reconductible deux fois par période d'un an."),
            *A("Montants",
               "Le montant maximum des commandes est fixé comme suit :",
               ["lot 1 : 60~000 € HT par période annuelle ;", "lot 2 : 25~000 € HT par période annuelle."],
               "Le montant minimum est de 5~000 € HT par période annuelle pour chaque lot."),
            *A("Prolongation",
               "Au terme de la dernière période annuelle, l'accord-cadre peut être prolongé de six mois au plus afin "
               "d'assurer la continuité du service. Les commandes de cette période de prolongation sont limitées à "
               "30~000 € HT pour le lot 1 et à 12~500 € HT pour le lot 2."),
            *A("Exigences environnementales",
               "Le titulaire est labellisé Imprim'Vert ou justifie de pratiques équivalentes (gestion des déchets "
               "dangereux, absence de produits toxiques). Les papiers sont recyclés ou issus de forêts gérées "
               "durablement ; les encres sont à base végétale."),
            *A("Délais", "Bon à tirer sous 24 heures ; livraison dans les 72 heures suivant le BAT. Pénalité : 1/500 "
               "du montant du bon de commande par jour de retard."),
            *f_assur(c, "750~000 €", 1),
            *f_paiement(c),
            *f_litiges(c)]
    ae = [TITLE("Agglomération du Pays de Brennes", "ACTE D'ENGAGEMENT – LOT 1",
                "Impression offset et numérique grand volume"),
          P("Le titulaire s'engage à exécuter les prestations du lot 1 aux prix de son bordereau."),
          P("Montant maximum annuel : 72 000 € TTC. Durée : un an, reconductible deux fois."),
          P("Signature : ........................")]
    bpu = [TITLE("Agglomération du Pays de Brennes", "BORDEREAU DES PRIX – LOT 2", "Petits travaux, façonnage, mise sous pli"),
           TAB([["Désignation", "Quantité", "Prix € HT"],
                ["Cartes de visite (lot de 100)", "1", ""], ["Affiches A3 couleur", "100", ""],
                ["Mise sous pli (le mille)", "1", ""], ["Heure de façonnage manuel", "1", ""]],
               widths=[0.6, 0.2, 0.2], align="lrr")]
    Lr = L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=2,
           evidence=["Elle est allotie comme suit", "lot 2 – petits travaux",
                     "Le lot 2 est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail",
                     "Performance environnementale (papier, encres, transport) : 15 %"])
    Lc = L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=297500,
           evidence=["les deux lots", "lot 1 : 60~000 € HT par période annuelle", "lot 2 : 25~000 € HT par période annuelle",
                     "30~000 € HT pour le lot 1 et à 12~500 € HT pour le lot 2",
                     "[(60 000 + 25 000) x 3 + 30 000 + 12 500 = 297 500]",
                     "Le titulaire est labellisé Imprim'Vert"])
    La = L(allotissement=1, evidence=["ACTE D'ENGAGEMENT – LOT 1"])
    Lb = L(allotissement=1, evidence=["BORDEREAU DES PRIX – LOT 2"])
    return dict(id="d11", title="Agglomération du Pays de Brennes – impression (2 lots, prolongation de six mois, lot réservé sans article)",
                pieces=[PIECE("RC_CAPB-IMP-27.docx", "RC", hd, "RC", rc, Lr),
                        PIECE("CCAP_CAPB-IMP-27.pdf", "CCAP", hd, "CCAP", ccap, Lc),
                        PIECE("AE_lot1_CAPB-IMP-27.docx", "AE", hd, "AE lot 1", ae, La),
                        PIECE("BPU_lot2_CAPB-IMP-27.docx", "BPU", hd, "BPU lot 2", bpu, Lb)],
                pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_max_ht=297500, reserve_base="L2113-12"),
                note="Maximum : CCAP, maximum par période annuelle et par lot (liste), trois périodes, plus une "
                     "prolongation de six mois plafonnée par lot : (60 000 + 25 000) x 3 + 30 000 + 12 500 = 297 500 € HT "
                     "(non écrit). Réservation du lot 2 par les mots seuls (EA, ESAT, travailleurs handicapés) : "
                     "L2113-12. Pas d'estimation. Pièges : AE en TTC seul (72 000 € TTC par an), minimum 5 000, "
                     "« 50 % de travailleurs handicapés », délais en heures, pénalité au 1/500, assurance 750 000.")


# d12 ------------------------------------------------------------------------------------------
def d12():
    c = C("la Communauté de communes Cœur de Sarnoise", "Sarnay", ccag="travaux", delai=30,
          profil="https://marches.coeur-sarnoise-exemple.fr", ref="CCS-GYM-27")
    hd = "Communauté de communes Cœur de Sarnoise – Gymnase intercommunal – CCS-GYM-27"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Construction d'un gymnase intercommunal à Sarnay"),
            P("Acheteur : Communauté de communes Cœur de Sarnoise."),
            P("Objet : construction d'un gymnase de type C avec tribune de 200 places."),
            P("Procédure : procédure adaptée (article R. 2123-1 du code de la commande publique)."),
            P("Allotissement : 8 lots (VRD ; gros œuvre ; charpente métallique ; couverture-bardage ; menuiseries ; "
              "sols sportifs ; plâtrerie-peinture ; CVC-plomberie-électricité)."),
            P("Valeur estimée : 2 940 000 € HT, tous lots confondus."),
            P("Clause sociale : une clause d'insertion s'applique aux lots 1, 2, 4 et 7, pour un total d'environ "
              "1 900 heures."),
            P("Critères : prix 50 %, valeur technique 40 %, insertion professionnelle 10 %."),
            P("Informations complémentaires : le coût total de l'opération, honoraires compris, est de 4 200 000 € TTC. "
              "Date limite : 16 avril 2027, 12 h.")]
    rc = [TITLE("Communauté de communes Cœur de Sarnoise", "RÈGLEMENT DE LA CONSULTATION",
                "Construction d'un gymnase intercommunal – CCS-GYM-27"),
          *A("Objet", "Construction d'un gymnase intercommunal à Sarnay, rue des Acacias."),
          *A("Décomposition en lots",
             "Les travaux sont répartis en huit lots. L'estimation de la maîtrise d'œuvre est la suivante : "
             "lot 1, terrassement et VRD, 310~000 € HT ; lot 2, gros œuvre, 980" + SB + "000 € HT ; lot 3, charpente "
             "métallique, 420" + SB + "000 € HT ; lot 4, couverture et bardage, 365" + SB + "000 € HT ; lot 5, menuiseries "
             "extérieures et intérieures, 140~000 € HT ; lot 6, sols sportifs, 185~000 € HT ; lot 7, plâtrerie "
             "et peinture, 210" + SB + "000 € HT ; lot 8, chauffage, ventilation, plomberie et électricité, 330" + SB + "000 € HT."),
          *A("Critères d'attribution",
             "Pour chaque lot : prix 50 % ; valeur technique 40 % ; performances en matière d'insertion "
             "professionnelle (pour les lots 1, 2, 4 et 7 ; pour les autres lots, ces 10 % s'ajoutent à la valeur "
             "technique) 10 %."),
          *f_candidature(c),
          *f_remise(c, "16 avril 2027"),
          *A("Visite", "Une visite du terrain est organisée le 25 mars 2027 à 10 h.")]
    ccap = [TITLE("Communauté de communes Cœur de Sarnoise", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Gymnase intercommunal – CCAP commun aux huit lots"),
            *A("Objet", "Le présent CCAP est commun aux huit lots de l'opération."),
            *f_pieces(c),
            *A("Délais", "Le délai global des travaux est de douze mois, dont un mois de préparation. Horaires de "
               "chantier : 7 h 30 – 18 h, du lundi au vendredi."),
            *A("Clause d'insertion",
               "Les titulaires des lots désignés ci-dessous réservent à des personnes éloignées de l'emploi le nombre "
               "d'heures de travail suivant :"),
            RTAB([["Lot", "Heures d'insertion"], ["1 – Terrassement, VRD", "350"], ["2 – Gros œuvre", "900"],
                  ["4 – Couverture, bardage", "300"], ["7 – Plâtrerie, peinture", "350"], ["Total", "1~900"]],
                 widths=[0.6, 0.4], align="lr", bold_last=True),
            P("Pénalité : 50 € HT par heure non réalisée. Le facilitateur de la Maison de l'emploi de Sarnay assiste "
              "les entreprises."),
            *A("Déchets de chantier",
               "Les déchets sont triés sur le chantier en au moins cinq flux (inertes, bois, métaux, plâtre, déchets "
               "non dangereux en mélange) ; les bordereaux de suivi sont remis au maître d'œuvre chaque mois."),
            *A("Retenue de garantie", "5 % du montant du marché, remplaçable par une garantie à première demande."),
            *f_assur(c, "6~000~000 €"),
            *f_paiement(c, 1),
            *f_litiges(c)]
    qr = [TITLE("CCS-GYM-27", "Registre des questions et réponses n° 2 (8 avril 2027)"),
          P("Question : Le volume d'heures d'insertion du lot 4 paraît élevé pour un lot de couverture et bardage."),
          P("Réponse : Le volume d'heures d'insertion du lot 4 est ramené de 300 heures à 250 heures. Le total de "
            "l'opération est donc de 1 850 heures."),
          P("Question : Les entreprises peuvent-elles visiter le terrain après le 25 mars ?"),
          P("Réponse : Oui, sur rendez-vous pris au moins 24 heures à l'avance.")]
    ae = [TITLE("Communauté de communes Cœur de Sarnoise", "ACTE D'ENGAGEMENT – LOT 2 GROS ŒUVRE",
                "Gymnase intercommunal (opération en huit lots)"),
          P("Je m'engage à exécuter les travaux du lot 2 pour le prix global et forfaitaire de ............ € HT, "
            "soit ............ € TTC."),
          P("Je m'engage à réaliser les 900 heures d'insertion prévues au CCAP pour le lot 2."),
          P("Délai : selon le calendrier d'exécution.")]
    La = L(clause_sociale=1, clause_insertion=1, heures_insertion=1900, critere_social=1, allotissement=1, nb_lots=8,
           montant_estime_ht=2940000,
           evidence=["Allotissement : 8 lots", "Valeur estimée : 2 940 000 € HT, tous lots confondus",
                     "pour un total d'environ 1 900 heures", "insertion professionnelle 10 %"])
    Lr = L(critere_social=1, allotissement=1, nb_lots=8, montant_estime_ht=2940000,
           evidence=["Les travaux sont répartis en huit lots", "lot 1, terrassement et VRD, 310~000 € HT",
                     "[somme des huit lots = 2 940 000]", "performances en matière d'insertion professionnelle"])
    Lc = L(clause_sociale=1, clause_insertion=1, heures_insertion=1900, clause_environnementale=1, allotissement=1,
           nb_lots=8,
           evidence=["commun aux huit lots", "Total 1~900", "triés sur le chantier en au moins cinq flux"])
    Lq = L(clause_sociale=1, clause_insertion=1, heures_insertion=1850, allotissement=1,
           evidence=["Le volume d'heures d'insertion du lot 4 est ramené de 300 heures à 250 heures",
                     "Le total de l'opération est donc de 1 850 heures"])
    Le = L(clause_sociale=1, clause_insertion=1, heures_insertion=900, allotissement=1, nb_lots=8,
           evidence=["opération en huit lots", "Je m'engage à réaliser les 900 heures d'insertion"])
    return dict(id="d12", title="Communauté de communes Cœur de Sarnoise – gymnase (8 lots, heures par lot, Q/R modifiant un lot)",
                pieces=[PIECE("AAPC_CCS-GYM-27.txt", "AVIS", hd, "Avis", avis, La),
                        PIECE("RC_CCS-GYM-27.pdf", "RC", hd, "RC", rc, Lr, hyphen=True),
                        PIECE("CCAP_CCS-GYM-27.pdf", "CCAP", hd, "CCAP", ccap, Lc),
                        PIECE("QR2_CCS-GYM-27.txt", "QR", hd, "Q/R", qr, Lq),
                        PIECE("AE_lot2_CCS-GYM-27.docx", "AE", hd, "AE lot 2", ae, Le)],
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=1850, allotissement=1, nb_lots=8, montant_estime_ht=2940000),
                note="Estimation : RC, par lot en prose (huit montants, total non écrit) = 2 940 000, égal à la valeur "
                     "de l'avis. Heures : tableau du CCAP par lot, total écrit 1 900 ; le registre Q/R ramène le lot 4 "
                     "de 300 à 250 : 1 850 (écrit dans le Q/R). Pas de maximum (marchés de travaux ordinaires). "
                     "Pièges : coût de l'opération 4 200 000 € TTC, 200 places, « environ 1 900 » dans l'avis, "
                     "pénalité 50 €/heure, retenue 5 %, assurance 6 000 000, horaires, « 24 heures à l'avance ».")


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
    # extraction-8 : mêmes clés que le dossiers.yml de blind_values_13 (trois catégories sociales)
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
    head = ("# Jeu extraction-8 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de conflit entre pièces, le CCAP, le RC, l'AE, l'avis ou le registre des questions-réponses\n"
            "# priment sur le CCTP et ses annexes (voir note) ; un avis rectificatif ou un registre des questions-réponses,\n"
            "# postérieurs, priment sur la pièce dont ils modifient un chiffre.\n")
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
