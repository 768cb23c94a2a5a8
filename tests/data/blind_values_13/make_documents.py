#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_13 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_11/make_documents.py : lignes 25-660
(écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB,
césure forcée HY, aides de saisie, number_articles, C, A, _DOC_TYPES) et lignes 2619-2796
(extra_checks, build_piece, check_articles, _expect, main, qui écrivent dossiers.yml, expect et
labels.csv). Changements : SET_NAME, en-tête de dossiers.yml, et clés « considerations » de expect
limitées aux trois catégories sociales, comme dans le dossiers.yml de blind_values_11.
Les articles de remplissage neutres et les seize dossiers ont été écrits pour ce jeu.

Thème : le montant maximum HT de l'accord-cadre et les heures d'insertion répartis entre les pièces.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot court si le mot ne tient plus sur la ligne.

Usage : .venv/bin/python tests/data/blind_values_13/make_documents.py
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




# ----------------------------------------------------------------------------- remplissage (blind_values_13)
# Articles neutres écrits pour ce jeu : ni clause sociale ou environnementale, ni critère social ou
# environnemental, ni lots, ni montant maximum ou estimé de l'accord-cadre. Pièges volontaires : montants
# d'assurance, seuil de l'avance, plafond des pénalités, indemnité de 40 €, « sous 48 heures », « 12 heures ».

def f_pieces(c, v=0, bpu=True, cctp=True):
    items = ["l'acte d'engagement (AE) et, le cas échéant, ses annexes ;",
             "le présent cahier des clauses administratives particulières (CCAP) ;"]
    if cctp:
        items.append("le cahier des clauses techniques particulières (CCTP) ;")
    if bpu:
        items.append("le bordereau des prix unitaires (BPU) ;")
    items.append("le cahier des clauses administratives générales des marchés publics de %s (CCAG), "
                 "approuvé par l'arrêté du 30 mars 2021 ;" % c["ccag"])
    items.append("les bons de commande émis pendant la durée de l'accord-cadre.")
    if v == 0:
        return A("Pièces contractuelles",
                 "Les pièces contractuelles sont les suivantes, par ordre de priorité décroissant :", items,
                 "En cas de contradiction entre elles, la pièce de rang supérieur l'emporte.")
    return A("Documents contractuels",
             "L'accord-cadre est constitué des documents énumérés ci-dessous. Leur ordre fixe leur "
             "priorité en cas de discordance :", items)


def f_prix(c, v=0):
    if v == 0:
        return A("Forme et révision des prix",
                 "Les prestations sont rémunérées par application des prix unitaires du bordereau aux quantités "
                 "réellement commandées et exécutées. Les prix sont fermes pendant les douze premiers mois.",
                 "Ils sont ensuite révisés une fois par an, à la date anniversaire de la notification, par la "
                 "formule P = P0 × (0,15 + 0,85 × I / I0), où I0 est la valeur de l'indice désigné au bordereau "
                 "le mois de la remise des offres et I sa dernière valeur publiée.")
    if v == 1:
        return A("Prix",
                 "Les prix sont réputés comprendre toutes les charges, fournitures, frais de déplacement et "
                 "sujétions nécessaires à l'exécution. Ils sont révisables annuellement selon la formule indiquée "
                 "à l'acte d'engagement ; la révision ne peut être demandée avant le premier anniversaire de la "
                 "notification.")
    return A("Contenu et variation des prix",
             "Les prix unitaires s'entendent livraison comprise. Ils sont actualisés si plus de trois mois "
             "séparent la date de remise des offres du premier bon de commande, puis révisés chaque année "
             "selon la formule du bordereau. Aucun frais de dossier ou de facturation ne peut être ajouté.")


def f_paiement(c, v=0):
    if v == 0:
        return A("Règlement des comptes",
                 "Les demandes de paiement sont déposées sur le portail Chorus Pro. Elles rappellent la référence "
                 "de l'accord-cadre et le numéro du bon de commande.",
                 "Le délai global de paiement est de %d jours. Son dépassement fait courir de plein droit des "
                 "intérêts moratoires au taux de la Banque centrale européenne majoré de huit points, ainsi "
                 "qu'une indemnité forfaitaire de 40 € pour frais de recouvrement." % c["delai"])
    return A("Modalités de paiement",
             "Le titulaire facture après exécution complète de chaque bon de commande. Le comptable assignataire "
             "est le comptable public de %s. Les sommes dues sont réglées par virement dans un délai de %d jours "
             "à compter de la réception de la facture." % (c["qui"], c["delai"]))


def f_avance(c, v=0):
    return A("Avance",
             "Une avance est versée au titulaire pour tout bon de commande d'un montant supérieur à 50 000 € HT "
             "dont le délai d'exécution excède deux mois, sauf s'il y renonce dans son offre. Son taux et ses "
             "conditions de remboursement sont ceux prévus par le code de la commande publique.")


def f_penalites(c, v=0):
    if v == 0:
        return A("Pénalités",
                 "Tout retard dans l'exécution d'un bon de commande donne lieu, sans mise en demeure préalable, à "
                 "une pénalité de 120 € par jour calendaire de retard.",
                 "Le montant cumulé des pénalités appliquées à un même bon de commande ne peut dépasser 10 % de "
                 "son montant hors taxes.")
    if v == 1:
        return A("Pénalités de retard",
                 "Les pénalités de retard sont calculées par la formule P = V × R / 1 000, où V est la valeur "
                 "hors taxes des prestations en retard et R le nombre de jours de retard. Par dérogation au CCAG, "
                 "elles sont appliquées dès le premier euro et sont plafonnées à 8 % du montant hors taxes de la "
                 "commande en cause.")
    return A("Pénalités et réfactions",
             "En cas de prestation non conforme non reprise dans le délai fixé par l'acheteur, une réfaction de "
             "20 % est appliquée au prix de la prestation. Le retard de remise d'un rapport d'intervention "
             "entraîne une pénalité forfaitaire de 50 € par rapport.")


def f_assurances(c, v=0):
    if v == 0:
        return A("Assurances",
                 "Le titulaire justifie, dans les quinze jours qui suivent la notification, d'une assurance de "
                 "responsabilité civile professionnelle couvrant au moins 2 500 000 € par sinistre et "
                 "5 000 000 € par année d'assurance.")
    return A("Responsabilité et assurances",
             "Le titulaire est responsable des dommages causés aux personnes et aux biens à l'occasion de "
             "l'exécution. Il produit une attestation d'assurance de responsabilité civile d'un montant minimal "
             "de 1 500 000 € pour les dommages corporels et de 750 000 € pour les dommages matériels.")


def f_resiliation(c, v=0):
    return A("Résiliation",
             "Les stipulations du chapitre 9 du CCAG sont applicables. En cas de résiliation pour faute, les "
             "prestations restant à exécuter peuvent l'être aux frais et risques du titulaire.")


def f_litiges(c, v=0):
    return A("Règlement des différends",
             "Les parties recherchent d'abord un règlement amiable. À défaut, le tribunal administratif de %s "
             "est seul compétent." % c["ta"])


def f_rc_retrait(c, v=0):
    return A("Mise à disposition du dossier",
             "Le dossier de consultation est téléchargeable gratuitement et sans identification sur le profil "
             "d'acheteur %s. Les candidats qui s'identifient sont informés des modifications et des réponses "
             "aux questions." % c["profil"])


def f_rc_remise(c, v=0, date="15 mars 2027"):
    return A("Remise des plis",
             "Les plis sont transmis par voie électronique sur le profil d'acheteur au plus tard le %s à "
             "12 heures. Un pli reçu après cette heure n'est pas ouvert. La copie de sauvegarde est admise dans "
             "les conditions de l'arrêté du 22 mars 2019." % date,
             "Le délai de validité des offres est de 120 jours à compter de la date limite de remise.")


def f_rc_candidature(c, v=0):
    if v == 0:
        return A("Contenu de la candidature",
                 "Le candidat produit les formulaires DC1 et DC2, ou le document unique de marché européen, ainsi "
                 "que ses références de moins de trois ans pour des prestations comparables et la liste de ses "
                 "moyens humains et matériels.")
    return A("Pièces de la candidature",
             ["la lettre de candidature (DC1) ou un document équivalent ;",
              "la déclaration du candidat (DC2) ;",
              "une liste de références récentes avec les coordonnées des acheteurs ;",
              "les certificats de qualification professionnelle éventuels ou tout moyen de preuve équivalent."])


def f_rc_jugement(c, v=0, prix=60):
    return A("Jugement des offres",
             "L'offre économiquement la plus avantageuse est choisie selon les critères pondérés suivants :",
             ["prix des prestations, apprécié sur le détail quantitatif estimatif non contractuel : %d %% ;" % prix,
              "valeur technique, appréciée au vu du mémoire technique (organisation, moyens, délais) : %d %%."
              % (100 - prix)],
             "Une offre anormalement basse peut être rejetée après demande de précisions.")


def f_rc_nego(c, v=0):
    return A("Négociation",
             "L'acheteur peut attribuer l'accord-cadre sur la base des offres initiales. Il se réserve toutefois la "
             "possibilité de négocier avec les trois candidats les mieux classés ; la négociation peut porter sur "
             "tous les éléments de l'offre.")


def f_cctp_suivi(c, v=0):
    return A("Suivi de l'exécution",
             "Une réunion de lancement est organisée dans les quinze jours qui suivent la notification. Le "
             "titulaire désigne un interlocuteur unique joignable aux heures ouvrables. Tout incident est signalé "
             "au représentant de l'acheteur et fait l'objet d'un compte rendu écrit sous 48 heures.")


def f_cctp_securite(c, v=0):
    return A("Sécurité des intervenants",
             "Avant toute intervention, un plan de prévention est établi avec le responsable du site. Le personnel "
             "porte les équipements de protection individuelle adaptés et respecte les consignes propres à chaque "
             "bâtiment.")


def f_ae_titulaire(c, v=0):
    return A("Identification du titulaire",
             "Je soussigné(e) (nom, prénom, qualité) : …………………………………",
             "agissant pour le compte de la société (raison sociale, adresse, SIRET) : …………………………………",
             "après avoir pris connaissance des pièces du dossier de consultation, m'engage, sans réserve, à "
             "exécuter les prestations dans les conditions ci-après.")


def f_ae_compte(c, v=0):
    return A("Compte à créditer",
             "Les sommes dues sont versées au compte ouvert au nom du titulaire (joindre un relevé d'identité "
             "bancaire) : IBAN …………………………… BIC ……………")


def f_ae_signature(c, v=0):
    return A("Signatures",
             "Fait en un seul original, à ……………………, le ……………………",
             "Signature du titulaire (ou de son mandataire) :",
             "Acceptation de l'offre par %s — à ……………………, le …………………… — le représentant du pouvoir "
             "adjudicateur." % c["qui"])


# ============================================================================= dossiers
# d01 — maxima par période (période initiale et chaque reconduction avec son propre montant), AE en TTC seul.
def d01():
    c = C("la commune de Sarlières-en-Ombrée", "Vaudrenne", profil="https://marches.sarlieres-ombree.example",
          ref="2027-FS-03")
    buyer = "Commune de Sarlières-en-Ombrée"
    obj = "Fourniture de sel de déneigement et d'abrasifs"
    rc = [TITLE(buyer, "Règlement de la consultation", obj + " – accord-cadre à bons de commande",
                "Consultation n° 2027-FS-03 – procédure adaptée"),
          *A("Objet de la consultation",
             "La consultation porte sur la fourniture et la livraison de sel de déneigement, en vrac et en sacs de "
             "25 kg, ainsi que d'abrasifs (sable lavé, pouzzolane), destinés au service de la voirie communale."),
          *A("Forme et dévolution",
             "Il s'agit d'un accord-cadre mono-attributaire exécuté au moyen de bons de commande. Le marché n'est "
             "pas alloti : les produits sont livrés aux mêmes dépôts, par les mêmes véhicules et dans les mêmes "
             "délais, et ne se prêtent pas à des lots distincts."),
          *A("Durée",
             "L'accord-cadre court du 1er octobre 2027 au 30 septembre 2028. Il peut être reconduit tacitement "
             "trois fois par période de douze mois, sans que sa durée totale puisse excéder quatre ans. Les "
             "montants minimum et maximum de chaque période sont fixés à l'article 4 du cahier des clauses "
             "administratives particulières."),
          *f_rc_retrait(c), *f_rc_remise(c, date="6 juillet 2027"), *f_rc_candidature(c, 1),
          *f_rc_jugement(c, prix=60), *f_rc_nego(c)]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accord-cadre à bons de commande n° 2027-FS-03"),
            *A("Objet",
               "Le présent accord-cadre a pour objet la fourniture et la livraison de sel de déneigement et "
               "d'abrasifs aux dépôts municipaux des Granges et du Pré-Long."),
            *f_pieces(c, 0, cctp=False),
            *A("Durée",
               "L'accord-cadre comprend une période initiale allant du 1er octobre 2027 au 30 septembre 2028 et "
               "trois reconductions tacites de douze mois chacune. Le titulaire ne peut refuser la reconduction."),
            *A("Montants minimum et maximum par période",
               "Les montants ci-dessous sont fixés pour chaque période ; le montant non consommé d'une période ne "
               "se reporte pas sur la suivante.",
               ["période initiale : minimum 8~000~€~HT, maximum 70~000~€~HT ;",
                "première reconduction : minimum 8~000~€~HT, maximum 62~000~€~HT ;",
                "deuxième reconduction : minimum 6~000~€~HT, maximum 62~000~€~HT ;",
                "troisième reconduction : minimum 6~000~€~HT, maximum 46~000~€~HT."],
               "La baisse prévue pour la dernière période tient compte de la mise en service de la saleuse "
               "intercommunale. Le montant d'un même bon de commande ne peut excéder 15~000~€~HT."),
            *A("Livraisons",
               "En période de viabilité hivernale (du 15 novembre au 15 mars), les livraisons sont effectuées sous "
               "48 heures après l'envoi du bon de commande, et sous 24 heures en cas d'alerte météorologique de "
               "niveau orange. Les dépôts sont ouverts du lundi au vendredi de 7 heures à 16 heures."),
            *A("Conditionnements et stockage",
               "Les sacs sont livrés sur palettes consignées. À chaque livraison, le titulaire reprend les "
               "palettes et les big-bags vides et les oriente vers le réemploi ou le recyclage ; il en remet le "
               "justificatif chaque trimestre. Le sel qu'il stocke pour le compte de la commune est couvert, afin "
               "d'éviter tout lessivage vers les fossés et les cours d'eau."),
            *f_prix(c, 0), *f_paiement(c, 0), *f_penalites(c, 0), *f_assurances(c, 1), *f_litiges(c)]
    ae = [TITLE(buyer, "Acte d'engagement", obj, "Accord-cadre n° 2027-FS-03"),
          *f_ae_titulaire(c),
          *A("Prix",
             "Les fournitures sont rémunérées par application des prix unitaires du bordereau, que je complète et "
             "qui est joint au présent acte."),
          *A("Montants",
             "L'accord-cadre est conclu avec les montants minimum et maximum par période fixés à l'article 4 du "
             "CCAP, soit, toutes périodes confondues, un montant maximum de 288~000~€~TTC (TVA au taux de 20 %)."),
          *A("Durée",
             "La durée est celle de l'article 3 du CCAP : une période initiale et trois reconductions tacites de "
             "douze mois."),
          *f_ae_compte(c), *f_ae_signature(c)]
    bpu = [TITLE(buyer, "Bordereau des prix unitaires", obj, "Accord-cadre n° 2027-FS-03"),
           P("Les prix sont exprimés en euros hors taxes, livraison comprise au dépôt désigné sur le bon de "
             "commande. Les quantités annuelles ne sont données qu'à titre indicatif et n'engagent pas la commune."),
           TAB([["N°", "Désignation", "Unité", "Quantité annuelle indicative", "Prix unitaire HT"],
                ["1", "Sel de déneigement en vrac, calibre 0/6", "tonne", "180", ""],
                ["2", "Sel de déneigement en sacs de 25 kg sur palette", "sac", "1 200", ""],
                ["3", "Sable lavé 0/4", "tonne", "40", ""],
                ["4", "Pouzzolane 3/6", "tonne", "25", ""],
                ["5", "Livraison urgente (alerte orange), forfait", "livraison", "6", ""]],
               widths=[0.6, 3.4, 1.0, 1.6, 1.4], align="llrrr"),
           P("Indice de révision : indice des prix de production de l'industrie française pour le marché français "
             "des produits chimiques de base, publié par l'Insee.")]
    head = buyer + " – %s 2027-FS-03"
    return dict(
        id="d01", title="Commune de Sarlières-en-Ombrée – sel de déneigement (accord-cadre à bons de commande)",
        pieces=[
            PIECE("RC_2027-FS-03.pdf", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(allotissement=0, evidence=["Le marché n'est pas alloti"])),
            PIECE("CCAP_2027-FS-03.pdf", "CCAP", head % "CCAP", "CCAP – sel de déneigement", ccap,
                  L(clause_environnementale=1, montant_max_ht=240000,
                    evidence=["maximum 70 000 € HT", "maximum 62 000 € HT", "maximum 46 000 € HT",
                              "[70 000 + 62 000 + 62 000 + 46 000 = 240 000]",
                              "le titulaire reprend les palettes et les big-bags vides"])),
            PIECE("AE_2027-FS-03.docx", "AE", head % "AE", "Acte d'engagement", ae, L()),
            PIECE("BPU_2027-FS-03.docx", "BPU", head % "BPU", "Bordereau des prix unitaires", bpu, L()),
        ],
        pos=["clause_environnementale"],
        values=V(allotissement=0, montant_max_ht=240000),
        note="Maximum : le CCAP donne un maximum propre à chaque période (liste) : 70 000 (période initiale), "
             "62 000 (1re reconduction), 62 000 (2e), 46 000 (3e), sans total écrit ; 70 000 + 62 000 + 62 000 + "
             "46 000 = 240 000. Pièges : minima par période (8 000 et 6 000) ; plafond de 15 000 € HT par bon de "
             "commande ; l'AE n'écrit que le total TTC (288 000 € TTC), pièce vide ; indemnité de 40 € ; "
             "« sous 48 heures », « 7 heures à 16 heures » (pas d'insertion). Non alloti (RC). Clause "
             "environnementale : reprise des palettes et big-bags (CCAP).")


# d02 — maximum annuel au CCAP, nombre de reconductions à l'AE seul ; heures par an sans durée ni total.
def d02():
    c = C("le syndicat intercommunal d'assainissement du Haut-Vernasson", "Vaudrenne",
          profil="https://achats.siahv.example", ref="SIA-2027-04")
    buyer = "Syndicat intercommunal d'assainissement du Haut-Vernasson"
    obj = "Entretien des abords des stations d'épuration et des postes de relèvement"
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation SIA-2027-04 – procédure adaptée"),
          *A("Objet",
             "La consultation a pour objet l'entretien des espaces enherbés, des haies et des clôtures qui "
             "entourent les quatre stations d'épuration et les onze postes de relèvement du syndicat."),
          *A("Dévolution",
             "Le marché est passé en lot unique. Il prend la forme d'un accord-cadre à bons de commande conclu "
             "avec un seul opérateur économique."),
          *A("Durée",
             "La durée de l'accord-cadre et ses éventuelles reconductions sont fixées à l'article 3 de l'acte "
             "d'engagement."),
          *A("Visite des sites",
             "Une visite des stations de Vernasson-Bourg et des Aulnes est proposée le 9 février 2027 à "
             "10 heures. Elle est facultative."),
          *f_rc_retrait(c), *f_rc_remise(c, date="26 février 2027"), *f_rc_candidature(c, 0),
          *f_rc_jugement(c, prix=55)]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accord-cadre à bons de commande SIA-2027-04"),
            *A("Objet", "Le présent accord-cadre porte sur l'entretien des abords des ouvrages d'assainissement "
                        "du syndicat (tonte, fauchage, taille des haies, débroussaillage, petites réparations de "
                        "clôtures)."),
            *f_pieces(c, 1, bpu=True),
            *A("Durée",
               "L'accord-cadre est conclu pour une période d'un an à compter de sa notification. Le nombre et la "
               "durée des reconductions sont fixés par l'acte d'engagement."),
            *A("Montant",
               "L'accord-cadre est conclu sans montant minimum. Son montant maximum annuel est fixé à "
               "85~000~€~HT."),
            *A("Clause sociale d'insertion",
               "En application de l'article L. 2112-2 du code de la commande publique, le titulaire réserve, pour "
               "chaque année d'exécution, 120 heures de travail à des personnes rencontrant des difficultés "
               "sociales ou professionnelles particulières : demandeurs d'emploi de longue durée, bénéficiaires du "
               "RSA, jeunes de moins de 26 ans sans qualification, travailleurs handicapés.",
               "Il peut recourir à l'embauche directe, à la mise à disposition de salariés par une entreprise de "
               "travail temporaire d'insertion ou une association intermédiaire, ou à la sous-traitance à une "
               "structure d'insertion par l'activité économique. Le facilitateur du PLIE du Haut-Vernasson "
               "accompagne le titulaire et contrôle les heures réalisées. Chaque heure d'insertion non réalisée "
               "donne lieu à une pénalité de 45 € HT."),
            *A("Conditions d'intervention",
               "Les interventions ont lieu du lundi au vendredi entre 7 h 30 et 16 h 30. En cas de danger signalé "
               "(arbre menaçant, clôture arrachée), le titulaire intervient sous 48 heures."),
            *f_prix(c, 1), *f_paiement(c, 1), *f_penalites(c, 2), *f_litiges(c)]
    ae = [TITLE(buyer, "Acte d'engagement", obj, "Accord-cadre SIA-2027-04"),
          *f_ae_titulaire(c),
          *A("Prix", "Les prestations sont rémunérées aux prix unitaires du bordereau joint."),
          *A("Durée",
             "L'accord-cadre est conclu pour un an à compter de sa notification. Il est reconductible tacitement "
             "deux fois par période d'un an ; sa durée totale ne peut excéder trois ans. Le syndicat qui "
             "renonce à la reconduction en informe le titulaire au moins deux mois avant l'échéance."),
          *A("Montant",
             "L'accord-cadre est conclu sans minimum ; le maximum annuel est celui de l'article 4 du CCAP."),
          *f_ae_compte(c), *f_ae_signature(c)]
    cctp = [TITLE(buyer, "Cahier des clauses techniques particulières", obj, "Accord-cadre SIA-2027-04"),
            *A("Sites",
               "Les prestations portent sur les stations d'épuration de Vernasson-Bourg, des Aulnes, de "
               "Saint-Ortaire et du Gué-Pavé, et sur les onze postes de relèvement dont la liste est annexée. "
               "Les stations sont accessibles de 8 heures à 12 heures ; la clé des postes est retirée à l'accueil."),
            *A("Prestations",
               ["tonte des espaces engazonnés : six passages par an ;",
                "fauchage des talus et des lagunes : deux passages par an ;",
                "taille des haies : une fois par an, hors période de nidification ;",
                "petites réparations de clôtures et de portails, sur bon de commande."]),
            *A("Gestion écologique",
               "Le titulaire n'emploie aucun produit phytosanitaire. Le fauchage des talus n'a lieu qu'après le "
               "15 juillet, pour laisser la flore monter en graines. Les déchets verts sont broyés sur place ou "
               "apportés à la plateforme de compostage de Saint-Ortaire ; leur brûlage est interdit."),
            *f_cctp_suivi(c), *f_cctp_securite(c)]
    head = buyer + " – %s SIA-2027-04"
    return dict(
        id="d02", title="SIA du Haut-Vernasson – entretien des abords des ouvrages (accord-cadre)",
        pieces=[
            PIECE("RC_SIA-2027-04.docx", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(allotissement=0, evidence=["Le marché est passé en lot unique"])),
            PIECE("CCAP_SIA-2027-04.pdf", "CCAP", head % "CCAP", "CCAP SIA-2027-04", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=120, montant_max_ht=85000,
                    evidence=["Son montant maximum annuel est fixé à 85 000 € HT",
                              "le titulaire réserve, pour chaque année d'exécution, 120 heures de travail"]),
                  hyphen=True),
            PIECE("AE_SIA-2027-04.docx", "AE", head % "AE", "Acte d'engagement", ae, L()),
            PIECE("CCTP_SIA-2027-04.pdf", "CCTP", head % "CCTP", "CCTP SIA-2027-04", cctp,
                  L(clause_environnementale=1,
                    evidence=["Le titulaire n'emploie aucun produit phytosanitaire",
                              "Les déchets verts sont broyés sur place ou apportés à la plateforme de compostage"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(allotissement=0, montant_max_ht=255000, heures_insertion=120),
        note="Maximum : 85 000 € HT par an au CCAP, qui renvoie les reconductions à l'AE ; l'AE (sans chiffre) : "
             "un an reconductible tacitement deux fois, trois ans au plus, soit trois périodes. 85 000 × 3 = "
             "255 000. Le CCAP, qui ignore le nombre de périodes, reçoit 85 000. Heures : 120 heures « pour chaque "
             "année d'exécution » (CCAP), aucun total écrit nulle part : valeur retenue telle qu'écrite, 120, pour "
             "la pièce et pour le dossier (LABELS.md « as written » ; convention lue dans blind_values_11 : heures "
             "données seulement par an = valeur telle qu'écrite). Qui multiplierait par la durée obtiendrait 360 "
             "(voir doutes du README). Pièges : 45 € HT par heure non réalisée ; « sous 48 heures » ; « 8 heures "
             "à 12 heures » ; visite « à 10 heures ». Lot unique (RC).")


# d03 — maximum annuel au CCAP, durée « 48 mois » au RC ; estimation à l'avis.
def d03():
    c = C("la communauté d'agglomération du Val d'Ousson", "Castelnau-d'Ousson",
          profil="https://marches.valdousson.example", ref="CAVO-2027-11")
    buyer = "Communauté d'agglomération du Val d'Ousson"
    obj = "Location et maintenance de copieurs multifonctions"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Référence de l'avis : 27-041187",
                  "Département(s) de publication : 64"),
            H("SECTION 1 : IDENTIFICATION DE L'ACHETEUR"),
            P("Nom complet de l'acheteur : " + buyer),
            P("Type de Numéro national d'identification : SIRET ; N° : 200 000 000 00017"),
            P("Ville : Ousson-la-Ville ; Code postal : 64880 ; Groupement de commandes : Non"),
            H("SECTION 2 : COMMUNICATION"),
            P("Lien vers le profil d'acheteur : https://marches.valdousson.example"),
            H("SECTION 4 : IDENTIFICATION DU MARCHÉ"),
            P("Intitulé du marché : " + obj),
            P("Code CPV principal : 30121100 – Photocopieurs"),
            P("Type de marché : Fournitures"),
            P("Description succincte du marché : location, livraison, installation et maintenance de quatorze "
              "copieurs multifonctions pour les services de l'agglomération. Accord-cadre à bons de commande avec "
              "un maximum annuel fixé au CCAP."),
            P("Lieu principal d'exécution : Ousson-la-Ville et communes membres"),
            P("Durée du marché (en mois) : 48"),
            P("Valeur estimée (H.T.) : 128 000 euros"),
            P("La consultation comporte des tranches : Non"),
            P("Marché alloti : Non"),
            H("SECTION 5 : LOTS"),
            P("Marché alloti : Non"),
            H("SECTION 6 : INFORMATIONS COMPLÉMENTAIRES"),
            P("Visite obligatoire : Non"),
            P("Date limite de réception des offres : 28 avril 2027 à 12 heures")]
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation CAVO-2027-11 – appel d'offres ouvert"),
          *A("Objet",
             "La consultation porte sur la location de quatorze copieurs multifonctions neufs, leur livraison, "
             "leur installation en réseau et leur maintenance préventive et corrective, consommables compris, à "
             "l'exception du papier."),
          *A("Dévolution",
             "Le marché ne fait pas l'objet d'un allotissement : la location et la maintenance d'un même parc "
             "forment un ensemble indissociable, dont la division renchérirait le coût et compliquerait le suivi."),
          *A("Durée",
             "L'accord-cadre est conclu pour une durée de 48 mois à compter du 1er juillet 2027. Il n'est pas "
             "reconductible. Son montant est défini à l'article 5 du cahier des clauses administratives "
             "particulières."),
          *f_rc_retrait(c), *f_rc_remise(c, date="28 avril 2027"), *f_rc_candidature(c, 0),
          *A("Jugement des offres",
             "L'offre économiquement la plus avantageuse est appréciée selon les critères suivants :",
             ["prix, apprécié sur le coût total de location et de maintenance sur quatre ans : 50 % ;",
              "valeur technique (qualité des matériels, délais d'intervention, formation des référents) : 35 % ;",
              "performances environnementales des matériels (consommation électrique en veille et en "
              "fonctionnement, part de composants reconditionnés, reprise des consommables) : 15 %."])]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accord-cadre à bons de commande CAVO-2027-11"),
            *A("Objet", "Location et maintenance de copieurs multifonctions pour les services de l'agglomération."),
            *f_pieces(c, 0),
            *A("Durée",
               "La durée de l'accord-cadre est indiquée dans le règlement de la consultation et reprise à l'acte "
               "d'engagement. Les copieurs sont restitués à son terme sans frais pour l'acheteur."),
            *A("Forme de l'accord-cadre",
               "L'accord-cadre est exécuté au moyen de bons de commande pour l'ajout ou le retrait de matériels "
               "et pour les options d'équipement."),
            *A("Montant",
               "Le montant maximum des commandes est fixé à 37~500~€~HT par année contractuelle. Aucun montant "
               "minimum n'est fixé. Le loyer trimestriel de chaque copieur est celui du bordereau des prix."),
            *A("Maintenance",
               "Le titulaire intervient dans un délai de 8 heures ouvrées après l'appel. Un copieur immobilisé "
               "plus de trois jours ouvrés est remplacé par un matériel équivalent."),
            *f_penalites(c, 1),
            *A("Plafond annuel des pénalités",
               "Par exception, le total des pénalités d'une année contractuelle ne peut dépasser 5~000~€~HT."),
            *f_prix(c, 1), *f_paiement(c, 0), *f_assurances(c, 0), *f_resiliation(c), *f_litiges(c)]
    cctp = [TITLE(buyer, "Cahier des clauses techniques particulières", obj, "Accord-cadre CAVO-2027-11"),
            *A("Parc à installer",
               "Le parc comprend dix copieurs de moyenne capacité (30 pages par minute) et quatre copieurs de "
               "grande capacité (55 pages par minute), installés dans les neuf bâtiments de l'agglomération. Le "
               "volume mensuel de copies est estimé à 95 000 pages."),
            *A("Formation",
               "Le titulaire assure, à l'installation, 2 heures de formation des référents de chaque site, puis une "
               "session de rappel d'une heure au bout de six mois."),
            *A("Exigences environnementales",
               "Le titulaire collecte sans frais les cartouches, les bacs de récupération de toner et les pièces "
               "usagées et les remet à une filière de recyclage ; il en transmet le bilan annuel. Les copieurs "
               "sont paramétrés par défaut en impression recto verso et passent en veille après cinq minutes "
               "d'inactivité. Les matériels retirés au terme du marché sont repris pour reconditionnement."),
            *f_cctp_suivi(c)]
    head = buyer + " – %s CAVO-2027-11"
    return dict(
        id="d03", title="CA du Val d'Ousson – location et maintenance de copieurs (accord-cadre de 48 mois)",
        pieces=[
            PIECE("AVIS_CAVO-2027-11.txt", "AVIS", "", "", avis,
                  L(allotissement=0, montant_estime_ht=128000,
                    evidence=["Valeur estimée (H.T.) : 128 000 euros", "Marché alloti : Non"])),
            PIECE("RC_CAVO-2027-11.pdf", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(allotissement=0, critere_environnemental=1,
                    evidence=["Le marché ne fait pas l'objet d'un allotissement",
                              "performances environnementales des matériels"])),
            PIECE("CCAP_CAVO-2027-11.pdf", "CCAP", head % "CCAP", "CCAP CAVO-2027-11", ccap,
                  L(montant_max_ht=37500,
                    evidence=["Le montant maximum des commandes est fixé à 37 500 € HT par année contractuelle"])),
            PIECE("CCTP_CAVO-2027-11.docx", "CCTP", head % "CCTP", "CCTP CAVO-2027-11", cctp,
                  L(clause_environnementale=1,
                    evidence=["Le titulaire collecte sans frais les cartouches, les bacs de récupération de toner et "
                              "les pièces usagées et les remet à une filière de recyclage"])),
        ],
        pos=["clause_environnementale", "critere_environnemental"],
        values=V(allotissement=0, montant_estime_ht=128000, montant_max_ht=150000),
        note="Maximum : 37 500 € HT « par année contractuelle » au CCAP, qui renvoie la durée au RC ; le RC (et "
             "l'avis) : 48 mois, non reconductible, soit quatre années. 37 500 × 4 = 150 000. Le CCAP, qui ignore "
             "la durée, reçoit 37 500. Estimation : 128 000 € HT (avis). Pièges : plafond annuel des pénalités "
             "5 000 € HT ; 95 000 pages par mois ; 8 heures ouvrées ; 2 heures de formation ; « 12 heures » "
             "(heure limite). Non alloti. Critère environnemental 15 % (RC) ; clause environnementale (CCTP).")


# d04 — tableau en k€ (colonnes annuelle et « sur 4 ans », ligne Total) ; heures par lot au CCAP, total au RC.
def d04():
    c = C("le Département de la Haute-Sélune", "Sélune-sur-Arve", ccag="travaux", delai=30,
          profil="https://marchespublics.hautes-selune.example", ref="HS-2027-COL-02")
    buyer = "Département de la Haute-Sélune"
    obj = "Travaux d'entretien et de petites réparations dans les collèges"
    lots = ["lot 1 – peinture et revêtements de sols ;", "lot 2 – menuiserie et serrurerie ;",
            "lot 3 – plomberie et appareils sanitaires."]
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Accords-cadres à bons de commande HS-2027-COL-02"),
          *A("Objet", "La consultation porte sur les travaux d'entretien courant et les petites réparations des "
                      "vingt-deux collèges publics du département."),
          *A("Allotissement", "La consultation est divisée en trois lots, attribués séparément :", lots,
             "Un candidat peut présenter une offre pour un, deux ou trois lots."),
          *A("Durée",
             "Chaque accord-cadre est conclu pour un an à compter du 1er septembre 2027 et peut être reconduit "
             "trois fois, par période d'un an."),
          *A("Clause d'insertion",
             "Les titulaires des lots 1 et 2 réalisent une action d'insertion professionnelle au profit de "
             "personnes éloignées de l'emploi, dont le volume est fixé par lot à l'article 7 du CCAP, soit "
             "350 heures au total pour les deux lots. Le lot 3 ne comporte pas de clause d'insertion."),
          *f_rc_retrait(c), *f_rc_remise(c, date="10 mai 2027"), *f_rc_candidature(c, 1),
          *f_rc_jugement(c, prix=60), *f_rc_nego(c)]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accords-cadres à bons de commande HS-2027-COL-02 – lots 1 à 3"),
            *A("Objet et lots", "Le présent CCAP est commun aux trois lots de la consultation :", lots),
            *f_pieces(c, 0, cctp=True),
            *A("Durée", "Chaque accord-cadre court pendant une période initiale d'un an, reconductible trois fois "
                        "par période d'un an, soit une durée maximale de quatre ans."),
            *A("Montants",
               "Les montants de chaque lot sont fixés dans le tableau ci-dessous, en milliers d'euros hors taxes "
               "(k€ HT). La colonne « Maximum sur 4 ans » couvre la période initiale et les trois reconductions."),
            RTAB([["Lot", "Minimum annuel (k€ HT)", "Maximum annuel (k€ HT)", "Maximum sur 4 ans (k€ HT)"],
                  ["Lot 1 – Peinture, revêtements", "10", "60", "240"],
                  ["Lot 2 – Menuiserie, serrurerie", "5", "35", "140"],
                  ["Lot 3 – Plomberie, sanitaires", "4", "25", "100"],
                  ["Total", "19", "120", "480"]],
                 widths=[2.4, 1.3, 1.3, 1.4], align="lrrr", bold_last=True),
            *A("Délais d'exécution",
               "Chaque bon de commande fixe son délai. Les interventions urgentes (fuite, vitrage brisé, porte "
               "coupe-feu hors service) sont exécutées sous 4 heures. Les travaux bruyants ont lieu en dehors des "
               "heures de cours ou pendant les vacances scolaires."),
            *A("Gestion des déchets de chantier",
               "Le titulaire trie les déchets de chantier (bois, métaux, gravats, plâtre, emballages) et les "
               "évacue vers des filières de valorisation ; il remet les bordereaux de suivi avec chaque facture."),
            *A("Clause d'insertion",
               "Le titulaire réalise, sur la durée de l'accord-cadre, une action d'insertion au profit de publics "
               "éloignés de l'emploi, selon les volumes suivants : lot 1 : 210 heures ; lot 2 : 140 heures. Le lot "
               "3, dont les interventions sont trop brèves et dispersées, n'en comporte pas. Le facilitateur de la "
               "Maison de l'emploi de Sélune valide les heures."),
            *f_prix(c, 0), *f_paiement(c, 0), *f_avance(c), *f_penalites(c, 1), *f_assurances(c, 0),
            *f_litiges(c)]
    ae = [TITLE(buyer, "Acte d'engagement", obj, "Lot n° 2 – Menuiserie et serrurerie"),
          P("Le présent acte d'engagement concerne le lot n° 2 de la consultation HS-2027-COL-02, qui en compte "
            "trois."),
          *f_ae_titulaire(c),
          *A("Montants du lot 2",
             "L'accord-cadre est conclu avec un minimum annuel de 5~000~€~HT et un maximum annuel de "
             "35~000~€~HT, soit 140~000~€~HT sur la durée maximale de quatre ans."),
          *A("Engagement d'insertion",
             "Je m'engage à réaliser 140 heures de travail d'insertion sur la durée de l'accord-cadre, selon l'une "
             "des modalités prévues à l'article 7 du CCAP."),
          *f_ae_compte(c), *f_ae_signature(c)]
    bpu = [TITLE(buyer, "Bordereau des prix unitaires", obj, "Lot n° 1 – Peinture et revêtements de sols"),
           P("Prix hors taxes, fournitures, main-d'œuvre et protection des ouvrages compris."),
           TAB([["Code", "Désignation", "Unité", "Prix HT"],
                ["1.01", "Lessivage et ponçage des murs", "m²", ""],
                ["1.02", "Peinture acrylique sur murs, deux couches", "m²", ""],
                ["1.03", "Peinture sur boiseries et huisseries", "m²", ""],
                ["1.04", "Dépose et repose de sol souple PVC", "m²", ""],
                ["1.05", "Plinthes en bois, fourniture et pose", "ml", ""],
                ["1.06", "Main-d'œuvre hors bordereau, ouvrier qualifié", "heure", ""]],
               widths=[0.8, 4.0, 0.8, 1.2], align="lllr")]
    head = buyer + " – %s HS-2027-COL-02"
    return dict(
        id="d04", title="Département de la Haute-Sélune – entretien des collèges (trois lots)",
        pieces=[
            PIECE("RC_HS-2027-COL-02.pdf", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=350, allotissement=1, nb_lots=3,
                    evidence=["La consultation est divisée en trois lots", "soit 350 heures au total pour les deux "
                              "lots"]), cols=2),
            PIECE("CCAP_HS-2027-COL-02.pdf", "CCAP", head % "CCAP", "CCAP HS-2027-COL-02", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=350, clause_environnementale=1,
                    allotissement=1, nb_lots=3, montant_max_ht=480000,
                    evidence=["commun aux trois lots", "Maximum sur 4 ans (k€ HT)", "Total 19 120 480",
                              "lot 1 : 210 heures ; lot 2 : 140 heures", "[210 + 140 = 350]",
                              "Le titulaire trie les déchets de chantier"])),
            PIECE("AE_HS-2027-COL-02_lot2.docx", "AE", head % "AE lot 2", "Acte d'engagement – lot 2", ae,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=140, allotissement=1, nb_lots=3,
                    montant_max_ht=140000,
                    evidence=["lot n° 2 de la consultation HS-2027-COL-02, qui en compte trois",
                              "soit 140 000 € HT sur la durée maximale de quatre ans",
                              "réaliser 140 heures de travail d'insertion"])),
            PIECE("BPU_HS-2027-COL-02_lot1.docx", "BPU", head % "BPU lot 1", "BPU – lot 1", bpu,
                  L(allotissement=1, evidence=["Lot n° 1 – Peinture et revêtements de sols"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(allotissement=1, nb_lots=3, montant_max_ht=480000, heures_insertion=350),
        note="Maximum : vrai tableau du CCAP en k€ HT, colonnes minimum annuel, maximum annuel et « Maximum sur 4 "
             "ans », ligne Total : 480 k€ = 480 000 (240 + 140 + 100). Ni la colonne annuelle (120), ni les "
             "minima (19), ni le double compte total + lignes (960) ne sont la valeur. AE du lot 2 : 140 000 "
             "écrits (35 000 × 4). Heures : CCAP lot 1 : 210, lot 2 : 140 (lot 3 sans clause) ; le RC écrit le "
             "total, 350 ; le dossier compte 350 une seule fois (pas 700). AE lot 2 : 140. Pièges : « sous 4 "
             "heures », « heures de cours », main-d'œuvre à l'heure (BPU), seuil de l'avance 50 000 € HT. Trois "
             "lots. Clause environnementale : tri des déchets de chantier (CCAP). RC sur deux colonnes.")


# d05 — maxima par lot sans total écrit ; AE du lot 3 ; DC4 (sommes du sous-traitant) ; estimation au RC.
def d05():
    c = C("la ville de Port-Aubrac", "Saint-Lazaire", profil="https://marches.port-aubrac.example",
          ref="VPA-2027-MU")
    buyer = "Ville de Port-Aubrac"
    obj = "Fourniture et pose de mobilier urbain, de signalétique et d'équipements de loisirs"
    lots = ["lot 1 – mobilier urbain (bancs, corbeilles, potelets, barrières) ;",
            "lot 2 – signalétique directionnelle et patrimoniale ;",
            "lot 3 – aires de jeux (fourniture et pose) ;",
            "lot 4 – abris et arceaux pour vélos."]
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation VPA-2027-MU – procédure adaptée"),
          *A("Objet", "La consultation porte sur la fourniture et la pose d'équipements d'espace public dans le "
                      "cadre du réaménagement du front de mer et des quartiers du Ponant."),
          *A("Lots", "La consultation comporte quatre lots :", lots,
             "Chaque lot fait l'objet d'un accord-cadre à bons de commande distinct."),
          *A("Montants",
             "Le montant estimé de l'ensemble des commandes, tous lots confondus, est de 260~000~€~HT sur la "
             "durée de l'accord-cadre. Les montants maximums de chaque lot figurent à l'article 5 du CCAP."),
          *f_rc_retrait(c), *f_rc_remise(c, date="2 avril 2027"), *f_rc_candidature(c, 0),
          *A("Jugement des offres",
             "Chaque lot est jugé séparément selon les critères suivants :",
             ["prix : 50 % ;", "valeur technique (qualité et robustesse des équipements, méthodologie de pose) : "
              "40 % ;", "délais de livraison et de pose : 10 %."])]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accords-cadres à bons de commande VPA-2027-MU – lots 1 à 4"),
            *A("Objet", "Le présent CCAP s'applique aux quatre lots de la consultation VPA-2027-MU."),
            *f_pieces(c, 1),
            *A("Durée", "Chaque accord-cadre est conclu pour quatre ans à compter de sa notification. Il n'est pas "
                        "reconductible."),
            *A("Garantie", "Les équipements sont garantis cinq ans, pièces et main-d'œuvre, à compter de leur "
                           "réception."),
            *A("Montants maximums",
               "Chaque lot est conclu sans montant minimum, avec les montants maximums suivants, valables pour "
               "toute la durée de l'accord-cadre :",
               ["lot 1 – mobilier urbain : 125~000~€~HT ;",
                "lot 2 – signalétique directionnelle et patrimoniale : 90~000~€~HT ;",
                "lot 3 – aires de jeux : 47~500~€~HT ;",
                "lot 4 – abris et arceaux pour vélos : 62~500~€~HT."]),
            *A("Sous-traitance",
               "Le titulaire peut sous-traiter la pose et les travaux de génie civil, sous réserve de "
               "l'acceptation du sous-traitant et de l'agrément de ses conditions de paiement (formulaire DC4). "
               "Le sous-traitant dont la part dépasse 600 € TTC est payé directement."),
            *A("Provenance des matériaux et reprise",
               "Les bois mis en œuvre proviennent de forêts gérées durablement (certification FSC ou PEFC, ou "
               "preuve équivalente). Le mobilier déposé à l'occasion des poses est repris par le titulaire et "
               "orienté vers le réemploi ou, à défaut, vers une filière de recyclage ; le bordereau de prise en "
               "charge est joint à la facture."),
            *f_prix(c, 2), *f_paiement(c, 0), *f_penalites(c, 0), *f_assurances(c, 0), *f_litiges(c)]
    ae = [TITLE(buyer, "Acte d'engagement", obj, "Lot n° 3 – Aires de jeux (fourniture et pose)"),
          *f_ae_titulaire(c),
          *A("Montant",
             "Le montant maximum du lot 3 est de 47~500~€~HT pour toute la durée de l'accord-cadre. Aucun "
             "montant minimum n'est fixé."),
          *A("Sous-traitance",
             "Je déclare sous-traiter les travaux de terrassement et de sols amortissants dans les conditions "
             "de la déclaration DC4 jointe."),
          *f_ae_compte(c), *f_ae_signature(c)]
    dc4 = [TITLE("Déclaration de sous-traitance (DC4)", "Ville de Port-Aubrac – consultation VPA-2027-MU",
                 "Lot n° 3 – Aires de jeux (fourniture et pose)"),
           H("A – Identification de l'acheteur"),
           P("Ville de Port-Aubrac, direction de l'espace public, 1 place du Marché-aux-Sels, 64990 Port-Aubrac."),
           H("B – Objet du marché public"),
           P("Accord-cadre à bons de commande relatif aux aires de jeux, lot n° 3 de la consultation VPA-2027-MU."),
           H("C – Identification du titulaire"),
           P("Société Ludéquip Atlantique, 14 rue des Tonneliers, 64990 Port-Aubrac."),
           H("D – Identification du sous-traitant"),
           P("SARL Terrasol Aménagements, zone artisanale du Bourdieu, 64230 Lescaudières ; SIRET 000 000 000 "
             "00042."),
           H("E – Nature et prix des prestations sous-traitées"),
           P("Nature des prestations : terrassements, bordures et sols amortissants coulés en place."),
           P("Montant maximum des sommes à verser par paiement direct au sous-traitant : 18~000~€~HT, soit "
             "21~600~€~TTC."),
           P("Modalités de variation des prix : celles de l'accord-cadre."),
           H("F – Conditions de paiement"),
           P("Le sous-traitant est payé directement. Compte à créditer : IBAN ……………………"),
           H("G – Signatures"),
           P("Le titulaire : ……………  Le sous-traitant : ……………  L'acheteur : ……………")]
    head = buyer + " – %s VPA-2027-MU"
    return dict(
        id="d05", title="Ville de Port-Aubrac – mobilier urbain et équipements de loisirs (quatre lots)",
        pieces=[
            PIECE("RC_VPA-2027-MU.pdf", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(allotissement=1, nb_lots=4, montant_estime_ht=260000,
                    evidence=["La consultation comporte quatre lots",
                              "Le montant estimé de l'ensemble des commandes, tous lots confondus, est de 260 000 € "
                              "HT"])),
            PIECE("CCAP_VPA-2027-MU.pdf", "CCAP", head % "CCAP", "CCAP VPA-2027-MU", ccap,
                  L(clause_environnementale=1, allotissement=1, nb_lots=4, montant_max_ht=325000,
                    evidence=["s'applique aux quatre lots", "mobilier urbain : 125 000 € HT",
                              "patrimoniale : 90 000 € HT", "aires de jeux : 47 500 € HT",
                              "abris et arceaux pour vélos : 62 500 € HT", "[somme 325 000]",
                              "Le mobilier déposé à l'occasion des poses est repris par le titulaire"])),
            PIECE("AE_VPA-2027-MU_lot3.docx", "AE", head % "AE lot 3", "Acte d'engagement – lot 3", ae,
                  L(allotissement=1, montant_max_ht=47500,
                    evidence=["Le montant maximum du lot 3 est de 47 500 € HT pour toute la durée"])),
            PIECE("DC4_VPA-2027-MU_lot3.docx", "AUTRE", head % "DC4 lot 3", "DC4 – lot 3", dc4,
                  L(allotissement=1, evidence=["Lot n° 3 – Aires de jeux (fourniture et pose)"])),
        ],
        pos=["clause_environnementale"],
        values=V(allotissement=1, nb_lots=4, montant_estime_ht=260000, montant_max_ht=325000),
        note="Maximum : le CCAP donne le maximum de chacun des quatre lots pour toute la durée, sans total écrit "
             ": 125 000 + 90 000 + 47 500 + 62 500 = 325 000. L'AE du lot 3 reçoit 47 500. Estimation : "
             "260 000 € HT tous lots confondus (RC), à ne pas prendre pour le maximum. Pièges : DC4 du lot 3 "
             "(« Montant maximum des sommes à verser … au sous-traitant : 18 000 € HT, soit 21 600 € TTC ») : "
             "pièce sans maximum, ce n'est pas le maximum de l'accord-cadre ; seuil de 600 € TTC du paiement "
             "direct ; assurances ; garantie de cinq ans. Quatre lots. Clause environnementale : reprise du "
             "mobilier déposé (CCAP). Le DC4 est classé AUTRE (formulaire rempli, pas un formulaire vierge).")


# d06 — total écrit avec sa ventilation (à ne pas additionner) ; heures « soit N heures » par lot.
def d06():
    c = C("Mérande Habitat", "Mérande", profil="https://achats.merande-habitat.example", ref="MH-2027-NET")
    buyer = "Mérande Habitat – office public de l'habitat"
    obj = "Nettoyage des parties communes des résidences"
    rc = [TITLE("Mérande Habitat", "Règlement de la consultation", obj, "Consultation MH-2027-NET – appel d'offres "
                                                                        "ouvert"),
          *A("Objet", "Nettoyage des halls, escaliers, paliers, locaux à vélos et abords immédiats de "
                      "quarante-huit résidences, et sortie des conteneurs."),
          *A("Allotissement",
             "La consultation est divisée en deux lots géographiques : lot 1 – secteur nord (Mérande-centre, Les "
             "Crêtes) ; lot 2 – secteur sud (Bas-Mérande, La Sablière)."),
          *A("Durée", "Chaque accord-cadre est conclu pour trois ans à compter du 1er janvier 2028, sans "
                      "reconduction."),
          *f_rc_retrait(c), *f_rc_remise(c, date="20 septembre 2027"), *f_rc_candidature(c, 1),
          *A("Critères d'attribution",
             ["prix : 50 % ;",
              "valeur technique (organisation des équipes, contrôle qualité, remplacements) : 35 % ;",
              "performance en matière d'insertion professionnelle (accueil, tutorat et formation des personnes "
              "en insertion, perspectives d'emploi durable) : 15 %."]),
          *f_rc_nego(c)]
    ccap = [TITLE("Mérande Habitat", "Cahier des clauses administratives particulières", obj,
                  "Accords-cadres MH-2027-NET – lots 1 et 2"),
            *A("Objet", "Le présent CCAP est commun aux deux lots de la consultation MH-2027-NET."),
            *f_pieces(c, 0),
            *A("Durée", "Trois ans à compter du 1er janvier 2028, sans reconduction."),
            *A("Montants",
               "Le montant maximum total de l'accord-cadre, tous lots confondus et pour trois ans, s'élève à "
               "355" + SB + "000~€~HT, dont 210~000~€~HT pour le lot 1 et 145~000~€~HT pour le lot 2. "
               "Aucun montant minimum n'est fixé."),
            *A("Horaires et remplacements",
               "Le nettoyage des halls est achevé avant 9 heures. Tout agent absent est remplacé sous 48 heures. "
               "À leur prise de poste, les agents reçoivent 7 heures de formation aux gestes et aux produits."),
            *A("Clause sociale d'insertion",
               "Le titulaire de chaque lot consacre à l'insertion professionnelle de personnes éloignées de "
               "l'emploi 6 % des heures de nettoyage prévues sur la durée de l'accord-cadre, soit 540 heures pour "
               "le lot 1 et 360 heures pour le lot 2. Les heures sont réalisées par embauche directe, par "
               "mise à disposition (ETTI, association intermédiaire, GEIQ) ou par sous-traitance à une structure "
               "d'insertion. Le facilitateur de l'agglomération de Mérande en assure le suivi."),
            *f_prix(c, 0), *f_paiement(c, 0), *f_penalites(c, 0), *f_assurances(c, 1), *f_resiliation(c),
            *f_litiges(c)]
    ae = [TITLE("Mérande Habitat", "Acte d'engagement", obj, "Consultation MH-2027-NET"),
          *f_ae_titulaire(c),
          *A("Lots et montants",
             "Je m'engage pour le ou les lots cochés ci-dessous, dont les montants maximums, pour la durée de "
             "trois ans, sont les suivants :"),
          TAB([["Lot", "Intitulé", "Montant maximum (€ HT, durée totale)", "Offre pour ce lot"],
               ["1", "Secteur nord (Mérande-centre, Les Crêtes)", "210 000", "☐"],
               ["2", "Secteur sud (Bas-Mérande, La Sablière)", "145 000", "☐"],
               ["", "Montant maximum total de l'accord-cadre", "355 000", ""]],
              widths=[0.5, 3.0, 1.8, 1.0], align="llrl"),
          *A("Prix", "Les prestations sont rémunérées par des prix forfaitaires mensuels par résidence et par des "
                     "prix unitaires pour les prestations ponctuelles."),
          *f_ae_compte(c), *f_ae_signature(c)]
    cctp = [TITLE("Mérande Habitat", "Cahier des clauses techniques particulières", obj,
                  "Consultation MH-2027-NET"),
            *A("Champ", "Les présentes prescriptions s'appliquent aux deux lots."),
            *A("Fréquences",
               ["halls et paliers du rez-de-chaussée : trois fois par semaine ;",
                "escaliers et paliers d'étage : une fois par semaine ;",
                "vitres des halls : une fois par mois ;",
                "sortie et rentrée des conteneurs : selon le calendrier de collecte."]),
            *A("Produits et déchets",
               "Le titulaire emploie des produits d'entretien porteurs de l'écolabel européen ou d'un label "
               "équivalent, dosés au moyen de centrales de dilution. Il trie les emballages vides et les évacue "
               "vers les filières de recyclage ; aucun produit n'est rejeté dans les regards d'eaux pluviales."),
            *A("Accès", "Les loges des gardiens sont ouvertes de 8 h 30 à 12 heures ; les clés et badges y sont "
                        "remis contre signature."),
            *f_cctp_suivi(c)]
    head = "Mérande Habitat – %s MH-2027-NET"
    return dict(
        id="d06", title="Mérande Habitat – nettoyage des parties communes (deux lots)",
        pieces=[
            PIECE("RC_MH-2027-NET.pdf", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(critere_social=1, allotissement=1, nb_lots=2,
                    evidence=["divisée en deux lots géographiques",
                              "performance en matière d'insertion professionnelle"])),
            PIECE("CCAP_MH-2027-NET.pdf", "CCAP", head % "CCAP", "CCAP MH-2027-NET", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=900, allotissement=1, nb_lots=2,
                    montant_max_ht=355000,
                    evidence=["commun aux deux lots",
                              "Le montant maximum total de l'accord-cadre, tous lots confondus et pour trois ans, "
                              "s'élève à 355 000 € HT",
                              "soit 540 heures pour le lot 1 et 360 heures pour le lot 2", "[540 + 360 = 900]"])),
            PIECE("AE_MH-2027-NET.docx", "AE", head % "AE", "Acte d'engagement", ae,
                  L(allotissement=1, nb_lots=2, montant_max_ht=355000,
                    evidence=["Montant maximum total de l'accord-cadre 355 000",
                              "Secteur nord (Mérande-centre, Les Crêtes)", "Secteur sud (Bas-Mérande, La Sablière)"])),
            PIECE("CCTP_MH-2027-NET.pdf", "CCTP", head % "CCTP", "CCTP MH-2027-NET", cctp,
                  L(clause_environnementale=1, allotissement=1, nb_lots=2,
                    evidence=["s'appliquent aux deux lots", "produits d'entretien porteurs de l'écolabel européen"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(allotissement=1, nb_lots=2, montant_max_ht=355000, heures_insertion=900),
        note="Maximum : total écrit au CCAP « s'élève à 355 000 € HT [coupé 355 / 000 en fin de ligne dans le "
             "PDF], dont 210 000 € HT pour le lot 1 et 145 000 € HT pour le lot 2 » et à l'AE (tableau avec ligne "
             "« Montant maximum total ») : 355 000, sans l'ajouter à sa ventilation (pas 710 000). Durée de trois "
             "ans sans reconduction : rien à multiplier. Heures : « 6 % des heures de nettoyage …, soit 540 heures "
             "pour le lot 1 et 360 heures pour le lot 2 », pas de total écrit : 540 + 360 = 900. Pièges : « 7 "
             "heures de formation » à la prise de poste ; « sous 48 heures » ; « avant 9 heures » ; « de 8 h 30 à "
             "12 heures ». Critère social 15 % (RC). Clause environnementale : écolabel et tri des emballages "
             "(CCTP). Deux lots.")


# d07 — CCAP : maxima par lot et par période de deux ans ; AE du lot 1 seul ; CCTP en conflit.
def d07():
    c = C("la communauté urbaine de Montbrenne", "Montbrenne", profil="https://marches.cu-montbrenne.example",
          ref="CUM-2027-ASC")
    buyer = "Communauté urbaine de Montbrenne"
    obj = "Maintenance des ascenseurs, monte-charges et plateformes élévatrices"
    lots = ["lot 1 – hôtel communautaire et bâtiments administratifs annexes ;",
            "lot 2 – équipements culturels (médiathèques, conservatoire, musée) ;",
            "lot 3 – équipements sportifs et piscines."]
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation CUM-2027-ASC – appel d'offres ouvert"),
          *A("Objet", "La consultation porte sur la maintenance préventive et corrective de cinquante-sept "
                      "appareils élévateurs, ainsi que sur les travaux de mise en conformité commandés au fil de "
                      "l'eau."),
          *A("Décomposition en lots", "Les prestations sont réparties en trois lots :", lots),
          *A("Durée",
             "Chaque accord-cadre est conclu pour deux ans à compter du 1er mars 2028 et peut être reconduit une "
             "fois pour deux ans."),
          *f_rc_retrait(c), *f_rc_remise(c, date="8 novembre 2027"), *f_rc_candidature(c, 0),
          *f_rc_jugement(c, prix=50), *f_rc_nego(c)]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accords-cadres CUM-2027-ASC – lots 1 à 3"),
            *A("Objet et lots", "Le présent CCAP régit les trois lots de la consultation :", lots),
            *f_pieces(c, 1),
            *A("Durée",
               "Chaque accord-cadre est conclu pour une période initiale de deux ans. Il peut être reconduit une "
               "fois pour une période de deux ans, soit une durée maximale de quatre ans."),
            *A("Montants maximums",
               "Les montants maximums sont fixés par lot et par période de deux ans :",
               ["lot 1 : 96~000~€~HT ;", "lot 2 : 72~000~€~HT ;", "lot 3 : 54~000~€~HT."],
               "Ils s'appliquent à la période initiale et, à l'identique, à la période de reconduction. Aucun "
               "montant minimum n'est fixé."),
            *A("Délais d'intervention",
               "Le titulaire assure une astreinte 24 heures sur 24. Il intervient dans l'heure en cas de personne "
               "bloquée dans une cabine et sous 4 heures pour toute autre panne."),
            *f_prix(c, 1), *f_paiement(c, 0), *f_penalites(c, 1), *f_assurances(c, 0), *f_resiliation(c),
            *f_litiges(c)]
    ae = [TITLE(buyer, "Acte d'engagement", obj, "Lot n° 1 – Hôtel communautaire et bâtiments annexes"),
          *f_ae_titulaire(c),
          *A("Montant",
             "Le montant maximum du lot 1 est de 96~000~€~HT par période de deux ans, soit 192~000~€~HT sur la "
             "durée maximale de quatre ans (230~400~€~TTC)."),
          *A("Durée", "Deux ans à compter du 1er mars 2028, reconductible une fois pour deux ans."),
          *f_ae_compte(c), *f_ae_signature(c)]
    cctp = [TITLE(buyer, "Cahier des clauses techniques particulières", obj, "Consultation CUM-2027-ASC"),
            *A("Généralités",
               "Le présent CCTP est commun aux trois lots. Le montant maximum des prestations, tous lots "
               "confondus, est de 400~000~€~HT."),
            *A("Maintenance préventive",
               "Le titulaire effectue une visite toutes les six semaines, contrôle les organes de sécurité et "
               "tient à jour le carnet d'entretien de chaque appareil. Il assiste le contrôleur technique lors de "
               "l'inspection quinquennale."),
            *A("Pièces et huiles usagées",
               "Les huiles de vidange et les pièces remplacées sont reprises par le titulaire et confiées à des "
               "filières de traitement agréées ; les bordereaux de suivi sont annexés au rapport annuel. Les "
               "éclairages de cabine remplacés le sont par des sources à LED."),
            *f_cctp_suivi(c), *f_cctp_securite(c)]
    head = buyer + " – %s CUM-2027-ASC"
    return dict(
        id="d07", title="CU de Montbrenne – maintenance des ascenseurs (trois lots)",
        pieces=[
            PIECE("RC_CUM-2027-ASC.docx", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(allotissement=1, nb_lots=3, evidence=["Les prestations sont réparties en trois lots"])),
            PIECE("CCAP_CUM-2027-ASC.pdf", "CCAP", head % "CCAP", "CCAP CUM-2027-ASC", ccap,
                  L(allotissement=1, nb_lots=3, montant_max_ht=444000,
                    evidence=["régit les trois lots", "lot 1 : 96 000 € HT", "lot 2 : 72 000 € HT",
                              "lot 3 : 54 000 € HT", "soit une durée maximale de quatre ans",
                              "[(96 000 + 72 000 + 54 000) × 2 = 444 000]"])),
            PIECE("AE_CUM-2027-ASC_lot1.docx", "AE", head % "AE lot 1", "Acte d'engagement – lot 1", ae,
                  L(allotissement=1, montant_max_ht=192000,
                    evidence=["soit 192 000 € HT sur la durée maximale de quatre ans"])),
            PIECE("CCTP_CUM-2027-ASC.pdf", "CCTP", head % "CCTP", "CCTP CUM-2027-ASC", cctp,
                  L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=400000,
                    evidence=["commun aux trois lots",
                              "Le montant maximum des prestations, tous lots confondus, est de 400 000 € HT",
                              "Les huiles de vidange et les pièces remplacées sont reprises par le titulaire"])),
        ],
        pos=["clause_environnementale"],
        values=V(allotissement=1, nb_lots=3, montant_max_ht=444000),
        note="Maximum : CCAP, maxima par lot et par période de deux ans (96 000, 72 000, 54 000 = 222 000), "
             "applicables à la période initiale et à l'unique reconduction : 222 000 × 2 = 444 000. L'AE du seul "
             "lot 1 écrit 192 000 (96 000 × 2) et 230 400 € TTC : ce n'est pas le maximum du dossier. Le CCTP "
             "écrit 400 000 € HT tous lots confondus : conflit, le CCAP prime ; le CCTP garde son chiffre. "
             "Pièges : astreinte 24 heures sur 24, « sous 4 heures », indemnité de 40 €. Trois lots. Clause "
             "environnementale : reprise des huiles et pièces (CCTP).")


# d08 — registre Q/R qui porte le maximum d'un lot de 100 000 à 130 000 ; estimation à l'avis.
def d08():
    c = C("la ville de Vérignac", "Vérignac", profil="https://marches.verignac.example", ref="VER-2027-SCO")
    buyer = "Ville de Vérignac"
    obj = "Fournitures scolaires et matériel pédagogique pour les écoles"
    avis = [TITLE("AVIS DE MARCHÉ", "Ville de Vérignac – " + obj, "Procédure : appel d'offres ouvert"),
            H("Section 1 – Acheteur"),
            P("Ville de Vérignac, service des affaires scolaires, 3 cours de la Liberté, 33990 Vérignac."),
            H("Section 2 – Objet"),
            P("Intitulé : " + obj + ". Accords-cadres à bons de commande d'une durée de trois ans."),
            P("Code CPV principal : 30192000 – Fournitures de bureau (cité pour la famille des fournitures "
              "scolaires)."),
            P("Valeur estimée hors TVA : 210 000 EUR"),
            H("Section 3 – Lots"),
            P("Nombre de lots : 2"),
            P("Lot 1 : fournitures scolaires (papeterie, écriture, classement)."),
            P("Lot 2 : matériel pédagogique et jeux éducatifs."),
            H("Section 4 – Procédure"),
            P("Date limite de réception des offres : 12 mars 2027 à 12 heures. Les questions sont posées sur le "
              "profil d'acheteur au plus tard dix jours avant cette date.")]
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation VER-2027-SCO"),
          *A("Objet et lots",
             "La consultation est divisée en deux lots : lot 1 – fournitures scolaires ; lot 2 – matériel "
             "pédagogique et jeux éducatifs."),
          *A("Durée", "Trois ans à compter du 1er juillet 2027, sans reconduction."),
          *A("Échantillons", "Les candidats au lot 1 fournissent les échantillons listés au bordereau, marqués au "
                             "nom du candidat."),
          *f_rc_retrait(c), *f_rc_remise(c, date="12 mars 2027"), *f_rc_candidature(c, 1),
          *f_rc_jugement(c, prix=55)]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accords-cadres à bons de commande VER-2027-SCO"),
            *A("Objet", "Fourniture et livraison, dans les onze écoles de la ville, de fournitures scolaires "
                        "(lot 1) et de matériel pédagogique (lot 2)."),
            *f_pieces(c, 0, cctp=False),
            *A("Durée", "Trois ans à compter du 1er juillet 2027, sans reconduction."),
            *A("Montants",
               ["lot 1 – fournitures scolaires : montant maximum de 150~000~€~HT pour la durée de "
                "l'accord-cadre ;",
                "lot 2 – matériel pédagogique et jeux éducatifs : montant maximum de 100~000~€~HT pour la même "
                "durée."],
               "Aucun minimum n'est fixé."),
            *A("Livraisons",
               "Le délai de livraison est de dix jours ; il est ramené à 48 heures pour les commandes signalées "
               "urgentes. Les livraisons sont regroupées par école, au plus une fois par trimestre hors "
               "urgence ; le titulaire reprend les cartons et les emballages et les confie à une filière de "
               "recyclage."),
            *f_prix(c, 2), *f_paiement(c, 1), *f_penalites(c, 0), *f_litiges(c)]
    qr = [TITLE(buyer, "Registre des questions et des réponses n° 1", obj,
                "Consultation VER-2027-SCO – publié le 24 février 2027"),
          H("Question 1"),
          P("Les échantillons sont-ils exigés pour les deux lots ?"),
          P("Réponse : non. Pour les deux lots, seuls les candidats au lot 1 remettent des échantillons."),
          H("Question 2"),
          P("Le montant maximum du lot 2 paraît faible au regard de l'ouverture annoncée de deux classes "
            "maternelles. L'acheteur entend-il le modifier ?"),
          P("Réponse : oui. Le montant maximum du lot 2 est porté de 100~000~€~HT à 130~000~€~HT pour la durée "
            "de l'accord-cadre. L'article 4 du CCAP est modifié en ce sens ; le lot 1 est inchangé."),
          H("Question 3"),
          P("Quel est le délai de livraison pendant la semaine de la rentrée ?"),
          P("Réponse : celui de l'article 5 du CCAP, soit 48 heures pour les commandes urgentes et dix jours "
            "dans les autres cas.")]
    bpu = [TITLE(buyer, "Bordereau des prix unitaires", obj, "Lot n° 1 – Fournitures scolaires"),
           TAB([["Réf.", "Article", "Conditionnement", "Prix unitaire HT"],
                ["101", "Cahier 17 × 22, grands carreaux, 96 pages", "l'unité", ""],
                ["102", "Cahier 24 × 32, grands carreaux, 96 pages", "l'unité", ""],
                ["103", "Stylo à bille, encre bleue", "boîte de 50", ""],
                ["104", "Crayon graphite HB", "boîte de 12", ""],
                ["105", "Colle en bâton, 21 g", "l'unité", ""],
                ["106", "Ramette de papier A4, 80 g", "ramette", ""]],
               widths=[0.6, 3.6, 1.4, 1.4], align="lllr"),
           P("Les prix comprennent la livraison dans chaque école. Remise sur le catalogue général du candidat "
             "pour les articles hors bordereau : …… %.")]
    head = buyer + " – %s VER-2027-SCO"
    return dict(
        id="d08", title="Ville de Vérignac – fournitures scolaires et matériel pédagogique (deux lots)",
        pieces=[
            PIECE("AVIS_VER-2027-SCO.txt", "AVIS", head % "Avis", "", avis,
                  L(allotissement=1, nb_lots=2, montant_estime_ht=210000,
                    evidence=["Valeur estimée hors TVA : 210 000 EUR", "Nombre de lots : 2"])),
            PIECE("RC_VER-2027-SCO.pdf", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(allotissement=1, nb_lots=2, evidence=["La consultation est divisée en deux lots"])),
            PIECE("CCAP_VER-2027-SCO.docx", "CCAP", head % "CCAP", "CCAP VER-2027-SCO", ccap,
                  L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=250000,
                    evidence=["(lot 1) et de matériel pédagogique (lot 2)",
                              "montant maximum de 150 000 € HT pour la durée de l'accord-cadre",
                              "montant maximum de 100 000 € HT pour la même durée", "[150 000 + 100 000 = 250 000]",
                              "le titulaire reprend les cartons et les emballages"])),
            PIECE("QR_VER-2027-SCO.docx", "QR", head % "Q/R", "Registre des questions et réponses", qr,
                  L(allotissement=1, nb_lots=2, montant_max_ht=130000,
                    evidence=["Pour les deux lots",
                              "Le montant maximum du lot 2 est porté de 100 000 € HT à 130 000 € HT"])),
            PIECE("BPU_VER-2027-SCO_lot1.pdf", "BPU", head % "BPU lot 1", "BPU – lot 1", bpu,
                  L(allotissement=1, evidence=["Lot n° 1 – Fournitures scolaires"])),
        ],
        pos=["clause_environnementale"],
        values=V(allotissement=1, nb_lots=2, montant_estime_ht=210000, montant_max_ht=280000),
        note="Maximum : CCAP lot 1 : 150 000 ; lot 2 : 100 000 (250 000, durée de trois ans). Le registre des "
             "questions-réponses porte le lot 2 à 130 000 € HT et modifie expressément le CCAP : 150 000 + 130 000 "
             "= 280 000 pour le dossier. Le CCAP garde 250 000, le Q/R reçoit 130 000 (maximum du seul lot qu'il "
             "modifie). Estimation : 210 000 EUR (avis). Pièges : « 48 heures », « 12 heures » ; l'ancien chiffre "
             "100 000 dans la réponse. Deux lots (écrit à l'avis, au RC et au Q/R ; le CCAP énumère "
             "les lots 1 et 2 sans écrire leur nombre : nb_lots 2, convention de blind_values_11). Clause environnementale : reprise des emballages (CCAP).")


# d09 — maximum annuel ; trois reconductions au RC ; avis rectificatif qui les ramène à deux.
def d09():
    c = C("la ville de Bréhan-sur-Lisse", "Lisse-la-Haute", ccag="fournitures courantes et services",
          profil="https://marches.brehan-sur-lisse.example", ref="BSL-2027-CVC")
    buyer = "Ville de Bréhan-sur-Lisse"
    obj = "Entretien et maintenance des installations de chauffage, de ventilation et d'eau chaude sanitaire"
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation BSL-2027-CVC – procédure adaptée"),
          *A("Objet", "La consultation porte sur l'exploitation et la maintenance des chaufferies, centrales de "
                      "traitement d'air et ballons d'eau chaude de vingt-six bâtiments communaux."),
          *A("Dévolution", "Le marché n'est pas divisé en lots : un seul exploitant assure la conduite coordonnée "
                           "des installations."),
          *A("Durée",
             "L'accord-cadre est conclu pour un an à compter du 1er septembre 2027. Il est reconductible "
             "tacitement trois fois par période d'un an."),
          *f_rc_retrait(c), *f_rc_remise(c, date="14 avril 2027"), *f_rc_candidature(c, 0),
          *f_rc_jugement(c, prix=50), *f_rc_nego(c)]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accord-cadre à bons de commande BSL-2027-CVC"),
            *A("Objet", "Exploitation, entretien et dépannage des installations thermiques des bâtiments "
                        "communaux ; petits travaux de remplacement sur bons de commande."),
            *f_pieces(c, 0),
            *A("Durée", "La durée et les reconductions sont fixées par le règlement de la consultation."),
            *A("Montant", "Le montant maximum annuel de l'accord-cadre est de 60~000~€~HT. Il n'est pas fixé de "
                          "montant minimum."),
            *A("Dépannages",
               "Pendant la saison de chauffe (du 15 octobre au 15 avril), le titulaire intervient sous 4 heures "
               "après un appel pour panne de chauffage. Il relève chaque mois les heures de fonctionnement des "
               "brûleurs et des pompes."),
            *A("Fluides et performance énergétique",
               "La récupération des fluides frigorigènes est confiée à un opérateur titulaire de l'attestation de "
               "capacité ; les bordereaux de suivi sont remis à la ville. Le titulaire règle la combustion à "
               "chaque visite et transmet un relevé mensuel des consommations de chaque bâtiment, assorti de "
               "propositions de réduction."),
            *f_prix(c, 0), *f_paiement(c, 0), *f_penalites(c, 0), *f_assurances(c, 0), *f_litiges(c)]
    ae = [TITLE(buyer, "Acte d'engagement", obj, "Accord-cadre BSL-2027-CVC"),
          *f_ae_titulaire(c),
          *A("Montant", "L'accord-cadre est conclu sans minimum, avec un montant maximum annuel de 60~000~€~HT "
                        "(article 4 du CCAP)."),
          *A("Durée", "La durée et les reconductions sont celles du règlement de la consultation."),
          *f_ae_compte(c), *f_ae_signature(c)]
    avis = [TITLE("AVIS RECTIFICATIF", "Ville de Bréhan-sur-Lisse – " + obj,
                  "Référence de l'avis initial : 27-038854, publié le 12 mars 2027"),
            H("Section 1 – Identification de l'acheteur"),
            P("Ville de Bréhan-sur-Lisse, services techniques, 2 place de la Halle, 41990 Bréhan-sur-Lisse."),
            H("Section 2 – Objet de la rectification"),
            P("Informations rectificatives : durée et reconductions de l'accord-cadre."),
            P("Au lieu de : « Marché reconductible : oui ; nombre de reconductions : 3 »."),
            P("Lire : « Marché reconductible : oui ; nombre de reconductions : 2 »."),
            P("L'article 3 du règlement de la consultation est modifié en conséquence. Le montant maximum annuel "
              "reste fixé à 60 000 EUR HT ; le montant maximum de l'accord-cadre sur sa durée totale est ainsi "
              "ramené de 240 000 EUR HT à 180 000 EUR HT."),
            H("Section 3 – Autres informations"),
            P("La date limite de réception des offres est inchangée : 14 avril 2027 à 12 heures.")]
    head = buyer + " – %s BSL-2027-CVC"
    return dict(
        id="d09", title="Ville de Bréhan-sur-Lisse – maintenance du chauffage (avis rectificatif)",
        pieces=[
            PIECE("RC_BSL-2027-CVC.pdf", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(allotissement=0, evidence=["Le marché n'est pas divisé en lots"])),
            PIECE("CCAP_BSL-2027-CVC.pdf", "CCAP", head % "CCAP", "CCAP BSL-2027-CVC", ccap,
                  L(clause_environnementale=1, montant_max_ht=60000,
                    evidence=["Le montant maximum annuel de l'accord-cadre est de 60 000 € HT",
                              "La récupération des fluides frigorigènes est confiée à un opérateur"])),
            PIECE("AE_BSL-2027-CVC.docx", "AE", head % "AE", "Acte d'engagement", ae,
                  L(montant_max_ht=60000, evidence=["avec un montant maximum annuel de 60 000 € HT"])),
            PIECE("AVIS_RECTIFICATIF_BSL-2027-CVC.txt", "AVIS", head % "Avis rectificatif", "", avis,
                  L(montant_max_ht=180000,
                    evidence=["nombre de reconductions : 2",
                              "est ainsi ramené de 240 000 EUR HT à 180 000 EUR HT"])),
        ],
        pos=["clause_environnementale"],
        values=V(allotissement=0, montant_max_ht=180000),
        note="Maximum : 60 000 € HT par an (CCAP, AE) ; le RC prévoit trois reconductions (4 × 60 000 = 240 000), "
             "mais l'avis rectificatif ramène les reconductions à deux et écrit 180 000 EUR HT « au lieu de » "
             "240 000 : 3 × 60 000 = 180 000 pour le dossier. Le RC, qui ne donne aucun montant, reste vide ; CCAP "
             "et AE (maximum annuel sans la durée) reçoivent 60 000. Pièges : l'ancien total 240 000 dans le "
             "rectificatif ; « sous 4 heures », « heures de fonctionnement des brûleurs », « 12 heures ». Non "
             "alloti (RC). Clause environnementale : fluides frigorigènes et suivi des consommations (CCAP).")


# d10 — CCAP en TTC seul, AE en HT ; heures par lot (CCAP) et total (RC), puis Q/R qui change le lot 2.
def d10():
    c = C("la communauté de communes Cœur de Lisonne", "Lisonne", ccag="travaux",
          profil="https://marches.coeurdelisonne.example", ref="CCCL-2027-SEN")
    buyer = "Communauté de communes Cœur de Lisonne"
    obj = "Entretien et aménagement des sentiers de randonnée et des chemins ruraux"
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation CCCL-2027-SEN – procédure adaptée"),
          *A("Objet", "Débroussaillage, élagage, reprise des assises, pose de marches et de passerelles sur les "
                      "itinéraires inscrits au plan départemental de randonnée et sur les chemins ruraux."),
          *A("Lots",
             "La consultation comporte deux lots : lot 1 – secteur des plateaux ; lot 2 – secteur de la vallée de "
             "la Lisonne. Chaque lot donne lieu à un accord-cadre de quatre ans, sans reconduction."),
          *A("Insertion professionnelle",
             "Les titulaires réalisent une action d'insertion de 150 heures pour le lot 1 et de 90 heures pour le "
             "lot 2, soit 240 heures au total (article 6 du CCAP)."),
          *f_rc_retrait(c), *f_rc_remise(c, date="19 mars 2027"), *f_rc_candidature(c, 1),
          *f_rc_jugement(c, prix=60)]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accords-cadres CCCL-2027-SEN – lots 1 et 2"),
            *A("Objet", "Travaux d'entretien et d'aménagement des sentiers et chemins, en deux lots "
                        "géographiques."),
            *f_pieces(c, 1),
            *A("Durée", "Quatre ans à compter de la notification, sans reconduction."),
            *A("Montants",
               "Les montants maximums toutes taxes comprises, pour les quatre années, sont les suivants : lot 1 : "
               "360~000~€~TTC ; lot 2 : 216~000~€~TTC. Il n'est pas fixé de minimum."),
            *A("Prescriptions environnementales",
               "Aucun produit phytosanitaire n'est employé. Les rémanents sont broyés et laissés sur place en "
               "paillage ; les matériaux d'assise proviennent de carrières situées à moins de 40 km. Les "
               "travaux d'élagage sont suspendus du 15 mars au 31 juillet, période de nidification."),
            *A("Clause d'insertion",
               "Le titulaire de chaque lot réserve aux publics éloignés de l'emploi un volume d'heures de travail "
               "de 150 heures pour le lot 1 et de 90 heures pour le lot 2, sur la durée de l'accord-cadre. Les "
               "réunions de suivi avec le facilitateur ont lieu chaque trimestre à 9 heures, en mairie de "
               "Lisonne."),
            *f_prix(c, 0), *f_paiement(c, 0), *f_penalites(c, 1), *f_assurances(c, 1), *f_litiges(c)]
    ae = [TITLE(buyer, "Acte d'engagement", obj, "Consultation CCCL-2027-SEN"),
          *f_ae_titulaire(c),
          *A("Lots et montants",
             "Je m'engage pour le ou les lots indiqués ci-dessous, aux montants maximums suivants pour la durée de "
             "quatre ans :",
             ["lot 1 – secteur des plateaux : 300~000~€~HT (360~000~€~TTC) ;",
              "lot 2 – secteur de la vallée : 180~000~€~HT (216~000~€~TTC)."],
             "L'offre peut porter sur l'un des deux lots ou sur les deux."),
          *f_ae_compte(c), *f_ae_signature(c)]
    qr = [TITLE(buyer, "Questions des candidats et réponses de l'acheteur", obj,
                "Consultation CCCL-2027-SEN – réponses du 5 mars 2027"),
          H("Question n° 1"),
          P("Le broyeur de branches peut-il être laissé sur le site entre deux journées de travail ?"),
          P("Réponse : oui, sur les aires désignées par le technicien, à condition d'être mis hors d'usage."),
          H("Question n° 2"),
          P("Le volume d'heures d'insertion du lot 2 tient-il compte de la passerelle du Moulin, ajoutée au "
            "programme ?"),
          P("Réponse : non. Après échange avec le facilitateur, le volume d'insertion du lot 2 est porté à "
            "120 heu" + HY + "res de travail. L'article 6 du CCAP, qui prévoyait 90 heures pour ce lot, est "
            "modifié en ce sens."),
          H("Question n° 3"),
          P("Dans quel délai faut-il dégager un sentier après une tempête ?"),
          P("Réponse : sous 72 heures après l'appel du technicien, pour les itinéraires classés.")]
    head = buyer + " – %s CCCL-2027-SEN"
    return dict(
        id="d10", title="CC Cœur de Lisonne – sentiers de randonnée (deux lots)",
        pieces=[
            PIECE("RC_CCCL-2027-SEN.pdf", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=240, allotissement=1, nb_lots=2,
                    evidence=["La consultation comporte deux lots", "soit 240 heures au total"])),
            PIECE("CCAP_CCCL-2027-SEN.pdf", "CCAP", head % "CCAP", "CCAP CCCL-2027-SEN", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=240, clause_environnementale=1,
                    allotissement=1, nb_lots=2,
                    evidence=["en deux lots géographiques",
                              "de 150 heures pour le lot 1 et de 90 heures pour le lot 2", "[150 + 90 = 240]",
                              "Aucun produit phytosanitaire n'est employé"])),
            PIECE("AE_CCCL-2027-SEN.docx", "AE", head % "AE", "Acte d'engagement", ae,
                  L(allotissement=1, nb_lots=2, montant_max_ht=480000,
                    evidence=["lot 1 – secteur des plateaux : 300 000 € HT",
                              "lot 2 – secteur de la vallée : 180 000 € HT", "[300 000 + 180 000 = 480 000]",
                              "l'un des deux lots"])),
            PIECE("QR_CCCL-2027-SEN.pdf", "QR", head % "Q/R", "Questions et réponses", qr,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=120, allotissement=1,
                    evidence=["le volume d'insertion du lot 2 est porté à 120 heures de travail"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(allotissement=1, nb_lots=2, montant_max_ht=480000, heures_insertion=270),
        note="Maximum : le CCAP ne donne que des montants TTC (360 000 et 216 000 € TTC) : pièce vide ; l'AE "
             "donne les HT, 300 000 + 180 000 = 480 000, valeur du dossier (pas 576 000 TTC). Heures : CCAP lot 1 : "
             "150, lot 2 : 90 ; RC : total écrit 240 ; le Q/R porte le lot 2 à 120 (« heu-res » coupé par une "
             "césure dans le PDF) et modifie expressément le CCAP : 150 + 120 = 270 pour le dossier. CCAP et RC "
             "gardent 240, le Q/R reçoit 120 (lot qu'il modifie). Pièges : « sous 72 heures », « à 9 heures », "
             "carrières à moins de 40 km. Deux lots. Clause environnementale (CCAP).")


# d11 — « sans montant minimum ni montant maximum » ; estimation annuelle et totale ; réservé SIAE.
def d11():
    c = C("la ville de Bréviac", "Bréviac", profil="https://marches.breviac.example", ref="BRV-2027-TR")
    buyer = "Ville de Bréviac"
    obj = "Prestations de traiteur pour les réceptions et cérémonies municipales"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Ville de Bréviac – " + obj,
                  "Procédure adaptée – référence BRV-2027-TR"),
            H("Section 1 – Acheteur"),
            P("Ville de Bréviac, cabinet du maire, service du protocole, 1 rue de l'Hôtel-de-Ville, 52990 "
              "Bréviac."),
            H("Section 4 – Identification du marché"),
            P("Intitulé : " + obj + "."),
            P("Type de marché : Services. Accord-cadre à bons de commande, sans minimum ni maximum, d'une durée "
              "d'un an reconductible deux fois."),
            P("Valeur estimée hors TVA : 135 000 EUR"),
            P("Marché alloti : Non"),
            P("Marché réservé : Oui – article L. 2113-13 du code de la commande publique (structures "
              "d'insertion par l'activité économique)."),
            H("Section 6 – Informations complémentaires"),
            P("Date limite de réception des offres : 30 avril 2027 à 12 heures.")]
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation BRV-2027-TR"),
          *A("Objet", "Préparation, livraison et service de buffets, cocktails et repas assis pour les réceptions "
                      "de la ville (vœux, cérémonies, inaugurations, réceptions de jumelage)."),
          *A("Marché réservé",
             "En application de l'article L. 2113-13 du code de la commande publique, la consultation est "
             "réservée aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du "
             "code du travail et aux structures équivalentes."),
          *A("Dévolution et durée",
             "Le marché n'est pas alloti. L'accord-cadre est conclu pour un an et peut être reconduit deux fois "
             "pour un an."),
          *A("Estimation",
             "À titre indicatif, le montant des commandes est estimé à 45~000~€~HT par an, soit 135~000~€~HT sur "
             "la durée maximale de trois ans."),
          *f_rc_retrait(c), *f_rc_remise(c, date="30 avril 2027"), *f_rc_candidature(c, 1),
          *A("Jugement des offres",
             ["prix, apprécié sur trois menus types : 45 % ;",
              "qualité gustative et présentation, appréciées lors d'une dégustation : 40 % ;",
              "organisation du service et délais de commande : 15 %."])]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accord-cadre à bons de commande BRV-2027-TR"),
            *A("Objet", "Prestations de traiteur pour les réceptions municipales. Conformément à l'article "
                        "L. 2113-13 du code de la commande publique, l'accord-cadre est réservé aux structures "
                        "d'insertion par l'activité économique."),
            *f_pieces(c, 1, cctp=False),
            *A("Durée", "Un an à compter de la notification, reconductible tacitement deux fois."),
            *A("Montant", "L'accord-cadre est conclu sans montant minimum ni montant maximum. Aucun bon de "
                          "commande ne peut toutefois excéder 6~000~€~HT."),
            *A("Commandes et service",
               "Les commandes sont passées au moins 72 heures à l'avance. Le service des déjeuners est assuré "
               "entre 11 h 30 et 14 heures ; celui des cocktails ne peut se prolonger au-delà de 21 heures."),
            *A("Produits et vaisselle",
               "Au moins 30 % des denrées, en valeur, proviennent de producteurs situés à moins de 100 km. La "
               "vaisselle, les verres et les nappes sont réutilisables ; les contenants et couverts en plastique à "
               "usage unique sont interdits. Les biodéchets de préparation et de service sont "
               "remis à une filière de compostage."),
            *f_prix(c, 2), *f_paiement(c, 0), *f_penalites(c, 0), *f_assurances(c, 0), *f_litiges(c)]
    bpu = [TITLE(buyer, "Bordereau des prix unitaires", obj, "Accord-cadre BRV-2027-TR"),
           TAB([["N°", "Prestation", "Unité", "Prix HT"],
                ["1", "Cocktail déjeunatoire, 10 pièces salées et 4 sucrées", "par convive", ""],
                ["2", "Vin d'honneur, 4 pièces et boissons", "par convive", ""],
                ["3", "Repas assis, entrée, plat, dessert", "par convive", ""],
                ["4", "Maître d'hôtel supplémentaire", "heure", ""],
                ["5", "Livraison hors du centre-ville", "forfait", ""]],
               widths=[0.5, 4.0, 1.3, 1.2], align="lllr"),
           P("Les prix comprennent la vaisselle, le nappage, le service et la remise en état des lieux.")]
    head = buyer + " – %s BRV-2027-TR"
    return dict(
        id="d11", title="Ville de Bréviac – traiteur (accord-cadre sans maximum, réservé SIAE)",
        pieces=[
            PIECE("AVIS_BRV-2027-TR.txt", "AVIS", head % "Avis", "", avis,
                  L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=135000,
                    evidence=["Valeur estimée hors TVA : 135 000 EUR", "Marché alloti : Non",
                              "Marché réservé : Oui – article L. 2113-13"])),
            PIECE("RC_BRV-2027-TR.docx", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=135000,
                    evidence=["En application de l'article L. 2113-13 du code de la commande publique, la "
                              "consultation est réservée", "Le marché n'est pas alloti",
                              "soit 135 000 € HT sur la durée maximale de trois ans"])),
            PIECE("CCAP_BRV-2027-TR.pdf", "CCAP", head % "CCAP", "CCAP BRV-2027-TR", ccap,
                  L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1,
                    evidence=["l'accord-cadre est réservé aux structures d'insertion par l'activité économique",
                              "les contenants et couverts en plastique à usage unique sont interdits"])),
            PIECE("BPU_BRV-2027-TR.pdf", "BPU", head % "BPU", "Bordereau des prix unitaires", bpu, L()),
        ],
        pos=["marche_reserve", "clause_environnementale"],
        values=V(allotissement=0, montant_estime_ht=135000, reserve_base="L2113-13"),
        note="Maximum : aucun ; « sans montant minimum ni montant maximum » (CCAP, avis) : valeur vide. Pièges : "
             "plafond de 6 000 € HT par bon de commande (ce n'est pas le maximum) ; plafond des pénalités (10 % "
             "du bon) ; assurances 2 500 000 / 5 000 000 € ; estimation. Estimation : 45 000 € HT par an et "
             "135 000 € HT écrits sur trois ans (RC), 135 000 EUR (avis) : 135 000. Réservé aux SIAE, article "
             "L. 2113-13 cité (avis, RC, CCAP). Non alloti. Pièges d'heures : « 72 heures à l'avance », « 14 "
             "heures », « 21 heures », maître d'hôtel à l'heure (BPU). Clause environnementale : vaisselle "
             "réutilisable, plastique à usage unique interdit (CCAP).")


# d12 — « EUR 612 000,00 » (devise avant le nombre) ; total coupé par un saut de page ; heures coupées.
def d12():
    c = C("le syndicat mixte de la vallée de l'Andrève", "Vérans", ccag="travaux",
          profil="https://marches.smva-andreve.example", ref="SMVA-2027-RIP")
    buyer = "Syndicat mixte de la vallée de l'Andrève"
    obj = "Travaux d'entretien des berges et de la ripisylve de l'Andrève et de ses affluents"
    avis = [TITLE("Avis de marché – Travaux", "Directive 2014/24/UE",
                  buyer + " – " + obj),
            H("Section I : Pouvoir adjudicateur"),
            P("I.1) Nom et adresses : Syndicat mixte de la vallée de l'Andrève, 4 chemin du Moulin-Neuf, 07990 "
              "Andrèves. Adresse du profil d'acheteur : https://marches.smva-andreve.example"),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : " + obj + ". Numéro de référence : SMVA-2027-RIP"),
            P("II.1.3) Type de marché : Travaux"),
            P("II.1.4) Description succincte : accord-cadre à bons de commande portant sur l'abattage sélectif, "
              "l'élagage, l'enlèvement d'embâcles et la plantation d'essences locales le long de 62 km de cours "
              "d'eau."),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : EUR 540 000,00"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
            P("II.2.7) Durée du marché, de l'accord-cadre ou du système d'acquisition dynamique : Durée en mois : "
              "48. Ce marché peut faire l'objet d'une reconduction : non"),
            P("II.2.14) Informations complémentaires : valeur maximale de l'accord-cadre sur sa durée : "
              "EUR 612 000,00 HT."),
            H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
            P("III.2.2) Conditions particulières d'exécution : clause d'insertion professionnelle d'un volume de "
              "1 240 heures sur la durée de l'accord-cadre ; interdiction des engins dans le lit mineur et emploi "
              "d'huiles hydrauliques biodégradables."),
            H("Section IV : Procédure"),
            P("IV.1.1) Type de procédure : Procédure ouverte"),
            P("IV.2.2) Date limite de réception des offres : 17/05/2027 Heure locale : 12:00")]
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation SMVA-2027-RIP"),
          *A("Objet", "Travaux d'entretien de la végétation des berges sur le bassin de l'Andrève."),
          *A("Dévolution", "Le marché n'est pas alloti : les interventions suivent un programme annuel unique "
                           "établi par tronçon et exigent une coordination de tous les instants."),
          *A("Durée", "L'accord-cadre est conclu pour quarante-huit mois à compter de sa notification."),
          *A("Conditions d'exécution",
             "Le titulaire devra réaliser une action d'insertion professionnelle dont le volume est fixé à "
             "l'article 8 du CCAP."),
          *f_rc_retrait(c), *f_rc_remise(c, date="17 mai 2027"), *f_rc_candidature(c, 1),
          *f_rc_jugement(c, prix=50)]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accord-cadre à bons de commande SMVA-2027-RIP"),
            *A("Objet",
               "Le présent accord-cadre porte sur l'entretien de la ripisylve : abattage sélectif des arbres "
               "dépérissants, élagage, recépage, enlèvement des embâcles, plantation et protection de jeunes "
               "plants d'essences locales, sur l'Andrève et sur ses affluents (la Brèze, le Ruisseau-Noir et la "
               "Sauldre-Basse)."),
            *f_pieces(c, 0),
            *A("Durée", "L'accord-cadre est conclu pour quarante-huit mois à compter de sa notification. Il n'est "
                        "pas reconductible. Chaque bon de commande précise le tronçon, les travaux et le délai."),
            *f_prix(c, 0), *f_paiement(c, 0), *f_avance(c),
            *A("Prescriptions environnementales",
               "Aucun engin ne circule dans le lit mineur. Les engins utilisent des huiles hydrauliques "
               "biodégradables et sont ravitaillés à plus de 30 mètres du cours d'eau, sur bac de rétention. Les "
               "travaux d'abattage n'ont pas lieu du 1er mars au 31 août. Les rémanents sont broyés et valorisés "
               "en compostage."),
            *A("Clause d'insertion",
               "Le titulaire réserve aux personnes éloignées de l'emploi un volume de travail d'au moins 1" + SB +
               "240 heures sur la durée de l'accord-cadre. Il assure en outre aux personnes recrutées une "
               "formation à la sécurité de 14 heures, qui n'est pas décomptée."),
            *f_penalites(c, 1), *f_assurances(c, 0), *f_resiliation(c),
            *A("Programme annuel et bons de commande",
               "Chaque année, avant le 15 septembre, le syndicat transmet au titulaire le programme des tronçons à "
               "traiter pendant la saison suivante. Le titulaire le visite avec le technicien de rivière, propose "
               "un phasage et signale les arbres remarquables, les gîtes à chiroptères et les ouvrages fragiles. "
               "Les bons de commande sont émis par tronçon ; ils précisent le linéaire, la nature des "
               "interventions, le délai d'exécution et, le cas échéant, les accès convenus avec les riverains."),
            *A("Constat d'achèvement",
               "À l'achèvement de chaque bon de commande, le titulaire et le technicien de rivière parcourent le "
               "tronçon traité. Ils vérifient l'évacuation des embâcles, l'état des berges, la tenue des "
               "protections de plants et la remise en état des accès. Les réserves éventuelles sont levées dans "
               "le délai fixé au constat, faute de quoi le syndicat peut faire exécuter les reprises aux frais du "
               "titulaire. Le constat signé vaut réception des prestations du bon de commande. Il mentionne les "
               "quantités réellement exécutées, qui servent seules au calcul des sommes dues au titulaire."),
            *A("Montant maximum"),
            SPLIT("Les commandes sont passées au fil des besoins, sans montant minimum. Le montant maximum de "
                  "l'accord-cadre, pour sa durée totale de quarante-huit mois, est fixé à 612",
                  "000~€~HT. Il tient compte du programme pluriannuel d'entretien arrêté par le comité syndical."),
            *f_litiges(c)]
    ae = [TITLE(buyer, "Acte d'engagement", obj, "Accord-cadre SMVA-2027-RIP"),
          *f_ae_titulaire(c),
          *A("Montant",
             "L'accord-cadre est exécuté par bons de commande dans la limite d'un montant maximum de "
             "EUR~153~000,00~HT par période de douze mois."),
          *A("Durée", "L'accord-cadre est conclu pour quarante-huit mois à compter de sa notification."),
          *A("Insertion", "J'accepte les conditions d'exécution du CCAP, dont la clause d'insertion de son "
                          "article 8."),
          *f_ae_compte(c), *f_ae_signature(c)]
    head = buyer + " – %s SMVA-2027-RIP"
    return dict(
        id="d12", title="SM de la vallée de l'Andrève – entretien de la ripisylve (48 mois)",
        pieces=[
            PIECE("AVIS_SMVA-2027-RIP.txt", "AVIS", head % "Avis", "", avis,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1240, clause_environnementale=1,
                    allotissement=0, montant_estime_ht=540000, montant_max_ht=612000,
                    evidence=["Valeur hors TVA : EUR 540 000,00", "Ce marché est divisé en lots : non",
                              "valeur maximale de l'accord-cadre sur sa durée : EUR 612 000,00 HT",
                              "clause d'insertion professionnelle d'un volume de 1 240 heures",
                              "emploi d'huiles hydrauliques biodégradables"])),
            PIECE("RC_SMVA-2027-RIP.docx", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(clause_sociale=1, clause_insertion=1, allotissement=0,
                    evidence=["Le marché n'est pas alloti",
                              "Le titulaire devra réaliser une action d'insertion professionnelle"])),
            PIECE("CCAP_SMVA-2027-RIP.pdf", "CCAP", head % "CCAP", "CCAP SMVA-2027-RIP", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1240, clause_environnementale=1,
                    montant_max_ht=612000,
                    evidence=["est fixé à 612 000 € HT",
                              "un volume de travail d'au moins 1 240 heures sur la durée de l'accord-cadre",
                              "Aucun engin ne circule dans le lit mineur"])),
            PIECE("AE_SMVA-2027-RIP.docx", "AE", head % "AE", "Acte d'engagement", ae,
                  L(clause_sociale=1, clause_insertion=1, montant_max_ht=612000,
                    evidence=["EUR 153 000,00 HT par période de douze mois", "quarante-huit mois",
                              "[153 000 × 4 = 612 000]", "dont la clause d'insertion de son article 8"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(allotissement=0, montant_estime_ht=540000, montant_max_ht=612000, heures_insertion=1240),
        note="Maximum : 612 000. Avis : « EUR 612 000,00 HT » (devise avant le nombre) ; CCAP : « fixé à 612 » en "
             "dernière ligne de la page 2, « 000 € HT. » en tête de la page 3 (saut de page) ; AE : « EUR 153 "
             "000,00 HT par période de douze mois » et 48 mois, soit 153 000 × 4 = 612 000. Estimation : EUR "
             "540 000,00 (avis) : ce n'est pas le maximum. Heures : 1 240 (avis ; CCAP, coupé « 1 / 240 » en fin "
             "de ligne dans le PDF) ; les « 14 heures » de formation à la sécurité ne sont pas décomptées ; "
             "« 12:00 ». Le RC et l'AE exigent la clause sans en donner le volume (heures vides). Non alloti. "
             "Clause environnementale (avis, CCAP).")


# d13 — montants voisins (minimum, plafond par bon, pénalités, assurances, avance, TTC) ; heures par tranche
# de montant sans résultat en heures (valeur vide).
def d13():
    c = C("le centre communal d'action sociale de Fontmaure", "Fontmaure", ccag="travaux",
          profil="https://marches.ccas-fontmaure.example", ref="CCAS-F-2027-03")
    buyer = "Centre communal d'action sociale de Fontmaure"
    obj = "Travaux de petite maintenance et de second œuvre dans les résidences autonomie"
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation CCAS-F-2027-03 – procédure adaptée"),
          *A("Objet", "Travaux de peinture, de plomberie, d'électricité, de menuiserie et de petite maçonnerie "
                      "dans les logements et les parties communes des trois résidences autonomie du CCAS."),
          *A("Dévolution",
             "Les travaux sont confiés à une seule entreprise, en lot unique : les interventions, courtes et "
             "imbriquées dans des logements occupés, exigent un interlocuteur unique."),
          *A("Durée et montants",
             "L'accord-cadre est conclu pour trente-six mois. Ses montants minimum et maximum sont fixés à "
             "l'article 4 du CCAP."),
          *f_rc_retrait(c), *f_rc_remise(c, date="7 juin 2027"),
          *A("Capacités exigées",
             "Le candidat justifie d'un chiffre d'affaires annuel d'au moins 120 000 € HT sur l'un des trois "
             "derniers exercices et d'une assurance de responsabilité décennale."),
          *f_rc_jugement(c, prix=60)]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accord-cadre à bons de commande CCAS-F-2027-03"),
            *A("Objet", "Petits travaux d'entretien et de remise en état des résidences autonomie Les Tilleuls, "
                        "Le Clos-Fleuri et La Roseraie."),
            *f_pieces(c, 0),
            *A("Durée", "Trente-six mois à compter de la notification, sans reconduction."),
            *A("Montants",
               "L'accord-cadre est conclu avec un montant minimum de 20~000~€~HT et un montant maximum de "
               "198" + SB + "000~€~HT pour sa durée totale. Le montant d'un bon de commande ne peut excéder "
               "25~000~€~HT."),
            *f_avance(c),
            *A("Retenue de garantie", "Une retenue de garantie de 5 % est prélevée sur chaque acompte ; elle "
                                      "peut être remplacée par une garantie à première demande."),
            *A("Pénalités",
               "Tout retard donne lieu à une pénalité de 100 € par jour. Le total des pénalités est plafonné à "
               "5 % du montant maximum de l'accord-cadre."),
            *A("Assurances",
               "Le titulaire est assuré en responsabilité civile pour au moins 2~500~000~€ par sinistre et en "
               "responsabilité décennale pour les ouvrages qui y sont soumis."),
            *A("Accès aux logements",
               "Les logements sont accessibles de 9 heures à 17 heures, après prévenance du résident au moins "
               "48 heures à l'avance. Les fuites et pannes électriques sont traitées sous 24 heures."),
            *A("Clause d'insertion",
               "Le titulaire consacre à l'insertion professionnelle de personnes éloignées de l'emploi une heure "
               "de travail par tranche de 2~500~€~HT de travaux commandés. Le volume dû est arrêté à la fin de "
               "chaque année, au vu des bons de commande soldés, et vérifié par le facilitateur de la Maison de "
               "l'emploi de Fontmaure."),
            *f_paiement(c, 0), *f_litiges(c)]
    ae = [TITLE(buyer, "Acte d'engagement", obj, "Accord-cadre CCAS-F-2027-03"),
          *f_ae_titulaire(c),
          *A("Montants",
             "L'accord-cadre est conclu avec un montant minimum de 20~000~€~HT et un montant maximum de "
             "237~600~€~TTC sur sa durée totale."),
          *A("Insertion",
             "Je m'engage à respecter la clause d'insertion de l'article 10 du CCAP, à raison d'une heure de "
             "travail d'insertion par tranche de 2~500~€~HT de travaux commandés."),
          *A("Prix", "Les travaux sont rémunérés aux prix du bordereau ; un taux horaire de main-d'œuvre "
                     "s'applique aux dépannages non prévus au bordereau."),
          *f_ae_compte(c), *f_ae_signature(c)]
    head = buyer + " – %s CCAS-F-2027-03"
    return dict(
        id="d13", title="CCAS de Fontmaure – petite maintenance des résidences autonomie",
        pieces=[
            PIECE("RC_CCAS-F-2027-03.pdf", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(allotissement=0, evidence=["en lot unique"])),
            PIECE("CCAP_CCAS-F-2027-03.pdf", "CCAP", head % "CCAP", "CCAP CCAS-F-2027-03", ccap,
                  L(clause_sociale=1, clause_insertion=1, montant_max_ht=198000,
                    evidence=["un montant maximum de 198 000 € HT pour sa durée totale",
                              "une heure de travail par tranche de 2 500 € HT de travaux commandés"])),
            PIECE("AE_CCAS-F-2027-03.docx", "AE", head % "AE", "Acte d'engagement", ae,
                  L(clause_sociale=1, clause_insertion=1,
                    evidence=["une heure de travail d'insertion par tranche de 2 500 € HT de travaux commandés"])),
        ],
        pos=["clause_sociale", "clause_insertion"],
        values=V(allotissement=0, montant_max_ht=198000),
        note="Maximum : 198 000 € HT pour la durée totale de trente-six mois (CCAP ; « 198 / 000 » coupé en fin "
             "de ligne dans le PDF), seul maximum HT. Pièges : "
             "minimum 20 000 € HT ; 25 000 € HT par bon de commande ; seuil de l'avance 50 000 € HT ; pénalités "
             "plafonnées à 5 % du maximum ; assurance 2 500 000 € ; chiffre d'affaires exigé 120 000 € HT (RC) ; "
             "l'AE n'écrit le maximum qu'en TTC (237 600 € TTC) : AE vide. Heures : clause d'insertion exprimée "
             "« une heure par tranche de 2 500 € HT de travaux commandés », sans nombre d'heures écrit : "
             "clause_insertion 1, heures vides (on ne calcule pas 198 000 / 2 500 = 79,2). Pièges d'heures : "
             "« 9 heures à 17 heures », « 48 heures à l'avance », « sous 24 heures ». Lot unique (RC).")


# d14 — maximum annuel « 95 k€ HT » au CCAP, reconductions au RC ; heures par tranche avec résultat écrit.
def d14():
    c = C("la communauté d'agglomération de Vireval", "Vireval", profil="https://marches.agglo-vireval.example",
          ref="CAV-2027-GRAF")
    buyer = "Communauté d'agglomération de Vireval"
    obj = "Effacement des graffitis et enlèvement de l'affichage sauvage"
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation CAV-2027-GRAF – procédure adaptée"),
          *A("Objet", "Effacement des graffitis et des tags, enlèvement de l'affichage sauvage et des "
                      "autocollants sur le domaine public et sur les façades privées dont les propriétaires ont "
                      "signé une convention."),
          *A("Dévolution", "Le marché n'est pas alloti."),
          *A("Durée",
             "L'accord-cadre est conclu pour un an à compter du 1er janvier 2028. Il peut être reconduit trois "
             "fois par période d'un an, par décision expresse notifiée au moins trois mois avant l'échéance."),
          *f_rc_retrait(c), *f_rc_remise(c, date="4 octobre 2027"), *f_rc_candidature(c, 0),
          *f_rc_jugement(c, prix=45), *f_rc_nego(c)]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accord-cadre à bons de commande CAV-2027-GRAF"),
            *A("Objet", "Effacement des graffitis et enlèvement de l'affichage sauvage sur le territoire des "
                        "quatorze communes de l'agglomération."),
            *f_pieces(c, 1),
            *A("Durée", "L'accord-cadre est conclu pour un an ; ses reconductions sont définies au règlement de "
                        "la consultation."),
            *A("Montant", "Montant maximum annuel : 95~k€~HT. L'accord-cadre ne comporte pas de minimum."),
            *A("Clause sociale d'insertion",
               "Le titulaire réalise une action d'insertion au profit de personnes éloignées de l'emploi. Le "
               "volume d'heures est calculé à raison d'une heure par tranche de 1~250~€~HT du montant maximum de "
               "l'accord-cadre, reconductions comprises, soit 304 heures sur la durée maximale de l'accord-cadre.",
               "Les heures non réalisées sont pénalisées à raison de 50 € par heure manquante."),
            *f_prix(c, 0), *f_paiement(c, 1), *f_penalites(c, 0), *f_assurances(c, 1), *f_litiges(c)]
    cctp = [TITLE(buyer, "Cahier des clauses techniques particulières", obj, "Accord-cadre CAV-2027-GRAF"),
            *A("Délais",
               "Les graffitis à caractère injurieux, raciste ou obscène sont effacés sous 24 heures après le "
               "signalement ; les autres sous cinq jours ouvrés. Les interventions ont lieu entre 6 heures et "
               "22 heures."),
            *A("Techniques et produits",
               "Le titulaire privilégie l'hydrogommage à basse pression et les procédés thermiques. Les produits "
               "de décapage sont biodégradables et sans solvant chloré. Les eaux de lavage sont aspirées et "
               "traitées ; aucun rejet n'est admis dans le réseau d'eaux pluviales."),
            *A("Traitement anti-graffiti",
               "Sur demande, le titulaire applique un vernis anti-graffiti sacrificiel ou permanent ; la surface "
               "traitée est mesurée contradictoirement."),
            *f_cctp_suivi(c), *f_cctp_securite(c)]
    head = buyer + " – %s CAV-2027-GRAF"
    return dict(
        id="d14", title="CA de Vireval – effacement des graffitis (maximum en k€ par an)",
        pieces=[
            PIECE("RC_CAV-2027-GRAF.pdf", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(allotissement=0, evidence=["Le marché n'est pas alloti"])),
            PIECE("CCAP_CAV-2027-GRAF.pdf", "CCAP", head % "CCAP", "CCAP CAV-2027-GRAF", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=304, montant_max_ht=95000,
                    evidence=["Montant maximum annuel : 95 k€ HT",
                              "soit 304 heures sur la durée maximale de l'accord-cadre"])),
            PIECE("CCTP_CAV-2027-GRAF.docx", "CCTP", head % "CCTP", "CCTP CAV-2027-GRAF", cctp,
                  L(clause_environnementale=1,
                    evidence=["Les produits de décapage sont biodégradables et sans solvant chloré",
                              "aucun rejet n'est admis dans le réseau d'eaux pluviales"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(allotissement=0, montant_max_ht=380000, heures_insertion=304),
        note="Maximum : « Montant maximum annuel : 95 k€ HT » (CCAP, en milliers d'euros) ; le RC : un an "
             "reconductible trois fois, soit quatre périodes : 95 000 × 4 = 380 000. Le CCAP, qui renvoie les "
             "reconductions au RC, reçoit 95 000. Heures : « une heure par tranche de 1 250 € HT du montant "
             "maximum …, soit 304 heures » : le résultat est écrit, 304 (= 380 000 / 1 250). Pièges : 50 € par "
             "heure manquante ; « sous 24 heures », « entre 6 heures et 22 heures » (CCTP), « sous 48 heures ». "
             "Non alloti. Clause environnementale (CCTP).")


# d15 — tableau : maximum de la période initiale et de chaque reconduction (deux) par lot ; lot 3 réservé
# L2113-12 ; CCTP en conflit (maximum annuel tous lots).
def d15():
    c = C("le Département du Lorvan", "Lorvan-Ville", profil="https://marches.lorvan.example", ref="DL-2027-EV")
    buyer = "Département du Lorvan"
    obj = "Entretien des espaces verts des collèges"
    lots = ["lot 1 – collèges du secteur ouest (huit établissements) ;",
            "lot 2 – collèges du secteur centre (sept établissements) ;",
            "lot 3 – collèges du secteur est (cinq établissements), réservé."]
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation DL-2027-EV – appel d'offres ouvert"),
          *A("Objet", "Tonte, taille, désherbage manuel ou mécanique, ramassage des feuilles et entretien des "
                      "massifs dans les espaces extérieurs de vingt collèges."),
          *A("Lots", "La consultation comprend trois lots :", lots),
          *A("Réservation du lot 3",
             "Le lot 3 est réservé aux entreprises adaptées et aux établissements et services d'aide par le "
             "travail, en application de l'article L. 2113-12 du code de la commande publique."),
          *A("Durée", "Un an à compter du 1er septembre 2027, reconductible deux fois."),
          *f_rc_retrait(c), *f_rc_remise(c, date="31 mai 2027"), *f_rc_candidature(c, 1),
          *A("Critères d'attribution",
             ["prix : 50 % ;", "valeur technique (moyens, planning, encadrement) : 35 % ;",
              "pratiques de gestion écologique des espaces (techniques alternatives au désherbage chimique, "
              "valorisation des déchets verts, préservation de la biodiversité) : 15 %."])]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accords-cadres à bons de commande DL-2027-EV – lots 1 à 3"),
            *A("Objet et lots", "Le présent CCAP régit les trois lots de la consultation. Le lot 3 est réservé "
                                "(article L. 2113-12 du code de la commande publique)."),
            *f_pieces(c, 0),
            *A("Durée", "Chaque accord-cadre comporte une période initiale d'un an et peut être reconduit deux "
                        "fois pour un an."),
            *A("Montants maximums",
               "Le tableau ci-dessous donne, pour chaque lot, le montant maximum de la période initiale et celui "
               "de chaque reconduction ; ce dernier s'applique à chacune des deux reconductions. Il n'est pas fixé "
               "de minimum."),
            RTAB([["Lot", "Maximum de la période initiale (€ HT)", "Maximum de chaque reconduction (€ HT)"],
                  ["Lot 1 – secteur ouest", "80 000", "70 000"],
                  ["Lot 2 – secteur centre", "64 000", "56 000"],
                  ["Lot 3 – secteur est (réservé)", "36 000", "30 000"]],
                 widths=[2.2, 2.0, 2.0], align="lrr"),
            *A("Exécution", "Les tontes ont lieu hors des heures de cours ou le mercredi après-midi. Les "
                            "interventions de sécurité (branche menaçante) sont faites sous 48 heures."),
            *f_prix(c, 1), *f_paiement(c, 0), *f_penalites(c, 0), *f_assurances(c, 0), *f_litiges(c)]
    cctp = [TITLE(buyer, "Cahier des clauses techniques particulières", obj, "Consultation DL-2027-EV"),
            *A("Champ", "Le présent CCTP est commun aux trois lots. Le montant maximum annuel des prestations, "
                        "tous lots confondus, est de 150~000~€~HT."),
            *A("Gestion différenciée",
               "Le titulaire applique le plan de gestion différenciée de chaque collège : aucun produit "
               "phytosanitaire, tonte haute, zones de fauche tardive, paillage des massifs avec les broyats "
               "produits sur place. Les déchets verts non broyés sont apportés à une plateforme de compostage."),
            *A("Fréquences", ["tonte des pelouses : dix passages par an ;", "taille des haies : deux fois par an ;",
                              "ramassage des feuilles : à la demande, d'octobre à décembre."]),
            *f_cctp_suivi(c), *f_cctp_securite(c)]
    ae = [TITLE(buyer, "Acte d'engagement", obj, "Lot n° 3 – Collèges du secteur est (lot réservé)"),
          P("Lot réservé aux entreprises adaptées et aux ESAT (article L. 2113-12 du code de la commande "
            "publique)."),
          *f_ae_titulaire(c),
          *A("Montants",
             "Le montant maximum du lot 3 est de 36~000~€~HT pour la période initiale et de 30~000~€~HT pour "
             "chacune des deux reconductions."),
          *f_ae_compte(c), *f_ae_signature(c)]
    head = buyer + " – %s DL-2027-EV"
    return dict(
        id="d15", title="Département du Lorvan – espaces verts des collèges (trois lots, lot 3 réservé)",
        pieces=[
            PIECE("RC_DL-2027-EV.pdf", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1,
                    nb_lots=3,
                    evidence=["La consultation comprend trois lots",
                              "Le lot 3 est réservé aux entreprises adaptées et aux établissements et services d'aide "
                              "par le travail, en application de l'article L. 2113-12",
                              "pratiques de gestion écologique des espaces"])),
            PIECE("CCAP_DL-2027-EV.pdf", "CCAP", head % "CCAP", "CCAP DL-2027-EV", ccap,
                  L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=3, montant_max_ht=492000,
                    evidence=["régit les trois lots", "Le lot 3 est réservé (article L. 2113-12",
                              "Lot 1 – secteur ouest 80 000 70 000", "Lot 2 – secteur centre 64 000 56 000",
                              "Lot 3 – secteur est (réservé) 36 000 30 000",
                              "[180 000 + 2 × 156 000 = 492 000]"])),
            PIECE("CCTP_DL-2027-EV.docx", "CCTP", head % "CCTP", "CCTP DL-2027-EV", cctp,
                  L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=150000,
                    evidence=["commun aux trois lots", "tous lots confondus, est de 150 000 € HT",
                              "aucun produit phytosanitaire"])),
            PIECE("AE_DL-2027-EV_lot3.docx", "AE", head % "AE lot 3", "Acte d'engagement – lot 3", ae,
                  L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=96000,
                    evidence=["article L. 2113-12",
                              "36 000 € HT pour la période initiale et de 30 000 € HT pour chacune des deux "
                              "reconductions", "[36 000 + 2 × 30 000 = 96 000]"])),
        ],
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=3, montant_max_ht=492000, reserve_base="L2113-12"),
        note="Maximum : vrai tableau du CCAP, colonnes « période initiale » et « chaque reconduction », sans "
             "total ; deux reconductions : lot 1 : 80 000 + 2 × 70 000 = 220 000 ; lot 2 : 64 000 + 2 × 56 000 "
             "= 176 000 ; lot 3 : 36 000 + 2 × 30 000 = 96 000 ; total 492 000. Pièges : la somme d'une ligne "
             "(150 000, 120 000, 66 000) ou d'une colonne (180 000, 156 000) ne suffit pas ; le CCTP écrit un "
             "maximum annuel tous lots de 150 000 € HT (conflit, le CCAP prime ; le CCTP garde son chiffre) ; "
             "AE du lot 3 : 96 000. Lot 3 réservé, article L. 2113-12 cité (EA et ESAT). Trois lots. Critère "
             "environnemental 15 % (RC) ; clause environnementale (CCTP). « sous 48 heures », « heures de cours ».")


# d16 — tableau par lot et par période sans total ; AE du lot 1 ; heures par an et par lot (CCAP) avec total
# écrit (RC deux colonnes, nombre coupé) ; heures de formation ; horaires d'ouverture ; cinq pièces.
def d16():
    c = C("la communauté d'agglomération Rives de l'Yvrette", "Saint-Yvrain", profil="https://marches.rives-yvrette.example",
          ref="RY-2027-NET")
    buyer = "Communauté d'agglomération Rives de l'Yvrette"
    obj = "Entretien ménager des équipements sportifs communautaires"
    avis = [TITLE("Avis de marché – Services", buyer + " – " + obj),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : " + obj + ". Numéro de référence : RY-2027-NET"),
            P("II.1.3) Type de marché : Services"),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 520 000,00 EUR"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Nombre de lots : 2"),
            P("II.2.1) Lot n° 1 – Gymnases, salles de sport et dojos"),
            P("II.2.1) Lot n° 2 – Piscines et centre aquatique"),
            P("II.2.7) Durée : 12 mois ; reconductions : oui, deux reconductions de douze mois."),
            H("Section III : Renseignements d'ordre juridique"),
            P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion pour les deux lots ; "
              "volumes d'heures précisés dans les documents de la consultation."),
            H("Section IV : Procédure"),
            P("IV.2.2) Date limite de réception des offres : 21/06/2027 Heure locale : 12:00")]
    rc = [TITLE(buyer, "Règlement de la consultation", obj, "Consultation RY-2027-NET – appel d'offres ouvert"),
          *A("Objet", "Nettoyage quotidien et remise en état périodique de neuf gymnases, de trois dojos, de "
                      "deux piscines et du centre aquatique de l'agglomération."),
          *A("Lots", "La consultation comporte deux lots : lot 1 – gymnases, salles de sport et dojos ; lot 2 – "
                     "piscines et centre aquatique."),
          *A("Durée", "Chaque accord-cadre est conclu pour une période initiale d'un an à compter du 1er janvier "
                      "2028, reconductible deux fois pour un an."),
          *A("Clause d'insertion",
             "Chaque titulaire réalise une action d'insertion : 350 heures par an pour le lot 1 et 250 heures par "
             "an pour le lot 2, soit en tout 1" + SB + "800 heures sur les trois périodes pour les deux lots."),
          *f_rc_retrait(c), *f_rc_remise(c, date="21 juin 2027"), *f_rc_candidature(c, 0),
          *A("Critères",
             ["prix : 50 % ;", "valeur technique : 35 % ;",
              "qualité de la démarche d'insertion (parcours proposés, tutorat, formation) : 15 %."])]
    ccap = [TITLE(buyer, "Cahier des clauses administratives particulières", obj,
                  "Accords-cadres à bons de commande RY-2027-NET – lots 1 et 2"),
            *A("Objet", "Le présent CCAP est commun aux deux lots de la consultation RY-2027-NET."),
            *f_pieces(c, 1),
            *A("Durée", "Période initiale : année 2028. Reconductions : 2029 et 2030, par décision tacite."),
            *A("Montants maximums par lot et par période",
               "Aucun minimum n'est fixé. Les maximums, en euros hors taxes, sont les suivants :"),
            RTAB([["Lot", "Période initiale (2028)", "1re reconduction (2029)", "2e reconduction (2030)"],
                  ["Lot 1 – Gymnases et dojos", "110 000", "110 000", "115 000"],
                  ["Lot 2 – Piscines", "75 000", "75 000", "80 000"]],
                 widths=[2.2, 1.5, 1.5, 1.5], align="lrrr"),
            *A("Clause d'insertion",
               "Chaque titulaire réserve aux personnes éloignées de l'emploi 350 heures par période annuelle pour "
               "le lot 1 et 250 heures par période annuelle pour le lot 2. Chaque salarié en insertion bénéficie "
               "d'un tutorat et d'au moins 20 heures de formation, qui s'ajoutent à ce volume sans s'y imputer."),
            *f_prix(c, 0), *f_paiement(c, 0), *f_penalites(c, 2), *f_assurances(c, 0), *f_litiges(c)]
    ae = [TITLE(buyer, "Acte d'engagement", obj, "Lot n° 1 – Gymnases, salles de sport et dojos"),
          *f_ae_titulaire(c),
          *A("Montant maximum",
             "Le montant maximum du lot 1 est de 110~000~€~HT pour la période initiale, 110~000~€~HT pour la "
             "première reconduction et 115~000~€~HT pour la seconde, soit 335~000~€~HT."),
          *A("Insertion",
             "Je m'engage à réaliser 350 heures d'insertion par période annuelle, soit 1~050 heures sur les trois "
             "périodes."),
          *f_ae_compte(c), *f_ae_signature(c)]
    cctp = [TITLE(buyer, "Cahier des clauses techniques particulières", obj, "Consultation RY-2027-NET"),
            *A("Champ", "Le présent CCTP s'applique aux deux lots."),
            *A("Horaires",
               "Les piscines sont ouvertes au public de 7 heures à 21 heures ; le nettoyage des plages, des "
               "vestiaires et des sanitaires est achevé avant l'ouverture. Les gymnases sont nettoyés après "
               "22 heures ou le matin avant 8 heures."),
            *A("Produits et matériels",
               "Le titulaire emploie des produits porteurs de l'écolabel européen ou équivalent, des lavettes en "
               "microfibre lavées et réutilisées et des autolaveuses à faible consommation d'eau ; il trie les "
               "déchets collectés dans les bâtiments selon les consignes de l'agglomération."),
            *f_cctp_suivi(c), *f_cctp_securite(c)]
    head = buyer + " – %s RY-2027-NET"
    return dict(
        id="d16", title="CA Rives de l'Yvrette – entretien ménager des équipements sportifs (deux lots)",
        pieces=[
            PIECE("AVIS_RY-2027-NET.txt", "AVIS", head % "Avis", "", avis,
                  L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2, montant_estime_ht=520000,
                    evidence=["Valeur hors TVA : 520 000,00 EUR", "Nombre de lots : 2",
                              "clause sociale d'insertion pour les deux lots"])),
            PIECE("RC_RY-2027-NET.pdf", "RC", head % "RC", "Règlement de la consultation", rc,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, critere_social=1,
                    allotissement=1, nb_lots=2,
                    evidence=["La consultation comporte deux lots",
                              "soit en tout 1 800 heures sur les trois périodes pour les deux lots",
                              "qualité de la démarche d'insertion"]), cols=2),
            PIECE("CCAP_RY-2027-NET.pdf", "CCAP", head % "CCAP", "CCAP RY-2027-NET", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=600, allotissement=1, nb_lots=2,
                    montant_max_ht=565000,
                    evidence=["commun aux deux lots", "Lot 1 – Gymnases et dojos 110 000 110 000 115 000",
                              "Lot 2 – Piscines 75 000 75 000 80 000", "[335 000 + 230 000 = 565 000]",
                              "350 heures par période annuelle pour le lot 1 et 250 heures par période annuelle "
                              "pour le lot 2", "[350 + 250 = 600, par an, tel qu'écrit]"])),
            PIECE("AE_RY-2027-NET_lot1.docx", "AE", head % "AE lot 1", "Acte d'engagement – lot 1", ae,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1050, allotissement=1,
                    montant_max_ht=335000,
                    evidence=["soit 335 000 € HT", "soit 1 050 heures sur les trois périodes"])),
            PIECE("CCTP_RY-2027-NET.pdf", "CCTP", head % "CCTP", "CCTP RY-2027-NET", cctp,
                  L(clause_environnementale=1, allotissement=1, nb_lots=2,
                    evidence=["s'applique aux deux lots", "produits porteurs de l'écolabel européen"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(allotissement=1, nb_lots=2, montant_estime_ht=520000, montant_max_ht=565000,
                 heures_insertion=1800),
        note="Maximum : vrai tableau du CCAP par lot et par période (trois périodes), sans total : lot 1 : "
             "110 000 + 110 000 + 115 000 = 335 000 (écrit à l'AE du lot 1) ; lot 2 : 75 000 + 75 000 + 80 000 = "
             "230 000 ; total 565 000. Estimation : 520 000 EUR (avis), à ne pas confondre. Heures : CCAP 350 h "
             "par an (lot 1) et 250 h par an (lot 2) ; le RC (deux colonnes, « 1 / 800 » coupé en fin de ligne) "
             "écrit le total « soit en tout 1 800 heures sur les trois périodes pour les deux lots » : 1 800 pour le "
             "dossier (total écrit préféré). CCAP : 600 (par an, tel qu'écrit, somme des lots) ; AE lot 1 : "
             "1 050 écrits. Pièges : « au moins 20 heures de formation » (hors volume) ; « de 7 heures à 21 "
             "heures », « après 22 heures », « avant 8 heures », « 12:00 ». Critère social 15 % (RC). Clause "
             "environnementale (CCTP). Deux lots. Cinq pièces.")


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
    # blind_values_13 : mêmes clés que le dossiers.yml de blind_values_11 (trois catégories sociales)
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
    head = ("# Jeu blind_values_13 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de conflit entre pièces, le CCAP, le RC, l'AE, l'avis ou le registre des questions-réponses\n"
            "# priment sur le CCTP et ses annexes (voir note).\n")
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
