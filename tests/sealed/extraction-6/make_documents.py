#!/usr/bin/env python3
"""Construit les dossiers du jeu scellé extraction-6 (PDF reportlab, DOCX python-docx, notices .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_10/make_documents.py : lignes 1-653 (écriture
PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés en fin de
ligne SB, césure forcée HY, aides de saisie, number_articles, C, A) et lignes 3101-3278
(extra_checks, build_piece, check_articles, _expect, main, qui écrivent dossiers.yml, expect et
labels.csv). Les articles de remplissage neutres et les seize dossiers ont été écrits pour ce jeu.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot court (« heu¦HY¦res ») si le mot ne tient plus sur la ligne ;
SPLIT = paragraphe coupé par un saut de page.

Usage : .venv/bin/python tests/sealed/extraction-6/make_documents.py
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
SET_NAME = "extraction-6"

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


# Articles neutres écrits pour extraction-6. Aucun ne contient de clause sociale ou environnementale,
# de lots ou de montant maximum. Pièges volontaires : f_travail (rappel légal L. 8222-1, L. 5212-1),
# f_cctp_suivi (« heures ouvrables », délais en heures), f_penalites (plafond des pénalités),
# f_garantie (délai de garantie), f_paiement (seuil légal de l'avance).
_DOC_TYPES = ("RC", "CCAP", "CCTP", "AE", "BPU", "DPGF", "DQE", "AVIS", "QR", "FORM", "CADRE", "AUTRE")


def f_pieces(c, v=0):
    if v == 0:
        return A("Pièces constitutives du marché",
                 "Les pièces contractuelles sont, par ordre de priorité décroissante :",
                 ["l'acte d'engagement (AE) et ses éventuelles annexes ;",
                  "le présent cahier des clauses administratives particulières (CCAP) ;",
                  "le cahier des clauses techniques particulières (CCTP) ;",
                  "le CCAG %s approuvé par l'arrêté du 30 mars 2021 ;" % c["ccag"],
                  "l'offre technique du titulaire (mémoire)."],
                 "En cas de contradiction entre les pièces, elles prévalent dans l'ordre ci-dessus.")
    if v == 1:
        return A("Documents contractuels",
                 "Le contrat est constitué des documents suivants, qui prévalent dans cet ordre en cas de "
                 "contradiction : l'acte d'engagement, le présent CCAP, le CCTP et ses annexes, le bordereau "
                 "des prix unitaires, le CCAG %s dans sa version en vigueur à la date de remise des offres, "
                 "puis le mémoire technique remis par le titulaire." % c["ccag"])
    return A("Pièces du marché",
             "Par dérogation à l'article 4.1 du CCAG, l'ordre de priorité des pièces est le suivant : AE, "
             "CCAP, CCTP, cadre de réponse technique complété, CCAG %s. Les documents généraux ne sont pas "
             "joints au dossier ; ils sont réputés connus du titulaire." % c["ccag"])


def f_prix(c, v=0):
    if v == 0:
        return A("Forme et variation des prix",
                 "Les prix sont fermes pendant les douze premiers mois à compter de la notification, puis "
                 "révisables annuellement à la date anniversaire selon la formule P = P0 × (0,15 + 0,85 × I/I0), "
                 "où I est la dernière valeur publiée de l'indice de référence à la date de révision et I0 sa valeur "
                 "du mois zéro, qui est le mois de la date limite de remise des offres.",
                 "La révision est appliquée sans demande du titulaire, sur la première facture qui suit.")
    if v == 1:
        return A("Prix",
                 "Les prestations sont réglées par application des prix unitaires du bordereau aux quantités "
                 "réellement exécutées. Les prix sont réputés comprendre toutes les charges, les frais de "
                 "déplacement et les sujétions d'exécution. Ils sont actualisables si un délai supérieur à trois "
                 "mois sépare la date de l'offre et le début d'exécution.")
    return A("Contenu et révision des prix",
             "Les prix sont révisés une fois par an selon la variation de l'indice mentionné à l'acte "
             "d'engagement ; la clause de sauvegarde permet au pouvoir adjudicateur de résilier sans indemnité "
             "si la hausse dépasse 15 % sur un an.")


def f_paiement(c, v=0):
    if v == 0:
        return A("Modalités de paiement",
                 "Les factures sont déposées sur Chorus Pro. Le délai global de paiement est de %d jours. Le "
                 "dépassement ouvre droit, de plein droit, aux intérêts moratoires au taux de la BCE majoré de "
                 "huit points, et à l'indemnité forfaitaire de 40 euros pour frais de recouvrement." % c["delai"],
                 "Une avance est versée dans les conditions des articles R. 2191-3 et suivants du code de la "
                 "commande publique lorsque le montant initial est supérieur à 50 000 € HT et le délai d'exécution "
                 "supérieur à deux mois, sauf renonciation du titulaire dans l'acte d'engagement.")
    if v == 1:
        return A("Règlement des comptes",
                 "Le titulaire transmet chaque mois une facture accompagnée du détail des prestations réalisées. "
                 "Le paiement intervient par virement administratif dans un délai de %d jours à compter de la "
                 "réception de la demande de paiement par le service fait." % c["delai"])
    return A("Facturation",
             "Chaque facture mentionne le numéro du marché, la référence du bon de commande, la date "
             "d'exécution, les quantités et les prix unitaires appliqués. Le délai de paiement est de %d jours." % c["delai"])


def f_travail(c, v=0):
    if v == 0:
        return A("Obligations sociales et fiscales",
                 "Le titulaire remet tous les six mois, jusqu'à la fin du marché, les attestations prévues aux "
                 "articles L. 8222-1 et D. 8222-5 du code du travail. À défaut, après mise en demeure restée "
                 "sans effet, le marché peut être résilié à ses torts.",
                 "Il respecte la réglementation du travail, notamment les règles relatives au détachement de "
                 "salariés et à l'emploi des travailleurs handicapés (articles L. 5212-1 à L. 5212-11 du code "
                 "du travail).")
    return A("Rappel des obligations légales",
             "Le titulaire atteste qu'il a satisfait à ses obligations fiscales et sociales et qu'il ne recourt "
             "pas au travail dissimulé. Il fournit, à la demande de l'acheteur, la liste nominative des salariés "
             "étrangers soumis à autorisation de travail.")


def f_assurance(c, v=0):
    if v == 0:
        return A("Assurances",
                 "Le titulaire justifie, dans les quinze jours de la notification et avant tout commencement "
                 "d'exécution, d'une assurance couvrant sa responsabilité civile professionnelle pour les "
                 "dommages causés aux tiers et aux biens de l'acheteur.")
    return A("Responsabilité et assurance",
             "Le titulaire est seul responsable des dommages de toute nature causés par son personnel ou son "
             "matériel. Il présente chaque année l'attestation de son assureur mentionnant les montants garantis.")


def f_litiges(c, v=0):
    if v == 0:
        return A("Règlement des litiges",
                 "Les litiges relatifs à l'exécution du marché relèvent du tribunal administratif de %s. Les "
                 "parties peuvent saisir au préalable le comité consultatif de règlement amiable compétent." % c["ta"])
    return A("Différends et litiges",
             "À défaut d'accord amiable, le tribunal administratif de %s est seul compétent." % c["ta"])


def f_resiliation(c, v=0):
    if v == 0:
        return A("Résiliation",
                 "Les stipulations du chapitre 8 du CCAG %s s'appliquent. En cas de résiliation pour faute, "
                 "les prestations peuvent être exécutées aux frais et risques du titulaire." % c["ccag"])
    return A("Résiliation du marché",
             "Le pouvoir adjudicateur peut résilier le marché pour motif d'intérêt général ; le titulaire perçoit "
             "alors une indemnité égale à 5 % du montant hors taxes des prestations non exécutées.")


def f_penalites(c, v=0):
    if v == 0:
        return A("Pénalités",
                 "Par dérogation à l'article 14.1 du CCAG, en cas de retard, le titulaire encourt une pénalité "
                 "journalière de 150 € HT, sans mise en demeure préalable. Le montant total des pénalités est "
                 "plafonné à 10 % du montant hors taxes du marché.")
    if v == 1:
        return A("Pénalités de retard et de non-conformité",
                 "Toute prestation non exécutée ou exécutée de manière non conforme donne lieu à une pénalité de "
                 "200 € HT par constat. Les pénalités ne sont pas appliquées lorsque leur total n'excède pas 1 000 € HT "
                 "sur l'ensemble du marché ; elles ne peuvent dépasser 5 000 € HT par mois.")
    return A("Pénalités",
             "Le retard dans la remise des documents de suivi entraîne une pénalité de 50 € par jour calendaire. "
             "Le cumul des pénalités est limité à 8 % du montant total facturé.")


def f_garantie(c, v=0):
    if v == 0:
        return A("Délai de garantie",
                 "Le délai de garantie de parfait achèvement est d'un an à compter de la date d'effet de la "
                 "réception. Une retenue de garantie de 5 % du montant initial du marché est prélevée sur les "
                 "acomptes ; elle peut être remplacée par une garantie à première demande.")
    return A("Garanties",
             "Les ouvrages font l'objet de la garantie de parfait achèvement d'un an prévue au CCAG travaux, puis "
             "des garanties biennale et décennale. Aucune retenue de garantie n'est prélevée.")


def f_confid(c, v=0):
    return A("Confidentialité",
             "Le titulaire et son personnel sont tenus au secret professionnel pour toutes les informations dont "
             "ils ont connaissance à l'occasion de l'exécution du marché, y compris après son achèvement.")


def f_rc_retrait(c, v=0):
    if v == 0:
        return A("Retrait du dossier de consultation",
                 "Le dossier est téléchargeable gratuitement sur le profil d'acheteur %s. Les candidats sont "
                 "invités à s'identifier afin d'être informés des éventuelles modifications." % c["profil"])
    return A("Mise à disposition du DCE",
             "Le DCE est disponible sur %s. Aucune version papier n'est délivrée. L'acheteur se réserve le droit "
             "d'apporter des modifications de détail au dossier au plus tard six jours avant la date limite "
             "de réception des offres." % c["profil"])


def f_rc_candidature(c, v=0):
    if v == 0:
        return A("Pièces de la candidature",
                 "Chaque candidat produit :",
                 ["la lettre de candidature (DC1) ou le DUME ;",
                  "la déclaration du candidat (DC2), avec le chiffre d'affaires des trois derniers exercices ;",
                  "une liste des principales prestations similaires réalisées au cours des trois dernières années ;",
                  "les certificats de qualification professionnelle ou tout moyen de preuve équivalent."],
                 "Le candidat n'est pas tenu de fournir les documents que l'acheteur peut obtenir directement "
                 "par un système électronique gratuit.")
    return A("Contenu du dossier de candidature",
             "Le candidat remet le formulaire DC1 complété, le formulaire DC2, une déclaration indiquant les "
             "effectifs moyens annuels et l'importance du personnel d'encadrement pendant les trois dernières "
             "années, ainsi que ses références. En cas de sous-traitance, il joint pour chaque sous-traitant "
             "le formulaire DC4.")


def f_rc_offre(c, v=0):
    if v == 0:
        return A("Contenu de l'offre",
                 "L'offre comprend l'acte d'engagement complété, le bordereau des prix unitaires, le détail "
                 "quantitatif estimatif s'il en est fourni un, et un mémoire technique d'au plus quinze pages.")
    return A("Pièces de l'offre",
             "Le candidat remet : l'acte d'engagement, les documents financiers complétés sans modification, et "
             "un mémoire technique suivant le cadre de réponse joint. Les offres incomplètes peuvent être "
             "régularisées dans les conditions de l'article R. 2152-2 du code de la commande publique.")


def f_rc_validite(c, v=0):
    if v == 0:
        return A("Délai de validité des offres",
                 "Le délai de validité des offres est de cent vingt jours à compter de la date limite de "
                 "réception des offres.")
    return A("Validité des offres",
             "Les offres restent valables pendant 150 jours. Les candidats ne peuvent pas retirer leur offre "
             "pendant ce délai.")


def f_rc_questions(c, v=0):
    if v == 0:
        return A("Renseignements complémentaires",
                 "Les questions sont posées sur le profil d'acheteur au plus tard dix jours avant la date limite "
                 "de remise des offres. Les réponses sont communiquées à tous les candidats identifiés six jours "
                 "au moins avant cette date.")
    return A("Questions des candidats",
             "Toute demande de renseignement est adressée par écrit, via la messagerie sécurisée du profil "
             "d'acheteur. Aucune réponse n'est donnée par téléphone.")


def f_rc_depot(c, v=0):
    return A("Conditions de remise des plis",
             "Les plis sont transmis par voie électronique sur %s avant la date et l'heure limites figurant en "
             "page de garde. Une copie de sauvegarde peut être envoyée sur support physique ou papier, sous pli "
             "scellé portant la mention « copie de sauvegarde »." % c["profil"])


def f_cctp_suivi(c, v=0):
    if v == 0:
        return A("Suivi et interlocuteurs",
                 "Le titulaire désigne un interlocuteur joignable pendant les heures ouvrables (du lundi au "
                 "vendredi de 8 h 30 à 17 h 30). Toute demande d'intervention est acquittée dans un délai de "
                 "quatre heures. Un point d'avancement a lieu chaque mois ; le compte rendu est transmis sous "
                 "quarante-huit heures.")
    return A("Organisation et suivi",
             "Les interventions ont lieu en dehors des heures d'ouverture au public, sauf accord du responsable "
             "du site. Le délai d'intervention en cas d'urgence est de deux heures, jours fériés compris. Un "
             "registre de suivi est tenu à jour sur chaque site.")


def f_cctp_securite(c, v=0):
    if v == 0:
        return A("Hygiène et sécurité",
                 "Le personnel porte les équipements de protection individuelle adaptés. Le titulaire établit le "
                 "plan de prévention prévu par le décret n° 92-158 du 20 février 1992 avant la première "
                 "intervention et le met à jour à chaque changement de site.")
    return A("Sécurité des intervenants",
             "Le titulaire respecte les consignes de sécurité propres à chaque bâtiment. Son personnel est "
             "formé aux gestes et postures ; il suit une sensibilisation de sept heures au risque électrique "
             "lorsque ses tâches l'exigent.")


def f_ae_ident(c, v=0):
    return [H("Article 1 – Identification du titulaire"),
            P("Nom, prénom, qualité du signataire : ……………………………………"),
            P("Raison sociale, adresse du siège, SIRET : ……………………………………"),
            P("Agissant pour son propre compte / pour le compte du groupement solidaire ou conjoint (rayer "
              "la mention inutile).")]


def f_ae_paiement(c, v=0):
    return A("Compte à créditer",
             "L'acheteur se libère des sommes dues en faisant porter leur montant au crédit du compte ouvert au "
             "nom du titulaire (joindre un relevé d'identité bancaire).",
             "Avance : le titulaire renonce / ne renonce pas au bénéfice de l'avance (rayer la mention inutile).")


def f_ae_signature(c, v=0):
    return A("Signature",
             "Fait en un seul original, à ……………………, le ……………………",
             "Signature du candidat (électronique), précédée de la mention « Lu et approuvé ».",
             "Acceptation de l'offre par le représentant du pouvoir adjudicateur : ……………………")



# ============================================================================= dossiers
def d01():
    c = C("la Commune de Ferrandières-sur-Aulne", "Rennes", profil="https://marches.ferrandieres-aulne.fr",
          ref="2026-FS-07")
    hdr = "Commune de Ferrandières-sur-Aulne – Nettoyage des bâtiments communaux"
    ft = "Consultation n° 2026-FS-07"
    rc = [TITLE("Commune de Ferrandières-sur-Aulne", "Règlement de la consultation",
                "Nettoyage et entretien des bâtiments communaux", "Procédure adaptée – consultation n° 2026-FS-07")]
    rc += A("Objet et forme de la consultation",
            "La consultation porte sur le nettoyage courant des locaux de la mairie, de la médiathèque, des deux "
            "écoles élémentaires et de la salle polyvalente, ainsi que sur la remise en état ponctuelle après "
            "manifestation.",
            "Il s'agit d'un accord-cadre à bons de commande mono-attributaire, conclu pour une durée d'un an à "
            "compter du 1er septembre 2026. Il peut être reconduit tacitement trois fois par période d'un an, "
            "sans que sa durée totale puisse excéder quatre ans.")
    rc += A("Allotissement",
            "La consultation ne fait pas l'objet d'un allotissement : les prestations, réalisées dans des bâtiments "
            "voisins par les mêmes équipes, ne peuvent être dissociées sans nuire à la continuité du service "
            "(article L. 2113-11 du code de la commande publique).")
    rc += f_rc_retrait(c, 0) + f_rc_candidature(c, 0) + f_rc_offre(c, 1)
    rc += A("Jugement des offres",
            "L'offre économiquement la plus avantageuse est choisie selon les critères pondérés suivants :",
            ["prix des prestations, apprécié sur le détail quantitatif estimatif non contractuel : 55 % ;",
             "valeur technique : 45 %, appréciée au regard des sous-critères suivants : moyens humains et "
             "organisation (25 %) ; méthodes et protocoles de nettoyage (10 %) ; démarche environnementale, "
             "notamment nature et quantités des produits utilisés, dosage et réduction des emballages (10 %)."],
            "Une visite des locaux est organisée le 4 juin 2026 de 9 h à 12 h ; elle est facultative.")
    rc += f_rc_validite(c, 0) + f_rc_questions(c, 1) + f_rc_depot(c)
    ccap = [TITLE("Commune de Ferrandières-sur-Aulne", "Cahier des clauses administratives particulières",
                  "Nettoyage et entretien des bâtiments communaux")]
    ccap += A("Objet et forme du marché",
              "Le présent accord-cadre à bons de commande a pour objet le nettoyage des bâtiments communaux "
              "désignés au CCTP. Il est exécuté au fur et à mesure de l'émission de bons de commande.",
              "Il est conclu avec un montant minimum annuel de 15 000 € HT et un montant maximum annuel de "
              "92" + SB + "500 € HT. La durée de l'accord-cadre et les conditions de sa reconduction figurent à "
              "l'acte d'engagement.")
    ccap += f_pieces(c, 0) + f_prix(c, 0) + f_paiement(c, 1)
    ccap += A("Clause sociale d'insertion",
              "En application de l'article L. 2112-2 du code de la commande publique, le titulaire réserve à des "
              "personnes rencontrant des difficultés sociales ou professionnelles particulières un volume de 350 "
              "heures de travail par année d'exécution de l'accord-cadre.",
              "Sont notamment éligibles : les demandeurs d'emploi de longue durée, les bénéficiaires du RSA ou de "
              "l'ASS, les jeunes de moins de 26 ans sans qualification, les travailleurs reconnus handicapés et les "
              "personnes suivies par une structure d'insertion par l'activité économique.",
              "Le titulaire choisit librement la modalité : embauche directe, mise à disposition par une "
              "entreprise de travail temporaire d'insertion ou une association intermédiaire, ou sous-traitance à "
              "une structure d'insertion. La Maison de l'emploi du Pays d'Aulne, facilitateur de la clause, valide "
              "l'éligibilité des personnes et reçoit chaque trimestre l'état des heures réalisées.",
              "Chaque heure non réalisée, constatée en fin d'année d'exécution, donne lieu à une pénalité de 45 € HT.")
    ccap += A("Dispositions environnementales",
              "Les produits d'entretien utilisés sont titulaires de l'Écolabel européen ou d'un label équivalent. "
              "Les produits concentrés sont dilués au moyen de centrales de dosage ; les lavettes et franges sont "
              "en microfibre lavable. Le titulaire reprend et fait recycler les emballages vides.")
    ccap += f_penalites(c, 0) + f_assurance(c, 0) + f_resiliation(c, 0) + f_litiges(c, 0)
    ae = [TITLE("Commune de Ferrandières-sur-Aulne", "Acte d'engagement",
                "Nettoyage et entretien des bâtiments communaux – consultation n° 2026-FS-07")]
    ae += f_ae_ident(c)
    ae += A("Engagement du titulaire",
            "Après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, je m'engage, "
            "sans réserve, à exécuter les prestations aux prix unitaires du bordereau joint.")
    ae += A("Montants et durée",
            "L'accord-cadre est conclu avec un montant minimum annuel de 15 000 € HT et un montant maximum annuel de "
            "92 500 € HT (111 000 € TTC).",
            "Il est conclu pour un an à compter du 1er septembre 2026 et reconductible tacitement trois fois par "
            "période d'un an. Le titulaire peut refuser la reconduction en respectant un préavis de trois mois.")
    ae += f_ae_paiement(c) + f_ae_signature(c)
    avis = [TITLE("BOAMP – Avis de marché", "Commune de Ferrandières-sur-Aulne",
                  "Annonce n° 26-118402 – Services")]
    avis += [P("Section 1 : Identification de l'acheteur"),
             P("Nom complet de l'acheteur : Commune de Ferrandières-sur-Aulne. Type de Numéro national "
               "d'identification : SIRET. Code postal / Ville : 35870 Ferrandières-sur-Aulne."),
             P("Section 2 : Communication"),
             P("Lien vers le profil d'acheteur : https://marches.ferrandieres-aulne.fr"),
             P("Section 4 : Identification du marché"),
             P("Intitulé du marché : Nettoyage et entretien des bâtiments communaux"),
             P("Code CPV principal : 90910000 – Services de nettoyage"),
             P("Type de marché : Services. Procédure : procédure adaptée ouverte."),
             P("Description succincte : accord-cadre à bons de commande mono-attributaire d'une durée de 12 mois, "
               "reconductible 3 fois. Valeur maximale de l'accord-cadre sur sa durée totale : 370 000 euros HT."),
             P("Lieu principal d'exécution : Ferrandières-sur-Aulne (35)."),
             P("Conditions particulières d'exécution : clause sociale d'insertion professionnelle ; le titulaire "
               "réalise 1 400 heures d'insertion sur la durée totale de l'accord-cadre, reconductions comprises. "
               "Produits d'entretien écolabellisés et centrales de dosage imposés."),
             P("Marché réservé : non. La consultation comporte des tranches : non."),
             P("Critères d'attribution : prix 55 % ; valeur technique 45 %."),
             P("Section 5 : Lots. Ce marché est divisé en lots : non."),
             P("Section 6 : Date limite de réception des offres : 22/06/2026 à 12 h 00.")]
    pieces = [
        PIECE("RC.pdf", "RC", hdr + " – RC", ft, rc,
              L(critere_environnemental=1, allotissement=0,
                evidence=["démarche environnementale, notamment nature et quantités des produits utilisés",
                          "La consultation ne fait pas l'objet d'un allotissement"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=350, clause_environnementale=1,
                montant_max_ht=92500,
                evidence=["un volume de 350 heures de travail par année d'exécution",
                          "Les produits d'entretien utilisés sont titulaires de l'Écolabel européen",
                          "un montant maximum annuel de 92 500 € HT"])),
        PIECE("AE.docx", "AE", hdr + " – AE", ft, ae,
              L(montant_max_ht=370000,
                evidence=["un montant maximum annuel de 92 500 € HT (111 000 € TTC)",
                          "reconductible tacitement trois fois par période d'un an", "[92 500 × 4 = 370 000]"])),
        PIECE("avis_BOAMP.txt", "AVIS", hdr, ft, avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1400, clause_environnementale=1,
                allotissement=0, montant_max_ht=370000,
                evidence=["réalise 1 400 heures d'insertion sur la durée totale de l'accord-cadre",
                          "Produits d'entretien écolabellisés et centrales de dosage imposés",
                          "Valeur maximale de l'accord-cadre sur sa durée totale : 370 000 euros HT",
                          "Ce marché est divisé en lots : non"])),
    ]
    return dict(id="d01-ferrandieres-nettoyage", title=hdr, pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=1400, allotissement=0, montant_max_ht=370000),
                note=("Heures : 350 par année d'exécution au CCAP ; l'avis écrit le total, 1 400 heures sur la durée "
                      "totale (1 an + 3 reconductions, au RC et à l'AE), retenu. Maximum : 92 500 € HT par an au CCAP "
                      "(coupé « 92 / 500 » en fin de ligne), × 4 périodes = 370 000, écrit aussi dans l'avis. Pièges : "
                      "minimum annuel 15 000 € HT ; 111 000 € TTC ; pénalités plafonnées à 10 % ; 45 € par heure non "
                      "réalisée ; visite de 9 h à 12 h. Non alloti (RC, avis)."))


def d02():
    c = C("la Communauté de communes du Haut-Verdançon", "Grenoble",
          profil="https://www.marches-publics-alpes.fr", ref="HV-2026-EV")
    hdr = "Communauté de communes du Haut-Verdançon – Entretien des espaces verts communautaires"
    ft = "Consultation HV-2026-EV"
    rc = [TITLE("Communauté de communes du Haut-Verdançon", "Règlement de la consultation",
                "Entretien des espaces verts communautaires (trois lots)")]
    rc += A("Objet",
            "La consultation a pour objet l'entretien des espaces verts des zones d'activités, des équipements "
            "sportifs et des bassins de rétention des eaux pluviales appartenant à la communauté de communes. Elle "
            "donne lieu à des accords-cadres à bons de commande mono-attributaires, un par lot.")
    rc += A("Allotissement",
            "La consultation est divisée en trois lots :",
            ["lot 1 – tonte et taille dans les zones d'activités ;",
             "lot 2 – entretien des abords des équipements sportifs ;",
             "lot 3 – fauchage et débroussaillage des bassins de rétention (lot réservé, voir article 3)."],
            "Un même candidat peut se voir attribuer plusieurs lots.")
    rc += A("Lot réservé",
            "En application de l'article L. 2113-12 du code de la commande publique, le lot 3 est réservé aux "
            "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
            "équivalentes, qui emploient une proportion minimale de 50 % de travailleurs handicapés.")
    rc += A("Durée",
            "Chaque accord-cadre est conclu pour une durée d'un an à compter de sa notification. Il est "
            "reconductible deux fois, tacitement, par période d'un an.")
    rc += A("Montants",
            "Les accords-cadres sont conclus sans montant minimum et avec les montants maximums suivants :")
    rc += [RTAB([["Lot", "Montant maximum annuel (k€ HT)"],
                 ["1 – Zones d'activités", "60"],
                 ["2 – Équipements sportifs", "45"],
                 ["3 – Bassins de rétention", "35"],
                 ["Total", "140"]], widths=[3, 2], align="lr", bold_last=True)]
    rc += f_rc_retrait(c, 1) + f_rc_candidature(c, 1) + f_rc_offre(c, 0)
    rc += A("Jugement des offres",
            "Lots 1 et 2 : prix 50 % ; valeur technique 40 % ; performance en matière d'insertion professionnelle "
            "des publics en difficulté 10 %.",
            "Lot 3 : prix 60 % ; valeur technique 40 %.")
    rc += f_rc_validite(c, 1) + f_rc_depot(c)
    ccap = [TITLE("Communauté de communes du Haut-Verdançon", "Cahier des clauses administratives particulières",
                  "Entretien des espaces verts communautaires")]
    ccap += A("Objet et décomposition",
              "Le présent CCAP s'applique aux trois lots de l'accord-cadre décrits au règlement de la consultation. "
              "Les montants maximums de chaque lot figurent au règlement de la consultation et à l'acte "
              "d'engagement du lot ; la durée est fixée par le règlement de la consultation.")
    ccap += f_pieces(c, 1) + f_prix(c, 1) + f_paiement(c, 0)
    ccap += A("Clause sociale d'insertion (lots 1 et 2)",
              "Les lots 1 et 2 comportent une clause d'insertion en faveur des personnes éloignées de l'emploi. Le "
              "volume d'heures à réaliser est le suivant :")
    ccap += [RTAB([["Lot", "Heures d'insertion (durée totale, reconductions comprises)"],
                   ["1", "400"], ["2", "250"], ["3", "néant (lot réservé)"], ["Total", "650"]],
                  widths=[1, 3], align="lr", bold_last=True)]
    ccap += [P("Le lot 3, réservé en application de l'article L. 2113-12 du code de la commande publique, ne "
               "comporte pas de clause d'insertion."),
             P("Un parcours d'au moins 70 heures par personne est recherché. Le titulaire peut recourir à "
               "l'embauche directe, à la mise à disposition de salariés par une structure d'insertion ou à la "
               "sous-traitance à une SIAE. Toute heure non réalisée en fin de marché est pénalisée à hauteur de "
               "50 € HT.")]
    ccap += A("Prescriptions environnementales",
              "Le titulaire n'utilise aucun produit phytosanitaire de synthèse. Les déchets verts sont apportés à la "
              "plateforme de compostage de Verdançon ; les huiles de chaîne sont biodégradables.")
    ccap += f_penalites(c, 2) + f_resiliation(c, 1) + f_litiges(c, 1)
    ae = [TITLE("Communauté de communes du Haut-Verdançon", "Acte d'engagement – lot 3",
                "Fauchage et débroussaillage des bassins de rétention")]
    ae += f_ae_ident(c)
    ae += A("Lot concerné et statut du candidat",
            "Le présent acte d'engagement porte sur le lot n° 3 de l'accord-cadre, qui en compte trois.",
            "Ce lot est réservé en application de l'article L. 2113-12 du code de la commande publique. Le candidat "
            "déclare être : ☐ une entreprise adaptée ; ☐ un ESAT ; ☐ une structure équivalente (préciser).")
    ae += A("Montant et durée",
            "Le montant maximum annuel du lot 3 est de 35 000 € HT ; aucun minimum n'est fixé.",
            "L'accord-cadre est conclu pour un an à compter de sa notification et reconductible deux fois par "
            "période d'un an.")
    ae += f_ae_paiement(c) + f_ae_signature(c)
    qr = [TITLE("Communauté de communes du Haut-Verdançon", "Registre des questions et réponses",
                "Consultation HV-2026-EV – publié le 18 mars 2026")]
    qr += [H2("Question 1"),
           P("Le montant maximum du lot 3 paraît faible au regard des surfaces : douze bassins sont désormais "
             "concernés. Sera-t-il revu ?"),
           H2("Réponse 1"),
           P("Oui. Après vérification des surfaces, le montant maximum annuel du lot 3 est porté de 35 k€ HT à "
             "40 k€ HT. Les montants des lots 1 et 2 sont inchangés ; le tableau de l'article 5 du règlement de la "
             "consultation est modifié en conséquence."),
           H2("Question 2"),
           P("Une entreprise d'insertion peut-elle répondre au lot 3 ?"),
           H2("Réponse 2"),
           P("Non : le lot 3 est réservé aux entreprises adaptées et aux ESAT (article L. 2113-12 du code de la "
             "commande publique). Les structures d'insertion peuvent en revanche répondre aux lots 1 et 2."),
           H2("Question 3"),
           P("Les heures d'insertion du lot 1 peuvent-elles être réalisées par sous-traitance à une SIAE ?"),
           H2("Réponse 3"),
           P("Oui, c'est l'une des modalités prévues au CCAP : les 400 heures d'insertion du lot 1 peuvent être "
             "réalisées ainsi, en tout ou partie.")]
    pieces = [
        PIECE("RC.pdf", "RC", hdr + " – RC", ft, rc,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=3,
                montant_max_ht=420000,
                evidence=["performance en matière d'insertion professionnelle des publics en difficulté 10 %",
                          "En application de l'article L. 2113-12 du code de la commande publique, le lot 3 est réservé",
                          "La consultation est divisée en trois lots", "Total 140",
                          "reconductible deux fois", "[140 000 × 3 = 420 000]"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=650, marche_reserve=1,
                reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=3,
                evidence=["Les lots 1 et 2 comportent une clause d'insertion", "Total 650",
                          "Le lot 3, réservé en application de l'article L. 2113-12",
                          "n'utilise aucun produit phytosanitaire de synthèse", "trois lots de l'accord-cadre"])),
        PIECE("AE_lot3.docx", "AE", hdr + " – AE lot 3", ft, ae,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=3, montant_max_ht=105000,
                evidence=["Ce lot est réservé en application de l'article L. 2113-12",
                          "lot n° 3 de l'accord-cadre, qui en compte trois",
                          "Le montant maximum annuel du lot 3 est de 35 000 € HT", "reconductible deux fois",
                          "[35 000 × 3 = 105 000]"])),
        PIECE("registre_QR.pdf", "QR", hdr + " – Questions / réponses", ft, qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=400, marche_reserve=1,
                reserve_base="L2113-12", allotissement=1, montant_max_ht=40000,
                evidence=["le montant maximum annuel du lot 3 est porté de 35 k€ HT à 40 k€ HT",
                          "le lot 3 est réservé aux entreprises adaptées et aux ESAT (article L. 2113-12",
                          "les 400 heures d'insertion du lot 1"])),
    ]
    return dict(id="d02-haut-verdancon-espaces-verts", title=hdr, pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                     "clause_environnementale"],
                values=V(heures_insertion=650, allotissement=1, nb_lots=3, montant_max_ht=435000,
                         reserve_base="L2113-12"),
                note=("Heures : tableau du CCAP, lot 1 400 + lot 2 250, ligne Total 650 (la ligne « 1 400 » du texte "
                      "extrait est lot 1 / 400 h) ; le Q/R ne redit que les 400 h du lot 1. Maximum : tableau en k€ du "
                      "RC, 60 + 45 + 35 = 140 k€ par an, le Q/R porte le lot 3 à 40 k€, soit 145 000 × 3 périodes (1 an "
                      "+ 2 reconductions, RC) = 435 000 ; sans le Q/R : 420 000. Lot 3 réservé L2113-12 (EA/ESAT), "
                      "sans clause. Pièges : 70 heures par personne ; 50 € par heure ; pénalités limitées à 8 %. 3 lots."))


def d03():
    c = C("Val-de-Brenne Habitat", "Orléans", ccag="travaux", profil="https://www.achatpublic.com",
          ref="VBH-26-011")
    hdr = "Val-de-Brenne Habitat – Réhabilitation de 48 logements, résidence des Tilleuls"
    ft = "Marché de travaux VBH-26-011"
    rc = [TITLE("Val-de-Brenne Habitat (office public de l'habitat)", "Règlement de la consultation",
                "Réhabilitation thermique de 48 logements – résidence des Tilleuls à Saint-Aubin-de-Brenne")]
    rc += A("Objet de la consultation",
            "La consultation porte sur la réhabilitation thermique et la mise en conformité de 48 logements "
            "collectifs répartis en trois bâtiments, en site occupé.",
            "Le montant prévisionnel des travaux est estimé à 1 850 000 € HT, tous lots confondus.")
    rc += A("Décomposition en lots",
            "Les travaux sont répartis en cinq lots traités par marchés séparés :",
            ["lot 1 – gros œuvre, ravalement ;", "lot 2 – menuiseries extérieures ;",
             "lot 3 – isolation thermique par l'extérieur ;", "lot 4 – plomberie, ventilation ;",
             "lot 5 – électricité."],
            "Les candidats peuvent présenter une offre pour un ou plusieurs lots.")
    rc += A("Visite du site",
            "Une visite est obligatoire pour les lots 1 et 3. Elle a lieu le 12 mai 2026 entre 9 h et 12 h ; "
            "une attestation de visite est remise à chaque entreprise présente.")
    rc += f_rc_retrait(c, 0) + f_rc_candidature(c, 0) + f_rc_offre(c, 1)
    rc += A("Jugement des offres",
            "Prix : 60 %. Valeur technique : 40 %, dont méthodologie d'intervention en site occupé (20 %), "
            "planning détaillé (10 %) et moyens humains affectés au chantier (10 %).")
    rc += f_rc_validite(c, 0) + f_rc_questions(c, 0)
    ccap = [TITLE("Val-de-Brenne Habitat", "Cahier des clauses administratives particulières",
                  "Réhabilitation de 48 logements – résidence des Tilleuls")]
    ccap += A("Objet et décomposition",
              "Le marché est décomposé en cinq lots, chacun faisant l'objet d'un marché distinct à prix global et "
              "forfaitaire. Le présent CCAP est commun à tous les lots.")
    ccap += f_pieces(c, 0)
    ccap += A("Délais et horaires",
              "Le délai global d'exécution est de dix mois, période de préparation de six semaines comprise. Les "
              "travaux bruyants sont réalisés du lundi au vendredi entre 8 h et 17 h ; aucune intervention n'a lieu "
              "dans les logements avant 9 h.")
    ccap += f_prix(c, 2) + f_paiement(c, 0)
    ccap += A("Action d'insertion (lots 1 et 3)",
              "Les lots 1 et 3 comportent une action d'insertion professionnelle au profit de personnes "
              "rencontrant des difficultés sociales ou professionnelles. Le nombre d'heures d'insertion est "
              "déterminé par le ratio suivant : 7 heures de travail par tranche de 10 000 € HT du montant du lot, "
              "arrondi à la tranche inférieure.",
              "Le PLIE du Val-de-Brenne, facilitateur, accompagne le titulaire et contrôle les heures déclarées. Les "
              "heures réalisées sur d'autres chantiers ne sont pas reportables. Toute heure manquante en fin de "
              "chantier est pénalisée à raison de 60 € HT.")
    ccap += A("Gestion des déchets de chantier",
              "Le titulaire trie les déchets de chantier au moins en cinq flux (inertes, bois, métaux, plâtre, "
              "déchets non dangereux en mélange) et remet au maître d'ouvrage les bordereaux de suivi et "
              "justificatifs de valorisation avant la réception.")
    ccap += f_penalites(c, 0) + f_garantie(c, 0) + f_assurance(c, 1) + f_litiges(c, 0)
    ae = [TITLE("Val-de-Brenne Habitat", "Acte d'engagement – lot n° 1", "Gros œuvre, ravalement")]
    ae += f_ae_ident(c)
    ae += A("Engagement",
            "Je m'engage à exécuter les travaux du lot n° 1, gros œuvre et ravalement, conformément aux pièces du "
            "marché, pour le prix global et forfaitaire de : ………………… € HT, soit ………………… € TTC.")
    ae += A("Action d'insertion",
            "En application de l'article du CCAP relatif à l'action d'insertion, le volume d'heures d'insertion "
            "est fixé à 420 heures pour le présent lot. Le titulaire indique la modalité envisagée : ☐ embauche "
            "directe ; ☐ mise à disposition ; ☐ sous-traitance à une SIAE.")
    ae += A("Sous-traitance",
            "Prestations sous-traitées déclarées à la remise de l'offre (joindre un formulaire DC4 par "
            "sous-traitant) : nature ……………………, montant ………… € HT.")
    ae += f_ae_paiement(c) + f_ae_signature(c)
    qr = [TITLE("Val-de-Brenne Habitat", "Questions des entreprises et réponses de l'acheteur",
                "Résidence des Tilleuls – mise à jour du 2 mai 2026")]
    qr += [P("Q1. Le CCAP fixe un ratio d'heures d'insertion par tranche de 10 000 € HT. Sur quel montant le calcul "
             "est-il fait et quel est le volume attendu ?"),
           P("R1. Le calcul est fait sur l'estimation de l'acheteur pour chaque lot concerné : 600 000 € HT pour le "
             "lot 1 et 350 000 € HT pour le lot 3. Le volume d'heures d'insertion est donc de 420 heures pour le lot "
             "1 et de 245 heures pour le lot 3, soit 665 heures au total. Ces volumes sont fermes, quel que soit le "
             "montant de l'offre retenue."),
           P("Q2. Le lot 4 comporte-t-il une clause d'insertion ?"),
           P("R2. Non. Seuls les lots 1 et 3 en comportent une."),
           P("Q3. Une entreprise peut-elle déclarer en cours de chantier un sous-traitant de 48 000 € HT par un "
             "DC4 ?"),
           P("R3. Oui, la déclaration de sous-traitance est possible à tout moment ; l'acceptation et l'agrément "
             "des conditions de paiement sont alors formalisés par un acte spécial."),
           P("Q4. La visite du 12 mai est-elle obligatoire pour le lot 5 ?"),
           P("R4. Non, elle ne l'est que pour les lots 1 et 3.")]
    pieces = [
        PIECE("RC.pdf", "RC", hdr + " – RC", ft, rc,
              L(allotissement=1, nb_lots=5, montant_estime_ht=1850000,
                evidence=["Les travaux sont répartis en cinq lots",
                          "estimé à 1 850 000 € HT, tous lots confondus"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=5,
                evidence=["Les lots 1 et 3 comportent une action d'insertion professionnelle",
                          "7 heures de travail par tranche de 10 000 € HT du montant du lot",
                          "trie les déchets de chantier au moins en cinq flux",
                          "Le marché est décomposé en cinq lots"])),
        PIECE("AE_lot1.docx", "AE", hdr + " – AE lot 1", ft, ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1,
                evidence=["le volume d'heures d'insertion est fixé à 420 heures pour le présent lot",
                          "lot n° 1, gros œuvre et ravalement"])),
        PIECE("registre_QR.docx", "QR", hdr + " – Q/R", ft, qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=665, allotissement=1,
                evidence=["420 heures pour le lot 1 et de 245 heures pour le lot 3, soit 665 heures au total",
                          "Seuls les lots 1 et 3 en comportent une"])),
    ]
    return dict(id="d03-val-de-brenne-rehabilitation", title=hdr, pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=665, allotissement=1, nb_lots=5, montant_estime_ht=1850000),
                note=("Heures : le CCAP ne donne qu'un ratio (7 h par tranche de 10 000 € HT, lots 1 et 3), sans "
                      "nombre ; le Q/R l'applique aux estimations des lots (600 000 et 350 000 € HT) et écrit 420 + 245 "
                      "= 665 heures, retenu ; l'AE du lot 1 écrit 420. Pas de maximum (prix global et forfaitaire). "
                      "Estimation 1 850 000 € HT (RC). Pièges : DC4 de 48 000 € HT (Q/R) ; 60 € par heure ; visite "
                      "9 h – 12 h ; horaires 8 h – 17 h ; garantie d'un an, retenue de 5 % ; pénalités plafonnées à "
                      "10 %. 5 lots."))


def d04():
    c = C("le Département de la Haute-Sorbière", "Limoges", profil="https://marches.hautesorbiere.fr",
          ref="DHS-TA-2026")
    hdr = "Département de la Haute-Sorbière – Transport des élèves et étudiants en situation de handicap"
    ft = "Accord-cadre DHS-TA-2026"
    joue = [TITLE("Avis de marché – Directive 2014/24/UE", "Département de la Haute-Sorbière",
                  "Services – JOUE S 2026/088-271934")]
    joue += [P("Section I : Pouvoir adjudicateur"),
             P("I.1) Nom et adresses : Département de la Haute-Sorbière, Hôtel du Département, 87900 Sorbière-la-Ville, "
               "France. Code NUTS : FRI23."),
             P("I.4) Type de pouvoir adjudicateur : autorité régionale ou locale."),
             P("Section II : Objet"),
             P("II.1.1) Intitulé : Transport des élèves et étudiants en situation de handicap. Numéro de référence : "
               "DHS-TA-2026."),
             P("II.1.2) Code CPV principal : 60130000."),
             P("II.1.3) Type de marché : Services."),
             P("II.1.4) Description succincte : transport quotidien, adapté, des élèves et étudiants en situation "
               "de handicap entre leur domicile et leur établissement, en quatre secteurs géographiques."),
             P("II.1.5) Valeur totale estimée : Valeur hors TVA : 3 100 000 EUR"),
             P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être "
               "soumises pour tous les lots. Nombre maximal de lots qui peuvent être attribués à un soumissionnaire : 2"),
             P("II.2) Description"),
             P("II.2.1) Intitulé : Secteur Nord. Lot n° : 1"),
             P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 35 ; "
               "Critère de qualité – Nom : Performance environnementale des véhicules affectés / Pondération : 15 ; "
               "Prix – Pondération : 50"),
             P("II.2.7) Durée du marché : 48 mois. Ce marché peut faire l'objet d'une reconduction : non"),
             P("II.2.14) Informations complémentaires : montant maximum du lot sur la durée de l'accord-cadre : "
               "1 200 000 EUR HT."),
             P("II.2.1) Intitulé : Secteur Sud. Lot n° : 2"),
             P("II.2.5) Critères d'attribution : identiques au lot 1."),
             P("II.2.14) Informations complémentaires : montant maximum du lot sur la durée de l'accord-cadre : "
               "900 000 EUR HT."),
             P("II.2.1) Intitulé : Secteur Est. Lot n° : 3"),
             P("II.2.14) Informations complémentaires : montant maximum du lot sur la durée de l'accord-cadre : "
               "750 000 EUR HT."),
             P("II.2.1) Intitulé : Secteur Ouest et agglomération. Lot n° : 4"),
             P("II.2.14) Informations complémentaires : montant maximum du lot sur la durée de l'accord-cadre : "
               "650 000 EUR HT."),
             P("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
             P("III.1.1) Habilitation à exercer l'activité professionnelle : inscription au registre des "
               "transporteurs ; attestation de capacité professionnelle."),
             P("III.2.2) Conditions particulières d'exécution : les véhicules affectés au service sont électriques, "
               "hybrides rechargeables ou classés Crit'Air 1 ; voir CCAP."),
             P("Section IV : Procédure. IV.1.1) Type de procédure : ouverte. IV.2.2) Date limite de réception des "
               "offres : 08/06/2026 à 12:00.")]
    rc = [TITLE("Département de la Haute-Sorbière", "Règlement de la consultation",
                "Transport des élèves et étudiants en situation de handicap")]
    rc += A("Objet",
            "La consultation porte sur le transport adapté des élèves et étudiants en situation de handicap "
            "domiciliés dans le département, pour les années scolaires 2026-2027 à 2029-2030.")
    rc += A("Lots",
            "La consultation est divisée en quatre lots géographiques : lot 1 secteur Nord, lot 2 secteur Sud, lot 3 "
            "secteur Est, lot 4 secteur Ouest et agglomération. Un même candidat ne peut se voir attribuer plus de "
            "deux lots.")
    rc += A("Durée et montants",
            "Les accords-cadres sont conclus pour quatre ans à compter du 1er septembre 2026. Ils ne comportent pas "
            "de montant minimum ; leurs montants maximums sont fixés au CCAP.")
    rc += f_rc_retrait(c, 1) + f_rc_candidature(c, 0) + f_rc_offre(c, 0)
    rc += A("Critères de jugement des offres",
            ["prix : 50 % ;", "valeur technique (organisation des circuits, qualification des conducteurs et "
             "accompagnateurs, continuité du service) : 35 % ;",
             "performance environnementale des véhicules affectés (motorisation, émissions de CO2) : 15 %."])
    rc += f_rc_validite(c, 1) + f_rc_questions(c, 0) + f_rc_depot(c)
    ccap = [TITLE("Département de la Haute-Sorbière", "Cahier des clauses administratives particulières",
                  "Transport des élèves et étudiants en situation de handicap")]
    ccap += A("Objet et lots",
              "Le présent CCAP s'applique aux quatre lots de l'accord-cadre. Chaque lot est exécuté par bons de "
              "commande émis pour chaque circuit.")
    ccap += A("Montants",
              "Pour chaque lot, l'accord-cadre est conclu sans minimum et avec un montant maximum annuel fixé comme "
              "suit :")
    ccap += [TAB([["Lot", "Secteur", "Maximum annuel"],
                  ["1", "Nord", "300 000 € HT"],
                  ["2", "Sud", "225 000 € HT"],
                  ["3", "Est", "187" + BR + "500 € HT"],
                  ["4", "Ouest et agglomération", "162 500 € HT"]], widths=[0.5, 4, 0.78], align="llr")]
    ccap += A("Durée",
              "L'accord-cadre couvre quatre années scolaires, du 1er septembre 2026 au 31 août 2030, sans "
              "reconduction.")
    ccap += f_pieces(c, 2) + f_prix(c, 0) + f_paiement(c, 2)
    ccap += A("Véhicules",
              "Les véhicules de moins de neuf places affectés aux circuits sont électriques, hybrides rechargeables "
              "ou classés Crit'Air 1. Le titulaire communique chaque année la liste des véhicules et leurs "
              "certificats d'immatriculation.")
    ccap += A("Conducteurs et accompagnateurs",
              "Chaque accompagnateur suit, avant sa première prise de service, une formation de 14 heures aux "
              "premiers secours et à l'accueil des élèves en situation de handicap. Les élèves sont déposés au plus "
              "tôt dix minutes avant l'heure d'entrée de leur établissement.")
    ccap += f_travail(c, 0)
    ccap += A("Pénalités",
              "Tout retard de plus de quinze minutes à l'arrivée dans l'établissement entraîne une pénalité de "
              "100 €. Le montant cumulé des pénalités d'une année ne peut dépasser 10 % du montant facturé.")
    ccap += f_litiges(c, 0)
    bpu = [TITLE("Département de la Haute-Sorbière", "Bordereau des prix unitaires – lot 2 (secteur Sud)",
                 "Transport des élèves et étudiants en situation de handicap")]
    bpu += [P("Montant maximum annuel du lot 2 : 225 000 € HT. Les quantités ne sont pas garanties."),
            RTAB([["N°", "Désignation", "Unité", "Prix unitaire HT"],
                  ["2.1", "Circuit aller-retour, véhicule de moins de 9 places", "jour", ""],
                  ["2.2", "Circuit aller-retour, véhicule adapté pour fauteuil roulant", "jour", ""],
                  ["2.3", "Kilomètre supplémentaire en charge", "km", ""],
                  ["2.4", "Heure d'attente (au-delà de 15 minutes)", "heure", ""],
                  ["2.5", "Accompagnateur en sus (demi-journée)", "forfait", ""]],
                 widths=[0.6, 4, 1, 1.4], align="lllr"),
            P("Le candidat complète tous les prix ; un prix non renseigné rend l'offre irrégulière.")]
    pieces = [
        PIECE("avis_JOUE.txt", "AVIS", hdr, ft, joue,
              L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=4,
                montant_estime_ht=3100000, montant_max_ht=3500000,
                evidence=["Performance environnementale des véhicules affectés / Pondération : 15",
                          "hybrides rechargeables ou classés Crit'Air 1 ; voir CCAP",
                          "Ce marché est divisé en lots : oui", "Valeur hors TVA : 3 100 000 EUR",
                          "[1 200 000 + 900 000 + 750 000 + 650 000 = 3 500 000]"])),
        PIECE("RC.docx", "RC", hdr + " – RC", ft, rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=4,
                evidence=["performance environnementale des véhicules affectés (motorisation, émissions de CO2) : 15 %",
                          "La consultation est divisée en quatre lots géographiques"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=4, montant_max_ht=3500000,
                evidence=["sont électriques, hybrides rechargeables ou classés Crit'Air 1",
                          "aux quatre lots de l'accord-cadre", "montant maximum annuel fixé comme suit",
                          "du 1er septembre 2026 au 31 août 2030, sans reconduction",
                          "[(300 000 + 225 000 + 187 500 + 162 500) × 4 = 3 500 000]"])),
        PIECE("BPU_lot2.pdf", "BPU", hdr + " – BPU lot 2", ft, bpu,
              L(allotissement=1, montant_max_ht=225000,
                evidence=["Montant maximum annuel du lot 2 : 225 000 € HT"])),
    ]
    return dict(id="d04-haute-sorbiere-transport", title=hdr, pieces=pieces,
                pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=4, montant_estime_ht=3100000, montant_max_ht=3500000),
                note=("Aucune clause sociale : « situation de handicap » est l'objet du transport ; rappel L. 5212-1 "
                      "(CCAP) ; formation de 14 heures ; « heure d'attente » au BPU. Maximum : quatre maxima par lot "
                      "sans total dans les rubriques II.2.14 de l'avis JOUE, 3 500 000 ; le CCAP donne les maxima "
                      "annuels (tableau, cellule « 187 » / « 500 € HT ») × 4 ans = 3 500 000 ; le BPU ne donne que "
                      "225 000 par an. Estimation 3 100 000 (avis). Pièges : « pas de montant minimum » ; 100 € par "
                      "retard ; pénalités plafonnées à 10 %. 4 lots."))


def d05():
    c = C("la Ville de Saint-Gorlan", "Clermont-Ferrand", profil="https://saintgorlan.marcoweb.fr",
          ref="SG-CVC-26")
    hdr = "Ville de Saint-Gorlan – Exploitation et maintenance des installations de chauffage"
    ft = "Marché SG-CVC-26"
    rc = [TITLE("Ville de Saint-Gorlan", "Règlement de la consultation",
                "Exploitation et maintenance des installations de chauffage, de ventilation et d'eau chaude")]
    rc += A("Objet et durée",
            "La consultation porte sur la conduite, l'entretien et le dépannage des installations thermiques de "
            "vingt-six bâtiments communaux. L'accord-cadre à bons de commande est conclu pour un an à compter du "
            "1er octobre 2026, renouvelable trois fois par reconduction expresse.",
            "Il est conclu sans montant maximum, avec un montant minimum annuel de 20 000 € HT. La valeur estimée "
            "de l'accord-cadre, sur sa durée maximale de quatre ans, est de 640 000 € HT.")
    rc += A("Allotissement",
            "Le marché n'est pas alloti : l'exploitation des installations de chauffage, de ventilation et de "
            "production d'eau chaude forme un ensemble technique indissociable, confié à un exploitant unique.")
    rc += f_rc_retrait(c, 0) + f_rc_candidature(c, 1) + f_rc_offre(c, 0)
    rc += A("Critères d'attribution",
            "Prix : 40 %. Valeur technique : 50 %. Performance énergétique, appréciée sur les engagements chiffrés "
            "de réduction des consommations proposés par le candidat : 10 %.")
    rc += f_rc_validite(c, 0) + f_rc_depot(c)
    ccap = [TITLE("Ville de Saint-Gorlan", "Cahier des clauses administratives particulières",
                  "Exploitation et maintenance des installations de chauffage")]
    ccap += A("Objet",
              "Le présent accord-cadre à bons de commande, passé sans maximum, porte sur l'exploitation des "
              "installations thermiques des bâtiments communaux. Sa durée est fixée à l'acte d'engagement.")
    ccap += f_pieces(c, 1) + f_prix(c, 0) + f_paiement(c, 0)
    ccap += A("Action d'insertion",
              "Le titulaire s'engage à réaliser, au titre de l'action d'insertion, 250 heures de travail par année "
              "d'exécution du marché, au profit de personnes éloignées de l'emploi (demandeurs d'emploi de longue "
              "durée, bénéficiaires des minima sociaux, jeunes sans qualification, personnes en parcours dans une "
              "SIAE).",
              "Les heures réalisées sont justifiées chaque année auprès du service emploi de la Ville. Elles "
              "s'ajoutent à celles que le titulaire réalise au titre d'autres marchés.")
    ccap += A("Engagements environnementaux",
              "Le titulaire récupère les fluides frigorigènes lors de toute intervention sur les équipements qui en "
              "contiennent et remet les bordereaux de suivi. Il s'engage sur une réduction de 8 % des consommations "
              "de chauffage à climat constant.")
    ccap += f_penalites(c, 1) + f_travail(c, 1) + f_assurance(c, 1) + f_resiliation(c, 0) + f_litiges(c, 0)
    cctp = [TITLE("Ville de Saint-Gorlan", "Cahier des clauses techniques particulières",
                  "Exploitation et maintenance des installations de chauffage")]
    cctp += A("Description des installations",
              "Les installations comprennent 31 chaufferies au gaz naturel, 4 pompes à chaleur et 12 centrales de "
              "traitement d'air. L'inventaire détaillé figure en annexe 1.")
    cctp += A("Organisation des prestations",
              "Pour la commodité de la description, les prestations sont présentées en trois lots techniques : lot "
              "technique A, chauffage ; lot technique B, ventilation ; lot technique C, eau chaude sanitaire. Elles "
              "sont confiées à un seul titulaire.")
    cctp += A("Conduite des installations",
              "La saison de chauffe s'étend du 15 octobre au 15 avril. Les températures de consigne sont de 19 °C "
              "dans les bureaux et de 20 °C dans les écoles maternelles pendant les heures d'occupation.")
    cctp += A("Données du précédent marché",
              "À titre d'information, les dépenses du précédent marché (2022-2026) se sont élevées en moyenne à "
              "118 000 € HT par an, hors gros entretien.")
    cctp += f_cctp_suivi(c, 0) + f_cctp_securite(c, 0)
    ae = [TITLE("Ville de Saint-Gorlan", "Acte d'engagement",
                "Exploitation et maintenance des installations de chauffage")]
    ae += f_ae_ident(c)
    ae += A("Engagement et durée",
            "Je m'engage à exécuter les prestations aux prix du bordereau joint. L'accord-cadre est conclu pour un "
            "an à compter du 1er octobre 2026 et peut être reconduit trois fois, de manière expresse.",
            "Il est conclu sans montant maximum ; le montant minimum annuel est de 20 000 € HT.")
    ae += A("Insertion",
            "Le titulaire s'engage à exécuter l'action d'insertion prévue au CCAP, soit 250 heures de travail par "
            "année d'exécution.")
    ae += f_ae_paiement(c) + f_ae_signature(c)
    pieces = [
        PIECE("RC.pdf", "RC", hdr + " – RC", ft, rc,
              L(critere_environnemental=1, allotissement=0, montant_estime_ht=640000,
                evidence=["Performance énergétique, appréciée sur les engagements chiffrés de réduction des consommations",
                          "Le marché n'est pas alloti",
                          "sur sa durée maximale de quatre ans, est de 640 000 € HT"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=250, clause_environnementale=1,
                evidence=["250 heures de travail par année d'exécution du marché",
                          "Le titulaire récupère les fluides frigorigènes"]), cols=2, hyphen=True),
        PIECE("CCTP.pdf", "CCTP", hdr + " – CCTP", ft, cctp, L()),
        PIECE("AE.docx", "AE", hdr + " – AE", ft, ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=250,
                evidence=["soit 250 heures de travail par année d'exécution"])),
    ]
    return dict(id="d05-saint-gorlan-chauffage", title=hdr, pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=250, allotissement=0, montant_estime_ht=640000),
                note=("Heures : 250 par année d'exécution (CCAP en deux colonnes, AE), 1 an + 3 reconductions (RC, AE), "
                      "aucun total écrit : valeur écrite 250 (convention ; la lecture « durée totale » donnerait 1 000). "
                      "Maximum : « sans montant maximum » (RC, CCAP, AE) : vide. Estimation 640 000 € HT (RC). Non "
                      "alloti (RC) ; le CCTP décrit trois « lots techniques » confiés à un seul titulaire (pas des lots). "
                      "Pièges : minimum annuel 20 000 ; 118 000 € HT par an du précédent marché ; heures ouvrables ; "
                      "réduction de 8 % ; pénalités 200 € / 5 000 € par mois."))


def d06():
    c = C("le SIVOM de la vallée de l'Ourne", "Caen", profil="https://www.marches-normandie.fr",
          ref="SIVOM-R-2026")
    hdr = "SIVOM de la vallée de l'Ourne – Fourniture et livraison de repas en liaison froide"
    ft = "Consultation SIVOM-R-2026"
    rc = [TITLE("SIVOM de la vallée de l'Ourne", "Règlement de la consultation",
                "Fourniture et livraison de repas en liaison froide pour les restaurants scolaires")]
    rc += A("Objet",
            "La consultation porte sur la fabrication et la livraison, en liaison froide, d'environ 700 repas par "
            "jour scolaire pour les neuf restaurants scolaires du syndicat et le centre de loisirs.")
    rc += A("Lot unique",
            "La fabrication et la livraison des repas constituent une prestation unique : le marché est passé en lot "
            "unique.")
    rc += A("Durée",
            "L'accord-cadre est conclu pour deux ans à compter du 1er janvier 2027. Il est reconductible deux fois "
            "par période d'un an.")
    rc += f_rc_retrait(c, 0) + f_rc_candidature(c, 0) + f_rc_offre(c, 0)
    rc += A("Critères de jugement",
            ["prix du repas : 40 % ;", "qualité gustative et variété des menus : 30 % ;",
             "part des produits issus de l'agriculture biologique ou sous signe de qualité, au-delà des minimums "
             "du CCTP : 15 % ;",
             "insertion professionnelle : nombre d'heures proposées et qualité de l'accompagnement des personnes : "
             "15 %."])
    rc += f_rc_validite(c, 0) + f_rc_questions(c, 1) + f_rc_depot(c)
    ccap = [TITLE("SIVOM de la vallée de l'Ourne", "Cahier des clauses administratives particulières",
                  "Fourniture et livraison de repas en liaison froide")]
    ccap += A("Objet et montants",
              "L'accord-cadre à bons de commande est conclu avec un montant maximum de 210" + SB + "000 € HT pour la "
              "période initiale de deux ans, puis de 105 000 € HT pour chaque période de reconduction d'un an. Il "
              "est reconductible dans les conditions fixées au règlement de la consultation.")
    ccap += f_pieces(c, 0) + f_prix(c, 1) + f_paiement(c, 1)
    ccap += A("Clause d'insertion",
              "Le titulaire réalise des heures de travail au profit de personnes éloignées de l'emploi, selon le "
              "calendrier suivant :")
    ccap += [RTAB([["Période", "Heures d'insertion"],
                   ["Période initiale – année 1", "450"], ["Période initiale – année 2", "450"],
                   ["Reconduction 1", "225"], ["Reconduction 2", "225"],
                   ["Total (durée maximale)", "1 350"]], widths=[3, 1.5], align="lr", bold_last=True)]
    ccap += [P("Chaque contrat proposé à une personne en insertion est d'au moins 150 heures. Les heures non "
               "réalisées une année peuvent être reportées sur l'année suivante ; au terme du marché, chaque heure "
               "manquante est pénalisée à hauteur de 40 € HT.")]
    ccap += A("Dispositions environnementales",
              "Le titulaire reprend les bacs gastronormes et les contenants après chaque service ; aucun contenant "
              "jetable en plastique n'est utilisé pour la cuisson ou la réchauffe. Il assure la collecte des "
              "biodéchets des restaurants et leur valorisation par méthanisation ou compostage.")
    ccap += f_penalites(c, 2) + f_assurance(c, 0) + f_litiges(c, 1)
    ae = [TITLE("SIVOM de la vallée de l'Ourne", "Acte d'engagement", "Fourniture et livraison de repas")]
    ae += f_ae_ident(c)
    ae += A("Prix et montants",
            "Je m'engage à livrer les repas au prix unitaire figurant au bordereau des prix.",
            "Montant maximum : 210 000 € HT pour la période initiale ; 105 000 € HT par période de reconduction, "
            "soit un montant maximum de 420 000 € HT sur la durée totale, reconductions comprises (443 100 € TTC, "
            "TVA à 5,5 %). Aucun montant minimum n'est fixé.")
    ae += f_ae_paiement(c) + f_ae_signature(c)
    avis = [TITLE("BOAMP – Avis de marché", "SIVOM de la vallée de l'Ourne", "Annonce n° 26-097331 – Fournitures")]
    avis += [P("Identification de l'organisme qui passe le marché : SIVOM de la vallée de l'Ourne, 14620 Ourne-sur-Mer."),
             P("Objet du marché : fourniture et livraison de repas en liaison froide pour les restaurants scolaires."),
             P("Type de marché : fournitures. Code CPV : 55523100 – Services de restauration scolaire."),
             P("Caractéristiques principales : accord-cadre à bons de commande d'une durée de 24 mois, reconductible "
               "2 fois 12 mois. Valeur estimée hors TVA : 380 000 euros."),
             P("Division en lots : non."),
             P("Conditions d'exécution : clause sociale d'insertion, 1 350 heures sur la durée maximale du marché ; "
               "reprise des contenants et valorisation des biodéchets."),
             P("Critères d'attribution : prix 40 % ; qualité des repas 30 % ; part de produits biologiques ou sous "
               "signe de qualité 15 % ; insertion professionnelle 15 %."),
             P("Date limite de réception des offres : 15 septembre 2026 à 12 heures.")]
    pieces = [
        PIECE("RC.docx", "RC", hdr + " – RC", ft, rc,
              L(critere_social=1, critere_environnemental=1, allotissement=0,
                evidence=["insertion professionnelle : nombre d'heures proposées et qualité de l'accompagnement",
                          "part des produits issus de l'agriculture biologique ou sous signe de qualité",
                          "le marché est passé en lot unique"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1350, clause_environnementale=1,
                evidence=["Total (durée maximale) 1 350",
                          "aucun contenant jetable en plastique n'est utilisé pour la cuisson ou la réchauffe"])),
        PIECE("AE.docx", "AE", hdr + " – AE", ft, ae,
              L(montant_max_ht=420000,
                evidence=["soit un montant maximum de 420 000 € HT sur la durée totale, reconductions comprises"])),
        PIECE("avis_BOAMP.txt", "AVIS", hdr, ft, avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1350, critere_social=1,
                clause_environnementale=1, critere_environnemental=1, allotissement=0, montant_estime_ht=380000,
                evidence=["clause sociale d'insertion, 1 350 heures sur la durée maximale du marché",
                          "reprise des contenants et valorisation des biodéchets", "insertion professionnelle 15 %",
                          "part de produits biologiques ou sous signe de qualité 15 %", "Division en lots : non",
                          "Valeur estimée hors TVA : 380 000 euros"])),
    ]
    return dict(id="d06-vallee-ourne-repas", title=hdr, pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
                     "critere_environnemental"],
                values=V(heures_insertion=1350, allotissement=0, montant_estime_ht=380000, montant_max_ht=420000),
                note=("Heures : vrai tableau du CCAP par année, ligne Total 1 350, redit par l'avis. Maximum : CCAP « 210 "
                      "000 € HT pour la période initiale » (coupé « 210 / 000 ») puis 105 000 par reconduction, sans le "
                      "nombre de reconductions (vide pour le CCAP) ; RC : 2 reconductions ; 210 000 + 2 × 105 000 = "
                      "420 000, écrit à l'AE. Estimation 380 000 (avis). Pièges : 443 100 € TTC ; 150 heures par "
                      "personne ; 40 € par heure ; 700 repas par jour. Lot unique."))


def d07():
    c = C("la Commune de Lancerve-les-Mines", "Lille", ccag="travaux", profil="https://lancerve.achatpublic.fr",
          ref="LLM-GS-2026")
    hdr = "Commune de Lancerve-les-Mines – Construction du groupe scolaire Jules-Ferry"
    ft = "Marché de travaux LLM-GS-2026"
    rc = [TITLE("Commune de Lancerve-les-Mines", "Règlement de la consultation",
                "Construction du groupe scolaire Jules-Ferry (10 classes et restaurant scolaire)")]
    rc += A("Objet",
            "La consultation porte sur la construction d'un groupe scolaire de dix classes avec restaurant scolaire "
            "et préau, rue des Houillères. Le montant prévisionnel des travaux est de 2 400 000 € HT.",
            "Les travaux sont prévus de juillet 2026 à août 2027.")
    rc += A("Allotissement",
            "Les travaux sont répartis en six lots :",
            ["lot 1 – VRD, gros œuvre ;", "lot 2 – charpente bois, couverture ;",
             "lot 3 – menuiseries extérieures aluminium ;", "lot 4 – plâtrerie, faux plafonds ;",
             "lot 5 – électricité, courants faibles ;", "lot 6 – peinture, revêtements de sols."])
    rc += f_rc_retrait(c, 1) + f_rc_candidature(c, 1) + f_rc_offre(c, 1)
    rc += A("Jugement des offres",
            "Lots 2, 4 et 5 : prix 60 % ; valeur technique 40 %.",
            "Lots 1, 3 et 6 : prix 55 % ; valeur technique 35 % ; insertion professionnelle, appréciée sur le "
            "nombre d'heures proposées au-delà du volume minimal fixé par le CCAP et sur les modalités "
            "d'accompagnement des personnes : 10 %.")
    rc += f_rc_validite(c, 1) + f_rc_questions(c, 0)
    ccap = [TITLE("Commune de Lancerve-les-Mines", "Cahier des clauses administratives particulières",
                  "Construction du groupe scolaire Jules-Ferry")]
    ccap += A("Objet et lots",
              "Le présent CCAP est commun aux six lots du marché de construction du groupe scolaire. Chaque lot est "
              "traité à prix global et forfaitaire.")
    ccap += f_pieces(c, 2) + f_prix(c, 2) + f_paiement(c, 0)
    ccap += A("Clause sociale d'insertion",
              "Les lots 1, 3 et 6 comportent une clause d'insertion au bénéfice de personnes éloignées de l'emploi. "
              "Le volume minimal d'heures d'insertion est fixé comme suit : lot 1, VRD et gros œuvre : 500 heures ; "
              "lot 3, menuiseries extérieures : 180 heures ; lot 6, peinture et revêtements de sols : 120 heures. Les "
              "lots 2, 4 et 5 n'en comportent pas.",
              "Le titulaire peut s'engager, dans son offre, sur des heures au-delà de ce volume minimal ; les heures "
              "ainsi proposées deviennent contractuelles.",
              "Pour mémoire, l'extension de l'école maternelle, réalisée en 2021, avait généré 1" + SB + "050 heures "
              "d'insertion.",
              "Chaque heure non réalisée donne lieu à une pénalité de 70 € HT.")
    ccap += A("Chantier à faibles nuisances",
              "Le titulaire trie ses déchets sur le chantier selon le schéma d'organisation et de gestion des "
              "déchets (SOGED) remis avec l'offre, limite les émissions de poussières par arrosage et n'effectue "
              "aucun brûlage.")
    ccap += f_garantie(c, 1) + f_penalites(c, 0) + f_resiliation(c, 1) + f_litiges(c, 1)
    ae1 = [TITLE("Commune de Lancerve-les-Mines", "Acte d'engagement – lot n° 1", "VRD, gros œuvre")]
    ae1 += f_ae_ident(c)
    ae1 += A("Prix",
             "Je m'engage à exécuter les travaux du lot n° 1 pour le prix global et forfaitaire de …………… € HT.",
             "Montant des prestations sous-traitées (annexe DC4) : …………… € HT.")
    ae1 += A("Clause d'insertion",
             "Le titulaire s'engage à réaliser 500 heures d'insertion, volume minimal fixé par le CCAP pour le lot "
             "n° 1, augmentées de ………… heures proposées au-delà de ce volume.")
    ae1 += f_ae_paiement(c) + f_ae_signature(c)
    ae4 = [TITLE("Commune de Lancerve-les-Mines", "Acte d'engagement – lot n° 4", "Plâtrerie, faux plafonds")]
    ae4 += f_ae_ident(c)
    ae4 += A("Prix et délai",
             "Je m'engage à exécuter les travaux du lot n° 4 pour le prix global et forfaitaire de …………… € HT. Le "
             "délai d'exécution propre au lot est de quatre mois.")
    ae4 += A("Insertion",
             "Le présent lot ne comporte pas de clause d'insertion.")
    ae4 += f_ae_paiement(c) + f_ae_signature(c)
    pieces = [
        PIECE("RC.pdf", "RC", hdr + " – RC", ft, rc,
              L(critere_social=1, allotissement=1, nb_lots=6, montant_estime_ht=2400000,
                evidence=["insertion professionnelle, appréciée sur le nombre d'heures proposées au-delà du volume minimal",
                          "Les travaux sont répartis en six lots",
                          "Le montant prévisionnel des travaux est de 2 400 000 € HT"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=800, clause_environnementale=1,
                allotissement=1, nb_lots=6,
                evidence=["lot 1, VRD et gros œuvre : 500 heures", "lot 3, menuiseries extérieures : 180 heures",
                          "lot 6, peinture et revêtements de sols : 120 heures", "[500 + 180 + 120 = 800]",
                          "Le titulaire trie ses déchets sur le chantier", "commun aux six lots"])),
        PIECE("AE_lot1.docx", "AE", hdr + " – AE lot 1", ft, ae1,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=500, allotissement=1,
                evidence=["s'engage à réaliser 500 heures d'insertion", "lot n° 1"])),
        PIECE("AE_lot4.docx", "AE", hdr + " – AE lot 4", ft, ae4,
              L(allotissement=1, evidence=["travaux du lot n° 4"])),
    ]
    return dict(id="d07-lancerve-groupe-scolaire", title=hdr, pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=800, allotissement=1, nb_lots=6, montant_estime_ht=2400000),
                note=("Heures : volumes minimaux par lot au CCAP, sans total : 500 + 180 + 120 = 800 ; les heures "
                      "« au-delà » proposées dans l'offre sont inconnues (critère social du RC) ; l'AE du lot 1 écrit 500, "
                      "celui du lot 4 n'a pas de clause. Pas de maximum (prix global et forfaitaire). Estimation 2 400 000 "
                      "(RC). Pièges : 1 050 heures de l'extension de 2021 (coupé « 1 / 050 ») ; 70 € par heure ; DC4 sans "
                      "montant ; pénalités plafonnées à 10 %. 6 lots."))


def d08():
    c = C("la Communauté d'agglomération Rives de Sèvre-Aude", "Poitiers",
          profil="https://marches.rivesdesevreaude.fr", ref="RSA-COL-2027")
    hdr = "Communauté d'agglomération Rives de Sèvre-Aude – Collecte des déchets ménagers et assimilés"
    ft = "Accord-cadre RSA-COL-2027"
    joue = [TITLE("Avis de marché – Directive 2014/24/UE",
                  "Communauté d'agglomération Rives de Sèvre-Aude", "Services – JOUE S 2026/112-340518")]
    joue += [P("Section I : Pouvoir adjudicateur"),
             P("I.1) Nom et adresses : Communauté d'agglomération Rives de Sèvre-Aude, 2 quai de l'Aude, 79400 "
               "Sèvre-la-Grande. Code NUTS : FRI53."),
             P("Section II : Objet"),
             P("II.1.1) Intitulé : Collecte des déchets ménagers et assimilés. Numéro de référence : RSA-COL-2027."),
             P("II.1.2) Code CPV principal : 90511000."),
             P("II.1.3) Type de marché : Services."),
             P("II.1.5) Valeur totale estimée : Valeur hors TVA : 4 200 000 EUR"),
             P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
             P("II.2.4) Description des prestations : collecte en porte-à-porte des ordures ménagères résiduelles et "
               "des emballages, collecte des points d'apport volontaire. Accord-cadre à bons de commande d'une durée "
               "de cinq ans, montant maximum de 4,8 M€ HT."),
             P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 40 ; "
               "Critère de qualité – Nom : Performance environnementale de la flotte de collecte / Pondération : 10 ; "
               "Prix – Pondération : 50"),
             P("II.2.7) Durée en mois : 60. Ce marché peut faire l'objet d'une reconduction : non"),
             P("Section III"),
             P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion (voir article 5 du "
               "CCAP) ; bennes de collecte fonctionnant au GNV ou à l'électricité."),
             P("Section IV : Procédure ouverte. Date limite de réception des offres : 30/09/2026 à 12:00.")]
    rc = [TITLE("Communauté d'agglomération Rives de Sèvre-Aude", "Règlement de la consultation",
                "Collecte des déchets ménagers et assimilés")]
    rc += A("Objet et durée",
            "La consultation porte sur la collecte des déchets ménagers et assimilés sur les 31 communes du "
            "territoire. L'accord-cadre est conclu pour cinq ans à compter du 1er janvier 2027, sans reconduction.")
    rc += A("Absence d'allotissement",
            "Conformément à l'article L. 2113-11 du code de la commande publique, le marché n'est pas alloti : la "
            "collecte des différents flux repose sur les mêmes tournées, véhicules et équipages, et leur séparation "
            "rendrait l'exécution plus coûteuse.")
    rc += f_rc_retrait(c, 0) + f_rc_candidature(c, 0) + f_rc_offre(c, 1)
    rc += A("Jugement des offres",
            "Prix : 50 %. Valeur technique : 40 %. Performance environnementale de la flotte de collecte "
            "(motorisation, consommation, émissions) : 10 %.")
    rc += f_rc_validite(c, 0) + f_rc_questions(c, 0) + f_rc_depot(c)
    ccap = [TITLE("Communauté d'agglomération Rives de Sèvre-Aude", "Cahier des clauses administratives particulières",
                  "Collecte des déchets ménagers et assimilés")]
    ccap += A("Objet et montants",
              "L'accord-cadre à bons de commande est conclu avec un montant minimum de 2 000 000 € HT et un montant "
              "maximum de 4,8 M€ HT sur la durée totale de cinq ans.")
    ccap += f_pieces(c, 0) + f_prix(c, 0) + f_paiement(c, 0)
    ccap += [H("Article 5 – Clause sociale d'insertion"),
             P("Le titulaire réalise, sur la durée totale du marché et au titre de l'action d'insertion, un volume de "
               "3" + SB + "500 heures de travail au profit de personnes rencontrant des difficultés particulières "
               "d'accès à l'emploi."),
             P("Le facilitateur de la Maison de l'emploi de Sèvre-Aude l'accompagne dans le repérage des candidats."),
             P("Le titulaire transmet un bilan semestriel des heures réalisées. Au terme du marché, chaque heure "
               "manquante est pénalisée à raison de 60 € HT.")]
    ccap += A("Véhicules",
              "Les bennes affectées au marché fonctionnent au GNV ou à l'électricité à compter du 1er janvier 2028 ; "
              "jusqu'à cette date, elles respectent au moins la norme Euro VI. Le titulaire déclare chaque année les "
              "consommations de carburant de la flotte.")
    ccap += f_penalites(c, 1) + f_assurance(c, 0) + f_resiliation(c, 0) + f_litiges(c, 0)
    cctp = [TITLE("Communauté d'agglomération Rives de Sèvre-Aude", "Cahier des clauses techniques particulières",
                  "Collecte des déchets ménagers et assimilés")]
    cctp += A("Périmètre et fréquences",
              "La collecte des ordures ménagères résiduelles a lieu une fois par semaine, celle des emballages une "
              "fois tous les quinze jours. Les tournées débutent à 5 h et s'achèvent au plus tard à 12 h.")
    cctp += A("Matériel",
              "Les bennes sont équipées de lève-conteneurs conformes à la norme EN 1501 et de caméras de recul. Le "
              "lavage des véhicules se fait sur une aire équipée d'un séparateur d'hydrocarbures, avec récupération "
              "des eaux.")
    cctp += A("Données de l'exploitation actuelle",
              "Le marché en cours (2021-2026) mobilise 12 bennes et 34 agents. Il comportait un engagement de 2 200 "
              "heures d'insertion. Les tonnages collectés en 2025 figurent en annexe.")
    cctp += f_cctp_suivi(c, 1) + f_cctp_securite(c, 0)
    qr = [TITLE("Communauté d'agglomération Rives de Sèvre-Aude", "Registre des questions et réponses",
                "Collecte des déchets ménagers et assimilés")]
    qr += [H2("Question n° 1 (reçue le 2 septembre 2026)"),
           P("L'article 5 du CCAP mentionne 3 500 heures d'insertion, alors que l'avis de pré-information annonçait "
             "3 000 heures. Quel volume faut-il retenir ?"),
           H2("Réponse"),
           P("Il s'agit d'une erreur matérielle du CCAP. Le volume d'heures d'insertion exigé est de 3 000 heures sur "
             "la durée totale de l'accord-cadre. L'article 5 du CCAP est modifié en ce sens."),
           H2("Question n° 2"),
           P("Quel volume d'heures d'insertion le titulaire actuel a-t-il réalisé ?"),
           H2("Réponse"),
           P("Le marché en cours comportait un engagement de 2 200 heures ; 2 480 heures ont été réalisées à ce jour."),
           H2("Question n° 3"),
           P("Les bennes au GNV doivent-elles être neuves ?"),
           H2("Réponse"),
           P("Non, des véhicules d'occasion sont acceptés s'ils respectent les exigences de motorisation du CCAP.")]
    pieces = [
        PIECE("avis_JOUE.txt", "AVIS", hdr, ft, joue,
              L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, critere_environnemental=1,
                allotissement=0, montant_estime_ht=4200000, montant_max_ht=4800000,
                evidence=["clause sociale d'insertion (voir article 5 du CCAP)",
                          "bennes de collecte fonctionnant au GNV ou à l'électricité",
                          "Performance environnementale de la flotte de collecte / Pondération : 10",
                          "Ce marché est divisé en lots : non", "Valeur hors TVA : 4 200 000 EUR",
                          "montant maximum de 4,8 M€ HT"])),
        PIECE("RC.pdf", "RC", hdr + " – RC", ft, rc,
              L(critere_environnemental=1, allotissement=0,
                evidence=["Performance environnementale de la flotte de collecte", "le marché n'est pas alloti"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=3500, clause_environnementale=1,
                montant_max_ht=4800000,
                evidence=["un volume de 3 500 heures de travail",
                          "Les bennes affectées au marché fonctionnent au GNV ou à l'électricité",
                          "maximum de 4,8 M€ HT sur la durée totale de cinq ans"])),
        PIECE("CCTP.pdf", "CCTP", hdr + " – CCTP", ft, cctp,
              L(clause_environnementale=1,
                evidence=["séparateur d'hydrocarbures, avec récupération des eaux"])),
        PIECE("registre_QR.pdf", "QR", hdr + " – Q/R", ft, qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=3000,
                evidence=["Le volume d'heures d'insertion exigé est de 3 000 heures sur la durée totale"])),
    ]
    return dict(id="d08-rives-sevre-collecte", title=hdr, pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=3000, allotissement=0, montant_estime_ht=4200000, montant_max_ht=4800000),
                note=("Heures : CCAP 3 500 (coupé « 3 / 500 »), corrigé à 3 000 par le Q/R (erreur matérielle), retenu "
                      "3 000. Maximum : « 4,8 M€ HT » sur cinq ans (avis, CCAP) = 4 800 000. Estimation 4 200 000 "
                      "(avis). Pièges : 2 200 heures du marché en cours (CCTP, Q/R), 2 480 réalisées ; minimum "
                      "2 000 000 € HT ; tournées 5 h – 12 h ; 60 € par heure ; 12 bennes, 34 agents. Non alloti "
                      "(L. 2113-11). CCTP : séparateur d'hydrocarbures et récupération des eaux de lavage, compté "
                      "comme clause environnementale."))


def d09():
    c = C("le Centre hospitalier intercommunal de Morlane-Vésigne", "Nancy", delai=50,
          profil="https://www.achats-hopitaux-est.fr", ref="CHIMV-BIO-27")
    hdr = "Centre hospitalier intercommunal de Morlane-Vésigne – Bionettoyage et entretien des locaux"
    ft = "Accord-cadre CHIMV-BIO-27"
    rc = [TITLE("Centre hospitalier intercommunal de Morlane-Vésigne", "Règlement de la consultation",
                "Bionettoyage et entretien des locaux – deux lots")]
    rc += A("Objet et lots",
            "La consultation porte sur le bionettoyage des locaux de soins et l'entretien des parties communes des "
            "deux sites de l'établissement. Elle est divisée en deux lots :",
            ["lot 1 – site de Morlane (bâtiments d'hospitalisation et plateau technique) ;",
             "lot 2 – site de Vésigne (EHPAD et consultations externes)."])
    rc += A("Durée",
            "Chaque accord-cadre est conclu pour quatre ans ferme à compter du 1er mars 2027.")
    rc += f_rc_retrait(c, 0) + f_rc_candidature(c, 0) + f_rc_offre(c, 0)
    rc += A("Critères",
            "Prix : 45 %. Valeur technique : 45 %. Insertion professionnelle des publics en difficulté "
            "(organisation de l'accueil, tutorat, formation des personnes) : 10 %.")
    rc += f_rc_validite(c, 0) + f_rc_questions(c, 1) + f_rc_depot(c)
    ccap = [TITLE("Centre hospitalier intercommunal de Morlane-Vésigne",
                  "Cahier des clauses administratives particulières", "Bionettoyage et entretien des locaux")]
    ccap += A("Objet",
              "Le présent CCAP s'applique aux deux lots de l'accord-cadre à bons de commande de bionettoyage et "
              "d'entretien des locaux. Il est complété par le CCTP et par le protocole d'hygiène de l'établissement.")
    ccap += A("Montants maximums",
              "Les accords-cadres sont conclus sans minimum. Le montant maximum du lot 1 est fixé à 1" + SB +
              "250 000 € HT sur la durée de l'accord-cadre ; celui du lot 2 à 380 000 € HT sur la même durée.")
    ccap += f_pieces(c, 0) + f_prix(c, 0) + f_paiement(c, 0)
    ccap += [H("Article # – Clause d'insertion"),
             P("Les deux lots comportent une clause d'insertion au bénéfice de personnes éloignées de l'emploi, "
               "réalisée par embauche directe, mise à disposition ou sous-traitance à une SIAE."),
             SPLIT("Sur la durée de l'accord-cadre, le titulaire du lot 1 réalise 1",
                   "600 heures d'insertion et le titulaire du lot 2 en réalise 400, soit un volume total de 2 000 "
                   "heures pour l'accord-cadre. Chaque personne en insertion doit se voir proposer au moins 140 "
                   "heures de travail."),
             P("Les heures non réalisées sont pénalisées à hauteur de 50 € HT par heure.")]
    ccap += A("Produits et matériels",
              "Les détergents et désinfectants utilisés pour l'entretien courant des locaux non soignants portent "
              "l'Écolabel européen ou un label équivalent ; le titulaire utilise des franges en microfibre et des "
              "centrales de dilution, et reprend ses emballages vides.")
    ccap += f_assurance(c, 0) + f_confid(c)
    ccap += f_penalites(c, 2) + f_resiliation(c, 1) + f_litiges(c, 0)
    ae = [TITLE("Centre hospitalier intercommunal de Morlane-Vésigne", "Acte d'engagement – lot 2",
                "Site de Vésigne (EHPAD et consultations externes)")]
    ae += f_ae_ident(c)
    ae += A("Objet",
            "Le présent acte d'engagement concerne le lot 2 de l'accord-cadre, qui comporte deux lots.")
    ae += A("Montant et durée",
            "Montant maximum du lot 2 sur la durée de l'accord-cadre (quatre ans) : 380 000 € HT. Aucun minimum.")
    ae += A("Insertion",
            "Le titulaire réalise 400 heures d'insertion sur la durée du marché, dans les conditions du CCAP.")
    ae += f_ae_paiement(c) + f_ae_signature(c)
    pieces = [
        PIECE("RC.pdf", "RC", hdr + " – RC", ft, rc,
              L(critere_social=1, allotissement=1, nb_lots=2,
                evidence=["Insertion professionnelle des publics en difficulté", "Elle est divisée en deux lots"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, clause_environnementale=1,
                allotissement=1, nb_lots=2, montant_max_ht=1630000,
                evidence=["soit un volume total de 2 000 heures pour l'accord-cadre",
                          "portent l'Écolabel européen ou un label équivalent", "aux deux lots de l'accord-cadre",
                          "Le montant maximum du lot 1 est fixé à 1 250 000 € HT", "celui du lot 2 à 380 000 € HT",
                          "[1 250 000 + 380 000 = 1 630 000]"])),
        PIECE("AE_lot2.docx", "AE", hdr + " – AE lot 2", ft, ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=400, allotissement=1, nb_lots=2,
                montant_max_ht=380000,
                evidence=["Le titulaire réalise 400 heures d'insertion", "l'accord-cadre, qui comporte deux lots",
                          "Montant maximum du lot 2 sur la durée de l'accord-cadre (quatre ans) : 380 000 € HT"])),
    ]
    return dict(id="d09-morlane-vesigne-bionettoyage", title=hdr, pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=2000, allotissement=1, nb_lots=2, montant_max_ht=1630000),
                note=("Heures : CCAP, lot 1 « 1 » / saut de page / « 600 heures », lot 2 400, total écrit 2 000 ; l'AE du "
                      "lot 2 écrit 400. Maximum : par lot sur la durée, sans total : 1 250 000 (coupé « 1 / 250 000 ») + "
                      "380 000 = 1 630 000. Pièges : 140 heures par personne ; 50 € par heure ; pénalités limitées à "
                      "8 % ; délai de paiement de 50 jours. 2 lots."))


def d10():
    c = C("la Commune de Brassac-Lauzière", "Toulouse", profil="https://www.marchespublics-occitanie.fr",
          ref="BL-CR-2026")
    hdr = "Commune de Brassac-Lauzière – Entretien des chemins ruraux et des abords"
    ft = "Marché BL-CR-2026"
    rc = [TITLE("Commune de Brassac-Lauzière", "Règlement de la consultation",
                "Entretien des chemins ruraux, des fossés et des abords des équipements")]
    rc += A("Objet",
            "La consultation porte sur le débroussaillage des chemins ruraux, le curage léger des fossés et "
            "l'entretien des abords des équipements communaux. Elle fait l'objet d'un lot unique.")
    rc += A("Marché réservé",
            "En application de l'article L. 2113-13 du code de la commande publique, le présent marché est réservé "
            "aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du "
            "travail (entreprises d'insertion, associations intermédiaires, ateliers et chantiers d'insertion, "
            "entreprises de travail temporaire d'insertion) et aux structures équivalentes.",
            "Le candidat joint à sa candidature la preuve de son conventionnement.")
    rc += f_rc_retrait(c, 1) + f_rc_candidature(c, 0) + f_rc_offre(c, 0)
    rc += A("Critères de choix",
            ["prix : 40 % ;", "valeur technique (moyens matériels, organisation des équipes) : 35 % ;",
             "qualité de l'accompagnement socioprofessionnel des salariés en parcours d'insertion (encadrement "
             "technique, formation, suivi vers l'emploi durable) : 25 %."])
    rc += f_rc_validite(c, 0) + f_rc_depot(c)
    ccap = [TITLE("Commune de Brassac-Lauzière", "Cahier des clauses administratives particulières",
                  "Entretien des chemins ruraux et des abords")]
    ccap += A("Forme, durée et montants",
              "Le marché est un accord-cadre à bons de commande conclu pour un an à compter du 1er avril 2026, "
              "reconductible tacitement deux fois par période d'un an.",
              "Il comporte un montant maximum annuel de 60 000 € HT et ne comporte pas de montant minimum. Le volume "
              "de travail est estimé à 2 500 heures par an.")
    ccap += f_pieces(c, 2) + f_prix(c, 1) + f_paiement(c, 2)
    ccap += A("Modalités d'exécution",
              "Les déchets de coupe sont broyés sur place et laissés en paillage au pied des haies ; aucun produit "
              "phytosanitaire n'est employé. Les interventions de débroussaillage ont lieu en dehors de la période "
              "du 15 mars au 31 juillet, sauf nécessité de sécurité.")
    ccap += f_travail(c, 1) + f_penalites(c, 2) + f_litiges(c, 1)
    avis = [TITLE("BOAMP – Avis de marché", "Commune de Brassac-Lauzière", "Annonce n° 26-041207 – Services")]
    avis += [P("Nom et adresse officiels de l'organisme acheteur : Commune de Brassac-Lauzière, place de la Mairie, "
               "81310 Brassac-Lauzière."),
             P("Objet du marché : entretien des chemins ruraux, des fossés et des abords des équipements communaux."),
             P("Type de marché : services. Procédure adaptée."),
             P("Marché réservé : oui. Marché réservé aux structures d'insertion par l'activité économique "
               "(article L. 2113-13 du code de la commande publique)."),
             P("Caractéristiques : accord-cadre à bons de commande, montant maximum annuel : 60 000 € HT. Durée : "
               "12 mois reconductible 2 fois."),
             P("Division en lots : non."),
             P("Critères d'attribution : prix 40 % ; valeur technique 35 % ; qualité de l'accompagnement "
               "socioprofessionnel des salariés en insertion 25 %."),
             P("Date limite de réception des offres : 13 février 2026 à 16 h.")]
    pieces = [
        PIECE("RC.docx", "RC", hdr + " – RC", ft, rc,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0,
                evidence=["qualité de l'accompagnement socioprofessionnel des salariés en parcours d'insertion",
                          "En application de l'article L. 2113-13 du code de la commande publique, le présent marché "
                          "est réservé", "Elle fait l'objet d'un lot unique"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_environnementale=1, montant_max_ht=180000,
                evidence=["aucun produit phytosanitaire n'est employé",
                          "un montant maximum annuel de 60 000 € HT",
                          "reconductible tacitement deux fois par période d'un an", "[60 000 × 3 = 180 000]"])),
        PIECE("avis_BOAMP.txt", "AVIS", hdr, ft, avis,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_max_ht=180000,
                evidence=["Marché réservé aux structures d'insertion par l'activité économique (article L. 2113-13",
                          "qualité de l'accompagnement socioprofessionnel des salariés en insertion 25 %",
                          "montant maximum annuel : 60 000 € HT", "12 mois reconductible 2 fois",
                          "Division en lots : non", "[60 000 × 3 = 180 000]"])),
    ]
    return dict(id="d10-brassac-chemins", title=hdr, pieces=pieces,
                pos=["critere_social", "marche_reserve", "clause_environnementale"],
                values=V(allotissement=0, montant_max_ht=180000, reserve_base="L2113-13"),
                note=("Marché réservé aux SIAE (L. 2113-13, RC et avis), sans clause d'exécution sociale : heures "
                      "vides ; critère « accompagnement socioprofessionnel » 25 %. Piège : « volume de travail estimé à "
                      "2 500 heures par an » (CCAP), qui n'est pas un engagement d'insertion. Maximum : 60 000 € HT "
                      "par an × 3 périodes (1 an + 2 reconductions, CCAP et avis) = 180 000. Lot unique."))


def d11():
    c = C("le Syndicat mixte du Pays de Corlay-Ardanne", "Rennes", profil="https://www.megalis.bretagne.bzh",
          ref="SMPCA-MB-26")
    hdr = "Syndicat mixte du Pays de Corlay-Ardanne – Maintenance et petits travaux dans les bâtiments"
    ft = "Consultation SMPCA-MB-26"
    rc = [TITLE("Syndicat mixte du Pays de Corlay-Ardanne", "Règlement de la consultation",
                "Maintenance et petits travaux dans les bâtiments du syndicat")]
    rc += A("Objet",
            "La consultation porte sur la maintenance corrective et les petits travaux dans les bâtiments du "
            "syndicat et de ses équipements touristiques.")
    rc += A("Lots",
            "Elle est divisée en quatre lots : lot 1 plomberie, chauffage ; lot 2 électricité ; lot 3 menuiserie, "
            "serrurerie ; lot 4 peinture, sols. Chaque lot donne lieu à un accord-cadre à bons de commande "
            "distinct.")
    rc += A("Durée",
            "Chaque accord-cadre est conclu pour un an à compter du 1er janvier 2027. Il est reconductible trois "
            "fois par période d'un an, par décision expresse.")
    rc += f_rc_retrait(c, 0) + f_rc_candidature(c, 1) + f_rc_offre(c, 0)
    rc += A("Jugement des offres", "Prix : 60 %. Valeur technique : 40 %.")
    rc += f_rc_validite(c, 1) + f_rc_questions(c, 0) + f_rc_depot(c)
    ccap = [TITLE("Syndicat mixte du Pays de Corlay-Ardanne", "Cahier des clauses administratives particulières",
                  "Maintenance et petits travaux dans les bâtiments")]
    ccap += A("Objet",
              "Le présent CCAP est commun aux quatre lots de la consultation. La durée des accords-cadres est fixée "
              "à l'acte d'engagement de chaque lot.")
    ccap += A("Montants maximums",
              "Chaque accord-cadre est conclu sans minimum, avec le montant maximum annuel suivant :")
    ccap += [RTAB([["Lot", "Maximum annuel (k€ HT)"],
                   ["1 – Plomberie, chauffage", "120"], ["2 – Électricité", "90"],
                   ["3 – Menuiserie, serrurerie", "60"], ["4 – Peinture, sols", "50"],
                   ["Total", "320"]], widths=[2.2, 1.3], align="lr", bold_last=True)]
    ccap += f_pieces(c, 1) + f_prix(c, 1)
    ccap += A("Clause d'insertion",
              "Pour chaque année d'exécution, les titulaires réalisent les heures d'insertion suivantes : lot 1, "
              "200 heures ; lot 2, 150 heures ; lot 4, 100 heures ; soit 450 heures par an pour l'ensemble "
              "des lots. Le lot 3 n'est pas concerné.",
              "Les publics éligibles sont validés par le facilitateur du PLIE de Corlay. Chaque heure non réalisée "
              "est pénalisée à hauteur de 40 € HT.")
    ccap += f_paiement(c, 2) + f_penalites(c, 0) + f_assurance(c, 1) + f_resiliation(c, 0) + f_litiges(c, 0)
    ae = [TITLE("Syndicat mixte du Pays de Corlay-Ardanne", "Acte d'engagement – lot 2", "Électricité")]
    ae += f_ae_ident(c)
    ae += A("Durée et montant",
            "L'accord-cadre du lot 2 est conclu pour un an à compter du 1er janvier 2027, reconductible trois fois "
            "par période d'un an. Son montant maximum annuel est de 90 000 € HT ; il ne comporte pas de minimum.")
    ae += A("Clause d'insertion",
            "Le titulaire du lot 2 s'engage à réaliser 150 heures d'insertion par an.")
    ae += A("Sous-traitance",
            "Montant de la part sous-traitée déclarée (formulaire DC4 joint) : 12 000 € HT.")
    ae += f_ae_paiement(c) + f_ae_signature(c)
    avis = [TITLE("BOAMP – Avis de marché", "Syndicat mixte du Pays de Corlay-Ardanne",
                  "Annonce n° 26-150996 – Services")]
    avis += [P("Organisme acheteur : Syndicat mixte du Pays de Corlay-Ardanne, 22 rue du Lavoir, 22480 Corlay."),
             P("Objet : maintenance et petits travaux dans les bâtiments du syndicat."),
             P("Type de marché : services. Procédure adaptée ouverte."),
             P("Durée : 12 mois, reconductible 3 fois."),
             P("Division en lots : oui. Lot 1 plomberie, chauffage ; lot 2 électricité ; lot 3 menuiserie, "
               "serrurerie ; lot 4 peinture, sols."),
             P("Conditions particulières d'exécution : clause sociale d'insertion pour les lots 1, 2 et 4, soit "
               "1 800 heures sur quatre ans pour l'ensemble des lots."),
             P("Critères d'attribution : prix 60 % ; valeur technique 40 %."),
             P("Date limite : 20 octobre 2026 à 12 h.")]
    pieces = [
        PIECE("RC.pdf", "RC", hdr + " – RC", ft, rc,
              L(allotissement=1, nb_lots=4, evidence=["Elle est divisée en quatre lots"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=450, allotissement=1, nb_lots=4,
                montant_max_ht=320000,
                evidence=["soit 450 heures par an pour l'ensemble des lots", "commun aux quatre lots",
                          "Total 320"]), cols=2, hyphen=True),
        PIECE("AE_lot2.docx", "AE", hdr + " – AE lot 2", ft, ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=150, allotissement=1, montant_max_ht=360000,
                evidence=["s'engage à réaliser 150 heures d'insertion par an",
                          "Son montant maximum annuel est de 90 000 € HT", "reconductible trois fois",
                          "[90 000 × 4 = 360 000]"])),
        PIECE("avis_BOAMP.txt", "AVIS", hdr, ft, avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, allotissement=1, nb_lots=4,
                evidence=["soit 1 800 heures sur quatre ans pour l'ensemble des lots", "Division en lots : oui"])),
    ]
    return dict(id="d11-corlay-ardanne-maintenance", title=hdr, pieces=pieces,
                pos=["clause_sociale", "clause_insertion"],
                values=V(heures_insertion=1800, allotissement=1, nb_lots=4, montant_max_ht=1280000),
                note=("Heures : CCAP en deux colonnes, 200 + 150 + 100 = « 450 heures par an », "
                      "l'avis écrit le total « 1 800 heures sur quatre ans », retenu. Maximum : tableau en k€ du CCAP, "
                      "Total 320 k€ par an (durée absente du CCAP) × 4 périodes (1 an + 3 reconductions, RC, avis, AE) "
                      "= 1 280 000 ; l'AE du lot 2 : 90 000 × 4 = 360 000. Pièges : DC4 de 12 000 € HT (AE) ; 40 € par "
                      "heure ; pénalités plafonnées à 10 %. 4 lots."))


def d12():
    c = C("la Commune de Vaux-sur-Lérande", "Lyon", ccag="travaux", profil="https://www.marches-aura.fr",
          ref="VSL-VOI-26")
    hdr = "Commune de Vaux-sur-Lérande – Travaux d'entretien et de grosses réparations de voirie"
    ft = "Accord-cadre VSL-VOI-26"
    rc = [TITLE("Commune de Vaux-sur-Lérande", "Règlement de la consultation",
                "Travaux d'entretien et de grosses réparations de voirie communale")]
    rc += A("Objet et forme",
            "La consultation porte sur les travaux d'entretien et de grosses réparations des voies communales et "
            "de leurs dépendances. Elle donne lieu à un accord-cadre à bons de commande conclu pour quatre ans "
            "ferme.")
    rc += A("Allotissement",
            "La consultation n'est pas allotie : les interventions, de faible montant et dispersées, nécessitent "
            "une coordination que seul un titulaire unique peut assurer.")
    rc += A("Clause sociale d'insertion",
            "Le titulaire réalisera un volume de 600 heurs d'insertion sur la durée du marché, selon les modalités "
            "de l'article 5 du CCAP.")
    rc += f_rc_retrait(c, 0) + f_rc_candidature(c, 0) + f_rc_offre(c, 1)
    rc += A("Jugement des offres",
            "Prix (sur détail quantitatif estimatif) : 60 %. Valeur technique : 30 %. Démarche environnementale du "
            "chantier (recyclage des matériaux, réduction des transports) : 10 %.")
    rc += f_rc_validite(c, 0) + f_rc_depot(c)
    ccap = [TITLE("Commune de Vaux-sur-Lérande", "Cahier des clauses administratives particulières",
                  "Travaux d'entretien et de grosses réparations de voirie")]
    ccap += A("Objet, forme et montants",
              "Le présent accord-cadre n'est pas alloti. Il est exécuté par bons de commande émis par le maire ou son "
              "délégué, avec un montant "
              "minimum de 40 000 € HT et un montant maximum de 480" + SB + "000 € HT sur la durée totale de "
              "l'accord-cadre.")
    ccap += f_pieces(c, 0) + f_prix(c, 0) + f_paiement(c, 1)
    ccap += [H("Article 5 – Clause d'insertion"),
             P("Le titulaire réalise le volume d'heures d'insertion fixé au règlement de la consultation, au profit "
               "de personnes éloignées de l'emploi. Il peut recourir à l'embauche directe, à une entreprise de "
               "travail temporaire d'insertion ou à un groupement d'employeurs pour l'insertion et la qualification "
               "(GEIQ).")]
    ccap += A("Gestion environnementale",
              "Les enrobés mis en œuvre contiennent au moins 20 % d'agrégats d'enrobés recyclés. Les déchets inertes "
              "sont évacués vers une installation de valorisation ; les bordereaux sont joints aux attachements.")
    ccap += f_garantie(c, 0) + f_penalites(c, 0) + f_litiges(c, 0)
    cctp = [TITLE("Commune de Vaux-sur-Lérande", "Cahier des clauses techniques particulières",
                  "Travaux d'entretien et de grosses réparations de voirie")]
    cctp += A("Description des prestations",
              "Les prestations sont regroupées en trois lots techniques, décrits aux chapitres suivants : lot 1, "
              "terrassements et assainissement ; lot 2, chaussées et trottoirs ; lot 3, signalisation horizontale "
              "et verticale.")
    cctp += A("Matériaux",
              "Les enrobés sont de type BBSG 0/10 ; les matériaux de rabotage sont évacués vers une installation de "
              "recyclage agréée et ne sont jamais mis en dépôt sur les accotements.")
    cctp += A("Garantie des enrobés",
              "Le délai de garantie des couches de roulement est porté à deux ans à compter de la réception.")
    cctp += f_cctp_suivi(c, 0) + f_cctp_securite(c, 1)
    ae = [TITLE("Commune de Vaux-sur-Lérande", "Acte d'engagement",
                "Accord-cadre à bons de commande – entretien de voirie")]
    ae += f_ae_ident(c)
    ae += A("Montants",
            "Accord-cadre non alloti, exécuté par bons de commande. Montant minimum sur la durée de l'accord-cadre : "
            "48 000 € TTC ; montant maximum : 576 000 € TTC.")
    ae += A("Durée", "L'accord-cadre est conclu pour quatre ans à compter de sa notification.")
    ae += f_ae_paiement(c) + f_ae_signature(c)
    pieces = [
        PIECE("RC.pdf", "RC", hdr + " – RC", ft, rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, critere_environnemental=1,
                allotissement=0,
                evidence=["un volume de 600 heurs d'insertion sur la durée du marché",
                          "Démarche environnementale du chantier (recyclage des matériaux, réduction des transports)",
                          "La consultation n'est pas allotie"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=0,
                montant_max_ht=480000,
                evidence=["Le titulaire réalise le volume d'heures d'insertion fixé au règlement de la consultation",
                          "au moins 20 % d'agrégats d'enrobés recyclés", "Le présent accord-cadre n'est pas alloti",
                          "un montant maximum de 480 000 € HT sur la durée totale"])),
        PIECE("CCTP.pdf", "CCTP", hdr + " – CCTP", ft, cctp,
              L(clause_environnementale=1,
                evidence=["les matériaux de rabotage sont évacués vers une installation de recyclage agréée"])),
        PIECE("AE.docx", "AE", hdr + " – AE", ft, ae,
              L(allotissement=0, evidence=["Accord-cadre non alloti"])),
    ]
    return dict(id="d12-vaux-lerande-voirie", title=hdr, pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=600, allotissement=0, montant_max_ht=480000),
                note=("Heures : RC seul, « 600 heurs d'insertion » (faute de frappe) ; le CCAP renvoie au RC sans "
                      "nombre. Maximum : 480 000 € HT sur la durée (CCAP, coupé « 480 / 000 ») ; l'AE ne donne que des "
                      "montants TTC (576 000 € TTC = 480 000 × 1,2), laissé vide. Non alloti (RC, CCAP, AE) ; le CCTP "
                      "présente trois « lots techniques » (pas des lots). Pièges : minimum 40 000 € HT / 48 000 € TTC ; "
                      "garanties d'un et deux ans ; heures ouvrables ; 48 heures ; retenue de 5 %."))


def d13():
    c = C("la Communauté de communes des Monts d'Orbe", "Montpellier", ccag="travaux",
          profil="https://www.marches-montsdorbe.fr", ref="CCMO-SDS-26")
    hdr = "Communauté de communes des Monts d'Orbe – Réfection de la toiture et des façades de la salle des sports"
    ft = "Marché de travaux CCMO-SDS-26"
    rc = [TITLE("Communauté de communes des Monts d'Orbe", "Règlement de la consultation",
                "Réfection de la toiture et des façades de la salle des sports de Lunas-d'Orbe")]
    rc += A("Objet",
            "La consultation porte sur le désamiantage et la réfection de la couverture, le remplacement du bardage "
            "des façades et la remise en peinture intérieure de la salle des sports intercommunale.")
    rc += A("Décomposition en lots",
            "Les travaux sont décomposés en trois lots : lot 1, désamiantage et couverture ; lot 2, bardage et "
            "façades ; lot 3, peinture intérieure. Chaque lot fait l'objet d'un marché séparé.")
    rc += f_rc_retrait(c, 0) + f_rc_candidature(c, 1) + f_rc_offre(c, 0)
    rc += A("Jugement des offres",
            "Prix : 60 %. Valeur technique : 40 %, appréciée sur la méthodologie, le planning et les moyens humains "
            "affectés au chantier.")
    rc += f_rc_validite(c, 1) + f_rc_questions(c, 0) + f_rc_depot(c)
    ccap = [TITLE("Communauté de communes des Monts d'Orbe", "Cahier des clauses administratives particulières",
                  "Réfection de la toiture et des façades de la salle des sports")]
    ccap += A("Objet et lots",
              "Le marché est alloti en trois lots ; chaque lot est traité à prix global et forfaitaire.")
    ccap += A("Délais",
              "Le délai d'exécution est de quatorze semaines, dont trois semaines de préparation. Les horaires de "
              "chantier sont fixés de 7 h 30 à 17 h 30 du lundi au vendredi ; la salle reste fermée au public "
              "pendant toute la durée des travaux.")
    ccap += f_pieces(c, 0) + f_prix(c, 2) + f_paiement(c, 0) + f_travail(c, 0)
    ccap += f_garantie(c, 0) + f_penalites(c, 0) + f_assurance(c, 0) + f_litiges(c, 0)
    ae = [TITLE("Communauté de communes des Monts d'Orbe", "Acte d'engagement – lot 2", "Bardage et façades")]
    ae += f_ae_ident(c)
    ae += A("Engagement",
            "Je m'engage à exécuter les travaux du lot 2, bardage et façades, pour le prix global et forfaitaire de "
            "………………… € HT, dans le délai fixé au CCAP.")
    ae += A("Sous-traitance",
            "Montant total des prestations que j'envisage de sous-traiter (DC4 joints) : ………………… € HT.")
    ae += f_ae_paiement(c) + f_ae_signature(c)
    avis = [TITLE("BOAMP – Avis de marché", "Communauté de communes des Monts d'Orbe",
                  "Annonce n° 26-077815 – Travaux")]
    avis += [P("Organisme acheteur : Communauté de communes des Monts d'Orbe, 34260 Lunas-d'Orbe."),
             P("Objet : réfection de la toiture et des façades de la salle des sports intercommunale."),
             P("Type de marché : travaux. Procédure adaptée ouverte."),
             P("Valeur estimée hors TVA : 420 000 € HT."),
             P("Division en lots : oui ; 3 lots. Lot 1 désamiantage et couverture ; lot 2 bardage et façades ; lot 3 "
               "peinture intérieure."),
             P("Conditions particulières d'exécution : néant. Marché réservé : non."),
             P("Critères d'attribution : prix 60 % ; valeur technique 40 %."),
             P("Date limite de réception des offres : 5 juin 2026 à 12 h.")]
    pieces = [
        PIECE("RC.pdf", "RC", hdr + " – RC", ft, rc,
              L(allotissement=1, nb_lots=3, evidence=["Les travaux sont décomposés en trois lots"])),
        PIECE("CCAP.docx", "CCAP", hdr + " – CCAP", ft, ccap,
              L(allotissement=1, nb_lots=3, evidence=["Le marché est alloti en trois lots"])),
        PIECE("AE_lot2.pdf", "AE", hdr + " – AE lot 2", ft, ae,
              L(allotissement=1, evidence=["travaux du lot 2, bardage et façades"])),
        PIECE("avis_BOAMP.txt", "AVIS", hdr, ft, avis,
              L(allotissement=1, nb_lots=3, montant_estime_ht=420000,
                evidence=["Division en lots : oui ; 3 lots", "Valeur estimée hors TVA : 420 000 € HT"])),
    ]
    return dict(id="d13-monts-orbe-salle-sports", title=hdr, pieces=pieces, pos=[],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=420000),
                note=("Aucune considération sociale ni environnementale : rappel des articles L. 5212-1 à L. 5212-11 et "
                      "L. 8222-1 (CCAP), DC4 sans montant, « Conditions particulières d'exécution : néant », « Marché "
                      "réservé : non ». Pas de maximum (travaux à prix forfaitaire). Estimation 420 000 (avis). Pièges : "
                      "horaires 7 h 30 – 17 h 30 ; garantie d'un an, retenue de 5 % ; pénalités plafonnées à 10 %. 3 lots."))


def d14():
    c = C("le Département de la Vèze-Haute", "Besançon", profil="https://marches.vezehaute.fr",
          ref="DVH-FAU-2027")
    hdr = "Département de la Vèze-Haute – Fauchage et débroussaillage des accotements"
    ft = "Accords-cadres DVH-FAU-2027"
    rc = [TITLE("Département de la Vèze-Haute", "Règlement de la consultation",
                "Fauchage et débroussaillage des accotements des routes départementales")]
    rc += A("Objet et lots",
            "La consultation porte sur le fauchage des accotements et le débroussaillage des talus des routes "
            "départementales. Elle est divisée en deux lots : lot 1, centre d'exploitation Nord ; lot 2, centre "
            "d'exploitation Sud.")
    rc += A("Durée",
            "Chaque accord-cadre est conclu pour un an à compter du 1er avril 2027, reconductible deux fois par "
            "période d'un an.")
    rc += f_rc_retrait(c, 1) + f_rc_candidature(c, 0) + f_rc_offre(c, 1)
    rc += A("Critères",
            "Prix : 60 %. Valeur technique : 30 %. Moyens mis en œuvre pour préserver la biodiversité des "
            "accotements (fauche raisonnée, matériel, calendrier) : 10 %.")
    rc += f_rc_validite(c, 0) + f_rc_depot(c)
    ccap = [TITLE("Département de la Vèze-Haute", "Cahier des clauses administratives particulières",
                  "Fauchage et débroussaillage des accotements")]
    ccap += A("Objet",
              "Le présent CCAP est commun aux deux lots. La durée des accords-cadres est fixée par le règlement de la "
              "consultation.")
    ccap += A("Montants",
              "Les accords-cadres sont conclus sans minimum. Les montants maximums annuels sont de 150 000 € HT pour "
              "le lot 1 et de 70 000 € HT pour le lot 2.")
    ccap += f_pieces(c, 2) + f_prix(c, 0) + f_paiement(c, 1)
    ccap += A("Clause d'insertion",
              "Le titulaire du lot 1 réalise 400 heures d'insertion par an ; celui du lot 2, 200 heures par an. Les "
              "personnes sont orientées par le service insertion du Département ou par France Travail.",
              "Pour mémoire, le précédent marché de fauchage (2023-2026) a permis de réaliser 900 heures d'insertion.")
    ccap += A("Prescriptions environnementales",
              "La première passe est limitée à une bande de sécurité d'une largeur de coupe ; la fauche complète n'a "
              "lieu qu'après le 15 juillet. La hauteur de coupe n'est jamais inférieure à 10 cm. Aucun produit "
              "phytosanitaire n'est utilisé ; les huiles hydrauliques des épareuses sont biodégradables.")
    ccap += f_penalites(c, 1) + f_assurance(c, 0) + f_litiges(c, 1)
    ae1 = [TITLE("Département de la Vèze-Haute", "Acte d'engagement – lot 1", "Centre d'exploitation Nord")]
    ae1 += f_ae_ident(c)
    ae1 += A("Montant et durée",
             "Le montant maximum annuel du lot 1 est de 150 000 € HT, soit 450 000 € HT sur la durée maximale de "
             "trois ans (période initiale et deux reconductions).")
    ae1 += A("Clause d'insertion",
             "Le titulaire s'engage à réaliser 400 heures d'insertion par an, soit 1 200 heures sur la durée maximale "
             "de l'accord-cadre.")
    ae1 += f_ae_paiement(c) + f_ae_signature(c)
    ae2 = [TITLE("Département de la Vèze-Haute", "Acte d'engagement – lot 2", "Centre d'exploitation Sud")]
    ae2 += f_ae_ident(c)
    ae2 += A("Montant et durée",
             "Montant maximum annuel du lot 2 : 70 000 € HT, soit 210 000 € HT sur trois ans, reconductions "
             "comprises.")
    ae2 += A("Clause d'insertion",
             "Le titulaire s'engage à réaliser 200 heures d'insertion par an, soit 600 heures sur trois ans.")
    ae2 += f_ae_paiement(c) + f_ae_signature(c)
    pieces = [
        PIECE("RC.pdf", "RC", hdr + " – RC", ft, rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=2,
                evidence=["Moyens mis en œuvre pour préserver la biodiversité des accotements",
                          "Elle est divisée en deux lots"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, clause_environnementale=1,
                allotissement=1, nb_lots=2, montant_max_ht=220000,
                evidence=["Le titulaire du lot 1 réalise 400 heures d'insertion par an ; celui du lot 2, 200 heures par an",
                          "[400 + 200 = 600 par an]", "Aucun produit phytosanitaire n'est utilisé",
                          "commun aux deux lots", "150 000 € HT pour le lot 1 et de 70 000 € HT pour le lot 2"]),
              cols=2, hyphen=True),
        PIECE("AE_lot1.docx", "AE", hdr + " – AE lot 1", ft, ae1,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, allotissement=1, montant_max_ht=450000,
                evidence=["soit 1 200 heures sur la durée maximale de l'accord-cadre",
                          "soit 450 000 € HT sur la durée maximale de trois ans", "lot 1"])),
        PIECE("AE_lot2.docx", "AE", hdr + " – AE lot 2", ft, ae2,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, allotissement=1, montant_max_ht=210000,
                evidence=["soit 600 heures sur trois ans", "soit 210 000 € HT sur trois ans", "lot 2"])),
    ]
    return dict(id="d14-veze-haute-fauchage", title=hdr, pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=1800, allotissement=1, nb_lots=2, montant_max_ht=660000),
                note=("Heures : CCAP (deux colonnes) 400 h par an (lot 1) et 200 h par an (lot 2), sans total (pièce : "
                      "600 par an) ; les AE écrivent les totaux sur trois ans, 1 200 et 600 : dossier 1 800. Maximum : "
                      "150 000 + 70 000 par an (CCAP : 220 000) × 3 périodes (RC) = 660 000 = 450 000 + 210 000 écrits "
                      "dans les AE. Pièges : 900 heures du précédent marché ; hauteur de coupe 10 cm ; 15 juillet ; "
                      "pénalités 200 € / 5 000 € par mois. 2 lots."))


def d15():
    c = C("la Communauté d'agglomération du Grand Sarlenc", "Bordeaux", profil="https://demat-ampa.fr",
          ref="CAGS-NUM-26")
    hdr = "Communauté d'agglomération du Grand Sarlenc – Numérisation et indexation des archives"
    ft = "Accord-cadre CAGS-NUM-26"
    rc = [TITLE("Communauté d'agglomération du Grand Sarlenc", "Règlement de la consultation",
                "Numérisation et indexation des archives communautaires")]
    rc += A("Objet",
            "La consultation porte sur la numérisation, l'indexation et le reconditionnement d'environ 1,2 million "
            "de pages d'archives (registres, plans, dossiers d'urbanisme).")
    rc += A("Marché réservé",
            "En application des articles L. 2113-12, L. 2113-13 et L. 2113-14 du code de la commande publique, le "
            "marché est réservé à la fois aux entreprises adaptées, aux établissements et services d'aide par le "
            "travail et aux structures équivalentes, et aux structures d'insertion par l'activité économique.")
    rc += A("Allotissement et forme",
            "Le marché n'est pas alloti. Il prend la forme d'un accord-cadre à bons de commande sans montant "
            "maximum, avec un montant minimum de 30 000 € HT sur sa durée de trois ans. Sa valeur estimée est de "
            "250 000 € HT sur trois ans.")
    rc += f_rc_retrait(c, 1) + f_rc_candidature(c, 0) + f_rc_offre(c, 0)
    rc += A("Critères", "Prix : 50 %. Valeur technique : 50 %.")
    rc += f_rc_validite(c, 0) + f_rc_questions(c, 1) + f_rc_depot(c)
    ccap = [TITLE("Communauté d'agglomération du Grand Sarlenc", "Cahier des clauses administratives particulières",
                  "Numérisation et indexation des archives communautaires")]
    ccap += A("Objet et forme",
              "L'accord-cadre à bons de commande est conclu sans montant maximum, avec un montant minimum de "
              "30 000 € HT. Il est réservé aux opérateurs mentionnés aux articles L. 2113-12 et L. 2113-13 du code "
              "de la commande publique (règlement de la consultation, article 2).")
    ccap += f_pieces(c, 1) + f_prix(c, 1) + f_paiement(c, 0)
    ccap += A("Conditions d'exécution",
              "La cadence minimale est de 8 000 pages par jour ouvré. Le personnel opérateur intervient 35 heures par "
              "semaine dans les locaux du service des archives, de 8 h à 16 h. Aucun document ne quitte le "
              "bâtiment.")
    ccap += f_confid(c) + f_penalites(c, 2) + f_resiliation(c, 1) + f_litiges(c, 0)
    avis = [TITLE("BOAMP – Avis de marché", "Communauté d'agglomération du Grand Sarlenc",
                  "Annonce n° 26-133460 – Services")]
    avis += [P("Organisme : Communauté d'agglomération du Grand Sarlenc, 33890 Sarlenc."),
             P("Objet : numérisation et indexation des archives communautaires."),
             P("Type de marché : services. Procédure adaptée."),
             P("Marché réservé : oui. Entreprises adaptées, ESAT et structures d'insertion par l'activité "
               "économique (articles L. 2113-12 et L. 2113-13 du code de la commande publique)."),
             P("Accord-cadre sans montant maximum. Valeur estimée : 250 000 € HT."),
             P("Division en lots : non."),
             P("Date limite de réception des offres : 2 juillet 2026 à 12 h.")]
    pieces = [
        PIECE("RC.docx", "RC", hdr + " – RC", ft, rc,
              L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=0, montant_estime_ht=250000,
                evidence=["En application des articles L. 2113-12, L. 2113-13 et L. 2113-14",
                          "le marché est réservé à la fois aux entreprises adaptées",
                          "Le marché n'est pas alloti", "Sa valeur estimée est de 250 000 € HT sur trois ans"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(marche_reserve=1, reserve_base="L2113-12;L2113-13",
                evidence=["réservé aux opérateurs mentionnés aux articles L. 2113-12 et L. 2113-13"])),
        PIECE("avis_BOAMP.txt", "AVIS", hdr, ft, avis,
              L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=0, montant_estime_ht=250000,
                evidence=["(articles L. 2113-12 et L. 2113-13 du code de la commande publique)",
                          "Division en lots : non", "Valeur estimée : 250 000 € HT"])),
    ]
    return dict(id="d15-grand-sarlenc-numerisation", title=hdr, pieces=pieces, pos=["marche_reserve"],
                values=V(allotissement=0, montant_estime_ht=250000, reserve_base="L2113-12;L2113-13"),
                note=("Marché réservé à la fois (L. 2113-14) aux EA/ESAT (L2113-12) et aux SIAE (L2113-13), sans clause "
                      "d'exécution sociale ni critère social. « Sans montant maximum » : vide. Estimation 250 000 "
                      "(RC, avis). Pièges : minimum 30 000 € HT ; 35 heures par semaine ; 8 000 pages par jour ; "
                      "1,2 million de pages ; pénalités limitées à 8 %. Non alloti."))


def d16():
    c = C("la Commune de Saint-Ervaux", "Nantes", ccag="travaux", profil="https://www.marches-securises.fr",
          ref="SE-BERGES-26")
    hdr = "Commune de Saint-Ervaux – Aménagement des berges de la Lérinne et voie verte"
    ft = "Marché de travaux SE-BERGES-26"
    rc = [TITLE("Commune de Saint-Ervaux", "Règlement de la consultation",
                "Aménagement des berges de la Lérinne et création d'une voie verte")]
    rc += A("Objet",
            "La consultation porte sur la restauration des berges de la Lérinne en rive gauche, la construction "
            "d'une passerelle piétonne et la création d'une voie verte de 2,4 km.")
    rc += A("Tranches et allotissement",
            "Le marché n'est pas alloti ; il comporte une tranche ferme et deux tranches optionnelles. Le montant "
            "estimé des travaux est de 1 650 000 € HT (tranche ferme : 1 100 000 € HT ; tranche optionnelle 1 : "
            "350 000 € HT ; tranche optionnelle 2 : 200 000 € HT).")
    rc += A("Clause sociale",
            "Le marché comporte une clause sociale d'insertion de 1 000 heures, dont les modalités sont fixées à "
            "l'article 6 du CCAP.")
    rc += f_rc_retrait(c, 0) + f_rc_candidature(c, 1) + f_rc_offre(c, 1)
    rc += A("Jugement des offres",
            "Prix : 50 %. Valeur technique : 40 %. Performances environnementales du chantier (gestion des "
            "matériaux, protection de la ripisylve et du cours d'eau) : 10 %.")
    rc += f_rc_validite(c, 1) + f_rc_depot(c)
    ccap = [TITLE("Commune de Saint-Ervaux", "Cahier des clauses administratives particulières",
                  "Aménagement des berges de la Lérinne et voie verte")]
    ccap += A("Objet et tranches",
              "Le marché, non alloti, est décomposé en une tranche ferme et deux tranches optionnelles, affermies "
              "par ordre de service dans un délai de douze mois à compter de la notification.")
    ccap += f_pieces(c, 0) + f_prix(c, 2) + f_paiement(c, 0)
    ccap += [H("Article 5 – Protection du milieu naturel"),
             P("Aucun engin ne circule dans le lit mineur. Le titulaire dispose en permanence de kits anti-pollution, "
               "protège la ripisylve conservée par des barrières et réemploie sur place la terre végétale décapée.")]
    ccap += [H("Article 6 – Clause sociale d'insertion"),
             P("Le titulaire effectue, au profit des personnes éloignées de l'emploi, sur la durée du marché, les heu" +
               HY + "res d'insertion suivantes, réparties par tranche :"),
             RTAB([["Tranche", "Heures d'insertion"],
                   ["Tranche ferme – berges rive gauche", "600 heures"],
                   ["Tranche optionnelle 1 – passerelle", "250 heures"],
                   ["Tranche optionnelle 2 – voie verte", "150 heures"],
                   ["Total", "1" + BR + "000 heures"]], widths=[4, 0.75], align="lr", bold_last=True),
             P("Les heures d'une tranche optionnelle non affermie ne sont pas dues. Pour mémoire, la première section "
               "de la voie verte (2023) avait comporté 700 heures d'insertion."),
             P("Chaque heure non réalisée est pénalisée à hauteur de 50 € HT ; le total de ces pénalités est plafonné "
               "à 5 % du montant du marché.")]
    ccap += f_garantie(c, 1) + f_penalites(c, 2) + f_litiges(c, 0)
    cctp = [TITLE("Commune de Saint-Ervaux", "Cahier des clauses techniques particulières",
                  "Aménagement des berges de la Lérinne et voie verte")]
    cctp += A("Période d'intervention",
              "Les travaux dans le lit et sur les berges sont exécutés hors de la période de frai, du 1er avril au "
              "30 octobre.")
    cctp += A("Gestion des déchets et des matériaux",
              "Les déchets de chantier sont triés sur place en quatre flux ; les matériaux de déblai sains sont "
              "réemployés dans les remblais de la voie verte.")
    cctp += A("Insertion",
              "Le titulaire met en œuvre l'action d'insertion de 900 heures prévue au CCAP, en lien avec le "
              "facilitateur de la Maison de l'emploi.")
    cctp += f_cctp_suivi(c, 1) + f_cctp_securite(c, 0)
    ae = [TITLE("Commune de Saint-Ervaux", "Acte d'engagement", "Aménagement des berges de la Lérinne et voie verte")]
    ae += f_ae_ident(c)
    ae += A("Prix",
            "Je m'engage à exécuter les travaux du marché unique, non alloti, aux prix suivants : tranche ferme "
            "………… € HT ; tranche optionnelle 1 ………… € HT ; tranche optionnelle 2 ………… € HT.")
    ae += A("Clause sociale",
            "Le titulaire s'engage à réaliser 600 heures d'insertion au titre de la tranche ferme, et 250 et 150 "
            "heures au titre des tranches optionnelles 1 et 2 si elles sont affermies.")
    ae += f_ae_paiement(c) + f_ae_signature(c)
    avis = [TITLE("BOAMP – Avis de marché", "Commune de Saint-Ervaux", "Annonce n° 26-102244 – Travaux")]
    avis += [P("Organisme acheteur : Commune de Saint-Ervaux, 44170 Saint-Ervaux."),
             P("Objet : aménagement des berges de la Lérinne et création d'une voie verte."),
             P("Type de marché : travaux. Procédure adaptée ouverte."),
             P("Valeur estimée hors TVA : 1 650 000 € HT (tranche ferme et deux tranches optionnelles)."),
             P("Division en lots : non."),
             P("Conditions particulières d'exécution : clause d'insertion (1 000 heures) ; protection du milieu "
               "naturel et réemploi des matériaux."),
             P("Critères d'attribution : prix 50 % ; valeur technique 40 % ; performances environnementales du "
               "chantier 10 %."),
             P("Date limite de réception des offres : 26 mai 2026 à 12 h.")]
    pieces = [
        PIECE("RC.pdf", "RC", hdr + " – RC", ft, rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, critere_environnemental=1,
                allotissement=0, montant_estime_ht=1650000,
                evidence=["une clause sociale d'insertion de 1 000 heures",
                          "Performances environnementales du chantier", "Le marché n'est pas alloti",
                          "Le montant estimé des travaux est de 1 650 000 € HT"])),
        PIECE("CCAP.pdf", "CCAP", hdr + " – CCAP", ft, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, clause_environnementale=1,
                allotissement=0,
                evidence=["Total 1 000 heures", "les heures d'insertion suivantes, réparties par tranche",
                          "Aucun engin ne circule dans le lit mineur", "Le marché, non alloti"])),
        PIECE("CCTP.pdf", "CCTP", hdr + " – CCTP", ft, cctp,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=900, clause_environnementale=1,
                evidence=["met en œuvre l'action d'insertion de 900 heures",
                          "Les déchets de chantier sont triés sur place en quatre flux"])),
        PIECE("AE.docx", "AE", hdr + " – AE", ft, ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, allotissement=0,
                evidence=["s'engage à réaliser 600 heures d'insertion au titre de la tranche ferme, et 250 et 150 heures",
                          "[600 + 250 + 150 = 1 000]", "marché unique, non alloti"])),
        PIECE("avis_BOAMP.txt", "AVIS", hdr, ft, avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, clause_environnementale=1,
                critere_environnemental=1, allotissement=0, montant_estime_ht=1650000,
                evidence=["clause d'insertion (1 000 heures)", "protection du milieu naturel et réemploi des matériaux",
                          "performances environnementales du chantier 10 %", "Division en lots : non",
                          "Valeur estimée hors TVA : 1 650 000 € HT"])),
    ]
    return dict(id="d16-saint-ervaux-berges", title=hdr, pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=1000, allotissement=0, montant_estime_ht=1650000),
                note=("Heures : vrai tableau par tranche au CCAP (600 + 250 + 150, Total en cellule « 1 » / « 000 "
                      "heures »), 1 000 au RC et à l'avis ; l'AE donne les trois chiffres sans total (1 000) ; le CCTP "
                      "écrit 900, contredit : le dossier prend 1 000. Pas de maximum (prix forfaitaires par tranche). "
                      "Estimation 1 650 000 (RC, avis), dont 1 100 000 / 350 000 / 200 000 par tranche. Pièges : 700 "
                      "heures de la première section (2023) ; 50 € par heure ; plafond de 5 % ; « heu-res » coupé ; "
                      "2,4 km ; intervention sous deux heures. Non alloti, tranches."))


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
    out["considerations"] = {c: c in d["pos"] for c in _CATEGORIES}
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
    head = ("# Jeu scellé extraction-6 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
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
