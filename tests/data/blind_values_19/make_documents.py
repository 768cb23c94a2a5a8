#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_19 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py : lignes 27-664
(imports, écriture PDF/DOCX/TXT, tableaux reportlab, césure, SB/HY, aides de saisie L, V, PIECE, C, A,
number_articles, _DOC_TYPES) et lignes 2433-2611 (extra_checks, build_piece, check_articles, _expect,
main). Changements : SET_NAME, ce docstring, en-tête de dossiers.yml (règle de priorité : une pièce
postérieure qui modifie expressément une autre l'emporte), PDF limités à 1-2 pages, et liste DOSSIERS.
Les douze dossiers (textes, acheteurs, nombres) ont été écrits pour ce jeu et sont inventés.

Thème : les valeurs que des pièces POSTÉRIEURES modifient (registre des questions-réponses, avis
rectificatifs, modificatifs du DCE) : montant maximum, montant estimé, heures d'insertion, nombre de
lots, nombre de reconductions, réservation.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md : une pièce modificative porte ce qu'elle énonce elle-même) et
dossiers.yml (valeurs du dossier entier après toutes les modifications).

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F ;
BR = retour forcé (PDF) ; SB = coupure possible d'un nombre ; HY = césure possible d'un mot court.

Usage : /work/main/.venv/bin/python tests/data/blind_values_19/make_documents.py
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
SET_NAME = "blind_values_19"

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






# ----------------------------------------------------------------------------- articles neutres (écrits pour ce jeu)
def paiement(c):
    return A("Règlement des comptes",
             "Les sommes dues sont réglées par mandat administratif dans un délai global de paiement de %d jours "
             "à compter de la réception de la demande de paiement. Les factures sont déposées sur le portail "
             "Chorus Pro." % c["delai"])


def litiges(c):
    return A("Litiges",
             "Tout différend relatif à l'exécution du marché relève du tribunal administratif de %s. Le CCAG "
             "%s s'applique pour tout ce qui n'est pas prévu au présent document." % (c["ta"], c["ccag"]))


def remise(c, date):
    return A("Remise des plis",
             "Les plis sont remis par voie électronique sur le profil d'acheteur %s au plus tard le %s. "
             "Aucun pli papier n'est accepté, sauf copie de sauvegarde." % (c["profil"], date))


# ============================================================================ d01
def d01():
    c = C("la Communauté de communes du Val d'Orbière", "Lorvanne", delai=30,
          profil="marches.valorbiere.example", ref="VO-2027-014")
    hd = "CC du Val d'Orbière – VO-2027-014"
    rc = [TITLE("Communauté de communes du Val d'Orbière", "Règlement de la consultation",
                "Entretien des espaces verts communautaires – réf. VO-2027-014"),
          *A("Objet de la consultation",
             "La consultation porte sur l'entretien des espaces verts des zones d'activités communautaires "
             "(tonte, taille, désherbage manuel, ramassage des feuilles)."),
          *A("Allotissement",
             "Le marché n'est pas alloti : les prestations, réalisées selon un itinéraire d'entretien unique, ne "
             "permettent pas l'identification de prestations distinctes."),
          *A("Forme et durée",
             "Accord-cadre à bons de commande mono-attributaire, conclu pour un an à compter de sa notification et "
             "reconductible tacitement trois fois par période d'un an. Les montants sont fixés à l'article 3 du CCAP."),
          *A("Jugement des offres",
             ["Prix des prestations : 50 % ;", "Valeur technique : 40 % ;",
              "Performance en matière d'insertion professionnelle : 10 % (encadrement et tutorat des personnes en "
              "insertion)."]),
          *remise(c, "15 mars 2027 à 12~h~00")]
    ccap = [TITLE("Communauté de communes du Val d'Orbière", "Cahier des clauses administratives particulières",
                  "Entretien des espaces verts communautaires"),
            *A("Objet", "Le présent CCAP fixe les stipulations administratives de l'accord-cadre d'entretien des "
               "espaces verts communautaires."),
            *A("Durée", "L'accord-cadre est conclu pour un an ; il est reconductible tacitement trois fois, sans que "
               "sa durée totale puisse excéder quatre ans."),
            *A("Montants", "Le montant maximum annuel de l'accord-cadre est de 80~000~€~HT. Il s'applique à la "
               "période initiale et à chacune des trois périodes de reconduction. Aucun montant minimum n'est fixé."),
            *A("Prix", "Les prestations sont réglées par application des prix unitaires du bordereau, révisables "
               "annuellement par l'indice ICHT-rev-TS."),
            *A("Clause d'insertion",
               "Le titulaire réserve à l'insertion professionnelle de publics éloignés de l'emploi un volume minimal "
               "de 600 heures de travail sur la durée totale de l'accord-cadre, avec l'appui du facilitateur du PLIE "
               "du Val d'Orbière. Toute heure non réalisée donne lieu à une pénalité de 45~€."),
            *A("Gestion environnementale",
               "Les déchets verts sont apportés sur la plateforme de compostage communautaire ; l'usage de produits "
               "phytosanitaires de synthèse est interdit."),
            *paiement(c)]
    ae = [TITLE("Communauté de communes du Val d'Orbière", "Acte d'engagement", "Entretien des espaces verts"),
          *A("Engagement du titulaire",
             "Après avoir pris connaissance du CCAP et des documents qui y sont mentionnés, le titulaire s'engage à "
             "exécuter les prestations demandées par bons de commande aux prix unitaires du bordereau."),
          *A("Montant", "Pour information, le montant maximum annuel correspond à 96~000~€~TTC (TVA à 20 %)."),
          *A("Compte à créditer", "IBAN : ............................................ BIC : ............")]
    av = [TITLE("AVIS RECTIFICATIF", "Communauté de communes du Val d'Orbière",
                "Référence de l'avis initial : VO-2027-014, publié le 2 février 2027"),
          P("Objet : entretien des espaces verts communautaires."),
          P("Durée : un an reconductible trois fois."),
          H("Modifications"),
          P("À l'article 3 du CCAP et à la rubrique « Valeur » de l'avis initial, le montant maximum annuel de "
            "l'accord-cadre est porté de 80~000~€~HT à 95~000~€~HT."),
          P("La date limite de réception des offres est reportée au 22 mars 2027 à 12 h 00. Les autres dispositions "
            "sont inchangées.")]
    return dict(
        id="d01", title="CC du Val d'Orbière – espaces verts : maximum annuel porté de 80 000 à 95 000 € HT",
        pieces=[
            PIECE("RC_VO-2027-014.pdf", "RC", hd + " – RC", "RC – Val d'Orbière", rc,
                  L(critere_social=1, allotissement=0,
                    evidence=["Le marché n'est pas alloti",
                              "Performance en matière d'insertion professionnelle : 10 %"])),
            PIECE("CCAP_VO-2027-014.pdf", "CCAP", hd + " – CCAP", "CCAP – Val d'Orbière", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=600, clause_environnementale=1,
                    montant_max_ht=320000,
                    evidence=["montant maximum annuel de l'accord-cadre est de 80 000 € HT",
                              "reconductible tacitement trois fois", "[80 000 × 4 périodes = 320 000]",
                              "un volume minimal de 600 heures de travail",
                              "Les déchets verts sont apportés sur la plateforme de compostage"])),
            PIECE("AE_VO-2027-014.docx", "AE", hd + " – AE", "AE – Val d'Orbière", ae, L()),
            PIECE("avis_rectificatif_VO-2027-014.txt", "AVIS", hd, "", av,
                  L(montant_max_ht=380000,
                    evidence=["porté de 80 000 € HT à 95 000 € HT", "un an reconductible trois fois",
                              "[95 000 × 4 périodes = 380 000]"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(heures_insertion=600, allotissement=0, montant_max_ht=380000),
        note="Maximum : CCAP 80 000 € HT par an sur 4 périodes (1 an + 3 reconductions) = 320 000 ; l'avis "
             "rectificatif porte le maximum annuel de 80 000 à 95 000 € HT, soit 95 000 × 4 = 380 000. Pièges : "
             "l'AE ne donne qu'un montant TTC (96 000 € TTC, pièce vide) ; pénalité de 45 € par heure ; "
             "« 12 h 00 ». Heures : 600 (CCAP), non modifiées. Non alloti (RC).")


# ============================================================================ d02
def d02():
    c = C("le Syndicat mixte des eaux de la Vénoise", "Vernay", delai=30, profil="achats.smev.example")
    hd = "SMEV – SMEV-27-F02"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Syndicat mixte des eaux de la Vénoise",
                  "Fourniture de compteurs d'eau à radio-relève"),
            P("II.1.1) Intitulé : fourniture de compteurs d'eau à radio-relève – SMEV-27-F02"),
            P("II.1.3) Type de marché : fournitures. Accord-cadre à bons de commande, durée de quatre ans."),
            P("II.1.5) Valeur totale estimée : 450 000 € HT"),
            P("II.1.6) Information sur les lots : ce marché est divisé en lots : non"),
            P("II.2.14) Informations complémentaires : montant minimum 100 000 € HT, montant maximum 600 000 € HT "
              "sur la durée totale de l'accord-cadre."),
            P("IV.2.2) Date limite de réception des offres : 6 avril 2027, 16 h 00")]
    rc = [TITLE("Syndicat mixte des eaux de la Vénoise", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture de compteurs d'eau à radio-relève"),
          H("1. Objet et forme"),
          P("La consultation a pour objet la fourniture d'environ 1~850 compteurs d'eau à radio-relève par an. Il "
            "s'agit d'un accord-cadre à bons de commande d'une durée de quatre ans, non reconductible, qui n'est pas "
            "alloti (fournitures homogènes)."),
          H("2. Montants"),
          P("Le montant estimé de l'accord-cadre est de 450~000~€~HT pour la durée totale de quatre ans. Le montant "
            "minimum est de 100~000~€~HT et le montant maximum de 600~000~€~HT sur la même durée."),
          H("3. Critères d'attribution"),
          LST(["Prix : 60 %", "Valeur technique : 30 %",
               "Performance environnementale (bilan carbone du compteur et de son emballage) : 10 %"]),
          H("4. Remise des offres"),
          P("Les offres sont remises sur " + c["profil"] + " avant le 6 avril 2027 à 16 h 00.")]
    ccap = [TITLE("Syndicat mixte des eaux de la Vénoise", "CCAP", "Fourniture de compteurs d'eau à radio-relève"),
            *A("Durée et montants",
               "L'accord-cadre est conclu pour quatre ans, sans reconduction. Montant minimum : 100~000~€~HT ; "
               "montant maximum : 600~000~€~HT sur la durée totale."),
            *A("Livraisons", "Les compteurs sont livrés au magasin du syndicat, 4 rue des Sources à Vernay, sous "
               "quinze jours à compter du bon de commande."),
            *A("Reprise des compteurs déposés",
               "Le titulaire reprend gratuitement les compteurs déposés et en assure le recyclage par une filière "
               "agréée ; il livre les compteurs neufs dans des emballages réutilisables qu'il reprend."),
            *paiement(c), *litiges(c)]
    rect = [TITLE("Syndicat mixte des eaux de la Vénoise", "Avis rectificatif n° 1",
                  "Fourniture de compteurs d'eau à radio-relève – SMEV-27-F02"),
            H("Rubrique II.1.5 – Valeur estimée"),
            P("Le montant estimé de l'accord-cadre est ramené à 390~000~€~HT."),
            P("Cette modification résulte du transfert de la commune de Lérac, soit 320 abonnés, à un autre "
              "syndicat au 1er janvier 2028. Les montants minimum et maximum restent inchangés."),
            H("Date limite"),
            P("La date limite de réception des offres reste fixée au 6 avril 2027 à 16 h 00.")]
    return dict(
        id="d02", title="SM des eaux de la Vénoise – compteurs : estimation ramenée à 390 000 € HT",
        pieces=[
            PIECE("avis_AAPC_SMEV-27-F02.txt", "AVIS", hd, "", avis,
                  L(allotissement=0, montant_estime_ht=450000, montant_max_ht=600000,
                    evidence=["divisé en lots : non", "Valeur totale estimée : 450 000 € HT",
                              "montant maximum 600 000 € HT sur la durée totale"])),
            PIECE("RC_SMEV-27-F02.pdf", "RC", hd + " – RC", "Règlement de la consultation", rc,
                  L(critere_environnemental=1, allotissement=0, montant_estime_ht=450000, montant_max_ht=600000,
                    evidence=["n'est pas alloti", "montant estimé de l'accord-cadre est de 450 000 € HT",
                              "montant maximum de 600 000 € HT", "Performance environnementale (bilan carbone"])),
            PIECE("CCAP_SMEV-27-F02.docx", "CCAP", hd + " – CCAP", "CCAP", ccap,
                  L(clause_environnementale=1, montant_max_ht=600000,
                    evidence=["montant maximum : 600 000 € HT sur la durée totale",
                              "en assure le recyclage par une filière agréée"])),
            PIECE("avis_rectificatif_1_SMEV-27-F02.docx", "AVIS", hd + " – avis rectificatif", "Avis rectificatif",
                  rect, L(montant_estime_ht=390000,
                          evidence=["Le montant estimé de l'accord-cadre est ramené à 390 000 € HT"])),
        ],
        pos=["clause_environnementale", "critere_environnemental"],
        values=V(allotissement=0, montant_estime_ht=390000, montant_max_ht=600000),
        note="Estimation : 450 000 € HT (avis, RC) ramenée à 390 000 € HT par l'avis rectificatif n° 1 (« est "
             "ramené à », ancien chiffre non rappelé). Maximum : 600 000 € HT sur quatre ans, « inchangé » (le "
             "rectificatif ne le répète pas : pièce sans maximum). Pièges : minimum 100 000 ; 1 850 compteurs ; "
             "320 abonnés ; 1er janvier 2028. Non alloti.")


# ============================================================================ d03
def d03():
    c = C("la Ville de Castelbrune", "Aubrac-le-Haut", ccag="travaux", delai=30, profil="castelbrune-marches.example")
    hd = "Ville de Castelbrune – CB-T-2027-07"
    rc = [TITLE("Ville de Castelbrune", "Règlement de consultation",
                "Réhabilitation du gymnase des Tilleuls – CB-T-2027-07"),
          *A("Objet et allotissement",
             "Les travaux de réhabilitation du gymnase des Tilleuls sont répartis en trois lots :",
             ["lot n° 1 : gros œuvre – démolition ;", "lot n° 2 : menuiseries extérieures ;",
              "lot n° 3 : électricité – éclairage."]),
          *A("Estimation",
             "Le montant estimé des travaux est de 1~200~000~€~HT, dont lot n° 1 : 680~000~€~HT, lot n° 2 : "
             "310~000~€~HT et lot n° 3 : 210~000~€~HT."),
          *A("Critères", "Prix : 60 % ; valeur technique appréciée au vu du mémoire : 40 %."),
          *remise(c, "30 avril 2027 à 11~h~00")]
    ccap = [TITLE("Ville de Castelbrune", "CCAP – travaux", "Réhabilitation du gymnase des Tilleuls"),
            *A("Objet", "Les travaux sont répartis en trois lots traités par marchés séparés."),
            *A("Délais", "Le délai global d'exécution est de huit mois, période de préparation de quatre semaines "
               "comprise."),
            *A("Gestion des déchets de chantier",
               "Chaque titulaire trie ses déchets de chantier en cinq flux au moins et remet les bordereaux de "
               "suivi au maître d'œuvre."),
            *A("Retenue de garantie", "Une retenue de garantie de 5 % est appliquée sur chaque acompte."),
            *A("Prix", "Les prix sont globaux et forfaitaires, actualisables selon l'index BT01."),
            *A("Avance", "Une avance de 10 % est versée au titulaire qui ne la refuse pas."),
            *A("Pénalités de retard", "Le retard est pénalisé à raison de 1/3000 du montant du lot par jour."),
            H("Article 8 – Clause sociale d'insertion"), P(
               "8.1 Le titulaire réalise une action d'insertion professionnelle au profit de personnes éloignées de "
               "l'emploi, avec l'appui du facilitateur de la Maison de l'emploi de Castelbrune."), P(
               "8.2 Le volume d'heures d'insertion est fixé à : lot n° 1 : 700 heures ; lot n° 2 : 300 heures. Le "
               "lot n° 3 ne comporte pas d'heures d'insertion."),
            *litiges(c)]
    ae = [TITLE("Ville de Castelbrune", "Acte d'engagement – Lot n° 2 : menuiseries extérieures",
                "Réhabilitation du gymnase des Tilleuls"),
          *A("Engagement", "Le titulaire s'engage à exécuter les travaux du lot n° 2 au prix global et forfaitaire "
             "de : ........................ € HT."),
          *A("Insertion", "Le titulaire s'engage à réaliser 300 heures d'insertion conformément à l'article 8 du "
             "CCAP.")]
    mod = [TITLE("Ville de Castelbrune", "Modificatif n° 1 au dossier de consultation",
                 "Réhabilitation du gymnase des Tilleuls – CB-T-2027-07"),
           P("Le présent modificatif est publié le 12 avril 2027 sur le profil d'acheteur."),
           H("1. Clause sociale d'insertion"),
           P("À l'article 8.2 du CCAP, les mots « lot n° 2 : 300 heures » sont remplacés par les mots « lot n° 2 : "
             "450 heures ». L'acte d'engagement du lot n° 2 est modifié en conséquence."),
           H("2. Visite"),
           P("La visite du site, facultative, est organisée le 9 avril 2027 à 14 h 00.")]
    return dict(
        id="d03", title="Ville de Castelbrune – gymnase : heures du lot 2 remplacées (300 → 450)",
        pieces=[
            PIECE("RC_CB-T-2027-07.pdf", "RC", hd + " – RC", "RC", rc,
                  L(allotissement=1, nb_lots=3, montant_estime_ht=1200000,
                    evidence=["sont répartis en trois lots", "montant estimé des travaux est de 1 200 000 € HT"])),
            PIECE("CCAP_CB-T-2027-07.pdf", "CCAP", hd + " – CCAP", "CCAP travaux", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, clause_environnementale=1,
                    allotissement=1, nb_lots=3,
                    evidence=["répartis en trois lots", "lot n° 1 : 700 heures ; lot n° 2 : 300 heures",
                              "[700 + 300 = 1 000 ; lot 3 sans heures]",
                              "trie ses déchets de chantier en cinq flux"])),
            PIECE("AE_lot2_CB-T-2027-07.docx", "AE", hd + " – AE lot 2", "AE lot 2", ae,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=300, allotissement=1,
                    evidence=["Lot n° 2 : menuiseries extérieures", "réaliser 300 heures d'insertion"])),
            PIECE("modificatif_1_CB-T-2027-07.pdf", "AUTRE", hd + " – modificatif n° 1", "Modificatif n° 1", mod,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=450, allotissement=1,
                    evidence=["remplacés par les mots « lot n° 2 : 450 heures »"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=1150, allotissement=1, nb_lots=3, montant_estime_ht=1200000),
        note="Heures : CCAP lot 1 700 + lot 2 300 = 1 000 ; le modificatif n° 1 remplace « lot n° 2 : 300 heures » par "
             "« lot n° 2 : 450 heures » : 700 + 450 = 1 150. Pièges : l'AE du lot 2 (300 h) n'a pas été réécrit mais "
             "est « modifié en conséquence » ; lot 3 sans heures ; estimation par lot (680 000 + 310 000 + 210 000 "
             "= 1 200 000) ; retenue 5 % ; huit mois. Pas de maximum (marchés de travaux ordinaires). Le modificatif "
             "est étiqueté avec ce qu'il énonce : 450 heures (lot 2).")


# ============================================================================ d04
def d04():
    c = C("le Centre hospitalier de Morvelle", "Saint-Ostre", delai=50, profil="ch-morvelle-achats.example")
    hd = "CH de Morvelle – CHM-2027-PE"
    lots = [["Lot", "Désignation", "Maximum HT (4 ans)"],
            ["1", "Produits d'hygiène des sols", "120~000 €"],
            ["2", "Produits lessiviels", "80~000 €"],
            ["3", "Essuyage papier", "50~000 €"],
            ["4", "Sacs à déchets", "30~000 €"]]
    rc = [TITLE("Centre hospitalier de Morvelle", "Règlement de la consultation",
                "Fourniture de produits d'entretien – CHM-2027-PE"),
          H("Article 1 – Objet et lots"),
          P("La consultation porte sur la fourniture de produits d'entretien. Elle est divisée en 4 lots, chacun "
            "faisant l'objet d'un accord-cadre à bons de commande de quatre ans, non reconductible, dont les "
            "montants maximums sont les suivants :"),
          RTAB(lots, widths=[0.12, 0.58, 0.30], align="llr"),
          H("Article 2 – Critères d'attribution"),
          P("Prix : 60 % ; qualité d'usage : 20 % ; performance environnementale des produits (écolabel, "
            "concentration, emballages) : 20 %."),
          H("Article 3 – Remise des offres"),
          P("Date limite : 18 mars 2027 à 12 h 00, sur " + c["profil"] + ".")]
    ccap = [TITLE("Centre hospitalier de Morvelle", "Cahier des clauses administratives particulières",
                  "Fourniture de produits d'entretien"),
            *A("Lots et durée", "Le marché comprend 4 lots. Chaque lot est conclu pour quatre ans à compter de sa "
               "notification ; il n'est pas reconductible."),
            *A("Montants maximums", "Lot 1 : 120~000~€~HT ; lot 2 : 80~000~€~HT ; lot 3 : 50~000~€~HT ; lot 4 : "
               "30~000~€~HT, pour la durée totale de chaque accord-cadre."),
            *A("Exigences environnementales", "Les produits des lots 1 et 2 sont titulaires de l'Écolabel européen "
               "ou d'un label équivalent et sont livrés en recharges concentrées ; les emballages vides sont repris "
               "par le titulaire."),
            *paiement(c)]
    rect = [TITLE("AVIS RECTIFICATIF", "Centre hospitalier de Morvelle – fourniture de produits d'entretien",
                  "Avis initial n° 27-041187 – rectificatif publié le 10 mars 2027"),
            H("Section II.1.6 – Information sur les lots"),
            P("Au lieu de : Ce marché est divisé en lots : oui. Nombre de lots : 4"),
            P("Lire : Ce marché est divisé en lots : oui. Nombre de lots : 3"),
            H("Section II.2 – Lot n° 4 « Sacs à déchets »"),
            P("Au lieu de : Valeur maximale : 30 000 € HT"),
            P("Lire : Lot supprimé ; le besoin sera couvert par la centrale d'achat régionale."),
            H("Section IV.2.2 – Date limite"),
            P("Au lieu de : 18/03/2027 à 12 h 00. Lire : 25/03/2027 à 12 h 00.")]
    qr = [TITLE("Centre hospitalier de Morvelle", "Registre des questions et réponses n° 2",
                "Fourniture de produits d'entretien – CHM-2027-PE"),
          P("Question 1 : Un même candidat peut-il être attributaire du lot n° 1 et du lot n° 4 ?"),
          P("Réponse : Le lot n° 4 a été supprimé par l'avis rectificatif du 10 mars 2027. La consultation comporte "
            "désormais trois lots ; un candidat peut être attributaire de plusieurs d'entre eux."),
          P("Question 2 : Les fiches de données de sécurité doivent-elles être jointes à l'offre ?"),
          P("Réponse : Oui, pour chaque produit proposé aux lots 1 et 2.")]
    return dict(
        id="d04", title="CH de Morvelle – produits d'entretien : lot 4 supprimé (Au lieu de / Lire)",
        pieces=[
            PIECE("RC_CHM-2027-PE.pdf", "RC", hd + " – RC", "RC", rc,
                  L(critere_environnemental=1, allotissement=1, nb_lots=4, montant_max_ht=280000,
                    evidence=["Elle est divisée en 4 lots", "[120 000 + 80 000 + 50 000 + 30 000 = 280 000]",
                              "performance environnementale des produits (écolabel"])),
            PIECE("CCAP_CHM-2027-PE.pdf", "CCAP", hd + " – CCAP", "CCAP", ccap,
                  L(clause_environnementale=1, allotissement=1, nb_lots=4, montant_max_ht=280000,
                    evidence=["Le marché comprend 4 lots", "[120 000 + 80 000 + 50 000 + 30 000 = 280 000]",
                              "titulaires de l'Écolabel européen ou d'un label équivalent"])),
            PIECE("avis_rectificatif_CHM-2027-PE.txt", "AVIS", hd, "", rect,
                  L(allotissement=1, nb_lots=3,
                    evidence=["Lire : Ce marché est divisé en lots : oui. Nombre de lots : 3"])),
            PIECE("QR_2_CHM-2027-PE.docx", "QR", hd + " – Q/R", "Questions-réponses", qr,
                  L(allotissement=1, nb_lots=3, evidence=["La consultation comporte désormais trois lots"])),
        ],
        pos=["clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=3, montant_max_ht=250000),
        note="Lots : 4 (RC, CCAP) ; l'avis rectificatif (« Au lieu de … Lire ») supprime le lot 4 : 3 lots, confirmés "
             "par le registre Q/R. Maximum : 120 000 + 80 000 + 50 000 (+ 30 000 supprimé) = 250 000 € HT sur quatre "
             "ans ; aucune pièce n'écrit 250 000. Pièges : « Au lieu de : Valeur maximale : 30 000 € HT » (ancien "
             "chiffre) ; n° d'avis 27-041187 ; délai de paiement 50 jours. Le rectificatif n'écrit aucun maximum "
             "total (pièce : montant vide).")


# ============================================================================ d05
def d05():
    c = C("le SIRS du Haut-Lierre", "Brenne-sur-Lierre", delai=30, profil="sirs-hautlierre.example")
    hd = "SIRS du Haut-Lierre – SIRS-HL-2027-02"
    rc = [TITLE("Syndicat intercommunal de restauration scolaire du Haut-Lierre", "Règlement de la consultation",
                "Fourniture de denrées alimentaires"),
          *A("Lots", "La consultation est divisée en deux lots : lot n° 1 « épicerie et produits secs » ; lot n° 2 "
             "« fruits et légumes frais, prestations de légumerie »."),
          *A("Marché réservé", "Le lot n° 2 est réservé, en application de l'article L.~2113-12 du code de la "
             "commande publique, aux entreprises adaptées et aux établissements et services d'aide par le travail."),
          *A("Valeur et montants",
             "La valeur estimée totale de la consultation est de 520~000~€~HT. Les montants maximums, reconductions "
             "comprises, sont de 500~000~€~HT pour le lot n° 1 et de 300~000~€~HT pour le lot n° 2."),
          *A("Critères", ["Prix : 50 %", "Qualité des produits : 35 %",
                          "Part de produits issus de circuits courts : 15 %"]),
          *remise(c, "14 avril 2027 à 12~h~00")]
    ccap = [TITLE("SIRS du Haut-Lierre", "CCAP", "Fourniture de denrées alimentaires – 2 lots"),
            *A("Durée", "Chaque accord-cadre est conclu pour deux ans, reconductible une fois pour un an."),
            *A("Montants maximums", "Lot n° 1 : 500~000~€~HT ; lot n° 2 : 300~000~€~HT, sur la durée totale "
               "reconduction comprise."),
            *A("Qualité et durabilité", "Le titulaire livre au moins 50 % en valeur de produits durables et de "
               "qualité, dont 20 % issus de l'agriculture biologique ; les livraisons sont faites en caisses "
               "consignées réutilisables."),
            *paiement(c)]
    avis = [TITLE("AVIS DE MARCHÉ", "SIRS du Haut-Lierre", "Fourniture de denrées alimentaires"),
            P("II.1.5) Valeur totale estimée hors TVA : 520 000 EUR"),
            P("II.1.6) Ce marché est divisé en lots : oui – nombre de lots : 2"),
            P("III.1.5) Informations sur les marchés réservés : le lot n° 2 est réservé aux opérateurs mentionnés à "
              "l'article L. 2113-12 du code de la commande publique (entreprises adaptées et ESAT)."),
            P("IV.2.2) Date limite : 14/04/2027 à 12 h 00")]
    tab = [["Rubrique", "Au lieu de", "Lire"],
           ["II.1.5 Valeur totale estimée", "520~000 € HT", "610~000 € HT"],
           ["II.2.6 Lot n° 1 – montant maximum", "500~000 € HT", "650~000 € HT"],
           ["II.2.6 Lot n° 2 – montant maximum", "300~000 € HT", "300~000 € HT (inchangé)"],
           ["IV.2.2 Date limite de réception", "14/04/2027 à 12 h", "28/04/2027 à 12 h"]]
    rect = [TITLE("SIRS du Haut-Lierre", "Avis rectificatif – tableau des modifications",
                  "Fourniture de denrées alimentaires – SIRS-HL-2027-02"),
            P("Les rubriques suivantes de l'avis de marché et des pièces du dossier de consultation sont modifiées :"),
            RTAB(tab, widths=[0.44, 0.26, 0.30], align="lrr"),
            P("Motif : intégration des repas du centre de loisirs de Brenne-sur-Lierre à compter de la rentrée 2027.")]
    return dict(
        id="d05", title="SIRS du Haut-Lierre – denrées : tableau « Rubrique | Au lieu de | Lire »",
        pieces=[
            PIECE("RC_SIRS-HL-2027-02.pdf", "RC", hd + " – RC", "RC", rc,
                  L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=2,
                    montant_estime_ht=520000, montant_max_ht=800000,
                    evidence=["divisée en deux lots", "réservé, en application de l'article L. 2113-12",
                              "valeur estimée totale de la consultation est de 520 000 € HT",
                              "[500 000 + 300 000 = 800 000]", "Part de produits issus de circuits courts : 15 %"])),
            PIECE("CCAP_SIRS-HL-2027-02.docx", "CCAP", hd + " – CCAP", "CCAP", ccap,
                  L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=800000,
                    evidence=["Fourniture de denrées alimentaires – 2 lots",
                              "Lot n° 1 : 500 000 € HT ; lot n° 2 : 300 000 € HT", "[500 000 + 300 000 = 800 000]",
                              "caisses consignées réutilisables"])),
            PIECE("avis_SIRS-HL-2027-02.txt", "AVIS", hd, "", avis,
                  L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2, montant_estime_ht=520000,
                    evidence=["Valeur totale estimée hors TVA : 520 000 EUR", "nombre de lots : 2",
                              "réservé aux opérateurs mentionnés à l'article L. 2113-12"])),
            PIECE("avis_rectificatif_SIRS-HL-2027-02.pdf", "AVIS", hd + " – rectificatif", "Avis rectificatif", rect,
                  L(allotissement=1, montant_estime_ht=610000, montant_max_ht=950000,
                    evidence=["II.1.5 Valeur totale estimée 520 000 € HT 610 000 € HT",
                              "Lot n° 1 – montant maximum 500 000 € HT 650 000 € HT",
                              "300 000 € HT (inchangé)", "[650 000 + 300 000 = 950 000]"])),
        ],
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_estime_ht=610000, montant_max_ht=950000,
                 reserve_base="L2113-12"),
        note="Tableau « Rubrique | Au lieu de | Lire » : estimation 520 000 → 610 000 € HT ; maximum du lot 1 "
             "500 000 → 650 000 ; lot 2 300 000 « inchangé » (ligne piège où Au lieu de = Lire). Maximum du dossier "
             "650 000 + 300 000 = 950 000 € HT (reconduction comprise). Pièges : les anciens chiffres dans la "
             "colonne « Au lieu de » ; 50 % / 20 % de produits ; réservation du lot 2 seul (L2113-12), non modifiée.")


# ============================================================================ d06
def d06():
    c = C("la Commune de Pradelle-sur-Aronde", "Charmont", delai=30, profil="pradelle-marches.example")
    hd = "Commune de Pradelle-sur-Aronde – PSA-NET-27"
    rc = [TITLE("Commune de Pradelle-sur-Aronde", "Règlement de la consultation",
                "Nettoyage des locaux municipaux – PSA-NET-27"),
          *A("Objet", "Nettoyage courant de la mairie, de la médiathèque et des deux groupes scolaires. Le marché "
             "n'est pas divisé en lots, les sites étant desservis par une même équipe."),
          *A("Réservation", "Le présent marché est réservé aux entreprises adaptées et aux établissements et "
             "services d'aide par le travail (article L. 2113-12 du code de la commande publique)."),
          *A("Durée", "Accord-cadre à bons de commande d'un an, reconductible deux fois par période d'un an."),
          *A("Critères", "Prix : 55 % ; organisation et moyens : 45 %."),
          *remise(c, "2 juin 2027 à 17~h~00")]
    per = [["Période", "Montant maximum HT"],
           ["Période initiale (12 mois)", "60~000 €"],
           ["Première reconduction", "60~000 €"],
           ["Deuxième reconduction", "60~000 €"],
           ["Total sur la durée maximale", "180~000 €"]]
    ccap = [TITLE("Commune de Pradelle-sur-Aronde", "CCAP", "Nettoyage des locaux municipaux"),
            *A("Objet", "Nettoyage courant des bâtiments communaux désignés au CCTP."),
            *A("Durée", "Un an à compter du 1er septembre 2027, reconductible deux fois."),
            *A("Montants maximums", "Les montants maximums de l'accord-cadre sont les suivants ; il n'est pas "
               "fixé de minimum."),
            RTAB(per, widths=[0.6, 0.4], align="lr", bold_last=True),
            *A("Produits", "Les produits utilisés sont conformes aux fiches techniques remises avec l'offre."),
            *paiement(c)]
    ae = [TITLE("Commune de Pradelle-sur-Aronde", "Acte d'engagement", "Nettoyage des locaux municipaux"),
          *A("Engagement", "Le titulaire s'engage, sans minimum, dans la limite du montant maximum de la période "
             "initiale, soit 60~000~€~HT, et des montants fixés au CCAP pour les reconductions."),
          *A("Statut du candidat", "Le candidat déclare être : [ ] entreprise adaptée ; [ ] ESAT ; [ ] SIAE.")]
    rect = [TITLE("Commune de Pradelle-sur-Aronde", "AVIS RECTIFICATIF N° 1",
                  "Nettoyage des locaux municipaux – PSA-NET-27"),
            H("Montants"),
            P("Le montant maximum de la première reconduction est ramené à 45~000~€~HT, la médiathèque devant "
              "fermer pour travaux pendant cette période. Les montants des autres périodes ne sont pas modifiés."),
            H("Réservation"),
            P("La réservation est étendue : conformément à l'article L. 2113-14 du code de la commande publique, le "
              "marché est réservé à la fois aux opérateurs mentionnés à l'article L. 2113-12 et aux structures "
              "d'insertion par l'activité économique mentionnées à l'article L. 2113-13."),
            P("Date limite inchangée : 2 juin 2027 à 17 h 00.")]
    return dict(
        id="d06", title="Pradelle-sur-Aronde – nettoyage : 1re reconduction ramenée à 45 000, réservation étendue",
        pieces=[
            PIECE("RC_PSA-NET-27.pdf", "RC", hd + " – RC", "RC", rc,
                  L(marche_reserve=1, reserve_base="L2113-12", allotissement=0,
                    evidence=["n'est pas divisé en lots",
                              "réservé aux entreprises adaptées et aux établissements et services d'aide par le "
                              "travail (article L. 2113-12"])),
            PIECE("CCAP_PSA-NET-27.pdf", "CCAP", hd + " – CCAP", "CCAP", ccap,
                  L(montant_max_ht=180000, evidence=["Total sur la durée maximale 180 000 €"])),
            PIECE("AE_PSA-NET-27.docx", "AE", hd + " – AE", "AE", ae, L()),
            PIECE("avis_rectificatif_1_PSA-NET-27.txt", "AVIS", hd, "", rect,
                  L(marche_reserve=1, reserve_base="L2113-12;L2113-13",
                    evidence=["réservé à la fois aux opérateurs mentionnés à l'article L. 2113-12 et aux "
                              "structures d'insertion par l'activité économique mentionnées à l'article L. 2113-13"])),
        ],
        pos=["marche_reserve"],
        values=V(allotissement=0, montant_max_ht=165000, reserve_base="L2113-12;L2113-13"),
        note="Maximum : CCAP 60 000 × 3 périodes = 180 000 (total écrit) ; l'avis rectificatif ramène la seule "
             "première reconduction à 45 000 : 60 000 + 45 000 + 60 000 = 165 000 € HT. Réservation : L2113-12 "
             "(RC), étendue par le rectificatif à L2113-12 et L2113-13 (L2113-14). Pièges : l'AE ne cite que le "
             "maximum de la période initiale (60 000, pièce laissée vide) et des cases à cocher EA/ESAT/SIAE ; le "
             "rectificatif ne donne qu'un maximum de période (pièce : maximum vide). Non alloti.")


# ============================================================================ d07
def d07():
    c = C("l'Office public de l'habitat Sud-Lozière", "Mende-la-Haute", delai=30, profil="oph-sudloziere.example")
    hd = "OPH Sud-Lozière – OPH-SL-2027-11"
    rc = [TITLE("Office public de l'habitat Sud-Lozière", "Règlement de la consultation",
                "Entretien des portes et portails automatiques – OPH-SL-2027-11"),
          H("1 – Objet"),
          P("Entretien préventif et dépannage des portes de parkings et portails automatiques du patrimoine de "
            "l'office (212 équipements). Le marché fait l'objet d'un lot unique : il n'est pas alloti."),
          H("2 – Forme"),
          P("Accord-cadre à bons de commande d'un an, reconductible trois fois ; durée maximale de quatre ans."),
          H("3 – Jugement"),
          P("Prix : 60 % ; délais d'intervention : 25 % ; méthodologie : 15 %."),
          H("4 – Remise"),
          P("Date limite : 9 juillet 2027, 12 h 00.")]
    ccap = [TITLE("OPH Sud-Lozière", "Cahier des clauses administratives particulières",
                  "Entretien des portes et portails automatiques"),
            *A("Objet", "Entretien des portes et portails automatiques décrits au CCTP."),
            *A("Pièces contractuelles", "Acte d'engagement, présent CCAP, CCTP, bordereau des prix unitaires, CCAG "
               "fournitures courantes et services."),
            *A("Délais d'intervention", "Quatre heures ouvrées en cas de blocage en position fermée."),
            *A("Durée", "L'accord-cadre est conclu pour un an, reconductible tacitement trois fois."),
            *A("Montants", "Montant minimum annuel : 5~000~€~HT. Montant maximum annuel : 40~000~€~HT, identique pour "
               "chaque période."),
            *A("Pièces remplacées", "Les pièces et moteurs remplacés sont repris par le titulaire et confiés à une "
               "filière de valorisation ; le bordereau de suivi est joint à la facture."),
            *paiement(c)]
    ae = [TITLE("OPH Sud-Lozière", "Acte d'engagement", "Entretien des portes et portails automatiques"),
          *A("Engagement", "Le titulaire s'engage à exécuter les prestations aux prix du bordereau."),
          *A("Montant", "Montant maximum sur la durée maximale de quatre ans : 160~000~€~HT.")]
    mod = [TITLE("OPH Sud-Lozière", "Document modificatif n° 2 du DCE",
                 "Entretien des portes et portails automatiques – OPH-SL-2027-11"),
           P("Article 4 du CCAP : les mots « reconductible tacitement trois fois » sont remplacés par les mots "
             "« reconductible tacitement une fois ». La durée maximale de l'accord-cadre est en conséquence de "
             "deux ans."),
           P("Le montant maximum annuel de 40~000~€~HT n'est pas modifié. Les candidats tiennent compte de la "
             "présente modification, qui prévaut sur toute mention contraire du RC et de l'acte d'engagement.")]
    return dict(
        id="d07", title="OPH Sud-Lozière – portes automatiques : reconductions réduites de trois à une",
        pieces=[
            PIECE("RC_OPH-SL-2027-11.pdf", "RC", hd + " – RC", "RC", rc,
                  L(allotissement=0, evidence=["il n'est pas alloti"])),
            PIECE("CCAP_OPH-SL-2027-11.pdf", "CCAP", hd + " – CCAP", "CCAP", ccap,
                  L(clause_environnementale=1, montant_max_ht=160000,
                    evidence=["Montant maximum annuel : 40 000 € HT", "reconductible tacitement trois fois",
                              "[40 000 × 4 = 160 000]", "confiés à une filière de valorisation"])),
            PIECE("AE_OPH-SL-2027-11.docx", "AE", hd + " – AE", "AE", ae,
                  L(montant_max_ht=160000, evidence=["durée maximale de quatre ans : 160 000 € HT"])),
            PIECE("modificatif_2_OPH-SL-2027-11.docx", "AUTRE", hd + " – modificatif n° 2", "Modificatif n° 2", mod,
                  L(montant_max_ht=80000,
                    evidence=["« reconductible tacitement une fois »", "montant maximum annuel de 40 000 € HT",
                              "[40 000 × 2 = 80 000]"])),
        ],
        pos=["clause_environnementale"],
        values=V(allotissement=0, montant_max_ht=80000),
        note="Maximum : 40 000 € HT par an ; trois reconductions (CCAP, RC) → 160 000, écrit dans l'AE ; le "
             "modificatif n° 2 réduit à une reconduction (durée maximale deux ans) et prévaut expressément sur le RC "
             "et l'AE : 40 000 × 2 = 80 000 € HT. Pièges : 160 000 écrit en toutes lettres dans l'AE ; minimum "
             "5 000 ; 212 équipements ; « quatre heures ouvrées ». Non alloti.")


# ============================================================================ d08
def d08():
    c = C("la Communauté d'agglomération du Pays de Vérac", "Vérac", delai=30, profil="paysdeverac-marches.example")
    hd = "CA du Pays de Vérac – CAPV-2027-DM"
    rc = [TITLE("Communauté d'agglomération du Pays de Vérac", "RÈGLEMENT DE CONSULTATION",
                "Collecte des déchets ménagers et assimilés"),
          *A("Allotissement", "Le marché est divisé en 2 lots : lot 1 – collecte des ordures ménagères en "
             "porte-à-porte ; lot 2 – collecte des encombrants et déchetteries mobiles."),
          *A("Jugement des offres", ["Prix : 45 %", "Valeur technique : 35 %",
                                     "Performances environnementales des véhicules : 10 %",
                                     "Performance en matière d'insertion professionnelle : 10 %"]),
          *remise(c, "21 mai 2027 à 12~h~00")]
    hrs = [["Lot", "Heures d'insertion"], ["Lot 1", "2~000 heures"], ["Lot 2", "800 heures"],
           ["Total", "2~800 heures"]]
    ccap = [TITLE("CA du Pays de Vérac", "CCAP", "Collecte des déchets ménagers et assimilés – 2 lots"),
            *A("Durée", "Chaque lot est un accord-cadre à bons de commande de quatre ans ferme."),
            *A("Montants maximums", "Lot 1 : 1~500~000~€~HT ; lot 2 : 600~000~€~HT, pour la durée du marché."),
            *A("Véhicules", "Les véhicules de collecte fonctionnent au bioGNV ou à l'électricité et respectent au "
               "minimum la norme Euro VI."),
            *A("Clause d'insertion", "Chaque titulaire consacre aux personnes éloignées de l'emploi le nombre "
               "d'heures d'insertion suivant :"),
            RTAB(hrs, widths=[0.5, 0.5], align="lr", bold_last=True),
            *paiement(c)]
    ae = [TITLE("CA du Pays de Vérac", "Acte d'engagement – lot 1", "Collecte des ordures ménagères en porte-à-porte"),
          *A("Engagement", "Le titulaire du lot 1 s'engage dans la limite d'un montant maximum de 1~500~000~€~HT "
             "sur la durée du marché."),
          *A("Insertion", "Il s'engage à réaliser 2~000 heures d'insertion selon l'article 4 du CCAP.")]
    rect = [TITLE("AVIS RECTIFICATIF", "Communauté d'agglomération du Pays de Vérac",
                  "Collecte des déchets ménagers et assimilés – CAPV-2027-DM"),
            P("Lot n° 2 – Collecte des encombrants : le volume d'heures d'insertion est porté à 1 200 heures (au lieu "
              "de 800 heures)."),
            P("Le lot n° 1 n'est pas modifié. Date limite de remise des offres reportée au 4 juin 2027 à 12 h 00.")]
    return dict(
        id="d08", title="CA du Pays de Vérac – collecte : heures du lot 2 portées à 1 200",
        pieces=[
            PIECE("RC_CAPV-2027-DM.pdf", "RC", hd + " – RC", "RC", rc,
                  L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2,
                    evidence=["divisé en 2 lots", "Performance en matière d'insertion professionnelle : 10 %",
                              "Performances environnementales des véhicules : 10 %"])),
            PIECE("CCAP_CAPV-2027-DM.pdf", "CCAP", hd + " – CCAP", "CCAP", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=2800, clause_environnementale=1,
                    allotissement=1, nb_lots=2, montant_max_ht=2100000,
                    evidence=["assimilés – 2 lots", "Total 2 800 heures", "Lot 1 : 1 500 000 € HT ; lot 2 : 600 000 € HT",
                              "[1 500 000 + 600 000 = 2 100 000]", "fonctionnent au bioGNV ou à l'électricité"])),
            PIECE("AE_lot1_CAPV-2027-DM.docx", "AE", hd + " – AE lot 1", "AE lot 1", ae,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, allotissement=1,
                    montant_max_ht=1500000,
                    evidence=["Acte d'engagement – lot 1", "montant maximum de 1 500 000 € HT",
                              "réaliser 2 000 heures d'insertion"])),
            PIECE("avis_rectificatif_CAPV-2027-DM.txt", "AVIS", hd, "", rect,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, allotissement=1,
                    evidence=["Lot n° 2", "le volume d'heures d'insertion est porté à 1 200 heures"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=3200, allotissement=1, nb_lots=2, montant_max_ht=2100000),
        note="Heures : CCAP lot 1 2 000 + lot 2 800 = 2 800 ; l'avis rectificatif porte le lot 2 à 1 200 heures "
             "(« au lieu de 800 ») : 2 000 + 1 200 = 3 200. Maximum : 1 500 000 + 600 000 = 2 100 000 € HT, non "
             "modifié. Pièges : total 2 800 écrit dans le CCAP ; AE du lot 1 (2 000 h, 1 500 000) ; « Euro VI ». "
             "Le rectificatif est étiqueté avec ce qu'il énonce (1 200 heures, lot 2).")


# ============================================================================ d09
def d09():
    c = C("l'Université de Haute-Brévanne", "Brévanne", delai=30, profil="uhb-achats.example")
    hd = "Université de Haute-Brévanne – UHB-MOB-2027"
    rc = [TITLE("Université de Haute-Brévanne", "Règlement de la consultation", "Fourniture de mobilier"),
          H("Article 1 – Lots"),
          LST(["Lot 1 : mobilier de bureau – montant maximum 200~000~€~HT ;",
               "Lot 2 : mobilier d'enseignement – montant maximum 150~000~€~HT."]),
          P("Chaque lot est un accord-cadre à bons de commande de quatre ans. La valeur estimée de la consultation "
            "est de 280~000~€~HT."),
          H("Article 2 – Critères"),
          P("Prix : 50 % ; valeur technique : 30 % ; performance environnementale (durabilité, réparabilité, "
            "part de matières recyclées) : 20 %."),
          H("Article 3 – Date limite"),
          P("Le 17 septembre 2027 à 12 h 00.")]
    ccap = [TITLE("Université de Haute-Brévanne", "CCAP", "Fourniture de mobilier – lots 1 et 2"),
            *A("Lots", "Le marché comprend deux lots."),
            *A("Montants", "Le montant maximum est de 200~000~€~HT pour le lot 1 et de 150~000~€~HT pour le lot 2 "
               "sur quatre ans."),
            *A("Réemploi", "Le titulaire reprend l'ancien mobilier désigné par l'université et le remet à une "
               "filière de réemploi ; les pièces détachées restent disponibles dix ans."),
            *paiement(c)]
    ae = [TITLE("Université de Haute-Brévanne", "Acte d'engagement – lot 1 : mobilier de bureau",
                "Fourniture de mobilier"),
          *A("Engagement", "Le titulaire s'engage à livrer le mobilier commandé, dans la limite du montant maximum "
             "du lot 1, soit 200~000~€~HT.")]
    rect = [TITLE("AVIS RECTIFICATIF", "Université de Haute-Brévanne – fourniture de mobilier",
                  "Réf. UHB-MOB-2027"),
            H("Ajout d'un lot"),
            P("Un lot n° 3 « Mobilier d'extérieur » est ajouté. Il est réservé aux établissements et services d'aide "
              "par le travail et aux entreprises adaptées (article L. 2113-12 du code de la commande publique). "
              "Montant maximum du lot n° 3 : 70 000 € HT sur la durée de l'accord-cadre."),
            P("En conséquence, le marché comporte désormais trois lots et la valeur totale estimée est portée à "
              "330 000 € HT."),
            P("Date limite de réception des offres : 1er octobre 2027 à 12 h 00.")]
    return dict(
        id="d09", title="Université de Haute-Brévanne – mobilier : ajout d'un lot 3 réservé",
        pieces=[
            PIECE("RC_UHB-MOB-2027.pdf", "RC", hd + " – RC", "RC", rc,
                  L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=280000,
                    montant_max_ht=350000,
                    evidence=["Lot 2 : mobilier d'enseignement", "valeur estimée de la consultation est de 280 000 € HT",
                              "[200 000 + 150 000 = 350 000]", "performance environnementale (durabilité"])),
            PIECE("CCAP_UHB-MOB-2027.docx", "CCAP", hd + " – CCAP", "CCAP", ccap,
                  L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=350000,
                    evidence=["Le marché comprend deux lots", "[200 000 + 150 000 = 350 000]",
                              "le remet à une filière de réemploi"])),
            PIECE("AE_lot1_UHB-MOB-2027.docx", "AE", hd + " – AE lot 1", "AE lot 1", ae,
                  L(allotissement=1, montant_max_ht=200000,
                    evidence=["lot 1 : mobilier de bureau", "du lot 1, soit 200 000 € HT"])),
            PIECE("avis_rectificatif_UHB-MOB-2027.txt", "AVIS", hd, "", rect,
                  L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=3, montant_estime_ht=330000,
                    evidence=["réservé aux établissements et services d'aide par le travail et aux entreprises "
                              "adaptées (article L. 2113-12", "comporte désormais trois lots",
                              "valeur totale estimée est portée à 330 000 € HT"])),
        ],
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=3, montant_estime_ht=330000, montant_max_ht=420000,
                 reserve_base="L2113-12"),
        note="Lots : 2 → 3 (avis rectificatif, ajout du lot 3 réservé L2113-12). Maximum : 200 000 + 150 000 + 70 000 "
             "= 420 000 € HT (aucune pièce n'écrit le total). Estimation : 280 000 → 330 000 € HT. Pièges : le "
             "rectificatif ne donne que le maximum du lot ajouté (pièce : maximum vide) ; AE du lot 1 (200 000) ; "
             "dix ans de pièces détachées. La réservation n'apparaît que dans la pièce modificative.")


# ============================================================================ d10
def d10():
    c = C("la Commune de Saint-Aulnay-des-Prés", "Cléris", ccag="travaux", delai=30, profil="saintaulnay.example")
    hd = "Saint-Aulnay-des-Prés – SADP-VOI-27"
    rc = [TITLE("Commune de Saint-Aulnay-des-Prés", "Règlement de la consultation",
                "Travaux d'entretien et de grosses réparations de voirie – SADP-VOI-27"),
          *A("Objet", "Accord-cadre à bons de commande de travaux de voirie communale. Le marché n'est pas "
             "alloti : une coordination unique des chantiers de voirie est indispensable."),
          *A("Critères", "Prix : 60 % ; valeur technique : 40 %."),
          *remise(c, "5 mai 2027 à 12~h~00")]
    ccap = [TITLE("Commune de Saint-Aulnay-des-Prés", "CCAP – accord-cadre de travaux", "Entretien de voirie"),
            *A("Objet", "Travaux d'entretien et de grosses réparations de voirie communale."),
            *A("Durée", "Quatre ans à compter de la notification, sans reconduction."),
            *A("Montant", "Le montant maximum de l'accord-cadre est de 3~000~000~€~HT pour sa durée totale."),
            *A("Matériaux", "Les enrobés comportent au moins 20 % d'agrégats d'enrobés recyclés ; les déblais sont "
               "réemployés sur place lorsque leur qualité le permet."),
            *A("Délais", "Chaque bon de commande fixe son délai d'exécution."),
            *A("Pénalités", "300~€ par jour de retard."),
            *A("Révision", "Les prix sont révisés mensuellement par l'index TP09."),
            *A("Réception", "Les opérations préalables à la réception ont lieu par bon de commande."),
            *A("Clause sociale d'insertion", "Le titulaire réalise au moins 1~500 heures d'insertion professionnelle "
               "au bénéfice de personnes éloignées de l'emploi sur la durée de l'accord-cadre.")]
    ae = [TITLE("Commune de Saint-Aulnay-des-Prés", "Acte d'engagement", "Entretien de voirie"),
          *A("Engagement", "Le titulaire s'engage à exécuter les travaux commandés aux prix du bordereau, "
             "conformément au CCAP."),
          *A("Paiement", "Virement sur le compte désigné ci-après.")]
    qr = [TITLE("Commune de Saint-Aulnay-des-Prés", "Questions des candidats et réponses de l'acheteur",
                "SADP-VOI-27 – publié le 22 avril 2027"),
          P("Q1 – Le volume de 1 500 heures d'insertion nous paraît élevé au regard de la saisonnalité des "
            "chantiers. Peut-il être ramené à 1 000 heures ?"),
          P("R1 – Non. Le volume de 1 500 heures d'insertion fixé à l'article 9 du CCAP est maintenu sans "
            "changement."),
          P("Q2 – Le montant maximum de 3 000 000 € HT s'entend-il par an ?"),
          P("R2 – Non. Le montant maximum de 3 000 000 € HT s'entend pour la durée totale de quatre ans ; il n'est "
            "pas annuel."),
          P("Q3 – Le plan de circulation des chantiers est-il fourni ?"),
          P("R3 – Il est établi par le titulaire pour chaque bon de commande.")]
    return dict(
        id="d10", title="Saint-Aulnay-des-Prés – voirie : Q/R qui confirme les 1 500 heures et le maximum",
        pieces=[
            PIECE("RC_SADP-VOI-27.pdf", "RC", hd + " – RC", "RC", rc,
                  L(allotissement=0, evidence=["Le marché n'est pas alloti"])),
            PIECE("CCAP_SADP-VOI-27.pdf", "CCAP", hd + " – CCAP", "CCAP", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, clause_environnementale=1,
                    montant_max_ht=3000000,
                    evidence=["montant maximum de l'accord-cadre est de 3 000 000 € HT pour sa durée totale",
                              "au moins 1 500 heures d'insertion professionnelle",
                              "au moins 20 % d'agrégats d'enrobés recyclés"])),
            PIECE("AE_SADP-VOI-27.docx", "AE", hd + " – AE", "AE", ae, L()),
            PIECE("QR_SADP-VOI-27.txt", "QR", hd, "", qr,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, montant_max_ht=3000000,
                    evidence=["Le volume de 1 500 heures d'insertion fixé à l'article 9 du CCAP est maintenu",
                              "3 000 000 € HT s'entend pour la durée totale de quatre ans"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=1500, allotissement=0, montant_max_ht=3000000),
        note="Le registre Q/R CONFIRME sans rien changer : 1 500 heures maintenues (la demande de 1 000 heures est "
             "refusée) ; 3 000 000 € HT pour la durée totale (pas par an : ne pas multiplier par 4). Pièges : "
             "« 1 000 heures » dans la question ; 20 % d'agrégats ; 300 € par jour. Non alloti.")


# ============================================================================ d11
def d11():
    c = C("la Régie des transports de la Vallée du Sorn", "Sornac", delai=60, profil="rtvs-achats.example")
    hd = "Régie des transports de la Vallée du Sorn – RTVS-2027-N"
    rc = [TITLE("Régie des transports de la Vallée du Sorn", "Règlement de la consultation",
                "Nettoyage intérieur et extérieur des autobus"),
          *A("Objet", "Nettoyage quotidien des 46 autobus du dépôt de Sornac. Le marché n'est pas alloti, les "
             "prestations étant réalisées sur un site unique."),
          *A("Valeur estimée", "La valeur estimée du marché, reconduction comprise, est de 180~000~€~HT."),
          *A("Critères", ["Prix : 55 %", "Valeur technique : 30 %",
                          "Conditions d'emploi et de formation du personnel affecté au marché : 15 %"]),
          *remise(c, "30 juin 2027 à 10~h~00")]
    ccap = [TITLE("Régie des transports de la Vallée du Sorn", "CCAP", "Nettoyage des autobus"),
            *A("Objet", "Nettoyage intérieur et extérieur des autobus."),
            *A("Durée", "Deux ans, reconductible une fois pour un an."),
            *A("Prix", "Prix unitaires par type de lavage."),
            *A("Montant maximum", "Le montant maximum est de 205~000~€~HT sur la durée totale de l'accord-cadre, "
               "reconduction comprise."),
            *A("Environnement", "Les produits de lavage sont biodégradables et les eaux de lavage sont recyclées "
               "par la station du dépôt."),
            *paiement(c)]
    qr = [TITLE("Régie des transports de la Vallée du Sorn", "Registre des questions-réponses",
                "Nettoyage des autobus – RTVS-2027-N"),
          P("Question n° 1 : L'article 4 du CCAP fixe un montant maximum de 250 000 € HT. Pouvez-vous préciser le "
            "volume annuel de lavages attendu ?"),
          P("Réponse : L'article 4 du CCAP fixe le montant maximum à 205 000 € HT (et non 250 000 € HT) pour la "
            "durée totale, reconduction comprise. Le volume indicatif est d'environ 9 000 lavages par an."),
          P("Question n° 2 : Le marché est-il divisé en lots ?"),
          P("Réponse : Non, le marché n'est pas alloti.")]
    return dict(
        id="d11", title="Régie de la Vallée du Sorn – autobus : question citant un maximum erroné (250 000)",
        pieces=[
            PIECE("RC_RTVS-2027-N.pdf", "RC", hd + " – RC", "RC", rc,
                  L(critere_social=1, allotissement=0, montant_estime_ht=180000,
                    evidence=["Le marché n'est pas alloti", "reconduction comprise, est de 180 000 € HT",
                              "Conditions d'emploi et de formation du personnel affecté au marché : 15 %"])),
            PIECE("CCAP_RTVS-2027-N.docx", "CCAP", hd + " – CCAP", "CCAP", ccap,
                  L(clause_environnementale=1, montant_max_ht=205000,
                    evidence=["Le montant maximum est de 205 000 € HT sur la durée totale",
                              "Les produits de lavage sont biodégradables"])),
            PIECE("QR_RTVS-2027-N.pdf", "QR", hd + " – Q/R", "Questions-réponses", qr,
                  L(allotissement=0, montant_max_ht=205000,
                    evidence=["fixe le montant maximum à 205 000 € HT (et non 250 000 € HT)",
                              "le marché n'est pas alloti"])),
        ],
        pos=["critere_social", "clause_environnementale"],
        values=V(allotissement=0, montant_estime_ht=180000, montant_max_ht=205000),
        note="La question cite un maximum erroné (250 000 € HT) que la réponse corrige : 205 000 € HT, comme le CCAP "
             "(durée totale, reconduction comprise). Estimation 180 000 € HT (RC). Pièges : 250 000 dans la "
             "question ; 9 000 lavages ; 46 autobus ; délai de paiement 60 jours. Non alloti.")


# ============================================================================ d12
def d12():
    c = C("le Syndicat départemental d'énergie du Pertuis-Vert", "Pertuis", delai=30, profil="sdepv-marches.example")
    hd = "SDE du Pertuis-Vert – SDEPV-EP-2027"
    rc = [TITLE("Syndicat départemental d'énergie du Pertuis-Vert", "Règlement de la consultation",
                "Maintenance de l'éclairage public – SDEPV-EP-2027"),
          *A("Objet et forme", "Maintenance préventive et curative des installations d'éclairage public des "
             "communes adhérentes. Accord-cadre à bons de commande, non alloti, d'une durée totale de quatre ans."),
          *A("Montant", "Le montant maximum de l'accord-cadre est de 900~000~€~HT pour sa durée totale de quatre "
             "ans."),
          *A("Critères", "Prix : 55 % ; valeur technique : 30 % ; réduction des consommations d'énergie proposée : "
             "15 %."),
          *remise(c, "8 avril 2027 à 12~h~00")]
    ccap = [TITLE("SDE du Pertuis-Vert", "CCAP", "Maintenance de l'éclairage public"),
            *A("Durée et montant", "Quatre ans ; montant maximum 900~000~€~HT sur la durée totale."),
            *A("Déchets", "Les lampes et luminaires déposés sont remis à l'éco-organisme agréé ; le titulaire en "
               "justifie chaque trimestre."),
            *A("Insertion professionnelle", "Le titulaire consacre 1~200 heures de travail à l'insertion de "
               "personnes éloignées de l'emploi sur la durée totale du marché."),
            *paiement(c)]
    ae = [TITLE("SDE du Pertuis-Vert", "Acte d'engagement", "Maintenance de l'éclairage public"),
          *A("Engagement", "Le titulaire s'engage à exécuter les prestations commandées dans la limite du montant "
             "maximum de 900~000~€~HT.")]
    r1 = [TITLE("AVIS RECTIFICATIF N° 1 (3 mars 2027)", "Syndicat départemental d'énergie du Pertuis-Vert",
                "Maintenance de l'éclairage public – SDEPV-EP-2027"),
          P("1. Le montant maximum de l'accord-cadre est porté de 900 000 € HT à 1 100 000 € HT."),
          P("2. Le volume d'heures d'insertion est porté de 1 200 à 1 400 heures."),
          P("3. La date limite de remise des offres est reportée au 15 avril 2027 à 12 h 00.")]
    r2 = [TITLE("Syndicat départemental d'énergie du Pertuis-Vert", "AVIS RECTIFICATIF N° 2 (10 mars 2027)",
                "Rectification de l'avis rectificatif n° 1 du 3 mars 2027"),
          P("Point 1 de l'avis rectificatif n° 1 :"),
          P("Au lieu de : « porté de 900 000 € HT à 1 100 000 € HT »"),
          P("Lire : « porté de 900 000 € HT à 1 000 000 € HT »"),
          P("Les autres mentions de l'avis rectificatif n° 1, notamment le volume d'heures d'insertion et la date "
            "limite, demeurent inchangées.")]
    return dict(
        id="d12", title="SDE du Pertuis-Vert – éclairage public : deux rectificatifs successifs",
        pieces=[
            PIECE("RC_SDEPV-EP-2027.pdf", "RC", hd + " – RC", "RC", rc,
                  L(critere_environnemental=1, allotissement=0, montant_max_ht=900000,
                    evidence=["non alloti", "montant maximum de l'accord-cadre est de 900 000 € HT",
                              "réduction des consommations d'énergie proposée : 15 %"])),
            PIECE("CCAP_SDEPV-EP-2027.pdf", "CCAP", hd + " – CCAP", "CCAP", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, clause_environnementale=1,
                    montant_max_ht=900000,
                    evidence=["montant maximum 900 000 € HT sur la durée totale",
                              "consacre 1 200 heures de travail à l'insertion",
                              "remis à l'éco-organisme agréé"])),
            PIECE("AE_SDEPV-EP-2027.docx", "AE", hd + " – AE", "AE", ae,
                  L(montant_max_ht=900000, evidence=["montant maximum de 900 000 € HT"])),
            PIECE("avis_rectificatif_1_SDEPV-EP-2027.txt", "AVIS", hd, "", r1,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1400, montant_max_ht=1100000,
                    evidence=["porté de 900 000 € HT à 1 100 000 € HT",
                              "heures d'insertion est porté de 1 200 à 1 400 heures"])),
            PIECE("avis_rectificatif_2_SDEPV-EP-2027.pdf", "AVIS", hd + " – rectificatif n° 2", "Rectificatif n° 2",
                  r2, L(montant_max_ht=1000000, evidence=["Lire : « porté de 900 000 € HT à 1 000 000 € HT »"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1400, allotissement=0, montant_max_ht=1000000),
        note="Deux corrections successives : le rectificatif n° 1 porte le maximum de 900 000 à 1 100 000 € HT et "
             "les heures de 1 200 à 1 400 ; le rectificatif n° 2 (postérieur) corrige le n° 1 : maximum 1 000 000 € HT "
             "(le plus récent l'emporte) ; les 1 400 heures demeurent. Pièges : 1 100 000 dans le n° 2 (« Au lieu "
             "de ») ; le n° 2 mentionne les heures sans chiffre (pièce : pas de clause) ; AE et RC à 900 000. Non "
             "alloti.")


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
                if not (1 <= n <= 2):
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
    head = ("# Jeu blind_values_19 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies),\n"
            "# APRÈS toutes les pièces modificatives (avis rectificatifs, modificatifs, registre des questions-réponses).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de conflit entre pièces, une pièce postérieure qui modifie expressément une autre l'emporte (la plus\n"
            "# récente en dernier) ; sinon le CCAP, le RC, l'AE, l'avis ou le registre des questions-réponses priment sur le\n"
            "# CCTP et ses annexes (voir note).\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    for line in cuts:
        print("  coupure", line)
    problems.extend(extra_checks(rows))
    print("contrôles : preuves présentes dans le texte logique de leur pièce ; preuves <= 300 caractères ; PDF de "
          "1 à 2 pages ; 3 à 5 pièces par dossier ; articles sans doublon ; clause_insertion => clause_sociale ; "
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
