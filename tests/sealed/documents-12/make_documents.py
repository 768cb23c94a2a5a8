#!/usr/bin/env python3
"""Construit le jeu scellé documents-12 : 32 documents entiers (PDF reportlab, DOCX python-docx,
avis .txt) et documents/labels.csv.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure (écriture PDF/DOCX/TXT, tableaux, deux colonnes, césure, aides de saisie) reprise
telle quelle de tests/data/blind_values_13/make_documents.py, lignes 27-664 ; seuls OUT et SET_NAME
changent. Les 32 documents, leurs étiquettes et le contrôle des preuves sur le texte EXTRAIT des
fichiers produits (pypdf pour les PDF, python-docx pour les DOCX) ont été écrits pour ce jeu.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Tous les textes, acheteurs, lieux, références et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable ; « ^ » = espace fine insécable ; BR = retour forcé
(PDF) ; SB = nombre coupable en fin de ligne (PDF) ; HY = césure possible d'un mot court (PDF).

Usage : .venv/bin/python tests/sealed/documents-12/make_documents.py
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
OUT = os.path.join(HERE, "documents")
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
SET_NAME = "sealed documents-12"

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






# ============================================================================= documents du jeu
def DOC(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1, note=""):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen, cols=cols, note=note)


def X(*blocks):
    """Aplatit des blocs et des listes de blocs (A() renvoie une liste)."""
    out = []
    for b in blocks:
        if isinstance(b, list):
            out.extend(b)
        else:
            out.append(b)
    return out


# ----------------------------------------------------------------------------- 01 RC nettoyage, lot réservé EA/ESAT
def doc01():
    blocks = X(
        TITLE("VILLE DE MONTBRISON-SUR-LYS", "Règlement de la consultation",
              "Nettoyage et entretien des bâtiments communaux – Accords-cadres 2027-2030",
              "Procédure adaptée ouverte (art. R. 2123-1 du code de la commande publique)"),
        A("Acheteur",
          "Ville de Montbrison-sur-Lys, Direction du patrimoine bâti, 2 place du Marché-aux-Toiles, 59880 Montbrison-sur-Lys. "
          "Représentant : M. le Maire. Suivi administratif : service de la commande publique, 03~27~41~09~55."),
        A("Objet de la consultation",
          "La consultation porte sur le nettoyage courant des locaux des écoles, de l'hôtel de ville et des équipements "
          "sportifs, ainsi que sur le lavage des vitres de l'ensemble du patrimoine communal. Les prestations sont décrites "
          "au CCTP de chaque lot ; les surfaces figurent en annexe 1."),
        A("Décomposition en lots",
          "En application de l'article L. 2113-10 du CCP, les prestations sont réparties en trois lots, chacun donnant lieu à un "
          "accord-cadre distinct :",
          ["Lot 1 : groupes scolaires Pasteur, Les Oiseaux et Jules-Ferry (11~420 m²) ;",
           "Lot 2 : hôtel de ville, centre technique et annexes administratives (3~180 m²) ;",
           "Lot 3 : vitrerie, tous sites."],
          "Un même candidat peut se voir attribuer plusieurs lots."),
        A("Réservation du lot 2",
          "Le lot 2 est réservé, en application de l'article L.2113-12 du code de la commande publique, aux entreprises "
          "adaptées, aux établissements et services d'aide par le travail et aux structures équivalentes employant au moins "
          "50~% de travailleurs handicapés. A l'appui de sa candidature pour ce lot, l'opérateur produit l'agrément ou la "
          "convention justifiant de sa qualité. Les lots 1 et 3 sont ouverts à tout opérateur."),
        A("Forme et durée",
          "Chaque lot fait l'objet d'un accord-cadre mono-attributaire exécuté par bons de commande (art. R. 2162-2 et "
          "suivants), conclu pour un an à compter du 1er janvier 2027 et reconductible tacitement trois fois. Les montants "
          "minimum et maximum annuels sont indiqués dans l'acte d'engagement de chaque lot."),
        A("Contenu du dossier de candidature",
          ["lettre de candidature (DC1 ou équivalent) et déclaration du candidat (DC2) ;",
           "attestation d'assurance responsabilité civile en cours de validité ;",
           "liste de trois références de prestations similaires exécutées depuis 2023 ;",
           "pour le lot 2 uniquement : justificatif de la qualité d'EA, d'ESAT ou de structure équivalente."]),
        A("Contenu de l'offre",
          "L'offre comprend l'acte d'engagement du lot, le BPU complété, le DQE non contractuel et un mémoire technique de "
          "dix pages au plus, présentant l'organisation des équipes, les moyens matériels, les produits utilisés et le "
          "dispositif d'autocontrôle."),
        A("Jugement des offres",
          "L'offre économiquement la plus avantageuse est déterminée lot par lot au vu des critères pondérés suivants :"),
        RTAB([["Critère", "Pondération"],
              ["Prix des prestations (BPU appliqué au DQE non contractuel)", "55~%"],
              ["Valeur technique (organisation, moyens humains et matériels, autocontrôle)", "35~%"],
              ["Impact environnemental des produits et protocoles de nettoyage : écolabels, dosage, consommation d'eau, gestion des emballages", "10~%"]],
             widths=[2.5, 1], align="lr"),
        P("Le prix est noté selon la formule Np = 55 x (Pmin / P). La valeur technique et le troisième critère sont notés "
          "sur la base du mémoire technique ; une offre sans mémoire reçoit la note 0 sur ces critères."),
        A("Conditions de remise",
          "Les plis sont déposés sur la plateforme marchés-publics-flandres.fr avant le 14 octobre 2026 à 12 h 00. Aucune "
          "remise papier n'est admise. Délai de validité des offres : 120 jours."),
    )
    lab = L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=3,
            evidence=["les prestations sont réparties en trois lots",
                      "Le lot 2 est réservé, en application de l'article L.2113-12 du code de la commande publique",
                      "Impact environnemental des produits et protocoles de nettoyage"])
    return DOC("01_RC_nettoyage_Montbrison.pdf", "RC", "Ville de Montbrison-sur-Lys – RC nettoyage 2027",
               "Consultation n° 2027-014-NET", blocks, lab, hyphen=True, cols=2,
               note="Deux colonnes. Lot 2 réservé EA/ESAT (L2113-12) ; critère environnemental 10 % dans un tableau.")


# ----------------------------------------------------------------------------- 02 CCAP voirie, réservation d'heures
def doc02():
    blocks = X(
        TITLE("DÉPARTEMENT DE LA HAUTE-SÉRÈNE – Direction des routes et des mobilités",
              "Cahier des clauses administratives particulières",
              "RD 617 – Aménagement de la traverse de Saint-Aubin-les-Forges",
              "Marché public de travaux – procédure adaptée – réf. DRM-2026-117"),
        A("Objet du marché",
          "Le marché a pour objet la requalification de la RD 617 en traverse d'agglomération : reprise de chaussée, création "
          "de trottoirs et d'un plateau ralentisseur, réseaux d'eaux pluviales, signalisation et mobilier urbain."),
        A("Allotissement",
          "Le marché n'est pas décomposé en lots. La superposition sur une emprise de 6 m des travaux de chaussée, de réseaux "
          "et de signalisation impose un interlocuteur unique ; un allotissement rendrait l'exécution techniquement "
          "difficile (art. L. 2113-11 du CCP)."),
        A("Pièces contractuelles",
          "Par ordre de priorité décroissante : l'acte d'engagement ; le présent CCAP ; le CCTP et ses annexes ; le "
          "bordereau des prix unitaires ; le CCAG Travaux approuvé par l'arrêté du 30 mars 2021."),
        A("Prix et estimation",
          "Le marché est traité à prix unitaires appliqués aux quantités réellement exécutées. Les prix sont révisables "
          "mensuellement par application de l'index TP09. Pour information, l'estimation de l'administration s'élève à "
          "1~840~000 € HT."),
        A("Délais",
          "Le délai global d'exécution est de 7 mois, période de préparation de 1 mois comprise. Les travaux sous "
          "circulation alternée sont réalisés entre 8 h 30 et 16 h 30."),
        A("Avance et retenue de garantie",
          "Une avance de 10~% du montant initial TTC est versée au titulaire, sauf renonciation de sa part dans l'acte "
          "d'engagement. Une retenue de garantie de 5~% est appliquée ; elle peut être remplacée par une garantie à "
          "première demande."),
        H("Article 7 – Action d'insertion professionnelle"),
        H2("7.1 – Volume d'heures réservé"),
        P("En application de l'article L. 2112-2 du CCP, une réservation d'heures est opérée au bénéfice de personnes "
          "durablement éloignées du marché du travail : le titulaire y affecte au minimum 1~250~heures de travail "
          "productif pendant la durée du chantier, heures d'encadrement non comprises."),
        H2("7.2 – Personnes concernées"),
        LST(["demandeurs d'emploi inscrits depuis plus de douze mois ;",
             "allocataires du RSA ou de l'ASS ;",
             "jeunes de moins de 26 ans sortis du système scolaire sans qualification ;",
             "personnes reconnues travailleurs handicapés orientées vers le milieu ordinaire ;",
             "salariés d'une structure d'insertion par l'activité économique."]),
        H2("7.3 – Manières de satisfaire l'obligation"),
        P("Le titulaire choisit librement la modalité : embauche directe en CDD, CDI ou contrat de professionnalisation ; "
          "mise à disposition de salariés par une ETTI, une association intermédiaire ou un GEIQ ; sous-traitance ou "
          "co-traitance avec une entreprise d'insertion. Les modalités peuvent être combinées."),
        H2("7.4 – Accompagnement et contrôle"),
        SPLIT("La facilitatrice du PLIE Sérène-Vallées valide l'éligibilité des personnes avant leur arrivée sur le chantier. "
              "Le titulaire lui adresse chaque mois un état nominatif des heures réalisées, accompagné des contrats de "
              "travail ou des relevés",
              "de mise à disposition ; un bilan qualitatif est remis à la réception des travaux."),
        H2("7.5 – Pénalités"),
        TAB([["Manquement", "Pénalité"],
             ["Heure d'insertion non réalisée au terme du chantier", "45 € HT par heure"],
             ["Retard dans la transmission de l'état mensuel", "80 € par jour calendaire"],
             ["Absence de bilan qualitatif à la réception", "600 € forfaitaire"]], widths=[2.4, 1]),
        H("Article 8 – Chantier à faibles nuisances et gestion des déchets"),
        P("Dans le mois suivant la notification, le titulaire remet au maître d'œuvre un schéma d'organisation et de suivi "
          "de l'élimination des déchets (SOSED). Les fraisats d'enrobés sont intégralement recyclés en centrale ou "
          "réemployés en couche de forme ; les bordures déposées en bon état sont stockées pour réemploi par le "
          "Département. Tout brûlage est interdit. Les eaux de lavage des toupies sont recueillies dans un bac de "
          "décantation."),
        A("Obligations sociales légales",
          "Le titulaire remet tous les six mois les pièces prévues aux articles D. 8222-5 et D. 8222-7 du code du travail. "
          "Il rappelle à ses sous-traitants les obligations de déclaration relatives au détachement de salariés."),
        A("Pénalités de retard",
          "En cas de dépassement du délai d'exécution, une pénalité de 1/3000 du montant du marché est appliquée par jour "
          "de retard, sans mise en demeure préalable, par dérogation à l'article 19.2 du CCAG Travaux."),
    )
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1250, clause_environnementale=1, allotissement=0,
            montant_estime_ht=1840000,
            evidence=["une réservation d'heures est opérée au bénéfice de",
                      "au minimum 1~250~heures de travail productif",
                      "Les fraisats d'enrobés sont intégralement recyclés",
                      "Le marché n'est pas décomposé en lots",
                      "l'estimation de l'administration s'élève à 1~840~000 € HT"])
    return DOC("02_CCAP_RD617_Haute-Serene.pdf", "CCAP", "Département de la Haute-Sérène – CCAP – RD 617 traverse de Saint-Aubin",
               "DRM-2026-117 – CCAP", blocks, lab, hyphen=True,
               note="Insertion décrite par ses moyens (réservation d'heures), phrase coupée par un saut de page, tableau "
                    "de pénalités tracé ; SOSED et recyclage des fraisats.")


# ----------------------------------------------------------------------------- 03 CCTP espaces verts (docx)
def doc03():
    blocks = X(
        TITLE("Communauté de communes du Pays de Brêve", "CCTP – Lot n°1 : secteur Nord",
              "Entretien des espaces verts communautaires (zones d'activités, abords d'équipements, bassins d'orage)"),
        A("Objet et périmètre",
          "Le présent cahier fixe les prestations d'entretien des espaces verts du lot n°1 (secteur Nord : ZA des "
          "Garennes, ZA du Moulin-Brûlé, piscine intercommunale, 4 bassins d'orage). La consultation comprend deux lots "
          "géographiques : secteur Nord (lot 1) et secteur Sud (lot 2). Les plans de zonage sont joints en annexe."),
        A("Classes d'entretien",
          "Les surfaces sont réparties en trois classes de gestion ; les fréquences minimales sont les suivantes :"),
        TAB([["Classe", "Surfaces concernées", "Tontes / an", "Taille des haies"],
             ["A – soignée", "abords de la piscine, entrées de ZA", "14", "2 passages"],
             ["B – rustique", "accotements, talus accessibles", "6", "1 passage"],
             ["C – naturelle", "bassins d'orage, prairies", "1 fauche tardive (après le 15/07)", "sans objet"]]),
        A("Matériels",
          "Le titulaire dispose des matériels nécessaires en nombre suffisant. Le matériel thermique portatif (souffleurs, "
          "taille-haies, débroussailleuses) est remplacé par du matériel sur batterie au plus tard six mois après la "
          "notification ; le titulaire en justifie par la liste de son parc affecté au lot. Les tondeuses autoportées "
          "fonctionnent au carburant alkylate ou à l'électricité."),
        A("Résidus de tonte et de taille",
          "Les déchets de tonte et de taille sont broyés et laissés sur place en paillage des massifs ou en mulching. Leur "
          "évacuation en déchetterie n'est admise que pour les végétaux malades ou les espèces invasives (renouée, "
          "ambroisie), sur accord écrit du technicien."),
        A("Protection des sites",
          "Aucun désherbant chimique n'est utilisé, y compris sur les parkings des zones d'activités ; le désherbage est "
          "mécanique ou thermique à eau chaude. Les interventions dans les bassins d'orage sont suspendues du 1er avril au "
          "31 juillet pour préserver la nidification."),
        A("Horaires et sécurité",
          "Les interventions ont lieu du lundi au vendredi, entre 7 h 00 et 18 h 00. Le personnel porte des vêtements de "
          "haute visibilité ; le balisage de chantier est conforme à la signalisation temporaire."),
        A("Compte rendu",
          "Un cahier de suivi est tenu à jour et transmis chaque mois au service environnement de la communauté de "
          "communes."),
    )
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=2,
            evidence=["Les déchets de tonte et de taille sont broyés et laissés sur place",
                      "remplacé par du matériel sur batterie au plus tard six mois après la notification",
                      "La consultation comprend deux lots géographiques"])
    return DOC("03_CCTP_espaces_verts_Breve_lot1.docx", "CCTP", "CC du Pays de Brêve – CCTP espaces verts – lot 1",
               "CCPB – Marché 26EV02", blocks, lab,
               note="Objet « espaces verts » (pas une clause en soi) ; exigences techniques environnementales (batterie, "
                    "broyage sur place, zéro désherbant) ; tableau des classes.")


# ----------------------------------------------------------------------------- 04 AE restauration (piège, formulaire rempli en partie)
def doc04():
    blocks = X(
        TITLE("Syndicat intercommunal de restauration scolaire du Val de Cance (SIRSVC)", "ACTE D'ENGAGEMENT",
              "Fourniture de denrées alimentaires – Lot n° 2 : fruits et légumes frais (la consultation comprend 5 lots)"),
        A("Identification de l'acheteur",
          "SIRSVC, 14 rue de la Cance, 07100 Annonay-le-Haut. Personne habilitée à donner les renseignements prévus à "
          "l'article R. 2191-59 du CCP : le Président du syndicat. Comptable assignataire : Trésorerie de Cance-Ay."),
        A("Engagement du titulaire",
          "Après avoir pris connaissance des pièces constitutives du marché, le signataire s'engage, sur la base de son "
          "offre, à livrer les denrées du lot désigné ci-dessus aux prix du bordereau joint."),
        TAB([["Rubrique", "À compléter par le candidat"],
             ["Nom commercial et dénomination sociale", "…………………………………………"],
             ["Adresse de l'établissement", "…………………………………………"],
             ["SIRET", "…………………………………………"],
             ["Part du marché sous-traitée (€ HT)", "…………………"],
             ["Compte à créditer (IBAN)", "…………………………………………"]], widths=[1.4, 1.6]),
        A("Durée",
          "Le marché est conclu pour une durée de douze mois à compter du 1er septembre 2026. Il peut être reconduit "
          "deux fois par période de douze mois."),
        A("Avance",
          "Le titulaire [ ] renonce [ ] ne renonce pas au bénéfice de l'avance."),
        A("Signature du candidat",
          "Fait à ……………………, le …………………. Nom, prénom et qualité du signataire : …………………………………"),
        A("Décision de l'acheteur",
          "La présente offre est acceptée pour le lot 2. Le Président du SIRSVC : …………………………"),
    )
    lab = L(allotissement=1, nb_lots=5,
            evidence=["Lot n° 2 : fruits et légumes frais (la consultation comprend 5 lots)"])
    return DOC("04_AE_SIRSVC_lot2_fruits_legumes.docx", "AE", "SIRSVC – Acte d'engagement – Lot 2",
               "SIRSVC – AE denrées 2026", blocks, lab,
               note="Piège : formulaire en partie vierge, « heures » absentes, aucune clause.")


# ----------------------------------------------------------------------------- 05 Avis BOAMP, heures par lot + critère insertion
def doc05():
    blocks = X(
        TITLE("AVIS DE MARCHÉ", "Département(s) de publication : 71", "Annonce n° 26-148213"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Habitat Sud-Loire, office public de l'habitat, 3 quai des Mariniers, 71340 Mervans. "
          "Courriel : marches@habitat-sudloire.fr. Adresse du profil d'acheteur : https://achats.habitat-sudloire.fr"),
        P("I.4) Type de pouvoir adjudicateur : organisme de droit public. I.5) Activité principale : logement et "
          "développement collectif."),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Construction de 24 logements locatifs sociaux, rue des Tanneurs à Mervans."),
        P("II.1.2) Code CPV principal : 45211341. II.1.3) Type de marché : travaux."),
        P("II.1.4) Description succincte : construction de deux bâtiments R+2 (24 logements du T2 au T4, stationnements) "
          "et aménagement des abords."),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 2~760~000 euros."),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être présentées "
          "pour tous les lots."),
        P("II.2.1) Intitulé : Gros œuvre – VRD. Lot n° : 1"),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : valeur technique / Pondération : 40 ; Critère de "
          "qualité – Nom : qualité du parcours proposé aux salariés en insertion (tutorat, formation qualifiante, "
          "perspectives d'embauche) / Pondération : 10 ; Prix – Pondération : 50."),
        P("II.2.1) Intitulé : Charpente – couverture – zinguerie. Lot n° : 2"),
        P("II.2.5) Critères d'attribution : les critères énoncés ci-dessous. Critère de qualité – Nom : valeur technique "
          "/ Pondération : 40 ; Critère de qualité – Nom : qualité du parcours proposé aux salariés en insertion / "
          "Pondération : 10 ; Prix – Pondération : 50."),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.1) Habilitation à exercer l'activité professionnelle : liste et description succincte des conditions : "
          "DC1, DC2 ou DUME."),
        P("III.1.3) Capacité technique et professionnelle : références de travaux de même nature de moins de cinq ans ; "
          "qualifications Qualibat ou équivalent."),
        P("III.1.5) Informations sur les marchés réservés : néant."),
        P("III.2.2) Conditions particulières d'exécution : exécution soumise à une clause d'insertion. Les titulaires "
          "recourent à de la main-d'œuvre en parcours d'insertion à hauteur de 600 heures pour le lot n°1 et 350 heures "
          "pour le lot n°2 ; le guichet clauses de Mervans Agglo accompagne les entreprises dans le recrutement."),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : procédure adaptée ouverte. IV.2.2) Date limite de réception des offres : "
          "02/11/2026 à 12 h 00. IV.2.4) Langue : français. IV.2.6) Délai de validité des offres : 4 mois."),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : visite conseillée du terrain. VI.4.1) Instance chargée des procédures de "
          "recours : tribunal administratif de Dijon."),
    )
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=950, critere_social=1, allotissement=1, nb_lots=2,
            montant_estime_ht=2760000,
            evidence=["à hauteur de 600 heures pour le lot n°1 et 350 heures pour le lot n°2",
                      "[600 + 350 = 950]",
                      "qualité du parcours proposé aux salariés en insertion",
                      "Ce marché est divisé en lots : oui",
                      "Valeur hors TVA : 2~760~000 euros"])
    return DOC("05_AVIS_BOAMP_Habitat-Sud-Loire.txt", "AVIS", "", "", blocks, lab,
               note="Avis BOAMP (formulaire français) ; heures par lot additionnées ; critère insertion pondéré 10.")


# ----------------------------------------------------------------------------- 06 Avis TED anglais, réservé SIAE (article cité) + critère et clause env
def doc06():
    blocks = X(
        TITLE("Contract notice", "France-Bordenave: Collection services of paper or cardboard",
              "2026/S 198-612044", "Directive 2014/24/EU"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses: Université de Bordenave-Lacroix, Direction des achats, 12 avenue des Platanes, "
          "Bordenave, 64250, France. NUTS code: FRI15. E-mail: achats@univ-bordenave.fr"),
        P("I.4) Type of the contracting authority: Body governed by public law. I.5) Main activity: Education"),
        H("Section II: Object"),
        P("II.1.1) Title: Collection and recycling of confidential paper waste on the university campuses. Reference "
          "number: UBL-2026-DAF-031"),
        P("II.1.2) Main CPV code: 90511400 Paper collecting services"),
        P("II.1.3) Type of contract: Services"),
        P("II.1.4) Short description: Provision of lockable containers, periodic collection, secure destruction and "
          "recycling of paper archives from 37 buildings."),
        P("II.1.5) Estimated total value: Value excluding VAT: 310~000.00 Currency: EUR"),
        P("II.1.6) Information about lots: This contract is divided into lots: no"),
        P("II.2.5) Award criteria: Quality criterion - Name: Technical value of the service (organisation, security of "
          "the destruction chain) / Weighting: 45; Quality criterion - Name: Carbon footprint of collection rounds "
          "(vehicles, routes, distance to the paper mill) / Weighting: 15; Price - Weighting: 40"),
        P("II.2.7) Duration of the contract: 48 months. This contract is subject to renewal: no"),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.1) Suitability to pursue the professional activity: as stated in the procurement documents"),
        P("III.1.5) Information about reserved contracts: The contract is restricted to sheltered workshops and economic "
          "operators aiming at the social and professional integration of disabled or disadvantaged persons"),
        P("III.2.2) Contract performance conditions: Collection vehicles shall be electric, run on bio-NGV or meet the Euro "
          "VI standard. Collected paper shall be shredded and recycled in a paper mill located within the European Union; "
          "a recycling certificate shall be issued for each collection."),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure. IV.2.2) Time limit for receipt of tenders: 16/11/2026 Local time: "
          "12:00. IV.2.4) Languages: French"),
        H("Section VI: Complementary information"),
        P("VI.3) Additional information: Marché réservé aux structures d'insertion par l'activité économique (SIAE) "
          "mentionnées à l'article L. 5132-4 du code du travail, en application de l'article L. 2113-13 du code de la "
          "commande publique."),
        P("VI.4.1) Review body: Tribunal administratif de Pau, Pau, France"),
    )
    lab = L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, critere_environnemental=1,
            allotissement=0, montant_estime_ht=310000,
            evidence=["en application de l'article L. 2113-13 du code de la commande publique",
                      "Carbon footprint of collection rounds",
                      "Collection vehicles shall be electric, run on bio-NGV or meet the Euro VI standard",
                      "This contract is divided into lots: no",
                      "Value excluding VAT: 310~000.00"])
    return DOC("06_AVIS_TED_EN_Bordenave_papier.txt", "AVIS", "", "", blocks, lab,
               note="TED anglais ; case « sheltered workshops » cochée mais article L2113-13 cité en VI.3 (l'article prime) ; "
                    "objet de recyclage (pas une clause en soi) mais conditions d'exécution environnementales.")


# ----------------------------------------------------------------------------- 07 Avis eForms, objet insertion (piège)
def doc07():
    blocks = X(
        TITLE("Avis de marché – eForms (ordinaire, directive 2014/24/UE)", "Notice ID : 7c1e0d52-3b9a-4f0e-a2d4-90f1c2b7e611",
              "Conseil départemental de l'Oudray"),
        H("1. Acheteur"),
        P("Nom officiel : Département de l'Oudray. Forme juridique de l'acheteur (BT-11) : autorité régionale ou locale. "
          "Activité (BT-10) : protection sociale."),
        H("2. Procédure"),
        P("Titre (BT-21) : Accompagnement socio-professionnel renforcé des bénéficiaires du RSA"),
        P("Description (BT-24) : Le Département confie à des prestataires l'accompagnement vers l'emploi des allocataires "
          "du RSA orientés par ses services : diagnostic, levée des freins périphériques, mise en relation avec les "
          "employeurs, suivi dans l'emploi durant six mois."),
        P("Nature du marché (BT-23) : services. Classification principale (BT-262) : 85320000 Services sociaux."),
        P("Valeur estimée hors TVA (BT-27) : 480~000 EUR"),
        P("Valeur maximale de l'accord-cadre (BT-271) : 720~000 EUR"),
        P("Base juridique (BT-01) : directive 2014/24/UE, article 74 (services sociaux et autres services spécifiques)."),
        H("5. Lots"),
        P("Identifiant du lot (BT-137) : LOT-0001 – Titre : territoire Nord (Saint-Méry, Vaubrun)"),
        P("Identifiant du lot (BT-137) : LOT-0002 – Titre : territoire Centre (agglomération d'Oudray)"),
        P("Identifiant du lot (BT-137) : LOT-0003 – Titre : territoire Sud (cantons de Lavière et Pontet)"),
        P("Nombre maximal de lots attribués à un soumissionnaire (BT-33) : 2"),
        H("5.1 Critères applicables à chaque lot"),
        P("Participation réservée (BT-71) : la participation n'est pas réservée."),
        P("Objectif du marché stratégique (BT-06) : aucun."),
        P("Critère de sélection (BT-809) : aptitude technique et professionnelle – Description (BT-750) : au moins trois "
          "références de prestations d'accompagnement de publics en insertion exécutées depuis 2023 ; CV des conseillers "
          "pressentis."),
        P("Critère d'attribution – Type (BT-539) : prix – Nom (BT-734) : prix global – Pondération (BT-541) : 40"),
        P("Critère d'attribution – Type (BT-539) : qualité – Nom (BT-734) : organisation des permanences et outils de "
          "suivi – Pondération (BT-541) : 40"),
        P("Critère d'attribution – Type (BT-539) : qualité – Nom (BT-734) : qualifications et expérience des conseillers "
          "– Pondération (BT-541) : 20"),
        P("Conditions d'exécution du marché (BT-70) : sans objet."),
        P("Accord-cadre (BT-765) : accord-cadre sans remise en concurrence, durée 36 mois."),
        H("8. Organisations"),
        P("Organe de recours (OPT-301) : tribunal administratif de Limoges."),
    )
    lab = L(allotissement=1, nb_lots=3, montant_estime_ht=480000, montant_max_ht=720000,
            evidence=["LOT-0003 – Titre : territoire Sud", "Valeur estimée hors TVA (BT-27) : 480~000 EUR",
                      "Valeur maximale de l'accord-cadre (BT-271) : 720~000 EUR"])
    return DOC("07_AVIS_eForms_Oudray_RSA.txt", "AVIS", "", "", blocks, lab,
               note="Piège : l'OBJET est l'insertion (accompagnement RSA) ; références d'insertion en sélection ; "
                    "critères de qualité neutres ; BT-71 non réservé.")


# ----------------------------------------------------------------------------- 08 CCAP fournitures de bureau (piège)
def doc08():
    blocks = X(
        TITLE("CENTRE HOSPITALIER INTERCOMMUNAL DE VAUCLERC", "Cahier des clauses administratives particulières",
              "Accord-cadre de fournitures de bureau et de papeterie – n° CHIV-26-FB"),
        A("Objet",
          "Le présent accord-cadre porte sur la fourniture de petites fournitures de bureau, de papier et de consommables "
          "d'archivage pour les services de soins et administratifs des sites de Vauclerc et de Mornay."),
        A("Forme de l'accord-cadre",
          "Accord-cadre mono-attributaire à bons de commande, sans montant minimum, avec un montant maximum de 45~000 € HT "
          "par période, soit 180~000 € HT pour les quatre périodes. Il n'est pas alloti : la gamme demandée relève d'un "
          "seul réseau de distribution et un découpage renchérirait la logistique de livraison."),
        A("Durée",
          "Un an à compter de la notification, reconductible trois fois par décision expresse."),
        A("Politique d'achat de l'établissement",
          "Le CHI de Vauclerc s'est doté en 2025 d'un schéma de promotion des achats socialement et écologiquement "
          "responsables, consultable sur son site internet. Ce document présente les orientations de l'établissement pour "
          "la période 2025-2028."),
        A("Rappel des textes",
          "Pour mémoire, l'article L. 2112-2 du code de la commande publique dispose que les clauses du marché « peuvent "
          "prendre en compte des considérations relatives à l'économie, à l'innovation, à l'environnement, au domaine "
          "social, à l'emploi ou à la lutte contre les discriminations »."),
        A("Catalogue et informations produits",
          "Le candidat indique dans le BPU, pour chaque référence, si le produit bénéficie d'un écolabel. Cette mention est "
          "informative : elle n'est pas prise en compte dans le jugement des offres et ne crée aucune obligation de "
          "livraison."),
        A("Livraisons",
          "Les livraisons sont effectuées au magasin central, quai n° 3, entre 8 h et 15 h, dans un délai de cinq jours "
          "ouvrés à compter de l'émission du bon de commande. Les colis sont étiquetés par service destinataire."),
        A("Obligations du titulaire en matière de droit du travail",
          "Le titulaire remet, lors de la conclusion puis tous les six mois, les documents mentionnés à l'article "
          "D. 8222-5 du code du travail. Il atteste respecter les obligations d'emploi des travailleurs handicapés prévues "
          "aux articles L. 5212-1 à L. 5212-11 du même code."),
        A("Paiement",
          "Le délai global de paiement est de 50 jours (art. R. 2192-11 du CCP). Les factures sont déposées sur Chorus Pro."),
        A("Jugement des offres",
          "Les offres sont classées selon les critères suivants : prix apprécié sur le DQE (70~%) ; délais et conditions "
          "de livraison (30~%)."),
        A("Résiliation",
          "Les stipulations du chapitre 8 du CCAG-FCS s'appliquent."),
    )
    lab = L(allotissement=0, montant_max_ht=180000,
            evidence=["soit 180~000 € HT pour les quatre périodes", "Il n'est pas alloti"])
    return DOC("08_CCAP_CHI_Vauclerc_fournitures.pdf", "CCAP", "CHI de Vauclerc – CCAP fournitures de bureau",
               "CHIV-26-FB", blocks, lab,
               note="Pièges : SPASER de l'acheteur (énoncé de politique, aucune obligation) ; L2112-2 cité pour mémoire ; "
                    "écolabel demandé à titre informatif ; rappels L5212 et D8222-5.")


# ----------------------------------------------------------------------------- 09 RC bailleur social (docx)
def doc09():
    blocks = X(
        TITLE("SA d'HLM Logis de l'Estuaire", "RÈGLEMENT DE CONSULTATION",
              "Réhabilitation thermique de 86 logements – résidence du Clos-Basset, Ploumadec"),
        A("Maître d'ouvrage",
          "SA d'HLM Logis de l'Estuaire, 5 boulevard de la Marne, 29460 Ploumadec, pouvoir adjudicateur soumis au code de "
          "la commande publique. Maître d'œuvre : atelier Kerlann architectes."),
        A("Objet",
          "Travaux de réhabilitation thermique et d'amélioration du confort des 86 logements de la résidence : isolation "
          "par l'extérieur, remplacement des menuiseries, ventilation hygroréglable, mise en conformité électrique."),
        A("Lots",
          "Les travaux sont dévolus en six lots séparés, traités par marchés distincts :"),
        TAB([["Lot", "Désignation", "Heures réservées à l'insertion"],
             ["1", "Désamiantage – curage", "—"],
             ["2", "Isolation thermique par l'extérieur – ravalement", "900"],
             ["3", "Menuiseries extérieures PVC", "700"],
             ["4", "Plomberie – ventilation", "—"],
             ["5", "Électricité", "350"],
             ["6", "Peintures intérieures – sols", "—"]], widths=[0.5, 3, 1.6]),
        A("Enveloppe financière",
          "L'enveloppe prévisionnelle des travaux est fixée à 3~150~000 € HT, tous lots confondus."),
        A("Engagement d'insertion",
          "Le bailleur conduit une politique d'emploi local avec la Maison de l'emploi du Pays de Ploumadec. A ce titre, "
          "les titulaires des lots 2, 3 et 5 devront faire travailler sur le chantier des personnes en démarche "
          "d'insertion pendant un nombre d'heures au moins égal à celui indiqué au tableau ci-dessus, soit 1~950 heures au "
          "total. Le CCAP précise les publics, les justificatifs et les pénalités."),
        A("Présentation des candidatures",
          "Chaque candidat produit les formulaires DC1 et DC2 ou le DUME, les attestations d'assurance décennale, ainsi que "
          "les certificats de qualification professionnelle (Qualibat RGE pour les lots 2 et 3, ou équivalent)."),
        A("Critères de jugement",
          "Le jugement des offres s'effectue lot par lot. La note sur 100 points se répartit comme suit :"),
        TAB([["Critère", "Points"],
             ["Prix", "50"],
             ["Valeur technique (méthodologie en site occupé, planning, moyens)", "35"],
             ["Engagement insertion : modalités d'accueil, de tutorat et de qualification des salariés en insertion, volume d'heures proposé au-delà du minimum", "15"]],
            widths=[4, 1]),
        P("Pour les lots 1, 4 et 6, qui ne comportent pas d'heures réservées, les 15 points du troisième critère sont "
          "reportés sur la valeur technique."),
        A("Variantes et PSE",
          "Les variantes à l'initiative des candidats ne sont pas admises. Le lot 3 comporte une prestation supplémentaire "
          "éventuelle : volets roulants motorisés."),
        A("Visite",
          "Une visite du site est obligatoire le 9 septembre 2026 à 10 h ; rendez-vous au local de gardiennage, bâtiment C."),
    )
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1950, critere_social=1, allotissement=1, nb_lots=6,
            montant_estime_ht=3150000,
            evidence=["faire travailler sur le chantier des personnes en démarche d'insertion", "soit 1~950 heures au total",
                      "Engagement insertion : modalités d'accueil, de tutorat et de qualification des salariés en insertion",
                      "dévolus en six lots séparés", "fixée à 3~150~000 € HT"])
    return DOC("09_RC_Logis-Estuaire_Clos-Basset.docx", "RC", "Logis de l'Estuaire – RC – Clos-Basset",
               "Opération 2026-PLM-04", blocks, lab,
               note="Objet « réhabilitation thermique » (pas un critère ni une clause) ; heures par lot en tableau et total "
                    "en texte ; critère insertion en points.")


# ----------------------------------------------------------------------------- 10 CCTP maintenance CVC (piège, césure)
def doc10():
    blocks = X(
        TITLE("VILLE DE LORMES-VALLÉE – Services techniques", "Cahier des clauses techniques particulières",
              "Maintenance des installations de chauffage, ventilation et climatisation – 14 sites"),
        A("Consistance des prestations",
          "Le titulaire assure la conduite, l'entretien préventif et le dépannage des installations de génie climatique "
          "des bâtiments listés en annexe : chaufferies gaz, sous-stations, CTA, groupes froids de la médiathèque et de "
          "la salle de spectacle."),
        A("Environnement technique",
          "Les installations sont supervisées par une GTB centralisée fonctionnant sous environnement Windows Server, "
          "accessible au titulaire par VPN. Le titulaire n'installe aucun logiciel sur le poste de supervision sans "
          "accord de la DSI. Les chaufferies des groupes scolaires sont situées dans un environnement poussiéreux "
          "(sous-sols non cloisonnés) : les filtres y sont contrôlés tous les mois."),
        A("Entretien préventif",
          "Le titulaire établit, dans le mois suivant la notification, le plan de maintenance préventive de chaque site ; "
          "les gammes d'entretien reprennent au minimum les opérations des fiches constructeurs. Le ramonage des "
          "conduits est réalisé deux fois par an."),
        A("Dépannage et astreinte",
          "Une astreinte est assurée 24 heures sur 24, 7 jours sur 7. Le délai d'intervention est de 4 heures pour une "
          "panne totale de chauffage dans un établissement accueillant des enfants et de 24 heures dans les autres cas. "
          "Chaque intervention donne lieu à un bon d'intervention signé par le responsable du site."),
        A("Interventions en site occupé",
          "Le titulaire intervient dans un environnement occupé par le public et par des enfants ; il balise ses zones "
          "de travail et n'entrepose aucun produit dangereux dans les locaux accessibles."),
        A("Rapport annuel",
          "Un rapport d'activité est remis avant le 31 juillet : interventions, pièces remplacées, temps passés, "
          "propositions d'amélioration des installations."),
        A("Fin de contrat",
          "A l'échéance, le titulaire restitue les carnets de chaufferie, les clés et badges, ainsi que les mots de passe "
          "des automates."),
    )
    lab = L()
    return DOC("10_CCTP_CVC_Lormes-Vallee.pdf", "CCTP", "Ville de Lormes-Vallée – CCTP maintenance CVC",
               "Lormes-Vallée, ville durable et solidaire – CCTP CVC 2026", blocks, lab, hyphen=True,
               note="Piège : « environnement » au sens technique (Windows, poussiéreux, occupé) ; slogan « ville durable » "
                    "en pied de page ; « 24 heures », « 4 heures » (pas d'insertion).")


# ----------------------------------------------------------------------------- 11 Avis MAPA, lot réservé ESAT/EA
def doc11():
    blocks = X(
        TITLE("AVIS D'APPEL PUBLIC A LA CONCURRENCE", "Procédure adaptée – services"),
        P("Acheteur : EHPAD public Les Tilleuls, 8 chemin des Écoliers, 26270 Saint-Fréjus-sur-Drôme. Tél. 04~75~61~22~80."),
        P("Objet : Traitement du linge de l'établissement (linge plat, tenues professionnelles et linge des résidents)."),
        P("Type de marché : services. Lieu d'exécution : Saint-Fréjus-sur-Drôme. Code CPV : 98310000."),
        P("Décomposition : le marché est alloti."),
        LST(["Lot 1 : linge plat et tenues professionnelles – lot réservé (art. L. 2113-12 du code de la commande "
             "publique : entreprises adaptées et établissements et services d'aide par le travail) ;",
             "Lot 2 : linge personnel des résidents, marquage compris – lot non réservé."]),
        P("Durée : 36 mois à compter du 1er janvier 2027."),
        P("Valeur estimée (HT) pour la durée totale et les deux lots : 96~000 €."),
        P("Conditions de participation : DC1, DC2 ; pour le lot 1, justificatif de la qualité d'entreprise adaptée ou "
          "d'ESAT."),
        P("Critères d'attribution : prix (60~%) ; valeur technique appréciée au vu du mémoire (40~%) : circuit du linge, "
          "délais de rotation, traçabilité."),
        P("Remise des offres : au plus tard le 30/10/2026 à 16 h, sur le profil d'acheteur https://marches.ehpad-tilleuls.fr."),
        P("Renseignements : Mme Faure, cadre de santé, et M. Rey, responsable logistique."),
        P("Date d'envoi à la publication : 01/10/2026."),
    )
    lab = L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2, montant_estime_ht=96000,
            evidence=["lot réservé (art. L. 2113-12 du code de la commande publique", "le marché est alloti",
                      "Lot 2 : linge personnel des résidents", "pour la durée totale et les deux lots : 96~000 €"])
    return DOC("11_AVIS_MAPA_EHPAD_Tilleuls_linge.txt", "AVIS", "", "", blocks, lab,
               note="Lot 1 réservé EA/ESAT, lot 2 non réservé.")


# ----------------------------------------------------------------------------- 12 CCP traiteur (docx) : tout à la fois
def doc12():
    blocks = X(
        TITLE("Commune de Bréval-sur-Aune", "Cahier des clauses particulières (CCP) valant CCAP et CCTP",
              "Fourniture de repas en liaison froide – multi-accueil « Les Pitchouns » et accueil de loisirs"),
        A("Objet et forme",
          "Le marché porte sur la préparation et la livraison en liaison froide d'environ 32~000 repas par an. Il s'agit "
          "d'un accord-cadre à bons de commande conclu pour un an, reconductible deux fois. Le montant maximum des "
          "commandes est fixé à 85~000 € HT pour toute la durée du marché, reconductions comprises."),
        A("Lot unique",
          "Le marché n'est pas alloti : la confection des repas de la crèche et de l'accueil de loisirs dans une même "
          "cuisine garantit la cohérence des menus et le volume ne justifie pas deux titulaires."),
        A("Composition des repas",
          "Les grammages sont ceux du GEM-RCN pour chaque tranche d'âge. Les menus sont validés par la diététicienne de la "
          "commune quatre semaines à l'avance."),
        A("Conditionnement et livraison",
          "Les repas sont livrés dans des bacs gastronormes inox consignés, repris à chaque livraison ; les barquettes et "
          "couverts jetables sont proscrits. Le titulaire récupère les biodéchets de la veille dans des seaux fermés et "
          "les oriente vers une filière de compostage ou de méthanisation, avec un relevé mensuel des quantités."),
        A("Engagement d'emploi",
          "Pendant l'exécution, le titulaire recrute directement, ou par l'intermédiaire d'une entreprise d'insertion "
          "partenaire, des personnes éloignées de l'emploi (chômeurs de longue durée, allocataires du RSA, jeunes sans "
          "diplôme) qui effectuent au moins 10~% des heures de production et de livraison liées au marché. Un état "
          "trimestriel est adressé à la commune."),
        A("Critères d'attribution",
          "Les offres sont jugées selon les critères suivants :"),
        TAB([["Critère", "Pondération"],
             ["Prix (DQE)", "40 %"],
             ["Qualité gustative et nutritionnelle (dégustation, fiches techniques)", "35 %"],
             ["Approvisionnement durable et gestion des déchets : part de produits bio et de saison, réduction du gaspillage", "15 %"],
             ["Engagement social supplémentaire : part d'heures confiées à des personnes éloignées de l'emploi au-delà de 10 %", "10 %"]],
            widths=[4, 1]),
        A("Paiement",
          "Paiement à 30 jours sur présentation d'une facture mensuelle déposée sur Chorus Pro."),
        A("Pénalités",
          "Retard de livraison de plus de 30 minutes : 100 € par occurrence. Repas manquant : remboursement du repas de "
          "substitution acheté par la commune. Non-respect de l'engagement d'emploi : 500 € par trimestre."),
    )
    lab = L(clause_sociale=1, clause_insertion=1, critere_social=1, clause_environnementale=1, critere_environnemental=1,
            allotissement=0, montant_max_ht=85000,
            evidence=["recrute directement, ou par l'intermédiaire d'une entreprise d'insertion partenaire",
                      "bacs gastronormes inox consignés, repris à chaque livraison",
                      "Approvisionnement durable et gestion des déchets", "Engagement social supplémentaire",
                      "Le marché n'est pas alloti", "fixé à 85~000 € HT"])
    return DOC("12_CCP_Breval_repas_creche.docx", "CCAP", "Commune de Bréval-sur-Aune – CCP repas",
               "MAPA 2026-07", blocks, lab,
               note="CCP de MAPA valant CCAP et CCTP (doc_type CCAP) ; embauche directe sans nombre d'heures (part de 10 %) ; "
                    "critères social et environnemental en tableau.")


# ----------------------------------------------------------------------------- 13 Questions-réponses (piège)
def doc13():
    blocks = X(
        TITLE("Communauté d'agglomération du Grand Sornac", "Questions des candidats et réponses de l'acheteur (n° 1 à 6)",
              "Réfection des cours d'écoles maternelles – 5 lots – consultation 2026-GS-088"),
        P("Les réponses ci-dessous sont communiquées à l'ensemble des entreprises ayant retiré le dossier. Elles ne "
          "modifient pas le DCE, sauf mention contraire."),
        H2("Question 1"),
        P("L'avis d'appel public mentionne une « clause sociale ». Nous ne trouvons pas d'article correspondant dans le "
          "CCAP : combien d'heures faut-il prévoir ?"),
        P("Réponse : aucune. La mention figurant dans la rubrique « informations complémentaires » de l'avis résulte "
          "d'une erreur de saisie ; il n'est demandé aux titulaires aucun engagement d'insertion ni aucun quota d'heures. "
          "Un avis rectificatif a été publié le 22 septembre."),
        H2("Question 2"),
        P("Faut-il être certifié ISO 14001 pour candidater ?"),
        P("Réponse : non. Une certification de ce type peut être jointe à la candidature parmi les éléments de capacité "
          "technique ; elle n'est pas exigée et son absence n'est pas éliminatoire."),
        H2("Question 3"),
        P("Le programme évoquait un critère « performance environnementale ». Sera-t-il noté ?"),
        P("Réponse : ce critère a été abandonné au stade de la rédaction du DCE. Les offres sont jugées sur le prix "
          "(60~%) et la valeur technique (40~%) uniquement, conformément à l'article 8 du règlement de la consultation."),
        H2("Question 4"),
        P("Peut-on répondre aux cinq lots ?"),
        P("Réponse : oui, le nombre de lots attribuables à un même candidat n'est pas limité."),
        H2("Question 5"),
        P("Les entreprises adaptées peuvent-elles présenter une offre ?"),
        P("Réponse : oui, comme tout opérateur économique. La consultation n'est pas réservée."),
        H2("Question 6"),
        P("Quels sont les horaires de travail autorisés pendant les vacances scolaires ?"),
        P("Réponse : de 7 h 30 à 18 h 00 du lundi au vendredi ; le samedi sur autorisation du maître d'ouvrage."),
    )
    lab = L(allotissement=1, nb_lots=5,
            evidence=["Réfection des cours d'écoles maternelles – 5 lots"])
    return DOC("13_QR_Grand-Sornac_cours_ecoles.pdf", "QR", "CA du Grand Sornac – Questions / réponses – 2026-GS-088",
               "Registre des questions – mise à jour du 24/09/2026", blocks, lab, hyphen=True,
               note="Piège : clause sociale démentie ; ISO 14001 facultatif en candidature ; critère environnemental "
                    "abandonné ; EA admises mais marché non réservé.")


# ----------------------------------------------------------------------------- 14 Avis rectificatif
def doc14():
    blocks = X(
        TITLE("AVIS RECTIFICATIF", "Annonce n° 26-155902 – Rectificatif de l'annonce n° 26-149377"),
        P("Nom et adresse de l'acheteur : Syndicat mixte d'assainissement du bassin de l'Ervée (SMABE), 1 rue du Lavoir, "
          "45290 Coursan-le-Vieux."),
        P("Objet du marché initial : Réhabilitation de la station de traitement des eaux usées de Coursan-le-Vieux "
          "(4~500 EH) – travaux."),
        H("Informations rectificatives"),
        P("Dans la rubrique « Critères d'attribution » :"),
        P("Au lieu de : « Prix : 60 % ; Valeur technique : 40 % »."),
        P("Lire : « Prix : 50 % ; Valeur technique : 35 % ; Réduction et valorisation des déchets et matériaux de "
          "déconstruction (taux de valorisation garanti, réemploi sur site) : 15 % »."),
        P("Dans la rubrique « Marchés réservés » :"),
        P("Au lieu de : « Oui – article L. 2113-13 du code de la commande publique »."),
        P("Lire : « Non »."),
        P("Dans la rubrique « Date limite de réception des offres » :"),
        P("Au lieu de : 12/03/2027 à 12 h 00. Lire : 19/03/2027 à 12 h 00."),
        H("Autres informations"),
        P("Les autres rubriques de l'avis initial sont inchangées. Le règlement de la consultation modifié est "
          "téléchargeable sur le profil d'acheteur du syndicat."),
        P("Date d'envoi du présent avis : 18/02/2027."),
    )
    lab = L(critere_environnemental=1,
            evidence=["Réduction et valorisation des déchets et matériaux de déconstruction (taux de valorisation garanti, réemploi sur site) : 15 %"])
    return DOC("14_AVIS_rectificatif_SMABE_STEU.txt", "AVIS", "", "", blocks, lab,
               note="Rectificatif : critère environnemental ajouté ; réservation L2113-13 supprimée (« Lire : Non ») ; "
                    "objet assainissement (pas une clause).")


# ----------------------------------------------------------------------------- 15 DPGF menuiseries (piège, tableau tracé)
def doc15():
    rows = [["N°", "Désignation", "U", "Qté", "PU HT", "Total HT"],
            ["04.1", "Installation de chantier propre au lot, protections", "ft", "1", "", ""],
            ["04.2", "Dépose des menuiseries existantes et évacuation en décharge agréée", "u", "46", "", ""],
            ["04.3", "Châssis aluminium 2 vantaux 1250 x 1450, double vitrage 4/16/4", "u", "28", "", ""],
            ["04.4", "Ensemble vitré d'entrée avec porte tiercée, contrôle d'accès", "u", "2", "", ""],
            ["04.5", "Brise-soleil orientables motorisés, façade sud", "ml", "38", "", ""],
            ["04.6", "Main d'œuvre de réglage et essais (estimation 35 heures)", "ft", "1", "", ""],
            ["04.7", "Dossier des ouvrages exécutés (DOE)", "ft", "1", "", ""],
            ["", "TOTAL HT DU LOT 04", "", "", "", ""],
            ["", "TVA 20 %", "", "", "", ""],
            ["", "TOTAL TTC", "", "", "", ""]]
    blocks = X(
        TITLE("OPH Terres de Chaume", "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
              "Construction d'un pôle enfance à Vaudrimont – Lot 04 : Menuiseries extérieures aluminium"),
        P("Les quantités sont données à titre indicatif ; l'entreprise les vérifie et les complète sous sa responsabilité. "
          "Le prix global et forfaitaire porté à l'acte d'engagement fait seul foi."),
        TAB(rows, widths=[0.6, 4.2, 0.5, 0.6, 1, 1.1], align="llrrrr"),
        P("Cachet et signature de l'entreprise :"),
    )
    lab = L(allotissement=1, evidence=["Lot 04 : Menuiseries extérieures aluminium"])
    return DOC("15_DPGF_Terres-de-Chaume_lot04.pdf", "DPGF", "OPH Terres de Chaume – DPGF lot 04",
               "Pôle enfance de Vaudrimont – DCE juin 2026", blocks, lab,
               note="Piège : DPGF vierge ; « 35 heures » de réglage ; évacuation en décharge (poste de prix).")


# ----------------------------------------------------------------------------- 16 BPU véhicules (piège, docx)
def doc16():
    blocks = X(
        TITLE("Ville de Carmeline – Garage municipal", "BORDEREAU DES PRIX UNITAIRES",
              "Entretien et réparation des véhicules légers et utilitaires de moins de 3,5 t"),
        P("Les prix s'entendent hors taxes, pièces et main-d'œuvre comprises sauf indication contraire. Les prix des "
          "pièces détachées non listées sont calculés par application de la remise sur le tarif public du constructeur."),
        TAB([["Réf.", "Prestation", "Unité", "Prix HT (€)"],
             ["1", "Taux horaire de main-d'œuvre mécanique", "heure", ""],
             ["2", "Taux horaire de main-d'œuvre carrosserie", "heure", ""],
             ["3", "Forfait vidange moteur essence ou gazole, filtre à huile compris", "forfait", ""],
             ["4", "Remplacement plaquettes de frein avant", "forfait", ""],
             ["5", "Géométrie / parallélisme", "forfait", ""],
             ["6", "Préparation et présentation au contrôle technique", "forfait", ""],
             ["7", "Remise consentie sur tarif public pièces (%)", "%", ""],
             ["8", "Enlèvement et restitution du véhicule aux ateliers municipaux", "forfait", ""]],
            widths=[0.5, 4, 1, 1]),
        P("Fait à …………………, le ………………… Signature et cachet du candidat :"),
    )
    lab = L()
    return DOC("16_BPU_Carmeline_vehicules.docx", "BPU", "Ville de Carmeline – BPU entretien véhicules",
               "Marché 2026-GM-03", blocks, lab, note="Piège : BPU vierge, « heure » comme unité.")


# ----------------------------------------------------------------------------- 17 Cadre de mémoire technique (docx)
def doc17():
    blocks = X(
        TITLE("Métropole Rives-et-Coteaux – Direction de la construction", "CADRE DE RÉPONSE TECHNIQUE",
              "Construction du groupe scolaire des Aulnes – lot 02 : gros œuvre"),
        P("Le présent cadre est obligatoire. Il constitue le mémoire technique du candidat et sert de support à la notation "
          "du critère « valeur technique » (40 points sur 100). Le candidat répond dans les cases prévues ; 20 pages au "
          "maximum, annexes comprises."),
        TAB([["Sous-critère", "Points", "Réponse du candidat"],
             ["2.1 Méthodologie d'exécution et phasage des travaux en site contraint", "15", ""],
             ["2.2 Moyens humains et matériels affectés au chantier", "10", ""],
             ["2.3 Dispositions pour limiter les nuisances, trier et valoriser les déchets de chantier (objectifs chiffrés de valorisation, filières)", "8", ""],
             ["2.4 Engagements proposés pour l'emploi de personnes en difficulté d'insertion : volume d'heures, tutorat, formation", "7", ""]],
            widths=[3.2, 0.6, 2.2]),
        P("Les sous-critères sont notés de 0 à leur maximum selon la grille : réponse absente (0), insuffisante (25 %), "
          "satisfaisante (60 %), très satisfaisante (100 %)."),
        P("Pièces à joindre en annexe : planning prévisionnel, CV du conducteur de travaux, fiches techniques des "
          "principaux matériels."),
    )
    lab = L(critere_social=1, critere_environnemental=1, allotissement=1,
            evidence=["2.3 Dispositions pour limiter les nuisances, trier et valoriser les déchets de chantier",
                      "2.4 Engagements proposés pour l'emploi de personnes en difficulté d'insertion",
                      "lot 02 : gros œuvre"])
    return DOC("17_CADRE_memoire_Aulnes_lot02.docx", "CADRE", "Métropole Rives-et-Coteaux – cadre de mémoire – lot 02",
               "Groupe scolaire des Aulnes – DCE", blocks, lab,
               note="Sous-critères notés en points (environnement 8, insertion 7) ; aucune obligation imposée par le cadre.")


# ----------------------------------------------------------------------------- 18 Rapport d'analyse des offres (pdf)
def doc18():
    blocks = X(
        TITLE("VILLE DE SARRANCE-LES-PRÉS", "Rapport d'analyse des offres",
              "Nettoyage des vitres des bâtiments communaux – Lot 2 (la consultation comprend 3 lots)"),
        H("1. Rappel de la procédure"),
        P("Procédure adaptée ouverte ; avis publié le 3 juin 2026 ; date limite de remise le 4 juillet 2026. Quatre offres "
          "ont été reçues pour le lot 2, toutes dans les délais."),
        H("2. Critères de jugement (article 7 du RC)"),
        LST(["Prix (60 points) : Note = 60 x offre la moins-disante / offre examinée ;",
             "Valeur technique (30 points) : organisation, fréquences, moyens d'accès en hauteur ;",
             "Performance environnementale (10 points) : produits utilisés, consommation d'eau, matériel à osmose."]),
        P("Nota : le rapport de présentation initial mentionnait un critère « insertion » ; ce critère ne figure ni dans "
          "l'avis ni dans le RC et n'a pas été appliqué."),
        H("3. Notation"),
        RTAB([["Candidat", "Offre (€ HT/an)", "Prix /60", "Technique /30", "Environnement /10", "Total /100"],
              ["Clairvitre SARL", "18~420,00", "60,00", "21,0", "6,0", "87,00"],
              ["Net'Hauteur", "21~950,00", "50,35", "27,0", "9,0", "86,35"],
              ["Propreté des Prés", "19~870,00", "55,62", "18,0", "4,0", "77,62"],
              ["Groupe Lumen Services", "24~300,00", "45,48", "24,0", "8,0", "77,48"]],
             widths=[2, 1.3, 0.9, 1, 1.2, 1], align="lrrrrr"),
        H("4. Proposition"),
        P("Il est proposé d'attribuer le lot 2 à la société Clairvitre SARL pour un montant annuel de 18~420,00 € HT, "
          "soit un volume d'intervention estimé par le candidat à 312 heures par an."),
        P("Fait à Sarrance-les-Prés, le 15 juillet 2026. Le responsable du service de la commande publique."),
    )
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=3,
            evidence=["Performance environnementale (10 points) : produits utilisés, consommation d'eau",
                      "Lot 2 (la consultation comprend 3 lots)"])
    return DOC("18_AUTRE_rapport_analyse_Sarrance_lot2.pdf", "AUTRE", "Ville de Sarrance-les-Prés – RAO vitrerie lot 2",
               "Document interne – ne pas diffuser", blocks, lab,
               note="Critère environnemental appliqué ; critère insertion écarté (non appliqué) ; 312 heures (pas d'insertion) ; "
                    "montants des offres (pas des estimations).")


# ----------------------------------------------------------------------------- 19 RC travaux école (piège, coupure de page)
def doc19():
    blocks = X(
        TITLE("COMMUNE DE VERNAY-SUR-OUCHE", "Règlement de la consultation",
              "Extension et restructuration de l'école élémentaire des Tilleuls",
              "Marché de travaux – procédure adaptée (art. R. 2123-1 1° du CCP)"),
        P("Projet lauréat de l'appel « Commune engagée pour le développement durable » – Région Bourgogne-Ouche 2025."),
        A("Objet et allotissement",
          "La consultation porte sur l'extension (420 m² de SHAB) et la restructuration de l'école. Les travaux sont "
          "répartis en 7 lots : 01 VRD – 02 gros œuvre – 03 charpente bois – 04 menuiseries – 05 plâtrerie – 06 "
          "électricité – 07 CVC-plomberie."),
        A("Montant estimatif",
          "Le coût prévisionnel des travaux, tous lots confondus, est estimé à 1~280~000 € HT."),
        A("Marchés réservés",
          "Marché réservé : non."),
        A("Conditions de participation",
          "Les candidats justifient de leurs capacités par : la déclaration sur l'honneur qu'ils satisfont aux "
          "obligations d'emploi des travailleurs handicapés (art. L. 5212-1 à L. 5212-11 du code du travail) ; une "
          "liste de références de moins de cinq ans ; pour le lot 02, un certificat ISO 14001 ou tout moyen de preuve "
          "équivalent de mesures de gestion environnementale ; pour le lot 03, une qualification bois-construction."),
        A("Jugement des offres",
          "Critères pondérés : prix 60~% ; valeur technique 40~%, décomposée en méthodologie et organisation du chantier "
          "(20~%), planning détaillé (10~%), moyens humains et matériels dédiés (10~%)."),
        A("Négociation",
          "Le pouvoir adjudicateur se réserve la possibilité de négocier avec les trois candidats les mieux classés de "
          "chaque lot. Il peut aussi attribuer sur la base des offres initiales."),
        SPLIT("Modalités de remise : les plis sont transmis par voie dématérialisée sur le profil d'acheteur "
              "https://marches.vernay-ouche.fr avant le vendredi 6 novembre 2026 à 12 heures ; un pli parvenu après "
              "l'heure limite n'est",
              "pas ouvert. La copie de sauvegarde peut être envoyée sur support physique dans les conditions de "
              "l'arrêté du 22 mars 2019."),
        A("Renseignements",
          "Questions techniques : cabinet Arcane architectes, M. Dulac. Questions administratives : mairie, service "
          "urbanisme et marchés."),
    )
    lab = L(allotissement=1, nb_lots=7, montant_estime_ht=1280000,
            evidence=["répartis en 7 lots", "estimé à 1~280~000 € HT"])
    return DOC("19_RC_Vernay_ecole_Tilleuls.pdf", "RC", "Commune de Vernay-sur-Ouche – RC – École des Tilleuls",
               "RC – 2026-VO-12", blocks, lab, hyphen=True,
               note="Pièges : ISO 14001 en capacité, L5212 en candidature, slogan développement durable, « Marché réservé : non » ; "
                    "phrase coupée par un saut de page.")


# ----------------------------------------------------------------------------- 20 CCAP collecte des déchets (docx)
def doc20():
    blocks = X(
        TITLE("SIVOM du Plateau de Vasselay", "Cahier des clauses administratives particulières",
              "Collecte des ordures ménagères résiduelles et des emballages ménagers – 2027-2032"),
        A("Objet",
          "Le marché a pour objet la collecte en porte-à-porte des ordures ménagères résiduelles et des emballages, et la "
          "collecte des points d'apport volontaire de verre et de papier sur les 19 communes du SIVOM."),
        A("Allotissement et estimation",
          "Le marché comprend deux lots : lot 1 – collecte en porte-à-porte ; lot 2 – collecte des points d'apport "
          "volontaire. La valeur estimée de l'ensemble, pour six années, est de 4~200~000 € HT."),
        A("Durée",
          "Six ans à compter du 1er janvier 2027, sans reconduction."),
        A("Reprise du personnel",
          "Le titulaire entrant applique les dispositions de la convention collective des activités du déchet relatives "
          "au transfert des salariés affectés au marché ; la liste anonymisée du personnel est jointe au DCE."),
        A("Véhicules de collecte",
          "Au plus tard le 1er janvier 2028, au moins 60~% des bennes affectées au lot 1 fonctionnent au bioGNV ou à "
          "l'électricité ; les autres véhicules répondent à la norme Euro VI. Les chauffeurs suivent une formation à "
          "l'écoconduite dans les six mois de leur affectation. Le titulaire transmet chaque année le bilan des "
          "consommations et des kilomètres parcourus."),
        A("Emploi de personnes en parcours d'insertion",
          "Le titulaire de chaque lot confie au moins 5~% des heures de travail de collecte (ripeurs et chauffeurs) à "
          "des personnes en parcours d'insertion. Il peut y satisfaire par la sous-traitance ou la co-traitance avec une "
          "structure d'insertion par l'activité économique, par la mise à disposition de salariés par une association "
          "intermédiaire ou une ETTI, ou par recrutement direct après validation de l'éligibilité par le facilitateur "
          "de la Maison de l'emploi du Cher-Nord."),
        A("Pénalités",
          "Tournée non réalisée : 1~500 € ; bac non collecté signalé et non rattrapé sous 24 heures : 50 € par bac ; "
          "heures d'insertion non réalisées : 35 € par heure manquante constatée en fin d'année."),
        A("Règlement des comptes",
          "Les prestations sont rémunérées mensuellement sur la base des prix forfaitaires et unitaires de l'acte "
          "d'engagement ; les prix sont révisés annuellement selon la formule de l'article 5."),
    )
    lab = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=2,
            montant_estime_ht=4200000,
            evidence=["confie au moins 5~% des heures de travail de collecte (ripeurs et chauffeurs) à des personnes en parcours d'insertion",
                      "au moins 60~% des bennes affectées au lot 1 fonctionnent au bioGNV ou à l'électricité",
                      "Le marché comprend deux lots", "est de 4~200~000 € HT"])
    return DOC("20_CCAP_SIVOM_Vasselay_collecte.docx", "CCAP", "SIVOM du Plateau de Vasselay – CCAP collecte",
               "SIVOM-PV 2026-COL", blocks, lab,
               note="Objet « déchets » (pas une clause en soi) mais flotte bioGNV exigée ; insertion par part d'heures (5 %) "
                    "sans nombre ; reprise du personnel conventionnelle (pas une clause sociale).")


# ----------------------------------------------------------------------------- 21 AE lot réservé SIAE (pdf)
def doc21():
    blocks = X(
        TITLE("Syndicat mixte du Parc naturel régional des Monts d'Arvelle", "ACTE D'ENGAGEMENT",
              "Lot n°1 – Entretien des sentiers de randonnée (lot réservé) – consultation en 3 lots"),
        A("Objet du lot",
          "Débroussaillage, élagage, entretien du balisage et petits ouvrages (marches, passerelles) sur les 214 km de "
          "sentiers inscrits au plan départemental des itinéraires de promenade et de randonnée."),
        A("Réservation",
          "Ce lot est réservé aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du "
          "code du travail, en application de l'article L. 2113-13 du code de la commande publique. Le candidat précise "
          "sa qualité :"),
        LST(["[ ] entreprise d'insertion", "[ ] atelier et chantier d'insertion", "[ ] association intermédiaire",
             "[ ] entreprise de travail temporaire d'insertion"]),
        A("Identification du candidat",
          "Raison sociale : ……………………………… SIRET : ……………………………… Adresse : ………………………………………………"),
        A("Prix",
          "Les prestations sont rémunérées par application des prix du bordereau aux quantités commandées. Le détail "
          "estimatif est fourni à titre indicatif."),
        A("Durée",
          "Accord-cadre conclu pour deux ans à compter de sa notification, reconductible une fois pour deux ans."),
        A("Paiement",
          "Compte à créditer : IBAN ……………………………… BIC ………………"),
        A("Signature",
          "Fait à ……………, le ……………. Le candidat (nom, qualité, signature) :"),
        A("Acceptation de l'offre",
          "Est acceptée la présente offre pour valoir acte d'engagement. Le Président du syndicat mixte, à Arvelle, le ……………"),
    )
    lab = L(marche_reserve=1, reserve_base="L2113-13", allotissement=1, nb_lots=3,
            evidence=["Ce lot est réservé aux structures d'insertion par l'activité économique",
                      "en application de l'article L. 2113-13 du code de la commande publique", "consultation en 3 lots"])
    return DOC("21_AE_PNR_Arvelle_lot1_sentiers.pdf", "AE", "PNR des Monts d'Arvelle – AE – Lot 1 sentiers",
               "SM PNR Arvelle – 2026-SENT", blocks, lab,
               note="AE d'un lot réservé SIAE (L2113-13) ; cases à cocher vides.")


# ----------------------------------------------------------------------------- 22 CCTP nettoyage université (deux colonnes)
def doc22():
    blocks = X(
        TITLE("UNIVERSITÉ DE LANVALLEC", "Cahier des clauses techniques particulières",
              "Nettoyage des locaux du campus de Kerbihan"),
        A("Périmètre",
          "Les prestations couvrent les amphithéâtres, salles de cours, bureaux, sanitaires et circulations des "
          "bâtiments A à F, soit 23~600 m² ; la bibliothèque universitaire fait l'objet d'un marché distinct."),
        A("Horaires",
          "Le nettoyage est réalisé en journée, entre 7 h 00 et 19 h 30, de façon à ne pas gêner les cours ; les "
          "amphithéâtres sont traités entre deux créneaux d'enseignement selon le planning transmis chaque semaine."),
        A("Fréquences",
          "Bureaux : une fois par semaine ; salles de cours : quotidien ; sanitaires : deux fois par jour ; vitres "
          "intérieures : deux fois par an."),
        A("Produits et matériels",
          "Les détergents, dégraissants et produits pour sols utilisés sur le campus sont porteurs de l'Écolabel européen "
          "ou d'un label de type I équivalent (ISO 14024). Ils sont dilués au moyen de centrales de dosage ; les "
          "pulvérisateurs aérosols sont interdits. Les chiffons et franges sont en microfibre lavable ; les "
          "essuie-mains et le papier hygiénique fournis sont en ouate 100~% recyclée. Le titulaire tient à la disposition "
          "de l'université les fiches de données de sécurité et les certificats de label."),
        A("Déchets",
          "Le titulaire vide les corbeilles en respectant le tri mis en place par l'université (papier, emballages, "
          "biodéchets des cafétérias) et dépose chaque flux dans le conteneur dédié. Tout mélange de flux constaté "
          "donne lieu à la pénalité prévue au CCAP."),
        A("Environnement de travail",
          "Le titulaire veille au confort des usagers : chariots silencieux, signalisation des sols mouillés, pas "
          "d'intervention bruyante pendant les examens."),
        A("Contrôle",
          "Le contrôle contradictoire est mensuel, par échantillonnage de locaux, selon la norme NF EN 13549."),
    )
    lab = L(clause_environnementale=1,
            evidence=["porteurs de l'Écolabel européen",
                      "dépose chaque flux dans le conteneur dédié"])
    return DOC("22_CCTP_Lanvallec_nettoyage.pdf", "CCTP", "Université de Lanvallec – CCTP nettoyage Kerbihan",
               "UL-DPI-2026-09", blocks, lab, hyphen=True, cols=2,
               note="Deux colonnes ; écolabel, dosage, tri des flux ; « environnement de travail » au sens du confort.")


# ----------------------------------------------------------------------------- 23 Avis TED anglais, heures par lot
def doc23():
    blocks = X(
        TITLE("Contract notice", "France-Saint-Lizier-des-Bois: Construction work for swimming pools",
              "2026/S 211-655310", "Directive 2014/24/EU"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses: Commune de Saint-Lizier-des-Bois, 1 place de la Mairie, Saint-Lizier-des-Bois, 09190, "
          "France. NUTS code: FRJ21. Internet address(es): https://www.saint-lizier-des-bois.fr"),
        H("Section II: Object"),
        P("II.1.1) Title: Construction of an intercommunal aquatic centre"),
        P("II.1.2) Main CPV code: 45212212 Construction work for swimming pool"),
        P("II.1.3) Type of contract: Works"),
        P("II.1.5) Estimated total value: Value excluding VAT: 6~850~000.00 Currency: EUR"),
        P("II.1.6) Information about lots: This contract is divided into lots: yes. Tenders may be submitted for all lots"),
        P("II.2.1) Title: Earthworks - structural works. Lot No: 1"),
        P("II.2.1) Title: Stainless steel pools and water treatment. Lot No: 2"),
        P("II.2.1) Title: Roofing - cladding. Lot No: 3"),
        P("II.2.1) Title: Heating, ventilation, plumbing. Lot No: 4"),
        P("II.2.5) Award criteria (all lots): Quality criterion - Name: Technical merit / Weighting: 40; Quality criterion "
          "- Name: Site waste management and reduction of nuisances / Weighting: 10; Price - Weighting: 50"),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.3) Technical and professional ability: list of works carried out over the past five years."),
        P("III.2.2) Contract performance conditions: In accordance with article L. 2112-2 of the French public "
          "procurement code, the successful tenderers for lots 1, 2 and 4 shall set aside working hours for people "
          "facing social and professional difficulties: 2~100 hours (lot 1), 900 hours (lot 2), 500 hours (lot 4). The "
          "employment facilitator of the PLIE Ariège-Couserans will assist the contractors."),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure. IV.2.2) Time limit for receipt of tenders: 07/12/2026 12:00"),
        H("Section VI: Complementary information"),
        P("VI.4.1) Review body: Tribunal administratif de Toulouse, Toulouse, France"),
    )
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=3500, critere_environnemental=1, allotissement=1,
            nb_lots=4, montant_estime_ht=6850000,
            evidence=["shall set aside working hours for people facing social and professional difficulties",
                      "2~100 hours (lot 1), 900 hours (lot 2), 500 hours (lot 4)", "[2100 + 900 + 500 = 3500]",
                      "Site waste management and reduction of nuisances",
                      "This contract is divided into lots: yes", "Lot No: 4", "6~850~000.00"])
    return DOC("23_AVIS_TED_EN_Saint-Lizier_aquatique.txt", "AVIS", "", "", blocks, lab,
               note="TED anglais ; heures par lot additionnées (3 500) ; critère environnemental pondéré 10.")


# ----------------------------------------------------------------------------- 24 Avis eForms réservé ESS (L2113-15)
def doc24():
    blocks = X(
        TITLE("Avis de marché – eForms – services sociaux et autres services spécifiques",
              "Communauté de communes Sornin-et-Aron"),
        P("Nom officiel (BT-500) : Communauté de communes Sornin-et-Aron – Ville (BT-513) : Charlieu-les-Prés"),
        P("Titre (BT-21) : Gestion d'un lieu d'accueil enfants-parents et d'actions de soutien à la parentalité"),
        P("Description (BT-24) : animation du lieu d'accueil enfants-parents (deux demi-journées par semaine), ateliers "
          "collectifs parents-enfants et permanences d'écoute dans trois communes."),
        P("Nature du marché (BT-23) : services. Classification principale (BT-262) : 85312000."),
        P("Valeur estimée (BT-27) : 210~000 EUR"),
        P("Durée (BT-36) : 36 mois"),
        P("Participation réservée (BT-71) : participation réservée aux organisations ayant une mission de service public "
          "et remplissant les autres conditions fixées par le droit (res-pub-ser)"),
        P("Critère d'attribution (BT-539) : qualité – Nom (BT-734) : projet éducatif et organisation de l'accueil – "
          "Pondération (BT-541) : 60"),
        P("Critère d'attribution (BT-539) : prix – Nom (BT-734) : prix – Pondération (BT-541) : 40"),
        P("Objectif du marché stratégique (BT-06) : aucun"),
        P("Informations complémentaires (BT-300) : marché réservé aux entreprises de l'économie sociale et solidaire "
          "mentionnées à l'article 1er de la loi n° 2014-856 du 31 juillet 2014, en application de l'article L. 2113-15 du "
          "code de la commande publique. Un opérateur ayant obtenu un marché sur ce fondement au cours des trois années "
          "précédentes ne peut se voir attribuer le présent marché."),
        P("Organe de recours (OPT-301) : tribunal administratif de Lyon"),
    )
    lab = L(marche_reserve=1, reserve_base="L2113-15", montant_estime_ht=210000,
            evidence=["en application de l'article L. 2113-15 du code de la commande publique",
                      "Valeur estimée (BT-27) : 210~000 EUR"])
    return DOC("24_AVIS_eForms_Sornin-Aron_LAEP.txt", "AVIS", "", "", blocks, lab,
               note="Réservation ESS (L2113-15) ; objet social (soutien à la parentalité) sans clause ni critère social.")


# ----------------------------------------------------------------------------- 25 RC mobilier scolaire (deux colonnes)
def doc25():
    blocks = X(
        TITLE("DÉPARTEMENT DU VAL-SORNIN – Direction de l'éducation et des collèges",
              "Règlement de la consultation", "Fourniture de mobilier pour les collèges publics 2027-2030"),
        A("Objet",
          "Fourniture et installation de mobilier pour les 31 collèges publics du département : mobilier de salle de "
          "classe et de CDI (lot 1) ; mobilier de restauration scolaire (lot 2)."),
        A("Allotissement",
          "Le marché est décomposé en deux lots, attribués séparément. Un candidat peut soumissionner pour l'un ou "
          "l'autre lot, ou pour les deux."),
        A("Structures adaptées et d'insertion",
          "Les articles L. 2113-12 et L. 2113-13 du code de la commande publique permettent de réserver un marché ou un "
          "lot à des entreprises adaptées, à des ESAT ou à des structures d'insertion par l'activité économique. Le "
          "Département n'a pas fait usage de cette faculté pour la présente consultation ; ces structures peuvent "
          "toutefois candidater dans les conditions de droit commun, seules ou en groupement."),
        A("Forme",
          "Accords-cadres mono-attributaires à bons de commande, d'une durée d'un an reconductible trois fois."),
        A("Candidature",
          "DC1, DC2 ou DUME ; chiffre d'affaires des trois derniers exercices ; trois références de livraisons de "
          "mobilier à des établissements d'enseignement."),
        A("Échantillons",
          "Pour le lot 1, chaque candidat remet une chaise élève taille 6 et une table individuelle, livrées au centre "
          "technique départemental avant la date limite de remise des offres."),
        A("Jugement des offres",
          "Chaque lot est noté sur 100 points :"),
        LST(["prix, apprécié sur le DQE : 50 points ;",
             "valeur technique (ergonomie, robustesse, garanties, délais) : 30 points ;",
             "qualité environnementale des produits : part de matières recyclées ou biosourcées, déclarations "
             "environnementales (FDES), démontabilité et disponibilité des pièces détachées pendant dix ans : 20 points."]),
        A("Remise des offres",
          "Dépôt sur https://marches.valsornin.fr au plus tard le 20 novembre 2026, 16 h."),
    )
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=2,
            evidence=["qualité environnementale des produits : part de matières recyclées ou biosourcées",
                      "Le marché est décomposé en deux lots"])
    return DOC("25_RC_Val-Sornin_mobilier_colleges.pdf", "RC", "Département du Val-Sornin – RC mobilier des collèges",
               "DEC-2026-MOB", blocks, lab, hyphen=True, cols=2,
               note="Deux colonnes ; L2113-12 et L2113-13 cités mais non appliqués (piège) ; critère environnemental 20 points.")


# ----------------------------------------------------------------------------- 26 DC1 vierge (FORM, docx)
def doc26():
    blocks = X(
        TITLE("MINISTÈRE DE L'ÉCONOMIE – Direction des affaires juridiques (modèle)", "LETTRE DE CANDIDATURE – DC1",
              "Habilitation du mandataire par ses co-traitants"),
        P("Le formulaire DC1 est un modèle de lettre de candidature, qui peut être utilisé par les candidats aux marchés "
          "publics. Il est conseillé de le joindre au formulaire DC2."),
        H("A – Identification de l'acheteur"),
        P("……………………………………………………………………………"),
        H("B – Objet de la consultation"),
        P("……………………………………………………………………………"),
        H("C – Objet de la candidature"),
        P("La candidature est présentée : [ ] pour le marché public (en cas de non allotissement) ; [ ] pour tous les lots "
          "de la procédure ; [ ] pour le lot ou les lots n° ………… de la procédure."),
        H("D – Présentation du candidat"),
        P("[ ] Le candidat se présente seul. [ ] Le candidat est un groupement d'entreprises : [ ] conjoint [ ] solidaire."),
        H("E – Marchés réservés"),
        P("(Cocher la case correspondante uniquement si l'avis ou les documents de la consultation prévoient que le marché "
          "ou le lot est réservé.)"),
        P("[ ] Le candidat est une entreprise adaptée ou un établissement et service d'aide par le travail mentionnés à "
          "l'article L. 2113-12 du code de la commande publique, ou une structure équivalente."),
        P("[ ] Le candidat est une structure d'insertion par l'activité économique mentionnée à l'article L. 2113-13 du "
          "code de la commande publique, ou une structure équivalente."),
        H("F – Engagements du candidat"),
        P("Le candidat déclare sur l'honneur n'entrer dans aucun des cas d'exclusion prévus aux articles L. 2141-1 à "
          "L. 2141-5 et L. 2141-7 à L. 2141-11 du code de la commande publique, et être en règle au regard des articles "
          "L. 5212-1 à L. 5212-11 du code du travail concernant l'emploi des travailleurs handicapés."),
        H("G – Désignation du mandataire (en cas de groupement)"),
        P("……………………………………………………………………………"),
        H("H – Signature"),
        P("Nom, prénom et qualité du signataire : ………………… Date : ………… Signature : …………"),
    )
    lab = L()
    return DOC("26_FORM_DC1_vierge.docx", "FORM", "DC1 – Lettre de candidature", "DC1 – version 2026", blocks, lab,
               note="Piège : formulaire vierge citant L2113-12/L2113-13 et L5212 ; cases non cochées.")


# ----------------------------------------------------------------------------- 27 CCAP informatique (OIT + emballages, pièges « environnement »)
def doc27():
    blocks = X(
        TITLE("CONSEIL DÉPARTEMENTAL DE LA BRÉVENNE – Direction du numérique",
              "Cahier des clauses administratives particulières",
              "Fourniture de postes de travail, écrans et services associés – accord-cadre 2027-2030"),
        A("Objet",
          "Le présent accord-cadre porte sur la fourniture de postes de travail fixes et portables, d'écrans et "
          "d'accessoires, ainsi que sur les services de préparation (masterisation, étiquetage) et de livraison dans les "
          "sites du Département."),
        A("Allotissement",
          "L'accord-cadre n'est pas alloti : la compatibilité du master avec l'environnement Windows 11 et l'outil de "
          "déploiement du Département impose un fournisseur unique pour l'ensemble des matériels."),
        A("Montant",
          "L'accord-cadre est conclu sans minimum et avec un montant maximum de 1~200~000 € HT sur la durée totale, "
          "reconductions comprises."),
        A("Environnements de test",
          "Avant toute livraison en nombre, le titulaire installe cinq postes dans l'environnement de préproduction du "
          "Département ; la recette est prononcée après dix jours ouvrés sans anomalie bloquante."),
        A("Livraison et emballages",
          "Les matériels sont livrés groupés, par palette, sans suremballage individuel en polystyrène. Le titulaire "
          "reprend l'ensemble des cartons, calages et films lors de la livraison et les remet à une filière de recyclage ; "
          "il en justifie par un bordereau trimestriel précisant les tonnages."),
        A("Conditions de travail dans la chaîne d'approvisionnement",
          "Le titulaire s'assure que les matériels livrés sont fabriqués dans le respect des conventions fondamentales de "
          "l'Organisation internationale du travail (travail forcé, travail des enfants, liberté syndicale, "
          "non-discrimination). Il communique sur demande la liste des sites d'assemblage et les résultats des audits "
          "sociaux dont ils ont fait l'objet ; un plan d'action correctif est exigé en cas de manquement constaté."),
        A("Obligations légales",
          "Le titulaire produit tous les six mois les attestations prévues à l'article D. 8222-5 du code du travail. Il "
          "déclare respecter les articles L. 5212-1 à L. 5212-11 du même code."),
        SPLIT("Garantie : les matériels sont garantis cinq ans sur site, pièces et main-d'œuvre, avec intervention le jour "
              "ouvré suivant l'appel ; les disques durs défectueux restent la propriété",
              "du Département et sont détruits par ses soins."),
        A("Pénalités",
          "Retard de livraison : 1/1000 du montant de la commande par jour calendaire. Absence de bordereau de reprise "
          "des emballages : 150 € par trimestre."),
    )
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=0, montant_max_ht=1200000,
            evidence=["les matériels livrés sont fabriqués dans le respect des conventions",
                      "reprend l'ensemble des cartons, calages et films lors de la livraison",
                      "L'accord-cadre n'est pas alloti", "montant maximum de 1~200~000 € HT sur la durée totale"])
    return DOC("27_CCAP_Brevenne_postes_travail.pdf", "CCAP", "CD de la Brévenne – CCAP postes de travail",
               "DNUM-2026-044", blocks, lab, hyphen=True,
               note="OIT dans la chaîne d'approvisionnement (clause sociale sans insertion) ; reprise des emballages ; "
                    "pièges « environnement Windows / de préproduction », L5212 ; phrase coupée par un saut de page.")


# ----------------------------------------------------------------------------- 28 RC gardiennage hôpital (piège, docx)
def doc28():
    blocks = X(
        TITLE("Groupe hospitalier Sud-Vivaraise", "Règlement de la consultation",
              "Sécurité incendie (SSIAP) et gardiennage des sites de Privas-Ouest et Vals-Thermes"),
        A("Objet et forme",
          "Accord-cadre mono-attributaire à bons de commande, conclu pour quatre ans, d'un montant maximum de "
          "600~000 € HT pour toute sa durée. Le marché n'est pas alloti : les deux sites partagent un même PC sécurité."),
        A("Candidats",
          "Les entreprises adaptées et les structures d'insertion peuvent présenter une offre dans les conditions de droit "
          "commun ; le marché n'est pas réservé. Le candidat indique, dans sa déclaration (DC2), l'effectif de salariés "
          "bénéficiaires de l'obligation d'emploi des travailleurs handicapés."),
        A("Reprise du personnel",
          "En application de l'accord du 5 mars 2002 relatif à la reprise du personnel de la branche prévention-sécurité, "
          "le titulaire reprend les agents affectés au marché sortant qui remplissent les conditions conventionnelles."),
        A("Pièces de la candidature",
          "Autorisation d'exercer délivrée par le CNAPS ; attestations d'assurance ; liste des principales prestations "
          "effectuées au cours des trois dernières années en établissement de santé."),
        A("Critères de jugement",
          "Prix (50~%) ; valeur technique (50~%), appréciée au regard : des moyens humains (qualification SSIAP et "
          "formation continue des agents affectés au site, 25~%) ; de l'organisation des rondes et des consignes (25~%)."),
        A("Visite",
          "Une visite des deux sites est organisée le 12 octobre 2026 ; inscription auprès de la direction logistique."),
        A("Remise des offres",
          "Date limite : 3 novembre 2026 à 12 h, sur la plateforme de l'établissement."),
    )
    lab = L(allotissement=0, montant_max_ht=600000,
            evidence=["Le marché n'est pas alloti", "montant maximum de 600~000 € HT pour toute sa durée"])
    return DOC("28_RC_GH-Sud-Vivaraise_SSIAP.docx", "RC", "GH Sud-Vivaraise – RC sécurité incendie et gardiennage",
               "GHSV-2026-SEC", blocks, lab,
               note="Pièges : EA/SIAE admises sans réservation ; question OETH au candidat ; reprise conventionnelle du personnel ; "
                    "formation des agents SSIAP en critère technique (pas social).")


# ----------------------------------------------------------------------------- 29 CCTP composteurs (piège, docx)
def doc29():
    blocks = X(
        TITLE("Communauté de communes Cœur de Vanne", "CCTP – Lot 2 : composteurs individuels",
              "Fourniture de contenants pour la prévention et la collecte des déchets (3 lots)"),
        A("Objet",
          "Le lot 2 porte sur la fourniture de composteurs individuels distribués gratuitement aux foyers. La consultation "
          "comporte trois lots : lot 1 bacs roulants, lot 2 composteurs individuels, lot 3 sacs de précollecte."),
        A("Caractéristiques",
          "Composteur de 400 litres (± 5~%), en bois massif, assemblage sans outil, couvercle à charnière, trappe de "
          "vidange en partie basse. Les planches ont une épaisseur minimale de 18 mm."),
        A("Accessoires",
          "Chaque composteur est livré avec un bio-seau de 7 litres, un aérateur et une notice illustrée en français."),
        A("Marquage",
          "Le logo de la communauté de communes est apposé au fer ou par plaque vissée sur la face avant."),
        A("Conditionnement et livraison",
          "Livraison par palettes de 20 unités au centre technique de Vanne-le-Haut, sur rendez-vous 48 heures à "
          "l'avance ; déchargement à la charge du titulaire."),
        A("Garantie",
          "Cinq ans contre tout défaut de fabrication ; remplacement sous quinze jours des pièces défectueuses."),
    )
    lab = L(allotissement=1, nb_lots=3,
            evidence=["La consultation comporte trois lots"])
    return DOC("29_CCTP_Coeur-de-Vanne_composteurs.docx", "CCTP", "CC Cœur de Vanne – CCTP lot 2 composteurs",
               "CCCV-2026-DEC", blocks, lab,
               note="Piège : OBJET de prévention des déchets (composteurs), spécifications de produit neutres.")


# ----------------------------------------------------------------------------- 30 Avis BOAMP PCAET (piège)
def doc30():
    blocks = X(
        TITLE("AVIS DE MARCHÉ – SERVICES", "Procédure adaptée"),
        P("SECTION 1 : IDENTIFICATION DE L'ACHETEUR. Nom complet de l'acheteur : Communauté d'agglomération Vallée de "
          "l'Arsonne. Type de Numéro national d'identification : SIRET. Code postal / Ville : 26400 Arsonne."),
        P("SECTION 2 : COMMUNICATION. Lien vers le profil d'acheteur : https://marches.arsonne-agglo.fr"),
        P("SECTION 3 : PROCÉDURE. Type de procédure : procédure adaptée ouverte. Conditions de participation – Aptitude à "
          "exercer l'activité professionnelle : néant. Capacité technique : références de missions de planification "
          "climat-air-énergie ; la certification ISO 14001 ou équivalent du bureau d'études est un plus apprécié lors "
          "de l'examen des candidatures. Technique d'achat : sans objet. Date et heure limite de réception des plis : "
          "14/12/2026 à 12 h. Présentation des offres par catalogue électronique : interdite."),
        P("SECTION 4 : IDENTIFICATION DU MARCHÉ. Intitulé du marché : Élaboration du plan climat-air-énergie territorial "
          "(PCAET) et du bilan des émissions de gaz à effet de serre de la collectivité. Code CPV principal : 90713000. "
          "Type de marché : services. Description succincte : diagnostic, stratégie, programme d'actions, évaluation "
          "environnementale stratégique, concertation."),
        P("Valeur estimée (HT) du besoin : 75~000 €."),
        P("La consultation comporte des tranches : non. La consultation prévoit une réservation de tout ou partie du "
          "marché : non. Marché alloti : non."),
        P("Critères d'attribution : valeur technique (60~%) : méthodologie, composition et expérience de l'équipe, "
          "calendrier ; prix (40~%)."),
        P("SECTION 6 : INFORMATIONS COMPLÉMENTAIRES. Visite obligatoire : non. Autres informations : la mission "
          "s'inscrit dans la démarche de transition écologique engagée par l'agglomération depuis 2021."),
    )
    lab = L(allotissement=0, montant_estime_ht=75000,
            evidence=["Marché alloti : non", "Valeur estimée (HT) du besoin : 75~000 €"])
    return DOC("30_AVIS_BOAMP_Arsonne_PCAET.txt", "AVIS", "", "", blocks, lab,
               note="Piège : OBJET environnemental (PCAET), ISO 14001 en candidature, « transition écologique » de l'acheteur, "
                    "réservation : non.")


# ----------------------------------------------------------------------------- 31 CCAP université : lutte contre les discriminations
def doc31():
    blocks = X(
        TITLE("UNIVERSITÉ DE HAUTE-SORNIÈRE – Direction du patrimoine",
              "Cahier des clauses administratives particulières",
              "Maintenance multitechnique des bâtiments universitaires (campus de la Doline et site de Rivaz)"),
        A("Objet",
          "Maintenance préventive et corrective des installations électriques, de plomberie, de serrurerie et des "
          "menuiseries intérieures ; petits travaux sur devis."),
        A("Montant estimatif",
          "A titre indicatif, le montant estimatif du marché sur quatre ans est de 520~000 € HT."),
        A("Durée",
          "Un an, reconductible trois fois par reconduction tacite."),
        A("Égalité et prévention des discriminations",
          "Pendant toute la durée du marché, le titulaire désigne un référent égalité joignable par l'université. Les chefs "
          "d'équipe et techniciens intervenant sur les campus suivent, dans les quatre mois de la notification, une "
          "formation d'une demi-journée au moins consacrée à la prévention des violences sexistes et sexuelles et des "
          "discriminations ; le titulaire en adresse les attestations de présence. A défaut, une pénalité de 500 € par "
          "mois de retard est appliquée."),
        A("Rappel des obligations légales",
          "Le titulaire atteste être à jour de ses déclarations relatives à l'obligation d'emploi des travailleurs "
          "handicapés (art. L. 5212-1 et suivants du code du travail) et respecter les règles relatives au détachement."),
        A("Conduite des interventions",
          "Les interventions bruyantes sont programmées hors des périodes d'examens ; le titulaire respecte le règlement "
          "intérieur de l'université et l'environnement de travail des étudiants et des personnels."),
        A("Paiement",
          "Délai global de paiement : 30 jours. Avance de 10~% pour les PME, sauf renonciation."),
        A("Pénalités de retard",
          "Dépannage urgent non réalisé dans les 4 heures : 150 € par heure de retard ; autres interventions : 80 € par jour."),
    )
    lab = L(clause_sociale=1, montant_estime_ht=520000,
            evidence=["désigne un référent égalité",
                      "une formation d'une demi-journée au moins consacrée à la prévention des violences",
                      "est de 520~000 € HT"])
    return DOC("31_CCAP_Haute-Sorniere_maintenance.pdf", "CCAP", "Université de Haute-Sornière – CCAP maintenance multitechnique",
               "UHS-DP-2026-21", blocks, lab, hyphen=True,
               note="Clause sociale de lutte contre les discriminations (sans insertion) ; rappel L5212 (piège) ; "
                    "« environnement de travail » au sens courant.")


# ----------------------------------------------------------------------------- 32 AE réservé EA/ESAT et SIAE (docx)
def doc32():
    blocks = X(
        TITLE("Communauté urbaine de Sornac-Métropole – Archives communautaires", "ACTE D'ENGAGEMENT",
              "Numérisation et indexation des registres paroissiaux et d'état civil (1792-1912)"),
        A("Acheteur",
          "Communauté urbaine de Sornac-Métropole, hôtel communautaire, 40 cours Gambetta, 33510 Sornac. Ordonnateur : le "
          "Président."),
        A("Caractère réservé",
          "Le marché, non alloti, est réservé à la fois aux entreprises adaptées et aux établissements et services d'aide "
          "par le travail (article L. 2113-12 du code de la commande publique) et aux structures d'insertion par "
          "l'activité économique (article L. 2113-13), comme le permet l'article L. 2113-14. Le candidat joint la "
          "décision ou la convention attestant de sa qualité."),
        A("Montant",
          "Accord-cadre à bons de commande ; montant maximum : 150~000 € HT sur la durée totale de l'accord-cadre."),
        TAB([["Rubrique", "Renseignements"],
             ["Raison sociale du titulaire", ""],
             ["Statut (EA, ESAT, EI, ACI, AI, ETTI)", ""],
             ["Taux de la remise sur prestations hors bordereau", ""],
             ["Délai de traitement d'un lot de 500 vues (jours ouvrés)", ""]], widths=[2, 1.5]),
        A("Délais",
          "Le délai d'exécution de chaque bon de commande est fixé par le bon de commande ; il ne peut être inférieur à "
          "quinze jours ouvrés."),
        A("Signature du titulaire",
          "A ……………………, le …………………"),
        A("Acceptation",
          "Le Président de Sornac-Métropole, par délégation : ……………………"),
    )
    lab = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=0, montant_max_ht=150000,
            evidence=["est réservé à la fois aux entreprises adaptées et aux établissements et services d'aide par le travail (article L. 2113-12",
                      "structures d'insertion par l'activité économique (article L. 2113-13)", "non alloti",
                      "montant maximum : 150~000 € HT"])
    return DOC("32_AE_Sornac_numerisation_archives.docx", "AE", "Sornac-Métropole – AE numérisation des archives",
               "CUSM-ARCH-2026", blocks, lab, note="Réservation conjointe EA/ESAT et SIAE (L2113-14).")


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12, doc13, doc14, doc15, doc16,
        doc17, doc18, doc19, doc20, doc21, doc22, doc23, doc24, doc25, doc26, doc27, doc28, doc29, doc30, doc31, doc32]


# ============================================================================= extraction et contrôles
def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        return "\n".join((pg.extract_text() or "") for pg in r.pages)
    if ext == "docx":
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                out.append(" ".join(c.text for c in row.cells))
        for s in d.sections:
            out.extend(p.text for p in s.header.paragraphs)
            out.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(out)
    with open(path, encoding="utf-8") as f:
        return f.read()


def wsnorm(s):
    s = s.replace(NB, " ").replace(NNB, " ").replace("~", " ").replace("^", " ")
    return re.sub(r"\s+", " ", s).strip()


def dehyph(s):
    """Texte normalisé sans les césures de fin de ligne (« heu- res » -> « heures »)."""
    return re.sub(r"(\w)- (\w)", r"\1\2", s)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows, problems, kinds, pages, notes = [], [], {}, {}, []
    dehyph_used = []
    for f in DOCS:
        p = f()
        path = os.path.join(OUT, p["file"])
        ext = p["file"].rsplit(".", 1)[1]
        pdf = ext == "pdf"
        blocks = [_conv(b, pdf) for b in number_articles(p["blocks"])]
        if pdf:
            n = build_pdf(path, _conv_str(p["header"], True), _conv_str(p["footer"], True), blocks,
                          hyphen=p["hyphen"], title=p["header"], cols=p["cols"])
            pages[n] = pages.get(n, 0) + 1
        elif ext == "docx":
            build_docx(path, p["header"], p["footer"], blocks)
        else:
            build_txt(path, blocks)
        kinds[ext] = kinds.get(ext, 0) + 1
        lab = p["label"]
        txt = wsnorm(extract(path))
        txt_d = dehyph(txt)
        for q in lab["evidence"]:
            if q.startswith("["):
                continue
            nq = wsnorm(norm(q))
            if nq in txt:
                continue
            if nq in txt_d:
                dehyph_used.append("%s : %r" % (p["file"], q))
                continue
            problems.append("%s : preuve absente du texte extrait : %r" % (p["file"], q))
        ev = " | ".join(wsnorm(norm(q)) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (p["file"], len(ev)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % p["file"])
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % p["file"])
        if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % p["file"])
        row = {"path": p["file"], "doc_type": p["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
        notes.append((p["file"], p["doc_type"], p["note"]))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    problems.extend(extra_checks(rows))
    counts = {c: sum(1 for r in rows if r[c] == "1") for c in
              ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
               "critere_environnemental")}
    print("%d documents (%s) ; pages des PDF : %s ; césures forcées %d, nombres coupés %d" % (
        len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. x %d" % kv for kv in sorted(pages.items())), HY_STATS["cut"], SB_STATS["cut"]))
    print("positifs :", counts)
    for d in dehyph_used:
        print("  preuve trouvée après suppression des césures :", d)
    print("contrôles : preuves trouvées dans le texte EXTRAIT du fichier produit (pypdf / python-docx / txt), "
          "espaces normalisés -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


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


if __name__ == "__main__":
    sys.exit(main())
