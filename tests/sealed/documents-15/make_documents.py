#!/usr/bin/env python3
"""Construit le jeu scellé documents-15 : 36 documents entiers (PDF reportlab, DOCX python-docx,
TXT, XML TED R2.0.9 et eForms UBL) et leurs étiquettes documents/labels.csv.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure (écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure,
nombres coupés SB, césure forcée HY, aides de saisie) copiée par sed depuis
tests/data/blind_values_13/make_documents.py, lignes 27-664 ; seuls OUT et SET_NAME ont changé.
Les documents, les étiquettes, les contrôles sur le texte extrait et la double construction
(comparaison des md5) ont été écrits pour ce jeu.

Déterministe : pas d'aléa, dates figées (PDF invariant=1, entrées zip des DOCX datées 2026-01-01).
Tous les textes, acheteurs, lieux, références, SIRET et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable ; « ^ » = espace fine insécable ; BR, SB, HY : voir
plus bas. Les preuves commençant par « [ » sont des remarques de l'annotateur (calcul), pas des
citations.

Usage : /work/main/.venv/bin/python tests/sealed/documents-15/make_documents.py
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
SET_NAME = "documents-15"

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
def DOC(file, doc_type, label, header="", footer="", blocks=None, raw=None, hyphen=False, cols=1):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks or [],
                raw=raw, label=label, hyphen=hyphen, cols=cols)


# ----------------------------------------------------------------------------- d01 CCAP travaux (PDF)
def d01():
    hdr = "Ville de Montrenac – Réhabilitation du groupe scolaire Ferrandon – CCAP"
    ftr = "Marché n° 2026-TX-014 – Cahier des clauses administratives particulières"
    b = [TITLE("VILLE DE MONTRENAC", "Cahier des clauses administratives particulières (C.C.A.P.)",
               "Travaux de réhabilitation et d'extension du groupe scolaire Ferrandon",
               "Procédure adaptée ouverte – articles L.~2123-1 et R.~2123-1 1° du code de la commande publique"),
         H("Article 1 – Objet du marché – Dispositions générales"),
         H2("1.1 Objet"),
         P("Les stipulations du présent C.C.A.P. concernent les travaux de réhabilitation et d'extension du groupe "
           "scolaire Ferrandon, 12 rue des Tanneurs à Montrenac (bâtiment élémentaire de 1968 et restaurant "
           "scolaire). Les travaux sont réalisés en site occupé pendant les périodes scolaires."),
         H2("1.2 Décomposition en lots"),
         P("Les travaux sont répartis en six lots traités par marchés séparés :"),
         LST(["Lot 1 – Gros œuvre, démolition, désamiantage ;", "Lot 2 – Charpente, couverture, zinguerie ;",
              "Lot 3 – Menuiseries extérieures aluminium, occultations ;",
              "Lot 4 – Plâtrerie, isolation, faux plafonds ;", "Lot 5 – Peinture, revêtements de sols souples ;",
              "Lot 6 – Électricité courants forts et courants faibles."]),
         P("Chaque lot fait l'objet d'un marché distinct conclu avec une entreprise unique ou un groupement "
           "d'entreprises. Il n'est pas prévu de tranche optionnelle."),
         H2("1.3 Maîtrise d'œuvre – Coordination SPS"),
         P("La maîtrise d'œuvre est assurée par le groupement Atelier Brunel-Kerdraon (architecte mandataire), "
           "BET Fluides Arcane et Economie Bâtiment Conseil. La coordination en matière de sécurité et de "
           "protection de la santé (niveau 2) est confiée à la société Prévencia."),
         H("Article 2 – Pièces constitutives du marché"),
         P("Les pièces constitutives du marché sont, par ordre de priorité décroissante :"),
         LST(["l'acte d'engagement (A.E.) et ses annexes ;", "le présent C.C.A.P. ;",
              "le cahier des clauses techniques particulières (C.C.T.P.) du lot concerné et ses annexes, dont le "
              "schéma d'organisation et de gestion des déchets (S.O.G.E.D.) ;",
              "la décomposition du prix global et forfaitaire (D.P.G.F.) ;",
              "le calendrier prévisionnel d'exécution ;",
              "le C.C.A.G. applicable aux marchés publics de travaux (arrêté du 30 mars 2021)."]),
         H("Article 3 – Prix – Variation des prix"),
         P("Les prix sont globaux et forfaitaires. Ils sont réputés établis sur la base des conditions économiques du "
           "mois M0, mois de remise des offres. Ils sont actualisables dans les conditions de l'article R.~2112-10 "
           "du code de la commande publique, par application de l'index BT01 ou de l'index propre au lot indiqué "
           "dans l'acte d'engagement, lorsque le commencement d'exécution intervient plus de trois mois après M0."),
         H("Article 4 – Délais d'exécution – Réunions de chantier"),
         P("Le délai global d'exécution de l'ensemble des lots est de quatorze mois, période de préparation d'un "
           "mois comprise. Les délais propres à chaque lot résultent du calendrier détaillé établi par le maître "
           "d'œuvre pendant la période de préparation."),
         P("Les réunions de chantier ont lieu chaque mardi à 9 heures. La présence des entreprises convoquées est "
           "obligatoire ; toute absence non excusée donne lieu à une pénalité forfaitaire de 150~€ HT."),
         H("Article 5 – Pénalités pour retard"),
         P("Par dérogation à l'article 19.2.1 du C.C.A.G.-Travaux, le titulaire subit, en cas de retard dans "
           "l'exécution, une pénalité journalière de 1/3~000e du montant HT de son marché. Les pénalités ne sont "
           "pas plafonnées. Le retard dans la remise des documents d'exécution est sanctionné par une pénalité de "
           "80~€ HT par jour calendaire."),
         H("Article 6 – Gestion des déchets de chantier"),
         P("En application du C.C.T.P. et du S.O.G.E.D., chaque entreprise assure le tri à la source de ses déchets "
           "en cinq flux au minimum (inertes, bois, métaux, plâtre, déchets non dangereux en mélange). Les "
           "bennes sont installées sur l'aire définie au plan d'installation de chantier. L'entreprise remet au "
           "maître d'œuvre, avec chaque situation mensuelle, les bordereaux de suivi et les justificatifs de "
           "valorisation émis par les installations de destination. Le brûlage et l'enfouissement de déchets sur "
           "le site sont interdits."),
         P("Faute de production des justificatifs, une retenue provisoire de 300~€ HT est appliquée sur la "
           "situation du mois concerné."),
         H("Article 7 – Clause sociale d'insertion"),
         H2("7.1 Principe"),
         P("En application de l'article L.~2112-2 du code de la commande publique, les lots désignés au 7.2 "
           "comportent une condition d'exécution à caractère social : le titulaire réalise une action d'insertion "
           "permettant l'accès ou le retour à l'emploi de personnes rencontrant des difficultés sociales ou "
           "professionnelles particulières."),
         H2("7.2 Volume d'heures par lot"),
         RTAB([["Lot", "Nombre minimal d'heures d'insertion"],
               ["Lot 1 – Gros œuvre, démolition, désamiantage", "980 heures"],
               ["Lot 2 – Charpente, couverture, zinguerie", "245 heures"],
               ["Lot 3 – Menuiseries extérieures aluminium", "140 heures"],
               ["Lot 4 – Plâtrerie, isolation, faux plafonds", "210 heures"],
               ["Lot 5 – Peinture, revêtements de sols souples", "néant"],
               ["Lot 6 – Électricité CFO / CFA", "175 heures"]], widths=[3, 2], align="lr"),
         H2("7.3 Publics éligibles"),
         LST(["demandeurs d'emploi de longue durée (plus de 12 mois d'inscription) ;",
              "bénéficiaires du RSA, de l'ASS ou de l'AAH ;", "jeunes de moins de 26 ans sans qualification ;",
              "travailleurs reconnus handicapés orientés en milieu ordinaire ;",
              "personnes prises en charge par une SIAE ou un GEIQ ;",
              "toute personne dont l'éligibilité est validée par le facilitateur sur avis motivé."]),
         H2("7.4 Modalités de mise en œuvre"),
         P("Le titulaire choisit librement entre l'embauche directe, la mise à disposition de salariés par une "
           "entreprise de travail temporaire d'insertion, une association intermédiaire ou un GEIQ, et la "
           "sous-traitance ou co-traitance avec une structure d'insertion par l'activité économique. Il prend "
           "contact avec le facilitateur du PLIE du Pays de Montrenac dans les quinze jours suivant la "
           "notification."),
         SPLIT("En cas de non-respect de l'engagement d'insertion, constaté à la réception du lot, et sauf cas "
               "dûment justifié auprès du maître d'ouvrage, le titulaire est redevable d'une pénalité de 50~€ HT",
               "par heure d'insertion non réalisée. Le défaut de transmission du bilan mensuel des heures au "
               "facilitateur entraîne une pénalité de 100~€ HT par bilan manquant."),
         H("Article 8 – Réception"),
         P("La réception a lieu dans les conditions de l'article 41 du C.C.A.G.-Travaux. Elle est prononcée lot par "
           "lot. Les opérations préalables à la réception comprennent la remise du dossier des ouvrages exécutés "
           "(D.O.E.) en deux exemplaires papier et un exemplaire numérique."),
         H("Article 9 – Dérogations au C.C.A.G.-Travaux"),
         P("L'article 5 déroge à l'article 19.2.1, l'article 4 déroge à l'article 19.1.1 du C.C.A.G.-Travaux.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1750, clause_environnementale=1,
            allotissement=1, nb_lots=6,
            evidence=["Les travaux sont répartis en six lots traités par marchés séparés",
                      "le titulaire réalise une action d'insertion",
                      "[heures : 980 + 245 + 140 + 210 + 175 = 1750, lot 5 néant]",
                      "chaque entreprise assure le tri à la source de ses déchets en cinq flux au minimum"])
    return DOC("d01_CCAP.pdf", "CCAP", lab, hdr, ftr, b, hyphen=True)


# ----------------------------------------------------------------------------- d02 RC nettoyage (PDF 2 col.)
def d02():
    hdr = "CC du Val de Sormonne – Consultation n° 26-SRV-02 – Règlement de la consultation"
    ftr = "RC – Nettoyage et entretien des locaux communautaires"
    b = [TITLE("Communauté de communes du Val de Sormonne", "RÈGLEMENT DE LA CONSULTATION",
               "Nettoyage et entretien des locaux communautaires",
               "Accord-cadre à bons de commande – Appel d'offres ouvert (art. R.~2161-2 à R.~2161-5 CCP)"),
         H("1. Acheteur"),
         P("Communauté de communes du Val de Sormonne, 4 place de la Halle, 08790 Sormonne-le-Bois. "
           "SIRET : 200 041 873 00016. Profil d'acheteur : https://marches.valdesormonne.fr"),
         H("2. Objet et forme de la consultation"),
         P("La consultation porte sur le nettoyage et l'entretien courant des locaux de la communauté de communes. "
           "Elle donne lieu à des accords-cadres mono-attributaires exécutés par bons de commande, sans montant "
           "minimum, conclus pour un an à compter du 1er janvier 2027 et reconductibles trois fois par période "
           "d'un an."),
         H("3. Allotissement"),
         P("La consultation est divisée en trois lots :"),
         LST(["lot 1 : nettoyage des bâtiments administratifs (siège et pôle technique) ;",
              "lot 2 : nettoyage du centre aquatique et des équipements sportifs ;",
              "lot 3 : nettoyage de la maison France services et de la médiathèque."]),
         P("Les candidats peuvent répondre à un ou plusieurs lots. Chaque lot est attribué séparément."),
         H("4. Lot réservé"),
         P("En application de l'article L.~2113-12 du code de la commande publique, le lot 3 est réservé aux "
           "entreprises adaptées et aux établissements et services d'aide par le travail, ainsi qu'aux structures "
           "équivalentes, qui emploient au moins 50~% de travailleurs handicapés."),
         H("5. Montant maximum"),
         P("Le montant maximum de l'accord-cadre est fixé, pour l'ensemble des lots et pour sa durée totale de "
           "quatre ans, à 512~000~€ HT, réparti comme suit :"),
         RTAB([["Lot", "Maximum sur 4 ans (€ HT)"], ["Lot 1", "248 000"], ["Lot 2", "192 000"],
               ["Lot 3", "72 000"]], widths=[1, 1.4], align="lr"),
         H("6. Dossier de candidature"),
         P("Chaque candidat produit : le formulaire DC1 ou une lettre de candidature équivalente ; le DC2 ou "
           "les renseignements qu'il contient ; les attestations d'assurance responsabilité civile ; une liste "
           "des principales prestations de nettoyage exécutées au cours des trois dernières années. Les "
           "candidats qui le souhaitent peuvent joindre leur certification ISO~14001 ou tout document "
           "équivalent ; ce document n'est pas exigé."),
         H("7. Contenu de l'offre"),
         P("L'offre comprend l'acte d'engagement, le bordereau des prix unitaires, le détail quantitatif estimatif "
           "(non contractuel) et un mémoire technique de douze pages au plus, présentant l'organisation, les "
           "moyens affectés, le dispositif de contrôle qualité et les produits et matériels utilisés (fiches "
           "techniques jointes)."),
         H("8. Jugement des offres"),
         P("Les offres sont jugées lot par lot selon les critères pondérés suivants :"),
         RTAB([["Critère", "Pondération"], ["1. Prix des prestations (DQE)", "40 %"],
               ["2. Valeur technique", "50 %"], ["2.1 Organisation et moyens humains", "25 %"],
               ["2.2 Dispositif de contrôle qualité", "15 %"],
               ["2.3 Démarche environnementale : produits et matériels utilisés, dosage, gestion des déchets",
                "10 %"],
               ["3. Délai d'intervention en cas d'urgence", "10 %"]], widths=[3, 1.1], align="lr"),
         P("Le prix est noté selon la formule : note = 40 × (offre la moins-disante / offre examinée). La valeur "
           "technique est notée au vu du mémoire technique."),
         H("9. Visite et questions"),
         P("Une visite des locaux est conseillée ; elle est organisée sur rendez-vous auprès des services "
           "techniques. Les questions sont posées par le profil d'acheteur au plus tard dix jours avant la date "
           "limite de remise des offres."),
         H("10. Date limite"),
         P("Les offres sont remises par voie électronique avant le 16 octobre 2026 à 12 h 00.")]
    lab = L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=3,
            montant_max_ht=512000,
            evidence=["La consultation est divisée en trois lots",
                      "En application de l'article L. 2113-12 du code de la commande publique, le lot 3 est réservé",
                      "quatre ans, à 512 000 € HT",
                      "2.3 Démarche environnementale : produits et matériels utilisés, dosage, gestion des déchets"])
    return DOC("d02_RC.pdf", "RC", lab, hdr, ftr, b, cols=2)


# ----------------------------------------------------------------------------- d03 RC mobilier (PDF) – pièges
def d03():
    hdr = "SIVOS des Trois-Fontaines – Mobilier scolaire – Règlement de consultation"
    ftr = "MAPA 2026-03 – RC"
    b = [TITLE("SIVOS DES TROIS-FONTAINES", "Reglement de consultation",
               "Fourniture, livraison et installation de mobilier scolaire",
               "Marche a procedure adaptee (art. R. 2123-1 1° du CCP)"),
         H("Article 1 – Objet"),
         P("La consultation porte sur la fourniture, la livraison et l'installation de mobilier scolaire (tables "
           "réglables, chaises, armoires, bureaux d'enseignant) pour l'école élémentaire de "
           "Beaulieu-les-Fontaines, à la suite de l'extension de l'établissement (quatre classes)."),
         H("Article 2 – Allotissement"),
         P("Le marché n'est pas alloti. Conformément à l'article L.~2113-11 du CCP, la fourniture et "
           "l'installation doivent être réalisées en une seule intervention coordonnée pendant les congés d'été, "
           "ce qu'une dévolution en lots séparés rendrait techniquement difficile."),
         H("Article 3 – Montant estimé et durée"),
         P("Le montant estimé des prestations est de 85~000~€ HT. Le marché est conclu pour une durée de "
           "quatre mois à compter de sa notification ; la livraison intervient au plus tard le 21 août 2026."),
         H("Article 4 – Candidature"),
         P("Le candidat produit les pièces suivantes :"),
         LST(["lettre de candidature (DC1 ou équivalent) ;",
              "déclaration sur l'honneur attestant qu'il n'entre dans aucun des cas d'exclusion des articles "
              "L.~2141-1 à L.~2141-5 du CCP et qu'il est en règle au regard des articles L.~5212-1 à L.~5212-11 du "
              "code du travail concernant l'emploi des travailleurs handicapés ;",
              "chiffre d'affaires global des trois derniers exercices ;",
              "liste de trois références de fournitures similaires ;",
              "le cas échéant, certificat ISO~14001 ou toute preuve équivalente de mesures de gestion "
              "environnementale."]),
         H("Article 5 – Contenu de l'offre"),
         P("L'offre comprend : l'acte d'engagement complété ; le bordereau des prix ; un mémoire technique "
           "présentant les produits proposés (fiches techniques, photographies), les délais de livraison et "
           "d'installation, la garantie et le service après-vente. Le candidat peut indiquer les labels dont "
           "disposent les produits (NF Education, NF Environnement, FSC, PEFC) : ces informations sont demandées "
           "à titre indicatif et ne sont pas notées."),
         H("Article 6 – Jugement des offres"),
         P("L'offre économiquement la plus avantageuse est appréciée selon les critères suivants :"),
         RTAB([["Critère", "Pondération"], ["Prix", "60 %"], ["Valeur technique", "40 %"],
               ["dont qualité, robustesse et ergonomie du mobilier", "25 %"],
               ["dont délai de livraison et d'installation", "10 %"],
               ["dont garantie et service après-vente", "5 %"]], widths=[3, 1], align="lr"),
         P("Le pouvoir adjudicateur se réserve la possibilité de négocier avec les trois candidats les mieux "
           "classés. Les variantes ne sont pas autorisées."),
         H("Article 7 – Remise des offres"),
         P("Les plis sont transmis sur le profil d'acheteur avant le 11 mai 2026, 12 heures. Renseignements "
           "administratifs : secrétariat du SIVOS, mairie de Beaulieu-les-Fontaines, tél. 03 44 00 12 57.")]
    lab = L(allotissement=0, montant_estime_ht=85000,
            evidence=["Le marché n'est pas alloti", "Le montant estimé des prestations est de 85 000 € HT"])
    return DOC("d03_RC.pdf", "RC", lab, hdr, ftr, b, hyphen=True)


# ----------------------------------------------------------------------------- d04 CCP MAPA espaces verts (DOCX)
def d04():
    hdr = "Commune de Saint-Aubin-des-Ormeaux – Entretien des espaces verts – CCP"
    ftr = "Consultation EV-2026 – Cahier des clauses particulières"
    b = [TITLE("Commune de Saint-Aubin-des-Ormeaux",
               "Cahier des clauses particulières (CCP) valant CCAP et CCTP",
               "Entretien des espaces verts et des cimetières communaux",
               "Marché public de services passé selon une procédure adaptée"),
         H("Article 1 – Objet du marché"),
         P("Le présent marché a pour objet l'entretien des espaces verts communaux : tonte, taille des haies et "
           "arbustes, désherbage manuel des allées, entretien des massifs, ramassage des feuilles et entretien "
           "des deux cimetières. L'inventaire des sites figure en annexe 1."),
         P("Le marché fait l'objet d'un lot unique."),
         H("Article 2 – Marché réservé"),
         P("En application de l'article L. 2113-13 du code de la commande publique, le présent marché est réservé "
           "aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du "
           "travail (ateliers et chantiers d'insertion, entreprises d'insertion, associations intermédiaires, "
           "entreprises de travail temporaire d'insertion) ainsi qu'aux structures équivalentes."),
         H("Article 3 – Pièces contractuelles"),
         P("Le marché est constitué par l'acte d'engagement, le présent CCP et ses annexes (inventaire des "
           "sites, calendrier d'intervention), le bordereau des prix unitaires et le CCAG-FCS approuvé par "
           "l'arrêté du 30 mars 2021."),
         H("Article 4 – Durée"),
         P("Le marché prend effet le 1er mars 2026 pour une durée d'un an. Il est reconductible tacitement trois fois "
           "par période d'un an, sans que sa durée totale puisse excéder quatre ans. La commune peut refuser la "
           "reconduction par lettre recommandée envoyée deux mois avant l'échéance."),
         H("Article 5 – Forme du marché et montants"),
         P("Le marché est un accord-cadre à bons de commande exécuté dans les conditions des articles R. 2162-13 "
           "et R. 2162-14 du code de la commande publique. Montant minimum annuel : 8 000 € HT ; montant maximum "
           "annuel : 45~000 € HT. Ces montants sont identiques pour chaque période de reconduction."),
         H("Article 6 – Prix"),
         P("Les prix sont unitaires, révisables annuellement à la date anniversaire par application de l'indice "
           "ICHT-E (services d'entretien des espaces verts). Ils comprennent la main-d'œuvre, le matériel, les "
           "fournitures et le transport."),
         H("Article 7 – Exécution des prestations"),
         P("Les interventions ont lieu du lundi au vendredi entre 7 h 30 et 17 h 00. Le calendrier prévisionnel "
           "figure en annexe 2. Toute intervention non réalisée est reportée dans la semaine suivante."),
         H("Article 8 – Encadrement"),
         P("Le titulaire désigne un encadrant technique présent sur les chantiers. Il informe la commune de tout "
           "changement de l'encadrant."),
         H("Article 9 – Prescriptions environnementales"),
         P("Conformément à la réglementation, aucun produit phytopharmaceutique n'est utilisé sur les espaces "
           "communaux. En outre, le titulaire est tenu de respecter les prescriptions suivantes pendant toute "
           "la durée du marché :"),
         [  # liste
          "les déchets verts sont broyés sur place lorsque c'est possible et le broyat est réutilisé en paillage "
          "des massifs ; le surplus est apporté à la plateforme de compostage de la Brosse ;",
          "les interventions en centre-bourg sont réalisées avec des matériels électriques à batterie (souffleurs, "
          "taille-haies, débroussailleuses) ;",
          "les huiles de chaîne utilisées sont biodégradables."],
         H("Article 10 – Facturation et paiement"),
         P("Les factures sont déposées sur Chorus Pro. Le délai global de paiement est de 30 jours."),
         H("Article 11 – Pénalités"),
         P("Pour toute prestation non exécutée dans le délai fixé par le bon de commande, une pénalité de 80 € par "
           "jour de retard est appliquée, sans mise en demeure préalable."),
         H("Article 12 – Critères de jugement des offres"),
         P("Les offres sont classées selon les critères suivants :"),
         ["Prix (BPU appliqué au détail estimatif) : 50 % ;",
          "Valeur technique (organisation, encadrement, moyens matériels) : 35 % ;",
          "Performance en matière de protection de l'environnement (matériels utilisés, gestion des déchets "
          "verts) : 15 %."],
         H("Article 13 – Litiges"),
         P("Le tribunal administratif de Nantes est compétent.")]
    # les listes écrites en [..] deviennent des blocs LST
    b = [LST(x) if isinstance(x, list) else x for x in b]
    lab = L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, critere_environnemental=1,
            allotissement=0, montant_max_ht=180000,
            evidence=["réservé aux structures d'insertion par l'activité économique",
                      "le broyat est réutilisé en paillage",
                      "Performance en matière de protection de l'environnement",
                      "lot unique", "montant maximum annuel : 45 000 € HT",
                      "reconductible tacitement trois fois", "[45 000 × 4 = 180 000]"])
    return DOC("d04_CCAP.docx", "CCAP", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d05 AE lot travaux (DOCX)
def d05():
    hdr = "Vals de Brienne Habitat – Résidence Les Courtils – Acte d'engagement lot 03"
    ftr = "Opération 2026-RH-05 – AE"
    b = [TITLE("OFFICE PUBLIC DE L'HABITAT VALS DE BRIENNE HABITAT", "ACTE D'ENGAGEMENT",
               "Réhabilitation thermique de 64 logements – Résidence Les Courtils à Brienne-sur-Vannes",
               "Lot n° 03 : Menuiseries extérieures PVC – Occultations"),
         H("A – Objet de l'acte d'engagement"),
         P("Le présent acte d'engagement concerne le lot n° 03 de l'opération visée ci-dessus. L'opération est "
           "dévolue en 8 lots séparés, traités par marchés distincts :"),
         TAB([["Lot", "Intitulé"], ["01", "Désamiantage"], ["02", "Isolation thermique par l'extérieur"],
              ["03", "Menuiseries extérieures PVC – Occultations"], ["04", "Ventilation – Chauffage"],
              ["05", "Plomberie sanitaire"], ["06", "Électricité"], ["07", "Peinture – Sols"],
              ["08", "Toiture-terrasse – Étanchéité"]]),
         P("Procédure : appel d'offres ouvert en application des articles L. 2124-2 et R. 2124-2 du code de la "
           "commande publique."),
         H("B – Engagement du titulaire"),
         P("Après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, "
           "le signataire ........................................................ "
           "agissant pour le compte de la société ........................................................ "
           "SIRET ........................ s'engage, sans réserve, à exécuter les prestations du lot 03 "
           "conformément aux conditions fixées ci-dessous."),
         H("C – Prix"),
         TAB([["", "Montant"], ["Montant de l'offre HT", "........................ €"],
              ["TVA (5,5 %)", "........................ €"], ["Montant TTC", "........................ €"]]),
         P("Montant TTC arrêté en lettres : ..................................................................."),
         H("D – Délai d'exécution"),
         P("Le délai d'exécution du lot 03 est de cinq mois, période de préparation non comprise, à compter de "
           "l'ordre de service prescrivant le démarrage des travaux du lot."),
         H("E – Engagement d'insertion"),
         P("Le titulaire s'engage à réaliser, pour l'exécution du présent lot, une action d'insertion d'au moins "
           "210 heures de travail au profit de personnes rencontrant des difficultés sociales ou professionnelles "
           "particulières, selon les modalités de l'article 8 du CCAP."),
         P("Modalité envisagée (à cocher) : [ ] embauche directe   [ ] mise à disposition (ETTI, AI, GEIQ)   "
           "[ ] sous-traitance ou co-traitance avec une SIAE"),
         H("F – Paiement"),
         P("Le maître d'ouvrage se libérera des sommes dues en faisant porter le montant au crédit du compte "
           "(joindre un RIB) : IBAN ...................................................."),
         P("Avance : le titulaire [ ] refuse [ ] ne refuse pas de percevoir l'avance prévue à l'article 5 du CCAP."),
         H("G – Signature"),
         P("Fait en un seul original, à ........................, le ........................ "
           "Signature du titulaire (signature électronique qualifiée)."),
         H("H – Acceptation de l'offre par le pouvoir adjudicateur"),
         P("Est acceptée la présente offre pour valoir acte d'engagement. "
           "À Brienne-sur-Vannes, le ........................ Le Directeur général de l'Office.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=210, allotissement=1, nb_lots=8,
            evidence=["L'opération est dévolue en 8 lots séparés",
                      "une action d'insertion d'au moins 210 heures de travail au profit de personnes rencontrant "
                      "des difficultés sociales ou professionnelles"])
    return DOC("d05_AE.docx", "AE", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d06 AE fournitures (PDF) – pièges
def d06():
    hdr = "Centre hospitalier intercommunal de Lurcy-Vérac – Direction des achats"
    ftr = "Accord-cadre 2026-CHI-031 – Acte d'engagement"
    b = [TITLE("CENTRE HOSPITALIER INTERCOMMUNAL DE LURCY-VÉRAC", "ACTE D'ENGAGEMENT",
               "Fourniture de gants à usage unique d'examen et de soins",
               "Accord-cadre mono-attributaire à bons de commande"),
         H("Article 1 – Identification de l'acheteur"),
         P("Centre hospitalier intercommunal de Lurcy-Vérac, 2 avenue du Docteur-Mazel, 03320 Lurcy-Vérac. "
           "Personne habilitée à donner les renseignements relatifs aux nantissements et cessions de créances : "
           "le directeur des achats et de la logistique. Comptable assignataire : trésorerie hospitalière de "
           "Moulins-Vérac."),
         H("Article 2 – Objet et forme de l'accord-cadre"),
         P("L'accord-cadre a pour objet la fourniture de gants à usage unique (nitrile, vinyle et latex non "
           "poudrés) pour les services de soins et le plateau technique. Il est exécuté par émission de bons de "
           "commande. Il est conclu sans montant minimum et avec un montant maximum de 150~000~€ HT pour la durée "
           "totale de l'accord-cadre."),
         P("Le présent accord-cadre n'est pas réservé au titre des articles L. 2113-12 à L. 2113-15 du code de la "
           "commande publique."),
         H("Article 3 – Engagement du candidat"),
         P("Je soussigné(e), ........................................, agissant au nom et pour le compte de "
           "........................................ (SIRET ........................), après avoir pris "
           "connaissance du CCAP, du CCTP et de leurs annexes, m'engage à livrer les fournitures demandées aux prix "
           "du bordereau des prix unitaires joint."),
         P("J'affirme sous peine de résiliation de plein droit du marché que la société pour laquelle j'interviens "
           "ne tombe pas sous le coup des interdictions de soumissionner prévues aux articles L. 2141-1 à L. 2141-11 "
           "du code de la commande publique, et qu'elle a satisfait aux obligations des articles L. 5212-1 à "
           "L. 5212-11 du code du travail relatives à l'emploi des travailleurs handicapés."),
         P("Je déclare respecter les dispositions des articles L. 8221-1 et suivants du code du travail relatives "
           "à la lutte contre le travail dissimulé et, le cas échéant, celles relatives au détachement de "
           "salariés."),
         H("Article 4 – Durée"),
         P("L'accord-cadre est conclu pour une durée de trois ans à compter de sa notification. Il n'est pas "
           "reconductible."),
         H("Article 5 – Délais de livraison"),
         P("Les livraisons interviennent dans un délai de 72 heures ouvrées à compter de la réception du bon de "
           "commande, au magasin central (quai n° 2), entre 8 heures et 15 heures."),
         H("Article 6 – Paiement"),
         RTAB([["Désignation du compte", "Renseignements"], ["Titulaire du compte", "...................."],
               ["Établissement", "...................."], ["IBAN", "...................."],
               ["BIC", "...................."]], widths=[1.2, 2]),
         P("Le délai global de paiement est de 50 jours (article R. 2192-11 du code de la commande publique)."),
         H("Article 7 – Signatures"),
         P("Le candidat : à ................, le ................   "
           "L'acheteur : à Lurcy-Vérac, le ................ Le directeur, par délégation.")]
    lab = L(montant_max_ht=150000,
            evidence=["un montant maximum de 150 000 € HT pour la durée totale de l'accord-cadre"])
    return DOC("d06_AE.pdf", "AE", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d07 CCTP nettoyage lot 1 (PDF)
def d07():
    hdr = "Agglomération Coteaux-et-Lisière – CCTP Lot 1 Nettoyage des bâtiments administratifs"
    ftr = "Réf. 2026-NET-11 – Lot 1 – CCTP"
    b = [TITLE("COMMUNAUTÉ D'AGGLOMÉRATION COTEAUX-ET-LISIÈRE",
               "Cahier des clauses techniques particulières",
               "Prestations de nettoyage – Lot n° 1 : bâtiments administratifs"),
         H("Article 1 – Objet du CCTP"),
         P("Le présent cahier définit les prestations de nettoyage des bâtiments administratifs relevant du lot "
           "n° 1 de la consultation : hôtel communautaire, centre technique et maison des services publics."),
         H("Article 2 – Description des locaux"),
         RTAB([["Site", "Surface (m²)", "Occupation", "Fréquence"],
               ["Hôtel communautaire, 1 rue Vauban", "3 420", "180 agents", "5 passages / semaine"],
               ["Centre technique communautaire", "1 150", "45 agents", "3 passages / semaine"],
               ["Maison des services publics", "640", "accueil du public", "5 passages / semaine"]],
              widths=[2.4, 1, 1.3, 1.6], align="lrll"),
         H("Article 3 – Horaires d'intervention"),
         P("Les prestations sont réalisées en dehors des heures d'ouverture des services, du lundi au vendredi "
           "entre 6 heures et 8 h 30 ou entre 18 heures et 20 h 30. Les agents du titulaire veillent à ne pas "
           "perturber l'environnement de travail des agents présents."),
         H("Article 4 – Consistance des prestations"),
         P("Les prestations quotidiennes comprennent le vidage des corbeilles, le dépoussiérage des surfaces "
           "dégagées, l'aspiration des sols textiles, le lavage des sols durs et le nettoyage complet des "
           "sanitaires avec réapprovisionnement des consommables. Les prestations périodiques (vitrerie, "
           "décapage et remise en cire, shampooing des moquettes) sont réalisées selon le planning de l'annexe 2."),
         H("Article 5 – Personnel"),
         P("Le personnel est formé aux techniques de nettoyage et aux règles d'hygiène et de sécurité. Il porte "
           "une tenue identifiant l'entreprise et un badge nominatif. Le titulaire remplace sans délai le "
           "personnel absent."),
         H("Article 6 – Produits et matériels"),
         P("Les produits d'entretien utilisés sont titulaires de l'Écolabel européen ou d'un label équivalent, à "
           "l'exception des désinfectants pour les sanitaires, pour lesquels le titulaire justifie de l'absence "
           "de substances classées CMR. Le titulaire utilise des centrales de dilution ou des doseurs afin de "
           "limiter les quantités consommées. Les lingettes à usage unique sont proscrites au profit de franges et "
           "chiffonnettes en microfibre lavables. Les fiches techniques et fiches de données de sécurité sont "
           "remises avant le démarrage des prestations et à chaque changement de produit."),
         H("Article 7 – Déchets"),
         P("Le titulaire vide les corbeilles en respectant le tri mis en place par la collectivité (papiers, "
           "emballages, biodéchets, ordures résiduelles) et dépose chaque flux dans le conteneur correspondant. "
           "Il est interdit de regrouper des flux triés dans un même sac."),
         H("Article 8 – Contrôle de la qualité"),
         P("Un contrôle contradictoire est réalisé chaque mois par sondage selon la grille de l'annexe 3. Une note "
           "inférieure à 80 sur 100 donne lieu à une remise en état sous 24 heures et à l'application de la "
           "réfaction prévue au CCAP."),
         H("Article 9 – Cahier de liaison"),
         P("Un cahier de liaison, tenu à jour par le chef d'équipe, est déposé dans chaque bâtiment. Les "
           "demandes ponctuelles et les observations des services y sont consignées.")]
    lab = L(clause_environnementale=1, allotissement=1,
            evidence=["Lot n° 1 : bâtiments administratifs",
                      "Les produits d'entretien utilisés sont titulaires de l'Écolabel européen ou d'un label "
                      "équivalent",
                      "Les lingettes à usage unique sont proscrites"])
    return DOC("d07_CCTP.pdf", "CCTP", lab, hdr, ftr, b, hyphen=True)


# ----------------------------------------------------------------------------- d08 CCTP TMA progiciel (DOCX) – pièges
def d08():
    hdr = "Département de la Haute-Sorlaine – DSI – CCTP TMA progiciel Solidarités"
    ftr = "Marché 2026-DSI-07 – CCTP"
    b = [TITLE("DÉPARTEMENT DE LA HAUTE-SORLAINE – Direction des systèmes d'information",
               "CCTP – Tierce maintenance applicative",
               "Progiciel de gestion des aides sociales et de l'insertion (module RSA, APA, PCH)"),
         H("1. Contexte"),
         P("Le Département utilise depuis 2019 un progiciel de gestion des prestations sociales comprenant les "
           "modules RSA, Insertion (suivi des contrats d'engagement réciproque et des parcours), APA et PCH. "
           "Environ 420 agents l'utilisent quotidiennement."),
         H("2. Objet"),
         P("Le marché porte sur la tierce maintenance applicative (TMA) corrective, évolutive et réglementaire du "
           "progiciel, l'assistance aux administrateurs fonctionnels et la gestion des montées de version."),
         H("3. Environnement technique"),
         P("Le progiciel fonctionne sur trois environnements : un environnement de recette, un environnement de "
           "pré-production et un environnement de production. Serveurs Linux virtualisés, base PostgreSQL 15, "
           "serveur d'applications Tomcat, authentification via l'annuaire LDAP départemental."),
         P("Les traitements par lots (batchs) nocturnes assurent l'insertion des flux CAF et France Travail dans "
           "la base et la génération des mandats de paiement. Leur durée ne doit pas dépasser 3 heures."),
         H("4. Niveaux de service"),
         TAB([["Criticité", "Délai de prise en compte", "Délai de rétablissement"],
              ["Bloquante", "1 heure ouvrée", "4 heures ouvrées"],
              ["Majeure", "4 heures ouvrées", "2 jours ouvrés"],
              ["Mineure", "1 jour ouvré", "prochaine version"]]),
         P("Les heures ouvrées s'entendent du lundi au vendredi de 8 h 30 à 18 h 00, hors jours fériés."),
         H("5. Maintenance évolutive"),
         P("Les évolutions sont commandées par unités d'œuvre (jour-homme) selon le bordereau de prix. Toute "
           "évolution est livrée d'abord en environnement de recette, accompagnée d'un cahier de tests et d'une note "
           "de livraison ; la mise en production n'intervient qu'après validation du Département."),
         H("6. Maintenance réglementaire"),
         P("Le titulaire intègre sans surcoût les évolutions rendues nécessaires par les textes législatifs et "
           "réglementaires (revalorisations, réforme du RSA, nouveaux formulaires Cerfa)."),
         H("7. Réversibilité"),
         P("En fin de marché, le titulaire assure la réversibilité au profit du Département ou du nouveau "
           "prestataire : transfert de connaissances, fourniture des scripts et de la documentation, assistance "
           "pendant trois mois."),
         H("8. Sécurité et données personnelles"),
         P("Le titulaire agit en qualité de sous-traitant au sens du RGPD. Il respecte la politique de sécurité "
           "des systèmes d'information du Département et ne réalise aucune extraction de données de production "
           "hors de l'environnement départemental.")]
    lab = L()
    return DOC("d08_CCTP.docx", "CCTP", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d09 BPU produits d'entretien (PDF)
def d09():
    hdr = "Ville de Pradelles-sur-Vionne – Consultation 2026-FO-04 – BPU lot 2"
    ftr = "Bordereau des prix unitaires – Lot 2"
    rows = [["N°", "Désignation", "Unité", "PU HT (€)", "PU TTC (€)"],
            ["2.01", "Détergent multi-usages concentré, bidon de 5 L", "bidon", "", ""],
            ["2.02", "Détartrant sanitaires, flacon de 1 L avec pulvérisateur", "flacon", "", ""],
            ["2.03", "Produit vaisselle main, bidon de 5 L", "bidon", "", ""],
            ["2.04", "Savon liquide pour distributeur, cartouche de 1 L", "cartouche", "", ""],
            ["2.05", "Essuie-mains papier pliage en Z, colis de 3 750 formats", "colis", "", ""],
            ["2.06", "Papier toilette rouleau 200 formats, colis de 96", "colis", "", ""],
            ["2.07", "Sacs poubelle 50 L, rouleau de 20", "rouleau", "", ""],
            ["2.08", "Sacs poubelle 110 L renforcés, rouleau de 25", "rouleau", "", ""],
            ["2.09", "Frange microfibre 40 cm", "unité", "", ""],
            ["2.10", "Gants de ménage taille M", "paire", "", ""],
            ["2.11", "Distributeur d'essuie-mains (prêt, y compris pose)", "unité", "", ""],
            ["2.12", "Heure de main-d'œuvre pour pose de distributeurs hors forfait", "heure", "", ""],
            ["2.13", "Livraison urgente sous 24 heures (forfait)", "forfait", "", ""]]
    b = [TITLE("VILLE DE PRADELLES-SUR-VIONNE", "BORDEREAU DES PRIX UNITAIRES",
               "Lot 2 : Fourniture de produits d'entretien et d'hygiène"),
         P("Les prix sont exprimés en euros, hors taxes et toutes taxes comprises, livraison franco au centre "
           "technique municipal (rue des Acacias). Ils comprennent l'emballage, le transport et le déchargement."),
         RTAB(rows, widths=[0.6, 4, 1, 1, 1], align="llcrr".replace("c", "l")),
         P("Les quantités annuelles indicatives figurent au détail quantitatif estimatif, qui n'a pas de valeur "
           "contractuelle."),
         P("Cachet et signature du candidat :")]
    lab = L(allotissement=1, evidence=["Lot 2 : Fourniture de produits d'entretien et d'hygiène"])
    return DOC("d09_BPU.pdf", "BPU", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d10 DPGF plâtrerie (DOCX)
def d10():
    hdr = "Commune de Plouzévédec – Maison de santé pluriprofessionnelle – DPGF Lot 05"
    ftr = "DCE MSP Plouzévédec – Lot 05 Plâtrerie"
    rows = [["Réf.", "Désignation", "U", "Qté", "PU HT", "Total HT"],
            ["5.1", "Installation de chantier propre au lot, protections", "ens", "1", "", ""],
            ["5.2", "Cloisons de distribution 72/48, 1 plaque BA13 par face, isolant 45 mm", "m²", "412", "", ""],
            ["5.3", "Cloisons 98/48 hydrofuge (locaux humides)", "m²", "86", "", ""],
            ["5.4", "Doublage thermo-acoustique PSE graphité 100 + 10, R = 3,15", "m²", "538", "", ""],
            ["5.5", "Plafond plaque BA13 sur ossature, isolant laine de verre 300 mm", "m²", "604", "", ""],
            ["5.6", "Faux plafond démontable 600 × 600, dalles acoustiques", "m²", "265", "", ""],
            ["5.7", "Trappes de visite 600 × 600", "u", "9", "", ""],
            ["5.8", "Bandes, enduits et finition des joints", "m²", "1 640", "", ""],
            ["5.9", "Nettoyage, évacuation des gravats du lot vers la benne commune", "ens", "1", "", ""],
            ["", "TOTAL HT", "", "", "", ""], ["", "TVA 20 %", "", "", "", ""], ["", "TOTAL TTC", "", "", "", ""]]
    b = [TITLE("COMMUNE DE PLOUZÉVÉDEC", "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
               "Construction d'une maison de santé pluriprofessionnelle – Lot 05 : Plâtrerie, doublages, "
               "faux plafonds"),
         P("Les quantités sont données à titre indicatif. L'entreprise est tenue de les vérifier et de les "
           "compléter si nécessaire ; le prix global et forfaitaire s'entend pour l'exécution complète des "
           "ouvrages décrits au CCTP du lot 05."),
         TAB(rows),
         P("Fait à ........................, le ........................ Cachet et signature de l'entreprise.")]
    lab = L(allotissement=1, evidence=["Lot 05 : Plâtrerie, doublages, faux plafonds"])
    return DOC("d10_DPGF.docx", "DPGF", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d11 avis BOAMP travaux (TXT)
D11 = """AVIS D'APPEL PUBLIC A LA CONCURRENCE
Departement(s) de publication : 62
Annonce No 26-118457

SECTION 1 : IDENTIFICATION DE L'ACHETEUR
Nom complet de l'acheteur : Communauté urbaine de Brévannes-Métropole
Type de Numéro national d'identification : SIRET
N° National d'identification : 24620054800027
Ville : Brévannes
Code Postal : 62340
Groupement de commandes : Non
Département(s) de publication : 62

SECTION 2 : COMMUNICATION
Lien direct aux documents de la consultation : https://marchespublics.brevannes-metropole.fr/consultation/26T0412
Identifiant interne de la consultation : 26T0412
Intégralité des documents sur le profil d'acheteur : Oui
Utilisation de moyens de communication non communément disponibles : Non
Nom du contact : Direction de la commande publique - Tél : +33 321000412

SECTION 3 : PROCEDURE
Type de procédure : Procédure adaptée ouverte
Conditions de participation :
Aptitude à exercer l'activité professionnelle : inscription au registre du commerce ou au répertoire des métiers.
Capacité économique et financière : chiffre d'affaires des trois derniers exercices disponibles.
Capacités techniques et professionnelles : références de travaux de même nature datant de moins de cinq ans, certificats de qualification FNTP ou équivalents.
Technique d'achat : Sans objet
Date et heure limite de réception des plis : 14/09/26 à 12h00
Présentation des offres par catalogue électronique : Interdite
Réduction du nombre de candidats : Non
Possibilité d'attribution sans négociation : Oui
L'acheteur exige la présentation de variantes : Non
Critères d'attribution :
Prix : 50 %
Valeur technique : 40 %
Performances en matière d'insertion professionnelle des publics en difficulté : 10 %

SECTION 4 : IDENTIFICATION DU MARCHE
Intitulé du marché : Requalification de l'avenue Jean-Moulin et de ses abords
Code CPV principal
Descripteur principal : 45233140
Type de marché : Travaux
Description succincte du marché : Travaux de requalification de voirie (chaussée, trottoirs, plateaux surélevés), réseaux d'eaux pluviales, éclairage public et signalisation lumineuse tricolore sur 900 m.
Lieu principal d'exécution du marché : avenue Jean-Moulin, 62340 Brévannes
Durée du marché (en mois) : 10
Valeur estimée (H.T.) : 1~250~000 euros
La consultation comporte des tranches : Non
La consultation prévoit une réservation de tout ou partie du marché : Non
Marché alloti : Oui

SECTION 5 : LOTS
OBJET : Voirie, terrassements, réseaux
Description du lot : Démolitions, terrassements, assainissement pluvial, structures de chaussée, enrobés, bordures et pavés.
Code CPV principal - Descripteur principal : 45233140
Lieu principal d'exécution du lot : Brévannes
Valeur estimée du lot (H.T.) : 980~000 euros
Durée du lot (en mois) : 10
Lot N° 1

OBJET : Eclairage public et signalisation lumineuse
Description du lot : Dépose des candélabres existants, fourniture et pose de mâts et luminaires, remplacement des contrôleurs de carrefour.
Code CPV principal - Descripteur principal : 45316110
Lieu principal d'exécution du lot : Brévannes
Valeur estimée du lot (H.T.) : 270~000 euros
Durée du lot (en mois) : 6
Lot N° 2

SECTION 6 : INFORMATIONS COMPLEMENTAIRES
Visite obligatoire : Non
Autres informations complémentaires :
Conditions particulières d'exécution : les deux lots comportent une clause obligatoire d'insertion professionnelle au bénéfice de personnes éloignées de l'emploi : lot 1 : 1 200 heures ; lot 2 : 300 heures, soit 1 500 heures au total. Le facilitateur de la Maison de l'emploi de Brévannes accompagne les titulaires.
Les candidats peuvent présenter une offre pour un ou pour les deux lots.
Date d'envoi du présent avis : 10/08/26
"""


def d11():
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, critere_social=1, allotissement=1,
            nb_lots=2, montant_estime_ht=1250000,
            evidence=["Performances en matière d'insertion professionnelle des publics en difficulté : 10 %",
                      "clause obligatoire d'insertion professionnelle",
                      "soit 1 500 heures au total", "Marché alloti : Oui", "Lot N° 2",
                      "Valeur estimée (H.T.) : 1 250 000 euros"])
    return DOC("d11_AVIS.txt", "AVIS", lab, raw=D11)


# ----------------------------------------------------------------------------- d12 avis BOAMP services d'insertion (TXT) – pièges
D12 = """AVIS DE MARCHE – SERVICES SOCIAUX ET AUTRES SERVICES SPECIFIQUES
Annonce No 26-097310

SECTION 1 : IDENTIFICATION DE L'ACHETEUR
Nom complet de l'acheteur : Département du Val-d'Argence
N° National d'identification : 22410001900014
Ville : Argence-la-Ville
Code Postal : 41900

SECTION 3 : PROCEDURE
Type de procédure : Procédure adaptée ouverte (art. R. 2123-1 3° du code de la commande publique)
Conditions de participation :
Aptitude à exercer l'activité professionnelle : statuts, extrait Kbis ou récépissé de déclaration en préfecture pour les associations.
Capacités techniques et professionnelles : références en matière d'accompagnement de publics éloignés de l'emploi au cours des trois dernières années ; moyens humains (CV des conseillers en insertion professionnelle).
Les candidats produisent la déclaration sur l'honneur relative aux articles L. 5212-1 à L. 5212-11 du code du travail.
Date et heure limite de réception des plis : 22/06/26 à 16h00
Critères d'attribution :
Valeur technique appréciée au regard de la méthodologie d'accompagnement : 35 %
Valeur technique appréciée au regard des moyens humains et de l'implantation des lieux d'accueil : 25 %
Prix : 40 %

SECTION 4 : IDENTIFICATION DU MARCHE
Intitulé du marché : Accompagnement socioprofessionnel renforcé de bénéficiaires du RSA
Code CPV principal : 85312320 (Services de conseil)
Type de marché : Services
Description succincte du marché : Accord-cadre à bons de commande portant sur l'accompagnement individuel et collectif de bénéficiaires du revenu de solidarité active vers l'emploi et la formation (diagnostic, levée des freins périphériques, mises en situation professionnelle, suivi dans l'emploi). Chaque bénéficiaire orienté bénéficie d'au moins 35 heures d'accompagnement individuel sur douze mois. Environ 120 entrées par an.
Lieu principal d'exécution du marché : territoire d'action sociale Nord
Durée du marché (en mois) : 48
Valeur estimée (H.T.) : 320~000 euros
Montant maximum de l'accord-cadre : 400~000 euros HT sur la durée totale
La consultation prévoit une réservation de tout ou partie du marché : Non
Marché alloti : Non

SECTION 6 : INFORMATIONS COMPLEMENTAIRES
Visite obligatoire : Non
Autres informations complémentaires : les prestations relèvent des services sociaux et autres services spécifiques au sens de l'article R. 2123-1 3° du code de la commande publique. Les bilans d'activité sont transmis chaque trimestre au service insertion du Département.
Date d'envoi du présent avis : 21/05/26
"""


def d12():
    lab = L(allotissement=0, montant_estime_ht=320000, montant_max_ht=400000,
            evidence=["Marché alloti : Non", "Valeur estimée (H.T.) : 320 000 euros",
                      "Montant maximum de l'accord-cadre : 400 000 euros HT sur la durée totale"])
    return DOC("d12_AVIS.txt", "AVIS", lab, raw=D12)


# ----------------------------------------------------------------------------- d13 avis anglais (eForms, rendu TED) – réservé
D13 = """France – Refuse recycling services – Collecte, destruction sécurisée et recyclage des papiers de bureau
OJ S 176/2026 11/09/2026
Contract or concession notice – standard regime
Services

1. Buyer
1.1 Buyer
Official name: Ville de Saint-Ormel
Legal type of the buyer: Local authority
Activity of the contracting authority: General public services

2. Procedure
2.1 Procedure
Title: Collecte, destruction sécurisée et recyclage des papiers de bureau
Description: Collecte hebdomadaire des papiers de bureau dans 23 bâtiments municipaux, destruction sécurisée des documents confidentiels (niveau de sécurité P-4) et remise des fibres à une papeterie pour recyclage. Le marché n'est pas alloti.
Procedure identifier: 7d1c0e52-0b8f-4e3a-9a61-3f2b5c8e1a07
Internal identifier: 2026-SERV-07
Type of procedure: Open
2.1.1 Purpose
Main nature of the contract: Services
Main classification (cpv): 90514000 Refuse recycling services
2.1.2 Place of performance
Town: Saint-Ormel
Postcode: 69410
Country: France
2.1.3 Value
Estimated value excluding VAT: 260~000,00 Euro
2.1.4 General information
Legal basis:
Directive 2014/24/EU
code de la commande publique

5. Lot
5.1 Lot technical ID: LOT-0000
Title: Collecte, destruction sécurisée et recyclage des papiers de bureau
5.1.1 Purpose
Main nature of the contract: Services
5.1.3 Estimated duration
Duration: 48 Months
5.1.6 General information
Reserved participation: Participation is reserved to sheltered workshops and economic operators aiming at the social and professional integration of disabled or disadvantaged persons
Additional information: Marché réservé aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail, en application de l'article L. 2113-13 du code de la commande publique.
5.1.9 Selection criteria
Criterion:
Type: Suitability to pursue the professional activity
Description: Conventionnement en qualité de SIAE délivré par l'Etat (attestation en cours de validité).
Criterion:
Type: Technical and professional ability
Description: Références de prestations similaires ; moyens matériels (véhicules, broyeur agréé).
5.1.10 Award criteria
Criterion:
Type: Price
Name: Prix
Weight (percentage, exact): 45
Criterion:
Type: Quality
Name: Valeur technique
Description: Organisation des collectes, sécurité et traçabilité de la destruction.
Weight (percentage, exact): 40
Criterion:
Type: Quality
Name: Performance environnementale de la filière
Description: Taux de recyclage effectif des fibres et distance de transport jusqu'à la papeterie.
Weight (percentage, exact): 15
5.1.12 Terms of procurement
Terms of the procedure:
Deadline for receipt of tenders: 13/10/2026 12:00:00 (UTC+2)
Information about review deadlines: voir les articles L. 551-1 et R. 551-1 du code de justice administrative.

8. Organisations
8.1 ORG-0001
Official name: Ville de Saint-Ormel
Registration number: 21690412700013
Town: Saint-Ormel
Roles of this organisation: Buyer
"""


def d13():
    lab = L(marche_reserve=1, reserve_base="L2113-13", critere_environnemental=1, allotissement=0,
            montant_estime_ht=260000,
            evidence=["en application de l'article L. 2113-13 du code de la commande publique",
                      "Name: Performance environnementale de la filière", "Le marché n'est pas alloti.",
                      "Estimated value excluding VAT: 260 000,00 Euro"])
    return DOC("d13_AVIS.txt", "AVIS", lab, raw=D13)


# ----------------------------------------------------------------------------- d14 avis anglais capteurs (TXT) – pièges
D14 = """France – Air pollution monitoring equipment – Capteurs de surveillance de la qualité de l'air
OJ S 61/2026 26/03/2026
Contract or concession notice – standard regime
Supplies

1. Buyer
1.1 Buyer
Official name: Syndicat intercommunal de l'environnement du Pays de Gâtines
Legal type of the buyer: Local authority
Activity of the contracting authority: Environmental protection

2. Procedure
2.1 Procedure
Title: Fourniture, installation et maintenance de capteurs de surveillance de la qualité de l'air
Description: Le marché est divisé en deux lots : lot 1, capteurs fixes de particules (PM10, PM2.5) et de dioxyde d'azote ; lot 2, plateforme de collecte et de restitution des données environnementales.
Procedure identifier: 2b9a61f0-57c3-4f0e-b8d2-90c4d1e6a3b5
Internal identifier: SIEG-2026-004
Type of procedure: Open
2.1.1 Purpose
Main nature of the contract: Supplies
Main classification (cpv): 38431100 Air pollution monitoring equipment
2.1.3 Value
Estimated value excluding VAT: 275~000,00 Euro
2.1.4 General information
Legal basis:
Directive 2014/24/EU

5. Lot
5.1 Lot technical ID: LOT-0001
Title: Capteurs fixes de mesure de la qualité de l'air
Description: Fourniture de 30 stations de mesure, pose sur mâts d'éclairage, étalonnage, maintenance pendant 4 ans.
5.1.3 Estimated duration
Duration: 48 Months
5.1.6 General information
Reserved participation: Participation is not reserved.
5.1.9 Selection criteria
Criterion:
Type: Technical and professional ability
Description: Références de fourniture de stations de mesure ; certification ISO 14001 ou mesures équivalentes de management environnemental ; accréditation COFRAC du laboratoire d'étalonnage.
5.1.10 Award criteria
Criterion:
Type: Price
Weight (percentage, exact): 50
Criterion:
Type: Quality
Name: Qualité technique des capteurs
Description: Précision métrologique, dérive, protocole d'étalonnage, robustesse en environnement extérieur.
Weight (percentage, exact): 40
Criterion:
Type: Quality
Name: Délai de livraison
Weight (percentage, exact): 10
5.1.12 Terms of procurement
Conditions relating to the performance of the contract: voir le cahier des clauses administratives particulières.
Value: Estimated value excluding VAT: 180~000,00 Euro

5.1 Lot technical ID: LOT-0002
Title: Plateforme de données environnementales
Description: Hébergement, tableau de bord public, API ouverte, maintenance et assistance.
5.1.6 General information
Reserved participation: Participation is not reserved.
5.1.10 Award criteria
Criterion:
Type: Price
Weight (percentage, exact): 40
Criterion:
Type: Quality
Name: Valeur technique (ergonomie, interopérabilité, disponibilité du service)
Weight (percentage, exact): 60
5.1.12 Terms of procurement
Value: Estimated value excluding VAT: 95~000,00 Euro
"""


def d14():
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=275000,
            evidence=["Le marché est divisé en deux lots", "Estimated value excluding VAT: 275 000,00 Euro"])
    return DOC("d14_AVIS.txt", "AVIS", lab, raw=D14)


# ----------------------------------------------------------------------------- d15 TED XML F02 (2022) – lot réservé
D15 = """<?xml version="1.0" encoding="UTF-8"?>
<TED_ESENDERS xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" VERSION="R2.0.9.S05">
  <SENDER>
    <IDENTIFICATION>
      <ESENDER_LOGIN>ENOTICES</ESENDER_LOGIN>
      <NO_DOC_EXT>2022-184207</NO_DOC_EXT>
    </IDENTIFICATION>
    <CONTACT>
      <ORGANISATION>CCAS de Varennes-la-Côte</ORGANISATION>
      <COUNTRY VALUE="FR"/>
      <E_MAIL>marches@ccas-varennes-la-cote.fr</E_MAIL>
    </CONTACT>
    <DATE_EXPEDITION>2022-11-07T10:14:00</DATE_EXPEDITION>
  </SENDER>
  <FORM_SECTION>
    <F02_2014 LG="FR" CATEGORY="ORIGINAL" FORM="F02">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Centre communal d'action sociale de Varennes-la-Côte</OFFICIALNAME>
          <NATIONALID>26380217400019</NATIONALID>
          <ADDRESS>3 rue de l'Hospice</ADDRESS>
          <TOWN>Varennes-la-Côte</TOWN>
          <POSTAL_CODE>38540</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <E_MAIL>marches@ccas-varennes-la-cote.fr</E_MAIL>
          <n2016:NUTS CODE="FRK24"/>
          <URL_GENERAL>https://www.ccas-varennes-la-cote.fr</URL_GENERAL>
        </ADDRESS_CONTRACTING_BODY>
        <DOCUMENT_FULL/>
        <URL_DOCUMENT>https://marches.achats-isere-sud.fr/?ref=CCAS22-07</URL_DOCUMENT>
        <ADDRESS_FURTHER_INFO_IDEM/>
        <URL_PARTICIPATION>https://marches.achats-isere-sud.fr/?ref=CCAS22-07</URL_PARTICIPATION>
        <CA_TYPE_OTHER>Etablissement public communal</CA_TYPE_OTHER>
        <CA_ACTIVITY VALUE="SOCIAL_PROTECTION"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Entretien des espaces verts des résidences autonomie et petits travaux d'aménagement paysager</P></TITLE>
        <REFERENCE_NUMBER>CCAS22-07</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="77310000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SERVICES"/>
        <SHORT_DESCR><P>Entretien courant des espaces verts de quatre résidences autonomie et d'un EHPAD, et petits travaux d'aménagement paysager (plantations, allées, clôtures).</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">380000</VAL_ESTIMATED_TOTAL>
        <LOT_DIVISION>
          <LOT_ALL/>
        </LOT_DIVISION>
        <OBJECT_DESCR ITEM="1">
          <TITLE><P>Petits travaux d'aménagement paysager</P></TITLE>
          <LOT_NO>1</LOT_NO>
          <CPV_ADDITIONAL><CPV_CODE CODE="45112710"/></CPV_ADDITIONAL>
          <n2016:NUTS CODE="FRK24"/>
          <MAIN_SITE><P>Varennes-la-Côte</P></MAIN_SITE>
          <SHORT_DESCR><P>Création et reprise de massifs, allées stabilisées, clôtures et portillons, sur bons de commande.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>40</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>60</AC_WEIGHTING></AC_PRICE>
          </AC>
          <VAL_OBJECT CURRENCY="EUR">240000</VAL_OBJECT>
          <DURATION TYPE="MONTH">48</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="2">
          <TITLE><P>Entretien courant des espaces verts</P></TITLE>
          <LOT_NO>2</LOT_NO>
          <CPV_ADDITIONAL><CPV_CODE CODE="77311000"/></CPV_ADDITIONAL>
          <n2016:NUTS CODE="FRK24"/>
          <MAIN_SITE><P>Varennes-la-Côte</P></MAIN_SITE>
          <SHORT_DESCR><P>Tonte, taille, désherbage manuel, ramassage des feuilles sur les cinq sites.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>40</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>60</AC_WEIGHTING></AC_PRICE>
          </AC>
          <VAL_OBJECT CURRENCY="EUR">140000</VAL_OBJECT>
          <DURATION TYPE="MONTH">48</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Déclaration sur l'honneur du candidat justifiant qu'il n'entre dans aucun des cas d'interdiction de soumissionner.</P></SUITABILITY>
        <ECONOMIC_CRITERIA_DOC/>
        <TECHNICAL_CRITERIA_DOC/>
        <RESTRICTED_SHELTERED_WORKSHOP/>
        <PERFORMANCE_CONDITIONS><P>Lot 1 : clause d'insertion sociale. Le titulaire réserve à des personnes éloignées de l'emploi un volume minimal de 400 heures de travail sur la durée du marché, avec l'appui du facilitateur du PLIE Sud-Isère.</P></PERFORMANCE_CONDITIONS>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <CONTRACT_COVERED_GPA/>
        <DATE_RECEIPT_TENDERS>2022-12-12</DATE_RECEIPT_TENDERS>
        <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
        <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
        <DURATION_TENDER_VALID TYPE="MONTH">6</DURATION_TENDER_VALID>
        <OPENING_CONDITION><DATE_OPENING_TENDERS>2022-12-12</DATE_OPENING_TENDERS><TIME_OPENING_TENDERS>14:00</TIME_OPENING_TENDERS></OPENING_CONDITION>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <NO_RECURRENT_PROCUREMENT/>
        <INFO_ADD><P>Le lot 2 est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail, ainsi qu'à des structures équivalentes.</P><P>Les candidats peuvent soumissionner pour un ou deux lots.</P></INFO_ADD>
        <ADDRESS_REVIEW_BODY>
          <OFFICIALNAME>Tribunal administratif de Grenoble</OFFICIALNAME>
          <ADDRESS>2 place de Verdun</ADDRESS>
          <TOWN>Grenoble</TOWN>
          <POSTAL_CODE>38022</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
        </ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2022-11-07</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>
  </FORM_SECTION>
</TED_ESENDERS>
"""


def d15():
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=400, marche_reserve=1, reserve_base="L2113-12",
            allotissement=1, nb_lots=2, montant_estime_ht=380000,
            evidence=["clause d'insertion sociale", "un volume minimal de 400 heures de travail",
                      "Le lot 2 est réservé aux entreprises adaptées et aux établissements et services d'aide par "
                      "le travail", "Les candidats peuvent soumissionner pour un ou deux lots", "380000"])
    return DOC("d15_AVIS.xml", "AVIS", lab, raw=D15)


# ----------------------------------------------------------------------------- d16 TED XML F02 (2023) – collecte des déchets, pièges
D16 = """<?xml version="1.0" encoding="UTF-8"?>
<TED_ESENDERS xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" VERSION="R2.0.9.S05">
  <SENDER>
    <IDENTIFICATION>
      <ESENDER_LOGIN>ENOTICES</ESENDER_LOGIN>
      <NO_DOC_EXT>2023-061152</NO_DOC_EXT>
    </IDENTIFICATION>
    <CONTACT>
      <ORGANISATION>SICTOM de la Vallée de l'Aulnoye</ORGANISATION>
      <COUNTRY VALUE="FR"/>
      <E_MAIL>commande.publique@sictom-aulnoye.fr</E_MAIL>
    </CONTACT>
    <DATE_EXPEDITION>2023-04-03T09:02:00</DATE_EXPEDITION>
  </SENDER>
  <FORM_SECTION>
    <F02_2014 LG="FR" CATEGORY="ORIGINAL" FORM="F02">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Syndicat intercommunal de collecte et de traitement des ordures ménagères de la Vallée de l'Aulnoye</OFFICIALNAME>
          <NATIONALID>25590128500031</NATIONALID>
          <ADDRESS>ZA des Prés-Hauts, 10 rue de l'Écluse</ADDRESS>
          <TOWN>Aulnoye-sur-Sambrette</TOWN>
          <POSTAL_CODE>59620</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <n2016:NUTS CODE="FRE11"/>
          <URL_GENERAL>https://www.sictom-aulnoye.fr</URL_GENERAL>
        </ADDRESS_CONTRACTING_BODY>
        <DOCUMENT_FULL/>
        <URL_DOCUMENT>https://www.sictom-aulnoye.fr/marches/2023-COL-01</URL_DOCUMENT>
        <ADDRESS_FURTHER_INFO_IDEM/>
        <CA_TYPE VALUE="BODY_PUBLIC"/>
        <CA_ACTIVITY VALUE="ENVIRONMENT"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Collecte des déchets ménagers et assimilés et transport vers les installations de tri et de traitement</P></TITLE>
        <REFERENCE_NUMBER>2023-COL-01</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="90511000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SERVICES"/>
        <SHORT_DESCR><P>Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages recyclables, collecte des points d'apport volontaire du verre et transport des déchets collectés vers le centre de tri et l'unité de valorisation énergétique.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">2400000</VAL_ESTIMATED_TOTAL>
        <LOT_DIVISION>
          <LOT_ALL/>
        </LOT_DIVISION>
        <OBJECT_DESCR ITEM="1">
          <TITLE><P>Collecte des ordures ménagères résiduelles</P></TITLE>
          <LOT_NO>1</LOT_NO>
          <SHORT_DESCR><P>Collecte hebdomadaire en bacs, 22 communes.</P></SHORT_DESCR>
          <AC><AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>45</AC_WEIGHTING></AC_QUALITY><AC_PRICE><AC_WEIGHTING>55</AC_WEIGHTING></AC_PRICE></AC>
          <DURATION TYPE="MONTH">60</DURATION>
          <NO_RENEWAL/><NO_ACCEPTED_VARIANTS/><NO_OPTIONS/><NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="2">
          <TITLE><P>Collecte sélective des emballages et papiers</P></TITLE>
          <LOT_NO>2</LOT_NO>
          <SHORT_DESCR><P>Collecte en porte-à-porte tous les quinze jours, 22 communes.</P></SHORT_DESCR>
          <AC><AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>45</AC_WEIGHTING></AC_QUALITY><AC_PRICE><AC_WEIGHTING>55</AC_WEIGHTING></AC_PRICE></AC>
          <DURATION TYPE="MONTH">60</DURATION>
          <NO_RENEWAL/><NO_ACCEPTED_VARIANTS/><NO_OPTIONS/><NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="3">
          <TITLE><P>Collecte des points d'apport volontaire du verre</P></TITLE>
          <LOT_NO>3</LOT_NO>
          <SHORT_DESCR><P>Vidage de 310 colonnes aériennes et enterrées.</P></SHORT_DESCR>
          <AC><AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>45</AC_WEIGHTING></AC_QUALITY><AC_PRICE><AC_WEIGHTING>55</AC_WEIGHTING></AC_PRICE></AC>
          <DURATION TYPE="MONTH">60</DURATION>
          <NO_RENEWAL/><NO_ACCEPTED_VARIANTS/><NO_OPTIONS/><NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Inscription au registre du commerce et des sociétés ; récépissé de déclaration pour l'activité de transport de déchets (article R. 541-50 du code de l'environnement).</P></SUITABILITY>
        <ECONOMIC_CRITERIA_DOC/>
        <TECHNICAL_PROFESSIONAL_INFO><P>Liste des principaux services de collecte exécutés au cours des trois dernières années ; description du parc de véhicules ; certification ISO 14001 ou équivalent.</P></TECHNICAL_PROFESSIONAL_INFO>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <CONTRACT_COVERED_GPA/>
        <DATE_RECEIPT_TENDERS>2023-05-15</DATE_RECEIPT_TENDERS>
        <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
        <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
        <DURATION_TENDER_VALID TYPE="MONTH">6</DURATION_TENDER_VALID>
        <OPENING_CONDITION><DATE_OPENING_TENDERS>2023-05-15</DATE_OPENING_TENDERS><TIME_OPENING_TENDERS>14:00</TIME_OPENING_TENDERS></OPENING_CONDITION>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <NO_RECURRENT_PROCUREMENT/>
        <INFO_ADD><P>Les candidats produisent les attestations relatives aux articles L. 5212-1 à L. 5212-11 du code du travail. Une visite du quai de transfert est possible sur rendez-vous.</P></INFO_ADD>
        <ADDRESS_REVIEW_BODY>
          <OFFICIALNAME>Tribunal administratif de Lille</OFFICIALNAME>
          <ADDRESS>5 rue Geoffroy-Saint-Hilaire</ADDRESS>
          <TOWN>Lille</TOWN>
          <POSTAL_CODE>59014</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
        </ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2023-04-03</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>
  </FORM_SECTION>
</TED_ESENDERS>
"""


def d16():
    lab = L(allotissement=1, nb_lots=3, montant_estime_ht=2400000,
            evidence=["Collecte des points d'apport volontaire du verre", "[LOT_DIVISION, LOT_NO 1 à 3]",
                      "2400000"])
    return DOC("d16_AVIS.xml", "AVIS", lab, raw=D16)


# ----------------------------------------------------------------------------- eForms UBL (d17, d18)
_EF_NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
          'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
          'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
          'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" '
          'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
          'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" '
          'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1"')


def _ef_crit(kind, name, weight, descr=""):
    d = ('\n            <cbc:Description languageID="FRA">%s</cbc:Description>' % descr) if descr else ""
    return """          <cac:SubordinateAwardingCriterion>
            <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
              <efac:AwardCriterionParameter>
                <efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode>
                <efbc:ParameterNumeric>%s</efbc:ParameterNumeric>
              </efac:AwardCriterionParameter>
            </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">%s</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">%s</cbc:Name>%s
          </cac:SubordinateAwardingCriterion>
""" % (weight, kind, name, d)


def _ef_org(oid, name, siret, town, pc, nuts):
    return """        <efac:Organization>
          <efac:Company>
            <cac:PartyIdentification><cbc:ID schemeName="organization">%s</cbc:ID></cac:PartyIdentification>
            <cac:PartyName><cbc:Name languageID="FRA">%s</cbc:Name></cac:PartyName>
            <cac:PostalAddress>
              <cbc:CityName>%s</cbc:CityName>
              <cbc:PostalZone>%s</cbc:PostalZone>
              <cbc:CountrySubentityCode listName="nuts">%s</cbc:CountrySubentityCode>
              <cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country>
            </cac:PostalAddress>
            <cac:PartyLegalEntity><cbc:CompanyID>%s</cbc:CompanyID></cac:PartyLegalEntity>
          </efac:Company>
        </efac:Organization>
""" % (oid, name, town, pc, nuts, siret)


def _ef_lot(lid, title, descr, cpv, reserved, crits, extra_terms="", max_amount=None, strategic=(),
            duration=48):
    mx = ""
    if max_amount is not None:
        mx = """        <cac:RequestedTenderTotal>
          <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
            <efbc:FrameworkMaximumAmount currencyID="EUR">%s</efbc:FrameworkMaximumAmount>
          </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
        </cac:RequestedTenderTotal>
""" % max_amount
    st = "".join("""        <cac:ProcurementAdditionalType>
          <cbc:ProcurementTypeCode listName="%s">%s</cbc:ProcurementTypeCode>
        </cac:ProcurementAdditionalType>
""" % s for s in strategic)
    return """    <cac:ProcurementProjectLot>
      <cbc:ID schemeName="Lot">%s</cbc:ID>
      <cac:TenderingTerms>
        <cac:TendererQualificationRequest>
          <cac:SpecificTendererRequirement>
            <cbc:TendererRequirementTypeCode listName="reserved-procurement">%s</cbc:TendererRequirementTypeCode>
          </cac:SpecificTendererRequirement>
        </cac:TendererQualificationRequest>
%s        <cac:AwardingTerms>
          <cac:AwardingCriterion>
%s          </cac:AwardingCriterion>
        </cac:AwardingTerms>
      </cac:TenderingTerms>
      <cac:TenderingProcess>
        <cbc:SubmissionMethodCode listName="esubmission">required</cbc:SubmissionMethodCode>
      </cac:TenderingProcess>
      <cac:ProcurementProject>
        <cbc:ID schemeName="InternalID">%s</cbc:ID>
        <cbc:Name languageID="FRA">%s</cbc:Name>
        <cbc:Description languageID="FRA">%s</cbc:Description>
        <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
%s%s        <cac:MainCommodityClassification>
          <cbc:ItemClassificationCode listName="cpv">%s</cbc:ItemClassificationCode>
        </cac:MainCommodityClassification>
        <cac:PlannedPeriod>
          <cbc:DurationMeasure unitCode="MONTH">%d</cbc:DurationMeasure>
        </cac:PlannedPeriod>
      </cac:ProcurementProject>
    </cac:ProcurementProjectLot>
""" % (lid, reserved, extra_terms, "".join(crits), lid, title, descr, st, mx, cpv, duration)


def _ef_notice(nid, folder, date, orgs, title, descr, cpv, est, lots, procedure_extra=""):
    return """<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice %s>
  <ext:UBLExtensions>
    <ext:UBLExtension>
      <ext:ExtensionContent>
        <efext:EformsExtension>
          <efac:NoticeSubType><cbc:SubTypeCode listName="notice-subtype">16</cbc:SubTypeCode></efac:NoticeSubType>
          <efac:Organizations>
%s          </efac:Organizations>
          <efac:Publication>
            <efbc:NoticePublicationID schemeName="ojs-notice-id">00000000-2026</efbc:NoticePublicationID>
          </efac:Publication>
        </efext:EformsExtension>
      </ext:ExtensionContent>
    </ext:UBLExtension>
  </ext:UBLExtensions>
  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.12</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">%s</cbc:ID>
  <cbc:ContractFolderID>%s</cbc:ContractFolderID>
  <cbc:IssueDate>%s+02:00</cbc:IssueDate>
  <cbc:IssueTime>10:00:00+02:00</cbc:IssueTime>
  <cbc:VersionID>01</cbc:VersionID>
  <cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>
  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cac:ContractingPartyType>
      <cbc:PartyTypeCode listName="buyer-legal-type">la</cbc:PartyTypeCode>
    </cac:ContractingPartyType>
    <cac:Party>
      <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>
    </cac:Party>
  </cac:ContractingParty>
  <cac:TenderingProcess>
    <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>
%s  </cac:TenderingProcess>
  <cac:ProcurementProject>
    <cbc:ID schemeName="InternalID">%s</cbc:ID>
    <cbc:Name languageID="FRA">%s</cbc:Name>
    <cbc:Description languageID="FRA">%s</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
    <cac:RequestedTenderTotal>
      <cbc:EstimatedOverallContractAmount currencyID="EUR">%s</cbc:EstimatedOverallContractAmount>
    </cac:RequestedTenderTotal>
    <cac:MainCommodityClassification>
      <cbc:ItemClassificationCode listName="cpv">%s</cbc:ItemClassificationCode>
    </cac:MainCommodityClassification>
  </cac:ProcurementProject>
%s</ContractNotice>
""" % (_EF_NS, orgs, nid, folder, date, procedure_extra, folder, title, descr, est, cpv, lots)


def _d17_text():
    orgs = _ef_org("ORG-0001", "Communauté d'agglomération Seuil-de-Loire", "20007158300015", "Ancenac",
                   "44150", "FRG01")
    ins = ("Clause sociale d'insertion (article L. 2112-2 du code de la commande publique) : le titulaire "
           "consacre au moins 7 % des heures de main-d'œuvre nécessaires à l'exécution du lot à une action "
           "d'insertion professionnelle de personnes éloignées de l'emploi, avec l'appui du facilitateur du PLIE.")
    terms = """        <cac:ContractExecutionRequirement>
          <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
          <cbc:Description languageID="FRA">%s</cbc:Description>
        </cac:ContractExecutionRequirement>
""" % ins
    crits = [_ef_crit("price", "Prix", 45),
             _ef_crit("quality", "Valeur technique", 40, "Organisation des tournées, moyens humains et matériels, "
                      "dispositif de contrôle."),
             _ef_crit("quality", "Performance en matière d'insertion professionnelle des publics en difficulté", 15,
                      "Apprécié au vu du plan d'action d'insertion : accueil, tutorat, formation des salariés en "
                      "parcours.")]
    strat = (("strategic-procurement", "soc-obj"), ("social-objective", "opp"))
    lots = (_ef_lot("LOT-0001", "Nettoiement mécanisé et manuel des voiries – secteur nord",
                    "Balayage mécanisé, lavage, vidage des corbeilles de rue, ramassage des dépôts sauvages.",
                    "90611000", "none", crits, terms, 1600000, strat) +
            _ef_lot("LOT-0002", "Nettoiement des espaces publics – secteur sud",
                    "Ramassage manuel, vidage des corbeilles, nettoyage des aires de jeux.",
                    "90610000", "none", crits, terms, 750000, strat))
    return _ef_notice("4f8e2c1a-93b7-4d5e-8a0c-6b1f2e3d4a51", "a2c5e9f0-1d3b-4c7a-b8e6-0f9d2c4a6b18",
                      "2026-07-21", orgs,
                      "Nettoiement des voiries et des espaces publics communautaires",
                      "Accord-cadre à bons de commande, alloti en deux lots géographiques, d'une durée de quatre "
                      "ans. Montant maximum : lot 1, 1 600 000 euros HT ; lot 2, 750 000 euros HT.",
                      "90610000", "1900000", lots,
                      """    <cac:ProcessJustification>
      <cbc:ProcessReason languageID="FRA">Sans objet.</cbc:ProcessReason>
    </cac:ProcessJustification>
""")


def d17():
    lab = L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=2,
            montant_estime_ht=1900000, montant_max_ht=2350000,
            evidence=["consacre au moins 7 % des heures de main-d'œuvre", "Performance en matière d'insertion "
                      "professionnelle des publics en difficulté", "alloti en deux lots géographiques",
                      "1900000", "lot 1, 1 600 000 euros HT ; lot 2, 750 000 euros HT",
                      "[1 600 000 + 750 000 = 2 350 000]"])
    return DOC("d17_AVIS.xml", "AVIS", lab, raw=_d17_text())


def _d18_text():
    orgs = _ef_org("ORG-0001", "Université de Haute-Brenne", "19370821600019", "Brenne-le-Château", "37600",
                   "FRB04")
    crits = [_ef_crit("price", "Prix", 60),
             _ef_crit("quality", "Valeur technique", 40, "Délais d'intervention, organisation de l'astreinte 24 "
                      "heures sur 24, plan de maintenance préventive, qualification des techniciens.")]
    terms = """        <cac:ContractExecutionRequirement>
          <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
          <cbc:Description languageID="FRA">Les conditions d'exécution sont précisées au cahier des clauses administratives particulières.</cbc:Description>
        </cac:ContractExecutionRequirement>
"""
    strat = (("strategic-procurement", "none"),)
    lots = _ef_lot("LOT-0000", "Maintenance des ascenseurs et monte-charges",
                   "Maintenance préventive et corrective de 46 ascenseurs et 5 monte-charges répartis sur trois "
                   "campus, dans un environnement universitaire occupé.",
                   "50750000", "none", crits, terms, None, strat, 60)
    return _ef_notice("c0b7d3e2-6a41-4f9c-9d15-2e8b7a0c4f36", "e5a1b9c3-7f24-4d8e-a6b0-3c9e1f5d7a82",
                      "2026-03-09", orgs, "Maintenance des ascenseurs et monte-charges des campus",
                      "Marché de services de maintenance d'une durée de cinq ans. Le marché n'est pas alloti : "
                      "l'unicité du prestataire garantit la cohérence de l'astreinte sur les trois campus.",
                      "50750000", "420000", lots)


def d18():
    lab = L(allotissement=0, montant_estime_ht=420000,
            evidence=["Le marché n'est pas alloti", "420000"])
    return DOC("d18_AVIS.xml", "AVIS", lab, raw=_d18_text())


# ----------------------------------------------------------------------------- d19 CCAP vêtements (DOCX)
def d19():
    hdr = "SDIS de la Sorlaine – Accord-cadre vêtements de travail – CCAP lot 1"
    ftr = "Consultation SDIS-26-012 – CCAP"
    b = [TITLE("Service départemental d'incendie et de secours de la Sorlaine",
               "Cahier des clauses administratives particulières",
               "Fourniture de vêtements de travail et d'équipements de protection individuelle",
               "Lot n° 1 : tenues de service et de travail"),
         H("Article 1 – Objet et décomposition"),
         P("Le présent accord-cadre a pour objet la fourniture de tenues de service et de travail (pantalons, "
           "vestes, polos, tee-shirts, parkas) destinées aux sapeurs-pompiers professionnels et volontaires et "
           "aux personnels administratifs et techniques du SDIS."),
         P("La consultation comprend deux lots : lot 1, tenues de service et de travail ; lot 2, chaussures et "
           "rangers d'intervention. Le présent CCAP s'applique au lot 1."),
         H("Article 2 – Forme et durée de l'accord-cadre"),
         P("Accord-cadre mono-attributaire exécuté par bons de commande (articles R. 2162-2 et R. 2162-13 du "
           "code de la commande publique). Il est conclu pour un an à compter de sa notification et reconductible "
           "trois fois par période d'un an."),
         H("Article 3 – Montant"),
         P("Le montant maximum de l'accord-cadre pour le lot 1, toutes périodes confondues, est fixé à "
           "220 000 € HT. Il n'est pas fixé de montant minimum."),
         H("Article 4 – Pièces contractuelles"),
         ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et ses fiches techniques ;",
          "le bordereau des prix unitaires ;", "le CCAG-FCS (arrêté du 30 mars 2021) ;",
          "l'offre technique du titulaire."],
         H("Article 5 – Prix"),
         P("Les prix sont unitaires, fermes la première année puis révisables à chaque reconduction selon la "
           "formule de l'article 5.2, sur la base de l'indice des prix à la production de l'industrie française "
           "pour le marché français – Articles d'habillement (CPF 14.1)."),
         H("Article 6 – Livraisons"),
         P("Les livraisons sont effectuées au magasin central du SDIS dans un délai maximal de 30 jours à compter "
           "de la réception du bon de commande, du lundi au jeudi de 8 h à 11 h 30. Les articles sont livrés "
           "étiquetés au nom de l'agent lorsque le bon de commande le précise."),
         H("Article 7 – Pénalités"),
         P("En cas de retard de livraison, le titulaire encourt une pénalité égale à 1/1000e du montant du bon "
           "de commande par jour calendaire de retard, avec un minimum de 50 € par bon de commande."),
         H("Article 8 – Obligations légales du titulaire"),
         P("Le titulaire atteste qu'il satisfait aux obligations des articles L. 5212-1 à L. 5212-11 du code du "
           "travail relatifs à l'emploi des travailleurs handicapés et remet tous les six mois les documents "
           "prévus à l'article D. 8222-5 du même code."),
         H("Article 9 – Conditions d'exécution à caractère social"),
         P("Le titulaire s'engage à ce que les articles livrés soient fabriqués dans le respect des conventions "
           "fondamentales de l'Organisation internationale du travail (conventions n° 29, 87, 98, 100, 105, 111, "
           "138 et 182), y compris chez ses sous-traitants et fournisseurs. Il tient à la disposition du SDIS la "
           "liste à jour des sites de fabrication et lui communique, sur simple demande, les rapports d'audit "
           "social de ces sites datant de moins de trois ans. Le manquement à cette obligation, non corrigé dans "
           "le délai fixé par une mise en demeure, peut entraîner la résiliation pour faute."),
         H("Article 10 – Conditions d'exécution à caractère environnemental"),
         P("Les articles d'une même commande sont livrés en conditionnement regroupé, sans sachet plastique "
           "individuel. Le titulaire reprend gratuitement, au moment des livraisons, les tenues réformées remises "
           "par le SDIS et les oriente vers une filière de réemploi ou de recyclage textile ; il remet chaque "
           "année une attestation des tonnages repris."),
         H("Article 11 – Résiliation"),
         P("Il est fait application des articles 36 à 42 du CCAG-FCS."),
         H("Article 12 – Dérogations au CCAG-FCS"),
         P("L'article 7 du présent CCAP déroge à l'article 14.1 du CCAG-FCS.")]
    b = [LST(x) if isinstance(x, list) else x for x in b]
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=220000,
            evidence=["dans le respect des conventions fondamentales de l'Organisation internationale du travail",
                      "sans sachet plastique individuel", "La consultation comprend deux lots",
                      "toutes périodes confondues, est fixé à 220 000 € HT"])
    return DOC("d19_CCAP.docx", "CCAP", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d20 CCAP copieurs (PDF) – pièges
def d20():
    hdr = "GIP e-Territoires Val d'Argence – Maintenance des copieurs – CCAP"
    ftr = "Marché n° ET-2026-004 – C.C.A.P."
    b = [TITLE("GIP E-TERRITOIRES VAL D'ARGENCE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES",
               "Location, maintenance et assistance du parc de copieurs multifonctions"),
         H("Article 1 – Objet"),
         P("Le marché a pour objet la location et la maintenance de 64 copieurs multifonctions installés dans les "
           "sites des membres du groupement d'intérêt public, ainsi que l'assistance des utilisateurs."),
         H("Article 2 – Allotissement"),
         P("Le marché n'est pas alloti : la location et la maintenance d'un même matériel ne peuvent être "
           "dissociées sans compromettre la continuité du service."),
         H("Article 3 – Documents du marché"),
         P("Les pièces contractuelles sont l'acte d'engagement, le présent CCAP, le CCTP, le bordereau de prix et "
           "le CCAG-TIC. Toute insertion, dans les documents remis par le titulaire, de conditions générales de "
           "vente ou de clauses contraires au présent CCAP est réputée non écrite."),
         H("Article 4 – Forme, durée et montant"),
         P("Accord-cadre à bons de commande conclu pour un an à compter du 1er avril 2026, reconductible trois fois. "
           "Montant minimum annuel : 10~000 € HT ; montant maximum annuel : 50~000 € HT, soit un montant maximum "
           "de 200~000 € HT sur la durée totale du marché."),
         H("Article 5 – Délais d'intervention"),
         P("Le titulaire intervient sur site dans un délai de 8 heures ouvrées après l'appel. Au-delà de deux pannes "
           "bloquantes sur un même matériel en un mois, le matériel est remplacé dans les 5 jours ouvrés."),
         H("Article 6 – Pénalités"),
         TAB([["Manquement", "Pénalité"], ["Retard d'intervention", "40 € HT par heure ouvrée de retard"],
              ["Retard de remplacement", "100 € HT par jour"],
              ["Absence de rapport trimestriel", "150 € HT par rapport"]], widths=[2, 2]),
         H("Article 7 – Obligations sociales et fiscales du titulaire"),
         P("Le titulaire remet, lors de la conclusion du marché puis tous les six mois jusqu'à la fin de son "
           "exécution, les documents mentionnés à l'article D. 8222-5 du code du travail. Il respecte les "
           "dispositions relatives au détachement de salariés (articles L. 1262-4-1 et suivants du code du "
           "travail). Il atteste être en règle au regard des articles L. 5212-1 à L. 5212-11 du même code."),
         H("Article 8 – Clause environnementale"),
         P("Sans objet."),
         H("Article 9 – Confidentialité et sécurité"),
         P("Les disques durs des copieurs sont effacés selon une méthode certifiée avant tout enlèvement de "
           "matériel ; un certificat d'effacement est remis au GIP pour chaque appareil."),
         H("Article 10 – Paiement"),
         P("Les loyers sont payés trimestriellement à terme échu ; la maintenance est facturée au coût copie, sur "
           "relevé des compteurs. Délai global de paiement : 30 jours."),
         H("Article 11 – Résiliation – Litiges"),
         P("Les stipulations du CCAG-TIC relatives à la résiliation s'appliquent. Le tribunal administratif "
           "d'Orléans est compétent.")]
    lab = L(allotissement=0, montant_max_ht=200000,
            evidence=["Le marché n'est pas alloti", "soit un montant maximum de 200 000 € HT sur la durée totale"])
    return DOC("d20_CCAP.pdf", "CCAP", lab, hdr, ftr, b, hyphen=True)


# ----------------------------------------------------------------------------- d21 RC parc urbain (DOCX)
def d21():
    hdr = "Ville de Corbesse-sur-Marne – Parc des Prés-Saint-Gilles – RC"
    ftr = "Consultation 2026-PSG – Règlement de la consultation"
    b = [TITLE("Ville de Corbesse-sur-Marne", "Règlement de la consultation",
               "Travaux d'aménagement du parc urbain des Prés-Saint-Gilles",
               "Procédure adaptée – article R. 2123-1 1° du code de la commande publique"),
         H("1. Objet de la consultation"),
         P("La consultation porte sur les travaux d'aménagement du parc urbain des Prés-Saint-Gilles (3,2 ha) : "
           "terrassements, cheminements, plantations, mobilier, jeux et éclairage. Le montant prévisionnel des "
           "travaux est estimé à 690~000 € HT, tous lots confondus."),
         H("2. Décomposition en lots"),
         TAB([["Lot", "Désignation"], ["1", "Terrassements, VRD, cheminements"], ["2", "Plantations, engazonnement"],
              ["3", "Mobilier urbain, aires de jeux"], ["4", "Éclairage public"]]),
         P("Chaque lot donne lieu à un marché séparé. Les candidats peuvent répondre à un ou plusieurs lots."),
         H("3. Clause d'insertion"),
         P("Conformément à l'article 9 du CCAP, le titulaire du lot 1 devra réaliser une action d'insertion "
           "professionnelle d'un volume minimal de 350 heures de travail au bénéfice de personnes éloignées de "
           "l'emploi. Le facilitateur de la Maison de l'emploi du Pays de Corbesse se tient à la disposition des "
           "candidats pour présenter le dispositif."),
         H("4. Dossier de candidature"),
         P("DC1, DC2 ou DUME ; attestations d'assurance ; références de travaux de même nature ; certificats "
           "de qualification professionnelle (Qualipaysage ou équivalent pour le lot 2)."),
         H("5. Contenu de l'offre"),
         P("Acte d'engagement, DPGF du lot, mémoire technique et planning prévisionnel. Le mémoire technique "
           "comporte obligatoirement un chapitre « insertion et emploi » et un chapitre « environnement » "
           "correspondant aux sous-critères de l'article 6."),
         H("6. Jugement des offres"),
         P("Les offres sont jugées lot par lot sur 100 points :"),
         TAB([["Critère / sous-critère", "Points"], ["Prix", "40"], ["Valeur technique", "50"],
              ["– méthodologie et organisation du chantier", "20"], ["– moyens humains et matériels", "15"],
              ["– actions en faveur de l'insertion professionnelle et de l'emploi local", "10"],
              ["– planning", "5"],
              ["Performance environnementale (provenance des végétaux, réemploi des terres, transport des "
               "matériaux)", "10"]]),
         P("Pour les lots 2 à 4, qui ne comportent pas de clause d'insertion, le sous-critère « insertion » "
           "apprécie les actions proposées volontairement par le candidat."),
         H("7. Négociation"),
         P("La Ville se réserve la possibilité de négocier avec les trois candidats les mieux classés de chaque lot."),
         H("8. Remise des offres"),
         P("Date limite : 30 octobre 2026 à 12 h, sur le profil d'acheteur de la Ville.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=350, critere_social=1, critere_environnemental=1,
            allotissement=1, nb_lots=4, montant_estime_ht=690000,
            evidence=["réaliser une action d'insertion professionnelle d'un volume minimal de 350 heures", "actions en faveur de l'insertion professionnelle et de l'emploi local",
                      "Performance environnementale", "Chaque lot donne lieu à un marché séparé", "[tableau : lots 1 à 4]",
                      "estimé à 690 000 € HT, tous lots confondus"])
    return DOC("d21_RC.docx", "RC", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d22 RC échographes (PDF) – pièges
def d22():
    hdr = "GHT Sud-Vionne – Établissement support : CH de Vionne-la-Rivière – RC"
    ftr = "Consultation GHT-SV-2026-019 – Règlement de la consultation"
    b = [TITLE("GROUPEMENT HOSPITALIER DE TERRITOIRE SUD-VIONNE", "RÈGLEMENT DE LA CONSULTATION",
               "Acquisition d'échographes polyvalents et prestations associées"),
         H("1. Objet – Lot unique"),
         P("La consultation a pour objet l'acquisition de six échographes polyvalents (urgences, gynécologie, "
           "cardiologie), leur installation, la formation des utilisateurs et la maintenance pendant la garantie. "
           "Le marché fait l'objet d'un lot unique : les matériels doivent partager la même plateforme logicielle "
           "et le même système d'archivage."),
         P("Le montant estimé du marché est de 240~000 € HT."),
         H("2. Procédure"),
         P("Appel d'offres ouvert en application des articles L. 2124-2, R. 2124-2 1° et R. 2161-2 à R. 2161-5 du "
           "code de la commande publique. Les variantes ne sont pas autorisées."),
         H("3. Candidature"),
         P("Le candidat produit :"),
         LST(["la lettre de candidature DC1 ou le DUME ;",
              "la déclaration du candidat DC2, indiquant notamment ses effectifs moyens annuels et l'importance du "
              "personnel d'encadrement pour chacune des trois dernières années ;",
              "les déclarations sur l'honneur relatives aux interdictions de soumissionner et à l'emploi des "
              "travailleurs handicapés (articles L. 5212-1 à L. 5212-11 du code du travail) ;",
              "une liste des principales livraisons d'échographes effectuées au cours des trois dernières "
              "années ;",
              "facultativement, une présentation de sa politique de responsabilité sociétale (RSE) ; ce document "
              "n'est pas évalué."]),
         H("4. Offre"),
         P("L'offre comprend l'acte d'engagement, le bordereau de prix, le questionnaire technique dûment "
           "complété et les fiches techniques des matériels. Le questionnaire décrit notamment l'environnement "
           "d'utilisation prévu (bloc, urgences, consultations), les sondes proposées et leur mode d'insertion "
           "dans les supports, le plan de formation (deux sessions de 3 heures par site) et la maintenance."),
         H("5. Critères de jugement"),
         RTAB([["Critère", "Pondération"], ["Valeur technique (questionnaire et essais)", "50 %"],
               ["Prix (coût d'acquisition et de maintenance sur 7 ans)", "40 %"],
               ["Service après-vente et délais d'intervention", "10 %"]], widths=[3, 1], align="lr"),
         P("Des essais cliniques d'une durée de deux jours peuvent être organisés pour les trois offres les mieux "
           "classées après analyse du questionnaire."),
         H("6. Marché réservé"),
         P("Sans objet."),
         H("7. Conditions d'envoi"),
         P("Les offres sont déposées sur la plateforme de dématérialisation avant le 24 avril 2026 à 12 heures. "
           "Elles sont valables 180 jours.")]
    lab = L(allotissement=0, montant_estime_ht=240000,
            evidence=["Le marché fait l'objet d'un lot unique", "Le montant estimé du marché est de 240 000 € HT"])
    return DOC("d22_RC.pdf", "RC", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d23 CCTP chaussées (PDF 2 col.)
def d23():
    hdr = "Département de la Haute-Sorlaine – Direction des routes – CCTP Lot 1"
    ftr = "Renforcement de chaussées RD 914 – Lot 1 – CCTP"
    b = [TITLE("DÉPARTEMENT DE LA HAUTE-SORLAINE", "C.C.T.P. – Lot n° 1 : chaussées et terrassements",
               "Renforcement et recalibrage de la RD 914 entre Belvèze et le Pont-Rouge (PR 12+300 à PR 17+050)"),
         H("Chapitre 1 – Généralités"),
         H2("1.1 Objet"),
         P("Le présent C.C.T.P. décrit les travaux du lot n° 1. Le marché comporte trois lots : lot 1, chaussées "
           "et terrassements ; lot 2, signalisation horizontale et verticale ; lot 3, dispositifs de retenue."),
         H2("1.2 Documents de référence"),
         P("Fascicules 2, 23, 27 et 35 du C.C.T.G. ; normes NF EN 13108-1 et NF P 98-150-1 ; guide technique "
           "SETRA-LCPC « Conception et dimensionnement des structures de chaussée »."),
         H("Chapitre 2 – Consistance des travaux"),
         P("Les travaux comprennent le rabotage des enrobés existants sur 5 cm, l'élargissement de la chaussée à "
           "6,00 m, la mise en œuvre d'une couche de base en grave-bitume et d'une couche de roulement en béton "
           "bitumineux semi-grenu, ainsi que la reprise des accotements et des fossés."),
         RTAB([["Couche", "Matériau", "Épaisseur"], ["Roulement", "BBSG 0/10 classe 3", "6 cm"],
               ["Base", "GB 0/14 classe 3", "8 cm"], ["Fondation (élargissement)", "GNT 0/31,5", "35 cm"]],
              widths=[1.3, 1.6, 1], align="lll"),
         H("Chapitre 3 – Provenance et qualité des matériaux"),
         H2("3.1 Granulats"),
         P("Les granulats proviennent de carrières situées à moins de 60 km du chantier, sauf justification "
           "technique. Les fiches techniques produits sont soumises au visa du maître d'œuvre."),
         H2("3.2 Matériaux recyclés"),
         P("La grave-bitume de la couche de base incorpore au moins 20 % d'agrégats d'enrobés recyclés issus du "
           "rabotage du chantier. Les enrobés de la couche de roulement sont fabriqués à température abaissée "
           "(enrobés tièdes, température de fabrication inférieure à 135 °C). L'entrepreneur justifie ces taux par "
           "les fiches de fabrication journalières."),
         H("Chapitre 4 – Exécution"),
         H2("4.1 Rabotage"),
         P("Les produits de rabotage sont stockés sur une plateforme étanche agréée par le maître d'œuvre, à "
           "l'écart des cours d'eau, pour être réemployés dans la grave-bitume."),
         H2("4.2 Gestion des déchets de chantier"),
         P("L'entrepreneur remet, dans son offre puis en période de préparation, un schéma d'organisation et de "
           "suivi de l'élimination des déchets (SOSED). Il tient à jour un registre des déchets sortants et remet "
           "les bordereaux de suivi au maître d'œuvre à chaque situation. Les déchets contenant de l'amiante ou "
           "des HAP au-delà des seuils réglementaires sont évacués vers une installation autorisée."),
         H2("4.3 Protection des milieux"),
         P("Des kits anti-pollution sont présents en permanence sur le chantier. Le ravitaillement des engins se "
           "fait sur une aire étanche. Aucun rejet de laitance ou d'hydrocarbures n'est admis dans les fossés."),
         H2("4.4 Contrôles"),
         P("Contrôles intérieurs à la charge de l'entrepreneur : compacité au gammadensimètre, épaisseurs par "
           "carottage (un carottage tous les 250 m), uni longitudinal (APL). Contrôles extérieurs par le "
           "laboratoire départemental."),
         H("Chapitre 5 – Exploitation sous chantier"),
         P("Les travaux sont réalisés sous alternat par feux tricolores de 8 h à 17 h ; la circulation est "
           "rétablie sur deux voies chaque soir et le week-end.")]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=3,
            evidence=["Le marché comporte trois lots",
                      "incorpore au moins 20 % d'agrégats d'enrobés recyclés",
                      "un schéma d'organisation et de suivi de l'élimination des déchets (SOSED)"])
    return DOC("d23_CCTP.pdf", "CCTP", lab, hdr, ftr, b, cols=2, hyphen=True)


# ----------------------------------------------------------------------------- d24 CCTP restauration (DOCX)
def d24():
    hdr = "SIVU de restauration collective Val de Brienne – CCTP fourniture de repas"
    ftr = "Marché SIVU-R-2026 – CCTP"
    b = [TITLE("SIVU de restauration collective du Val de Brienne", "Cahier des clauses techniques particulières",
               "Fourniture et livraison de repas en liaison froide pour les restaurants scolaires et l'accueil de "
               "loisirs"),
         H("Article 1 – Volume et lieux de livraison"),
         P("Environ 1 150 repas par jour scolaire et 180 repas par jour d'accueil de loisirs, livrés dans sept "
           "offices de réchauffage. Les effectifs sont communiqués la veille avant 10 heures."),
         H("Article 2 – Qualité des denrées"),
         P("Conformément à l'article L. 230-5-1 du code rural et de la pêche maritime, les repas comprennent en "
           "valeur d'achat au moins 50 % de produits durables et de qualité, dont au moins 20 % de produits issus de "
           "l'agriculture biologique. Le titulaire justifie ces parts par un bilan annuel."),
         H("Article 3 – Composition des menus"),
         P("Menus à quatre composantes conformes aux recommandations du GEM-RCN et à l'arrêté du 30 septembre "
           "2011. Un menu végétarien est servi une fois par semaine. Les menus sont validés par la commission des "
           "menus six semaines à l'avance."),
         H("Article 4 – Conditionnement et lutte contre le gaspillage"),
         P("Les repas sont livrés en bacs gastronormes inox réutilisables, fournis, repris et lavés par le "
           "titulaire ; les barquettes jetables sont exclues. Le titulaire réalise deux campagnes de pesée des "
           "restes alimentaires par an dans chaque office et ajuste les grammages en conséquence ; les résultats "
           "sont présentés en commission des menus."),
         H("Article 5 – Transport"),
         P("Les livraisons sont effectuées en véhicules réfrigérés, entre 7 h 00 et 9 h 30. La température des "
           "denrées à réception ne dépasse pas + 3 °C."),
         H("Article 6 – Personnel"),
         P("Le prestataire veillera, dans la mesure du possible, à faire appel à des personnes éloignées de "
           "l'emploi pour les tâches de conditionnement et de livraison."),
         H("Article 7 – Hygiène et traçabilité"),
         P("Le titulaire applique le plan de maîtrise sanitaire de sa cuisine centrale, agréée CE. Il conserve "
           "les plats témoins cinq jours et communique les fiches techniques et la liste des allergènes."),
         H("Article 8 – Animations"),
         P("Quatre repas à thème par an sont organisés en lien avec les équipes d'animation.")]
    lab = L(clause_sociale="?", clause_insertion="?", clause_environnementale=1,
            evidence=["les barquettes jetables sont exclues",
                      "deux campagnes de pesée des restes alimentaires par an",
                      "veillera, dans la mesure du possible, à faire appel à des personnes éloignées de l'emploi"])
    return DOC("d24_CCTP.docx", "CCTP", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d25 avis MAPA blanchisserie (TXT)
D25 = """AVIS D'APPEL PUBLIC A LA CONCURRENCE – PROCEDURE ADAPTEE

Pouvoir adjudicateur : Centre hospitalier de Brienne-le-Haut, 14 avenue des Tilleuls, 10220 Brienne-le-Haut. SIRET 26100072400015.
Correspondant : M. le Directeur des services economiques, tel. 03 25 00 41 80, achats@ch-brienne-le-haut.fr

Objet du marche : Location et entretien du linge plat et des tenues professionnelles (blanchisserie).
Type de marche : services. CPV 98310000.
Forme : accord-cadre a bons de commande, sans minimum, d'une duree de 12 mois reconductible 2 fois.
Valeur maximale de l'accord-cadre, reconductions comprises : 210~000 EUR HT.
Marche alloti : non.

Marche reserve : oui. En application de l'article L. 2113-14 du code de la commande publique, le marche est reserve a la fois aux entreprises adaptees et aux ESAT mentionnes a l'article L. 2113-12 et aux structures d'insertion par l'activite economique mentionnees a l'article L. 2113-13 du meme code.

Conditions particulieres d'execution : le titulaire utilise des lessives sans phosphates porteuses de l'Ecolabel europeen ou equivalent ; les tournees de collecte et de livraison sont effectuees avec des vehicules electriques ou classes Crit'Air 1 ; le titulaire transmet chaque semestre ses consommations d'eau et d'energie par kilo de linge traite.

Criteres d'attribution : prix (60 %) ; valeur technique (40 %) appreciee au vu du memoire technique (organisation des collectes, qualite du traitement, delais).

Justificatifs de candidature : DC1, DC2 ou DUME ; attestation de conventionnement ou d'agrement (EA, ESAT, SIAE) ; references.

Date limite de reception des offres : 9 mars 2026 a 12 h.
Documents de la consultation : https://achats.ch-brienne-le-haut.fr, reference 2026-BLA-01.
Date d'envoi a la publication : 2 fevrier 2026.
"""


def d25():
    lab = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", clause_environnementale=1, allotissement=0,
            montant_max_ht=210000,
            evidence=["le marche est reserve a la fois aux entreprises adaptees et aux ESAT mentionnes a l'article "
                      "L. 2113-12 et aux structures d'insertion", "lessives sans phosphates porteuses de "
                      "l'Ecolabel europeen", "Marche alloti : non.",
                      "reconductions comprises : 210 000 EUR HT"])
    return DOC("d25_AVIS.txt", "AVIS", lab, raw=D25)


# ----------------------------------------------------------------------------- d26 avis BOAMP gymnase (PDF 2 col.)
def d26():
    hdr = "BOAMP – Avis n° 26-143902 – Commune de Vieux-Sablon"
    ftr = "Avis de marché – Travaux – édition du 02/10/2026"
    b = [TITLE("AVIS DE MARCHÉ", "Construction d'un gymnase de type C", "Commune de Vieux-Sablon (33)"),
         H("Section 1 : Identification de l'acheteur"),
         P("Nom complet de l'acheteur : Commune de Vieux-Sablon. N° national d'identification (SIRET) : "
           "21330547100012. Code postal / Ville : 33710 Vieux-Sablon. Groupement de commandes : Non."),
         H("Section 2 : Communication"),
         P("Lien vers les documents : https://demat.vieux-sablon.fr/26TX09. Identifiant interne : 26TX09. "
           "Intégralité des documents sur le profil d'acheteur : Oui."),
         H("Section 3 : Procédure"),
         P("Type de procédure : procédure adaptée ouverte. Conditions de participation – Capacités techniques : "
           "certificats de qualification Qualibat (ou équivalent) ou références de moins de cinq ans ; capacité "
           "financière : chiffre d'affaires des trois derniers exercices. La participation est réservée à une "
           "profession particulière : Non."),
         P("Date et heure limite de réception des plis : 06/11/2026 à 12h00. Réduction du nombre de candidats : "
           "Non. Possibilité d'attribution sans négociation : Oui."),
         H2("Critères d'attribution"),
         RTAB([["Critère", "Pondération"], ["Prix", "55 %"], ["Valeur technique", "35 %"],
               ["Performances en matière de protection de l'environnement (gestion des déchets de chantier, "
                "provenance des matériaux)", "10 %"]], widths=[2.4, 1], align="lr"),
         H("Section 4 : Identification du marché"),
         P("Intitulé : construction d'un gymnase de type C avec salle de convivialité. Code CPV principal : "
           "45212222. Type de marché : travaux. Lieu principal d'exécution : rue du Stade, 33710 Vieux-Sablon. "
           "Durée du marché (en mois) : 16. Valeur estimée hors TVA : 2~150~000 €."),
         P("La consultation prévoit une réservation de tout ou partie du marché : Non. Marché alloti : Oui."),
         H("Section 5 : Lots"),
         LST(["Lot 1 : gros œuvre, VRD – valeur estimée 980 000 € HT ;",
              "Lot 2 : charpente métallique, bardage, couverture – 610 000 € HT ;",
              "Lot 3 : menuiseries, cloisons, sols sportifs – 340 000 € HT ;",
              "Lot 4 : chauffage, ventilation, plomberie, électricité – 220 000 € HT."]),
         H("Section 6 : Informations complémentaires"),
         P("Visite obligatoire : Non. Les entreprises peuvent présenter une offre pour un ou plusieurs lots. "
           "Les offres sont remises exclusivement par voie électronique. Date d'envoi du présent avis : "
           "01/10/2026.")]
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=4, montant_estime_ht=2150000,
            evidence=["Performances en matière de protection de l'environnement (gestion des déchets de chantier, "
                      "provenance des matériaux)", "Marché alloti : Oui", "Lot 4 : chauffage",
                      "Valeur estimée hors TVA : 2 150 000 €"])
    return DOC("d26_AVIS.pdf", "AVIS", lab, hdr, ftr, b, cols=2)


# ----------------------------------------------------------------------------- d27 Questions-réponses (DOCX) – pièges
def d27():
    hdr = "Communauté de communes Terres de Vionne – Consultation 2026-ENV-03 – Questions / réponses"
    ftr = "Registre des questions-réponses – mise à jour du 14/04/2026"
    b = [TITLE("Communauté de communes Terres de Vionne", "Questions des candidats et réponses de l'acheteur",
               "Collecte des encombrants et entretien des points d'apport volontaire"),
         P("Les questions sont reproduites telles qu'elles ont été posées sur le profil d'acheteur ; les réponses "
           "sont communiquées à l'ensemble des candidats ayant retiré le dossier."),
         H("Question n° 1 (03/04/2026)"),
         P("Faut-il justifier d'un agrément SIAE ou d'un statut d'entreprise adaptée pour candidater ?"),
         P("Réponse : Non. La consultation n'est pas réservée ; toute entreprise peut présenter sa candidature, "
           "seule ou en groupement."),
         H("Question n° 2 (03/04/2026)"),
         P("Les heures d'insertion réalisées sur d'autres marchés de la communauté de communes peuvent-elles être "
           "valorisées ?"),
         P("Réponse : La présente consultation ne comporte pas de clause sociale d'insertion. Les heures "
           "mentionnées à l'article 5 du CCTP (35 heures hebdomadaires par équipe) correspondent au temps de "
           "présence minimal des équipes de collecte."),
         H("Question n° 3 (07/04/2026)"),
         P("Le bilan carbone des tournées demandé au cadre de mémoire technique est-il noté ?"),
         P("Réponse : Non. Il est demandé à titre d'information et n'est pas pris en compte dans la notation, qui "
           "repose exclusivement sur le prix (60 %) et la valeur technique (40 %) définie à l'article 8 du RC."),
         H("Question n° 4 (09/04/2026)"),
         P("Peut-on répondre à plusieurs lots ?"),
         P("Réponse : Oui. Les candidats peuvent présenter une offre pour un, deux ou les trois lots de la "
           "consultation ; chaque lot est attribué séparément."),
         H("Question n° 5 (11/04/2026)"),
         P("Une visite des points d'apport volontaire est-elle organisée ?"),
         P("Réponse : Non. La liste géolocalisée des 142 points d'apport volontaire figure en annexe 2 du CCTP.")]
    lab = L(allotissement=1, nb_lots=3,
            evidence=["Les candidats peuvent présenter une offre pour un, deux ou les trois lots de la consultation"])
    return DOC("d27_QR.docx", "QR", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d28 formulaire vierge (PDF) – pièges
def d28():
    hdr = "Formulaire de candidature – modèle de l'acheteur (version 2026)"
    ftr = "Lettre de candidature – à compléter par le candidat"
    b = [TITLE("LETTRE DE CANDIDATURE", "Formulaire de candidature",
               "À compléter par chaque candidat individuel ou par le mandataire du groupement"),
         H("A – Identification de l'acheteur"),
         P("Nom de l'acheteur : ........................................................................"),
         H("B – Objet de la consultation"),
         P("Objet : ................................................................................"),
         P("Cette candidature est présentée : [ ] pour le marché public (en cas de non-allotissement) ; "
           "[ ] pour le lot n° ...... intitulé ....................................... ; [ ] pour tous les lots."),
         H("C – Candidat"),
         P("[ ] Le candidat se présente seul.   [ ] Le candidat est un groupement d'entreprises "
           "[ ] conjoint [ ] solidaire."),
         TAB([["Nom commercial et dénomination sociale", "Adresse", "SIRET"],
              ["............................", "............................", "...................."],
              ["............................", "............................", "...................."]]),
         H("D – Marché réservé (le cas échéant)"),
         P("Si le marché ou le lot est réservé en application des articles L. 2113-12, L. 2113-13, L. 2113-13-1 ou "
           "L. 2113-15 du code de la commande publique, le candidat indique s'il est : [ ] une entreprise adaptée "
           "ou un ESAT ; [ ] une structure d'insertion par l'activité économique ; [ ] un opérateur employant des "
           "personnes détenues ; [ ] une entreprise de l'économie sociale et solidaire."),
         H("E – Déclarations sur l'honneur"),
         P("Le candidat déclare sur l'honneur :"),
         LST(["n'entrer dans aucun des cas d'exclusion prévus aux articles L. 2141-1 à L. 2141-5 et L. 2141-7 à "
              "L. 2141-10 du code de la commande publique ;",
              "être en règle au regard des articles L. 5212-1 à L. 5212-11 du code du travail concernant l'emploi "
              "des travailleurs handicapés ;",
              "que les renseignements fournis sont exacts."]),
         H("F – Signature"),
         P("Nom, prénom et qualité du signataire : .......................................... "
           "Date : ...................... Signature : ......................")]
    lab = L()
    return DOC("d28_FORM.pdf", "FORM", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d29 CCAP impression (PDF) – L2113-13-1
def d29():
    hdr = "Département de la Basse-Aurance – Impression et mise sous pli – CCAP"
    ftr = "Marché 26-IMP-02 – CCAP commun aux lots 1 et 2"
    b = [TITLE("DÉPARTEMENT DE LA BASSE-AURANCE", "Cahier des clauses administratives particulières",
               "Impression, façonnage et mise sous pli des documents administratifs",
               "Accords-cadres à bons de commande – procédure adaptée"),
         H("Article 1 – Objet et allotissement"),
         P("Les prestations sont réparties en deux lots : lot 1, impression et façonnage des documents "
           "administratifs et des supports de communication ; lot 2, mise sous pli, affranchissement et routage "
           "des courriers de masse."),
         H("Article 2 – Lot réservé"),
         P("En application de l'article L. 2113-13-1 du code de la commande publique, le lot 2 est réservé aux "
           "opérateurs économiques qui emploient des personnes détenues dans le cadre d'un contrat d'emploi "
           "pénitentiaire, ainsi qu'aux structures équivalentes, dès lors que la proportion minimale de personnes "
           "détenues prévue par voie réglementaire est atteinte."),
         H("Article 3 – Durée et montants"),
         P("Chaque accord-cadre est conclu pour un an à compter de sa notification et reconductible deux fois, soit "
           "une durée maximale de trois ans. Les montants maximums sont les suivants :"),
         RTAB([["Lot", "Maximum annuel (€ HT)", "Maximum sur la durée totale (€ HT)"],
               ["Lot 1 – Impression, façonnage", "40 000", "120 000"],
               ["Lot 2 – Mise sous pli, routage", "25 000", "75 000"]], widths=[2.2, 1.4, 1.8], align="lrr"),
         H("Article 4 – Pièces contractuelles"),
         P("Acte d'engagement du lot, présent CCAP commun aux deux lots, CCTP, bordereau des prix unitaires, "
           "CCAG-FCS."),
         H("Article 5 – Exécution des bons de commande"),
         P("Les bons de commande précisent les quantités, les formats, les délais et l'adresse de livraison. Le "
           "délai standard est de cinq jours ouvrés ; il peut être ramené à 48 heures pour les travaux urgents, "
           "moyennant la majoration prévue au bordereau des prix."),
         H("Article 6 – Conditions d'exécution environnementales (lot 1)"),
         P("Le papier fourni est recyclé à 100 % ou certifié issu de forêts gérées durablement (FSC ou PEFC). Les "
           "encres utilisées sont à base végétale. Pendant toute la durée du marché, le titulaire du lot 1 "
           "détient le label Imprim'Vert ou justifie de pratiques équivalentes (élimination des déchets dangereux "
           "par une filière agréée, absence de produits toxiques, suivi des consommations énergétiques)."),
         H("Article 7 – Pénalités"),
         P("Retard de livraison : 1/500e du montant du bon de commande par jour de retard. Non-conformité "
           "d'impression : réimpression aux frais du titulaire sous 72 heures."),
         H("Article 8 – Paiement"),
         P("Paiement par mandat administratif dans un délai de 30 jours à compter de la réception de la facture "
           "sur Chorus Pro.")]
    lab = L(marche_reserve=1, reserve_base="L2113-13-1", clause_environnementale=1, allotissement=1, nb_lots=2,
            montant_max_ht=195000,
            evidence=["Les prestations sont réparties en deux lots",
                      "En application de l'article L. 2113-13-1 du code de la commande publique, le lot 2 est réservé",
                      "Le papier fourni est recyclé à 100 %", "[120 000 + 75 000 = 195 000]"])
    return DOC("d29_CCAP.pdf", "CCAP", lab, hdr, ftr, b, hyphen=True)


# ----------------------------------------------------------------------------- d30 CCAP maîtrise d'œuvre (DOCX)
def d30():
    hdr = "Commune de Saint-Génard-des-Prés – Maîtrise d'œuvre hôtel de ville – CCAP"
    ftr = "Marché MOE-2026-01 – CCAP"
    b = [TITLE("Commune de Saint-Génard-des-Prés", "CCAP – Marché de maîtrise d'œuvre",
               "Réhabilitation énergétique et mise en accessibilité de l'hôtel de ville"),
         H("Article 1 – Objet"),
         P("Le présent marché a pour objet une mission de maîtrise d'œuvre de base (ESQ, APS, APD, PRO, ACT, "
           "VISA, DET, AOR) complétée de la mission OPC pour la réhabilitation énergétique de l'hôtel de ville "
           "(1 240 m² de surface de plancher). Le marché n'est pas alloti : une mission de maîtrise d'œuvre "
           "unique est nécessaire à la cohérence du projet."),
         H("Article 2 – Titulaire"),
         P("La participation est réservée à la profession d'architecte : le mandataire de l'équipe est un "
           "architecte inscrit à l'ordre, conformément à la loi n° 77-2 du 3 janvier 1977."),
         H("Article 3 – Enveloppe financière et rémunération"),
         P("L'enveloppe financière prévisionnelle affectée aux travaux par le maître d'ouvrage est de "
           "1 480 000 € HT (valeur mai 2026). Le forfait provisoire de rémunération résulte de l'application "
           "du taux de rémunération proposé par le titulaire à cette enveloppe ; il devient définitif à "
           "l'acceptation de l'APD."),
         H("Article 4 – Délais"),
         TAB([["Élément de mission", "Délai"], ["ESQ", "4 semaines"], ["APS", "6 semaines"], ["APD", "6 semaines"],
              ["PRO", "8 semaines"], ["DCE", "3 semaines"]]),
         H("Article 5 – Réunions"),
         P("Le maître d'œuvre participe aux réunions de chantier hebdomadaires et aux comités de pilotage. Toute "
           "absence non justifiée à une réunion est sanctionnée par une pénalité de 200 €."),
         H("Article 6 – Engagement sur la performance énergétique"),
         P("Le maître d'œuvre s'engage sur un objectif de consommation d'énergie finale du bâtiment réhabilité "
           "inférieure ou égale à 95 kWhEF/m².an, conforme à l'objectif 2030 du dispositif éco-énergie tertiaire. "
           "À l'issue de deux années de suivi après réception, si la consommation mesurée, corrigée des "
           "variations climatiques et d'usage, dépasse l'objectif de plus de 10 %, une pénalité égale à 5 % de "
           "la rémunération des éléments PRO et DET est appliquée."),
         P("Le maître d'œuvre prescrit dans le DCE des travaux le tri des déchets de chantier en cinq flux et la "
           "valorisation matière d'au moins 70 % des déchets non dangereux, et en contrôle l'application en phase "
           "DET."),
         H("Article 7 – Propriété intellectuelle"),
         P("Option A du CCAG-MOE : le maître d'ouvrage peut utiliser les résultats pour les besoins de "
           "l'opération."),
         H("Article 8 – Assurance"),
         P("Le titulaire justifie d'une assurance de responsabilité civile professionnelle et décennale couvrant "
           "la mission.")]
    lab = L(clause_environnementale=1, allotissement=0,
            evidence=["Le maître d'œuvre s'engage sur un objectif de consommation d'énergie finale",
                      "valorisation matière d'au moins 70 % des déchets non dangereux", "Le marché n'est pas alloti"])
    return DOC("d30_CCAP.docx", "CCAP", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d31 avis anglais ancien format (TXT)
D31 = """France-Ternay-sur-Aulne: Personal computers
2022/S 214-615702
Contract notice
Supplies
Legal Basis:
Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Official name: Région Aulne-et-Marches
National registration number: 23720001600021
Postal address: 1 place de l'Hôtel de Région
Town: Ternay-sur-Aulne
NUTS code: FRG04
Postal code: 72000
Country: France
E-mail: achats@aulne-marches.fr
Internet address(es):
Main address: https://www.aulne-marches.fr
I.4) Type of the contracting authority
Regional or local authority
I.5) Main activity
General public services

Section II: Object
II.1) Scope of the procurement
II.1.1) Title:
Fourniture d'ordinateurs portables, de postes de travail et de moniteurs pour les lycées
Reference number: 22-DSN-118
II.1.2) Main CPV code
30213000 Personal computers
II.1.3) Type of contract
Supplies
II.1.4) Short description:
Accord-cadre à bons de commande pour la fourniture d'équipements informatiques destinés aux lycées publics de la Région.
II.1.5) Estimated total value
Value excluding VAT: 900~000.00 EUR
II.1.6) Information about lots
This contract is divided into lots: yes
Tenders may be submitted for all lots
II.2) Description
II.2.1) Title:
Ordinateurs portables
Lot No: 1
II.2.5) Award criteria
Quality criterion - Name: Valeur technique / Weighting: 40
Quality criterion - Name: Consommation énergétique (TEC) et durabilité (réparabilité, disponibilité des pièces) / Weighting: 15
Quality criterion - Name: Responsabilité sociale de la chaîne d'approvisionnement (audits, traçabilité) / Weighting: 10
Price - Weighting: 35
II.2.1) Title:
Postes de travail fixes
Lot No: 2
II.2.5) Award criteria
Quality criterion - Name: Valeur technique / Weighting: 40
Quality criterion - Name: Consommation énergétique (TEC) et durabilité (réparabilité, disponibilité des pièces) / Weighting: 15
Quality criterion - Name: Responsabilité sociale de la chaîne d'approvisionnement (audits, traçabilité) / Weighting: 10
Price - Weighting: 35
II.2.1) Title:
Moniteurs
Lot No: 3
II.2.5) Award criteria
Quality criterion - Name: Valeur technique / Weighting: 50
Quality criterion - Name: Consommation énergétique (TEC) et durabilité (réparabilité, disponibilité des pièces) / Weighting: 15
Price - Weighting: 35

Section III: Legal, economic, financial and technical information
III.1) Conditions for participation
III.1.1) Suitability to pursue the professional activity, including requirements relating to enrolment on professional or trade registers
List and brief description of conditions:
Déclaration sur l'honneur relative aux interdictions de soumissionner.
III.1.3) Technical and professional ability
List and brief description of selection criteria:
Liste des principales livraisons effectuées au cours des trois dernières années.
III.2) Conditions related to the contract
III.2.2) Contract performance conditions:
Le titulaire garantit que les équipements livrés sont fabriqués dans le respect des conventions fondamentales de l'Organisation internationale du travail ; il communique chaque année la liste des sites d'assemblage et les résultats des audits sociaux réalisés. Les équipements sont livrés sans emballage individuel superflu.

Section IV: Procedure
IV.1.1) Type of procedure
Open procedure
IV.2.2) Time limit for receipt of tenders or requests to participate
Date: 12/12/2022
Local time: 12:00

Section VI: Complementary information
VI.3) Additional information:
Les documents de la consultation sont disponibles sur le profil d'acheteur de la Région.
VI.5) Date of dispatch of this notice:
04/11/2022
"""


def d31():
    lab = L(clause_sociale=1, critere_social=1, clause_environnementale=1, critere_environnemental=1,
            allotissement=1, nb_lots=3, montant_estime_ht=900000,
            evidence=["dans le respect des conventions fondamentales de l'Organisation internationale du travail",
                      "Responsabilité sociale de la chaîne d'approvisionnement", "sans emballage individuel superflu",
                      "Consommation énergétique (TEC) et durabilité", "Lot No: 3",
                      "Value excluding VAT: 900 000.00 EUR"])
    return DOC("d31_AVIS.txt", "AVIS", lab, raw=D31)


# ----------------------------------------------------------------------------- d32 DQE voirie (PDF) – pièges
def d32():
    hdr = "Commune de Fontcaude-la-Haute – Entretien de la voirie communale – DQE"
    ftr = "Consultation VOI-2026 – Détail quantitatif estimatif (non contractuel)"
    rows = [["N°", "Désignation", "Unité", "Qté", "PU HT", "Montant HT"],
            ["1", "Amenée et repli du matériel", "forfait", "4", "", ""],
            ["2", "Heure de manœuvre", "h", "320", "", ""],
            ["3", "Heure de chef d'équipe", "h", "80", "", ""],
            ["4", "Heure de camion 19 t avec chauffeur", "h", "120", "", ""],
            ["5", "Heure de mini-pelle avec conducteur", "h", "60", "", ""],
            ["6", "Point à temps automatique (émulsion + gravillons)", "t", "35", "", ""],
            ["7", "Enrobé à froid en sacs, mise en œuvre manuelle", "t", "12", "", ""],
            ["8", "Curage de fossés, y compris chargement", "ml", "2 400", "", ""],
            ["9", "Évacuation des déblais en installation de stockage de déchets inertes, redevance comprise", "t",
             "180", "", ""],
            ["10", "Balayage mécanique de chaussée", "h", "40", "", ""],
            ["", "TOTAL HT", "", "", "", ""]]
    b = [TITLE("COMMUNE DE FONTCAUDE-LA-HAUTE", "DÉTAIL QUANTITATIF ESTIMATIF",
               "Entretien courant de la voirie communale – accord-cadre à bons de commande"),
         P("Le présent détail quantitatif estimatif est un cadre de comparaison des offres. Les quantités "
           "indiquées sont une simulation d'une année de commandes ; elles ne constituent ni un engagement de la "
           "commune ni un montant du marché. Les prix unitaires doivent être identiques à ceux du bordereau des "
           "prix."),
         RTAB(rows, widths=[0.5, 4, 0.9, 0.8, 1, 1.2], align="llrrrr"),
         P("Cachet et signature du candidat :")]
    lab = L()
    return DOC("d32_DQE.pdf", "DQE", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d33 cadre de réponse (DOCX) – pièges
def d33():
    hdr = "Syndicat des eaux de la Brenne-Aval – Renouvellement de canalisations – Cadre de réponse technique"
    ftr = "Consultation SEBA-2026-05 – CRT"
    b = [TITLE("Syndicat intercommunal des eaux de la Brenne-Aval", "CADRE DE RÉPONSE TECHNIQUE",
               "Renouvellement des canalisations d'eau potable – rue des Moulins et chemin de la Garenne"),
         P("Le présent cadre est complété par le candidat et joint à son offre. Les parties 1 à 3 sont analysées "
           "au titre du critère « valeur technique » défini au règlement de la consultation. Les réponses "
           "n'excèdent pas le nombre de pages indiqué."),
         H("Partie 1 – Organisation du chantier (3 pages au plus)"),
         P("Le candidat décrit le phasage des travaux, la gestion de la circulation et des accès riverains, la "
           "continuité de la distribution d'eau (by-pass provisoires) et les essais de pression et de désinfection."),
         P("Réponse du candidat : ........................................................................"),
         H("Partie 2 – Moyens humains et matériels (2 pages au plus)"),
         P("Le candidat présente l'encadrement affecté, les équipes, leurs qualifications (AIPR, CACES) et les "
           "engins utilisés."),
         P("Réponse du candidat : ........................................................................"),
         H("Partie 3 – Planning (1 page)"),
         P("Le candidat joint un planning détaillé par phase, compatible avec le délai de 14 semaines."),
         H("Partie 4 – Informations complémentaires (non notées)"),
         P("Les informations de la partie 4 sont demandées à titre d'information ; elles ne sont pas prises en "
           "compte dans le jugement des offres."),
         P("4.1 Le candidat indique s'il envisage de recourir, pour ce chantier, à des personnes en parcours "
           "d'insertion ou à une structure d'insertion par l'activité économique, et selon quelles modalités."),
         P("4.2 Le candidat présente, le cas échéant, sa politique environnementale (gestion des déblais, "
           "réemploi des matériaux, motorisation des engins)."),
         P("Réponse du candidat : ........................................................................")]
    lab = L()
    return DOC("d33_CADRE.docx", "CADRE", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d34 CCAP propreté urbaine (PDF 2 col.)
def d34():
    hdr = "Ville de Calvène – Propreté urbaine – CCP valant CCAP"
    ftr = "MAPA n° 2026-PU-08 – Cahier des clauses particulières"
    b = [TITLE("VILLE DE CALVÈNE", "Cahier des clauses administratives particulières",
               "Ramassage des déchets diffus et vidage des corbeilles de rue",
               "Accord-cadre à bons de commande – procédure adaptée"),
         H("Art. 1 – Objet"),
         P("L'accord-cadre a pour objet le ramassage manuel des déchets diffus sur l'espace public, le vidage "
           "des corbeilles de rue et l'enlèvement des dépôts sauvages de faible volume sur le territoire communal."),
         H("Art. 2 – Allotissement"),
         P("L'accord-cadre n'est pas alloti : les prestations portent sur un secteur géographique unique et "
           "une organisation commune des tournées."),
         H("Art. 3 – Durée – Montant"),
         P("Conclu pour un an et reconductible trois fois, l'accord-cadre est exécuté sans montant minimum, dans "
           "la limite d'un montant maximum de 190~000 € HT sur toute sa durée."),
         H("Art. 4 – Pièces contractuelles"),
         P("Acte d'engagement ; présent CCAP ; CCTP ; bordereau des prix unitaires ; CCAG-FCS."),
         H("Art. 5 – Prix"),
         P("Prix unitaires révisables annuellement selon l'indice ICHT-rev-TS (prestations de nettoyage)."),
         H("Art. 6 – Horaires"),
         P("Les tournées ont lieu du lundi au samedi, de 6 h à 12 h 30. Les jours de marché, le vidage des "
           "corbeilles de la place du Foirail est réalisé avant 8 heures."),
         H("Art. 7 – Personnel"),
         P("Le titulaire affecte un chef d'équipe joignable par téléphone pendant les tournées. Le personnel "
           "porte des vêtements de haute visibilité."),
         H("Art. 8 – Suivi"),
         P("Un compte rendu mensuel précise les tournées réalisées, les tonnages ramassés et les anomalies "
           "signalées (mobilier dégradé, dépôts importants)."),
         H("Art. 9 – Pénalités"),
         P("Tournée non réalisée : 300 € par tournée. Retard de plus de deux heures : 100 € par tournée."),
         H("Art. 10 – Action d'insertion"),
         SPLIT("Le titulaire réserve à des personnes rencontrant des difficultés sociales ou professionnelles "
               "particulières (demandeurs d'emploi de longue durée, allocataires de minima sociaux, jeunes sans "
               "qualification, travailleurs handicapés) un volume de 480 heures de travail sur la durée totale "
               "de l'accord-cadre. Il peut recourir à l'embauche directe, à une entreprise de travail temporaire "
               "d'insertion ou à la sous-traitance d'une partie des tournées à une structure",
               "d'insertion par l'activité économique. Il transmet chaque trimestre au facilitateur de l'agglomération "
               "le relevé des heures réalisées. Chaque heure non réalisée en fin de marché donne lieu à une pénalité "
               "de 40 € HT."),
         H("Art. 11 – Jugement des offres"),
         LST(["prix (au vu du détail estimatif) : 40 % ;",
              "valeur technique (organisation des tournées, encadrement, matériel) : 45 % ;",
              "performances en matière d'insertion professionnelle des publics en difficulté (plan d'accueil, "
              "tutorat, formation) : 15 %."]),
         H("Art. 12 – Paiement"),
         P("Paiement mensuel à 30 jours, sur la base des bons de commande exécutés.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=480, critere_social=1, allotissement=0,
            montant_max_ht=190000,
            evidence=["un volume de 480 heures de travail sur la durée totale de l'accord-cadre",
                      "performances en matière d'insertion professionnelle des publics en difficulté",
                      "L'accord-cadre n'est pas alloti", "montant maximum de 190 000 € HT sur toute sa durée"])
    return DOC("d34_CCAP.pdf", "CCAP", lab, hdr, ftr, b, cols=2, hyphen=True)


# ----------------------------------------------------------------------------- d35 note de présentation (PDF) – pièges
def d35():
    hdr = "CIAS du Pays de Vionne – Note de définition du besoin – Portage de repas à domicile"
    ftr = "Document interne – ne fait pas partie du DCE"
    b = [TITLE("CENTRE INTERCOMMUNAL D'ACTION SOCIALE DU PAYS DE VIONNE", "Note de définition du besoin et de "
               "choix de la procédure", "Portage de repas à domicile – renouvellement du marché au 1er septembre 2026"),
         H("1. Contexte"),
         P("Le CIAS assure le portage de repas à domicile pour environ 210 bénéficiaires (personnes âgées et "
           "personnes en situation de handicap) répartis sur 31 communes. Le marché actuel arrive à échéance le "
           "31 août 2026."),
         H("2. Estimation du besoin"),
         P("Sur la base des quantités livrées en 2024 et 2025 (environ 48 000 repas par an), le besoin est "
           "estimé à 310~000 € HT pour la durée totale du futur marché (quatre ans, reconductions comprises)."),
         H("3. Allotissement"),
         P("Il est proposé de ne pas allotir le marché : la fabrication et la livraison des repas sont "
           "indissociables (maîtrise de la chaîne du froid), et un découpage géographique renchérirait fortement "
           "le coût des tournées pour les communes les plus éloignées."),
         H("4. Considérations sociales et environnementales"),
         P("La possibilité d'une clause d'insertion a été étudiée avec le facilitateur du territoire. Elle n'a pas "
           "été retenue, le volume de main-d'œuvre affecté aux livraisons (environ 1,5 équivalent temps plein) "
           "étant insuffisant. La réservation du marché au titre de l'article L. 2113-15 du code de la commande "
           "publique a également été écartée, aucun opérateur de l'économie sociale et solidaire n'ayant été "
           "identifié lors du sourçage."),
         P("Les considérations environnementales seront traitées dans le cahier des charges en lien avec le "
           "service développement durable de la communauté de communes ; elles ne sont pas arrêtées à ce jour."),
         H("5. Procédure proposée"),
         P("Procédure adaptée au titre de l'article R. 2123-1 3° du code de la commande publique (services "
           "sociaux et autres services spécifiques), avec publicité au BOAMP et sur le profil d'acheteur."),
         H("6. Calendrier"),
         TAB([["Étape", "Date prévisionnelle"], ["Envoi de l'avis", "avril 2026"],
              ["Remise des offres", "mai 2026"], ["Attribution (bureau du CIAS)", "juin 2026"],
              ["Début d'exécution", "1er septembre 2026"]])]
    lab = L(allotissement=0, montant_estime_ht=310000,
            evidence=["Il est proposé de ne pas allotir le marché",
                      "le besoin est estimé à 310 000 € HT pour la durée totale du futur marché"])
    return DOC("d35_AUTRE.pdf", "AUTRE", lab, hdr, ftr, b)


# ----------------------------------------------------------------------------- d36 avis médiation sociale (PDF) – L2113-15
def d36():
    hdr = "Ville de Mirevent-sur-Orbe – Avis de marché – Services sociaux et autres services spécifiques"
    ftr = "Avis 2026-MED-01 – publié au BOAMP et sur le profil d'acheteur"
    b = [TITLE("AVIS DE MARCHÉ", "Médiation sociale de nuit dans les quartiers prioritaires",
               "Ville de Mirevent-sur-Orbe"),
         H("Acheteur"),
         P("Ville de Mirevent-sur-Orbe, Hôtel de ville, 1 place de la République, 34620 Mirevent-sur-Orbe. "
           "SIRET : 21340187300014. Contact : service de la commande publique, commande.publique@mirevent.fr."),
         H("Objet"),
         P("Prestations de médiation sociale de nuit (18 h – 1 h) dans les quartiers prioritaires de la politique "
           "de la ville des Aubiers et de la Croix-Haute : présence de proximité, gestion des conflits d'usage, "
           "veille technique, orientation des publics vers les structures compétentes. CPV 85320000."),
         H("Procédure"),
         P("Procédure adaptée en application de l'article R. 2123-1 3° du code de la commande publique. Marché "
           "ordinaire d'une durée de trois ans."),
         H("Valeur estimée"),
         P("Valeur estimée hors TVA : 540~000 € pour la durée totale du marché."),
         H("Marché réservé"),
         P("Oui. En application de l'article L. 2113-15 du code de la commande publique, le marché est réservé aux "
           "entreprises de l'économie sociale et solidaire au sens de l'article 1er de la loi n° 2014-856 du 31 "
           "juillet 2014 qui poursuivent un objectif d'utilité sociale lié à la prestation des services concernés, "
           "dont les bénéfices sont réinvestis en vue d'atteindre cet objectif et dont la structure de direction "
           "ou de propriété repose sur des principes participatifs. Un opérateur ne peut être attributaire s'il a "
           "bénéficié d'un marché réservé sur ce fondement, pour les mêmes services, au cours des trois années "
           "précédentes."),
         H("Critères d'attribution"),
         LST(["Valeur technique (méthodologie d'intervention, encadrement des médiateurs, partenariats) : 70 % ;",
              "Prix : 30 %."]),
         H("Conditions de participation"),
         P("Statuts de l'organisme ; justificatifs de l'appartenance au champ de l'économie sociale et solidaire ; "
           "références de missions de médiation sociale ; qualifications des médiateurs (titre professionnel de "
           "médiateur social accès aux droits et services ou équivalent)."),
         H("Remise des offres"),
         P("Date limite : 18 septembre 2026 à 12 h 00, exclusivement sur le profil d'acheteur. Date d'envoi du "
           "présent avis : 20 août 2026.")]
    lab = L(marche_reserve=1, reserve_base="L2113-15", montant_estime_ht=540000,
            evidence=["En application de l'article L. 2113-15 du code de la commande publique, le marché est réservé",
                      "Valeur estimée hors TVA : 540 000 €"])
    return DOC("d36_AVIS.pdf", "AVIS", lab, hdr, ftr, b)


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20,
        d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31, d32, d33, d34, d35, d36]


# ============================================================================= construction et contrôles
def build_doc(outdir, d):
    path = os.path.join(outdir, d["file"])
    ext = d["file"].rsplit(".", 1)[1]
    n = None
    if d["raw"] is not None:
        txt = _conv_str(d["raw"], False) if ext == "txt" else d["raw"]
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(txt)
        return n
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in number_articles(d["blocks"])]
    if pdf:
        n = build_pdf(path, _conv_str(d["header"], True), _conv_str(d["footer"], True), blocks,
                      hyphen=d["hyphen"], title=d["header"], cols=d["cols"])
    elif ext == "docx":
        build_docx(path, d["header"], d["footer"], blocks)
    else:
        build_txt(path, blocks)
    return n


def extract(path, d):
    """Texte EXTRAIT du fichier produit : pypdf, python-docx (paragraphes et cellules), lxml, lecture directe."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        pages = []
        hdr = _conv_str(d["header"], True).replace(NB, " ")
        ftr = _conv_str(d["footer"], True).replace(NB, " ")
        for pg in PdfReader(path).pages:
            t = (pg.extract_text() or "").replace(NB, " ")
            t = t.replace(hdr, "\n").replace(ftr, "\n")        # en-têtes et pieds de page courants
            t = re.sub(r"Page \d+ / \d+", "\n", t)
            pages.append(t)
        return "\n".join(pages)
    if ext == "docx":
        from docx.table import Table as _T
        from docx.text.paragraph import Paragraph as _P
        doc = docx.Document(path)
        out = []
        for child in doc.element.body.iterchildren():
            if child.tag == qn("w:p"):
                out.append(_P(child, doc).text)
            elif child.tag == qn("w:tbl"):
                for row in _T(child, doc).rows:
                    seen = []
                    for cell in row.cells:
                        if cell._tc not in seen:
                            seen.append(cell._tc)
                            out.append(cell.text)
        return "\n".join(out)
    if ext == "xml":
        from lxml import etree
        root = etree.parse(path).getroot()          # lève une erreur si le XML est mal formé
        return " ".join(root.itertext())
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _ws(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


def variants(text):
    """A : mots coupés en fin de ligne re-joints ; B : trait d'union gardé ; C : sans aucun trait d'union."""
    a = _ws(re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", text))
    b = _ws(re.sub(r"-[ \t]*\n[ \t]*", "-", text))
    c = _ws(text.replace("-\n", "").replace("-", ""))
    return a, b, c


def check_label(d, lab, ev, problems):
    f = d["file"]
    if d["doc_type"] not in _DOC_TYPES:
        problems.append("%s : doc_type %s" % (f, d["doc_type"]))
    for col in _CATS:
        if lab[col] not in (0, 1, "?"):
            problems.append("%s : %s = %r" % (f, col, lab[col]))
    if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
        problems.append("%s : clause_insertion sans clause_sociale" % f)
    if lab["clause_insertion"] == "?" and lab["clause_sociale"] == 0:
        problems.append("%s : clause_insertion ? avec clause_sociale 0" % f)
    if bool(lab["marche_reserve"] == 1) != bool(lab["reserve_base"]):
        problems.append("%s : marche_reserve / reserve_base incohérents" % f)
    if lab["reserve_base"]:
        for x in lab["reserve_base"].split(";"):
            if x not in ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"):
                problems.append("%s : reserve_base %r" % (f, x))
    if lab["nb_lots"] is not None and lab["allotissement"] != 1:
        problems.append("%s : nb_lots sans allotissement 1" % f)
    if lab["allotissement"] not in (None, 0, 1):
        problems.append("%s : allotissement %r" % (f, lab["allotissement"]))
    if lab["heures_insertion"] is not None and lab["clause_insertion"] != 1:
        problems.append("%s : heures sans clause_insertion" % f)
    for col in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
        v = lab[col]
        if v is not None and not re.fullmatch(r"\d+(\.\d+)?", _fmt(v)):
            problems.append("%s : %s = %r" % (f, col, v))
    filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
    if filled and not lab["evidence"]:
        problems.append("%s : valeurs sans preuve" % f)
    if len(ev) > 300:
        problems.append("%s : preuve trop longue (%d)" % (f, len(ev)))


_CATS = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
         "critere_environnemental")


def build_all(outdir):
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    rows, problems, stats = [], [], {"pages": {}, "kinds": {}, "loose": []}
    for fn in DOCS:
        d = fn()
        n = build_doc(outdir, d)
        ext = d["file"].rsplit(".", 1)[1]
        stats["kinds"][ext] = stats["kinds"].get(ext, 0) + 1
        if n is not None:
            stats["pages"][d["file"]] = n
        path = os.path.join(outdir, d["file"])
        try:
            text = extract(path, d)
        except Exception as e:                      # XML mal formé, fichier illisible
            problems.append("%s : extraction impossible (%s)" % (d["file"], e))
            text = ""
        va, vb, vc = variants(text)
        lab = d["label"]
        for q in lab["evidence"]:
            if q.startswith("["):
                continue
            qq = _ws(norm(q))
            if qq in va or qq in vb:
                continue
            if qq.replace("-", "") in vc:
                stats["loose"].append("%s : « %s »" % (d["file"], qq))
                continue
            problems.append("%s : preuve absente du texte extrait : %r" % (d["file"], qq))
        ev = " | ".join(_ws(norm(q)) for q in lab["evidence"])
        check_label(d, lab, ev, problems)
        row = {"path": d["file"], "doc_type": d["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
    with open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    return rows, problems, stats


def _md5s(folder):
    import hashlib
    out = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as fh:
            out[name] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    rows, problems, stats = build_all(OUT)
    second = os.path.join(HERE, "_rebuild")
    build_all(second)
    m1, m2 = _md5s(OUT), _md5s(second)
    shutil.rmtree(second)
    diff = [k for k in m1 if m1.get(k) != m2.get(k)]
    if diff or set(m1) != set(m2):
        problems.append("construction non déterministe : %s" % ", ".join(diff))
    print("%d documents (%s) ; pages des PDF : %s" % (
        len(rows), ", ".join("%s %d" % kv for kv in sorted(stats["kinds"].items())),
        ", ".join("%s=%d" % kv for kv in sorted(stats["pages"].items()))))
    print("double construction : %d fichiers, md5 %s" % (len(m1), "identiques" if not diff else "DIFFÉRENTS"))
    print("nombres coupés en fin de ligne : %d (%d restés entiers) ; césures forcées : %d (%d restées entières)"
          % (SB_STATS["cut"], SB_STATS["whole"], HY_STATS["cut"], HY_STATS["whole"]))
    for c in _CATS:
        print("  %-24s 1 : %2d   ? : %d" % (c, sum(r[c] == "1" for r in rows), sum(r[c] == "?" for r in rows)))
    for c in ("heures_insertion", "allotissement", "nb_lots", "montant_estime_ht", "montant_max_ht", "reserve_base"):
        print("  %-24s renseigné : %d" % (c, sum(r[c] != "" for r in rows)))
    pos = sum(any(r[c] == "1" for c in _CATS) for r in rows)
    print("documents portant au moins un vrai positif : %d / %d" % (pos, len(rows)))
    for s in stats["loose"]:
        print("  preuve trouvée seulement sans traits d'union :", s)
    print("contrôles (preuves dans le texte extrait, <= 300 caractères, XML bien formé, cohérence des "
          "étiquettes, déterminisme) -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
