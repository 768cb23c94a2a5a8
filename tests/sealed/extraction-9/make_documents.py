#!/usr/bin/env python3
"""Construit les dossiers du jeu scellé extraction-9 (PDF reportlab, DOCX python-docx, avis .txt, ZIP).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_13/make_documents.py : lignes 27-664 (écriture
PDF/DOCX/TXT, tableaux, deux colonnes, césure, SB/HY, aides de saisie, number_articles, C, A,
_DOC_TYPES) et lignes 2433-2458 (extra_checks), puis build_piece, check_articles, _expect et main
adaptés : 3 à 6 pièces par dossier, dossiers livrés en ZIP (avec sous-dossiers), contrôle des
preuves dans le texte EXTRAIT des fichiers produits (pypdf, python-docx), clés « considerations »
de expect étendues aux six catégories.
Les douze dossiers ont été écrits pour ce jeu. Tout est inventé.

Thème : valeurs d'un dossier entier (lots, montant estimé HT, montant maximum HT, heures d'insertion).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX et ZIP horodatés au 2026-01-01).
Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F ;
BR = retour à la ligne forcé (PDF) ; SB = coupure possible d'un nombre ; HY = césure possible.

Usage : /work/main/.venv/bin/python tests/sealed/extraction-9/make_documents.py
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
SET_NAME = "extraction-9"

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


# ----------------------------------------------------------------------------- articles neutres
def art_pieces(c, v, liste):
    if v == 0:
        return A("Pièces constitutives du marché",
                 "Par dérogation à l'article 4.1 du CCAG-" + ("Travaux" if c["ccag"] == "travaux" else "FCS")
                 + ", les pièces contractuelles prévalent dans l'ordre ci-après :", liste,
                 "En cas de contradiction entre ces pièces, elles prévalent dans l'ordre où elles sont énumérées.")
    if v == 1:
        return A("Documents contractuels",
                 "Le marché est constitué des documents énumérés ci-dessous, par ordre de priorité décroissante :",
                 liste, "Le CCAG applicable est le CCAG " + c["ccag"] + " approuvé par l'arrêté du 30 mars 2021.")
    return A("Pièces du marché",
             "Les pièces contractuelles sont, dans l'ordre de priorité :", liste,
             "Seul l'exemplaire conservé dans les archives de " + c["qui"] + " fait foi.")


def art_paiement(c, v):
    if v == 0:
        return A("Modalités de règlement",
                 "Les sommes dues sont réglées par virement dans un délai global de " + str(c["delai"])
                 + " jours à compter de la réception de la demande de paiement. Les factures sont déposées sur "
                 "le portail Chorus Pro.",
                 "Le défaut de paiement dans ce délai fait courir de plein droit des intérêts moratoires au taux "
                 "de la BCE majoré de huit points, ainsi qu'une indemnité forfaitaire pour frais de recouvrement "
                 "de 40~€.")
    if v == 1:
        return A("Paiement – facturation",
                 "Le titulaire transmet ses demandes de paiement par voie dématérialisée (Chorus Pro). Le délai "
                 "global de paiement est fixé à " + str(c["delai"]) + " jours (articles R2192-10 et suivants "
                 "du CCP).",
                 "Chaque facture mentionne la référence du marché " + c["ref"] + ", le numéro du bon de commande "
                 "le cas échéant, le détail des prestations et les montants HT et TTC.")
    return A("Règlement des comptes",
             "Le mandatement intervient dans le délai réglementaire de " + str(c["delai"]) + " jours. Les "
             "demandes de paiement sont adressées au comptable assignataire via Chorus Pro.",
             "Aucune avance n'est versée lorsque le montant initial du marché est inférieur à 50~000 € HT "
             "ou que le délai d'exécution est inférieur à deux mois.")


def art_litiges(c, v):
    if v == 0:
        return A("Règlement des litiges",
                 "En cas de différend, les parties recherchent un règlement amiable. À défaut, le litige est "
                 "porté devant le tribunal administratif de " + c["ta"] + ".")
    if v == 1:
        return A("Différends et litiges",
                 "Le comité consultatif de règlement amiable compétent peut être saisi. Les litiges relèvent "
                 "du tribunal administratif de " + c["ta"] + ".")
    return A("Litiges – droit applicable",
             "Le marché est soumis au droit français. Tout litige relève de la compétence du tribunal "
             "administratif de " + c["ta"] + ", qui peut être saisi par l'application Télérecours citoyens.")


def art_resiliation(c, v):
    if v == 0:
        return A("Résiliation",
                 "Les stipulations des articles 38 à 46 du CCAG s'appliquent. En cas de résiliation pour faute, "
                 "les prestations peuvent être exécutées aux frais et risques du titulaire.")
    return A("Résiliation du marché",
             c["Qui"] + " peut résilier le marché dans les conditions prévues au chapitre 7 du CCAG "
             + c["ccag"] + ". Aucune indemnité n'est due en cas de résiliation pour motif d'intérêt général "
             "prononcée après la première année d'exécution, sauf stipulation contraire.")


def art_retrait(c, v):
    if v == 0:
        return A("Retrait du dossier et questions",
                 "Le dossier de consultation est téléchargeable gratuitement sur le profil d'acheteur "
                 + c["profil"] + ". Les questions sont posées sur cette même plateforme au plus tard huit jours "
                 "avant la date limite ; les réponses sont publiées au plus tard six jours avant cette date.")
    return A("Renseignements complémentaires",
             "Les demandes de renseignements sont formulées exclusivement par écrit via la plateforme "
             + c["profil"] + ". Aucun renseignement ne sera donné par téléphone.")


# ============================================================================= DOSSIERS
def d01():
    c = C("la Commune de Montferrand-sur-Lèze", "Toulouse", ccag="travaux", delai=30,
          profil="https://marches.ampa-lauragais.fr", ref="2027-TRX-07")
    hdr = "Commune de Montferrand-sur-Lèze – Réhabilitation de l'école Jean-Moulin – Réf. 2027-TRX-07"
    rc = [TITLE("COMMUNE DE MONTFERRAND-SUR-LÈZE", "RÈGLEMENT DE LA CONSULTATION",
                "Réhabilitation et extension de l'école élémentaire Jean-Moulin",
                "Procédure adaptée – articles L2123-1 et R2123-1 1° du code de la commande publique"),
          H("Article 1 – Objet de la consultation"),
          P("La présente consultation porte sur les travaux de réhabilitation de l'école élémentaire Jean-Moulin "
            "(4 classes) et la création d'une extension de 180 m² comprenant une salle de motricité et un "
            "préau fermé, 12 chemin de la Garrigue à Montferrand-sur-Lèze."),
          H("Article 2 – Décomposition en lots"),
          P("Les travaux sont répartis en cinq lots séparés, conformément à l'article L.2113-10 du code de la "
            "commande publique. Chaque lot donnera lieu à un marché distinct. Les candidats peuvent "
            "soumissionner pour un ou plusieurs lots ; les variantes ne sont pas autorisées."),
          RTAB([["Lot", "Désignation", "Estimation (€ HT)"],
                ["01", "Gros œuvre – démolition – VRD", "186 000,00"],
                ["02", "Charpente bois – couverture – zinguerie", "94 500,00"],
                ["03", "Menuiseries extérieures aluminium", "61 200,00"],
                ["04", "Plâtrerie – isolation – faux plafonds", "48 300,00"],
                ["05", "Peinture – revêtements de sols", "37 000,00"],
                ["", "Total de l'opération", "427 000,00"]], widths=[0.8, 4, 1.6], align="llr", bold_last=True),
          P("Ces estimations sont données à titre indicatif ; elles ne constituent pas un plafond."),
          H("Article 3 – Délai d'exécution"),
          P("Le délai global d'exécution est de neuf mois, période de préparation d'un mois incluse. Le "
            "démarrage prévisionnel des travaux est fixé à la mi-avril 2027, les classes devant être "
            "livrées pour la rentrée de septembre."),
          H("Article 4 – Clause d'insertion"),
          P("Les lots 01, 02 et 04 intègrent une action d'insertion professionnelle au bénéfice de personnes "
            "rencontrant des difficultés sociales ou professionnelles, dont les modalités figurent à "
            "l'article 9 du CCAP. Le facilitateur de la Maison de l'Emploi du Lauragais Sud accompagne les "
            "entreprises (clauses@mde-lauragais.fr)."),
          H("Article 5 – Conditions de participation"),
          P("Chaque candidat produit les formulaires DC1 et DC2 (ou le DUME), une déclaration indiquant le "
            "chiffre d'affaires global et le chiffre d'affaires concernant les travaux objet du lot au cours "
            "des trois derniers exercices disponibles, les attestations d'assurance de responsabilité civile "
            "et décennale en cours de validité, ainsi que des références de travaux similaires."),
          H("Article 6 – Jugement des offres"),
          P("L'offre économiquement la plus avantageuse est appréciée lot par lot selon les critères pondérés "
            "suivants :"),
          LST(["Prix des prestations : 60 points, selon la formule Note = 60 × (offre la plus basse / offre "
               "examinée) ;",
               "Valeur technique : 40 points, appréciée au regard du mémoire technique, soit : méthodologie et "
               "organisation du chantier en site occupé (20 points) ; planning détaillé (10 points) ; "
               "dispositions pour la gestion et la valorisation des déchets de chantier (10 points)."]),
          P("Une négociation pourra être engagée avec les trois candidats les mieux classés de chaque lot."),
          ] + art_retrait(c, 0) + [
          H("Article 8 – Date limite de réception des offres"),
          P("Les offres sont remises sur le profil d'acheteur au plus tard le vendredi 12 février 2027 à "
            "12h00. Le délai de validité des offres est de 120 jours.")]
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=5,
             montant_estime_ht=427000,
             evidence=["Les travaux sont répartis en cinq lots séparés",
                       "Total de l'opération 427 000,00",
                       "Les lots 01, 02 et 04 intègrent une action d'insertion professionnelle",
                       "dispositions pour la gestion et la valorisation des déchets de chantier (10 points)"])

    ccap = [TITLE("COMMUNE DE MONTFERRAND-SUR-LÈZE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Réhabilitation et extension de l'école élémentaire Jean-Moulin – marché de travaux"),
            H("Article 1 – Objet – décomposition"),
            P("Le présent CCAP s'applique aux cinq lots de l'opération définis au règlement de la "
              "consultation. Les stipulations propres à un lot sont signalées comme telles."),
            ] + art_pieces(c, 0, ["l'acte d'engagement du lot et ses annexes ;", "le présent CCAP ;",
                                  "le CCTP commun et les CCTP par lot ;",
                                  "la décomposition du prix global et forfaitaire (DPGF) ;",
                                  "le calendrier détaillé d'exécution."]) + [
            H("Article 3 – Prix"),
            P("Les marchés sont conclus à prix global et forfaitaire. Les prix sont réputés fermes et "
              "actualisables dans les conditions de l'article 3.4.3 du CCAG-Travaux, par application de l'index "
              "BT01 lorsque le délai entre la date d'établissement des prix et le début d'exécution excède trois "
              "mois."),
            H("Article 4 – Délais – pénalités"),
            P("En cas de retard dans l'exécution, le titulaire encourt une pénalité journalière de 1/3000e du "
              "montant HT de son marché. L'absence non excusée aux réunions de chantier est sanctionnée par une "
              "pénalité forfaitaire de 150 € par absence ; le retard de remise des documents d'exécution par une "
              "pénalité de 80 € par jour."),
            H("Article 5 – Gestion des déchets de chantier"),
            P("Chaque titulaire trie ses déchets sur le chantier dans les bennes mises en place par le titulaire "
              "du lot 01 (bois, métaux, inertes, plâtre, DIB). Il remet au maître d'œuvre les bordereaux de suivi "
              "et justifie d'un taux de valorisation matière d'au moins 70 % des déchets non dangereux. Le "
              "brûlage et l'enfouissement sur site sont proscrits."),
            H("Article 6 – Assurances"),
            P("Le titulaire justifie d'une assurance de responsabilité civile couvrant les dommages causés aux "
              "tiers pour un montant minimal de 1~500~000 € par sinistre, et d'une assurance décennale."),
            H("Article 7 – Retenue de garantie"),
            P("Une retenue de garantie de 5 % est prélevée sur les acomptes ; elle peut être remplacée par une "
              "garantie à première demande."),
            H("Article 8 – Avance"),
            P("Une avance de 20 % du montant TTC du marché est versée au titulaire d'un lot dont le montant "
              "initial dépasse 50~000 € HT, sauf renonciation expresse dans l'acte d'engagement."),
            H("Article 9 – Action d'insertion professionnelle"),
            P("En application de l'article L2112-2 du code de la commande publique, les titulaires des lots "
              "désignés ci-après s'engagent à réserver un volume minimal d'heures de travail à des personnes "
              "éloignées de l'emploi (demandeurs d'emploi de longue durée, bénéficiaires du RSA, jeunes de moins "
              "de 26 ans sans qualification, travailleurs reconnus handicapés, etc.) :"),
            TAB([["Lot", "Volume d'heures d'insertion"],
                 ["Lot 01 – Gros œuvre", "420 heures"],
                 ["Lot 02 – Charpente couverture", "175 heures"],
                 ["Lot 04 – Plâtrerie isolation", "105 heures"]], widths=[3, 2]),
            P("Les lots 03 et 05 ne sont pas concernés par la présente clause. L'engagement peut être réalisé "
              "par embauche directe, mise à disposition (ETTI, AI, GEIQ) ou sous-traitance à une SIAE. En cas de "
              "non-réalisation, une pénalité de 60 € HT par heure non effectuée est appliquée, sauf cas de force "
              "majeure apprécié par le facilitateur."),
            ] + art_paiement(c, 2) + art_resiliation(c, 0) + art_litiges(c, 0)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=700, clause_environnementale=1,
               allotissement=1, nb_lots=5,
               evidence=["s'applique aux cinq lots de l'opération",
                         "Lot 01 – Gros œuvre 420 heures", "Lot 02 – Charpente couverture 175 heures",
                         "Lot 04 – Plâtrerie isolation 105 heures", "[420 + 175 + 105 = 700]",
                         "justifie d'un taux de valorisation matière d'au moins 70 % des déchets non dangereux"])

    ae = [TITLE("Commune de Montferrand-sur-Lèze", "ACTE D'ENGAGEMENT",
                "Lot n° 01 – Gros œuvre – démolition – VRD"),
          H("A – Objet de l'acte d'engagement"),
          P("Réhabilitation et extension de l'école élémentaire Jean-Moulin. L'opération est allotie ; elle "
            "comprend 5 lots. Le présent acte d'engagement concerne le seul lot n° 01."),
          H("B – Engagement du titulaire"),
          P("Après avoir pris connaissance des pièces constitutives du marché, le signataire s'engage, sans "
            "réserve, à exécuter les prestations au prix global et forfaitaire de :"),
          P("Montant HT : ............................ €   TVA (20 %) : ....................... €"),
          P("Montant TTC : ............................ €  (en lettres : .........................................)"),
          P("Nom, prénom et qualité du signataire : .............................................."),
          P("Raison sociale : ............................ forme juridique : ................ au capital de "
            "................ €   SIRET : ...................."),
          H("C – Clause d'insertion"),
          P("Le titulaire s'engage à réaliser, au titre de l'action d'insertion de l'article 9 du CCAP, un "
            "minimum de 420 heures de travail au profit de personnes en parcours d'insertion, et à transmettre "
            "mensuellement au facilitateur les justificatifs correspondants."),
          H("D – Avance"),
          P("Je renonce au bénéfice de l'avance :  ☐ Non   ☐ Oui"),
          H("E – Signature"),
          P("Fait en un seul original à ........................, le .....................")]
    ae_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1, nb_lots=5,
             evidence=["L'opération est allotie ; elle comprend 5 lots.", "un minimum de 420 heures de travail"])

    dpgf = [TITLE("Commune de Montferrand-sur-Lèze – École Jean-Moulin",
                  "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE", "Lot 05 – Peinture – revêtements de sols"),
            P("Le candidat complète toutes les cases. Les quantités sont données à titre indicatif : "
              "le candidat les vérifie et les corrige sous sa responsabilité, le prix restant global et forfaitaire."),
            RTAB([["N°", "Désignation", "U", "Qté", "PU HT", "Total HT"],
                  ["5.1", "Préparation des supports, rebouchage, ponçage", "m²", "620", "", ""],
                  ["5.2", "Peinture acrylique murs, 2 couches, classe A+", "m²", "585", "", ""],
                  ["5.3", "Peinture plafonds, 2 couches", "m²", "410", "", ""],
                  ["5.4", "Lasure boiseries préau", "ml", "96", "", ""],
                  ["5.5", "Dépose revêtement souple existant", "m²", "340", "", ""],
                  ["5.6", "Sol PVC U4P3 en lés, y compris ragréage", "m²", "352", "", ""],
                  ["5.7", "Plinthes bois peintes", "ml", "214", "", ""],
                  ["", "TOTAL HT", "", "", "", ""],
                  ["", "TVA 20 %", "", "", "", ""],
                  ["", "TOTAL TTC", "", "", "", ""]], widths=[0.6, 4, 0.5, 0.7, 1, 1.2], align="llrrrr"),
            P("Cachet et signature de l'entreprise :")]
    dpgf_l = L(allotissement=1, evidence=["Lot 05 – Peinture – revêtements de sols"])

    return dict(id="d01", title="Commune de Montferrand-sur-Lèze – réhabilitation de l'école Jean-Moulin (5 lots de travaux)",
                pieces=[PIECE("RC_2027-TRX-07.pdf", "RC", hdr, "RC – consultation 2027-TRX-07", rc, rc_l),
                        PIECE("CCAP_2027-TRX-07.pdf", "CCAP", hdr, "CCAP – version du 14/01/2027", ccap, ccap_l,
                              hyphen=True),
                        PIECE("AE_lot01_gros_oeuvre.docx", "AE", hdr, "Acte d'engagement lot 01", ae, ae_l),
                        PIECE("DPGF_lot05.pdf", "DPGF", hdr, "DPGF lot 05", dpgf, dpgf_l)],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=700, allotissement=1, nb_lots=5, montant_estime_ht=427000),
                note="Estimation : ligne « Total de l'opération » du tableau du RC (427 000,00). Heures : CCAP art. 9, "
                     "420 + 175 + 105 = 700 sans total écrit ; l'AE du lot 01 ne donne que 420. Pas d'accord-cadre : "
                     "pas de maximum. Pièges : assurance 1 500 000 €, pénalités 150 €, 80 €, 60 € par heure, "
                     "« 180 m² », « 4 classes », capital social à compléter (AE).")


def d02():
    c = C("le Département de l'Ardevienne", "Limoges", delai=30,
          profil="https://www.ardevienne-marchespublics.fr", ref="AC-2027-014")
    hdr = "Département de l'Ardevienne – Direction de l'Éducation – AC-2027-014"
    rc = [TITLE("DÉPARTEMENT DE L'ARDEVIENNE", "RÈGLEMENT DE CONSULTATION",
                "Entretien des espaces verts et des cours des collèges publics départementaux",
                "Appel d'offres ouvert – articles R2124-2 1° et R2161-2 à R2161-5 du CCP"),
          H("1. Objet et forme de la consultation"),
          P("La consultation a pour objet l'entretien courant des espaces verts, des cours et des abords des "
            "collèges publics de l'Ardevienne. Elle donne lieu à des accords-cadres mono-attributaires exécutés "
            "par bons de commande (articles R2162-1 à R2162-6 et R2162-13 à R2162-14 du CCP)."),
          H("2. Allotissement"),
          P("Le besoin est scindé en trois lots géographiques :"),
          LST(["lot 1 – secteur Nord : 11 collèges ;", "lot 2 – secteur Centre : 8 collèges ;",
               "lot 3 – secteur Sud : 6 collèges (lot réservé, voir point 3)."]),
          P("Un même opérateur peut se voir attribuer plusieurs lots."),
          H("3. Réservation du lot 3"),
          P("En application de l'article L2113-13 du code de la commande publique, le lot 3 est réservé aux "
            "structures d'insertion par l'activité économique mentionnées à l'article L5132-4 du code du travail "
            "(entreprises d'insertion, associations intermédiaires, ateliers et chantiers d'insertion, ETTI) ainsi "
            "qu'aux structures équivalentes. Les candidats à ce lot joignent leur conventionnement DDETS en cours."),
          H("4. Valeur estimée"),
          P("La valeur totale estimée de l'accord-cadre, tous lots et toutes reconductions compris, est de "
            "420¦SB¦000 € HT. Les montants minimum et maximum de chaque lot sont fixés à l'article 5 du CCAP."),
          P("Pour information, les prestations du précédent marché (2023-2026) ont représenté une dépense totale "
            "de 389~412 € HT sur quatre ans."),
          H("5. Conditions d'exécution à caractère social"),
          P("Les lots 1 et 2 comportent une clause d'insertion professionnelle (article 11 du CCAP) dont le volume "
            "est exprimé en heures. Le guichet Clauses sociales du Département (Mme Pellerin) se tient à la "
            "disposition des candidats."),
          H("6. Capacités des candidats"),
          SPLIT("Pour les lots 1 et 2, le candidat justifie d'un chiffre d'affaires annuel minimum de 90~000 € HT "
                "sur chacun des deux derniers exercices, ce niveau étant justifié par la nécessité de disposer",
                "d'un parc de matériels suffisant pour intervenir simultanément sur plusieurs établissements."),
          H("7. Critères d'attribution"),
          RTAB([["Critère", "Pondération"],
                ["Prix (application du BPU au détail quantitatif estimatif)", "50 %"],
                ["Valeur technique : organisation, moyens humains et matériels, plan de prévention", "40 %"],
                ["Performance en matière de protection de l'environnement : gestion et valorisation des déchets "
                 "verts, recours à des matériels électriques", "10 %"]], widths=[5, 1.2], align="lr"),
          H("8. Renseignements complémentaires"),
          P("Les questions sont posées exclusivement via le profil d'acheteur https://www.ardevienne-marchespublics.fr "
            "jusqu'au 26 février 2027 ; une visite des collèges n'est pas obligatoire."),
          H("9. Remise des plis"),
          P("Date limite de réception des offres : lundi 8 mars 2027 à 16h00, sur le profil d'acheteur "
            "uniquement.")]
    rc_l = L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13",
             critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=420000,
             evidence=["Le besoin est scindé en trois lots géographiques",
                       "le lot 3 est réservé aux structures d'insertion par l'activité économique",
                       "est de 420 000 € HT",
                       "Les lots 1 et 2 comportent une clause d'insertion professionnelle",
                       "Performance en matière de protection de l'environnement"])

    ccap = [TITLE("Département de l'Ardevienne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre à bons de commande – entretien des espaces verts des collèges (lots 1 à 3)"),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux trois lots de l'accord-cadre. Le lot 3, réservé aux SIAE en "
              "application de l'article L2113-13 du CCP, suit les mêmes stipulations, à l'exception de "
              "l'article 11."),
            H("Article 2 – Durée"),
            P("L'accord-cadre est conclu pour une période initiale de douze mois à compter de sa notification. "
              "Il est reconduit tacitement trois fois par période de douze mois, sans que sa durée totale puisse "
              "excéder quatre ans. Le refus de reconduction est notifié par le Département au moins trois mois "
              "avant l'échéance."),
            ] + art_pieces(c, 1, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP ;",
                                  "le bordereau des prix unitaires (BPU) ;",
                                  "le mémoire technique du titulaire."]) + [
            H("Article 4 – Bons de commande"),
            P("Les bons de commande sont émis par le service Patrimoine des collèges. Ils précisent le collège, la "
              "nature des prestations, les quantités et le délai d'exécution, qui ne peut être inférieur à cinq "
              "jours ouvrés."),
            H("Article 5 – Montants"),
            P("Pour chaque période d'exécution, initiale ou reconduite, le montant des commandes est compris dans "
              "les limites suivantes :"),
            TAB([["Lot", "Minimum HT", "Maximum HT"],
                 ["Lot 1 – Nord", "15 000 €", "60 000 €"],
                 ["Lot 2 – Centre", "10 000 €", "45 000 €"],
                 ["Lot 3 – Sud", "5 000 €", "35 000 €"]], widths=[2, 1.4, 1.4], align="lrr"),
            H("Article 6 – Prix"),
            P("Les prix sont unitaires, fermes la première année, puis révisés annuellement à la date anniversaire "
              "par application de l'indice ICHT-rev-TS (Nettoyage) pour 80 % et d'une partie fixe de 20 %."),
            H("Article 7 – Pénalités"),
            P("Tout retard d'exécution d'un bon de commande entraîne une pénalité de 80 € par jour calendaire. "
              "L'absence de remise en état d'une cour après intervention donne lieu à une pénalité de 200 € par "
              "constat."),
            ] + art_paiement(c, 0) + [
            H("Article 9 – Sécurité"),
            P("Le titulaire établit avec chaque collège un plan de prévention. Les interventions mécanisées ont "
              "lieu hors présence des élèves."),
            H("Article 10 – Assurances"),
            P("Le titulaire est couvert en responsabilité civile pour un montant d'au moins 2~000~000 € par "
              "sinistre."),
            H("Article 11 – Clause d'insertion (lots 1 et 2)"),
            P("Le titulaire s'engage à réaliser une action d'insertion au bénéfice de personnes éloignées de "
              "l'emploi, pour un volume minimal de :"),
            LST(["lot 1 : 1~400 heures sur la durée totale de l'accord-cadre, reconductions comprises ;",
                 "lot 2 : 1~000 heures sur la même durée."]),
            P("Les heures sont réparties au prorata des périodes effectivement exécutées. Chaque heure non "
              "réalisée sans justification donne lieu à une pénalité de 45 € HT. Le lot 3 n'est pas soumis à la "
              "présente clause."),
            ] + art_litiges(c, 1)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, marche_reserve=1,
               reserve_base="L2113-13", allotissement=1, nb_lots=3, montant_max_ht=560000,
               evidence=["commun aux trois lots de l'accord-cadre",
                         "réservé aux SIAE en application de l'article L2113-13",
                         "Il est reconduit tacitement trois fois",
                         "Lot 1 – Nord 15 000 € 60 000 €", "[(60 000 + 45 000 + 35 000) × 4 périodes]",
                         "lot 1 : 1 400 heures", "lot 2 : 1 000 heures"])

    cctp = [TITLE("Département de l'Ardevienne", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Entretien des espaces verts et des cours des collèges"),
            H("1. Consistance des prestations"),
            P("Les prestations portent sur environ 46 hectares d'espaces verts et 9 hectares de cours et "
              "parvis répartis entre les trois lots du marché. Elles comprennent la tonte, la taille des haies "
              "et arbustes, le désherbage, le ramassage des feuilles et le nettoyage des cours."),
            H("2. Prescriptions environnementales"),
            P("L'usage de tout produit phytopharmaceutique est exclu. Le titulaire met en œuvre une gestion "
              "différenciée selon le plan de classement de chaque site. Les déchets verts sont broyés et réutilisés "
              "en paillage sur place lorsque le collège le permet ; à défaut, ils sont apportés sur une plateforme "
              "de compostage agréée et le titulaire en fournit les justificatifs. Aux abords des salles de classe, "
              "les interventions sont réalisées avec des matériels électriques à batterie."),
            H("3. Horaires d'intervention"),
            P("Les interventions ont lieu entre 7h30 et 17h00 les jours ouvrés ; les interventions bruyantes "
              "sont proscrites pendant les épreuves du brevet."),
            H("4. Fréquences"),
            TAB([["Prestation", "Fréquence indicative"],
                 ["Tonte des pelouses d'agrément", "12 passages/an"],
                 ["Taille des haies", "2 passages/an"],
                 ["Ramassage des feuilles", "hebdomadaire d'octobre à décembre"],
                 ["Désherbage mécanique ou thermique", "4 passages/an"]], widths=[3, 2]),
            H("5. Compte rendu"),
            P("Le titulaire tient à jour un cahier d'intervention par collège, visé par le gestionnaire.")]
    cctp_l = L(clause_environnementale=1, allotissement=1, nb_lots=3,
               evidence=["répartis entre les trois lots du marché",
                         "Les déchets verts sont broyés et réutilisés en paillage sur place"])

    bpu = [TITLE("Département de l'Ardevienne – AC-2027-014", "BORDEREAU DES PRIX UNITAIRES",
                 "Lot 2 – secteur Centre"),
           P("Prix exprimés en euros hors taxes. Le candidat renseigne tous les prix ; ils sont appliqués aux "
             "quantités réellement commandées."),
           TAB([["Réf.", "Prestation", "Unité", "Prix unitaire HT"],
                ["2.01", "Tonte pelouse avec ramassage", "100 m²", ""],
                ["2.02", "Tonte prairie fleurie (fauche tardive)", "100 m²", ""],
                ["2.03", "Taille de haie libre, hauteur < 2 m", "ml", ""],
                ["2.04", "Ramassage des feuilles, évacuation comprise", "100 m²", ""],
                ["2.05", "Désherbage mécanique des allées", "100 m²", ""],
                ["2.06", "Heure de main-d'œuvre en régie (jardinier qualifié)", "heure", ""]],
               widths=[0.7, 4, 1, 1.5]),
           P("Date, cachet et signature du candidat :")]
    bpu_l = L(allotissement=1, evidence=["Lot 2 – secteur Centre"])
    return dict(id="d02", title="Département de l'Ardevienne – espaces verts des collèges (accord-cadre, 3 lots dont un réservé SIAE)",
                pieces=[PIECE("RC_AC-2027-014.pdf", "RC", hdr, "Règlement de consultation", rc, rc_l),
                        PIECE("CCAP_AC-2027-014.pdf", "CCAP", hdr, "CCAP AC-2027-014", ccap, ccap_l, cols=2,
                              hyphen=True),
                        PIECE("CCTP_AC-2027-014.pdf", "CCTP", hdr, "CCTP AC-2027-014", cctp, cctp_l),
                        PIECE("BPU_lot2_Centre.docx", "BPU", hdr, "BPU lot 2", bpu, bpu_l)],
                pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
                     "critere_environnemental"],
                values=V(heures_insertion=2400, allotissement=1, nb_lots=3, montant_estime_ht=420000,
                         montant_max_ht=560000, reserve_base="L2113-13"),
                note="Maximum : le CCAP donne des maxima par lot valables « pour chaque période d'exécution, initiale "
                     "ou reconduite » (60 000 + 45 000 + 35 000 = 140 000) et quatre périodes (initiale + 3 "
                     "reconductions) : 560 000. Heures : 1 400 (lot 1) + 1 000 (lot 2), déjà sur la durée totale. "
                     "Estimation : RC, 420 000 « tous lots et toutes reconductions compris ». Pièges : précédent "
                     "marché 389 412 €, CA minimum 90 000 €, minima 15 000/10 000/5 000, assurance 2 000 000 €, "
                     "pénalités 80 €, 200 €, 45 €, 46 hectares.")


def d03():
    c = C("le Centre hospitalier intercommunal de Brévannes-Saint-Loup", "Melun", delai=50,
          profil="https://www.achats-hopitaux-seineest.fr", ref="2027-LING-04")
    hdr = "CHI Brévannes-Saint-Loup – Direction des achats et de la logistique – Consultation 2027-LING-04"
    rc = [TITLE("CENTRE HOSPITALIER INTERCOMMUNAL DE BRÉVANNES-SAINT-LOUP",
                "RÈGLEMENT DE LA CONSULTATION",
                "Location et entretien du linge plat, des vêtements de travail et des articles en forme",
                "Appel d'offres ouvert européen – accord-cadre à bons de commande"),
          H("Article 1 – Pouvoir adjudicateur"),
          P("Centre hospitalier intercommunal de Brévannes-Saint-Loup (CHIBSL), établissement public de santé, "
            "2 avenue du Docteur-Roux, 77xxx Brévannes. Direction des achats, de la logistique et des travaux."),
          H("Article 2 – Objet"),
          P("L'accord-cadre porte sur la location, le traitement en blanchisserie industrielle, la livraison "
            "et la gestion des stocks du linge plat, des tenues professionnelles et des articles en forme des "
            "sites de Brévannes et de Saint-Loup (612 lits et places)."),
          H("Article 3 – Allotissement"),
          P("Conformément à l'article L2113-11 du code de la commande publique, l'accord-cadre n'est pas alloti : "
            "la location-entretien forme une prestation indissociable (propriété du linge, traçabilité RFID, "
            "circuit propre/sale unique) dont la division rendrait l'exécution techniquement difficile et plus "
            "coûteuse."),
          H("Article 4 – Durée et montant"),
          P("L'accord-cadre débute le 1er septembre 2027 pour douze mois et peut être reconduit trois fois. "
            "Le montant estimé des prestations est de 150~000 € HT par an (180~000 € TTC), soit 600~000 € HT "
            "pour la durée maximale de quatre ans. Les montants minimum et maximum figurent au CCAP."),
          P("À titre d'information, le budget annuel de la fonction linge de l'établissement (personnel, "
            "transport interne, renouvellement des tenues) est de l'ordre de 1,2 M€."),
          H("Article 5 – Visite et échantillons"),
          P("Une visite des lingeries relais est organisée le 6 avril 2027. Les candidats remettent un "
            "échantillon de chaque tenue proposée."),
          H("Article 6 – Critères de jugement"),
          LST(["Prix (DQE valorisé) : 50 % ;",
               "Valeur technique (organisation, délais, traçabilité, plan de continuité) : 30 % ;",
               "Performance en matière d'insertion professionnelle des publics en difficulté (moyens "
               "d'accompagnement, tutorat, perspectives d'emploi durable) : 10 % ;",
               "Performance environnementale : consommation d'eau et d'énergie par kilogramme de linge traité, "
               "nature des lessives, organisation des tournées : 10 %."]),
          ] + art_retrait(c, 0)
    rc_l = L(critere_social=1, critere_environnemental=1, allotissement=0, montant_estime_ht=600000,
             evidence=["l'accord-cadre n'est pas alloti",
                       "soit 600 000 € HT pour la durée maximale de quatre ans",
                       "Performance en matière d'insertion professionnelle des publics en difficulté",
                       "Performance environnementale : consommation d'eau et d'énergie"])

    ccap = [TITLE("CHI de Brévannes-Saint-Loup", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre mono-attributaire – location-entretien du linge – 2027-LING-04"),
            H("Article 1 – Objet et forme"),
            P("Accord-cadre à bons de commande passé en application des articles R2162-2 alinéa 2 et R2162-13 "
              "et suivants du CCP, conclu avec un seul opérateur économique. Il n'est pas décomposé en lots."),
            H("Article 2 – Durée"),
            P("L'accord-cadre est conclu pour une durée de 12 mois à compter du 1er septembre 2027. Il est "
              "reconductible tacitement 3 fois par périodes de 12 mois. Sa durée maximale est de 48 mois."),
            H("Article 3 – Montants"),
            SPLIT("L'accord-cadre est conclu avec un montant minimum annuel de 80~000 € HT et un montant maximum "
                  "annuel de 240~000 € HT",
                  "(288~000 € TTC). Ces montants s'appliquent à chacune des périodes."),
            ] + art_pieces(c, 2, ["l'acte d'engagement ;", "le présent CCAP et son annexe 3 (clause d'insertion) ;",
                                  "le CCTP ;", "le bordereau des prix unitaires et le DQE ;",
                                  "le CCAG-FCS ;", "le mémoire technique du titulaire."]) + [
            H("Article 5 – Conditions d'exécution à caractère social"),
            P("Le titulaire met en œuvre une action d'insertion professionnelle au bénéfice de personnes "
              "rencontrant des difficultés d'accès à l'emploi, dans les conditions et pour le volume d'heures "
              "précisés à l'annexe 3 du présent CCAP. Le PLIE Seine-Est assure le suivi de la clause."),
            H("Article 6 – Pénalités"),
            P("Retard de livraison : 300 € par jour et par site. Linge taché ou déchiré livré au-delà du seuil "
              "de 2 % : 0,50 € par article. Rupture de dotation d'un agent : 25 € par agent et par jour."),
            H("Article 7 – Assurances"),
            P("Le titulaire souscrit une police couvrant sa responsabilité civile professionnelle à hauteur de "
              "3~000~000 € par sinistre, ainsi que le linge confié pour sa valeur de remplacement."),
            ] + art_paiement(c, 1) + art_litiges(c, 2)
    ccap_l = L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_max_ht=960000,
               evidence=["Il n'est pas décomposé en lots.", "reconductible tacitement 3 fois",
                         "un montant maximum annuel de 240 000 € HT", "[240 000 × 4 périodes]",
                         "Le titulaire met en œuvre une action d'insertion professionnelle"])

    cctp = [TITLE("CHI Brévannes-Saint-Loup", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Location-entretien du linge"),
            H("1. Volumes"),
            P("Le volume traité est d'environ 420 tonnes de linge par an, dont 61 % de linge plat. Le parc "
              "de tenues concerne 1 480 agents."),
            H("2. Exigences de traitement"),
            P("Le titulaire applique la méthode RABC (norme NF EN 14065) et justifie d'une certification de "
              "l'usine de traitement."),
            H("3. Exigences environnementales"),
            P("Les lessives et produits lessiviels utilisés portent l'Écolabel européen ou un label équivalent. "
              "Le titulaire transmet chaque année les consommations d'eau (litres/kg) et d'énergie (kWh/kg) de "
              "l'usine. Les livraisons sont assurées par des véhicules Crit'Air 1 ou électriques. Les housses "
              "plastiques à usage unique sont supprimées au profit de chariots filmés réutilisables."),
            H("4. Délais"),
            P("Livraison en J+2 ouvrés pour le linge plat ; 72 heures pour les tenues nominatives.")]
    cctp_l = L(clause_environnementale=1,
               evidence=["Les lessives et produits lessiviels utilisés portent l'Écolabel européen",
                         "Les livraisons sont assurées par des véhicules Crit'Air 1 ou électriques"])

    ann = [TITLE("CHI Brévannes-Saint-Loup – 2027-LING-04", "ANNEXE 3 AU CCAP",
                 "Clause sociale d'insertion par l'activité économique"),
           H("1. Objectif"),
           P("L'objectif d'insertion est fixé à 5 % du nombre total d'heures de main-d'œuvre nécessaires à "
             "l'exécution de l'accord-cadre. Sur la base d'une main-d'œuvre estimée à 37~000 heures sur la durée "
             "maximale de l'accord-cadre, l'engagement du titulaire porte sur 1~850 heures d'insertion."),
           H("2. Publics éligibles"),
           LST(["demandeurs d'emploi inscrits depuis plus de douze mois ;",
                "bénéficiaires du RSA, de l'ASS ou de l'AAH ;",
                "jeunes de moins de 26 ans sortis du système scolaire sans diplôme ;",
                "personnes reconnues travailleurs handicapés orientées en milieu ordinaire ;",
                "salariés d'une SIAE ou d'un GEIQ."]),
           H("3. Modalités"),
           P("Embauche directe, mise à disposition par une ETTI ou une association intermédiaire, ou sous-traitance "
             "à une entreprise d'insertion. Le titulaire transmet un état trimestriel des heures réalisées."),
           H("4. Sanction"),
           P("Chaque heure non réalisée donne lieu à une pénalité de 50 € HT. Pour information, 1~320 heures "
             "avaient été réalisées au titre du précédent marché (2021-2025).")]
    ann_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1850,
              evidence=["l'engagement du titulaire porte sur 1 850 heures d'insertion"])

    dqe = [TITLE("CHI Brévannes-Saint-Loup – 2027-LING-04", "DÉTAIL QUANTITATIF ESTIMATIF (DQE)",
                 "Document non contractuel servant au jugement des offres"),
           P("Les quantités ci-dessous correspondent à une année type. Le candidat reporte les prix unitaires du "
             "BPU ; le total sert uniquement à comparer les offres."),
           TAB([["Article", "Unité", "Quantité annuelle", "PU HT", "Montant HT"],
                ["Drap plat 180 × 300", "pièce", "96 000", "", ""],
                ["Taie d'oreiller", "pièce", "88 000", "", ""],
                ["Alèse", "pièce", "41 000", "", ""],
                ["Tenue soignant (tunique + pantalon), location hebdomadaire", "dotation", "1 480", "", ""],
                ["Champ opératoire", "kg", "9 500", "", ""],
                ["Total HT", "", "", "", ""]], widths=[4, 1, 1.3, 1, 1.3], align="llrrr"),
           P("Cachet et signature :")]
    dqe_l = L()
    return dict(id="d03", zip="DCE_CHIBSL_2027-LING-04.zip",
                title="CHI Brévannes-Saint-Loup – location-entretien du linge (accord-cadre non alloti, DCE en ZIP)",
                pieces=[PIECE("1_Reglement_consultation/RC_2027-LING-04.pdf", "RC", hdr, "RC 2027-LING-04", rc, rc_l),
                        PIECE("2_Pieces_contractuelles/CCAP_2027-LING-04.pdf", "CCAP", hdr, "CCAP 2027-LING-04",
                              ccap, ccap_l),
                        PIECE("2_Pieces_contractuelles/CCTP_2027-LING-04.docx", "CCTP", hdr, "CCTP", cctp, cctp_l),
                        PIECE("2_Pieces_contractuelles/Annexe_3_CCAP_clause_insertion.pdf", "AUTRE", hdr,
                              "Annexe 3 au CCAP", ann, ann_l),
                        PIECE("3_Cadre_financier/DQE_2027-LING-04.docx", "DQE", hdr, "DQE", dqe, dqe_l)],
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
                     "critere_environnemental"],
                values=V(heures_insertion=1850, allotissement=0, montant_estime_ht=600000, montant_max_ht=960000),
                note="Maximum : 240 000 € HT par an (CCAP), quatre périodes de 12 mois (durée maximale 48 mois) : "
                     "960 000. Estimation : RC, 600 000 € HT pour quatre ans (150 000 par an). Heures : annexe 3, "
                     "5 % de 37 000 heures = 1 850 (conversion écrite). Pièges : 180 000 et 288 000 € TTC, minimum "
                     "80 000, budget linge 1,2 M€, 1 320 heures du précédent marché, assurance 3 000 000 €, "
                     "pénalités, 420 tonnes, 612 lits.")


def d04():
    c = C("Val-de-Mauldre Habitat", "Versailles", ccag="travaux", delai=30,
          profil="https://marchespublics.valdemauldre-habitat.fr", ref="VMH-27-003")
    hdr = "Val-de-Mauldre Habitat – Office public de l'habitat – Marché VMH-27-003"
    rc = [TITLE("VAL-DE-MAULDRE HABITAT", "Règlement de la consultation",
                "Accord-cadre de travaux de remise en état des logements vacants avant relocation",
                "Procédure adaptée ouverte (art. R2123-1 1° du CCP) – accords-cadres à bons de commande"),
          H("Article 1 – Objet"),
          P("Travaux de remise en état des logements libérés avant leur relocation, sur l'ensemble du "
            "patrimoine de l'Office (4 870 logements répartis sur 23 communes)."),
          H("Article 2 – Lots et montants maximums"),
          P("La consultation est divisée en 4 lots par corps d'état. Chaque lot fait l'objet d'un "
            "accord-cadre mono-attributaire conclu sans minimum et avec le maximum suivant :"),
          RTAB([["Lot", "Corps d'état", "Montant maximum HT (durée totale)"],
                ["1", "Peinture – revêtements muraux", "480 k€"],
                ["2", "Revêtements de sols souples", "320 k€"],
                ["3", "Plomberie – sanitaires", "260 k€"],
                ["4", "Électricité – mise en sécurité", "140 k€"]], widths=[0.6, 3.4, 2.4], align="llr"),
          P("Les montants ci-dessus valent pour la durée totale de l'accord-cadre (un an reconductible trois "
            "fois), reconductions comprises."),
          P("Pour mémoire, le budget annuel de l'Office consacré à la remise en état des logements vacants, "
            "régie comprise, est d'environ 2,4 M€."),
          H("Article 3 – Jugement des offres"),
          P("Critère 1 – Prix (60 points), apprécié sur un devis type non communiqué aux candidats. "
            "Critère 2 – Valeur technique (40 points) : moyens affectés et réactivité (20 pts), qualité des "
            "matériaux proposés (15 pts), modalités de mise en œuvre de l'action d'insertion : profils recrutés, "
            "tutorat, formation (5 pts)."),
          H("Article 4 – Conditions de participation"),
          P("Qualification Qualibat ou équivalent ; attestations d'assurance ; extrait Kbis indiquant le capital "
            "social et l'adresse du siège. Les candidatures incomplètes pourront être régularisées."),
          ] + art_retrait(c, 0)
    rc_l = L(critere_social=1, allotissement=1, nb_lots=4, montant_max_ht=1200000,
             evidence=["La consultation est divisée en 4 lots par corps d'état.", "480 k€", "320 k€", "260 k€",
                       "140 k€", "[480 + 320 + 260 + 140 k€ = 1 200 000]",
                       "modalités de mise en œuvre de l'action d'insertion"])

    ccap = [TITLE("VAL-DE-MAULDRE HABITAT", "CCAP", "Remise en état des logements vacants – lots 1 à 4"),
            H("Article 1 – Objet – forme du marché"),
            P("Accords-cadres à bons de commande, un par lot (4 lots). Le montant maximum de chaque lot est "
              "indiqué dans l'acte d'engagement correspondant."),
            H("Article 2 – Durée"),
            P("Chaque accord-cadre est conclu pour un an à compter de sa notification et peut être reconduit "
              "tacitement trois fois, pour une durée maximale de quatre ans."),
            H("Article 3 – Délais d'intervention"),
            P("Les travaux d'un logement sont achevés dans un délai de 10 jours ouvrés à compter de la remise "
              "des clés. Tout jour de retard entraîne une pénalité de 100 € HT par logement."),
            H("Article 4 – Clause d'insertion"),
            P("Conformément à l'article L2112-2 du CCP et à la charte d'insertion de l'Office, les titulaires "
              "réservent aux personnes éloignées de l'emploi le volume d'heures de travail suivant, sur la durée "
              "totale de l'accord-cadre :"),
            TAB([["Lot", "Heures d'insertion"], ["Lot 1", "600"], ["Lot 2", "400"], ["Lot 3", "300"],
                 ["Lot 4", "—"]], widths=[2, 2], align="lr"),
            P("Les heures non réalisées font l'objet d'une pénalité d'un montant de 40 € HT par heure. Les "
              "modalités sont précisées dans l'annexe insertion."),
            H("Article 5 – Déchets et produits"),
            P("Les déchets sont triés et évacués vers des filières agréées ; les bordereaux sont joints à la "
              "facture. Les peintures intérieures employées sont classées A+ et titulaires de l'Écolabel "
              "européen ou équivalent."),
            ] + art_paiement(c, 0) + art_resiliation(c, 1) + art_litiges(c, 0)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1300, clause_environnementale=1,
               allotissement=1, nb_lots=4,
               evidence=["un par lot (4 lots)", "Lot 1 600", "Lot 2 400", "Lot 3 300", "[600 + 400 + 300]",
                         "Les déchets sont triés et évacués vers des filières agréées"])

    ann = [TITLE("Val-de-Mauldre Habitat", "ANNEXE INSERTION", "Accord-cadre VMH-27-003"),
           H("Objet"),
           P("La présente annexe précise les conditions de l'action d'insertion prévue au CCAP. Le PLIE "
             "Mauldre-Seine, facilitateur, aide les entreprises à identifier les candidats et valide leur "
             "éligibilité."),
           H("Volumes"),
           P("Lot 1 : 600 heures ; lot 2 : 400 heures ; lot 3 : 300 heures, soit 1¦SB¦300 heures au total sur la "
             "durée de l'accord-cadre. Le lot 4 n'est pas concerné. Le précédent accord-cadre (2022-2026) en "
             "prévoyait 1~100."),
           H("Suivi"),
           P("Le titulaire adresse chaque trimestre un état nominatif des heures (contrats, attestations de "
             "mise à disposition). Un bilan est établi à chaque date anniversaire.")]
    ann_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1300, allotissement=1,
              evidence=["soit 1 300 heures au total sur la durée de l'accord-cadre", "Lot 1 : 600 heures"])

    avis = [TITLE("AVIS RECTIFICATIF N° 1", "Val-de-Mauldre Habitat – Accord-cadre VMH-27-003",
                  "Remise en état des logements vacants"),
            P("Référence de l'avis initial : annonce publiée le 4 janvier 2027 au BOAMP et sur le profil "
              "d'acheteur."),
            H("Objet de la rectification"),
            P("Au lieu de : « Lot 2 – Revêtements de sols souples – montant maximum : 320 k€ HT »."),
            P("Lire : « Lot 2 – Revêtements de sols souples – montant maximum : 350~000 € HT sur la durée "
              "totale de l'accord-cadre »."),
            P("Le règlement de la consultation et l'acte d'engagement du lot 2 ont été modifiés en conséquence. "
              "Les autres mentions de l'avis initial demeurent inchangées."),
            H("Date limite"),
            P("La date limite de réception des offres est reportée au 15 février 2027 à 12 heures.")]
    avis_l = L(allotissement=1, evidence=["Lot 2 – Revêtements de sols souples"])
    return dict(id="d04", title="Val-de-Mauldre Habitat – remise en état des logements vacants (4 lots, maximum corrigé)",
                pieces=[PIECE("RC_VMH-27-003.pdf", "RC", hdr, "RC – indice A", rc, rc_l),
                        PIECE("CCAP_VMH-27-003.pdf", "CCAP", hdr, "CCAP – indice A", ccap, ccap_l, hyphen=True),
                        PIECE("Annexe_insertion_VMH-27-003.pdf", "AUTRE", hdr, "Annexe insertion", ann, ann_l),
                        PIECE("Avis_rectificatif_1.pdf", "AVIS", hdr, "Avis rectificatif n° 1", avis, avis_l)],
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=1300, allotissement=1, nb_lots=4, montant_max_ht=1230000),
                note="Maximum : RC (en k€, durée totale) 480 + 320 + 260 + 140, l'avis rectificatif porte le lot 2 à "
                     "350 000 : 480 000 + 350 000 + 260 000 + 140 000 = 1 230 000 (le RC seul donne 1 200 000). "
                     "Heures : 600 + 400 + 300 = 1 300 (total écrit dans l'annexe). Pas d'estimation. Pièges : "
                     "budget annuel 2,4 M€, 1 100 heures du précédent accord-cadre, pénalités 100 € et 40 €, "
                     "4 870 logements, « sans minimum ».")


def d05():
    c = C("l'Université Rhône-Forez", "Lyon", delai=30, profil="https://achats.univ-rhoneforez.fr",
          ref="2027-NET-02")
    hdr = "Université Rhône-Forez – Direction du patrimoine – Marché 2027-NET-02"
    rc = [TITLE("UNIVERSITÉ RHÔNE-FOREZ", "RÈGLEMENT DE LA CONSULTATION",
                "Nettoyage et hygiène des locaux universitaires", "Appel d'offres ouvert – marchés à prix forfaitaires"),
          H("Article 1 – Objet"),
          P("Prestations de nettoyage courant et de remise en état des bâtiments d'enseignement, de recherche et "
            "administratifs de l'Université."),
          H("Article 2 – Décomposition"),
          P("La consultation comprend deux lots :"),
          LST(["Lot 1 : nettoyage des bâtiments du campus de Mably (38~400 m²) ;",
               "Lot 2 : nettoyage des locaux de l'IUT de Charlieu (5~200 m²) – lot réservé."]),
          H("Article 3 – Lot réservé"),
          P("Le lot 2 est réservé, en application de l'article L. 2113-12 du code de la commande publique, aux "
            "entreprises adaptées, aux établissements et services d'aide par le travail ainsi qu'aux structures "
            "équivalentes, qui emploient une proportion minimale de 50 % de travailleurs handicapés."),
          H("Article 4 – Durée et valeur estimée"),
          P("Chaque marché est conclu pour un an à compter du 1er septembre 2027, reconductible deux fois. La "
            "valeur estimée des besoins, calculée conformément aux articles R2121-1 et suivants, s'établit "
            "ainsi, reconductions comprises :"),
          TAB([["Lot", "Valeur estimée HT"], ["Lot 1 – Mably", "930 200 €"], ["Lot 2 – Charlieu", "155 800 €"]],
              widths=[2.5, 2], align="lr"),
          H("Article 5 – Capacités"),
          P("Lot 1 : chiffre d'affaires annuel minimal de 450~000 € HT. Lot 2 : aucun niveau minimal."),
          H("Article 6 – Critères"),
          P("Lot 1 : prix 55 % ; valeur technique 35 % ; insertion 10 % (qualité du parcours proposé aux "
            "salariés en insertion : accueil, tutorat, formation qualifiante). Lot 2 : prix 60 % ; valeur "
            "technique 40 %."),
          ] + art_retrait(c, 1)
    rc_l = L(critere_social=1, marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2,
             montant_estime_ht=1086000,
             evidence=["La consultation comprend deux lots", "Lot 1 – Mably 930 200 €",
                       "Lot 2 – Charlieu 155 800 €", "[930 200 + 155 800]",
                       "en application de l'article L. 2113-12",
                       "insertion 10 % (qualité du parcours proposé aux salariés en insertion"])

    ccap = [TITLE("Université Rhône-Forez", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Nettoyage des locaux – lots 1 et 2"),
            H("Article 1 – Objet"),
            P("Le présent CCAP régit les deux lots de la consultation 2027-NET-02. Le lot 2 est réservé aux EA "
              "et ESAT (article L2113-12 du CCP)."),
            H("Article 2 – Durée"),
            P("Durée initiale de douze mois, reconductible tacitement deux fois pour une durée de douze mois."),
            H("Article 3 – Prix"),
            P("Les prestations courantes sont rémunérées par un prix forfaitaire mensuel. Les prestations "
              "ponctuelles de remise en état font l'objet de devis acceptés au préalable."),
            H("Article 4 – Personnel"),
            P("Pour le lot 1, le volume d'heures de nettoyage est estimé à 24~000 heures par an. Le titulaire "
              "reprend le personnel affecté au marché dans les conditions de l'accord du 5 mars 2002 (annexe 7 "
              "de la convention collective de la propreté)."),
            H("Article 5 – Produits et matériels"),
            P("Le titulaire utilise des produits d'entretien porteurs de l'Écolabel européen ou équivalent, des "
              "systèmes de dosage et des textiles microfibres lavables ; les consommables papier sont issus de "
              "fibres recyclées."),
            ] + art_paiement(c, 2) + [
            H("Article 7 – Pénalités"),
            P("Prestation non exécutée : 150 € par local et par jour. Contrôle contradictoire non conforme "
              "au-delà de 15 % : réfaction de 5 % sur la facture mensuelle."),
            H("Article 8 – Clause d'insertion (lot 1)"),
            P("Le titulaire du lot 1 réserve 3 % des heures de travail nécessaires à l'exécution du marché à "
              "des personnes éloignées de l'emploi, soit 2¦SB¦160 heures sur la durée totale du marché "
              "(reconductions incluses). Il peut recourir à l'embauche directe ou à la mise à disposition."),
            ] + art_litiges(c, 1)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=2160, marche_reserve=1,
               reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=2,
               evidence=["régit les deux lots", "Le lot 2 est réservé aux EA et ESAT (article L2113-12 du CCP)",
                         "soit 2 160 heures sur la durée totale du marché",
                         "produits d'entretien porteurs de l'Écolabel européen"])

    cctp = [TITLE("Université Rhône-Forez", "CCTP – LOT 1", "Nettoyage des bâtiments du campus de Mably"),
            H("1. Périmètre"),
            P("Le lot 1 couvre 14 bâtiments (38 400 m²) : amphithéâtres, salles de cours, laboratoires de niveau "
              "L1 et L2, bureaux, sanitaires et circulations."),
            H("2. Horaires"),
            P("Les prestations sont réalisées en journée continue entre 7h00 et 20h00, afin de favoriser le "
              "travail en journée des agents."),
            H("3. Fréquences"),
            TAB([["Zone", "Fréquence"], ["Sanitaires", "quotidienne (2 passages)"],
                 ["Salles de cours", "quotidienne"], ["Bureaux", "3 fois par semaine"],
                 ["Vitrerie intérieure", "trimestrielle"]], widths=[2, 3]),
            H("4. Exigences environnementales"),
            P("Les produits utilisés sont écolabellisés ; les déchets collectés sont triés selon les cinq flux "
              "(papier, carton, plastiques, verre, biodéchets) et déposés aux points de regroupement de chaque "
              "bâtiment. Les autolaveuses sont à batterie.")]
    cctp_l = L(clause_environnementale=1, allotissement=1,
               evidence=["Le lot 1 couvre 14 bâtiments",
                         "les déchets collectés sont triés selon les cinq flux"])

    ae = [TITLE("Université Rhône-Forez", "ACTE D'ENGAGEMENT – LOT 2",
                "Nettoyage des locaux de l'IUT de Charlieu"),
          P("Lot réservé aux entreprises adaptées et aux ESAT – article L2113-12 du code de la commande publique."),
          H("1. Identification du candidat"),
          P("Dénomination : ............................................  N° FINESS / SIRET : ........................"),
          P("Statut :  ☐ Entreprise adaptée   ☐ ESAT   ☐ Structure équivalente (préciser) : ..................."),
          H("2. Prix"),
          P("Prix forfaitaire mensuel HT : ..................... €  soit, pour douze mois : ..................... € HT"),
          H("3. Durée"),
          P("Douze mois à compter du 1er septembre 2027, reconductible deux fois."),
          H("4. Signature"),
          P("À ......................, le ..................... Signature du représentant habilité :")]
    ae_l = L(marche_reserve=1, reserve_base="L2113-12", allotissement=1,
             evidence=["Lot réservé aux entreprises adaptées et aux ESAT – article L2113-12"])

    qr = [TITLE("Université Rhône-Forez – 2027-NET-02", "QUESTIONS DES CANDIDATS ET RÉPONSES – N° 1",
                "Publié le 22 mars 2027"),
          H("Question 1"),
          P("« La valeur estimée indiquée à l'article 4 du RC inclut-elle les deux reconductions ? »"),
          P("Réponse : oui. Les montants de 930~200 € HT (lot 1) et 155~800 € HT (lot 2) couvrent la durée "
            "maximale de 36 mois."),
          H("Question 2"),
          P("« Une entreprise d'insertion peut-elle candidater au lot 2 ? »"),
          P("Réponse : non. Le lot 2 est réservé aux seules entreprises adaptées et ESAT (L. 2113-12). Une "
            "entreprise d'insertion peut en revanche candidater au lot 1."),
          H("Question 3"),
          P("« Combien d'heures d'insertion sont attendues ? »"),
          P("Réponse : 2~160 heures pour le lot 1 sur 36 mois ; le lot 2 n'en comporte pas. À titre indicatif, "
            "le volume horaire annuel du lot 1 est de 24~000 heures."),
          H("Question 4"),
          P("« Quel est le montant du marché actuel ? »"),
          P("Réponse : le marché en cours (2024-2027, titulaire unique) s'élève à 301~450 € HT par an pour "
            "l'ensemble des sites.")]
    qr_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=2160, marche_reserve=1,
             reserve_base="L2113-12", allotissement=1, montant_estime_ht=1086000,
             evidence=["Les montants de 930 200 € HT (lot 1) et 155 800 € HT (lot 2) couvrent la durée maximale",
                       "Le lot 2 est réservé aux seules entreprises adaptées et ESAT (L. 2113-12)",
                       "2 160 heures pour le lot 1 sur 36 mois"])
    return dict(id="d05", zip="UNIV-RF_DCE_2027-NET-02.zip",
                title="Université Rhône-Forez – nettoyage des locaux (2 lots, lot 2 réservé EA/ESAT, DCE en ZIP)",
                pieces=[PIECE("01-RC/RC_2027-NET-02.pdf", "RC", hdr, "RC 2027-NET-02", rc, rc_l),
                        PIECE("02-CCAP/CCAP_2027-NET-02.docx", "CCAP", hdr, "CCAP 2027-NET-02", ccap, ccap_l),
                        PIECE("03-CCTP/CCTP_Lot1_Campus_Mably.pdf", "CCTP", hdr, "CCTP lot 1", cctp, cctp_l,
                              cols=2, hyphen=True),
                        PIECE("04-AE/AE_Lot2_IUT_Charlieu.docx", "AE", hdr, "AE lot 2", ae, ae_l),
                        PIECE("05-Questions-Reponses/QR_n1_2027-03-22.pdf", "QR", hdr, "Questions-réponses n° 1",
                              qr, qr_l)],
                pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                     "clause_environnementale"],
                values=V(heures_insertion=2160, allotissement=1, nb_lots=2, montant_estime_ht=1086000,
                         reserve_base="L2113-12"),
                note="Estimation : RC, 930 200 + 155 800 = 1 086 000 (pas de total écrit ; reconductions comprises, "
                     "confirmé par le Q/R). Marchés à prix forfaitaires : pas de maximum. Heures : 3 % soit 2 160 "
                     "(lot 1). Pièges : 24 000 heures de nettoyage par an, CA minimal 450 000 €, marché actuel "
                     "301 450 € HT par an, 38 400 m², pénalités 150 €.")


def d06():
    c = C("le SMICTOM des Trois Vallées", "Besançon", delai=30, profil="https://www.marches-smictom3v.fr",
          ref="SMICTOM-2027-02")
    hdr = "SMICTOM des Trois Vallées – Fourniture de bacs roulants – SMICTOM-2027-02"
    rc = [TITLE("SYNDICAT MIXTE DE COLLECTE ET DE TRAITEMENT DES ORDURES MÉNAGÈRES DES TROIS VALLÉES",
                "Réglement de la consultation",
                "Fourniture, livraison et mise en place de bacs roulants pour la collecte des déchets ménagers"),
          H("Article 1 – Objet et procédure"),
          P("Accord-cadre de fournitures à bons de commande passé selon la procédure de l'appel d'offres ouvert. "
            "Les bacs sont livrés, pucés, numérotés et distribués aux usagers des 41 communes membres."),
          H("Article 2 – Absence d'allotissement"),
          P("Le marché ne fait pas l'objet d'un allotissement : la prestation est homogène et une dévolution "
            "en lots rendrait techniquement difficile la gestion du parc de bacs et la traçabilité des puces "
            "d'identification (art. L2113-11 du code de la commande publique)."),
          H("Article 3 – Durée – montants"),
          P("L'accord-cadre est conclu pour quatre ans ferme. Montant minimum : 100 000 € HT ; montant maximum : "
            "650 000 € HT sur la durée totale. À titre indicatif, le précédent marché (2023-2026) a donné lieu à "
            "512~300 € HT de commandes."),
          H("Article 4 – Capacités"),
          P("Chiffre d'affaires annuel moyen des trois derniers exercices au moins égal à 300 000 € HT ; "
            "liste des principales livraisons ; certificats de conformité NF EN 840."),
          H("Article 5 – Critères d'attribution"),
          TAB([["Critère", "Poids"], ["Prix", "50 %"],
               ["Valeur technique (qualité des bacs, délais, logistique de distribution)", "35 %"],
               ["Performances environnementales : taux de matière recyclée, émissions liées au transport, "
                "reprise des bacs usagés", "15 %"]], widths=[5, 1], align="lr"),
          H("Article 6 – Échantillons"),
          P("Un bac de 140 litres et un bac de 240 litres sont déposés au siège du syndicat avant la date limite.")]
    rc_l = L(critere_environnemental=1, allotissement=0, montant_max_ht=650000,
             evidence=["Le marché ne fait pas l'objet d'un allotissement",
                       "montant maximum : 650 000 € HT sur la durée totale",
                       "Performances environnementales : taux de matière recyclée"])

    ccap = [TITLE("SMICTOM des Trois Vallées", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre à bons de commande – bacs roulants"),
            H("Article 1 – Forme et montant"),
            P("Le présent accord-cadre, non alloti, est exécuté au moyen de bons de commande. Il est conclu pour "
              "une durée de quatre ans à compter de sa notification."),
            P("Le montant des commandes est compris entre un minimum de cent mille euros hors taxes (100 000 € HT) "
              "et un maximum de six cent cinquante mille euros hors taxes (650 000 € HT) pour la durée totale de "
              "l'accord-cadre."),
            ] + art_pieces(c, 0, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP ;",
                                  "le bordereau des prix unitaires ;", "le CCAG-FCS."]) + [
            H("Article 3 – Exigences environnementales d'exécution"),
            P("Les cuves des bacs contiennent au minimum 30 % de polyéthylène haute densité recyclé. Le titulaire "
              "reprend, à la demande du syndicat, les bacs usagés ou cassés et les achemine vers une filière de "
              "recyclage ; il en transmet les justificatifs. Les livraisons sont groupées par commune et les "
              "bacs livrés sans film plastique individuel."),
            H("Article 4 – Pénalités"),
            P("Retard de livraison : 200 € par jour calendaire. Bac non conforme non remplacé sous 15 jours : "
              "35 € par bac."),
            H("Article 5 – Garanties"),
            P("Les bacs sont garantis 10 ans pièces, hors vandalisme. Le titulaire justifie d'une assurance "
              "responsabilité civile de 1~000~000 € minimum."),
            ] + art_paiement(c, 0) + art_litiges(c, 2)
    ccap_l = L(clause_environnementale=1, allotissement=0, montant_max_ht=650000,
               evidence=["Le présent accord-cadre, non alloti",
                         "un maximum de six cent cinquante mille euros hors taxes (650 000 € HT)",
                         "reprend, à la demande du syndicat, les bacs usagés"])

    cctp = [TITLE("SMICTOM des Trois Vallées", "CCTP", "Bacs roulants à deux et quatre roues"),
            H("1. Normes"),
            P("Bacs conformes aux normes NF EN 840-1 à 6, poignées ergonomiques, couvercles de couleur jaune "
              "(emballages) ou bordeaux (ordures ménagères résiduelles)."),
            H("2. Gamme"),
            TAB([["Volume", "Roues", "Quantité prévisionnelle sur 4 ans"],
                 ["140 L", "2", "6 500"], ["240 L", "2", "9 800"], ["360 L", "2", "1 200"],
                 ["770 L", "4", "450"]], widths=[1.5, 1, 3], align="lrr"),
            H("3. Identification"),
            P("Chaque bac est équipé d'une puce RFID UHF et d'un numéro gravé ; le fichier de dotation est "
              "transmis au format CSV."),
            H("4. Fin de vie"),
            P("Le titulaire organise la reprise des bacs usagés collectés par le syndicat et leur recyclage "
              "matière ; le taux de matière recyclée des bacs neufs est d'au moins 30 %.")]
    cctp_l = L(clause_environnementale=1,
               evidence=["Le titulaire organise la reprise des bacs usagés collectés par le syndicat"])

    bpu = [TITLE("SMICTOM des Trois Vallées", "BORDEREAU DES PRIX UNITAIRES", "SMICTOM-2027-02"),
           RTAB([["Code", "Désignation", "Prix unitaire HT", "Prix unitaire TTC"],
                 ["B140", "Bac 140 L, 2 roues, pucé", "", ""],
                 ["B240", "Bac 240 L, 2 roues, pucé", "", ""],
                 ["B360", "Bac 360 L, 2 roues, pucé", "", ""],
                 ["B770", "Bac 770 L, 4 roues, pucé", "", ""],
                 ["DIS", "Distribution en porte-à-porte (par bac)", "", ""],
                 ["REP", "Reprise et recyclage d'un bac usagé", "", ""]], widths=[0.8, 3.5, 1.4, 1.4], align="llrr"),
           P("Le candidat indique ses prix en chiffres, avec deux décimales.")]
    bpu_l = L()
    return dict(id="d06", title="SMICTOM des Trois Vallées – bacs roulants (accord-cadre non alloti, maximum en lettres)",
                pieces=[PIECE("RC_bacs_2027.docx", "RC", hdr, "RC", rc, rc_l),
                        PIECE("CCAP_bacs_2027.pdf", "CCAP", hdr, "CCAP", ccap, ccap_l),
                        PIECE("CCTP_bacs_2027.pdf", "CCTP", hdr, "CCTP", cctp, cctp_l),
                        PIECE("BPU_bacs_2027.pdf", "BPU", hdr, "BPU", bpu, bpu_l)],
                pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_max_ht=650000),
                note="Maximum : 650 000 € HT pour la durée totale de quatre ans ferme (en lettres et en chiffres). "
                     "Pas d'estimation, pas d'insertion. Pièges : minimum 100 000, précédent marché 512 300 €, "
                     "CA moyen 300 000 €, assurance 1 000 000 €, pénalités 200 € et 35 €, quantités prévisionnelles.")


def d07():
    c = C("la Ville de Port-Ménil", "Rennes", delai=30, profil="https://www.megalis-ouest.example/portmenil",
          ref="PM-2027-RS01")
    hdr = "Ville de Port-Ménil – Restauration scolaire – PM-2027-RS01"
    rc = [TITLE("VILLE DE PORT-MÉNIL", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture et livraison de repas en liaison froide et de pain pour la restauration scolaire et "
                "l'accueil de loisirs"),
          H("Article 1 – Objet – allotissement"),
          P("La consultation est décomposée en 2 lots : lot 1 – confection et livraison de repas en liaison "
            "froide ; lot 2 – fourniture de pain frais pour les quatre offices. Chaque lot donne lieu à un "
            "accord-cadre à bons de commande."),
          H("Article 2 – Valeur estimée"),
          P("Le montant estimatif annuel est de 388~500 € HT pour le lot 1 (valorisation du détail quantitatif "
            "joint) et de 14~200 € HT pour le lot 2, soit, pour la durée maximale de quatre ans, "
            "1~610~800 € HT pour l'ensemble de la consultation."),
          P("Pour mémoire, les dépenses de restauration de la Ville en 2026 se sont élevées à 371~250 € HT."),
          H("Article 3 – Critères (lot 1)"),
          LST(["Qualité gustative et nutritionnelle des menus, sur la base d'un plan alimentaire de 20 jours : 40 % ;",
               "Prix : 40 % ;",
               "Performance environnementale : part de produits issus de circuits de proximité, réduction des "
               "emballages et du gaspillage alimentaire : 20 %."]),
          P("Lot 2 : prix 70 %, qualité du pain (dégustation d'échantillons) 30 %."),
          H("Article 4 – Dépôt des offres"),
          P("Date limite : jeudi 3 juin 2027, 12h00. Une dégustation est organisée le 10 juin 2027.")]
    rc_l = L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=1610800,
             evidence=["La consultation est décomposée en 2 lots",
                       "soit, pour la durée maximale de quatre ans, 1 610 800 € HT pour l'ensemble",
                       "Performance environnementale : part de produits issus de circuits de proximité"])

    ccap = [TITLE("VILLE DE PORT-MÉNIL", "CCAP", "Restauration scolaire – accords-cadres à bons de commande (2 lots)"),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux lots 1 (repas en liaison froide) et 2 (pain)."),
            H("Article 2 – Durée"),
            P("Chaque accord-cadre prend effet le 30 août 2027 pour une année scolaire. Il est reconductible "
              "trois fois par tacite reconduction, soit une durée maximale de quatre années scolaires."),
            H("Article 3 – Montants annuels"),
            TAB([["", "Minimum annuel HT", "Maximum annuel HT"],
                 ["Lot 1 – Repas", "250 000 €", "480 000 €"],
                 ["Lot 2 – Pain", "8 000 €", "22 000 €"]], widths=[2, 1.6, 1.6], align="lrr"),
            P("Les montants minimum et maximum s'entendent pour chaque année d'exécution."),
            H("Article 4 – Qualité des denrées"),
            P("Le titulaire du lot 1 garantit, en valeur d'achat, au moins 50 % de produits durables et de "
              "qualité dont au moins 25 % issus de l'agriculture biologique. Les repas sont livrés en bacs "
              "gastronormes inox réutilisables ; les barquettes plastiques sont proscrites. Les excédents "
              "non servis sont pesés chaque semaine et un plan de réduction du gaspillage est présenté chaque "
              "trimestre."),
            H("Article 5 – Engagement d'insertion (lot 1)"),
            P("Pendant toute la durée du marché, le titulaire du lot 1 emploie au moins une personne rencontrant "
              "des difficultés sociales ou professionnelles particulières (contrat de professionnalisation, "
              "CDDI ou mise à disposition par une SIAE), affectée à la production ou à la livraison des repas "
              "de la Ville, à hauteur d'un mi-temps au minimum."),
            H("Article 6 – Pénalités"),
            P("Repas manquants : 15 € par repas. Livraison aprés 10h30 : 150 € par office et par jour. "
              "Non-respect des grammages : 300 € par constat."),
            ] + art_paiement(c, 1) + art_resiliation(c, 0)
    ccap_l = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=2,
               montant_max_ht=2008000,
               evidence=["commun aux lots 1 (repas en liaison froide) et 2 (pain)",
                         "Il est reconductible trois fois", "Lot 1 – Repas 250 000 € 480 000 €",
                         "Lot 2 – Pain 8 000 € 22 000 €", "[(480 000 + 22 000) × 4]",
                         "le titulaire du lot 1 emploie au moins une personne",
                         "les barquettes plastiques sont proscrites"])

    dqe = [TITLE("Ville de Port-Ménil – PM-2027-RS01", "DÉTAIL QUANTITATIF ESTIMATIF – LOT 1",
                 "Valorisation établie par la Ville (prix de référence) – année scolaire type"),
           RTAB([["Prestation", "Quantité annuelle", "Prix de référence HT", "Montant HT"],
                 ["Repas maternelle", "38 000", "3,45", "131 100,00"],
                 ["Repas élémentaire", "48 000", "3,80", "182 400,00"],
                 ["Repas adulte", "6 000", "5,10", "30 600,00"],
                 ["Goûter ALSH", "30 000", "0,85", "25 500,00"],
                 ["Pique-nique sorties", "4 500", "4,20", "18 900,00"],
                 ["Total annuel HT", "", "", "388 500,00"]], widths=[2.6, 1.3, 1.5, 1.5], align="lrrr",
                bold_last=True),
           P("Ce détail a servi au calcul de la valeur estimée indiquée au règlement de la consultation. Le "
             "candidat remplit son propre DQE dans le cadre de réponse ; les quantités (92~500 repas par an "
             "environ) ne sont pas contractuelles.")]
    dqe_l = L(allotissement=1, evidence=["DÉTAIL QUANTITATIF ESTIMATIF – LOT 1"])

    ae = [TITLE("Ville de Port-Ménil", "ACTE D'ENGAGEMENT", "Restauration scolaire – PM-2027-RS01"),
          H("1. Lot concerné"),
          P("☐ Lot 1 – repas en liaison froide      ☐ Lot 2 – pain frais   (un acte d'engagement par lot)"),
          H("2. Contractant"),
          P("Je soussigné(e) ..............................., agissant au nom et pour le compte de la société "
            "............................... (capital social : ................ €), m'engage à exécuter les "
            "prestations aux prix du bordereau, dans la limite des montants minimum et maximum fixés au CCAP."),
          H("3. Compte à créditer"),
          P("IBAN : ...........................................  BIC : ................."),
          H("4. Signature"),
          P("À Port-Ménil, le ....................")]
    ae_l = L(allotissement=1, evidence=["Lot 1 – repas en liaison froide"])
    return dict(id="d07", title="Ville de Port-Ménil – repas et pain pour la restauration scolaire (2 lots, DQE valorisé)",
                pieces=[PIECE("RC_PM-2027-RS01.pdf", "RC", hdr, "Règlement de la consultation", rc, rc_l),
                        PIECE("CCAP_PM-2027-RS01.pdf", "CCAP", hdr, "CCAP", ccap, ccap_l, hyphen=True),
                        PIECE("DQE_lot1_valorise.pdf", "DQE", hdr, "DQE lot 1", dqe, dqe_l),
                        PIECE("AE_PM-2027-RS01.docx", "AE", hdr, "Acte d'engagement", ae, ae_l)],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=1610800, montant_max_ht=2008000),
                note="Maximum : maxima annuels du CCAP (480 000 + 22 000) « pour chaque année d'exécution » × 4 "
                     "années (initiale + 3 reconductions) = 2 008 000. Estimation : RC, 1 610 800 sur quatre ans "
                     "(388 500 + 14 200 par an ; 388 500 = total du DQE valorisé, qui n'est qu'annuel et pour le "
                     "lot 1 : pièce DQE laissée vide). Insertion sans nombre d'heures (un mi-temps) : heures vides. "
                     "Pièges : dépenses 2026 371 250 €, minima, pénalités 15 €, 150 €, 300 €, 92 500 repas.")


def d08():
    c = C("la SEM Val de Dronne Aménagement", "Bordeaux", ccag="travaux", delai=30,
          profil="https://semvda.marches-securises.example", ref="SEMVDA-ZPH-T2")
    hdr = "SEMVDA – SEM au capital de 2 400 000 € – ZAC des Prés-Hauts, tranche 2"
    rc = [TITLE("SEM VAL DE DRONNE AMÉNAGEMENT (SEMVDA)", "RÈGLEMENT DE CONSULTATION",
                "ZAC des Prés-Hauts à Ribérac-la-Dronne – Travaux d'aménagement des espaces publics, tranche 2",
                "Mandataire : SEMVDA, concessionnaire d'aménagement – procédure adaptée (R2123-1 1°)"),
          H("ARTICLE 1 – OBJET"),
          P("Réalisation des voiries, réseaux et aménagements paysagers de la tranche 2 de la ZAC (62 lots à "
            "bâtir et un îlot de 40 logements sociaux)."),
          H("ARTICLE 2 – LOTS"),
          P("Les travaux sont dévolus en trois lots traités par marchés séparés :"),
          LST(["Lot 1 – Terrassements, voirie, bordures : 1,42 M€ HT ;",
               "Lot 2 – Réseaux humides (EU, EP, AEP) : 0,86 M€ HT ;",
               "Lot 3 – Aménagements paysagers et mobilier : 0,31 M€ HT ;"]),
          P("soit un montant prévisionnel des travaux de 2,59 M€ HT (valeur juin 2027)."),
          H("ARTICLE 3 – CLAUSE SOCIALE"),
          P("Chaque lot comporte une clause d'insertion dont le volume d'heures est fixé dans l'annexe "
            "« clause d'insertion » au CCAP."),
          H("ARTICLE 4 – JUGEMENT"),
          P("Prix : 60 % – Valeur technique : 30 % – Insertion : 10 %. Le critère insertion apprécie les "
            "modalités d'accueil, d'encadrement et de formation des personnes en insertion ainsi que les "
            "perspectives d'embauche à l'issue du chantier."),
          H("ARTICLE 5 – CANDIDATURE"),
          P("DC1, DC2, attestation d'assurance décennale, références de moins de cinq ans ; pour le lot 2, "
            "certification ASTEE ou équivalent pour les branchements.")]
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=3,
             montant_estime_ht=2590000,
             evidence=["Les travaux sont dévolus en trois lots",
                       "soit un montant prévisionnel des travaux de 2,59 M€ HT",
                       "Chaque lot comporte une clause d'insertion",
                       "Prix : 60 % – Valeur technique : 30 % – Insertion : 10 %"])

    ccap = [TITLE("SEMVDA", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "ZAC des Prés-Hauts – tranche 2 – lots 1 à 3"),
            H("Article 1 – Objet"),
            P("Marchés de travaux passés par la SEMVDA au nom et pour le compte du concédant, en trois lots."),
            H("Article 2 – Délais"),
            P("Délai d'exécution : 14 mois pour le lot 1, 10 mois pour le lot 2, 6 mois pour le lot 3, "
              "périodes de préparation comprises."),
            H("Article 3 – Clause d'insertion"),
            P("Les titulaires réalisent une action d'insertion professionnelle au profit de personnes "
              "éloignées de l'emploi. Le nombre d'heures exigé par lot est fixé en annexe ; son non-respect "
              "entraîne une pénalité de 75 € HT par heure manquante. La Maison de l'emploi du Périgord "
              "Vert assure l'accompagnement."),
            H("Article 4 – Chantier à faibles nuisances"),
            P("Les déblais sont réemployés en remblai sur l'emprise de la ZAC dans la mesure de leurs "
              "caractéristiques. Les entreprises trient les déchets de chantier, limitent les nuisances sonores "
              "et nettoient les roues des camions avant sortie sur la voie publique."),
            H("Article 5 – Retenue de garantie – assurances"),
            P("Retenue de garantie de 5 %. Assurance responsabilité civile : 2~000~000 € par sinistre ; "
              "assurance décennale obligatoire pour les ouvrages de voirie."),
            ] + art_paiement(c, 0) + art_litiges(c, 0)
    ccap_l = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=3,
               evidence=["en trois lots", "Les titulaires réalisent une action d'insertion professionnelle",
                         "Les déblais sont réemployés en remblai sur l'emprise de la ZAC"])

    ann = [TITLE("SEMVDA – ZAC des Prés-Hauts T2", "ANNEXE AU CCAP – CLAUSE D'INSERTION", ""),
           H("1. Volumes d'heures"),
           P("Les volumes ont été calculés à partir du montant estimé de chaque lot, de la part de main-d'œuvre "
             "propre au corps d'état et d'un taux d'insertion d'environ 7 % des heures de main-d'œuvre :"),
           TAB([["Lot", "Montant estimé HT", "Heures d'insertion"],
                ["Lot 1", "1 420 000 €", "1 850 h"], ["Lot 2", "860 000 €", "950 h"],
                ["Lot 3", "310 000 €", "280 h"], ["Total", "2 590 000 €", "3 080 h"]],
               widths=[1.5, 2, 2], align="lrr"),
           H("2. Rappel"),
           P("Sur la tranche 1 de la ZAC (2022-2024), 4~210 heures d'insertion ont été réalisées par les "
             "entreprises, pour un objectif de 3~600 heures."),
           H("3. Publics"),
           P("Demandeurs d'emploi de longue durée, allocataires du RSA, jeunes sans qualification, personnes "
             "handicapées, résidents des quartiers prioritaires de Ribérac-la-Dronne.")]
    ann_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=3080, allotissement=1, nb_lots=3,
              montant_estime_ht=2590000,
              evidence=["Total 2 590 000 € 3 080 h", "Lot 1 1 420 000 € 1 850 h"])

    qr = [TITLE("SEMVDA – ZAC des Prés-Hauts T2", "RÉPONSES AUX QUESTIONS DES CANDIDATS – N° 2", "12 juillet 2027"),
          H("Question 3 (lot 2)"),
          P("« Les branchements particuliers sont-ils à chiffrer ? » – Oui, selon les prix 2.40 à 2.46 du DQE."),
          H("Question 4 (lot 3)"),
          P("« L'annexe d'insertion indique 280 heures pour le lot 3, ce qui paraît faible au regard du "
            "montant. Pouvez-vous confirmer ? »"),
          P("Réponse : il s'agit d'une erreur matérielle. Le volume d'heures d'insertion du lot 3 est porté à "
            "320 heures. Le total de l'opération s'établit en conséquence à 3~120 heures ; les lots 1 et 2 sont "
            "inchangés."),
          H("Question 5"),
          P("« Le capital social minimum exigé des candidats est-il de 100 000 € ? » – Non, aucun capital "
            "minimum n'est exigé.")]
    qr_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=3120, allotissement=1,
             evidence=["Le volume d'heures d'insertion du lot 3 est porté à 320 heures",
                       "Le total de l'opération s'établit en conséquence à 3 120 heures"])
    return dict(id="d08", zip="ZAC_Pres-Hauts_T2_DCE.zip",
                title="SEMVDA – ZAC des Prés-Hauts tranche 2 (3 lots de travaux, heures corrigées par Q/R, DCE en ZIP)",
                pieces=[PIECE("DCE/RC_ZPH-T2.pdf", "RC", hdr, "RC", rc, rc_l),
                        PIECE("DCE/CCAP_ZPH-T2.pdf", "CCAP", hdr, "CCAP", ccap, ccap_l, cols=2, hyphen=True),
                        PIECE("DCE/Annexes/Annexe_clause_insertion.pdf", "AUTRE", hdr, "Annexe insertion", ann, ann_l),
                        PIECE("Questions-reponses/Reponses_candidats_n2.docx", "QR", hdr, "Q/R n° 2", qr, qr_l)],
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=3120, allotissement=1, nb_lots=3, montant_estime_ht=2590000),
                note="Estimation : RC, 2,59 M€ HT (1,42 + 0,86 + 0,31 M€), même total en euros dans l'annexe. "
                     "Heures : annexe 1 850 + 950 + 280 = 3 080, corrigées par le Q/R n° 2 (lot 3 porté à 320) : "
                     "3 120. Marchés ordinaires : pas de maximum. Pièges : capital de la SEM 2 400 000 € (en-tête), "
                     "4 210 et 3 600 heures de la tranche 1, assurance 2 000 000 €, pénalité 75 €, 62 lots à bâtir "
                     "(lots de terrain, pas des lots du marché), 40 logements, capital de 100 000 € (Q/R).")


def d09():
    c = C("la Communauté de communes du Pays de Vernisse", "Dijon", delai=30,
          profil="https://marches.paysdevernisse.fr", ref="CCPV-EP-2027")
    hdr = "Communauté de communes du Pays de Vernisse – Éclairage public – CCPV-EP-2027"
    rc = [TITLE("COMMUNAUTÉ DE COMMUNES DU PAYS DE VERNISSE", "RÈGLEMENT DE LA CONSULTATION",
                "Entretien, maintenance et petits travaux sur les installations d'éclairage public",
                "Appel d'offres ouvert – accord-cadre mono-attributaire à bons de commande"),
          H("Article 1 – Objet"),
          P("Maintenance préventive et curative des installations d'éclairage public et de signalisation "
            "lumineuse des 27 communes membres (parc d'environ 6.840 points lumineux et 212 armoires)."),
          H("Article 2 – Allotissement"),
          P("L'accord-cadre n'est pas décomposé en lots (article L. 2113-11 du CCP) : la maintenance, les "
            "dépannages et les petits travaux portent sur les mêmes ouvrages et leur séparation compromettrait "
            "la continuité du service et la responsabilité des interventions."),
          H("Article 3 – Durée – dépense prévisionnelle"),
          P("Durée : un an à compter du 1er janvier 2028, reconductible trois fois. La dépense prévisionnelle est "
            "d'environ 280.000 € HT par an, soit 1.120.000 € HT sur quatre ans."),
          H("Article 4 – Capacités"),
          P("Chiffre d'affaires annuel minimum : 400.000 € HT ; habilitations électriques B2V, BR, H0 ; "
            "moyens élévateurs (au moins deux nacelles)."),
          H("Article 5 – Critères"),
          P("1) Prix (sur DQE non communiqué) : 50 %. 2) Valeur technique : 40 %. 3) Performance "
            "environnementale des interventions (véhicules utilisés, gestion et traçabilité des déchets, "
            "lampes et luminaires déposés) : 10 %."),
          ] + art_retrait(c, 0)
    rc_l = L(critere_environnemental=1, allotissement=0, montant_estime_ht=1120000,
             evidence=["L'accord-cadre n'est pas décomposé en lots",
                       "soit 1.120.000 € HT sur quatre ans",
                       "Performance environnementale des interventions"])

    ccap = [TITLE("Communauté de communes du Pays de Vernisse", "CCAP",
                  "Accord-cadre à bons de commande – éclairage public"),
            H("Article 1 – Objet et forme"),
            P("Accord-cadre mono-attributaire à bons de commande, non alloti, conclu en application des articles "
              "R2162-1 à R2162-6 et R2162-13 du code de la commande publique."),
            H("Article 2 – Montants"),
            P("Le montant minimum des commandes est de 200.000,00 € HT pour la durée totale de l'accord-cadre. "
              "Le montant maximum est fixé à 1.250.000,00 € HT (1.500.000,00 € TTC) pour toute la durée de "
              "l'accord-cadre, reconductions incluses."),
            H("Article 3 – Durée"),
            P("Un an à compter du 1er janvier 2028, reconductible tacitement trois fois par période d'un an."),
            H("Article 4 – Délais d'intervention – pénalités"),
            SPLIT("Mise en sécurité sous 4 heures après appel ; dépannage d'un point lumineux isolé sous 5 jours "
                  "ouvrés. Pénalité : 250,00 € par jour de",
                  "retard ; 500,00 € par mise en sécurité tardive."),
            H("Article 5 – Clause d'insertion"),
            P("Le titulaire s'engage à réserver 420 heures de travail, sur la durée totale de l'accord-cadre, "
              "à des personnes rencontrant des difficultés sociales ou professionnelles. Le suivi est assuré par "
              "le facilitateur du PLIE du Val de Saône. Une pénalité de 50 € HT est appliquée par heure non "
              "réalisée."),
            H("Article 6 – Déchets"),
            P("Les lampes, luminaires et appareillages déposés sont remis à l'éco-organisme agréé pour les DEEE ; "
              "les bordereaux sont annexés au rapport annuel. Les luminaires de remplacement sont à LED, d'une "
              "efficacité lumineuse d'au moins 130 lm/W, sans émission au-dessus de l'horizontale."),
            ] + art_paiement(c, 1) + art_resiliation(c, 1) + art_litiges(c, 1)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=420, clause_environnementale=1,
               allotissement=0, montant_max_ht=1250000,
               evidence=["non alloti", "Le montant maximum est fixé à 1.250.000,00 € HT",
                         "s'engage à réserver 420 heures de travail",
                         "sont remis à l'éco-organisme agréé pour les DEEE"])

    cctp = [TITLE("Communauté de communes du Pays de Vernisse", "CCTP", "Éclairage public"),
            H("1. Patrimoine"),
            P("Le patrimoine comprend 6 840 points lumineux, dont 41 % équipés de LED, et 212 armoires de "
              "commande. Les inventaires sont tenus dans le SIG communautaire."),
            H("2. Maintenance préventive"),
            P("Une tournée de surveillance nocturne est réalisée chaque mois. Le nettoyage des vasques et le "
              "contrôle des armoires sont annuels."),
            H("3. Retour d'expérience"),
            P("Le titulaire sortant à réalisé 512 heures d'insertion sur la période 2024-2027 ; les habitants "
              "signalent les pannes via l'application « Vernisse Signal »."),
            H("4. Gestion des déchets et sobriété"),
            P("Le titulaire trie les déchets issus des interventions (lampes, câbles, mâts) et les oriente vers "
              "les filières de recyclage. Les abaissements de puissance nocturnes sont programmés conformément à "
              "l'arrêté du 27 décembre 2018.")]
    cctp_l = L(clause_environnementale=1, allotissement=None,
               evidence=["Le titulaire trie les déchets issus des interventions"])

    bpu = [TITLE("CCPV-EP-2027", "BORDEREAU DES PRIX UNITAIRES", "Éclairage public"),
           TAB([["N°", "Désignation", "Unité", "PU HT"],
                ["1.1", "Visite de maintenance préventive d'une armoire", "u", ""],
                ["1.2", "Remplacement d'une lanterne LED (fourniture et pose)", "u", ""],
                ["1.3", "Mise en sécurité d'un candélabre accidenté", "u", ""],
                ["2.1", "Heure de nacelle avec deux électriciens", "h", ""],
                ["2.2", "Terrassement en tranchée sous trottoir", "ml", ""],
                ["3.1", "Déplacement d'astreinte (nuit, week-end)", "forfait", ""]],
               widths=[0.6, 4.2, 0.9, 1.2], align="llll"),
           P("Le candidat ne modifie pas les libellés ; tout prix non renseigné rend l'offre irrégulière.")]
    bpu_l = L()
    return dict(id="d09", title="CC du Pays de Vernisse – maintenance de l'éclairage public (accord-cadre non alloti)",
                pieces=[PIECE("RC_CCPV-EP-2027.pdf", "RC", hdr, "RC", rc, rc_l),
                        PIECE("CCAP_CCPV-EP-2027.pdf", "CCAP", hdr, "CCAP", ccap, ccap_l, hyphen=True),
                        PIECE("CCTP_CCPV-EP-2027.docx", "CCTP", hdr, "CCTP", cctp, cctp_l),
                        PIECE("BPU_CCPV-EP-2027.pdf", "BPU", hdr, "BPU", bpu, bpu_l)],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=420, allotissement=0, montant_estime_ht=1120000, montant_max_ht=1250000),
                note="Montants à points comme séparateurs de milliers. Maximum : 1.250.000,00 € HT pour toute la "
                     "durée, reconductions incluses (TTC 1.500.000 à côté). Estimation : 1.120.000 € HT sur quatre "
                     "ans (RC). Heures : 420 (CCAP). Pièges : 512 heures du titulaire sortant (CCTP), minimum "
                     "200.000, CA 400.000, pénalités 250 et 500 €, 6.840 points lumineux.")


def d10():
    c = C("le CCAS de Roche-Aiglon", "Grenoble", delai=30, profil="https://www.marches-alpes-publics.example",
          ref="CCAS-RA-2027-05")
    hdr = "CCAS de Roche-Aiglon – Portage de repas à domicile – CCAS-RA-2027-05"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Services", "Département de publication : 38"),
            P("Section I : Identification de l'acheteur"),
            P("Nom complet de l'acheteur : Centre communal d'action sociale de Roche-Aiglon"),
            P("Type de Numéro national d'identification : SIRET  N° : 26380000000017"),
            P("Section II : Communication"),
            P("Lien vers le profil d'acheteur : https://www.marches-alpes-publics.example"),
            P("Section III : Procédure"),
            P("Type de procédure : Procédure adaptée ouverte (services sociaux et autres services spécifiques, "
              "article R2123-1 3° du CCP)"),
            P("Conditions de participation : Marché réservé : OUI. Le marché est réservé, en application de "
              "l'article L2113-15 du code de la commande publique, aux entreprises de l'économie sociale et "
              "solidaire au sens de l'article 1er de la loi n° 2014-856 du 31 juillet 2014 poursuivant une "
              "mission de service public liée à la prestation."),
            P("Section IV : Identification du marché"),
            P("Intitulé du marché : Préparation et portage de repas à domicile pour les personnes âgées et "
              "handicapées"),
            P("Code CPV principal : 85312000 – Services d'aide sociale sans hébergement"),
            P("Type de marché : Services"),
            P("Description succincte : Accord-cadre à bons de commande, 14~000 repas par an environ. Durée du "
              "marché : 36 mois, non reconductible. Montant maximum : 95~000 € HT par an."),
            P("Valeur estimée (H.T.) : 78 000 euros (montant annuel)"),
            P("La consultation comporte des tranches : Non. La consultation prévoit une réservation de tout ou "
              "partie du marché : Oui."),
            P("Section V : Lots  –  Marché alloti : Non"),
            P("Section VI : Informations complémentaires"),
            P("Visite facultative de la cuisine du foyer-logement Les Edelweiss le 4 mai 2027. Date limite de "
              "réception des offres : 21 mai 2027 à 12h00.")]
    avis_l = L(marche_reserve=1, reserve_base="L2113-15", allotissement=0, montant_max_ht=285000,
               evidence=["en application de l'article L2113-15 du code de la commande publique",
                         "Durée du marché : 36 mois, non reconductible. Montant maximum : 95 000 € HT par an.",
                         "[95 000 × 3 ans]", "Marché alloti : Non"])

    rc = [TITLE("CENTRE COMMUNAL D'ACTION SOCIALE DE ROCHE-AIGLON", "Règlement de la consultation",
                "Préparation et portage de repas à domicile"),
          H("Article 1 – Objet"),
          P("Le CCAS confie au titulaire la confection, le conditionnement et la livraison au domicile des "
            "bénéficaires de repas complets (déjeuner et, le cas échéant, dîner), y compris les régimes "
            "prescrits."),
          H("Article 2 – Marché réservé"),
          P("Le présent marché est réservé aux entreprises de l'ESS mentionnées à l'article L2113-15 du CCP. "
            "Il n'est pas réservé au titre des articles L2113-12 ou L2113-13. Un opérateur s'étant vu attribuer, "
            "sur ce fondement, un marché du CCAS pour le même service au cours des trois dernières années ne "
            "peut candidater."),
          H("Article 3 – Forme"),
          P("Marché unique, non alloti, passé sous forme d'accord-cadre à bons de commande pour 36 mois."),
          H("Article 4 – Budget"),
          P("Pour information, le budget annuel de fonctionnement du CCAS est de 1,9 M€ ; le service de portage "
            "est financé en partie par la participation des bénéficiaires."),
          H("Article 5 – Critères"),
          P("Qualité des repas et adaptation aux régimes : 45 % ; prix : 35 % ; organisation des tournées et "
            "qualité de la relation aux bénéficiaires : 20 %.")]
    rc_l = L(marche_reserve=1, reserve_base="L2113-15", allotissement=0,
             evidence=["Le présent marché est réservé aux entreprises de l'ESS mentionnées à l'article L2113-15",
                       "Marché unique, non alloti"])

    ccp = [TITLE("CCAS de Roche-Aiglon", "CAHIER DES CLAUSES PARTICULIÈRES (CCP)",
                 "Valant CCAP et CCTP – portage de repas à domicile"),
           H("Article 1 – Durée et montant"),
           P("L'accord-cadre est conclu pour trente-six mois à compter du 1er juillet 2027. Il est exécuté par bons "
             "de commande mensuels, sans minimum et dans la limite d'un montant maximum de 95~000 € HT par "
             "période de douze mois."),
           H("Article 2 – Prestations"),
           P("Les repas sont livrés entre 9h00 et 12h00 du lundi au samedi ; les repas du dimanche sont livrés "
             "le samedi. Le livreur signale au CCAS toute situation préoccupante constatée au domicile."),
           H("Article 3 – Conditions environnementales"),
           P("Les repas sont conditionnés dans des contenants consignés et réutilisables, repris à la livraison "
             "suivante. Les tournées sont effectuées avec des véhicules électriques ou au GNV à partir de la "
             "deuxième année d'exécution."),
           H("Article 4 – Pénalités"),
           P("Repas non livré : 20 € par repas ; retard supérieur à une heure : 10 € par repas.")]
    ccp_l = L(clause_environnementale=1, montant_max_ht=285000,
              evidence=["conclu pour trente-six mois", "un montant maximum de 95 000 € HT par période de douze mois",
                        "[95 000 × 3 périodes]", "contenants consignés et réutilisables"])

    bpu = [TITLE("CCAS de Roche-Aiglon", "BORDEREAU DES PRIX", "CCAS-RA-2027-05"),
           TAB([["Prestation", "Prix unitaire HT", "TVA", "Prix TTC"],
                ["Déjeuner complet, livraison comprise", "", "", ""],
                ["Déjeuner + dîner", "", "", ""],
                ["Supplément régime (diabétique, sans sel, mixé)", "", "", ""],
                ["Potage seul", "", "", ""]], widths=[3.5, 1.3, 0.8, 1.2]),
           P("Les prix sont révisés au 1er juillet de chaque année selon l'indice des prix à la consommation "
             "« Restauration collective ».")]
    bpu_l = L()
    return dict(id="d10", title="CCAS de Roche-Aiglon – portage de repas (réservé ESS L2113-15, non alloti)",
                pieces=[PIECE("Avis_BOAMP_CCAS-RA-2027-05.txt", "AVIS", hdr, "Avis", avis, avis_l),
                        PIECE("RC_portage_repas.docx", "RC", hdr, "RC", rc, rc_l),
                        PIECE("CCP_portage_repas.pdf", "CCAP", hdr, "CCP", ccp, ccp_l),
                        PIECE("BPU_portage_repas.docx", "BPU", hdr, "BPU", bpu, bpu_l)],
                pos=["marche_reserve", "clause_environnementale"],
                values=V(allotissement=0, montant_max_ht=285000, reserve_base="L2113-15"),
                note="Maximum : 95 000 € HT par période de douze mois sur 36 mois non reconductibles : 285 000. "
                     "Estimation laissée vide : seule une valeur ANNUELLE (78 000 € « montant annuel ») est écrite, "
                     "aucun total. Réservation L2113-15 (article cité ; L2113-12/13 expressément écartés). Pièges : "
                     "budget annuel du CCAS 1,9 M€, 14 000 repas, pénalités 20 € et 10 €, SIRET.")


def d11():
    c = C("la Ville de Saint-Aubin-sur-Orvanne", "Orléans", ccag="travaux", delai=30,
          profil="https://www.marches-centre-val.example/staubin", ref="STA-2027-MED")
    hdr = "Ville de Saint-Aubin-sur-Orvanne – Construction d'une médiathèque – STA-2027-MED"
    lots = [("01", "VRD – terrassements généraux", "212~000"), ("02", "Gros œuvre – maçonnerie", "685~000"),
            ("03", "Charpente métallique – bardage", "148~000"), ("04", "Étanchéité – toiture végétalisée", "96~000"),
            ("05", "Menuiseries extérieures – occultations", "174~000"), ("06", "Cloisons – doublages – plafonds", "121~000"),
            ("07", "Menuiseries intérieures bois", "88~000"), ("08", "Carrelage – faïence", "41~000"),
            ("09", "Sols souples", "48~000"), ("10", "Peinture – signalétique", "52~000"),
            ("11", "Chauffage – ventilation – plomberie", "296~000"), ("12", "Électricité CFO/CFA", "187~000")]
    rc = [TITLE("VILLE DE SAINT-AUBIN-SUR-ORVANNE", "RÈGLEMENT DE LA CONSULTATION",
                "Construction d'une médiathèque et aménagement de ses abords",
                "Procédure adaptée – article R2123-1 du code de la commande publique"),
          H("Article 1 – Objet"),
          P("Construction d'une médiathèque de 1 150 m² SU, rue des Tanneurs, et aménagement d'un jardin de "
            "lecture. Maître d'œuvre : atelier Koné & Ribault, architectes."),
          H("Article 2 – Allotissement"),
          P("Les travaux sont répartis en douze lots faisant chacun l'objet d'un marché séparé. Les estimations "
            "de la maîtrise d'œuvre (stade PRO, valeur janvier 2027) sont les suivantes :"),
          RTAB([["Lot", "Intitulé", "Estimation HT"]] + [[a, b, e + " €"] for a, b, e in lots[:7]],
               widths=[0.6, 3, 1.6], align="llr"),
          ("pagebreak",),
          RTAB([["Lot", "Intitulé (suite)", "Estimation HT"]] + [[a, b, e + " €"] for a, b, e in lots[7:]],
               widths=[0.6, 3, 1.6], align="llr"),
          P("Les candidats peuvent répondre à un ou plusieurs lots. Les offres variantes sont interdites ; la "
            "prestation supplémentaire éventuelle du lot 04 (toiture végétalisée semi-intensive) est obligatoire."),
          H("Article 3 – Délais"),
          P("Durée globale : 16 mois, dont 2 mois de préparation. Démarrage prévisionnel : septembre 2027."),
          H("Article 4 – Clause sociale"),
          P("Une action d'insertion est imposée aux titulaires des lots 01, 02, 03, 05, 06 et 11 (voir annexe "
            "insertion au CCAP). Pour mémoire, la construction du gymnase Léo-Lagrange (2024) avait permis "
            "1~800 heures d'insertion."),
          H("Article 5 – Critères"),
          P("Prix : 50 %. Valeur technique : 40 %. Gestion environnementale du chantier (tri, réduction des "
            "nuisances, bilan des déchets) : 10 %."),
          ] + art_retrait(c, 1)
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=12,
             montant_estime_ht=2148000,
             evidence=["Les travaux sont répartis en douze lots",
                       "[somme des douze estimations du tableau = 2 148 000]",
                       "Une action d'insertion est imposée aux titulaires des lots 01, 02, 03, 05, 06 et 11",
                       "Gestion environnementale du chantier"])

    ccap = [TITLE("Ville de Saint-Aubin-sur-Orvanne", "CCAP", "Construction d'une médiathèque – lots 01 à 12"),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux 12 lots. Chaque marché est conclu à prix global et forfaitaire."),
            H("Article 2 – Charte chantier vert"),
            P("Les titulaires appliquent la charte « chantier à faibles nuisances » annexée : tri des déchets en "
              "cinq flux minimum, interdiction du brûlage, bacs de rétention pour les produits dangereux, "
              "limitation des consommations d'eau et d'électricité de chantier, registre des déchets."),
            H("Article 3 – Action d'insertion"),
            P("Les titulaires des lots désignés à l'annexe insertion réalisent le nombre d'heures qui y est fixé "
              "pour leur lot, au profit de personnes éloignées de l'emploi. La pénalité est de 1,5 fois le SMIC "
              "horaire brut par heure non réalisée."),
            H("Article 4 – Pénalités de retard"),
            P("1/1000e du montant du marché par jour calendaire de retard, plafonné à 10 %."),
            H("Article 5 – Assurances"),
            P("Responsabilité civile : 3~000~000 € tous dommages confondus ; assurance décennale."),
            ] + art_paiement(c, 0) + art_litiges(c, 2)
    ccap_l = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=12,
               evidence=["commun aux 12 lots", "tri des déchets en cinq flux minimum",
                         "réalisent le nombre d'heures qui y est fixé pour leur lot"])

    ann = [TITLE("Ville de Saint-Aubin-sur-Orvanne", "ANNEXE INSERTION AU CCAP", "Médiathèque – STA-2027-MED"),
           P("Les heures d'insertion sont réparties comme suit entre les lots concernés :"),
           TAB([["Lot", "Heures"], ["01 – VRD", "150"], ["02 – Gros œuvre", "1 200"], ["03 – Charpente métallique", "250"],
                ["05 – Menuiseries extérieures", "300"], ["06 – Cloisons – doublages", "200"],
                ["11 – CVC plomberie", "350"], ["Total", "2 450"]], widths=[3, 1]),
           P("Les autres lots ne comportent pas d'obligation d'insertion. Le facilitateur de la communauté "
             "d'agglomération (service Emploi-Insertion) valide les candidatures et comptabilise les heures.")]
    ann_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=2450, allotissement=1,
              evidence=["Total 2 450", "02 – Gros œuvre 1 200"])

    ae = [TITLE("Ville de Saint-Aubin-sur-Orvanne", "ACTE D'ENGAGEMENT", "Lot 02 – Gros œuvre – maçonnerie"),
          P("Marché de travaux passé en procédure adaptée – médiathèque – lot 02 sur 12."),
          H("Article 1 – Contractant"),
          P("Je soussigné ....................................., représentant la société ..........................., "
            "m'engage sur la base de mon offre à exécuter les travaux du lot 02 pour le prix global et forfaitaire "
            "de : ...................... € HT, soit ...................... € TTC."),
          H("Article 2 – Insertion"),
          P("Je m'engage à réaliser 1¦SB¦200 heures d'insertion dans les conditions du CCAP et de son annexe."),
          H("Article 3 – Délai"),
          P("Délai propre au lot 02 : 7 mois compris dans le délai global."),
          H("Article 4 – Signature"),
          P("Fait à ........................, le ......................")]
    ae_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, allotissement=1, nb_lots=12,
             evidence=["lot 02 sur 12", "Je m'engage à réaliser 1 200 heures d'insertion"])

    qr = [TITLE("Ville de Saint-Aubin-sur-Orvanne – Médiathèque", "QUESTIONS / RÉPONSES N° 1", ""),
          P("Q1 – Lot 09 : l'estimation de 48 000 € HT paraît très inférieure au métré (1 050 m² de sols "
            "souples). Est-ce une erreur ?"),
          P("R1 – Oui, les chiffres ont été inversés lors de la mise en page. L'estimation du lot 09 est de "
            "84~000 € HT. Les autres estimations du règlement de la consultation sont inchangées."),
          P("Q2 – Les heures d'insertion peuvent-elles être réalisées par un sous-traitant ?"),
          P("R2 – Oui, à condition que le sous-traitant soit déclaré et que le titulaire transmette les "
            "justificatifs au facilitateur."),
          P("Q3 – Quel est le capital social minimum demandé ? R3 – Aucun.")]
    qr_l = L(clause_sociale="?", clause_insertion="?", allotissement=1,
             evidence=["L'estimation du lot 09 est de 84 000 € HT",
                       "R2 – Oui, à condition que le sous-traitant soit déclaré"])
    return dict(id="d11", title="Ville de Saint-Aubin-sur-Orvanne – médiathèque (12 lots, estimation corrigée par Q/R)",
                pieces=[PIECE("RC_STA-2027-MED.pdf", "RC", hdr, "RC", rc, rc_l, cols=2, hyphen=True),
                        PIECE("CCAP_STA-2027-MED.pdf", "CCAP", hdr, "CCAP", ccap, ccap_l),
                        PIECE("Annexe_insertion_CCAP.docx", "AUTRE", hdr, "Annexe insertion", ann, ann_l),
                        PIECE("AE_lot02_gros_oeuvre.docx", "AE", hdr, "AE lot 02", ae, ae_l),
                        PIECE("QR_01.pdf", "QR", hdr, "Questions-réponses n° 1", qr, qr_l)],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=2450, allotissement=1, nb_lots=12, montant_estime_ht=2184000),
                note="Estimation : somme des douze estimations du RC (pas de total écrit) = 2 148 000, lot 09 corrigé "
                     "par le Q/R n° 1 (48 000 -> 84 000) : 2 184 000. Heures : annexe, total écrit 2 450 "
                     "(150 + 1 200 + 250 + 300 + 200 + 350). Pas de maximum. Pièges : 1 800 heures du gymnase, "
                     "1 150 m², 1 050 m², assurance 3 000 000 €, AE du lot 02 (1 200 h).")


def d12():
    c = C("le Syndicat mixte d'eau potable du Val de Lisle", "Lille", ccag="travaux", delai=30,
          profil="https://smep-valdelisle.achatpublic.example", ref="SMEP-2027-AC01")
    hdr = "SMEP du Val de Lisle – Renouvellement des réseaux d'eau potable – SMEP-2027-AC01"
    rc = [TITLE("SYNDICAT MIXTE D'EAU POTABLE DU VAL DE LISLE", "RÈGLEMENT DE LA CONSULTATION",
                "Accord-cadre de travaux de renouvellement des canalisations et branchements d'eau potable",
                "Appel d'offres ouvert – articles R2124-2 et R2162-1 et suivants du CCP"),
          H("1 – Objet"),
          P("Renouvellement de canalisations en fonte et PEHD (DN 60 à 300), reprise des branchements en plomb "
            "résiduels et pose d'équipements de réseau sur le territoire des 34 communes adhérentes."),
          H("2 – Allotissement et montants"),
          P("L'accord-cadre est divisé en 2 lots géographiques, chacun attribué à un opérateur unique. Les "
            "montants sont fixés pour la durée totale (un an reconductible trois fois) :"),
          RTAB([["Lot", "Minimum HT", "Maximum HT", "Maximum TTC"],
                ["Lot 1 – Secteur Est", "400 000 €", "3 600 000 €", "4 320 000 €"],
                ["Lot 2 – Secteur Ouest", "250 000 €", "2 400 000 €", "2 880 000 €"]],
               widths=[2.2, 1.3, 1.5, 1.5], align="lrrr"),
          P("Le montant estimatif global des travaux sur la durée de l'accord-cadre est de 4,2¦SB¦M€ HT, les deux "
            "lots confondus."),
          H("3 – Capacités"),
          P("Chiffre d'affaires annuel minimal : 1~800~000 € HT pour le lot 1 et 1~200~000 € HT pour le lot 2. "
            "Pour information, le budget d'investissement 2027 du syndicat s'élève à 7,8 M€."),
          H("4 – Critères"),
          LST(["Prix : 55 % (DQE fictif) ;", "Valeur technique : 35 % ;",
               "Performance environnementale (réemploi des matériaux, réduction des émissions des engins, "
               "gestion des eaux de chantier) : 10 %."]),
          H("5 – Clause sociale"),
          P("Une clause d'insertion s'impose aux deux lots ; le nombre d'heures par lot figure à l'annexe "
            "« clause sociale » du CCAP.")]
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=2,
             montant_estime_ht=4200000, montant_max_ht=6000000,
             evidence=["L'accord-cadre est divisé en 2 lots géographiques", "3 600 000 €", "2 400 000 €",
                       "[3 600 000 + 2 400 000]", "est de 4,2 M€ HT",
                       "Une clause d'insertion s'impose aux deux lots",
                       "Performance environnementale (réemploi des matériaux"])

    ccap = [TITLE("SMEP du Val de Lisle", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre à bons de commande – travaux sur réseaux d'eau potable"),
            H("Article 1 – Objet – lots"),
            P("Le présent CCAP s'applique aux lots 1 (Est) et 2 (Ouest). Les montants minimum et maximum de "
              "chaque lot sont fixés au règlement de la consultation et repris dans l'acte d'engagement."),
            H("Article 2 – Durée"),
            P("Douze mois à compter de la notification, reconductible tacitement trois fois."),
            H("Article 3 – Clause d'insertion"),
            P("Le titulaire de chaque lot consacre à l'insertion professionnelle de personnes éloignées de "
              "l'emploi au moins 7 % du nombre d'heures de main-d'œuvre nécessaires à l'exécution des bons de "
              "commande ; le volume d'heures correspondant figure à l'annexe « clause sociale ». Une pénalité de "
              "100 € par heure non réalisée s'applique."),
            H("Article 4 – Environnement"),
            P("Les déblais sains sont réemployés en remblai des tranchées après essais ; les enrobés sont "
              "recyclés en centrale ; les anciennes canalisations en fonte sont évacuées en filière de "
              "valorisation des métaux. Les engins de plus de 10 ans sont exclus du chantier."),
            H("Article 5 – Assurances"),
            P("Responsabilité civile : 5~000~000 € par sinistre ; assurance décennale pour les ouvrages "
              "soumis à obligation."),
            H("Article 6 – Pénalités"),
            P("Retard sur le délai d'un bon de commande : 300 € par jour. Non-respect de la signalisation de "
              "chantier : 500 € par constat."),
            ] + art_paiement(c, 2) + art_litiges(c, 0)
    ccap_l = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=2,
               evidence=["s'applique aux lots 1 (Est) et 2 (Ouest)",
                         "au moins 7 % du nombre d'heures de main-d'œuvre",
                         "Les déblais sains sont réemployés en remblai des tranchées"])

    ae = [TITLE("SMEP du Val de Lisle", "ACTE D'ENGAGEMENT – LOT 1 (SECTEUR EST)", "Accord-cadre SMEP-2027-AC01"),
          P("L'accord-cadre comporte deux lots. Le présent acte d'engagement porte sur le lot 1."),
          H("1. Montants"),
          P("Montant minimum : 400~000 € HT. Montant maximum : 3~600~000 € HT (4~320~000 € TTC) pour la durée "
            "totale de l'accord-cadre."),
          H("2. Insertion"),
          P("Le titulaire s'engage à réaliser au minimum 2~100 heures d'insertion sur la durée totale de "
            "l'accord-cadre."),
          H("3. Identification"),
          P("Raison sociale : ............................ Capital : .............. €  SIRET : ................"),
          H("4. Signature"),
          P("À ..................., le ...................")]
    ae_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=2100, allotissement=1, nb_lots=2,
             evidence=["L'accord-cadre comporte deux lots.", "au minimum 2 100 heures d'insertion"])

    bpu = [TITLE("SMEP du Val de Lisle – SMEP-2027-AC01", "BORDEREAU DES PRIX UNITAIRES", "Lot 2 – Secteur Ouest"),
           RTAB([["N°", "Désignation", "Unité", "PU HT en chiffres", "PU HT en lettres"],
                 ["101", "Tranchée sous chaussée, profondeur ≤ 1,40 m", "ml", "", ""],
                 ["102", "Fourniture et pose fonte DN 100", "ml", "", ""],
                 ["103", "Fourniture et pose PEHD DN 63", "ml", "", ""],
                 ["201", "Branchement neuf y compris regard compteur", "u", "", ""],
                 ["202", "Suppression branchement plomb", "u", "", ""],
                 ["301", "Réfection de chaussée en enrobés", "m²", "", ""]],
                widths=[0.6, 3.6, 0.7, 1.3, 1.8], align="lllll"),
           P("Cachet et signature de l'entreprise :")]
    bpu_l = L(allotissement=1, evidence=["Lot 2 – Secteur Ouest"])

    ann = [TITLE("SMEP du Val de Lisle", "ANNEXE « CLAUSE SOCIALE » AU CCAP", "SMEP-2027-AC01"),
           H("Calcul des heures"),
           P("Le volume d'heures est obtenu en appliquant le taux de 7 % au coût de main-d'œuvre estimé de chaque "
             "lot, converti en heures sur la base d'un coût horaire moyen retenu de 34 € :"),
           LST(["lot 1 – Secteur Est : 2~100 heures ;", "lot 2 – Secteur Ouest : 1~650 heures."]),
           P("Ces volumes valent pour la durée totale de l'accord-cadre et sont ajustés au prorata si le montant "
             "des commandes s'écarte de plus de 20 % de l'estimation."),
           H("Publics et suivi"),
           P("Publics éligibles selon la liste du PLIE de la métropole ; rapport semestriel au facilitateur.")]
    ann_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=3750, allotissement=1,
              evidence=["lot 1 – Secteur Est : 2 100 heures", "lot 2 – Secteur Ouest : 1 650 heures",
                        "[2 100 + 1 650]"])
    return dict(id="d12", title="SMEP du Val de Lisle – renouvellement des réseaux d'eau (accord-cadre, 2 lots, HT et TTC)",
                pieces=[PIECE("RC_SMEP-2027-AC01.pdf", "RC", hdr, "RC", rc, rc_l),
                        PIECE("CCAP_SMEP-2027-AC01.pdf", "CCAP", hdr, "CCAP", ccap, ccap_l, hyphen=True),
                        PIECE("AE_lot1_Est.docx", "AE", hdr, "AE lot 1", ae, ae_l),
                        PIECE("BPU_lot2_Ouest.pdf", "BPU", hdr, "BPU lot 2", bpu, bpu_l),
                        PIECE("Annexe_clause_sociale.pdf", "AUTRE", hdr, "Annexe clause sociale", ann, ann_l)],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=3750, allotissement=1, nb_lots=2, montant_estime_ht=4200000,
                         montant_max_ht=6000000),
                note="Maximum : RC, maxima HT par lot pour la durée totale, 3 600 000 + 2 400 000 = 6 000 000 (colonne "
                     "TTC 4 320 000 / 2 880 000 à ne pas prendre). Estimation : 4,2 M€ HT « les deux lots confondus ». "
                     "Heures : annexe 2 100 + 1 650 = 3 750 (CCAP : 7 % seulement ; AE lot 1 : 2 100). Pièges : minima, "
                     "CA minimal 1 800 000 / 1 200 000, budget d'investissement 7,8 M€, assurance 5 000 000 €, "
                     "coût horaire 34 €, pénalités 100 €, 300 €, 500 €.")


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]


# ----------------------------------------------------------------------------- construction et contrôles
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


def extracted_text(path):
    """Texte extrait du fichier produit (pypdf, python-docx, lecture directe)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        s = "\n".join((pg.extract_text() or "") for pg in r.pages)
    elif ext == "docx":
        d = docx.Document(path)
        parts = [par.text for par in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(cell.text for cell in row.cells))
        s = "\n".join(parts)
    else:
        with open(path, encoding="utf-8") as fh:
            s = fh.read()
    return s


def wsnorm(s):
    s = s.replace(NB, " ").replace(NNB, " ").replace("\u2009", " ")
    return re.sub(r"\s+", " ", s).strip()


def dehyph(s):
    """Recolle les mots coupés en fin de ligne (« heu- res » -> « heures »)."""
    return re.sub(r"(\w)- (\w)", r"\1\2", s)


def check_articles(d, p):
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
    out = {}
    for name, key in _EXPECT_KEYS.items():
        value = d["values"][name]
        if key == "divided":
            value = None if value is None else bool(int(value))
        elif key == "reservation_bases":
            value = sorted(value.split(";")) if value else []
        out[key] = value
    out["considerations"] = {c: c in d["pos"] for c in _CATEGORIES}
    return out


def zip_dir(src, dest):
    """ZIP déterministe (dates figées, ordre trié, entrées de dossiers incluses)."""
    entries = []
    for root, dirs, files in os.walk(src):
        dirs.sort()
        rel = os.path.relpath(root, src)
        if rel != ".":
            entries.append((rel.replace(os.sep, "/") + "/", None))
        for f in sorted(files):
            entries.append((os.path.join(rel, f).replace(os.sep, "/").lstrip("./"), os.path.join(root, f)))
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for name, full in sorted(entries):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            if full is None:
                zi.external_attr = 0o40755 << 16
                z.writestr(zi, b"")
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                with open(full, "rb") as fh:
                    z.writestr(zi, fh.read())


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows, dossiers_yml, problems = [], [], []
    kinds, pages, cuts = {}, {}, []
    for f in DOSSIERS:
        d = f()
        folder = os.path.join(OUT, d["id"])
        os.makedirs(folder)
        zname = d.get("zip")
        work = os.path.join(folder, "_build") if zname else folder
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
        if d["values"]["nb_lots"] and d["values"]["allotissement"] != 1:
            problems.append("%s : nb_lots sans allotissement" % d["id"])
        for p in d["pieces"]:
            problems.extend(check_articles(d, p))
            k0 = len(CUT_LOG)
            n = build_piece(work, p)
            for mark, what, cut in CUT_LOG[k0:]:
                cuts.append("%s/%s %s « %s » : %s" % (d["id"], p["file"], mark, what.replace(NB, " "),
                                                      "coupé" if cut else "entier"))
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            if n is not None:
                pages[n] = pages.get(n, 0) + 1
                if not (1 <= n <= 5):
                    problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
            lab = dict(p["label"])
            txt = plain_text(p["final_blocks"])
            ext_txt = wsnorm(extracted_text(os.path.join(work, p["file"])))
            ext_dh = dehyph(ext_txt)
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                if norm(q) not in txt:
                    problems.append("%s/%s : preuve absente du texte logique : %r" % (d["id"], p["file"], q))
                qn = wsnorm(norm(q))
                if qn not in ext_txt and qn not in ext_dh:
                    problems.append("%s/%s : preuve absente du texte extrait : %r" % (d["id"], p["file"], q))
            ev = " | ".join(norm(q) for q in lab["evidence"])
            if len(ev) > 300:
                problems.append("%s/%s : preuve trop longue (%d)" % (d["id"], p["file"], len(ev)))
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
            rel = (zname + "/" + p["file"]) if zname else p["file"]
            p["rel"] = rel
            row = {"path": d["id"] + "/" + rel, "doc_type": p["doc_type"]}
            for c in COLUMNS[2:-1]:
                row[c] = _fmt(lab[c])
            row["evidence"] = ev
            rows.append(row)
        if zname:
            zip_dir(work, os.path.join(folder, zname))
            shutil.rmtree(work)
        for c in d["pos"]:
            if not any(p["label"][c] == 1 for p in d["pieces"]):
                problems.append("%s : %s dans pos sans pièce à 1" % (d["id"], c))
        entry = dict(id=d["id"], title=d["title"])
        if zname:
            entry["archive"] = zname
        entry.update(pieces=[dict(file=p["rel"], doc_type=p["doc_type"]) for p in d["pieces"]],
                     pos=d["pos"], values=d["values"], note=d["note"],
                     path="dossiers/" + d["id"], expect=_expect(d))
        dossiers_yml.append(entry)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu scellé extraction-9 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier (somme des lots) ; maximum sur toutes les\n"
            "# périodes et tous les lots ; un avis rectificatif ou un registre de questions-réponses qui corrige\n"
            "# un chiffre prime sur la pièce corrigée (voir note). Dossiers livrés en ZIP : « archive » ; le\n"
            "# champ file des pièces donne alors le chemin DANS l'archive, précédé du nom de l'archive.\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    for line in cuts:
        print("  coupure", line)
    problems.extend(extra_checks(rows))
    print("contrôles : preuves présentes dans le texte logique ET dans le texte extrait (pypdf / python-docx) ; "
          "preuves <= 300 caractères ; PDF de 1 à 5 pages ; 3 à 6 pièces ; articles sans doublon ; "
          "cohérences -> %d problème(s)" % len(problems))
    print("%d dossiers, %d pièces (%s) ; pages des PDF : %s ; nombres coupés : %d (%d entiers) ; césures forcées : "
          "%d (%d entières)" % (len(dossiers_yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
                                ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"],
                                SB_STATS["whole"], HY_STATS["cut"], HY_STATS["whole"]))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
