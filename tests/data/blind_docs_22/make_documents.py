#!/usr/bin/env python3
"""Construit le jeu blind_docs_22 : 30 documents entiers (CCTP, CCAP, RC, AE, cadres de réponse, avis)
et leurs étiquettes documents/labels.csv (schéma de /work/shared/eval/LABELS.md).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure (écriture PDF/DOCX/TXT, vrais tableaux reportlab, deux colonnes, césure, SB/HY, aides de
saisie, number_articles) reprise de tests/data/blind_values_13/make_documents.py lignes 27-664 ; boucle
de construction et de contrôle réécrite d'après les lignes 2430-2611 du même script.
Tous les acheteurs, lieux, références, personnes et montants sont inventés.

Déterministe : pas d'aléa, PDF invariant=1, entrées DOCX/ZIP datées du 2026-01-01. Le script construit
tout deux fois (la seconde dans documents/_rebuild, supprimé ensuite) et compare les md5 ; il extrait le
texte des fichiers produits (pypdf, python-docx avec cellules de tableaux, lxml, texte brut), normalise
les espaces, recolle les césures de fin de ligne et vérifie que chaque citation de preuve s'y trouve.

Usage : /work/main/.venv/bin/python tests/data/blind_docs_22/make_documents.py
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
SET_NAME = "blind_docs_22"

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






# ============================================================================= propre à blind_docs_22
import hashlib
import unicodedata

DOCS = []


def DOC(file, doc_type, header, footer, blocks, label, hyphen=True, cols=1, noacc=False, note=""):
    """Une pièce entière. blocks : liste de blocs (ou de listes de blocs), ou chaîne XML/TXT brute."""
    flat = blocks
    if isinstance(blocks, list):
        flat = []
        for b in blocks:
            if isinstance(b, list):
                flat.extend(b)
            else:
                flat.append(b)
    d = dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=flat, label=label,
             hyphen=hyphen, cols=cols, noacc=noacc, note=note)
    DOCS.append(d)
    return d


def strip_acc(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("’", "'")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def _map_blocks(blocks, fn):
    out = []
    for b in blocks:
        nb = []
        for x in b:
            if isinstance(x, str):
                nb.append(fn(x))
            elif isinstance(x, list):
                nb.append([fn(i) if isinstance(i, str) else [fn(j) for j in i] for i in x])
            else:
                nb.append(x)
        out.append(tuple(nb))
    return out


def COVER(buyer, title, sub, rows, extra=()):
    """Page de garde puis sommaire (rempli à la construction), chacun sur sa page."""
    out = [TITLE(buyer, title, *sub)]
    for e in extra:
        out.append(P(e))
    if rows:
        out.append(RTAB(rows, widths=[0.38, 0.62], header=False))
    out.append(("pagebreak",))
    out.append(H("Sommaire"))
    out.append(("toc",))
    out.append(("pagebreak",))
    return out


def fill_toc(blocks):
    heads = [b[1] for b in blocks if b[0] == "h" and b[1].startswith(("Article", "ARTICLE", "Chapitre", "CHAPITRE", "Titre", "Partie", "Section"))]
    out = []
    for b in blocks:
        if b[0] == "toc":
            out.append(LST(heads))
        else:
            out.append(b)
    return out


def rows_sites(sites, cols):
    return [cols] + [list(s) for s in sites]


# ----------------------------------------------------------------------------- articles de remplissage
# Neutres (pas de clause sociale ni environnementale, pas de lots, pas de montant). v = variante.

def f_pieces(c, v, pieces):
    intro = ["Les pièces constitutives du marché sont les suivantes, par ordre de priorité décroissante :",
             "En cas de contradiction entre leurs stipulations, les documents contractuels prévalent dans l'ordre ci-après :",
             "Le contrat est constitué des pièces énumérées ci-dessous ; en cas de discordance, elles prévalent dans l'ordre de leur énumération :"][v % 3]
    tail = ["Les documents généraux (CCAG-%s, normes et fascicules visés) ne sont pas joints mais sont réputés connus du titulaire." % c["ccag"],
            "Le CCAG-%s dans sa version issue de l'arrêté du 30 mars 2021 est applicable, sauf dérogations récapitulées au dernier article." % c["ccag"],
            "Seul l'exemplaire original conservé dans les archives de l'acheteur fait foi."][v % 3]
    return A(["Pièces contractuelles", "Documents contractuels", "Composition du marché"][v % 3], intro, pieces, tail)


def f_prix(c, v, index, base):
    t = ["Forme et variation des prix", "Prix – modalités de variation", "Contenu et révision des prix"][v % 3]
    a = ["Les prix sont réputés comprendre toutes les charges fiscales, parafiscales ou autres frappant obligatoirement la prestation, ainsi que les frais de déplacement, d'emballage et de transport jusqu'au lieu d'exécution.",
         "Les prix du marché sont établis hors taxes ; ils incluent l'ensemble des sujétions d'exécution, y compris celles résultant de l'accès aux sites, des horaires imposés et de la coordination avec les autres intervenants.",
         "Le titulaire est réputé avoir pris connaissance des lieux et de toutes les contraintes susceptibles d'influer sur le coût des prestations : aucune réclamation fondée sur une méconnaissance de ces contraintes ne sera admise."][v % 3]
    b = ("Les prix sont révisables annuellement à la date anniversaire de la notification selon la formule P = P0 × (0,15 + 0,85 × I/I0), "
         "dans laquelle I0 est la valeur de l'indice %s du mois %s et I la dernière valeur publiée à la date de révision." % (index, base))
    d = ["Le coefficient de révision est arrondi au millième supérieur. Il n'est pas fait application d'une clause de sauvegarde.",
         "Lorsque la valeur de l'indice n'est pas publiée, la révision est effectuée provisoirement sur la base de la dernière valeur connue.",
         "Si l'indice cesse d'être publié, l'acheteur lui substitue par voie d'avenant l'indice le plus proche."][v % 3]
    return A(t, a, b, d)


def f_avance(c, v, taux):
    t = ["Avance", "Versement d'une avance", "Avance forfaitaire"][v % 3]
    a = ("Une avance de %s %% du montant initial TTC est accordée au titulaire dans les conditions des articles R. 2191-3 et suivants du code de la commande publique, sauf renonciation expresse portée à l'acte d'engagement." % taux)
    b = ["Le remboursement s'impute sur les sommes dues lorsque le montant des prestations exécutées atteint 65 % du montant initial ; il est achevé lorsque ce montant atteint 80 %.",
         "Son remboursement commence lorsque le montant des prestations réalisées atteint 65 % du montant TTC du bon de commande ou de la période concernée.",
         "Aucune garantie à première demande n'est exigée pour une avance n'excédant pas 30 %."][v % 3]
    return A(t, a, b)


def f_paiement(c, v):
    t = ["Modalités de règlement", "Facturation et paiement", "Règlement des comptes"][v % 3]
    a = ("Les factures sont transmises exclusivement par voie dématérialisée sur le portail Chorus Pro ; elles mentionnent la référence %s, "
         "le numéro d'engagement communiqué par l'acheteur et le détail des prestations." % c["ref"])
    b = ("Le délai global de paiement est de %d jours à compter de la réception de la demande de paiement. Le dépassement de ce délai ouvre droit, de plein droit, "
         "à des intérêts moratoires et à l'indemnité forfaitaire de 40 euros pour frais de recouvrement." % c["delai"])
    d = ["Les sommes dues en exécution du marché sont payées par virement administratif sur le compte désigné à l'acte d'engagement.",
         "Le comptable assignataire est celui désigné à l'acte d'engagement ; l'ordonnateur est le représentant légal de l'acheteur.",
         "En cas de groupement, les paiements sont effectués sur le compte unique du mandataire, sauf mention contraire portée à l'acte d'engagement."][v % 3]
    return A(t, a, b, d)


def f_assurances(c, v):
    t = ["Assurances", "Responsabilité et assurances", "Obligations d'assurance"][v % 3]
    a = ["Le titulaire justifie, dans les quinze jours suivant la notification, d'une police couvrant sa responsabilité civile professionnelle et, le cas échéant, sa responsabilité décennale.",
         "Avant tout commencement d'exécution, le titulaire produit une attestation d'assurance en cours de validité mentionnant les activités garanties, les montants et les franchises.",
         "Le titulaire est seul responsable des dommages causés aux personnes et aux biens du fait de l'exécution des prestations ; il contracte les assurances nécessaires."][v % 3]
    b = "L'attestation est renouvelée chaque année sans qu'il soit besoin d'une demande de l'acheteur."
    return A(t, a, b)


def f_resiliation(c, v):
    t = ["Résiliation", "Résiliation du marché", "Cas de résiliation"][v % 3]
    a = ["Les stipulations du chapitre 8 du CCAG-%s relatives à la résiliation sont applicables." % c["ccag"],
         "L'acheteur peut résilier le marché dans les conditions prévues aux articles L. 2195-1 à L. 2195-6 du code de la commande publique et par le CCAG-%s." % c["ccag"],
         "La résiliation pour motif d'intérêt général ouvre droit à une indemnité égale à 5 % du montant hors taxes non exécuté."][v % 3]
    b = ["En cas d'inexactitude des documents et renseignements mentionnés aux articles R. 2143-3 et R. 2143-11 du code de la commande publique, le marché peut être résilié aux torts du titulaire sans mise en demeure préalable.",
         "La résiliation aux torts du titulaire peut être assortie de l'exécution des prestations par un tiers à ses frais et risques.",
         "La décision de résiliation est notifiée au titulaire ; elle prend effet à la date qu'elle fixe ou, à défaut, à la date de sa notification."][v % 3]
    return A(t, a, b)


def f_litiges(c, v):
    t = ["Différends et litiges", "Règlement des différends", "Litiges – juridiction compétente"][v % 3]
    a = ["Les parties s'efforcent de régler à l'amiable tout différend ; elles peuvent recourir au comité consultatif interrégional de règlement amiable des différends territorialement compétent.",
         "Préalablement à toute action contentieuse, le titulaire adresse à l'acheteur un mémoire en réclamation dans les conditions de l'article 55 du CCAG.",
         "En cas de désaccord persistant, le titulaire peut saisir le médiateur des entreprises ou le comité consultatif de règlement amiable."][v % 3]
    b = "À défaut d'accord, le litige est porté devant le tribunal administratif de %s." % c["ta"]
    return A(t, a, b)


def f_legal_social(c, v, dis=True):
    """Rappels d'obligations légales (pas une clause sociale)."""
    t = ["Obligations légales du titulaire en matière de droit du travail", "Respect de la législation du travail", "Obligations sociales et fiscales"][v % 3]
    a = ("Conformément aux articles L. 8222-1 et D. 8222-5 du code du travail, le titulaire remet lors de la conclusion du marché puis tous les six mois jusqu'à la fin de son exécution "
         "l'attestation de fourniture des déclarations sociales émanant de l'organisme de protection sociale, datant de moins de six mois, et la liste nominative des salariés étrangers soumis à autorisation de travail.")
    b = ["Le titulaire qui détache des salariés sur le territoire national satisfait aux obligations des articles L. 1262-1 et suivants du code du travail et transmet à l'acheteur, avant le début du détachement, copie de la déclaration préalable.",
         "En cas de recours à des salariés détachés, le titulaire tient à la disposition de l'acheteur la déclaration de détachement prévue à l'article R. 1263-3 du code du travail ; l'acheteur est tenu à l'obligation de vigilance de l'article L. 1262-4-1.",
         "Il répond de ses sous-traitants au regard des obligations relatives au travail dissimulé et au détachement (articles L. 8221-1 et suivants et L. 1262-4-1 du code du travail)."][v % 3]
    out = A(t, a, b)
    if dis:
        out.append(P(["Le titulaire atteste satisfaire à l'obligation d'emploi des travailleurs handicapés définie aux articles L. 5212-1 à L. 5212-11 du code du travail ; cette attestation ne constitue pas une condition d'exécution supplémentaire.",
                      "Le titulaire déclare être en règle au regard des articles L. 5212-1 à L. 5212-11 du code du travail concernant l'emploi des travailleurs handicapés.",
                      "Il est rappelé que le titulaire est soumis aux dispositions législatives relatives à la non-discrimination et à l'égalité de traitement de ses salariés, notamment aux articles L. 1132-1 et L. 1142-1 du code du travail."][v % 3]))
    return out


def f_sous_traitance(c, v):
    t = ["Sous-traitance", "Sous-traitance – paiement direct", "Recours à des sous-traitants"][v % 3]
    a = ["Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de l'acceptation de chaque sous-traitant et de l'agrément de ses conditions de paiement, au moyen du formulaire DC4 ou équivalent.",
         "Toute sous-traitance est déclarée à l'acheteur avant l'intervention du sous-traitant ; la déclaration précise la nature et le montant des prestations sous-traitées et les conditions de paiement.",
         "Les sous-traitants de premier rang dont la créance est au moins égale à 600 euros TTC bénéficient du paiement direct."][v % 3]
    b = "Le titulaire demeure personnellement responsable de l'exécution de toutes les obligations résultant du marché."
    return A(t, a, b)


def f_confid(c, v):
    t = ["Confidentialité et protection des données", "Secret professionnel – données personnelles", "Confidentialité"][v % 3]
    a = ["Le titulaire et son personnel sont tenus au secret professionnel pour toutes les informations dont ils ont connaissance à l'occasion de l'exécution du marché.",
         "Les informations de toute nature recueillies pendant l'exécution sont confidentielles et ne peuvent être communiquées à des tiers sans accord écrit de l'acheteur.",
         "Le titulaire s'interdit toute utilisation, à d'autres fins que l'exécution du marché, des documents et données qui lui sont confiés."][v % 3]
    b = ("Lorsque l'exécution implique un traitement de données à caractère personnel, le titulaire agit en qualité de sous-traitant au sens de l'article 28 du règlement (UE) 2016/679 ; "
         "il ne traite les données que sur instruction documentée de l'acheteur et l'informe sans délai de toute violation.")
    return A(t, a, b)


def f_derog(c, v, items):
    t = ["Dérogations au CCAG", "Liste récapitulative des dérogations", "Dérogations aux documents généraux"][v % 3]
    return A(t, "Les articles suivants dérogent au CCAG-%s :" % c["ccag"], items)


def f_reunions(c, v, who):
    t = ["Réunions de suivi", "Pilotage et comptes rendus", "Suivi de l'exécution"][v % 3]
    a = ("Une réunion de lancement est organisée dans les quinze jours suivant la notification ; elle réunit %s et le responsable désigné par le titulaire. "
         "Elle fixe le calendrier, les interlocuteurs et les modalités d'échange." % who)
    b = ["Des réunions de suivi ont lieu ensuite chaque trimestre. Le titulaire en rédige le compte rendu, qu'il diffuse sous huit jours ; sans observation dans les huit jours suivants, il est réputé accepté.",
         "Un point d'avancement mensuel est tenu, en présentiel ou en visioconférence. Le compte rendu, établi par le titulaire, est validé par l'acheteur.",
         "À la demande de l'acheteur, des réunions supplémentaires peuvent être organisées sans supplément de prix lorsque l'exécution le justifie."][v % 3]
    return A(t, a, b)


def f_qualite(c, v):
    t = ["Contrôle de la qualité", "Assurance de la qualité", "Autocontrôle et contrôles contradictoires"][v % 3]
    a = ["Le titulaire met en place un autocontrôle dont il consigne les résultats ; ces enregistrements sont tenus à la disposition de l'acheteur.",
         "Le titulaire établit un plan d'assurance qualité précisant l'organisation, les points de contrôle, les fiches d'autocontrôle et le traitement des non-conformités.",
         "Les contrôles sont réalisés contradictoirement par sondage, au moyen d'une grille établie d'un commun accord lors de la réunion de lancement."][v % 3]
    b = ["Toute non-conformité constatée donne lieu à une reprise sans délai et sans supplément de prix.",
         "Les non-conformités sont notifiées par courriel ; le titulaire y remédie dans le délai fixé par l'acheteur.",
         "Le résultat des contrôles alimente l'indicateur de qualité annexé au présent document."][v % 3]
    return A(t, a, b)


def f_prevention_services(c, v, site):
    """Hygiène et sécurité : plan de prévention (pas une clause sociale)."""
    t = ["Hygiène et sécurité", "Prévention des risques – plan de prévention", "Sécurité des intervenants"][v % 3]
    a = ("Les prestations réalisées dans %s relèvent des articles R. 4511-1 et suivants du code du travail. Une inspection commune préalable est réalisée et un plan de prévention est établi "
         "avant toute intervention ; il est mis à jour à chaque modification des conditions d'intervention." % site)
    b = ["Le titulaire fournit à son personnel les équipements de protection individuelle adaptés et veille à leur port ; il tient à jour son document unique d'évaluation des risques professionnels.",
         "Le titulaire communique son document unique d'évaluation des risques (DUERP) pour la partie relative aux activités concernées et informe l'acheteur de tout accident survenu sur site.",
         "Le personnel intervenant reçoit, avant sa première intervention, l'information sur les consignes de sécurité et d'évacuation propres à chaque site."][v % 3]
    return A(t, a, b)


def f_ppsps(c, v):
    t = ["Hygiène, sécurité et protection de la santé", "Coordination SPS – PPSPS", "Sécurité et protection de la santé des travailleurs"][v % 3]
    a = ("L'opération est soumise aux dispositions de la loi n° 93-1418 du 31 décembre 1993 et des articles L. 4531-1 et suivants du code du travail. "
         "Le titulaire remet au coordonnateur SPS son plan particulier de sécurité et de protection de la santé (PPSPS) dans les trente jours suivant la réception de l'ordre de service.")
    b = ["Il respecte les mesures du plan général de coordination et participe aux visites d'inspection commune.",
         "Les installations de chantier (vestiaires, réfectoire, sanitaires) sont mises en commun et gérées selon le plan général de coordination.",
         "Le coordonnateur peut interrompre toute tâche présentant un danger grave et imminent ; l'arrêt ne donne lieu à aucune prolongation de délai."][v % 3]
    return A(t, a, b)


# ----------------------------------------------------------------------------- RC
def f_rc_retrait(c, v):
    t = ["Retrait du dossier de consultation", "Mise à disposition du DCE", "Accès aux documents de la consultation"][v % 3]
    a = ("Le dossier de consultation est mis gratuitement à disposition sur le profil d'acheteur %s. L'identification préalable n'est pas obligatoire mais permet d'être "
         "informé des modifications et des réponses apportées aux questions." % c["profil"])
    return A(t, a)


def f_rc_depot(c, v):
    t = ["Modalités de remise des plis", "Transmission des offres", "Dépôt des candidatures et des offres"][v % 3]
    a = ["Les plis sont transmis par voie électronique sur le profil d'acheteur avant la date et l'heure limites indiquées en page de garde. Tout pli parvenu hors délai est écarté.",
         "Seule la transmission électronique est admise. Le candidat peut adresser une copie de sauvegarde sur support physique ou papier, dans les conditions de l'arrêté du 22 mars 2019.",
         "Les documents sont remis aux formats .pdf, .docx, .xlsx ou .odt. Les fichiers ne doivent pas contenir de macros ; tout fichier contenant un virus est réputé n'avoir jamais été reçu."][v % 3]
    b = "La signature électronique de l'offre n'est pas exigée au stade du dépôt ; seul l'attributaire signe le marché."
    return A(t, a, b)


def f_rc_candidature(c, v, extra=()):
    t = ["Pièces de la candidature", "Contenu du dossier de candidature", "Justificatifs à produire au titre de la candidature"][v % 3]
    items = ["la lettre de candidature (DC1) ou le DUME ;",
             "la déclaration du candidat (DC2) ou les renseignements équivalents ;",
             "la déclaration sur l'honneur de ne pas entrer dans un cas d'exclusion prévu aux articles L. 2141-1 à L. 2141-11 du code de la commande publique ;",
             "le chiffre d'affaires global des trois derniers exercices disponibles ;"] + list(extra)
    return A(t, "Le candidat produit les pièces suivantes :", items,
             ["Le candidat n'est pas tenu de fournir les documents que l'acheteur peut obtenir directement par un système électronique d'information gratuit.",
              "L'acheteur peut demander de compléter une candidature incomplète dans un délai identique pour tous les candidats.",
              "Les candidats déjà titulaires d'un marché avec l'acheteur ne sont pas dispensés de ces pièces."][v % 3])


def f_rc_questions(c, v, days=8):
    t = ["Renseignements complémentaires", "Questions des candidats", "Demandes de précisions"][v % 3]
    a = ("Les questions sont posées par écrit sur le profil d'acheteur au plus tard %d jours avant la date limite de remise des offres. Les réponses sont communiquées "
         "à tous les candidats ayant retiré le dossier, de façon anonyme." % days)
    return A(t, a)


def f_rc_validite(c, v, days=120):
    t = ["Délai de validité des offres", "Durée de validité des offres", "Validité des propositions"][v % 3]
    return A(t, "Le délai de validité des offres est fixé à %d jours à compter de la date limite de réception des offres." % days)


def f_rc_recours(c, v):
    t = ["Procédures de recours", "Voies et délais de recours", "Instance chargée des recours"][v % 3]
    a = ("Tribunal administratif de %s. Référé précontractuel (article L. 551-1 du code de justice administrative) jusqu'à la signature du marché ; "
         "recours de pleine juridiction ouvert aux tiers dans les deux mois suivant les mesures de publicité de la conclusion du contrat." % c["ta"])
    return A(t, a)


def f_rc_attribution(c, v):
    t = ["Attribution du marché", "Documents à produire par l'attributaire", "Formalités préalables à la notification"][v % 3]
    a = ["Le candidat retenu produit dans un délai de sept jours les certificats attestant qu'il a satisfait à ses obligations fiscales et sociales, l'attestation de vigilance et, s'il y a lieu, la liste des salariés étrangers.",
         "Avant notification, l'attributaire transmet l'attestation de vigilance URSSAF, l'attestation de régularité fiscale et un extrait Kbis de moins de trois mois.",
         "L'attributaire dispose de huit jours pour remettre les attestations et certificats mentionnés aux articles R. 2143-6 à R. 2143-10 du code de la commande publique ; à défaut, son offre est rejetée."][v % 3]
    return A(t, a)


def f_docs_remettre(c, v, items):
    t = ["Documents à remettre par le titulaire", "Livrables documentaires", "Documents de suivi"][v % 3]
    return A(t, ["Le titulaire remet à l'acheteur les documents suivants, sous format électronique modifiable et en PDF :",
                 "Sans qu'il soit besoin de les demander, le titulaire transmet :",
                 "Les documents ci-dessous sont remis dans les délais indiqués :"][v % 3],
             items, ["Les documents remis en retard exposent le titulaire aux pénalités prévues au CCAP.",
                     "L'acheteur dispose de quinze jours pour formuler ses observations ; le titulaire corrige les documents dans les huit jours.",
                     "Les documents sont rédigés en français ; les unités de mesure sont celles du système international."][v % 3])


def f_fin_contrat(c, v):
    t = ["Fin du contrat et transition", "Réversibilité et fin de marché", "Opérations de fin de contrat"][v % 3]
    a = ["Dans les trois mois précédant l'échéance, le titulaire remet un dossier de fin de contrat comprenant l'inventaire des moyens mis à disposition, l'état des prestations en cours et "
         "les informations nécessaires à la reprise par un nouveau prestataire.",
         "À l'échéance du marché, quelle qu'en soit la cause, le titulaire coopère de bonne foi avec l'acheteur et le nouveau titulaire pour assurer la continuité du service ; une réunion de "
         "passation est organisée à l'initiative de l'acheteur.",
         "Le titulaire restitue en fin de marché les clés, badges, documents et matériels confiés, en bon état d'usage ; un procès-verbal contradictoire est établi."][v % 3]
    b = ["Les prestations de transition sont réputées comprises dans les prix du marché.",
         "Aucune indemnité n'est due au titre de ces opérations, sauf prestations supplémentaires expressément commandées.",
         "À défaut de restitution, la valeur de remplacement des éléments manquants est retenue sur le solde."][v % 3]
    return A(t, a, b)


def f_glossaire(c, v, rows):
    t = ["Définitions", "Terminologie", "Glossaire"][v % 3]
    return [H("Article # – " + t), P("Pour l'application du présent document, les termes suivants ont le sens indiqué ci-dessous :"),
            RTAB([["Terme", "Définition"]] + [list(r) for r in rows], widths=[0.28, 0.72])]
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


# ============================================================================= CCTP
def cctp01():
    c = C("le CCAS de Villebrune-sur-Lèze", "Toulouse", ref="CCAS-VBL-2027-02")
    communes = [("Villebrune-sur-Lèze", "3 tournées", "62", "lundi au samedi"),
                ("Saint-Aubin-des-Pradels", "1 tournée", "18", "lundi au samedi"),
                ("Lavernose-Haute", "1 tournée", "14", "lundi, mercredi, vendredi"),
                ("Le Fossat-Bas", "1 tournée", "11", "lundi, mercredi, vendredi"),
                ("Montaut-de-Lèze", "partagée", "9", "mardi, jeudi, samedi"),
                ("Gaillac-Toulza-les-Bois", "partagée", "7", "mardi, jeudi, samedi")]
    b = COVER("Centre communal d'action sociale de Villebrune-sur-Lèze",
              "Cahier des clauses techniques particulières",
              ["Lot n° 2 : portage de repas au domicile des personnes âgées ou handicapées",
               "Procédure adaptée ouverte – articles R. 2123-1 et R. 2123-4 du code de la commande publique"],
              [["Référence", "CCAS-VBL-2027-02"], ["Pouvoir adjudicateur", "M. le Président du CCAS"],
               ["Date du document", "3 février 2027"], ["Nombre de pages", "voir pied de page"]],
              ["CCAS de Villebrune-sur-Lèze – 2 place du Foirail – 31xxx Villebrune-sur-Lèze"])
    b += [H("Article 1 – Objet du présent cahier"),
          P("Le présent CCTP définit les conditions techniques dans lesquelles le titulaire assure la livraison, au domicile des bénéficiaires, "
            "des repas commandés par le centre communal d'action sociale. La consultation comprend deux lots : le lot n° 1 (fabrication et fourniture de repas "
            "en liaison froide pour la résidence autonomie « Les Tilleuls ») et le lot n° 2 (portage de repas à domicile), objet du présent document."),
          P("Le service s'adresse à des personnes âgées de plus de soixante ans, à des personnes en situation de handicap et, temporairement, à des personnes "
            "sortant d'hospitalisation. Ces usagers sont souvent isolés ; la régularité du passage du livreur constitue pour beaucoup d'entre eux le seul contact "
            "quotidien. Le titulaire en tient compte dans l'organisation de ses tournées."),
          H("Article 2 – Périmètre géographique et volumes"),
          P("Les livraisons sont assurées sur le territoire des six communes adhérentes au service. Les volumes ci-dessous sont donnés à titre indicatif "
            "(moyenne constatée en 2026) et n'engagent pas le CCAS."),
          RTAB([["Commune", "Organisation", "Bénéficiaires (moyenne)", "Jours de livraison"]] + [list(x) for x in communes], widths=[0.34, 0.2, 0.2, 0.26]),
          H("Article 3 – Prise en charge des commandes"),
          H2("3.1 Inscription des bénéficiaires"),
          P("Les inscriptions sont instruites par les agents du CCAS, qui évaluent la situation de la personne (autonomie, entourage, régime alimentaire prescrit). "
            "Le titulaire reçoit une fiche de liaison par bénéficiaire au plus tard la veille de la première livraison avant 14 heures."),
          H2("3.2 Modifications et suspensions"),
          P("Les suspensions (hospitalisation, séjour en famille) sont transmises par le CCAS ou par le bénéficiaire lui-même jusqu'à 10 heures la veille. "
            "Le titulaire tient un registre des modifications qu'il transmet chaque semaine au service."),
          H("Article 4 – Conditions de livraison"),
          H2("4.1 Horaires"),
          P("Les repas sont livrés entre 8 h 30 et 12 h. Un créneau habituel est convenu avec chaque bénéficiaire ; l'écart toléré est d'une demi-heure. Les samedis, "
            "le repas du dimanche est livré en même temps que celui du samedi."),
          H2("4.2 Remise en main propre"),
          P("Le repas est remis en main propre et placé, avec l'accord du bénéficiaire, dans son réfrigérateur. Le livreur vérifie la date limite de consommation des repas "
            "précédents encore présents et signale au CCAS toute accumulation anormale."),
          H2("4.3 Repérage des situations de fragilité"),
          P("Lorsque le bénéficiaire ne répond pas, le livreur applique la procédure d'alerte annexée : appel au bénéficiaire, puis au proche référent, puis au CCAS ; "
            "en cas de doute sérieux, il sollicite les secours. Toute dégradation apparente de l'état de santé ou du logement est signalée le jour même à la coordinatrice du service. "
            "Cette vigilance fait partie intégrante de la prestation et n'ouvre droit à aucune rémunération distincte."),
          H("Article 5 – Personnel de livraison"),
          P("Le titulaire affecte au service un personnel stable, en nombre suffisant pour assurer la continuité en période de congés. Chaque livreur a suivi, avant sa "
            "première tournée, une sensibilisation d'une demi-journée au contact des personnes âgées (communication, repérage de la maltraitance, conduite à tenir en cas de chute), "
            "organisée par le titulaire. Le CCAS peut demander le remplacement d'un agent dont le comportement serait inadapté."),
          P("Le personnel porte une tenue identifiable et un badge nominatif ; il respecte la confidentialité des informations relatives aux bénéficiaires et s'abstient de tout "
            "service rémunéré auprès d'eux."),
          H("Article 6 – Véhicules et maintien de la chaîne du froid"),
          P("Les véhicules sont équipés d'un caisson isotherme ou réfrigéré conforme à l'arrêté du 21 décembre 2009 relatif aux règles sanitaires applicables aux activités de commerce de détail. "
            "La température des denrées est maintenue entre 0 °C et + 3 °C jusqu'à la remise. Un enregistreur de température équipe chaque caisson ; les relevés sont conservés trois mois."),
          H("Article 7 – Conditionnement et gestion des contenants"),
          P("Les repas sont livrés dans des contenants réemployables (verre ou inox) consignés, que le livreur reprend lors du passage suivant ; le titulaire en assure le lavage "
            "et la remise en circulation. L'usage de barquettes en plastique à usage unique est exclu. Les sacs de transport sont réutilisables ; les emballages secondaires "
            "sont collectés par le titulaire et orientés vers une filière de recyclage, dont il justifie une fois par an."),
          P("Le titulaire remet au CCAS, avec le bilan annuel, le taux de retour des contenants et les quantités d'emballages collectées."),
          H("Article 8 – Qualité du service et traçabilité"),
          P("Le titulaire met en place une fiche de tournée signée par le livreur. Les incidents (absence, refus, repas non consommés) sont transmis au CCAS chaque jour avant 15 heures "
            "par messagerie sécurisée."),
          RTAB([["Indicateur", "Mode de calcul", "Seuil attendu"],
                ["Ponctualité", "livraisons dans le créneau / livraisons totales", "95 %"],
                ["Continuité", "tournées réalisées / tournées prévues", "100 %"],
                ["Signalements", "délai entre constat et information du CCAS", "le jour même"],
                ["Retour des contenants", "contenants repris / contenants livrés", "90 %"],
                ["Réclamations", "réclamations écrites par mois", "moins de 3"]], widths=[0.25, 0.5, 0.25]),
          H("Article 9 – Accès aux logements et relation avec les usagers"),
          P("Le CCAS communique au titulaire les contraintes d'accès des logements (étages sans ascenseur, digicodes, présence d'animaux, clés confiées). Les menus de la semaine, "
            "établis par le titulaire du lot n° 1, sont remis avec le repas du lundi."),
          H("Article 10 – Continuité du service en situation exceptionnelle"),
          P("En cas d'intempéries, de canicule ou d'épidémie, le titulaire applique le plan de continuité validé à la réunion de lancement : livraison de repas de secours "
            "la veille des épisodes annoncés, appel téléphonique aux bénéficiaires inscrits sur le registre des personnes vulnérables tenu par la commune."),
          ]
    b += f_reunions(c, 0, "la coordinatrice du service de maintien à domicile")
    b += f_prevention_services(c, 2, "les domiciles des bénéficiaires et les locaux du CCAS")
    b += f_confid(c, 1)
    b += [H("Article 14 – Annexes"), LST(["Annexe 1 : procédure d'alerte en cas d'absence de réponse",
                                         "Annexe 2 : modèle de fiche de liaison",
                                         "Annexe 3 : liste des points de livraison (transmise à l'attributaire)"])]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=2,
            evidence=["La consultation comprend deux lots",
                      "Les repas sont livrés dans des contenants réemployables (verre ou inox) consignés",
                      "L'usage de barquettes en plastique à usage unique est exclu."])
    DOC("CCTP_01_CCAS_Villebrune_portage_repas_lot2.pdf", "CCTP", "CCAS de Villebrune-sur-Lèze – CCTP lot 2 portage de repas",
        "Réf. CCAS-VBL-2027-02 – CCTP", b, lab,
        note="Objet social (portage pour personnes âgées ou handicapées), usagers vulnérables, formation du personnel, repérage des fragilités, accès aux logements, plan de prévention : aucune clause sociale. Contenants réemployables exigés : clause environnementale.")


def cctp02():
    c = C("la communauté d'agglomération Val d'Orbize", "Montpellier", ref="CAVO-DEE-27-011")
    b = COVER("Communauté d'agglomération Val d'Orbize – Direction de l'emploi et de l'économie",
              "CCTP",
              ["Accompagnement renforcé vers l'emploi des demandeurs d'emploi de longue durée",
               "Marché public de services sociaux et autres services spécifiques – article R. 2123-1 3°"],
              [["Consultation", "CAVO-DEE-27-011"], ["Service gestionnaire", "Mission Emploi – pôle Parcours"],
               ["Version", "V2 du 11/01/2027"]])
    b += [H("Article 1 – Contexte"),
          P("Le territoire de la communauté d'agglomération compte près de 4 800 demandeurs d'emploi inscrits depuis plus d'un an, dont une part importante réside dans "
            "les quartiers prioritaires des Aubiers et de Font-Claire. Le plan local pluriannuel pour l'insertion et l'emploi (PLIE) porté par l'agglomération organise "
            "des parcours individualisés ; le présent marché vise à confier à un prestataire l'accompagnement renforcé d'une partie de ces participants."),
          H("Article 2 – Objet des prestations"),
          P("Le titulaire assure l'accompagnement individuel et collectif de participants orientés par le PLIE, en vue d'un accès à l'emploi durable (CDI, CDD ou mission "
            "d'intérim de six mois et plus) ou à une formation qualifiante. Il mobilise à cette fin les offres d'emploi du territoire, y compris celles issues des clauses "
            "d'insertion des marchés publics passés par les acheteurs locaux, dont le suivi relève par ailleurs du facilitateur de l'agglomération."),
          P("Il est précisé que les heures d'accompagnement réalisées par le titulaire ne constituent pas des heures d'insertion au sens d'une clause sociale : le présent "
            "marché n'impose au titulaire aucune obligation d'embauche de publics en insertion, son objet même étant l'accompagnement de ces publics."),
          H("Article 3 – Public concerné"),
          P("Les participants sont des demandeurs d'emploi de longue durée, des bénéficiaires du RSA, des jeunes de moins de 26 ans sans qualification et des travailleurs "
            "reconnus handicapés. Le titulaire accueille toute personne orientée sans sélection. Les locaux d'accueil sont accessibles aux personnes à mobilité réduite."),
          RTAB([["Public", "Volume annuel prévisionnel", "Durée d'accompagnement"],
                ["Demandeurs d'emploi de plus de 24 mois", "110", "12 mois renouvelables une fois"],
                ["Bénéficiaires du RSA", "90", "12 mois"],
                ["Jeunes sans qualification", "40", "9 mois"],
                ["Travailleurs handicapés", "20", "12 mois"]], widths=[0.45, 0.25, 0.3]),
          H("Article 4 – Contenu de l'accompagnement"),
          H2("4.1 Diagnostic d'entrée"),
          P("Dans le mois suivant l'orientation, le référent réalise un diagnostic partagé portant sur le projet professionnel, les compétences, les freins périphériques "
            "(mobilité, garde d'enfants, santé, logement) et les ressources mobilisables. Le diagnostic donne lieu à un contrat d'engagement signé par le participant."),
          H2("4.2 Entretiens individuels"),
          P("Le rythme minimal est d'un entretien toutes les deux semaines pendant les trois premiers mois, puis d'un entretien mensuel. Les entretiens ont lieu dans les "
            "permanences de proximité listées à l'article 6."),
          H2("4.3 Ateliers collectifs"),
          LST(["techniques de recherche d'emploi et usage des outils numériques ;", "préparation aux entretiens d'embauche et simulations avec des employeurs ;",
               "découverte des métiers en tension du territoire (logistique, aide à la personne, bâtiment) ;", "mobilité : code de la route, location solidaire de véhicules."]),
          H2("4.4 Relation avec les entreprises"),
          P("Le titulaire prospecte les employeurs, organise des périodes de mise en situation en milieu professionnel et assure le suivi dans l'emploi pendant six mois."),
          H("Article 5 – Équipe dédiée"),
          P("Le titulaire affecte au moins 3,5 équivalents temps plein de conseillers en insertion professionnelle titulaires du titre professionnel CIP ou d'un diplôme "
            "de niveau 6 en travail social, et un chargé de relations entreprises. Toute modification de l'équipe est soumise à l'accord préalable de l'agglomération. "
            "Les conseillers bénéficient chaque année d'au moins trois jours de formation continue sur les dispositifs d'emploi et de formation "
            "du territoire et sur les outils de diagnostic."),
          H("Article 6 – Lieux d'exécution"),
          RTAB([["Permanence", "Adresse", "Ouverture minimale"],
                ["Maison de l'emploi", "14 rue des Tanneurs, Orbize", "5 demi-journées"],
                ["Centre social des Aubiers", "2 allée Camille-Claudel, Orbize", "2 demi-journées"],
                ["Mairie annexe de Font-Claire", "place du Marché, Saint-Pargoire-d'Orbize", "1 demi-journée"],
                ["Espace France services", "9 route de Lodève, Canet-sur-Orbize", "1 demi-journée"]], widths=[0.3, 0.45, 0.25]),
          H("Article 7 – Résultats attendus et indicateurs"),
          RTAB([["Indicateur", "Cible annuelle"],
                ["Taux de sorties positives (emploi durable ou formation qualifiante)", "45 %"],
                ["Dont sorties en emploi durable", "30 %"],
                ["Participants ayant bénéficié d'une mise en situation professionnelle", "60 %"],
                ["Délai moyen entre orientation et premier entretien", "10 jours ouvrés"]], widths=[0.7, 0.3]),
          P("Les résultats sont saisis dans le logiciel de suivi des parcours mis à disposition par l'agglomération. Les données nominatives sont traitées dans le respect du RGPD."),
          H("Article 8 – Bilans"),
          P("Le titulaire remet un bilan semestriel quantitatif et qualitatif et un bilan final. Les bilans sont présentés au comité de pilotage du PLIE, qui réunit les élus, "
            "les représentants de France Travail, du Département et des partenaires sociaux."),
          H("Article 9 – Financement européen et publicité"),
          P("L'opération est susceptible d'être cofinancée par le Fonds social européen plus (FSE+). Le titulaire appose les logos requis sur tous les supports et conserve "
            "les pièces justificatives pendant dix ans à compter du dernier paiement."),
          ]
    b += f_confid(c, 2)
    b += f_qualite(c, 1)
    b += f_docs_remettre(c, 0, ["la liste nominative des référents et leur planning de permanences, avant le démarrage ;", "le bilan semestriel et le bilan final prévus à l'article 8 ;",
                                "les fiches de suivi individuelles, à la demande du PLIE ;", "les justificatifs de dépenses exigés pour le cofinancement."])
    b += f_fin_contrat(c, 1)
    lab = L(evidence=[])
    DOC("CCTP_02_CA_Val_Orbize_accompagnement_emploi.docx", "CCTP", "CA Val d'Orbize – Accompagnement renforcé vers l'emploi – CCTP",
        "CAVO-DEE-27-011 – CCTP", b, lab,
        note="Objet = accompagnement de publics en insertion (pas une clause d'insertion, écrit expressément) ; qualifications et formation du personnel ; accessibilité des locaux ; FSE+ : tout à 0. Silence sur les lots.")


def cctp03():
    c = C("Habitat Sud-Argonne", "Châlons-en-Champagne", ref="HSA-2027-PROP-03")
    res = [("Résidence Les Coteaux", "Sainte-Ménehould-la-Haute", "6", "148", "2 passages / semaine"),
           ("Cité du Moulin", "Sainte-Ménehould-la-Haute", "4", "72", "2 passages / semaine"),
           ("Le Clos Saint-Rémi", "Varennes-d'Argonne", "3", "36", "1 passage / semaine"),
           ("Les Hauts de Vienne", "Vienne-la-Forêt", "5", "90", "2 passages / semaine"),
           ("Résidence Jean-Moulin", "Clermont-sur-Aire", "2", "24", "1 passage / semaine"),
           ("Foyer-logement Les Charmes", "Clermont-sur-Aire", "1", "40", "3 passages / semaine"),
           ("Les Jardins de l'Aisne", "Dommartin-sur-Aisne", "3", "42", "1 passage / semaine"),
           ("Résidence du Lavoir", "Passavant-en-Argonne", "2", "18", "1 passage / semaine")]
    b = COVER("Habitat Sud-Argonne – Office public de l'habitat",
              "Cahier des clauses techniques particulières",
              ["Nettoyage des parties communes et entretien des abords du patrimoine locatif",
               "Lot n° 3 : secteur Argonne Est"],
              [["Référence", "HSA-2027-PROP-03"], ["Procédure", "Appel d'offres ouvert"], ["Date", "février 2027"]])
    b += [H("Article 1 – Objet et décomposition"),
          P("Le présent cahier définit les prestations de nettoyage des parties communes, de sortie des conteneurs et d'entretien courant des abords des résidences "
            "d'Habitat Sud-Argonne situées sur le secteur Argonne Est. L'accord-cadre est alloti en quatre lots géographiques ; le présent CCTP est propre au lot n° 3."),
          H("Article 2 – Patrimoine concerné"),
          RTAB([["Résidence", "Commune", "Cages", "Logements", "Fréquence"]] + [list(r) for r in res], widths=[0.28, 0.28, 0.1, 0.14, 0.2]),
          P("La liste peut évoluer en cours d'exécution (acquisitions, démolitions, ventes) ; les prix unitaires du bordereau s'appliquent alors aux cages ajoutées ou retirées."),
          H("Article 3 – Nature des prestations"),
          H2("3.1 Prestations hebdomadaires"),
          LST(["balayage humide et lavage des halls, paliers et escaliers ;", "nettoyage des vitres des portes d'entrée et des boîtes aux lettres ;",
               "dépoussiérage des rampes, plinthes et interrupteurs ;", "nettoyage de la cabine d'ascenseur et des portes palières ;",
               "ramassage des papiers et encombrants légers aux abords immédiats."]),
          H2("3.2 Prestations mensuelles et trimestrielles"),
          P("Lavage des locaux vide-ordures et des locaux à poubelles, désinfection des conteneurs, nettoyage des caves et parkings souterrains, lessivage des portes palières."),
          H2("3.3 Sortie et rentrée des conteneurs"),
          P("Le titulaire sort les conteneurs la veille au soir des jours de collecte fixés par la communauté de communes et les rentre le jour même avant 19 heures."),
          H("Article 4 – Produits et matériels"),
          P("Les produits d'entretien utilisés pour les opérations courantes sont titulaires de l'écolabel européen ou d'un label équivalent ; les fiches techniques et fiches de données de "
            "sécurité sont remises avant le démarrage. Le titulaire privilégie les systèmes de dosage automatique et les textiles en microfibre lavables ; les aérosols sont proscrits. "
            "Les emballages vides sont repris par le titulaire."),
          P("Les désinfectants ne sont employés que dans les locaux à poubelles et vide-ordures, en respectant les doses prescrites."),
          H("Article 5 – Personnel du titulaire"),
          H2("5.1 Reprise du personnel"),
          P("Les agents actuellement affectés au secteur bénéficient, s'ils remplissent les conditions, de la garantie d'emploi prévue par l'annexe 7 de la convention collective "
            "nationale des entreprises de propreté et services associés. La liste anonymisée des salariés concernés (ancienneté, qualification, durée contractuelle) figure en annexe 2 ; "
            "elle est communiquée à titre d'information et n'engage pas l'office."),
          H2("5.2 Encadrement"),
          P("Un chef d'équipe est désigné pour le lot ; il est joignable du lundi au vendredi de 7 heures à 18 heures et effectue une tournée de contrôle au moins une fois par mois "
            "sur chaque résidence avec le gardien ou le responsable de secteur de l'office."),
          H2("5.3 Emploi de personnes en parcours d'insertion"),
          P("Pour l'exécution du lot, le titulaire réserve au moins 1~450 heures de travail sur la durée totale de l'accord-cadre à des personnes rencontrant des difficultés sociales ou "
            "professionnelles particulières : demandeurs d'emploi de longue durée, allocataires du RSA, jeunes sans qualification, personnes suivies par le PLIE ou orientées par "
            "France Travail. Il peut recruter directement ces personnes, recourir à une entreprise de travail temporaire d'insertion ou à un groupement d'employeurs pour l'insertion "
            "et la qualification."),
          P("La facilitatrice de la Maison de l'emploi d'Argonne valide l'éligibilité des personnes et reçoit chaque trimestre l'état nominatif des heures réalisées."),
          H2("5.4 Horaires de travail"),
          P("Les interventions ont lieu entre 7 heures et 20 heures, hors dimanches et jours fériés. Le titulaire organise le temps de travail de ses agents dans le respect de la convention "
            "collective ; il évite autant que possible les horaires fractionnés."),
          H2("5.5 Absences et remplacements"),
          P("Toute absence d'un agent est compensée dès le premier jour. Le chef d'équipe informe le gardien de la résidence du nom de l'agent remplaçant ; les prestations non "
            "réalisées du fait d'une absence non remplacée ne sont pas facturées, sans préjudice des pénalités."),
          H("Article 6 – Relations avec les locataires"),
          P("Les agents adoptent une attitude courtoise à l'égard des locataires, dont certains sont âgés ou en situation de handicap. Ils ne pénètrent pas dans les logements. "
            "Ils signalent au gardien toute anomalie (éclairage, porte forcée, infiltration)."),
          H("Article 7 – Contrôle et indicateurs"),
          P("Les contrôles sont réalisés au moyen de la grille « propreté » annexée, sur une échelle de 0 à 4 par élément. Une note moyenne inférieure à 3 sur deux contrôles "
            "consécutifs entraîne l'application de la réfaction prévue au CCAP."),
          RTAB([["Élément contrôlé", "Poids"], ["Halls et paliers", "30 %"], ["Escaliers", "20 %"], ["Ascenseur", "15 %"], ["Locaux poubelles", "20 %"], ["Abords", "15 %"]], widths=[0.7, 0.3]),
          ]
    b += [H("Article 8 – Abords et espaces extérieurs"),
          P("L'entretien des abords comprend le ramassage manuel des déchets diffus sur les cheminements, les parkings de surface et les pelouses, le vidage des corbeilles, le balayage "
            "des entrées et des rampes, et le désherbage manuel ou mécanique des joints de dallage. Les encombrants abandonnés sont signalés à l'agence et ne sont pas enlevés par le titulaire."),
          RTAB([["Tâche", "Fréquence", "Observation"], ["Ramassage des papiers et déchets diffus", "à chaque passage", "abords immédiats (10 m)"],
                ["Vidage des corbeilles extérieures", "hebdomadaire", "sacs fournis par le titulaire"], ["Balayage des entrées et rampes", "hebdomadaire", "feuilles en automne : renfort"],
                ["Désherbage des joints", "trimestriel", "manuel ou thermique"], ["Nettoyage des aires de présentation des conteneurs", "mensuel", "après collecte"],
                ["Signalement des encombrants", "à chaque passage", "photographie jointe au signalement"]], widths=[0.45, 0.2, 0.35]),
          H("Article 9 – Clés, badges et accès"),
          P("Les clés et badges nécessaires sont remis au chef d'équipe contre émargement. Toute perte est signalée dans les vingt-quatre heures ; le remplacement des serrures ou des "
            "badges rendu nécessaire par une perte est à la charge du titulaire. Les codes d'accès ne sont communiqués qu'aux agents affectés au lot."),
          H("Article 10 – Cahier de liaison et réclamations"),
          P("Un cahier de liaison, tenu dans le local d'entretien de chaque résidence, mentionne la date des passages et les prestations réalisées. Les réclamations des locataires "
            "transmises par l'agence sont traitées dans un délai de quarante-huit heures ouvrées ; le titulaire indique dans l'outil de suivi la date et la nature de l'intervention corrective."),
          ]
    b += f_prevention_services(c, 1, "les résidences de l'office")
    b += f_reunions(c, 2, "le responsable de l'agence Argonne")
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1450, clause_environnementale=1, allotissement=1, nb_lots=4,
            evidence=["L'accord-cadre est alloti en quatre lots géographiques",
                      "le titulaire réserve au moins 1 450 heures de travail sur la durée totale de l'accord-cadre à des personnes rencontrant des difficultés sociales",
                      "titulaires de l'écolabel européen ou d'un label équivalent"])
    DOC("CCTP_03_OPH_Sud_Argonne_proprete_lot3.pdf", "CCTP", "Habitat Sud-Argonne – CCTP nettoyage – lot 3 Argonne Est",
        "HSA-2027-PROP-03 – CCTP lot 3", b, lab, cols=2,
        note="Deux colonnes. Heures d'insertion dans le sous-article « Personnel du titulaire ». Pièges : reprise du personnel (annexe 7), horaires de travail, locataires âgés.")


def cctp04():
    c = C("le SDIS des Hautes-Combes", "Besançon", ref="SDIS-HC-27-MAT-04")
    veh = [("FPT (fourgon pompe-tonne)", "38", "révision annuelle + pompe"), ("CCF (camion-citerne feux de forêts)", "14", "révision annuelle + protection"),
           ("VSAV (secours et assistance aux victimes)", "46", "révision semestrielle"), ("EPA (échelle pivotante)", "6", "révision annuelle + épreuves"),
           ("VL / VLHR", "71", "révision annuelle"), ("Remorques et cellules", "22", "contrôle annuel")]
    b = COVER("Service departemental d'incendie et de secours des Hautes-Combes",
              "CCTP - Maintenance preventive et curative du parc roulant",
              ["Lot 1 : vehicules poids lourds d'incendie et de secours", "Accord-cadre a bons de commande"],
              [["Reference", "SDIS-HC-27-MAT-04"], ["Groupement", "Groupement technique et logistique"], ["Indice", "B"]],
              ["Document exporte depuis l'outil de redaction des marches (caracteres accentues non conserves)."])
    b += [H("Article 1 - Objet"),
          P("Le present cahier fixe les conditions techniques de la maintenance preventive et curative des vehicules du SDIS. La consultation est divisee en 3 lots : "
            "lot 1 poids lourds d'incendie et de secours, lot 2 vehicules legers et VSAV, lot 3 echelles et bras elevateurs aeriens. Le present document concerne le lot 1."),
          H("Article 2 - Parc concerne"),
          RTAB([["Categorie", "Nombre", "Maintenance preventive"]] + [list(v) for v in veh], widths=[0.5, 0.15, 0.35]),
          P("Le parc est reparti sur 41 centres d'incendie et de secours ; la liste detaillee (immatriculation, annee, kilometrage) figure en annexe. Les vehicules sont convoyes "
            "par le titulaire ou par le SDIS selon les modalites de l'article 5."),
          H("Article 3 - Maintenance preventive"),
          P("Les operations de maintenance preventive suivent les preconisations des constructeurs du chassis et du carrossier. Elles comprennent la vidange, le remplacement des filtres, "
            "le controle des organes de securite, le graissage, le controle de la pompe et des circuits hydrauliques ainsi que l'essai sur route."),
          H("Article 4 - Maintenance curative"),
          P("Le titulaire etablit un devis prealable pour toute intervention curative ; le devis precise le temps passe selon les baremes constructeurs et le prix des pieces. "
            "Aucune intervention n'est engagee sans bon de commande, sauf urgence operationnelle signalee par l'officier de permanence."),
          H("Article 5 - Delais d'immobilisation"),
          RTAB([["Type d'intervention", "Delai maximal"], ["Revision annuelle", "3 jours ouvres"], ["Reparation sans commande de pieces", "2 jours ouvres"],
                ["Reparation avec pieces", "delai du devis accepte"], ["Depannage sur intervention", "4 heures"]], widths=[0.6, 0.4]),
          H("Article 6 - Gestion des dechets et des fluides"),
          P("Le titulaire collecte separement les huiles usagees, liquides de refroidissement, filtres, batteries et pneumatiques deposes ; il les confie a des collecteurs agrees et remet "
            "au SDIS chaque trimestre les bordereaux de suivi des dechets correspondants. Les fluides de remplacement pour les circuits hydrauliques des pompes sont des huiles "
            "biodegradables lorsque le constructeur l'autorise. Le lavage des vehicules est realise sur une aire equipee d'un separateur d'hydrocarbures."),
          H("Article 7 - Qualification du personnel"),
          P("Les interventions sont realisees par des mecaniciens titulaires au minimum d'un CAP maintenance des vehicules option vehicules de transport routier, disposant d'une "
            "experience de trois ans sur poids lourds. Les interventions sur les circuits electriques des vehicules hybrides exigent l'habilitation electrique adaptee (B1VL, B2VL ou BCL). "
            "Le titulaire assure a ses frais la formation de son personnel aux specificites des pompes et equipements hydrauliques des engins d'incendie."),
          H("Article 8 - Interventions dans les centres de secours"),
          P("Lorsque l'intervention a lieu dans un centre, le titulaire respecte le plan de prevention etabli avec le chef de centre ; il ne circule pas dans les zones de depart "
            "des engins pendant les alertes. Le temps de travail et les astreintes de ses mecaniciens relevent de sa seule organisation."),
          H("Article 9 - Pieces detachees"),
          P("Les pieces sont d'origine ou de qualite equivalente certifiee. Les pieces remplacees sont tenues a la disposition du SDIS pendant quinze jours. Le titulaire peut proposer "
            "des pieces de reemploi garanties lorsqu'elles existent ; leur utilisation est soumise a l'accord du SDIS."),
          H("Article 10 - Suivi informatique"),
          P("Le titulaire renseigne chaque intervention dans le logiciel de gestion de flotte du SDIS (environnement web, acces par identifiant personnel). L'environnement de test est "
            "mis a disposition du titulaire pendant le mois precedant le demarrage."),
          ]
    b += f_qualite(c, 0)
    b += f_reunions(c, 1, "le chef du groupement technique et logistique")
    b += f_glossaire(c, 0, [("Centre", "centre d'incendie et de secours (CIS) dans lequel le véhicule est affecté"), ("Immobilisation", "durée entre la remise du véhicule et sa restitution en état de marche"),
                            ("Devis", "proposition chiffrée préalable à toute intervention curative"), ("Officier de permanence", "officier du CTA-CODIS habilité à déclarer l'urgence opérationnelle"),
                            ("Barème constructeur", "temps de main-d'œuvre publié par le constructeur pour une opération donnée")])
    b += f_docs_remettre(c, 1, ["le rapport d'intervention signé pour chaque véhicule ;", "l'état trimestriel des immobilisations ;", "les bordereaux de suivi des déchets prévus à l'article 6 ;",
                                "le bilan annuel de maintenance par catégorie de véhicule."])
    b += f_fin_contrat(c, 2)
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=3,
            evidence=["La consultation est divisee en 3 lots", "il les confie a des collecteurs agrees et remet au SDIS chaque trimestre les bordereaux de suivi des dechets",
                      "fluides de remplacement pour les circuits hydrauliques des pompes sont des huiles biodegradables"])
    DOC("CCTP_04_SDIS_Hautes_Combes_maintenance_PL_lot1.docx", "CCTP", "SDIS des Hautes-Combes - CCTP maintenance parc roulant - lot 1",
        "SDIS-HC-27-MAT-04 - CCTP", b, lab, noacc=True,
        note="Export sans accents. Qualification/habilitations du personnel, plan de prévention, temps de travail : pas de clause sociale. « environnement web / de test » : faux environnemental. Déchets/fluides : clause environnementale.")


def cctp05():
    c = C("le Département de la Vallée-Mauve", "Orléans", ref="DVM-MOB-2027-TEEH")
    circ = [("01", "Secteur Nord – Pithiviers-la-Forêt", "IME Les Peupliers", "4", "9 places"),
            ("02", "Secteur Nord – Malesherbes-sur-Essonne", "ULIS collège Jean-Rostand", "3", "9 places"),
            ("03", "Secteur Centre – Saran-Mauve", "IEM La Source", "5", "VTPMR 2 fauteuils"),
            ("04", "Secteur Centre – Olivet-les-Bois", "ITEP du Loiret", "2", "VL 4 places"),
            ("05", "Secteur Est – Montargis-Vieille", "IME Jules-Verne", "6", "9 places"),
            ("06", "Secteur Est – Gien-sur-Loire", "lycée professionnel du Val", "2", "VL 4 places"),
            ("07", "Secteur Sud – Sully-la-Chapelle", "IME Les Grands Chênes", "4", "VTPMR 1 fauteuil"),
            ("08", "Secteur Sud – Lamotte-Beuvron-Mauve", "SESSAD Sologne", "3", "VL 4 places"),
            ("09", "Secteur Ouest – Meung-en-Beauce", "collège Gaston-Couté", "2", "VL 4 places"),
            ("10", "Secteur Ouest – Patay-la-Plaine", "IME Le Moulin", "5", "9 places"),
            ("11", "Agglomération – Orléans Nord", "université – site de la Source", "3", "VTPMR 2 fauteuils"),
            ("12", "Agglomération – Orléans Sud", "lycée Voltaire-Mauve", "4", "9 places")]
    b = COVER("Département de la Vallée-Mauve – Direction des mobilités",
              "Cahier des clauses techniques particulières",
              ["Transport des élèves et étudiants en situation de handicap (TEEH)", "Années scolaires 2027-2028 à 2030-2031"],
              [["Marché", "DVM-MOB-2027-TEEH"], ["Procédure", "appel d'offres ouvert – articles R. 2124-2 et R. 2161-2"], ["Rédaction", "Service transports adaptés"]])
    b += [H("Article 1 – Objet"),
          P("Le présent cahier définit les conditions d'exécution du transport quotidien des élèves et étudiants en situation de handicap, domiciliés dans le Département, "
            "entre leur domicile et leur établissement d'enseignement ou médico-social, en application des articles R. 3111-24 à R. 3111-27 du code des transports. "
            "Le marché est divisé en douze lots correspondant chacun à un circuit ; les stipulations du présent cahier sont communes à tous les lots."),
          H("Article 2 – Circuits"),
          RTAB([["Lot", "Secteur", "Établissement principal", "Élèves", "Véhicule minimal"]] + [list(x) for x in circ], widths=[0.07, 0.33, 0.3, 0.1, 0.2]),
          P("Le nombre d'élèves est celui de la rentrée 2026 ; il varie en cours d'année au gré des décisions de la maison départementale des personnes handicapées."),
          H("Article 3 – Prise en charge des élèves"),
          H2("3.1 Au domicile"),
          P("L'élève est pris en charge à la porte du domicile et confié au personnel de l'établissement. Aucun élève n'est laissé seul sur la voie publique. Lorsque le responsable "
            "légal est absent au retour, le conducteur contacte le service transports adaptés, qui lui indique la conduite à tenir."),
          H2("3.2 Temps de trajet"),
          P("Le temps de trajet d'un élève ne dépasse pas une heure par sens, sauf dérogation motivée accordée par le Département."),
          H2("3.3 Aménagements individuels"),
          P("Le titulaire respecte les préconisations figurant au dossier de l'élève : place attitrée, siège adapté, harnais, présence d'un accompagnateur, fauteuil roulant "
            "arrimé par système à quatre points. Les véhicules transportant des élèves en fauteuil sont accessibles par rampe ou hayon élévateur et conformes aux normes "
            "applicables aux véhicules de transport de personnes à mobilité réduite."),
          H("Article 4 – Conducteurs et accompagnateurs"),
          P("Les conducteurs sont titulaires du permis adapté et de l'attestation préfectorale d'aptitude à la conduite ; leur casier judiciaire (bulletin n° 2) est vierge. Ils "
            "ont suivi, avant leur première prise en charge, une formation d'au moins une journée à l'accueil et au transport d'enfants handicapés (troubles du comportement, "
            "épilepsie, manipulation des fauteuils), renouvelée tous les trois ans. Le Département se réserve d'assister à ces formations."),
          P("Le titulaire veille au respect de la réglementation relative aux temps de conduite et de repos de ses conducteurs et à l'organisation de leurs coupures entre le "
            "service du matin et celui du soir. La stabilité des conducteurs affectés à un circuit est recherchée, les élèves supportant mal les changements d'interlocuteur."),
          H("Article 5 – Véhicules"),
          P("Les véhicules affectés au marché ont moins de six ans à la date de leur mise en service sur le circuit. Ils relèvent au minimum de la classe Crit'Air 1 ; à compter "
            "de la rentrée 2029, au moins la moitié des véhicules de chaque titulaire affectés aux circuits sont des véhicules électriques ou hybrides rechargeables. "
            "Le titulaire communique chaque année la liste des véhicules avec leur certificat qualité de l'air et le kilométrage parcouru."),
          P("Les conducteurs coupent le moteur pendant les temps d'attente devant les établissements. Chaque véhicule est équipé d'un téléphone mains libres, d'une trousse de "
            "premiers secours et d'un extincteur."),
          H("Article 6 – Information des familles"),
          P("Dans la semaine précédant la rentrée, le titulaire prend contact avec chaque famille pour présenter le conducteur et convenir des horaires. Les documents remis "
            "aux familles sont disponibles en version facile à lire et à comprendre (FALC) fournie par le Département."),
          H("Article 7 – Incidents"),
          P("Tout incident (retard supérieur à quinze minutes, accident, malaise, comportement dangereux) est signalé sans délai au service transports adaptés puis confirmé par "
            "écrit sous vingt-quatre heures au moyen de la fiche d'incident annexée."),
          RTAB([["Incident", "Information immédiate", "Rapport écrit"], ["Retard de plus de 15 min", "famille et établissement", "non"],
                ["Accident matériel", "Département", "24 h"], ["Malaise d'un élève", "secours puis famille et Département", "24 h"],
                ["Oubli d'un élève", "Département", "24 h"]], widths=[0.35, 0.4, 0.25]),
          ]
    b += f_qualite(c, 2)
    b += f_confid(c, 0)
    b += f_reunions(c, 0, "le chef du service transports adaptés")
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=12,
            evidence=["Le marché est divisé en douze lots", "Ils relèvent au minimum de la classe Crit'Air 1",
                      "au moins la moitié des véhicules de chaque titulaire affectés aux circuits sont des véhicules électriques ou hybrides rechargeables"])
    DOC("CCTP_05_Dept_Vallee_Mauve_transport_eleves_handicapes.pdf", "CCTP", "Département de la Vallée-Mauve – TEEH – CCTP",
        "DVM-MOB-2027-TEEH – CCTP commun aux lots", b, lab,
        note="Transport d'élèves handicapés : usagers vulnérables, accessibilité PMR des véhicules, formation des conducteurs, temps de conduite, FALC : aucune clause sociale. Véhicules Crit'Air 1 / électriques : clause environnementale.")


def cctp06():
    c = C("l'Université Rhône-Sâne", "Lyon", ref="URS-DSI-27-019")
    b = COVER("Université Rhône-Sâne – Direction du système d'information",
              "Cahier des clauses techniques particulières",
              ["Tierce maintenance applicative et exploitation de l'environnement numérique de travail (ENT)"],
              [["Référence", "URS-DSI-27-019"], ["Version", "1.3"], ["Classification", "Diffusion restreinte aux candidats"]])
    b += [H("Article 1 – Présentation de l'université"),
          P("L'université accueille 31 000 étudiants et 3 200 personnels sur quatre campus. Elle conduit une politique de responsabilité sociétale formalisée dans son schéma "
            "directeur développement durable et responsabilité sociétale 2025-2029, qui fixe des orientations à l'établissement ; ce document est communiqué pour information."),
          H("Article 2 – Périmètre applicatif"),
          RTAB([["Composant", "Technologie", "Utilisateurs", "Criticité"],
                ["Portail ENT", "uPortal / Java 17", "34 000", "haute"], ["Gestion des emplois du temps", "ADE", "3 000", "haute"],
                ["Plateforme pédagogique", "Moodle 4.x", "28 000", "haute"], ["Annuaire et authentification", "LDAP, CAS, Shibboleth", "34 000", "critique"],
                ["Messagerie collaborative", "Zimbra", "34 000", "haute"], ["Outils d'enquête", "LimeSurvey", "1 200", "moyenne"]], widths=[0.34, 0.28, 0.18, 0.2]),
          H("Article 3 – Environnements techniques"),
          P("Le titulaire intervient sur trois environnements : développement, préproduction et production, hébergés dans le centre de données de l'université sous "
            "virtualisation VMware et conteneurs Kubernetes. Toute mise en production depuis l'environnement de préproduction fait l'objet d'une validation écrite du chef de projet. "
            "L'environnement de développement est reconstruit à chaque montée de version majeure."),
          H("Article 4 – Prestations de maintenance"),
          H2("4.1 Maintenance corrective"),
          P("Le titulaire qualifie et corrige les anomalies signalées dans l'outil de gestion des tickets. Les délais de prise en compte et de correction sont fixés à l'article 7."),
          H2("4.2 Maintenance évolutive"),
          P("Les évolutions sont commandées par bons de commande sur la base d'unités d'œuvre (UO) définies au bordereau des prix : UO simple (2 jours), UO moyenne (5 jours), UO complexe (12 jours)."),
          H2("4.3 Maintenance préventive et veille"),
          P("Le titulaire applique les correctifs de sécurité publiés par les éditeurs dans un délai maximal de quinze jours, ou de quarante-huit heures pour une vulnérabilité critique."),
          H("Article 5 – Accessibilité numérique"),
          P("Les développements livrés respectent le référentiel général d'amélioration de l'accessibilité (RGAA) version 4.1 au niveau AA. Le titulaire fournit pour chaque "
            "évolution une grille d'audit d'accessibilité. Cette exigence découle de l'article 47 de la loi n° 2005-102 et s'applique à l'ensemble des services numériques de l'université."),
          H("Article 6 – Équipe du titulaire"),
          H2("6.1 Composition"),
          P("L'équipe comprend un directeur de projet, un responsable technique, deux développeurs confirmés Java et un administrateur systèmes. Les CV des intervenants sont "
            "joints à l'offre ; tout remplacement est soumis à l'accord de l'université et assorti d'une période de tuilage de cinq jours sans surcoût."),
          H2("6.2 Alternance"),
          P("Pendant toute la durée du marché, le titulaire affecte à l'exécution des prestations au moins deux apprentis ou salariés en contrat de professionnalisation, "
            "préparant un diplôme de niveau BTS à master dans les métiers du numérique, encadrés chacun par un maître d'apprentissage membre de l'équipe. Le titulaire transmet "
            "chaque année à l'université la copie anonymisée des contrats et le nombre d'heures effectuées par les alternants sur le marché. En cas de rupture d'un contrat, "
            "il procède à un nouveau recrutement dans un délai de trois mois."),
          H2("6.3 Lieu d'intervention et horaires"),
          P("Les prestations sont exécutées à distance, à l'exception d'une journée mensuelle sur site. Les horaires de service sont de 8 heures à 18 heures les jours ouvrés ; "
            "l'organisation du temps de travail de l'équipe relève du seul titulaire."),
          H("Article 7 – Niveaux de service"),
          RTAB([["Niveau", "Définition", "Prise en compte", "Correction ou contournement"],
                ["P1 bloquant", "service indisponible pour tous", "30 min", "4 h ouvrées"], ["P2 majeur", "fonction essentielle dégradée", "2 h", "1 jour ouvré"],
                ["P3 mineur", "gêne sans blocage", "1 jour", "10 jours ouvrés"]], widths=[0.15, 0.4, 0.2, 0.25]),
          H("Article 8 – Réversibilité"),
          P("En fin de marché, le titulaire assure la réversibilité vers l'université ou vers un nouveau prestataire : transfert de la documentation, des sources et des procédures "
            "d'exploitation, et quinze jours d'accompagnement."),
          ]
    b += f_confid(c, 0)
    b += f_reunions(c, 2, "le chef de projet de la DSI")
    b += f_glossaire(c, 1, [("Anomalie", "comportement du logiciel non conforme à sa documentation ou aux spécifications validées"), ("Contournement", "solution provisoire rétablissant l'usage de la fonction"),
                            ("UO", "unité d'œuvre servant au chiffrage des évolutions"), ("Mise en production", "déploiement d'une version validée sur l'environnement de production"),
                            ("Heures ouvrées", "de 8 h à 18 h, du lundi au vendredi, hors jours fériés et fermetures de l'université")])
    b += f_docs_remettre(c, 2, ["le plan d'assurance qualité, un mois après la notification ;", "le rapport mensuel d'activité (tickets, délais, évolutions livrées) ;",
                                "la documentation technique et d'exploitation mise à jour à chaque version ;", "le bilan annuel de maintenance."])
    lab = L(clause_sociale=1,
            evidence=["le titulaire affecte à l'exécution des prestations au moins deux apprentis ou salariés en contrat de professionnalisation"])
    DOC("CCTP_06_Universite_Rhone_Sane_TMA_ENT.docx", "CCTP", "Université Rhône-Sâne – TMA de l'ENT – CCTP", "URS-DSI-27-019 – CCTP", b, lab,
        note="Engagement d'alternance (clause sociale) ; clause_insertion=0 : les alternants préparent BTS à master et ne sont pas désignés comme publics éloignés de l'emploi (choix expliqué). Pièges : « environnement » technique, RGAA (obligation légale), politique RSE de l'université sans obligation.")


def cctp07():
    c = C("la Région Grand-Ouest Atlantique", "Nantes", ccag="travaux", ref="RGOA-LYC-2027-017")
    men = [("M01", "Fenêtre aluminium 2 vantaux oscillo-battant", "1,35 × 1,45", "112", "Bât. A et B"),
           ("M02", "Châssis fixe aluminium", "2,40 × 1,20", "36", "CDI et hall"),
           ("M03", "Porte d'entrée vitrée 2 vantaux, anti-pince-doigts", "1,80 × 2,25", "6", "Accès principaux"),
           ("M04", "Ensemble menuisé mur-rideau", "8,10 × 3,60", "2", "Restaurant"),
           ("M05", "Fenêtre à soufflet motorisée (désenfumage)", "1,00 × 0,60", "24", "Circulations"),
           ("M06", "Porte de secours 1 vantail avec barre anti-panique", "0,93 × 2,15", "14", "Ateliers"),
           ("M07", "Brise-soleil orientables motorisés", "1,35 × 1,60", "112", "Façades sud et ouest"),
           ("M08", "Grille de ventilation acoustique", "0,60 × 0,20", "48", "Salles banalisées")]
    b = COVER("Région Grand-Ouest Atlantique – Direction des lycées",
              "CCTP – Lot n° 05 : Menuiseries extérieures aluminium – Occultations",
              ["Restructuration et extension du lycée polyvalent Anita-Conti à Pornic-les-Dunes", "Opération n° 2027-017 – Phase PRO-DCE"],
              [["Maître d'ouvrage", "Région Grand-Ouest Atlantique"], ["Mandataire", "SPL Atlantique Bâtiments Publics"],
               ["Maître d'œuvre", "Atelier Kerlann architectes – BET Ouest Fluides"], ["Indice", "C du 8 mars 2027"]])
    b += [H("Article 1 – Généralités"),
          H2("1.1 Objet du lot"),
          P("Le présent CCTP décrit les ouvrages de menuiseries extérieures en aluminium et les occultations du bâtiment d'enseignement restructuré et de l'extension. "
            "Les travaux sont répartis en quatorze lots traités par marchés séparés ; l'entrepreneur du lot 05 prend connaissance des CCTP des lots 02 (gros œuvre), "
            "04 (étanchéité), 08 (plâtrerie) et 11 (électricité) pour les interfaces."),
          H2("1.2 Documents de référence"),
          LST(["NF DTU 36.5 Mise en œuvre des fenêtres et portes extérieures ;", "NF EN 14351-1 Fenêtres et portes – norme de produit ;",
               "règles Th-Bât et réglementation environnementale RE2020 (performances thermiques des baies, données du calcul réglementaire) ;",
               "arrêté du 20 avril 2017 relatif à l'accessibilité des établissements recevant du public (efforts de manœuvre, poignées) ;", "NF P 01-012 garde-corps."]),
          H("Article 2 – Description des ouvrages"),
          RTAB([["Repère", "Désignation", "Dimensions (m)", "Qté", "Localisation"]] + [list(x) for x in men], widths=[0.1, 0.42, 0.16, 0.08, 0.24]),
          H2("2.1 Profilés"),
          P("Profilés aluminium à rupture de pont thermique, laquage polyester qualicoat classe 2, teinte RAL 7016 sablé extérieur et RAL 9010 intérieur. Les profilés sont issus "
            "d'aluminium comportant au moins 50 % de matière recyclée, attesté par la fiche de déclaration environnementale et sanitaire (FDES) du système ou un certificat du gammiste."),
          H2("2.2 Vitrages"),
          P("Double vitrage 44.2 / 16 argon / 4 faible émissivité, Ug maximal 1,1 W/m².K, facteur solaire adapté à l'orientation selon le calcul thermique. Intercalaires à bords chauds."),
          H2("2.3 Quincaillerie et manœuvre"),
          P("Poignées à hauteur comprise entre 0,90 et 1,30 m du sol fini ; effort de manœuvre des portes d'entrée inférieur à 50 N conformément à la réglementation "
            "accessibilité ; ferme-portes à fermeture temporisée."),
          H("Article 3 – Mise en œuvre"),
          P("Pose en applique intérieure sur précadre bois pour les baies de la partie restructurée, pose en tunnel pour l'extension. Étanchéité à l'air par membranes "
            "adhésives certifiées ; un test d'infiltrométrie intermédiaire est réalisé avant les doublages, en présence du lot 08."),
          H("Article 4 – Organisation du chantier"),
          H2("4.1 Site occupé"),
          P("Les travaux se déroulent en site occupé par les élèves et les personnels. Les interventions bruyantes ont lieu en dehors des heures d'examen ; les circulations "
            "d'élèves sont séparées des zones de travaux par des palissades pleines."),
          H2("4.2 Gestion des déchets du lot"),
          P("L'entrepreneur trie ses déchets sur le chantier en cinq flux au minimum (bois, métaux, verre, plâtre, déchets non dangereux en mélange) dans les bennes de la base-vie. "
            "Les chutes et menuiseries déposées en aluminium sont reprises par une filière de recyclage de l'aluminium ; les vitrages déposés sont orientés vers une filière de "
            "recyclage du verre plat. Les bordereaux et attestations de valorisation sont remis mensuellement au maître d'œuvre."),
          H2("4.3 Sous-traitance et main-d'œuvre"),
          P("Toute sous-traitance (pose, motorisation des brise-soleil) est déclarée avant l'intervention du sous-traitant. L'entrepreneur et ses sous-traitants consacrent à des "
            "personnes éloignées de l'emploi, sur la durée du lot, au moins 620 heures de travail, soit par embauche directe, soit par mise à disposition d'une entreprise de travail "
            "temporaire d'insertion, soit en sous-traitant une partie de la pose à une entreprise d'insertion. Le suivi est assuré par le guichet clauses sociales du Département, "
            "mandaté par la Région ; les justificatifs sont joints aux situations mensuelles."),
          H("Article 5 – Essais et réception"),
          P("Essais de fonctionnement de toutes les ouvrants motorisés, contrôle des vitrages, mesure de perméabilité à l'air en fin de chantier par le lot 11. Le dossier des ouvrages "
            "exécutés comprend les notices, les PV de classement AEV et la FDES des produits."),
          RTAB([["Essai", "Fréquence", "Responsable"], ["Étanchéité à l'eau sur prototype", "1 fois", "lot 05"], ["Infiltrométrie intermédiaire", "1 fois par niveau", "lot 05 / lot 08"],
                ["Fonctionnement des ouvrants de désenfumage", "100 %", "lot 05 / lot 11"], ["Manœuvre des portes (effort)", "100 %", "lot 05"]], widths=[0.5, 0.25, 0.25]),
          ]
    b += f_ppsps(c, 1)
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=620, clause_environnementale=1, allotissement=1, nb_lots=14,
            evidence=["Les travaux sont répartis en quatorze lots", "consacrent à des personnes éloignées de l'emploi, sur la durée du lot, au moins 620 heures de travail",
                      "L'entrepreneur trie ses déchets sur le chantier en cinq flux au minimum"])
    DOC("CCTP_07_Region_GOA_lycee_Pornic_lot05_menuiseries.pdf", "CCTP", "Lycée Anita-Conti – Restructuration – CCTP lot 05 Menuiseries extérieures",
        "RGOA-LYC-2027-017 – Lot 05 – indice C", b, lab,
        note="Heures d'insertion dans un sous-article « Sous-traitance et main-d'œuvre ». Pièges : accessibilité ERP (réglementaire), site occupé par des élèves, PPSPS.")


def cctp08():
    c = C("le Centre hospitalier intercommunal de la Haute-Sarre", "Strasbourg", ref="CHIHS-LOG-27-08")
    art = [("Tunique mixte manches courtes", "polyester / coton 65/35", "blanc, liseré couleur métier", "6 200"),
           ("Pantalon mixte taille élastiquée", "polyester / coton 65/35", "blanc", "5 800"),
           ("Blouse médicale manches longues", "coton / polyester 50/50", "blanc", "1 400"),
           ("Tunique bloc opératoire", "coton 100 %", "vert ou bleu", "900"),
           ("Veste polaire", "polyester recyclé", "bleu marine", "600"),
           ("Tablier de cuisine", "coton / polyester", "blanc", "350")]
    b = COVER("Centre hospitalier intercommunal de la Haute-Sarre",
              "Cahier des clauses techniques particulières",
              ["Fourniture de vêtements professionnels pour les personnels hospitaliers", "Lot n° 1 – Tenues des personnels soignants et médico-techniques"],
              [["Référence", "CHIHS-LOG-27-08"], ["Direction", "Direction des achats et de la logistique"], ["Date", "avril 2027"]])
    b += [H("Article 1 – Objet et décomposition"),
          P("Le marché porte sur la fourniture de vêtements professionnels pour les personnels de l'établissement et des EHPAD rattachés. Il comporte trois lots : lot 1 tenues "
            "des personnels soignants et médico-techniques, lot 2 vêtements de travail des services techniques et logistiques, lot 3 équipements de protection individuelle. "
            "Le présent CCTP concerne le lot 1."),
          H("Article 2 – Articles et quantités indicatives annuelles"),
          RTAB([["Article", "Composition", "Coloris", "Quantité annuelle estimée"]] + [list(x) for x in art], widths=[0.34, 0.24, 0.24, 0.18]),
          H("Article 3 – Exigences techniques"),
          H2("3.1 Tenue au lavage"),
          P("Les articles supportent 150 cycles de lavage industriel à 85 °C et le séchage en tunnel sans déformation ni perte de coloris supérieure à l'indice 4 de l'échelle des gris. "
            "Le traitement en blanchisserie est assuré par la blanchisserie inter-hospitalière de Sarre-Union."),
          H2("3.2 Confort et ergonomie"),
          P("Les coupes sont adaptées à la morphologie de tous les agents, du XS au 5XL, avec une gamme spécifique pour les personnels en situation de grossesse. Des essayages sont "
            "organisés dans les services au démarrage du marché ; le titulaire met à disposition des tailles de prêt."),
          H2("3.3 Marquage"),
          P("Chaque article porte une étiquette d'identification RFID thermocollée compatible avec le système de gestion du linge de l'établissement, ainsi qu'un marquage "
            "brodé du nom de l'agent pour les tenues nominatives."),
          H("Article 4 – Conditions de production et traçabilité"),
          H2("4.1 Respect des droits fondamentaux au travail"),
          P("Le titulaire garantit que les articles livrés sont fabriqués, à chaque étape de la chaîne d'approvisionnement (filature, tissage, confection), dans le respect des huit "
            "conventions fondamentales de l'Organisation internationale du travail (n° 29, 87, 98, 100, 105, 111, 138 et 182). Il communique avant la première livraison la liste des "
            "ateliers de confection et leur pays d'implantation, puis fait réaliser chaque année, à ses frais, un audit social d'au moins un atelier par un organisme tiers ; "
            "le rapport et le plan d'actions correctives sont transmis à l'établissement."),
          P("En cas de manquement grave constaté, le titulaire propose dans un délai de trois mois un plan de mise en conformité ou un changement de fournisseur."),
          H2("4.2 Caractéristiques environnementales"),
          P("Les tuniques et pantalons sont titulaires de l'écolabel européen pour les produits textiles ou d'un label équivalent ; le titulaire fournit le certificat. Les articles sont "
            "livrés sans emballage individuel plastique, regroupés par service dans des cartons recyclables réutilisés pour les retours."),
          H("Article 5 – Livraisons"),
          P("Les livraisons sont effectuées au magasin central du site de Sarre-Union, du lundi au jeudi de 8 heures à 15 heures. Le délai de livraison est de trente jours pour les "
            "articles de stock et de quarante-cinq jours pour les articles brodés."),
          H("Article 6 – Dotations des nouveaux arrivants"),
          P("Les dotations des internes et des étudiants stagiaires (instituts de formation en soins infirmiers et d'aides-soignants) sont livrées sous huit jours."),
          ]
    b += f_qualite(c, 1)
    b += f_reunions(c, 0, "le responsable du service lingerie")
    b += f_confid(c, 2)
    b += f_glossaire(c, 2, [("Article de stock", "article livré sans personnalisation, dans les tailles standard"), ("Dotation", "ensemble des articles attribués à un agent selon sa fonction"),
                            ("Admission", "décision de l'établissement constatant la conformité de la livraison"), ("Atelier de confection", "site où les pièces sont coupées, assemblées et finies")])
    b += f_docs_remettre(c, 0, ["les fiches techniques de chaque article, avant la première livraison ;", "la liste des ateliers de confection et les rapports d'audit prévus à l'article 4.1 ;",
                                "les certificats de label prévus à l'article 4.2 ;", "l'état annuel des quantités livrées par service."])
    b += f_fin_contrat(c, 0)
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=3,
            evidence=["Il comporte trois lots", "dans le respect des huit conventions fondamentales de l'Organisation internationale du travail",
                      "titulaires de l'écolabel européen pour les produits textiles ou d'un label équivalent"])
    DOC("CCTP_08_CHI_Haute_Sarre_tenues_lot1.docx", "CCTP", "CHI de la Haute-Sarre – Vêtements professionnels – CCTP lot 1", "CHIHS-LOG-27-08", b, lab,
        note="Conventions OIT dans la chaîne d'approvisionnement avec audit : clause sociale, sans insertion. Pièges : tailles pour personnels enceintes (ergonomie), étudiants stagiaires.")


def cctp09():
    c = C("le Syndicat mixte d'aménagement de la vallée du Lirou", "Nîmes", ccag="prestations intellectuelles", ref="SMAVL-2027-ENV-02")
    per = [("Flore et habitats", "avril à juillet", "4 passages", "relevés phytosociologiques, cartographie EUNIS"),
           ("Avifaune nicheuse", "mars à juin", "3 passages + 1 nocturne", "IPA, points d'écoute"),
           ("Chiroptères", "mai à septembre", "3 nuits", "enregistreurs passifs, gîtes"),
           ("Amphibiens", "février à mai", "3 passages nocturnes", "écoute, recherche de pontes"),
           ("Reptiles", "avril à juin", "3 passages", "plaques-abris"),
           ("Insectes (odonates, rhopalocères, orthoptères)", "mai à août", "3 passages", "capture-relâche"),
           ("Faune piscicole et macro-invertébrés", "juin", "1 campagne", "IBGN-DCE, en sous-traitance agréée")]
    b = COVER("Syndicat mixte d'aménagement de la vallée du Lirou (SMAVL)",
              "Cahier des clauses techniques particulières",
              ["Inventaires naturalistes quatre saisons et évaluation environnementale", "Projet de restauration hydromorphologique du Lirou aval"],
              [["Référence", "SMAVL-2027-ENV-02"], ["Nature", "prestations intellectuelles"], ["Date", "janvier 2027"]])
    b += [H("Article 1 – Contexte du projet"),
          P("Le syndicat porte un projet de restauration de la continuité écologique et de la dynamique latérale du Lirou sur 6,2 km entre le seuil de Saint-Géniès-des-Garrigues "
            "et la confluence avec le Vidourle-Bas : suppression de deux seuils, remise en fond de vallée, reconnexion d'annexes hydrauliques. Le projet est soumis à évaluation "
            "environnementale au titre de la rubrique 10 de l'annexe à l'article R. 122-2 du code de l'environnement et à autorisation environnementale."),
          H("Article 2 – Objet de la mission"),
          P("La mission comprend la réalisation d'inventaires faune-flore sur un cycle biologique complet, l'analyse de l'état initial, l'évaluation des incidences du projet, la "
            "définition des mesures d'évitement, de réduction et de compensation (ERC), et la rédaction des volets naturels de l'étude d'impact et du dossier d'évaluation des "
            "incidences Natura 2000 (site FR9101391 « Garrigues du Lirou »)."),
          H("Article 3 – Aire d'étude"),
          P("L'aire d'étude immédiate correspond à l'emprise des travaux augmentée d'une bande de 50 m ; l'aire d'étude rapprochée couvre le lit majeur sur 8 km, soit 410 ha environ."),
          H("Article 4 – Protocoles d'inventaire"),
          RTAB([["Groupe", "Période", "Pression minimale", "Méthode"]] + [list(x) for x in per], widths=[0.28, 0.18, 0.2, 0.34]),
          P("Les protocoles sont ceux des guides nationaux en vigueur. Les données brutes sont versées au système d'information de l'inventaire du patrimoine naturel (SINP) au format standard."),
          H("Article 5 – Analyse des enjeux et mesures ERC"),
          P("Le titulaire hiérarchise les enjeux écologiques (faible à très fort) et évalue les impacts bruts puis résiduels. Il propose des mesures ERC chiffrées et un dispositif de suivi "
            "sur dix ans. Ces mesures, qui seront imposées ultérieurement aux entreprises de travaux, sont l'objet même du rendu et n'engagent pas le titulaire de la présente mission dans son exécution."),
          H("Article 6 – Livrables"),
          RTAB([["Livrable", "Échéance", "Format"], ["Note méthodologique et calendrier", "N + 3 semaines", "PDF"], ["Rapport d'état initial", "N + 10 mois", "PDF + SIG (shp, gpkg)"],
                ["Volet naturel de l'étude d'impact", "N + 12 mois", "DOCX + PDF"], ["Évaluation des incidences Natura 2000", "N + 12 mois", "DOCX + PDF"],
                ["Réponses à l'avis de l'autorité environnementale", "sur commande", "DOCX"]], widths=[0.5, 0.2, 0.3]),
          H("Article 7 – Équipe et compétences"),
          P("L'équipe comprend au minimum un chef de projet écologue justifiant de cinq études d'impact de projets en milieu aquatique, un botaniste, un ornithologue, un chiroptérologue "
            "et un cartographe SIG. Les intervenants disposent des autorisations de capture requises. La formation continue des écologues relève du titulaire."),
          H("Article 8 – Conditions d'intervention sur le terrain"),
          P("Les prospections sur terrains privés sont précédées d'une information des propriétaires par le syndicat. Les intervenants travaillent en binôme pour les passages nocturnes "
            "et les prospections en rivière, conformément au document unique d'évaluation des risques du titulaire."),
          H("Article 9 – Méthode d'évaluation des impacts"),
          P("Les impacts sont évalués pour chaque phase du projet (travaux, première crue morphogène, régime établi) et pour chaque espèce ou habitat à enjeu, selon une grille "
            "croisant l'intensité de l'effet, sa durée et la sensibilité de l'élément touché. Le titulaire analyse les effets cumulés avec les projets connus au sens de l'article R. 122-5 "
            "du code de l'environnement, en particulier la déviation routière de Saint-Géniès et la micro-centrale du moulin de Vic."),
          P("Le titulaire justifie l'absence de solution alternative satisfaisante et l'absence de nuisance au maintien des populations lorsqu'une demande de dérogation au titre de "
            "l'article L. 411-2 du code de l'environnement apparaît nécessaire ; dans ce cas, il rédige le dossier de demande, en tranche optionnelle."),
          H("Article 10 – Concertation et réunions techniques"),
          P("Le titulaire participe à quatre réunions du comité technique (syndicat, DDTM, Office français de la biodiversité, agence de l'eau, fédération de pêche, conservatoire "
            "d'espaces naturels) et à deux réunions publiques. Il prépare les supports de présentation et rédige les relevés de décisions."),
          RTAB([["Réunion", "Objet", "Période prévisionnelle"], ["COTECH 1", "validation de la méthode et des aires d'étude", "mars 2027"],
                ["COTECH 2", "restitution des inventaires de printemps", "juillet 2027"], ["COTECH 3", "état initial complet et enjeux", "novembre 2027"],
                ["COTECH 4", "impacts et mesures ERC", "février 2028"], ["Réunion publique 1", "présentation du diagnostic", "décembre 2027"],
                ["Réunion publique 2", "présentation du projet et des mesures", "avril 2028"]], widths=[0.25, 0.5, 0.25]),
          H("Article 11 – Propriété des données"),
          P("Les données naturalistes produites sont la propriété du syndicat. Le titulaire peut les utiliser à des fins scientifiques après accord écrit ; il cite alors la source."),
          H("Article 12 – Clause sociale d'insertion"),
          P("Sans objet : compte tenu de la nature intellectuelle et hautement spécialisée des prestations et du faible volume de main-d'œuvre d'exécution, le syndicat n'a pas "
            "inscrit de condition d'exécution relative à l'insertion professionnelle dans le présent marché."),
          ]
    b += f_reunions(c, 1, "le technicien rivière du syndicat et le représentant de la DDTM")
    b += f_confid(c, 2)
    lab = L(evidence=[])
    DOC("CCTP_09_SMAVL_inventaires_naturalistes.pdf", "CCTP", "SMAVL – Inventaires naturalistes et évaluation environnementale – CCTP", "SMAVL-2027-ENV-02 – CCTP", b, lab,
        note="Objet environnemental (étude d'impact, mesures ERC à imposer plus tard aux entreprises de travaux) : pas de clause environnementale d'exécution pour ce titulaire. Clause d'insertion « sans objet ». DUERP, compétences de l'équipe. Silence sur les lots.")


def cctp10():
    c = C("la SPL Orvanne Événements", "Dijon", ref="SPLOE-2027-FM-01")
    zones = [("Hall 1", "12 000 m²", "quotidien en période d'occupation"), ("Hall 2", "8 500 m²", "quotidien en période d'occupation"),
             ("Palais des congrès – auditorium 1 200 places", "2 400 m²", "avant et après chaque séance"), ("Salles de commission (14)", "1 900 m²", "après chaque usage"),
             ("Bureaux et locaux sociaux", "1 300 m²", "quotidien"), ("Sanitaires publics (9 blocs)", "—", "toutes les deux heures en ouverture"),
             ("Parvis et parkings (abords)", "4,5 ha", "hebdomadaire et après événement"), ("Espaces verts périphériques", "2,1 ha", "selon plan de gestion")]
    b = COVER("SPL Orvanne Événements – Parc des expositions et palais des congrès d'Orvanne",
              "Cahier des clauses techniques particulières",
              ["Nettoyage, entretien des abords et sûreté des sites", "Marché global de services"],
              [["Référence", "SPLOE-2027-FM-01"], ["Acheteur", "SPL Orvanne Événements (société publique locale)"], ["Version", "définitive"]])
    b += [H("Article 1 – Objet du marché"),
          P("Le marché confie au titulaire, dans le cadre d'un marché global non alloti, le nettoyage courant et événementiel du parc des expositions et du palais des congrès, l'entretien "
            "des abords et espaces verts périphériques et la sûreté des sites (surveillance, contrôle d'accès, sécurité incendie)."),
          H("Article 2 – Zones et fréquences"),
          RTAB([["Zone", "Surface", "Fréquence"]] + [list(x) for x in zones], widths=[0.45, 0.2, 0.35]),
          H("Article 3 – Nettoyage événementiel"),
          P("Pour chaque manifestation, le titulaire établit un plan de nettoyage à partir de la fiche événement transmise quinze jours avant le montage : nombre de visiteurs attendus, "
            "horaires, restauration, exposants. Il renforce ses équipes pendant les journées d'ouverture au public et assure la remise en état dans les douze heures suivant le démontage."),
          H("Article 4 – Sûreté et sécurité incendie"),
          P("Le service de sécurité incendie est assuré par des agents SSIAP 1, 2 et 3 conformément à l'arrêté du 25 juin 1980 (type T et L). Les agents de surveillance sont titulaires "
            "de la carte professionnelle délivrée par le CNAPS. Le poste central de sécurité est tenu vingt-quatre heures sur vingt-quatre."),
          H("Article 5 – Personnel"),
          H2("5.1 Reprise des salariés"),
          P("Pour la partie nettoyage, les salariés du prestataire sortant bénéficient de la garantie d'emploi prévue par l'annexe 7 de la convention collective des entreprises de propreté ; "
            "pour la partie sûreté, des dispositions de l'accord du 5 mars 2002 relatif à la reprise du personnel dans la prévention et la sécurité. Les listes figurent en annexe."),
          H2("5.2 Cotraitance ou sous-traitance avec le secteur adapté et protégé"),
          P("Le titulaire confie l'entretien des espaces verts périphériques et le nettoyage des parkings, soit au moins 12 % du montant annuel du marché, à un ou plusieurs "
            "établissements et services d'aide par le travail (ESAT) ou entreprises adaptées (EA), en qualité de cotraitant ou de sous-traitant. Il justifie chaque année du montant "
            "des prestations confiées, attestations de paiement à l'appui. Le remplacement d'une structure défaillante se fait par une autre structure du même secteur."),
          H2("5.3 Tenue et comportement"),
          P("Le personnel porte une tenue aux couleurs du titulaire et un badge ; il s'abstient de tout comportement discriminatoire envers les visiteurs et exposants, conformément à la loi."),
          H("Article 6 – Matériels et consommables"),
          P("Le titulaire fournit les matériels (autolaveuses, aspirateurs dorsaux, balayeuses) et les consommables sanitaires (papier, savon). Les consommables sont facturés au réel "
            "selon le bordereau de prix."),
          H("Article 7 – Gestion des déchets des manifestations"),
          P("Le titulaire vide les corbeilles et regroupe les déchets dans les bennes de la SPL, dont l'enlèvement relève d'un autre contrat. Le tri des déchets des exposants relève "
            "de l'organisateur de chaque manifestation."),
          H("Article 8 – Indicateurs de performance"),
          RTAB([["Indicateur", "Cible", "Mesure"], ["Propreté des halls à l'ouverture", "note de 4 sur 5", "contrôle contradictoire"],
                ["Délai de remise en état après démontage", "12 h", "rapport d'intervention"], ["Rondes de sûreté réalisées", "100 %", "contrôleur de rondes"],
                ["Part confiée au secteur adapté et protégé", "12 % minimum", "attestations annuelles"]], widths=[0.45, 0.25, 0.3]),
          ]
    b += f_prevention_services(c, 0, "le parc des expositions et le palais des congrès")
    b += f_reunions(c, 1, "le directeur technique de la SPL")
    b += f_legal_social(c, 2, dis=False)
    b += f_docs_remettre(c, 2, ["le planning mensuel des équipes de nettoyage et de sûreté ;", "les rapports d'événement et la main courante du poste central de sécurité ;",
                                "les attestations annuelles de la part confiée au secteur adapté et protégé ;", "le rapport annuel d'activité."])
    b += f_fin_contrat(c, 2)
    lab = L(clause_sociale=1, clause_insertion="?", allotissement=0,
            evidence=["dans le cadre d'un marché global non alloti", "à un ou plusieurs établissements et services d'aide par le travail (ESAT) ou entreprises adaptées (EA), en qualité de cotraitant ou de sous-traitant"])
    DOC("CCTP_10_SPL_Orvanne_nettoyage_surete.docx", "CCTP", "SPL Orvanne Événements – Nettoyage et sûreté – CCTP", "SPLOE-2027-FM-01", b, lab,
        note="Cotraitance/sous-traitance obligatoire avec ESAT/EA (12 %) : clause sociale ; clause_insertion « ? » (travailleurs handicapés en ESAT/EA, sans heures ni mention de publics éloignés de l'emploi). Marché global non alloti. Pièges : reprise du personnel (annexe 7, accord 2002), non-discrimination « conformément à la loi », cartes CNAPS/SSIAP. Le tri des déchets relève d'autres : pas de clause environnementale.")


# ============================================================================= CCAP
def ccap01():
    c = C("la commune de Montferrand-sur-Ozon", "Lyon", ccag="travaux", delai=30, ref="MSO-2027-ST-05")
    lots = [("01", "Désamiantage – curage", "—"), ("02", "Gros œuvre – maçonnerie", "420"), ("03", "Charpente – couverture", "—"),
            ("04", "Menuiseries extérieures", "—"), ("05", "Plâtrerie – peinture", "210"), ("06", "Menuiseries intérieures", "—"),
            ("07", "Revêtements de sols", "—"), ("08", "Plomberie – chauffage – ventilation", "—"), ("09", "Électricité courants forts et faibles", "140")]
    b = COVER("Commune de Montferrand-sur-Ozon",
              "Cahier des clauses administratives particulières",
              ["Réhabilitation et extension du groupe scolaire Louis-Pergaud", "Marchés de travaux – procédure adaptée"],
              [["Référence", "MSO-2027-ST-05"], ["Maître d'ouvrage", "Commune de Montferrand-sur-Ozon, représentée par son maire"],
               ["Maître d'œuvre", "Cabinet Dufresne & Naudin architectes"], ["Remise des offres", "12 mai 2027 à 12 h"]])
    b += [H("Article 1 – Objet du marché – Dispositions générales"),
          H2("1.1 Objet"),
          P("Le présent CCAP s'applique aux marchés de travaux de réhabilitation et d'extension du groupe scolaire Louis-Pergaud, 4 rue des Écoles à Montferrand-sur-Ozon."),
          H2("1.2 Décomposition en lots"),
          P("Les travaux sont répartis en 9 lots désignés ci-dessous, chacun faisant l'objet d'un marché distinct :"),
          RTAB([["Lot", "Intitulé", "Heures d'insertion"]] + [list(x) for x in lots], widths=[0.1, 0.6, 0.3]),
          H2("1.3 Maîtrise d'œuvre, contrôle technique, coordination SPS"),
          P("La maîtrise d'œuvre est assurée par le cabinet Dufresne & Naudin ; le contrôle technique par Socotec-Ozon ; la coordination SPS (niveau II) par M. Arnaud Vilain."),
          ]
    b += f_pieces(c, 0, ["l'acte d'engagement et ses annexes ;", "le présent CCAP ;", "le CCTP du lot concerné ;", "la décomposition du prix global et forfaitaire ;",
                         "le calendrier prévisionnel d'exécution ;", "la charte chantier à faibles nuisances ;", "le mémoire technique du titulaire."])
    b += [H("Article 3 – Prix et règlement des comptes"),
          H2("3.1 Forme des prix"),
          P("Les ouvrages sont réglés par un prix global et forfaitaire. Les prix sont actualisables selon l'index BT ou TP du lot, dans les conditions de l'article R. 2112-10 du code."),
          H2("3.2 Acomptes"),
          P("Les acomptes sont mensuels ; le projet de décompte est remis au maître d'œuvre avant le 5 de chaque mois."),
          ]
    b += f_avance(c, 1, 10)
    b += f_paiement(c, 2)
    b += [H("Article 6 – Délais d'exécution"),
          P("Le délai global d'exécution est de 14 mois, dont un mois de préparation, à compter de l'ordre de service de démarrage. Les travaux les plus bruyants sont concentrés sur "
            "les vacances scolaires d'été 2027 et de printemps 2028."),
          H("Article 7 – Pénalités"),
          RTAB([["Manquement", "Pénalité"], ["Retard dans l'exécution", "1/1 000 du montant du marché par jour calendaire"],
                ["Absence à une réunion de chantier", "150 € HT par absence"], ["Retard de remise des documents d'exécution", "80 € HT par jour"],
                ["Non-respect du tri des déchets", "300 € HT par constat"], ["Heure d'insertion non réalisée", "40 € HT par heure manquante"]], widths=[0.6, 0.4]),
          H("Article 8 – Chantier à faibles nuisances"),
          P("Chaque titulaire applique la charte chantier à faibles nuisances jointe au dossier. Il trie ses déchets sur site au minimum en quatre flux (inertes, bois, métaux, déchets non "
            "dangereux en mélange), limite les émissions de poussières par arrosage et bâchage, interdit tout brûlage et rince ses outils sur le bac de décantation prévu à la base-vie. "
            "Les bordereaux de suivi et de valorisation sont remis chaque mois."),
          H("Article 9 – Action d'insertion professionnelle"),
          P("Pour les lots 02, 05 et 09, le titulaire réalise une action d'insertion en faveur de personnes éloignées de l'emploi, pour le nombre d'heures figurant au tableau de "
            "l'article 1.2, soit 770 heures au total pour les trois lots. Les modalités (embauche directe, mise à disposition par une ETTI, une association intermédiaire ou un GEIQ, "
            "sous-traitance à une SIAE) sont laissées au choix du titulaire. Le facilitateur du PLIE Ozon-Rhône accompagne les entreprises et contrôle les justificatifs."),
          H("Article 10 – Réception"),
          P("La réception est prononcée pour chaque lot séparément ; elle peut être assortie de réserves à lever dans un délai de deux mois."),
          ]
    b += f_ppsps(c, 0)
    b += f_assurances(c, 0)
    b += f_legal_social(c, 0)
    b += f_resiliation(c, 1)
    b += f_litiges(c, 2)
    b += f_derog(c, 0, ["l'article 7 déroge à l'article 19.2 du CCAG-Travaux (pénalités) ;", "l'article 6 déroge à l'article 18.1 (délai de préparation)."])
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=770, clause_environnementale=1, allotissement=1, nb_lots=9,
            evidence=["Les travaux sont répartis en 9 lots", "pour le nombre d'heures figurant au tableau de l'article 1.2, soit 770 heures au total pour les trois lots",
                      "Il trie ses déchets sur site au minimum en quatre flux"])
    DOC("CCAP_01_Montferrand_groupe_scolaire_travaux.pdf", "CCAP", "Commune de Montferrand-sur-Ozon – Groupe scolaire Louis-Pergaud – CCAP",
        "MSO-2027-ST-05 – CCAP", b, lab,
        note="Heures par lot dans un tableau (420 + 210 + 140 = 770, total écrit). Pièges : PPSPS, rappels L8222-1 / L5212.")


def ccap02():
    c = C("le CCAS de Pontcarré-la-Rivière", "Melun", delai=30, ref="CCAS-PLR-2027-SAAD")
    b = COVER("Centre communal d'action sociale de Pontcarré-la-Rivière",
              "Cahier des clauses administratives particulières",
              ["Prestations d'aide et d'accompagnement à domicile des personnes âgées et des personnes handicapées", "Accord-cadre à bons de commande – services sociaux"],
              [["Référence", "CCAS-PLR-2027-SAAD"], ["Procédure", "procédure adaptée (art. R. 2123-1 3°)"], ["Date", "mars 2027"]])
    b += [H("Article 1 – Objet et forme du marché"),
          P("Le marché a pour objet l'exécution de prestations d'aide à domicile (entretien du logement, aide aux courses et aux repas, aide au lever et au coucher, accompagnement "
            "aux sorties) au bénéfice des personnes âgées et des personnes handicapées orientées par le CCAS, en complément de son propre service d'aide à domicile."),
          P("Il s'agit d'un accord-cadre mono-attributaire exécuté par bons de commande. Il n'est pas alloti : la coordination des interventions auprès d'un même bénéficiaire et la "
            "continuité du service justifient un titulaire unique (article L. 2113-11 du code de la commande publique)."),
          H("Article 2 – Montant"),
          P("Le montant minimum de l'accord-cadre est de 40~000 € HT sur sa durée totale. Le montant maximum est de 120~000 € HT par année, soit 480~000 € HT sur quatre ans."),
          H("Article 3 – Durée"),
          P("L'accord-cadre est conclu pour un an à compter du 1er septembre 2027. Il est reconductible tacitement trois fois, par périodes d'un an."),
          ]
    b += f_pieces(c, 1, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et sa charte d'intervention à domicile ;", "le bordereau des prix unitaires ;",
                         "le mémoire technique du titulaire."])
    b += [H("Article 5 – Conditions d'exercice du titulaire"),
          P("Le titulaire dispose de l'autorisation de service d'aide et d'accompagnement à domicile délivrée par le président du conseil départemental (article L. 313-1-2 du code de "
            "l'action sociale et des familles) ; il en justifie avant la notification. Le respect du cahier des charges national des SAAD s'impose à lui."),
          H("Article 6 – Personnel intervenant"),
          H2("6.1 Qualification"),
          P("Au moins 60 % des heures d'intervention sont réalisées par des intervenants titulaires du diplôme d'État d'accompagnant éducatif et social, du titre d'assistant de vie "
            "aux familles ou d'un diplôme équivalent. Les intervenants non diplômés bénéficient d'un plan de formation et sont tutorés pendant leurs trois premiers mois."),
          H2("6.2 Conditions d'emploi"),
          P("Le personnel est employé conformément à la convention collective de la branche de l'aide, de l'accompagnement, des soins et des services à domicile. Les temps de trajet "
            "entre deux interventions sont du temps de travail effectif ; les frais kilométriques sont indemnisés selon la convention. Ces rappels ne créent pas d'obligation nouvelle."),
          H2("6.3 Reprise du personnel"),
          P("Le CCAS n'est pas en mesure d'indiquer si les conditions de l'article L. 1224-1 du code du travail sont remplies ; la liste des intervenants de l'actuel prestataire est "
            "jointe à titre informatif."),
          H("Article 7 – Clause d'insertion"),
          P("Le présent accord-cadre ne comporte pas de clause d'insertion. Le CCAS a écarté cette condition, la qualification des intervenants et la stabilité des équipes "
            "auprès des bénéficiaires devant primer."),
          H("Article 8 – Droits des usagers"),
          P("Le titulaire remet à chaque bénéficiaire le livret d'accueil, la charte des droits et libertés de la personne accueillie et le règlement de fonctionnement. Il signale au CCAS "
            "toute situation de maltraitance ou de mise en danger, selon le protocole annexé."),
          H("Article 9 – Prix"),
          P("Les prestations sont rémunérées par application d'un prix horaire unique, majoré de 25 % le dimanche et les jours fériés. Le prix inclut les temps de coordination."),
          H("Article 10 – Pénalités"),
          RTAB([["Manquement", "Pénalité"], ["Intervention non réalisée sans information préalable", "60 € par intervention"],
                ["Retard supérieur à 30 minutes non signalé", "20 € par retard"], ["Changement d'intervenant non justifié (plus de 3 par mois)", "50 €"],
                ["Absence de transmission du rapport mensuel", "100 € par mois"]], widths=[0.65, 0.35]),
          ]
    b += f_paiement(c, 0)
    b += f_legal_social(c, 1)
    b += f_confid(c, 0)
    b += f_assurances(c, 2)
    b += f_resiliation(c, 0)
    b += f_litiges(c, 0)
    b += f_derog(c, 1, ["l'article 10 déroge à l'article 14 du CCAG-FCS (pénalités) ;", "l'article 6.1 complète l'article 5 relatif aux obligations du titulaire."])
    lab = L(allotissement=0, montant_max_ht=480000,
            evidence=["Il n'est pas alloti", "Le montant maximum est de 120 000 € HT par année, soit 480 000 € HT sur quatre ans"])
    DOC("CCAP_02_CCAS_Pontcarre_aide_domicile.docx", "CCAP", "CCAS de Pontcarré-la-Rivière – Aide à domicile – CCAP", "CCAS-PLR-2027-SAAD – CCAP", b, lab,
        note="Objet social (aide à domicile), qualifications, convention collective, L1224-1, droits des usagers, clause d'insertion écartée : aucune clause sociale. Maximum 480 000 (écrit). Piège : minimum 40 000.")


def ccap03():
    c = C("le Département de l'Aubrac-Ségala", "Toulouse", delai=30, ref="DAS-COL-2027-MOB")
    lots = [("1", "Mobilier de salles de classe (tables, chaises, bureaux)", "520~000"), ("2", "Mobilier de restauration scolaire", "310~000"),
            ("3", "Mobilier de CDI et de vie scolaire", "220~000"), ("4", "Mobilier adapté aux élèves à besoins particuliers (ULIS, SEGPA)", "190~000")]
    b = COVER("Département de l'Aubrac-Ségala – Direction de l'éducation et des collèges",
              "Cahier des clauses administratives particulières",
              ["Fourniture, livraison et installation de mobilier pour les collèges publics", "Accords-cadres à bons de commande – appel d'offres ouvert"],
              [["Référence", "DAS-COL-2027-MOB"], ["Durée", "1 an reconductible 3 fois"], ["Date", "février 2027"]])
    b += [H("Article 1 – Objet – Allotissement"),
          P("La consultation porte sur la fourniture, la livraison et l'installation de mobilier destiné aux 27 collèges publics du Département. Elle est décomposée en quatre lots, "
            "chacun donnant lieu à un accord-cadre mono-attributaire à bons de commande :"),
          RTAB([["Lot", "Désignation", "Montant maximum sur la durée totale (€ HT)"]] + [list(x) for x in lots], widths=[0.08, 0.6, 0.32]),
          P("Le montant maximum de l'ensemble des accords-cadres, tous lots confondus, est de 1~240~000 € HT sur leur durée totale. Aucun montant minimum n'est fixé."),
          H("Article 2 – Durée"),
          P("Chaque accord-cadre est conclu pour un an à compter de sa notification, reconductible tacitement trois fois. Le titulaire peut refuser la reconduction en informant le "
            "Département par lettre recommandée trois mois au moins avant la date anniversaire."),
          ]
    b += f_pieces(c, 2, ["l'acte d'engagement du lot ;", "le présent CCAP ;", "le CCTP commun et ses fiches techniques par lot ;", "le bordereau des prix unitaires ;",
                         "le catalogue du titulaire, pour les articles hors bordereau, avec la remise consentie."])
    b += f_prix(c, 1, "FM0ABE0000 (indice des prix de production – fabrication de meubles)", "de notification")
    b += [H("Article 5 – Bons de commande et livraison"),
          P("Les bons de commande sont émis par la direction de l'éducation. Ils précisent le collège, la salle, les quantités et le créneau de livraison. Le délai de livraison et "
            "d'installation est de six semaines ; les livraisons de juillet et août sont organisées avec les gestionnaires des collèges."),
          P("Le mobilier est monté, installé et calé dans les salles désignées. Le titulaire évacue les emballages le jour même."),
          H("Article 6 – Exigences environnementales d'exécution"),
          H2("6.1 Produits"),
          P("Les articles des lots 1 à 3 sont titulaires de la marque NF Environnement Ameublement, de l'écolabel européen ou d'un label équivalent ; les panneaux de particules sont "
            "de classe d'émission E1 ou inférieure et les bois proviennent de forêts gérées durablement (certification FSC, PEFC ou équivalente)."),
          H2("6.2 Emballages et reprise"),
          P("Les emballages sont réduits au strict nécessaire et majoritairement en carton recyclé. Lors de chaque livraison, le titulaire reprend gratuitement le mobilier usagé désigné "
            "par le collège, dans la limite des quantités livrées, et le remet à l'éco-organisme de la filière des éléments d'ameublement ou à une structure de réemploi ; il transmet "
            "les bons de prise en charge."),
          H("Article 7 – Garantie"),
          P("Le mobilier est garanti cinq ans pièces et main-d'œuvre à compter de l'admission. Les pièces détachées restent disponibles pendant dix ans."),
          H("Article 8 – Vérifications et admission"),
          P("Les opérations de vérification quantitative et qualitative sont effectuées par le gestionnaire du collège à la livraison. L'admission est prononcée dans un délai de quinze jours."),
          H("Article 9 – Pénalités"),
          RTAB([["Manquement", "Pénalité"], ["Retard de livraison", "1/1000 du montant du bon de commande par jour"], ["Installation incomplète", "100 € HT par jour"],
                ["Non-reprise du mobilier usagé", "200 € HT par livraison"], ["Retard d'intervention sous garantie", "50 € HT par jour"]], widths=[0.6, 0.4]),
          ]
    b += f_avance(c, 0, 5)
    b += f_paiement(c, 1)
    b += f_legal_social(c, 1)
    b += f_assurances(c, 1)
    b += f_resiliation(c, 2)
    b += f_litiges(c, 1)
    b += f_derog(c, 2, ["l'article 9 déroge à l'article 14.1 du CCAG-FCS ;", "l'article 7 déroge à l'article 28.1 (durée de garantie)."])
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=4, montant_max_ht=1240000,
            evidence=["Elle est décomposée en quatre lots", "tous lots confondus, est de 1 240 000 € HT sur leur durée totale",
                      "le titulaire reprend gratuitement le mobilier usagé désigné par le collège"])
    DOC("CCAP_03_Dept_Aubrac_Segala_mobilier_colleges.pdf", "CCAP", "Département de l'Aubrac-Ségala – Mobilier des collèges – CCAP", "DAS-COL-2027-MOB – CCAP", b, lab,
        note="Maxima par lot dans un tableau + total écrit. Pièges : lot 4 mobilier pour élèves handicapés (objet), rappels L8222-1/L1262.")


def ccap04():
    c = C("l'Université de Haute-Loire-Océane", "Nantes", ccag="prestations intellectuelles", delai=30, ref="UHLO-PATRI-2027-03")
    b = COVER("Université de Haute-Loire-Océane – Direction du patrimoine immobilier",
              "Cahier des clauses administratives particulières",
              ["Assistance à maîtrise d'ouvrage pour l'élaboration du schéma pluriannuel de stratégie immobilière 2028-2032"],
              [["Référence", "UHLO-PATRI-2027-03"], ["Procédure", "procédure adaptée"], ["CCAG", "prestations intellectuelles (2021)"]])
    b += [H("Article 1 – Objet du marché"),
          P("Le marché porte sur une mission d'assistance à maîtrise d'ouvrage pour l'élaboration du schéma pluriannuel de stratégie immobilière (SPSI) de l'université : diagnostic du "
            "patrimoine (48 bâtiments, 312 000 m² SHON), analyse de l'occupation, scénarios d'évolution et programmation financière."),
          P("Le marché n'est pas alloti, les prestations formant un ensemble indissociable. Son montant estimé est de 185~000 € HT pour la durée de la mission."),
          H("Article 2 – Durée et phasage"),
          RTAB([["Phase", "Contenu", "Durée"], ["1", "Diagnostic technique et fonctionnel", "5 mois"], ["2", "Analyse de l'occupation et des besoins", "3 mois"],
                ["3", "Scénarios et arbitrages", "3 mois"], ["4", "Rédaction du SPSI et accompagnement à la validation", "2 mois"]], widths=[0.1, 0.65, 0.25]),
          ]
    b += f_pieces(c, 0, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP ;", "la décomposition du prix global et forfaitaire par phase ;", "l'offre technique du titulaire."])
    b += [H("Article 4 – Équipe du titulaire"),
          P("Le titulaire affecte à la mission l'équipe présentée dans son offre. Le remplacement d'un membre de l'équipe est soumis à l'agrément préalable de l'université, sur présentation "
            "d'un profil d'expérience au moins équivalente."),
          H("Article 5 – Égalité professionnelle et prévention des discriminations"),
          P("L'université a adopté un plan d'action pour l'égalité entre les femmes et les hommes et une charte de la diversité, qui engagent ses propres services. Ces documents sont "
            "portés à la connaissance du titulaire."),
          P("En outre, le titulaire remet dans le mois suivant la notification un plan d'actions propre à l'équipe affectée à la mission, allant au-delà de ses obligations légales, "
            "qui comprend au minimum : la désignation d'un référent égalité et lutte contre les discriminations ; une formation d'au moins une demi-journée de l'ensemble des intervenants "
            "à la prévention des discriminations et du harcèlement, y compris dans le cadre des entretiens menés avec les usagers ; des mesures de mixité dans la composition de l'équipe "
            "de terrain. Il présente en fin de mission un bilan de ces actions. L'absence de remise du plan est sanctionnée par la pénalité prévue à l'article 9."),
          H("Article 6 – Propriété intellectuelle"),
          P("L'option A du CCAG-PI est retenue, complétée comme suit : l'université peut librement reproduire, adapter et diffuser les résultats, notamment dans ses rapports au ministère et aux "
            "collectivités partenaires, sans limitation de durée ni de territoire."),
          H("Article 7 – Prix et règlement"),
          P("Le prix est global et forfaitaire, décomposé par phase. Il est ferme et actualisable selon l'indice Syntec si le délai entre la date de remise de l'offre et le début "
            "d'exécution excède trois mois."),
          H("Article 8 – Réception des prestations"),
          P("Chaque phase donne lieu à la remise d'un rapport. L'université dispose de trois semaines pour le réceptionner, l'ajourner ou le rejeter, par dérogation à l'article 30 du CCAG-PI."),
          H("Article 9 – Pénalités"),
          RTAB([["Manquement", "Pénalité"], ["Retard de remise d'un rapport de phase", "200 € HT par jour"], ["Absence du chef de mission à un comité", "500 € HT"],
                ["Non-remise du plan d'actions égalité et non-discrimination", "100 € HT par jour de retard"]], widths=[0.65, 0.35]),
          H("Article 10 – Environnement de travail"),
          P("L'université met à disposition de l'équipe un bureau sur le campus de la Lande et un accès à son environnement collaboratif (espaces partagés, visioconférence). Le titulaire se "
            "conforme à la charte informatique de l'établissement."),
          ]
    b += f_avance(c, 2, 20)
    b += f_paiement(c, 0)
    b += f_confid(c, 1)
    b += f_legal_social(c, 0, dis=False)
    b += f_resiliation(c, 0)
    b += f_litiges(c, 1)
    b += f_derog(c, 0, ["l'article 8 déroge à l'article 30 du CCAG-PI (délai de réception) ;", "l'article 9 déroge à l'article 14 du CCAG-PI (pénalités)."])
    lab = L(clause_sociale=1, allotissement=0, montant_estime_ht=185000,
            evidence=["Le marché n'est pas alloti", "Son montant estimé est de 185 000 € HT", "un plan d'actions propre à l'équipe affectée à la mission, allant au-delà de ses obligations légales"])
    DOC("CCAP_04_Univ_HLO_AMO_SPSI.docx", "CCAP", "Université de Haute-Loire-Océane – AMO SPSI – CCAP", "UHLO-PATRI-2027-03", b, lab,
        note="Plan d'actions non-discrimination exigé au-delà de la loi, avec pénalité : clause sociale. Pièges : plan égalité et charte diversité de l'université (engagent ses services), « environnement collaboratif », rappel légal L8222-1.")


def ccap05():
    c = C("le Syndicat intercommunal des eaux du Plateau de Vernoux", "Lyon", ccag="travaux", delai=30, ref="SIEPV-AC-2027-01")
    b = COVER("Syndicat intercommunal des eaux du Plateau de Vernoux (SIEPV)",
              "Cahier des clauses administratives particulières",
              ["Accord-cadre de travaux de renouvellement et d'extension des réseaux d'eau potable", "Marchés subséquents et bons de commande"],
              [["Référence", "SIEPV-AC-2027-01"], ["Procédure", "appel d'offres ouvert"], ["Date d'édition", "15/02/2027"]])
    b += [H("Article 1 – Objet et étendue de l'accord-cadre"),
          P("Le présent accord-cadre a pour objet les travaux de renouvellement, de renforcement et d'extension des canalisations d'eau potable et des branchements sur le territoire des "
            "dix-neuf communes membres du syndicat. Il n'est pas alloti : les interventions sur un même réseau exigent une coordination que des lots géographiques ou techniques "
            "rendraient difficile et plus coûteuse."),
          H("Article 2 – Montants et durée"),
          P("L'accord-cadre est conclu pour une période initiale d'un an, reconductible trois fois. Le montant maximum des commandes est fixé à 900~000 € HT par période, "
            "soit 3~600~000 € HT sur la durée maximale de quatre ans. Il n'est pas fixé de minimum."),
          ]
    b += f_pieces(c, 1, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et ses annexes (plans de réseau, fiches de branchement) ;", "le bordereau des prix unitaires ;",
                         "le détail quantitatif estimatif, non contractuel, ayant servi au jugement des offres."])
    b += [H("Article 4 – Exécution des commandes"),
          P("Les travaux sont commandés par bons de commande pour les interventions ponctuelles et par marchés subséquents pour les programmes annuels de plus de 150 000 € HT. "
            "Chaque commande fixe le délai d'exécution et la date de démarrage."),
          H("Article 5 – Période de préparation"),
          P("Une période de préparation de vingt jours précède chaque marché subséquent ; elle comprend les déclarations de projet de travaux et d'intention de commencement des travaux "
            "(DT-DICT), l'arrêté de circulation et le plan d'installation de chantier."),
          H("Article 6 – Personnel et organisation des équipes"),
          H2("6.1 Encadrement"),
          P("Le titulaire désigne un conducteur de travaux et un chef de chantier par équipe ; les chefs de chantier sont titulaires de l'AIPR opérateur et de l'habilitation à intervenir à "
            "proximité des réseaux."),
          H2("6.2 Heures réservées à des personnes sans emploi"),
          P("Au titre de l'article L. 2112-2 du code de la commande publique, le titulaire réserve, sur la durée maximale de l'accord-cadre, au minimum 2~400 heures de travail à des personnes "
            "sans emploi rencontrant des difficultés sociales ou professionnelles particulières, recrutées directement ou mises à disposition par une structure d'insertion par l'activité "
            "économique ou un groupement d'employeurs pour l'insertion et la qualification. Les heures sont réparties au prorata des commandes ; le titulaire en rend compte chaque trimestre au "
            "chargé de mission emploi de la communauté de communes."),
          H2("6.3 Temps de travail"),
          P("Les travaux s'exécutent du lundi au vendredi entre 7 h 30 et 18 h. Les interventions de nuit ou le week-end ne sont admises qu'en cas d'urgence ; elles sont rémunérées par "
            "les prix spéciaux du bordereau."),
          H("Article 7 – Gestion environnementale du chantier"),
          P("Les déblais sont triés sur le chantier : les matériaux inertes réutilisables en remblai après criblage sont réemployés, les enrobés sont évacués vers une centrale de recyclage, "
            "les anciennes canalisations en fonte et acier sont remises à un ferrailleur. Les conduites en amiante-ciment abandonnées en place ou déposées sont traitées selon le plan de "
            "retrait approuvé. Le titulaire remet au syndicat, avec chaque décompte, le bilan des tonnages et des filières."),
          H("Article 8 – Pénalités"),
          RTAB([["Manquement", "Pénalité"], ["Retard d'exécution", "300 € HT par jour calendaire"], ["Coupure d'eau non annoncée aux abonnés", "1 000 € HT par coupure"],
                ["Heures d'insertion non réalisées en fin d'accord-cadre", "30 € HT par heure"], ["Absence de bilan des déchets", "150 € HT par décompte"],
                ["Remise en état de chaussée non conforme", "coût de la reprise + 10 %"]], widths=[0.6, 0.4]),
          ]
    b += f_prix(c, 0, "TP10a (canalisations, égouts, assainissement et adduction d'eau avec fourniture de tuyaux)", "de remise des offres")
    b += f_avance(c, 1, 5)
    b += f_paiement(c, 0)
    b += f_ppsps(c, 2)
    b += f_legal_social(c, 2)
    b += f_assurances(c, 0)
    b += f_litiges(c, 0)
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, clause_environnementale=1, allotissement=0, montant_max_ht=3600000,
            evidence=["Il n'est pas alloti", "soit 3 600 000 € HT sur la durée maximale de quatre ans", "au minimum 2 400 heures de travail à des personnes sans emploi",
                      "les matériaux inertes réutilisables en remblai après criblage sont réemployés"])
    DOC("CCAP_05_SIE_Plateau_Vernoux_AC_reseaux_eau.pdf", "CCAP", "SIEPV – Accord-cadre réseaux d'eau potable – CCAP", "SIEPV-AC-2027-01 – CCAP", b, lab,
        note="Heures d'insertion dans l'article « Personnel et organisation des équipes » (intitulé sans le mot insertion). Maximum par période et total écrit. Pièges : seuil de 150 000 € HT des marchés subséquents, AIPR, temps de travail.")


def ccap06():
    c = C("la Ville de Saint-Aurèle-des-Vignes", "Bordeaux", delai=30, ref="VSAV-RES-2027")
    b = COVER("Ville de Saint-Aurèle-des-Vignes – Direction de l'éducation et de la restauration",
              "Cahier des clauses administratives particulières",
              ["Délégation de la production et de la livraison des repas de la restauration scolaire et des accueils de loisirs", "Marché public de services – appel d'offres ouvert"],
              [["Référence", "VSAV-RES-2027"], ["Durée", "4 ans"], ["Date", "mars 2027"]])
    b += [H("Article 1 – Objet"),
          P("Le marché porte sur la production en liaison froide, dans la cuisine centrale municipale mise à disposition du titulaire, et la livraison des repas des onze restaurants "
            "scolaires, des accueils de loisirs et du portage à domicile pour le compte du CCAS, soit environ 2 300 repas par jour scolaire."),
          P("Le marché n'est pas décomposé en lots : la production en cuisine centrale unique et la livraison forment un ensemble technique indissociable."),
          H("Article 2 – Durée et montant estimé"),
          P("Le marché est conclu pour quatre ans à compter du 1er septembre 2027. Le montant estimé des prestations sur cette durée est de 2~150~000 € HT, hors part variable liée aux "
            "effectifs."),
          ]
    b += f_pieces(c, 0, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et ses annexes (grammages, plans alimentaires, inventaire de la cuisine centrale) ;",
                         "la convention d'occupation de la cuisine centrale ;", "le bordereau des prix unitaires."])
    b += [H("Article 4 – Qualité et origine des denrées"),
          P("En application de l'article L. 230-5-1 du code rural et de la pêche maritime, les repas comprennent en valeur d'achat annuelle au moins 50 % de produits de qualité et durables, "
            "dont au moins 20 % de produits issus de l'agriculture biologique. La Ville fixe en outre les exigences suivantes, opposables au titulaire : 30 % de produits biologiques en "
            "valeur, viande bovine et volaille 100 % d'origine France, un repas végétarien hebdomadaire et une alternative végétarienne quotidienne au collège."),
          H("Article 5 – Lutte contre le gaspillage alimentaire"),
          P("Le titulaire réalise deux campagnes de pesée des restes par an dans au moins quatre restaurants, ajuste les grammages en conséquence et propose un plan de réduction du "
            "gaspillage ; les excédents non servis sont donnés à une association d'aide alimentaire conventionnée. Les contenants de transport sont réutilisables (inox ou verre) : "
            "aucun contenant en plastique n'est utilisé pour la cuisson, le réchauffage ou le service."),
          H("Article 6 – Personnel"),
          H2("6.1 Reprise des agents"),
          P("Les salariés du titulaire sortant affectés à la cuisine centrale sont repris dans les conditions de l'avenant n° 3 de la convention collective nationale du personnel des "
            "entreprises de restauration de collectivités, ou de l'article L. 1224-1 du code du travail si ses conditions sont réunies. Les agents municipaux mis à disposition "
            "restent régis par leur statut."),
          H2("6.2 Absence de clause d'insertion"),
          P("La Ville n'a pas retenu de condition d'exécution relative à l'insertion professionnelle : l'effectif de la cuisine centrale est intégralement constitué de personnel repris, "
            "ce qui ne laisse pas de volume d'heures disponible."),
          H2("6.3 Formation"),
          P("Le titulaire forme son personnel aux bonnes pratiques d'hygiène (méthode HACCP) et aux allergies alimentaires ; les plans de formation sont communiqués chaque année à la Ville."),
          H("Article 7 – Accueil des enfants à besoins particuliers"),
          P("Des repas adaptés sont fournis aux enfants bénéficiant d'un projet d'accueil individualisé, selon les protocoles établis par le médecin scolaire. Le titulaire n'est pas "
            "chargé de l'accompagnement des enfants pendant le repas, assuré par les agents municipaux."),
          H("Article 8 – Prix et révision"),
          P("Le prix du repas est décomposé en une part fixe (charges de structure) et une part variable (denrées, conditionnement, livraison). La part denrées est révisée chaque semestre."),
          H("Article 9 – Pénalités"),
          RTAB([["Manquement", "Pénalité"], ["Retard de livraison de plus de 15 minutes", "150 € par restaurant"], ["Non-respect des grammages", "2 € par repas concerné"],
                ["Taux de produits biologiques inférieur à 30 % en fin d'année", "1 % du montant annuel par point manquant"], ["Utilisation d'un contenant en plastique", "500 € par constat"]], widths=[0.62, 0.38]),
          ]
    b += f_paiement(c, 1)
    b += f_legal_social(c, 2)
    b += f_assurances(c, 2)
    b += f_resiliation(c, 1)
    b += f_litiges(c, 2)
    b += f_sous_traitance(c, 1)
    b += f_derog(c, 2, ["l'article 9 déroge à l'article 14 du CCAG-FCS (pénalités) ;", "l'article 8 précise l'article 10 relatif au contenu des prix."])
    lab = L(clause_environnementale=1, allotissement=0, montant_estime_ht=2150000,
            evidence=["Le marché n'est pas décomposé en lots", "Le montant estimé des prestations sur cette durée est de 2 150 000 € HT",
                      "La Ville fixe en outre les exigences suivantes, opposables au titulaire : 30 % de produits biologiques",
                      "Les contenants de transport sont réutilisables"])
    DOC("CCAP_06_Saint_Aurele_restauration_scolaire.docx", "CCAP", "Ville de Saint-Aurèle-des-Vignes – Restauration scolaire – CCAP", "VSAV-RES-2027 – CCAP", b, lab,
        note="Clause d'insertion expressément écartée ; reprise du personnel (avenant 3, L1224-1) ; formation HACCP ; enfants à PAI : pas de clause sociale. EGalim rappelé puis exigences propres (30 % bio, contenants réutilisables, anti-gaspillage) : clause environnementale.")


def ccap07():
    c = C("l'État – Direction interdépartementale des routes Massif-Limousin", "Limoges", delai=30, ref="DIRML-SPT-2027-014")
    b = COVER("Ministère chargé des transports – Direction interdépartementale des routes Massif-Limousin (DIR ML)",
              "CCAP",
              ["Entretien des dépendances vertes du réseau routier national – districts de Guéret-Ouest et d'Ussel-Plateau", "Accords-cadres à bons de commande"],
              [["Référence", "DIRML-SPT-2027-014"], ["Service acheteur", "Secrétariat général – pôle achats"], ["Pouvoir adjudicateur", "le directeur interdépartemental des routes"]])
    b += [H("Article 1 – Objet et allotissement"),
          P("Les accords-cadres portent sur le fauchage et le débroussaillage des accotements, talus et délaissés, la taille des haies et l'entretien des aires de repos du réseau routier "
            "national sur deux districts. La consultation comprend 2 lots :"),
          LST(["lot 1 : district de Guéret-Ouest – fauchage mécanisé des accotements et talus (RN 145 et RN 141) ;",
               "lot 2 : district d'Ussel-Plateau – entretien manuel des aires de repos, des abords d'ouvrages et des délaissés (RN 89)."]),
          H("Article 2 – Marché réservé (lot 2)"),
          P("En application de l'article L. 2113-13 du code de la commande publique, le lot 2 est réservé aux structures d'insertion par l'activité économique mentionnées à l'article "
            "L. 5132-4 du code du travail (entreprises d'insertion, ateliers et chantiers d'insertion, associations intermédiaires, entreprises de travail temporaire d'insertion) "
            "et aux structures équivalentes. Le lot 1 est ouvert à tout opérateur économique."),
          H("Article 3 – Montants et durée"),
          RTAB([["Lot", "Montant maximum annuel (€ HT)", "Montant maximum sur 3 ans (€ HT)"], ["1", "180~000", "540~000"], ["2", "60~000", "180~000"],
                ["Total", "240~000", "720~000"]], widths=[0.2, 0.4, 0.4], bold_last=True),
          P("Chaque accord-cadre est conclu pour un an, reconductible deux fois. Le montant maximum pour l'ensemble des lots est ainsi de 720~000 € HT sur la durée totale."),
          ]
    b += f_pieces(c, 2, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP commun aux deux lots et ses annexes cartographiques ;", "le bordereau des prix unitaires du lot ;",
                         "le mémoire technique du titulaire."])
    b += [H("Article 5 – Calendrier des interventions"),
          RTAB([["Campagne", "Période", "Nature"], ["Passe de sécurité", "15 avril – 31 mai", "accotements sur une largeur de 1,20 m"], ["Fauchage d'été", "juin – juillet", "accotements et fossés"],
                ["Fauchage tardif", "à partir du 15 septembre", "talus et délaissés"], ["Taille des haies", "novembre – février", "hors période de nidification"]], widths=[0.3, 0.3, 0.4]),
          H("Article 6 – Pratiques d'entretien"),
          P("Aucun produit phytopharmaceutique n'est utilisé. La hauteur de coupe n'est pas inférieure à 10 cm. Le fauchage tardif des talus et délaissés est réalisé avec exportation "
            "des produits de coupe, qui sont valorisés en compostage ou en méthanisation ; les broyats de taille sont laissés en paillage sur place lorsque le CCTP le prévoit. Les "
            "engins sont équipés d'huiles hydrauliques biodégradables."),
          H("Article 7 – Sécurité des intervenants"),
          P("Les interventions sous circulation respectent l'instruction interministérielle sur la signalisation routière (8e partie) et le guide de signalisation temporaire. Le titulaire "
            "fournit les véhicules de signalisation. Un plan de prévention est établi avec le district avant la première intervention."),
          H("Article 8 – Encadrement des équipes du lot 2"),
          P("Le titulaire du lot 2 désigne un encadrant technique présent en permanence avec chaque équipe. Il communique l'effectif prévisionnel de chaque intervention."),
          H("Article 9 – Pénalités"),
          RTAB([["Manquement", "Pénalité"], ["Retard de démarrage d'une campagne", "200 € HT par jour"], ["Signalisation temporaire non conforme", "500 € HT par constat"],
                ["Usage d'un produit phytopharmaceutique", "1 500 € HT par constat"]], widths=[0.6, 0.4]),
          ]
    b += f_prix(c, 2, "TP01 (index général tous travaux)", "d'établissement des prix")
    b += f_paiement(c, 2)
    b += f_legal_social(c, 0)
    b += f_resiliation(c, 1)
    b += f_litiges(c, 0)
    lab = L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=720000,
            evidence=["La consultation comprend 2 lots", "En application de l'article L. 2113-13 du code de la commande publique, le lot 2 est réservé",
                      "Le montant maximum pour l'ensemble des lots est ainsi de 720 000 € HT", "Aucun produit phytopharmaceutique n'est utilisé"])
    DOC("CCAP_07_DIR_Massif_Limousin_dependances_vertes.pdf", "CCAP", "DIR Massif-Limousin – Dépendances vertes – CCAP", "DIRML-SPT-2027-014 – CCAP", b, lab,
        note="Lot 2 réservé SIAE (L2113-13) ; la réservation seule ne crée pas de clause sociale. Pièges : encadrement des équipes, plan de prévention, L5212.")


def ccap08():
    c = C("la Région Val-de-Seine-Normandie", "Rouen", delai=30, ref="RVSN-FORM-2027-06")
    lots = [("1", "Bassin de Rouen-Métropole", "1~020~000"), ("2", "Bassin du Havre-Estuaire", "840~000"), ("3", "Bassin d'Évreux-Vernon", "660~000"),
            ("4", "Bassin de Dieppe-Bresle", "540~000"), ("5", "Bassin de Lisieux-Pays d'Auge", "600~000"), ("6", "Bassin de Cherbourg-Cotentin", "540~000")]
    b = COVER("Région Val-de-Seine-Normandie – Direction de la formation professionnelle",
              "Cahier des clauses administratives particulières",
              ["Parcours « Cap Compétences » : formations préqualifiantes pour les demandeurs d'emploi", "Accords-cadres à bons de commande – services sociaux et autres services spécifiques"],
              [["Référence", "RVSN-FORM-2027-06"], ["Procédure", "procédure adaptée (article R. 2123-1 3°)"], ["Date", "avril 2027"]])
    b += [H("Article 1 – Objet"),
          P("Les accords-cadres ont pour objet l'organisation d'actions de formation préqualifiantes destinées aux demandeurs d'emploi peu ou pas qualifiés, y compris les personnes "
            "bénéficiaires du RSA et les jeunes suivis par les missions locales, afin de sécuriser leur accès à une formation certifiante ou à l'emploi."),
          H("Article 2 – Allotissement et montants"),
          P("La consultation est divisée en 6 lots géographiques correspondant aux bassins d'emploi. Chaque lot fait l'objet d'un accord-cadre mono-attributaire sans minimum, dont le "
            "montant maximum sur la durée totale (deux ans reconductibles une fois un an) est le suivant :"),
          RTAB([["Lot", "Bassin", "Maximum sur 3 ans (€ HT)"]] + [list(x) for x in lots] + [["", "Total", "4~200~000"]], widths=[0.1, 0.55, 0.35], bold_last=True),
          H("Article 3 – Stagiaires"),
          P("Les stagiaires sont orientés par France Travail, les missions locales, Cap emploi et les référents RSA du Département. Le titulaire accueille sans sélection préalable les "
            "personnes orientées, dans la limite des places commandées. Les locaux de formation sont accessibles aux personnes handicapées ; lorsque la situation d'un stagiaire le "
            "requiert, le titulaire sollicite la ressource handicap formation de l'Agefiph."),
          H("Article 4 – Rémunération et protection sociale des stagiaires"),
          P("Les stagiaires bénéficient du statut de stagiaire de la formation professionnelle ; leur rémunération et leur protection sociale sont prises en charge par la Région ou par "
            "France Travail selon leur situation. Le titulaire transmet les états de présence mensuels."),
          H("Article 5 – Formateurs"),
          P("Les formateurs justifient d'une expérience de trois ans dans la formation d'adultes peu qualifiés. Le titulaire assure leur professionnalisation, notamment sur l'accompagnement "
            "des publics en situation d'illettrisme."),
          H("Article 6 – Conditions d'exécution"),
          P("Aucune condition d'exécution relative à l'insertion de publics éloignés de l'emploi n'est imposée au titulaire au titre de sa propre main-d'œuvre : l'objet même du marché "
            "bénéficie à ces publics. Le titulaire est certifié Qualiopi au titre des actions de formation ; cette certification est vérifiée au stade de la candidature."),
          H("Article 7 – Commandes"),
          P("Les bons de commande précisent l'intitulé de la session, le nombre de places, les dates et le lieu. Une session n'est ouverte qu'à partir de huit stagiaires."),
          H("Article 8 – Prix"),
          P("Les prestations sont rémunérées à l'heure-stagiaire effectivement réalisée, dans la limite des heures commandées. Les absences justifiées sont rémunérées dans la limite de 10 %."),
          H("Article 9 – Suivi et résultats"),
          RTAB([["Indicateur", "Cible"], ["Taux d'assiduité", "85 %"], ["Accès à une formation certifiante ou à l'emploi à 3 mois", "50 %"], ["Taux de satisfaction des stagiaires", "80 %"]], widths=[0.7, 0.3]),
          H("Article 10 – Outils numériques"),
          P("Le titulaire utilise la plateforme régionale de gestion des parcours (environnement Ouiform) ; les comptes sont créés par la Région."),
          ]
    b += f_avance(c, 0, 20)
    b += f_paiement(c, 2)
    b += f_legal_social(c, 1)
    b += f_confid(c, 0)
    b += f_resiliation(c, 2)
    b += f_litiges(c, 2)
    b += f_sous_traitance(c, 0)
    b += f_derog(c, 1, ["l'article 8 déroge à l'article 10 du CCAG-FCS (règlement à l'heure-stagiaire) ;", "l'article 9 complète l'article 26 relatif aux vérifications."])
    lab = L(allotissement=1, nb_lots=6, montant_max_ht=4200000,
            evidence=["La consultation est divisée en 6 lots géographiques", "Total 4 200 000"])
    DOC("CCAP_08_Region_VSN_formations_demandeurs_emploi.docx", "CCAP", "Région Val-de-Seine-Normandie – Cap Compétences – CCAP", "RVSN-FORM-2027-06", b, lab,
        note="Objet = formation de demandeurs d'emploi (pas une clause d'insertion, écrit expressément) ; accessibilité des locaux, Agefiph, Qualiopi en candidature. Maxima par lot + total dans le tableau.")


# ============================================================================= RC
def rc01():
    c = C("la communauté de communes Cœur de Brenne", "Limoges", ccag="travaux", profil="https://marches.coeurdebrenne-achats.fr", ref="CCCB-2027-CRE")
    lots = [("01", "VRD – espaces extérieurs", "—"), ("02", "Gros œuvre", "380 h"), ("03", "Charpente bois – ossature", "220 h"), ("04", "Couverture – étanchéité", "—"),
            ("05", "Menuiseries extérieures", "—"), ("06", "Plâtrerie – isolation", "—"), ("07", "Peinture – revêtements muraux", "300 h"), ("08", "Sols souples", "—"),
            ("09", "Menuiseries intérieures", "—"), ("10", "CVC – plomberie", "—"), ("11", "Électricité", "—")]
    b = COVER("Communauté de communes Cœur de Brenne",
              "Règlement de la consultation",
              ["Construction d'un multi-accueil petite enfance de 36 places à Mézières-la-Brenne", "Procédure adaptée – articles L. 2123-1 et R. 2123-1 1° du code de la commande publique"],
              [["Date limite de remise des offres", "mercredi 9 juin 2027 à 12 h 00"], ["Référence", "CCCB-2027-CRE"], ["Profil d'acheteur", "https://marches.coeurdebrenne-achats.fr"]])
    b += [H("Article 1 – Objet de la consultation"),
          P("La consultation porte sur les travaux de construction d'un multi-accueil petite enfance en ossature bois, d'une surface de 540 m², rue des Étangs à Mézières-la-Brenne. "
            "Le montant prévisionnel des travaux, tous lots confondus, est estimé à 2~380~000 € HT."),
          H("Article 2 – Décomposition en lots"),
          P("Les travaux sont répartis en 11 lots. Les candidats peuvent répondre à un ou plusieurs lots ; chaque lot est attribué séparément."),
          RTAB([["Lot", "Désignation", "Volume d'heures (cf. CCAP art. 9)"]] + [list(x) for x in lots], widths=[0.1, 0.55, 0.35]),
          H("Article 3 – Conditions d'exécution particulières"),
          P("Les lots 02, 03 et 07 comportent une condition d'exécution relative à la promotion de l'emploi de personnes rencontrant des difficultés d'insertion, pour un volume total de "
            "900 heures réparti selon le tableau ci-dessus (article 9 du CCAP). Les candidats peuvent se rapprocher du facilitateur de la Maison de l'emploi du Blanc pour en préparer la mise en œuvre."),
          H("Article 4 – Variantes et prestations supplémentaires"),
          P("Les variantes à l'initiative des candidats ne sont pas autorisées. Le lot 04 comporte une prestation supplémentaire éventuelle : végétalisation de la toiture de l'auvent."),
          H("Article 5 – Délai d'exécution"),
          P("Le délai global est de 13 mois, période de préparation d'un mois comprise. Le démarrage prévisionnel est fixé au 6 septembre 2027."),
          ]
    b += f_rc_retrait(c, 0)
    b += f_rc_candidature(c, 0, ["les références de travaux similaires de moins de cinq ans ;", "les certificats de qualification professionnelle (Qualibat ou équivalent) ;",
                                 "les attestations d'assurance de responsabilité civile et décennale."])
    b += [H("Article 8 – Contenu de l'offre"),
          LST(["l'acte d'engagement du lot, complété ;", "la décomposition du prix global et forfaitaire ;",
               "un mémoire technique répondant successivement aux sous-critères de l'article 9 ;", "le planning prévisionnel de l'entreprise."]),
          H("Article 9 – Jugement des offres"),
          P("Les offres sont classées au regard des critères pondérés suivants :"),
          RTAB([["Critère / sous-critère", "Pondération"], ["1. Prix des prestations", "50 %"], ["2. Valeur technique", "40 %"],
                ["2.1 Méthodologie d'exécution propre au lot et moyens affectés", "20 %"], ["2.2 Planning et phasage", "10 %"],
                ["2.3 Accueil, tutorat et formation des personnes recrutées au titre de l'article 9 du CCAP (lots 02, 03 et 07) ; pour les autres lots, points reportés sur le 2.1", "10 %"],
                ["3. Gestion des déchets de chantier et limitation des nuisances sonores", "10 %"]], widths=[0.78, 0.22]),
          P("Le prix est noté selon la formule : note = 50 × (offre la plus basse / offre examinée). Les sous-critères de valeur technique sont notés de 0 à 4 sur la base du mémoire."),
          H("Article 10 – Négociation"),
          P("La communauté de communes se réserve la possibilité de négocier avec les trois candidats les mieux classés de chaque lot. Elle peut attribuer le marché sur la base des "
            "offres initiales sans négociation."),
          H("Article 11 – Offres anormalement basses"),
          P("Toute offre paraissant anormalement basse fait l'objet d'une demande de précisions ; elle est rejetée si les justifications fournies ne sont pas satisfaisantes."),
          ]
    b += f_rc_questions(c, 1, 6)
    b += f_rc_validite(c, 0, 120)
    b += f_rc_attribution(c, 2)
    b += f_rc_recours(c, 0)
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=900, critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=11, montant_estime_ht=2380000,
            evidence=["estimé à 2 380 000 € HT", "Les travaux sont répartis en 11 lots", "pour un volume total de 900 heures",
                      "Accueil, tutorat et formation des personnes recrutées au titre de l'article 9 du CCAP", "Gestion des déchets de chantier et limitation des nuisances sonores"])
    DOC("RC_01_CC_Coeur_de_Brenne_multi_accueil.pdf", "RC", "CC Cœur de Brenne – Multi-accueil petite enfance – RC", "CCCB-2027-CRE – Règlement de la consultation", b, lab,
        note="RC qui annonce la condition d'insertion (900 h, total écrit) ; sous-critère social sans le mot « social » ; critère environnemental (déchets). Pièges : objet petite enfance, PSE végétalisation (objet, pas clause).")


def rc02():
    c = C("le CHU de Saint-Orens-sur-Garonne", "Toulouse", profil="https://achats.chu-sosg-marches.fr", ref="CHUSOG-2027-INC")
    lots = [("1", "Changes complets adultes", "médicalisés, tailles S à XL"), ("2", "Slips absorbants et protections anatomiques", "avec filet de maintien"),
            ("3", "Protections légères (fuites urinaires)", "usage ambulatoire"), ("4", "Alèses jetables", "60 × 90 cm"), ("5", "Changes pédiatriques et néonatologie", "prématurés à 15 kg")]
    b = COVER("Centre hospitalier universitaire de Saint-Orens-sur-Garonne – Direction des achats",
              "Règlement de consultation",
              ["Fourniture de produits d'incontinence et de dispositifs absorbants", "Appel d'offres ouvert européen – accords-cadres à bons de commande"],
              [["Référence", "CHUSOG-2027-INC"], ["Date limite", "18 juin 2027 à 16 h"], ["Groupement de commandes", "CHU et 6 établissements du GHT"]])
    b += [H("Article 1 – Objet et étendue"),
          P("La consultation porte sur la fourniture de produits d'incontinence destinés aux patients hospitalisés et aux résidents des EHPAD et USLD du groupement hospitalier de territoire, "
            "population particulièrement vulnérable pour laquelle la tolérance cutanée et le confort sont essentiels."),
          H("Article 2 – Allotissement"),
          RTAB([["Lot", "Désignation", "Précisions"]] + [list(x) for x in lots], widths=[0.08, 0.5, 0.42]),
          P("La consultation est ainsi divisée en 5 lots. Un candidat peut se voir attribuer plusieurs lots."),
          H("Article 3 – Durée et montant"),
          P("Chaque accord-cadre est conclu pour quatre ans. Le montant maximum de l'ensemble des accords-cadres est fixé à 2~400~000 € HT pour la durée totale de quatre ans."),
          ]
    b += f_rc_retrait(c, 1)
    b += f_rc_depot(c, 0)
    b += f_rc_candidature(c, 1, ["le certificat de conformité au règlement (UE) 2017/745 relatif aux dispositifs médicaux ;",
                                 "le cas échéant, le certificat ISO 13485 du fabricant ;", "une liste des principales livraisons effectuées au cours des trois dernières années."])
    b += [H("Article 7 – Échantillons et essais"),
          P("Les candidats remettent pour chaque référence proposée deux paquets d'échantillons. Les essais sont conduits dans quatre services (gériatrie, médecine interne, SSR, EHPAD) "
            "pendant trois semaines, au moyen d'une grille d'évaluation renseignée par les équipes soignantes."),
          H("Article 8 – Critères de jugement des offres"),
          RTAB([["Critère", "Pondération", "Éléments d'appréciation"], ["Prix", "50 %", "coût d'utilisation journalier calculé sur le DQE"],
                ["Qualité technique et clinique", "40 %", "résultats des essais (absorption, tolérance, facilité de pose), fiches techniques"],
                ["Performance environnementale", "10 %", "réduction des emballages, part de matières biosourcées, optimisation du transport (nombre de livraisons, palettisation)"]], widths=[0.3, 0.15, 0.55]),
          H("Article 9 – Informations complémentaires non notées"),
          P("Le candidat peut, s'il le souhaite, indiquer dans son mémoire s'il recourt à des établissements du secteur protégé ou adapté ou à des structures d'insertion pour le "
            "conditionnement ou la logistique. Cette information est recueillie à titre statistique pour le rapport annuel achats responsables du GHT ; elle n'est pas prise en "
            "compte dans le jugement des offres et n'engage pas le candidat."),
          H("Article 10 – Formation des soignants"),
          P("Le mémoire précise les modalités de formation des équipes soignantes à l'utilisation des produits (sessions sur site, supports) ; ces éléments sont appréciés au sein du critère "
            "qualité technique et clinique."),
          ]
    b += f_rc_questions(c, 0, 10)
    b += f_rc_validite(c, 1, 180)
    b += f_rc_attribution(c, 0)
    b += f_rc_recours(c, 1)
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=5, montant_max_ht=2400000,
            evidence=["La consultation est ainsi divisée en 5 lots", "est fixé à 2 400 000 € HT pour la durée totale de quatre ans",
                      "Performance environnementale 10 %"])
    DOC("RC_02_CHU_Saint_Orens_incontinence.docx", "RC", "CHU de Saint-Orens-sur-Garonne – Produits d'incontinence – RC", "CHUSOG-2027-INC – RC", b, lab,
        note="Question facultative non notée sur le recours au secteur adapté/SIAE : pas de critère social. Patients vulnérables, certificats en candidature, formation des soignants (qualité). Critère environnemental 10 %.")


def rc03():
    c = C("la Ville de Bréval-sur-Eure", "Versailles", profil="https://www.achatpublic-breval.fr", ref="VBE-2027-NET")
    sites = [("Hôtel de ville", "2 150"), ("Médiathèque Simone-Veil", "1 480"), ("Centre technique municipal", "900"), ("Gymnase des Tilleuls", "2 600"),
             ("Écoles maternelles (4)", "3 200"), ("Écoles élémentaires (5)", "6 900"), ("Conservatoire", "1 100"), ("Maison des associations", "740")]
    b = COVER("Ville de Bréval-sur-Eure – Service de la commande publique",
              "Règlement de la consultation (RC)",
              ["Nettoyage et entretien des locaux municipaux", "Appel d'offres ouvert – articles R. 2124-2 1° et R. 2161-2 à R. 2161-5"],
              [["Date et heure limites de réception des offres", "lundi 14 juin 2027 – 12 h"], ["Référence", "VBE-2027-NET"]])
    b += [H("Article 1 – Objet"),
          P("La consultation porte sur le nettoyage régulier et la remise en état périodique des bâtiments municipaux listés ci-dessous, pour une durée d'un an reconductible trois fois."),
          RTAB([["Site", "Surface à entretenir (m²)"]] + [list(x) for x in sites], widths=[0.7, 0.3]),
          H("Article 2 – Allotissement"),
          P("Le marché n'est pas alloti. La Ville entend confier à un seul prestataire l'ensemble des sites afin d'assurer les remplacements entre équipes et une coordination unique "
            "pendant les vacances scolaires (article L. 2113-11 du code de la commande publique)."),
          H("Article 3 – Valeur estimée"),
          P("La valeur totale estimée du marché, reconductions comprises, est de 1~320~000 € HT."),
          H("Article 4 – Conditions particulières d'exécution"),
          P("L'article 7 du CCAP impose au titulaire de réserver aux personnes éloignées de l'emploi 3~500 heures de travail sur quatre ans. Le titulaire sortant emploie actuellement "
            "vingt et un agents ; la liste figure en annexe du CCAP au titre de la garantie d'emploi de l'annexe 7 de la convention collective de la propreté, sans que la Ville "
            "prenne parti sur son application."),
          ]
    b += f_rc_retrait(c, 2)
    b += f_rc_depot(c, 1)
    b += f_rc_candidature(c, 2, ["la certification Qualipropre ou toute preuve équivalente de capacité technique ;", "l'effectif moyen annuel des trois dernières années."])
    b += [H("Article 8 – Visite des sites"),
          P("La visite de l'hôtel de ville, d'une école élémentaire et du gymnase est obligatoire ; elle a lieu sur rendez-vous du 17 au 28 mai 2027. Une attestation de visite est remise."),
          H("Article 9 – Critères d'attribution"),
          P("L'offre économiquement la plus avantageuse est appréciée selon les critères et sous-critères ci-après :"),
          RTAB([["Critères", "Points"], ["A – Prix (au vu du DQE)", "45"], ["B – Valeur technique", "45"], ["B1 – Organisation des équipes, encadrement et continuité du service", "20"],
                ["B2 – Cadences et temps alloués par site", "15"],
                ["B3 – Parcours proposés aux salariés recrutés au titre de l'article 7 du CCAP : accueil, tutorat, formation qualifiante, perspectives d'emploi à l'issue", "10"],
                ["C – Démarche de réduction de l'impact environnemental des prestations (produits, dosage, matériels, déplacements des équipes)", "10"]], widths=[0.82, 0.18]),
          P("La note de prix est calculée selon la formule Np = 45 × Pmin / P. La valeur technique et le critère C sont notés sur la base du cadre de réponse technique obligatoire."),
          H("Article 10 – Suite à donner"),
          P("La Ville peut déclarer la procédure sans suite à tout moment pour un motif d'intérêt général. Les offres irrégulières peuvent être régularisées dans les conditions de "
            "l'article R. 2161-5."),
          ]
    b += f_rc_questions(c, 2, 8)
    b += f_rc_validite(c, 2, 150)
    b += f_rc_attribution(c, 1)
    b += f_rc_recours(c, 2)
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=3500, critere_social=1, critere_environnemental=1, allotissement=0, montant_estime_ht=1320000,
            evidence=["Le marché n'est pas alloti", "est de 1 320 000 € HT", "réserver aux personnes éloignées de l'emploi 3 500 heures de travail sur quatre ans",
                      "Parcours proposés aux salariés recrutés au titre de l'article 7 du CCAP", "Démarche de réduction de l'impact environnemental des prestations"])
    DOC("RC_03_Ville_Breval_nettoyage_locaux.pdf", "RC", "Ville de Bréval-sur-Eure – Nettoyage des locaux – RC", "VBE-2027-NET – Règlement de la consultation", b, lab,
        note="Sous-critère B3 sur les parcours des salariés recrutés (insertion) sans le mot « social » ; annexe 7 (reprise) = piège.")


def rc04():
    c = C("la préfecture de la région Centre-Loire-Sologne (SGCD)", "Orléans", profil="https://www.marches-publics.gouv.fr", ref="SGCD45-2027-ARCH")
    b = COVER("Préfecture de la région Centre-Loire-Sologne – Secrétariat général commun départemental (SGCD)",
              "Règlement de la consultation",
              ["Numérisation, indexation et reconditionnement d'archives administratives", "Marché réservé – procédure adaptée"],
              [["Référence", "SGCD45-2027-ARCH"], ["Date limite", "2 juillet 2027, 14 h"], ["Plateforme", "PLACE – marches-publics.gouv.fr"]])
    b += [H("Article 1 – Objet"),
          P("Le marché porte sur la numérisation et l'indexation d'environ 1,8 million de pages de dossiers d'étrangers et de dossiers d'associations, leur reconditionnement en boîtes "
            "neutres et le transport aller-retour entre les sites de la préfecture et l'atelier du titulaire."),
          H("Article 2 – Caractère réservé du marché"),
          P("Conformément à l'article L. 2113-12 du code de la commande publique, le marché est réservé aux entreprises adaptées, aux établissements et services d'aide par le travail "
            "et aux structures équivalentes, qui emploient une proportion minimale de 50 % de travailleurs handicapés. Le candidat justifie de sa qualité (agrément, CPOM ou "
            "attestation de l'autorité compétente). Une candidature émanant d'un opérateur ne relevant pas de ces catégories est irrecevable."),
          H("Article 3 – Forme, durée et montant"),
          P("Accord-cadre mono-attributaire à bons de commande, non alloti, d'une durée d'un an reconductible deux fois. Le montant maximum est de 50~000 € HT par an, soit "
            "150~000 € HT sur la durée totale."),
          H("Article 4 – Sécurité des documents"),
          P("Les dossiers contiennent des données personnelles sensibles. Le titulaire garantit la traçabilité des boîtes, la sécurisation des locaux (contrôle d'accès, alarme) et "
            "l'hébergement des images sur un serveur situé dans l'Union européenne. Les agents affectés signent un engagement de confidentialité."),
          ]
    b += f_rc_retrait(c, 0)
    b += f_rc_depot(c, 2)
    b += f_rc_candidature(c, 0, ["la justification de la qualité d'entreprise adaptée, d'ESAT ou de structure équivalente ;", "la description de l'atelier de numérisation et du parc de scanners."])
    b += [H("Article 8 – Critères de jugement"),
          RTAB([["Critère", "Pondération"], ["Prix (sur la base d'un DQE non contractuel)", "50 %"], ["Valeur technique", "50 %"],
                ["– qualité de l'indexation et contrôles (taux d'erreur garanti)", "25 %"], ["– organisation logistique et sécurité des documents", "15 %"], ["– délais de traitement", "10 %"]], widths=[0.75, 0.25]),
          H("Article 9 – Échantillon"),
          P("Chaque candidat numérise et indexe un lot test de 300 pages remis à la visite ; le résultat est apprécié au titre du sous-critère qualité de l'indexation."),
          ]
    b += f_rc_questions(c, 0, 7)
    b += f_rc_validite(c, 0, 90)
    b += f_rc_attribution(c, 2)
    b += f_rc_recours(c, 0)
    lab = L(marche_reserve=1, reserve_base="L2113-12", allotissement=0, montant_max_ht=150000,
            evidence=["Conformément à l'article L. 2113-12 du code de la commande publique, le marché est réservé aux entreprises adaptées",
                      "non alloti", "soit 150 000 € HT sur la durée totale"])
    DOC("RC_04_Prefecture_CLS_numerisation_archives_reserve.docx", "RC", "Préfecture Centre-Loire-Sologne – Numérisation d'archives – RC", "SGCD45-2027-ARCH", b, lab,
        note="Marché réservé EA/ESAT (L2113-12). Aucun critère social (critères prix/technique). Maximum annuel et total écrit.")


def rc05():
    c = C("le Syndicat mixte des mobilités du Bassin minier Sud", "Lille", ccag="prestations intellectuelles", profil="https://smbms.marchespublics-hdf.fr", ref="SMBMS-2027-PDM")
    b = COVER("Syndicat mixte des mobilités du Bassin minier Sud (SMBMS)",
              "Règlement de la consultation",
              ["Élaboration du plan de mobilité 2028-2038 et de son évaluation environnementale", "Procédure adaptée – prestations intellectuelles"],
              [["Référence", "SMBMS-2027-PDM"], ["Remise des offres", "28 mai 2027 à 12 h"]])
    b += [H("Article 1 – Objet de la consultation"),
          P("Le syndicat, autorité organisatrice de la mobilité pour 38 communes et 212 000 habitants, confie à un prestataire l'élaboration de son plan de mobilité et de son évaluation "
            "environnementale stratégique, de l'état des lieux à l'approbation. La mission comprend l'animation de la concertation, dont des ateliers spécifiques avec les associations "
            "de personnes handicapées et les publics en insertion sur l'accès à la mobilité (volet « mobilité solidaire » du plan)."),
          H("Article 2 – Caractéristiques"),
          P("Le marché n'est pas alloti, l'élaboration du plan formant une mission unique. Sa valeur est estimée à 240~000 € HT, tranche optionnelle d'enquête ménages-déplacements comprise."),
          H("Article 3 – Considérations sociales"),
          P("Le présent marché ne comporte pas de clause sociale d'insertion, compte tenu de la nature intellectuelle de la mission. Le syndicat attire l'attention des candidats sur son "
            "engagement dans la charte régionale des achats responsables, qui n'impose aucune obligation au titulaire."),
          ]
    b += f_rc_retrait(c, 1)
    b += f_rc_depot(c, 2)
    b += f_rc_candidature(c, 1, ["la qualification OPQIBI ou équivalente en planification des déplacements ;", "les effectifs et l'organigramme de l'équipe, avec les CV ;",
                                 "la déclaration prévue aux articles L. 5212-1 à L. 5212-11 du code du travail (emploi des travailleurs handicapés), le cas échéant dans le DC2."])
    b += [H("Article 7 – Jugement des offres"),
          RTAB([["Critère", "Pondération"], ["1. Valeur technique", "60 %"], ["1.a Compréhension des enjeux et méthodologie", "30 %"],
                ["1.b Composition et expérience de l'équipe", "20 %"], ["1.c Sobriété de la mission : réduction des déplacements de l'équipe, réunions à distance, limitation des impressions", "10 %"],
                ["2. Prix", "40 %"]], widths=[0.8, 0.2]),
          P("La méthodologie est notée au vu d'une note de 20 pages au plus. Le syndicat se réserve la possibilité d'auditionner les trois premiers candidats."),
          H("Article 8 – Négociation"),
          P("Une négociation peut être engagée avec les candidats ayant remis une offre recevable ; elle peut porter sur tous les éléments de l'offre, notamment le prix."),
          H("Article 9 – Prévention des risques"),
          P("Les comptages routiers et les enquêtes en bord de voirie sont réalisés dans le respect du document unique d'évaluation des risques du titulaire et de la signalisation temporaire réglementaire."),
          ]
    b += f_rc_questions(c, 1, 8)
    b += f_rc_validite(c, 1, 120)
    b += f_rc_attribution(c, 0)
    b += f_rc_recours(c, 1)
    lab = L(critere_environnemental=1, allotissement=0, montant_estime_ht=240000,
            evidence=["Le marché n'est pas alloti", "Sa valeur est estimée à 240 000 € HT",
                      "Sobriété de la mission : réduction des déplacements de l'équipe, réunions à distance, limitation des impressions"])
    DOC("RC_05_SM_Mobilites_Bassin_minier_plan_mobilite.pdf", "RC", "SMBMS – Plan de mobilité – RC", "SMBMS-2027-PDM – RC", b, lab,
        note="Sous-critère environnemental (sobriété de la mission). Pièges : objet environnemental (évaluation environnementale stratégique), concertation avec publics handicapés/en insertion (objet), « ne comporte pas de clause sociale d'insertion », charte sans obligation, L5212 en candidature, DUERP.")


# ============================================================================= AE
def ae01():
    c = C("la SEM Val-d'Ardière Aménagement", "Lyon", ccag="travaux", ref="SEMVA-2027-HALLE")
    b = [TITLE("SEM Val-d'Ardière Aménagement – mandataire de la commune de Beaujeu-en-Ardière", "ACTE D'ENGAGEMENT",
               "Réhabilitation de la halle aux grains en tiers-lieu", "Lot n° 03 : Plâtrerie – isolation – faux plafonds"),
         RTAB([["Marché n°", "SEMVA-2027-HALLE-L03"], ["Procédure", "procédure adaptée (article R. 2123-1 1°)"], ["Maître d'ouvrage", "Commune de Beaujeu-en-Ardière, représentée par la SEM Val-d'Ardière Aménagement, mandataire"],
               ["Maître d'œuvre", "Atelier Rivoire Architecture"]], widths=[0.3, 0.7], header=False),
         H("A – Objet de l'acte d'engagement"),
         P("Le présent acte d'engagement concerne le lot n° 03 « Plâtrerie – isolation – faux plafonds » de l'opération de réhabilitation de la halle aux grains. L'opération est "
           "allotie en 9 lots traités par marchés séparés."),
         P("Marché réservé : non. Variante : non. Prestation supplémentaire éventuelle : PSE n° 1 plafond acoustique en fibres de bois dans la salle polyvalente."),
         H("B – Engagement du titulaire"),
         P("Après avoir pris connaissance du CCAP, du CCTP du lot et des documents qui y sont mentionnés, le signataire s'engage, sur la base de son offre et pour son propre compte / "
           "pour le compte de la société désignée ci-dessous / en tant que mandataire du groupement désigné ci-dessous (rayer les mentions inutiles), à exécuter les travaux dans les "
           "conditions ci-après définies."),
         RTAB([["Nom commercial et dénomination sociale", ""], ["Adresse de l'établissement", ""], ["Numéro SIRET", ""], ["Courriel", ""]], widths=[0.45, 0.55], header=False),
         H("B1 – Prix"),
         P("Montant de l'offre de base : ............................ € HT, soit ............................ € TTC (TVA au taux de 20 %)."),
         P("Montant de la PSE n° 1 : ............................ € HT."),
         H("B2 – Engagement relatif à l'action d'insertion"),
         P("Le signataire s'engage à réaliser, pour l'exécution du présent lot, au moins 180 heures de travail confiées à des personnes éloignées de l'emploi, dans les conditions de "
           "l'article 11 du CCAP (embauche directe, mise à disposition, sous-traitance à une SIAE), et à remettre au facilitateur de la Maison de l'emploi du Beaujolais les justificatifs demandés."),
         H("B3 – Délai d'exécution"),
         P("Le délai d'exécution du lot est celui fixé par le calendrier détaillé d'exécution, dans le délai global de 11 mois. Le signataire déclare avoir pris connaissance du phasage imposé par "
           "l'occupation partielle de la halle par le marché hebdomadaire."),
         H("B4 – Sous-traitance envisagée"),
         RTAB([["Nature de la prestation sous-traitée", "Montant HT", "Nom du sous-traitant"], ["", "", ""], ["", "", ""]], widths=[0.5, 0.2, 0.3]),
         H("C – Paiement"),
         P("Le maître d'ouvrage se libère des sommes dues en faisant porter le montant au crédit du compte ouvert au nom du titulaire (joindre un RIB). Avance : le titulaire renonce / ne renonce pas "
           "(rayer la mention inutile) au bénéfice de l'avance prévue à l'article 5 du CCAP."),
         H("D – Signature du candidat"),
         P("Fait en un seul original, à ......................, le ...................... Signature du représentant habilité :"),
         H("E – Décision du pouvoir adjudicateur"),
         P("La présente offre est acceptée pour un montant de ............................ € HT. À Beaujeu-en-Ardière, le ......................"),
         H("F – Nantissement ou cession de créances"),
         P("Copie délivrée en unique exemplaire pour être remise à l'établissement de crédit en cas de cession ou de nantissement de créance de la totalité / d'une partie du marché."),
         ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=180, allotissement=1, nb_lots=9,
            evidence=["L'opération est allotie en 9 lots", "au moins 180 heures de travail confiées à des personnes éloignées de l'emploi"])
    DOC("AE_01_SEM_Val_Ardiere_halle_lot03.docx", "AE", "SEM Val-d'Ardière Aménagement – Halle aux grains – AE lot 03", "SEMVA-2027-HALLE-L03 – Acte d'engagement", b, lab,
        note="Engagement d'heures d'insertion signé dans l'AE. Piège : « Marché réservé : non ». Montants à compléter (aucun).")


def ae02():
    c = C("le GHT Loire-Forez-Montagne", "Lyon", ref="GHTLFM-2027-BLA")
    b = [TITLE("Groupement hospitalier de territoire Loire-Forez-Montagne – établissement support : CH de Montbrison-la-Plaine", "Acte d'engagement (ATTRI1 adapté)",
               "Accord-cadre de blanchissage et de location-entretien du linge des EHPAD du GHT"),
         RTAB([["Référence", "GHTLFM-2027-BLA"], ["Forme", "accord-cadre mono-attributaire à bons de commande, non alloti"],
               ["Durée", "1 an reconductible 3 fois"]], widths=[0.3, 0.7], header=False),
         H("A – Objet"),
         P("Le présent acte d'engagement concerne l'accord-cadre de blanchissage du linge plat et du linge des résidents, et de location-entretien des tenues des personnels, pour les six "
           "EHPAD rattachés au GHT (612 lits). Le marché n'est pas alloti."),
         H("B – Marché réservé"),
         P("En application des articles L. 2113-12, L. 2113-13 et L. 2113-14 du code de la commande publique, l'accord-cadre est réservé à la fois aux entreprises adaptées et aux "
           "établissements et services d'aide par le travail, ainsi qu'aux structures d'insertion par l'activité économique. Le signataire déclare relever de l'une de ces catégories :"),
         LST(["[ ] entreprise adaptée (article L. 5213-13 du code du travail)", "[ ] ESAT (article L. 344-2 du code de l'action sociale et des familles)",
              "[ ] structure d'insertion par l'activité économique (article L. 5132-4 du code du travail)", "[ ] structure équivalente (préciser) : ......................"]),
         H("C – Identification du titulaire"),
         RTAB([["Dénomination", ""], ["SIRET", ""], ["Adresse", ""], ["Représentant habilité", ""], ["Structure gestionnaire (ESAT)", ""]], widths=[0.4, 0.6], header=False),
         H("D – Engagement et prix"),
         P("Le signataire s'engage, sans réserve, conformément aux conditions du CCAP et du CCTP, à exécuter les prestations demandées aux prix unitaires du bordereau joint, dans la limite "
           "du montant maximum de l'accord-cadre fixé à 90~000 € HT par an, soit 360~000 € HT sur la durée totale reconductions comprises."),
         RTAB([["Période", "Montant maximum HT"], ["Période initiale", "90 000 €"], ["1re reconduction", "90 000 €"], ["2e reconduction", "90 000 €"], ["3e reconduction", "90 000 €"]], widths=[0.5, 0.5]),
         H("E – Délais"),
         P("Le linge est collecté deux fois par semaine dans chaque EHPAD et restitué sous 72 heures, le linge des résidents étant marqué et trié par chambre."),
         H("F – Compte à créditer"),
         P("Banque : ...................... IBAN : ...................... BIC : ......................"),
         H("G – Signature"),
         P("À ......................, le ...................... Le représentant du candidat (signature électronique qualifiée ou manuscrite)."),
         H("H – Acceptation de l'offre"),
         P("Pour le GHT, le directeur de l'établissement support. À Montbrison-la-Plaine, le ......................"),
         ]
    lab = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=0, montant_max_ht=360000,
            evidence=["En application des articles L. 2113-12, L. 2113-13 et L. 2113-14 du code de la commande publique, l'accord-cadre est réservé",
                      "Le marché n'est pas alloti", "soit 360 000 € HT sur la durée totale reconductions comprises"])
    DOC("AE_02_GHT_Loire_Forez_blanchisserie_reserve.pdf", "AE", "GHT Loire-Forez-Montagne – Blanchisserie des EHPAD – Acte d'engagement", "GHTLFM-2027-BLA – AE", b, lab, hyphen=False,
        note="Réservation conjointe EA/ESAT et SIAE (L2113-14). Maximum par période en tableau + total écrit. Résidents d'EHPAD (objet).")


# ============================================================================= CADRES DE RÉPONSE
def cadre01():
    b = COVER("Logis Ouest Habitat – entreprise sociale pour l'habitat",
              "Cadre de réponse technique (CRT)",
              ["Entretien des espaces verts des résidences – agences de Vannes et de Ploërmel", "À compléter et à joindre à l'offre – document contractuel après attribution"],
              [["Consultation", "LOH-EV-2027-04"], ["Nombre de pages maximal", "15 pages hors annexes"]],
              ["Le présent cadre suit l'ordre des critères de l'article 8 du règlement de la consultation. Seules les réponses apportées dans ce cadre sont notées ; les documents "
               "commerciaux génériques ne sont pas pris en compte."])
    b += [H("Partie 1 – Présentation du candidat (non notée)"),
          RTAB([["Rubrique", "Réponse du candidat"], ["Effectif total de l'entreprise et effectif de l'agence d'exécution", ""], ["Qualifications des chefs d'équipe (CAPA, BP, certificat Certiphyto)", ""],
                ["Certifications détenues (ISO 9001, Qualipaysage…)", ""], ["Références de prestations similaires pour des bailleurs sociaux", ""]], widths=[0.55, 0.45]),
          P("Ces informations ont déjà été appréciées au stade de la candidature ; elles sont rappelées pour faciliter la lecture de l'offre."),
          H("Partie 2 – Organisation et moyens (sous-critère 2.1 – 20 points)"),
          RTAB([["Question", "Réponse du candidat"], ["Décrivez l'organisation des équipes par agence (nombre d'équipes, composition, encadrement).", ""],
                ["Indiquez le matériel affecté (tondeuses, débroussailleuses, véhicules) et sa localisation.", ""],
                ["Précisez les modalités de remplacement en cas d'absence et de gestion des pics saisonniers.", ""]], widths=[0.55, 0.45]),
          H("Partie 3 – Méthodologie d'intervention (sous-critère 2.2 – 20 points)"),
          RTAB([["Question", "Réponse du candidat"], ["Présentez le planning annuel type pour une résidence de catégorie B.", ""],
                ["Décrivez les modalités de relation avec les gardiens et les locataires (information préalable, horaires, réclamations).", ""],
                ["Expliquez votre démarche de contrôle qualité et de compte rendu au bailleur.", ""]], widths=[0.55, 0.45]),
          H("Partie 4 – Accompagnement des salariés en parcours d'insertion (sous-critère 2.3 – 10 points)"),
          P("Le candidat décrit les moyens qu'il propose pour accueillir, encadrer et former les personnes en parcours d'insertion qu'il envisage d'affecter au marché : nombre de "
            "personnes et volume d'heures envisagés, désignation d'un tuteur, formations proposées (taille, sécurité, conduite d'engins), partenariats avec les structures d'insertion "
            "du territoire, perspectives d'embauche à l'issue. Ce sous-critère est noté sur 10 points ; une absence de réponse vaut 0."),
          RTAB([["Élément", "Réponse du candidat"], ["Volume d'heures et nombre de personnes envisagés", ""], ["Tutorat et encadrement", ""],
                ["Formations proposées", ""], ["Partenaires (SIAE, GEIQ, PLIE)", ""]], widths=[0.55, 0.45]),
          H("Partie 5 – Pratiques environnementales (critère 3 – 15 points)"),
          P("Le candidat décrit ses pratiques de gestion différenciée sans produit phytopharmaceutique (techniques de désherbage, hauteurs de tonte, fauche tardive), le devenir des "
            "déchets verts (broyage et paillage sur place, compostage, filières) et la motorisation de ses matériels (électrique, thermique) et véhicules."),
          RTAB([["Élément", "Réponse du candidat"], ["Gestion différenciée et désherbage", ""], ["Devenir des déchets verts", ""], ["Matériels et véhicules", ""]], widths=[0.55, 0.45]),
          H("Partie 6 – Sécurité (non notée, obligatoire)"),
          P("Joindre l'extrait du document unique d'évaluation des risques relatif aux travaux d'espaces verts et le modèle de plan de prévention utilisé avec les bailleurs."),
          H("Partie 7 – Engagement"),
          P("Je soussigné(e) ...................... certifie l'exactitude des informations fournies. Fait à ......................, le ......................"),
          ]
    lab = L(critere_social=1, critere_environnemental=1,
            evidence=["Accompagnement des salariés en parcours d'insertion (sous-critère 2.3 – 10 points)", "Pratiques environnementales (critère 3 – 15 points)"])
    DOC("CADRE_01_Logis_Ouest_Habitat_espaces_verts.docx", "CADRE", "Logis Ouest Habitat – Espaces verts – Cadre de réponse technique", "LOH-EV-2027-04 – CRT", b, lab,
        note="Sous-critère noté sur l'accompagnement des personnes en insertion (critère social) sans obligation d'heures : clause_insertion = 0. Pièges : qualifications, certifications, DUERP (non notés).")


def cadre02():
    b = COVER("Métropole Rives-de-l'Ill – Direction du numérique",
              "Cadre de mémoire technique",
              ["Maintenance, évolution et hébergement du système d'information géographique métropolitain", "Trame obligatoire de l'offre technique"],
              [["Consultation", "MRI-DN-2027-031"], ["Format", "PDF, 25 pages maximum"]])
    b += [H("Section 1 – Compréhension du besoin (critère 1.1 – 15 points)"),
          P("Le candidat présente sa compréhension du contexte : 33 communes membres, 140 utilisateurs métiers, portail cartographique grand public, données du plan cadastral, des réseaux et "
            "de l'urbanisme. Il identifie les principaux risques du projet et les réponses qu'il y apporte."),
          H("Section 2 – Environnement technique proposé (critère 1.2 – 20 points)"),
          P("Le candidat décrit l'environnement technique cible : serveurs cartographiques, base PostgreSQL/PostGIS, outils de publication, environnements de recette et de production, "
            "procédures de sauvegarde et de restauration, plan de reprise d'activité. Il précise la compatibilité avec l'environnement bureautique de la métropole (postes sous Windows 11, "
            "navigateurs Firefox ESR et Edge)."),
          RTAB([["Composant", "Version proposée", "Commentaire"], ["Serveur cartographique", "", ""], ["Base de données spatiale", "", ""],
                ["Client web", "", ""], ["Outil d'administration", "", ""], ["Supervision", "", ""]], widths=[0.35, 0.25, 0.4]),
          H("Section 3 – Hébergement et sécurité (critère 1.3 – 15 points)"),
          P("Localisation des centres de données, qualification SecNumCloud ou certification HDS le cas échéant, gestion des accès, chiffrement, journalisation et procédure de "
            "notification des incidents de sécurité."),
          H("Section 4 – Organisation de l'équipe (critère 1.4 – 10 points)"),
          P("Organigramme, rôles, taux d'affectation, CV des intervenants clés. Le candidat précise les modalités de transfert de compétences vers les agents de la métropole "
            "(formations des administrateurs et des référents métiers)."),
          H("Section 5 – Niveaux de service (critère 1.5 – 10 points)"),
          RTAB([["Engagement", "Valeur proposée"], ["Disponibilité du portail grand public", ""], ["Délai de prise en compte d'un incident bloquant", ""],
                ["Délai de rétablissement d'un incident bloquant", ""], ["Délai de livraison d'une évolution mineure", ""]], widths=[0.6, 0.4]),
          H("Section 6 – Informations complémentaires (facultatives, non notées)"),
          P("Le candidat peut présenter, s'il le souhaite, sa politique de responsabilité sociétale (emploi, égalité professionnelle, empreinte numérique) et indiquer s'il est signataire "
            "de la charte Entreprises et Quartiers ou du label Numérique responsable. Ces informations ne sont pas notées et ne constituent pas un engagement contractuel."),
          H("Section 7 – Accessibilité du portail grand public"),
          P("Le candidat rappelle comment son offre respecte l'obligation légale de conformité au RGAA du portail grand public (déclaration d'accessibilité, schéma pluriannuel de la métropole). "
            "Cette section est appréciée au sein du critère 1.2."),
          ]
    lab = L(evidence=[])
    DOC("CADRE_02_Metropole_Rives_Ill_SIG.pdf", "CADRE", "Métropole Rives-de-l'Ill – SIG métropolitain – Cadre de mémoire technique", "MRI-DN-2027-031 – cadre de mémoire", b, lab,
        note="« Environnement technique/bureautique » (faux environnemental) ; section RSE facultative non notée ; RGAA comme obligation légale ; formation des agents (objet) : tout à 0.")


# ============================================================================= AVIS
AVIS01 = """BOAMP - Bulletin officiel des annonces des marches publics
Avis n. 27-041388 - Annonce publiee le 08/04/2027
Departement(s) de publication : 41
Annonce No 27-041388

AVIS D'APPEL PUBLIC A LA CONCURRENCE

Nom et adresse officiels de l'organisme acheteur : Commune de Saint-Julien-la-Varenne
Correspondant : M. le Maire, 1 place de la Mairie, 41xxx Saint-Julien-la-Varenne, tel : 02 54 00 00 00, courriel : marches@saintjulien-varenne.fr
Adresse internet du profil d'acheteur : https://saintjulien-varenne.marches-centre.fr
Principale(s) activite(s) du pouvoir adjudicateur : Services generaux des administrations publiques

Objet du marche : amenagement de la traversee du bourg et de la rue des Ecoles (RD 76) - securisation des cheminements pietons
Type de marche de travaux : execution
CPV - Objet principal : 45233140 ; objets supplementaires : 45233161, 45112700
Lieu d'execution : centre-bourg, 41xxx Saint-Julien-la-Varenne
Code NUTS : FRB05

L'avis implique un marche public.
Caracteristiques principales : travaux de voirie, de bordures, d'eclairage public et d'amenagement paysager. Le projet comprend la mise en accessibilite des arrets de car
et des traversees pietonnes (abaissements de bordures, bandes d'eveil de vigilance), conformement a la reglementation.
Valeur estimee (HT) : 1 450 000 euros.
Prestations divisees en lots : oui. Le marche comprend 3 lots.
Possibilite de presenter une offre pour un ou plusieurs lots.

Marche reserve : non.

Conditions particulieres d'execution : clause d'insertion par l'activite economique. Les titulaires des lots 1 et 2 s'engagent a reserver des heures de travail a des
personnes eloignees de l'emploi : lot 1 : 350 heures ; lot 2 : 210 heures (soit 560 heures au total). Le lot 3 n'en comporte pas. Les modalites figurent a l'article 8 du CCAP ;
l'accompagnement est assure par le facilitateur de la Maison de l'emploi du Loir-et-Cher.

Conditions de participation :
- situation propre des operateurs : DC1, DC2 ou DUME ; declaration sur l'honneur de ne pas entrer dans un cas d'interdiction de soumissionner ;
- capacite economique et financiere : chiffre d'affaires des trois derniers exercices ;
- capacite technique : references de moins de cinq ans, certificats de qualification FNTP ou Qualibat ou equivalent, moyens humains et materiels.

Criteres d'attribution :
Offre economiquement la plus avantageuse appreciee en fonction des criteres enonces ci-dessous avec leur ponderation :
- Prix : 55 %
- Valeur technique : 35 % (dont methodologie et planning 15 points, moyens affectes au chantier 10 points, conditions d'accueil et d'encadrement des salaries en parcours
d'insertion 10 points pour les lots 1 et 2)
- Reduction des nuisances de chantier et valorisation des deblais et materiaux : 10 %

Type de procedure : procedure adaptee ouverte
Date limite de reception des offres : 12 mai 2027 a 12 h 00
Delai minimum de validite des offres : 120 jours a compter de la date limite de reception des offres.

Renseignements complementaires : visite facultative. Les dossiers sont a retirer gratuitement sur le profil d'acheteur.

Renseignements relatifs aux lots :
Lot(s) 1. - Terrassements, voirie, bordures, revetements - CPV 45233140
Lot(s) 2. - Eclairage public et enfouissement des reseaux - CPV 45316110
Lot(s) 3. - Amenagements paysagers et mobilier urbain - CPV 45112700

Instance chargee des procedures de recours : Tribunal administratif d'Orleans.
Date d'envoi du present avis a la publication : 06/04/2027
"""


def avis01():
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=560, critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=1450000,
            evidence=["Valeur estimee (HT) : 1 450 000 euros", "Le marche comprend 3 lots", "lot 1 : 350 heures ; lot 2 : 210 heures (soit 560 heures au total)",
                      "conditions d'accueil et d'encadrement des salaries en parcours d'insertion 10 points", "valorisation des deblais et materiaux : 10 %"])
    DOC("AVIS_01_BOAMP_Saint_Julien_la_Varenne_voirie.txt", "AVIS", "", "", AVIS01, lab,
        note="BOAMP sans accents. Heures par lot avec total écrit. Pièges : mise en accessibilité (objet, réglementation), « Marche reserve : non ».")


AVIS02 = """<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
  xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"
  xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1"
  xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1"
  xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1">
  <ext:UBLExtensions>
    <ext:UBLExtension>
      <ext:ExtensionContent>
        <efext:EformsExtension>
          <efac:Organizations>
            <efac:Organization>
              <efac:Company>
                <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>
                <cac:PartyName><cbc:Name languageID="FRA">Département de la Haute-Meurthe</cbc:Name></cac:PartyName>
                <cac:PostalAddress>
                  <cbc:StreetName>48 esplanade Jacques-Baudot</cbc:StreetName>
                  <cbc:CityName>Saint-Dié-les-Vosges</cbc:CityName>
                  <cbc:PostalZone>88100</cbc:PostalZone>
                  <cbc:CountrySubentityCode listName="nuts">FRF34</cbc:CountrySubentityCode>
                  <cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country>
                </cac:PostalAddress>
                <cac:PartyLegalEntity><cbc:CompanyID>22880001500017</cbc:CompanyID></cac:PartyLegalEntity>
                <cac:Contact><cbc:Name>Direction de l'insertion et de l'emploi</cbc:Name><cbc:ElectronicMail>commande.publique@haute-meurthe.fr</cbc:ElectronicMail></cac:Contact>
              </efac:Company>
            </efac:Organization>
            <efac:Organization>
              <efac:Company>
                <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0002</cbc:ID></cac:PartyIdentification>
                <cac:PartyName><cbc:Name languageID="FRA">Tribunal administratif de Nancy</cbc:Name></cac:PartyName>
                <cac:PostalAddress><cbc:CityName>Nancy</cbc:CityName><cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
              </efac:Company>
            </efac:Organization>
          </efac:Organizations>
        </efext:EformsExtension>
      </ext:ExtensionContent>
    </ext:UBLExtension>
  </ext:UBLExtensions>
  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">6b1f2c7e-3a41-4d0e-9f61-2c8b7a5e0d13</cbc:ID>
  <cbc:ContractFolderID>d4e8a0b2-71c3-4f5a-8e2d-5a9c1b3f7e64</cbc:ContractFolderID>
  <cbc:IssueDate>2027-03-16+01:00</cbc:IssueDate>
  <cbc:NoticeTypeCode listName="competition">cn-social</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cac:ContractingPartyType><cbc:PartyTypeCode listName="buyer-legal-type">ra</cbc:PartyTypeCode></cac:ContractingPartyType>
    <cac:ContractingActivity><cbc:ActivityTypeCode listName="authority-activity">soc-pro</cbc:ActivityTypeCode></cac:ContractingActivity>
    <cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification></cac:Party>
  </cac:ContractingParty>
  <cac:TenderingProcess>
    <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>
  </cac:TenderingProcess>
  <cac:ProcurementProject>
    <cbc:ID>DHM-DIE-2027-02</cbc:ID>
    <cbc:Name languageID="FRA">Accompagnement socioprofessionnel des bénéficiaires du RSA</cbc:Name>
    <cbc:Description languageID="FRA">Accompagnement global et socioprofessionnel des allocataires du revenu de solidarité active soumis aux droits et devoirs, orientés par le Département : diagnostic, levée des freins périphériques (mobilité, santé, garde d'enfants), mises en situation professionnelle et suivi dans l'emploi, en lien avec France Travail. Le marché est divisé en 4 lots territoriaux. Il s'agit d'un marché de services sociaux et autres services spécifiques passé selon une procédure adaptée au sens de l'article R. 2123-1 3° du code de la commande publique.</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
    <cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="strategic-procurement">none</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>
    <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">2600000</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>
    <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">85312320</cbc:ItemClassificationCode></cac:MainCommodityClassification>
    <cac:RealizedLocation><cac:Address><cbc:CountrySubentityCode listName="nuts">FRF34</cbc:CountrySubentityCode></cac:Address></cac:RealizedLocation>
  </cac:ProcurementProject>
LOTS
</ContractNotice>
"""

_LOT = """  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">LOT-000{n}</cbc:ID>
    <cac:TenderingTerms>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement><cbc:TendererRequirementTypeCode listName="reserved-procurement">none</cbc:TendererRequirementTypeCode></cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement>
          <cbc:TendererRequirementTypeCode listName="selection-criterion">tp-abil</cbc:TendererRequirementTypeCode>
          <cbc:Description languageID="FRA">Références en accompagnement de publics en insertion ; qualification des référents (titre CIP, diplôme d'État en travail social) ; locaux d'accueil accessibles aux personnes à mobilité réduite sur le territoire du lot.</cbc:Description>
        </cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
      <cac:AwardingTerms>
        <cac:AwardingCriterion>
          <cac:SubordinateAwardingCriterion>
            <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>40</efbc:ParameterNumeric></efac:AwardCriterionParameter></efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">price</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">Prix</cbc:Name>
          </cac:SubordinateAwardingCriterion>
          <cac:SubordinateAwardingCriterion>
            <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>35</efbc:ParameterNumeric></efac:AwardCriterionParameter></efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">Méthodologie d'accompagnement des participants</cbc:Name>
            <cbc:Description languageID="FRA">Qualité du diagnostic, rythme des entretiens, outils de levée des freins et de mise en relation avec les employeurs.</cbc:Description>
          </cac:SubordinateAwardingCriterion>
          <cac:SubordinateAwardingCriterion>
            <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>25</efbc:ParameterNumeric></efac:AwardCriterionParameter></efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">Moyens humains et maillage territorial</cbc:Name>
            <cbc:Description languageID="FRA">Nombre de référents, qualification, lieux de permanence.</cbc:Description>
          </cac:SubordinateAwardingCriterion>
        </cac:AwardingCriterion>
      </cac:AwardingTerms>
    </cac:TenderingTerms>
    <cac:ProcurementProject>
      <cbc:ID>LOT-000{n}</cbc:ID>
      <cbc:Name languageID="FRA">Lot {n} : territoire {terr}</cbc:Name>
      <cbc:Description languageID="FRA">Accompagnement d'environ {nb} participants par an sur le territoire {terr}.</cbc:Description>
      <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
      <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">85312320</cbc:ItemClassificationCode></cac:MainCommodityClassification>
      <cac:PlannedPeriod><cbc:DurationMeasure unitCode="MONTH">36</cbc:DurationMeasure></cac:PlannedPeriod>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>"""


def avis02():
    terr = [("1", "de la Déodatie", "320"), ("2", "de la Plaine", "260"), ("3", "des Trois Vallées", "210"), ("4", "du Piémont", "180")]
    xml = AVIS02.replace("LOTS", "\n".join(_LOT.format(n=n, terr=t, nb=nb) for n, t, nb in terr))
    lab = L(allotissement=1, nb_lots=4, montant_estime_ht=2600000,
            evidence=["Le marché est divisé en 4 lots territoriaux", "2600000"])
    DOC("AVIS_02_eForms_Dept_Haute_Meurthe_accompagnement_RSA.xml", "AVIS", "", "", xml, lab,
        note="eForms ContractNotice (cn-social). Objet = accompagnement des bénéficiaires du RSA (pas une clause) ; strategic-procurement none ; reserved-procurement none ; critères sans performance sociale de l'opérateur ; PMR en sélection.")


AVIS03 = """<?xml version="1.0" encoding="UTF-8"?>
<TED_ESENDERS xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" VERSION="R2.0.9.S05" xsi:schemaLocation="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception TED_ESENDERS.xsd">
  <SENDER>
    <IDENTIFICATION><ESENDER_LOGIN>ESENDER-FR-07</ESENDER_LOGIN><NO_DOC_EXT>2027-058812</NO_DOC_EXT></IDENTIFICATION>
    <CONTACT><ORGANISATION>Plateforme régionale des achats publics</ORGANISATION><COUNTRY VALUE="FR"/><E_MAIL>publication@achats-bourgogne-morvan.fr</E_MAIL></CONTACT>
    <DATE_EXPECTED_PUBLICATION>2027-04-20</DATE_EXPECTED_PUBLICATION>
  </SENDER>
  <FORM_SECTION>
    <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Région Bourgogne-Morvan</OFFICIALNAME>
          <NATIONALID>23210001400019</NATIONALID>
          <ADDRESS>17 boulevard de la Trémouille</ADDRESS>
          <TOWN>Dijon-Morvan</TOWN>
          <POSTAL_CODE>21000</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <E_MAIL>achats.lycees@bourgogne-morvan.fr</E_MAIL>
          <n2016:NUTS xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" CODE="FRC11"/>
          <URL_GENERAL>https://www.bourgogne-morvan.fr</URL_GENERAL>
        </ADDRESS_CONTRACTING_BODY>
        <DOCUMENT_FULL/>
        <URL_DOCUMENT>https://marches.bourgogne-morvan.fr/consultation/2027-LYC-INFO</URL_DOCUMENT>
        <ADDRESS_FURTHER_INFO_IDEM/>
        <URL_TOOL>https://marches.bourgogne-morvan.fr</URL_TOOL>
        <CA_TYPE VALUE="REGIONAL_AUTHORITY"/>
        <CA_ACTIVITY VALUE="EDUCATION"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Fourniture de postes informatiques et de services associés pour les lycées publics</P></TITLE>
        <REFERENCE_NUMBER>2027-LYC-INFO</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="30213000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SUPPLIES"/>
        <SHORT_DESCR><P>Accords-cadres à bons de commande pour la fourniture d'ordinateurs fixes et portables, d'écrans et de services associés (préparation, livraison, garantie sur site) destinés aux 128 lycées publics de la Région. Le marché est divisé en 2 lots.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">1900000</VAL_ESTIMATED_TOTAL>
        <LOT_DIVISION><LOT_ALL/></LOT_DIVISION>
LOTS
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Déclaration sur l'honneur (DC1 ou DUME) ; inscription au registre du commerce.</P></SUITABILITY>
        <ECONOMIC_CRITERIA_DOC/>
        <TECHNICAL_CRITERIA_DOC/>
        <PERFORMANCE_CONDITIONS><P>Conditions d'exécution (article 9 du CCAP) : le titulaire garantit que les matériels sont assemblés dans des usines respectant les conventions fondamentales de l'Organisation internationale du travail et fournit chaque année le rapport d'un audit social indépendant d'au moins un site d'assemblage ; il reprend sans frais les matériels remplacés et les oriente prioritairement vers le réemploi, puis vers une filière agréée de traitement des déchets d'équipements électriques et électroniques.</P></PERFORMANCE_CONDITIONS>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <FRAMEWORK><SINGLE_OPERATOR/></FRAMEWORK>
        <CONTRACT_COVERED_GPA/>
        <DATE_RECEIPT_TENDERS>2027-05-28</DATE_RECEIPT_TENDERS>
        <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
        <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
        <DURATION_TENDER_VALID TYPE="MONTH">6</DURATION_TENDER_VALID>
        <OPENING_CONDITION><DATE_OPENING_TENDERS>2027-05-28</DATE_OPENING_TENDERS><TIME_OPENING_TENDERS>14:00</TIME_OPENING_TENDERS></OPENING_CONDITION>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <NO_RECURRENT_PROCUREMENT/>
        <INFO_ADD><P>Les lycées accueillent des élèves en situation de handicap ; le lot 2 comprend des claviers et souris adaptés. L'environnement logiciel (image Windows, outils d'administration) est fourni par la Région.</P></INFO_ADD>
        <ADDRESS_REVIEW_BODY><OFFICIALNAME>Tribunal administratif de Dijon</OFFICIALNAME><TOWN>Dijon</TOWN><COUNTRY VALUE="FR"/></ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2027-04-15</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>
  </FORM_SECTION>
</TED_ESENDERS>
"""

_OD = """        <OBJECT_DESCR ITEM="{n}">
          <TITLE><P>{title}</P></TITLE>
          <LOT_NO>{n}</LOT_NO>
          <CPV_ADDITIONAL><CPV_CODE CODE="{cpv}"/></CPV_ADDITIONAL>
          <n2016:NUTS xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" CODE="FRC1"/>
          <SHORT_DESCR><P>{descr}</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique (performances, garantie, délais d'intervention)</AC_CRITERION><AC_WEIGHTING>35</AC_WEIGHTING></AC_QUALITY>
            <AC_QUALITY><AC_CRITERION>Performances environnementales des matériels (consommation énergétique, indice de réparabilité, durée de disponibilité des pièces détachées)</AC_CRITERION><AC_WEIGHTING>15</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>50</AC_WEIGHTING></AC_PRICE>
          </AC>
          <VAL_OBJECT CURRENCY="EUR">{val}</VAL_OBJECT>
          <DURATION TYPE="MONTH">48</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>"""


def avis03():
    lots = [("1", "Ordinateurs fixes et écrans", "30213300", "Postes fixes, écrans et services de préparation et de livraison.", "1150000"),
            ("2", "Ordinateurs portables et accessoires", "30213100", "Ordinateurs portables, chariots de rechargement, claviers et souris, dont modèles adaptés.", "750000")]
    xml = AVIS03.replace("LOTS", "\n".join(_OD.format(n=n, title=t, cpv=cpv, descr=d, val=v) for n, t, cpv, d, v in lots))
    lab = L(clause_sociale=1, clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=1900000,
            evidence=["Le marché est divisé en 2 lots", "1900000", "respectant les conventions fondamentales de l'Organisation internationale du travail",
                      "il reprend sans frais les matériels remplacés", "Performances environnementales des matériels"])
    DOC("AVIS_03_TED_F02_Region_Bourgogne_Morvan_informatique.xml", "AVIS", "", "", xml, lab,
        note="TED R2.0.9 F02. OIT + audit social et reprise/réemploi dans PERFORMANCE_CONDITIONS ; critère environnemental 15. Pièges : élèves handicapés (objet), « environnement logiciel ».")


# ============================================================================= construction et contrôles
ALL = [cctp01, cctp02, cctp03, cctp04, cctp05, cctp06, cctp07, cctp08, cctp09, cctp10,
       ccap01, ccap02, ccap03, ccap04, ccap05, ccap06, ccap07, ccap08,
       rc01, rc02, rc03, rc04, rc05, ae01, ae02, cadre01, cadre02, avis01, avis02, avis03]

_ALLOWED_BASES = {"L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"}


def check_articles_doc(d):
    nums = []
    for b in number_articles(d["blocks"]):
        if b[0] in ("h", "h2"):
            m = _ART.match(b[1])
            if m:
                nums.append(int(m.group(1)))
    if nums != sorted(set(nums)) or (nums and nums != list(range(1, len(nums) + 1))):
        return ["%s : numérotation des articles %r" % (d["file"], nums)]
    return []


def build_doc(folder, d):
    path = os.path.join(folder, d["file"])
    ext = d["file"].rsplit(".", 1)[1]
    if isinstance(d["blocks"], str):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(d["blocks"])
        return None
    blocks = fill_toc(number_articles(d["blocks"]))
    header, footer = d["header"], d["footer"]
    if d["noacc"]:
        blocks = _map_blocks(blocks, strip_acc)
        header, footer = strip_acc(header), strip_acc(footer)
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in blocks]
    if pdf:
        return build_pdf(path, _conv_str(header, True), _conv_str(footer, True), blocks,
                         hyphen=d["hyphen"], title=header, cols=d["cols"])
    if ext == "docx":
        build_docx(path, header, footer, blocks)
        return None
    build_txt(path, blocks)
    return None


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        txt = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    elif ext == "docx":
        dd = docx.Document(path)
        parts = [p.text for p in dd.paragraphs]
        for t in dd.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        txt = "\n".join(parts)
    elif ext == "xml":
        from lxml import etree
        txt = " ".join(etree.parse(path).getroot().itertext())
    else:
        with open(path, encoding="utf-8") as fh:
            txt = fh.read()
    return txt


def normtext(s):
    s = s.replace(NB, " ").replace(NNB, " ").replace("\u2009", " ")
    s = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", s)   # césure de fin de ligne
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def md5s(folder):
    out = {}
    for n in sorted(os.listdir(folder)):
        p = os.path.join(folder, n)
        if os.path.isfile(p):
            out[n] = hashlib.md5(open(p, "rb").read()).hexdigest()
    return out


def build_all(folder):
    DOCS.clear()
    for f in ALL:
        f()
    pages = {}
    for d in DOCS:
        n = build_doc(folder, d)
        if n is not None:
            pages[d["file"]] = n
    return pages


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    pages = build_all(OUT)
    problems = []
    rows = []
    kinds = {}
    for d in DOCS:
        problems.extend(check_articles_doc(d) if not isinstance(d["blocks"], str) else [])
        lab = dict(d["label"])
        ext = d["file"].rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        if d["doc_type"] not in _DOC_TYPES:
            problems.append("%s : doc_type %s" % (d["file"], d["doc_type"]))
        txt = normtext(extract(os.path.join(OUT, d["file"])))
        ev = []
        for q in lab["evidence"]:
            q2 = normtext(strip_acc(q) if d["noacc"] else q)
            ev.append(q2)
            if q2 not in txt:
                problems.append("%s : preuve absente du texte extrait : %r" % (d["file"], q2))
        evs = " | ".join(ev)
        if len(evs) > 300:
            problems.append("%s : preuve trop longue (%d)" % (d["file"], len(evs)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not ev:
            problems.append("%s : valeurs sans preuve" % d["file"])
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % d["file"])
        if lab["heures_insertion"] and lab["clause_insertion"] != 1:
            problems.append("%s : heures sans clause_insertion" % d["file"])
        if bool(lab["marche_reserve"] == 1) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % d["file"])
        if lab["reserve_base"]:
            for base in lab["reserve_base"].split(";"):
                if base not in _ALLOWED_BASES:
                    problems.append("%s : base %s non admise" % (d["file"], base))
        if d["doc_type"] in ("CCTP", "CCAP") and pages.get(d["file"]) is not None and not (5 <= pages[d["file"]] <= 9):
            problems.append("%s : %d pages (5 à 9 attendues)" % (d["file"], pages[d["file"]]))
        if d["doc_type"] == "RC" and pages.get(d["file"]) is not None and not (4 <= pages[d["file"]] <= 6):
            problems.append("%s : %d pages (4 à 6 attendues)" % (d["file"], pages[d["file"]]))
        row = {"path": d["file"], "doc_type": d["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = evs
        rows.append(row)
    problems.extend(extra_checks(rows))
    for r in rows:
        if r["marche_reserve"] == "1" and not r["reserve_base"]:
            problems.append("%s : réservé sans base" % r["path"])
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    # seconde construction : déterminisme
    tmp = os.path.join(OUT, "_rebuild")
    os.makedirs(tmp)
    build_all(tmp)
    m1, m2 = md5s(OUT), md5s(tmp)
    shutil.rmtree(tmp)
    m1.pop("labels.csv", None)
    diff = [n for n in m1 if m1[n] != m2.get(n)]
    for n in diff:
        problems.append("%s : md5 différent à la seconde construction" % n)
    pos = {c: sum(1 for r in rows if r[c] == "1") for c in ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                                                             "clause_environnementale", "critere_environnemental")}
    unsure = {c: sum(1 for r in rows if r[c] == "?") for c in pos}
    print("pages des PDF : " + ", ".join("%s=%d" % (k, v) for k, v in sorted(pages.items())))
    print("%d documents (%s) ; positifs : %s ; « ? » : %s" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
          ", ".join("%s %d" % kv for kv in pos.items()), ", ".join("%s %d" % kv for kv in unsure.items() if kv[1])))
    print("césures forcées HY : %d ; nombres coupés SB : %d" % (HY_STATS["cut"], SB_STATS["cut"]))
    print("md5 identiques sur les deux constructions : %d/%d fichiers" % (len(m1) - len(diff), len(m1)))
    print("contrôles : preuves présentes dans le texte extrait (pypdf, python-docx avec cellules, lxml, brut ; espaces normalisés, "
          "césures recollées) ; preuves <= 300 caractères ; articles numérotés sans trou ; pages CCTP/CCAP 5-9 et RC 4-6 ; "
          "clause_insertion => clause_sociale ; heures => clause_insertion ; marche_reserve <=> reserve_base ; bases admises ; "
          "nb_lots => allotissement = 1 ; valeurs numériques ; types de pièces -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
