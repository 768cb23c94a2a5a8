#!/usr/bin/env python3
"""Construit le jeu scellé documents-14 : 36 pièces de DCE et avis entiers (PDF, DOCX, TXT, XML) et
documents/labels.csv (schéma de /work/shared/eval/LABELS.md).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure (écriture PDF reportlab avec vrais tableaux, pages à deux colonnes, césure ; DOCX
python-docx ; TXT ; aides de saisie) reprise de tests/data/blind_values_13/make_documents.py,
lignes 27-660. Les 36 documents, les avis XML TED et les contrôles ont été écrits pour ce jeu.

Contrôles : chaque citation de la colonne evidence doit se retrouver, espaces normalisés, dans le
texte extrait du fichier produit (pypdf pour les PDF, python-docx pour les DOCX, lxml pour les XML,
lecture directe pour les TXT) ; deux constructions successives doivent donner les mêmes md5.
Tous les acheteurs, lieux, références et montants sont inventés.

Usage : /work/main/.venv/bin/python tests/sealed/documents-14/make_documents.py
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
SET_NAME = "documents-14"

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
def D(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen, cols=cols)


def X(file, doc_type, xml, label):
    """Avis TED XML (texte brut écrit tel quel)."""
    return dict(file=file, doc_type=doc_type, xml=xml, label=label)


# ----------------------------------------------------------------------------- avis
def d01():
    b = [
        TITLE("BOAMP – Bulletin officiel des annonces des marchés publics",
              "Avis de marché",
              "Département de l'Arlanc – Services – Annonce n° 26-148327"),
        P("Département(s) de publication : 48, 63"),
        H("Section I : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Département de l'Arlanc, Direction des bâtiments et de la logistique"),
        P("Type de numéro national d'identification : SIRET. N° : 22480001200017"),
        P("Ville : Saint-Arlanc. Code postal : 48712. Groupement de commandes : Non"),
        P("Lien vers le profil d'acheteur : https://marches.arlanc-departement.example/"),
        H("Section II : Communication"),
        P("Moyen d'accès aux documents de la consultation : https://marches.arlanc-departement.example/consultation/2026-DBL-011 "
          "Identifiant interne de la consultation : 2026-DBL-011"),
        P("Intégralité des documents sur le profil d'acheteur : Oui. Utilisation de moyens de communication non communément disponibles : Non"),
        H("Section III : Procédure"),
        P("Type de procédure : Appel d'offres ouvert (art. R. 2124-2 1° et R. 2161-2 à R. 2161-5 du code de la commande publique)"),
        P("Conditions de participation : Aptitude à exercer l'activité professionnelle : extrait Kbis ou équivalent. "
          "Capacité économique et financière : chiffre d'affaires global des trois derniers exercices. "
          "Capacité technique et professionnelle : liste des principales prestations similaires exécutées au cours des trois dernières années, "
          "effectifs moyens annuels, certificat Qualipropre ou équivalent."),
        P("Technique d'achat : Accord-cadre. Date et heure limite de réception des plis : 16 mars 2026 à 12 h 00. "
          "Présentation des offres par catalogue électronique : Interdite. Réduction du nombre de candidats : Non. "
          "Possibilité d'attribution sans négociation : Oui. L'acheteur exige la présentation de variantes : Non"),
        P("Critères d'attribution :"),
        LST(["1. Prix des prestations : 50 %",
             "2. Valeur technique appréciée au vu du mémoire (organisation, encadrement, contrôle qualité) : 40 %",
             "3. Performances en matière de protection de l'environnement (produits, matériels, gestion des déchets) : 10 %"]),
        H("Section IV : Identification du marché"),
        P("Intitulé du marché : Nettoyage et entretien des locaux administratifs, des centres médico-sociaux et du site de Mirabel"),
        P("Code CPV principal : 90919200 – Services de nettoyage de bureaux"),
        P("Type de marché : Services"),
        P("Description succincte du marché : Accord-cadre à bons de commande mono-attributaire par lot, conclu pour un an "
          "à compter du 1er juillet 2026 et reconductible tacitement trois fois par périodes d'un an."),
        P("Lieu principal d'exécution : Saint-Arlanc et territoire départemental"),
        P("Valeur estimée (H.T.) : 1 260 000 euros pour la durée totale de l'accord-cadre, tous lots confondus"),
        P("La consultation comporte des tranches : Non. La consultation prévoit une réservation de tout ou partie du marché : Oui"),
        P("Marché alloti : Oui"),
        H("Section V : Lots"),
        P("Les prestations sont réparties en 3 lots :"),
        LST(["Lot 1 – Hôtel du Département et bâtiments annexes (secteur Nord). CPV 90919200.",
             "Lot 2 – Centres médico-sociaux (onze sites). CPV 90919200.",
             "Lot 3 – Entretien courant des locaux et des vitreries du site de Mirabel. CPV 90911200."]),
        P("Réservation : le lot 3 est réservé, en application de l'article L. 2113-12 du code de la commande publique, "
          "aux entreprises adaptées, aux établissements et services d'aide par le travail et aux structures équivalentes "
          "qui emploient une proportion minimale de 50 % de travailleurs handicapés."),
        H("Section VI : Informations complémentaires"),
        P("Conditions particulières d'exécution (tous lots) : les produits d'entretien utilisés devront disposer de l'Écolabel européen "
          "ou d'un label équivalent ; les concentrés seront dosés au moyen de centrales de dilution et les bidons vides repris par le titulaire "
          "pour réemploi ou recyclage (art. 8 du CCAP)."),
        P("Visite des sites : facultative, sur rendez-vous auprès de la DBL (tél. 04 71 00 00 00). "
          "Les questions sont posées exclusivement sur le profil d'acheteur au plus tard 10 jours avant la date limite."),
        P("Instance chargée des procédures de recours : Tribunal administratif de Clermont-Ferrand. "
          "Date d'envoi du présent avis : 9 février 2026"),
    ]
    lab = L(clause_environnementale=1, critere_environnemental=1, marche_reserve=1, reserve_base="L2113-12",
            allotissement=1, nb_lots=3, montant_estime_ht=1260000,
            evidence=["le lot 3 est réservé, en application de l'article L. 2113-12",
                      "les produits d'entretien utilisés devront disposer de l'Écolabel européen",
                      "Performances en matière de protection de l'environnement (produits, matériels, gestion des déchets) : 10 %",
                      "réparties en 3 lots", "1 260 000 euros"])
    return D("d01_avis_boamp_nettoyage.txt", "AVIS", "", "", b, lab)


def d02():
    b = [
        TITLE("Contract notice", "Services",
              "Directive 2014/24/EU – Legal Basis", "France-Lons-sur-Orbe: Refuse collection services",
              "2026/S 041-128734"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses. Official name: Syndicat mixte de collecte et de traitement des déchets du Val d'Orbe (SYMCOVAL). "
          "National registration number: 25390021400019. Postal address: 12 rue des Tanneurs. Town: Lons-sur-Orbe. NUTS code: FRC22. "
          "Postal code: 39870. Country: France. E-mail: commande.publique@symcoval.example"),
        P("I.3) Communication. The procurement documents are available for unrestricted and full direct access, free of charge, at: "
          "https://www.achats-symcoval.example/avis/SYM-2026-03"),
        P("I.4) Type of the contracting authority: Body governed by public law. I.5) Main activity: Environment"),
        H("Section II: Object"),
        P("II.1.1) Title: Collection of household waste, recyclable packaging and bulky items on the territory of the syndicate. "
          "Reference number: SYM-2026-03"),
        P("II.1.2) Main CPV code: 90511000 Refuse collection services"),
        P("II.1.3) Type of contract: Services"),
        P("II.1.4) Short description: Door-to-door collection of residual household waste and of light packaging for 38 municipalities "
          "(about 61 000 inhabitants), collection of bulky items by appointment and washing of the containers."),
        P("II.1.5) Estimated total value. Value excluding VAT: 9,870,000.00 EUR"),
        P("II.1.6) Information about lots. This contract is divided into lots: no"),
        P("II.2.3) Place of performance. NUTS code: FRC22. Main site or place of performance: territory of the 38 member municipalities."),
        P("II.2.5) Award criteria. Criteria below:"),
        LST(["Quality criterion - Name: Technical value (organisation of the rounds, staffing, continuity of service) / Weighting: 35",
             "Quality criterion - Name: Environmental performance of the collection fleet (share of vehicles running on bioNGV or electricity, noise levels) / Weighting: 15",
             "Price - Weighting: 50"]),
        P("II.2.7) Duration of the contract, framework agreement or dynamic purchasing system. Duration in months: 84. "
          "This contract is subject to renewal: no"),
        P("II.2.10) Information about variants. Variants will be accepted: no"),
        P("II.2.13) Information about European Union funds. The procurement is related to a project and/or programme financed by "
          "European Union funds: no"),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.1) Suitability to pursue the professional activity: registration on the trade register. "
          "III.1.3) Technical and professional ability: list of similar services over the last three years; description of the fleet; "
          "ISO 14001 certification or equivalent evidence of environmental management measures."),
        P("III.2.2) Contract performance conditions: The contractor shall dedicate at least 12,000 hours of work, over the full term of the "
          "contract, to the employment of persons experiencing particular difficulties in accessing employment (long-term job seekers, "
          "recipients of RSA, young people with no qualification), in liaison with the facilitator of the PLIE du Val d'Orbe."),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure. IV.1.8) The procurement is covered by the Government Procurement Agreement: yes. "
          "IV.2.2) Time limit for receipt of tenders: 27/03/2026 Local time: 12:00. IV.2.4) Languages: French. "
          "IV.2.6) The tender must be valid until: 6 months."),
        H("Section VI: Complementary information"),
        P("VI.3) Additional information: Site visit recommended. The service must start on 01/01/2027. "
          "VI.4.1) Review body: Tribunal administratif de Besançon. VI.5) Date of dispatch of this notice: 24/02/2026"),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=12000, critere_environnemental=1,
            allotissement=0, montant_estime_ht=9870000,
            evidence=["shall dedicate at least 12,000 hours of work",
                      "persons experiencing particular difficulties in accessing employment",
                      "Environmental performance of the collection fleet", "/ Weighting: 15",
                      "This contract is divided into lots: no", "9,870,000.00 EUR"])
    return D("d02_notice_ted_en_collecte.txt", "AVIS", "", "", b, lab)


def d03():
    b = [
        TITLE("Avis de marché – Procédure ouverte", "Fourniture de repas en liaison froide",
              "Avis eForms – Sous-type de formulaire 16 – Version de l'avis : 01"),
        H("1. Acheteur"),
        P("1.1 Acheteur. Nom officiel : Ville de Castelmoron-d'Auge. Forme juridique de l'acheteur : Autorité locale. "
          "Activité du pouvoir adjudicateur : Services d'administration générale"),
        H("2. Procédure"),
        P("2.1 Procédure. Titre : Fourniture et livraison de repas en liaison froide pour la restauration scolaire, la crèche et l'accueil de loisirs"),
        P("Description : Confection et livraison d'environ 142 000 repas par an dans quatre offices de réchauffage. "
          "Marché non alloti : la fabrication centralisée et la livraison forment un ensemble indissociable (art. L. 2113-11 du CCP)."),
        P("Identifiant de la procédure : 7c1e2f90-31ab-4d0e-9a57-0b6f2c9e41d3. Identifiant interne : 2026-RS-01"),
        P("2.1.1 Objet. Nature du marché : Services. Nomenclature principale (cpv) : 55523100 Services de restauration scolaire"),
        P("2.1.2 Lieu d'exécution. Ville : Castelmoron-d'Auge. Code postal : 14390. Subdivision pays (NUTS) : Calvados (FRD11)"),
        P("2.1.3 Valeur. Valeur estimée hors TVA : 1 480 000,00 EUR"),
        P("2.1.4 Informations générales. Base juridique : Directive 2014/24/UE ; code de la commande publique, articles R. 2124-2 et R. 2161-2 à R. 2161-5"),
        H("5. Lot"),
        P("5.1 Lot technique : LOT-0000. Titre : Fourniture de repas en liaison froide. Durée : 48 mois"),
        P("5.1.3 Durée estimée. Date de début : 01/09/2026. Date de fin de durée : 31/08/2030"),
        P("5.1.6 Informations générales. Participation réservée : La participation n'est pas réservée. "
          "Le marché est adapté aux PME : oui"),
        P("Marchés publics stratégiques. Objectif du marché stratégique : Réduction des incidences environnementales. "
          "Objectif du marché stratégique : Objectif social"),
        P("5.1.10 Critères d'attribution"),
        LST(["Critère : Type : Prix. Description : Prix des repas au vu du DQE. Catégorie du seuil de pondération du critère : Pondération (pourcentage, exacte). Nombre : 40",
             "Critère : Type : Qualité. Description : Qualité gustative et nutritionnelle, variété et saisonnalité des menus. Catégorie du seuil de pondération du critère : Pondération (pourcentage, exacte). Nombre : 45",
             "Critère : Type : Qualité. Description : Moyens mis en œuvre pour l'accueil, l'encadrement et la formation des personnes en parcours d'insertion. Catégorie du seuil de pondération du critère : Pondération (pourcentage, exacte). Nombre : 15"]),
        P("5.1.11 Documents de marché. Adresse des documents : https://www.marches-castelmoron.example/dce/2026-RS-01"),
        P("5.1.12 Conditions du marché. Conditions relatives à l'exécution du marché : Le titulaire s'engage à réaliser une action d'insertion "
          "en faveur de personnes rencontrant des difficultés sociales ou professionnelles particulières, selon les modalités de l'article 10 du CCAP, "
          "avec l'appui du facilitateur de la Maison de l'emploi du Pays d'Auge. Les livraisons sont assurées par des véhicules à faibles émissions "
          "(électriques, GNV ou hybrides rechargeables) ; le titulaire met en place un plan de lutte contre le gaspillage alimentaire "
          "avec pesée mensuelle des restes dans chaque office."),
        P("Facturation en ligne : Requise. Commande en ligne : autorisée. Paiement en ligne : utilisé"),
        P("5.1.15 Techniques. Accord-cadre : Pas d'accord-cadre. Informations sur le système d'acquisition dynamique : Pas de système d'acquisition dynamique"),
        P("5.1.16 Autres informations. Organisation chargée des procédures de recours : Tribunal administratif de Caen"),
        H("8. Organisations"),
        P("8.1 ORG-0001. Nom officiel : Ville de Castelmoron-d'Auge. Numéro d'enregistrement : 21140263800014. Rôles : Acheteur"),
        P("Identifiant de l'avis : 3a9b71d4-55f0-4b2c-8d1e-f0c2a6b7e913 - 01. Langue officielle : Français. Date d'envoi de l'avis : 18/03/2026 09:41:22 +01:00"),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, critere_social=1, clause_environnementale=1,
            allotissement=0, montant_estime_ht=1480000,
            evidence=["Le titulaire s'engage à réaliser une action d'insertion",
                      "Moyens mis en œuvre pour l'accueil, l'encadrement et la formation des personnes en parcours d'insertion",
                      "Les livraisons sont assurées par des véhicules à faibles émissions",
                      "Marché non alloti", "1 480 000,00 EUR"])
    return D("d03_avis_eforms_restauration.txt", "AVIS", "", "", b, lab)


TED_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<TED_ESENDERS xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception"\n'
            '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
            '    xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts"\n'
            '    VERSION="R2.0.9.S05">\n')


def d04():
    xml = TED_HEAD + """  <SENDER>
    <IDENTIFICATION><ESENDER_LOGIN>ESEND-0042</ESENDER_LOGIN><NO_DOC_EXT>2026-071845</NO_DOC_EXT></IDENTIFICATION>
    <CONTACT><ORGANISATION>Dematis Publication</ORGANISATION><COUNTRY VALUE="FR"/><E_MAIL>contact@dematis.example</E_MAIL></CONTACT>
    <DATE_EXPECTED_PUBLICATION>2026-04-08</DATE_EXPECTED_PUBLICATION>
  </SENDER>
  <FORM_SECTION>
    <F02_2014 LG="FR" CATEGORY="ORIGINAL" FORM="F02">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Université Rhône-Causses – Direction des achats et des marchés</OFFICIALNAME>
          <NATIONALID>19691234500017</NATIONALID>
          <ADDRESS>15 avenue Claude-Bernard</ADDRESS><TOWN>Villeurgnac</TOWN>
          <n2016:NUTS CODE="FRK26"/><POSTAL_CODE>69777</POSTAL_CODE><COUNTRY VALUE="FR"/>
          <E_MAIL>marches@univ-rhone-causses.example</E_MAIL>
          <URL_BUYER>https://achats.univ-rhone-causses.example</URL_BUYER>
        </ADDRESS_CONTRACTING_BODY>
        <DOCUMENT_FULL/>
        <URL_DOCUMENT>https://achats.univ-rhone-causses.example/consultation/26-DAM-014</URL_DOCUMENT>
        <URL_PARTICIPATION>https://achats.univ-rhone-causses.example/consultation/26-DAM-014</URL_PARTICIPATION>
        <CA_TYPE VALUE="BODY_PUBLIC"/>
        <CA_ACTIVITY VALUE="EDUCATION"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Fourniture de postes de travail informatiques et prestations associées</P></TITLE>
        <REFERENCE_NUMBER>26-DAM-014</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="30213000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SUPPLIES"/>
        <SHORT_DESCR>
          <P>Accord-cadre à bons de commande pour la fourniture de postes fixes et portables, leur préparation (matriçage, intégration dans l'environnement Active Directory de l'université) et leur livraison sur les cinq campus.</P>
          <P>Les postes sont destinés aux personnels et aux salles d'enseignement ; ils doivent être compatibles avec l'environnement numérique de travail (ENT) et les logiciels de gestion de parc existants.</P>
        </SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">520000</VAL_ESTIMATED_TOTAL>
        <LOT_DIVISION>
          <LOT_ALL/>
        </LOT_DIVISION>
        <OBJECT_DESCR ITEM="1">
          <TITLE><P>Lot 1 : Postes fixes et écrans</P></TITLE>
          <LOT_NO>1</LOT_NO>
          <CPV_ADDITIONAL><CPV_CODE CODE="30213300"/></CPV_ADDITIONAL>
          <n2016:NUTS CODE="FRK26"/>
          <SHORT_DESCR><P>Unités centrales, écrans 24 pouces et accessoires ; garantie sur site de cinq ans.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>40</AC_WEIGHTING></AC_QUALITY>
            <AC_QUALITY><AC_CRITERION>Délais de livraison et de service après-vente</AC_CRITERION><AC_WEIGHTING>10</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>50</AC_WEIGHTING></AC_PRICE>
          </AC>
          <VAL_OBJECT CURRENCY="EUR">330000</VAL_OBJECT>
          <DURATION TYPE="MONTH">48</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="2">
          <TITLE><P>Lot 2 : Ordinateurs portables et stations d'accueil</P></TITLE>
          <LOT_NO>2</LOT_NO>
          <CPV_ADDITIONAL><CPV_CODE CODE="30213100"/></CPV_ADDITIONAL>
          <n2016:NUTS CODE="FRK26"/>
          <SHORT_DESCR><P>Portables 14 pouces, stations d'accueil USB-C, sacoches ; prestation de préparation et de livraison.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>40</AC_WEIGHTING></AC_QUALITY>
            <AC_QUALITY><AC_CRITERION>Délais de livraison et de service après-vente</AC_CRITERION><AC_WEIGHTING>10</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>50</AC_WEIGHTING></AC_PRICE>
          </AC>
          <VAL_OBJECT CURRENCY="EUR">190000</VAL_OBJECT>
          <DURATION TYPE="MONTH">48</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Déclaration sur l'honneur du candidat attestant qu'il n'entre dans aucun des cas d'exclusion prévus aux articles L. 2141-1 à L. 2141-5 et L. 2141-7 à L. 2141-11 du code de la commande publique.</P></SUITABILITY>
        <ECONOMIC_FINANCIAL_INFO><P>Chiffre d'affaires global et chiffre d'affaires concernant les fournitures objet du marché, sur les trois derniers exercices disponibles.</P></ECONOMIC_FINANCIAL_INFO>
        <TECHNICAL_PROFESSIONAL_INFO><P>Liste des principales livraisons effectuées au cours des trois dernières années ; description de l'atelier de préparation.</P></TECHNICAL_PROFESSIONAL_INFO>
        <PERFORMANCE_CONDITIONS><P>Les conditions d'exécution sont fixées par le CCAP et le CCTP.</P></PERFORMANCE_CONDITIONS>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <FRAMEWORK><SINGLE_OPERATOR/></FRAMEWORK>
        <CONTRACT_COVERED_GPA/>
        <DATE_RECEIPT_TENDERS>2026-05-11</DATE_RECEIPT_TENDERS>
        <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
        <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
        <DURATION_TENDER_VALID TYPE="MONTH">6</DURATION_TENDER_VALID>
        <OPENING_CONDITION><DATE_OPENING_TENDERS>2026-05-11</DATE_OPENING_TENDERS><TIME_OPENING_TENDERS>14:00</TIME_OPENING_TENDERS></OPENING_CONDITION>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <NO_RECURRENT_PROCUREMENT/>
        <EORDERING/>
        <EINVOICING/>
        <EPAYMENT/>
        <INFO_ADD>
          <P>Le précédent accord-cadre (réf. 2022-DAM-007) comportait en outre la reprise et le reconditionnement des matériels réformés ; cette prestation ne fait pas partie de la présente consultation et sera confiée par convention à un autre opérateur.</P>
          <P>Les candidats peuvent présenter une offre pour un lot, pour plusieurs lots ou pour l'ensemble des lots.</P>
        </INFO_ADD>
        <ADDRESS_REVIEW_BODY><OFFICIALNAME>Tribunal administratif de Lyon</OFFICIALNAME><TOWN>Lyon</TOWN><COUNTRY VALUE="FR"/></ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2026-04-03</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>
  </FORM_SECTION>
</TED_ESENDERS>
"""
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=520000,
            evidence=["Lot 1 : Postes fixes et écrans", "Lot 2 : Ordinateurs portables et stations d'accueil",
                      "une offre pour un lot, pour plusieurs lots ou pour l'ensemble des lots", "520000"])
    return X("d04_ted_f02_postes_travail.xml", "AVIS", xml, lab)


def d05():
    xml = TED_HEAD + """  <SENDER>
    <IDENTIFICATION><ESENDER_LOGIN>ESEND-0117</ESENDER_LOGIN><NO_DOC_EXT>2026-033902</NO_DOC_EXT></IDENTIFICATION>
    <CONTACT><ORGANISATION>Centrale de publication Marchés Sud</ORGANISATION><COUNTRY VALUE="FR"/><E_MAIL>ted@marches-sud.example</E_MAIL></CONTACT>
    <DATE_EXPECTED_PUBLICATION>2026-02-19</DATE_EXPECTED_PUBLICATION>
  </SENDER>
  <FORM_SECTION>
    <F02_2014 LG="FR" CATEGORY="ORIGINAL" FORM="F02">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Communauté de communes du Pays de Sorvane</OFFICIALNAME>
          <NATIONALID>20004417600012</NATIONALID>
          <ADDRESS>Maison des services, 2 place du Foirail</ADDRESS><TOWN>Sorvane</TOWN>
          <n2016:NUTS CODE="FRJ26"/><POSTAL_CODE>12640</POSTAL_CODE><COUNTRY VALUE="FR"/>
          <CONTACT>Service de la commande publique</CONTACT>
          <E_MAIL>marches@cc-sorvane.example</E_MAIL>
          <URL_BUYER>https://cc-sorvane.marches-sud.example</URL_BUYER>
        </ADDRESS_CONTRACTING_BODY>
        <DOCUMENT_FULL/>
        <URL_DOCUMENT>https://cc-sorvane.marches-sud.example/dce/CCPS-2026-04</URL_DOCUMENT>
        <CA_TYPE VALUE="REGIONAL_AUTHORITY"/>
        <CA_ACTIVITY VALUE="GENERAL_PUBLIC_SERVICES"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Entretien des espaces verts communautaires et des sentiers de randonnée</P></TITLE>
        <REFERENCE_NUMBER>CCPS-2026-04</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="77310000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SERVICES"/>
        <SHORT_DESCR><P>Tonte, taille, débroussaillage et petits travaux de maçonnerie paysagère sur les zones d'activités, les aires de loisirs et 140 km de sentiers balisés. Marché non alloti, les interventions étant organisées en tournées uniques sur l'ensemble du territoire.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">310000</VAL_ESTIMATED_TOTAL>
        <NO_LOT_DIVISION/>
        <OBJECT_DESCR>
          <CPV_ADDITIONAL><CPV_CODE CODE="77211400"/></CPV_ADDITIONAL>
          <n2016:NUTS CODE="FRJ26"/>
          <MAIN_SITE><P>Territoire des 17 communes membres.</P></MAIN_SITE>
          <SHORT_DESCR><P>Accord-cadre à bons de commande conclu pour une durée de deux ans, reconductible une fois pour deux ans.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique (moyens humains et matériels, organisation des tournées)</AC_CRITERION><AC_WEIGHTING>45</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>55</AC_WEIGHTING></AC_PRICE>
          </AC>
          <DURATION TYPE="MONTH">24</DURATION>
          <RENEWAL/>
          <RENEWAL_DESCR><P>Une reconduction de deux ans.</P></RENEWAL_DESCR>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Pour les structures candidates : copie de la convention ou de l'agrément en cours de validité délivré au titre de l'insertion par l'activité économique.</P></SUITABILITY>
        <ECONOMIC_CRITERIA_DOC/>
        <TECHNICAL_CRITERIA_DOC/>
        <RESTRICTED_SHELTERED_WORKSHOP/>
        <PERFORMANCE_CONDITIONS><P>Voir le CCAP.</P></PERFORMANCE_CONDITIONS>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <FRAMEWORK><SINGLE_OPERATOR/></FRAMEWORK>
        <CONTRACT_COVERED_GPA/>
        <DATE_RECEIPT_TENDERS>2026-03-23</DATE_RECEIPT_TENDERS>
        <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
        <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
        <DURATION_TENDER_VALID TYPE="DAY">120</DURATION_TENDER_VALID>
        <OPENING_CONDITION><DATE_OPENING_TENDERS>2026-03-23</DATE_OPENING_TENDERS><TIME_OPENING_TENDERS>14:30</TIME_OPENING_TENDERS></OPENING_CONDITION>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <NO_RECURRENT_PROCUREMENT/>
        <INFO_ADD>
          <P>Marché réservé, en application de l'article L. 2113-13 du code de la commande publique, aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail et aux structures équivalentes.</P>
          <P>Visite des principaux sites conseillée, sur rendez-vous.</P>
        </INFO_ADD>
        <ADDRESS_REVIEW_BODY><OFFICIALNAME>Tribunal administratif de Toulouse</OFFICIALNAME><TOWN>Toulouse</TOWN><COUNTRY VALUE="FR"/></ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2026-02-16</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>
  </FORM_SECTION>
</TED_ESENDERS>
"""
    lab = L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=310000,
            evidence=["Marché réservé, en application de l'article L. 2113-13 du code de la commande publique, aux structures d'insertion par l'activité économique",
                      "Marché non alloti", "310000"])
    return X("d05_ted_f02_espaces_verts.xml", "AVIS", xml, lab)


def d06():
    b = [
        TITLE("COMMUNE DE LAVERNOSE-LES-COMBES", "AVIS D'APPEL PUBLIC À LA CONCURRENCE",
              "Procédure adaptée – article R. 2123-1 1° du code de la commande publique"),
        H("1. Pouvoir adjudicateur"),
        P("Commune de Lavernose-les-Combes, représentée par son maire en exercice. Mairie, 1 place de la République, 31917 Lavernose-les-Combes. "
          "Tél. 05 61 00 00 00. Courriel : dst@lavernose-les-combes.example"),
        H("2. Objet de la consultation"),
        P("Travaux de réfection de la voirie communale – programme 2026 : chemin des Écoles, impasse du Moulin et parking de la salle des fêtes "
          "(rabotage, reprofilage, mise en œuvre d'enrobés BBSG 0/10, reprise des bordures et du marquage)."),
        P("Marché non alloti. Les prestations forment un ensemble homogène sur un périmètre réduit ; une dévolution en lots rendrait "
          "techniquement difficile la coordination des interventions à proximité du groupe scolaire."),
        P("Montant estimatif des travaux : 187 500 € HT."),
        H("3. Caractéristiques"),
        P("Durée d'exécution : 6 semaines, période de préparation de 3 semaines incluse, pendant les vacances scolaires d'été. "
          "Les travaux se dérouleront dans un environnement contraint (groupe scolaire, arrêt de bus, accès riverains à maintenir)."),
        P("Clause sociale : sans objet pour cette consultation. Marché réservé : non. Variantes : non autorisées. "
          "Prestations supplémentaires éventuelles : non."),
        H("4. Conditions de participation"),
        P("Les candidats produisent les formulaires DC1 et DC2 (ou le DUME), les attestations d'assurance de responsabilité civile et décennale, "
          "et la liste des travaux de voirie réalisés au cours des cinq dernières années. Les certificats de qualification FNTP 3111 et 3141 "
          "ou équivalents sont appréciés."),
        H("5. Critères de jugement des offres"),
        LST(["Prix des prestations : 60 %",
             "Valeur technique : 40 %, décomposée en méthodologie et phasage (20 %), moyens humains et matériels affectés (10 %) et délai proposé (10 %)"]),
        P("La commune se réserve la possibilité de négocier avec les trois candidats ayant présenté les meilleures offres."),
        H("6. Retrait du dossier et remise des offres"),
        P("Le DCE est téléchargeable gratuitement sur le profil d'acheteur https://lavernose.marches-occitanie.example. "
          "Date limite de remise des offres : vendredi 24 avril 2026 à 12h00, par voie électronique uniquement. "
          "Délai de validité des offres : 90 jours."),
        H("7. Renseignements"),
        P("Administratifs : service marchés, Mme Castan. Techniques : services techniques, M. Ribeyre (06 00 00 00 00). "
          "Date d'envoi à la publication : 27 mars 2026."),
    ]
    lab = L(allotissement=0, montant_estime_ht=187500,
            evidence=["Marché non alloti", "Montant estimatif des travaux : 187 500 € HT"])
    return D("d06_avis_mapa_voirie.docx", "AVIS", "Commune de Lavernose-les-Combes – Avis MAPA voirie 2026",
             "AAPC – Réfection de la voirie communale", b, lab)


def d07():
    b = [
        TITLE("BOAMP – Avis d'attribution", "Résultat de marché",
              "Région Grand Delta – Services – Annonce n° 26-203518"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Région Grand Delta – Direction des mobilités. Type d'organisme : Région. "
          "Ville : Montvallon. Code postal : 30921"),
        H("Section 2 : Procédure"),
        P("Type de procédure : Appel d'offres ouvert. Avis de marché initial : annonce n° 25-118204 publiée au BOAMP le 14 octobre 2025. "
          "Technique d'achat : Accord-cadre"),
        P("Critères d'attribution retenus : Prix (55 %) ; Valeur technique (45 %) appréciée au regard de l'organisation des services, "
          "de la régularité du service et des mesures de sécurité des élèves."),
        H("Section 3 : Identification du marché"),
        P("Intitulé : Transport routier non urbain de voyageurs – services scolaires et lignes régulières du secteur Ouest. "
          "Code CPV principal : 60112000. Type de marché : Services."),
        P("Le marché est divisé en 4 lots. Valeur maximale de l'accord-cadre : 4 800 000 EUR HT pour l'ensemble des lots et toute la durée "
          "(quatre ans). Marché réservé : non."),
        H("Section 4 : Attribution"),
        RTAB([["Lot", "Intitulé", "Offres reçues", "Attributaire"],
              ["1", "Circuits scolaires du canton de Saint-Aubrac", "3", "AUTOCARS VERTS DU CAUSSE SAS, 12410 Salmiech"],
              ["2", "Lignes régulières 214 et 215", "2", "TRANSPORTS BAUDOUIN ET FILS, 30440 Sumène"],
              ["3", "Circuits scolaires du secteur de Quissac", "4", "ENVIRO-BUS SARL, 30260 Quissac"],
              ["4", "Service de transport à la demande Val d'Hérault", "1", "MOBILITÉ SOLIDAIRE GARD, 30100 Alès"]],
             widths=[0.6, 3, 1.1, 3.3]),
        P("Date de signature des marchés : 3 mars 2026. Les marchés peuvent être consultés au siège de la Région, sur rendez-vous, "
          "dans le respect des secrets protégés par la loi."),
        H("Section 5 : Recours"),
        P("Instance chargée des procédures de recours : Tribunal administratif de Nîmes. Les recours contre le contrat peuvent être exercés "
          "dans un délai de deux mois à compter de la publication du présent avis (CE, 4 avril 2014, Département de Tarn-et-Garonne)."),
        P("Date d'envoi du présent avis à la publication : 12 mars 2026"),
    ]
    lab = L(allotissement=1, nb_lots=4, montant_max_ht=4800000,
            evidence=["Le marché est divisé en 4 lots", "Valeur maximale de l'accord-cadre : 4 800 000 EUR HT pour l'ensemble des lots et toute la durée"])
    return D("d07_avis_attribution_transport.txt", "AVIS", "", "", b, lab)


def d08():
    b = [
        TITLE("AVIS RECTIFICATIF", "SEMAVAL – Société d'économie mixte d'aménagement du Val de Lèze",
              "Annonce n° 26-097711 – rectifie l'annonce n° 26-088420 du 2 mars 2026"),
        H("Identification de l'organisme qui passe le marché"),
        P("SEMAVAL, mandataire de la Communauté d'agglomération du Val de Lèze, 8 boulevard des Pyrénées, 09210 Lézat-Bastide. "
          "Correspondant : M. Delpech, responsable des marchés."),
        H("Objet de l'avis initial"),
        P("Travaux d'aménagement des espaces publics de la ZAC des Rives – tranche 2 (voiries, réseaux, espaces paysagers)."),
        H("Modifications apportées à l'avis initial"),
        P("1) Rubrique « Date limite de réception des offres » : au lieu de : 30 mars 2026 à 12 h ; lire : 13 avril 2026 à 12 h."),
        P("2) Rubrique « Critères d'attribution » :"),
        P("Au lieu de : « Prix : 60 % ; Valeur technique : 40 % »."),
        P("Lire : « Prix : 55 % ; Valeur technique : 35 % ; Performances en matière d'insertion professionnelle des publics en difficulté : 10 % »."),
        P("3) Rubrique « Renseignements complémentaires » : ajouter : « Un règlement de consultation modifié (indice B) est mis en ligne ; "
          "les candidats ayant déjà remis une offre sont invités à la compléter. »"),
        H("Autres informations"),
        P("Les autres rubriques de l'avis initial restent inchangées. Le dossier modifié est disponible sur https://semaval.achatpublic.example. "
          "Date d'envoi du présent avis : 16 mars 2026."),
    ]
    lab = L(critere_social=1,
            evidence=["Performances en matière d'insertion professionnelle des publics en difficulté : 10 %"])
    return D("d08_avis_rectificatif_zac.txt", "AVIS", "", "", b, lab)


def d09():
    b = [
        TITLE("Contract notice", "Supplies", "Directive 2014/24/EU",
              "France-Saint-Aurèle: Laboratory reagents", "2026/S 058-176402"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses. Official name: Centre hospitalier universitaire de Saint-Aurèle – Direction des achats. "
          "Postal address: 1 avenue du Professeur-Lamarque. Town: Saint-Aurèle. NUTS code: FRI12. Postal code: 33912. Country: France. "
          "Internet address(es): Main address: https://www.chu-saint-aurele.example"),
        P("I.4) Type of the contracting authority: Body governed by public law. I.5) Main activity: Health"),
        H("Section II: Object"),
        P("II.1.1) Title: Reagents, consumables and lease of analysers for the environmental monitoring of controlled-atmosphere areas "
          "of the hospital pharmacy. Reference number: DA-2026-0412"),
        P("II.1.2) Main CPV code: 33696500 Laboratory reagents. II.1.3) Type of contract: Supplies"),
        P("II.1.4) Short description: Particle counters, microbiological air samplers, contact plates and associated reagents "
          "for the environmental monitoring of clean rooms (ISO 5 to ISO 8) and isolators."),
        P("II.1.5) Estimated total value. Value excluding VAT: 740,000.00 EUR"),
        P("II.1.6) Information about lots. This contract is divided into lots: yes. Tenders may be submitted for all lots"),
        H("II.2) Description"),
        P("II.2.1) Title: Particle counters and maintenance. Lot No: 1. II.2.5) Award criteria: Quality criterion - Name: Technical value / "
          "Weighting: 60; Price - Weighting: 40. II.2.7) Duration in months: 60"),
        P("II.2.1) Title: Microbiological air samplers, contact plates and culture media. Lot No: 2. II.2.5) Award criteria: "
          "Quality criterion - Name: Technical value / Weighting: 60; Price - Weighting: 40. II.2.7) Duration in months: 60"),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.1) Suitability to pursue the professional activity: as stated in the procurement documents. "
          "III.1.3) Technical and professional ability: list of the main deliveries carried out over the last three years; CE marking "
          "and technical documentation of the devices."),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure. IV.2.2) Time limit for receipt of tenders: 05/05/2026 Local time: 16:00"),
        H("Section VI: Complementary information"),
        P("VI.3) Additional information: Bidders are reminded of their obligations regarding the employment of disabled workers "
          "(Articles L. 5212-1 to L. 5212-11 of the French Labour Code) and shall provide the sworn statement required by the "
          "procurement documents. Payment period: 50 days (Article R. 2192-11 of the French Public Procurement Code)."),
        P("VI.4.1) Review body: Tribunal administratif de Bordeaux. VI.5) Date of dispatch of this notice: 27/03/2026"),
    ]
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=740000,
            evidence=["This contract is divided into lots: yes", "Lot No: 2", "740,000.00 EUR"])
    return D("d09_notice_ted_en_reactifs.txt", "AVIS", "", "", b, lab)


# ----------------------------------------------------------------------------- RC
def d10():
    lots = [["N°", "Désignation", "Estimation HT"],
            ["01", "Désamiantage – curage – démolitions", "412 000 €"],
            ["02", "Gros œuvre – reprises en sous-œuvre", "1 684 000 €"],
            ["03", "Charpente bois – couverture zinc", "598 000 €"],
            ["04", "Menuiseries extérieures aluminium", "702 000 €"],
            ["05", "Isolation thermique par l'extérieur – bardage", "645 000 €"],
            ["06", "Cloisons – doublages – faux plafonds", "486 000 €"],
            ["07", "Menuiseries intérieures bois", "318 000 €"],
            ["08", "Revêtements de sols souples et carrelage", "297 000 €"],
            ["09", "Peinture – signalétique", "164 000 €"],
            ["10", "Chauffage – ventilation – plomberie", "892 000 €"],
            ["11", "Électricité courants forts et faibles", "541 000 €"],
            ["12", "Ascenseur", "113 000 €"]]
    b = [
        TITLE("DÉPARTEMENT DE LA VÉZÈRE-ET-LIZONNE", "RÈGLEMENT DE LA CONSULTATION",
              "Réhabilitation et extension du collège Jean-Moulin à Sarlande",
              "Procédure adaptée ouverte – articles L. 2123-1 et R. 2123-1 3° du CCP – Consultation n° 2026-BAT-07"),
        H("Article 1 – Objet et étendue de la consultation"),
        P("La présente consultation porte sur les travaux de réhabilitation lourde du bâtiment d'externat (R+2, 3 150 m² SDP) et sur l'extension "
          "du pôle sciences du collège Jean-Moulin, 12 avenue de la Libération à Sarlande. Les travaux seront réalisés en site occupé, "
          "en quatre phases, conformément au calendrier prévisionnel joint au DCE."),
        P("Le montant prévisionnel des travaux est estimé à 6 850 000 € HT (valeur février 2026), toutes phases confondues."),
        H("Article 2 – Décomposition en lots"),
        P("Conformément à l'article L. 2113-10 du code de la commande publique, les travaux sont répartis en 12 lots désignés ci-après. "
          "Chaque lot fait l'objet d'un marché distinct. Les candidats peuvent présenter une offre pour un ou plusieurs lots."),
        RTAB(lots, widths=[0.7, 5, 1.8], align="llr"),
        P("Le Département se réserve la possibilité de déclarer un lot sans suite pour motif d'intérêt général."),
        H("Article 3 – Conditions de la consultation"),
        H2("3.1 Durée – délais d'exécution"),
        P("Le délai global d'exécution est fixé à 22 mois, période de préparation de deux mois comprise. Les délais propres à chaque lot "
          "sont fixés par le calendrier détaillé d'exécution établi en période de préparation par l'OPC."),
        H2("3.2 Variantes et prestations supplémentaires éventuelles"),
        P("Les variantes à l'initiative des candidats ne sont pas autorisées. Les PSE décrites au CCTP des lots 04, 05 et 10 sont obligatoires : "
          "le candidat est tenu d'en chiffrer le montant."),
        H2("3.3 Forme juridique du groupement"),
        P("Le groupement conjoint avec mandataire solidaire ou le groupement solidaire sont acceptés. Il est interdit aux candidats de présenter "
          "plusieurs offres pour un même lot en agissant à la fois en qualité de candidats individuels et de membres d'un ou plusieurs groupements."),
        H("Article 4 – Contenu du dossier de consultation"),
        LST(["le présent règlement de la consultation (RC) ;",
             "l'acte d'engagement (AE) propre à chaque lot ;",
             "le cahier des clauses administratives particulières (CCAP) commun à tous les lots et ses annexes ;",
             "les CCTP et les décompositions du prix global et forfaitaire (DPGF) de chaque lot ;",
             "le dossier de plans, le rapport géotechnique G2 AVP, le diagnostic amiante avant travaux et le plan général de coordination SPS."]),
        H("Article 5 – Présentation des candidatures"),
        P("Chaque candidat produit : la lettre de candidature (DC1) ou équivalent ; la déclaration du candidat (DC2) ; les attestations "
          "d'assurance en cours de validité ; la liste des travaux exécutés au cours des cinq dernières années, appuyée d'attestations de bonne "
          "exécution pour les plus importants ; les certificats de qualification professionnelle Qualibat ou équivalents."),
        P("Le candidat peut également présenter sa candidature sous la forme d'un document unique de marché européen (DUME)."),
        H("Article 6 – Jugement des offres"),
        P("Le jugement est effectué lot par lot, dans les conditions prévues aux articles R. 2152-1 à R. 2152-7 du code de la commande "
          "publique. L'offre économiquement la plus avantageuse est appréciée en fonction des critères pondérés suivants :"),
        RTAB([["Critère", "Pondération"],
              ["1 – Prix des prestations, apprécié au vu du montant total de la DPGF, PSE comprises", "50 %"],
              ["2 – Valeur technique, appréciée au vu du mémoire technique (méthodologie en site occupé, planning, moyens)", "40 %"],
              ["3 – Performances en matière d'insertion professionnelle des publics en difficulté", "10 %"]],
             widths=[6, 1.5], align="lr"),
        P("Le critère n° 1 est noté selon la formule : note = 50 × (offre la moins disante / offre examinée). "
          "Le critère n° 2 est noté sur 40 points ainsi répartis : méthodologie d'intervention en site occupé (15 points), cohérence du planning "
          "(10 points), moyens humains et matériels affectés au chantier (15 points)."),
        SPLIT("Le critère n° 3 est noté sur 10 points au vu de la note remise par le candidat, qui décrit le nombre d'heures de travail qu'il "
              "propose de confier à des personnes éloignées de l'emploi pendant l'exécution de son lot, les modalités",
              "d'accueil et de tutorat des salariés concernés, et les actions de formation qualifiante envisagées. Une offre ne comportant aucune "
              "proposition sur ce point obtient la note de zéro au critère n° 3."),
        P("En cas d'égalité de note globale, le candidat ayant la meilleure note au critère n° 2 est classé premier."),
        H("Article 7 – Négociation"),
        P("Le pouvoir adjudicateur se réserve la possibilité d'attribuer le marché sur la base des offres initiales, sans négociation. "
          "Il pourra, s'il le juge utile, engager des négociations avec les trois candidats les mieux classés de chaque lot."),
        H("Article 8 – Conditions d'envoi des plis"),
        P("Les plis sont remis exclusivement par voie électronique sur le profil d'acheteur https://marches.vezere-lizonne.example avant le "
          "jeudi 21 mai 2026 à 16 h 00. Une copie de sauvegarde peut être transmise dans les conditions de l'arrêté du 22 mars 2019."),
        H("Article 9 – Renseignements complémentaires"),
        P("Les questions sont posées sur le profil d'acheteur au plus tard douze jours avant la date limite de remise des offres. "
          "Une visite du site est obligatoire le mercredi 29 avril ou le mardi 5 mai 2026 à 14 h ; une attestation de visite est remise "
          "au candidat et doit être jointe à l'offre. Instance chargée des recours : tribunal administratif de Limoges."),
    ]
    lab = L(critere_social=1, allotissement=1, nb_lots=12, montant_estime_ht=6850000,
            evidence=["3 – Performances en matière d'insertion professionnelle des publics en difficulté",
                      "les travaux sont répartis en 12 lots",
                      "Le montant prévisionnel des travaux est estimé à 6 850 000 € HT"])
    return D("d10_rc_college_sarlande.pdf", "RC", "Département de la Vézère-et-Lizonne – RC 2026-BAT-07",
             "Collège Jean-Moulin – Règlement de la consultation", b, lab)


def d11():
    b = [
        TITLE("VILLE DE PÉZENAC", "Règlement de consultation",
              "MAPA n° 26-017 – Entretien des espaces verts communaux"),
        H("Article 1 – Objet"),
        P("La consultation a pour objet l'entretien des espaces verts de la ville : parcs, squares, accompagnements de voirie, cimetières "
          "et abords des équipements sportifs. Il s'agit d'un accord-cadre à bons de commande passé selon la procédure adaptée (art. R. 2123-1 "
          "du code de la commande publique), conclu pour un an renouvelable trois fois."),
        H("Article 2 – Allotissement"),
        P("La consultation est décomposée en deux lots :"),
        LST(["lot n°1 : entretien des parcs, squares et accompagnements de voirie du centre-ville ;",
             "lot n°2 : entretien des cimetières Saint-Roch et du Plan, et des abords des équipements sportifs."]),
        P("Le lot n°2 est réservé aux structures d'insertion par l'activité économique (SIAE) mentionnées à l'article L. 5132-4 du code du travail, "
          "en application de l'article L. 2113-13 du code de la commande publique. Les candidats à ce lot joignent la copie de leur "
          "conventionnement par les services de l'Etat."),
        P("Le lot n°1 n'est pas réservé. Un même candidat peut se voir attribuer les deux lots, sous réserve pour le lot n°2 de remplir la "
          "condition ci-dessus."),
        H("Article 3 – Dossier de consultation"),
        P("Le DCE comprend : le présent RC, l'acte d'engagement, le CCAP, le CCTP commun aux deux lots et ses plans de repérage, le BPU et le "
          "détail quantitatif estimatif (DQE) de chaque lot, non contractuel."),
        H("Article 4 – Candidature"),
        P("DC1, DC2 ou DUME ; attestations d'assurance ; moyens humains et matériels ; références de prestations similaires (3 ans). "
          "Les candidats non établis en France produisent des documents équivalents."),
        H("Article 5 – Critères d'attribution"),
        P("Les offres sont classées, pour chaque lot, selon les critères suivants, notés sur 100 points :"),
        TAB([["Critère", "Points"],
             ["Prix, apprécié sur le montant du DQE", "50"],
             ["Valeur technique : organisation, encadrement, moyens matériels affectés", "40"],
             ["Gestion écologique des espaces : paillage, tonte différenciée, valorisation sur site des déchets verts, matériel électrique", "10"]],
            widths=[6, 1], align="lr"),
        P("Pour le critère « Prix » : note = 50 x (prix le plus bas / prix de l'offre). Les critères techniques sont notés au vu du mémoire, "
          "dont le cadre est joint au DCE (une note de 0 à 5 par sous-question, ramenée au nombre de points du critère)."),
        H("Article 6 – Négociation"),
        P("La Ville se réserve la possibilité de négocier avec les candidats ayant remis les trois meilleures offres. La négociation peut porter "
          "sur tous les éléments de l'offre, notamment le prix."),
        H("Article 7 – Remise des offres"),
        P("Date limite : lundi 11 mai 2026 à 12h, sur https://pezenac.e-marchespublics.example. Délai de validite des offres : 120 jours."),
        P("Renseignements : service Cadre de vie, tél. 04 67 00 00 00 ; service commande publique, marches@pezenac.example"),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-13", critere_environnemental=1, allotissement=1, nb_lots=2,
            evidence=["Le lot n°2 est réservé aux structures d'insertion par l'activité économique (SIAE)",
                      "en application de l'article L. 2113-13",
                      "Gestion écologique des espaces : paillage, tonte différenciée",
                      "La consultation est décomposée en deux lots"])
    return D("d11_rc_espaces_verts.docx", "RC", "Ville de Pézenac – MAPA 26-017", "RC – Entretien des espaces verts", b, lab)


def d12():
    b = [
        TITLE("RÉGION NORMANDIE-OCÉANE", "RÈGLEMENT DE LA CONSULTATION",
              "Tierce maintenance applicative et évolutive du système d'information des aides régionales",
              "Appel d'offres ouvert européen – Réf. DSI-2026-05"),
        H("Article 1 – Acheteur"),
        P("Région Normandie-Océane, Hôtel de Région, 5 rue Robert-Schuman, 14052 Caen-Ouest Cedex (ci-après « la Région »). "
          "Direction des systèmes d'information, service Achats et Contrats."),
        H("Article 2 – Objet et forme du marché"),
        P("Le marché a pour objet la tierce maintenance applicative (TMA) corrective, adaptative et évolutive de la plateforme « ARIANE » "
          "d'instruction des aides régionales, ainsi que de ses interfaces avec le système financier et le portail des usagers."),
        P("Il s'agit d'un accord-cadre mono-attributaire exécuté par bons de commande et par marchés subséquents, sans montant minimum et avec "
          "un montant maximum de 1 800 000 € HT sur la durée totale de l'accord-cadre (quatre ans)."),
        H("Article 3 – Absence d'allotissement"),
        P("En application de l'article L. 2113-11 du code de la commande publique, le marché n'est pas alloti. La maintenance corrective et "
          "évolutive d'une même application, dont le code source est unique, ne permet pas l'identification de prestations distinctes ; une "
          "dévolution en lots multiplierait les interfaces de responsabilité et rendrait l'exécution techniquement difficile."),
        H("Article 3 bis – Environnement technique"),
        P("L'application est développée en Java 17 (framework Spring Boot), avec une base PostgreSQL 15 et un moteur de workflow Camunda. "
          "Trois environnements sont mis à la disposition du titulaire : développement, recette et pré-production ; l'environnement de production "
          "est hébergé par le prestataire d'infogérance de la Région. Le module d'insertion des pièces justificatives et le connecteur de "
          "signature électronique font partie du périmètre."),
        H("Article 4 – Contenu du dossier de consultation"),
        LST(["le règlement de la consultation ;", "l'acte d'engagement et son annexe financière (BPU et DQE) ;",
             "le CCAP ;", "le CCTP et ses annexes (dossier d'architecture technique, volumétrie des anomalies 2023-2025) ;",
             "le cadre de réponse technique ;", "l'engagement de confidentialité, à signer avant l'accès à la salle de données."]),
        H("Article 5 – Conditions de participation"),
        P("Le dossier de candidature comprend :"),
        LST(["le formulaire DC1 ou une lettre de candidature équivalente, et le formulaire DC2 ou le DUME ;",
             "une déclaration sur l'honneur justifiant que le candidat a satisfait à l'obligation d'emploi des travailleurs handicapés prévue "
             "aux articles L. 5212-1 à L. 5212-11 du code du travail ;",
             "le chiffre d'affaires global des trois derniers exercices ; le niveau minimal exigé est de 675 000 € HT par an ;",
             "la liste des principales prestations de TMA réalisées au cours des trois dernières années, indiquant le montant, la date et le "
             "destinataire public ou privé ;",
             "l'indication des effectifs moyens annuels et des titres d'études et professionnels des responsables de la prestation."]),
        H("Article 6 – Critères de jugement des offres"),
        P("L'offre économiquement la plus avantageuse est appréciée en fonction des critères suivants :"),
        RTAB([["Critères et sous-critères", "Pondération"],
              ["Valeur technique", "60 %"],
              ["   a) compréhension de l'environnement fonctionnel et technique de l'application", "20 %"],
              ["   b) méthodologie de maintenance et d'engagement sur les niveaux de service", "25 %"],
              ["   c) dispositif de réversibilité et de transfert de connaissances", "15 %"],
              ["Prix, apprécié sur la base du DQE non contractuel", "40 %"]],
             widths=[6, 1.4], align="lr"),
        P("Les offres anormalement basses sont traitées conformément aux articles R. 2152-3 à R. 2152-5 du code. "
          "Une soutenance orale d'une heure pourra être organisée avec les trois candidats les mieux classés ; elle ne donne pas lieu à une "
          "notation distincte mais permet de préciser la note de valeur technique."),
        H("Article 7 – Modalités de remise des offres"),
        P("Les offres sont déposées sur la plateforme https://marches.normandie-oceane.example avant le 2 juin 2026 à 12 h 00. "
          "Le délai de validité des offres est de 150 jours à compter de la date limite de réception des offres."),
        H("Article 8 – Procédures de recours"),
        P("Tribunal administratif de Caen, 3 rue Arthur-Le-Duc, 14000 Caen. Référé précontractuel (art. L. 551-1 du CJA) jusqu'à la signature "
          "du marché ; recours en contestation de validité dans les deux mois suivant la publication de l'avis d'attribution."),
    ]
    lab = L(allotissement=0, montant_max_ht=1800000,
            evidence=["le marché n'est pas alloti", "un montant maximum de 1 800 000 € HT sur la durée totale de l'accord-cadre"])
    return D("d12_rc_tma_aides.pdf", "RC", "Région Normandie-Océane – DSI-2026-05 – Règlement de la consultation",
             "RC TMA ARIANE – version du 20/03/2026", b, lab)


def d13():
    b = [
        TITLE("UNIVERSITÉ DE BASSE-DURANCE", "Règlement de la consultation",
              "Fourniture et installation de mobilier pour le campus de Valescure – Réf. UBD-2026-MOB"),
        H("1. Objet"),
        P("La consultation porte sur la fourniture, la livraison, le montage et l'installation de mobilier de bureau, de mobilier "
          "d'enseignement, de sièges et de mobilier de bibliothèque destinés au nouveau bâtiment d'enseignement du campus de Valescure "
          "et au renouvellement du mobilier des composantes."),
        H("2. Forme du marché et allotissement"),
        P("Accord-cadre à bons de commande, conclu pour quatre ans, sans minimum. Les prestations sont réparties en 4 lots :"),
        LST(["Lot 1 – Mobilier de bureau et de réunion – maximum 320 000 € HT",
             "Lot 2 – Sièges de travail et sièges visiteurs – maximum 140 000 € HT",
             "Lot 3 – Mobilier d'enseignement (tables modulables, chaises empilables) – maximum 210 000 € HT",
             "Lot 4 – Mobilier de bibliothèque et rayonnages – maximum 110 000 € HT"]),
        P("Soit un montant maximum cumulé de 780 000 € HT pour l'ensemble des lots et sur toute la durée de l'accord-cadre."),
        H("3. Pièces de candidature"),
        P("Le candidat produit la lettre de candidature et la déclaration du candidat (DC1, DC2) ou le DUME, les attestations d'assurance, "
          "et, au titre des capacités techniques : la liste des principales livraisons des trois dernières années ; un certificat de conformité "
          "aux normes NF EN 527 (bureaux) et NF EN 1335 (sièges) ; le certificat ISO 14001 du site de fabrication ou tout moyen de preuve "
          "équivalent. L'absence de ces justificatifs entraîne l'élimination de la candidature."),
        H("4. Échantillons"),
        P("Pour les lots 2 et 3, chaque candidat dépose un échantillon de chacun des articles signalés au BPU, au plus tard à la date limite "
          "de remise des offres, au magasin central du campus (bâtiment C, quai 2). Les échantillons non retenus sont repris par le candidat "
          "dans le mois suivant la notification."),
        H("5. Jugement des offres"),
        P("Les offres sont jugées lot par lot selon les critères pondérés suivants :"),
        LST(["Prix (sur la base du DQE) : 45 %",
             "Qualité technique et ergonomique des produits, appréciée au vu des fiches techniques et des échantillons : 40 %",
             "Délais de livraison et d'installation : 15 %"]),
        P("Les offres irrégulières peuvent être régularisées dans les conditions de l'article R. 2152-2 du code de la commande publique."),
        H("6. Conditions d'envoi"),
        P("Dépôt sur https://achats.ubd.example avant le 19 mai 2026 à 17 h. Les candidats sont informés que le titulaire sortant du lot 1, "
          "la société Bureau Vert Aménagement, a été invité à présenter son matériel de démonstration lors de la visite du 28 avril ; cette "
          "invitation n'emporte aucun avantage dans la présente procédure."),
        H("7. Renseignements"),
        P("Service des marchés, bâtiment A, bureau 104 : marches@ubd.example. Les réponses aux questions sont publiées sur le profil "
          "d'acheteur, de manière anonyme, au plus tard six jours avant la date limite."),
    ]
    lab = L(allotissement=1, nb_lots=4, montant_max_ht=780000,
            evidence=["Les prestations sont réparties en 4 lots",
                      "montant maximum cumulé de 780 000 € HT pour l'ensemble des lots et sur toute la durée"])
    return D("d13_rc_mobilier_campus.pdf", "RC", "Université de Basse-Durance – UBD-2026-MOB", "Règlement de la consultation",
             b, lab, cols=2)


def d14():
    b = [
        TITLE("CCAS DE MONTFORT-SUR-RANCE", "RÈGLEMENT DE LA CONSULTATION",
              "Confection et livraison des repas de l'EHPAD « Les Tilleuls » et du portage à domicile"),
        H("Article 1 – Objet de la consultation"),
        P("La présente consultation porte sur la confection, en cuisine centrale, et la livraison en liaison froide des repas destinés aux "
          "résidents de l'EHPAD « Les Tilleuls » (84 lits) et aux bénéficiaires du service de portage de repas à domicile (environ 60 repas "
          "par jour)."),
        P("Pour information, les repas du portage sont actuellement confectionnés par l'ESAT Les Ateliers du Pré-Vert dans le cadre d'une "
          "convention de partenariat qui prend fin le 31 août 2026 ; ils sont intégrés à la présente consultation."),
        H("Article 2 – Procédure et forme du marché"),
        P("Procédure adaptée (art. R. 2123-1 1° du CCP). Accord-cadre à bons de commande mono-attributaire, d'une durée d'un an reconductible "
          "trois fois. La consultation ne fait pas l'objet d'un allotissement : la production et la livraison des repas des deux services "
          "relèvent d'une même cuisine centrale et d'un même plan alimentaire."),
        P("Montant total estimé sur la durée maximale du marché (4 ans) : 840 000 € HT."),
        P("Le présent marché n'est pas réservé au sens des articles L. 2113-12 à L. 2113-15 du code de la commande publique."),
        H("Article 3 – Dossier de consultation"),
        P("RC ; CCAP ; CCTP et ses annexes (plan alimentaire, grammages, fiches de textures modifiées) ; BPU ; DQE ; cadre de mémoire technique."),
        H("Article 4 – Candidature"),
        P("Chaque candidat fournit : DC1 et DC2 ou DUME ; attestation d'assurance ; agrément sanitaire de la cuisine centrale (règlement CE "
          "853/2004) ; moyens humains de l'entreprise avec l'indication des effectifs et de l'encadrement de la cuisine, y compris les "
          "apprentis et les personnes en contrat aidé ; références en restauration médico-sociale."),
        H("Article 5 – Examen des offres"),
        P("Le CCAS attribue le marché à l'offre économiquement la plus avantageuse, appréciée au regard des critères suivants :"),
        TAB([["Critère", "Pondération"],
             ["Prix (DQE)", "40 %"],
             ["Qualité des repas : plan alimentaire, grammages, textures modifiées, fait maison", "40 %"],
             ["Continuité du service (astreinte, plan de secours, délais de livraison)", "20 %"]], widths=[5, 1.3], align="lr"),
        P("Une dégustation à l'aveugle de deux repas types par candidat pourra être organisée avec les résidents membres du conseil de la "
          "vie sociale ; elle participe à l'appréciation du critère « Qualité des repas »."),
        H("Article 6 – Remise des offres"),
        P("Les plis sont déposés sur https://ccas-montfort.marches-bretagne.example au plus tard le 4 mai 2026 à 12h00. "
          "Renseignements : Mme Le Goff, directrice de l'EHPAD, 02 99 00 00 00."),
    ]
    lab = L(allotissement=0, montant_estime_ht=840000,
            evidence=["La consultation ne fait pas l'objet d'un allotissement", "Montant total estimé sur la durée maximale du marché (4 ans) : 840 000 € HT"])
    return D("d14_rc_repas_ehpad.docx", "RC", "CCAS de Montfort-sur-Rance – Restauration EHPAD et portage",
             "Règlement de la consultation", b, lab)


def d15():
    b = [
        TITLE("CENTRE HOSPITALIER UNIVERSITAIRE DE VAL-MARSAC", "RÈGLEMENT DE CONSULTATION",
              "Bionettoyage des locaux non médicaux et nettoyage des vitres – Appel d'offres ouvert n° 26AO031"),
        H("ARTICLE 1 - OBJET"),
        P("Le présent appel d'offres porte sur le bionettoyage des locaux administratifs, logistiques et techniques (zones de risque 1 et 2) "
          "et sur le nettoyage des surfaces vitrées des sites Charles-Nicolle et Saint-Éloi du CHU de Val-Marsac. Les zones à haut risque "
          "infectieux (blocs, réanimations) sont exclues : elles restent entretenues par les équipes hospitalières."),
        H("ARTICLE 2 - ALLOTISSEMENT ET DUREE"),
        P("Le marché est alloti en 2 lots géographiques : lot 1 site Charles-Nicolle ; lot 2 site Saint-Éloi et antennes de ville. "
          "Chaque lot est conclu pour une durée de trois ans à compter du 1er octobre 2026, reconductible une fois pour un an. Les prestations "
          "font l'objet d'un prix global et forfaitaire annuel et, pour les interventions ponctuelles, de prix unitaires."),
        H("ARTICLE 3 - VISITE OBLIGATOIRE"),
        P("Une visite des locaux est obligatoire pour chaque lot. Elle est organisée par la direction des services logistiques les 14 et 15 avril "
          "2026 ; l'inscription se fait par courriel à logistique.marches@chu-valmarsac.example, au plus tard 48 heures avant la date retenue."),
        H("ARTICLE 4 - CANDIDATURE"),
        P("Les candidats produisent les pièces énumérées à l'article R. 2143-3 du code de la commande publique, les attestations d'assurance, "
          "la liste des références de nettoyage en milieu hospitalier ou assimilé sur les trois dernières années et la description des moyens "
          "d'encadrement (chefs d'équipe, inspecteurs, responsable qualité)."),
        H("ARTICLE 5 - JUGEMENT DES OFFRES"),
        P("5.1 - Chaque critère est noté de 0 à 10 ; la note obtenue est multipliée par le coefficient du critère. La note finale sur 100 "
          "est la somme des notes pondérées. Le tableau ci-dessous fixe les critères et leurs coefficients :"),
        RTAB([["N°", "Critère", "Coefficient"],
              ["C1", "Prix global annuel et prix unitaires (DQE)", "5"],
              ["C2", "Valeur technique : organisation, fréquences, protocoles, encadrement, plan de contrôle", "3"],
              ["C3", "Engagements en matière d'insertion professionnelle et de formation qualifiante des salariés affectés au marché", "1"],
              ["C4", "Performance environnementale des prestations : méthodes sans produits chimiques, consommation d'eau, gestion des déchets", "1"]],
             widths=[0.6, 5.6, 1.3], align="llr"),
        P("5.2 - Pour le critère C1, la meilleure offre obtient la note de 10, les autres une note proportionnelle selon la formule "
          "10 x (offre la plus basse / offre considérée). Les sous-critères du C2 sont détaillés dans le cadre de mémoire technique."),
        P("5.3 - Le critère C3 est apprécié au vu des engagements chiffrés du candidat : nombre de salariés recrutés parmi des personnes "
          "rencontrant des difficultés d'accès à l'emploi, partenariats avec les structures locales d'insertion, parcours de formation proposés. "
          "Le critère C4 est apprécié au vu des fiches techniques des matériels et des procédés proposés (vapeur, microfibre pré-imprégnée, "
          "dosage automatique)."),
        P("5.4 - Les offres anormalement basses sont détectées lot par lot. Le CHU demande par écrit toute précision utile sur la composition "
          "du prix, notamment le nombre d'heures productives annuelles et le respect des minima conventionnels de la branche de la propreté."),
        H("ARTICLE 6 - REMISE DES PLIS"),
        P("Les plis sont transmis par voie dématérialisée sur https://chu-valmarsac.achatshopitaux.example avant le 12 mai 2026 à 16 heures. "
          "Les offres sont rédigées en langue française et chiffrées en euros."),
        H("ARTICLE 7 - RECOURS"),
        P("Tribunal administratif de Rouen-Val, 53 avenue Gustave-Flaubert. Greffe : greffe.ta-rouenval@juradm.example."),
    ]
    lab = L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2,
            evidence=["Engagements en matière d'insertion professionnelle",
                      "Performance environnementale des prestations",
                      "Le marché est alloti en 2 lots géographiques"])
    return D("d15_rc_bionettoyage_chu.pdf", "RC", "CHU de Val-Marsac – Direction des achats – 26AO031",
             "RC bionettoyage – indice A", b, lab, hyphen=True)


def d16():
    b = [
        TITLE("SYNDICAT MIXTE DU PAYS CARVINOIS", "RÈGLEMENT DU CONCOURS RESTREINT DE MAÎTRISE D'ŒUVRE",
              "Construction de la Maison de l'Emploi et de l'Insertion à Carvin-la-Plaine",
              "Articles L. 2125-1 2°, R. 2162-15 à R. 2162-26 et R. 2172-1 et suivants du code de la commande publique"),
        H("Article 1 – Maître d'ouvrage"),
        P("Syndicat mixte du Pays Carvinois (SMPC), 2 rue Émile-Zola, 62874 Carvin-la-Plaine. Le SMPC agit en qualité de maître d'ouvrage "
          "au sens de l'article L. 2411-1 du code de la commande publique."),
        H("Article 2 – Objet du concours"),
        P("Le concours a pour objet la désignation d'une équipe de maîtrise d'œuvre chargée de la conception et du suivi de la construction "
          "d'un bâtiment d'environ 1 400 m² destiné à accueillir la Maison de l'Emploi et de l'Insertion du Pays Carvinois, le PLIE, la "
          "mission locale et un espace de formation. Les besoins sont détaillés dans le programme joint."),
        P("Enveloppe financière prévisionnelle affectée aux travaux : 2 300 000 € HT (valeur mars 2026). Le montant estimé des honoraires "
          "de la mission de base et des missions complémentaires (EXE partielle, OPC) est de 276 000 € HT."),
        H("Article 3 – Composition des équipes"),
        P("La mission est réservée aux équipes dont le mandataire est un architecte inscrit à l'ordre ou habilité à exercer en France, "
          "conformément à la loi n° 77-2 du 3 janvier 1977 sur l'architecture. L'équipe comprend en outre, au minimum, des compétences en "
          "structure, fluides, thermique, économie de la construction et acoustique."),
        H("Article 4 – Déroulement du concours"),
        P("Phase 1 – candidatures : le jury propose, au vu des dossiers, une liste de trois équipes admises à concourir. "
          "Phase 2 – prestations : les trois équipes remettent une esquisse plus, rendue de manière anonyme. Chaque concurrent non retenu ayant "
          "remis des prestations conformes perçoit une prime de 14 000 € HT."),
        H("Article 5 – Critères de sélection des candidatures"),
        LST(["qualité des références présentées, notamment en équipements publics recevant du public, au regard du programme : 50 % ;",
             "compétences et moyens de l'équipe, adéquation à l'opération : 30 % ;",
             "note de motivation (une page) : 20 %."]),
        H("Article 6 – Critères d'évaluation des projets"),
        P("Le jury examine les projets au regard des critères suivants, sans pondération ni hiérarchie : respect du programme fonctionnel ; "
          "qualité architecturale et urbaine du projet et insertion dans le site, en limite du parc de la Deûle ; compatibilité avec "
          "l'enveloppe financière ; pertinence du phasage au regard du maintien des activités sur le site."),
        H("Article 7 – Attribution du marché de maîtrise d'œuvre"),
        P("À l'issue du concours, le marché est négocié sans publicité ni mise en concurrence avec le ou les lauréats (art. R. 2122-6). "
          "La négociation porte sur le taux de rémunération, le calendrier et la méthodologie d'exécution de la mission."),
        H("Article 8 – Remise des candidatures"),
        P("Les dossiers sont déposés sur https://smpc.marchespublics-hdf.example avant le 15 mai 2026 à 12 h. "
          "Aucune candidature transmise par courriel ne sera acceptée."),
    ]
    lab = L(montant_estime_ht=276000,
            evidence=["Le montant estimé des honoraires de la mission de base et des missions complémentaires (EXE partielle, OPC) est de 276 000 € HT"])
    return D("d16_rc_concours_moe.pdf", "RC", "SMPC – Concours de maîtrise d'œuvre – Maison de l'Emploi et de l'Insertion",
             "Règlement du concours", b, lab)


# ----------------------------------------------------------------------------- CCAP / CCP
def d17():
    b = [
        TITLE("MÉTROPOLE RIVES-DE-GARONNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Requalification du boulevard des Cordeliers (section Pont-Neuf / place Carnot)", "Marché de travaux n° 26MT014 – lots 1 et 2"),
        H("Article 1 – Objet du marché – dispositions générales"),
        P("1.1 Le présent CCAP fixe les stipulations administratives applicables aux marchés de travaux de requalification du boulevard "
          "des Cordeliers : terrassements, chaussées, bordures, trottoirs, réseaux secs, éclairage public et plantations d'alignement."),
        P("1.2 Les travaux sont répartis en deux lots traités par marchés séparés : lot n° 1 « Terrassements – chaussées – bordures » ; "
          "lot n° 2 « Réseaux secs – éclairage public ». Le présent CCAP est commun aux deux lots."),
        P("1.3 Le CCAG applicable est celui des marchés publics de travaux approuvé par l'arrêté du 30 mars 2021."),
        H("Article 2 – Pièces constitutives du marché"),
        P("Par ordre de priorité décroissant : l'acte d'engagement et ses annexes ; le présent CCAP ; le CCTP du lot ; la DPGF ; le CCAG Travaux ; "
          "le mémoire technique du titulaire, pour les seules dispositions non contraires aux pièces précédentes."),
        H("Article 3 – Prix et variation des prix"),
        P("Les prix sont fermes et actualisables. L'actualisation est effectuée par application de l'index TP01 si le délai entre la date "
          "d'établissement des prix (mois M0) et la date de début d'exécution des prestations excède trois mois. Une avance de 10 % est "
          "versée au titulaire, sauf renonciation expresse portée à l'acte d'engagement."),
        H("Article 4 – Délais d'exécution"),
        P("Le délai d'exécution de chaque lot est fixé à l'acte d'engagement. Il court à compter de la date fixée par l'ordre de service "
          "prescrivant le démarrage des travaux, après une période de préparation de quatre semaines."),
        H("Article 5 – Action d'insertion professionnelle"),
        P("5.1 En application de l'article L. 2112-2 du code de la commande publique, le titulaire de chaque lot est tenu de réserver, pour "
          "l'exécution du marché, un volume d'heures de travail à des personnes rencontrant des difficultés sociales ou professionnelles "
          "particulières. Le volume minimal est fixé comme suit :"),
        RTAB([["Lot", "Volume minimal d'heures d'insertion"],
              ["Lot n° 1 – Terrassements, chaussées, bordures", "1 600 heures"],
              ["Lot n° 2 – Réseaux secs, éclairage public", "850 heures"]], widths=[5, 2.5], align="lr"),
        P("5.2 Sont notamment éligibles : les demandeurs d'emploi de longue durée, les bénéficiaires du RSA, de l'ASS ou de l'AAH, les "
          "jeunes de moins de 26 ans sans qualification, les travailleurs reconnus handicapés orientés en milieu ordinaire, les personnes "
          "prises en charge par une SIAE. L'éligibilité est validée par le facilitateur de la Maison de l'Emploi de la Métropole."),
        P("5.3 Le titulaire choisit librement les modalités de réalisation : embauche directe, mise à disposition de salariés par une "
              "entreprise de travail temporaire d'insertion, une association intermédiaire ou un GEIQ, ou sous-traitance d'une partie des "
              "travaux à une entreprise d'insertion. Il transmet au facilitateur, avant le démarrage, une fiche de "
              "liaison précisant les postes proposés, puis chaque mois un état des heures réalisées, accompagné des contrats de travail ou "
              "des relevés de mise à disposition."),
        P("5.4 En cas de non-respect de l'engagement, le titulaire encourt une pénalité de 50 € HT par heure d'insertion non réalisée, "
          "sauf si le défaut est imputable au maître d'ouvrage ou résulte d'une modification du marché réduisant le volume des travaux."),
        H("Article 6 – Gestion environnementale du chantier"),
        P("6.1 Le titulaire établit, pendant la période de préparation, un schéma d'organisation et de gestion des déchets (SOGED) "
          "précisant les modes de tri sur le chantier, les filières de valorisation retenues et les installations de destination."),
        P("6.2 Les fraisats d'enrobés sont recyclés en centrale à un taux d'au moins 70 % ; les déblais inertes non pollués sont réemployés "
          "sur l'opération ou orientés vers une plateforme de recyclage. Tout brûlage sur le chantier est interdit."),
        P("6.3 Les engins de chantier de plus de 56 kW affectés au marché respectent au minimum la phase IV de la directive 97/68/CE "
          "ou la phase V du règlement (UE) 2016/1628. Les moteurs sont coupés lors des arrêts de plus de cinq minutes."),
        P("6.4 Le titulaire remet au maître d'œuvre les bordereaux de suivi des déchets et, à la réception, un bilan des tonnages par filière. "
          "Une retenue de 500 € HT est appliquée par bordereau manquant."),
        H("Article 7 – Pénalités"),
        P("Par dérogation à l'article 19.2.1 du CCAG Travaux, le titulaire encourt, en cas de retard dans l'exécution, une pénalité "
          "journalière de 1/2000 du montant du marché HT. Les pénalités pour absence aux réunions de chantier sont fixées à 150 € HT par "
          "absence. Le titulaire est exonéré des pénalités dont le montant total ne dépasse pas 1 000 € HT pour l'ensemble du marché."),
        H("Article 8 – Réception"),
        P("La réception est prononcée dans les conditions de l'article 41 du CCAG Travaux. Les opérations préalables à la réception "
          "comprennent le contrôle de l'uni et de l'adhérence des couches de roulement et les essais de fonctionnement de l'éclairage."),
        H("Article 9 – Dérogations au CCAG"),
        P("L'article 7 déroge à l'article 19.2.1 du CCAG Travaux. L'article 6.4 complète l'article 36 du CCAG Travaux."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2450, clause_environnementale=1,
            allotissement=1, nb_lots=2,
            evidence=["[1 600 + 850 = 2 450 heures]", "1 600 heures", "850 heures",
                      "tenu de réserver, pour l'exécution du marché, un volume d'heures de travail",
                      "Tout brûlage sur le chantier est interdit", "Les travaux sont répartis en deux lots"])
    return D("d17_ccap_boulevard.pdf", "CCAP", "Métropole Rives-de-Garonne – CCAP 26MT014",
             "CCAP – Boulevard des Cordeliers – lots 1 et 2", b, lab, hyphen=True)


def d18():
    b = [
        TITLE("UNIVERSITÉ DU LITTORAL D'OPALE-SUD", "CAHIER DES CHARGES VALANT CCAP ET CCTP (CCP)",
              "Prestations de traiteur pour les manifestations de l'université – MAPA 2026-TRAIT-03"),
        H("Article 1 – Objet"),
        P("Le présent marché porte sur la fourniture de prestations de traiteur (petits-déjeuners, pauses, cocktails, buffets et plateaux-repas) "
          "pour les colloques, soutenances, conseils et cérémonies organisés par l'université sur ses quatre campus."),
        H("Article 2 – Forme et durée"),
        P("Accord-cadre à bons de commande mono-attributaire (art. R. 2162-13 et s. du CCP), sans montant minimum, avec un montant maximum "
          "annuel de 45 000 € HT. Il est conclu pour un an à compter de sa notification et reconductible trois fois, soit un montant maximum "
          "de 180 000 € HT sur la durée totale. Le marché n'est pas alloti."),
        H("Article 3 – Commandes"),
        P("Les bons de commande sont émis par les composantes au moins 5 jours ouvrés avant la prestation (48 h pour les plateaux-repas). "
          "Le nombre de convives peut être ajusté de plus ou moins 10 % jusqu'à 72 h avant la manifestation sans frais."),
        H("Article 4 – Exigences qualitatives"),
        P("Les produits sont frais, de saison et majoritairement cuisinés par le titulaire. Au moins un choix végétarien est proposé pour chaque "
          "formule ; les allergènes sont indiqués sur chaque buffet."),
        H("Article 5 – Conditions d'exécution à caractère environnemental"),
        LST(["toute la vaisselle, les couverts, verres et nappes sont réutilisables ; la vaisselle jetable, même compostable, est exclue, "
             "sauf pour les plateaux-repas dont les contenants sont consignés ou recyclables en papier-carton ;",
             "les boissons sont servies en contenants de grande capacité ou en verre consigné, à l'exclusion des bouteilles plastiques individuelles ;",
             "les excédents alimentaires consommables sont proposés aux associations d'aide alimentaire partenaires de l'université "
             "(épicerie solidaire du campus) dans le respect des règles d'hygiène ;",
             "les biodéchets sont collectés séparément par le titulaire et orientés vers une filière de compostage ou de méthanisation."]),
        H("Article 6 – Condition d'exécution à caractère social"),
        P("Pendant toute la durée du marché, le titulaire accueille dans l'équipe affectée aux prestations au moins un apprenti ou un "
          "salarié en contrat de professionnalisation préparant un diplôme des métiers de la restauration ; il en justifie chaque année "
          "par la copie du contrat et le nom du maître d'apprentissage."),
        H("Article 7 – Prix et règlement"),
        P("Les prestations sont réglées par application des prix unitaires du BPU. Les prix sont révisés annuellement par application de "
          "l'indice des prix à la consommation « Restauration et cafés ». Délai de paiement : 30 jours."),
        H("Article 8 – Jugement des offres"),
        TAB([["Critère", "Pondération"],
             ["Prix (simulation de commande jointe)", "50 %"],
             ["Qualité des prestations (variété, présentation, fiches recettes)", "30 %"],
             ["Démarche environnementale : origine et saisonnalité des produits, réduction des déchets, mode de livraison", "20 %"]],
            widths=[5, 1.2], align="lr"),
        H("Article 9 – Pénalités"),
        P("Retard de livraison supérieur à 15 minutes : 100 € par manifestation. Prestation non conforme au bon de commande : réfaction de "
          "20 % du montant de la commande. Manquement constaté aux obligations des articles 5 et 6 : 200 € par manquement."),
        H("Article 10 – Litiges"),
        P("Tribunal administratif de Lille. Le CCAG applicable est le CCAG-FCS (arrêté du 30 mars 2021)."),
    ]
    lab = L(clause_sociale=1, clause_environnementale=1, critere_environnemental=1, allotissement=0, montant_max_ht=180000,
            evidence=["au moins un apprenti ou un salarié en contrat de professionnalisation",
                      "la vaisselle jetable, même compostable, est exclue",
                      "Démarche environnementale : origine et saisonnalité des produits, réduction des déchets",
                      "Le marché n'est pas alloti", "180 000 € HT sur la durée totale"])
    return D("d18_ccp_traiteur.docx", "CCAP", "Université du Littoral d'Opale-Sud – MAPA 2026-TRAIT-03",
             "CCP – Prestations de traiteur", b, lab)


def d19():
    b = [
        TITLE("SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DE LA DORDANNE", "C.C.A.P.",
              "Fourniture d'effets d'habillement et de chaussures pour les sapeurs-pompiers – AO 2026-04"),
        H("Article 1 – Objet et décomposition"),
        P("Le présent accord-cadre a pour objet la fourniture d'effets d'habillement et d'équipements pour les sapeurs-pompiers professionnels "
          "et volontaires du SDIS. Il est décomposé en trois lots : lot 1 « Tenues de service et d'intervention (TSI) » ; lot 2 « Polos, "
          "tee-shirts et sweat-shirts » ; lot 3 « Chaussures et rangers d'intervention »."),
        H("Article 2 – Montants"),
        P("Chaque lot est conclu sans montant minimum et avec les montants maximums suivants, pour la durée totale de l'accord-cadre "
          "(quatre ans) : lot 1 : 400 000 € HT ; lot 2 : 250 000 € HT ; lot 3 : 150 000 € HT, soit un montant maximum global de "
          "800 000 € HT pour la durée totale de l'accord-cadre."),
        H("Article 3 – Documents contractuels"),
        P("AE et annexe financière (BPU) ; présent CCAP ; CCTP et fiches produits ; CCAG-FCS (arrêté du 30 mars 2021) ; offre technique du "
          "titulaire. En cas de contradiction, les pièces prévalent dans l'ordre de cette énumération."),
        H("Article 4 – Commandes et livraisons"),
        P("Les bons de commande précisent les quantités par taille. Le délai de livraison est de 30 jours pour les articles en stock et de "
          "60 jours pour les articles faisant l'objet d'un marquage nominatif. Les livraisons sont effectuées au magasin départemental, "
          "ZA des Granges, du lundi au jeudi de 8 h à 16 h."),
        H("Article 5 – Conditions sociales de fabrication"),
        P("5.1 Le titulaire garantit que les articles livrés au titre du marché sont fabriqués, à tous les stades de la chaîne "
          "d'approvisionnement (filature, tissage, confection, assemblage), dans le respect des huit conventions fondamentales de "
          "l'Organisation internationale du travail : conventions n° 29 et 105 (travail forcé), 87 et 98 (liberté syndicale et négociation "
          "collective), 100 et 111 (égalité de rémunération et non-discrimination), 138 et 182 (travail des enfants)."),
        P("5.2 Dans le mois suivant la notification, il communique la liste des sites de confection utilisés pour chaque article (raison "
          "sociale, pays, effectifs). Il informe le SDIS de tout changement de site en cours d'exécution."),
        P("5.3 Le SDIS peut demander, une fois par an, la production d'un rapport d'audit social établi par un organisme tiers indépendant "
          "(SA8000, amfori BSCI ou équivalent) datant de moins de deux ans pour un ou plusieurs sites. Si l'audit révèle un manquement, le "
          "titulaire présente sous deux mois un plan d'actions correctives ; à défaut, le SDIS peut résilier le lot pour faute."),
        H("Article 6 – Obligations légales"),
        P("Le titulaire remet tous les six mois, jusqu'à la fin de l'exécution, les documents prévus aux articles D. 8222-5 ou D. 8222-7 "
          "du code du travail (lutte contre le travail dissimulé). Il respecte les articles L. 1262-1 et suivants du même code en cas de "
          "détachement de salariés."),
        H("Article 7 – Vérifications et admission"),
        P("Les opérations de vérification quantitative et qualitative sont effectuées au magasin dans un délai de 15 jours à compter de la "
          "livraison. Les articles non conformes sont repris par le titulaire à ses frais."),
        H("Article 8 – Prix et paiement"),
        P("Prix unitaires fermes la première année, puis révisables à chaque date anniversaire selon l'indice INSEE des prix de production "
          "de l'industrie française pour le marché français – CPF 14.12 « Vêtements de travail ». Délai global de paiement : 30 jours."),
        H("Article 9 – Pénalités"),
        P("Retard de livraison : 1/1000 du montant de la commande par jour calendaire. Non-transmission de la liste des sites prévue à "
          "l'article 5.2 : 100 € par jour de retard."),
    ]
    lab = L(clause_sociale=1, allotissement=1, nb_lots=3, montant_max_ht=800000,
            evidence=["dans le respect des huit conventions fondamentales de l'Organisation internationale du travail",
                      "Il est décomposé en trois lots",
                      "soit un montant maximum global de 800 000 € HT pour la durée totale de l'accord-cadre"])
    return D("d19_ccap_habillement_sdis.pdf", "CCAP", "SDIS de la Dordanne – AO 2026-04 – CCAP",
             "Habillement des sapeurs-pompiers – CCAP", b, lab)


def d20():
    b = [
        TITLE("HABITAT DU VAL D'ESQUE – Office public de l'habitat", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Entretien et dépannage des équipements de plomberie et de robinetterie du patrimoine – Accord-cadre 2026-17"),
        H("Article 1 – Objet"),
        P("Le présent accord-cadre porte sur l'entretien préventif et le dépannage des équipements sanitaires, de plomberie et de robinetterie "
          "des 4 260 logements et des parties communes du patrimoine de l'Office, répartis sur 38 résidences."),
        H("Article 2 – Forme et montant"),
        P("Accord-cadre à bons de commande conclu avec un seul opérateur, sans minimum et avec un maximum de 600 000 € HT par période "
          "annuelle. Il prend effet le 1er juillet 2026 pour un an et peut être reconduit tacitement trois fois, soit 2 400 000 € HT sur la "
          "durée maximale."),
        H("Article 3 – Conditions d'intervention"),
        P("Les interventions se déroulent en milieu occupé. Le titulaire prend rendez-vous avec les locataires, respecte les horaires "
          "convenus et adapte ses interventions à l'environnement du logement (présence d'enfants, de personnes âgées ou à mobilité réduite). "
          "Le personnel est muni d'une carte professionnelle et d'une tenue au nom de l'entreprise."),
        P("Délais d'intervention : urgence (fuite importante, absence totale d'eau) sous 4 heures, 7 jours sur 7 ; intervention courante "
          "sous 48 heures ouvrées ; travaux programmés selon le planning validé par le responsable de secteur."),
        H("Article 4 – Obligations du titulaire en matière sociale"),
        P("Le titulaire est tenu de respecter les dispositions législatives et réglementaires relatives à la protection de la main-d'œuvre "
          "et aux conditions de travail. Il remet tous les six mois l'attestation de fourniture des déclarations sociales et l'attestation de "
          "régularité fiscale. Il justifie, sur demande, avoir satisfait à l'obligation d'emploi des travailleurs handicapés (articles "
          "L. 5212-1 à L. 5212-11 du code du travail)."),
        P("En cas de sous-traitance, le titulaire fait accepter chaque sous-traitant et agréer ses conditions de paiement dans les conditions "
          "des articles R. 2193-1 et suivants du code de la commande publique."),
        H("Article 5 – Prix"),
        P("Les prestations sont réglées par application du bordereau de prix unitaires (BPU) ; le forfait d'entretien préventif est "
          "facturé trimestriellement par logement. Les prix sont révisés annuellement selon l'index BT38 « Plomberie sanitaire »."),
        H("Article 6 – Compte rendu et outil de suivi"),
        P("Chaque intervention fait l'objet d'un bon d'intervention dématérialisé signé par le locataire, transmis dans les 24 heures "
          "via le portail fournisseurs de l'Office. Le titulaire remet un rapport trimestriel : nombre d'interventions par résidence, "
          "délais constatés, fuites réparées et équipements remplacés."),
        H("Article 7 – Pénalités"),
        LST(["dépassement du délai d'intervention en urgence : 150 € par heure de retard ;",
             "rendez-vous non honoré sans prévenance de 24 heures : 80 € par rendez-vous ;",
             "bon d'intervention non transmis : 30 € par bon."]),
        H("Article 8 – Résiliation"),
        P("Il est fait application des articles 36 à 42 du CCAG-FCS. En cas de manquements répétés aux délais d'urgence, l'Office peut "
          "résilier le marché aux torts du titulaire après mise en demeure restée sans effet pendant quinze jours."),
        P("Le précédent titulaire, la société EAU-SERVICES INSERTION ET CONFORT SARL, reste chargé des interventions commandées avant le "
          "30 juin 2026 jusqu'à leur achèvement."),
    ]
    lab = L(montant_max_ht=2400000,
            evidence=["soit 2 400 000 € HT sur la durée maximale"])
    return D("d20_ccap_plomberie_oph.docx", "CCAP", "Habitat du Val d'Esque – AC 2026-17 – CCAP",
             "CCAP – Entretien plomberie et robinetterie", b, lab)


def d21():
    b = [
        TITLE("CENTRE HOSPITALIER INTERCOMMUNAL DES HAUTES-COMBES",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Traitement du linge plat et des tenues professionnelles – Marché réservé n° 2026-LOG-09"),
        H("ARTICLE 1 – OBJET DU MARCHÉ"),
        P("Le marché porte sur l'enlèvement, le lavage, le séchage, le repassage ou la finition, le conditionnement et la livraison du linge "
          "plat (draps, taies, alèses) et des tenues professionnelles des agents des sites de Morteau-les-Combes et de Villers-le-Lac-Haut, "
          "soit environ 310 tonnes de linge par an. Il fait l'objet d'un lot unique."),
        H("ARTICLE 2 – RÉSERVATION DU MARCHÉ"),
        P("Le présent marché est réservé, en application de l'article L. 2113-12 du code de la commande publique, aux entreprises adaptées "
          "mentionnées à l'article L. 5213-13 du code du travail, aux établissements et services d'aide par le travail mentionnés à l'article "
          "L. 344-2 du code de l'action sociale et des familles et aux structures équivalentes, qui emploient une proportion minimale de "
          "50 % de travailleurs handicapés. Le titulaire justifie du maintien de cette proportion sur demande du centre hospitalier."),
        H("ARTICLE 3 – DURÉE ET MONTANT"),
        P("Accord-cadre à bons de commande, conclu pour un an à compter du 1er septembre 2026, reconductible trois fois. Montant maximum "
          "annuel : 95 000 € HT, soit 380 000 € HT sur la durée totale de l'accord-cadre, reconductions comprises."),
        H("ARTICLE 4 – CIRCUIT DU LINGE ET HYGIÈNE"),
        P("Le titulaire applique la méthode RABC (norme NF EN 14065) et garantit la séparation des circuits propre et sale. Il réalise au "
          "moins quatre contrôles microbiologiques par an sur le linge propre et en transmet les résultats au service d'hygiène."),
        H("ARTICLE 5 – CONDITIONS D'EXÉCUTION ENVIRONNEMENTALES"),
        P("5.1 Les lessives, assouplissants et produits de détachage utilisés pour le marché bénéficient de l'Écolabel européen ou d'un "
          "écolabel de type I équivalent, sauf pour les programmes de désinfection à 60 °C imposés par le protocole d'hygiène."),
        P("5.2 La consommation d'eau de la blanchisserie ne dépasse pas 8 litres par kilogramme de linge traité en moyenne annuelle ; le "
          "titulaire transmet chaque trimestre les relevés de ses compteurs et le tonnage traité."),
        P("5.3 Les tournées de collecte et de livraison sont mutualisées entre les deux sites. Le linge est transporté en chariots "
          "réutilisables ; les housses plastiques à usage unique sont interdites à compter du sixième mois d'exécution."),
        H("ARTICLE 6 – PRIX"),
        P("Prix unitaires au kilogramme (linge plat) et à la pièce (tenues), révisables annuellement selon la formule de l'article 6.2 "
          "du CCAP, assise sur l'indice du coût horaire du travail et l'indice de prix de l'électricité."),
        H("ARTICLE 7 – PÉNALITÉS"),
        P("Retard de livraison supérieur à 4 heures : 200 € par livraison. Non-transmission des relevés prévus à l'article 5.2 : 100 € "
          "par trimestre. Résultats microbiologiques non conformes : 300 € par analyse."),
        H("ARTICLE 8 – DÉLAI DE PAIEMENT"),
        P("Conformément à l'article R. 2192-11 du code de la commande publique, le délai de paiement est de 50 jours."),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, allotissement=0, montant_max_ht=380000,
            evidence=["Le présent marché est réservé, en application de l'article L. 2113-12",
                      "La consommation d'eau de la blanchisserie ne dépasse pas 8 litres par kilogramme",
                      "Il fait l'objet d'un lot unique", "soit 380 000 € HT sur la durée totale"])
    return D("d21_ccap_blanchisserie_chi.pdf", "CCAP", "CHI des Hautes-Combes – 2026-LOG-09",
             "CCAP – Traitement du linge – marché réservé", b, lab)


def d22():
    b = [
        TITLE("SIRTOM DES DEUX-VALLÉES", "Cahier des clauses administratives particulières",
              "Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages ménagers – Marché n° 2026/02"),
        H("Article 1er – Objet – Étendue"),
        P("Le marché a pour objet la collecte en porte-à-porte des ordures ménagères résiduelles (OMR) et des emballages ménagers "
          "recyclables sur les 27 communes adhérentes, le transport des déchets collectés jusqu'au centre de tri de Bellecombe et à l'unité "
          "de valorisation énergétique de Saint-Prix, ainsi que la maintenance des bacs roulants."),
        P("Le marché n'est pas alloti, la collecte des deux flux étant réalisée avec un même parc de bennes bi-compartimentées. "
          "Le montant estimé du marché est de 14 200 000 € HT pour sa durée totale de sept ans."),
        H("Article 2 – Durée"),
        P("Le marché prend effet le 1er janvier 2027 pour une durée de sept ans, sans reconduction."),
        H("Article 3 – Moyens matériels"),
        P("3.1 Le titulaire affecte au marché un parc de véhicules dédiés, dont la liste est annexée à l'acte d'engagement. Dès la première "
          "année d'exécution, au moins 60 % des bennes à ordures ménagères affectées au marché fonctionnent au bioGNV ou à l'électricité ; "
          "cette proportion est portée à 100 % au 1er janvier 2030. Les autres véhicules respectent au minimum la norme Euro VI."),
        P("3.2 Le titulaire tient à la disposition du SIRTOM les justificatifs d'approvisionnement en bioGNV (garanties d'origine) et déclare "
          "chaque année les consommations de carburant et d'électricité du parc affecté au marché."),
        P("3.3 Le lavage des bennes est réalisé sur une aire équipée d'un séparateur d'hydrocarbures, avec recyclage d'au moins 50 % de "
          "l'eau de lavage."),
        H("Article 4 – Moyens humains et égalité professionnelle"),
        P("4.1 Le titulaire affecte au marché un personnel qualifié, titulaire des permis et formations requis (CACES, FIMO/FCO, formation "
          "aux gestes et postures)."),
        P("4.2 Pendant toute la durée du marché, le titulaire met en œuvre un plan d'actions en faveur de l'égalité entre les femmes et les "
          "hommes au sein des équipes affectées au marché, comprenant au minimum : des vestiaires et sanitaires séparés dans chaque dépôt "
          "utilisé ; un objectif d'au moins 25 % de femmes parmi les chauffeurs et ripeurs recrutés pendant l'exécution ; la formation de "
          "l'encadrement de proximité à la prévention des violences sexistes et sexuelles dans les six premiers mois."),
        P("4.3 Un bilan du plan d'actions est présenté chaque année au comité de suivi du marché. Le défaut de présentation du bilan donne "
          "lieu à une pénalité de 1 000 € par année concernée."),
        H("Article 5 – Reprise du personnel"),
        P("En application de l'article L. 1224-1 du code du travail et des stipulations conventionnelles de la branche des activités du "
          "déchet, le titulaire reprend les salariés du titulaire sortant affectés à la collecte du territoire. La liste anonymisée figure "
          "en annexe 3."),
        H("Article 6 – Prix"),
        P("Le marché est traité à prix forfaitaires annuels pour la collecte, et à prix unitaires pour la maintenance des bacs. Les prix "
          "sont révisés mensuellement selon la formule de l'article 6.3, qui intègre l'indice du gazole et celui du gaz naturel véhicule."),
        H("Article 7 – Pénalités"),
        LST(["rue ou secteur non collecté le jour prévu, non rattrapé le lendemain : 300 € par rue ;",
             "non-respect de la proportion de véhicules prévue à l'article 3.1 : 150 € par véhicule et par jour ;",
             "déversement de déchets sur la voie publique non nettoyé : 200 € par constat."]),
    ]
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=0, montant_estime_ht=14200000,
            evidence=["un plan d'actions en faveur de l'égalité entre les femmes et les hommes",
                      "au moins 60 % des bennes à ordures ménagères affectées au marché fonctionnent au bioGNV ou à l'électricité",
                      "Le marché n'est pas alloti", "14 200 000 € HT"])
    return D("d22_ccap_collecte_om.docx", "CCAP", "SIRTOM des Deux-Vallées – Marché 2026/02",
             "CCAP – Collecte des OMR et des emballages", b, lab)


def d23():
    b = [
        TITLE("ÉTABLISSEMENT PUBLIC D'AMÉNAGEMENT DU BASSIN DE LA SÈVRE (EPABS)",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Étude d'insertion paysagère et environnementale du projet de confortement de la digue de Port-Lanne",
              "Marché de prestations intellectuelles – procédure adaptée n° EPABS-26-008"),
        H("Article 1 – Objet du marché"),
        P("Le marché a pour objet la réalisation d'une étude d'insertion paysagère et environnementale du projet de confortement de la digue "
          "de Port-Lanne, comprenant : un état initial (faune, flore, habitats, paysage), l'analyse des variantes de tracé, la définition de "
          "mesures d'évitement, de réduction et de compensation, et la rédaction des pièces environnementales du dossier d'autorisation "
          "environnementale (étude d'impact, évaluation des incidences Natura 2000)."),
        P("Le marché fait l'objet d'un lot unique : les volets paysager et écologique de l'étude sont indissociables. Le montant estimé de "
          "la prestation est de 85 000 € HT, tranche optionnelle comprise."),
        H("Article 2 – Tranches"),
        P("Tranche ferme : état initial et analyse des variantes (phases 1 et 2). Tranche optionnelle : rédaction du dossier d'autorisation "
          "environnementale et assistance lors de l'enquête publique (phases 3 et 4). La tranche optionnelle est affermie par décision "
          "notifiée au plus tard 18 mois après la notification du marché."),
        H("Article 3 – Pièces contractuelles"),
        P("Acte d'engagement ; présent CCAP ; CCTP ; décomposition du prix global et forfaitaire ; CCAG applicable aux marchés publics de "
          "prestations intellectuelles (arrêté du 30 mars 2021) ; offre technique du titulaire."),
        H("Article 4 – Délais"),
        P("Phase 1 : 10 mois, afin de couvrir un cycle biologique complet (inventaires de printemps, d'été et d'automne). Phase 2 : 2 mois. "
          "Phases 3 et 4 : selon le calendrier fixé dans la décision d'affermissement."),
        H("Article 5 – Prix et règlement"),
        P("Le marché est traité à prix global et forfaitaire par phase. Les prix sont fermes et actualisables selon l'indice Syntec si le "
          "délai entre la date de remise de l'offre et le début des prestations excède trois mois. Les acomptes sont versés à l'achèvement "
          "de chaque phase, sur présentation du rapport correspondant validé."),
        H("Article 6 – Propriété intellectuelle"),
        P("Par dérogation à l'article 35 du CCAG-PI, l'option B est retenue : le titulaire cède à l'EPABS, à titre exclusif, les droits "
          "patrimoniaux sur les résultats (rapports, cartographies, photographies, bases de données naturalistes). Les bases de données "
          "sont remises au format SIG (GeoPackage ou shapefile, projection Lambert 93), accompagnées de leurs métadonnées."),
        H("Article 7 – Pénalités"),
        P("Retard de remise d'un rapport : 150 € par jour calendaire. Absence à une réunion du comité technique : 300 €."),
        H("Article 8 – Résiliation – litiges"),
        P("Il est fait application des articles 36 à 42 du CCAG-PI. Tribunal administratif de Poitiers."),
    ]
    lab = L(allotissement=0, montant_estime_ht=85000,
            evidence=["Le marché fait l'objet d'un lot unique", "Le montant estimé de la prestation est de 85 000 € HT"])
    return D("d23_ccap_etude_digue.pdf", "CCAP", "EPABS – CCAP EPABS-26-008",
             "Étude d'insertion paysagère – digue de Port-Lanne", b, lab)


# ----------------------------------------------------------------------------- CCTP
def d24():
    b = [
        TITLE("VILLE DE LESCURE-D'ARBAS", "C.C.T.P.",
              "Entretien des espaces verts et des espaces naturels urbains – accord-cadre 2026-EV-02"),
        H("1. Généralités"),
        P("1.1 Le marché comporte deux lots ; le présent CCTP est commun aux deux lots (lot 1 : parcs et jardins ; lot 2 : espaces naturels, "
          "berges de l'Arize et chemins ruraux). Les surfaces et fréquences figurent au bordereau des sites annexé."),
        P("1.2 La Ville gère ses espaces selon un plan de gestion différenciée qui distingue trois classes d'entretien : espaces horticoles "
          "(classe 1), espaces jardinés (classe 2) et espaces naturels (classe 3). Le titulaire respecte la classe de chaque site."),
        H("2. Tontes et fauches"),
        P("2.1 Les tontes des classes 1 et 2 sont réalisées en mulching ; l'exportation des résidus n'est admise qu'en cas de pousse "
          "exceptionnelle, sur ordre écrit. La hauteur de coupe ne descend pas sous 6 cm en classe 2."),
        P("2.2 En classe 3, les prairies sont fauchées une fois par an, pas avant le 15 juillet, de l'intérieur vers l'extérieur de la "
          "parcelle et à vitesse réduite, afin de permettre la fuite de la petite faune. Une bande refuge de 2 m non fauchée est laissée "
          "le long des haies et des berges."),
        H("3. Tailles et déchets verts"),
        P("3.1 Les tailles douces sont privilégiées ; les tailles sévères et les élagages sont interdits entre le 15 mars et le 31 juillet, "
          "période de nidification, sauf danger avéré."),
        P("3.2 Les déchets verts produits sont broyés sur place et réutilisés en paillage au pied des massifs et des haies du même site. "
          "Seuls les volumes excédentaires, ou les végétaux malades, sont évacués vers la plateforme de compostage "
          "intercommunale ; leur dépôt en déchetterie est interdit."),
        H("4. Désherbage et protection des plantes"),
        P("4.1 Aucun produit phytopharmaceutique n'est utilisé, y compris dans les cimetières et les terrains de sport, que la "
          "réglementation autorise encore. Le désherbage est mécanique, thermique ou manuel."),
        P("4.2 La lutte contre les ravageurs recourt exclusivement aux auxiliaires (lâchers de coccinelles, nichoirs à mésanges) et aux "
          "méthodes de biocontrôle figurant sur la liste officielle."),
        H("5. Arrosage"),
        P("5.1 L'arrosage des massifs est réalisé par goutte-à-goutte ou par tuyaux microporeux ; l'arrosage par aspersion est limité aux "
          "terrains de sport. Aucun arrosage n'est effectué entre 10 h et 18 h de juin à septembre."),
        P("5.2 Le titulaire relève chaque mois les compteurs des sites équipés et signale toute surconsommation supérieure à 20 % de la "
          "moyenne du mois correspondant de l'année précédente."),
        H("6. Matériels"),
        P("6.1 Dans un rayon de 50 m autour des écoles, crèches et établissements de santé, les interventions sont réalisées avec des "
          "matériels électriques sur batterie (souffleurs, taille-haies, débroussailleuses). Ailleurs, les moteurs thermiques fonctionnent "
          "à l'essence alkylate."),
        P("6.2 Les véhicules légers affectés au marché sont à motorisation électrique ou hybride rechargeable à compter du 1er janvier 2027."),
        H("7. Suivi"),
        P("Le titulaire tient un cahier d'intervention par site et remet chaque trimestre une synthèse : interventions réalisées, volumes de "
          "broyat réutilisés, consommations d'eau relevées, observations naturalistes (espèces remarquables, nids)."),
    ]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=2,
            evidence=["Les déchets verts produits sont broyés sur place et réutilisés en paillage",
                      "Aucun produit phytopharmaceutique n'est utilisé",
                      "Le marché comporte deux lots"])
    return D("d24_cctp_espaces_verts.pdf", "CCTP", "Ville de Lescure-d'Arbas – 2026-EV-02 – CCTP",
             "CCTP Espaces verts – lots 1 et 2", b, lab, cols=2)


def d25():
    b = [
        TITLE("CONSEIL DÉPARTEMENTAL DE L'ORNAIN", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Renouvellement du réseau local et de la téléphonie IP du Pôle Solidarités – Consultation DSIN-26-11"),
        H("1. Contexte"),
        P("Le Pôle Solidarités regroupe, sur le site de la rue de Verdun, les services de l'aide sociale à l'enfance, de l'insertion et du RSA, "
          "de la PMI et de l'autonomie, soit environ 420 agents. Le câblage et les commutateurs datent de 2011 et ne permettent plus "
          "d'alimenter en PoE les téléphones et les bornes Wi-Fi récentes."),
        H("2. Environnement technique existant"),
        P("Le cœur de réseau départemental est constitué de deux commutateurs en châssis redondés. Les sites distants sont reliés par un "
          "réseau MPLS opéré. L'environnement serveur est virtualisé (VMware vSphere 8) ; l'annuaire est Active Directory ; l'authentification "
          "des postes repose sur le protocole 802.1X avec un serveur RADIUS (NPS)."),
        H("3. Prestations attendues"),
        H2("3.1 Commutateurs d'accès"),
        P("Fourniture de 14 commutateurs d'accès 48 ports PoE+ (classe 4, budget PoE d'au moins 740 W), empilables, avec deux liens montants "
          "10 Gb/s. L'insertion des modules SFP+ et le brassage sont réalisés par le titulaire. Les commutateurs sont administrables par "
          "l'outil de supervision existant (SNMP v3)."),
        H2("3.2 Réseau sans fil"),
        P("Fourniture et pose de 36 bornes Wi-Fi 6E et d'un contrôleur virtualisé ; couverture de tous les bureaux, salles d'entretien et "
          "salles d'attente du public ; réseau invité isolé pour les usagers, avec portail captif."),
        H2("3.3 Téléphonie"),
        P("Remplacement de 430 postes par des téléphones IP SIP ; migration des numéros SDA ; paramétrage des groupements d'appels de l'accueil "
          "et de la plateforme téléphonique « Insertion-Emploi »."),
        H("4. Exigences de service"),
        P("Disponibilité du réseau d'accès : 99,5 % en heures ouvrées. Délai de remplacement d'un équipement défaillant : J+1 ouvré. "
          "Accessibilité de l'assistance du titulaire : du lundi au vendredi de 8 h à 18 h par téléphone et par portail."),
        H("5. Recette"),
        P("La vérification d'aptitude comprend les tests de bascule des liens montants, la mesure de couverture Wi-Fi (relevé à -67 dBm) et "
          "un test de 50 appels simultanés. La vérification de service régulier porte sur une période de 30 jours consécutifs."),
        H("6. Documentation et transfert de compétences"),
        P("Le titulaire remet le dossier des ouvrages exécutés (synoptique, plan de câblage, configuration sauvegardée) et assure une "
          "formation de deux jours pour quatre administrateurs de la DSIN."),
    ]
    lab = L(evidence=[])
    return D("d25_cctp_reseau_pole_solidarites.docx", "CCTP", "CD de l'Ornain – DSIN-26-11", "CCTP – Réseau et téléphonie IP", b, lab)


def d26():
    b = [
        TITLE("COMMUNAUTÉ D'AGGLOMÉRATION CŒUR D'ARGONNE", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Nettoyage des locaux de l'hôtel communautaire et de la Maison des services au public"),
        H("ARTICLE 1 – PÉRIMÈTRE"),
        P("Les prestations portent sur l'hôtel communautaire (3 niveaux, 2 850 m²) et sur la Maison des services au public de Varennes "
          "(640 m²), qui accueille notamment le service Insertion et RSA au 2e étage, une permanence de la CAF et un point numérique."),
        H("ARTICLE 2 – NATURE DES PRESTATIONS"),
        P("2.1 Prestations quotidiennes : vidage des corbeilles et remplacement des sacs, dépoussiérage des plans de travail dégagés, "
          "nettoyage et désinfection des sanitaires (y compris sanitaires adaptés aux personnes à mobilité réduite), nettoyage des points de "
          "contact (poignées, interrupteurs, rampes), balayage humide et lavage des sols des circulations et de l'accueil."),
        P("2.2 Prestations hebdomadaires : aspiration des sols textiles des bureaux, nettoyage des vitres intérieures des portes, détartrage "
          "des sanitaires, nettoyage des ascenseurs (cabine, portes palières, rainures de seuil)."),
        P("2.3 Prestations périodiques : vitrerie extérieure accessible sans nacelle (trimestrielle), décapage et remise en cire des sols "
          "thermoplastiques (annuelle), shampooing des moquettes (annuelle)."),
        H("ARTICLE 3 – HORAIRES ET ACCÈS"),
        P("Les prestations quotidiennes sont réalisées du lundi au vendredi entre 6 h 00 et 8 h 30, avant l'ouverture au public. Les badges "
          "d'accès sont remis nominativement ; toute perte est signalée sans délai au service des moyens généraux."),
        H("ARTICLE 4 – PRODUITS ET MATÉRIELS"),
        P("Les produits et matériels sont fournis par le titulaire. Les produits sont conformes à la réglementation en vigueur ; leurs fiches "
          "de données de sécurité sont tenues à disposition dans le local ménage de chaque site. Les produits sont stockés dans leur "
          "emballage d'origine, étiquetés, hors de portée du public."),
        P("Les consommables sanitaires (papier toilette, essuie-mains, savon) sont fournis par la Communauté d'agglomération et "
          "réapprovisionnés par le titulaire à partir du stock de chaque site."),
        H("ARTICLE 5 – PERSONNEL"),
        P("Le titulaire désigne un chef d'équipe, interlocuteur unique du service des moyens généraux, joignable pendant les heures "
          "d'intervention. Le personnel porte une tenue identifiant l'entreprise. Il est tenu à la discrétion sur les documents et "
          "informations dont il pourrait avoir connaissance, notamment dans les bureaux du service Insertion et RSA et des travailleurs "
          "sociaux."),
        H("ARTICLE 6 – CONTRÔLE DE LA QUALITÉ"),
        P("Un contrôle contradictoire mensuel est réalisé selon la norme NF EN 13549, sur un échantillon de locaux tirés au sort. Un taux de "
          "conformité inférieur à 90 % donne lieu à une nouvelle intervention sous 24 heures, sans supplément de prix."),
        H("ARTICLE 7 – CARNET DE LIAISON"),
        P("Un carnet de liaison est tenu dans chaque site. Les agents y signalent les anomalies constatées (fuite, éclairage défectueux, "
          "dégradation) ; le chef d'équipe les reporte dans le compte rendu mensuel."),
    ]
    lab = L(evidence=[])
    return D("d26_cctp_nettoyage_hotel_communautaire.pdf", "CCTP", "CA Cœur d'Argonne – CCTP nettoyage",
             "Nettoyage des locaux – CCTP", b, lab, hyphen=True)


def d27():
    b = [
        TITLE("COMMUNE DE SAINT-VALBERT-EN-BRESSE", "CCTP – Lot n° 01 : Démolition – Gros œuvre – VRD",
              "Mise en accessibilité et rénovation du groupe scolaire Louis-Pasteur"),
        H("Article 1.1 – Objet du lot"),
        P("Le présent CCTP décrit les travaux du lot n° 01 de l'opération de mise en accessibilité et de rénovation du groupe scolaire "
          "Louis-Pasteur. L'opération comprend 9 lots traités par marchés séparés ; les prestations des autres lots sont décrites dans "
          "leurs CCTP respectifs."),
        P("Les travaux de mise en accessibilité, conformes à l'agenda d'accessibilité programmée (Ad'AP) de la commune, comprennent : "
          "la création d'une rampe d'accès de pente inférieure à 5 % depuis le parvis, l'élargissement de deux baies à 0,90 m de passage "
          "utile, la réalisation d'une gaine pour l'élévateur PMR et la reprise des seuils à ressaut de 2 cm maximum."),
        H("Article 1.2 – Contraintes du site"),
        P("Les travaux se déroulent pour partie pendant l'année scolaire, l'école restant ouverte. Les zones de chantier sont isolées par "
          "des clôtures pleines de 2 m de hauteur ; les travaux bruyants (sciage, piquage, démolition) sont interdits pendant les heures "
          "de récréation et de sieste de la maternelle."),
        H("Article 1.3 – Chantier à faibles nuisances"),
        P("1.3.1 L'entreprise respecte la charte « chantier à faibles nuisances » jointe au DCE, qu'elle signe avec son offre. Elle "
          "désigne un référent environnement présent aux réunions de chantier."),
        P("1.3.2 Tri des déchets. Les déchets sont triés sur le chantier en au moins cinq flux : inertes, bois, métaux, plâtre, déchets non "
          "dangereux en mélange. Les déchets dangereux (amiante exclue, traitée au lot 00) sont conditionnés séparément. Le taux de "
          "valorisation matière des déchets du lot, hors terres, atteint au moins 70 % en masse."),
        P("1.3.3 Traçabilité. L'entreprise remet les bordereaux de suivi ou les bons de dépôt pour chaque évacuation, et un bilan final "
          "des tonnages par filière. Les bennes sont bâchées pendant les transports."),
        P("1.3.4 Réemploi. Les pavés granit du parvis et les grilles en fonte existantes sont déposés avec soin, stockés sur palettes et "
          "réemployés dans l'aménagement de la rampe et du jardin pédagogique."),
        P("1.3.5 Eau et sols. Les eaux de lavage des toupies et des outils ne sont pas rejetées au réseau : un bac de décantation est "
          "installé. Les stockages de carburant sont placés sur rétention."),
        H("Article 1.4 – Démolitions"),
        P("Dépose des menuiseries, démolition des cloisons maçonnées, sciage des voiles béton pour création des baies, y compris étaiements, "
          "linteaux métalliques et reprises. Évacuation des gravats selon les dispositions de l'article 1.3."),
        H("Article 1.5 – Gros œuvre"),
        P("Béton C25/30 XC1 pour les ouvrages intérieurs, C30/37 XF1 pour la rampe extérieure ; armatures HA FeE500. La rampe reçoit un "
          "béton désactivé antidérapant et des bandes d'éveil de vigilance en tête de volée."),
        H("Article 1.6 – VRD"),
        P("Reprise du réseau EP sous la rampe, caniveau à grille en fonte classe C250, raccordement au regard existant. Les enrobés "
          "dégradés du parvis sont rabotés et les fraisats remis au centre de recyclage désigné par la commune."),
    ]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=9,
            evidence=["Les déchets sont triés sur le chantier en au moins cinq flux",
                      "valorisation matière des déchets du lot, hors terres, atteint au moins 70 % en masse",
                      "L'opération comprend 9 lots traités par marchés séparés"])
    return D("d27_cctp_lot01_groupe_scolaire.pdf", "CCTP", "Commune de Saint-Valbert-en-Bresse – Groupe scolaire Louis-Pasteur",
             "CCTP lot 01 – Démolition – Gros œuvre – VRD", b, lab)


def d28():
    b = [
        TITLE("OFFICE PUBLIC DE L'HABITAT DE LA MARNE-SUD", "Cahier des clauses techniques particulières",
              "Maintenance des ascenseurs du parc locatif – Marché 2026-ASC"),
        H("1. Objet"),
        P("Le présent CCTP définit les prestations de maintenance préventive et corrective des 62 ascenseurs du parc de l'Office, au sens "
          "de l'article R. 134-2 du code de la construction et de l'habitation. Le contrat est un contrat de maintenance étendue."),
        H("2. Prestations de maintenance"),
        P("Visite toutes les six semaines ; vérification du bon fonctionnement des dispositifs de sécurité ; nettoyage de la cuvette, du toit "
          "de cabine et du local des machines ; graissage et réglages ; remplacement des pièces d'usure (garnitures, contacts, lampes). "
          "Le titulaire tient à jour le carnet d'entretien dématérialisé de chaque appareil."),
        H("3. Dépannages"),
        P("Le titulaire assure un service d'astreinte 24 h/24. Délai d'intervention : 1 heure en cas de personne bloquée en cabine ; 4 heures "
          "pour un appareil à l'arrêt dans un immeuble de plus de cinq niveaux ; 24 heures dans les autres cas. Le taux de disponibilité "
          "annuel de chaque appareil est au moins de 98 %."),
        H("4. Pièces détachées"),
        P("Le titulaire garantit la disponibilité des pièces détachées d'origine ou équivalentes pendant toute la durée du marché. Toute "
          "pièce remplacée au titre de la maintenance étendue reste la propriété de l'Office jusqu'à sa dépose ; les pièces déposées "
          "sont présentées au responsable de secteur sur simple demande."),
        H("5. Environnement de l'appareil"),
        P("Le titulaire signale à l'Office toute anomalie de l'environnement de l'appareil qui ne relève pas de son contrat : infiltrations "
          "dans la gaine, défaut de ventilation ou d'éclairage du local des machines, dégradations des paliers."),
        H("6. Contrôle technique quinquennal"),
        P("Le titulaire assiste le contrôleur technique mandaté par l'Office lors du contrôle quinquennal prévu à l'article R. 134-11 du CCH "
          "et lève les observations qui relèvent de la maintenance dans un délai de deux mois."),
        H("7. Rapport annuel"),
        P("Le titulaire remet chaque année, avant le 31 janvier, un rapport d'activité par appareil : nombre de visites, pannes et causes, "
          "durées d'arrêt, pièces remplacées, préconisations de travaux de modernisation chiffrées."),
    ]
    lab = L(evidence=[])
    return D("d28_cctp_ascenseurs.docx", "CCTP", "OPH de la Marne-Sud – Marché 2026-ASC", "CCTP – Maintenance des ascenseurs", b, lab)


# ----------------------------------------------------------------------------- AE
def d29():
    b = [
        TITLE("COMMUNAUTÉ URBAINE DU GRAND VERNAY", "ACTE D'ENGAGEMENT",
              "Construction du centre aquatique intercommunal – Lot n° 3 (sur 9) : Étanchéité – Couverture",
              "Marché public de travaux n° 2026-CAQ-03"),
        H("Article 1 – Contractant"),
        P("Je soussigné (nom, prénom, qualité) : ............................................................"),
        P("agissant pour le compte de la société : ............................................ (raison sociale, forme juridique, "
          "adresse du siège, SIRET, RCS) ; ou du groupement solidaire / conjoint dont la composition figure en annexe ;"),
        P("après avoir pris connaissance du cahier des clauses administratives particulières (CCAP) et des documents qui y sont mentionnés, "
          "m'engage, sans réserve, conformément aux stipulations des documents visés ci-dessus, à exécuter les travaux du lot n° 3 dans les "
          "conditions ci-après définies. L'offre ainsi présentée ne me lie toutefois que si son acceptation m'est notifiée dans un délai de "
          "180 jours à compter de la date limite de réception des offres."),
        H("Article 2 – Prix"),
        P("Les travaux sont rémunérés par application d'un prix global et forfaitaire, décomposé dans la DPGF jointe."),
        TAB([["", "Montant"],
             ["Montant HT de la solution de base", "................................ €"],
             ["PSE n° 1 – Complexe d'étanchéité végétalisée du toit-terrasse du hall", "................................ €"],
             ["TVA (20 %)", "................................ €"],
             ["Montant TTC", "................................ €"]], widths=[5, 2.4], align="lr"),
        H("Article 3 – Délai d'exécution"),
        P("Le délai d'exécution du lot est de 7 mois, y compris les congés, à compter de la date prescrite par l'ordre de service de "
          "démarrage du lot. Ce délai s'inscrit dans le calendrier général fixé par l'OPC."),
        H("Article 4 – Engagement d'insertion"),
        P("Conformément à l'article 11 du CCAP, je m'engage à consacrer à l'action d'insertion professionnelle au moins 700 heures de travail "
          "réalisées par des personnes éloignées de l'emploi, selon l'une des modalités prévues au CCAP (embauche directe, mise à "
          "disposition, sous-traitance ou co-traitance avec une structure d'insertion), en lien avec le facilitateur du PLIE du Grand Vernay."),
        P("Modalité envisagée (à renseigner par le candidat) : ............................................................"),
        H("Article 5 – Paiements"),
        P("Le maître d'ouvrage se libère des sommes dues en faisant porter le montant au crédit du compte ouvert au nom de : "
          "................................ IBAN : ................................ BIC : ................"),
        P("Avance : je renonce au bénéfice de l'avance (cocher la case correspondante) : [ ] NON [ ] OUI"),
        H("Article 6 – Sous-traitance"),
        P("Les prestations que j'envisage de sous-traiter, et le montant maximal de la créance que les sous-traitants pourront présenter en "
          "nantissement, sont indiqués dans les déclarations de sous-traitance (formulaires DC4) annexées au présent acte d'engagement."),
        H("Article 7 – Signature"),
        P("Fait en un seul original, à ................................, le ................................"),
        P("Signature du candidat (signature électronique qualifiée au sens du règlement eIDAS) :"),
        P("Acceptation de l'offre par le pouvoir adjudicateur. Est acceptée la présente offre pour valoir acte d'engagement. "
          "À Vernay, le ................................ Le Président de la Communauté urbaine, par délégation,"),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=700, allotissement=1, nb_lots=9,
            evidence=["je m'engage à consacrer à l'action d'insertion professionnelle au moins 700 heures de travail",
                      "Lot n° 3 (sur 9)"])
    return D("d29_ae_lot03_centre_aquatique.pdf", "AE", "CU du Grand Vernay – 2026-CAQ-03 – Lot 3",
             "Acte d'engagement – Étanchéité – Couverture", b, lab)


def d30():
    b = [
        TITLE("MÉTROPOLE DU VAL DE LOIRE-MAUGES", "ACTE D'ENGAGEMENT",
              "Fourniture de sel de déneigement et de saumure – Accord-cadre n° 26F022"),
        H("A – Objet de l'acte d'engagement"),
        P("Objet de la consultation : fourniture et livraison de sel de déneigement en vrac (norme NF P 98-180) et de saumure pour les "
          "centres d'exploitation de la voirie métropolitaine, pour les hivers 2026-2027 à 2029-2030."),
        P("Cet acte d'engagement correspond à l'ensemble du marché, qui n'est pas alloti. Le marché n'est pas réservé."),
        H("B – Engagement du titulaire"),
        P("Après avoir pris connaissance des pièces constitutives du marché, le signataire s'engage, sur la base de son offre et pour son "
          "propre compte (ou au nom des membres du groupement), à livrer les fournitures demandées aux prix unitaires du bordereau annexé."),
        P("Nom commercial et dénomination sociale : ................................................ "
          "Adresse : ................................................ SIRET : ......................"),
        H("C – Montant"),
        P("Accord-cadre à bons de commande, sans montant minimum. Montant maximum : 250 000 € HT pour la durée totale de l'accord-cadre."),
        P("Les prix sont ceux du bordereau des prix unitaires (BPU) ; ils sont révisables chaque année au 1er octobre."),
        H("D – Durée"),
        P("L'accord-cadre est conclu pour quatre saisons hivernales à compter du 1er octobre 2026. Délai de livraison : 48 heures à compter "
          "de la réception du bon de commande, ramené à 24 heures pendant le plan de viabilité hivernale renforcé."),
        H("E – Compte à créditer"),
        P("IBAN : ................................................ BIC : ................"),
        H("F – Signature"),
        P("Le signataire s'engage à respecter les créneaux de livraison fixés par chaque centre d'exploitation et à fournir, à chaque "
          "livraison, le bon de pesée établi sur pont-bascule certifié."),
        P("Fait à ................................, le ................................ Signature :"),
        H("G – Décision du pouvoir adjudicateur"),
        P("La présente offre est acceptée. Fait à Angers-Mauges, le ................................ "
          "Pour le Président et par délégation, le Vice-président chargé des finances."),
    ]
    lab = L(allotissement=0, montant_max_ht=250000,
            evidence=["Cet acte d'engagement correspond à l'ensemble du marché, qui n'est pas alloti",
                      "Montant maximum : 250 000 € HT pour la durée totale de l'accord-cadre"])
    return D("d30_ae_sel_deneigement.docx", "AE", "Métropole du Val de Loire-Mauges – 26F022",
             "AE – Sel de déneigement", b, lab)


def d31():
    b = [
        TITLE("COMMUNAUTÉ D'AGGLOMÉRATION VAL DE SEILLE", "ACTE D'ENGAGEMENT",
              "Collecte, tri et distribution du courrier interne – reprographie et mise sous pli",
              "Marché réservé – MAPA n° CAVS-2026-021"),
        H("1. Identification de l'acheteur"),
        P("Communauté d'agglomération Val de Seille, 4 rue de la Poste, 57488 Seille-sur-Moselle. Personne habilitée à donner les "
          "renseignements relatifs aux nantissements et cessions de créances : le Président."),
        H("2. Objet et caractère réservé"),
        P("Le marché porte sur la collecte quotidienne du courrier dans les 14 sites de l'agglomération, son tri, sa distribution, "
          "l'affranchissement du courrier sortant, ainsi que les travaux de reprographie et de mise sous pli des envois en nombre."),
        P("Ce marché est réservé, conformément aux articles L. 2113-12, L. 2113-13 et L. 2113-14 du code de la commande publique, à la fois "
          "aux entreprises adaptées, aux établissements et services d'aide par le travail et aux structures d'insertion par l'activité "
          "économique, ainsi qu'aux structures équivalentes."),
        P("Le titulaire atteste employer une proportion minimale de 50 % de travailleurs handicapés ou de travailleurs défavorisés "
          "(article R. 2113-7 du code) : ☐ EA ☐ ESAT ☐ EI ☐ ACI ☐ AI ☐ ETTI ☐ structure équivalente (préciser) : ........................"),
        H("3. Engagement du titulaire"),
        P("Je soussigné(e) ................................................, représentant de ................................................, "
          "m'engage à exécuter les prestations du marché aux conditions du CCP et aux prix du bordereau joint, l'offre me liant pendant "
          "120 jours à compter de la date limite de remise des offres."),
        H("4. Montant"),
        P("Accord-cadre à bons de commande sans minimum, avec un montant maximum de 120 000 € HT sur toute la durée du marché (trois ans)."),
        H("5. Durée"),
        P("Le marché est conclu pour un an à compter du 1er septembre 2026, reconductible deux fois par reconduction tacite."),
        H("6. Paiement"),
        P("Virement au compte : IBAN ................................................ BIC ................. Délai de paiement : 30 jours."),
        H("7. Signatures"),
        P("Le titulaire : à ................................, le ................................"),
        P("Le pouvoir adjudicateur : à Seille-sur-Moselle, le ................................ Pour le Président, le Directeur général des services."),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", montant_max_ht=120000,
            evidence=["Ce marché est réservé, conformément aux articles L. 2113-12, L. 2113-13 et L. 2113-14",
                      "montant maximum de 120 000 € HT sur toute la durée du marché"])
    return D("d31_ae_courrier_reprographie.docx", "AE", "CA Val de Seille – CAVS-2026-021", "AE – Courrier et reprographie", b, lab)


def d32():
    b = [
        TITLE("SYNDICAT INTERCOMMUNAL À VOCATION SCOLAIRE DES TROIS RIVIÈRES", "ACTE D'ENGAGEMENT",
              "Nettoyage des écoles et des restaurants scolaires – Lot n° 2 : Vitrerie et remise en état estivale",
              "Accord-cadre n° SIVOS-2026-03"),
        H("Article 1 – Identification du titulaire"),
        P("Le présent acte d'engagement est souscrit par le groupement conjoint composé de :"),
        TAB([["Membre", "Qualité", "SIRET", "Prestations exécutées"],
             ["ENVIRONNEMENT PROPRETÉ SERVICES SAS, 17 rue des Tilleuls, 21300 Chenôve", "Mandataire solidaire", "812 345 678 00021",
              "Vitrerie, remise en état des sols"],
             ["TREMPLIN NETTOYAGE 21 (association), 5 allée du Stade, 21000 Dijon", "Cotraitant", "443 210 987 00034",
              "Lessivage des murs et du mobilier"]],
            widths=[3.4, 1.4, 1.5, 2.2]),
        P("Le mandataire est solidaire de chacun des membres du groupement pour ses obligations contractuelles à l'égard de l'acheteur."),
        H("Article 2 – Engagement"),
        P("Après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, les membres du groupement s'engagent, "
          "sans réserve, à exécuter les prestations du lot n° 2 aux prix du bordereau annexé. Le lot n° 1 (nettoyage quotidien des "
          "locaux) fait l'objet d'un acte d'engagement distinct."),
        H("Article 3 – Montant"),
        P("Accord-cadre à bons de commande, sans minimum ; le montant maximum de chaque lot est fixé à l'article 4 du CCAP. Les prestations "
          "sont rémunérées par application des prix unitaires du bordereau annexé, révisables annuellement."),
        H("Article 4 – Répartition des paiements"),
        TAB([["Membre", "Part des prestations (en %)", "Compte à créditer"],
             ["ENVIRONNEMENT PROPRETÉ SERVICES SAS", "78 %", "FR76 1027 8021 0000 0200 0000 ..."],
             ["TREMPLIN NETTOYAGE 21", "22 %", "FR76 4255 9100 0008 0000 0000 ..."]], widths=[3, 2, 3]),
        H("Article 5 – Délai de validité de l'offre"),
        P("L'offre lie les membres du groupement pendant 120 jours à compter de la date limite de réception des offres."),
        H("Article 6 – Signatures"),
        P("Pour le groupement, le mandataire : M. Olivier Garnier, directeur d'agence, habilité par les membres (habilitations jointes). "
          "À Chenôve, le 22 avril 2026."),
        P("Pour l'acheteur : la Présidente du SIVOS. À Genlis-Val, le ................................"),
    ]
    lab = L(allotissement=1,
            evidence=["Lot n° 2 : Vitrerie et remise en état estivale"])
    return D("d32_ae_lot02_vitrerie_sivos.docx", "AE", "SIVOS des Trois Rivières – SIVOS-2026-03 – Lot 2",
             "AE lot 2 – Vitrerie", b, lab)


# ----------------------------------------------------------------------------- autres pièces
def d33():
    qr = [
        ("Question n° 1 (posée le 7 avril 2026)",
         "Le marché comporte-t-il une clause d'insertion ? Le dernier chantier de la commune (halle des sports, 2023) en imposait une de "
         "1 200 heures et nous souhaitons anticiper nos recrutements.",
         "Non. La présente consultation ne comporte pas de clause sociale d'insertion, compte tenu de la durée très courte des travaux "
         "(cinq semaines) et de leur caractère très spécialisé. Aucun engagement n'est demandé sur ce point."),
        ("Question n° 2",
         "Le règlement de la consultation prévoit-il un critère relatif à la gestion des déchets ou à l'environnement ?",
         "Non. Les offres sont jugées sur le prix (60 %) et la valeur technique (40 %) ; la valeur technique est appréciée au vu de la "
         "méthodologie d'intervention sur toiture amiantée, du planning et des moyens affectés, conformément à l'article 7 du RC."),
        ("Question n° 3",
         "Faut-il fournir l'attestation relative à l'obligation d'emploi des travailleurs handicapés ?",
         "Les candidats produisent, dans le DC1 ou le DUME, la déclaration sur l'honneur prévue à l'article R. 2143-3 du code de la "
         "commande publique, qui couvre notamment les obligations des articles L. 5212-1 à L. 5212-11 du code du travail. Aucune autre "
         "pièce n'est demandée à ce stade."),
        ("Question n° 4",
         "La DPGF prévoit-elle un poste pour l'évacuation et le traitement des plaques fibres-ciment amiantées ?",
         "Oui : poste 2.3 « Conditionnement, transport et élimination des déchets amiantés en ISDD, y compris BSDA ». Les quantités "
         "indiquées (environ 640 m²) sont issues du repérage avant travaux joint au DCE."),
        ("Question n° 5",
         "Le marché est-il décomposé en lots ?",
         "Non. Le désamiantage et la pose de la nouvelle couverture sont indissociables du point de vue de l'étanchéité provisoire du "
         "bâtiment ; le marché n'est pas alloti (voir l'article 2 du RC)."),
        ("Question n° 6",
         "Une visite du site est-elle possible un samedi ?",
         "Non. Les visites ont lieu les mardis 14 et 21 avril 2026 à 9 h. Une attestation de visite est remise ; la visite est facultative."),
    ]
    b = [TITLE("COMMUNE DE BOURG-SAINT-ANDÉOL-LES-VIGNES", "REGISTRE DES QUESTIONS ET RÉPONSES",
               "Désamiantage et réfection de la couverture du gymnase Pierre-de-Coubertin – MAPA n° 2026-07")]
    b.append(P("Les questions reçues sur le profil d'acheteur et les réponses apportées par le pouvoir adjudicateur sont communiquées à "
               "l'ensemble des candidats ayant retiré le dossier. Les questions sont reproduites sans modification, sous forme anonyme."))
    for t, q, r in qr:
        b += [H(t), P("Question : " + q), P("Réponse : " + r)]
    b.append(P("Registre arrêté le 24 avril 2026. Date limite de remise des offres inchangée : 5 mai 2026 à 12 h."))
    lab = L(allotissement=0, evidence=["le marché n'est pas alloti"])
    return D("d33_qr_gymnase.pdf", "QR", "Commune de Bourg-Saint-Andéol-les-Vignes – MAPA 2026-07",
             "Registre des questions-réponses", b, lab)


def d34():
    b = [
        TITLE("DÉPARTEMENT DES HAUTES-BARONNIES", "CADRE DE RÉPONSE – MÉMOIRE TECHNIQUE",
              "Fauchage et débroussaillage des accotements des routes départementales – Accord-cadre 2026-ROUTES-05 – 3 lots"),
        P("Le présent cadre est obligatoire. Il est complété pour chaque lot auquel le candidat soumissionne. Les réponses ne renvoyant qu'à "
          "des plaquettes commerciales ne sont pas prises en compte. Le mémoire ne dépasse pas 20 pages, annexes comprises."),
        H("Partie 1 – Moyens humains et matériels (critère n° 2 « Valeur technique », 30 points)"),
        LST(["1.1 Organigramme de l'équipe affectée, nom et expérience du chef de chantier.",
             "1.2 Liste des matériels affectés au lot (épareuses, faucheuses, tracteurs), avec année de mise en service.",
             "1.3 Organisation de la continuité des interventions en cas de panne ou d'absence."]),
        H("Partie 2 – Méthodologie (critère n° 2, suite)"),
        LST(["2.1 Phasage des campagnes de fauchage (passage de sécurité, passage d'entretien).",
             "2.2 Mesures de signalisation temporaire et de sécurité des agents, conformément à l'instruction interministérielle."]),
        H("Partie 3 – Volet environnemental (critère n° 3 « Performance environnementale », 15 points)"),
        LST(["3.1 Mesures de préservation de la biodiversité des accotements : hauteur de coupe (au moins 10 cm), respect des zones à "
             "enjeux signalées par le Département (orchidées, stations d'espèces protégées), période d'intervention.",
             "3.2 Mesures contre la dissémination des espèces exotiques envahissantes (ambroisie, renouée du Japon) : nettoyage des "
             "matériels entre les chantiers.",
             "3.3 Consommation de carburant prévisionnelle par kilomètre traité et type d'huiles hydrauliques (biodégradables ou non)."]),
        H("Partie 4 – Volet social (critère n° 4 « Insertion professionnelle », 10 points)"),
        LST(["4.1 Nombre d'heures de travail que le candidat propose de confier à des personnes en difficulté d'insertion "
             "professionnelle pendant l'exécution du lot.",
             "4.2 Modalités d'accueil, d'encadrement et de formation de ces personnes (tuteur, formation à la sécurité, parcours qualifiant).",
             "4.3 Partenariats envisagés avec des structures d'insertion par l'activité économique du département."]),
        H("Partie 5 – Informations complémentaires (non notées)"),
        P("Le candidat peut présenter ici tout élément qu'il juge utile. Rappel : le critère n° 1 « Prix » compte pour 45 points ; "
          "les critères n° 2, 3 et 4 sont notés au vu du présent cadre uniquement."),
        TAB([["Critère", "Intitulé", "Points"],
             ["1", "Prix", "45"],
             ["2", "Valeur technique (parties 1 et 2)", "30"],
             ["3", "Performance environnementale (partie 3)", "15"],
             ["4", "Insertion professionnelle (partie 4)", "10"]], widths=[1, 5, 1.2], align="llr"),
        P("Nom du candidat : ........................................ Lot(s) : ........ Date : ................ Signature :"),
    ]
    lab = L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=3,
            evidence=["critère n° 4 « Insertion professionnelle », 10 points",
                      "critère n° 3 « Performance environnementale », 15 points",
                      "Accord-cadre 2026-ROUTES-05 – 3 lots"])
    return D("d34_cadre_memoire_fauchage.docx", "CADRE", "Département des Hautes-Baronnies – 2026-ROUTES-05",
             "Cadre de mémoire technique", b, lab)


def d35():
    rows = [["N°", "Désignation des ouvrages", "U", "Qté", "P.U. HT", "Total HT"],
            ["4.1", "INSTALLATION DE CHANTIER", "", "", "", ""],
            ["4.1.1", "Installation, repli, protections des ouvrages existants", "ens", "1", "", ""],
            ["4.1.2", "Évacuation des déchets du lot en installation agréée, y compris tri et bons de dépôt", "ens", "1", "", ""],
            ["4.2", "PRODUCTION D'EAU CHAUDE SANITAIRE", "", "", "", ""],
            ["4.2.1", "Ballon thermodynamique 270 l sur air extrait, y compris raccordements", "u", "2", "", ""],
            ["4.2.2", "Mitigeur thermostatique centralisé DN 25 et bouclage", "ens", "1", "", ""],
            ["4.3", "DISTRIBUTION EAU FROIDE – EAU CHAUDE", "", "", "", ""],
            ["4.3.1", "Tube multicouche DN 16 à DN 26 sous fourreau, y compris insertion des fourreaux en traversée de dalle", "ml", "186", "", ""],
            ["4.3.2", "Calorifuge des réseaux ECS classe 3, épaisseur 19 mm", "ml", "94", "", ""],
            ["4.3.3", "Vannes d'isolement par local, manchettes de dilatation", "u", "14", "", ""],
            ["4.4", "ÉVACUATIONS", "", "", "", ""],
            ["4.4.1", "Chutes et collecteurs PVC acoustique DN 100, y compris colliers isophoniques", "ml", "72", "", ""],
            ["4.4.2", "Ventilation primaire et clapets équilibreurs", "u", "6", "", ""],
            ["4.5", "APPAREILS SANITAIRES", "", "", "", ""],
            ["4.5.1", "WC suspendu, bâti-support, plaque de commande double débit 3/6 l", "u", "11", "", ""],
            ["4.5.2", "WC PMR rehaussé avec barre de relevage et lave-mains PMR", "u", "3", "", ""],
            ["4.5.3", "Lavabo céramique 60 cm, robinet temporisé", "u", "9", "", ""],
            ["4.5.4", "Douche de plain-pied PMR avec siège rabattable", "u", "2", "", ""],
            ["4.5.5", "Évier inox deux bacs, office du personnel", "u", "1", "", ""],
            ["4.6", "ESSAIS ET DOE", "", "", "", ""],
            ["4.6.1", "Essais d'étanchéité, désinfection des réseaux, analyses de potabilité", "ens", "1", "", ""],
            ["4.6.2", "Dossier des ouvrages exécutés (3 exemplaires + format numérique)", "ens", "1", "", ""],
            ["", "TOTAL HT DU LOT 04", "", "", "", ""],
            ["", "TVA 20 %", "", "", "", ""],
            ["", "TOTAL TTC DU LOT 04", "", "", "", ""]]
    b = [
        TITLE("CENTRE COMMUNAL D'ACTION SOCIALE DE VILLEFRANCHE-D'OLT",
              "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE (DPGF)",
              "Restructuration du foyer-logement « Les Genêts » – Lot n° 04 : Plomberie – Sanitaires"),
        P("La présente DPGF est fournie à titre indicatif ; les quantités sont celles de l'avant-projet. L'entreprise les vérifie et les "
          "complète sous sa responsabilité : le prix global et forfaitaire porté à l'acte d'engagement prévaut en cas de discordance."),
        P("Les prix comprennent toutes sujétions de mise en œuvre en site occupé (foyer ouvert pendant les travaux), notamment les "
          "coupures d'eau programmées hors des heures de repas et de toilette des résidents."),
        RTAB(rows, widths=[0.7, 4.6, 0.5, 0.6, 0.9, 1.0], align="llrrrr"),
        P("Cachet et signature de l'entreprise : ........................................ Date : ................"),
    ]
    lab = L(allotissement=1, evidence=["Lot n° 04 : Plomberie – Sanitaires"])
    return D("d35_dpgf_lot04_plomberie.pdf", "DPGF", "CCAS de Villefranche-d'Olt – Foyer-logement Les Genêts – Lot 04",
             "DPGF lot 04 – Plomberie – Sanitaires", b, lab)


def d36():
    b = [
        TITLE("OPH VALLÉE DE LA BRUCHE HABITAT", "RAPPORT D'ANALYSE DES OFFRES",
              "Réhabilitation thermique de la résidence Les Vosges (48 logements) – Lot 2 : Menuiseries extérieures PVC"),
        H("1. Rappel de la procédure"),
        P("Procédure adaptée ouverte, avis publié au BOAMP le 12 janvier 2026 et sur le profil d'acheteur. Date limite de remise des "
          "offres : 13 février 2026. Quatre plis ont été reçus dans les délais pour le lot 2 ; aucun pli hors délai."),
        H("2. Critères de jugement (article 8 du RC)"),
        TAB([["Critère", "Pondération"],
             ["Prix des prestations", "60 %"],
             ["Valeur technique (fiches techniques des menuiseries, méthodologie en site occupé, planning)", "30 %"],
             ["Insertion professionnelle : nombre d'heures de travail proposées pour des personnes en insertion, tutorat et formation", "10 %"]],
            widths=[5, 1.3], align="lr"),
        H("3. Analyse des candidatures"),
        P("Les quatre candidats ont produit les pièces demandées. Les capacités de l'entreprise MENUISERIES ALSACE-INSERTION ont été "
          "vérifiées au vu de ses références en logement social. Toutes les candidatures sont admises."),
        H("4. Notation"),
        TAB([["Candidat", "Offre HT", "Prix /60", "Valeur technique /30", "Insertion /10", "Total /100", "Rang"],
             ["MENUISERIES ALSACE-INSERTION", "251 480,00", "57,9", "24,0", "8,0", "89,9", "1"],
             ["FENÊTRES DU RIED SARL", "242 730,00", "60,0", "21,0", "5,0", "86,0", "2"],
             ["ATELIERS HAHN ET FILS", "279 900,00", "52,0", "25,5", "6,0", "83,5", "3"],
             ["PROFIL'EST SAS", "266 115,00", "54,7", "18,0", "2,0", "74,7", "4"]],
            widths=[2.8, 1.2, 0.9, 1.2, 1, 1, 0.7], align="lrrrrrr"),
        P("Critère insertion : le candidat classé premier propose 450 heures de travail confiées à des personnes en insertion, "
          "avec un tuteur identifié et une formation à la pose (titre professionnel de menuisier poseur) ; le candidat FENÊTRES DU RIED "
          "propose 180 heures et renvoie à une association intermédiaire sans précision sur l'accompagnement."),
        H("5. Proposition"),
        P("Il est proposé d'attribuer le lot 2 à l'entreprise MENUISERIES ALSACE-INSERTION pour un montant de 251 480,00 € HT, offre "
          "économiquement la plus avantageuse, et d'en informer les candidats non retenus conformément à l'article R. 2181-1 du code."),
        P("Fait à Schirmeck-la-Vallée, le 2 mars 2026. Le responsable du service marchés – Vu et approuvé par la Directrice générale."),
    ]
    lab = L(critere_social=1, allotissement=1,
            evidence=["Insertion professionnelle : nombre d'heures de travail proposées pour des personnes en insertion",
                      "Lot 2 : Menuiseries extérieures PVC"])
    return D("d36_rapport_analyse_menuiseries.docx", "AUTRE", "OPH Vallée de la Bruche Habitat – RAO lot 2",
             "Rapport d'analyse des offres – lot 2", b, lab)


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18,
        d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31, d32, d33, d34, d35, d36]


# ============================================================================= construction et contrôles
import hashlib


def ws(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts), None
    if ext == "xml":
        from lxml import etree
        root = etree.parse(path).getroot()       # lève une erreur si le XML est mal formé
        return " ".join(root.itertext()), None
    with open(path, encoding="utf-8") as fh:
        return fh.read(), None


def build_one(doc):
    path = os.path.join(OUT, doc["file"])
    ext = doc["file"].rsplit(".", 1)[1]
    if ext == "xml":
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(doc["xml"])
        return path
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in number_articles(doc["blocks"])]
    if pdf:
        build_pdf(path, _conv_str(doc["header"], True), _conv_str(doc["footer"], True), blocks,
                  hyphen=doc["hyphen"], title=doc["header"], cols=doc["cols"])
    elif ext == "docx":
        build_docx(path, doc["header"], doc["footer"], blocks)
    else:
        build_txt(path, blocks)
    return path


def build_all():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    docs = [f() for f in DOCS]
    md5 = {}
    for doc in docs:
        p = build_one(doc)
        with open(p, "rb") as fh:
            md5[doc["file"]] = hashlib.md5(fh.read()).hexdigest()
    return docs, md5


CATS = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
        "clause_environnementale", "critere_environnemental")


def main():
    docs, md5a = build_all()
    docs, md5b = build_all()
    problems = []
    if md5a != md5b:
        problems.append("construction non déterministe : %s" % [k for k in md5a if md5a[k] != md5b.get(k)])
    rows = []
    kinds, pages = {}, {}
    for doc in docs:
        f = doc["file"]
        path = os.path.join(OUT, f)
        ext = f.rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        text, n = extract(path)
        if n is not None:
            pages[n] = pages.get(n, 0) + 1
            if not 1 <= n <= 5:
                problems.append("%s : %d pages" % (f, n))
        flat = ws(text)
        lab = doc["label"]
        for q in lab["evidence"]:
            if q.startswith("["):            # remarque de l'annotateur (calcul), pas une citation
                continue
            if ws(norm(q)) not in flat:
                problems.append("%s : citation absente du texte extrait : %r" % (f, q))
        ev = " | ".join(ws(norm(q)) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : evidence trop longue (%d)" % (f, len(ev)))
        if doc["doc_type"] not in _DOC_TYPES:
            problems.append("%s : doc_type %s" % (f, doc["doc_type"]))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % f)
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % f)
        if lab["heures_insertion"] and lab["clause_insertion"] != 1:
            problems.append("%s : heures sans clause_insertion" % f)
        if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % f)
        if lab["nb_lots"] and lab["allotissement"] != 1:
            problems.append("%s : nb_lots sans allotissement" % f)
        row = {"path": f, "doc_type": doc["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print("%d documents (%s) ; pages des PDF : %s" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
                                                     ", ".join("%d p. × %d" % kv for kv in sorted(pages.items()))))
    print("positifs : " + ", ".join("%s %d" % (c, sum(r[c] == "1" for r in rows)) for c in CATS)
          + " ; documents sans aucun positif : %d" % sum(all(r[c] != "1" for c in CATS) for r in rows))
    print("md5 identiques sur deux constructions : %s" % (md5a == md5b))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
