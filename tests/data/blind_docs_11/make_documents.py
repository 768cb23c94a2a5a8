#!/usr/bin/env python3
"""Construit le jeu blind_docs_11 : 32 pièces entières (PDF reportlab, DOCX python-docx, TXT) et leurs
étiquettes documents/labels.csv, selon /work/shared/eval/LABELS.md.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_13/make_documents.py, lignes 27-664 (écriture
PDF/DOCX/TXT, tableaux, deux colonnes, césure, nombres coupés SB, aides de saisie, number_articles,
_DOC_TYPES) ; extra_checks (lignes 2433-2454) repris ; la boucle principale est réécrite pour des
documents isolés et contrôle en plus chaque preuve dans le texte EXTRAIT du fichier produit
(pypdf pour les PDF, python-docx pour les DOCX, lecture directe des TXT), espaces normalisés.

Thème : jeu de PRÉCISION. Une vingtaine de pièces emploient abondamment le vocabulaire social,
environnemental ou des critères dans un autre sens ou un autre rôle ; une douzaine portent de vraies
clauses ou de vrais critères écrits brièvement. Tout est inventé (acheteurs, lieux, références, montants).

Déterministe : pas d'aléa, dates figées.
Usage : /work/main/.venv/bin/python tests/data/blind_docs_11/make_documents.py
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
SET_NAME = "blind_docs_11"

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






# ----------------------------------------------------------------------------- documents du jeu
def AR(title, *items):
    """Article numéroté : str -> paragraphe, list -> liste, tuple -> bloc tel quel."""
    out = [H("Article # – " + title)]
    for x in items:
        if isinstance(x, tuple):
            out.append(x)
        elif isinstance(x, list):
            out.append(LST(x))
        else:
            out.append(P(x))
    return out


def DOC(file, doc_type, header, footer, blocks, label, note, hyphen=False, cols=1):
    flat = []
    for b in blocks:
        if isinstance(b, list):
            flat.extend(b)
        else:
            flat.append(b)
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=flat, label=label,
                note=note, hyphen=hyphen, cols=cols)


def d01():
    return DOC("d01_ccap_voirie.pdf", "CCAP",
        "Commune de Montferrand-sur-Lèze – CCAP – Réfection de voirie 2027",
        "Consultation n° 2027-VOI-03 – Cahier des clauses administratives particulières",
        [TITLE("COMMUNE DE MONTFERRAND-SUR-LÈZE", "Cahier des clauses administratives particulières",
               "Marché de travaux passé selon une procédure adaptée (art. R. 2123-1 1° du CCP)",
               "Programme de réfection de la voirie communale 2027"),
         AR("Objet du marché",
            "Le présent CCAP fixe les stipulations administratives applicables aux travaux de réfection de chaussées "
            "et de trottoirs de la voirie communale (programme 2027) : rue des Tanneurs, chemin de la Garrigue, impasse "
            "du Moulin-Vieux et parvis de la salle polyvalente.",
            "Les prestations comprennent le rabotage, la reprise des rives, la mise à la cote des regards, la mise en "
            "oeuvre d'enrobés à chaud et le marquage au sol."),
         AR("Décomposition du marché",
            "Le marché n'est pas alloti. Les interventions portent sur un linéaire continu, réalisé par une même "
            "équipe selon un phasage unique : l'identification de prestations distinctes au sens de l'article "
            "L. 2113-10 du code de la commande publique n'est pas possible.",
            "Il n'est prévu ni tranche optionnelle ni prestation supplémentaire éventuelle."),
         AR("Pièces contractuelles", "Par ordre de priorité décroissante :",
            ["l'acte d'engagement (AE) ;", "le présent CCAP ;", "le CCTP et ses annexes (plans de repérage) ;",
             "le bordereau des prix unitaires (BPU) ;",
             "le CCAG applicable aux marchés publics de travaux approuvé par l'arrêté du 30 mars 2021 ;",
             "le mémoire technique du titulaire."],
            "Le détail quantitatif estimatif (DQE) n'a pas de valeur contractuelle."),
         AR("Prix et variation des prix",
            "Les prix sont unitaires et s'appliquent aux quantités réellement exécutées. Ils sont révisables.",
            "Critères de révision : chaque prix est révisé par application de la formule P = P0 x (0,125 + 0,875 x "
            "TP09(n) / TP09(0)), où TP09 est l'index « Fabrication et mise en oeuvre d'enrobés ». Le mois zéro est le "
            "mois de remise des offres."),
         AR("Délais et pénalités",
            "Le délai global d'exécution est de huit semaines à compter de la date fixée par l'ordre de service de "
            "démarrage. Par dérogation à l'article 19.2.1 du CCAG, le titulaire encourt une pénalité de 250 € par jour "
            "calendaire de retard, sans mise en demeure préalable.",
            "Toute absence non excusée aux réunions de chantier donne lieu à une pénalité forfaitaire de 100 €."),
         AR("Sous-traitance",
            "Le titulaire peut sous-traiter certaines parties du marché sous réserve de l'acceptation du sous-traitant "
            "et de l'agrément de ses conditions de paiement. La demande est présentée au moyen du formulaire DC4 ou "
            "d'un document équivalent, accompagnée des attestations prévues à l'article D. 8222-5 ou D. 8222-7 du code "
            "du travail.",
            "Le sous-traitant de premier rang dont le montant des prestations dépasse 600 € TTC est payé directement "
            "(art. R. 2193-10 du CCP)."),
         AR("Obligations sociales du titulaire",
            "Le titulaire est tenu au respect des dispositions législatives et réglementaires relatives à la protection "
            "de la main-d'oeuvre et aux conditions de travail. Il s'assure qu'il n'est pas fait recours au travail "
            "dissimulé (articles L. 8221-1 et suivants du code du travail) et remet à la commune, tous les six mois "
            "jusqu'à la fin de l'exécution, l'attestation de vigilance délivrée par l'URSSAF.",
            SPLIT("En cas d'emploi de salariés détachés, le titulaire vérifie que chacun de ses sous-traitants a "
                  "effectué la déclaration préalable de détachement auprès de l'inspection du travail et",
                  "tient à la disposition du maître d'ouvrage la copie de cette déclaration (art. L. 1262-4-1 du code "
                  "du travail).")),
         AR("Clause sociale d'insertion", "Sans objet."),
         AR("Clause de réexamen",
            "En application de l'article R. 2194-1 du CCP, si les quantités réellement exécutées d'un poste du BPU "
            "dépassent de plus de 25 % celles du détail estimatif, les parties se rapprochent afin d'examiner "
            "l'opportunité d'une modification du marché. Cette clause ne peut avoir pour effet de changer la nature "
            "globale du marché."),
         AR("Réception et garanties",
            "La réception a lieu dans les conditions de l'article 41 du CCAG Travaux. Le délai de garantie est d'un "
            "an à compter de la date d'effet de la réception. Il n'est pas prévu de retenue de garantie."),
         AR("Litiges",
            "Le tribunal compétent est le tribunal administratif de Toulouse. Le présent CCAP comporte 11 articles.")],
        L(allotissement=0, evidence=["Le marché n'est pas alloti."]),
        "Obligations légales (travail dissimulé, détachement), DC4, « Clause sociale d'insertion : Sans objet », "
        "clause de réexamen, critères de révision des prix ; non alloti.", hyphen=True)


def d02():
    return DOC("d02_ccap_transport_scolaire.docx", "CCAP",
        "Communauté de communes Causses et Vallées d'Olt – Transport scolaire – CCP",
        "CCP valant règlement de la consultation – réf. CCVO-TS-2027",
        [TITLE("COMMUNAUTÉ DE COMMUNES CAUSSES ET VALLÉES D'OLT",
               "Cahier des clauses particulières (CCP)",
               "Services de transport scolaire – rentrées 2027 à 2030 – procédure adaptée"),
         AR("Objet – allotissement",
            "Le présent CCP, qui vaut également règlement de la consultation, porte sur le transport des élèves des "
            "écoles et du collège du territoire. La consultation comporte 4 lots, un par circuit :",
            ["lot 1 : circuit Espalion-Bessuéjouls ;", "lot 2 : circuit Saint-Côme – Castelnau ;",
             "lot 3 : circuit Estaing – Coubisou ;", "lot 4 : circuit du plateau de Lassouts."],
            "Un candidat peut répondre à un ou plusieurs lots."),
         AR("Durée",
            "Chaque marché est conclu pour l'année scolaire 2027-2028 et reconductible tacitement trois fois par "
            "période d'un an."),
         AR("Véhicules",
            "Les autocars affectés au service sont au minimum de norme Euro VI. Aucun véhicule de plus de douze ans "
            "n'est admis. En cas de remplacement d'un véhicule en cours d'exécution, le véhicule de remplacement est un "
            "véhicule à faibles émissions au sens de l'article L. 224-7 du code de l'environnement.",
            "Les véhicules sont équipés de ceintures de sécurité à chaque place et d'un éthylotest anti-démarrage."),
         AR("Conducteurs",
            "Les conducteurs sont titulaires du permis D en cours de validité et de la FCO. Le titulaire applique à son "
            "personnel la convention collective nationale des transports routiers et activités auxiliaires du "
            "transport ; il respecte les temps de conduite et de repos prévus par la réglementation."),
         AR("Environnement des arrêts",
            "Plusieurs points d'arrêt sont situés en bordure de routes départementales sans trottoir ; le conducteur "
            "veille à ce que la montée et la descente se fassent côté accotement. Le plan des arrêts figure en annexe."),
         AR("Prix – règlement",
            "Les prix sont forfaitaires par jour de fonctionnement. Ils sont révisés chaque 1er septembre selon la "
            "formule figurant à l'annexe 2. Paiement par mandat administratif à 30 jours."),
         AR("Jugement des offres",
            "Les offres sont jugées lot par lot, sur 100 points :",
            ["prix : 55 points ;",
             "valeur technique (organisation, remplacement des conducteurs, gestion des incidents) : 30 points ;",
             "performance environnementale du parc proposé (norme Euro, motorisation, émissions de CO2 en g/km) : "
             "15 points."],
            "Le candidat indique pour chaque véhicule l'année de première mise en circulation et les émissions de CO2 "
            "figurant sur le certificat d'immatriculation."),
         AR("Remise des offres",
            "Les offres sont déposées sur le profil d'acheteur avant le 12 mai 2027 à 12 h. Renseignements : service "
            "mobilités, 05 65 00 00 00.")],
        L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=4,
          evidence=["La consultation comporte 4 lots",
                    "le véhicule de remplacement est un véhicule à faibles émissions",
                    "performance environnementale du parc proposé (norme Euro, motorisation, émissions de CO2 en g/km) : 15 points"]),
        "CCP valant RC (MAPA) : exigence Euro VI / véhicule à faibles émissions, critère environnemental 15 points ; "
        "piège : convention collective (loi), « environnement des arrêts » (contexte).")


def d03():
    return DOC("d03_rc_proprete.docx", "RC",
        "Université Loire-Océan – Règlement de la consultation – Nettoyage des locaux",
        "UniLO – DAJ – Marché 2027-014",
        [TITLE("UNIVERSITÉ LOIRE-OCÉAN", "Règlement de la consultation",
               "Prestations de nettoyage des locaux universitaires – appel d'offres ouvert"),
         AR("Objet et allotissement",
            "La consultation porte sur le nettoyage courant et la vitrerie des bâtiments d'enseignement et de "
            "recherche. Elle est divisée en 2 lots :",
            ["lot 1 – campus du Tertre-Blanc (41 200 m²) ;", "lot 2 – site de la Chantrerie-Nord (17 800 m²)."],
            "Le montant estimé de l'ensemble des deux lots s'élève à 380~000~€ HT pour la durée totale du marché "
            "(quatre ans). Les variantes ne sont pas autorisées."),
         AR("Marché réservé", "Marché réservé : non."),
         AR("Reprise du personnel",
            "Les candidats sont informés qu'en application de l'accord du 5 mars 2002 relatif à la garantie de "
            "l'emploi et à la continuité du contrat de travail (annexe 7 de la convention collective nationale des "
            "entreprises de propreté et services associés), l'entreprise entrante est tenue de reprendre les salariés "
            "remplissant les conditions prévues par cet accord. La liste anonymisée du personnel (qualification, "
            "ancienneté, durée hebdomadaire, horaires) figure en annexe 4 du présent règlement."),
         AR("Conditions de participation",
            "Le dossier de candidature comprend le DC1, le DC2 (ou le DUME), les attestations d'assurance et, pour "
            "l'attributaire pressenti, les certificats prévus à l'article R. 2143-6 du CCP ainsi que l'attestation "
            "de vigilance URSSAF de moins de six mois.",
            "Critères de sélection des candidatures : capacités techniques (effectif moyen annuel, encadrement, "
            "références de prestations similaires de moins de trois ans) et capacités financières (chiffre d'affaires "
            "des trois derniers exercices). Les candidatures ne présentant pas des capacités suffisantes sont "
            "éliminées."),
         AR("Jugement des offres",
            "L'offre économiquement la plus avantageuse est appréciée lot par lot selon les critères suivants :"),
         RTAB([["Critère", "Pondération"],
               ["1. Prix (montant annuel de la DPGF)", "60 %"],
               ["2. Valeur technique, dont :", "40 %"],
               ["  2.1 organisation des prestations et fréquences proposées", "15 %"],
               ["  2.2 encadrement, contrôle qualité et autocontrôles", "15 %"],
               ["  2.3 continuité du service (absences, grèves, fermetures)", "10 %"]], widths=[4, 1], align="lr"),
         AR("Visite et renseignements",
            "Une visite des sites est obligatoire ; elle est organisée les 3 et 4 mars 2027. Les questions sont posées "
            "sur le profil d'acheteur au plus tard dix jours avant la date limite de remise des offres.")],
        L(allotissement=1, nb_lots=2, montant_estime_ht=380000,
          evidence=["Elle est divisée en 2 lots", "s'élève à 380 000 € HT pour la durée totale du marché"]),
        "Reprise du personnel (annexe 7 CCN propreté), « Marché réservé : non », critères de sélection des "
        "candidatures, critères d'attribution sans volet social ni environnemental.")


def d04():
    return DOC("d04_cctp_logements_lot03.pdf", "CCTP",
        "Logis du Marsan – Office public de l'habitat – Résidence Les Tilleuls – 24 logements",
        "CCTP Lot 03 Plomberie – sanitaires – indice B du 14/01/2027",
        [TITLE("LOGIS DU MARSAN – OFFICE PUBLIC DE L'HABITAT",
               "Cahier des clauses techniques particulières",
               "Construction de 24 logements locatifs sociaux (12 PLUS, 8 PLAI, 4 PLS) – Résidence Les Tilleuls",
               "LOT N° 03 – PLOMBERIE – SANITAIRES"),
         AR("Généralités",
            "L'opération est décomposée en 11 lots traités par marchés séparés. Le présent CCTP décrit les ouvrages du "
            "lot 03 ; l'entrepreneur prend connaissance des CCTP des lots 02 (gros oeuvre), 06 (plâtrerie) et 09 "
            "(électricité – VMC), avec lesquels ses travaux doivent être coordonnés.",
            "Les 24 logements sociaux sont répartis en deux bâtiments R+2 et R+3 sur un parking commun."),
         AR("Textes de référence",
            ["NF DTU 60.1 – plomberie sanitaire pour bâtiments ;",
             "NF DTU 60.11 – règles de calcul des installations de plomberie sanitaire ;",
             "NF DTU 60.33 – canalisations en PVC non plastifié (évacuations) ;",
             "arrêté du 24 décembre 2015 relatif à l'accessibilité des bâtiments d'habitation collectifs neufs."]),
         AR("Accessibilité des logements",
            "Les logements du rez-de-chaussée et ceux desservis par ascenseur sont accessibles aux personnes "
            "handicapées. L'entrepreneur respecte les cotes réglementaires : espace libre de 1,50 m de diamètre dans "
            "une salle d'eau au moins, lavabo avec vide en partie basse, robinetterie à levier, hauteur des commandes "
            "comprise entre 0,90 m et 1,30 m. Les douches des logements accessibles sont à l'italienne, avec un "
            "ressaut inférieur à 2 cm.",
            "Les barres d'appui sont fournies et posées par le lot 07 ; les renforts dans les cloisons sont dus par le "
            "lot 06 sur indication du présent lot."),
         AR("Réseaux d'alimentation",
            "Les canalisations d'eau froide et d'eau chaude sont en multicouche sous fourreau dans les dalles et en "
            "cuivre en apparent dans les gaines techniques. Chaque traversée de plancher ou de voile est réalisée avec "
            "insertion d'un fourreau PVC dépassant de 2 cm du sol fini ; l'espace annulaire est calfeutré par un "
            "mastic coupe-feu.",
            "Les compteurs divisionnaires sont posés en gaine palière, avec robinet d'arrêt avant compteur."),
         AR("Évacuations et ventilations primaires",
            "Les chutes sont en PVC assaini acoustique. Les ventilations primaires débouchent en toiture par des "
            "sorties regroupées, afin de préserver l'insertion du bâtiment dans le paysage urbain du centre ancien, "
            "conformément à l'avis de l'architecte des Bâtiments de France annexé au permis de construire."),
         ("split", "Les appareils sanitaires sont en porcelaine vitrifiée blanche, de premier choix, conformes aux "
                   "normes NF EN 14688 (lavabos) et NF EN 997 (cuvettes). Les WC des logements accessibles sont "
                   "installés avec un espace d'usage latéral de 0,80 m x",
          "1,30 m. Chaque logement reçoit un évier inox un bac avec égouttoir, un lavabo et une baignoire ou une "
          "douche selon la typologie (voir tableau des équipements en annexe)."),
         AR("Essais et réception",
            "Les essais d'étanchéité des réseaux sous pression (1,5 fois la pression de service pendant deux heures) "
            "font l'objet d'un procès-verbal remis au maître d'oeuvre. Le dossier des ouvrages exécutés comprend les "
            "plans de récolement et les notices des appareils.")],
        L(allotissement=1, nb_lots=11, evidence=["L'opération est décomposée en 11 lots"]),
        "Objet « logements sociaux », accessibilité réglementaire des logements construits, « insertion d'un "
        "fourreau », « insertion du bâtiment dans le paysage » ; lot 03 sur 11.", hyphen=True)


def d05():
    return DOC("d05_ccap_college.pdf", "CCAP",
        "Département du Haut-Velay – Réhabilitation du collège Marie-Marvingt – CCAP",
        "DGA Bâtiments – Opération 2026-COL-07 – CCAP",
        [TITLE("DÉPARTEMENT DU HAUT-VELAY",
               "Cahier des clauses administratives particulières",
               "Réhabilitation et extension du collège Marie-Marvingt à Saint-Priest-la-Roche",
               "Marchés de travaux – procédure adaptée ouverte"),
         AR("Objet – décomposition",
            "Les travaux sont répartis en 9 lots : 01 désamiantage ; 02 gros oeuvre ; 03 charpente – couverture ; "
            "04 menuiseries extérieures ; 05 plâtrerie – peinture ; 06 menuiseries intérieures ; 07 revêtements de "
            "sols ; 08 plomberie – CVC ; 09 électricité. Chaque lot fait l'objet d'un marché distinct."),
         AR("Pièces constitutives",
            "Acte d'engagement, présent CCAP, CCTP du lot, DPGF, calendrier détaillé d'exécution, CCAG Travaux "
            "(arrêté du 30 mars 2021)."),
         AR("Obligations du titulaire au regard du droit du travail",
            "Le titulaire produit tous les six mois les documents mentionnés à l'article D. 8222-5 du code du travail. "
            "Il déclare ses sous-traitants au moyen de l'imprimé DC4 avant toute intervention sur le chantier. La "
            "méconnaissance des articles L. 8221-3 et L. 8221-5 (travail dissimulé) entraîne l'application des "
            "sanctions prévues à l'article L. 8222-6."),
         AR("Heures réservées à des personnes en difficulté d'accès à l'emploi",
            "Pour les lots 02 et 05, une partie des heures de travail nécessaires à l'exécution est confiée à des "
            "personnes rencontrant des difficultés sociales ou professionnelles particulières (demandeurs d'emploi "
            "inscrits depuis plus d'un an, allocataires du RSA, jeunes de moins de 26 ans sans diplôme, travailleurs "
            "reconnus handicapés, etc.).",
            "Volume minimal à réaliser : lot 02 : 420 heures ; lot 05 : 180 heures.",
            "La Maison de l'emploi du Forez-Ouest, qui assure la mission de facilitateur, valide l'éligibilité des "
            "personnes et recueille chaque mois les justificatifs. Le titulaire choisit librement la modalité : "
            "embauche directe, mise à disposition par une ETTI, une association intermédiaire ou un GEIQ, ou "
            "sous-traitance à une entreprise d'insertion. Chaque heure non effectuée, sauf motif accepté par le "
            "maître d'ouvrage, donne lieu à une pénalité de 45 € HT."),
         AR("Délais et pénalités de retard",
            "Le délai d'exécution de chaque lot est fixé par le calendrier détaillé. Pénalité de retard : 1/3000e du "
            "montant du marché par jour, avec un minimum de 150 € par jour."),
         AR("Avance",
            "Une avance de 10 % du montant initial TTC est versée au titulaire qui ne la refuse pas, dans les "
            "conditions des articles R. 2191-3 et suivants du CCP."),
         AR("Variation des prix",
            "Les prix sont actualisables. Critères d'actualisation : index BT du lot concerné, mois zéro = mois de "
            "remise de l'offre."),
         AR("Dérogations au CCAG",
            "L'article 4 déroge à l'article 19.2 du CCAG ; l'article 5 complète l'article 3.6 du CCAG.")],
        L(clause_sociale=1, clause_insertion=1, heures_insertion=600, allotissement=1, nb_lots=9,
          evidence=["Les travaux sont répartis en 9 lots",
                    "une partie des heures de travail nécessaires à l'exécution est confiée à des personnes rencontrant des difficultés sociales ou professionnelles",
                    "lot 02 : 420 heures ; lot 05 : 180 heures", "[420 + 180 = 600]"]),
        "Clause d'insertion formulée sans le mot « insertion » (heures réservées, 420 + 180 h) à côté du rappel "
        "des obligations légales (D. 8222-5, DC4, travail dissimulé) ; 9 lots.", hyphen=True)


def d06():
    return DOC("d06_ae_espaces_verts.docx", "AE",
        "Commune de Plouzévenec – Acte d'engagement – Entretien des espaces verts",
        "AE – Accord-cadre n° 2027-05",
        [TITLE("COMMUNE DE PLOUZÉVENEC", "ACTE D'ENGAGEMENT",
               "Accord-cadre à bons de commande – Entretien des espaces verts, des cimetières et des terrains de sport"),
         H("A – Objet de l'acte d'engagement"),
         P("Le présent acte d'engagement concerne l'entretien des espaces verts communaux : tonte, taille des haies, "
           "désherbage manuel et mécanique des allées, entretien des massifs, ramassage des feuilles, fauchage des "
           "accotements. Le marché n'est pas décomposé en lots."),
         H("B – Engagement du titulaire"),
         P("Après avoir pris connaissance des pièces du marché, je m'engage / nous nous engageons sans réserve, "
           "conformément aux stipulations des documents visés ci-dessus, à exécuter les prestations demandées aux prix "
           "indiqués au bordereau des prix unitaires."),
         P("Nom, prénom et qualité du signataire : ........................................................"),
         P("Raison sociale, adresse, SIRET : ........................................................"),
         H("C – Montant et durée"),
         P("L'accord-cadre est conclu sans montant minimum et avec un montant maximum annuel de 45~000,00~€ HT. Il "
           "prend effet à sa notification pour un an et peut être reconduit trois fois par reconduction tacite, soit "
           "un montant maximum de 180~000~€ HT sur la durée totale."),
         H("D – Sous-traitance"),
         P("Annexe n° 1 au présent acte d'engagement : demande d'acceptation du sous-traitant ESAT « Les Ateliers de "
           "l'Aber » (tonte des bas-côtés et débroussaillage, montant sous-traité : 6~500~€ HT par an). Le "
           "sous-traitant est payé directement."),
         H("E – Déclarations du titulaire"),
         P("Le signataire déclare sur l'honneur :"),
         LST(["ne pas faire l'objet d'une interdiction de soumissionner au titre des articles L. 2141-1 à L. 2141-11 "
              "du code de la commande publique ;",
              "avoir satisfait à l'obligation d'emploi des travailleurs handicapés prévue aux articles L. 5212-1 à "
              "L. 5212-11 du code du travail ;",
              "ne pas avoir fait l'objet d'une condamnation pour travail dissimulé au cours des cinq dernières années."]),
         H("F – Informations diverses"),
         RTAB([["Rubrique", "Réponse"],
               ["Marché réservé (art. L. 2113-12 à L. 2113-15 du CCP)", "non"],
               ["Forme du prix", "prix unitaires"],
               ["Avance", "non (montant annuel < 50 000 € HT)"],
               ["Compte à créditer (IBAN)", "........................"]], widths=[3, 2]),
         H("G – Signature"),
         P("Fait en un seul original à ......................, le ....................."),
         P("Acceptation de l'offre par le pouvoir adjudicateur – le Maire : ......................")],
        L(allotissement=0, montant_max_ht=180000,
          evidence=["Le marché n'est pas décomposé en lots.", "soit un montant maximum de 180 000 € HT sur la durée totale"]),
        "Objet espaces verts ; ESAT sous-traitant sans réservation ; « Marché réservé … non » ; déclaration "
        "L. 5212-1 à L. 5212-11 ; maximum 45 000 € x 4 = 180 000 €.")


def d07():
    rows = [["Candidat", "Prix (/60)", "Valeur technique (/40)", "Total", "Rang"],
            ["A – Bureau Concept Ouest", "54,2", "33,0", "87,2", "1"],
            ["B – Mobilia Pro", "60,0", "24,5", "84,5", "2"],
            ["C – Atelier Lignes & Bois", "47,9", "31,5", "79,4", "3"],
            ["D – Equip'Collectivités", "51,3", "22,0", "73,3", "4"]]
    return DOC("d07_rapport_analyse_mobilier.pdf", "AUTRE",
        "Agglomération Coeur de Brie – Rapport d'analyse des offres – Lot 1",
        "Consultation 2027-014 – RAO lot 1 – document interne",
        [TITLE("AGGLOMÉRATION COEUR DE BRIE", "Rapport d'analyse des offres",
               "Fourniture de mobilier – Lot n° 1 : mobilier administratif"),
         H("1. Rappel de la procédure"),
         P("La consultation n° 2027-014, lancée en procédure adaptée le 6 janvier 2027, comporte trois lots : lot 1 "
           "mobilier administratif, lot 2 mobilier scolaire, lot 3 sièges ergonomiques. Estimation globale de "
           "l'acheteur : 142~000~€ HT (dont lot 1 : 58~000~€ HT)."),
         P("La consultation initiale n° 2026-087, déclarée sans suite pour motif d'intérêt général le 3 décembre "
           "2026, comportait trois critères, dont un critère « insertion professionnelle des publics éloignés de "
           "l'emploi » pondéré à 10 %. Ce critère n'a pas été repris : les critères de la présente consultation, "
           "fixés à l'article 8 du RC, sont le prix (60 %) et la valeur technique (40 %)."),
         H("2. Critères et méthode de notation"),
         P("Prix : note = 60 x (offre la moins disante / offre du candidat). Valeur technique, notée sur 40 : qualité "
           "et robustesse des produits au vu des fiches techniques et des échantillons (20), délais de livraison et "
           "d'installation (10), garantie et service après-vente (10)."),
         H("3. Offres reçues"),
         P("Quatre offres ont été déposées dans les délais. Toutes sont régulières, aucune n'est anormalement basse."),
         RTAB(rows, widths=[3, 1.2, 1.6, 1, 0.8], align="lrrrr"),
         H("4. Observations"),
         P("L'offre C met en avant des panneaux certifiés PEFC et des emballages réduits ; aucun sous-critère ne "
           "portant sur ces points, ils n'ont pas été pris en compte dans la notation. L'offre B présente des délais "
           "de livraison de dix semaines, supérieurs à ceux des autres candidats."),
         H("5. Proposition"),
         P("Il est proposé d'attribuer le lot 1 à la société Bureau Concept Ouest pour un montant de 51~940,00~€ HT. "
           "Les lots 2 et 3 font l'objet de rapports distincts."),
         P("Fait à Coulommiers-le-Haut, le 22 février 2027 – le service de la commande publique.")],
        L(allotissement=1, nb_lots=3, montant_estime_ht=142000,
          evidence=["comporte trois lots", "Estimation globale de l'acheteur : 142 000 € HT"]),
        "RAO : critère d'insertion de la procédure précédente déclarée sans suite ; PEFC non noté ; critères "
        "prix / valeur technique seulement ; 3 lots ; estimation 142 000 €.")


def d08():
    return DOC("d08_rc_mediatheque.docx", "RC",
        "Ville de Coutançay – RC – Mobilier de la médiathèque",
        "Marché 27F006 – règlement de la consultation",
        [TITLE("VILLE DE COUTANÇAY", "Règlement de la consultation",
               "Fourniture et installation de mobilier pour la médiathèque Louise-Michel"),
         AR("Objet",
            "Fourniture, livraison et installation du mobilier de la nouvelle médiathèque et remise en état de sièges "
            "existants."),
         AR("Lots",
            ["Lot 1 – rayonnages et bacs (bois et métal) ;",
             "Lot 2 – mobilier d'accueil, tables et chaises de lecture ;",
             "Lot 3 – réfection et regarnissage de 64 fauteuils et banquettes existants."]),
         AR("Conditions particulières de participation au lot 3",
            "Le lot 3 est réservé : seuls peuvent y soumissionner les entreprises adaptées, les établissements et "
            "services d'aide par le travail et les structures équivalentes, en application de l'article L. 2113-12 "
            "du code de la commande publique. Le candidat justifie qu'au moins 50 % de ses travailleurs sont des "
            "personnes handicapées.",
            "Les lots 1 et 2 sont ouverts à tout opérateur économique."),
         AR("Documents à produire",
            "Candidature : DC1, DC2 ou DUME ; pour le lot 3, l'agrément ou l'autorisation de la structure. Offre : acte "
            "d'engagement, BPU, DQE, fiches techniques, mémoire technique."),
         AR("Sélection des candidatures",
            "Les capacités sont appréciées au regard des références de fournitures comparables et des moyens de pose."),
         AR("Attribution",
            "Lots 1 et 2 : prix 50 points ; valeur technique 35 points ; emballages et fin de vie des produits 15 "
            "points (livraison sans suremballage, reprise et recyclage des cartons et palettes par le titulaire, "
            "démontabilité et réparabilité du mobilier).",
            "Lot 3 : prix 40 points ; qualité de la réfection au vu d'un fauteuil témoin 60 points."),
         AR("Renseignements",
            "Questions écrites sur la plateforme au plus tard le 2 avril 2027. Date limite de réception des offres : "
            "16 avril 2027, 17 h.")],
        L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=3,
          evidence=["Le lot 3 est réservé", "en application de l'article L. 2113-12 du code de la commande publique",
                    "emballages et fin de vie des produits 15 points", "Lot 3 – réfection et regarnissage"]),
        "Lot 3 réservé (EA/ESAT, L. 2113-12) ; critère « emballages et fin de vie » 15 points ; 3 lots.")


def d09():
    return DOC("d09_avis_collecte.txt", "AVIS",
        "SMICTOM du Haut-Bocage – avis de marché", "",
        [TITLE("AVIS DE MARCHÉ – SERVICES", "Section I : Pouvoir adjudicateur"),
         P("I.1) SMICTOM du Haut-Bocage, syndicat mixte de collecte et de traitement des déchets ménagers, 2 rue des "
           "Forges, 79300 Bressuire-la-Vallée. Contact : service marchés publics."),
         H("Section II : Objet"),
         P("II.1.1) Intitulé : collecte des ordures ménagères résiduelles, des emballages et des biodéchets, et "
           "exploitation des déchèteries."),
         P("II.1.2) Code CPV principal : 90511000 – services de collecte des ordures ménagères."),
         P("II.1.4) Description succincte : collecte en porte-à-porte et en points d'apport volontaire sur 42 "
           "communes (38 500 habitants), transport vers le centre de tri et l'unité de valorisation, gardiennage et "
           "gestion des haut de quai de 5 déchèteries."),
         P("II.1.5) Valeur totale estimée hors TVA : 4 200 000 EUR"),
         P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Nombre de lots : 3."),
         P("II.2) Lot 1 : collecte OMR et emballages. Lot 2 : collecte des biodéchets. Lot 3 : exploitation des "
           "déchèteries."),
         P("II.2.5) Critères d'attribution : le prix n'est pas le seul critère. Critère de qualité – nom : valeur "
           "technique (organisation des tournées, moyens matériels affectés, continuité du service en cas de panne) / "
           "pondération : 45. Prix – pondération : 55."),
         P("II.2.7) Durée : 60 mois à compter du 1er janvier 2028."),
         H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
         P("III.1.1) Habilitation : les candidats produisent, pour le lot 3, le récépissé de déclaration au titre des "
           "installations classées."),
         P("III.1.3) Capacité technique et professionnelle : liste des principaux services effectués au cours des trois "
           "dernières années ; description de l'équipement technique ; certificat ISO 14001 en cours de validité ou "
           "toute autre preuve de mesures équivalentes de gestion environnementale. Niveau minimal : deux références de "
           "collecte sur un territoire d'au moins 20 000 habitants."),
         P("III.1.5) Informations sur les marchés réservés : néant."),
         P("III.2.2) Conditions particulières d'exécution : néant."),
         H("Section IV : Procédure"),
         P("IV.1.1) Type de procédure : appel d'offres ouvert. IV.2.2) Date limite de réception des offres : 15 mars "
           "2027 à 12:00."),
         H("Section VI : Renseignements complémentaires"),
         P("VI.3) Une visite des déchèteries est proposée le 10 février 2027. Les candidats peuvent répondre à un, "
           "deux ou trois lots. Recours : tribunal administratif de Poitiers.")],
        L(allotissement=1, nb_lots=3, montant_estime_ht=4200000,
          evidence=["Nombre de lots : 3", "Valeur totale estimée hors TVA : 4 200 000 EUR"]),
        "Objet déchets ; ISO 14001 demandé en capacité technique ; marchés réservés et conditions d'exécution : "
        "néant ; critères prix / valeur technique.")


def d10():
    return DOC("d10_ccap_ecoles.pdf", "CCAP",
        "Ville de Bourg-Fontaine – CCAP – Mise en accessibilité des groupes scolaires",
        "Direction du patrimoine bâti – Ad'AP tranche 3 – CCAP",
        [TITLE("VILLE DE BOURG-FONTAINE", "Cahier des clauses administratives particulières",
               "Travaux de mise en accessibilité des groupes scolaires Jules-Ferry et Les Peupliers",
               "Agenda d'accessibilité programmée – tranche 3"),
         AR("Objet",
            "Le marché a pour objet la mise en accessibilité aux personnes handicapées de deux groupes scolaires : "
            "création de rampes, d'un ascenseur, de sanitaires adaptés, mise en place de bandes d'éveil à la "
            "vigilance, de mains courantes et de contremarches contrastées, remplacement de portes."),
         AR("Dévolution",
            "Les travaux font l'objet d'un marché unique. Le recours à un marché unique est motivé, en application de "
            "l'article L. 2113-11 du code de la commande publique, par l'intervention en site occupé pendant les seules "
            "vacances scolaires, qui impose une coordination que la Ville ne peut assurer elle-même.",
            "Le montant des travaux est estimé à 310~000~€ HT."),
         AR("Horaires de chantier",
            "Les travaux sont exécutés du lundi au vendredi de 7 h 30 à 18 h. Les travaux bruyants sont interdits entre "
            "12 h et 14 h au groupe Les Peupliers, dont le centre de loisirs reste ouvert en juillet. Tout travail le "
            "samedi est soumis à l'accord préalable du maître d'ouvrage."),
         AR("Plan de prévention",
            "Avant tout commencement, une inspection commune préalable est organisée avec le directeur d'école et le "
            "coordonnateur SPS ; un plan de prévention est établi conformément aux articles R. 4512-6 et suivants du "
            "code du travail. Le titulaire y consigne les risques d'interférence avec les activités du centre de "
            "loisirs."),
         AR("Prix",
            "Le marché est traité à prix global et forfaitaire. Les prix sont révisables mensuellement ; critères de "
            "révision : index BT01 « tous corps d'état », mois zéro = mois de remise de l'offre, clause de "
            "sauvegarde si la variation dépasse 20 %."),
         AR("Pénalités",
            "Retard dans l'achèvement : 300 € par jour calendaire. Non-respect des horaires de chantier : 150 € par "
            "constat. Dépassement de la période de vacances scolaires : 1 000 € par jour d'ouverture de l'école "
            "empêchée."),
         AR("Réception",
            "La réception est prononcée après vérification par le contrôleur technique de la conformité des ouvrages "
            "aux règles d'accessibilité des établissements recevant du public (arrêté du 20 avril 2017). L'attestation "
            "d'accessibilité est jointe au dossier des ouvrages exécutés."),
         AR("Attribution de juridiction", "Tribunal administratif de Lyon.")],
        L(allotissement=0, montant_estime_ht=310000,
          evidence=["Les travaux font l'objet d'un marché unique.", "Le montant des travaux est estimé à 310 000 € HT."]),
        "Accessibilité PMR comme objet des travaux, horaires de chantier, plan de prévention, critères de révision "
        "des prix ; marché unique motivé (allotissement 0) ; estimation 310 000 €.")


def d11():
    return DOC("d11_qr_blanchisserie.docx", "QR",
        "Centre hospitalier de Saint-Ambroix-les-Bains – Questions / réponses",
        "Consultation 26-BLA-02 – registre des questions – mis à jour le 24/06/2026",
        [TITLE("CENTRE HOSPITALIER DE SAINT-AMBROIX-LES-BAINS",
               "Registre des questions et réponses",
               "Location et entretien des vêtements de travail du personnel – consultation 26-BLA-02"),
         H("Question n° 1 – reçue le 11/06/2026"),
         P("Le marché actuel comporte une clause d'insertion de 1 500 heures par an. Cette clause est-elle reconduite "
           "et sous quelle forme ?"),
         P("Réponse : Non. Le chiffre cité concerne le marché 2022-2026, qui arrive à échéance. La présente "
           "consultation ne comporte pas de clause d'insertion ni d'autre condition d'exécution à caractère social."),
         H("Question n° 2 – reçue le 12/06/2026"),
         P("Pouvons-nous confier le marquage des vêtements (thermocollage des noms) à un ESAT ou à une entreprise "
           "adaptée en sous-traitance ?"),
         P("Réponse : Oui, dans les conditions de droit commun : déclaration du sous-traitant (DC4), acceptation et "
           "agrément des conditions de paiement par le CH. La consultation n'est pas réservée."),
         H("Question n° 3 – reçue le 15/06/2026"),
         P("Quel est le poids du critère environnemental dans la notation ?"),
         P("Réponse : Il n'y a pas de critère environnemental. Comme l'indique l'article 6 du RC, le marché est "
           "attribué à l'offre présentant le prix le plus bas, les prestations étant intégralement définies par le "
           "CCTP."),
         H("Question n° 4 – reçue le 18/06/2026"),
         P("Faut-il fournir l'attestation URSSAF et la liste des salariés étrangers dès la candidature ?"),
         P("Réponse : Non. Ces pièces (art. D. 8222-5 et D. 8254-2 du code du travail) ne sont demandées qu'à "
           "l'attributaire pressenti, puis tous les six mois pendant l'exécution."),
         H("Question n° 5 – reçue le 20/06/2026"),
         P("Les quantités du DQE sont-elles contractuelles ?"),
         P("Réponse : Non, le DQE sert uniquement au jugement des offres ; seuls les prix unitaires du BPU sont "
           "contractuels.")],
        L(),
        "Clause d'insertion du marché précédent non reconduite ; ESAT/EA sous-traitants ; « pas réservée » ; pas "
        "de critère environnemental (prix seul) ; attestations légales.")


def d12():
    return DOC("d12_avis_attribution_proprete.txt", "AVIS",
        "Habitat du Ségala – avis d'attribution", "",
        [TITLE("AVIS D'ATTRIBUTION", "Habitat du Ségala – Office public de l'habitat"),
         P("Section 1 – Identification de l'acheteur : Habitat du Ségala, OPH, 14 avenue de la Gare, 12800 "
           "Naucelle-Gare. Type : organisme de droit public – logement social."),
         P("Section 2 – Objet : nettoyage des parties communes et sortie des conteneurs de 1 260 logements sociaux "
           "(agence de Baraqueville). CPV 90911100. Division en lots : non."),
         P("Procédure : appel d'offres ouvert. Avis de marché publié le 10 octobre 2026. Nombre d'offres reçues : 6, "
           "dont 2 par voie électronique de PME."),
         P("Critères d'attribution retenus :"),
         LST(["1. Prix des prestations : 50",
              "2. Valeur technique (méthodologie, fréquences, contrôle) : 40",
              "3. Qualité de l'emploi des agents affectés au contrat (part des heures effectuées en journée, "
              "limitation du temps partiel subi, plan de formation) : 10"]),
         P("Marché réservé : non."),
         P("Section 5 – Attribution : date de conclusion du marché : 19 janvier 2027. Titulaire : SAS Propreté "
           "Rouergue Services, 12000 Rodez-Bourran. Le titulaire est une PME : oui. Sous-traitance envisagée : non."),
         P("Section 6 – Procédures de recours : tribunal administratif de Toulouse.")],
        L(critere_social=1, allotissement=0,
          evidence=["Division en lots : non.",
                    "Qualité de l'emploi des agents affectés au contrat (part des heures effectuées en journée, limitation du temps partiel subi, plan de formation) : 10"]),
        "Avis d'attribution : critère « qualité de l'emploi des agents » (social, 10) ; objet logements sociaux ; "
        "« Marché réservé : non ».")


def d13():
    return DOC("d13_rc_sel.pdf", "RC",
        "Département du Val-de-Sèvre – RC – Fourniture de sel de déneigement",
        "Direction des routes – consultation 2027-DR-011 – RC",
        [TITLE("DÉPARTEMENT DU VAL-DE-SÈVRE", "Règlement de la consultation",
               "Fourniture et livraison de sel de déneigement – hivers 2027-2028 à 2029-2030",
               "Appel d'offres ouvert – articles R. 2124-2 et R. 2161-2 à R. 2161-5 du CCP"),
         AR("Objet et forme du marché",
            "La consultation porte sur la fourniture et la livraison en vrac de sel routier conforme à la norme NF P "
            "98-180 dans les centres d'exploitation du Département. Elle est divisée en 2 lots géographiques (lot 1 "
            "secteur Nord, lot 2 secteur Sud).",
            "Chaque lot donne lieu à un accord-cadre mono-attributaire exécuté par bons de commande, sans minimum. Le "
            "montant maximum est fixé à 350~000~€ HT par an pour l'ensemble des deux lots ; l'accord-cadre est conclu "
            "pour un an, reconductible deux fois, soit 1~050~000~€ HT sur trois ans."),
         AR("Achats responsables",
            "Le Département s'est doté d'un schéma de promotion des achats socialement et écologiquement responsables "
            "(SPASER) adopté le 12 décembre 2024, qui prévoit le recours aux clauses sociales et environnementales "
            "lorsque l'objet du marché s'y prête. Au regard de la nature du besoin (fourniture standardisée livrée en "
            "vrac, sans main-d'oeuvre sur site), la présente consultation ne comporte ni condition d'exécution à "
            "caractère social ou environnemental, ni critère d'attribution de cette nature."),
         AR("Contenu du dossier de candidature",
            "DC1, DC2 ou DUME ; déclaration concernant le chiffre d'affaires des trois derniers exercices ; liste des "
            "principales livraisons effectuées au cours des trois dernières années ; capacités de stockage "
            "disponibles dans un rayon de 150 km."),
         AR("Critères de sélection des candidatures",
            "Sont éliminées les candidatures qui ne présentent pas des garanties suffisantes. Les critères de sélection "
            "sont : la capacité de stockage (au moins 5 000 tonnes) et la capacité de livraison en moins de 48 heures "
            "en période de crise."),
         AR("Jugement des offres",
            "Le marché est attribué au candidat ayant remis l'offre économiquement la plus avantageuse appréciée sur "
            "le seul critère du prix, calculé à partir du détail quantitatif estimatif (DQE) non contractuel.",
            "Les offres anormalement basses sont traitées conformément aux articles R. 2152-3 et suivants du CCP."),
         AR("Conditions d'envoi",
            "Les plis sont remis par voie électronique sur le profil d'acheteur avant le 26 mai 2027 à 16 h. La "
            "signature électronique n'est exigée qu'au stade de l'attribution.")],
        L(allotissement=1, nb_lots=2, montant_max_ht=1050000,
          evidence=["Elle est divisée en 2 lots géographiques", "soit 1 050 000 € HT sur trois ans"]),
        "Politique d'achat (SPASER) suivie d'une absence explicite de clauses et de critères ; critères de "
        "sélection des candidatures ; prix seul ; maximum 350 000 € x 3 ans.", hyphen=True)


def d14():
    return DOC("d14_cctp_conduite.pdf", "CCTP",
        "SIAEP des Trois-Rivières – CCTP – Renouvellement de la conduite RD 9",
        "CCTP – Opération 2027-AEP-02 – page technique",
        [TITLE("SIAEP DES TROIS-RIVIÈRES",
               "Cahier des clauses techniques particulières",
               "Réhabilitation et renouvellement de la conduite d'adduction d'eau potable DN 150 – RD 9"),
         AR("Objet",
            "Les travaux portent sur la réhabilitation de 1 850 m de conduite fonte DN 150 posée en 1964 entre le "
            "réservoir de la Croix-Haute et le carrefour des Quatre-Vents, et sur la reprise de 46 branchements."),
         AR("Techniques retenues",
            "Section A (840 m, accotement) : réhabilitation sans tranchée par insertion d'une conduite PEHD PE100 "
            "DN 125 SDR 11 dans la conduite existante (tubage). Les tubes sont soudés bout à bout et tirés par treuil "
            "depuis des fosses d'insertion espacées de 150 m au plus.",
            "Section B (610 m, chaussée) : remplacement par éclatement de la conduite existante et insertion "
            "simultanée d'une conduite PEHD DN 160.",
            "Section C (400 m) : pose en tranchée ouverte d'une conduite fonte ductile DN 150 à joints verrouillés."),
         AR("Environnement du chantier",
            "La RD 9 supporte un trafic de 6 800 véhicules par jour. L'environnement immédiat comprend une zone "
            "commerciale, une école élémentaire et un arrêt de car scolaire : la circulation est maintenue par "
            "alternat. Les accès riverains sont maintenus en permanence."),
         AR("Fosses d'insertion",
            "Les fosses sont blindées des 1,30 m de profondeur. Leur emprise est balisée et protégée la nuit. Le "
            "remblaiement est réalisé en matériaux d'apport GNT 0/31,5 compactés par couches de 30 cm, avec contrôle "
            "au pénétromètre."),
         AR("Branchements",
            "Chaque branchement est repris par un collier de prise en charge électrosoudable et un tube PEHD DN 25 "
            "jusqu'au regard de comptage existant. Les coupures d'eau sont annoncées aux abonnés 48 heures à l'avance "
            "et ne dépassent pas quatre heures."),
         AR("Essais, désinfection et mise en service",
            "Épreuve hydraulique à 10 bars pendant deux heures, désinfection par chloration, rinçage et prélèvement "
            "pour analyse bactériologique par un laboratoire agréé avant toute remise en service."),
         AR("Récolement",
            "Le titulaire remet les plans de récolement géoréférencés (classe A) au format DWG et PDF dans le mois "
            "suivant la réception.")],
        L(),
        "CCTP réseau d'eau (objet eau), « insertion » d'une conduite (tubage, éclatement), « environnement du "
        "chantier » au sens du contexte ; aucune exigence environnementale.", cols=2, hyphen=True)


def d15():
    return DOC("d15_ccap_biodechets.pdf", "CCAP",
        "Syndicat mixte Valor'Causses – CCAP – Collecte des biodéchets des gros producteurs",
        "Accord-cadre 2027-BIO-01 – CCAP",
        [TITLE("SYNDICAT MIXTE VALOR'CAUSSES", "Cahier des clauses administratives particulières",
               "Accord-cadre de collecte des biodéchets des gros producteurs et des établissements scolaires"),
         AR("Objet",
            "Collecte en porte-à-porte des biodéchets des cantines, restaurants, EHPAD et marchés forains, lavage des "
            "bacs et transport vers la plateforme de méthanisation de Séverac-le-Vieux."),
         AR("Forme et montant",
            "Accord-cadre à bons de commande mono-attributaire conclu pour quatre ans, sans minimum, avec un montant "
            "maximum de 2~600~000~€ HT sur la durée totale de l'accord-cadre."),
         AR("Véhicules affectés",
            "Les bennes affectées à la collecte fonctionnent au bioGNV ou à l'électricité. Pendant les six premiers "
            "mois, et dans l'attente de la livraison des véhicules, une motorisation diesel Euro VI-E est tolérée."),
         AR("Personnes en parcours d'insertion",
            "Au moins 5 % des heures de travail des équipages sont effectuées par des personnes en parcours "
            "d'insertion : demandeurs d'emploi de longue durée, bénéficiaires du RSA, jeunes sans qualification, "
            "personnes orientées par le PLIE Causses-Aubrac. Le titulaire adresse chaque trimestre au facilitateur du "
            "PLIE un relevé nominatif des heures réalisées."),
         AR("Obligations sociales légales",
            "Le titulaire remet tous les six mois l'attestation de vigilance (art. D. 8222-5 du code du travail) et la "
            "liste nominative des salariés étrangers soumis à autorisation de travail."),
         AR("Traçabilité",
            "Chaque levée est enregistrée par lecture de la puce du bac ; le tonnage est pesé à l'entrée de la "
            "plateforme. Un rapport mensuel indique les tonnages par producteur et les refus de collecte."),
         AR("Pénalités",
            ["oubli de collecte non rattrapé sous 24 h : 150 € par producteur ;",
             "utilisation d'un véhicule non conforme à l'article 3 au-delà du sixième mois : 500 € par jour ;",
             "heures réservées non effectuées : 40 € par heure manquante ;",
             "retard de remise du rapport mensuel : 50 € par jour."]),
         AR("Règlement", "Paiement mensuel à 30 jours. Tribunal administratif de Toulouse.")],
        L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, montant_max_ht=2600000,
          evidence=["Les bennes affectées à la collecte fonctionnent au bioGNV ou à l'électricité",
                    "Au moins 5 % des heures de travail des équipages sont effectuées par des personnes en parcours d'insertion",
                    "montant maximum de 2 600 000 € HT sur la durée totale"]),
        "Objet déchets (non compté) mais véhicules bioGNV/électriques exigés ; 5 % des heures en insertion (sans "
        "nombre d'heures) ; rappel légal D. 8222-5 ; maximum 2,6 M€.", cols=2)


def d16():
    return DOC("d16_cadre_memoire_tma.docx", "CADRE",
        "CHU de Montclar – Cadre de réponse technique – TMA du dossier patient informatisé",
        "DSN – Consultation 2027-DSN-04 – cadre de mémoire technique",
        [TITLE("CHU DE MONTCLAR", "Cadre de réponse technique (mémoire)",
               "Tierce maintenance applicative du dossier patient informatisé (DPI)"),
         P("Le candidat renseigne le présent cadre sans en modifier la structure. Les réponses hors cadre ne sont pas "
           "examinées. Les rubriques 1 à 4 sont notées au titre du critère « valeur technique » (50 %) défini à "
           "l'article 7 du RC ; le prix compte pour 50 %."),
         H("1. Compréhension de l'environnement technique du CHU (sous-critère 1 – 15 %)"),
         P("Décrire votre compréhension de l'environnement technique : serveurs applicatifs, bases Oracle, "
           "interfaces HL7 avec le laboratoire et la pharmacie, environnement de recette, environnement de "
           "préproduction et environnement de production."),
         H("2. Méthodologie de maintenance (sous-critère 2 – 20 %)"),
         P("Décrire le processus de prise en charge des anomalies (qualification, délais, escalade), la gestion des "
           "versions, l'outillage de tickets et les indicateurs de suivi proposés."),
         H("3. Équipe affectée (sous-critère 3 – 10 %)"),
         P("Présenter l'organigramme, les profils (CV anonymisés) et le dispositif de remplacement en cas d'absence."),
         H("4. Réversibilité (sous-critère 4 – 5 %)"),
         P("Décrire le plan de réversibilité en fin de marché et le transfert de connaissances."),
         H("5. Informations complémentaires – non notées"),
         P("Le candidat peut, s'il le souhaite, présenter en une page la politique RSE de son entreprise (égalité "
           "professionnelle, handicap, empreinte numérique). Cette rubrique est facultative ; elle n'est pas prise en "
           "compte dans la notation et n'engage pas le titulaire."),
         RTAB([["Rubrique", "Sous-critère", "Pondération"],
               ["1. Environnement technique", "compréhension", "15 %"],
               ["2. Méthodologie", "processus de maintenance", "20 %"],
               ["3. Équipe", "moyens humains", "10 %"],
               ["4. Réversibilité", "plan de réversibilité", "5 %"],
               ["5. RSE", "non noté", "0 %"]], widths=[2, 2, 1], align="llr")],
        L(),
        "Cadre de mémoire : « environnement » au sens informatique ; rubrique RSE facultative et non notée.")


def d17():
    box = "[  ]"
    return DOC("d17_dc1.pdf", "FORM",
        "Modèle de lettre de candidature – DC1 – version acheteur",
        "Formulaire à compléter par le candidat – ne pas modifier",
        [TITLE("LETTRE DE CANDIDATURE", "Habilitation du mandataire par ses co-traitants (DC1)",
               "Syndicat mixte du Pays des Abers – modèle joint au DCE"),
         H("A – Identification de l'acheteur"),
         P("Syndicat mixte du Pays des Abers, 3 place de l'Église, 29870 Landéda-Bourg."),
         H("B – Objet de la consultation"),
         P("Objet : ........................................................................................"),
         P("Cette candidature est présentée : " + box + " pour le marché public ; " + box + " pour le lot n° ........"),
         H("C – Identification du candidat"),
         P(box + " Le candidat se présente seul : nom commercial, dénomination sociale, adresse, SIRET ..................."),
         P(box + " Le candidat est un groupement d'entreprises : " + box + " conjoint " + box + " solidaire"),
         H("D – Marchés réservés (à renseigner uniquement si l'acheteur a réservé le marché ou le lot)"),
         P(box + " Le candidat est une entreprise adaptée, un établissement et service d'aide par le travail ou une "
           "structure équivalente (article L. 2113-12 du code de la commande publique)."),
         P(box + " Le candidat est une structure d'insertion par l'activité économique ou une structure équivalente "
           "(article L. 2113-13 du code de la commande publique)."),
         P(box + " Le candidat est une entreprise de l'économie sociale et solidaire (article L. 2113-15)."),
         H("E – Déclarations sur l'honneur"),
         P("Le candidat individuel, ou chaque membre du groupement, déclare sur l'honneur :"),
         LST(["n'entrer dans aucun des cas mentionnés aux articles L. 2141-1 à L. 2141-5 ou L. 2141-7 à L. 2141-10 du "
              "code de la commande publique ;",
              "être en règle au regard des articles L. 5212-1 à L. 5212-11 du code du travail concernant l'emploi des "
              "travailleurs handicapés ;",
              "ne pas avoir fait l'objet, depuis moins de cinq ans, d'une condamnation pour travail dissimulé, emploi "
              "d'étrangers sans titre ou marchandage."]),
         H("F – Signature"),
         P("Nom, prénom, qualité du signataire : ..................... Date : ............ Signature : ...............")],
        L(),
        "Formulaire vierge DC1 citant L. 2113-12, L. 2113-13, L. 2113-15 (cases non cochées) et L. 5212-1 à "
        "L. 5212-11.")


def d18():
    return DOC("d18_cctp_nettoyage.docx", "CCTP",
        "Communauté d'agglomération Val d'Ysieux – CCTP – Nettoyage des bâtiments",
        "CCTP commun aux lots 1 et 2 – consultation 2027-NET",
        [TITLE("COMMUNAUTÉ D'AGGLOMÉRATION VAL D'YSIEUX",
               "Cahier des clauses techniques particulières",
               "Nettoyage des bâtiments communautaires – lots 1 et 2"),
         AR("Champ d'application",
            "Le présent CCTP s'applique aux deux lots de la consultation : lot 1, hôtel communautaire et maison des "
            "services ; lot 2, piscines intercommunales et gymnases."),
         AR("Horaires d'intervention",
            "Hôtel communautaire : de 6 h à 9 h et de 17 h 30 à 20 h. Piscines : avant l'ouverture au public, de 5 h 30 "
            "à 8 h. Aucune intervention n'est admise pendant les créneaux scolaires sans accord du chef de bassin."),
         AR("Personnel",
            "Le titulaire reprend le personnel affecté au marché sortant dans les conditions de l'annexe 7 de la "
            "convention collective nationale des entreprises de propreté. Il désigne un chef d'équipe joignable "
            "pendant toute la durée des interventions."),
         AR("Produits et matériels",
            "Les nettoyants multi-usages, les produits pour sanitaires et les produits pour vitres utilisés pour "
            "l'entretien courant sont titulaires de l'Écolabel européen ou d'un label équivalent ; les fiches "
            "techniques et de données de sécurité sont remises avant le démarrage. Les aérosols sont proscrits. Le "
            "titulaire utilise des lavettes et franges microfibre lavables et des centrales de dilution ; les "
            "sacs-poubelle fournis contiennent au moins 50 % de plastique recyclé.",
            "Les produits de désinfection des plages de piscine, soumis à la réglementation biocide, sont agréés par "
            "l'ARS."),
         AR("Prestations et fréquences",
            "Les fréquences sont détaillées dans les tableaux annexés (annexe 1 pour le lot 1, annexe 2 pour le lot 2). "
            "Vidage des corbeilles, dépoussiérage, lavage des sols, nettoyage et désinfection des sanitaires, "
            "réapprovisionnement des consommables."),
         AR("Contrôle qualité",
            "Un contrôle contradictoire mensuel est réalisé selon la norme NF EN 13549. Une note inférieure à 80 % "
            "entraîne une réfaction de 5 % sur la facture du mois.")],
        L(clause_environnementale=1, allotissement=1, nb_lots=2,
          evidence=["s'applique aux deux lots de la consultation",
                    "sont titulaires de l'Écolabel européen ou d'un label équivalent",
                    "les sacs-poubelle fournis contiennent au moins 50 % de plastique recyclé"]),
        "Exigence Écolabel / microfibre / sacs recyclés (clause environnementale) à côté de la reprise du "
        "personnel (annexe 7) et des horaires d'intervention ; 2 lots.")


def d19():
    rows = [["Réf.", "Désignation", "Unité", "Prix unitaire HT (€)"],
            ["1.1", "Bac roulant 2 roues 120 L, cuve grise, couvercle bordeaux (ordures ménagères résiduelles)", "u", ""],
            ["1.2", "Bac roulant 2 roues 240 L, cuve grise, couvercle jaune (emballages recyclables)", "u", ""],
            ["1.3", "Bac roulant 4 roues 660 L, couvercle plat, frein sur deux roues", "u", ""],
            ["1.4", "Insertion d'une puce RFID dans le logement prévu et enregistrement de l'identifiant", "u", ""],
            ["1.5", "Marquage à chaud de l'adresse et du numéro de bac", "u", ""],
            ["1.6", "Serrure à gravité pour bac 660 L", "u", ""],
            ["1.7", "Couvercle de rechange (toutes couleurs), axe compris", "u", ""],
            ["1.8", "Livraison et mise en place à l'adresse de l'usager, enquête comprise", "u", ""],
            ["1.9", "Reprise d'un bac usagé au domicile et transport au dépôt de la CC", "u", ""]]
    return DOC("d19_bpu_bacs.pdf", "BPU",
        "Communauté de communes Terres de Brenne-Sud – BPU – Lot 1 bacs roulants",
        "Accord-cadre 2027-DEC-03 – BPU lot 1",
        [TITLE("COMMUNAUTÉ DE COMMUNES TERRES DE BRENNE-SUD", "Bordereau des prix unitaires",
               "Fourniture de contenants pour la collecte des déchets ménagers – LOT N° 1 : BACS ROULANTS"),
         P("Les prix s'entendent fournitures livrées au dépôt de Mézières-la-Brenne, emballage et transport compris, "
           "hors TVA. Les bacs sont conformes aux normes NF EN 840-1 à 840-6. Les couleurs de couvercle suivent la "
           "consigne de tri en vigueur sur le territoire."),
         RTAB(rows, widths=[0.6, 5, 0.6, 1.5], align="llcr".replace("c", "l")),
         P("Fait à ...................., le ...................  Signature et cachet du candidat :")],
        L(allotissement=1, evidence=["LOT N° 1 : BACS ROULANTS"]),
        "BPU de bacs de collecte (objet déchets) ; « insertion d'une puce RFID » ; aucune exigence imposée au "
        "titulaire au-delà du produit.")


def d20():
    return DOC("d20_avis_zac.txt", "AVIS",
        "SEM Aménagement Côte d'Opale-Sud – avis d'appel public à la concurrence", "",
        [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "SEM Aménagement Côte d'Opale-Sud"),
         P("Acheteur : SEM Aménagement Côte d'Opale-Sud, agissant en qualité de concessionnaire de la ZAC des "
           "Prés-Hauts pour le compte de la commune de Marquise-les-Dunes."),
         P("Objet : travaux de viabilisation de la tranche 2 de la ZAC des Prés-Hauts (voiries, réseaux, bassins de "
           "rétention paysagers, plantations)."),
         P("Description : création de 1 100 m de voirie, réseaux EU/EP, AEP, éclairage public, deux bassins de "
           "rétention dont l'insertion paysagère est assurée par des modelés de terrain et des plantations "
           "d'arbres tiges."),
         P("Lieu d'exécution : Marquise-les-Dunes (62). Code NUTS FRE12."),
         P("Allotissement : 2 lots. Lot 1 : terrassements, voirie, réseaux divers. Lot 2 : espaces verts et "
           "plantations."),
         P("Valeur estimée (HT) : 1 850 000 euros, dont lot 1 : 1 520 000 euros et lot 2 : 330 000 euros."),
         P("Clause sociale : non. Clause environnementale : non. Marché réservé : non."),
         P("Conditions de participation : certificats de qualification FNTP ou équivalents pour le lot 1, Qualipaysage "
           "ou équivalent pour le lot 2 ; références de moins de cinq ans ; chiffre d'affaires."),
         P("Critères d'attribution : prix 50 % ; valeur technique 50 % (méthodologie et phasage 30 %, moyens "
           "affectés 20 %)."),
         P("Procédure : procédure adaptée ouverte (art. R. 2123-1 du CCP). Date limite : 8 juin 2027, 12 h. "
           "Visite : facultative.")],
        L(allotissement=1, nb_lots=2, montant_estime_ht=1850000,
          evidence=["Allotissement : 2 lots.", "Valeur estimée (HT) : 1 850 000 euros"]),
        "Avis : « Clause sociale : non. Clause environnementale : non. Marché réservé : non. » ; insertion "
        "paysagère ; lot espaces verts (objet) ; qualifications en capacité.")


def d21():
    return DOC("d21_ae_berges.pdf", "AE",
        "Syndicat mixte du bassin de l'Auzonne – Acte d'engagement – Entretien des berges",
        "AE – Marché 2027-RIV-01",
        [TITLE("SYNDICAT MIXTE DU BASSIN DE L'AUZONNE", "ACTE D'ENGAGEMENT",
               "Entretien de la ripisylve et des berges de l'Auzonne et de ses affluents"),
         H("1 – Identification du pouvoir adjudicateur"),
         P("Syndicat mixte du bassin de l'Auzonne, Moulin de Barre, 30190 Saint-Chaptes-le-Bas. Personne habilitée à "
           "donner les renseignements prévus à l'article R. 2191-59 du CCP : le président. Comptable assignataire : "
           "trésorerie d'Uzès-Garrigues."),
         H("2 – Objet"),
         P("Travaux d'entretien de la végétation des berges : abattage sélectif, recépage, enlèvement des embâcles, "
           "fauchage des chemins de berge, sur environ 64 km de cours d'eau. Le marché ne fait pas l'objet d'un "
           "allotissement."),
         H("3 – Marché réservé"),
         P("Le présent marché est réservé aux structures d'insertion par l'activité économique mentionnées à l'article "
           "L. 5132-4 du code du travail, en application de l'article L. 2113-13 du code de la commande publique. Les "
           "groupements comprenant au moins une structure non éligible ne sont pas admis."),
         H("3 bis – Montant"),
         P("Accord-cadre à bons de commande sans minimum. Montant maximum : 60~000~€ HT par période annuelle. La "
           "première période court jusqu'au 31 décembre 2027 ; le marché est reconductible trois fois, soit un "
           "montant maximum de 240~000~€ HT sur sa durée maximale."),
         H("4 – Engagement du candidat"),
         P("Je soussigné ................................, agissant au nom et pour le compte de la structure "
           "................................ (conventionnement DDETS n° ............), m'engage à exécuter les "
           "prestations aux prix du bordereau des prix unitaires."),
         H("5 – Paiement"),
         P("Le pouvoir adjudicateur se libère des sommes dues en faisant porter le montant au crédit du compte "
           "IBAN : ........................ Délai global de paiement : 30 jours."),
         H("6 – Signatures"),
         P("Le candidat : à ......................, le .................   Le président du syndicat mixte : "
           "à ......................, le .................")],
        L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_max_ht=240000,
          evidence=["réservé aux structures d'insertion par l'activité économique",
                    "en application de l'article L. 2113-13 du code de la commande publique",
                    "ne fait pas l'objet d'un allotissement", "soit un montant maximum de 240 000 € HT"]),
        "Marché réservé SIAE (L. 2113-13) dans un AE, sans heures d'insertion ; objet rivières (non compté) ; "
        "maximum 60 000 € x 4 = 240 000 €.")


def d22():
    return DOC("d22_ccap_gaz.pdf", "CCAP",
        "Syndicat d'énergies du Pays d'Arbois – Groupement de commandes – Gaz naturel – CCAP",
        "Accord-cadre 2027-GN – CCAP",
        [TITLE("SYNDICAT D'ÉNERGIES DU PAYS D'ARBOIS",
               "Cahier des clauses administratives particulières",
               "Accord-cadre de fourniture de gaz naturel et services associés",
               "Groupement de commandes de 38 membres"),
         AR("Objet",
            "Fourniture et acheminement de gaz naturel pour les points de livraison des membres du groupement, et "
            "services associés (facturation regroupée, accès à un portail de suivi des consommations)."),
         AR("Allotissement et valeur",
            "L'accord-cadre est divisé en 2 lots : lot 1, points de livraison à profil T1 et T2 ; lot 2, points de "
            "livraison à profil T3 et T4.",
            "La valeur estimée de l'accord-cadre, tous lots confondus, est de 2~900~000~€ HT pour sa durée totale de "
            "trois ans."),
         AR("Durée",
            "L'accord-cadre est conclu du 1er janvier 2028 au 31 décembre 2030. Les marchés subséquents ont une durée "
            "d'un ou deux ans."),
         AR("Prix",
            "Le prix de la molécule est indexé sur l'indice PEG mensuel publié par Powernext. Critères de révision : "
            "la part acheminement suit les évolutions du tarif ATRD fixé par la Commission de régulation de l'énergie ; "
            "les taxes (accise sur les gaz naturels, CTA) sont répercutées à l'euro près."),
         AR("Obligations réglementaires du fournisseur",
            "Le titulaire assume seul les obligations d'économies d'énergie qui lui incombent au titre des articles "
            "L. 221-1 et suivants du code de l'énergie ; ces obligations ne donnent lieu à aucune prestation au profit "
            "des membres. Il est titulaire de l'autorisation de fourniture prévue à l'article L. 443-1 du même code."),
         AR("Continuité de fourniture",
            "En cas de défaillance, le fournisseur de dernier recours désigné par la CRE prend le relais. Aucune "
            "interruption pour impayé n'est possible sans mise en demeure adressée au coordonnateur."),
         AR("Facturation et pénalités",
            "Facture mensuelle regroupée par membre, au format dématérialisé via Chorus Pro. Retard de facturation "
            "supérieur à quinze jours : 50 € par jour et par membre. Erreur récurrente de relève non corrigée : 200 €."),
         AR("Résiliation", "Application des articles 36 à 42 du CCAG-FCS.")],
        L(allotissement=1, nb_lots=2, montant_estime_ht=2900000,
          evidence=["L'accord-cadre est divisé en 2 lots",
                    "La valeur estimée de l'accord-cadre, tous lots confondus, est de 2 900 000 € HT"]),
        "Objet énergie (gaz), obligations CEE légales du fournisseur, critères de révision des prix ; "
        "aucune exigence environnementale.", hyphen=True)


def d23():
    return DOC("d23_rc_isolation.docx", "RC",
        "Commune de Villeneuve-sur-Aulne – RC – Rénovation énergétique de l'école",
        "Consultation 2027-BAT-09 – règlement de consultation",
        [TITLE("COMMUNE DE VILLENEUVE-SUR-AULNE", "Règlement de consultation",
               "Rénovation énergétique de l'école élémentaire Paul-Bert – travaux – MAPA"),
         AR("Objet",
            "Isolation thermique par l'extérieur des façades, remplacement des menuiseries extérieures, installation "
            "d'une ventilation double flux. L'opération est financée par le Fonds vert et par la valorisation de "
            "certificats d'économies d'énergie."),
         AR("Allotissement",
            "Les travaux sont répartis en 3 lots : lot 1 isolation thermique par l'extérieur – ravalement ; lot 2 "
            "menuiseries extérieures ; lot 3 ventilation – électricité."),
         AR("Conditions de participation",
            "Pour les lots 1 et 2, le candidat justifie de la qualification RGE (Qualibat 7131, 3511 ou équivalent) en "
            "cours de validité, condition de l'éligibilité de l'opération aux aides. Cette qualification est "
            "appréciée au stade des candidatures ; son absence entraîne l'élimination de la candidature.",
            "Critères de sélection des candidatures : qualification professionnelle, références de travaux similaires "
            "en site occupé, effectifs."),
         AR("Jugement des offres",
            "Chaque lot est attribué séparément. Critères : prix des prestations 60 % ; valeur technique 40 %, "
            "répartie en méthodologie et phasage en site occupé (20 %), moyens humains et matériels affectés (10 %), "
            "planning détaillé (10 %).",
            "La valeur technique est appréciée au vu du mémoire technique, limité à dix pages par lot."),
         AR("Visite", "Visite facultative les mercredis 14 et 21 avril 2027 ; s'adresser aux services techniques."),
         AR("Date limite", "Les offres sont remises au plus tard le 5 mai 2027 à 12 h.")],
        L(allotissement=1, nb_lots=3, evidence=["Les travaux sont répartis en 3 lots"]),
        "Objet rénovation énergétique ; RGE exigé en candidature ; critères de sélection ; critères "
        "d'attribution sans volet environnemental.")


def d24():
    return DOC("d24_rc_moe.docx", "RC",
        "Commune nouvelle de Val-de-Brenne – RC – Maîtrise d'oeuvre du groupe scolaire",
        "MOE 2027-01 – règlement de la consultation",
        [TITLE("COMMUNE NOUVELLE DE VAL-DE-BRENNE", "Règlement de la consultation",
               "Marché de maîtrise d'oeuvre – construction d'un groupe scolaire de 10 classes",
               "Procédure adaptée restreinte (art. R. 2123-1 et R. 2172-1 du CCP)"),
         AR("Objet",
            "Mission de base (ESQ à AOR) au sens de l'article R. 2431-4 du CCP, complétée des missions OPC et SSI. "
            "L'enveloppe financière affectée aux travaux par le maître d'ouvrage est de 3~200~000~€ HT (valeur "
            "janvier 2027).",
            "Le marché n'est pas alloti, la mission de maîtrise d'oeuvre étant indissociable."),
         AR("Composition de l'équipe",
            "Le mandataire de l'équipe est obligatoirement un architecte inscrit à l'Ordre (loi n° 77-2 du 3 janvier "
            "1977, article 3) : la mission de conception architecturale est réservée à la profession d'architecte. "
            "L'équipe comprend au minimum des compétences en structure, fluides, thermique et économie de la "
            "construction."),
         AR("Sélection des candidatures",
            "Trois candidats au plus sont admis à présenter une offre. Critères de sélection : qualité des références "
            "en équipements scolaires (40 %), références en constructions HQE ou labellisées bas carbone (30 %), "
            "moyens et composition de l'équipe (30 %)."),
         AR("Critères d'attribution",
            "Valeur technique : 60 points, dont compréhension du programme et des contraintes du site (20), "
            "méthodologie et organisation de l'équipe (25), démarche bas carbone et réemploi des matériaux proposée "
            "pour l'opération (15). Prix (taux de rémunération et forfait des missions complémentaires) : 40 points."),
         AR("Négociation",
            "La commune se réserve la possibilité de négocier avec les trois candidats. Une audition peut être "
            "organisée."),
         AR("Indemnité", "Aucune prime n'est versée, aucune prestation de niveau esquisse n'étant demandée.")],
        L(critere_environnemental=1, allotissement=0,
          evidence=["Le marché n'est pas alloti",
                    "démarche bas carbone et réemploi des matériaux proposée pour l'opération (15)"]),
        "Critère environnemental (démarche bas carbone, 15 points) ; pièges : « réservée à la profession "
        "d'architecte », références HQE en sélection, enveloppe travaux (ni estimation ni maximum du marché).")


def d25():
    return DOC("d25_cctp_accompagnement.txt", "CCTP",
        "Département de Saône-et-Grosne – CCTP – Accompagnement socioprofessionnel", "",
        [TITLE("DÉPARTEMENT DE SAÔNE-ET-GROSNE – Direction de l'insertion et de l'emploi",
               "CCTP – Accompagnement socioprofessionnel des bénéficiaires du RSA (4 lots territoriaux)"),
         H("1. Contexte"),
         P("Le Département, chef de file de l'insertion, compte 9 400 foyers allocataires du RSA. Son programme "
           "départemental d'insertion 2026-2030 fixe un objectif de retour à l'emploi des publics éloignés de "
           "l'emploi, en lien avec France Travail, les PLIE et les structures d'insertion par l'activité "
           "économique du territoire."),
         H("2. Objet et lots"),
         P("Le marché porte sur l'accompagnement socioprofessionnel renforcé de 1 200 bénéficiaires par an. Il est "
           "divisé en 4 lots : lot 1 Chalon-Nord ; lot 2 Bresse ; lot 3 Tournugeois ; lot 4 Clunisois."),
         P("Les prestations relèvent des services sociaux et autres services spécifiques (art. R. 2123-1 3° du CCP). "
           "Le marché n'est pas réservé au titre de l'article L. 2113-15 du code de la commande publique."),
         H("3. Contenu de l'accompagnement"),
         P("Diagnostic partagé dans le mois suivant l'orientation ; au moins deux entretiens individuels par mois ; "
           "ateliers collectifs (techniques de recherche d'emploi, mobilité, numérique) ; immersions en entreprise "
           "(PMSMP) ; mise en relation avec les chantiers d'insertion et les entreprises qui portent des clauses "
           "sociales dans les marchés publics du territoire."),
         H("4. Durée des parcours"),
         P("Douze mois renouvelables une fois. Le prestataire signale sans délai toute reprise d'emploi, entrée en "
           "formation ou rupture de parcours."),
         H("5. Indicateurs"),
         P("Taux de sorties positives (emploi durable, emploi de transition, formation qualifiante) ; nombre d'heures "
           "de travail réalisées par les personnes accompagnées dans le cadre des clauses d'insertion des marchés de "
           "travaux du territoire, à titre statistique."),
         H("6. Personnel du prestataire"),
         P("Les conseillers justifient d'une qualification de niveau 5 au moins dans le champ de l'insertion "
           "professionnelle. Chaque conseiller suit 70 personnes au plus.")],
        L(allotissement=1, nb_lots=4, evidence=["divisé en 4 lots"]),
        "Objet = services d'insertion (pas une clause) ; « n'est pas réservé au titre de l'article L. 2113-15 » ; "
        "heures de clauses d'autres marchés comme indicateur statistique ; 4 lots.")


def d26():
    return DOC("d26_ccap_habillement.pdf", "CCAP",
        "SDIS des Hautes-Combes – CCAP – Effets d'habillement",
        "Accord-cadre 2027-HAB – CCAP – version du 02/02/2027",
        [TITLE("SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DES HAUTES-COMBES",
               "Cahier des clauses administratives particulières",
               "Fourniture d'effets d'habillement et d'équipements de protection individuelle"),
         AR("Objet et lots",
            "L'accord-cadre est alloti comme suit : lot 1, tenues de service et d'intervention ; lot 2, vestes de "
            "protection textile ; lot 3, chaussures et rangers ; lot 4, gants et cagoules."),
         AR("Montants maximums",
            "Les montants maximums, pour la durée totale de quatre ans, sont de 300~000~€ HT (lot 1), 120~000~€ HT "
            "(lot 2), 80~000~€ HT (lot 3) et 50~000~€ HT (lot 4), soit au total 550~000~€ HT."),
         AR("Conformité des produits",
            "Les articles sont conformes aux normes NF EN 469, NF EN 15090 et NF EN 659 selon le lot, et à l'arrêté "
            "du 8 avril 2015 fixant les tenues des sapeurs-pompiers."),
         AR("Conditions de fabrication",
            "Le titulaire garantit que les articles livrés sont fabriqués dans le respect des conventions "
            "fondamentales de l'Organisation internationale du travail, notamment en matière de travail forcé, de "
            "travail des enfants, de liberté syndicale et de non-discrimination. Il communique dans le mois suivant la "
            "notification la liste des sites de confection (pays, ville, raison sociale) et, sur demande du SDIS, les "
            "rapports d'audit social de moins de deux ans couvrant ces sites. Tout changement de site est déclaré "
            "préalablement."),
         AR("Obligations légales",
            "Le titulaire produit l'attestation de vigilance et, le cas échéant, la liste des salariés étrangers, dans "
            "les conditions des articles D. 8222-5 et D. 8254-2 du code du travail."),
         AR("Prix",
            "Les prix sont fermes la première année puis révisés annuellement. Critères de révision : indice des prix "
            "de production de l'industrie française « fabrication de vêtements de travail » (identifiant INSEE "
            "010534xxx), part fixe 15 %."),
         AR("Pénalités",
            "Retard de livraison : 1/1000e du montant du bon de commande par jour. Absence de communication de la liste "
            "des sites de confection dans le délai prévu : 300 € par semaine de retard.")],
        L(clause_sociale=1, allotissement=1, nb_lots=4, montant_max_ht=550000,
          evidence=["L'accord-cadre est alloti comme suit", "lot 4, gants et cagoules",
                    "fabriqués dans le respect des conventions fondamentales de l'Organisation internationale du travail",
                    "soit au total 550 000 € HT"]),
        "Clause sociale de traçabilité (conventions fondamentales de l'OIT, audits), sans insertion ; rappel légal "
        "D. 8222-5 ; critères de révision ; maximum 550 000 € (4 lots).", hyphen=True)


def d27():
    rows = [["N°", "Désignation", "U", "Qté", "PU HT", "Total HT"],
            ["05.1", "Bloc-porte isoplane âme pleine 0,93 x 2,04, huisserie bois – ateliers", "u", "14", "", ""],
            ["05.2", "Bloc-porte va-et-vient double, oculus – atelier de conditionnement de l'ESAT", "u", "2", "", ""],
            ["05.3", "Bloc-porte sanitaire accessible PMR, passage utile 0,90 m, barre de tirage", "u", "6", "", ""],
            ["05.4", "Placards coulissants vestiaires des travailleurs de l'ESAT", "ens", "1", "", ""],
            ["05.5", "Plinthes bois médium 70 mm, peintes", "ml", "420", "", ""],
            ["05.6", "Habillage bois de la banque d'accueil, plan PMR à 0,80 m", "ens", "1", "", ""],
            ["05.7", "Signalétique de porte contrastée (repérage malvoyants)", "u", "38", "", ""],
            ["", "TOTAL LOT 05 HT", "", "", "", ""],
            ["", "TVA 20 %", "", "", "", ""],
            ["", "TOTAL TTC", "", "", "", ""]]
    return DOC("d27_dpgf_lot05.pdf", "DPGF",
        "EPSMS du Haut-Vivarais – Restructuration de l'ESAT Les Ateliers du Plateau – DPGF",
        "DPGF LOT N° 05 – Menuiseries intérieures bois – phase DCE",
        [TITLE("EPSMS DU HAUT-VIVARAIS",
               "Décomposition du prix global et forfaitaire",
               "Restructuration et extension de l'ESAT Les Ateliers du Plateau",
               "LOT N° 05 – MENUISERIES INTÉRIEURES BOIS"),
         P("Le candidat complète les colonnes prix unitaire et total. Les quantités sont données à titre indicatif ; "
           "il appartient à l'entreprise de les vérifier, le prix global restant forfaitaire. Les ouvrages sont "
           "décrits au CCTP du lot 05."),
         RTAB(rows, widths=[0.6, 4.6, 0.5, 0.5, 0.9, 1.0], align="lllrrr"),
         P("Cachet et signature de l'entreprise :")],
        L(allotissement=1, evidence=["LOT N° 05 – MENUISERIES INTÉRIEURES BOIS"]),
        "DPGF d'un bâtiment d'ESAT (objet) ; portes PMR réglementaires ; aucune réservation ni clause.")


def d28():
    return DOC("d28_qr_place.docx", "QR",
        "Ville de Sarlières – Aménagement de la place du Marché – Questions des candidats",
        "Consultation 2027-T-04 – réponses aux questions – 3 lots",
        [TITLE("VILLE DE SARLIÈRES", "Réponses aux questions des candidats",
               "Aménagement de la place du Marché et des rues adjacentes – 3 lots"),
         P("Les réponses ci-dessous sont communiquées à l'ensemble des candidats ayant retiré le dossier. Rappel : la "
           "consultation comprend trois lots (lot 1 VRD – revêtements ; lot 2 éclairage public ; lot 3 mobilier "
           "urbain – plantations)."),
         H("Q1 – L'article 9 du CCAP prévoit une action d'insertion : quel volume pour le lot 1 ?"),
         P("R1 – Le titulaire du lot 1 réalisera au minimum 350 heures de travail au bénéfice de personnes éloignées "
           "de l'emploi, selon les modalités de l'article 9 du CCAP (embauche directe, mise à disposition, "
           "sous-traitance). Les lots 2 et 3 ne sont pas concernés."),
         H("Q2 – Un apprenti déjà présent dans l'entreprise compte-t-il ?"),
         P("R2 – Non, sauf si son contrat a été signé pour l'exécution du marché et après validation par le "
           "facilitateur de la communauté d'agglomération."),
         H("Q3 – Le lot 3 peut-il être sous-traité à un ESAT pour la pose du mobilier ?"),
         P("R3 – Oui, aux conditions habituelles de la sous-traitance (DC4). La consultation n'est pas réservée."),
         H("Q4 – Le granit des bordures doit-il être d'origine française ?"),
         P("R4 – Le CCTP n'impose pas d'origine ; il fixe seulement les caractéristiques techniques (NF EN 1343)."),
         H("Q5 – La visite est-elle obligatoire ?"),
         P("R5 – Non, elle est conseillée. Le site est librement accessible.")],
        L(clause_sociale=1, clause_insertion=1, heures_insertion=350, allotissement=1, nb_lots=3,
          evidence=["la consultation comprend trois lots",
                    "Le titulaire du lot 1 réalisera au minimum 350 heures de travail au bénéfice de personnes éloignées de l'emploi"]),
        "Registre Q/R qui fixe l'insertion (350 h, lot 1) ; ESAT sous-traitant et « n'est pas réservée » à côté ; "
        "3 lots.")


def d29():
    return DOC("d29_avis_restauration.txt", "AVIS",
        "Centre hospitalier de Pont-Aven-les-Landes – avis de marché", "",
        [TITLE("AVIS DE MARCHÉ", "Centre hospitalier de Pont-Aven-les-Landes"),
         P("Nom et adresse officiels : Centre hospitalier de Pont-Aven-les-Landes, direction des achats, 1 rue de "
           "l'Hôpital, 29930 Pont-Aven-les-Landes."),
         P("Objet du marché : exploitation du self du personnel et de la cafétéria de l'hôpital (préparation sur "
           "place, service, entretien des locaux de restauration)."),
         P("Type de marché : services. CPV : 55510000. Division en lots : non."),
         P("Valeur estimée hors TVA : 1 600 000 EUR pour la durée totale (quatre ans)."),
         P("Informations complémentaires sur le personnel : les sept salariés du prestataire sortant affectés au "
           "self seront repris par le titulaire en application de l'article L. 1224-1 du code du travail et de "
           "l'avenant n° 3 de la convention collective de la restauration collective. La liste figure au DCE."),
         P("Conditions de participation : déclaration concernant le chiffre d'affaires ; liste des principaux services "
           "de restauration collective exécutés au cours des trois dernières années ; agrément sanitaire."),
         P("Marché réservé : non."),
         P("Criteres d'attribution : qualité gustative et variété des menus (dégustation) 35 % ; organisation du "
           "service et moyens humains 25 % ; prix 40 %."),
         P("Procédure : ouverte. Date limite de réception des offres : 30 avril 2027 à 12 h. Une visite des "
           "installations est obligatoire.")],
        L(allotissement=0, montant_estime_ht=1600000,
          evidence=["Division en lots : non.", "Valeur estimée hors TVA : 1 600 000 EUR"]),
        "Reprise du personnel (L. 1224-1, convention collective) ; « Marché réservé : non » ; critères sans "
        "volet social ni environnemental.")


def d30():
    return DOC("d30_cctp_rd.pdf", "CCTP",
        "Département du Haut-Quercy – Direction des routes – CCTP – RD 820",
        "CCTP – Renforcement de la RD 820 (PR 12+300 à PR 15+100)",
        [TITLE("DÉPARTEMENT DU HAUT-QUERCY",
               "Cahier des clauses techniques particulières",
               "Renforcement de chaussée et aménagement d'un carrefour giratoire – RD 820"),
         AR("Consistance des travaux",
            "Rabotage de 3 cm, reprofilage en grave-bitume, couche de roulement en BBSG 0/10 sur 2 800 m, création "
            "d'un giratoire de 28 m de rayon extérieur au carrefour de la Bastide."),
         AR("Insertion du giratoire",
            "L'îlot central reçoit un aménagement minéral et des plantations basses, afin d'assurer l'insertion de "
            "l'ouvrage dans le paysage du causse ; aucune saillie n'est admise dans la bande franchissable."),
         AR("Matériaux – enrobés",
            "Les enrobés de la couche de roulement et de la grave-bitume intègrent au moins 20 % d'agrégats "
            "d'enrobés recyclés, dont l'origine et l'homogénéité sont justifiées dans l'étude de formulation. Les "
            "fraisats issus du rabotage sont recyclés en centrale ou réemployés sur le chantier."),
         AR("Déblais et déchets",
            "Les déblais non réutilisés sont orientés vers une installation de valorisation autorisée. Le titulaire "
            "trie sur le chantier les déchets d'emballages, les métaux et les déchets dangereux et remet au maître "
            "d'oeuvre les bordereaux de suivi et un bilan des quantités valorisées à la réception."),
         AR("Environnement du chantier",
            "Le chantier se déroule sous circulation alternée par feux ; la RD 820 est un itinéraire de convoi "
            "exceptionnel. Le titulaire prend en compte l'environnement routier (accès agricoles, carrière voisine) "
            "dans son plan de signalisation."),
         AR("Plan de prévention et sécurité",
            "Un plan particulier de sécurité et de protection de la santé (PPSPS) est remis au coordonnateur avant le "
            "démarrage. Les intervenants portent les EPI de classe 3."),
         AR("Contrôles",
            "Contrôle extérieur : compacité au gammadensimètre, épaisseurs par carottage tous les 200 m, uni au "
            "profilomètre.")],
        L(clause_environnementale=1,
          evidence=["intègrent au moins 20 % d'agrégats d'enrobés recyclés",
                    "Les déblais non réutilisés sont orientés vers une installation de valorisation autorisée."]),
        "Clause environnementale (agrégats recyclés, valorisation des déblais, tri) à côté de l'« insertion » "
        "paysagère, de l'« environnement » routier et du PPSPS.", cols=2, hyphen=True)


def d31():
    return DOC("d31_ccap_assurances.docx", "CCAP",
        "Commune de Sainte-Marthe-du-Lac – CCAP – Prestations d'assurances",
        "Marché d'assurances 2028-2031 – CCAP",
        [TITLE("COMMUNE DE SAINTE-MARTHE-DU-LAC", "Cahier des clauses administratives particulières",
               "Prestations de services d'assurances – appel d'offres ouvert"),
         AR("Objet et lots",
            "Le marché comporte 5 lots : lot 1 dommages aux biens ; lot 2 responsabilité civile et risques annexes ; "
            "lot 3 flotte automobile ; lot 4 protection juridique des agents et des élus ; lot 5 risques statutaires."),
         AR("Étendue des garanties du lot 2",
            "La garantie responsabilité civile couvre les atteintes à l'environnement, accidentelles ou graduelles, "
            "ainsi que la responsabilité environnementale de la commune au sens de la loi n° 2008-757 du 1er août "
            "2008, pour les ouvrages d'assainissement, la station d'épuration et les espaces naturels communaux. "
            "Plafond : 1 500 000 € par sinistre."),
         AR("Risques statutaires (lot 5)",
            "Le lot 5 couvre les obligations de la commune envers ses agents affiliés à la CNRACL (maladie ordinaire, "
            "accident de service, longue maladie) selon les franchises indiquées au CCTP."),
         AR("Durée – résiliation",
            "Le marché est conclu pour quatre ans à compter du 1er janvier 2028. Chaque partie peut le résilier a "
            "l'échéance annuelle moyennant un préavis de quatre mois pour l'assureur et deux mois pour la commune."),
         AR("Révision des cotisations",
            "Les cotisations sont révisables à chaque échéance. Critères de révision : évolution de l'indice FFB pour "
            "le lot 1, de la masse salariale pour les lots 2 et 5, du parc pour le lot 3. Aucune majoration liée à "
            "la sinistralité n'est possible avant le 1er janvier 2030."),
         AR("Clause de réexamen",
            "Conformément à l'article R. 2194-1 du CCP, en cas d'évolution législative modifiant l'étendue des "
            "garanties obligatoires, les parties engagent une renégociation ; à défaut d'accord, la commune peut "
            "résilier sans indemnité."),
         AR("Gestion des sinistres",
            "L'assureur désigne un interlocuteur unique et communique chaque semestre un état de la sinistralité par "
            "lot.")],
        L(allotissement=1, nb_lots=5, evidence=["Le marché comporte 5 lots"]),
        "Assurances : « atteintes à l'environnement », « responsabilité environnementale » (garanties), risques "
        "statutaires des agents, critères de révision, clause de réexamen ; 5 lots.")


def d32():
    return DOC("d32_rc_gymnase.pdf", "RC",
        "Ville de Sablons-sur-Isle – RC – Construction du gymnase des Écluses",
        "Consultation 2027-GYM – règlement de la consultation",
        [TITLE("VILLE DE SABLONS-SUR-ISLE", "Règlement de la consultation",
               "Construction d'un gymnase de type C au quartier des Écluses",
               "Procédure adaptée – articles L. 2123-1 et R. 2123-1 du CCP"),
         AR("Objet – décomposition",
            "Les travaux sont décomposés en 5 lots : 01 terrassement – gros oeuvre ; 02 charpente bois – bardage ; "
            "03 couverture – étanchéité ; 04 menuiseries – serrurerie ; 05 sols sportifs – équipements.",
            "Le montant prévisionnel des travaux, tous lots confondus, est estimé à 1~240~000~€ HT."),
         AR("Candidature",
            "Critères de sélection des candidatures : capacités professionnelles (qualifications, certificats), "
            "capacités techniques (références, effectifs) et capacités financières. Les critères de révision des prix "
            "sont fixés à l'article 6 du CCAP."),
         AR("Jugement des offres",
            "Les offres sont classées lot par lot selon les critères pondérés suivants :",
            ["prix : 55 % ;",
             "valeur technique au vu du mémoire : 35 % ;",
             "formation : 5 % – accueil et tutorat d'apprentis ou de jeunes en contrat de professionnalisation sur le "
             "chantier (nombre de jeunes, encadrement proposé) ;",
             "transport des matériaux : 5 % – distance d'approvisionnement et mode de transport des principaux "
             "matériaux (bois, granulats, béton), évalués en fonction des émissions de gaz à effet de serre "
             "induites."]),
         ("split", "La note de chaque critère est calculée sur 10 puis pondérée. En cas d'égalité, l'offre la mieux "
                   "classée sur la valeur technique l'emporte ; si l'égalité persiste, l'acheteur",
          "procède à un tirage au sort en présence de deux élus."),
         AR("Négociation",
            "La Ville se réserve la possibilité de négocier avec les trois candidats les mieux classés de chaque lot."),
         AR("Remise des offres",
            "Date limite : 11 juin 2027 à 12 h, sur le profil d'acheteur. Délai de validité des offres : 120 jours.")],
        L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=5, montant_estime_ht=1240000,
          evidence=["décomposés en 5 lots", "estimé à 1 240 000 € HT",
                    "formation : 5 % – accueil et tutorat d'apprentis",
                    "transport des matériaux : 5 %", "évalués en fonction des émissions de gaz à effet de serre"]),
        "Critère social (apprentis, 5 %) et critère environnemental (transport des matériaux, 5 %) à côté des "
        "critères de sélection et des critères de révision ; 5 lots ; 1 240 000 €.", hyphen=True)


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16,
        d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31, d32]


# ----------------------------------------------------------------------------- contrôles et écriture
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


_WS = re.compile(r"\s+")


def _ws(s):
    return _WS.sub(" ", s.replace(NB, " ").replace(NNB, " ").replace("\u2009", " ")).strip()


def extracted_text(path):
    """Texte extrait du fichier produit (pypdf / python-docx / lecture directe)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        raw = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    elif ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        raw = "\n".join(parts)
    else:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
    plain = _ws(raw)
    # césure de fin de ligne ajoutée par la mise en page PDF : « rencon-\ntrant » -> « rencontrant »
    dehy = _ws(re.sub(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])", "", raw))
    return plain, dehy


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows, problems, kinds, pages, table = [], [], {}, {}, []
    names = set()
    for f in DOCS:
        p = f()
        if p["file"] in names:
            problems.append("nom en double %s" % p["file"])
        names.add(p["file"])
        problems.extend("%s : articles" % p["file"] for _ in [0] if check_articles_doc(p))
        n = build_piece(OUT, p, "")
        path = os.path.join(OUT, p["file"])
        ext = p["file"].rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        if n is not None:
            pages[n] = pages.get(n, 0) + 1
            if not (1 <= n <= 3):
                problems.append("%s : %d pages" % (p["file"], n))
        lab = dict(p["label"])
        logical = _ws(plain_text(p["final_blocks"]))
        plain, dehy = extracted_text(path)
        for q in lab["evidence"]:
            if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                continue
            qn_ = _ws(norm(q))
            if qn_ not in logical:
                problems.append("%s : preuve absente du texte logique : %r" % (p["file"], q))
            if qn_ not in plain and qn_ not in dehy:
                problems.append("%s : preuve absente du texte EXTRAIT : %r" % (p["file"], q))
        ev = " | ".join(norm(q) for q in lab["evidence"])
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
        pos = [c for c in ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                           "clause_environnementale", "critere_environnemental") if lab[c] == 1]
        table.append("| %s | %s | %s | %s |" % (p["file"], p["doc_type"], ", ".join(pos) or "aucune", p["note"]))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    problems.extend(extra_checks(rows))
    counts = {c: sum(1 for r in rows if r[c] == "1") for c in
              ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
               "clause_environnementale", "critere_environnemental", "allotissement")}
    print("%d documents (%s) ; pages des PDF : %s" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
          ", ".join("%d p. x %d" % kv for kv in sorted(pages.items()))))
    print("positifs :", counts)
    print("documents sans aucun positif :", sum(1 for r in rows if all(r[c] != "1" for c in counts if c != "allotissement")))
    if "--table" in sys.argv:
        print("\n".join(table))
    for pr in problems:
        print("PROBLÈME :", pr)
    print("contrôles -> %d problème(s)" % len(problems))
    return 1 if problems else 0


def check_articles_doc(p):
    nums = []
    for b in number_articles(p["blocks"]):
        if b[0] in ("h", "h2"):
            m = _ART.match(b[1])
            if m:
                nums.append(int(m.group(1)))
    return nums != sorted(set(nums))


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


if __name__ == "__main__":
    sys.exit(main())
