#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_18 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py : lignes 27-664
(écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB,
césure forcée HY, aides de saisie, number_articles, C, A, _DOC_TYPES) et lignes 2432-2611
(extra_checks, build_piece, check_articles, _expect, main, qui écrivent dossiers.yml, expect et
labels.csv). Changements : SET_NAME, cet en-tête, en-tête de dossiers.yml, PDF limités à 1-3 pages.
Les douze dossiers ont été écrits pour ce jeu.

Thème : la VALEUR ESTIMÉE (montant_estime_ht) et le MAXIMUM (montant_max_ht) dispersés entre les pièces,
avec allotissement, lots, heures d'insertion et bases de réservation.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot court si le mot ne tient plus sur la ligne.

Usage : .venv/bin/python tests/data/blind_values_18/make_documents.py
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
SET_NAME = "blind_values_18"

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





# ============================================================================= dossiers (écrits pour ce jeu)


def d01():
    """Syndicat des eaux – compteurs : estimation dans le champ de l'avis, maximum par période au CCAP."""
    hdr = "SIE du Val de Brenne – Compteurs d'eau – SIEVB-2027-04"
    avis = [
        TITLE("AVIS DE MARCHÉ – FOURNITURES", "Syndicat intercommunal des eaux du Val de Brenne",
              "Référence de la consultation : SIEVB-2027-04"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Syndicat intercommunal des eaux du Val de Brenne, 4 rue des Sources, 61990 Brenne-la-Haute. "
          "Profil d'acheteur : https://achats.sievb.example"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Fourniture de compteurs d'eau froide et de modules de radio-relève"),
        P("II.1.2) Code CPV principal : 38421100"),
        P("II.1.3) Type de marché : Fournitures"),
        P("II.1.4) Description succincte : accord-cadre à bons de commande, mono-attributaire, pour la fourniture de "
          "compteurs DN 15 à DN 40 et de modules radio compatibles avec le système de relève existant."),
        P("II.1.5) Valeur totale estimée : Valeur estimée hors TVA : 1~260~000,00 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
        P("II.2.5) Critères d'attribution : Prix – Pondération : 60 ; Valeur technique – Pondération : 40"),
        P("II.2.7) Durée du marché : 12 mois. Ce marché peut faire l'objet d'une reconduction : oui. "
          "Description des modalités : reconductible trois fois par période de 12 mois."),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.2) Capacité économique et financière : chiffre d'affaires annuel minimal exigé : 1~500~000 EUR HT "
          "sur chacun des trois derniers exercices ; attestation d'assurance de responsabilité civile couvrant au "
          "moins 2~000~000 EUR par sinistre."),
        P("III.1.5) Informations sur les marchés réservés : non"),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : le montant maximum de l'accord-cadre est fixé par le CCAP. "
          "Date limite de réception des offres : 12/03/2027 à 12h00."),
    ]
    rc = [TITLE("Règlement de la consultation", "Fourniture de compteurs d'eau et de modules de radio-relève",
                "Accord-cadre à bons de commande – SIEVB-2027-04")]
    rc += A("Objet de la consultation",
            "La consultation porte sur la fourniture de compteurs d'eau froide et de modules de radio-relève pour le "
            "renouvellement du parc du Syndicat (environ 4~800 compteurs par an).")
    rc += A("Forme du marché et allotissement",
            "Le marché prend la forme d'un accord-cadre mono-attributaire exécuté par bons de commande, en application "
            "des articles R2162-2 alinéa 2 et R2162-13 du code de la commande publique.",
            "La consultation ne fait pas l'objet d'un allotissement : les compteurs et les modules radio forment un "
            "ensemble technique indissociable dont la compatibilité doit être garantie par un seul titulaire.")
    rc += A("Durée",
            "L'accord-cadre est conclu pour une période initiale de 12 mois, reconductible tacitement trois fois "
            "pour une durée de 12 mois, soit une durée maximale de quatre ans.")
    rc += A("Conditions de participation",
            "Les candidats justifient d'un chiffre d'affaires annuel d'au moins 1~500~000 € HT et d'une assurance de "
            "responsabilité civile professionnelle d'au moins 2~000~000 € par sinistre.")
    rc += A("Jugement des offres",
            ["Prix apprécié sur le bordereau des prix unitaires et un panier de commande type : 60 %",
             "Valeur technique (métrologie, autonomie des modules, délais) : 40 %"])
    ccap = [TITLE("Cahier des clauses administratives particulières", "Compteurs d'eau et modules de radio-relève",
                  "SIEVB-2027-04")]
    ccap += A("Objet", "Le présent CCAP fixe les stipulations administratives de l'accord-cadre à bons de commande "
              "relatif à la fourniture de compteurs d'eau froide et de modules de radio-relève.")
    ccap += A("Durée et reconduction",
              "L'accord-cadre court à compter de sa notification pour une période initiale de 12 mois. Il est "
              "reconductible tacitement trois fois par période de 12 mois ; le titulaire ne peut refuser la reconduction.")
    ccap += A("Montants de l'accord-cadre",
              "Pour chaque période (période initiale et chacune des reconductions), les commandes sont passées dans "
              "la limite d'un montant minimum de 40~000 € HT et d'un montant maximum de 360~000 € HT.",
              "Aucun bon de commande ne peut excéder 90~000 € HT.")
    ccap += A("Reprise des matériels déposés",
              "Le titulaire reprend, à chaque livraison, les compteurs déposés remis par le Syndicat ; il assure leur "
              "démantèlement et la valorisation matière des boîtiers en laiton et des modules électroniques par une "
              "filière agréée et en remet le bordereau de suivi au Syndicat.")
    ccap += A("Avance",
              "Une avance est accordée lorsque le montant d'un bon de commande est supérieur à 50~000 € HT et que son "
              "délai d'exécution dépasse deux mois. Son taux est de 10 % du montant TTC du bon de commande.")
    ccap += A("Pénalités",
              "En cas de retard de livraison, le titulaire encourt, sans mise en demeure préalable, une pénalité de "
              "150 € HT par jour calendaire de retard, plafonnée à 10 % du montant du bon de commande.")
    bpu = [TITLE("Bordereau des prix unitaires", "Compteurs d'eau et modules de radio-relève", "SIEVB-2027-04"),
           P("Les prix sont exprimés en euros hors taxes, livraison franco au magasin du Syndicat."),
           TAB([["N°", "Désignation", "Unité", "Prix unitaire HT"],
                ["1", "Compteur volumétrique DN 15, classe R160", "u", ""],
                ["2", "Compteur volumétrique DN 20, classe R160", "u", ""],
                ["3", "Compteur DN 30/40 à jet unique", "u", ""],
                ["4", "Module de radio-relève 868 MHz", "u", ""],
                ["5", "Reprise et valorisation d'un compteur déposé", "u", ""]]),
           P("Pour mémoire, le prix moyen constaté d'un compteur DN 15 lors du précédent marché était de 38,20 € HT.")]
    pieces = [
        PIECE("AVIS_SIEVB-2027-04.txt", "AVIS", hdr, "Avis de marché", avis,
              L(allotissement=0, montant_estime_ht=1260000,
                evidence=["Valeur estimée hors TVA : 1~260~000,00 EUR", "Ce marché est divisé en lots : non"])),
        PIECE("RC_SIEVB-2027-04.pdf", "RC", hdr, "Règlement de la consultation", rc,
              L(allotissement=0, evidence=["La consultation ne fait pas l'objet d'un allotissement"])),
        PIECE("CCAP_SIEVB-2027-04.pdf", "CCAP", hdr, "CCAP", ccap,
              L(clause_environnementale=1, montant_max_ht=1440000,
                evidence=["reconductible tacitement trois fois par période de 12 mois",
                          "d'un montant maximum de 360~000 € HT",
                          "[4 périodes × 360 000 = 1 440 000]",
                          "la valorisation matière des boîtiers en laiton"])),
        PIECE("BPU_SIEVB-2027-04.docx", "BPU", hdr, "BPU", bpu, L()),
    ]
    return dict(id="d01", title="Syndicat intercommunal des eaux du Val de Brenne – compteurs d'eau (accord-cadre à bons de commande)",
                pieces=pieces, pos=["clause_environnementale"],
                values=V(allotissement=0, montant_estime_ht=1260000, montant_max_ht=1440000),
                note="Estimation : champ II.1.5 de l'avis « Valeur estimée hors TVA : 1 260 000,00 EUR ». Maximum : le CCAP "
                     "donne un maximum par période (360 000 € HT) ; 1 période initiale + 3 reconductions = 4 périodes ; "
                     "4 × 360 000 = 1 440 000. Pièges : minimum par période 40 000 ; plafond de 90 000 € HT par bon de "
                     "commande ; chiffre d'affaires minimal 1 500 000 EUR HT ; assurance 2 000 000 EUR ; seuil d'avance "
                     "50 000 € HT ; pénalité 150 € HT/jour ; prix historique 38,20 € HT ; « 4 800 compteurs par an ». "
                     "Non alloti (avis et RC). Clause environnementale : valorisation des compteurs déposés (CCAP).")


def d02():
    """Communauté de communes – nettoyage : estimation « montant prévisionnel » au RC, 2 lots, heures par lot."""
    hdr = "CC du Pays de Merlerault-sur-Sève – Nettoyage des locaux – 2027/NET/01"
    rc = [TITLE("RÈGLEMENT DE LA CONSULTATION", "Nettoyage et entretien des locaux communautaires",
                "Consultation n° 2027/NET/01 – Appel d'offres ouvert")]
    rc += [H("1. Acheteur"),
           P("Communauté de communes du Pays de Merlerault-sur-Sève, 2 place du Marché, 72990 Merlerault-sur-Sève."),
           H("2. Objet et décomposition"),
           P("Le marché a pour objet le nettoyage courant et la remise en état des bâtiments de la Communauté. "
             "Il est décomposé en deux lots :"),
           LST(["Lot 1 : bâtiments administratifs et pôle enfance (9 sites)",
                "Lot 2 : équipements sportifs et piscine intercommunale (4 sites)"]),
           P("Un candidat peut se voir attribuer les deux lots."),
           H("3. Procédure et valeur estimée"),
           P("Le montant prévisionnel du marché est estimé à 385^000 € HT pour l'ensemble des lots et pour sa durée "
             "totale de trois ans. Cette valeur excédant le seuil européen de 216~000 € HT applicable aux "
             "collectivités territoriales, la consultation est passée selon la procédure d'appel d'offres ouvert."),
           H("4. Conditions de participation"),
           P("Chaque candidat produit son chiffre d'affaires global des trois derniers exercices ; un chiffre "
             "d'affaires annuel minimal de 250~000 € HT est exigé pour le lot 1 et de 120~000 € HT pour le lot 2."),
           H("5. Critères de jugement des offres"),
           TAB([["Critère", "Pondération"],
                ["Prix (décomposition du prix global et forfaitaire)", "50 %"],
                ["Valeur technique (organisation, moyens humains, contrôle qualité)", "40 %"],
                ["Performance en matière d'insertion professionnelle des publics en difficulté", "10 %"]],
               widths=[4, 1], align="lr")]
    ccap = [TITLE("Cahier des clauses administratives particulières", "Nettoyage et entretien des locaux communautaires",
                  "2027/NET/01")]
    ccap += A("Objet et lots",
              "Le présent CCAP est commun aux deux lots de la consultation. Chaque lot fait l'objet d'un marché "
              "distinct à prix global et forfaitaire, complété de prix unitaires pour les remises en état.")
    ccap += A("Durée",
              "Chaque marché est conclu pour une durée ferme de trois ans à compter du 1er septembre 2027.")
    ccap += A("Action d'insertion professionnelle",
              "En application de l'article L2112-2 du code de la commande publique, le titulaire réalise une action "
              "d'insertion au bénéfice de personnes éloignées de l'emploi (demandeurs d'emploi de longue durée, "
              "bénéficiaires du RSA, jeunes de moins de 26 ans sans qualification, travailleurs handicapés).",
              "Le volume d'heures d'insertion à réaliser sur la durée du marché est de : lot 1 : 800 heures ; lot 2 : "
              "400 heures.",
              "Le facilitateur de la Maison de l'emploi du Pays de Sève accompagne le titulaire dans la mise en œuvre "
              "de l'action.")
    ccap += A("Pénalités",
              "Par heure d'insertion non réalisée, une pénalité de 60 € HT est appliquée. Toute absence de prestation "
              "constatée donne lieu à une pénalité de 250 € HT par site et par jour.")
    ccap += A("Avance et paiement",
              "Une avance de 5 % du montant initial TTC est versée au titulaire, le montant du marché excédant "
              "50~000 € HT. Le délai global de paiement est de 30 jours.")
    cctp = [TITLE("Cahier des clauses techniques particulières", "Nettoyage et entretien des locaux communautaires",
                  "2027/NET/01")]
    cctp += [H("1. Horaires d'intervention"),
             P("Les prestations quotidiennes sont réalisées entre 6 heures et 9 heures ou après 18 heures, hors "
               "présence du public. Le passage hebdomadaire à la piscine dure 3 heures."),
             H("2. Produits et matériels"),
             P("Les produits d'entretien utilisés sont porteurs de l'Écolabel européen ou d'un label équivalent ; les "
               "produits désinfectants ne sont employés que dans les sanitaires et les vestiaires. Les chiffonnettes "
               "sont en microfibre lavable ; les sacs poubelle contiennent au moins 50 % de matière recyclée."),
             H("3. Tri des déchets"),
             P("L'agent de nettoyage vide séparément les corbeilles de tri sélectif et dépose leur contenu dans les "
               "conteneurs correspondants."),
             H("4. Remises en état"),
             P("Les remises en état sont commandées sur devis établi à partir du taux horaire de main-d'œuvre indiqué "
               "par le titulaire (pour information, 27,40 € HT dans le marché actuel).")]
    ae = [TITLE("Acte d'engagement", "Nettoyage et entretien des locaux communautaires",
                "Lot n° 1 (sur 2) : bâtiments administratifs et pôle enfance"),
          H("A – Objet de l'acte d'engagement"),
          P("Le présent acte d'engagement concerne le lot n° 1 de la consultation 2027/NET/01, qui en comprend deux."),
          H("B – Engagement du titulaire"),
          P("Après avoir pris connaissance des pièces constitutives du marché, le soussigné s'engage à exécuter les "
            "prestations au prix global et forfaitaire annuel de : .................... € HT, soit "
            ".................... € TTC."),
          P("Il s'engage à réaliser le volume d'heures d'insertion prévu au CCAP pour ce lot."),
          H("C – Signature"),
          P("Fait à ...................., le ....................")]
    pieces = [
        PIECE("RC_2027-NET-01.pdf", "RC", hdr, "Règlement de la consultation", rc,
              L(critere_social=1, allotissement=1, nb_lots=2, montant_estime_ht=385000,
                evidence=["Il est décomposé en deux lots",
                          "Le montant prévisionnel du marché est estimé à 385^000 € HT pour l'ensemble des lots",
                          "Performance en matière d'insertion professionnelle des publics en difficulté 10 %"])),
        PIECE("CCAP_2027-NET-01.docx", "CCAP", hdr, "CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, allotissement=1, nb_lots=2,
                evidence=["commun aux deux lots de la consultation",
                          "lot 1 : 800 heures ; lot 2 : 400 heures", "[800 + 400 = 1 200]",
                          "le titulaire réalise une action d'insertion"])),
        PIECE("CCTP_2027-NET-01.pdf", "CCTP", hdr, "CCTP", cctp,
              L(clause_environnementale=1,
                evidence=["porteurs de l'Écolabel européen ou d'un label équivalent",
                          "les sacs poubelle contiennent au moins 50 % de matière recyclée"])),
        PIECE("AE_2027-NET-01_lot1.docx", "AE", hdr, "Acte d'engagement – lot 1", ae,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2,
                evidence=["concerne le lot n° 1 de la consultation 2027/NET/01, qui en comprend deux",
                          "Il s'engage à réaliser le volume d'heures d'insertion prévu au CCAP pour ce lot."])),
    ]
    return dict(id="d02", title="Communauté de communes du Pays de Merlerault-sur-Sève – nettoyage des locaux (2 lots)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=385000, heures_insertion=1200),
                note="Estimation : RC « Le montant prévisionnel du marché est estimé à 385 000 € HT pour l'ensemble des lots "
                     "et pour sa durée totale de trois ans ». Pas d'accord-cadre, pas de maximum (prix global et "
                     "forfaitaire). Heures : CCAP 800 (lot 1) + 400 (lot 2) = 1 200. Pièges : seuil européen 216 000 € HT ; "
                     "chiffres d'affaires minimaux 250 000 et 120 000 € HT ; pénalités 60 € HT/heure et 250 € HT ; seuil "
                     "d'avance 50 000 € HT ; taux horaire 27,40 € HT ; « 6 heures et 9 heures », « 3 heures » (pas "
                     "d'insertion) ; AE du lot 1 sans montant. Clause environnementale : Écolabel, sacs recyclés (CCTP).")


def d03():
    """Région – mobilier de lycées : estimation par lot en tableau avec total (et colonne TTC), maximum par lot."""
    hdr = "Région des Marches de l'Ouest – Mobilier des lycées – RMO-27-MOB"
    rc = [TITLE("Règlement de la consultation", "Fourniture de mobilier pour les lycées publics régionaux",
                "Accord-cadre à bons de commande – marché n° RMO-27-MOB")]
    rc += A("Objet",
            "La Région des Marches de l'Ouest achète le mobilier des salles d'enseignement, des internats et des "
            "centres de documentation de ses lycées publics.")
    rc += A("Allotissement et estimation",
            "La consultation est divisée en quatre lots, attribués séparément. Le tableau ci-dessous indique, pour "
            "information, l'estimation de l'administration pour la durée totale des accords-cadres (quatre ans).")
    rc += [RTAB([["Lot", "Intitulé", "Estimation € HT", "Estimation € TTC"],
                 ["1", "Mobilier de salle de classe", "120~000", "144~000"],
                 ["2", "Mobilier de CDI et de vie scolaire", "95~000", "114~000"],
                 ["3", "Mobilier d'internat", "210~000", "252~000"],
                 ["4", "Sièges techniques de laboratoire", "62~500", "75~000"],
                 ["Total", "Ensemble des lots", "487~500", "585~000"]],
                widths=[0.7, 3, 1.5, 1.5], align="llrr", bold_last=True)]
    rc += A("Procédure",
            "Les lots 1 à 3 sont passés par appel d'offres ouvert. Le lot 4, d'un montant inférieur à 80~000 € HT et "
            "représentant moins de 20 % de la valeur totale des lots, est passé selon une procédure adaptée "
            "(article R2123-1, 2° du code de la commande publique).")
    rc += A("Critères d'attribution",
            ["Prix : 50 %",
             "Qualité et ergonomie des produits (sur échantillons) : 35 %",
             "Performance environnementale (part de bois certifié et de matières recyclées, réparabilité) : 15 %"])
    ccap = [TITLE("Cahier des clauses administratives particulières", "Mobilier des lycées publics régionaux",
                  "RMO-27-MOB – commun aux quatre lots")]
    ccap += A("Forme des accords-cadres",
              "Chacun des quatre lots donne lieu à un accord-cadre à bons de commande mono-attributaire, conclu pour "
              "une durée ferme de quatre ans.")
    ccap += A("Montants minimum et maximum",
              "Sur toute la durée de l'accord-cadre, les montants des commandes sont compris entre les bornes suivantes :",
              ["Lot 1 : minimum 30~000 € HT, maximum 180~000 € HT ;",
               "Lot 2 : minimum 20~000 € HT, maximum 140~000 € HT ;",
               "Lot 3 : minimum 50~000 € HT, maximum 300~000 € HT ;",
               "Lot 4 : minimum 10~000 € HT, maximum 90~000 € HT."])
    ccap += A("Garantie",
              "Les mobiliers sont garantis cinq ans pièces et main-d'œuvre ; les pièces détachées restent disponibles "
              "pendant dix ans.")
    ccap += A("Pénalités",
              "Le retard de livraison donne lieu à une pénalité de 1/1000e du montant du bon de commande par jour, "
              "avec un minimum de 50 € HT par jour.")
    cctp = [TITLE("Cahier des clauses techniques particulières", "Mobilier des lycées publics régionaux", "RMO-27-MOB"),
            H("1. Exigences communes aux quatre lots"),
            P("Les panneaux à base de bois respectent la classe d'émission E1 de formaldéhyde et le bois massif est "
              "issu de forêts gérées durablement (certification FSC ou PEFC, ou preuve équivalente)."),
            P("Les mobiliers sont livrés avec un emballage réduit, réutilisable ou recyclable ; le titulaire reprend "
              "les emballages de livraison et en assure le recyclage."),
            H("2. Lot 3 – Mobilier d'internat"),
            P("Les lits superposés répondent à la norme NF EN 747 ; les matelas sont livrés sous housse déhoussable "
              "lavable à 60 °C."),
            H("3. Délais"),
            P("Livraison et montage dans un délai de 45 jours à compter du bon de commande, hors période du 1er au 20 "
              "juillet.")]
    pieces = [
        PIECE("RC_RMO-27-MOB.pdf", "RC", hdr, "RC", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=4, montant_estime_ht=487500,
                evidence=["La consultation est divisée en quatre lots", "Total Ensemble des lots 487~500",
                          "Performance environnementale (part de bois certifié et de matières recyclées, réparabilité) : 15 %"])),
        PIECE("CCAP_RMO-27-MOB.pdf", "CCAP", hdr, "CCAP", ccap,
              L(allotissement=1, nb_lots=4, montant_max_ht=710000,
                evidence=["Chacun des quatre lots donne lieu à un accord-cadre",
                          "Lot 1 : minimum 30~000 € HT, maximum 180~000 € HT",
                          "Lot 3 : minimum 50~000 € HT, maximum 300~000 € HT",
                          "[180 000 + 140 000 + 300 000 + 90 000 = 710 000]"])),
        PIECE("CCTP_RMO-27-MOB.docx", "CCTP", hdr, "CCTP", cctp,
              L(clause_environnementale=1, allotissement=1, nb_lots=4,
                evidence=["Exigences communes aux quatre lots",
                          "issu de forêts gérées durablement (certification FSC ou PEFC",
                          "le titulaire reprend les emballages de livraison et en assure le recyclage"])),
    ]
    return dict(id="d03", title="Région des Marches de l'Ouest – mobilier des lycées (4 lots, accords-cadres)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=4, montant_estime_ht=487500, montant_max_ht=710000),
                note="Estimation : tableau du RC par lot avec total HT 487 500 (120 000 + 95 000 + 210 000 + 62 500) ; la "
                     "colonne TTC (total 585 000) est un piège. Maximum : CCAP, un maximum par lot sur toute la durée, sans "
                     "total écrit : 180 000 + 140 000 + 300 000 + 90 000 = 710 000. Pièges : minima par lot ; seuil des "
                     "petits lots 80 000 € HT et 20 % ; pénalité minimum 50 € HT ; garanties 5 et 10 ans ; délai 45 jours. "
                     "Clause environnementale (bois certifié, reprise des emballages, CCTP) et critère environnemental 15 % (RC).")


def d04():
    """Centre hospitalier – travaux : estimation par tranche (ferme + optionnelles) sans total."""
    hdr = "Centre hospitalier de Saint-Ambrin – Restructuration de la blanchisserie – CHSA-T-2027-02"
    rc = [TITLE("CENTRE HOSPITALIER DE SAINT-AMBRIN", "Règlement de consultation – Marché de travaux",
                "Restructuration de la blanchisserie centrale – CHSA-T-2027-02")]
    rc += A("Objet et étendue",
            "Les travaux portent sur la restructuration de la blanchisserie centrale (désamiantage, gros œuvre, "
            "réseaux de fluides, tunnel de lavage). Ils sont traités en marché unique et ne sont pas allotis : les "
            "interventions s'enchaînent dans un bâtiment en activité et leur coordination par le Centre hospitalier "
            "rendrait l'exécution techniquement difficile et plus coûteuse (article L2113-11 du code de la commande "
            "publique).")
    rc += A("Tranches",
            "Le marché comporte une tranche ferme et deux tranches optionnelles, dont l'estimation prévisionnelle "
            "est la suivante :",
            ["Tranche ferme – Restructuration de la zone de lavage : 842~000 € HT",
             "Tranche optionnelle 1 – Zone de repassage et de pliage : 215~000 € HT",
             "Tranche optionnelle 2 – Locaux sociaux du personnel : 128~500 € HT"],
            "Les tranches optionnelles peuvent être affermies dans un délai de 18 mois à compter de la notification.")
    rc += A("Procédure",
            "Le montant des travaux étant inférieur au seuil européen de 5~404~000 € HT, la consultation est passée "
            "selon une procédure adaptée ouverte.")
    rc += A("Critères",
            "Les offres sont jugées sur le prix (55 %) et sur la valeur technique (45 %), appréciée au vu du mémoire "
            "technique (phasage en site occupé, moyens, hygiène et bio-nettoyage des zones contiguës).")
    ccap = [TITLE("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Restructuration de la blanchisserie centrale",
                  "CHSA-T-2027-02")]
    ccap += A("Décomposition en tranches",
              "Le marché comprend une tranche ferme et deux tranches optionnelles (article R2113-4 du code de la "
              "commande publique), décrites au règlement de consultation et au CCTP.")
    ccap += A("Clause sociale d'insertion",
              "Le titulaire s'engage à réserver aux personnes rencontrant des difficultés sociales ou professionnelles "
              "particulières un volume minimal de 350 heures de travail sur l'ensemble du marché, par embauche directe, "
              "mise à disposition par une entreprise de travail temporaire d'insertion ou sous-traitance à une "
              "structure d'insertion. Le PLIE de l'agglomération de Saint-Ambrin assure le suivi de l'engagement.")
    ccap += A("Délais et pénalités",
              "Le délai d'exécution de la tranche ferme est de 9 mois. Tout jour de retard entraîne une pénalité de "
              "1/3000e du montant de la tranche concernée, avec un minimum de 500 € HT par jour.")
    ccap += A("Avance, retenue de garantie et paiement",
              "Une avance de 10 % est versée pour chaque tranche dont le montant excède 50~000 € HT. Une retenue de "
              "garantie de 5 % est appliquée. Le délai global de paiement est de 50 jours.")
    ccap += A("Assurances",
              "Le titulaire justifie d'une assurance de responsabilité civile décennale et d'une assurance de "
              "responsabilité civile couvrant au moins 3~000~000 € par sinistre.")
    ae = [TITLE("ACTE D'ENGAGEMENT", "Restructuration de la blanchisserie centrale", "CHSA-T-2027-02"),
          H("Article 1 – Prix"),
          P("Le titulaire s'engage à exécuter les travaux aux prix suivants, établis sur la base de la décomposition du "
            "prix global et forfaitaire :"),
          TAB([["Tranche", "Montant HT", "TVA 20 %", "Montant TTC"],
               ["Tranche ferme", "", "", ""],
               ["Tranche optionnelle 1", "", "", ""],
               ["Tranche optionnelle 2", "", "", ""],
               ["Total (toutes tranches)", "", "", ""]], widths=[2.4, 1.2, 1, 1.2]),
          H("Article 2 – Délai"),
          P("Le délai d'exécution de la tranche ferme est fixé au CCAP ; celui de chaque tranche optionnelle court à "
            "compter de son affermissement."),
          H("Article 3 – Insertion"),
          P("Le titulaire confirme son engagement de réaliser l'action d'insertion prévue à l'article 2 du CCAP.")]
    pieces = [
        PIECE("RC_CHSA-T-2027-02.pdf", "RC", hdr, "Règlement de consultation", rc,
              L(allotissement=0, montant_estime_ht=1185500,
                evidence=["Ils sont traités en marché unique et ne sont pas allotis",
                          "Tranche ferme – Restructuration de la zone de lavage : 842~000 € HT",
                          "[842 000 + 215 000 + 128 500 = 1 185 500]"])),
        PIECE("CCAP_CHSA-T-2027-02.pdf", "CCAP", hdr, "CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=350,
                evidence=["un volume minimal de 350 heures de travail sur l'ensemble du marché"]), hyphen=True),
        PIECE("AE_CHSA-T-2027-02.docx", "AE", hdr, "Acte d'engagement", ae,
              L(clause_sociale=1, clause_insertion=1,
                evidence=["Le titulaire confirme son engagement de réaliser l'action d'insertion prévue"])),
    ]
    return dict(id="d04", title="Centre hospitalier de Saint-Ambrin – restructuration de la blanchisserie (travaux à tranches)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion"],
                values=V(allotissement=0, montant_estime_ht=1185500, heures_insertion=350),
                note="Estimation : RC, une estimation par tranche sans total : 842 000 (ferme) + 215 000 (TO1) + 128 500 "
                     "(TO2) = 1 185 500 (la valeur estimée comprend les tranches optionnelles). Pas d'accord-cadre, pas de "
                     "maximum. Heures : 350 (CCAP). Pièges : seuil européen 5 404 000 € HT ; seuil d'avance 50 000 € HT ; "
                     "pénalité minimum 500 € HT/jour ; retenue de garantie 5 % ; assurance 3 000 000 € ; délai 9 et 18 "
                     "mois, paiement 50 jours ; AE à tableau vide. Non alloti, motivé (RC).")


def d05():
    """Commune – maîtrise d'œuvre : enveloppe de travaux (pas l'estimation du marché) et estimation des honoraires."""
    hdr = "Commune de Brénac-les-Vignes – Maîtrise d'œuvre de la médiathèque – MOE-MED-2027"
    rc = [TITLE("Commune de Brénac-les-Vignes", "Règlement de la consultation",
                "Marché de maîtrise d'œuvre pour la réhabilitation de la halle aux grains en médiathèque – MOE-MED-2027")]
    rc += A("Objet",
            "Le marché confie à une équipe de maîtrise d'œuvre une mission de base au sens de l'article R2431-4 du "
            "code de la commande publique, assortie des missions complémentaires OPC et SSI, pour la réhabilitation "
            "et l'extension de l'ancienne halle aux grains en médiathèque (1~250 m² de surface de plancher).")
    rc += A("Procédure et valeur estimée",
            "S'agissant de la réhabilitation d'un ouvrage existant, la consultation est passée selon la procédure concurrentielle avec négociation, sans concours. La valeur estimée du "
            "présent marché de maîtrise d'œuvre, missions complémentaires comprises, est de 296~000 € HT.",
            "Le marché n'est pas alloti : la mission de maîtrise d'œuvre est indissociable.")
    rc += A("Composition des équipes",
            "L'équipe comprend au moins un architecte inscrit à l'Ordre, mandataire, un bureau d'études structure, "
            "un bureau d'études fluides et un économiste de la construction. La mission de conception architecturale "
            "relève de la profession d'architecte.")
    rc += A("Indemnisation",
            "Chacun des trois candidats admis à présenter une offre et ayant remis une esquisse conforme reçoit une "
            "prime de 9~000 € HT. La prime du titulaire vaut avance sur sa rémunération.")
    rc += A("Critères d'attribution",
            ["Valeur technique de l'esquisse et de la note méthodologique : 50 %",
             "Pertinence de l'approche environnementale (sobriété énergétique, matériaux biosourcés, confort d'été) : 20 %",
             "Taux de rémunération : 30 %"])
    prog = [TITLE("Programme de l'opération", "Réhabilitation et extension de la halle aux grains en médiathèque",
                  "Annexe au règlement de la consultation"),
            H("1. Contexte"),
            P("La médiathèque, installée dans la halle aux grains de 1862 et son extension, remplacera la bibliothèque "
              "municipale logée depuis 1978 dans l'ancienne école des garçons. Elle accueillera un fonds de 28~000 documents et un espace numérique."),
            H("2. Enveloppe financière"),
            P("L'enveloppe financière prévisionnelle affectée aux travaux par le maître d'ouvrage est fixée à "
              "2~400~000 € HT (valeur mai 2027), hors honoraires, aléas et mobilier. Le coût prévisionnel des travaux "
              "arrêté à l'issue de l'avant-projet définitif ne pourra pas dépasser cette enveloppe de plus de 3 %."),
            H("3. Exigences environnementales"),
            P("L'extension atteint au minimum le niveau du seuil 2028 de la réglementation environnementale RE2020 ; "
              "au moins 30 % des matériaux de structure et d'isolation sont biosourcés. Les déchets du chantier sont "
              "triés et valorisés à hauteur de 70 % de leur masse."),
            H("4. Calendrier"),
            P("Études : 14 mois ; travaux : 18 mois ; ouverture au public envisagée au printemps 2030.")]
    ae = [TITLE("Acte d'engagement", "Maîtrise d'œuvre de la médiathèque", "MOE-MED-2027"),
          H("Article 1 – Rémunération"),
          P("Le forfait provisoire de rémunération de la mission de base est égal au taux de rémunération t multiplié "
            "par la part de l'enveloppe financière affectée aux travaux : t = ........ % ; forfait provisoire = "
            "........ € HT."),
          P("Missions complémentaires : OPC .................... € HT ; SSI .................... € HT."),
          H("Article 2 – Forfait définitif"),
          P("Le forfait définitif est arrêté par avenant à l'acceptation de l'avant-projet définitif, sur la base du coût "
            "prévisionnel des travaux."),
          H("Article 3 – Pénalités"),
          P("Le retard dans la remise des documents d'études donne lieu à une pénalité de 200 € HT par jour calendaire.")]
    pieces = [
        PIECE("RC_MOE-MED-2027.pdf", "RC", hdr, "Règlement de la consultation", rc,
              L(critere_environnemental=1, allotissement=0, montant_estime_ht=296000,
                evidence=["La valeur estimée du présent marché de maîtrise d'œuvre, missions complémentaires comprises, "
                          "est de 296~000 € HT.", "Le marché n'est pas alloti",
                          "Pertinence de l'approche environnementale"])),
        PIECE("Programme_MOE-MED-2027.docx", "AUTRE", hdr, "Programme", prog,
              L(clause_environnementale=1,
                evidence=["au moins 30 % des matériaux de structure et d'isolation sont biosourcés",
                          "Les déchets du chantier sont triés et valorisés à hauteur de 70 % de leur masse"])),
        PIECE("AE_MOE-MED-2027.docx", "AE", hdr, "Acte d'engagement", ae, L()),
    ]
    return dict(id="d05", title="Commune de Brénac-les-Vignes – maîtrise d'œuvre de la réhabilitation d'une halle en médiathèque",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_estime_ht=296000),
                note="Estimation : RC « La valeur estimée du présent marché de maîtrise d'œuvre … est de 296 000 € HT ». "
                     "Piège principal : l'enveloppe financière des travaux (2 400 000 € HT, programme) n'est PAS la valeur "
                     "du marché de maîtrise d'œuvre. Pas de maximum. Autres pièges : prime 9 000 € HT ; pénalité 200 € HT ; "
                     "1 250 m², 28 000 documents, tolérance 3 % ; mission relevant de la profession d'architecte (pas un "
                     "marché réservé). Non alloti (RC). Clause environnementale : exigences du programme (biosourcés, "
                     "tri des déchets) ; critère environnemental 20 % (RC).")


def d06():
    """Métropole – signalisation lumineuse : estimation annuelle au RC, durée au CCAP, maximum annuel."""
    hdr = "Castelrousse Métropole – Maintenance de la signalisation lumineuse – CM-SLT-27"
    rc = [TITLE("CASTELROUSSE MÉTROPOLE", "Règlement de la consultation",
                "Maintenance préventive et corrective des carrefours à feux – CM-SLT-27")]
    rc += [H("I. Objet"),
           P("Maintenance préventive et corrective des 212 carrefours à feux et des 48 traversées piétonnes équipées "
             "de la Métropole, y compris l'astreinte 24 h/24."),
           H("II. Caractéristiques"),
           P("Accord-cadre à bons de commande conclu avec un seul opérateur. Il n'est pas prévu de décomposition en "
             "lots, la maintenance des contrôleurs et celle des signaux étant techniquement liées."),
           P("Le montant annuel estimé des prestations est de 145~000 € HT. La durée de l'accord-cadre et ses "
             "montants minimum et maximum sont fixés au CCAP."),
           H("III. Capacités"),
           P("Chiffre d'affaires annuel minimal : 200~000 € HT. Habilitation électrique B2V-BR-H0 des techniciens."),
           H("IV. Jugement"),
           P("Prix (bordereau et détail estimatif non contractuel) : 45 % ; valeur technique : 45 % ; délais "
             "d'intervention : 10 %.")]
    ccap = [TITLE("Cahier des clauses administratives particulières", "Maintenance des carrefours à feux", "CM-SLT-27")]
    ccap += A("Durée",
              "L'accord-cadre est conclu pour une première période d'un an à compter du 1er janvier 2028. Il est "
              "reconduit tacitement par périodes d'un an, dans la limite de trois reconductions.")
    ccap += A("Montants",
              "Pour chaque année d'exécution, le montant minimum des commandes est de 30~000 € HT et le montant maximum "
              "annuel de 190~000 € HT.")
    ccap += A("Délais d'intervention",
              "Le titulaire intervient sous 4 heures pour une panne affectant la sécurité et sous 48 heures dans les "
              "autres cas. Tout dépassement entraîne une pénalité de 200 € HT par heure de retard.")
    ccap += A("Gestion des équipements déposés",
              "Les lanternes à incandescence déposées sont remplacées par des optiques à LED ; les équipements déposés "
              "sont remis à un éco-organisme agréé pour les déchets d'équipements électriques et électroniques, et "
              "le titulaire transmet chaque trimestre les bordereaux de suivi.")
    ccap += A("Paiement", "Le délai global de paiement est de 30 jours.")
    bpu = [TITLE("Bordereau des prix unitaires", "Maintenance des carrefours à feux", "CM-SLT-27"),
           RTAB([["Code", "Prestation", "Unité", "Prix HT"],
                 ["M1", "Visite préventive annuelle d'un carrefour", "carrefour", ""],
                 ["M2", "Intervention corrective en heures ouvrées", "heure", ""],
                 ["M3", "Intervention corrective de nuit ou le dimanche", "heure", ""],
                 ["F1", "Fourniture et pose d'une optique LED Ø 200", "u", ""],
                 ["F2", "Remplacement d'un contrôleur de carrefour", "u", ""]],
                widths=[0.7, 4, 1.2, 1.2], align="lllr"),
           P("Taux horaire de référence pour les travaux imprévus : 58 € HT (à préciser par le candidat).")]
    pieces = [
        PIECE("RC_CM-SLT-27.pdf", "RC", hdr, "RC", rc,
              L(allotissement=0, evidence=["Il n'est pas prévu de décomposition en lots"])),
        PIECE("CCAP_CM-SLT-27.docx", "CCAP", hdr, "CCAP", ccap,
              L(clause_environnementale=1, montant_max_ht=760000,
                evidence=["dans la limite de trois reconductions", "montant maximum annuel de 190~000 € HT",
                          "[4 années × 190 000 = 760 000]",
                          "remis à un éco-organisme agréé pour les déchets d'équipements électriques"])),
        PIECE("BPU_CM-SLT-27.pdf", "BPU", hdr, "BPU", bpu, L()),
    ]
    return dict(id="d06", title="Castelrousse Métropole – maintenance de la signalisation lumineuse tricolore",
                pieces=pieces, pos=["clause_environnementale"],
                values=V(allotissement=0, montant_estime_ht=580000, montant_max_ht=760000),
                note="Estimation : le RC ne donne qu'un montant ANNUEL estimé (145 000 € HT) et renvoie au CCAP pour la "
                     "durée ; le CCAP : 1 an + 3 reconductions = 4 ans ; 4 × 145 000 = 580 000 (dossier). Le RC seul ne "
                     "donne pas la valeur totale : montant_estime_ht laissé vide pour la pièce. Maximum : 190 000 € HT par "
                     "an × 4 = 760 000. Pièges : minimum annuel 30 000 ; chiffre d'affaires 200 000 € HT ; pénalité 200 € "
                     "HT/heure ; « 4 heures », « 48 heures », « 24 h/24 » ; taux horaire 58 € HT ; 212 carrefours. Non alloti.")


def d07():
    """Département – espaces verts des collèges, réservé SIAE : DQE de simulation, maximum global, pas d'estimation."""
    hdr = "Département de la Vère – Espaces verts des collèges – DV-EV-2027-11"
    rc = [TITLE("Département de la Vère – Direction de l'éducation", "Règlement de la consultation",
                "Entretien des espaces verts des collèges publics – DV-EV-2027-11")]
    rc += A("Objet",
            "Entretien courant des espaces verts de 23 collèges publics : tonte, taille des haies, désherbage "
            "manuel, ramassage des feuilles.")
    rc += A("Marché réservé",
            "En application de l'article L2113-13 du code de la commande publique, le présent marché est réservé aux "
            "structures d'insertion par l'activité économique mentionnées à l'article L5132-4 du code du travail et "
            "aux structures équivalentes.")
    rc += A("Forme et durée",
            "Accord-cadre à bons de commande d'une durée de quatre ans, sans minimum, avec un maximum fixé au CCAP. "
            "Le marché n'est pas alloti, les prestations étant homogènes sur l'ensemble des sites.")
    rc += A("Jugement des offres",
            "Prix (sur la base du détail quantitatif estimatif) : 40 % ; valeur technique : 40 % ; modalités "
            "d'accompagnement socioprofessionnel des salariés en parcours : 20 %.")
    ccap = [TITLE("Cahier des clauses administratives particulières", "Espaces verts des collèges", "DV-EV-2027-11")]
    ccap += A("Montant de l'accord-cadre",
              "L'accord-cadre est conclu sans montant minimum. Le montant maximum des commandes pour toute la durée de "
              "l'accord-cadre est fixé à 420~000 € HT.")
    ccap += A("Conditions d'exécution environnementales",
              "Aucun produit phytopharmaceutique n'est employé. Les déchets verts sont compostés sur site ou broyés "
              "et utilisés en paillage ; à défaut, ils sont apportés en plateforme de compostage.")
    ccap += A("Pénalités",
              "Prestation non exécutée dans le délai du bon de commande : 80 € HT par jour et par site.")
    ccap += A("Paiement",
              "Le délai global de paiement est de 30 jours ; les intérêts moratoires sont majorés de l'indemnité "
              "forfaitaire de 40 €.")
    dqe = [TITLE("Détail quantitatif estimatif (simulation)", "Entretien des espaces verts des collèges",
                 "DV-EV-2027-11"),
           P("Le présent détail quantitatif estimatif est un cadre de simulation servant uniquement au jugement des "
             "offres. Les quantités sont indicatives ; le total obtenu ne constitue ni un engagement du Département, "
             "ni une estimation du marché. La colonne « prix de référence » reprend, pour information, les prix du "
             "marché 2023-2027 : le candidat la remplace par ses propres prix."),
           TAB([["Prestation", "Unité", "Quantité", "Prix de référence HT", "Montant HT"],
                ["Tonte avec ramassage", "m²", "310~000", "0,12", "37~200,00"],
                ["Taille de haie 2 faces", "ml", "9~600", "2,85", "27~360,00"],
                ["Désherbage manuel des massifs", "m²", "18~000", "0,90", "16~200,00"],
                ["Ramassage des feuilles", "heure", "480", "32,50", "15~600,00"],
                ["Total de la simulation", "", "", "", "96~360,00"]],
               widths=[3, 0.8, 1.1, 1.5, 1.4], align="llrrr")]
    pieces = [
        PIECE("RC_DV-EV-2027-11.docx", "RC", hdr, "RC", rc,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0,
                evidence=["le présent marché est réservé aux structures d'insertion par l'activité économique",
                          "Le marché n'est pas alloti",
                          "modalités d'accompagnement socioprofessionnel des salariés en parcours : 20 %"])),
        PIECE("CCAP_DV-EV-2027-11.pdf", "CCAP", hdr, "CCAP", ccap,
              L(clause_environnementale=1, montant_max_ht=420000,
                evidence=["Le montant maximum des commandes pour toute la durée de l'accord-cadre est fixé à 420~000 € HT",
                          "Aucun produit phytopharmaceutique n'est employé"])),
        PIECE("DQE_DV-EV-2027-11.pdf", "DQE", hdr, "DQE", dqe, L()),
    ]
    return dict(id="d07", title="Département de la Vère – entretien des espaces verts des collèges (réservé SIAE)",
                pieces=pieces,
                pos=["critere_social", "marche_reserve", "clause_environnementale"],
                values=V(allotissement=0, montant_max_ht=420000, reserve_base="L2113-13"),
                note="Estimation : AUCUNE. Le total du DQE (96 360,00 € HT) n'est qu'une simulation de jugement aux prix du "
                     "marché précédent (« ni une estimation du marché ») : vide. Maximum : CCAP, 420 000 € HT pour toute la "
                     "durée. Réservé SIAE, article L2113-13 cité (RC). Critère social : accompagnement socioprofessionnel "
                     "20 %. Pièges : 310 000 m², 23 collèges, prix de référence ; pénalité 80 € HT ; indemnité 40 € ; "
                     "« sans minimum ». Non alloti (RC). Clause environnementale : zéro phyto, compostage (CCAP). "
                     "L'insertion est ici l'objet de la réservation, pas une clause d'exécution : clause_sociale 0.")


def d08():
    """Office de restauration étudiante – denrées bio : estimation modifiée par un avis rectificatif, maximum par lot."""
    hdr = "ORES Pays d'Aurèle – Denrées biologiques – ORES-2027-DB"
    avis1 = [TITLE("AVIS DE MARCHÉ", "Office de restauration étudiante du Pays d'Aurèle (ORES)",
                   "Fourniture de denrées alimentaires issues de l'agriculture biologique – ORES-2027-DB"),
             P("Type de procédure : appel d'offres ouvert. Type de marché : fournitures."),
             P("Description : accords-cadres à bons de commande pour l'approvisionnement des six restaurants "
               "universitaires de l'Office."),
             P("Valeur estimée hors TVA : 640~000,00 EUR"),
             P("Division en lots : oui. Nombre de lots : 2."),
             P("Lot 1 : produits laitiers biologiques. Lot 2 : fruits et légumes frais biologiques."),
             P("Critères d'attribution : prix 50 % ; qualité gustative et saisonnalité 30 % ; performance en matière de "
               "protection de l'environnement (emballages, distances de transport) 20 %."),
             P("Date limite de réception des offres : 15 avril 2027 à 16h00.")]
    avis2 = [TITLE("AVIS RECTIFICATIF", "Office de restauration étudiante du Pays d'Aurèle (ORES)",
                   "Référence de l'avis initial : ORES-2027-DB"),
             P("Section VII : Modifications"),
             P("Motif de la modification : modification des informations originales fournies par le pouvoir adjudicateur."),
             P("VII.1.2) Texte à rectifier dans l'avis original :"),
             P("Numéro de section : II.1.5 – Valeur totale estimée. Au lieu de : 640~000,00 EUR. Lire : 715~000,00 EUR."),
             P("Numéro de section : IV.2.2 – Date limite de réception des offres. Au lieu de : 15/04/2027 à 16h00. "
               "Lire : 26/04/2027 à 16h00."),
             P("Les autres mentions de l'avis initial sont inchangées.")]
    rc = [TITLE("Règlement de la consultation", "Denrées alimentaires biologiques", "ORES-2027-DB")]
    rc += A("Lots",
            "La consultation comprend deux lots : lot 1, produits laitiers biologiques ; lot 2, fruits et légumes frais "
            "biologiques. Chaque lot donne lieu à un accord-cadre distinct.")
    rc += A("Durée",
            "Chaque accord-cadre est conclu pour un an, reconductible deux fois pour un an.")
    rc += A("Capacités",
            "Les candidats justifient d'un chiffre d'affaires annuel d'au moins 300~000 € HT pour le lot 1 et "
            "250~000 € HT pour le lot 2, et de la certification biologique de leurs produits.")
    rc += A("Critères",
            ["Prix : 50 %", "Qualité gustative et saisonnalité : 30 %",
             "Performance environnementale (emballages, distances de transport) : 20 %"])
    ccap = [TITLE("Cahier des clauses administratives particulières", "Denrées alimentaires biologiques", "ORES-2027-DB")]
    ccap += A("Montants maximum",
              "Les montants maximum de commandes sont fixés, pour la durée totale de l'accord-cadre, reconductions "
              "comprises, à 400~000 € HT pour le lot 1 et à 350~000 € HT pour le lot 2. Aucun minimum n'est fixé.")
    ccap += A("Emballages et livraisons",
              "Les produits laitiers sont livrés en contenants consignés repris par le titulaire à la livraison "
              "suivante ; les fruits et légumes sont livrés en caisses réutilisables. Les suremballages plastiques "
              "sont interdits.")
    ccap += A("Part des produits",
              "Conformément aux objectifs de la loi EGalim, au moins 50 % des produits livrés relèvent de produits "
              "durables et de qualité, dont 20 % issus de l'agriculture biologique ; le présent marché y contribue "
              "en totalité.")
    ccap += A("Pénalités",
              "Toute livraison non conforme est remplacée dans les 24 heures ; à défaut, pénalité de 100 € HT par "
              "livraison.")
    pieces = [
        PIECE("AVIS_initial_ORES-2027-DB.txt", "AVIS", hdr, "Avis de marché", avis1,
              L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=640000,
                evidence=["Valeur estimée hors TVA : 640~000,00 EUR", "Division en lots : oui. Nombre de lots : 2.",
                          "performance en matière de protection de l'environnement (emballages, distances de transport) 20 %"])),
        PIECE("AVIS_rectificatif_ORES-2027-DB.txt", "AVIS", hdr, "Avis rectificatif", avis2,
              L(montant_estime_ht=715000,
                evidence=["Au lieu de : 640~000,00 EUR. Lire : 715~000,00 EUR."])),
        PIECE("RC_ORES-2027-DB.pdf", "RC", hdr, "RC", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=2,
                evidence=["La consultation comprend deux lots",
                          "Performance environnementale (emballages, distances de transport) : 20 %"]), cols=2),
        PIECE("CCAP_ORES-2027-DB.docx", "CCAP", hdr, "CCAP", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=750000,
                evidence=["à 400~000 € HT pour le lot 1 et à 350~000 € HT pour le lot 2", "[400 000 + 350 000 = 750 000]",
                          "livrés en contenants consignés repris par le titulaire",
                          "Les suremballages plastiques sont interdits."])),
    ]
    return dict(id="d08", title="Office de restauration étudiante du Pays d'Aurèle – denrées biologiques (2 lots, avis rectificatif)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=715000, montant_max_ht=750000),
                note="Estimation : avis initial 640 000 EUR, corrigé par l'avis rectificatif « Au lieu de : 640 000,00 EUR. "
                     "Lire : 715 000,00 EUR » : 715 000 pour le dossier. Maximum : CCAP, 400 000 (lot 1) + 350 000 (lot 2), "
                     "reconductions comprises = 750 000. Pièges : ancienne valeur 640 000 ; chiffres d'affaires 300 000 et "
                     "250 000 € HT ; EGalim 50 % / 20 % ; pénalité 100 € HT ; « 24 heures » ; dates. 2 lots. Clause "
                     "environnementale : contenants consignés, pas de suremballage (CCAP) ; critère environnemental 20 %.")


def d09():
    """Commune – vêtements de travail : maximum par période en tableau sans total ; estimation RC contre CCTP."""
    hdr = "Ville de Port-Vérac – Vêtements de travail et EPI – PV-2027-VT"
    rc = [TITLE("VILLE DE PORT-VÉRAC", "Règlement de la consultation (procédure adaptée)",
                "Vêtements de travail et équipements de protection individuelle – PV-2027-VT")]
    rc += A("Objet",
            "Fourniture de vêtements de travail, de chaussures de sécurité et d'équipements de protection "
            "individuelle pour les 260 agents des services techniques, de la propreté urbaine et du port de plaisance.")
    rc += A("Forme, durée et estimation",
            "Accord-cadre à bons de commande, mono-attributaire, conclu pour 12 mois et reconductible trois fois. "
            "Le besoin est évalué à 168~000 € HT sur la durée maximale de l'accord-cadre, reconductions comprises.",
            "Le marché est non alloti, la Ville souhaitant un interlocuteur unique pour la dotation et le marquage.")
    rc += A("Jugement",
            "Prix (sur un panier de dotation type) : 60 % ; qualité des articles, au vu des échantillons : 30 % ; "
            "délai de livraison : 10 %.")
    ccap = [TITLE("Cahier des clauses administratives particulières", "Vêtements de travail et EPI", "PV-2027-VT")]
    ccap += A("Montants par période",
              "Les commandes de chaque période respectent les montants suivants :")
    ccap += [RTAB([["Période", "Minimum HT", "Maximum HT"],
                   ["Période initiale (12 mois)", "10~000 €", "55~000 €"],
                   ["1re reconduction", "10~000 €", "50~000 €"],
                   ["2e reconduction", "10~000 €", "50~000 €"],
                   ["3e reconduction", "5~000 €", "45~000 €"]],
                  widths=[3, 1.5, 1.5], align="lrr")]
    ccap += A("Conditions sociales d'exécution",
              "Le titulaire s'assure que les articles livrés sont fabriqués dans le respect des huit conventions "
              "fondamentales de l'Organisation internationale du travail. Il communique, à la demande de la Ville, la "
              "liste des sites de confection et les rapports d'audit social les concernant ; une non-conformité non "
              "corrigée dans les trois mois peut entraîner la résiliation du marché.")
    ccap += A("Pénalités",
              "Retard de livraison : 50 € HT par jour. Article non conforme non remplacé sous 10 jours : 30 € HT par "
              "article et par jour.")
    cctp = [TITLE("Cahier des clauses techniques particulières", "Vêtements de travail et EPI", "PV-2027-VT"),
            H("Préambule"),
            P("Le présent CCTP a été rédigé sur la base du recensement des besoins de 2026, qui conduisait à une "
              "estimation initiale de 150~000 € HT ; ce chiffre est donné pour mémoire."),
            H("1. Vêtements haute visibilité"),
            P("Les vestes, pantalons et gilets sont de classe 2 ou 3 selon la norme EN ISO 20471 ; ils supportent au "
              "moins 50 lavages à 60 °C sans perte de classe."),
            H("2. Chaussures de sécurité"),
            P("Les chaussures sont de catégorie S3 (EN ISO 20345), pointures 35 à 48."),
            H("3. Marquage"),
            P("Le logo de la Ville est brodé au dos ; le marquage est compris dans le prix unitaire.")]
    pieces = [
        PIECE("RC_PV-2027-VT.pdf", "RC", hdr, "RC", rc,
              L(allotissement=0, montant_estime_ht=168000,
                evidence=["Le besoin est évalué à 168~000 € HT sur la durée maximale de l'accord-cadre",
                          "Le marché est non alloti"])),
        PIECE("CCAP_PV-2027-VT.pdf", "CCAP", hdr, "CCAP", ccap,
              L(clause_sociale=1, montant_max_ht=200000,
                evidence=["Période initiale (12 mois) 10~000 € 55~000 €", "3e reconduction 5~000 € 45~000 €",
                          "[55 000 + 50 000 + 50 000 + 45 000 = 200 000]",
                          "dans le respect des huit conventions fondamentales de l'Organisation internationale du travail"])),
        PIECE("CCTP_PV-2027-VT.docx", "CCTP", hdr, "CCTP", cctp,
              L(montant_estime_ht=150000,
                evidence=["conduisait à une estimation initiale de 150~000 € HT"])),
    ]
    return dict(id="d09", title="Ville de Port-Vérac – vêtements de travail et EPI (accord-cadre à bons de commande)",
                pieces=pieces, pos=["clause_sociale"],
                values=V(allotissement=0, montant_estime_ht=168000, montant_max_ht=200000),
                note="Estimation : RC « Le besoin est évalué à 168 000 € HT sur la durée maximale » ; le CCTP donne une "
                     "« estimation initiale de 150 000 € HT » (recensement 2026, pour mémoire) : conflit tranché par la règle "
                     "de préséance (RC sur CCTP) → 168 000. La pièce CCTP seule porte 150 000. Maximum : tableau du CCAP "
                     "par période sans total : 55 000 + 50 000 + 50 000 + 45 000 = 200 000. Pièges : minima ; pénalités 50 "
                     "et 30 € HT ; 260 agents ; 50 lavages, 60 °C. Non alloti (RC). Clause sociale (conventions de l'OIT, "
                     "CCAP), sans insertion.")


def d10():
    """Syndicat de collecte – bacs et colonnes : maximum par lot avec total, lot 2 modifié par une réponse Q/R."""
    hdr = "SMICTOM des Deux-Rives – Bacs et colonnes de collecte – SDR-2027-BAC"
    rc = [TITLE("Syndicat mixte de collecte et de traitement des ordures ménagères des Deux-Rives",
                "Règlement de la consultation", "Fourniture de bacs roulants et de colonnes d'apport volontaire – SDR-2027-BAC")]
    rc += A("Objet et lots",
            "La consultation porte sur trois lots : lot 1, bacs roulants de 120 à 770 litres ; lot 2, colonnes "
            "aériennes d'apport volontaire pour le verre et les emballages ; lot 3, pièces détachées et serrures.")
    rc += A("Estimation",
            "Estimation globale de l'administration, tous lots confondus et pour la durée totale des accords-cadres : "
            "480~000 € HT.")
    rc += A("Durée",
            "Chaque lot fait l'objet d'un accord-cadre à bons de commande d'une durée de trois ans, non reconductible.")
    rc += A("Critères",
            ["Prix : 50 %", "Valeur technique (robustesse, ergonomie, délais) : 35 %",
             "Taux de matière plastique recyclée dans les cuves : 15 %"])
    rc += A("Questions des candidats",
            "Les questions sont posées sur le profil d'acheteur au plus tard 10 jours avant la date limite ; les "
            "réponses sont publiées dans le registre des questions-réponses, qui fait partie du dossier de consultation.")
    ccap = [TITLE("CCAP", "Bacs roulants et colonnes d'apport volontaire", "SDR-2027-BAC")]
    ccap += A("Montants des accords-cadres",
              "Pour la durée totale de chaque accord-cadre, les commandes sont passées dans les limites suivantes :")
    ccap += [TAB([["Lot", "Minimum HT", "Maximum HT"],
                  ["Lot 1 – Bacs roulants", "60~000 €", "300~000 €"],
                  ["Lot 2 – Colonnes d'apport volontaire", "40~000 €", "220~000 €"],
                  ["Lot 3 – Pièces détachées", "—", "90~000 €"],
                  ["Total", "100~000 €", "610~000 €"]], widths=[3, 1.4, 1.4], align="lrr")]
    ccap += A("Exigences environnementales d'exécution",
              "Les cuves des bacs du lot 1 contiennent au moins 30 % de polyéthylène recyclé. Le titulaire reprend les "
              "bacs usagés remplacés et les fait recycler ; il en justifie par un certificat de recyclage annuel.")
    ccap += A("Pénalités",
              "Retard de livraison : 1/1000e du montant du bon de commande par jour de retard, avec un minimum de 75 € HT.")
    qr = [TITLE("REGISTRE DES QUESTIONS ET RÉPONSES", "SMICTOM des Deux-Rives – SDR-2027-BAC",
                "Mise à jour du 22 février 2027"),
          P("Question n° 1 : La couleur des couvercles du lot 1 est-elle imposée ?"),
          P("Réponse : Oui : couvercle jaune pour les emballages, gris pour les ordures ménagères résiduelles."),
          P("Question n° 2 : Les colonnes du lot 2 doivent-elles être livrées avec leur dalle béton ?"),
          P("Réponse : Non, les dalles sont réalisées par le Syndicat."),
          P("Question n° 3 : Le montant maximum du lot 2 nous paraît faible au regard du programme de déploiement "
            "annoncé. Peut-il être revu ?"),
          P("Réponse : Le Syndicat a décidé d'étendre le déploiement aux communes de la rive gauche. Le montant maximum "
            "du lot 2 est porté à 260~000 € HT pour la durée totale de l'accord-cadre. Les autres stipulations du CCAP "
            "sont inchangées."),
          P("Question n° 4 : Quelle est l'assurance exigée ?"),
          P("Réponse : Une responsabilité civile de 1~500~000 € par sinistre suffit.")]
    pieces = [
        PIECE("RC_SDR-2027-BAC.docx", "RC", hdr, "RC", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=480000,
                evidence=["La consultation porte sur trois lots",
                          "tous lots confondus et pour la durée totale des accords-cadres : 480~000 € HT",
                          "Taux de matière plastique recyclée dans les cuves : 15 %"])),
        PIECE("CCAP_SDR-2027-BAC.pdf", "CCAP", hdr, "CCAP", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=610000,
                evidence=["Total 100~000 € 610~000 €", "Lot 3 – Pièces détachées — 90~000 €",
                          "au moins 30 % de polyéthylène recyclé",
                          "Le titulaire reprend les bacs usagés remplacés et les fait recycler"])),
        PIECE("QR_SDR-2027-BAC.txt", "QR", hdr, "Questions-réponses", qr,
              L(allotissement=1,
                evidence=["Le montant maximum du lot 2 est porté à 260~000 € HT"])),
    ]
    return dict(id="d10", title="SMICTOM des Deux-Rives – bacs roulants et colonnes d'apport volontaire (3 lots)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=480000, montant_max_ht=650000),
                note="Estimation : RC « Estimation globale de l'administration, tous lots confondus … : 480 000 € HT ». "
                     "Maximum : le CCAP écrit un total de 610 000 (300 000 + 220 000 + 90 000) ; la réponse n° 3 du registre "
                     "porte le maximum du lot 2 à 260 000 € HT sans rappeler l'ancien chiffre : 300 000 + 260 000 + 90 000 = "
                     "650 000 (le registre prime). La pièce QR seule ne donne pas de maximum total : vide (elle ne dit pas le "
                     "nombre de lots). Pièges : total CCAP 610 000 périmé ; minima et total des minima 100 000 ; pénalité "
                     "75 € HT ; assurance 1 500 000 € ; 120 à 770 litres. Clause environnementale (30 % recyclé, reprise "
                     "des bacs, CCAP) ; critère environnemental 15 % (RC).")


def d11():
    """OPH – entretien second œuvre : avis en anglais « Estimated total value », maximum par période modifié par Q/R."""
    hdr = "Val d'Ormeau Habitat – Travaux d'entretien courant – VOH-AC-2027-07"
    avis = [TITLE("CONTRACT NOTICE – WORKS", "Val d'Ormeau Habitat (Office public de l'habitat)",
                  "Framework agreement for routine maintenance works in occupied dwellings – VOH-AC-2027-07"),
            H("Section II: Object"),
            P("II.1.1) Title: Routine interior maintenance works (plastering, painting, floor coverings, joinery) in "
              "the social housing stock of Val d'Ormeau Habitat."),
            P("II.1.2) Main CPV code: 45400000"),
            P("II.1.5) Estimated total value: Value excluding VAT: 960~000.00 EUR"),
            P("II.1.6) Information about lots: This contract is divided into lots: no"),
            P("II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 40; Price - Weighting: 60"),
            P("II.2.7) Duration of the framework agreement: 12 months. This contract is subject to renewal: yes. "
              "Description of renewals: three tacit renewals of 12 months each."),
            H("Section III: Legal, economic, financial and technical information"),
            P("III.1.2) Economic and financial standing: minimum yearly turnover of 400~000 EUR."),
            P("III.2.2) Contract performance conditions: the contractor shall carry out an integration action for "
              "people excluded from the labour market (see CCAP, article 6)."),
            H("Section VI: Complementary information"),
            P("VI.3) Additional information: framework agreement with a maximum per period set out in the CCAP.")]
    rc = [TITLE("Règlement de la consultation", "Travaux d'entretien courant en logements occupés", "VOH-AC-2027-07")]
    rc += A("Objet",
            "Travaux d'entretien courant de second œuvre (plâtrerie, peinture, sols souples, menuiseries intérieures) "
            "dans les 3~400 logements de l'Office, commandés par bons de commande.")
    rc += A("Lots",
            "L'accord-cadre n'est pas divisé en lots : les interventions de remise en état d'un logement à la "
            "relocation enchaînent tous les corps d'état et doivent être coordonnées par un seul titulaire.")
    rc += A("Procédure",
            "Procédure adaptée ouverte ; chaque bon de commande de plus de 100~000 € HT fait l'objet d'un devis "
            "contradictoire.")
    ccap = [TITLE("CCAP", "Travaux d'entretien courant en logements occupés", "VOH-AC-2027-07")]
    ccap += A("Durée", "L'accord-cadre est conclu pour une période initiale de 12 mois, reconductible tacitement trois fois.")
    ccap += A("Montants", "Pour chaque période, le montant maximum des commandes est de 250~000 € HT. Aucun minimum n'est fixé.")
    ccap += A("Délais d'intervention",
              "Urgence : sous 24 heures ; remise en état d'un logement vacant : 10 jours ouvrés.")
    ccap += A("Pénalités", "Retard : 100 € HT par jour et par logement.")
    ccap += A("Retenue de garantie", "Une retenue de garantie de 5 % est appliquée sur chaque bon de commande.")
    ccap += A("Action d'insertion",
              "Le titulaire réserve à des personnes éloignées de l'emploi un volume de 420 heures d'insertion par "
              "période annuelle, par embauche directe, recours à une entreprise de travail temporaire d'insertion ou à "
              "un groupement d'employeurs pour l'insertion et la qualification. Le facilitateur du PLIE d'Ormeau suit "
              "la réalisation. Heure non réalisée : pénalité de 50 € HT.")
    qr = [TITLE("Questions et réponses n° 1 à 3", "Val d'Ormeau Habitat – VOH-AC-2027-07", "Publiées le 4 mars 2027"),
          H("Question 1"),
          P("Les logements sont-ils occupés pendant les travaux ?"),
          P("Les travaux d'entretien courant sont réalisés en site occupé ; les remises en état le sont en logement vide."),
          H("Question 2"),
          P("Le programme de réhabilitation 2027 sera-t-il commandé sur cet accord-cadre ?"),
          P("Oui, en partie. Pour tenir compte de ce programme, le montant maximum de la première période (année 2028) "
            "est fixé à 320~000 € HT. Les montants des périodes suivantes restent ceux du CCAP."),
          H("Question 3"),
          P("Les heures d'insertion peuvent-elles être réalisées par un sous-traitant ?"),
          P("Oui, à condition qu'il soit déclaré ; les heures sont comptées au titre du titulaire.")]
    pieces = [
        PIECE("AVIS_VOH-AC-2027-07.txt", "AVIS", hdr, "Contract notice", avis,
              L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_estime_ht=960000,
                evidence=["Value excluding VAT: 960~000.00 EUR", "This contract is divided into lots: no",
                          "the contractor shall carry out an integration action for people excluded from the labour market"])),
        PIECE("RC_VOH-AC-2027-07.pdf", "RC", hdr, "RC", rc,
              L(allotissement=0, evidence=["L'accord-cadre n'est pas divisé en lots"])),
        PIECE("CCAP_VOH-AC-2027-07.pdf", "CCAP", hdr, "CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=420, montant_max_ht=1000000,
                evidence=["reconductible tacitement trois fois",
                          "Pour chaque période, le montant maximum des commandes est de 250~000 € HT",
                          "[4 × 250 000 = 1 000 000]", "un volume de 420 heures d'insertion par période annuelle"]),
              cols=2, hyphen=True),
        PIECE("QR_VOH-AC-2027-07.docx", "QR", hdr, "Questions-réponses", qr,
              L(clause_sociale="?", clause_insertion="?",
                evidence=["le montant maximum de la première période (année 2028) est fixé à 320~000 € HT",
                          "les heures sont comptées au titre du titulaire"])),
    ]
    return dict(id="d11", title="Val d'Ormeau Habitat – travaux d'entretien courant (accord-cadre, avis en anglais)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion"],
                values=V(allotissement=0, montant_estime_ht=960000, montant_max_ht=1070000, heures_insertion=420),
                note="Estimation : avis en anglais « Estimated total value: Value excluding VAT: 960 000.00 EUR ». Maximum : "
                     "CCAP 250 000 € HT par période × 4 périodes = 1 000 000 ; la réponse 2 du registre fixe la première "
                     "période à 320 000 € HT sans rappeler l'ancien chiffre : 320 000 + 3 × 250 000 = 1 070 000 (le registre "
                     "prime). Pièce QR seule : maximum vide (une période seulement) ; clause sociale et insertion « ? » (la réponse 3 suppose l'engagement du CCAP sans l'imposer). Heures : 420 « par période annuelle », "
                     "TELLES QU'ÉCRITES (non multipliées). Pièges : chiffre d'affaires 400 000 EUR ; seuil de devis "
                     "100 000 € HT ; pénalités 100 et 50 € HT ; retenue 5 % ; « 24 heures » ; 3 400 logements. Non alloti.")


def d12():
    """Ville – musée, surveillance et accueil : estimation par lot dans l'avis sans total, lot 2 réservé EA/ESAT."""
    hdr = "Ville de Saint-Ombrin – Surveillance et accueil du musée – SO-MBA-2027"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Ville de Saint-Ombrin – Musée des Beaux-Arts",
                  "Surveillance des salles, sécurité incendie et accueil du public – SO-MBA-2027"),
            P("Objet : marchés de services pour la surveillance, la sécurité incendie et l'accueil du Musée des "
              "Beaux-Arts, pour une durée de quatre ans."),
            P("Allotissement : le marché est divisé en 2 lots."),
            P("Lot n° 1 – Surveillance des salles et sécurité incendie (SSIAP). Valeur estimée hors TVA : 640~000 EUR."),
            P("Lot n° 2 – Accueil, vestiaire et billetterie. Valeur estimée hors TVA : 96~000 EUR. Lot réservé aux "
              "entreprises adaptées et aux établissements et services d'aide par le travail (article L2113-12 du code de "
              "la commande publique)."),
            P("Conditions de participation : chiffre d'affaires annuel minimal de 900~000 EUR HT pour le lot 1 ; "
              "autorisation d'exercer délivrée par le CNAPS ; assurance de responsabilité civile de 3~000~000 EUR."),
            P("Critères : prix 40 % ; valeur technique 60 %."),
            P("Date limite de réception des offres : 18 mai 2027, 12h00.")]
    rc = [TITLE("Règlement de la consultation", "Surveillance et accueil du Musée des Beaux-Arts", "SO-MBA-2027")]
    rc += A("Décomposition",
            "La consultation comporte deux lots, qui donnent chacun lieu à un marché ordinaire à prix global et "
            "forfaitaire d'une durée de quatre ans.")
    rc += A("Lot réservé",
            "Le lot 2 est réservé, en application de l'article L2113-12 du code de la commande publique, aux "
            "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures équivalentes "
            "qui emploient au moins 50 % de travailleurs handicapés.")
    rc += A("Prix",
            "Le candidat justifie son prix forfaitaire par le nombre d'heures de présence : 11~600 heures par an pour le "
            "lot 1 et 3~100 heures par an pour le lot 2. Le coût horaire retenu ne peut être inférieur au coût de "
            "revient conventionnel de la branche (24,80 € HT pour un agent SSIAP 1).")
    rc += A("Valeur technique",
            "Organisation et encadrement : 30 % ; plan de formation des agents : 20 % ; continuité du service : 10 %.")
    ccap = [TITLE("Cahier des clauses administratives particulières", "Lot n° 2 – Accueil, vestiaire et billetterie",
                  "SO-MBA-2027")]
    ccap += A("Objet",
              "Le présent CCAP s'applique au lot n° 2 de la consultation SO-MBA-2027, réservé aux entreprises "
              "adaptées et aux ESAT (article L2113-12 du code de la commande publique).")
    ccap += A("Prix et révision",
              "Le marché est conclu à prix global et forfaitaire, révisé annuellement selon l'indice des salaires de la "
              "branche.")
    ccap += A("Exécution",
              "L'accueil est assuré du mardi au dimanche de 9 h 45 à 18 h 15 ; les agents reçoivent une formation à "
              "l'accueil des publics en situation de handicap dispensée par le musée.")
    ccap += A("Pénalités",
              "Poste non tenu : 45 € HT par heure d'absence ; retard dans la remise du rapport mensuel : 30 € HT par jour.")
    pieces = [
        PIECE("AVIS_SO-MBA-2027.txt", "AVIS", hdr, "Avis", avis,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2, montant_estime_ht=736000,
                evidence=["le marché est divisé en 2 lots", "Valeur estimée hors TVA : 640~000 EUR",
                          "Valeur estimée hors TVA : 96~000 EUR", "[640 000 + 96 000 = 736 000]",
                          "Lot réservé aux entreprises adaptées"])),
        PIECE("RC_SO-MBA-2027.pdf", "RC", hdr, "RC", rc,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2,
                evidence=["La consultation comporte deux lots",
                          "Le lot 2 est réservé, en application de l'article L2113-12"])),
        PIECE("CCAP_SO-MBA-2027_lot2.docx", "CCAP", hdr, "CCAP lot 2", ccap,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=1,
                evidence=["s'applique au lot n° 2 de la consultation SO-MBA-2027, réservé aux entreprises adaptées"])),
    ]
    return dict(id="d12", title="Ville de Saint-Ombrin – surveillance et accueil du Musée des Beaux-Arts (2 lots, lot 2 réservé)",
                pieces=pieces, pos=["marche_reserve"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=736000, reserve_base="L2113-12"),
                note="Estimation : l'avis donne une « Valeur estimée hors TVA » par lot, sans total : 640 000 + 96 000 = "
                     "736 000. Pas d'accord-cadre, pas de maximum (marchés ordinaires à prix forfaitaire). Lot 2 réservé "
                     "L2113-12 (avis, RC, CCAP). Pièges : 11 600 et 3 100 heures de présence par an (pas d'insertion) ; coût "
                     "horaire 24,80 € HT ; chiffre d'affaires 900 000 EUR HT ; assurance 3 000 000 EUR ; 50 % de travailleurs "
                     "handicapés ; pénalités 45 et 30 € HT ; horaires. La formation à l'accueil des publics handicapés est "
                     "donnée par le musée (pas un engagement du titulaire) : pas de clause sociale.")


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
    # blind_values_18 : mêmes clés que le dossiers.yml de blind_values_11 (trois catégories sociales)
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
                if not (1 <= n <= 3):
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
    head = ("# Jeu blind_values_18 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
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
          "1 à 3 pages ; 3 à 5 pièces par dossier ; articles sans doublon ; clause_insertion => clause_sociale ; "
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
