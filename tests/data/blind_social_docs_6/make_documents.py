#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_social_docs_6 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py : lignes 27-663
(imports, écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres
coupés SB, césure forcée HY, aides de saisie, number_articles, C, A, _DOC_TYPES) et lignes 2433-2611
(extra_checks, build_piece, check_articles, _expect, main, qui écrivent dossiers.yml, expect et
labels.csv). Changements : SET_NAME, en-tête de dossiers.yml, commentaire de _expect, limite de pages
des PDF portée de 4 à 6 (les CCAP de ce jeu sont longs). Les articles de remplissage et les quatorze
dossiers ont été écrits pour ce jeu.

Thème : les clauses sociales et d'insertion telles que les acheteurs les écrivent à l'intérieur de
pièces longues (article de conditions d'exécution, sous-article, tableau par lot, mécanisme sans le
mot « insertion », travail décent, égalité, accessibilité, critères pondérés, registre Q/R), et
quatre dossiers sans aucune considération sociale mais pleins de pièges.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF) ; BR = retour à la ligne forcé dans les PDF ;
SB = coupure possible d'un nombre en fin de ligne ; HY = césure possible d'un mot court ;
("pagebreak",) = saut de page (PDF et DOCX).

Usage : .venv/bin/python tests/data/blind_social_docs_6/make_documents.py
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
SET_NAME = "blind_social_docs_6"

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
# Contexte c (dict) : qui, Qui, ta (tribunal administratif), ccag, delai (jours), profil, ref.

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





# ----------------------------------------------------------------------------- remplissage (blind_social_docs_6)
# Articles neutres écrits pour ce jeu. Ils ne contiennent ni clause sociale ni clause environnementale,
# ni critère social ou environnemental, ni lots, ni montant estimé ou maximum. Pièges volontaires :
# « charges sociales », « obligations sociales » (rappels de la loi), travail dissimulé, détachement,
# L. 5212-1 à L. 5212-11, motifs d'exclusion, « siège social », « dénomination sociale », horaires,
# délais en heures, seuil de l'avance (50 000 € HT), indemnité de 40 €.
# Clés de c : qui, Qui, ta (ville du tribunal administratif), ccag, delai, profil, ref.

def f_pieces(c, v=0, prixdoc="le bordereau des prix unitaires (BPU)", cctp=True):
    items = ["l'acte d'engagement (AE) ;",
             "le présent cahier des clauses administratives particulières (CCAP) ;"]
    if cctp:
        items.append("le cahier des clauses techniques particulières (CCTP) et ses annexes ;")
    items.append(prixdoc + " ;")
    items.append("le cahier des clauses administratives générales applicables aux marchés publics de %s "
                 "(CCAG), approuvé par l'arrêté du 30 mars 2021 ;" % c["ccag"])
    items.append("le mémoire technique remis par le titulaire à l'appui de son offre.")
    if v == 0:
        return A("Pièces constitutives du marché",
                 "Par dérogation à l'article 4.1 du CCAG, les pièces constitutives du marché sont, par ordre de "
                 "priorité décroissante :", items,
                 "En cas de contradiction entre les stipulations des pièces, elles prévalent dans l'ordre ci-dessus.")
    return A("Documents contractuels",
             "Le contrat est constitué des documents énumérés ci-après. En cas de discordance, ils prévalent "
             "dans l'ordre où ils sont cités :", items,
             "Le CCAG n'est pas joint au dossier ; il est réputé connu des candidats.")


def f_prix(c, v=0):
    if v == 0:   # travaux, prix global et forfaitaire
        return A("Forme et variation des prix",
                 "Les prestations sont réglées par un prix global et forfaitaire, établi sur la base de la "
                 "décomposition remise par le titulaire, qui n'a pas de valeur contractuelle.",
                 "Les prix sont réputés établis sur la base des conditions économiques du mois qui précède la "
                 "date limite de remise des offres (mois zéro). Ils sont actualisables lorsque le commencement "
                 "des travaux intervient plus de trois mois après ce mois zéro, par application de l'index "
                 "BT01 publié au Journal officiel.",
                 "Les prix comprennent toutes les charges fiscales, parafiscales et sociales ainsi que les frais "
                 "d'installation et de repli du chantier.")
    if v == 1:   # services, prix unitaires révisables
        return A("Prix et révision",
                 "Les prestations sont rémunérées par application des prix unitaires du bordereau des prix aux "
                 "quantités réellement exécutées.",
                 "Les prix sont fermes la première année. Ils sont ensuite révisés à chaque date anniversaire "
                 "du contrat selon la formule P = P0 × (0,15 + 0,85 × I / I0), où I est la dernière valeur "
                 "connue de l'indice du coût horaire du travail révisé (tous salariés) à la date de révision "
                 "et I0 sa valeur au mois zéro.",
                 "Les prix sont réputés comprendre toutes les charges fiscales, parafiscales, sociales et "
                 "autres frais afférents à l'exécution des prestations, notamment les frais de déplacement.")
    return A("Prix",
             "Les prix sont unitaires, exprimés en euros hors taxes, et s'appliquent aux quantités "
             "effectivement livrées. Ils comprennent l'emballage, le transport et la livraison franco au "
             "lieu indiqué par le bon de commande.",
             "Les prix sont fermes pendant la première année d'exécution, puis révisables une fois par an à la "
             "date anniversaire, la variation étant plafonnée à 4 % par an.",
             "Toutes les charges fiscales, parafiscales et sociales sont comprises dans les prix.")


def f_avance(c, v=0):
    return A("Avance",
             "Une avance est versée au titulaire, sauf renonciation expresse de sa part dans l'acte "
             "d'engagement, lorsque le montant initial du marché%s est supérieur à 50~000 € HT et que son "
             "délai d'exécution est supérieur à deux mois." % (" ou du lot" if v else ""),
             "Son taux est fixé à 10 % du montant initial toutes taxes comprises. Le remboursement de "
             "l'avance s'impute sur les sommes dues au titulaire lorsque le montant des prestations "
             "exécutées atteint 65 % du montant initial ; il est achevé lorsque ce pourcentage atteint 80 %.")


def f_paiement(c, v=0):
    return A("Modalités de règlement",
             "Les sommes dues au titulaire sont payées par mandat administratif dans un délai global de "
             "%d jours à compter de la réception de la demande de paiement. Les factures sont déposées sur "
             "le portail Chorus Pro ; elles mentionnent la référence du marché %s." % (c["delai"], c["ref"]),
             "Le défaut de paiement dans ce délai fait courir de plein droit des intérêts moratoires au taux "
             "de la Banque centrale européenne majoré de huit points, ainsi qu'une indemnité forfaitaire pour "
             "frais de recouvrement de 40 €.")


def f_garantie(c, v=0):
    return A("Retenue de garantie",
             "Une retenue de garantie de 5 % est prélevée sur chaque acompte. Elle peut être remplacée, au "
             "gré du titulaire, par une garantie à première demande ou, si le maître d'ouvrage ne s'y oppose "
             "pas, par une caution personnelle et solidaire.",
             "La retenue de garantie est remboursée un mois au plus tard après l'expiration du délai de "
             "garantie de parfait achèvement.")


def f_penalites(c, v=0, extra=()):
    if v == 0:   # travaux
        paras = ["Par dérogation à l'article 19.2.1 du CCAG, en cas de retard dans l'exécution des travaux, "
                 "le titulaire encourt une pénalité journalière de 1/3000 du montant HT du marché ou du lot "
                 "concerné.",
                 "L'absence non excusée d'un représentant qualifié aux réunions de chantier donne lieu à une "
                 "pénalité forfaitaire de 150 € HT par absence. Le retard dans la remise des documents "
                 "d'exécution donne lieu à une pénalité de 100 € HT par jour calendaire."]
    else:        # services et fournitures
        paras = ["En cas de retard dans l'exécution d'un bon de commande ou d'une prestation planifiée, le "
                 "titulaire encourt, sans mise en demeure préalable, une pénalité de 120 € HT par jour "
                 "calendaire de retard.",
                 "Toute prestation non conforme constatée contradictoirement et non reprise dans le délai "
                 "fixé par le pouvoir adjudicateur donne lieu à une pénalité de 200 € HT par constat."]
    paras = paras + list(extra) + [
        "Par dérogation à l'article 14.3 du CCAG, le montant des pénalités n'est pas plafonné. Les "
        "pénalités dont le montant total est inférieur à 300 € HT pour l'ensemble du marché ne sont pas "
        "exonérées."]
    return A("Pénalités", *paras)


def f_assurances(c, v=0):
    if v == 0:
        return A("Assurances",
                 "Dans un délai de quinze jours à compter de la notification du marché et avant tout "
                 "commencement d'exécution, le titulaire justifie qu'il est titulaire d'une assurance de "
                 "responsabilité civile professionnelle et d'une assurance de responsabilité décennale "
                 "couvrant les ouvrages qu'il réalise.",
                 "Les attestations précisent les activités garanties, les montants des garanties et la "
                 "période de validité. Le titulaire en produit une nouvelle à chaque échéance annuelle.")
    return A("Assurances",
             "Le titulaire contracte une assurance garantissant sa responsabilité civile à l'égard des tiers "
             "et du pouvoir adjudicateur en cas d'accident ou de dommage causé à l'occasion de l'exécution du "
             "marché, pour un montant d'au moins 1~500~000 € par sinistre.",
             "Il en justifie dans les quinze jours suivant la notification, puis à chaque renouvellement.")


def f_oblig_legales(c, v=0, titre=None):
    """Rappels de la loi (piège) : ce ne sont pas des clauses sociales au sens de LABELS.md."""
    if v == 0:
        return A(titre or "Obligations sociales et fiscales du titulaire",
                 "Le titulaire est tenu au respect des dispositions législatives et réglementaires relatives "
                 "à la protection de la main-d'œuvre et aux conditions de travail, conformément à l'article 6 "
                 "du CCAG.",
                 "En application des articles L. 8222-1 et D. 8222-5 du code du travail, il remet au "
                 "pouvoir adjudicateur, lors de la conclusion du contrat puis tous les six mois jusqu'à la "
                 "fin de son exécution, les documents attestant qu'il s'acquitte de ses obligations de "
                 "déclaration et de paiement des cotisations auprès de l'URSSAF. À défaut, le contrat peut "
                 "être résilié aux torts du titulaire après mise en demeure restée sans effet.",
                 "Lorsqu'il recourt à des salariés détachés, le titulaire effectue la déclaration préalable "
                 "de détachement prévue à l'article L. 1262-2-1 du code du travail et en tient une copie à "
                 "la disposition du pouvoir adjudicateur.")
    if v == 1:
        return A(titre or "Lutte contre le travail illégal",
                 "Le titulaire et ses sous-traitants respectent les articles L. 8221-1 et suivants du code du "
                 "travail relatifs à la lutte contre le travail dissimulé. Les attestations de vigilance et "
                 "l'extrait Kbis sont fournis tous les six mois.",
                 "Chaque salarié présent sur le chantier est porteur de la carte d'identification "
                 "professionnelle du BTP prévue à l'article L. 8291-1 du code du travail. Le maître "
                 "d'ouvrage peut procéder à tout moment à des contrôles.",
                 "Le titulaire rappelle qu'il satisfait à l'obligation d'emploi des travailleurs handicapés "
                 "définie aux articles L. 5212-1 à L. 5212-11 du code du travail ; il produit sur demande sa "
                 "déclaration annuelle.")
    return A(titre or "Respect de la réglementation du travail",
             "Le titulaire demeure seul responsable de l'application à son personnel de la législation du "
             "travail et des conventions collectives applicables. Il produit tous les six mois l'attestation "
             "de vigilance délivrée par l'URSSAF.",
             "Le recours à des travailleurs détachés est déclaré au pouvoir adjudicateur avant toute "
             "intervention ; le titulaire tient à sa disposition les déclarations de détachement.")


def f_resiliation(c, v=0):
    return A("Résiliation",
             "Les stipulations du chapitre 9 du CCAG relatives à la résiliation sont applicables.",
             "En cas de résiliation pour faute du titulaire, les prestations peuvent être exécutées par un "
             "tiers aux frais et risques du titulaire. Aucune indemnité n'est due lorsque la résiliation "
             "résulte d'une faute du titulaire ou d'une inexactitude de ses déclarations de candidature.")


def f_litiges(c, v=0):
    return A("Règlement des différends",
             "Avant toute action contentieuse, les parties recherchent un accord amiable ; elles peuvent saisir "
             "le comité consultatif interrégional de règlement amiable des différends compétent.",
             "À défaut d'accord, le tribunal administratif de %s est seul compétent." % c["ta"])


def f_derogations(c, items):
    return A("Dérogations au CCAG",
             "Les articles du présent document qui dérogent au CCAG sont les suivants :", list(items))


def f_confid(c, v=0):
    return A("Confidentialité et protection des données",
             "Le titulaire est tenu à une obligation de confidentialité pour toutes les informations dont il a "
             "connaissance à l'occasion de l'exécution du marché.",
             "Lorsqu'il traite des données à caractère personnel pour le compte du pouvoir adjudicateur, il agit "
             "en qualité de sous-traitant au sens du règlement (UE) 2016/679 et n'agit que sur instruction "
             "documentée de celui-ci.")


# ----------------------------------------------------------------------------- RC
def f_rc_dossier(c, pieces):
    return A("Dossier de consultation",
             "Le dossier de consultation est mis gratuitement à disposition des candidats sur le profil "
             "d'acheteur %s. Il comprend :" % c["profil"], list(pieces),
             "Le pouvoir adjudicateur peut apporter des modifications de détail au dossier au plus tard six jours "
             "avant la date limite de remise des offres ; les candidats répondent sur la base du dossier modifié.")


def f_rc_candidature(c, v=0, extra=()):
    items = ["la lettre de candidature (formulaire DC1 ou équivalent) ou le document unique de marché "
             "européen (DUME) ;",
             "la déclaration du candidat (formulaire DC2 ou équivalent), mentionnant notamment la "
             "dénomination sociale, l'adresse du siège social et le numéro SIRET ;",
             "une déclaration sur l'honneur attestant que le candidat n'entre dans aucun des cas "
             "d'interdiction de soumissionner mentionnés aux articles L. 2141-1 à L. 2141-5 et L. 2141-7 à "
             "L. 2141-11 du code de la commande publique ;",
             "le chiffre d'affaires global et le chiffre d'affaires relatif aux prestations objet du marché "
             "des trois derniers exercices disponibles ;",
             "une liste des principales prestations de même nature exécutées au cours des trois dernières "
             "années, avec leur montant, leur date et leur destinataire ;"]
    if v == 1:
        items.append("la déclaration sur l'honneur relative au respect de l'obligation d'emploi des "
                     "travailleurs handicapés prévue aux articles L. 5212-1 à L. 5212-11 du code du travail ;")
    items.extend(extra)
    items.append("les attestations d'assurance en cours de validité.")
    return A("Contenu de la candidature",
             "Chaque candidat produit un dossier de candidature comprenant les pièces suivantes :", items,
             "Le candidat auquel il est envisagé d'attribuer le marché produit, dans un délai de cinq jours, les "
             "attestations fiscales et sociales prévues à l'article R. 2143-7 du code de la commande publique "
             "et l'attestation de vigilance de l'URSSAF. Ne sont pas admis les candidats qui ont fait l'objet "
             "d'une condamnation définitive pour travail dissimulé ou emploi d'étrangers sans titre.")


def f_rc_remise(c, date="12 avril 2027", heure="12 heures"):
    return A("Conditions d'envoi et de remise des plis",
             "Les plis sont transmis par voie électronique sur le profil d'acheteur %s avant le %s à %s. "
             "Les plis reçus après cette date et cette heure ne sont pas ouverts." % (c["profil"], date, heure),
             "Le candidat peut transmettre une copie de sauvegarde sur support physique ou papier, dans un pli "
             "scellé portant la mention « copie de sauvegarde ».",
             "Le délai de validité des offres est de 120 jours à compter de la date limite de remise des plis.")


def f_rc_questions(c):
    return A("Renseignements complémentaires",
             "Les questions sont posées exclusivement par l'intermédiaire du profil d'acheteur, au plus tard "
             "dix jours avant la date limite de remise des plis. Les réponses sont communiquées à tous les "
             "candidats ayant retiré le dossier, au plus tard six jours avant cette date.")


def f_rc_nego(c, v=0):
    if v == 0:
        return A("Négociation",
                 "Le pouvoir adjudicateur se réserve la possibilité de négocier avec les trois candidats les "
                 "mieux classés à l'issue d'un premier classement. Il peut aussi attribuer le marché sur la base "
                 "des offres initiales, sans négociation.")
    return A("Régularisation et négociation",
             "Les offres irrégulières peuvent être régularisées dans les conditions de l'article R. 2152-2 du "
             "code de la commande publique. La procédure ne donne pas lieu à négociation.")


def f_rc_recours(c):
    return A("Voies et délais de recours",
             "Instance chargée des procédures de recours : tribunal administratif de %s. Un référé "
             "précontractuel peut être introduit jusqu'à la signature du contrat (article L. 551-1 du code de "
             "justice administrative) ; un recours en contestation de la validité du contrat peut être formé "
             "dans les deux mois suivant la publication de l'avis d'attribution." % c["ta"])


# ----------------------------------------------------------------------------- AE
def ae_head(c, objet, lot=None):
    return A("Identification du pouvoir adjudicateur et objet",
             "Pouvoir adjudicateur : %s." % c["Qui"],
             "Objet de la consultation : %s." % objet,
             "Référence : %s%s." % (c["ref"], (" – " + lot) if lot else ""))


def ae_titulaire(c):
    return [H("Article # – Engagement du titulaire"),
            P("Après avoir pris connaissance des pièces constitutives du marché et conformément à leurs "
              "clauses, le signataire s'engage, sur la base de son offre et pour son propre compte ou pour "
              "celui de la société qu'il représente, à exécuter les prestations dans les conditions ci-après "
              "définies."),
            TAB([["Rubrique", "À compléter par le candidat"],
                 ["Nom commercial et dénomination sociale", " "],
                 ["Adresse du siège social", " "],
                 ["Adresse de l'établissement qui exécute le marché", " "],
                 ["Numéro SIRET / code APE", " "],
                 ["Nom, prénom et qualité du signataire", " "]], widths=[1.2, 1.0])]


def ae_compte(c):
    return A("Compte à créditer",
             "Les sommes dues au titulaire sont portées au crédit du compte dont le relevé d'identité bancaire "
             "est joint au présent acte d'engagement.",
             "Le titulaire indique ci-dessous s'il renonce au bénéfice de l'avance : ☐ Non ☐ Oui.")


def ae_signature(c):
    return A("Signature",
             "Fait en un seul original, à ........................., le ........................",
             "Signature du candidat (représentant habilité) :",
             "Acceptation de l'offre par le pouvoir adjudicateur — à ........................., le "
             "........................ ; le représentant du pouvoir adjudicateur :")


# ----------------------------------------------------------------------------- CCTP
def f_cctp_suivi(c, v=0):
    return A("Suivi des prestations",
             "Le titulaire désigne un interlocuteur unique, joignable aux heures ouvrables, chargé du suivi de "
             "l'exécution. Une réunion de suivi se tient chaque trimestre ; le titulaire en rédige le compte "
             "rendu et le transmet dans les huit jours.",
             "Toute anomalie est signalée par écrit au pouvoir adjudicateur dans les 48 heures de sa constatation.")


def f_cctp_securite(c, v=0):
    if v == 0:
        return A("Hygiène et sécurité",
                 "Le titulaire remet, avant toute intervention, son plan particulier de sécurité et de protection "
                 "de la santé (PPSPS). Il dote son personnel des équipements de protection individuelle adaptés "
                 "aux travaux.",
                 "Les horaires de chantier sont fixés de 7 h 30 à 17 h 30 du lundi au vendredi ; tout travail en "
                 "dehors de ces horaires est soumis à l'accord préalable du maître d'œuvre.")
    return A("Sécurité et prévention",
             "Un plan de prévention est établi conjointement avant le démarrage des prestations, après une "
             "inspection commune des lieux. Le personnel du titulaire porte une tenue permettant de l'identifier.",
             "Le titulaire respecte les consignes de sécurité propres à chaque site, qui lui sont remises lors de "
             "l'inspection commune.")


# ============================================================================= dossiers
# d01 — Castelgrive, gymnase : article 11 dont le 3e paragraphe engage les heures (lot 1 seul).
def d01():
    c = C("la commune de Castelgrive", "Montauvert", ccag="travaux", delai=30,
          profil="https://marches.castelgrive.example", ref="GYM-2027-04")
    hdr = "Commune de Castelgrive – Rénovation et extension du gymnase des Tilleuls"
    lots = ["lot n° 1 : démolition, gros œuvre, maçonnerie ;",
            "lot n° 2 : charpente bois, couverture, bardage ;",
            "lot n° 3 : électricité courants forts et faibles, éclairage sportif ;",
            "lot n° 4 : peinture, sols sportifs, signalétique."]
    rc = [TITLE("Commune de Castelgrive", "Règlement de la consultation",
                "Rénovation et extension du gymnase des Tilleuls", "Procédure adaptée – travaux – réf. GYM-2027-04")]
    rc += A("Objet de la consultation",
            "La consultation porte sur la rénovation énergétique et l'extension du gymnase des Tilleuls, rue des "
            "Vanneaux à Castelgrive (création d'une salle de motricité de 180 m² et de vestiaires).",
            "Les travaux sont répartis en quatre lots traités par marchés séparés :", lots,
            "Un candidat peut présenter une offre pour un ou plusieurs lots. Les variantes ne sont pas admises.")
    rc += A("Procédure",
            "La consultation est passée selon la procédure adaptée prévue aux articles L. 2123-1 et R. 2123-1 "
            "1° du code de la commande publique.")
    rc += A("Montant estimé",
            "Le montant prévisionnel des travaux, tous lots confondus, est estimé par le maître d'ouvrage à "
            "1" + SB + "240~000 € HT. Cette estimation est donnée à titre indicatif et n'engage pas le maître "
            "d'ouvrage.")
    rc += A("Délais d'exécution",
            "Le délai global d'exécution est de douze mois, période de préparation d'un mois incluse. Le "
            "démarrage prévisionnel est fixé en septembre 2027.")
    rc += f_rc_dossier(c, ["le présent règlement de la consultation ;", "l'acte d'engagement de chaque lot ;",
                           "le cahier des clauses administratives particulières (CCAP), commun aux quatre lots ;",
                           "le cahier des clauses techniques particulières de chaque lot ;",
                           "la décomposition du prix global et forfaitaire de chaque lot ;",
                           "les plans et le rapport du contrôleur technique."])
    rc += f_rc_candidature(c, 0)
    rc += A("Contenu de l'offre",
            "Pour chaque lot auquel il répond, le candidat produit l'acte d'engagement complété, la décomposition "
            "du prix global et forfaitaire et un mémoire technique présentant :",
            ["la méthodologie d'exécution et les dispositions prises pour travailler à proximité d'un équipement "
             "resté partiellement ouvert au public ;",
             "les moyens humains et matériels affectés au chantier ;",
             "le planning détaillé des travaux du lot."])
    rc += A("Conditions particulières d'exécution",
            "L'attention des candidats au lot n° 1 est appelée sur l'article 11 du CCAP : le titulaire de ce lot "
            "réserve une partie des heures de travail du chantier à des personnes rencontrant des difficultés "
            "sociales ou professionnelles particulières, avec l'appui du facilitateur du PLIE.")
    rc += A("Jugement des offres",
            "Les offres sont jugées lot par lot selon les critères pondérés suivants :",
            ["prix des prestations : 60 % ;",
             "valeur technique, appréciée au vu du mémoire technique : 40 %, dont méthodologie 20 %, moyens "
             "humains et matériels 10 % et planning 10 %."],
            "Le prix est noté selon la formule : note = 60 × (offre la moins disante / offre du candidat).")
    rc += f_rc_nego(c, 0)
    rc += f_rc_remise(c, "19 mai 2027")
    rc += f_rc_recours(c)
    rc_lab = L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=4, montant_estime_ht=1240000,
               evidence=["répartis en quatre lots", "estimé par le maître d'ouvrage à 1 240 000 € HT",
                         "réserve une partie des heures de travail du chantier à des personnes rencontrant des "
                         "difficultés sociales ou professionnelles particulières"])

    cc = [TITLE("Commune de Castelgrive", "Cahier des clauses administratives particulières",
                "Rénovation et extension du gymnase des Tilleuls – lots 1 à 4", "Réf. GYM-2027-04")]
    cc += A("Objet du marché – allotissement",
            "Les stipulations du présent CCAP concernent les travaux de rénovation et d'extension du gymnase des "
            "Tilleuls. Les travaux sont répartis en quatre lots :", lots,
            "Chaque lot fait l'objet d'un marché distinct. Le maître d'œuvre est le cabinet Ardouin & Lesage, "
            "architectes ; la mission de coordination en matière de sécurité et de protection de la santé est "
            "confiée au bureau SPS Hélio.")
    cc += f_pieces(c, 0, prixdoc="la décomposition du prix global et forfaitaire (DPGF) du lot")
    cc += A("Délais d'exécution",
            "Le délai d'exécution propre à chaque lot est fixé par le calendrier détaillé d'exécution établi par "
            "le maître d'œuvre pendant la période de préparation, dans la limite du délai global de douze mois.",
            "La période de préparation, d'une durée d'un mois, court à compter de la date fixée par l'ordre de "
            "service prescrivant de commencer les travaux.")
    cc += f_prix(c, 0)
    cc += f_avance(c, 1)
    cc += f_garantie(c)
    cc += f_paiement(c)
    cc += f_penalites(c, 0)
    cc += f_assurances(c, 0)
    cc += A("Organisation du chantier et gestion des déchets",
            "Les installations de chantier communes sont réalisées par le titulaire du lot n° 1 ; leurs frais "
            "sont répartis entre les lots selon le compte prorata.",
            "Chaque titulaire trie ses déchets de chantier sur place en cinq flux au moins (inertes, bois, métaux, "
            "plâtre, déchets non dangereux en mélange) et les évacue vers des installations de valorisation "
            "autorisées. Il remet au maître d'œuvre les bordereaux de suivi correspondants avec chaque situation "
            "mensuelle.")
    cc += [H("Article 11 – Conditions particulières d'exécution"),
           P("En application de l'article L. 2112-2 du code de la commande publique, les conditions d'exécution "
             "des travaux comportent des éléments à caractère social, définis au présent article."),
           P("Ces stipulations ne s'appliquent qu'au lot n° 1. Les titulaires des lots n° 2 à 4 n'y sont pas "
             "soumis, sans préjudice des obligations qui leur incombent au titre de l'article 12."),
           P("Le titulaire du lot n° 1 réserve à des personnes rencontrant des difficultés sociales ou "
             "professionnelles particulières un volume d'au moins 385 heures de travail, qu'il réalise par "
             "embauche directe, par la mise à disposition de salariés par une structure d'insertion par "
             "l'activité économique ou une entreprise de travail temporaire, ou en sous-traitant une partie des "
             "travaux à une telle structure."),
           P("Le facilitateur du plan local pour l'insertion et l'emploi (PLIE) du Pays de Castelgrive valide "
             "l'éligibilité des personnes proposées avant leur intervention sur le chantier. Le titulaire lui "
             "adresse chaque mois un état nominatif des heures réalisées, visé par le conducteur de travaux."),
           P("En cas de non-respect de ces engagements du fait du titulaire, celui-ci encourt une pénalité de "
             "50 € HT par heure non réalisée, appliquée lors du décompte général. Les heures consacrées par les "
             "personnes concernées à des actions de formation hors chantier ne sont pas décomptées.")]
    cc += f_oblig_legales(c, 0)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc += f_derogations(c, ["l'article 2 déroge à l'article 4.1 du CCAG ;",
                            "l'article 8 déroge aux articles 19.2.1 et 14.3 du CCAG."])
    cc_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=385, clause_environnementale=1,
               allotissement=1, nb_lots=4,
               evidence=["Les travaux sont répartis en quatre lots",
                         "réserve à des personnes rencontrant des difficultés sociales ou professionnelles "
                         "particulières un volume d'au moins 385 heures de travail",
                         "trie ses déchets de chantier sur place en cinq flux au moins"])

    ae = [TITLE("Commune de Castelgrive", "Acte d'engagement", "Lot n° 1 : démolition, gros œuvre, maçonnerie",
                "Réf. GYM-2027-04")]
    ae += ae_head(c, "rénovation et extension du gymnase des Tilleuls", "lot n° 1")
    ae += ae_titulaire(c)
    ae += A("Prix",
            "Les travaux du lot n° 1 sont rémunérés par un prix global et forfaitaire de :",
            ["montant hors taxes : .............................. € ;",
             "TVA au taux de 20 % : .............................. € ;",
             "montant toutes taxes comprises : .............................. €."])
    ae += A("Délai d'exécution et engagements particuliers",
            "Le délai d'exécution du lot est celui du calendrier détaillé prévu à l'article 3 du CCAP.",
            "Le titulaire déclare avoir pris connaissance des conditions particulières d'exécution de l'article 11 "
            "du CCAP et s'engage à réaliser l'action d'insertion qui y est prévue pour le lot n° 1, en lien avec le "
            "facilitateur du PLIE.")
    ae += ae_compte(c)
    ae += ae_signature(c)
    ae_lab = L(clause_sociale=1, clause_insertion=1, allotissement=1,
               evidence=["Lot n° 1 : démolition, gros œuvre, maçonnerie",
                         "s'engage à réaliser l'action d'insertion qui y est prévue pour le lot n° 1"])

    ct = [TITLE("Commune de Castelgrive", "Cahier des clauses techniques particulières",
                "Lot n° 2 : charpente bois, couverture, bardage", "Gymnase des Tilleuls – réf. GYM-2027-04")]
    ct += A("Consistance des travaux du lot",
            "Le présent CCTP définit les travaux du lot n° 2 : dépose de la couverture existante en plaques "
            "ondulées, fourniture et pose d'une charpente en bois lamellé-collé pour l'extension, couverture en "
            "bac acier isolé, bardage bois de la salle de motricité.")
    ct += A("Matériaux",
            "Les bois de charpente et de bardage sont issus de forêts gérées durablement et bénéficient d'une "
            "certification PEFC ou FSC ou d'une certification équivalente ; le titulaire remet les certificats de "
            "la chaîne de contrôle avec ses fiches techniques.",
            "Les isolants ont une conductivité thermique au plus égale à 0,035 W/(m·K).")
    ct += A("Exécution",
            "Les chutes de bois et les emballages sont triés sur le chantier et évacués vers une filière de "
            "valorisation ; les plaques déposées font l'objet d'un repérage préalable et sont évacuées selon la "
            "réglementation applicable.",
            "Les travaux en hauteur sont réalisés depuis des protections collectives ; l'usage d'une nacelle est "
            "soumis à l'accord du coordonnateur SPS.")
    ct += f_cctp_securite(c, 0)
    ct += f_cctp_suivi(c)
    ct_lab = L(clause_environnementale=1, allotissement=1,
               evidence=["Lot n° 2 : charpente bois, couverture, bardage",
                         "Les chutes de bois et les emballages sont triés sur le chantier et évacués vers une "
                         "filière de valorisation"])

    av = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Commune de Castelgrive",
                "Rénovation et extension du gymnase des Tilleuls")]
    av += [H("Section I : pouvoir adjudicateur"),
           P("Commune de Castelgrive, 2 place de la Halle, 46890 Castelgrive. Profil d'acheteur : "
             "https://marches.castelgrive.example"),
           H("Section II : objet"),
           P("II.1.1) Intitulé : rénovation et extension du gymnase des Tilleuls. Référence GYM-2027-04."),
           P("II.1.3) Type de marché : travaux."),
           P("II.1.5) Valeur totale estimée hors TVA : 1 240 000 euros."),
           P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Nombre de lots : 4."),
           P("II.2.5) Critères d'attribution : prix 60 % ; valeur technique 40 %."),
           H("Section III : renseignements d'ordre juridique, économique, financier et technique"),
           P("III.1.5) Informations sur les marchés réservés : néant."),
           P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion pour le lot 1 "
             "(article 11 du CCAP)."),
           H("Section IV : procédure"),
           P("IV.1.1) Procédure adaptée. IV.2.2) Date limite de réception des offres : 19 mai 2027 à 12:00."),
           H("Section VI : renseignements complémentaires"),
           P("VI.3) Visite du site conseillée, sur rendez-vous auprès des services techniques. Instance chargée "
             "des procédures de recours : tribunal administratif de Montauvert.")]
    av_lab = L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=4, montant_estime_ht=1240000,
               evidence=["Valeur totale estimée hors TVA : 1 240 000 euros", "Nombre de lots : 4",
                         "clause sociale d'insertion pour le lot 1"])

    return dict(id="d01", title="Commune de Castelgrive – rénovation et extension du gymnase (4 lots, travaux)",
                pieces=[PIECE("RC_GYM-2027-04.pdf", "RC", hdr, "RC – réf. GYM-2027-04", rc, rc_lab, hyphen=True,
                              cols=2),
                        PIECE("CCAP_GYM-2027-04.pdf", "CCAP", hdr, "CCAP – réf. GYM-2027-04", cc, cc_lab,
                              hyphen=True),
                        PIECE("AE_GYM-2027-04_lot1.docx", "AE", hdr, "AE lot 1 – réf. GYM-2027-04", ae, ae_lab),
                        PIECE("CCTP_GYM-2027-04_lot2.pdf", "CCTP", hdr, "CCTP lot 2 – réf. GYM-2027-04", ct,
                              ct_lab),
                        PIECE("AVIS_GYM-2027-04.txt", "AVIS", hdr, "", av, av_lab)],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=385, allotissement=1, nb_lots=4, montant_estime_ht=1240000),
                note="Heures : 385, lot 1 seul, au troisième paragraphe de l'article 11 du CCAP (sans le mot "
                     "« insertion » dans la phrase qui engage). Le RC, l'AE du lot 1 et l'avis annoncent la clause "
                     "sans nombre. Pièges : pénalité de 50 € par heure, heures de formation non décomptées, "
                     "rappels de la loi (article 12 du CCAP), bois certifiés (spécification), 12:00. Critères : "
                     "prix et valeur technique seulement.")


# d02 — CC du Pays de Rouvène, espaces verts : heures dans un vrai tableau par lot, lot 3 réservé (EA/ESAT).
def d02():
    c = C("la communauté de communes du Pays de Rouvène", "Ormesson-la-Vieille", delai=30,
          profil="https://achats.paysderouvene.example", ref="EV-2027-11")
    hdr = "CC du Pays de Rouvène – Entretien des espaces verts communautaires"
    lots = ["lot n° 1 : entretien des espaces verts du secteur nord (douze communes) ;",
            "lot n° 2 : entretien des espaces verts du secteur sud (neuf communes) ;",
            "lot n° 3 : taille des haies et ramassage des déchets verts des aires d'accueil et des déchèteries."]
    rc = [TITLE("Communauté de communes du Pays de Rouvène", "Règlement de la consultation",
                "Entretien des espaces verts et des abords des équipements communautaires",
                "Appel d'offres ouvert – réf. EV-2027-11")]
    rc += A("Objet et découpage",
            "La consultation a pour objet l'entretien des espaces verts et des abords des équipements de la "
            "communauté de communes (piscines, gymnases, maisons de santé, aires d'accueil). Elle est divisée en "
            "trois lots :", lots, "Chaque lot donne lieu à un accord-cadre distinct.")
    rc += A("Marché réservé",
            "En application de l'article L. 2113-12 du code de la commande publique, le lot n° 3 est réservé aux "
            "entreprises adaptées, aux établissements et services d'aide par le travail ainsi qu'aux structures "
            "équivalentes, qui emploient une proportion minimale de 50 % de travailleurs handicapés. Les lots n° 1 "
            "et 2 ne sont pas réservés.")
    rc += A("Forme et durée",
            "Chaque lot est un accord-cadre à bons de commande mono-attributaire, conclu sans montant minimum et "
            "avec un montant maximum fixé à l'article 3 du CCAP.",
            "L'accord-cadre est conclu pour une durée d'un an à compter du 1er mars 2027. Il est reconductible "
            "tacitement trois fois par période d'un an.")
    rc += f_rc_dossier(c, ["le présent règlement ;", "l'acte d'engagement de chaque lot ;", "le CCAP ;",
                           "le CCTP et l'inventaire des sites ;", "le bordereau des prix unitaires de chaque lot."])
    rc += f_rc_candidature(c, 1, extra=["pour le lot n° 3 uniquement : tout document justifiant que le candidat "
                                        "est une entreprise adaptée, un établissement et service d'aide par le "
                                        "travail ou une structure équivalente ;"])
    rc += A("Contenu de l'offre",
            "L'offre comprend, pour chaque lot, l'acte d'engagement, le bordereau des prix unitaires et un "
            "mémoire technique décrivant l'organisation des équipes, le matériel, les méthodes d'entretien et la "
            "gestion des déchets verts.")
    rc += A("Critères de jugement des offres",
            "L'offre économiquement la plus avantageuse est choisie, lot par lot, au regard des critères suivants :",
            ["prix, apprécié sur un détail quantitatif estimatif non communiqué : 50 % ;",
             "valeur technique : 40 % ;",
             "performance environnementale : 10 %, appréciée au vu des méthodes d'entretien sans intrant "
             "chimique et des modalités de valorisation des déchets verts proposées."])
    rc += f_rc_remise(c, "3 février 2027")
    rc += f_rc_recours(c)
    rc_lab = L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=3,
               evidence=["Elle est divisée en trois lots",
                         "En application de l'article L. 2113-12 du code de la commande publique, le lot n° 3 est "
                         "réservé", "performance environnementale : 10 %"])

    cc = [TITLE("Communauté de communes du Pays de Rouvène", "Cahier des clauses administratives particulières",
                "Entretien des espaces verts communautaires – accords-cadres à bons de commande", "Réf. EV-2027-11")]
    cc += A("Objet et allotissement",
            "Le présent CCAP s'applique aux trois accords-cadres issus de la consultation, un par lot :", lots,
            "Le lot n° 3 est un marché réservé en application de l'article L. 2113-12 du code de la commande "
            "publique ; son titulaire conserve pendant toute l'exécution la qualité qui lui a permis de "
            "soumissionner.")
    cc += f_pieces(c, 1)
    cc += A("Forme de l'accord-cadre et montants maximums",
            "Chaque lot est un accord-cadre à bons de commande au sens des articles R. 2162-2 et R. 2162-13 du code "
            "de la commande publique, sans montant minimum. Les montants maximums, sur la durée totale de "
            "l'accord-cadre reconductions comprises, sont les suivants :",
            )
    cc += [RTAB([["Lot", "Montant maximum HT sur la durée totale"],
                 ["Lot n° 1 – secteur nord", "360~000 €"],
                 ["Lot n° 2 – secteur sud", "280~000 €"],
                 ["Lot n° 3 – haies et déchets verts", "120~000 €"]], widths=[1.6, 1.0], align="lr")]
    cc += A("Durée",
            "Chaque accord-cadre est conclu pour une période initiale d'un an à compter du 1er mars 2027, "
            "reconductible tacitement trois fois par période d'un an, sans que sa durée totale puisse excéder "
            "quatre ans. Le refus de reconduction est notifié au moins trois mois avant l'échéance.")
    cc += A("Bons de commande",
            "Les prestations sont commandées au fur et à mesure des besoins par bons de commande signés par le "
            "directeur des services techniques. Chaque bon précise les sites, la nature des prestations et le "
            "délai d'exécution, qui ne peut être inférieur à cinq jours ouvrés, sauf urgence.")
    cc += f_prix(c, 1)
    cc += f_paiement(c)
    cc += f_penalites(c, 1)
    cc += [H("Article 9 – Action d'insertion professionnelle"),
           H2("9.1 – Volumes horaires par lot"),
           P("Les titulaires des lots n° 1 et 2 mettent en œuvre une action d'insertion professionnelle au "
             "bénéfice de personnes éloignées de l'emploi. Ils y consacrent au moins le nombre d'heures de travail "
             "indiqué ci-dessous, calculé sur la durée totale de l'accord-cadre, reconductions comprises :"),
           RTAB([["Lot", "Désignation", "Heures d'insertion (durée totale)"],
                 ["1", "Secteur nord", "600"],
                 ["2", "Secteur sud", "450"],
                 ["3", "Haies et déchets verts", "sans objet (lot réservé)"],
                 ["", "Total", "1~050"]], widths=[0.5, 1.6, 1.4], align="llr", bold_last=True),
           P("Le lot n° 3, réservé en application de l'article L. 2113-12, n'est pas soumis au présent article."),
           H2("9.2 – Publics et accompagnement"),
           P("Les personnes concernées sont validées par le facilitateur de la Maison de l'emploi et de la "
             "formation du Pays de Rouvène : demandeurs d'emploi de longue durée, bénéficiaires de minima sociaux, "
             "jeunes de moins de 26 ans sans qualification, travailleurs handicapés, personnes suivies par une "
             "structure d'insertion par l'activité économique."),
           H2("9.3 – Adaptation et pénalité"),
           P("Lorsque le montant des commandes d'une année est inférieur de plus de 30 % au montant prévu, le "
             "volume de l'année est réduit dans la même proportion. Chaque heure non réalisée du fait du titulaire "
             "donne lieu à une pénalité de 45 € HT.")]
    cc += A("Prescriptions environnementales",
            "Aucun produit phytopharmaceutique n'est utilisé pour l'exécution des prestations ; le désherbage est "
            "réalisé par des moyens mécaniques ou thermiques.",
            "Les déchets verts issus des tontes et des tailles sont broyés et valorisés en paillage sur les sites "
            "lorsque leur nature le permet ; les autres sont apportés à la plateforme de compostage de Vézanne.")
    cc += f_oblig_legales(c, 2)
    cc += f_assurances(c, 1)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1050, marche_reserve=1,
               reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=760000,
               evidence=["Le lot n° 3 est un marché réservé en application de l'article L. 2113-12",
                         "Secteur nord 600", "Secteur sud 450", "Total 1 050",
                         "Aucun produit phytopharmaceutique n'est utilisé",
                         "[360 000 + 280 000 + 120 000 = 760 000]"])

    ae = [TITLE("Communauté de communes du Pays de Rouvène", "Acte d'engagement",
                "Lot n° 3 : taille des haies et ramassage des déchets verts", "Réf. EV-2027-11")]
    ae += ae_head(c, "entretien des espaces verts et des abords des équipements communautaires", "lot n° 3")
    ae += A("Marché réservé",
            "Le lot n° 3 est réservé en application de l'article L. 2113-12 du code de la commande publique. Le "
            "signataire atteste que l'opérateur qu'il représente est :",
            ["☐ une entreprise adaptée ;", "☐ un établissement et service d'aide par le travail ;",
             "☐ une structure équivalente (préciser) : ........................"])
    ae += ae_titulaire(c)
    ae += A("Prix et montant maximum",
            "Les prestations sont rémunérées par application des prix unitaires du bordereau des prix du lot n° 3.",
            "Le montant maximum des commandes du lot n° 3 sur la durée totale de l'accord-cadre est de "
            "120~000 € HT. Il n'est pas fixé de montant minimum.")
    ae += A("Durée",
            "L'accord-cadre est conclu pour un an à compter du 1er mars 2027, reconductible trois fois.")
    ae += ae_compte(c)
    ae += ae_signature(c)
    ae_lab = L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=120000,
               evidence=["Le lot n° 3 est réservé en application de l'article L. 2113-12",
                         "Le montant maximum des commandes du lot n° 3 sur la durée totale de l'accord-cadre est de "
                         "120 000 € HT"])

    av = [TITLE("AVIS DE MARCHÉ", "Communauté de communes du Pays de Rouvène",
                "Entretien des espaces verts et des abords des équipements communautaires")]
    av += [P("Nom et adresses : Communauté de communes du Pays de Rouvène, 14 avenue du Moulin-Neuf, 27640 Rouvène."),
           P("Objet : accords-cadres à bons de commande d'entretien des espaces verts. Référence : EV-2027-11."),
           P("Division en lots : oui. Lot 1 : secteur nord. Lot 2 : secteur sud. Lot 3 : taille des haies et "
             "ramassage des déchets verts."),
           P("Durée : un an, reconductible trois fois."),
           P("Marché réservé : oui, pour le lot 3 uniquement – article L. 2113-12 du code de la commande publique "
             "(entreprises adaptées, ESAT et structures équivalentes)."),
           P("Conditions particulières d'exécution : clause d'insertion professionnelle pour les lots 1 et 2 "
             "(1 050 heures au total sur la durée de l'accord-cadre) ; entretien sans produit phytopharmaceutique "
             "pour les trois lots."),
           P("Critères d'attribution : prix 50 % ; valeur technique 40 % ; performance environnementale 10 %."),
           P("Procédure : appel d'offres ouvert. Date limite de réception des offres : 3 février 2027 à 12 h 00."),
           P("Instance chargée des procédures de recours : tribunal administratif d'Ormesson-la-Vieille.")]
    av_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1050, marche_reserve=1,
               reserve_base="L2113-12", clause_environnementale=1, critere_environnemental=1, allotissement=1,
               nb_lots=3,
               evidence=["Marché réservé : oui, pour le lot 3 uniquement – article L. 2113-12",
                         "clause d'insertion professionnelle pour les lots 1 et 2 (1 050 heures au total",
                         "entretien sans produit phytopharmaceutique", "performance environnementale 10 %",
                         "Lot 3 : taille des haies"])

    return dict(id="d02", title="CC du Pays de Rouvène – entretien des espaces verts (3 lots, lot 3 réservé)",
                pieces=[PIECE("RC_EV-2027-11.docx", "RC", hdr, "RC – EV-2027-11", rc, rc_lab),
                        PIECE("CCAP_EV-2027-11.pdf", "CCAP", hdr, "CCAP – EV-2027-11", cc, cc_lab, hyphen=True),
                        PIECE("AE_EV-2027-11_lot3.docx", "AE", hdr, "AE lot 3 – EV-2027-11", ae, ae_lab),
                        PIECE("AVIS_EV-2027-11.txt", "AVIS", hdr, "", av, av_lab)],
                pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
                     "critere_environnemental"],
                values=V(heures_insertion=1050, allotissement=1, nb_lots=3, montant_max_ht=760000,
                         reserve_base="L2113-12"),
                note="Heures : vrai tableau par lot à l'article 9 du CCAP (600 + 450, ligne Total 1 050, lot 3 « sans "
                     "objet ») ; l'avis écrit aussi 1 050. Lot 3 réservé L2113-12 (RC, CCAP, AE, avis). Maximum : "
                     "360 000 + 280 000 + 120 000 = 760 000 (tableau du CCAP, sans total). Pièges : 45 € par heure, "
                     "réduction proportionnelle du volume, L5212 dans la candidature, « minima sociaux ».")


# d03 — Saint-Ysarn, hôtel de ville (NÉGATIF) : rappels de la loi, motifs d'exclusion, détachement,
# dénomination / siège social, effectifs d'apprentis en candidature ; clauses environnementales seulement.
def d03():
    c = C("la commune de Saint-Ysarn", "Vernoux-sur-Lise", ccag="travaux", delai=30,
          profil="https://saint-ysarn.marches.example", ref="HV-2027-08")
    hdr = "Commune de Saint-Ysarn – Toitures et façades de l'hôtel de ville"
    lots = ["lot n° 1 : couverture, zinguerie ;", "lot n° 2 : ravalement, maçonnerie de pierre ;",
            "lot n° 3 : menuiseries extérieures bois."]
    rc = [TITLE("Commune de Saint-Ysarn", "Règlement de la consultation",
                "Réfection des toitures et ravalement des façades de l'hôtel de ville", "Réf. HV-2027-08")]
    rc += A("Objet et lots",
            "La consultation porte sur la réfection des toitures et le ravalement des façades de l'hôtel de "
            "ville, bâtiment du XIXe siècle situé place de la République. Les travaux sont divisés en trois lots :",
            lots)
    rc += A("Procédure",
            "Procédure adaptée ouverte, en application de l'article R. 2123-1 1° du code de la commande publique.")
    rc += A("Estimation",
            "Le montant des travaux est estimé à 410~000 € HT, soit 195~000 € HT pour le lot n° 1, 150~000 € HT "
            "pour le lot n° 2 et 65~000 € HT pour le lot n° 3.")
    rc += f_rc_dossier(c, ["le règlement de la consultation ;", "les actes d'engagement ;", "le CCAP ;",
                           "les CCTP des trois lots ;", "les DPGF ;", "le diagnostic amiante et plomb."])
    rc += f_rc_candidature(c, 1, extra=[
        "les effectifs moyens annuels du candidat au cours des trois dernières années, en distinguant "
        "l'encadrement, les compagnons et les apprentis ;",
        "pour le lot n° 1, un certificat de qualification professionnelle Qualibat 3111 ou équivalent ;"])
    rc += A("Sous-traitance",
            "Le candidat qui envisage de sous-traiter une partie des travaux indique dans son offre la nature des "
            "prestations sous-traitées ainsi que la raison sociale et l'adresse du siège social de chaque "
            "sous-traitant (formulaire DC4).")
    rc += A("Contenu de l'offre",
            "Le candidat remet, pour chaque lot, l'acte d'engagement, la DPGF et un mémoire technique précisant "
            "la méthodologie, les moyens affectés, le planning et les dispositions prises pour le tri et "
            "l'évacuation des déchets de chantier.")
    rc += A("Jugement des offres",
            "Les offres sont classées lot par lot selon les critères suivants :",
            ["prix : 60 points ;",
             "valeur technique : 40 points, répartis entre la méthodologie d'intervention sur un bâtiment ancien "
             "(20 points), les moyens humains et matériels (10 points) et la gestion des déchets de chantier et la "
             "limitation des nuisances pour l'environnement (10 points)."])
    rc += f_rc_nego(c, 0)
    rc += f_rc_remise(c, "28 avril 2027")
    rc += f_rc_recours(c)
    rc_lab = L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=410000,
               evidence=["Les travaux sont divisés en trois lots", "estimé à 410 000 € HT",
                         "la gestion des déchets de chantier et la limitation des nuisances pour l'environnement "
                         "(10 points)"])

    cc = [TITLE("Commune de Saint-Ysarn", "Cahier des clauses administratives particulières",
                "Réfection des toitures et ravalement des façades de l'hôtel de ville", "Réf. HV-2027-08")]
    cc += A("Objet du marché", "Le présent CCAP s'applique aux trois lots de l'opération :", lots,
            "Maîtrise d'œuvre : atelier Castagné, architecte du patrimoine.")
    cc += f_pieces(c, 0, prixdoc="la décomposition du prix global et forfaitaire (DPGF)")
    cc += A("Délais",
            "Le délai d'exécution de l'ensemble des lots est de huit mois, dont un mois de préparation. Les "
            "travaux de couverture sont réalisés hors de la période du 15 décembre au 15 février.")
    cc += f_prix(c, 0)
    cc += f_avance(c, 1)
    cc += f_garantie(c)
    cc += f_paiement(c)
    cc += f_penalites(c, 0)
    cc += A("Horaires et organisation du chantier",
            "Les travaux sont exécutés du lundi au vendredi, de 7 h 30 à 18 heures. L'accès du public aux services "
            "de la mairie est maintenu pendant toute la durée du chantier.",
            "Les installations destinées au personnel (vestiaires, sanitaires, réfectoire) sont conformes au "
            "code du travail ; elles sont mises en place par le titulaire du lot n° 2 et utilisées par tous.")
    cc += f_oblig_legales(c, 1, titre="Obligations sociales du titulaire")
    cc += A("Sous-traitance et travailleurs détachés",
            "Le titulaire qui sous-traite fait accepter chaque sous-traitant et agréer ses conditions de paiement ; "
            "la déclaration mentionne la raison sociale et le siège social du sous-traitant.",
            "Le titulaire vérifie que ses sous-traitants qui détachent des salariés ont accompli la déclaration "
            "préalable de détachement, conformément à l'article L. 1262-4-1 du code du travail.")
    cc += A("Gestion des déchets de chantier",
            "Chaque titulaire remet, pendant la période de préparation, un schéma d'organisation et de gestion des "
            "déchets (SOGED). Les déchets sont triés sur place ; le taux de valorisation des déchets non dangereux "
            "est d'au moins 70 % en masse.",
            "Les bordereaux de suivi des déchets sont joints aux situations mensuelles. Tout brûlage sur le "
            "chantier est interdit.")
    cc += f_assurances(c, 0)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc_lab = L(clause_environnementale=1, allotissement=1, nb_lots=3,
               evidence=["Le présent CCAP s'applique aux trois lots",
                         "le taux de valorisation des déchets non dangereux est d'au moins 70 % en masse"])

    ct = [TITLE("Commune de Saint-Ysarn", "Cahier des clauses techniques particulières",
                "Lot n° 1 : couverture, zinguerie", "Hôtel de ville – réf. HV-2027-08")]
    ct += A("Description des ouvrages",
            "Le lot comprend la dépose de la couverture en ardoise naturelle du corps central, la révision de la "
            "charpente, la repose d'une couverture en ardoise naturelle à crochets, le remplacement des gouttières "
            "et descentes en zinc et la réfection des solins.")
    ct += A("Matériaux",
            "Les ardoises sont de provenance européenne, d'épaisseur 4 à 5 mm, conformes à la norme NF EN 12326-1. "
            "Le zinc est de qualité naturel ou prépatiné, épaisseur 0,65 mm.")
    ct += A("Déchets du lot",
            "Les ardoises déposées en bon état sont triées et stockées pour réemploi sur les dépendances "
            "communales. Les déchets de zinc et de plomb sont collectés séparément et remis à un récupérateur de "
            "métaux ; le titulaire en justifie par les bons de reprise.")
    ct += A("Sécurité des intervenants",
            "Le titulaire met en place des protections collectives en rive et un échafaudage de pied conforme ; "
            "les travaux sur toiture sont interrompus par vent supérieur à 60 km/h.")
    ct += f_cctp_suivi(c)
    ct_lab = L(clause_environnementale=1, allotissement=1,
               evidence=["Lot n° 1 : couverture, zinguerie",
                         "Les déchets de zinc et de plomb sont collectés séparément et remis à un récupérateur de "
                         "métaux"])

    av = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Commune de Saint-Ysarn",
                "Réfection des toitures et ravalement des façades de l'hôtel de ville")]
    av += [H("Section I : pouvoir adjudicateur"),
           P("Commune de Saint-Ysarn, hôtel de ville, place de la République, 81470 Saint-Ysarn."),
           H("Section II : objet"),
           P("II.1.1) Réfection des toitures et ravalement des façades de l'hôtel de ville – HV-2027-08."),
           P("II.1.5) Valeur totale estimée hors TVA : 410 000 EUR."),
           P("II.1.6) Le marché est divisé en 3 lots : couverture ; ravalement ; menuiseries extérieures."),
           P("II.2.5) Critères d'attribution : prix 60 ; valeur technique 40, dont gestion des déchets de chantier "
             "10."),
           H("Section III"),
           P("III.1.1) Habilitation à exercer l'activité professionnelle : déclarations sur l'honneur prévues au "
             "règlement de la consultation, dont celle relative à l'obligation d'emploi des travailleurs handicapés "
             "(articles L. 5212-1 à L. 5212-11 du code du travail)."),
           P("III.1.5) Marché réservé : non."),
           P("III.2.2) Conditions particulières d'exécution : tri et valorisation des déchets de chantier (article "
             "12 du CCAP)."),
           H("Section IV"),
           P("IV.1.1) Procédure adaptée. Date limite : 28 avril 2027, 12 h 00."),
           H("Section VI"),
           P("VI.3) Ne peuvent soumissionner les opérateurs relevant d'un motif d'exclusion des articles L. 2141-1 "
             "et suivants du code de la commande publique, notamment pour travail dissimulé.")]
    av_lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=3,
               montant_estime_ht=410000,
               evidence=["Valeur totale estimée hors TVA : 410 000 EUR", "divisé en 3 lots",
                         "dont gestion des déchets de chantier 10",
                         "tri et valorisation des déchets de chantier"])

    return dict(id="d03", title="Commune de Saint-Ysarn – toitures et façades de l'hôtel de ville (3 lots, travaux)",
                pieces=[PIECE("RC_HV-2027-08.pdf", "RC", hdr, "RC – HV-2027-08", rc, rc_lab, hyphen=True, cols=2),
                        PIECE("CCAP_HV-2027-08.pdf", "CCAP", hdr, "CCAP – HV-2027-08", cc, cc_lab),
                        PIECE("CCTP_HV-2027-08_lot1.docx", "CCTP", hdr, "CCTP lot 1 – HV-2027-08", ct, ct_lab),
                        PIECE("AVIS_HV-2027-08.txt", "AVIS", hdr, "", av, av_lab)],
                pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=410000),
                note="Aucune clause ni aucun critère social. Pièges : article « Obligations sociales du titulaire » "
                     "(travail dissimulé, carte BTP, rappel L5212), déclaration L5212 à la candidature et à l'avis, "
                     "détachement, motifs d'exclusion, raison sociale / siège social / dénomination sociale, effectifs "
                     "d'apprentis demandés à la candidature, « Marché réservé : non ». Environnement : SOGED et "
                     "valorisation (CCAP), reprise des métaux (CCTP), sous-critère déchets (RC, avis).")


# d04 — Lanmorvan, nettoyage (MAPA, CCP) : engagement dit par son seul mécanisme (recrutement avec le
# facilitateur), critère social dans l'article « jugement des offres » du CCP.
def d04():
    c = C("la ville de Lanmorvan", "Kerbrannec", delai=30, profil="https://lanmorvan.achatpublic.example",
          ref="NET-2027-02")
    hdr = "Ville de Lanmorvan – Nettoyage des bâtiments municipaux"
    sites = ["l'hôtel de ville et ses annexes administratives ;", "la médiathèque Anjela-Duval ;",
             "les écoles maternelles du Bourg, de Kerhuel et de Penn-ar-Roz ;",
             "le centre social Jean-Moulin et la salle polyvalente attenante."]
    rc = [TITLE("Ville de Lanmorvan", "Règlement de la consultation", "Nettoyage des bâtiments municipaux",
                "Marché à procédure adaptée – réf. NET-2027-02")]
    rc += A("Objet",
            "La consultation porte sur le nettoyage courant et la remise en état périodique des bâtiments "
            "municipaux suivants :", sites)
    rc += A("Procédure et forme",
            "La consultation est passée selon la procédure adaptée (article R. 2123-1 1° du code de la commande "
            "publique). Le marché n'est pas alloti : les sites sont imbriqués et leur nettoyage repose sur une "
            "même équipe, ce qui rend les prestations indissociables. Il prend la forme d'un accord-cadre à bons "
            "de commande.")
    rc += A("Durée",
            "Le marché est conclu pour un an à compter du 1er septembre 2027. Il est reconductible tacitement trois "
            "fois par période d'un an.")
    rc += f_rc_dossier(c, ["le présent règlement ;", "l'acte d'engagement ;",
                           "le cahier des clauses particulières (CCP) ;",
                           "le cahier des clauses techniques particulières (CCTP) et les plans des sites ;",
                           "le bordereau des prix unitaires."])
    rc += f_rc_candidature(c, 1)
    rc += A("Contenu de l'offre",
            "L'offre comprend l'acte d'engagement, le bordereau des prix complété et un mémoire technique qui "
            "précise notamment :",
            ["l'organisation des équipes et les plannings d'intervention par site ;",
             "la liste des produits et matériels utilisés, avec leurs fiches techniques ;",
             "les conditions d'accueil, d'encadrement et de formation des personnes recrutées au titre de "
             "l'article 9 du CCP."])
    rc += A("Jugement des offres",
            "Les offres sont jugées selon les critères et les pondérations fixés à l'article 14 du CCP. Une visite "
            "des sites est obligatoire ; elle est organisée les 2 et 3 juin 2027.")
    rc += f_rc_remise(c, "18 juin 2027")
    rc += f_rc_recours(c)
    rc_lab = L(allotissement=0,
               evidence=["Le marché n'est pas alloti"])

    cc = [TITLE("Ville de Lanmorvan", "Cahier des clauses particulières (CCP)",
                "Nettoyage des bâtiments municipaux – accord-cadre à bons de commande", "Réf. NET-2027-02")]
    cc += A("Objet et étendue",
            "Le présent cahier fixe les clauses administratives et certaines clauses d'exécution de l'accord-cadre "
            "de nettoyage des bâtiments suivants :", sites,
            "Le marché est passé en lot unique. Les prestations techniques sont décrites au CCTP.")
    cc += f_pieces(c, 1)
    cc += A("Forme et montant",
            "Le marché est un accord-cadre à bons de commande mono-attributaire, sans montant minimum. Son montant "
            "maximum est fixé à 95~000 € HT par période annuelle d'exécution.")
    cc += A("Durée",
            "L'accord-cadre prend effet le 1er septembre 2027 pour une période d'un an. Il est reconductible "
            "tacitement trois fois par période d'un an ; sa durée totale ne peut excéder quatre ans.")
    cc += f_prix(c, 1)
    cc += f_paiement(c)
    cc += f_penalites(c, 1)
    cc += A("Personnel et continuité du service",
            "Le titulaire applique les stipulations de la convention collective nationale des entreprises de "
            "propreté relatives à la reprise du personnel affecté aux sites en cas de changement de prestataire. "
            "La liste du personnel actuellement affecté figure en annexe 2 du CCTP.",
            "Les absences sont remplacées dès le premier jour ; le titulaire informe le responsable de site de "
            "tout changement d'agent.")
    cc += [H("Article 9 – Recrutements liés à l'exécution du marché"),
           P("Pour pourvoir les postes nécessaires à l'exécution du marché (remplacements, renforts saisonniers, "
             "créations de postes), le titulaire recrute, avec l'appui du facilitateur de la Maison de l'emploi "
             "du bassin de Lanmorvan, des personnes relevant de l'une des situations suivantes :"),
           LST(["demandeurs d'emploi inscrits depuis plus de douze mois ;",
                "bénéficiaires du revenu de solidarité active, de l'allocation de solidarité spécifique ou de "
                "l'allocation aux adultes handicapés ;",
                "jeunes de moins de 26 ans sortis du système scolaire sans diplôme ;",
                "personnes de plus de 50 ans privées d'emploi ;",
                "résidents des quartiers prioritaires de la politique de la ville de Lanmorvan."]),
           P("Ces recrutements représentent, sur la durée totale du marché, au moins 2" + SB + "100 heures de "
             "travail. Le facilitateur atteste la situation des personnes avant leur embauche ; le titulaire lui "
             "transmet chaque semestre les relevés d'heures correspondants."),
           P("Les heures effectuées par le personnel repris au titre de l'article 8 ne sont pas prises en compte. "
             "À défaut de justification des heures, le titulaire encourt une pénalité de 35 € HT par heure "
             "manquante.")]
    cc += A("Produits et matériels",
            "Les produits d'entretien utilisés sont conformes aux exigences de l'Écolabel européen ou d'un label "
            "équivalent ; leur dosage est assuré par des centrales de dilution. Les lavettes et franges sont en "
            "microfibres réutilisables, lavées par le titulaire.",
            "Le titulaire reprend ses emballages vides et ne laisse aucun conditionnement sur les sites.")
    cc += f_oblig_legales(c, 0)
    cc += f_assurances(c, 1)
    cc += f_resiliation(c)
    cc += [H("Article 14 – Jugement des offres"),
           P("Conformément à l'article R. 2152-7 du code de la commande publique, l'offre économiquement la plus "
             "avantageuse est appréciée selon les critères pondérés suivants :"),
           LST(["prix des prestations, apprécié sur le détail estimatif : 50 % ;",
                "valeur technique (organisation, moyens, produits et matériels) : 35 % ;",
                "conditions d'accueil, d'encadrement et de formation des personnes recrutées au titre de "
                "l'article 9 : 15 %."]),
           P("Chaque critère est noté sur 20 ; la note globale est la somme des notes pondérées.")]
    cc += f_litiges(c)
    cc_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2100, critere_social=1,
               clause_environnementale=1, allotissement=0, montant_max_ht=380000,
               evidence=["le titulaire recrute, avec l'appui du facilitateur de la Maison de l'emploi",
                         "au moins 2 100 heures",
                         "formation des personnes recrutées au titre de l'article 9 : 15 %",
                         "Écolabel européen", "lot unique", "95 000 € HT par période annuelle",
                         "reconductible tacitement trois fois", "[× 4 = 380 000]"])

    ae = [TITLE("Ville de Lanmorvan", "Acte d'engagement", "Nettoyage des bâtiments municipaux", "Réf. NET-2027-02")]
    ae += ae_head(c, "nettoyage des bâtiments municipaux (marché en lot unique)")
    ae += ae_titulaire(c)
    ae += A("Prix et montant",
            "Les prestations sont rémunérées par application des prix unitaires du bordereau des prix, annexé au "
            "présent acte. L'accord-cadre est conclu sans montant minimum et avec le montant maximum fixé à "
            "l'article 3 du CCP.")
    ae += A("Durée", "La durée de l'accord-cadre est fixée à l'article 4 du CCP.")
    ae += ae_compte(c)
    ae += ae_signature(c)
    ae_lab = L(allotissement=0, evidence=["marché en lot unique"])

    ct = [TITLE("Ville de Lanmorvan", "Cahier des clauses techniques particulières",
                "Nettoyage des bâtiments municipaux", "Réf. NET-2027-02")]
    ct += A("Sites et horaires",
            "Les prestations sont réalisées dans les sites énumérés au CCP. Les interventions ont lieu entre 6 heures "
            "et 8 h 30 ou après 18 heures, en dehors des heures d'ouverture au public ; dans les écoles, elles ont "
            "lieu après la sortie des classes.")
    ct += A("Fréquences",
            "Les fréquences minimales d'intervention sont les suivantes :")
    ct += [RTAB([["Local", "Fréquence", "Prestation"],
                 ["Bureaux", "2 fois par semaine", "dépoussiérage, vidage des corbeilles, lavage des sols"],
                 ["Sanitaires", "quotidienne", "nettoyage et désinfection, réapprovisionnement"],
                 ["Salles de classe", "quotidienne", "balayage humide, tables et poignées"],
                 ["Vitrerie", "trimestrielle", "faces intérieures et extérieures accessibles"]],
                widths=[1.0, 1.0, 2.0])]
    ct += A("Produits",
            "Les produits utilisés portent l'Écolabel européen ou un label équivalent ; les fiches de données de "
            "sécurité sont tenues à disposition dans chaque local de stockage. Aucun produit en aérosol n'est "
            "admis.")
    ct += A("Formation des agents",
            "Chaque agent affecté au marché reçoit, avant sa première intervention, une formation de 7 heures aux "
            "protocoles de nettoyage des écoles et aux gestes et postures.")
    ct += f_cctp_suivi(c)
    ct_lab = L(clause_environnementale=1,
               evidence=["Les produits utilisés portent l'Écolabel européen ou un label équivalent",
                         "Aucun produit en aérosol n'est admis"])

    return dict(id="d04", title="Ville de Lanmorvan – nettoyage des bâtiments municipaux (MAPA, CCP)",
                pieces=[PIECE("RC_NET-2027-02.pdf", "RC", hdr, "RC – NET-2027-02", rc, rc_lab),
                        PIECE("CCP_NET-2027-02.pdf", "CCAP", hdr, "CCP – NET-2027-02", cc, cc_lab, hyphen=True),
                        PIECE("AE_NET-2027-02.docx", "AE", hdr, "AE – NET-2027-02", ae, ae_lab),
                        PIECE("CCTP_NET-2027-02.docx", "CCTP", hdr, "CCTP – NET-2027-02", ct, ct_lab)],
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=2100, allotissement=0, montant_max_ht=380000),
                note="Engagement dit par son mécanisme (article 9 du CCP « Recrutements liés à l'exécution du "
                     "marché » : facilitateur, publics listés, 2 100 heures sur la durée totale), sans le mot "
                     "« insertion ». Critère social à 15 % dans l'article 14 « Jugement des offres » du CCP (MAPA) ; "
                     "le RC renvoie au CCP et demande au mémoire de décrire l'accueil des personnes recrutées "
                     "(contenu de l'offre : 0). Maximum 95 000 par an × 4 = 380 000. Pièges : reprise du personnel "
                     "de la convention collective, « centre social », 7 heures de formation, horaires, 35 € par heure.")


# d05 — Département du Val-d'Ourse, véloroute : engagements dits par leurs mécanismes (apprentis de moins de
# 26 ans sans qualification avec tuteur ; sous-traitance à une SIAE), sans nombre d'heures.
def d05():
    c = C("le département du Val-d'Ourse", "Saint-Aubrac", ccag="travaux", delai=30,
          profil="https://marchespublics.valdourse.example", ref="VR-2027-07")
    hdr = "Département du Val-d'Ourse – Véloroute de la vallée de l'Ourse, section Brézolles – Saint-Auvent"
    lots = ["lot n° 1 : terrassements, assainissement, chaussée ;",
            "lot n° 2 : signalisation, mobilier de repos, équipements."]
    rc = [TITLE("Département du Val-d'Ourse", "Règlement de la consultation",
                "Aménagement de la véloroute de la vallée de l'Ourse – section Brézolles / Saint-Auvent",
                "Procédure adaptée – réf. VR-2027-07")]
    rc += A("Objet et lots",
            "La consultation porte sur l'aménagement d'une voie verte de 11,4 km entre Brézolles et Saint-Auvent, "
            "sur l'emprise de l'ancienne voie ferrée. Les travaux sont répartis en deux lots :", lots)
    rc += A("Procédure",
            "Procédure adaptée en application de l'article R. 2123-1 1° du code de la commande publique.")
    rc += A("Estimation",
            "Le coût prévisionnel des travaux est de 1~420~000 € HT pour le lot n° 1 et de 440~000 € HT pour le "
            "lot n° 2.")
    rc += f_rc_dossier(c, ["le règlement de la consultation ;", "les actes d'engagement ;", "le CCAP commun ;",
                           "les CCTP ;", "les DPGF ;", "les plans et le dossier géotechnique."])
    rc += f_rc_candidature(c, 0, extra=["l'effectif moyen annuel du candidat et le nombre d'apprentis qu'il a "
                                        "employés au cours de chacune des trois dernières années ;"])
    rc += A("Contenu de l'offre",
            "Pour chaque lot, le candidat remet l'acte d'engagement, la DPGF et un mémoire technique.")
    rc += A("Jugement des offres",
            "Les offres sont jugées lot par lot selon les critères suivants :",
            ["prix : 55 % ;",
             "valeur technique : 45 %, dont méthodologie et phasage (25 %), moyens humains et matériels (10 %), "
             "réemploi des matériaux et gestion des déblais (10 %)."])
    rc += f_rc_nego(c, 0)
    rc += f_rc_remise(c, "9 mars 2027")
    rc += f_rc_recours(c)
    rc_lab = L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=1860000,
               evidence=["Les travaux sont répartis en deux lots",
                         "1 420 000 € HT pour le lot n° 1 et de 440 000 € HT pour le lot n° 2",
                         "[1 420 000 + 440 000 = 1 860 000]",
                         "réemploi des matériaux et gestion des déblais (10 %)"])

    cc = [TITLE("Département du Val-d'Ourse", "Cahier des clauses administratives particulières",
                "Véloroute de la vallée de l'Ourse – section Brézolles / Saint-Auvent", "Réf. VR-2027-07")]
    cc += A("Objet et allotissement",
            "Le présent CCAP fixe les conditions d'exécution des deux lots de l'opération :", lots,
            "Maîtrise d'œuvre : direction des routes du Département, agence technique de Brézolles.")
    cc += f_pieces(c, 0, prixdoc="la décomposition du prix global et forfaitaire (DPGF)")
    cc += A("Délais",
            "Le délai d'exécution est de dix mois pour le lot n° 1 et de quatre mois pour le lot n° 2, dont les "
            "travaux commencent à l'achèvement des couches de roulement de chaque tronçon.")
    cc += f_prix(c, 0)
    cc += f_avance(c, 1)
    cc += f_garantie(c)
    cc += f_paiement(c)
    cc += f_penalites(c, 0)
    cc += f_assurances(c, 0)
    cc += [H("Article 10 – Conditions d'exécution à caractère social"),
           H2("10.1 – Lot n° 1 : accueil de jeunes en alternance"),
           P("Le titulaire du lot n° 1 accueille, pendant toute la durée du chantier, au moins deux jeunes de moins "
             "de 26 ans sortis du système scolaire sans qualification, recrutés en contrat d'apprentissage ou en "
             "contrat de professionnalisation préparant à un titre des travaux publics."),
           P("Chacun d'eux est suivi par un tuteur désigné parmi les chefs d'équipe du titulaire, qui l'accompagne "
             "sur le chantier et participe aux bilans organisés avec l'organisme de formation. Le titulaire "
             "transmet au maître d'ouvrage, avant le démarrage des travaux, la copie des contrats et le nom des "
             "tuteurs."),
           H2("10.2 – Lot n° 2 : sous-traitance"),
           P("Le titulaire du lot n° 2 confie, par voie de sous-traitance déclarée et acceptée dans les conditions "
             "de l'article 3.6 du CCAG, la pose du mobilier de repos, des barrières en bois et des panneaux "
             "d'information à une entreprise d'insertion, à un atelier et chantier d'insertion ou à une "
             "association intermédiaire conventionné au titre de l'article L. 5132-2 du code du travail. Le "
             "montant ainsi sous-traité représente au moins 12 % du montant de son marché."),
           H2("10.3 – Contrôle"),
           P("Le non-respect de ces engagements, constaté par le maître d'œuvre, donne lieu à une pénalité de "
             "3~000 € HT par jeune non accueilli pour le lot n° 1 et de 10 % du montant non sous-traité pour le "
             "lot n° 2.")]
    cc += A("Gestion environnementale du chantier",
            "Les déblais issus des terrassements sont réemployés en remblai sur l'emprise dans la mesure où leurs "
            "caractéristiques le permettent ; les excédents sont évacués vers des installations de stockage de "
            "déchets inertes ou des plateformes de recyclage.",
            "Le ravitaillement et l'entretien des engins se font sur une aire étanche ; aucun rejet n'est admis dans "
            "l'Ourse ni dans les fossés. Les travaux de débroussaillage sont réalisés hors de la période de "
            "nidification, du 15 mars au 31 juillet.")
    cc += f_oblig_legales(c, 1)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc_lab = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=2,
               evidence=["au moins deux jeunes de moins de 26 ans sortis du système scolaire sans qualification",
                         "à une entreprise d'insertion, à un atelier et chantier d'insertion ou à une association "
                         "intermédiaire", "Les déblais issus des terrassements sont réemployés en remblai",
                         "deux lots"])

    ct = [TITLE("Département du Val-d'Ourse", "Cahier des clauses techniques particulières",
                "Lot n° 2 : signalisation, mobilier de repos, équipements", "Réf. VR-2027-07")]
    ct += A("Consistance",
            "Le lot n° 2 comprend la signalisation verticale et horizontale de la voie verte, les barrières de "
            "sécurité aux intersections, la fourniture et la pose de douze aires de repos et de huit panneaux "
            "d'information.")
    ct += A("Signalisation horizontale",
            "Le marquage est réalisé avec des peintures en phase aqueuse, sans solvant, certifiées NF Équipements "
            "de la route ; l'application est interdite par température inférieure à 5 °C.")
    ct += A("Mobilier de repos",
            "Les bancs et tables sont en bois de robinier non traité, d'une durabilité naturelle de classe 1 ou 2 ; "
            "les fixations sont en acier galvanisé. Chaque aire comprend un banc, une table et un support à vélos.")
    ct += A("Barrières",
            "Les barrières chicanes sont en bois et acier, permettant le passage des vélos cargo et des vélos "
            "avec remorque, conformément aux plans de détail.")
    ct += f_cctp_securite(c, 0)
    ct += f_cctp_suivi(c)
    ct_lab = L(clause_environnementale=1, allotissement=1,
               evidence=["Lot n° 2 : signalisation, mobilier de repos, équipements",
                         "peintures en phase aqueuse, sans solvant"])

    ae = [TITLE("Département du Val-d'Ourse", "Acte d'engagement", "Lot n° 2 : signalisation, mobilier de repos, "
                "équipements", "Réf. VR-2027-07")]
    ae += ae_head(c, "aménagement de la véloroute de la vallée de l'Ourse", "lot n° 2")
    ae += ae_titulaire(c)
    ae += A("Prix",
            "Les travaux sont rémunérés par un prix global et forfaitaire dont le montant est porté ci-dessous :",
            ["montant hors taxes : .............................. € ;",
             "montant toutes taxes comprises : .............................. €."])
    ae += A("Sous-traitance envisagée",
            "Le candidat indique ci-dessous les prestations qu'il envisage de sous-traiter dès la remise de son "
            "offre :")
    ae += [TAB([["Nature des prestations", "Dénomination du sous-traitant", "Montant HT"],
                [" ", " ", " "], [" ", " ", " "]], widths=[1.4, 1.4, 0.8])]
    ae += ae_compte(c)
    ae += ae_signature(c)
    ae_lab = L(allotissement=1, evidence=["Lot n° 2 : signalisation, mobilier de repos, équipements"])

    return dict(id="d05", title="Département du Val-d'Ourse – véloroute (2 lots, travaux)",
                pieces=[PIECE("RC_VR-2027-07.docx", "RC", hdr, "RC – VR-2027-07", rc, rc_lab),
                        PIECE("CCAP_VR-2027-07.pdf", "CCAP", hdr, "CCAP – VR-2027-07", cc, cc_lab, hyphen=True),
                        PIECE("CCTP_VR-2027-07_lot2.pdf", "CCTP", hdr, "CCTP lot 2 – VR-2027-07", ct, ct_lab),
                        PIECE("AE_VR-2027-07_lot2.docx", "AE", hdr, "AE lot 2 – VR-2027-07", ae, ae_lab)],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=1860000),
                note="Insertion sans nombre d'heures et dite par ses mécanismes (article 10 du CCAP) : lot 1, deux "
                     "jeunes de moins de 26 ans sans qualification en apprentissage ou professionnalisation avec "
                     "tuteur ; lot 2, sous-traitance d'au moins 12 % à une SIAE. Heures vides. Pièges : nombre "
                     "d'apprentis demandé à la candidature (sélection), pénalité de 3 000 €, "
                     "tableau de sous-traitance vierge à l'AE. Estimation : 1 420 000 + "
                     "440 000.")


# d06 — Département du Haut-Verdan (NÉGATIF) : marché dont l'OBJET est l'accompagnement vers l'emploi des
# bénéficiaires du RSA ; « non réservé au titre de L. 2113-15 » ; aucune clause imposée au titulaire.
def d06():
    c = C("le département du Haut-Verdan", "Roquelaure-sur-Verdan", delai=30,
          profil="https://achats.hautverdan.example", ref="ACC-2027-10")
    hdr = "Département du Haut-Verdan – Accompagnement socioprofessionnel renforcé des bénéficiaires du RSA"
    lots = ["lot n° 1 : territoire d'action sociale du Verdan-Nord ;",
            "lot n° 2 : territoire d'action sociale du Plateau ;",
            "lot n° 3 : territoire d'action sociale des Vallées."]
    av = [TITLE("AVIS DE MARCHÉ – SERVICES SOCIAUX ET AUTRES SERVICES SPÉCIFIQUES", "Département du Haut-Verdan",
                "Accompagnement socioprofessionnel renforcé des bénéficiaires du RSA")]
    av += [H("Section I : acheteur"),
           P("Département du Haut-Verdan, direction de l'insertion et de l'emploi, 1 cours Lacordaire, 12860 "
             "Roquelaure-sur-Verdan."),
           H("Section II : objet"),
           P("II.1.1) Intitulé : accompagnement socioprofessionnel renforcé des bénéficiaires du revenu de "
             "solidarité active vers l'emploi. Référence ACC-2027-10."),
           P("II.1.4) Description succincte : suivi individuel et collectif de 1 150 bénéficiaires du RSA par an, "
             "levée des freins périphériques à l'emploi, mise en relation avec les employeurs du territoire."),
           P("II.1.5) Valeur totale estimée hors TVA : 1 320 000 euros sur trois ans."),
           P("II.1.6) Division en lots : oui ; 3 lots (Verdan-Nord, Plateau, Vallées)."),
           P("II.2.5) Critères d'attribution : valeur technique 70 % (qualité de la méthodologie et des outils 40 ; "
             "qualification et expérience des intervenants 20 ; implantation des lieux d'accueil 10) ; prix 30 %."),
           H("Section III"),
           P("III.1.5) Informations sur les marchés réservés : le marché n'est pas réservé."),
           P("III.2.2) Conditions d'exécution : voir les documents de la consultation."),
           H("Section IV"),
           P("IV.1.1) Procédure adaptée (article R. 2123-1 3° du code de la commande publique). Date limite : 6 "
             "septembre 2027 à 16:00.")]
    av_lab = L(allotissement=1, nb_lots=3, montant_estime_ht=1320000,
               evidence=["Valeur totale estimée hors TVA : 1 320 000 euros", "3 lots"])

    rc = [TITLE("Département du Haut-Verdan", "Règlement de la consultation",
                "Accompagnement socioprofessionnel renforcé des bénéficiaires du RSA", "Réf. ACC-2027-10")]
    rc += A("Objet",
            "Le marché a pour objet l'accompagnement socioprofessionnel renforcé des bénéficiaires du revenu de "
            "solidarité active orientés par les équipes départementales, en vue de leur retour à l'emploi. Il est "
            "divisé en trois lots géographiques :", lots)
    rc += A("Procédure",
            "Les prestations relèvent des services sociaux et autres services spécifiques ; la consultation est "
            "passée selon la procédure adaptée prévue à l'article R. 2123-1 3° du code de la commande publique.",
            "Le marché n'est pas réservé : les conditions de l'article L. 2113-15 du code de la commande publique "
            "ne sont pas mises en œuvre et tout opérateur économique peut soumissionner.")
    rc += A("Durée",
            "Le marché est conclu pour trois ans à compter du 1er janvier 2028.")
    rc += f_rc_dossier(c, ["le présent règlement ;", "l'acte d'engagement de chaque lot ;", "le CCAP ;",
                           "le CCTP et ses annexes statistiques ;", "le bordereau des prix."])
    rc += f_rc_candidature(c, 1, extra=[
        "une liste de prestations d'accompagnement vers l'emploi de publics en difficulté exécutées au cours des "
        "trois dernières années ;",
        "les titres et diplômes des conseillers pressentis (titre de conseiller en insertion professionnelle ou "
        "diplôme de travail social) ;"])
    rc += A("Jugement des offres",
            "Les offres sont jugées lot par lot au regard des critères suivants :",
            ["valeur technique : 70 %, dont qualité de la méthodologie et des outils (40 %), qualification et "
             "expérience des intervenants (20 %), implantation des lieux d'accueil (10 %) ;",
             "prix : 30 %."])
    rc += f_rc_remise(c, "6 septembre 2027", "16 heures")
    rc += f_rc_recours(c)
    rc_lab = L(allotissement=1, nb_lots=3,
               evidence=["Il est divisé en trois lots géographiques"])

    ct = [TITLE("Département du Haut-Verdan", "Cahier des clauses techniques particulières",
                "Accompagnement socioprofessionnel renforcé des bénéficiaires du RSA", "Réf. ACC-2027-10")]
    ct += A("Contexte",
            "Le Département, chef de file de l'action sociale et de l'insertion, compte environ 6 400 foyers "
            "allocataires du RSA. Le programme départemental d'insertion 2026-2030 prévoit un accompagnement "
            "renforcé pour les personnes les plus éloignées de l'emploi.")
    ct += A("Publics",
            "Sont orientés vers le titulaire, par les travailleurs sociaux des territoires d'action sociale :",
            ["les bénéficiaires du RSA soumis aux droits et devoirs, inscrits ou non à France Travail ;",
             "en priorité, les personnes allocataires depuis plus de deux ans ;",
             "les jeunes de moins de 26 ans bénéficiaires du RSA majoré."])
    ct += A("Contenu de l'accompagnement",
            "Pour chaque personne, le titulaire assure un diagnostic partagé dans le mois suivant l'orientation, "
            "puis des entretiens individuels d'au moins deux heures par mois et des ateliers collectifs (techniques "
            "de recherche d'emploi, mobilité, numérique).",
            "Il mobilise les partenaires du territoire : structures d'insertion par l'activité économique, "
            "organismes de formation, bailleurs sociaux, centres communaux d'action sociale. Il met les personnes "
            "en relation avec les entreprises titulaires de marchés publics comportant des clauses d'insertion, en "
            "lien avec le facilitateur départemental.")
    ct += A("Objectifs et indicateurs",
            "Le titulaire vise un taux de sorties positives (emploi durable, emploi de transition, formation "
            "qualifiante) d'au moins 35 % des personnes sorties du dispositif. Il renseigne chaque mois le "
            "tableau de bord départemental.")
    ct += A("Lieux d'accueil et intervenants",
            "Les entretiens ont lieu dans des locaux situés à moins "
            "de trente minutes de transport du domicile des personnes. Les conseillers sont titulaires du titre "
            "de conseiller en insertion professionnelle ou d'un diplôme de travail social.")
    ct += f_cctp_suivi(c)
    ct_lab = L(evidence=[])

    cc = [TITLE("Département du Haut-Verdan", "Cahier des clauses administratives particulières",
                "Accompagnement socioprofessionnel renforcé des bénéficiaires du RSA", "Réf. ACC-2027-10")]
    cc += A("Objet et lots",
            "Le présent CCAP s'applique aux marchés d'accompagnement socioprofessionnel renforcé des bénéficiaires "
            "du RSA, passés pour chacun des lots suivants :", lots)
    cc += f_pieces(c, 0)
    cc += A("Durée",
            "Chaque marché est conclu pour trois ans à compter du 1er janvier 2028. Les personnes en cours "
            "d'accompagnement à l'échéance sont suivies jusqu'au terme de leur parcours, dans la limite de six mois.")
    cc += A("Prix",
            "Les prestations sont rémunérées par un forfait d'entrée par personne accompagnée et par un forfait "
            "mensuel par personne présente dans le dispositif, aux prix du bordereau. Les prix comprennent toutes "
            "les charges fiscales, parafiscales et sociales.")
    cc += f_paiement(c)
    cc += A("Objectifs de résultat",
            "Lorsque le taux de sorties positives constaté sur une année est inférieur à 35 %, le montant des "
            "forfaits mensuels de l'année suivante est minoré de 5 %. Lorsqu'il dépasse 45 %, une prime de 3 % "
            "du montant annuel est versée.")
    cc += f_penalites(c, 1, extra=["Le retard dans la transmission du tableau de bord mensuel donne lieu à une "
                                   "pénalité de 50 € HT par jour."])
    cc += f_confid(c)
    cc += f_oblig_legales(c, 2)
    cc += f_assurances(c, 1)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc_lab = L(allotissement=1, nb_lots=3,
               evidence=["passés pour chacun des lots suivants", "lot n° 3 : territoire d'action sociale des Vallées"])

    return dict(id="d06", title="Département du Haut-Verdan – accompagnement des bénéficiaires du RSA (3 lots, "
                                "objet d'insertion)",
                pieces=[PIECE("AVIS_ACC-2027-10.txt", "AVIS", hdr, "", av, av_lab),
                        PIECE("RC_ACC-2027-10.docx", "RC", hdr, "RC – ACC-2027-10", rc, rc_lab),
                        PIECE("CCTP_ACC-2027-10.pdf", "CCTP", hdr, "CCTP – ACC-2027-10", ct, ct_lab, hyphen=True,
                              cols=2),
                        PIECE("CCAP_ACC-2027-10.pdf", "CCAP", hdr, "CCAP – ACC-2027-10", cc, cc_lab)],
                pos=[],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=1320000),
                note="Négatif : l'objet du marché est l'insertion (accompagnement vers l'emploi), ce qui n'est pas une "
                     "clause d'insertion (LABELS.md). Critères de qualité du service acheté, non sociaux. Pièges : "
                     "publics éloignés de l'emploi décrits au CCTP, SIAE et facilitateur des clauses d'insertion "
                     "comme partenaires, taux de sorties positives, « n'est pas réservé » (L2113-15), « territoire "
                     "d'action sociale », bailleurs sociaux, « deux heures par mois », L5212 à la candidature.")


# d07 — CHI de Pérignac-Valmont, vêtements de travail : travail décent (conventions de l'OIT) dans la chaîne
# d'approvisionnement, critère « performance sociale » pondéré dans un vrai tableau du RC.
def d07():
    c = C("le centre hospitalier intercommunal de Pérignac-Valmont", "Aurillé", delai=50,
          profil="https://achats.chi-perignac-valmont.example", ref="VT-2027-05")
    hdr = "CHI de Pérignac-Valmont – Vêtements de travail et chaussures professionnelles"
    lots = ["lot n° 1 : tenues professionnelles (tuniques, pantalons, blouses) ;",
            "lot n° 2 : chaussures de sécurité et sabots de bloc."]
    av = [TITLE("AVIS DE MARCHÉ", "Centre hospitalier intercommunal de Pérignac-Valmont",
                "Fourniture de vêtements de travail et de chaussures professionnelles")]
    av += [P("Section I – Acheteur : CHI de Pérignac-Valmont, service des achats, 3 rue des Carmes, 63390 Pérignac."),
           P("Section II – Objet : accord-cadre à bons de commande pour la fourniture de vêtements de travail et de "
             "chaussures professionnelles. Référence VT-2027-05. CPV 18100000."),
           P("II.1.6) Ce marché est divisé en lots : oui – 2 lots. Lot 1 : tenues professionnelles. Lot 2 : "
             "chaussures de sécurité et sabots de bloc."),
           P("II.2.4) Montant maximum de l'accord-cadre sur sa durée de quatre ans : lot 1 : 320 000 EUR HT ; "
             "lot 2 : 140 000 EUR HT."),
           P("II.2.5) Critères d'attribution : prix 50 % ; valeur technique 25 % ; performance sociale 15 % ; "
             "performance environnementale 10 %."),
           P("III.1.5) Marché réservé : non."),
           P("III.2.2) Conditions particulières d'exécution : fabrication dans le respect des conventions "
             "fondamentales de l'Organisation internationale du travail, avec communication des sites de "
             "fabrication ; reprise des articles réformés en vue de leur réemploi ou recyclage."),
           P("IV.1.1) Appel d'offres ouvert. Date limite de réception des offres : 14 avril 2027, 12:00."),
           P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif d'Aurillé.")]
    av_lab = L(clause_sociale=1, critere_social=1, clause_environnementale=1, critere_environnemental=1,
               allotissement=1, nb_lots=2, montant_max_ht=460000,
               evidence=["2 lots", "lot 1 : 320 000 EUR HT ; lot 2 : 140 000 EUR HT", "performance sociale 15 %",
                         "performance environnementale 10 %",
                         "fabrication dans le respect des conventions fondamentales de l'Organisation internationale "
                         "du travail", "reprise des articles réformés"])

    rc = [TITLE("Centre hospitalier intercommunal de Pérignac-Valmont", "Règlement de la consultation",
                "Fourniture de vêtements de travail et de chaussures professionnelles",
                "Appel d'offres ouvert – réf. VT-2027-05")]
    rc += A("Objet et allotissement", "La consultation est divisée en deux lots :", lots,
            "Les candidats peuvent répondre à un seul lot ou aux deux lots.")
    rc += A("Forme et durée",
            "Chaque lot fait l'objet d'un accord-cadre à bons de commande mono-attributaire, conclu pour une durée "
            "ferme de quatre ans, avec un montant maximum fixé à l'article 3 du CCAP.")
    rc += f_rc_dossier(c, ["le présent règlement ;", "l'acte d'engagement ;", "le CCAP ;",
                           "le CCTP et ses fiches produits ;", "le bordereau des prix et le détail quantitatif "
                           "estimatif (DQE) de chaque lot."])
    rc += f_rc_candidature(c, 0)
    rc += A("Contenu de l'offre et échantillons",
            "Le candidat remet l'acte d'engagement, le BPU et le DQE, un mémoire technique et, pour chaque article, "
            "un échantillon en taille M ou 42. Le mémoire présente la liste des sites de fabrication (raison "
            "sociale, pays, activité) et les dispositifs de contrôle des conditions de travail mis en place chez "
            "les fabricants.")
    rc += [H("Article # – Critères de jugement des offres"),
           P("L'offre économiquement la plus avantageuse est déterminée, pour chaque lot, au regard des critères "
             "pondérés suivants :"),
           RTAB([["Critère", "Pondération", "Éléments d'appréciation"],
                 ["Prix", "50 %", "montant du DQE"],
                 ["Valeur technique", "25 %", "confort, qualité des échantillons, tenue au lavage industriel"],
                 ["Performance sociale", "15 %", "mesures de contrôle des conditions de travail chez les fabricants "
                  "et leurs sous-traitants : audits sociaux, traçabilité des sites de confection, plans d'action "
                  "correctifs"],
                 ["Performance environnementale", "10 %", "part de fibres recyclées, réduction des emballages, "
                  "modalités de reprise des articles usagés"]],
                widths=[1.1, 0.6, 2.3], align="lrl")]
    rc += f_rc_nego(c, 1)
    rc += f_rc_remise(c, "14 avril 2027")
    rc += f_rc_recours(c)
    rc_lab = L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2,
               evidence=["La consultation est divisée en deux lots",
                         "Performance sociale 15 % mesures de contrôle des conditions de travail chez les fabricants",
                         "Performance environnementale 10 %"])

    cc = [TITLE("Centre hospitalier intercommunal de Pérignac-Valmont", "Cahier des clauses administratives "
                "particulières", "Vêtements de travail et chaussures professionnelles", "Réf. VT-2027-05")]
    cc += A("Objet", "Le présent CCAP s'applique aux accords-cadres des deux lots suivants :", lots)
    cc += f_pieces(c, 1)
    cc += A("Forme et montants maximums",
            "Chaque lot est un accord-cadre à bons de commande sans montant minimum. Les montants maximums, pour la "
            "durée totale de quatre ans, sont les suivants :")
    cc += [RTAB([["Lot", "Montant maximum HT (quatre ans)"],
                 ["Lot n° 1 – tenues professionnelles", "320~000 €"],
                 ["Lot n° 2 – chaussures et sabots", "140~000 €"]], widths=[1.6, 1.0], align="lr")]
    cc += A("Durée", "Chaque accord-cadre est conclu pour une durée ferme de quatre ans à compter du 1er juillet 2027.")
    cc += A("Commandes et livraisons",
            "Les bons de commande sont émis par le service des achats. Les articles sont livrés, marqués au nom de "
            "chaque agent, au magasin central dans un délai de trois semaines ; les réassorts urgents sont livrés "
            "sous 72 heures.")
    cc += f_prix(c, 2)
    cc += f_paiement(c)
    cc += f_penalites(c, 1)
    cc += A("Vérifications et admission",
            "Les livraisons sont vérifiées dans les conditions des articles 29 et 30 du CCAG. Tout article non "
            "conforme est remplacé sous dix jours.")
    cc += A("Garantie",
            "Les articles sont garantis contre tout défaut de fabrication pendant dix-huit mois à compter de leur "
            "livraison.")
    cc += [H("Article 11 – Conditions de travail dans la chaîne d'approvisionnement"),
           H2("11.1 – Engagement"),
           P("Le titulaire s'engage à ce que les articles livrés au titre du marché soient fabriqués, à chaque étape "
             "de leur production, dans des conditions respectant les huit conventions fondamentales de "
             "l'Organisation internationale du travail (travail forcé, travail des enfants, liberté syndicale et "
             "négociation collective, égalité de rémunération et non-discrimination)."),
           H2("11.2 – Transparence"),
           P("Il communique dans le mois suivant la notification la liste des sites de confection et de fabrication "
             "des composants, et la met à jour à chaque changement. À la demande du pouvoir adjudicateur, il produit "
             "les rapports d'audit social de ces sites datant de moins de deux ans, établis par un organisme "
             "indépendant."),
           H2("11.3 – Manquements"),
           P("En cas de manquement constaté, le titulaire présente dans un délai d'un mois un plan d'action "
             "correctif, mis en œuvre dans un délai de trois mois. À défaut, le marché peut être résilié pour "
             "faute, sans indemnité.")]
    cc += A("Reprise des articles réformés",
            "Le titulaire reprend sans frais, à l'occasion des livraisons, les vêtements et chaussures réformés "
            "remis par l'établissement et les oriente vers une filière de réemploi ou de recyclage ; il en justifie "
            "chaque semestre par une attestation de la filière.")
    cc += f_oblig_legales(c, 2)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc_lab = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=460000,
               evidence=["dans des conditions respectant les huit conventions fondamentales de l'Organisation "
                         "internationale du travail", "les rapports d'audit social de ces sites",
                         "les oriente vers une filière de réemploi ou de recyclage", "des deux lots suivants",
                         "[320 000 + 140 000 = 460 000]"])

    ct = [TITLE("Centre hospitalier intercommunal de Pérignac-Valmont", "Cahier des clauses techniques "
                "particulières", "Vêtements de travail et chaussures professionnelles", "Réf. VT-2027-05")]
    ct += A("Lot n° 1 – Tenues professionnelles",
            "Tuniques et pantalons en tissu polyester et coton 65/35, de grammage 165 à 190 g/m², résistant à "
            "60 lavages industriels à 85 °C sans perte de coloris. Coupes féminines et masculines, tailles du XS "
            "au 4XL. Blouses longues blanches à pressions.")
    ct += A("Lot n° 2 – Chaussures et sabots",
            "Chaussures de sécurité conformes à la norme EN ISO 20345 (S2 SRC) et sabots de bloc conformes à la "
            "norme EN ISO 20347, autoclavables à 134 °C, semelle antidérapante.")
    ct += A("Conditionnement",
            "Les articles sont livrés pliés, sans emballage plastique individuel, par colis de dix en carton "
            "recyclé. Les cartons sont repris par le titulaire à la livraison suivante.")
    ct += A("Marquage",
            "Chaque tenue porte, en broderie, le logo de l'établissement et le nom de l'agent ; le marquage résiste "
            "aux conditions de lavage décrites ci-dessus.")
    ct += f_cctp_suivi(c)
    ct_lab = L(clause_environnementale=1, allotissement=1, nb_lots=2,
               evidence=["Lot n° 1 – Tenues professionnelles", "Lot n° 2 – Chaussures et sabots",
                         "sans emballage plastique individuel",
                         "Les cartons sont repris par le titulaire à la livraison suivante"])

    return dict(id="d07", title="CHI de Pérignac-Valmont – vêtements de travail et chaussures (2 lots, fournitures)",
                pieces=[PIECE("AVIS_VT-2027-05.txt", "AVIS", hdr, "", av, av_lab),
                        PIECE("RC_VT-2027-05.pdf", "RC", hdr, "RC – VT-2027-05", rc, rc_lab),
                        PIECE("CCAP_VT-2027-05.docx", "CCAP", hdr, "CCAP – VT-2027-05", cc, cc_lab),
                        PIECE("CCTP_VT-2027-05.pdf", "CCTP", hdr, "CCTP – VT-2027-05", ct, ct_lab, hyphen=True)],
                pos=["clause_sociale", "critere_social", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_max_ht=460000),
                note="Clause sociale sans insertion : travail décent (huit conventions fondamentales de l'OIT, liste "
                     "des sites, audits sociaux) à l'article 11 du CCAP, annoncée par l'avis. Critère « performance "
                     "sociale » 15 % dans un vrai tableau du RC et dans l'avis. Pièges : « raison sociale » des "
                     "fabricants, « audit social », « sous 72 heures », coupes féminines. Maximum : 320 000 + "
                     "140 000 = 460 000.")


# d08 — CA de Sorlac-Lavergne, transport à la demande : égalité femmes-hommes, non-discrimination et
# accessibilité (clause sociale sans insertion) ; 7 heures de formation (piège) ; RC à deux colonnes.
def d08():
    c = C("la communauté d'agglomération de Sorlac-Lavergne", "Pontrieux-la-Forêt", delai=30,
          profil="https://marches.sorlac-lavergne.example", ref="TAD-2027-09")
    hdr = "CA de Sorlac-Lavergne – Exploitation du service de transport à la demande « Sorlibus+ »"
    rc = [TITLE("Communauté d'agglomération de Sorlac-Lavergne", "Règlement de la consultation",
                "Exploitation du service de transport à la demande « Sorlibus+ »",
                "Appel d'offres ouvert – réf. TAD-2027-09")]
    rc += A("Objet",
            "La consultation porte sur l'exploitation du service de transport à la demande « Sorlibus+ », qui "
            "dessert les 23 communes rurales de l'agglomération et les rabat vers les pôles d'échanges de Sorlac "
            "et de Lavergne.",
            "Le marché n'est pas alloti : la réservation, la régulation et la conduite forment un service unique "
            "dont la division compromettrait la continuité.")
    rc += A("Procédure", "Appel d'offres ouvert (articles R. 2124-2 1° et R. 2161-2 à R. 2161-5 du code de la "
            "commande publique).")
    rc += A("Durée et estimation",
            "Le marché est conclu pour quatre ans à compter du 1er janvier 2028. Son montant est estimé à "
            "760" + SB + "000 € HT sur la durée totale.")
    rc += f_rc_dossier(c, ["le présent règlement ;", "l'acte d'engagement ;", "le CCAP ;",
                           "le CCTP et la carte des zones desservies ;", "le bordereau des prix."])
    rc += f_rc_candidature(c, 1, extra=["le certificat d'inscription au registre des transports de personnes ;"])
    rc += A("Contenu de l'offre",
            "Le mémoire technique décrit l'organisation de la centrale de réservation, le parc de véhicules, "
            "l'encadrement, et le plan d'action en faveur de l'égalité prévu à l'article 9 du CCAP.")
    rc += A("Jugement des offres",
            "Les offres sont jugées selon les critères suivants :",
            ["prix : 40 % ;",
             "valeur technique : 45 %, dont organisation du service et de la régulation (25 %) et qualité de "
             "l'accueil et de l'information des voyageurs (20 %) ;",
             "performance environnementale : 15 %, appréciée au vu des émissions de gaz à effet de serre et de "
             "polluants du parc affecté au service."])
    rc += f_rc_remise(c, "2 juillet 2027")
    rc += f_rc_recours(c)
    rc_lab = L(critere_environnemental=1, allotissement=0, montant_estime_ht=760000,
               evidence=["Le marché n'est pas alloti", "estimé à 760 000 € HT sur la durée totale",
                         "performance environnementale : 15 %"])

    cc = [TITLE("Communauté d'agglomération de Sorlac-Lavergne", "Cahier des clauses administratives particulières",
                "Exploitation du service de transport à la demande « Sorlibus+ »", "Réf. TAD-2027-09")]
    cc += A("Objet",
            "Le marché a pour objet l'exploitation du service de transport à la demande « Sorlibus+ » : gestion de "
            "la centrale de réservation, régulation et exécution des courses. Il n'est pas alloti.")
    cc += f_pieces(c, 1)
    cc += A("Durée", "Le marché est conclu pour une durée de quatre ans à compter du 1er janvier 2028.")
    cc += f_prix(c, 1)
    cc += f_paiement(c)
    cc += f_penalites(c, 1, extra=["Toute course réservée et non assurée donne lieu à une pénalité de 150 € HT."])
    cc += f_assurances(c, 1)
    cc += A("Personnel de conduite",
            "Les conducteurs sont titulaires du permis de conduire et des formations obligatoires correspondant aux "
            "véhicules utilisés. Le titulaire communique la liste des conducteurs affectés et l'actualise à chaque "
            "changement.")
    cc += [H("Article 9 – Égalité, non-discrimination et accessibilité"),
           H2("9.1 – Égalité entre les femmes et les hommes"),
           P("Le titulaire met en œuvre, pour le personnel affecté au service, un plan d'action en faveur de "
             "l'égalité entre les femmes et les hommes. Ce plan comprend au minimum des actions de recrutement "
             "visant à porter à 30 % la part des conductrices à l'issue de la deuxième année d'exécution, et "
             "l'aménagement des plannings pour tenir compte des contraintes familiales."),
           P("Le titulaire transmet chaque année au pouvoir adjudicateur un bilan sexué des recrutements, des "
             "rémunérations et des formations du personnel affecté."),
           H2("9.2 – Prévention des discriminations"),
           P("Les personnes chargées des recrutements pour le service suivent, dans les six mois suivant la "
             "notification, une formation à la prévention des discriminations à l'embauche."),
           H2("9.3 – Accueil des voyageurs handicapés"),
           P("Chaque conducteur reçoit, avant sa première prise de service, une formation d'au moins 7 heures à "
             "l'accueil et à l'accompagnement des voyageurs en situation de handicap moteur, sensoriel ou mental. "
             "La centrale de réservation est accessible aux personnes sourdes ou malentendantes et l'information "
             "voyageurs est disponible en version facile à lire et à comprendre."),
           H2("9.4 – Suivi"),
           P("L'absence de transmission du bilan annuel donne lieu à une pénalité de 500 € HT.")]
    cc += A("Véhicules",
            "Les véhicules affectés au service sont à motorisation électrique ou au gaz naturel pour véhicules ; à "
            "titre transitoire, et pendant la première année seulement, des véhicules classés Crit'Air 1 sont "
            "admis. Les conducteurs suivent une formation à l'écoconduite dans les six mois suivant leur affectation.")
    cc += f_oblig_legales(c, 0)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc_lab = L(clause_sociale=1, clause_environnementale=1, allotissement=0,
               evidence=["un plan d'action en faveur de l'égalité entre les femmes et les hommes",
                         "une formation à la prévention des discriminations à l'embauche",
                         "l'accompagnement des voyageurs en situation de handicap",
                         "à motorisation électrique ou au gaz naturel pour véhicules", "Il n'est pas alloti"])

    ct = [TITLE("Communauté d'agglomération de Sorlac-Lavergne", "Cahier des clauses techniques particulières",
                "Service de transport à la demande « Sorlibus+ »", "Réf. TAD-2027-09")]
    ct += A("Fonctionnement du service",
            "Le service fonctionne du lundi au samedi de 6 h 30 à 20 h 30, sauf jours fériés. Les réservations "
            "sont prises jusqu'à la veille à 17 heures, par téléphone, par l'application mobile ou sur le site "
            "internet.")
    ct += A("Véhicules",
            "Le parc comprend au moins six véhicules de huit places assises, dont quatre équipés d'une rampe "
            "d'accès et d'un emplacement pour fauteuil roulant. Les véhicules sont à motorisation électrique ou au "
            "gaz naturel pour véhicules, conformément à l'article 10 du CCAP.")
    ct += [H("Article # – Indicateurs de qualité"),
           TAB([["Indicateur", "Objectif"],
                ["Courses réalisées à l'heure (± 10 minutes)", "95 %"],
                ["Appels décrochés en moins de 2 minutes", "90 %"],
                ["Réclamations traitées sous 8 jours", "100 %"]], widths=[2.0, 0.8])]
    ct += f_cctp_suivi(c)
    ct_lab = L(clause_sociale="?", clause_environnementale=1,
               evidence=["dont quatre équipés d'une rampe d'accès et d'un emplacement pour fauteuil roulant",
                         "Les véhicules sont à motorisation électrique ou au gaz naturel pour véhicules"])

    return dict(id="d08", title="CA de Sorlac-Lavergne – transport à la demande (non alloti, services)",
                pieces=[PIECE("RC_TAD-2027-09.pdf", "RC", hdr, "RC – TAD-2027-09", rc, rc_lab, hyphen=True, cols=2),
                        PIECE("CCAP_TAD-2027-09.pdf", "CCAP", hdr, "CCAP – TAD-2027-09", cc, cc_lab, hyphen=True),
                        PIECE("CCTP_TAD-2027-09.docx", "CCTP", hdr, "CCTP – TAD-2027-09", ct, ct_lab)],
                pos=["clause_sociale", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_estime_ht=760000),
                note="Clause sociale sans insertion (article 9 du CCAP) : plan égalité femmes-hommes, formation à la "
                     "prévention des discriminations, accueil des voyageurs handicapés. « 7 heures » de formation : "
                     "pas des heures d'insertion. Critères : aucun critère social (« qualité de l'accueil des "
                     "voyageurs » = qualité du service). Le RC renvoie au plan d'action (contenu de l'offre : 0). "
                     "CCTP : véhicules équipés pour fauteuil roulant, spécification du service ou engagement "
                     "d'accessibilité : « ? ».")


# d09 — Logis du Pays de Lorvan, chaudières (NÉGATIF) : bailleur social ; fiche de renseignements demandant si
# le candidat a déjà exécuté des clauses d'insertion ; clauses et critère environnementaux seulement.
def d09():
    c = C("Logis du Pays de Lorvan", "Saint-Hermel", delai=30, profil="https://logis-lorvan.marches.example",
          ref="CHAUD-2027-14")
    c["Qui"] = "Logis du Pays de Lorvan, société anonyme d'habitations à loyer modéré"
    hdr = "Logis du Pays de Lorvan – Entretien et dépannage des chaudières individuelles gaz"
    rc = [TITLE("Logis du Pays de Lorvan", "Règlement de la consultation",
                "Entretien annuel et dépannage des chaudières individuelles gaz du patrimoine",
                "Appel d'offres ouvert – réf. CHAUD-2027-14")]
    rc += A("Acheteur et objet",
            "Logis du Pays de Lorvan, société anonyme d'habitations à loyer modéré, est un bailleur social qui gère "
            "3 900 logements locatifs sociaux. La consultation porte sur l'entretien annuel obligatoire et le "
            "dépannage des 1~240 chaudières individuelles au gaz naturel installées dans ses résidences.")
    rc += A("Procédure et allotissement",
            "La consultation est passée par appel d'offres ouvert. Le marché n'est pas alloti : l'entretien et le "
            "dépannage d'un même appareil ne peuvent être confiés à des entreprises différentes sans nuire à la "
            "responsabilité de chacune.")
    rc += A("Forme et durée",
            "Le marché est un accord-cadre à bons de commande conclu pour un an, reconductible tacitement trois fois ; "
            "son montant maximum est fixé au CCAP.")
    rc += f_rc_dossier(c, ["le présent règlement et son annexe 1 (fiche de renseignements du candidat) ;",
                           "l'acte d'engagement ;", "le CCAP ;", "le CCTP et la liste des résidences ;",
                           "le bordereau des prix unitaires."])
    rc += f_rc_candidature(c, 1, extra=["la fiche de renseignements du candidat (annexe 1 au présent règlement), "
                                        "complétée et signée ;",
                                        "une attestation de qualification pour l'entretien des appareils à gaz ;"])
    rc += A("Jugement des offres",
            "Les offres sont jugées selon les critères suivants :",
            ["prix, apprécié sur un détail quantitatif estimatif : 50 % ;",
             "valeur technique : 40 %, dont organisation des visites d'entretien (20 %), délais et organisation des "
             "dépannages (10 %), relation avec les locataires (10 %) ;",
             "performance environnementale : 10 %, appréciée au vu des modalités de reprise et de valorisation des "
             "pièces remplacées et de l'optimisation des tournées."],
            "Les renseignements de la fiche de l'annexe 1 ne sont pas pris en compte dans le jugement des offres.")
    rc += f_rc_remise(c, "21 octobre 2027")
    rc += f_rc_recours(c)
    rc_lab = L(critere_environnemental=1, allotissement=0,
               evidence=["Le marché n'est pas alloti", "performance environnementale : 10 %"])

    fo = [TITLE("Logis du Pays de Lorvan", "Annexe 1 au règlement de la consultation",
                "Fiche de renseignements du candidat", "Réf. CHAUD-2027-14")]
    fo += [H("1. Identification du candidat"),
           TAB([["Rubrique", "Réponse du candidat"],
                ["Dénomination ou raison sociale", " "],
                ["Forme juridique et capital social", " "],
                ["Adresse du siège social", " "],
                ["Numéro SIRET", " "],
                ["Effectif total au 31 décembre 2026", " "],
                ["dont apprentis et contrats de professionnalisation", " "]], widths=[1.6, 1.2]),
           H("2. Situation du candidat au regard de l'emploi"),
           P("Ces questions sont posées à titre d'information statistique."),
           TAB([["Question", "Réponse"],
                ["Le candidat est-il assujetti à l'obligation d'emploi des travailleurs handicapés (articles L. 5212-1 "
                 "et suivants du code du travail) ?", "☐ oui ☐ non"],
                ["Le candidat est-il une entreprise adaptée, un ESAT ou une structure d'insertion par l'activité "
                 "économique ?", "☐ oui ☐ non"],
                ["Le candidat relève-t-il de l'économie sociale et solidaire ?", "☐ oui ☐ non"],
                ["Le candidat a-t-il déjà exécuté des marchés comportant une clause sociale d'insertion ? Si oui, "
                 "indiquer les marchés et le nombre d'heures d'insertion réalisées au cours des trois dernières "
                 "années : ........ heures", "☐ oui ☐ non"]], widths=[2.4, 0.8]),
           H("3. Références"),
           TAB([["Maître d'ouvrage", "Nombre d'appareils", "Période", "Contact"],
                [" ", " ", " ", " "], [" ", " ", " ", " "]]),
           H("4. Engagement"),
           P("Le candidat certifie l'exactitude des renseignements ci-dessus. Fait à ................, le "
             "................ Signature :")]
    fo_lab = L(evidence=[])

    cc = [TITLE("Logis du Pays de Lorvan", "Cahier des clauses administratives particulières",
                "Entretien annuel et dépannage des chaudières individuelles gaz", "Réf. CHAUD-2027-14")]
    cc += A("Objet",
            "Le marché porte sur l'entretien annuel des 1~240 chaudières individuelles gaz du patrimoine de Logis "
            "du Pays de Lorvan et sur leur dépannage. Il est passé en lot unique.")
    cc += f_pieces(c, 0)
    cc += A("Forme et montant maximum",
            "Le marché est un accord-cadre à bons de commande sans montant minimum, dont le montant maximum est fixé "
            "à 180~000 € HT par période annuelle.")
    cc += A("Durée",
            "L'accord-cadre est conclu pour un an à compter du 1er janvier 2028 ; il est reconductible tacitement "
            "trois fois par période d'un an.")
    cc += f_prix(c, 1)
    cc += f_paiement(c)
    cc += f_penalites(c, 1, extra=["Toute visite d'entretien non réalisée à la fin de la campagne annuelle donne "
                                   "lieu à une pénalité de 60 € HT par logement."])
    cc += A("Relations avec les locataires",
            "Le titulaire avise les locataires au moins huit jours avant la visite et propose des créneaux de deux "
            "heures, dont un le samedi matin. En période de chauffe, un logement privé de chauffage ou d'eau chaude "
            "est dépanné dans les 24 heures suivant l'appel.",
            "Le personnel du titulaire présente une carte professionnelle et respecte la vie privée des occupants.")
    cc += A("Pièces remplacées et déchets",
            "Les pièces remplacées et les appareils déposés sont repris par le titulaire et remis à des filières "
            "agréées de valorisation des équipements électriques et électroniques ; le titulaire en remet les "
            "justificatifs chaque trimestre.",
            "Le titulaire organise ses tournées par secteur afin de limiter les déplacements ; ses véhicules "
            "d'intervention sont classés Crit'Air 1 ou électriques.")
    cc += f_oblig_legales(c, 0)
    cc += f_assurances(c, 1)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc_lab = L(clause_environnementale=1, allotissement=0, montant_max_ht=720000,
               evidence=["Il est passé en lot unique", "180 000 € HT par période annuelle",
                         "reconductible tacitement trois fois", "[180 000 × 4 = 720 000]",
                         "remis à des filières agréées de valorisation"])

    ct = [TITLE("Logis du Pays de Lorvan", "Cahier des clauses techniques particulières",
                "Entretien annuel et dépannage des chaudières individuelles gaz", "Réf. CHAUD-2027-14")]
    ct += A("Parc concerné",
            "Le parc comprend 1~240 chaudières murales à condensation ou à ventouse, de puissance comprise entre 18 et "
            "28 kW, réparties dans 31 résidences dont la liste figure en annexe.")
    ct += A("Contenu de la visite d'entretien", "La visite annuelle comprend au minimum les opérations suivantes :")
    ct += [TAB([["Opération", "Contenu"],
                ["Nettoyage", "corps de chauffe, brûleur, siphon des condensats"],
                ["Vérifications", "étanchéité, organes de sécurité, vase d'expansion, évacuation des produits de "
                                  "combustion"],
                ["Mesures", "teneur en monoxyde de carbone de l'air ambiant, rendement"],
                ["Attestation", "attestation d'entretien remise à l'occupant dans les quinze jours"]],
               widths=[0.8, 2.2])]
    ct += A("Dépannages",
            "Les dépannages sont assurés du lundi au samedi de 8 heures à 19 heures ; une astreinte couvre les "
            "dimanches et jours fériés pour les seuls cas de fuite de gaz ou d'absence totale de chauffage.")
    ct += f_cctp_securite(c, 1)
    ct += f_cctp_suivi(c)
    ct_lab = L(evidence=[])

    return dict(id="d09", title="Logis du Pays de Lorvan (SA d'HLM) – entretien et dépannage des chaudières gaz "
                                "(non alloti)",
                pieces=[PIECE("RC_CHAUD-2027-14.pdf", "RC", hdr, "RC – CHAUD-2027-14", rc, rc_lab),
                        PIECE("Annexe1-RC_fiche-candidat_CHAUD-2027-14.docx", "FORM", hdr, "Annexe 1 au RC – "
                              "CHAUD-2027-14", fo, fo_lab),
                        PIECE("CCAP_CHAUD-2027-14.pdf", "CCAP", hdr, "CCAP – CHAUD-2027-14", cc, cc_lab, hyphen=True),
                        PIECE("CCTP_CHAUD-2027-14.docx", "CCTP", hdr, "CCTP – CHAUD-2027-14", ct, ct_lab)],
                pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_max_ht=720000),
                note="Aucune clause ni aucun critère social. Pièges : « bailleur social », « logements locatifs "
                     "sociaux », « capital social » ; fiche de renseignements (FORM) qui demande si le candidat a déjà "
                     "exécuté des clauses d'insertion et combien d'heures (« ........ heures »), s'il est EA/ESAT/SIAE "
                     "ou ESS, ses apprentis (information, hors jugement) ; 1 240 chaudières ; créneaux de deux "
                     "heures, 24 heures. Maximum 180 000 par an, un an + trois reconductions : 720 000.")


# d10 — Maurelhac, groupe scolaire : heures par lot au CCAP, total au RC (deux colonnes, nombre coupé),
# critère d'insertion 15 % au RC ; registre Q/R qui ramène les heures du lot 2 de 300 à 200.
def d10():
    c = C("la commune de Maurelhac", "Lézignac", ccag="travaux", delai=30,
          profil="https://maurelhac.marches-publics.example", ref="GS-2027-03")
    hdr = "Commune de Maurelhac – Extension du groupe scolaire Les Aulnes"
    lots = ["lot n° 1 : gros œuvre, voirie et réseaux divers, étanchéité ;",
            "lot n° 2 : cloisons, plâtrerie, menuiseries intérieures, peinture."]
    rc = [TITLE("Commune de Maurelhac", "Règlement de la consultation", "Extension du groupe scolaire Les Aulnes",
                "Procédure adaptée – travaux – réf. GS-2027-03")]
    rc += A("Objet et lots",
            "La consultation porte sur l'extension du groupe scolaire Les Aulnes : construction de quatre classes, "
            "d'un restaurant scolaire et d'un préau. Les travaux sont divisés en deux lots :", lots)
    rc += A("Procédure", "Procédure adaptée en application de l'article R. 2123-1 1° du code de la commande publique.")
    rc += A("Estimation",
            "Le montant estimé des travaux est de 2~150~000 € HT, dont 1~480~000 € HT pour le lot n° 1 et "
            "670~000 € HT pour le lot n° 2.")
    rc += A("Clause d'insertion",
            "Conformément à l'article 9 du CCAP, les deux lots comportent une clause d'insertion : le titulaire de "
            "chaque lot réserve aux publics éloignés de l'emploi un volume minimal d'heures de travail, soit pour "
            "l'ensemble de l'opération 1" + SB + "200 heures (900 heures pour le lot n° 1 et 300 heures pour le lot n° 2).")
    rc += f_rc_dossier(c, ["le présent règlement ;", "les actes d'engagement ;", "le CCAP ;", "les CCTP ;",
                           "les DPGF ;", "les plans de l'architecte."])
    rc += f_rc_candidature(c, 0)
    rc += A("Contenu de l'offre",
            "Pour chaque lot, le candidat remet l'acte d'engagement, la DPGF, un mémoire technique et une note d'au "
            "plus quatre pages décrivant les modalités d'accueil, de tutorat et de formation des personnes en "
            "insertion.")
    rc += A("Jugement des offres",
            "Les offres sont jugées lot par lot selon les critères pondérés suivants :",
            ["prix : 50 % ;",
             "valeur technique : 35 % ;",
             "performance en matière d'insertion professionnelle des publics en difficulté : 15 %, appréciée au vu "
             "de la note prévue à l'article 7."])
    rc += f_rc_questions(c)
    rc += f_rc_remise(c, "26 mai 2027")
    rc += f_rc_recours(c)
    rc_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, critere_social=1, allotissement=1,
               nb_lots=2, montant_estime_ht=2150000,
               evidence=["les deux lots comportent une clause d'insertion", "soit pour l'ensemble de l'opération 1 200 heures",
                         "performance en matière d'insertion professionnelle des publics en difficulté : 15 %",
                         "Le montant estimé des travaux est de 2 150 000 € HT"])

    cc = [TITLE("Commune de Maurelhac", "Cahier des clauses administratives particulières",
                "Extension du groupe scolaire Les Aulnes", "Réf. GS-2027-03")]
    cc += A("Objet et lots", "Le présent CCAP est commun aux deux lots de l'opération :", lots)
    cc += f_pieces(c, 1, prixdoc="la décomposition du prix global et forfaitaire (DPGF)")
    cc += A("Délais",
            "Le délai global d'exécution est de quatorze mois, période de préparation de six semaines incluse. Les "
            "travaux intérieurs du bâtiment existant sont réalisés pendant les vacances scolaires d'été.")
    cc += f_prix(c, 0)
    cc += f_avance(c, 1)
    cc += f_garantie(c)
    cc += f_paiement(c)
    cc += f_penalites(c, 0)
    cc += [H("Article 9 – Clause sociale d'insertion"),
           H2("9.1 – Principe"),
           P("En application de l'article L. 2112-2 du code de la commande publique, chaque titulaire réalise une "
             "action d'insertion en réservant une part des heures de travail générées par son marché à des personnes "
             "éloignées de l'emploi."),
           H2("9.2 – Volume d'heures"),
           P("Le volume minimal d'heures de travail d'insertion est fixé comme suit :"),
           LST(["lot n° 1 : 900 heures ;", "lot n° 2 : 300 heures."]),
           H2("9.3 – Publics"),
           P("Sont concernés, après validation par le facilitateur de la communauté de communes : les demandeurs "
             "d'emploi de longue durée, les bénéficiaires du RSA, les jeunes de moins de 26 ans sans qualification, "
             "les travailleurs reconnus handicapés et les salariés des structures d'insertion par l'activité "
             "économique."),
           H2("9.4 – Modalités"),
           P("Le titulaire choisit entre l'embauche directe, la mise à disposition de salariés par une entreprise de "
             "travail temporaire d'insertion, une association intermédiaire ou un groupement d'employeurs pour "
             "l'insertion et la qualification, et la sous-traitance à une entreprise d'insertion."),
           H2("9.5 – Suivi et pénalités"),
           P("Le titulaire remet chaque mois l'état des heures réalisées. Toute heure non réalisée donne lieu à une "
             "pénalité de 70 € HT.")]
    cc += A("Chantier à faibles nuisances",
            "Les titulaires appliquent la charte de chantier à faibles nuisances jointe au dossier : tri des déchets "
            "en bennes séparées, nettoyage des roues des véhicules en sortie de chantier, limitation du bruit aux "
            "abords de l'école en service, suivi des consommations d'eau et d'électricité du chantier.")
    cc += f_oblig_legales(c, 1)
    cc += f_assurances(c, 0)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, clause_environnementale=1,
               allotissement=1, nb_lots=2,
               evidence=["chaque titulaire réalise une action d'insertion", "lot n° 1 : 900 heures",
                         "lot n° 2 : 300 heures", "[900 + 300 = 1 200]", "tri des déchets en bennes séparées",
                         "commun aux deux lots"])

    qr = [TITLE("Commune de Maurelhac", "Registre des questions et réponses n° 1",
                "Extension du groupe scolaire Les Aulnes – réf. GS-2027-03", "Publié le 12 mai 2027")]
    qr += [P("Les réponses ci-dessous sont communiquées à l'ensemble des candidats ayant retiré le dossier. Elles "
             "complètent ou modifient les pièces de la consultation."),
           H("Question 1"),
           P("Une visite du site est-elle obligatoire ?"),
           P("Réponse : non. Elle est conseillée et peut être organisée sur rendez-vous le mercredi après-midi."),
           H("Question 2"),
           P("Les heures de formation suivies par les personnes en insertion sont-elles comptées dans le volume de "
             "l'article 9 du CCAP ?"),
           P("Réponse : les heures de formation hors chantier ne sont pas décomptées ; seules les heures de travail "
             "sur le chantier le sont."),
           H("Question 3"),
           P("Pour le lot n° 2, le volume de 300 heures paraît élevé au regard de la part de main-d'œuvre du lot. "
             "Peut-il être revu ?"),
           P("Réponse : oui. Le volume d'heures d'insertion du lot n° 2 est ramené à 200 heures. L'article 9.2 du "
             "CCAP est modifié en ce sens ; le volume du lot n° 1 est inchangé."),
           H("Question 4"),
           P("La note de quatre pages relative à l'insertion est-elle à produire pour chaque lot ?"),
           P("Réponse : oui, une note par lot. Elle sert à noter le critère « performance en matière d'insertion "
             "professionnelle des publics en difficulté », pondéré à 15 %."),
           H("Question 5"),
           P("La date limite de remise des offres est-elle reportée ?"),
           P("Réponse : non, elle reste fixée au 26 mai 2027 à 12 heures.")]
    qr_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=200, critere_social=1, allotissement=1,
               evidence=["Le volume d'heures d'insertion du lot n° 2 est ramené à 200 heures",
                         "« performance en matière d'insertion professionnelle des publics en difficulté », pondéré "
                         "à 15 %"])

    ae = [TITLE("Commune de Maurelhac", "Acte d'engagement", "Lot n° 1 : gros œuvre, voirie et réseaux divers, "
                "étanchéité", "Réf. GS-2027-03")]
    ae += ae_head(c, "extension du groupe scolaire Les Aulnes", "lot n° 1")
    ae += ae_titulaire(c)
    ae += A("Prix",
            "Les travaux sont rémunérés par un prix global et forfaitaire : montant HT .............................. € ; "
            "TVA 20 % .............................. € ; montant TTC .............................. €.")
    ae += A("Délai", "Le délai d'exécution est celui fixé à l'article 3 du CCAP.")
    ae += ae_compte(c)
    ae += ae_signature(c)
    ae_lab = L(allotissement=1, evidence=["Lot n° 1 : gros œuvre, voirie et réseaux divers"])

    return dict(id="d10", title="Commune de Maurelhac – extension du groupe scolaire (2 lots, travaux)",
                pieces=[PIECE("RC_GS-2027-03.pdf", "RC", hdr, "RC – GS-2027-03", rc, rc_lab, hyphen=True, cols=2),
                        PIECE("CCAP_GS-2027-03.pdf", "CCAP", hdr, "CCAP – GS-2027-03", cc, cc_lab),
                        PIECE("QR-1_GS-2027-03.docx", "QR", hdr, "Questions-réponses – GS-2027-03", qr, qr_lab),
                        PIECE("AE_GS-2027-03_lot1.docx", "AE", hdr, "AE lot 1 – GS-2027-03", ae, ae_lab)],
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=1100, allotissement=1, nb_lots=2, montant_estime_ht=2150000),
                note="Heures : CCAP 900 (lot 1) + 300 (lot 2), total 1 200 écrit au RC (deux colonnes, coupé « 1 » / "
                     "« 200 heures ») ; le registre Q/R ramène le lot 2 à 200 heures et modifie l'article 9.2 du CCAP : "
                     "dossier 900 + 200 = 1 100. Le Q/R reçoit 200 (seul lot qu'il fixe). Critère d'insertion 15 % "
                     "(RC, rappelé au Q/R). Pièges : heures de formation non décomptées, 70 € par heure, « 12 heures ».")


# d11 — SMCV du Haut-Lizon, encombrants et déchèteries : clause d'insertion au sous-article 11.2, publics du
# 11.2.3 en liste après un saut de page, heures « 7 % … soit au minimum 1 610 heures » (nombre coupé) ;
# sous-critère d'insertion dans la valeur technique d'un RC à deux colonnes ; avis sans le sous-critère.
def d11():
    c = C("le syndicat mixte de collecte et de valorisation des déchets du Haut-Lizon", "Mont-Ardoux", delai=30,
          profil="https://smcv-hautlizon.marches.example", ref="ENC-2027-06")
    hdr = "SMCV du Haut-Lizon – Collecte des encombrants et exploitation du haut de quai des déchèteries"
    av = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Syndicat mixte de collecte et de valorisation des déchets "
                "du Haut-Lizon", "Collecte des encombrants et exploitation du haut de quai des déchèteries")]
    av += [P("I.1) Nom et adresse : SMCV du Haut-Lizon, zone des Fontaines, 39570 Lizon-le-Haut."),
           P("II.1.1) Intitulé : collecte des encombrants sur rendez-vous et exploitation du haut de quai des "
             "déchèteries de Lizon-le-Haut, Vaudrey et Chantrans. Référence ENC-2027-06."),
           P("II.1.5) Valeur totale estimée : 2 400 000 EUR HT sur cinq ans."),
           P("II.1.6) Division en lots : non."),
           P("II.2.5) Critères d'attribution : prix 45 ; valeur technique 40 ; performance environnementale 15."),
           P("III.1.5) Marché réservé : non."),
           P("III.2.2) Conditions particulières d'exécution : clause d'insertion professionnelle représentant 7 % des "
             "heures de main-d'œuvre (article 11.2 du CCAP) ; véhicules de collecte fonctionnant au GNV ou au "
             "bioGNV."),
           P("IV.1.1) Appel d'offres ouvert. IV.2.2) Date limite de réception des offres : 30 juin 2027 à 12:00."),
           P("VI.3) Visite obligatoire des déchèteries. VI.4.1) Recours : tribunal administratif de Mont-Ardoux.")]
    av_lab = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, critere_environnemental=1,
               allotissement=0, montant_estime_ht=2400000,
               evidence=["Valeur totale estimée : 2 400 000 EUR HT", "Division en lots : non",
                         "clause d'insertion professionnelle représentant 7 % des heures de main-d'œuvre",
                         "véhicules de collecte fonctionnant au GNV", "performance environnementale 15"])

    rc = [TITLE("SMCV du Haut-Lizon", "Règlement de la consultation",
                "Collecte des encombrants et exploitation du haut de quai des déchèteries",
                "Appel d'offres ouvert – réf. ENC-2027-06")]
    rc += A("Objet",
            "La consultation porte sur la collecte des encombrants sur rendez-vous dans les 48 communes du syndicat "
            "et sur l'exploitation du haut de quai des déchèteries de Lizon-le-Haut, Vaudrey et Chantrans (accueil "
            "des usagers, orientation des apports, gestion des bennes).")
    rc += A("Procédure et allotissement",
            "Appel d'offres ouvert. Le marché n'est pas alloti : les agents de collecte assurent aussi le "
            "remplacement des agents de quai, ce qui impose un titulaire unique.")
    rc += A("Durée et estimation",
            "Le marché est conclu pour cinq ans à compter du 1er janvier 2028. Son montant est estimé à "
            "2" + SB + "400~000 € HT pour la durée totale.")
    rc += f_rc_dossier(c, ["le présent règlement ;", "l'acte d'engagement ;", "le CCAP ;", "le CCTP ;",
                           "le bordereau des prix et le détail quantitatif estimatif."])
    rc += A("Visite", "Une visite des trois déchèteries est obligatoire ; une attestation est remise à chaque "
            "candidat. Elle a lieu le 8 juin 2027 à 9 heures.")
    rc += f_rc_candidature(c, 0)
    rc += A("Contenu de l'offre",
            "L'offre comprend l'acte d'engagement, le bordereau des prix, le détail quantitatif estimatif et un "
            "mémoire technique structuré selon les sous-critères de l'article 8.")
    rc += [H("Article 8 – Jugement des offres"),
           P("Les offres sont notées sur 100 points selon les critères et sous-critères suivants :"),
           LST(["1. Prix : 45 points.",
                "2. Valeur technique : 40 points, décomposée en : 2.1 organisation et moyens affectés à la collecte "
                "et au haut de quai (20 points) ; 2.2 plan de prévention des risques et formation des agents "
                "(10 points) ; 2.3 moyens proposés pour l'accueil, l'encadrement et l'accompagnement des personnes "
                "en parcours d'insertion (10 points).",
                "3. Performance environnementale : 15 points (émissions des véhicules, taux de réemploi proposé)."])]
    rc += f_rc_remise(c, "30 juin 2027")
    rc += f_rc_recours(c)
    rc_lab = L(critere_social=1, critere_environnemental=1, allotissement=0, montant_estime_ht=2400000,
               evidence=["Le marché n'est pas alloti", "estimé à 2 400 000 € HT",
                         "2.3 moyens proposés pour l'accueil, l'encadrement et l'accompagnement des personnes en "
                         "parcours d'insertion (10 points)", "3. Performance environnementale : 15 points"])

    cc = [TITLE("SMCV du Haut-Lizon", "Cahier des clauses administratives particulières",
                "Collecte des encombrants et exploitation du haut de quai des déchèteries", "Réf. ENC-2027-06")]
    cc += A("Objet",
            "Le marché a pour objet la collecte des encombrants sur rendez-vous et l'exploitation du haut de quai "
            "des trois déchèteries du syndicat. Il n'est pas divisé en lots.")
    cc += f_pieces(c, 0, prixdoc="le bordereau des prix unitaires et forfaitaires")
    cc += A("Durée", "Le marché est conclu pour une durée ferme de cinq ans à compter du 1er janvier 2028.")
    cc += f_prix(c, 1)
    cc += f_avance(c, 0)
    cc += f_paiement(c)
    cc += f_penalites(c, 1, extra=["Tout rendez-vous de collecte non honoré donne lieu à une pénalité de 80 € HT ; "
                                   "toute fermeture non autorisée d'une déchèterie, à une pénalité de 400 € HT par "
                                   "demi-journée."])
    cc += A("Personnel",
            "Le titulaire affecte deux agents de quai par déchèterie aux heures d'ouverture. Il communique "
            "l'organigramme du personnel affecté et tout changement dans les huit jours.")
    cc += f_assurances(c, 1)
    cc += A("Compte rendu d'activité",
            "Le titulaire remet chaque mois un rapport indiquant les tonnages collectés par flux, le nombre de "
            "rendez-vous honorés et les incidents survenus.")
    cc += [H("Article 11 – Clauses sociales et environnementales"),
           H2("11.1 – Dispositions environnementales"),
           P("Les véhicules de collecte affectés au marché fonctionnent au GNV ou au bioGNV. Les objets encore "
             "utilisables repérés lors des collectes ou déposés en déchèterie sont orientés vers la recyclerie du "
             "syndicat en vue de leur réemploi."),
           H2("11.2 – Action d'insertion professionnelle"),
           H2("11.2.1 – Objet"),
           P("Le titulaire met en œuvre, pendant toute la durée du marché, une action d'insertion professionnelle au "
             "bénéfice de personnes éloignées de l'emploi, dans les conditions ci-après."),
           H2("11.2.2 – Volume horaire"),
           P("Le volume d'heures de travail à réserver aux publics définis à l'article 11.2.3 est fixé à 7 % des "
             "heures de main-d'œuvre nécessaires à l'exécution du marché, que le syndicat estime à 23~000 heures sur "
             "toute la durée du marché (cinq années), soit au minimum 1" + SB + "610 heures."),
           H2("11.2.3 – Publics éligibles"),
           P("Sont éligibles, après validation de leur situation par le facilitateur de la Maison de l'emploi du "
             "Haut-Lizon, les personnes suivantes :"),
           ("pagebreak",),
           LST(["demandeurs d'emploi de longue durée, inscrits depuis plus de douze mois ;",
                "bénéficiaires du RSA, de l'ASS ou de l'AAH ;",
                "jeunes de moins de 26 ans de niveau infra-CAP ;",
                "personnes reconnues travailleurs handicapés ;",
                "salariés en parcours dans une structure d'insertion par l'activité économique ;",
                "toute autre personne rencontrant des difficultés particulières, sur avis motivé du facilitateur."]),
           H2("11.2.4 – Modalités de mise en œuvre"),
           P("Le titulaire peut recourir à l'embauche directe, à la mise à disposition de salariés par une "
             "entreprise de travail temporaire d'insertion, une association intermédiaire ou un groupement "
             "d'employeurs pour l'insertion et la qualification, ou à la sous-traitance à une structure d'insertion "
             "par l'activité économique."),
           H2("11.2.5 – Suivi"),
           P("Le titulaire transmet au facilitateur, chaque trimestre, un état des heures réalisées et des personnes "
             "concernées. Un bilan est présenté à la réunion annuelle de suivi du marché."),
           H2("11.2.6 – Pénalités"),
           P("Chaque heure non réalisée à la fin de chaque année d'exécution, au prorata du volume total, donne lieu "
             "à une pénalité de 60 € HT.")]
    cc += f_oblig_legales(c, 0)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1610, clause_environnementale=1,
               allotissement=0,
               evidence=["une action d'insertion professionnelle au bénéfice de personnes éloignées de l'emploi",
                         "soit au minimum 1 610 heures", "fonctionnent au GNV ou au bioGNV",
                         "Il n'est pas divisé en lots"])

    ct = [TITLE("SMCV du Haut-Lizon", "Cahier des clauses techniques particulières",
                "Collecte des encombrants et exploitation du haut de quai des déchèteries", "Réf. ENC-2027-06")]
    ct += A("Collecte des encombrants",
            "La collecte a lieu sur rendez-vous pris auprès du syndicat, dans un délai maximal de quinze jours. "
            "Chaque usager peut faire enlever jusqu'à 2 m³ par rendez-vous.")
    ct += A("Haut de quai",
            "Les déchèteries sont ouvertes du mardi au samedi de 9 heures à 12 heures et de 14 heures à 18 heures. "
            "Le titulaire met à disposition deux agents de quai par site, qui accueillent les usagers, contrôlent "
            "les apports et les orientent vers les bennes.")
    ct += A("Tri et réemploi",
            "Les apports sont triés en quatorze flux au moins. Le titulaire aménage sur chaque site une zone de dépôt "
            "pour le réemploi, vidée chaque semaine par la recyclerie du syndicat.")
    ct += f_cctp_securite(c, 1)
    ct += f_cctp_suivi(c)
    ct_lab = L(clause_environnementale=1,
               evidence=["Les apports sont triés en quatorze flux au moins",
                         "une zone de dépôt pour le réemploi"])

    return dict(id="d11", title="SMCV du Haut-Lizon – encombrants et déchèteries (non alloti, services)",
                pieces=[PIECE("AVIS_ENC-2027-06.txt", "AVIS", hdr, "", av, av_lab),
                        PIECE("RC_ENC-2027-06.pdf", "RC", hdr, "RC – ENC-2027-06", rc, rc_lab, hyphen=True, cols=2),
                        PIECE("CCAP_ENC-2027-06.pdf", "CCAP", hdr, "CCAP – ENC-2027-06", cc, cc_lab, hyphen=True),
                        PIECE("CCTP_ENC-2027-06.pdf", "CCTP", hdr, "CCTP – ENC-2027-06", ct, ct_lab)],
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
                     "critere_environnemental"],
                values=V(heures_insertion=1610, allotissement=0, montant_estime_ht=2400000),
                note="Heures : « 7 % des heures de main-d'œuvre … estimées à 23 000 heures …, soit au minimum 1 610 "
                     "heures » (sous-article 11.2.2 du CCAP, nombre coupé en fin de ligne) ; publics du 11.2.3 en "
                     "liste après un saut de page. L'avis annonce la clause en pourcentage seulement (heures vides). "
                     "Critère social : sous-critère 2.3 (10 points) du RC seulement ; l'avis ne donne que les critères "
                     "principaux. Pièges : 23 000 heures, 60 € par heure, « mise à disposition » de deux agents de "
                     "quai, horaires d'ouverture, 48 communes.")


# d12 — Ribeyrolles-le-Haut, sentiers : marché réservé aux SIAE (L2113-13 cité) alors que la case de l'avis
# vise les « ateliers protégés » ; aucune clause sociale d'exécution.
def d12():
    c = C("la commune de Ribeyrolles-le-Haut", "Aubrelle", delai=30,
          profil="https://ribeyrolles.marches.example", ref="SENT-2027-15")
    hdr = "Commune de Ribeyrolles-le-Haut – Entretien des sentiers de randonnée et des berges de l'Aulne"
    av = [TITLE("AVIS DE MARCHÉ", "Commune de Ribeyrolles-le-Haut",
                "Entretien des sentiers de randonnée et des berges de l'Aulne")]
    av += [H("Section I : pouvoir adjudicateur"),
           P("I.1) Commune de Ribeyrolles-le-Haut, 1 place de l'Église, 48310 Ribeyrolles-le-Haut."),
           H("Section II : objet"),
           P("II.1.1) Entretien des sentiers de randonnée et des berges de l'Aulne – SENT-2027-15."),
           P("II.1.2) Code CPV principal : 77310000."),
           P("II.1.5) Valeur totale estimée hors TVA : 84 000 EUR (durée totale, reconductions comprises)."),
           P("II.1.6) Information sur les lots : ce marché est divisé en lots : non."),
           P("II.2.5) Critères d'attribution : prix 60 % ; valeur technique 40 %."),
           H("Section III : renseignements d'ordre juridique"),
           P("III.1.5) Informations sur les marchés réservés :"),
           LST(["[X] Le marché est réservé à des ateliers protégés et à des opérateurs économiques qui ont pour "
                "objectif l'intégration sociale et professionnelle de personnes handicapées ou défavorisées.",
                "[ ] L'exécution du marché est limitée au cadre de programmes d'emplois protégés."]),
           H("Section VI : renseignements complémentaires"),
           P("VI.3) Informations complémentaires : marché réservé aux structures d'insertion par l'activité "
             "économique mentionnées à l'article L. 2113-13 du code de la commande publique. Durée : un an, "
             "reconductible deux fois.")]
    av_lab = L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=84000,
               evidence=["Valeur totale estimée hors TVA : 84 000 EUR", "ce marché est divisé en lots : non",
                         "marché réservé aux structures d'insertion par l'activité économique mentionnées à "
                         "l'article L. 2113-13"])

    rc = [TITLE("Commune de Ribeyrolles-le-Haut", "Règlement de la consultation",
                "Entretien des sentiers de randonnée et des berges de l'Aulne", "Procédure adaptée – réf. SENT-2027-15")]
    rc += A("Objet",
            "La consultation porte sur l'entretien de 62 km de sentiers de randonnée balisés et de 9 km de berges de "
            "l'Aulne : débroussaillage, fauchage, élagage léger, entretien du balisage et des passerelles.")
    rc += A("Marché réservé",
            "En application de l'article L. 2113-13 du code de la commande publique, le marché est réservé aux "
            "structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail : "
            "entreprises d'insertion, entreprises de travail temporaire d'insertion, associations intermédiaires et "
            "ateliers et chantiers d'insertion.")
    rc += A("Procédure et allotissement",
            "Procédure adaptée (article R. 2123-1 1° du code de la commande publique). Le marché n'est pas alloti, "
            "compte tenu de sa taille et de l'unité des prestations.")
    rc += A("Durée", "Le marché est conclu pour un an à compter du 1er avril 2027, reconductible deux fois.")
    rc += f_rc_dossier(c, ["le présent règlement ;", "l'acte d'engagement ;", "le CCAP ;",
                           "le CCTP et la carte des itinéraires ;", "le bordereau des prix."])
    rc += f_rc_candidature(c, 0, extra=["la copie de la convention conclue avec l'État au titre de l'article "
                                        "L. 5132-2 du code du travail, en cours de validité ;"])
    rc += A("Jugement des offres",
            "Les offres sont jugées selon les critères suivants : prix (60 %) ; valeur technique (40 %), dont "
            "méthodologie et calendrier d'intervention (20 %) et moyens matériels et humains affectés (20 %).")
    rc += f_rc_remise(c, "22 février 2027")
    rc += f_rc_recours(c)
    rc_lab = L(marche_reserve=1, reserve_base="L2113-13", allotissement=0,
               evidence=["En application de l'article L. 2113-13 du code de la commande publique, le marché est "
                         "réservé", "Le marché n'est pas alloti"])

    cc = [TITLE("Commune de Ribeyrolles-le-Haut", "Cahier des clauses administratives particulières",
                "Entretien des sentiers de randonnée et des berges de l'Aulne", "Réf. SENT-2027-15")]
    cc += A("Objet",
            "Le marché porte sur l'entretien des sentiers de randonnée et des berges de l'Aulne décrits au CCTP. "
            "Il est passé en lot unique.")
    cc += A("Marché réservé",
            "Le marché est réservé en application de l'article L. 2113-13 du code de la commande publique. Le "
            "titulaire conserve, pendant toute la durée du marché, la qualité de structure d'insertion par "
            "l'activité économique au titre de laquelle il a soumissionné ; il en justifie à chaque reconduction.")
    cc += f_pieces(c, 1)
    cc += A("Durée",
            "Le marché prend effet le 1er avril 2027 pour un an. Il est reconductible tacitement deux fois par "
            "période d'un an.")
    cc += f_prix(c, 1)
    cc += f_paiement(c)
    cc += f_penalites(c, 1)
    cc += A("Conditions d'exécution",
            "Les travaux de débroussaillage et d'élagage sont réalisés en dehors de la période du 15 mars au 31 "
            "juillet, sauf mise en sécurité. Aucun produit phytopharmaceutique n'est utilisé. Les déchets ramassés "
            "sur les itinéraires sont triés et déposés en déchèterie ; les rémanents de coupe sont broyés sur place.")
    cc += f_oblig_legales(c, 2)
    cc += f_assurances(c, 1)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc_lab = L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, allotissement=0,
               evidence=["Le marché est réservé en application de l'article L. 2113-13",
                         "Aucun produit phytopharmaceutique n'est utilisé", "Il est passé en lot unique"])

    ae = [TITLE("Commune de Ribeyrolles-le-Haut", "Acte d'engagement",
                "Entretien des sentiers de randonnée et des berges de l'Aulne", "Réf. SENT-2027-15")]
    ae += ae_head(c, "entretien des sentiers de randonnée et des berges de l'Aulne")
    ae += A("Qualité du candidat",
            "Le marché est réservé aux structures d'insertion par l'activité économique (article L. 2113-13 du code "
            "de la commande publique). Le signataire atteste que l'opérateur qu'il représente est :",
            ["☐ une entreprise d'insertion ;", "☐ un atelier et chantier d'insertion ;",
             "☐ une association intermédiaire ;", "☐ une entreprise de travail temporaire d'insertion."])
    ae += ae_titulaire(c)
    ae += A("Prix", "Les prestations sont rémunérées aux prix unitaires du bordereau des prix annexé.")
    ae += ae_compte(c)
    ae += ae_signature(c)
    ae_lab = L(marche_reserve=1, reserve_base="L2113-13",
               evidence=["Le marché est réservé aux structures d'insertion par l'activité économique (article "
                         "L. 2113-13"])

    return dict(id="d12", title="Commune de Ribeyrolles-le-Haut – entretien des sentiers (marché réservé aux SIAE)",
                pieces=[PIECE("AVIS_SENT-2027-15.txt", "AVIS", hdr, "", av, av_lab),
                        PIECE("RC_SENT-2027-15.docx", "RC", hdr, "RC – SENT-2027-15", rc, rc_lab),
                        PIECE("CCAP_SENT-2027-15.pdf", "CCAP", hdr, "CCAP – SENT-2027-15", cc, cc_lab),
                        PIECE("AE_SENT-2027-15.docx", "AE", hdr, "AE – SENT-2027-15", ae, ae_lab)],
                pos=["marche_reserve", "clause_environnementale"],
                values=V(allotissement=0, montant_estime_ht=84000, reserve_base="L2113-13"),
                note="Marché réservé L2113-13 (article cité dans l'avis, le RC, le CCAP et l'AE) ; la case cochée de "
                     "l'avis (« ateliers protégés … personnes handicapées ou défavorisées ») ne change pas la base, "
                     "l'article cité prévaut. Aucune clause sociale d'exécution : le maintien de la qualité de SIAE "
                     "est une condition de la réservation, pas un engagement d'insertion. Pièges : « intégration "
                     "sociale et professionnelle », convention L5132-2 à la candidature.")


# d13 — CCAS de Vaulmier, épicerie sociale (NÉGATIF) : « social » dans d'autres sens (centre communal d'action
# sociale, épicerie sociale, travailleurs sociaux, charges sociales, dénomination sociale), « n'est pas réservé »,
# détachement ; clause et critère environnementaux seulement.
def d13():
    c = C("le centre communal d'action sociale de Vaulmier", "Castel-Vigier", ccag="fournitures courantes et services",
          delai=30, profil="https://vaulmier.marches.example", ref="EPI-2027-01")
    hdr = "CCAS de Vaulmier – Fourniture de denrées alimentaires pour l'épicerie sociale"
    lots = ["lot n° 1 : épicerie sèche, conserves et produits d'hygiène ;", "lot n° 2 : fruits et légumes frais."]
    rc = [TITLE("Centre communal d'action sociale de Vaulmier", "Règlement de la consultation",
                "Fourniture de denrées alimentaires pour l'épicerie sociale « Le Panier de Vaulmier »",
                "Procédure adaptée – réf. EPI-2027-01")]
    rc += A("Acheteur et objet",
            "Le centre communal d'action sociale (CCAS) de Vaulmier gère l'épicerie sociale « Le Panier de "
            "Vaulmier », qui accueille chaque semaine environ 140 foyers aux revenus modestes orientés par les "
            "travailleurs sociaux. La consultation porte sur la fourniture des denrées vendues à l'épicerie.")
    rc += A("Lots", "La consultation comporte deux lots :", lots)
    rc += A("Procédure",
            "Procédure adaptée (article R. 2123-1 1° du code de la commande publique). Le marché n'est pas réservé.")
    rc += A("Forme et durée",
            "Chaque lot est un accord-cadre à bons de commande, d'une durée d'un an reconductible deux fois, avec un "
            "montant maximum annuel fixé à l'article 3 du CCAP.")
    rc += f_rc_dossier(c, ["le présent règlement ;", "les actes d'engagement ;", "le CCAP ;",
                           "les bordereaux des prix et les listes de produits."])
    rc += f_rc_candidature(c, 0)
    rc += A("Jugement des offres",
            "Les offres sont jugées lot par lot selon les critères suivants :",
            ["prix, apprécié sur un panier type : 60 % ;",
             "qualité et fraîcheur des produits, appréciées sur échantillons : 25 % ;",
             "réduction des emballages et des déchets liés aux livraisons : 15 %."])
    rc += f_rc_remise(c, "15 février 2027")
    rc += f_rc_recours(c)
    rc_lab = L(critere_environnemental=1, allotissement=1, nb_lots=2,
               evidence=["La consultation comporte deux lots",
                         "réduction des emballages et des déchets liés aux livraisons : 15 %"])

    cc = [TITLE("Centre communal d'action sociale de Vaulmier", "Cahier des clauses administratives particulières",
                "Fourniture de denrées alimentaires pour l'épicerie sociale", "Réf. EPI-2027-01")]
    cc += A("Objet et lots", "Le présent CCAP s'applique aux accords-cadres des deux lots :", lots)
    cc += f_pieces(c, 1, cctp=False)
    cc += [H("Article 3 – Forme et montants maximums"),
           P("Chaque lot est un accord-cadre à bons de commande mono-attributaire, sans montant minimum, dont le "
             "montant maximum annuel est le suivant :"),
           TAB([["Lot", "Montant maximum annuel HT"],
                ["Lot n° 1 – épicerie sèche", "48~000 €"],
                ["Lot n° 2 – fruits et légumes", "36~000 €"]], widths=[1.6, 1.0])]
    cc += A("Durée",
            "Chaque accord-cadre est conclu pour un an à compter du 1er avril 2027 ; il est reconductible tacitement "
            "deux fois par période d'un an.")
    cc += A("Commandes et livraisons",
            "Les commandes sont passées chaque semaine par la responsable de l'épicerie sociale. Les livraisons ont "
            "lieu le mardi entre 8 heures et 10 heures, au 6 rue des Tanneurs à Vaulmier.")
    cc += f_prix(c, 2)
    cc += f_paiement(c)
    cc += f_penalites(c, 1)
    cc += A("Emballages et livraisons",
            "Les fruits et légumes sont livrés en caisses réutilisables, reprises par le titulaire à la livraison "
            "suivante ; les produits du lot n° 1 sont livrés sans suremballage, sur palettes consignées. Le "
            "titulaire regroupe ses livraisons en une tournée hebdomadaire.")
    cc += f_oblig_legales(c, 2)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc_lab = L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=252000,
               evidence=["des deux lots", "Lot n° 1 – épicerie sèche 48 000 €", "Lot n° 2 – fruits et légumes 36 000 €",
                         "reconductible tacitement deux fois", "[(48 000 + 36 000) × 3 = 252 000]",
                         "livrés en caisses réutilisables, reprises par le titulaire"])

    ae = [TITLE("Centre communal d'action sociale de Vaulmier", "Acte d'engagement",
                "Lot n° 1 : épicerie sèche, conserves et produits d'hygiène", "Réf. EPI-2027-01")]
    ae += ae_head(c, "fourniture de denrées alimentaires pour l'épicerie sociale", "lot n° 1")
    ae += ae_titulaire(c)
    ae += A("Prix et montant",
            "Les fournitures sont rémunérées aux prix unitaires du bordereau des prix du lot n° 1. Le montant maximum "
            "annuel du lot n° 1 est de 48~000 € HT.")
    ae += A("Durée", "La durée de l'accord-cadre est fixée à l'article 4 du CCAP.")
    ae += ae_compte(c)
    ae += ae_signature(c)
    ae_lab = L(allotissement=1, montant_max_ht=48000,
               evidence=["Lot n° 1 : épicerie sèche", "Le montant maximum annuel du lot n° 1 est de 48 000 € HT"])

    av = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "CCAS de Vaulmier",
                "Fourniture de denrées alimentaires pour l'épicerie sociale")]
    av += [P("Acheteur : centre communal d'action sociale de Vaulmier, 2 place du Marché, 37420 Vaulmier."),
           P("Objet : accords-cadres à bons de commande de fourniture de denrées alimentaires. Réf. EPI-2027-01."),
           P("Lots : 2 (épicerie sèche ; fruits et légumes frais)."),
           P("Montant maximum annuel : lot 1 : 48 000 € HT ; lot 2 : 36 000 € HT. Durée : un an, reconductible deux "
             "fois."),
           P("Marché réservé : non."),
           P("Conditions d'exécution : livraison en caisses réutilisables et sans suremballage."),
           P("Critères : prix 60 % ; qualité des produits 25 % ; réduction des emballages et des déchets 15 %."),
           P("Date limite : 15 février 2027 à 12 heures."),
           P("Informations complémentaires : les denrées sont vendues à prix réduit aux foyers orientés par les "
             "travailleurs sociaux du CCAS. Le CCAS publie les jours d'ouverture de l'épicerie sur ses réseaux "
             "sociaux.")]
    av_lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2, montant_max_ht=252000,
               evidence=["Lots : 2", "lot 1 : 48 000 € HT ; lot 2 : 36 000 € HT", "reconductible deux fois",
                         "[(48 000 + 36 000) × 3 = 252 000]", "livraison en caisses réutilisables",
                         "réduction des emballages et des déchets 15 %"])

    return dict(id="d13", title="CCAS de Vaulmier – denrées pour l'épicerie sociale (2 lots, fournitures)",
                pieces=[PIECE("RC_EPI-2027-01.pdf", "RC", hdr, "RC – EPI-2027-01", rc, rc_lab, hyphen=True),
                        PIECE("CCAP_EPI-2027-01.docx", "CCAP", hdr, "CCAP – EPI-2027-01", cc, cc_lab),
                        PIECE("AE_EPI-2027-01_lot1.docx", "AE", hdr, "AE lot 1 – EPI-2027-01", ae, ae_lab),
                        PIECE("AVIS_EPI-2027-01.txt", "AVIS", hdr, "", av, av_lab)],
                pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_max_ht=252000),
                note="Aucune clause ni aucun critère social. Pièges : acheteur « centre communal d'action sociale », "
                     "« épicerie sociale », foyers aux revenus modestes, travailleurs sociaux, réseaux sociaux, "
                     "charges sociales, dénomination sociale, « Le marché n'est pas réservé », « Marché réservé : "
                     "non », détachement. Maximum : (48 000 + 36 000) × 3 = 252 000 ; l'AE du lot 1 reçoit le maximum "
                     "annuel de son lot (durée renvoyée au CCAP).")


# d14 — Arvenne Habitat (bailleur social), réhabilitation : engagement dit par le mécanisme du GEIQ, heures dans un
# vrai tableau Word par lot sans total, tutorat ; AE du lot 1 qui reprend son volume ; DPGF avec heures de régie.
def d14():
    c = C("Arvenne Habitat", "Vals-en-Arvenne", ccag="travaux", delai=30,
          profil="https://arvenne-habitat.achats.example", ref="GEN-2027-12")
    c["Qui"] = "Arvenne Habitat, office public de l'habitat de la vallée de l'Arvenne"
    hdr = "Arvenne Habitat – Réhabilitation thermique de la résidence Les Genêts (48 logements)"
    lots = ["lot n° 1 : isolation thermique par l'extérieur et ravalement ;", "lot n° 2 : menuiseries extérieures."]
    rc = [TITLE("Arvenne Habitat", "Règlement de la consultation",
                "Réhabilitation thermique de la résidence Les Genêts – 48 logements",
                "Procédure adaptée – travaux – réf. GEN-2027-12")]
    rc += A("Acheteur et objet",
            "Arvenne Habitat, office public de l'habitat et bailleur social de la vallée de l'Arvenne, engage la "
            "réhabilitation thermique de la résidence Les Genêts à Vals-en-Arvenne (48 logements locatifs sociaux "
            "répartis en trois bâtiments). Les travaux sont réalisés en site occupé.")
    rc += A("Lots", "Les travaux sont répartis en deux lots :", lots)
    rc += A("Procédure", "Procédure adaptée (article R. 2123-1 1° du code de la commande publique).")
    rc += A("Estimation",
            "Le montant estimé des travaux est de 1" + SB + "150~000 € HT, dont 820~000 € HT pour le lot n° 1 et "
            "330~000 € HT pour le lot n° 2.")
    rc += f_rc_dossier(c, ["le présent règlement ;", "les actes d'engagement ;", "le CCAP ;", "les CCTP ;",
                           "les DPGF ;", "le diagnostic technique et les plans."])
    rc += f_rc_candidature(c, 0)
    rc += A("Contenu de l'offre",
            "Pour chaque lot, le candidat remet l'acte d'engagement, la DPGF et un mémoire technique décrivant la "
            "méthodologie en site occupé, les moyens et le planning.")
    rc += A("Jugement des offres",
            "Les offres sont jugées lot par lot : prix 60 % ; valeur technique 40 %, dont méthodologie en site occupé "
            "et information des locataires (20 %), moyens (10 %) et planning (10 %).")
    rc += f_rc_remise(c, "7 octobre 2027")
    rc += f_rc_recours(c)
    rc_lab = L(allotissement=1, nb_lots=2, montant_estime_ht=1150000,
               evidence=["Les travaux sont répartis en deux lots", "Le montant estimé des travaux est de 1 150 000 € HT"])

    cc = [TITLE("Arvenne Habitat", "Cahier des clauses administratives particulières",
                "Réhabilitation thermique de la résidence Les Genêts", "Réf. GEN-2027-12")]
    cc += A("Objet et lots", "Le présent CCAP est commun aux deux lots :", lots,
            "Le maître d'ouvrage est Arvenne Habitat, bailleur social ; la maîtrise d'œuvre est confiée au bureau "
            "d'études Thermalis.")
    cc += f_pieces(c, 0, prixdoc="la décomposition du prix global et forfaitaire (DPGF)")
    cc += A("Délais", "Le délai global d'exécution est de dix mois, période de préparation d'un mois incluse.")
    cc += f_prix(c, 0)
    cc += f_avance(c, 1)
    cc += f_garantie(c)
    cc += f_paiement(c)
    cc += [H("Article 8 – Emploi et qualification"),
           H2("8.1 – Recours à un groupement d'employeurs"),
           P("Le titulaire de chaque lot fait appel, pour l'exécution des travaux, à des salariés mis à disposition "
             "par le groupement d'employeurs pour l'insertion et la qualification (GEIQ) BTP de l'Arvenne ou par un "
             "autre GEIQ, dans les volumes minimaux suivants :"),
           RTAB([["Lot", "Heures de travail confiées à des salariés du GEIQ"],
                 ["Lot n° 1 – isolation par l'extérieur et ravalement", "560"],
                 ["Lot n° 2 – menuiseries extérieures", "240"]], widths=[1.6, 1.2], align="lr"),
           H2("8.2 – Personnes concernées"),
           P("Les salariés concernés sont des demandeurs d'emploi recrutés par le GEIQ en contrat de "
             "professionnalisation ou d'apprentissage, qui alternent formation qualifiante et travail sur le "
             "chantier."),
           H2("8.3 – Tutorat"),
           P("Le titulaire désigne pour chaque salarié un tuteur parmi ses compagnons qualifiés. Le tuteur organise "
             "l'accueil du salarié sur le chantier, l'accompagne dans l'acquisition des gestes professionnels et "
             "participe aux bilans réalisés avec le GEIQ."),
           H2("8.4 – Justification"),
           P("Le titulaire produit chaque mois les relevés d'heures visés par le GEIQ. Toute heure manquante à la "
             "réception des travaux donne lieu à une pénalité de 40 € HT.")]
    cc += A("Travaux en site occupé",
            "Les locataires restent dans les logements pendant les travaux. Chaque intervention dans un logement est "
            "annoncée au moins huit jours à l'avance ; les menuiseries d'un logement sont remplacées dans la journée.")
    cc += A("Chantier et déchets",
            "Chaque titulaire trie ses déchets sur le chantier. Les menuiseries déposées sont démantelées et le verre, "
            "le PVC et l'aluminium sont remis à des filières de recyclage ; les chutes d'isolant sont reprises par le "
            "fabricant lorsque celui-ci dispose d'une filière de reprise.")
    cc += f_penalites(c, 0)
    cc += f_oblig_legales(c, 1)
    cc += f_assurances(c, 0)
    cc += f_resiliation(c)
    cc += f_litiges(c)
    cc_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=800, clause_environnementale=1, allotissement=1,
               nb_lots=2,
               evidence=["mis à disposition par le groupement d'employeurs pour l'insertion et la qualification",
                         "ravalement 560",
                         "Lot n° 2 – menuiseries extérieures 240", "[560 + 240 = 800]",
                         "le verre, le PVC et l'aluminium sont remis à des filières de recyclage", "deux lots"])

    ae = [TITLE("Arvenne Habitat", "Acte d'engagement", "Lot n° 1 : isolation thermique par l'extérieur et ravalement",
                "Réf. GEN-2027-12")]
    ae += ae_head(c, "réhabilitation thermique de la résidence Les Genêts", "lot n° 1")
    ae += ae_titulaire(c)
    ae += A("Prix",
            "Les travaux sont rémunérés par un prix global et forfaitaire : montant HT .............................. € ; "
            "montant TTC .............................. €.")
    ae += A("Engagements particuliers",
            "Conformément à l'article 8 du CCAP, le titulaire s'engage à confier au moins 560 heures de travail à des "
            "salariés mis à disposition par un groupement d'employeurs pour l'insertion et la qualification, et à "
            "désigner un tuteur pour chacun d'eux.")
    ae += ae_compte(c)
    ae += ae_signature(c)
    ae_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=560, allotissement=1,
               evidence=["Lot n° 1 : isolation thermique par l'extérieur et ravalement",
                         "s'engage à confier au moins 560 heures de travail à des salariés mis à disposition par un "
                         "groupement d'employeurs pour l'insertion et la qualification"])

    dp = [TITLE("Arvenne Habitat", "Décomposition du prix global et forfaitaire",
                "Lot n° 2 : menuiseries extérieures", "Réf. GEN-2027-12")]
    dp += [P("La présente décomposition n'a pas de valeur contractuelle ; les quantités sont données à titre "
             "indicatif et doivent être vérifiées par le candidat."),
           TAB([["N°", "Désignation", "Unité", "Quantité", "Prix unitaire HT", "Montant HT"],
                ["1", "Installation de chantier, mise à disposition d'un local de chantier", "ens", "1", " ", " "],
                ["2", "Dépose des fenêtres et portes-fenêtres existantes, évacuation", "u", "212", " ", " "],
                ["3", "Fenêtres PVC double vitrage, Uw ≤ 1,3 W/(m²·K)", "u", "168", " ", " "],
                ["4", "Portes-fenêtres PVC, Uw ≤ 1,3 W/(m²·K)", "u", "44", " ", " "],
                ["5", "Volets roulants à commande électrique", "u", "96", " ", " "],
                ["6", "Travaux en régie : heure de compagnon", "h", "20", " ", " "],
                ["", "Total HT", "", "", "", " "]], widths=[0.3, 2.4, 0.5, 0.6, 0.8, 0.8], align="lllrrr")]
    dp_lab = L(allotissement=1, evidence=["Lot n° 2 : menuiseries extérieures"])

    return dict(id="d14", title="Arvenne Habitat (OPH) – réhabilitation thermique de 48 logements (2 lots, travaux)",
                pieces=[PIECE("RC_GEN-2027-12.pdf", "RC", hdr, "RC – GEN-2027-12", rc, rc_lab, hyphen=True),
                        PIECE("CCAP_GEN-2027-12.docx", "CCAP", hdr, "CCAP – GEN-2027-12", cc, cc_lab),
                        PIECE("AE_GEN-2027-12_lot1.docx", "AE", hdr, "AE lot 1 – GEN-2027-12", ae, ae_lab),
                        PIECE("DPGF_GEN-2027-12_lot2.docx", "DPGF", hdr, "DPGF lot 2 – GEN-2027-12", dp, dp_lab)],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=800, allotissement=1, nb_lots=2, montant_estime_ht=1150000),
                note="Engagement dit par son mécanisme : heures confiées à des salariés mis à disposition par un GEIQ, "
                     "vrai tableau Word par lot sans total (560 + 240 = 800), tutorat (article 8 « Emploi et "
                     "qualification » du CCAP) ; l'AE du lot 1 reprend 560. Le RC ne dit rien de la clause. Pièges : "
                     "bailleur social, logements locatifs sociaux, 40 € par heure, 20 heures de régie au DPGF, "
                     "« mise à disposition d'un local de chantier ».")


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14]


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
    # mêmes clés que le dossiers.yml de blind_values_13 (trois catégories sociales)
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
                if not (1 <= n <= 6):
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
    head = ("# Jeu blind_social_docs_6 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures d'insertion comptées une seule fois pour le dossier (somme des lots ; un registre\n"
            "# questions-réponses qui modifie le CCAP prime) ; maximum sur toutes les périodes et tous les lots.\n"
            "# Le détail de chaque dossier est dans sa note.\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    for line in cuts:
        print("  coupure", line)
    problems.extend(extra_checks(rows))
    print("contrôles : preuves présentes dans le texte logique de leur pièce ; preuves <= 300 caractères ; PDF de "
          "1 à 6 pages ; 3 à 5 pièces par dossier ; articles sans doublon ; clause_insertion => clause_sociale ; "
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
