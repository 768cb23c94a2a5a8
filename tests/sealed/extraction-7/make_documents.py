#!/usr/bin/env python3
"""Construit les dossiers du jeu scellé extraction-7 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure recopiée de tests/data/blind_values_13/make_documents.py : lignes 27-660 (imports,
écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB,
césure forcée HY, aides de saisie, number_articles, C, A, _DOC_TYPES) et lignes 2433-2611
(extra_checks, build_piece, check_articles, _expect, main). Changements : SET_NAME, en-tête de
dossiers.yml, clé facultative « unsure » d'un dossier (catégories ambiguës, non écrites dans
expect.considerations), et expect.considerations sur les six catégories.
Les articles de remplissage et les quinze dossiers ont été écrits pour ce jeu.

Thèmes : montant maximum sur toutes les périodes, estimation, allotissement et nombre de lots,
heures d'insertion, fondements de réservation, clauses et critères sociaux et environnementaux.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable ;
BR = retour forcé (PDF) ; SB = coupure possible d'un nombre en fin de ligne ; HY = césure possible ;
SPLIT = paragraphe coupé par un saut de page.

Usage : .venv/bin/python tests/sealed/extraction-7/make_documents.py
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
SET_NAME = "extraction-7"

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



# ----------------------------------------------------------------------------- remplissage (extraction-7)
# Articles neutres écrits pour ce jeu : ni clause sociale ou environnementale, ni critère, ni lots, ni
# montant maximum ou estimé. Pièges volontaires : « à 12 heures », pénalités journalières, assurances,
# rappel des articles L. 5212-1 à L. 5212-11 du code du travail (obligation légale, pas une clause).

def f_prix(c, v=0):
    t = [
        "Les prix sont exprimés en euros hors taxes. Ils sont fermes la première année, puis révisés à chaque "
        "date anniversaire selon la formule indiquée au présent document.",
        "Les prix unitaires s'entendent hors TVA, emballage, transport et déchargement compris ; ils sont "
        "actualisables dans les conditions de l'article R. 2112-10 du code de la commande publique.",
        "Prix révisables annuellement ; le coefficient de révision est arrondi au millième supérieur. La "
        "première révision intervient douze mois après la date limite de remise des offres.",
    ][v % 3]
    return A(["Prix", "Forme et révision des prix", "Contenu des prix"][v % 3], t)


def f_paiement(c, v=0):
    t = [
        "Les sommes dues sont réglées par virement dans un délai global de %d jours à compter de la réception "
        "de la demande de paiement, déposée sur le portail Chorus Pro." % c["delai"],
        "Le mandatement intervient dans le délai global de %d jours. Les factures portent la référence du bon "
        "de commande et sont transmises par voie dématérialisée." % c["delai"],
        "Paiement par mandat administratif à %d jours ; le défaut de paiement dans ce délai fait courir de plein "
        "droit des intérêts moratoires et l'indemnité forfaitaire de 40 € pour frais de recouvrement." % c["delai"],
    ][v % 3]
    return A(["Règlement des comptes", "Modalités de paiement", "Paiement"][v % 3], t)


def f_penal(c, v=0):
    t = [
        "En cas de retard, le titulaire encourt, sans mise en demeure préalable, une pénalité de 150 € par jour "
        "calendaire de retard, dans la limite de 10 % du montant de la commande concernée.",
        "Tout manquement constaté par procès-verbal contradictoire donne lieu à une pénalité de 300 € par "
        "manquement, dérogeant à l'article 14 du CCAG.",
        "Pénalité de retard : 1/1000 du montant de la commande par jour de retard. Pénalité pour absence à une "
        "réunion de suivi : 100 € par absence.",
    ][v % 3]
    return A(["Pénalités", "Pénalités de retard", "Sanctions pécuniaires"][v % 3], t)


def f_assur(c, v=0):
    t = [
        "Le titulaire justifie d'une assurance de responsabilité civile couvrant au moins 3 000 000 € par "
        "sinistre, dans les quinze jours qui suivent la notification.",
        "Avant tout commencement d'exécution, le titulaire produit une attestation d'assurance en cours de "
        "validité (responsabilité civile professionnelle : 1 500 000 € par année d'assurance).",
    ][v % 2]
    return A("Assurances", t)


def f_litiges(c, v=0):
    t = [
        "Les litiges relèvent du %s. Le CCAG %s en vigueur à la date de remise des offres s'applique à "
        "tout ce qui n'est pas prévu par le présent document." % (c["ta"], c["ccag"]),
        "À défaut de règlement amiable, le différend est porté devant le %s." % c["ta"],
    ][v % 2]
    return A(["Différends et litiges", "Litiges"][v % 2], t)


def f_rc_remise(c, v=0, date="12 mars 2027"):
    t = [
        "Les plis sont déposés sur le profil d'acheteur %s au plus tard le %s à 12 heures. Les offres "
        "reçues après cette date ne sont pas ouvertes." % (c["profil"], date),
        "Date limite de réception des offres : %s, 16 heures. Seul le dépôt électronique sur %s est "
        "admis ; la copie de sauvegarde peut être envoyée sur support physique." % (date, c["profil"]),
        "Les candidats remettent leur pli par voie électronique (%s) avant le %s, 11 h 30. Le délai de "
        "validité des offres est de cent vingt jours." % (c["profil"], date),
    ][v % 3]
    return A(["Conditions de remise des plis", "Remise des offres", "Dépôt des plis"][v % 3], t)


def f_rc_cand(c, v=0):
    t = [
        "Le candidat produit les formulaires DC1 et DC2, ou le document unique de marché européen, ainsi que "
        "la déclaration sur l'honneur qu'il satisfait à l'obligation d'emploi des travailleurs handicapés "
        "prévue aux articles L. 5212-1 à L. 5212-11 du code du travail.",
        "Pièces de la candidature : lettre de candidature ou DUME ; chiffre d'affaires des trois derniers "
        "exercices ; liste de références de moins de trois ans ; attestations d'assurance ; déclaration "
        "relative à la lutte contre le travail dissimulé.",
        "Les capacités professionnelles, techniques et financières sont appréciées au vu des pièces du DC2 ; "
        "les candidats en redressement judiciaire produisent la copie du jugement.",
    ][v % 3]
    return A(["Pièces de la candidature", "Contenu du dossier de candidature", "Sélection des candidatures"][v % 3], t)


def f_ae_signature(c, v=0):
    return [H("Signature"),
            P("Fait en un seul original, à ____________, le ____________."),
            P("Signature du candidat (ou du mandataire du groupement), précédée de la mention « lu et approuvé »."),
            P("Acceptation de l'offre par " + c["qui"] + " : le ____________ ; le représentant du pouvoir adjudicateur.")]


def f_ae_titulaire(c, v=0):
    return [H("Identification du titulaire"),
            P("Nom, prénom et qualité du signataire : ____________________"),
            P("Raison sociale, adresse, numéro SIRET : ____________________"),
            P("Compte à créditer (IBAN, BIC) : joindre un relevé d'identité bancaire.")]


def C7(qui, ta, ccag="fournitures courantes et services", delai=30, profil="", ref=""):
    return C(qui, ta, ccag=ccag, delai=delai, profil=profil, ref=ref)


# ============================================================================= dossiers
# d01 — office public de l'habitat, réhabilitation thermique, quatre lots de travaux (marchés ordinaires)
def d01():
    c = C7("Val-Corbière Habitat", "tribunal administratif de Corbière", ccag="travaux", delai=30,
           profil="www.achats-valcorbiere-habitat.fr", ref="VCH-2027-014")
    B = "Val-Corbière Habitat – Office public de l'habitat"
    rc = [TITLE("Val-Corbière Habitat – Office public de l'habitat", "Règlement de la consultation",
                "Réhabilitation thermique de 48 logements – résidence Les Tilleuls", "Consultation n° VCH-2027-014"),
          H("Article 1 – Objet"),
          P("La consultation porte sur la réhabilitation thermique des 48 logements de la résidence Les Tilleuls, "
            "rue des Vanniers à Corbière-le-Haut. Elle est passée selon la procédure adaptée (article R. 2123-1 "
            "du code de la commande publique)."),
          *A("Décomposition en lots",
             "Les travaux sont répartis en quatre lots, chacun donnant lieu à un marché distinct :",
             ["lot 1 : gros œuvre et reprises de façades ;", "lot 2 : menuiseries extérieures ;",
              "lot 3 : isolation thermique par l'extérieur ;", "lot 4 : chauffage et ventilation."],
             "Un même candidat peut se voir attribuer plusieurs lots."),
          *A("Estimation",
             "L'estimation du maître d'ouvrage s'établit comme suit : lot 1 : 420~000 € HT ; lot 2 : 310~000 € HT ; "
             "lot 3 : 560~000 € HT ; lot 4 : 250~000 € HT, soit un montant total estimé de 1" + SB +
             "540~000 € HT pour l'opération."),
          *A("Insertion professionnelle",
             "Chaque titulaire réalise une action d'insertion professionnelle au profit de personnes "
             "éloignées de l'emploi. Le volume d'heures de chaque lot est fixé à l'article 9 du CCAP, soit 1~120 "
             "heures au total pour l'opération."),
          *A("Jugement des offres",
             "Les offres sont classées lot par lot selon les critères suivants : prix (50 %) ; valeur technique "
             "appréciée au vu du mémoire (40 %) ; gestion environnementale du chantier (10 %), jugée sur les "
             "dispositions de tri, de réemploi et de limitation des nuisances proposées."),
          *f_rc_cand(c, 0), *f_rc_remise(c, 0, "9 avril 2027")]
    ccap = [TITLE("Val-Corbière Habitat", "Cahier des clauses administratives particulières",
                  "Réhabilitation thermique – résidence Les Tilleuls", "Commun aux lots 1 à 4"),
            H("Article 1 – Objet et décomposition"),
            P("Le présent CCAP est commun aux quatre lots de l'opération : gros œuvre (lot 1), menuiseries "
              "extérieures (lot 2), isolation thermique par l'extérieur (lot 3), chauffage et ventilation (lot 4)."),
            *A("Délais", "Le délai d'exécution de l'ensemble des lots est de quatorze mois, période de préparation "
               "de deux mois comprise. Le chantier est accessible de 7 h 30 à 17 heures, du lundi au vendredi."),
            *f_prix(c, 0), *f_penal(c, 2),
            *A("Gestion des déchets de chantier",
               "Chaque titulaire trie ses déchets sur le chantier en cinq flux au moins (bois, métaux, plâtre, "
               "inertes, déchets dangereux) et remet au maître d'ouvrage les bordereaux de suivi justifiant leur "
               "valorisation. Les isolants déposés sont repris par une filière de recyclage."),
            H("Article 9 – Clause sociale d'insertion"),
            P("Chaque titulaire s'engage à réserver à des personnes rencontrant des difficultés sociales ou "
              "professionnelles particulières le nombre d'heures de travail fixé ci-dessous :"),
            RTAB([["Lot", "Heures d'insertion"], ["Lot 1 – gros œuvre", "350"], ["Lot 2 – menuiseries", "210"],
                  ["Lot 3 – isolation par l'extérieur", "420"], ["Lot 4 – chauffage, ventilation", "140"]],
                 widths=[3, 1], align="lr"),
            P("Les heures sont réalisées par embauche directe, par mise à disposition de salariés d'une ETTI ou "
              "d'un GEIQ, ou par sous-traitance à une SIAE, avec l'appui du facilitateur du PLIE de Corbière. "
              "Toute heure non réalisée entraîne une pénalité de 50 € HT."),
            *f_paiement(c, 0), *f_litiges(c, 0)]
    ae = [TITLE("Val-Corbière Habitat", "Acte d'engagement", "Lot n° 3 – isolation thermique par l'extérieur",
                "Résidence Les Tilleuls – consultation VCH-2027-014"),
          *f_ae_titulaire(c),
          H("Engagement"),
          P("Après avoir pris connaissance du CCAP, du CCTP et des plans, je m'engage à exécuter les travaux du "
            "lot n° 3 pour le prix global et forfaitaire de 547 812,40 € HT, soit 657 374,88 € TTC."),
          P("Je m'engage à réaliser les 420 heures d'insertion prévues à l'article 9 du CCAP pour le lot 3."),
          H("Délai"), P("Le délai d'exécution est celui fixé par le CCAP (quatorze mois, préparation comprise)."),
          *f_ae_signature(c)]
    dpgf = [TITLE("Val-Corbière Habitat", "Décomposition du prix global et forfaitaire",
                  "Lot n° 3 – isolation thermique par l'extérieur", ""),
            P("Le candidat complète les quantités et prix ; la DPGF n'a pas de valeur contractuelle quant aux "
              "quantités, le prix global restant forfaitaire."),
            TAB([["Poste", "Désignation", "Unité", "Quantité", "Prix unitaire HT", "Total HT"],
                 ["3.1", "Installation de chantier, échafaudages", "ft", "1", "", ""],
                 ["3.2", "Dépose des bardages existants", "m²", "1 860", "", ""],
                 ["3.3", "Isolant laine de roche 160 mm", "m²", "2 340", "", ""],
                 ["3.4", "Enduit de finition", "m²", "2 340", "", ""],
                 ["", "Total lot 3 HT", "", "", "", ""]], widths=[1, 4, 1, 1.3, 1.8, 1.6], align="llrrrr"),
            P("Montant total HT : ____________ €  TVA 5,5 % : ____________ €  Montant TTC : ____________ €")]
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Val-Corbière Habitat – Office public de l'habitat",
                  "Département de publication : 58 – Annonce n° 27-041877"),
            H("Section 1 : Identification de l'acheteur"),
            P("Nom complet de l'acheteur : Val-Corbière Habitat. Type de pouvoir adjudicateur : office public de l'habitat."),
            H("Section 2 : Communication"),
            P("Lien vers le profil d'acheteur : www.achats-valcorbiere-habitat.fr"),
            H("Section 4 : Identification du marché"),
            P("Intitulé du marché : Réhabilitation thermique de 48 logements, résidence Les Tilleuls"),
            P("Code CPV principal : 45321000 – Travaux d'isolation thermique"),
            P("Type de marché : Travaux. Procédure : procédure adaptée ouverte."),
            P("Valeur estimée (H.T.) : 1~540~000 euros"),
            P("Conditions particulières d'exécution : clause d'insertion de 1~120 heures réparties entre les lots ; "
              "tri des déchets de chantier en cinq flux et justification de leur valorisation."),
            P("Critères d'attribution : prix 50 % ; valeur technique 40 % ; gestion environnementale du chantier 10 %."),
            H("Section 5 : Lots"),
            P("Ce marché est divisé en lots : Oui. Nombre de lots : 4."),
            LST(["Lot 1 : gros œuvre et façades", "Lot 2 : menuiseries extérieures",
                 "Lot 3 : isolation thermique par l'extérieur", "Lot 4 : chauffage et ventilation"]),
            H("Section 6 : Informations complémentaires"),
            P("Date limite de réception des offres : 9 avril 2027 à 12 heures.")]
    F = "Réf. VCH-2027-014"
    pieces = [
        PIECE("RC_VCH-2027-014.pdf", "RC", B + " – RC", F + " – Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1120, critere_environnemental=1,
                allotissement=1, nb_lots=4, montant_estime_ht=1540000,
                evidence=["répartis en quatre lots", "soit un montant total estimé de 1 540 000 € HT",
                          "soit 1 120 heures au total pour l'opération",
                          "gestion environnementale du chantier (10 %)"]), cols=2),
        PIECE("CCAP_VCH-2027-014.pdf", "CCAP", B + " – CCAP", F + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1120, clause_environnementale=1,
                allotissement=1, nb_lots=4,
                evidence=["commun aux quatre lots", "Lot 1 – gros œuvre 350", "Lot 3 – isolation par l'extérieur 420",
                          "[350 + 210 + 420 + 140 = 1 120]",
                          "trie ses déchets sur le chantier en cinq flux au moins"]), hyphen=True),
        PIECE("AE_lot3_VCH-2027-014.docx", "AE", B + " – Acte d'engagement lot 3", F + " – AE lot 3", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1,
                evidence=["exécuter les travaux du lot n° 3",
                          "Je m'engage à réaliser les 420 heures d'insertion prévues"])),
        PIECE("DPGF_lot3_VCH-2027-014.docx", "DPGF", B + " – DPGF lot 3", F + " – DPGF lot 3", dpgf,
              L(allotissement=1, evidence=["Lot n° 3 – isolation thermique par l'extérieur"])),
        PIECE("avis_BOAMP_VCH-2027-014.txt", "AVIS", B, F, avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1120, clause_environnementale=1,
                critere_environnemental=1, allotissement=1, nb_lots=4, montant_estime_ht=1540000,
                evidence=["Valeur estimée (H.T.) : 1 540 000 euros", "Nombre de lots : 4",
                          "clause d'insertion de 1 120 heures", "tri des déchets de chantier en cinq flux",
                          "gestion environnementale du chantier 10 %"])),
    ]
    return dict(id="d01", title="Val-Corbière Habitat – réhabilitation thermique de 48 logements (4 lots de travaux)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=1120, allotissement=1, nb_lots=4, montant_estime_ht=1540000),
                note="Estimation : par lot au RC (420 000 + 310 000 + 560 000 + 250 000) avec total écrit 1 540 000 "
                     "(le nombre est coupé en fin de ligne dans le RC à deux colonnes), même chiffre à l'avis. Pas "
                     "d'accord-cadre : aucun maximum. L'AE du lot 3 donne le prix global et forfaitaire de l'offre "
                     "(547 812,40 € HT) : ce n'est pas une estimation (vide). Heures : tableau par lot au CCAP "
                     "350 + 210 + 420 + 140 = 1 120, total écrit au RC et à l'avis. Quatre lots (RC, CCAP, avis). "
                     "Pièges : « 7 h 30 à 17 heures », pénalité de 50 € HT par heure non réalisée.")


# d02 — centre hospitalier, nettoyage, maxima par période en k€ au CCAP, AE en TTC
def d02():
    c = C7("le Centre hospitalier intercommunal des Deux-Vallées", "tribunal administratif de Vallière", delai=50,
           profil="marches.chi-deux-vallees.fr", ref="CHI2V-27-NET")
    B = "CHI des Deux-Vallées – Direction des achats"
    rc = [TITLE("Centre hospitalier intercommunal des Deux-Vallées", "Règlement de consultation",
                "Nettoyage des locaux et vitrerie des sites de Vallière et de Sauzon", "Appel d'offres ouvert CHI2V-27-NET"),
          H("1. Objet de la consultation"),
          P("La consultation a pour objet le nettoyage des locaux administratifs, logistiques et de consultation "
            "externe, ainsi que la vitrerie, des sites de Vallière et de Sauzon. Les unités de soins restent "
            "entretenues par les agents du centre hospitalier."),
          H("2. Forme du marché"),
          P("Accord-cadre à bons de commande mono-attributaire, conclu pour une période initiale de douze mois "
            "et reconductible tacitement trois fois par période de douze mois."),
          H("3. Allotissement"),
          P("Les prestations de nettoyage et de vitrerie sont réalisées par les mêmes équipes, sur les mêmes "
            "plages horaires et sous un encadrement unique : la consultation n'est pas allotie, en application "
            "de l'article L. 2113-11 du code de la commande publique."),
          H("4. Critères de jugement"),
          TAB([["Critère", "Pondération"], ["Prix (bordereau et devis quantitatif estimatif)", "50 %"],
               ["Valeur technique : organisation, encadrement, contrôle qualité", "35 %"],
               ["Performance environnementale des produits, matériels et méthodes", "15 %"]],
              widths=[4, 1], align="lr"),
          H("5. Renseignements"),
          P("Les questions sont posées sur le profil d'acheteur au plus tard dix jours avant la date limite. "
            "La visite des sites est facultative.")]
    ccap = [TITLE("CHI des Deux-Vallées", "Cahier des clauses administratives particulières",
                  "Nettoyage des locaux et vitrerie", "Accord-cadre à bons de commande"),
            *A("Objet", "Le présent accord-cadre porte sur le nettoyage des locaux et la vitrerie des sites de "
               "Vallière et de Sauzon, dans les conditions du CCTP."),
            H("Article 5 – Montants de l'accord-cadre"),
            P("L'accord-cadre est conclu sans montant minimum. Le montant maximum des commandes est fixé pour "
              "chaque période comme suit (montants en milliers d'euros hors taxes) :"),
            RTAB([["Période", "Durée", "Montant maximum (k€ HT)"],
                  ["Période initiale", "12 mois", "310"], ["Première reconduction", "12 mois", "310"],
                  ["Deuxième reconduction", "12 mois", "310"], ["Troisième reconduction", "12 mois", "290"]],
                 widths=[2.2, 1.2, 2], align="lrr"),
            P("Le volume annuel indicatif est d'environ 21~000 heures de nettoyage, réparties du lundi au samedi "
              "entre 6 heures et 9 heures, puis entre 17 heures et 20 heures."),
            H("Article 6 – Produits et méthodes"),
            P("Les produits d'entretien utilisés sont titulaires de l'Écolabel européen ou d'un label équivalent, "
              "à l'exception des désinfectants exigés par le protocole d'hygiène. Le titulaire utilise des "
              "centrales de dilution, des franges et lavettes en microfibre lavées et réutilisées, et reprend "
              "les emballages vides de ses produits."),
            H("Article 7 – Action d'insertion"),
            P("Le titulaire consacre à l'insertion professionnelle de personnes éloignées de l'emploi au moins "
              "5 % des heures de nettoyage effectuées chaque année au titre du marché. Il désigne un référent et "
              "transmet chaque trimestre l'état des heures réalisées au facilitateur de la Maison de l'emploi."),
            *f_prix(c, 2), *f_penal(c, 1), *f_paiement(c, 1), *f_litiges(c, 1)]
    ae = [TITLE("Centre hospitalier intercommunal des Deux-Vallées", "Acte d'engagement",
                "Nettoyage des locaux et vitrerie", "Consultation CHI2V-27-NET"),
          *f_ae_titulaire(c),
          H("Objet et étendue"),
          P("Le marché n'est pas alloti. Il est exécuté par bons de commande, sans montant minimum et dans la "
            "limite d'un montant maximum annuel de 372~000 € TTC."),
          H("Engagement"),
          P("Je m'engage à exécuter les prestations aux prix du bordereau joint et à respecter la clause "
            "d'insertion de l'article 7 du CCAP."),
          *f_ae_signature(c)]
    qr = [TITLE("CHI des Deux-Vallées", "Questions des candidats et réponses de l'acheteur",
                "Nettoyage des locaux et vitrerie – CHI2V-27-NET", "Mise en ligne du 18 février 2027"),
          H("Question 1"),
          P("Le pourcentage d'heures d'insertion s'applique-t-il aussi aux heures de vitrerie ?"),
          P("Réponse : oui. Le titulaire réserve à l'insertion au moins 5 % de l'ensemble des heu" + HY + "res "
            "travaillées au titre du marché, vitrerie comprise."),
          H("Question 2"),
          P("À quelles heures les locaux de consultation externe sont-ils accessibles ?"),
          P("Réponse : de 5 h 30 à 22 heures, badge remis à chaque agent du titulaire."),
          H("Question 3"),
          P("Un produit de sol sans écolabel mais biodégradable peut-il être proposé ?"),
          P("Réponse : non. Seuls les désinfectants du protocole d'hygiène échappent à l'obligation d'écolabel "
            "fixée à l'article 6 du CCAP ; tout autre produit doit porter l'Écolabel européen ou un label "
            "équivalent.")]
    F = "CHI2V-27-NET"
    pieces = [
        PIECE("RC_CHI2V-27-NET.docx", "RC", B, F + " – RC", rc,
              L(critere_environnemental=1, allotissement=0,
                evidence=["la consultation n'est pas allotie",
                          "Performance environnementale des produits, matériels et méthodes 15 %"])),
        PIECE("CCAP_CHI2V-27-NET.pdf", "CCAP", B + " – CCAP", F + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, montant_max_ht=1220000,
                evidence=["Période initiale 12 mois 310", "Troisième reconduction 12 mois 290",
                          "[310 + 310 + 310 + 290 = 1 220 k€]", "au moins 5 % des heures de nettoyage",
                          "titulaires de l'Écolabel européen"])),
        PIECE("AE_CHI2V-27-NET.docx", "AE", B, F + " – Acte d'engagement", ae,
              L(clause_sociale=1, clause_insertion=1, allotissement=0,
                evidence=["Le marché n'est pas alloti.", "respecter la clause d'insertion de l'article 7 du CCAP"])),
        PIECE("QR_CHI2V-27-NET.pdf", "QR", B + " – Questions-réponses", F + " – Q/R", qr,
              L(clause_sociale=1, clause_insertion=1, clause_environnementale=1,
                evidence=["réserve à l'insertion au moins 5 % de l'ensemble des heures",
                          "tout autre produit doit porter l'Écolabel européen"])),
    ]
    return dict(id="d02", title="CHI des Deux-Vallées – nettoyage des locaux et vitrerie (accord-cadre non alloti)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_max_ht=1220000),
                note="Maximum : tableau du CCAP en k€ HT, un maximum par période (310, 310, 310, 290), sans total : "
                     "1 220 000. L'AE n'écrit qu'un maximum annuel TTC (372 000 € TTC) : pièce vide. Heures : 5 % des "
                     "heures, aucun nombre écrit (vide) ; les « 21 000 heures de nettoyage » sont un volume "
                     "indicatif, pas des heures d'insertion. Non alloti (RC, AE). Pas d'estimation.")


# d03 — université, postes de travail ; maximum annuel au CCAP, reconductions au RC ; « lots techniques » au CCTP
def d03():
    c = C7("l'Université de Haute-Lérande", "tribunal administratif de Lérande", delai=30,
           profil="achats.univ-haute-lerande.fr", ref="UHL-DSI-2027-03")
    B = "Université de Haute-Lérande – Direction du numérique"
    rc = [TITLE("Université de Haute-Lérande", "Règlement de la consultation",
                "Fourniture de postes de travail informatiques et services associés", "UHL-DSI-2027-03"),
          *A("Objet", "La consultation porte sur la fourniture de postes de travail fixes et portables, "
             "d'écrans et de services associés (préparation, livraison, garantie sur site) pour les composantes "
             "et services de l'université."),
          *A("Durée", "L'accord-cadre est conclu pour un an à compter de sa notification. Il est reconductible "
             "trois fois par période d'un an, sans que sa durée totale puisse excéder quatre ans."),
          *A("Décomposition", "Marché unique, non alloti : la cohérence du parc et la mutualisation des services "
             "de garantie justifient un titulaire unique (article L. 2113-11 du code de la commande publique)."),
          *A("Critères d'attribution",
             "Prix, apprécié sur un panier de commandes type : 55 %.",
             "Valeur technique (délais, qualité du service de garantie) : 30 %.",
             "Performances environnementales des matériels proposés (consommation électrique, indice de "
             "réparabilité, durée de disponibilité des pièces détachées) : 15 %."),
          *f_rc_cand(c, 1), *f_rc_remise(c, 1, "3 mai 2027")]
    ccap = [TITLE("Université de Haute-Lérande", "CCAP", "Postes de travail informatiques", "UHL-DSI-2027-03"),
            *A("Objet", "Le présent accord-cadre à bons de commande porte sur la fourniture de postes de travail "
               "informatiques et des services associés décrits au CCTP."),
            *A("Montant", "Aucun montant minimum n'est fixé. Le montant maximum des commandes est fixé à "
               "180~000 € HT par période annuelle d'exécution."),
            *A("Conditions environnementales d'exécution",
               "Lors de chaque livraison, le titulaire reprend l'ensemble des emballages et les évacue vers une "
               "filière de recyclage. Il reprend gratuitement, à la demande de l'université, un matériel usagé "
               "pour chaque matériel neuf livré et en assure le traitement comme déchet d'équipement électrique "
               "et électronique ; il remet chaque semestre le certificat de traitement."),
            *A("Conditions sociales d'exécution",
               "Le titulaire garantit que les matériels livrés sont fabriqués dans le respect des huit "
               "conventions fondamentales de l'Organisation internationale du travail. Il communique, sur "
               "demande, les résultats des audits sociaux réalisés dans les usines d'assemblage."),
            *f_prix(c, 1), *f_paiement(c, 0), *f_penal(c, 2), *f_litiges(c, 0)]
    cctp = [TITLE("Université de Haute-Lérande", "Cahier des clauses techniques particulières",
                  "Postes de travail informatiques", "UHL-DSI-2027-03"),
            H("1. Organisation des fournitures"),
            P("Les matériels sont regroupés en trois « lots techniques » : lot technique A (postes fixes), lot "
              "technique B (postes portables) et lot technique C (écrans et stations d'accueil). Ces regroupements "
              "servent seulement à organiser les commandes et les livraisons : ils ne constituent pas des lots au "
              "sens de l'article L. 2113-10 du code de la commande publique. L'accord-cadre est unique et attribué "
              "à un seul titulaire."),
            H("2. Exigences techniques"),
            TAB([["Matériel", "Exigence minimale"],
                 ["Poste fixe", "Processeur 8 cœurs, 16 Go de mémoire, SSD 512 Go"],
                 ["Poste portable", "Autonomie d'au moins 10 heures, batterie remplaçable"],
                 ["Écran", "24 pouces, réglable en hauteur"]], widths=[1, 3]),
            H("3. Exigences environnementales"),
            P("Chaque modèle proposé est certifié TCO Certified ou EPEAT niveau Gold, ou présente des garanties "
              "équivalentes. Les pièces détachées restent disponibles sept ans après la livraison. Les matériels "
              "sont livrés sans documentation papier, dans des emballages en carton recyclé sans polystyrène."),
            H("4. Garantie sur site"),
            P("Le technicien intervient sur site dans un délai de 8 heures ouvrées suivant l'appel ; un matériel "
              "non réparé sous trois jours ouvrés est remplacé.")]
    avis = [TITLE("Contract notice – Standard regime", "Université de Haute-Lérande",
                  "Notice number 2027/S 061-184402 – eForms"),
            H("1. Buyer"),
            P("Official name: Université de Haute-Lérande. Legal type of the buyer: body governed by public law. "
              "Activity: education."),
            H("2. Procedure"),
            P("Title: Supply of desktop and laptop computers and related services"),
            P("Description: Framework agreement with a single operator for the supply of workstations, screens "
              "and on-site warranty services."),
            P("Procedure type: Open. Main classification (cpv): 30213000 Personal computers."),
            P("Estimated value excluding VAT: 650 000 EUR"),
            P("Division into lots: No"),
            H("5. Lot – LOT-0000"),
            P("Duration: 12 Months. Maximum number of renewals: 3."),
            P("Framework agreement, without re-opening of competition. Maximum value of the framework agreement: "
              "720 000 EUR"),
            P("Strategic procurement: Reduction of environmental impacts; Fulfilment of social objectives."),
            P("Conditions relating to the performance of the contract: take-back of packaging and of one used "
              "device per new device delivered, with WEEE treatment certificates; compliance with the eight ILO "
              "core conventions in the manufacturing chain."),
            H("5.1.10 Award criteria"),
            P("Criterion: Type: Price. Name: Price of a standard basket. Weight (percentage, exact): 55"),
            P("Criterion: Type: Quality. Name: Technical value. Weight (percentage, exact): 30"),
            P("Criterion: Type: Quality. Name: Environmental performance of the equipment. Weight (percentage, "
              "exact): 15"),
            P("Reserved participation: Participation is not reserved.")]
    F = "UHL-DSI-2027-03"
    pieces = [
        PIECE("RC_UHL-DSI-2027-03.pdf", "RC", B, F + " – RC", rc,
              L(critere_environnemental=1, allotissement=0,
                evidence=["Marché unique, non alloti", "Performances environnementales des matériels proposés"])),
        PIECE("CCAP_UHL-DSI-2027-03.pdf", "CCAP", B, F + " – CCAP", ccap,
              L(clause_sociale=1, clause_environnementale=1, montant_max_ht=180000,
                evidence=["180 000 € HT par période annuelle d'exécution", "reprend l'ensemble des emballages",
                          "huit conventions fondamentales de l'Organisation internationale du travail"]),
              cols=2),
        PIECE("CCTP_UHL-DSI-2027-03.docx", "CCTP", B, F + " – CCTP", cctp,
              L(clause_environnementale=1, allotissement=0,
                evidence=["ils ne constituent pas des lots au sens de l'article L. 2113-10",
                          "L'accord-cadre est unique", "certifié TCO Certified ou EPEAT niveau Gold",
                          "emballages en carton recyclé sans polystyrène"])),
        PIECE("avis_eForms_UHL-DSI-2027-03.txt", "AVIS", B, F, avis,
              L(clause_sociale=1, clause_environnementale=1, critere_environnemental=1, allotissement=0,
                montant_estime_ht=650000, montant_max_ht=720000,
                evidence=["Estimated value excluding VAT: 650 000 EUR", "Division into lots: No",
                          "Maximum value of the framework agreement: 720 000 EUR",
                          "take-back of packaging", "compliance with the eight ILO core conventions",
                          "Environmental performance of the equipment"])),
    ]
    return dict(id="d03", title="Université de Haute-Lérande – postes de travail informatiques (accord-cadre unique)",
                pieces=pieces, pos=["clause_sociale", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_estime_ht=650000, montant_max_ht=720000),
                note="Maximum : 180 000 € HT par période annuelle au CCAP (pièce : 180 000, elle ne dit pas la durée) ; "
                     "RC : un an reconductible trois fois ; 180 000 × 4 = 720 000, chiffre que l'avis eForms écrit. "
                     "Estimation : avis seul (650 000). Non alloti (RC, avis) ; le CCTP parle de « lots techniques » "
                     "A, B, C qu'il dit ne pas être des lots (allotissement 0, pas de nombre de lots). Clause sociale : "
                     "conventions de l'OIT. Pièges : « 8 heures ouvrées », « autonomie d'au moins 10 heures ».")


# d04 — syndicat mixte de transports, transport scolaire, relance de deux lots ; avis et RC en conflit
def d04():
    c = C7("le Syndicat mixte des transports du Bassin de Corlay", "tribunal administratif de Rennebourg",
           profil="www.smtbc-marches.bzh", ref="SMTBC-2027-R2")
    B = "Syndicat mixte des transports du Bassin de Corlay"
    rc = [TITLE("Syndicat mixte des transports du Bassin de Corlay", "Règlement de la consultation",
                "Transport scolaire – relance des lots 2 et 4", "Consultation SMTBC-2027-R2"),
          H("Article 1 – Objet et contexte"),
          P("La présente consultation relance les lots 2 et 4 de la consultation n° SMTBC-2026-11, déclarés sans "
            "suite pour cause d'infructuosité. Les lots 1, 3 et 5 de cette consultation ont été attribués et ne "
            "sont pas concernés."),
          H("Article 2 – Lots"),
          P("La consultation comprend deux lots, qui conservent leur numérotation d'origine :"),
          LST(["lot 2 – circuits du secteur de Lanvern (6 circuits) ;",
               "lot 4 – circuits du secteur de Pont-Guérec (9 circuits)."]),
          H("Article 3 – Durée et estimation"),
          P("Les marchés couvrent les années scolaires 2027-2028, 2028-2029 et 2029-2030, sans reconduction. Le "
            "montant total estimé des deux lots, pour les trois années scolaires, est de 620~000 € HT."),
          P("En cas de discordance entre l'avis d'appel public à la concurrence et le présent règlement, les "
            "mentions du présent règlement prévalent."),
          H("Article 4 – Jugement des offres"),
          P("Chaque lot est jugé séparément : prix (60 %) ; valeur technique (25 %) ; performance "
            "environnementale des véhicules affectés au lot, appréciée sur leur norme d'émission et leur "
            "énergie (15 %)."),
          *f_rc_cand(c, 2), *f_rc_remise(c, 2, "22 mars 2027")]
    ccap = [TITLE("Syndicat mixte des transports du Bassin de Corlay", "CCAP",
                  "Transport scolaire – lots 2 et 4", "SMTBC-2027-R2"),
            *A("Objet", "Le présent CCAP s'applique aux deux lots de la consultation (lot 2, secteur de Lanvern ; "
               "lot 4, secteur de Pont-Guérec)."),
            *A("Forme et montants",
               "Chaque lot est un accord-cadre à bons de commande passé avec un seul opérateur. Les montants "
               "maximums sont de 95~000 € HT par année scolaire pour le lot 2 et de 130~000 € HT par année "
               "scolaire pour le lot 4.",
               "L'accord-cadre est conclu pour trois années scolaires (2027-2028 à 2029-2030), sans reconduction."),
            *A("Horaires", "Les services du matin s'achèvent avant 8 heures 25 ; aucun élève n'attend plus de vingt "
               "minutes à l'arrêt. Les services du mercredi midi partent à 12 heures 05."),
            *A("Véhicules et conduite",
               "Les véhicules affectés au service respectent au minimum la norme Euro VI. Le titulaire forme "
               "chacun de ses conducteurs à l'écoconduite dans les six mois suivant la notification et remet "
               "chaque année un relevé des consommations de carburant par circuit."),
            *f_prix(c, 0), *f_penal(c, 0), *f_paiement(c, 2), *f_assur(c, 0)]
    ae = [TITLE("Syndicat mixte des transports du Bassin de Corlay", "Acte d'engagement",
                "Lot n° 4 – circuits du secteur de Pont-Guérec", "SMTBC-2027-R2"),
          *f_ae_titulaire(c),
          H("Engagement"),
          P("Je m'engage à exécuter les services du lot n° 4 aux prix unitaires du bordereau, dans la limite "
            "d'un montant maximum de 130~000 € HT par année scolaire, pour les trois années scolaires du marché."),
          *f_ae_signature(c)]
    avis = [TITLE("AVIS DE MARCHÉ", "Syndicat mixte des transports du Bassin de Corlay",
                  "Directive 2014/24/UE – Journal officiel de l'Union européenne"),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : Transport scolaire – relance des lots 2 et 4"),
            P("II.1.2) Code CPV principal : 60130000 – Services spécialisés de transport routier de passagers"),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 600~000 EUR"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui"),
            P("II.2.1) Intitulé : Circuits du secteur de Lanvern. Lot nº : 2"),
            P("II.2.1) Intitulé : Circuits du secteur de Pont-Guérec. Lot nº : 4"),
            P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 25 ; "
              "Critère de qualité – Nom : Performance environnementale des véhicules / Pondération : 15 ; "
              "Prix – Pondération : 60"),
            H("Section III : Renseignements d'ordre juridique"),
            P("III.1.5) Informations sur les marchés réservés : néant"),
            P("III.2.2) Conditions particulières d'exécution : véhicules de norme Euro VI au minimum ; formation "
              "des conducteurs à l'écoconduite ; relevé annuel des consommations."),
            H("Section VI : Renseignements complémentaires"),
            P("VI.3) Informations complémentaires : relance des lots 2 et 4 de la consultation SMTBC-2026-11, "
              "déclarés infructueux.")]
    F = "SMTBC-2027-R2"
    pieces = [
        PIECE("RC_SMTBC-2027-R2.docx", "RC", B, F + " – RC", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=620000,
                evidence=["La consultation comprend deux lots",
                          "montant total estimé des deux lots, pour les trois années scolaires, est de 620 000 € HT",
                          "performance environnementale des véhicules affectés au lot"])),
        PIECE("CCAP_SMTBC-2027-R2.pdf", "CCAP", B + " – CCAP", F + " – CCAP", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=675000,
                evidence=["s'applique aux deux lots", "95 000 € HT par année scolaire pour le lot 2",
                          "130 000 € HT par année scolaire pour le lot 4", "conclu pour trois années scolaires",
                          "[(95 000 + 130 000) × 3 = 675 000]", "forme chacun de ses conducteurs à l'écoconduite"]),
              hyphen=True),
        PIECE("AE_lot4_SMTBC-2027-R2.docx", "AE", B, F + " – AE lot 4", ae,
              L(allotissement=1, montant_max_ht=390000,
                evidence=["services du lot n° 4", "130 000 € HT par année scolaire, pour les trois années scolaires",
                          "[130 000 × 3 = 390 000]"])),
        PIECE("avis_JOUE_SMTBC-2027-R2.txt", "AVIS", B, F, avis,
              L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2,
                montant_estime_ht=600000,
                evidence=["Valeur hors TVA : 600 000 EUR", "Ce marché est divisé en lots : oui", "Lot nº : 2",
                          "Lot nº : 4", "Performance environnementale des véhicules / Pondération : 15",
                          "formation des conducteurs à l'écoconduite"])),
    ]
    return dict(id="d04", title="SM des transports du Bassin de Corlay – transport scolaire, relance des lots 2 et 4",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=620000, montant_max_ht=675000),
                note="Lots : la consultation relance deux lots (numérotés 2 et 4) d'une consultation antérieure de "
                     "cinq lots ; nb_lots = 2, les lots de la présente consultation. Estimation : avis 600 000, RC "
                     "620 000 avec clause « les mentions du présent règlement prévalent » : 620 000. Maximum : "
                     "CCAP 95 000 (lot 2) + 130 000 (lot 4) par année scolaire, trois années sans reconduction : "
                     "675 000 ; AE du lot 4 : 390 000. Pièges : « 8 heures 25 », « 12 heures 05 ».")


# d05 — ville, restauration scolaire ; maximum annuel au CCAP, 48 mois au RC ; lot unique
def d05():
    c = C7("la Ville de Saint-Aubrel", "tribunal administratif de Montvirieu", delai=30,
           profil="www.saint-aubrel.fr/marches", ref="SA-RS-2027")
    B = "Ville de Saint-Aubrel – Service de la commande publique"
    rc = [TITLE("Ville de Saint-Aubrel", "Règlement de la consultation",
                "Fourniture et livraison de repas en liaison chaude pour la restauration scolaire", "SA-RS-2027"),
          *A("Objet", "Fabrication et livraison en liaison chaude des repas des cinq groupes scolaires et de "
             "l'accueil de loisirs municipal."),
          *A("Durée", "Le marché est conclu pour une durée de 48 mois à compter du 1er septembre 2027. Il n'est "
             "pas reconductible."),
          *A("Lot unique", "La consultation est passée en lot unique : la fabrication et la livraison des repas "
             "ne peuvent être séparées sans nuire à la sécurité sanitaire ni à la maîtrise des coûts."),
          *A("Insertion", "Le titulaire devra réaliser une action d'insertion professionnelle dont les modalités "
             "et le volume figurent à l'article 11 du CCAP."),
          *A("Jugement des offres",
             ["Prix des repas : 40 % ;",
              "Qualité gustative et nutritionnelle, origine des produits : 30 % ;",
              "Lutte contre le gaspillage alimentaire et réduction des emballages : 20 % ;",
              "Performance en matière d'insertion professionnelle des publics éloignés de l'emploi : 10 %."]),
          *f_rc_remise(c, 0, "2 avril 2027")]
    ccap = [TITLE("Ville de Saint-Aubrel", "Cahier des clauses administratives particulières",
                  "Restauration scolaire en liaison chaude", "SA-RS-2027"),
            *A("Objet", "Le présent marché est un accord-cadre à bons de commande ; la durée est fixée au "
               "règlement de la consultation."),
            *A("Montant maximum", "Le montant maximum annuel des commandes est de 460~000 € HT pour chaque année "
               "d'exécution. Le montant minimum annuel est de 150~000 € HT."),
            *A("Qualité des approvisionnements",
               "Au moins 50 % des denrées, en valeur, sont des produits durables et de qualité au sens de "
               "l'article L. 230-5-1 du code rural, dont au moins 20 % issus de l'agriculture biologique. Les "
               "repas sont livrés dans des bacs réutilisables en inox ; aucun contenant de cuisson ou de service "
               "en plastique n'est admis. Le titulaire pèse chaque mois les restes de deux restaurants et "
               "propose des ajustements de grammage."),
            *A("Livraisons", "Les repas sont livrés entre 10 heures et 11 heures 15 ; le pique-nique est commandé "
               "au plus tard 72 heures à l'avance."),
            H("Article 11 – Clause d'insertion"),
            P("Le titulaire réserve 1~120 heures de travail, sur la durée totale du marché, à des personnes "
              "éloignées de l'emploi (demandeurs d'emploi de longue durée, bénéficiaires du RSA, jeunes sans "
              "qualification, travailleurs handicapés). Les heures de formation ne sont pas comptées."),
            *f_prix(c, 1), *f_paiement(c, 2), *f_litiges(c, 0)]
    bpu = [TITLE("Ville de Saint-Aubrel", "Bordereau des prix unitaires", "Restauration scolaire – SA-RS-2027", ""),
           RTAB([["N°", "Désignation", "Quantité annuelle indicative", "Prix unitaire HT"],
                 ["1", "Repas maternelle", "38 000", ""], ["2", "Repas élémentaire", "61 000", ""],
                 ["3", "Repas adulte", "9 500", ""], ["4", "Pique-nique", "3 500", ""],
                 ["5", "Goûter de l'accueil de loisirs", "12 000", ""]],
                widths=[0.5, 3, 2, 1.6], align="llrr"),
           P("Les quantités sont données à titre indicatif et n'engagent pas la Ville. Les prix comprennent la "
             "livraison et la reprise des bacs.")]
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Ville de Saint-Aubrel",
                  "BOAMP – Annonce n° 27-033512"),
            P("Objet : Fourniture et livraison de repas en liaison chaude pour la restauration scolaire."),
            P("Type de marché : Fournitures – accord-cadre à bons de commande mono-attributaire."),
            P("Durée du marché : 48 mois."),
            P("Montant maximum annuel : 460~000 euros HT."),
            P("Valeur estimée hors TVA : 1~600~000 euros."),
            P("Marché alloti : non."),
            P("Conditions d'exécution : clause d'insertion de 1~120 heures ; 50 % de produits durables et de "
              "qualité dont 20 % issus de l'agriculture biologique ; contenants réutilisables."),
            P("Critères d'attribution : prix 40 % ; qualité des repas 30 % ; lutte contre le gaspillage et "
              "réduction des emballages 20 % ; insertion professionnelle 10 %."),
            P("Date limite de réception des offres : 2 avril 2027 à 12 h 00.")]
    F = "SA-RS-2027"
    pieces = [
        PIECE("RC_SA-RS-2027.pdf", "RC", B, F + " – RC", rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, critere_environnemental=1, allotissement=0,
                evidence=["La consultation est passée en lot unique",
                          "Le titulaire devra réaliser une action d'insertion professionnelle",
                          "Lutte contre le gaspillage alimentaire et réduction des emballages : 20 %",
                          "Performance en matière d'insertion professionnelle des publics éloignés de l'emploi : 10 %"]),
              hyphen=True),
        PIECE("CCAP_SA-RS-2027.docx", "CCAP", B, F + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1120, clause_environnementale=1,
                montant_max_ht=460000,
                evidence=["montant maximum annuel des commandes est de 460 000 € HT",
                          "réserve 1 120 heures de travail", "bacs réutilisables en inox",
                          "dont au moins 20 % issus de l'agriculture biologique"])),
        PIECE("BPU_SA-RS-2027.pdf", "BPU", B, F + " – BPU", bpu, L()),
        PIECE("avis_BOAMP_SA-RS-2027.txt", "AVIS", B, F, avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1120, critere_social=1,
                clause_environnementale=1, critere_environnemental=1, allotissement=0,
                montant_estime_ht=1600000, montant_max_ht=1840000,
                evidence=["Durée du marché : 48 mois.", "Montant maximum annuel : 460 000 euros HT.",
                          "[460 000 × 4 = 1 840 000]", "Valeur estimée hors TVA : 1 600 000 euros.",
                          "Marché alloti : non.", "clause d'insertion de 1 120 heures", "contenants réutilisables",
                          "insertion professionnelle 10 %", "réduction des emballages 20 %"])),
    ]
    return dict(id="d05", title="Ville de Saint-Aubrel – restauration scolaire en liaison chaude (lot unique)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
                     "critere_environnemental"],
                values=V(heures_insertion=1120, allotissement=0, montant_estime_ht=1600000, montant_max_ht=1840000),
                note="Maximum : 460 000 € HT par an (CCAP, qui renvoie la durée au RC : pièce 460 000) ; durée 48 mois "
                     "(RC, avis) : 4 × 460 000 = 1 840 000 ; l'avis donne les deux et reçoit 1 840 000. Minimum "
                     "annuel 150 000 : piège. Estimation : avis seul, 1 600 000. Heures : 1 120 sur la durée totale "
                     "(CCAP, avis). « Lot unique » : allotissement 0. Pièges : « entre 10 heures et 11 heures 15 », "
                     "« 72 heures à l'avance », quantités du BPU.")


# d06 — département, dépendances vertes des routes ; lot 4 réservé L2113-12 ; case de l'avis en conflit
def d06():
    c = C7("le Département de la Marnèvre", "tribunal administratif de Châlonville", delai=30,
           profil="marches.marnevre.fr", ref="CD-MV-2027-EV")
    B = "Département de la Marnèvre – Direction des routes"
    rc = [TITLE("Département de la Marnèvre", "Règlement de la consultation",
                "Entretien des dépendances vertes des routes départementales et des aires de repos", "CD-MV-2027-EV"),
          *A("Objet et lots",
             "L'accord-cadre porte sur l'entretien des accotements, talus et aires de repos du réseau routier "
             "départemental. Il est divisé en quatre lots :",
             ["lot 1 – agence routière Nord ;", "lot 2 – agence routière Centre ;", "lot 3 – agence routière Sud ;",
              "lot 4 – entretien et propreté des aires de repos."]),
          *A("Lot réservé",
             "Le lot 4 est réservé, en application de l'article L. 2113-12 du code de la commande publique, aux "
             "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
             "équivalentes employant au moins 50 % de travailleurs handicapés."),
          *A("Insertion", "Pour les lots 1 à 3, le titulaire devra consacrer un volume d'heures de travail à "
             "l'insertion de personnes éloignées de l'emploi, fixé à l'article 7 du CCAP."),
          *A("Critères", "Prix : 50 %. Valeur technique : 35 %. Méthodes de gestion écologique des dépendances "
             "vertes (fauchage raisonné, absence de produits phytosanitaires, valorisation des résidus) : 15 %."),
          *f_rc_cand(c, 0), *f_rc_remise(c, 2, "16 février 2027")]
    ccap = [TITLE("Département de la Marnèvre", "CCAP", "Dépendances vertes et aires de repos", "CD-MV-2027-EV"),
            *A("Objet", "Le présent CCAP régit les quatre lots de l'accord-cadre (lots 1 à 3 par agence routière, "
               "lot 4 pour les aires de repos)."),
            *A("Durée", "Chaque accord-cadre est conclu pour un an à compter du 1er mars 2027. Il est reconductible "
               "deux fois, par période d'un an."),
            *A("Montants maximums", "Les montants maximums applicables à chaque période annuelle sont les suivants :"),
            RTAB([["Lot", "Montant maximum par période annuelle (€ HT)"],
                  ["Lot 1 – Nord", "120 000"], ["Lot 2 – Centre", "90 000"], ["Lot 3 – Sud", "75 000"],
                  ["Lot 4 – Aires de repos", "40 000"], ["Total annuel", "325 000"]],
                 widths=[2, 2.5], align="lr", bold_last=True),
            *A("Lot réservé", "Le lot 4 est réservé aux structures mentionnées à l'article L. 2113-12 du code de la "
               "commande publique."),
            H("Article 7 – Heures d'insertion"),
            P("Pour les lots 1 à 3, le titulaire réalise, sur la durée totale de l'accord-cadre, reconductions "
              "comprises, les heures d'insertion suivantes : lot 1 : 300 heures ; lot 2 : 200 heures ; lot 3 : 150 "
              "heures. Le lot 4, réservé, n'est pas soumis à cette clause."),
            *A("Gestion écologique",
               "Aucun produit phytosanitaire n'est employé. Les résidus de fauche et de taille sont broyés sur place "
               "ou apportés à une plateforme de compostage ; la hauteur de coupe n'est jamais inférieure à 10 cm. "
               "Le fauchage des talus est tardif, après le 15 juillet, hors zones de sécurité."),
            *f_prix(c, 0), *f_penal(c, 1), *f_litiges(c, 1)]
    ae = [TITLE("Département de la Marnèvre", "Acte d'engagement",
                "Lot 4 – entretien et propreté des aires de repos (lot réservé)", "CD-MV-2027-EV"),
          *f_ae_titulaire(c),
          H("Statut du candidat"),
          P("Le lot 4 est réservé aux entreprises adaptées et aux ESAT (article L. 2113-12 du code de la commande "
            "publique). Je déclare que la structure que je représente emploie au moins 50 % de travailleurs "
            "handicapés : ☐ entreprise adaptée ☐ ESAT ☐ structure équivalente."),
          H("Engagement"),
          P("Je m'engage à exécuter les prestations du lot 4 aux prix du bordereau, dans la limite d'un montant "
            "maximum de 40~000 € HT par an. L'accord-cadre est conclu pour un an, reconductible deux fois."),
          *f_ae_signature(c)]
    avis = [TITLE("AVIS DE MARCHÉ", "Département de la Marnèvre", "Formulaire standard – JOUE"),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : Entretien des dépendances vertes des routes départementales et des aires de repos"),
            P("II.1.2) Code CPV principal : 77310000"),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 960~000 EUR"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Nombre de lots : 4"),
            P("II.2.5) Critères d'attribution : Prix 50 ; Valeur technique 35 ; Méthodes de gestion écologique 15"),
            H("Section III"),
            P("III.1.5) Informations sur les marchés réservés : [X] Le marché est réservé à des organisations qui "
              "poursuivent une mission de service public et remplissent les autres conditions énoncées à "
              "l'article 77 de la directive 2014/24/UE."),
            P("III.2.2) Conditions particulières d'exécution : lots 1 à 3 : clause d'insertion (650 heures au total "
              "sur la durée de l'accord-cadre) ; tous lots : zéro produit phytosanitaire, broyage et compostage "
              "des résidus."),
            H("Section VI"),
            P("VI.3) Informations complémentaires : Le lot 4 est réservé aux entreprises adaptées et aux ESAT "
              "(article L. 2113-12 du code de la commande publique). Durée : un an reconductible deux fois.")]
    F = "CD-MV-2027-EV"
    pieces = [
        PIECE("RC_CD-MV-2027-EV.pdf", "RC", B, F + " – RC", rc,
              L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12",
                critere_environnemental=1, allotissement=1, nb_lots=4,
                evidence=["Il est divisé en quatre lots", "Le lot 4 est réservé, en application de l'article L. 2113-12",
                          "le titulaire devra consacrer un volume d'heures de travail à l'insertion",
                          "Méthodes de gestion écologique des dépendances vertes"])),
        PIECE("CCAP_CD-MV-2027-EV.pdf", "CCAP", B, F + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=650, marche_reserve=1,
                reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=4,
                montant_max_ht=975000,
                evidence=["régit les quatre lots", "Total annuel 325 000", "reconductible deux fois",
                          "[325 000 × 3 = 975 000]", "lot 1 : 300 heures ; lot 2 : 200 heures ; lot 3 : 150 heures",
                          "[300 + 200 + 150 = 650]", "Aucun produit phytosanitaire n'est employé",
                          "réservé aux structures mentionnées à l'article L. 2113-12"]), hyphen=True),
        PIECE("AE_lot4_CD-MV-2027-EV.docx", "AE", B, F + " – AE lot 4", ae,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=120000,
                evidence=["Le lot 4 est réservé aux entreprises adaptées et aux ESAT (article L. 2113-12",
                          "40 000 € HT par an", "reconductible deux fois", "[40 000 × 3 = 120 000]"])),
        PIECE("avis_JOUE_CD-MV-2027-EV.txt", "AVIS", B, F, avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=650, marche_reserve=1,
                reserve_base="L2113-12", clause_environnementale=1, critere_environnemental=1, allotissement=1,
                nb_lots=4, montant_estime_ht=960000,
                evidence=["Valeur hors TVA : 960 000 EUR", "Nombre de lots : 4",
                          "Le lot 4 est réservé aux entreprises adaptées et aux ESAT (article L. 2113-12",
                          "clause d'insertion (650 heures au total", "zéro produit phytosanitaire",
                          "Méthodes de gestion écologique 15"])),
    ]
    return dict(id="d06", title="Département de la Marnèvre – dépendances vertes routières (4 lots, lot 4 réservé)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
                     "critere_environnemental"],
                values=V(heures_insertion=650, allotissement=1, nb_lots=4, montant_estime_ht=960000,
                         montant_max_ht=975000, reserve_base="L2113-12"),
                note="Maximum : tableau du CCAP, maxima annuels par lot avec ligne « Total annuel 325 000 » ; un an "
                     "reconductible deux fois (CCAP) : 325 000 × 3 = 975 000. AE du lot 4 : 40 000 par an, un an "
                     "reconductible deux fois : 120 000. Estimation : avis seul, 960 000. Heures : lots 1 à 3, "
                     "300 + 200 + 150 = 650 sur toute la durée (CCAP), 650 écrit à l'avis. Réservation : lot 4, "
                     "article L. 2113-12 cité (RC, CCAP, AE, avis VI.3) ; la case III.1.5 de l'avis (article 77, "
                     "mission de service public) est cochée à tort : l'article cité prime, L2113-12.")


# d07 — département, impression ; maxima par lot sans total ; Q/R qui relève le lot 3
def d07():
    c = C7("le Département du Haut-Liséron", "tribunal administratif de Liséronne", delai=30,
           profil="www.marches.haut-liseron.fr", ref="HL-IMP-27")
    B = "Département du Haut-Liséron – Direction de la communication"
    rc = [TITLE("Département du Haut-Liséron", "Règlement de la consultation", "Travaux d'impression",
                "HL-IMP-27"),
          H("1 – Objet"),
          P("Impression des supports de communication du Département : magazine départemental, guides, "
            "affiches, cartons d'invitation, et prestations de façonnage et de routage."),
          H("2 – Allotissement"),
          P("La consultation est décomposée en trois lots : lot 1 – impression offset ; lot 2 – impression "
            "numérique ; lot 3 – façonnage et routage. Chaque lot fait l'objet d'un accord-cadre à bons de "
            "commande distinct, conclu pour quatre ans fermes."),
          H("3 – Critères d'attribution (pour chaque lot)"),
          TAB([["Critère", "Poids"], ["Prix, sur la base d'un détail quantitatif estimatif non contractuel", "60"],
               ["Valeur technique et délais", "25"],
               ["Démarche environnementale de l'imprimeur (papiers, encres, gestion des gâches)", "15"]],
              widths=[4, 1], align="lr"),
          H("4 – Échantillons"),
          P("Les candidats joignent trois échantillons de travaux comparables pour chaque lot."),
          *f_rc_remise(c, 1, "7 juin 2027")]
    ccap = [TITLE("Département du Haut-Liséron", "Cahier des clauses administratives particulières",
                  "Travaux d'impression – lots 1 à 3", "HL-IMP-27"),
            *A("Objet", "Le présent CCAP est commun aux trois lots : impression offset (lot 1), impression "
               "numérique (lot 2), façonnage et routage (lot 3)."),
            H("Article 4 – Montants maximums"),
            P("Pour la durée totale de l'accord-cadre, les commandes ne peuvent excéder : lot 1 : 160" + SB + "000 € HT ; "
              "lot 2 : 85~000 € HT ; lot 3 : 60~000 € HT. Aucun montant minimum n'est fixé."),
            *A("Exigences environnementales d'exécution",
               "Les papiers fournis sont recyclés ou certifiés FSC ou PEFC. L'imprimeur est titulaire de la marque "
               "Imprim'Vert ou justifie de pratiques équivalentes ; les encres sont à base d'huiles végétales. "
               "Les gâches et chutes de papier sont reprises et recyclées ; le titulaire en justifie une fois par an."),
            *A("Délais", "Le bon à tirer est transmis sous 48 heures ; les livraisons ont lieu entre 8 heures et "
               "12 heures à l'hôtel du Département."),
            *f_prix(c, 2), *f_paiement(c, 1), *f_penal(c, 0)]
    bpu = [TITLE("Département du Haut-Liséron", "Bordereau des prix unitaires", "Lot n° 2 – impression numérique",
                 "HL-IMP-27"),
           TAB([["Réf.", "Désignation", "Unité", "Prix HT"],
                ["2.01", "Affiche A3 quadrichromie, 135 g", "le cent", ""],
                ["2.02", "Carton d'invitation 10 × 21, 350 g", "le cent", ""],
                ["2.03", "Dépliant A4 2 plis, 135 g", "le cent", ""],
                ["2.04", "Kakémono 80 × 200 avec enrouleur", "l'unité", ""]], widths=[0.7, 4, 1.2, 1.2]),
           P("Prix franco, livraison comprise.")]
    qr = [TITLE("Département du Haut-Liséron", "Réponses aux questions des candidats", "Travaux d'impression – HL-IMP-27",
                "Document n° 2 du 24 mai 2027"),
          H("Question 1 (lot 3)"),
          P("Le montant maximum du lot 3 nous paraît faible au regard des volumes de routage du magazine. Peut-il "
            "être revu ?"),
          P("Réponse : le Département porte le montant maximum du lot 3 à 75~000 € HT sur la durée totale de "
            "l'accord-cadre. L'article 4 du CCAP est modifié en ce sens ; les maxima des lots 1 et 2 sont inchangés."),
          H("Question 2 (tous lots)"),
          P("Un papier non certifié contenant 60 % de fibres recyclées peut-il être proposé ?"),
          P("Réponse : non. Le papier doit être recyclé à 100 % ou certifié FSC ou PEFC, comme le prévoit le CCAP.")]
    F = "HL-IMP-27"
    pieces = [
        PIECE("RC_HL-IMP-27.docx", "RC", B, F + " – RC", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=3,
                evidence=["décomposée en trois lots",
                          "Démarche environnementale de l'imprimeur (papiers, encres, gestion des gâches) 15"])),
        PIECE("CCAP_HL-IMP-27.pdf", "CCAP", B, F + " – CCAP", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=305000,
                evidence=["commun aux trois lots", "lot 1 : 160 000 € HT", "lot 2 : 85 000 € HT", "lot 3 : 60 000 € HT",
                          "[160 000 + 85 000 + 60 000 = 305 000]", "Les gâches et chutes de papier sont reprises et recyclées"])),
        PIECE("BPU_lot2_HL-IMP-27.docx", "BPU", B, F + " – BPU lot 2", bpu,
              L(allotissement=1, evidence=["Lot n° 2 – impression numérique"])),
        PIECE("QR_HL-IMP-27.pdf", "QR", B, F + " – Q/R", qr,
              L(clause_environnementale=1, allotissement=1, montant_max_ht=75000,
                evidence=["porte le montant maximum du lot 3 à 75 000 € HT",
                          "Le papier doit être recyclé à 100 % ou certifié FSC ou PEFC"]), hyphen=True),
    ]
    return dict(id="d07", title="Département du Haut-Liséron – travaux d'impression (3 lots)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=3, montant_max_ht=320000),
                note="Maximum : maxima par lot sur la durée totale, sans total (CCAP : 160 000 + 85 000 + 60 000 = "
                     "305 000) ; le registre Q/R porte le lot 3 à 75 000 en modifiant expressément le CCAP : dossier "
                     "160 000 + 85 000 + 75 000 = 320 000 ; la pièce Q/R reçoit 75 000 (seul lot qu'elle fixe). "
                     "Trois lots (RC, CCAP). Pas d'estimation. Pièges : « sous 48 heures », « entre 8 heures et 12 heures ».")


# d08 — musée (EPCC), surveillance ; CCAP en TTC, AE en HT avec reconductions ; avis eForms en anglais
def d08():
    c = C7("le Musée des Beaux-Arts de Castelreine", "tribunal administratif de Castelreine", delai=30,
           profil="musee-castelreine.marches-publics.info", ref="MBAC-2027-SUR")
    B = "Musée des Beaux-Arts de Castelreine (EPCC)"
    rc = [TITLE("Musée des Beaux-Arts de Castelreine", "Règlement de la consultation",
                "Surveillance, sécurité incendie et accueil de sûreté", "MBAC-2027-SUR"),
          *A("Objet", "Surveillance des salles, sécurité incendie (SSIAP) et contrôle d'accès du musée et de ses "
             "réserves."),
          *A("Durée", "Accord-cadre conclu pour un an à compter du 1er avril 2027, reconductible trois fois par "
             "périodes successives d'un an."),
          *A("Absence d'allotissement", "Les missions de surveillance, de sécurité incendie et de contrôle d'accès "
             "sont assurées par les mêmes agents depuis un poste central unique : le marché n'est pas alloti."),
          *A("Critères",
             "Prix : 45 %. Valeur technique : 40 %. Actions en faveur de l'insertion professionnelle et de la "
             "qualité de l'emploi des agents affectés (parcours d'insertion, formation, stabilité des équipes) : 15 %."),
          *f_rc_cand(c, 1), *f_rc_remise(c, 0, "1er février 2027")]
    ccap = [TITLE("Musée des Beaux-Arts de Castelreine", "CCAP", "Surveillance et sécurité", "MBAC-2027-SUR"),
            *A("Montant", "Le montant maximum annuel des commandes est fixé à 540~000 € TTC. Il n'est pas fixé de "
               "montant minimum."),
            *A("Organisation", "Le poste central de sécurité est tenu 24 heures sur 24. Aucune vacation ne dépasse "
               "12 heures ; un agent ne peut enchaîner plus de 48 heures de travail par semaine."),
            *A("Clause d'insertion",
               "Le titulaire s'engage à réaliser 1~000 heures d'insertion par année d'exécution au profit de "
               "personnes éloignées de l'emploi, soit 4" + SB + "000 heures si l'accord-cadre est reconduit trois fois. Il "
               "peut recourir à l'embauche directe, à une ETTI ou à un GEIQ."),
            *A("Véhicules", "Les rondes extérieures sont effectuées avec un véhicule électrique ou hybride "
               "rechargeable, fourni par le titulaire."),
            *f_penal(c, 1), *f_paiement(c, 0), *f_assur(c, 1), *f_litiges(c, 0)]
    ae = [TITLE("Musée des Beaux-Arts de Castelreine", "Acte d'engagement", "Surveillance et sécurité",
                "MBAC-2027-SUR"),
          *f_ae_titulaire(c),
          H("Montant"),
          P("Le montant maximum est de 450~000 € HT (540~000 € TTC) pour la période initiale et pour chacune des "
            "trois reconductions éventuelles."),
          H("Engagement"),
          P("Je m'engage à exécuter les prestations aux prix unitaires du bordereau."),
          *f_ae_signature(c)]
    avis = [TITLE("Contract notice", "Musée des Beaux-Arts de Castelreine", "eForms – Notice 2027/S 004-011938"),
            P("Buyer: Musée des Beaux-Arts de Castelreine (public cultural cooperation body)."),
            P("Title: Surveillance, fire safety and access control services"),
            P("Main nature of the contract: Services. Main classification (cpv): 79710000 Security services"),
            P("Estimated value excluding VAT: 1 650 000 EUR"),
            P("Maximum value of the framework agreement: 1 800 000 EUR"),
            P("Division into lots: No"),
            P("Duration: 12 Months; the contract may be renewed 3 times."),
            P("Reserved participation: Participation is not reserved."),
            P("Strategic procurement: Fulfilment of social objectives. Approach to social procurement: "
              "Employment opportunities for long-term unemployed, disadvantaged persons or persons with "
              "disabilities."),
            P("Conditions relating to the performance of the contract: 4 000 hours of work for people far from "
              "employment over the maximum duration; patrol vehicle electric or plug-in hybrid."),
            P("Award criteria: Price 45; Quality - Technical value 40; Quality - Employment integration and "
              "quality of employment 15")]
    F = "MBAC-2027-SUR"
    pieces = [
        PIECE("RC_MBAC-2027-SUR.pdf", "RC", B, F + " – RC", rc,
              L(critere_social=1, allotissement=0,
                evidence=["le marché n'est pas alloti",
                          "Actions en faveur de l'insertion professionnelle et de la qualité de l'emploi"]), cols=2),
        PIECE("CCAP_MBAC-2027-SUR.pdf", "CCAP", B, F + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=4000, clause_environnementale=1,
                evidence=["1 000 heures d'insertion par année d'exécution", "soit 4 000 heures si l'accord-cadre est reconduit trois fois",
                          "un véhicule électrique ou hybride rechargeable"])),
        PIECE("AE_MBAC-2027-SUR.docx", "AE", B, F + " – AE", ae,
              L(montant_max_ht=1800000,
                evidence=["450 000 € HT (540 000 € TTC) pour la période initiale et pour chacune des trois reconductions",
                          "[450 000 × 4 = 1 800 000]"])),
        PIECE("notice_eForms_MBAC-2027-SUR.txt", "AVIS", B, F, avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=4000, critere_social=1,
                clause_environnementale=1, allotissement=0, montant_estime_ht=1650000, montant_max_ht=1800000,
                evidence=["Estimated value excluding VAT: 1 650 000 EUR",
                          "Maximum value of the framework agreement: 1 800 000 EUR", "Division into lots: No",
                          "4 000 hours of work for people far from employment", "patrol vehicle electric",
                          "Employment integration and quality of employment 15"])),
    ]
    return dict(id="d08", title="Musée des Beaux-Arts de Castelreine – surveillance et sécurité (accord-cadre non alloti)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=4000, allotissement=0, montant_estime_ht=1650000, montant_max_ht=1800000),
                note="Maximum : le CCAP ne donne que 540 000 € TTC par an (pièce vide) ; l'AE donne 450 000 € HT pour "
                     "la période initiale et chacune des trois reconductions : 1 800 000, chiffre de l'avis. "
                     "Estimation : avis seul, 1 650 000. Heures : 1 000 par an, « soit 4 000 heures » écrit (CCAP, "
                     "avis) : 4 000. Non alloti (RC, avis). Pièges : « 24 heures sur 24 », « 12 heures », « 48 heures "
                     "de travail par semaine ».")


# d09 — syndicat d'énergie, électricité en groupement ; estimation avec et sans reconduction ; pas de maximum
def d09():
    c = C7("le Syndicat départemental d'énergies de la Corvèze", "tribunal administratif de Tulleray", delai=30,
           profil="www.sdec-achats.fr", ref="SDEC-ELEC-2028")
    B = "SDE de la Corvèze – coordonnateur du groupement d'achat d'énergie"
    rc = [TITLE("Syndicat départemental d'énergies de la Corvèze", "Règlement de la consultation",
                "Fourniture et acheminement d'électricité – groupement de commandes 2028", "SDEC-ELEC-2028"),
          *A("Objet", "Fourniture d'électricité et services associés pour les 212 membres du groupement de "
             "commandes coordonné par le Syndicat."),
          *A("Lots", "Le marché est alloti selon les segments d'acheminement :",
             ["lot 1 : points de livraison C5 (puissance inférieure ou égale à 36 kVA) ;",
              "lot 2 : points de livraison C4 ;", "lot 3 : points de livraison C2 et C3."]),
          *A("Durée", "Deux ans, du 1er janvier 2028 au 31 décembre 2029, reconductible une fois pour un an."),
          *A("Estimation", "Le montant estimé, calculé sur les consommations de référence, est le suivant :"),
          RTAB([["Lot", "Période initiale (2 ans)", "Reconduction (1 an)", "Total (€ HT)"],
                ["Lot 1 – C5", "1 400 000", "700 000", "2 100 000"],
                ["Lot 2 – C4", "1 100 000", "550 000", "1 650 000"],
                ["Lot 3 – C2-C3", "600 000", "300 000", "900 000"],
                ["Total", "3 100 000", "1 550 000", "4 650 000"]],
               widths=[1.6, 1.6, 1.6, 1.4], align="lrrr", bold_last=True),
          *A("Critères d'attribution",
             "Prix de la fourniture : 85 %. Part d'électricité d'origine renouvelable garantie au-delà du minimum "
             "du CCTP, avec traçabilité des garanties d'origine : 10 %. Qualité du service client : 5 %."),
          *f_rc_remise(c, 1, "14 septembre 2027")]
    ccap = [TITLE("Syndicat départemental d'énergies de la Corvèze", "CCAP",
                  "Fourniture d'électricité – lots 1 à 3", "SDEC-ELEC-2028"),
            *A("Objet", "Le présent CCAP s'applique aux trois lots du marché de fourniture d'électricité."),
            *A("Forme", "Chaque lot est un accord-cadre à marchés subséquents. L'accord-cadre est conclu sans "
               "montant minimum ni montant maximum, les quantités dépendant des consommations réelles des membres."),
            *A("Prix", "Le prix comprend une part fixe et une part proportionnelle, différenciée entre heures "
               "pleines et heures creuses (huit heures creuses par jour, de 22 heures à 6 heures)."),
            *f_paiement(c, 1), *f_penal(c, 2), *f_litiges(c, 0)]
    cctp = [TITLE("Syndicat départemental d'énergies de la Corvèze", "CCTP", "Fourniture d'électricité",
                  "SDEC-ELEC-2028"),
            H("1. Périmètre"),
            P("Lot 1 : 4 870 points C5. Lot 2 : 312 points C4. Lot 3 : 41 points C2 et C3."),
            H("2. Origine de l'électricité"),
            P("Au moins 30 % des quantités livrées sont couvertes par des garanties d'origine d'électricité "
              "renouvelable produite en France, annulées au registre national au nom du groupement ; le titulaire "
              "remet chaque année l'attestation d'annulation."),
            H("3. Données"),
            P("Le titulaire met à disposition une plateforme de suivi des consommations au pas horaire pour les "
              "points C4 et C2-C3, et des index mensuels pour les points C5.")]
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Syndicat départemental d'énergies de la Corvèze",
                  "BOAMP – marché européen"),
            P("Objet : Fourniture et acheminement d'électricité pour les membres du groupement de commandes."),
            P("Valeur estimée hors TVA : 3~100~000 euros."),
            P("Le marché est divisé en lots : oui. Lot 1 : C5 ; lot 2 : C4 ; lot 3 : C2 et C3."),
            P("Durée : 24 mois. Reconductions : oui, une reconduction d'un an."),
            P("Critères d'attribution : prix 85 % ; part d'électricité renouvelable garantie 10 % ; service client 5 %."),
            P("Date limite : 14 septembre 2027, 12 heures.")]
    F = "SDEC-ELEC-2028"
    pieces = [
        PIECE("RC_SDEC-ELEC-2028.pdf", "RC", B, F + " – RC", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=4650000,
                evidence=["Le marché est alloti", "lot 3 : points de livraison C2 et C3",
                          "Total 3 100 000 1 550 000 4 650 000",
                          "Part d'électricité d'origine renouvelable garantie au-delà du minimum"])),
        PIECE("CCAP_SDEC-ELEC-2028.docx", "CCAP", B, F + " – CCAP", ccap,
              L(allotissement=1, nb_lots=3, evidence=["s'applique aux trois lots"])),
        PIECE("CCTP_SDEC-ELEC-2028.pdf", "CCTP", B, F + " – CCTP", cctp,
              L(clause_environnementale="?", allotissement=1, nb_lots=3,
                evidence=["Lot 1 : 4 870 points C5. Lot 2 : 312 points C4. Lot 3 : 41 points C2 et C3.",
                          "Au moins 30 % des quantités livrées sont couvertes par des garanties d'origine"])),
        PIECE("avis_BOAMP_SDEC-ELEC-2028.txt", "AVIS", B, F, avis,
              L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=3100000,
                evidence=["Valeur estimée hors TVA : 3 100 000 euros.", "Le marché est divisé en lots : oui",
                          "Lot 1 : C5 ; lot 2 : C4 ; lot 3 : C2 et C3", "part d'électricité renouvelable garantie 10 %"])),
    ]
    return dict(id="d09", title="SDE de la Corvèze – fourniture d'électricité en groupement (3 lots)",
                pieces=pieces, pos=["critere_environnemental"], unsure=["clause_environnementale"],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=4650000),
                note="Estimation : tableau du RC par lot et par période, ligne Total : 3 100 000 pour la période "
                     "initiale, 4 650 000 reconduction comprise ; la valeur du marché comprend la reconduction : "
                     "4 650 000. L'avis n'écrit que 3 100 000 (période initiale) : pièce 3 100 000, le RC, complet, "
                     "donne la valeur du dossier. Maximum : « sans montant minimum ni montant maximum » : vide. "
                     "Trois lots. Clause environnementale : la part renouvelable du CCTP est une spécification du "
                     "produit acheté (« ? », catégorie non notée pour le dossier). Pièges : heures pleines / heures "
                     "creuses, « de 22 heures à 6 heures », kVA.")


# d10 — SA d'HLM, remise en état de logements ; maxima par lot et par période ; heures par tranche avec résultats
def d10():
    c = C7("Habitat Solidaire du Pays d'Orvine", "tribunal administratif d'Orvine", ccag="travaux", delai=30,
           profil="www.hspo-marches.fr", ref="HSPO-2027-LV")
    B = "Habitat Solidaire du Pays d'Orvine – SA d'HLM"
    rc = [TITLE("Habitat Solidaire du Pays d'Orvine", "Règlement de la consultation",
                "Remise en état des logements vacants – accords-cadres à bons de commande", "HSPO-2027-LV"),
          H("I. Objet et allotissement"),
          P("La consultation porte sur les travaux de remise en état des logements libérés avant relocation. "
            "Elle comporte trois lots : plomberie et sanitaires (lot 1) ; peinture et revêtements de sol "
            "(lot 2) ; électricité (lot 3)."),
          H("II. Durée"),
          P("Chaque accord-cadre est conclu pour une période initiale de deux ans, reconductible une fois pour "
            "deux ans."),
          H("III. Insertion"),
          P("Chaque lot comporte une clause d'insertion dont le volume est calculé à l'article 10 du CCAP ; le "
            "titulaire sera accompagné par le facilitateur de la Maison de l'emploi d'Orvine."),
          H("IV. Jugement"),
          TAB([["Critère", "Pondération"], ["Prix (DQE non contractuel)", "55 %"],
               ["Valeur technique (moyens, délais d'intervention)", "35 %"],
               ["Modalités de mise en œuvre de l'action d'insertion et d'accompagnement des salariés", "10 %"]],
              widths=[4, 1], align="lr"),
          *f_rc_cand(c, 2)]
    ccap = [TITLE("Habitat Solidaire du Pays d'Orvine", "Cahier des clauses administratives particulières",
                  "Remise en état des logements vacants", "HSPO-2027-LV – lots 1, 2 et 3"),
            *A("Objet", "Le présent CCAP est commun aux trois lots."),
            *A("Montants maximums", "Les montants maximums de chaque lot sont fixés, par période, comme suit :"),
            RTAB([["Lot", "Période initiale (2 ans) € HT", "Reconduction (2 ans) € HT"],
                  ["1 – Plomberie, sanitaires", "200 000", "200 000"],
                  ["2 – Peinture, revêtements", "300 000", "300 000"],
                  ["3 – Électricité", "150 000", "150 000"]], widths=[2.2, 2, 2], align="lrr"),
            *A("Délais", "Les travaux d'un logement sont achevés sous dix jours ouvrés ; en cas de fuite, le "
               "titulaire intervient sous 24 heures."),
            H("Article 10 – Clause d'insertion"),
            P("Le titulaire de chaque lot réalise 7 heures d'insertion par tranche de 10" + SB + "000 € HT du montant maximum "
              "de son lot, reconduction comprise, soit : lot 1 : 280 heures ; lot 2 : 420 heures ; lot 3 : 210 "
              "heures. Les heures sont justifiées chaque semestre auprès du facilitateur."),
            *A("Environnement", "Les peintures, colles et vernis sont titulaires de l'Écolabel européen ou d'un "
               "label équivalent. Le titulaire trie les déchets du logement et remet les appareils sanitaires et "
               "équipements électriques déposés à une filière de reprise agréée."),
            *f_prix(c, 0), *f_penal(c, 0), *f_paiement(c, 0)]
    ae = [TITLE("Habitat Solidaire du Pays d'Orvine", "Acte d'engagement", "Lot n° 2 – peinture et revêtements de sol",
                "HSPO-2027-LV"),
          *f_ae_titulaire(c),
          H("Engagement"),
          P("Je m'engage à exécuter les travaux du lot n° 2 aux prix du bordereau, dans la limite d'un montant "
            "maximum de 300~000 € HT pour la période initiale et de 300~000 € HT pour la période de reconduction."),
          P("Je m'engage à réaliser les 420 heures d'insertion prévues pour le lot 2 à l'article 10 du CCAP."),
          *f_ae_signature(c)]
    bpu = [TITLE("Habitat Solidaire du Pays d'Orvine", "Bordereau des prix unitaires", "Lot n° 1 – plomberie et sanitaires",
                 "HSPO-2027-LV"),
           RTAB([["Code", "Désignation", "Unité", "Prix HT (€)"],
                 ["P01", "Remplacement d'un mitigeur d'évier", "u", ""],
                 ["P02", "Remplacement d'un WC complet", "u", ""],
                 ["P03", "Recherche de fuite", "u", ""],
                 ["P04", "Main-d'œuvre de plombier en régie", "heure", ""],
                 ["P05", "Majoration intervention sous 24 heures", "u", ""]],
                widths=[0.8, 4, 0.8, 1.3], align="llrr")]
    F = "HSPO-2027-LV"
    pieces = [
        PIECE("RC_HSPO-2027-LV.docx", "RC", B, F + " – RC", rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=3,
                evidence=["Elle comporte trois lots", "Chaque lot comporte une clause d'insertion",
                          "Modalités de mise en œuvre de l'action d'insertion et d'accompagnement des salariés 10 %"])),
        PIECE("CCAP_HSPO-2027-LV.pdf", "CCAP", B, F + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=910, clause_environnementale=1,
                allotissement=1, nb_lots=3, montant_max_ht=1300000,
                evidence=["commun aux trois lots", "1 – Plomberie, sanitaires 200 000 200 000",
                          "[(200 000 + 300 000 + 150 000) × 2 = 1 300 000]",
                          "lot 1 : 280 heures ; lot 2 : 420 heures ; lot 3 : 210", "[280 + 420 + 210 = 910]",
                          "titulaires de l'Écolabel européen"]), hyphen=True),
        PIECE("AE_lot2_HSPO-2027-LV.docx", "AE", B, F + " – AE lot 2", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1, montant_max_ht=600000,
                evidence=["travaux du lot n° 2", "300 000 € HT pour la période initiale et de 300 000 € HT pour la période de reconduction",
                          "réaliser les 420 heures d'insertion"])),
        PIECE("BPU_lot1_HSPO-2027-LV.pdf", "BPU", B, F + " – BPU lot 1", bpu,
              L(allotissement=1, evidence=["Lot n° 1 – plomberie et sanitaires"])),
    ]
    return dict(id="d10", title="Habitat Solidaire du Pays d'Orvine – remise en état des logements vacants (3 lots)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=910, allotissement=1, nb_lots=3, montant_max_ht=1300000),
                note="Maximum : tableau du CCAP, lot × période (initiale de deux ans, reconduction de deux ans), sans "
                     "total : 2 × (200 000 + 300 000 + 150 000) = 1 300 000 ; AE du lot 2 : 600 000. Heures : "
                     "« 7 heures par tranche de 10 000 € HT », résultats écrits par lot 280 + 420 + 210 = 910 ; AE lot "
                     "2 : 420. Trois lots. Pas d'estimation. Pièges : « sous 24 heures », main-d'œuvre à l'heure au BPU.")


# d11 — université, déménagements ; réservé SIAE sur l'ancien fondement ; prestation supplémentaire éventuelle
def d11():
    c = C7("l'Université de Sarvonne", "tribunal administratif de Sarvonne", delai=30,
           profil="www.marches.univ-sarvonne.fr", ref="US-DPI-2027-07")
    B = "Université de Sarvonne – Direction du patrimoine immobilier"
    rc = [TITLE("Université de Sarvonne", "Règlement de la consultation",
                "Déménagements, transferts de mobilier et manutention", "US-DPI-2027-07"),
          *A("Objet", "Déménagements internes et entre campus, transferts de mobilier et de matériel de "
             "laboratoire, manutentions ponctuelles."),
          *A("Marché réservé",
             "En application de l'article 36-II de l'ordonnance n° 2015-899 du 23 juillet 2015, dont les "
             "dispositions sont reprises à l'article L. 2113-13 du code de la commande publique, le présent marché "
             "est réservé aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du "
             "code du travail et aux structures équivalentes."),
          *A("Allotissement", "La consultation n'est pas allotie, le volume des prestations ne permettant pas de "
             "constituer des lots viables."),
          *A("Critères", "Prix : 50 %. Valeur technique : 40 %. Accompagnement socioprofessionnel des salariés en "
             "parcours d'insertion affectés au marché : 10 %."),
          *A("Montant", "Le montant maximum de l'accord-cadre et la prestation supplémentaire éventuelle sont "
             "définis au CCAP."),
          *f_rc_remise(c, 2, "30 avril 2027")]
    ccap = [TITLE("Université de Sarvonne", "Cahier des clauses administratives particulières",
                  "Déménagements et manutention", "US-DPI-2027-07"),
            *A("Nature", "Accord-cadre à bons de commande mono-attributaire, conclu pour deux ans, non reconductible. "
               "Il est réservé aux structures d'insertion par l'activité économique (article L. 2113-13 du code de "
               "la commande publique)."),
            *A("Emballages et transport",
               "Le titulaire utilise des caisses et cartons réutilisables, qu'il reprend après chaque opération ; "
               "les films plastiques à usage unique sont proscrits. Les véhicules utilisés sur les campus sont de "
               "classe Crit'Air 1 ou électriques."),
            *A("Exécution", "Les opérations se déroulent entre 7 heures et 19 heures ; le mobilier de laboratoire est "
               "déplacé sous 72 heures après la demande."),
            H("Article 4 – Montant maximum"),
            SPLIT("Le montant maximum de l'accord-cadre, pour sa durée totale de deux "
                  "ans, est de 140~000 € HT. La prestation supplémentaire éventuelle n° 1 (stockage temporaire de "
                  "mobilier en garde-meubles), si l'université décide de la retenir, porte ce montant maximum à",
                  "165~000 € HT. Le titulaire est informé de ce choix à la notification."),
            *f_paiement(c, 2), *f_penal(c, 1), *f_litiges(c, 1)]
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Université de Sarvonne", "BOAMP – procédure adaptée"),
            P("Objet du marché : Déménagements, transferts de mobilier et manutention."),
            P("Type de marché : Services. Accord-cadre à bons de commande."),
            P("Valeur estimée hors TVA : 130~000 euros."),
            P("Montant maximum : 140~000 euros HT (165~000 euros HT si la prestation supplémentaire éventuelle est "
              "retenue)."),
            P("Marché réservé : oui."),
            P("Type de réservation : [X] ateliers protégés ou opérateurs économiques dont l'objet est l'intégration "
              "sociale et professionnelle de personnes handicapées ou défavorisées."),
            P("Informations complémentaires : marché réservé aux structures d'insertion par l'activité économique."),
            P("Critères : prix 50 % ; valeur technique 40 % ; accompagnement socioprofessionnel des salariés en "
              "insertion 10 %."),
            P("Marché alloti : non.")]
    ae = [TITLE("Université de Sarvonne", "Acte d'engagement", "Déménagements et manutention", "US-DPI-2027-07"),
          *f_ae_titulaire(c),
          H("Statut"),
          P("Le marché étant réservé aux structures d'insertion par l'activité économique (article L. 2113-13 du "
            "code de la commande publique), je déclare que la structure est : ☐ entreprise d'insertion ☐ ETTI "
            "☐ association intermédiaire ☐ atelier et chantier d'insertion, conventionnée par l'État."),
          H("Prestation supplémentaire éventuelle"),
          P("PSE n° 1 – stockage en garde-meubles : prix mensuel au mètre cube : ________ € HT."),
          *f_ae_signature(c)]
    F = "US-DPI-2027-07"
    pieces = [
        PIECE("RC_US-DPI-2027-07.pdf", "RC", B, F + " – RC", rc,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0,
                evidence=["article 36-II de l'ordonnance n° 2015-899",
                          "réservé aux structures d'insertion par l'activité économique",
                          "La consultation n'est pas allotie",
                          "Accompagnement socioprofessionnel des salariés en parcours d'insertion affectés au marché : 10 %"])),
        PIECE("CCAP_US-DPI-2027-07.pdf", "CCAP", B, F + " – CCAP", ccap,
              L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, montant_max_ht=165000,
                evidence=["réservé aux structures d'insertion par l'activité économique (article L. 2113-13",
                          "est de 140 000 € HT", "porte ce montant maximum à 165 000 € HT",
                          "caisses et cartons réutilisables"]), hyphen=True),
        PIECE("avis_BOAMP_US-DPI-2027-07.txt", "AVIS", B, F, avis,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0,
                montant_estime_ht=130000, montant_max_ht=165000,
                evidence=["Valeur estimée hors TVA : 130 000 euros.", "165 000 euros HT si la prestation supplémentaire",
                          "Marché réservé : oui.", "réservé aux structures d'insertion par l'activité économique",
                          "Marché alloti : non.", "accompagnement socioprofessionnel des salariés en insertion 10 %"])),
        PIECE("AE_US-DPI-2027-07.docx", "AE", B, F + " – AE", ae,
              L(marche_reserve=1, reserve_base="L2113-13",
                evidence=["réservé aux structures d'insertion par l'activité économique (article L. 2113-13"])),
    ]
    return dict(id="d11", title="Université de Sarvonne – déménagements et manutention (marché réservé SIAE)",
                pieces=pieces, pos=["critere_social", "marche_reserve", "clause_environnementale"],
                values=V(allotissement=0, montant_estime_ht=130000, montant_max_ht=165000, reserve_base="L2113-13"),
                note="Maximum : 140 000 € HT pour deux ans, porté à 165 000 € HT avec la prestation supplémentaire "
                     "éventuelle (CCAP, phrase coupée par un saut de page juste avant « 165 000 » ; avis) ; "
                     "convention : maximum options comprises, 165 000. Estimation : avis seul, 130 000. Réservation : "
                     "ancien fondement (art. 36-II de l'ordonnance 2015-899) et L. 2113-13 au RC, L. 2113-13 au CCAP et "
                     "à l'AE ; l'avis ne cite pas d'article, ses mots (SIAE) priment sur la case « ateliers "
                     "protégés » : L2113-13. Non alloti. Pièges : « entre 7 heures et 19 heures », « sous 72 heures ».")


# d12 — commune, aménagement d'un parc ; tranches ; prix forfaitaire de l'offre ; heures par tranche
def d12():
    c = C7("la Commune de Vernay-sur-Ausse", "tribunal administratif de Montvirieu", ccag="travaux", delai=30,
           profil="vernay-sur-ausse.achatpublic-local.fr", ref="VSA-2027-PB")
    B = "Commune de Vernay-sur-Ausse – Services techniques"
    rc = [TITLE("Commune de Vernay-sur-Ausse", "Règlement de la consultation", "Aménagement du parc des Berges",
                "VSA-2027-PB"),
          *A("Objet", "Aménagement paysager du parc des Berges : terrassements, cheminements, plantations, mobilier."),
          *A("Tranches", "Le marché comporte une tranche ferme (cœur du parc) et deux tranches optionnelles : "
             "TO1 (prairie inondable) et TO2 (belvédère et ponton)."),
          *A("Allotissement", "Le marché n'est pas alloti : la coordination des terrassements, des réseaux et des "
             "plantations sur un site inondable exige un entrepreneur unique (article L. 2113-11 du code de la "
             "commande publique)."),
          *A("Estimation", "Le montant estimé des travaux est de 480~000 € HT pour la tranche ferme, 160~000 € HT "
             "pour la TO1 et 95~000 € HT pour la TO2, soit 735" + SB + "000 € HT toutes tranches confondues."),
          *A("Jugement", "Prix : 50 %. Valeur technique : 40 %. Qualité environnementale des fournitures végétales "
             "et des matériaux, gestion des terres : 10 %."),
          *f_rc_cand(c, 0), *f_rc_remise(c, 1, "19 mars 2027")]
    ccap = [TITLE("Commune de Vernay-sur-Ausse", "CCAP", "Aménagement du parc des Berges", "VSA-2027-PB"),
            *A("Objet et tranches", "Le marché comprend une tranche ferme et deux tranches optionnelles, affermies "
               "par ordre de service dans un délai de dix-huit mois."),
            *A("Prescriptions environnementales",
               "Les végétaux sont d'essences locales, porteurs de la marque Végétal local lorsqu'elle existe. Les "
               "terres excavées sont réemployées sur le site ; aucun apport de terre végétale extérieure n'est admis "
               "sans accord. Le paillage provient du broyage des tailles du chantier."),
            *A("Garantie de reprise", "Les végétaux sont garantis une année ; l'arrosage de reprise comprend quarante "
               "passages de 2 heures."),
            H("Article 9 – Insertion professionnelle"),
            SPLIT("L'entreprise titulaire réserve à des personnes éloignées de l'emploi les heures de travail suivantes : "
              "tranche ferme : 400 heures ; TO1 : 120 heures ; TO2 : 70 heures. Si toutes les tranches sont "
              "affermies, le volume total est donc de",
                  "590 heures. Une tranche non affermie n'ouvre droit à aucune heure."),
            *f_prix(c, 2), *f_penal(c, 0), *f_paiement(c, 0), *f_litiges(c, 0)]
    ae = [TITLE("Commune de Vernay-sur-Ausse", "Acte d'engagement", "Aménagement du parc des Berges",
                "VSA-2027-PB – marché non alloti"),
          *f_ae_titulaire(c),
          H("Prix"),
          P("Je m'engage à exécuter les travaux pour les prix globaux et forfaitaires suivants :"),
          TAB([["Tranche", "Montant HT", "Montant TTC"], ["Tranche ferme", "461 250,00 €", "553 500,00 €"],
               ["TO1 – prairie inondable", "152 900,00 €", "183 480,00 €"],
               ["TO2 – belvédère et ponton", "88 268,55 €", "105 922,26 €"],
               ["Total", "702 418,55 €", "842 902,26 €"]], widths=[2.5, 1.5, 1.5], align="lrr"),
          *f_ae_signature(c)]
    F = "VSA-2027-PB"
    pieces = [
        PIECE("RC_VSA-2027-PB.pdf", "RC", B, F + " – RC", rc,
              L(critere_environnemental=1, allotissement=0, montant_estime_ht=735000,
                evidence=["Le marché n'est pas alloti", "soit 735 000 € HT toutes tranches confondues",
                          "Qualité environnementale des fournitures végétales et des matériaux"])),
        PIECE("CCAP_VSA-2027-PB.pdf", "CCAP", B, F + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=590, clause_environnementale=1,
                evidence=["tranche ferme : 400 heures ; TO1 : 120 heures ; TO2 : 70 heures", "le volume total est donc de 590 heures",
                          "Les terres excavées sont réemployées sur le site"]), hyphen=True),
        PIECE("AE_VSA-2027-PB.docx", "AE", B, F + " – AE", ae,
              L(allotissement=0, evidence=["marché non alloti"])),
    ]
    return dict(id="d12", title="Commune de Vernay-sur-Ausse – aménagement du parc des Berges (tranches, non alloti)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=590, allotissement=0, montant_estime_ht=735000),
                note="Marché ordinaire à tranches : aucun maximum. Estimation : RC, par tranche et total écrit 735 000. "
                     "L'AE porte les prix forfaitaires de l'offre (702 418,55 € HT) : ce n'est pas une estimation "
                     "(vide). Heures : 400 + 120 + 70, total « 590 heures » écrit (CCAP ; « de » / « 590 heures » "
                     "dans deux paragraphes, et un saut de page peut tomber entre eux). Non alloti (RC, AE). Pièges : "
                     "« passages de 2 heures ».")


# d13 — GHT, linge ; lot 2 réservé L2113-13-1 ; maxima en TTC seulement ; case de l'avis en conflit
def d13():
    c = C7("le Centre hospitalier de Sud-Arvène, établissement support du GHT", "tribunal administratif d'Arvène",
           delai=50, profil="www.ght-sud-arvene.fr/marches", ref="GHT-SA-2027-LIN")
    B = "GHT Sud-Arvène – Direction des achats"
    rc = [TITLE("Groupement hospitalier de territoire Sud-Arvène", "Règlement de consultation",
                "Location-entretien du linge et prestations de couture", "GHT-SA-2027-LIN"),
          H("1. Objet et lots"),
          P("Lot 1 : location et entretien du linge plat et des tenues professionnelles des établissements du "
            "GHT. Lot 2 : marquage et petits travaux de couture du linge personnel des résidents des EHPAD."),
          H("2. Lot réservé"),
          P("Le lot 2 est réservé, en application de l'article L. 2113-13-1 du code de la commande publique, aux "
            "opérateurs économiques qui emploient des personnes détenues, dans le cadre du travail pénitentiaire, "
            "ou les structures qui les accompagnent."),
          H("3. Durée et estimation"),
          P("Accords-cadres de quatre ans. Estimation : lot 1 : 600~000 € HT ; lot 2 : 180~000 € HT ; montant total "
            "estimé : 780~000 € HT sur la durée totale."),
          H("4. Critères"),
          P("Prix 50 % ; valeur technique 35 % ; impact environnemental du procédé de blanchisserie (consommations "
            "d'eau et d'énergie, lessives, transport) 15 %."),
          H("5. Visite"),
          P("Une visite de la lingerie centrale est organisée le 12 janvier 2027 à 10 heures.")]
    ccap = [TITLE("GHT Sud-Arvène", "Cahier des clauses administratives particulières", "Linge – lots 1 et 2",
                  "GHT-SA-2027-LIN"),
            *A("Objet", "Le présent CCAP s'applique aux deux lots de la consultation."),
            *A("Montants", "Pour la durée totale de l'accord-cadre (quatre ans), le montant maximum des commandes est "
               "de 864" + SB + "000 € TTC pour le lot 1 et de 216~000 € TTC pour le lot 2."),
            *A("Lot 2 réservé", "Le lot 2 est réservé dans les conditions de l'article L. 2113-13-1 du code de la "
               "commande publique (travail des personnes détenues)."),
            *A("Exigences environnementales",
               "Les lessives et produits de traitement sont sans phosphates et titulaires d'un écolabel de type I. "
               "La consommation d'eau du procédé ne dépasse pas 8 litres par kilogramme de linge sec ; le titulaire "
               "en rend compte chaque année. Les livraisons sont assurées par des véhicules au GNV ou électriques."),
            *A("Rythme", "Le linge sale est collecté avant 10 heures et restitué sous 72 heures."),
            *f_penal(c, 0), *f_paiement(c, 0), *f_litiges(c, 1)]
    cctp = [TITLE("GHT Sud-Arvène", "Cahier des clauses techniques particulières", "Linge – lots 1 et 2",
                  "GHT-SA-2027-LIN"),
            H("Lot 1 – Location et entretien"),
            P("Le titulaire fournit le linge plat et les tenues, les entretient selon la méthode RABC et reprend "
              "les articles réformés pour les orienter vers une filière de recyclage textile ; aucun article "
              "réformé n'est mis en décharge."),
            H("Lot 2 – Marquage et couture"),
            P("Marquage thermocollé du linge des résidents dans les dix jours de l'admission ; petits travaux de "
              "couture (ourlets, boutons, fermetures) sous quinze jours.")]
    avis = [TITLE("AVIS DE MARCHÉ – FOURNITURES ET SERVICES", "GHT Sud-Arvène", "JOUE – formulaire standard"),
            P("II.1.1) Intitulé : Location-entretien du linge et prestations de couture"),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 780~000 EUR"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Lot 1 : location-entretien "
              "du linge. Lot 2 : marquage et couture."),
            P("II.2.5) Critères d'attribution : Prix 50 ; Valeur technique 35 ; Impact environnemental du procédé 15"),
            P("III.1.5) Informations sur les marchés réservés : [X] Le marché est réservé à des ateliers protégés et à "
              "des opérateurs économiques dont l'objet est l'intégration sociale et professionnelle de personnes "
              "handicapées ou défavorisées."),
            P("III.2.2) Conditions particulières d'exécution : lessives sans phosphates et écolabellisées ; "
              "consommation d'eau plafonnée ; recyclage du linge réformé."),
            P("VI.3) Informations complémentaires : le lot 2 est réservé en application de l'article L. 2113-13-1 "
              "du code de la commande publique.")]
    F = "GHT-SA-2027-LIN"
    pieces = [
        PIECE("RC_GHT-SA-2027-LIN.docx", "RC", B, F + " – RC", rc,
              L(marche_reserve=1, reserve_base="L2113-13-1", critere_environnemental=1, allotissement=1, nb_lots=2,
                montant_estime_ht=780000,
                evidence=["Lot 1 : location et entretien", "Lot 2 : marquage",
                          "Le lot 2 est réservé, en application de l'article L. 2113-13-1",
                          "montant total estimé : 780 000 € HT", "impact environnemental du procédé de blanchisserie"])),
        PIECE("CCAP_GHT-SA-2027-LIN.pdf", "CCAP", B, F + " – CCAP", ccap,
              L(marche_reserve=1, reserve_base="L2113-13-1", clause_environnementale=1, allotissement=1, nb_lots=2,
                evidence=["s'applique aux deux lots", "conditions de l'article L. 2113-13-1",
                          "Les lessives et produits de traitement sont sans phosphates"])),
        PIECE("CCTP_GHT-SA-2027-LIN.pdf", "CCTP", B, F + " – CCTP", cctp,
              L(clause_environnementale=1, allotissement=1, nb_lots=2,
                evidence=["Lot 1 – Location et entretien", "Lot 2 – Marquage et couture",
                          "aucun article réformé n'est mis en décharge"])),
        PIECE("avis_JOUE_GHT-SA-2027-LIN.txt", "AVIS", B, F, avis,
              L(marche_reserve=1, reserve_base="L2113-13-1", clause_environnementale=1, critere_environnemental=1,
                allotissement=1, nb_lots=2, montant_estime_ht=780000,
                evidence=["Valeur hors TVA : 780 000 EUR", "Ce marché est divisé en lots : oui", "Lot 2 : marquage et couture",
                          "le lot 2 est réservé en application de l'article L. 2113-13-1",
                          "lessives sans phosphates et écolabellisées", "Impact environnemental du procédé 15"])),
    ]
    return dict(id="d13", title="GHT Sud-Arvène – location-entretien du linge (2 lots, lot 2 réservé)",
                pieces=pieces, pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=780000, reserve_base="L2113-13-1"),
                note="Maximum : le CCAP ne le donne qu'en TTC (864 000 et 216 000 € TTC) et aucune pièce ne l'écrit en "
                     "HT : vide (on ne divise pas par 1,2). Estimation : 600 000 + 180 000, total 780 000 écrit (RC, "
                     "avis). Réservation : lot 2, article L. 2113-13-1 cité (RC, CCAP, avis VI.3) ; la case III.1.5 de "
                     "l'avis (ateliers protégés) est contredite par l'article cité, qui prime : L2113-13-1. Deux lots. "
                     "Pièges : « à 10 heures », « sous 72 heures ».")


# d14 — région, hébergement et infogérance ; avis initial en anglais puis avis rectificatif qui relève le maximum
def d14():
    c = C7("la Région Haute-Sorne", "tribunal administratif de Sornay", delai=30,
           profil="marchespublics.haute-sorne.fr", ref="RHS-SI-2027-02")
    B = "Région Haute-Sorne – Direction des systèmes d'information"
    avis = [TITLE("Contract notice", "Région Haute-Sorne", "eForms – 2027/S 019-052771"),
            P("Buyer: Région Haute-Sorne – regional authority."),
            P("Title: Hosting and managed services for the Region's business applications"),
            P("Description: Framework agreement with a single operator: hosting in a secure data centre, operation, "
              "corrective and evolutive maintenance of 38 applications."),
            P("Estimated value excluding VAT: 880 000 EUR"),
            P("Maximum value of the framework agreement: 900 000 EUR"),
            P("Duration: 48 Months. Renewal: none."),
            P("Division into lots: No"),
            P("Conditions relating to the performance of the contract: data centres with an annual PUE not above "
              "1.4, supplied with renewable electricity; conformity of the applications with the French "
              "accessibility standard RGAA."),
            P("Award criteria: Price 50; Quality - Technical value 40; Quality - Energy sobriety of the hosting 10"),
            P("Reserved participation: Participation is not reserved.")]
    rect = [TITLE("AVIS RECTIFICATIF", "Région Haute-Sorne", "BOAMP – rectificatif de l'avis 2027/S 019-052771"),
            P("Objet : Hébergement et infogérance des applications métiers de la Région."),
            H("Modifications"),
            P("Au lieu de : montant maximum de l'accord-cadre : 900~000 euros HT."),
            P("Lire : montant maximum de l'accord-cadre : 1~040~000 euros HT (260~000 euros HT par an pendant quatre ans)."),
            P("Au lieu de : date limite de réception des offres : 15 mars 2027, 12 heures. Lire : 29 mars 2027, 12 heures."),
            P("Les autres mentions de l'avis initial sont inchangées ; l'article 4 du CCAP est modifié en conséquence.")]
    rc = [TITLE("Région Haute-Sorne", "Règlement de la consultation", "Hébergement et infogérance applicative",
                "RHS-SI-2027-02"),
          *A("Objet", "Hébergement, exploitation et maintenance des applications métiers de la Région."),
          *A("Décomposition", "Le marché n'est pas alloti : l'hébergement et l'infogérance forment une chaîne de "
             "responsabilité unique (article L. 2113-11 du code de la commande publique)."),
          *A("Durée", "Quatre ans fermes à compter de la notification."),
          *A("Critères", "Prix (50 %) ; valeur technique (40 %) ; sobriété énergétique de l'hébergement, appréciée sur "
             "l'efficacité énergétique du centre de données et le dimensionnement des ressources (10 %)."),
          *f_rc_cand(c, 1), *f_rc_remise(c, 0, "29 mars 2027")]
    ccap = [TITLE("Région Haute-Sorne", "CCAP", "Hébergement et infogérance applicative", "RHS-SI-2027-02"),
            *A("Durée", "L'accord-cadre est conclu pour quatre ans fermes."),
            H("Article 4 – Montant"),
            P("Le montant maximum annuel des bons de commande est de 225~000 € HT. Aucun minimum n'est fixé."),
            *A("Exigences environnementales", "Le titulaire héberge les applications dans un centre de données dont "
               "l'indicateur d'efficacité énergétique (PUE) annuel n'excède pas 1,4 et alimenté en électricité "
               "d'origine renouvelable ; il transmet chaque semestre la consommation électrique imputable à la "
               "Région."),
            *A("Accessibilité", "Les applications développées ou maintenues au titre du marché respectent le "
               "référentiel général d'amélioration de l'accessibilité (RGAA) ; le titulaire corrige à ses frais les "
               "non-conformités relevées lors des audits d'accessibilité."),
            *A("Niveaux de service", "Disponibilité de 99,8 % ; rétablissement sous 4 heures pour un incident "
               "bloquant, 24 heures sur 24."),
            *f_prix(c, 1), *f_penal(c, 2), *f_paiement(c, 1)]
    F = "RHS-SI-2027-02"
    pieces = [
        PIECE("avis_initial_eForms_RHS-SI-2027-02.txt", "AVIS", B, F, avis,
              L(clause_sociale=1, clause_environnementale=1, critere_environnemental=1, allotissement=0,
                montant_estime_ht=880000, montant_max_ht=900000,
                evidence=["Estimated value excluding VAT: 880 000 EUR",
                          "Maximum value of the framework agreement: 900 000 EUR", "Division into lots: No",
                          "PUE not above 1.4", "accessibility standard RGAA", "Energy sobriety of the hosting 10"])),
        PIECE("avis_rectificatif_RHS-SI-2027-02.txt", "AVIS", B, F, rect,
              L(montant_max_ht=1040000,
                evidence=["Lire : montant maximum de l'accord-cadre : 1 040 000 euros HT"])),
        PIECE("RC_RHS-SI-2027-02.pdf", "RC", B, F + " – RC", rc,
              L(critere_environnemental=1, allotissement=0,
                evidence=["Le marché n'est pas alloti", "sobriété énergétique de l'hébergement"]), cols=2),
        PIECE("CCAP_RHS-SI-2027-02.docx", "CCAP", B, F + " – CCAP", ccap,
              L(clause_sociale=1, clause_environnementale=1, montant_max_ht=900000,
                evidence=["quatre ans fermes", "montant maximum annuel des bons de commande est de 225 000 € HT",
                          "[225 000 × 4 = 900 000]", "(PUE) annuel n'excède pas 1,4",
                          "le titulaire corrige à ses frais les non-conformités"])),
    ]
    return dict(id="d14", title="Région Haute-Sorne – hébergement et infogérance (avis rectificatif)",
                pieces=pieces, pos=["clause_sociale", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_estime_ht=880000, montant_max_ht=1040000),
                note="Maximum : avis initial 900 000 ; CCAP 225 000 par an, quatre ans fermes (pièce : 900 000) ; l'avis "
                     "rectificatif porte le maximum à 1 040 000 € HT (260 000 par an) et modifie expressément le CCAP : "
                     "1 040 000. Estimation : avis initial, 880 000 (inchangée). Non alloti. Clause sociale : "
                     "engagement d'accessibilité (RGAA). Pièges : « sous 4 heures », « 24 heures sur 24 », "
                     "« 12 heures ».")


# d15 — régie des eaux, curage ; tableau en k€ avec total ; Q/R qui réduit les heures d'un lot
def d15():
    c = C7("la Régie des eaux de l'agglomération de Montlérac", "tribunal administratif de Montlérac", delai=30,
           profil="www.regie-eaux-montlerac.fr/consultations", ref="REM-2027-CUR")
    B = "Régie des eaux de l'agglomération de Montlérac"
    rc = [TITLE("Régie des eaux de l'agglomération de Montlérac", "Règlement de la consultation",
                "Curage et inspection des réseaux d'assainissement", "REM-2027-CUR"),
          *A("Objet et lots", "Curage préventif et curatif des réseaux d'eaux usées et pluviales, inspections "
             "télévisées. Deux lots géographiques : lot 1 – secteur nord ; lot 2 – secteur sud."),
          *A("Durée", "Accords-cadres d'un an, reconductibles trois fois par période d'un an."),
          *A("Insertion", "Chaque titulaire réserve des heures de travail à des personnes en parcours d'insertion, "
             "selon le volume fixé au CCAP pour son lot, soit 1" + SB + "000 heures au total pour les deux lots."),
          *A("Critères", "Prix : 60 %. Valeur technique : 30 %. Moyens mis en œuvre pour l'accueil, le tutorat et "
             "la formation des personnes en insertion : 10 %."),
          *f_rc_cand(c, 0), *f_rc_remise(c, 2, "11 juin 2027")]
    ccap = [TITLE("Régie des eaux de l'agglomération de Montlérac", "CCAP", "Curage des réseaux – lots 1 et 2",
                  "REM-2027-CUR"),
            *A("Objet", "Le présent CCAP s'applique aux deux lots."),
            *A("Montants maximums", "Montants exprimés en milliers d'euros hors taxes :"),
            RTAB([["Lot", "Maximum par période annuelle (k€ HT)", "Maximum sur la durée totale (k€ HT)"],
                  ["Lot 1 – secteur nord", "150", "600"], ["Lot 2 – secteur sud", "110", "440"],
                  ["Total", "260", "1 040"]], widths=[2, 2, 2], align="lrr", bold_last=True),
            *A("Moyens", "Chaque titulaire dispose d'au moins deux camions hydrocureurs recycleurs ; la révision "
               "d'une pompe intervient toutes les 300 heures de fonctionnement. Astreinte 24 heures sur 24, "
               "intervention d'urgence sous 2 heures."),
            *A("Matières de curage", "Les matières extraites sont déshydratées et évacuées vers une filière de "
               "valorisation ou d'élimination agréée ; l'eau de curage est recyclée à bord des camions. Le "
               "titulaire remet les bordereaux de suivi des déchets avec chaque facture."),
            H("Article 8 – Heures d'insertion"),
            P("Sur la durée totale de l'accord-cadre, le titulaire du lot 1 réalise 600 heures d'insertion et le "
              "titulaire du lot 2, 400 heures d'insertion, au profit de demandeurs d'emploi de longue durée, de "
              "bénéficiaires de minima sociaux ou de jeunes sans qualification."),
            *f_prix(c, 0), *f_paiement(c, 2), *f_litiges(c, 0)]
    qr = [TITLE("Régie des eaux de l'agglomération de Montlérac", "Questions et réponses",
                "Curage des réseaux – REM-2027-CUR", "Publié le 28 mai 2027"),
          H("Question 1"),
          P("Le volume d'heures d'insertion du lot 2 paraît élevé pour un secteur peu étendu. Peut-il être revu ?"),
          P("Réponse : le volume d'heures d'insertion du lot 2 est ramené de 400 à 300 heures ; l'article 8 du CCAP "
            "est modifié en ce sens. Le volume du lot 1 est inchangé."),
          H("Question 2"),
          P("Les heures de formation obligatoire (35 heures de formation au travail en espace confiné) sont-elles "
            "comptées ?"),
          P("Réponse : non. Seules les heures travaillées sur le marché sont comptées.")]
    ae = [TITLE("Régie des eaux de l'agglomération de Montlérac", "Acte d'engagement", "Lot n° 1 – secteur nord",
                "REM-2027-CUR"),
          *f_ae_titulaire(c),
          H("Engagement"),
          P("Je m'engage à exécuter les prestations du lot n° 1 aux prix du bordereau, dans la limite d'un montant "
            "maximum de 150~000 € HT par période annuelle."),
          P("Je m'engage à réaliser 600 heures d'insertion sur la durée totale de l'accord-cadre."),
          *f_ae_signature(c)]
    F = "REM-2027-CUR"
    pieces = [
        PIECE("RC_REM-2027-CUR.pdf", "RC", B, F + " – RC", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, critere_social=1, allotissement=1,
                nb_lots=2,
                evidence=["Deux lots géographiques", "soit 1 000 heures au total pour les deux lots",
                          "Moyens mis en œuvre pour l'accueil, le tutorat et la formation des personnes en insertion"]),
              cols=2, hyphen=True),
        PIECE("CCAP_REM-2027-CUR.pdf", "CCAP", B, F + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, clause_environnementale=1,
                allotissement=1, nb_lots=2, montant_max_ht=1040000,
                evidence=["s'applique aux deux lots", "Total 260 1 040", "600 heures d'insertion",
                          "400 heures d'insertion", "[600 + 400 = 1 000]", "l'eau de curage est recyclée"])),
        PIECE("QR_REM-2027-CUR.docx", "QR", B, F + " – Q/R", qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=300, allotissement=1,
                evidence=["d'insertion du lot 2 est ramené de 400 à 300 heures"])),
        PIECE("AE_lot1_REM-2027-CUR.docx", "AE", B, F + " – AE lot 1", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, allotissement=1, montant_max_ht=150000,
                evidence=["prestations du lot n° 1", "150 000 € HT par période annuelle",
                          "réaliser 600 heures d'insertion"])),
    ]
    return dict(id="d15", title="Régie des eaux de Montlérac – curage des réseaux (2 lots)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=900, allotissement=1, nb_lots=2, montant_max_ht=1040000),
                note="Maximum : tableau du CCAP en k€, colonne « durée totale » avec ligne Total 1 040 : 1 040 000 (ni "
                     "la colonne annuelle 260, ni la somme des deux colonnes). AE du lot 1 : 150 000 par période "
                     "annuelle, sans la durée : 150 000. Heures : CCAP 600 + 400, total 1 000 au RC ; le registre Q/R "
                     "ramène le lot 2 à 300 en modifiant le CCAP : 600 + 300 = 900 ; le Q/R reçoit 300 (seul lot qu'il "
                     "fixe). Pièges : « 300 heures de fonctionnement », « 24 heures sur 24 », « sous 2 heures », "
                     "« 35 heures de formation ». Deux lots. Pas d'estimation.")


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15]



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
    # extraction-7 : six catégories ; celles du champ « unsure » du dossier ne sont pas écrites (non notées)
    out["considerations"] = {c: c in d["pos"] for c in _CATEGORIES if c not in d.get("unsure", [])}
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
            pos=d["pos"], **({"unsure": d["unsure"]} if d.get("unsure") else {}),
            values=d["values"], note=d["note"],
            # the same values as scripts/score_sealed.py reads them (added by the project, not the annotator)
            path="dossiers/" + d["id"], expect=_expect(d)))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu scellé extraction-7 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes) ; unsure : catégories ambiguës, non notées.\n"
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
