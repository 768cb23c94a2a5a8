#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_20 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_13/make_documents.py : lignes 27-664 (écriture
PDF/DOCX/TXT, tableaux, deux colonnes, césure, SB/HY, aides de saisie, number_articles, C, A,
_DOC_TYPES) et lignes 2433-2611 (extra_checks, build_piece, check_articles, _expect, main).
Changements : SET_NAME, en-tête de dossiers.yml, comparaison des preuves à espaces normalisées, et
un contrôle ajouté (check_extracted) : chaque citation est recherchée dans le texte EXTRAIT du
fichier produit (pypdf pour les PDF, python-docx pour les DOCX, lecture directe pour les .txt).
Les articles neutres et les douze dossiers ont été écrits pour ce jeu.

Thème : le montant ESTIMÉ HT du marché (montant_estime_ht), sous ses nombreuses formes, avec les
lots, le maximum et les heures d'insertion quand le dossier les donne.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie : « ~ » = espace insécable ; BR, SB, HY : voir plus bas.

Usage : /work/main/.venv/bin/python tests/data/blind_values_20/make_documents.py
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
SET_NAME = "blind_values_20"

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






# ----------------------------------------------------------------------------- contrôle sur le texte extrait
def ws(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


def extracted_text(path):
    """Texte tel qu'un lecteur l'extrait du fichier produit : pypdf (PDF), python-docx (DOCX), lecture (TXT)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        raw = "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    elif ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        raw = "\n".join(parts)
    else:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    # seconde lecture : mots coupés en fin de ligne (« accessi-\\nbilité ») recollés
    dehy = re.sub(r"(?<=[a-zàâäéèêëîïôöùûüç])-\n(?=[a-zàâäéèêëîïôöùûüç])", "", raw)
    return ws(raw), ws(dehy)


def check_extracted(rows):
    """Chaque citation de preuve doit se trouver, espaces normalisées, dans le texte extrait du fichier."""
    out = []
    n = 0
    for r in rows:
        path = os.path.join(OUT, r["path"])
        plain, dehy = extracted_text(path)
        for q in [x for x in r["evidence"].split(" | ") if x and not x.startswith("[")]:
            n += 1
            qq = ws(q)
            if qq in plain:
                continue
            if qq in dehy:
                print("  preuve retrouvée après recollage d'une césure : %s « %s »" % (r["path"], q))
                continue
            out.append("%s : preuve absente du texte extrait : %r" % (r["path"], q))
    print("contrôle sur le texte extrait des fichiers produits : %d citations vérifiées, %d absente(s)" % (n, len(out)))
    return out

# ----------------------------------------------------------------------------- articles neutres (blind_values_20)
# Écrits pour ce jeu : ni clause sociale, ni clause environnementale, ni lots, ni montant.

def RT(blocks, title):
    """Remplace le titre d'un article de remplissage (pièces numérotées autrement que « Article n »)."""
    return [H(title)] + list(blocks[1:])


def a_pieces(c, v=0):
    if v == 0:
        return A("Pièces constitutives du marché",
                 "Par dérogation à l'article 4.1 du CCAG-" + ("Travaux" if c["ccag"] == "travaux" else "FCS")
                 + ", les pièces contractuelles sont les suivantes, par ordre de priorité décroissante :",
                 ["l'acte d'engagement (AE) et ses annexes éventuelles ;",
                  "le présent cahier des clauses administratives particulières (CCAP) ;",
                  "le cahier des clauses techniques particulières (CCTP) ;",
                  "le CCAG " + c["ccag"] + " en vigueur au premier jour du mois de remise des offres ;",
                  "l'offre technique du titulaire (mémoire justificatif)."])
    if v == 1:
        return A("Documents contractuels",
                 "Le contrat est constitué des documents ci-après ; en cas de contradiction entre leurs "
                 "stipulations, elles prévalent dans l'ordre où elles sont énumérées : AE, CCAP, CCTP, "
                 "bordereau des prix, CCAG " + c["ccag"] + ", mémoire technique du titulaire.")
    return A("Ordre de priorité des pièces",
             "En cas de discordance, l'acte d'engagement prévaut sur le CCAP, qui prévaut lui-même sur "
             "le CCTP et sur les documents de prix. Le CCAG " + c["ccag"] + " (arrêté du 30 mars 2021) "
             "s'applique pour tout ce qui n'y est pas dérogé.")


def a_paiement(c, v=0):
    if v == 0:
        return A("Modalités de paiement",
                 "Les sommes dues sont réglées par mandat administratif dans un délai global de paiement de "
                 + str(c["delai"]) + " jours à compter de la réception de la demande de paiement. Le dépassement "
                 "de ce délai fait courir de plein droit des intérêts moratoires au taux de la BCE majoré de "
                 "huit points, ainsi qu'une indemnité forfaitaire de 40 € pour frais de recouvrement.",
                 "Les factures sont déposées exclusivement sur le portail Chorus Pro.")
    if v == 1:
        return A("Règlement des comptes",
                 "Le délai global de paiement est fixé à " + str(c["delai"]) + " jours. Les demandes de "
                 "paiement (factures ou situations) sont transmises par voie dématérialisée via Chorus Pro ; "
                 "elles mentionnent la référence " + c["ref"] + " et le numéro d'engagement communiqué par "
                 "le service gestionnaire.")
    return A("Paiements",
             "Paiement à " + str(c["delai"]) + " jours par virement. Intérêts moratoires : taux directeur de "
             "la BCE + 8 points. Indemnité forfaitaire pour frais de recouvrement : 40 euros. Dépôt des "
             "factures sur Chorus Pro (SIRET de l'acheteur indiqué dans l'AE).")


def a_litiges(c, v=0):
    if v == 0:
        return A("Règlement des différends",
                 "Les parties s'efforcent de régler à l'amiable tout différend. À défaut, le litige est porté "
                 "devant le tribunal administratif de " + c["ta"] + ". Le comité consultatif interrégional de "
                 "règlement amiable des litiges peut être saisi par l'une ou l'autre des parties.")
    return A("Litiges",
             "Tout litige relatif à l'exécution du présent contrat relève de la compétence du tribunal "
             "administratif de " + c["ta"] + ", après tentative de règlement amiable.")


def a_remise(c, v=0):
    if v == 0:
        return A("Conditions d'envoi des offres",
                 "Les plis sont déposés par voie électronique sur le profil d'acheteur " + c["profil"]
                 + ". Aucun pli papier n'est accepté, à l'exception de la copie de sauvegarde prévue par "
                 "l'arrêté du 22 mars 2019. La signature électronique de l'offre n'est pas exigée au stade "
                 "du dépôt ; seul l'attributaire sera invité à signer son acte d'engagement.")
    if v == 1:
        return A("Remise des plis",
                 "Dépôt dématérialisé obligatoire sur " + c["profil"] + ". Les fichiers sont au format PDF, "
                 "DOCX, XLSX ou ODT. Le candidat prend ses dispositions pour que le téléchargement soit "
                 "achevé avant l'heure limite : un pli dont le dépôt s'achève après celle-ci est réputé "
                 "hors délai.")
    return A("Dépôt des offres",
             "Les offres sont remises sur la plateforme " + c["profil"] + " avant la date et l'heure "
             "indiquées en page de garde. Le délai de validité des offres est de 120 jours.")


def a_visite(c, v=0):
    if v == 0:
        return A("Visite des lieux",
                 "Une visite est vivement conseillée. Elle s'effectue sur rendez-vous pris auprès du service "
                 "technique au moins 48 heures à l'avance. Aucune attestation de visite n'est exigée.")
    return A("Visite",
             "Les candidats peuvent visiter les sites les mardis et jeudis, de 9 heures à 11 heures 30, "
             "accompagnés d'un agent de " + c["qui"] + ". La visite n'est pas obligatoire.")


def a_candidature(c, v=0):
    if v == 0:
        return A("Contenu du dossier de candidature",
                 "Le candidat produit les formulaires DC1 et DC2 (ou le DUME), les attestations d'assurance en "
                 "cours de validité et une liste des principales prestations similaires exécutées au cours des "
                 "trois dernières années, avec indication des montants, des dates et des destinataires.")
    return A("Pièces de la candidature",
             ["lettre de candidature (DC1) ou DUME ;",
              "déclaration du candidat (DC2) ;",
              "chiffre d'affaires global des trois derniers exercices disponibles ;",
              "références de moins de trois ans pour des prestations de même nature ;",
              "certificats de qualification professionnelle ou équivalents."])


# ----------------------------------------------------------------------------- dossiers
def d01():
    c = C("la commune de Vaudrenne-sur-Loing", "Orléans", ccag="travaux", delai=30,
          profil="https://marches.centre-val-achats.fr", ref="2026-TX-07")
    hdr = "Commune de Vaudrenne-sur-Loing – Salle polyvalente « Les Tilleuls » – Réf. 2026-TX-07"
    rc = [TITLE("Commune de Vaudrenne-sur-Loing (Loiret)", "RÈGLEMENT DE LA CONSULTATION",
                "Réhabilitation et mise en accessibilité de la salle polyvalente « Les Tilleuls »",
                "Procédure adaptée – Date limite de réception des offres : 19 octobre 2026 à 12 h 00"),
          H("Article 1 – Objet de la consultation"),
          P("La présente consultation concerne les travaux de réhabilitation thermique, de mise en accessi"
            "bilité et de remise en peinture de la salle polyvalente située 4, allée des Tilleuls. Les "
            "travaux sont répartis en quatre lots séparés, chaque lot faisant l'objet d'un marché distinct :"),
          LST(["Lot 01 – Gros œuvre, démolition, VRD ;", "Lot 02 – Menuiseries extérieures et intérieures ;",
               "Lot 03 – Électricité courants forts et faibles ;", "Lot 04 – Peinture, revêtements de sols."]),
          P("Les candidats peuvent répondre à un, plusieurs ou à l'ensemble des lots."),
          H("Article 2 – Procédure"),
          P("La consultation est passée selon la procédure adaptée prévue à l'article R.~2123-1 1° du code "
            "de la commande publique, le montant estimé des travaux étant inférieur au seuil des procédures "
            "formalisées applicable aux marchés de travaux, soit 5~404~000 € HT."),
          H("Article 3 – Montant prévisionnel des travaux"),
          P("À titre indicatif, l'estimation du maître d'œuvre (phase PRO, valeur septembre 2026) s'établit "
            "comme suit :"),
          RTAB([["Lot", "Estimation (€ HT)"],
                ["Lot 01 – Gros œuvre, démolition, VRD", "512~000,00"],
                ["Lot 02 – Menuiseries ext. et int.", "238~000,00"],
                ["Lot 03 – Électricité CFO / CFA", "196~000,00"],
                ["Lot 04 – Peinture, revêtements de sols", "290~000,00"],
                ["Montant total des travaux HT", "1~236~000,00"],
                ["TVA 20 %", "247~200,00"],
                ["Montant total TTC", "1~483~200,00"]], widths=[3, 1.3], align="lr", bold_last=False),
          H("Article 4 – Délai d'exécution"),
          P("Le délai global est de onze mois, période de préparation d'un mois incluse. Le démarrage est "
            "prévu en janvier 2027 ; les délais propres à chaque lot figurent au calendrier prévisionnel."),
          H("Article 5 – Variantes et prestations supplémentaires"),
          P("Les variantes à l'initiative des candidats ne sont pas autorisées. Aucune prestation "
            "supplémentaire éventuelle n'est prévue."),
          *a_candidature(c, 0),
          H("Article 7 – Jugement des offres"),
          P("L'offre économiquement la plus avantageuse est appréciée lot par lot selon les critères "
            "pondérés suivants : prix des prestations (60 %) ; valeur technique appréciée au vu du mémoire "
            "(40 %), dont méthodologie et phasage 25 points, moyens humains et matériels 15 points."),
          *a_remise(c, 0), *a_visite(c, 0)]
    ccap = [TITLE("Commune de Vaudrenne-sur-Loing", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Réhabilitation de la salle polyvalente « Les Tilleuls » – commun aux lots 01 à 04"),
            H("Article 1 – Objet et décomposition"),
            P("Le présent CCAP s'applique aux quatre lots de l'opération. Chaque lot est attribué séparément "
              "et donne lieu à un marché à prix global et forfaitaire."),
            H("Article 2 – Maîtrise d'œuvre"),
            P("La maîtrise d'œuvre est assurée par le groupement Atelier Brémond Architectes (mandataire) – "
              "BET Fluidis, titulaire d'une mission de base avec EXE partielle."),
            H("Article 3 – Enveloppe financière"),
            P("L'enveloppe financière prévisionnelle affectée aux travaux par le maître d'ouvrage est de "
              "1~236~000 € HT, tous lots confondus. Elle n'a pas de valeur contractuelle pour le titulaire "
              "d'un lot."),
            *a_pieces(c, 0),
            H("Article 5 – Avance"),
            P("Une avance de 10 % du montant initial TTC du lot est versée au titulaire lorsque ce montant "
              "excède 50~000 € HT et que le délai d'exécution est supérieur à deux mois, sauf renonciation "
              "expresse portée à l'acte d'engagement."),
            H("Article 6 – Retenue de garantie"),
            P("Une retenue de garantie de 5 % est prélevée sur chaque acompte. Elle peut être remplacée par "
              "une garantie à première demande."),
            H("Article 7 – Pénalités"),
            P("En cas de retard dans l'exécution, le titulaire subit une pénalité journalière de 250 € HT, "
              "sans mise en demeure préalable. L'absence non justifiée à une réunion de chantier est "
              "sanctionnée par une pénalité forfaitaire de 100 €."),
            H("Article 8 – Assurances"),
            P("Le titulaire justifie d'une assurance de responsabilité civile (plafond minimal de 3~000~000 € "
              "par sinistre) et, pour les lots 01 et 02, d'une assurance de responsabilité décennale."),
            H("Article 9 – Action d'insertion professionnelle"),
            SPLIT("Le titulaire des lots désignés ci-dessous "
                  "réserve une part des heures de travail générées par son marché à des personnes rencontrant "
                  "des difficultés sociales ou professionnelles particulières (demandeurs d'emploi de longue "
                  "durée, bénéficiaires du RSA, jeunes de moins de 26 ans sans qualification, travailleurs",
                  "handicapés…). Le volume d'heures d'insertion à réaliser est fixé comme suit :"),
            LST(["lot 01 – Gros œuvre : 350 heures ;", "lot 04 – Peinture, revêtements : 120 heures."]),
            P("Les lots 02 et 03 ne comportent pas d'obligation d'insertion. Le titulaire peut recourir à "
              "l'embauche directe, à la mise à disposition (ETTI, GEIQ) ou à la sous-traitance à une SIAE ; "
              "il est accompagné par le facilitateur du PLIE Loing-Gâtinais. Chaque heure non réalisée "
              "donne lieu à une pénalité de 50 € HT."),
            H("Article 10 – Gestion des déchets de chantier"),
            P("Le titulaire trie ses déchets sur le chantier en cinq flux au minimum (inertes, bois, métaux, "
              "plâtre, déchets non dangereux en mélange) et remet au maître d'œuvre les bordereaux de suivi "
              "attestant de leur valorisation dans une filière agréée."),
            *a_paiement(c, 1), *a_litiges(c, 0)]
    avis = [TITLE("Avis d'appel public à la concurrence", "Commune de Vaudrenne-sur-Loing",
                  "Procédure adaptée ouverte – Travaux"),
            P("Nom et adresse de l'acheteur : Commune de Vaudrenne-sur-Loing, 1 place de la Mairie, 45290 "
              "Vaudrenne-sur-Loing. Correspondant : M. le Maire."),
            P("Objet : Réhabilitation et mise en accessibilité de la salle polyvalente « Les Tilleuls »."),
            P("Type de marché : Travaux. Code CPV principal : 45453000."),
            P("Valeur estimée hors TVA : 1 236 000 euros."),
            P("Division en lots : oui. Nombre de lots : 4 (Lot 01 Gros œuvre ; Lot 02 Menuiseries ; Lot 03 "
              "Électricité ; Lot 04 Peinture, revêtements)."),
            P("Conditions particulières d'exécution : les lots 01 et 04 comportent une clause d'insertion "
              "sociale (heures de travail réservées à des publics éloignés de l'emploi)."),
            P("Critères d'attribution : prix 60 % ; valeur technique 40 %."),
            P("Date limite de réception des offres : 19 octobre 2026 à 12 h 00. Dossier téléchargeable "
              "gratuitement sur https://marches.centre-val-achats.fr."),
            P("Date d'envoi du présent avis : 15 septembre 2026.")]
    dpgf = [TITLE("Vaudrenne-sur-Loing – Salle « Les Tilleuls »",
                  "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
                  "Lot 04 – Peinture, revêtements de sols"),
            P("Les quantités sont données à titre indicatif ; le candidat les vérifie et les complète. Le "
              "prix global et forfaitaire reporté à l'acte d'engagement est le total de la présente "
              "décomposition."),
            TAB([["Poste", "Désignation", "U", "Qté", "PU HT", "Total HT"],
                 ["4.1", "Préparation des supports, rebouchage, ponçage", "m²", "1 480", "", ""],
                 ["4.2", "Peinture acrylique mate, 2 couches, murs", "m²", "1 320", "", ""],
                 ["4.3", "Peinture glycéro satinée, boiseries", "m²", "164", "", ""],
                 ["4.4", "Sol PVC U2S P3 en lés, y c. ragréage", "m²", "612", "", ""],
                 ["4.5", "Plinthes à gorge PVC", "ml", "288", "", ""],
                 ["", "Total HT du lot 04", "", "", "", ""],
                 ["", "TVA 20 %", "", "", "", ""],
                 ["", "Total TTC", "", "", "", ""]], widths=[0.8, 5, 0.6, 0.9, 1.2, 1.4])]
    pieces = [
        PIECE("RC_2026-TX-07.pdf", "RC", hdr, "RC – Consultation 2026-TX-07", rc,
              L(allotissement=1, nb_lots=4, montant_estime_ht=1236000,
                evidence=["travaux sont répartis en quatre lots séparés",
                          "Montant total des travaux HT 1 236 000,00"]), hyphen=True),
        PIECE("CCAP_2026-TX-07.pdf", "CCAP", hdr, "CCAP – paraphe du candidat : ........", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=470, clause_environnementale=1,
                allotissement=1, nb_lots=4, montant_estime_ht=1236000,
                evidence=["aux quatre lots de l'opération",
                          "enveloppe financière prévisionnelle affectée aux travaux par le maître d'ouvrage est de 1 236 000 € HT",
                          "lot 01 – Gros œuvre : 350 heures", "lot 04 – Peinture, revêtements : 120 heures",
                          "[350 + 120 = 470]", "trie ses déchets sur le chantier en cinq flux"])),
        PIECE("Avis_AAPC_2026-TX-07.txt", "AVIS", hdr, "", avis,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=4, montant_estime_ht=1236000,
                evidence=["Valeur estimée hors TVA : 1 236 000 euros", "Nombre de lots : 4",
                          "les lots 01 et 04 comportent une clause d'insertion sociale"])),
        PIECE("DPGF_Lot04_2026-TX-07.docx", "DPGF", hdr, "DPGF lot 04", dpgf,
              L(allotissement=1, evidence=["Lot 04 – Peinture, revêtements de sols"])),
    ]
    return dict(id="d01", title="Commune de Vaudrenne-sur-Loing – réhabilitation de la salle polyvalente (4 lots)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=470, allotissement=1, nb_lots=4, montant_estime_ht=1236000),
                note="Estimation : tableau du RC par lot AVEC ligne de total (1 236 000 € HT) — ne pas ajouter "
                     "le total aux lots ; même montant dans le CCAP (« enveloppe financière prévisionnelle "
                     "affectée aux travaux », marché de travaux) et dans l'avis (« Valeur estimée hors TVA »). "
                     "Pièges : TVA 247 200 et TTC 1 483 200 ; seuil 5 404 000 € HT ; avance 10 % et 50 000 € HT ; "
                     "retenue 5 % ; pénalités 250 € et 100 € ; plafond d'assurance 3 000 000 €. Heures : 350 (lot 01) "
                     "+ 120 (lot 04) = 470, sans total écrit. Pas de maximum (marchés forfaitaires).")


def d02():
    c = C("le SIVOM de la Vallée de l'Aubrette", "Dijon", delai=30,
          profil="https://www.e-marchespublics.com", ref="SIV-2027-02")
    hdr = "SIVOM de la Vallée de l'Aubrette – Produits d'entretien – SIV-2027-02"
    rc = [TITLE("SIVOM de la Vallée de l'Aubrette", "RÈGLEMENT DE CONSULTATION",
                "Fourniture de produits d'entretien, d'hygiène et de consommables de nettoyage",
                "Accord-cadre à bons de commande – procédure adaptée"),
          H("Art. 1 – Objet"),
          P("La consultation a pour objet la fourniture et la livraison, dans les 9 écoles, 3 crèches et "
            "les bâtiments administratifs du syndicat, de produits d'entretien, d'articles d'hygiène "
            "(essuie-mains, papier toilette, savons) et de petits matériels de nettoyage."),
          H("Art. 2 – Allotissement"),
          P("Le présent accord-cadre n'est pas alloti : les produits demandés sont livrés ensemble, par les "
            "mêmes tournées, et leur dissociation rendrait l'exécution plus coûteuse (article L.~2113-11 du "
            "code de la commande publique)."),
          H("Art. 3 – Forme et durée"),
          P("Accord-cadre mono-attributaire exécuté par bons de commande (articles R.~2162-2 et R.~2162-13 "
            "à R.~2162-14). Il est conclu pour douze mois à compter du 1er mars 2027 et peut être reconduit "
            "tacitement trois fois, pour une durée maximale de quatre ans."),
          H("Art. 4 – Volume prévisionnel des commandes"),
          P("Le montant prévisionnel des commandes est évalué à 46~000 € HT par an environ ; ce chiffre "
            "est donné pour l'information des candidats et n'engage pas le syndicat."),
          P("Pour mémoire, les commandes passées au titre du précédent marché (2023-2026) se sont élevées à "
            "171~350 € HT sur quatre ans."),
          *RT(a_candidature(c, 1), "Art. 5 – Pièces de la candidature"),
          H("Art. 6 – Critères de jugement"),
          LST(["Prix, apprécié sur le détail estimatif non contractuel : 50 % ;",
               "Qualité des produits (fiches techniques, échantillons) : 30 % ;",
               "Délais et conditions de livraison : 20 %."]),
          *RT(a_remise(c, 2), "Art. 7 – Dépôt des offres")]
    ccap = [TITLE("SIVOM de la Vallée de l'Aubrette", "C.C.A.P.",
                  "Fourniture de produits d'entretien et d'hygiène – accord-cadre à bons de commande"),
            H("Article 1 – Objet"),
            P("Le présent cahier fixe les stipulations administratives de l'accord-cadre SIV-2027-02 relatif à "
              "la fourniture de produits d'entretien et d'hygiène."),
            H("Article 2 – Montants minimum et maximum"),
            P("Les commandes sont passées dans les limites suivantes, exprimées hors taxes pour chaque période "
              "d'exécution :"),
            RTAB([["Période", "Minimum € HT", "Maximum € HT"],
                  ["Période initiale (mars 2027 – février 2028)", "10~000", "60~000"],
                  ["1re reconduction", "10~000", "60~000"],
                  ["2e reconduction", "10~000", "60~000"],
                  ["3e reconduction", "10~000", "60~000"]], widths=[3, 1.2, 1.2], align="lrr"),
            *a_pieces(c, 1),
            H("Article 4 – Bons de commande et livraisons"),
            P("Les bons de commande sont émis par le service achats du syndicat. La livraison intervient dans un "
              "délai de cinq jours ouvrés, franco de port, dans les locaux désignés. Toute commande inférieure à "
              "150 € HT peut être regroupée avec la suivante."),
            H("Article 5 – Prix"),
            P("Les prix sont unitaires, fermes la première année puis révisés à chaque reconduction selon "
              "l'indice des prix à la production de l'industrie des produits d'entretien (PVIC), dans la limite "
              "de 4 % par an."),
            H("Article 6 – Pénalités"),
            P("Tout jour de retard de livraison entraîne une pénalité égale à 1/1000e du montant du bon de "
              "commande concerné, avec un minimum de 15 € par jour."),
            *a_paiement(c, 0), *a_litiges(c, 1)]
    ae = [TITLE("SIVOM de la Vallée de l'Aubrette", "ACTE D'ENGAGEMENT",
                "Accord-cadre SIV-2027-02 – produits d'entretien et d'hygiène"),
          H("A – Identification de l'acheteur"),
          P("SIVOM de la Vallée de l'Aubrette, 12 rue des Moulins, 21460 Aubrette-les-Bois. Personne habilitée "
            "à donner les renseignements prévus à l'article R.~2191-59 : le Président."),
          H("B – Engagement du titulaire"),
          P("Après avoir pris connaissance des pièces du marché, je m'engage (nous nous engageons) sans réserve "
            "à exécuter les prestations aux prix du bordereau de prix unitaires joint."),
          H("C – Montant de l'accord-cadre"),
          P("L'accord-cadre est conclu avec un montant minimum de 40~000 € HT et un montant maximum de "
            "240~000 € HT pour sa durée totale, période initiale et reconductions comprises."),
          P("Le montant estimatif pour la durée totale de l'accord-cadre (quatre ans) est de 184~000 € HT, "
            "soit 220~800 € TTC. Il sert au calcul de l'avance et n'a pas de valeur d'engagement."),
          H("D – Compte à créditer"),
          P("IBAN : ………………………………………… BIC : ……………"),
          H("E – Signature"),
          P("Fait à ……………………, le ……………… Signature du candidat :")]
    bpu = [TITLE("SIVOM de la Vallée de l'Aubrette", "BORDEREAU DES PRIX UNITAIRES", "SIV-2027-02"),
           P("Les prix sont exprimés en euros hors taxes, livraison comprise."),
           TAB([["Réf.", "Désignation", "Unité", "Prix unitaire HT"],
                ["P01", "Détergent désinfectant surfaces, bidon 5 L", "bidon", ""],
                ["P02", "Essuie-mains pliés enchevêtrés, carton de 3 750", "carton", ""],
                ["P03", "Papier toilette en rouleau, colis de 96", "colis", ""],
                ["P04", "Savon mousse, cartouche 800 ml", "cartouche", ""],
                ["P05", "Sacs poubelle 100 L, rouleau de 25", "rouleau", ""],
                ["P06", "Franges microfibre 40 cm", "unité", ""]], widths=[0.8, 5, 1.2, 1.6])]
    pieces = [
        PIECE("RC_SIV-2027-02.pdf", "RC", hdr, "Règlement de consultation", rc,
              L(allotissement=0, evidence=["Le présent accord-cadre n'est pas alloti"])),
        PIECE("CCAP_SIV-2027-02.pdf", "CCAP", hdr, "CCAP SIV-2027-02", ccap,
              L(montant_max_ht=240000,
                evidence=["Période initiale (mars 2027 – février 2028) 10 000 60 000",
                          "[maxima des quatre périodes : 60 000 x 4 = 240 000]"])),
        PIECE("AE_SIV-2027-02.docx", "AE", hdr, "AE SIV-2027-02", ae,
              L(montant_estime_ht=184000, montant_max_ht=240000,
                evidence=["montant maximum de 240 000 € HT pour sa durée totale",
                          "Le montant estimatif pour la durée totale de l'accord-cadre (quatre ans) est de 184 000 € HT"])),
        PIECE("BPU_SIV-2027-02.docx", "BPU", hdr, "BPU SIV-2027-02", bpu, L()),
    ]
    return dict(id="d02", title="SIVOM de la Vallée de l'Aubrette – produits d'entretien (accord-cadre non alloti)",
                pieces=pieces, pos=[],
                values=V(allotissement=0, montant_estime_ht=184000, montant_max_ht=240000),
                note="Estimation : l'AE donne le montant estimatif pour la durée totale (184 000 € HT, à côté de "
                     "220 800 € TTC). Le RC ne donne qu'un montant annuel (46 000 € HT par an) : pièce vide pour "
                     "l'estimation (pas de multiplication). Maximum : 240 000 € HT écrit dans l'AE, égal à la somme "
                     "des maxima par période du CCAP. Pièges : minimum 40 000 (AE) et 10 000 par période (CCAP) ; "
                     "précédent marché 171 350 € HT ; commande de 150 € ; pénalité 15 € ; 4 %.")


def d03():
    c = C("le Département de la Haute-Varenne", "Limoges", delai=30,
          profil="https://marchespublics.hautevarenne.fr", ref="27-DBAT-014")
    hdr = "Département de la Haute-Varenne – Nettoyage des collèges – 27-DBAT-014"
    avis = [TITLE("Avis de marché – Services", "Directive 2014/24/UE",
                  "Département de la Haute-Varenne"),
            H("Section I : Pouvoir adjudicateur"),
            P("I.1) Nom et adresses : Département de la Haute-Varenne, Hôtel du Département, 8 cours Gay-Lussac, "
              "87999 Varennes-sur-Vienne Cedex. Code NUTS : FRI23."),
            P("I.4) Type de pouvoir adjudicateur : autorité régionale ou locale."),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : Nettoyage et entretien courant des locaux des collèges publics départementaux. "
              "Numéro de référence : 27-DBAT-014"),
            P("II.1.2) Code CPV principal : 90919300"),
            P("II.1.3) Type de marché : Services"),
            P("II.1.4) Description succincte : Nettoyage quotidien des locaux d'enseignement, de restauration et "
              "d'hébergement de 42 collèges, répartis en trois secteurs géographiques."),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 2 760 000.00 EUR"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être "
              "soumises pour tous les lots. Nombre maximal de lots qui peuvent être attribués à un soumissionnaire : 2"),
            P("II.2.1) Intitulé : Secteur Nord (14 collèges). Lot n° : 1"),
            P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 40 ; "
              "Critère de qualité – Nom : Performance en matière d'insertion professionnelle des publics en "
              "difficulté / Pondération : 10 ; Prix – Pondération : 50"),
            P("II.2.6) Valeur estimée : Valeur hors TVA : 1 040 000.00 EUR"),
            P("II.2.7) Durée du marché : 48 mois. Ce marché peut faire l'objet d'une reconduction : non"),
            P("II.2.1) Intitulé : Secteur Centre (16 collèges). Lot n° : 2"),
            P("II.2.6) Valeur estimée : Valeur hors TVA : 980 000.00 EUR"),
            P("II.2.1) Intitulé : Secteur Sud (12 collèges). Lot n° : 3"),
            P("II.2.6) Valeur estimée : Valeur hors TVA : 740 000.00 EUR"),
            H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
            P("III.1.5) Informations sur les marchés réservés : sans objet."),
            P("III.2.2) Conditions particulières d'exécution : Pour chacun des lots, le titulaire réalise une "
              "action d'insertion professionnelle au profit de personnes éloignées de l'emploi, selon les "
              "modalités de l'article 6 du CCAP."),
            H("Section IV : Procédure"),
            P("IV.1.1) Type de procédure : Procédure ouverte. IV.2.2) Date limite de réception des offres : "
              "22/03/2027 à 16:00"),
            H("Section VI : Renseignements complémentaires"),
            P("VI.3) Informations complémentaires : Visite facultative des sites. Le dossier de consultation est "
              "téléchargeable sur https://marchespublics.hautevarenne.fr."),
            P("VI.5) Date d'envoi du présent avis : 08/02/2027")]
    rc = [TITLE("Département de la Haute-Varenne – Direction des bâtiments", "RÈGLEMENT DE LA CONSULTATION",
                "Nettoyage et entretien courant des locaux des collèges publics – appel d'offres ouvert"),
          H("1. Contexte"),
          P("Le Département assure l'entretien de 42 collèges publics ; il y consacre un budget de fonctionne"
            "ment d'environ 3,9 M€ TTC par an, agents départementaux et fournitures compris. Une partie des "
            "prestations est confiée à des entreprises, objet de la présente consultation."),
          H("2. Allotissement"),
          P("Les prestations sont réparties en trois lots géographiques : lot 1 Secteur Nord, lot 2 Secteur "
            "Centre, lot 3 Secteur Sud. Un même candidat ne peut être attributaire de plus de deux lots."),
          H("3. Durée et valeur estimée"),
          P("Chaque marché est conclu pour une durée ferme de quatre ans à compter du 1er septembre 2027. La "
            "valeur estimée de l'ensemble des lots, pour la durée totale des marchés, est de 2,76 M€ HT."),
          H("4. Forme des prix"),
          P("Prix global et forfaitaire pour les prestations régulières ; prix unitaires pour les remises en "
            "état ponctuelles commandées par ordre de service."),
          H("5. Critères de jugement des offres"),
          LST(["Prix : 50 %", "Valeur technique : 40 % (organisation et moyens humains 25 %, produits et "
               "matériels 15 %)", "Performance en matière d'insertion professionnelle : 10 %, appréciée au vu "
               "de la note décrivant l'accueil, le tutorat et la formation des personnes en insertion"]),
          *RT(a_candidature(c, 0), "6. Contenu du dossier de candidature"),
          *RT(a_remise(c, 1), "7. Remise des plis"), *RT(a_visite(c, 1), "8. Visite des collèges")]
    ccap = [TITLE("Département de la Haute-Varenne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Nettoyage des collèges – lots 1 à 3"),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux trois lots de la consultation 27-DBAT-014."),
            *a_pieces(c, 2),
            H("Article 3 – Durée"),
            P("Quatre ans fermes, sans reconduction."),
            H("Article 4 – Pénalités"),
            P("Chaque constat contradictoire de prestation non exécutée ou mal exécutée donne lieu à une pénalité "
              "de 300 € HT. Le défaut de remise du cahier de liaison est sanctionné par une pénalité de 60 € HT."),
            *a_paiement(c, 2),
            H("Article 6 – Clause sociale d'insertion"),
            P("En application de l'article L.~2112-2 du code de la commande publique, le titulaire de chaque "
              "lot s'engage à réserver aux publics éloignés de l'emploi un nombre minimal d'heures de travail "
              "sur la durée du marché :"),
            RTAB([["Lot", "Heures d'insertion"], ["Lot 1 – Secteur Nord", "1~200"],
                  ["Lot 2 – Secteur Centre", "900"], ["Lot 3 – Secteur Sud", "650"],
                  ["Total des trois lots", "2~750"]], widths=[3, 1.5], align="lr"),
            P("Le suivi est assuré par la cellule clauses sociales de la Maison de l'emploi de Haute-Varenne. "
              "Chaque heure non réalisée et non justifiée est pénalisée à hauteur de 30 € HT."),
            *a_litiges(c, 0)]
    ae = [TITLE("Département de la Haute-Varenne", "ACTE D'ENGAGEMENT",
                "Lot n° 2 – Secteur Centre (16 collèges)"),
          P("Consultation 27-DBAT-014 – nettoyage et entretien courant des locaux des collèges publics, "
            "marché alloti en trois lots géographiques."),
          H("Article 1 – Contractant"),
          P("Je soussigné(e) …………………………, agissant au nom et pour le compte de …………………………, m'engage "
            "sur la base de mon offre à exécuter les prestations du lot n° 2."),
          H("Article 2 – Prix"),
          P("Forfait annuel pour les prestations régulières : ………………… € HT, soit ………………… € TTC. Les "
            "remises en état sont rémunérées aux prix unitaires du bordereau."),
          H("Article 3 – Durée"),
          P("Quatre ans à compter du 1er septembre 2027."),
          H("Article 4 – Paiements"),
          P("Compte à créditer : ……………………………………")]
    pieces = [
        PIECE("Avis_JOUE_27-DBAT-014.txt", "AVIS", hdr, "", avis,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=3,
                montant_estime_ht=2760000,
                evidence=["Valeur totale estimée : Valeur hors TVA : 2 760 000.00 EUR",
                          "Ce marché est divisé en lots : oui", "Lot n° : 3",
                          "Performance en matière d'insertion professionnelle des publics en difficulté / Pondération : 10",
                          "le titulaire réalise une action d'insertion professionnelle"])),
        PIECE("RC_27-DBAT-014.pdf", "RC", hdr, "RC 27-DBAT-014", rc,
              L(critere_social=1, allotissement=1, nb_lots=3, montant_estime_ht=2760000,
                evidence=["réparties en trois lots géographiques",
                          "valeur estimée de l'ensemble des lots, pour la durée totale des marchés, est de 2,76 M€ HT",
                          "Performance en matière d'insertion professionnelle : 10 %"]), cols=2, hyphen=True),
        PIECE("CCAP_27-DBAT-014.pdf", "CCAP", hdr, "CCAP 27-DBAT-014", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2750, allotissement=1, nb_lots=3,
                evidence=["commun aux trois lots", "Total des trois lots 2 750",
                          "réserver aux publics éloignés de l'emploi un nombre minimal d'heures de travail"])),
        PIECE("AE_Lot2_27-DBAT-014.docx", "AE", hdr, "AE lot 2", ae,
              L(allotissement=1, nb_lots=3, evidence=["marché alloti en trois lots géographiques"])),
    ]
    return dict(id="d03", title="Département de la Haute-Varenne – nettoyage des collèges (3 lots)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social"],
                values=V(heures_insertion=2750, allotissement=1, nb_lots=3, montant_estime_ht=2760000),
                note="Estimation : avis II.1.5 « Valeur hors TVA : 2 760 000.00 EUR » (= 1 040 000 + 980 000 + "
                     "740 000 des II.2.6, à ne pas additionner au total) ; RC « 2,76 M€ HT ». Piège : budget de "
                     "fonctionnement 3,9 M€ TTC par an (RC). Heures : tableau du CCAP avec ligne de total 2 750 "
                     "(1 200 + 900 + 650, total à ne pas rajouter). Pas de maximum (prix forfaitaire). Pénalités "
                     "300 €, 60 €, 30 €.")


_D04_ROWS = [  # n°, désignation, unité, quantité, PU HT (centimes)
    ("1.01", "Installation de chantier, signalisation temporaire", "Ft", 1, 1450000),
    ("1.02", "Rabotage de chaussée ép. 0 à 5 cm", "m²", 3200, 420),
    ("2.01", "Décaissement et évacuation des déblais", "m³", 640, 2850),
    ("2.02", "Grave non traitée 0/31,5 en couche de fondation", "t", 1850, 2350),
    ("3.01", "Enrobé BBSG 0/10 classe 3, ép. 6 cm", "t", 1150, 9850),
    ("3.02", "Bordure T2 granit y c. fondation béton", "ml", 720, 6400),
    ("4.01", "Caniveau CS1 béton", "ml", 380, 4200),
    ("4.02", "Regard à grille 40x40 fonte", "u", 18, 62000),
    ("5.01", "Signalisation horizontale, bande blanche de 12 cm", "ml", 2100, 150),
    ("5.02", "Plantation d'arbres tige 16/18 avec fosse", "u", 14, 73500),
]


def _eur(cents):
    s = "%d,%02d" % (cents // 100, cents % 100)
    ent, dec = s.split(",")
    grp = ""
    while len(ent) > 3:
        grp = "~" + ent[-3:] + grp
        ent = ent[:-3]
    return ent + grp + "," + dec


def d04():
    c = C("la communauté de communes du Pays de Brenne-Vallon", "Limoges", ccag="travaux", delai=30,
          profil="https://www.marches-securises.fr", ref="CCBV-2027-T03")
    hdr = "Communauté de communes du Pays de Brenne-Vallon – Voirie rue des Acacias – CCBV-2027-T03"
    total = sum(q * pu for _, _, _, q, pu in _D04_ROWS)
    assert total == 28957000, total
    rc = [TITLE("Communauté de communes du Pays de Brenne-Vallon", "RÈGLEMENT DE LA CONSULTATION",
                "Aménagement de voirie – rue des Acacias et chemin de la Motte (commune de Lureuil)",
                "MAPA de travaux – article R.2123-1 1° du CCP"),
          H("Article 1 – Objet"),
          P("Requalification de la chaussée, création de trottoirs accessibles et reprise des réseaux "
            "d'eaux pluviales de la rue des Acacias (420 ml) et du chemin de la Motte (260 ml)."),
          H("Article 2 – Publicité"),
          P("Le montant des travaux excédant 100~000 € HT, seuil en deçà duquel un marché de travaux peut être "
            "conclu sans publicité ni mise en concurrence préalables (article R.~2122-8), la consultation a fait "
            "l'objet d'un avis publié au BOAMP."),
          H("Article 3 – Décomposition"),
          P("Les travaux font l'objet d'un marché unique. Ils ne sont pas allotis : l'intervention simultanée de "
            "plusieurs entreprises sur une chaussée de cinq mètres maintenue sous circulation alternée serait "
            "source de risques et de surcoûts."),
          H("Article 4 – Estimation"),
          P("Le montant des travaux a été estimé par le maître d'œuvre (cabinet Géoval Ingénierie) ; le "
            "détail figure au détail quantitatif estimatif joint au dossier (pièce n° 5)."),
          H("Article 5 – Délais"),
          P("Période de préparation : 3 semaines. Délai d'exécution : 14 semaines, hors congés d'août."),
          H("Article 6 – Critères"),
          P("Prix (sur la base du DQE complété) : 55 % ; valeur technique : 45 %."),
          *a_remise(c, 0)]
    ccap = [TITLE("Communauté de communes du Pays de Brenne-Vallon", "CAHIER DES CLAUSES ADMINISTRATIVES "
                  "PARTICULIÈRES", "Aménagement de voirie rue des Acacias – CCBV-2027-T03"),
            H("Article 1 – Forme du marché"),
            P("Marché ordinaire de travaux rémunéré sur prix unitaires : les sommes dues résultent de "
              "l'application des prix du BPU aux quantités réellement exécutées. Les quantités du DQE sont "
              "indicatives."),
            *a_pieces(c, 2),
            H("Article 3 – Avance et retenue de garantie"),
            P("Le titulaire bénéficie d'une avance de 5 % du montant initial TTC du marché. Une retenue de "
              "garantie de 5 % est appliquée sur les acomptes ; elle peut être remplacée par une garantie à "
              "première demande."),
            H("Article 4 – Pénalités de retard"),
            P("Par jour calendaire de retard : 300 € HT. Par jour de retard dans le repliement des installations "
              "de chantier : 150 € HT."),
            H("Article 5 – Insertion par l'activité économique"),
            P("Le titulaire s'engage à consacrer au moins 210 heures de travail à l'insertion de personnes "
              "éloignées de l'emploi (demandeurs d'emploi de longue durée, allocataires du RSA, jeunes suivis "
              "par la mission locale). Il en rend compte mensuellement au facilitateur de la Maison de "
              "l'emploi du Boischaut."),
            H("Article 6 – Matériaux et déchets"),
            P("Les fraisats d'enrobés sont recyclés en centrale ; le taux d'agrégats d'enrobés réintroduits dans "
              "les couches de base est d'au moins 20 %. Les déblais non réemployés sont évacués vers une "
              "installation de stockage autorisée, bordereau à l'appui."),
            *a_paiement(c, 0), *a_litiges(c, 1)]
    rows = [["N°", "Désignation", "U", "Qté", "PU HT", "Montant HT"]]
    for n, des, u, q, pu in _D04_ROWS:
        rows.append([n, des, u, ("%d" % q) if q < 1000 else "%d~%03d" % (q // 1000, q % 1000), _eur(pu),
                     _eur(q * pu)])
    rows.append(["", "Total HT", "", "", "", _eur(total)])
    rows.append(["", "TVA 20 %", "", "", "", _eur(total // 5)])
    rows.append(["", "Total TTC", "", "", "", _eur(total * 6 // 5)])
    dqe = [TITLE("Communauté de communes du Pays de Brenne-Vallon",
                 "DÉTAIL QUANTITATIF ESTIMATIF",
                 "Estimation du maître d'œuvre – pièce n° 5 (non contractuelle)"),
           P("Opération : aménagement de voirie rue des Acacias et chemin de la Motte. Estimation établie par "
             "Géoval Ingénierie, valeur mars 2027. Le candidat complète un exemplaire vierge du présent "
             "document avec ses propres prix ; le total de son DQE sert au jugement du critère prix."),
           TAB(rows, widths=[0.7, 5, 0.5, 0.8, 1.1, 1.4], align="llrrrr")]
    pieces = [
        PIECE("RC_CCBV-2027-T03.pdf", "RC", hdr, "RC – CCBV-2027-T03", rc,
              L(allotissement=0, evidence=["Ils ne sont pas allotis"])),
        PIECE("CCAP_CCBV-2027-T03.pdf", "CCAP", hdr, "CCAP – CCBV-2027-T03", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=210, clause_environnementale=1,
                evidence=["consacrer au moins 210 heures de travail à l'insertion de personnes éloignées de l'emploi",
                          "Les fraisats d'enrobés sont recyclés en centrale"])),
        PIECE("DQE_estimatif_CCBV-2027-T03.docx", "DQE", hdr, "DQE estimatif – pièce 5", dqe,
              L(montant_estime_ht=289570, evidence=["Estimation du maître d'œuvre",
                                                   "Total HT 289 570,00"])),
    ]
    return dict(id="d04", title="CC du Pays de Brenne-Vallon – aménagement de voirie (DQE estimatif)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=210, allotissement=0, montant_estime_ht=289570),
                note="Estimation : total HT du détail quantitatif estimatif établi par le maître d'œuvre "
                     "(289 570,00 € HT ; TVA 57 914,00 ; TTC 347 484,00). Le RC renvoie au DQE sans chiffre. "
                     "Pièges : seuil de 100 000 € HT (R2122-8) ; prix unitaires (98,50 €/t…) et montants de ligne ; "
                     "avance et retenue 5 % ; pénalités 300 € et 150 €. Marché ordinaire : pas de maximum.")


def d05():
    c = C("la ville de Saint-Aurèle", "Montpellier", ccag="maîtrise d'œuvre", delai=30,
          profil="https://achats.saint-aurele.fr", ref="MOE-2027-05")
    hdr = "Ville de Saint-Aurèle – MOE groupe scolaire Jean-Macé – MOE-2027-05"
    avis = [TITLE("Avis de marché", "Ville de Saint-Aurèle", "Services de maîtrise d'œuvre"),
            P("Section I : Pouvoir adjudicateur — I.1) Ville de Saint-Aurèle, Hôtel de ville, 2 place "
              "Jean-Jaurès, 34920 Saint-Aurèle. Courriel : commande.publique@saint-aurele.fr"),
            P("Section II : Objet — II.1.1) Intitulé : Maîtrise d'œuvre pour la réhabilitation énergétique "
              "et l'extension du groupe scolaire Jean-Macé. II.1.2) Code CPV principal : 71000000. II.1.3) "
              "Type de marché : Services."),
            P("II.1.4) Description succincte : mission de base (ESQ à AOR) avec EXE partielle, OPC et SSI. "
              "L'enveloppe financière prévisionnelle affectée aux travaux est de 2 450 000 € HT (valeur mars "
              "2027)."),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 318 500 euros"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
            P("II.2.5) Critères d'attribution : valeur technique 60 ; prix 40"),
            P("II.2.7) Durée : 46 mois."),
            P("Section IV : Procédure — IV.1.1) Procédure concurrentielle avec négociation. Nombre de "
              "candidats admis à présenter une offre : 3 à 5."),
            P("IV.2.2) Date limite de réception des candidatures : 12/04/2027 à 12:00."),
            P("Section VI — VI.5) Date d'envoi du présent avis : 09/03/2027.")]
    rc = [TITLE("Ville de Saint-Aurèle", "RÈGLEMENT DE LA CONSULTATION",
                "Maîtrise d'œuvre – réhabilitation énergétique et extension du groupe scolaire Jean-Macé"),
          H("Article 1 – Objet et étendue"),
          P("Le marché porte sur une mission de maîtrise d'œuvre au sens des articles L.~2431-1 et R.~2431-4 "
            "et suivants du code de la commande publique. La consultation n'est pas allotie, la mission "
            "étant indissociable."),
          H("Article 2 – Enveloppe financière"),
          P("L'enveloppe financière prévisionnelle affectée aux travaux par le maître d'ouvrage s'élève à "
            "2~450~000 € HT. Le taux de rémunération proposé s'appliquera à cette enveloppe pour déterminer "
            "le forfait provisoire."),
          H("Article 3 – Procédure"),
          P("La valeur estimée du besoin excédant le seuil européen de 216~000 € HT applicable aux services "
            "des collectivités territoriales, la procédure concurrentielle avec négociation est mise en "
            "œuvre (articles R.~2124-3 et R.~2161-21 à R.~2161-23). Le concours n'est pas obligatoire "
            "s'agissant d'une réhabilitation."),
          H("Article 4 – Composition de l'équipe"),
          P("L'équipe comprend au minimum un architecte inscrit à l'Ordre, un BET fluides et thermique, un "
            "BET structure, un économiste et un OPC."),
          H("Article 5 – Sélection des candidatures"),
          P("Au plus cinq candidats sont admis à négocier, sélectionnés selon la qualité des références "
            "(50 %), les moyens de l'équipe (30 %) et la note d'intention (20 %)."),
          *a_remise(c, 1)]
    ccap = [TITLE("Ville de Saint-Aurèle", "C.C.A.P. – Maîtrise d'œuvre", "Groupe scolaire Jean-Macé"),
            H("Article 1 – Rémunération"),
            P("Le forfait provisoire de rémunération est égal au produit du taux de rémunération t proposé par "
              "le titulaire et du montant de l'enveloppe financière prévisionnelle. Il devient définitif à "
              "l'acceptation de l'APD par l'avenant prévu à l'article R.~2432-7."),
            H("Article 2 – Engagement sur le coût prévisionnel des travaux"),
            P("Le maître d'œuvre s'engage sur le coût prévisionnel des travaux arrêté à l'APD. Un taux de "
              "tolérance de 4 % est admis ; au-delà, la rémunération est réduite dans les conditions de "
              "l'article 3."),
            H("Article 3 – Pénalités"),
            P("Retard dans la remise d'un document d'études : 150 € par jour. Absence à une réunion de chantier : "
              "200 €."),
            H("Article 4 – Avance"),
            P("Une avance de 10 % du montant de chaque tranche d'éléments de mission est versée si ce montant est "
              "supérieur à 50~000 € HT."),
            H("Article 5 – Assurances"),
            P("Responsabilité civile professionnelle : plafond d'au moins 3~000~000 € par sinistre."),
            *a_paiement(c, 1), *a_litiges(c, 0)]
    cctp = [TITLE("Ville de Saint-Aurèle", "CCTP – PROGRAMME DE L'OPÉRATION", "Groupe scolaire Jean-Macé"),
            H("1. Données générales"),
            P("Le groupe scolaire (1968, 2 180 m² SU) accueille 11 classes. L'opération vise une réduction de "
              "60 % des consommations d'énergie finale, la création de deux classes (180 m²) et d'un restaurant "
              "scolaire en liaison chaude."),
            H("2. Coût prévisionnel des travaux"),
            P("Le coût prévisionnel des travaux, valeur mars 2027, est estimé à 2~450~000 € HT, dont 1~610~000 € "
              "HT pour la réhabilitation et 840~000 € HT pour l'extension. Les travaux seront réalisés en site "
              "occupé, sur deux étés."),
            H("3. Exigences de performance"),
            P("Niveau BBC rénovation ; ventilation double flux dans les classes ; confort d'été vérifié par "
              "simulation thermique dynamique."),
            H("4. Calendrier"),
            P("Études : avril 2027 – février 2028 ; travaux : juin 2028 – août 2029.")]
    pieces = [
        PIECE("Avis_MOE-2027-05.txt", "AVIS", hdr, "", avis,
              L(allotissement=0, montant_estime_ht=318500,
                evidence=["II.1.5) Valeur totale estimée : Valeur hors TVA : 318 500 euros",
                          "Ce marché est divisé en lots : non"])),
        PIECE("RC_MOE-2027-05.pdf", "RC", hdr, "RC MOE-2027-05", rc,
              L(allotissement=0, evidence=["La consultation n'est pas allotie"])),
        PIECE("CCAP_MOE-2027-05.pdf", "CCAP", hdr, "CCAP MOE-2027-05", ccap, L()),
        PIECE("CCTP_Programme_MOE-2027-05.pdf", "CCTP", hdr, "Programme", cctp, L()),
    ]
    return dict(id="d05", title="Ville de Saint-Aurèle – maîtrise d'œuvre du groupe scolaire Jean-Macé",
                pieces=pieces, pos=[],
                values=V(allotissement=0, montant_estime_ht=318500),
                note="Estimation : valeur du marché de maîtrise d'œuvre donnée par l'avis seul (II.1.5, 318 500 "
                     "euros HT). Pièges : l'enveloppe financière prévisionnelle / le coût prévisionnel des TRAVAUX "
                     "(2 450 000 € HT, 1 610 000 et 840 000) n'est pas la valeur du marché de maîtrise d'œuvre ; seuil "
                     "216 000 € HT ; 50 000 € HT ; assurance 3 000 000 € ; pénalités.")


def d06():
    c = C("le CCAS de Montferrand-le-Haut", "Clermont-Ferrand", delai=30,
          profil="https://www.achatpublic.com", ref="CCAS-2027-R1")
    hdr = "CCAS de Montferrand-le-Haut – Fourniture de repas – CCAS-2027-R1"
    rc = [TITLE("Centre communal d'action sociale de Montferrand-le-Haut", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture et livraison de repas en liaison froide"),
          H("Article 1 – Objet"),
          P("Fabrication et livraison en liaison froide de repas pour le service de portage à domicile et "
            "pour la résidence autonomie « Les Glycines »."),
          H("Article 2 – Allotissement"),
          P("La consultation comporte deux lots : lot 1 – repas portés à domicile ; lot 2 – repas de la "
            "résidence autonomie. Les lots sont attribués séparément."),
          H("Article 3 – Forme et durée"),
          P("Chaque lot fait l'objet d'un accord-cadre mono-attributaire exécuté par bons de commande, conclu "
            "pour un an à compter du 1er juillet 2027 et reconductible trois fois."),
          H("Article 4 – Quantités indicatives"),
          P("Environ 38~000 repas par an pour le lot 1 et 17~500 pour le lot 2. À titre d'information, le prix "
            "moyen d'un repas complet constaté en 2026 était de 5,62 € HT pour le portage."),
          H("Article 5 – Critères"),
          LST(["Qualité gustative et nutritionnelle (menus, fiches recettes, test de dégustation) : 45 % ;",
               "Prix (simulation sur une semaine type) : 40 % ;",
               "Organisation des livraisons et réactivité : 15 %."]),
          *a_candidature(c, 1), *a_remise(c, 2)]
    ccap = [TITLE("CCAS de Montferrand-le-Haut", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accords-cadres de fourniture de repas – lots 1 et 2"),
            H("Article 1 – Objet"),
            P("Le présent CCAP s'applique aux deux lots de la consultation CCAS-2027-R1."),
            H("Article 2 – Montants"),
            P("Pour chacun des lots, l'accord-cadre est conclu sans montant minimum et avec un montant maximum "
              "fixé pour toute sa durée, reconductions comprises :"),
            LST(["lot 1 – portage à domicile : 280~000 € HT ;", "lot 2 – résidence autonomie : 125~000 € HT."]),
            *a_pieces(c, 0),
            H("Article 4 – Conditionnements"),
            P("Les repas sont livrés en barquettes operculées recyclables ; pour le lot 2, le titulaire livre "
              "en bacs gastronormes réutilisables qu'il reprend et lave. Le suremballage individuel est proscrit."),
            H("Article 5 – Prix"),
            P("Prix unitaires révisables annuellement selon l'indice INSEE « Restauration collective » (base "
              "2015), l'augmentation étant plafonnée à 3,5 % par an."),
            H("Article 6 – Pénalités"),
            P("Retard de livraison supérieur à 30 minutes : 50 € par tournée. Rupture de la chaîne du froid "
              "constatée : 500 € par livraison, sans préjudice de la résiliation."),
            *a_paiement(c, 2), *a_litiges(c, 0)]

    def ae(lot, nom, estim_txt, maxi):
        return [TITLE("CCAS de Montferrand-le-Haut", "ACTE D'ENGAGEMENT",
                      "Lot n° %d – %s" % (lot, nom)),
                P("Consultation CCAS-2027-R1 – fourniture et livraison de repas en liaison froide. "
                  "L'accord-cadre comporte deux lots ; le présent acte d'engagement concerne le lot n° %d." % lot),
                H("A – Objet de l'acte d'engagement"),
                P("Accord-cadre à bons de commande, sans minimum, d'un montant maximum de %s € HT pour sa "
                  "durée totale." % maxi),
                H("B – Montant estimatif"),
                P(estim_txt),
                H("C – Engagement du candidat"),
                P("Je m'engage, sur la base de mon offre et pour mon propre compte, à livrer les repas aux prix "
                  "unitaires figurant au bordereau joint. Prix unitaire d'un repas complet : ………… € HT."),
                H("D – Signature"),
                P("À ……………………, le …………………… Le candidat :")]
    ae1 = ae(1, "Repas portés à domicile",
             "Le montant estimatif du lot n° 1, pour la durée totale de l'accord-cadre (reconductions "
             "incluses), est de 212~000 € HT. Il est donné à titre indicatif et n'engage pas le CCAS.", "280~000")
    ae2 = ae(2, "Repas de la résidence autonomie « Les Glycines »",
             "Montant estimatif du lot, toutes périodes confondues : quatre-vingt-quatorze mille cinq cents "
             "euros hors taxes (94~500 € HT), valeur indicative non contractuelle.", "125~000")
    pieces = [
        PIECE("RC_CCAS-2027-R1.pdf", "RC", hdr, "RC CCAS-2027-R1", rc,
              L(allotissement=1, nb_lots=2, evidence=["La consultation comporte deux lots"])),
        PIECE("CCAP_CCAS-2027-R1.pdf", "CCAP", hdr, "CCAP CCAS-2027-R1", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=405000,
                evidence=["aux deux lots", "lot 1 – portage à domicile : 280 000 € HT",
                          "lot 2 – résidence autonomie : 125 000 € HT", "[280 000 + 125 000 = 405 000]",
                          "bacs gastronormes réutilisables qu'il reprend et lave"])),
        PIECE("AE_Lot1_CCAS-2027-R1.docx", "AE", hdr, "AE lot 1", ae1,
              L(allotissement=1, nb_lots=2, montant_estime_ht=212000, montant_max_ht=280000,
                evidence=["L'accord-cadre comporte deux lots",
                          "montant estimatif du lot n° 1, pour la durée totale de l'accord-cadre (reconductions incluses), est de 212 000 € HT",
                          "montant maximum de 280 000 € HT", "[valeurs du seul lot 1]"])),
        PIECE("AE_Lot2_CCAS-2027-R1.docx", "AE", hdr, "AE lot 2", ae2,
              L(allotissement=1, nb_lots=2, montant_estime_ht=94500, montant_max_ht=125000,
                evidence=["L'accord-cadre comporte deux lots",
                          "quatre-vingt-quatorze mille cinq cents euros hors taxes (94 500 € HT)",
                          "montant maximum de 125 000 € HT", "[valeurs du seul lot 2]"])),
    ]
    return dict(id="d06", title="CCAS de Montferrand-le-Haut – repas en liaison froide (2 lots, estimations dans les AE)",
                pieces=pieces, pos=["clause_environnementale"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=306500, montant_max_ht=405000),
                note="Estimation : seuls les deux AE la donnent, chacun pour son lot (212 000 et 94 500 € HT, le "
                     "second en lettres puis en chiffres) ; 212 000 + 94 500 = 306 500 € HT. Maximum : 280 000 + "
                     "125 000 = 405 000 € HT (CCAP, répété dans chaque AE pour son lot). Pièges : 38 000 et 17 500 "
                     "repas par an ; prix moyen 5,62 € HT ; 3,5 % ; pénalités 50 € et 500 €. Étiquette des AE : "
                     "valeurs du seul lot de la pièce.")


def d07():
    c = C("l'Université de Lorvel", "Rennes", delai=30,
          profil="https://www.marches-publics.gouv.fr", ref="2027-UL-018")
    hdr = "Université de Lorvel – Maintenance des ascenseurs – 2027-UL-018"
    rc = [TITLE("Université de Lorvel – Direction du patrimoine immobilier", "RÈGLEMENT DE LA CONSULTATION",
                "Maintenance préventive et corrective des ascenseurs, monte-charges et plateformes élévatrices"),
          H("Article 1 – Objet"),
          P("Maintenance complète (contrat de type « étendu » au sens de la norme NF EN 13269) de 23 appareils "
            "répartis sur les campus de Lorvel-Centre et de Kerandel."),
          H("Article 2 – Procédure"),
          P("Procédure adaptée ouverte (article R.~2123-1 1°), la valeur estimée du besoin étant inférieure au "
            "seuil de procédure formalisée de 216~000 € HT."),
          H("Article 3 – Allotissement"),
          P("Le marché n'est pas alloti : la maintenance d'un parc hétérogène par un prestataire unique garantit "
            "une astreinte et une gestion des pièces détachées cohérentes."),
          H("Article 4 – Durée"),
          P("Le marché est conclu pour une durée de quatre ans à compter du 1er juin 2027."),
          H("Article 5 – Estimation"),
          P("L'estimation de l'administration s'établit à 148~000 € HT pour la durée totale du marché."),
          H("Article 6 – Jugement"),
          P("Valeur technique 50 % (moyens, délais d'intervention, plan de maintenance) ; prix 50 %, apprécié "
            "sur le forfait annuel et sur une simulation de dépannages au bordereau."),
          *a_candidature(c, 0), *a_remise(c, 0), *a_visite(c, 0)]
    ccap = [TITLE("Université de Lorvel", "CCAP", "Maintenance des ascenseurs – marché 2027-UL-018"),
            H("Article 1 – Forme du marché"),
            P("Marché ordinaire mixte : prix global et forfaitaire pour la maintenance préventive, prix unitaires "
              "pour les réparations hors forfait, commandées par bon de commande."),
            *a_pieces(c, 1),
            H("Article 3 – Délais d'intervention"),
            P("En cas de personne bloquée en cabine, le titulaire intervient dans un délai d'une heure, de jour "
              "comme de nuit ; pour toute autre panne, dans un délai de 4 heures ouvrées."),
            H("Article 4 – Pénalités"),
            P("Dépassement du délai d'intervention : 80 € HT par heure de retard. Visite préventive non "
              "réalisée : 120 € HT par appareil et par visite."),
            H("Article 5 – Avance"),
            P("Une avance de 5 % est versée dans les conditions de l'article R.~2191-3 (montant initial "
              "supérieur à 50~000 € HT et délai d'exécution supérieur à deux mois)."),
            *a_paiement(c, 0), *a_litiges(c, 0)]
    cctp = [TITLE("Université de Lorvel", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Maintenance des ascenseurs et monte-charges"),
            H("1. Contexte"),
            P("Le contrat actuel, conclu en 2023 pour un forfait de 41~200 € HT par an, arrive à échéance le 31 "
              "mai 2027. Le parc a depuis été complété par deux plateformes élévatrices."),
            H("2. Inventaire"),
            RTAB([["Bâtiment", "Appareil", "Marque", "Charge", "Niveaux"],
                  ["A – Présidence", "Ascenseur 1", "Kone", "630 kg", "5"],
                  ["B – Sciences", "Ascenseurs 2 et 3", "Otis", "1 000 kg", "6"],
                  ["C – Bibliothèque", "Monte-livres", "Soretex", "100 kg", "3"],
                  ["D – Restaurant", "Monte-charge", "Schindler", "1 600 kg", "2"],
                  ["Kerandel", "PFE 1 et 2", "Aritco", "300 kg", "2"]], widths=[2, 2, 1.5, 1.2, 1], align="lllrr"),
            P("La liste complète des 23 appareils figure en annexe 1."),
            H("3. Prestations"),
            P("Visites préventives mensuelles, contrôle des dispositifs de sécurité, nettoyage des cuvettes, "
              "tenue du carnet d'entretien et assistance lors des contrôles techniques quinquennaux.")]
    qr = [TITLE("Université de Lorvel", "QUESTIONS DES CANDIDATS ET RÉPONSES DE L'ACHETEUR",
                "Consultation 2027-UL-018 – état au 12 février 2027"),
          H("Question n° 1 (reçue le 3 février 2027)"),
          P("La visite des locaux techniques est-elle possible en dehors des créneaux indiqués ?"),
          P("Réponse : Oui, sur demande adressée au moins 48 heures à l'avance à patrimoine@univ-lorvel.fr."),
          H("Question n° 2 (reçue le 5 février 2027)"),
          P("Le tableau du CCTP recense 7 appareils alors que le RC en mentionne 23 ; pouvez-vous confirmer ?"),
          P("Réponse : Le tableau du CCTP n'est qu'un extrait ; le parc compte bien 23 appareils (annexe 1)."),
          H("Question n° 3 (reçue le 9 février 2027)"),
          P("L'article 5 du RC indique une estimation de 148 000 € HT sur quatre ans, ce qui paraît faible "
            "au regard du contrat actuel. Pouvez-vous confirmer ce montant ?"),
          P("Réponse : L'article 5 du RC est entaché d'une erreur matérielle (inversion de chiffres). Il convient "
            "de lire : « L'estimation de l'administration s'établit à 184~000 € HT pour la durée totale du "
            "marché. » Les autres stipulations du RC sont inchangées."),
          H("Question n° 4 (reçue le 10 février 2027)"),
          P("Existe-t-il un montant minimum de commandes pour les réparations hors forfait ?"),
          P("Réponse : Non. Il ne s'agit pas d'un accord-cadre ; les réparations sont commandées selon les "
            "besoins, sans minimum ni maximum.")]
    pieces = [
        PIECE("RC_2027-UL-018.pdf", "RC", hdr, "RC 2027-UL-018", rc,
              L(allotissement=0, montant_estime_ht=148000,
                evidence=["Le marché n'est pas alloti",
                          "L'estimation de l'administration s'établit à 148 000 € HT pour la durée totale du marché"])),
        PIECE("CCAP_2027-UL-018.pdf", "CCAP", hdr, "CCAP 2027-UL-018", ccap, L()),
        PIECE("CCTP_2027-UL-018.pdf", "CCTP", hdr, "CCTP 2027-UL-018", cctp, L()),
        PIECE("QR_2027-UL-018.pdf", "QR", hdr, "Questions-réponses 2027-UL-018", qr,
              L(montant_estime_ht=184000,
                evidence=["L'estimation de l'administration s'établit à 184 000 € HT pour la durée totale du marché"])),
    ]
    return dict(id="d07", title="Université de Lorvel – maintenance des ascenseurs (estimation corrigée par Q/R)",
                pieces=pieces, pos=[],
                values=V(allotissement=0, montant_estime_ht=184000),
                note="Estimation : le RC donne 148 000 € HT, corrigé par la réponse à la question n° 3 du registre "
                     "des questions-réponses (erreur matérielle) : 184 000 € HT. Pièges : seuil 216 000 € HT ; "
                     "contrat actuel 41 200 € HT par an ; avance 5 % et 50 000 € HT (R2191-3) ; pénalités 80 € et 120 € ; "
                     "« 4 heures », « 48 heures » (pas d'insertion). Marché ordinaire : pas de maximum.")


def d08():
    c = C("Grand Lormont Métropole", "Bordeaux", delai=30,
          profil="https://marches.grandlormont.fr", ref="GLM-27-0042")
    hdr = "Grand Lormont Métropole – Vêtements de travail et EPI – GLM-27-0042"

    def avis_txt(lot3, total, max3):
        return [
            P("Section II : Objet"),
            P("II.1.1) Intitulé : Fourniture de vêtements de travail, chaussures de sécurité et tenues "
              "professionnelles. Numéro de référence : GLM-27-0042"),
            P("II.1.2) Code CPV principal : 18100000. II.1.3) Type de marché : Fournitures"),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : %s EUR" % total),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui"),
            P("II.2.1) Lot n° : 1 – Vêtements haute visibilité. II.2.6) Valeur estimée : Valeur hors TVA : "
              "160 000 EUR"),
            P("II.2.1) Lot n° : 2 – Chaussures et bottes de sécurité. II.2.6) Valeur estimée : Valeur hors "
              "TVA : 140 000 EUR"),
            P("II.2.1) Lot n° : 3 – Tenues de cuisine et d'entretien. II.2.6) Valeur estimée : Valeur hors "
              "TVA : %s EUR" % lot3),
            P("II.2.7) Durée : 12 mois, reconductible trois fois."),
            P("VI.3) Informations complémentaires : Chaque lot fait l'objet d'un accord-cadre à bons de "
              "commande conclu avec un montant maximum pour sa durée totale : lot 1 : 210 000 € HT ; lot 2 : "
              "190 000 € HT ; lot 3 : %s € HT." % max3)]
    avis1 = ([TITLE("Avis de marché – Fournitures", "Grand Lormont Métropole", "Procédure ouverte"),
              P("Section I : I.1) Grand Lormont Métropole, 10 esplanade Charles-de-Gaulle, 33310 Lormont.")]
             + avis_txt("120 000", "420 000", "150 000")
             + [P("IV.2.2) Date limite de réception des offres : 14/04/2027 à 12:00. VI.5) Envoi : 01/03/2027.")])
    avis2 = [TITLE("Avis rectificatif", "Grand Lormont Métropole",
                   "Avis modifiant l'avis n° 27-031457 publié le 03/03/2027"),
             P("Section I : Pouvoir adjudicateur – Grand Lormont Métropole, direction de la commande publique."),
             P("Section II : Objet – II.1.1) Fourniture de vêtements de travail, chaussures de sécurité et tenues "
               "professionnelles (GLM-27-0042)."),
             P("Section VI : VI.6) Référence de l'avis original : 2027/S 044-131457 du 03/03/2027."),
             P("Section VII : Modifications – VII.1.1) Motif : modification des informations originales "
               "fournies par le pouvoir adjudicateur (extension du lot 3 aux tenues des agents de la cuisine "
               "centrale)."),
             P("VII.1.2) Texte à rectifier dans l'avis original :"),
             P("Numéro de section : II.1.5 — Au lieu de : 420 000 EUR — Lire : 465 000 EUR"),
             P("Numéro de section : II.2.6 — Lot n° : 3 — Au lieu de : 120 000 EUR — Lire : 165 000 EUR"),
             P("Numéro de section : VI.3 — Au lieu de : « lot 3 : 150 000 € HT » — Lire : « lot 3 : 200 000 € "
               "HT »"),
             P("Numéro de section : IV.2.2 — Au lieu de : 14/04/2027 à 12:00 — Lire : 28/04/2027 à 12:00"),
             P("VII.2) Autres informations complémentaires : le CCAP et le BPU du lot 3 modifiés sont en ligne "
               "sur https://marches.grandlormont.fr.")]
    rc = [TITLE("Grand Lormont Métropole", "RÈGLEMENT DE LA CONSULTATION",
                "Vêtements de travail, chaussures de sécurité et tenues professionnelles"),
          H("1 – Objet et allotissement"),
          P("La consultation est divisée en trois lots : lot 1 vêtements haute visibilité ; lot 2 chaussures "
            "et bottes de sécurité ; lot 3 tenues de cuisine et d'entretien. Chaque lot donne lieu à un "
            "accord-cadre mono-attributaire à bons de commande."),
          H("2 – Durée"),
          P("Douze mois à compter de la notification, reconductible trois fois par périodes de douze mois."),
          H("3 – Échantillons"),
          P("Le candidat remet, pour chaque lot, les échantillons listés à l'annexe 2, étiquetés au nom du "
            "candidat et du lot ; ils ne sont pas restitués."),
          H("4 – Critères"),
          LST(["Qualité et confort des articles (essais de port par des agents) : 40 % ;",
               "Prix (détail quantitatif estimatif non contractuel) : 35 % ;",
               "Performance environnementale des articles (fibres recyclées ou biologiques, durabilité, "
               "filière de fin de vie proposée) : 15 % ;",
               "Délais de livraison et service de retouche : 10 %."]),
          *RT(a_remise(c, 1), "5 – Remise des plis")]
    ccap = [TITLE("Grand Lormont Métropole", "CCAP – version modifiée n° 2 du 24 mars 2027",
                  "Accords-cadres GLM-27-0042 (lots 1 à 3)"),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux trois lots. La version n° 2 porte le montant maximum du lot 3 de "
              "150~000 € HT à 200~000 € HT."),
            H("Article 2 – Montants maximums"),
            RTAB([["Lot", "Montant minimum", "Montant maximum (durée totale)"],
                  ["1 – Haute visibilité", "sans", "210~000 € HT"],
                  ["2 – Chaussures de sécurité", "sans", "190~000 € HT"],
                  ["3 – Cuisine et entretien", "sans", "200~000 € HT"]], widths=[2.4, 1.3, 2.2], align="lrr"),
            *a_pieces(c, 2),
            H("Article 4 – Reprise des vêtements usagés"),
            P("À chaque dotation, le titulaire reprend sans frais les vêtements usagés et les remet à une filière "
              "de réemploi ou de recyclage textile ; il transmet chaque année un bilan des tonnages collectés."),
            H("Article 5 – Pénalités"),
            P("Retard de livraison : 1/1000e du montant du bon de commande par jour, plafonné à 10 % de ce "
              "montant."),
            *a_paiement(c, 0), *a_litiges(c, 1)]
    pieces = [
        PIECE("Avis_initial_GLM-27-0042.txt", "AVIS", hdr, "", avis1,
              L(allotissement=1, nb_lots=3, montant_estime_ht=420000, montant_max_ht=550000,
                evidence=["Valeur totale estimée : Valeur hors TVA : 420 000 EUR",
                          "Ce marché est divisé en lots : oui", "Lot n° : 3",
                          "lot 1 : 210 000 € HT ; lot 2 : 190 000 € HT ; lot 3 : 150 000 € HT",
                          "[210 000 + 190 000 + 150 000]"])),
        PIECE("Avis_rectificatif_GLM-27-0042.txt", "AVIS", hdr, "", avis2,
              L(allotissement=1, montant_estime_ht=465000,
                evidence=["II.1.5 — Au lieu de : 420 000 EUR — Lire : 465 000 EUR", "Lot n° : 3"])),
        PIECE("RC_GLM-27-0042.pdf", "RC", hdr, "RC GLM-27-0042", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=3,
                evidence=["La consultation est divisée en trois lots",
                          "Performance environnementale des articles"]), hyphen=True),
        PIECE("CCAP_GLM-27-0042.pdf", "CCAP", hdr, "CCAP GLM-27-0042 v2", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=600000,
                evidence=["commun aux trois lots", "Montant maximum (durée totale)",
                          "[210 000 + 190 000 + 200 000 = 600 000]",
                          "reprend sans frais les vêtements usagés"])),
    ]
    return dict(id="d08", title="Grand Lormont Métropole – vêtements de travail (3 lots, avis rectificatif)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=465000, montant_max_ht=600000),
                note="Estimation : l'avis initial donne 420 000 EUR (II.1.5 ; lots 160 000 + 140 000 + 120 000), "
                     "l'avis rectificatif corrige II.1.5 en 465 000 EUR (lot 3 : 165 000). Maximum : 210 000 + "
                     "190 000 + 200 000 = 600 000 € HT (CCAP v2, avis rectificatif VI.3) ; l'avis initial donnait "
                     "150 000 pour le lot 3 (550 000). Pièges : montants par lot à ne pas rajouter au total ; "
                     "1/1000e ; 10 %.")


def d09():
    c = C("la commune de Pradelles-sur-Cère", "Clermont-Ferrand", delai=30,
          profil="https://www.marchespublics-auvergne.fr", ref="PSC-EV-2027")
    hdr = "Commune de Pradelles-sur-Cère – Entretien des espaces verts – PSC-EV-2027"
    rc = [TITLE("Commune de Pradelles-sur-Cère", "RÈGLEMENT DE LA CONSULTATION",
                "Entretien des espaces verts, des cimetières et des abords de voirie"),
          H("Article 1 – Objet"),
          P("Tonte, taille des haies et arbustes, désherbage manuel ou mécanique, entretien des massifs et "
            "ramassage des feuilles sur les sites communaux listés au CCTP."),
          H("Article 2 – Marché réservé"),
          P("En application de l'article L.~2113-13 du code de la commande publique, le présent marché est "
            "réservé aux structures d'insertion par l'activité économique mentionnées à l'article L.~5132-4 "
            "du code du travail (EI, AI, ACI, ETTI) et aux structures équivalentes."),
          H("Article 3 – Montant du marché"),
          P("Le marché est conclu pour un an, reconductible deux fois. Le montant estimé du marché, toutes "
            "périodes confondues, s'élève à cent quatre-vingt-six mille euros hors taxes, soit 223¦SB¦200 € TTC."),
          P("Pour information, le budget annuel consacré par la commune à ses espaces verts, régie municipale "
            "comprise, avoisine 640~000 €."),
          H("Article 4 – Décomposition"),
          P("Le marché n'est pas décomposé en lots ; il comprend une tranche unique."),
          H("Article 5 – Jugement des offres"),
          LST(["Prix : 40 %", "Valeur technique (moyens, calendrier d'intervention) : 40 %",
               "Qualité de l'accompagnement socioprofessionnel proposé aux salariés en insertion affectés au "
               "chantier : 20 %"]),
          *a_remise(c, 2), *a_visite(c, 1)]
    ccap = [TITLE("Commune de Pradelles-sur-Cère", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Entretien des espaces verts – PSC-EV-2027"),
            H("Article 1 – Durée"),
            P("Le marché prend effet le 1er avril 2027 pour douze mois ; il est reconduit tacitement, deux fois "
              "au plus, sauf décision contraire notifiée trois mois avant l'échéance."),
            H("Article 2 – Prix"),
            P("Prix global et forfaitaire annuel pour les prestations programmées ; prix unitaires du BPU pour "
              "les prestations ponctuelles."),
            *a_pieces(c, 0),
            H("Article 4 – Conditions d'exécution environnementales"),
            P("Aucun produit phytopharmaceutique n'est employé. Les déchets de tonte et de taille sont broyés et "
              "compostés sur la plateforme communale ou laissés sur place en paillage ; les engins thermiques "
              "de moins de 19 kW sont remplacés par des matériels électriques sur les sites scolaires."),
            H("Article 5 – Assurances"),
            P("Responsabilité civile : garantie d'au moins 1~500~000 € par sinistre."),
            H("Article 6 – Pénalités"),
            P("Passage programmé non effectué : 150 € par site. Retard de plus de 5 jours dans le ramassage des "
              "feuilles : 40 € par jour."),
            *a_paiement(c, 1), *a_litiges(c, 0)]
    cctp = [TITLE("Commune de Pradelles-sur-Cère", "C.C.T.P.", "Entretien des espaces verts"),
            H("1. Sites concernés"),
            RTAB([["Site", "Surface", "Fréquence de tonte"],
                  ["Parc de la Cère", "2,4 ha", "toutes les 2 semaines"],
                  ["Cimetières (2)", "1,1 ha", "mensuelle + Toussaint"],
                  ["Groupe scolaire", "0,6 ha", "hebdomadaire (avril-juin)"],
                  ["Abords RD 920", "3,8 km", "3 fauchages par an"]], widths=[2.2, 1, 2.2]),
            H("2. Prestations"),
            P("Taille des haies deux fois par an ; désherbage des allées de cimetières par binage ou "
              "désherbeur thermique ; ramassage des feuilles d'octobre à décembre."),
            H("3. Organisation"),
            P("Le titulaire désigne un encadrant technique, interlocuteur unique des services techniques.")]
    bpu = [TITLE("Commune de Pradelles-sur-Cère", "BORDEREAU DES PRIX UNITAIRES", "Prestations ponctuelles"),
           TAB([["N°", "Prestation", "Unité", "Prix HT"],
                ["1", "Tonte supplémentaire", "m²", ""], ["2", "Taille de haie supplémentaire", "ml", ""],
                ["3", "Abattage arbre < 10 m, dessouchage compris", "u", ""],
                ["4", "Heure de main-d'œuvre (encadrant + 2 agents)", "h", ""]], widths=[0.6, 5, 1, 1.4])]
    pieces = [
        PIECE("RC_PSC-EV-2027.pdf", "RC", hdr, "RC PSC-EV-2027", rc,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0,
                montant_estime_ht=186000,
                evidence=["En application de l'article L. 2113-13",
                          "le présent marché est réservé aux structures d'insertion par l'activité économique",
                          "toutes périodes confondues, s'élève à cent quatre-vingt-six mille euros hors taxes",
                          "n'est pas décomposé en lots", "accompagnement socioprofessionnel"]), hyphen=True),
        PIECE("CCAP_PSC-EV-2027.pdf", "CCAP", hdr, "CCAP PSC-EV-2027", ccap,
              L(clause_environnementale=1, evidence=["Aucun produit phytopharmaceutique n'est employé"])),
        PIECE("CCTP_PSC-EV-2027.pdf", "CCTP", hdr, "CCTP PSC-EV-2027", cctp, L()),
        PIECE("BPU_PSC-EV-2027.docx", "BPU", hdr, "BPU PSC-EV-2027", bpu, L()),
    ]
    return dict(id="d09", title="Commune de Pradelles-sur-Cère – espaces verts (marché réservé SIAE, montant en lettres)",
                pieces=pieces, pos=["critere_social", "marche_reserve", "clause_environnementale"],
                values=V(allotissement=0, montant_estime_ht=186000, reserve_base="L2113-13"),
                note="Estimation : RC article 3, en lettres seulement (« cent quatre-vingt-six mille euros hors "
                     "taxes »), suivi du TTC en chiffres (223 200 € TTC, à ne pas prendre). Pièges : budget annuel "
                     "des espaces verts 640 000 € ; assurance 1 500 000 € ; pénalités 150 € et 40 € ; 19 kW. "
                     "Marché réservé L2113-13 (article cité).")


def d10():
    c = C("le centre hospitalier de Vallon-Sainte-Agathe", "Grenoble", delai=50,
          profil="https://www.achats-hopitaux-alpes.fr", ref="CHVSA-2027-DAS")
    hdr = "Centre hospitalier de Vallon-Sainte-Agathe – Collecte des DASRI – CHVSA-2027-DAS"
    rc = [TITLE("Centre hospitalier de Vallon-Sainte-Agathe", "RÈGLEMENT DE LA CONSULTATION",
                "Collecte, transport et traitement des déchets d'activités de soins à risques infectieux",
                "Appel d'offres ouvert – articles R.2124-2 1° et R.2161-2 à R.2161-5 du CCP"),
          H("Article 1 – Objet"),
          P("Enlèvement des DASRI et des pièces anatomiques sur les trois sites de l'établissement, transport "
            "et incinération ou banalisation dans une installation autorisée, fourniture des contenants."),
          H("Article 2 – Forme et durée"),
          P("Accord-cadre mono-attributaire à bons de commande, d'une durée de douze mois, reconductible trois "
            "fois par périodes de douze mois, sans que sa durée totale puisse excéder quatre ans."),
          H("Article 3 – Allotissement"),
          P("L'accord-cadre n'est pas alloti (article L.~2113-11) : la collecte et le traitement forment une "
            "chaîne unique de traçabilité, dont la division entraînerait des ruptures de responsabilité."),
          H("Article 4 – Estimation"),
          P("À titre purement indicatif, le montant annuel des prestations est estimé à 72¦SB¦000 € HT, pour "
            "environ 61 tonnes de DASRI par an. L'établissement consacre chaque année environ 1,1 M€ à la "
            "gestion de l'ensemble de ses déchets."),
          H("Article 5 – Critères de jugement"),
          P("Valeur technique 50 % ; prix 40 % ; performance environnementale des véhicules et du mode de "
            "traitement 10 %."),
          *a_candidature(c, 1), *a_remise(c, 0)]
    ccap = [TITLE("Centre hospitalier de Vallon-Sainte-Agathe", "CCAP",
                  "Accord-cadre de collecte et de traitement des DASRI"),
            H("Article 1 – Montant de l'accord-cadre"),
            P("L'accord-cadre est conclu sans montant minimum et avec un montant maximum de 350~000 € HT sur sa "
              "durée totale, reconductions comprises."),
            *a_pieces(c, 2),
            H("Article 3 – Véhicules"),
            P("Les collectes sont effectuées avec des véhicules classés Crit'Air 1 ou électriques ; le titulaire "
              "communique chaque année les kilomètres parcourus et les émissions de CO2 correspondantes."),
            H("Article 4 – Traçabilité"),
            P("Chaque enlèvement donne lieu à un bordereau CERFA n° 11351 ; le certificat de traitement est "
              "transmis dans un délai d'un mois."),
            H("Article 5 – Pénalités"),
            P("Enlèvement non effectué à la date prévue : 400 € par site et par jour ; bordereau manquant : "
              "75 €."),
            *a_paiement(c, 0), *a_litiges(c, 1)]
    bpu = [TITLE("Centre hospitalier de Vallon-Sainte-Agathe", "BORDEREAU DES PRIX UNITAIRES",
                 "Collecte et traitement des DASRI"),
           TAB([["Code", "Désignation", "Unité", "Prix unitaire HT"],
                ["C1", "Collecte et traitement des DASRI, conteneur 660 L", "tonne", ""],
                ["C2", "Collecte et traitement des pièces anatomiques", "kg", ""],
                ["F1", "Fourniture de fûts carton 50 L", "u", ""],
                ["F2", "Fourniture de boîtes à aiguilles 2 L", "u", ""],
                ["E1", "Enlèvement exceptionnel hors tournée", "u", ""]], widths=[0.7, 5, 1, 1.6])]
    pieces = [
        PIECE("RC_CHVSA-2027-DAS.pdf", "RC", hdr, "RC – DASRI", rc,
              L(critere_environnemental=1, allotissement=0,
                evidence=["L'accord-cadre n'est pas alloti",
                          "performance environnementale des véhicules et du mode de traitement 10 %"])),
        PIECE("CCAP_CHVSA-2027-DAS.pdf", "CCAP", hdr, "CCAP – DASRI", ccap,
              L(clause_environnementale=1, montant_max_ht=350000,
                evidence=["montant maximum de 350 000 € HT sur sa durée totale",
                          "véhicules classés Crit'Air 1 ou électriques"])),
        PIECE("BPU_CHVSA-2027-DAS.docx", "BPU", hdr, "BPU – DASRI", bpu, L()),
    ]
    return dict(id="d10", title="CH de Vallon-Sainte-Agathe – DASRI (estimation annuelle seulement)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_max_ht=350000),
                note="Estimation laissée vide : le RC ne donne qu'un montant ANNUEL (72 000 € HT par an) pour un "
                     "accord-cadre d'un an reconductible trois fois ; aucun montant pour la durée totale n'est "
                     "écrit, et LABELS.md ne prévoit pas de multiplier. Maximum : 350 000 € HT sur la durée totale "
                     "(CCAP). Pièges : 1,1 M€ par an pour l'ensemble des déchets ; 61 tonnes ; pénalités 400 € et "
                     "75 € ; CERFA n° 11351.")


def d11():
    c = C("Habitat Val d'Ormonde", "Nantes", ccag="travaux", delai=30,
          profil="https://marchespublics.habitat-valdormonde.fr", ref="HVO-2027-012")
    hdr = "Habitat Val d'Ormonde (OPH) – 24 logements « Le Clos des Vergnes » – HVO-2027-012"
    rc = [TITLE("Habitat Val d'Ormonde – Office public de l'habitat", "RÈGLEMENT DE LA CONSULTATION",
                "Construction de 24 logements collectifs – résidence « Le Clos des Vergnes » à Ormes-sur-Louet",
                "Procédure adaptée – marchés de travaux en corps d'état séparés"),
          H("Article 1 – Objet"),
          P("Construction d'un bâtiment R+3 de 24 logements locatifs sociaux (PLUS / PLAI), avec 26 places de "
            "stationnement aériennes, niveau RE2020 seuil 2028."),
          H("Article 2 – Procédure"),
          P("Procédure adaptée (R.~2123-1 1° du code de la commande publique), la valeur estimée de l'ensemble "
            "des lots étant inférieure au seuil européen des marchés de travaux (5~404~000 € HT)."),
          H("Article 3 – Décomposition en lots"),
          P("Les travaux sont répartis en six lots. L'estimation prévisionnelle de chaque lot, établie par "
            "l'économiste de la maîtrise d'œuvre, est communiquée à titre indicatif :"),
          RTAB([["Lot", "Désignation", "Estimation"],
                ["1", "Terrassements, VRD, gros œuvre", "1~120 k€ HT"],
                ["2", "Charpente, couverture, étanchéité", "186 k€ HT"],
                ["3", "Menuiseries extérieures, occultations", "212 k€ HT"],
                ["4", "Plâtrerie, isolation, faux plafonds", "246,5 k€ HT"],
                ["5", "Plomberie, chauffage, ventilation", "198 k€ HT"],
                ["6", "Électricité, courants faibles", "63 k€ HT"]], widths=[0.5, 3.5, 1.3], align="llr"),
          H("Article 4 – Délais"),
          P("Durée prévisionnelle du chantier : 18 mois, dont 1 mois de préparation. Démarrage visé : "
            "septembre 2027."),
          H("Article 5 – Jugement des offres"),
          P("Critères : prix 50 % ; valeur technique 40 % ; délai d'exécution proposé pour le lot 10 % "
            "(lot 1 seulement ; pour les autres lots, prix 55 % et valeur technique 45 %)."),
          *a_candidature(c, 0), *a_remise(c, 2)]
    ccap = [TITLE("Habitat Val d'Ormonde", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Construction de 24 logements – « Le Clos des Vergnes » – commun aux six lots"),
            H("Article 1 – Généralités"),
            P("Le présent CCAP est commun aux six lots de l'opération. Le coût prévisionnel des travaux, tous "
              "corps d'état, est de 2~025¦SB¦500 € HT."),
            *a_pieces(c, 0),
            H("Article 3 – Prix et variation"),
            P("Les marchés sont traités à prix global et forfaitaire, actualisables puis révisables par "
              "application de l'index BT01 ; une clause butoir limite la révision à 6 % sur la durée du chantier."),
            H("Article 4 – Avance"),
            P("Une avance de 20 % est versée aux PME titulaires d'un lot dont le montant initial excède "
              "50~000 € HT ; elle est remboursée à partir de 65 % d'exécution."),
            H("Article 5 – Retenue de garantie"),
            P("5 % du montant de chaque acompte, remplaçable par une caution personnelle et solidaire."),
            H("Article 6 – Pénalités"),
            P("Retard sur le calendrier contractuel : 1/3000e du montant du marché par jour calendaire, avec un "
              "minimum de 100 € par jour. Défaut de nettoyage de la zone de travail : 200 € par constat."),
            H("Article 7 – Clause d'insertion"),
            SPLIT("Au titre des conditions d'exécution, les titulaires des lots 1 et 2 réservent aux personnes "
                  "éloignées de l'emploi un volume minimal d'heures de travail, fixé à 500 heures pour le lot "
                  "1 et à 150 heures pour le lot 2. Les heures sont réalisées par embauche directe, par mise à",
                  "disposition (ETTI, GEIQ BTP) ou par sous-traitance à une entreprise d'insertion. Le "
                  "facilitateur de la Maison de l'emploi d'Ormes-sur-Louet valide l'éligibilité des personnes. "
                  "Pénalité : 40 € HT par heure non réalisée."),
            *a_paiement(c, 1), *a_litiges(c, 0)]
    ae = [TITLE("Habitat Val d'Ormonde", "ACTE D'ENGAGEMENT",
                "Lot n° 1 – Terrassements, VRD, gros œuvre"),
          P("Opération : construction de 24 logements « Le Clos des Vergnes » ; l'opération comprend 6 lots "
            "traités par marchés séparés."),
          H("1 – Engagement"),
          P("Le candidat s'engage à exécuter les travaux du lot n° 1 conformément au CCAP, au CCTP et aux plans, "
            "pour le prix global et forfaitaire de : ………………………… € HT (TVA au taux de 5,5 % / 10 % selon "
            "le financement)."),
          H("2 – Insertion"),
          P("Le candidat s'engage à réaliser 500 heures d'insertion au profit de personnes éloignées de "
            "l'emploi, selon les modalités de l'article 7 du CCAP."),
          H("3 – Délai"),
          P("Délai propre au lot 1 : 9 mois à compter de l'ordre de service de démarrage."),
          H("4 – Signature"),
          P("Fait en un seul original, à ……………………, le ……………………")]
    dpgf = [TITLE("Habitat Val d'Ormonde", "D.P.G.F.", "Lot n° 5 – Plomberie, chauffage, ventilation"),
            P("Cadre de décomposition à compléter par le candidat ; les quantités sont indicatives et restent "
              "sous sa responsabilité."),
            TAB([["Art.", "Désignation", "U", "Qté", "PU HT", "Montant HT"],
                 ["5.1", "Chaudière gaz à condensation collective 2 x 90 kW", "u", "1", "", ""],
                 ["5.2", "Réseau de distribution acier noir", "ens", "1", "", ""],
                 ["5.3", "Radiateurs acier, robinets thermostatiques", "u", "96", "", ""],
                 ["5.4", "VMC hygroréglable type B", "ens", "1", "", ""],
                 ["5.5", "Appareils sanitaires, logement type T3", "u", "24", "", ""],
                 ["", "Total HT lot 5", "", "", "", ""]], widths=[0.6, 5, 0.6, 0.6, 1.1, 1.3])]
    pieces = [
        PIECE("RC_HVO-2027-012.pdf", "RC", hdr, "RC HVO-2027-012", rc,
              L(allotissement=1, nb_lots=6, montant_estime_ht=2025500,
                evidence=["Les travaux sont répartis en six lots", "1 120 k€ HT", "246,5 k€ HT",
                          "[1 120 + 186 + 212 + 246,5 + 198 + 63 = 2 025,5 k€]"]), hyphen=True),
        PIECE("CCAP_HVO-2027-012.pdf", "CCAP", hdr, "CCAP HVO-2027-012", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=650, allotissement=1, nb_lots=6,
                montant_estime_ht=2025500,
                evidence=["commun aux six lots",
                          "Le coût prévisionnel des travaux, tous corps d'état, est de 2 025 500 € HT",
                          "fixé à 500 heures pour le lot 1 et à 150 heures pour le lot 2", "[500 + 150]"])),
        PIECE("AE_Lot1_HVO-2027-012.docx", "AE", hdr, "AE lot 1", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=500, allotissement=1, nb_lots=6,
                evidence=["l'opération comprend 6 lots",
                          "s'engage à réaliser 500 heures d'insertion au profit de personnes éloignées de l'emploi"])),
        PIECE("DPGF_Lot5_HVO-2027-012.docx", "DPGF", hdr, "DPGF lot 5", dpgf,
              L(allotissement=1, evidence=["Lot n° 5 – Plomberie, chauffage, ventilation"])),
    ]
    return dict(id="d11", title="Habitat Val d'Ormonde – 24 logements (6 lots, estimations en k€)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion"],
                values=V(heures_insertion=650, allotissement=1, nb_lots=6, montant_estime_ht=2025500),
                note="Estimation : RC, tableau par lot en k€ SANS ligne de total (1 120 + 186 + 212 + 246,5 + 198 + "
                     "63 = 2 025,5 k€) ; le CCAP écrit le total : « coût prévisionnel des travaux … 2 025 500 € HT ». "
                     "Heures : 500 (lot 1) + 150 (lot 2) = 650 (CCAP ; l'AE du lot 1 répète 500). Pièges : seuil "
                     "5 404 000 € HT ; avance 20 %, 50 000 € HT, 65 % ; révision 6 % ; TVA 5,5 % / 10 % ; "
                     "pénalités 100 €, 200 €, 40 € ; 2 x 90 kW.")


def d12():
    c = C("la communauté d'agglomération Cœur d'Ardesse", "Lyon", delai=30,
          profil="https://www.marches-ardesse.fr", ref="CACA-27-IMP")
    hdr = "CA Cœur d'Ardesse – Impression des supports de communication – CACA-27-IMP"
    avis = [TITLE("Avis de marché (eForms) – Communauté d'agglomération Cœur d'Ardesse",
                  "Fourniture de prestations d'impression",
                  "Avis de marché ou de concession – régime standard – Directive 2014/24/UE"),
            H("1. Acheteur"),
            P("1.1 Acheteur : Communauté d'agglomération Cœur d'Ardesse. Forme juridique : autorité locale. "
              "Activité : services d'administration générale."),
            H("2. Procédure"),
            P("2.1.1 Objet : Impression des supports de communication (magazine, brochures, affiches, "
              "signalétique temporaire). Nature du marché : services. Nomenclature principale (cpv) : 79810000."),
            P("2.1.3 Valeur : Valeur estimée hors TVA : 780 000,00 EUR. Valeur maximale de l'accord-cadre : "
              "1 100 000,00 EUR"),
            P("2.1.4 Informations générales : les lots sont traités séparément ; un soumissionnaire peut "
              "remporter les deux lots."),
            H("5. Lot"),
            P("5.1 Lot : LOT-0001 — Titre : Impression offset et numérique (magazine, brochures, dépliants)"),
            P("5.1.1 Valeur estimée hors TVA : 480 000,00 EUR ; valeur maximale de l'accord-cadre : 650 000,00 EUR"),
            P("5.1.3 Durée estimée : 12 mois ; nombre maximal de reconductions : 3"),
            P("5.1.10 Critères d'attribution : Qualité – Valeur technique – 45 ; Qualité – Démarche "
              "environnementale – 15 ; Prix – 40"),
            P("5.1 Lot : LOT-0002 — Titre : Impression grand format et signalétique temporaire"),
            P("5.1.1 Valeur estimée hors TVA : 300 000,00 EUR ; valeur maximale de l'accord-cadre : 450 000,00 EUR"),
            P("5.1.6 Marchés réservés : La participation n'est pas réservée."),
            P("5.1.12 Conditions d'exécution : le titulaire est labellisé Imprim'Vert ou équivalent et utilise "
              "des papiers recyclés ou issus de forêts gérées durablement."),
            H("8. Organisations"),
            P("8.1 ORG-0001 : Communauté d'agglomération Cœur d'Ardesse, 1 rue de la Préfecture, 07190 "
              "Ardesse-la-Ville. Courriel : commande.publique@coeur-ardesse.fr"),
            P("Date d'envoi de l'avis : 17/05/2027")]
    rc = [TITLE("Communauté d'agglomération Cœur d'Ardesse", "RÈGLEMENT DE LA CONSULTATION",
                "Impression des supports de communication – appel d'offres ouvert"),
          H("Article 1 – Objet et allotissement"),
          P("La consultation porte sur l'impression des supports de communication de l'agglomération et de ses "
            "équipements. Elle est divisée en 2 lots : lot 1 impression offset et numérique ; lot 2 impression "
            "grand format et signalétique temporaire."),
          H("Article 2 – Forme et durée"),
          P("Chaque lot fait l'objet d'un accord-cadre à bons de commande mono-attributaire, conclu pour un an "
            "et reconductible trois fois. Les montants figurent au CCAP."),
          H("Article 3 – Jugement des offres"),
          P("Les offres sont jugées lot par lot : valeur technique (qualité des BAT, délais, organisation) 45 % ; "
            "démarche environnementale (papiers, encres, gestion des chutes et des invendus, livraisons) 15 % ; "
            "prix, apprécié sur un DQE non contractuel, 40 %."),
          H("Article 4 – Échantillons"),
          P("Chaque candidat joint trois documents imprimés récents de nature comparable au lot concerné."),
          *a_candidature(c, 1), *a_remise(c, 1)]
    ccap = [TITLE("Communauté d'agglomération Cœur d'Ardesse", "CCAP",
                  "Accords-cadres d'impression – lots 1 et 2"),
            H("Article 1 – Montants"),
            P("Les accords-cadres sont conclus avec les montants suivants, exprimés hors taxes pour leur durée "
              "totale, reconductions comprises :"),
            RTAB([["Lot", "Minimum", "Maximum"],
                  ["Lot 1 – Offset et numérique", "40~000 €", "650~000 €"],
                  ["Lot 2 – Grand format", "20~000 €", "450~000 €"]], widths=[3, 1.3, 1.3], align="lrr"),
            *a_pieces(c, 1),
            H("Article 3 – Conditions d'exécution environnementales"),
            P("Le titulaire justifie du label Imprim'Vert ou d'une certification équivalente pendant toute la "
              "durée du marché. Les papiers sont recyclés ou certifiés FSC / PEFC ; les chutes sont collectées "
              "et recyclées ; les livraisons en centre-ville sont effectuées en véhicule électrique ou à vélo "
              "cargo."),
            H("Article 4 – Avance"),
            P("L'avance est fixée à 10 % du montant minimum de l'accord-cadre, soit 4~800 € TTC pour le lot 1, "
              "lorsque la durée d'exécution est supérieure à deux mois."),
            H("Article 5 – Pénalités"),
            P("Retard de livraison : 100 € par jour ; non-conformité d'un tirage : réimpression à la charge du "
              "titulaire et pénalité de 5 % du montant du bon de commande."),
            *a_paiement(c, 2), *a_litiges(c, 1)]
    bpu = [TITLE("CA Cœur d'Ardesse", "BORDEREAU DES PRIX UNITAIRES", "Lot 1 – Impression offset et numérique"),
           TAB([["Code", "Produit", "Quantité", "Prix HT"],
                ["M1", "Magazine 24 p. A4 quadri, couché 90 g", "1 000 ex.", ""],
                ["M2", "Mille supplémentaire", "1 000 ex.", ""],
                ["B1", "Brochure 16 p. A5, dos piqué", "500 ex.", ""],
                ["D1", "Dépliant 3 volets A4", "1 000 ex.", ""],
                ["C1", "Cartes de visite 85 x 55", "100 ex.", ""]], widths=[0.7, 4.5, 1.3, 1.3])]
    pieces = [
        PIECE("Avis_eForms_CACA-27-IMP.txt", "AVIS", hdr, "", avis,
              L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2,
                montant_estime_ht=780000, montant_max_ht=1100000,
                evidence=["Valeur estimée hors TVA : 780 000,00 EUR",
                          "Valeur maximale de l'accord-cadre : 1 100 000,00 EUR", "LOT-0002",
                          "Démarche environnementale – 15", "labellisé Imprim'Vert ou équivalent"])),
        PIECE("RC_CACA-27-IMP.pdf", "RC", hdr, "RC CACA-27-IMP", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=2,
                evidence=["Elle est divisée en 2 lots", "démarche environnementale (papiers, encres"]), cols=2),
        PIECE("CCAP_CACA-27-IMP.pdf", "CCAP", hdr, "CCAP CACA-27-IMP", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=1100000,
                evidence=["lots 1 et 2", "650 000 €", "450 000 €", "[650 000 + 450 000]",
                          "justifie du label Imprim'Vert"])),
        PIECE("BPU_Lot1_CACA-27-IMP.docx", "BPU", hdr, "BPU lot 1", bpu,
              L(allotissement=1, evidence=["Lot 1 – Impression offset et numérique"])),
    ]
    return dict(id="d12", title="CA Cœur d'Ardesse – impression (2 lots, avis eForms valeur estimée / maximale)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=780000, montant_max_ht=1100000),
                note="Estimation : avis eForms 2.1.3 « Valeur estimée hors TVA : 780 000,00 EUR » (= 480 000 + 300 000 "
                     "par lot, à ne pas rajouter). Maximum : 1 100 000 EUR (avis) = 650 000 + 450 000 (CCAP). "
                     "Pièges : minima 40 000 et 20 000 ; avance 4 800 € TTC (10 % du minimum) ; pénalités 100 € et 5 %.")


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
    # comme blind_values_13 : trois catégories sociales dans expect.considerations
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
                if ws(norm(q)) not in ws(txt):
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
    head = ("# Jeu blind_values_20 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# estimation HT totale du marché (somme des lots si seuls les lots sont chiffrés ; jamais de multiplication\n"
            "# d'un montant annuel) ; un avis rectificatif ou une réponse aux questions qui corrige un montant prime ;\n"
            "# en cas de conflit entre pièces, le CCAP, le RC, l'AE, l'avis ou le registre des questions-réponses\n"
            "# priment sur le CCTP et ses annexes (voir note).\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    for line in cuts:
        print("  coupure", line)
    problems.extend(check_extracted(rows))
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
