#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_17 (PDF reportlab, DOCX python-docx, avis et registres .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py : lignes 27-664
(imports, écriture PDF/DOCX/TXT, tableaux, césure, SB/HY, aides de saisie L, V, PIECE, norm,
number_articles, C, A, _DOC_TYPES) et lignes 2431-2611 (extra_checks, build_piece, check_articles,
_expect, main). Changements : SET_NAME, cette docstring, la liste DOSSIERS et deux lignes de
l'en-tête de dossiers.yml (ajout : une réponse du registre ou un avis rectificatif publié ensuite
prime sur la pièce qu'il modifie). Les douze dossiers (lignes entre les deux parties reprises) ont
été écrits pour ce jeu.

Thème : les HEURES D'INSERTION (heures_insertion) et les bases de réservation, avec les autres valeurs.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable ;
BR = retour forcé (PDF) ; SB = coupure possible d'un nombre ; HY = césure possible d'un mot court.

Usage : .venv/bin/python tests/data/blind_values_17/make_documents.py
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
SET_NAME = "blind_values_17"

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
def FILL(qui, ta, v=0):
    """Articles neutres : ni clause sociale ou environnementale, ni lots, ni montant, ni heures."""
    arts = [
        A("Confidentialité", "Le titulaire et son personnel sont tenus au secret professionnel pour toutes les "
          "informations dont ils ont connaissance à l'occasion de l'exécution du marché. Les documents remis par "
          + qui + " ne peuvent être communiqués à des tiers sans son accord écrit, y compris après la fin du "
          "marché."),
        A("Assurances", "Le titulaire justifie, dans les quinze jours suivant la notification et avant tout début "
          "d'exécution, d'une assurance couvrant sa responsabilité civile professionnelle et les dommages causés aux "
          "tiers. L'attestation est renouvelée chaque année sans qu'il soit besoin de la réclamer."),
        A("Résiliation", "Les conditions de résiliation sont celles du CCAG applicable. En cas de résiliation pour "
          "faute, les prestations peuvent être exécutées aux frais et risques du titulaire après mise en demeure "
          "restée sans effet pendant quinze jours."),
        A("Langue et unité monétaire", "Toutes les pièces sont rédigées en français. L'unité monétaire est l'euro ; "
          "les documents rédigés dans une autre langue sont accompagnés d'une traduction certifiée."),
        A("Différends", "Les parties recherchent un règlement amiable avant toute saisine du juge. Le tribunal "
          "compétent est le " + ta + ", auprès duquel le comité consultatif de règlement amiable peut aussi être "
          "saisi."),
    ]
    out = []
    for a in (arts[v % 5:] + arts[:v % 5])[:4]:
        out.extend(a)
    return out


# ============================================================================= dossiers (écrits pour ce jeu)

# ----------------------------------------------------------------------------- d01
def d01():
    B = "Communauté de communes du Val d'Aubrelle"
    ref = "VA-2027-014"
    rc = [TITLE(B, "Règlement de la consultation", "Réhabilitation et extension du gymnase Léonce-Marchal",
                "Procédure adaptée – référence " + ref),
          *A("Objet de la consultation",
             "La consultation porte sur la réhabilitation et l'extension du gymnase intercommunal Léonce-Marchal, "
             "à Aubrelle-le-Haut. Les travaux sont répartis en quatre lots :",
             ["lot 1 : gros œuvre – maçonnerie ;", "lot 2 : charpente – couverture ;",
              "lot 3 : plâtrerie – isolation ;", "lot 4 : électricité – courants faibles."]),
          *A("Montant prévisionnel",
             "Le montant prévisionnel des travaux, tous lots confondus, est estimé à 1~240~000 € HT."),
          *A("Action d'insertion",
             "Les lots 1, 2 et 3 comportent une action d'insertion professionnelle dont le volume est fixé à "
             "l'article 13 du CCAP. Le lot 4 n'en comporte pas."),
          *A("Visite du site",
             "Une visite facultative est organisée le 14 avril 2027 à 10 heures. Le gymnase reste ouvert aux "
             "associations de 17 h à 22 h pendant la consultation ; aucune visite n'a lieu dans ce créneau."),
          *A("Jugement des offres",
             "Les offres sont jugées lot par lot selon les critères suivants : prix des prestations (60 %) ; "
             "valeur technique (40 %), appréciée au vu de la méthodologie (25 %) et du planning (15 %)."),
          *A("Remise des offres",
             "Les offres sont déposées sur le profil d'acheteur avant le 3 mai 2027 à 12 heures. Le délai de "
             "validité des offres est de 120 jours.")]
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", "Gymnase Léonce-Marchal – " + ref),
            *A("Objet – allotissement",
               "Le présent CCAP s'applique aux quatre lots de l'opération. Le marché est alloti en quatre lots, "
               "chacun faisant l'objet d'un marché distinct."),
            *A("Pièces contractuelles",
               "Les pièces contractuelles sont, par ordre de priorité décroissante : l'acte d'engagement, le présent "
               "CCAP, le CCTP du lot, la DPGF du lot, le CCAG applicable aux marchés de travaux."),
            *A("Délais",
               "Le délai global d'exécution est de neuf mois à compter de l'ordre de service de démarrage. En cas de "
               "sinistre ou de désordre mettant en cause la sécurité, le titulaire intervient sous 24 heures."),
            *A("Horaires de chantier",
               "Les travaux sont exécutés du lundi au vendredi, de 7 h 30 à 17 h 30. Tout travail de nuit ou de "
               "week-end est soumis à l'accord écrit du maître d'ouvrage."),
            *A("Prix et règlement",
               "Les prix sont fermes et actualisables. Les sommes dues sont payées dans un délai de 30 jours."),
            *A("Pénalités",
               "Le titulaire encourt une pénalité de 150 € par jour calendaire de retard et de 80 € par absence "
               "à une réunion de chantier."),
            *A("Réception",
               "La réception est prononcée dans les conditions du CCAG. Le délai de garantie est d'un an."),
            *FILL(B, "tribunal administratif de Lormont", 0),
            *A("Gestion des déchets de chantier",
               "Le titulaire trie ses déchets de chantier en au moins cinq flux et remet au maître d'œuvre les "
               "bordereaux de suivi des déchets évacués."),
            *A("Action d'insertion professionnelle",
               "En application de l'article L. 2112-2 du code de la commande publique, le titulaire réalise une "
               "action d'insertion au bénéfice de personnes éloignées de l'emploi.",
               "Pour le lot 1, le titulaire réserve 420" + SB + "heures de travail à ces personnes. Pour le lot 2, ce volume "
               "est de 180~heures, et pour le lot 3 de 150~heures. Aucune heure n'est demandée au titulaire du lot 4.",
               "Le suivi est assuré par le facilitateur du PLIE du Val d'Aubrelle. Toute heure non réalisée donne "
               "lieu à une pénalité de 45 € par heure manquante.")]
    ae = [TITLE(B, "Acte d'engagement", "Lot n° 1 – Gros œuvre – maçonnerie (lot 1 des quatre lots de l'opération)"),
          H("1. Contractant"),
          P("Je soussigné, ………………………………, agissant au nom de l'entreprise ………………………………, m'engage à exécuter "
            "les travaux du lot n° 1 aux conditions du CCAP et du CCTP."),
          H("2. Prix"),
          P("Montant de l'offre : ……………… € HT, soit ……………… € TTC."),
          H("3. Insertion"),
          P("Le titulaire s'engage à réaliser les 420 heures d'insertion prévues à l'article 13 du CCAP pour le "
            "présent lot."),
          H("4. Délai"),
          P("Le délai d'exécution du lot est celui du calendrier détaillé ; la période de préparation est d'un mois.")]
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Communauté de communes du Val d'Aubrelle – travaux"),
            P("Objet : réhabilitation et extension du gymnase Léonce-Marchal. Référence " + ref + "."),
            P("Procédure : procédure adaptée (article R. 2123-1 du code de la commande publique)."),
            P("Division en lots : oui. Nombre de lots : 4."),
            P("Valeur estimée hors TVA : 1240000 euros."),
            P("Conditions particulières d'exécution : clause d'insertion pour les lots 1 à 3 (750 heures au total)."),
            P("Date limite de réception des offres : 3 mai 2027 à 12 h 00.")]
    pieces = [
        PIECE("RC_VA-2027-014.pdf", "RC", B + " – RC " + ref, "RC – gymnase Léonce-Marchal", rc,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=4, montant_estime_ht=1240000,
                evidence=["répartis en quatre lots", "estimé à 1 240 000 € HT",
                          "Les lots 1, 2 et 3 comportent une action d'insertion professionnelle"])),
        PIECE("CCAP_VA-2027-014.pdf", "CCAP", B + " – CCAP " + ref, "CCAP – gymnase Léonce-Marchal", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=750, clause_environnementale=1,
                allotissement=1, nb_lots=4,
                evidence=["alloti en quatre lots", "réserve 420 heures de travail",
                          "ce volume est de 180 heures, et pour le lot 3 de 150 heures", "[420 + 180 + 150 = 750]",
                          "trie ses déchets de chantier en au moins cinq flux"]), hyphen=True),
        PIECE("AE_lot1_VA-2027-014.docx", "AE", B + " – AE lot 1", "AE lot 1 – " + ref, ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1, nb_lots=4,
                evidence=["lot 1 des quatre lots", "réaliser les 420 heures d'insertion"])),
        PIECE("avis_AAPC_VA-2027-014.txt", "AVIS", B + " – avis", "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=750, allotissement=1, nb_lots=4,
                montant_estime_ht=1240000,
                evidence=["Nombre de lots : 4", "Valeur estimée hors TVA : 1240000 euros",
                          "clause d'insertion pour les lots 1 à 3 (750 heures au total)"])),
    ]
    return dict(id="d01", title="CC du Val d'Aubrelle – réhabilitation du gymnase (4 lots, heures par lot en prose)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=750, allotissement=1, nb_lots=4, montant_estime_ht=1240000),
                note="Heures : CCAP art. 13, en prose, par lot : 420 (lot 1) + 180 (lot 2) + 150 (lot 3) = 750 ; lot 4 "
                     "sans heures. L'AE du lot 1 répète 420 et l'avis donne le total 750 : comptés une fois (750, pas "
                     "750 + 420 + 750). Pièges : 45 € par heure manquante (pénalité), 24 heures (délai d'intervention), "
                     "7 h 30 à 17 h 30 (horaires de chantier), 17 h à 22 h (ouverture aux associations), 10 heures et 12 "
                     "heures (visite, remise). Estimé 1 240 000 € HT (RC, avis). Pas de critère social.")


# ----------------------------------------------------------------------------- d02
def d02():
    B = "Métropole de Corvenne-sur-Lys"
    ref = "MCL-NET-27"
    rc = [TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Nettoyage et hygiène des bâtiments administratifs",
                "Appel d'offres ouvert – accord-cadre à bons de commande – " + ref),
          H("1 – Objet et forme"),
          P("Accord-cadre mono-attributaire à bons de commande, conclu pour un an et reconductible trois fois par "
            "période d'un an."),
          H("2 – Lots"),
          RTAB([["Lot", "Désignation", "Montant maximum HT sur la durée totale (reconductions comprises)"],
                ["1", "Bureaux et salles de réunion", "300~000 €"],
                ["2", "Locaux techniques et ateliers", "180~000 €"],
                ["3", "Vitrerie de l'hôtel de métropole", "90~000 €"]], widths=[0.8, 3, 3], align="llr"),
          P("Le lot 3 est réservé, en application de l'article L. 2113-12 du code de la commande publique, aux "
            "entreprises adaptées et aux établissements et services d'aide par le travail."),
          H("3 – Clause sociale"),
          P("Les lots 1 et 2 comportent une clause sociale d'insertion dont les volumes figurent à l'article 12 du CCAP."),
          H("4 – Critères d'attribution"),
          LST(["prix : 50 % ;", "valeur technique (moyens humains, organisation, contrôle qualité) : 40 % ;",
               "performance en matière d'insertion des publics en difficulté : 10 %."]),
          H("5 – Date limite"),
          P("Remise des plis au plus tard le 12 mars 2027 à 16 h 00.")]
    ccap = [TITLE(B, "CCAP", "Nettoyage et hygiène des bâtiments administratifs – " + ref),
            *A("Objet", "Le présent CCAP régit les trois lots de l'accord-cadre de nettoyage des bâtiments de la "
                        "Métropole. Le lot 3 est réservé (art. L. 2113-12)."),
            *A("Horaires d'intervention",
               "Les prestations quotidiennes sont exécutées entre 6 h 00 et 9 h 00 puis entre 18 h 00 et 20 h 30, "
               "hors présence des agents."),
            *A("Délais", "Toute remise en état consécutive à un signalement est effectuée sous 4 heures."),
            *A("Produits", "Les produits d'entretien utilisés sont porteurs de l'Écolabel européen ou d'un label "
                           "équivalent ; les fiches techniques sont remises avant le démarrage."),
            *A("Pénalités", "Retard dans la remise en état : 25 € par heure de retard. Prestation non exécutée : "
                            "réfaction du prix de la prestation."),
            *A("Règlement", "Paiement par virement dans un délai de 30 jours à compter de la réception de la facture."),
            *FILL("la Métropole", "tribunal administratif de Corvenne", 1),
            *A("Personnel", "Le titulaire indique le nombre d'heures de travail de ses agents par site et les "
                            "communique chaque trimestre."),
            *A("Clause sociale d'insertion",
               "Le titulaire des lots 1 et 2 réalise, sur la durée totale de l'accord-cadre, les heures d'insertion "
               "suivantes au profit de personnes rencontrant des difficultés sociales ou professionnelles :"),
            RTAB([["Lot", "Intitulé", "Heures d'insertion"],
                  ["1", "Bureaux et salles de réunion", "1~200"],
                  ["2", "Locaux techniques et ateliers", "800"],
                  ["3", "Vitrerie (lot réservé)", "sans objet"],
                  ["Total", "lots 1 et 2", "2~000"]], widths=[1, 3, 2], align="llr", bold_last=True)]
    bpu = [TITLE(B, "Bordereau des prix unitaires", "Lot n° 1 (sur 3) – Bureaux et salles de réunion"),
           P("Les prix ci-dessous sont exprimés hors taxes ; ils comprennent toutes les sujétions d'exécution."),
           RTAB([["Code", "Prestation", "Unité", "Prix unitaire HT"],
                 ["1.1", "Nettoyage quotidien des bureaux", "m² / mois", "………"],
                 ["1.2", "Heure de nettoyage en régie (taux horaire)", "heure", "………"],
                 ["1.3", "Intervention d'urgence sous 4 heures", "forfait", "………"],
                 ["1.4", "Nettoyage approfondi après travaux", "m²", "………"]], widths=[0.8, 4, 1.4, 1.6], align="lllr"),
           P("Le taux horaire du poste 1.2 s'applique aux prestations exécutées entre 20 h 30 et 22 h 00.")]
    avis = [TITLE("AVIS DE MARCHÉ", B),
            P("II.1.1) Intitulé : nettoyage et hygiène des bâtiments administratifs (" + ref + ")."),
            P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui ; nombre de lots : 3."),
            P("II.1.5) Valeur totale maximale estimée : 570 000 EUR HT."),
            P("II.2.5) Critères d'attribution : prix 50 ; valeur technique 40 ; performance en matière d'insertion 10."),
            P("III.1.5) Marché réservé : lot 3 réservé aux ateliers protégés (article L. 2113-12 du code de la "
              "commande publique)."),
            P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion, lots 1 et 2, 2 000 heures.")]
    pieces = [
        PIECE("RC_MCL-NET-27.pdf", "RC", B + " – RC " + ref, "Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, marche_reserve=1, reserve_base="L2113-12",
                allotissement=1, nb_lots=3, montant_max_ht=570000,
                evidence=["Le lot 3 est réservé, en application de l'article L. 2113-12",
                          "comportent une clause sociale d'insertion",
                          "performance en matière d'insertion des publics en difficulté : 10 %",
                          "[3 lots ; 300 000 + 180 000 + 90 000 = 570 000]"])),
        PIECE("CCAP_MCL-NET-27.pdf", "CCAP", B + " – CCAP " + ref, "CCAP – nettoyage", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, marche_reserve=1, reserve_base="L2113-12",
                clause_environnementale=1, allotissement=1, nb_lots=3,
                evidence=["les trois lots de l'accord-cadre", "Le lot 3 est réservé (art. L. 2113-12)",
                          "Total lots 1 et 2 2 000", "porteurs de l'Écolabel européen"])),
        PIECE("BPU_lot1_MCL-NET-27.docx", "BPU", B + " – BPU lot 1", "BPU lot 1", bpu,
              L(allotissement=1, nb_lots=3, evidence=["Lot n° 1 (sur 3)"])),
        PIECE("avis_marche_MCL-NET-27.txt", "AVIS", B + " – avis", "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, critere_social=1, marche_reserve=1,
                reserve_base="L2113-12", allotissement=1, nb_lots=3, montant_max_ht=570000,
                evidence=["nombre de lots : 3", "Valeur totale maximale estimée : 570 000 EUR HT",
                          "performance en matière d'insertion 10", "lot 3 réservé aux ateliers protégés (article L. 2113-12",
                          "clause sociale d'insertion, lots 1 et 2, 2 000 heures"])),
    ]
    return dict(id="d02", title="Métropole de Corvenne-sur-Lys – nettoyage (tableau des heures avec ligne Total, lot réservé EA/ESAT)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                                    "clause_environnementale"],
                values=V(heures_insertion=2000, allotissement=1, nb_lots=3, montant_max_ht=570000,
                         reserve_base="L2113-12"),
                note="Heures : tableau du CCAP 1 200 (lot 1) + 800 (lot 2) = 2 000, avec une ligne Total 2 000 à ne pas "
                     "ajouter une seconde fois (4 000 serait faux) ; lot 3 réservé « sans objet ». L'avis répète 2 000. "
                     "Maximum : 300 000 + 180 000 + 90 000 = 570 000 sur la durée totale (RC, total écrit dans l'avis). "
                     "Réservation lot 3 : L2113-12 (article cité). Pièges : taux horaire du BPU, 6 h 00 à 9 h 00 et "
                     "18 h 00 à 20 h 30 (horaires), 4 heures (délai), 25 € par heure de retard (pénalité), heures de "
                     "travail des agents (personnel), 16 h 00.")


# ----------------------------------------------------------------------------- d03
def d03():
    B = "Office public de l'habitat Sud-Morvandiau"
    ref = "OPH-SM-2027-06"
    rc = [TITLE(B, "Règlement de consultation", "Réhabilitation thermique de 96 logements – résidence Les Tilleuls",
                "Procédure avec négociation – " + ref),
          H("Chapitre 1 – Caractéristiques"),
          P("§ 1.1 Le marché n'est pas alloti : les interventions en milieu occupé exigent une coordination unique, "
            "conformément à l'article L. 2113-11 du code de la commande publique."),
          P("§ 1.2 Le marché comporte une tranche ferme (bâtiments A et B) et une tranche optionnelle (bâtiment C)."),
          P("§ 1.3 Le montant estimé des travaux est de 3~800~000 € HT (tranche ferme : 2~650~000 € HT ; tranche "
            "optionnelle : 1~150~000 € HT)."),
          P("§ 1.4 Le titulaire exécute une clause d'insertion de 2~400 heures (voir le chapitre 4 du CCAP)."),
          H("Chapitre 2 – Jugement"),
          P("§ 2.1 Critères : prix (55 %) ; valeur technique (35 %) ; qualité du parcours d'insertion proposé aux "
            "personnes recrutées (10 %)."),
          P("§ 2.2 Les candidats admis à négocier sont convoqués par courriel au moins 48 heures à l'avance.")]
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", "Résidence Les Tilleuls – " + ref),
            H("Chapitre 1 – Généralités"),
            P("Les travaux sont exécutés en milieu occupé. Les horaires de chantier sont fixés de 8 h 00 à 17 h 00, "
              "du lundi au vendredi."),
            H("Chapitre 2 – Délais et pénalités"),
            P("Le délai d'exécution est de 14 mois pour la tranche ferme et de 6 mois pour la tranche optionnelle. "
              "Toute coupure d'eau ou d'électricité non annoncée au moins 48 heures à l'avance donne lieu à une "
              "pénalité de 50 € par heure de coupure."),
            H("Chapitre 3 – Paiement"),
            P("Acomptes mensuels ; délai de paiement de 30 jours ; retenue de garantie de 5 %."),
            H("Chapitre 4 – Clause d'insertion"),
            SPLIT("Le titulaire s'engage à réserver des heures de travail à des personnes éloignées de l'emploi. Le "
                  "volume global est fixé à 2~400 heures,",
                  "réparties ainsi : 1~600 heures au titre de la tranche ferme et 800 heures au titre de la tranche "
                  "optionnelle, exigibles seulement si elle est affermie."),
            P("À titre d'information, l'opération précédente (résidence Les Charmes, 2024) a permis de réaliser "
              "3~150 heures d'insertion."),
            P("Chaque heure d'insertion non réalisée est sanctionnée par une pénalité de 60 € HT.")]
    cctp = [TITLE(B, "CCTP", "Réhabilitation thermique – résidence Les Tilleuls"),
            H("1. Contraintes du site occupé"),
            P("Les interventions dans les logements ont lieu entre 9 h 00 et 16 h 30 ; les locataires sont prévenus "
              "huit jours avant. Les compagnons travaillent 35 heures par semaine sur un planning affiché en loge."),
            H("2. Chantier à faibles nuisances"),
            P("L'entreprise trie les déchets sur le chantier (bois, métaux, plâtre, inertes, DIB) et remet "
              "mensuellement les justificatifs de valorisation ; les engins sont éteints à l'arrêt."),
            H("3. Isolation"),
            P("Isolation thermique par l'extérieur en laine de roche de 160 mm ; menuiseries PVC double vitrage "
              "Uw ≤ 1,3 W/m².K ; ventilation hygroréglable de type B."),
            H("4. Essais"),
            P("Un test d'étanchéité à l'air est réalisé sur 10 % des logements de chaque tranche.")]
    avis = [TITLE("AVIS D'APPEL À LA CONCURRENCE", B),
            P("Objet : réhabilitation thermique de 96 logements, résidence Les Tilleuls."),
            P("Lots : le marché n'est pas divisé en lots."),
            P("Valeur estimée : 3 800 000 euros HT, tranche optionnelle comprise."),
            P("Conditions d'exécution : action d'insertion professionnelle de 2 400 heures."),
            P("Critères : prix 55 % ; valeur technique 35 % ; parcours d'insertion 10 %.")]
    pieces = [
        PIECE("RC_OPH-SM-2027-06.docx", "RC", B + " – RC", "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, critere_social=1, allotissement=0,
                montant_estime_ht=3800000,
                evidence=["Le marché n'est pas alloti", "estimé des travaux est de 3 800 000 € HT",
                          "clause d'insertion de 2 400 heures", "qualité du parcours d'insertion proposé"])),
        PIECE("CCAP_OPH-SM-2027-06.pdf", "CCAP", B + " – CCAP " + ref, "CCAP – Les Tilleuls", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2400,
                evidence=["Le volume global est fixé à 2 400 heures",
                          "[total 2 400 = 1 600 + 800, non additionné deux fois ; 3 150 h = opération précédente]"])),
        PIECE("CCTP_OPH-SM-2027-06.pdf", "CCTP", B + " – CCTP", "CCTP – Les Tilleuls", cctp,
              L(clause_environnementale=1, evidence=["L'entreprise trie les déchets sur le chantier"])),
        PIECE("avis_OPH-SM-2027-06.txt", "AVIS", B + " – avis", "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, critere_social=1, allotissement=0,
                montant_estime_ht=3800000,
                evidence=["le marché n'est pas divisé en lots", "Valeur estimée : 3 800 000 euros HT",
                          "action d'insertion professionnelle de 2 400 heures", "parcours d'insertion 10 %"])),
    ]
    return dict(id="d03", title="OPH Sud-Morvandiau – réhabilitation thermique (un total et sa répartition, rappel d'un marché antérieur)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=2400, allotissement=0, montant_estime_ht=3800000),
                note="Heures : 2 400, total écrit puis réparti 1 600 (tranche ferme) + 800 (tranche optionnelle) ; ne pas "
                     "compter 2 400 + 1 600 + 800 = 4 800. Piège : « 3 150 heures d'insertion » réalisées sur l'opération "
                     "précédente (rappel, ne compte pas). Autres pièges : 60 € HT par heure non réalisée, 50 € par heure "
                     "de coupure, 48 heures, 8 h 00 à 17 h 00, 9 h 00 à 16 h 30, 35 heures par semaine (personnel). "
                     "Non alloti (RC, avis) ; estimé 3 800 000 € HT (tranches comprises).")


# ----------------------------------------------------------------------------- d04
def d04():
    B = "Département de la Haute-Sarthène"
    ref = "HS-ROUTES-2027"
    rc = [TITLE(B, "Règlement de la consultation", "Entretien et renforcement des routes départementales",
                "Référence " + ref),
          *A("Objet et lots",
             "La consultation comprend deux lots : le lot 1 (renforcement de chaussées sur la RD 14 et la RD 27), "
             "marché ordinaire ; le lot 2 (réparations ponctuelles de chaussées), accord-cadre à bons de commande "
             "d'une durée de quatre ans."),
          *A("Montants",
             "La valeur totale estimée de la consultation est de 2~850~000 € HT (lot 1 : 2~100~000 € HT ; lot 2 : "
             "750~000 € HT). Le lot 2 est conclu avec un montant maximum de 900~000 € HT sur sa durée totale."),
          *A("Insertion",
             "Les deux lots comportent une clause d'insertion exprimée en part des heures de main-d'œuvre (article 10 "
             "du CCAP)."),
          *A("Critères",
             "Prix : 60 % ; valeur technique : 40 % (moyens matériels 20 %, organisation de la signalisation 20 %)."),
          *A("Délai de réponse", "Les offres sont reçues jusqu'au 28 mai 2027, 17 heures.")]
    ccap = [TITLE(B, "CCAP commun aux lots 1 et 2", ref),
            *A("Objet", "Le présent CCAP est commun aux deux lots de la consultation."),
            *A("Exécution sous circulation",
               "Les chantiers sous alternat sont levés chaque soir : la circulation est rétablie de 17 h 00 à 8 h 00."),
            *A("Astreinte du lot 2",
               "Pour le lot 2, le titulaire intervient dans un délai de 4 heures à compter de l'appel de l'astreinte "
               "départementale. Tout dépassement entraîne une pénalité de 200 € par heure de retard."),
            *A("Matériaux",
               "Les enrobés du lot 1 incorporent au moins 20 % d'agrégats d'enrobés recyclés ; les fraisats sont "
               "recyclés en centrale."),
            *A("Paiement", "Délai global de paiement : 30 jours. Avance de 10 % pour les PME."),
            *FILL("le Département", "tribunal administratif de Sarthène", 2),
            *A("Clause d'insertion",
               "Lot 1 : le titulaire réserve à l'insertion 7 % des heures de main-d'œuvre nécessaires au chantier, "
               "estimées par le maître d'ouvrage à 18~000 heures, soit 1" + SB + "260 heures.",
               "Lot 2 : le titulaire réserve à l'insertion 5 % des heures de main-d'œuvre facturées au titre des bons "
               "de commande ; aucun volume n'est fixé à l'avance.",
               "Les personnes concernées sont des demandeurs d'emploi de longue durée, des bénéficiaires du RSA ou des "
               "jeunes de moins de 26 ans sans qualification.")]
    ae = [TITLE(B, "Acte d'engagement", "Lot 2 – Réparations ponctuelles de chaussées (accord-cadre)"),
          H("Article 1 – Engagement"),
          P("Le titulaire s'engage, sans réserve, à exécuter les prestations du lot 2 dans la limite du montant "
            "maximum de 900~000 € HT sur la durée totale de l'accord-cadre."),
          H("Article 2 – Insertion"),
          P("Le titulaire s'engage à réserver à l'insertion 5 % des heures de main-d'œuvre facturées, selon "
            "l'article 10 du CCAP."),
          H("Article 3 – Prix"),
          P("Les prix sont ceux du bordereau ; le taux horaire de main-d'œuvre du poste 9.1 s'applique aux "
            "interventions en régie.")]
    qr = [TITLE("Registre des questions et réponses", B + " – " + ref),
          P("Question 1 (3 mai 2027) : Pour le lot 2, pouvez-vous indiquer un volume d'heures d'insertion ?"),
          P("Réponse : Non. Le volume dépend des commandes passées ; la clause s'exprime en part (5 %) des heures "
            "facturées. Pour information, le lot 1 représente 1 260 heures d'insertion."),
          P("Question 2 (6 mai 2027) : Quel taux horaire de main-d'œuvre faut-il retenir pour le poste 9.1 ?"),
          P("Réponse : Le taux horaire est librement fixé par le candidat ; à titre indicatif, les offres du "
            "précédent marché se situaient autour de 52 € HT de l'heure."),
          P("Question 3 (10 mai 2027) : Les deux lots peuvent-ils être attribués au même candidat ?"),
          P("Réponse : Oui, aucune limitation du nombre de lots n'est prévue.")]
    pieces = [
        PIECE("RC_HS-ROUTES-2027.pdf", "RC", B + " – RC", "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2, montant_estime_ht=2850000,
                montant_max_ht=900000,
                evidence=["La consultation comprend deux lots", "valeur totale estimée de la consultation est de 2 850 000 € HT",
                          "montant maximum de 900 000 € HT", "comportent une clause d'insertion"])),
        PIECE("CCAP_HS-ROUTES-2027.pdf", "CCAP", B + " – CCAP", "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1260, clause_environnementale=1,
                allotissement=1, nb_lots=2,
                evidence=["commun aux deux lots", "estimées par le maître d'ouvrage à 18 000 heures, soit 1 260 heures",
                          "[lot 2 : 5 % sans volume]", "au moins 20 % d'agrégats d'enrobés recyclés"]), hyphen=True),
        PIECE("AE_lot2_HS-ROUTES-2027.docx", "AE", B + " – AE lot 2", "AE lot 2", ae,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, montant_max_ht=900000,
                evidence=["Lot 2 – Réparations ponctuelles", "maximum de 900 000 € HT",
                          "réserver à l'insertion 5 % des heures de main-d'œuvre facturées"])),
        PIECE("QR_HS-ROUTES-2027.txt", "QR", B + " – questions-réponses", "", qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1260, allotissement=1, nb_lots=2,
                evidence=["la clause s'exprime en part (5 %) des heures facturées",
                          "le lot 1 représente 1 260 heures d'insertion", "Les deux lots"])),
    ]
    return dict(id="d04", title="Département de la Haute-Sarthène – routes (part des heures de main-d'œuvre, avec et sans volume)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=1260, allotissement=1, nb_lots=2, montant_estime_ht=2850000,
                         montant_max_ht=900000),
                note="Heures : lot 1 = 7 % de 18 000 heures de main-d'œuvre, « soit 1 260 heures » écrit ; lot 2 = 5 % des "
                     "heures facturées sans volume (la Q/R le confirme) ; dossier 1 260 (la Q/R répète 1 260 : une fois). "
                     "Pièges : 18 000 heures (main-d'œuvre totale, pas d'insertion), 4 heures (astreinte), 200 € par heure "
                     "de retard, 17 h 00 à 8 h 00, taux horaire 52 € HT, 17 heures. Estimé 2 850 000 (total écrit) ; "
                     "maximum 900 000 (lot 2 seul accord-cadre).")


# ----------------------------------------------------------------------------- d05
def d05():
    B = "Syndicat intercommunal de collecte du Haut-Verdonnet"
    ref = "SICHV-2027-02"
    rc = [TITLE(B, "Règlement de la consultation", "Collecte des déchets ménagers, exploitation du quai de transfert "
                "et démantèlement des DEEE", "Appel d'offres ouvert – " + ref),
          P("1. Allotissement. Le marché est divisé en trois lots : lot 1, collecte en porte-à-porte ; lot 2, "
            "exploitation du quai de transfert de Sainte-Odile ; lot 3, démantèlement des déchets d'équipements "
            "électriques et électroniques."),
          P("2. Réservation. Le lot 3 est réservé aux opérateurs économiques qui emploient des personnes détenues, "
            "en application de l'article L. 2113-13-1 du code de la commande publique."),
          P("3. Valeur estimée. 4~600~000 € HT pour l'ensemble des lots et la durée totale de quatre ans."),
          P("4. Critères. Prix : 50 % ; valeur technique : 40 % ; performance environnementale (émissions de CO2 "
            "et de particules des véhicules affectés) : 10 %."),
          P("5. Insertion. Les lots 1 et 2 comportent une clause d'insertion exprimée en équivalents temps plein "
            "(CCAP, article 7).")]
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", ref),
            *A("Durée", "Le marché est conclu pour quatre ans à compter du 1er janvier 2028."),
            *A("Véhicules", "Les bennes affectées au lot 1 fonctionnent au GNV ou à l'électricité et relèvent de la "
                            "classe Crit'Air 1 au minimum."),
            *A("Horaires", "La collecte est assurée de 5 h 00 à 12 h 00 ; le quai de transfert est ouvert aux "
                           "déchetteries de 7 h 00 à 18 h 00."),
            *A("Pénalités", "Un oubli de collecte non rattrapé dans un délai de 2 heures donne lieu à une pénalité "
                            "de 300 €."),
            *A("Réservation du lot 3", "Le lot 3 est exécuté par une structure employant des personnes détenues "
                                      "(article L. 2113-13-1) ; aucune heure d'insertion n'y est exigée."),
            *A("Personnel", "Le personnel affecté travaille 35 heures hebdomadaires ; les dépassements sont "
                            "récupérés dans le mois."),
            *A("Clause d'insertion",
               "Lot 1 : le titulaire affecte à l'insertion deux équivalents temps plein sur douze mois, soit "
               "3~214 heures de travail.",
               "Lot 2 : le titulaire affecte à l'insertion un équivalent temps plein pendant six mois.",
               "Le facilitateur de la Maison de l'emploi du Haut-Verdonnet valide les candidatures.")]
    cctp = [TITLE(B, "CCTP", "Collecte, quai de transfert et DEEE – " + ref),
            H("1. Lot 1 – collecte"),
            P("Collecte en C1 des ordures ménagères résiduelles et en C0,5 des emballages, sur 23 communes, selon "
              "les circuits de l'annexe 2."),
            H("2. Lot 2 – quai de transfert"),
            P("Réception, contrôle et chargement des bennes vers le centre de tri. Un agent de quai est présent "
              "pendant toute l'ouverture. Pour mémoire, un équivalent temps plein correspond à 1~607 heures annuelles."),
            H("3. Lot 3 – DEEE"),
            P("Dépollution et démantèlement manuel des petits appareils en mélange ; traçabilité par bordereau."),
            H("4. Suivi"),
            P("Rapport mensuel : tonnages, kilomètres parcourus, consommation de carburant.")]
    avis = [TITLE("AVIS DE MARCHÉ – services", B),
            P("Division en lots : oui – 3 lots."),
            P("Valeur totale estimée : 4 600 000 EUR HT."),
            P("Participation réservée (BT-71) : res-pub-ser – lot 3 : marché réservé, article L. 2113-13-1 du code "
              "de la commande publique (travail des personnes détenues)."),
            P("Critères : prix 50 ; valeur technique 40 ; performance environnementale des véhicules 10."),
            P("Conditions d'exécution : insertion de publics éloignés de l'emploi, lots 1 et 2 ; véhicules Crit'Air 1.")]
    pieces = [
        PIECE("RC_SICHV-2027-02.pdf", "RC", B + " – RC", "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13-1",
                critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=4600000,
                evidence=["divisé en trois lots", "article L. 2113-13-1", "4 600 000 € HT pour l'ensemble des lots",
                          "performance environnementale (émissions de CO2", "comportent une clause d'insertion"])),
        PIECE("CCAP_SICHV-2027-02.docx", "CCAP", B + " – CCAP", "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=3214, marche_reserve=1,
                reserve_base="L2113-13-1", clause_environnementale=1, allotissement=1,
                evidence=["deux équivalents temps plein sur douze mois, soit 3 214 heures", "[lot 2 : 1 ETP sans heures]",
                          "Le lot 3 est exécuté par une structure employant des personnes détenues (article L. 2113-13-1)",
                          "fonctionnent au GNV ou à l'électricité"])),
        PIECE("CCTP_SICHV-2027-02.pdf", "CCTP", B + " – CCTP", "CCTP " + ref, cctp,
              L(allotissement=1, nb_lots=3, evidence=["Lot 1 – collecte", "Lot 3 – DEEE"])),
        PIECE("avis_SICHV-2027-02.txt", "AVIS", B + " – avis", "", avis,
              L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13-1",
                clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=3,
                montant_estime_ht=4600000,
                evidence=["3 lots", "4 600 000 EUR HT", "article L. 2113-13-1",
                          "performance environnementale des véhicules 10",
                          "insertion de publics éloignés de l'emploi, lots 1 et 2 ; véhicules Crit'Air 1"])),
    ]
    return dict(id="d05", title="Syndicat de collecte du Haut-Verdonnet – déchets (ETP avec et sans heures, lot réservé au travail pénitentiaire)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
                                    "critere_environnemental"],
                values=V(heures_insertion=3214, allotissement=1, nb_lots=3, montant_estime_ht=4600000,
                         reserve_base="L2113-13-1"),
                note="Heures : lot 1 « deux équivalents temps plein sur douze mois, soit 3 214 heures » -> 3 214 ; lot 2 "
                     "« un équivalent temps plein pendant six mois », heures non écrites -> rien (ne pas calculer avec le "
                     "« 1 607 heures annuelles » du CCTP, qui est une définition) ; lot 3 réservé, sans heures. Dossier "
                     "3 214. Réservation : lot 3, L2113-13-1 (article cité ; la case res-pub-ser de l'avis est cochée à "
                     "tort, l'article prime). Pièges : 5 h 00 à 12 h 00, 7 h 00 à 18 h 00, 2 heures, 35 heures "
                     "hebdomadaires, 1 607 heures annuelles. Estimé 4 600 000 € HT.")


# ----------------------------------------------------------------------------- d06
def d06():
    B = "Département de la Vallée-d'Oriane"
    ref = "DVO-EV-2027"
    rc = [TITLE(B, "Règlement de la consultation", "Entretien des espaces verts des collèges publics", ref),
          P("ARTICLE 1 – OBJET. Entretien des espaces verts et des abords de dix-huit collèges publics. L'accord-cadre "
            "n'est pas alloti : les sites sont regroupés sur un seul secteur géographique."),
          P("ARTICLE 2 – DURÉE. L'accord-cadre est conclu pour une période initiale d'un an, reconductible trois fois "
            "par période d'un an."),
          P("ARTICLE 3 – CLAUSE SOCIALE. Une clause d'insertion s'applique ; le nombre d'heures est fixé à l'article 11 "
            "du CCAP."),
          P("ARTICLE 4 – CRITÈRES. Prix (60 %) ; valeur technique (40 %)."),
          P("ARTICLE 5 – REMISE DES OFFRES. Au plus tard le 19 février 2027 à 11 h 00.")]
    ccap = [TITLE(B, "CCAP", "Entretien des espaces verts des collèges – " + ref),
            *A("Forme", "Accord-cadre mono-attributaire à bons de commande (articles R. 2162-1 et suivants)."),
            *A("Montant maximum", "Le montant maximum des commandes est de 95~000 € HT pour chaque période ; "
                                  "l'accord-cadre comporte une période initiale et trois reconductions."),
            *A("Conditions d'intervention",
               "Les interventions ont lieu entre 7 h 00 et 16 h 00, hors heures de cours pour les tontes. Le "
               "titulaire n'utilise aucun produit phytosanitaire ; les déchets verts sont compostés sur site ou "
               "apportés en plateforme de compostage."),
            *A("Pénalités", "Retard d'intervention : 30 € par heure de retard à compter de l'heure fixée par le bon "
                            "de commande."),
            *A("Paiement", "Délai de paiement : 30 jours."),
            *FILL("le Département", "tribunal administratif d'Oriane", 3),
            *A("Sous-traitance", "La sous-traitance est autorisée dans les conditions du CCAG-FCS."),
            *A("Clause d'insertion",
               "Le titulaire réalise une action d'insertion de 350 heures par an au bénéfice de personnes éloignées "
               "de l'emploi, pendant toute la durée de l'accord-cadre.")]
    ae = [TITLE(B, "Acte d'engagement", "Accord-cadre d'entretien des espaces verts des collèges"),
          H("Engagement du candidat"),
          P("Le candidat s'engage à exécuter les prestations aux prix du bordereau et à respecter la clause "
            "d'insertion de l'article 11 du CCAP."),
          H("Durée"),
          P("Période initiale d'un an, reconductible tacitement trois fois."),
          H("Signature"),
          P("Fait à ………………, le ……………… ; signature du représentant habilité.")]
    rect = [TITLE("AVIS RECTIFICATIF", B + " – " + ref),
            P("Référence de l'avis initial : entretien des espaces verts des collèges publics."),
            P("Modification n° 1 : à l'article 11 du CCAP, les mots « 350 heures par an » sont remplacés par les mots "
              "« 420 heures par an »."),
            P("Modification n° 2 : la date limite de réception des offres est reportée au 26 février 2027 à 11 h 00."),
            P("Les autres dispositions de l'avis initial et du dossier de consultation sont inchangées.")]
    pieces = [
        PIECE("RC_DVO-EV-2027.pdf", "RC", B + " – RC", "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, allotissement=0,
                evidence=["L'accord-cadre n'est pas alloti", "Une clause d'insertion s'applique"])),
        PIECE("CCAP_DVO-EV-2027.pdf", "CCAP", B + " – CCAP", "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=350, clause_environnementale=1,
                montant_max_ht=380000,
                evidence=["95 000 € HT pour chaque période", "une période initiale et trois reconductions",
                          "[95 000 × 4 = 380 000]", "action d'insertion de 350 heures par an",
                          "n'utilise aucun produit phytosanitaire"])),
        PIECE("AE_DVO-EV-2027.docx", "AE", B + " – AE", "AE " + ref, ae,
              L(clause_sociale=1, clause_insertion=1,
                evidence=["respecter la clause d'insertion de l'article 11 du CCAP"])),
        PIECE("avis_rectificatif_DVO-EV-2027.txt", "AVIS", B + " – avis rectificatif", "", rect,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=420,
                evidence=["sont remplacés par les mots « 420 heures par an »"])),
    ]
    return dict(id="d06", title="Département de la Vallée-d'Oriane – espaces verts (heures par an, avis rectificatif)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=420, allotissement=0, montant_max_ht=380000),
                note="Heures : le CCAP écrit « 350 heures par an » ; l'avis rectificatif remplace par « 420 heures par "
                     "an » -> 420 (tel qu'écrit, par an, non multiplié par les quatre périodes ; pas 350 + 420). "
                     "Maximum : 95 000 € HT par période × 4 périodes (initiale + trois reconductions) = 380 000. Non "
                     "alloti. Pièges : 7 h 00 à 16 h 00, 30 € par heure de retard, 11 h 00. Environnement : zéro "
                     "phytosanitaire, compostage (CCAP).")


# ----------------------------------------------------------------------------- d07
def d07():
    B = "Centre hospitalier de Valmérac"
    ref = "CHV-BLA-2027"
    avis = [TITLE("AVIS DE MARCHÉ", B + " – services de blanchisserie"),
            P("Objet : traitement du linge et location-entretien des vêtements de travail. Référence " + ref + "."),
            P("Lots : 2 (lot 1 : traitement du linge plat et du linge en forme ; lot 2 : location-entretien des "
              "vêtements de travail)."),
            P("Valeur estimée hors TVA : 780 000 EUR."),
            P("Marché réservé : [X] Le marché est réservé à des ateliers protégés et à des opérateurs économiques "
              "dont l'objectif est l'intégration sociale et professionnelle (lot 2)."),
            P("Critères (lot 1) : prix 50 ; qualité 35 ; performance en matière d'insertion 15.")]
    rc = [TITLE(B, "Règlement de la consultation", "Blanchisserie – " + ref),
          H("I. Objet"),
          P("La consultation est divisée en deux lots. Le lot 2 est réservé aux établissements et services d'aide "
            "par le travail et aux entreprises adaptées ; seuls ces opérateurs peuvent y répondre."),
          P("La valeur estimée de l'ensemble des deux lots est de 780~000 € HT pour trois ans."),
          H("II. Jugement des offres du lot 1"),
          LST(["prix : 50 points ;", "qualité du traitement et de la logistique : 35 points ;",
               "performance en matière d'insertion : 15 points, attribués sur les heures proposées au-delà du "
               "minimum de 500 heures fixé au CCAP, à raison d'un point par tranche de 50 heures supplémentaires, "
               "dans la limite de 15 points."]),
          H("III. Jugement des offres du lot 2"),
          P("Prix : 60 points ; qualité : 40 points."),
          H("IV. Remise"),
          P("Les offres sont remises avant le 7 juin 2027 à 14 h 00 ; l'hôpital répond aux questions jusqu'à 72 "
            "heures avant cette date.")]
    ccap = [TITLE(B, "CCAP", "Blanchisserie – " + ref),
            *A("Objet", "Le CCAP s'applique aux deux lots. Le lot 2 est un lot réservé aux ESAT et aux entreprises "
                        "adaptées."),
            *A("Logistique", "Le linge sale est enlevé entre 6 h 30 et 7 h 30 ; le linge propre est livré dans un "
                             "délai de 48 heures."),
            *A("Pénalités", "Retard de livraison : 100 € par heure de retard au-delà du délai de 48 heures."),
            *A("Hygiène", "Le titulaire applique la méthode RABC et fournit les résultats des contrôles "
                          "microbiologiques mensuels."),
            *A("Insertion (lot 1)",
               "Le titulaire du lot 1 réserve au minimum 500 heures de travail à des personnes rencontrant des "
               "difficultés d'accès à l'emploi. S'il a proposé des heures supplémentaires dans son offre, ces heures "
               "s'ajoutent au minimum et deviennent contractuelles.",
               "Le lot 2, réservé, ne comporte pas de clause d'insertion.")]
    ae = [TITLE(B, "Acte d'engagement", "Lot 1 – Traitement du linge plat et du linge en forme"),
          H("1. Objet"),
          P("Le présent acte d'engagement concerne le lot 1 de la consultation " + ref + "."),
          H("2. Engagement d'insertion"),
          P("Le candidat s'engage à réaliser le minimum de 500 heures d'insertion prévu au CCAP."),
          P("Nombre d'heures d'insertion proposées au-delà du minimum : ……………… heures."),
          H("3. Prix"),
          P("Prix du kilogramme de linge traité : ……………… € HT.")]
    pieces = [
        PIECE("avis_CHV-BLA-2027.txt", "AVIS", B + " – avis", "", avis,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2,
                montant_estime_ht=780000,
                evidence=["Lots : 2", "Valeur estimée hors TVA : 780 000 EUR",
                          "Le marché est réservé à des ateliers protégés", "performance en matière d'insertion 15"])),
        PIECE("RC_CHV-BLA-2027.pdf", "RC", B + " – RC", "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=500, critere_social=1, marche_reserve=1,
                reserve_base="L2113-12", allotissement=1, nb_lots=2, montant_estime_ht=780000,
                evidence=["divisée en deux lots", "réservé aux établissements et services d'aide par le travail",
                          "780 000 € HT pour trois ans", "performance en matière d'insertion : 15 points",
                          "minimum de 500 heures fixé au CCAP"])),
        PIECE("CCAP_CHV-BLA-2027.pdf", "CCAP", B + " – CCAP", "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=500, marche_reserve=1, reserve_base="L2113-12",
                allotissement=1, nb_lots=2,
                evidence=["s'applique aux deux lots", "lot réservé aux ESAT et aux entreprises adaptées",
                          "réserve au minimum 500 heures de travail"])),
        PIECE("AE_lot1_CHV-BLA-2027.docx", "AE", B + " – AE lot 1", "AE lot 1", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=500, allotissement=1,
                evidence=["lot 1 de la consultation", "réaliser le minimum de 500 heures d'insertion"])),
    ]
    return dict(id="d07", title="Centre hospitalier de Valmérac – blanchisserie (minimum d'heures et heures en plus notées, lot ESAT/EA)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve"],
                values=V(heures_insertion=500, allotissement=1, nb_lots=2, montant_estime_ht=780000,
                         reserve_base="L2113-12"),
                note="Heures : minimum obligatoire de 500 heures (lot 1) ; les heures supplémentaires sont laissées au "
                     "candidat (AE en blanc) et notées au critère : pas de nombre. Dossier 500 (répété dans RC, CCAP, AE : "
                     "une fois). Pièges : « tranche de 50 heures supplémentaires » (barème), 15 points, 48 heures, 100 € "
                     "par heure de retard, 6 h 30 à 7 h 30, 72 heures, 14 h 00. Réservation lot 2 : aucun article cité ; "
                     "les mots (ESAT, entreprises adaptées) et la case ateliers protégés -> L2113-12. L'avis n'annonce "
                     "pas de clause d'exécution d'insertion (seulement le critère).")


# ----------------------------------------------------------------------------- d08
def d08():
    B = "Université Jean-Corbières"
    ref = "UJC-DEM-27"
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", B),
            P("Objet : transfert des collections et du mobilier de la bibliothèque universitaire vers le nouveau "
              "learning center."),
            P("Lots : marché unique, non alloti."),
            P("Montant estimé : 420 000 euros HT."),
            P("Clause sociale : le titulaire consacrera environ 900 heures de travail à des personnes en parcours "
              "d'insertion.")]
    rc = [TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Transfert de la bibliothèque universitaire – " + ref),
          *A("Objet", "Transfert des collections (environ 14 km linéaires) et du mobilier de la bibliothèque "
                      "universitaire. Le marché n'est pas alloti : le transfert doit être conduit par un opérateur "
                      "unique."),
          *A("Montant", "Le montant estimé de la prestation est de 420~000 € HT."),
          *A("Contenu du dossier", "Avis, RC, CCAP, CCTP, DPGF. En cas de contradiction entre l'avis et le CCAP, "
                                   "le CCAP prévaut."),
          *A("Critères", "Prix : 40 % ; méthodologie de transfert et de recotation : 45 % ; planning : 15 %."),
          *A("Remise", "Date limite : 30 septembre 2027, 12 h 00. Questions jusqu'à 72 heures avant.")]
    ccap = [TITLE(B, "CCAP", "Transfert de la bibliothèque universitaire – " + ref),
            *A("Objet", "Le présent CCAP fixe les conditions administratives du marché de transfert."),
            *A("Délais", "Le transfert est achevé en sept semaines ; chaque incident de manutention est signalé dans "
                         "un délai de 72 heures."),
            *A("Pénalités", "Retard sur le planning : 400 € par jour ouvré. Ouvrage endommagé : coût de la "
                            "restauration."),
            *A("Clause d'insertion",
               "Le titulaire consacre 1~050 heures de travail à des personnes éloignées de l'emploi, recrutées "
               "directement ou mises à disposition par une entreprise de travail temporaire d'insertion.",
               "Le suivi est assuré par le facilitateur de la Maison de l'emploi de l'agglomération."),
            *A("Paiement", "Délai de paiement : 30 jours ; avance de 10 %."),
            *FILL("l'Université", "tribunal administratif de Corbières", 4)]
    cctp = [TITLE(B, "CCTP", "Transfert des collections et du mobilier"),
            H("1. Contraintes d'exploitation"),
            P("La bibliothèque reste ouverte de 8 h 30 à 19 h 00 pendant les quatre premières semaines ; les "
              "opérations bruyantes ont lieu hors de ces heures d'ouverture."),
            H("2. Équipes"),
            P("Chaque équipe compte six déménageurs et un chef d'équipe ; la journée de travail est de 7 heures."),
            H("3. Conditionnement"),
            P("Le transfert utilise des caisses et chariots réutilisables ; les cartons à usage unique sont exclus "
              "et les emballages restants sont repris par le titulaire pour recyclage."),
            H("4. Récolement"),
            P("Un récolement par échantillonnage de 2 % des cotes est réalisé à l'arrivée.")]
    pieces = [
        PIECE("avis_UJC-DEM-27.txt", "AVIS", B + " – avis", "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=900, allotissement=0, montant_estime_ht=420000,
                evidence=["marché unique, non alloti", "Montant estimé : 420 000 euros HT",
                          "consacrera environ 900 heures de travail à des personnes en parcours d'insertion"])),
        PIECE("RC_UJC-DEM-27.pdf", "RC", B + " – RC", "RC " + ref, rc,
              L(allotissement=0, montant_estime_ht=420000,
                evidence=["Le marché n'est pas alloti", "Le montant estimé de la prestation est de 420 000 € HT"])),
        PIECE("CCAP_UJC-DEM-27.pdf", "CCAP", B + " – CCAP", "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1050,
                evidence=["Le titulaire consacre 1 050 heures de travail à des personnes éloignées de l'emploi"])),
        PIECE("CCTP_UJC-DEM-27.docx", "CCTP", B + " – CCTP", "CCTP " + ref, cctp,
              L(clause_environnementale=1,
                evidence=["caisses et chariots réutilisables ; les cartons à usage unique sont exclus"])),
    ]
    return dict(id="d08", title="Université Jean-Corbières – transfert de bibliothèque (l'avis et le CCAP donnent des heures différentes)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=1050, allotissement=0, montant_estime_ht=420000),
                note="Heures : l'avis annonce « environ 900 heures », le CCAP fixe 1 050 heures ; le RC dit qu'en cas de "
                     "contradiction le CCAP prévaut -> 1 050 (pas 900, pas 1 950). Pièges : 72 heures (délais), 8 h 30 à "
                     "19 h 00 (ouverture de la bibliothèque), journée de 7 heures (équipes), 400 € par jour, 12 h 00. "
                     "Le RC ne parle pas d'insertion (pièce à 0). Non alloti ; estimé 420 000 € HT.")


# ----------------------------------------------------------------------------- d09
def d09():
    B = "Syndicat mixte du port de Brénac-Maritime"
    ref = "SMPB-QUAIS-2027"
    rc = [TITLE(B, "Règlement de la consultation", "Réfection des quais Nord et du terre-plein – " + ref),
          P("Article premier. La consultation est allotie : lot 1, génie civil des quais (reprise des bajoyers et "
            "des poutres de couronnement) ; lot 2, équipements de quai (bollards, défenses, échelles)."),
          P("Article 2. Le montant estimé des travaux est de 2~300~000 € HT, les deux lots réunis."),
          P("Article 3. Chaque lot comporte une clause d'insertion (CCAP, article 11)."),
          P("Article 4. Critères : prix 60 % ; valeur technique 40 %."),
          P("Article 5. Visite obligatoire le 8 mars 2027 à 9 h 30.")]
    ccap = [TITLE(B, "CCAP", "Réfection des quais Nord – " + ref),
            *A("Lots", "Le marché comprend deux lots, attribués séparément."),
            *A("Contraintes portuaires",
               "Les travaux en pied de quai sont réalisés entre deux marées, par créneaux de 6 heures au plus. "
               "L'immobilisation d'un navire du fait du titulaire entraîne une pénalité de 500 € par heure."),
            *A("Protection du milieu", "Aucun rejet de laitance ou de fines n'est admis dans le bassin ; les eaux "
                                       "de chantier sont décantées avant rejet."),
            *A("Délais", "Lot 1 : 10 mois ; lot 2 : 3 mois à compter de l'achèvement du lot 1."),
            *A("Paiement", "Délai de paiement : 30 jours."),
            *A("Pièces à fournir en cours d'exécution", "Plans d'exécution, PPSPS, procès-verbaux d'essais."),
            *FILL("le Syndicat mixte", "tribunal administratif de Brénac", 1),
            *A("Clause d'insertion",
               "Le titulaire du lot 1 réalise 600 heures d'insertion ; le titulaire du lot 2 en réalise 400. Les "
               "heures sont justifiées par les contrats de travail ou de mise à disposition.")]
    qr = [TITLE("Registre des questions et réponses", B + " – " + ref),
          P("Q1 : La visite du 8 mars est-elle obligatoire pour les deux lots ?"),
          P("R1 : Oui."),
          P("Q2 : Le lot 2 ne représente que trois mois de travaux et une faible part de main-d'œuvre ; le volume "
            "d'heures d'insertion peut-il être revu ?"),
          P("R2 : Le volume du lot 2 est ramené de 400 heures à 250 heures ; celui du lot 1 (600 heures) est "
            "inchangé. Cette réponse modifie l'article 11 du CCAP."),
          P("Q3 : Les travaux de nuit sont-ils possibles ?"),
          P("R3 : Oui, entre 22 h 00 et 5 h 00, sur autorisation de la capitainerie.")]
    rect = [TITLE("AVIS RECTIFICATIF", B),
            P("Objet : réfection des quais Nord et du terre-plein (" + ref + ")."),
            P("La date limite de remise des offres est reportée au 2 avril 2027 à 12 heures."),
            P("Le registre des questions et réponses est mis à jour ; les candidats sont invités à le consulter.")]
    pieces = [
        PIECE("RC_SMPB-QUAIS-2027.pdf", "RC", B + " – RC", "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2, montant_estime_ht=2300000,
                evidence=["La consultation est allotie", "lot 2, équipements de quai",
                          "2 300 000 € HT, les deux lots réunis", "Chaque lot comporte une clause d'insertion"])),
        PIECE("CCAP_SMPB-QUAIS-2027.pdf", "CCAP", B + " – CCAP", "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, clause_environnementale=1,
                allotissement=1, nb_lots=2,
                evidence=["Le marché comprend deux lots", "réalise 600 heures d'insertion ; le titulaire du lot 2 en réalise 400",
                          "[600 + 400 = 1 000]", "Aucun rejet de laitance"]), hyphen=True),
        PIECE("QR_SMPB-QUAIS-2027.txt", "QR", B + " – questions-réponses", "", qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=850, allotissement=1, nb_lots=2,
                evidence=["Le volume du lot 2 est ramené de 400 heures à 250 heures ; celui du lot 1 (600 heures) est inchangé",
                          "[600 + 250 = 850]", "pour les deux lots"])),
        PIECE("avis_rectificatif_SMPB-QUAIS-2027.txt", "AVIS", B + " – avis rectificatif", "", rect,
              L(evidence=[])),
    ]
    return dict(id="d09", title="Port de Brénac-Maritime – quais (registre Q/R qui réduit les heures d'un lot)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=850, allotissement=1, nb_lots=2, montant_estime_ht=2300000),
                note="Heures : CCAP 600 (lot 1) + 400 (lot 2) = 1 000 ; la réponse R2 du registre ramène le lot 2 à 250 "
                     "et modifie le CCAP -> 600 + 250 = 850. Pièges : 6 heures (créneaux de marée), 500 € par heure "
                     "(immobilisation d'un navire), 22 h 00 à 5 h 00, 9 h 30, « 12 heures » de l'avis rectificatif (date, "
                     "pas d'heures d'insertion). Estimé 2 300 000 € HT.")


# ----------------------------------------------------------------------------- d10
def d10():
    B = "Commune de Saint-Aubin-des-Landiers"
    ref = "SADL-MED-2027"
    rc = [TITLE(B, "Règlement de la consultation", "Conception-réalisation de la médiathèque des Landiers", ref),
          H("1. Objet"),
          P("Marché global de conception-réalisation pour la construction d'une médiathèque de 1 100 m². Le marché "
            "n'est pas divisé en lots, la conception-réalisation associant par nature conception et travaux."),
          H("2. Programme"),
          P("Le programme prévoit une ouverture au public de 42 heures hebdomadaires, dont le samedi de 10 h à 18 h."),
          H("3. Clause d'insertion"),
          P("L'équipe titulaire s'engage sur un volume d'heures d'insertion précisé au CCAP."),
          H("4. Critères"),
          P("Prix : 40 % ; qualité architecturale et fonctionnelle : 40 % ; performance énergétique du projet : 15 % ; "
            "qualité de l'accompagnement des personnes en insertion (tutorat, formation) : 5 %."),
          H("5. Prime"),
          P("Les candidats admis à remettre une offre non retenus reçoivent une prime de 36 000 € HT.")]
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", "Médiathèque des Landiers – " + ref),
            *A("Forme du marché", "Marché global de conception-réalisation (article L. 2171-2)."),
            *A("Délais", "Études : quatre mois ; travaux : quatorze mois. Les réserves sont levées sous un mois ; "
                         "un désordre affectant la sécurité est traité sous 48 heures."),
            *A("Pénalités", "Retard dans l'achèvement : 1/3000 du montant du marché par jour calendaire."),
            *A("Clause sociale d'insertion",
               "Le titulaire réserve mille cinq cents heures de travail à des personnes éloignées de l'emploi, dans "
               "l'une des entreprises du groupement ou chez un sous-traitant.",
               "Les heures de formation préalable (soixante-dix heures par personne), le temps de tutorat assuré par "
               "le compagnon référent et le temps consacré au suivi par la facilitatrice de la Maison de l'emploi ne "
               "sont pas comptés dans ces mille cinq cents heures.",
               "Chaque heure manquante donne lieu à une pénalité égale à une fois et demie le SMIC horaire brut."),
            *FILL("la Commune", "tribunal administratif des Landiers", 0),
            *A("Performance énergétique", "Le bâtiment atteint le niveau de consommation fixé au programme ; une "
                                          "mesure sur deux ans est réalisée après réception."),
            *A("Paiement", "Délai de paiement : 30 jours ; avance de 5 %.")]
    avis = [TITLE("AVIS DE MARCHÉ", B),
            P("Objet : conception-réalisation d'une médiathèque."),
            P("Division en lots : non."),
            P("Valeur estimée hors TVA : 3 120 000 EUR."),
            P("Conditions d'exécution : clause d'insertion de 1 500 heures."),
            P("Critères : prix 40 ; qualité 40 ; performance énergétique 15 ; accompagnement des personnes en "
              "insertion 5.")]
    pieces = [
        PIECE("RC_SADL-MED-2027.docx", "RC", B + " – RC", "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, critere_environnemental=1, allotissement=0,
                evidence=["n'est pas divisé en lots", "s'engage sur un volume d'heures d'insertion",
                          "qualité de l'accompagnement des personnes en insertion (tutorat, formation) : 5 %",
                          "performance énergétique du projet : 15 %"])),
        PIECE("CCAP_SADL-MED-2027.pdf", "CCAP", B + " – CCAP", "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, clause_environnementale=1,
                evidence=["réserve mille cinq cents heures de travail", "[mille cinq cents = 1 500]",
                          "atteint le niveau de consommation fixé au programme"])),
        PIECE("avis_SADL-MED-2027.txt", "AVIS", B + " – avis", "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, critere_social=1,
                critere_environnemental=1, allotissement=0, montant_estime_ht=3120000,
                evidence=["Division en lots : non", "Valeur estimée hors TVA : 3 120 000 EUR",
                          "clause d'insertion de 1 500 heures", "accompagnement des personnes en insertion 5",
                          "performance énergétique 15"])),
    ]
    return dict(id="d10", title="Commune de Saint-Aubin-des-Landiers – médiathèque (heures en lettres, formation, tutorat et facilitatrice exclus)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
                                    "critere_environnemental"],
                values=V(heures_insertion=1500, allotissement=0, montant_estime_ht=3120000),
                note="Heures : le CCAP écrit « mille cinq cents heures » en lettres ; l'avis écrit 1 500 : même chiffre, "
                     "une fois -> 1 500. Pièges : « soixante-dix heures par personne » de formation, le tutorat et le "
                     "temps de la facilitatrice ne comptent pas (le CCAP le dit) ; 42 heures hebdomadaires et 10 h à "
                     "18 h (ouverture future) ; 48 heures ; SMIC horaire (pénalité). Non alloti ; estimé 3 120 000 € HT "
                     "(avis) ; prime 36 000 € HT n'est pas un montant du marché.")


# ----------------------------------------------------------------------------- d11
def d11():
    B = "Communauté d'agglomération de Pont-Raval"
    ref = "CAPR-PROP-2027"
    avis = [TITLE("AVIS DE MARCHÉ – services", B),
            P("II.1.1) Intitulé : propreté urbaine (" + ref + ")."),
            P("II.1.6) Ce marché est divisé en lots : oui. Nombre de lots : 3."),
            P("III.1.5) Informations sur les marchés réservés : [X] Le marché est réservé à des ateliers protégés."),
            P("VI.3) Informations complémentaires : lot 2 réservé aux structures d'insertion par l'activité économique "
              "(article L. 2113-13 du code de la commande publique) ; lot 3 réservé à la fois aux opérateurs des "
              "articles L. 2113-12 et L. 2113-13 (article L. 2113-14). Lot 1 : clause d'insertion de 800 heures.")]
    rc = [TITLE(B, "Règlement de la consultation", "Propreté urbaine – " + ref),
          *A("Lots",
             "Lot 1 : balayage mécanisé des voies communautaires. Lot 2 : désherbage manuel des trottoirs et "
             "cimetières. Lot 3 : enlèvement des dépôts sauvages."),
          *A("Réservations",
             "Le lot 2 est réservé aux SIAE mentionnées à l'article L. 5132-4 du code du travail. Le lot 3 peut être "
             "attribué indifféremment à une entreprise adaptée, un ESAT ou une SIAE."),
          *A("Montants maximums",
             "Chaque lot est un accord-cadre à bons de commande de quatre ans, avec les montants maximums suivants "
             "sur cette durée : lot 1, 1~200~000 € HT ; lot 2, 240~000 € HT ; lot 3, 160~000 € HT."),
          *A("Critères", "Prix : 55 % ; valeur technique : 45 %.")]
    ccap = [TITLE(B, "CCAP", "Propreté urbaine – " + ref),
            *A("Objet", "Le présent CCAP régit les trois lots. Le lot 2 est réservé aux structures d'insertion par "
                        "l'activité économique ; le lot 3 l'est à la fois aux entreprises adaptées, aux ESAT et aux "
                        "SIAE (article L. 2113-14)."),
            *A("Horaires", "Le balayage mécanisé est réalisé entre 5 h 00 et 8 h 00 en centre-ville, entre 8 h 00 et "
                           "12 h 00 ailleurs."),
            *A("Délais", "Un dépôt sauvage signalé est enlevé sous 24 heures ; au-delà, pénalité de 35 € par heure "
                         "de retard."),
            *A("Véhicules", "Les balayeuses du lot 1 sont électriques ou au GNV."),
            *FILL("la Communauté d'agglomération", "tribunal administratif de Pont-Raval", 2),
            *A("Insertion",
               "Lot 1 : le titulaire réalise 800 heures d'insertion sur la durée de l'accord-cadre.",
               "Lot 2 : réservé, le lot n'est pas soumis à la clause d'insertion. Pour information, les structures "
               "attributaires du précédent marché y ont réalisé environ 3~000 heures de travail en parcours.",
               "Lot 3 : réservé, sans clause d'insertion.")]
    ae = [TITLE(B, "Acte d'engagement", "Lot 1 – Balayage mécanisé des voies communautaires"),
          H("A. Objet"),
          P("Lot 1 de l'accord-cadre de propreté urbaine " + ref + "."),
          H("B. Engagements"),
          P("Le titulaire exécute les bons de commande dans la limite de 1~200~000 € HT sur quatre ans et réalise "
            "les 800 heures d'insertion prévues au CCAP."),
          H("C. Prix"),
          P("Prix du kilomètre balayé : ……………… € HT ; heure de balayeuse en régie : ……………… € HT.")]
    pieces = [
        PIECE("avis_CAPR-PROP-2027.txt", "AVIS", B + " – avis", "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=800, marche_reserve=1,
                reserve_base="L2113-12;L2113-13", allotissement=1, nb_lots=3,
                evidence=["Nombre de lots : 3", "(article L. 2113-13 du code de la commande publique)",
                          "articles L. 2113-12 et L. 2113-13 (article L. 2113-14)", "clause d'insertion de 800 heures"])),
        PIECE("RC_CAPR-PROP-2027.pdf", "RC", B + " – RC", "RC " + ref, rc,
              L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=1, nb_lots=3,
                montant_max_ht=1600000,
                evidence=["Lot 3 : enlèvement des dépôts sauvages", "réservé aux SIAE",
                          "une entreprise adaptée, un ESAT ou une SIAE",
                          "[1 200 000 + 240 000 + 160 000 = 1 600 000]"])),
        PIECE("CCAP_CAPR-PROP-2027.pdf", "CCAP", B + " – CCAP", "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=800, marche_reserve=1, reserve_base="L2113-12;L2113-13",
                clause_environnementale=1, allotissement=1, nb_lots=3,
                evidence=["régit les trois lots", "Le lot 2 est réservé aux structures d'insertion par l'activité économique",
                          "aux entreprises adaptées, aux ESAT et aux SIAE",
                          "réalise 800 heures d'insertion", "électriques ou au GNV"]), cols=2),
        PIECE("AE_lot1_CAPR-PROP-2027.docx", "AE", B + " – AE lot 1", "AE lot 1", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=800, allotissement=1, montant_max_ht=1200000,
                evidence=["Lot 1 de l'accord-cadre", "1 200 000 € HT sur quatre ans", "les 800 heures d'insertion"])),
    ]
    return dict(id="d11", title="CA de Pont-Raval – propreté urbaine (lots réservés sans heures, rappel d'heures d'un marché antérieur)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale"],
                values=V(heures_insertion=800, allotissement=1, nb_lots=3, montant_max_ht=1600000,
                         reserve_base="L2113-12;L2113-13"),
                note="Heures : seul le lot 1 en porte : 800 (CCAP, répété par l'AE et l'avis : une fois). Lots 2 et 3 "
                     "réservés, sans heures ; « environ 3 000 heures de travail en parcours » du précédent marché est un "
                     "rappel, non compté. Réservation : lot 2 SIAE (L2113-13, article cité dans l'avis ; le RC renvoie "
                     "à L. 5132-4 du code du travail), lot 3 les deux (L2113-14) -> L2113-12;L2113-13 ; la case "
                     "« ateliers protégés » de l'avis ne décide pas (articles cités) ; le CCAP le dit en mots (SIAE ; EA, "
                     "ESAT et SIAE). Maximum : 1 200 000 + 240 000 + 160 000 = 1 600 000. Pièges : 5 h 00 à 8 h 00, "
                     "24 heures, 35 € par heure, heure de balayeuse en régie.")


# ----------------------------------------------------------------------------- d12
def d12():
    B = "Centre communal d'action sociale de Ferrières-sur-Arve"
    ref = "CCAS-FA-REP-27"
    rc = [TITLE(B, "Règlement de la consultation", "Restauration des foyers, des crèches et portage de repas", ref),
          H("Article 1 – Lots"),
          P("Lot 1 : fabrication et livraison des repas des foyers-restaurants pour personnes âgées. Lot 2 : "
            "fourniture des repas des deux crèches municipales. Lot 3 : portage de repas à domicile avec visite de "
            "convivialité."),
          H("Article 2 – Lot 3 réservé"),
          P("Le lot 3 est réservé aux entreprises de l'économie sociale et solidaire qui poursuivent une mission de "
            "service public liée à la prestation de services sociaux (article 77 de la directive 2014/24/UE)."),
          H("Article 3 – Valeur estimée"),
          P("1~450~000 € HT pour les trois lots et la durée de trois ans."),
          H("Article 4 – Critères"),
          P("Prix 45 % ; qualité gustative et nutritionnelle 40 % ; part de produits durables au-delà du minimum "
            "légal 15 %."),
          H("Article 5 – Dépôt"),
          P("Avant le 21 octobre 2027 à 12 h 00.")]
    ccap = [TITLE(B, "CCAP", "Restauration – " + ref),
            *A("Lots", "Le marché comporte trois lots. Le lot 3 est réservé en application de l'article L. 2113-15 "
                       "du code de la commande publique."),
            *A("Qualité des denrées", "Au moins 50 % des produits servis sont durables et de qualité, dont 20 % "
                                      "issus de l'agriculture biologique ; les barquettes sont réutilisables."),
            *A("Clause d'insertion",
               "Les titulaires des lots 1 et 2 réservent à des personnes éloignées de l'emploi le nombre d'heures de "
               "travail suivant, sur la durée du marché :"),
            RTAB([["Lot", "Prestation", "Heures d'insertion"],
                  ["1", "Foyers-restaurants", "600"],
                  ["2", "Crèches", "300"],
                  ["3", "Portage à domicile (réservé)", "—"]], widths=[0.8, 3.5, 2], align="llr"),
            *A("Pénalités", "Retard de livraison de plus de 15 minutes : 50 € ; repas non conforme : 10 € par repas."),
            *A("Paiement", "Délai de paiement : 30 jours.")]
    cctp = [TITLE(B, "CCTP", "Restauration des foyers, des crèches et portage de repas"),
            H("1. Liaison froide"),
            P("Les repas sont livrés en liaison froide, maintenus entre 0 et 3 °C, avant 11 h 30 dans les foyers et "
              "avant 10 h 45 dans les crèches."),
            H("2. Personnel"),
            P("Le personnel de cuisine suit une formation à l'hygiène de 14 heures ; les livreurs du lot 3 sont "
              "accompagnés par un tuteur pendant leurs premières tournées."),
            H("3. Menus"),
            P("Plan alimentaire sur vingt jours ; commission des menus trimestrielle ; textures modifiées sur "
              "demande.")]
    avis = [TITLE("AVIS DE MARCHÉ", B),
            P("Division en lots : oui – 3 lots."),
            P("Valeur estimée : 1 450 000 EUR HT."),
            P("Participation réservée : res-pub-ser (lot 3)."),
            P("Conditions d'exécution : clauses d'insertion, lots 1 et 2 ; 50 % de produits durables.")]
    pieces = [
        PIECE("RC_CCAS-FA-REP-27.docx", "RC", B + " – RC", "RC " + ref, rc,
              L(marche_reserve=1, reserve_base="L2113-15", critere_environnemental=1, allotissement=1, nb_lots=3,
                montant_estime_ht=1450000,
                evidence=["Lot 3 : portage de repas", "réservé aux entreprises de l'économie sociale et solidaire",
                          "article 77 de la directive 2014/24/UE", "1 450 000 € HT pour les trois lots",
                          "part de produits durables au-delà du minimum légal 15 %"])),
        PIECE("CCAP_CCAS-FA-REP-27.pdf", "CCAP", B + " – CCAP", "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=900, marche_reserve=1, reserve_base="L2113-15",
                clause_environnementale=1, allotissement=1, nb_lots=3,
                evidence=["comporte trois lots", "article L. 2113-15", "Foyers-restaurants 600", "Crèches 300",
                          "[600 + 300 = 900]", "dont 20 % issus de l'agriculture biologique"])),
        PIECE("CCTP_CCAS-FA-REP-27.pdf", "CCTP", B + " – CCTP", "CCTP " + ref, cctp,
              L(allotissement=1, evidence=["les livreurs du lot 3"])),
        PIECE("avis_CCAS-FA-REP-27.txt", "AVIS", B + " – avis", "", avis,
              L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-15",
                clause_environnementale=1, allotissement=1, nb_lots=3, montant_estime_ht=1450000,
                evidence=["3 lots", "1 450 000 EUR HT", "res-pub-ser (lot 3)", "clauses d'insertion, lots 1 et 2",
                          "50 % de produits durables"])),
    ]
    return dict(id="d12", title="CCAS de Ferrières-sur-Arve – restauration (tableau sans total, lot réservé ESS)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
                                    "critere_environnemental"],
                values=V(heures_insertion=900, allotissement=1, nb_lots=3, montant_estime_ht=1450000,
                         reserve_base="L2113-15"),
                note="Heures : tableau du CCAP sans ligne de total : 600 (lot 1) + 300 (lot 2) = 900 ; lot 3 réservé « — ». "
                     "Réservation lot 3 : ESS à mission de service public, directive art. 77 (RC), L. 2113-15 (CCAP), "
                     "case res-pub-ser (avis) -> L2113-15. Pièges : formation hygiène de 14 heures, tuteur des livreurs "
                     "(non compté), 11 h 30, 10 h 45, 15 minutes, 12 h 00, 3 °C. Estimé 1 450 000 € HT. Pas de critère "
                     "social (critère environnemental : produits durables).")


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
    # blind_values_17 : mêmes clés que blind_values_13 (trois catégories sociales)
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
    head = ("# Jeu blind_values_17 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de conflit entre pièces, le CCAP, le RC, l'AE, l'avis ou le registre des questions-réponses\n"
            "# priment sur le CCTP et ses annexes (voir note) ; une réponse du registre ou un avis rectificatif\n"
            "# publié ensuite prime sur la pièce qu'il modifie.\n")
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
