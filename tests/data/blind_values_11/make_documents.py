#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_11 (PDF reportlab, DOCX python-docx, notices .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_10/make_documents.py : lignes 1-653 (écriture
PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB, césure
forcée HY, aides de saisie, number_articles, C, A) et lignes 3101-3278 (extra_checks, build_piece,
check_articles, _expect, main, qui écrivent dossiers.yml, expect et labels.csv). Les articles de
remplissage neutres et les dix-huit dossiers ont été écrits pour ce jeu.

Thème principal : le montant maximum HT de l'accord-cadre réparti entre les pièces.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot court si le mot ne tient plus sur la ligne.

Usage : .venv/bin/python tests/data/blind_values_11/make_documents.py
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
SET_NAME = "blind_values_11"

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


# ----------------------------------------------------------------------------- articles de remplissage
# Écrits pour ce jeu. Neutres : ni clause sociale ou environnementale, ni lots, ni montant maximum,
# ni estimation. Pièges volontaires : montants d'assurance (f_assurances), seuil de l'avance
# (f_avance), plafond des pénalités (f_penalites), indemnité de 40 euros (f_paiement), rappel des
# obligations légales du code du travail (f_travail), « heures » et délais (f_cctp_suivi, f_rc_remise).

def f_pieces(c, v=0, autres=()):
    items = ["l'acte d'engagement (AE) et ses annexes éventuelles ;",
             "le présent cahier des clauses administratives particulières (CCAP) ;"]
    items += list(autres)
    items.append("le cahier des clauses administratives générales applicables aux marchés publics de %s (CCAG), "
                 "approuvé par l'arrêté du 30 mars 2021 ;" % c["ccag"])
    items.append("l'offre technique du titulaire (mémoire technique).")
    if v == 0:
        return A("Pièces contractuelles",
                 "Les pièces constitutives du marché sont les suivantes, par ordre de priorité décroissante :",
                 items,
                 "En cas de contradiction entre ces pièces, elles prévalent dans l'ordre ci-dessus.")
    if v == 1:
        return A("Pièces constitutives",
                 "Par dérogation à l'article 4.1 du CCAG, les documents contractuels sont, dans l'ordre de priorité :",
                 items)
    return A("Documents contractuels",
             "Le marché est constitué des documents énumérés ci-dessous ; en cas de discordance, ils prévalent "
             "dans l'ordre où ils sont cités :", items,
             "Les conditions générales de vente du titulaire ne sont pas applicables.")


def f_prix(c, v=0):
    if v == 0:
        return A("Forme et variation des prix",
                 "Les prestations sont réglées par application des prix unitaires du bordereau des prix aux "
                 "quantités réellement exécutées. Les prix sont réputés comprendre toutes les charges fiscales, "
                 "parafiscales ou autres frappant obligatoirement la prestation, ainsi que les frais de transport et "
                 "de livraison.",
                 "Les prix sont fermes pendant les douze premiers mois, puis révisables à chaque date anniversaire de "
                 "la notification selon la formule P = P0 × (0,15 + 0,85 × I/I0), où I est la dernière valeur "
                 "publiée de l'indice de référence. Le coefficient de révision est arrondi au millième supérieur.")
    if v == 1:
        return A("Prix",
                 "Les prix sont unitaires et révisables annuellement. Le mois zéro (m0) est le mois de la date "
                 "limite de remise des offres. La révision s'applique sur demande du titulaire, présentée au plus "
                 "tard deux mois après la publication de l'indice ; à défaut, les prix antérieurs restent applicables.",
                 "Aucune révision n'est due pour une hausse de l'indice inférieure à 1 %.")
    return A("Contenu et caractère des prix",
             "Les prix sont établis hors TVA et comprennent l'ensemble des sujétions d'exécution décrites au "
             "cahier des charges, y compris les déplacements et le petit matériel. Ils sont actualisables si un "
             "délai supérieur à trois mois s'écoule entre la date d'établissement des prix et le début "
             "d'exécution des prestations.")


def f_paiement(c, v=0):
    if v == 0:
        return A("Modalités de paiement",
                 "Les sommes dues sont payées dans un délai global de %d jours à compter de la réception de la "
                 "demande de paiement. Le dépassement de ce délai ouvre droit, sans formalité, à des intérêts "
                 "moratoires au taux de la Banque centrale européenne majoré de huit points, ainsi qu'à une "
                 "indemnité forfaitaire de 40 euros pour frais de recouvrement." % c["delai"],
                 "Les factures sont déposées sur le portail Chorus Pro ; elles mentionnent le numéro du bon de "
                 "commande et le détail des prestations.")
    if v == 1:
        return A("Règlement des comptes",
                 "Le paiement intervient par virement administratif, après service fait, dans le délai de %d jours "
                 "prévu par le code de la commande publique. Les demandes de paiement sont transmises par voie "
                 "dématérialisée (Chorus Pro) et comportent les références de la consultation %s." % (c["delai"], c["ref"]),
                 "En cas de retard, les intérêts moratoires et l'indemnité forfaitaire de 40~€ sont dus de plein droit.")
    return A("Facturation et paiement",
             "Une facture est établie à chaque livraison ou à la fin de chaque mois d'exécution. Le délai de "
             "paiement est de %d jours. Toute facture incomplète est retournée au titulaire et le délai est "
             "suspendu jusqu'à la réception des éléments manquants." % c["delai"])


def f_avance(c, v=0):
    if v == 0:
        return A("Avance",
                 "Une avance est accordée au titulaire lorsque le montant initial du marché, ou de chaque bon de "
                 "commande pour un accord-cadre, est supérieur à 50~000 euros HT et que le délai d'exécution est "
                 "supérieur à deux mois, sauf renonciation expresse indiquée à l'acte d'engagement. Son taux est "
                 "fixé à 10~% ; aucune garantie n'est exigée.")
    return A("Avance forfaitaire",
             "Conformément aux articles R.~2191-3 et suivants du code de la commande publique, le titulaire peut "
             "bénéficier d'une avance dans les conditions prévues par ces articles. Le remboursement s'impute sur les "
             "sommes dues lorsque le montant des prestations exécutées atteint 65~% du montant initial.")


def f_penalites(c, v=0):
    if v == 0:
        return A("Pénalités",
                 "Par dérogation à l'article 14.1 du CCAG, en cas de retard dans l'exécution, le titulaire encourt, "
                 "sans mise en demeure préalable, une pénalité de 1/1000 du montant HT du bon de commande concerné par "
                 "jour calendaire de retard. Le montant total des pénalités est plafonné à 10~% du montant HT des "
                 "commandes passées.",
                 "Le titulaire n'est pas exonéré des pénalités dont le montant total ne dépasse pas 300~euros HT pour "
                 "l'ensemble du marché.")
    if v == 1:
        return A("Pénalités de retard",
                 "Tout retard de livraison ou d'intervention donne lieu à une pénalité forfaitaire de 150~€ HT par "
                 "jour de retard. Une absence non justifiée à une réunion de suivi est sanctionnée d'une pénalité de "
                 "100~€ HT. Les pénalités sont déduites des sommes dues au titulaire.")
    return A("Pénalités pour retard et manquements",
             "Les pénalités sont calculées selon la formule de l'article 14.1.1 du CCAG. Leur montant cumulé ne "
             "peut excéder 8~% du montant total HT du marché. Elles sont appliquées sur simple constat du retard "
             "par le représentant du pouvoir adjudicateur.")


def f_assurances(c, v=0):
    if v == 0:
        return A("Assurances",
                 "Le titulaire justifie, dans un délai de quinze jours à compter de la notification et avant tout "
                 "commencement d'exécution, d'une assurance de responsabilité civile professionnelle couvrant les "
                 "dommages causés aux tiers, pour un montant minimal de 1~500~000 euros par sinistre, ainsi que "
                 "d'une garantie des dommages immatériels consécutifs d'au moins 300~000 euros.")
    return A("Assurances et responsabilité",
             "Le titulaire est seul responsable des dommages causés à l'occasion de l'exécution. Il souscrit une "
             "police de responsabilité civile dont les garanties ne sont pas inférieures à 2~000~000~€ par année "
             "d'assurance, et en produit l'attestation à chaque date anniversaire du marché.")


def f_resiliation(c, v=0):
    if v == 0:
        return A("Résiliation",
                 "Les stipulations des articles 36 à 42 du CCAG relatives à la résiliation sont applicables. En "
                 "cas de résiliation pour motif d'intérêt général, le titulaire perçoit une indemnité égale à 5~% du "
                 "montant HT des prestations restant à exécuter au titre des bons de commande notifiés.")
    return A("Résiliation du marché",
             "%s peut résilier le marché dans les conditions prévues au CCAG. La résiliation aux torts du "
             "titulaire intervient après mise en demeure restée sans effet pendant quinze jours." % c["Qui"])


def f_litiges(c, v=0):
    return A("Règlement des litiges",
             "En cas de différend, les parties recherchent un règlement amiable, le cas échéant devant le comité "
             "consultatif de règlement amiable des litiges compétent. À défaut, le tribunal administratif de %s "
             "est seul compétent." % c["ta"])


def f_travail(c, v=0):
    return A("Obligations sociales et fiscales",
             "Le titulaire remet tous les six mois, jusqu'à la fin de l'exécution du marché, les pièces "
             "mentionnées aux articles L.~8222-1 et D.~8222-5 du code du travail (attestation de vigilance de "
             "l'URSSAF, extrait K ou Kbis). Il respecte la réglementation relative au détachement de salariés.")


def f_rc_retrait(c, v=0):
    if v == 0:
        return A("Retrait du dossier de consultation",
                 "Le dossier de consultation est téléchargeable gratuitement sur le profil d'acheteur %s. Les "
                 "candidats sont invités à s'identifier afin d'être informés des éventuelles modifications." % c["profil"])
    return A("Mise à disposition du DCE",
             "Le DCE est disponible sur %s, sous la référence %s. Aucune transmission sur support papier n'est "
             "prévue." % (c["profil"], c["ref"]))


def f_rc_remise(c, date, v=0):
    if v == 0:
        return A("Conditions de remise des plis",
                 "Les plis sont transmis par voie électronique sur le profil d'acheteur avant le %s. Les plis "
                 "parvenus après la date et l'heure limites ne sont pas ouverts. Une copie de sauvegarde peut être "
                 "envoyée sur support physique ou papier, dans un pli scellé portant la mention « copie de "
                 "sauvegarde »." % date,
                 "Le délai de validité des offres est de cent vingt jours à compter de la date limite de réception.")
    if v == 1:
        return A("Date limite et modalités de réception des offres",
                 "Les offres sont déposées exclusivement sur la plateforme %s au plus tard le %s. Les formats "
                 "acceptés sont PDF, DOCX, XLSX et ODT ; les fichiers exécutables sont refusés." % (c["profil"], date),
                 "Les offres restent valables 150 jours.")
    return A("Remise des offres",
             "Date et heure limites : %s. La transmission par courriel n'est pas admise. Le candidat veille à "
             "anticiper le téléversement, dont la durée dépend du débit de sa connexion." % date)


def f_rc_candidature(c, v=0):
    if v == 0:
        return A("Contenu du dossier de candidature",
                 "Chaque candidat produit les formulaires DC1 et DC2, ou le document unique de marché européen "
                 "(DUME), ainsi qu'une liste des principales prestations réalisées au cours des trois dernières "
                 "années. Aucun niveau minimal de capacité n'est exigé.")
    return A("Pièces de la candidature",
             "Le candidat fournit : la lettre de candidature (DC1) ; la déclaration du candidat (DC2) ; une "
             "déclaration indiquant les effectifs moyens annuels et l'importance du personnel d'encadrement ; les "
             "attestations d'assurance en cours de validité.")


def f_rc_jugement(c, crits, v=0):
    items = ["%s : %s~%%" % (n, w) for n, w in crits]
    if v == 0:
        return A("Jugement des offres",
                 "Les offres sont classées en fonction des critères pondérés suivants :", items,
                 "Les offres anormalement basses sont traitées selon les articles R.~2152-3 à R.~2152-5 du code "
                 "de la commande publique.")
    return A("Critères d'attribution",
             "L'offre économiquement la plus avantageuse est appréciée selon les critères ci-après :", items,
             "Le prix est noté selon la formule : note = 10 × (offre la moins disante / offre examinée).")


def f_rc_nego(c, v=0):
    if v == 0:
        return A("Négociation",
                 "L'acheteur se réserve la possibilité d'attribuer le marché sur la base des offres initiales, "
                 "sans négociation. S'il négocie, il le fait avec les trois candidats les mieux classés au plus.")
    return A("Variantes et négociation",
             "Les variantes ne sont pas autorisées. Une négociation peut être engagée avec l'ensemble des "
             "candidats ayant remis une offre recevable.")


def f_cctp_suivi(c, v=0):
    if v == 0:
        return A("Suivi de l'exécution",
                 "Une réunion de lancement est organisée dans les quinze jours suivant la notification. Le titulaire "
                 "désigne un interlocuteur unique joignable aux heures ouvrables. Toute anomalie est signalée au "
                 "service gestionnaire dans un délai de quarante-huit heures.")
    return A("Pilotage et comptes rendus",
             "Le titulaire transmet un compte rendu d'activité trimestriel : prestations réalisées, délais "
             "constatés, incidents. Une réunion de bilan a lieu chaque année, à une date fixée d'un commun accord "
             "entre 9~h et 17~h, dans les locaux de l'acheteur.")


def f_cctp_securite(c, v=0):
    return A("Hygiène et sécurité",
             "Avant toute intervention sur un site en activité, un plan de prévention est établi conjointement "
             "avec le responsable du site. Le personnel du titulaire porte les équipements de protection "
             "individuelle adaptés et un badge nominatif. L'accès aux locaux techniques est limité aux heures "
             "d'ouverture des services.")


def f_ae_signature(c, lieu):
    return [H("Signature"),
            P("Le candidat certifie l'exactitude des renseignements portés au présent acte d'engagement."),
            P("Fait à ……………………, le ……………………"),
            P("Signature du candidat ou du mandataire du groupement :"),
            P("Acceptation de l'offre – Pour %s, à %s, le ……………………" % (c["qui"], lieu))]


def f_ae_compte(c, v=0):
    return A("Compte à créditer",
             "Les sommes dues au titulaire sont versées sur le compte ouvert au nom de : ……………………",
             "IBAN : ………………………………………… BIC : ……………………",
             "Joindre un relevé d'identité bancaire.")


# ============================================================================= dossiers
# Chaque fonction rend un dossier : id, title, pieces (PIECE…), pos, values (V…), note.

def d01():
    c = C("la Ville de Montreval-sur-Lèze", "Toulouse", delai=30,
          profil="https://marches.montreval-sur-leze.fr", ref="2026-FCS-07")
    B = "Ville de Montreval-sur-Lèze – Consultation 2026-FCS-07"
    rc = [TITLE("VILLE DE MONTREVAL-SUR-LÈZE", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture de produits d'entretien et d'articles d'hygiène",
                "Procédure adaptée – articles L. 2123-1 et R. 2123-1 1° du code de la commande publique")]
    rc += A("Objet de la consultation",
            "La consultation porte sur la fourniture et la livraison de produits d'entretien, d'essuyage et "
            "d'articles d'hygiène pour les bâtiments communaux, les quatre groupes scolaires et le centre de loisirs "
            "des Granges.",
            "Elle donne lieu à un accord-cadre à bons de commande mono-attributaire, exécuté par l'émission de bons "
            "de commande, avec un minimum et un maximum fixés au CCAP.")
    rc += A("Allotissement",
            "Le marché n'est pas divisé en lots : les produits sont livrés ensemble, sur les mêmes sites, et un "
            "fournisseur unique permet de regrouper les livraisons (article L.~2113-11 du code de la commande "
            "publique).")
    rc += A("Durée de l'accord-cadre",
            "L'accord-cadre est conclu pour une période initiale de douze mois à compter de sa notification. Il "
            "est reconductible tacitement trois fois, par période de douze mois, sans que sa durée totale puisse "
            "excéder quatre ans. Le titulaire ne peut refuser la reconduction.")
    rc += f_rc_retrait(c, 0)
    rc += f_rc_candidature(c, 0)
    rc += f_rc_jugement(c, [("Prix des prestations, apprécié sur un panier type", 60),
                            ("Valeur technique, appréciée au vu des fiches techniques et des délais", 40)])
    rc += f_rc_remise(c, "lundi 8 février 2027 à 12~h~00", 1)
    rc += f_rc_nego(c, 0)
    ccap = [TITLE("VILLE DE MONTREVAL-SUR-LÈZE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Fourniture de produits d'entretien et d'articles d'hygiène – réf. 2026-FCS-07")]
    ccap += A("Objet",
              "Le présent accord-cadre a pour objet la fourniture de produits d'entretien et d'articles d'hygiène "
              "(papier toilette, essuie-mains, sacs, détergents, désinfectants) livrés dans les bâtiments de la "
              "Ville. Il est exécuté par bons de commande au sens des articles R.~2162-13 et R.~2162-14 du code de "
              "la commande publique.")
    ccap += f_pieces(c, 0, ["le bordereau des prix unitaires (BPU) ;"])
    ccap += A("Montants de l'accord-cadre",
              "Le montant minimum annuel des commandes est fixé à 10~000 € HT. Pour chaque période d'exécution, "
              "le montant maximum annuel des commandes est fixé à 45" + SB + "000 € HT. Ces montants s'appliquent "
              "à chaque période, y compris en cas de reconduction.")
    ccap += A("Durée",
              "La durée de l'accord-cadre et les conditions de sa reconduction sont fixées au règlement de la "
              "consultation et reprises à l'acte d'engagement.")
    ccap += A("Livraisons",
              "Les livraisons ont lieu du lundi au vendredi entre 8~h et 11~h~30, dans un délai de cinq jours "
              "ouvrés à compter de la réception du bon de commande. Le bon de livraison accompagne chaque colis et "
              "reprend le numéro du bon de commande.")
    ccap += A("Conditionnements et reprise des emballages",
              "Les produits concentrés sont livrés en conditionnements rechargeables. À chaque livraison, le "
              "titulaire reprend les bidons vides, cartons et palettes des livraisons précédentes et les remet à "
              "une filière de valorisation agréée ; il en justifie une fois par an.")
    ccap += f_prix(c, 0)
    ccap += f_paiement(c, 0)
    ccap += f_penalites(c, 1)
    ccap += f_resiliation(c, 1)
    ccap += f_litiges(c)
    ae = [TITLE("Ville de Montreval-sur-Lèze", "ACTE D'ENGAGEMENT",
                "Fourniture de produits d'entretien et d'articles d'hygiène – réf. 2026-FCS-07")]
    ae += A("Identification du titulaire",
            "Nom commercial et dénomination sociale : ……………………",
            "Adresse : …………………… SIRET : ……………………",
            "Agissant pour son propre compte / pour le compte du groupement (rayer la mention inutile).")
    ae += A("Engagement",
            "Après avoir pris connaissance du CCAP et des documents qui y sont mentionnés, je m'engage à livrer "
            "les fournitures demandées aux prix du bordereau des prix unitaires annexé.",
            "Les commandes sont passées dans la limite des montants minimum et maximum annuels fixés à "
            "l'article 3 du CCAP.")
    ae += A("Durée",
            "L'accord-cadre prend effet à sa notification pour douze mois. Il est reconduit tacitement trois "
            "fois pour la même durée, soit quatre ans au plus.")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Montreval-sur-Lèze")
    bpu = [TITLE("Ville de Montreval-sur-Lèze", "BORDEREAU DES PRIX UNITAIRES",
                 "Produits d'entretien et articles d'hygiène – réf. 2026-FCS-07"),
           P("Les quantités annuelles sont données à titre indicatif ; elles n'engagent pas la Ville. Les prix "
             "sont exprimés en euros hors taxes, livraison comprise."),
           RTAB([["N°", "Désignation", "Unité", "Quantité annuelle indicative", "Prix unitaire HT"],
                 ["1", "Papier toilette, rouleau 200 formats", "colis de 96", "140", ""],
                 ["2", "Essuie-mains pliés en Z", "carton de 3 750", "210", ""],
                 ["3", "Sacs poubelle 110 l", "carton de 200", "95", ""],
                 ["4", "Détergent surfaces concentré", "bidon de 5 l", "60", ""],
                 ["5", "Désinfectant sanitaire", "bidon de 5 l", "45", ""],
                 ["6", "Savon mains en cartouche", "carton de 6", "80", ""]]),
           P("Fait à ……………………, le …………………… Cachet et signature du candidat :")]
    pieces = [
        PIECE("RC_2026-FCS-07.pdf", "RC", B + " – Règlement de la consultation", "RC – produits d'entretien", rc,
              L(allotissement=0, evidence=["Le marché n'est pas divisé en lots"])),
        PIECE("CCAP_2026-FCS-07.pdf", "CCAP", B + " – CCAP", "CCAP – produits d'entretien", ccap,
              L(clause_environnementale=1, montant_max_ht=45000,
                evidence=["le montant maximum annuel des commandes est fixé à 45 000 € HT",
                          "le titulaire reprend les bidons vides, cartons et palettes des livraisons précédentes et "
                          "les remet à une filière de valorisation agréée"])),
        PIECE("AE_2026-FCS-07.docx", "AE", B + " – Acte d'engagement", "AE – produits d'entretien", ae, L()),
        PIECE("BPU_2026-FCS-07.docx", "BPU", B + " – BPU", "BPU – produits d'entretien", bpu, L()),
    ]
    return dict(id="d01", title="Ville de Montreval-sur-Lèze – produits d'entretien (accord-cadre à bons de commande)",
                pieces=pieces, pos=["clause_environnementale"],
                values=V(allotissement=0, montant_max_ht=180000),
                note="Maximum : 45 000 € HT par an au CCAP (nombre « 45 / 000 » coupé en fin de ligne), qui renvoie la "
                     "durée au RC et à l'AE ; RC et AE : douze mois reconductibles trois fois, soit quatre périodes. "
                     "45 000 × 4 = 180 000. Le CCAP, qui ignore le nombre de périodes, reçoit 45 000 (convention de "
                     "blind_values_10). Pièges : minimum annuel 10 000 € HT ; seuil de 40 € d'indemnité ; quantités "
                     "indicatives du BPU. Non alloti (RC). Clause environnementale : reprise des emballages (CCAP).")


def d02():
    c = C("le SIVOM de la Vallée de l'Ourbise", "Limoges", delai=30,
          profil="https://www.achats-ourbise.fr", ref="SIVOM-EV-2026")
    B = "SIVOM de la Vallée de l'Ourbise – Marché SIVOM-EV-2026"
    rc = [TITLE("SYNDICAT INTERCOMMUNAL À VOCATIONS MULTIPLES DE LA VALLÉE DE L'OURBISE",
                "Règlement de la consultation",
                "Entretien des espaces verts, des accotements et des cimetières des communes membres")]
    rc += A("Objet et forme du marché",
            "Le marché a pour objet l'entretien courant des espaces verts, le fauchage des accotements et "
            "l'entretien des cimetières des onze communes membres du syndicat. Il prend la forme d'un accord-cadre "
            "à bons de commande passé selon une procédure adaptée.",
            "Le marché est passé en lot unique : les prestations se succèdent sur les mêmes sites selon un "
            "calendrier commun.")
    rc += A("Durée",
            "L'accord-cadre est conclu pour une période initiale de vingt-quatre mois. Il peut être reconduit "
            "deux fois, par décision expresse, pour une durée de douze mois chacune.")
    rc += f_rc_retrait(c, 1)
    rc += A("Visite des sites",
            "Une visite facultative est proposée le mardi 12 janvier 2027 ; rendez-vous à 9~h~30 devant la "
            "mairie de Saint-Aulaire-d'Ourbise.")
    rc += f_rc_candidature(c, 1)
    rc += f_rc_jugement(c, [("Prix", 55), ("Valeur technique (moyens humains et matériels, planning)", 45)], 1)
    rc += f_rc_remise(c, "29 janvier 2027, 16~h~00", 2)
    ccap = [TITLE("SIVOM DE LA VALLÉE DE L'OURBISE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Entretien des espaces verts, des accotements et des cimetières")]
    ccap += A("Objet", "Le présent CCAP fixe les stipulations administratives de l'accord-cadre à bons de "
              "commande relatif à l'entretien des espaces verts, des accotements et des cimetières des communes "
              "membres du syndicat.")
    ccap += f_pieces(c, 1, ["le cahier des clauses techniques particulières (CCTP) ;",
                            "le bordereau des prix unitaires (BPU) ;"])
    ccap += A("Montant de l'accord-cadre",
              "L'accord-cadre est conclu sans montant minimum. Son montant maximum est fixé à 160~000 € HT pour "
              "la période initiale de vingt-quatre mois.",
              "Les montants maximums applicables aux périodes de reconduction sont indiqués à l'acte d'engagement.")
    ccap += f_prix(c, 1)
    ccap += f_avance(c, 0)
    ccap += A("Clause sociale d'insertion",
              "Le titulaire s'engage à réaliser, sur la durée totale de l'accord-cadre, reconductions comprises, au "
              "moins 700 heures de travail au profit de personnes éloignées de l'emploi (demandeurs d'emploi de "
              "longue durée, bénéficiaires du RSA, jeunes sans qualification, travailleurs handicapés).",
              "À titre indicatif, ces heures se répartissent en 400 heures pendant la période initiale et 150 "
              "heures par période de reconduction. Le titulaire peut recourir à l'embauche directe, à la mise à "
              "disposition par une structure d'insertion ou à la sous-traitance à une SIAE.",
              "Le facilitateur de la Maison de l'emploi du Pays d'Ourbise accompagne le titulaire et contrôle "
              "l'exécution. Chaque heure non réalisée donne lieu à une pénalité de 50~€ HT.")
    ccap += f_paiement(c, 2)
    ccap += f_penalites(c, 0)
    ccap += f_assurances(c, 0)
    ccap += f_litiges(c)
    ae = [TITLE("SIVOM de la Vallée de l'Ourbise", "ACTE D'ENGAGEMENT",
                "Entretien des espaces verts, des accotements et des cimetières – SIVOM-EV-2026")]
    ae += A("Contractant",
            "Je soussigné(e) ……………………, agissant au nom et pour le compte de ……………………, m'engage, sans réserve, "
            "conformément aux stipulations des documents visés ci-dessus, à exécuter les prestations dans les "
            "conditions ci-après définies.")
    ae += A("Montants maximums par période",
            "L'accord-cadre est conclu sans montant minimum, avec les montants maximums suivants :")
    ae.append(RTAB([["Période", "Durée", "Montant maximum HT"],
                    ["Période initiale", "24 mois", "160 000,00 €"],
                    ["1re reconduction", "12 mois", "80 000,00 €"],
                    ["2e reconduction", "12 mois", "80 000,00 €"]], widths=[2, 1, 1.4], align="llr"))
    ae += A("Durée", "La période initiale court à compter de la date de notification. Les reconductions sont "
            "décidées expressément par le syndicat deux mois au moins avant le terme de la période en cours.")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Saint-Aulaire-d'Ourbise")
    cctp = [TITLE("SIVOM DE LA VALLÉE DE L'OURBISE", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Entretien des espaces verts, des accotements et des cimetières")]
    cctp += A("Sites concernés",
              "Les prestations portent sur 38 hectares d'espaces verts, 64 kilomètres d'accotements et onze "
              "cimetières. La liste des sites et leur fréquence d'entretien figurent en annexe 1.")
    cctp += A("Prestations",
              ["tonte et débroussaillage des espaces verts selon le niveau d'entretien défini pour chaque site ;",
               "fauchage des accotements en deux passages annuels (mai et septembre) ;",
               "désherbage manuel ou mécanique des allées des cimetières ;",
               "taille des haies et des arbustes entre novembre et février."])
    cctp += A("Gestion des déchets verts",
              "Les déchets verts sont broyés sur place lorsque la surface le permet et utilisés en paillage. Les "
              "autres sont apportés par le titulaire à la plateforme de compostage de Lanouaille, qui délivre un "
              "bon de dépôt joint au relevé mensuel. Le brûlage est interdit.")
    cctp += A("Horaires", "Les interventions ont lieu du lundi au vendredi entre 7~h et 16~h ; aucune tonte "
              "n'a lieu aux abords des cimetières pendant les cérémonies.")
    cctp += f_cctp_suivi(c, 0)
    cctp += f_cctp_securite(c)
    pieces = [
        PIECE("RC.pdf", "RC", B + " – Règlement de la consultation", "RC – SIVOM-EV-2026", rc,
              L(allotissement=0, evidence=["Le marché est passé en lot unique"])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – SIVOM-EV-2026", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=700, montant_max_ht=160000,
                evidence=["Son montant maximum est fixé à 160 000 € HT pour la période initiale de vingt-quatre mois",
                          "au moins 700 heures de travail au profit de personnes éloignées de l'emploi"])),
        PIECE("AE.docx", "AE", B + " – Acte d'engagement", "AE – SIVOM-EV-2026", ae,
              L(montant_max_ht=320000,
                evidence=["Période initiale 24 mois 160 000,00 €", "1re reconduction 12 mois 80 000,00 €",
                          "2e reconduction 12 mois 80 000,00 €", "[160 000 + 80 000 + 80 000 = 320 000]"])),
        PIECE("CCTP.pdf", "CCTP", B + " – CCTP", "CCTP – SIVOM-EV-2026", cctp,
              L(clause_environnementale=1,
                evidence=["Les autres sont apportés par le titulaire à la plateforme de compostage de Lanouaille, "
                          "qui délivre un bon de dépôt"])),
    ]
    return dict(id="d02", title="SIVOM de la Vallée de l'Ourbise – entretien des espaces verts",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=700, allotissement=0, montant_max_ht=320000),
                note="Maximum : 160 000 € HT pour la période initiale (CCAP, qui renvoie les reconductions à l'AE) ; "
                     "tableau de l'AE sans total : 160 000 + 80 000 + 80 000 = 320 000. Le CCAP reçoit 160 000, "
                     "le seul maximum qu'il connaisse. Heures : « au moins 700 heures » sur la durée totale (CCAP) ; "
                     "la répartition indicative 400 + 150 par reconduction (= 700) ne s'ajoute pas. Pièges : "
                     "assurance 1 500 000 € et 300 000 € ; pénalité de 50 € par heure ; seuil d'avance 50 000 € ; "
                     "« sans montant minimum ». Lot unique (RC). Clause environnementale : déchets verts broyés ou "
                     "apportés en compostage avec bon de dépôt (CCTP).")


def d03():
    c = C("le Département de l'Aubrèze", "Clermont-Ferrand", delai=30,
          profil="https://marchespublics.aubreze.fr", ref="26DA0412")
    B = "Département de l'Aubrèze – Marché 26DA0412"
    avis = [TITLE("BOAMP – Avis de marché", "Département de l'Aubrèze",
                  "Fournitures de bureau, papier et consommables d'impression")]
    avis += [H("Section 1 – Identification de l'acheteur"),
             P("Nom complet de l'acheteur : Département de l'Aubrèze, Hôtel du Département, 4 place des Tanneurs, "
               "63990 Saint-Florin-sur-Aubrèze"),
             P("Type de numéro national d'identification : SIRET. Groupement de commandes : non"),
             H("Section 2 – Communication"),
             P("Lien vers le dossier de consultation : https://marchespublics.aubreze.fr/consultation/26DA0412"),
             H("Section 4 – Identification du marché"),
             P("Intitulé du marché : Fournitures de bureau, papier et consommables d'impression pour les services "
               "départementaux et les collèges"),
             P("Code CPV principal : 30192000 – Fournitures de bureau"),
             P("Type de marché : Fournitures. Accord-cadre à bons de commande avec un seul opérateur par lot"),
             P("Durée du marché : 12 mois, reconductible 3 fois"),
             P("Valeur estimée (hors TVA) : 420 000 euros"),
             P("La consultation comporte des tranches : non. La consultation prévoit une réservation de tout ou "
               "partie du marché : non"),
             H("Section 5 – Lots"),
             P("Marché alloti : oui. Nombre de lots : 3"),
             LST(["Lot 1 : Papier de reprographie", "Lot 2 : Fournitures de bureau",
                  "Lot 3 : Consommables d'impression"]),
             H("Section 6 – Critères"),
             P("Critères d'attribution : prix (60 %) ; valeur technique (40 %)"),
             H("Section 7 – Date limite"),
             P("Date limite de réception des offres : 15 mars 2027 à 12 h 00")]
    rc = [TITLE("DÉPARTEMENT DE L'AUBRÈZE", "RÈGLEMENT DE LA CONSULTATION",
                "Fournitures de bureau, papier et consommables d'impression – marché n° 26DA0412",
                "Appel d'offres ouvert – articles R. 2161-2 à R. 2161-5 du code de la commande publique")]
    rc += A("Objet", "La consultation a pour objet la fourniture de papier, de fournitures de bureau et de "
            "consommables d'impression pour les services départementaux, les maisons départementales des "
            "solidarités et les 28 collèges publics.")
    rc += A("Décomposition en lots",
            "Les prestations sont réparties en trois lots, attribués séparément :",
            ["lot 1 : papier de reprographie ;", "lot 2 : fournitures de bureau ;",
             "lot 3 : consommables d'impression (toners, cartouches, tambours)."],
            "Un candidat peut présenter une offre pour un, plusieurs ou l'ensemble des lots.")
    rc += A("Durée", "Chaque accord-cadre est conclu pour une durée de douze mois à compter de sa notification, "
            "reconductible trois fois par période de douze mois.")
    rc += f_rc_retrait(c, 0)
    rc += f_rc_candidature(c, 0)
    rc += f_rc_jugement(c, [("Prix, apprécié sur un devis quantitatif estimatif non contractuel", 60),
                            ("Valeur technique", 40)])
    rc += f_rc_remise(c, "15 mars 2027 à 12~h~00", 0)
    ccap = [TITLE("DÉPARTEMENT DE L'AUBRÈZE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Fournitures de bureau, papier et consommables d'impression – 26DA0412")]
    ccap += A("Objet et forme", "Le présent CCAP est commun aux trois lots. Chaque lot donne lieu à un "
              "accord-cadre à bons de commande mono-attributaire, conclu sans montant minimum.")
    ccap += f_pieces(c, 2, ["le bordereau des prix unitaires du lot ;", "le catalogue du titulaire (remise "
                            "consentie sur les articles hors bordereau) ;"])
    ccap += A("Montants maximums",
              "Les montants maximums de chaque lot sont fixés dans le tableau ci-dessous, exprimés en milliers "
              "d'euros hors taxes :")
    ccap.append(RTAB([["Lot", "Intitulé", "Maximum annuel (k€ HT)", "Maximum sur 4 ans (k€ HT)"],
                      ["1", "Papier de reprographie", "60", "240"],
                      ["2", "Fournitures de bureau", "45", "180"],
                      ["3", "Consommables d'impression", "35", "140"],
                      ["Total", "Tous lots", "140", "560"]], widths=[0.6, 2.4, 1.3, 1.3], align="llrr", bold_last=True))
    ccap += A("Livraisons", "Les commandes sont livrées dans les dix jours ouvrés, franco de port, au lieu "
              "indiqué sur le bon de commande. Le titulaire regroupe les livraisons d'un même site sur une seule "
              "tournée hebdomadaire.")
    ccap += A("Emballages et produits usagés",
              "Le titulaire reprend gratuitement les cartons de livraison. Pour le lot 3, il collecte au moins "
              "une fois par trimestre les cartouches et toners usagés dans les sites et les remet à une filière "
              "de réemploi ou de recyclage ; il transmet chaque année le bilan des quantités collectées.")
    ccap += f_prix(c, 0)
    ccap += f_paiement(c, 1)
    ccap += f_penalites(c, 2)
    ccap += f_litiges(c)
    ae = [TITLE("Département de l'Aubrèze", "ACTE D'ENGAGEMENT – LOT N° 2 (sur trois lots)",
                "Fournitures de bureau – marché 26DA0412")]
    ae += A("Objet", "Le présent acte d'engagement concerne le lot n° 2, fournitures de bureau, de l'accord-cadre "
            "26DA0412.")
    ae += A("Engagement du candidat",
            "Je m'engage, sur la base de mon offre et pour mon propre compte, à exécuter les commandes du lot n° 2 "
            "aux prix du bordereau des prix unitaires, dans la limite d'un montant maximum de 180 000 € HT sur la "
            "durée totale de l'accord-cadre (quatre ans, reconductions comprises).")
    ae += A("Remise sur catalogue", "Taux de remise consenti sur les articles du catalogue hors bordereau : …… %")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Saint-Florin-sur-Aubrèze")
    pieces = [
        PIECE("avis_BOAMP_26DA0412.txt", "AVIS", B + " – Avis", "", avis,
              L(allotissement=1, nb_lots=3, montant_estime_ht=420000,
                evidence=["Marché alloti : oui. Nombre de lots : 3", "Valeur estimée (hors TVA) : 420 000 euros"])),
        PIECE("RC_26DA0412.pdf", "RC", B + " – RC", "RC – 26DA0412", rc,
              L(allotissement=1, nb_lots=3, evidence=["Les prestations sont réparties en trois lots"])),
        PIECE("CCAP_26DA0412.pdf", "CCAP", B + " – CCAP", "CCAP – 26DA0412", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=560000,
                evidence=["Le présent CCAP est commun aux trois lots",
                          "exprimés en milliers d'euros hors taxes", "Total Tous lots 140 560",
                          "il collecte au moins une fois par trimestre les cartouches et toners usagés"])),
        PIECE("AE_lot2_26DA0412.docx", "AE", B + " – AE lot 2", "AE lot 2 – 26DA0412", ae,
              L(allotissement=1, nb_lots=3, montant_max_ht=180000,
                evidence=["LOT N° 2 (sur trois lots)", "dans la limite d'un montant maximum de 180 000 € HT sur la "
                          "durée totale de l'accord-cadre"])),
    ]
    return dict(id="d03", title="Département de l'Aubrèze – fournitures de bureau (3 lots)",
                pieces=pieces, pos=["clause_environnementale"],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=420000, montant_max_ht=560000),
                note="Maximum : vrai tableau du CCAP en k€ HT avec colonnes annuelle et « sur 4 ans » et ligne "
                     "Total (140 k€ par an, 560 k€ sur 4 ans) : 560 000, sans multiplier la colonne sur 4 ans. AE du "
                     "lot 2 : 180 000 écrits. Estimation : 420 000 (avis BOAMP), inférieure au maximum, à ne pas "
                     "confondre. Pièges : « sans montant minimum » ; remise sur catalogue. 3 lots. Clause "
                     "environnementale : collecte des cartouches usagées (CCAP).")


def d04():
    c = C("la Communauté de communes des Trois Vallons", "Grenoble", ccag="travaux", delai=30,
          profil="https://www.marches-troisvallons.fr", ref="CC3V-2026-11")
    B = "Communauté de communes des Trois Vallons – CC3V-2026-11"
    rc = [TITLE("COMMUNAUTÉ DE COMMUNES DES TROIS VALLONS", "RÈGLEMENT DE LA CONSULTATION",
                "Travaux d'entretien et de petites réparations dans les bâtiments intercommunaux")]
    rc += A("Objet", "Accord-cadre de travaux à bons de commande, passé en procédure adaptée, pour l'entretien "
            "et les petites réparations des bâtiments intercommunaux (siège, trois crèches, gymnases, "
            "médiathèque, déchèteries).")
    rc += A("Allotissement", "Le marché est décomposé en quatre lots :",
            ["lot 1 – plomberie, chauffage, sanitaires ;", "lot 2 – électricité courants forts et faibles ;",
             "lot 3 – menuiserie, serrurerie ;", "lot 4 – peinture, revêtements de sols et muraux."])
    rc += A("Durée", "Chaque accord-cadre est conclu pour trente-six mois à compter de sa notification, sans "
            "reconduction.")
    rc += f_rc_retrait(c, 1)
    rc += f_rc_candidature(c, 1)
    rc += A("Jugement des offres",
            "Pour chaque lot, les offres sont appréciées selon les critères suivants :",
            ["prix, au vu d'un détail estimatif non contractuel : 60 % ;",
             "valeur technique (organisation, délais d'intervention) : 30 % ;",
             "pour les lots 1 et 2 seulement, performances en matière d'insertion professionnelle des publics en "
             "difficulté, appréciées au vu des moyens d'accompagnement proposés : 10 % (pour les lots 3 et 4, la "
             "valeur technique est portée à 40 %)."])
    rc += f_rc_remise(c, "vendredi 5 mars 2027 à 12~h", 2)
    rc += f_rc_nego(c, 1)
    ccap = [TITLE("COMMUNAUTÉ DE COMMUNES DES TROIS VALLONS", "CCAP",
                  "Travaux d'entretien et de petites réparations dans les bâtiments intercommunaux – CC3V-2026-11")]
    ccap += A("Objet", "Le présent cahier est commun aux quatre lots de l'accord-cadre à bons de commande.")
    ccap += f_pieces(c, 0, ["le cahier des clauses techniques particulières commun aux lots ;",
                            "le bordereau des prix unitaires du lot ;"])
    ccap += A("Montants maximums",
              "Les montants maximums sur la durée totale de l'accord-cadre sont de : 150~000 € HT pour le lot 1 ; "
              "200~000 € HT pour le lot 2 ; 90~000 € HT pour le lot 3 ; 120~000 € HT pour le lot 4. Aucun "
              "montant minimum n'est fixé.",
              "Un bon de commande ne peut excéder 25~000 € HT ; au-delà, l'acheteur passe un marché distinct.")
    ccap += A("Délais d'intervention", "Le titulaire intervient sous 48 heures pour une demande courante et "
              "sous 4 heures en cas d'urgence (fuite, panne générale, effraction).")
    ccap += A("Clause d'insertion (lots 1 et 2)",
              "Le titulaire des lots 1 et 2 réalise une action d'insertion professionnelle au profit de personnes "
              "rencontrant des difficultés sociales ou professionnelles particulières.",
              "Sur la durée de l'accord-cadre, le volume à réaliser est fixé à 150 heures pour le lot 1, et à 200 "
              "heu" + HY + "res pour le lot 2. Les lots 3 et 4 ne sont pas concernés.",
              "Le facilitateur du PLIE des Trois Vallons vérifie l'éligibilité des personnes et suit les heures "
              "réalisées.")
    ccap += A("Déchets de chantier", "Le titulaire trie ses déchets de chantier (bois, métaux, gravats, "
              "déchets dangereux), les évacue vers une installation autorisée et remet les bordereaux de suivi "
              "avec sa situation mensuelle.")
    ccap += f_paiement(c, 0)
    ccap += f_penalites(c, 0)
    ccap += f_assurances(c, 1)
    ccap += f_litiges(c)
    qr = [TITLE("Communauté de communes des Trois Vallons", "REGISTRE DES QUESTIONS ET RÉPONSES",
                "Consultation CC3V-2026-11 – mise à jour du 22 février 2027"),
          P("Les questions sont reproduites telles qu'elles ont été posées sur le profil d'acheteur. Les réponses "
            "valent pour tous les candidats."),
          H2("Question n° 1 (8 février 2027)"),
          P("La visite des sites est-elle obligatoire pour les quatre lots ?"),
          P("Réponse : non, la visite est facultative pour chacun des lots. Les plans des bâtiments sont joints "
            "au DCE."),
          H2("Question n° 2 (11 février 2027)"),
          P("Les prix du BPU du lot 4 incluent-ils la protection des sols ?"),
          P("Réponse : oui, la protection des sols et des mobiliers est comprise dans les prix unitaires."),
          H2("Question n° 3 (17 février 2027)"),
          P("Compte tenu des travaux de serrurerie prévus dans les déchèteries, le montant maximum du lot 3 "
            "vous paraît-il suffisant ?"),
          P("Réponse : le montant maximum du lot 3 est porté de 90 000 € HT à 110 000 € HT sur la durée de "
            "l'accord-cadre ; l'article 3 du CCAP est modifié en conséquence. Les montants des autres lots sont "
            "inchangés.")]
    ae = [TITLE("Communauté de communes des Trois Vallons", "ACTE D'ENGAGEMENT – LOT 1",
                "Plomberie, chauffage, sanitaires – accord-cadre CC3V-2026-11")]
    ae += A("Engagement", "Le candidat s'engage à exécuter les travaux du lot 1 commandés par bons de commande, "
            "aux prix de son bordereau, dans la limite d'un montant maximum de 150 000 € HT sur trente-six mois.")
    ae += A("Insertion", "Il s'engage à réaliser les 150 heures d'insertion prévues pour le lot 1 à l'article 5 du "
            "CCAP et à transmettre chaque trimestre l'état des heures réalisées au facilitateur.")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "La Mure-des-Vallons")
    pieces = [
        PIECE("RC.pdf", "RC", B + " – RC", "RC – CC3V-2026-11", rc,
              L(critere_social=1, allotissement=1, nb_lots=4,
                evidence=["Le marché est décomposé en quatre lots",
                          "performances en matière d'insertion professionnelle des publics en difficulté"]),
              cols=2),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – CC3V-2026-11", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=350, clause_environnementale=1,
                allotissement=1, nb_lots=4, montant_max_ht=560000,
                evidence=["commun aux quatre lots",
                          "150 000 € HT pour le lot 1 ; 200 000 € HT pour le lot 2 ; 90 000 € HT pour le lot 3 ; "
                          "120 000 € HT pour le lot 4",
                          "150 heures pour le lot 1, et à 200 heures pour le lot 2",
                          "Le titulaire trie ses déchets de chantier"])),
        PIECE("Registre_QR.docx", "QR", B + " – Questions / réponses", "Q/R – CC3V-2026-11", qr,
              L(allotissement=1, nb_lots=4, montant_max_ht=110000,
                evidence=["obligatoire pour les quatre lots",
                          "le montant maximum du lot 3 est porté de 90 000 € HT à 110 000 € HT"])),
        PIECE("AE_lot1.docx", "AE", B + " – AE lot 1", "AE lot 1 – CC3V-2026-11", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=150, allotissement=1, montant_max_ht=150000,
                evidence=["ACTE D'ENGAGEMENT – LOT 1", "dans la limite d'un montant maximum de 150 000 € HT",
                          "réaliser les 150 heures d'insertion prévues pour le lot 1"])),
    ]
    return dict(id="d04", title="CC des Trois Vallons – entretien des bâtiments (4 lots)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=350, allotissement=1, nb_lots=4, montant_max_ht=580000),
                note="Maximum : quatre maxima par lot en prose au CCAP (150 000 + 200 000 + 90 000 + 120 000 = "
                     "560 000, sans total écrit), puis le registre Q/R porte le lot 3 à 110 000 : 150 000 + 200 000 "
                     "+ 110 000 + 120 000 = 580 000. Le Q/R reçoit 110 000 (le maximum du lot qu'il fixe). Heures : "
                     "150 (lot 1) + 200 (lot 2, « heu-res » coupé si la ligne déborde) = 350. Pièges : plafond de "
                     "25 000 € HT par bon de commande ; délais de 48 et 4 heures ; assurance 2 000 000 €. Critère "
                     "insertion 10 % (lots 1 et 2, RC deux colonnes). 4 lots.")


def d05():
    c = C("le Centre hospitalier de Lormes-en-Brière", "Nantes", delai=50,
          profil="https://www.achats-ch-lormes.fr", ref="CHLB-2026-038")
    B = "Centre hospitalier de Lormes-en-Brière – CHLB-2026-038"
    rc = [TITLE("CENTRE HOSPITALIER DE LORMES-EN-BRIÈRE", "RÈGLEMENT DE LA CONSULTATION",
                "Maintenance préventive et curative des équipements de cuisine et de blanchisserie")]
    rc += A("Objet", "La consultation porte sur la maintenance préventive et curative des équipements de la "
            "cuisine centrale et de la blanchisserie (fours mixtes, cellules de refroidissement, laveuses, "
            "sécheuses, calandre).")
    rc += A("Allotissement", "Le marché n'est pas alloti. Les équipements partagent les mêmes réseaux d'eau et "
            "de vapeur, et une coordination entre plusieurs titulaires compromettrait la continuité du service "
            "(article L.~2113-11 du code de la commande publique).")
    rc += A("Durée", "Le marché est conclu pour trois ans à compter du 1er avril 2027. Il n'est pas reconductible.")
    rc += f_rc_retrait(c, 0)
    rc += f_rc_candidature(c, 0)
    rc += f_rc_jugement(c, [("Prix", 50), ("Valeur technique", 40), ("Délais d'intervention", 10)], 1)
    rc += f_rc_remise(c, "2 février 2027 à 14~h", 1)
    ccap = [TITLE("CENTRE HOSPITALIER DE LORMES-EN-BRIÈRE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Maintenance des équipements de cuisine et de blanchisserie – CHLB-2026-038")]
    ccap += A("Objet et forme", "Les prestations de maintenance préventive sont rémunérées par un forfait "
              "trimestriel. Les interventions curatives et les pièces détachées sont commandées par bons de "
              "commande, dans le cadre d'un accord-cadre au sens de l'article R.~2162-2 du code de la commande "
              "publique.")
    ccap += A("Montant maximum",
              "Le montant maximum annuel des bons de commande est de 90~000 € HT. La durée du marché est de trois "
              "années, sans reconduction ; le maximum s'applique à chacune de ces trois années.")
    ccap += f_pieces(c, 1, ["le CCTP et ses annexes (inventaire des équipements) ;",
                            "le bordereau des prix unitaires et la décomposition du forfait ;"])
    ccap += f_prix(c, 2)
    ccap += f_paiement(c, 0)
    ccap += f_penalites(c, 1)
    ccap += f_assurances(c, 0)
    ccap += f_resiliation(c, 0)
    ccap += f_litiges(c)
    cctp = [TITLE("CENTRE HOSPITALIER DE LORMES-EN-BRIÈRE", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Maintenance des équipements de cuisine et de blanchisserie")]
    cctp += A("Inventaire", "L'inventaire des 46 équipements figure en annexe : 7 fours mixtes, 4 cellules de "
              "refroidissement, 2 tunnels de lavage, 5 laveuses-essoreuses, 4 séchoirs et une calandre.")
    cctp += A("Maintenance préventive", "Deux visites annuelles par équipement, selon les préconisations des "
              "constructeurs, avec remise d'un rapport d'intervention sous huit jours.")
    cctp += A("Maintenance curative", "Le titulaire intervient dans un délai de 4 heures pour les équipements de "
              "la liaison froide et de 8 heures ouvrées pour les autres. Les interventions curatives sont "
              "commandées par bons de commande dans la limite d'un montant annuel de 75~000 € HT.")
    cctp += A("Fluides et pièces usagées", "Les fluides frigorigènes des cellules sont récupérés par un "
              "opérateur titulaire de l'attestation de capacité ; les pièces et huiles usagées sont reprises par "
              "le titulaire et éliminées dans des filières agréées, avec bordereau de suivi remis au service "
              "biomédical.")
    cctp += f_cctp_suivi(c, 1)
    cctp += f_cctp_securite(c)
    ae = [TITLE("Centre hospitalier de Lormes-en-Brière", "ACTE D'ENGAGEMENT",
                "Maintenance des équipements de cuisine et de blanchisserie – CHLB-2026-038")]
    ae += A("Engagement", "Je m'engage à exécuter les prestations aux conditions du CCAP et du CCTP, pour :",
            ["le forfait de maintenance préventive : ………… € HT par trimestre ;",
             "les prestations curatives et pièces détachées, sur bons de commande : montant maximum sur la durée "
             "du marché de 270 000 € HT, soit 324 000 € TTC."])
    ae += A("Durée", "Trois ans à compter du 1er avril 2027.")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Lormes-en-Brière")
    pieces = [
        PIECE("RC.docx", "RC", B + " – RC", "RC – CHLB-2026-038", rc,
              L(allotissement=0, evidence=["Le marché n'est pas alloti."])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – CHLB-2026-038", ccap,
              L(montant_max_ht=270000,
                evidence=["Le montant maximum annuel des bons de commande est de 90 000 € HT",
                          "le maximum s'applique à chacune de ces trois années", "[90 000 × 3 = 270 000]"])),
        PIECE("CCTP.pdf", "CCTP", B + " – CCTP", "CCTP – CHLB-2026-038", cctp,
              L(clause_environnementale=1, montant_max_ht=75000,
                evidence=["dans la limite d'un montant annuel de 75 000 € HT",
                          "les pièces et huiles usagées sont reprises par le titulaire et éliminées dans des "
                          "filières agréées"])),
        PIECE("AE.docx", "AE", B + " – AE", "AE – CHLB-2026-038", ae,
              L(montant_max_ht=270000, evidence=["montant maximum sur la durée du marché de 270 000 € HT"])),
    ]
    return dict(id="d05", title="CH de Lormes-en-Brière – maintenance cuisine et blanchisserie",
                pieces=pieces, pos=["clause_environnementale"],
                values=V(allotissement=0, montant_max_ht=270000),
                note="Maximum : 90 000 € HT par an au CCAP, qui donne aussi les trois années (270 000) ; l'AE écrit "
                     "270 000 € HT (et 324 000 € TTC, piège). Le CCTP dit 75 000 € HT par an (conflit) : la pièce le "
                     "garde, le dossier suit le CCAP et l'AE. Forfait préventif non chiffré. Pièges : délai de "
                     "paiement de 50 jours, délais de 4 et 8 heures, assurance 1 500 000 €. Non alloti (RC). Clause "
                     "environnementale : fluides frigorigènes et pièces usagées en filières agréées (CCTP).")


def d06():
    c = C("la Ville de Castelbrune", "Bordeaux", delai=30,
          profil="https://castelbrune.marches-publics.info", ref="VC-NET-2027")
    B = "Ville de Castelbrune – VC-NET-2027"
    avis = [TITLE("Supplément au Journal officiel de l'Union européenne",
                  "Avis de marché – Services – Directive 2014/24/UE",
                  "France-Castelbrune : Services de nettoyage de bâtiments")]
    avis += [H("Section I : Pouvoir adjudicateur"),
             P("I.1) Nom et adresses : Ville de Castelbrune, Hôtel de Ville, place du Marché-Couvert, 33990 "
               "Castelbrune, France. Courriel : commande.publique@castelbrune.fr"),
             P("I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale"),
             H("Section II : Objet"),
             P("II.1.1) Intitulé : Nettoyage des locaux municipaux. Numéro de référence : VC-NET-2027"),
             P("II.1.2) Code CPV principal : 90911200 Services de nettoyage de bâtiments"),
             P("II.1.4) Description succincte : Accord-cadre à bons de commande pour le nettoyage des bâtiments "
               "administratifs (lot 1) et des écoles maternelles et élémentaires (lot 2)."),
             P("II.1.5) Valeur totale estimée : Valeur hors TVA : 780 000.00 EUR"),
             P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être "
               "soumises pour tous les lots"),
             P("II.2.1) Intitulé : Bâtiments administratifs. Lot n° : 1"),
             P("II.2.7) Durée du marché : 12 mois. Ce marché peut faire l'objet d'une reconduction : oui. "
               "Description des modalités ou du calendrier des reconductions : deux reconductions de 12 mois."),
             P("II.2.14) Informations complémentaires : clause sociale d'insertion (1 050 heures sur la durée "
               "maximale du lot)."),
             P("II.2.1) Intitulé : Écoles. Lot n° : 2"),
             P("II.2.7) Durée du marché : 12 mois, reconductible deux fois."),
             P("II.2.14) Informations complémentaires : lot réservé aux structures d'insertion par l'activité "
               "économique, en application de l'article L. 2113-13 du code de la commande publique."),
             H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
             P("III.1.5) Informations sur les marchés réservés : La participation est réservée à des ateliers "
               "protégés et des opérateurs économiques dont l'objectif est l'intégration sociale et professionnelle "
               "de personnes handicapées et défavorisées"),
             P("III.2.2) Conditions particulières d'exécution : voir CCAP (clause d'insertion pour le lot 1, "
               "produits d'entretien écolabellisés pour les deux lots)."),
             H("Section IV : Procédure"),
             P("IV.1.1) Type de procédure : Procédure ouverte"),
             P("IV.2.2) Date limite de réception des offres : 01/03/2027 Heure locale : 12:00"),
             H("Section VI : Renseignements complémentaires"),
             P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Bordeaux")]
    rc = [TITLE("VILLE DE CASTELBRUNE", "RÈGLEMENT DE LA CONSULTATION",
                "Nettoyage des locaux municipaux – VC-NET-2027")]
    rc += A("Objet et allotissement",
            "La consultation porte sur le nettoyage des locaux municipaux. Elle est divisée en deux lots : lot 1, "
            "bâtiments administratifs (hôtel de ville, centre technique, médiathèque) ; lot 2, écoles "
            "maternelles et élémentaires.")
    rc += A("Marché réservé (lot 2)",
            "En application de l'article L.~2113-13 du code de la commande publique, le lot 2 est réservé aux "
            "structures d'insertion par l'activité économique mentionnées à l'article L.~5132-4 du code du travail "
            "et aux structures équivalentes. Le candidat en justifie dans sa candidature.")
    rc += A("Durée", "Chaque accord-cadre est conclu pour douze mois à compter du 1er juillet 2027 et peut être "
            "reconduit deux fois pour une même durée.")
    rc += f_rc_retrait(c, 0)
    rc += f_rc_candidature(c, 0)
    rc += f_rc_jugement(c, [("Prix", 50), ("Valeur technique", 40),
                            ("Performances en matière de protection de l'environnement (produits, dosage, "
                             "matériels économes en eau)", 10)])
    rc += f_rc_remise(c, "1er mars 2027 à 12~h", 0)
    ccap = [TITLE("VILLE DE CASTELBRUNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Nettoyage des locaux municipaux – VC-NET-2027 – lots 1 et 2")]
    ccap += A("Objet", "Le présent CCAP s'applique aux deux lots de l'accord-cadre à bons de commande relatif au "
              "nettoyage des locaux municipaux. Le lot 2 est réservé en application de l'article L.~2113-13 du "
              "code de la commande publique.")
    ccap += A("Montants maximums annuels",
              "Pour chaque période d'exécution, le montant maximum des commandes est fixé à : lot 1 : 120~000 € "
              "HT ; lot 2 : 180~000 € HT. La durée et les reconductions sont précisées à l'acte d'engagement.")
    ccap += f_pieces(c, 2, ["le cahier des clauses techniques particulières et les plans des locaux ;"])
    ccap += A("Produits et matériels",
              "Le titulaire utilise des produits d'entretien porteurs de l'Écolabel européen ou d'un label "
              "équivalent, des centrales de dilution et des microfibres lavables ; il justifie chaque année des "
              "quantités de produits consommées.")
    ccap += A("Clause d'insertion (lot 1)",
              "Le titulaire du lot 1 s'engage à réserver à des personnes en parcours d'insertion "
              "professionnelle un volume de 1" + SB + "050 heures de travail sur la durée maximale de l'accord-cadre, soit 350 heures par "
              "période annuelle. Le suivi est assuré par le facilitateur de la Mission locale de Castelbrune.")
    ccap += f_prix(c, 1)
    ccap += f_paiement(c, 0)
    ccap += f_penalites(c, 0)
    ccap += f_litiges(c)
    ae1 = [TITLE("Ville de Castelbrune", "ACTE D'ENGAGEMENT – LOT N° 1",
                 "Nettoyage des bâtiments administratifs – VC-NET-2027")]
    ae1 += A("Engagement", "Je m'engage à exécuter les prestations du lot n° 1 aux prix de mon bordereau.",
             "Montant maximum annuel : 120 000 € HT, soit 360 000 € HT sur la durée maximale de l'accord-cadre "
             "(une période initiale de douze mois et deux reconductions).")
    ae1 += A("Clause d'insertion", "Je m'engage à réaliser 1 050 heures d'insertion sur la durée maximale de "
             "l'accord-cadre, selon l'une des modalités prévues au CCAP.")
    ae1 += f_ae_compte(c)
    ae1 += f_ae_signature(c, "Castelbrune")
    ae2 = [TITLE("Ville de Castelbrune", "ACTE D'ENGAGEMENT – LOT N° 2 (lot réservé)",
                 "Nettoyage des écoles – VC-NET-2027")]
    ae2 += A("Statut du candidat",
             "Je déclare que la structure que je représente est une structure d'insertion par l'activité "
             "économique au sens de l'article L.~5132-4 du code du travail (lot réservé en application de "
             "l'article L.~2113-13 du code de la commande publique) :",
             ["☐ entreprise d'insertion ;", "☐ atelier et chantier d'insertion ;", "☐ association intermédiaire ;",
              "☐ entreprise de travail temporaire d'insertion."])
    ae2 += A("Engagement", "Je m'engage à exécuter les prestations du lot n° 2 dans la limite d'un montant "
             "maximum de 180 000 € HT par an.")
    ae2 += f_ae_compte(c)
    ae2 += f_ae_signature(c, "Castelbrune")
    pieces = [
        PIECE("avis_JOUE.txt", "AVIS", B + " – Avis JOUE", "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1050, marche_reserve=1,
                reserve_base="L2113-13", clause_environnementale=1, allotissement=1, nb_lots=2,
                montant_estime_ht=780000,
                evidence=["Valeur hors TVA : 780 000.00 EUR", "Ce marché est divisé en lots : oui", "Lot n° : 2",
                          "clause sociale d'insertion (1 050 heures sur la durée maximale du lot)",
                          "en application de l'article L. 2113-13",
                          "produits d'entretien écolabellisés pour les deux lots"])),
        PIECE("RC.pdf", "RC", B + " – RC", "RC – VC-NET-2027", rc,
              L(marche_reserve=1, reserve_base="L2113-13", critere_environnemental=1, allotissement=1, nb_lots=2,
                evidence=["Elle est divisée en deux lots",
                          "le lot 2 est réservé aux structures d'insertion par l'activité économique",
                          "Performances en matière de protection de l'environnement"])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – VC-NET-2027", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1050, marche_reserve=1,
                reserve_base="L2113-13", clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=300000,
                evidence=["s'applique aux deux lots", "Le lot 2 est réservé en application de l'article L. 2113-13",
                          "lot 1 : 120 000 € HT ; lot 2 : 180 000 € HT",
                          "1 050 heures de travail sur la durée maximale",
                          "produits d'entretien porteurs de l'Écolabel européen"]),
              cols=2),
        PIECE("AE_lot1.docx", "AE", B + " – AE lot 1", "AE lot 1 – VC-NET-2027", ae1,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1050, allotissement=1, montant_max_ht=360000,
                evidence=["LOT N° 1", "soit 360 000 € HT sur la durée maximale de l'accord-cadre",
                          "Je m'engage à réaliser 1 050 heures d'insertion"])),
        PIECE("AE_lot2.docx", "AE", B + " – AE lot 2", "AE lot 2 – VC-NET-2027", ae2,
              L(marche_reserve=1, reserve_base="L2113-13", allotissement=1, montant_max_ht=180000,
                evidence=["LOT N° 2 (lot réservé)", "lot réservé en application de l'article L. 2113-13",
                          "montant maximum de 180 000 € HT par an"])),
    ]
    return dict(id="d06", title="Ville de Castelbrune – nettoyage des locaux (2 lots, lot 2 réservé SIAE)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
                     "critere_environnemental"],
                values=V(heures_insertion=1050, allotissement=1, nb_lots=2, montant_estime_ht=780000,
                         montant_max_ht=900000, reserve_base="L2113-13"),
                note="Maximum : CCAP (deux colonnes) 120 000 (lot 1) + 180 000 (lot 2) par période, durée renvoyée à "
                     "l'AE ; avis, RC et AE du lot 1 : douze mois reconductibles deux fois. (120 000 + 180 000) × 3 = "
                     "900 000. AE lot 1 : 360 000 écrits ; AE lot 2 : 180 000 par an sans durée (reçoit 180 000) ; "
                     "CCAP : 300 000 (somme des lots pour une période). Estimation 780 000 (JOUE II.1.5). Heures : "
                     "1 050 sur la durée maximale (« 1 / 050 » coupé au CCAP), 350 par an à ne pas multiplier. "
                     "Réservation : lot 2, article L. 2113-13 cité (avis, RC, CCAP, AE lot 2) ; la case III.1.5 "
                     "« ateliers protégés » de l'avis cède devant l'article cité. Critère environnemental 10 % (RC). "
                     "Clause environnementale : produits écolabellisés (CCAP, annoncée par l'avis en III.2.2). 2 lots.")


def d07():
    c = C("la Ville de Pradelles-Saint-Jean", "Clermont-Ferrand", delai=30,
          profil="https://www.pradelles-saint-jean.fr/marches", ref="PSJ-VL-2027")
    B = "Ville de Pradelles-Saint-Jean – PSJ-VL-2027"
    rc = [TITLE("VILLE DE PRADELLES-SAINT-JEAN", "RÈGLEMENT DE LA CONSULTATION",
                "Entretien, réparation et fourniture de pièces pour les véhicules légers municipaux")]
    rc += A("Objet", "Entretien courant, réparations mécaniques et de carrosserie, et fourniture des pièces "
            "détachées pour les 42 véhicules légers et utilitaires de moins de 3,5 tonnes de la Ville.")
    rc += A("Forme et allotissement",
            "Accord-cadre à bons de commande, passé selon une procédure adaptée. Le marché n'est pas alloti : "
            "un seul garage assure l'entretien et les réparations, afin de disposer d'un historique unique par "
            "véhicule.")
    rc += A("Durée et volume estimé",
            "L'accord-cadre est conclu pour un an à compter du 1er mai 2027, reconductible trois fois par "
            "période d'un an. Le montant des prestations est estimé à 40~000 € HT par an, soit 160~000 € HT sur "
            "la durée maximale de quatre ans ; cette estimation n'engage pas la Ville.")
    rc += f_rc_retrait(c, 1)
    rc += f_rc_candidature(c, 1)
    rc += f_rc_jugement(c, [("Prix (taux horaire, remise sur pièces, forfaits)", 60),
                            ("Valeur technique (délais d'immobilisation, véhicule de prêt)", 40)], 1)
    rc += f_rc_remise(c, "mardi 16 mars 2027 à 11~h~30", 2)
    ccap = [TITLE("VILLE DE PRADELLES-SAINT-JEAN", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Entretien et réparation des véhicules légers – PSJ-VL-2027")]
    ccap += A("Objet", "Le présent CCAP régit l'accord-cadre à bons de commande relatif à l'entretien, à la "
              "réparation et à la fourniture de pièces pour les véhicules légers de la Ville.")
    ccap += A("Montants", "L'accord-cadre est conclu sans montant minimum ni montant maximum. Les bons de "
              "commande sont émis au fur et à mesure des besoins, après devis pour toute réparation supérieure "
              "à 800 € HT.")
    ccap += f_pieces(c, 0, ["le cahier des clauses techniques particulières ;", "le bordereau des prix unitaires ;"])
    ccap += f_prix(c, 0)
    ccap += f_paiement(c, 2)
    ccap += f_penalites(c, 0)
    ccap += f_assurances(c, 1)
    ccap += f_resiliation(c, 0)
    ccap += f_litiges(c)
    bpu = [TITLE("Ville de Pradelles-Saint-Jean", "BORDEREAU DES PRIX UNITAIRES",
                 "Entretien et réparation des véhicules légers – PSJ-VL-2027"),
           P("Prix en euros hors taxes. Les temps de main-d'œuvre sont ceux des barèmes constructeurs."),
           RTAB([["N°", "Désignation", "Unité", "Prix HT"],
                 ["1", "Taux horaire de main-d'œuvre mécanique", "heure", "…………"],
                 ["2", "Taux horaire de main-d'œuvre carrosserie", "heure", "…………"],
                 ["3", "Forfait vidange et filtres, véhicule essence ou diesel", "forfait", "…………"],
                 ["4", "Forfait contrôle avant contrôle technique", "forfait", "…………"],
                 ["5", "Remise sur le prix public des pièces d'origine", "%", "…………"],
                 ["6", "Remise sur les pneumatiques", "%", "…………"],
                 ["7", "Enlèvement et livraison du véhicule (par trajet)", "forfait", "…………"]],
                widths=[0.5, 4, 1, 1.2], align="lllr"),
           P("Cachet et signature du candidat :")]
    cctp = [TITLE("Ville de Pradelles-Saint-Jean", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Entretien et réparation des véhicules légers – PSJ-VL-2027")]
    cctp += A("Parc concerné", "Le parc comprend 42 véhicules (liste en annexe) : 17 véhicules particuliers, "
              "21 utilitaires légers et 4 véhicules électriques.")
    cctp += A("Prise en charge", "Le titulaire prend en charge le véhicule au centre technique municipal ou "
              "l'accueille dans son atelier, situé à moins de 15 kilomètres. La durée d'immobilisation ne dépasse "
              "pas 48 heures pour un entretien courant ; au-delà de trois jours, un véhicule de prêt est fourni.")
    cctp += A("Déchets d'atelier", "Les huiles usagées, filtres, batteries et pneumatiques déposés sont remis "
              "par le titulaire à des collecteurs agréés ; le titulaire tient à la disposition de la Ville les "
              "bordereaux de suivi des déchets dangereux.")
    cctp += A("Pièces", "Les pièces sont d'origine ou de qualité équivalente. Les pièces remplacées sont "
              "présentées au service sur demande.")
    cctp += f_cctp_suivi(c, 1)
    pieces = [
        PIECE("RC.pdf", "RC", B + " – RC", "RC – PSJ-VL-2027", rc,
              L(allotissement=0, montant_estime_ht=160000,
                evidence=["Le marché n'est pas alloti",
                          "soit 160 000 € HT sur la durée maximale de quatre ans"])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – PSJ-VL-2027", ccap, L()),
        PIECE("BPU.pdf", "BPU", B + " – BPU", "BPU – PSJ-VL-2027", bpu, L()),
        PIECE("CCTP.docx", "CCTP", B + " – CCTP", "CCTP – PSJ-VL-2027", cctp,
              L(clause_environnementale=1,
                evidence=["Les huiles usagées, filtres, batteries et pneumatiques déposés sont remis par le "
                          "titulaire à des collecteurs agréés"])),
    ]
    return dict(id="d07", title="Ville de Pradelles-Saint-Jean – véhicules légers (sans minimum ni maximum)",
                pieces=pieces, pos=["clause_environnementale"],
                values=V(allotissement=0, montant_estime_ht=160000),
                note="Maximum : vide. Le CCAP écrit « sans montant minimum ni montant maximum » ; aucune autre pièce "
                     "n'en donne. Estimation : « 40 000 € HT par an, soit 160 000 € HT sur la durée maximale » (RC) : "
                     "le total écrit est retenu. Pièges : devis au-delà de 800 € HT ; plafond des pénalités 10 % ; "
                     "exonération sous 300 € ; assurance 2 000 000 € ; 48 heures d'immobilisation ; taux horaires "
                     "du BPU. Non alloti (RC). Clause environnementale : déchets d'atelier (CCTP).")


def d08():
    c = C("Val-de-Brenne Habitat", "Orléans", ccag="travaux", delai=30,
          profil="https://marches.valdebrenne-habitat.fr", ref="VBH-CH-27")
    B = "Val-de-Brenne Habitat – VBH-CH-27"
    rc = [TITLE("VAL-DE-BRENNE HABITAT – OFFICE PUBLIC DE L'HABITAT", "RÈGLEMENT DE LA CONSULTATION",
                "Remplacement de chaudières individuelles gaz dans le patrimoine locatif")]
    rc += A("Objet", "Accord-cadre à bons de commande pour le remplacement de chaudières individuelles gaz "
            "et de leurs accessoires (conduits, robinetterie, thermostats) dans les logements de l'Office.")
    rc += A("Allotissement", "Le présent accord-cadre n'est pas alloti : les remplacements sont diffus et "
            "ponctuels, et un interlocuteur unique est nécessaire pour les locataires.")
    rc += A("Durée", "L'accord-cadre est conclu pour une durée de quatre ans ferme à compter de sa notification.")
    rc += f_rc_retrait(c, 0)
    rc += f_rc_candidature(c, 0)
    rc += f_rc_jugement(c, [("Prix (détail estimatif)", 55), ("Valeur technique", 45)])
    rc += f_rc_remise(c, "jeudi 11 février 2027 à 12~h", 0)
    ccap = [TITLE("VAL-DE-BRENNE HABITAT", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Remplacement de chaudières individuelles gaz – VBH-CH-27")]
    ccap += A("Objet", "Le présent CCAP fixe les conditions d'exécution de l'accord-cadre à bons de commande "
              "VBH-CH-27.")
    ccap += A("Montant des commandes", "Le montant maximum des commandes est de 480~000 € TTC sur la durée de "
              "l'accord-cadre. Aucun montant minimum n'est fixé.")
    ccap += f_pieces(c, 1, ["le CCTP ;", "le bordereau des prix unitaires ;"])
    ccap += A("Retenue de garantie", "Une retenue de garantie de 5~% est prélevée sur chaque acompte. Elle peut "
              "être remplacée par une garantie à première demande d'un montant égal.")
    ccap += A("Insertion professionnelle",
              "Le titulaire réalise au minimum 350 heures d'insertion au bénéfice de personnes éloignées de "
              "l'emploi, sur la durée de l'accord-cadre. Il peut recourir à un groupement d'employeurs pour "
              "l'insertion et la qualification (GEIQ) ou à une entreprise de travail temporaire d'insertion. "
              "Chaque heure non réalisée entraîne une pénalité de 45~€.")
    ccap += f_paiement(c, 1)
    ccap += f_penalites(c, 2)
    ccap += f_assurances(c, 0)
    ccap += f_litiges(c)
    ae = [TITLE("Val-de-Brenne Habitat", "ACTE D'ENGAGEMENT", "Remplacement de chaudières individuelles gaz – VBH-CH-27")]
    ae += A("Engagement", "Je m'engage, conformément au CCAP et au CCTP, à exécuter les travaux commandés aux prix "
            "du bordereau des prix unitaires.")
    ae += A("Montant", "Montant maximum de l'accord-cadre : 400~000 € HT (480~000 € TTC au taux de 20~%), sans "
            "montant minimum, pour quatre ans.")
    ae += A("Sous-traitance (annexe DC4)",
            "Nature des prestations sous-traitées : tubage et ramonage des conduits de fumée.",
            "Sous-traitant : …………………… SIRET : ……………………",
            "Montant maximum des sommes à verser par paiement direct au sous-traitant : 35~000 € HT.")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Orléans")
    cctp = [TITLE("Val-de-Brenne Habitat", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Remplacement de chaudières individuelles gaz – VBH-CH-27")]
    cctp += A("Matériels", "Les chaudières posées sont à condensation, de classe énergétique A, avec thermostat "
              "d'ambiance programmable. Les modèles sont soumis à l'accord du technicien de l'Office.")
    cctp += A("Dépose et déchets", "Les chaudières déposées sont remises par le titulaire à une filière de "
              "traitement des déchets d'équipements électriques et électroniques ; les certificats de prise en "
              "charge sont joints au dossier de fin d'intervention. Les emballages sont évacués le jour même.")
    cctp += A("Intervention en site occupé", "Les locataires sont prévenus huit jours à l'avance. Le "
              "remplacement est réalisé en une journée, entre 8~h et 17~h ; l'eau chaude doit être rétablie le "
              "soir même.")
    cctp += f_cctp_suivi(c, 0)
    pieces = [
        PIECE("RC.pdf", "RC", B + " – RC", "RC – VBH-CH-27", rc,
              L(allotissement=0, evidence=["Le présent accord-cadre n'est pas alloti"])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – VBH-CH-27", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=350,
                evidence=["Le titulaire réalise au minimum 350 heures d'insertion"])),
        PIECE("AE.pdf", "AE", B + " – AE", "AE – VBH-CH-27", ae,
              L(montant_max_ht=400000, evidence=["Montant maximum de l'accord-cadre : 400 000 € HT"])),
        PIECE("CCTP.docx", "CCTP", B + " – CCTP", "CCTP – VBH-CH-27", cctp,
              L(clause_environnementale=1,
                evidence=["Les chaudières déposées sont remises par le titulaire à une filière de traitement des "
                          "déchets d'équipements électriques et électroniques"])),
    ]
    return dict(id="d08", title="Val-de-Brenne Habitat – remplacement de chaudières (maximum TTC au CCAP)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=350, allotissement=0, montant_max_ht=400000),
                note="Maximum : le CCAP ne donne que « 480 000 € TTC » (pièce vide) ; l'AE écrit 400 000 € HT "
                     "(480 000 € TTC au taux de 20 %) : 400 000. Pièges : montant maximum des sommes versées au "
                     "sous-traitant (DC4 annexé à l'AE) 35 000 € HT ; retenue de garantie 5 % ; plafond des pénalités "
                     "8 % ; assurances 1 500 000 et 300 000 € ; 45 € par heure non réalisée. Heures : 350 (CCAP). "
                     "Chaudières de classe A : spécification du produit acheté, non retenue seule ; la reprise des "
                     "chaudières déposées en filière DEEE fait la clause environnementale (CCTP). Non alloti (RC).")


def d09():
    c = C("la Ville de Saint-Gondran", "Rennes", ccag="travaux", delai=30,
          profil="https://www.saint-gondran.bzh/marches-publics", ref="SG-2027-04")
    B = "Ville de Saint-Gondran – SG-2027-04"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE – BOAMP", "Ville de Saint-Gondran",
                  "Travaux de signalisation horizontale")]
    avis += [P("Département(s) de publication : 35"),
             P("Nom et adresse officiels de l'organisme acheteur : Ville de Saint-Gondran, 1 rue de la Mairie, "
               "35990 Saint-Gondran"),
             P("Objet du marché : travaux de signalisation horizontale (marquage routier, passages piétons, "
               "places de stationnement) sur les voies communales."),
             P("Type de marché : travaux. Procédure adaptée ouverte. Accord-cadre à bons de commande."),
             P("Montant minimum : 20 000 euros HT. Montant maximum : 240 000 euros HT."),
             P("Valeur estimée hors TVA : 180 000 euros"),
             P("Durée : 48 mois à compter de la notification."),
             P("Marché alloti : non."),
             P("Critères d'attribution : voir le règlement de la consultation."),
             P("Date limite de réception des offres : 26 février 2027 à 12 h."),
             P("Renseignements : service de la commande publique, tél. 02 99 00 00 00.")]
    rc = [TITLE("VILLE DE SAINT-GONDRAN", "RÈGLEMENT DE LA CONSULTATION", "Travaux de signalisation horizontale – SG-2027-04")]
    rc += A("Objet et durée", "Accord-cadre de travaux à bons de commande, d'une durée de 48 mois, pour la "
            "signalisation horizontale des voies communales. Il fait l'objet d'un lot unique.")
    rc += f_rc_retrait(c, 0)
    rc += f_rc_candidature(c, 1)
    rc += A("Jugement des offres", "Critères et pondérations :",
            ["prix, apprécié au vu du détail quantitatif estimatif : 60 % ;",
             "valeur technique (méthodologie, moyens, sécurité du chantier) : 30 % ;",
             "performances environnementales des produits de marquage proposés (teneur en solvants, "
             "durabilité) : 10 %."])
    rc += f_rc_remise(c, "26 février 2027 à 12~h", 1)
    ccap = [TITLE("VILLE DE SAINT-GONDRAN", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Travaux de signalisation horizontale – SG-2027-04")]
    ccap += A("Objet", "Le présent CCAP s'applique à l'accord-cadre à bons de commande SG-2027-04, conclu avec un "
              "seul opérateur économique pour une durée de quarante-huit mois.")
    ccap += A("Montants",
              "Le montant minimum des commandes est de 20~000 € HT pour la durée totale de l'accord-cadre. Le "
              "montant maximum est fixé à deux cent quarante mille euros hors taxes (240" + SB + "000 € HT) pour la "
              "durée totale de l'accord-cadre.",
              "Le montant prévisionnel des commandes est estimé à 180~000 € HT sur la même durée, à titre "
              "indicatif et sans engagement de la Ville.")
    ccap += f_pieces(c, 2, ["le détail quantitatif estimatif (DQE), non contractuel ;",
                            "le bordereau des prix unitaires ;"])
    ccap += A("Produits et emballages", "Le titulaire emploie des peintures en phase aqueuse ou des enduits à "
              "froid sans solvant aromatique. Il reprend les fûts et emballages vides et les remet à une filière "
              "de recyclage ; aucun nettoyage de matériel n'est réalisé sur la voie publique.")
    ccap += A("Délais", "Chaque bon de commande précise le délai d'exécution ; à défaut, les travaux sont "
              "exécutés dans les quinze jours. Les marquages provisoires de chantier sont réalisés sous 24 heures.")
    ccap += f_paiement(c, 0)
    ccap += f_penalites(c, 1)
    ccap += f_litiges(c)
    dqe = [TITLE("Ville de Saint-Gondran", "DÉTAIL QUANTITATIF ESTIMATIF (non contractuel)",
                 "Travaux de signalisation horizontale – SG-2027-04"),
           P("Les quantités ci-dessous servent uniquement à comparer les offres ; elles ne préjugent pas des "
             "commandes. Le candidat reporte ses prix unitaires HT."),
           RTAB([["Code", "Désignation", "Unité", "Quantité", "PU HT", "Montant HT"],
                 ["SH1", "Ligne continue ou discontinue de 10 cm", "ml", "6 500", "", ""],
                 ["SH2", "Passage piéton (bande de 50 cm)", "m²", "420", "", ""],
                 ["SH3", "Marquage de place de stationnement", "u", "310", "", ""],
                 ["SH4", "Flèche directionnelle", "u", "85", "", ""],
                 ["SH5", "Effacement de marquage par grenaillage", "m²", "150", "", ""],
                 ["", "Total HT", "", "", "", ""]], widths=[0.7, 3.4, 0.7, 0.9, 0.9, 1.1], align="lllrrr"),
           P("Fait à ……………………, le ……………………")]
    pieces = [
        PIECE("avis_BOAMP.txt", "AVIS", B + " – Avis", "", avis,
              L(allotissement=0, montant_estime_ht=180000, montant_max_ht=240000,
                evidence=["Marché alloti : non.", "Montant maximum : 240 000 euros HT.",
                          "Valeur estimée hors TVA : 180 000 euros"])),
        PIECE("RC.docx", "RC", B + " – RC", "RC – SG-2027-04", rc,
              L(critere_environnemental=1, allotissement=0,
                evidence=["Il fait l'objet d'un lot unique.",
                          "performances environnementales des produits de marquage proposés"])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – SG-2027-04", ccap,
              L(clause_environnementale=1, montant_estime_ht=180000, montant_max_ht=240000,
                evidence=["deux cent quarante mille euros hors taxes (240 000 € HT)",
                          "Le montant prévisionnel des commandes est estimé à 180 000 € HT",
                          "Il reprend les fûts et emballages vides et les remet à une filière de recyclage"])),
        PIECE("DQE.pdf", "DQE", B + " – DQE", "DQE – SG-2027-04", dqe, L()),
    ]
    return dict(id="d09", title="Ville de Saint-Gondran – signalisation horizontale (minimum, maximum, estimation)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_estime_ht=180000, montant_max_ht=240000),
                note="Maximum : 240 000 € HT pour la durée totale, en lettres et en chiffres au CCAP (« 240 / 000 » "
                     "coupé en fin de ligne) et dans l'avis. Pièges voisins : minimum 20 000 € HT ; estimation "
                     "180 000 € HT (retenue en montant_estime_ht, à ne pas prendre pour le maximum) ; DQE sans "
                     "montants. Lot unique. Critère environnemental 10 % (RC) ; clause : emballages repris et "
                     "peintures sans solvant aromatique (CCAP).")


def d10():
    c = C("la Commune de Ternay-le-Bocage", "Caen", ccag="travaux", delai=30,
          profil="https://www.ternay-le-bocage.fr/marches", ref="TLB-PLACE-2027")
    B = "Commune de Ternay-le-Bocage – TLB-PLACE-2027"
    rc = [TITLE("COMMUNE DE TERNAY-LE-BOCAGE", "RÈGLEMENT DE LA CONSULTATION",
                "Aménagement de la place de l'Église et de la rue des Tilleuls",
                "Marché de travaux – procédure adaptée")]
    rc += A("Objet", "Les travaux comprennent la reprise complète de la place de l'Église (tranche ferme) et "
            "l'aménagement de la rue des Tilleuls jusqu'au carrefour de la Poste (tranche optionnelle).")
    rc += A("Lots", "Les travaux sont répartis en trois lots : lot 1, voirie et réseaux divers ; lot 2, "
            "maçonnerie et pierre de taille ; lot 3, espaces verts et mobilier.")
    rc += A("Tranches, prestation supplémentaire et estimation",
            "Le marché comporte une tranche ferme et une tranche optionnelle, affermie par décision de la "
            "commune dans un délai de douze mois. Le lot 2 comporte une prestation supplémentaire éventuelle "
            "(PSE n° 1 : restauration de la fontaine), que les candidats sont tenus de chiffrer.",
            "L'estimation globale de l'opération, tranche optionnelle et prestation supplémentaire éventuelle "
            "comprises, s'élève à 645~000 € HT (tranche ferme : 450~000 € HT ; tranche optionnelle : 170~000 € "
            "HT ; PSE n° 1 : 25~000 € HT).")
    rc += f_rc_retrait(c, 1)
    rc += f_rc_candidature(c, 0)
    rc += f_rc_jugement(c, [("Prix", 60), ("Valeur technique (méthodologie, planning, provenance des "
                                           "matériaux)", 40)])
    rc += A("Visite", "Une visite du site est conseillée. Les candidats peuvent s'adresser au secrétariat de "
            "mairie, ouvert du mardi au samedi de 9~h à 12~h.")
    rc += f_rc_remise(c, "vendredi 19 mars 2027 à 17~h", 2)
    ccap = [TITLE("COMMUNE DE TERNAY-LE-BOCAGE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Aménagement de la place de l'Église et de la rue des Tilleuls – TLB-PLACE-2027")]
    ccap += A("Objet et décomposition", "Le présent CCAP est commun aux trois lots. Chaque lot est traité à prix "
              "global et forfaitaire et comporte une tranche ferme (place de l'Église) et une tranche optionnelle "
              "(rue des Tilleuls).")
    ccap += A("Affermissement de la tranche optionnelle", "La tranche optionnelle est affermie par ordre de "
              "service dans un délai de douze mois à compter de la notification. En cas de non-affermissement, "
              "aucune indemnité n'est due ; en cas d'affermissement tardif, une indemnité d'attente de 1~500~€ HT "
              "par mois est versée au titulaire du lot 1.")
    ccap += f_pieces(c, 0, ["le CCTP de chaque lot et les plans ;", "la décomposition du prix global et "
                            "forfaitaire (DPGF) par tranche ;"])
    ccap += A("Clause d'insertion (lot 1)",
              "Le titulaire du lot 1 s'engage à réaliser une action d'insertion en faveur de personnes éloignées "
              "de l'emploi : 350 heures au titre de la tranche ferme et 100 heures supplémentaires en cas "
              "d'affermissement de la tranche optionnelle. Les lots 2 et 3 ne comportent pas de clause "
              "d'insertion.")
    ccap += A("Retenue de garantie", "Une retenue de garantie de 5~% est appliquée sur les acomptes ; elle "
              "peut être remplacée par une garantie à première demande.")
    ccap += f_avance(c, 1)
    ccap += f_paiement(c, 0)
    ccap += A("Pénalités", "Pour tout retard dans l'achèvement des travaux d'une tranche, le titulaire encourt une "
              "pénalité de 1/3000 du montant de la tranche par jour de retard.")
    ccap += f_litiges(c)
    ae = [TITLE("Commune de Ternay-le-Bocage", "ACTE D'ENGAGEMENT – LOT N° 1 : VOIRIE ET RÉSEAUX DIVERS",
                "Aménagement de la place de l'Église et de la rue des Tilleuls")]
    ae += A("Offre de prix", "Le candidat s'engage à exécuter les travaux du lot n° 1 pour les montants suivants :")
    ae.append(RTAB([["Tranche", "Montant HT", "TVA 20 %", "Montant TTC"],
                    ["Tranche ferme – place de l'Église", "", "", ""],
                    ["Tranche optionnelle – rue des Tilleuls", "", "", ""],
                    ["Total", "", "", ""]]))
    ae += A("Délais", "Délai d'exécution de la tranche ferme : 4 mois, dont 3 semaines de préparation. Délai "
            "d'exécution de la tranche optionnelle : 2 mois à compter de l'ordre de service d'affermissement.")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Ternay-le-Bocage")
    cctp = [TITLE("COMMUNE DE TERNAY-LE-BOCAGE", "CCTP – LOT N° 3 : ESPACES VERTS ET MOBILIER",
                  "Aménagement de la place de l'Église et de la rue des Tilleuls")]
    cctp += A("Consistance des travaux", "Le lot comprend la préparation des fosses, la plantation de 14 "
              "tilleuls et de massifs vivaces, l'engazonnement des abords et la pose de bancs et de corbeilles.")
    cctp += A("Terre végétale et déchets verts", "La terre végétale du site est décapée, stockée et réemployée "
              "sur place. Les déchets verts issus de l'abattage des arbres existants sont broyés et utilisés en "
              "paillage des massifs ; l'apport de paillage plastique est interdit.")
    cctp += A("Garantie de reprise", "Les végétaux font l'objet d'une garantie de reprise d'un an ; les sujets "
              "morts sont remplacés à l'automne suivant.")
    cctp += A("Insertion", "Le présent lot ne comporte pas de clause d'insertion.")
    cctp += f_cctp_suivi(c, 0)
    pieces = [
        PIECE("RC.pdf", "RC", B + " – RC", "RC – TLB-PLACE-2027", rc,
              L(allotissement=1, nb_lots=3, montant_estime_ht=645000,
                evidence=["Les travaux sont répartis en trois lots",
                          "tranche optionnelle et prestation supplémentaire éventuelle comprises, s'élève à 645 000 € HT"])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – TLB-PLACE-2027", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=450, allotissement=1, nb_lots=3,
                evidence=["Le présent CCAP est commun aux trois lots",
                          "350 heures au titre de la tranche ferme et 100 heures supplémentaires en cas "
                          "d'affermissement de la tranche optionnelle", "[350 + 100 = 450]"])),
        PIECE("AE_lot1.docx", "AE", B + " – AE lot 1", "AE lot 1 – TLB-PLACE-2027", ae,
              L(allotissement=1, evidence=["ACTE D'ENGAGEMENT – LOT N° 1"])),
        PIECE("CCTP_lot3.pdf", "CCTP", B + " – CCTP lot 3", "CCTP lot 3 – TLB-PLACE-2027", cctp,
              L(clause_environnementale=1, allotissement=1,
                evidence=["CCTP – LOT N° 3", "La terre végétale du site est décapée, stockée et réemployée sur place"])),
    ]
    return dict(id="d10", title="Commune de Ternay-le-Bocage – place de l'Église (travaux en tranches, 3 lots)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=450, allotissement=1, nb_lots=3, montant_estime_ht=645000),
                note="Maximum : vide (marché ordinaire à prix global et forfaitaire, pas d'accord-cadre). Estimation : "
                     "645 000 € HT écrits, « tranche optionnelle et prestation supplémentaire éventuelle comprises » "
                     "(RC) ; le détail 450 000 + 170 000 + 25 000 ne s'ajoute pas. Heures : lot 1 seul, 350 (tranche "
                     "ferme) + 100 (tranche optionnelle) = 450, comme un maximum compté sur toutes les périodes "
                     "(LABELS.md muet sur les tranches ; voir doutes). Pièges : indemnité d'attente 1 500 € HT par "
                     "mois ; retenue de garantie 5 % ; secrétariat 9 h – 12 h ; « ne comporte pas de clause "
                     "d'insertion » (CCTP lot 3). 3 lots. Clause environnementale : réemploi de la terre et des "
                     "déchets verts (CCTP lot 3).")


def d11():
    c = C("l'Université de Valbrune", "Lyon", delai=30,
          profil="https://achats.univ-valbrune.fr", ref="UV-2027-INFO")
    B = "Université de Valbrune – UV-2027-INFO"
    rc = [TITLE("UNIVERSITÉ DE VALBRUNE", "RÈGLEMENT DE LA CONSULTATION",
                "Maintenance du parc informatique, audiovisuel et d'impression – UV-2027-INFO")]
    rc += A("Objet", "Maintenance préventive et curative des postes de travail, des équipements audiovisuels "
            "des amphithéâtres et du parc d'impression des trois campus de l'Université.")
    rc += A("Lots", "La consultation comporte trois lots : lot 1, postes de travail et serveurs de proximité ; "
            "lot 2, audiovisuel ; lot 3, impression et numérisation.")
    rc += A("Durée", "Chaque accord-cadre est conclu pour une période initiale de douze mois, reconductible "
            "trois fois par période de douze mois.")
    rc += f_rc_retrait(c, 0)
    rc += f_rc_candidature(c, 1)
    rc += f_rc_jugement(c, [("Prix", 40), ("Valeur technique", 50), ("Délais de rétablissement", 10)])
    rc += f_rc_remise(c, "22 février 2027 à 12~h", 1)
    ccap = [TITLE("UNIVERSITÉ DE VALBRUNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Maintenance du parc informatique, audiovisuel et d'impression – UV-2027-INFO")]
    ccap += A("Objet", "Le présent CCAP est commun aux trois lots. Chaque lot fait l'objet d'un accord-cadre à "
              "bons de commande conclu sans minimum.")
    ccap += f_pieces(c, 0, ["le cahier des clauses techniques particulières ;", "le bordereau des prix du lot ;"])
    ccap += A("Montants maximums par période",
              "Les montants maximums HT sont fixés, pour chaque lot et chaque période, dans le tableau suivant :")
    ccap.append(RTAB([["Lot", "Période initiale", "Reconduction 1", "Reconduction 2", "Reconduction 3"],
                      ["1 – Postes de travail", "80" + BR + "000 €", "80 000 €", "80 000 €", "80 000 €"],
                      ["2 – Audiovisuel", "40 000 €", "45" + BR + "000 €", "45 000 €", "45 000 €"],
                      ["3 – Impression", "25 000 €", "25 000 €", "25 000 €", "25 000 €"]],
                     widths=[1.6, 1, 1, 1, 1], align="lrrrr"))
    ccap += A("Environnement informatique", "Le titulaire intervient sur l'environnement numérique de travail "
              "de l'Université dans le respect de la charte de sécurité des systèmes d'information.")
    ccap += A("Équipements remplacés", "Les pièces et équipements remplacés ou réformés sont repris par le "
              "titulaire, qui les confie à un éco-organisme ou à une filière agréée de traitement des déchets "
              "d'équipements électriques et électroniques et remet à l'Université le certificat de traitement.")
    ccap += f_paiement(c, 0)
    ccap += f_penalites(c, 0)
    ccap += f_resiliation(c, 1)
    ccap += f_litiges(c)
    qr = [TITLE("Université de Valbrune", "QUESTIONS DES CANDIDATS ET RÉPONSES DE L'UNIVERSITÉ",
                "Consultation UV-2027-INFO – document n° 2 du 9 février 2027")]
    qr += [H2("Q1 – Lot 2"),
           P("Les amphithéâtres du campus de Bellerive sont-ils accessibles le samedi ?"),
           P("R1 – Oui, de 8 h à 13 h, sur demande préalable au service logistique."),
           H2("Q2 – Tous lots"),
           P("Le RC prévoit trois reconductions et le tableau du CCAP quatre périodes. Pouvez-vous confirmer la "
             "durée maximale ?"),
           P("R2 – La durée est modifiée : à la suite d'une erreur matérielle, les documents sont rectifiés. Chaque accord-cadre est "
             "reconductible deux fois seulement, soit trois ans au plus. La colonne « Reconduction 3 » du tableau "
             "du CCAP est supprimée. Le montant maximum s'établit ainsi à 445 000 € HT pour les trois lots."),
           H2("Q3 – Lot 3"),
           P("Les consommables sont-ils compris dans la maintenance ?"),
           P("R3 – Non, les consommables font l'objet d'un marché distinct.")]
    ae = [TITLE("Université de Valbrune", "ACTE D'ENGAGEMENT – LOT 3 : IMPRESSION ET NUMÉRISATION",
                "Consultation UV-2027-INFO")]
    ae += A("Engagement", "Je m'engage à exécuter les prestations du lot 3 aux prix du bordereau, dans la limite "
            "d'un montant maximum de 25 000 € HT par période d'exécution (période initiale et chaque période de "
            "reconduction).")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Valbrune")
    pieces = [
        PIECE("RC.pdf", "RC", B + " – RC", "RC – UV-2027-INFO", rc,
              L(allotissement=1, nb_lots=3, evidence=["La consultation comporte trois lots"])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – UV-2027-INFO", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=595000,
                evidence=["commun aux trois lots", "1 – Postes de travail 80 000 € 80 000 € 80 000 € 80 000 €",
                          "2 – Audiovisuel 40 000 € 45 000 € 45 000 € 45 000 €",
                          "3 – Impression 25 000 € 25 000 € 25 000 € 25 000 €", "[320 000 + 175 000 + 100 000]",
                          "confie à un éco-organisme ou à une filière agréée"])),
        PIECE("QR_n2.pdf", "QR", B + " – Questions / réponses", "Q/R – UV-2027-INFO", qr,
              L(allotissement=1, nb_lots=3, montant_max_ht=445000,
                evidence=["Le montant maximum s'établit ainsi à 445 000 € HT pour les trois lots"])),
        PIECE("AE_lot3.docx", "AE", B + " – AE lot 3", "AE lot 3 – UV-2027-INFO", ae,
              L(allotissement=1, montant_max_ht=25000,
                evidence=["LOT 3 : IMPRESSION ET NUMÉRISATION",
                          "montant maximum de 25 000 € HT par période d'exécution"])),
    ]
    return dict(id="d11", title="Université de Valbrune – maintenance informatique (tableau par lot et par période, Q/R)",
                pieces=pieces, pos=["clause_environnementale"],
                values=V(allotissement=1, nb_lots=3, montant_max_ht=445000),
                note="Maximum : vrai tableau du CCAP par lot et par période, sans total, avec deux cellules coupées "
                     "(« 80 » / « 000 € », « 45 » / « 000 € ») ; quatre périodes : 320 000 + 175 000 + 100 000 = "
                     "595 000 (valeur de la pièce CCAP). Le Q/R supprime la 3e reconduction et écrit 445 000 € HT "
                     "pour les trois lots (240 000 + 130 000 + 75 000) : le Q/R prime. AE lot 3 : 25 000 par période, "
                     "sans nombre de périodes (reçoit 25 000). Pièges : « environnement numérique de travail » ; "
                     "samedi 8 h – 13 h ; « sans minimum ». 3 lots. Clause environnementale : DEEE (CCAP).")


def d12():
    c = C("la Ville de Vaux-sur-Orbe", "Dijon", delai=30,
          profil="https://vaux-sur-orbe.e-marchespublics.com", ref="VSO-EP-2027")
    B = "Ville de Vaux-sur-Orbe – VSO-EP-2027"
    rc = [TITLE("VILLE DE VAUX-SUR-ORBE", "RÈGLEMENT DE LA CONSULTATION",
                "Maintenance de l'éclairage public et des carrefours à feux")]
    rc += A("Objet", "Maintenance préventive et curative des 3 800 points lumineux, des 24 armoires de commande "
            "et des 11 carrefours à feux de la Ville, et petits travaux d'extension commandés par bons de commande.")
    rc += A("Durée", "L'accord-cadre est conclu pour douze mois à compter de sa notification. Il est reconductible "
            "trois fois, tacitement, soit une durée maximale de quatre ans.")
    rc += f_rc_retrait(c, 1)
    rc += f_rc_candidature(c, 0)
    rc += f_rc_jugement(c, [("Prix", 60), ("Valeur technique", 40)], 1)
    rc += f_rc_remise(c, "8 mars 2027 à 12~h", 0)
    rc += f_rc_nego(c, 0)
    ccap = [TITLE("VILLE DE VAUX-SUR-ORBE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Maintenance de l'éclairage public et des carrefours à feux – VSO-EP-2027")]
    ccap += A("Objet et allotissement", "Le présent accord-cadre à bons de commande porte sur la maintenance de "
              "l'éclairage public et des carrefours à feux. Le marché n'est pas alloti : les carrefours à feux et "
              "l'éclairage sont alimentés par les mêmes armoires, et leur entretien par des titulaires différents "
              "rendrait l'exécution techniquement difficile (article L.~2113-11 du code de la commande publique).")
    ccap += A("Montant maximum", "Le montant maximum des commandes est de 95~000 € HT par année d'exécution. "
              "La durée de l'accord-cadre est fixée au règlement de la consultation.")
    ccap += f_pieces(c, 1, ["le CCTP et ses annexes ;", "le bordereau des prix unitaires ;"])
    ccap += A("Clause sociale d'insertion", "Le titulaire réserve 300 heures d'insertion par année d'exécution à "
              "des personnes rencontrant des difficultés d'accès à l'emploi. Il transmet chaque trimestre au "
              "facilitateur de la Maison de l'emploi de l'Orbe un relevé nominatif des heures réalisées.")
    ccap += f_prix(c, 0)
    ccap += f_paiement(c, 1)
    ccap += f_penalites(c, 0)
    ccap += f_assurances(c, 1)
    ccap += f_litiges(c)
    cctp = [TITLE("VILLE DE VAUX-SUR-ORBE", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Maintenance de l'éclairage public et des carrefours à feux")]
    cctp += A("Organisation territoriale", "Pour l'organisation des tournées, le territoire communal est découpé "
              "en trois lots techniques : lot technique Nord (1 250 points), lot technique Centre (1 400 points), "
              "lot technique Sud (1 150 points). Ce découpage n'a pas d'incidence sur la dévolution du marché.")
    cctp += A("Historique", "À titre d'information, le précédent marché de maintenance (2022-2026) était plafonné à "
              "70~000 € HT par an ; le taux de panne moyen constaté était de 4,2~% des points lumineux.")
    cctp += A("Tournées et dépannages", "Une tournée de nuit est réalisée chaque mois, entre 22~h et 2~h, dans "
              "chaque lot technique. Les pannes signalées sont réparées sous 72 heures ; un feu tricolore hors "
              "service est remis en état sous 4 heures.")
    cctp += A("Matériels déposés", "Les lampes, luminaires et composants déposés sont remis par le titulaire à "
              "l'éco-organisme agréé ; il joint les bordereaux de reprise au rapport annuel.")
    cctp += f_cctp_securite(c)
    ae = [TITLE("Ville de Vaux-sur-Orbe", "ACTE D'ENGAGEMENT", "Maintenance de l'éclairage public et des carrefours à feux – VSO-EP-2027")]
    ae += A("Engagement", "Je m'engage à exécuter les prestations aux prix du bordereau des prix unitaires.")
    ae += A("Durée et montant", "Durée : douze mois, reconductible trois fois. Montant maximum : 95 000 € HT par "
            "période annuelle, soit 380 000 € HT sur quatre ans.")
    ae += A("Insertion", "Je m'engage à réaliser 300 heures d'insertion par an, soit 1 200 heures sur la durée "
            "maximale de quatre ans.")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Vaux-sur-Orbe")
    pieces = [
        PIECE("RC.pdf", "RC", B + " – RC", "RC – VSO-EP-2027", rc, L()),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – VSO-EP-2027", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=300, allotissement=0, montant_max_ht=95000,
                evidence=["Le marché n'est pas alloti",
                          "Le montant maximum des commandes est de 95 000 € HT par année d'exécution",
                          "Le titulaire réserve 300 heures d'insertion par année d'exécution"])),
        PIECE("CCTP.pdf", "CCTP", B + " – CCTP", "CCTP – VSO-EP-2027", cctp,
              L(clause_environnementale=1,
                evidence=["Les lampes, luminaires et composants déposés sont remis par le titulaire à "
                          "l'éco-organisme agréé"])),
        PIECE("AE.docx", "AE", B + " – AE", "AE – VSO-EP-2027", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, montant_max_ht=380000,
                evidence=["soit 380 000 € HT sur quatre ans", "soit 1 200 heures sur la durée maximale de quatre ans"])),
    ]
    return dict(id="d12", title="Ville de Vaux-sur-Orbe – éclairage public (« lots techniques », non alloti)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=1200, allotissement=0, montant_max_ht=380000),
                note="Maximum : 95 000 € HT par année (CCAP, durée renvoyée au RC) ; RC : douze mois reconductibles "
                     "trois fois ; l'AE écrit 380 000 € HT sur quatre ans. Heures : 300 par an au CCAP (pièce : 300), "
                     "total écrit 1 200 dans l'AE (retenu pour le dossier). Allotissement : le CCAP dit « n'est pas "
                     "alloti » ; le CCTP découpe le territoire en trois « lots techniques » sans incidence sur la "
                     "dévolution (pièce : vide). Pièges : précédent marché plafonné à 70 000 € HT par an (CCTP, non "
                     "retenu) ; tournées 22 h – 2 h ; 72 et 4 heures. Clause environnementale : reprise par "
                     "l'éco-organisme (CCTP).")


def d13():
    c = C("la Communauté de communes du Pays de Sornac", "Limoges", delai=30,
          profil="https://marches.paysdesornac.fr", ref="CCPS-NUM-27")
    B = "Communauté de communes du Pays de Sornac – CCPS-NUM-27"
    avis = [TITLE("BOAMP – Avis de marché (procédure adaptée)", "Communauté de communes du Pays de Sornac")]
    avis += [P("Identification de l'organisme : Communauté de communes du Pays de Sornac, 2 avenue de la "
               "Gare, 19990 Sornac-le-Haut."),
             P("Objet : numérisation, indexation et mise en ligne des registres et archives intercommunales."),
             P("Catégorie : services. CPV : 79999100 Services de scannage."),
             P("Forme : accord-cadre à bons de commande mono-attributaire."),
             P("Montant maximum : EUR 120 000 HT sur la durée totale de l'accord-cadre."),
             P("Durée : 12 mois, reconductible une fois."),
             P("Marché réservé : oui. Le marché est réservé aux entreprises adaptées, aux établissements et services "
               "d'aide par le travail et aux structures équivalentes (article L. 2113-12 du code de la commande "
               "publique)."),
             P("Division en lots : non."),
             P("Critères : prix 50 % ; valeur technique 50 %."),
             P("Date limite : 5 mars 2027, 12 h.")]
    rc = [TITLE("COMMUNAUTÉ DE COMMUNES DU PAYS DE SORNAC", "RÈGLEMENT DE LA CONSULTATION",
                "Numérisation des registres et archives – CCPS-NUM-27")]
    rc += A("Objet", "Numérisation, indexation et mise en ligne des registres des délibérations, des permis de "
            "construire et des archives des anciens syndicats intercommunaux (environ 380 000 pages).")
    rc += A("Marché réservé", "En application de l'article L.~2113-12 du code de la commande publique, le "
            "marché est réservé aux entreprises adaptées, aux établissements et services d'aide par le travail et "
            "aux structures équivalentes, qui emploient une proportion minimale de 50~% de travailleurs "
            "handicapés. Le candidat joint à sa candidature le justificatif de son statut.")
    rc += A("Allotissement", "Le marché n'est pas alloti ; les prestations forment une chaîne unique de "
            "traitement (préparation, numérisation, indexation, reconditionnement).")
    rc += A("Durée", "Douze mois à compter de la notification, reconductible une fois pour douze mois.")
    rc += f_rc_retrait(c, 0)
    rc += f_rc_jugement(c, [("Prix", 50), ("Valeur technique", 50)])
    rc += f_rc_remise(c, "5 mars 2027 à 12~h", 1)
    ccap = [TITLE("COMMUNAUTÉ DE COMMUNES DU PAYS DE SORNAC", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Numérisation des registres et archives – CCPS-NUM-27")]
    ccap += A("Objet", "Accord-cadre à bons de commande pour la numérisation des registres et archives "
              "intercommunales. Ce marché est réservé (article L.~2113-12 du code de la commande publique).")
    ccap += A("Montant", "Le montant maximum des commandes est fixé à 60~000 € HT par période de douze mois. "
              "Aucun montant minimum n'est fixé.")
    ccap += f_pieces(c, 0, ["le cahier des charges techniques ;", "le bordereau des prix unitaires ;"])
    ccap += A("Transport et conservation des documents", "Les documents sont enlevés et restitués par le "
              "titulaire en véhicule fermé, dans des caisses fournies par la Communauté. Ils sont conservés dans "
              "un local sécurisé, à une température comprise entre 16 et 22~°C.")
    ccap += A("Données", "Les fichiers produits et les données à caractère personnel qu'ils contiennent restent la "
              "propriété de la Communauté ; le titulaire les détruit à la fin du marché et en produit l'attestation.")
    ccap += f_prix(c, 2)
    ccap += f_paiement(c, 0)
    ccap += f_penalites(c, 1)
    ccap += f_litiges(c)
    ae = [TITLE("Communauté de communes du Pays de Sornac", "ACTE D'ENGAGEMENT",
                "Numérisation des registres et archives – CCPS-NUM-27")]
    ae += A("Statut du candidat (marché réservé – article L. 2113-12)",
            "Le candidat déclare être :",
            ["☐ une entreprise adaptée (article L.~5213-13 du code du travail) ;",
             "☐ un établissement ou service d'aide par le travail (article L.~344-2 du code de l'action sociale "
             "et des familles) ;", "☐ une structure équivalente d'un autre État membre."])
    ae += A("Engagement", "Je m'engage à exécuter les prestations aux prix du bordereau des prix unitaires, dans "
            "la limite des montants fixés au CCAP.")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Sornac-le-Haut")
    pieces = [
        PIECE("avis_BOAMP.txt", "AVIS", B + " – Avis", "", avis,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=0, montant_max_ht=120000,
                evidence=["Montant maximum : EUR 120 000 HT sur la durée totale de l'accord-cadre.",
                          "Marché réservé : oui.", "(article L. 2113-12 du code de la commande publique)",
                          "Division en lots : non."])),
        PIECE("RC.docx", "RC", B + " – RC", "RC – CCPS-NUM-27", rc,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=0,
                evidence=["le marché est réservé aux entreprises adaptées, aux établissements et services d'aide "
                          "par le travail", "Le marché n'est pas alloti"])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – CCPS-NUM-27", ccap,
              L(marche_reserve=1, reserve_base="L2113-12", montant_max_ht=60000,
                evidence=["Ce marché est réservé (article L. 2113-12 du code de la commande publique)",
                          "60 000 € HT par période de douze mois"])),
        PIECE("AE.docx", "AE", B + " – AE", "AE – CCPS-NUM-27", ae,
              L(marche_reserve=1, reserve_base="L2113-12",
                evidence=["Statut du candidat (marché réservé – article L. 2113-12)"])),
    ]
    return dict(id="d13", title="CC du Pays de Sornac – numérisation des archives (marché réservé EA/ESAT)",
                pieces=pieces, pos=["marche_reserve"],
                values=V(allotissement=0, montant_max_ht=120000, reserve_base="L2113-12"),
                note="Maximum : « EUR 120 000 HT sur la durée totale » (avis) ; CCAP : 60 000 € HT par période de "
                     "douze mois (pièce : 60 000, durée inconnue du CCAP) ; RC et avis : douze mois reconductibles "
                     "une fois (60 000 × 2 = 120 000, cohérent). Réservation L. 2113-12 (EA/ESAT) citée dans toutes "
                     "les pièces. Aucune clause sociale ni critère. Pièges : 380 000 pages ; 16 à 22 °C ; part de "
                     "50 % de travailleurs handicapés. Non alloti.")


def d14():
    c = C("la Communauté de communes Terres de Vallière", "Lyon", delai=30,
          profil="https://www.terres-de-valliere.fr/marches", ref="TV-EPI-2027")
    B = "Communauté de communes Terres de Vallière – TV-EPI-2027"
    rc = [TITLE("COMMUNAUTÉ DE COMMUNES TERRES DE VALLIÈRE", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture de vêtements de travail et d'équipements de protection individuelle")]
    rc += A("Objet et lots", "La consultation porte sur la fourniture de vêtements de travail (lot 1) et "
            "d'équipements de protection individuelle (lot 2) pour les agents des services techniques, de la "
            "collecte des déchets et des crèches. Le marché est divisé en deux lots.")
    rc += A("Durée", "Chaque accord-cadre est conclu pour trente-six mois à compter de sa notification.")
    rc += f_rc_retrait(c, 0)
    rc += f_rc_candidature(c, 0)
    rc += f_rc_jugement(c, [("Prix", 50), ("Qualité des articles, appréciée sur échantillons", 40),
                            ("Délais de livraison", 10)], 1)
    rc += A("Échantillons", "Les candidats remettent, pour chaque lot, les échantillons listés en annexe au plus "
            "tard à la date limite, au centre technique de Vallière, du lundi au vendredi de 8~h~30 à 12~h.")
    rc += f_rc_remise(c, "lundi 1er mars 2027 à 12~h", 0)
    ccap = [TITLE("COMMUNAUTÉ DE COMMUNES TERRES DE VALLIÈRE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Vêtements de travail et équipements de protection individuelle – TV-EPI-2027")]
    ccap += A("Objet", "Le présent CCAP est commun aux deux lots. Chaque lot donne lieu à un accord-cadre à bons "
              "de commande.")
    ccap += A("Montants", "Les accords-cadres sont conclus sans montant minimum ni maximum.")
    ccap += f_pieces(c, 2, ["le CCTP et les fiches techniques des articles ;", "le bordereau des prix unitaires du lot ;"])
    ccap += A("Conditions de travail dans la chaîne de production",
              "Le titulaire s'assure que les articles livrés sont fabriqués dans le respect des conventions "
              "fondamentales de l'Organisation internationale du travail (travail forcé, travail des enfants, "
              "liberté syndicale, non-discrimination). Il communique, sur demande, la liste des sites de confection "
              "et les rapports d'audit social de ses fournisseurs.")
    ccap += A("Conditionnement", "Les articles sont livrés par colis nominatifs, sans emballage individuel en "
              "plastique ; les cartons sont repris par le titulaire lors de la livraison suivante.")
    ccap += f_prix(c, 0)
    ccap += f_paiement(c, 0)
    ccap += f_penalites(c, 2)
    ccap += f_litiges(c)
    qr = [TITLE("Communauté de communes Terres de Vallière", "Registre des questions / réponses",
                "TV-EPI-2027 – réponses publiées le 15 février 2027"),
          P("Question 1 : Le CCAP indique que les accords-cadres sont conclus sans montant maximum. Est-ce bien "
            "le cas ?"),
          P("Réponse : Non. Conformément à l'article R.~2162-4 du code de la commande publique, chaque accord-cadre "
            "comporte un montant maximum. L'article 2 du CCAP est rectifié comme suit : « Le montant maximum est "
            "fixé, pour la durée totale de l'accord-cadre, à 200~000 € HT pour le lot 1 et à 80~000 € HT pour "
            "le lot 2. »"),
          P("Question 2 : Les tailles hors standard donnent-elles lieu à un supplément ?"),
          P("Réponse : Non, les prix du bordereau s'appliquent à toutes les tailles."),
          P("Question 3 : Faut-il fournir des échantillons pour chaque couleur ?"),
          P("Réponse : Un échantillon par article suffit, dans la couleur de votre choix.")]
    bpu = [TITLE("Communauté de communes Terres de Vallière", "BORDEREAU DES PRIX UNITAIRES – LOT 2",
                 "Équipements de protection individuelle – TV-EPI-2027"),
           RTAB([["Réf.", "Article", "Norme", "Prix unitaire HT"],
                 ["2.1", "Gants de manutention", "EN 388", ""],
                 ["2.2", "Chaussures de sécurité basses S3", "EN ISO 20345", ""],
                 ["2.3", "Bottes de sécurité", "EN ISO 20345", ""],
                 ["2.4", "Casque antibruit", "EN 352-1", ""],
                 ["2.5", "Lunettes de protection", "EN 166", ""],
                 ["2.6", "Gilet haute visibilité classe 2", "EN ISO 20471", ""]]),
           P("Prix franco de port, hors TVA. Cachet et signature du candidat :")]
    pieces = [
        PIECE("RC.pdf", "RC", B + " – RC", "RC – TV-EPI-2027", rc,
              L(allotissement=1, nb_lots=2, evidence=["Le marché est divisé en deux lots."])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – TV-EPI-2027", ccap,
              L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=2,
                evidence=["commun aux deux lots",
                          "dans le respect des conventions fondamentales de l'Organisation internationale du travail",
                          "sans emballage individuel en plastique"])),
        PIECE("Registre_QR.docx", "QR", B + " – Questions / réponses", "Q/R – TV-EPI-2027", qr,
              L(allotissement=1, nb_lots=2, montant_max_ht=280000,
                evidence=["à 200 000 € HT pour le lot 1 et à 80 000 € HT pour le lot 2",
                          "[200 000 + 80 000 = 280 000]"])),
        PIECE("BPU_lot2.docx", "BPU", B + " – BPU lot 2", "BPU lot 2 – TV-EPI-2027", bpu,
              L(allotissement=1, evidence=["BORDEREAU DES PRIX UNITAIRES – LOT 2"])),
    ]
    return dict(id="d14", title="CC Terres de Vallière – vêtements de travail et EPI (maximum ajouté par le Q/R)",
                pieces=pieces, pos=["clause_sociale", "clause_environnementale"],
                values=V(allotissement=1, nb_lots=2, montant_max_ht=280000),
                note="Maximum : le CCAP écrit « sans montant minimum ni maximum » (pièce vide) ; le registre Q/R le "
                     "rectifie : 200 000 € HT (lot 1) + 80 000 € HT (lot 2) pour la durée totale = 280 000, sans total "
                     "écrit. Le Q/R prime. Clause sociale : conventions fondamentales de l'OIT dans la chaîne de "
                     "production (CCAP). Clause environnementale : pas d'emballage individuel plastique, cartons "
                     "repris (CCAP). Pièges : normes EN du BPU ; horaires de dépôt des échantillons. 2 lots.")


def d15():
    c = C("le SICTOM des Deux-Rives", "Toulouse", delai=30,
          profil="https://marchespublics.sictom-deuxrives.fr", ref="SDR-2027-02")
    B = "SICTOM des Deux-Rives – SDR-2027-02"
    avis = [TITLE("Supplément au Journal officiel de l'Union européenne",
                  "Avis de marché – Fournitures", "France-Montauriol : Conteneurs")]
    avis += [H("Section I : Pouvoir adjudicateur"),
             P("I.1) SICTOM des Deux-Rives, 12 chemin des Écluses, 82990 Montauriol, France"),
             H("Section II : Objet"),
             P("II.1.1) Intitulé : Fourniture de bacs roulants et de colonnes d'apport volontaire. Numéro de "
               "référence : SDR-2027-02"),
             P("II.1.2) Code CPV principal : 34928480 Conteneurs et poubelles pour déchets et ordures"),
             P("II.1.3) Type de marché : Fournitures"),
             P("II.1.5) Valeur totale estimée : Valeur hors TVA : 1 200 000.00 EUR"),
             P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui"),
             P("II.2.1) Intitulé : Bacs roulants. Lot n° : 1"),
             P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 35 ; "
               "Critère de qualité – Nom : Performance environnementale (taux de matière recyclée, reprise des "
               "bacs usagés) / Pondération : 15 ; Prix – Pondération : 50"),
             P("II.2.7) Durée en mois : 48. Ce marché peut faire l'objet d'une reconduction : non"),
             P("II.2.1) Intitulé : Colonnes d'apport volontaire. Lot n° : 2"),
             P("II.2.5) Critères d'attribution : mêmes critères que le lot 1"),
             P("II.2.7) Durée en mois : 48"),
             H("Section IV : Procédure"),
             P("IV.1.1) Procédure ouverte. IV.1.3) Accord-cadre avec un seul opérateur"),
             P("IV.2.2) Date limite de réception des offres : 12/03/2027 – 12:00")]
    ccap = [TITLE("SICTOM DES DEUX-RIVES", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Fourniture de bacs roulants et de colonnes d'apport volontaire – SDR-2027-02")]
    ccap += A("Objet et lots", "Le présent CCAP est commun aux deux lots : lot 1, bacs roulants ; lot 2, colonnes "
              "d'apport volontaire aériennes et enterrées.")
    ccap += A("Montants maximums", "Chaque lot fait l'objet d'un accord-cadre à bons de commande d'une durée de "
              "quatre ans, sans reconduction, dont le montant maximum pour cette durée est de :",
              ["lot 1 : 450 K€ HT ;", "lot 2 : 1,1 M€ HT."])
    ccap += f_pieces(c, 0, ["le CCTP ;", "le bordereau des prix unitaires du lot ;"])
    ccap += A("Livraison", "Les bacs sont livrés montés, puçés et numérotés, au dépôt de Montauriol ou "
              "directement chez les usagers selon le bon de commande. Les colonnes sont livrées et posées sur "
              "les emplacements préparés par le SICTOM.")
    ccap += f_prix(c, 1)
    ccap += f_avance(c, 0)
    ccap += f_paiement(c, 1)
    ccap += f_penalites(c, 0)
    ccap += f_litiges(c)
    ae = [TITLE("SICTOM des Deux-Rives", "ACTE D'ENGAGEMENT – LOT N° 1 : BACS ROULANTS",
                "Accord-cadre à bons de commande SDR-2027-02")]
    ae += A("Engagement", "Le candidat s'engage à livrer les bacs roulants commandés, aux prix de son bordereau, "
            "pendant quatre ans à compter de la notification, dans la limite d'un montant maximum de EUR "
            "450" + SB + "000,00 HT (quatre cent cinquante mille euros hors taxes).")
    ae += A("Garantie", "Les bacs sont garantis dix ans contre tout défaut de fabrication ; la garantie couvre le "
            "remplacement des couvercles, axes et roues.")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Montauriol")
    cctp = [TITLE("SICTOM des Deux-Rives", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Fourniture de bacs roulants et de colonnes d'apport volontaire")]
    cctp += A("Bacs roulants (lot 1)", "Bacs de 120, 240 et 340 litres conformes à la norme EN 840, cuve grise, "
              "couvercle de couleur selon le flux, puce RFID intégrée.")
    cctp += A("Colonnes (lot 2)", "Colonnes aériennes de 4 m³ et colonnes enterrées de 5 m³, préhension kinshofer. "
              "Les commandes du lot 2 sont passées dans la limite du montant maximum de 1 000 000 € HT fixé pour ce "
              "lot.")
    cctp += A("Reprise des matériels usagés", "Le titulaire reprend, lors des livraisons, les bacs et colonnes "
              "usagés ou cassés désignés par le SICTOM ; il les broie et les oriente vers une filière de "
              "recyclage des plastiques, et transmet chaque semestre les tonnages repris.")
    cctp += f_cctp_suivi(c, 0)
    pieces = [
        PIECE("avis_JOUE.txt", "AVIS", B + " – Avis JOUE", "", avis,
              L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=1200000,
                evidence=["Valeur hors TVA : 1 200 000.00 EUR", "Ce marché est divisé en lots : oui", "Lot n° : 2",
                          "Performance environnementale (taux de matière recyclée, reprise des bacs usagés) / "
                          "Pondération : 15"])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – SDR-2027-02", ccap,
              L(allotissement=1, nb_lots=2, montant_max_ht=1550000,
                evidence=["commun aux deux lots", "lot 1 : 450 K€ HT ;", "lot 2 : 1,1 M€ HT.",
                          "[450 000 + 1 100 000 = 1 550 000]"])),
        PIECE("AE_lot1.pdf", "AE", B + " – AE lot 1", "AE lot 1 – SDR-2027-02", ae,
              L(allotissement=1, montant_max_ht=450000,
                evidence=["LOT N° 1 : BACS ROULANTS", "montant maximum de EUR 450 000,00 HT"])),
        PIECE("CCTP.docx", "CCTP", B + " – CCTP", "CCTP – SDR-2027-02", cctp,
              L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=1000000,
                evidence=["Bacs roulants (lot 1)", "Colonnes (lot 2)", "dans la limite du montant maximum de 1 000 000 € HT fixé pour ce lot",
                          "il les broie et les oriente vers une filière de recyclage des plastiques"])),
    ]
    return dict(id="d15", title="SICTOM des Deux-Rives – bacs et colonnes (K€, M€, EUR, CCTP en conflit)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=1200000, montant_max_ht=1550000),
                note="Maximum : CCAP « lot 1 : 450 K€ HT ; lot 2 : 1,1 M€ HT » pour quatre ans sans reconduction : "
                     "450 000 + 1 100 000 = 1 550 000. AE lot 1 : « EUR 450 000,00 HT » (coupé « 450 / 000,00 »). "
                     "Le CCTP écrit 1 000 000 € HT pour le lot 2 (conflit) : la pièce le garde (lot 2 seul), le "
                     "dossier suit le CCAP. Estimation : 1 200 000 (JOUE II.1.5), inférieure au maximum. Avis et CCTP : "
                     "les deux lots énumérés un à un, sans nombre écrit (nb_lots 2, voir doutes). Pièges : garantie de dix ans ; seuil "
                     "d'avance 50 000 €. Critère environnemental 15 % (avis). Clause environnementale : reprise et "
                     "recyclage des bacs usagés (CCTP). 2 lots.")


def d16():
    c = C("la SA d'HLM Les Toits de l'Ardre", "Reims", ccag="travaux", delai=30,
          profil="https://achats.toits-ardre.fr", ref="TA-LV-2027")
    B = "SA d'HLM Les Toits de l'Ardre – TA-LV-2027"
    rc = [TITLE("SA D'HLM LES TOITS DE L'ARDRE", "RÈGLEMENT DE LA CONSULTATION",
                "Remise en état des logements vacants avant relocation – TA-LV-2027")]
    rc += A("Objet", "Accords-cadres de travaux à bons de commande pour la remise en état des logements libérés "
            "avant leur relocation, sur l'ensemble du patrimoine (environ 120 logements par an).")
    rc += A("Lots", "Le marché comprend trois lots : lot 1, plâtrerie, peinture, sols souples ; lot 2, plomberie "
            "et électricité ; lot 3, menuiseries intérieures et extérieures.")
    rc += A("Durée", "Chaque accord-cadre est conclu pour quatre ans ferme.")
    rc += A("Clause d'insertion", "Les titulaires des lots 1 et 2 réalisent une action d'insertion "
            "professionnelle : 400 heures par an pour le lot 1 et 250 heures par an pour le lot 2, soit au total, "
            "sur les quatre années, 2" + SB + "600 heures pour les deux lots. Le lot 3 n'est pas concerné.")
    rc += f_rc_retrait(c, 0)
    rc += A("Jugement des offres", "Les offres sont classées selon les critères suivants :",
            ["prix (détail estimatif) : 55 % ;", "valeur technique : 35 % ;",
             "lots 1 et 2 : qualité du dispositif d'accompagnement et de tutorat des personnes en insertion : 10 % "
             "(lot 3 : valeur technique portée à 45 %)."])
    rc += f_rc_remise(c, "jeudi 25 février 2027 à 12~h", 1)
    ccap = [TITLE("SA D'HLM LES TOITS DE L'ARDRE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Remise en état des logements vacants – TA-LV-2027")]
    ccap += A("Objet", "Le présent CCAP est commun aux trois lots des accords-cadres à bons de commande TA-LV-2027.")
    ccap += A("Montants maximums", "Les montants maximums HT de chaque lot sont les suivants :")
    ccap.append(RTAB([["Lot", "Intitulé", "Maximum annuel HT", "Maximum sur 4 ans HT"],
                      ["1", "Plâtrerie, peinture, sols souples", "250 000 €", "1" + BR + "000 000 €"],
                      ["2", "Plomberie, électricité", "150 000 €", "600 000 €"],
                      ["3", "Menuiseries", "100 000 €", "400 000 €"],
                      ["Total", "Tous lots", "500 000 €", "2" + BR + "000 000 €"]],
                     widths=[0.6, 2.6, 1.1, 1.1], align="llrr", bold_last=True))
    ccap += f_pieces(c, 0, ["le CCTP du lot ;", "le bordereau des prix unitaires du lot ;"])
    ccap += A("Insertion professionnelle (lots 1 et 2)",
              "Le titulaire met en œuvre l'action d'insertion dont le volume est fixé par lot au règlement de la "
              "consultation et à l'acte d'engagement. Il désigne un tuteur pour chaque personne accueillie et "
              "transmet chaque trimestre au facilitateur l'état des heures réalisées. Toute heure non réalisée "
              "donne lieu à une pénalité de 50~€ HT.")
    ccap += f_paiement(c, 0)
    ccap += f_penalites(c, 0)
    ccap += f_assurances(c, 0)
    ccap += f_litiges(c)
    ae = [TITLE("SA d'HLM Les Toits de l'Ardre", "ACTE D'ENGAGEMENT – LOT N° 1",
                "Plâtrerie, peinture, sols souples – TA-LV-2027")]
    ae += A("Engagement", "Je m'engage à exécuter les travaux du lot 1 aux prix de mon bordereau, dans la limite "
            "d'un montant maximum de 1 000 000 € HT sur quatre ans.")
    ae += A("Insertion", "Je m'engage à réaliser 1 600 heures d'insertion sur la durée de l'accord-cadre, soit "
            "400 heures par an.")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Reims")
    cctp = [TITLE("SA d'HLM Les Toits de l'Ardre", "CCTP – LOT N° 2 : PLOMBERIE ET ÉLECTRICITÉ",
                  "Remise en état des logements vacants – TA-LV-2027")]
    cctp += A("Consistance", "Remplacement des appareils sanitaires défectueux, reprise des installations "
              "électriques non conformes, pose de détecteurs de fumée, diagnostic électrique avant relocation.")
    cctp += A("Délais", "Le logement est remis en état dans un délai de dix jours ouvrés après l'état des lieux "
              "de sortie ; l'intervention du lot 2 précède celle du lot 1.")
    cctp += A("Déchets", "Les appareils et équipements déposés sont triés par matériau ; les déchets "
              "d'équipements électriques sont remis à une filière de collecte agréée et les bordereaux sont "
              "joints à la facture.")
    cctp += f_cctp_securite(c)
    pieces = [
        PIECE("RC.pdf", "RC", B + " – RC", "RC – TA-LV-2027", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2600, critere_social=1, allotissement=1,
                nb_lots=3,
                evidence=["Le marché comprend trois lots", "soit au total, sur les quatre années, 2 600 heures pour les deux lots", "qualité du dispositif d'accompagnement et de tutorat des personnes en "
                          "insertion : 10 %"]),
              cols=2),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – TA-LV-2027", ccap,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=3, montant_max_ht=2000000,
                evidence=["commun aux trois lots", "Total Tous lots 500 000 € 2 000 000 €",
                          "Le titulaire met en œuvre l'action d'insertion"])),
        PIECE("AE_lot1.docx", "AE", B + " – AE lot 1", "AE lot 1 – TA-LV-2027", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1600, allotissement=1, montant_max_ht=1000000,
                evidence=["LOT N° 1", "montant maximum de 1 000 000 € HT sur quatre ans",
                          "Je m'engage à réaliser 1 600 heures d'insertion"])),
        PIECE("CCTP_lot2.pdf", "CCTP", B + " – CCTP lot 2", "CCTP lot 2 – TA-LV-2027", cctp,
              L(clause_environnementale=1, allotissement=1,
                evidence=["CCTP – LOT N° 2", "les déchets d'équipements électriques sont remis à une filière de "
                          "collecte agréée"])),
    ]
    return dict(id="d16", title="SA d'HLM Les Toits de l'Ardre – logements vacants (tableau avec Total, heures par lot)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=2600, allotissement=1, nb_lots=3, montant_max_ht=2000000),
                note="Maximum : vrai tableau du CCAP, colonnes annuelle et « sur 4 ans », ligne Total, cellules "
                     "« 1 » / « 000 000 € » et « 2 » / « 000 000 € » : 2 000 000 (ne pas multiplier par quatre ni "
                     "additionner les deux colonnes). AE lot 1 : 1 000 000. Heures : RC (deux colonnes) 400 h/an "
                     "(lot 1) + 250 h/an (lot 2), « soit au total, sur les quatre années, 2 / 600 heures » (coupé) : 2 600 ; AE lot 1 : "
                     "1 600. Le CCAP impose la clause sans chiffre (heures vides). Critère social 10 % (RC). Pièges : "
                     "120 logements par an ; 50 € par heure ; dix jours ouvrés. Clause environnementale : tri et "
                     "DEEE (CCTP lot 2). 3 lots.")


def d17():
    c = C("le Centre de gestion de la fonction publique territoriale du Morvillier", "Besançon", delai=30,
          profil="https://www.cdg-morvillier.fr/marches", ref="CDG-RECONV-27")
    B = "Centre de gestion du Morvillier – CDG-RECONV-27"
    avis = [TITLE("BOAMP – Avis de marché", "Centre de gestion de la fonction publique territoriale du Morvillier")]
    avis += [H("Acheteur"),
             P("Centre de gestion de la fonction publique territoriale du Morvillier, 9 rue des Forges, 25990 "
               "Morvillier-la-Combe"),
             H("Objet"),
             P("Accompagnement individuel et actions de formation des agents territoriaux en reclassement ou en "
               "reconversion professionnelle. Services sociaux et autres services spécifiques."),
             P("Forme : accord-cadre à bons de commande. Durée : 36 mois."),
             P("Lots : non."),
             H("Conditions de participation"),
             P("Marché réservé : oui. Participation réservée aux entreprises de l'économie sociale et solidaire "
               "poursuivant une mission de service public, en application de l'article L. 2113-15 du code de la "
               "commande publique."),
             H("Critères d'attribution"),
             P("Valeur technique 60 % ; prix 40 %."),
             H("Date limite"),
             P("Réception des offres : 10 mars 2027 à 16 h 00.")]
    rc = [TITLE("CENTRE DE GESTION DE LA FPT DU MORVILLIER", "RÈGLEMENT DE LA CONSULTATION",
                "Accompagnement et formation des agents en reconversion professionnelle – CDG-RECONV-27")]
    rc += A("Objet", "La consultation porte sur l'accompagnement individuel (bilan, projet professionnel, "
            "immersions) et sur des actions de formation collectives destinées aux agents des collectivités "
            "affiliées engagés dans une démarche de reclassement ou de reconversion.")
    rc += A("Procédure et réservation", "La consultation est passée selon la procédure adaptée applicable aux "
            "services sociaux et autres services spécifiques. Le marché est réservé aux entreprises de l'économie "
            "sociale et solidaire mentionnées à l'article L.~2113-15 du code de la commande publique. Un candidat "
            "ayant obtenu du Centre de gestion, dans les trois années précédentes, un marché réservé sur ce "
            "fondement pour les mêmes prestations ne peut se voir attribuer le présent marché.")
    rc += A("Allotissement", "Le marché n'est pas alloti : l'accompagnement et la formation forment un parcours "
            "unique pour chaque agent.")
    rc += f_rc_retrait(c, 1)
    rc += f_rc_candidature(c, 0)
    rc += f_rc_jugement(c, [("Valeur technique (méthodes, intervenants, suivi)", 60), ("Prix", 40)])
    rc += f_rc_remise(c, "10 mars 2027 à 16~h", 2)
    ccap = [TITLE("CENTRE DE GESTION DE LA FPT DU MORVILLIER", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accompagnement et formation des agents en reconversion professionnelle")]
    ccap += A("Objet et forme", "Le présent accord-cadre à bons de commande, réservé en application de l'article "
              "L.~2113-15 du code de la commande publique, porte sur l'accompagnement et la formation des agents "
              "en reconversion professionnelle.")
    ccap += A("Durée et montant", "L'accord-cadre est conclu pour une durée de trente-six mois. Son montant "
              "maximum est fixé à trois cent mille euros hors taxes pour cette durée. Aucun montant minimum n'est "
              "prévu.",
              "Un bon de commande ne peut excéder 20~000 € HT. Chaque parcours individuel comprend au plus 35 heures "
              "d'accompagnement, réparties sur six mois.")
    ccap += f_pieces(c, 2, ["le cahier des charges ;", "le bordereau des prix (prix par parcours et par journée "
                            "de formation) ;"])
    ccap += A("Confidentialité", "Les informations relatives à la situation des agents sont couvertes par le "
              "secret professionnel. Les comptes rendus sont transmis au seul conseiller du Centre de gestion.")
    ccap += f_prix(c, 2)
    ccap += f_paiement(c, 1)
    ccap += f_penalites(c, 1)
    ccap += f_resiliation(c, 1)
    ccap += f_litiges(c)
    ae = [TITLE("Centre de gestion de la FPT du Morvillier", "ACTE D'ENGAGEMENT",
                "Accompagnement et formation des agents en reconversion professionnelle – CDG-RECONV-27")]
    ae += A("Statut du candidat (marché réservé – article L. 2113-15)",
            "Je déclare que l'entreprise que je représente relève de l'économie sociale et solidaire au sens de "
            "l'article 1er de la loi n° 2014-856 du 31 juillet 2014, poursuit une mission de service public liée "
            "aux prestations du marché et n'a pas obtenu du Centre de gestion, au cours des trois dernières "
            "années, un marché réservé sur le même fondement.")
    ae += A("Engagement", "Je m'engage à exécuter les prestations aux prix de mon bordereau pendant trente-six "
            "mois, dans la limite d'un montant maximum de 300 000,00 € HT.")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Morvillier-la-Combe")
    pieces = [
        PIECE("avis_BOAMP.txt", "AVIS", B + " – Avis", "", avis,
              L(marche_reserve=1, reserve_base="L2113-15", allotissement=0,
                evidence=["Lots : non.", "Marché réservé : oui.",
                          "en application de l'article L. 2113-15 du code de la commande publique"])),
        PIECE("RC.pdf", "RC", B + " – RC", "RC – CDG-RECONV-27", rc,
              L(marche_reserve=1, reserve_base="L2113-15", allotissement=0,
                evidence=["Le marché est réservé aux entreprises de l'économie sociale et solidaire mentionnées à "
                          "l'article L. 2113-15", "Le marché n'est pas alloti"])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – CDG-RECONV-27", ccap,
              L(marche_reserve=1, reserve_base="L2113-15", montant_max_ht=300000,
                evidence=["réservé en application de l'article L. 2113-15",
                          "Son montant maximum est fixé à trois cent mille euros hors taxes pour cette durée"])),
        PIECE("AE.docx", "AE", B + " – AE", "AE – CDG-RECONV-27", ae,
              L(marche_reserve=1, reserve_base="L2113-15", montant_max_ht=300000,
                evidence=["marché réservé – article L. 2113-15", "montant maximum de 300 000,00 € HT"])),
    ]
    return dict(id="d17", title="CDG du Morvillier – reconversion des agents (réservé ESS, maximum en lettres)",
                pieces=pieces, pos=["marche_reserve"],
                values=V(allotissement=0, montant_max_ht=300000, reserve_base="L2113-15"),
                note="Maximum : « trois cent mille euros hors taxes » en lettres seulement au CCAP, pour trente-six "
                     "mois ; l'AE écrit 300 000,00 € HT. Pièges : 20 000 € HT par bon de commande ; 35 heures "
                     "d'accompagnement par parcours (pas des heures d'insertion : l'objet est l'accompagnement des "
                     "agents, pas une clause) ; règle des trois ans. Réservation : L. 2113-15 citée (avis, RC, CCAP, "
                     "AE). Non alloti (avis, RC).")


def d18():
    c = C("le Syndicat intercommunal de restauration collective du Val de Lorne", "Orléans", delai=30,
          profil="https://sirc-valdelorne.marcoweb.fr", ref="SIRC-DA-2027")
    B = "SIRC du Val de Lorne – SIRC-DA-2027"
    avis = [TITLE("BOAMP – Avis de marché", "Syndicat intercommunal de restauration collective du Val de Lorne")]
    avis += [P("Objet : fourniture de denrées alimentaires pour la cuisine centrale (1 900 repas par jour)."),
             P("Type : fournitures. Procédure : appel d'offres ouvert. Accords-cadres à bons de commande."),
             P("Valeur estimée hors TVA : 900 000 euros, toutes périodes et tous lots compris."),
             P("Division en lots : oui, 4 lots : viandes et volailles ; fruits et légumes ; produits laitiers ; "
               "épicerie."),
             P("Durée : 12 mois reconductible deux fois."),
             P("Date limite de réception des offres : 3 mars 2027 à 12 h.")]
    rc = [TITLE("SIRC DU VAL DE LORNE", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture de denrées alimentaires pour la cuisine centrale – SIRC-DA-2027")]
    rc += A("Objet", "Fourniture de denrées alimentaires pour la cuisine centrale du syndicat, qui produit 1 900 "
            "repas par jour pour les écoles et l'EHPAD des communes membres.")
    rc += A("Lots", "La consultation est divisée en quatre lots : lot 1, viandes et volailles ; lot 2, fruits et "
            "légumes frais ; lot 3, produits laitiers ; lot 4, épicerie.")
    rc += A("Durée", "Chaque accord-cadre est conclu pour douze mois à compter du 1er septembre 2027 et peut être "
            "reconduit deux fois par période de douze mois.")
    rc += f_rc_retrait(c, 0)
    rc += f_rc_candidature(c, 1)
    rc += f_rc_jugement(c, [("Prix", 45), ("Qualité gustative et fraîcheur (échantillons)", 40),
                            ("Performances en matière de protection de l'environnement (emballages, transport)", 15)])
    rc += f_rc_remise(c, "3 mars 2027 à 12~h", 1)
    ccap = [TITLE("SIRC DU VAL DE LORNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Fourniture de denrées alimentaires – SIRC-DA-2027")]
    ccap += A("Objet", "Le présent CCAP est commun aux quatre lots. Chaque lot donne lieu à un accord-cadre à bons "
              "de commande mono-attributaire, conclu sans montant minimum.")
    ccap += f_pieces(c, 0, ["le CCTP et les fiches produits ;", "le bordereau des prix unitaires du lot ;"])
    ccap += A("Qualité des produits", "Conformément aux articles L.~230-5-1 et suivants du code rural, au moins "
              "50~% des produits, en valeur, sont des produits durables et de qualité, dont 20~% issus de "
              "l'agriculture biologique. Le titulaire transmet chaque trimestre l'état des achats par catégorie.")
    ccap += A("Livraisons et contenants",
              "Les livraisons ont lieu du lundi au vendredi entre 6~h et 8~h~30. Les fruits, légumes et produits "
              "laitiers sont livrés dans des caisses réutilisables consignées, reprises par le titulaire à la "
              "livraison suivante ; les suremballages en carton sont repris et recyclés.")
    ccap += A("Contrôles", "Le syndicat peut faire procéder, à tout moment, à des prélèvements sur les denrées "
              "livrées. Les analyses non conformes sont à la charge du titulaire.")
    ccap += A("Montants maximums",
              "Les montants maximums annuels des commandes sont les suivants, en milliers d'euros hors taxes :")
    ccap.append(RTAB([["Lot", "Désignation", "Maximum annuel (k€ HT)"],
                      ["1", "Viandes et volailles", "120"], ["2", "Fruits et légumes frais", "85"],
                      ["3", "Produits laitiers", "60"], ["4", "Épicerie", "45"]],
                     widths=[0.6, 3, 1.6], align="llr"))
    ccap.append(SPLIT("Ces montants s'appliquent à la période initiale et à chacune des deux périodes de "
                      "reconduction. Le montant maximum global des quatre accords-cadres, toutes périodes comprises, "
                      "s'établit ainsi à 930",
                      "000 € HT. Les commandes qui dépasseraient le maximum d'un lot ne peuvent être passées."))
    ccap += f_prix(c, 1)
    ccap += f_paiement(c, 0)
    ccap += f_penalites(c, 1)
    ccap += f_litiges(c)
    ae = [TITLE("SIRC du Val de Lorne", "ACTE D'ENGAGEMENT – LOT N° 2 : FRUITS ET LÉGUMES FRAIS",
                "Fourniture de denrées alimentaires – SIRC-DA-2027")]
    ae += A("Engagement", "Je m'engage à livrer les denrées du lot n° 2 aux prix de mon bordereau, dans la limite "
            "de 85 000 € HT par an, soit 255 000 € HT sur la durée maximale de trois ans.")
    ae += A("Origine des produits", "Le candidat indique la part, en valeur, des produits durables et de qualité "
            "qu'il s'engage à livrer : …… %")
    ae += f_ae_compte(c)
    ae += f_ae_signature(c, "Lorne-sur-Loir")
    pieces = [
        PIECE("avis_BOAMP.txt", "AVIS", B + " – Avis", "", avis,
              L(allotissement=1, nb_lots=4, montant_estime_ht=900000,
                evidence=["Division en lots : oui, 4 lots", "Valeur estimée hors TVA : 900 000 euros"])),
        PIECE("RC.pdf", "RC", B + " – RC", "RC – SIRC-DA-2027", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=4,
                evidence=["La consultation est divisée en quatre lots",
                          "Performances en matière de protection de l'environnement (emballages, transport) : 15 %"])),
        PIECE("CCAP.pdf", "CCAP", B + " – CCAP", "CCAP – SIRC-DA-2027", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=4, montant_max_ht=930000,
                evidence=["commun aux quatre lots", "toutes périodes comprises, s'établit ainsi à 930 000 € HT",
                          "livrés dans des caisses réutilisables consignées, reprises par le titulaire"])),
        PIECE("AE_lot2.docx", "AE", B + " – AE lot 2", "AE lot 2 – SIRC-DA-2027", ae,
              L(allotissement=1, montant_max_ht=255000,
                evidence=["LOT N° 2 : FRUITS ET LÉGUMES FRAIS", "soit 255 000 € HT sur la durée maximale de trois ans"])),
    ]
    return dict(id="d18", title="SIRC du Val de Lorne – denrées alimentaires (tableau en k€, total coupé par un saut de page)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=4, montant_estime_ht=900000, montant_max_ht=930000),
                note="Maximum : tableau des maxima annuels par lot en k€, sans total (120 + 85 + 60 + 45 = 310 k€), "
                     "puis la phrase « … s'établit ainsi à 930 » / saut de page / « 000 € HT » : 310 000 × 3 périodes "
                     "(RC, avis) = 930 000, écrit. AE lot 2 : 255 000 écrits. Estimation : 900 000 (avis), toutes "
                     "périodes et tous lots compris. Pièges : « sans montant minimum » ; 1 900 repas ; 50 % de produits "
                     "durables et 20 % bio (spécification des denrées achetées, rappel de la loi EGalim, non retenue "
                     "seule) ; livraisons 6 h – 8 h 30. Clause environnementale : caisses réutilisables consignées "
                     "et reprise des cartons (CCAP). Critère environnemental 15 % (RC). 4 lots.")


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18]


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
    head = ("# Jeu blind_values_11 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
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
